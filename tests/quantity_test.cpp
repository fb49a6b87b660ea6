// Tests for kosei::Decimal, Interval and the quantity grammar (linter/quantity/).
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "quantity/decimal.h"
#include "quantity/quantity.h"

namespace kosei {
namespace {

// Byte length of a UTF-8 literal: expected offsets are written as sums of the pieces before them.
std::size_t B(std::string_view s) { return s.size(); }

Decimal D(std::int64_t units, int scale) { return Decimal{units, scale}; }

void ExpectQuantity(const Quantity& q, std::int64_t units, int scale, int power,
                    const std::string& unit, Qualifier qualifier, std::size_t begin,
                    std::size_t end) {
  EXPECT_EQ(q.value.units, units);
  EXPECT_EQ(q.value.scale, scale);
  EXPECT_EQ(q.power_of_ten, power);
  EXPECT_EQ(q.unit, unit);
  EXPECT_EQ(q.qualifier, qualifier);
  EXPECT_EQ(q.begin, begin);
  EXPECT_EQ(q.end, end);
}

// Parses `text` as exactly one quantity spanning all of it.
Quantity Whole(std::string_view text) {
  auto q = parse_quantity(text);
  EXPECT_TRUE(q.has_value()) << text;
  if (!q) return Quantity{};
  EXPECT_EQ(q->begin, 0u) << text;
  EXPECT_EQ(q->end, text.size()) << text;
  return *q;
}

// ---------------------------------------------------------------- Decimal

TEST(Decimal, ParseAndPrintKeepWrittenScale) {
  auto d = Decimal::parse("21.90");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->units, 2190);
  EXPECT_EQ(d->scale, 2);
  EXPECT_EQ(d->to_string(), "21.90");
  EXPECT_EQ(D(219, 1).to_string(), "21.9");
  EXPECT_EQ(D(181, 0).to_string(), "181");
  EXPECT_EQ(D(5, 2).to_string(), "0.05");
  EXPECT_EQ(D(-5, 2).to_string(), "-0.05");
  EXPECT_EQ(D(-2185, 2).to_string(), "-21.85");
}

TEST(Decimal, ParseRejectsMalformed) {
  EXPECT_FALSE(Decimal::parse(""));
  EXPECT_FALSE(Decimal::parse("."));
  EXPECT_FALSE(Decimal::parse("1."));
  EXPECT_FALSE(Decimal::parse("1.2.3"));
  EXPECT_FALSE(Decimal::parse("1,000"));
  EXPECT_FALSE(Decimal::parse("99999999999999999999"));  // > int64
}

TEST(Decimal, EqualityAndOrderingAreByValueAcrossScales) {
  EXPECT_EQ(D(2190, 2), D(219, 1));
  EXPECT_LT(D(2185, 2), D(219, 1));
  EXPECT_GT(D(1812, 1), D(181, 0));
  EXPECT_NE(D(1812, 1), D(181, 0));
  EXPECT_LT(D(-1, 0), D(0, 0));
}

TEST(Decimal, AdditionAndSubtractionAlignScales) {
  Decimal sum = D(219, 1) + D(139, 1) + D(349, 1) + D(82, 1) + D(1023, 1);
  EXPECT_EQ(sum, D(1812, 1));
  EXPECT_EQ(sum.to_string(), "181.2");
  EXPECT_EQ((D(181, 0) - D(5, 1)).to_string(), "180.5");
  EXPECT_EQ((D(1, 0) + D(5, 2)).to_string(), "1.05");
}

TEST(Decimal, MultiplicationIsExact) {
  EXPECT_EQ((D(3, 0) * D(5, 2)).to_string(), "0.15");
  EXPECT_EQ(D(219, 1) * D(100000000, 0), D(2190000000, 0));
}

TEST(Decimal, OverflowThrowsInsteadOfWrapping) {
  Decimal big{INT64_MAX, 0};
  EXPECT_THROW(big + D(1, 0), std::overflow_error);
  EXPECT_THROW(big * D(2, 0), std::overflow_error);
  EXPECT_THROW(D(1, 0).shifted(19), std::overflow_error);
}

TEST(Decimal, ShiftedMovesThePoint) {
  EXPECT_EQ(D(219, 1).shifted(8), D(2190000000, 0));
  EXPECT_EQ(D(219, 1).shifted(8).scale, 0);
  EXPECT_EQ(D(219, 1).shifted(1), D(219, 0));
  EXPECT_EQ(D(5, 0).shifted(-2).to_string(), "0.05");
}

TEST(Decimal, NormalizedAndRescaled) {
  EXPECT_EQ(D(21900, 3).normalized().units, 219);
  EXPECT_EQ(D(21900, 3).normalized().scale, 1);
  EXPECT_EQ(D(1800, 1).normalized().scale, 0);
  auto r = D(219, 1).rescaled(3);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->units, 21900);
  EXPECT_FALSE(D(219, 1).rescaled(0));
}

