// libFuzzer target: see fuzz/fuzz_targets.h and tools/fuzz.sh.
#include "fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  kosei::fuzz::config(data, size);
  return 0;
}
