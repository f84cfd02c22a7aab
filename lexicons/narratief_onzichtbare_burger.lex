# De burger wordt niet gezien: ik ben een nummer, de menselijke maat is weg, computer zegt nee, niemand kijkt naar mijn situatie (seed 001, narratief 2).
id = narratief_onzichtbare_burger
label_nl = Narratief: onzichtbare burger
label_en = Narrative: invisible citizen
description_nl = De burger wordt niet gezien: ik ben een nummer, de menselijke maat is weg, computer zegt nee, niemand kijkt naar mijn situatie (seed 001, narratief 2).
description_en = The citizen is not seen: I am a number, the human measure is gone, computer says no, nobody looks at my situation (seed 001, narrative 2).
severity = info
negation = ignore

[entries]
ik ben een nummer | 1.5
ben een nummer | 1.5
een nummer in
gewoon een nummer | 1.5
een nummer geworden | 1.5
dossiernummer | 1.5
zaaknummer | 1.5
kenmerk | 0.3
menselijke maat | 1.5
computer zegt nee | 1.5
regels zijn regels | 1.5
niemand kijkt naar
kijkt naar mijn situatie
naar mijn situatie kijkt
naar mijn situatie
naar onze situatie
ze zien ons niet staan
zien ons niet
niet gezien
niet zien staan
voel me niet gezien
niemand ziet
geen oog voor
weten niet wat er leeft
weet niet wat er leeft
niet wat er leeft
een kostenpost
kostenpost | 0.5
een casus geworden | 1.5
een stip op een kaart
iemand die mijn naam kent
mijn naam kent
standaardbrief | 1.5
een brief met een beslissing
zonder gesprek
nooit gezien
niemand vraagt hoe het met ons gaat
niemand heeft ooit
niet gemeten | 0.5
alleen gemeten
wij bestaan niet
bestaan gewoon niet
de mensen achter de cijfers
achter de cijfers
geen mens
in het juiste vakje
vakje | 0.5
het systeem draait door
de burger doet er niet toe
mijn verhaal opnieuw
verhaal opnieuw vertellen
voor de vijfde keer
/voor (u|jullie) (ben|zijn) (ik|we|wij) (een|gewoon)/
# Ruimere woordfamilie: getallen in plaats van mensen, hokjes, over ons beslissen.
een getal
als een getal
achter elk getal
percentages | 0.3
dat niet ziet
niet ziet | 0.5
hokje
hokjes | 1.5
maatwerk | 0.75
buiten de boot | 0.75
val ik overal buiten
over mij beslist
over ons beslist
zonder dat iemand | 0.75
ooit heeft gesproken | 0.5
/\b(zijn|waren|zijn we|zijn wij|ben ik) geen mensen (meer|maar)\b/
niemand komt kijken
niemand vroeg
niet als mens | 1.5
computerbrief | 1.5
een bestand | 0.75
geen naam | 0.5
echt persoon | 0.75
een echt mens
naar mijn verhaal luistert | 0.75
behandeld als | 0.75
geen mens maar | 1.5
# Nog ruimer: systemen en algoritmes beslissen, vinkjes, profielen, geen gezicht.
het systeem staat geen
het systeem laat geen
staat geen uitzondering toe | 1.5
geen uitzondering | 0.75
menselijke gezicht | 1.5
menselijk gezicht | 1.5
een algoritme | 0.75
algoritme besliste | 1.5
risicoprofiel | 1.5
vinkjes | 1.5
vinkje | 0.75
naar haar scherm | 1.5
naar zijn scherm | 1.5
naar het scherm | 0.75
een geval geworden | 1.5
geen gezin | 0.75
dezelfde molen | 1.5
door de molen | 1.5
artikelnummers | 0.75
over iemand anders | 0.75
alleen een nummer | 1.5
niet als mensen | 1.5
als fraudeur behandeld | 1.5
als fraudeur | 0.75
zonder dat iemand mij wilde zien | 1.5
niemand heeft gevraagd hoe | 1.5
niemand vroeg hoe | 1.5
in tien minuten beslist | 1.5
over ons leven werd | 1.5
de vakjes kloppen | 1.5
vakjes | 0.75
/(lees|leest|lezen) (je|jullie|u) (eigenlijk|wel|ooit) wat/ | 1.5
/(niet|geen) (een|één|1) keer mijn naam/ | 1.5
tussen wal en schip | 1.5
/\b(tussen de wielen|vermorzeld)\b/ | 1.5
/\baan (hun|ons|zijn|haar|mijn|hun eigen|ons eigen|zijn eigen|haar eigen) lot (over)?gelaten/ | 1.5
/\bin de steek ((wordt|worden|werd|werden|is|zijn|voelen|voelt|voel) )?(ge)?laten|\b(laat|laten|liet) (ons|hen|mensen|burgers|ze|inwoners) in de steek\b/ | 1.5
/\bin de kou (gezet|laten staan|staan)\b/ | 1.5
/\b(links laten liggen|(laat|laten|liet) (ons|hen|ze|mensen) links liggen)\b/ | 1.5
/\bvergeten (groep|groepen|burgers?|regio|provincie|mensen|kinderen)\b/ | 1.5
/\b(niet genoeg|te weinig) aandacht\b/ | 1
/\b(melkkoe\w*|pinautomaat|wandelende portemonnee)\b/ | 1.5
/\bgebrandmerkt\b|\bals (uitschot|crimineel|criminelen|verdachten?|potenti\S* daders?) (\w+ )?(behandeld|weggezet|gezien|beschouwd|bejegend)|behandeld als (uitschot|crimineel|criminelen|verdachten?)/ | 1.5
/\bover (één|een) kam( geschoren)?\b/ | 1.5
/\bzo (zijn|zitten) de regels\b/ | 1.5
/\b(regeltjes|starheid|starre regels|rigide regels)\b/ | 1
/\b(houdt|houden|hield|hielden) (\w+ )?geen (enkele )?rekening met (ons|de mensen|bewoners|inwoners|de burger|burgers)\b/ | 1.5
/\b(ivoren toren|losgezongen|wereldvreemd\w*)\b|\b(ver|los) van de (realiteit|werkelijkheid|samenleving)\b/ | 1
murw | 1
/\b(maar|slechts|alleen maar) een nummer|\been nummertje\b/ | 1.5
# Aan de regels overgeleverd, als fraudeur behandeld.
/\baan (hun|zijn|haar|ons|hun eigen) lot (worden |wordt )?overgelaten\b/
/\bzo zitten de regels( in elkaar)?\b/
/\bten onrechte (beschuldigd|als fraudeur|aangemerkt|gekort)\b/
moedwillig {with thema_toeslagenaffaire}
rotstreken
gedupeerde ouders
# Niet meer meetellen: de burger als een getal dat wegvalt.
/\bniet (meer )?mee (te )?tellen\b|\btellen (\S+ ){0,2}niet (meer )?mee\b|\btel (ik|je) niet (meer )?mee\b/ | 1.5
