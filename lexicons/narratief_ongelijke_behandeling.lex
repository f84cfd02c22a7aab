# Waarom zij wel en wij niet: achtergesteld, voorgetrokken, met twee maten gemeten, de overheid is er voor zichzelf of voor anderen (seed 001, narratief 3).
id = narratief_ongelijke_behandeling
label_nl = Narratief: ongelijke behandeling
label_en = Narrative: unequal treatment
description_nl = Waarom zij wel en wij niet: achtergesteld, voorgetrokken, met twee maten gemeten, de overheid is er voor zichzelf of voor anderen (seed 001, narratief 3).
description_en = Why them and not us: left behind, others favoured, double standards, government serves itself or others (seed 001, narrative 3).
severity = info
negation = ignore

[entries]
waarom zij wel en wij niet
zij wel en wij niet
zij wel wij niet
waarom zij wel
waarom krijgen zij
zij krijgen alles
krijgen alles
wij krijgen niks
wij krijgen niets
wij krijgen alleen
en wij krijgen
met twee maten gemeten
twee maten
achtergesteld
achterstellen
achteraan moeten sluiten
achteraan
voorgetrokken
voortrekken
bevoordeeld
bevoordelen
voorrang | 0.5
de gewone man betaalt
de gewone man
het gewone volk | 0.5
betaalt de rekening
betalen de rekening
betalen wij
er vooral voor zichzelf
voor zichzelf | 0.5
de eigen mensen
eigen jongeren
eigen mensen eerst
tellen minder mee
telt minder
tellen gewoon minder
minder telt
worden ontzien
ontzien
weggezet
profiteren zij
zij profiteren
krijgen zij
niet eerlijk
oneerlijk
ongelijk behandelt
ongelijk behandeld
ongelijke behandeling
alleen voor het gewone volk
golden alleen
gelden alleen
waar de rijkere
de rijken krijgen
wij betalen
dat is niet eerlijk
/waarom (krijgen|mogen|hoeven) (zij|die|ze)/
/(zij|ze) krijgen .* (en|maar) wij/
/altijd bij ons .*nooit/
/voor ons .*is er niets/
wij wachten al jaren | 0.5
/golden (kennelijk |blijkbaar )?alleen/
/en niet voor (ons|de mensen|onze)/
# Ruimere woordfamilie: lusten en lasten, kruimels, tweederangs, dubbele moraal.
de lusten
de lasten | 0.5
met geld en connecties
connecties | 0.75
zij eerst
wij achteraan
vertroeteld
niet rechtvaardig
onrechtvaardig
kruimels
tweederangs
dubbele moraal
de kleine ondernemer | 0.5
wachten we al | 0.5
zo gaat het altijd | 0.5
alle voorzieningen gaan naar
/gelden (blijkbaar |kennelijk )?alleen voor/
/waarom (wordt|krijgt|mag) de ene/