TEST(Decimal, HalfUnitOfLastWrittenDigit) {
  EXPECT_EQ(D(219, 1).half_unit(), D(5, 2));
  EXPECT_EQ(D(181, 0).half_unit(), D(5, 1));
}

TEST(Interval, WrittenIntervalIsHalfAUnitEitherSide) {
  Interval a = written_interval(D(219, 1));
  EXPECT_EQ(a.lo.to_string(), "21.85");
  EXPECT_EQ(a.hi.to_string(), "21.95");
  Interval b = written_interval(D(181, 0));
  EXPECT_EQ(b.lo.to_string(), "180.5");
  EXPECT_EQ(b.hi.to_string(), "181.5");
  EXPECT_EQ(b.to_string(), "[180.5, 181.5]");
}

TEST(Interval, WrittenIntervalWithPowerIsInBaseUnits) {
  Interval a = written_interval(D(219, 1), 8);
  EXPECT_EQ(a.lo, D(2185000000, 0));
  EXPECT_EQ(a.hi, D(2195000000, 0));
}

TEST(Interval, BudgetSheetLinesSumWithinRoundingOfTotal) {
  // 002 seed: 21.9 + 13.9 + 34.9 + 8.2 + 102.3 = 181.2 against the total 181億円.
  Interval sum = written_interval(D(219, 1)) + written_interval(D(139, 1)) +
                 written_interval(D(349, 1)) + written_interval(D(82, 1)) +
                 written_interval(D(1023, 1));
  EXPECT_EQ(sum.lo.to_string(), "180.95");
  EXPECT_EQ(sum.hi.to_string(), "181.45");
  EXPECT_TRUE(overlaps(sum, written_interval(D(181, 0))));
  // Previous year: 21.9 + 13.6 + 36.1 + 8.2 + 103.2 = 183.0 vs 183.
  Interval prev = written_interval(D(219, 1)) + written_interval(D(136, 1)) +
                  written_interval(D(361, 1)) + written_interval(D(82, 1)) +
                  written_interval(D(1032, 1));
  EXPECT_TRUE(overlaps(prev, written_interval(D(183, 0))));
  // Supplementary: 10.1 + 1.1 + 33.5 = 44.7 vs 45.
  Interval supp = written_interval(D(101, 1)) + written_interval(D(11, 1)) +
                  written_interval(D(335, 1));
  EXPECT_TRUE(overlaps(supp, written_interval(D(45, 0))));
}

TEST(Interval, SumFarFromTotalDoesNotOverlap) {
  EXPECT_FALSE(overlaps(written_interval(D(1750, 1)), written_interval(D(181, 0))));
  EXPECT_FALSE(overlaps(written_interval(D(181, 0)), written_interval(D(1750, 1))));
}

TEST(Interval, TouchingClosedIntervalsOverlapButOpenOnesDoNot) {
  Interval a{D(1, 0), D(2, 0)};
  Interval b{D(2, 0), D(3, 0)};
  EXPECT_TRUE(overlaps(a, b));
  b.lo_open = true;
  EXPECT_FALSE(overlaps(a, b));
  Interval unbounded{D(5, 0), D(0, 0), false, false, true};
  EXPECT_TRUE(overlaps(unbounded, Interval{D(100, 0), D(200, 0)}));
  EXPECT_FALSE(overlaps(unbounded, Interval{D(1, 0), D(4, 0)}));
  EXPECT_TRUE(unbounded.contains(D(1000000, 0)));
  EXPECT_FALSE(unbounded.contains(D(4, 0)));
}

// ---------------------------------------------------------------- numerals

