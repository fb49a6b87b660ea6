#include "checks/list_support.h"

#include <algorithm>

#include "text/utf8.h"

namespace kosei {
namespace {

bool uses_full_width(std::string_view like) {
  return like.find("０") != std::string_view::npos || like.find("１") != std::string_view::npos ||
         like.find("２") != std::string_view::npos || like.find("３") != std::string_view::npos ||
         like.find("４") != std::string_view::npos || like.find("５") != std::string_view::npos ||
         like.find("６") != std::string_view::npos || like.find("７") != std::string_view::npos ||
         like.find("８") != std::string_view::npos || like.find("９") != std::string_view::npos ||
         like.find("（") != std::string_view::npos || like.find("．") != std::string_view::npos;
}

std::string digits(int number, bool full_width) {
  std::string ascii = std::to_string(number);
  if (!full_width) return ascii;
  std::string out;
  for (char c : ascii) out += to_utf8(U'０' + static_cast<char32_t>(c - '0'));
  return out;
}

constexpr std::u32string_view kGojuon =
    U"アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";

std::string katakana(int number) {
  if (number < 1 || number > static_cast<int>(kGojuon.size())) return std::to_string(number);
  return to_utf8(kGojuon[static_cast<size_t>(number - 1)]);
}

}  // namespace

std::string format_marker(MarkerStyle style, int number, int sub_number, std::string_view like) {
  bool full = uses_full_width(like);
  std::string out;
  switch (style) {
    case MarkerStyle::circled: {
      char32_t cp = circled_number(number);
      out = cp ? to_utf8(cp) : "(" + std::to_string(number) + ")";
      break;
    }
    case MarkerStyle::paren_digit:
      out = full ? "（" + digits(number, true) + "）" : "(" + digits(number, false) + ")";
      break;
    case MarkerStyle::digit_period:
      out = full ? digits(number, true) + "．" : digits(number, false) + ".";
      break;
    case MarkerStyle::katakana:
      out = katakana(number);
      break;
    case MarkerStyle::paren_katakana:
      out = (full ? "（" : "(") + katakana(number) + (full ? "）" : ")");
      break;
  }
  if (sub_number > 0) out += "-" + std::to_string(sub_number);
  return out;
}

std::string marker_text(const Document& document, const Marker& marker) {
  return document.text().substr(marker.begin, marker.end - marker.begin);
}

bool numbered_by_canon(const Document& document, const Knowledge& knowledge, const ListItem& item) {
  // The mention cited with this marker starts just after it (① AI・半導体) or just before it (量子（④）).
  const std::vector<FieldMention>& mentions = document.field_mentions;
  auto it = std::lower_bound(mentions.begin(), mentions.end(), item.marker.begin,
                             [](const FieldMention& mention, size_t offset) { return mention.span.begin < offset; });
  size_t from = static_cast<size_t>(it - mentions.begin());
  for (size_t k = from >= 2 ? from - 2 : 0; k < mentions.size() && k < from + 2; ++k) {
    const FieldMention& mention = mentions[k];
    if (mention.exact && mention.number && mention.number->begin == item.marker.begin) return true;
  }
  for (const ItemField& field : knowledge.items.fields) {
    if (field.by_key(item.key, false)) return true;
  }
  return false;
}

bool declares_excerpt(const Document& document) {
  const std::string& text = document.match.text;
  return text.find("抜粋") != std::string::npos || text.find("(略)") != std::string::npos;
}

}  // namespace kosei
