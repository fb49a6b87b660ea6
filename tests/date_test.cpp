// Tests for the date grammar and calendar checks (linter/quantity/date.h).
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "quantity/date.h"

namespace kosei {
namespace {

using Era = DatePoint::Era;

std::size_t B(std::string_view s) { return s.size(); }

// Parses `text` as exactly one date expression spanning all of it.
DateExpr Whole(std::string_view text) {
  auto d = parse_date(text);
  EXPECT_TRUE(d.has_value()) << text;
  if (!d) return DateExpr{};
  EXPECT_EQ(d->begin, 0u) << text;
  EXPECT_EQ(d->end, text.size()) << text;
  return *d;
}

void ExpectPoint(const DatePoint& p, Era era, int era_year, int year, bool fiscal, int month,
                 int day) {
  EXPECT_EQ(p.era, era);
  EXPECT_EQ(p.era_year, era_year);
  EXPECT_EQ(p.year, year);
  EXPECT_EQ(p.fiscal, fiscal);
  EXPECT_EQ(p.month, month);
  EXPECT_EQ(p.day, day);
}

// ---------------------------------------------------------------- era dates

TEST(Date, ReiwaFullDate) {
  DateExpr d = Whole("令和8年3月10日");
  ExpectPoint(d, Era::reiwa, 8, 2026, false, 3, 10);
  EXPECT_FALSE(d.era_first_year);
  EXPECT_FALSE(d.abbreviated);
  EXPECT_FALSE(d.weekday_written);
  EXPECT_FALSE(d.range_end);
}

TEST(Date, ReiwaFiscalYear) {
  DateExpr d = Whole("令和8年度");
  ExpectPoint(d, Era::reiwa, 8, 2026, true, 0, 0);
}

TEST(Date, ReiwaFirstYearIsGannen) {
  DateExpr d = Whole("令和元年");
  ExpectPoint(d, Era::reiwa, 1, 2019, false, 0, 0);
  EXPECT_TRUE(d.era_first_year);
  DateExpr h = Whole("平成元年1月8日");
  ExpectPoint(h, Era::heisei, 1, 1989, false, 1, 8);
  EXPECT_TRUE(h.era_first_year);
}

TEST(Date, OtherErasConvertToWesternYears) {
  ExpectPoint(Whole("平成30年"), Era::heisei, 30, 2018, false, 0, 0);
  ExpectPoint(Whole("昭和64年1月7日"), Era::showa, 64, 1989, false, 1, 7);
  ExpectPoint(Whole("大正15年"), Era::taisho, 15, 1926, false, 0, 0);
  ExpectPoint(Whole("明治45年"), Era::meiji, 45, 1912, false, 0, 0);
}

TEST(Date, WeekdayInFullWidthOrAsciiParentheses) {
  DateExpr d = Whole("令和8年3月10日（火）");
  ExpectPoint(d, Era::reiwa, 8, 2026, false, 3, 10);
  ASSERT_TRUE(d.weekday_written);
  EXPECT_EQ(*d.weekday_written, 2);
  EXPECT_EQ(Whole("2026年3月15日(日)").weekday_written, 0);
  EXPECT_EQ(Whole("2026年3月14日（土曜日）").weekday_written, 6);
  EXPECT_EQ(Whole("令和8年1月21日 （水曜）").weekday_written, 3);
}

TEST(Date, SpacedAndFullWidthDigits) {
  ExpectPoint(Whole("令和 5 年"), Era::reiwa, 5, 2023, false, 0, 0);
  ExpectPoint(Whole("令和５年"), Era::reiwa, 5, 2023, false, 0, 0);
  ExpectPoint(Whole("令和 5 年度"), Era::reiwa, 5, 2023, true, 0, 0);
  ExpectPoint(Whole("令和8年 1月21日"), Era::reiwa, 8, 2026, false, 1, 21);
  ExpectPoint(Whole("令和６年 12月"), Era::reiwa, 6, 2024, false, 12, 0);
  ExpectPoint(Whole("２０２６年３月１０日"), Era::none, 0, 2026, false, 3, 10);
  ExpectPoint(Whole("2025 年度"), Era::none, 0, 2025, true, 0, 0);
}

TEST(Date, KanjiNumeralsInEraDate) {
  ExpectPoint(Whole("令和八年三月十日"), Era::reiwa, 8, 2026, false, 3, 10);
  ExpectPoint(Whole("令和七年十二月二十四日"), Era::reiwa, 7, 2025, false, 12, 24);
}

// ---------------------------------------------------------------- abbreviations

TEST(Date, AbbreviatedEraYear) {
  DateExpr d = Whole("R3");
  ExpectPoint(d, Era::reiwa, 3, 2021, false, 0, 0);
  EXPECT_TRUE(d.abbreviated);
  DateExpr h = Whole("H30");
  ExpectPoint(h, Era::heisei, 30, 2018, false, 0, 0);
  EXPECT_TRUE(h.abbreviated);
  ExpectPoint(Whole("Ｒ７"), Era::reiwa, 7, 2025, false, 0, 0);
}

TEST(Date, AbbreviatedFiscalYear) {
  auto ds = find_dates("（今般の総合経済対策[R7年度補正]）");
  ASSERT_EQ(ds.size(), 1u);
  ExpectPoint(ds[0], Era::reiwa, 7, 2025, true, 0, 0);
  EXPECT_TRUE(ds[0].abbreviated);
  EXPECT_EQ(ds[0].begin, B("（今般の総合経済対策["));
  EXPECT_EQ(ds[0].end, B("（今般の総合経済対策[R7年度"));
}

// find_dates skips a number at once when no 年, 月 or range mark follows its run of digits, kanji
// digits and spaces: these dates (spaces, kanji, a bare range) must still be found.
TEST(Date, OnlyNumbersFollowedByNenTsukiOrARangeAreParsed) {
  const std::string text = "第3章 2026 年 4 月 1 日、三月三十一日、十二月、2026～2030年度、12.5%";
  auto ds = find_dates(text);
  ASSERT_EQ(ds.size(), 4u);
  EXPECT_EQ(text.substr(ds[0].begin, ds[0].end - ds[0].begin), "2026 年 4 月 1 日");
  ExpectPoint(ds[0], Era::none, 0, 2026, false, 4, 1);
  EXPECT_EQ(text.substr(ds[1].begin, ds[1].end - ds[1].begin), "三月三十一日");
  EXPECT_EQ(ds[1].day, 31);
  EXPECT_EQ(text.substr(ds[2].begin, ds[2].end - ds[2].begin), "十二月");
  EXPECT_EQ(ds[2].month, 12);
  EXPECT_EQ(text.substr(ds[3].begin, ds[3].end - ds[3].begin), "2026～2030年度");
  ASSERT_TRUE(ds[3].range_end);
  EXPECT_EQ(ds[3].range_end->year, 2030);
}

TEST(Date, AbbreviationInsideWordsIsNotADate) {
  EXPECT_TRUE(find_dates("H2O").empty());
  EXPECT_TRUE(find_dates("R3D").empty());
  EXPECT_TRUE(find_dates("XR3").empty());
  EXPECT_TRUE(find_dates("GPT4").empty());
}

// ---------------------------------------------------------------- ranges

TEST(DateRange, AbbreviatedEraRange) {
  DateExpr d = Whole("R3～R12");
  ExpectPoint(d, Era::reiwa, 3, 2021, false, 0, 0);
  ASSERT_TRUE(d.range_end);
  ExpectPoint(*d.range_end, Era::reiwa, 12, 2030, false, 0, 0);
  EXPECT_TRUE(d.range_end->abbreviated);
}

TEST(DateRange, WesternBareStartInheritsFiscal) {
  DateExpr d = Whole("2026~2030年度");
  ExpectPoint(d, Era::none, 0, 2026, true, 0, 0);
  ASSERT_TRUE(d.range_end);
  ExpectPoint(*d.range_end, Era::none, 0, 2030, true, 0, 0);
}

TEST(DateRange, EraRanges) {
  DateExpr a = Whole("令和7年度～令和10年度");
  ExpectPoint(a, Era::reiwa, 7, 2025, true, 0, 0);
  ASSERT_TRUE(a.range_end);
  ExpectPoint(*a.range_end, Era::reiwa, 10, 2028, true, 0, 0);
  DateExpr b = Whole("令和3～12年度");
  ExpectPoint(b, Era::reiwa, 3, 2021, true, 0, 0);
  ASSERT_TRUE(b.range_end);
  ExpectPoint(*b.range_end, Era::reiwa, 12, 2030, true, 0, 0);
  DateExpr c = Whole("令和7年度～10年度");
  ASSERT_TRUE(c.range_end);
  ExpectPoint(*c.range_end, Era::reiwa, 10, 2028, true, 0, 0);
}

TEST(DateRange, MonthDayEndInheritsYear) {
  DateExpr d = Whole("令和8年3月10日～4月1日");
  ASSERT_TRUE(d.range_end);
  ExpectPoint(*d.range_end, Era::reiwa, 8, 2026, false, 4, 1);
}

TEST(DateRange, DanglingRangeMarkIsNotPartOfTheDate) {
  auto ds = find_dates("（2027年度～）");
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_FALSE(ds[0].range_end);
  EXPECT_EQ(ds[0].end, B("（2027年度"));
}

// ---------------------------------------------------------------- western and month-day

TEST(Date, WesternDates) {
  ExpectPoint(Whole("2026年3月10日"), Era::none, 0, 2026, false, 3, 10);
  ExpectPoint(Whole("2024年"), Era::none, 0, 2024, false, 0, 0);
  ExpectPoint(Whole("2024年度"), Era::none, 0, 2024, true, 0, 0);
}

TEST(Date, MonthDayWithoutYearHasYearZero) {
  DateExpr d = Whole("3月10日");
  ExpectPoint(d, Era::none, 0, 0, false, 3, 10);
  ExpectPoint(Whole("11月"), Era::none, 0, 0, false, 11, 0);
}

TEST(Date, EraAndWesternInParenthesesAreTwoExpressions) {
  std::string_view text = "令和7年（2026年）";
  auto ds = find_dates(text);
  ASSERT_EQ(ds.size(), 2u);
  ExpectPoint(ds[0], Era::reiwa, 7, 2025, false, 0, 0);
  EXPECT_EQ(ds[0].begin, 0u);
  EXPECT_EQ(ds[0].end, B("令和7年"));
  ExpectPoint(ds[1], Era::none, 0, 2026, false, 0, 0);
  EXPECT_EQ(ds[1].begin, B("令和7年（"));
  EXPECT_EQ(ds[1].end, B("令和7年（2026年"));
}

// ---------------------------------------------------------------- not dates

TEST(DateNotADate, WordsNumbersAndDurations) {
  EXPECT_TRUE(find_dates("令和の国土強靭化").empty());
  EXPECT_TRUE(find_dates("3か月").empty());
  EXPECT_TRUE(find_dates("3ヶ月").empty());
  EXPECT_TRUE(find_dates("2030年代").empty());
  EXPECT_TRUE(find_dates("25年度内").empty());  // two-digit western years are not read
  EXPECT_TRUE(find_dates("100年").empty());
  EXPECT_TRUE(find_dates("181億円").empty());
  EXPECT_FALSE(parse_date("年度"));
  EXPECT_FALSE(parse_date(""));
}

TEST(DateNotADate, DigitsInsideLongerNumbersDoNotStartADate) {
  EXPECT_TRUE(find_dates("12026年").empty());  // five digits: not a year
  EXPECT_TRUE(find_dates("1.3月").empty());
}

// ---------------------------------------------------------------- malformed: parsed, then flagged

TEST(DateMalformed, ReiwaZeroParsesAndIsFlagged) {
  DateExpr d = Whole("令和0年");
  EXPECT_EQ(d.era_year, 0);
  EXPECT_EQ(check_era_date(d.era, d.era_year, d.month, d.day), EraDateStatus::invalid_era_year);
  EXPECT_FALSE(read_era_year(Era::reiwa, 0).valid_year);
}

TEST(DateMalformed, MonthThirteenParsesButIsInvalid) {
  DateExpr d = Whole("13月");
  EXPECT_EQ(d.month, 13);
  EXPECT_FALSE(is_valid_calendar_date(d.year, d.month, 1));
  EXPECT_EQ(check_era_date(Era::reiwa, 8, 13, 0), EraDateStatus::invalid_date);
}

TEST(DateMalformed, FebruaryThirtiethParsesButIsInvalid) {
  DateExpr d = Whole("2月30日");
  EXPECT_EQ(d.month, 2);
  EXPECT_EQ(d.day, 30);
  EXPECT_FALSE(is_valid_calendar_date(d.year, d.month, d.day));
  DateExpr e = Whole("令和8年2月30日");
  EXPECT_FALSE(is_valid_calendar_date(e.year, e.month, e.day));
  EXPECT_EQ(check_era_date(e.era, e.era_year, e.month, e.day), EraDateStatus::invalid_date);
}

TEST(DateMalformed, WrongWrittenWeekdayIsDetectable) {
  DateExpr d = Whole("令和8年1月21日（木）");
  ASSERT_TRUE(d.weekday_written);
  EXPECT_EQ(*d.weekday_written, 4);
  EXPECT_EQ(weekday_of(d.year, d.month, d.day), 3);  // Wednesday
}

TEST(DateMalformed, EraMismatchWithWesternYearIsDetectable) {
  auto ds = find_dates("令和7年（2026年）");
  ASSERT_EQ(ds.size(), 2u);
  EXPECT_NE(ds[0].year, ds[1].year);
  auto ok = find_dates("令和8年（2026年）");
  ASSERT_EQ(ok.size(), 2u);
  EXPECT_EQ(ok[0].year, ok[1].year);
}

// ---------------------------------------------------------------- calendar

TEST(Calendar, ValidDatesAndLeapYears) {
  EXPECT_TRUE(is_valid_calendar_date(2026, 3, 10));
  EXPECT_TRUE(is_valid_calendar_date(2024, 2, 29));
  EXPECT_FALSE(is_valid_calendar_date(2026, 2, 29));
  EXPECT_FALSE(is_valid_calendar_date(1900, 2, 29));
  EXPECT_TRUE(is_valid_calendar_date(2000, 2, 29));
  EXPECT_FALSE(is_valid_calendar_date(2026, 4, 31));
  EXPECT_TRUE(is_valid_calendar_date(2026, 12, 31));
  EXPECT_FALSE(is_valid_calendar_date(2026, 13, 1));
  EXPECT_FALSE(is_valid_calendar_date(2026, 0, 1));
  EXPECT_FALSE(is_valid_calendar_date(2026, 1, 0));
  EXPECT_TRUE(is_valid_calendar_date(0, 2, 29));  // year unknown
  EXPECT_FALSE(is_valid_calendar_date(0, 2, 30));
}

TEST(Calendar, DaysInMonth) {
  EXPECT_EQ(days_in_month(2026, 2), 28);
  EXPECT_EQ(days_in_month(2028, 2), 29);
  EXPECT_EQ(days_in_month(2026, 4), 30);
  EXPECT_EQ(days_in_month(2026, 13), 0);
}

TEST(Calendar, WeekdaysSundayIsZero) {
  EXPECT_EQ(weekday_of(2026, 3, 10), 2);   // 火
  EXPECT_EQ(weekday_of(2026, 1, 21), 3);   // 水
  EXPECT_EQ(weekday_of(2019, 5, 1), 3);    // 令和 began on a Wednesday
  EXPECT_EQ(weekday_of(2000, 1, 1), 6);    // Saturday
  EXPECT_EQ(weekday_of(2024, 2, 29), 4);   // Thursday
  EXPECT_EQ(weekday_of(1989, 1, 8), 0);    // 平成 began on a Sunday
}

TEST(Calendar, WesternYearOfEraYear) {
  EXPECT_EQ(western_year(Era::reiwa, 1), 2019);
  EXPECT_EQ(western_year(Era::reiwa, 8), 2026);
  EXPECT_EQ(western_year(Era::heisei, 1), 1989);
  EXPECT_EQ(western_year(Era::heisei, 31), 2019);
  EXPECT_EQ(western_year(Era::showa, 64), 1989);
  EXPECT_EQ(western_year(Era::taisho, 1), 1912);
  EXPECT_EQ(western_year(Era::meiji, 1), 1868);
}

TEST(Calendar, HeiseiBeyondItsEndReadsAsReiwa) {
  EraYearReading r = read_era_year(Era::heisei, 32);
  EXPECT_EQ(r.western_year, 2020);
  EXPECT_TRUE(r.valid_year);
  EXPECT_TRUE(r.beyond_era_end);
  EXPECT_EQ(r.current_era, Era::reiwa);
  EXPECT_EQ(r.current_era_year, 2);
  EXPECT_EQ(r.reading, "平成32年 = 令和2年 = 2020年");
  EXPECT_EQ(read_era_year(Era::heisei, 33).reading, "平成33年 = 令和3年 = 2021年");
}

TEST(Calendar, YearsWithinTheEraAreNotBeyondItsEnd) {
  EraYearReading h31 = read_era_year(Era::heisei, 31);
  EXPECT_FALSE(h31.beyond_era_end);
  EXPECT_EQ(h31.reading, "平成31年 = 2019年");
  EraYearReading r8 = read_era_year(Era::reiwa, 8);
  EXPECT_FALSE(r8.beyond_era_end);
  EXPECT_EQ(r8.reading, "令和8年 = 2026年");
  EXPECT_EQ(read_era_year(Era::reiwa, 1).reading, "令和元年 = 2019年");
}

TEST(Calendar, EraDateBoundaries) {
  EXPECT_EQ(check_era_date(Era::heisei, 31, 4, 30), EraDateStatus::ok);
  EXPECT_EQ(check_era_date(Era::heisei, 31, 5, 1), EraDateStatus::after_era_end);
  EXPECT_EQ(check_era_date(Era::heisei, 31, 4, 0), EraDateStatus::ok);
  EXPECT_EQ(check_era_date(Era::heisei, 31, 5, 0), EraDateStatus::after_era_end);
  EXPECT_EQ(check_era_date(Era::heisei, 31, 0, 0), EraDateStatus::ok);
  EXPECT_EQ(check_era_date(Era::heisei, 32, 0, 0), EraDateStatus::after_era_end);
  EXPECT_EQ(check_era_date(Era::reiwa, 1, 5, 1), EraDateStatus::ok);
  EXPECT_EQ(check_era_date(Era::reiwa, 1, 4, 30), EraDateStatus::before_era_start);
  EXPECT_EQ(check_era_date(Era::reiwa, 1, 0, 0), EraDateStatus::ok);
  EXPECT_EQ(check_era_date(Era::heisei, 1, 1, 7), EraDateStatus::before_era_start);
  EXPECT_EQ(check_era_date(Era::heisei, 1, 1, 8), EraDateStatus::ok);
  EXPECT_EQ(check_era_date(Era::showa, 64, 1, 7), EraDateStatus::ok);
  EXPECT_EQ(check_era_date(Era::showa, 64, 1, 8), EraDateStatus::after_era_end);
  EXPECT_EQ(check_era_date(Era::reiwa, 8, 3, 10), EraDateStatus::ok);
}

TEST(Calendar, EraInForceOnADate) {
  auto a = era_of(2019, 5, 1);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->first, Era::reiwa);
  EXPECT_EQ(a->second, 1);
  auto b = era_of(2019, 4, 30);
  ASSERT_TRUE(b);
  EXPECT_EQ(b->first, Era::heisei);
  EXPECT_EQ(b->second, 31);
  auto c = era_of(1989, 1, 7);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->first, Era::showa);
  EXPECT_EQ(c->second, 64);
  EXPECT_FALSE(era_of(1800, 1, 1));
}

