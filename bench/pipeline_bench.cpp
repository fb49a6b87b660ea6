// Google Benchmarks for the pipeline's hot paths on the seed documents (../shared/seeds, or
// KOSEI_SEEDS_DIR), as one document: each stage alone (decoding, structure, normalization, lists,
// field mentions, amounts, the character rules' shared pass), every stage before the checks, and
// the whole check.
// Build with -DKOSEI_BUILD_BENCH=ON; run ./build/kosei_bench.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/document.h"
#include "app/run.h"
#include "chars/prose_chars.h"

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

// The stages before the one a benchmark times, computed once: each benchmark times one stage.
struct EarlierStages {
  kosei::SourceMap map{corpus()};
  kosei::Structure structure = kosei::read_structure(corpus(), map);
  kosei::MatchText match = kosei::normalize_for_matching(corpus(), structure.masked);
};

const EarlierStages& earlier_stages() {
  static const EarlierStages stages;
  return stages;
}

void BM_Normalize(benchmark::State& state) {
  const EarlierStages& stages = earlier_stages();
  for (auto _ : state) benchmark::DoNotOptimize(kosei::normalize_for_matching(corpus(), stages.structure.masked));
  set_bytes(state);
}
BENCHMARK(BM_Normalize);

void BM_FieldMentions(benchmark::State& state) {
  const kosei::Knowledge& knowledge = kosei::builtin_knowledge();
  const EarlierStages& stages = earlier_stages();
  for (auto _ : state) {
    benchmark::DoNotOptimize(knowledge.fields.find(corpus(), stages.match, stages.structure, stages.map));
  }
  set_bytes(state);
}
BENCHMARK(BM_FieldMentions);

void BM_Lists(benchmark::State& state) {
  const EarlierStages& stages = earlier_stages();
  for (auto _ : state) benchmark::DoNotOptimize(kosei::read_lists(corpus(), stages.structure, stages.match));
  set_bytes(state);
}
BENCHMARK(BM_Lists);

void BM_Amounts(benchmark::State& state) {
  const kosei::Knowledge& knowledge = kosei::builtin_knowledge();
  const EarlierStages& stages = earlier_stages();
  const auto mentions = knowledge.fields.find(corpus(), stages.match, stages.structure, stages.map);
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        kosei::find_amounts(corpus(), stages.map, stages.structure, mentions, knowledge.canon, knowledge.figures));
  }
  set_bytes(state);
}
BENCHMARK(BM_Amounts);

// Every stage before the checks (decode through amounts): what any rule set pays at least.
void BM_DocumentWithoutChecks(benchmark::State& state) {
  const kosei::Knowledge& knowledge = kosei::builtin_knowledge();
  for (auto _ : state) {
    kosei::Document document("corpus.txt", *kosei::decode_bytes(corpus()).decoded, knowledge);
    benchmark::DoNotOptimize(document.amounts);
  }
  set_bytes(state);
}
BENCHMARK(BM_DocumentWithoutChecks);

// The code points of the prose and its joined matching form, shared by the character rules.
void BM_ProseChars(benchmark::State& state) {
  const kosei::Knowledge& knowledge = kosei::builtin_knowledge();
  const kosei::Document document("corpus.txt", *kosei::decode_bytes(corpus()).decoded, knowledge);
  for (auto _ : state) {
    document.prose_chars_cache.reset();
    benchmark::DoNotOptimize(&kosei::prose_chars(document));
  }
  set_bytes(state);
}
BENCHMARK(BM_ProseChars);

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
