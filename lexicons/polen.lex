# Woorden die de polen beschrijven: de kleine, luide groepen aan de randen (seed 000, Brandsma).
id = polen
label_nl = Aandacht voor de polen
label_en = Attention to the poles
description_nl = Woorden die de polen beschrijven of aanspreken: de actievoerders, hetzers, complotdenkers en schreeuwers, de kleine luidruchtige groep die overal tegen is (seed 000, Brandsma).
description_en = Words that describe or address the poles: the activists, agitators, conspiracy thinkers and shouters, the small loud group that is against everything (seed 000, Brandsma).
severity = info
negation = ignore

[entries]
actievoerders | 0.75
hetzers
opruiers
complotdenkers
wappies
schreeuwers
extremisten
raddraaiers
onruststokers
de tegenstanders | 0.75
tegenstanders | 0.5
luidruchtige groep
kleine groep | 0.75
een kleine groep | 0.75
deze kleine groep
deze groep | 0.5
deze mensen | 0.5
deze figuren
deze lieden
die overal tegen is
overal tegen
altijd tegen
de luidste stemmen | 0.5
wie het hardst roept | 0.5
geen podium | 0.5
# Open woordklasse: de polen krijgen steeds een nieuw etiket; "deze" ervoor
# en "wie zo …" maken het een aanwijzing.
/deze \w+(ers|eurs|isten|aars|zers)/ | 0.75
deze jongens | 0.75
dit soort types
hooligans
krakers
trollen | 0.75
haters
vandalen
fraudeurs
ophitsers
*gooiers
/wie zo (demonstreert|tekeergaat|handelt|te werk gaat)/ | 0.75
