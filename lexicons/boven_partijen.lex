# Claims om boven de partijen of namens iedereen te spreken; samen met linkerkolomtaal de valkuil van de vermomming.
id = boven_partijen
label_nl = Boven de partijen
label_en = Above the parties
description_nl = Claims om boven de partijen of namens iedereen te spreken; samen met linkerkolomtaal de valkuil van de vermomming.
description_en = Claims to speak above the parties or on behalf of everyone; together with left-column language the trap of the disguise.
severity = suggestion

[entries]
boven de partijen | 2
namens iedereen | 2
namens alle
namens allen
neutraal
neutrale
onpartijdig*
ik sta boven
sta boven de partijen
van alle inwoners
burgemeester van iedereen
burgemeester van alle
ik kies geen kant
ik kies geen partij
voor iedereen
in het midden
ik sta in het midden
niet partijdig
objectief
