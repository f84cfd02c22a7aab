# Meepraten mag, maar er gebeurt niets mee: schijninspraak, het besluit lag al vast, nooit meer iets gehoord, voor de bühne (seed 001, narratief 4).
id = narratief_ongehoorde_burger
label_nl = Narratief: ongehoorde burger
label_en = Narrative: unheard citizen
description_nl = Meepraten mag, maar er gebeurt niets mee: schijninspraak, het besluit lag al vast, nooit meer iets gehoord, voor de bühne (seed 001, narratief 4).
description_en = You may have your say, but nothing comes of it: sham participation, the decision was already made, never heard back, for show (seed 001, narrative 4).
severity = info
negation = ignore

[entries]
schijninspraak
schijnparticipatie
wassen neus
een wassen neus
voor spek en bonen
voor de bühne
voor de buhne
lag al vast
stond al vast
was al genomen
al genomen voordat
al besloten
nooit meer iets van gehoord
nooit meer iets gehoord
niets meer gehoord
nooit iets van gehoord
er gebeurt niets mee
gebeurt toch niets mee
er wordt niets mee gedaan
niets mee gedaan
niets met onze inbreng
niets met onze
in een la verdwenen
in de la
ze luisteren niet
luisteren niet
er wordt niet geluisterd
niet geluisterd
niet gehoord
niet serieus genomen
serieus genomen
meepraten mag
mochten meepraten
kan wel meepraten
mag wel meepraten
inspraak is
inspraakavond | 0.5
zienswijze | 0.5
petitie | 0.3
enquête | 0.3
referendum | 0.5
naast je neer
naast zich neer
legt de uitkomst
als toneel
toneelstuk
afgevinkt
afvinken
doen alsof
gepasseerd
niemand iets gevraagd
niemand is iets gevraagd
wat heeft het voor zin
waarom zouden we nog
geen zin heeft
meedoen geen zin
daarna bleef het stil
bleef het stil
een mooi gesprek
ontvangstbevestiging en daarna
/waarom (vraag|vragen) (je|jullie|u) .* (als|terwijl)/
/(niet|nergens) op (in)?gegaan/
# Ruimere woordfamilie: aangehoord en genegeerd, een farce, er veranderde niets.
klankbordgroep | 0.75
aangehoord
genegeerd
al lang beslist
allang beslist
allang genomen
nooit meer mee
nooit gereageerd
niet gereageerd
is nooit gereageerd
het gaat om verkopen
informatieavond | 0.5
doen er niet toe
participatie | 0.5
farce
viel niet te praten
niet serieus | 0.75
knikten | 0.5
niets veranderd | 0.75
ingesproken | 0.5
/wat heeft (inspreken|meepraten|het) (dan )?voor zin/
