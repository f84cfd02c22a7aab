# Rechterkolom: empathisch, prestaties erkennen, danken; ondanks A lukt je B; we zijn met velen.
id = empathisch
label_nl = Empathie en erkenning
label_en = Empathy and acknowledgement
description_nl = Rechterkolom: empathisch, prestaties erkennen, danken; ondanks A lukt je B; we zijn met velen.
description_en = Right column: empathic, acknowledging achievements, thanking; despite A you manage B; we are many.
severity = info

[entries]
dank {not-after met}
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
/\bondanks\b.*\b(lukt|lukte|lukten|gelukt|slaagt|slaagde|slaagden|geslaagd)\b/ | 1.5
het lukt
lukt het
lukt je
lukt u
we zijn met velen | 2
met velen | 1.5
we zijn met veel
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
van harte bedankt
ondanks alles
/\b(leef|leeft|leefde|leefden) (\w+ ){0,3}mee\b|\bleven (met|erg|heel|intens) (\w+ ){0,2}mee\b/
/\b(gedachten gaan uit|gedachten zijn bij|in gedachten bij|medeleven gaat uit|condoleance\w*|deelneming)\b/
/\b(veel sterkte|sterkte toe|sterkte gewenst|beterschap)\b/
/\b(ik|we|wij) (realiseer|realiseren|besef|beseffen) (me|mij|ons)\b|\b(realiseer|besef) ik (me|mij)\b/
/\b(raakt|raakte) (mij|me|ons)\b|\b(doet|deed) pijn\b/
verdrietig | 0.75
begrijpelijk | 0.75
/\bbegrijpen (we|wij)\b|\bvolkomen logisch\b/
/\b(kanjers?|petje af|chapeau|pluim|hartverwarmend|bewonderenswaardig|onmisbaar|onschatbare waarde)\b/
in het zonnetje
/\bvoor (hun|jullie|uw|je|jouw) inzet\b|\b(belangeloze|enorme|geweldige|tomeloze|onvermoeibare) inzet\b/
/\b(gefeliciteerd|feliciteer\w*|mijn felicitaties|hartelijk (dank|bedankt))\b/
/\b(mooi|fijn|prachtig) om te zien\b/
