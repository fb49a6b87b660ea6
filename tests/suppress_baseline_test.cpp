// Inline suppressions, --report-unused-suppressions, baselines, --changed-since, --exit-zero,
// --output-file, --statistics and `kosei config`, through the binary as users run it.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "test_support.h"
#include "vcs/git.h"

namespace fs = std::filesystem;

namespace {

struct KoseiRun {
  int exit_code = -1;
  std::string out;
};

KoseiRun kosei_in(const fs::path& dir, const std::string& args) {
  std::string command = "cd '" + dir.string() + "' && NO_COLOR=1 " + KOSEI_BINARY + " " + args + " 2>/dev/null";
  FILE* pipe = popen(command.c_str(), "r");
  KoseiRun run;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof(buffer), pipe)) > 0) run.out.append(buffer, n);
  int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

fs::path scratch(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("kosei-suppress-" + std::to_string(getpid())) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void write(const fs::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

const char* kBad = "量子分野（④）\n";  // field-number at 1:6 of its line

}  // namespace

TEST(Suppress, NextLineAndRegionsInMarkdownAndText) {
  fs::path dir = scratch("inline");
  std::string text = std::string("<!-- kosei-disable-next-line field-number -->\n\n") + kBad +  // line 3: suppressed
                     kBad +                                                                   // line 4: reported
                     "<!-- kosei-disable field-number,term -->\n" + kBad +                     // line 6: suppressed
                     "<!-- kosei-enable field-number -->\n" + kBad +                           // line 8: reported
                     "<!-- kosei-disable -->\n" + kBad + "<!-- kosei-enable -->\n" +           // line 10: suppressed
                     "```\n<!-- kosei-disable -->\n```\n" + kBad;                               // line 15: reported
  write(dir / "a.md", text);
  write(dir / "a.txt", text);
  KoseiRun run = kosei_in(dir, "check -q --select field-number a.md a.txt");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.out,
            "a.md:4:6: error[field-number] 「量子」は戦略分野の③です（本文: ④）\n"
            "a.md:8:6: error[field-number] 「量子」は戦略分野の③です（本文: ④）\n"
            "a.md:15:6: error[field-number] 「量子」は戦略分野の③です（本文: ④）\n"
            "a.txt:4:6: error[field-number] 「量子」は戦略分野の③です（本文: ④）\n"
            "a.txt:8:6: error[field-number] 「量子」は戦略分野の③です（本文: ④）\n"
            "a.txt:15:6: error[field-number] 「量子」は戦略分野の③です（本文: ④）\n");
}

TEST(Suppress, UnusedUnknownAndMisspelledDirectivesAreReported) {
  fs::path dir = scratch("unused");
  write(dir / "a.md", std::string("<!-- kosei-disable-next-line field-number -->\n") + kBad +
                          "<!-- kosei-disable-next-line field-name -->\n量子分野（③）\n"
                          "<!-- kosei-disable-next-line no-such-rule -->\n"
                          "<!-- kosei-disabel field-number -->\n");
  KoseiRun quiet = kosei_in(dir, "check -q --select field-number,field-name a.md");
  EXPECT_EQ(quiet.exit_code, 0);
  EXPECT_EQ(quiet.out, "");
  KoseiRun run = kosei_in(dir, "check -q --select field-number,field-name --report-unused-suppressions a.md");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.out,
            "a.md:3:1: warning[unused-suppression] 使われていない抑制コメントです（field-name の指摘がありません）\n"
            "a.md:5:1: warning[unused-suppression] 抑制コメントの未知のルール「no-such-rule」です\n"
            "a.md:6:1: warning[unused-suppression] 不明な指示「kosei-disabel」です（kosei-disable-next-line・kosei-disable・kosei-enable のいずれか）\n");
}

TEST(Baseline, NewFindingsOnlyAndInsensitiveToLinesAbove) {
  fs::path dir = scratch("baseline");
  write(dir / "a.md", std::string("# 既存\n\n") + kBad);
  KoseiRun write_run = kosei_in(dir, "check --select field-number --baseline base.json --write-baseline a.md");
  EXPECT_EQ(write_run.exit_code, 0);
  ASSERT_TRUE(fs::exists(dir / "base.json"));
  EXPECT_EQ(kosei_in(dir, "check --select field-number --baseline base.json a.md").exit_code, 0);
  // Lines inserted above do not resurrect the recorded finding; a second copy is new.
  write(dir / "a.md", std::string("# 既存\n\n追記した段落。\n\n") + kBad + "\n" + kBad);
  KoseiRun run = kosei_in(dir, "check -q --select field-number --baseline base.json a.md");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.out, "a.md:7:6: error[field-number] 「量子」は戦略分野の③です（本文: ④）\n");
  write(dir / "broken.json", "{");
  EXPECT_EQ(kosei_in(dir, "check --baseline broken.json a.md").exit_code, 2);
  EXPECT_EQ(kosei_in(dir, "check --write-baseline a.md").exit_code, 2);
}

