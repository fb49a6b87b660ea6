#include "checks/amount_support.h"

#include <algorithm>

#include "text/normalize.h"

namespace kosei {
namespace {

const char* multiplier(int power) {
  switch (power) {
    case 12: return "兆";
    case 8: return "億";
    case 4: return "万";
    case 3: return "千";
    default: return "";
  }
}

std::string in_unit(const Decimal& base, const Quantity& like, int scale) {
  Decimal value = base.shifted(-like.power_of_ten).normalized();
  if (value.scale < scale) {
    if (auto rescaled = value.rescaled(scale)) value = *rescaled;
  }
  return value.to_string();
}

}  // namespace

std::string fiscal_year_name(int fiscal_year) {
  if (fiscal_year <= 0) return "";
  auto era = era_of(fiscal_year, 4, 1);
  if (!era) return std::to_string(fiscal_year) + "年度";
  const EraInfo& info = era_info(era->first);
  return std::string(info.name) + (era->second == 1 ? "元" : std::to_string(era->second)) + "年度";
}

std::string describe(const AmountMention& mention, const Knowledge& knowledge) {
  if (mention.member) {
    const CanonMember& member = knowledge.canon.lists[mention.member->list].members[mention.member->member];
    return (member.working_group.empty() ? member.name : member.working_group) + "の有識者数";
  }
  std::string subject = mention.canon_figure >= 0
                            ? knowledge.figures.figures[static_cast<size_t>(mention.canon_figure)].label
                            : mention.label;
  if (subject.empty()) subject = mention.role == FigureRole::total ? "合計" : "この数値";
  return subject + "の" + fiscal_year_name(mention.fiscal_year) + figure_kind_name_ja(mention.kind);
}

std::string format_like(const Decimal& base, const Quantity& like, int scale) {
  return in_unit(base, like, scale) + multiplier(like.power_of_ten) + like.unit;
}

std::string interval_like(const Interval& interval, const Quantity& like) {
  std::string out = interval.lo_open ? "(" : "[";
  out += in_unit(interval.lo, like, 0);
  out += ", ";
  out += interval.unbounded_above ? "+∞" : in_unit(interval.hi, like, 0);
  out += interval.hi_open || interval.unbounded_above ? ")" : "]";
  return out + multiplier(like.power_of_ten) + like.unit;
}

std::optional<std::string> figure_key(const AmountMention& mention, const Knowledge& knowledge) {
  std::string unit = "/";
  unit += mention.quantity.unit;
  if (mention.role == FigureRole::experts && mention.member) {
    const CanonList& list = knowledge.canon.lists[mention.member->list];
    return "experts/" + list.id + "/" + std::to_string(list.members[mention.member->member].number) + unit;
  }
  if (mention.kind == FigureKind::none || mention.fiscal_year == 0) return std::nullopt;
  std::string when = "/";
  when += std::to_string(mention.fiscal_year);
  when += "/";
  when += figure_kind_name(mention.kind);
  when += unit;
  if (mention.canon_figure >= 0) {
    return "figure/" + knowledge.figures.figures[static_cast<size_t>(mention.canon_figure)].id + when;
  }
  if ((mention.role == FigureRole::item || mention.role == FigureRole::total) && !mention.label.empty()) {
    return "label/" + normalize_string(mention.label) + when;
  }
  return std::nullopt;
}

bool statements_differ(const Quantity& a, const Quantity& b) {
  try {
    if (a.qualifier == Qualifier::exact && b.qualifier == Qualifier::exact && !a.is_range() && !b.is_range() &&
        a.power_of_ten == b.power_of_ten && a.value.scale == b.value.scale) {
      return !(a.value == b.value);
    }
    return !overlaps(a.interval(), b.interval());
  } catch (const std::overflow_error&) {
    return false;
  }
}

}  // namespace kosei
