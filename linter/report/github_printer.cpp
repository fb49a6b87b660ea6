// --format github: GitHub Actions workflow commands, one per finding, which the runner turns into
// annotations on the pull request:
//   ::error file=docs/a.md,line=3,endLine=3,col=5,endColumn=9,title=field-name::message
// Properties escape % \r \n : , and the message escapes % \r \n (actions/toolkit's rules).
// Columns are code points, as in the text output. GitHub shows at most 10 annotations per level
// and step, so run_check also writes a Markdown summary (print_github_summary) to
// $GITHUB_STEP_SUMMARY.
#include <algorithm>
#include <map>

#include "report/report.h"

namespace kosei {
namespace {

const char* command_of(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "notice";
  }
  return "warning";
}

}  // namespace

void print_github(const std::vector<FileReport>& reports, std::ostream& out) {
  for (const FileReport& report : reports) {
    for (const ReportedDiagnostic& d : report.diagnostics) {
      const Location& at = d.location;
      std::string message = d.message;
      if (d.fix_replacement) message += "（修正案: " + *d.fix_replacement + "）";
      out << "::" << command_of(d.severity) << " file=" << github_escape_property(report_uri(report))
          << ",line=" << at.line << ",endLine=" << at.end_line << ",col=" << at.column
          << ",endColumn=" << at.end_column << ",title=" << github_escape_property(std::string(d.rule))
          << "::" << github_escape_data(message) << "\n";
    }
  }
}

void print_github_summary(const std::vector<FileReport>& reports, std::ostream& out, size_t max_findings) {
  std::map<std::string_view, size_t> per_rule;
  size_t counts[3] = {0, 0, 0};
  for (const FileReport& report : reports) {
    for (const ReportedDiagnostic& d : report.diagnostics) {
      ++per_rule[d.rule];
      ++counts[static_cast<int>(d.severity)];
    }
  }
  size_t total = counts[0] + counts[1] + counts[2];
  out << "## kosei\n\n";
  if (total == 0) {
    out << "問題は見つかりませんでした（" << reports.size() << " ファイル）\n\n";
    return;
  }
  out << total << " 件の問題（エラー " << counts[2] << "、警告 " << counts[1] << "、情報 " << counts[0] << "）、"
      << reports.size() << " ファイルを検査\n\n";
  std::vector<std::pair<std::string_view, size_t>> rows(per_rule.begin(), per_rule.end());
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  out << "| ルール | 件数 |\n|---|---:|\n";
  for (const auto& [rule, count] : rows) out << "| `" << rule << "` | " << count << " |\n";
  out << "\n### 指摘";
  if (total > max_findings) out << "（先頭 " << max_findings << " 件）";
  out << "\n\n";
  size_t shown = 0;
  for (const FileReport& report : reports) {
    for (const ReportedDiagnostic& d : report.diagnostics) {
      if (shown++ == max_findings) break;
      std::string message = d.message;
      std::replace(message.begin(), message.end(), '\n', ' ');
      out << "- `" << report_uri(report) << ":" << d.location.line << ":" << d.location.column << "` "
          << severity_name(d.severity) << " `" << d.rule << "` " << message << "\n";
    }
    if (shown > max_findings) break;
  }
  out << "\n";
}

}  // namespace kosei
