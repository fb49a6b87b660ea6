// list-numbering: a numbered sequence with a gap, a repeat, a wrong order or a marker style that
// changes within one level of one list (①②④, （１）（２）（２）, ⑥ then ⑤, ① ② then (3)).
#include "checks/check.h"
#include "checks/list_support.h"

namespace kosei {
namespace {

void run(const CheckContext& context, Reporter& reporter) {
  const Document& document = context.document;
  const Lists& lists = document.lists;
  const bool excerpt = declares_excerpt(document);
  // A column of a table that repeats a number on several rows groups the rows (「3. …」 on every row
  // quoting section 3 of a plan); its numbers are labels, not a sequence.
  std::vector<bool> grouping(lists.lists.size(), false);
  for (const ListItem& item : lists.items) {
    if (item.list >= 0 && item.in_table && item.issue == NumberingIssue::repeat) grouping[item.list] = true;
  }
  for (size_t list_index = 0; list_index < lists.lists.size(); ++list_index) {
   if (grouping[list_index]) continue;
   const ItemList& list = lists.lists[list_index];
   for (size_t k = 1; k < list.items.size(); ++k) {
    const ListItem& item = lists.items[list.items[k]];
    if (item.issue == NumberingIssue::none) continue;
    const ListItem* previous = &lists.items[list.items[k - 1]];
    // ③ ⑤ ④: the skipped number comes later — reported there, once, as the order.
    bool filled_later = false;
    if (item.issue == NumberingIssue::gap || item.issue == NumberingIssue::sub_gap) {
      for (size_t later = k + 1; later < list.items.size() && later <= k + 2 && !filled_later; ++later) {
        const Marker& marker = lists.items[list.items[later]].marker;
        filled_later = marker.number == item.expected && marker.sub_number == item.expected_sub;
      }
    }
    const std::string written = marker_text(document, item.marker);
    const std::string before = previous ? marker_text(document, previous->marker) : "";
    const Span span{item.marker.begin, item.marker.end};
    switch (item.issue) {
      case NumberingIssue::gap:
      case NumberingIssue::sub_gap: {
        // Excerpts skip numbers on purpose; a number taken from a canonical list is not a position.
        if (excerpt || filled_later || numbered_by_canon(document, context.knowledge, item)) break;
        const std::string missing = format_marker(list.style, item.expected, item.expected_sub, written);
        reporter.report(span, "番号が「" + before + "」から「" + written + "」に飛んでいます（「" + missing +
                                  "」がありません）");
        break;
      }
      case NumberingIssue::repeat:
        // A table column repeats a group number on every row of the group; 「③ 量子WG（再掲）」
        // repeats an item on purpose.
        if ((item.in_table && previous && previous->in_table) || item.restated) break;
        reporter.report(span, "番号「" + written + "」が続けて使われています（次は「" +
                                  format_marker(list.style, item.expected, 0, written) + "」のはずです）");
        break;
      case NumberingIssue::order:
        if (numbered_by_canon(document, context.knowledge, item)) break;
        if (previous && numbered_by_canon(document, context.knowledge, *previous)) break;
        reporter.report(span, "「" + written + "」が「" + before + "」の後にあります（番号の順序が逆です）");
        break;
      case NumberingIssue::mixed_style: {
        const std::string expected = format_marker(list.style, item.marker.number, 0, before);
        Diagnostic& diagnostic = reporter.report(
            span, "「" + before + "」に続く項目が「" + written + "」と別の書式になっています（「" + expected + "」）",
            Fix{span, expected});
        diagnostic.canon = expected;
        break;
      }
      case NumberingIssue::none:
        break;
    }
   }
  }
}

const Check kListNumbering{
    "list-numbering",
    Severity::warning,
    {
        "番号付きリストの同じ階層で、番号の飛び・重複・順序の逆転・書式の混在がある",
        "文書の番号（１．→（１）→①→ア→（ア）、④-1／④-2 の枝番）を階層ごとのリストに組み立て、同じリストの中で"
        "番号が飛ぶ（①②④）、同じ番号が続く（（２）（２））、小さい番号が後に来る（⑥の後に⑤）、途中で別の書式の"
        "番号に変わる（①②の次が(3)）箇所を報告します。1行に並んだ項目（①植物工場　②陸上養殖）、表のセル内のリスト、"
        "PDF抽出で改行された項目も同じように扱います。抜粋（３．から始まる）、見出しや上位の項目の後に①から"
        "数え直すリスト、正本リストの番号をそのまま引用した項目（⑧の後の「⑬マテリアル」）、表の列で繰り返される"
        "区分番号、「（再掲）」と書いて同じ番号で再び挙げた項目、「抜粋」「（略）」と明記した文書の番号の飛びは"
        "報告しません。戦略分野や主要な製品・技術等を"
        "名前で挙げた項目の番号は、正本と照合する field-number／item-number が扱います。",
        "項目の追加・削除・移動のあとに番号を振り直し忘れると、本文中の「③のとおり」といった参照が別の項目を"
        "指してしまいます。",
        "誤: ① 植物工場　② 陸上養殖　④ 食品機械\n正: ① 植物工場　② 陸上養殖　③ 食品機械\n\n"
        "誤: （１）現状　（２）目標　（２）課題\n正: （１）現状　（２）目標　（３）課題\n\n"
        "誤: ① 現状　② 目標　(3) 課題\n正: ① 現状　② 目標　③ 課題",
        "重大度は kosei.toml の [rules] で変更できます。",
        "書式の混在だけは、リストの書式の番号に置き換える修正を示します（番号そのものは変えません）。"
        "飛び・重複・逆転は、どの項目を直すべきか文脈によるため自動修正しません。",
    },
    &run,
};
KOSEI_REGISTER_CHECK(kListNumbering);

}  // namespace
}  // namespace kosei
