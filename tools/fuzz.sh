#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/*_fuzz.cpp) with clang, ASan and UBSan, and runs each for a
# bounded time. Usage: tools/fuzz.sh [SECONDS_PER_TARGET=60] [TARGET ...]
# Seed corpora come from fixtures/ and rules/; crashing inputs are written to fuzz/crashes/ —
# minimise one, then keep it in fuzz/regressions/<target>/ so the unit tests replay it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
cxx=$(command -v clang++ || command -v clang++-14 || true)
if [ -z "$cxx" ]; then echo "fuzz.sh: clang++ is needed (apt-get install clang libclang-rt-14-dev)" >&2; exit 2; fi
cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DKOSEI_FUZZ=ON -DKOSEI_BUILD_TESTS=OFF >/dev/null
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for source in fuzz/*_fuzz.cpp; do targets+=("$(basename "$source" .cpp)"); done
fi
cmake --build build-fuzz --target "${targets[@]}"
mkdir -p fuzz/crashes
for target in "${targets[@]}"; do
  name=${target%_fuzz}
  corpus=build-fuzz/corpus/$name
  mkdir -p "$corpus"
  case $name in
    canon|config) find rules -name '*.toml' -exec cp {} "$corpus/" \; ;;
    *) find fixtures -name '*.md' -o -name '*.txt' | while read -r f; do cp "$f" "$corpus/"; done ;;
  esac
  seeds=()
  [ -d "fuzz/regressions/$name" ] && seeds+=("fuzz/regressions/$name")
  echo "== $target: ${seconds}s"
  "build-fuzz/$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="fuzz/crashes/$name-" -print_final_stats=1 "$corpus" "${seeds[@]}" 2>&1 |
    grep -E "^#[0-9]+.*DONE|^stat::number_of_executed_units|ERROR|SUMMARY|artifact" || true
done
