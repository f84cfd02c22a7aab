# Het thema de toeslagenaffaire: kinderopvangtoeslag, gedupeerde ouders, herstelregeling, fraudejacht.
id = thema_toeslagenaffaire
label_nl = Thema: toeslagenaffaire
label_en = Theme: benefits scandal
description_nl = Het thema de toeslagenaffaire: kinderopvangtoeslag, gedupeerde ouders, herstelregeling, fraudejacht.
description_en = The theme of the childcare benefits scandal: childcare allowance, affected parents, compensation scheme, fraud hunt.
severity = info
negation = ignore

[entries]
toeslagenaffaire
toeslagenschandaal
toeslag* | 0.5
kinderopvangtoeslag
huurtoeslag
gedupeerde*
herstelregeling
hersteloperatie
fraudejacht
belastingdienst
toeslagen
de toeslagen
