# Hoe het schema systeem tegenover vrijheidsstrijders de andere kant noemt: het systeem, de regering, mainstream media, farmaceuten.
id = zij_systeem
label_nl = Zij: het systeem
label_en = Them: the system
description_nl = Hoe het schema systeem tegenover vrijheidsstrijders de andere kant noemt: het systeem, de regering, mainstream media, farmaceuten.
description_en = How the system-versus-freedom-fighters scheme names the other side: the system, the government, mainstream media, pharma.
severity = suggestion

[entries]
het systeem
systeem | 0.3
systeempers
de regering {with strijd wij_vrijheidsstrijders} | 0.5
regering | 0.15
het kabinet {with strijd wij_vrijheidsstrijders} | 0.5
kabinet | 0.15
de overheid {with strijd wij_vrijheidsstrijders} | 0.5
overheid | 0.15
het regime
regime
de media {with strijd wij_vrijheidsstrijders} | 0.5
media {not-after sociale social} | 0.15
mainstream media
mainstreammedia
gevestigde media
gekochte media
de kranten
journalisten {with strijd wij_vrijheidsstrijders} | 0.5
farmaceuten
farmaceutische industrie
big pharma
de experts
experts
omt
rivm {with strijd wij_vrijheidsstrijders} | 0.5
de ministers {with strijd wij_vrijheidsstrijders} | 0.5
ministers {with strijd wij_vrijheidsstrijders} | 0.5
de elite
machthebbers
de staat {with strijd wij_vrijheidsstrijders} | 0.5
/\b(reguliere|burgerlijke|gevestigde|gecontroleerde) (media|pers)\b/