TEST(Numeral, KanjiStructuredAndPositional) {
  EXPECT_EQ(numeral::kanji_to_int("十七"), 17);
  EXPECT_EQ(numeral::kanji_to_int("十"), 10);
  EXPECT_EQ(numeral::kanji_to_int("二十"), 20);
  EXPECT_EQ(numeral::kanji_to_int("百"), 100);
  EXPECT_EQ(numeral::kanji_to_int("三千"), 3000);
  EXPECT_EQ(numeral::kanji_to_int("二千二十六"), 2026);
  EXPECT_EQ(numeral::kanji_to_int("九千九百九十九"), 9999);
  EXPECT_EQ(numeral::kanji_to_int("二〇二六"), 2026);
  EXPECT_EQ(numeral::kanji_to_int("八"), 8);
}

TEST(Numeral, KanjiRejectsMalformed) {
  EXPECT_FALSE(numeral::kanji_to_int(""));
  EXPECT_FALSE(numeral::kanji_to_int("十十"));
  EXPECT_FALSE(numeral::kanji_to_int("百千"));
  EXPECT_FALSE(numeral::kanji_to_int("二三十"));
  EXPECT_FALSE(numeral::kanji_to_int("〇百"));
  EXPECT_FALSE(numeral::kanji_to_int("万"));
  EXPECT_FALSE(numeral::kanji_to_int("1"));
}

TEST(Numeral, ArabicAcceptsFullWidthDigitsAndSeparators) {
  auto a = numeral::arabic_to_decimal("２１．９");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->units, 219);
  EXPECT_EQ(a->scale, 1);
  auto b = numeral::arabic_to_decimal("1，234");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->units, 1234);
  EXPECT_FALSE(numeral::arabic_to_decimal("12a"));
  EXPECT_FALSE(numeral::arabic_to_decimal(""));
}

TEST(Numeral, ToIntTakesDigitsOrKanjiOnly) {
  EXPECT_EQ(numeral::to_int("１２"), 12);
  EXPECT_EQ(numeral::to_int("十二"), 12);
  EXPECT_FALSE(numeral::to_int("1.5"));
  EXPECT_FALSE(numeral::to_int("1,000"));
}

// ---------------------------------------------------------------- single quantities

TEST(Quantity, WholeOkuYen) {
  Quantity q = Whole("181億円");
  ExpectQuantity(q, 181, 0, 8, "円", Qualifier::exact, 0, B("181億円"));
  EXPECT_EQ(q.base_value(), D(18100000000, 0));
  EXPECT_FALSE(q.is_range());
}

TEST(Quantity, DecimalOkuYenKeepsScale) {
  Quantity q = Whole("21.9億円");
  ExpectQuantity(q, 219, 1, 8, "円", Qualifier::exact, 0, B("21.9億円"));
  EXPECT_EQ(q.base_value(), D(2190000000, 0));
  EXPECT_EQ(q.value.to_string(), "21.9");
}

TEST(Quantity, ChoAndOkuNormaliseToSmallestMultiplier) {
  ExpectQuantity(Whole("1兆2,345億円"), 12345, 0, 8, "円", Qualifier::exact, 0, B("1兆2,345億円"));
  Quantity q = Whole("11兆5,414億円");
  ExpectQuantity(q, 115414, 0, 8, "円", Qualifier::exact, 0, B("11兆5,414億円"));
  EXPECT_EQ(q.base_value(), D(11541400000000, 0));
}

TEST(Quantity, ChoWithSmallOkuPart) {
  ExpectQuantity(Whole("1兆50億円"), 10050, 0, 8, "円", Qualifier::exact, 0, B("1兆50億円"));
  ExpectQuantity(Whole("1億5000万円"), 15000, 0, 4, "円", Qualifier::exact, 0, B("1億5000万円"));
}

TEST(Quantity, GroupedThousands) {
  ExpectQuantity(Whole("6,571億円"), 6571, 0, 8, "円", Qualifier::exact, 0, B("6,571億円"));
  ExpectQuantity(Whole("12,345,678円"), 12345678, 0, 0, "円", Qualifier::exact, 0,
                 B("12,345,678円"));
  ExpectQuantity(Whole("1,234.5万円"), 12345, 1, 4, "円", Qualifier::exact, 0, B("1,234.5万円"));
}

