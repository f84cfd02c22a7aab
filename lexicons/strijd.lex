# Strijdvocabulaire: verzet, opstaan, onderdrukking, dwang en tirannie. Het
# vocabulaire van het schema "systeem tegenover vrijheidsstrijders".
id = strijd
label_nl = Strijd
label_en = Struggle
description_nl = Verzet, opstaan, onderdrukking, dwang en drang, tirannie en "nu kan het nog": de taal van een strijd tegen het systeem.
description_en = Resistance, rising up, oppression, coercion, tyranny and "now we still can": the language of a struggle against the system.
severity = warning

[entries]
verzet
verzetten
verzetstrijd*
verzetsstrijd*
verzetsgroep*
in verzet | 1.5
verzet is plicht | 2
opstaan | 1.5
sta op | 1.5
staan op | 0.5
op te staan | 1.5
opstand
revolutie
onderdrukking | 1.5
onderdrukken | 1.5
onderdrukt
onderdrukker*
dwang | 1.5
drang
dwang en drang | 2
gedwongen
tirannie | 2
tiran*
dictatuur | 2
*dictatuur | 2
dictator*
regime
controlestaat
surveillancestaat
politiestaat
totalitair*
nu kan het nog | 2
nu of nooit | 2
het is tijd | 1
het is nu of nooit | 2
het is vijf voor twaalf | 2
vijf voor twaalf
wakker worden
word wakker | 2
wakkerworden
ontwaken
slapen
gehoorzaam*
gehoorzamen
buigen
niet buigen
wij buigen niet | 2
laten ons niet
laat je niet
monddood
mond snoeren
de mond snoeren
censuur
gecensureerd
propaganda
angstzaaierij
angst zaaien
bang maken
grondrechten
onze grondrechten
vrijheid | 0.5
vrijheden | 0.5
onze vrijheid
vrije mensen
vrij mens
de waarheid | 1
waarheid
verraad
verraders
landverraad
strijd
strijden
vechten
de strijd
onze strijd
beweging
de beweging
brede beweging
sluit je aan
het volk is wakker
prikpas
prikdwang
coronapas
vaccinatiedwang
maatregelen | 0.5
noodwet*
plandemie
great reset
complot*
