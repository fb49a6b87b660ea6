#pragma once
// Character-set membership for the non-jis rule: CP932 (Windows-31J) through ICU's converter,
// cached per code point; JIS X 0208 and JIS X 0213 from the exact tables of chardata.
#include <optional>
#include <string_view>

namespace kosei {

enum class Charset { cp932, jisx0208, jisx0213, off };

std::optional<Charset> parse_charset(std::string_view name);  // "cp932" | "jisx0208" | "jisx0213" | "off"
std::string_view charset_display_name(Charset charset);       // "CP932（Windows-31J）"

// Whether `cp` can be written in `charset` (ASCII always can; `off` accepts everything).
bool in_charset(Charset charset, char32_t cp);

// Whether ICU's windows-31j converter encodes `cp` without fallback. Thread-safe; each code
// point is converted once and remembered in a bitmap.
bool encodable_in_cp932(char32_t cp);

}  // namespace kosei
