# Linkerkolom: aanspreken op naleving van regels en maatregelen, volhouden omdat het moet.
id = naleving
label_nl = Naleving
label_en = Compliance
description_nl = Linkerkolom: aanspreken op naleving van regels en maatregelen, volhouden omdat het moet.
description_en = Left column: appeals to comply with rules and measures, to hold on because one must.
severity = suggestion

[entries]
naleving | 1.5
naleven | 1.5
nageleefd
de regels | 0.5
regels | 0.5
aan de regels
houd je aan | 2
hou je aan | 2
houdt u aan | 2
houd u aan | 2
zich houden aan
zich aan de regels houden
aan de maatregelen
de maatregelen {with directief}
maatregelen {with directief}
houd vol | 1.5
hou vol | 1.5
blijf volhouden
discipline
gedisciplineerd
gehoor geven
/\b(adviezen|advies|aanwijzingen|instructies) (opvolgen|op te volgen)\b/
op te volgen
volg de regels
naleving van
controleren op
gecontroleerd
handhaven op
overtreders
overtreding*
in acht nemen
het is belangrijk dat iedereen
iedereen moet
wij rekenen op u
we rekenen op iedereen
/\baan de afspraken (houden|te houden)\b/
