# --voice: a user who knows whose voice a text is says so, and wijzij reads
# the text as that voice instead of guessing it from the words. A mayor's
# statement relayed with "zei hij" and "aldus" reads as a news report, whose
# words barely count for the column: its column is left only because the
# text still casts the rioters as a pole in its own words ("tuig"). Given
# as bestuur, it speaks from the left column by its own scores. A config
# file can set it for a whole repository.
cat > verklaring.txt <<'TEXT'
Volgens de burgemeester moet het tuig dat gisteravond de ruiten insloeg hard worden aangepakt, zei hij tegen verslaggevers. De politie heeft drie relschoppers aangehouden, meldt een woordvoerder. Er komt een noodbevel voor het centrum, aldus de gemeente.
TEXT

run --no-config --format json verklaring.txt
expect_exit 0
expect_json '.documents[0].voice.id' '"verslag"'
expect_json '.documents[0].voice.given' 'null'
expect_json '.documents[0].column | [.id, .from_stance, .stance_of]' '["bruggenbouwer",true,"scheme"]'

run --no-config --voice bestuur --format json verklaring.txt
expect_exit 0
expect_json '.documents[0].voice.id' '"bestuur"'
expect_json '.documents[0].voice.given' 'true'
expect_json '.documents[0].column | [.id, .from_stance, .stance_of]' '["bruggenbouwer",false,"none"]'

run --no-config --voice bestuur verklaring.txt
expect_stdout_contains '  stem: bestuur, opgegeven'
run --no-config --voice bestuur --lang en verklaring.txt
expect_stdout_contains '  voice: government, given'

# Words that barely decide the voice make a close call: the report names the
# voice it narrowly beat and asks for --voice; a given voice is no close call.
printf 'Het was een mooie dag in het park.\n' > park.txt
run --no-config park.txt
expect_stdout_contains '  stem: inwoner, nipt voor bestuur (kent u de afzender, geef dan --voice)'
run --no-config --lang en park.txt
expect_stdout_contains '  voice: resident, narrowly over government (if you know the sender, give --voice)'
run --no-config --format json park.txt
expect_json '.documents[0].voice | [.close, .runner_up, .margin < 0.5]' '[true,"bestuur",true]'
run --no-config --format html park.txt
expect_stdout_contains '<li>Stem: inwoner, nipt voor bestuur (kent u de afzender, geef dan <code>--voice</code>)</li>'
run --no-config --voice inwoner --format json park.txt
expect_json '.documents[0].voice.close' 'false'
run --no-config verklaring.txt
expect_stdout_contains '  stem: verslag'
[ "$(grep -c 'nipt voor' "$WORK/.out")" = 0 ] || fail "a clear report was called a close call"

# The counts format carries it too.
run --no-config --voice bestuur --format counts verklaring.txt
expect_json '.voice.given' 'true'

# A voice the model does not know is a usage error, with the known ones.
run --no-config --voice bestur verklaring.txt
expect_exit 2
expect_stderr_contains "--voice: unknown voice 'bestur'; did you mean 'bestuur'? (one of: bestuur, pool, verslag, inwoner)"
expect_stdout_empty

# From a config file, with the file and line of a bad value.
printf 'voice = bestuur\n' > .wijzij.ini
run --format json verklaring.txt
expect_json '.documents[0].voice.given' 'true'
run config
expect_stdout_contains 'voice            = bestuur'
printf '# eigen persberichten\nvoice = gemeente\n' > .wijzij.ini
run verklaring.txt
expect_exit 2
expect_stderr_contains ".wijzij.ini:2: error: voice: unknown voice 'gemeente'"

# A JSON Lines record may give its own voice; it beats --voice, and an
# unknown one is an error for that record only.
relayed='Volgens de burgemeester moet het tuig hard worden aangepakt, zei hij. Er komt een noodbevel, aldus de gemeente.'
{
  printf '{"id": 1, "text": "%s", "voice": "bestuur"}\n' "$relayed"
  printf '{"id": 2, "text": "%s"}\n' "$relayed"
  printf '{"id": 3, "text": "Hallo.", "voice": "gemeente"}\n'
  printf '{"id": 4, "text": "Hallo.", "voice": 3}\n'
} > archief.jsonl
run --no-config --input-format jsonl --format counts archief.jsonl
expect_exit 2
[ "$(sed -n 1p "$WORK/.out" | jq -c '[.id, .voice.id, .voice.given, .column.id, .fields]')" = '[1,"bestuur",true,"bruggenbouwer",{"voice":"bestuur"}]' ] ||
  fail "record 1 not read as bestuur: $(sed -n 1p "$WORK/.out")"
