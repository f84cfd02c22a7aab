# Rechterkolom: het vraagstuk en dilemma van de lezer centraal; wordt mijn dilemma gezien, erkend, herkend?
id = vraagstuk
label_nl = Vraagstuk
label_en = The question
description_nl = Rechterkolom: het vraagstuk en dilemma van de lezer centraal; wordt mijn dilemma gezien, erkend, herkend?
description_en = Right column: the reader's question and dilemma at the centre; is my dilemma seen, acknowledged, recognised?
severity = info

[entries]
dilemma
dilemma's
uw dilemma
mijn dilemma
vraagstuk
uw vraagstuk
spanningsveld
worsteling
worstelen
worstelt
offer
offers
offers gebracht
ingeleverd
gezien worden
wil gezien worden
gezien en erkend
erkend
herkend
uw zorgen
de zorgen
zorgen over | 0.5
wat u bezighoudt
wat houdt u bezig
wat maakt uw leven zwaar
wat heeft u nodig | 2
wat heb je nodig | 2
wat hebben jullie nodig | 2
wat hebben ze nodig
wat jullie nodig hebben
wat u nodig heeft
nodig heeft
twijfel
twijfels
vermoeidheid
moe
zorgen om
