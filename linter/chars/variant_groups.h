#pragma once
// The variant groups of the term-variant rule (rules/term_variants.toml) compiled once: forms in
// their matching form (NFKC), each mapped to its group, and all forms in one literal set.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "chardata/chardata.h"
#include "text/literal_set.h"

namespace kosei {

struct VariantGroups {
  std::vector<chardata::VariantGroup> groups;  // forms and preferred in matching form
  std::map<std::string, size_t> group_of;      // form -> group
  std::unordered_set<std::string_view> forms;  // the keys of group_of
  std::vector<uint64_t> form_first_bits = std::vector<uint64_t>(65536 / 64, 0);  // first code points of forms (low 16 bits)
  LiteralSet form_set;                         // the same forms, found in one scan
  std::vector<size_t> group_of_literal;        // form_set literal -> group

  // Whether `word`, whose first code point is `first`, is one of the forms.
  bool is_form(std::string_view word, char32_t first) const {
    return (form_first_bits[(first & 0xFFFF) >> 6] >> (first & 63) & 1) && forms.count(word);
  }
};

// The built-in groups; throws std::runtime_error if the embedded data is broken.
const VariantGroups& variant_groups();

}  // namespace kosei
