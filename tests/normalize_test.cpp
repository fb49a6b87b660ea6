#include <gtest/gtest.h>

#include "text/normalize.h"

using namespace kosei;

TEST(Normalize, FullWidthBecomesHalfWidthAndMapsBack) {
  std::string text = "（１）ＡＩ";
  MatchText match = normalize_for_matching(text);
  EXPECT_EQ(match.text, "(1)AI");
  ASSERT_EQ(match.to_source.size(), match.text.size() + 1);
  EXPECT_EQ(match.to_source[1], 3u);  // '1' came from １ at byte 3
  EXPECT_EQ(match.to_source[3], 9u);  // 'A' came from Ａ at byte 9
  EXPECT_EQ(match.to_source.back(), text.size());
}

TEST(Normalize, CircledNumbersAreKept) {
  EXPECT_EQ(normalize_for_matching("①⑳㉑").text, "①⑳㉑");
}

TEST(Normalize, IdeographicSpaceBecomesSpaceAndWaveDashesUnify) {
  EXPECT_EQ(normalize_for_matching("1月\u3000〜3月～").text, "1月 ~3月~");
}

TEST(Normalize, HalfWidthKatakanaBecomesFullWidth) {
  EXPECT_EQ(normalize_for_matching("ｾｷｭﾘﾃｨ").text, "セキュリティ");
}

TEST(Normalize, DecomposedKanaComposes) {
  // か + combining dakuten → が; both source bytes map to the segment start.
  MatchText match = normalize_for_matching("か\u3099");
  EXPECT_EQ(match.text, "が");
  EXPECT_EQ(match.to_source[0], 0u);
}

TEST(Normalize, MaskedRangesBecomeSeparatorsOrVanish) {
  std::string text = "**量子**と`code`";
  std::vector<MaskedRange> masked = {{0, 2, MaskKind::dropped}, {8, 10, MaskKind::dropped},
                                     {13, 19, MaskKind::separator}};
  MatchText match = normalize_for_matching(text, masked);
  EXPECT_EQ(match.text, std::string("量子と") + kMaskSeparator);
  EXPECT_EQ(match.to_source[0], 2u);
}
