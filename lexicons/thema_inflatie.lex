# Het thema inflatie en de hoge energieprijzen: energierekening, prijsplafond, energietoeslag, boodschappen.
id = thema_inflatie
label_nl = Thema: inflatie en energieprijzen
label_en = Theme: inflation and energy prices
description_nl = Het thema inflatie en de hoge energieprijzen: energierekening, prijsplafond, energietoeslag, boodschappen.
description_en = The theme of inflation and high energy prices: energy bill, price cap, energy allowance, groceries.
severity = info
negation = ignore

[entries]
inflatie
energieprij*
energierekening*
gasrekening*
energietoeslag
prijsplafond
energiearmoede
boodschappen | 0.5
onbetaalbaar | 0.5
alles wordt duurder
duurder | 0.5
hoge prijzen
de prijzen
gas is afgesloten
# Afgesloten van gas of stroom; een afgesloten weg is geen inflatie. Als
# woordgroepen, niet als patroon met tussenwoorden: zo'n patroon maakt elke
# zin van een groot archief trager.
gas afgesloten
gas werd afgesloten
gas wordt afgesloten
stroom afgesloten
stroom is afgesloten
stroom werd afgesloten
stroom wordt afgesloten
energie afgesloten
energie is afgesloten
energie werd afgesloten
energie wordt afgesloten
afgesloten van het gas
afgesloten van gas
afgesloten van de stroom
afgesloten van stroom
afgesloten van gas en licht
afgesloten van de energie
koopkracht
schuldhulp* | 0.5
duurder wordt
duurder worden
