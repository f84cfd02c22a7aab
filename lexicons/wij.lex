# Wij: algemene woorden waarmee een tekst een eigen groep aanwijst. Een
# voornaamwoord alleen zegt weinig; wij en zij in één zin is de
# wij-zij-tegenstelling zelf. De groepsnamen per schema staan in wij_*.lex.
id = wij
label_nl = Wij (eigen groep)
label_en = Us (in-group)
description_nl = Algemene woorden voor de eigen groep: wij, ons, onze mensen, ons soort.
description_en = General words for one's own group: we, us, our people, our kind.
severity = info

[entries]
wij
we
ons
onze
onszelf
wijzelf
wij allemaal
wij samen
ons soort
ons soort mensen
onze mensen
onze eigen mensen
eigen mensen
eigen volk
de onzen
wij als
