# Stem: een beweging, partij of actiegroep die mobiliseert. Oproepen om mee
# te doen, te tekenen, te stemmen, en het "wij" van een partij.
id = stem_oproep
label_nl = Mobiliseren
label_en = Mobilising
description_nl = De taal van een partij of beweging die mensen oproept: sluit je aan, teken de petitie, stem op, onze partij, wij eisen.
description_en = The language of a party or movement calling people up: join us, sign the petition, vote for, our party, we demand.
severity = info
negation = ignore

[entries]
sluit je aan
sluit u aan
doe mee
kom ook
kom naar
kom allemaal
steun ons
steun onze
word lid
wordt lid
teken de petitie
onderteken*
stem op
stem dan
stem daarom
onze partij
onze fractie
onze beweging
onze leden
onze kandidaten
onze achterban
onze kiezers
wij eisen
we eisen
wij willen dat
we willen dat
wij staan voor
we staan voor
wij strijden
we strijden
wij vechten
we vechten
samen sterk
genoeg is genoeg
namens de fractie
ons verkiezingsprogramma
onze actie
wij roepen op
we roepen op
roepen iedereen op
laat je horen
laat van je horen
deel dit
petitie*
handtekening*
de straat op {with wij}
/\blaat (je|jullie|uw) stem horen\b|\b(onze|je|jullie|uw) stem (te )?laten horen\b/
/\b(wij|we) roepen (\S+ ){0,4}op\b|\broepen (wij|we) (\S+ ){0,4}op\b|\boproep aan\b/
/\bwij (vinden|hopen|blijven|steunen|verzetten ons|maken ons zorgen)\b|\b(vinden|hopen) wij\b|\b(wij|we) zijn van mening\b|\bzijn (wij|we) van mening\b/
/\bons (standpunt|comité|actiecomité|protest)\b|\bonze (standpunten|idealen|strijd|stem|demonstratie|mars|acties)\b/
/\b(wij|we) als (fractie|partij|beweging|bewoners|buurt|comité|actiegroep|actiecomité|stichting|vereniging|burgers|boeren)\b/
/^(weg met|stop de|nooit meer|nooit weer)\b/
