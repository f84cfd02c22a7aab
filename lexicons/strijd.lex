# Strijdvocabulaire: verzet, opstaan, onderdrukking, dwang en tirannie. Het
# vocabulaire van het schema "systeem tegenover vrijheidsstrijders".
id = strijd
label_nl = Strijd
label_en = Struggle
description_nl = Verzet, opstaan, onderdrukking, dwang en drang, tirannie en "nu kan het nog": de taal van een strijd tegen het systeem.
description_en = Resistance, rising up, oppression, coercion, tyranny and "now we still can": the language of a struggle against the system.
severity = warning

[entries]
# "De gemeente verzet zich tegen het plan" is objecting, not resistance.
verzet {not-before zich ons je mij me} {not-after zich}
verzetten {not-before zich ons je mij me} {not-after zich te}
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
gedwongen | 0.5
tirannie | 2
tiran*
dictatuur | 2
*dictatuur | 2
dictator*
regime
controlestaat
surveillancestaat
politiestaat*
totalitair*
nu kan het nog | 2
nu of nooit | 2
het is tijd | 0.5
het is nu of nooit | 2
het is vijf voor twaalf | 2
vijf voor twaalf
wakker worden
word wakker | 2
wakkerworden
ontwaken
slapende massa
gehoorzaam*
gehoorzamen
buigen {not-after zich}
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
vrijheid {with zij_systeem wij_vrijheidsstrijders} | 0.5
vrijheden | 0.5
onze vrijheid {with zij_systeem wij_vrijheidsstrijders zij_elite}
vrije mensen
vrij mens
de waarheid | 0.5
waarheid | 0.3
verraad
verraders
landverraad
strijd {not-after in} | 0.5
strijden | 0.5
vechten
de strijd | 0.5
onze strijd
beweging | 0.3
de beweging
brede beweging
sluit je aan
het volk is wakker
prikpas
prikdwang
coronapas
vaccinatiedwang
maatregelen {with strijd wij_vrijheidsstrijders}
noodwet*
plandemie
great reset
/\b(idiote|krankzinnige|absurde|onzinnige|draconische|belachelijke|onmenselijke|waanzinnige) (corona)?maatregel(en)?\b/
repressie {not-after en}
/\bstaats(repressie|geweld|terreur|propaganda)\b/
autocratie
/\b(vijandige|repressieve|totalitaire|corrupte|dictatoriale|onbetrouwbare) (overheid|staat|regering|overheden)\b/
/\b(massapsychose|massavorming|hersenspoeling|gehersenspoeld)\b/
slaafs*
/\b(ge)?criminalise(ren|ert|erde|erden|erd)\b/
ontwaakt*
/\bcensure(ren|ert|erde|erden)\b/
spoedwet*
