#include <gtest/gtest.h>

#include <random>

#include "source/decode.h"
#include "text/utf8.h"

using namespace kosei;

namespace {

DecodedText decode_ok(std::string_view bytes) {
  DecodeResult result = decode_bytes(bytes);
  EXPECT_TRUE(result.decoded.has_value()) << (result.error ? result.error->message : "");
  return result.decoded.value_or(DecodedText{});
}

}  // namespace

TEST(Decode, PlainUtf8IsKeptAsIs) {
  DecodedText text = decode_ok("① AI・半導体\n");
  EXPECT_EQ(text.text, "① AI・半導体\n");
  EXPECT_EQ(text.encoding, Encoding::utf8);
  EXPECT_FALSE(text.had_bom);
}

TEST(Decode, Utf8BomIsRemovedAndRemembered) {
  DecodedText text = decode_ok("\xEF\xBB\xBF量子");
  EXPECT_EQ(text.text, "量子");
  EXPECT_TRUE(text.had_bom);
}

TEST(Decode, Utf16LittleEndianWithBom) {
  // "量子" = U+91CF U+5B50
  DecodedText text = decode_ok(std::string("\xFF\xFE\xCF\x91\x50\x5B", 6));
  EXPECT_EQ(text.text, "量子");
  EXPECT_EQ(text.encoding, Encoding::utf16le);
}

TEST(Decode, Utf16BigEndianWithSurrogatePair) {
  // U+20B9F 𠮟 = D842 DF9F
  DecodedText text = decode_ok(std::string("\xFE\xFF\xD8\x42\xDF\x9F", 6));
  EXPECT_EQ(text.text, "\xF0\xA0\xAE\x9F");
  EXPECT_EQ(text.encoding, Encoding::utf16be);
}

TEST(Decode, ShiftJisIsDetectedAndConverted) {
  // 戦略分野 in Shift_JIS (CP932), and ① (0x8740, an NEC extension of CP932)
  DecodedText text = decode_ok("\x90\xED\x97\xAA\x95\xAA\x96\xEC\x87\x40");
  EXPECT_EQ(text.text, "戦略分野①");
  EXPECT_EQ(text.encoding, Encoding::shift_jis);
}

TEST(Decode, EucJpIsDetectedAndConverted) {
  // 戦略分野の予算 in EUC-JP
  DecodedText text = decode_ok("\xC0\xEF\xCE\xAC\xCA\xAC\xCC\xEE\xA4\xCE\xCD\xBD\xBB\xBB");
  EXPECT_EQ(text.text, "戦略分野の予算");
  EXPECT_EQ(text.encoding, Encoding::euc_jp);
}

TEST(Decode, NulByteMeansBinary) {
  DecodeResult result = decode_bytes(std::string("PK\x03\x04\x00\x00", 6));
  ASSERT_TRUE(result.error.has_value());
  EXPECT_EQ(result.error->kind, DecodeFailure::binary);
}

TEST(Decode, BytesThatAreNoJapaneseEncodingAreAnErrorWithPosition) {
  // Valid UTF-8 on line 1, then a lone 0xFF on line 2: not UTF-8, not Shift_JIS, not EUC-JP.
  DecodeResult result = decode_bytes("量子\nab\xFF\xFF");
  ASSERT_TRUE(result.error.has_value());
  EXPECT_EQ(result.error->kind, DecodeFailure::invalid);
  EXPECT_EQ(result.error->byte_offset, 9u);
  EXPECT_NE(result.error->message.find("2行目 3バイト目"), std::string::npos) << result.error->message;
}

TEST(Decode, EmptyInputIsEmptyUtf8) {
  DecodedText text = decode_ok("");
  EXPECT_EQ(text.text, "");
  EXPECT_EQ(text.encoding, Encoding::utf8);
}

TEST(Encode, RoundTripsShiftJis) {
  auto bytes = encode_text("戦略分野①", Encoding::shift_jis, false);
  ASSERT_TRUE(bytes.has_value());
  EXPECT_EQ(*bytes, "\x90\xED\x97\xAA\x95\xAA\x96\xEC\x87\x40");
}

TEST(Encode, RefusesCharactersTheEncodingLacks) {
  EXPECT_FALSE(encode_text("\xF0\xA0\xAE\x9F", Encoding::shift_jis, false).has_value());  // 𠮟
}

namespace {

// The definition of well-formed UTF-8 (Unicode table 3-7), written for clarity, not speed.
size_t first_invalid_by_definition(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    const auto lead = static_cast<unsigned char>(text[pos]);
    int length = lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF8) == 0xF0 ? 4 : 0;
    if (length == 0 || pos + length > text.size()) return pos;
    char32_t cp = length == 1 ? lead : lead & (0x7F >> length);
    for (int i = 1; i < length; ++i) {
      const auto next = static_cast<unsigned char>(text[pos + i]);
      if ((next & 0xC0) != 0x80) return pos;
      cp = cp << 6 | (next & 0x3F);
    }
    const char32_t min = length == 1 ? 0 : length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return pos;
    pos += length;
  }
  return std::string_view::npos;
}

}  // namespace

