# De daders in het schema orde tegenover relschoppers: relschoppers, tuig, plunderaars, raddraaiers.
id = zij_relschoppers
label_nl = Zij: relschoppers
label_en = Them: rioters
description_nl = De daders in het schema orde tegenover relschoppers: relschoppers, tuig, plunderaars, raddraaiers.
description_en = The offenders in the order-versus-rioters scheme: rioters, thugs, looters, troublemakers.
severity = suggestion

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
crimineel | 0.3
daders | 0.4
de daders | 0.4
geweldplegers
brandstichter*
vandalen
horde
een kleine groep {with handhaving wij_orde} | 0.5
jongeren {with handhaving moraliserend} | 0.3
wij op straat | 2
wij-op-straat | 2
# "De straat wordt afgesloten" is een weg; de straat als groep staat naast
# handhaving, een pool of morele taal.
de straat {not-after op in naar van uit} {with handhaving polen moraliserend zij_relschoppers} | 0.3
relschoppende
rellende jeugd
brokkenmaker*
ordeverstoorder*
*gooiers
belager*
onverlaten
hufters
straatterr*
criminele jongeren
bivakmuts* | 0.5
opgeschoten jongeren | 0.5
die gasten {with handhaving} | 0.5
