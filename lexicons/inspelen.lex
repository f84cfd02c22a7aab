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
nu al | 0.5
vandaag al
wat kunnen we nu
wat kunnen we nu doen | 2
hoe kunnen we nu | 2
hoe kunnen we samen | 2
samen aan de slag | 1.5
aan de slag | 0.5
bondgenot*
bondgenoot
in actie | 0.5
zelf in actie
opgezet | 0.5
op touw
initiatief | 0.5
initiatieven
samen verder
de schouders eronder
nieuwe energie
niet wachten
zelf georganiseerd
/\b(elkaar helpen|helpen elkaar|bijspringen|sprongen bij|springen bij|hulp (aangeboden|aanbieden|aan te bieden))\b/
/\b(buurt|bewoners|burger)initiatie(f|ven)\b/
