# De burger wordt niet gezien: ik ben een nummer, de menselijke maat is weg, computer zegt nee, niemand kijkt naar mijn situatie (seed 001, narratief 2).
id = narratief_onzichtbare_burger
label_nl = Narratief: onzichtbare burger
label_en = Narrative: invisible citizen
description_nl = De burger wordt niet gezien: ik ben een nummer, de menselijke maat is weg, computer zegt nee, niemand kijkt naar mijn situatie (seed 001, narratief 2).
description_en = The citizen is not seen: I am a number, the human measure is gone, computer says no, nobody looks at my situation (seed 001, narrative 2).
severity = info
negation = ignore

[entries]
ik ben een nummer
ben een nummer
een nummer in
gewoon een nummer
een nummer geworden
dossiernummer
zaaknummer
kenmerk | 0.3
menselijke maat
computer zegt nee
regels zijn regels
niemand kijkt naar
kijkt naar mijn situatie
naar mijn situatie kijkt
naar mijn situatie
naar onze situatie
ze zien ons niet staan
zien ons niet
niet gezien
niet zien staan
voel me niet gezien
niemand ziet
geen oog voor
weten niet wat er leeft
weet niet wat er leeft
niet wat er leeft
een kostenpost
kostenpost | 0.5
een casus geworden
een stip op een kaart
als mensen
als mens | 0.5
iemand die mijn naam kent
mijn naam kent
standaardbrief
een brief met een beslissing
zonder gesprek
nooit gezien
niemand vraagt hoe het met ons gaat
niemand heeft ooit
niet gemeten | 0.5
alleen gemeten
wij bestaan niet
bestaan gewoon niet
de mensen achter de cijfers
achter de cijfers
geen mens
in het juiste vakje
vakje | 0.5
het systeem draait door
de burger doet er niet toe
mijn verhaal opnieuw
verhaal opnieuw vertellen
voor de vijfde keer
/voor (u|jullie) (ben|zijn) (ik|we|wij) (een|gewoon)/
# Ruimere woordfamilie: getallen in plaats van mensen, hokjes, over ons beslissen.
een getal
als een getal
achter elk getal
percentages | 0.3
dat niet ziet
niet ziet | 0.5
hokje
hokjes
maatwerk | 0.75
buiten de boot | 0.75
val ik overal buiten
over mij beslist
over ons beslist
zonder dat iemand | 0.75
ooit heeft gesproken | 0.5
geen mensen
niemand komt kijken
niemand vroeg
niet als mens
computerbrief
een bestand | 0.75
geen naam | 0.5
echt persoon | 0.75
een echt mens
naar mijn verhaal luistert | 0.75
behandeld als | 0.75
geen mens maar
