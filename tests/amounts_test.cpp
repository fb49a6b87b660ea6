// The amount mentions layer (mentions/amounts.h), the canonical figures loader (canon/figures.h)
// and the cross-document step of amount-conflict.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <unistd.h>

#include "app/run.h"
#include "canon/figures.h"
#include "checks/check.h"
#include "quantity/scan.h"
#include "source/decode.h"
#include "test_support.h"

namespace {

using kosei::AmountMention;
using kosei::FigureRole;

std::string role_name(FigureRole role) {
  switch (role) {
    case FigureRole::plain: return "plain";
    case FigureRole::total: return "total";
    case FigureRole::item: return "item";
    case FigureRole::experts: return "experts";
    case FigureRole::experts_total: return "experts_total";
    case FigureRole::sentence: return "sentence";
  }
  return "?";
}

std::unique_ptr<kosei::Document> analyse(const std::string& text, const std::string& path = "test.md") {
  auto decoded = kosei::decode_bytes(text);
  return std::make_unique<kosei::Document>(path, std::move(*decoded.decoded), kosei::builtin_knowledge());
}

// "line role kind year label canon written" for every attached figure.
std::vector<std::string> attached(const kosei::Document& document) {
  std::vector<std::string> out;
  const auto& figures = kosei::builtin_knowledge().figures.figures;
  for (const AmountMention& m : document.amounts.amounts) {
    if (m.role == FigureRole::plain) continue;
    std::string canon = m.canon_figure >= 0 ? figures[static_cast<size_t>(m.canon_figure)].id : "-";
    out.push_back(std::to_string(m.line + 1) + " " + role_name(m.role) + " " + kosei::figure_kind_name(m.kind) + " " +
                  std::to_string(m.fiscal_year) + " " + (m.label.empty() ? "-" : m.label) + " " + canon + " " +
                  document.text().substr(m.quantity.begin, m.quantity.end - m.quantity.begin));
  }
  return out;
}

const char* const kSheet = R"(マテリアル革新力の強化

令和8年度予算額（案）

181億円

（前年度予算額）

183億円

※[]内は令和7年度補正予算額

●マテリアル先端リサーチインフラ（ARIM）

21.9億円（21.9億円）[10.1億円]

●先端計測拠点の整備

5.3億円（5.0億円）
)";

TEST(Amounts, SheetFiguresGetSubjectKindAndYear) {
  auto document = analyse(kSheet);
  EXPECT_EQ(attached(*document),
            (std::vector<std::string>{
                "5 total initial 2026 マテリアル革新力の強化 materials-innovation-total 181億円",
                "9 total previous 2025 マテリアル革新力の強化 materials-innovation-total 183億円",
                "15 item initial 2026 マテリアル先端リサーチインフラ（ARIM） arim 21.9億円",
                "15 item previous 2025 マテリアル先端リサーチインフラ（ARIM） arim 21.9億円",
                "15 item supplementary 2025 マテリアル先端リサーチインフラ（ARIM） arim 10.1億円",
                "19 item initial 2026 先端計測拠点の整備 - 5.3億円",
                "19 item previous 2025 先端計測拠点の整備 - 5.0億円",
            }));
  ASSERT_EQ(document->amounts.sums.size(), 2u);
  EXPECT_EQ(document->amounts.sums[0].parts.size(), 2u);
}

TEST(Amounts, ExpertCountsBelongToTheNumberedWorkingGroup) {
  auto document = analyse(
      "③【スタートアップ】 **新設 スタートアップ政策推進分科会** 1月～\n"
      "◎スタートアップ大臣\n"
      "・関係省庁(内閣府(科技、規制)、金融、デジタル) ・有識者10名\n"
      "④【金融】 **新設 資産運用立国推進分科会** 1月～\n"
      "・関係省庁(金融、総務) ・有識者10名\n"
      "②【人材育成】 ・有識者4名+テーマごとに2名\n");
  EXPECT_EQ(attached(*document), (std::vector<std::string>{
                                     "3 experts none 0 スタートアップ - 10名",
                                     "5 experts none 0 金融を通じた潜在力の解放 - 10名",
                                 }));
}