TEST(Quantity, FullWidthDigitsAndSeparators) {
  ExpectQuantity(Whole("１兆円"), 1, 0, 12, "円", Qualifier::exact, 0, B("１兆円"));
  ExpectQuantity(Whole("２１．９億円"), 219, 1, 8, "円", Qualifier::exact, 0, B("２１．９億円"));
  ExpectQuantity(Whole("６，５７１億円"), 6571, 0, 8, "円", Qualifier::exact, 0, B("６，５７１億円"));
}

TEST(Quantity, KanjiNumerals) {
  ExpectQuantity(Whole("二万人"), 2, 0, 4, "人", Qualifier::exact, 0, B("二万人"));
  ExpectQuantity(Whole("三千億円"), 3000, 0, 8, "円", Qualifier::exact, 0, B("三千億円"));
  ExpectQuantity(Whole("十七分野"), 17, 0, 0, "分野", Qualifier::exact, 0, B("十七分野"));
  ExpectQuantity(Whole("二千二十六件"), 2026, 0, 0, "件", Qualifier::exact, 0, B("二千二十六件"));
  EXPECT_EQ(Whole("三千億円").base_value(), D(300000000000, 0));
}

TEST(Quantity, ArabicWithSenMultiplier) {
  // 千 after an Arabic number: folded into the value before 億, the multiplier on its own.
  ExpectQuantity(Whole("3千億円"), 3000, 0, 8, "円", Qualifier::exact, 0, B("3千億円"));
  ExpectQuantity(Whole("5千人"), 5, 0, 3, "人", Qualifier::exact, 0, B("5千人"));
  ExpectQuantity(Whole("1万5千人"), 15, 0, 3, "人", Qualifier::exact, 0, B("1万5千人"));
}

TEST(Quantity, ManWithDecimal) {
  Quantity q = Whole("17.5万人");
  ExpectQuantity(q, 175, 1, 4, "人", Qualifier::exact, 0, B("17.5万人"));
  EXPECT_EQ(q.base_value(), D(175000, 0));
}

TEST(Quantity, ApproxPrefixAndSuffixes) {
  ExpectQuantity(Whole("約3兆円"), 3, 0, 12, "円", Qualifier::approx, 0, B("約3兆円"));
  ExpectQuantity(Whole("3兆円程度"), 3, 0, 12, "円", Qualifier::approx, 0, B("3兆円程度"));
  ExpectQuantity(Whole("100人前後"), 100, 0, 0, "人", Qualifier::approx, 0, B("100人前後"));
  ExpectQuantity(Whole("およそ5件"), 5, 0, 0, "件", Qualifier::approx, 0, B("およそ5件"));
  ExpectQuantity(Whole("6,500件程度"), 6500, 0, 0, "件", Qualifier::approx, 0, B("6,500件程度"));
}

TEST(Quantity, BoundQualifiers) {
  ExpectQuantity(Whole("3兆円超"), 3, 0, 12, "円", Qualifier::over, 0, B("3兆円超"));
  ExpectQuantity(Whole("1.5兆円以上"), 15, 1, 12, "円", Qualifier::at_least, 0, B("1.5兆円以上"));
  ExpectQuantity(Whole("10件未満"), 10, 0, 0, "件", Qualifier::under, 0, B("10件未満"));
  ExpectQuantity(Whole("10件以下"), 10, 0, 0, "件", Qualifier::at_most, 0, B("10件以下"));
}

TEST(Quantity, SuffixQualifierOverridesApproxPrefix) {
  EXPECT_EQ(Whole("約3兆円以上").qualifier, Qualifier::at_least);
  EXPECT_EQ(Whole("約3兆円程度").qualifier, Qualifier::approx);
}

TEST(Quantity, RangeSharesUnitAndMultiplier) {
  Quantity q = Whole("2～3兆円");
  ExpectQuantity(q, 2, 0, 12, "円", Qualifier::exact, 0, B("2～3兆円"));
  ASSERT_TRUE(q.upper);
  EXPECT_EQ(q.upper->units, 3);
  EXPECT_EQ(q.upper->scale, 0);
  EXPECT_TRUE(q.is_range());
  EXPECT_EQ(q.base_upper(), D(3000000000000, 0));
}

