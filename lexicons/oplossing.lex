# Linkerkolom: denken in oplossingen, afwegingen en beleid; balanceren tussen vrijheid en capaciteit.
id = oplossing
label_nl = Oplossing
label_en = Solution
description_nl = Linkerkolom: denken in oplossingen, afwegingen en beleid; balanceren tussen vrijheid en capaciteit.
description_en = Left column: thinking in solutions, trade-offs and policy; balancing freedom against capacity.
severity = suggestion

[entries]
oplossing
oplossingen
de oplossing
oplossen
opgelost
balanceren
balans
afwegen
afweging
afwegingen
middelen tussen
de middeling
capaciteit
ic-capaciteit
zorgcapaciteit
beleid
het beleid
de aanpak
aanpak
plan van aanpak
actieplan
maatregelenpakket
pakket
stappen
de volgende stap
we hebben besloten
het college heeft besloten
besluit
besloten
noodzakelijk
nodig om
om te voorkomen
# Maatregelen nemen of aankondigen is de oplossing bieden, ook in een
# verslag van wat de gemeente deed (verkeersmaatregelen, koopkrachtmaatregelen).
/\b(neemt|nemen|nam|namen|treft|treffen|trof|troffen|kondigt|kondigen) (\S+ ){0,3}\w*maatregelen\b|\b\w*maatregelen (genomen|getroffen|aangekondigd|te nemen|te treffen)\b/ | 1
