#include "text/literal_set.h"

#include <algorithm>

#include "text/utf8.h"

namespace kosei {

LiteralSet::LiteralSet(std::vector<std::string> literals, bool tolerate_spaces)
    : literals_(std::move(literals)), tolerate_spaces_(tolerate_spaces), first_bits_(65536 / 64, 0) {
  for (size_t i = 0; i < literals_.size(); ++i) {
    if (literals_[i].empty()) continue;
    size_t pos = 0;
    char32_t first = next_code_point(literals_[i], pos);
    first_bits_[(first & 0xFFFF) >> 6] |= uint64_t{1} << (first & 63);
    by_first_[first].push_back(i);
  }
  for (auto& [first, indices] : by_first_) {
    std::stable_sort(indices.begin(), indices.end(),
                     [&](size_t a, size_t b) { return literals_[a].size() > literals_[b].size(); });
  }
}

size_t LiteralSet::match_length(std::string_view text, size_t pos, const std::string& literal) const {
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

bool LiteralSet::longest_at(std::string_view text, size_t pos, LiteralMatch& match) const {
  unsigned char lead = static_cast<unsigned char>(text[pos]);
  char32_t first;
  if (lead < 0x80) {
    first = lead;
  } else {
    size_t probe = pos;
    first = next_code_point(text, probe);
  }
  if (!(first_bits_[(first & 0xFFFF) >> 6] >> (first & 63) & 1)) return false;
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

void LiteralSet::for_each_match(std::string_view text, const std::function<void(const LiteralMatch&)>& on_match) const {
  if (literals_.empty()) return;
  size_t pos = 0;
  while (pos < text.size()) {
    LiteralMatch match;
    if (longest_at(text, pos, match)) {
      on_match(match);
      pos = match.end;
      continue;
    }
    ++pos;
    while (pos < text.size() && is_utf8_continuation(static_cast<unsigned char>(text[pos]))) ++pos;
  }
}

void LiteralSet::for_each_start(std::string_view text, const std::function<void(const LiteralMatch&)>& on_match) const {
  if (literals_.empty()) return;
  size_t pos = 0;
  while (pos < text.size()) {
    LiteralMatch match;
    if (longest_at(text, pos, match)) on_match(match);
    ++pos;
    while (pos < text.size() && is_utf8_continuation(static_cast<unsigned char>(text[pos]))) ++pos;
  }
}

}  // namespace kosei
