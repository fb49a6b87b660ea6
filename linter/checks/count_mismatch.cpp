// count-mismatch: a declared count (17分野, 8課題) that differs from the members listed after it,
// or from the canonical size of the list it names (戦略18分野).
#include <set>

#include "checks/check.h"
#include "checks/field_support.h"
#include "checks/list_support.h"
#include "text/count_phrase.h"
#include "text/utf8.h"

namespace kosei {
namespace {

constexpr size_t kLinesToEnumeration = 3;  // a declaration introduces a list that starts this close

struct Declaration {
  int count = 0;
  std::string unit;  // 分野 / 領域 / 課題
  Span span;         // original text of the count and unit
  size_t line = 0;
  size_t normalized_begin = 0;  // in the matching form
};

// 17分野, 3 領域 (not the 3 of 123分野).
const CountPhrasePattern& declaration_pattern() {
  static const CountPhrasePattern pattern({"分野", "領域", "課題"}, "", "");
  return pattern;
}

bool noun_ends_with(const std::string& noun, const std::string& unit) {
  return noun.size() >= unit.size() && noun.compare(noun.size() - unit.size(), unit.size(), unit) == 0;
}

void run(const CheckContext& context, Reporter& reporter) {
  const Document& document = context.document;
  const CanonData& canon = context.knowledge.canon;
  const std::string& text = document.match.text;
  std::vector<Declaration> declarations;
  declaration_pattern().for_each_match(text, [&](const RegexMatch& found) {
    Declaration declaration;
    size_t digits_end = found.begin;
    while (digits_end < found.end && text[digits_end] >= '0' && text[digits_end] <= '9') ++digits_end;
    declaration.count = std::stoi(text.substr(found.begin, digits_end - found.begin));
    size_t unit_begin = digits_end + (text[digits_end] == ' ' ? 1 : 0);
    declaration.unit = text.substr(unit_begin, found.end - unit_begin);
    size_t end = document.match.to_source[found.end - 1];
    next_code_point(document.text(), end);
    declaration.span = Span{document.match.to_source[found.begin], end};
    declaration.line = document.map.line_index_of(declaration.span.begin);
    declaration.normalized_begin = found.begin;
    if (document.structure.is_prose(declaration.span.begin)) declarations.push_back(declaration);
  });

  for (const Declaration& declaration : declarations) {
    // 1. The enumeration this declaration introduces.
    bool reported = false;
    for (const Enumeration& enumeration : document.enumerations) {
      if (!enumeration.confirmed || enumeration.first_line < declaration.line ||
          enumeration.first_line > declaration.line + kLinesToEnumeration) {
        continue;
      }
      const FieldMention& first = document.field_mentions[enumeration.members.front()];
      if (first.span.begin < declaration.span.end) continue;
      const CanonList& list = canon.lists[enumeration.list];
      if (!noun_ends_with(list.member_noun, declaration.unit)) continue;
      std::set<std::string> names;
      for (size_t index : enumeration.members) names.insert(written_text(document, document.field_mentions[index].span));
      const int listed = static_cast<int>(names.size());
      if (listed != declaration.count) {
        reporter.report(declaration.span, "「" + written_text(document, declaration.span) + "」とありますが、続く" +
                                              list.member_noun + "の列挙は" + std::to_string(listed) + "件です");
        reported = true;
      }
      break;
    }
    if (reported) continue;
    // 2. The canonical size, where the text names the list itself: 戦略17分野, 17の戦略分野.
    for (const CanonList& list : canon.lists) {
      std::string title = normalize_string(list.title);
      size_t digits = title.find_first_of("0123456789");
      bool names_list = false;
      if (digits != std::string::npos) {
        std::string prefix = title.substr(0, digits);
        size_t after_digits = title.find_first_not_of("0123456789", digits);
        std::string unit = after_digits == std::string::npos ? "" : title.substr(after_digits);
        const size_t normalized_begin = declaration.normalized_begin;
        names_list = !prefix.empty() && normalized_begin >= prefix.size() &&
                     text.compare(normalized_begin - prefix.size(), prefix.size(), prefix) == 0 &&
                     unit == declaration.unit;
      }
      if (!names_list) continue;
      const int size = static_cast<int>(list.members.size());
      if (declaration.count != size) {
        reporter.report(declaration.span, list.title + "の正本は" + std::to_string(size) + "件です（本文: " +
                                              written_text(document, declaration.span) + "）");
      }
      break;
    }
  }
  check_list_counts(context, reporter);  // 項目・件・点・つ against numbered lists; 34項目 (list_counts.cpp)
}

const Check kCountMismatch{
    "count-mismatch",
    Severity::error,
    {
        "宣言された件数（17分野、8課題など）が、続く列挙の件数や正本の件数と合わない",
        "「（17分野）」「8課題」のような件数の宣言を探し、(1) 3行以内に始まる、同じ単位（分野／領域／課題）の"
        "正本リストの列挙の件数、(2) 宣言がリスト名そのもの（戦略17分野）のときは正本の件数、と照合します。"
        "宣言のあとに列挙が見つからないときは何も報告しません。\n"
        "一般形: 「5項目」「3件」「以下の3点」「次の2つ」などの件数を、その行か2行以内に始まる番号付きリスト"
        "（1から欠番・重複なく番号が振られ、2項目以上あるもの）の項目数と照合します（④-1／④-2 は1項目）。"
        "リストに最も近い件数だけを照合し、リストが確かに特定できないときは何も報告しません。"
        "「今回素案を提示するものは34項目」のように今回検討を行う製品・技術等の件数と書かれていれば、"
        "rules/canon/items.toml の正本の件数（34項目）と照合します。",
        "件数の宣言は読み手が最初に目にする数字です。列挙と食い違えば、どちらかが誤っています。",
        "誤: （17分野）の直後に16分野しか列挙されていない\n誤: 戦略18分野\n正: 戦略17分野\n\n"
        "誤: 以下の3点が重要である。① 人材 ② データ ③ 計算資源 ④ 国際連携\n"
        "誤: 今回素案を提示するものは35項目\n正: 今回素案を提示するものは34項目",
        "",
        "",
    },
    &run,
};
KOSEI_REGISTER_CHECK(kCountMismatch);

}  // namespace
}  // namespace kosei
