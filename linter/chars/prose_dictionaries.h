#pragma once
// The dictionary words of a document's prose (the joined matching form of chars/prose_chars.h):
// the wrong forms of the term dictionary (rule term) and the forms of the variant groups (rule
// term-variant), found in one scan of the text — each scan of a Japanese text costs ~10
// instructions per byte before it finds anything. Computed on first use by either rule and kept
// in Document::prose_dictionaries_cache, for the term dictionary it was computed with.
#include <vector>

#include "app/document.h"
#include "chars/term_dictionary.h"
#include "text/literal_set.h"

namespace kosei {

struct ProseDictionaryMatches {
  const TermDictionary* terms = nullptr;
  std::vector<LiteralMatch> wrong_forms;    // TermDictionary::wrong_forms(), leftmost-longest
  std::vector<LiteralMatch> variant_forms;  // variant_groups().form_set, leftmost-longest
};

const ProseDictionaryMatches& prose_dictionary_matches(const Document& document, const TermDictionary& terms);

}  // namespace kosei
