// item-number: an item (主要な製品・技術等) cited under a number that is not its canonical one
// (「防衛産業分野の③艦艇」: it is ②), an item list that disagrees with the canonical numbering, and a
// cross-reference 「（マテリアル（重要鉱物・部素材）③と同じ）」 whose target is another item.
#include <algorithm>

#include "checks/check.h"
#include "checks/field_support.h"
#include "checks/list_support.h"
#include "items/items.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace kosei {
namespace {

bool is_space(char32_t cp) { return cp == ' ' || cp == '\t' || cp == U'\u3000'; }

// The key of the text from `begin` to `end` (prose only).
std::string key_of(const Document& document, size_t begin, size_t end) {
  return compact_key(document.match.view_of(begin, end));
}

// The field mention written right before a circled marker (「GX③」「バイオ ②」), or null.
// Index of the first mention starting at or after `offset` (mentions are in text order).
size_t mentions_from(const Document& document, size_t offset) {
  const std::vector<FieldMention>& mentions = document.field_mentions;
  return static_cast<size_t>(
      std::lower_bound(mentions.begin(), mentions.end(), offset,
                       [](const FieldMention& mention, size_t value) { return mention.span.begin < value; }) -
      mentions.begin());
}

const FieldMention* mention_before(const Document& document, size_t marker_begin) {
  const size_t end = mentions_from(document, marker_begin);
  for (size_t k = end >= 3 ? end - 3 : 0; k < end; ++k) {
    const FieldMention& mention = document.field_mentions[k];
    if (!mention.exact || mention.span.end > marker_begin) continue;
    size_t pos = mention.span.end;
    bool adjacent = true;
    while (pos < marker_begin) {
      char32_t cp = next_code_point(document.text(), pos);
      if (!is_space(cp)) {
        adjacent = false;
        break;
      }
    }
    if (adjacent) return &mention;
  }
  return nullptr;
}

bool followed_by_same(const Document& document, size_t end) {
  std::string_view rest = std::string_view(document.text()).substr(end, 12);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  return rest.substr(0, 9) == "と同じ";
}

std::string field_name(const Knowledge& knowledge, const FieldMention& mention) {
  for (const MemberRef& ref : mention.refs) {
    const CanonList& list = knowledge.canon.lists[ref.list];
    if (list.primary) return list.members[ref.member].name;
  }
  return knowledge.canon.lists[mention.refs.front().list].members[mention.refs.front().member].name;
}

// The field a numbered item belongs to: the last field named before it on its line (or on the line
// where its list starts) that is not itself the target of a cross-reference 「GX③と同じ」.
constexpr size_t kMentionsLookedBack = 64;

const ItemField* field_of(const CheckContext& context, size_t line, size_t before) {
  const Document& document = context.document;
  size_t k = mentions_from(document, before);
  for (size_t steps = 0; k-- > 0 && steps < kMentionsLookedBack; ++steps) {
    const FieldMention& mention = document.field_mentions[k];
    if (mention.line != line) break;
    if (!mention.exact || mention.span.end > before || (mention.number && mention.number_after)) continue;
    if (const ItemField* field = context.knowledge.items.field(field_name(context.knowledge, mention))) return field;
  }
  return nullptr;
}

void report_number(const CheckContext& context, Reporter& reporter, const Marker& marker, const ItemField& field,
                   const CanonItem& item, const std::string& written_name) {
  Span span = circled_span(context.document, marker);
  Diagnostic& diagnostic = reporter.report(
      span,
      "「" + written_name + "」は" + field.field + "の" + context.knowledge.items.title + "の" + circled(item.number) +
          "です（本文: " + circled(marker.number) + "）",
      Fix{span, circled(item.number)});
  diagnostic.canon = circled(item.number);
}

void run(const CheckContext& context, Reporter& reporter) {
  const Document& document = context.document;
  const ItemCatalog& catalog = context.knowledge.items;
  if (catalog.empty()) return;
  const Lists& lists = document.lists;
  std::vector<const ItemField*> inferred(lists.lists.size(), nullptr);  // per list, computed once
  std::vector<bool> inferred_done(lists.lists.size(), false);
  for (size_t index = 0; index < document.structure.lines.size(); ++index) {
    const Line& line = document.structure.lines[index];
    for (size_t m = 0; m < line.markers.size(); ++m) {
      const Marker& marker = line.markers[m];
      if (marker.style != MarkerStyle::circled || !document.structure.is_prose(marker.begin)) continue;
      // 1. A cross-reference 「（資源・エネルギー安全保障・GX③と同じ）」.
      if (const FieldMention* target = mention_before(document, marker.begin);
          target && followed_by_same(document, marker.end)) {
        const ItemField* target_field = catalog.field(field_name(context.knowledge, *target));
        if (!target_field) continue;
        // The item that carries the reference: the last list item before it on the line.
        auto after = std::lower_bound(
            lists.items.begin(), lists.items.end(), target->span.begin,
            [](const ListItem& item, size_t offset) { return item.marker.begin < offset; });
        if (after == lists.items.begin() || std::prev(after)->line != index) continue;
        const long holder = static_cast<long>(std::prev(after) - lists.items.begin());
        const ListItem& item = lists.items[static_cast<size_t>(holder)];
        const CanonItem* same = target_field->by_key(key_of(document, item.marker.end, target->span.begin), false);
        if (!same) {
          // The label as far as the opening bracket of the reference.
          std::string key = key_of(document, item.marker.end, target->span.begin);
          while (!key.empty() && (key.back() == '(' || key.back() == ' ')) key.pop_back();
          same = target_field->by_key(key, false);
        }
        if (!same || same->number == marker.number) continue;
        Span span = circled_span(document, marker);
        Diagnostic& diagnostic = reporter.report(
            span,
            "参照先の" + target_field->field + "の" + circled(marker.number) + "は「" +
                (target_field->by_number(marker.number) ? target_field->by_number(marker.number)->name : std::string("（なし）")) +
                "」です。「" + same->name + "」は" + circled(same->number) + "です",
            Fix{span, circled(same->number)});
        diagnostic.canon = circled(same->number);
        continue;
      }
      if (is_citation_marker(document.text(), marker.begin, line.content_begin) && !marker.leads_line) continue;
      // 2. A numbered item: its text up to the next marker of the line or the end of its cell.
      size_t end = line.end;
      if (m + 1 < line.markers.size()) end = line.markers[m + 1].begin;
      for (const Span& cell : line.cells) {
        if (marker.begin >= cell.begin && marker.begin < cell.end) end = std::min(end, cell.end);
      }
      long list_item = lists.item_at(marker.begin);
      const ItemField* field = field_of(context, index, marker.begin);
      if (!field && list_item >= 0) {
        const ItemList& list = lists.lists[static_cast<size_t>(lists.items[static_cast<size_t>(list_item)].list)];
        size_t first_line = lists.items[list.items.front()].line;
        field = field_of(context, first_line, lists.items[list.items.front()].marker.begin);
        if (!field && inferred_done[static_cast<size_t>(lists.items[static_cast<size_t>(list_item)].list)]) {
          field = inferred[static_cast<size_t>(lists.items[static_cast<size_t>(list_item)].list)];
        } else if (!field) {
          // An item list without its field's name: the field whose items it names, at least two of
          // them under their canonical numbers (a ranking 「①アニメ、②ゲーム」 names no field).
          const ItemField* best = nullptr;
          int best_hits = 0;
          for (const ItemField& candidate : catalog.fields) {
            int hits = 0;
            for (size_t other : list.items) {
              const ListItem& member = lists.items[other];
              const CanonItem* named = candidate.by_key(member.key, list.in_sentence);
              if (named && named->number == member.marker.number) ++hits;
            }
            if (hits > best_hits) {
              best = &candidate;
              best_hits = hits;
            } else if (hits == best_hits) {
              best = nullptr;
            }
          }
          if (best_hits >= 2) field = best;
          inferred_done[static_cast<size_t>(lists.items[static_cast<size_t>(list_item)].list)] = true;
          inferred[static_cast<size_t>(lists.items[static_cast<size_t>(list_item)].list)] = field;
        }
      }
      if (!field) continue;
      const bool in_sentence =
          list_item < 0 || lists.lists[static_cast<size_t>(lists.items[static_cast<size_t>(list_item)].list)].in_sentence;
      const CanonItem* item = field->by_key(key_of(document, marker.end, end), in_sentence);
      if (!item || item->number == marker.number) continue;
      report_number(context, reporter, marker, *field, *item, item->name);
    }
  }
}

const Check kItemNumber{
    "item-number",
    Severity::error,
    {
        "主要な製品・技術等が正本と異なる番号で書かれている、または「…③と同じ」の参照先が違う",
        "丸数字つきで書かれた主要な製品・技術等（rules/canon/items.toml）の番号を、その分野の正本の番号と照合します。"
        "分野は、同じ行（または同じリストの先頭行）で前に書かれた分野名から決め、分野名がなければリストの項目の"
        "多くが属する分野とします。また「（マテリアル（重要鉱物・部素材）②と同じ）」のような相互参照について、"
        "参照先の番号の項目が、参照元の項目と同じものかを確かめます。分野が決まらない単独の引用は報告しません。",
        "項目の番号は官民投資ロードマップや会議資料で項目を指す名前として使われます。番号がずれると、"
        "別の項目を指してしまいます。",
        "誤: 防衛産業分野の③艦艇\n正: 防衛産業分野の②艦艇\n\n"
        "誤: ③グリーン鉄（マテリアル（重要鉱物・部素材）③と同じ）\n正: ③グリーン鉄（マテリアル（重要鉱物・部素材）②と同じ）",
        "正本データは rules/canon/items.toml の [items]（--canon や kosei.toml の canon で追加・置換できます）。"
        "翌年度の項目はこのファイルに追記するだけで対象になります。",
        "番号を正本の丸数字に置き換えます（安全: 項目名は変えません）。",
    },
    &run,
};
KOSEI_REGISTER_CHECK(kItemNumber);

}  // namespace
}  // namespace kosei
