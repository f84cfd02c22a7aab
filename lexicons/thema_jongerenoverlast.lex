# Het thema jongerengroepen en overlast: hangjongeren, scooters, het plein, het winkelcentrum, jongerenwerk.
id = thema_jongerenoverlast
label_nl = Thema: jongerengroepen en overlast
label_en = Theme: youth groups and nuisance
description_nl = Het thema jongerengroepen en overlast: hangjongeren, scooters, het plein, het winkelcentrum, jongerenwerk.
description_en = The theme of youth groups and nuisance: loitering youths, scooters, the square, the shopping centre, youth work.
severity = info
negation = ignore

[entries]
hangjongere*
hangplek*
jongeren | 0.75
jongerengroep*
jongerenwerk*
groep jongeren
de jongens | 0.5
scooter*
overlast | 0.5
jeugdoverlast
jongerenraad
winkelcentrum | 0.3
bij het station | 0.3
weggestuurd | 0.5
weggejaagd | 0.5

de jongeren die | 0.5
