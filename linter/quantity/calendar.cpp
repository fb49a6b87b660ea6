// Era conversion, calendar validity and weekdays with plain integer arithmetic (proleptic
// Gregorian). Not ICU: its lenient Japanese-calendar parsing accepts 平成31年5月1日 and rolls it
// over silently, while the date-mismatch rule must see exactly what was written.
#include <array>
#include <string>

#include "quantity/date.h"

namespace kosei {
namespace {

using Era = DatePoint::Era;

// 明治 starts on the Gregorian date of 明治元年1月1日 (lunar calendar), 1868-01-25.
constexpr std::array<EraInfo, 5> kEras{{
    {Era::meiji, "明治", "M", 1868, 1, 25, 1912, 7, 29},
    {Era::taisho, "大正", "T", 1912, 7, 30, 1926, 12, 24},
    {Era::showa, "昭和", "S", 1926, 12, 25, 1989, 1, 7},
    {Era::heisei, "平成", "H", 1989, 1, 8, 2019, 4, 30},
    {Era::reiwa, "令和", "R", 2019, 5, 1, 0, 0, 0},
}};

int ymd_key(int y, int m, int d) { return y * 10000 + m * 100 + d; }

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

}  // namespace

int days_in_month(int y, int m) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  if (m == 2 && (y == 0 || is_leap(y))) return 29;
  return kDays[m - 1];
}

bool is_valid_calendar_date(int y, int m, int d) {
  if (y < 0) return false;
  int dim = days_in_month(y, m);
  return dim > 0 && d >= 1 && d <= dim;
}

int weekday_of(int y, int m, int d) {
  // Sakamoto's method.
  static constexpr int t[12] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (m < 3) y -= 1;
  return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

const EraInfo& era_info(Era era) {
  for (const EraInfo& e : kEras)
    if (e.era == era) return e;
  return kEras.back();
}

int western_year(Era era, int era_year) {
  if (era == Era::none) return era_year;
  return era_info(era).first_year + era_year - 1;
}

std::optional<std::pair<Era, int>> era_of(int y, int m, int d) {
  int key = ymd_key(y, m, d);
  for (auto it = kEras.rbegin(); it != kEras.rend(); ++it)
    if (key >= ymd_key(it->first_year, it->first_month, it->first_day))
      return std::pair{it->era, y - it->first_year + 1};
  return std::nullopt;
}

EraYearReading read_era_year(Era era, int era_year) {
  EraYearReading r;
  r.western_year = western_year(era, era_year);
  const EraInfo& info = era_info(era);
  r.valid_year = era_year >= 1;
  r.beyond_era_end = info.last_year != 0 && r.western_year > info.last_year;
  if (auto cur = era_of(r.western_year, 12, 31)) {
    r.current_era = cur->first;
    r.current_era_year = cur->second;
  }
  auto year_text = [](const char* name, int n) {
    return std::string(name) + (n == 1 ? std::string("元") : std::to_string(n)) + "年";
  };
  r.reading = year_text(info.name, era_year);
  if (r.beyond_era_end && r.current_era != Era::none)
    r.reading += " = " + year_text(era_info(r.current_era).name, r.current_era_year);
  r.reading += " = " + std::to_string(r.western_year) + "年";
  return r;
}

EraDateStatus check_era_date(Era era, int era_year, int month, int day) {
  if (era == Era::none) {
    if (month && !is_valid_calendar_date(era_year, month, day ? day : 1))
      return EraDateStatus::invalid_date;
    return EraDateStatus::ok;
  }
  if (era_year < 1) return EraDateStatus::invalid_era_year;
  const EraInfo& info = era_info(era);
  int y = western_year(era, era_year);
  if (month && !is_valid_calendar_date(y, month, day ? day : 1)) return EraDateStatus::invalid_date;
  // Compare at the precision written: the earliest and latest day the text can mean.
  int lo = ymd_key(y, month ? month : 1, day ? day : 1);
  int hi = ymd_key(y, month ? month : 12, day ? day : (month ? days_in_month(y, month) : 31));
  if (info.last_year != 0 && lo > ymd_key(info.last_year, info.last_month, info.last_day))
    return EraDateStatus::after_era_end;
  if (hi < ymd_key(info.first_year, info.first_month, info.first_day))
    return EraDateStatus::before_era_start;
  return EraDateStatus::ok;
}

}  // namespace kosei
