# Afstand: de schrijver houdt de woorden van een pool op afstand. Een woord
# tussen aanhalingstekens van hoogstens drie woorden ('de dictatuur',
# 'wappies') is geen citaat maar spot of afstand; "zogenaamde" en "daar
# herken ik mij niet in" doen hetzelfde met woorden. Wie spot, spreekt vanuit
# zijn eigen kader (LABELLING.md): wat dat voor welk schema betekent, zegt
# het model.
id = afstand
label_nl = Afstand en spot
label_en = Distance and mockery
description_nl = De woorden van een pool op afstand gehouden: tussen aanhalingstekens ('de dictatuur', 'wakker'), zogenaamde, daar herken ik mij niet in.
description_en = A pole's words held at a distance: in scare quotes ('the dictatorship', 'awake'), so-called, I do not recognise myself in that.
severity = info
negation = ignore

[entries]
zogenaamde
zogenaamd
zogeheten | 0.5
daar herken ik mij niet in
daar herken ik me niet in
daarin herken ik mij niet
daarin herken ik me niet
daar herkennen wij ons niet in
daar herkennen we ons niet in
er wordt gesproken van
# Wie meldt dat een ander van dictatuur of verzet spreekt, geeft die woorden
# door zonder ze over te nemen; alleen met strijdtaal in dezelfde zin, want
# "de burgemeester spreekt van een zwarte dag" neemt nergens afstand van.
spreekt van {with strijd zij_systeem wij_vrijheidsstrijders}
spreken van {with strijd zij_systeem wij_vrijheidsstrijders}
sprak van {with strijd zij_systeem wij_vrijheidsstrijders}
spraken van {with strijd zij_systeem wij_vrijheidsstrijders}
wat zij noemen | 0.5
wat ze noemen | 0.5
# De taal van de strijd en van het volk tegen de elite, tussen
# aanhalingstekens van een paar woorden.
dictatuur {scare-quote}
*dictatuur {scare-quote}
de dictatuur {scare-quote}
tirannie {scare-quote}
tiran* {scare-quote}
vrijheid {scare-quote}
de vrijheid {scare-quote}
vrijheidsstrijd* {scare-quote}
strijders {scare-quote}
verzet {scare-quote}
het verzet {scare-quote}
wakker {scare-quote}
ontwaakt* {scare-quote}
de waarheid {scare-quote}
waarheidszoeker* {scare-quote}
onderdrukking {scare-quote}
nepnieuws {scare-quote}
fake news {scare-quote}
mainstream media {scare-quote}
msm {scare-quote}
plandemie {scare-quote}
complot {scare-quote}
het systeem {scare-quote}
systeem {scare-quote}
elite {scare-quote}
de elite {scare-quote}
establishment {scare-quote}
het volk {scare-quote}
volkswil {scare-quote}
kartel {scare-quote}
partijkartel {scare-quote}
landverraad {scare-quote}
landverraders {scare-quote}
verraad {scare-quote}
verraders {scare-quote}
slaafs {scare-quote}
schapen {scare-quote}
slapers {scare-quote}
kudde {scare-quote}
gezagsgetrouw {scare-quote}
nazipaspoort {scare-quote}
apartheid {scare-quote}
omvolking {scare-quote}
boreaal {scare-quote}
kritische denkers {scare-quote}
eigen onderzoek {scare-quote}
bezorgde burger* {scare-quote}
gewone man {scare-quote}
de gewone man {scare-quote}
echte nederlanders {scare-quote}
wappie* {scare-quote}
complotdenker* {scare-quote}
