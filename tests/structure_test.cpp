#include <gtest/gtest.h>

#include "source/source_map.h"
#include "structure/structure.h"

using namespace kosei;

namespace {

Structure read(const std::string& text) { return read_structure(text, SourceMap(text)); }

std::vector<std::pair<MarkerStyle, int>> markers_of(const Line& line) {
  std::vector<std::pair<MarkerStyle, int>> out;
  for (const Marker& marker : line.markers) out.push_back({marker.style, marker.number});
  return out;
}

}  // namespace

TEST(Structure, OutlineMarkersOfEveryLevel) {
  Structure s = read("３．目標\n（１）施策\n① 量子\nア　概要\n（ア）詳細\n④-1 補足\n");
  ASSERT_EQ(s.lines.size(), 6u);
  EXPECT_EQ(markers_of(s.lines[0]), (std::vector<std::pair<MarkerStyle, int>>{{MarkerStyle::digit_period, 3}}));
  EXPECT_EQ(markers_of(s.lines[1]), (std::vector<std::pair<MarkerStyle, int>>{{MarkerStyle::paren_digit, 1}}));
  EXPECT_EQ(markers_of(s.lines[2]), (std::vector<std::pair<MarkerStyle, int>>{{MarkerStyle::circled, 1}}));
  EXPECT_EQ(markers_of(s.lines[3]), (std::vector<std::pair<MarkerStyle, int>>{{MarkerStyle::katakana, 1}}));
  EXPECT_EQ(markers_of(s.lines[4]), (std::vector<std::pair<MarkerStyle, int>>{{MarkerStyle::paren_katakana, 1}}));
  ASSERT_EQ(s.lines[5].markers.size(), 1u);
  EXPECT_EQ(s.lines[5].markers[0].number, 4);
  EXPECT_EQ(s.lines[5].markers[0].sub_number, 1);
  for (const Line& line : s.lines) EXPECT_EQ(line.kind, LineKind::list_item);
}

TEST(Structure, SeveralCircledItemsOnOneLine) {
  Structure s = read("①植物工場　②陸上養殖　③食品機械\n");
  EXPECT_EQ(markers_of(s.lines[0]), (std::vector<std::pair<MarkerStyle, int>>{
                                        {MarkerStyle::circled, 1}, {MarkerStyle::circled, 2}, {MarkerStyle::circled, 3}}));
  EXPECT_TRUE(s.lines[0].markers[0].leads_line);
  EXPECT_FALSE(s.lines[0].markers[1].leads_line);
}

TEST(Structure, CircledItemsAtEveryByteOffsetOfALine) {
  // The reader passes eight bytes at a time to the next E2/E3 byte: circled numbers of all three
  // blocks (① E2 91, ㉑ E3 89, ㊱ E3 8A) after 0..15 bytes of ASCII, kana (E3 81) and kanji, and
  // look-alikes that share a lead byte (→ E2 86, ぁ E3 81) must all be read as before.
  const std::string fillers[] = {"a", "あ", "漢", "→"};
  for (int length = 0; length < 16; ++length) {
    for (const std::string& filler : fillers) {
      std::string prefix;
      while (static_cast<int>(prefix.size()) < length) prefix += filler;
      const std::string text = prefix + "①植物工場　" + prefix + "㉑陸上養殖　" + prefix + "㊱食品機械\n";
      Structure s = read(text);
      ASSERT_EQ(s.lines.size(), 1u);
      EXPECT_EQ(markers_of(s.lines[0]), (std::vector<std::pair<MarkerStyle, int>>{
                                            {MarkerStyle::circled, 1}, {MarkerStyle::circled, 21}, {MarkerStyle::circled, 36}}))
          << text;
      ASSERT_EQ(s.lines[0].markers.size(), 3u);
      EXPECT_EQ(s.lines[0].markers[0].begin, prefix.size()) << text;
    }
  }
}

TEST(Structure, DecimalNumberIsNotAMarker) {
  Structure s = read("21.9億円を計上\n");
  EXPECT_TRUE(s.lines[0].markers.empty());
  EXPECT_EQ(s.lines[0].kind, LineKind::paragraph);
}

TEST(Structure, MarkdownHeadingsTablesAndTabRows) {
  Structure s = read("## 戦略分野\n| ① 量子 | 7名 |\n量子\t内閣府(科技)\n");
  EXPECT_EQ(s.lines[0].kind, LineKind::heading);
  EXPECT_EQ(s.lines[0].heading_level, 2);
  EXPECT_EQ(s.lines[1].kind, LineKind::table_row);
  EXPECT_EQ(s.lines[1].cells.size(), 2u);
  EXPECT_EQ(s.lines[2].kind, LineKind::table_row);
  EXPECT_EQ(s.lines[2].cells.size(), 2u);
}

