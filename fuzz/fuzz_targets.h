#pragma once
// Bodies of the libFuzzer targets, shared with tests/fuzz_regression_test.cpp so every input that
// ever crashed a target (fuzz/regressions/<target>/) is replayed by the unit tests.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace kosei::fuzz {

void decode(const uint8_t* data, size_t size);     // decode_bytes + encode_text round trip
void structure(const uint8_t* data, size_t size);  // source map, structure, matching form invariants
void canon(const uint8_t* data, size_t size);      // canonical data loader on arbitrary TOML
void config(const uint8_t* data, size_t size);     // kosei.toml loader on arbitrary TOML
void check(const uint8_t* data, size_t size);      // the whole check, every rule, on arbitrary bytes

struct Target {
  const char* name;
  void (*run)(const uint8_t*, size_t);
};
const std::vector<Target>& targets();

}  // namespace kosei::fuzz
