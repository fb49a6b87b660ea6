// The prose characters and the joined matching form every character rule reads.
#include <gtest/gtest.h>

#include "app/document.h"
#include "app/run.h"
#include "chars/prose_chars.h"

namespace kosei {
namespace {

// joined[i] with the source byte it came from, as "c@offset" for ASCII and "@offset" otherwise.
std::string joined_with_sources(const ProseChars& prose) {
  std::string out;
  for (size_t i = 0; i < prose.joined.size(); ++i) {
    const char c = prose.joined[i];
    if (static_cast<unsigned char>(c) < 0x80) out += c;
    out += "@" + std::to_string(prose.joined_to_source[i]) + " ";
  }
  return out + "end@" + std::to_string(prose.joined_to_source.back());
}

}  // namespace

TEST(ProseChars, JoinedDropsEveryKindOfLineBreakAndTheSpacesAroundIt) {
  // LF, CRLF and a lone CR, with spaces and a tab before and after the breaks, a break at the very
  // start and end, and lines longer than a word of the search.
  const std::string text = "\nab \n c\r\n\td e\rfghijklmnopqrstu\n";
  Document document("a.txt", DecodedText{text, Encoding::utf8, false}, builtin_knowledge());
  const ProseChars& prose = prose_chars(document);
  EXPECT_EQ(prose.joined, "abcd efghijklmnopqrstu");
  EXPECT_EQ(joined_with_sources(prose),
            "a@1 b@2 c@6 d@10  @11 e@12 f@14 g@15 h@16 i@17 j@18 k@19 l@20 m@21 n@22 o@23 p@24 q@25 r@26 s@27 t@28 "
            "u@29 end@31");
  // Every character of the text, line breaks included.
  EXPECT_EQ(prose.chars.size(), text.size());
  EXPECT_EQ(prose.chars[4].cp, U'\n');
  EXPECT_EQ(prose.chars[4].offset, 4u);
}

TEST(ProseChars, JoinedKeepsAWordBrokenAcrossLines) {
  // 人口知\n\n能 (a PDF extraction) is one word in the joined form; its bytes map to their source.
  const std::string text = "人口知\n\n能です";
  Document document("a.txt", DecodedText{text, Encoding::utf8, false}, builtin_knowledge());
  const ProseChars& prose = prose_chars(document);
  EXPECT_EQ(prose.joined, "人口知能です");
  EXPECT_EQ(prose.joined_to_source[9], 11u);  // 能
  const Span span = prose.source_span(document, 0, 12);
  EXPECT_EQ(span.begin, 0u);
  EXPECT_EQ(span.end, 14u);
}

}  // namespace kosei
