# De daders in het schema orde tegenover relschoppers: relschoppers, tuig, plunderaars, raddraaiers.
id = zij_relschoppers
label_nl = Zij: relschoppers
label_en = Them: rioters
description_nl = De daders in het schema orde tegenover relschoppers: relschoppers, tuig, plunderaars, raddraaiers.
description_en = The offenders in the order-versus-rioters scheme: rioters, thugs, looters, troublemakers.
severity = info

[entries]
relschopper*
rellende jongeren
rellende
rellers
relmaker*
raddraaier*
oproerkraaier*
herrieschopper*
onruststoker*
amokmaker*
plunderaar*
plunderaars
hooligan*
tuig
straattuig
dit tuig
dat tuig
criminelen
crimineel
daders
de daders
geweldplegers
brandstichter*
vandalen
horde
een kleine groep
jongeren | 0.3
wij op straat | 2
wij-op-straat | 2
de straat
