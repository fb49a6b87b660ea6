#pragma once
// Characters that should not be in a draft although nothing shows them: zero-width and
// directional formatting characters, a BOM inside the text, control characters, U+FFFD, private
// use. Shared by the invisible rule and non-jis (which leaves them to invisible).
#include <cstdint>

namespace kosei {

enum class InvisibleKind : uint8_t { none, zero_width, bom, control, replacement, private_use, combining_kana };

inline InvisibleKind invisible_kind(char32_t cp) {
  if (cp < 0x20) return (cp == '\t' || cp == '\n' || cp == '\r') ? InvisibleKind::none : InvisibleKind::control;
  if (cp < 0x7F) return InvisibleKind::none;
  if (cp > 0x309A && cp < 0xE000) return InvisibleKind::none;  // kana and kanji: most of a text, one test
  if (cp <= 0x9F) return InvisibleKind::control;  // DEL and C1
  if (cp == 0xAD || cp == 0x34F || cp == 0x61C || cp == 0x180E) return InvisibleKind::zero_width;
  if ((cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064) ||
      (cp >= 0x2066 && cp <= 0x2069)) {
    return InvisibleKind::zero_width;
  }
  if (cp == 0xFEFF) return InvisibleKind::bom;
  if (cp == 0xFFFD) return InvisibleKind::replacement;
  if ((cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000) return InvisibleKind::private_use;
  if (cp == 0x3099 || cp == 0x309A) return InvisibleKind::combining_kana;
  return InvisibleKind::none;
}

}  // namespace kosei
