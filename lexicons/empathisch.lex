# Rechterkolom: empathisch, prestaties erkennen, danken; ondanks A lukt je B; we zijn met velen.
id = empathisch
label_nl = Empathie en erkenning
label_en = Empathy and acknowledgement
description_nl = Rechterkolom: empathisch, prestaties erkennen, danken; ondanks A lukt je B; we zijn met velen.
description_en = Right column: empathic, acknowledging achievements, thanking; despite A you manage B; we are many.
severity = info

[entries]
dank {not-after met}
dank u
dank je
dank je wel
dank jullie
dank jullie wel
dankjewel
dankuwel
bedankt
bedank*
dankbaar*
dankbaarheid
waardering
waarderen
waardeer*
erkenning
erkennen
erken
erkent
herkenbaar
bewondering
respect voor
trots op
trots
/\bondanks\b.*\b(lukt|lukte|lukten|gelukt|slaagt|slaagde|slaagden|geslaagd)\b/ | 1.5
het lukt
lukt het
lukt je
lukt u
we zijn met velen | 2
met velen | 1.5
we zijn met veel
knap
moedig
een compliment
complimenten
ik zie hoe
ik zie u
ik zie jullie
ik weet hoe
ik weet dat het
zorg voor elkaar | 0.5
meeleven
medeleven
verdient waardering
van harte bedankt
ondanks alles
/\b(leef|leeft|leefde|leefden) (\w+ ){0,3}mee\b|\bleven (met|erg|heel|intens) (\w+ ){0,2}mee\b/
/\b(gedachten gaan uit|gedachten zijn bij|in gedachten bij|medeleven gaat uit|condoleance\w*|deelneming)\b/
/\b(veel sterkte|sterkte toe|sterkte gewenst|beterschap)\b/
/\b(ik|we|wij) (realiseer|realiseren|besef|beseffen) (me|mij|ons)\b|\b(realiseer|besef) ik (me|mij)\b/
/\b(raakt|raakte) (mij|me|ons)\b|\b(doet|deed) pijn\b/
verdrietig | 0.75
begrijpelijk | 0.75
/\bbegrijpen (we|wij)\b|\bvolkomen logisch\b/
/\b(kanjers?|petje af|chapeau|pluim|hartverwarmend|bewonderenswaardig|onmisbaar|onschatbare waarde)\b/
in het zonnetje
/\bvoor (hun|jullie|uw|je|jouw) inzet\b|\b(belangeloze|enorme|geweldige|tomeloze|onvermoeibare) inzet\b/
/\b(gefeliciteerd|feliciteer\w*|mijn felicitaties|hartelijk (dank|bedankt))\b/
/\b(mooi|fijn|prachtig) om te zien\b/
/\bcomplimenteer\w*\b|\bcompliment voor\b|\b(groot|dikke?|welgemeend|oprecht) compliment\b/
/\b(bewonder|bewondert|bewonderen|bewonderde)\b/
erkentelijk*
begrip voor {not-after geen weinig}
/\b(ik kan|wij kunnen|we kunnen|kan ik|kunnen wij|kunnen we) (me|mij|ons) (goed |heel goed |best |levendig |echt )?voorstellen\b/
niet niks
/\b(geweldig|fantastisch|prachtig|knap|goed|mooi|uitstekend|indrukwekkend) (werk|gedaan)\b|\bhoed af\b/
/\b(enorme|geweldige|mooie|knappe|indrukwekkende|ongelooflijke|prachtige) prestatie(s)?\b/ | 1.5
/\b(uw|jullie|je|hun|die|deze|de) (zorgen|vragen|boosheid|woede|frustratie|onvrede|angst|teleurstelling|emoties|gevoelens) (is|zijn) (\S+ )?(terecht|begrijpelijk|logisch|invoelbaar|legitiem)\b/ | 1.5
/\b(ik|wij|we) (deel|delen) (uw|jullie|je|de|die|hun) (zorgen|verdriet|boosheid|frustratie|pijn|teleurstelling)\b/ | 1.5
/\bhet spijt (me|mij|ons)\b|\b(mijn|onze|welgemeende|oprechte) excuses\b|\b(biedt|bied|bieden|bood|boden) (\S+ ){0,3}excuses aan\b/
/\b(diep geraakt|ontroerd|ontroerend|ontroering)\b/
/\b(troost|troosten|troostend|troostende|getroost|troostte)\b/
/\b(sta|staat|staan|stond|stonden) er niet alleen voor\b/ | 1.5
/\bverdien(t|en) (\S+ )?(respect|lof|een pluim|een compliment|applaus|erkenning|een standbeeld)\b|\b(alle|vol|veel) lof\b|\blof voor\b/
/\b(stille|echte|alledaagse|ware) (helden|krachten)\b|\bzorghelden\b/
/\b(ik|we|wij) (zie|zien) wat (u|jullie|je|jij) (allemaal )?(doe|doet|doen|meemaakt|meemaken|doormaakt|doormaken)\b/ | 1.5
/\bwat (u|jullie|je|jij|zij|ze|velen|mensen|ouders|inwoners) (\S+ )?(doormaakt|doormaken|te verduren (hebben|heeft|krijgen|krijgt))\b/
/\b(we|wij) denken (\S+ )?aan (iedereen|u|jullie|hen|de nabestaanden|de slachtoffers|de familie|de families)\b/
