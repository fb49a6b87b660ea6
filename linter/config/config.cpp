#include "config/config.h"
#include "source/read_file.h"

#include <fnmatch.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "canon/toml_reader.h"
#include "checks/check.h"

namespace kosei {
namespace fs = std::filesystem;
namespace {

void read_rules(TomlReader& reader, const toml::table& table, std::map<std::string, RuleSetting, std::less<>>& out) {
  for (const auto& [key, node] : table) {
    std::string id(key.str());
    if (!find_check(id)) {
      reader.fail(node, "未知のルール「" + id + "」です（kosei rules で一覧を表示できます）");
      return;
    }
    if (!node.is_string()) {
      reader.fail(node, "ルール「" + id + "」の値は \"error\"・\"warning\"・\"info\"・\"off\" のいずれかです");
      return;
    }
    std::string value = node.as_string()->get();
    RuleSetting setting;
    if (value == "off") {
      setting.off = true;
    } else if (auto severity = parse_severity(value)) {
      setting.severity = severity;
    } else {
      reader.fail(node, "ルール「" + id + "」の値「" + value + "」は使えません（error・warning・info・off）");
      return;
    }
    out[id] = setting;
  }
}

}  // namespace

RuleSetting Config::setting_for(std::string_view rule, std::string_view relative_path) const {
  RuleSetting setting;
  if (auto it = rules.find(rule); it != rules.end()) setting = it->second;
  for (const PathOverride& override_entry : overrides) {
    bool matches = false;
    for (const std::string& glob : override_entry.globs) matches |= glob_match(glob, relative_path);
    if (!matches) continue;
    if (auto it = override_entry.rules.find(rule); it != override_entry.rules.end()) setting = it->second;
  }
  return setting;
}

std::optional<CanonError> parse_config(std::string_view text, const std::string& path, Config& config) {
  TomlReader reader(path);
  auto table = reader.parse(text);
  if (!table) return reader.error();
  config.path = path;
  config.directory = fs::path(path).parent_path().string();
  reader.check_keys(*table, {"rules", "canon", "overrides", "charset", "terms"});
  if (const toml::table* charset = reader.optional_table(*table, "charset")) {
    reader.check_keys(*charset, {"set"});
    config.charset = reader.optional_string(*charset, "set", "cp932");
    if (config.charset != "cp932" && config.charset != "jisx0208" && config.charset != "jisx0213" &&
        config.charset != "off" && !reader.failed()) {
      reader.fail(*charset, "[charset] set は \"cp932\"・\"jisx0208\"・\"jisx0213\"・\"off\" のいずれかです");
    }
  }
  if (const toml::table* terms = reader.optional_table(*table, "terms")) {
    reader.check_keys(*terms, {"files"});
    for (const std::string& file : reader.string_array(*terms, "files")) {
      fs::path resolved = fs::path(file).is_absolute() ? fs::path(file) : fs::path(config.directory) / file;
      config.term_files.push_back(resolved.lexically_normal().string());
    }
  }
  if (const toml::table* rules = reader.optional_table(*table, "rules")) read_rules(reader, *rules, config.rules);
  if (const toml::table* canon = reader.optional_table(*table, "canon")) {
    reader.check_keys(*canon, {"files", "replace_builtin"});
    for (const std::string& file : reader.string_array(*canon, "files")) {
      fs::path resolved = fs::path(file).is_absolute() ? fs::path(file) : fs::path(config.directory) / file;
      config.canon_files.push_back(resolved.lexically_normal().string());
    }
    config.replace_builtin_canon = reader.optional_bool(*canon, "replace_builtin", false);
  }
  for (const toml::table* entry : reader.table_array(*table, "overrides")) {
    reader.check_keys(*entry, {"paths", "rules"});
    PathOverride override_entry;
    override_entry.globs = reader.string_array(*entry, "paths");
    if (override_entry.globs.empty() && !reader.failed()) reader.fail(*entry, "overrides には paths が必要です");
    if (const toml::table* rules = reader.optional_table(*entry, "rules")) {
      read_rules(reader, *rules, override_entry.rules);
    }
    config.overrides.push_back(std::move(override_entry));
  }
  if (reader.failed()) return reader.error();
  return std::nullopt;
}

std::optional<CanonError> load_config_file(const std::string& path, Config& config) {
  std::string reason;
  auto text = read_whole_file(path, &reason);
  if (!text) return CanonError{path, 0, 0, "設定ファイルを読めません（" + reason + "）"};
  return parse_config(*text, path, config);
}

std::optional<std::string> find_config_for(const std::string& directory) {
  std::error_code error;
  fs::path dir = fs::absolute(directory.empty() ? "." : directory, error);
  while (!dir.empty()) {
    for (const char* name : {"kosei.toml", ".kosei.toml"}) {
      fs::path candidate = dir / name;
      if (fs::is_regular_file(candidate, error)) return candidate.string();
    }
    if (dir == dir.parent_path()) break;
    dir = dir.parent_path();
  }
  return std::nullopt;
}

bool glob_match(std::string_view pattern, std::string_view path) {
  // fnmatch without FNM_PATHNAME: '*' also crosses '/', so "archive/**" and "**/*.md" work.
  return fnmatch(std::string(pattern).c_str(), std::string(path).c_str(), 0) == 0;
}

}  // namespace kosei
