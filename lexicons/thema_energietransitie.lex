# Het thema windmolens, zonneparken en de energietransitie: turbines, slagschaduw, netcongestie.
id = thema_energietransitie
label_nl = Thema: windmolens en energietransitie
label_en = Theme: wind turbines and energy transition
description_nl = Het thema windmolens, zonneparken en de energietransitie: turbines, slagschaduw, netcongestie.
description_en = The theme of wind turbines, solar parks and the energy transition: turbines, flicker, grid congestion.
severity = info
negation = ignore

[entries]
windmolen*
*windmolen*
windturbine*
windpark*
windenergie
zonnepark*
zonneweide*
zonnepanel* | 0.5
energietransitie
slagschaduw
stroomnet* | 0.5
netcongestie
turbine* | 0.5
molens | 0.5
verduurzam*
laadpa* | 0.5
van het gas af
van het aardgas af
aardgasvrij*
warmtepomp* | 0.5
warmtenet*
isolatie | 0.75
isoleren | 0.75
