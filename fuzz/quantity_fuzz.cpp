// libFuzzer target for the quantity and date parsers.
// Build (from the repository root):
//   clang++-14 -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -Ilinter
//     fuzz/quantity_fuzz.cpp linter/quantity/*.cpp -o /tmp/quantity_fuzz      (one line)
//   /tmp/quantity_fuzz -max_len=256 -max_total_time=60
// Checks: no crash/UB, offsets inside the input and on code points, results ordered and
// non-overlapping, helpers of every parsed quantity computable without overflow, and
// parse_quantity/parse_date agree with the scanners at each reported offset.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "quantity/date.h"
#include "quantity/quantity.h"

namespace {

// A match starts on a code point and never ends inside one it consumed (the byte after `end` may
// still be a stray continuation byte in invalid input).
bool starts_code_point(std::string_view s, std::size_t pos) {
  return pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) != 0x80;
}
bool ends_code_point(std::string_view s, std::size_t end) {
  return end > 0 && static_cast<unsigned char>(s[end - 1]) < 0xC0;
}

void check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);

  std::size_t last_end = 0;
  for (const kosei::Quantity& q : kosei::find_quantities(text)) {
    check(q.begin < q.end && q.end <= text.size() && q.begin >= last_end);
    check(starts_code_point(text, q.begin) && ends_code_point(text, q.end));
    last_end = q.end;
    (void)q.base_value();
    (void)q.interval();  // must not throw for a parsed quantity
    if (q.upper) check(*q.upper >= q.value);
    auto again = kosei::parse_quantity(text.substr(q.begin));
    check(again && again->end == q.end - q.begin && again->value == q.value);
  }

  last_end = 0;
  for (const kosei::DateExpr& d : kosei::find_dates(text)) {
    check(d.begin < d.end && d.end <= text.size() && d.begin >= last_end);
    check(starts_code_point(text, d.begin) && ends_code_point(text, d.end));
    last_end = d.end;
    if (d.year >= 1 && kosei::is_valid_calendar_date(d.year, d.month, d.day))
      check(kosei::weekday_of(d.year, d.month, d.day) >= 0 &&
            kosei::weekday_of(d.year, d.month, d.day) <= 6);
    if (d.era != kosei::DatePoint::Era::none) {
      (void)kosei::read_era_year(d.era, d.era_year);
      (void)kosei::check_era_date(d.era, d.era_year, d.month, d.day);
    }
  }
  (void)kosei::parse_quantity(text);
  (void)kosei::parse_date(text);
  return 0;
}
