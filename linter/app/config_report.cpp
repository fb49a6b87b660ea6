#include "app/config_report.h"

#include <filesystem>
#include <ostream>

#include "checks/check.h"
#include "config/config.h"

namespace kosei {
namespace fs = std::filesystem;

int run_config_report(const std::string& file, const std::string& config_path, std::ostream& out, std::ostream& err) {
  Config config;
  std::string source;  // where the configuration came from
  if (!config_path.empty()) {
    if (auto failure = load_config_file(config_path, config)) {
      err << "kosei: 設定ファイルのエラー: " << failure->to_string() << "\n";
      return 2;
    }
    source = config_path + "（--config）";
  } else {
    fs::path directory = fs::path(file).parent_path();
    std::error_code ec;
    if (fs::is_directory(file, ec)) directory = file;
    if (auto found = find_config_for(directory.empty() ? "." : directory.string())) {
      if (auto failure = load_config_file(*found, config)) {
        err << "kosei: 設定ファイルのエラー: " << failure->to_string() << "\n";
        return 2;
      }
      source = *found;
    }
  }
  std::string relative = file;
  if (!config.directory.empty()) {
    std::error_code ec;
    fs::path rel = fs::relative(fs::absolute(file, ec), fs::absolute(config.directory, ec), ec);
    if (!ec) relative = rel.string();
  }
  std::string name = config.path.empty() ? "" : fs::path(config.path).filename().string();
  out << "# 対象: " << file << "\n";
  if (source.empty()) {
    out << "# 設定ファイル: なし（kosei.toml も .kosei.toml も見つかりません。すべて既定値）\n";
  } else {
    out << "# 設定ファイル: " << source << "\n";
    out << "# 設定ファイルから見たパス: " << relative << "（[[overrides]] の paths はこれと照合）\n";
  }
  out << "\n[rules]\n";
  for (const Check& check : all_checks()) {
    std::string value(severity_name(check.default_severity));
    std::string origin = "既定";
    if (auto it = config.rules.find(check.id); it != config.rules.end()) {
      value = it->second.off ? "off" : std::string(severity_name(it->second.severity.value_or(check.default_severity)));
      origin = name + " [rules]";
    }
    for (size_t i = 0; i < config.overrides.size(); ++i) {
      const PathOverride& entry = config.overrides[i];
      bool matches = false;
      std::string matched;
      for (const std::string& glob : entry.globs) {
        if (glob_match(glob, relative)) {
          matches = true;
          matched = glob;
          break;
        }
      }
      if (!matches) continue;
      if (auto it = entry.rules.find(check.id); it != entry.rules.end()) {
        value = it->second.off ? "off" : std::string(severity_name(it->second.severity.value_or(check.default_severity)));
        origin = name + " [[overrides]] " + std::to_string(i + 1) + " 番目（paths: \"" + matched + "\"）";
      }
    }
    if (check.id == "unused-suppression" && value != "off") origin += "、--report-unused-suppressions のときだけ";
    std::string key = "\"" + std::string(check.id) + "\"";
    std::string line = key + " = \"" + value + "\"";
    out << line << std::string(line.size() < 34 ? 34 - line.size() : 1, ' ') << "# " << origin << "\n";
  }
  out << "\n[canon]\n";
  out << "replace_builtin = " << (config.replace_builtin_canon ? "true" : "false")
      << (config.replace_builtin_canon ? "   # " + name : std::string("   # 既定（組み込みの正本データを使う）")) << "\n";
  out << "files = [";
  for (size_t i = 0; i < config.canon_files.size(); ++i) out << (i ? ", " : "") << "\"" << config.canon_files[i] << "\"";
  out << "]" << (config.canon_files.empty() ? "   # 既定（追加なし）" : "   # " + name + " [canon]") << "\n";
  out << "\n[charset]\nset = \"" << config.charset << "\""
      << (config.charset == "cp932" ? "   # 既定または " + name : "   # " + name + " [charset]") << "\n";
  out << "\n[terms]\nfiles = [";
  for (size_t i = 0; i < config.term_files.size(); ++i) out << (i ? ", " : "") << "\"" << config.term_files[i] << "\"";
  out << "]" << (config.term_files.empty() ? "   # 既定（追加なし）" : "   # " + name + " [terms]") << "\n";
  return 0;
}

}  // namespace kosei
