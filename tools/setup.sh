#!/usr/bin/env bash
# Installs the Debian 12 packages wijzij needs, builds it in build/, and runs
# it on a bundled example. Safe to run again; it only installs what is missing.
#
#   bash tools/setup.sh               what building and the whole test suite need
#   bash tools/setup.sh --build-only  only what building and running need (for CI
#                                     jobs that just run wijzij; no tests built)
set -euo pipefail
cd "$(dirname "$0")/.."
build_only=0
[ "${1:-}" = --build-only ] && build_only=1

packages=(g++ cmake ninja-build pkg-config libicu-dev libboost-program-options-dev
          libre2-dev libfmt-dev nlohmann-json3-dev libmd4c-dev libgumbo-dev
          libzip-dev libpugixml-dev)
if [ $build_only = 0 ]; then
  packages+=(doctest-dev jq parallel python3 python3-distributed pandoc
             clang libclang-rt-14-dev iwyu time groff-base
             chromium fonts-dejavu-core)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js and npm often come with the machine from another source (with npm
# bundled, which conflicts with Debian's npm package): take Debian's only when
# the commands are missing.
[ $build_only = 1 ] || command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi

# Microsoft's SARIF Multitool, from npm, validates our SARIF in the tests.
multitool_dir="${XDG_CACHE_HOME:-$HOME/.cache}/wijzij/sarif-multitool"
if [ $build_only = 0 ] && [ ! -x "$multitool_dir/node_modules/.bin/sarif-multitool" ]; then
  npm install --prefix "$multitool_dir" --no-audit --no-fund --loglevel=error \
    @microsoft/sarif-multitool@5.7.0
  chmod u+x "$multitool_dir"/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
fi

testing=ON
[ $build_only = 1 ] && testing=OFF
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=$testing
cmake --build build
./build/wijzij examples/verklaring_na_rellen.txt
