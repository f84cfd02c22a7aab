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
expect_json '.documents[0].suppressed' 3
expect_json '[.documents[0].findings[] | [.text, .line]]' '[["idioten",1],["moeten zich schamen",1],["tuig",3]]'
run --show-suppressed persbericht.txt
expect_stdout_contains 'onderdrukt: 3'
expect_stdout_contains '3:8      moraliserend  "tuig" [onderdrukt]'

printf 'wijzij-disable-next-line moraliserend\nDeze idioten.\n' > stil.txt
run --fail-on category:moraliserend stil.txt
expect_exit 0

printf 'wijzij-disable-next-line moralisernd\nDeze idioten.\n' > typo.txt
run typo.txt
expect_exit 0
expect_stderr_contains "typo.txt:1:26: warning: unknown category 'moralisernd' in a wijzij marker"
