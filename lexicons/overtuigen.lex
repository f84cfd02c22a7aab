# Overtuigen en verdedigen: stelling nemen, eisen, oproepen en uitroepen. De
# stijl van pushers en bruggenbouwers in de linkerkolom.
id = overtuigen
label_nl = Overtuigen en verdedigen
label_en = Convincing and defending
description_nl = Stelling nemen, eisen, oproepen, uitroepen en de knoop doorhakken: de stijl van overtuigen en verdedigen.
description_en = Taking a stand, demanding, calling on people, exclaiming and settling it: the style of convincing and defending.
severity = info

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
punt
simpel
wij pikken dit niet | 1.5
pikken dit niet
dit moet ophouden
moet ophouden
het is klaar
ik ben er klaar mee
klaar mee
zat
spuugzat
wij staan voor
wij staan pal
sta pal
staan pal
pal achter
daar sta ik achter
ik sta achter
kies
kiezen
keuze
wij laten ons niet
laat u niet
wij zullen
we zullen
zullen wij
wij gaan
we gaan
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
