#include "fuzz_targets.h"

#include <cstdlib>
#include <string_view>

#include "app/run.h"
#include "config/config.h"
#include "source/decode.h"
#include "structure/structure.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace kosei::fuzz {
namespace {

std::string_view as_text(const uint8_t* data, size_t size) {
  return std::string_view(reinterpret_cast<const char*>(data), size);
}

// A broken invariant is a crash the fuzzer keeps.
void require(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

void decode(const uint8_t* data, size_t size) {
  DecodeResult result = decode_bytes(as_text(data, size));
  require(result.decoded.has_value() != result.error.has_value());
  if (!result.decoded) return;
  require(find_invalid_utf8(result.decoded->text) == std::string_view::npos);
  // What was decoded from a legacy encoding encodes back to the same bytes.
  if (result.decoded->encoding == Encoding::utf8 && !result.decoded->had_bom) {
    auto bytes = encode_text(result.decoded->text, Encoding::utf8, false);
    require(bytes && *bytes == as_text(data, size));
  }
}

void structure(const uint8_t* data, size_t size) {
  std::string_view text = as_text(data, size);
  if (find_invalid_utf8(text) != std::string_view::npos) return;
  SourceMap map(text);
  Structure structure = read_structure(text, map);
  require(structure.lines.size() == map.line_count());
  size_t previous_end = 0;
  for (const MaskedRange& range : structure.masked) {
    require(range.begin >= previous_end && range.begin < range.end && range.end <= text.size());
    previous_end = range.end;
  }
  for (const Line& line : structure.lines) {
    require(line.begin <= line.content_begin && line.content_begin <= line.end);
    for (const Marker& marker : line.markers) require(marker.begin < marker.end && marker.end <= line.end);
    for (const Span& cell : line.cells) require(cell.begin <= cell.end && cell.end <= text.size());
  }
  MatchText match = normalize_for_matching(text, structure.masked);
  require(match.to_source.size() == match.text.size() + 1);
  for (size_t i = 1; i < match.to_source.size(); ++i) require(match.to_source[i - 1] <= match.to_source[i]);
  require(match.to_source.back() == text.size());
  for (size_t offset = 0; offset <= text.size(); offset += 1 + size / 16) {
    Position position = map.position_of(offset);
    require(position.line >= 1 && position.line <= map.line_count() && position.column >= 1);
  }
}

void canon(const uint8_t* data, size_t size) {
  CanonData data_out;
  auto error = load_canon_text(as_text(data, size), "fuzz.toml", data_out);
  if (error) require(!error->message.empty());
}

void config(const uint8_t* data, size_t size) {
  Config config_out;
  auto error = parse_config(as_text(data, size), "kosei.toml", config_out);
  if (error) require(!error->message.empty());
}

void check(const uint8_t* data, size_t size) {
  std::string error;
  auto report = check_bytes(as_text(data, size), "fuzz.md", builtin_knowledge(), {}, &error);
  if (!report) return;
  for (const ReportedDiagnostic& d : report->diagnostics) {
    require(d.location.line >= 1 && d.location.column >= 1);
    require(d.location.byte_begin <= d.location.byte_end);
    require(d.location.end_line > d.location.line ||
            (d.location.end_line == d.location.line && d.location.end_column >= d.location.column));
  }
}

const std::vector<Target>& targets() {
  static const std::vector<Target> all = {
      {"decode", &decode}, {"structure", &structure}, {"canon", &canon}, {"config", &config}, {"check", &check},
  };
  return all;
}

}  // namespace kosei::fuzz
