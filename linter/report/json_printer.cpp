// --format json: the public contract of interface.md — one array, one object per finding.
#include "report/json_item.h"

namespace kosei {

nlohmann::ordered_json finding_json(const FileReport& report, const ReportedDiagnostic& d) {
  nlohmann::ordered_json item;
  item["file"] = report.path;
  item["line"] = d.location.line;
  item["column"] = d.location.column;
  item["end_line"] = d.location.end_line;
  item["end_column"] = d.location.end_column;
  item["rule"] = std::string(d.rule);
  item["severity"] = std::string(severity_name(d.severity));
  item["message"] = d.message;
  if (d.fix_replacement) {
    item["fix"] = {{"replacement", *d.fix_replacement},
                   {"line", d.fix_location.line},
                   {"column", d.fix_location.column},
                   {"end_line", d.fix_location.end_line},
                   {"end_column", d.fix_location.end_column}};
  } else {
    item["fix"] = nullptr;
  }
  if (!d.canon.empty()) item["canon"] = d.canon;
  if (!d.related.empty()) {
    nlohmann::ordered_json related = nlohmann::ordered_json::array();
    for (const ReportedRelated& r : d.related) {
      related.push_back({{"file", r.file},
                         {"line", r.location.line},
                         {"column", r.location.column},
                         {"end_line", r.location.end_line},
                         {"end_column", r.location.end_column},
                         {"message", r.message}});
    }
    item["related"] = std::move(related);
  }
  return item;
}

// Written one finding at a time, not as one JSON document: the document of a large run took
// several times the memory of the findings themselves. The bytes are those of the whole array
// dumped with an indent of 2 (each element one level in; JSON strings hold no raw newline).
void print_json(const std::vector<FileReport>& reports, std::ostream& out) {
  bool first = true;
  for (const FileReport& report : reports) {
    for (const ReportedDiagnostic& d : report.diagnostics) {
      const std::string element = finding_json(report, d).dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
      out << (first ? "[\n  " : ",\n  ");
      first = false;
      size_t from = 0;
      for (size_t newline = element.find('\n'); newline != std::string::npos; newline = element.find('\n', from)) {
        out.write(element.data() + from, static_cast<std::streamsize>(newline + 1 - from));
        out << "  ";
        from = newline + 1;
      }
      out.write(element.data() + from, static_cast<std::streamsize>(element.size() - from));
    }
  }
  out << (first ? "[]\n" : "\n]\n");
}

}  // namespace kosei
