# Stem: iemand die vanuit een ambt spreekt: de burgemeester die meeleeft,
# oproept en de norm stelt namens de gemeente.
id = stem_ambt
label_nl = Vanuit het ambt
label_en = From office
description_nl = Iemand die vanuit een ambt spreekt: mijn medeleven, onze inwoners, ik roep u op, als burgemeester, wordt niet getolereerd.
description_en = Someone speaking from office: my sympathy, our residents, I call on you, as mayor, will not be tolerated.
severity = info
negation = ignore

[entries]
/\bonze (inwoners|ondernemers|dorpen|kernen|hulpverleners)\b|\bhaar inwoners\b/
/\b(inwoners en ondernemers|ondernemers en inwoners)\b/
/\b(mijn|ons) medeleven\b|\b(mijn|onze) gedachten gaan uit\b/
/\bik leef (\S+ )?mee\b|\b(wij|we) leven mee\b/
/\bik wens (iedereen|u)\b|\bwens ik u\b/
/\bik roep (u|iedereen|jullie|ouders)\b|\broep ik (\S+ ){0,2}op\b|\b(ik doe|doe ik) een (dringend )?beroep\b/
/\bals (burgemeester|wethouder|minister|korpschef|gemeentebestuur)\b/
/\bburger(moeder|vader)\b|\bnamens het gemeentebestuur\b|\b(de|lokale) driehoek\b/
/\b(wordt|worden) niet getolereerd\b|\b(wij|we) tolereren\b|\btolereren (wij|we) (dit|dat|geen)\b|\bniet geaccepteerd\b/
/\b(is|zijn) (volstrekt )?onacceptabel\b/
publieke taak