[ "$(sed -n 2p "$WORK/.out" | jq -c '[.id, .voice.id, .voice.given, .column.stance_of]')" = '[2,"verslag",null,"scheme"]' ] ||
  fail "record 2 not read from its words: $(sed -n 2p "$WORK/.out")"
expect_stderr_contains "archief.jsonl:3: unknown voice 'gemeente' (one of: bestuur, pool, verslag, inwoner)"
expect_stderr_contains 'archief.jsonl:4: the record'"'"'s "voice" is not a string'
run --no-config --voice inwoner --input-format jsonl --format counts archief.jsonl
[ "$(sed -n 1p "$WORK/.out" | jq -r .voice.id)$(sed -n 2p "$WORK/.out" | jq -r .voice.id)" = bestuurinwoner ] ||
  fail "a record's voice should beat --voice, --voice the rest: $(head -2 "$WORK/.out")"

# "Gisteren" is the news register as much as "gisteravond": a short report of
# yesterday's events is a report, not a resident speaking.
run_stdin 'Gisteren opende de wethouder de nieuwe brug over de Vaart. Honderden buurtbewoners kwamen kijken en de fanfare speelde.\n' --no-config --format json
expect_exit 0
expect_json '[.documents[0].findings[] | select(.category == "stem_nieuws") | .text]' '["Gisteren"]'
expect_json '.documents[0].voice.id' '"verslag"'

# A clock time of an event ("om 20.00 uur") is the news register too.
run_stdin 'In de sporthal begon om 20.00 uur een bijeenkomst over de nieuwe windmolens. Tientallen buurtbewoners kwamen af op de avond.\n' --no-config --format json
expect_exit 0
expect_json '[.documents[0].findings[] | select(.category == "stem_nieuws") | .text]' '["om 20.00 uur"]'
expect_json '.documents[0].voice.id' '"verslag"'

# A past event on a weekday ("afgelopen zondag", "werden dinsdag") is the
# news register; a notice's coming weekday ("op maandag is ... gesloten") is not.
run_stdin 'Afgelopen zondag liepen honderd mensen mee in een stille tocht. In het dorp werden dinsdag gele linten opgehangen.\n' --no-config --format json
expect_exit 0
expect_json '[.documents[0].findings[] | select(.category == "stem_nieuws") | .text]' '["Afgelopen zondag","werden dinsdag"]'
expect_json '.documents[0].voice.id' '"verslag"'
run_stdin 'Op maandag is het gemeentehuis gesloten. Vanaf dinsdag zijn we er weer voor u.\n' --no-config --format json
expect_json '[.documents[0].findings[] | select(.category == "stem_nieuws")] | length' 0

# Opening hours in a notice are not a report's clock time.
run_stdin 'De bibliotheek is open van 10.00 tot 17.00 uur. Kom gerust langs.\n' --no-config --format json
expect_json '[.documents[0].findings[] | select(.category == "stem_nieuws")] | length' 0

# But an official's or a resident's own reaction that mentions yesterday in
# passing ("die gisteren ...") stays their own voice, and keeps its column.
run_stdin 'De relschoppers die gisteren de bushalte vernielden, zijn tuig. Wij pakken ze hard aan.\n' --no-config --format json
expect_exit 0
expect_json '[.documents[0].findings[] | select(.category == "stem_nieuws")] | length' 0
expect_json '.documents[0].voice.id != "verslag"' true
expect_json '.documents[0].column.id' '"bruggenbouwer"'

# A report that casts a pole in its own words ("tuig", "raddraaiers")
# adopts the frame: its scheme leans, and so its column is left, from the
# scheme's stance (LABELLING.md: accusing speaks from the left column). The
# same events told without those words are a neutral report: column none.
cat > verslag_tuig.txt <<'TEXT'
Na de onrust in de Zandbuurt van zaterdagavond zijn volgens de politie zeven relschoppers aangehouden. Het tuig gooide stenen naar agenten en stak twee containers in brand. De burgemeester spreekt van een kleine groep criminele raddraaiers die de wijk terroriseert. Hij kondigde dinsdag een noodbevel aan.
TEXT
cat > verslag_neutraal.txt <<'TEXT'
Na de onrust in de Zandbuurt van zaterdagavond zijn volgens de politie zeven mensen aangehouden. Er werden stenen naar agenten gegooid en twee containers gingen in brand. De burgemeester spreekt van een onrustige nacht. De gemeenteraad praat er dinsdag over.
TEXT
run --no-config --format json verslag_tuig.txt verslag_neutraal.txt
expect_exit 0
expect_json '[.documents[] | [.voice.id, .scheme.id, .column.id, .column.stance_of]]' \
  '[["verslag","orde_vs_relschoppers","bruggenbouwer","scheme"],["verslag","none","none","none"]]'