TEST(Quantity, RangeMarksAllAccepted) {
  for (const char* text : {"2～3兆円", "2〜3兆円", "2~3兆円", "2-3兆円", "2－3兆円"}) {
    auto q = parse_quantity(text);
    ASSERT_TRUE(q) << text;
    EXPECT_EQ(q->end, std::string_view(text).size()) << text;
    ASSERT_TRUE(q->upper) << text;
    EXPECT_EQ(*q->upper, D(3, 0)) << text;
  }
}

TEST(Quantity, RangeWithBothUnitsAndDifferentMultipliers) {
  Quantity q = Whole("2兆円～3兆円");
  EXPECT_EQ(q.value, D(2, 0));
  EXPECT_EQ(*q.upper, D(3, 0));
  EXPECT_EQ(q.power_of_ten, 12);
  Quantity r = Whole("5千～1万人");
  EXPECT_EQ(r.power_of_ten, 3);
  EXPECT_EQ(r.value, D(5, 0));
  EXPECT_EQ(*r.upper, D(10, 0));
  Quantity s = Whole("約2～3兆円");
  EXPECT_EQ(s.qualifier, Qualifier::approx);
}

TEST(Quantity, RangeRejectsMismatchedUnitsOrReversedBounds) {
  auto mismatched = parse_quantity("2円～3ドル");
  ASSERT_TRUE(mismatched);  // 2円 alone is still a quantity
  EXPECT_FALSE(mismatched->is_range());
  EXPECT_EQ(mismatched->end, B("2円"));
  EXPECT_FALSE(parse_quantity("3～2兆円"));
}

TEST(Quantity, OtherCurrencies) {
  ExpectQuantity(Whole("5,500億ドル"), 5500, 0, 8, "ドル", Qualifier::exact, 0, B("5,500億ドル"));
  ExpectQuantity(Whole("10億ユーロ"), 10, 0, 8, "ユーロ", Qualifier::exact, 0, B("10億ユーロ"));
}

TEST(Quantity, PercentagesNormaliseFullWidthSign) {
  ExpectQuantity(Whole("9.5%"), 95, 1, 0, "%", Qualifier::exact, 0, B("9.5%"));
  ExpectQuantity(Whole("30％"), 30, 0, 0, "%", Qualifier::exact, 0, B("30％"));
  ExpectQuantity(Whole("約25%"), 25, 0, 0, "%", Qualifier::approx, 0, B("約25%"));
}

TEST(Quantity, Counters) {
  ExpectQuantity(Whole("7名"), 7, 0, 0, "名", Qualifier::exact, 0, B("7名"));
  ExpectQuantity(Whole("26件"), 26, 0, 0, "件", Qualifier::exact, 0, B("26件"));
  ExpectQuantity(Whole("61項目"), 61, 0, 0, "項目", Qualifier::exact, 0, B("61項目"));
  ExpectQuantity(Whole("17分野"), 17, 0, 0, "分野", Qualifier::exact, 0, B("17分野"));
  ExpectQuantity(Whole("8課題"), 8, 0, 0, "課題", Qualifier::exact, 0, B("8課題"));
  ExpectQuantity(Whole("17領域"), 17, 0, 0, "領域", Qualifier::exact, 0, B("17領域"));
  ExpectQuantity(Whole("190名"), 190, 0, 0, "名", Qualifier::exact, 0, B("190名"));
}

TEST(Quantity, SpaceBetweenNumberAndUnitIsInsideSpaceBeforeIsNot) {
  ExpectQuantity(Whole("9 名"), 9, 0, 0, "名", Qualifier::exact, 0, B("9 名"));
  auto qs = find_quantities("有識者 9名");
  ASSERT_EQ(qs.size(), 1u);
  ExpectQuantity(qs[0], 9, 0, 0, "名", Qualifier::exact, B("有識者 "), B("有識者 9名"));
}

