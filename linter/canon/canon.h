#pragma once
// Canonical lists (the 17 strategic fields, the 8 cross-cutting issues, the 17 重点技術領域 …) as
// loaded from TOML. The built-in data is rules/canon/*.toml, embedded in the binary; users add or
// replace lists with --canon FILE or the `canon` key of kosei.toml.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

namespace kosei {

struct CanonMember {
  int number = 0;                 // position in the list: ① = 1
  std::string name;               // canonical spelling
  std::vector<std::string> aliases;  // other accepted spellings (not reported)
  // Attributes (optional; 0 / empty when unknown).
  std::vector<std::string> lead_ministries;
  std::string working_group;
  int start_month = 0;
  int experts = 0;
  std::vector<std::string> ministers;
};

struct CanonGroup {
  std::string name;  // 新興・基盤技術領域
  int first = 0;
  int last = 0;
};

struct CanonList {
  std::string id;           // stable id, e.g. "strategic-fields"
  std::string title;        // 戦略17分野
  std::string member_noun;  // 戦略分野 — used in messages: 「造船」は戦略分野の②です
  std::vector<std::string> context_words;  // words near an enumeration that point at this list
  std::vector<std::string> normalized_context_words;  // the same in the matching form (set by the loader)
  bool primary = false;     // the list assumed when nothing else decides
  std::vector<CanonGroup> groups;
  std::vector<CanonMember> members;  // sorted by number
  std::string source;       // where the data came from (free text)
  std::string file;         // the TOML file it was loaded from

  const CanonMember* member_by_number(int number) const;
};

struct CanonData {
  std::vector<CanonList> lists;
  // Every parsed canonical file, for the loaders of other sections (items, figures).
  struct Document {
    std::string path;
    std::shared_ptr<toml::table> table;
  };
  std::vector<Document> documents;

  const CanonList* list_by_id(std::string_view id) const;
};

struct CanonError {
  std::string file;
  size_t line = 0;
  size_t column = 0;
  std::string message;
  std::string to_string() const;  // "file:line:column: message"
};

// Top-level sections a canonical data file may contain. Sections other than `list` are read by
// their own loaders from CanonData::documents.
void register_canon_section(std::string_view name);
// The same, with a validator run on every file that contains the section (after its lists are read):
// it reports the first problem through `reader` (file, line, column), which fails the load.
class TomlReader;
using CanonSectionValidator = void (*)(const toml::table& root, TomlReader& reader);
void register_canon_section(std::string_view name, CanonSectionValidator validator);

// Parses one canonical data file and appends its lists to `data`. A list whose id already exists
// replaces the existing one (so a user file can override a built-in list).
std::optional<CanonError> load_canon_text(std::string_view text, const std::string& path, CanonData& data);
std::optional<CanonError> load_canon_file(const std::string& path, CanonData& data);
// The built-in data: every embedded rules/canon/*.toml.
std::optional<CanonError> load_builtin_canon(CanonData& data);

}  // namespace kosei
