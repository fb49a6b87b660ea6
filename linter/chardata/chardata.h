#pragma once
// Character and term data of the character rules (old-kanji, foreign-hanzi, non-jis, term,
// term-variant, ministry-tag), loaded from rules/chars/*.toml, rules/terms.toml,
// rules/term_variants.toml and rules/ministry_tags.toml (embedded copies by default).
// Formats and sources: rules/chars/README.md and the header comment of each file.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kosei::chardata {

// A value or an error message "path:line:column: description".
template <typename T>
struct LoadResult {
  std::optional<T> value;
  std::string error;
  explicit operator bool() const { return value.has_value(); }
};

// A set of code points: a bitmap for the BMP, sorted ranges above it.
class CodeSet {
 public:
  void add_range(char32_t first, char32_t last);
  bool contains(char32_t c) const {
    if (c < 0x10000) return (bmp_[c >> 6] >> (c & 63)) & 1u;
    return contains_supplementary(c);
  }
  std::size_t size() const { return count_; }
  bool operator==(const CodeSet&) const = default;

 private:
  friend struct CharTablesCodec;
  bool contains_supplementary(char32_t c) const;
  std::vector<std::uint64_t> bmp_ = std::vector<std::uint64_t>(1024, 0);
  std::vector<std::pair<char32_t, char32_t>> supplementary_;  // sorted, inclusive
  std::size_t count_ = 0;
};

struct ForeignEntry {
  char32_t character = 0;
  bool has_fix = false;
  std::u32string candidates;  // the Japanese forms; candidates[0] is the fix when has_fix
  bool operator==(const ForeignEntry&) const = default;
};

class CharTables {
 public:
  // Old form (旧字体, 戰) -> standard form (戦): old_forms, old_forms_jinmeiyo, old_forms_zvariant.
  // Inline key tests: the character rules ask for every character, and almost none is a key.
  std::optional<char32_t> standard_form_of_old(char32_t c) const {
    if (!old_keys_.contains(c)) return std::nullopt;
    return standard_form_in(old_, c);
  }
  // Other variant forms outside JIS X 0208 (髙 -> 高): old_kanji.toml other_variants.
  std::optional<char32_t> standard_form_of_variant(char32_t c) const {
    if (!variant_keys_.contains(c)) return std::nullopt;
    return standard_form_in(variant_, c);
  }
  // Simplified-Chinese / non-Japanese Han -> Japanese form (产 -> 産); nullopt when c is not
  // foreign or has no single fix (then foreign_hanzi() still lists the candidates).
  std::optional<char32_t> foreign_hanzi_fix(char32_t c) const;
  const ForeignEntry* foreign_hanzi(char32_t c) const {
    return foreign_keys_.contains(c) ? foreign_entry(c) : nullptr;
  }
  // Exact character sets (non-ASCII; ASCII is in none of them).
  bool in_jisx0208(char32_t c) const { return jisx0208_.contains(c); }  // incl. vendor aliases (～)
  bool in_jisx0201(char32_t c) const { return jisx0201_.contains(c); }  // ¥ ‾ half-width katakana
  bool in_jisx0213(char32_t c) const { return jisx0213_.contains(c); }  // planes 1+2, incl. aliases
  // The 2136 jōyō kanji and their 4 permitted forms (剥 叱 填 頬); jinmeiyō kanji.
  bool is_joyo(char32_t c) const { return joyo_.contains(c); }
  bool is_jinmeiyo(char32_t c) const { return jinmeiyo_.contains(c); }

  struct Sizes {
    std::size_t old_forms, other_variants, foreign_fix, foreign_nofix, jisx0208, jisx0213, joyo,
        jinmeiyo;
  };
  Sizes sizes() const;
  bool operator==(const CharTables&) const = default;

  // The tables as 32-bit words and back: the build compiles the embedded rules/chars/*.toml into
  // this form (tools/compile_rule_data.cpp), so that start-up does not parse 100 KB of TOML.
  std::vector<std::uint32_t> serialize() const;
  // Returns false on a malformed or truncated sequence.
  static bool deserialize(const std::uint32_t* words, std::size_t count, CharTables& out);

