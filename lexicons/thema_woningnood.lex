# Het thema woningnood en wonen: huurwoningen, wachtlijsten, urgentie, betaalbare huur, woningbouw.
id = thema_woningnood
label_nl = Thema: woningnood
label_en = Theme: housing shortage
description_nl = Het thema woningnood en wonen: huurwoningen, wachtlijsten, urgentie, betaalbare huur, woningbouw.
description_en = The theme of the housing shortage: rental homes, waiting lists, urgency, affordable rent, house building.
severity = info
negation = ignore

[entries]
woningnood
woningtekort
wooncrisis
huurwoning*
sociale huur*
woningcorporatie*
corporatie | 0.5
wachtlijst* | 0.5
ingeschreven voor een
urgentie* | 0.5
woningbouw*
betaalbare woning*
betaalbare huur
huurverhoging*
huur | 0.3
een huis | 0.3
geen huis
woningzoekende*
starterswoning*
een woning | 0.5
woningen | 0.5
geen enkel huis | 0.5
woonsituatie | 0.75
meer woningen
huurprijzen | 0.75
op een woning
