# Zij: algemene woorden waarmee een tekst een andere groep apart zet. De
# groepsnamen per schema staan in zij_*.lex.
id = zij
label_nl = Zij (andere groep)
label_en = Them (out-group)
description_nl = Algemene woorden voor de andere groep: zij, die mensen, dat soort, die lui.
description_en = General words for the other group: they, those people, that sort, that lot.
severity = info

[entries]
zij
ze
hun {with wij}
hen {with wij}
zijzelf
die mensen {not-after al}
dat soort mensen
dat soort
zulke mensen
zulke types
die types
die lui
dat volk
die figuren
die gasten
de anderen {with wij}
de andere kant
de tegenstanders
tegenstanders
de vijand
vijand {not-after en}
vijanden
buitenstaanders
indringers
zij daar in
die daar in
die heren van
het andere kamp
