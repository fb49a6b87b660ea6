#pragma once
// The matching form of a text: NFKC (full-width → half-width, （ → (, 　 → space, compatibility
// forms), wave dashes and hyphens unified — with a map back to the original byte offsets. Matching happens on
// this form; reporting always on the original text.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace kosei {

struct MatchText {
  std::string text;                 // normalized UTF-8
  std::vector<uint32_t> to_source;  // to_source[i] = original byte offset of normalized byte i; size text.size()+1

  size_t source_offset(size_t normalized_offset) const { return to_source[normalized_offset]; }
  // End of a normalized range [b, e) in the original: the start of the next original character.
  size_t source_end(size_t normalized_end) const { return to_source[normalized_end]; }
  // The matching form of the original bytes [begin, end): what normalizing that piece again would
  // give (masked ranges appear as kMaskSeparator or not at all), without normalizing it again.
  std::string_view view_of(size_t begin, size_t end) const;
};

// std::lower_bound over values[0, size) of a non-decreasing array, searched outward from `hint`
// (exponential search): a few neighbouring cache lines instead of a binary search over the whole
// array, when the answer is near the hint — as a normalized offset is near its source offset.
size_t lower_bound_near(const uint32_t* values, size_t size, size_t hint, uint32_t target);

// Circled numbers (①..㊿) are kept as they are: NFKC would turn them into plain digits, and they
// are the numbering of the canonical lists.
// Masked ranges (sorted) are not prose: a separator range becomes one U+001F, a dropped one vanishes.
MatchText normalize_for_matching(std::string_view text, const std::vector<MaskedRange>& masked = {});

// The token break that stands for a masked range in the matching form.
inline constexpr char kMaskSeparator = '\x1F';

// The key of a piece of matching form for comparing written labels: without spaces, tabs, line
// breaks and mask separators.
std::string compact_key(std::string_view normalized);

// Normalizes a short string (a canonical name, a user pattern) the same way, without the map.
std::string normalize_string(std::string_view text);

}  // namespace kosei
