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
