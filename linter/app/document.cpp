#include "app/document.h"

namespace kosei {

Document::Document(std::string display_path, DecodedText decoded_text, const Knowledge& knowledge)
    : path(std::move(display_path)), decoded(std::move(decoded_text)) {
  map = SourceMap(decoded.text);
  structure = read_structure(decoded.text, map);
  match = normalize_for_matching(decoded.text, structure.masked);
  lists = read_lists(decoded.text, structure, match);
  field_mentions = knowledge.fields.find(decoded.text, match, structure, map);
  enumerations = find_enumerations(field_mentions, structure, knowledge.canon, match, map);
  enumeration_of_mention.assign(field_mentions.size(), -1);
  for (size_t g = enumerations.size(); g-- > 0;) {
    for (size_t member : enumerations[g].members) enumeration_of_mention[member] = static_cast<long>(g);
  }
  amounts = find_amounts(decoded.text, map, structure, field_mentions, knowledge.canon, knowledge.figures);
}

}  // namespace kosei
