# Stem: de vormen van een toespraak: de aanspreking van het publiek.
id = stem_toespraak
label_nl = Toespraak
label_en = Speech
description_nl = De aanspreking van een publiek in een toespraak: dames en heren, beste inwoners, lieve mensen.
description_en = Addressing an audience in a speech: ladies and gentlemen, dear residents, dear people.
severity = info
negation = ignore

[entries]
dames en heren
geachte aanwezigen
beste aanwezigen
beste inwoners
lieve inwoners
beste mensen
lieve mensen
beste dorpsgenoten
beste stadsgenoten
beste vrienden
beste leden
beste collega's
vanavond sta ik
vandaag sta ik
ik sta hier
wij staan hier
we staan hier
hier vandaag
dank u wel
dank jullie wel
/^voorzitter\W*$/
/\b(geachte|meneer de|mevrouw de) voorzitter\b|\bleden van de (raad|staten|kamer)\b|\bgeachte leden\b/
/\bgewaardeerde (collega's|aanwezigen|gasten)\b|\b(geachte|beste) genodigden\b|\blieve familie\b/
/\bsta ik hier\b|\bhet is mij een (eer|genoegen)\b|\bmet groot genoegen\b|\bmaidenspeech\b/
/\bdank (u|jullie) (wel )?voor (uw|jullie) aandacht\b|\bdank voor uw aandacht\b/
# Wie over zijn eigen toespraak spreekt, houdt hem: "in mijn nieuwjaarstoespraak".
/\b(mijn|onze) (nieuwjaars|kerst|jaar)?(toespraak|rede|speech)\b/
