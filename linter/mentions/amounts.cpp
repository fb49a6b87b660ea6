#include "mentions/amounts.h"

#include <algorithm>
#include <array>

#include "quantity/scan.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace kosei {
namespace {

constexpr size_t kNone = static_cast<size_t>(-1);
constexpr size_t kHeaderToTotal = 3;      // lines from a column heading to its total
constexpr size_t kHeadingToFigures = 3;   // lines from ●program to its figure line
constexpr size_t kSheetGap = 40;          // lines without sheet content that end a sheet
constexpr size_t kTitleSearch = 12;       // lines searched upwards for a sheet title
constexpr size_t kExpertsSubject = 8;     // lines searched upwards for a working group's name
constexpr size_t kExpertsRunGap = 8;      // lines between two expert counts of one run
constexpr size_t kSentenceGap = 60;       // bytes (about 20 characters) from a figure's name to the amount
// The most of a line before an amount read as its sentence (about 1,000 characters; a policy
// sentence is far shorter). Unbounded, a line of many amounts without 。 was read again for each:
// quadratic (80,000 amounts on one line: 90 s).
constexpr size_t kSentenceContext = 3072;  // bytes

// The last `size` bytes of `text` or fewer, from a character boundary.
std::string_view tail_of(std::string_view text, size_t size) {
  if (text.size() <= size) return text;
  size_t cut = text.size() - size;
  while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
  return text.substr(cut);
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
bool contains(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }

// Strips spaces (ASCII, tab, U+3000) and Markdown emphasis at both ends.
std::string_view trim(std::string_view s) {
  for (;;) {
    if (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '*')) {
      s.remove_prefix(1);
    } else if (starts_with(s, "\u3000")) {
      s.remove_prefix(3);
    } else {
      break;
    }
  }
  for (;;) {
    if (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '*' || s.back() == '\r')) {
      s.remove_suffix(1);
    } else if (ends_with(s, "\u3000")) {
      s.remove_suffix(3);
    } else {
      break;
    }
  }
  return s;
}

// Column heading of a budget statement: 令和8年度予算額（案）, （前年度予算額）, 令和7年度補正予算額.
std::optional<FigureKind> budget_heading_kind(std::string_view s) {
  if (!contains(s, "予算")) return std::nullopt;
  if (!contains(s, "額") && !contains(s, "案")) return std::nullopt;
  if (contains(s, "補正")) return FigureKind::supplementary;
  if (contains(s, "前年度")) return FigureKind::previous;
  return FigureKind::initial;
}

int fiscal_year_in(std::string_view s) {
  for (const DateExpr& date : find_dates(s)) {
    if (date.year > 0) return date.year;
  }
  return 0;
}

struct Sheet {
  bool open = false;
  int initial_year = 0;
  int supplementary_year = 0;
  std::string title;
  int title_canon = -1;
  std::array<size_t, 4> totals{kNone, kNone, kNone, kNone};  // by FigureKind
  std::vector<size_t> items;
  size_t last_line = 0;
  bool has_items() const { return !items.empty(); }
};

class Finder {
 public:
  Finder(std::string_view text, const SourceMap& map, const Structure& structure,
         const std::vector<FieldMention>& field_mentions, const CanonData& canon, const FigureCanon& figures)
      : text_(text), map_(map), structure_(structure), fields_(field_mentions), canon_(canon), figures_(figures) {
    for (const CanonFigure& figure : figures_.figures) {
      for (const std::string& phrase : figure.match) longest_phrase_ = std::max(longest_phrase_, phrase.size());
    }
  }

  DocumentAmounts run() {
    QuantitiesAndDates found = find_quantities_and_dates(text_);
    for (const Quantity& quantity : found.quantities) {
      if (quantity.end <= quantity.begin || !structure_.is_prose(Span{quantity.begin, quantity.end})) continue;
      AmountMention mention;
      mention.quantity = quantity;
      mention.line = map_.line_index_of(quantity.begin);
      out_.amounts.push_back(std::move(mention));
    }
    for (const DateExpr& date : found.dates) {
      if (date.end > date.begin && structure_.is_prose(Span{date.begin, date.end})) out_.dates.push_back(date);
    }
    by_line_.assign(structure_.lines.size(), {});
    for (size_t i = 0; i < out_.amounts.size(); ++i) {
      if (out_.amounts[i].line < by_line_.size()) by_line_[out_.amounts[i].line].push_back(i);
    }
    out_.rounding_note = contains(text_, "四捨五入") || contains(text_, "端数処理") || contains(text_, "端数を");
    find_experts();
    find_tables();
    find_sheets();
    find_sentences();
    return std::move(out_);
  }

