// --format junit: JUnit XML for CI systems that show test reports (GitLab, Jenkins, Azure).
// One <testsuite> per checked file; one failing <testcase> per finding, or one passing testcase
// for a clean file, so every checked document is visible in the report.
#include "report/report.h"

namespace kosei {

void print_junit(const std::vector<FileReport>& reports, std::ostream& out) {
  size_t tests = 0, failures = 0;
  for (const FileReport& report : reports) {
    tests += report.diagnostics.empty() ? 1 : report.diagnostics.size();
    failures += report.diagnostics.size();
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"kosei\" tests=\"" << tests << "\" failures=\"" << failures << "\" errors=\"0\">\n";
  for (const FileReport& report : reports) {
    const std::string path = xml_escape(report_uri(report));
    size_t count = report.diagnostics.size();
    out << "  <testsuite name=\"" << path << "\" tests=\"" << (count ? count : 1) << "\" failures=\"" << count
        << "\" errors=\"0\">\n";
    if (count == 0) out << "    <testcase name=\"kosei\" classname=\"" << path << "\"/>\n";
    for (const ReportedDiagnostic& d : report.diagnostics) {
      const Location& at = d.location;
      std::string position = std::to_string(at.line) + ":" + std::to_string(at.column);
      out << "    <testcase name=\"" << xml_escape(std::string(d.rule)) << " " << position << "\" classname=\"" << path
          << "\">\n";
      out << "      <failure message=\"" << xml_escape(d.message) << "\" type=\"" << severity_name(d.severity)
          << "\">" << path << ":" << position << ": " << severity_name(d.severity) << "[" << xml_escape(std::string(d.rule))
          << "] " << xml_escape(d.message) << "</failure>\n";
      out << "    </testcase>\n";
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

}  // namespace kosei
