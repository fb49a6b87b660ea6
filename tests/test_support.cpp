#include "test_support.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
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

namespace kosei::testing {

CliRun run_kosei(const std::string& args, const std::string& stdin_text) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / ("kosei-cli-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "stdin", std::ios::binary) << stdin_text;
  std::string command = std::string("cd ") + KOSEI_SOURCE_DIR + " && NO_COLOR=1 " + KOSEI_BINARY + " " + args +
                        " <" + (dir / "stdin").string() + " 2>" + (dir / "stderr").string();
  CliRun result;
  FILE* pipe = popen(command.c_str(), "r");
  char buffer[65536];
  size_t n;
  while ((n = fread(buffer, 1, sizeof(buffer), pipe)) > 0) result.out.append(buffer, n);
  int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.err = read_file((dir / "stderr").string());
  return result;
}

std::string scratch_dir(const std::string& name) {
  std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("kosei-test-" + std::to_string(getpid())) / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

}  // namespace kosei::testing
