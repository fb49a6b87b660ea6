#!/usr/bin/env bash
# bench/run.sh — kosei's whole-program benchmarks and the side-by-side with textlint.
#
#   bench/run.sh            # everything (10–15 minutes on 2 cores, most of it textlint)
#   bench/run.sh --quick    # smaller corpus (20 MB), fewer runs, textlint on the seeds only
#   bench/run.sh --no-textlint
#   bench/run.sh --per-rule # also time each textlint rule alone (seeds, no-blank-lines .txt/.md)
#   bench/run.sh --kosei PATH/TO/kosei   # measure this binary instead of building one
#
# What it does, from the repository root:
#   1. builds kosei Release if needed (cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release
#      -DKOSEI_BUILD_BENCH=ON; ninja only rebuilds what changed);
#   2. generates the corpora into bench/corpus/ (gitignored) with bench/make_corpus.py, once per
#      version of the generator: a 100 MB corpus (400 drafts), a 2 MB one (40 drafts), and the
#      260 KB seed 003 without blank lines 1×, 2×, 4×, as .txt and as .md;
#   3. measures with hyperfine (installs the Debian package `hyperfine` with apt-get if it is
#      missing; if that fails, a plain timing loop takes the median): start-up on one small file,
#      throughput in MB/s with --jobs 1 and with all cores, peak memory (/usr/bin/time -f %M),
#      linearity on the no-blank-lines document;
#   4. installs textlint and the six closest rules from npm into bench/node_modules (gitignored;
#      versions pinned in bench/package.json), writes the prh dictionary from rules/terms.toml
#      (bench/corpus/prh.yml, via bench/terms_to_prh.py; config: bench/.textlintrc.json) and runs
#      both tools on the five seed documents, the 2 MB corpus and the no-blank-lines documents
#      (.txt 1× 2×, .md 1× 2× 4×; .txt 4× would take textlint many minutes).  If npm or Node >= 20.18 is
#      not available, textlint is skipped and said so; kosei's figures are still printed;
#   4b. runs the Google Benchmarks of each pipeline stage (build-bench/kosei_bench, the five seeds as
#      one document) for the stage table: what every stage costs alone, before any check;
#   5. prints a Markdown table and writes it into bench/RESULTS.md between the GENERATED markers
#      (the analysis around them is kept).
#
# Seeds: ../shared/seeds beside the repository, /work/shared/seeds, or KOSEI_SEEDS_DIR.
# KOSEI_BENCH_TIMER=loop uses the plain timing loop even where hyperfine is installed.
# Not part of the test suite or .ci/run.  Timings on a shared machine are noisy: the table records
# the load average before and after.
set -uo pipefail

SELF=$(realpath "$0")
cd "$(dirname "$SELF")/.."
ROOT=$(pwd)
BENCH=$ROOT/bench
CORPUS=$BENCH/corpus
BUILD=${KOSEI_BENCH_BUILD:-build-bench}
QUICK=0; TEXTLINT=1; PER_RULE=0; KOSEI=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1 ;;
    --no-textlint) TEXTLINT=0 ;;
    --per-rule) PER_RULE=1 ;;
    --kosei) KOSEI=$(realpath "$2"); KOSEI_GIVEN=1; shift ;;
    -h|--help) sed -n '2,/^set -uo/{/^set -uo/!p}' "$SELF"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

log() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }
warn() { printf 'run.sh: %s\n' "$*" >&2; }
SUDO=""; [ "$(id -u)" != 0 ] && command -v sudo >/dev/null && SUDO="sudo"
apt_install() {  # apt_install PACKAGE...: best effort, as root or with sudo
  if [ "$(id -u)" != 0 ] && [ -z "$SUDO" ]; then return 1; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null 2>&1 ||
    { $SUDO apt-get update -qq >/dev/null 2>&1 && $SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null 2>&1; }
}
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
mkdir -p "$CORPUS"  # gitignored: corpora, logs, the prh dictionary

# --- seeds ----------------------------------------------------------------------------------------
SEEDS=${KOSEI_SEEDS_DIR:-}
if [ -z "$SEEDS" ]; then
  for d in "$ROOT/../shared/seeds" /work/shared/seeds; do [ -d "$d" ] && SEEDS=$(realpath "$d") && break; done
