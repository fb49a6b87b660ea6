#pragma once
// Small helpers shared by the field-* checks.
#include <string>

#include "app/document.h"

namespace kosei {

std::string circled(int number);  // 13 → "⑬"; numbers past ㊿ as "(51)"
// The member a mention denotes in `list`, or nullptr.
const CanonMember* member_in_list(const FieldMention& mention, const CanonData& canon, size_t list);
std::string written_text(const Document& document, Span span);
// The span of the circled character of a marker (without a sub-number such as -1).
Span circled_span(const Document& document, const Marker& marker);
// Index of the enumeration holding mention `index`, or -1.
long enumeration_of(const Document& document, size_t index);

}  // namespace kosei