// find_quantities skips a number at once when the character after its run of digits, separators,
// kanji numerals, multipliers and spaces cannot begin a unit or a range mark: the quantities below
// (spaces and multipliers inside, a range) must still be found, the bare numbers not.
TEST(Quantity, OnlyNumbersFollowedByAUnitOrRangeAreParsed) {
  const std::string text = "第2期（2026年度）の3 千 億円と、1,234\u3000万人、2-3 兆円、①は12.5";
  auto qs = find_quantities(text);
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_EQ(text.substr(qs[0].begin, qs[0].end - qs[0].begin), "3 千 億円");
  EXPECT_EQ(qs[0].base_value().to_string(), "300000000000");
  EXPECT_EQ(text.substr(qs[1].begin, qs[1].end - qs[1].begin), "1,234\u3000万人");
  EXPECT_EQ(qs[1].unit, "人");
  EXPECT_EQ(text.substr(qs[2].begin, qs[2].end - qs[2].begin), "2-3 兆円");
  ASSERT_TRUE(qs[2].upper);
  EXPECT_EQ(qs[2].power_of_ten, 12);
}

TEST(Quantity, ParseQuantityAllowsTrailingText) {
  auto q = parse_quantity("4兆円規模");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->end, B("4兆円"));
}

// ---------------------------------------------------------------- malformed

TEST(QuantityMalformed, BadThousandsGroupingIsRejected) {
  EXPECT_FALSE(parse_quantity("1,00億円"));
  EXPECT_TRUE(find_quantities("1,00億円").empty());
  EXPECT_FALSE(parse_quantity("1,2345億円"));
  EXPECT_TRUE(find_quantities("1,2345億円").empty());
  EXPECT_TRUE(find_quantities("12,34,567円").empty());
}

TEST(QuantityMalformed, MultiplierWithoutNumberIsNotAQuantity) {
  EXPECT_FALSE(parse_quantity("億円"));
  EXPECT_TRUE(find_quantities("億円").empty());
  EXPECT_TRUE(find_quantities("予算は億円単位").empty());
}

TEST(QuantityMalformed, NumberWithoutCounterIsNotAQuantity) {
  EXPECT_FALSE(parse_quantity("181"));
  EXPECT_FALSE(parse_quantity("3兆"));
  EXPECT_FALSE(parse_quantity("2～3"));
}

TEST(QuantityMalformed, InconsistentMultipliersAreRejected) {
  EXPECT_FALSE(parse_quantity("1兆12,345億円"));  // 12,345億 is not below 1兆
  EXPECT_FALSE(parse_quantity("1億2兆円"));       // multipliers must decrease
  EXPECT_FALSE(parse_quantity("1.5兆2億円"));     // fraction in a compound amount
  EXPECT_FALSE(parse_quantity("1兆2億3億円"));
}

TEST(QuantityMalformed, DottedSectionNumbersAreNotDecimals) {
  EXPECT_TRUE(find_quantities("1.5.2件").empty());
}

TEST(QuantityMalformed, DatesAndAbbreviationsYieldNoAmounts) {
  EXPECT_TRUE(find_quantities("2030年").empty());
  EXPECT_TRUE(find_quantities("R3").empty());
  EXPECT_TRUE(find_quantities("R3件").empty());
  EXPECT_TRUE(find_quantities("令和8年3月10日（火）").empty());
  EXPECT_TRUE(find_quantities("2026~2030年度").empty());
  EXPECT_TRUE(find_quantities("第3回").empty());
  EXPECT_TRUE(find_quantities("COVID19名").empty());
}

TEST(QuantityMalformed, KanjiInsideWordsIsNotANumber) {
  EXPECT_TRUE(find_quantities("同一人物").empty());
  EXPECT_TRUE(find_quantities("統一件名").empty());
  EXPECT_TRUE(find_quantities("一億総活躍").empty());
}

TEST(QuantityMalformed, OverflowIsRejectedNotWrapped) {
  EXPECT_FALSE(parse_quantity("99999999999999999999円"));
  EXPECT_FALSE(parse_quantity("99999兆円"));  // 10^16 yen and above
  EXPECT_TRUE(parse_quantity("9999兆円"));
}

// ---------------------------------------------------------------- intervals of quantities

TEST(QuantityInterval, ExactUsesHalfUnitTimesMultiplier) {
  Interval i = Whole("181億円").interval();
  EXPECT_EQ(i.lo, D(18050000000, 0));
  EXPECT_EQ(i.hi, D(18150000000, 0));
  Interval j = Whole("21.9億円").interval();
  EXPECT_EQ(j.lo, D(2185000000, 0));
  EXPECT_EQ(j.hi, D(2195000000, 0));
  Interval k = Whole("9.5%").interval();
  EXPECT_EQ(k.lo.to_string(), "9.45");
  EXPECT_EQ(k.hi.to_string(), "9.55");
}

