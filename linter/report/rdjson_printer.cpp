// --format rdjson: reviewdog's Reviewdog Diagnostic Format (JSON), for `reviewdog -f=rdjson`.
// Its columns are 1-based UTF-8 byte offsets within the line; fixes become suggestions.
#include <nlohmann/json.hpp>

#include "report/json_stream.h"
#include "report/report.h"

namespace kosei {
namespace {

using Json = nlohmann::ordered_json;

Json range(const Location& at) {
  return Json{{"start", {{"line", at.line}, {"column", at.byte_column}}},
              {"end", {{"line", at.end_line}, {"column", at.byte_end_column}}}};
}

const char* rd_severity(Severity severity) {
  switch (severity) {
    case Severity::error: return "ERROR";
    case Severity::warning: return "WARNING";
    case Severity::info: return "INFO";
  }
  return "WARNING";
}

}  // namespace

void print_rdjson(const std::vector<FileReport>& reports, std::ostream& out) {
  Json root;
  root["source"] = {{"name", "kosei"}};
  root["diagnostics"] = Json::array();
  StreamedJsonArray diagnostics(out, root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace), "diagnostics", 2);
  for (const FileReport& report : reports) {
    for (const ReportedDiagnostic& d : report.diagnostics) {
      Json item;
      item["message"] = d.message;
      item["location"] = {{"path", report_uri(report)}, {"range", range(d.location)}};
      item["severity"] = rd_severity(d.severity);
      item["code"] = {{"value", std::string(d.rule)}};
      if (d.fix_replacement) {
        item["suggestions"] = Json::array({{{"range", range(d.fix_location)}, {"text", *d.fix_replacement}}});
      }
      diagnostics.add(item);
    }
  }
  diagnostics.finish();
}

}  // namespace kosei
