#pragma once
// Minimal UTF-8 helpers for text that has already been validated by the decoder.
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace kosei {

inline bool is_utf8_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Four or eight bytes as a little-endian word: the first byte in the low bits on any machine
// (the scanners that test several bytes at once).
inline uint32_t load_le32(const unsigned char* bytes) {
  uint32_t word;
  std::memcpy(&word, bytes, 4);
  if constexpr (std::endian::native == std::endian::big) word = __builtin_bswap32(word);
  return word;
}
inline uint64_t load_le64(const unsigned char* bytes) {
  uint64_t word;
  std::memcpy(&word, bytes, 8);
  if constexpr (std::endian::native == std::endian::big) word = __builtin_bswap64(word);
  return word;
}

// Whether the four bytes `word` (load_le32 at a lead byte) begin a three-byte sequence: lead
// 1110xxxx and two continuation bytes (overlong forms and surrogates not excluded), and its code point.
inline bool is_three_byte_sequence(uint32_t word) { return (word & 0x00C0C0F0u) == 0x008080E0u; }
inline char32_t three_byte_sequence_code_point(uint32_t word) {
  return (word & 0x0Fu) << 12 | (word >> 2 & 0xFC0u) | (word >> 16 & 0x3Fu);
}

// A three-byte sequence at bytes[pos] (kana, kanji, full-width forms: most of a Japanese text)
// decoded without the general loop, for scanners that look at every character; false for
// anything else (ASCII, other lengths, a cut or broken sequence), which the caller decodes the
// general way. Gives what next_code_point gives for the same bytes.
// Away from the end of the text, one four-byte load and one mask test the lead and both
// continuation bytes at once (every scan of the text passes here for each character).
[[gnu::always_inline]] inline bool three_byte_code_point(const unsigned char* bytes, size_t pos, size_t size,
                                                         char32_t& cp) {
  if (pos + 4 <= size) {
    const uint32_t word = load_le32(bytes + pos);
    if (!is_three_byte_sequence(word)) return false;
    cp = three_byte_sequence_code_point(word);
    return true;
  }
  if ((bytes[pos] & 0xF0) != 0xE0 || pos + 2 >= size || !is_utf8_continuation(bytes[pos + 1]) ||
      !is_utf8_continuation(bytes[pos + 2])) {
    return false;
  }
  cp = (bytes[pos] & 0x0Fu) << 12 | (bytes[pos + 1] & 0x3Fu) << 6 | (bytes[pos + 2] & 0x3Fu);
  return true;
}

// Decodes the code point starting at text[pos]; advances pos. Invalid bytes decode as U+FFFD (1 byte).
// Always inline: every layer walks text code point by code point, and in large loops (term-variant's
// word scan) GCC otherwise leaves it a call, 689 k calls on 1.3 MB.
[[gnu::always_inline]] inline char32_t next_code_point(std::string_view text, size_t& pos) {
  const unsigned char lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  if (char32_t cp; three_byte_code_point(reinterpret_cast<const unsigned char*>(text.data()), pos, text.size(), cp)) {
    pos += 3;  // kana and kanji: without the general loop
    return cp;
  }
  const int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  if (length == 0 || pos + length > text.size()) {
    ++pos;
    return 0xFFFD;
  }
  char32_t cp = lead & (0x7F >> length);
  for (int i = 1; i < length; ++i) {
    const unsigned char next = static_cast<unsigned char>(text[pos + i]);
    if (!is_utf8_continuation(next)) {
      ++pos;
      return 0xFFFD;
    }
    cp = (cp << 6) | (next & 0x3F);
  }
  pos += length;
  return cp;
}

// The code point ending just before pos; moves pos back to its first byte.
char32_t previous_code_point(std::string_view text, size_t& pos);

inline void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}
std::string to_utf8(char32_t cp);
std::u32string to_u32(std::string_view text);

// Number of code points in text[begin, end).
size_t count_code_points(std::string_view text, size_t begin, size_t end);
// text.find(character, from) for one three-byte character (【, 。): memchr looks for its last
// byte, since its first (E3 for kana and CJK punctuation) is a third of a Japanese text.
size_t find_three_byte_character(std::string_view text, std::string_view character, size_t from = 0);

// Offset of the first invalid UTF-8 sequence, or npos if text is valid UTF-8.
size_t find_invalid_utf8(std::string_view text);

// Character classes used to decide where a word ends in Japanese text.
inline bool is_kanji(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0x20000 && cp <= 0x3FFFF) || cp == 0x3005 /*々*/;
}
bool is_katakana(char32_t cp);  // includes ー and half-width katakana
bool is_hiragana(char32_t cp);
bool is_ascii_alnum(char32_t cp);
// Kanji, katakana or a Latin letter/digit (ASCII or full-width): a character that continues a word.
bool is_word_char(char32_t cp);

// Circled numbers ①..⑳ (U+2460..), ㉑..㉟ (U+3251..), ㊱..㊿ (U+32B1..): their value, or 0.
// Inline: the structure reader asks for every character of a line.
inline int circled_number_value(char32_t cp) {
  if (cp < 0x2460) return 0;
  if (cp <= 0x2473) return static_cast<int>(cp - 0x2460) + 1;
  if (cp >= 0x3251 && cp <= 0x325F) return static_cast<int>(cp - 0x3251) + 21;
  if (cp >= 0x32B1 && cp <= 0x32BF) return static_cast<int>(cp - 0x32B1) + 36;
  return 0;
}
char32_t circled_number(int value);  // 0 if out of range 1..50

}  // namespace kosei