TEST(Calendar, EraInfoTable) {
  EXPECT_STREQ(era_info(Era::reiwa).name, "令和");
  EXPECT_STREQ(era_info(Era::reiwa).abbrev, "R");
  EXPECT_EQ(era_info(Era::reiwa).last_year, 0);
  EXPECT_EQ(era_info(Era::heisei).last_month, 4);
  EXPECT_EQ(era_info(Era::heisei).last_day, 30);
}

// ---------------------------------------------------------------- scanning seed lines

TEST(FindDates, SeedLinesWithSeveralForms) {
  std::string_view line = "第7期基本計画(2026~2030年度)において、令和8年 1月21日（水）に公表";
  auto ds = find_dates(line);
  ASSERT_EQ(ds.size(), 2u);
  EXPECT_EQ(ds[0].begin, B("第7期基本計画("));
  EXPECT_EQ(ds[0].end, B("第7期基本計画(2026~2030年度"));
  ASSERT_TRUE(ds[0].range_end);
  ExpectPoint(ds[1], Era::reiwa, 8, 2026, false, 1, 21);
  EXPECT_EQ(ds[1].weekday_written, 3);
  EXPECT_EQ(ds[1].begin, B("第7期基本計画(2026~2030年度)において、"));
  EXPECT_EQ(ds[1].end, B("第7期基本計画(2026~2030年度)において、令和8年 1月21日（水）"));
}

