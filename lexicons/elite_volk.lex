# Elite tegenover volk: anti-elitaire en volksgerichte taal. Het grondpatroon
# onder de andere wij-zij-schema's: "zij" daar boven begrijpen niet wie "wij"
# hier zijn. Alledaagse woorden (Den Haag, volk) tellen licht.
id = elite_volk
label_nl = Elite tegenover volk
label_en = Elite versus people
description_nl = Taal die een elite tegenover het gewone volk zet: Den Haag, het establishment, de gewone man.
description_en = Language that sets an elite against the ordinary people: The Hague, the establishment, the common man.
severity = warning

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
# De stad als plaats (in, naar, uit, bij, rond Den Haag of Brussel) is geen elite.
den haag {not-after gemeente in naar uit bij rond buiten} | 0.5
haagse | 0.5
de heren in den haag | 2
zij in den haag | 2
ze in den haag | 2
brussel {not-after in naar uit bij rond buiten} | 0.5
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
het volk | 1
volk | 0.3
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
# Meer anti-elitaire taal
elites
de elites
een kleine elite
de bovenlaag
de machtigen
machtselite
bestuurderselite
politieke elite
linkse elite
culturele elite
stadse elite
randstedelijke elite
randstad | 0.3
randstedelijk*
grachtengordelelite
hoge heren
de hoge heren | 2
die hoge heren | 2
heren en dames
het torentje
torentje
binnenhof
de haagse politiek
haagse politiek
haagse bubbel
haagse regenten
het kartel
kartel
vriendjespolitiek
baantjescarrousel
dienstauto
bonussen
zelfverrijking
zichzelf rijk
lobbyisten
arrogantie van de macht
ver weg van {with zij_elite zij_systeem}
ver van de mensen
ver van de burger
van bovenaf {with zij_elite zij_systeem}
opgelegd {with zij_elite zij_systeem} | 0.5
over ons {with zij_elite zij_systeem}
zonder ons {with zij_elite zij_systeem}
niemand heeft het ons gevraagd | 2
niet gevraagd {with zij_elite zij_systeem}
het ons niet gevraagd
zij bepalen
wij betalen
wij betalen zij bepalen
zij beslissen
niet naar ons luisteren
luisteren niet
luistert niet
niet gehoord
wordt niet gehoord
worden niet gehoord
niet vertegenwoordigd
vergeten burger
vergeten burgers
de vergeten nederlander
stemvee
# Het volk en de gewone man
volkswil
de wil van het volk | 2
terug naar het volk
van en voor de burger
gewone man
de gewone nederlander | 2
de gewone mensen
gewone werkende mensen
de werkende mens
de belastingbetalers
onze burgers
de mensen in het land
het echte leven
mensen uit het echte leven
wij hier beneden
de mensen die de rekening betalen
de rekening betalen {with zij_elite zij_systeem wij_volk}
ons geld
belastinggeld | 0.5
de kloof | 1.5
twee nederlanden
referendum | 0.5
bindend referendum
# De onzichtbare, niet meetellende burger tegenover "zij daarboven"
wij tellen niet mee | 1.5
tellen niet mee
waarom tellen wij niet mee | 2
wij doen er niet toe
een andere wereld {with zij_elite zij_systeem}
leven in een andere wereld | 1.5
zij weten niet
weten niet wat {with zij_elite zij_systeem}
geen idee wat {with zij_elite zij_systeem}
nooit gevraagd
/\bons[- ]kent[- ]ons\b/
omhooggevallen
beroepspolitic*
salonsocialist*
/\bdeug(ers|mensen|mens|pronk\w*|elite)\b/
politiek correct*
bestuurlijk nederland
ongekozen
de rijken
/\bde rijkste \S+ procent\b/
kapitalist*
/\btop(inkomens|salarissen|bonussen)\b/
machtsmisbruik
volksverlakker*
/\bzonder (enige )?(instemming|inspraak) van (het volk|de burgers?|de bevolking|de inwoners|de kiezers?)\b/
/\bniet (meer )?naar (ons|de burgers?|inwoners|de inwoners|het volk|de bevolking|de mensen|buurtbewoners)( \S+){0,2} (geluisterd|luisteren|luistert)\b/
/\b(plannen|beleid|regels|dictaten) (uit|van|vanuit) den haag\b/ | 0.5
/\b(iemand|mensen|types|lui|die) (uit|vanuit) den haag\b/ | 0.5
/\b(ver )?van de realiteit (af|verwijderd)\b/
/\bzittende (macht|partijen|politici|elite)\b/
/\b(eigen volk|nederlanders|ons volk|onze mensen) eerst\b/
/\b(de burgers?|de inwoners?|de bevolking|de gewone man|de nederlanders?|de belastingbetalers?|gewone (gezinnen|huishoudens)|wij|we) (is|zijn|wordt|worden) (de|het) (dupe|pineut|sigaar|melkkoe|pinautomaat|pinpas)\b/
# Wie betaalt voor wat bovenaan wordt besloten.
/\b(op kosten|ten koste|over de rug|op de rug) van (de )?(burgers?|inwoners?|belastingbetalers?|bevolking|gewone (man|mensen|burgers?)|kleine man|hardwerkende \S+)\b/
/\b(niet|geen idee|geen benul|geen flauw idee)( \S+){0,2} wat er (speelt|leeft)\b/
# Wie boven zit, regelt het onder elkaar en voor zichzelf.
bekokstoofd
bekokstoven
machtsbelust*
pluchezitter*
pluchekle*
/\b(aan het|op het) pluche\b/
ons kent ons
old boys network
hautain
superstaat
globalist*
wereldleiders
grabbelton
verkwanseld
uitverkoop van
/\bboven de wet\b/
/\bin (hun|eigen|de eigen) zak(ken)?\b/
/\b(lak|schijt|maling) (aan|hebben aan) (de|ons|onze|het volk|de burgers?|de kiezers?|de inwoners)\b/
rechteloos
