#!/usr/bin/env bash
# Runs the whole test suite: unit tests, end-to-end CLI tests, lexicon and
# model checks and the labelled-corpus floors through CTest; then the
# include-what-you-use check of the project's own headers; then the same
# suite built with AddressSanitizer and UndefinedBehaviorSanitizer; then each
# libFuzzer target for a fixed, repeatable number of inputs (tools/fuzz.sh). Builds first, so it works on
# a fresh checkout once tools/setup.sh has installed the packages.
#
#   bash tools/test.sh           everything (what CI runs)
#   bash tools/test.sh --quick   the CTest suite only
set -euo pipefail
cd "$(dirname "$0")/.."
# Every case runs here: a missing SARIF validator, pandoc or Dask is a
# failure, not a skip.
export WIJZIJ_REQUIRE_SARIF_MULTITOOL=1 WIJZIJ_REQUIRE_PANDOC=1 WIJZIJ_REQUIRE_DASK=1

echo "== tests"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null
cmake --build build
ctest --test-dir build --output-on-failure -j "$(nproc)"
[ "${1:-}" = --quick ] && exit 0

echo "== include what you use"
bash tools/iwyu.sh build

echo "== tests under ASan+UBSan"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWIJZIJ_SANITIZE=ON > /dev/null
cmake --build build-asan
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 WIJZIJ_TEST_RECORDS=10000 \
  ctest --test-dir build-asan --output-on-failure -j "$(nproc)"

echo "== fuzzing"
bash tools/fuzz.sh "${FUZZ_SECONDS:-60}"
