// Boost.Spirit X3 grammar for Japanese quantities (own translation unit: X3 is costly to
// compile). X3 runs over the UTF-8 bytes; see x3_common.h for why.
//
//   quantity := [prefix sp*] amount [sp* unit] [sp* mark sp* amount sp* unit] [sp* suffix]
//   amount   := section+                       e.g. 1兆 | 2,345億  (validated in C++ below)
//   section  := number [sp* 千|百] [sp* 万|億|兆]
//   number   := arabic | kanji                 21.9  6,571  １  |  三千  十七  二
//   arabic   := (d{1,3} (,d{3})+ !d | d+) [. d+]      d: 0-9 or ０-９, , or ，, . or ．
//
// The grammar recognises shapes; conversion and the checks X3 cannot express cleanly
// (multipliers strictly decreasing, 1兆12,345億 rejected, unit required, overflow) are in
// build_quantity().
#include <boost/fusion/include/adapt_struct.hpp>
#include <boost/spirit/home/x3.hpp>
#include <stdexcept>

#include "quantity/quantity.h"
#include "quantity/x3_common.h"

namespace kosei::qgrammar {
struct SectionAst {
  std::string number;
  std::optional<int> small;  // 千 3, 百 2 written after an Arabic number (3千億円, 5千人)
  std::optional<int> big;    // 万 4, 億 8, 兆 12
};
struct RangeAst {
  std::vector<SectionAst> amount;
  std::string unit;
};
struct QuantityAst {
  std::optional<Qualifier> prefix;
  std::vector<SectionAst> amount;
  std::optional<std::string> unit;
  std::optional<RangeAst> range;
  std::optional<Qualifier> suffix;
};
}  // namespace kosei::qgrammar

BOOST_FUSION_ADAPT_STRUCT(kosei::qgrammar::SectionAst, number, small, big)
BOOST_FUSION_ADAPT_STRUCT(kosei::qgrammar::RangeAst, amount, unit)
BOOST_FUSION_ADAPT_STRUCT(kosei::qgrammar::QuantityAst, prefix, amount, unit, range, suffix)

