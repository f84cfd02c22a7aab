# De ordehandhavers in het schema orde tegenover relschoppers: politie, agenten, hulpverleners, de burgemeester.
id = wij_orde
label_nl = Wij: orde en hulpverleners
label_en = Us: order and emergency services
description_nl = De ordehandhavers in het schema orde tegenover relschoppers: politie, agenten, hulpverleners, de burgemeester.
description_en = The enforcers in the order-versus-rioters scheme: police, officers, emergency services, the mayor.
severity = info

[entries]
politie | 0.15
de politie | 0.15
agent | 0.2
agenten | 0.3
onze agenten | 1.5
collega's | 0.3
onze collega's | 1.5
onze mensen {with handhaving zij_relschoppers}
hulpverleners | 0.5
hulpdiensten | 0.2
brandweer | 0.2
brandweerlieden | 0.3
ambulancepersoneel
handhavers
boa's
politiebond
korpschef | 0.5
teamchef
burgemeester | 0.2
de burgemeester | 0.2
justitie | 0.3
het om | 0.3
de driehoek | 0.3
wij van de politie
wij als politie
de overheid | 0.3
zij van de overheid | 2
politiemensen | 0.3
politiemedewerkers | 0.3
me'ers | 0.3
brandweermensen | 0.3
/\bonze (politie\w*|hulpverleners|brandweer\w*|me'ers)\b/ | 1.5
ons korps | 1.5
als korps | 1.5
die gewoon hun werk | 1
