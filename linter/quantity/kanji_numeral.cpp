// Numeral conversion for the quantity and date grammars: kanji numerals below 万 and
// ASCII/full-width Arabic digits. The grammars validate the shape; this only converts.
#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>

#include "quantity/quantity.h"

namespace kosei::numeral {
namespace {

// Decode one UTF-8 code point at s[i] (advancing i); returns U+FFFD on malformed input.
char32_t next_cp(std::string_view s, std::size_t& i) {
  auto b = static_cast<unsigned char>(s[i]);
  int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
  if (len == 0 || i + static_cast<std::size_t>(len) > s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = len == 1 ? b : (b & (0x7F >> len));
  for (int k = 1; k < len; ++k) {
    auto c = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
    if ((c & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  i += static_cast<std::size_t>(len);
  return cp;
}

int kanji_digit(char32_t c) {
  switch (c) {
    case U'〇': case U'零': return 0;
    case U'一': return 1;
    case U'二': return 2;
    case U'三': return 3;
    case U'四': return 4;
    case U'五': return 5;
    case U'六': return 6;
    case U'七': return 7;
    case U'八': return 8;
    case U'九': return 9;
    default: return -1;
  }
}

int kanji_small_unit(char32_t c) {
  switch (c) {
    case U'十': return 10;
    case U'百': return 100;
    case U'千': return 1000;
    default: return 0;
  }
}

int arabic_digit(char32_t c) {
  if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
  if (c >= U'０' && c <= U'９') return static_cast<int>(c - U'０');
  return -1;
}

}  // namespace

std::optional<std::int64_t> kanji_to_int(std::string_view s) {
  if (s.empty()) return std::nullopt;
  bool has_unit = false;
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = next_cp(s, i);
    if (kanji_small_unit(c)) has_unit = true;
    else if (kanji_digit(c) < 0) return std::nullopt;
  }
  std::int64_t total = 0;
  if (!has_unit) {  // positional: 二〇二六
    for (std::size_t i = 0; i < s.size();) {
      if (total > std::numeric_limits<std::int64_t>::max() / 10 - 9) return std::nullopt;
      total = total * 10 + kanji_digit(next_cp(s, i));
    }
    return total;
  }
  // structured: [d]千[d]百[d]十[d], units strictly decreasing, digits not repeated
  int pending = -1;       // digit waiting for its unit
  int last_unit = 10000;  // units must decrease
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = next_cp(s, i);
    if (int u = kanji_small_unit(c)) {
      if (u >= last_unit) return std::nullopt;
      if (pending == 0) return std::nullopt;  // 〇百 is not a numeral
      total += static_cast<std::int64_t>(pending < 0 ? 1 : pending) * u;
      pending = -1;
      last_unit = u;
    } else {
      if (pending >= 0) return std::nullopt;  // two digits in a row in structured form
      pending = kanji_digit(c);
    }
  }
  if (pending > 0) total += pending;
  return total;
}

std::optional<Decimal> arabic_to_decimal(std::string_view s) {
  std::int64_t units = 0;
  int scale = 0;
  bool point = false, any = false;
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = next_cp(s, i);
    if (c == U',' || c == U'，') {
      if (point) return std::nullopt;
      continue;
    }
    if (c == U'.' || c == U'．') {
      if (point) return std::nullopt;
      point = true;
      continue;
    }
    int d = arabic_digit(c);
    if (d < 0) return std::nullopt;
    any = true;
    if (units > (std::numeric_limits<std::int64_t>::max() - d) / 10) return std::nullopt;
    units = units * 10 + d;
    if (point && ++scale > 18) return std::nullopt;
  }
  if (!any) return std::nullopt;
  return Decimal{units, scale};
}

std::optional<std::int64_t> to_int(std::string_view s) {
  if (s.empty()) return std::nullopt;
  std::size_t i = 0;
  if (arabic_digit(next_cp(s, i)) >= 0) {
    auto d = arabic_to_decimal(s);
    if (!d || d->scale != 0) return std::nullopt;
    for (char c : s)
      if (c == ',' || c == '.') return std::nullopt;
    return d->units;
  }
  return kanji_to_int(s);
}

}  // namespace kosei::numeral
