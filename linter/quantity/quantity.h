// Japanese quantities in policy drafts: 181億円, 21.9億円, 1兆2,345億円, 約3兆円, 2～3兆円, 9.5%,
// 二万人, 十七分野, 26件 ... Grammar: quantity_grammar.cpp (Boost.Spirit X3, own TU).
//
// Input is UTF-8 as found in the document (ASCII or full-width digits, ，． separators, range
// marks ～ 〜 ~ - －). Offsets are byte offsets into the string_view given.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "quantity/decimal.h"

namespace kosei {

enum class Qualifier {
  exact,
  approx,    // 約, およそ, 程度, 前後
  over,      // 超
  at_least,  // 以上
  under,     // 未満
  at_most,   // 以下
};

struct Quantity {
  // Value as written, in units of 10^power_of_ten: 21.9億円 -> {219,1}, power 8.
  Decimal value;
  // Upper end of a range (2～3兆円: value 2, upper 3, power 12), same power as value.
  std::optional<Decimal> upper;
  // Counter/currency as written, NFKC-normalised (％ -> %): "円", "ドル", "%", "人", "名", "件" ...
  std::string unit;
  // Multiplier written, normalised to the smallest one used: 億 8, 兆 12, 万 4, 千 3 (5千人),
  // none 0. 1兆2,345億円 -> value 12345, power 8. 三千億円 -> value 3000, power 8.
  int power_of_ten = 0;
  Qualifier qualifier = Qualifier::exact;
  std::size_t begin = 0, end = 0;  // bytes of the whole expression, 約 and 程度 included

  bool is_range() const { return upper.has_value(); }
  // value * 10^power_of_ten in base units (円, 人, %): 21.9億円 -> 2190000000.
  Decimal base_value() const;
  std::optional<Decimal> base_upper() const;
  // What the statement admits, in base units:
  //  exact    [v - h, v + h], h = half a unit of the last written digit times 10^power
  //           (181億円 -> [180.5億, 181.5億]; ranges: [lo - h, upper + h])
  //  approx   the exact interval widened by 5% of the value on each side
  //           (約3兆円 -> [3兆 - 0.5兆 - 0.15兆, 3兆 + 0.5兆 + 0.15兆] = [2.35兆, 3.65兆])
  //  over     (v, +inf)   at_least [v, +inf)   under [0, v)   at_most [0, v]
  //           (for a range, the bound used is the upper end for under/at_most, else the lower end)
  Interval interval() const;
};

// Every quantity in `text`, left to right, non-overlapping. Never throws; linear time.
std::vector<Quantity> find_quantities(std::string_view text);
// Exactly one quantity starting at text[0] (a trailing remainder is allowed; see Quantity::end).
std::optional<Quantity> parse_quantity(std::string_view text);

// Helpers shared with the date grammar (kanji_numeral.cpp).
namespace numeral {
// "二万" is not handled here: only the part below 万, positional "二〇二六" or structured
// "二千二十六", "十七", "三千". nullopt if not a kanji numeral.
std::optional<std::int64_t> kanji_to_int(std::string_view utf8);
// ASCII/full-width digits with optional ,，grouping and .． point -> Decimal (grouping is not
// validated here; the grammar does that). nullopt on other characters or overflow.
std::optional<Decimal> arabic_to_decimal(std::string_view utf8);
// Digits only (ASCII/full-width) or a kanji numeral -> integer.
std::optional<std::int64_t> to_int(std::string_view utf8);
}  // namespace numeral

}  // namespace kosei
