# Directieve taal: gebiedende wijs, moeten en verplichten, verbieden en
# instrueren. Kenmerkend voor de linkerkolom (bruggenbouwer: uitleggen,
# instrueren, handhaven). Nodig, maar niet de enige toon.
id = directief
label_nl = Directief
label_en = Directive
description_nl = Gebiedende wijs, moeten, verplichtingen, verboden en instructies: de toon van instrueren en handhaven.
description_en = Imperatives, obligation, requirements, prohibitions and instructions: the tone of instructing and enforcing.
severity = info
column = bruggenbouwer

[entries]
# Moeten en dienen
moet
moeten
moest
moesten
gemoeten
/\bdien(t|en|de|den)\b( \S+){0,4} te\b/
behoort te
behoren te
# Verplichten en verbieden
verplicht*
verbod*
verboden
niet toegestaan | 1.5
niet toegelaten
niet langer toegestaan
mag niet
mogen niet
mag geen
mogen geen
is niet de bedoeling
gelieve
u wordt verzocht
wij verzoeken u
we verzoeken u
met klem
dringend verzocht
dringend advies
uiterlijk
voorschrift*
regels naleven
naleving
naleven
houd je aan
houdt u aan
hou je aan
zich houden aan
aan de regels houden
# Gebiedende wijs aan het begin van een zin of deelzin
^houd
^hou
^houdt u
^blijf
^was
^ga
^kom
^zorg
^vermijd
^draag
^meld
^bel
^neem
^volg
^let op
^controleer
^laat
^doe
^geef
^gebruik
^stop
^vul
^lees
^registreer
^respecteer
^voorkom
^beperk
^schud
^test
^ventileer
^wees
^vergeet niet
^zet
^pak
^sluit
^bewaar
^parkeer
^verlaat
^toon
^breng
^volg de instructies
houd vol
houd afstand
hou afstand
