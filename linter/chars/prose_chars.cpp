#include "chars/prose_chars.h"

#include <algorithm>
#include <cstring>

#include "text/utf8.h"

namespace kosei {
namespace {

// The first \n or \r at or after `from` (text.size() if none): two memchr, not a loop per byte.
size_t line_break_after(std::string_view text, size_t from) {
  const char* const begin = text.data();
  size_t stop = text.size();
  if (const void* newline = std::memchr(begin + from, '\n', stop - from)) stop = static_cast<const char*>(newline) - begin;
  if (const void* carriage = std::memchr(begin + from, '\r', stop - from)) stop = static_cast<const char*>(carriage) - begin;
  return stop;
}

std::shared_ptr<const ProseChars> compute(const Document& document) {
  auto out = std::make_shared<ProseChars>();
  const std::string& text = document.text();
  const std::vector<MaskedRange>& masked = document.structure.masked;
  out->chars.reserve(count_code_points(text, 0, text.size()));  // exact for a text without masks
  // The prose between masked ranges, decoded segment by segment.
  size_t pos = 0;
  for (size_t next_mask = 0; pos < text.size();) {
    while (next_mask < masked.size() && masked[next_mask].end <= pos) ++next_mask;
    const size_t segment_end = next_mask < masked.size() ? std::min(text.size(), std::max(pos, masked[next_mask].begin)) : text.size();
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    while (pos < segment_end) {
      const size_t begin = pos;
      const unsigned char lead = bytes[pos];
      char32_t cp;
      if (lead < 0x80) {  // ASCII and three-byte characters, most of a text, decoded in place
        cp = lead;
        ++pos;
      } else if (three_byte_code_point(bytes, pos, text.size(), cp)) {
        pos += 3;
      } else {
        cp = next_code_point(text, pos);
      }
      out->chars.push_back(ProseChar{static_cast<uint32_t>(begin), static_cast<uint32_t>(pos - begin), cp});
    }
    if (next_mask < masked.size() && masked[next_mask].begin <= pos) pos = std::max(pos, masked[next_mask].end);
  }

  // The matching form without line breaks and the spaces around them, copied a line at a time.
  const MatchText& match = document.match;
  const std::string_view from = match.text;
  out->joined.reserve(from.size());
  out->joined_to_source.reserve(from.size() + 1);
  bool after_break = false;
  for (size_t i = 0; i < from.size();) {
    const char c = from[i];
    if (c == '\n' || c == '\r') {
      while (!out->joined.empty() && (out->joined.back() == ' ' || out->joined.back() == '\t')) {
        out->joined.pop_back();
        out->joined_to_source.pop_back();
      }
      after_break = true;
      ++i;
      continue;
    }
    if (after_break && (c == ' ' || c == '\t')) {
      ++i;
      continue;
    }
    after_break = false;
    const size_t run_end = line_break_after(from, i + 1);
    out->joined.append(from, i, run_end - i);
    out->joined_to_source.insert(out->joined_to_source.end(), match.to_source.begin() + static_cast<long>(i),
                                 match.to_source.begin() + static_cast<long>(run_end));
    i = run_end;
  }
  out->joined_to_source.push_back(static_cast<uint32_t>(text.size()));
  return out;
}

}  // namespace

Span ProseChars::source_span(const Document& document, size_t b, size_t e) const {
  if (e <= b) return Span{joined_to_source[b], joined_to_source[b]};
  size_t last = joined_to_source[e - 1];
  size_t end = last;
  next_code_point(document.text(), end);
  return Span{joined_to_source[b], end};
}

const ProseChars& prose_chars(const Document& document) {
  if (!document.prose_chars_cache) document.prose_chars_cache = compute(document);
  return *static_cast<const ProseChars*>(document.prose_chars_cache.get());
}

}  // namespace kosei
