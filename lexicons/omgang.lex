# Rechterkolom: leren leven met de situatie, het aankunnen, een beproeving die we samen dragen.
id = omgang
label_nl = Omgang
label_en = Living with it
description_nl = Rechterkolom: leren leven met de situatie, het aankunnen, een beproeving die we samen dragen.
description_en = Right column: learning to live with the situation, coping, a trial we carry together.
severity = info

[entries]
omgaan met
omgang met
leren leven met
leven met
we kunnen dit aan | 2
kunnen dit aan
dit aankunnen
aankunnen
beproeving | 1.5
een beproeving | 1.5
het is een beproeving | 2
samen dragen
we dragen dit samen | 2
met ups en downs
ups en downs
het hoort erbij
meebewegen
aanpassen
ons aanpassen
we passen ons aan
volhouden samen
het is zwaar
het was zwaar
zwaar voor
waren zwaar
moeilijke tijd
moeilijke tijden
donkere dagen
het leven gaat door
de pijn eerlijk verdelen
pijn eerlijk
elkaar verdragen
hanteren
/\b(zware|lastige|onzekere) (tijd|tijden|periode)\b|\bmoeilijke periode\b/
/\b(valt|viel) (niet mee|zwaar|ons zwaar|me zwaar)\b/
/\b(elkaar (blijven )?steunen|steunen elkaar|naar elkaar omkijken|omkijken naar elkaar|er voor elkaar zijn)\b/
hart onder de riem
/\b(het beste van maken|het beste ervan maken|roeien met de riemen)\b/
/\b(het nieuwe normaal|mee leren leven|met vallen en opstaan|het is niet anders)\b/
zwaar getroffen
