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
optreden
treden op
treedt op
opgetreden
aanhouden
aangehouden
aanhouding*
houden aan
hielden aan
arrestatie*
arresteren
gearresteerd
oppakken
opgepakt
opsporen
opgespoord
opsporing*
noodbevel*
noodverordening*
samenscholingsverbod
gebiedsverbod*
veiligheidsrisicogebied
preventief fouilleren
fouilleren
cameratoezicht
camerabeelden
lik-op-stuk | 2
lik op stuk | 2
snelrecht
supersnelrecht
straffen
bestraffen
bestraffing
gestraft
strafbaar
straf*
celstraf*
de cel
cel in
celstraffen
vervolgen
vervolgd
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
mobiele eenheid
de me
me
waterkanon
wapenstok
traangas
uiteengedreven
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
