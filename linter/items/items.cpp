#include "items/items.h"

#include <algorithm>
#include <map>
#include <set>

#include "canon/toml_reader.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace kosei {
namespace {

void read_item(TomlReader& reader, const toml::table& table, CanonItem& item) {
  reader.check_keys(table, {"number", "name", "aliases", "this_round", "same_as_field", "same_as_number"});
  item.number = reader.required_int(table, "number", 1, 50);
  item.name = reader.required_string(table, "name");
  item.aliases = reader.string_array(table, "aliases");
  item.this_round = reader.optional_bool(table, "this_round", false);
  item.same_as_field = reader.optional_string(table, "same_as_field");
  item.same_as_number = static_cast<int>(reader.optional_int(table, "same_as_number", 0, 1, 50));
  if (reader.failed()) return;
  if (item.same_as_field.empty() != (item.same_as_number == 0)) {
    reader.fail(table, "same_as_field と same_as_number は両方指定してください");
  }
  item.keys.push_back(item_key(item.name));
  for (const std::string& alias : item.aliases) item.keys.push_back(item_key(alias));
}

// Reads the [items] section of one file; used both to validate (at load) and to build the catalog.
void read_section(const toml::table& root, TomlReader& reader, ItemCatalog& catalog) {
  const toml::table* section = reader.optional_table(root, "items");
  if (!section || reader.failed()) return;
  reader.check_keys(*section, {"title", "source", "this_round", "field"});
  catalog.title = reader.optional_string(*section, "title", catalog.title.empty() ? "主要な製品・技術等" : catalog.title);
  if (const toml::table* round = reader.optional_table(*section, "this_round")) {
    reader.check_keys(*round, {"label", "count", "phrases"});
    catalog.this_round_label = reader.optional_string(*round, "label", "今回検討を行う製品・技術等");
    catalog.this_round_count = static_cast<int>(reader.optional_int(*round, "count", 0, 0, 10000));
    catalog.this_round_phrases.clear();
    for (const std::string& phrase : reader.string_array(*round, "phrases")) {
      catalog.this_round_phrases.push_back(normalize_string(phrase));
    }
  }
  std::vector<std::pair<const toml::table*, ItemField>> fields;
  std::set<std::string> field_names;
  for (const toml::table* field_table : reader.table_array(*section, "field")) {
    ItemField field;
    reader.check_keys(*field_table, {"field", "items"});
    field.field = reader.required_string(*field_table, "field");
    field.field_key = item_key(field.field);
    if (reader.failed()) return;
    if (!field_names.insert(field.field_key).second) {
      reader.fail(*field_table, "分野「" + field.field + "」が重複しています");
      return;
    }
    std::set<int> numbers;
    std::set<std::string> keys;
    for (const toml::table* item_table : reader.table_array(*field_table, "items")) {
      CanonItem item;
      read_item(reader, *item_table, item);
      if (reader.failed()) return;
      if (!numbers.insert(item.number).second) {
        reader.fail(*item_table, "分野「" + field.field + "」で番号 " + std::to_string(item.number) + " が重複しています");
        return;
      }
      for (const std::string& key : item.keys) {
        if (!keys.insert(key).second) {
          reader.fail(*item_table, "分野「" + field.field + "」で名前「" + key + "」が重複しています");
          return;
        }
      }
      field.items.push_back(std::move(item));
    }
    if (field.items.empty()) {
      reader.fail(*field_table, "分野「" + field.field + "」に items がありません");
      return;
    }
    std::sort(field.items.begin(), field.items.end(),
              [](const CanonItem& a, const CanonItem& b) { return a.number < b.number; });
    fields.emplace_back(field_table, std::move(field));
  }
  // Cross-listings must point at an item of this file when the target field is in it.
  int flagged = 0;
  for (const auto& [table, field] : fields) {
    for (const CanonItem& item : field.items) {
      flagged += item.this_round ? 1 : 0;
      if (item.same_as_field.empty()) continue;
      std::string target_key = item_key(item.same_as_field);
      for (const auto& [other_table, other] : fields) {
        if (other.field_key != target_key) continue;
        if (!other.by_number(item.same_as_number)) {
          reader.fail(*table, "分野「" + field.field + "」の" + item.name + "の same_as（" + item.same_as_field +
                                  " " + std::to_string(item.same_as_number) + "）がありません");
          return;
        }
      }
    }
  }
  const toml::table* round = section->get_as<toml::table>("this_round");
  if (round && catalog.this_round_count > 0 && !fields.empty() && flagged != catalog.this_round_count) {
    reader.fail(*round, "this_round.count は " + std::to_string(catalog.this_round_count) +
                            " ですが、this_round = true の項目は " + std::to_string(flagged) + " 件です");
    return;
  }
  for (auto& entry : fields) {
    ItemField& field = entry.second;  // a plain reference: clang 14 cannot capture structured bindings
    auto existing = std::find_if(catalog.fields.begin(), catalog.fields.end(),
                                 [&](const ItemField& other) { return other.field_key == field.field_key; });
    if (existing != catalog.fields.end()) {
      *existing = std::move(field);
    } else {
      catalog.fields.push_back(std::move(field));
    }
  }
}

void validate_items_section(const toml::table& root, TomlReader& reader) {
  ItemCatalog scratch;
  read_section(root, reader, scratch);
}

const bool kRegistered = [] {
  register_canon_section("items", &validate_items_section);
  return true;
}();

}  // namespace

