#include "structure/structure.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <string>

#include "text/utf8.h"

namespace kosei {
namespace {

constexpr std::u32string_view kGojuon =
    U"アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";

int katakana_marker_value(char32_t cp) {
  size_t index = kGojuon.find(cp);
  return index == std::u32string_view::npos ? 0 : static_cast<int>(index) + 1;
}

int digit_value(char32_t cp) {
  if (cp >= '0' && cp <= '9') return static_cast<int>(cp - '0');
  if (cp >= U'０' && cp <= U'９') return static_cast<int>(cp - U'０');
  return -1;
}

bool is_space(char32_t cp) { return cp == ' ' || cp == '\t' || cp == U'\u3000'; }

// Reads up to `max_digits` ASCII or full-width digits; returns -1 if none.
int read_number(std::string_view text, size_t& pos, size_t limit, int max_digits) {
  int value = -1;
  int digits = 0;
  while (pos < limit && digits < max_digits) {
    size_t probe = pos;
    int digit = digit_value(next_code_point(text, probe));
    if (digit < 0) break;
    value = (value < 0 ? 0 : value * 10) + digit;
    pos = probe;
    ++digits;
  }
  return value;
}

bool is_bullet(char32_t cp) {
  switch (cp) {
    case U'・': case U'◆': case U'◇': case U'■': case U'□': case U'●': case U'○':
    case U'▶': case U'▷': case U'➤': case U'➢': case U'►': case U'‣': case U'•': case U'➡':
      return true;
    default:
      return false;
  }
}

void add_range(std::vector<MaskedRange>& ranges, size_t begin, size_t end, MaskKind kind) {
  if (end > begin) ranges.push_back(MaskedRange{begin, end, kind});
}

bool starts_with_at(std::string_view text, size_t pos, std::string_view prefix) {
  return text.substr(pos, prefix.size()) == prefix;
}

size_t url_end(std::string_view text, size_t pos, size_t limit) {
  size_t end = pos;
  while (end < limit) {
    unsigned char c = static_cast<unsigned char>(text[end]);
    if (c <= ' ' || c >= 0x80 || c == '<' || c == '>' || c == '"' || c == '`') break;
    ++end;
  }
  while (end > pos && (text[end - 1] == '.' || text[end - 1] == ',' || text[end - 1] == ')')) --end;
  return end;
}

// Whether an HTML element name (optionally after '/') starts at `pos`: <p>, </td>, <ul style=…>.
// A bracketed heading such as <AI for Scienceに関する主な取組> is prose, not a tag.
bool is_html_element_at(std::string_view text, size_t pos, size_t end) {
  static constexpr std::string_view kElements[] = {
      "a", "abbr", "b", "blockquote", "br", "caption", "code", "col", "colgroup", "dd", "del", "details", "div",
      "dl", "dt", "em", "figcaption", "figure", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img",
      "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "section", "small", "span",
      "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul"};
  if (pos < end && text[pos] == '/') ++pos;
  size_t name_end = pos;
  while (name_end < end && std::isalnum(static_cast<unsigned char>(text[name_end]))) ++name_end;
  if (name_end == pos || name_end >= end) return false;
  char after = text[name_end];
  if (after != '>' && after != ' ' && after != '/' && after != '\t') return false;
  std::string name(text.substr(pos, name_end - pos));
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::find(std::begin(kElements), std::end(kElements), name) != std::end(kElements);
}

// The bytes that can begin something mask_inline() masks; every other byte (all of Japanese
// text) is skipped with one table lookup.
constexpr std::array<bool, 256> kInlineTriggers = [] {
  std::array<bool, 256> table{};
  for (unsigned char c : std::string_view("`hfw]<*_")) table[c] = true;
  return table;
}();

// The first trigger byte in text[pos, end), or end. Every trigger is ASCII: eight bytes that are
// all non-ASCII (most of a Japanese text) are passed with one test.
size_t next_inline_trigger(std::string_view text, size_t pos, size_t end) {
  constexpr uint64_t kHighBits = 0x8080808080808080ULL;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  while (pos < end) {
    if (pos + 8 <= end) {
      uint64_t word;
      std::memcpy(&word, bytes + pos, 8);
      if ((word & kHighBits) == kHighBits) {
        pos += 8;
        continue;
      }
      for (const size_t stop = pos + 8; pos < stop; ++pos) {
        if (kInlineTriggers[bytes[pos]]) return pos;
      }
      continue;
    }
    if (kInlineTriggers[bytes[pos]]) return pos;
    ++pos;
  }
  return end;
}

// The first byte E2 or E3 (the lead bytes of circled numbers) in text[pos, end), or end. Eight
// bytes at a time: clearing each byte's low bit makes E3 an E2, and a byte equal to E2 is a zero
// byte after XOR, found by the zero-byte test of "Bit Twiddling Hacks", whose lowest flag is exact.
size_t next_circled_lead(std::string_view text, size_t pos, size_t end) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHighBits = 0x8080808080808080ULL;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  for (; pos + 8 <= end; pos += 8) {
    const uint64_t word = load_le64(bytes + pos);
    const uint64_t folded = (word & ~kOnes) ^ (0xE2 * kOnes);
    if (const uint64_t zero = (folded - kOnes) & ~folded & kHighBits) return pos + std::countr_zero(zero) / 8;
  }
  while (pos < end && (bytes[pos] & 0xFE) != 0xE2) ++pos;
  return pos;
}

// text.find(c, from) for calls whose `from` never decreases: the last answer is kept, so that
// each byte is searched at most once per character even when the answer is "none" (a line of
// 400,000 「](」 without ')' took 8 s, a search to the end of the line for each).
class ForwardFinder {
 public:
  ForwardFinder(std::string_view text, char c) : text_(text), c_(c) {}
  size_t find(size_t from) {
    if (from < searched_from_ || (found_ != std::string_view::npos && from > found_)) {
      searched_from_ = from;
      found_ = text_.find(c_, from);
    }
    return found_;
  }

