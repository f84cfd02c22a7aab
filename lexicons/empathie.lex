# Empathie en erkenning: danken, erkennen, vragen naar de ander, verhalen.
# Kenmerkend voor de rechterkolom (leiderschap over het midden: luisteren,
# erkennen, duiden en doorvertellen).
id = empathie
label_nl = Empathie en erkenning
label_en = Empathy and acknowledgement
description_nl = Danken, erkennen, vragen naar de ervaring van de lezer en verhalen vertellen: de toon van leiderschap over het midden.
description_en = Thanking, acknowledging, asking about the reader's experience and telling stories: the tone of leadership over the middle.
severity = info
column = midden

[entries]
dank
dank u
dank je wel
dankjewel
dankuwel
bedankt
bedank*
dankbaar*
dankbaarheid
waardering
waarderen
waardeer*
erkenning
erkennen
erken
erkent
herkenbaar
herken*
bewondering
respect voor
trots op
ondanks
het lukt
lukt het
veerkracht*
beproeving
we kunnen dit aan
hoe houdt u het vol
hoe houd jij het vol
hoe houd je het vol
waar haalt u het vandaan
waar haal jij het vandaan
wat heeft u nodig
wat heb je nodig
vertel ons
uw verhaal
jouw verhaal
verhalen
we luisteren
luisteren naar
geluisterd
dilemma*
worsteling
offers
meeleven
medeleven
met velen
samen met u
bondgenoot*
vindingrijk*
inspiratie
inspireren*
