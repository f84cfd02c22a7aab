# Reading what comes in: intimidation is flagged with severity error, an
# angry but legitimate letter is not, distrust narratives, the axis and the
# themes are reported with their advice, and --theme filters a corpus run.
printf 'Jij bent de wethouder van de windmolens. We weten waar je woont. Kijk maar goed uit.\n' > dreiging.txt
printf 'Ik ben woedend over uw besluit over de windmolens. Ik dien een klacht in en stap naar de ombudsman. Bij de volgende verkiezingen stemmen wij u weg.\n' > boos.txt
printf 'Geachte gemeente,\nWe mochten meepraten over het zonnepark, maar het besluit lag al vast. Er wordt niets mee gedaan. Ze luisteren niet.\n' > inspraak.txt

run dreiging.txt
expect_exit 0
expect_stdout_contains 'INTIMIDATIE: intimidatie en bedreiging'
expect_stdout_contains "thema's: windmolens en energietransitie"
expect_stdout_contains '  - Dreiging: Beantwoord de dreiging niet inhoudelijk.'
run --fail-on severity:error dreiging.txt boos.txt
expect_exit 1
expect_stderr_contains 'dreiging.txt'

run --format json dreiging.txt boos.txt inspraak.txt
expect_json '[.documents[].intimidation.flag]' '[true,false,false]'
expect_json '.documents[0].advice[0].id' '"intimidation"'
expect_json '[.documents[1].findings[] | select(.category == "legitiem_protest")] | length > 2' true
expect_json '.documents[2].narratives[0].id' '"ongehoorde_burger"'
expect_json '.documents[2].axis.id' '"verticaal"'
expect_json '.documents[2].advice[0].id' '"narrative"'

# A report that quotes a threat relays a threat: the quoted words count in
# full for intimidation (dreiging: quotation = count), while a quoted
# complaint in the same report stays a complaint.
run_stdin 'De wethouder kreeg vorige week een briefje in de bus met de tekst "We weten waar je woont". Hij heeft aangifte gedaan, zegt een woordvoerder van de gemeente.\n' --no-config --format json
expect_json '.documents[0] | [.voice.id, .intimidation.flag]' '["verslag",true]'
expect_json '[.documents[0].findings[] | select(.category == "dreiging") | [.quoted, .weight]]' '[[true,2]]'
run_stdin 'Een bewoner zei tegen de wethouder: "Ik vind uw plan slecht." Hij diende een klacht in, zegt een woordvoerder.\n' --no-config --format json
expect_json '.documents[0].intimidation.flag' false

# Real letters name a narrative once: one plain finding is enough for the
# invisible citizen.
printf 'Beste gemeente, al drie jaar staat het water in onze kelder. Niemand kijkt naar mijn situatie. Met vriendelijke groet, een bewoner\n' > kelder.txt
run --format json kelder.txt
expect_json '[.documents[0].findings[] | select(.category == "narratief_onzichtbare_burger")] | length' 1
expect_json '[.documents[0].narratives[].id]' '["onzichtbare_burger"]'

# The axis is weighed per hundred words: a long neighbourhood report that
# names the municipality twice in passing sets no one against government,
# while a short complaint with the same findings does.
run --format json "$ROOT/tests/cli/data/buurtbericht.txt"
expect_json '[.documents[0].findings[] | select(.category == "as_overheid")] | length' 2
expect_json '.documents[0].axis.id' '"none"'
printf 'De gemeente luistert niet naar ons. Ze doen maar wat. De wethouder komt nooit kijken.\n' > klacht.txt
run --format json klacht.txt
expect_json '.documents[0].axis.id' '"verticaal"'

# The government writing as "we" is not the other side: no vertical axis.
printf 'Wij als gemeente treden op tegen de relschoppers. De gemeente laat dit niet gebeuren.\n' > afzender.txt
run --format json afzender.txt
expect_json '.documents[0].axis.id' '"none"'
expect_json '[.documents[0].findings[] | select(.category == "eigen_overheid")] | length' 1

run --lang en inspraak.txt
expect_stdout_contains 'distrust narratives: unheard citizen'
expect_stdout_contains 'axis: vertical (against government and institutions)'

# --theme keeps only the documents where the theme is present.
run --format jsonl --theme energietransitie dreiging.txt inspraak.txt
[ "$(jq -r .path "$WORK/.out" | tr '\n' ' ')" = 'dreiging.txt inspraak.txt ' ] ||
  fail "--theme energietransitie kept: $(jq -r .path "$WORK/.out" | tr '\n' ' ')"
