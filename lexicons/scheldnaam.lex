# Scheldnamen voor mensen: het zelfstandig naamwoord dat van een groep een
# tegenpool maakt ("deze idioten", "dat uitschot", "die wappies"). De woorden
# staan ook in moraliserend, dat de toon meet; deze categorie zegt alleen dat
# de tekst met een scheldnaam een groep neerzet, zodat een schema dat een groep
# vereist (requires in het model) ook leunt op "Deze idioten moeten zich
# schamen." Morele verontwaardiging zonder scheldnaam (schande, verwerpelijk)
# noemt geen groep. Bijvoeglijke vormen (hufterig, achterlijk) horen hier niet.
id = scheldnaam
label_nl = Scheldnaam
label_en = Name-calling
description_nl = Een scheldnaam voor mensen, die van een groep een tegenpool maakt: idioten, uitschot, tuig, wappies.
description_en = A name that insults people and casts a group as the opposite pole: idiots, scum, thugs, covidiots.
severity = info

[entries]
idioot
idioten
imbecielen
malloot
malloten
halvegare
halvegaren
randdebiel
randdebielen
domkop
domkoppen
sukkel
sukkels
mafkees
mafkezen
kneus
kneuzen
clowns
uitschot
tuig
tuig van de richel
schorem
gespuis
gajes
crapuul
rapaille
geteisem
uitvaagsel
schuim der aarde
schorriemorrie
plebs
ongedierte
barbaar
barbaren
hufter
hufters
schoft
schoften
ploert
ploerten
rotzak
rotzakken
smeerlap
smeerlappen
klootzak
klootzakken
etterbak
etterbakken
lafaard
lafaards
lapzwans
lapzwansen
lomperik
lomperiken
proleet
proleten
tokkie
tokkies
aso's
asocialen
zwijnen
viezeriken
engerds
onmens
onmensen
/\b(kanker|tering|pleuris)(lijer|lijers|hoer|hoeren|tuig|mongool|mongolen)\b/
parasieten
profiteurs
uitvreters
zakkenvullers
hypocrieten
leugenaars
ophitsers
opruiers
haatzaaiers
stokebranden
schreeuwers
schreeuwlelijk
schreeuwlelijken
wappie
wappies
gekkies
fantasten
fanatici
fanatiekelingen
kwakzalver
kwakzalvers
charlatan
charlatans
toetsenbordkrijgers
twitterhooligans
dwingeland
dwingelanden
sekteleden
