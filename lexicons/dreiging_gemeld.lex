# Gemelde dreiging: een tekst die vertelt dat een bestuurder, ambtenaar of
# volksvertegenwoordiger bedreigd of geïntimideerd is. Zo'n verslag is volgens
# LABELLING.md intimidatie (met de stem verslag); de dreiging zelf staat in
# dreiging. Alleen met een functionaris in dezelfde zin: "een bedreiging voor
# de natuur" is geen intimidatie.
id = dreiging_gemeld
label_nl = Gemelde dreiging
label_en = Reported threat
description_nl = Verteld wordt dat een bestuurder, ambtenaar of volksvertegenwoordiger is bedreigd of geïntimideerd: bedreigingen, dreigbrief, bij het huis van.
description_en = The text tells that an official or elected representative was threatened or intimidated: threats, threatening letter, at the house of.
severity = info
negation = ignore

[entries]
bedreigd {with as_overheid}
bedreigde {with as_overheid}
bedreigen {with as_overheid}
bedreiging {with as_overheid}
bedreigingen {with as_overheid}
doodsbedreiging*
dreigbrie*
dreigmail*
dreigement* {with as_overheid}
bedreigende {with as_overheid}
geïntimideerd {with as_overheid}
intimidatie {with as_overheid}
intimiderende {with as_overheid}
intimideren {with as_overheid}
voor zijn huis {with as_overheid}
voor zijn woning {with as_overheid}
voor zijn deur {with as_overheid}
voor haar huis {with as_overheid}
voor haar woning {with as_overheid}
voor haar deur {with as_overheid}
bij zijn huis {with as_overheid}
bij zijn woning {with as_overheid}
bij zijn deur {with as_overheid}
bij haar huis {with as_overheid}
bij haar woning {with as_overheid}
bij haar deur {with as_overheid}
voor het huis van {with as_overheid}
bij het huis van {with as_overheid}
voor de deur van {with as_overheid}
ondergedoken {with as_overheid}
beveiligd {with as_overheid} | 0.5
bedreigde politici
bedreigde bestuurders
weerbaar bestuur
