// The general form of count-mismatch (called from count_mismatch.cpp): a declared count (5項目,
// 3件, 以下の3点, 次の2つ) against the members of the numbered list it introduces, and the canonical
// count of the items presented this time (「今回素案を提示するものは34項目」).
#include <algorithm>

#include "checks/check.h"
#include "checks/field_support.h"
#include "checks/list_support.h"
#include "text/count_phrase.h"
#include "text/utf8.h"

namespace kosei {
namespace {

constexpr size_t kLinesToList = 4;        // the list starts on the declaration's line or within these lines
constexpr size_t kNonBlankLinesToList = 2;

// 5項目, 3 件, 2つ (not 1.5件, 1,000件, 2つ目).
const CountPhrasePattern& count_pattern() {
  static const CountPhrasePattern pattern({"項目", "件", "点", "つ"}, ".,", "目");
  return pattern;
}

// The list introduced by a declaration ending at `end` on line `line`: the first list whose first
// item follows it closely. -1 when there is none or it is not certain enough.
long introduced_list(const Document& document, size_t line, size_t end) {
  const Lists& lists = document.lists;
  // Lists are created in the order of their first items.
  auto it = std::lower_bound(lists.lists.begin(), lists.lists.end(), end, [&](const ItemList& list, size_t offset) {
    return list.items.empty() || lists.items[list.items.front()].marker.begin < offset;
  });
  for (size_t index = static_cast<size_t>(it - lists.lists.begin()); index < lists.lists.size(); ++index) {
    const ItemList& list = lists.lists[index];
    if (list.items.empty()) continue;
    const ListItem& first = lists.items[list.items.front()];
    if (first.marker.begin < end) continue;
    if (first.line > line + kLinesToList) return -1;
    size_t non_blank = 0;
    for (size_t between = line + 1; between < first.line; ++between) {
      if (document.structure.lines[between].kind != LineKind::blank) ++non_blank;
    }
    if (non_blank > kNonBlankLinesToList) return -1;
    return static_cast<long>(index);
  }
  return -1;
}

bool near_phrase(const std::string& text, size_t begin, size_t end, const std::vector<std::string>& phrases) {
  size_t line_begin = text.rfind('\n', begin);
  line_begin = line_begin == std::string::npos ? 0 : line_begin + 1;
  size_t line_end = text.find('\n', end);
  if (line_end == std::string::npos) line_end = text.size();
  std::string_view line = std::string_view(text).substr(line_begin, line_end - line_begin);
  for (const std::string& phrase : phrases) {
    if (!phrase.empty() && line.find(phrase) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

void check_list_counts(const CheckContext& context, Reporter& reporter) {
  const Document& document = context.document;
  const ItemCatalog& catalog = context.knowledge.items;
  const std::string& text = document.match.text;
  std::vector<RegexMatch> matches;
  count_pattern().for_each_match(text, [&](const RegexMatch& found) { matches.push_back(found); });
  for (size_t which = 0; which < matches.size(); ++which) {
    const RegexMatch& found = matches[which];
    [&] {
    size_t digits_end = found.begin;
    while (digits_end < found.end && text[digits_end] >= '0' && text[digits_end] <= '9') ++digits_end;
    const int count = std::stoi(text.substr(found.begin, digits_end - found.begin));
    const size_t unit_begin = digits_end + (text[digits_end] == ' ' ? 1 : 0);
    const std::string unit = text.substr(unit_begin, found.end - unit_begin);
    size_t end = document.match.to_source[found.end - 1];
    next_code_point(document.text(), end);
    const Span span{document.match.to_source[found.begin], end};
    if (!document.structure.is_prose(span.begin)) return true;
    const std::string written = written_text(document, span);
    // 1. The canonical count of the items presented this time.
    if (unit == "項目" && catalog.this_round_count > 0 &&
        near_phrase(text, found.begin, found.end, catalog.this_round_phrases)) {
      if (count != catalog.this_round_count) {
        Diagnostic& diagnostic = reporter.report(
            span, catalog.this_round_label + "の正本は" + std::to_string(catalog.this_round_count) + "項目です（本文: " +
                      written + "）");
        diagnostic.canon = std::to_string(catalog.this_round_count) + "項目";
      }
      return true;
    }
    // 2. The members of the list it introduces, when the list is certain: numbered from 1 without
    // any gap, repeat or change of style, and with at least two members.
    const size_t line = document.map.line_index_of(span.begin);
    long index = introduced_list(document, line, span.end);
    if (index < 0 || !document.lists.clean(static_cast<size_t>(index))) return true;
    const ItemList& list = document.lists.lists[static_cast<size_t>(index)];
    // Only the count nearest to the list introduces it: 「採択は5件。うち3件は次のとおり。」
    if (which + 1 < matches.size() &&
        document.match.to_source[matches[which + 1].begin] < document.lists.items[list.items.front()].marker.begin) {
      return true;
    }
    // Sub-numbered items (④-1, ④-2) are parts of one member.
    int members = 0;
    for (size_t item : list.items) members += document.lists.items[item].marker.sub_number <= 1 ? 1 : 0;
    if (members < 2 || members == count) return true;
    const ListItem& last = document.lists.items[list.items.back()];
    Diagnostic& diagnostic = reporter.report(
        span, "「" + written + "」とありますが、続くリストは" + std::to_string(members) + "項目です（" +
                  marker_text(document, document.lists.items[list.items.front()].marker) + "〜" +
                  marker_text(document, last.marker) + "）");
    diagnostic.related.push_back(Related{"", Span{last.marker.begin, last.marker.end}, "リストの最後の項目"});
    return true;
    }();
  }
}

}  // namespace kosei
