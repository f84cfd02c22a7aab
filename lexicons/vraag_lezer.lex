# Vragen aan de lezer: open vragen die de ervaring en de kracht van de lezer
# centraal zetten. Kenmerkend voor leiderschap over het midden.
id = vraag_lezer
label_nl = Vraag aan de lezer
label_en = Question to the reader
description_nl = Open vragen aan de lezer over diens ervaring, zorgen en kracht: luisteren begint met vragen.
description_en = Open questions to the reader about their experience, worries and strength: listening starts with asking.
severity = info

[entries]
# Een vraag die de lezer aanspreekt (u, jij, je, jullie) en op ? eindigt
/\b(u|uw|jij|jouw|jullie)\b.* \?$/ | 0.5
/\b((hoe|wat) (ervaart|ervaar|ervaren|beleeft|beleef|beleven|vindt|vind|vinden|merkt|merk|merken) (u|jij|je|jullie)|herken(t|nen)? (u|jij|je|jullie)|hoe (gaat|is) het met (u|jou|je|jullie)|wat betekent (dit|dat|het) voor (u|jou|je|jullie))\b.*/ | 1.5
vertel het ons
laat het ons weten
laat het me weten
vertel me
vertel mij
deel het
stuur ons
schrijf het ons
kom langs
mijn deur staat open
de deur staat open
we horen het graag
ik hoor het graag
ik wil het horen
ik ben benieuwd
benieuwd hoe
wat zou helpen
wat zou u helpen
wat helpt
hoe gaat u ermee om
hoe gaat het met u
hoe is het met jullie
vragen waar
vraag ik u
wil ik u vragen
stelden we de vraag
die vraag stelden
goede vragen
vragen stellen
/^(hoe|wat|waar|wie|welke|waarom)\b.*\b(je|jij|u|jullie|we)\b.* \?$/ | 0.5
/\b(horen (we )?graag van|horen we graag|laat van (je|u|jullie) horen)\b/
/\b(uw|jullie|je|jouw) (ervaringen|ideeën)\b|\bideeën en suggesties\b/
/\b(benieuwd naar|reuze benieuwd)\b/
