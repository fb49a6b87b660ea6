// The kosei binary as users run it: exit codes, output bytes, errors on bad input.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "test_support.h"

namespace fs = std::filesystem;

namespace {

using kosei::testing::CliRun;

CliRun run(const std::string& args, const std::string& stdin_text = "") {
  return kosei::testing::run_kosei(args, stdin_text);
}

fs::path scratch(const std::string& name) { return kosei::testing::scratch_dir(name); }

}  // namespace

TEST(Cli, TextOutputWithCaretsUnderWideCharacters) {
  CliRun r = run("check --select field-number -", "# 分野\n\n量子分野（④）では\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out,
            "-:3:6: error[field-number] 「量子」は戦略分野の③です（本文: ④）\n"
            "  |\n"
            "3 | 量子分野（④）では\n"
            "  |           ^^ 修正案: ③\n"
            "1 件の問題（エラー 1、警告 0）\n");
}

TEST(Cli, JsonOutputIsTheInterfaceContract) {
  CliRun r = run("check --format json --select field-name --stdin-filename drafts/a.md -",
              "⑬ マテリアル（重要鉱物・部材）\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, R"([
  {
    "file": "drafts/a.md",
    "line": 1,
    "column": 3,
    "end_line": 1,
    "end_column": 17,
    "rule": "field-name",
    "severity": "warning",
    "message": "戦略分野名は「マテリアル（重要鉱物・部素材）」です（本文: マテリアル（重要鉱物・部材））",
    "fix": {
      "replacement": "マテリアル（重要鉱物・部素材）",
      "line": 1,
      "column": 3,
      "end_line": 1,
      "end_column": 17
    },
    "canon": "マテリアル（重要鉱物・部素材）"
  }
]
)");
}

TEST(Cli, CleanInputExitsZero) {
  CliRun r = run("check --select field-number,field-name -", "① AI・半導体\n② 造船\n③ 量子\n");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "問題は見つかりませんでした（1 ファイル）\n");
}

TEST(Cli, SampleDraftFromTheReadme) {
  CliRun r = run("check fixtures/all/sample_draft.md");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("fixtures/all/sample_draft.md:11:15: error[field-number] 「マテリアル（重要鉱物・部素材）」は戦略分野の⑬です（本文: ⑭）"),
            std::string::npos)
      << r.out;
}

TEST(Cli, MissingPathIsExitTwo) {
  CliRun r = run("check no/such/file.md");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no/such/file.md: パスが見つかりません"), std::string::npos) << r.err;
}

TEST(Cli, DirectoryWithoutDraftsIsExitTwo) {
  fs::path dir = scratch("empty");
  std::ofstream(dir / "notes.csv") << "a,b\n";
  CliRun r = run("check " + dir.string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("検査するファイルがありません"), std::string::npos) << r.err;
}

TEST(Cli, DirectoriesAreSearchedRecursivelyInStableOrder) {
  fs::path dir = scratch("tree");
  fs::create_directories(dir / "b" / "c");
  fs::create_directories(dir / ".git");
  std::ofstream(dir / "b" / "c" / "z.md") << "量子分野（④）\n";
  std::ofstream(dir / "a.txt") << "造船分野（③）\n";
  std::ofstream(dir / ".git" / "x.md") << "量子分野（④）\n";
  CliRun r = run("check -q --select field-number " + dir.string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, (dir / "a.txt").string() + ":1:6: error[field-number] 「造船」は戦略分野の②です（本文: ③）\n" +
                       (dir / "b" / "c" / "z.md").string() +
                       ":1:6: error[field-number] 「量子」は戦略分野の③です（本文: ④）\n");
}

TEST(Cli, BinaryFileNamedExplicitlyIsExitTwo) {
  fs::path dir = scratch("binary");
  std::ofstream(dir / "image.md", std::ios::binary) << std::string("\x89PNG\r\n\x1a\n\0\0", 10);
  CliRun r = run("check " + (dir / "image.md").string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("テキストファイルではありません"), std::string::npos) << r.err;
}