fi
if [ -z "$SEEDS" ] || ! ls "$SEEDS"/*.txt >/dev/null 2>&1; then
  echo "run.sh: no seed documents (set KOSEI_SEEDS_DIR)" >&2; exit 2
fi
SEED_FILES=("$SEEDS"/*.txt)

# --- 1. build -------------------------------------------------------------------------------------
if [ -z "$KOSEI" ]; then
  log "building kosei (Release) in $BUILD"
  if [ ! -f "$BUILD/build.ninja" ]; then
    if ! cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKOSEI_BUILD_BENCH=ON >"$CORPUS/cmake.log" 2>&1; then
      # Google Benchmark missing: kosei itself does not need it.
      warn "configure with -DKOSEI_BUILD_BENCH=ON failed (see bench/corpus/cmake.log); trying without the Google Benchmarks"
      rm -rf "$BUILD"
      cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKOSEI_BUILD_TESTS=OFF >"$CORPUS/cmake.log" 2>&1 ||
        { cat "$CORPUS/cmake.log" >&2; exit 1; }
    fi
  fi
  cmake --build "$BUILD" --target kosei >"$CORPUS/build.log" 2>&1 || { tail -30 "$CORPUS/build.log" >&2; exit 1; }
  KOSEI=$ROOT/$BUILD/kosei
fi
[ -x "$KOSEI" ] || { echo "run.sh: $KOSEI is not an executable" >&2; exit 1; }
KOSEI_SRC=$(cd "$(dirname "$KOSEI")/.." 2>/dev/null && git rev-parse --show-toplevel 2>/dev/null || echo "$ROOT")
KOSEI_COMMIT=$(git -C "$KOSEI_SRC" log -1 --format='%h (%cs)' 2>/dev/null || echo unknown)
if [ -n "$(git -C "$KOSEI_SRC" status --porcelain -- linter rules CMakeLists.txt cmake 2>/dev/null)" ]; then
  KOSEI_COMMIT="$KOSEI_COMMIT (plus uncommitted changes in the tree)"
fi

# --- 2. corpora -----------------------------------------------------------------------------------
if [ "$QUICK" = 1 ]; then BIG_MB=20; BIG_FILES=80; else BIG_MB=100; BIG_FILES=400; fi
GEN_HASH=$(cat "$BENCH/make_corpus.py" "${SEED_FILES[@]}" | sha256sum | cut -c1-16)
gen() {  # gen DIR ARGS...: (re)generate bench/corpus/DIR unless it was made by this generator
  local dir=$CORPUS/$1; shift
  local stamp="$GEN_HASH $*"
  if [ "$(cat "$dir/.stamp" 2>/dev/null)" != "$stamp" ]; then
    python3 "$BENCH/make_corpus.py" --seeds "$SEEDS" --out "$dir" --quiet "$@" || exit 1
    echo "$stamp" >"$dir/.stamp"
  fi
}
log "generating corpora in bench/corpus (only when missing or stale)"
gen big --size "$BIG_MB" --files "$BIG_FILES"
gen mid --size 2 --files 40
for k in 1 2 4; do
  gen "nbl$k" --no-blank-lines --repeat "$k"                # plain text: every non-empty line is a paragraph for textlint
  gen "nblmd$k" --no-blank-lines --repeat "$k" --format md  # Markdown: one paragraph of 250 KB × k
done
SMALL=$ROOT/fixtures/all/sample_draft.md
bytes() { cat "$@" | wc -c; }
dir_bytes() { find "$1" -type f \( -name '*.md' -o -name '*.txt' \) -print0 | xargs -0 cat | wc -c; }
BIG_BYTES=$(dir_bytes "$CORPUS/big"); MID_BYTES=$(dir_bytes "$CORPUS/mid"); SEED_BYTES=$(bytes "${SEED_FILES[@]}")

# --- 3. timing tools ------------------------------------------------------------------------------
HYPERFINE=$(command -v hyperfine || true)
if [ "${KOSEI_BENCH_TIMER:-}" = loop ]; then
  HYPERFINE=""
elif [ -z "$HYPERFINE" ]; then
  log "installing hyperfine (Debian package) with apt-get"
  apt_install hyperfine && HYPERFINE=$(command -v hyperfine || true)
  [ -z "$HYPERFINE" ] && warn "hyperfine not available: using a plain timing loop (median of the runs)"
fi
GNU_TIME=/usr/bin/time
if ! "$GNU_TIME" -f %M true >/dev/null 2>&1; then apt_install time || true; fi
"$GNU_TIME" -f %M true >/dev/null 2>&1 || GNU_TIME=""
if [ -n "$HYPERFINE" ]; then TIMER="hyperfine $("$HYPERFINE" --version | cut -d' ' -f2)"; else TIMER="timing loop (python3)"; fi

# measure RUNS WARMUP CMD...: prints "WALL CPU": the median wall time and the mean CPU time
# (user + system) in seconds; the command's exit status is ignored (kosei exits 1 on findings).
# CPU time is printed because the machine may be shared: wall time then includes waiting.
measure() {
  local runs=$1 warmup=$2; shift 2
  if [ -n "$HYPERFINE" ]; then
    local json; json=$(mktemp)
    local cmd; cmd=$(printf '%q ' "$@")
    "$HYPERFINE" -N -i --style none --warmup "$warmup" --runs "$runs" --export-json "$json" "$cmd" >/dev/null 2>&1 ||
      "$HYPERFINE" -i --style none --warmup "$warmup" --runs "$runs" --export-json "$json" "$cmd" >/dev/null 2>&1
    python3 -c 'import json,sys; r = json.load(open(sys.argv[1]))["results"][0]; print("%.6f %.6f" % (r["median"], r["user"] + r["system"]))' "$json"
    rm -f "$json"
  else  # the timing loop
    python3 - "$runs" "$warmup" "$@" <<'EOF'
import resource, statistics, subprocess, sys, time
runs, warmup, cmd = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
def once():
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
for _ in range(warmup):
    once()
walls = []
r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
for _ in range(runs):
    t0 = time.perf_counter(); once(); walls.append(time.perf_counter() - t0)
r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = (r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime) / runs
print("%.6f %.6f" % (statistics.median(walls), cpu))
EOF
  fi
}
# peak_mb CMD...: peak resident memory in MB of one run
peak_mb() {
  if [ -n "$GNU_TIME" ]; then
    "$GNU_TIME" -f %M -o "$CORPUS/.peak" "$@" >/dev/null 2>&1
    awk '{printf "%.1f\n", $1/1024}' "$CORPUS/.peak" | tail -1
  else
    python3 -c 'import resource,subprocess,sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); print("%.1f" % (resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024))' "$@"
  fi
}
# wall RUNS WARMUP CMD...: the median wall time alone; one_s CMD...: wall time of one run
wall() { measure "$@" | cut -d' ' -f1; }
one_s() { wall 1 0 "$@"; }
ms() { awk -v s="$1" 'BEGIN {printf "%.1f", s*1000}'; }
mbps() { awk -v b="$1" -v s="$2" 'BEGIN {printf "%.0f", b/1e6/s}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {r=a/b; if (r >= 100) printf "%.0f", r; else printf "%.1f", r}'; }
NPROC=$(nproc)
K=("$KOSEI" check --quiet --color never)

# --- 4. kosei -------------------------------------------------------------------------------------
log "kosei: start-up on one small file ($(bytes "$SMALL") bytes)"
RUNS_FAST=$([ "$QUICK" = 1 ] && echo 20 || echo 100)
RUNS_BIG=$([ "$QUICK" = 1 ] && echo 3 || echo 5)
read -r T_START C_START <<<"$(measure "$RUNS_FAST" 5 "${K[@]}" "$SMALL")"
T_VERSION=$(wall "$RUNS_FAST" 5 "$KOSEI" --version)
log "kosei: throughput on $((BIG_BYTES / 1000000)) MB ($BIG_FILES files), --jobs 1 and --jobs $NPROC"
read -r T_BIG1 C_BIG1 <<<"$(measure "$RUNS_BIG" 1 "${K[@]}" --jobs 1 "$CORPUS/big")"
read -r T_BIGN C_BIGN <<<"$(measure "$RUNS_BIG" 1 "${K[@]}" --jobs "$NPROC" "$CORPUS/big")"
M_BIG1=$(peak_mb "${K[@]}" --jobs 1 "$CORPUS/big")
M_BIGN=$(peak_mb "${K[@]}" --jobs "$NPROC" "$CORPUS/big")
M_MID1=$(peak_mb "${K[@]}" --jobs 1 "$CORPUS/mid")
mapfile -t BIG_LIST < <(find "$CORPUS/big" -type f \( -name '*.md' -o -name '*.txt' \) | sort)
M_BIG10=$(peak_mb "${K[@]}" --jobs 1 "${BIG_LIST[@]:0:10}")
M_SMALL=$(peak_mb "${K[@]}" "$SMALL")
FINDINGS_BIG=$( ("$KOSEI" check --format json --jobs "$NPROC" "$CORPUS/big" 2>/dev/null || true) | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))' 2>/dev/null || echo "?")
log "kosei: seeds ($SEED_BYTES bytes) and 2 MB corpus"
read -r T_SEEDS1 C_SEEDS1 <<<"$(measure "$RUNS_FAST" 3 "${K[@]}" --jobs 1 "${SEED_FILES[@]}")"
T_SEEDSN=$(wall "$RUNS_FAST" 3 "${K[@]}" "${SEED_FILES[@]}")
read -r T_MID1 C_MID1 <<<"$(measure 20 2 "${K[@]}" --jobs 1 "$CORPUS/mid")"
T_MIDN=$(wall 20 2 "${K[@]}" "$CORPUS/mid")
M_SEEDS=$(peak_mb "${K[@]}" "${SEED_FILES[@]}")
log "kosei: linearity on the 260 KB seed without blank lines, 1x 2x 4x"
declare -A T_NBL C_NBL B_NBL TL_NBL
for k in 1 2 4; do
  for v in nbl nblmd; do
    B_NBL[$v$k]=$(dir_bytes "$CORPUS/$v$k")
    read -r T_NBL[$v$k] C_NBL[$v$k] <<<"$(measure 30 3 "${K[@]}" --jobs 1 "$CORPUS/$v$k")"
  done
done

log "kosei: each pipeline stage alone (Google Benchmark, the five seeds as one document)"
STAGE_TABLE=""
if [ -z "${KOSEI_GIVEN:-}" ] && cmake --build "$BUILD" --target kosei_bench >>"$CORPUS/build.log" 2>&1 &&
   [ -x "$BUILD/kosei_bench" ]; then
  if KOSEI_SEEDS_DIR=$SEEDS "$BUILD/kosei_bench" --benchmark_filter='^BM_(Decode|SourceMapAndStructure|Normalize|Lists|FieldMentions|Amounts|DocumentWithoutChecks|ProseChars|WholeDocument)$' \
       --benchmark_repetitions="$([ "$QUICK" = 1 ] && echo 3 || echo 7)" --benchmark_report_aggregates_only=true \
       --benchmark_format=json >"$CORPUS/stages.json" 2>"$CORPUS/stages.log"; then
    STAGE_TABLE=$(python3 "$BENCH/stage_table.py" "$CORPUS/stages.json")
  else
    warn "kosei_bench failed (see bench/corpus/stages.log): no stage table"
  fi
else
  warn "no kosei_bench (Google Benchmark missing, or --kosei given): no stage table"
fi

# --- 5. textlint ----------------------------------------------------------------------------------
TL_STATUS="skipped (--no-textlint)"
TL=""
if [ "$TEXTLINT" = 1 ]; then
  TL_STATUS=""
  NODE_MAJOR=$(node -p 'process.versions.node.split(".").map(Number).reduce((a, x, i) => i < 2 ? a * 1000 + x : a)' 2>/dev/null || echo 0)
  if ! command -v npm >/dev/null; then
    log "installing node and npm (Debian packages) with apt-get"
    apt_install nodejs npm || true
    NODE_MAJOR=$(node -p 'process.versions.node.split(".").map(Number).reduce((a, x, i) => i < 2 ? a * 1000 + x : a)' 2>/dev/null || echo 0)
  fi
  if ! command -v npm >/dev/null; then
    TL_STATUS="skipped: npm is not installed and could not be installed"
  elif [ "$NODE_MAJOR" -lt 20018 ]; then
    TL_STATUS="skipped: textlint 15 needs Node >= 20.18 (found $(node --version 2>/dev/null || echo none))"
  else
    if [ ! -x "$BENCH/node_modules/.bin/textlint" ] || [ "$BENCH/package.json" -nt "$BENCH/node_modules/.package-lock.json" ]; then
      log "installing textlint and its rules into bench/node_modules (npm)"
      if ! (cd "$BENCH" && timeout 600 npm install --no-audit --no-fund --no-save --ignore-scripts --loglevel=error >"$CORPUS/npm.log" 2>&1); then
        TL_STATUS="skipped: npm install failed (registry unreachable?), see bench/corpus/npm.log"
      fi
    fi
    if [ -z "$TL_STATUS" ] && [ -x "$BENCH/node_modules/.bin/textlint" ]; then
      TL=$BENCH/node_modules/.bin/textlint
      TL_VERSION=$("$TL" --version 2>/dev/null)
    elif [ -z "$TL_STATUS" ]; then
      TL_STATUS="skipped: bench/node_modules/.bin/textlint missing after npm install"
    fi
  fi
  [ -n "$TL_STATUS" ] && warn "textlint $TL_STATUS"
fi
if [ -n "$TL" ]; then
  python3 "$BENCH/terms_to_prh.py" --terms "$ROOT/rules/terms.toml" --out "$CORPUS/prh.yml" 2>/dev/null
  TLC=("$TL" --no-color -c "$BENCH/.textlintrc.json" -f json -o /dev/null)
  log "textlint $TL_VERSION: one small file"
  TL_START=$(wall "$([ "$QUICK" = 1 ] && echo 3 || echo 10)" 1 "${TLC[@]}" "$SMALL")
  log "textlint: the five seeds (one run; about a minute)"
  read -r TL_SEEDS TLC_SEEDS <<<"$(measure 1 0 "${TLC[@]}" "${SEED_FILES[@]}")"
  M_TL_SEEDS=$(peak_mb "${TLC[@]}" "${SEED_FILES[@]}")
  if [ "$QUICK" = 0 ]; then
    log "textlint: the 2 MB corpus (one run)"
    read -r TL_MID TLC_MID <<<"$(measure 1 0 "${TLC[@]}" "$CORPUS/mid")"
    log "textlint: the no-blank-lines document, .txt 1x 2x, .md 1x 2x 4x (one run each; about 2 minutes)"
    for k in 1 2; do TL_NBL[nbl$k]=$(one_s "${TLC[@]}" "$CORPUS/nbl$k"); done
    for k in 1 2 4; do TL_NBL[nblmd$k]=$(one_s "${TLC[@]}" "$CORPUS/nblmd$k"); done
  fi
  if [ "$PER_RULE" = 1 ]; then
    log "textlint: each rule alone"
    PER_RULE_TABLE="| rule alone (one run each) | five seeds (s) | seed 003 without blank lines, .txt (s) | same, .md (s) |"$'\n'"|---|--:|--:|--:|"
    RC=$CORPUS/.rc.json
    for rule in prh no-nfd no-zero-width-spaces @textlint-rule/no-unmatched-pair no-mixed-zenkaku-and-hankaku-number jis-charset; do
      python3 - "$BENCH/.textlintrc.json" "$rule" "$RC" <<'EOF'
import json, sys, os
cfg = json.load(open(sys.argv[1]))
rule = sys.argv[2]
opts = cfg["rules"][rule]
if rule == "prh":
    opts = {"rulePaths": [os.path.join(os.path.dirname(sys.argv[1]), p) for p in opts["rulePaths"]]}
json.dump({"rules": {rule: opts}}, open(sys.argv[3], "w"))
EOF
      a=$(one_s "$TL" --no-color -c "$RC" -f json -o /dev/null "${SEED_FILES[@]}")
      b=$(one_s "$TL" --no-color -c "$RC" -f json -o /dev/null "$CORPUS/nbl1")
      c=$(one_s "$TL" --no-color -c "$RC" -f json -o /dev/null "$CORPUS/nblmd1")
      PER_RULE_TABLE+=$'\n'"| $rule | $(printf %.2f "$a") | $(printf %.2f "$b") | $(printf %.2f "$c") |"
    done
    # Baseline: a rule that does nothing (Node start-up, textlint, the parser).
    mkdir -p "$CORPUS/.noop"
    echo 'module.exports = (context) => ({ [context.Syntax.Str]() {} });' >"$CORPUS/.noop/noop.js"
    echo '{ "rules": { "noop": true } }' >"$RC"
    NOOP=("$TL" --no-color --rulesdir "$CORPUS/.noop" -c "$RC" -f json -o /dev/null)
    a=$(one_s "${NOOP[@]}" "${SEED_FILES[@]}"); b=$(one_s "${NOOP[@]}" "$CORPUS/nbl1"); c=$(one_s "${NOOP[@]}" "$CORPUS/nblmd1")
    PER_RULE_TABLE+=$'\n'"| (none: a rule that does nothing) | $(printf %.2f "$a") | $(printf %.2f "$b") | $(printf %.2f "$c") |"
  fi
fi

# --- 6. table -------------------------------------------------------------------------------------
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
RAM=$(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo)
TABLE=$(
  echo "Machine: $NPROC cores ($CPU), $RAM RAM, Linux $(uname -r), $(date -u '+%Y-%m-%d %H:%M UTC')."
  echo "Load average before / after: $LOAD_BEFORE / $LOAD_AFTER (other jobs share the machine: medians of repeated runs)."
  echo "kosei: \`$KOSEI_COMMIT\`, default rule set. Timing: $TIMER; wall = median wall time, CPU = mean user + system time of the same runs."
  if [ -n "$TL" ]; then echo "textlint: $TL_VERSION with prh (kosei's rules/terms.toml), no-nfd, no-zero-width-spaces, no-unmatched-pair, no-mixed-zenkaku-and-hankaku-number, jis-charset (bench/.textlintrc.json)."
  else echo "textlint: $TL_STATUS."; fi
  echo
  echo "| measure | kosei | textlint | textlint / kosei |"
  echo "|---|--:|--:|--:|"
  if [ -n "$TL" ]; then
    echo "| start-up, one small file ($(bytes "$SMALL") B) | **$(ms "$T_START") ms** (CPU $(ms "$C_START") ms) | $(ms "$TL_START") ms | $(ratio "$TL_START" "$T_START")× |"
    echo "| five seeds ($((SEED_BYTES / 1000)) KB), kosei --jobs 1 | $(ms "$T_SEEDS1") ms (CPU $(ms "$C_SEEDS1") ms) | $(printf %.1f "$TL_SEEDS") s (CPU $(printf %.1f "$TLC_SEEDS") s) | **$(ratio "$TL_SEEDS" "$T_SEEDS1")×** (CPU: $(ratio "$TLC_SEEDS" "$C_SEEDS1")×) |"
    echo "| five seeds, kosei --jobs $NPROC | $(ms "$T_SEEDSN") ms | | $(ratio "$TL_SEEDS" "$T_SEEDSN")× |"
    echo "| five seeds, peak memory | $M_SEEDS MB | $M_TL_SEEDS MB | $(ratio "$M_TL_SEEDS" "$M_SEEDS")× |"
    if [ "$QUICK" = 0 ]; then
      echo "| 2 MB corpus (40 drafts), kosei --jobs 1 | $(ms "$T_MID1") ms (CPU $(ms "$C_MID1") ms) | $(printf %.1f "$TL_MID") s (CPU $(printf %.1f "$TLC_MID") s) | **$(ratio "$TL_MID" "$T_MID1")×** (CPU: $(ratio "$TLC_MID" "$C_MID1")×) |"
      echo "| 2 MB corpus, kosei --jobs $NPROC | $(ms "$T_MIDN") ms | | $(ratio "$TL_MID" "$T_MIDN")× |"
    fi
  else
    echo "| start-up, one small file ($(bytes "$SMALL") B) | **$(ms "$T_START") ms** (CPU $(ms "$C_START") ms) | – | – |"
    echo "| five seeds ($((SEED_BYTES / 1000)) KB), --jobs 1 / $NPROC | $(ms "$T_SEEDS1") / $(ms "$T_SEEDSN") ms (CPU, jobs 1: $(ms "$C_SEEDS1") ms) | – | – |"
    echo "| 2 MB corpus (40 drafts), --jobs 1 / $NPROC | $(ms "$T_MID1") / $(ms "$T_MIDN") ms | – | – |"
  fi
  echo "| \`kosei --version\` (process start alone) | $(ms "$T_VERSION") ms | | |"
  echo "| throughput, $((BIG_BYTES / 1000000)) MB corpus ($BIG_FILES files, $FINDINGS_BIG findings), --jobs 1 | **$(mbps "$BIG_BYTES" "$T_BIG1") MB/s** ($(printf %.2f "$T_BIG1") s; per CPU second: $(mbps "$BIG_BYTES" "$C_BIG1") MB/s) | | |"
  echo "| throughput, same corpus, --jobs $NPROC | **$(mbps "$BIG_BYTES" "$T_BIGN") MB/s** ($(printf %.2f "$T_BIGN") s; per CPU second: $(mbps "$BIG_BYTES" "$C_BIGN") MB/s) | | |"
  echo "| peak memory, --jobs 1: one small file / 2 MB (40 files) | $M_SMALL / $M_MID1 MB | | |"
  echo "| peak memory, --jobs 1: 10 / $BIG_FILES files of the $((BIG_BYTES / 1000000)) MB corpus | $M_BIG10 / $M_BIG1 MB | | |"
  echo "| peak memory, $((BIG_BYTES / 1000000)) MB corpus, --jobs $NPROC | $M_BIGN MB | | |"
  echo
  echo "Linearity: seed 003 (260 KB) without blank lines, repeated 1×, 2×, 4×, as .txt and as .md (kosei --jobs 1;"
  echo "textlint: one run each, – = not run):"
  echo
  echo "| document | bytes | kosei wall | kosei CPU | kosei CPU per copy | textlint | textlint per copy |"
  echo "|---|--:|--:|--:|--:|--:|--:|"
  for v in nbl nblmd; do
    for k in 1 2 4; do
      tl="–"; tlpc="–"
      if [ -n "${TL_NBL[$v$k]:-}" ]; then tl="$(printf %.1f "${TL_NBL[$v$k]}") s"; tlpc="$(awk -v s="${TL_NBL[$v$k]}" -v k="$k" 'BEGIN {printf "%.1f", s/k}') s"; fi
      echo "| ${k}× .$([ $v = nbl ] && echo txt || echo md) | ${B_NBL[$v$k]} | $(ms "${T_NBL[$v$k]}") ms | $(ms "${C_NBL[$v$k]}") ms | $(awk -v s="${C_NBL[$v$k]}" -v k="$k" 'BEGIN {printf "%.1f", s*1000/k}') ms | $tl | $tlpc |"
    done
  done
  if [ -n "$STAGE_TABLE" ]; then
    echo
    echo "Each stage alone (\`kosei_bench\`, the five seeds concatenated into one document, median of the repetitions;"
    echo "\"time share\" is the stage's time over the whole check's):"
    echo
    echo "$STAGE_TABLE"
  fi
  if [ -n "${PER_RULE_TABLE:-}" ]; then echo; echo "$PER_RULE_TABLE"; fi
)
echo
echo "$TABLE"

# --- 7. bench/RESULTS.md --------------------------------------------------------------------------
RESULTS=$BENCH/RESULTS.md
BEGIN='<!-- BEGIN GENERATED by bench/run.sh -->'
END='<!-- END GENERATED by bench/run.sh -->'
if [ -f "$RESULTS" ] && grep -qF "$BEGIN" "$RESULTS" && grep -qF "$END" "$RESULTS"; then
  printf '%s\n' "$TABLE" >"$CORPUS/.table.md"
  python3 - "$RESULTS" "$BEGIN" "$END" "$CORPUS/.table.md" <<'EOF'
import sys
path, begin, end, table = sys.argv[1:5]
text = open(path, encoding="utf-8").read()
head, rest = text.split(begin, 1)
_, tail = rest.split(end, 1)
table = open(table, encoding="utf-8").read()
open(path, "w", encoding="utf-8").write(head + begin + "\n" + table + end + tail)
EOF
else
  { echo "# kosei benchmarks"; echo; echo "Measured by \`bench/run.sh\`."; echo; echo "$BEGIN"; echo "$TABLE"; echo "$END"; } >"$RESULTS"
fi
log "wrote bench/RESULTS.md"
