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
/\b(democratisch|fatsoenlijk|beschaafd|tolerant|verdraagzaam) nederland\b/
/\bhet (democratische|beschaafde|tolerante|verdraagzame|redelijke) nederland\b/
democratisch gezind*
/\bdemocratische (krachten|meerderheid|middenpartijen|midden|gemeenschap|samenleving|oppositie)\b/
/\bdemocratische (beginselen|spelregels|grondbeginselen|normen|orde|rechtsorde|instellingen|instituties|traditie|cultuur|fundamenten|principes|verworvenheden)\b/ | 0.75
onze rechtsorde
de rechtsorde | 0.5
/\b(parlementaire|liberale|weerbare|open) democratie\b/ | 0.75
weerbare rechtsstaat
vrije samenleving | 0.75
/\bfatsoenlijke (inwoners|politici|partijen|politiek|burgerij|samenleving|kiezers|demonstranten|landgenoten|medeburgers)\b/
/\bgoedwillende (burgers|inwoners|nederlanders|mensen|meerderheid|demonstranten)\b/ | 0.75
/\b(redelijk|helder) denkende\b/ | 0.75
/\bredelijke (mensen|nederlanders|burgers|politici|partijen|krachten)\b/ | 0.75
de gematigden | 0.75
/\bgematigde (krachten|partijen|politici|meerderheid|stemmen|geluiden|middenpartijen)\b/ | 0.75
middenpartijen | 0.5
rechtschapen* | 0.75
/\b(oppassende|wetsgetrouwe|gezagsgetrouwe) (burgers|inwoners|nederlanders)\b/ | 0.75
/\bbeschaafde (wereld|samenleving|landen|burgers|nederlanders|democratie|democratieën)\b/
democratisch gekozen | 0.5
/\b(verdedigers|hoeders|beschermers|pijlers|bewakers) van (de|onze) (democratie|rechtsstaat|democratische rechtsstaat|rechtsorde|open samenleving)\b/
/\bpal (voor|achter) (de|onze) (democratie|rechtsstaat|grondwet|democratische|rechtsorde)\b/
/\b(verdedigen|beschermen|verdedigt|beschermt) (de|onze) (democratie|rechtsstaat)\b/
/\b(de|onze) (democratie|rechtsstaat) (te )?(verdedigen|beschermen)\b/
/\bin een (democratie|rechtsstaat|democratische rechtsstaat|beschaafd land|beschaafde samenleving)\b/ | 0.5
/\bonze (gedeelde|gemeenschappelijke|fundamentele|grondwettelijke|liberale|democratische) waarden\b/