TEST(Utf8, FindInvalidReportsTheFirstBadSequence) {
  EXPECT_EQ(find_invalid_utf8(""), std::string_view::npos);
  EXPECT_EQ(find_invalid_utf8("ASCII only, longer than eight bytes"), std::string_view::npos);
  EXPECT_EQ(find_invalid_utf8("予算額は181億円（2025年）"), std::string_view::npos);
  EXPECT_EQ(find_invalid_utf8("12345678\x80"), 8u);                 // after a whole ASCII word
  EXPECT_EQ(find_invalid_utf8("1234567\xE3\x81"), 7u);             // cut three-byte sequence
  EXPECT_EQ(find_invalid_utf8("\xE3\x81\x82\xE3\x41\x82"), 3u);   // bad continuation
  EXPECT_EQ(find_invalid_utf8("a\xE0\x80\xAF"), 1u);               // overlong three-byte '/'
  EXPECT_EQ(find_invalid_utf8("ab\xED\xA0\x80"), 2u);              // surrogate U+D800
  EXPECT_EQ(find_invalid_utf8("\xC0\xAF"), 0u);                    // overlong two-byte
  EXPECT_EQ(find_invalid_utf8("\xF4\x90\x80\x80"), 0u);            // above U+10FFFF
  EXPECT_EQ(find_invalid_utf8("\xF0\xA0\xAE\x9F"), std::string_view::npos);  // 𠮟
}

TEST(Utf8, FindInvalidAgreesWithTheDefinitionOnRandomBytes) {
  // Mostly valid text with a few damaged bytes, so that the fast paths (ASCII words, three-byte
  // sequences) and the general one all meet errors at every offset.
  // Valid: the three-byte sequences next to the forbidden ones too (U+0800, U+D7FF, U+E000, U+FFFF).
  const std::string pieces[] = {"a", "12345678", "予", "算", "é", "𠮟", "\xE0\xA0\x80", "\xED\x9F\xBF", "\xEE\x80\x80",
                                "\xEF\xBF\xBF", "\x80", "\xE3\x81", "\xED\xA0\x80", "\xE0\x9F\xBF", "\xF8"};
  std::mt19937 random(20261202);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int count = static_cast<int>(random() % 12);
    for (int i = 0; i < count; ++i) {
      const size_t piece = random() % 100 < 90 ? random() % 10 : 10 + random() % 5;
      text += pieces[piece];
    }
    ASSERT_EQ(find_invalid_utf8(text), first_invalid_by_definition(text)) << "round " << round;
  }
}

// next_code_point decodes three-byte sequences on a fast path; it must give, byte for byte, what
// the general rule gives: the sequence its lead byte announces when every continuation byte is
// there, else U+FFFD for one byte (text reaching it has been validated; broken input must still
// decode the same way everywhere).
TEST(Utf8, NextCodePointIsTheGeneralRuleOnRandomBytes) {
  auto by_rule = [](std::string_view text, size_t& pos) -> char32_t {
    const auto lead = static_cast<unsigned char>(text[pos]);
    const size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
    if (length == 1) return text[pos++];
    if (length == 0 || pos + length > text.size()) return ++pos, U'\uFFFD';
    char32_t cp = lead & (0x7F >> length);
    for (size_t i = 1; i < length; ++i) {
      const auto next = static_cast<unsigned char>(text[pos + i]);
      if ((next & 0xC0) != 0x80) return ++pos, U'\uFFFD';
      cp = cp << 6 | (next & 0x3F);
    }
    pos += length;
    return cp;
  };
  const std::string pieces[] = {"a", "予", "算", "é", "𠮟", "\x80", "\xE3\x81", "\xED\xA0\x80", "\xE0\x9F\xBF", "\xF8", "\xE3"};
  std::mt19937 random(20261203);
  size_t three_byte = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (int i = static_cast<int>(random() % 10); i > 0; --i) text += pieces[random() % std::size(pieces)];
    for (size_t pos = 0, expected_pos = 0; pos < text.size();) {
      const char32_t expected = by_rule(text, expected_pos);
      const size_t at = pos;
      ASSERT_EQ(kosei::next_code_point(text, pos), expected) << "round " << round << " at " << at;
      ASSERT_EQ(pos, expected_pos) << "round " << round << " at " << at;
      three_byte += pos - at == 3;
    }
  }
  EXPECT_GT(three_byte, 10000u);
}

TEST(Utf8, FindThreeByteCharacterIsFind) {
  const std::string pieces[] = {"【", "】", "あ", "\x90", "\x80\x90", "\xE3", "a", "。", "【】"};
  std::mt19937 random(20261204);
  size_t found = 0;
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    for (int i = static_cast<int>(random() % 12); i > 0; --i) text += pieces[random() % std::size(pieces)];
    for (size_t from = 0; from <= text.size() + 1; ++from) {
      ASSERT_EQ(kosei::find_three_byte_character(text, "【", from), std::string_view(text).find("【", from))
          << "round " << round << " from " << from;
      found += kosei::find_three_byte_character(text, "【", from) != std::string_view::npos;
    }
  }
  EXPECT_GT(found, 1000u);
  EXPECT_EQ(kosei::find_three_byte_character("ab", "ab", 0), 0u);  // other lengths: std::find
}
