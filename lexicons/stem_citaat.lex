# Stem: hoeveel van de tekst citaat is. De gewoonste woorden, alleen tussen
# aanhalingstekens: hun dichtheid volgt het aandeel geciteerde tekst. Een
# verslag citeert veel; een mededeling of een column zelden (LABELLING.md:
# citaten met en zonder aanhalingstekens zijn een teken van een verslag).
id = stem_citaat
label_nl = Citaat
label_en = Quotation
description_nl = Woorden tussen aanhalingstekens: hoeveel van de tekst de woorden van een ander zijn.
description_en = Words inside quotation marks: how much of the text is someone else's words.
severity = info
negation = ignore

[entries]
de {quoted}
het {quoted}
een {quoted}
en {quoted}
is {quoted}
dat {quoted}
van {quoted}
in {quoted}
op {quoted}
te {quoted}
niet {quoted}
er {quoted}
die {quoted}
ik {quoted}
we {quoted}
wij {quoted}
je {quoted}
zijn {quoted}
maar {quoted}
ook {quoted}
met {quoted}
voor {quoted}
dit {quoted}
heel {quoted}
moeten {quoted}
hebben {quoted}
gaan {quoted}
wel {quoted}
nog {quoted}
