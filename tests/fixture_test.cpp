// Runs every fixture: fixtures/<rule>/<name>.{md,txt} with <name>.expected beside it listing the
// findings of that rule ("line:column rule", one per line, '#' comments). An empty .expected file
// marks a clean fixture that must stay silent. Only the directory's rule runs, as in ruff's
// per-rule snapshots; fixtures/all/ runs every rule.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "checks/check.h"
#include "test_support.h"

namespace fs = std::filesystem;
using kosei::testing::findings;
using kosei::testing::read_file;

namespace {

struct Fixture {
  std::string rule;  // "" for fixtures/all
  fs::path draft;
  fs::path expected;
};

void PrintTo(const Fixture& fixture, std::ostream* out) { *out << fixture.draft.string(); }

std::vector<Fixture> all_fixtures() {
  std::vector<Fixture> out;
  fs::path root = fs::path(kosei::testing::source_dir()) / "fixtures";
  for (const auto& dir : fs::directory_iterator(root)) {
    if (!dir.is_directory()) continue;
    std::string rule = dir.path().filename().string();
    for (const auto& file : fs::directory_iterator(dir.path())) {
      std::string ext = file.path().extension().string();
      if (ext != ".md" && ext != ".txt") continue;
      fs::path expected = file.path();
      expected.replace_extension(".expected");
      out.push_back(Fixture{rule == "all" ? "" : rule, file.path(), expected});
    }
  }
  std::sort(out.begin(), out.end(), [](const Fixture& a, const Fixture& b) { return a.draft < b.draft; });
  return out;
}

std::vector<std::string> expected_findings(const fs::path& path) {
  std::vector<std::string> out;
  std::istringstream in(read_file(path.string()));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    out.push_back(line);
  }
  return out;
}

class FixtureTest : public ::testing::TestWithParam<Fixture> {};

TEST_P(FixtureTest, FindingsMatchExpectedFile) {
  const Fixture& fixture = GetParam();
  ASSERT_TRUE(fs::exists(fixture.expected)) << "missing " << fixture.expected;
  if (!fixture.rule.empty()) {
    ASSERT_NE(kosei::find_check(fixture.rule), nullptr) << "fixtures/" << fixture.rule << " names no rule";
  }
  std::vector<std::string> rules;
  if (!fixture.rule.empty()) rules.push_back(fixture.rule);
  EXPECT_EQ(findings(read_file(fixture.draft.string()), rules, fixture.draft.filename().string()),
            expected_findings(fixture.expected))
      << fixture.draft;
}

std::string fixture_name(const ::testing::TestParamInfo<Fixture>& info) {
  std::string name = (info.param.rule.empty() ? "all" : info.param.rule) + "_" + info.param.draft.stem().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, FixtureTest, ::testing::ValuesIn(all_fixtures()), fixture_name);

}  // namespace
