// --format json-lines: one compact JSON object per finding and line (the keys of --format json),
// for streaming into jq, log pipelines and databases. No findings: no output.
#include "report/json_item.h"

namespace kosei {

void print_json_lines(const std::vector<FileReport>& reports, std::ostream& out) {
  std::string line;
  for (const FileReport& report : reports) {
    for (const ReportedDiagnostic& d : report.diagnostics) {
      line.clear();
      append_finding_json(line, report, d, false);
      line += '\n';
      out.write(line.data(), static_cast<std::streamsize>(line.size()));
    }
  }
}

}  // namespace kosei
