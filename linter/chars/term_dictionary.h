#pragma once
// The term dictionary of the `term` rule compiled once: every wrong form (NFKC, as the matching
// form of documents) in ONE literal set (text/literal_set.h), longest first, so a document is
// scanned once whatever the size of the dictionary; an occurrence is mapped back to its entries,
// and only then are the entries' optional context/exclude patterns (PCRE2) tried around it.
// (A PCRE2 alternation of the wrong forms did the scanning until 0.1: it had to be tried at every
// position, as all Japanese characters start with the same few bytes — 4× slower.)
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chardata/chardata.h"
#include "text/literal_set.h"
#include "text/regex.h"

namespace kosei {

struct TermHit {
  size_t begin = 0, end = 0;  // in the searched text
  const chardata::Term* term = nullptr;
};

class TermDictionary {
 public:
  // Returns nullopt and sets `error` if a pattern does not compile.
  static std::shared_ptr<const TermDictionary> build(std::vector<chardata::Term> terms, std::string* error);

  // Calls on_hit for each occurrence of a wrong form (left to right, non-overlapping) whose
  // context/exclude patterns allow it.
  void find(std::string_view text, const std::function<void(const TermHit&)>& on_hit) const;
  // The same, given the matches of wrong_forms() in `text` (found with another set's in one scan).
  void hits_of(std::string_view text, const std::vector<LiteralMatch>& wrong_form_matches,
               const std::function<void(const TermHit&)>& on_hit) const;
  const LiteralSet& wrong_forms() const { return wrong_forms_; }
  size_t size() const { return terms_.size(); }

 private:
  struct Entry {
    std::optional<Regex> context, exclude;
  };
  // The first entry of a wrong form's match whose context/exclude patterns allow it.
  void hit_of(std::string_view text, const LiteralMatch& match, const std::function<void(const TermHit&)>& on_hit) const;
  std::vector<chardata::Term> terms_;
  std::vector<Entry> entries_;
  LiteralSet wrong_forms_;                         // normalized wrong forms
  std::vector<std::vector<size_t>> entries_of_form_;  // per wrong form: its entries, in file order
};

// The built-in dictionary (rules/terms.toml), compiled once; the built-in one plus the files of a
// configuration ([terms] files), compiled once per list of files. On a broken file, `error` is set
// and the built-in dictionary is returned.
std::shared_ptr<const TermDictionary> builtin_term_dictionary();
std::shared_ptr<const TermDictionary> term_dictionary_for(const std::vector<std::string>& files, std::string* error);

}  // namespace kosei
