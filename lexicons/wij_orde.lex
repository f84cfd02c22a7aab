# De ordehandhavers in het schema orde tegenover relschoppers: politie, agenten, hulpverleners, de burgemeester.
id = wij_orde
label_nl = Wij: orde en hulpverleners
label_en = Us: order and emergency services
description_nl = De ordehandhavers in het schema orde tegenover relschoppers: politie, agenten, hulpverleners, de burgemeester.
description_en = The enforcers in the order-versus-rioters scheme: police, officers, emergency services, the mayor.
severity = info

[entries]
politie | 0.5
de politie | 0.5
agent
agenten
onze agenten | 1.5
collega's | 0.5
onze collega's | 1.5
onze mensen
hulpverleners
hulpdiensten
brandweer
brandweerlieden
ambulancepersoneel
handhavers
boa's
politiebond
mobiele eenheid
de me
korpschef
teamchef
burgemeester | 0.5
de burgemeester | 0.5
justitie
het om
de driehoek
wij van de politie
wij als politie
de overheid | 0.3
zij van de overheid | 2
