#pragma once
// A count phrase: 1 to 3 ASCII digits, an optional space and one of a few counter words
// (count-mismatch: 17分野; list-counts: 5項目, 3点), in the matching form. Found without running
// the pattern over the whole text (PCRE2's scan for a digit cost ~7 instructions per byte per
// pattern): runs of digits are found eight bytes at a time, and the pattern is asked, anchored,
// only at a run of at most three digits followed by a counter word. The pattern always refuses a
// digit before the run, so it can only match where a run starts, and the matches are exactly those
// of Regex::for_each_match with the same pattern.
#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "text/regex.h"

namespace kosei {

class CountPhrasePattern {
 public:
  // `not_before`: characters besides the digits that must not stand right before the number
  // (a character class body, e.g. ".,"); `not_after`: a pattern that must not follow the counter
  // word (e.g. "目"), or empty.
  CountPhrasePattern(std::vector<std::string> counters, std::string_view not_before, std::string_view not_after);

  // Non-overlapping matches, left to right.
  void for_each_match(std::string_view text, const std::function<void(const RegexMatch&)>& on_match) const;
  const Regex& regex() const { return regex_; }

 private:
  bool counter_follows(std::string_view text, size_t digits_end) const;

  std::vector<std::string> counters_;
  std::array<bool, 256> counter_first_bytes_{};
  Regex regex_;     // the pattern
  Regex anchored_;  // the same, matching only where the search starts
};

// The first ASCII digit in text[pos, end), or text.size(): eight bytes at a time.
size_t next_ascii_digit(std::string_view text, size_t pos);

}  // namespace kosei