// Link targets and tags on one line share their searches for ) > < (each searched once per
// line, not once per opener): a target or tag after an unclosed one is still found.
TEST(Structure, LinkTargetsAndTagsAfterUnclosedOnesOnOneLine) {
  std::string text = "甲](乙 <b丙 [丁](戊) 己 <i>庚</i> 辛](壬) <a 癸 子](丑\n";
  Structure s = read(text);
  auto prose = [&](std::string_view word) { return s.is_prose(text.find(word)); };
  EXPECT_FALSE(prose("乙"));  // ]( … ) reaches the first ) of the line: 乙 <b丙 [丁](戊
  EXPECT_FALSE(prose("戊"));
  EXPECT_TRUE(prose("己"));
  EXPECT_FALSE(prose("<i>"));
  EXPECT_TRUE(prose("庚"));
  EXPECT_FALSE(prose("壬"));
  EXPECT_TRUE(prose("癸"));  // <a without > on the line: not a tag
  EXPECT_TRUE(prose("丑"));  // ]( without ) after it: not a link target
}

TEST(Structure, HtmlCellsAsFoundInTheSeeds) {
  Structure s = read("<tr><td>① 量子</td><td>7名</td></tr>\n");
  ASSERT_EQ(s.lines[0].cells.size(), 2u);
  EXPECT_EQ(s.lines[0].markers.size(), 1u);
}

TEST(Structure, CodeUrlsLinkTargetsTagsAndCommentsAreNotProse) {
  std::string text =
      "本文 `⑪ 量子` と https://example.go.jp/a_b と [資料](https://x.jp/y) と <p>段落</p>\n"
      "<!-- コメント\n⑪ 量子 -->\n```\n⑪ 量子\n```\n";
  Structure s = read(text);
  EXPECT_TRUE(s.is_prose(text.find("本文")));
  EXPECT_FALSE(s.is_prose(text.find("`⑪") + 1));
  EXPECT_FALSE(s.is_prose(text.find("https://example")));
  EXPECT_FALSE(s.is_prose(text.find("(https://x.jp")));
  EXPECT_TRUE(s.is_prose(text.find("資料")));
  EXPECT_FALSE(s.is_prose(text.find("<p>")));
  EXPECT_TRUE(s.is_prose(text.find("段落")));
  EXPECT_FALSE(s.is_prose(text.find("コメント")));
  EXPECT_EQ(s.lines[2].kind, LineKind::code);  // inside the comment
  EXPECT_EQ(s.lines[4].kind, LineKind::code);  // inside the fence
  EXPECT_TRUE(s.lines[4].markers.empty());
}

TEST(Structure, CircledNumberOpeningATabCellLeadsIt) {
  Structure s = read("AI・半導体\t①フィジカルAI ②半導体\n");
  ASSERT_EQ(s.lines[0].markers.size(), 2u);
  EXPECT_TRUE(s.lines[0].markers[0].leads_line);
  EXPECT_FALSE(s.lines[0].markers[1].leads_line);
}

TEST(Structure, BracketedHeadingIsProseButHtmlTagsAreNot) {
  std::string text = "<AI for Scienceに関する主な取組>\n<ul style=\"x\"><li>量子</li></ul><BR>\n";
  Structure s = read(text);
  EXPECT_TRUE(s.is_prose(text.find("AI for")));
  EXPECT_FALSE(s.is_prose(text.find("<ul")));
  EXPECT_FALSE(s.is_prose(text.find("</li>")));
  EXPECT_FALSE(s.is_prose(text.find("<BR>")));
  EXPECT_TRUE(s.is_prose(text.find("量子")));
}

TEST(Structure, TableNumbersSeparateTablesAndIgnoreALoneTabRow) {
  const std::string text =
      "| a | b |\n|---|---|\n| 1 | 2 |\n\n**見出し**\n| c | d |\n| 3 | 4 |\n本文\n本文\t注\n本文\n① 量子\t量子WG\n② 造船\t造船WG\n";
  const Structure structure = read_structure(text, SourceMap(text));
  EXPECT_EQ(table_numbers(structure), (std::vector<uint32_t>{1, 1, 1, 0, 0, 2, 2, 0, 0, 0, 3, 3}));
}
