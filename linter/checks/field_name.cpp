// field-name: a canonical list member written in a non-canonical way (near-miss, variant kanji,
// wrong separator).
#include "checks/check.h"
#include "checks/field_support.h"

namespace kosei {
namespace {

void run(const CheckContext& context, Reporter& reporter) {
  const Document& document = context.document;
  const CanonData& canon = context.knowledge.canon;
  for (size_t i = 0; i < document.field_mentions.size(); ++i) {
    const FieldMention& mention = document.field_mentions[i];
    if (mention.exact || mention.refs.empty()) continue;
    // Name the list the way the reader meets it: the enumeration's list, else the primary one.
    MemberRef ref = mention.refs.front();
    long group = enumeration_of(document, i);
    for (const MemberRef& candidate : mention.refs) {
      if (group >= 0 ? candidate.list == document.enumerations[group].list : canon.lists[candidate.list].primary) {
        ref = candidate;
        break;
      }
    }
    const CanonList& list = canon.lists[ref.list];
    const CanonMember& member = list.members[ref.member];
    std::string written = written_text(document, mention.span);
    Diagnostic& diagnostic = reporter.report(
        mention.span, list.member_noun + "名は「" + member.name + "」です（本文: " + written + "）",
        Fix{mention.span, member.name});
    diagnostic.canon = member.name;
  }
}

const Check kFieldName{
    "field-name",
    Severity::warning,
    {
        "戦略分野などの名前が正本の表記と異なる（誤字・異体字・区切りの違い）",
        "正本データの名前（と別名）に一致しないが、編集距離が小さい（5〜9字で1字、10字以上で2字まで）表記を探します。"
        "「・」や括弧を含む名前と8字以上の名前が対象で、語の途中から始まる・語の途中で終わる候補と、"
        "名前にない英字を含む候補（サイバーセキュリWG のように途中で切れた会議名）は除きます。"
        "照合はNFKC正規化した形（全角・半角、（）と()の違いを無視）で行い、報告は原文の位置で行います。",
        "同じ分野が文書ごとに違う名前で書かれると、検索・集計・突合ができなくなります。",
        "誤: マテリアル（重要鉱物・部材）\n正: マテリアル（重要鉱物・部素材）\n\n誤: 防災・国土強靭化\n正: 防災・国土強靱化",
        "正本データの aliases に書いた表記は正しいものとして扱います。",
        "正本の名前に置き換えます（安全: 原文の範囲だけを置き換えます）。",
    },
    &run,
};
KOSEI_REGISTER_CHECK(kFieldName);

}  // namespace
}  // namespace kosei
