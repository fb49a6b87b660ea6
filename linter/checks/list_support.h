#pragma once
// Helpers shared by the list rules (list-numbering, duplicate-item, item-number, count-mismatch).
#include <string>

#include "app/document.h"

namespace kosei {

// A marker written in `style` with `number`, using the digit width of `like` (the text of a marker
// of the same list): （３） after （２）, (3) after (2), ③, ３．, ウ, （ウ）.
std::string format_marker(MarkerStyle style, int number, int sub_number, std::string_view like);
std::string marker_text(const Document& document, const Marker& marker);

// Whether the item names a canonical member (a strategic field, …) or a canonical item: its number
// comes from the canonical list, not from its position (「⑬マテリアル（重要鉱物・部素材）」 after ⑧ is a
// citation of field ⑬), and a wrong one is reported by field-number / item-number, not twice.
bool numbered_by_canon(const Document& document, const Knowledge& knowledge, const ListItem& item);

// Whether the document says it quotes only parts of other texts (抜粋, （略）): numbers may skip.
bool declares_excerpt(const Document& document);

struct CheckContext;
class Reporter;
// count-mismatch, general form (checks/list_counts.cpp): declared counts (5項目, 以下の3点, 次の2つ)
// against the list they introduce, and the canonical count of the items presented this time.
void check_list_counts(const CheckContext& context, Reporter& reporter);

}  // namespace kosei
