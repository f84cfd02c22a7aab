# Handhavingstaal: hard optreden, aanhouden, straffen. Het vocabulaire van
# het schema "orde tegenover relschoppers": de bestuurder in handhavende modus.
id = handhaving
label_nl = Handhaving
label_en = Enforcement
description_nl = Hard optreden, aanhouden, noodbevel, lik-op-stuk en straffen: de taal van handhaven tegenover daders.
description_en = Cracking down, arrests, emergency orders, swift punishment: the language of enforcement against offenders.
severity = info

[entries]
hard optreden | 1.5
treden hard op | 1.5
treedt hard op | 1.5
hard op | 0.5
keihard
keihard aanpakken | 2
keihard aangepakt | 2
hard aanpakken | 1.5
hard aangepakt | 1.5
aanpakken
aangepakt
pak aan
optreden | 0.5
treden op
treedt op
opgetreden
aanhouden | 0.5
aangehouden | 0.5
aanhouding* | 0.5
houden aan | 0.5
hielden aan | 0.5
arrestatie* | 0.5
arresteren
gearresteerd
oppakken
opgepakt | 0.5
opsporen
opgespoord
opsporing* | 0.5
noodbevel*
noodverordening*
samenscholingsverbod
gebiedsverbod*
veiligheidsrisicogebied
preventief fouilleren
fouilleren
cameratoezicht
camerabeelden | 0.5
lik-op-stuk | 2
lik op stuk | 2
snelrecht
supersnelrecht
straffen
bestraffen
bestraffing
gestraft
strafbaar
straf* | 0.5
celstraf* | 0.5
de cel
cel in
celstraffen | 0.5
vervolgen
vervolgd | 0.5
vervolging
voorgeleid
berecht
verhalen op de daders
op de daders verhalen
de rekening betalen
zero tolerance
nultolerantie
geen enkele tolerantie
niet getolereerd
wordt niet getolereerd | 1.5
geen begrip
geen enkel begrip
mobiele eenheid | 0.5
de me | 0.5
waterkanon | 0.5
wapenstok
traangas
uiteengedreven | 0.5
uiteengeslagen
extra politie
extra agenten
politie-inzet
handhaven
handhaving
handhavend*
de orde herstellen
orde en rust
de rust herstellen
ingrijpen
wij komen je halen | 2
wij komen jullie halen | 2
we komen je halen | 2
we vinden jullie
wij vinden jullie
niemand komt hiermee weg | 2
komt hiermee weg
crimineel geweld | 2
criminelen
zinloos geweld
geweld tegen hulpverleners
