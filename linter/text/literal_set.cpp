#include "text/literal_set.h"

#include <algorithm>
#include <cstring>

#include "text/utf8.h"

namespace kosei {

namespace {

bool test(const std::vector<uint64_t>& bits, size_t bit) { return bits[bit >> 6] >> (bit & 63) & 1; }
void set(std::vector<uint64_t>& bits, size_t bit) { bits[bit >> 6] |= uint64_t{1} << (bit & 63); }

}  // namespace

LiteralSet::LiteralSet(std::vector<std::string> literals, bool tolerate_spaces)
    : literals_(std::move(literals)),
      tolerate_spaces_(tolerate_spaces),
      first_bits_(65536 / 64, 0),
      single_bits_(65536 / 64, 0),
      pair_bits_(131072 / 64, 0),
      lead_bytes_(65536 / 64, 0) {
  for (size_t i = 0; i < literals_.size(); ++i) {
    if (literals_[i].empty()) continue;
    size_t pos = 0;
    char32_t first = next_code_point(literals_[i], pos);
    set(first_bits_, first & 0xFFFF);
    const auto lead = static_cast<unsigned char>(literals_[i][0]);
    if (lead >= 0x80 && literals_[i].size() >= 2) set(lead_bytes_, lead << 8 | static_cast<unsigned char>(literals_[i][1]));
    if (pos < literals_[i].size()) {
      set(pair_bits_, pair_bit(first, next_code_point(literals_[i], pos)));
    } else {
      set(single_bits_, first & 0xFFFF);
    }
    by_first_[first].push_back(i);
  }
  for (auto& [first, indices] : by_first_) {
    std::stable_sort(indices.begin(), indices.end(),
                     [&](size_t a, size_t b) { return literals_[a].size() > literals_[b].size(); });
  }
}

[[gnu::always_inline]] inline bool LiteralSet::may_start(std::string_view text, char32_t first, size_t after_first) const {
  if (!test(first_bits_, first & 0xFFFF)) return false;
  if (test(single_bits_, first & 0xFFFF)) return true;
  if (after_first >= text.size()) return false;
  if (tolerate_spaces_ && text[after_first] == ' ') return true;  // the second character is further on
  size_t probe = after_first;
  return test(pair_bits_, pair_bit(first, next_code_point(text, probe)));
}

size_t LiteralSet::match_length(std::string_view text, size_t pos, const std::string& literal) const {
  // Written without spaces (nearly every match): one comparison.
  if (text.size() - pos >= literal.size() && std::memcmp(text.data() + pos, literal.data(), literal.size()) == 0) {
    return literal.size();
  }
  if (!tolerate_spaces_) return 0;
  size_t t = pos;
  size_t l = 0;
  while (l < literal.size()) {
    if (t < text.size() && text[t] == literal[l]) {
      ++t;
      ++l;
      continue;
    }
    // Spaces may only stand between characters, not inside one or before the first.
    if (!tolerate_spaces_ || l == 0 || is_utf8_continuation(static_cast<unsigned char>(literal[l]))) return 0;
    int spaces = 0;
    while (t < text.size() && text[t] == ' ' && spaces < 2) {
      ++t;
      ++spaces;
    }
    if (spaces == 0 || t >= text.size() || text[t] != literal[l]) return 0;
  }
  return t - pos;
}

bool LiteralSet::longest_at(std::string_view text, size_t pos, char32_t first, LiteralMatch& match) const {
  auto it = by_first_.find(first);
  if (it == by_first_.end()) return false;
  for (size_t index : it->second) {
    if (size_t length = match_length(text, pos, literals_[index])) {
      match = LiteralMatch{index, pos, pos + length};
      return true;
    }
  }
  return false;
}

template <class OnCandidate>
void LiteralSet::scan_for(const std::vector<uint64_t>& first_bits_, const std::vector<uint64_t>& lead_bytes_,
                          std::string_view text, OnCandidate&& on_candidate) {
  size_t pos = 0;
  const size_t size = text.size();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  while (pos < size) {
    const unsigned char lead = bytes[pos];
    if (lead < 0x80) {
      if (test(first_bits_, lead)) {
        pos = on_candidate(pos, static_cast<char32_t>(lead), pos + 1);
      } else {
        ++pos;
      }
      continue;
    }
    // Three-byte characters (kana, kanji, full-width forms: most of a Japanese text): the block of
    // 64 code points their first two bytes name is tested first (most blocks begin no literal),
    // then the code point, decoded in place.
    if (pos + 4 <= size) {
      const uint32_t word = load_le32(bytes + pos);
      if (is_three_byte_sequence(word)) {
        if (!test(lead_bytes_, (word & 0xFF) << 8 | (word >> 8 & 0xFF))) {
          pos += 3;
          continue;
        }
        const char32_t first = three_byte_sequence_code_point(word);
        pos = test(first_bits_, first) ? on_candidate(pos, first, pos + 3) : pos + 3;
        continue;
      }
    } else if (char32_t first; three_byte_code_point(bytes, pos, size, first)) {
      pos = test(first_bits_, first) ? on_candidate(pos, first, pos + 3) : pos + 3;
      continue;
    }
    if (pos + 1 < size && test(lead_bytes_, lead << 8 | bytes[pos + 1])) {
      const size_t begin = pos;
      const char32_t first = next_code_point(text, pos);
      pos = on_candidate(begin, first, pos);
      continue;
    }
    ++pos;  // to the next character start (stray continuation bytes begin no literal)
    while (pos < size && is_utf8_continuation(bytes[pos])) ++pos;
  }
}

void LiteralSet::for_each_match(std::string_view text, const std::function<void(const LiteralMatch&)>& on_match) const {
  if (literals_.empty()) return;
  scan(text, [&](size_t begin, char32_t first, size_t after_first) {
    LiteralMatch match;
    if (may_start(text, first, after_first) && longest_at(text, begin, first, match)) {
      on_match(match);
      return match.end;
    }
    return after_first;
  });
}

void LiteralSet::for_each_start(std::string_view text, const std::function<void(const LiteralMatch&)>& on_match) const {
  if (literals_.empty()) return;
  scan(text, [&](size_t begin, char32_t first, size_t after_first) {
    LiteralMatch match;
    if (may_start(text, first, after_first) && longest_at(text, begin, first, match)) on_match(match);
    return after_first;
  });
}

template <bool kFirstOverlaps, bool kSecondOverlaps>
void LiteralSet::scan_two(std::string_view text, const LiteralSet& first,
                          const std::function<void(const LiteralMatch&)>& on_first, const LiteralSet& second,
                          const std::function<void(const LiteralMatch&)>& on_second) {
  // The first characters of either set.
  std::vector<uint64_t> first_bits(first.first_bits_), lead_bytes(first.lead_bytes_);
  for (size_t i = 0; i < first_bits.size(); ++i) first_bits[i] |= second.first_bits_[i];
  for (size_t i = 0; i < lead_bytes.size(); ++i) lead_bytes[i] |= second.lead_bytes_[i];
  // A set without overlaps goes on after the end of its last match, as for_each_match does.
  size_t first_resume = 0, second_resume = 0;
  auto try_set = [&](const LiteralSet& set, bool overlaps, size_t& resume,
                     const std::function<void(const LiteralMatch&)>& on_match, size_t begin, char32_t c,
                     size_t after_first) __attribute__((always_inline)) {
    LiteralMatch match;
    if ((overlaps || begin >= resume) && test(set.first_bits_, c & 0xFFFF) && set.may_start(text, c, after_first) &&
        set.longest_at(text, begin, c, match)) {
      on_match(match);
      resume = match.end;
    }
  };
  scan_for(first_bits, lead_bytes, text, [&](size_t begin, char32_t c, size_t after_first) {
    try_set(first, kFirstOverlaps, first_resume, on_first, begin, c, after_first);
    try_set(second, kSecondOverlaps, second_resume, on_second, begin, c, after_first);
    return after_first;
  });
}

void LiteralSet::for_each_match_and_start(std::string_view text, const LiteralSet& matches,
                                          const std::function<void(const LiteralMatch&)>& on_match,
                                          const LiteralSet& starts,
                                          const std::function<void(const LiteralMatch&)>& on_start) {
  if (matches.empty() || starts.empty()) {
    matches.for_each_match(text, on_match);
    starts.for_each_start(text, on_start);
    return;
  }
  scan_two<false, true>(text, matches, on_match, starts, on_start);
}

void LiteralSet::for_each_match_of_both(std::string_view text, const LiteralSet& first,
                                        const std::function<void(const LiteralMatch&)>& on_first,
                                        const LiteralSet& second,
                                        const std::function<void(const LiteralMatch&)>& on_second) {
  if (first.empty() || second.empty()) {
    first.for_each_match(text, on_first);
    second.for_each_match(text, on_second);
    return;
  }
  scan_two<false, false>(text, first, on_first, second, on_second);
}

}  // namespace kosei