 private:
  std::string_view line_text(size_t line) const {
    const Line& l = structure_.lines[line];
    return text_.substr(l.begin, l.end - l.begin);
  }
  std::string_view content(size_t line) const {
    const Line& l = structure_.lines[line];
    return trim(text_.substr(l.content_begin, l.end - l.content_begin));
  }
  bool is_blank(size_t line) const { return content(line).empty(); }
  std::string_view written(const AmountMention& m) const {
    return text_.substr(m.quantity.begin, m.quantity.end - m.quantity.begin);
  }
  // The line is exactly one quantity (and returns its index), ignoring emphasis and spaces.
  size_t only_quantity(size_t line) const {
    if (by_line_[line].size() != 1) return kNone;
    size_t index = by_line_[line][0];
    return content(line) == trim(written(out_.amounts[index])) ? index : kNone;
  }
  bool is_note(size_t line) const { return starts_with(content(line), "※"); }
  bool is_heading_line(size_t line) const {
    std::string_view c = content(line);
    return c.size() <= 60 && !is_note(line) && structure_.lines[line].heading_level == 0 &&
           budget_heading_kind(c).has_value() &&
           (by_line_[line].empty() || only_trailing_quantity(line) != kNone);
  }
  // 令和8年度予算額（案） 181億円: a heading followed by one amount on the same line.
  size_t only_trailing_quantity(size_t line) const {
    if (by_line_[line].size() != 1) return kNone;
    size_t index = by_line_[line][0];
    const AmountMention& m = out_.amounts[index];
    if (m.quantity.unit != "円") return kNone;
    std::string_view after = trim(text_.substr(m.quantity.end, structure_.lines[line].end - m.quantity.end));
    return after.empty() ? index : kNone;
  }

  // ---- 有識者 N名 ------------------------------------------------------------------------------
  void find_experts() {
    for (size_t i = 0; i < out_.amounts.size(); ++i) {
      AmountMention& m = out_.amounts[i];
      if (m.quantity.unit != "名" && m.quantity.unit != "人") continue;
      if (m.quantity.is_range() || m.quantity.qualifier != Qualifier::exact) continue;
      const Line& line = structure_.lines[m.line];
      std::string_view before = trim(text_.substr(line.begin, m.quantity.begin - line.begin));
      std::string_view after = trim(text_.substr(m.quantity.end, line.end - m.quantity.end));
      if (starts_with(after, "+") || starts_with(after, "＋")) continue;  // 4名+テーマごとに2名
      size_t experts = before.rfind("有識者");
      if (experts == std::string_view::npos) continue;
      std::string_view between = before.substr(experts + std::string_view("有識者").size());
      if (between.empty() || between == ":" || between == "：") {
        m.role = FigureRole::experts;
        attach_working_group(m);
      } else if (between.size() <= 15 && (contains(between, "合計") || contains(between, "計") || contains(between, "総数"))) {
        m.role = FigureRole::experts_total;
      }
    }
    for (size_t i = 0; i < out_.amounts.size(); ++i) {
      if (out_.amounts[i].role == FigureRole::experts_total) experts_sum(i);
    }
  }

  // The working group a count belongs to: a canonical member named on the same line, or at the
  // start of one of the lines above (① AI・半導体 **新設 AI・半導体WG** 1月～ … ・有識者9名).
  void attach_working_group(AmountMention& m) {
    const FieldMention* found = nullptr;
    // Only a numbered name at the start of a line is the row's subject (① AI・半導体, ③【スタートアップ】);
    // names in the ministries' list of the same line (・関係省庁（…金融…）) are not.
    auto leads = [&](const FieldMention& mention, size_t line) {
      return mention.line == line && mention.number && mention.span.begin <= structure_.lines[line].content_begin + 16;
    };
    for (const FieldMention& mention : fields_) {
      if (leads(mention, m.line) && mention.span.begin < m.quantity.begin) {
        found = &mention;
        break;
      }
    }
    for (size_t back = 1; !found && back <= kExpertsSubject && back <= m.line; ++back) {
      size_t line = m.line - back;
      bool other_count = false;
      for (size_t index : by_line_[line]) other_count |= out_.amounts[index].role == FigureRole::experts;
      if (other_count || contains(line_text(line), "有識者")) break;
      for (const FieldMention& mention : fields_) {
        if (leads(mention, line)) {
          found = &mention;
          break;
        }
      }
    }
    if (!found || found->refs.empty()) return;
    MemberRef chosen = found->refs.front();
    for (const MemberRef& ref : found->refs) {
      if (canon_.lists[ref.list].members[ref.member].experts > 0) {
        chosen = ref;
        break;
      }
    }
    m.member = chosen;
    m.label = canon_.lists[chosen.list].members[chosen.member].name;
  }

