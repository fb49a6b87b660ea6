#include "chars/charset.h"

#include <unicode/ucnv.h>
#include <unicode/utf16.h>

#include <array>
#include <atomic>
#include <mutex>

#include "chardata/chardata.h"

namespace kosei {
namespace {

// The converter behind the bitmaps of charset.h, opened on first use. ICU's converter is not
// thread-safe: it is used, and the bitmaps written, under the mutex.
struct Cp932Converter {
  std::mutex mutex;
  UConverter* converter = nullptr;

  Cp932Converter() {
    UErrorCode status = U_ZERO_ERROR;
    converter = ucnv_open("windows-31j", &status);
    if (U_FAILURE(status)) {
      converter = nullptr;
      return;
    }
    ucnv_setFallback(converter, false);
    status = U_ZERO_ERROR;
    ucnv_setFromUCallBack(converter, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  }
  ~Cp932Converter() {
    if (converter) ucnv_close(converter);
  }

  bool convert(char32_t cp) {
    if (!converter) return true;  // no converter: report nothing rather than everything
    UChar units[2];
    int32_t length = 0;
    UBool error = false;
    U16_APPEND(units, length, 2, static_cast<UChar32>(cp), error);
    if (error) return false;
    char out[16];
    UErrorCode status = U_ZERO_ERROR;
    ucnv_reset(converter);
    ucnv_fromUChars(converter, out, sizeof out, units, length, &status);
    return U_SUCCESS(status);
  }
};

}  // namespace

std::optional<Charset> parse_charset(std::string_view name) {
  if (name == "cp932") return Charset::cp932;
  if (name == "jisx0208") return Charset::jisx0208;
  if (name == "jisx0213") return Charset::jisx0213;
  if (name == "off") return Charset::off;
  return std::nullopt;
}

std::string_view charset_display_name(Charset charset) {
  switch (charset) {
    case Charset::cp932: return "CP932（Windows-31J）";
    case Charset::jisx0208: return "JIS X 0208";
    case Charset::jisx0213: return "JIS X 0213";
    case Charset::off: return "off";
  }
  return "";
}

namespace charset_detail {

std::array<std::atomic<uint64_t>, 1024> cp932_known{};
std::array<std::atomic<uint64_t>, 1024> cp932_encodable{};

bool encodable_in_cp932_first_time(char32_t cp) {
  if (cp >= 0x10000) return false;  // CP932 has no supplementary characters
  static Cp932Converter converter;
  const uint64_t bit = uint64_t{1} << (cp & 63);
  const size_t word = cp >> 6;
  std::lock_guard<std::mutex> lock(converter.mutex);
  if (cp932_known[word].load(std::memory_order_acquire) & bit) return cp932_encodable[word].load(std::memory_order_relaxed) & bit;
  const bool ok = converter.convert(cp);
  if (ok) cp932_encodable[word].fetch_or(bit, std::memory_order_relaxed);
  cp932_known[word].fetch_or(bit, std::memory_order_release);
  return ok;
}

bool in_jis_charset(Charset charset, char32_t cp) {
  const chardata::CharTables& tables = chardata::builtin_char_tables();
  switch (charset) {
    case Charset::jisx0208: return tables.in_jisx0208(cp) || tables.in_jisx0201(cp);
    case Charset::jisx0213: return tables.in_jisx0213(cp) || tables.in_jisx0201(cp);
    case Charset::cp932: return encodable_in_cp932(cp);
    case Charset::off: return true;
  }
  return true;
}

}  // namespace charset_detail

}  // namespace kosei
