# Het thema stikstof, boeren en het platteland: uitkoop, inkrimpen, stikstofkaart, natuur en veehouderij.
id = thema_stikstof
label_nl = Thema: stikstof en boeren
label_en = Theme: nitrogen and farmers
description_nl = Het thema stikstof, boeren en het platteland: uitkoop, inkrimpen, stikstofkaart, natuur en veehouderij.
description_en = The theme of nitrogen, farmers and the countryside: buy-outs, downsizing, the nitrogen map, nature and livestock farming.
severity = info
negation = ignore

[entries]
stikstof*
*stikstof*
boer | 0.5
boeren
boerenprotest*
boerenbedrijf*
boerenfamilie
melkveehouder*
veehouder*
veehouderij*
landbouw*
inkrimpen | 0.5
uitkoop*
uitkopen
depositie*
natura 2000
natura2000
trekker*
koeien | 0.5

