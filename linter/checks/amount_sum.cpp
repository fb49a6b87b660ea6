// amount-sum: parts that do not add up to their stated total, beyond what rounding explains
// (interval arithmetic as in XBRL Calculations 1.1).
#include <stdexcept>

#include "checks/amount_support.h"
#include "checks/check.h"

namespace kosei {
namespace {

// A count of people or things (7名, 26件): an exact integer, not a rounded figure.
bool is_count(const Quantity& q) {
  static const char* const kMeasures[] = {"円", "ドル", "ユーロ", "元", "ウォン", "ポンド", "%", "倍", "割"};
  for (const char* measure : kMeasures) {
    if (q.unit == measure) return false;
  }
  return q.qualifier == Qualifier::exact && !q.is_range() && q.power_of_ten == 0 && q.value.scale == 0;
}

Interval admitted(const Quantity& q) {
  if (is_count(q)) return Interval{q.value, q.value};
  return q.interval();
}

void run(const CheckContext& context, Reporter& reporter) {
  const Document& document = context.document;
  const DocumentAmounts& amounts = document.amounts;
  for (const AmountSum& sum : amounts.sums) {
    const AmountMention& total = amounts.amounts[sum.total];
    try {
      std::optional<Interval> parts;
      Decimal exact;
      int scale = 0;
      size_t count = 0;
      for (size_t index : sum.parts) {
        const Quantity& part = amounts.amounts[index].quantity;
        if (part.unit != total.quantity.unit) continue;
        Interval interval = admitted(part);
        parts = parts ? *parts + interval : interval;
        exact = exact + part.base_value();
        scale = std::max(scale, part.value.scale + part.power_of_ten - total.quantity.power_of_ten);
        ++count;
      }
      if (!parts || count < 2) continue;
      Interval stated = admitted(total.quantity);
      if (overlaps(*parts, stated)) continue;
      const std::string written =
          document.text().substr(total.quantity.begin, total.quantity.end - total.quantity.begin);
      std::string what = sum.shape == AmountSum::Shape::experts ? "有識者数の内訳" : "内訳";
      std::string message = what + "（" + std::to_string(count) + "件）の合計は" +
                            format_like(exact, total.quantity, std::max(scale, 0)) + "で、「" + written + "」と";
      if (is_count(total.quantity)) {
        message += "合いません";
      } else {
        message += "端数処理で説明できる範囲を超えて合いません（内訳の範囲 " + interval_like(*parts, total.quantity) +
                   "、合計の範囲 " + interval_like(stated, total.quantity) + "）";
      }
      if (amounts.rounding_note) message += "。「四捨五入のため合計と一致しない」旨の注記で説明できる差ではありません";
      Diagnostic& d = reporter.report(total.span(), std::move(message));
      const AmountMention& first = amounts.amounts[sum.parts.front()];
      d.related.push_back(Related{"", first.span(), "内訳の最初の数値"});
    } catch (const std::overflow_error&) {
      continue;
    }
  }
}

const Check kAmountSum{
    "amount-sum",
    Severity::error,
    {
        "内訳の合計が、端数処理では説明できないほど合計額と合わない",
        "表の「合計」行・列と各行の数値、予算資料の見出しの合計額（令和8年度予算額（案） 181億円）と続く事業ごとの額"
        "（21.9億円（21.9億円）［10.1億円］を当初・前年度・補正の列ごとに）、"
        "「有識者は合計190名」と前後の作業部会ごとの「有識者 N名」を照合します。"
        "XBRL Calculations 1.1 と同じ区間演算で、書かれた数値は最後の桁の±半単位を表すとみなし"
        "（181億円 = [180.5, 181.5]、21.9億円 = [21.85, 21.95]）、内訳の区間の和と合計の区間が重ならないときだけ報告します。"
        "「約」「程度」は区間を±5%広げ、「超」「以上」は上限を開きます。人数・件数（7名、26件）は端数のない整数として扱います。"
        "このため 181.2億円（内訳の和）と 181億円（合計）は報告せず、175.0億円と181億円は報告します。"
        "「四捨五入のため合計と一致しない場合がある」の注記は、この区間演算が許す差（端数処理による差）を述べたものとして扱います。",
        "合計と内訳の食い違いは、どこかの数値の転記誤りを示します。端数処理による見かけの差を報告しないことで、"
        "本当の誤りだけが残ります。",
        "誤: 令和8年度予算額（案） 181億円 の内訳が 21.9 + 13.9 + 28.9 + 8.2 + 102.3 = 175.2億円\n"
        "正: 内訳が 21.9 + 13.9 + 34.9 + 8.2 + 102.3 = 181.2億円（181億円と端数処理の範囲で一致）",
        "",
        "",
    },
    &run,
};
KOSEI_REGISTER_CHECK(kAmountSum);

}  // namespace
}  // namespace kosei
