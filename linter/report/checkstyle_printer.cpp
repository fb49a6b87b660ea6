// --format checkstyle: Checkstyle XML, read by Jenkins (warnings-ng), reviewdog -f=checkstyle,
// GitLab converters. Every checked file gets a <file> element, clean ones empty. Columns are
// code points; source is "kosei.<rule>".
#include "report/report.h"

namespace kosei {

void print_checkstyle(const std::vector<FileReport>& reports, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n";
  for (const FileReport& report : reports) {
    if (report.diagnostics.empty()) {
      out << "  <file name=\"" << xml_escape(report_uri(report)) << "\"/>\n";
      continue;
    }
    out << "  <file name=\"" << xml_escape(report_uri(report)) << "\">\n";
    for (const ReportedDiagnostic& d : report.diagnostics) {
      out << "    <error line=\"" << d.location.line << "\" column=\"" << d.location.column << "\" severity=\""
          << severity_name(d.severity) << "\" message=\"" << xml_escape(d.message) << "\" source=\"kosei."
          << xml_escape(std::string(d.rule)) << "\"/>\n";
    }
    out << "  </file>\n";
  }
  out << "</checkstyle>\n";
}

}  // namespace kosei
