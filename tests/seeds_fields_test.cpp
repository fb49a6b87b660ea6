// The field rules on the five seed documents: every finding below was read against the text.
#include <gtest/gtest.h>

#include "test_support.h"

using kosei::testing::findings;
using kosei::testing::read_file;
using kosei::testing::seeds_dir;

namespace {

const std::vector<std::string> kFieldRules = {"field-number", "field-name", "field-list", "count-mismatch"};

std::vector<std::string> seed_findings(const std::string& name) {
  return findings(read_file(seeds_dir() + "/" + name), kFieldRules, name);
}

class SeedFields : public ::testing::Test {
 protected:
  void SetUp() override {
    if (seeds_dir().empty()) GTEST_SKIP() << "../shared/seeds not found (set KOSEI_SEEDS_DIR): seed tests skipped";
  }
};

}  // namespace

TEST_F(SeedFields, ItemsTableHasNoFieldFindings) {
  EXPECT_EQ(seed_findings("000_e0cec5223aac2c21.txt"), std::vector<std::string>{});
}

TEST_F(SeedFields, KeyTechnologyAreasAndWorkingGroupsAreNotMistakenForEachOther) {
  // 001 enumerates the 17 重点技術領域 (防災・国土強靱化 ⑥, 海洋 ⑩ …), the 8 cross-cutting issues and
  // the 17 strategic fields with their working groups: all correct.
  EXPECT_EQ(seed_findings("001_a720d9c6c3c2dcbb.txt"), std::vector<std::string>{});
}

TEST_F(SeedFields, PolicyTrendsWrite強靭ForTheCanonical強靱) {
  // Line 43: ⑩ 防災・国土強靭化 in the list of 17 fields; line 99: the same field and its WG name.
  EXPECT_EQ(seed_findings("002_fa7572392f433d79.txt"),
            (std::vector<std::string>{"43:21 field-name", "99:3 field-name", "99:15 field-name"}));
}

TEST_F(SeedFields, BasicPlanFollowUpHasNoFieldFindings) {
  // Line-broken names (サ|イバーセキュリティ, フュージョンエネル|ギー) are cut words, not misspellings.
  EXPECT_EQ(seed_findings("003_96f157d604a9fb69.txt"), std::vector<std::string>{});
}

TEST_F(SeedFields, StrategyExamplesHaveNoFieldFindings) {
  EXPECT_EQ(seed_findings("004_6acfb621c14eea34.txt"), std::vector<std::string>{});
}

TEST_F(SeedFields, FieldNameFixIsTheCanonicalName) {
  kosei::FileReport report =
      kosei::testing::report(read_file(seeds_dir() + "/002_fa7572392f433d79.txt"), {"field-name"}, "002.txt");
  ASSERT_FALSE(report.diagnostics.empty());
  const kosei::ReportedDiagnostic& first = report.diagnostics.front();
  ASSERT_TRUE(first.fix_replacement.has_value());
  EXPECT_EQ(*first.fix_replacement, "防災・国土強靱化");
  EXPECT_EQ(first.message, "戦略分野名は「防災・国土強靱化」です（本文: 防災・国土強靭化）");
  EXPECT_EQ(first.location.end_column - first.location.column, 8u);
}