TEST(QuantityInterval, ApproxWidensByFivePercent) {
  Interval i = Whole("約3兆円").interval();
  EXPECT_EQ(i.lo, D(2350000000000, 0));
  EXPECT_EQ(i.hi, D(3650000000000, 0));
  EXPECT_FALSE(i.unbounded_above);
}

TEST(QuantityInterval, OverAndAtLeastAreUnboundedAbove) {
  Interval over = Whole("3兆円超").interval();
  EXPECT_EQ(over.lo, D(3000000000000, 0));
  EXPECT_TRUE(over.lo_open);
  EXPECT_TRUE(over.unbounded_above);
  Interval at_least = Whole("1.5兆円以上").interval();
  EXPECT_EQ(at_least.lo, D(1500000000000, 0));
  EXPECT_FALSE(at_least.lo_open);
  EXPECT_TRUE(at_least.unbounded_above);
}

TEST(QuantityInterval, UnderAndAtMostStartAtZero) {
  Interval under = Whole("10件未満").interval();
  EXPECT_EQ(under.lo, D(0, 0));
  EXPECT_EQ(under.hi, D(10, 0));
  EXPECT_TRUE(under.hi_open);
  Interval at_most = Whole("10件以下").interval();
  EXPECT_FALSE(at_most.hi_open);
  EXPECT_TRUE(at_most.contains(D(10, 0)));
  EXPECT_FALSE(under.contains(D(10, 0)));
}

TEST(QuantityInterval, RangeSpansBothEndsWithPrecision) {
  Interval i = Whole("2～3兆円").interval();
  EXPECT_EQ(i.lo, D(1500000000000, 0));
  EXPECT_EQ(i.hi, D(3500000000000, 0));
}

TEST(QuantityInterval, SeedSheetLinesSumToTheHeadlineTotal) {
  std::string_view lines =
      "21.9億円（21.9億円）[10.1億円]\n13.9億円（13.6億円）\n34.9億円（36.1億円）[1.1億円]\n"
      "8.2億円（8.2億円）\n102.3億円（103.2億円）[33.5億円]\n";
  auto qs = find_quantities(lines);
  ASSERT_EQ(qs.size(), 13u);
  Interval this_year = qs[0].interval() + qs[3].interval() + qs[5].interval() +
                       qs[8].interval() + qs[10].interval();
  EXPECT_TRUE(overlaps(this_year, Whole("181億円").interval()));
  EXPECT_FALSE(overlaps(this_year, Whole("175億円").interval()));
  Interval supplementary = qs[2].interval() + qs[7].interval() + qs[12].interval();
  EXPECT_TRUE(overlaps(supplementary, Whole("45億円").interval()));
}

// ---------------------------------------------------------------- scanning

TEST(FindQuantities, SeedSheetLineYieldsThreeAmounts) {
  std::string_view line = "21.9億円（21.9億円）[10.1億円]";
  auto qs = find_quantities(line);
  ASSERT_EQ(qs.size(), 3u);
  ExpectQuantity(qs[0], 219, 1, 8, "円", Qualifier::exact, 0, B("21.9億円"));
  ExpectQuantity(qs[1], 219, 1, 8, "円", Qualifier::exact, B("21.9億円（"),
                 B("21.9億円（21.9億円"));
  ExpectQuantity(qs[2], 101, 1, 8, "円", Qualifier::exact, B("21.9億円（21.9億円）["),
                 B("21.9億円（21.9億円）[10.1億円"));
}

TEST(FindQuantities, ImplementationPeriodAndCountLine) {
  std::string_view line = "実施機関：R3～R12、採択件数：大学・国研等（26件）";
  auto qs = find_quantities(line);
  ASSERT_EQ(qs.size(), 1u);
  ExpectQuantity(qs[0], 26, 0, 0, "件", Qualifier::exact, B("実施機関：R3～R12、採択件数：大学・国研等（"),
                 B("実施機関：R3～R12、採択件数：大学・国研等（26件"));
}

