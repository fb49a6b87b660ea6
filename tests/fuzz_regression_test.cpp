// Replays every input kept in fuzz/regressions/<target>/ (inputs that once crashed a fuzzer, and
// hand-written hard cases) through the fuzz target bodies: a regression aborts the test binary.
#include <gtest/gtest.h>

#include <filesystem>

#include "../fuzz/fuzz_targets.h"
#include "test_support.h"

namespace fs = std::filesystem;

TEST(FuzzRegressions, EveryKeptInputRunsCleanly) {
  fs::path root = fs::path(kosei::testing::source_dir()) / "fuzz" / "regressions";
  size_t replayed = 0;
  for (const kosei::fuzz::Target& target : kosei::fuzz::targets()) {
    fs::path dir = root / target.name;
    if (!fs::is_directory(dir)) continue;
    for (const auto& entry : fs::directory_iterator(dir)) {
      std::string bytes = kosei::testing::read_file(entry.path().string());
      SCOPED_TRACE(entry.path().string());
      target.run(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
      ++replayed;
    }
  }
  EXPECT_GT(replayed, 0u) << "fuzz/regressions is empty";
}
