// Dictionary matching speed of the `term` rule: the built-in dictionary, compiled once into one
// literal set (chars/term_dictionary.h), over seed 003 (260 KB, in its NFKC matching
// form, as the rule sees it) repeated to 50 MB. Reports MB/s (bytes_per_second).
//   cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DKOSEI_BUILD_BENCH=ON
//   ninja -C build-bench kosei_bench && ./build-bench/kosei_bench --benchmark_filter=Term
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "chars/term_dictionary.h"
#include "text/normalize.h"

namespace {

constexpr size_t kTargetBytes = 50u << 20;

const std::string& corpus() {
  static const std::string text = [] {
    std::ifstream in(std::string(KOSEI_SOURCE_DIR) + "/../shared/seeds/003_96f157d604a9fb69.txt", std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string seed = kosei::normalize_string(buffer.str());
    std::string out;
    if (seed.empty()) return out;
    out.reserve(kTargetBytes + seed.size());
    while (out.size() < kTargetBytes) out += seed;
    return out;
  }();
  return text;
}

void BM_TermDictionary50MB(benchmark::State& state) {
  const std::string& text = corpus();
  if (text.empty()) {
    state.SkipWithError("seed 003 not found (../shared/seeds)");
    return;
  }
  auto dictionary = kosei::builtin_term_dictionary();
  size_t hits = 0;
  for (auto _ : state) {
    hits = 0;
    dictionary->find(text, [&](const kosei::TermHit&) { ++hits; });
    benchmark::DoNotOptimize(hits);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["terms"] = static_cast<double>(dictionary->size());
  state.counters["hits"] = static_cast<double>(hits);
  state.counters["MB"] = static_cast<double>(text.size()) / 1e6;
}
BENCHMARK(BM_TermDictionary50MB)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace
