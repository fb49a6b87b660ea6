#include "chars/variant_groups.h"

#include <stdexcept>

#include "text/normalize.h"
#include "text/utf8.h"

namespace kosei {

const VariantGroups& variant_groups() {
  static const VariantGroups groups = [] {
    auto loaded = chardata::load_term_variants();
    if (!loaded) throw std::runtime_error("rules/term_variants.toml: " + loaded.error);
    VariantGroups out;
    out.groups = std::move(*loaded.value);
    std::vector<std::string> forms;
    for (size_t g = 0; g < out.groups.size(); ++g) {
      for (std::string& form : out.groups[g].forms) {
        form = normalize_string(form);
        if (out.group_of.emplace(form, g).second) forms.push_back(form);
      }
      if (!out.groups[g].preferred.empty()) out.groups[g].preferred = normalize_string(out.groups[g].preferred);
    }
    for (const std::string& form : forms) out.group_of_literal.push_back(out.group_of.at(form));
    out.form_set = LiteralSet(std::move(forms), false);  // longest first at each position
    for (const auto& [form, group] : out.group_of) {
      out.forms.insert(form);
      size_t pos = 0;
      const char32_t first = next_code_point(form, pos);
      out.form_first_bits[(first & 0xFFFF) >> 6] |= uint64_t{1} << (first & 63);
    }
    return out;
  }();
  return groups;
}

}  // namespace kosei
