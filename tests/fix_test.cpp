// --fix / --diff: edits never overlap, the file keeps its encoding, BOM, line endings and
// permissions, and nothing is written when the file changed underneath or cannot be encoded.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "fix/fix.h"
#include "fix/fix_loop.h"
#include "source/decode.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace kosei;
using kosei::testing::read_file;

namespace {

fs::path scratch(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("kosei-fix-" + std::to_string(getpid())) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void write(const fs::path& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

int kosei_exit(const std::string& args, std::string* out = nullptr) {
  std::string command = std::string("NO_COLOR=1 ") + KOSEI_BINARY + " " + args + " 2>/dev/null";
  FILE* pipe = popen(command.c_str(), "r");
  std::string text;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof(buffer), pipe)) > 0) text.append(buffer, n);
  int status = pclose(pipe);
  if (out) *out = text;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// 量子 is field ③; 人口知能 is a dictionary error.
const std::string kDraft = "量子分野（④）では人口知能を使う。\n";
const std::string kFixed = "量子分野（③）では人工知能を使う。\n";

}  // namespace

TEST(ApplyEdits, OverlappingEditsNeverCorruptText) {
  size_t applied = 0;
  // 0..6 and 3..9 overlap: the first wins, the second waits for the next pass.
  EXPECT_EQ(apply_edits("abcdefghij", {{3, 9, "X"}, {0, 6, "Y"}}, applied), "Yghij");
  EXPECT_EQ(applied, 1u);
  // Nested: the outer (earlier, then shorter-first) one wins; the inner is dropped.
  EXPECT_EQ(apply_edits("abcdef", {{1, 5, "Z"}, {2, 3, "Q"}}, applied), "aZf");
  EXPECT_EQ(applied, 1u);
  // Adjacent edits both apply; duplicates apply once; two insertions at one point: the first.
  EXPECT_EQ(apply_edits("abcdef", {{0, 2, "1"}, {2, 4, "2"}, {2, 4, "2"}}, applied), "12ef");
  EXPECT_EQ(applied, 2u);
  EXPECT_EQ(apply_edits("ab", {{1, 1, "x"}, {1, 1, "y"}}, applied), "axb");
  EXPECT_EQ(applied, 1u);
  // An edit that would split a UTF-8 sequence (人 is 3 bytes) is refused.
  EXPECT_EQ(apply_edits("人口", {{1, 3, "x"}}, applied), "人口");
  EXPECT_EQ(applied, 0u);
  EXPECT_EQ(apply_edits("人口", {{0, 3, "入"}, {9, 12, "x"}}, applied), "入口");
}

TEST(UnifiedDiff, HunksWithContextAndCrlf) {
  EXPECT_EQ(unified_diff("a\nb\n", "a\nb\n", "x.md"), "");
  EXPECT_EQ(unified_diff("1\n2\n3\n4\n5\n6\n7\n8\n9\n", "1\n2\n3\n4\nV\n6\n7\n8\n9\n", "d/x.md"),
            "--- a/d/x.md\n+++ b/d/x.md\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+V\n 6\n 7\n 8\n");
  EXPECT_EQ(unified_diff("a\r\nb", "a\r\nc", "x.txt"),
            "--- a/x.txt\n+++ b/x.txt\n@@ -1,2 +1,2 @@\n a\r\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n");
}

namespace {

// A finding of `rule` that replaces `from` (its first occurrence in `text`) by `to`.
ReportedDiagnostic replacing(const std::string& text, std::string_view rule, const std::string& from, const std::string& to) {
  ReportedDiagnostic d;
  d.rule = rule;
  const size_t at = text.find(from);
  d.fix_location.byte_begin = at;
  d.fix_location.byte_end = at + from.size();
  d.fix_replacement = to;
  return d;
}

}  // namespace

