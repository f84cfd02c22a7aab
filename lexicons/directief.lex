# Directieve taal: gebiedende wijs, moeten en verplichten, verbieden en
# instrueren. Kenmerkend voor de linkerkolom (bruggenbouwer: uitleggen,
# instrueren, handhaven). Nodig, maar niet de enige toon.
id = directief
label_nl = Directief
label_en = Directive
description_nl = Gebiedende wijs, moeten, verplichtingen, verboden en instructies: de toon van instrueren en handhaven.
description_en = Imperatives, obligation, requirements, prohibitions and instructions: the tone of instructing and enforcing.
severity = suggestion

[entries]
# Moeten en dienen
# Moeten draagt een opdracht waar de lezer, iedereen of een wij het
# onderwerp is ("u moet", "iedereen moet", en hieronder "moeten we"); "wie
# naar het stadhuis gaat, moet eerst langs de beveiliging" en "als je moet
# investeren" beschrijven.
/\b(u|jij|jullie|iedereen|men) (\S+ )?(moet|moeten)\b/
/\b(moet|moeten) (u|jij|jullie|iedereen)\b/
# "Wie meedoet aan rellen, moet weten ...": een regel voor iedereen.
/^wie( \S+){1,8} (moet|moeten)\b/
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
uiterlijk {not-after het zijn haar hun uw mijn een qua}
voorschrift*
# Gebiedende wijs aan het begin van een zin of deelzin
^houd
^hou
^houdt u
^blijf
^ga
^kom
^zorg
^vermijd
^draag
^meld
^bel
^neem
^let op
^controleer
^doe
^geef
^gebruik
^stop
^vul
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
houd afstand
hou afstand
# Meer gebiedende wijs aan het begin van een zin of deelzin
^maak
^vraag
^zoek
^kies
^ga naar
^ga niet
^kom niet
^blijf thuis
^blijf binnen
^blijf weg
^houd rekening
^hou rekening
^houd de
^houd uw
^houd je
^draag een
^was je
^was uw
^trek
^plaats
^leg
^haal
^stuur
^schrijf
^teken
^betaal
^verleng
^vraag aan
^meld je
^meld u
^meld het
^bel 112
^neem contact op
^raadpleeg
^check
^installeer
^download
^vermijd drukte
^beperk je
^beperk uw
^blijf op de hoogte
^zorg voor
^zorg dat
^zorg ervoor
^stop met
^geef door
^let goed op
^strooi
^drink
^doe mee
^neem mee
^kom op
^sluit je aan
^sluit aan
^deel dit
^deel
^word lid
^steun
^doneer
# Moeten, hoeven, mogen: plicht en verbod
moet u
moet je
moeten wij
moeten we
u moet
je moet
jullie moeten
hoeft niet
hoeven niet
is verplicht
zijn verplicht
verplichte
verplichting
verplichtingen
plicht
aanlijnplicht
meldplicht
mondkapjesplicht
verbieden
verbiedt
verbood
niet toestaan
is verboden
zijn verboden
strikt verboden
streng verboden
niet meer mogelijk
is niet mogelijk
op straffe van
richtlijn*
instructie*
aanwijzing* {not-after zijn waren er geen duidelijke sterke}
volg de aanwijzingen
de aanwijzingen
wij vragen u
we vragen u
vragen wij u
wij roepen
we roepen
roepen wij
roep ik
ik roep
roept op
oproep
dringend
nadrukkelijk
onder geen beding
in geen geval
onmiddellijk
zo snel mogelijk
op tijd
/\b(we|wij) moeten\b/
/\ber moet(en)?\b/
/\bmoet(en)? (stoppen|ophouden|anders|beter|omlaag|omhoog|weg|echt|nu|dan ook|gebeuren|kunnen|worden)\b/
/\b(zou|zouden|had|hadden)( \S+){0,6} moeten\b/
/^laat (u|je|uw|jullie|het|dit|ze|hen|niemand)\b/
/^volg (de regels|het advies|de adviezen|altijd)\b/
was je handen
was uw handen
was handen
# Een dringend verzoek van de afzender is een instructie.
/\b(verzoekt|verzoeken) (\S+ ){0,4}(dringend|met klem)\b|\b(dringend|met klem) (verzoekt|verzoeken|verzocht)\b/
