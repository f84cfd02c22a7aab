# Inline suppressions silence a line or a region; they are counted, listed
# with --show-suppressed, and do not count toward --fail-on.
cat > persbericht.txt <<'TEXT'
Deze idioten moeten zich schamen.
<!-- wijzij-disable-next-line moraliserend -->
Het is tuig.
wijzij-disable
Houd afstand, idioten.
wijzij-enable
TEXT
run --format json persbericht.txt
expect_exit 0
expect_json '.documents[0].suppressed' 4
expect_json '[.documents[0].findings[] | [.category, .text, .line]]' \
  '[["moraliserend","idioten",1],["scheldnaam","idioten",1],["moraliserend","moeten zich schamen",1],["scheldnaam","tuig",3],["zij_relschoppers","tuig",3]]'
run --show-suppressed persbericht.txt
expect_stdout_contains 'onderdrukt: 4'
expect_stdout_contains '3:8      moraliserend  "tuig" [onderdrukt]'

printf 'wijzij-disable-next-line moraliserend\nDeze idioten.\n' > stil.txt
run --fail-on category:moraliserend stil.txt
expect_exit 0

printf 'wijzij-disable-next-line moralisernd\nDeze idioten.\n' > typo.txt
run typo.txt
expect_exit 0
expect_stderr_contains "typo.txt:1:26: warning: unknown category 'moralisernd' in a wijzij marker"

# A comment at the end of a line silences that line; --show-suppressed
# lists what was silenced in line and SARIF too.
printf 'Deze idioten. <!-- wijzij-disable-line moraliserend -->\nDeze idioten.\n' > regel.txt
run --format line regel.txt
expect_stdout_lacks 'regel.txt:1:6'
expect_stdout_contains 'regel.txt:2:6: warning: "idioten"'
run --format line --show-suppressed regel.txt
expect_stdout_contains 'regel.txt:1:6: warning: "idioten" Moraliserend [moraliserend] [onderdrukt]'
run --format sarif --show-suppressed regel.txt
expect_json '[.runs[0].results[] | select(.suppressions) | .locations[0].physicalLocation.region.startLine]' '[1]'
expect_json '[.runs[0].results[] | select(.suppressions) | .suppressions[0].kind]' '["inSource"]'
run --format sarif regel.txt
expect_json '[.runs[0].results[] | select(.suppressions)] | length' 0
