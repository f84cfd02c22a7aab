# Linkerkolom: uitleggen en informeren met cijfers en feiten; ik begrijp hoe vervelend het is, maar de cijfers...
id = informeren
label_nl = Informeren en instrueren
label_en = Informing and instructing
description_nl = Linkerkolom: uitleggen en informeren met cijfers en feiten; ik begrijp hoe vervelend het is, maar de cijfers...
description_en = Left column: explaining and informing with figures and facts; I understand how annoying it is, but the figures...
severity = suggestion

[entries]
de cijfers | 1.5
cijfers
de feiten
feiten
uitleggen
uitleg
leggen uit
informeren
informatie | 0.5
voorlichting
aantallen
procent
het aantal
statistiek*
volgens het rivm
volgens de experts
onderzoek toont
blijkt uit
ik begrijp hoe vervelend | 2
ik begrijp dat | 0.5
maar de cijfers | 2
duidelijk maken
helder zijn
laat ik helder zijn | 1.5
laat er geen misverstand | 1.5
geen misverstand
wij willen benadrukken
benadrukken
het is belangrijk dat | 1
het is belangrijk om
zoals bekend
nogmaals
/\b(feit is|het is een feit|feitelijk)\b/
/\b(uit onderzoek|onderzoek laat zien|onderzoeken tonen)\b/
met andere woorden
# Bedragen en voorlichting: informeren met feiten en cijfers.
/\b(miljoen|miljard) euro\b/ | 0.5
bewustwording
wist u dat
