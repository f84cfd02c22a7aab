# Procedure: het verloop van een zaak zoals politie en justitie het melden.
# Aanhouden, verdachten, aangifte en boetes zonder oordeel over een groep:
# een politiebericht met aantallen aanhoudingen zet geen wij tegenover zij
# (LABELLING.md). Wat de procedure voor schema, kolom en stem betekent, leert
# het model.
id = procedure
label_nl = Verloop van een zaak
label_en = Course of a case
description_nl = Het verloop van een zaak: aangehouden, verdachte, aangifte, proces-verbaal, boete, voorgeleid.
description_en = The course of a case: arrested, suspect, report to the police, official report, fine, brought before a judge.
severity = info
negation = ignore

[entries]
aangehouden
aanhouding*
arrestatie*
gearresteerd
opgepakt
opgespoord
opsporen
opsporing*
voorgeleid
verdachte
verdachten
verdachte*
proces-verbaal
processen-verbaal
dagvaarding*
strafbeschikking*
bekeuring*
geldboete*
boete | 0.5
boetes | 0.5
aangifte
aangifte gedaan
rechercheonderzoek
recherche
politiebureau
cellencomplex
in verzekering gesteld
inverzekeringstelling
op heterdaad
heterdaad
getuigen
getuige
getuigenoproep
tips
melding
meldingen
ter plaatse
officier van justitie
openbaar ministerie
het om
rechter-commissaris
in voorlopige hechtenis
voorlopige hechtenis
/\bjarige (man|vrouw|verdachte|jongen|jongeman)\b/
