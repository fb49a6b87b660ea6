// Google Benchmarks for the pipeline's hot paths on the seed documents (../shared/seeds, or
// KOSEI_SEEDS_DIR): decoding, structure, normalization, field mentions, and the whole check.
// Build with -DKOSEI_BUILD_BENCH=ON; run ./build/kosei_bench.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/run.h"

namespace {

const std::string& corpus() {
  static const std::string text = [] {
    std::filesystem::path dir = std::filesystem::path(KOSEI_SOURCE_DIR).parent_path() / "shared" / "seeds";
    if (const char* env = std::getenv("KOSEI_SEEDS_DIR")) dir = env;
    std::string all;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream buffer;
      buffer << in.rdbuf();
      all += buffer.str();
    }
    return all;
  }();
  return text;
}

void set_bytes(benchmark::State& state) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(corpus().size()));
}

void BM_Decode(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(kosei::decode_bytes(corpus()));
  set_bytes(state);
}
BENCHMARK(BM_Decode);

void BM_SourceMapAndStructure(benchmark::State& state) {
  for (auto _ : state) {
    kosei::SourceMap map(corpus());
    benchmark::DoNotOptimize(kosei::read_structure(corpus(), map));
  }
  set_bytes(state);
}
BENCHMARK(BM_SourceMapAndStructure);

void BM_Normalize(benchmark::State& state) {
  kosei::SourceMap map(corpus());
  kosei::Structure structure = kosei::read_structure(corpus(), map);
  for (auto _ : state) benchmark::DoNotOptimize(kosei::normalize_for_matching(corpus(), structure.masked));
  set_bytes(state);
}
BENCHMARK(BM_Normalize);

void BM_FieldMentions(benchmark::State& state) {
  const kosei::Knowledge& knowledge = kosei::builtin_knowledge();
  kosei::SourceMap map(corpus());
  kosei::Structure structure = kosei::read_structure(corpus(), map);
  kosei::MatchText match = kosei::normalize_for_matching(corpus(), structure.masked);
  for (auto _ : state) benchmark::DoNotOptimize(knowledge.fields.find(corpus(), match, structure, map));
  set_bytes(state);
}
BENCHMARK(BM_FieldMentions);

void BM_WholeDocument(benchmark::State& state) {
  const kosei::Knowledge& knowledge = kosei::builtin_knowledge();
  for (auto _ : state) {
    std::string error;
    benchmark::DoNotOptimize(kosei::check_bytes(corpus(), "corpus.txt", knowledge, {}, &error));
  }
  set_bytes(state);
}
BENCHMARK(BM_WholeDocument);

}  // namespace
