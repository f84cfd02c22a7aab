# Rechterkolom: vragen hoe de lezer het volhoudt en waar die de kracht vandaan haalt; inspiratie en eigen bronnen.
id = vindingrijkheid
label_nl = Vindingrijkheid
label_en = Resourcefulness
description_nl = Rechterkolom: vragen hoe de lezer het volhoudt en waar die de kracht vandaan haalt; inspiratie en eigen bronnen.
description_en = Right column: asking how the reader keeps going and where they find the strength; inspiration and one's own sources.
severity = info

[entries]
hoe houdt u het vol | 2
hoe houd jij het vol | 2
hoe houd je het vol | 2
hoe houden jullie het vol | 2
hoe houd u het vol | 2
waar haalt u het vandaan | 2
waar haal jij het vandaan | 2
waar haal je het vandaan | 2
waar halen jullie
waar haal jij je energie vandaan | 2
waar haalt u de kracht
de kracht vandaan
kracht vandaan
vindingrijk*
creatief
creativiteit
inspiratie
inspirerend*
inspireren
geïnspireerd
nieuwe ideeën
eigen kracht
uw kracht
bronnen
waar valt u op terug
terugvallen op
wat helpt u
wat helpt jou
wat helpt je
houdt ons overeind
houden onze stad overeind
overeind
doorzettingsvermogen
aanpassingsvermogen
steentje bij*
handen uit de mouwen
goed voorbeeld
inspireert
hulpacties
zelfredzaam*
/\bhoe (doet u|doe je|doe jij|doen jullie) dat\b/ | 1.5
/\bgeeft (me |mij |ons |u |je )?energie\b|\benergie vandaan\b/
