# De ordehandhavers in het schema orde tegenover relschoppers: politie, agenten, hulpverleners, de burgemeester.
id = wij_orde
label_nl = Wij: orde en hulpverleners
label_en = Us: order and emergency services
description_nl = De ordehandhavers in het schema orde tegenover relschoppers: politie, agenten, hulpverleners, de burgemeester.
description_en = The enforcers in the order-versus-rioters scheme: police, officers, emergency services, the mayor.
severity = info

[entries]
politie | 0.3
de politie | 0.3
agent | 0.5
agenten | 0.5
onze agenten | 1.5
collega's | 0.5
onze collega's | 1.5
onze mensen
hulpverleners
hulpdiensten | 0.5
brandweer | 0.5
brandweerlieden
ambulancepersoneel
handhavers
boa's
politiebond
korpschef
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
