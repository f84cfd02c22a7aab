# Stem: het register van iemand die een mening geeft. Bijwoorden die een
# oordeel kleuren, "ik vind", en retorische vragen. Een column, brief of
# reactie schrijft zo; een mededeling of een nieuwsbericht zelden.
id = stem_mening
label_nl = Meningsregister
label_en = Opinion register
description_nl = Het register van een mening: immers, natuurlijk, eigenlijk, gewoon, ik vind, wat mij betreft, een vraag die de schrijver zelf beantwoordt.
description_en = The register of an opinion: after all, of course, actually, simply, I think, as far as I am concerned, a question the writer answers themselves.
severity = info
negation = ignore

[entries]
immers
natuurlijk | 0.5
uiteraard | 0.5
eigenlijk
gewoon | 0.5
nou
blijkbaar
kennelijk
helaas | 0.5
ik vind
vind ik
ik denk
denk ik
volgens mij
wat mij betreft
mijns inziens
eerlijk gezegd
laten we eerlijk zijn
het zij zo
tja
kortom | 0.5
belachelijk
absurd
onzin
waanzin
bizar
# Een vraag die op ? eindigt zonder de lezer aan te spreken: vaak retorisch.
# Een vraag aan de lezer ("Heeft u klachten?", "Wat kunt u zelf doen?") is
# dienstverlening of luisteren (vraag_lezer), geen mening.
/^.* \?$/ {without vraag_lezer} | 0.5
