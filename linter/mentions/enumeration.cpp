#include "mentions/enumeration.h"

#include <algorithm>
#include <set>

namespace kosei {
namespace {

constexpr size_t kMaxLineGap = 8;            // lines between two members of one enumeration
constexpr size_t kMaxContinuationGap = 30;   // when the next number continues the sequence (⑪ → ⑫)
constexpr size_t kContextLinesBefore = 6;    // lines above an enumeration searched for context words

bool in_list(const FieldMention& mention, size_t list) {
  return std::any_of(mention.refs.begin(), mention.refs.end(), [&](const MemberRef& ref) { return ref.list == list; });
}

int canonical_number(const FieldMention& mention, const CanonData& canon, size_t list) {
  for (const MemberRef& ref : mention.refs) {
    if (ref.list == list) return canon.lists[list].members[ref.member].number;
  }
  return 0;
}

// Whether another numbered list stands between two members, on the lines strictly between
// `first_line` and `last_line`: a line led by a circled number not above `last_number` (a circled
// list starting again), or — when the second member does not continue the numbers — a line led by
// a marker of another style (（1）…（4） between ⑰ 宇宙 and 「⑮ 防衛産業、⑯ 情報通信」). Sub-items
// between members that go on (① …（１）（２）… ②) do not end the enumeration.
bool numbering_restarts_between(const Structure& structure, size_t first_line, size_t last_line, int last_number,
                                bool in_sequence) {
  for (size_t line = first_line + 1; line < last_line && line < structure.lines.size(); ++line) {
    for (const Marker& marker : structure.lines[line].markers) {
      if (!marker.leads_line) continue;
      if (marker.style == MarkerStyle::circled ? marker.number <= last_number : !in_sequence) return true;
    }
  }
  return false;
}

// Whether a line strictly between `first_line` and `last_line` has a context word of a canonical
// list (a caption or a table header: 戦略分野, 重点技術領域, 分野横断的課題 …).
bool names_a_list_between(const CanonData& canon, ContextWordSearch& context_words, size_t first_line,
                          size_t last_line) {
  if (last_line <= first_line + 1) return false;
  for (const CanonList& list : canon.lists) {
    if (context_words.in_lines(list, first_line + 1, last_line - 1)) return true;
  }
  return false;
}

}  // namespace

bool has_context_word(const CanonList& list, const MatchText& match, const SourceMap& map, size_t first_line,
                      size_t last_line) {
  if (map.line_count() == 0) return false;
  last_line = std::min(last_line, map.line_count() - 1);
  size_t begin = map.line_begin(first_line);
  size_t end = map.line_end(last_line);
  // Translate the original range into the matching form.
  auto lower = std::lower_bound(match.to_source.begin(), match.to_source.end(), static_cast<uint32_t>(begin));
  auto upper = std::lower_bound(match.to_source.begin(), match.to_source.end(), static_cast<uint32_t>(end));
  std::string_view region(match.text.data() + (lower - match.to_source.begin()),
                          static_cast<size_t>(upper - lower));
  for (const std::string& word : list.normalized_context_words) {
    if (region.find(word) != std::string_view::npos) return true;
  }
  return false;
}

std::vector<Enumeration> find_enumerations(const std::vector<FieldMention>& mentions, const Structure& structure,
                                           const CanonData& canon, const MatchText& match, const SourceMap& map) {
  std::vector<Enumeration> groups;
  ContextWordSearch context_words(match, map);
  std::set<size_t> group_lists;  // the lists the members of the last group belong to
  int last_number = 0;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const FieldMention& mention = mentions[i];
    if (!mention.number || mention.number_after) continue;
    int number = mention.number->number;
    bool joins = false;
    if (!groups.empty()) {
      size_t gap = mention.line - groups.back().last_line;
      // A member of another list joins only where it sits in sequence (④ 航空 among the fields).
      bool shares_list = false;
      for (size_t list : group_lists) shares_list |= in_list(mention, list);
      bool in_sequence = number == last_number + 1;
      // Numbers restart (① again, or a big step back) where a new list begins; a small step back
      // (⑭ then ⑬) is a slip inside the same list.
      bool restarts = number == 1 || number + 3 <= last_number;
      // Entering or leaving a table, or another table, begins a new enumeration unless the numbers
      // go on nearby (a table cut in two by a page break in text extracted from PDF): the 17 fields
      // in a sentence or a table, a caption, then a table of 重点技術領域 ⑮ ⑯ ⑰; a table of
      // 重点技術領域 ⑥–⑨, a list, then 「⑩ 防災・国土強靱化、⑪ 創薬・先端医療」 in a sentence.
      const bool same_container = structure.table_of(groups.back().last_line) == structure.table_of(mention.line);
      if (!same_container && (!in_sequence || gap > kMaxLineGap)) restarts = true;
      // Another numbered list between them (「① 在り方に関する…」「② との情報共有…」 after ⑰ 宇宙)
      // ends the enumeration; markers that go on from it (⑧ of a name PDF extraction broke) do not.
      if (!restarts && gap <= kMaxContinuationGap &&
          numbering_restarts_between(structure, groups.back().last_line, mention.line, last_number, in_sequence)) {
        restarts = true;
      }
      // A table whose numbers go on from another one is its continuation only without a caption
      // naming a list between them: 重点技術領域 ⑩–⑬, 「戦略分野ごとの検討体制（抜粋）」, then
      // 戦略分野 ⑭–⑰ is two enumerations (as one, the first table's numbers were "fixed" to the
      // second's list).
      if (!restarts && !same_container && gap > 1 &&
          names_a_list_between(canon, context_words, groups.back().last_line, mention.line)) {
        restarts = true;
      }
      joins = !restarts && (shares_list || (in_sequence && gap <= 1)) &&
              (gap <= kMaxLineGap || (in_sequence && gap <= kMaxContinuationGap));
    }
    if (!joins) {
      groups.push_back(Enumeration{});
      groups.back().first_line = mention.line;
      group_lists.clear();
    }
    groups.back().members.push_back(i);
    for (const MemberRef& ref : mention.refs) group_lists.insert(ref.list);
    groups.back().last_line = mention.line;
    last_number = number;
  }

