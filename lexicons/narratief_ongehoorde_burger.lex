# Meepraten mag, maar er gebeurt niets mee: schijninspraak, het besluit lag al vast, nooit meer iets gehoord, voor de bühne (seed 001, narratief 4).
id = narratief_ongehoorde_burger
label_nl = Narratief: ongehoorde burger
label_en = Narrative: unheard citizen
description_nl = Meepraten mag, maar er gebeurt niets mee: schijninspraak, het besluit lag al vast, nooit meer iets gehoord, voor de bühne (seed 001, narratief 4).
description_en = You may have your say, but nothing comes of it: sham participation, the decision was already made, never heard back, for show (seed 001, narrative 4).
severity = info
negation = ignore

[entries]
schijninspraak | 1.5
schijnparticipatie | 1.5
wassen neus | 1.5
een wassen neus | 1.5
voor spek en bonen | 1.5
voor de bühne | 1.5
voor de buhne | 1.5
lag al vast | 1.5
stond al vast | 1.5
was al genomen
al genomen voordat | 1.5
al besloten
nooit meer iets van gehoord
nooit meer iets gehoord
niets meer gehoord
nooit iets van gehoord
er gebeurt niets mee
gebeurt toch niets mee
er wordt niets mee gedaan | 1.5
niets mee gedaan | 1.5
niets met onze inbreng
niets met onze
in een la verdwenen | 1.5
in de la
ze luisteren niet
luisteren niet
er wordt niet geluisterd | 1.5
niet geluisterd
niet gehoord
niet serieus genomen | 1.5
serieus genomen
meepraten mag
mochten meepraten
kan wel meepraten
mag wel meepraten
inspraak is
inspraakavond* | 0.5
zienswijze | 0.5
enquête | 0.3
referendum | 0.5
naast je neer
naast zich neer
legt de uitkomst
als toneel | 1.5
toneelstuk | 1.5
afgevinkt
afvinken
doen alsof
gepasseerd
niemand iets gevraagd
niemand is iets gevraagd
wat heeft het voor zin
waarom zouden we nog
geen zin heeft
meedoen geen zin
daarna bleef het stil
bleef het stil
een mooi gesprek
ontvangstbevestiging en daarna
/waarom (vraag|vragen) (je|jullie|u) .* (als|terwijl)/
/(niet|nergens) op (in)?gegaan/
# Ruimere woordfamilie: aangehoord en genegeerd, een farce, er veranderde niets.
klankbordgroep | 0.75
aangehoord
genegeerd | 1.5
al lang beslist
allang beslist
allang genomen
nooit meer mee
nooit gereageerd
niet gereageerd
is nooit gereageerd
het gaat om verkopen
doen er niet toe
participatie | 0.5
farce | 1.5
viel niet te praten
knikten | 0.5
niets veranderd | 0.75
ingesproken | 0.5
/wat heeft (inspreken|meepraten|het) (dan )?voor zin/
# Nog ruimer: handtekeningen zonder gevolg, adviezen die verdwijnen, alleen voor de vorm.
voor de vorm | 1.5
alleen voor de vorm | 1.5
voor de schijn | 1.5
ongewijzigd vastgesteld | 1.5
ongewijzigd | 0.75
in een bijlage | 0.75
geen enkel advies | 1.5
niet overgenomen | 1.5
niets overgenomen | 1.5
handtekeningen | 0.75
sindsdien geen woord | 1.5
geen woord meer | 1.5
sindsdien niets | 1.5
handje geschud | 0.75
weggewuifd | 1.5
luisteren doet niemand | 1.5
niemand luistert | 1.5
niemand die luistert | 1.5
er verandert niks | 1.5
er verandert niets | 1.5
verandert er niets | 1.5
wij praten | 0.75
jullie knikken | 1.5
post-its | 0.75
ja-vragen | 0.75
het besluit al | 1.5
besluit al vaststaat | 1.5
al vaststaat | 1.5
stond vast | 0.75
/waarom (vraagt|vragen|vroeg|vroegen) (u|jullie|de gemeente) (onze|mijn|om onze|om mijn) (mening|inbreng|reactie)/ | 1.5
/\b(negeert|negeerde|negeerden)\b/ | 1.5
/\b(holle (woorden|frasen|retoriek|beloftes?)|mooie praatjes|lippendienst)\b/ | 1.5
/\b(geen|zonder|zonder enige|zonder enig) (inspraak|overleg|zeggenschap)\b/ | 1.5
/\b(niet (ge)?raadpleegd|nooit (iets )?gevraagd|zonder (enige )?instemming)\b/ | 1
/\bover (de|onze|hun|mijn) hoofden?\b/ | 1.5
/\bvan ?boven( ?af)? (\w+ )?opgelegd\w*/ | 1.5
/\bdoor (de|onze|hun) strot\b/ | 1.5
/\b(doorgedrukt|doordrukken|doorgedramd|doordrammen|dramt door)\b/ | 1
/\b(voldongen feit\w*|het komt er toch)\b/ | 1.5
/\b(buitenspel gezet|buiten spel gezet|aan de kant geschoven|opzij geschoven|terzijde geschoven)\b/ | 1
/\b(van tafel (ge)?veegd|veeg(t|de|den)? .*van tafel)/ | 1.5
/niet (meer |langer )?naar (ons|de burgers?|de bewoners|(de )?inwoners|de bevolking|het volk|de mensen|buurtbewoners|omwonenden|de boeren) (wordt |werd |is |gaat )?(ge)?luister|\bluister (dan |nu |nou |toch )?(eens )?naar ons\b/ | 1.5
/\b(dovemansoren|dove oren|oost[- ]indisch doof|(vinden|vindt|vond|vonden) geen gehoor)\b/ | 1.5
/\b(niets|niks|weinig|geen) (meer )?over te zeggen\b|\bgeen zeggenschap\b/ | 1.5
/\b(schijnvertoning|schijndemocratie|poppenkast|voorgekookt\w*|doorgestoken kaart)\b/ | 1.5
achterkamertje* | 1
/\bniet (inhoudelijk )?in op\b|\bniet op de inhoud in\b/ | 1
/\b(onze|mijn|hun|de) (zorgen|bezwaren|inbreng|argumenten|vragen|signalen|zienswijzen?) (worden|werden|zijn|is|wordt|werd) (\w+ )?(niet|nooit|genegeerd|weggewuifd|terzijde)/ | 1.5
overrul* | 1
# Buitenspel gezet: over de hoofden heen, zonder overleg, monddood.
machteloos
machteloze
monddood
/\bde mond (wordt |worden )?(ge)?snoer(d|en)\b/
/\bover (onze|de) hoofden( van \S+)? heen\b/
/\bzonder (enig |enige )?overleg\b/
/\b(niet|nauwelijks|nooit) betrokken\b/
/\b(hun|je|onze) bek (moeten |te )?houden\b/
beknot
# Een besluit dat al vaststond, en de hoop dat er (eindelijk) geluisterd
# wordt: wie dat schrijft, werd tot nu toe niet gehoord.
/\b(al|toch al|allang) (wel )?beslist\b/ | 1
/\bdat er (eindelijk |nu |eens |ook |wel )?(naar \w+ )?geluisterd (wordt|gaat worden)\b/ | 1
# Wie meepraat, komt er niet doorheen of wordt niet vertegenwoordigd.
/\bniemand (meer )?(die )?(ons|hen|mij|me) (vertegenwoordigt|vertegenwoordigen)\b/ | 1.5
/\bniet (vertegenwoordigd|gerepresenteerd)\b/ | 1
/\b(heeft|had) (stemmen|inspreken|meepraten|bezwaar maken) (nog )?(wel )?(enige |enig )?zin\b/ | 1.5
/\bnauwelijks (te doen )?om door te dringen\b|\bniet (door )?te dringen (tot|in)\b/ | 1
/\binspraak (\S+ ){0,3}(geminimaliseerd|uitgehold|afgeschaft|weggenomen)\b/ | 1.5
/\bvoor en over (ons|hen|mij) (\S+ )?beslist\b|\bover (ons|hen|mij) heen (\S+ )?beslist\b/ | 1.5
# Wie zich niets aantrekt van de burger of de burger buiten spel zet: vaste
# uitdrukkingen van de ongehoorde burger.
/\b(trekt|trekken|trok|trokken) zich (\S+ ){0,3}(geen bal|geen barst|geen moer|geen donder|geen fluit|niets|niks) (meer )?aan van\b|\bzich (\S+ ){0,2}(niets|niks|geen bal) (van \S+ ){0,3}aan(trekt|trekken)\b/ | 1.5
/\bbuiten ?spel (te )?(worden |werd |wordt )?(gezet|zetten|zet)\b/ | 1
/\b(veel |nog )?minder te zeggen (hebben|krijgen)\b/ | 1
# Niet (genoeg) betrokken worden, een besluit dat niet ter discussie staat,
# de burger buitenspel.
/\bniet (genoeg|voldoende|tijdig|echt) betrokken\b/ | 1.5
/\b(staat|stond|stonden|staan) niet (meer )?ter discussie\b/ | 1
/\b(burgers?|bewoners|inwoners|omwonenden|de buurt) (\S+ )?buitenspel\b/ | 1
