#pragma once
// Helpers shared by the tests: run the whole pipeline on a text and compare findings as
// "line:column rule" strings, the same form the fixture .expected files use.
#include <string>
#include <vector>

#include "app/run.h"

namespace kosei::testing {

// Findings of `rules` (all rules when empty) on `text`, as "line:column rule" in report order.
std::vector<std::string> findings(const std::string& text, const std::vector<std::string>& rules = {},
                                  const std::string& path = "test.md");
// The full reports, for tests that look at messages and fixes.
FileReport report(const std::string& text, const std::vector<std::string>& rules = {},
                  const std::string& path = "test.md");

std::string read_file(const std::string& path);

// Runs the kosei binary from the repository root with `args` (a shell fragment) and `stdin_text`.
struct CliRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};
CliRun run_kosei(const std::string& args, const std::string& stdin_text = "");

// A fresh, empty scratch directory for one test.
std::string scratch_dir(const std::string& name);
std::string source_dir();
std::string seeds_dir();  // ../shared/seeds next to the repository, or "" if absent

}  // namespace kosei::testing
