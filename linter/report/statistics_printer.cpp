// --statistics: how many findings of each rule (most frequent first), instead of the findings.
// Text: "count  rule  [*]" ([*]: some of them have a safe fix; `kosei explain RULE` tells more);
// json: an array of {rule, count, fixable}.
#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "report/report.h"

namespace kosei {

void print_statistics(const std::vector<FileReport>& reports, bool json, std::ostream& out) {
  struct Row {
    std::string rule;
    size_t count = 0;
    size_t fixable = 0;
  };
  std::map<std::string_view, Row> rows;
  for (const FileReport& report : reports) {
    for (const ReportedDiagnostic& d : report.diagnostics) {
      Row& row = rows[d.rule];
      row.rule = std::string(d.rule);
      ++row.count;
      row.fixable += d.fix_replacement ? 1 : 0;
    }
  }
  std::vector<Row> sorted;
  for (auto& [rule, row] : rows) sorted.push_back(row);
  std::stable_sort(sorted.begin(), sorted.end(), [](const Row& a, const Row& b) { return a.count > b.count; });
  if (json) {
    nlohmann::ordered_json array = nlohmann::ordered_json::array();
    for (const Row& row : sorted) array.push_back({{"rule", row.rule}, {"count", row.count}, {"fixable", row.fixable}});
    out << array.dump(2) << "\n";
    return;
  }
  size_t width = 1;
  for (const Row& row : sorted) width = std::max(width, std::to_string(row.count).size());
  size_t total = 0;
  for (const Row& row : sorted) {
    std::string count = std::to_string(row.count);
    out << std::string(width - count.size(), ' ') << count << "  " << row.rule;
    if (row.fixable) out << std::string(row.rule.size() < 18 ? 18 - row.rule.size() : 1, ' ') << "[*]";
    out << "\n";
    total += row.count;
  }
  if (total == 0) {
    out << "問題は見つかりませんでした\n";
  } else {
    out << "合計 " << total << " 件（[*]: 自動修正できるものを含む。--fix で修正）\n";
  }
}

}  // namespace kosei
