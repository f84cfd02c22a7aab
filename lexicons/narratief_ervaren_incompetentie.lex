# Ze bakken er niets van: prutsers, geen visie, alleen de korte termijn, chaos, knoeiwerk, geen daadkracht (seed 001, narratief 5).
id = narratief_ervaren_incompetentie
label_nl = Narratief: ervaren incompetentie
label_en = Narrative: perceived incompetence
description_nl = Ze bakken er niets van: prutsers, geen visie, alleen de korte termijn, chaos, knoeiwerk, geen daadkracht (seed 001, narratief 5).
description_en = They cannot do anything right: bunglers, no vision, only the short term, chaos, botched work, no decisiveness (seed 001, narrative 5).
severity = info
negation = ignore

[entries]
bakken er niets van | 1.5
bakken er niks van | 1.5
ze bakken er
prutser* | 1.5
prutswerk | 1.5
knoeiwerk | 1.5
geknoei | 1.5
verknoei*
klungel* | 1.5
amateur | 1.5
amateurs | 1.5
amateurwerk | 1.5
wanbeleid | 1.5
zooitje | 1.5
een zooitje | 1.5
puinhoop | 1.5
# Chaos bij rellen of in de politiek is nog geen onkunde van de overheid.
chaos {with as_overheid zij_systeem zij_elite} | 0.5
een chaos {with as_overheid zij_systeem zij_elite}
geen visie | 1.5
gebrek aan visie | 1.5
zonder visie | 1.5
geen plan
geen lijn
er zit geen lijn in
# "Op korte termijn" is gauw; "alleen de korte termijn" is het verhaal.
korte termijn {not-after op} | 0.5
kortetermijndenken
alleen tot de volgende verkiezingen
volgende verkiezingen | 0.5
geen daadkracht
aan daadkracht
daadkracht | 0.5
krijgen het niet voor elkaar
niet voor elkaar
krijgt het gewoon niet
kunnen niks
kunnen niets
geen idee wat
had geen idee
brandjes blussen
improviseren
onvermogen | 1.5
incompetent* | 1.5
onkunde | 1.5
slecht organiseren
zo slecht
leren er niets van
leren niets
niemand had dat voorzien
niet voorzien
een nieuwe studie
eindeloos
elke keer ging er iets mis
ging er iets mis
weer misgegaan
/(eerst|toen) .* (toen|nu) (weer|toch)/ | 0.5
/hoe (kan|kun) (je|een gemeente|een overheid) zo/
voor de vierde keer | 0.5
zo los je niets op | 0.5
verder te kijken dan
geen beleid
# Ruimere woordfamilie: blunders, geen koers, overschrijdingen, rommel.
# Een begroting die wordt overschreden; grenzen of fatsoensnormen niet.
/\b(budget|begroting|planning|deadline|kosten|termijn)\w* (\S+ ){0,3}overschreden\b/ | 0.5
zoiets simpels
niet regelen | 0.75
kan het gewoon niet
kunnen het niet
sneuvelen | 0.5
lopen vast | 0.5
niemand neemt verantwoordelijkheid
blunder* | 1.5
niet deugden | 0.75
niemand snapte | 0.75
geen enkele koers
geen koers
van richting | 0.5
gereorganiseerd | 0.5
reorganisatie* | 0.5
grote rommel
rommel | 0.5
dezelfde problemen | 0.5
/zou (vorig jaar|al lang|allang) klaar zijn/
# Nog ruimer: werk dat over moet, begrotingen die ontsporen, lapwerk, geen idee.
lapwerk | 1.5
knoeien | 1.5
geknoeid | 1.5
rommelt maar wat aan | 1.5
rommelen maar wat | 1.5
aanrommelen | 1.5
wat aan rommelen | 1.5
kan gewoon niet met geld | 1.5
niet met geld omgaan | 1.5
met geld omgaan | 0.75
geen idee heeft wat | 1.5
geen idee hebben wat | 1.5
geen idee wat ze doen | 1.5
wie bedenkt dit | 1.5
wie verzint dit | 1.5
wie bedenkt zoiets | 1.5
geen enkel plan | 1.5
twee keer opengebroken | 1.5
vergeten was | 0.75
van begin tot eind | 0.5
de planning schuift | 1.5
schuift steeds op | 1.5
schuift op | 0.75
vandaag dit morgen dat | 1.5
vandaag dit | 0.75
morgen dat | 0.75
regels die na een week | 1.5
weer veranderen | 0.75
weet van niks | 1.5
weet van niets | 1.5
weten van niks | 1.5
van uitstel | 0.75
/\b(geen|zonder) (\S+ ){0,2}lange termijn\b/ | 0.75
visie op de lange termijn | 1.5
/(een|de) jaar later (al )?(zeventien|twintig|dertig|het dubbele)/
/\b(faalt|faalde|faalden|falen|gefaald|falend|falende|overheidsfalen|systeemfalen)\b/ | 1
/\b((schiet|schieten|schoot|schoten) (\w+ )?tekort|tekortschiet\w*|tekortgeschoten)\b/ | 1
wanvertoning | 1.5
visieloos* | 1.5
zwabber* | 1.5
langs elkaar heen | 1.5
/\b(puinzooi|puinhopen)\b/ | 1.5
/\b(een|dikke|flinke|ruime|vette) onvoldoende\b/ | 1
/\b(miscommunicatie|terug bij af)\b/ | 1
/\b(bureaucrat\w*|rompslomp)\b/ | 0.75
gedoemd te mislukken | 1.5
out of control | 1.5
/\b(stuurloos|stuurloze|geen regie|regie kwijt|regie ontbreekt)\b/ | 1.5
/\b(weggegooid\w* \w*geld|geldverspilling|verspilling van (belasting|gemeenschaps)geld|zonde van het geld)\b/ | 1.5
/\b(deugt niet|niet deugt|deugt van geen kant)\b/ | 1
/\bkant (noch|nog) wal\b/ | 1.5
/\b(onkundig\w*|onbekwa\w*|ondeskundig\w*)\b/ | 1.5
/\b(prutsen|geprutst|geprutsel|geklungel|gestuntel|stuntel\w*|broddelwerk)\b/ | 1.5
/\b(halfbakken|half werk|ondoordacht\w*|niet doordacht|slecht voorbereid)\b/ | 1.5
/\b(slaagt|slagen|slaagde|slaagden) er (maar |nog steeds |nog altijd )?niet in\b/ | 1
/\b((loze|gebroken) belofte\w*|beloftes? (niet|nooit) (na)?gekomen)\b/ | 1.5
/\b(fouten? op fouten?|de ene fout na de andere|rampbeleid|wanbestuur)\b/ | 1.5
van de zotte | 0.75
/\b(slakkengang|slakkentempo|in dit tempo)\b/ | 1
# Wat misloopt en wat niet klopt.
# Wat de overheid uit de hand laat lopen; rellen die uit de hand lopen niet.
/\b(laat|laten|liet|lieten|gelaten)( \S+){0,6} uit de hand (lopen|gelopen)\b/
uit de hand gelopen {with as_overheid zij_systeem zij_elite}
uit de hand loopt {with as_overheid zij_systeem zij_elite}
impasse
voorgespiegeld
/\b(klopt|kloppen) (gewoon |helemaal |echt )?(niet|geen hout)\b/
/\bdie niet kloppen\b/
niet effectief
doofpot*
amateuris*
/\b(niks|niets) mee gebeurt\b/
# Geen durf, machteloos, de problemen voor zich uit geschoven.
/\bgebrek aan (durf|leiderschap|regie)\b/ | 1.5
/\bmachteloosheid van (de |het )?(regering|overheid|gemeente|kabinet|politiek)\b/ | 1.5
/\b(vooruitgeschoven|uitgeschoven)\b|\bvoor (zich|ons|hen) uit ?(geschoven|schuiven|schuift)\b/ | 1
# Vaste uitdrukkingen voor een overheid die het niet klaarspeelt: dweilen met
# de kraan open, aanmodderen, beloften die niets waard zijn, fouten van de
# gemeente, regels die steeds veranderen, zaken die niet van de grond komen.
/\bdweil(en|t|de|den)? met de kraan open\b/ | 1.5
/\b(aan|door|voort)?modder(en|t|de|den)\b|\bgemodder\b/ | 1.5
/\bbelofte\w* (\S+ ){0,8}(niets|niks|geen cent) waard\b/ | 1.5
/\bfout(en)? (van|bij) (de|het) (gemeente|overheid|kabinet|provincie|politiek|college|ministerie|belastingdienst|uwv|instanties)\b/ | 1.5
/\b(onnavolgbaar|onnavolgbare|steeds (wijzigende|veranderende) (regels|maatregelen))\b/ | 1
/\b(komen|komt|kwam|kwamen) (maar |nog steeds |nooit )?niet van de grond\b/ | 1
/\b(mislukt|mislukte|mislukking)\b/ {with as_overheid zij_systeem zij_elite} | 1
# Lange wachtlijsten; een afhandeling die traag en moeizaam verloopt (niet een
# wandeling die traag gaat); een situatie die onbeheersbaar wordt.
/\b(jarenlange|lange|eindeloze) (wachttijden|wachtlijsten)\b/ | 0.75
/\b(trage|moeizame|stroperige) (afhandeling|procedure|besluitvorming|uitvoering|aanpak)\b|\b(verloopt|verliep|verlopen|verliepen) (\S+ ){0,3}(moeizaam|traag|stroperig)\b/ | 0.75
onbeheersbaar | 0.75
