#pragma once
// One pass over a document for the character rules (old-kanji, foreign-hanzi, non-jis, width,
// invisible, bracket, term, term-variant, ministry-tag): the code points of its prose with their
// original byte offsets, and the matching form with line breaks removed ("joined"), so that a
// word broken across lines in text extracted from PDF (人口知\n\n能) is still one word.
// Computed on first use and kept in Document::prose_chars_cache.
#include <cstdint>
#include <string>
#include <vector>

#include "app/document.h"

namespace kosei {

struct ProseChar {
  uint32_t offset = 0;  // original byte offset in document.text()
  uint32_t length = 0;  // UTF-8 bytes
  char32_t cp = 0;
};

struct ProseChars {
  std::vector<ProseChar> chars;  // every code point outside masked ranges, in order (line breaks included)
  // The matching form (NFKC, masked ranges as U+001F) without line breaks and the spaces around
  // them; joined_to_source[i] is the original byte offset of joined byte i (size joined.size()+1).
  std::string joined;
  std::vector<uint32_t> joined_to_source;

  // Original span of joined[b, e): from the first character's start to the end of the last one.
  Span source_span(const Document& document, size_t b, size_t e) const;
};

const ProseChars& prose_chars(const Document& document);

// The span of one code point.
inline Span span_of(const ProseChar& c) { return Span{c.offset, c.offset + c.length}; }

}  // namespace kosei
