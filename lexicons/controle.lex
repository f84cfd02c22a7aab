# Linkerkolom: de situatie onder controle brengen, erdoorheen moeten, grip en beheersing.
id = controle
label_nl = Controle
label_en = Control
description_nl = Linkerkolom: de situatie onder controle brengen, erdoorheen moeten, grip en beheersing.
description_en = Left column: bringing the situation under control, having to get through it, grip and command.
severity = suggestion

[entries]
onder controle | 2
in control
controle
de controle
grip
grip op
greep op
/\bin de hand (houden|te houden|hebben|gehouden)\b/
beheersen
beheersbaar
beheersing
we moeten hier doorheen | 2
moeten hier doorheen | 2
hier doorheen
erdoorheen
terugdringen
indammen
inperken
bestrijden
bestrijding
verslaan
de strijd tegen
onder de duim
de situatie is onder controle | 2
alles onder controle
de baas blijven
de baas worden
de regie
regie houden
regie nemen
ingrijpen
stevig ingrijpen
dit mag niet uit de hand lopen
uit de hand lopen
