# On a terminal a progress line shows runs over many files; never in a pipe
# or a log, never with --quiet.
mkdir veel
for i in $(seq 1 30); do printf 'Tekst %s.\n' "$i" > "veel/$i.txt"; done
mkdir veel/.verborgen
run veel
expect_exit 0
expect_stderr_equals 'wijzij: veel/.verborgen: hidden, skipped'
run -q veel
expect_stderr_empty
if command -v script > /dev/null; then
  script -qec "\"$WIJZIJ\" -j 1 veel > /dev/null" /dev/null > tty.out 2>&1 < /dev/null
  tr '\r' '\n' < tty.out | grep -aq 'wijzij: 30/30 files' || fail "no progress line on a terminal: $(head -c 300 tty.out)"
  script -qec "\"$WIJZIJ\" -q -j 1 veel > /dev/null" /dev/null > tty.out 2>&1 < /dev/null
  ! grep -aq 'files,' tty.out || fail "--quiet still shows progress"
fi
