# Wie de tegenpartij is in verticale polarisatie: de overheid, de gemeente, bestuurders, ambtenaren, Den Haag, instanties (seed 003).
id = as_overheid
label_nl = As: overheid en instituties
label_en = Axis: government and institutions
description_nl = Wie de tegenpartij is in verticale polarisatie: de overheid, de gemeente, bestuurders, ambtenaren, Den Haag, instanties (seed 003).
description_en = Who the other side is in vertical polarisation: government, the municipality, officials, civil servants, The Hague, institutions (seed 003).
severity = info
negation = ignore

[entries]
gemeente | 0.5
de gemeente
het gemeentehuis
gemeentehuis | 0.5
overheid | 0.5
de overheid
ambtenaar*
ambtenaren
wethouder*
burgemeester*
gemeenteraad
de raad
raadsleden
raadslid
het college
college | 0.5
gedeputeerde*
de provincie
provincie | 0.5
minister*
het kabinet
kabinet | 0.5
de regering
regering | 0.5
# "Een man uit Den Haag", "bij Den Haag": de stad, niet de regering.
den haag {not-after uit bij rond buiten}
kamerleden
kamerlid
de politiek
politiek | 0.5
politici
bestuurders
bestuur | 0.5
instanties
instantie
de belastingdienst
ggd | 0.5
de corporatie | 0.5
woningcorporatie | 0.5
boa | 0.5
de politie | 0.5
wijkmanager
^geachte gemeente | 2
^geachte gemeenteraad | 2
^geachte college | 2
^geachte burgemeester | 2
^geachte minister | 2
^geachte provincie | 2
^geachte kamerleden | 2
^geachte commissie | 1
^beste wethouder | 2
^beste burgemeester | 2
^beste raadsleden | 2
^aan de raad | 2
^aan het college | 2
^aan de minister | 2
^aan de provincie | 2
jullie van de gemeente | 2
uw besluit
het besluit | 0.5
de commissie | 0.5
de medewerker | 0.5
jullie hebben | 0.5
het ministerie
de hersteloperatie
de handhaving | 0.5
staatssecretaris* | 1
/\b(premier|minister-president)\b/ | 0.75
/\bbewinds(personen|persoon|lieden|man|vrouw)\b/ | 1
/\b(provinciale staten|gedeputeerde staten|statenleden|statenlid)\b/ | 1
/\b(haagse|het rijk)\b/ | 0.5
# Een brief aan de overheid spreekt haar aan: "Geachte minister", "uw
# beleid", "uw ambtenaren". Wie zo schrijft, staat tegenover de overheid.
/\bgeacht(e)? (excellentie|minister|staatssecretaris|college|raad|burgemeester|wethouder|gemeenteraad|raadsleden|gedeputeerden?)\b/
/\buw (eigen )?(beleid|beleidsdocumenten?|ministerie|ambtenaren|college)\b/
