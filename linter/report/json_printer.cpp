// --format json: the public contract of interface.md — one array, one object per finding.
#include "report/json_item.h"

namespace kosei {

// Written one finding at a time, not as one JSON document: the document of a large run took
// several times the memory of the findings themselves. The bytes are those of the whole array
// dumped by nlohmann with an indent of 2.
void print_json(const std::vector<FileReport>& reports, std::ostream& out) {
  bool first = true;
  std::string element;
  for (const FileReport& report : reports) {
    for (const ReportedDiagnostic& d : report.diagnostics) {
      element.assign(first ? "[\n  " : ",\n  ");
      first = false;
      append_finding_json(element, report, d, true);
      out.write(element.data(), static_cast<std::streamsize>(element.size()));
    }
  }
  out << (first ? "[]\n" : "\n]\n");
}

}  // namespace kosei
