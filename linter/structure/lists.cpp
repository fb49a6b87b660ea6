#include "structure/lists.h"

#include <algorithm>

#include "text/normalize.h"
#include "text/utf8.h"

namespace kosei {
namespace {

bool is_space(char32_t cp) { return cp == ' ' || cp == '\t' || cp == U'\u3000'; }

bool is_katakana(char32_t cp) { return (cp >= U'ァ' && cp <= U'ヺ') || cp == U'ー'; }
bool is_han(char32_t cp) { return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || cp == U'々'; }
bool is_word_character(char32_t cp) {
  return is_katakana(cp) || is_han(cp) || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') ||
         (cp >= 'a' && cp <= 'z') || (cp >= U'０' && cp <= U'９') || (cp >= U'Ａ' && cp <= U'Ｚ') ||
         (cp >= U'ａ' && cp <= U'ｚ');
}
bool is_closing_bracket(char32_t cp) {
  return cp == ')' || cp == U'）' || cp == U'」' || cp == U'』' || cp == U'】' || cp == U'］' || cp == ']';
}

// Digit-like styles can be confused with one another mid-level (① ② (3)); katakana ones cannot.
bool digit_family(MarkerStyle style) {
  return style == MarkerStyle::circled || style == MarkerStyle::paren_digit || style == MarkerStyle::digit_period;
}

struct Segment {
  size_t begin;
  size_t end;
};

class Builder {
 public:
  Builder(std::string_view text, const Structure& structure, const MatchText& match)
      : text_(text), structure_(structure), match_(match) {}

  Lists build() {
    for (size_t index = 0; index < structure_.lines.size(); ++index) {
      const Line& line = structure_.lines[index];
      if (line.kind == LineKind::heading || chapter_heading(line)) {
        // A heading ends every list below it; lists numbered in headings (## 1．… ## 2．…) go on.
        while (!stack_.empty() && !out_.lists[stack_.back()].items.empty() &&
               !heading_item(out_.items[out_.lists[stack_.back()].items.front()])) {
          stack_.pop_back();
        }
      }
      if (line.markers.empty() || line.kind == LineKind::code) continue;
      std::vector<Segment> segments;
      if (line.cells.empty()) {
        segments.push_back(Segment{line.content_begin, line.end});
      } else {
        for (const Span& cell : line.cells) segments.push_back(Segment{cell.begin, cell.end});
      }
      for (const Segment& segment : segments) read_segment(index, line, segment);
    }
    for (ItemList& list : out_.lists) {
      bool table = true;
      for (size_t item : list.items) table = table && out_.items[item].in_table;
      list.in_table = table;
    }
    return std::move(out_);
  }

 private:
  bool heading_item(const ListItem& item) const {
    const Line& line = structure_.lines[item.line];
    return line.kind == LineKind::heading || chapter_heading(line);
  }

  // 「第1章 基本的考え方」「第3節 …」「第3部 …」: the chapter headings of Japanese official texts.
  bool chapter_heading(const Line& line) const {
    size_t pos = line.content_begin;
    if (text_.substr(pos, 3) != "第") return false;
    pos += 3;
    int digits = 0;
    while (pos < line.end) {
      size_t probe = pos;
      char32_t cp = next_code_point(text_, probe);
      bool digit = (cp >= '0' && cp <= '9') || (cp >= U'０' && cp <= U'９') || cp == U'一' || cp == U'二' ||
                   cp == U'三' || cp == U'四' || cp == U'五' || cp == U'六' || cp == U'七' || cp == U'八' ||
                   cp == U'九' || cp == U'十';
      if (!digit) break;
      ++digits;
      pos = probe;
    }
    if (digits == 0 || digits > 3 || pos >= line.end) return false;
    std::string_view unit = text_.substr(pos, 3);
    return unit == "章" || unit == "節" || unit == "部" || unit == "編";
  }

  // Whether a line between two tables, outside them, has words (kana or kanji) — a caption, not
  // page furniture such as 「- 12 -」. Far apart (more than a page break's few lines), always; a
  // line longer than page furniture ever is counts as a caption without being read to its end
  // (asked again for every row that could resume the list: a long line must not be re-read).
  bool captioned_between(size_t first_line, size_t last_line) const {
    constexpr size_t kMaxFurnitureBytes = 64;
    if (last_line > first_line + kMaxResumeGap) return true;
    for (size_t index = first_line + 1; index < last_line; ++index) {
      const Line& between = structure_.lines[index];
      if (between.kind == LineKind::table_row || between.kind == LineKind::blank) continue;
      if (between.end - between.begin > kMaxFurnitureBytes) return true;
      for (size_t pos = between.begin; pos < between.end;) {
        if (next_code_point(text_, pos) >= 0x3040) return true;
      }
    }
    return false;
  }

