# Boos maar legitiem: bezwaar, klacht, rechter, ombudsman, inspreken, petitie, demonstratie, wegstemmen. Het tegendeel van dreiging: wie deze wegen kiest, richt zich op de overheid binnen de regels.
id = legitiem_protest
label_nl = Boos maar legitiem
label_en = Angry but legitimate
description_nl = Boosheid en de wegen die de rechtsstaat biedt: bezwaar, een klacht, de ombudsman, de rechter, inspreken, een petitie, demonstreren, wegstemmen, de pers. Het tegendeel van dreiging.
description_en = Anger and the ways the rule of law offers: an objection, a complaint, the ombudsman, the courts, speaking at the council, a petition, a demonstration, voting out, the press. The opposite of a threat.
severity = info
negation = ignore

[entries]
woedend
boos | 0.5
ik ben boos
kwaad | 0.5
ik ben kwaad
razend
schandalig
een schande
het zat | 0.5
spuugzat | 0.5
klaar mee
pikken we niet
laten we er niet bij zitten
er niet bij zitten
bezwaar | 0.5
maak bezwaar
bezwaar aan
teken bezwaar
een klacht
klacht in
formele klacht
ombudsman
de rechter | 0.5
naar de rechter
rechtsgang
advocaat | 0.5
raadsvergadering
de publieke tribune
inspreken
petitie
handtekeningen
spandoeken
demonstr*
protestmars
woonprotest*
buurtprotest*
stemmen wij u weg
stemmen we u weg
wegstemmen
volgende verkiezingen | 0.5
naar de krant
regionale krant
de pers | 0.5
de kamerleden aan
ik eis
excuus | 0.5
excuses | 0.5
aangifte | 0.5
/\b(bezwaarschrift\w*|burgerinitiatief|protestactie\w*|inspreker\w*)\b/ | 1
