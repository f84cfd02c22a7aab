# Stem: wie doorgeeft wat een ander zei. Werkwoorden en wendingen van
# toeschrijving ("zegt hij", "aldus", "volgens"), het kenmerk van een
# verslag dat anderen aan het woord laat.
id = stem_attributie
label_nl = Toeschrijving
label_en = Attribution
description_nl = Woorden waarmee een tekst uitspraken aan een ander toeschrijft: zegt, aldus, volgens, laat weten, een woordvoerder.
description_en = Words with which a text attributes statements to someone else: says, according to, lets it be known, a spokesperson.
severity = info
negation = ignore

[entries]
zegt
zei
zeiden
aldus
# "Volgens mij" is the writer's own opinion, not someone else's words.
volgens {not-before mij ons}
meldt
meldde
meldden
laat weten
liet weten
lieten weten
laten weten
vertelt
vertelde
vertelden
verklaarde
verklaart
# "Informatie wordt benadrukt of juist verborgen" is no one speaking.
benadrukt {not-before of wordt worden werd werden}
benadrukte
reageert
reageerde
reageerden
# Stellen also sets, puts and offers ("stelt een grens", "beschikbaar
# stelt", "stelde vragen"): it attributes only before who speaks or "dat",
# or opening the clause after a quotation ("…', stelt Vos").
stelt {clause-start}
stelde {clause-start}
/\bstel(t|de|den) (dat|hij|zij|ze|men|het kabinet|het college|de (burgemeester|minister|premier|wethouder|politie|gemeente|woordvoerder|rechter|officier|onderzoeker|rechtbank|krant|partij|fractie))\b/
schrijft
schreef
twitterde
tweette
erkent
erkende
ontkent
ontkende
waarschuwt
waarschuwde
bevestigt
bevestigde
voegde eraan toe
voegt eraan toe
concludeert
concludeerde
beweert
beweerde
vindt de
vond de
noemt het
noemde het
sprak van
spreekt van
een woordvoerder
een woordvoerster
woordvoerder van
woordvoerster van
de woordvoerder
in een verklaring
in een reactie
in een toelichting
naar eigen zeggen
naar verluidt
tegenover de krant
tegenover de nos
tegenover rtl
tegenover omroep
tegenover deze krant
tegenover de redactie
meldt de politie
meldt de gemeente
aldus een
volgens de politie
volgens de gemeente
volgens de burgemeester
volgens de minister
volgens hem
volgens haar
volgens hen
/\b(betoogt|betoogde|constateert|constateerde|meent|meende|hekelt|hekelde|onthult|onthulde|onthulden|pleit|pleitte|verklaarden)\b/
/\bnoem(t|de|den)\b/
/\blicht(te|ten)? (\S+ ){0,4}toe\b/
/\bleg(t|de|den) (\S+ ){0,3}uit\b/
/\b(wees|wijst|wezen) (\S+ ){0,3}erop\b|\bherinner(t|de|den) (\S+ ){0,3}eraan\b/
/\bla(at|ten) (\S+ ){1,5}weten\b|\blie(t|ten) (\S+ ){1,5}weten\b/
/^dat (zegt|zei|zeggen|zeiden|meldt|meldde|schrijft|schreef|stelt|stelde|laat|liet|concludeert|verklaarde|vertelt|vertelde|bevestigt|bevestigde)\b/
/\bzo (zegt|zei|laat|liet|schrijft|schreef|meldt|meldde|stelt|stelde|vertelt|vertelde)\b/
/\bin een (interview|videoboodschap|tweet|eerste reactie|persbericht)\b|\btegen (de|deze) krant\b/
/\b(desgevraagd|op vragen van|bij navraag)\b/
*woordvoer*
