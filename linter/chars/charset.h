#pragma once
// Character-set membership for the non-jis rule: CP932 (Windows-31J) through ICU's converter,
// cached per code point; JIS X 0208 and JIS X 0213 from the exact tables of chardata.
#include <array>
#include <atomic>
#include <cstdint>
#include <optional>
#include <string_view>

namespace kosei {

enum class Charset { cp932, jisx0208, jisx0213, off };

std::optional<Charset> parse_charset(std::string_view name);  // "cp932" | "jisx0208" | "jisx0213" | "off"
std::string_view charset_display_name(Charset charset);       // "CP932（Windows-31J）"

namespace charset_detail {
// Two bits per BMP code point: converted already, encodable. Static storage (no guard to pass
// on each call), read without a lock; written under the converter's mutex in charset.cpp.
extern std::array<std::atomic<uint64_t>, 1024> cp932_known;
extern std::array<std::atomic<uint64_t>, 1024> cp932_encodable;
bool encodable_in_cp932_first_time(char32_t cp);
bool in_jis_charset(Charset charset, char32_t cp);
}  // namespace charset_detail

// Whether ICU's windows-31j converter encodes `cp` without fallback. Thread-safe; each code
// point is converted once and remembered in a bitmap. Inline: non-jis asks for every character.
inline bool encodable_in_cp932(char32_t cp) {
  if (cp < 0x80) return true;
  if (cp < 0x10000) {
    const uint64_t bit = uint64_t{1} << (cp & 63);
    if (charset_detail::cp932_known[cp >> 6].load(std::memory_order_acquire) & bit) {
      return charset_detail::cp932_encodable[cp >> 6].load(std::memory_order_relaxed) & bit;
    }
  }
  return charset_detail::encodable_in_cp932_first_time(cp);
}

// Whether `cp` can be written in `charset` (ASCII always can; `off` accepts everything).
inline bool in_charset(Charset charset, char32_t cp) {
  if (cp < 0x80 || charset == Charset::off) return true;
  if (charset == Charset::cp932) return encodable_in_cp932(cp);
  return charset_detail::in_jis_charset(charset, cp);
}

}  // namespace kosei
