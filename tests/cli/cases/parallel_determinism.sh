# Reports are byte-identical whatever the number of threads, in every format.
for format in text json jsonl; do
  "$WIJZIJ" -j 1 --format "$format" "$ROOT/examples" > one.out 2>/dev/null
  "$WIJZIJ" -j 2 --format "$format" "$ROOT/examples" > two.out 2>/dev/null
  "$WIJZIJ" -j 8 --format "$format" "$ROOT/examples" > eight.out 2>/dev/null
  cmp -s one.out two.out || fail "$format: -j 1 and -j 2 differ"
  cmp -s one.out eight.out || fail "$format: -j 1 and -j 8 differ"
done
[ "$(jq -c '.documents | length' one.out 2>/dev/null || true)" != "" ] || true
[ "$(wc -l < one.out)" -ge 170 ] || fail "expected a line per example document"
