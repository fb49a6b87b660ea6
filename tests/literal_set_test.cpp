#include <gtest/gtest.h>

#include "text/literal_set.h"

using namespace kosei;

namespace {

std::vector<std::string> matches(const LiteralSet& set, std::string_view text) {
  std::vector<std::string> out;
  set.for_each_match(text, [&](const LiteralMatch& m) {
    out.push_back(set.literal(m.literal) + "@" + std::to_string(m.begin) + "-" + std::to_string(m.end));
  });
  return out;
}

}  // namespace

TEST(LiteralSet, LeftmostLongestNonOverlapping) {
  LiteralSet set({"マテリアル", "製造・マテリアル", "量子"}, false);
  std::string text = "製造・マテリアルと量子";
  EXPECT_EQ(matches(set, text), (std::vector<std::string>{"製造・マテリアル@0-24", "量子@27-33"}));
}

TEST(LiteralSet, SpacesBetweenCharactersWhenTolerated) {
  LiteralSet tolerant({"AI・半導体"}, true);
  LiteralSet strict({"AI・半導体"}, false);
  std::string text = "AI・ 半導 体";
  EXPECT_EQ(matches(tolerant, text), (std::vector<std::string>{"AI・半導体@0-16"}));
  EXPECT_TRUE(matches(strict, text).empty());
  EXPECT_TRUE(matches(tolerant, " AI・半導体x").size() == 1);
  EXPECT_TRUE(matches(tolerant, "A   I・半導体").empty());  // three spaces: too many
}

TEST(LiteralSet, EveryStartAllowsOverlaps) {
  LiteralSet set({"エネ", "ルギー"}, false);
  std::vector<size_t> starts;
  set.for_each_start("エネルギー", [&](const LiteralMatch& m) { starts.push_back(m.begin); });
  EXPECT_EQ(starts, (std::vector<size_t>{0, 6}));
}

TEST(LiteralSet, EmptySetFindsNothing) {
  LiteralSet set;
  EXPECT_TRUE(matches(set, "量子").empty());
}