std::string item_key(std::string_view text) { return compact_key(normalize_string(text)); }

const CanonItem* ItemField::by_number(int number) const {
  for (const CanonItem& item : items) {
    if (item.number == number) return &item;
  }
  return nullptr;
}

void ItemField::index_keys() {
  keys_by_first_.clear();
  for (size_t i = 0; i < items.size(); ++i) {
    for (size_t k = 0; k < items[i].keys.size(); ++k) {
      const std::string& key = items[i].keys[k];
      if (key.empty()) continue;
      size_t pos = 0;
      const char32_t first = next_code_point(key, pos);
      auto bucket = std::find_if(keys_by_first_.begin(), keys_by_first_.end(),
                                 [&](const auto& entry) { return entry.first == first; });
      if (bucket == keys_by_first_.end()) bucket = keys_by_first_.insert(bucket, {first, {}});
      bucket->second.push_back(KeyRef{static_cast<uint32_t>(i), static_cast<uint32_t>(k)});
    }
  }
}

const CanonItem* ItemField::by_key(std::string_view label_key, bool loose) const {
  if (label_key.empty()) return nullptr;
  size_t after_first = 0;
  const char32_t first = next_code_point(label_key, after_first);
  auto bucket = std::find_if(keys_by_first_.begin(), keys_by_first_.end(),
                             [&](const auto& entry) { return entry.first == first; });
  if (bucket == keys_by_first_.end()) return nullptr;
  for (const KeyRef& ref : bucket->second) {
    if (label_key == items[ref.item].keys[ref.key]) return &items[ref.item];
  }
  // The label goes on after the name: 「グリーン鉄(資源・エネルギー安全保障・GX③と同じ)」.
  const CanonItem* best = nullptr;
  size_t best_size = 0;
  for (const KeyRef& ref : bucket->second) {
    const std::string& key = items[ref.item].keys[ref.key];
    if (key.size() <= best_size || label_key.size() <= key.size() || label_key.compare(0, key.size(), key) != 0) {
      continue;
    }
    const char next = label_key[key.size()];
    size_t probe = key.size();
    const char32_t next_cp = next_code_point(label_key, probe);
    const bool particle = loose && next_cp >= U'ぁ' && next_cp <= U'ゖ';
    if (particle || next == '(' || next == '[' || next == ',' || next == ':' || next_cp == U'、' ||
        next_cp == U'。' || next_cp == U'【') {
      best = &items[ref.item];
      best_size = key.size();
    }
  }
  return best;
}

ItemCatalog ItemCatalog::from(const CanonData& canon) {
  (void)kRegistered;
  ItemCatalog catalog;
  for (const CanonData::Document& document : canon.documents) {
    if (!document.table || !document.table->contains("items")) continue;
    TomlReader reader(document.path);
    read_section(*document.table, reader, catalog);
  }
  for (ItemField& field : catalog.fields) field.index_keys();
  return catalog;
}

const ItemField* ItemCatalog::field(std::string_view name) const {
  for (const ItemField& field : fields) {
    if (field.field == name) return &field;  // the canonical spelling, as checks pass it: no normalizing
  }
  std::string key = item_key(name);
  for (const ItemField& field : fields) {
    if (field.field_key == key) return &field;
  }
  return nullptr;
}

}  // namespace kosei
