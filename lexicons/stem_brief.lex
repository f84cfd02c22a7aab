# Stem: de vormen van een brief of bericht: aanhef en groet.
id = stem_brief
label_nl = Briefvorm
label_en = Letter form
description_nl = Aanhef en groet van een brief, mail of bericht: geachte, beste, met vriendelijke groet.
description_en = Salutation and closing of a letter, e-mail or message: dear, kind regards.
severity = info
negation = ignore

[entries]
geachte
geacht college
geachte raad
geachte heer
geachte mevrouw
beste {not-after de het}
met vriendelijke groet
vriendelijke groet
met vriendelijke groeten
groeten
hoogachtend
namens
ondergetekende
ondergetekenden
in uw brief
uw brief
mijn brief
deze brief
open brief
^hierbij
/\buw (reactie|antwoord|antwoorden|schrijven|mail|email)\b|\bonze brief\b|\bin antwoord op\b/
/\b(wij verzoeken|ik verzoek|verzoeken wij|verzoek ik)\b|\bmet klem\b|\bin afwachting van uw\b/
/\b(met )?hartelijke groet(en)?\b|\bgroetjes\b/
