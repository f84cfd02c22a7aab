# Woorden die het midden aanspreken of beschrijven: velen van u, de meeste inwoners, het stille midden, wie twijfelt of zich zorgen maakt, de ouders, vrijwilligers en ondernemers die doorgaan (seed 000, Brandsma).
id = midden
label_nl = Aandacht voor het midden
label_en = Attention to the middle
description_nl = Woorden die het midden aanspreken of beschrijven: velen van u, de meeste inwoners, het stille midden, wie twijfelt of zich zorgen maakt, de ouders, vrijwilligers en ondernemers die doorgaan (seed 000, Brandsma).
description_en = Words that address or describe the middle: many of you, most residents, the silent middle, those who doubt or worry, the parents, volunteers and shopkeepers who carry on (seed 000, Brandsma).
severity = info
negation = ignore

[entries]
velen van u
veel van u
velen van jullie
de meeste inwoners
de meeste mensen
de meeste bewoners
de meeste ouders
de meerderheid
het stille midden
stille midden
de grote groep
de grote meerderheid
iedereen die | 0.5
al die mensen die
inwoners die | 0.75
bewoners die | 0.75
buurtbewoners | 0.75
ouders | 0.5
vrijwilligers | 0.75
ondernemers | 0.5
winkeliers | 0.5
jongerenwerkers | 0.5
mantelzorgers | 0.5
de twijfelaars
wie twijfelt
wie zich zorgen maakt
mensen die zich zorgen maken
die zich zorgen maken | 0.75
wie doorgaat
die doorgaan
de doorzetters
met velen
we zijn met velen
samen met u | 0.5
u en uw buren
uw buren | 0.5
de buurt | 0.3
de meeste | 0.5
dorpsbewoners | 0.5
bezorgd | 0.5
zorgen nemen we serieus
dorpsgenoten | 0.75
buurtgenoten | 0.75
beste buren | 0.75
uw geduld | 0.5
veel ouders
wat heeft u nodig | 0.75
wat u nodig heeft | 0.75
