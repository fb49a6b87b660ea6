#include "text/count_phrase.h"

#include <bit>
#include <cstdint>
#include <stdexcept>

#include "text/utf8.h"

namespace kosei {

namespace {

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// `anchor` \G: the pattern matches only at the offset a search starts from; PCRE2 sees it is
// anchored and its JIT code tries that one position (an anchored match asked at match time
// leaves the JIT for the interpreter, ~2,000 instructions each).
Regex compile_count_pattern(const std::vector<std::string>& counters, std::string_view not_before,
                            std::string_view not_after, std::string_view anchor = "") {
  std::string pattern = std::string(anchor) + "(?<![0-9" + std::string(not_before) + "])([0-9]{1,3}) ?(";
  for (size_t i = 0; i < counters.size(); ++i) pattern += (i ? "|" : "") + Regex::escape(counters[i]);
  pattern += ")";
  if (!not_after.empty()) pattern += "(?!" + std::string(not_after) + ")";
  std::string error;
  std::optional<Regex> regex = Regex::compile(pattern, &error);
  if (!regex) throw std::logic_error("count phrase pattern " + pattern + ": " + error);
  return *regex;
}

}  // namespace

size_t next_ascii_digit(std::string_view text, size_t pos) {
  // A byte b is a digit when b < 0x80 and 0x2F < b < 0x3A: the "has between" test of "Bit
  // Twiddling Hacks", computed per byte without carries, so its lowest flag is exact.
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kLow7 = 0x7F * kOnes, kHighBits = 0x80 * kOnes;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  for (; pos + 8 <= text.size(); pos += 8) {
    const uint64_t word = load_le64(bytes + pos);
    const uint64_t low = word & kLow7;
    const uint64_t digits = ((127 + 0x3A) * kOnes - low) & ~word & (low + (127 - 0x2F) * kOnes) & kHighBits;
    if (digits) return pos + std::countr_zero(digits) / 8;
  }
  while (pos < text.size() && !is_ascii_digit(text[pos])) ++pos;
  return pos;
}

CountPhrasePattern::CountPhrasePattern(std::vector<std::string> counters, std::string_view not_before,
                                       std::string_view not_after)
    : counters_(std::move(counters)),
      regex_(compile_count_pattern(counters_, not_before, not_after)),
      anchored_(compile_count_pattern(counters_, not_before, not_after, "\\G")) {
  for (const std::string& counter : counters_) {
    if (!counter.empty()) counter_first_bytes_[static_cast<unsigned char>(counter[0])] = true;
  }
}

bool CountPhrasePattern::counter_follows(std::string_view text, size_t digits_end) const {
  if (digits_end < text.size() && text[digits_end] == ' ') ++digits_end;
  // Most numbers (years, amounts, table cells) are followed by no counter's first byte.
  if (digits_end >= text.size() || !counter_first_bytes_[static_cast<unsigned char>(text[digits_end])]) return false;
  const std::string_view rest = text.substr(digits_end);
  for (const std::string& counter : counters_) {
    if (rest.starts_with(counter)) return true;
  }
  return false;
}

void CountPhrasePattern::for_each_match(std::string_view text,
                                        const std::function<void(const RegexMatch&)>& on_match) const {
  size_t resume = 0;  // the end of the last match: matches do not overlap
  for (size_t begin = next_ascii_digit(text, 0); begin < text.size(); begin = next_ascii_digit(text, begin)) {
    // `begin` starts a run of digits: the scan resumes after whole runs.
    size_t end = begin + 1;
    while (end < text.size() && is_ascii_digit(text[end])) ++end;
    if (begin >= resume && end - begin <= 3 && counter_follows(text, end)) {
      if (std::optional<RegexMatch> match = anchored_.find(text, begin)) {
        on_match(*match);
        resume = match->end;
      }
    }
    begin = end;
  }
}

}  // namespace kosei
