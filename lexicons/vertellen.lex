# Rechterkolom: luisteren, duiden en verhalen met detail doorvertellen; wat we meemaken.
id = vertellen
label_nl = Luisteren en vertellen
label_en = Listening and telling
description_nl = Rechterkolom: luisteren, duiden en verhalen met detail doorvertellen; wat we meemaken.
description_en = Right column: listening, interpreting and retelling stories with detail; what we are going through.
severity = info

[entries]
verhaal
verhalen
uw verhaal
jouw verhaal
jullie verhalen
hun verhalen
verhalen met detail
vertellen
vertel
vertelt
vertelde
vertelden
doorvertellen
luisteren | 1.5
luister
luisterde
geluisterd | 1.5
we luisteren
ik luister
uitluisteren
ik sprak
ik heb gesproken
sprak ik
spraken we
in gesprek
zegt ze
zei ze
zegt hij
vertelt ze
wat we meemaken
meemaken
ik hoor | 1.5
ik hoorde
hoorden we
we hoorden
we horen het graag
