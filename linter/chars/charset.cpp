#include "chars/charset.h"

#include <unicode/ucnv.h>
#include <unicode/utf16.h>

#include <array>
#include <atomic>
#include <mutex>

#include "chardata/chardata.h"

namespace kosei {
namespace {

// Two bits of state per BMP code point: known, encodable. Filled lazily under a mutex (the ICU
// converter is not thread-safe); read without it.
struct Cp932Cache {
  std::array<std::atomic<uint64_t>, 1024> known{};
  std::array<std::atomic<uint64_t>, 1024> encodable{};
  std::mutex mutex;
  UConverter* converter = nullptr;

  Cp932Cache() {
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
  ~Cp932Cache() {
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

  bool lookup(char32_t cp) {
    if (cp >= 0x10000) return false;  // CP932 has no supplementary characters
    const uint64_t bit = uint64_t{1} << (cp & 63);
    const size_t word = cp >> 6;
    if (known[word].load(std::memory_order_acquire) & bit) return encodable[word].load(std::memory_order_relaxed) & bit;
    std::lock_guard<std::mutex> lock(mutex);
    if (known[word].load(std::memory_order_acquire) & bit) return encodable[word].load(std::memory_order_relaxed) & bit;
    const bool ok = convert(cp);
    if (ok) encodable[word].fetch_or(bit, std::memory_order_relaxed);
    known[word].fetch_or(bit, std::memory_order_release);
    return ok;
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

bool encodable_in_cp932(char32_t cp) {
  if (cp < 0x80) return true;
  static Cp932Cache cache;
  return cache.lookup(cp);
}

bool in_charset(Charset charset, char32_t cp) {
  if (cp < 0x80 || charset == Charset::off) return true;
  const chardata::CharTables& tables = chardata::builtin_char_tables();
  switch (charset) {
    case Charset::cp932: return encodable_in_cp932(cp);
    case Charset::jisx0208: return tables.in_jisx0208(cp) || tables.in_jisx0201(cp);
    case Charset::jisx0213: return tables.in_jisx0213(cp) || tables.in_jisx0201(cp);
    case Charset::off: return true;
  }
  return true;
}

}  // namespace kosei
