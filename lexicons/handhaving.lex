# Handhavingstaal: hard optreden, aanhouden, straffen. Het vocabulaire van
# het schema "orde tegenover relschoppers": de bestuurder in handhavende modus.
id = handhaving
label_nl = Handhaving
label_en = Enforcement
description_nl = Hard optreden, aanhouden, noodbevel, lik-op-stuk en straffen: de taal van handhaven tegenover daders.
description_en = Cracking down, arrests, emergency orders, swift punishment: the language of enforcement against offenders.
severity = suggestion

[entries]
hard optreden | 1.5
treden hard op | 1.5
treedt hard op | 1.5
hard op | 0.5
keihard {with zij_relschoppers wij_orde}
keihard aanpakken | 2
keihard aangepakt | 2
hard aanpakken | 1.5
hard aangepakt | 1.5
aanpakken {with zij_relschoppers wij_orde}
aangepakt {with zij_relschoppers wij_orde}
pak aan
optreden {with zij_relschoppers wij_orde} | 0.5
treden op
treedt op
opgetreden
aanhouden | 0.5
hielden aan | 0.5
arresteren
oppakken {with zij_relschoppers wij_orde}
noodbevel*
noodverordening* | 0.4
samenscholingsverbod
gebiedsverbod*
veiligheidsrisicogebied
preventief fouilleren | 0.5
fouilleren
cameratoezicht
camerabeelden | 0.5
lik-op-stuk* | 2
lik op stuk | 2
snelrecht
supersnelrecht
straffen | 0.5
bestraffen
bestraffing
gestraft
strafbaar | 0.3
straf* | 0.2
celstraf* | 0.5
de cel
cel in
celstraffen | 0.5
vervolgen
vervolgd | 0.5
vervolging
berecht
verhalen op de daders
op de daders verhalen
de rekening betalen {with zij_relschoppers}
zero tolerance
nultolerantie
geen enkele tolerantie
niet getolereerd
wordt niet getolereerd | 1.5
geen begrip | 0.5
geen enkel begrip
mobiele eenheid | 0.3
de me | 0.3
waterkanon | 0.5
wapenstok
traangas
uiteengedreven | 0.5
uiteengeslagen
extra politie
extra agenten
politie-inzet
handhaven | 0.5
handhaving | 0.5
handhavend*
de orde herstellen
orde en rust
de rust herstellen
ingrijpen | 0.5
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
^aanpakken
optreden tegen
/\b(harder|streng|strenger|stevig|krachtig|resoluut|zwaar|zwaarder) (optreden|aanpakken|straffen|gestraft|bestraft)\b/ | 1.5
/\b(hard|harder|keihard|streng|strenger|zwaar|zwaarder) (worden|wordt) (aangepakt|gestraft|bestraft|vervolgd)\b/ | 1.5
*harde aanpak | 1.5
snel en streng | 1.5
repressie* | 1
bij de kraag | 1.5
alles uit de kast | 1.5
alle mogelijke middelen | 1.5
ter verantwoording | 1
/\b(niet|nooit)( \S+){0,2} mee (te )?(laten )?wegkomen\b/ | 1.5
nooit getolereerd | 1.5
# Toezicht en controles op straat: de gemeente die handhaaft, ook zonder
# een woord als "hard" (extra controles, meer toezicht, patrouilleren);
# handhavers zelf zijn een groep (wij_orde), geen handeling.
/\b(extra|intensieve|meer|strenge|strengere|gerichte) (controles|toezicht|surveillance)\b/ | 0.75
# Een controle bij de huisarts is geen handhaving: alleen met politie,
# overheid of ander handhavend woord in de zin.
controles {with wij_orde as_overheid handhaving} | 0.5
/\b(patrouilleren|patrouilleert|surveilleren|surveilleert)\b/ | 0.5
/\b(niet|nooit) te tolereren\b/ | 1.5
/\b((wij|we|ik) tolere(ren|er)|tolere(ren|ert) (wij|we|ik)) (geen|niet|dit|dat|dergelijk|zulk|zo'n)\b/ | 1.5
/\b(wij|we) (je|jullie|hem|haar|ze|u) (vinden|opsporen|oppakken|pakken|halen)\b/ | 2
/\b(je|jullie) (in|op) beeld\b/ | 1.5
zichzelf melden | 1
/\b(geweld|agressie) tegen (de )?(agenten|politie\w*|brandweer\w*|ambulance\w*|onze|medewerkers)\b/ | 1
agressie en geweld | 1
blijf je af | 1.5
/\b(de )?(orde|rust) (te )?(herstellen|handhaven|terugbrengen|terug te brengen)\b/ | 1
misdadig gedrag | 1.5
blauw op straat | 1
