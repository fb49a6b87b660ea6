#include "test_support.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace kosei::testing {

FileReport report(const std::string& text, const std::vector<std::string>& rules, const std::string& path) {
  std::string error;
  auto result = check_bytes(text, path, builtin_knowledge(), rules, &error);
  if (!result) throw std::runtime_error("decode failed: " + error);
  return *result;
}

std::vector<std::string> findings(const std::string& text, const std::vector<std::string>& rules,
                                  const std::string& path) {
  std::vector<std::string> out;
  for (const ReportedDiagnostic& d : report(text, rules, path).diagnostics) {
    out.push_back(std::to_string(d.location.line) + ":" + std::to_string(d.location.column) + " " +
                  std::string(d.rule));
  }
  return out;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string source_dir() { return KOSEI_SOURCE_DIR; }

std::string seeds_dir() {
  std::filesystem::path seeds = std::filesystem::path(KOSEI_SOURCE_DIR).parent_path() / "shared" / "seeds";
  if (const char* env = std::getenv("KOSEI_SEEDS_DIR")) seeds = env;
  return std::filesystem::is_directory(seeds) ? seeds.string() : "";
}

}  // namespace kosei::testing
