#include <gtest/gtest.h>

#include "source/decode.h"

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
