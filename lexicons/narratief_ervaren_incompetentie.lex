# Ze bakken er niets van: prutsers, geen visie, alleen de korte termijn, chaos, knoeiwerk, geen daadkracht (seed 001, narratief 5).
id = narratief_ervaren_incompetentie
label_nl = Narratief: ervaren incompetentie
label_en = Narrative: perceived incompetence
description_nl = Ze bakken er niets van: prutsers, geen visie, alleen de korte termijn, chaos, knoeiwerk, geen daadkracht (seed 001, narratief 5).
description_en = They cannot do anything right: bunglers, no vision, only the short term, chaos, botched work, no decisiveness (seed 001, narrative 5).
severity = info
negation = ignore

[entries]
bakken er niets van
bakken er niks van
ze bakken er
prutser*
prutswerk
knoeiwerk
geknoei
verknoei*
klungel*
amateur*
wanbeleid
zooitje
een zooitje
puinhoop
chaos | 0.5
een chaos
geen visie
gebrek aan visie
zonder visie
geen plan
geen lijn
er zit geen lijn in
korte termijn
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
onvermogen
incompetent*
onkunde
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
overschreden | 0.5
zoiets simpels
niet regelen | 0.75
kan het gewoon niet
kunnen het niet
sneuvelen | 0.5
lopen vast | 0.5
niemand neemt verantwoordelijkheid
blunder*
niet deugden | 0.75
niemand snapte | 0.75
geen enkele koers
geen koers
van richting | 0.5
peilingen | 0.75
gereorganiseerd | 0.5
reorganisatie* | 0.5
grote rommel
rommel | 0.5
dezelfde problemen | 0.5
/zou (vorig jaar|al lang|allang) klaar zijn/
