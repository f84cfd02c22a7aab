# The model is data: --model replaces it, and a broken model is refused
# with file:line like a lexicon.
run_stdin 'Deze idioten moeten zich schamen.\n' --format json
expect_json '.documents[0].scheme.id' '"democratie_vs_populisme"'

# Raising the lean threshold in a copy of the model changes the verdict.
sed 's/^lean = .*/lean = 50/' "$ROOT/lexicons/wijzij.model" > hoog.model
run_stdin 'Deze idioten moeten zich schamen.\n' --format json --model hoog.model
expect_exit 0
expect_json '.documents[0].scheme.id' '"none"'

printf '[weights]\nlean = veel\n[scheme onbekend]\n[row controle_omgang]\nleft = bestaatniet\n' > kapot.model
run_stdin 'tekst\n' --model kapot.model
expect_exit 2
expect_stderr_contains "kapot.model:2: error: lean: 'veel' is not a number of 0 or more"
expect_stderr_contains 'kapot.model:3: error: [scheme onbekend] names no vocabulary, wij or zij categories'
expect_stderr_contains "kapot.model:5: error: category 'bestaatniet' is not loaded"
expect_stderr_contains 'kapot.model: error: expected one [column <id>] with side = left'

run lexicon check --model kapot.model
expect_exit 2
