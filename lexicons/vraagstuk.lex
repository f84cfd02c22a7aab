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
nodig heeft | 0.5
twijfel
twijfels | 0.5
vermoeidheid
moe
zorgen om
/\bgezien (en )?gehoord\b|\bgehoord en gezien\b/
/\b(dubbel gevoel|dubbele gevoelens|hoofd en (mijn )?hart)\b/
/\b(je vraagt je af|vraag je je af|u vraagt zich af|vraagt u zich af|(zit|zitten) met vragen)\b/
zorgen hebben
/\b(murw|uitputtingsslag)\b/
/\b(ver)?eenza(a)?m\w*\b/
/\bwakker (van|liggen|lig|ligt)\b/ | 0.75