TEST(FixLoop, AppliesFixesPassAfterPassUntilNoneApplies) {
  // Pass 1 fixes 人口知能; only then does the (fake) field rule see 量子（④） and fix it.
  std::string text = kDraft;
  int calls = 0;
  const FixLoopResult result = fix_until_stable(text, [&](const std::string& current) {
    ++calls;
    std::vector<ReportedDiagnostic> findings;
    if (current.find("人口知能") != std::string::npos) {
      findings.push_back(replacing(current, "term", "人口知能", "人工知能"));
    } else if (current.find("（④）") != std::string::npos) {
      findings.push_back(replacing(current, "field-number", "④", "③"));
    }
    return findings;
  });
  EXPECT_EQ(text, kFixed);
  EXPECT_EQ(result.applied, 2u);
  EXPECT_EQ(result.passes, 2);
  EXPECT_EQ(calls, 3);  // the third check finds nothing to fix
  EXPECT_FALSE(result.cycled);
  EXPECT_TRUE(result.converged);
  EXPECT_EQ(fix_loop_warning(result, "a.md"), "");
}

TEST(FixLoop, FixesThatUndoEachOtherAreNotAppliedAndAreNamed) {
  // ⑯ → ⑫ makes the rule read the row as another list, whose fix is ⑫ → ⑯: back to the start.
  const std::string original = "| ⑯ フュージョンエネルギー |\n";
  std::string text = original;
  const FixLoopResult result = fix_until_stable(text, [&](const std::string& current) {
    std::vector<ReportedDiagnostic> findings;
    if (current.find("⑯") != std::string::npos) findings.push_back(replacing(current, "field-number", "⑯", "⑫"));
    if (current.find("⑫") != std::string::npos) findings.push_back(replacing(current, "list-numbering", "⑫", "⑯"));
    return findings;
  });
  EXPECT_EQ(text, original);
  EXPECT_EQ(result.applied, 0u);
  EXPECT_TRUE(result.cycled);
  EXPECT_EQ(result.cycle_rules, (std::vector<std::string>{"field-number", "list-numbering"}));
  EXPECT_EQ(fix_loop_warning(result, "a.md"),
            "kosei: a.md: 自動修正が互いに打ち消し合うため（field-number, list-numbering）、その修正は行いません。"
            "指摘の箇所を確認してください");
}

TEST(FixLoop, ACycleAfterAGoodFixKeepsTheGoodFix) {
  // Pass 1: 人口知能 → 人工知能 (kept). Then A ↔ B forever: the text before the cycle is kept.
  std::string text = "人口知能 A\n";
  const FixLoopResult result = fix_until_stable(text, [&](const std::string& current) {
    std::vector<ReportedDiagnostic> findings;
    if (current.find("人口知能") != std::string::npos) return std::vector{replacing(current, "term", "人口知能", "人工知能")};
    if (current.find('A') != std::string::npos) findings.push_back(replacing(current, "width", "A", "B"));
    if (current.find('B') != std::string::npos) findings.push_back(replacing(current, "term-variant", "B", "A"));
    return findings;
  });
  EXPECT_EQ(text, "人工知能 A\n");
  EXPECT_EQ(result.applied, 1u);
  EXPECT_EQ(result.passes, 1);
  EXPECT_TRUE(result.cycled);
  EXPECT_EQ(result.cycle_rules, (std::vector<std::string>{"term-variant", "width"}));
}

TEST(FixLoop, StopsAfterTheLastPassAndSaysFixesRemain) {
  // Every pass appends one more character: never stable.
  std::string text = "a";
  const FixLoopResult result = fix_until_stable(
      text,
      [&](const std::string& current) {
        ReportedDiagnostic d;
        d.rule = "term";
        d.fix_location.byte_begin = d.fix_location.byte_end = current.size();
        d.fix_replacement = "a";
        return std::vector{d};
      },
      4);
  EXPECT_EQ(text, "aaaaa");
  EXPECT_EQ(result.applied, 4u);
  EXPECT_FALSE(result.cycled);
  EXPECT_FALSE(result.converged);
  EXPECT_EQ(fix_loop_warning(result, "a.md"),
            "kosei: a.md: 自動修正を 4 回繰り返しても修正が残っています。もう一度 --fix を実行するか、残りの指摘を確認してください");
}

TEST(Fix, AppliesSafeFixesAndReportsTheRest) {
  fs::path dir = scratch("basic");
  write(dir / "a.md", kDraft + "𠮟る\n");
  std::string out;
  EXPECT_EQ(kosei_exit("check --fix -q " + (dir / "a.md").string(), &out), 1);  // non-jis 𠮟 remains
  EXPECT_EQ(read_file((dir / "a.md").string()), kFixed + "𠮟る\n");
  EXPECT_NE(out.find("[non-jis]"), std::string::npos);
  EXPECT_EQ(out.find("[term]"), std::string::npos);
  EXPECT_EQ(kosei_exit("check --fix --select term,field-number " + (dir / "a.md").string()), 0);
}