// A sentence naming a figure is read from its last 。 or, on a line without one, from at most
// ~1,000 characters before the amount; the name is looked for at the end of it, also when NFKC
// shrinks what is written (full-width ＡＲＩＭ).
TEST(Amounts, SentenceFiguresOnLongLines) {
  std::string filler;
  for (int i = 0; i < 400; ++i) filler += "前置き、";  // 4,800 bytes without 。
  auto document = analyse(filler + "令和8年度予算案では ＡＲＩＭ に 31.9億円、" + filler + "補正予算で 2.5億円。\n");
  EXPECT_EQ(attached(*document), (std::vector<std::string>{
                                     "1 sentence initial 2026 マテリアル先端リサーチインフラ（ARIM） arim 31.9億円",
                                 }));
}

TEST(Amounts, ProseAndMaskedFiguresAreNotAttached) {
  auto document = analyse("市場規模は2030年に約3兆円となる。`ARIM 令和8年度予算案 31.9億円` はコード。\n");
  EXPECT_TRUE(attached(*document).empty());
}

TEST(FigureCanon, ValidationErrorsCarryFileAndLine) {
  kosei::CanonData data;
  auto error = kosei::load_canon_text(
      "[[figure]]\nid = \"x\"\nlabel = \"事業X\"\n[[figure.value]]\nfiscal_year = 2026\nkind = \"当初\"\namount = \"1億円\"\n",
      "user.toml", data);
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->file, "user.toml");
  EXPECT_EQ(error->line, 4u);
  EXPECT_NE(error->message.find("kind"), std::string::npos);

  error = kosei::load_canon_text(
      "[[figure]]\nid = \"x\"\nlabel = \"事業X\"\n[[figure.value]]\nfiscal_year = 2026\nkind = \"initial\"\namount = \"1,00億円\"\n",
      "user.toml", data);
  ASSERT_TRUE(error.has_value());
  EXPECT_NE(error->message.find("amount"), std::string::npos);
}

TEST(FigureCanon, UserFiguresAddAndReplace) {
  kosei::CanonData data;
  ASSERT_FALSE(kosei::load_builtin_canon(data).has_value());
  ASSERT_FALSE(kosei::load_canon_text("[[figure]]\nid = \"arim\"\nlabel = \"ARIM\"\nmatch = [\"ARIM\"]\n"
                                      "[[figure.value]]\nfiscal_year = 2027\nkind = \"initial\"\namount = \"22.5億円\"\n",
                                      "user.toml", data)
                   .has_value());
  kosei::FigureCanon figures(data);
  int arim = figures.find_in("マテリアル先端リサーチインフラ(ARIM)");
  ASSERT_GE(arim, 0);
  const auto& figure = figures.figures[static_cast<size_t>(arim)];
  EXPECT_EQ(figure.id, "arim");
  EXPECT_EQ(figure.values.size(), 1u);
  EXPECT_EQ(figure.value_for(2027, kosei::FigureKind::initial)->written, "22.5億円");
}

// Checks a.md (5.3億円), b.md (5.8億円) and c.md (5.3億円) together with amount-conflict alone.
int check_three_sheets(kosei::OutputFormat format, std::string& output, std::string& errors) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("kosei_conflict_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  auto write = [&](const std::string& name, const std::string& figure) {
    std::string text = kSheet;
    text.replace(text.find("5.3億円"), std::string("5.3億円").size(), figure);
    std::ofstream(dir / name, std::ios::binary) << text;
  };
  write("a.md", "5.3億円");
  write("b.md", "5.8億円");
  write("c.md", "5.3億円");
  kosei::CheckOptions options;
  options.paths = {(dir / "a.md").string(), (dir / "b.md").string(), (dir / "c.md").string()};
  options.select = {"amount-conflict"};
  options.format = format;
  options.jobs = 2;
  std::ostringstream out, err;
  int code = kosei::run_check(options, out, err);
  fs::remove_all(dir);
  output = out.str();
  errors = err.str();
  return code;
}

