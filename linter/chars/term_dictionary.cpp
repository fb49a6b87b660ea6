#include "chars/term_dictionary.h"
#include "source/read_file.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <stdexcept>

#include "text/normalize.h"

namespace kosei {
namespace {

constexpr size_t kContextWindow = 120;  // bytes around an occurrence searched by context patterns

bool covered_by_match(const Regex& pattern, std::string_view text, size_t begin, size_t end) {
  const size_t from = begin > kContextWindow ? begin - kContextWindow : 0;
  size_t to = std::min(text.size(), end + kContextWindow);
  while (to < text.size() && (static_cast<unsigned char>(text[to]) & 0xC0) == 0x80) ++to;
  size_t start = from;
  while (start < begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) ++start;
  std::string_view window = text.substr(0, to);
  bool covered = false;
  pattern.for_each_match(
      window,
      [&](const RegexMatch& match) {
        if (match.begin > begin) return false;
        if (match.end >= end) covered = true;
        return !covered;
      },
      start);
  return covered;
}

}  // namespace

std::shared_ptr<const TermDictionary> TermDictionary::build(std::vector<chardata::Term> terms, std::string* error) {
  auto dictionary = std::make_shared<TermDictionary>();
  dictionary->terms_ = std::move(terms);
  std::vector<std::string> forms;
  std::unordered_map<std::string, size_t> form_index;
  for (size_t i = 0; i < dictionary->terms_.size(); ++i) {
    const chardata::Term& term = dictionary->terms_[i];
    Entry entry;
    for (auto [source, target] : {std::pair{&term.context, &entry.context}, std::pair{&term.exclude, &entry.exclude}}) {
      if (source->empty()) continue;
      std::string message;
      *target = Regex::compile(normalize_string(*source), &message);
      if (!*target) {
        if (error) *error = "「" + term.wrong + "」のパターン「" + *source + "」: " + message;
        return nullptr;
      }
    }
    dictionary->entries_.push_back(std::move(entry));
    std::string wrong = normalize_string(term.wrong);
    if (wrong.empty()) continue;
    auto [it, inserted] = form_index.emplace(wrong, forms.size());
    if (inserted) {
      forms.push_back(wrong);
      dictionary->entries_of_form_.emplace_back();
    }
    dictionary->entries_of_form_[it->second].push_back(i);
  }
  // At one position the longer wrong form wins (パリューチーン before パリュー…): LiteralSet
  // tries the candidates longest first.
  dictionary->wrong_forms_ = LiteralSet(std::move(forms), false);
  return dictionary;
}

void TermDictionary::hit_of(std::string_view text, const LiteralMatch& match,
                            const std::function<void(const TermHit&)>& on_hit) const {
  for (size_t index : entries_of_form_[match.literal]) {
    const Entry& entry = entries_[index];
    if (entry.context && !covered_by_match(*entry.context, text, match.begin, match.end)) continue;
    if (entry.exclude && covered_by_match(*entry.exclude, text, match.begin, match.end)) continue;
    on_hit(TermHit{match.begin, match.end, &terms_[index]});
    return;
  }
}

void TermDictionary::find(std::string_view text, const std::function<void(const TermHit&)>& on_hit) const {
  wrong_forms_.for_each_match(text, [&](const LiteralMatch& match) { hit_of(text, match, on_hit); });
}

void TermDictionary::hits_of(std::string_view text, const std::vector<LiteralMatch>& wrong_form_matches,
                             const std::function<void(const TermHit&)>& on_hit) const {
  for (const LiteralMatch& match : wrong_form_matches) hit_of(text, match, on_hit);
}

std::shared_ptr<const TermDictionary> builtin_term_dictionary() {
  static const std::shared_ptr<const TermDictionary> dictionary = [] {
    auto terms = chardata::load_terms();
    if (!terms) throw std::runtime_error("rules/terms.toml: " + terms.error);
    std::string error;
    auto built = TermDictionary::build(std::move(*terms.value), &error);
    if (!built) throw std::runtime_error("rules/terms.toml: " + error);
    return built;
  }();
  return dictionary;
}

std::shared_ptr<const TermDictionary> term_dictionary_for(const std::vector<std::string>& files, std::string* error) {
  if (files.empty()) return builtin_term_dictionary();
  static std::mutex mutex;
  static std::map<std::vector<std::string>, std::pair<std::shared_ptr<const TermDictionary>, std::string>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(files);
  if (it == cache.end()) {
    std::string message;
    std::shared_ptr<const TermDictionary> built;
    std::vector<chardata::Term> terms;  // the configuration's entries first: they win over built-in ones
    for (const std::string& file : files) {
      auto text = read_whole_file(file);
      if (!text) {
        message = file + ": 用語辞書を読めません";
        break;
      }
      auto loaded = chardata::load_terms(*text, file);
      if (!loaded) {
        message = loaded.error;
        break;
      }
      terms.insert(terms.end(), loaded.value->begin(), loaded.value->end());
    }
    if (message.empty()) {
      auto builtin = chardata::load_terms();
      if (builtin) terms.insert(terms.end(), builtin.value->begin(), builtin.value->end());
      built = TermDictionary::build(std::move(terms), &message);
      if (!built) message = files.front() + ": " + message;
    }
    if (!built) built = builtin_term_dictionary();
    it = cache.emplace(files, std::pair{built, message}).first;
  }
  if (error) *error = it->second.second;
  return it->second.first;
}

}  // namespace kosei
