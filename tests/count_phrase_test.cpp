// The count phrases of count-mismatch and list-counts: the digit-run prefilter must find exactly
// what the pattern finds over the whole text.
#include <gtest/gtest.h>

#include <random>

#include "text/count_phrase.h"

namespace kosei {
namespace {

std::vector<std::pair<size_t, size_t>> prefiltered(const CountPhrasePattern& pattern, std::string_view text) {
  std::vector<std::pair<size_t, size_t>> out;
  pattern.for_each_match(text, [&](const RegexMatch& m) { out.emplace_back(m.begin, m.end); });
  return out;
}

std::vector<std::pair<size_t, size_t>> whole_text(const CountPhrasePattern& pattern, std::string_view text) {
  std::vector<std::pair<size_t, size_t>> out;
  pattern.regex().for_each_match(text, [&](const RegexMatch& m) {
    out.emplace_back(m.begin, m.end);
    return true;
  });
  return out;
}

}  // namespace

TEST(CountPhrase, FindsTheCountsOfADraft) {
  const CountPhrasePattern pattern({"項目", "件", "点", "つ"}, ".,", "目");
  const std::string text = "以下の3点と5 項目、1,000件、1.5件、2つ目、1234件、次の2つ";
  std::vector<std::pair<size_t, size_t>> expected = {{9, 13}, {16, 24}, {text.size() - 4, text.size()}};
  EXPECT_EQ(prefiltered(pattern, text), expected);
}

TEST(CountPhrase, PrefilterFindsWhatThePatternFindsOnRandomText) {
  // Digits at every offset of the eight-byte scan, runs of every length, the counters, spaces,
  // the characters refused before (. ,) and after (目), cut counters, kanji and ASCII letters.
  const CountPhrasePattern fields({"分野", "領域", "課題"}, "", "");
  const CountPhrasePattern items({"項目", "件", "点", "つ"}, ".,", "目");
  const std::string pieces[] = {"1", "23", "456", "7890", " ", "分野", "領域", "課題", "項目", "件", "点", "つ",
                                "目", ".", ",", "分", "項", "の", "ab", "\n", "１"};
  std::mt19937 random(20261204);
  size_t found = 0;
  for (int round = 0; round < 30000; ++round) {
    std::string text;
    for (int i = static_cast<int>(random() % 14); i > 0; --i) text += pieces[random() % std::size(pieces)];
    for (const CountPhrasePattern* pattern : {&fields, &items}) {
      const auto expected = whole_text(*pattern, text);
      ASSERT_EQ(prefiltered(*pattern, text), expected) << "round " << round << ": " << text;
      found += expected.size();
    }
  }
  EXPECT_GT(found, 5000u);
}

TEST(CountPhrase, NextAsciiDigitAtEveryOffset) {
  // Every byte value before a digit at each offset; bytes just outside '0'..'9' are not digits.
  for (size_t at = 0; at < 20; ++at) {
    for (int filler : {0x00, 0x2F, 0x3A, 0x7F, 0x80, 0xAF, 0xB0, 0xB9, 0xE3, 0xFF}) {
      std::string text(24, static_cast<char>(filler));
      text[at] = static_cast<char>('0' + at % 10);
      ASSERT_EQ(next_ascii_digit(text, 0), at) << "filler " << filler;
      ASSERT_EQ(next_ascii_digit(text, at + 1), text.size()) << "filler " << filler;
    }
  }
}

}  // namespace kosei
