# JSON Lines in and out: ids and fields passed through, order kept, a bad
# line reported on its own line while the stream goes on.
cat > in.jsonl <<'JSONL'
{"id": 1, "text": "Deze idioten moeten zich schamen.", "bron": "post"}
dit is geen json
{"id": "twee", "text": "Dank voor uw inzet. Hoe houdt u het vol?"}

{"text": 5}
{"id": 4, "text": "De bibliotheek is morgen open."}
JSONL
run --input-format jsonl --format jsonl in.jsonl
expect_exit 2
[ "$(wc -l < "$WORK/.out")" = 5 ] || fail "expected 5 output lines, got $(wc -l < "$WORK/.out")"
jq -c '[.id, .path, .fields, .scheme.id // .error]' "$WORK/.out" > got.txt
cat > want.txt <<'WANT'
[1,"in.jsonl:1",{"bron":"post"},"democratie_vs_populisme"]
[null,"in.jsonl:2",null,"in.jsonl:2: not a JSON object (invalid JSON or UTF-8)"]
["twee","in.jsonl:3",{},"none"]
[null,"in.jsonl:5",null,"in.jsonl:5: the record has no \"text\" string"]
[4,"in.jsonl:6",{},"none"]
WANT
diff want.txt got.txt > /dev/null || fail "jsonl output differs: $(diff want.txt got.txt)"
expect_stderr_contains 'wijzij: in.jsonl:2: not a JSON object'

# The same from standard input, and -j 1 and -j 4 give identical bytes.
"$WIJZIJ" -j 1 --input-format jsonl --format jsonl < in.jsonl > j1.jsonl 2>/dev/null
"$WIJZIJ" -j 4 --input-format jsonl --format jsonl < in.jsonl > j4.jsonl 2>/dev/null
cmp -s j1.jsonl j4.jsonl || fail "-j 1 and -j 4 differ on JSON Lines"
jq -e -s '.[0].path == "-:1"' j1.jsonl > /dev/null || fail "stdin records are named -:LINE"

# A record longer than --max-file-size is skipped with its line number, the
# next one is analysed, and memory never holds the long line (64 MB here;
# 10 times less under sanitizers, which also skip the memory limit).
long_mb=$(( ${WIJZIJ_TEST_RECORDS:-100000} * 64 / 100000 ))
{
  printf '{"id": 1, "text": "Deze idioten moeten zich schamen."}\n{"id": 2, "text": "'
  head -c $((long_mb * 1048576)) /dev/zero | tr '\0' 'a'
  printf '"}\n{"id": 3, "text": "Dank voor uw inzet."}\n'
} > long.jsonl
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f %M -o rss "$WIJZIJ" --input-format jsonl --format jsonl --max-file-size 1M \
    long.jsonl > long.out 2> long.err && fail "exit 0 with a skipped record"
else
  "$WIJZIJ" --input-format jsonl --format jsonl --max-file-size 1M long.jsonl > long.out 2> long.err
fi
[ "$(jq -c '.id' long.out | tr '\n' ' ')" = '1 null 3 ' ] || fail "records out: $(jq -c .id long.out)"
grep -q 'long.jsonl:2: record larger than --max-file-size; skipped' long.err ||
  fail "no message for the long record: $(head -c 300 long.err)"
if [ -s rss ] && [ -z "${WIJZIJ_SANITIZED:-}" ]; then
  # time(1) notes the exit status on a line before the figure.
  [ "$(tail -1 rss)" -le $((40 * 1024)) ] || fail "peak RSS $(tail -1 rss) KB reading a $long_mb MB line"
fi
rm -f long.jsonl
