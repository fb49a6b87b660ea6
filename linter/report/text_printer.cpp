// The default human-readable format: file:line:col: severity[rule] message, the source line with
// carets under the span (aligned by display width), and a summary.
#include <algorithm>
#include <string>

#include "report/report.h"
#include "text/utf8.h"
#include "text/width.h"

namespace kosei {
namespace {

const char* color_of(Severity severity) {
  switch (severity) {
    case Severity::error: return "\x1b[1;31m";
    case Severity::warning: return "\x1b[1;33m";
    case Severity::info: return "\x1b[1;34m";
  }
  return "";
}

// Tabs would make caret alignment depend on the terminal: show them as one space.
std::string printable_line(std::string_view line) {
  std::string out;
  for (char c : line) out += (c == '\t') ? ' ' : c;
  return out;
}

size_t width_of_prefix(std::string_view line, size_t code_points) {
  size_t pos = 0;
  size_t width = 0;
  for (size_t i = 0; i < code_points && pos < line.size(); ++i) {
    char32_t cp = next_code_point(line, pos);
    width += cp == '\t' ? 1 : static_cast<size_t>(display_width(cp));
  }
  return width;
}

}  // namespace

void print_text(const std::vector<FileReport>& reports, const PrintOptions& options, std::ostream& out) {
  const std::string bold = options.color ? "\x1b[1m" : "";
  const std::string blue = options.color ? "\x1b[1;34m" : "";
  const std::string reset = options.color ? "\x1b[0m" : "";
  size_t counts[3] = {0, 0, 0};
  for (const FileReport& report : reports) {
    for (const ReportedDiagnostic& d : report.diagnostics) {
      ++counts[static_cast<int>(d.severity)];
      const Location& at = d.location;
      out << bold << report.path << ":" << at.line << ":" << at.column << ":" << reset << " "
          << (options.color ? color_of(d.severity) : "") << severity_name(d.severity) << reset << "[" << d.rule
          << "] " << d.message << "\n";
      if (options.quiet) continue;
      std::string number = std::to_string(at.line);
      std::string gutter(number.size(), ' ');
      std::string line = printable_line(d.source_line);
      size_t line_code_points = count_code_points(d.source_line, 0, d.source_line.size());
      size_t start = at.column - d.source_line_column;
      size_t end_column =
          at.end_line == at.line ? std::min(at.end_column - d.source_line_column, line_code_points) : line_code_points;
      size_t pad = width_of_prefix(d.source_line, start);
      size_t span_width = width_of_prefix(d.source_line, end_column) - pad;
      if (span_width == 0) span_width = 1;
      out << blue << gutter << " |" << reset << "\n";
      out << blue << number << " |" << reset << " " << line << "\n";
      out << blue << gutter << " |" << reset << " " << std::string(pad, ' ')
          << (options.color ? color_of(d.severity) : "") << std::string(span_width, '^') << reset;
      if (d.fix_replacement) out << " 修正案: " << *d.fix_replacement;
      out << "\n";
    }
  }
  if (options.quiet) return;
  size_t total = counts[0] + counts[1] + counts[2];
  if (total == 0) {
    out << "問題は見つかりませんでした（" << options.files_checked << " ファイル）\n";
    return;
  }
  out << total << " 件の問題（エラー " << counts[2] << "、警告 " << counts[1];
  if (counts[0] > 0) out << "、情報 " << counts[0];
  out << "）\n";
}

}  // namespace kosei
