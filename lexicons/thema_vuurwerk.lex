# Het thema vuurwerk en de jaarwisseling: vuurwerkverbod, knallen, cobra's, oud en nieuw.
id = thema_vuurwerk
label_nl = Thema: vuurwerk
label_en = Theme: fireworks
description_nl = Het thema vuurwerk en de jaarwisseling: vuurwerkverbod, knallen, cobra's, oud en nieuw.
description_en = The theme of fireworks and New Year's Eve: a fireworks ban, bangs, heavy fireworks, New Year's Eve.
severity = info
negation = ignore

[entries]
vuurwerk*
*vuurwerk*
oud en nieuw
jaarwisseling
cobra*
knaller*
knallen | 0.5
rotje*
