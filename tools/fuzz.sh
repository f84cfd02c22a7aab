#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan+UBSan) in build-fuzz/ and runs
# each for a fixed number of inputs (about 30 seconds each here) with a fixed
# random seed, so a run is repeatable; SECONDS (default 60) caps each target
# on a slow machine. The markup targets take inputs up to 1 MB with a
# dictionary of tags, and fuzz_markup_structure builds documents of
# megabytes from repeated pieces; an input that takes longer than its
# -timeout (a quadratic path) fails the run like a crash. Seeds come from examples/, lexicons/ and tests/. A crash
# leaves its input in build-fuzz/crashes/ and fails the run; add it to
# tests/fuzz/regressions/ and as a test. FUZZ_SEED picks another sequence.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-60}
SEED=${FUZZ_SEED:-1}
declare -A RUNS=([fuzz_tokenize]=300000 [fuzz_markup]=60000 [fuzz_markup_structure]=3000
                 [fuzz_pipeline]=25000 [fuzz_lexicon]=100000 [fuzz_model]=90000
                 [fuzz_config]=700000 [fuzz_office]=100000)
declare -A MAX_LEN=([fuzz_markup]=1048576 [fuzz_markup_structure]=256 [fuzz_office]=262144)
declare -A DICT=([fuzz_markup]=tests/fuzz/markup.dict [fuzz_markup_structure]=tests/fuzz/markup.dict
                 [fuzz_office]=tests/fuzz/office.dict)
declare -A TIMEOUT=([fuzz_markup]=10 [fuzz_markup_structure]=15 [fuzz_office]=10)
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
seed fuzz_markup_structure tests/fuzz/regressions/*.structure
seed fuzz_pipeline examples/*.txt examples/corpus/0[0-4]*.txt tests/fuzz/regressions/*.txt
seed fuzz_lexicon lexicons/*.lex
seed fuzz_model lexicons/wijzij.model
seed fuzz_config tests/fuzz/config.ini tests/fuzz/regressions/*.ini
seed fuzz_office tests/fuzz/regressions/*.office
# Whole archives as seeds, made from our own example by pandoc: byte 0
# chooses Word (2) or OpenDocument (3) and the archive path.
if command -v pandoc > /dev/null; then
  for kind in docx:2 odt:3; do
    pandoc -f markdown examples/verklaring_na_rellen.txt -o "build-fuzz/seed.${kind%%:*}"
    { printf "\\x0${kind##*:}"; cat "build-fuzz/seed.${kind%%:*}"; } > "$work/fuzz_office/seed-${kind%%:*}"
  done
fi
status=0
for target in fuzz_tokenize fuzz_markup fuzz_markup_structure fuzz_pipeline fuzz_lexicon \
              fuzz_model fuzz_config fuzz_office; do
  echo "== $target: ${RUNS[$target]} inputs, seed $SEED"
  log=build-fuzz/$target.log
  if ASAN_OPTIONS=detect_leaks=0 "build-fuzz/tests/fuzz/$target" "$work/$target" \
      -dict="${DICT[$target]:-tests/fuzz/dutch.dict}" -seed="$SEED" -runs="${RUNS[$target]}" \
      -max_total_time="$SECONDS_EACH" -max_len="${MAX_LEN[$target]:-8192}" \
      -timeout="${TIMEOUT[$target]:-10}" -rss_limit_mb=2048 -print_final_stats=1 \
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
