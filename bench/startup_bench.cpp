// Google Benchmarks for what start-up loads before the first document: the built-in rule data
// (compiled at build time) against parsing the same embedded TOML, and the canonical knowledge.
// Build with -DKOSEI_BUILD_BENCH=ON; run ./build/kosei_bench --benchmark_filter=Load.
#include <benchmark/benchmark.h>

#include "app/document.h"
#include "chardata/chardata.h"
#include "compiled/knowledge_codec.h"

namespace {

namespace kc = kosei::chardata;

std::string_view embedded(const char* path) { return *kc::embedded_file(path); }

void BM_LoadCharTablesFromToml(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(kc::load_char_tables(kc::embedded_file));
}
BENCHMARK(BM_LoadCharTablesFromToml)->Unit(benchmark::kMicrosecond);

void BM_LoadCharTablesCompiled(benchmark::State& state) {
  const std::vector<std::uint32_t> words = kc::builtin_char_tables().serialize();
  for (auto _ : state) {
    kc::CharTables tables;
    benchmark::DoNotOptimize(kc::CharTables::deserialize(words.data(), words.size(), tables));
  }
}
BENCHMARK(BM_LoadCharTablesCompiled)->Unit(benchmark::kMicrosecond);

void BM_LoadTermDataFromToml(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(kc::load_terms(embedded("rules/terms.toml"), "rules/terms.toml"));
    benchmark::DoNotOptimize(kc::load_term_variants(embedded("rules/term_variants.toml"), "rules/term_variants.toml"));
    benchmark::DoNotOptimize(kc::load_ministry_tags(embedded("rules/ministry_tags.toml"), "rules/ministry_tags.toml"));
  }
}
BENCHMARK(BM_LoadTermDataFromToml)->Unit(benchmark::kMicrosecond);

void BM_LoadTermDataCompiled(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(kc::load_terms());
    benchmark::DoNotOptimize(kc::load_term_variants());
    benchmark::DoNotOptimize(kc::load_ministry_tags());
  }
}
BENCHMARK(BM_LoadTermDataCompiled)->Unit(benchmark::kMicrosecond);

void BM_LoadBuiltinKnowledgeFromToml(benchmark::State& state) {
  for (auto _ : state) {
    kosei::CanonData data;
    benchmark::DoNotOptimize(kosei::load_builtin_canon(data));
    kosei::Knowledge knowledge(std::move(data));
    benchmark::DoNotOptimize(knowledge.items.fields.size());
  }
}
BENCHMARK(BM_LoadBuiltinKnowledgeFromToml)->Unit(benchmark::kMicrosecond);

void BM_LoadBuiltinKnowledgeCompiled(benchmark::State& state) {
  for (auto _ : state) {
    std::string error;
    std::unique_ptr<kosei::Knowledge> knowledge = kosei::load_builtin_knowledge(error);
    benchmark::DoNotOptimize(knowledge->items.fields.size());
  }
}
BENCHMARK(BM_LoadBuiltinKnowledgeCompiled)->Unit(benchmark::kMicrosecond);

}  // namespace
