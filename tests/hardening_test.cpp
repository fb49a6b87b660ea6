// Bad input: kosei answers with a clear message and the right exit code, in bounded time and
// memory, and never crashes or hangs.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "test_support.h"
#include "text/regex.h"
#include "text/utf8.h"

namespace fs = std::filesystem;
using kosei::testing::CliRun;
using kosei::testing::run_kosei;
using kosei::testing::scratch_dir;

TEST(Hardening, EmptyFileIsCheckedAndClean) {
  fs::path dir = scratch_dir("empty-file");
  std::ofstream(dir / "empty.md");
  CliRun r = run_kosei("check " + (dir / "empty.md").string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "問題は見つかりませんでした（1 ファイル）\n");
}

TEST(Hardening, FifoIsRefusedWithoutBlocking) {
  fs::path dir = scratch_dir("fifo");
  fs::path fifo = dir / "pipe.md";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  CliRun r = run_kosei("check " + fifo.string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("通常のファイルではありません"), std::string::npos) << r.err;
}

TEST(Hardening, FifoInsideADirectoryIsNotOpened) {
  fs::path dir = scratch_dir("fifo-dir");
  ASSERT_EQ(mkfifo((dir / "pipe.md").c_str(), 0600), 0);
  std::ofstream(dir / "a.md") << "① AI・半導体\n";
  CliRun r = run_kosei("check " + dir.string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

TEST(Hardening, SymlinkLoopDoesNotLoop) {
  fs::path dir = scratch_dir("symlink-loop");
  fs::create_directories(dir / "a");
  fs::create_directory_symlink(dir, dir / "a" / "back");
  std::ofstream(dir / "a" / "draft.md") << "量子分野（④）\n";
  CliRun r = run_kosei("check -q --select field-number " + dir.string());
  EXPECT_EQ(r.exit_code, 1) << r.err;
  // Found once: directory symlinks are not followed.
  EXPECT_EQ(r.out, (dir / "a" / "draft.md").string() + ":1:6: error[field-number] 「量子」は戦略分野の③です（本文: ④）\n");
}

TEST(Hardening, DanglingSymlinkIsReported) {
  fs::path dir = scratch_dir("dangling");
  fs::create_symlink(dir / "missing.md", dir / "link.md");
  CliRun r = run_kosei("check " + (dir / "link.md").string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("パスが見つかりません"), std::string::npos) << r.err;
}

TEST(Hardening, TwoHundredMegabyteFileIsRefusedWithoutReadingIt) {
  fs::path dir = scratch_dir("huge");
  fs::path file = dir / "huge.md";
  std::ofstream(file) << "量子\n";
  fs::resize_file(file, 200u << 20);  // sparse: costs no disk
  CliRun r = run_kosei("check " + file.string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("ファイルが大きすぎます（200 MiB。上限は 100 MiB"), std::string::npos) << r.err;
  CliRun raised = run_kosei("check --max-file-size 300 -q --select field-number " + file.string());
  EXPECT_EQ(raised.exit_code, 2);  // read, then refused as binary: the sparse tail is NUL bytes
  EXPECT_NE(raised.err.find("テキストファイルではありません"), std::string::npos) << raised.err;
}

TEST(Hardening, ReadErrorIsReportedNotTakenAsAnEmptyFile) {
  // /proc/self/mem opens but fails to read at offset 0 (EIO): the error must surface.
  if (!fs::exists("/proc/self/mem")) GTEST_SKIP() << "no /proc";
  CliRun r = run_kosei("check /proc/self/mem");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("読み込み中にエラーが起きました"), std::string::npos) << r.err;
}

TEST(Hardening, UnreadableFileIsExitTwo) {
  fs::path dir = scratch_dir("unreadable");
  fs::path file = dir / "secret.md";
  std::ofstream(file) << "量子\n";
  fs::permissions(file, fs::perms::none);
  if (geteuid() == 0) {
    GTEST_SKIP() << "running as root: permissions do not stop root from reading";
  }
  CliRun r = run_kosei("check " + file.string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("読めません"), std::string::npos) << r.err;
}

TEST(Hardening, TwentyMegabyteSingleLine) {
  fs::path dir = scratch_dir("long-line");
  std::string unit = "量子分野（③）では、AI・半導体と造船の連携を進める。";  // correct: no finding
  std::string line;
  while (line.size() < 20'000'000) line += unit;
  line += "量子分野（④）";  // one finding at the very end of the line
  std::ofstream(dir / "long.md", std::ios::binary) << line;
  CliRun r = run_kosei("check -q --format json --select field-number " + (dir / "long.md").string());
  EXPECT_EQ(r.exit_code, 1) << r.err;
  size_t code_points = kosei::count_code_points(line, 0, line.size());
  std::string column = "\"column\": " + std::to_string(code_points - 1);  // ④ is the second-last character
  EXPECT_NE(r.out.find(column), std::string::npos) << r.out.substr(0, 400);
}

TEST(Hardening, TextOutputShowsAWindowOfAVeryLongLine) {
  fs::path dir = scratch_dir("long-line-text");
  std::string line;
  while (line.size() < 3'000'000) line += "量子分野（③）では、AI・半導体と造船の連携を進める。";
  line += "量子分野（④）";
  std::ofstream(dir / "long.md", std::ios::binary) << line;
  CliRun r = run_kosei("check --select field-number " + (dir / "long.md").string());
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_LT(r.out.size(), 2000u);  // a window around the finding, not the 3 MB line
  // The caret still stands under ④: the window ends with "量子分野（④）", so the caret line ends
  // with two carets and the fix.
  EXPECT_NE(r.out.find("量子分野（④）\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("^^ 修正案: ③\n"), std::string::npos) << r.out;
}

TEST(Hardening, CatastrophicPatternIsStoppedByTheMatchLimit) {
  auto regex = kosei::Regex::compile("(a+)+$");
  ASSERT_TRUE(regex.has_value());
  std::string text(40, 'a');
  text += "b";
  bool complete = regex->for_each_match(text, [](const kosei::RegexMatch&) { return true; });
  EXPECT_FALSE(complete);  // gave up at the limit instead of running for hours
}

TEST(Hardening, CanonicalDataWithOneHundredThousandEntries) {
  fs::path dir = scratch_dir("big-canon");
  std::ofstream canon(dir / "big.toml");
  for (int list = 0; list < 2000; ++list) {
    canon << "[[list]]\nid = \"l" << list << "\"\ntitle = \"T\"\nmember_noun = \"項目\"\n";
    for (int member = 1; member <= 50; ++member) {
      canon << "[[list.members]]\nnumber = " << member << "\nname = \"名前" << list << "の" << member << "\"\n";
    }
  }
  canon.close();
  CliRun r = run_kosei("check --canon " + (dir / "big.toml").string() + " -", "① 名前7の1\n② 名前7の3\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;  // a lone numbered name is not reported without context
}

// old-kanji asks, for each jinmeiyō old form, whether the word is written with the standard form
// elsewhere (then it is a slip, not a name). It searched the whole text once per occurrence
// (40,000 德 in 940 KB: 15 s); now once per word, and past 64 words from an index of adjacent
// pairs. The answers must not change when the index takes over.
TEST(Hardening, OldKanjiAnswersTheSameBeforeAndAfterIndexingWordPairs) {
  std::string text = "徳乙と徳丸と徳鶴の件。\n德乙の件。\n";  // 德乙: the standard word 徳乙 is there
  for (char32_t neighbour = U'一'; neighbour < U'一' + 70; ++neighbour) {
    text += "德" + kosei::to_utf8(neighbour) + "の件。\n";  // 70 more words: the index is built
  }
  text += "德丸の件。\n德亀の件。\n德鶴の件。\n";  // 德丸 asked before; 德亀, 德鶴 answered by the index
  const kosei::FileReport report = kosei::testing::report(text, {"old-kanji"});
  std::vector<std::string> warnings;
  size_t infos = 0;
  for (const auto& d : report.diagnostics) {
    if (d.severity == kosei::Severity::warning) warnings.push_back(std::to_string(d.location.line));
    if (d.severity == kosei::Severity::info) ++infos;
  }
  // 德乙 (line 2), 德丸 among the 70 (line 59) and after them (73), 德鶴 (75): their standard
  // words are written on line 1.
  EXPECT_EQ(warnings, (std::vector<std::string>{"2", "59", "73", "75"}));
  EXPECT_EQ(infos, 70u);  // the others and 德亀: names as far as the document tells
}

// bracket keeps openers left at a paragraph's end per family, and the open brackets of a
// paragraph per family: a search through all of them for every closer was quadratic (100,000 （
// then 100,000 ） two paragraphs later: 18 s). What it reports must not change.
TEST(Hardening, BracketPairsAcrossParagraphsAndFamilies) {
  std::string text =
      "前文「引用が続き（注\n\n\n"            // 「 and （ wait: the line is cut mid-sentence
      "別の段落）で閉じ、」も閉じる。\n\n\n"  // ） and 」 close them
      "【見出し「中身】と『書名』。\n\n\n"     // 「 crossed by 】
      "開く〔だけ\n\n\n";                       // 〔 waits …
  for (int i = 0; i < 205; ++i) text += "埋め草の行。\n";
  text += "〕遅すぎる閉じ。\n";  // … 200 lines at most: 〔 and 〕 are both reported
  EXPECT_EQ(kosei::testing::findings(text, {"bracket"}),
            (std::vector<std::string>{"7:5 bracket", "10:3 bracket", "218:1 bracket"}));
  // Many openers of one family, closers of another: each closer is stray, each opener unclosed.
  std::string crossed;
  for (int i = 0; i < 3; ++i) crossed += "「";
  for (int i = 0; i < 2; ++i) crossed += "）";
  EXPECT_EQ(kosei::testing::findings(crossed + "\n", {"bracket"}),
            (std::vector<std::string>{"1:1 bracket", "1:2 bracket", "1:3 bracket", "1:4 bracket", "1:5 bracket"}));
  // 「 is crossed by 】 and gone: the 」 after it has no opener.
  EXPECT_EQ(kosei::testing::findings("【「】」\n", {"bracket"}), (std::vector<std::string>{"1:2 bracket", "1:4 bracket"}));
}
