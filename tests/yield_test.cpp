// A finding that a more specific rule already makes is not repeated (Check::yields_to).
#include <gtest/gtest.h>

#include "test_support.h"

using kosei::testing::findings;

TEST(Yield, DictionaryErrorIsNotAlsoReportedAsAVariant) {
  std::string text = "バーティカルAIとバーティカルAIの推進。パーティカルAIの導入。\n";
  // term reports パーティカル; term-variant alone would report it too.
  EXPECT_EQ(findings(text, {"term-variant"}), (std::vector<std::string>{"1:22 term-variant"}));
  EXPECT_EQ(findings(text, {"term", "term-variant"}), (std::vector<std::string>{"1:22 term"}));
}

TEST(Yield, CharacterTheDictionaryCorrectsIsNotAlsoANonJisFinding) {
  std::string text = "地域の扭い手を育成する。\n";
  EXPECT_EQ(findings(text, {"non-jis"}), (std::vector<std::string>{"1:4 non-jis"}));
  EXPECT_EQ(findings(text, {"term", "non-jis"}), (std::vector<std::string>{"1:4 term"}));
}
