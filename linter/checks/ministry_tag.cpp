// ministry-tag: ministry tags 【文】【科技、文、経】 checked against the abbreviation table of
// rules/ministry_tags.toml; an unknown part gets the nearest known abbreviation as suggestion.
// Which 【…】 are tags (and which are headings such as ④【金融】 or 【目標】): see that file.
#include <algorithm>
#include <stdexcept>

#include "chardata/chardata.h"
#include "chars/prose_chars.h"
#include "checks/check.h"
#include "text/utf8.h"

namespace kosei {
namespace {

const chardata::MinistryTags& tags() {
  static const chardata::MinistryTags loaded = [] {
    auto result = chardata::load_ministry_tags();
    if (!result) throw std::runtime_error("rules/ministry_tags.toml: " + result.error);
    return std::move(*result.value);
  }();
  return loaded;
}

bool is_part_char(char32_t c) {
  return is_kanji(c) || is_hiragana(c) || (is_katakana(c) && c != U'・') || (c >= 'A' && c <= 'Z') ||
         (c >= 'a' && c <= 'z');
}

size_t edit_distance(const std::u32string& a, const std::u32string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

// The nearest known abbreviation: smallest edit distance; on a tie, one whose characters all occur
// in the part (厚労 → 厚), then the table's order.
std::string nearest(const std::string& part) {
  const std::u32string wanted = to_u32(part);
  std::string best;
  size_t best_score = SIZE_MAX;
  for (const chardata::MinistryTag& tag : tags().tags) {
    const std::u32string abbr = to_u32(tag.abbr);
    size_t score = edit_distance(wanted, abbr) * 2;
    bool contained = std::all_of(abbr.begin(), abbr.end(), [&](char32_t c) { return wanted.find(c) != std::u32string::npos; });
    if (!contained) score += 1;
    if (score < best_score) {
      best_score = score;
      best = tag.abbr;
    }
  }
  return best;
}

// Whether the text before `offset` on its line is empty or only an outline marker (①, ・, -, (1)).
// 【…】 right after a circled number is the label of an enumeration item, wherever it is on the
// line: ①【新技術立国・競争力強化】 ②【人材育成】 ③【スタートアップ】 written in one row.
bool after_circled_number(const Document& document, size_t offset) {
  const std::string& text = document.text();
  size_t pos = offset;
  while (pos > 0) {
    const char32_t c = previous_code_point(text, pos);
    if (c == ' ' || c == '\t' || c == U'　') continue;
    return circled_number_value(c) > 0;
  }
  return false;
}

// 【人材育成】: the name of a member of a canonical list (a cross-cutting issue, a field) is a
// label, not a ministry tag.
bool names_canonical_member(const Document& document, Span content) {
  const std::vector<FieldMention>& mentions = document.field_mentions;
  auto it = std::lower_bound(mentions.begin(), mentions.end(), content.begin,
                             [](const FieldMention& m, size_t begin) { return m.span.begin < begin; });
  for (; it != mentions.end() && it->span.begin < content.end; ++it) {
    if (it->exact && it->span.end <= content.end) return true;
  }
  return false;
}

bool starts_line(const Document& document, size_t offset) {
  const std::string& text = document.text();
  size_t pos = document.map.line_begin(document.map.line_index_of(offset));
  while (pos < offset) {
    char32_t c = next_code_point(text, pos);
    if (c == ' ' || c == '\t' || c == U'　') continue;
    if (!(circled_number_value(c) > 0 || c == U'・' || c == '-' || c == U'－' || c == '(' || c == ')' ||
          c == U'（' || c == U'）' || (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19) || c == '.' ||
          c == U'．' || c == U'■' || c == U'◆' || c == U'○' || c == U'●')) {
      return false;  // text before it: the answer, without reading the rest of a long line again
    }
  }
  return true;
}

void run(const CheckContext& context, Reporter& reporter) {
  const Document& document = context.document;
  const ProseChars& prose = prose_chars(document);
  const std::string& joined = prose.joined;
  const chardata::MinistryTags& table = tags();
  static const std::string kOpen = "【", kClose = "】";
  for (size_t open = find_three_byte_character(joined, kOpen); open != std::string::npos;
       open = find_three_byte_character(joined, kOpen, open + kOpen.size())) {
    const size_t content_begin = open + kOpen.size();
    // The closing 】 within max_tag_length characters, no 【 in between.
    size_t pos = content_begin, characters = 0, close = std::string::npos;
    while (pos < joined.size() && characters <= static_cast<size_t>(table.max_tag_length)) {
      if (joined.compare(pos, kClose.size(), kClose) == 0) {
        close = pos;
        break;
      }
      if (joined.compare(pos, kOpen.size(), kOpen) == 0) break;
      next_code_point(joined, pos);
      ++characters;
    }
    if (close == std::string::npos) continue;
    // Parts: split at separators, spaces removed; byte ranges kept for reporting.
    struct Part {
      std::string text;
      size_t begin, end;
    };
    std::vector<Part> parts(1, Part{"", content_begin, content_begin});
    bool valid = true;
    for (size_t p = content_begin; p < close && valid;) {
      size_t start = p;
      char32_t c = next_code_point(joined, p);
      std::string piece = joined.substr(start, p - start);
      if (std::find(table.separators.begin(), table.separators.end(), piece) != table.separators.end()) {
        parts.push_back(Part{"", p, p});
        continue;
      }
      if (c == ' ' || c == '\t') continue;
      if (!is_part_char(c)) valid = false;
      if (parts.back().text.empty()) parts.back().begin = start;
      parts.back().text += piece;
      parts.back().end = p;
    }
    if (!valid) continue;
    bool known_single = false;
    for (const Part& part : parts) {
      const size_t length = count_code_points(part.text, 0, part.text.size());
      if (length == 0 || length > static_cast<size_t>(table.max_part_length)) valid = false;
      if (std::find(table.not_tags.begin(), table.not_tags.end(), part.text) != table.not_tags.end()) valid = false;
    }
    if (!valid) continue;
    if (parts.size() == 1) {
      known_single = table.find(parts[0].text) != nullptr;
      const size_t source_open = prose.joined_to_source[open];
      if (!known_single && (starts_line(document, source_open) ||  // a heading: ④【金融】, 【中】
                            after_circled_number(document, source_open) ||
                            names_canonical_member(document, prose.source_span(document, parts[0].begin, parts[0].end)))) {
        continue;
      }
    }
    for (const Part& part : parts) {
      const Span span = prose.source_span(document, part.begin, part.end);
      const chardata::MinistryTag* tag = table.find(part.text);
      if (tag && tag->abolished) {
        Diagnostic& d = reporter.report(span, "府省略称「" + part.text + "」（" + (tag->names.empty() ? "" : tag->names[0]) +
                                                  "）は廃止された組織です");
        d.severity = Severity::info;
        continue;
      }
      if (tag) continue;
      const std::string suggestion = nearest(part.text);
      const chardata::MinistryTag* suggested = table.find(suggestion);
      std::string message = "府省略称「" + part.text + "」は略称の一覧にありません";
      if (suggested) {
        message += "。「" + suggestion + "」（" + (suggested->names.empty() ? "" : suggested->names[0]) + "）ではありませんか";
      }
      Diagnostic& d = reporter.report(span, message);
      d.canon = suggestion;
    }
  }
}

const Check kMinistryTag{
    "ministry-tag",
    Severity::warning,
    {
        "府省の略称タグ【…】が略称の一覧にない（【厚労】→【厚】）",
        "項目の後に付ける府省の略称タグ（【文】【経】、組み合わせ【科技、文、経】）を rules/ministry_tags.toml の"
        "一覧（第6期基本計画フォローアップ末尾の略称表と domain.md）と照合し、一覧にない略称には最も近い略称を示します。"
        "改行をまたぐタグ（【農、関係府\\n\\n省】）も一つのタグとして読み、全角英字は半角にそろえて比べます。"
        "【出典】【目標】のような見出しや、数字・「・」などを含む【…】はタグとして扱いません。行頭（①【金融】 など"
        "番号の直後を含む）にある一覧にない単独の【…】は見出しとみなします。行の途中でも丸数字の直後（②【人材育成】 "
        "③【スタートアップ】 と並ぶ列挙）や、正本リストの名前そのもの（【人材育成】）は項目名であり、タグではありません。"
        "廃止された組織の略称は info で報告します。",
        "略称の誤りや独自の略称は担当府省の集計・照会を誤らせ、どの府省の取組かを読み手が特定できなくなります。",
        "誤: …を推進。【厚労、文】\n正: …を推進。【厚、文】",
        "[rules] ministry-tag = \"off\" で無効化できます。略称の一覧は rules/ministry_tags.toml（aliases で別表記を許可）。",
        "",
    },
    &run,
};
KOSEI_REGISTER_CHECK(kMinistryTag);

}  // namespace
}  // namespace kosei
