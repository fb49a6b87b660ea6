#include "baseline/baseline.h"
#include "source/read_file.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace kosei {

std::optional<Baseline> Baseline::load(const std::string& path, std::string& error) {
  auto text = read_whole_file(path);
  if (!text) {
    error = "kosei: " + path + ": ベースラインを読めません";
    return std::nullopt;
  }
  Baseline baseline;
  try {
    nlohmann::json root = nlohmann::json::parse(*text);
    if (!root.is_object() || root.value("version", 0) != 1 || !root.contains("findings") ||
        !root["findings"].is_array()) {
      error = "kosei: " + path + ": ベースラインの形式が違います（version 1 の findings 配列が必要です）";
      return std::nullopt;
    }
    for (const nlohmann::json& item : root["findings"]) {
      Key key{item.at("file").get<std::string>(), item.at("rule").get<std::string>(),
              item.at("fingerprint").get<std::string>()};
      Entry& entry = baseline.entries_[key];
      entry.count += item.value("count", 1);
      if (entry.message.empty()) entry.message = item.value("message", "");
    }
  } catch (const nlohmann::json::exception& e) {
    error = "kosei: " + path + ": ベースラインを解釈できません（" + e.what() + "）";
    return std::nullopt;
  }
  return baseline;
}

Baseline Baseline::from_reports(const std::vector<FileReport>& reports) {
  Baseline baseline;
  for (const FileReport& report : reports) {
    for (const ReportedDiagnostic& d : report.diagnostics) {
      Entry& entry = baseline.entries_[Key{report_uri(report), std::string(d.rule), d.fingerprint}];
      ++entry.count;
      if (entry.message.empty()) entry.message = d.message;
    }
  }
  return baseline;
}

size_t Baseline::filter(FileReport& report) {
  size_t removed = 0;
  std::erase_if(report.diagnostics, [&](const ReportedDiagnostic& d) {
    auto it = entries_.find(Key{report_uri(report), std::string(d.rule), d.fingerprint});
    if (it == entries_.end() || it->second.count == 0) return false;
    --it->second.count;
    ++removed;
    return true;
  });
  return removed;
}

size_t Baseline::size() const {
  size_t total = 0;
  for (const auto& [key, entry] : entries_) total += entry.count;
  return total;
}

std::string Baseline::to_json() const {
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  for (const auto& [key, entry] : entries_) {
    const auto& [file, rule, fingerprint] = key;
    findings.push_back({{"file", file},
                        {"rule", rule},
                        {"fingerprint", fingerprint},
                        {"count", entry.count},
                        {"message", entry.message}});
  }
  nlohmann::ordered_json root;
  root["version"] = 1;
  root["tool"] = "kosei";
  root["findings"] = std::move(findings);
  return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace kosei
