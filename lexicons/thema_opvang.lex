# Het thema opvang van asielzoekers en huisvesting van statushouders: azc, noodopvang, spreidingswet.
id = thema_opvang
label_nl = Thema: opvang van vluchtelingen en statushouders
label_en = Theme: refugee reception and status holders
description_nl = Het thema opvang van asielzoekers en huisvesting van statushouders: azc, noodopvang, spreidingswet.
description_en = The theme of asylum reception and housing of status holders: reception centres, emergency shelter, the distribution act.
severity = info
negation = ignore

[entries]
azc*
asielzoeker*
asielzoekerscentrum*
asiel*
vluchteling*
statushouder*
opvanglocatie*
opvang | 0.5
noodopvang
spreidingswet
nieuwkomers | 0.5
gelukszoeker*
de opvang
