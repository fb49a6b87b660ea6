#include "checks/field_support.h"

#include "text/utf8.h"

namespace kosei {

std::string circled(int number) {
  char32_t cp = circled_number(number);
  if (cp) return to_utf8(cp);
  std::string out = "(";
  out.append(std::to_string(number)).append(")");
  return out;
}

const CanonMember* member_in_list(const FieldMention& mention, const CanonData& canon, size_t list) {
  for (const MemberRef& ref : mention.refs) {
    if (ref.list == list) return &canon.lists[list].members[ref.member];
  }
  return nullptr;
}

std::string written_text(const Document& document, Span span) {
  return document.text().substr(span.begin, span.end - span.begin);
}

Span circled_span(const Document& document, const Marker& marker) {
  size_t end = marker.begin;
  next_code_point(document.text(), end);
  return Span{marker.begin, end};
}

long enumeration_of(const Document& document, size_t index) { return document.enumeration_of_mention[index]; }

}  // namespace kosei
