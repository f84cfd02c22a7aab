# Het thema gender en seksuele diversiteit: transgender, voornaamwoorden, genderneutraal, regenboog.
id = thema_gender
label_nl = Thema: gender
label_en = Theme: gender
description_nl = Het thema gender en seksuele diversiteit: transgender, voornaamwoorden, genderneutraal, regenboog.
description_en = The theme of gender and sexual diversity: transgender, pronouns, gender-neutral, rainbow.
severity = info
negation = ignore

[entries]
gender*
*gender*
transgender*
trans | 0.5
voornaamwoord*
non-binair
nonbinair
genderneutra*
regenboog*
lhbti*
lhbt*
homo* | 0.5
woke | 0.5
diversiteit | 0.5
