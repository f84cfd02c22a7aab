# Wij: woorden waarmee een tekst een eigen groep aanwijst. Een voornaamwoord
# alleen zegt weinig (vandaar het lage gewicht); wij en zij in één zin is de
# wij-zij-tegenstelling zelf.
id = wij
label_nl = Wij (eigen groep)
label_en = Us (in-group)
description_nl = Woorden voor de eigen groep: wij, ons, onze mensen, het verzet, fatsoenlijke burgers.
description_en = Words for one's own group: we, our people, the resistance, decent citizens.
severity = info
group = wij

[entries]
wij | 0.5
we | 0.5
ons | 0.5
onze | 0.5
onszelf | 0.5
wijzelf | 0.5
wij allemaal
wij samen
wij hier
wij burgers
wij nederlanders
wij inwoners
wij ouders
wij ondernemers
wij als samenleving
ons soort
ons soort mensen
onze mensen
onze eigen mensen
eigen mensen
eigen volk
ons volk
onze stad
onze wijk
onze buurt
ons dorp
onze gemeente
ons land
onze inwoners
onze kinderen
onze ouderen
onze jongeren
onze agenten
onze hulpverleners
onze samenleving
onze democratie
onze rechtsstaat
onze vrijheid
onze vrijheden
onze waarden
onze normen
onze cultuur
onze tradities
onze identiteit
onze toekomst
de onzen
fatsoenlijke burgers
fatsoenlijke nederlanders
weldenkend*
goedwillende*
de goeden
wij van de politie
wij als politie
wij als gemeente
vrijheidsstrijder*
het verzet
wakkere burgers
de wakkeren
wij op straat
wij het volk