namespace kosei {
namespace {

namespace x3 = boost::spirit::x3;
using namespace x3common;
using qgrammar::QuantityAst;
using qgrammar::RangeAst;
using qgrammar::SectionAst;

// Counters and currencies, as written; the value is their NFKC form (％ -> %).
constexpr const char* kUnits[] = {"円", "ドル", "ユーロ", "ポンド", "人", "名", "件", "項目", "分野",
                                  "課題", "領域", "社", "機関", "校", "拠点", "倍", "回", "割", "台",
                                  "個", "か国", "カ国", "ヶ国", "か所", "カ所", "箇所", "トン",
                                  "パーセント", "%", "ポイント", "％", "米ドル"};

struct Tables {
  x3::symbols<int> big, small;
  x3::symbols<std::string> unit;
  x3::symbols<Qualifier> prefix, suffix;
  Tables() {
    big.add("万", 4)("億", 8)("兆", 12);
    small.add("千", 3)("百", 2);
    for (const char* u : kUnits) unit.add(u, std::string(u) == "％" ? std::string("%") : std::string(u));
    prefix.add("約", Qualifier::approx)("およそ", Qualifier::approx)("概ね", Qualifier::approx);
    suffix.add("程度", Qualifier::approx)("前後", Qualifier::approx)("超", Qualifier::over)(
        "以上", Qualifier::at_least)("未満", Qualifier::under)("以下", Qualifier::at_most);
  }
};

const Tables& tables() {
  static const Tables t;
  return t;
}

auto make_parser() {
  const Tables& t = tables();
  auto const comma = x3::lit(',') | x3::lit("，");
  auto const point = x3::lit('.') | x3::lit("．");
  auto const grouped = any_digit >> -any_digit >> -any_digit >>
                       +(comma >> any_digit >> any_digit >> any_digit) >> !any_digit;
  auto const arabic = (grouped | +any_digit) >> -(point >> +any_digit) >> !(point >> any_digit);
  auto const number = x3::rule<class number_tag, std::string>{"number"} =
      x3::raw[arabic] | x3::raw[kanji_number];
  auto const section = x3::rule<class section_tag, SectionAst>{"section"} =
      number >> -(*sp >> t.small) >> -(*sp >> t.big);
  auto const amount = x3::rule<class amount_tag, std::vector<SectionAst>>{"amount"} = +section;
  auto const range = x3::rule<class range_tag, RangeAst>{"range"} =
      *sp >> range_mark >> *sp >> amount >> *sp >> t.unit;
  auto const prefix = x3::rule<class prefix_tag, Qualifier>{"prefix"} = t.prefix >> *sp;
  auto const unit = x3::rule<class unit_tag, std::string>{"unit"} = *sp >> t.unit;
  auto const suffix = x3::rule<class suffix_tag, Qualifier>{"suffix"} = *sp >> t.suffix;
  auto const no_range = x3::rule<class no_range_tag, std::optional<RangeAst>>{"no_range"} =
      x3::attr(std::optional<RangeAst>{});
  return std::pair{x3::rule<class quantity_tag, QuantityAst>{"quantity"} =
                       -prefix >> amount >> -unit >> -range >> -suffix,
                   // Fallback when a matched range is invalid (2円～3ドル): the first part alone.
                   x3::rule<class single_tag, QuantityAst>{"single"} =
                       -prefix >> amount >> unit >> no_range >> -suffix};
}

const auto& parsers() {
  static const auto p = make_parser();
  return p;
}

std::optional<Quantity> build_quantity(const QuantityAst& ast, std::size_t begin, std::size_t end);

template <class Parser>
std::optional<Quantity> parse_with(const Parser& parser, std::string_view text, std::size_t pos,
                                   bool* had_range) {
  const char* first = text.data() + pos;
  const char* const last = text.data() + text.size();
  QuantityAst ast;
  if (!x3::parse(first, last, parser, ast)) return std::nullopt;
  if (had_range) *had_range = ast.range.has_value() && ast.unit.has_value();
  return build_quantity(ast, pos, static_cast<std::size_t>(first - text.data()));
}

bool starts_arabic(const std::string& s) {
  if (s.empty()) return false;
  auto b = static_cast<unsigned char>(s[0]);
  return (b >= '0' && b <= '9') || (s.size() >= 3 && b == 0xEF && static_cast<unsigned char>(s[1]) == 0xBC);
}

struct Amount {
  Decimal value;
  int power = 0;
  bool has_multiplier = false;
};

// 1兆2,345億 -> {12345, 8}. nullopt if the sections do not form one number.
std::optional<Amount> fold_amount(const std::vector<SectionAst>& sections) {
  if (sections.empty()) return std::nullopt;
  struct Part {
    Decimal v;
    int p;
  };
  std::vector<Part> parts;
  bool has_multiplier = false;
  for (std::size_t i = 0; i < sections.size(); ++i) {
    const SectionAst& s = sections[i];
    std::optional<Decimal> d;
    if (starts_arabic(s.number)) {
      d = numeral::arabic_to_decimal(s.number);
    } else {
      if (s.small) return std::nullopt;  // 三千千 is not a number
      if (auto k = numeral::kanji_to_int(s.number)) d = Decimal::from_int(*k);
    }
    if (!d) return std::nullopt;
    if (i + 1 < sections.size() && !s.big) return std::nullopt;  // only the last may lack 万億兆
    int p = 0;
    if (s.big) {
      p = *s.big;
      if (s.small) d = d->shifted(*s.small);  // 3千億 -> 3000 at 10^8
    } else if (s.small) {
      p = *s.small;  // 5千人 -> 5 at 10^3
    }
    has_multiplier = has_multiplier || s.big || s.small;
    if (!parts.empty()) {
      if (p >= parts.back().p) return std::nullopt;                       // 1億2兆
      if (d->scale != 0 || parts.back().v.scale != 0) return std::nullopt;  // 1.5兆2億
      if (*d >= Decimal::from_int(1).shifted(parts.back().p - p)) return std::nullopt;  // 1兆12,345億
    }
    parts.push_back({*d, p});
  }
  Amount a;
  a.power = parts.back().p;
  a.has_multiplier = has_multiplier;
  for (const Part& part : parts) a.value = a.value + part.v.shifted(part.p - a.power);
  return a;
}

// Parsed quantities must have helpers that cannot overflow: base value below 10^16 with at most
// 6 decimals, so intervals (one more decimal) and the 5% widening (two more) fit in int64.
bool within_limits(const Quantity& q) {
  auto ok = [](const Decimal& base) {
    Decimal n = base.normalized();
    return n.scale <= 6 && n.units >= 0 && n < Decimal::from_int(10000000000000000LL);
  };
  if (!ok(q.base_value())) return false;
  if (q.upper && !ok(*q.base_upper())) return false;
  (void)q.interval();
  return true;
}

std::optional<Quantity> build_quantity(const QuantityAst& ast, std::size_t begin, std::size_t end) {
  auto lower = fold_amount(ast.amount);
  if (!lower) return std::nullopt;
  Quantity q;
  q.begin = begin;
  q.end = end;
  q.qualifier = ast.suffix ? *ast.suffix : (ast.prefix ? *ast.prefix : Qualifier::exact);
  if (ast.range) {
    auto upper = fold_amount(ast.range->amount);
    if (!upper) return std::nullopt;
    if (ast.unit && *ast.unit != ast.range->unit) return std::nullopt;  // 2円～3ドル
    // 2～3兆円: a bare lower bound takes the upper's multiplier.
    if (!lower->has_multiplier && !ast.unit) lower->power = upper->power;
    int p = std::min(lower->power, upper->power);
    q.value = lower->value.shifted(lower->power - p);
    q.upper = upper->value.shifted(upper->power - p);
    q.power_of_ten = p;
    q.unit = ast.range->unit;
    if (*q.upper < q.value) return std::nullopt;
  } else {
    if (!ast.unit) return std::nullopt;  // a number without counter is not a quantity
    q.value = lower->value;
    q.power_of_ten = lower->power;
    q.unit = *ast.unit;
  }
  if (!within_limits(q)) return std::nullopt;
  return q;
}

// A character the grammar may consume inside an amount: digits, separators, kanji numerals and
// multipliers, spaces.
bool in_number_run(char32_t c) {
  if (is_arabic_digit(c)) return true;
  switch (c) {
    case U',': case U'，': case U'.': case U'．': case U' ': case U'\u3000': case U'\u00A0':
    case U'〇': case U'一': case U'二': case U'三': case U'四': case U'五': case U'六': case U'七':
    case U'八': case U'九': case U'十': case U'百': case U'千': case U'万': case U'億': case U'兆':
      return true;
    default:
      return false;
  }
}

// Whether a quantity can begin at `pos` (a digit or kanji numeral): the grammar needs a unit or a
// range mark right after the amount (its multipliers and spaces included), so the first character
// after the run of number characters must begin one. Most numbers — item numbers, years, dates,
// table cells without a counter — are refused here instead of by X3 (~3,000 instructions each).
bool unit_may_follow(std::string_view text, std::size_t pos) {
  static const std::u32string kFollowers = [] {
    std::u32string out = U"～〜~-－‐";  // range marks (x3common::range_mark)
    for (const char* unit : kUnits) out += code_point_at(unit, 0);
    return out;
  }();
  thread_local NumberRunMemo memo;
  if (memo.knows(pos)) return memo.answer;
  std::size_t i = pos;
  while (i < text.size()) {
    std::size_t length = 1;
    const char32_t c = code_point_at(text, i, &length);
    if (!in_number_run(c)) {
      const bool follows = kFollowers.find(c) != std::u32string::npos;
      memo.keep(pos, i, follows);
      return follows;
    }
    i += length;
  }
  memo.keep(pos, i, false);
  return false;
}

std::optional<Quantity> parse_at(std::string_view text, std::size_t pos) {
  if (in_number_run(code_point_at(text, pos)) && !unit_may_follow(text, pos)) return std::nullopt;
  try {
    bool had_range = false;
    if (auto q = parse_with(parsers().first, text, pos, &had_range)) return q;
    if (had_range) return parse_with(parsers().second, text, pos, nullptr);
    return std::nullopt;
  } catch (const std::exception&) {  // overflow_error from Decimal; X3 itself throws nothing here
    return std::nullopt;
  }
}

bool may_start_quantity(std::string_view text, std::size_t pos, char32_t c) {
  if (c == U'約' || c == U'お' || c == U'概') return true;
  if (is_arabic_digit(c)) return number_may_start(text, pos, false);
  if (is_kanji_numeral(c) && c != U'万' && c != U'億' && c != U'兆')
    return number_may_start(text, pos, true);
  return false;
}

}  // namespace

Decimal Quantity::base_value() const { return value.shifted(power_of_ten); }

std::optional<Decimal> Quantity::base_upper() const {
  if (!upper) return std::nullopt;
  return upper->shifted(power_of_ten);
}

Interval Quantity::interval() const {
  const Decimal lo_v = base_value();
  const Decimal hi_v = upper ? *base_upper() : lo_v;
  const Decimal zero{};
  switch (qualifier) {
    case Qualifier::over: return Interval{lo_v, lo_v, true, false, true};
    case Qualifier::at_least: return Interval{lo_v, lo_v, false, false, true};
    case Qualifier::under: return Interval{zero, hi_v, false, true, false};
    case Qualifier::at_most: return Interval{zero, hi_v, false, false, false};
    case Qualifier::exact:
    case Qualifier::approx: break;
  }
  Interval r{written_interval(value, power_of_ten).lo,
             written_interval(upper ? *upper : value, power_of_ten).hi};
  if (qualifier == Qualifier::approx) {
    const Decimal five_percent{5, 2};
    r.lo = r.lo - lo_v * five_percent;
    r.hi = r.hi + hi_v * five_percent;
    if (r.lo < zero) r.lo = zero;
  }
  return r;
}

std::optional<Quantity> parse_quantity(std::string_view text) {
  if (text.empty()) return std::nullopt;
  ++scan_generation;
  return parse_at(text, 0);
}

const ScanTarget<Quantity>& quantity_scan_target() {
  // 約 お 概, digits, kanji numerals (not 万 億 兆): may_start_quantity() decides among these.
  static const LeadFilter starts(U"約お概0123456789０１２３４５６７８９〇一二三四五六七八九十百千零");
  static const ScanTarget<Quantity> target{starts, may_start_quantity, parse_at};
  return target;
}

std::vector<Quantity> find_quantities(std::string_view text) { return find_all(text, quantity_scan_target()); }

}  // namespace kosei
