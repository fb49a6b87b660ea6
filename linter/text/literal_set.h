#pragma once
// A set of literal strings (UTF-8) found by scanning a text once: a bitmap of first code points
// rejects almost every position at the cost of one bit test, and the few candidates are compared
// longest first. This replaced one PCRE2 alternation of all canonical names, which had to be tried
// at every position because every Japanese character starts with the same few bytes.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kosei {

struct LiteralMatch {
  size_t literal = 0;  // index into the literals given to the constructor
  size_t begin = 0;
  size_t end = 0;      // exclusive; includes any spaces skipped inside the literal
};

class LiteralSet {
 public:
  // With `tolerate_spaces`, up to two ASCII spaces may stand between any two characters of a
  // literal in the text (PDF extraction breaks names anywhere).
  LiteralSet(std::vector<std::string> literals, bool tolerate_spaces);
  LiteralSet() = default;

  // Leftmost-longest, non-overlapping matches, left to right.
  void for_each_match(std::string_view text, const std::function<void(const LiteralMatch&)>& on_match) const;
  // At every position where some literal starts, the longest one (matches may overlap).
  void for_each_start(std::string_view text, const std::function<void(const LiteralMatch&)>& on_match) const;

  // for_each_match of `matches` and for_each_start of `starts` over one text, in one scan (each
  // pass over a Japanese text costs ~15 instructions per byte before it finds anything). Calls
  // come in text order; at one position, the match before the start.
  static void for_each_match_and_start(std::string_view text, const LiteralSet& matches,
                                       const std::function<void(const LiteralMatch&)>& on_match,
                                       const LiteralSet& starts,
                                       const std::function<void(const LiteralMatch&)>& on_start);

  // for_each_match of two sets over one text, in one scan. Calls come in text order; at one
  // position, the first set's before the second's.
  static void for_each_match_of_both(std::string_view text, const LiteralSet& first,
                                     const std::function<void(const LiteralMatch&)>& on_first,
                                     const LiteralSet& second,
                                     const std::function<void(const LiteralMatch&)>& on_second);

  const std::string& literal(size_t index) const { return literals_[index]; }
  bool empty() const { return literals_.empty(); }

 private:
  // Whether some literal may start at `pos`, whose first code point `first` ends at `after_first`:
  // a bit for the first code point, then one for the pair of the first two (most positions of a
  // Japanese text start no literal, and most of those whose first character does are rejected
  // by the second).
  bool may_start(std::string_view text, char32_t first, size_t after_first) const;
  // Scans for candidate starts: positions whose first two bytes may begin a literal, found
  // without decoding (a Japanese text is mostly 3-byte characters that begin none).
  template <class OnCandidate>
  void scan(std::string_view text, OnCandidate&& on_candidate) const {
    scan_for(first_bits_, lead_bytes_, text, on_candidate);
  }
  template <class OnCandidate>
  static void scan_for(const std::vector<uint64_t>& first_bits, const std::vector<uint64_t>& lead_bytes,
                       std::string_view text, OnCandidate&& on_candidate);
  bool longest_at(std::string_view text, size_t pos, char32_t first, LiteralMatch& match) const;
  // One scan for two sets; a set that overlaps reports every start (for_each_start), the other
  // leftmost-longest matches (for_each_match).
  template <bool kFirstOverlaps, bool kSecondOverlaps>
  static void scan_two(std::string_view text, const LiteralSet& first,
                       const std::function<void(const LiteralMatch&)>& on_first, const LiteralSet& second,
                       const std::function<void(const LiteralMatch&)>& on_second);
  size_t match_length(std::string_view text, size_t pos, const std::string& literal) const;
  static size_t pair_bit(char32_t first, char32_t second) {
    return ((first * 0x9E3779B1u) ^ (second * 0x85EBCA6Bu)) >> 15 & 0x1FFFF;
  }

  std::vector<std::string> literals_;
  bool tolerate_spaces_ = false;
  std::vector<uint64_t> first_bits_;   // 65536 bits over the low 16 bits of the first code point
  std::vector<uint64_t> single_bits_;  // the same, for literals of one code point
  std::vector<uint64_t> pair_bits_;    // 131072 bits over a hash of the first two code points
  std::vector<uint64_t> lead_bytes_;   // 65536 bits over the first two UTF-8 bytes of non-ASCII first code points
  std::unordered_map<char32_t, std::vector<size_t>> by_first_;  // longest first
};

}  // namespace kosei
