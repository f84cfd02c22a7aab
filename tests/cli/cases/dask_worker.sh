# wijzij as a worker under Dask distributed: tools/dask_run.py on a local
# cluster of two worker processes gives, record for record, the results of
# one process over the same archive. The archive is four files whose ids
# interleave, cut into parts mid-file, so both the split and the sort by id
# matter. WIJZIJ_REQUIRE_DASK=1 (tools/test.sh) turns a missing Dask into a
# failure instead of a skip; WIJZIJ_TEST_RECORDS lowers the count for the
# slower sanitizer build.
records=$(( ${WIJZIJ_TEST_RECORDS:-100000} / 20 ))
# Debian's python3-distributed is for Debian's python3, which need not be
# the first python3 on PATH.
python=
for candidate in python3 /usr/bin/python3; do
  "$candidate" -c 'import distributed' 2> /dev/null && { python=$candidate; break; }
done
if [ -z "$python" ]; then
  [ "${WIJZIJ_REQUIRE_DASK:-}" = 1 ] && { fail "Dask distributed not found (tools/setup.sh installs python3-distributed)"; exit 1; }
  skip "Dask distributed not installed (tools/setup.sh installs python3-distributed)"
fi

# Sentences already escaped for JSON; every seventh record has an extra field.
cat > zinnen.txt <<'ZINNEN'
Wij zijn blij dat de speeltuin in de wijk eindelijk open is.
Die relschoppers moeten zich diep schamen, zij verpesten het voor iedereen.
Houd afstand van de dijk zolang het water hoog staat.
De gemeente luistert naar uw zorgen over het café op de hoek.
Zij daar in Den Haag weten niet wat er écht speelt bij gewone mensen.
De buurman zei: \"Dit pikken wij niet langer.\"
Dank voor uw geduld; de brug is vanaf maandag weer open.
ZINNEN
awk -v records="$records" '
  { zin[n++] = $0 }
  END {
    for (i = 0; i < records; i++) {
      extra = i % 7 == 0 ? ", \"bron\": \"wijkblad\"" : ""
      printf "{\"id\": %d, \"text\": \"Bericht %d. %s\"%s}\n", i, i, zin[i % n], extra > ("deel" i % 4 ".jsonl")
    }
  }' zinnen.txt
blocksize=$(( $(wc -c < deel0.jsonl) / 3 ))

strip_and_sort() { sed -E 's/"path":"[^"]*",//' "$1" | LC_ALL=C sort -s -t: -k2,2n; }

cat deel*.jsonl | "$WIJZIJ" --input-format jsonl --format jsonl > single.jsonl ||
  fail "single run exited with $?"
timeout 300 "$python" "$ROOT/tools/dask_run.py" --local 2 --blocksize "$blocksize" \
  -o dask.jsonl "$WIJZIJ" deel*.jsonl 2> dask.err
rc=$?
[ $rc = 0 ] || { fail "tools/dask_run.py exited with $rc: $(tail -c 2000 dask.err)"; return; }

# Really distributed: more parts than files, run by both workers.
grep -qE "^dask_run.py: [0-9]+ results from ([5-9]|[1-9][0-9]+) parts on 2 workers$" dask.err ||
  fail "not spread over parts and workers: $(tail -c 600 dask.err)"
[ "$(wc -l < single.jsonl)" = "$records" ] || fail "single run gave $(wc -l < single.jsonl) lines"
[ "$(wc -l < dask.jsonl)" = "$records" ] || fail "Dask run gave $(wc -l < dask.jsonl) lines"
strip_and_sort single.jsonl > single.sorted
strip_and_sort dask.jsonl > dask.sorted
[ "$(cut -d, -f1 dask.sorted | uniq | wc -l)" = "$records" ] || fail "Dask run repeats or loses ids"
# tools/dask_run.py already wrote its results in id order.
sed -E 's/"path":"[^"]*",//' dask.jsonl | cmp -s - dask.sorted || fail "Dask output is not sorted by id"
cmp -s single.sorted dask.sorted ||
  fail "Dask output differs from a single run at $(diff single.sorted dask.sorted | grep -oE '^[<>] [{]"id":[0-9]+' | head -4 | tr '\n' ' ')"
