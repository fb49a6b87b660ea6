#include <gtest/gtest.h>

#include <algorithm>
#include <random>

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

// Runs of characters that are their own matching form are copied whole; these pin down where a
// run must stop: before a character that joins its predecessor, and at a masked range.
TEST(Normalize, CopiedRunStopsBeforeACombiningMark) {
  const std::string text = "量子か\u3099技術";
  MatchText match = normalize_for_matching(text);
  EXPECT_EQ(match.text, "量子が技術");
  ASSERT_EQ(match.to_source.size(), match.text.size() + 1);
  EXPECT_EQ(match.to_source[3], 3u);   // 子 starts at byte 3
  EXPECT_EQ(match.to_source[6], 6u);   // が: from か at byte 6 (the mark joins it)
  EXPECT_EQ(match.to_source[8], 6u);
  EXPECT_EQ(match.to_source[9], 12u);  // 技 after the 3-byte mark at 9
}

TEST(Normalize, CopiedRunMapsEveryByteToItsCharacter) {
  const std::string text = "AI戦略、1件";
  MatchText match = normalize_for_matching(text);
  EXPECT_EQ(match.text, text);
  const std::vector<uint32_t> expected = {0, 1, 2, 2, 2, 5, 5, 5, 8, 8, 8, 11, 12, 12, 12, 15};
  EXPECT_EQ(match.to_source, expected);
}

TEST(Normalize, CopiedRunStopsAtAMaskAndConvertsAfterIt) {
  const std::string text = "量子`x`ＡＩ";
  MatchText match = normalize_for_matching(text, {{6, 9, MaskKind::separator}});
  EXPECT_EQ(match.text, std::string("量子") + kMaskSeparator + "AI");
  EXPECT_EQ(match.to_source[6], 6u);
  EXPECT_EQ(match.to_source[7], 9u);   // A from Ａ at byte 9
  EXPECT_EQ(match.to_source[8], 12u);
}

TEST(Normalize, AsciiBeforeACombiningMarkIsKeptAsWritten) {
  // ASCII is always its own segment (as before the copy fast path): e + U+0301 is not composed.
  EXPECT_EQ(normalize_for_matching("e\u0301").text, "e\u0301");
  EXPECT_EQ(normalize_string("Ａ\u0301"), "\u00C1");  // a full-width letter is composed after NFKC
}

TEST(Normalize, LowerBoundNearIsLowerBoundFromAnyHint) {
  std::mt19937 random(1202);
  for (int round = 0; round < 300; ++round) {
    std::vector<uint32_t> values(random() % 40);
    uint32_t value = 0;
    for (uint32_t& v : values) v = value += random() % 3;  // non-decreasing, with repeats
    for (size_t hint = 0; hint <= values.size() + 2; ++hint) {
      for (uint32_t target = 0; target <= value + 2; ++target) {
        const size_t expected = static_cast<size_t>(std::lower_bound(values.begin(), values.end(), target) - values.begin());
        ASSERT_EQ(lower_bound_near(values.data(), values.size(), hint, target), expected)
            << "round " << round << " hint " << hint << " target " << target;
      }
    }
  }
}

TEST(Normalize, CompactKeyDropsWhiteSpaceAndMaskSeparatorsOnly) {
  using kosei::compact_key;
  EXPECT_EQ(compact_key("フィジカル・インテリジェント・ システム"), "フィジカル・インテリジェント・システム");
  EXPECT_EQ(compact_key(std::string(" a\tb\nc\rd") + kosei::kMaskSeparator + "e\x1E\x7F" + "\xE3\x80\x80"),
            std::string("abcde\x1E\x7F") + "\xE3\x80\x80");  // U+3000 is gone before (NFKC: a space)
  EXPECT_EQ(compact_key(""), "");
  EXPECT_EQ(compact_key("   "), "");
}
