// Golden output of every printer (exact bytes), on a finding after 𠮟 (U+20B9F: one code point,
// two UTF-16 code units, four UTF-8 bytes), and SARIF validated against the OASIS 2.1.0 schema.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "app/rule_docs.h"
#include "checks/check.h"
#include "report/json_item.h"
#include "report/report.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace kosei;

namespace {

void run_nothing(const CheckContext&, Reporter&) {}

// A rule with fixed documentation, so the golden SARIF does not change when real rules' docs do.
const Check kDemo{"term", Severity::warning,
                  CheckDocs{"用語の誤り", "辞書にある誤記を報告します。", "誤記は信頼を損ねます。", "人口知能 → 人工知能", "",
                            "辞書の正しい表記に置き換えます。"},
                  &run_nothing};

// 𠮟る人口知能 / ２０２６年 <&> with two findings: one with a fix, one whose message needs escaping.
std::vector<FileReport> sample_reports() {
  std::string text = "𠮟る人口知能\n割合, 5%: <&>\n";
  Document document("docs/a b.md", DecodedText{text, Encoding::utf8, false}, builtin_knowledge());
  std::vector<Diagnostic> diagnostics;
  Diagnostic term;
  term.rule = "term";
  term.severity = Severity::warning;
  term.span = Span{7, 19};  // 人口知能
  term.message = "「人口知能」は「人工知能」の誤りです";
  term.fix = Fix{Span{7, 19}, "人工知能"};
  diagnostics.push_back(term);
  Diagnostic odd;
  odd.rule = "width";
  odd.severity = Severity::error;
  odd.span = Span{20, 26};  // 割合
  odd.message = "100% 確認: a,b\n\"<次行>\" & 'x'";
  diagnostics.push_back(odd);
  FileReport report = make_file_report(document, diagnostics);
  report.uri = "docs/a b.md";
  Document clean_document("docs/clean.md", DecodedText{"問題なし\n", Encoding::utf8, false}, builtin_knowledge());
  FileReport clean = make_file_report(clean_document, {});
  return {report, clean};
}

std::string render(void (*printer)(const std::vector<FileReport>&, std::ostream&)) {
  std::ostringstream out;
  printer(sample_reports(), out);
  return out.str();
}

// Compares with tests/golden/NAME; KOSEI_UPDATE_GOLDEN=1 rewrites the file instead (review the diff).
void expect_golden(const std::string& name, const std::string& actual) {
  std::string path = kosei::testing::source_dir() + "/tests/golden/" + name;
  if (std::getenv("KOSEI_UPDATE_GOLDEN")) {
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  EXPECT_EQ(actual, kosei::testing::read_file(path)) << "golden file " << path;
}

}  // namespace

TEST(ReportFormats, PositionsInEveryUnitAfterAnAstralCharacter) {
  const std::vector<kosei::FileReport> reports = sample_reports();  // keep it alive while `d` is read
  const ReportedDiagnostic& d = reports[0].diagnostics[0];
  EXPECT_EQ(d.location.column, 3u);        // 𠮟 る | 人: code points
  EXPECT_EQ(d.location.end_column, 7u);
  EXPECT_EQ(d.location.utf16_column, 4u);  // 𠮟 is a surrogate pair
  EXPECT_EQ(d.location.utf16_end_column, 8u);
  EXPECT_EQ(d.location.byte_column, 8u);   // 4 + 3 bytes before
  EXPECT_EQ(d.location.byte_end_column, 20u);
}

TEST(ReportFormats, Checkstyle) { expect_golden("checkstyle.xml", render(print_checkstyle)); }
TEST(ReportFormats, Junit) { expect_golden("junit.xml", render(print_junit)); }
TEST(ReportFormats, Rdjson) { expect_golden("rdjson.json", render(print_rdjson)); }
TEST(ReportFormats, JsonLines) { expect_golden("json-lines.jsonl", render(print_json_lines)); }
TEST(ReportFormats, Github) { expect_golden("github.txt", render(print_github)); }

TEST(ReportFormats, GithubSummary) {
  std::ostringstream out;
  print_github_summary(sample_reports(), out, 1);
  expect_golden("github-summary.md", out.str());
}

TEST(ReportFormats, Statistics) {
  std::ostringstream text, json;
  print_statistics(sample_reports(), false, text);
  print_statistics(sample_reports(), true, json);
  expect_golden("statistics.txt", text.str());
  expect_golden("statistics.json", json.str());
}

TEST(ReportFormats, Sarif) {
  std::ostringstream out;
  print_sarif(sample_reports(), {&kDemo}, out);
  expect_golden("sarif.json", out.str());
}

TEST(ReportFormats, Escaping) {
  EXPECT_EQ(github_escape_data("a%b\r\nc:d,e"), "a%25b%0D%0Ac:d,e");
  EXPECT_EQ(github_escape_property("a%b\r\nc:d,e"), "a%25b%0D%0Ac%3Ad%2Ce");
  EXPECT_EQ(xml_escape("<a href=\"x\">&'\x01"), "&lt;a href=&quot;x&quot;&gt;&amp;&apos;U+0001");
  EXPECT_EQ(uri_encode_path("docs/案 1.md"), "docs/%E6%A1%88%201.md");
}

TEST(ReportFormats, FingerprintIgnoresLineNumberButNotText) {
  auto first = kosei::testing::report("量子分野（④）\n", {"field-number"});
  auto moved = kosei::testing::report("前書き\n\n量子分野（④）\n", {"field-number"});
  auto other = kosei::testing::report("量子分野（④）です\n", {"field-number"});
  ASSERT_EQ(first.diagnostics.size(), 1u);
  ASSERT_EQ(moved.diagnostics.size(), 1u);
  ASSERT_EQ(other.diagnostics.size(), 1u);
  EXPECT_EQ(first.diagnostics[0].fingerprint, moved.diagnostics[0].fingerprint);
  EXPECT_NE(first.diagnostics[0].fingerprint, other.diagnostics[0].fingerprint);
}

// The SARIF of the real binary (every rule's metadata, a real finding after 𠮟) against the
// OASIS schema, with Debian's python3-jsonschema.
TEST(ReportFormats, SarifValidatesAgainstSchema) {
  if (std::system("python3 -c 'import jsonschema' >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "python3-jsonschema がありません（apt-get install python3-jsonschema）: SARIF のスキーマ検証を省略";
  }
  fs::path dir = fs::temp_directory_path() / ("kosei-sarif-" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "draft.md") << "# 分野\n\n𠮟る量子分野（④）では人口知能を使う。\n";
  std::string sarif = (dir / "out.sarif").string();
  std::string command = std::string(KOSEI_BINARY) + " check --format sarif --report-unused-suppressions " +
                        (dir / "draft.md").string() + " > " + sarif;
  int status = std::system(command.c_str());
  ASSERT_EQ(WEXITSTATUS(status), 1);
  std::string validate =
      "python3 -c 'import json,sys,jsonschema; s=json.load(open(sys.argv[1])); d=json.load(open(sys.argv[2])); "
      "jsonschema.validate(d, s); r=d[\"runs\"][0][\"results\"]; assert r, \"no results\"; "
      "assert d[\"runs\"][0][\"tool\"][\"driver\"][\"rules\"]; print(len(r))' " +
      kosei::testing::source_dir() + "/tests/sarif-schema-2.1.0.json " + sarif;
  EXPECT_EQ(std::system(validate.c_str()), 0) << "SARIF does not validate: " << sarif;
  fs::remove_all(dir);
}

namespace {

// The object of a finding as an nlohmann document, the way the JSON printers built it before
// they wrote it directly: the reference the direct writer must match byte for byte.
nlohmann::ordered_json finding_document(const FileReport& report, const ReportedDiagnostic& d) {
  nlohmann::ordered_json item;
  item["file"] = report.path;
  item["line"] = d.location.line;
  item["column"] = d.location.column;
  item["end_line"] = d.location.end_line;
  item["end_column"] = d.location.end_column;
  item["rule"] = std::string(d.rule);
  item["severity"] = std::string(severity_name(d.severity));
  item["message"] = d.message;
  if (d.fix_replacement) {
    item["fix"] = {{"replacement", *d.fix_replacement}, {"line", d.fix_location.line}, {"column", d.fix_location.column},
                   {"end_line", d.fix_location.end_line}, {"end_column", d.fix_location.end_column}};
  } else {
    item["fix"] = nullptr;
  }
  if (!d.canon.empty()) item["canon"] = d.canon;
  if (!d.related.empty()) {
    nlohmann::ordered_json related = nlohmann::ordered_json::array();
    for (const ReportedRelated& r : d.related) {
      related.push_back({{"file", r.file}, {"line", r.location.line}, {"column", r.location.column},
                         {"end_line", r.location.end_line}, {"end_column", r.location.end_column}, {"message", r.message}});
    }
    item["related"] = std::move(related);
  }
  return item;
}

}  // namespace

TEST(ReportFormats, JsonWriterWritesWhatNlohmannWrites) {
  // Every optional member present or absent, and strings with everything JSON escapes: quotes,
  // backslashes, each C0 control, DEL, astral characters, a file name that is not UTF-8, and long
  // strings whose escapes fall at other offsets of the printer's eight-byte words.
  std::string controls;
  for (int c = 1; c < 0x20; ++c) controls += static_cast<char>(c);
  const std::string strings[] = {"", "docs/a b.md", "「人口知能」\"引用\" \\ / \x7F", controls, "𠮟る\tタブ\r\n",
                                 "bad\xFF\xE3\x81name.md", "\xED\xA0\x80surrogate",
                                 // Escaped bytes at several offsets of an eight-byte word, after whole clean words.
                                 "予算額は0123456789\"123456\\89abcd\x1F" "12345678901234\x7F" "end\"\n"};
  size_t round = 0;
  for (const std::string& path : strings) {
    for (const std::string& message : strings) {
      FileReport report;
      report.path = path;
      ReportedDiagnostic d;
      d.rule = "term";
      d.severity = round % 3 == 0 ? Severity::error : round % 3 == 1 ? Severity::warning : Severity::info;
      d.message = message;
      d.location = Location{round + 1, 2, 1234567, 4};
      if (round % 2 == 0) {
        d.fix_replacement = message;
        d.fix_location = Location{5, 6, 7, 8};
      }
      if (round % 4 < 2) d.canon = path + "canon";
      for (size_t k = 0; k < round % 3; ++k) d.related.push_back(ReportedRelated{message, Location{k, k + 1, k + 2, k + 3}, path});
      ++round;

      const nlohmann::ordered_json reference = finding_document(report, d);
      std::string compact;
      append_finding_json(compact, report, d, false);
      EXPECT_EQ(compact, reference.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)) << "round " << round;
      // Pretty: as one element of an array dumped with indent 2.
      std::string pretty = "[\n  ";
      append_finding_json(pretty, report, d, true);
      pretty += "\n]";
      const nlohmann::ordered_json array = nlohmann::ordered_json::array({reference});
      EXPECT_EQ(pretty, array.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)) << "round " << round;
    }
  }
  EXPECT_EQ(round, 64u);
}

TEST(ReportFormats, SarifAndRdjsonStreamedAreWhatTheWholeDocumentWouldBe) {
  // The results are written one at a time into the document's frame: parsing the output and
  // dumping it again as one document must give the same bytes, with findings and without.
  std::vector<FileReport> with_findings = sample_reports();
  std::vector<FileReport> without_findings = {with_findings[1]};
  for (const auto& reports : {with_findings, without_findings}) {
    std::ostringstream out;
    print_sarif(reports, {&kDemo}, out);
    const nlohmann::ordered_json parsed = nlohmann::ordered_json::parse(out.str());
    EXPECT_EQ(parsed.dump(2, ' ', false) + "\n", out.str());
    EXPECT_EQ(parsed["runs"][0]["results"].size(), reports.size() == 2 ? 2u : 0u);
    std::ostringstream rdjson;
    print_rdjson(reports, rdjson);
    const nlohmann::ordered_json rd = nlohmann::ordered_json::parse(rdjson.str());
    EXPECT_EQ(rd.dump(2, ' ', false) + "\n", rdjson.str());
    EXPECT_EQ(rd["diagnostics"].size(), reports.size() == 2 ? 2u : 0u);
  }
}
