# wijzij eval on a small labelled set written here: metrics, confusion
# matrix and the misclassified text with its evidence.
mkdir set
printf 'Deze idioten moeten zich diep schamen, het is uitschot en een schande.\n' > set/a.txt
printf 'De bibliotheek is op zaterdag open van tien tot vijf.\n' > set/b.txt
printf 'Dank aan alle vrijwilligers. Hoe houdt u het vol? Vertel het ons.\n' > set/c.txt
cat > set/labels.tsv <<'LABELS'
# path scheme column split
a.txt democratie_vs_populisme bruggenbouwer x
b.txt none none x
c.txt elite_vs_volk midden y
LABELS
run eval set/labels.tsv
expect_exit 0
expect_stdout_contains '3 texts'
expect_stdout_contains 'misclassified: 1'
expect_stdout_contains 'scheme elite_vs_volk -> none'
expect_stdout_contains 'evidence: '

run eval set/labels.tsv --format json
expect_json '.schemes.classes.democratie_vs_populisme | [.precision, .recall, .support]' '[1,1,1]'
expect_json '.schemes.confusion[3]' '[0,0,0,0,1]'
expect_json '.columns.accuracy' 1
expect_json '.misclassified | length' 1

run eval set/labels.tsv --split x --format json
expect_json '.texts' 2

# A broken labels file: every bad line reported with file:line, exit 2.
printf 'a.txt onbekend none\nb.txt none links\nc.txt\n' > set/kapot.tsv
run eval set/kapot.tsv
expect_exit 2
expect_stderr_contains "set/kapot.tsv:1: error: unknown scheme 'onbekend'"
expect_stderr_contains "set/kapot.tsv:2: error: unknown column 'links'"
expect_stderr_contains 'set/kapot.tsv:3: error: expected: path scheme column split'

# A header that does not start with 'path' is named as such, not read as a text.
printf 'pad\tscheme\tcolumn\na.txt\tnone\tnone\n' > set/kop.tsv
run eval set/kop.tsv
expect_exit 2
expect_stderr_contains "set/kop.tsv:1: error: 'pad' looks like a header, but a header starts with 'path'"
grep -q "unknown scheme 'scheme'" "$WORK/.err" && fail "the header was read as a text"

# The texts whose voice was a close call and the others are scored apart:
# the library notice has no cue of a voice, the other two do.
cat > set/stem.tsv <<'LABELS'
# path scheme column split voice
a.txt democratie_vs_populisme bruggenbouwer x inwoner
b.txt none none x bestuur
c.txt elite_vs_volk midden y bestuur
LABELS
run eval set/stem.tsv
expect_exit 0
expect_stdout_contains 'voice read: close call        1'
expect_stdout_contains 'voice read: clear             2'
run eval set/stem.tsv --format json
expect_json '.subsets["voice read: close call"] | [.texts, .voice]' '[1,0]'
