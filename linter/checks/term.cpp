// term: a dictionary correction (人口知能→人工知能, 一貫通貫→一気通貫, OCR パーティカル→バーティカル).
// The dictionary's wrong forms are compiled once into one literal set (chars/term_dictionary.h) and
// matched on the prose's matching form with line breaks removed, so 人口知\n\n能 is found too.
#include <iostream>
#include <mutex>
#include <set>

#include "chars/prose_chars.h"
#include "chars/prose_dictionaries.h"
#include "chars/term_dictionary.h"
#include "checks/check.h"
#include "config/config.h"

namespace kosei {
namespace {

void warn_once(const std::string& message) {
  static std::mutex mutex;
  static std::set<std::string> seen;
  std::lock_guard<std::mutex> lock(mutex);
  if (seen.insert(message).second) std::cerr << "kosei: term: " << message << "（組み込みの辞書だけを使います）\n";
}

void run(const CheckContext& context, Reporter& reporter) {
  const Document& document = context.document;
  std::string error;
  auto dictionary = context.config ? term_dictionary_for(context.config->term_files, &error) : builtin_term_dictionary();
  if (!error.empty()) warn_once(error);
  const ProseChars& prose = prose_chars(document);
  const std::string& text = document.text();
  const ProseDictionaryMatches& matches = prose_dictionary_matches(document, *dictionary);
  dictionary->hits_of(prose.joined, matches.wrong_forms, [&](const TermHit& hit) {
    const Span span = prose.source_span(document, hit.begin, hit.end);
    const std::string written = text.substr(span.begin, span.end - span.begin);
    std::string message = "「" + hit.term->wrong + "」は「" + hit.term->right + "」の誤りです";
    if (written.find('\n') == std::string::npos && written.find('\r') == std::string::npos) {
      reporter.report(span, message, Fix{span, hit.term->right});
    } else {
      reporter.report(span, message + "。行をまたぐため自動修正はしません");
    }
  });
}

const Check kTerm{
    "term",
    Severity::warning,
    {
        "用語辞書にある誤記・誤変換・OCR の誤認識（人口知能→人工知能、一貫通貫→一気通貫）",
        "rules/terms.toml（と kosei.toml の [terms] files に書いた辞書）の誤った表記を探し、正しい表記を示します。"
        "辞書の誤った表記はすべて一つの文字列集合にまとめて一度だけ準備し（同じ位置では長い表記が優先）、文書を一度走査します。"
        "照合は NFKC 正規化した散文で、改行とその前後の空白を除いて行うため、PDF から抽出した「人口知\\n\\n能」も見つかります。"
        "項目ごとの context（その一致が出現を覆うときだけ報告）と exclude（覆うときは報告しない）は PCRE2 の正規表現です。",
        "誤変換や OCR の誤りは読み手の信頼を損ない、検索（「人工知能」で探しても見つからない）や集計を狂わせます。",
        "誤: 人口知能基本計画、一貫通貫の支援、貨上げ環境整備\n正: 人工知能基本計画、一気通貫の支援、賃上げ環境整備",
        "kosei.toml の [terms] files = [\"team_terms.toml\"] で辞書を追加できます（書式は rules/terms.toml と同じ。"
        "同じ誤記は追加した辞書が優先）。textlint の prh 辞書は `kosei dict import prh.yml > team_terms.toml` で変換できます。",
        "正しい表記に置き換えます（安全: 辞書の項目はどの文脈でも誤り。行をまたぐ出現は修正しません）。",
    },
    &run,
};
KOSEI_REGISTER_CHECK(kTerm);

}  // namespace
}  // namespace kosei
