#pragma once
// Canonical list 4: the items (主要な製品・技術等) of each strategic field, read from the [items]
// section of canonical data files (rules/canon/items.toml; users add files with --canon). The
// section is registered with the canonical loader, which validates it with file:line errors.
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
