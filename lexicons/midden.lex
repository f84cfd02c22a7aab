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
# Nog ruimer: veel inwoners en huishoudens, de overgrote meerderheid, wie helpt.
veel inwoners
veel mensen | 0.75
veel huishoudens
veel bewoners
veel buurtbewoners
veel gezinnen
de overgrote meerderheid
overgrote meerderheid
de meeste huishoudens
de meeste jongeren
de meeste gezinnen
de meeste ondernemers
de meeste dorpsbewoners
de meerderheid van
u die twijfelt
die twijfelen
twijfelt | 0.5
vragen zijn terecht | 0.75
uw vragen | 0.5
maken zich zorgen | 0.75
zich zorgen over | 0.5
doen al wat ze kunnen
wat ze kunnen | 0.5
gewoon door | 0.75
gaan gewoon door
elkaar geholpen
elkaar helpen | 0.75
hielpen | 0.5
zich gemeld | 0.5
trainers | 0.5
buurtwerkers | 0.5
verdienen het om gezien te worden
gezien te worden | 0.75
dank u wel | 0.5
dank daarvoor | 0.5
daar zijn wij trots op | 0.75
trots op | 0.5
# Grote groepen inwoners bij naam of aantal: wie zo veel mensen noemt, spreekt
# over het midden.
/(veel|vele|vrijwel alle|bijna alle|honderden|duizenden|tientallen|de vele|het overgrote deel van de|het grootste deel van de|een groot deel van de) (inwoners|bewoners|buurtbewoners|ouders|mensen|huishoudens|jongeren|ondernemers|vrijwilligers|dorpsbewoners|gezinnen|mantelzorgers|kinderen|ouderen)/ | 1.5
stille meerderheid | 1.5
de stille meerderheid | 1.5
het overgrote deel | 1
vrijwel iedereen | 1
bijna iedereen | 1
# Wat het midden doet: elkaar helpen, zorgen, doorgaan; en de dank ervoor.
elkaar bijgestaan | 1
elkaar bijstaan | 1
voor elkaar klaarstaan | 1
voor elkaar zorgen | 1
oudere buren | 0.75
een naaste | 0.75
zorgen voor een naaste | 1
oogje in het zeil | 0.75
bedankt aan iedereen | 1
wij willen u bedanken | 1
willen u daarvoor bedanken | 1
u bedanken | 0.75
in het zonnetje | 0.75
u heeft laten zien | 1
heeft laten zien | 0.5
wat ons bindt | 1
zij aan zij | 0.75
jong en oud | 0.75
samen met u | 0.75
wij denken met u mee | 0.75
onder de indruk | 0.5
gastgezin*
/\bmede ?bewoners\b/ | 0.75
mensen in de zorg | 0.75
kleine zelfstandigen | 0.5
