#pragma once
// Minimal UTF-8 helpers for text that has already been validated by the decoder.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace kosei {

// Decodes the code point starting at text[pos]; advances pos. Invalid bytes decode as U+FFFD (1 byte).
char32_t next_code_point(std::string_view text, size_t& pos);

// The code point ending just before pos; moves pos back to its first byte.
char32_t previous_code_point(std::string_view text, size_t& pos);

void append_utf8(std::string& out, char32_t cp);
std::string to_utf8(char32_t cp);
std::u32string to_u32(std::string_view text);

// Number of code points in text[begin, end).
size_t count_code_points(std::string_view text, size_t begin, size_t end);

// Offset of the first invalid UTF-8 sequence, or npos if text is valid UTF-8.
size_t find_invalid_utf8(std::string_view text);

inline bool is_utf8_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Character classes used to decide where a word ends in Japanese text.
bool is_kanji(char32_t cp);
bool is_katakana(char32_t cp);  // includes ー and half-width katakana
bool is_hiragana(char32_t cp);
bool is_ascii_alnum(char32_t cp);
// Kanji, katakana or a Latin letter/digit (ASCII or full-width): a character that continues a word.
bool is_word_char(char32_t cp);

// Circled numbers ①..⑳ (U+2460..), ㉑..㉟ (U+3251..), ㊱..㊿ (U+32B1..): their value, or 0.
int circled_number_value(char32_t cp);
char32_t circled_number(int value);  // 0 if out of range 1..50

}  // namespace kosei