 private:
  std::string_view text_;
  char c_;
  size_t searched_from_ = std::string_view::npos;  // nothing searched yet
  size_t found_ = std::string_view::npos;
};

void mask_inline(std::string_view text, size_t begin, size_t end, std::vector<MaskedRange>& out) {
  const std::string_view region = text.substr(0, end);
  ForwardFinder close_paren(region, ')'), close_angle(region, '>'), open_angle(region, '<');
  size_t pos = begin;
  while (pos < end) {
    pos = next_inline_trigger(text, pos, end);
    if (pos >= end) break;
    char c = text[pos];
    if (c == '`') {
      size_t run = pos;
      while (run < end && text[run] == '`') ++run;
      std::string_view fence = text.substr(pos, run - pos);
      size_t close = text.substr(0, end).find(fence, run);
      if (close != std::string_view::npos) {
        add_range(out, pos, close + fence.size(), MaskKind::separator);
        pos = close + fence.size();
        continue;
      }
      pos = run;
      continue;
    }
    if ((c == 'h' || c == 'f' || c == 'w') &&
        (starts_with_at(text, pos, "http://") || starts_with_at(text, pos, "https://") ||
         starts_with_at(text, pos, "ftp://") || starts_with_at(text, pos, "www."))) {
      size_t stop = url_end(text, pos, end);
      add_range(out, pos, stop, MaskKind::separator);
      pos = std::max(stop, pos + 1);
      continue;
    }
    if (c == ']' && pos + 1 < end && text[pos + 1] == '(') {
      size_t close = close_paren.find(pos + 2);
      if (close != std::string_view::npos) {
        add_range(out, pos + 1, close + 1, MaskKind::separator);
        pos = close + 1;
        continue;
      }
    }
    if (c == '<' && pos + 1 < end) {
      char next = text[pos + 1];
      bool tag_start = next == '!' || next == '?' || is_html_element_at(text, pos + 1, end);
      size_t close = close_angle.find(pos + 1);
      size_t reopen = open_angle.find(pos + 1);
      if (tag_start && close != std::string_view::npos && (reopen == std::string_view::npos || reopen > close)) {
        add_range(out, pos, close + 1, MaskKind::separator);
        pos = close + 1;
        continue;
      }
    }
    if ((c == '*' || c == '_') && pos + 1 < end && text[pos + 1] == c) {
      add_range(out, pos, pos + 2, MaskKind::dropped);
      pos += 2;
      continue;
    }
    ++pos;
  }
}

std::string_view trim_ascii(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

}  // namespace

std::vector<uint32_t> table_numbers(const Structure& structure) {
  const std::vector<Line>& lines = structure.lines;
  std::vector<uint32_t> numbers(lines.size(), 0);
  uint32_t tables = 0;
  for (size_t first = 0; first < lines.size();) {
    if (lines[first].kind != LineKind::table_row) {
      ++first;
      continue;
    }
    size_t end = first + 1;
    while (end < lines.size() && lines[end].kind == LineKind::table_row) ++end;
    // One row alone is a line with a tab in it (PDF extraction), not a table.
    if (end - first >= 2) {
      ++tables;
      for (size_t line = first; line < end; ++line) numbers[line] = tables;
    }
    first = end;
  }
  return numbers;
}

bool Structure::is_prose(size_t offset) const {
  auto it = std::upper_bound(masked.begin(), masked.end(), offset,
                             [](size_t value, const MaskedRange& range) { return value < range.begin; });
  if (it == masked.begin()) return true;
  --it;
  return offset >= it->end;
}

bool Structure::is_prose(Span span) const {
  auto it = std::lower_bound(masked.begin(), masked.end(), span.begin,
                             [](const MaskedRange& range, size_t value) { return range.end <= value; });
  return it == masked.end() || it->begin >= span.end;
}

std::vector<MaskedRange> find_masked_ranges(std::string_view text, const SourceMap& map) {
  std::vector<MaskedRange> ranges;
  // HTML comments first: they may span lines, and nothing inside them is prose.
  std::vector<Span> comments;
  for (size_t pos = text.find("<!--"); pos != std::string_view::npos; pos = text.find("<!--", pos)) {
    size_t close = text.find("-->", pos + 4);
    size_t end = close == std::string_view::npos ? text.size() : close + 3;
    comments.push_back(Span{pos, end});
    add_range(ranges, pos, end, MaskKind::separator);
    pos = end;
  }
  auto in_comment = [&](size_t offset) {
    for (const Span& span : comments) {
      if (offset >= span.begin && offset < span.end) return true;
    }
    return false;
  };
  std::string_view open_fence;
  size_t fence_start = 0;
  for (size_t index = 0; index < map.line_count(); ++index) {
    size_t begin = map.line_begin(index);
    size_t end = map.line_end(index);
    std::string_view content = trim_ascii(text.substr(begin, end - begin));
    if (!open_fence.empty()) {
      if (content.substr(0, open_fence.size()) == open_fence) {
        add_range(ranges, fence_start, end, MaskKind::separator);
        open_fence = {};
      }
      continue;
    }
    if (content.substr(0, 3) == "```" || content.substr(0, 3) == "~~~") {
      open_fence = content.substr(0, 3);
      fence_start = begin;
      continue;
    }
    if (comments.empty() || !in_comment(begin) || !in_comment(end > begin ? end - 1 : begin)) {
      mask_inline(text, begin, end, ranges);
    }
  }
  if (!open_fence.empty()) add_range(ranges, fence_start, text.size(), MaskKind::separator);
  std::sort(ranges.begin(), ranges.end(),
            [](const MaskedRange& a, const MaskedRange& b) { return a.begin < b.begin; });
  std::vector<MaskedRange> merged;
  for (const MaskedRange& range : ranges) {
    if (!merged.empty() && range.begin < merged.back().end) {
      merged.back().end = std::max(merged.back().end, range.end);
      if (range.kind == MaskKind::separator) merged.back().kind = MaskKind::separator;
      continue;
    }
    merged.push_back(range);
  }
  return merged;
}

bool parse_marker_at(std::string_view text, size_t offset, size_t limit, bool line_initial, Marker& marker) {
  if (offset >= limit) return false;
  size_t pos = offset;
  char32_t first = next_code_point(text, pos);
  if (int value = circled_number_value(first)) {
    marker = Marker{MarkerStyle::circled, value, 0, offset, pos, line_initial};
    size_t probe = pos;
    if (probe < limit) {
      char32_t dash = next_code_point(text, probe);
      if (dash == '-' || dash == U'－' || dash == U'‐') {
        int sub = read_number(text, probe, limit, 2);
        if (sub > 0) {
          marker.sub_number = sub;
          marker.end = probe;
        }
      }
    }
    return true;
  }
  if (!line_initial) return false;
  if (first == '(' || first == U'（') {
    size_t probe = pos;
    int number = read_number(text, probe, limit, 2);
    MarkerStyle style = MarkerStyle::paren_digit;
    if (number < 0 && probe < limit) {
      number = katakana_marker_value(next_code_point(text, probe));
      style = MarkerStyle::paren_katakana;
      if (number == 0) return false;
    }
    if (number <= 0 || probe >= limit) return false;
    char32_t close = next_code_point(text, probe);
    if (close != ')' && close != U'）') return false;
    marker = Marker{style, number, 0, offset, probe, true};
    return true;
  }
  if (digit_value(first) >= 0) {
    size_t probe = offset;
    int number = read_number(text, probe, limit, 2);
    if (probe >= limit) return false;
    char32_t period = next_code_point(text, probe);
    if (period != '.' && period != U'．') return false;
    if (probe < limit) {
      size_t after = probe;
      if (digit_value(next_code_point(text, after)) >= 0) return false;  // 21.9, not a marker
    }
    marker = Marker{MarkerStyle::digit_period, number, 0, offset, probe, true};
    return number > 0;
  }
  if (int value = katakana_marker_value(first)) {
    if (pos >= limit) return false;
    size_t probe = pos;
    char32_t next = next_code_point(text, probe);
    if (is_space(next) || next == '.' || next == U'．') {
      marker = Marker{MarkerStyle::katakana, value, 0, offset, pos, true};
      return true;
    }
  }
  return false;
}

Structure read_structure(std::string_view text, const SourceMap& map) {
  Structure structure;
  structure.masked = find_masked_ranges(text, map);
  structure.lines.reserve(map.line_count());
  for (size_t index = 0; index < map.line_count(); ++index) {
    Line line;
    line.begin = map.line_begin(index);
    line.end = map.line_end(index);
    if (!structure.is_prose(Span{line.begin, std::max(line.end, line.begin + 1)}) && line.end > line.begin) {
      // Entirely masked (code block, comment) unless some part is prose.
      bool any_prose = false;
      for (size_t pos = line.begin; pos < line.end && !any_prose; ++pos) any_prose = structure.is_prose(pos);
      if (!any_prose) {
        line.kind = LineKind::code;
        line.content_begin = line.end;
        structure.lines.push_back(std::move(line));
        continue;
      }
    }
    // Indentation, then blockquote marks, bullets and tags in any order.
    size_t pos = line.begin;
    while (pos < line.end) {
      size_t probe = pos;
      char32_t cp = next_code_point(text, probe);
      if (cp == ' ') line.indent += 1;
      else if (cp == '\t') line.indent += 4;
      else if (cp == U'\u3000') line.indent += 2;
      else break;
      pos = probe;
    }
    bool bullet = false;
    while (pos < line.end) {
      size_t probe = pos;
      char32_t cp = next_code_point(text, probe);
      bool ascii_bullet = (cp == '-' || cp == '*' || cp == '+' || cp == '>') && probe < line.end &&
                          (text[probe] == ' ' || text[probe] == '\t');
      if (is_space(cp) || !structure.is_prose(pos)) {
        pos = probe;
      } else if (ascii_bullet || is_bullet(cp)) {
        bullet = bullet || cp != '>';
        pos = probe;
      } else {
        break;
      }
    }
    line.content_begin = pos;
    std::string_view content = text.substr(pos, line.end - pos);
    if (content.empty()) {
      line.kind = LineKind::blank;
      structure.lines.push_back(std::move(line));
      continue;
    }
    size_t hashes = content.find_first_not_of('#');
    if (pos == line.begin + 0 + static_cast<size_t>(line.indent) && hashes >= 1 && hashes <= 6 &&
        hashes < content.size() && content[hashes] == ' ') {
      line.kind = LineKind::heading;
      line.heading_level = static_cast<int>(hashes);
      line.content_begin = pos + hashes + 1;
    } else if (content.front() == '|') {
      line.kind = LineKind::table_row;
      size_t cell_begin = pos + 1;
      for (size_t i = pos + 1; i <= line.end; ++i) {
        if (i == line.end || text[i] == '|') {
          if (i > cell_begin || i < line.end) line.cells.push_back(Span{cell_begin, i});
          cell_begin = i + 1;
        }
      }
      if (!line.cells.empty() && line.cells.back().begin >= line.end) line.cells.pop_back();
    } else if (content.find('\t') != std::string_view::npos) {
      line.kind = LineKind::table_row;
      size_t cell_begin = line.begin;
      for (size_t i = line.begin; i <= line.end; ++i) {
        if (i == line.end || text[i] == '\t') {
          line.cells.push_back(Span{cell_begin, i});
          cell_begin = i + 1;
        }
      }
    } else if (std::string_view whole = text.substr(line.begin, line.end - line.begin);
               whole.find("<td") != std::string_view::npos || whole.find("<th") != std::string_view::npos) {
      line.kind = LineKind::table_row;
      for (size_t open = text.find("<t", line.begin); open < line.end; open = text.find("<t", open + 1)) {
        if (open + 3 > line.end || (text[open + 2] != 'd' && text[open + 2] != 'h')) continue;
        size_t start = text.find('>', open);
        if (start >= line.end) break;
        size_t close = text.find("</t", start);
        if (close > line.end) close = line.end;
        line.cells.push_back(Span{start + 1, close});
      }
    } else {
      line.kind = bullet ? LineKind::list_item : LineKind::paragraph;
    }
    // Numbering markers: line- or cell-initial ones of every style, circled ones anywhere in prose.
    auto leading_marker = [&](size_t from, size_t to) {
      size_t at = from;
      while (at < to) {
        size_t probe = at;
        char32_t cp = next_code_point(text, probe);
        if (!(is_space(cp) || is_bullet(cp) || !structure.is_prose(at) ||
              ((cp == '-' || cp == '*') && probe < to && text[probe] == ' ')))
          break;
        at = probe;
      }
      Marker marker;
      if (parse_marker_at(text, at, to, true, marker) && marker.style != MarkerStyle::circled) {
        line.markers.push_back(marker);
      }
    };
    if (line.cells.empty()) {
      leading_marker(line.content_begin, line.end);
    } else {
      for (const Span& cell : line.cells) leading_marker(cell.begin, cell.end);
    }
    for (size_t at = line.content_begin; at < line.end;) {
      // Circled numbers (①–⑳, ㉑–㉟, ㊱–㊿) are three bytes beginning E2 91, E3 89 or E3 8A; other
      // positions are passed eight bytes at a time without decoding (lead bytes E2/E3 are never
      // inside a character, so every candidate is still a character start).
      at = next_circled_lead(text, at, line.end);
      if (at + 1 >= line.end) break;
      const auto lead = static_cast<unsigned char>(text[at]);
      const auto second = static_cast<unsigned char>(text[at + 1]);
      if (lead == 0xE2 ? second != 0x91 : (second != 0x89 && second != 0x8A)) {
        at += 3;
        continue;
      }
      size_t probe = at;
      char32_t cp = next_code_point(text, probe);
      Marker marker;
      if (circled_number_value(cp) && structure.is_prose(at) && parse_marker_at(text, at, line.end, false, marker)) {
        size_t back = at;
        bool leads = true;
        while (back > line.begin) {
          char32_t prev = previous_code_point(text, back);
          if (prev == '\t' || prev == '|') break;  // first in its table cell
          if (!(is_space(prev) || is_bullet(prev) || prev == '-' || prev == '*' || !structure.is_prose(back))) {
            leads = prev == '>';
            break;
          }
        }
        marker.leads_line = leads;
        line.markers.push_back(marker);
        probe = marker.end;
      }
      at = probe;
    }
    std::sort(line.markers.begin(), line.markers.end(),
              [](const Marker& a, const Marker& b) { return a.begin < b.begin; });
    if (line.kind == LineKind::paragraph && !line.markers.empty() && line.markers.front().leads_line) {
      line.kind = LineKind::list_item;
    }
    structure.lines.push_back(std::move(line));
  }
  structure.table_of_line = table_numbers(structure);
  return structure;
}

}  // namespace kosei
