# Rechterkolom: luisteren, duiden en verhalen met detail doorvertellen; wat we meemaken.
id = vertellen
label_nl = Luisteren en vertellen
label_en = Listening and telling
description_nl = Rechterkolom: luisteren, duiden en verhalen met detail doorvertellen; wat we meemaken.
description_en = Right column: listening, interpreting and retelling stories with detail; what we are going through.
severity = info

[entries]
verhaal | 0.5
verhalen
uw verhaal
jouw verhaal
jullie verhalen
hun verhalen
verhalen met detail
vertellen
vertel
vertelt | 0.5
vertelde | 0.5
vertelden
doorvertellen
luisteren
luister ik
luisterde
geluisterd | 1.5
we luisteren
ik luister
uitluisteren
ik sprak
ik heb gesproken
sprak ik
spraken we
in gesprek | 0.5
zegt ze | 0.5
zei ze | 0.5
zegt hij | 0.5
vertelt ze
wat we meemaken
meemaken
ik hoor
ik hoorde
hoorden we
we hoorden
we horen het graag
/\b(eigen|hun|haar|zijn|mijn|persoonlijke?|mooie) (verhaal|verhalen)\b|\bverhaal doen\b/
/\bgesprekken die (ik|we|wij)\b/
/\b(in )?gesprek(ken)? met (de )?(\w*bewoners|inwoners|omwonenden)\b|\bmet (de )?(\w*bewoners|inwoners|omwonenden) in gesprek\b/
/\b(ontmoetingen|op bezoek bij)\b/
/\b(herinneringen?|ik weet nog|ik herinner me|herinner ik me)\b/
/\b(dacht|schreef|kreeg|zag|hoorde|sprak|vroeg|liep|fietste|reed|zat|stond|ontmoette|bezocht|voerde|ervoer|merkte) ik\b/ | 0.75
/\b(heb ik gehoord|hebben we gehoord|vertelden? (mij|me|ons))\b/
/\bik denk (ook )?aan\b|\bik ervaar\b/
