#include "source/decode.h"

#include <unicode/ucnv.h>

#include <memory>

#include "text/utf8.h"

namespace kosei {
namespace {

const char* icu_converter_name(Encoding encoding) {
  switch (encoding) {
    case Encoding::utf8: return "UTF-8";
    case Encoding::utf16le: return "UTF-16LE";
    case Encoding::utf16be: return "UTF-16BE";
    case Encoding::shift_jis: return "windows-31j";
    case Encoding::euc_jp: return "EUC-JP";
  }
  return "UTF-8";
}

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

ConverterPtr open_strict_converter(Encoding encoding) {
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr converter(ucnv_open(icu_converter_name(encoding), &status));
  if (U_FAILURE(status)) return nullptr;
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  ucnv_setFromUCallBack(converter.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  if (U_FAILURE(status)) return nullptr;
  return converter;
}

// Strict conversion to UTF-8 through ICU; nullopt on any unmappable or illegal sequence.
std::optional<std::string> convert_to_utf8(std::string_view bytes, Encoding encoding) {
  ConverterPtr source = open_strict_converter(encoding);
  if (!source) return std::nullopt;
  std::string out;
  const char* in = bytes.data();
  const char* in_end = bytes.data() + bytes.size();
  std::u16string pivot(bytes.size() + 16, u'\0');
  UChar* target = reinterpret_cast<UChar*>(pivot.data());
  UChar* target_end = target + pivot.size();
  UErrorCode status = U_ZERO_ERROR;
  ucnv_toUnicode(source.get(), &target, target_end, &in, in_end, nullptr, true, &status);
  if (U_FAILURE(status)) return std::nullopt;
  pivot.resize(target - reinterpret_cast<UChar*>(pivot.data()));
  out.reserve(pivot.size() * 3);
  for (size_t i = 0; i < pivot.size(); ++i) {
    char32_t cp = pivot[i];
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < pivot.size()) {
      char32_t low = pivot[i + 1];
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        ++i;
      }
    }
    append_utf8(out, cp);
  }
  return out;
}

// How much a decoded text reads like Japanese: kana and kanji count, half-width katakana (the
// usual sign of EUC-JP misread as Shift_JIS, or the reverse) counts against.
long japanese_score(std::string_view utf8) {
  long score = 0;
  size_t pos = 0;
  while (pos < utf8.size()) {
    char32_t cp = next_code_point(utf8, pos);
    if (is_hiragana(cp) || (cp >= 0x30A0 && cp <= 0x30FF) || is_kanji(cp)) score += 2;
    if (cp >= 0xFF61 && cp <= 0xFF9F) score -= 3;
  }
  return score;
}

std::string line_column_of(std::string_view bytes, size_t offset) {
  size_t line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < offset; ++i) {
    if (bytes[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return std::to_string(line) + "行目 " + std::to_string(offset - line_start + 1) + "バイト目";
}

}  // namespace

std::string_view encoding_name(Encoding encoding) {
  switch (encoding) {
    case Encoding::utf8: return "UTF-8";
    case Encoding::utf16le: return "UTF-16LE";
    case Encoding::utf16be: return "UTF-16BE";
    case Encoding::shift_jis: return "Shift_JIS";
    case Encoding::euc_jp: return "EUC-JP";
  }
  return "UTF-8";
}

DecodeResult decode_bytes(std::string_view bytes) {
  DecodeResult result;
  auto starts_with = [&](std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; };
  if (starts_with("\xEF\xBB\xBF")) {
    std::string_view body = bytes.substr(3);
    size_t bad = find_invalid_utf8(body);
    if (bad != std::string_view::npos) {
      result.error = DecodeError{DecodeFailure::invalid, bad + 3,
                                 "UTF-8 (BOM付き) として不正なバイト列があります（" +
                                     line_column_of(bytes, bad + 3) + "）"};
      return result;
    }
    result.decoded = DecodedText{std::string(body), Encoding::utf8, true};
    return result;
  }
  for (Encoding utf16 : {Encoding::utf16le, Encoding::utf16be}) {
    std::string_view bom = utf16 == Encoding::utf16le ? std::string_view("\xFF\xFE", 2)
                                                      : std::string_view("\xFE\xFF", 2);
    if (starts_with(bom)) {
      auto converted = convert_to_utf8(bytes.substr(2), utf16);
      if (!converted) {
        result.error = DecodeError{DecodeFailure::invalid, 2,
                                   std::string(encoding_name(utf16)) + " として読めないバイト列があります"};
        return result;
      }
      result.decoded = DecodedText{std::move(*converted), utf16, true};
      return result;
    }
  }
  // Like ripgrep: a NUL byte in the first 64 KiB means this is not a text file.
  size_t nul = bytes.substr(0, 65536).find('\0');
  if (nul != std::string_view::npos) {
    result.error = DecodeError{DecodeFailure::binary, nul, "テキストファイルではありません（バイナリ）"};
    return result;
  }
  size_t bad = find_invalid_utf8(bytes);
  if (bad == std::string_view::npos) {
    result.decoded = DecodedText{std::string(bytes), Encoding::utf8, false};
    return result;
  }
  std::optional<std::string> best;
  Encoding best_encoding = Encoding::shift_jis;
  long best_score = 0;
  for (Encoding legacy : {Encoding::shift_jis, Encoding::euc_jp}) {
    auto converted = convert_to_utf8(bytes, legacy);
    if (!converted) continue;
    long score = japanese_score(*converted);
    if (!best || score > best_score) {
      best = std::move(converted);
      best_encoding = legacy;
      best_score = score;
    }
  }
  if (best) {
    result.decoded = DecodedText{std::move(*best), best_encoding, false};
    return result;
  }
  result.error = DecodeError{DecodeFailure::invalid, bad,
                             "UTF-8・Shift_JIS・EUC-JP のいずれとしても読めないバイト列があります（" +
                                 line_column_of(bytes, bad) + "）"};
  return result;
}

std::optional<std::string> encode_text(std::string_view utf8, Encoding encoding, bool with_bom) {
  std::string out;
  if (encoding == Encoding::utf8) {
    if (with_bom) out = "\xEF\xBB\xBF";
    out.append(utf8);
    return out;
  }
  std::u16string units;
  size_t pos = 0;
  while (pos < utf8.size()) {
    char32_t cp = next_code_point(utf8, pos);
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units += static_cast<char16_t>(0xD800 + (cp >> 10));
      units += static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
    } else {
      units += static_cast<char16_t>(cp);
    }
  }
  ConverterPtr target = open_strict_converter(encoding);
  if (!target) return std::nullopt;
  std::string buffer(units.size() * 4 + 16, '\0');
  char* dest = buffer.data();
  const UChar* src = reinterpret_cast<const UChar*>(units.data());
  UErrorCode status = U_ZERO_ERROR;
  ucnv_fromUnicode(target.get(), &dest, buffer.data() + buffer.size(), &src, src + units.size(), nullptr,
                   true, &status);
  if (U_FAILURE(status)) return std::nullopt;
  buffer.resize(dest - buffer.data());
  if (with_bom) {
    if (encoding == Encoding::utf16le) out = std::string("\xFF\xFE", 2);
    if (encoding == Encoding::utf16be) out = std::string("\xFE\xFF", 2);
  }
  out += buffer;
  return out;
}

}  // namespace kosei
