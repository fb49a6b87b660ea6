#include "canon/figures.h"

#include <algorithm>
#include <string_view>

#include "canon/toml_reader.h"
#include "text/normalize.h"

namespace kosei {
namespace {

std::optional<FigureKind> parse_kind(std::string_view name) {
  if (name == "initial") return FigureKind::initial;
  if (name == "previous") return FigureKind::previous;
  if (name == "supplementary") return FigureKind::supplementary;
  return std::nullopt;
}

// Reads one [[figure]]; problems go to `reader` (file:line:column).
CanonFigure read_figure(TomlReader& reader, const toml::table& table) {
  CanonFigure figure;
  reader.check_keys(table, {"id", "label", "match", "value", "source"});
  figure.id = reader.required_string(table, "id");
  figure.label = reader.required_string(table, "label");
  for (const std::string& phrase : reader.string_array(table, "match")) {
    std::string normalized = normalize_string(phrase);
    if (normalized.empty() && !reader.failed()) reader.fail(table, "match に空の文字列があります");
    figure.match.push_back(std::move(normalized));
  }
  if (figure.match.empty()) figure.match.push_back(normalize_string(figure.label));
  figure.source = reader.optional_string(table, "source");
  for (const toml::table* value_table : reader.table_array(table, "value")) {
    if (reader.failed()) break;
    reader.check_keys(*value_table, {"fiscal_year", "kind", "amount"});
    CanonFigureValue value;
    value.fiscal_year = reader.required_int(*value_table, "fiscal_year", 1868, 2999);
    std::string kind = reader.required_string(*value_table, "kind");
    value.written = reader.required_string(*value_table, "amount");
    if (reader.failed()) break;
    if (auto parsed_kind = parse_kind(kind)) {
      value.kind = *parsed_kind;
    } else {
      reader.fail(*value_table, "kind は initial / previous / supplementary のいずれかです（「" + kind + "」）");
      break;
    }
    auto quantity = parse_quantity(value.written);
    if (!quantity || quantity->end != value.written.size() || quantity->is_range() ||
        quantity->qualifier != Qualifier::exact) {
      reader.fail(*value_table, "amount「" + value.written + "」を金額・件数として読めません（例: \"21.9億円\"）");
      break;
    }
    value.amount = *quantity;
    if (figure.value_for(value.fiscal_year, value.kind)) {
      reader.fail(*value_table, "同じ年度・種別の値が重複しています");
      break;
    }
    figure.values.push_back(std::move(value));
  }
  return figure;
}

void validate_figures(const toml::table& root, TomlReader& reader) {
  std::vector<std::string> ids;
  for (const toml::table* table : reader.table_array(root, "figure")) {
    if (reader.failed()) return;
    CanonFigure figure = read_figure(reader, *table);
    if (reader.failed()) return;
    if (std::find(ids.begin(), ids.end(), figure.id) != ids.end()) {
      reader.fail(*table, "figure の id「" + figure.id + "」が重複しています");
      return;
    }
    ids.push_back(figure.id);
  }
}

const bool kRegistered = [] {
  register_canon_section("figure", &validate_figures);
  return true;
}();

}  // namespace

const char* figure_kind_name(FigureKind kind) {
  switch (kind) {
    case FigureKind::initial: return "initial";
    case FigureKind::previous: return "previous";
    case FigureKind::supplementary: return "supplementary";
    case FigureKind::none: break;
  }
  return "none";
}

const char* figure_kind_name_ja(FigureKind kind) {
  switch (kind) {
    case FigureKind::initial: return "予算額";
    case FigureKind::previous: return "予算額（前年度）";
    case FigureKind::supplementary: return "補正予算額";
    case FigureKind::none: break;
  }
  return "";
}

const CanonFigureValue* CanonFigure::value_for(int fiscal_year, FigureKind kind) const {
  for (const CanonFigureValue& value : values) {
    if (value.fiscal_year == fiscal_year && value.kind == kind) return &value;
  }
  return nullptr;
}

FigureCanon::FigureCanon(const CanonData& canon) {
  (void)kRegistered;
  for (const CanonData::Document& document : canon.documents) {
    if (!document.table) continue;
    TomlReader reader(document.path);
    for (const toml::table* table : reader.table_array(*document.table, "figure")) {
      CanonFigure figure = read_figure(reader, *table);
      if (reader.failed()) break;  // cannot happen: validated when loaded
      figure.file = document.path;
      auto existing = std::find_if(figures.begin(), figures.end(),
                                   [&](const CanonFigure& other) { return other.id == figure.id; });
      if (existing != figures.end()) {
        *existing = std::move(figure);
      } else {
        figures.push_back(std::move(figure));
      }
    }
  }
}

int FigureCanon::find_in(const std::string& normalized_text) const {
  int best = -1;
  size_t best_length = 0;
  for (size_t i = 0; i < figures.size(); ++i) {
    for (const std::string& phrase : figures[i].match) {
      if (phrase.size() > best_length && normalized_text.find(phrase) != std::string::npos) {
        best = static_cast<int>(i);
        best_length = phrase.size();
      }
    }
  }
  return best;
}

namespace {

// string_view::rfind, with the first byte tested before the rest is compared (libstdc++ calls
// memcmp at every position; this runs for every amount in 円 against every canonical phrase).
size_t rfind_phrase(std::string_view text, std::string_view phrase) {
  if (phrase.empty()) return text.size();
  if (phrase.size() > text.size()) return std::string_view::npos;
  for (size_t pos = text.size() - phrase.size() + 1; pos-- > 0;) {
    if (text[pos] == phrase[0] && text.compare(pos, phrase.size(), phrase) == 0) return pos;
  }
  return std::string_view::npos;
}

}  // namespace

int FigureCanon::find_near_end(const std::string& normalized_text, size_t max_gap) const {
  int best = -1;
  size_t best_end = 0, best_length = 0;
  for (size_t i = 0; i < figures.size(); ++i) {
    for (const std::string& phrase : figures[i].match) {
      // Only an occurrence ending within max_gap of the end counts, and the last one is the
      // closest: search the tail that can hold it, not the whole sentence.
      const size_t window = max_gap + phrase.size();
      const size_t from = normalized_text.size() > window ? normalized_text.size() - window : 0;
      const size_t found = rfind_phrase(std::string_view(normalized_text).substr(from), phrase);
      if (found == std::string_view::npos) continue;
      size_t at = from + found;
      size_t end = at + phrase.size();
      if (normalized_text.size() - end > max_gap) continue;
      if (best < 0 || end > best_end || (end == best_end && phrase.size() > best_length)) {
        best = static_cast<int>(i);
        best_end = end;
        best_length = phrase.size();
      }
    }
  }
  return best;
}

}  // namespace kosei
