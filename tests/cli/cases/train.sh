# wijzij train fits the model's weights on labelled texts and writes a model
# file that keeps the comments and texts of the one it started from; the
# same texts give the same model; eval reads the fitted model back.
mkdir set
printf 'Deze idioten moeten zich diep schamen, het is uitschot en een schande.\n' > set/a.txt
printf 'Het is tuig, wij treden hard op tegen de relschoppers. Lik op stuk!\n' > set/b.txt
printf 'De bibliotheek is op zaterdag open van tien tot vijf.\n' > set/c.txt
printf 'Dank aan alle vrijwilligers. Hoe houdt u het vol? Vertel het ons.\n' > set/d.txt
printf 'De burgemeester zegt dat de markt morgen open is, meldt de gemeente.\n' > set/e.txt
printf 'Ik woon hier al veertig jaar en mijn straat is veranderd.\n' > set/f.txt
cat > set/labels.tsv <<'LABELS'
# path scheme column voice split
a.txt democratie_vs_populisme bruggenbouwer pool dev
b.txt orde_vs_relschoppers bruggenbouwer bestuur dev
c.txt none none bestuur dev
d.txt none midden bestuur dev
e.txt none none verslag dev
f.txt none none inwoner dev
LABELS
run train set/labels.tsv --split dev -o fitted.model
expect_exit 0
expect_stderr_contains 'wijzij: train: voice fitted on 6 texts'
expect_stderr_contains 'wijzij: train: schemes fitted on 6 texts'
expect_stderr_contains 'wijzij: train: columns fitted on 6 texts'
grep -q '^# Het model van wijzij' fitted.model || fail "the model's comments were not kept"
grep -q '^name_nl = democratie tegenover populisme' fitted.model || fail "the texts were not kept"
grep -Eq '^bias = -?[0-9]' fitted.model || fail "no learned bias in the model"
run lexicon check --model fitted.model
expect_exit 0
run eval set/labels.tsv --model fitted.model --format json
expect_exit 0
expect_json '.texts' 6
# Deterministic: the same texts, the same model.
run train set/labels.tsv --split dev -o again.model
cmp -s fitted.model again.model || fail "two fits of the same texts differ"
# Without -o the model goes to standard output.
run train set/labels.tsv
expect_exit 0
expect_stdout_contains '[scheme orde_vs_relschoppers]'
# A broken labels file is refused with its line.
printf '# path scheme\na.txt onbekend\n' > set/kapot.tsv
run train set/kapot.tsv
expect_exit 2
expect_stderr_contains "set/kapot.tsv:2: error: unknown scheme 'onbekend'"
