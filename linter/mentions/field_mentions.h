#pragma once
// Mentions of canonical list members in a document: exact (canonical name or alias, on the
// matching form), and near-misses (edit distance) that field-name reports. Each mention records
// the number it is cited with, if any: ⑬マテリアル…, 量子分野（④）.
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <string>
#include <vector>

#include "canon/canon.h"
#include "structure/structure.h"
#include "text/normalize.h"
#include "text/literal_set.h"

namespace kosei {

struct MemberRef {
  uint16_t list = 0;    // index into CanonData::lists
  uint16_t member = 0;  // index into CanonList::members
  bool operator==(const MemberRef&) const = default;
};

struct FieldMention {
  Span span;                    // original bytes of the name as written
  std::vector<MemberRef> refs;  // members this name denotes (a name may be in several lists)
  bool exact = true;            // false: a near-miss of refs[0] (field-name)
  bool is_alias = false;
  int distance = 0;             // edit distance of a near-miss, in code points
  std::optional<Marker> number; // the number it is cited with
  bool number_after = false;    // 量子分野（④）: the number follows the name
  std::string suffix;           // 分野 / 領域 / 課題 / WG written right after the name, if any
  size_t line = 0;              // 0-based line index
};

// Everything derived from the canonical data that matching needs, compiled once per run.
class FieldMatcher {
 public:
  explicit FieldMatcher(const CanonData& canon);
  std::vector<FieldMention> find(std::string_view text, const MatchText& match, const Structure& structure,
                                 const SourceMap& map) const;

 private:
  struct NameEntry {
    std::string normalized;
    std::vector<MemberRef> refs;
    bool alias = false;
  };
  struct Candidate {  // a canonical name eligible for near-miss search, with one anchor part
    size_t name_index;
    std::u32string name;  // normalized, as code points
    size_t anchor_offset; // code points from the name's start to the anchor part
  };
  std::vector<NameEntry> names_;
  LiteralSet exact_;    // literal i = names_[i].normalized
  LiteralSet anchors_;  // literal i = anchor i
  std::vector<std::vector<Candidate>> anchor_candidates_;  // per anchor
};

}  // namespace kosei