TEST(ChangedSince, OnlyLinesChangedSinceTheRevision) {
  if (std::system("git --version >/dev/null 2>&1") != 0) GTEST_SKIP() << "git がありません";
  fs::path dir = scratch("changed");
  write(dir / "old.md", kBad);
  write(dir / "a.md", std::string(kBad) + "\n");
  std::string git = "cd '" + dir.string() + "' && git init -q . && git add -A && git -c user.name=t -c user.email=t@e commit -qm init";
  ASSERT_EQ(std::system(git.c_str()), 0);
  write(dir / "a.md", std::string(kBad) + "\n" + kBad);  // line 3 added
  write(dir / "new.md", kBad);                           // untracked: all of it is new
  KoseiRun run = kosei_in(dir, "check -q --select field-number --changed-since HEAD a.md old.md new.md");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.out,
            "a.md:3:6: error[field-number] 「量子」は戦略分野の③です（本文: ④）\n"
            "new.md:1:6: error[field-number] 「量子」は戦略分野の③です（本文: ④）\n");
  EXPECT_EQ(kosei_in(dir, "check --changed-since no-such-rev a.md").exit_code, 2);
}

TEST(ChangedSince, ParsesUnifiedZeroHunks) {
  kosei::ChangedLines lines;
  kosei::parse_unified_zero_diff(
      "diff --git a/d/x.md b/d/x.md\n--- a/d/x.md\n+++ b/d/x.md\n@@ -3 +3 @@\n-a\n+b\n@@ -10,0 +11,2 @@\n+c\n+d\n"
      "@@ -20,2 +22,0 @@\n-e\n-f\n+++ \"b/\\346\\241\\210.md\"\n@@ -1 +1 @@\n",
      lines);
  EXPECT_TRUE(lines.changed("d/x.md", 3));
  EXPECT_TRUE(lines.changed("d/x.md", 11));
  EXPECT_TRUE(lines.changed("d/x.md", 12));
  EXPECT_FALSE(lines.changed("d/x.md", 13));
  EXPECT_FALSE(lines.changed("d/x.md", 22));
  EXPECT_TRUE(lines.changed("案.md", 1));
}

TEST(Gates, ExitZeroOutputFileStatisticsAndFailLevel) {
  fs::path dir = scratch("gates");
  write(dir / "a.md", std::string(kBad) + "人口知能\n");
  EXPECT_EQ(kosei_in(dir, "check --exit-zero a.md").exit_code, 0);
  EXPECT_EQ(kosei_in(dir, "check --select term --fail-level error a.md").exit_code, 0);
  EXPECT_EQ(kosei_in(dir, "check --exit-zero no-such-file.md").exit_code, 2);
  KoseiRun to_file = kosei_in(dir, "check --format json --output-file out.json --select field-number a.md");
  EXPECT_EQ(to_file.exit_code, 1);
  EXPECT_EQ(to_file.out, "");
  EXPECT_NE(kosei::testing::read_file((dir / "out.json").string()).find("\"rule\": \"field-number\""), std::string::npos);
  KoseiRun stats = kosei_in(dir, "check --statistics --select field-number,term a.md");
  EXPECT_EQ(stats.out, "1  field-number      [*]\n1  term              [*]\n合計 2 件（[*]: 自動修正できるものを含む。--fix で修正）\n");
  EXPECT_EQ(kosei_in(dir, "check --statistics --format sarif a.md").exit_code, 2);
}

TEST(Gates, GithubFormatWritesTheStepSummary) {
  fs::path dir = scratch("github");
  write(dir / "a.md", kBad);
  KoseiRun run = kosei_in(dir, "check --format github --select field-number a.md");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.out.rfind("::error file=", 0), 0u) << run.out;
  std::string command = "cd '" + dir.string() + "' && GITHUB_STEP_SUMMARY=summary.md " + KOSEI_BINARY +
                        " check --format github --select field-number a.md >/dev/null";
  EXPECT_NE(std::system(command.c_str()), 0);
  std::string summary = kosei::testing::read_file((dir / "summary.md").string());
  EXPECT_NE(summary.find("| `field-number` | 1 |"), std::string::npos) << summary;
}

TEST(ConfigCommand, ShowsEffectiveSettingsAndWhereTheyCameFrom) {
  fs::path dir = scratch("config");
  fs::create_directories(dir / "archive");
  write(dir / "kosei.toml",
        "[rules]\n\"width\" = \"off\"\n\n[[overrides]]\npaths = [\"archive/**\"]\n[overrides.rules]\n\"term\" = \"info\"\n");
  write(dir / "archive" / "old.md", "x\n");
  KoseiRun run = kosei_in(dir, "config archive/old.md");
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_NE(run.out.find("# 設定ファイル: " + (dir / "kosei.toml").string()), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("\"width\" = \"off\"                   # kosei.toml [rules]"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("\"term\" = \"info\"                   # kosei.toml [[overrides]] 1 番目（paths: \"archive/**\"）"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("\"field-number\" = \"error\"          # 既定"), std::string::npos) << run.out;
  write(dir / "bad.toml", "[rules]\n\"nope\" = \"off\"\n");
  EXPECT_EQ(kosei_in(dir, "config --config bad.toml archive/old.md").exit_code, 2);
}

TEST(Jobs, OutputOrderDoesNotDependOnJobs) {
  fs::path dir = scratch("jobs");
  // Different sizes: with several workers the largest files are checked first.
  for (int i = 0; i < 12; ++i) {
    std::string text;
    for (int copy = 0; copy <= (i * 7) % 5; ++copy) text += kBad;
    write(dir / ("f" + std::to_string(i) + ".md"), text);
  }
  KoseiRun one = kosei_in(dir, "check --format json-lines -j 1 .");
  KoseiRun many = kosei_in(dir, "check --format json-lines -j 8 .");
  EXPECT_EQ(one.out, many.out);
  EXPECT_EQ(one.exit_code, 1);
}
