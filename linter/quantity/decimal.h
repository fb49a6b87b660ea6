// Exact decimal numbers and precision intervals for amounts (no binary floating point).
//
// A Decimal is units * 10^-scale: 21.9 is {219, 1}; 181 is {181, 0}. Equality and ordering are by
// value (21.90 == 21.9). Arithmetic is exact; on int64 overflow it throws std::overflow_error
// (the parsers only produce quantities whose helpers cannot overflow, see quantity.h).
//
// Interval follows XBRL Calculations 1.1: a written figure stands for +/- half a unit of its last
// written digit, so 21.9 -> [21.85, 21.95] and 181 -> [180.5, 181.5]. Sums of intervals add their
// bounds; two statements are consistent when their intervals overlap.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kosei {

struct Decimal {
  std::int64_t units = 0;
  int scale = 0;  // digits after the decimal point, 0..18

  static Decimal from_int(std::int64_t v) { return Decimal{v, 0}; }
  // Plain ASCII "123", "-21.90", "0.05". No grouping, no exponent. nullopt if malformed/overflow.
  static std::optional<Decimal> parse(std::string_view ascii);

  // "21.9", "181", "-0.05": exactly `scale` fractional digits (21.90 at scale 2 prints "21.90").
  std::string to_string() const;
  // Same value with trailing fractional zeros removed (21.90 -> 21.9, scale never below 0).
  Decimal normalized() const;
  // Same value at a larger scale; nullopt if new_scale < scale or the units overflow.
  std::optional<Decimal> rescaled(int new_scale) const;
  // value * 10^p (p may be negative: the scale grows). Throws std::overflow_error.
  Decimal shifted(int p) const;
  bool is_zero() const { return units == 0; }

  // Half a unit of the last written digit: 21.9 -> 0.05, 181 -> 0.5.
  Decimal half_unit() const { return Decimal{5, scale + 1}; }

  friend bool operator==(const Decimal& a, const Decimal& b);
  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b);
  friend Decimal operator+(const Decimal& a, const Decimal& b);  // throws std::overflow_error
  friend Decimal operator-(const Decimal& a, const Decimal& b);  // throws std::overflow_error
  friend Decimal operator*(const Decimal& a, const Decimal& b);  // throws std::overflow_error
};

// A closed/open interval of exact decimals; `unbounded_above` means hi is +infinity (hi ignored).
struct Interval {
  Decimal lo;
  Decimal hi;
  bool lo_open = false;
  bool hi_open = false;
  bool unbounded_above = false;

  bool contains(const Decimal& v) const;
  std::string to_string() const;  // "[21.85, 21.95]", "(3, +inf)"
  friend bool operator==(const Interval&, const Interval&) = default;  // representation-wise
};

// [v - half_unit, v + half_unit]
Interval written_interval(const Decimal& v);
// Interval of a number written with `v`'s precision, multiplied by 10^power (in base units).
Interval written_interval(const Decimal& v, int power_of_ten);
// Sum of intervals (bounds add; openness and unboundedness propagate). Throws std::overflow_error.
Interval operator+(const Interval& a, const Interval& b);
// True when the two intervals share at least one point.
bool overlaps(const Interval& a, const Interval& b);

}  // namespace kosei
