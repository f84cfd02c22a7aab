# De overheid is onbereikbaar: gesloten loketten, callcenters, keuzemenu's, alles digitaal, van het kastje naar de muur (seed 001, narratief 1).
id = narratief_onzichtbare_overheid
label_nl = Narratief: onzichtbare overheid
label_en = Narrative: invisible government
description_nl = De overheid is onbereikbaar: gesloten loketten, callcenters, keuzemenu's, alles digitaal, van het kastje naar de muur (seed 001, narratief 1).
description_en = Government cannot be reached: closed counters, call centres, phone menus, everything online, sent from pillar to post (seed 001, narrative 1).
severity = info
negation = ignore

[entries]
loket is dicht | 1.5
loket is gesloten | 1.5
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
niemand neemt de telefoon op | 1.5
neemt de telefoon op
niemand te bereiken | 1.5
niemand bereiken
onbereikbaar* | 1.5
niet bereikbaar | 1.5
slecht bereikbaar
beter bereikbaar
geen aanspreekpunt
geen contactpersoon
geen mens aan de lijn | 1.5
een mens spreken
mens spreken
een persoon die
geen mens bij
van het kastje naar de muur | 1.5
kastje naar de muur | 1.5
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
achter gesloten deuren | 0.5
niemand van de gemeente
mail is niet beantwoord | 1.5
nooit antwoord gekregen | 1.5
geen antwoord gekregen | 1.5
waar moet ik heen
/(bellen|bel) heeft geen zin/
/(krijg|kom) (ik )?(steeds )?(een|bij een) (keuzemenu|callcenter|bandje)/
/hangt (een half uur|een uur|uren) in de wacht/
met een computer
aan de keukentafel | 0.5
/verwijst naar de (website|telefoon|balie|app)/
# Ruimere woordfamilie: verdwenen balies, schermen, doorschakelen, nergens terecht.
balie | 0.5
nergens meer terecht | 1.5
nergens terecht
scherm | 0.3
qr-code | 0.3
contactformulier | 1.5
chatbot | 1.5
een medewerker spreken
medewerker spreken
zo ver weg
ver weg | 0.5
doorgeschakeld
doorverwezen
doorgestuurd | 0.75
doolhof | 1.5
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
# Nog ruimer: bellen zonder resultaat, post die nergens aankomt, deuren op slot.
nooit teruggebeld | 1.5
niet teruggebeld | 1.5
terugbelverzoek
wordt niet opgenomen | 1.5
die niet opneemt | 1.5
neemt niet op | 1.5
niemand neemt op | 1.5
doorverbonden
doorverbinden
wachtmuziek | 1.5
zwart gat | 1.5
in een zwart gat | 1.5
geen ontvangstbevestiging | 0.75
nooit iets teruggehoord | 1.5
nooit meer iets teruggehoord | 1.5
geen reactie gekregen | 1.5
nooit een reactie | 1.5
nog steeds geen antwoord | 1.5
geen enkele reactie
onbeantwoord | 1.5
foutmelding
tijdslot
deur zit op slot
zit op slot | 0.75
niet meer binnenlopen | 1.5
binnenlopen | 0.75
keuzemenu's
niemand meer om mee te praten | 1.5
niemand om mee te praten | 1.5
alleen schermen | 1.5
digitaal loket
niemand voelt zich verantwoordelijk
verwijst terug
verwijzen naar elkaar | 1.5
/(hoe|waar) (moet|kan) (ik|je|een (gewone )?(inwoner|burger)) (jullie|u|de gemeente|iemand) (eigenlijk |nog )?(bereiken|spreken)/ | 1.5
/(bel|belde|gebeld|mail|mailde|gemaild) .*(dagen|weken|keer) .*(niemand|niets|niks|geen)/
/(nog|ooit) iemand die (de )?(post|mail|brieven) leest/ | 1.5
/\b(afstand|kloof) (tussen|tot|naar) (de )?(burger|burgers|inwoners|bevolking|kiezer|kiezers|het volk|politiek|overheid|bestuur)\b|\bver (af )?van de (burger|burgers|inwoners|kiezer)\b/ | 1.5
/\b(on)?benaderba(ar|re)\b/ | 1
/\b(logge|stugge)\b/ | 0.75
/\beindeloos (bellen|mailen|wachten)\b|\bvan (loket|instantie|afdeling) naar (loket|instantie|afdeling)\b/ | 1.5
/\bgeen inhoudelijke? (reactie|antwoord)|\btot op heden (\w+ )?geen\b|\bnog altijd geen (reactie|antwoord)/ | 1.5
/\b(niet|nooit|slecht|onvoldoende) (ge)?ïnformeerd\b|\bzonder (ons|de bewoners|omwonenden|inwoners) (op de hoogte|te informeren)|\bniet op de hoogte gesteld\b/ | 1
/\bniemand wist (er ?van|het)\b/ | 1
/\bslechte? communicatie\b|\bslecht (ge)?communice\w+|\bslechte communiceren\b/ | 1
/\b(schimmig\w*|ondoorzichtig\w*)\b/ | 0.75
# Een overheid die zich achter haar ambtenaren verschuilt.
almacht
/\bambtenaren (het )?voor het zeggen\b/
/\bniet (meer )?benaderbaar\b/
