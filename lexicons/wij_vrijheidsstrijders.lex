# Hoe het schema systeem tegenover vrijheidsstrijders de eigen kant noemt: vrijheidsstrijders, wakkere burgers, het verzet.
id = wij_vrijheidsstrijders
label_nl = Wij: vrijheidsstrijders
label_en = Us: freedom fighters
description_nl = Hoe het schema systeem tegenover vrijheidsstrijders de eigen kant noemt: vrijheidsstrijders, wakkere burgers, het verzet.
description_en = How the system-versus-freedom-fighters scheme names its own side: freedom fighters, the awake, the resistance.
severity = info

[entries]
vrijheidsstrijder*
vrijheidsbeweging
vrijheidscollectief
wakkere burgers
de wakkeren
wakkere mensen
het verzet | 0.5
verzetsstrijders
vrije mensen
vrije burgers
de beweging
onze beweging
kritische burgers
kritische artsen
zelf nadenken
die zelf nadenken
patriotten
het echte nederland
wij zijn met miljoenen
wij zijn met meer
onze broeders
wij de wakkeren
coronakritisch*
onafhankelijke media | 0.5
