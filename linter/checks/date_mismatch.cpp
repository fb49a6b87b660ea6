// date-mismatch: an era year that disagrees with the western year written beside it
// (令和7年（2026年）), an impossible date (令和8年2月30日, 13月, 令和0年, 平成31年5月1日), a weekday
// that does not match the date (令和8年1月21日（木）), and era years past the end of their era
// (平成32年度, H35: a warning with the reading, since documents written before 2019-05-01 used them).
#include <string>

#include "checks/check.h"

namespace kosei {
namespace {

const char* const kWeekdays[] = {"日", "月", "火", "水", "木", "金", "土"};

std::string era_year_text(const DatePoint& point) {
  const EraInfo& info = era_info(point.era);
  return std::string(info.name) + (point.era_first_year ? "元" : std::to_string(point.era_year)) + "年";
}

std::string written(const Document& document, size_t begin, size_t end) {
  return document.text().substr(begin, end - begin);
}

// Only spaces between `begin` and `end`.
bool only_spaces(std::string_view text, size_t begin, size_t end) {
  for (size_t i = begin; i < end;) {
    if (text[i] == ' ') {
      ++i;
    } else if (text.compare(i, 3, "\u3000") == 0) {
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

// The opening parenthesis right before `offset` (spaces allowed), or npos.
size_t open_paren_before(std::string_view text, size_t from, size_t offset) {
  size_t pos = offset;
  while (pos > from && text[pos - 1] == ' ') --pos;
  if (pos >= from + 3 && text.compare(pos - 3, 3, "（") == 0) return pos - 3;
  if (pos >= from + 1 && text[pos - 1] == '(') return pos - 1;
  return std::string_view::npos;
}

// Reports problems of one point of a date expression. Returns true if something was reported.
bool check_point(const DatePoint& point, Span span, const Document& document, Reporter& reporter) {
  const std::string text = written(document, span.begin, span.end);
  if (point.era != DatePoint::Era::none) {
    EraYearReading reading = read_era_year(point.era, point.era_year);
    EraDateStatus status = check_era_date(point.era, point.era_year, point.month, point.day);
    switch (status) {
      case EraDateStatus::ok: return false;
      case EraDateStatus::invalid_era_year:
        reporter.report(span, "「" + text + "」: " + era_info(point.era).name + "の年は1年（元年）からです");
        return true;
      case EraDateStatus::invalid_date:
        reporter.report(span, "「" + text + "」は存在しない日付です");
        return true;
      case EraDateStatus::before_era_start: {
        const EraInfo& info = era_info(point.era);
        reporter.report(span, "「" + text + "」は" + info.name + "の始まり（" + std::to_string(info.first_year) + "年" +
                                  std::to_string(info.first_month) + "月" + std::to_string(info.first_day) +
                                  "日）より前です");
        return true;
      }
      case EraDateStatus::after_era_end:
        if (point.month == 0 && reading.beyond_era_end) {
          // 平成32年度: legitimate in a document written before the era changed; say how it reads.
          Diagnostic& d = reporter.report(span, "「" + text + "」は改元後の年です（" + reading.reading +
                                                    "）。改元前に書かれた文書でなければ改元後の元号で書いてください");
          if (d.severity == Severity::error) d.severity = Severity::warning;
          return true;
        }
        {
          const EraInfo& info = era_info(point.era);
          reporter.report(span, "「" + text + "」は" + info.name + "の終わり（" + std::to_string(info.last_year) + "年" +
                                    std::to_string(info.last_month) + "月" + std::to_string(info.last_day) +
                                    "日）より後で、存在しない日付です");
        }
        return true;
    }
    return false;
  }
  if (point.month != 0 && !is_valid_calendar_date(point.year, point.month, point.day == 0 ? 1 : point.day)) {
    reporter.report(span, "「" + text + "」は存在しない日付です");
    return true;
  }
  return false;
}

void run(const CheckContext& context, Reporter& reporter) {
  const Document& document = context.document;
  const std::string& text = document.text();
  const std::vector<DateExpr>& dates = document.amounts.dates;
  for (size_t i = 0; i < dates.size(); ++i) {
    const DateExpr& date = dates[i];
    const Span span{date.begin, date.end};
    bool reported = check_point(date, span, document, reporter);
    if (date.range_end) reported |= check_point(*date.range_end, span, document, reporter);
    if (reported) continue;

    // Weekday.
    if (date.weekday_written && date.year > 0 && date.month > 0 && date.day > 0 && !date.fiscal &&
        is_valid_calendar_date(date.year, date.month, date.day)) {
      int actual = weekday_of(date.year, date.month, date.day);
      if (actual != *date.weekday_written) {
        std::string day = std::to_string(date.year) + "年" + std::to_string(date.month) + "月" + std::to_string(date.day) + "日";
        reporter.report(span, "「" + written(document, date.begin, date.end) + "」: " + day + "は" + kWeekdays[actual] +
                                  "曜日です（本文: " + kWeekdays[*date.weekday_written] + "曜日）");
        continue;
      }
    }

    // Era year and western year side by side: 令和7年（2026年）, 2026年（令和8年）.
    if (i + 1 < dates.size()) {
      const DateExpr& next = dates[i + 1];
      size_t paren = open_paren_before(text, date.end, next.begin);
      if (paren == std::string_view::npos || !only_spaces(text, date.end, paren)) continue;
      const bool era_then_western = date.era != DatePoint::Era::none && next.era == DatePoint::Era::none;
      const bool western_then_era = date.era == DatePoint::Era::none && next.era != DatePoint::Era::none;
      if (!era_then_western && !western_then_era) continue;
      if (date.year <= 0 || next.year <= 0) continue;
      bool differs = date.year != next.year;
      if (!differs && date.range_end && next.range_end) differs = date.range_end->year != next.range_end->year;
      if (!differs) continue;
      const DateExpr& era = era_then_western ? date : next;
      const DateExpr& western = era_then_western ? next : date;
      const DatePoint& era_point = (date.range_end && next.range_end && date.year == next.year) ? *era.range_end : era;
      const DatePoint& western_point =
          (date.range_end && next.range_end && date.year == next.year) ? *western.range_end : western;
      reporter.report(Span{date.begin, next.end}, era_year_text(era_point) + "は" + std::to_string(era_point.year) +
                                                       "年ですが、併記された西暦は" + std::to_string(western_point.year) +
                                                       "年です");
      ++i;
    }
  }
}

const Check kDateMismatch{
    "date-mismatch",
    Severity::error,
    {
        "和暦と西暦の不一致、存在しない日付、曜日の誤り、元号の範囲外の年",
        "本文（コード・URLなどを除く）の日付を読み、次を報告します。"
        "(1) 和暦と括弧内の西暦（またはその逆）が別の年を指す: 令和7年（2026年）。"
        "(2) 存在しない日付: 令和8年2月30日、13月、令和0年、令和元年4月1日（まだ平成）、平成31年5月1日（既に令和）。"
        "(3) 書かれた曜日が日付と合わない: 令和8年1月21日（木）（水曜日）。"
        "(4) 元号が終わった後の年（平成32年度、H35）: 改元前に作られた文書では正当な書き方なので、"
        "読み替え（平成32年 = 令和2年 = 2020年）を添えて警告にします。"
        "R3、H30 などの略記も同じく判定します。年の書かれていない日付（3月10日（火））の曜日は判定しません。",
        "日付の誤りは会議日程や施行日の誤りにつながります。曜日の併記は誤りの検出に役立つ一方、それ自体が誤っていることもあります。",
        "誤: 令和7年（2026年）、令和8年1月21日（木）、令和8年2月30日\n正: 令和8年（2026年）、令和8年1月21日（水）、令和8年2月28日",
        "",
        "",
    },
    &run,
};
KOSEI_REGISTER_CHECK(kDateMismatch);

}  // namespace
}  // namespace kosei