TEST(AmountConflict, AcrossTheFilesOfOneRun) {
  std::string json, err;
  EXPECT_EQ(check_three_sheets(kosei::OutputFormat::json, json, err), 1) << err;
  // One finding: in b.md (the later file), at line 19 column 1, pointing back at a.md; c.md agrees with a.md.
  EXPECT_NE(json.find("b.md\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"rule\": \"amount-conflict\""), std::string::npos) << json;
  EXPECT_NE(json.find("a.md"), std::string::npos) << json;
  EXPECT_EQ(json.find("c.md"), std::string::npos) << json;
  size_t first = json.find("\"amount-conflict\"");
  EXPECT_EQ(json.find("\"amount-conflict\"", first + 1), std::string::npos) << json;
}

// A finding added once every file is in still gets a fingerprint (SARIF, baselines): it used to
// be empty, so a baseline entry matched any cross-document conflict of the same file.
TEST(AmountConflict, AcrossFilesFindingsHaveAFingerprint) {
  std::string sarif, err;
  EXPECT_EQ(check_three_sheets(kosei::OutputFormat::sarif, sarif, err), 1) << err;
  const std::string key = "\"koseiFindingHash/v1\": \"";
  const size_t at = sarif.find(key);
  ASSERT_NE(at, std::string::npos) << sarif;
  const std::string value = sarif.substr(at + key.size(), sarif.find('"', at + key.size()) - at - key.size());
  EXPECT_EQ(value.size(), 18u) << value;  // 16 hex digits, then ":1"
  EXPECT_EQ(value.find_first_not_of("0123456789abcdef"), 16u) << value;
  EXPECT_EQ(value.substr(16), ":1") << value;
}

TEST(AmountConflict, SingleDocumentRunsHaveNoCrossState) {
  EXPECT_TRUE(kosei::testing::findings(kSheet, {"amount-conflict"}).empty());
}

}  // namespace

// The amounts stage finds quantities and dates in one pass; it must find exactly what the two
// scanners find separately — on every fixture, the seeds, and texts where the two overlap.
TEST(QuantityAndDateScan, OnePassFindsWhatEachScannerFinds) {
  auto describe_quantities = [](const std::vector<kosei::Quantity>& found) {
    std::string out;
    for (const auto& q : found) {
      out += std::to_string(q.begin) + "-" + std::to_string(q.end) + " " + q.value.to_string() + "e" +
             std::to_string(q.power_of_ten) + q.unit + "\n";
    }
    return out;
  };
  auto describe_dates = [](const std::vector<kosei::DateExpr>& found) {
    std::string out;
    for (const auto& d : found) {
      out += std::to_string(d.begin) + "-" + std::to_string(d.end) + " " + std::to_string(d.year) + "/" +
             std::to_string(d.month) + "/" + std::to_string(d.day) + (d.range_end ? " range" : "") + "\n";
    }
    return out;
  };
  std::vector<std::string> texts = {
      "令和7年度予算額は約3億円～5億円、2026～2030年度に二〇二六年4月1日から１２０億円。",
      "R7年度 1,234億円（前年度比 10%増）平成31年4月30日 三千億円 十二月 2030年代 第3条",
      "3億円程度4月1日5日間〇一二三四五六七八九十百千万億兆零約お概令平昭大明RHＲＨ",
  };
  const std::string fixtures = kosei::testing::source_dir() + "/fixtures";
  for (const auto& entry : std::filesystem::recursive_directory_iterator(fixtures)) {
    const std::string ext = entry.path().extension().string();
    if (entry.is_regular_file() && (ext == ".md" || ext == ".txt")) texts.push_back(kosei::testing::read_file(entry.path()));
  }
  if (!kosei::testing::seeds_dir().empty()) {
    for (const auto& entry : std::filesystem::directory_iterator(kosei::testing::seeds_dir())) {
      texts.push_back(kosei::testing::read_file(entry.path()));
    }
  }
  ASSERT_GT(texts.size(), 20u);
  size_t quantities = 0, dates = 0;
  for (const std::string& text : texts) {
    const kosei::QuantitiesAndDates both = kosei::find_quantities_and_dates(text);
    EXPECT_EQ(describe_quantities(both.quantities), describe_quantities(kosei::find_quantities(text)));
    EXPECT_EQ(describe_dates(both.dates), describe_dates(kosei::find_dates(text)));
    quantities += both.quantities.size();
    dates += both.dates.size();
  }
  EXPECT_GT(quantities, 100u);
  EXPECT_GT(dates, 100u);
}
