#pragma once
// The structure of a document as editors see it: lines with their kind (heading, list item, table
// row, paragraph, code), table cells, numbering markers (１． （１） ① ア （ア） ④-1), and the ranges
// that are not prose (Markdown code, URLs, link targets, HTML tags and comments).
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "source/source_map.h"
#include "text/span.h"

namespace kosei {

enum class MarkerStyle : uint8_t {
  circled,         // ① … ㊿
  paren_digit,     // （１） (1)
  digit_period,    // １． 1.
  katakana,        // ア イ ウ (line-initial)
  paren_katakana,  // （ア）
};

struct Marker {
  MarkerStyle style;
  int number = 0;      // ① → 1, ア → 1, イ → 2
  int sub_number = 0;  // ④-1 → 1
  size_t begin = 0;    // original byte range of the marker text
  size_t end = 0;
  bool leads_line = false;  // first token of its line or table cell
};

enum class LineKind : uint8_t { blank, heading, list_item, table_row, paragraph, code, non_prose };

struct Line {
  size_t begin = 0;          // original bytes, without the line ending
  size_t end = 0;
  size_t content_begin = 0;  // after indentation, bullets (-, *, ・, ◆, ■, ➤ …), '>' and leading tags
  LineKind kind = LineKind::paragraph;
  int heading_level = 0;     // Markdown '#' count
  int indent = 0;            // display columns of leading whitespace
  std::vector<Span> cells;   // table rows: one span per cell; otherwise empty
  std::vector<Marker> markers;
};

struct Structure {
  std::vector<Line> lines;            // one per source line
  std::vector<MaskedRange> masked;    // sorted, non-overlapping
  std::vector<uint32_t> table_of_line;  // per line: its table's number, 0 outside (table_numbers)
  uint32_t table_of(size_t line) const { return line < table_of_line.size() ? table_of_line[line] : 0; }

  bool is_prose(size_t offset) const;
  bool is_prose(Span span) const;
};

// Per line, the number of the table it belongs to (1, 2, … in text order), or 0 outside tables.
// Rows with any other line between them (a blank line, a caption) are two tables: the same
// numbers in two tables are two lists. A table has two rows or more (a lone row is a line with a
// tab in it, as PDF extraction writes them inside paragraphs and lists).
std::vector<uint32_t> table_numbers(const Structure& structure);

// Finds the non-prose ranges of a text read as Markdown (also applied to .txt: drafts extracted
// from PDF mix Markdown and HTML fragments).
std::vector<MaskedRange> find_masked_ranges(std::string_view text, const SourceMap& map);

Structure read_structure(std::string_view text, const SourceMap& map);

// The numbering marker starting at `offset`, if any (used by the reader and by tests).
bool parse_marker_at(std::string_view text, size_t offset, size_t limit, bool line_initial, Marker& marker);

}  // namespace kosei
