#pragma once
// `kosei config FILE`: the configuration that governs FILE — which kosei.toml applies (or --config),
// every rule's effective state and severity, canonical data and character set — and where each
// setting came from (built-in default, the file's [rules], or an [[overrides]] entry).
#include <iosfwd>
#include <string>

namespace kosei {

int run_config_report(const std::string& file, const std::string& config_path, std::ostream& out, std::ostream& err);

}  // namespace kosei
