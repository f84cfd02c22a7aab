# Stem: hoe de tekst de lezer aanspreekt. Een instelling schrijft "u"; een
# column, blog of post eerder "je" en "jij". Het gewicht zegt niets; de fit
# van `wijzij train` bepaalt wat het voor de stem betekent.
id = stem_aanspreking
label_nl = Aanspreking met u
label_en = Formal address
description_nl = De lezer aangesproken met u en uw, zoals een instelling schrijft.
description_en = The reader addressed formally (u, uw), as an institution writes.
severity = info
negation = ignore

[entries]
u
uw
kunt u
wilt u
heeft u
bent u
