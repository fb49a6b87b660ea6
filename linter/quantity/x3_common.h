// Internal: X3 primitives and UTF-8 boundary helpers shared by quantity_grammar.cpp and
// date_grammar.cpp. Include only from those two translation units.
//
// Why X3 over UTF-8 bytes (char iterators) and not char32_t: the documents are UTF-8 and callers
// want byte offsets into them; parsing the bytes directly gives those offsets for free, with no
// transcoding and no offset map. Every non-ASCII token (億, 円, ０, ～, 令和 ...) is a multibyte
// *literal* (x3::lit or an x3::symbols key), which matches whole code points byte by byte. The
// only single-character parsers used are x3::char_('0', '9') style ASCII ranges, so no parser ever
// consumes one byte of a multibyte character. No skipper is used (x3::space calls isspace on
// arbitrary bytes); spaces are explicit (`sp`).
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "quantity/lead_scan.h"
#include "text/utf8.h"

namespace kosei::x3common {

namespace x3 = boost::spirit::x3;

// One space between tokens: ASCII space, ideographic space U+3000, no-break space U+00A0.
inline const auto sp = x3::lit(' ') | x3::lit("\u3000") | x3::lit("\u00A0");
inline const auto ascii_digit = x3::char_('0', '9');
// One decimal digit, ASCII or full-width.
inline const auto any_digit = ascii_digit | x3::lit("０") | x3::lit("１") | x3::lit("２") |
                              x3::lit("３") | x3::lit("４") | x3::lit("５") | x3::lit("６") |
                              x3::lit("７") | x3::lit("８") | x3::lit("９");
inline const auto ascii_alpha = x3::char_('A', 'Z') | x3::char_('a', 'z');
// Range marks: ～ (U+FF5E), 〜 (U+301C), ~, -, － (U+FF0D), ‐ (U+2010)
inline const auto range_mark = x3::lit("～") | x3::lit("〜") | x3::lit('~') | x3::lit('-') |
                               x3::lit("－") | x3::lit("‐");
inline const auto kanji_digit = x3::lit("〇") | x3::lit("一") | x3::lit("二") | x3::lit("三") |
                                x3::lit("四") | x3::lit("五") | x3::lit("六") | x3::lit("七") |
                                x3::lit("八") | x3::lit("九");
inline const auto kanji_small_unit = x3::lit("十") | x3::lit("百") | x3::lit("千");
// Kanji numeral below 万: positional 二〇二六 (two or more digits, no units) or structured
// [d]千[d]百[d]十[d] (non-empty). Conversion: numeral::kanji_to_int.
inline const auto kanji_number =
    (kanji_digit >> +kanji_digit >> !kanji_small_unit) |
    (&(kanji_digit | kanji_small_unit) >> -(-kanji_digit >> "千") >> -(-kanji_digit >> "百") >>
     -(-kanji_digit >> "十") >> -kanji_digit);

// ---- UTF-8 helpers -------------------------------------------------------------------------

// The code point that ends just before byte `pos` (0 if pos == 0); *start receives its offset.
inline char32_t prev_code_point(std::string_view s, std::size_t pos, std::size_t* start = nullptr) {
  if (pos == 0 || pos > s.size()) return 0;
  std::size_t i = pos - 1;
  int back = 0;
  while (i > 0 && back < 3 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) {
    --i;
    ++back;
  }
  if (start) *start = i;
  auto b = static_cast<unsigned char>(s[i]);
  std::size_t len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
  if (len != pos - i) return 0xFFFD;
  char32_t cp = len == 1 ? b : (b & (0x7F >> len));
  for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return cp;
}

// Length of the UTF-8 sequence starting at s[pos] (1 for stray bytes), for scanning.
inline std::size_t char_len(std::string_view s, std::size_t pos) {
  std::size_t n = 1;
  code_point_at(s, pos, &n);
  return n;
}

inline bool is_arabic_digit(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９');
}
inline bool is_alnum_any(char32_t c) {
  return is_arabic_digit(c) || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') ||
         (c >= U'Ａ' && c <= U'Ｚ') || (c >= U'ａ' && c <= U'ｚ') || c == U'_';
}
inline bool is_kanji_numeral(char32_t c) {
  switch (c) {
    case U'〇': case U'一': case U'二': case U'三': case U'四': case U'五': case U'六':
    case U'七': case U'八': case U'九': case U'十': case U'百': case U'千': case U'万':
    case U'億': case U'兆': case U'零':
      return true;
    default:
      return false;
  }
}
inline bool is_ideograph(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || c == U'々';
}

// May a number begin at byte `pos`? Not inside a longer number or word: the preceding code point
// is not a digit/Latin letter, not a kanji numeral or 第 (ordinal), and not a , . ， ．that follows
// a digit (so "1,00" and "1.5.2" do not restart at "00" / "2"). For a kanji numeral start
// (`kanji`), an ideograph before it also blocks (統一, 同一人物), except 約 計 全 総 合.
inline bool number_may_start(std::string_view s, std::size_t pos, bool kanji) {
  std::size_t ps = 0;
  char32_t p = prev_code_point(s, pos, &ps);
  if (p == 0) return true;
  if (is_alnum_any(p) || is_kanji_numeral(p) || p == U'第') return false;
  if (p == U',' || p == U'.' || p == U'，' || p == U'．') {
    char32_t pp = prev_code_point(s, ps);
    if (is_arabic_digit(pp)) return false;
  }
  if (kanji && is_ideograph(p)) {
    switch (p) {
      case U'約': case U'計': case U'全': case U'総': case U'合':
        return true;
      default:
        return false;
    }
  }
  return true;
}

}  // namespace kosei::x3common
