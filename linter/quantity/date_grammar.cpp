// Boost.Spirit X3 grammar for Japanese dates (own translation unit). X3 runs over the UTF-8
// bytes; see x3_common.h for why.
//
//   era_point     := 令和|平成|昭和|大正|明治 sp* (元|n) sp* 年 [度] [md]
//   abbr_point    := R|H|Ｒ|Ｈ n [sp* 年 [度] [md]]          (without 年: not followed by A-Z/0-9)
//   western_point := dddd sp* 年 [度] [md]                   (not 年代; 1800..2999)
//   md            := sp* n sp* 月 [sp* n sp* 日] [weekday]    also standalone: 3月10日, 11月
//   weekday       := sp* （|( sp* 日|月|火|水|木|金|土 [曜[日]] sp* ）|)
//   bare ranges   := dddd ～ dddd 年[度]    era n ～ n 年[度]
//   range         := point sp* ～ sp* (point | n 年[度] [md] inheriting the era | md)
// n is ASCII/full-width digits or a kanji numeral. Points are parsed by X3; the range is composed
// in C++ (find_range_end), which keeps each X3 expression small.
#include <boost/fusion/include/adapt_struct.hpp>
#include <boost/spirit/home/x3.hpp>
#include <stdexcept>

#include "quantity/date.h"
#include "quantity/quantity.h"
#include "quantity/x3_common.h"

namespace kosei::dgrammar {
using Era = DatePoint::Era;
struct MdAst {
  std::string month;
  std::optional<std::string> day;
  std::optional<int> weekday;
};
struct EraPointAst {
  Era era;
  std::string year;
  bool fiscal;
  std::optional<MdAst> md;
};
struct NenAst {
  bool fiscal;
  std::optional<MdAst> md;
};
struct AbbrPointAst {
  Era era;
  std::string year;
  std::optional<NenAst> nen;
};
struct WesternPointAst {
  std::string year;
  bool fiscal;
  std::optional<MdAst> md;
};
struct BareYearAst {  // range end without era: 令和7年度～10年度
  std::string year;
  bool fiscal;
  std::optional<MdAst> md;
};
struct WesternBareRangeAst {
  std::string from, to;
  bool fiscal;
};
struct EraBareRangeAst {
  Era era;
  std::string from, to;
  bool fiscal;
};
}  // namespace kosei::dgrammar

BOOST_FUSION_ADAPT_STRUCT(kosei::dgrammar::MdAst, month, day, weekday)
BOOST_FUSION_ADAPT_STRUCT(kosei::dgrammar::EraPointAst, era, year, fiscal, md)
BOOST_FUSION_ADAPT_STRUCT(kosei::dgrammar::NenAst, fiscal, md)
BOOST_FUSION_ADAPT_STRUCT(kosei::dgrammar::AbbrPointAst, era, year, nen)
BOOST_FUSION_ADAPT_STRUCT(kosei::dgrammar::WesternPointAst, year, fiscal, md)
BOOST_FUSION_ADAPT_STRUCT(kosei::dgrammar::BareYearAst, year, fiscal, md)
BOOST_FUSION_ADAPT_STRUCT(kosei::dgrammar::WesternBareRangeAst, from, to, fiscal)
BOOST_FUSION_ADAPT_STRUCT(kosei::dgrammar::EraBareRangeAst, era, from, to, fiscal)

