#pragma once
// kosei.toml / .kosei.toml: rule severities, disabled rules, extra canonical data, per-path
// overrides. Found by walking up from each checked file; --config overrides the search.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "canon/canon.h"
#include "diag/diagnostic.h"

namespace kosei {

struct RuleSetting {
  bool off = false;
  std::optional<Severity> severity;
};

struct PathOverride {
  std::vector<std::string> globs;  // relative to the config file's directory
  std::map<std::string, RuleSetting, std::less<>> rules;
};

struct Config {
  std::string path;       // the file it was read from; empty for the defaults
  std::string directory;  // its directory: relative paths and globs start here
  std::map<std::string, RuleSetting, std::less<>> rules;
  std::vector<std::string> canon_files;  // absolute or relative to `directory`, as resolved paths
  bool replace_builtin_canon = false;
  std::vector<PathOverride> overrides;
  std::string charset = "cp932";        // [charset] set: cp932 | jisx0208 | jisx0213 | off (rule non-jis)
  std::vector<std::string> term_files;  // [terms] files: extra term dictionaries (rule term), resolved paths

  // The setting of `rule` for a file (path relative to `directory`), overrides applied in order.
  RuleSetting setting_for(std::string_view rule, std::string_view relative_path) const;
};

std::optional<CanonError> parse_config(std::string_view text, const std::string& path, Config& config);
std::optional<CanonError> load_config_file(const std::string& path, Config& config);

// kosei.toml or .kosei.toml in `directory` or the nearest parent, or nullopt.
std::optional<std::string> find_config_for(const std::string& directory);

bool glob_match(std::string_view pattern, std::string_view path);

}  // namespace kosei