  void experts_sum(size_t total) {
    const AmountMention& t = out_.amounts[total];
    std::vector<size_t> parts;
    auto add = [&](size_t index) {
      const AmountMention& m = out_.amounts[index];
      for (size_t other : parts) {
        if (out_.amounts[other].member == m.member) return;
      }
      parts.push_back(index);
    };
    size_t previous_line = t.line;
    for (size_t i = total; i-- > 0;) {
      const AmountMention& m = out_.amounts[i];
      if (m.role == FigureRole::experts_total) break;
      if (m.role != FigureRole::experts || !m.member) continue;
      if (previous_line - m.line > kExpertsRunGap) break;
      add(i);
      previous_line = m.line;
    }
    if (parts.empty()) {
      previous_line = t.line;
      for (size_t i = total + 1; i < out_.amounts.size(); ++i) {
        const AmountMention& m = out_.amounts[i];
        if (m.role == FigureRole::experts_total) break;
        if (m.role != FigureRole::experts || !m.member) continue;
        if (m.line - previous_line > kExpertsRunGap) break;
        add(i);
        previous_line = m.line;
      }
    }
    std::sort(parts.begin(), parts.end());
    if (parts.size() >= 2) out_.sums.push_back(AmountSum{total, std::move(parts), AmountSum::Shape::experts});
  }

  // ---- tables ----------------------------------------------------------------------------------
  size_t cell_quantity(Span cell) const {
    size_t line = map_.line_index_of(cell.begin);
    size_t found = kNone;
    for (size_t index : by_line_[line]) {
      const AmountMention& m = out_.amounts[index];
      if (m.quantity.begin >= cell.begin && m.quantity.end <= cell.end) {
        if (found != kNone) return kNone;
        found = index;
      }
    }
    if (found == kNone) return kNone;
    std::string_view cell_text = trim(text_.substr(cell.begin, cell.end - cell.begin));
    return cell_text == trim(written(out_.amounts[found])) ? found : kNone;
  }

  static bool is_total_label(std::string_view label) {
    return contains(label, "合計") || label == "計" || label == "総計" || label == "総額";
  }

  void find_tables() {
    const std::vector<Line>& lines = structure_.lines;
    for (size_t first = 0; first < lines.size();) {
      if (lines[first].kind != LineKind::table_row || lines[first].cells.size() < 2) {
        ++first;
        continue;
      }
      size_t last = first;
      while (last + 1 < lines.size() && lines[last + 1].kind == LineKind::table_row && lines[last + 1].cells.size() >= 2) {
        ++last;
      }
      table(first, last);
      first = last + 1;
    }
  }

