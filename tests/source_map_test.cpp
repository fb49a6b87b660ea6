#include <gtest/gtest.h>

#include "source/source_map.h"

using namespace kosei;

TEST(SourceMap, LinesAndCodePointColumns) {
  std::string text = "量子\n① AI・半導体\n";
  SourceMap map(text);
  EXPECT_EQ(map.line_count(), 2u);
  size_t ai = text.find("AI");
  Position position = map.position_of(ai);
  EXPECT_EQ(position.line, 2u);
  EXPECT_EQ(position.column, 3u);  // ① and a space before it
  EXPECT_EQ(map.byte_column_of(ai), 5u);   // ① is 3 bytes
  EXPECT_EQ(map.utf16_column_of(ai), 3u);
  EXPECT_EQ(map.dominant_line_ending(), LineEnding::lf);
}

TEST(SourceMap, CrLfAndCrLineEndings) {
  std::string text = "一\r\n二\r三";
  SourceMap map(text);
  ASSERT_EQ(map.line_count(), 3u);
  EXPECT_EQ(map.position_of(text.find("二")).line, 2u);
  EXPECT_EQ(map.position_of(text.find("三")).line, 3u);
  EXPECT_EQ(map.position_of(text.find("三")).column, 1u);
  EXPECT_EQ(map.line_end(0), 3u);  // before \r\n
}

TEST(SourceMap, CharacterOutsideTheBmpCountsOnceInCodePointsTwiceInUtf16) {
  std::string text = "\xF0\xA0\xAE\x9F量子";  // 𠮟量子
  SourceMap map(text);
  size_t ryoshi = text.find("量");
  EXPECT_EQ(map.position_of(ryoshi).column, 2u);
  EXPECT_EQ(map.utf16_column_of(ryoshi), 3u);
  EXPECT_EQ(map.byte_column_of(ryoshi), 5u);
}

TEST(SourceMap, OffsetOfIsTheInverseOfPositionOf) {
  std::string text = "ア\nイウエ\n";
  SourceMap map(text);
  size_t offset = text.find("エ");
  EXPECT_EQ(map.offset_of(map.position_of(offset)), offset);
}

TEST(SourceMap, EmptyTextHasOneEmptyLine) {
  SourceMap map("");
  EXPECT_EQ(map.line_count(), 1u);
  EXPECT_EQ(map.position_of(0).line, 1u);
}

TEST(SourceMap, PositionsDeepInsideAVeryLongLine) {
  std::string text = "前\n";
  for (int i = 0; i < 5000; ++i) text += "量子\xF0\xA0\xAE\x9F";  // 3 code points, 4 UTF-16 units each
  text += "X";
  SourceMap map(text);
  size_t x = text.find('X');
  EXPECT_EQ(map.position_of(x).line, 2u);
  EXPECT_EQ(map.position_of(x).column, 15001u);
  EXPECT_EQ(map.utf16_column_of(x), 20001u);
  size_t middle = text.find("量", 2 + 2500 * 10);
  EXPECT_EQ(map.position_of(middle).column, 1u + 3 * ((middle - 4) / 10));  // line 2 starts at byte 4
}

TEST(SourceMap, ColumnsOfAgreesWithEachColumnAtEveryCharacterStart) {
  // Short lines, CR LF, an astral character, and a line long enough for checkpoints.
  std::string text = "量子\r\n𠮟A\n\n";
  for (int i = 0; i < 3000; ++i) text += "ア\xF0\xA0\xAE\x9F" "b";
  text += "\r末";
  SourceMap map(text);
  for (size_t offset = 0; offset <= text.size(); ++offset) {
    if (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) continue;
    const SourceMap::Columns columns = map.columns_of(offset);
    const Position position = map.position_of(offset);
    ASSERT_EQ(columns.line, position.line) << offset;
    ASSERT_EQ(columns.column, position.column) << offset;
    ASSERT_EQ(columns.utf16_column, map.utf16_column_of(offset)) << offset;
    ASSERT_EQ(columns.byte_column, map.byte_column_of(offset)) << offset;
  }
  const SourceMap::Columns last = map.columns_of(text.find("末"));
  EXPECT_EQ(last.line, 5u);
  EXPECT_EQ(last.column, 1u);
  const SourceMap::Columns b = map.columns_of(text.rfind('b'));
  EXPECT_EQ(b.line, 4u);
  EXPECT_EQ(b.column, 3u * 3000);        // ア 𠮟 b per round: the last b is column 9000
  EXPECT_EQ(b.utf16_column, 4u * 3000);   // 𠮟 is two units
  EXPECT_EQ(b.byte_column, 8u * 3000);
}

TEST(SourceMap, LongLinesAndEveryLineEndingAgreeWithCountingFromTheLineStart) {
  // Checkpoints (every 4096 bytes of a line) must give the same columns as counting from the
  // line's start: lines of LF, CR LF and CR, long enough for several checkpoints, with a line
  // break exactly where a checkpoint falls.
  for (const std::string ending : {"\n", "\r\n", "\r"}) {
    std::string text = "前置き" + ending;
    for (int i = 0; i < 5000; ++i) text += (i % 7 == 0) ? "\xF0\xA0\xAE\x9F" : (i % 3 == 0 ? "a" : "量");
    text += ending;
    text += std::string(4096 - 1, 'x') + ending + "量子" + ending;
    const SourceMap map(text);
    size_t line_begin = 0, line = 1;
    for (size_t offset = 0; offset < text.size(); ++offset) {
      const char c = text[offset];
      if (c == '\n' || (c == '\r' && (offset + 1 >= text.size() || text[offset + 1] != '\n'))) {
        line_begin = offset + 1;
        ++line;
        continue;
      }
      if ((static_cast<unsigned char>(c) & 0xC0) == 0x80 || c == '\r') continue;
      size_t code_points = 0, utf16 = 0;
      for (size_t k = line_begin; k < offset; ++k) {
        const auto byte = static_cast<unsigned char>(text[k]);
        if ((byte & 0xC0) == 0x80) continue;
        ++code_points;
        utf16 += byte >= 0xF0 ? 2 : 1;
      }
      const SourceMap::Columns columns = map.columns_of(offset);
      ASSERT_EQ(columns.line, line) << offset;
      ASSERT_EQ(columns.column, code_points + 1) << offset;
      ASSERT_EQ(columns.utf16_column, utf16 + 1) << offset;
      ASSERT_EQ(map.position_of(offset).column, code_points + 1) << offset;
    }
    EXPECT_EQ(map.line_count(), 4u);
  }
}
