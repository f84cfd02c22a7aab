# Taal van de duwer: absoluut en zonder tussenweg, alle, niemand, altijd, nooit, je bent voor of tegen (seed 000, Brandsma). Sterk als het zich op een groep richt.
id = duwer
label_nl = Duwerstaal
label_en = Pusher language
description_nl = Taal van de duwer: absoluut en zonder tussenweg, alle, niemand, altijd, nooit, je bent voor of tegen (seed 000, Brandsma). Sterk als het zich op een groep richt.
description_en = Pusher language: absolute and without a middle way, all, nobody, always, never, you are for or against (seed 000, Brandsma). Strong when aimed at a group.
severity = suggestion
negation = ignore

[entries]
je bent voor of tegen
voor of tegen
wie niet voor ons is
is tegen ons
er is geen middenweg
geen middenweg
zonder uitzondering
stuk voor stuk
zijn allemaal hetzelfde
allemaal hetzelfde
zijn allemaal {with zij zij_elite zij_systeem zij_relschoppers zij_populisten polen} | 0.75
allemaal {with zij zij_elite zij_systeem zij_relschoppers zij_populisten polen} | 0.5
alle {with zij_elite zij_systeem zij_relschoppers zij_populisten polen} | 0.3
niemand van hen
nooit te vertrouwen
altijd hetzelfde {with zij zij_elite zij_systeem zij_relschoppers zij_populisten polen} | 0.5
kies partij
kies kant
wij of zij
jullie of wij
het is zij of wij
nooit {with zij zij_elite zij_systeem zij_relschoppers zij_populisten polen} | 0.3
altijd {with zij zij_elite zij_systeem zij_relschoppers zij_populisten polen} | 0.3
of tegen ons
aan welke kant sta je
vriend of vijand
pot nat
over één kam
zo zijn ze
