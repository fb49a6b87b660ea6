// foreign-hanzi: simplified-Chinese or other non-Japanese Han characters (产→産, 资→資), with the
// Japanese form as fix.
#include "chardata/chardata.h"
#include "chars/prose_chars.h"
#include "checks/check.h"
#include "text/utf8.h"

namespace kosei {
namespace {

void run(const CheckContext& context, Reporter& reporter) {
  const chardata::CharTables& tables = chardata::builtin_char_tables();
  for (const ProseChar& c : prose_chars(context.document).chars) {
    if (c.cp < 0x3400) continue;
    const chardata::ForeignEntry* entry = tables.foreign_hanzi(c.cp);
    if (!entry) continue;
    const std::string written = to_utf8(c.cp);
    std::string candidates;
    for (char32_t candidate : entry->candidates) {
      if (!candidates.empty()) candidates += "・";
      candidates += "「" + to_utf8(candidate) + "」";
    }
    if (entry->has_fix) {
      std::string fix = to_utf8(entry->candidates[0]);
      std::string message = "中国語の簡体字など日本語にない字体「" + written + "」です。日本語の字体は「" + fix + "」です";
      if (entry->candidates.size() > 1) message += "（文脈により " + candidates + "）";
      reporter.report(span_of(c), message, Fix{span_of(c), fix});
    } else {
      reporter.report(span_of(c), "中国語の簡体字など日本語にない字体「" + written + "」です。文脈に応じて " +
                                      candidates + " のいずれかにします");
    }
  }
}

const Check kForeignHanzi{
    "foreign-hanzi",
    Severity::error,
    {
        "中国語の簡体字など日本語にない漢字（产→産、资→資）",
        "Unihan で繁体字の対応（kTraditionalVariant）があり日本の規格（kIRG_JSource）にない漢字を探し、"
        "日本語の字体を示します（表は rules/chars/foreign_hanzi.toml、生成元は rules/chars/README.md）。"
        "候補が一つに決まらない字（历→暦・歴）は修正なしで候補を示します。",
        "中国語の資料からの貼り付けで混じる簡体字は、見た目が似ていても別の文字で、検索にかからず、"
        "Shift_JIS（CP932）の公開システムでは文字化けします。",
        "誤: 半导体产业\n正: 半導体産業",
        "[rules] foreign-hanzi = \"off\" で無効化、\"warning\" などで重大度を変更できます。",
        "日本語の字体に置き換えます（候補が一つに決まるときだけ。1文字だけを置き換えます）。",
    },
    &run,
};
KOSEI_REGISTER_CHECK(kForeignHanzi);

}  // namespace
}  // namespace kosei
