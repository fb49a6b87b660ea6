#include "chars/prose_dictionaries.h"

#include <memory>

#include "chars/prose_chars.h"
#include "chars/variant_groups.h"

namespace kosei {

const ProseDictionaryMatches& prose_dictionary_matches(const Document& document, const TermDictionary& terms) {
  auto cached = std::static_pointer_cast<const ProseDictionaryMatches>(document.prose_dictionaries_cache);
  if (!cached || cached->terms != &terms) {
    auto found = std::make_shared<ProseDictionaryMatches>();
    found->terms = &terms;
    LiteralSet::for_each_match_of_both(
        prose_chars(document).joined, terms.wrong_forms(),
        [&](const LiteralMatch& match) { found->wrong_forms.push_back(match); }, variant_groups().form_set,
        [&](const LiteralMatch& match) { found->variant_forms.push_back(match); });
    document.prose_dictionaries_cache = found;
    cached = std::move(found);
  }
  return *cached;
}

}  // namespace kosei
