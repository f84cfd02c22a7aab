#!/usr/bin/env bash
# Runs one end-to-end case: bash run_case.sh CASE.sh WIJZIJ_BINARY SOURCE_DIR
#
# A case is a bash script that calls `run` (or `run_stdin TEXT`) with the
# program's arguments and then states what a user would see:
#
#   run --format json "$ROOT/examples/x.txt"
#   expect_exit 0
#   expect_json '.documents[0].words' 52
#   expect_stderr_empty
#
# Each case runs in its own temporary directory ($WORK), removed afterwards.
set -u
CASE=$1
WIJZIJ=$2
ROOT=$3
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK" || exit 1
export NO_COLOR=1
failures=0

fail() {
  # Name the line of the case file that made the failing check.
  local i line=?
  for i in "${!BASH_SOURCE[@]}"; do
    if [ "${BASH_SOURCE[$i]}" = "$CASE" ]; then line=${BASH_LINENO[$((i - 1))]}; break; fi
  done
  echo "FAIL ($(basename "$CASE"):$line): $*" >&2
  failures=$((failures + 1))
}

# skip REASON: the case cannot run on this machine; CTest reports it as
# skipped (exit code 77), with the reason.
skip() {
  echo "SKIPPED: $*" >&2
  exit 77
}

# run ARGS...: runs wijzij with stdin from /dev/null.
run() {
  "$WIJZIJ" "$@" </dev/null >"$WORK/.out" 2>"$WORK/.err"
  echo $? >"$WORK/.rc"
}

# run_stdin TEXT ARGS...: runs wijzij with TEXT (printf-interpreted) on stdin.
run_stdin() {
  local text=$1
  shift
  printf "$text" | "$WIJZIJ" "$@" >"$WORK/.out" 2>"$WORK/.err"
  echo $? >"$WORK/.rc"
}

stdout() { cat "$WORK/.out"; }
stderr() { cat "$WORK/.err"; }

expect_exit() {
  local rc
  rc=$(cat "$WORK/.rc")
  [ "$rc" = "$1" ] || fail "exit code $rc, expected $1; stderr: $(head -c 600 "$WORK/.err")"
}

expect_stdout_contains() {
  grep -qF -- "$1" "$WORK/.out" || fail "stdout lacks: $1
--- stdout ---
$(head -c 2000 "$WORK/.out")"
}

expect_stdout_lacks() {
  ! grep -qF -- "$1" "$WORK/.out" || fail "stdout unexpectedly has: $1"
}

expect_stderr_contains() {
  grep -qF -- "$1" "$WORK/.err" || fail "stderr lacks: $1
--- stderr ---
$(head -c 2000 "$WORK/.err")"
}

expect_stderr_equals() {
  local want
  want=$(printf '%s' "$1")
  [ "$(cat "$WORK/.err")" = "$want" ] || fail "stderr differs
--- expected ---
$want
--- got ---
$(cat "$WORK/.err")"
}

expect_stderr_empty() {
  [ ! -s "$WORK/.err" ] || fail "stderr not empty: $(head -c 600 "$WORK/.err")"
}

expect_stdout_empty() {
  [ ! -s "$WORK/.out" ] || fail "stdout not empty: $(head -c 600 "$WORK/.out")"
}

# expect_json JQ_FILTER EXPECTED: the filter applied to stdout prints EXPECTED
# (compact JSON, so strings keep their quotes).
expect_json() {
  local got
  got=$(jq -c "$1" "$WORK/.out" 2>&1) || { fail "stdout is not JSON for $1: $got"; return; }
  [ "$got" = "$2" ] || fail "$1 is $got, expected $2"
}

# shellcheck disable=SC1090
source "$CASE"

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed in $(basename "$CASE")" >&2
  exit 1
fi