  // A table row as the structure reads it, or a row whose first cell is empty (PDF extraction
  // writes it as a line starting with a tab).
  bool table_line(const Line& line) const {
    return line.kind == LineKind::table_row || (line.end > line.begin && text_[line.begin] == '\t');
  }

  // Where the segment's text starts, after spaces, bullets and tags.
  size_t segment_start(const Segment& segment) const {
    size_t at = segment.begin;
    while (at < segment.end) {
      size_t probe = at;
      char32_t cp = next_code_point(text_, probe);
      bool bullet = cp == U'・' || cp == U'◆' || cp == U'■' || cp == U'●' || cp == U'○' || cp == U'◇' || cp == U'□' ||
                    cp == U'▶' || cp == U'➤' || cp == U'•' || ((cp == '-' || cp == '*') && probe < segment.end && text_[probe] == ' ');
      if (!(is_space(cp) || bullet || !structure_.is_prose(at))) break;
      at = probe;
    }
    return at;
  }

  void read_segment(size_t index, const Line& line, const Segment& segment) {
    std::vector<Marker> candidates;
    int circled_count = 0;
    const size_t start = segment_start(segment);
    auto first = std::lower_bound(line.markers.begin(), line.markers.end(), segment.begin,
                                  [](const Marker& marker, size_t offset) { return marker.begin < offset; });
    for (auto it = first; it != line.markers.end() && it->begin < segment.end; ++it) {
      Marker marker = *it;
      // A marker that opens its cell leads it (the structure counts only line starts for tab rows).
      if (marker.begin == start) marker.leads_line = true;
      if (marker.style == MarkerStyle::circled && !marker.leads_line &&
          is_citation_marker(text_, marker.begin, segment.begin)) {
        continue;
      }
      if (marker.style == MarkerStyle::circled) ++circled_count;
      candidates.push_back(marker);
    }
    // A lone circled number inside a sentence is a citation (⑬マテリアル…), not an item.
    std::erase_if(candidates, [&](const Marker& marker) {
      return marker.style == MarkerStyle::circled && !marker.leads_line && circled_count < 2;
    });
    // Katakana markers need ア or an open katakana list: 「ラ 2024」 is a word broken by PDF extraction.
    std::erase_if(candidates, [&](const Marker& marker) {
      if (marker.style != MarkerStyle::katakana && marker.style != MarkerStyle::paren_katakana) return false;
      if (marker.number == 1) return false;
      for (int open : stack_) {
        if (out_.lists[open].style == marker.style) return false;
      }
      return true;
    });
    if (candidates.empty()) return;
    std::vector<size_t> placed;
    if (candidates.front().style == MarkerStyle::circled && !candidates.front().leads_line) {
      // An enumeration inside a sentence: its own list, closed with the sentence.
      ItemList list;
      list.style = MarkerStyle::circled;
      list.parent = open_item();
      list.depth = stack_.empty() ? 0 : out_.lists[stack_.back()].depth + 1;
      list.in_sentence = true;
      int list_index = static_cast<int>(out_.lists.size());
      out_.lists.push_back(list);
      for (const Marker& marker : candidates) {
        if (marker.style != MarkerStyle::circled) continue;
        size_t item = new_item(marker, index, line);
        ItemList& run = out_.lists[list_index];
        if (!run.items.empty() && !continues(run, marker)) classify(run, out_.items[item]);
        append(list_index, item);
        placed.push_back(item);
      }
    } else {
      for (const Marker& marker : candidates) {
        size_t item = new_item(marker, index, line);
        place(item);
        placed.push_back(item);
      }
    }
    // Labels: up to the next item of the segment, or the segment's end.
    for (size_t k = 0; k < placed.size(); ++k) {
      ListItem& item = out_.items[placed[k]];
      size_t end = k + 1 < placed.size() ? out_.items[placed[k + 1]].marker.begin : segment.end;
      item.inline_run = placed.size() > 1;
      set_label(item, item.marker.end, end, index);
    }
  }

