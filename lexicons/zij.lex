# Zij: woorden waarmee een tekst een andere groep apart zet. Voornaamwoorden
# tellen licht; groepsetiketten tellen zwaarder, en het sterkst in één zin
# met een wij-woord.
id = zij
label_nl = Zij (andere groep)
label_en = Them (out-group)
description_nl = Woorden voor de andere groep: zij, die mensen, dat soort, de elite, relschoppers, populisten.
description_en = Words for the other group: they, those people, that sort, the elite, rioters, populists.
severity = info
group = zij

[entries]
zij | 0.5
ze | 0.5
hun | 0.5
hen | 0.5
zijzelf | 0.5
die mensen
dat soort mensen
dat soort
zulke mensen
zulke types
die types
die lui
dat volk
dat tuig
die figuren
die gasten
de anderen
de andere kant
de tegenstanders
tegenstanders
de vijand
vijanden
buitenstaanders
indringers
populist*
extremist*
extreemrechts
extreem-rechts
extreemlinks
extreem-links
rechts-extremist*
radicalen
relschopper*
raddraaier*
oproerkraaier*
herrieschopper*
amokmaker*
plunderaar*
hooligan*
relmaker*
rellende jongeren
de elite
de politiek
politici
de regering
het kabinet
de overheid
het systeem
zij van de overheid
zij van het systeem
machthebbers
de media
wappie*
complotdenker*
antivaxer*
gelukszoeker*
uitkeringstrekker*
die van de gemeente
die hoge heren
zij daarboven
zij daar
