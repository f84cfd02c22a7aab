# Stem: een bestuurder aan het woord in andermans tekst. Een ambtstitel in een
# zin die een uitspraak toeschrijft ("zegt burgemeester", "volgens de
# minister"). Een nieuwsbericht dat vooral één bestuurder laat spreken, is
# volgens LABELLING.md de stem van die bestuurder.
id = stem_ambt_citaat
label_nl = Bestuurder aan het woord
label_en = Official quoted
description_nl = Een ambtstitel (burgemeester, minister, wethouder, korpschef) in een zin die een uitspraak toeschrijft.
description_en = A title of office (mayor, minister, alderman, police chief) in a sentence that attributes a statement.
severity = info
negation = ignore

[entries]
burgemeester {with stem_attributie}
burgemeesters {with stem_attributie}
minister {with stem_attributie}
premier {with stem_attributie}
minister-president {with stem_attributie}
staatssecretaris {with stem_attributie}
wethouder {with stem_attributie}
korpschef {with stem_attributie}
politiechef {with stem_attributie}
hoofdcommissaris {with stem_attributie}
hoofdofficier {with stem_attributie}
gedeputeerde {with stem_attributie}
commissaris van de koning {with stem_attributie}
het college {with stem_attributie}
de gemeente {with stem_attributie}
de politie {with stem_attributie}
het kabinet {with stem_attributie}
