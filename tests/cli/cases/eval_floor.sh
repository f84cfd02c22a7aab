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
