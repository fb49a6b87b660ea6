#include "quantity/decimal.h"

#include <limits>
#include <stdexcept>

namespace kosei {
namespace {

__extension__ typedef __int128 i128;

constexpr int kMaxScale = 36;  // 10^36 still fits in i128 (max ~1.7e38)

i128 pow10_128(int n) {
  i128 r = 1;
  for (int i = 0; i < n; ++i) r *= 10;
  return r;
}

// Both operands at the common (larger) scale, in i128. Fine as long as scales <= 18 and
// |units| < 2^63: 9.2e18 * 1e18 < 1.7e38.
void align(const Decimal& a, const Decimal& b, i128& x, i128& y, int& scale) {
  scale = a.scale > b.scale ? a.scale : b.scale;
  x = static_cast<i128>(a.units) * pow10_128(scale - a.scale);
  y = static_cast<i128>(b.units) * pow10_128(scale - b.scale);
}

// Fit an i128 at `scale` into a Decimal, dropping trailing zeros if needed; throws if impossible.
Decimal fit(i128 v, int scale) {
  while (scale > 0 && v % 10 == 0 &&
         (v > std::numeric_limits<std::int64_t>::max() ||
          v < std::numeric_limits<std::int64_t>::min() || scale > 18)) {
    v /= 10;
    --scale;
  }
  if (v > std::numeric_limits<std::int64_t>::max() || v < std::numeric_limits<std::int64_t>::min() ||
      scale > 18)
    throw std::overflow_error("kosei::Decimal overflow");
  return Decimal{static_cast<std::int64_t>(v), scale};
}

}  // namespace

std::optional<Decimal> Decimal::parse(std::string_view s) {
  bool neg = false;
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
    neg = s.front() == '-';
    s.remove_prefix(1);
  }
  if (s.empty()) return std::nullopt;
  i128 v = 0;
  int scale = 0;
  bool point = false, any = false;
  for (char c : s) {
    if (c == '.') {
      if (point) return std::nullopt;
      point = true;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    any = true;
    v = v * 10 + (c - '0');
    if (point) ++scale;
    if (v > std::numeric_limits<std::int64_t>::max() || scale > 18) return std::nullopt;
  }
  if (!any || (point && s.back() == '.')) return std::nullopt;
  return Decimal{static_cast<std::int64_t>(neg ? -v : v), scale};
}

std::string Decimal::to_string() const {
  i128 v = units;
  bool neg = v < 0;
  if (neg) v = -v;
  std::string digits;
  do {
    digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(v % 10)));
    v /= 10;
  } while (v != 0);
  if (scale > 0) {
    if (static_cast<int>(digits.size()) <= scale)
      digits.insert(0, static_cast<size_t>(scale) - digits.size() + 1, '0');
    digits.insert(digits.size() - static_cast<size_t>(scale), 1, '.');
  }
  return neg ? "-" + digits : digits;
}

Decimal Decimal::normalized() const {
  Decimal d = *this;
  while (d.scale > 0 && d.units % 10 == 0) {
    d.units /= 10;
    --d.scale;
  }
  return d;
}

std::optional<Decimal> Decimal::rescaled(int new_scale) const {
  if (new_scale < scale || new_scale > 18) return std::nullopt;
  i128 v = static_cast<i128>(units) * pow10_128(new_scale - scale);
  if (v > std::numeric_limits<std::int64_t>::max() || v < std::numeric_limits<std::int64_t>::min())
    return std::nullopt;
  return Decimal{static_cast<std::int64_t>(v), new_scale};
}

Decimal Decimal::shifted(int p) const {
  if (p <= 0) {
    if (scale - p > kMaxScale) throw std::overflow_error("kosei::Decimal overflow");
    return fit(units, scale - p);
  }
  if (p <= scale) return Decimal{units, scale - p};
  if (p - scale > 30) throw std::overflow_error("kosei::Decimal overflow");
  return fit(static_cast<i128>(units) * pow10_128(p - scale), 0);
}

bool operator==(const Decimal& a, const Decimal& b) { return (a <=> b) == 0; }

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
  i128 x, y;
  int s;
  align(a, b, x, y, s);
  return x < y ? std::strong_ordering::less
               : (x > y ? std::strong_ordering::greater : std::strong_ordering::equal);
}

Decimal operator+(const Decimal& a, const Decimal& b) {
  i128 x, y;
  int s;
  align(a, b, x, y, s);
  return fit(x + y, s);
}

Decimal operator-(const Decimal& a, const Decimal& b) {
  i128 x, y;
  int s;
  align(a, b, x, y, s);
  return fit(x - y, s);
}

Decimal operator*(const Decimal& a, const Decimal& b) {
  i128 x = static_cast<i128>(a.units) * static_cast<i128>(b.units);  // < 2^126
  return fit(x, a.scale + b.scale);
}

bool Interval::contains(const Decimal& v) const {
  bool above_lo = lo_open ? v > lo : v >= lo;
  bool below_hi = unbounded_above || (hi_open ? v < hi : v <= hi);
  return above_lo && below_hi;
}

std::string Interval::to_string() const {
  std::string s = lo_open ? "(" : "[";
  s += lo.to_string();
  s += ", ";
  if (unbounded_above) return s + "+inf)";
  s += hi.to_string();
  s += hi_open ? ")" : "]";
  return s;
}

Interval written_interval(const Decimal& v) {
  Decimal h = v.half_unit();
  return Interval{v - h, v + h};
}

Interval written_interval(const Decimal& v, int power_of_ten) {
  Decimal h = v.half_unit();
  return Interval{(v - h).shifted(power_of_ten), (v + h).shifted(power_of_ten)};
}

Interval operator+(const Interval& a, const Interval& b) {
  Interval r;
  r.lo = a.lo + b.lo;
  r.lo_open = a.lo_open || b.lo_open;
  r.unbounded_above = a.unbounded_above || b.unbounded_above;
  if (!r.unbounded_above) {
    r.hi = a.hi + b.hi;
    r.hi_open = a.hi_open || b.hi_open;
  }
  return r;
}

bool overlaps(const Interval& a, const Interval& b) {
  // a.lo must not be beyond b.hi and b.lo not beyond a.hi (respecting openness).
  auto lo_below_hi = [](const Interval& lo_side, const Interval& hi_side) {
    if (hi_side.unbounded_above) return true;
    if (lo_side.lo_open || hi_side.hi_open) return lo_side.lo < hi_side.hi;
    return lo_side.lo <= hi_side.hi;
  };
  return lo_below_hi(a, b) && lo_below_hi(b, a);
}

}  // namespace kosei