  void table(size_t first, size_t last) {
    const std::vector<Line>& lines = structure_.lines;
    const Line& header = lines[first];
    const size_t columns = header.cells.size();
    std::vector<FigureKind> kind(columns, FigureKind::none);
    std::vector<int> year(columns, 0);
    std::vector<bool> total_column(columns, false);
    int initial_year = 0;
    for (size_t j = 0; j < columns; ++j) {
      std::string_view cell = trim(text_.substr(header.cells[j].begin, header.cells[j].end - header.cells[j].begin));
      if (auto k = budget_heading_kind(cell)) {
        kind[j] = *k;
        year[j] = fiscal_year_in(cell);
        if (*k == FigureKind::initial && year[j]) initial_year = year[j];
      }
      total_column[j] = j > 0 && is_total_label(cell);
    }
    for (size_t j = 0; j < columns; ++j) {
      if (kind[j] != FigureKind::none && year[j] == 0 && initial_year) {
        year[j] = initial_year - 1;  // 前年度予算額; 補正 of the year before the 当初
      }
    }
    // grid[r][j]: mention index or kNone
    std::vector<std::vector<size_t>> grid;
    std::vector<bool> total_row;
    for (size_t r = first + 1; r <= last; ++r) {
      const Line& row = lines[r];
      std::vector<size_t> cells(columns, kNone);
      std::string label(trim(text_.substr(row.cells[0].begin, row.cells[0].end - row.cells[0].begin)));
      bool is_total = is_total_label(label);
      for (size_t j = 1; j < columns && j < row.cells.size(); ++j) {
        size_t index = cell_quantity(row.cells[j]);
        if (index == kNone || out_.amounts[index].role != FigureRole::plain) continue;
        cells[j] = index;
        AmountMention& m = out_.amounts[index];
        m.role = (is_total || total_column[j]) ? FigureRole::total : FigureRole::item;
        m.kind = kind[j];
        m.fiscal_year = year[j];
        m.label = is_total ? "" : label;
        if (!is_total && kind[j] != FigureKind::none) m.canon_figure = figures_.find_in(normalize_string(label));
      }
      grid.push_back(std::move(cells));
      total_row.push_back(is_total);
    }
    // A 合計 row: each column's cells above it, up to the previous 合計 row.
    size_t block_begin = 0;
    for (size_t r = 0; r < grid.size(); ++r) {
      if (!total_row[r]) continue;
      for (size_t j = 1; j < columns; ++j) {
        if (grid[r][j] == kNone) continue;
        std::vector<size_t> parts;
        for (size_t p = block_begin; p < r; ++p) {
          if (grid[p][j] != kNone) parts.push_back(grid[p][j]);
        }
        if (parts.size() >= 2) out_.sums.push_back(AmountSum{grid[r][j], std::move(parts), AmountSum::Shape::table_column});
      }
      block_begin = r + 1;
    }
    // A 合計 column: the other figures of each row.
    for (size_t j = 1; j < columns; ++j) {
      if (!total_column[j]) continue;
      for (size_t r = 0; r < grid.size(); ++r) {
        if (grid[r][j] == kNone) continue;
        std::vector<size_t> parts;
        for (size_t k = 1; k < columns; ++k) {
          if (k != j && !total_column[k] && grid[r][k] != kNone) parts.push_back(grid[r][k]);
        }
        if (parts.size() >= 2) out_.sums.push_back(AmountSum{grid[r][j], std::move(parts), AmountSum::Shape::table_row});
      }
    }
  }

  // ---- budget sheets ---------------------------------------------------------------------------
  std::string sheet_title(size_t heading_line) const {
    for (size_t back = 1; back <= kTitleSearch && back <= heading_line; ++back) {
      size_t line = heading_line - back;
      if (is_blank(line) || is_heading_line(line) || only_quantity(line) != kNone || is_note(line)) continue;
      return std::string(content(line));
    }
    return "";
  }

  void close_sheet(Sheet& sheet) {
    if (sheet.open) {
      for (size_t k = 1; k < sheet.totals.size(); ++k) {
        if (sheet.totals[k] == kNone) continue;
        std::vector<size_t> parts;
        for (size_t item : sheet.items) {
          if (static_cast<size_t>(out_.amounts[item].kind) == k) parts.push_back(item);
        }
        if (parts.size() >= 2) out_.sums.push_back(AmountSum{sheet.totals[k], std::move(parts), AmountSum::Shape::sheet});
      }
    }
    sheet = Sheet{};
  }

  void add_total(Sheet& sheet, size_t index, FigureKind kind, int year, size_t line) {
    AmountMention& m = out_.amounts[index];
    if (m.role != FigureRole::plain || m.quantity.unit != "円") return;
    m.role = FigureRole::total;
    m.kind = kind;
    m.fiscal_year = year;
    m.label = sheet.title;
    m.canon_figure = sheet.title_canon;
    if (sheet.totals[static_cast<size_t>(kind)] == kNone) sheet.totals[static_cast<size_t>(kind)] = index;
    sheet.last_line = line;
  }

