# De overheid is onbereikbaar: gesloten loketten, callcenters, keuzemenu's, alles digitaal, van het kastje naar de muur (seed 001, narratief 1).
id = narratief_onzichtbare_overheid
label_nl = Narratief: onzichtbare overheid
label_en = Narrative: invisible government
description_nl = De overheid is onbereikbaar: gesloten loketten, callcenters, keuzemenu's, alles digitaal, van het kastje naar de muur (seed 001, narratief 1).
description_en = Government cannot be reached: closed counters, call centres, phone menus, everything online, sent from pillar to post (seed 001, narrative 1).
severity = info
negation = ignore

[entries]
loket is dicht
loket is gesloten
loketten sluiten
loket* gesloten
het loket dicht
alleen op afspraak
alleen online
alleen digitaal
alles moet via de website
alles moet via een app
alles moet digitaal
moet alles via
via de website
via een app | 0.5
keuzemenu*
callcenter*
wachtrij* | 0.5
in de wacht
bandje | 0.5
automatisch antwoord
standaardantwoord | 0.5
ontvangstbevestiging | 0.5
niemand neemt de telefoon op
neemt de telefoon op
niemand te bereiken
niemand bereiken
onbereikbaar
niet bereikbaar
slecht bereikbaar
beter bereikbaar
geen aanspreekpunt
geen contactpersoon
geen mens aan de lijn
een mens spreken
mens spreken
een persoon die
geen mens bij
van het kastje naar de muur
kastje naar de muur
doorverwijst | 0.5
verwijst naar de website
politiebureau is dicht
politiebureau gesloten
kantoor is gesloten
wijkkantoor is gesloten
wijkagent | 0.5
trekt zich terug
terugtrekken | 0.5
digid | 0.5
formulier werkt niet
verstopt achter
achter gesloten deuren
niemand van de gemeente
mail is niet beantwoord
nooit antwoord gekregen
geen antwoord gekregen
waar moet ik heen
/(bellen|bel) heeft geen zin/
/(krijg|kom) (ik )?(steeds )?(een|bij een) (keuzemenu|callcenter|bandje)/
/hangt (een half uur|een uur|uren) in de wacht/
met een computer
aan de keukentafel | 0.5
/verwijst naar de (website|telefoon|balie|app)/
# Ruimere woordfamilie: verdwenen balies, schermen, doorschakelen, nergens terecht.
balie | 0.5
nergens meer terecht
nergens terecht
scherm | 0.3
qr-code | 0.3
contactformulier
chatbot
een medewerker spreken
medewerker spreken
zo ver weg
ver weg | 0.5
doorgeschakeld
doorverwezen
doorgestuurd | 0.75
doolhof
aankloppen | 0.5
bij wie ik moet
nergens zit iemand
iemand tegenover me | 0.75
tegenover me | 0.5
gewoon verdwenen | 0.75
bestaat niet meer | 0.75
zonder internet | 0.75
wekenlang vol | 0.5
afspraak maken via | 0.75
zich zo onbereikbaar
/stuur(t|en) (me|mij|ons) (naar|door)/
/(overheid|gemeente) (is )?(gewoon )?verdwenen/
