# Het thema Sinterklaas en Zwarte Piet: de intocht, pieten, roetveegpiet, traditie.
id = thema_zwarte_piet
label_nl = Thema: Sinterklaas en Zwarte Piet
label_en = Theme: Sinterklaas and Zwarte Piet
description_nl = Het thema Sinterklaas en Zwarte Piet: de intocht, pieten, roetveegpiet, traditie.
description_en = The theme of Sinterklaas and Zwarte Piet: the arrival parade, Petes, sooty Pete, tradition.
severity = info
negation = ignore

[entries]
zwarte piet
piet | 0.5
pieten
pietendiscussie
pietenaanhanger*
roetveegpiet*
sinterklaas*
sint | 0.5
intocht*
kinderfeest | 0.5
traditie* | 0.5
