# Bedreiging en intimidatie van ambtenaren en bestuurders: 'we weten waar je woont', opwachten, een adres of kinderen noemen, oproepen tot een tribunaal of ophanging, een persoon verrader noemen (seed 004). Meld het als organisatie en zoek steun.
id = dreiging
label_nl = Dreiging en intimidatie
label_en = Threats and intimidation
description_nl = Bedreiging en intimidatie van ambtenaren en bestuurders: 'we weten waar je woont', opwachten, een adres of kinderen noemen, oproepen tot een tribunaal of ophanging, een persoon verrader noemen (seed 004). Meld het als organisatie en zoek steun.
description_en = Threats and intimidation of officials and politicians: 'we know where you live', lying in wait, naming an address or children, calls for a tribunal or hanging, calling a person a traitor (seed 004). Report it as the organisation and seek support.
severity = error
negation = discount
# Wie een dreiging citeert, geeft haar door: een verslag dat "we weten waar je
# woont" aanhaalt, meldt een dreiging (LABELLING.md: intimidatie 1, stem verslag).
quotation = count

[entries]
# Zinnen, geen losse woorden: een boze maar legitieme brief mag niet als dreiging gelden.
we weten waar je woont | 2
we weten waar jij woont | 2
we weten waar u woont | 2
ik weet waar je woont | 2
ik weet waar jij woont | 2
ik weet waar u woont | 2
weten waar hij woont | 2
weten waar ze woont | 2
weet waar jij woont | 2
# Alleen "weet waar je kinderen" dreigt; "weet waar uw kinderen vanavond zijn"
# is een oproep aan ouders.
waar je kinderen | 0.75
waar jouw kinderen | 0.75
waar uw kinderen | 0.75
/(we|wij) weten waar (je|jouw|uw) kinderen/ | 2
/ik weet waar (je|jouw) kinderen/ | 2
jouw kinderen zitten | 1.5
op welke school | 1
uw huis staat | 1.5
je huis staat | 1.5
privéadres | 1.5
prive-adres | 1.5
zijn adres | 1
haar adres | 1
je adres | 1
jouw adres | 1
het adres inmiddels | 1.5
namen en adressen | 2
nummerbord | 1
welke auto | 1
hoe laat hij | 1
hoe laat ze | 1
niet meer veilig | 1
families zijn ook niet veilig | 2
kijk maar uit | 1
kijk maar goed uit | 1.5
pas maar op | 1
moet oppassen | 1
let maar op | 1
wacht maar af | 1
wacht maar tot | 1
je bent gewaarschuwd | 1.5
is gewaarschuwd | 1.5
enige waarschuwing | 2
dit is je laatste | 2
ga je dat bezuren | 2
gaat dat bezuren | 2
bezuren | 1
we komen je halen | 2
we komen jullie halen | 2
staan we bij u voor de deur | 2
sta ik bij jou op de stoep | 2
bij jullie thuis | 1.5
bij je thuis | 1
een bezoekje brengen | 1.5
ik kom naar je toe | 1.5
ik kom daar eens langs | 1.5
op mijn manier | 1
weet ik jullie te vinden | 2
jullie te vinden | 1.5
een voor een | 1
opwacht* | 1.5
maak je af | 2
ik maak je af | 2
afmaken | 1.5
kogel | 1.5
de strop | 2
strop | 1.5
aan de hoogste boom | 2
gaat hangen | 2
jij gaat hangen | 2
hangen jullie allemaal | 2
dan hangen | 1.5
tribunaal | 1.5
volkstribunaal | 2
landverrader | 1.5
verrader | 1
verrader van ons volk | 2
ik heb je foto | 1.5
door jouw brievenbus | 2
door je brievenbus | 2
iedereen weet wat hij moet doen | 2
laat hem maar eens merken | 1.5
er gaat iets gebeuren | 1.5
iets mee gebeurt | 1.5
ik zou daar maar niet | 1.5
we zien hem wel | 1.5
we zien je wel | 1.5
het zwaar krijgen | 1
krijgt het nog zwaar | 1.5
/\bdenk (maar )?(goed )?aan (je|jouw|uw) (familie|kinderen|gezin|vrouw|man)\b/ | 2
/\b(je|jouw|uw) (huis)?adres is (ons )?bekend\b/ | 2
*uw tijd komt nog {with dreiging as_overheid} | 1.5
tribunalen | 1
vuurpeloton | 2
galg | 1.5
/\b(doodtrappen|dood trappen|afknallen|neerknallen)\b/ | 2
/\b(we|wij|ik) (gaan |zullen |komen )?met (je|jou|jullie) (gaan |komen )?afrekenen\b/ | 2
/\baanslag op (jou|je|u|jullie)\b/ | 2
/\b(jij|je|u|jullie) (zult|zal|gaat|gaan) (eraan|sterven|boeten)\b/ | 2
