# Hoe het schema democratie tegenover populisme de eigen kant noemt: fatsoenlijke burgers, weldenkend Nederland, democraten.
id = wij_democraten
label_nl = Wij: democraten
label_en = Us: democrats
description_nl = Hoe het schema democratie tegenover populisme de eigen kant noemt: fatsoenlijke burgers, weldenkend Nederland, democraten.
description_en = How the democracy-versus-populism scheme names its own side: decent citizens, right-thinking Netherlands, democrats.
severity = info

[entries]
democraten
wij democraten
alle democraten
democratische partijen
fatsoenlijke burgers
fatsoenlijke nederlanders
fatsoenlijke mensen
het fatsoenlijke nederland
het fatsoenlijke deel
fatsoenlijke meerderheid
de fatsoenlijke meerderheid
weldenkend*
het weldenkende nederland
beschaafde mensen
een beschaafd land
open samenleving
een open en fatsoenlijk land
onze democratie
onze rechtsstaat
de rechtsstaat | 0.5
de democratie | 0.5
onze instituties
volksvertegenwoordigers | 0.3
de goedwillende*
de redelijke meerderheid
wie wel gelooft
/\bdemocratische (rechtsstaat|waarden)\b/
antifascist*
