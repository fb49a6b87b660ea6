#include "suppress/suppress.h"

#include <algorithm>

#include "app/document.h"
#include "checks/check.h"

namespace kosei {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::vector<std::string> split_rules(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  for (char c : text) {
    if (c == ',' || is_space(c)) {
      if (!current.empty()) out.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

// Lines inside fenced code blocks (``` or ~~~), where a directive is an example, not a directive.
std::vector<bool> fenced_lines(const Document& document) {
  const std::string& text = document.text();
  std::vector<bool> fenced(document.map.line_count(), false);
  std::string fence;  // the opening fence while inside a block
  for (size_t i = 0; i < fenced.size(); ++i) {
    std::string_view line(text.data() + document.map.line_begin(i), document.map.line_end(i) - document.map.line_begin(i));
    size_t indent = 0;
    while (indent < line.size() && indent < 3 && line[indent] == ' ') ++indent;
    line.remove_prefix(indent);
    bool is_fence = line.substr(0, 3) == "```" || line.substr(0, 3) == "~~~";
    if (fence.empty()) {
      if (is_fence) {
        size_t n = 0;
        while (n < line.size() && line[n] == line[0]) ++n;
        fence = std::string(line.substr(0, n));
        fenced[i] = true;
      }
    } else {
      fenced[i] = true;
      if (is_fence && line.substr(0, fence.size()) == fence &&
          line.find_first_not_of(std::string(1, fence[0]) + " \t\r") == std::string_view::npos) {
        fence.clear();
      }
    }
  }
  return fenced;
}

}  // namespace

Suppressions parse_suppressions(const Document& document) {
  Suppressions result;
  const std::string& text = document.text();
  std::vector<size_t> open;  // indices of disable regions not yet closed
  size_t line_count = document.map.line_count();
  std::vector<bool> fenced;
  for (size_t pos = text.find("<!--"); pos != std::string::npos; pos = text.find("<!--", pos + 4)) {
    size_t close = text.find("-->", pos + 4);
    if (close == std::string::npos) break;
    std::string_view body(text.data() + pos + 4, close - pos - 4);
    size_t start = 0;
    while (start < body.size() && is_space(body[start])) ++start;
    body.remove_prefix(start);
    if (body.substr(0, 6) != "kosei-") continue;
    size_t line_index = document.map.line_index_of(pos);
    if (fenced.empty()) fenced = fenced_lines(document);
    if (line_index < fenced.size() && fenced[line_index]) continue;  // an example in a fenced code block
    if (pos > 0 && text[pos - 1] == '`') continue;  // inline code
    size_t word_end = 0;
    while (word_end < body.size() && !is_space(body[word_end])) ++word_end;
    std::string_view word = body.substr(0, word_end);
    Location location = locate(document, Span{pos, close + 3});
    std::string comment = text.substr(pos, close + 3 - pos);
    std::string line_text = text.substr(document.map.line_begin(line_index),
                                        document.map.line_end(line_index) - document.map.line_begin(line_index));
    std::vector<std::string> rules = split_rules(body.substr(word_end));
    if (word != "kosei-disable-next-line" && word != "kosei-disable" && word != "kosei-enable") {
      result.problems.push_back({location, comment, line_text, "不明な指示「" + std::string(word) +
                                                 "」です（kosei-disable-next-line・kosei-disable・kosei-enable のいずれか）"});
      continue;
    }
    for (const std::string& rule : rules) {
      if (!find_check(rule)) result.problems.push_back({location, comment, line_text, "抑制コメントの未知のルール「" + rule + "」です"});
    }
    if (rules.empty()) rules.push_back("");  // every rule
    if (word == "kosei-disable-next-line") {
      // The next line that is not blank (the comment may stand above a paragraph after a blank line).
      size_t next = document.map.line_index_of(close + 3) + 1;
      while (next < line_count && document.map.line_end(next) == document.map.line_begin(next)) ++next;
      for (const std::string& rule : rules) result.directives.push_back(Suppression{rule, location, comment, line_text, next + 1, next + 1});
    } else if (word == "kosei-disable") {
      for (const std::string& rule : rules) {
        open.push_back(result.directives.size());
        result.directives.push_back(Suppression{rule, location, comment, line_text, line_index + 1, line_count});
      }
    } else {
      // kosei-enable RULE closes the open regions of RULE; kosei-enable alone closes every region.
      bool all = rules.size() == 1 && rules[0].empty();
      std::erase_if(open, [&](size_t index) {
        Suppression& region = result.directives[index];
        if (!all && std::find(rules.begin(), rules.end(), region.rule) == rules.end()) return false;
        region.last_line = line_index + 1;
        return true;
      });
    }
  }
  return result;
}

void apply_suppressions(Suppressions& suppressions, std::vector<ReportedDiagnostic>& diagnostics) {
  if (suppressions.directives.empty()) return;
  std::erase_if(diagnostics, [&](const ReportedDiagnostic& d) {
    bool suppressed = false;
    for (Suppression& s : suppressions.directives) {
      if (d.location.line < s.first_line || d.location.line > s.last_line) continue;
      if (!s.rule.empty() && s.rule != d.rule) continue;
      s.used = true;
      suppressed = true;
    }
    return suppressed;
  });
}

std::vector<ReportedDiagnostic> unused_suppressions(const Suppressions& suppressions,
                                                    bool (*ran)(std::string_view rule, const void* context),
                                                    const void* context, Severity severity) {
  std::vector<ReportedDiagnostic> out;
  auto add = [&](const Location& location, const std::string& text, const std::string& line, std::string message) {
    ReportedDiagnostic d;
    d.source_line = line;
    d.fingerprint = finding_hash(kUnusedSuppressionRule, text, text);
    d.rule = kUnusedSuppressionRule;
    d.severity = severity;
    d.message = std::move(message);
    d.location = location;
    out.push_back(std::move(d));
  };
  for (const auto& problem : suppressions.problems) add(problem.location, problem.text, problem.source_line, problem.message);
  for (const Suppression& s : suppressions.directives) {
    if (s.used) continue;
    if (!s.rule.empty() && (!find_check(s.rule) || !ran(s.rule, context))) continue;
    add(s.location, s.text, s.source_line, s.rule.empty() ? "使われていない抑制コメントです（抑制する指摘がありません）"
                                   : "使われていない抑制コメントです（" + s.rule + " の指摘がありません）");
  }
  std::stable_sort(out.begin(), out.end(), [](const ReportedDiagnostic& a, const ReportedDiagnostic& b) {
    return a.location.byte_begin < b.location.byte_begin;
  });
  return out;
}

}  // namespace kosei
