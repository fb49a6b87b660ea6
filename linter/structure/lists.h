#pragma once
// Numbered lists as editors see them, built once per document from the structure's markers:
// the hierarchy １．→（１）→①→ア→（ア） (whatever order a document uses), sub-numbering ④-1/④-2,
// several items on one line (①植物工場　②陸上養殖), lists in table cells, items whose text PDF
// extraction moved to the next line, excerpts that start mid-sequence (３．), and restarts (① after
// a heading or under a new parent). Each item records how its number relates to its list, so
// checks only decide what to report.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "structure/structure.h"
#include "text/normalize.h"

namespace kosei {

enum class NumberingIssue : uint8_t {
  none,
  gap,          // ①②④: numbers skipped before this item
  repeat,       // （２）（２）
  order,        // ⑥ then ⑤: lower than a number already used in the list
  sub_gap,      // ④-1 ④-3
  mixed_style,  // ① ② then (3): continues another style's sequence
};

struct ListItem {
  Marker marker;
  size_t line = 0;            // 0-based line of the marker
  Span label;                 // the item's text on its line (up to the next item or the cell end),
                              // or the next non-blank line when the marker stands alone
  std::string key;            // label normalized for comparison (NFKC, no spaces or masked text)
  int list = -1;              // index into Lists::lists
  bool in_table = false;      // in a table cell
  bool inline_run = false;    // shares its line (or cell) with other items of its list
  bool restated = false;      // marked 「再掲」: listed again on purpose (its number and name repeat)
  NumberingIssue issue = NumberingIssue::none;
  int expected = 0;           // the number that would continue the list (issue != none)
  int expected_sub = 0;
};

struct ItemList {
  MarkerStyle style = MarkerStyle::circled;
  int parent = -1;             // index of the enclosing item in Lists::items, -1 at top level
  int depth = 0;               // 0 at top level
  std::vector<size_t> items;   // indices into Lists::items, in text order
  bool in_table = false;       // every item is in a table cell
  bool in_sentence = false;    // an enumeration inside a sentence (…において、①…、②…の観点から)
  int first_number = 0;
  int max_number = 0;
  size_t first_line = 0;
  size_t last_line = 0;
};

struct Lists {
  std::vector<ListItem> items;  // in text order
  std::vector<ItemList> lists;

  // The item whose marker starts at `offset`, or -1.
  long item_at(size_t offset) const;
  // Whether list `index` is numbered 1, 2, 3 … without any issue (sub-numbers aside).
  bool clean(size_t index) const;
};

// `match` is the matching form of `text` (labels are keyed by it).
Lists read_lists(std::string_view text, const Structure& structure, const MatchText& match);

// Whether a circled marker at `offset` cites a number of something named right before it
// (「GX③と同じ」「具体例①」「バイオ②」) rather than numbering an item.
bool is_citation_marker(std::string_view text, size_t offset, size_t segment_begin);

}  // namespace kosei