  // Circled markers leading their line, counted over lines: a group on a line of thousands of
  // markers must not walk them all (one 3 MB line of 「① AI・半導体 ② 造船 ③ 量子」: minutes).
  std::vector<size_t> leading_circled_before(structure.lines.size() + 1, 0);
  for (size_t line = 0; line < structure.lines.size(); ++line) {
    size_t leading = 0;
    for (const Marker& marker : structure.lines[line].markers) {
      leading += marker.style == MarkerStyle::circled && marker.leads_line ? 1 : 0;
    }
    leading_circled_before[line + 1] = leading_circled_before[line] + leading;
  }

  for (Enumeration& group : groups) {
    std::set<size_t> candidates;
    for (size_t index : group.members) {
      for (const MemberRef& ref : mentions[index].refs) candidates.insert(ref.list);
    }
    size_t context_first = group.first_line >= kContextLinesBefore ? group.first_line - kContextLinesBefore : 0;
    struct Score {
      int fit = 0, numbers = 0, context = 0, primary = 0;
      auto key() const { return std::tie(fit, numbers, context, primary); }
    };
    Score best_score;
    bool have_best = false;
    for (size_t list : candidates) {
      Score score;
      for (size_t index : group.members) {
        if (!in_list(mentions[index], list)) continue;
        ++score.fit;
        if (canonical_number(mentions[index], canon, list) == mentions[index].number->number) ++score.numbers;
      }
      score.context = context_words.in_lines(canon.lists[list], context_first, group.last_line) ? 1 : 0;
      score.primary = canon.lists[list].primary ? 1 : 0;
      if (!have_best || score.key() > best_score.key()) {
        best_score = score;
        group.list = list;
        have_best = true;
      }
    }
    // Circled markers in the enumeration's lines that name nothing: a numbered list of other things
    // that happens to contain a field name is not an enumeration of the fields.
    // (A member's number is a copy of its line's marker, so the leading circled ones among them
    // are subtracted from the count of the lines.)
    std::set<size_t> member_marker_begins;
    for (size_t index : group.members) {
      const Marker& number = *mentions[index].number;
      if (number.style == MarkerStyle::circled && number.leads_line) member_marker_begins.insert(number.begin);
    }
    group.unnamed_markers = static_cast<int>(leading_circled_before[group.last_line + 1] -
                                             leading_circled_before[group.first_line] - member_marker_begins.size());
    bool suffix_confirms = false;
    for (size_t index : group.members) {
      if (!mentions[index].suffix.empty() && mentions[index].suffix != "WG") suffix_confirms = true;
    }
    group.confirmed = best_score.fit > group.unnamed_markers &&
                      (best_score.fit >= 3 || best_score.context > 0 || suffix_confirms);
  }
  return groups;
}

}  // namespace kosei
