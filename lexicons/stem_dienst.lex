# Stem: de overheid of een organisatie die zelf informeert en dient. De
# taal van de mededeling: wat u kunt doen, waar u meer leest, wie u belt.
id = stem_dienst
label_nl = Mededeling van de afzender
label_en = Notice from the sender
description_nl = De taal van een organisatie die zelf informeert: u kunt, meer informatie, aanmelden, neem contact op, onze medewerkers.
description_en = The language of an organisation informing for itself: you can, more information, register, contact us, our staff.
severity = info
negation = ignore

[entries]
u kunt
kunt u
kunt u terecht
inwoners kunnen
bewoners kunnen
meer informatie
voor meer informatie
meer info
aanmelden
aanmelden kan
meld je aan
meld u aan
neem contact op
neemt u contact op
kijk op
kijk voor
via de website
op de website
op onze website
openingstijden
telefoonnummer
bel {reader}
mail naar
onze medewerkers
onze collega's
ons team
onze agenten
wij vragen
we vragen
wij adviseren
we adviseren
wij roepen
we roepen
wij zijn blij
we zijn blij
wij informeren
we informeren u
wij houden u op de hoogte
we houden u op de hoogte
houden u op de hoogte
getuigen
heeft u iets gezien
heb je iets gezien
tips
meld misdaad anoniem
aangifte doen
doe aangifte
de politie zoekt
zoekt getuigen
de gemeenteraad heeft
de raad heeft besloten
besluit van het college
verleent
uw aanvraag
/\b(kunt u|kun je|kunt) (\S+ ){0,4}aanvragen\b|\baanvragen (kan|via)\b|\b(vergunning|subsidie) aanvragen\b/
vanaf maandag
tot en met
gesloten {not-after achter}
geopend
wegwerkzaamheden
werkzaamheden
omleiding*
afval
ophalen
/\b(ingesloten voor verhoor|voor verhoor|in verzekering gesteld|heengezonden|voorgeleid|proces.verbaal|in beslag genomen|aanhoudingen verricht)\b/
/\b(stelt|stellen) (\S+ ){0,2}onderzoek in\b|\bonderzoek is (gestart|ingesteld|in volle gang)\b|\b(is|zijn) op zoek naar\b/
/\b(camera|dashcam|bodycam)beelden\b|\btipformulier\b|\banoniem melden\b/
/\b(afvalinzameling|afvalkalender|afvalwijzer|milieustraat|afvalcontainers?)\b/
/\b(verkeers)?hinder\b|\bde aannemer\b|\b(is|wordt|worden|zijn) afgesloten\b/
/\b(naar verwachting|met ingang van|van kracht)\b/
/\b(informatie|inloop|bewoners)(avond|bijeenkomst)(en)?\b/
/\b(van harte welkom|u bent welkom|meer weten|lees meer)\b/
/\bhou(d)? (\S+ ){0,6}in de gaten\b/
in onze gemeente | 0.5
/\bin samenwerking met\b|\b(wij|we) organiseren\b|\borganiseren (wij|we)\b/
