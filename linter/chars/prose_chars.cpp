#include "chars/prose_chars.h"

#include "text/utf8.h"

namespace kosei {
namespace {

std::shared_ptr<const ProseChars> compute(const Document& document) {
  auto out = std::make_shared<ProseChars>();
  const std::string& text = document.text();
  const std::vector<MaskedRange>& masked = document.structure.masked;
  out->chars.reserve(text.size() / 2);
  size_t next_mask = 0;
  for (size_t pos = 0; pos < text.size();) {
    while (next_mask < masked.size() && masked[next_mask].end <= pos) ++next_mask;
    if (next_mask < masked.size() && masked[next_mask].begin <= pos) {
      pos = masked[next_mask].end;
      continue;
    }
    size_t begin = pos;
    char32_t cp = next_code_point(text, pos);
    out->chars.push_back(ProseChar{static_cast<uint32_t>(begin), static_cast<uint32_t>(pos - begin), cp});
  }

  const MatchText& match = document.match;
  out->joined.reserve(match.text.size());
  out->joined_to_source.reserve(match.text.size() + 1);
  bool after_break = false;
  for (size_t i = 0; i < match.text.size(); ++i) {
    char c = match.text[i];
    if (c == '\n' || c == '\r') {
      while (!out->joined.empty() && (out->joined.back() == ' ' || out->joined.back() == '\t')) {
        out->joined.pop_back();
        out->joined_to_source.pop_back();
      }
      after_break = true;
      continue;
    }
    if (after_break && (c == ' ' || c == '\t')) continue;
    after_break = false;
    out->joined.push_back(c);
    out->joined_to_source.push_back(match.to_source[i]);
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
