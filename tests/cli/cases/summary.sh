# A summary closes text reports over several documents, and JSON reports
# with --summary; one document gets none.
mkdir d
printf 'Deze idioten moeten zich diep schamen, het is uitschot en een schande.\n' > d/a.txt
printf 'De bibliotheek is op zaterdag open van tien tot vijf.\n' > d/b.txt
printf 'Dank aan alle vrijwilligers. Hoe houdt u het vol? Vertel het ons. Wij luisteren.\n' > d/c.txt
run d
expect_exit 0
expect_stdout_contains 'samenvatting: 3 documenten'
expect_stdout_contains 'wij-zij-schema: democratie_vs_populisme 1, orde_vs_relschoppers 0, systeem_vs_vrijheidsstrijders 0, elite_vs_volk 0, none 2'
expect_stdout_contains 'kolom: bruggenbouwer 1, midden 1, none 1'
expect_stdout_contains 'democratie_vs_populisme        d/a.txt'

run d/a.txt
expect_stdout_lacks 'samenvatting'

run --format json --summary d
expect_json '.summary.documents' 3
expect_json '.summary.schemes.none' 2
expect_json '.summary.strongest[0].path' '"d/a.txt"'
expect_json '.summary.densities.moraliserend.p90 > 0' true

run --format json d
expect_json '.summary' null

run --format jsonl --summary d
[ "$(tail -1 "$WORK/.out" | jq -c '.summary.columns')" = '{"bruggenbouwer":1,"midden":1,"none":1}' ] ||
  fail "last JSON Lines record is not the summary: $(tail -1 "$WORK/.out" | head -c 300)"

# Documents per voice, and how many voices the words barely decided (the
# library notice has no cue of a voice); a given voice leaves none.
run d
expect_stdout_contains '  stem: bestuur 1, inwoner 2'
expect_stdout_contains '    nipt: 1 (kent u de afzender, geef dan --voice)'
run --format json --summary d
expect_json '[.summary.voice, .summary.close_calls]' '[{"bestuur":1,"inwoner":2},{"voice":1}]'
run --voice bestuur d
expect_stdout_contains '  stem: bestuur 3'
expect_stdout_lacks 'nipt'

# The files with the most findings.
run --format json --summary d
expect_json '.summary.most_findings[0].path' '"d/c.txt"'
run d
expect_stdout_contains 'meeste bevindingen:'
