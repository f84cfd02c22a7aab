# Wie de tegenpartij is in horizontale polarisatie: andere groepen inwoners, langs lijnen als jong en oud, arm en rijk, nieuw en gevestigd, stad en platteland (seed 003).
id = as_groepen
label_nl = As: groepen inwoners
label_en = Axis: groups of residents
description_nl = Wie de tegenpartij is in horizontale polarisatie: andere groepen inwoners, langs lijnen als jong en oud, arm en rijk, nieuw en gevestigd, stad en platteland (seed 003).
description_en = Who the other side is in horizontal polarisation: other groups of residents, along lines such as young and old, poor and rich, newcomers and established, town and countryside (seed 003).
severity = info
negation = ignore

[entries]
die woke types
woke types
die mensen | 0.5
zulke mensen
die lui
die types
die jongens
die hangjongeren
hangjongeren | 0.5
de jongeren | 0.5
de ouderen
ouderen | 0.5
de oude bewoners
oude bewoners | 0.5
nieuwe bewoners | 0.5
de nieuwkomers
nieuwkomers | 0.5
die nieuwkomers
die yuppen
yuppen | 0.5
de rijken
rijken | 0.5
de rijkere
die actievoerders
actievoerders | 0.5
die antivaxers
antivaxers | 0.5
de gevaccineerden
die knallers
knallers | 0.5
zeurpieten
die zeurpieten
de haters
die haters
stadsmensen
die stadsmensen
mensen uit de stad
mensen uit de randstad
de stad {with as_groepen} | 0.5
het platteland | 0.5
het dorp | 0.3
de statushouders | 0.5
statushouders | 0.3
asielzoekers | 0.3
de asielzoekers | 0.5
de pietenaanhangers
pietenaanhangers
tegenstanders | 0.5
conservatieve ouders
die ouders | 0.5
de buren | 0.3
de rest van de straat
huiseigenaren | 0.5
wij huurders
wij gewone mensen
wij jongeren
wij als jongeren
wij boeren | 0.5
wij met kleine kinderen
in hun eigen bubbel
eigen bubbel
ze komen uit
van buiten het dorp
van buiten de wijk
uit de andere wijk
twee groepen
# Nog ruimer: buren, wijken en woonvormen tegenover elkaar.
mijn buren met
de buren met
bewoners van de villawijk
villawijk | 0.75
wij in de flats
in de flats | 0.5
huurders zoals ik
huurders | 0.5
mensen die het al goed hebben
die het breed hebben
wie het breed heeft
de betere wijken
de rijke wijken
de nette wijken
de wijken | 0.3
in het centrum | 0.3
onze wijk | 0.3
/\b(extreem|radicaal)[- ]?(rechts|links)\w*/ | 1
/\b(populist\w*|complotdenker\w*|complottheoretic\w*|wappie\w*)/ | 1
/\b(ongevaccineerden|niet[- ]gevaccineerden|vaccinweigeraars|anti-?vaxxers)\b/ | 1
# Een partij op een flank als tegenpartij: wie over de PVV of FvD schrijft,
# schrijft over medeburgers en hun kiezers, niet over de overheid (op echte
# dev gaven lezers 13 van de 16 teksten die de PVV noemen de horizontale as).
pvv | 0.75
fvd | 0.75
forum voor democratie | 0.75
# De pietendiscussie loopt tussen groepen inwoners.
kick out zwarte piet
pietendiscussie
voorstanders van zwarte piet
tegenstanders van zwarte piet
# De figuur zelf en zijn tegenhanger zijn de twee kanten van het debat: wie
# ze telkens noemt, schrijft over dat debat (op echte dev stonden 8 van de 10
# teksten over Zwarte Piet op de horizontale as). Half gewicht: een
# Sinterklaasbericht dat Zwarte Piet één keer noemt, krijgt nog geen as.
zwarte piet* | 0.5
roetveegpiet* | 0.5
