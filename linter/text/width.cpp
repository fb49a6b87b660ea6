#include "text/width.h"

#include <unicode/uchar.h>

#include <cstdlib>
#include <cstring>

#include "text/utf8.h"

namespace kosei {

namespace {

int ambiguous_width() {
  static const int width = [] {
    const char* value = std::getenv("KOSEI_AMBIGUOUS_WIDTH");
    return value && std::strcmp(value, "1") == 0 ? 1 : 2;
  }();
  return width;
}

}  // namespace

int display_width(char32_t cp) {
  if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF) return 0;
  int8_t category = u_charType(static_cast<UChar32>(cp));
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_CONTROL_CHAR) return 0;
  int width = u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_EAST_ASIAN_WIDTH);
  if (width == U_EA_WIDE || width == U_EA_FULLWIDTH) return 2;
  return width == U_EA_AMBIGUOUS ? ambiguous_width() : 1;
}

size_t display_width(std::string_view utf8) {
  size_t pos = 0;
  size_t width = 0;
  while (pos < utf8.size()) width += static_cast<size_t>(display_width(next_code_point(utf8, pos)));
  return width;
}

}  // namespace kosei
