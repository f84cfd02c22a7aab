# Hoe het schema elite tegenover volk de andere kant noemt: de elite, Den Haag, het establishment, het partijkartel.
id = zij_elite
label_nl = Zij: de elite
label_en = Them: the elite
description_nl = Hoe het schema elite tegenover volk de andere kant noemt: de elite, Den Haag, het establishment, het partijkartel.
description_en = How the elite-versus-people scheme names the other side: the elite, The Hague, the establishment, the party cartel.
severity = suggestion

[entries]
elite
de elite
elites
*elite
establishment
het establishment
# De stad als plaats (in, naar, uit, bij, rond Den Haag of Brussel) is geen elite.
den haag {not-after gemeente in naar uit bij rond buiten}
/\b(plannen|beleid|regels|dictaten|maatregelen) (uit|van|vanuit) (den haag|brussel)\b/
haagse | 0.5
brussel {not-after in naar uit bij rond buiten}
het torentje
de politiek | 0.5
politiek | 0.3
politici | 0.5
de politici
partijkartel
gevestigde partijen
gevestigde orde
bestuurders | 0.3
de bestuurders | 0.5
bestuurderskaste
regenten
de heren | 0.5
hoge heren
de hoge heren
jullie daarboven
zij daarboven
die daarboven
de macht {not-after aan}
machthebbers
ministers | 0.5
de minister | 0.3
lobbyisten
bovenlaag
de bovenlaag
/\b(zij|ze|die|jullie|iemand|de heren|de dames en heren|lui|mensen|types) (in|uit|vanuit) den haag\b/
/\bhaagse (politici|bestuurders|regenten|ambtenaren|heren)\b/
de rijken
kapitalisten
/\b(euro|techno|bureau)craten\b/
grachtengordel*
/\b(haagse|politieke|bestuurlijke|regenten|ambtelijke|heersende) ?kaste\b/
*graaiers
zakkenvuller*
/\b(partij|eu|top|bank|vakbonds)bonzen\b/
/\b(hotemetoten|hoge (piefen|omes|pieten)|bobo's|de happy few)\b/
/\b(heersende|politieke) klasse\b/
kliek | 0.75
kongsi
kartelpartij*
/\bde zittende (macht|partijen|politici|elite|klasse)\b/
/\bdeug(ers|mensen|elite|adel)\b/
de linkse kerk
volksverlakker*
volksverrader*
de machtigen
superrijken
het grootkapitaal
/\bde (1|één) ?procent (rijksten|rijkste|aan de top|superrijken|allerrijksten)\b/
/\b(salon|champagne|kaviaar)socialist\w*\b/
beroepspolitic* | 0.75
/\bde (dames en )?heren (politici|bestuurders|ministers|kamerleden|regenten)\b/
