#pragma once
// Enumerations of canonical lists: runs of numbered mentions close together (① AI・半導体 … ⑰ 海洋),
// and which canonical list each one enumerates. Lists 1 and 3 of the domain share names under
// other numbers, so the list is chosen per enumeration: by how many members fit, how many numbers
// agree, the words around it (戦略分野 / 技術領域), and finally the primary list.
#include <cstddef>
#include <map>
#include <tuple>
#include <vector>

#include "canon/canon.h"
#include "mentions/field_mentions.h"

namespace kosei {

struct Enumeration {
  size_t list = 0;                  // index into CanonData::lists
  std::vector<size_t> members;      // indices into the document's field mentions, in text order
  size_t first_line = 0;            // 0-based
  size_t last_line = 0;
  bool confirmed = false;           // the list is certain enough to report against
  int unnamed_markers = 0;          // circled markers in the same lines that name no member
};

std::vector<Enumeration> find_enumerations(const std::vector<FieldMention>& mentions, const Structure& structure,
                                           const CanonData& canon, const MatchText& match, const SourceMap& map);

// Whether one of `list`'s context words occurs in lines [first, last] (0-based) of the matching form.
bool has_context_word(const CanonList& list, const MatchText& match, const SourceMap& map, size_t first_line,
                      size_t last_line);

// has_context_word with its answers kept: the mentions and enumerations of one line ask about the
// same lines again, and a search is a pass over them (60,000 mentions on one 3 MB line: minutes).
class ContextWordSearch {
 public:
  ContextWordSearch(const MatchText& match, const SourceMap& map) : match_(match), map_(map) {}
  bool in_lines(const CanonList& list, size_t first_line, size_t last_line) {
    auto [answer, inserted] = answers_.try_emplace(std::make_tuple(&list, first_line, last_line), false);
    if (inserted) answer->second = has_context_word(list, match_, map_, first_line, last_line);
    return answer->second;
  }

 private:
  const MatchText& match_;
  const SourceMap& map_;
  std::map<std::tuple<const CanonList*, size_t, size_t>, bool> answers_;
};

}  // namespace kosei
