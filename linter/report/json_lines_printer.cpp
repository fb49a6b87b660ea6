// --format json-lines: one compact JSON object per finding and line (the keys of --format json),
// for streaming into jq, log pipelines and databases. No findings: no output.
#include "report/json_item.h"

namespace kosei {

void print_json_lines(const std::vector<FileReport>& reports, std::ostream& out) {
  for (const FileReport& report : reports) {
    for (const ReportedDiagnostic& d : report.diagnostics) {
      out << finding_json(report, d).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    }
  }
}

}  // namespace kosei
