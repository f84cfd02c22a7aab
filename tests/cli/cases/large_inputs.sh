# The large end of the bad-input matrix: a 100 MB file without a newline,
# 100,000 tiny files in one directory, a file that vanishes mid-run and a
# lexicon of 1,000,000 entries. WIJZIJ_TEST_RECORDS (100000 by default; the
# sanitizer build uses 10000) scales all four, so the slower build stays
# quick while still crossing every part boundary.
records=${WIJZIJ_TEST_RECORDS:-100000}

# --- one line of 100 MB: analysed in parts, positions right at the end ---
big_mb=$((records / 1000))
unit='Deze idioten moeten zich schamen. De markt is op zaterdag open en de bibliotheek ook. '
repeats=$((big_mb * 1048576 / ${#unit}))
awk -v u="$unit" -v n="$repeats" 'BEGIN { for (i = 0; i < n; i++) printf "%s", u }' > lang.txt
# Counts the finding lines and keeps the last three.
count_last() {
  awk '{ n++; a = b; b = c; c = $0 } END { print n + 0; print a; print b; print c }'
}
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f %M -o rss "$WIJZIJ" --format line lang.txt 2> err | count_last > last
else
  "$WIJZIJ" --format line lang.txt 2> err | count_last > last
fi
# Two findings a repeat: idioten and "moeten zich schamen" (a descriptive
# "moeten" is no directive), after the document's verdict line.
lines=$((2 * repeats + 1))
[ "$(head -1 last)" = $lines ] || fail "$(head -1 last) lines, expected $lines"
[ -s err ] && fail "stderr: $(head -c 300 err)"
last_column=$(( (repeats - 1) * ${#unit} + 6 ))
grep -q "^lang.txt:1:$last_column: warning: \"idioten\"" last ||
  fail "the last idioten is not reported at 1:$last_column: $(tail -3 last)"
# Memory: the text, 16 bytes a finding (three a repeat, one of them a
# signal that prints no line) and a fixed amount, never the tokens of the
# whole text (that took 24 times the file's size). Not under sanitizers,
# whose shadow memory multiplies every allocation.
if [ -s rss ] && [ -z "${WIJZIJ_SANITIZED:-}" ]; then
  size_kb=$(( $(stat -c %s lang.txt) / 1024 ))
  limit_kb=$(( size_kb + 3 * repeats * 16 / 1024 + 36 * 1024 ))
  [ "$(cat rss)" -le "$limit_kb" ] ||
    fail "peak RSS $(cat rss) KB for a $size_kb KB file with $((3 * repeats)) findings (limit $limit_kb KB)"
fi
# -f counts keeps no finding and reads a large plain-text file a window at
# a time: the same counts, in a fixed amount of memory however large the
# file and however many findings it has (it kept the text and every
# finding before, some 200 MB on this file).
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f %M -o rss "$WIJZIJ" --format counts lang.txt > counts.json 2> err
else
  "$WIJZIJ" --format counts lang.txt > counts.json 2> err
fi
[ -s err ] && fail "-f counts stderr: $(head -c 300 err)"
# Three findings a repeat: idioten as moralising and as a name for people
# (one line above), and "moeten zich schamen".
counted=$(jq -c '[.categories.moraliserend.count, .categories.scheldnaam.count]' counts.json)
[ "$counted" = "[$((2 * repeats)),$repeats]" ] ||
  fail "-f counts: $counted moralising and name findings, expected [$((2 * repeats)),$repeats]"
if [ -s rss ] && [ -z "${WIJZIJ_SANITIZED:-}" ]; then
  limit_kb=$(( 64 * 1024 ))
  [ "$(cat rss)" -le "$limit_kb" ] ||
    fail "-f counts: peak RSS $(cat rss) KB for a $size_kb KB file (limit $limit_kb KB)"
fi
rm -f lang.txt counts.json

# --- 100,000 tiny files in one directory: every one reported, in order ---
files=$records
mkdir veel
awk -v n="$files" 'BEGIN { for (i = 0; i < n; i++) { f = sprintf("veel/%06d.txt", i)
  printf "Bericht %d: wij tegen zij.\n", i > f; close(f) } }'
"$WIJZIJ" -j 2 --format jsonl veel > veel.jsonl 2> err
[ "$(wc -l < veel.jsonl)" = "$files" ] || fail "$(wc -l < veel.jsonl) documents, expected $files"
tail -1 veel.jsonl | grep -q "\"path\":\"veel/$(printf %06d $((files - 1))).txt\"" ||
  fail "the last document is not the last file: $(tail -1 veel.jsonl | head -c 200)"
[ -s err ] && fail "stderr: $(head -c 300 err)"
rm -rf veel veel.jsonl

# --- a file that vanishes after the run has listed it ---
# wijzij lists a_pijp, b.txt and c.txt, then blocks reading the FIFO; b.txt
# is removed while it waits, so it is gone when its turn comes.
mkfifo a_pijp
printf 'Deze idioten.\n' > b.txt
printf 'Wij tegen zij.\n' > c.txt
"$WIJZIJ" -j 1 --format json a_pijp b.txt c.txt > verdwenen.json 2> verdwenen.err &
exec 3> a_pijp  # opens once wijzij opens the FIFO for reading
rm b.txt
printf 'De markt is open.\n' >&3
exec 3>&-
wait $! ; rc=$?
[ "$rc" = 2 ] || fail "exit code $rc when a file vanished, expected 2"
grep -q '^wijzij: b.txt: cannot open: No such file or directory$' verdwenen.err ||
  fail "no message naming b.txt: $(cat verdwenen.err)"
[ "$(jq -c '[.documents[].path]' verdwenen.json)" = '["a_pijp","c.txt"]' ] ||
  fail "other inputs not reported: $(jq -c '[.documents[].path]' verdwenen.json)"
[ "$(jq -c '[.errors[].path]' verdwenen.json)" = '["b.txt"]' ] ||
  fail "the vanished file is not among the errors"

# --- a lexicon of 1,000,000 entries (10 times fewer under sanitizers) ---
entries=$((records * 10))
mkdir groot
awk -v n="$entries" 'BEGIN { print "id = groot\nlabel_nl = Groot\nlabel_en = Large"
  print "description_nl = Veel woorden.\ndescription_en = Many words.\n[entries]"
  for (i = 0; i < n; i++) printf "woord%07d\n", i }' > groot/groot.lex
printf 'Hier staan woord%07d en woord0000000.\n' $((entries - 1)) > kort.txt
run --lexicons groot --no-default-lexicons --format line kort.txt
expect_exit 0
expect_stdout_contains "kort.txt:1:12: warning: \"woord$(printf %07d $((entries - 1)))\" Groot [groot]"
expect_stdout_contains 'kort.txt:1:28: warning: "woord0000000" Groot [groot]'
