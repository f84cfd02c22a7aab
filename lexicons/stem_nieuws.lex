# Stem: het register van het nieuwsbericht. Tijd, plaats en gebeurtenis in
# de derde persoon, bronnen en persbureaus.
id = stem_nieuws
label_nl = Nieuwsregister
label_en = News register
description_nl = Het register van een nieuwsbericht: wat er gisteravond gebeurde, wie er gewond raakte, bronnen, persbureaus en redacties.
description_en = The register of a news report: what happened last night, who was injured, sources, press agencies and newsrooms.
severity = info
negation = ignore

[entries]
# "gisteren" zelf en zijn dagdelen in de lange vorm, alleen vooraan in de
# zin of bijzin, zoals een nieuwsbericht opent ("Gisteren opende ..."). Een
# eigen reactie noemt gisteren in het voorbijgaan ("de relschoppers die
# gisteren ...") en is daarmee geen verslag. "gisteravond" en de andere
# korte vormen staan hieronder.
gisteren {clause-start}
eergisteren {clause-start}
gisterenavond {clause-start}
gisterenmiddag {clause-start}
gisterenochtend {clause-start}
gisteravond
gistermiddag
gisterochtend
vannacht
afgelopen nacht
afgelopen weekend
maandagavond
dinsdagavond
woensdagavond
donderdagavond
vrijdagavond
zaterdagavond
zondagavond
maandagmiddag
dinsdagmiddag
woensdagmiddag
donderdagmiddag
vrijdagmiddag
zaterdagmiddag
zondagmiddag
rond het middaguur
ter plaatse
raakte gewond
raakten gewond
raakte zwaargewond
kwam om het leven
kwamen om het leven
werd aangehouden
werden aangehouden
is aangehouden
zijn aangehouden
werd opgepakt
werden opgepakt
anp
persbureau
de redactie
bronnen
ingewijden
ooggetuigen
een ooggetuige
omstanders
de verdachte
een verdachte
de verdachten
het incident
de rechtbank
de rechter oordeelde
de officier van justitie
eiste
eisten
in hoger beroep
kamerleden
een kamerlid
het kamerlid
in de gemeenteraad
tijdens de vergadering
*voorman
*-leider
actievoerder*
/\bbetog(ers|ing|ingen)\b/
/\b(maan|dins|woens|donder|vrij|zater|zon)dag(ochtend|morgen|nacht)\b/
/\b(eerder|later) op de (avond|dag|middag|ochtend)\b|\bin de loop van de (ochtend|middag|avond|nacht|dag)\b|\b(rond|kort na) middernacht\b/
/\b(staat|staan|stond|stonden) terecht\b|\b(politierechter|snelrechter|kantonrechter|rechter.commissaris)\b/
/\b(voorarrest|voorlopige hechtenis)\b|\b(tijdens|op) de zitting\b|\bthemazitting\b/
/\badvoca(at|ten)\b|\b(wordt|worden|werd|werden) verdacht\b|\bverdacht van\b|\bveroordeeld tot\b|\bvrijgesproken\b/
# De kloktijd van een gebeurtenis ("om 20.00 uur", "rond 17.30 uur").
/\b(om|rond|omstreeks|even na|kort na|kort voor) \d{1,2}[.:]\d{2} uur\b/
# Een gebeurtenis op een weekdag die voorbij is ("afgelopen zondag", "werden
# dinsdag"); een mededeling noemt de komende weekdag ("op maandag gesloten").
/\b(afgelopen|vorige week|vorige) (maan|dins|woens|donder|vrij|zater|zon)dag\b/
/\b(heeft|hebben|had|hadden|werd|werden|was|waren) (maan|dins|woens|donder|vrij|zater|zon)dag\b|\b(maan|dins|woens|donder|vrij|zater|zon)dag (werd|werden|was|waren|had|hadden)\b/
# De plaatsregel waarmee een nieuwsbericht opent: "WESTERVOORT - ", "DEN HAAG
# (ANP) - ". Alleen een krant of persbureau schrijft zo; op echte dev stond
# hij in 6 verslagen en 1 persbericht (een gemeente die een bericht overnam).
/^\S+/ {dateline} | 3