run --format jsonl --theme vuurwerk dreiging.txt inspraak.txt
expect_stdout_empty
run --theme windmolen dreiging.txt
expect_exit 2
expect_stderr_contains "--theme: unknown theme 'windmolen'"

# Hoping to be listened to at last, or a decision taken already: the
# writer has not been heard so far.
printf 'Beste raad,\nWe hopen dat er eindelijk geluisterd wordt naar de dorpsbewoners.\n' > gehoord.txt
printf 'Beste raad,\nHet zal toch al wel beslist zijn, denken wij in de straat.\n' > beslist.txt
printf 'Beste raad,\nWe hebben goed geluisterd naar de dorpsbewoners.\n' > geluisterd.txt
run --format json gehoord.txt beslist.txt geluisterd.txt
expect_json '[.documents[].narratives | map(.id)]' '[["ongehoorde_burger"],["ongehoorde_burger"],[]]'

run explain ongehoorde_burger
expect_exit 0
expect_stdout_contains 'ongehoorde_burger — ongehoorde burger (verhaal van wantrouwen)'
expect_stdout_contains 'Wat te doen: Zeg eerlijk wat er nog open ligt'

# Not represented, no use in speaking up: the unheard citizen. No longer
# counted: the invisible citizen. Voting in the council is neither.
printf 'Beste raad,\nEr is niemand die ons vertegenwoordigt. Heeft inspreken nog wel zin?\n' > vertegenwoordigd.txt
printf 'Beste raad,\nWij ouderen tellen hier gewoon niet meer mee.\n' > tellen.txt
printf 'Beste raad,\nWij stemmen volgende week over het nieuwe plan voor de haven.\n' > stemmen.txt
run --format json vertegenwoordigd.txt tellen.txt stemmen.txt
expect_json '[.documents[].narratives | map(.id)]' '[["ongehoorde_burger"],["onzichtbare_burger"],[]]'

# Problems pushed ahead for years, no courage: they make a mess of it.
printf 'Beste raad,\nJarenlang zijn de problemen in onze wijk vooruitgeschoven. Het college toont een gebrek aan durf.\n' > durf.txt
run --format json durf.txt
expect_json '[.documents[].narratives | map(.id)]' '[["ervaren_incompetentie"]]'

# Elsewhere they get it, we do not: unequal treatment. Comparing figures
# with last year is no such comparison.
printf 'Beste raad,\nIn tegenstelling tot de situatie in het noorden van de stad krijgen wij hier geen nieuwe speeltuin.\n' > elders.txt
printf 'In tegenstelling tot bij de vorige meting daalde het aantal inbraken in de wijk.\n' > meting.txt
run --format json elders.txt meting.txt
expect_json '[.documents[].narratives | map(.id)]' '[["ongelijke_behandeling"],[]]'

# Left in the lurch, in the passive too: the invisible citizen.
printf 'Beste raad,\nDe horeca heeft het gevoel dat zij in de steek wordt gelaten.\n' > steek.txt
run --format json steek.txt
expect_json '[.documents[].narratives | map(.id)]' '[["onzichtbare_burger"]]'

# Soon, riots out of hand, chaos on a square, limits of decency crossed: no
# incompetence of government. Letting the nuisance get out of hand is.
printf 'Beste raad,\nU belooft op korte termijn te reageren. De rellen op het plein liepen uit de hand en het was een chaos. Daar werden alle grenzen overschreden.\n' > termijn.txt
printf 'Beste raad,\nDe gemeente laat de overlast in onze wijk gewoon uit de hand lopen.\n' > handlopen.txt
run --format json termijn.txt handlopen.txt
expect_json '[.documents[].narratives | map(.id)]' '[[],["ervaren_incompetentie"]]'

# A party on a flank as the other side sets groups of residents against
# each other: the horizontal axis.
printf 'Beste raad,\nDe PVV zet de nieuwe bewoners van onze wijk weg als probleem. Dat pikken wij niet.\n' > partij.txt
run --format json partij.txt
expect_json '.documents[0].axis.id' '"horizontaal"'

# A party by name is the other side of democracy against populism next to a
# judgement; a vote on the rule of law reported without one sets no one
# against it.
printf 'Wat FvD deze week in de Kamer deed, is schandalig en walgelijk.\n' > fvd.txt
printf 'De Kamerleden van FvD stemden vandaag tegen het voorstel over de rechtsstaat.\n' > fvd_stem.txt
run --format json fvd.txt fvd_stem.txt
expect_json '[.documents[] | [.scheme.id, .axis.id]]' '[["democratie_vs_populisme","verticaal"],["none","none"]]'
