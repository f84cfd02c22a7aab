# SARIF checked by a real consumer: Microsoft's SARIF Multitool validates
# reports for relative and absolute paths, names that need escaping, standard
# input, several documents, JSON Lines records and unreadable inputs, and
# must find neither errors nor warnings. tools/setup.sh installs it from npm;
# WIJZIJ_REQUIRE_SARIF_MULTITOOL=1 (tools/test.sh) turns a missing tool
# into a failure instead of a skip.
multitool=${WIJZIJ_SARIF_MULTITOOL:-}
[ -z "$multitool" ] && multitool=$(command -v sarif-multitool || true)
cached="${XDG_CACHE_HOME:-$HOME/.cache}/wijzij/sarif-multitool/node_modules/.bin/sarif-multitool"
[ -z "$multitool" ] && [ -x "$cached" ] && multitool=$cached
if [ -z "$multitool" ]; then
  [ "${WIJZIJ_REQUIRE_SARIF_MULTITOOL:-}" = 1 ] && { fail "sarif-multitool not found (run tools/setup.sh)"; exit 1; }
  skip "sarif-multitool not installed (tools/setup.sh installs it)"
fi
# The .NET tool wants a writable home and no telemetry.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=0

mkdir teksten
printf 'Deze idioten moeten\nzich schamen. Houd afstand.\n' > 'teksten/met spatie#1.txt'
printf 'Wij luisteren naar de zorgen van inwoners.\n' > teksten/rustig.md
printf '<p>De elite in Den Haag luistert niet naar het volk.</p>\n' > teksten/elite.html
printf 'kapot \xff\n' > teksten/kapot.txt
printf '{"id": 1, "text": "Wij tegen de elite."}\nkapot\n' > records.jsonl

# validate NAME: validates NAME.sarif; every result the tool gives is a
# problem it found in our report.
validate() {
  rm -f "$1.checked.sarif"
  "$multitool" validate "$1.sarif" -o "$1.checked.sarif" > "$1.log" 2>&1 ||
    fail "$1: sarif-multitool exited $?: $(tail -5 "$1.log")"
  [ -s "$1.checked.sarif" ] || { fail "$1: no validation log written"; return; }
  local problems
  problems=$(jq -r '.runs[0].results[] | "\(.ruleId) \(.level // "warning") \(.message.arguments // [] | join(" | "))"' "$1.checked.sarif")
  [ -z "$problems" ] || fail "$1: $problems"
}

run --format sarif teksten
cp "$WORK/.out" relative.sarif
validate relative
expect_json '[.runs[0].results[] | select(.ruleId == "verdict")] | length' 3

run --format sarif "$WORK/teksten/met spatie#1.txt" "$WORK/teksten/kapot.txt"
cp "$WORK/.out" absolute.sarif
validate absolute
expect_json '.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri' \
  "\"file://$WORK/teksten/met%20spatie%231.txt\""

run_stdin 'Deze idioten.\n' --format sarif
cp "$WORK/.out" stdin.sarif
validate stdin

run --format sarif --input-format jsonl --show-signals records.jsonl
cp "$WORK/.out" records.sarif
validate records

printf 'Deze idioten. <!-- wijzij-disable-line moraliserend -->\nDeze idioten.\n' > stil.txt
run --format sarif --show-suppressed stil.txt
cp "$WORK/.out" suppressed.sarif
validate suppressed
