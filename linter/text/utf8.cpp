#include "text/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace kosei {


char32_t previous_code_point(std::string_view text, size_t& pos) {
  size_t start = pos;
  do {
    --start;
  } while (start > 0 && is_utf8_continuation(static_cast<unsigned char>(text[start])) && pos - start < 4);
  size_t cursor = start;
  char32_t cp = next_code_point(text, cursor);
  pos = start;
  return cp;
}

std::string to_utf8(char32_t cp) {
  std::string out;
  append_utf8(out, cp);
  return out;
}

std::u32string to_u32(std::string_view text) {
  std::u32string out;
  size_t pos = 0;
  while (pos < text.size()) out += next_code_point(text, pos);
  return out;
}

size_t find_three_byte_character(std::string_view text, std::string_view character, size_t from) {
  if (character.size() != 3) return text.find(character, from);
  const char* data = text.data();
  for (size_t pos = from + 2; pos < text.size();) {
    const void* hit = std::memchr(data + pos, character[2], text.size() - pos);
    if (!hit) break;
    const size_t last = static_cast<size_t>(static_cast<const char*>(hit) - data);
    if (data[last - 2] == character[0] && data[last - 1] == character[1]) return last - 2;
    pos = last + 1;
  }
  return std::string_view::npos;
}

size_t count_code_points(std::string_view text, size_t begin, size_t end) {
  end = std::min(end, text.size());
  if (begin >= end) return 0;
  // One bound and no branch per byte, so that the compiler vectorizes it.
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  size_t count = 0;
  for (size_t i = begin; i < end; ++i) count += (bytes[i] & 0xC0) != 0x80;
  return count;
}

size_t find_invalid_utf8(std::string_view text) {
  size_t pos = 0;
  const size_t size = text.size();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  while (pos < size) {
    // Runs of ASCII eight bytes at a time, and the three-byte sequences of Japanese text without
    // the general loop: every document passes through here once.
    while (pos + 8 <= size) {
      uint64_t word;
      std::memcpy(&word, bytes + pos, 8);
      if (word & 0x8080808080808080u) break;
      pos += 8;
    }
    if (pos >= size) break;
    unsigned char lead = bytes[pos];
    if (lead < 0x80) {
      ++pos;
      continue;
    }
    // A run of three-byte sequences, one four-byte load and mask each: lead 1110xxxx then two
    // continuation bytes. Leads E0 (overlong forms below U+0800) and ED (surrogates) need their
    // second byte checked and take the general path, like the run's last sequence.
    if ((lead & 0xF0) == 0xE0) {
      const size_t run_start = pos;
      while (pos + 4 <= size) {
        const uint32_t word = load_le32(bytes + pos);
        const uint32_t first = word & 0xFF;
        if (!is_three_byte_sequence(word) || first == 0xE0 || first == 0xED) break;
        pos += 3;
      }
      if (pos != run_start) continue;
    }
    int length;
    char32_t min;
    if ((lead & 0xE0) == 0xC0) {
      length = 2;
      min = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
      length = 3;
      min = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
      length = 4;
      min = 0x10000;
    } else {
      return pos;
    }
    if (pos + length > size) return pos;
    char32_t cp = lead & (0x7F >> length);
    for (int i = 1; i < length; ++i) {
      unsigned char next = static_cast<unsigned char>(text[pos + i]);
      if (!is_utf8_continuation(next)) return pos;
      cp = (cp << 6) | (next & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return pos;
    pos += length;
  }
  return std::string_view::npos;
}

bool is_katakana(char32_t cp) {
  return (cp >= 0x30A1 && cp <= 0x30FA) || cp == 0x30FC /*ー*/ || (cp >= 0xFF66 && cp <= 0xFF9F) ||
         (cp >= 0x31F0 && cp <= 0x31FF);
}

bool is_hiragana(char32_t cp) { return cp >= 0x3041 && cp <= 0x309F; }

bool is_ascii_alnum(char32_t cp) {
  return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
}

bool is_word_char(char32_t cp) {
  return is_kanji(cp) || is_katakana(cp) || is_ascii_alnum(cp) || (cp >= 0xFF10 && cp <= 0xFF19) ||
         (cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A);
}

char32_t circled_number(int value) {
  if (value >= 1 && value <= 20) return 0x2460 + (value - 1);
  if (value >= 21 && value <= 35) return 0x3251 + (value - 21);
  if (value >= 36 && value <= 50) return 0x32B1 + (value - 36);
  return 0;
}

}  // namespace kosei
