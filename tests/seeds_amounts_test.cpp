// The amount and date rules on the five seed documents. Every seed is silent, and that was checked
// against the text: 002's budget sheet (181/183/45億円 over lines summing to 181.2/183.0/44.7億円,
// AI for Science 370億円 + 76億円) matches figures.toml and holds within rounding; the expert
// counts of 001 and 002 (有識者 N名 per WG) match the canonical lists and each other; the seeds write
// no weekday, no era/western pair and no impossible date. The figures are also checked to be
// attached (so the silence is not from finding nothing).
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "app/run.h"
#include "source/decode.h"
#include "test_support.h"

using kosei::testing::findings;
using kosei::testing::read_file;
using kosei::testing::seeds_dir;

namespace {

const std::vector<std::string> kAmountRules = {"amount-canon", "amount-sum", "amount-conflict", "date-mismatch"};

std::vector<std::string> seed_findings(const std::string& name) {
  return findings(read_file(seeds_dir() + "/" + name), kAmountRules, name);
}

std::unique_ptr<kosei::Document> seed_document(const std::string& name) {
  auto decoded = kosei::decode_bytes(read_file(seeds_dir() + "/" + name));
  return std::make_unique<kosei::Document>(name, std::move(*decoded.decoded), kosei::builtin_knowledge());
}

size_t count_role(const kosei::Document& document, kosei::FigureRole role) {
  size_t n = 0;
  for (const auto& m : document.amounts.amounts) n += m.role == role;
  return n;
}

class SeedAmounts : public ::testing::Test {
 protected:
  void SetUp() override {
    if (seeds_dir().empty()) GTEST_SKIP() << "../shared/seeds not found (set KOSEI_SEEDS_DIR): seed tests skipped";
  }
};

}  // namespace

TEST_F(SeedAmounts, EverySeedIsSilent) {
  for (const char* name : {"000_e0cec5223aac2c21.txt", "001_a720d9c6c3c2dcbb.txt", "002_fa7572392f433d79.txt",
                           "003_96f157d604a9fb69.txt", "004_6acfb621c14eea34.txt"}) {
    EXPECT_EQ(seed_findings(name), std::vector<std::string>{}) << name;
  }
}

TEST_F(SeedAmounts, BudgetSheetIsReadAndHoldsWithinRounding) {
  auto document = seed_document("002_fa7572392f433d79.txt");
  // Totals 181 / 183 / 45億円 and AI for Science 370億円; 13 program figures in five lines; 76億円 in a sentence.
  EXPECT_EQ(count_role(*document, kosei::FigureRole::total), 4u);
  EXPECT_EQ(count_role(*document, kosei::FigureRole::item), 13u);
  EXPECT_EQ(count_role(*document, kosei::FigureRole::sentence), 1u);
  // 17 strategic-field WGs and 新技術立国・競争力強化.
  EXPECT_EQ(count_role(*document, kosei::FigureRole::experts), 18u);
  ASSERT_EQ(document->amounts.sums.size(), 3u);
  for (const auto& m : document->amounts.amounts) {
    if (m.role == kosei::FigureRole::item || m.role == kosei::FigureRole::total) {
      EXPECT_GE(m.canon_figure, 0) << m.label;
    }
  }
}

TEST_F(SeedAmounts, WorkingGroupExpertsAreAttached) {
  auto document = seed_document("001_a720d9c6c3c2dcbb.txt");
  // 17 strategic fields + 5 cross-cutting issues with a plain count (人材育成 writes 4名+テーマごとに2名).
  EXPECT_EQ(count_role(*document, kosei::FigureRole::experts), 22u);
  for (const auto& m : document->amounts.amounts) {
    if (m.role == kosei::FigureRole::experts) {
      EXPECT_TRUE(m.member.has_value()) << m.line;
    }
  }
}

TEST_F(SeedAmounts, AllSeedsTogetherHaveNoCrossFileConflict) {
  kosei::CheckOptions options;
  options.paths = {seeds_dir()};
  options.select = kAmountRules;
  options.format = kosei::OutputFormat::json;
  std::ostringstream out, err;
  EXPECT_EQ(kosei::run_check(options, out, err), 0) << out.str() << err.str();
}
