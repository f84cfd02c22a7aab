# Het thema corona en de maatregelen: lockdown, avondklok, mondkapjes, vaccinatie, coronatoegangsbewijs.
id = thema_corona
label_nl = Thema: coronamaatregelen
label_en = Theme: corona measures
description_nl = Het thema corona en de maatregelen: lockdown, avondklok, mondkapjes, vaccinatie, coronatoegangsbewijs.
description_en = The theme of corona and its measures: lockdown, curfew, face masks, vaccination, corona pass.
severity = info
negation = ignore

[entries]
corona*
*corona*
covid*
lockdown*
avondklok*
mondkap*
vaccin*
gevaccineerd*
ongevaccineerd*
antivax*
prik | 0.5
de prik
booster*
qr-code* | 0.5
coronatoegangsbewijs
ggd*
anderhalve meter
pandemie*
besmetting* | 0.5
quarantaine
thuisquarantaine
deze prik
verpleeghuis | 0.5
maatregelen | 0.5
sportschool | 0.5
teststraat
