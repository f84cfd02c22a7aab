# Taal van de meeloper: het gedrag afkeuren maar de strijd voelen, 'we keuren het af, maar …', 'ik snap de woede' (seed 000, Brandsma). De meeloper is aanspreekbaar: richt de aandacht op hem en het midden.
id = meeloper
label_nl = Meeloperstaal
label_en = Joiner language
description_nl = Taal van de meeloper: het gedrag afkeuren maar de strijd voelen, 'we keuren het af, maar …', 'ik snap de woede' (seed 000, Brandsma). De meeloper is aanspreekbaar: richt de aandacht op hem en het midden.
description_en = Joiner language: condemning the behaviour but feeling the struggle, 'we condemn it, but …', 'I understand the anger' (seed 000, Brandsma). The joiner can be reached: turn attention to him and the middle.
severity = info
negation = ignore

[entries]
we keuren het af maar
/keur(en)? (het|dit|dat|geweld) (natuurlijk |wel )?af,? maar/ | 2
ik snap de woede
ik begrijp de woede
ik snap de boosheid
ik begrijp de boosheid
begrijpelijk dat mensen boos zijn
/(ik ben|wij zijn|we zijn) tegen geweld,? maar/ | 2
/geweld is (nooit|niet) (goed|de oplossing),? maar/ | 2
niet goed te praten
/al (snap|begrijp) ik/
/ik snap (wel )?waarom (ze|zij|mensen)/
