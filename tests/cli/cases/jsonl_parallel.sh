# wijzij as a worker under GNU parallel: 100,000 records split over several
# processes give the same results, in the same order, as one process.
# (WIJZIJ_TEST_RECORDS lowers the count for the slower sanitizer build.)
records=${WIJZIJ_TEST_RECORDS:-100000}
command -v parallel > /dev/null || { fail "GNU parallel is not installed (tools/setup.sh installs it)"; return; }
awk -v records="$records" 'BEGIN {
  split("Deze idioten moeten zich schamen.|Dank voor uw hulp, hoe houdt u het vol?|De markt is op zaterdag open.", t, "|")
  for (i = 0; i < records; i++) printf "{\"id\": %d, \"text\": \"Bericht %d. %s\"}\n", i, i, t[i % 3 + 1]
}' > in.jsonl
"$WIJZIJ" --input-format jsonl --format jsonl < in.jsonl | sed -E 's/"path":"[^"]*",//' > single.jsonl
parallel --pipe --keep-order --block 500k \
  "$WIJZIJ" -j 1 --input-format jsonl --format jsonl < in.jsonl | sed -E 's/"path":"[^"]*",//' > split.jsonl
[ "$(wc -l < single.jsonl)" = "$records" ] || fail "single run gave $(wc -l < single.jsonl) lines"
cmp -s single.jsonl split.jsonl || fail "GNU parallel output differs from a single run"