run --no-config verslag_tuig.txt
expect_stdout_contains '  kolom: bruggenbouwer (links 1.00, rechts 0.00), de tekst zet zelf een wij tegenover een zij'
run --no-config --lang en verslag_tuig.txt
expect_stdout_contains '  column: bruggenbouwer (left 1.00, right 0.00), the text itself sets an us against a them'

# "Stellen" attributes a statement only where someone speaks: after a
# quotation or before who speaks, not when a club sets a limit or makes a
# playground available; "volgens mij" is the writer's own opinion.
cat > stellen.txt <<'TEXT'
De buurtvereniging stelt de speeltuin beschikbaar aan alle kinderen. Volgens mij is dat een goed plan. Zij stelt een grens aan het aantal bezoekers per middag. 'Het is elke woensdag druk', stelt de beheerder. De vereniging stelt dat er meer banken nodig zijn.
TEXT
run --no-config --format json stellen.txt
expect_exit 0
expect_json '.documents[0].categories.stem_attributie.count' '2'

# A resident who objects and says something to convince takes a stance:
# the left column, though the text also asks to be heard. Asking to be
# heard alone convinces no one and stays without a column.
cat > bezwaar.txt <<'TEXT'
Ik ben tegen de nieuwe weg door het park. Het plan kost veel geld en lost de drukte niet op. Ik zeg: schrap dit plan. Ik hoop dat de raad het verhaal van de buurt hoort.
TEXT
run --no-config --format json bezwaar.txt
expect_exit 0
expect_json '.documents[0] | [.voice.id, .column.id, .column.stance_of]' '["inwoner","bruggenbouwer","voice"]'
sed 's/ Ik zeg: schrap dit plan\.//' bezwaar.txt > verhaal.txt
run --no-config --format json verhaal.txt
expect_exit 0
expect_json '.documents[0] | [.voice.id, .column.id]' '["inwoner","none"]'

# Who speaks of "mijn toespraak" gave the speech: an official's voice, not
# a resident's, though the words are first person.
printf 'In mijn nieuwjaarstoespraak vertelde ik over de wereld. Die is ingewikkeld. Ik vind het belangrijk om uit je eigen bubbel te komen.\n' > toespraak.txt
run --no-config --format json toespraak.txt
expect_exit 0
expect_json '.documents[0].voice.id' '"bestuur"'

# "Als gemeente vinden wij", "namens het provinciebestuur", "ons
# provinciehuis": the institution speaks for itself.
printf 'Als gemeente vinden wij het belangrijk dat jongeren elkaar kunnen ontmoeten. Daarom richten wij in het park een plek in waar ze kunnen afspreken. Dat zien wij graag.\n' > alsgemeente.txt
printf 'Wat fijn dat we u weer in ons provinciehuis mochten ontvangen. Namens het hele provinciebestuur wensen wij u een goed nieuw jaar. Laten we samen vooruit kijken.\n' > namens.txt
run --no-config --format json alsgemeente.txt namens.txt
expect_exit 0
expect_json '[.documents[].voice.id]' '["bestuur","bestuur"]'

# A report opens with the place it was written in, in capitals before a
# dash: a reporter relays, though the text names parties and what a group
# wants. Without the dateline the same words read as a pole.
printf 'LEEUWARDEN - Bij het provinciehuis stonden honderd boeren met trekkers. Ze willen dat de provincie het plan voor de natuur intrekt. Het debat in de Staten gaat door, de fracties van VVD en CDA willen uitstel.\n' > dateline.txt
sed 's/^LEEUWARDEN - //' dateline.txt > zonder.txt
run --no-config --format json dateline.txt zonder.txt
expect_exit 0
expect_json '[.documents[].voice.id]' '["verslag","pool"]'