 private:
  friend struct CharTablesLoader;
  friend struct CharTablesCodec;
  void index_keys();
  static std::optional<char32_t> standard_form_in(const std::vector<std::pair<char32_t, char32_t>>& pairs, char32_t c);
  const ForeignEntry* foreign_entry(char32_t c) const;
  std::vector<std::pair<char32_t, char32_t>> old_;      // sorted by first
  std::vector<std::pair<char32_t, char32_t>> variant_;  // sorted by first
  std::vector<ForeignEntry> foreign_;                   // sorted by character
  // The keys of the three maps above: almost every character of a document is in none of them,
  // and a bit test answers that without a binary search.
  CodeSet old_keys_, variant_keys_, foreign_keys_;
  CodeSet jisx0208_, jisx0201_, jisx0213_, joyo_, jinmeiyo_;
};

// Returns the content of a rules file ("rules/chars/old_kanji.toml"), or nullopt.
using FileLookup = std::function<std::optional<std::string_view>(std::string_view path)>;
// The embedded copies (canon/embedded.h).
std::optional<std::string_view> embedded_file(std::string_view path);

// Loads the five rules/chars/*.toml files through lookup.
LoadResult<CharTables> load_char_tables(const FileLookup& lookup = embedded_file);
// The built-in tables (the embedded rules/chars/*.toml, compiled at build time), loaded once
// (thread-safe); throws std::runtime_error if the compiled data is broken (it is tested).
const CharTables& builtin_char_tables();

// rules/terms.toml
struct Term {
  std::string wrong, right, note;
  std::string context, exclude;  // PCRE2 patterns, empty when absent
  int line = 0;                  // line of the entry in its file
};
LoadResult<std::vector<Term>> load_terms(std::string_view text, std::string_view path);
LoadResult<std::vector<Term>> load_terms();  // embedded rules/terms.toml

// rules/term_variants.toml
struct VariantGroup {
  std::vector<std::string> forms;
  std::string preferred;  // empty: the document's majority wins
  std::string note;
  int line = 0;
};
LoadResult<std::vector<VariantGroup>> load_term_variants(std::string_view text,
                                                         std::string_view path);
LoadResult<std::vector<VariantGroup>> load_term_variants();

// rules/ministry_tags.toml (see the criterion in that file)
struct MinistryTag {
  std::string abbr;  // ASCII Latin letters (fold full-width text before comparing)
  std::vector<std::string> names;
  bool abolished = false;
  std::string note;
};
struct MinistryTagAlias {
  std::string abbr, canonical, note;
};
struct MinistryTags {
  std::vector<MinistryTag> tags;
  std::vector<MinistryTagAlias> aliases;
  std::vector<std::string> separators;
  std::vector<std::string> not_tags;
  int max_part_length = 8;
  int max_tag_length = 60;
  const MinistryTag* find(std::string_view abbr) const;  // tags, then aliases -> canonical
};
LoadResult<MinistryTags> load_ministry_tags(std::string_view text, std::string_view path);
LoadResult<MinistryTags> load_ministry_tags();

// The compiled form of the term data (compiled/word_codec.h): the build compiles the embedded
// rules/terms.toml, term_variants.toml and ministry_tags.toml into it (tools/compile_rule_data.cpp)
// and the no-argument loaders above read that; deserialize returns false on malformed words.
std::vector<std::uint32_t> serialize(const std::vector<Term>& terms);
std::vector<std::uint32_t> serialize(const std::vector<VariantGroup>& groups);
std::vector<std::uint32_t> serialize(const MinistryTags& tags);
bool deserialize(const std::uint32_t* words, std::size_t count, std::vector<Term>& out);
bool deserialize(const std::uint32_t* words, std::size_t count, std::vector<VariantGroup>& out);
bool deserialize(const std::uint32_t* words, std::size_t count, MinistryTags& out);
// Whether this executable carries the compiled data (the build tool does not; tests check kosei's).
bool has_compiled_data();

}  // namespace kosei::chardata
