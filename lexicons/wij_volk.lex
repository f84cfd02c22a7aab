# Hoe het schema elite tegenover volk de eigen kant noemt: het volk, de gewone man, hardwerkende Nederlanders.
id = wij_volk
label_nl = Wij: het volk
label_en = Us: the people
description_nl = Hoe het schema elite tegenover volk de eigen kant noemt: het volk, de gewone man, hardwerkende Nederlanders.
description_en = How the elite-versus-people scheme names its own side: the people, the common man, hard-working Dutch.
severity = info

[entries]
het volk
volk | 0.5
wij het volk
het gewone volk
de gewone man
gewone man
gewone mensen
de gewone mensen
gewone burger*
de gewone burger
gewone nederlander*
normale nederlanders
normale mensen
hardwerkende*
de hardwerkende nederlander
de kleine man
kleine mensen
wij kleine mensen
de belastingbetaler
belastingbetalers
de burger | 0.5
de inwoners {with zij_elite zij_systeem} | 0.3
wij hier
wij hier beneden
mensen uit het echte leven
het andere nederland
de mensen in het land
de kiezer | 0.5
de bevolking {with zij_elite zij_systeem} | 0.5
/\b(het nederlandse volk|ons volk)\b/
de zwijgende meerderheid
/\b(jan modaal|jan met de pet|henk en ingrid)\b/
/\bde (gemiddelde|modale|normale|doorsnee) nederlander\b/
de man in de straat
/\bwerkende (nederlanders?|mensen|klasse)\b/
