# Linkerkolom: het perspectief is wachten tot het voorbij is; straks, hopelijk, zodra.
# Niet 'binnenkort' of een losse 'zodra': een dienstmededeling zegt zo wanneer
# het werk begint of klaar is, en dat is geen afwachten.
id = afwachten
label_nl = Afwachten
label_en = Waiting
description_nl = Linkerkolom: het perspectief is wachten tot het voorbij is; straks, hopelijk, zodra.
description_en = Left column: the outlook is waiting until it is over; soon, hopefully, as soon as.
severity = suggestion

[entries]
straks | 0.75
hopelijk | 0.5
afwachten
wachten tot
wachten op
tot het voorbij is
als het voorbij is
als dit voorbij is
na de crisis
tegen die tijd
dan kunnen we weer
weer terug naar normaal
terug naar normaal
het oude normaal
perspectief bieden
perspectief geven
het perspectief
vooruitzicht
er komt een einde
het einde is in zicht
licht aan het einde van de tunnel
nog even volhouden
nog een paar weken
op termijn
te zijner tijd
we komen in control
weer in control
/\bnog even (doorzetten|geduld)\b/
/\b(zodra|als|wanneer) het weer kan\b/
