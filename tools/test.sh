#!/usr/bin/env bash
# Runs the whole test suite: unit tests, end-to-end CLI tests and lexicon
# checks, through CTest. Builds first, so it also works on a fresh checkout
# once tools/setup.sh has installed the packages.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build
ctest --test-dir build --output-on-failure -j "$(nproc)"