TEST(FindQuantities, ConversionInBracketsIsItsOwnQuantity) {
  std::string_view line = "5,500億ドル（約80兆円）";
  auto qs = find_quantities(line);
  ASSERT_EQ(qs.size(), 2u);
  ExpectQuantity(qs[0], 5500, 0, 8, "ドル", Qualifier::exact, 0, B("5,500億ドル"));
  ExpectQuantity(qs[1], 80, 0, 12, "円", Qualifier::approx, B("5,500億ドル（"),
                 B("5,500億ドル（約80兆円"));
}

TEST(FindQuantities, MarketSizeSentenceSkipsTheYear) {
  std::string_view line = "2030年 約3兆円、世界市場約80兆円、成長率6%";
  auto qs = find_quantities(line);
  ASSERT_EQ(qs.size(), 3u);
  ExpectQuantity(qs[0], 3, 0, 12, "円", Qualifier::approx, B("2030年 "), B("2030年 約3兆円"));
  ExpectQuantity(qs[1], 80, 0, 12, "円", Qualifier::approx, B("2030年 約3兆円、世界市場"),
                 B("2030年 約3兆円、世界市場約80兆円"));
  ExpectQuantity(qs[2], 6, 0, 0, "%", Qualifier::exact, B("2030年 約3兆円、世界市場約80兆円、成長率"),
                 line.size());
}

TEST(FindQuantities, StatisticWithYearInParentheses) {
  std::string_view line = "※17.5万人(2019年度・長期及び中短期留学生数を合算した値)";
  auto qs = find_quantities(line);
  ASSERT_EQ(qs.size(), 1u);
  ExpectQuantity(qs[0], 175, 1, 4, "人", Qualifier::exact, B("※"), B("※17.5万人"));
}

TEST(FindQuantities, CountsInRunningText) {
  std::string_view line = "戦略17分野のうち、61項目を選定し、有識者は合計190名";
  auto qs = find_quantities(line);
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_EQ(qs[0].unit, "分野");
  EXPECT_EQ(qs[0].value, D(17, 0));
  EXPECT_EQ(qs[1].unit, "項目");
  EXPECT_EQ(qs[1].value, D(61, 0));
  EXPECT_EQ(qs[2].unit, "名");
  EXPECT_EQ(qs[2].value, D(190, 0));
  EXPECT_EQ(qs[2].end, line.size());
}

TEST(FindQuantities, ResultsAreOrderedAndNonOverlapping) {
  std::string_view text = "1兆2,345億円と二万人、2～3兆円超、9.5%、30％、7名、26件。";
  auto qs = find_quantities(text);
  ASSERT_EQ(qs.size(), 7u);
  for (std::size_t i = 0; i < qs.size(); ++i) {
    EXPECT_LT(qs[i].begin, qs[i].end);
    EXPECT_LE(qs[i].end, text.size());
    if (i > 0) {
      EXPECT_LE(qs[i - 1].end, qs[i].begin);
    }
  }
  EXPECT_EQ(qs[2].qualifier, Qualifier::over);
  EXPECT_TRUE(qs[2].is_range());
}

TEST(FindQuantities, EmptyAndInvalidUtf8DoNotThrow) {
  EXPECT_TRUE(find_quantities("").empty());
  std::string junk = "\xff\xfe\xe5\x84\x84\xe5\x86 12\xe5\x86\x86 \xef\xbc";  // broken 億円, 12円
  std::vector<Quantity> qs;
  EXPECT_NO_THROW(qs = find_quantities(junk));
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].value, D(12, 0));
  EXPECT_FALSE(parse_quantity(std::string_view("\xe5\x84", 2)));
}

TEST(FindQuantities, PathologicalInputsStayLinear) {
  // Each would be quadratic if every position restarted a parse over the whole run.
  std::string digits(200000, '1');
  EXPECT_TRUE(find_quantities(digits).empty());
  std::string commas;
  for (int i = 0; i < 50000; ++i) commas += "1,";
  EXPECT_TRUE(find_quantities(commas).empty());
  std::string ranges;
  for (int i = 0; i < 30000; ++i) ranges += "1～";
  EXPECT_TRUE(find_quantities(ranges).empty());
  std::string chos;
  for (int i = 0; i < 30000; ++i) chos += "1兆";
  EXPECT_TRUE(find_quantities(chos).empty());
  std::string many;
  for (int i = 0; i < 20000; ++i) many += "5件、";
  EXPECT_EQ(find_quantities(many).size(), 20000u);
}

}  // namespace
}  // namespace kosei