TEST(Cli, BinaryFileInADirectoryIsSkippedWithANote) {
  fs::path dir = scratch("binary-dir");
  std::ofstream(dir / "image.md", std::ios::binary) << std::string("\x89PNG\r\n\x1a\n\0\0", 10);
  std::ofstream(dir / "draft.md") << "① AI・半導体\n";
  CliRun r = run("check " + dir.string());
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.err.find("スキップします"), std::string::npos) << r.err;
}

TEST(Cli, UndecodableFileIsExitTwoWithPosition) {
  fs::path dir = scratch("invalid");
  std::ofstream(dir / "bad.md", std::ios::binary) << "量子\nab\xFF\xFF\n";
  CliRun r = run("check " + (dir / "bad.md").string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("2行目 3バイト目"), std::string::npos) << r.err;
}

TEST(Cli, ShiftJisFileIsChecked) {
  fs::path dir = scratch("sjis");
  // 量子分野（④） in CP932
  std::ofstream(dir / "sjis.txt", std::ios::binary) << "\x97\xca\x8e\x71\x95\xaa\x96\xec\x81\x69\x87\x43\x81\x6a\n";
  CliRun r = run("check -q --select field-number " + (dir / "sjis.txt").string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("sjis.txt:1:6: error[field-number]"), std::string::npos) << r.out << r.err;
}

TEST(Cli, BrokenConfigNamesFileAndLine) {
  fs::path dir = scratch("config");
  std::ofstream(dir / "kosei.toml") << "[rules]\n\"field-name\" = \"error\"\n\"no-such-rule\" = \"off\"\n";
  std::ofstream(dir / "a.md") << "量子\n";
  CliRun r = run("check " + (dir / "a.md").string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find((dir / "kosei.toml").string() + ":3:"), std::string::npos) << r.err;
}

TEST(Cli, ConfigChangesSeverityAndDisablesRules) {
  fs::path dir = scratch("config-ok");
  std::ofstream(dir / ".kosei.toml") << "[rules]\n\"field-number\" = \"info\"\n\"field-name\" = \"off\"\n";
  std::ofstream(dir / "a.md") << "量子分野（④）、港湾ロジスティックス\n";
  CliRun r = run("check -q " + (dir / "a.md").string());
  EXPECT_EQ(r.exit_code, 0);  // info only: below the default fail level
  EXPECT_EQ(r.out, (dir / "a.md").string() + ":1:6: info[field-number] 「量子」は戦略分野の③です（本文: ④）\n");
}

TEST(Cli, BrokenCanonDataNamesFileAndLine) {
  fs::path dir = scratch("canon");
  std::ofstream(dir / "canon.toml") << "[[list]]\nid = \"x\"\ntitle = \"T\"\nmember_noun = \"分野\"\n[[list.members]]\nnumber = 1\n";
  CliRun r = run("check --canon " + (dir / "canon.toml").string() + " -", "量子\n");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find((dir / "canon.toml").string() + ":5:"), std::string::npos) << r.err;
}

TEST(Cli, CanonFileReplacesABuiltinList) {
  fs::path dir = scratch("canon-next");
  std::ofstream(dir / "next.toml")
      << "[[list]]\nid = \"strategic-fields\"\ntitle = \"戦略18分野\"\nmember_noun = \"戦略分野\"\nprimary = true\n"
         "[[list.members]]\nnumber = 1\nname = \"AI・半導体\"\n[[list.members]]\nnumber = 2\nname = \"量子\"\n";
  CliRun r = run("check -q --select field-number --canon " + (dir / "next.toml").string() + " -", "量子分野（③）\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("「量子」は戦略分野の②です（本文: ③）"), std::string::npos) << r.out;
}

TEST(Cli, UnknownRuleInSelectIsExitTwo) {
  CliRun r = run("check --select field-nmae -", "量子\n");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("field-nmae"), std::string::npos);
}

TEST(Cli, ExplainPrintsTheRuleDocs) {
  CliRun r = run("explain field-number");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("# field-number\n", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("## 例"), std::string::npos);
}

TEST(Cli, RulesListsEveryRuleOnce) {
  CliRun r = run("rules");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("field-number"), std::string::npos);
  EXPECT_NE(r.out.find("count-mismatch"), std::string::npos);
}

TEST(Cli, VersionFlag) {
  CliRun r = run("--version");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("kosei ", 0), 0u);
}
