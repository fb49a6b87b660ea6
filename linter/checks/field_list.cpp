// field-list: an enumeration of a canonical list that misses, adds, repeats or reorders members.
#include <algorithm>
#include <set>

#include "checks/check.h"
#include "checks/field_support.h"

namespace kosei {
namespace {

// Whether the mention's number is the marker of a list item marked 「再掲」 (listed again on purpose).
bool restated(const Document& document, const FieldMention& mention) {
  const long item = document.lists.item_at(mention.number->begin);
  return item >= 0 && document.lists.items[static_cast<size_t>(item)].restated;
}

void run(const CheckContext& context, Reporter& reporter) {
  const Document& document = context.document;
  const CanonData& canon = context.knowledge.canon;
  for (const Enumeration& enumeration : document.enumerations) {
    if (!enumeration.confirmed || enumeration.members.size() < 2) continue;
    const CanonList& list = canon.lists[enumeration.list];
    std::set<int> present;
    int min_written = 1 << 20, max_written = 0;
    const CanonMember* previous = nullptr;
    for (size_t index : enumeration.members) {
      const FieldMention& mention = document.field_mentions[index];
      const int written = mention.number->number;
      min_written = std::min(min_written, written);
      max_written = std::max(max_written, written);
      const CanonMember* member = member_in_list(mention, canon, enumeration.list);
      if (!member) {
        std::string other;
        if (!mention.refs.empty()) other = "（" + canon.lists[mention.refs.front().list].member_noun + "の名前です）";
        reporter.report(mention.span, "「" + written_text(document, mention.span) + "」は" + list.title +
                                          "の一覧にない名前です" + other);
        continue;
      }
      if (!present.insert(member->number).second) {
        if (!restated(document, mention)) reporter.report(mention.span, "「" + member->name + "」がこの列挙に2回あります");
        continue;
      }
      // Reordering: both numbers are right, but the members come in the wrong order.
      if (previous && member->number < previous->number && written == member->number) {
        reporter.report(mention.span, "「" + member->name + "」（" + circled(member->number) + "）は「" +
                                          previous->name + "」（" + circled(previous->number) + "）より前に置きます");
      }
      previous = member;
    }
    // Missing members, only when the enumeration means to be the whole list: it starts at ① and
    // reaches the last number or holds nearly every member.
    const int size = static_cast<int>(list.members.size());
    bool whole_list = min_written == 1 && (max_written >= list.members.back().number ||
                                           static_cast<int>(present.size()) >= size - 3);
    if (!whole_list) continue;
    for (const CanonMember& member : list.members) {
      if (present.count(member.number)) continue;
      // Point at the member that follows the gap (or the last one).
      const FieldMention* anchor = &document.field_mentions[enumeration.members.back()];
      for (size_t index : enumeration.members) {
        const CanonMember* other = member_in_list(document.field_mentions[index], canon, enumeration.list);
        if (other && other->number > member.number) {
          anchor = &document.field_mentions[index];
          break;
        }
      }
      reporter.report(anchor->span, list.title + "の" + circled(member.number) + "「" + member.name +
                                        "」がこの列挙にありません");
    }
  }
}

const Check kFieldList{
    "field-list",
    Severity::error,
    {
        "正本リストの列挙で、項目の欠落・追加・重複・順序違いがある",
        "丸数字つきの列挙（① AI・半導体 … ⑰ 海洋）を正本リストと突き合わせます。列挙がどのリストのものかは構成員の一致数、"
        "番号の一致数、直前の見出しや本文の語（戦略分野／技術領域／課題）で判定します。①から始まりリストの最後まで届く"
        "（またはほぼ全員がそろう）列挙だけを「全体の列挙」とみなして欠落を報告し、一部の引用には欠落を報告しません。"
        "「（再掲）」と書いて再び挙げた項目は重複として報告しません。表やキャプション（「重点技術領域ごとの検討体制」）で"
        "区切られた列挙は、番号が続いていても別の列挙として扱います。",
        "17分野の一覧から1分野が抜ける、別リストの名前が混じる、といった誤りは、番号だけ見ても気づけません。",
        "誤: ① AI・半導体 ② 造船 ③ 量子 ④ 航空 …（「航空」は第7期基本計画の重点技術領域の名前）\n"
        "正: ① AI・半導体 ② 造船 ③ 量子 ④ 合成生物学・バイオ ⑤ 航空・宇宙 …",
        "正本データの members が列挙の基準です。",
        "",
    },
    &run,
};
KOSEI_REGISTER_CHECK(kFieldList);

}  // namespace
}  // namespace kosei
