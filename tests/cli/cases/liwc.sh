# A LIWC-format .dic file through --lexicons: each category becomes a
# lexicon category with densities per 1,000 words and percentages.
run_stdin 'Wij schamen ons niet, wij helpen elkaar met zorg en blijven voor elkaar zorgen.\n' \
  --no-default-lexicons -L "$ROOT/tests/cli/data/moreel.dic" --format json
expect_exit 0
expect_json '.documents[0].categories | keys' '["schuld","zorg"]'
expect_json '.documents[0].categories.zorg | [.count, .percent]' '[3,21.4286]'
expect_json '[.documents[0].findings[] | select(.category == "zorg") | .text]' '["helpen","zorg","voor elkaar zorgen"]'
expect_json '.documents[0].findings[0].entry' "\"$ROOT/tests/cli/data/moreel.dic:7\""

printf '%%\n1\tEen\n%%\nwoord\t1\nander\t7\nkapot*x\t1\n' > kapot.dic
run lexicon check kapot.dic --no-default-lexicons
expect_exit 2
expect_stderr_contains "kapot.dic:5: error: '7' is not a category number of this dictionary"
expect_stderr_contains "kapot.dic:6: error: 'kapot*x' is not a word"
printf 'geen kop\n' > leeg.dic
run lexicon check leeg.dic --no-default-lexicons
expect_exit 2
expect_stderr_contains 'leeg.dic:1: error: text before the first %'
