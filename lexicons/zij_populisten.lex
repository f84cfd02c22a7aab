# Hoe het schema democratie tegenover populisme de andere kant noemt: populisten, extreemrechts, opruiers, haatzaaiers.
id = zij_populisten
label_nl = Zij: populisten
label_en = Them: populists
description_nl = Hoe het schema democratie tegenover populisme de andere kant noemt: populisten, extreemrechts, opruiers, haatzaaiers.
description_en = How the democracy-versus-populism scheme names the other side: populists, the far right, agitators, hate-mongers.
severity = suggestion

[entries]
*populist*
*populisme
populistisch*
extreemrechts
extreem-rechts
extreemrechtse
extreem-rechtse
rechts-extreem*
rechtsextreem*
rechts-extremist*
extremist*
extreemlinks
extreem-links
radicalen
ophitser*
opruier*
opruiing
haatzaaier*
haatzaaierij
stoker*
schreeuwers
brandstichters
die partij | 0.5
die hoek
dezelfde hoek
die beweging
ondemocratisch*
antidemocratisch*
extremisme
de extremen | 0.5
/\b(radicaal|ultra|uiterst)[- ]?rechts\w*\b/
/\b(neo)?fascis(t|ten|tisch|tische|me)\b/
/\b(racisten|antisemieten|xenofoben)\b/
anti-democrat*
/\bcomplot(denker|gek|wappie|extremist|gelovig)\w*\b/
*wappie*
antivax*
aluhoedje*
volgelingen | 0.5
goeroe | 0.5
ruziemakers
# Een partij bij naam is pas de andere kant naast een oordeel, een
# scheldnaam of een dreiging in dezelfde zin ("wat FvD deed is schandalig");
# een bericht dat de PVV of de rechtsstaat noemt, zet niemand tegenover haar.
fvd {with moraliserend scheldnaam dreiging} | 0.5
forum voor democratie {with moraliserend scheldnaam dreiging} | 0.5
pvv {with moraliserend scheldnaam dreiging} | 0.5
