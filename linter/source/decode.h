#pragma once
// Decoding layer: raw bytes of a file → UTF-8 text. Nothing above this layer sees raw bytes.
#include <optional>
#include <string>
#include <string_view>

namespace kosei {

enum class Encoding { utf8, utf16le, utf16be, shift_jis /* Windows-31J (CP932) */, euc_jp };

std::string_view encoding_name(Encoding encoding);

struct DecodedText {
  std::string text;        // UTF-8, without BOM
  Encoding encoding = Encoding::utf8;
  bool had_bom = false;
};

enum class DecodeFailure { binary, invalid };

struct DecodeError {
  DecodeFailure kind;
  size_t byte_offset = 0;  // of the first offending byte in the input
  std::string message;     // Japanese, for the user
};

// Detects the encoding (BOM; NUL bytes mean binary; valid UTF-8; else CP932 or EUC-JP, whichever
// decodes without error and reads most like Japanese) and converts to UTF-8.
// Text that is none of these is an error: kosei never guesses at bytes it cannot read.
struct DecodeResult {
  std::optional<DecodedText> decoded;
  std::optional<DecodeError> error;
};
DecodeResult decode_bytes(std::string_view bytes);

// Converts UTF-8 back to the given encoding (used by --fix); nullopt if a character cannot be encoded.
std::optional<std::string> encode_text(std::string_view utf8, Encoding encoding, bool with_bom);

}  // namespace kosei
