# The HTML report: one self-contained page, checked in a real browser.
# Headless Chromium loads the page; its DOM must hold one highlight per
# finding, the charts and no script, its console must stay silent, and it
# takes a screenshot (WIJZIJ_SCREENSHOT_DIR keeps it, e.g. docs/).
ex="$ROOT/examples"
cp "$ex/verklaring_na_rellen.txt" "$ex/brief_aan_inwoners.txt" .
cp "$ex/reading/049_reactie_stikstof_tafel.txt" stikstof.txt
printf 'Deze <script>document.title="gehackt"</script> idioten & "relschoppers" <b>moeten</b> zich schamen.\n' > script.txt

run --format html -o rapport.html verklaring_na_rellen.txt brief_aan_inwoners.txt script.txt stikstof.txt
expect_exit 0
expect_stdout_empty
expect_stderr_empty
[ -s rapport.html ] || fail "no rapport.html written"
grep -q '^<!DOCTYPE html>' rapport.html || fail "not an HTML page"
grep -q '<html lang="nl">' rapport.html || fail "not Dutch by default"
# Self-contained: nothing is fetched from elsewhere.
grep -Eq '<(link|script|img|iframe)\b|src=|@import|url\(http|href="http' rapport.html &&
  fail "the page refers to something outside itself: $(grep -Eo '<(link|script|img|iframe)[^>]*>|src=[^ ]*|@import[^;]*|url\(http[^)]*\)|href="http[^"]*"' rapport.html | head -3)"
# The draft's markup is text: escaped, never a tag.
grep -q '&lt;script&gt;document.title=&quot;gehackt&quot;&lt;/script&gt;' rapport.html ||
  fail "the <script> of the draft is not shown as text"
grep -q '&lt;b&gt;' rapport.html || fail "the <b> of the draft is not shown as text"

run --format json verklaring_na_rellen.txt brief_aan_inwoners.txt script.txt stikstof.txt
findings=$(jq '[.documents[].findings | length] | add' .out)
[ "$(grep -o 'data-finding="[^"]*"' rapport.html | sort -u | wc -l)" = "$findings" ] ||
  fail "highlights in the page differ from the $findings findings"

run --format html --lang en -o report.html brief_aan_inwoners.txt
expect_exit 0
grep -q '<html lang="en">' report.html || fail "--lang en does not give an English page"
grep -q '<title>wijzij report</title>' report.html || fail "no English title"

run --format html -o geen/map/rapport.html brief_aan_inwoners.txt
expect_exit 2
expect_stderr_contains 'wijzij: geen/map/rapport.html: cannot open for writing: No such file or directory'

# --- in a real browser ---
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || skip "Chromium is not installed (tools/setup.sh installs the Debian package chromium)"
flags=(--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking
       --hide-scrollbars --enable-logging=stderr --v=0)
"$browser" "${flags[@]}" --dump-dom "file://$WORK/rapport.html" > dom.html 2> browser.err
[ -s dom.html ] || fail "Chromium gave no DOM: $(tail -3 browser.err)"
grep -q ':CONSOLE' browser.err && fail "console messages: $(grep ':CONSOLE' browser.err | head -3)"
highlights=$(grep -o 'data-finding="[^"]*"' dom.html | sort -u | wc -l)
[ "$highlights" = "$findings" ] || fail "$highlights highlights in the DOM, $findings findings"
charts=$(grep -o '<svg class="chart"' dom.html | wc -l)
# Two per document (schemes, rows) and five in the overview (schemes,
# left share, narratives and themes: the letter about nitrogen has both;
# and voices).
[ "$charts" = 13 ] || fail "$charts charts in the DOM, expected 13"
grep -q '<title>Documenten per stem van de tekst</title>' dom.html || fail "no voice chart in the overview"
grep -q '<title>Documenten per polariserend thema</title>' dom.html || fail "no theme chart in the overview"
grep -q '<script' dom.html && fail "a <script> element made it into the DOM"
grep -q '<title>wijzij-rapport</title>' dom.html || fail "the page title changed"
grep -q '<section id="overzicht"' dom.html || fail "no overview for four documents"
grep -q 'href="#doc-' dom.html || fail "the overview does not link to the documents"

shots=${WIJZIJ_SCREENSHOT_DIR:-$WORK}
mkdir -p "$shots"
"$browser" "${flags[@]}" --window-size=1280,2400 --screenshot="$shots/html-rapport.png" \
  "file://$WORK/rapport.html" > /dev/null 2>> browser.err
[ "$(head -c 8 "$shots/html-rapport.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] ||
  fail "no PNG screenshot: $(tail -3 browser.err)"
[ "$(stat -c %s "$shots/html-rapport.png")" -gt 50000 ] || fail "the screenshot looks empty"

# On paper: a numbered list of every finding with its alternative, shown only
# in print; problems and signals marked apart in the text and the legend.
[ "$(grep -o '<section class="print-list">' dom.html | wc -l)" = 4 ] || fail "no print list per document"
items=$(grep -o '<section class="print-list">.*</section>' dom.html | grep -o '<li>' | wc -l)
[ "$items" = "$findings" ] || fail "$items items in the print lists, $findings findings"
grep -q '@media print{[^}]*}*[^@]*\.print-list{display:block}' rapport.html || fail "the print list is not shown in print"
grep -o '<section class="print-list">.*</section>' dom.html |
  grep -q 'In plaats van "houd je aan de regels"' || fail "no alternative in the print list"
grep -q '<mark class="k[0-9]* issue"' dom.html || fail "no finding marked as an issue"
grep -q '<mark class="k[0-9]* signal"' dom.html || fail "no finding marked as a signal"
grep -q '<li class="kind">Aandachtspunten:</li>' dom.html || fail "the legend does not group the issues"
