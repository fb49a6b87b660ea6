// Japanese dates in policy drafts: 令和8年3月10日（火）, 令和8年度, 令和元年, R3～R12, R7年度,
// 2026年3月10日, 2026~2030年度, 令和 5 年, 令和５年, 3月10日. Grammar: date_grammar.cpp (X3, own
// TU); era arithmetic and calendar checks: calendar.cpp (plain integer arithmetic, no ICU: ICU's
// lenient Japanese-calendar parsing silently accepts 平成31年5月1日, and the rules need to see that).
//
// The parser reads what is written and does not judge it: 令和0年, 13月, 2月30日, 平成32年 all
// parse; the checks below say what is wrong. Offsets are byte offsets into the input.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kosei {

// One point in time as written (year, fiscal year, month or day precision).
struct DatePoint {
  enum class Era { none /*western*/, meiji, taisho, showa, heisei, reiwa };
  Era era = Era::none;
  int era_year = 0;             // as written (元年 -> 1); 0 if western or absent (3月10日)
  bool era_first_year = false;  // written 元年
  int year = 0;                 // western year, computed for eras (令和8 -> 2026); 0 if absent
  bool fiscal = false;          // 年度 (April to March)
  int month = 0;                // 0 if absent
  int day = 0;                  // 0 if absent
  std::optional<int> weekday_written;  // 0=Sun..6=Sat, from （火） (火曜日) (火曜)
  bool abbreviated = false;            // R3, H30, Ｒ７
};

struct DateExpr : DatePoint {
  // Second point of a range: R3～R12, 2026~2030年度 (the start inherits 年度), 令和3～12年度,
  // 令和7年度～令和10年度, 令和7年～10年 (an end without era inherits the start's era).
  std::optional<DatePoint> range_end;
  std::size_t begin = 0, end = 0;  // bytes of the whole expression, weekday and range included
};

// Every date expression in `text`, left to right, non-overlapping. Never throws; linear time.
// 令和7年（2026年） yields two expressions; the caller compares them.
std::vector<DateExpr> find_dates(std::string_view text);
// Exactly one date expression starting at text[0] (a trailing remainder is allowed).
std::optional<DateExpr> parse_date(std::string_view text);

// ---- calendar checks (calendar.cpp) ---------------------------------------------------------

// Proleptic Gregorian. y == 0 means "year unknown" (3月10日): 2月29日 is then accepted.
bool is_valid_calendar_date(int y, int m, int d);
int days_in_month(int y, int m);  // y == 0: February has 29 days; 0 for an invalid month
// 0 = Sunday .. 6 = Saturday. Requires y >= 1 and a valid date.
int weekday_of(int y, int m, int d);

struct EraInfo {
  DatePoint::Era era;
  const char* name;    // "令和"
  const char* abbrev;  // "R"
  int first_year, first_month, first_day;  // first day of the era (Gregorian)
  int last_year, last_month, last_day;     // last day; 0 for the current era
};
// Table entry for an era (era must not be Era::none).
const EraInfo& era_info(DatePoint::Era era);
// Western year of era year n: 令和1 -> 2019, 平成32 -> 2020. (n = 0 gives the year before 元年.)
int western_year(DatePoint::Era era, int era_year);

// How an era year reads. 平成32年 is legitimate in a document written before 2019-05-01: it is
// reported as a reading ("平成32年 = 令和2年 = 2020年"), not as a parse error.
struct EraYearReading {
  int western_year = 0;
  bool valid_year = true;          // false for era year < 1 (令和0年)
  bool beyond_era_end = false;     // the era had ended before that year began (平成32年)
  DatePoint::Era current_era = DatePoint::Era::none;  // era in force on 31 December of that year
  int current_era_year = 0;                           // its era year (平成32 -> 令和 2)
  std::string reading;             // "平成32年 = 令和2年 = 2020年"; "令和8年 = 2026年"
};
EraYearReading read_era_year(DatePoint::Era era, int era_year);

enum class EraDateStatus {
  ok,
  invalid_era_year,    // 令和0年
  invalid_date,        // 令和8年2月30日, 13月 (is_valid_calendar_date false)
  before_era_start,    // 令和元年4月1日 (still 平成), 平成元年1月7日
  after_era_end,       // 平成31年5月1日 (already 令和), 平成32年
};
// Checks a written era date at the precision given (month/day 0 = absent): 平成31年 ok,
// 平成31年4月 ok, 平成31年5月 after_era_end, 平成32年 after_era_end (see read_era_year for the
// legitimate-reading case).
EraDateStatus check_era_date(DatePoint::Era era, int era_year, int month, int day);
// The era in force on a Gregorian date and its era year; nullopt before 明治 (1868-01-25).
std::optional<std::pair<DatePoint::Era, int>> era_of(int y, int m, int d);

}  // namespace kosei
