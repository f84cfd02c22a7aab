# A scheme needs a group cast as a pole by the text's own words: moral
# outrage alone leans to no scheme, and the report says why. A slur for
# people names a group too ("deze idioten"), so name-calling still leans.
printf 'Schandalig en verwerpelijk. Wie dit doet moet zich diep schamen.\n' > woede.txt
printf 'Schandalig en verwerpelijk. Die populisten moeten zich diep schamen.\n' > groep.txt
printf 'Deze idioten moeten zich schamen.\n' > scheldnaam.txt
run woede.txt
expect_exit 0
expect_stdout_contains 'wij-zij-schema: geen (hoogste score'
expect_stdout_contains 'democratie_vs_populisme, maar de tekst noemt zelf geen groep van dat schema)'
run --format json woede.txt groep.txt scheldnaam.txt
expect_json '.documents[0].scheme.id' '"none"'
expect_json '.documents[0].scheme.evidence.democratie_vs_populisme.names_no_group' true
expect_json '.documents[1].scheme.id' '"democratie_vs_populisme"'
expect_json '.documents[1].scheme.evidence.democratie_vs_populisme.names_no_group' false
expect_json '.documents[2].scheme.id' '"democratie_vs_populisme"'
expect_json '[.documents[2].findings[] | .category] | sort' '["moraliserend","moraliserend","scheldnaam"]'
run --fail-on scheme woede.txt
expect_exit 0
run --fail-on scheme scheldnaam.txt
expect_exit 1
run explain democratie_vs_populisme
expect_stdout_contains 'alleen als de tekst zelf een groep noemt uit: wij_democraten, zij_populisten, zij_relschoppers, scheldnaam'
run explain scheldnaam
expect_stdout_contains 'Telt als: een groep die democratie_vs_populisme vereist'

# Naming the politicians is not yet the elite set against the people: the
# elite scheme needs its own words (de elite, het establishment) or the
# people's side (de gewone man).
printf 'De politiek doet maar wat. Ministers en de politiek kijken weg.\n' > politiek.txt
printf 'De politiek vergeet de gewone man. Ministers kijken weg.\n' > gewone_man.txt
run --format json politiek.txt gewone_man.txt
expect_json '.documents[0].scheme.id' '"none"'
expect_json '.documents[0].scheme.evidence.elite_vs_volk.names_no_group' true
expect_json '.documents[1].scheme.id' '"elite_vs_volk"'

# Administrators named by a municipality are its own side, not an elite:
# "de bestuurders" names a group without setting it against the people.
printf 'De bestuurders van de regio vragen de ministers om tempo. De bestuurders willen dat inwoners veilig wonen. Zij blijven dat belangrijk vinden.\n' > bestuurders.txt
run --format json bestuurders.txt
expect_json '.documents[0].scheme.id' '"none"'
expect_json '.documents[0].scheme.evidence.elite_vs_volk.names_no_group' true

# A report relays: it leans to a scheme only with a judging word, its own
# or a quoted speaker's. Police, riot squad and arrests alone are events.
printf 'Zaterdagnacht was het onrustig in de wijk. Relschoppers gooiden stenen naar agenten, meldt de politie. De ME greep in en de politie hield twaalf relschoppers aan. De burgemeester heeft een noodbevel afgekondigd.\n' > rellen.txt
printf 'Zaterdagnacht was het onrustig in de wijk. Relschoppers gooiden stenen naar agenten, meldt de politie. De ME greep in en de politie hield twaalf relschoppers aan. "Dit is weerzinwekkend tuig", zegt de burgemeester.\n' > rellen_oordeel.txt
run --format json --voice verslag rellen.txt rellen_oordeel.txt
expect_json '.documents[0].scheme.id' '"none"'
expect_json '.documents[0].scheme.set_aside' '"orde_vs_relschoppers"'
expect_json '.documents[0].scheme.set_aside_why' '"not_adopted"'
expect_json '.documents[1].scheme.id' '"orde_vs_relschoppers"'
expect_json '.documents[1].scheme.set_aside_why' '"none"'
run --voice verslag rellen.txt
expect_stdout_contains 'orde_vs_relschoppers, maar de tekst geeft anderen door zonder oordelend woord)'
run explain verslag
expect_stdout_contains 'neemt een schema pas over met: moraliserend, scheldnaam'

# Mockery counts for the mocker's frame: a pole named as such (de
# demonstranten, with their words in scare quotes) and sneered at is the
# democracy scheme's them side; the same sneer at nobody names no group.
printf 'Zondag waren de demonstranten tegen ‘de dictatuur’ weer op pad, met hun ‘vrijheid’. Wat een beschamende, zielige vertoning.\n' > spot.txt
printf 'Zondag was het weer zo ver, met ‘de dictatuur’ en ‘vrijheid’. Wat een beschamende, zielige vertoning.\n' > spot_niemand.txt
run --format json spot.txt spot_niemand.txt
expect_json '.documents[0].scheme.id' '"democratie_vs_populisme"'
expect_json '.documents[1].scheme.id' '"none"'

# Saying that others speak of a dictatorship passes their words on without
# taking them over: distance, and the critic's frame; speaking of anything
# else is no distance.
printf 'De actievoerders spreken van een dictatuur. Beschamend en onverantwoord, die praat.\n' > spreken_van.txt
printf 'De burgemeester spreekt van een zwarte dag voor de stad.\n' > zwarte_dag.txt
run --format json spreken_van.txt zwarte_dag.txt
expect_json '[.documents[0].findings[] | select(.category == "afstand") | .text]' '["spreken van"]'
expect_json '.documents[0].scheme.id' '"democratie_vs_populisme"'
expect_json '[.documents[1].findings[] | select(.category == "afstand")] | length' '0'

# "Zulke" points at a group only when people follow: a municipality that
# condemns damage ("zulke vernielingen") names no pole.
printf 'Zulke vernielingen zijn schandalig en onacceptabel. Wij herstellen de schade zo snel mogelijk.\n' > vernielingen.txt
printf 'Zulke types zijn schandalig en onacceptabel bezig. Wij herstellen de schade zo snel mogelijk.\n' > types.txt
run --format json vernielingen.txt types.txt
expect_json '.documents[0].scheme.id' '"none"'
expect_json '[.documents[0].findings[] | select(.category == "polen")] | length' '0'
expect_json '[.documents[1].findings[] | select(.category == "polen") | .text]' '["Zulke types"]'
