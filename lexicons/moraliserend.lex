# Moraliserende taal: morele veroordeling, schelden, schaamte en afschuw.
# In het schema "democratie tegenover populisme" gaat het stellen van de norm
# samen met morele veroordeling. Eén woord zegt weinig; een stapeling wel.
id = moraliserend
label_nl = Moraliserend
label_en = Moralising
description_nl = Morele veroordeling, schelden, schaamte en afschuw: de toon die een tegenpool neerzet.
description_en = Moral condemnation, name-calling, shame and disgust: the tone that casts an opposite pole.
severity = warning

[entries]
# Schelden en etiketten
idioot
idioten
idiote
idioterie
uitschot
tuig
tuig van de richel
schorem
gespuis
gajes
crapuul
rapaille
ongedierte | 1.5
barbaar
barbaren
barbaars*
hufter
hufters
hufterig*
schoft
schoften
ploert
ploerten
etterbak*
lafaard*
malloot
halvegare*
zwakzinnig*
debiel*
achterlijk*
gestoord*
parasiet*
profiteur*
uitvreter*
zakkenvuller*
hypocriet*
huichel*
leugenaar*
# Schaamte en schande
schamen
schaamt
schaamde
schaamden
geschaamd
schaamte*
schande
schandalig*
schandelijk*
schandvlek*
# Onwaardig, onbeschaafd, verwerpelijk
onwaardig
een democratie onwaardig | 2
onbeschaafd*
wangedrag
verwerpelijk*
laakbaar
verachtelijk*
verfoeilijk*
abject*
immoreel
immorele
onfatsoenlijk*
fatsoenloos
respectloos
respectloze
asociaal
asociale
asocialen
onbeschoft*
verdorven
kwaadaardig*
verderfelijk*
# Afschuw en walging
walgelijk*
walging
weerzinwekkend*
misselijkmakend*
stuitend*
afschuwelijk*
afschuw
# Vaste uitdrukkingen
spint er garen bij | 2
spinnen er garen bij | 2
garen spinnen
beneden alle peil
onder de gordel
geen knip voor de neus waard
te schandalig voor woorden | 2
diep triest
# Meer scheldwoorden en etiketten
ophitser*
opruier*
stoker*
stokebrand*
haatzaaier*
haatzaaiend*
brandstichters
schreeuwer* | 0.5
schreeuwlelijk*
clown*
zielig*
kneus
kneuzen
sukkel*
randdebiel*
idiotie
zot
zotten
dwaas
dwazen
hersenloos
hersenloze
lompe* | 0.5
lomperik*
lapzwans*
proleet
proleten
plebs
schorriemorrie
rotzak*
tyfus*
smeerlap*
klootzak*
zwijn
zwijnen
viezerik*
engerd*
kwal
kwallen
# Morele veroordeling
verwerpen
verwerpelijke
veroordelen
veroordeel
veroordeelt
afkeuren
afkeurenswaardig*
onacceptabel
onaanvaardbaar
ontoelaatbaar
ongehoord
onvergeeflijk*
onverteerbaar
schaamteloos
schaamteloze
beschamend*
gewetenloos
gewetenloze
harteloos
harteloze
laag-bij-de-gronds
verachting
minachting
verraderlijk*
leugenachtig*
liegen
liegt
logen
gelogen
leugens
bedrog
bedriegen
verderf
het kwaad
geen fatsoen
onfatsoen
onbeschaafde
medeplichtig*
ziekelijk*
walgen
walg
kotsen
kotsmisselijk
smerig*
stuitend
hoe laag kun je zakken | 2
zou zich moeten schamen | 2
moesten zich schamen | 2
moeten zich schamen | 2
schaam je | 2
schaam je diep | 2
nog nooit zo geschaamd
een schande | 1.5
een schande voor | 2
dit is nederland onwaardig | 2
onwaardig voor
buiten de orde
over de schreef
de grens is bereikt
een grens overschreden
grens overschreden
dit kan niet
dit is niet normaal
niet normaal
nietnormaal
geen excuus
racistisch* | 0.5
/\b(fascistisch|antisemitisch|xenofoob|xenofobe)\w*\b/
/\b(vreemdelingen|islam|moslim|joden)haat\b/
staatsgevaarlijk*
/\b(gevaar|bedreiging|aanval|gevaarlijk) (voor|op) (de|onze) (democratie|democratische rechtsstaat|rechtsstaat)\b/ | 1.5
/\b(ondergraaft|ondergraven|ondermijnt|ondermijnen) (het vertrouwen|de democratie|de rechtsstaat|onze democratie)\b/
/\b(nieuwe?|absolute) dieptepunt(en)?\b/
/\bdieper( \S+){0,3} (zinken|zakken|gezonken|gezakt)\b/
ranzig*
domste | 0.5
/\b(gebazel|gezwets|geraaskal|gelul)\b/
/\bsekte(leden|lid|achtig\w*)\b/
hondenfluit*
/\b(meelijwekkend|deerniswekkend|erbarmelijk)\w*\b/
/\bfoute (club|partij|kant|vlaggen|boel|leider|types?)\b/
/\b(verdeeldheid|haat) (zaaien|zaait|zaaide|gezaaid|verspreiden|verspreidt)\b/
/\b(zet|zetten|zette) (\S+ ){0,3}tegen elkaar op\b/
cordon sanitaire
complottheorie* | 0.5
verdachtmaking*
/\b(ver|ruim|zwaar|echt|duidelijk) over de grens\b/
/\bover (een|alle) grens(en)?( \S+)? (gaan|gaat|gegaan|ging|gingen)\b/
onderbuik*
schaam
schaam u | 2
schaamrood
/\b(spint|spinnen|spon|sponnen|gesponnen) (\S+ ){0,2}garen\b/ | 1.5
/\b(slaat|slaan|sloeg|sloegen|geslagen) (\S+ ){0,3}munt uit\b/ | 1.5
politieke munt | 1.5
olie op het vuur
politiek gewin | 0.75
tweedracht
haatzaaien
haatdragend*
hetze
hetzes
opruiend*
ophitsend*
moddergooi*
/\bmet modder (gooien|gooit|gooide|gooiden|gegooid)\b/
vuilspuiter*
vuig*
verafschuw*
/\bverfoei(en|t|de|den)\b/
/\b(veracht|verachten|verachtte|verachtten)\b/
/\b(walgt|walgde|walgden|gewalgd)\b/
/\b(kots|kotst|kotste)\b/
er misselijk van
weerzin | 0.5
laffe
laf | 0.75
eerlo*
onbetamelijk*
/\b(onacceptabele|onaanvaardbare|ontoelaatbare|onverteerbare|laakbare)\b/
laag bij de gronds
/\bte (gek|triest|treurig|zot|dol|bizar|idioot|smerig|walgelijk|gortig) voor woorden\b/ | 1.5
spuigaten
/\b(beneden|onder) alle kritiek\b/
laaghartig*
schofterig*
geteisem
uitvaagsel
schuim der aarde
tokkie*
aso {not-after het in} | 0.75
aso's | 0.75
malloten
imbeciel*
onnozel* | 0.75
stompzinnig*
domkop*
mafkees*
/\b(kanker|tering|pleuris)(lijer|lijers|hoer|hoeren|volk|tuig|homo|mongool|mongolen)\b/
pathetisch*
knettergek*
beestachtig*
/\bonmens(en)?\b/
schijnheilig* | 0.75
/\b(trieste|treurige|bedroevende|droevige|schandalige|gênante|genante|zielige) (vertoning|figuur|figuren|clubje|bende|poppenkast|schouwspel)\b/
/\b(diskwalificeert|diskwalificeren|diskwalificeerde|diskwalificeerden) (zich|zichzelf)\b/
/\bzich(zelf)? (\S+ ){0,2}gediskwalificeerd\b/
salonf*
/\buit hun (hol|holen)\b/
/\briool(journalist\w*|praat|taal|niveau)\b/
/\bgeen plaats (voor|in) (haat|racisme|discriminatie|antisemitisme|extremisme|intimidatie|onze samenleving|onze stad|onze gemeente)\b/
/\b(ge)?distantie(er|ert|erde|erden|erd|ren|ëren)\b/ | 0.75
/\b(nadrukkelijk|uitdrukkelijk|ferm|krachtig|stellig|resoluut|met klem|met kracht) afstand\b/
/\b(ten zeerste|ten stelligste|in de sterkste bewoordingen|scherp|fel|krachtig|met klem|categorisch|onvoorwaardelijk|keihard) (veroordeeld|veroordelen|veroordeelt|veroordeel|afgekeurd|afkeuren)\b/ | 1.5
/\b(veroordelen|veroordeelt|veroordeel|veroordeelde|veroordeelden) (\S+ ){0,4}(ten zeerste|ten stelligste|in de sterkste bewoordingen|met klem|scherp|fel|krachtig)\b/ | 1.5
/\b(keur|keurt|keuren|keurde|keurden) (\S+ ){0,4}(ten zeerste|ten stelligste|scherp|fel|met klem|categorisch) af\b/ | 1.5
/\b(scherpe|felle|krachtige|ondubbelzinnige) veroordeling\b/
/\bhaal(t)? (je|jij|u|ze|hij|zij|men) het in (je|jouw|uw|z'n|zijn|haar|hun) (hoofd|botte hersens)\b/
/\b(verlaagt|verlagen|verlaagde|verlaagden) (zich|zichzelf) tot\b/
/\b(elk|ieder|enig|een greintje|geen greintje) (gevoel voor )?fatsoen\b/
fatsoen | 0.5
fatsoensnorm* | 0.75
# Spot met wat de andere kant gelooft: ook dat is schelden (LABELLING.md:
# spot telt voor het kader van wie spot).
wappie*
gekkies
fantasten
fanatici
fanatiekeling*
wartaal
waanbeeld*
waanidee*
hersenspinsel*
rariteitenkabinet
kwakzalver*
charlatan*
pseudowetenschap*
nepwetenschap*
toetsenbordkrijger*
twitterhooligan*
zelfvoldaan* | 0.5
narcistisch* | 0.75
narcisme | 0.75
dwingeland*
sekte | 0.75
