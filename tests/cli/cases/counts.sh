# -f counts, for archives: per document the same verdicts, reading
# dimensions and category counts as -f jsonl, without findings or advice,
# on every corpus in the repository.
for corpus in examples examples/corpus examples/reading; do
  "$WIJZIJ" --no-config -f jsonl "$ROOT/$corpus" 2> /dev/null |
    jq -c 'del(.findings, .advice)' > "$WORK/jsonl.txt"
  "$WIJZIJ" --no-config -f counts "$ROOT/$corpus" 2> /dev/null | jq -c . > "$WORK/counts.txt"
  [ -s "$WORK/counts.txt" ] || fail "$corpus: no counts written"
  cmp -s "$WORK/jsonl.txt" "$WORK/counts.txt" ||
    fail "$corpus: -f counts differs from -f jsonl: $(diff "$WORK/jsonl.txt" "$WORK/counts.txt" | head -3)"
done

run --format counts "$ROOT/examples/verklaring_na_rellen.txt"
expect_exit 0
expect_json '.scheme.id' '"orde_vs_relschoppers"'
expect_json '.categories.moraliserend.count' 5
expect_json 'has("findings") or has("advice")' false

# JSON Lines records keep their id; an unreadable input is an error record.
printf '{"id": 7, "text": "Deze idioten."}\n' > records.jsonl
run --format counts --input-format jsonl records.jsonl
expect_json '.id' 7
printf 'kapot \xff\n' > kapot.txt
run --format counts kapot.txt
expect_exit 2
expect_json '.error | contains("invalid UTF-8")' true

# A plain-text file of 8 MB or more is read a window at a time, so memory
# does not grow with it; its verdicts and counts are those of the same bytes
# read whole (standard input is never read so).
printf '\xEF\xBB\xBF' > groot.txt
for i in $(seq 75); do cat "$ROOT"/examples/corpus/*.txt "$ROOT"/examples/reading/*.txt; done >> groot.txt
[ "$(stat -c %s groot.txt)" -ge $((8 << 20)) ] || fail "groot.txt is under 8 MB"
"$WIJZIJ" --no-config -f counts groot.txt 2> err | jq -c 'del(.path)' > streamed.txt
[ -s err ] && fail "streamed stderr: $(head -c 300 err)"
"$WIJZIJ" --no-config -f counts - < groot.txt | jq -c 'del(.path)' > whole.txt
cmp -s streamed.txt whole.txt ||
  fail "a streamed file's counts differ from its whole text's: $(diff streamed.txt whole.txt | head -3)"
jq -e '.words > 1000000' streamed.txt > /dev/null || fail "groot.txt: too few words counted"
