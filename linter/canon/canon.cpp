#include "canon/canon.h"
#include "source/read_file.h"

#include <algorithm>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>

#include "canon/embedded.h"
#include "canon/toml_reader.h"
#include "text/normalize.h"

namespace kosei {
namespace {

std::mutex& sections_mutex() {
  static std::mutex mutex;
  return mutex;
}

std::set<std::string, std::less<>>& known_sections() {
  static std::set<std::string, std::less<>> sections = {"list", "meta"};
  return sections;
}

std::vector<std::pair<std::string, CanonSectionValidator>>& section_validators() {
  static std::vector<std::pair<std::string, CanonSectionValidator>> validators;
  return validators;
}

bool is_known_section(std::string_view name) {
  std::lock_guard lock(sections_mutex());
  return known_sections().count(name) > 0;
}

void read_member(TomlReader& reader, const toml::table& table, CanonMember& member) {
  reader.check_keys(table, {"number", "name", "aliases", "lead_ministries", "working_group", "start_month",
                            "experts", "ministers"});
  member.number = reader.required_int(table, "number", 1, 50);
  member.name = reader.required_string(table, "name");
  member.aliases = reader.string_array(table, "aliases");
  member.lead_ministries = reader.string_array(table, "lead_ministries");
  member.working_group = reader.optional_string(table, "working_group");
  member.start_month = static_cast<int>(reader.optional_int(table, "start_month", 0, 1, 12));
  member.experts = static_cast<int>(reader.optional_int(table, "experts", 0, 0, 100000));
  member.ministers = reader.string_array(table, "ministers");
}

void read_list(TomlReader& reader, const toml::table& table, CanonList& list) {
  reader.check_keys(table, {"id", "title", "member_noun", "context_words", "primary", "groups", "members", "source"});
  list.id = reader.required_string(table, "id");
  list.title = reader.required_string(table, "title");
  list.member_noun = reader.required_string(table, "member_noun");
  list.context_words = reader.string_array(table, "context_words");
  for (const std::string& word : list.context_words) list.normalized_context_words.push_back(normalize_string(word));
  list.primary = reader.optional_bool(table, "primary", false);
  list.source = reader.optional_string(table, "source");
  list.file = reader.path();
  for (const toml::table* group_table : reader.table_array(table, "groups")) {
    CanonGroup group;
    reader.check_keys(*group_table, {"name", "first", "last"});
    group.name = reader.required_string(*group_table, "name");
    group.first = reader.required_int(*group_table, "first", 1, 50);
    group.last = reader.required_int(*group_table, "last", 1, 50);
    list.groups.push_back(group);
  }
  std::set<int> numbers;
  std::set<std::string> names;
  for (const toml::table* member_table : reader.table_array(table, "members")) {
    CanonMember member;
    read_member(reader, *member_table, member);
    if (reader.failed()) return;
    if (!numbers.insert(member.number).second) {
      reader.fail(*member_table, "リスト「" + list.id + "」で番号 " + std::to_string(member.number) + " が重複しています");
      return;
    }
    for (const std::string& name : [&] {
           std::vector<std::string> all = member.aliases;
           all.push_back(member.name);
           return all;
         }()) {
      if (!names.insert(name).second) {
        reader.fail(*member_table, "リスト「" + list.id + "」で名前「" + name + "」が重複しています");
        return;
      }
    }
    list.members.push_back(std::move(member));
  }
  if (!reader.failed() && list.members.empty()) reader.fail(table, "リスト「" + list.id + "」に members がありません");
  std::sort(list.members.begin(), list.members.end(),
            [](const CanonMember& a, const CanonMember& b) { return a.number < b.number; });
}

}  // namespace

std::string CanonError::to_string() const {
  std::string out = file;
  if (line > 0) {
    out.append(":").append(std::to_string(line)).append(":").append(std::to_string(column));
  }
  out.append(": ").append(message);
  return out;
}

const CanonMember* CanonList::member_by_number(int number) const {
  for (const CanonMember& member : members) {
    if (member.number == number) return &member;
  }
  return nullptr;
}

const CanonList* CanonData::list_by_id(std::string_view id) const {
  for (const CanonList& list : lists) {
    if (list.id == id) return &list;
  }
  return nullptr;
}

void register_canon_section(std::string_view name) {
  std::lock_guard lock(sections_mutex());
  known_sections().emplace(name);
}

void register_canon_section(std::string_view name, CanonSectionValidator validator) {
  std::lock_guard lock(sections_mutex());
  known_sections().emplace(name);
  section_validators().emplace_back(std::string(name), validator);
}

std::optional<CanonError> load_canon_text(std::string_view text, const std::string& path, CanonData& data) {
  TomlReader reader(path);
  auto table = reader.parse(text);
  if (!table) return reader.error();
  for (const auto& [key, node] : *table) {
    if (!is_known_section(key.str())) {
      reader.fail(node, "未知のキー「" + std::string(key.str()) + "」です");
      return reader.error();
    }
  }
  std::vector<CanonList> lists;
  for (const toml::table* list_table : reader.table_array(*table, "list")) {
    CanonList list;
    read_list(reader, *list_table, list);
    if (reader.failed()) return reader.error();
    lists.push_back(std::move(list));
  }
  if (reader.failed()) return reader.error();
  {
    std::vector<std::pair<std::string, CanonSectionValidator>> validators;
    {
      std::lock_guard lock(sections_mutex());
      validators = section_validators();
    }
    for (const auto& [section, validate] : validators) {
      if (table->contains(section)) validate(*table, reader);
      if (reader.failed()) return reader.error();
    }
  }
  for (CanonList& list : lists) {
    auto existing = std::find_if(data.lists.begin(), data.lists.end(),
                                 [&](const CanonList& other) { return other.id == list.id; });
    if (existing != data.lists.end()) {
      *existing = std::move(list);
    } else {
      data.lists.push_back(std::move(list));
    }
  }
  data.documents.push_back(CanonData::Document{path, std::move(table)});
  return std::nullopt;
}

std::optional<CanonError> load_canon_file(const std::string& path, CanonData& data) {
  std::string reason;
  auto text = read_whole_file(path, &reason);
  if (!text) return CanonError{path, 0, 0, "正本データを読めません（" + reason + "）"};
  return load_canon_text(*text, path, data);
}

std::optional<CanonError> load_builtin_canon(CanonData& data) {
  for (const EmbeddedFile& file : embedded_rule_files()) {
    if (file.path.rfind("rules/canon/", 0) != 0) continue;
    if (auto error = load_canon_text(file.content, std::string(file.path), data)) return error;
  }
  return std::nullopt;
}

}  // namespace kosei
