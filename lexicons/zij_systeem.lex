# Hoe het schema systeem tegenover vrijheidsstrijders de andere kant noemt: het systeem, de regering, mainstream media, farmaceuten.
id = zij_systeem
label_nl = Zij: het systeem
label_en = Them: the system
description_nl = Hoe het schema systeem tegenover vrijheidsstrijders de andere kant noemt: het systeem, de regering, mainstream media, farmaceuten.
description_en = How the system-versus-freedom-fighters scheme names the other side: the system, the government, mainstream media, pharma.
severity = info

[entries]
het systeem
systeem | 0.3
systeempers
de regering
regering | 0.5
het kabinet
kabinet | 0.5
de overheid | 0.5
overheid | 0.3
het regime
regime
de media | 0.5
media | 0.3
mainstream media
mainstreammedia
gevestigde media
gekochte media
de kranten
journalisten | 0.5
farmaceuten
farmaceutische industrie
big pharma
de experts
experts
omt
rivm
de ministers
ministers
de elite
machthebbers
