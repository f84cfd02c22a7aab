# Stem: iemand die voor zichzelf spreekt. De eerste persoon enkelvoud en
# het eigen leven: mijn straat, mijn kinderen, als moeder.
id = stem_ik
label_nl = Eerste persoon
label_en = First person
description_nl = Iemand die voor zichzelf spreekt: ik, mijn, mij, als moeder, mijn buurt, ik woon.
description_en = Someone speaking for themselves: I, my, me, as a mother, my neighbourhood, I live.
severity = info
negation = ignore

[entries]
ik | 0.5
mijn
mij | 0.5
me {not-after de} | 0.5
mezelf
m'n
als inwoner
als bewoner
als moeder
als vader
als ouder
als burger
als belastingbetaler
als oudere
als ondernemer
als buurtbewoner
ik woon
wij wonen
we wonen
mijn buurt
mijn straat
mijn wijk
onze straat
onze wijk
onze buurt
bij ons in
mijn man
mijn vrouw
mijn kinderen
mijn zoon
mijn dochter
mijn moeder
mijn vader
ik vind
ik denk
ik snap
ik begrijp
ik hoop
ik vraag me af
ik weet niet
ik ben
/\b(volgens mij|volgens mijn|wat mij betreft|mijns inziens|naar mijn (mening|idee)|in mijn (ogen|beleving))\b/
/\bik (geloof|vrees|verwacht|merk|zie|weet)\b|\b(vind|denk|hoop|vrees|weet) ik\b/
/\b(valt|viel) (het )?(me|mij)\b|\bik heb het gevoel\b/
/\bik (las|lees|zag|hoorde)\b|\b(las|zag|hoorde) ik\b/
/\bik ben (het )?(niet )?eens\b|\bik ben (bang|benieuwd|geen)\b|\bik moet (eerlijk )?(zeggen|toegeven)\b/
/\b(ik schrijf|ik schreef|schreef ik|deze column|mijn column)\b/
/\b(ikzelf|zelf heb ik)\b/
/\b(mijn|ons) (huis|kind|ouders|familie|buren|leven|werk|baan|gezin)\b|\bonze kinderen\b/