  size_t new_item(const Marker& marker, size_t index, const Line& line) {
    ListItem item;
    item.marker = marker;
    item.line = index;
    item.in_table = table_line(line);
    out_.items.push_back(item);
    return out_.items.size() - 1;
  }

  int open_item() const {
    if (stack_.empty()) return -1;
    const ItemList& top = out_.lists[stack_.back()];
    return top.items.empty() ? -1 : static_cast<int>(top.items.back());
  }

  const Marker& last_marker(const ItemList& list) const { return out_.items[list.items.back()].marker; }

  bool continues(const ItemList& list, const Marker& marker) const {
    if (list.items.empty()) return true;
    if (marker.sub_number == 0) return marker.number == list.max_number + 1;
    const Marker& last = last_marker(list);
    return (marker.number == list.max_number + 1 && marker.sub_number == 1) ||
           (marker.number == last.number && marker.number == list.max_number &&
            marker.sub_number == last.sub_number + 1);
  }

  void classify(const ItemList& list, ListItem& item) const {
    const Marker& last = last_marker(list);
    const Marker& marker = item.marker;
    item.expected = list.max_number + 1;
    if (marker.sub_number > 0 && marker.number == last.number) {
      if (marker.sub_number == last.sub_number) {
        item.issue = NumberingIssue::repeat;
      } else if (marker.sub_number > last.sub_number + 1) {
        item.issue = NumberingIssue::sub_gap;
        item.expected = last.number;
        item.expected_sub = last.sub_number + 1;
      } else {
        item.issue = NumberingIssue::order;
      }
    } else if (marker.number == last.number && marker.sub_number == last.sub_number) {
      item.issue = NumberingIssue::repeat;
    } else if (marker.number > list.max_number + 1) {
      item.issue = NumberingIssue::gap;
    } else {
      item.issue = NumberingIssue::order;
    }
  }

  void append(int list_index, size_t item_index) {
    ItemList& list = out_.lists[list_index];
    ListItem& item = out_.items[item_index];
    item.list = list_index;
    if (list.items.empty()) {
      list.first_number = item.marker.number;
      list.first_line = item.line;
    }
    list.items.push_back(item_index);
    list.max_number = std::max(list.max_number, item.marker.number);
    list.last_line = item.line;
  }

  // Restarts nest (a table of contents 1. 2., then the body from 1.); deeper than this, the oldest
  // open lists are closed so that a pathological input stays linear.
  static constexpr size_t kMaxOpenLists = 32;
  // Lines between a table's list and an item outside tables that resumes it from under newer lists.
  static constexpr size_t kMaxResumeGap = 8;

  int push_new_list(MarkerStyle style) {
    if (stack_.size() >= kMaxOpenLists) stack_.erase(stack_.begin());
    ItemList list;
    list.style = style;
    list.parent = open_item();
    list.depth = static_cast<int>(stack_.size());
    out_.lists.push_back(list);
    int index = static_cast<int>(out_.lists.size()) - 1;
    stack_.push_back(index);
    return index;
  }

