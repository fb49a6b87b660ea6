// duplicate-item: the same item twice in one list (⑤マンガ after ③マンガ), and the same sentence
// line repeated verbatim in a document.
#include <map>

#include "checks/check.h"
#include "checks/list_support.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace kosei {
namespace {

constexpr size_t kMinimumRepeatedLine = 20;  // code points: shorter lines repeat legitimately (「－」「7名」)

size_t code_points(std::string_view text) {
  size_t count = 0;
  for (size_t pos = 0; pos < text.size(); next_code_point(text, pos)) ++count;
  return count;
}

// Keys that name nothing by themselves (「－」「1月～」「等」) are not compared.
bool meaningful(std::string_view key) {
  size_t letters = 0;
  for (size_t pos = 0; pos < key.size();) {
    char32_t cp = next_code_point(key, pos);
    if (cp >= 0x3040 || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')) ++letters;
  }
  return letters >= 2;
}

void duplicate_items(const CheckContext& context, Reporter& reporter) {
  const Document& document = context.document;
  const Lists& lists = document.lists;
  for (const ItemList& list : lists.lists) {
    std::map<std::string, size_t> first_by_key;
    for (size_t index : list.items) {
      const ListItem& item = lists.items[index];
      if (!meaningful(item.key)) continue;
      auto [it, inserted] = first_by_key.try_emplace(item.key, index);
      if (inserted) continue;
      const ListItem& first = lists.items[it->second];
      const std::string name = document.text().substr(item.label.begin, item.label.end - item.label.begin);
      Diagnostic& diagnostic = reporter.report(
          Span{item.marker.begin, item.label.end},
          "「" + name + "」が同じリストの「" + marker_text(document, first.marker) + "」と重複しています");
      diagnostic.related.push_back(Related{"", Span{first.marker.begin, first.label.end}, "最初の記載"});
    }
  }
}

void repeated_lines(const CheckContext& context, Reporter& reporter) {
  const Document& document = context.document;
  const Structure& structure = document.structure;
  std::map<std::string, size_t> first_line;
  for (size_t index = 0; index < structure.lines.size(); ++index) {
    const Line& line = structure.lines[index];
    if (line.kind != LineKind::paragraph && line.kind != LineKind::list_item) continue;
    std::string_view written = document.match.view_of(line.content_begin, line.end);
    if (written.find("。") == std::string_view::npos) continue;  // not a sentence (see below)
    std::string key = compact_key(written);
    // A sentence (it ends one with 。) long enough not to recur by chance; headings, table
    // headers and labels repeated on every page are not sentences.
    if (key.find("。") == std::string::npos || code_points(key) < kMinimumRepeatedLine) continue;
    auto [it, inserted] = first_line.try_emplace(std::move(key), index);  // moved only when new
    if (inserted) continue;
    const Line& first = structure.lines[it->second];
    Diagnostic& diagnostic = reporter.report(
        Span{line.content_begin, line.end},
        "同じ文が" + std::to_string(it->second + 1) + "行目にもあります（重複した行）");
    diagnostic.related.push_back(Related{"", Span{first.content_begin, first.end}, "最初の記載"});
  }
}

void run(const CheckContext& context, Reporter& reporter) {
  duplicate_items(context, reporter);
  repeated_lines(context, reporter);
}

const Check kDuplicateItem{
    "duplicate-item",
    Severity::warning,
    {
        "同じリストに同じ項目が二度ある、または同じ文の行が繰り返されている",
        "番号付きリストの各項目を正規化（NFKC、空白・タグを除く）して比べ、同じリストの中で同じ項目が再び現れたら"
        "報告します（③マンガ の後の ⑤マンガ）。また、句点（。）を含む20文字以上の行が文書中でそのまま繰り返されて"
        "いれば報告します。短いセル（「－」「1月～」「7名」）、表の見出し行、ページごとに繰り返される見出しは対象外です。",
        "コピー＆ペーストや差し替えの取り残しで、同じ項目や段落が二重に残ることがあります。件数の宣言"
        "（5項目）とも食い違う原因になります。",
        "誤: ①ゲーム　②アニメ　③マンガ　④音楽　⑤マンガ\n正: ①ゲーム　②アニメ　③マンガ　④音楽　⑤実写",
        "重大度は kosei.toml の [rules] で変更できます。",
        "",
    },
    &run,
};
KOSEI_REGISTER_CHECK(kDuplicateItem);

}  // namespace
}  // namespace kosei