TEST(FindDates, ImplementationPeriodLine) {
  std::string_view line = "実施機関：R3～R12、採択件数：大学・国研等（26件）";
  auto ds = find_dates(line);
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].begin, B("実施機関："));
  EXPECT_EQ(ds[0].end, B("実施機関：R3～R12"));
  ExpectPoint(ds[0], Era::reiwa, 3, 2021, false, 0, 0);
  ASSERT_TRUE(ds[0].range_end);
  EXPECT_EQ(ds[0].range_end->era_year, 12);
}

TEST(FindDates, BudgetHeadingHasTwoFiscalYears) {
  std::string_view line = "2. 令和8年度予算案及び令和7年度補正予算について";
  auto ds = find_dates(line);
  ASSERT_EQ(ds.size(), 2u);
  ExpectPoint(ds[0], Era::reiwa, 8, 2026, true, 0, 0);
  ExpectPoint(ds[1], Era::reiwa, 7, 2025, true, 0, 0);
}

TEST(FindDates, NeverThrowsAndStaysLinearOnPathologicalInput) {
  std::string junk = "\xff\xe4\xbb\xa4\xe5\x92\x8c\xe5 R H \xef\xbd";
  EXPECT_NO_THROW(find_dates(junk));
  std::string text;
  for (int i = 0; i < 30000; ++i) text += "令和～";
  EXPECT_TRUE(find_dates(text).empty());
  std::string years;
  for (int i = 0; i < 30000; ++i) years += "2026~";
  EXPECT_TRUE(find_dates(years).empty());
  std::string many;
  for (int i = 0; i < 10000; ++i) many += "R3～R12、";
  EXPECT_EQ(find_dates(many).size(), 10000u);
}

}  // namespace
}  // namespace kosei
