#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan+UBSan) in build-fuzz/ and runs
# each for a fixed number of inputs (about 30 seconds each here) with a fixed
# random seed, so a run is repeatable; SECONDS (default 60) caps each target
# on a slow machine. Seeds come from examples/, lexicons/ and tests/. A crash
# leaves its input in build-fuzz/crashes/ and fails the run; add it to
# tests/fuzz/regressions/ and as a test. FUZZ_SEED picks another sequence.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-60}
SEED=${FUZZ_SEED:-1}
declare -A RUNS=([fuzz_tokenize]=300000 [fuzz_markup]=100000 [fuzz_pipeline]=25000
                 [fuzz_lexicon]=100000 [fuzz_model]=90000 [fuzz_config]=700000)
cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DWIJZIJ_FUZZ=ON -DBUILD_TESTING=OFF > /dev/null
cmake --build build-fuzz
work=build-fuzz/corpora
mkdir -p "$work" build-fuzz/crashes
seed() {  # seed TARGET FILES...
  local target=$1; shift
  mkdir -p "$work/$target"
  cp "$@" "$work/$target/" 2>/dev/null || true
}
seed fuzz_tokenize examples/*.txt examples/corpus/*.txt tests/fuzz/regressions/*.txt
seed fuzz_markup tests/cli/data/* examples/*.txt tests/fuzz/regressions/*.md
seed fuzz_pipeline examples/*.txt examples/corpus/0[0-4]*.txt tests/fuzz/regressions/*.txt
seed fuzz_lexicon lexicons/*.lex
seed fuzz_model lexicons/wijzij.model
seed fuzz_config tests/fuzz/config.ini tests/fuzz/regressions/*.ini
status=0
for target in fuzz_tokenize fuzz_markup fuzz_pipeline fuzz_lexicon fuzz_model fuzz_config; do
  echo "== $target: ${RUNS[$target]} inputs, seed $SEED"
  log=build-fuzz/$target.log
  if ASAN_OPTIONS=detect_leaks=0 "build-fuzz/tests/fuzz/$target" "$work/$target" \
      -dict=tests/fuzz/dutch.dict -seed="$SEED" -runs="${RUNS[$target]}" \
      -max_total_time="$SECONDS_EACH" -max_len=8192 \
      -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="build-fuzz/crashes/$target-" > "$log" 2>&1; then
    grep -E '^Done|number_of_executed_units' "$log"
  else
    tail -40 "$log"
    status=1
  fi
done
if ls build-fuzz/crashes/ | grep -q .; then
  echo "crashing inputs are in build-fuzz/crashes/"
  status=1
fi
exit $status
