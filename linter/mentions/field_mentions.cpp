#include "mentions/field_mentions.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "text/utf8.h"

namespace kosei {
namespace {

enum class CharClass { kanji, katakana, latin, other };

CharClass char_class(char32_t cp) {
  if (is_kanji(cp)) return CharClass::kanji;
  if (is_katakana(cp)) return CharClass::katakana;
  if (is_ascii_alnum(cp)) return CharClass::latin;
  return CharClass::other;
}

constexpr std::string_view kSuffixes[] = {"分野", "領域", "課題", "WG"};

std::string strip_spaces(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c != ' ') out += c;
  }
  return out;
}

int allowed_distance(size_t length) { return length < 5 ? 0 : length < 10 ? 1 : 2; }

bool is_composite(const std::u32string& name) {
  return name.find(U'・') != std::u32string::npos || name.find(U'(') != std::u32string::npos;
}

// True if `before` followed by the first character `first` of a name would split a word.
bool continues_word(char32_t before, char32_t first) {
  CharClass a = char_class(before);
  return a != CharClass::other && a == char_class(first);
}

// Whether the window cps[begin, end) of a near miss of `name` is part of a longer 「・」 list that
// holds the name's first word before it (防災・[減災・国土強靱化]) or its last word after it: the
// fix would write that word twice.
bool repeats_a_word_of_the_name(const char32_t* cps, size_t count, long begin, long end, const std::u32string& name) {
  const size_t first_dot = name.find(U'・'), last_dot = name.rfind(U'・');
  if (first_dot == std::u32string::npos) return false;
  const std::u32string_view first_word(name.data(), first_dot);
  const std::u32string_view last_word(name.data() + last_dot + 1, name.size() - last_dot - 1);
  const std::u32string_view window(cps + begin, static_cast<size_t>(end - begin));
  const auto before = static_cast<size_t>(begin);
  if (before > first_word.size() && cps[before - 1] == U'・' && !window.starts_with(first_word) &&
      std::u32string_view(cps + before - 1 - first_word.size(), first_word.size()) == first_word) {
    return true;
  }
  const auto after = static_cast<size_t>(end);
  return after + 1 + last_word.size() <= count && cps[after] == U'・' && !window.ends_with(last_word) &&
         std::u32string_view(cps + after + 1, last_word.size()) == last_word;
}

// The suffix (分野 …) starting at `pos` in the matching form, skipping one space.
std::string_view suffix_at(std::string_view text, size_t pos, size_t* end) {
  if (pos < text.size() && text[pos] == ' ') ++pos;
  for (std::string_view suffix : kSuffixes) {
    if (text.substr(pos, suffix.size()) == suffix) {
      *end = pos + suffix.size();
      return suffix;
    }
  }
  return {};
}

bool ends_word(std::string_view text, size_t pos) {
  if (pos >= text.size()) return true;
  size_t probe = pos;
  return !is_word_char(next_code_point(text, probe));
}

// End of the original text produced by normalized bytes [.., end).
size_t source_end_of(std::string_view original, const MatchText& match, size_t normalized_end) {
  if (normalized_end == 0) return match.to_source[0];
  size_t last_start = match.to_source[normalized_end - 1];
  next_code_point(original, last_start);
  return last_start;
}

}  // namespace

FieldMatcher::FieldMatcher(const CanonData& canon) {
  std::map<std::string, size_t> index_of;
  for (size_t li = 0; li < canon.lists.size(); ++li) {
    const CanonList& list = canon.lists[li];
    for (size_t mi = 0; mi < list.members.size(); ++mi) {
      const CanonMember& member = list.members[mi];
      std::vector<std::pair<std::string, bool>> spellings = {{member.name, false}};
      for (const std::string& alias : member.aliases) spellings.push_back({alias, true});
      for (const auto& [spelling, alias] : spellings) {
        std::string normalized = strip_spaces(normalize_string(spelling));
        if (normalized.empty()) continue;
        auto [it, inserted] = index_of.emplace(normalized, names_.size());
        if (inserted) names_.push_back(NameEntry{normalized, {}, alias});
        names_[it->second].refs.push_back(MemberRef{static_cast<uint16_t>(li), static_cast<uint16_t>(mi)});
      }
    }
  }
  std::vector<std::string> literals;
  for (const NameEntry& entry : names_) literals.push_back(entry.normalized);
  exact_ = LiteralSet(std::move(literals), /*tolerate_spaces=*/true);

  // Near-miss anchors: the parts of each eligible name (split at ・ and brackets) and its first
  // and last two characters. A misspelt name keeps at least one of them intact.
  std::map<std::string, size_t> anchor_index;
  std::vector<std::string> anchor_parts;
  for (size_t i = 0; i < names_.size(); ++i) {
    std::u32string name = to_u32(names_[i].normalized);
    if (allowed_distance(name.size()) == 0 || (!is_composite(name) && name.size() < 8)) continue;
    std::vector<std::pair<std::u32string, size_t>> anchors;
    size_t part_start = 0;
    for (size_t k = 0; k <= name.size(); ++k) {
      if (k == name.size() || name[k] == U'・' || name[k] == U'(' || name[k] == U')') {
        if (k - part_start >= 2) anchors.push_back({name.substr(part_start, k - part_start), part_start});
        part_start = k + 1;
      }
    }
    anchors.push_back({name.substr(0, 2), 0});
    anchors.push_back({name.substr(name.size() - 2), name.size() - 2});
    for (const auto& [part, offset] : anchors) {
      std::string utf8;
      for (char32_t cp : part) append_utf8(utf8, cp);
      auto [it, inserted] = anchor_index.emplace(utf8, anchor_parts.size());
      if (inserted) {
        anchor_parts.push_back(utf8);
        anchor_candidates_.emplace_back();
      }
      anchor_candidates_[it->second].push_back(Candidate{i, name, offset});
    }
  }
  anchors_ = LiteralSet(std::move(anchor_parts), /*tolerate_spaces=*/false);
}