TEST(Fix, DiffChangesNothing) {
  fs::path dir = scratch("diff");
  write(dir / "a.md", kDraft);
  std::string out;
  EXPECT_EQ(kosei_exit("check --diff --select term " + (dir / "a.md").string(), &out), 1);
  EXPECT_EQ(read_file((dir / "a.md").string()), kDraft);
  EXPECT_NE(out.find("-量子分野（④）では人口知能を使う。\n+量子分野（④）では人工知能を使う。\n"), std::string::npos) << out;
  write(dir / "b.md", kFixed);
  EXPECT_EQ(kosei_exit("check --diff " + (dir / "b.md").string(), &out), 0);
  EXPECT_EQ(out, "");
}

TEST(Fix, KeepsShiftJisBomCrlfAndPermissions) {
  fs::path dir = scratch("encodings");
  // CP932 bytes of kDraft, CRLF.
  std::string sjis = *encode_text("量子分野（④）では人口知能を使う。\r\n二行目\r\n", Encoding::shift_jis, false);
  write(dir / "sjis.txt", sjis);
  write(dir / "bom.md", "\xEF\xBB\xBF" + kDraft);
  chmod((dir / "sjis.txt").c_str(), 0640);
  EXPECT_EQ(kosei_exit("check --fix -q --select term,field-number " + (dir / "sjis.txt").string() + " " +
                       (dir / "bom.md").string()),
            0);
  EXPECT_EQ(read_file((dir / "sjis.txt").string()),
            *encode_text("量子分野（③）では人工知能を使う。\r\n二行目\r\n", Encoding::shift_jis, false));
  EXPECT_EQ(read_file((dir / "bom.md").string()), "\xEF\xBB\xBF" + kFixed);
  struct stat status {};
  ASSERT_EQ(stat((dir / "sjis.txt").c_str(), &status), 0);
  EXPECT_EQ(status.st_mode & 07777, 0640u);
  // No temporary files left behind.
  size_t files = 0;
  for (const auto& entry : fs::directory_iterator(dir)) files += entry.is_regular_file() ? 1 : 0;
  EXPECT_EQ(files, 2u);
}

TEST(Fix, FollowsSymlinksAndKeepsThem) {
  fs::path dir = scratch("symlink");
  write(dir / "real.md", kDraft);
  fs::create_symlink("real.md", dir / "link.md");
  EXPECT_EQ(kosei_exit("check --fix -q --select term,field-number " + (dir / "link.md").string()), 0);
  EXPECT_TRUE(fs::is_symlink(dir / "link.md"));
  EXPECT_EQ(read_file((dir / "real.md").string()), kFixed);
}

TEST(Fix, RefusesWhenTheFileChangedSinceItWasRead) {
  fs::path dir = scratch("changed");
  write(dir / "a.md", "editor's newer text\n");
  std::string error;
  EXPECT_FALSE(write_fixed_file((dir / "a.md").string(), kDraft, kFixed, Encoding::utf8, false, error));
  EXPECT_NE(error.find("変更されたため"), std::string::npos) << error;
  EXPECT_EQ(read_file((dir / "a.md").string()), "editor's newer text\n");
}

TEST(Fix, RefusesTextTheOriginalEncodingCannotHold) {
  fs::path dir = scratch("unencodable");
  std::string sjis = *encode_text(kDraft, Encoding::shift_jis, false);
  write(dir / "a.txt", sjis);
  std::string error;
  EXPECT_FALSE(write_fixed_file((dir / "a.txt").string(), sjis, "𠮟る\n", Encoding::shift_jis, false, error));
  EXPECT_NE(error.find("表せない"), std::string::npos) << error;
  EXPECT_EQ(read_file((dir / "a.txt").string()), sjis);
}

TEST(Fix, StdinCannotBeFixedInPlace) {
  EXPECT_EQ(kosei_exit("check --fix - </dev/null"), 2);
  EXPECT_EQ(kosei_exit("check --fix --diff x.md"), 2);
}
