// non-jis: a character the configured character set cannot encode (default: CP932/Windows-31J,
// through ICU's converter; [charset] set = "jisx0208" | "jisx0213" | "off" in kosei.toml).
#include <unicode/normalizer2.h>
#include <cstdio>
#include <unicode/unistr.h>

#include "chardata/chardata.h"
#include "chars/charset.h"
#include "chars/invisible.h"
#include "chars/prose_chars.h"
#include "checks/check.h"
#include "config/config.h"
#include "text/utf8.h"

namespace kosei {
namespace {

// A replacement inside the character set: arrows have one; otherwise the NFKC form (CO₂ → CO2)
// when it differs and fits. Bullets and check marks (✓ ▶ ➤) get none: which symbol replaces
// them is the author's choice.
std::optional<std::string> replacement_for(Charset charset, char32_t cp) {
  switch (cp) {
    case 0x27A1: case 0x2794: case 0x279C: case 0x279D: case 0x279E: case 0x2B95:
      return std::string("→");
    default: break;
  }
  if (circled_number_value(cp) > 0) return std::nullopt;
  // Circled Latin letters (Ⓡ after a trademark, Ⓐ as a label): NFKC drops the circle and with it
  // the meaning (Ｊ－クレジットⓇ is not Ｊ－クレジットR). No fix; the message names the choices.
  if (cp >= 0x24B6 && cp <= 0x24E9) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return std::nullopt;
  icu::UnicodeString source(static_cast<UChar32>(cp));
  icu::UnicodeString normalized = nfkc->normalize(source, status);
  if (U_FAILURE(status) || normalized == source || normalized.isEmpty()) return std::nullopt;
  std::string out;
  normalized.toUTF8String(out);
  for (char32_t c : to_u32(out)) {
    if (!in_charset(charset, c) || c < 0x20) return std::nullopt;
  }
  return out;
}

void run(const CheckContext& context, Reporter& reporter) {
  Charset charset = Charset::cp932;
  if (context.config) charset = parse_charset(context.config->charset).value_or(Charset::cp932);
  if (charset == Charset::off) return;
  const chardata::CharTables& tables = chardata::builtin_char_tables();
  const std::string_view name = charset_display_name(charset);
  for (const ProseChar& c : prose_chars(context.document).chars) {
    if (c.cp < 0x80 || in_charset(charset, c.cp)) continue;
    // Characters other rules explain better: invisible ones, foreign and old forms.
    if (invisible_kind(c.cp) != InvisibleKind::none) continue;
    if (tables.foreign_hanzi(c.cp) || tables.standard_form_of_old(c.cp)) continue;
    const std::string written = to_utf8(c.cp);
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c.cp));
    std::string message = "「" + written + "」（" + code + "）は " + std::string(name) + " で表せない文字です";
    if (auto replacement = replacement_for(charset, c.cp)) {
      reporter.report(span_of(c), message + "（「" + *replacement + "」にできます）", Fix{span_of(c), *replacement});
    } else if (c.cp >= 0x24B6 && c.cp <= 0x24E9) {
      reporter.report(span_of(c), message + "（丸囲みの英字です。登録商標の表示なら注記に、項目の記号なら「（Ａ）」のような表記にします）");
    } else {
      reporter.report(span_of(c), message + "（Shift_JIS の公開システムや読み上げで文字化けします。・ ○ ■ ▲ → などに置き換えます）");
    }
  }
}

const Check kNonJis{
    "non-jis",
    Severity::warning,
    {
        "設定した文字集合（既定: CP932/Windows-31J）で表せない文字（✓ ▶ ➤ など）",
        "散文中の文字がその文字集合で符号化できるかを調べます。既定の CP932 は ICU の windows-31j 変換器で"
        "（代替マッピングなしで）判定し、結果を文字ごとに記憶します。JIS X 0208・JIS X 0213 は glibc の文字表から"
        "作った正確な集合で判定します（ASCII と JIS X 0201 は常に可）。簡体字・旧字体・不可視文字は"
        " foreign-hanzi・old-kanji・invisible に任せ、ここでは報告しません。",
        "府省の公開システム・電子申請・メールは今も Shift_JIS（CP932）を前提にするものが多く、"
        "その外の記号や漢字は「?」や「・」に化けます。",
        "誤: ✓ 研究開発の推進　➤ 社会実装\n正: ・研究開発の推進　・社会実装",
        "kosei.toml の [charset] で文字集合を選べます: set = \"cp932\"（既定）| \"jisx0208\" | \"jisx0213\" | \"off\"。",
        "矢印（➡ → →）と NFKC で集合内の文字になるもの（CO₂ → CO2）だけを置き換えます。"
        "記号の置き換え先は文脈で決まるため、それ以外は修正しません。",
    },
    &run,
    "term,old-kanji,foreign-hanzi",
};
KOSEI_REGISTER_CHECK(kNonJis);

}  // namespace
}  // namespace kosei
