// toml++ 3.3.0 (Debian bookworm) marks a branch of is_non_ascii_horizontal_whitespace() unreachable
// that characters of U+00A1–U+049A, U+2CAE–U+30A7 (hiragana, 、。「」) and U+FC36–U+FEFE reach
// whenever the parser asks whether a character is white space: after a line-ending backslash in a
// multi-line string, and at any character outside strings. kosei compiles toml++ itself
// (linter/canon/toml_impl.cpp); these tests pin what the compiled parser does with such input —
// the right answers — in every build, the sanitizer build included (CMakeLists.txt: that file is
// built without the sanitizer's unreachable check, which would abort on all of them).
#include <gtest/gtest.h>

#include <toml++/toml.h>

#include <string>

#include "config/config.h"

namespace {

std::optional<std::string> parsed_string(const std::string& text, const char* key) {
  try {
    toml::table table = toml::parse(text);
    if (auto value = table[key].value<std::string>()) return *value;
  } catch (const toml::parse_error&) {
  }
  return std::nullopt;
}

bool is_syntax_error(const std::string& text) {
  try {
    (void)toml::parse(text);
    return false;
  } catch (const toml::parse_error&) {
    return true;
  }
}

}  // namespace

TEST(TomlUnicode, LineContinuationBeforeNonAsciiKeepsTheCharacters) {
  // After "\" at the end of a line, white space is trimmed up to the first other character.
  EXPECT_EQ(parsed_string("s = \"\"\"\\\n  あいう\"\"\"\n", "s"), "あいう");       // hiragana (U+3042)
  EXPECT_EQ(parsed_string("s = \"\"\"\\\n\t「案」。\"\"\"\n", "s"), "「案」。");  // U+300C, U+3002
  EXPECT_EQ(parsed_string("s = \"\"\"\\\n é\"\"\"\n", "s"), "é");              // U+00E9
  EXPECT_EQ(parsed_string("s = \"\"\"\\\n \uFE50x\"\"\"\n", "s"), "\uFE50x");    // small comma
  // Ideographic space is white space for toml++ here, and is trimmed like a space.
  EXPECT_EQ(parsed_string("s = \"\"\"\\\n\u3000あ\"\"\"\n", "s"), "あ");
}

TEST(TomlUnicode, NonAsciiOutsideStringsIsASyntaxError) {
  EXPECT_TRUE(is_syntax_error("x = あ\n"));
  EXPECT_TRUE(is_syntax_error("x = 1 、\n"));
  EXPECT_TRUE(is_syntax_error("[rules]é\n"));
  EXPECT_TRUE(is_syntax_error("x = { a = 1 あ}\n"));
  EXPECT_TRUE(is_syntax_error("[rulęԚ]\n"));  // the shape of fuzz/regressions/config/nonascii_after_bare_key
}

TEST(TomlUnicode, ConfigWithJapaneseOutsideStringsReportsTheLine) {
  kosei::Config config;
  auto failure = kosei::parse_config("[rules]\nwidth = 「off」\n", "kosei.toml", config);
  ASSERT_TRUE(failure);
  EXPECT_EQ(failure->line, 2u);
}
