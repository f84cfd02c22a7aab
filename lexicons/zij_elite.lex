# Hoe het schema elite tegenover volk de andere kant noemt: de elite, Den Haag, het establishment, het partijkartel.
id = zij_elite
label_nl = Zij: de elite
label_en = Them: the elite
description_nl = Hoe het schema elite tegenover volk de andere kant noemt: de elite, Den Haag, het establishment, het partijkartel.
description_en = How the elite-versus-people scheme names the other side: the elite, The Hague, the establishment, the party cartel.
severity = info

[entries]
elite
de elite
elites
*elite
establishment
het establishment
den haag
haagse
brussel
het torentje
de politiek
politiek | 0.3
politici
de politici
partijkartel
gevestigde partijen
gevestigde orde
bestuurders
de bestuurders
bestuurderskaste
regenten
de heren
hoge heren
de hoge heren
jullie daarboven
zij daarboven
die daarboven
de macht
machthebbers
ministers
de minister | 0.3
lobbyisten
bovenlaag
de bovenlaag
