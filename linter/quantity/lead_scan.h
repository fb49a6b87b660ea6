#pragma once
// Internal: the scan that finds quantities and dates. One decoding of the text; at the few
// characters that may begin a match (a bitmap over BMP code points), a cheap test, then the X3
// grammar. Quantities and dates are found in one pass (find_quantities_and_dates), since every
// pass over a Japanese text costs ~15 instructions per byte before it finds anything.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "text/utf8.h"

namespace kosei::x3common {

// The code point at `pos` (U+FFFD for an invalid sequence, length 1; 0 at the end).
inline char32_t code_point_at(std::string_view s, std::size_t pos, std::size_t* len_out = nullptr) {
  if (pos >= s.size()) return 0;
  auto b = static_cast<unsigned char>(s[pos]);
  std::size_t len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
  if (len == 0 || pos + len > s.size()) {
    if (len_out) *len_out = 1;
    return 0xFFFD;
  }
  char32_t cp = len == 1 ? b : (b & (0x7F >> len));
  for (std::size_t k = 1; k < len; ++k) {
    auto c = static_cast<unsigned char>(s[pos + k]);
    if ((c & 0xC0) != 0x80) {
      if (len_out) *len_out = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  if (len_out) *len_out = len;
  return cp;
}

// The characters a scanner looks for, one bit per BMP code point: the scanner skips every
// character that cannot begin a match — in Japanese prose, nearly all of them — after one test.
// (It was a bit per pair of leading UTF-8 bytes, which lets through every kanji in the same
// 64-code-point block as 一 or 十.)
class LeadFilter {
 public:
  explicit LeadFilter(std::u32string_view starts) : bits_(65536 / 64, 0) {
    for (char32_t c : starts) {
      if (c < 0x10000) {
        bits_[c >> 6] |= std::uint64_t{1} << (c & 63);
      } else {
        any_supplementary_ = true;
      }
    }
  }
  // Either filter's characters.
  LeadFilter(const LeadFilter& a, const LeadFilter& b) : bits_(a.bits_) {
    for (std::size_t i = 0; i < bits_.size(); ++i) bits_[i] |= b.bits_[i];
    any_supplementary_ = a.any_supplementary_ || b.any_supplementary_;
  }
  bool contains(char32_t c) const { return c < 0x10000 ? (bits_[c >> 6] >> (c & 63) & 1) : any_supplementary_; }

 private:
  std::vector<std::uint64_t> bits_;  // one bit per BMP code point
  bool any_supplementary_ = false;
};

// Each scan (and each single parse) of a text is one generation: what a grammar remembers about
// a text (NumberRunMemo) is valid only within its generation, since the next text may sit at the
// same address.
inline thread_local std::uint64_t scan_generation = 0;

// The end of the run of number characters around a position, and what follows it, remembered
// for the next position of the same run: a prefilter that walked to the end of the run from every
// digit was quadratic on a long run (「１ 2 」 repeated: 95 s for 480 KB).
struct NumberRunMemo {
  std::uint64_t generation = ~std::uint64_t{0};
  std::size_t from = 0, end = 0;
  bool answer = false;
  bool knows(std::size_t pos) const { return generation == scan_generation && pos >= from && pos < end; }
  void keep(std::size_t pos, std::size_t run_end, bool value) {
    generation = scan_generation;
    from = pos;
    end = run_end;
    answer = value;
  }
};

// What one grammar looks for: at each character in `starts`, `may_start(text, pos, code point)`
// decides whether to try `parse(text, pos)` (an optional whose `end` is past `pos` on success).
template <class Match>
struct ScanTarget {
  const LeadFilter& starts;
  bool (*may_start)(std::string_view text, std::size_t pos, char32_t c);
  std::optional<Match> (*parse)(std::string_view text, std::size_t pos);
};

// Calls on_char(pos, code point, length) for each character of `text` (ASCII and three-byte
// characters, most of a Japanese text, decoded in place); on_char returns where to go on.
template <class OnChar>
void for_each_char(std::string_view text, OnChar&& on_char) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  std::size_t i = 0;
  while (i < size) {
    const unsigned char lead = bytes[i];
    char32_t c;
    std::size_t length = 1;
    if (lead < 0x80) {
      c = lead;
    } else if (three_byte_code_point(bytes, i, size, c)) {
      length = 3;
    } else {
      c = code_point_at(text, i, &length);
    }
    i = on_char(i, c, length);
  }
}

// Every match of `target` left to right, without overlap.
template <class Match>
std::vector<Match> find_all(std::string_view text, const ScanTarget<Match>& target) {
  ++scan_generation;
  std::vector<Match> out;
  for_each_char(text, [&](std::size_t i, char32_t c, std::size_t length) {
    if (target.starts.contains(c) && target.may_start(text, i, c)) {
      if (auto match = target.parse(text, i); match && match->end > i) {
        out.push_back(std::move(*match));
        return out.back().end;
      }
    }
    return i + length;
  });
  return out;
}

// find_all of two targets in one pass: each target's matches are what find_all gives it (a match
// of one target does not hide the other's).
template <class A, class B>
void find_all_of_both(std::string_view text, const ScanTarget<A>& a, const ScanTarget<B>& b, const LeadFilter& either,
                      std::vector<A>& out_a, std::vector<B>& out_b) {
  ++scan_generation;
  std::size_t a_resumes = 0, b_resumes = 0;  // where find_all of each would look next
  for_each_char(text, [&](std::size_t i, char32_t c, std::size_t length) {
    if (!either.contains(c)) return i + length;
    // The grammars consume whole characters, so a match ends where a character begins: the
    // first position at or after it is where find_all goes on.
    if (i >= a_resumes && a.starts.contains(c) && a.may_start(text, i, c)) {
      if (auto match = a.parse(text, i); match && match->end > i) {
        a_resumes = match->end;
        out_a.push_back(std::move(*match));
      }
    }
    if (i >= b_resumes && b.starts.contains(c) && b.may_start(text, i, c)) {
      if (auto match = b.parse(text, i); match && match->end > i) {
        b_resumes = match->end;
        out_b.push_back(std::move(*match));
      }
    }
    return i + length;
  });
}

}  // namespace kosei::x3common

namespace kosei {

struct Quantity;
struct DateExpr;
const x3common::ScanTarget<Quantity>& quantity_scan_target();  // quantity_grammar.cpp
const x3common::ScanTarget<DateExpr>& date_scan_target();      // date_grammar.cpp

}  // namespace kosei
