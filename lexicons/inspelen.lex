# Rechterkolom: nu al iets doen; veerkracht vergroten, bondgenoten zoeken, samen aan de slag.
id = inspelen
label_nl = Inspelen
label_en = Acting now
description_nl = Rechterkolom: nu al iets doen; veerkracht vergroten, bondgenoten zoeken, samen aan de slag.
description_en = Right column: acting now; building resilience, finding allies, getting to work together.
severity = info

[entries]
veerkracht*
veerkrachtspecialist*
veerkracht vergroten | 2
nu al
vandaag al
wat kunnen we nu
wat kunnen we nu doen | 2
hoe kunnen we nu | 2
hoe kunnen we samen | 2
samen aan de slag | 1.5
aan de slag
bondgenot*
bondgenoot
in actie
zelf in actie
begonnen
begon
begonnen een
organiseren
organiseert
opgezet
op touw
initiatief
initiatieven
samen verder
vooruit
de schouders eronder
nieuwe energie
niet wachten
