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
