// Google Benchmark for the amount and date parsers (quantity_grammar.cpp, date_grammar.cpp) and the
// amounts layer: items_per_second is parses per second. Build with -DKOSEI_BUILD_BENCH=ON and run
// ./build/kosei_bench --benchmark_filter=Quantity.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "app/run.h"
#include "quantity/date.h"
#include "quantity/quantity.h"
#include "source/decode.h"

namespace {

const std::vector<std::string>& amounts() {
  static const std::vector<std::string> samples = {
      "181億円", "21.9億円", "1兆2,345億円", "11兆5,414億円", "6,571億円", "１兆円", "二万人", "三千億円",
      "約3兆円", "3兆円程度", "3兆円超", "1.5兆円以上", "2～3兆円", "5,500億ドル", "9.5%", "30％", "7名", "26件",
      "61項目", "102.3億円"};
  return samples;
}

const std::vector<std::string>& dates() {
  static const std::vector<std::string> samples = {"令和8年3月10日（火）", "令和8年度", "令和元年", "R3～R12",
                                                   "2026年3月10日", "2026~2030年度", "令和 5 年", "令和５年",
                                                   "平成32年度", "令和7年度～令和10年度"};
  return samples;
}

void BM_QuantityParse(benchmark::State& state) {
  const auto& samples = amounts();
  size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(kosei::parse_quantity(samples[i]));
    if (++i == samples.size()) i = 0;
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_QuantityParse);

void BM_QuantityDateParse(benchmark::State& state) {
  const auto& samples = dates();
  size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(kosei::parse_date(samples[i]));
    if (++i == samples.size()) i = 0;
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_QuantityDateParse);

// A budget-sheet paragraph scanned by find_quantities: items = quantities found per second.
void BM_QuantityFindInProse(benchmark::State& state) {
  std::string text;
  for (int i = 0; i < 50; ++i) {
    text += "●マテリアル先端リサーチインフラ（ARIM）\n21.9億円（21.9億円）[10.1億円]\n"
            "実施機関：R3～R12、採択件数：大学・国研等（26件）。市場規模は2030年に約3兆円、うち国内1兆2,345億円。\n";
  }
  size_t found = 0;
  for (auto _ : state) {
    auto quantities = kosei::find_quantities(text);
    found += quantities.size();
    benchmark::DoNotOptimize(quantities);
  }
  state.SetItemsProcessed(static_cast<int64_t>(found));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_QuantityFindInProse);

}  // namespace
