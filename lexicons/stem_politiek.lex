# Stem: het spreken over partij- en raadspolitiek: fracties, moties,
# coalitie, kabinet, Kamer, partijnamen. Gewoon bij partijen, columns en
# brieven, zeldzaam in wat de overheid zelf schrijft.
id = stem_politiek
label_nl = Partijpolitiek
label_en = Party politics
description_nl = Woorden van de partij- en raadspolitiek: fractie, motie, coalitie, kabinet, de Kamer, partijnamen.
description_en = Words of party and council politics: faction, motion, coalition, cabinet, parliament, party names.
severity = info
negation = ignore

[entries]
fractie*
*fractie
motie
moties
amendement*
coalitie*
oppositie*
/\b(raadsvragen|kamervragen|schriftelijke vragen)\b/
het college
/\b(burgemeester en wethouders|b w|b en w)\b/
/\b(de|tweede|eerste) kamer\b/
/\b(kamerlid|kamerleden|raadslid|raadsleden|gemeenteraadslid|statenlid|statenleden)\b/
provinciale staten
/\b(in de gemeenteraad|raadsvergadering|raadsdebat|kamerdebat|de raadzaal|het debat)\b/
partijleider*
lijsttrekker*
kabinet*
de regering
regeringspartij*
verkiezing*
/\b(zetels|peilingen)\b/
de politiek
politici
/\b(vvd|cda|d66|pvv|pvda|groenlinks|christenunie|sgp|fvd)\S*|\b(sp|bbb|ja21|bij1|50plus|nsc)\b|\b(forum voor democratie|partij voor de dieren|partij voor de vrijheid)\b/
