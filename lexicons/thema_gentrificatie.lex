# Het thema gentrificatie en wijkvernieuwing: sloop, dure nieuwbouw, yuppen, koffiebars, oude en nieuwe bewoners.
id = thema_gentrificatie
label_nl = Thema: gentrificatie
label_en = Theme: gentrification
description_nl = Het thema gentrificatie en wijkvernieuwing: sloop, dure nieuwbouw, yuppen, koffiebars, oude en nieuwe bewoners.
description_en = The theme of gentrification and neighbourhood renewal: demolition, expensive new builds, yuppies, coffee bars, old and new residents.
severity = info
negation = ignore

[entries]
gentrificatie
gentrification
yup*
bakfiets*
koffiebar*
projectontwikkelaar*
belegger*
sloop | 0.5
gesloopt | 0.5
dure nieuwbouw
dure appartementen
nieuwbouw | 0.3
wijkvernieuwing
herstructurering
oude bewoners
nieuwe bewoners
rijkere bewoners
eruit gedrukt
ingepikt
dikke portemonnee
buurthuis | 0.5
de sloop