std::vector<FieldMention> FieldMatcher::find(std::string_view original, const MatchText& match,
                                             const Structure& structure, const SourceMap& map) const {
  std::vector<FieldMention> mentions;
  if (exact_.empty()) return mentions;
  const std::string_view text = match.text;
  std::vector<std::pair<size_t, size_t>> exact_ranges;  // normalized

  auto attach_numbers = [&](FieldMention& mention, size_t normalized_end) {
    mention.line = map.line_index_of(mention.span.begin);
    size_t after = normalized_end;
    size_t suffix_end = 0;
    std::string_view suffix = suffix_at(text, after, &suffix_end);
    if (!suffix.empty()) {
      mention.suffix = std::string(suffix);
      after = suffix_end;
    }
    // Number written before: a circled marker separated from the name only by spaces and brackets.
    const Line& line = structure.lines[mention.line];
    // The last marker ending before the name (markers are sorted; a line can hold many).
    auto after_name = std::upper_bound(line.markers.begin(), line.markers.end(), mention.span.begin,
                                       [](size_t offset, const Marker& marker) { return offset < marker.end; });
    for (auto it = std::make_reverse_iterator(after_name); it != line.markers.rend(); ++it) {
      if (it->style != MarkerStyle::circled) break;
      size_t pos = it->end;
      bool adjacent = true;
      while (pos < mention.span.begin) {
        size_t probe = pos;
        char32_t cp = next_code_point(original, probe);
        if (!(cp == ' ' || cp == U'\u3000' || cp == '\t' || cp == U'【' || cp == U'「' || cp == U'『' ||
              cp == '(' || cp == U'（' || !structure.is_prose(pos))) {
          adjacent = false;
          break;
        }
        pos = probe;
      }
      if (adjacent) mention.number = *it;
      break;
    }
    // Number written after: 量子（④）, 量子分野(④).
    if (!mention.number) {
      size_t pos = after;
      if (pos < text.size() && text[pos] == ' ') ++pos;
      if (pos < text.size() && text[pos] == '(') {
        size_t probe = pos + 1;
        char32_t cp = probe < text.size() ? next_code_point(text, probe) : 0;
        if (circled_number_value(cp) && probe < text.size() && text[probe] == ')') {
          size_t begin = match.to_source[pos + 1];
          Marker marker{MarkerStyle::circled, circled_number_value(cp), 0, begin,
                        source_end_of(original, match, probe), false};
          mention.number = marker;
          mention.number_after = true;
        }
      }
    }
    return after;
  };

  // Exact names and near-miss anchors are found in one scan; anchors are judged afterwards, when
  // every exact mention (also those after the anchor) is known.
  std::vector<LiteralMatch> anchor_hits;
  auto on_exact = [&](const LiteralMatch& found) {
    const NameEntry* entry = &names_[found.literal];
    size_t pos = found.begin;
    if (pos > 0) {
      size_t first_pos = found.begin;
      char32_t first = next_code_point(text, first_pos);
      size_t back = found.begin;
      if (continues_word(previous_code_point(text, back), first)) return;
    }
    size_t suffix_end = 0;
    bool has_suffix = !suffix_at(text, found.end, &suffix_end).empty();
    if (!ends_word(text, found.end) && !has_suffix) return;
    FieldMention mention;
    mention.span = Span{match.to_source[found.begin], source_end_of(original, match, found.end)};
    mention.refs = entry->refs;
    mention.is_alias = entry->alias;
    attach_numbers(mention, found.end);
    exact_ranges.push_back({found.begin, found.end});
    mentions.push_back(std::move(mention));
  };
  if (anchors_.empty()) {
    exact_.for_each_match(text, on_exact);
  } else {
    LiteralSet::for_each_match_and_start(text, exact_, on_exact, anchors_,
                                         [&](const LiteralMatch& found) { anchor_hits.push_back(found); });
  }

  if (!anchors_.empty()) {
    auto overlaps_exact = [&](size_t begin, size_t end) {
      auto it = std::lower_bound(exact_ranges.begin(), exact_ranges.end(), std::make_pair(begin, size_t{0}));
      if (it != exact_ranges.end() && it->first < end) return true;
      if (it != exact_ranges.begin() && std::prev(it)->second > begin) return true;
      return false;
    };
    struct NearMiss {
      size_t begin, end;  // normalized
      size_t name_index;
      int distance;
    };
    std::vector<NearMiss> near;
    // Each (name, window start) is tried once, however many of its anchors hit there.
    std::unordered_set<uint64_t> tried;
    constexpr size_t kMaxNeighborhood = 160;
    char32_t cps[kMaxNeighborhood];
    size_t offsets[kMaxNeighborhood + 1];
    for (const LiteralMatch& found : anchor_hits) {
      if (overlaps_exact(found.begin, found.begin + 1)) continue;
      const std::vector<Candidate>& candidates = anchor_candidates_[found.literal];
      // Decode the code points around the anchor once: enough for every candidate's windows.
      size_t need_before = 0, need_after = 0;
      for (const Candidate& candidate : candidates) {
        need_before = std::max(need_before, candidate.anchor_offset + 3);
        need_after = std::max(need_after, candidate.name.size() + 4);
      }
      need_before = std::min(need_before, kMaxNeighborhood / 2);
      need_after = std::min(need_after, kMaxNeighborhood / 2);
      size_t before = 0;
      size_t back = found.begin;
      char32_t reversed[kMaxNeighborhood / 2];
      size_t reversed_offsets[kMaxNeighborhood / 2];
      while (back > 0 && before < need_before) {
        reversed[before] = previous_code_point(text, back);
        reversed_offsets[before++] = back;
      }
      size_t count = 0;
      for (size_t k = before; k-- > 0;) {
        cps[count] = reversed[k];
        offsets[count++] = reversed_offsets[k];
      }
      const size_t anchor_at = count;
      size_t forward = found.begin;
      for (size_t k = 0; k < need_after && forward < text.size(); ++k) {
        offsets[count] = forward;
        cps[count++] = next_code_point(text, forward);
      }
      offsets[count] = forward;

      for (const Candidate& candidate : candidates) {
        const long length = static_cast<long>(candidate.name.size());
        const int limit = allowed_distance(candidate.name.size());
        // A near miss is 1..limit edits away: names short enough to allow none have none.
        if (limit == 0) continue;
        const long expected_start = static_cast<long>(anchor_at) - static_cast<long>(candidate.anchor_offset);
        if (expected_start >= 0 &&
            !tried.insert((static_cast<uint64_t>(candidate.name_index) << 40) | offsets[expected_start]).second) {
          continue;
        }
        // Cheap bound first: a window within `limit` edits holds at least length - limit of the
        // name's characters. Most anchor hits (エネルギー in 再生可能エネルギー) fail here. The
        // characters are counted in 64 buckets of code points: a collision can only raise the
        // count, so no window that could match is refused.
        {
          long region_begin = std::max(0L, expected_start - 2);
          long region_end = std::min(static_cast<long>(count), expected_start + length + limit + 2);
          uint8_t in_region[64] = {};
          for (long k = region_begin; k < region_end; ++k) ++in_region[cps[k] & 63];
          long shared = 0;
          for (char32_t wanted : candidate.name) {
            if (in_region[wanted & 63] > 0) {
              --in_region[wanted & 63];
              ++shared;
            }
          }
          if (shared < length - limit) continue;
        }
        // The windows starting near the expected start, of length - limit .. length + limit code
        // points (spaces inside skipped): one edit-distance table per start, a row per window
        // character, gives the distance of every length from that start.
        int best = limit + 1;
        long best_begin = 0, best_end = 0;
        const size_t name_size = candidate.name.size();
        if (name_size + 1 > kMaxNeighborhood) continue;
        const char32_t* name = candidate.name.data();
        int row[kMaxNeighborhood];
        for (long start = expected_start - 2; start <= expected_start + 2; ++start) {
          if (start < 0 || start >= static_cast<long>(count) || cps[start] == ' ') continue;
          for (size_t j = 0; j <= name_size; ++j) row[j] = static_cast<int>(j);
          size_t size = 0;  // window characters (spaces skipped) in the table
          for (long len = 1; len <= length + limit && start + len <= static_cast<long>(count); ++len) {
            const char32_t cp = cps[start + len - 1];
            if (cp == '\n' || cp == '\r' || cp == static_cast<char32_t>(kMaskSeparator) || cp == '\t') break;
            if (cp == ' ') continue;  // not in the window, and no window ends on a space
            ++size;
            int diagonal = row[0];
            row[0] = static_cast<int>(size);
            int row_min = row[0];
            for (size_t j = 1; j <= name_size; ++j) {
              const int above = row[j];
              row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (cp == name[j - 1] ? 0 : 1)});
              diagonal = above;
              row_min = std::min(row_min, row[j]);
            }
            if (row_min > limit) break;  // every longer window is further away
            if (len < length - limit || len < 2 || size < 2) continue;
            const int distance = static_cast<int>(size > name_size ? size - name_size : name_size - size) > limit
                                     ? limit + 1
                                     : std::min(row[name_size], limit + 1);
            if (distance < best || (distance == best && std::labs(len - length) < std::labs(best_end - best_begin - length))) {
              best = distance;
              best_begin = start;
              best_end = start + len;
            }
          }
        }
        if (best == 0 || best > limit) continue;
        // A piece of the name (フュージョンエネル at a PDF line break) is a cut word, not a misspelling.
        std::u32string piece;
        for (long k = best_begin; k < best_end; ++k) {
          if (cps[k] != ' ') piece += cps[k];
        }
        if (candidate.name.find(piece) != std::u32string::npos) continue;
        // A Latin letter the name does not have is another word, not a slip of the keyboard or of
        // OCR (サイバーセキュリWG is a working group's name cut short, not サイバーセキュリティ).
        if (std::any_of(piece.begin(), piece.end(), [&](char32_t cp) {
              return ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')) && candidate.name.find(cp) == std::u32string::npos;
            })) {
          continue;
        }
        // 防災・減災・国土強靱化 is a longer list of words, not a misspelt 防災・国土強靱化: the
        // name's first (or last) word stands right before (after) the window, behind a 「・」,
        // and the fix would write it twice (防災・防災・国土強靱化).
        if (repeats_a_word_of_the_name(cps, count, best_begin, best_end, candidate.name)) continue;
        size_t begin = offsets[best_begin];
        size_t end = offsets[best_end];
        if (overlaps_exact(begin, end)) continue;
        if (best_begin > 0 && continues_word(cps[best_begin - 1], cps[best_begin])) continue;
        size_t suffix_end = 0;
        if (!ends_word(text, end) && suffix_at(text, end, &suffix_end).empty()) continue;
        near.push_back(NearMiss{begin, end, candidate.name_index, best});
      }
    }
    // Keep the best near-miss among overlapping ones.
    std::sort(near.begin(), near.end(), [](const NearMiss& a, const NearMiss& b) {
      return a.distance != b.distance ? a.distance < b.distance : a.begin < b.begin;
    });
    std::vector<NearMiss> kept;
    for (const NearMiss& candidate : near) {
      bool clash = std::any_of(kept.begin(), kept.end(), [&](const NearMiss& k) {
        return candidate.begin < k.end && k.begin < candidate.end;
      });
      if (!clash) kept.push_back(candidate);
    }
    for (const NearMiss& miss : kept) {
      FieldMention mention;
      mention.span = Span{match.to_source[miss.begin], source_end_of(original, match, miss.end)};
      mention.refs = names_[miss.name_index].refs;
      mention.exact = false;
      mention.distance = miss.distance;
      attach_numbers(mention, miss.end);
      mentions.push_back(std::move(mention));
    }
  }
  // Mentions never overlap, so their order by start is total. The exact ones come in text order
  // and the near misses are appended: sort the out-of-order tail and merge, instead of moving
  // every mention through a full sort.
  auto by_begin = [](const FieldMention& a, const FieldMention& b) { return a.span.begin < b.span.begin; };
  auto unsorted = std::is_sorted_until(mentions.begin(), mentions.end(), by_begin);
  if (unsorted != mentions.end()) {
    std::sort(unsorted, mentions.end(), by_begin);
    std::inplace_merge(mentions.begin(), unsorted, mentions.end(), by_begin);
  }
  return mentions;
}

}  // namespace kosei
