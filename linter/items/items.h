#pragma once
// Canonical list 4: the items (主要な製品・技術等) of each strategic field, read from the [items]
// section of canonical data files (rules/canon/items.toml; users add files with --canon). The
// section is registered with the canonical loader, which validates it with file:line errors.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "canon/canon.h"

namespace kosei {

struct CanonItem {
  int number = 0;                    // ① = 1
  std::string name;                  // canonical spelling
  std::vector<std::string> aliases;  // accepted short forms (バーティカルAI)
  bool this_round = false;           // in 「このうち、今回検討を行う製品・技術等」
  std::string same_as_field;         // the same item listed under another field, if any
  int same_as_number = 0;
  std::vector<std::string> keys;     // item_key() of name and aliases
};

struct ItemField {
  std::string field;                 // canonical name of the strategic field
  std::string field_key;             // item_key(field)
  std::vector<CanonItem> items;      // sorted by number

  const CanonItem* by_number(int number) const;
  // The item whose key (item_key of its name or an alias) is `label_key`; else the one with the
  // longest key that `label_key` begins with, followed by a bracket, a comma, a colon, 、。【, or
  // with `loose` a hiragana particle. Needs index_keys().
  const CanonItem* by_key(std::string_view label_key, bool loose) const;
  // Builds the lookup of by_key; call once `items` is final (the loader and the decoder of the
  // compiled data do). Labels are looked up ~25 times per list item (once per field when the
  // field must be inferred), and most share no first character with any key of the field.
  void index_keys();

 private:
  struct KeyRef {
    uint32_t item, key;  // items[item].keys[key]
  };
  // Keys by their first code point, in the order of items and keys (a tie goes to the first).
  std::vector<std::pair<char32_t, std::vector<KeyRef>>> keys_by_first_;
};

struct ItemCatalog {
  std::string title;                 // 主要な製品・技術等
  std::string this_round_label;      // 今回検討を行う製品・技術等
  int this_round_count = 0;          // declared canonical count (34); 0 when not given
  std::vector<std::string> this_round_phrases;  // normalized (NFKC)
  std::vector<ItemField> fields;

  // The catalog of every [items] section in `canon.documents`; later files replace fields of the
  // same name, so a user file can override the built-in data.
  static ItemCatalog from(const CanonData& canon);
  const ItemField* field(std::string_view name) const;  // by canonical field name (any spelling item_key accepts)
  bool empty() const { return fields.empty(); }
};

// The comparison key of an item name: NFKC, without white space (PDF extraction breaks names
// across lines: 「フィジカル・インテリジェント・ システム」).
std::string item_key(std::string_view text);

}  // namespace kosei
