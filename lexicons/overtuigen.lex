# Overtuigen en verdedigen: stelling nemen, eisen, oproepen en uitroepen. De
# stijl van pushers en bruggenbouwers in de linkerkolom.
id = overtuigen
label_nl = Overtuigen en verdedigen
label_en = Convincing and defending
description_nl = Stelling nemen, eisen, oproepen, uitroepen en de knoop doorhakken: de stijl van overtuigen en verdedigen.
description_en = Taking a stand, demanding, calling on people, exclaiming and settling it: the style of convincing and defending.
severity = suggestion

[entries]
# Uitroepen: een zin die op ! eindigt
/^.* !$/ | 0.5
laten we | 1
laten wij | 1
wij eisen | 1.5
we eisen | 1.5
ik eis
eisen wij
ik roep iedereen op | 1.5
ik roep
roep ik
roepen wij
wij roepen
we roepen
roept op
oproep
genoeg is genoeg | 1.5
het is genoeg
het is tijd | 1
hoogste tijd
de hoogste tijd
wij pikken dit niet | 1.5
pikken dit niet
dit moet ophouden
moet ophouden
het is klaar
ik ben er klaar mee
klaar mee
spuugzat
wij staan voor
wij staan pal
sta pal
staan pal
pal achter
daar sta ik achter
ik sta achter
wij laten ons niet
laat u niet
wij zullen
we zullen
zullen wij
wij blijven
we blijven
wij accepteren niet
accepteren niet
wij laten niet toe
laat ik niet toe
laat er geen misverstand over bestaan | 1.5
ik zeg
ik noem
noem ik
wij noemen
dat is wat het is
het is wat het is
onze belofte
wij beloven
/^.*\b(dank|bedankt|dankjewel|dankuwel|gefeliciteerd|proficiat|welkom|succes|hulde|chapeau|fijne|prettige|gezellig|mooi|prachtig|fantastisch|geweldig|trots)\b.* !$/ | 0.1
punt uit
/\b(ben|bent|is|zijn|waren|was|raken|raakt) (het|dit|dat)( \S+){0,2} zat\b/
/\b(ik kies|wij kiezen|we kiezen) (voor|ervoor)\b/
/\b(wij|we) gaan (niet|door|ervoor)\b/
/\b(ik ben|wij zijn|we zijn) (van mening|ervan overtuigd)\b/
/\b(ik maak|wij maken|we maken) (\S+ ){0,2}bezwaar\b/
/\b(ik pleit|wij pleiten|we pleiten|pleit ik|pleiten wij)\b/
weg met
van de zotte
niet uit te leggen
het kan niet zo zijn
het is toch
/\b(naar mijn mening|mijns inziens|wat mij betreft)\b/
feit is
immers | 0.5
wordt tijd
nooit meer
onzin
