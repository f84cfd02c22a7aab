# Woorden die de polen beschrijven: de kleine, luide groepen aan de randen (seed 000, Brandsma).
id = polen
label_nl = Aandacht voor de polen
label_en = Attention to the poles
description_nl = Woorden die de polen beschrijven of aanspreken: de actievoerders, hetzers, complotdenkers en schreeuwers, de kleine luidruchtige groep die overal tegen is (seed 000, Brandsma).
description_en = Words that describe or address the poles: the activists, agitators, conspiracy thinkers and shouters, the small loud group that is against everything (seed 000, Brandsma).
severity = suggestion
negation = ignore

[entries]
actievoerders | 0.75
hetzers
opruiers
complotdenker*
wappies
schreeuwers
extremisten
raddraaiers
onruststokers
de tegenstanders | 0.75
tegenstanders | 0.5
luidruchtige groep
kleine groep | 0.75
een kleine groep | 0.75
deze kleine groep
deze groep {with moraliserend handhaving zij_populisten zij_relschoppers zij_systeem} | 0.5
deze mensen {with moraliserend handhaving zij_populisten zij_relschoppers zij_systeem} | 0.5
deze figuren
deze lieden
die overal tegen is
overal tegen
altijd tegen
de luidste stemmen | 0.5
wie het hardst roept | 0.5
geen podium | 0.5
# Open woordklasse: de polen krijgen steeds een nieuw etiket; "deze" ervoor
# en "wie zo …" maken het een aanwijzing.
/deze \w*(relschopper|raddraaier|hooligan|extremist|activist|fanatic|complotdenker|querulant|herrieschopper|onruststoker|oproerkraaier|opruier|ophitser|opstoker|hetzer|schreeuwer|demonstrant|betoger|actievoerder|fraudeur|plunderaar|belager|gooier|vandal|crimine|populist|fascist|racist|salafist|radical|wappie)\w*/ | 0.75
deze jongens | 0.75
dit soort types
hooligans
krakers
trollen | 0.75
haters
vandalen
fraudeurs
ophitsers
*gooiers
/wie zo (demonstreert|tekeergaat|handelt|te werk gaat)/ | 0.75
# Nog ruimer: de harde kern, fanatici, wie stookt en wie de regels minacht.
fanatiekelingen
fanatici
fanatiekeling
harde kern
een harde kern | 0.75
stoken {not-after te om vuur hout kachel wij we} | 0.75
stoken al | 0.75
opstoken
opstokers
ophitsen | 0.75
minachten de regels
minachten
belaagd | 0.75
belagen | 0.75
kiest voor intimidatie
zijn tegen alles
tegen alles
laat zich niet aanspreken
laten zich niet aanspreken
laten zich door niets tegenhouden
hun eigen gelijk
eigen gelijk | 0.75
# Zulke wijst alleen een groep aan als er mensen op volgen: "zulke
# vernielingen" veroordeelt daden, geen pool.
zulke mensen {with moraliserend handhaving zij_populisten zij_relschoppers zij_systeem} | 0.5
zulke types {with moraliserend handhaving zij_populisten zij_relschoppers zij_systeem} | 0.5
zulke figuren {with moraliserend handhaving zij_populisten zij_relschoppers zij_systeem} | 0.5
zulke lieden {with moraliserend handhaving zij_populisten zij_relschoppers zij_systeem} | 0.5
zulke lui {with moraliserend handhaving zij_populisten zij_relschoppers zij_systeem} | 0.5
zulke personen {with moraliserend handhaving zij_populisten zij_relschoppers zij_systeem} | 0.5
zulke jongens {with moraliserend handhaving zij_populisten zij_relschoppers zij_systeem} | 0.5
zulke jongeren {with moraliserend handhaving zij_populisten zij_relschoppers zij_systeem} | 0.5
zulke groepen {with moraliserend handhaving zij_populisten zij_relschoppers zij_systeem} | 0.5
zulke groepjes {with moraliserend handhaving zij_populisten zij_relschoppers zij_systeem} | 0.5
deze actievoerders
de organisatoren | 0.5
zoeken bewust de confrontatie
zoeken de confrontatie
zoeken geweld
geweld zoekt
relzoekers
herrieschoppers
querulanten
notoire | 0.75
ontkennen alle feiten
alle feiten ontkennen
verspreiden onzin | 0.75
verspreiden opnieuw onzin | 0.75
# Wat de polen doen en hoe hard de tekst terugslaat.
spoor van vernielingen | 1
altijd en overal tegen
overal tegen is
elk gesprek weigert | 1
weigeren elk gesprek | 1
de demonstranten | 0.75
demonstranten | 0.5
keihard aangepakt | 0.75
keihard aanpakken | 0.75
met harde hand | 0.75
een handjevol {with moraliserend handhaving zij_populisten zij_relschoppers zij_systeem} | 0.75
klagers | 0.75
notoire klagers
aanstichter*
radicalen | 0.75
luidruchtige minderheid