  void find_sheets() {
    Sheet sheet;
    struct Pending {
      FigureKind kind = FigureKind::none;
      int year = 0;
      size_t line = kNone;
    } heading;
    size_t program_line = kNone;
    std::string program;
    for (size_t line = 0; line < structure_.lines.size(); ++line) {
      if (is_blank(line)) continue;
      const LineKind kind = structure_.lines[line].kind;
      if (kind == LineKind::code || kind == LineKind::non_prose) continue;
      std::string_view c = content(line);
      if (sheet.open && line - sheet.last_line > kSheetGap) close_sheet(sheet);
      if (is_note(line)) {
        // ※[]内は令和7年度補正予算額
        if ((contains(c, "[]") || contains(c, "［］") || contains(c, "[ ]")) && contains(c, "補正") && sheet.open) {
          if (int year = fiscal_year_in(c)) sheet.supplementary_year = year;
          sheet.last_line = line;
        }
        continue;
      }
      if (is_heading_line(line)) {
        FigureKind k = *budget_heading_kind(c);
        int year = fiscal_year_in(c);
        const bool has_totals = std::any_of(sheet.totals.begin(), sheet.totals.end(), [](size_t t) { return t != kNone; });
        if (!sheet.open || sheet.has_items() || !has_totals ||
            (heading.line == kNone && sheet.totals[static_cast<size_t>(k)] != kNone)) {
          close_sheet(sheet);
          sheet.open = true;
          sheet.title = sheet_title(line);
          sheet.title_canon = figures_.find_in(normalize_string(sheet.title));
        }
        if (k == FigureKind::initial && year) sheet.initial_year = year;
        if (k == FigureKind::previous && !year && sheet.initial_year) year = sheet.initial_year - 1;
        if (k == FigureKind::supplementary && year) sheet.supplementary_year = year;
        sheet.last_line = line;
        size_t inline_total = only_trailing_quantity(line);
        if (inline_total != kNone) {
          add_total(sheet, inline_total, k, year, line);
          heading = Pending{};
        } else {
          heading = Pending{k, year, line};
        }
        continue;
      }
      size_t alone = only_quantity(line);
      if (alone != kNone && heading.line != kNone && line - heading.line <= kHeaderToTotal) {
        add_total(sheet, alone, heading.kind, heading.year, line);
        heading = Pending{};
        continue;
      }
      const Line& l = structure_.lines[line];
      std::string_view bullet = text_.substr(l.begin, l.content_begin - l.begin);
      if (contains(bullet, "●")) {
        program_line = line;
        program = std::string(c);
        continue;
      }
      if (program_line != kNone && line - program_line <= kHeadingToFigures && sheet.open) {
        if (sheet_line(sheet, line, program)) {
          program_line = kNone;
          continue;
        }
      }
    }
    close_sheet(sheet);
  }

  // 21.9億円（21.9億円）［10.1億円］ under a program heading. Returns false if the line is not that.
  bool sheet_line(Sheet& sheet, size_t line, const std::string& label) {
    const std::vector<size_t>& found = by_line_[line];
    if (found.empty() || found.size() > 3) return false;
    std::string_view rest = content(line);
    std::array<FigureKind, 3> kinds{};
    for (size_t n = 0; n < found.size(); ++n) {
      const AmountMention& m = out_.amounts[found[n]];
      if (m.quantity.unit != "円" || m.role != FigureRole::plain) return false;
      std::string_view w = written(m);
      size_t at = rest.find(w);
      if (at == std::string_view::npos) return false;
      std::string_view open = trim(rest.substr(0, at));
      rest = rest.substr(at + w.size());
      if (n == 0 && open.empty()) {
        kinds[n] = FigureKind::initial;
      } else if (n > 0 && (open == "（" || open == "(")) {
        kinds[n] = FigureKind::previous;
      } else if (n > 0 && (open == "[" || open == "［" || open == "【")) {
        kinds[n] = FigureKind::supplementary;
      } else {
        return false;
      }
      rest = trim(rest);
      if (n > 0) {
        if (!(starts_with(rest, "）") || starts_with(rest, ")") || starts_with(rest, "]") || starts_with(rest, "］") ||
              starts_with(rest, "】"))) {
          return false;
        }
        rest.remove_prefix(starts_with(rest, ")") || starts_with(rest, "]") ? 1 : 3);
      }
    }
    if (!trim(rest).empty()) return false;
    int canon = figures_.find_in(normalize_string(label));
    for (size_t n = 0; n < found.size(); ++n) {
      AmountMention& m = out_.amounts[found[n]];
      m.role = FigureRole::item;
      m.kind = kinds[n];
      m.label = label;
      m.canon_figure = canon;
      switch (kinds[n]) {
        case FigureKind::initial: m.fiscal_year = sheet.initial_year; break;
        case FigureKind::previous: m.fiscal_year = sheet.initial_year ? sheet.initial_year - 1 : 0; break;
        case FigureKind::supplementary:
          m.fiscal_year = sheet.supplementary_year ? sheet.supplementary_year
                                                   : (sheet.initial_year ? sheet.initial_year - 1 : 0);
          break;
        case FigureKind::none: break;
      }
      sheet.items.push_back(found[n]);
    }
    sheet.last_line = line;
    return true;
  }

