# A new reading dimension is a model-file section and a lexicon, no code:
# a model with an extra dimension "tone" (its classes, evidence categories
# with a weight, a threshold and a selection rule) is reported in JSON,
# text, SARIF and HTML, explained, filtered by --theme and evaluated.
mkdir lexicons
cat > lexicons/toon_spot.lex <<'LEX'
id = toon_spot
label_nl = Spot
label_en = Mockery
description_nl = Spottende woorden.
description_en = Mocking words.
[entries]
haha
lachwekkend
LEX
cp "$ROOT/lexicons/wijzij.model" toon.model
cat >> toon.model <<'MODEL'

[dimension tone]
classes = tone
select = strongest
name_nl = toon
name_en = tone
class_nl = toon van de tekst
class_en = tone of the text
advice_id = tone
advice_nl = Let op de toon: {instead}
advice_en = Mind the tone: {instead}
advice_order = 5

[tone spottend]
name_nl = spottend
name_en = mocking
explain_nl = De tekst lacht de ander uit.
explain_en = The text laughs at the other side.
instead_nl = neem de ander serieus.
instead_en = take the other side seriously.
evidence = toon_spot:0.75
threshold = 1.5
MODEL
printf 'Haha, wat een lachwekkend plan van de gemeente.\n' > spot.txt
printf 'Het plan van de gemeente ligt ter inzage.\n' > rustig.txt
opts=(--no-config -L lexicons --model toon.model)

run "${opts[@]}" --format json spot.txt rustig.txt
expect_exit 0
expect_json '.documents[0].tone' '{"id":"spottend","evidence":{"spottend":1.5}}'
expect_json '.documents[1].tone.id' '"none"'
expect_json '.documents[0].advice[0]' '{"id":"tone","text":"Let op de toon: neem de ander serieus.","line":1}'

run "${opts[@]}" spot.txt
expect_stdout_contains '  toon: spottend'
run "${opts[@]}" --lang en spot.txt
expect_stdout_contains '  tone: mocking'
expect_stdout_contains '  - Mind the tone: take the other side seriously.'

run "${opts[@]}" --format sarif spot.txt
expect_json '.runs[0].results[0].properties.tone' '["spottend"]'

run "${opts[@]}" --format html spot.txt
expect_stdout_contains '<li>Toon: spottend</li>'

run "${opts[@]}" explain spottend
expect_stdout_contains 'spottend — spottend (toon van de tekst)'
expect_stdout_contains 'bewijs: toon_spot (0.75) (drempel 1.5)'

run "${opts[@]}" --format jsonl --theme spottend spot.txt rustig.txt
[ "$(wc -l < "$WORK/.out")" = 1 ] || fail "--theme spottend kept $(wc -l < "$WORK/.out") documents"

printf '# path\ttone\nspot.txt\tspottend\nrustig.txt\tnone\n' > labels.tsv
run "${opts[@]}" eval labels.tsv --format json
expect_exit 0
expect_json '.tone.macro_f1' 1
expect_json '.tone.texts' 2
printf '# path\ttone\nspot.txt\tlollig\n' > kapot.tsv
run "${opts[@]}" eval kapot.tsv
expect_exit 2
expect_stderr_contains "kapot.tsv:2: error: unknown tone 'lollig'"

# A broken dimension is refused with its line.
printf '\n[dimension x]\nselect = soms\n' | cat toon.model - > kapot.model
run --no-config -L lexicons --model kapot.model spot.txt
expect_exit 2
expect_stderr_contains "error: select: 'soms' is not all, strongest, flag or argmax"
