#include <gtest/gtest.h>

#include <random>

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

// The field matcher scans once for exact names (leftmost-longest) and near-miss anchors (every
// start): each set must get what its own scan gives, on texts where they overlap, including
// two-byte and four-byte first characters and spaces inside tolerant matches.
TEST(LiteralSet, MatchAndStartInOneScanIsBothScans) {
  const LiteralSet names({"AI・半導体", "半導体", "量子", "é量子", "𠮷野家", "Q"}, true);
  const LiteralSet anchors({"導体", "AI", "量子技術", "子", "野家", "é", "Q"}, false);
  const std::vector<std::string> texts = {
      "AI・ 半導 体と半導体、量子技術とé量子、𠮷野家のQ。",
      "量子量子量子AIAI・半導体QQQ", "", "子", "AI・半導体の半導体の導体",
      std::string("\xE3\x81") + "量子" + "\xF0\x9F" + "AI",  // truncated characters
  };
  auto show = [](const LiteralSet& set, const LiteralMatch& m) {
    return set.literal(m.literal) + "@" + std::to_string(m.begin) + "-" + std::to_string(m.end);
  };
  for (const std::string& text : texts) {
    std::vector<std::string> separate_matches, separate_starts, one_matches, one_starts;
    names.for_each_match(text, [&](const LiteralMatch& m) { separate_matches.push_back(show(names, m)); });
    anchors.for_each_start(text, [&](const LiteralMatch& m) { separate_starts.push_back(show(anchors, m)); });
    LiteralSet::for_each_match_and_start(
        text, names, [&](const LiteralMatch& m) { one_matches.push_back(show(names, m)); }, anchors,
        [&](const LiteralMatch& m) { one_starts.push_back(show(anchors, m)); });
    EXPECT_EQ(one_matches, separate_matches) << text;
    EXPECT_EQ(one_starts, separate_starts) << text;
  }
  std::vector<std::string> starts;
  LiteralSet::for_each_match_and_start(
      texts[0], names, [](const LiteralMatch&) {}, anchors,
      [&](const LiteralMatch& m) { starts.push_back(show(anchors, m)); });
  // The anchor 導体 inside 「半導 体」 is not a start (anchors take no spaces); 導体 of 半導体 is.
  EXPECT_EQ(starts, (std::vector<std::string>{"AI@0-2", "導体@22-28", "量子技術@31-43", "子@34-37", "é@46-48",
                                              "子@51-54", "野家@61-67", "Q@70-71"}));
}

// The scan skips characters by the block of 64 code points their first two bytes name, then by
// their code point: on random texts (first characters in the same blocks as the literals' and in
// others, ASCII, two- and four-byte characters, broken sequences) it must find what a plain
// search finds: at each character start, the longest literal written there; and scanning two
// sets at once must give each what its own scan gives.
TEST(LiteralSet, ScanFindsWhatAPlainSearchFinds) {
  const std::vector<std::string> literals = {"量子", "量子技術", "重要", "あい", "アイ", "ぃう", "AI", "é量", "𠮷野", "子"};
  const LiteralSet set(literals, false);
  const LiteralSet other({"子技", "技術", "いう", "I", "野"}, false);  // overlapping the first set's matches
  const std::string pieces[] = {"量", "子", "技術", "重", "要", "あ", "い", "ぃ", "う", "ア", "イ", "A", "I", "é",
                                "𠮷", "野", "漢", "字", " ", "\x80", "\xE3\x81", "\xE9\x87"};
  auto plain = [&](std::string_view text, bool overlapping) {
    std::vector<std::string> out;
    for (size_t pos = 0; pos < text.size();) {
      size_t longest = 0, which = 0;
      if ((static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80) {
        for (size_t i = 0; i < literals.size(); ++i) {
          if (literals[i].size() > longest && text.substr(pos).starts_with(literals[i])) longest = literals[i].size(), which = i;
        }
      }
      if (longest) out.push_back(literals[which] + "@" + std::to_string(pos));
      pos += longest && !overlapping ? longest : 1;
    }
    return out;
  };
  std::mt19937 random(20261205);
  size_t found = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (int i = static_cast<int>(random() % 16); i > 0; --i) text += pieces[random() % std::size(pieces)];
    std::vector<std::string> scanned, starts;
    set.for_each_match(text, [&](const LiteralMatch& m) { scanned.push_back(set.literal(m.literal) + "@" + std::to_string(m.begin)); });
    set.for_each_start(text, [&](const LiteralMatch& m) { starts.push_back(set.literal(m.literal) + "@" + std::to_string(m.begin)); });
    ASSERT_EQ(scanned, plain(text, false)) << "round " << round << ": " << text;
    ASSERT_EQ(starts, plain(text, true)) << "round " << round << ": " << text;
    // Two sets in one scan (term and term-variant dictionaries): each gets its own matches.
    std::vector<std::string> both_first, both_second, second_alone;
    LiteralSet::for_each_match_of_both(
        text, set, [&](const LiteralMatch& m) { both_first.push_back(set.literal(m.literal) + "@" + std::to_string(m.begin)); },
        other, [&](const LiteralMatch& m) { both_second.push_back(other.literal(m.literal) + "@" + std::to_string(m.begin)); });
    other.for_each_match(text, [&](const LiteralMatch& m) { second_alone.push_back(other.literal(m.literal) + "@" + std::to_string(m.begin)); });
    ASSERT_EQ(both_first, scanned) << "round " << round << ": " << text;
    ASSERT_EQ(both_second, second_alone) << "round " << round << ": " << text;
    found += scanned.size();
  }
  EXPECT_GT(found, 5000u);
}
