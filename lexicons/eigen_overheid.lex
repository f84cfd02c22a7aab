# De overheid aan het woord: de gemeente, het college of de burgemeester spreekt als "wij" of "ik" (seed 003: wie "wij" is, bepaalt de as).
id = eigen_overheid
label_nl = De overheid als afzender
label_en = Government as the writer
description_nl = De tekst komt van de overheid zelf: de gemeente, het college of de burgemeester spreekt als wij of ik. In zo'n tekst is de overheid geen tegenpartij, dus er is geen verticale as.
description_en = The text comes from government itself: the municipality, the executive or the mayor speaks as we or I. In such a text government is not the other side, so there is no vertical axis.
severity = info
negation = ignore

[entries]
wij als gemeente
we als gemeente
als gemeente willen
als gemeente gaan
wij als college
we als college
als college
wij als gemeentebestuur
ik als burgemeester
ik als wethouder
namens het college
namens de gemeenteraad
namens de gemeente
ons college
onze ambtenaren
onze handhavers
onze boa's
/^(wij|we),? (de politie en de gemeente|de gemeente en de politie|de gemeente|het college)/
# Een persbericht of nieuwsbericht geeft het woord aan de overheid.
aldus de burgemeester
aldus burgemeester
aldus de wethouder
aldus wethouder
laat de gemeente weten
meldt de gemeente
# Met "als gemeente" vooraan komt het werkwoord voor de wij: "Als gemeente
# vinden wij het belangrijk"; en wie namens een bestuur spreekt of het huis
# van de overheid het zijne noemt, is de overheid zelf.
/^als (gemeente|college|gemeentebestuur|provincie|provinciebestuur|politie|korps|kabinet|ministerie) \S+ (wij|we)\b/
/\bnamens (het|de) (\S+ )?(college|gemeente|gemeentebestuur|provinciebestuur|provincie|gemeenteraad|kabinet|politie|korps)\b/
/\b(ons|onze) (gemeentehuis|provinciehuis|gemeentebestuur|provinciebestuur)\b/
