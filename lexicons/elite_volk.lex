# Elite tegenover volk: anti-elitaire en volksgerichte taal. Het grondpatroon
# onder de andere wij-zij-schema's: "zij" daar boven begrijpen niet wie "wij"
# hier zijn. Alledaagse woorden (Den Haag, volk) tellen licht.
id = elite_volk
label_nl = Elite tegenover volk
label_en = Elite versus people
description_nl = Taal die een elite tegenover het gewone volk zet: Den Haag, het establishment, de gewone man.
description_en = Language that sets an elite against the ordinary people: The Hague, the establishment, the common man.
severity = warning
scheme = elite_vs_volk

[entries]
# De elite en haar plekken
elite
de elite | 1.5
*elite
elitair*
elitepolitiek
elitarisme
establishment
het establishment | 1.5
partijkartel
kartelpartij*
gevestigde orde
gevestigde partijen
politieke klasse
bestuurderskaste
regenten
regentesk*
regentencultuur
bovenlaag
toplaag
grachtengordel*
kaasstolp
haagse kaasstolp | 2
ivoren toren
den haag | 0.5
haagse | 0.5
de heren in den haag | 2
zij in den haag | 2
ze in den haag | 2
brussel | 0.5
eurocraten
technocraten
technocratisch*
machthebber*
de macht | 0.5
achterkamertje*
boven de hoofden
over de hoofden heen
wereldvreemd*
losgezongen
graaiers
graaicultuur
zakkenvullers
# Het volk en de gewone man
het volk | 1.5
volk | 0.5
het gewone volk | 2
de gewone man | 2
gewone mensen
de gewone burger
gewone burgers
gewone nederlanders
normale nederlanders
normale mensen
de hardwerkende nederlander | 2
hardwerkende
de belastingbetaler
de kleine man | 2
de stem van het volk | 2
het echte nederland
de burger wordt niet gehoord | 2
# Verraad en kloof
volksverrader*
*verraders
landverrader*
verraad
kloof tussen burger en politiek
# Media als deel van de elite
mainstream media
mainstreammedia
leugenpers
nepnieuws
systeempers
