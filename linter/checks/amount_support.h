#pragma once
// Helpers shared by the amount rules (amount-canon, amount-sum, amount-conflict).
#include <optional>
#include <string>

#include "app/document.h"

namespace kosei {

// 2026 → "令和8年度" (元年 for the first year); western "2019年度" before 明治 or for 0 → "".
std::string fiscal_year_name(int fiscal_year);
// "ARIMの令和8年度予算額" / "AI・半導体WGの有識者数" — what a labelled mention is about.
std::string describe(const AmountMention& mention, const Knowledge& knowledge);
// `base` (in base units: 円, 名) in the multiplier of `like` at least at `scale` digits:
// 18120000000 with like 181億円 → "181.2億円".
std::string format_like(const Decimal& base, const Quantity& like, int scale);
// An interval of base units shown in the multiplier of `like`: "[180.5, 181.5]億円".
std::string interval_like(const Interval& interval, const Quantity& like);
// The key under which the same figure is recognised twice (subject, fiscal year, kind, unit), or
// nullopt for a figure that is not about a known subject.
std::optional<std::string> figure_key(const AmountMention& mention, const Knowledge& knowledge);
// Two statements of one figure disagree: different values at the same precision, or intervals
// (precision, 約, 超) that do not overlap (181億円 and 181.2億円 agree).
bool statements_differ(const Quantity& a, const Quantity& b);

}  // namespace kosei
