// amount-canon: a figure attached to a canonical program, fiscal year and kind (figures.toml), or
// an expert count of a working group (the `experts` of the canonical lists), that differs from the
// canonical value.
#include "checks/amount_support.h"
#include "checks/check.h"

namespace kosei {
namespace {

void run(const CheckContext& context, Reporter& reporter) {
  const Document& document = context.document;
  const Knowledge& knowledge = context.knowledge;
  for (const AmountMention& mention : document.amounts.amounts) {
    const std::string written = document.text().substr(mention.quantity.begin, mention.quantity.end - mention.quantity.begin);
    const bool plain_value = mention.quantity.qualifier == Qualifier::exact && !mention.quantity.is_range();
    if (mention.role == FigureRole::experts && mention.member) {
      const CanonMember& member = knowledge.canon.lists[mention.member->list].members[mention.member->member];
      if (member.experts <= 0 || !plain_value || mention.quantity.value.scale != 0 || mention.quantity.power_of_ten != 0) continue;
      if (mention.quantity.value == Decimal::from_int(member.experts)) continue;
      std::string canon = std::to_string(member.experts) + mention.quantity.unit;
      Diagnostic& d = reporter.report(mention.span(), describe(mention, knowledge) + "は正本では" + canon + "です（本文: " + written + "）",
                                      Fix{mention.span(), canon});
      d.canon = canon;
      continue;
    }
    if (mention.canon_figure < 0 || mention.kind == FigureKind::none || mention.fiscal_year == 0) continue;
    const CanonFigure& figure = knowledge.figures.figures[static_cast<size_t>(mention.canon_figure)];
    const CanonFigureValue* value = figure.value_for(mention.fiscal_year, mention.kind);
    if (!value || value->amount.unit != mention.quantity.unit) continue;
    // The canonical figure is itself rounded (181億円 = [180.5, 181.5]): a statement agrees when it
    // has the same value at the same precision, or otherwise when the two intervals overlap
    // (181.2億円, 約22億円 for 21.9億円).
    if (!statements_differ(value->amount, mention.quantity)) continue;
    std::string message = describe(mention, knowledge) + "は正本では" + value->written + "です（本文: " + written + "）";
    Diagnostic& d = plain_value ? reporter.report(mention.span(), std::move(message), Fix{mention.span(), value->written})
                                : reporter.report(mention.span(), std::move(message));
    d.canon = value->written;
  }
}

const Check kAmountCanon{
    "amount-canon",
    Severity::error,
    {
        "予算額などの数値が正本（figures.toml）や有識者数の正本と異なる",
        "予算資料の事業見出し（●マテリアル先端リサーチインフラ（ARIM））の下の `21.9億円（21.9億円）［10.1億円］`"
        "（当初（前年度）［補正］。［］の意味は「※［］内は令和7年度補正予算額」の注記に従う）、"
        "列見出し（令和8年度予算額（案）／前年度予算額／令和7年度補正予算額）の付いた表の行、"
        "見出しの合計額、正本の事業名を含む文の金額を、事業・年度・種別ごとに正本（rules/canon/figures.toml）と照合します。"
        "同じ精度で書かれていれば値の違いを、精度が異なるか「約」が付くときは、書かれた数値が表す範囲"
        "（最後の桁の±半単位、「約」なら±5%の幅）と正本の数値が表す範囲が重ならないときに報告します"
        "（正本21.9億円に対する「約22億円」、正本181億円に対する内訳の単純合計181.2億円は報告しません）。"
        "作業部会の行の「有識者 N名」は、その行の戦略分野・分野横断的課題の正本の人数（experts）と照合します。",
        "予算額の誤記は国会提出資料の誤りに直結します。31.9億円と21.9億円の取り違えは見た目では気づきにくい誤りです。",
        "誤: ●マテリアル先端リサーチインフラ（ARIM）\n    12.9億円（21.9億円）［10.1億円］\n"
        "正: ●マテリアル先端リサーチインフラ（ARIM）\n    21.9億円（21.9億円）［10.1億円］",
        "正本の数値は --canon FILE または kosei.toml の canon で追加・上書きできます（[[figure]]、書式は figures.toml の冒頭）。",
        "書かれた数値を正本の表記（例: 21.9億円）に置き換えます。正本が最新であることを確認してから適用してください。"
        "「約」や範囲の付いた数値には修正案を付けません。",
    },
    &run,
};
KOSEI_REGISTER_CHECK(kAmountCanon);

}  // namespace
}  // namespace kosei
