# Waarom zij wel en wij niet: achtergesteld, voorgetrokken, met twee maten gemeten, de overheid is er voor zichzelf of voor anderen (seed 001, narratief 3).
id = narratief_ongelijke_behandeling
label_nl = Narratief: ongelijke behandeling
label_en = Narrative: unequal treatment
description_nl = Waarom zij wel en wij niet: achtergesteld, voorgetrokken, met twee maten gemeten, de overheid is er voor zichzelf of voor anderen (seed 001, narratief 3).
description_en = Why them and not us: left behind, others favoured, double standards, government serves itself or others (seed 001, narrative 3).
severity = info
negation = ignore

[entries]
waarom zij wel en wij niet | 1.5
zij wel en wij niet | 1.5
zij wel wij niet
waarom zij wel
waarom krijgen zij
zij krijgen alles
krijgen alles
wij krijgen niks
wij krijgen niets
wij krijgen alleen
en wij krijgen
met twee maten gemeten | 1.5
twee maten | 1.5
achtergesteld | 1.5
achterstellen
achteraan moeten sluiten
achteraan
voorgetrokken | 1.5
voortrekken
bevoordeeld | 1.5
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
oneerlijk*
ongelijk behandelt
ongelijk behandeld | 1.5
ongelijke behandeling | 1.5
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
onrechtvaardig | 1.5
kruimels
tweederangs | 1.5
dubbele moraal | 1.5
de kleine ondernemer | 0.5
wachten we al | 0.5
zo gaat het altijd | 0.5
alle voorzieningen gaan naar
/gelden (blijkbaar |kennelijk )?alleen voor/
/waarom (wordt|krijgt|mag) de ene/
# Nog ruimer: vergelijkingen tussen wijken, groepen en regelingen; gaan voor.
waarom gaan zij voor | 1.5
gaan zij voor | 1.5
krijgen een huis | 0.75
binnen een paar maanden een
ondertussen zie ik | 0.75
ondertussen krijgen | 1.5
terwijl wij | 0.75
terwijl onze | 0.75
en wij niet | 1.5
maar wij niet | 1.5
mogen gewoon doorgaan | 1.5
mogen gewoon | 0.75
komen ermee weg | 1.5
ermee weg | 0.75
grote vervuilers | 0.75
betalen wij de prijs | 1.5
betalen de prijs | 1.5
de prijs betalen | 1.5
het verschil tussen de wijken | 1.5
verschil tussen de wijken | 1.5
tussen de wijken | 0.75
onze kinderen er minder toe | 1.5
er minder toe doen | 1.5
minder toe doen | 1.5
doen er minder toe | 1.5
wie het breed heeft | 1.5
krijgt zijn zin | 1.5
krijgen hun zin | 1.5
mensen die het al goed hebben | 1.5
die het al goed hebben | 1.5
al goed hebben | 0.75
subsidie op subsidie | 1.5
de hoofdprijs | 0.75
niet voor huurders | 1.5
niet voor mensen zoals | 1.5
mensen zoals ik | 0.75
mensen zoals wij | 0.75
gemaakt voor mensen die | 0.75
villawijk | 0.75
in het centrum wel | 1.5
al jaren op de lijst | 1.5
op de lijst | 0.5
/(altijd|weer) (de|het) (rijke|rijkere|nette|betere) (wijken|buurten|kant)/ | 1.5
onevenredig* | 1
/\b(stiefkind\w*|stiefmoederlijk\w*)/ | 1.5
/\b(benadeeld|benadeling|benadelen|benadeelt)\b/ | 1
achterstelling | 1.5
buiten schot | 1
gelijke monniken | 1.5
/\b(voor (laten|mogen) gaan|laten voorgaan|(gaan|gaat|mogen|mag) voor op)\b/ | 1.5
/\bdubbele (standaard|standaarden|maatstaf)\b/ | 1.5
willekeur* | 1
/\beigen (inwoners|bevolking|burgers)\b/ | 1
/\b(krijgen|krijgt|kregen|kreeg) (gewoon|direct|meteen|wel|zomaar|eerder|sneller|zo) (een )?(sociale )?(huur|koop)?woning\w*/ | 1
/\b((alleen maar|steeds|nog) rijker|rijken worden rijker|rijk wordt rijker)\b/ | 1.5
in de schoot geworpen | 1.5
/\b(vriendjespolitiek|zakkenvullers|(eigen )?zakken vullen|(de )?kas spekken|spekt de kas)\b/ | 1.5
/\b(afgewenteld|afwentelen|afwentelt|opdraaien voor|opdraait voor|opgedraaid voor)\b/ | 1
/\bals (dit|dat|het|zoiets) (zich )?in (de randstad|amsterdam|den haag|wassenaar|het westen|de grachtengordel|het gooi)/ | 1.5
/\bwaarom (weer|altijd weer|steeds weer)\b|\bwaarom (altijd|steeds) (wij|ons|hier)\b/ | 1
/\b(lobbyist\w*|multinational\w*|topinkomens|bonussen)\b/ | 0.75
# Benadeeld en bedrogen tegenover anderen.
besodemieterd
discriminatie | 0.75
gediscrimineerd
# Elders wel, hier niet: een vergelijking met wie het beter treft.
# Alleen waar de tekst wij of u aanspreekt: "in tegenstelling tot vorig jaar" vergelijkt cijfers.
in tegenstelling tot {with wij stem_aanspreking} | 1
/\b(had|hadden|was|waren) (\S+ ){0,2}(voorgedaan|gebeurd|plaatsgevonden) in (de randstad|amsterdam|den haag|wassenaar|bloemendaal|het westen|de grachtengordel|het gooi)\b/ | 1.5
/\b(burgers|boeren|bewoners|ouders) (\S+ ){0,2}(worden|werden) geofferd\b/ | 1.5