namespace kosei {
namespace {

namespace x3 = boost::spirit::x3;
using namespace x3common;
using namespace dgrammar;

struct Tables {
  x3::symbols<Era> era, abbr;
  x3::symbols<int> weekday;
  Tables() {
    era.add("令和", Era::reiwa)("平成", Era::heisei)("昭和", Era::showa)("大正", Era::taisho)(
        "明治", Era::meiji);
    abbr.add("R", Era::reiwa)("Ｒ", Era::reiwa)("H", Era::heisei)("Ｈ", Era::heisei);
    weekday.add("日", 0)("月", 1)("火", 2)("水", 3)("木", 4)("金", 5)("土", 6);
  }
};

const Tables& tables() {
  static const Tables t;
  return t;
}


// Each parser is built once (function-local static) and shared; X3 parsers are immutable.
const auto& num_p() {
  static const auto p = x3::rule<class num_tag, std::string>{"n"} =
      x3::raw[+any_digit] | x3::raw[kanji_number];
  return p;
}
const auto& year4_p() {
  static const auto p = x3::rule<class year4_tag, std::string>{"dddd"} =
      x3::raw[any_digit >> any_digit >> any_digit >> any_digit] >> !any_digit;
  return p;
}
const auto& weekday_p() {
  static const auto p = x3::rule<class weekday_tag, int>{"weekday"} =
      *sp >> (x3::lit("（") | x3::lit('(')) >> *sp >> tables().weekday >>
      -(x3::lit("曜") >> -x3::lit("日")) >> *sp >> (x3::lit("）") | x3::lit(')'));
  return p;
}
const auto& md_p() {
  static const auto p = x3::rule<class md_tag, MdAst>{"md"} =
      *sp >> num_p() >> *sp >> "月" >> -(*sp >> num_p() >> *sp >> "日") >> -weekday_p();
  return p;
}
const auto& nen_p() {  // 年 [度] [md]
  static const auto p = x3::rule<class nen_tag, NenAst>{"nen"} =
      *sp >> x3::lit("年") >> x3::matches[x3::lit("度")] >> -md_p();
  return p;
}
const auto& era_point_p() {
  static const auto p = x3::rule<class era_point_tag, EraPointAst>{"era_point"} =
      tables().era >> *sp >> (x3::raw[x3::lit("元")] | num_p()) >> *sp >> "年" >>
      x3::matches[x3::lit("度")] >> -md_p();
  return p;
}
const auto& abbr_point_p() {
  static const auto p = x3::rule<class abbr_point_tag, AbbrPointAst>{"abbr_point"} =
      tables().abbr >> x3::raw[+any_digit] >> -nen_p();
  return p;
}
const auto& western_point_p() {
  static const auto p = x3::rule<class western_point_tag, WesternPointAst>{"western_point"} =
      year4_p() >> *sp >> "年" >> x3::matches[x3::lit("度")] >> -md_p();
  return p;
}
const auto& bare_year_p() {
  static const auto p = x3::rule<class bare_year_tag, BareYearAst>{"bare_year"} =
      num_p() >> *sp >> "年" >> x3::matches[x3::lit("度")] >> -md_p();
  return p;
}
const auto& western_bare_range_p() {
  static const auto p = x3::rule<class wbr_tag, WesternBareRangeAst>{"western_bare_range"} =
      year4_p() >> *sp >> range_mark >> *sp >> year4_p() >> *sp >> "年" >>
      x3::matches[x3::lit("度")];
  return p;
}
const auto& era_bare_range_p() {
  static const auto p = x3::rule<class ebr_tag, EraBareRangeAst>{"era_bare_range"} =
      tables().era >> *sp >> (x3::raw[x3::lit("元")] | num_p()) >> *sp >> range_mark >> *sp >>
      num_p() >> *sp >> "年" >> x3::matches[x3::lit("度")];
  return p;
}
const auto& connector_p() {
  static const auto p = *sp >> range_mark >> *sp;
  return p;
}

using It = const char*;

template <class Parser, class Attr>
bool run(const Parser& p, std::string_view text, std::size_t pos, Attr& attr, std::size_t& end) {
  It first = text.data() + pos;
  It const last = text.data() + text.size();
  if (!x3::parse(first, last, p, attr)) return false;
  end = static_cast<std::size_t>(first - text.data());
  return true;
}

std::optional<int> small_int(const std::string& s, int max) {
  auto v = numeral::to_int(s);
  if (!v || *v < 0 || *v > max) return std::nullopt;
  return static_cast<int>(*v);
}

bool apply_md(const std::optional<MdAst>& md, DatePoint& p) {
  if (!md) return true;
  auto m = small_int(md->month, 99);
  if (!m) return false;
  p.month = *m;
  if (md->day) {
    auto d = small_int(*md->day, 99);
    if (!d) return false;
    p.day = *d;
  }
  p.weekday_written = md->weekday;
  return true;
}

bool set_era_year(DatePoint& p, Era era, const std::string& year_text) {
  p.era = era;
  if (year_text == "元") {
    p.era_year = 1;
    p.era_first_year = true;
  } else {
    auto y = small_int(year_text, 99);
    if (!y) return false;
    p.era_year = *y;
  }
  p.year = western_year(era, p.era_year);
  return true;
}

std::optional<int> western_year_value(const std::string& text) {
  auto y = small_int(text, 9999);
  if (!y || *y < 1800 || *y > 2999) return std::nullopt;
  return y;
}

// One point starting at pos (era, abbreviation, western year, or month-day).
std::optional<DatePoint> parse_point(std::string_view text, std::size_t pos, std::size_t& end) {
  char32_t c = code_point_at(text, pos);
  DatePoint p;
  if (c == U'令' || c == U'平' || c == U'昭' || c == U'大' || c == U'明') {
    EraPointAst a;
    if (run(era_point_p(), text, pos, a, end) && set_era_year(p, a.era, a.year) &&
        apply_md(a.md, p)) {
      p.fiscal = a.fiscal;
      return p;
    }
    return std::nullopt;
  }
  if (c == U'R' || c == U'H' || c == U'Ｒ' || c == U'Ｈ') {
    AbbrPointAst a;
    if (!run(abbr_point_p(), text, pos, a, end)) return std::nullopt;
    if (!a.nen && is_alnum_any(code_point_at(text, end))) return std::nullopt;  // H2O, R3D
    if (!set_era_year(p, a.era, a.year)) return std::nullopt;
    p.abbreviated = true;
    if (a.nen) {
      p.fiscal = a.nen->fiscal;
      if (!apply_md(a.nen->md, p)) return std::nullopt;
    }
    return p;
  }
  if (is_arabic_digit(c)) {
    WesternPointAst a;
    if (run(western_point_p(), text, pos, a, end)) {
      auto y = western_year_value(a.year);
      // 2030年代 is a decade, not a date.
      if (y && !(!a.md && !a.fiscal && code_point_at(text, end) == U'代')) {
        p.year = *y;
        p.fiscal = a.fiscal;
        if (apply_md(a.md, p)) return p;
      }
    }
  }
  if (is_arabic_digit(c) || is_kanji_numeral(c)) {
    MdAst a;
    if (run(md_p(), text, pos, a, end)) {
      std::optional<MdAst> md = a;
      if (apply_md(md, p)) return p;
    }
  }
  return std::nullopt;
}

// After a start point ending at `pos`: ～ and an end point. Updates `end` only on success.
std::optional<DatePoint> find_range_end(std::string_view text, std::size_t pos,
                                        const DatePoint& start, std::size_t& end) {
  It first = text.data() + pos;
  if (!x3::parse(first, text.data() + text.size(), connector_p())) return std::nullopt;
  const std::size_t after_mark = static_cast<std::size_t>(first - text.data());
  std::size_t e = 0;
  if (auto p = parse_point(text, after_mark, e)) {
    if (p->year == 0 && p->month != 0) {  // 3月10日～4月1日: the end inherits the year
      if (start.month == 0) return std::nullopt;
      p->era = start.era;
      p->era_year = start.era_year;
      p->year = start.year;
      p->abbreviated = start.abbreviated;
    }
    end = e;
    return p;
  }
  if (start.era != DatePoint::Era::none) {  // 令和7年度～10年度
    BareYearAst a;
    DatePoint p;
    if (run(bare_year_p(), text, after_mark, a, e) && set_era_year(p, start.era, a.year) &&
        apply_md(a.md, p)) {
      p.fiscal = a.fiscal;
      end = e;
      return p;
    }
  }
  return std::nullopt;
}

// Whether a date can begin at a digit or kanji numeral at `pos`: every such form (2026年,
// 2026～2030年度, 4月1日) has 年, 月 or a range mark right after the number and its spaces, so the
// first character after the run of digits, kanji digits (〇…九 十百千) and spaces must be one of
// them. Most numbers are refused here instead of by X3.
bool date_may_follow(std::string_view text, std::size_t pos) {
  thread_local NumberRunMemo memo;
  if (memo.knows(pos)) return memo.answer;
  std::size_t i = pos;
  auto answer = [&](bool follows) {
    memo.keep(pos, i, follows);
    return follows;
  };
  while (i < text.size()) {
    std::size_t length = 1;
    const char32_t c = code_point_at(text, i, &length);
    switch (c) {
      case U' ': case U'\u3000': case U'\u00A0': case U'〇': case U'一': case U'二': case U'三':
      case U'四': case U'五': case U'六': case U'七': case U'八': case U'九': case U'十': case U'百':
      case U'千':
        i += length;
        continue;
      case U'年': case U'月': case U'～': case U'〜': case U'~': case U'-': case U'－': case U'‐':
        return answer(true);
      default:
        if (is_arabic_digit(c)) {
          i += length;
          continue;
        }
        return answer(false);
    }
  }
  return answer(false);
}

std::optional<DateExpr> parse_expr(std::string_view text, std::size_t pos) {
  if (const char32_t first = code_point_at(text, pos);
      (is_arabic_digit(first) || is_kanji_numeral(first)) && !date_may_follow(text, pos)) {
    return std::nullopt;
  }
  DateExpr d;
  d.begin = pos;
  std::size_t end = 0;
  char32_t c = code_point_at(text, pos);
  // Bare ranges first: 2026~2030年度, 令和3～12年度 (the start inherits 年/年度).
  if (is_arabic_digit(c)) {
    WesternBareRangeAst a;
    if (run(western_bare_range_p(), text, pos, a, end)) {
      auto from = western_year_value(a.from), to = western_year_value(a.to);
      if (from && to) {
        d.year = *from;
        d.fiscal = a.fiscal;
        DatePoint e;
        e.year = *to;
        e.fiscal = a.fiscal;
        d.range_end = e;
        d.end = end;
        return d;
      }
    }
  } else if (c == U'令' || c == U'平' || c == U'昭' || c == U'大' || c == U'明') {
    EraBareRangeAst a;
    if (run(era_bare_range_p(), text, pos, a, end)) {
      DatePoint e;
      if (set_era_year(d, a.era, a.from) && set_era_year(e, a.era, a.to)) {
        d.fiscal = e.fiscal = a.fiscal;
        d.range_end = e;
        d.end = end;
        return d;
      }
    }
  }
  auto p = parse_point(text, pos, end);
  if (!p) return std::nullopt;
  static_cast<DatePoint&>(d) = *p;
  d.range_end = find_range_end(text, end, d, end);
  d.end = end;
  return d;
}

std::optional<DateExpr> parse_expr_nothrow(std::string_view text, std::size_t pos) {
  try {
    return parse_expr(text, pos);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

bool may_start_date(std::string_view text, std::size_t pos, char32_t c) {
  switch (c) {
    case U'令': case U'平': case U'昭': case U'大': case U'明':
      return true;
    case U'R': case U'H': case U'Ｒ': case U'Ｈ':
      return !is_alnum_any(prev_code_point(text, pos));
    default:
      break;
  }
  if (is_arabic_digit(c)) return number_may_start(text, pos, false);
  if (is_kanji_numeral(c)) return number_may_start(text, pos, true);
  return false;
}

}  // namespace

std::optional<DateExpr> parse_date(std::string_view text) {
  if (text.empty()) return std::nullopt;
  ++scan_generation;
  try {
    return parse_expr(text, 0);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

const ScanTarget<DateExpr>& date_scan_target() {
  // Era names, R/H, digits and kanji numerals: may_start_date() decides among these.
  static const LeadFilter starts(U"令平昭大明RHＲＨ0123456789０１２３４５６７８９〇一二三四五六七八九十百千万億兆零");
  static const ScanTarget<DateExpr> target{starts, may_start_date, parse_expr_nothrow};
  return target;
}

std::vector<DateExpr> find_dates(std::string_view text) { return find_all(text, date_scan_target()); }

}  // namespace kosei
