#!/usr/bin/env bash
# Include what you use, for the project's own headers: runs
# include-what-you-use (Debian package iwyu) over src/ and fails when a file
# includes one of our headers it does not use. A stage that pulls in another
# stage without need is how upward dependencies creep back in (analysis.h in
# scoring.cc, say). IWYU's advice on system headers is printed, not enforced:
# its mappings for GCC 12's standard library are incomplete.
#
#   bash tools/iwyu.sh [BUILD_DIR]     (default build/, configured by CMake)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
command -v iwyu_tool > /dev/null || { echo "iwyu.sh: iwyu_tool not found (apt-get install iwyu)" >&2; exit 2; }
[ -f "$build/compile_commands.json" ] || { echo "iwyu.sh: no $build/compile_commands.json" >&2; exit 2; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
iwyu_tool -p "$build" -j "$(nproc)" src -- -Xiwyu --no_fwd_decls \
  -Xiwyu --mapping_file="$PWD/tools/iwyu.imp" \
  -Xiwyu --mapping_file=/usr/share/include-what-you-use/boost-all.imp > "$out" 2>&1 || true
python3 - "$out" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
unused, advice = [], 0
for block in text.split("\n---\n"):
    m = re.search(r"^(\S+) should remove these lines:\n((?:- .*\n?)*)", block, re.M)
    if not m:
        continue
    for line in m.group(2).splitlines():
        if '#include "' in line:
            unused.append(f"{m.group(1)}: {line[2:]}")
        elif line.strip():
            advice += 1
for u in unused:
    print(f"unused project include: {u}")
print(f"iwyu: {len(unused)} unused project includes; {advice} system-header suggestions not enforced")
sys.exit(1 if unused else 0)
PY
