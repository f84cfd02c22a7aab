# Het thema gaswinning in Groningen: aardbevingen, schade, versterking, mijnbouwschade.
id = thema_gaswinning
label_nl = Thema: gaswinning in Groningen
label_en = Theme: Groningen gas extraction
description_nl = Het thema gaswinning in Groningen: aardbevingen, schade, versterking, mijnbouwschade.
description_en = The theme of gas extraction in Groningen: earthquakes, damage, strengthening of homes, mining damage.
severity = info
negation = ignore

[entries]
gaswinning
groningen
groningers
aardbeving*
beving*
mijnbouwschade
schademelding* | 0.5
schadebeoordeling*
versterking | 0.5
versterkt | 0.5
scheur* | 0.5
loppersum
nam
versterking van onze huizen
/huis .*versterkt/