  void place(size_t item_index) {
    const Marker marker = out_.items[item_index].marker;
    // 1. The next number of an open list of the same style (the innermost that fits). An item
    //    outside tables goes on a table's list from under the lists opened since only nearby, not
    //    pages later (⑩–⑬ of a table, then ① … ⑬ ⑭ in a paragraph: that ⑭ is not the table's).
    //    A table goes on another one only across page furniture (「- 12 -」), not across a caption
    //    (重点技術領域 ⑩–⑬, 「戦略分野ごとの検討体制（抜粋）」, then 戦略分野 ⑭–⑰).
    const size_t line = out_.items[item_index].line;
    const uint32_t table = structure_.table_of(line);
    for (size_t k = stack_.size(); k-- > 0;) {
      const ItemList& list = out_.lists[stack_[k]];
      if (!list.items.empty()) {
        const size_t list_line = out_.items[list.items.back()].line;
        const uint32_t list_table = structure_.table_of(list_line);
        if (k + 1 < stack_.size() && table == 0 && list_table != 0 && line > list_line + kMaxResumeGap) continue;
        if (table != 0 && list_table != 0 && list_table != table && list.style == marker.style &&
            continues(list, marker) && captioned_between(list_line, line)) {
          continue;
        }
      }
      if (list.style == marker.style && continues(list, marker)) {
        stack_.resize(k + 1);
        append(stack_.back(), item_index);
        return;
      }
    }
    // 2. A list starting at 1: a new list under the current item (or a restart).
    if (marker.number == 1 && marker.sub_number <= 1) {
      append(push_new_list(marker.style), item_index);
      return;
    }
    // 3. A number that does not fit the innermost open list of its style: a slip in it, unless
    //    the item enters or leaves a table, or is in another one (17 fields, a caption, then
    //    重点技術領域 ⑮ ⑯ ⑰).
    for (size_t k = stack_.size(); k-- > 0;) {
      const ItemList& list = out_.lists[stack_[k]];
      if (list.style != marker.style) continue;
      if (!list.items.empty() && structure_.table_of(out_.items[list.items.back()].line) != table) {
        stack_.resize(k);  // that table's list is over: the new one is its sibling, not its child
        break;
      }
      classify(list, out_.items[item_index]);
      stack_.resize(k + 1);
      append(stack_.back(), item_index);
      return;
    }
    // 4. No open list of this style: another style's sequence continued (① ② (3)), or an excerpt
    // that starts mid-sequence (３．).
    if (!stack_.empty()) {
      const ItemList& top = out_.lists[stack_.back()];
      if (top.style != marker.style && digit_family(top.style) && digit_family(marker.style) &&
          marker.number >= 2 && marker.sub_number == 0 && marker.number == top.max_number + 1 &&
          out_.items[top.items.back()].in_table == table_line(structure_.lines[out_.items[item_index].line])) {
        ListItem& item = out_.items[item_index];
        item.issue = NumberingIssue::mixed_style;
        item.expected = marker.number;
        append(stack_.back(), item_index);
        return;
      }
    }
    append(push_new_list(marker.style), item_index);
  }

  void set_label(ListItem& item, size_t begin, size_t end, size_t index) {
    auto trim = [&](size_t& from, size_t& to) {
      while (from < to) {
        size_t probe = from;
        char32_t cp = next_code_point(text_, probe);
        if (!(is_space(cp) || cp == U'．' || cp == '.' || cp == U'、' || !structure_.is_prose(from))) break;
        from = probe;
      }
      while (to > from) {
        size_t probe = to;
        char32_t cp = previous_code_point(text_, probe);
        if (!(is_space(cp) || cp == U'、' || cp == ',' || cp == U'，' || cp == U'。' || !structure_.is_prose(probe))) break;
        to = probe;
      }
    };
    trim(begin, end);
    if (begin >= end) {
      // The marker stands alone: PDF extraction put the item's text on the next non-blank line.
      for (size_t next = index + 1; next < structure_.lines.size() && next <= index + 3; ++next) {
        const Line& line = structure_.lines[next];
        if (line.kind == LineKind::blank) continue;
        if (!line.markers.empty() || line.kind == LineKind::heading || !line.cells.empty()) break;
        begin = line.content_begin;
        end = line.end;
        trim(begin, end);
        break;
      }
    }
    item.label = Span{begin, std::max(begin, end)};
    item.key = compact_key(match_.view_of(item.label.begin, item.label.end));
    item.restated = item.key.find("再掲") != std::string::npos;
  }

  std::string_view text_;
  const Structure& structure_;
  const MatchText& match_;
  Lists out_;
  std::vector<int> stack_;
};

}  // namespace

bool Lists::clean(size_t index) const {
  const ItemList& list = lists[index];
  if (list.items.empty() || list.first_number != 1) return false;
  for (size_t item : list.items) {
    if (items[item].issue != NumberingIssue::none) return false;
  }
  return true;
}

long Lists::item_at(size_t offset) const {
  auto it = std::lower_bound(items.begin(), items.end(), offset,
                             [](const ListItem& item, size_t value) { return item.marker.begin < value; });
  return it != items.end() && it->marker.begin == offset ? static_cast<long>(it - items.begin()) : -1;
}

bool is_citation_marker(std::string_view text, size_t offset, size_t segment_begin) {
  if (offset <= segment_begin) return false;
  size_t back = offset;
  char32_t previous = previous_code_point(text, back);
  return is_word_character(previous) || is_closing_bracket(previous);
}

Lists read_lists(std::string_view text, const Structure& structure, const MatchText& match) {
  return Builder(text, structure, match).build();
}

}  // namespace kosei
