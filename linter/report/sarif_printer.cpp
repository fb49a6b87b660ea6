// --format sarif: SARIF 2.1.0 as GitHub code scanning reads it.
// - tool.driver.rules: the checks that ran, from their CheckDocs (the `kosei explain` text is the
//   rule's help); code scanning closes an alert when its rule ran and no longer reports it.
// - Regions in UTF-16 code units (SARIF's default columnKind, stated explicitly): 𠮟 counts 2.
// - artifactLocation.uri: relative to the repository root, percent-encoded.
// - partialFingerprints: rule + span text + line text, so a finding keeps its identity when lines
//   are inserted above it.
// - The results are written one at a time (report/json_stream.h), not as one document.
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "app/rule_docs.h"
#include "checks/check.h"
#include "report/json_stream.h"
#include "report/report.h"

namespace kosei {
namespace {

using Json = nlohmann::ordered_json;

// Where users read about kosei; shown by code scanning next to every alert.
constexpr const char* kInformationUri = "https://github.com/kosei-lint/kosei";

std::string sarif_level(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "note";
  }
  return "warning";
}

Json region(const Location& at) {
  return Json{{"startLine", at.line},
              {"startColumn", at.utf16_column},
              {"endLine", at.end_line},
              {"endColumn", at.utf16_end_column}};
}

Json physical_location(const std::string& uri, const Location& at) {
  return Json{{"artifactLocation", {{"uri", uri_encode_path(uri)}}}, {"region", region(at)}};
}

}  // namespace

void print_sarif(const std::vector<FileReport>& reports, const std::vector<const Check*>& checks, std::ostream& out) {
  Json rules = Json::array();
  std::map<std::string_view, size_t> rule_index;
  for (const Check* check_pointer : checks) {
    const Check& check = *check_pointer;
    std::ostringstream help;
    print_rule_docs(check, help);
    rule_index[check.id] = rules.size();
    Json rule;
    rule["id"] = std::string(check.id);
    rule["name"] = std::string(check.id);
    rule["shortDescription"] = {{"text", std::string(check.docs.summary)}};
    rule["fullDescription"] = {{"text", std::string(check.docs.what.empty() ? check.docs.summary : check.docs.what)}};
    rule["help"] = {{"text", help.str()}, {"markdown", help.str()}};
    rule["defaultConfiguration"] = {{"level", sarif_level(check.default_severity)}};
    rule["properties"] = {{"tags", Json::array({"kosei"})}};
    rules.push_back(std::move(rule));
  }

  Json driver;
  driver["name"] = "kosei";
  driver["version"] = KOSEI_VERSION;
  driver["semanticVersion"] = KOSEI_VERSION;
  driver["informationUri"] = kInformationUri;
  driver["rules"] = std::move(rules);
  Json run;
  run["tool"] = {{"driver", std::move(driver)}};
  run["results"] = Json::array();
  run["columnKind"] = "utf16CodeUnits";
  Json log;
  log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  log["version"] = "2.1.0";
  log["runs"] = Json::array({std::move(run)});
  StreamedJsonArray results(out, log.dump(2, ' ', false, nlohmann::json::error_handler_t::replace), "results", 4);
  for (const FileReport& report : reports) {
    std::map<std::string, int> occurrences;  // the N-th finding with the same hash in this file
    for (const ReportedDiagnostic& d : report.diagnostics) {
      Json result;
      result["ruleId"] = std::string(d.rule);
      if (auto it = rule_index.find(d.rule); it != rule_index.end()) result["ruleIndex"] = it->second;
      result["level"] = sarif_level(d.severity);
      std::string message = d.message;
      if (d.fix_replacement) message += "（修正案: " + *d.fix_replacement + "）";
      result["message"] = {{"text", message}};
      result["locations"] = Json::array({{{"physicalLocation", physical_location(report_uri(report), d.location)}}});
      if (!d.related.empty()) {
        Json related = Json::array();
        int id = 1;
        for (const ReportedRelated& r : d.related) {
          const std::string& uri = r.file == report.path ? report_uri(report) : r.file;
          related.push_back({{"id", id++},
                             {"physicalLocation", physical_location(uri, r.location)},
                             {"message", {{"text", r.message.empty() ? d.message : r.message}}}});
        }
        result["relatedLocations"] = std::move(related);
      }
      result["partialFingerprints"] = {{"koseiFindingHash/v1", d.fingerprint + ":" + std::to_string(++occurrences[d.fingerprint])}};
      results.add(result);
    }
  }
  results.finish();
}

}  // namespace kosei
