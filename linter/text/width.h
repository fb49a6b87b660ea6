#pragma once
#include <cstddef>
#include <string_view>

namespace kosei {

// Terminal columns a code point takes: 2 for East Asian Wide/Fullwidth (ICU's East_Asian_Width),
// 0 for combining marks and zero-width characters, 1 otherwise. East Asian Ambiguous characters
// (①, ○, ※, →) count as 2, as Japanese fonts and terminals in a Japanese locale draw them;
// KOSEI_AMBIGUOUS_WIDTH=1 in the environment makes them 1.
int display_width(char32_t cp);
size_t display_width(std::string_view utf8);

}  // namespace kosei
