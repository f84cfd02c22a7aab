# The labelled corpus guards the model: a lexicon or weight change that drops
# macro-F1 below these floors fails the suite. Measured at the time the
# floors were set (README, "Accuracy"): dev 0.929 / 0.859, test 0.884 / 0.886
# (schemes / columns); the floors sit a few points under.
run eval "$ROOT/examples/corpus/labels.tsv" --split test --format json
expect_exit 0
expect_json '.texts' 53
jq -e '.schemes.macro_f1 >= 0.82' "$WORK/.out" > /dev/null || fail "test schemes macro-F1 $(jq .schemes.macro_f1 "$WORK/.out") < 0.82"
jq -e '.columns.macro_f1 >= 0.85' "$WORK/.out" > /dev/null || fail "test columns macro-F1 $(jq .columns.macro_f1 "$WORK/.out") < 0.85"

run eval "$ROOT/examples/corpus/labels.tsv" --split dev --format json
expect_exit 0
jq -e '.schemes.macro_f1 >= 0.89' "$WORK/.out" > /dev/null || fail "dev schemes macro-F1 $(jq .schemes.macro_f1 "$WORK/.out") < 0.89"
jq -e '.columns.macro_f1 >= 0.83' "$WORK/.out" > /dev/null || fail "dev columns macro-F1 $(jq .columns.macro_f1 "$WORK/.out") < 0.83"

# Reading what comes in (README, "Reading the other side"). Measured when the
# floors were set: test narratives 0.916, axis 0.994, themes 0.917, attention
# 0.839, intimidation 1.000 (precision 1.000, recall 1.000); dev 0.985 /
# 0.831 / 0.951 / 0.940 / 1.000. Every test floor is at least the 0.80 target.
run eval "$ROOT/examples/reading/labels.tsv" --split test --format json
expect_exit 0
expect_json '.texts' 66
for floor in 'narratives 0.88' 'axis 0.95' 'themes 0.88' 'attention 0.80' 'intimidation 0.95'; do
  set -- $floor
  jq -e ".$1.macro_f1 >= $2" "$WORK/.out" > /dev/null ||
    fail "test $1 macro-F1 $(jq ".$1.macro_f1" "$WORK/.out") < $2"
done
jq -e '.intimidation.classes.intimidatie.precision >= 0.95' "$WORK/.out" > /dev/null ||
  fail "test intimidation precision $(jq .intimidation.classes.intimidatie.precision "$WORK/.out") < 0.95"

run eval "$ROOT/examples/reading/labels.tsv" --split dev --format json
expect_exit 0
for floor in 'narratives 0.95' 'axis 0.79' 'themes 0.92' 'attention 0.90' 'intimidation 0.95'; do
  set -- $floor
  jq -e ".$1.macro_f1 >= $2" "$WORK/.out" > /dev/null ||
    fail "dev $1 macro-F1 $(jq ".$1.macro_f1" "$WORK/.out") < $2"
done

# Precision on drafts: of the 176 drafts of the scheme corpus only the news
# report that relays a threat to a mayor (called a traitor, who reported the
# threat) is flagged; a report that quotes a threat relays it (LABELLING.md).
run --format jsonl "$ROOT/examples/corpus"
flagged=$(jq -r 'select(.intimidation.flag) | .path | split("/") | last' "$WORK/.out" | tr '\n' ' ')
[ "$flagged" = '115_nieuws_citaat.txt ' ] || fail "drafts flagged as intimidation: $flagged"
