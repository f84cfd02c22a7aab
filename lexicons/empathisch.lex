# Rechterkolom: empathisch, prestaties erkennen, danken; ondanks A lukt je B; we zijn met velen.
id = empathisch
label_nl = Empathie en erkenning
label_en = Empathy and acknowledgement
description_nl = Rechterkolom: empathisch, prestaties erkennen, danken; ondanks A lukt je B; we zijn met velen.
description_en = Right column: empathic, acknowledging achievements, thanking; despite A you manage B; we are many.
severity = info

[entries]
dank
dank u
dank je
dank je wel
dank jullie
dank jullie wel
dankjewel
dankuwel
bedankt
bedank*
dankbaar*
dankbaarheid
waardering
waarderen
waardeer*
erkenning
erkennen
erken
erkent
herkenbaar
bewondering
respect voor
trots op
trots
ondanks | 1.5
het lukt
lukt het
lukt je
lukt u
we zijn met velen | 2
met velen | 1.5
met veel
knap
moedig
een compliment
complimenten
ik zie hoe
ik zie u
ik zie jullie
ik weet hoe
ik weet dat het
zorg voor elkaar | 0.5
meeleven
medeleven
verdient waardering
van harte