  // ---- sentences naming a canonical figure -----------------------------------------------------
  void find_sentences() {
    if (figures_.figures.empty()) return;
    // Sheets in text order, for the kind of a figure written under a sheet without its own kind.
    std::vector<const AmountMention*> sheet_totals;
    for (const AmountMention& m : out_.amounts) {
      if (m.role == FigureRole::total && m.kind != FigureKind::none) sheet_totals.push_back(&m);
    }
    for (AmountMention& m : out_.amounts) {
      if (m.role != FigureRole::plain || m.quantity.unit != "円") continue;
      const Line& line = structure_.lines[m.line];
      std::string_view prefix = tail_of(text_.substr(line.begin, m.quantity.begin - line.begin), kSentenceContext);
      size_t stop = prefix.rfind("。");
      if (stop != std::string_view::npos) prefix.remove_prefix(stop + 3);
      // Only the end of the sentence can hold the figure's name: normalized is its tail, with room
      // for NFKC to shrink it (full-width letters: 3 bytes to 1) and to join a first character.
      std::string normalized = normalize_string(tail_of(prefix, 4 * (kSentenceGap + longest_phrase_) + 16));
      int canon = figures_.find_near_end(normalized, kSentenceGap);
      if (canon < 0) continue;
      FigureKind kind = FigureKind::none;
      if (contains(prefix, "補正")) {
        kind = FigureKind::supplementary;
      } else if (contains(prefix, "前年度")) {
        kind = FigureKind::previous;
      } else if (contains(prefix, "予算案") || contains(prefix, "当初予算") || contains(prefix, "予算額")) {
        kind = FigureKind::initial;
      }
      int year = fiscal_year_in(prefix);
      if (kind == FigureKind::none) {
        // Under a sheet that has a single column (令和7年度補正予算額 / 370億円 … 76億円を別途計上).
        // The totals of the last sheet above (same title), if it is near.
        const AmountMention* last = nullptr;
        for (const AmountMention* total : sheet_totals) {
          if (total->line <= m.line) last = total;
        }
        if (!last || m.line - last->line > kSheetGap) continue;
        std::vector<std::pair<FigureKind, int>> near;
        for (const AmountMention* total : sheet_totals) {
          if (total->line <= m.line && total->label == last->label && m.line - total->line <= kSheetGap) {
            near.push_back({total->kind, total->fiscal_year});
          }
        }
        if (near.empty()) continue;
        bool single = std::all_of(near.begin(), near.end(), [&](const auto& k) { return k.first == near.back().first; });
        if (!single) continue;
        kind = near.back().first;
        if (!year) year = near.back().second;
      }
      m.role = FigureRole::sentence;
      m.kind = kind;
      m.fiscal_year = year;
      m.canon_figure = canon;
      m.label = figures_.figures[static_cast<size_t>(canon)].label;
    }
  }

  std::string_view text_;
  const SourceMap& map_;
  const Structure& structure_;
  const std::vector<FieldMention>& fields_;
  const CanonData& canon_;
  const FigureCanon& figures_;
  DocumentAmounts out_;
  std::vector<std::vector<size_t>> by_line_;
  size_t longest_phrase_ = 0;  // bytes of the longest phrase of a canonical figure
};

}  // namespace

DocumentAmounts find_amounts(std::string_view text, const SourceMap& map, const Structure& structure,
                             const std::vector<FieldMention>& field_mentions, const CanonData& canon,
                             const FigureCanon& figures) {
  return Finder(text, map, structure, field_mentions, canon, figures).run();
}

}  // namespace kosei
