// old-kanji: old-form (旧字体) or variant kanji where the standard form is expected (戰→戦, 點→点,
// 參→参, CJK compatibility ideographs such as U+FA45 海, 髙→高).
#include "chardata/chardata.h"
#include <cstdint>
#include <unordered_map>
#include <unordered_set>

#include "chars/prose_chars.h"
#include "checks/check.h"
#include "text/utf8.h"

namespace kosei {
namespace {

bool is_compatibility_ideograph(char32_t cp) {
  return (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
}

// Whether two characters stand side by side somewhere in the document's text. Each pair is
// searched for once (a search is a pass over the whole text, and a draft may hold thousands of
// the same old form); after kIndexAfter different pairs, every adjacent pair of CJK-range
// characters is indexed in one pass instead, so that time stays linear in the text.
class AdjacentPairs {
 public:
  explicit AdjacentPairs(const std::string& text) : text_(text) {}
  bool contains(char32_t first, char32_t second) {
    const uint64_t key = uint64_t{first} << 32 | second;
    if (auto known = answers_.find(key); known != answers_.end()) return known->second;
    const bool indexable = first >= kIndexedFrom && second >= kIndexedFrom;
    if (indexable && !indexed_ && answers_.size() >= kIndexAfter) index();
    // The UTF-8 of two characters occurs in valid UTF-8 only where the two are adjacent.
    const bool found = indexed_ && indexable ? pairs_.count(key) > 0
                                             : text_.find(to_utf8(first) + to_utf8(second)) != std::string::npos;
    answers_.emplace(key, found);
    return found;
  }

 private:
  static constexpr char32_t kIndexedFrom = 0x3000;
  static constexpr size_t kIndexAfter = 64;
  void index() {
    char32_t previous = 0;
    for (size_t pos = 0; pos < text_.size();) {
      const char32_t current = next_code_point(text_, pos);
      if (previous >= kIndexedFrom && current >= kIndexedFrom) pairs_.insert(uint64_t{previous} << 32 | current);
      previous = current;
    }
    indexed_ = true;
  }
  const std::string& text_;
  std::unordered_map<uint64_t, bool> answers_;
  std::unordered_set<uint64_t> pairs_;
  bool indexed_ = false;
};

// Whether the word around an old form is written elsewhere in the document with the standard
// form: 戰略 beside 戦略, 國際 beside 国際. Then a jinmeiyō old form is no name but a slip.
bool standard_word_in_document(const std::vector<ProseChar>& chars, size_t i, char32_t standard,
                               AdjacentPairs& pairs) {
  auto kanji_at = [&](size_t k) { return k < chars.size() && is_kanji(chars[k].cp); };
  for (int side : {-1, 1}) {
    size_t k = side < 0 ? i - 1 : i + 1;
    if ((side < 0 && i == 0) || !kanji_at(k)) continue;
    if (side < 0 ? pairs.contains(chars[k].cp, standard) : pairs.contains(standard, chars[k].cp)) return true;
  }
  return false;
}

// A personal name as expert tables write it: 1-3 kanji, a space, 1-3 kanji, then the end of the
// cell (繩田 和満, 德永　太郎).
bool looks_like_name(const std::vector<ProseChar>& chars, size_t i) {
  auto kanji_at = [&](size_t k) { return k < chars.size() && is_kanji(chars[k].cp); };
  size_t begin = i, end = i + 1;
  while (begin > 0 && kanji_at(begin - 1)) --begin;
  while (kanji_at(end)) ++end;
  auto is_space = [&](size_t k) { return k < chars.size() && (chars[k].cp == ' ' || chars[k].cp == U'　'); };
  auto run_end = [&](size_t k) { return k >= chars.size() || chars[k].cp == '\n' || chars[k].cp == '\t' ||
                                        chars[k].cp == '\r' || is_space(k) || chars[k].cp == U'（' || chars[k].cp == '('; };
  if (end - begin <= 3 && is_space(end) && kanji_at(end + 1)) {  // family name
    size_t given = end + 1;
    while (kanji_at(given)) ++given;
    if (given - (end + 1) <= 3 && run_end(given)) return true;
  }
  if (end - begin <= 3 && begin >= 2 && is_space(begin - 1) && kanji_at(begin - 2) && run_end(end)) {  // given name
    size_t family = begin - 1;
    while (family > 0 && kanji_at(family - 1)) --family;
    return begin - 1 - family <= 3;
  }
  return false;
}

void run(const CheckContext& context, Reporter& reporter) {
  const chardata::CharTables& tables = chardata::builtin_char_tables();
  const std::vector<ProseChar>& chars = prose_chars(context.document).chars;
  AdjacentPairs pairs(context.document.text());
  for (size_t i = 0; i < chars.size(); ++i) {
    const ProseChar& c = chars[i];
    if (c.cp < 0x3400) continue;
    bool variant = false;
    std::optional<char32_t> standard = tables.standard_form_of_old(c.cp);
    if (!standard) {
      standard = tables.standard_form_of_variant(c.cp);
      variant = true;
    }
    if (!standard) continue;
    const std::string written = to_utf8(c.cp), right = to_utf8(*standard);
    if (is_compatibility_ideograph(c.cp)) {
      reporter.report(span_of(c),
                      "CJK互換漢字「" + written + "」（見た目は「" + right + "」）です。NFC正規化で「" + right +
                          "」になります",
                      Fix{span_of(c), right});
    } else if ((tables.is_jinmeiyo(c.cp) && !standard_word_in_document(chars, i, *standard, pairs)) ||
               looks_like_name(chars, i)) {
      // Legal in personal names (國, 德, 龍, 澤): say so, and do not rewrite a name automatically.
      Diagnostic& d = reporter.report(span_of(c), "旧字体「" + written + "」があります。常用漢字の字体は「" + right +
                                                      "」です（人名・固有名詞なら人名用漢字として正しい）");
      d.severity = Severity::info;
    } else {
      reporter.report(span_of(c),
                      std::string(variant ? "異体字" : "旧字体") + "「" + written + "」は常用漢字の字体「" + right +
                          "」にします",
                      Fix{span_of(c), right});
    }
  }
}

const Check kOldKanji{
    "old-kanji",
    Severity::warning,
    {
        "旧字体・異体字の漢字（戰→戦、點→点、參→参、國→国）",
        "散文中の旧字体（Mozc の字体対応表「旧字体」）、JIS X 0208 外の常用漢字の異体字（CJK互換漢字 U+FA45 海 など）、"
        "Z異体字（說→説）、その他の異体字（髙→高）を探し、常用漢字の字体を示します。"
        "國・德・龍・澤のように人名用漢字でもある旧字体は、人名・固有名詞の可能性があるため重大度 info で報告し、"
        "自動修正はしません。コード・URL など散文でない範囲は見ません。",
        "OCR や古い資料からの転記で旧字体が混じると、検索・集計で同じ語として扱われず、公用文の字体（常用漢字表）"
        "にも合いません。",
        "誤: 戰略分野の參考資料\n正: 戦略分野の参考資料",
        "[rules] old-kanji = \"off\" で無効化、\"error\"・\"info\" で重大度を変更できます。",
        "常用漢字の字体に置き換えます（安全: 1文字だけを置き換えます。人名用漢字の旧字体は修正しません）。",
    },
    &run,
};
KOSEI_REGISTER_CHECK(kOldKanji);

}  // namespace
}  // namespace kosei
