# ruff: noqa: E501
"""Challenge set v17: German and English business news (wire, regional business pages, trade press, press releases, interviews).

Written blind by a helper on 2026-11-27, for error analysis. The helper did not
look at the extractor's code, its tests, the other challenge sets or the dev
corpora; all passages and names (apart from a few well-known real companies used
as counterparties) are invented. Roughly 55% German, 45% English; mixes German
Mittelstand news (Familienunternehmen, Stadtwerke, Sparkassen, Genossenschaften,
Versicherer, Autozulieferer) with English tech, pharma, banking, retail, energy,
sports and law-firm news, and includes distractors (product orders, analyst
speculation, negated and denied events).
"""

from builders import (
    ANY,
    CA,
    MER,
    PAR,
    TR,
    A,
    C,
    D,
    F,
    R,
    T,
    acq,
    de,
    dep,
    en,
    hire,
    inv,
    mer,
    par,
    poa,
    pos,
    posh,
    stake,
)

CASES = [
    # ------------------------------------------------------------------ German
    # --- Übernahmen: angekündigt, vollzogen, Gerüchte, geplatzt, dementiert
    de(
        "Der Maschinenbauer Kessler & Hohmann GmbH übernimmt den Sondermaschinenhersteller Rauscher Automation aus Balingen. "
        "Die Transaktion soll im ersten Quartal 2027 abgeschlossen werden, teilte das Familienunternehmen am Dienstag in Reutlingen mit. "
        "Über den Kaufpreis vereinbarten die Parteien Stillschweigen.",
        [acq("Kessler & Hohmann", "Rauscher Automation", A)],
    ),
    de(
        "Die Stadtwerke Lindau steigen beim Windparkentwickler Nordwind Energieprojekte GmbH ein. "
        "Wie der kommunale Versorger am Montag mitteilte, erwirbt er 24,9 Prozent der Anteile von der Gründerfamilie Tjaden. "
        "Der Stadtrat hatte dem Geschäft bereits in nicht öffentlicher Sitzung zugestimmt.",
        [stake("Stadtwerke Lindau", "Nordwind Energieprojekte", CA)],
    ),
    de(
        "Der Lebensversicherer Alvena soll Insidern zufolge an einer Übernahme des Maklerpools FinConnect interessiert sein. "
        "Wie mehrere mit der Angelegenheit vertraute Personen berichteten, habe es bereits erste Sondierungsgespräche gegeben. "
        "Alvena wollte sich auf Anfrage nicht äußern.",
        [acq("Alvena", "FinConnect", TR)],
    ),
    de(
        "Die geplante Übernahme der Holzwerke Wendel KG durch den österreichischen Konkurrenten Steirer Holzindustrie AG ist geplatzt. "
        "Die Verhandlungen seien ohne Ergebnis beendet worden, hieß es am Donnerstag aus Unternehmenskreisen. "
        "Streitpunkt war demnach die Bewertung der Pensionsverpflichtungen.",
        [acq("Steirer Holzindustrie", "Holzwerke Wendel", F)],
    ),
    de(
        "Ein Sprecher der Merkwitz Gruppe hat am Freitag einen Medienbericht dementiert, wonach der Autozulieferer den Kabelspezialisten Feldtec Systems kaufen wolle. "
        "„Wir führen keine Gespräche mit Feldtec“, sagte er der Deutschen Presse-Agentur.",
        [acq("Merkwitz Gruppe", "Feldtec Systems", D)],
    ),
    de(
        "Die Bäckereikette Backhaus Lemke wird vom Finanzinvestor Talberg Capital übernommen. "
        "Der Kaufvertrag wurde am Wochenende unterzeichnet; das Bundeskartellamt muss noch zustimmen. "
        "Gründer Heinrich Lemke (68) zieht sich mit dem Vollzug aus dem operativen Geschäft zurück.",
        [
            acq("Talberg Capital", "Backhaus Lemke", A),
            pos("Heinrich Lemke", "Backhaus Lemke"),
            dep("Heinrich Lemke", "Backhaus Lemke", A),
        ],
    ),
    de(
        "Die Sparkasse Oberland hat ihre Mehrheitsbeteiligung an der OLV Leasing GmbH an die VR Allgäu-Bodensee eG verkauft. "
        "Der Verkauf sei bereits vollzogen, teilte die Genossenschaftsbank mit. Zum Kaufpreis wurden keine Angaben gemacht.",
        [acq("VR Allgäu-Bodensee", "OLV Leasing", C)],
    ),
    de(
        "Übernahme abgeschlossen: Grünthal Pharma gehört jetzt zu Medivo\n"
        "Der Hamburger Arzneimittelhersteller Medivo SE hat den Kauf der Grünthal Pharma GmbH nach Zustimmung der Behörden abgeschlossen. "
        "Grünthal-Chefin Dr. Sabine Kořínek-Albers bleibt an Bord und berichtet künftig an den Medivo-Vorstand.",
        [
            acq("Medivo", "Grünthal Pharma", C),
            pos("Sabine Kořínek-Albers", "Grünthal Pharma"),
        ],
    ),
    de(
        "Analysten von Bankhaus Riedel & Co. halten einen Zusammenschluss der Brauereien Nordbräu und Alpquell für denkbar. "
        "„Eine Fusion würde Synergien von bis zu 40 Millionen Euro heben“, schrieb Analyst Torsten Weyer in einer Studie. "
        "Konkrete Gespräche gibt es nach Angaben beider Unternehmen allerdings nicht.",
        [pos("Torsten Weyer", "Bankhaus Riedel & Co.")],
        optional=[mer(["Nordbräu", "Alpquell"], [R, D])],
    ),
    de(
        "Die Verkehrsbetriebe Mittelrhein (VBM) haben bei der Fahrzeugbau Ostwig GmbH 28 Elektrobusse bestellt. "
        "Der Auftrag hat ein Volumen von rund 19 Millionen Euro; die ersten Fahrzeuge sollen im Herbst ausgeliefert werden.",
        [],
    ),
    de(
        "Die Kölner Mediengruppe Rheinlicht KGaA hat das Fachmagazin-Portfolio des Verlags Hoffmann & Pfeil übernommen. "
        "Zu dem Paket gehören zwölf Titel für Handwerk und Bau; der Verlag selbst bleibt im Besitz der Familie Pfeil.",
        [],
        optional=[acq("Rheinlicht", "Hoffmann & Pfeil", C)],
    ),
    de(
        "Wie die Börsen-Zeitung unter Berufung auf Finanzkreise berichtet, prüft der Baustoffkonzern Moravek SE einen Verkauf seiner Dämmstoffsparte Isotherm. "
        "Als mögliche Interessenten gelten demnach der Finanzinvestor Granitfeld Partners sowie der dänische Wettbewerber Nordisol A/S.",
        [],
        optional=[
            acq("Granitfeld Partners", "Isotherm", R),
            acq("Nordisol", "Isotherm", R),
        ],
    ),
    de(
        "Der Autozulieferer Haberland Kunststofftechnik ist insolvent – nun steht ein Käufer bereit. "
        "Insolvenzverwalter Dr. Michael Sturm-Eggers teilte mit, dass die Wertheimer Polymer Gruppe sämtliche drei Werke samt 640 Beschäftigten übernehmen werde. "
        "Der Gläubigerausschuss hat dem Verkauf zugestimmt.",
        [acq("Wertheimer Polymer Gruppe", "Haberland Kunststofftechnik", A)],
    ),
    de(
        "Der Familienkonzern Brandstetter Holding erwägt, sich mit einem zweistelligen Millionenbetrag am Batterierecycler Kreislauf Metall GmbH zu beteiligen. "
        "Eine Entscheidung soll bis Jahresende fallen, sagte Holding-Chef Ferdinand Brandstetter dem „Handelsblatt“.",
        [
            stake("Brandstetter Holding", "Kreislauf Metall", [R, T]),
            pos("Ferdinand Brandstetter", "Brandstetter Holding"),
        ],
    ),
    de(
        "Nach monatelangem Bieterkampf hat sich die Zürcher Alpenrück Versicherungen AG durchgesetzt: "
        "Sie zahlt 1,2 Milliarden Euro für den Kölner Sachversicherer Domstadt Assekuranz. "
        "Der unterlegene Bieter, die französische Groupe Lavergne, hatte zuletzt 1,1 Milliarden Euro geboten.",
        [
            acq("Alpenrück Versicherungen", "Domstadt Assekuranz", CA),
            acq("Groupe Lavergne", "Domstadt Assekuranz", F),
        ],
    ),
    de(
        "Von einer Übernahme könne keine Rede sein, betonte Vorstandschefin Ulrike Saalfeld auf der Hauptversammlung der Tessmer Elektronik AG. "
        "Die Anteilsaufstockung des Großaktionärs Yamato Denki auf 29,9 Prozent sei rein finanzieller Natur.",
        [
            pos("Ulrike Saalfeld", "Tessmer Elektronik"),
            stake("Yamato Denki", "Tessmer Elektronik", C),
        ],
        optional=[acq("Yamato Denki", "Tessmer Elektronik", D)],
    ),
    de(
        "Der Landmaschinenhändler Agrarzentrum Wiesenthal eG kauft für seine Werkstätten 60 Diagnosegeräte von der Firma Bosch. "
        "Geschäftsführer Klaus-Dieter Amsel sprach von der größten Einzelinvestition seit Gründung der Genossenschaft.",
        [pos("Klaus-Dieter Amsel", "Agrarzentrum Wiesenthal")],
    ),
    de(
        "Die Übernahme des Dresdner Chipdesigners Siliziumwerk durch den US-Konzern Marvell ist am Veto des Bundeswirtschaftsministeriums gescheitert. "
        "Das Ministerium untersagte den Erwerb unter Verweis auf die Außenwirtschaftsverordnung.",
        [acq("Marvell", "Siliziumwerk", F)],
    ),
    de(
        "Hinter dem Kauf steckt die Familie Oberhuber: Deren Beteiligungsgesellschaft Oberhuber Invest GmbH hat sämtliche Anteile an der Pflegeheimkette Lebensabend Nord erworben, wie am Mittwoch aus dem Handelsregister hervorging. "
        "Verkäufer ist der Private-Equity-Fonds Westkap Partners, der die Kette 2019 gekauft hatte.",
        [acq("Oberhuber Invest", "Lebensabend Nord", C)],
        optional=[acq("Westkap Partners", "Lebensabend Nord", C)],
    ),
    de(
        "Der Chemiehändler Brunnhuber SE hat ein Übernahmeangebot des US-Konkurrenten Univar Solutions abgelehnt. "
        "Die Offerte von 38 Euro je Aktie unterbewerte das Unternehmen deutlich, erklärten Vorstand und Aufsichtsrat. "
        "Univar prüft nun nach eigenen Angaben die nächsten Schritte.",
        [acq("Univar Solutions", "Brunnhuber", [F, T])],
    ),
    # --- Beteiligungen, Finanzierungsrunden, Fusionen, Kooperationen
    de(
        "Das Münchner Robotik-Start-up Greifbar Robotics hat in einer Series-A-Finanzierungsrunde 18 Millionen Euro eingesammelt. "
        "Angeführt wurde die Runde von Isarwerk Ventures; auch der Bestandsinvestor Hochland Capital Partners beteiligte sich erneut. "
        "Mit dem Geld will Mitgründerin und CEO Leonie Achterberg das Vertriebsteam in Frankreich aufbauen.",
        [
            inv("Isarwerk Ventures", "Greifbar Robotics", C),
            inv("Hochland Capital Partners", "Greifbar Robotics", C),
            pos("Leonie Achterberg", "Greifbar Robotics"),
        ],
    ),
    de(
        "Die Volksbank Rheinhessen-Süd eG und die Raiffeisenbank Alzey-Land eG wollen fusionieren. "
        "Die Vertreterversammlungen beider Genossenschaftsbanken sollen im Juni über den Zusammenschluss abstimmen. "
        "Vorstandssprecher des fusionierten Instituts soll Markus Ebersbächer werden, derzeit Chef der Volksbank.",
        [
            mer(["Volksbank Rheinhessen-Süd", "Raiffeisenbank Alzey-Land"], A),
            pos("Markus Ebersbächer", "Volksbank Rheinhessen-Süd"),
        ],
    ),
    de(
        "Rückwirkend zum 1. Januar sind die Stadtwerke Ahrtal GmbH und die Energieversorgung Eifel-Mosel (EVEM) zur neuen Ahr-Eifel Energie GmbH verschmolzen worden. "
        "Geschäftsführer der neuen Gesellschaft ist der bisherige EVEM-Chef Reinhard Tillmanns.",
        [
            mer(["Stadtwerke Ahrtal", "Energieversorgung Eifel-Mosel"], C),
            pos("Reinhard Tillmanns", "Energieversorgung Eifel-Mosel"),
        ],
        optional=[posh("Reinhard Tillmanns", "Ahr-Eifel Energie")],
    ),
    de(
        "Der Versicherer Hanseatica Versicherung AG und das Insurtech Policenpilot GmbH arbeiten künftig zusammen. "
        "Im Rahmen der Kooperation vertreibt Policenpilot Hausrat- und Haftpflichtpolicen der Hanseatica über seine App, teilten beide Unternehmen mit.",
        [par(["Hanseatica Versicherung", "Policenpilot"], CA)],
    ),
    de(
        "Nach Informationen des Handelsblatts verhandeln der Autozulieferer Lindqvist-Bauer AG und der chinesische Batteriehersteller CATL über ein Gemeinschaftsunternehmen in Ungarn. "
        "Ein Abschluss sei noch vor der Sommerpause möglich, hieß es.",
        [par(["Lindqvist-Bauer", "CATL"], T)],
    ),
    de(
        "Die Zusammenarbeit zwischen der Drogeriekette Saubermann und dem Lieferdienst Pakettante ist gescheitert. "
        "Beide Seiten hätten sich nicht auf gemeinsame Konditionen für die geplante Same-Day-Lieferung einigen können, sagte eine Saubermann-Sprecherin.",
        [par(["Saubermann", "Pakettante"], F)],
    ),
    de(
        "Der Medizintechnikhersteller Sanovis AG beteiligt sich mit 15 Prozent am Tübinger Diagnostik-Start-up Zellblick. "
        "Zugleich vereinbarten beide Unternehmen eine Vertriebspartnerschaft für Europa. "
        "Zellblick-Gründer Prof. Dr. Jonas Wetterich bleibt Mehrheitsgesellschafter.",
        [
            stake("Sanovis", "Zellblick", CA),
            par(["Sanovis", "Zellblick"], CA),
            pos("Jonas Wetterich", "Zellblick"),
        ],
    ),
    de(
        "Die beiden Familienunternehmen Gebr. Steinhauer GmbH & Co. KG und Holtkamp Fördertechnik legen ihr Geschäft zusammen. "
        "Das neue Unternehmen mit rund 1.100 Mitarbeitern soll unter dem Namen Steinhauer Holtkamp firmieren; die Kartellbehörden müssen noch zustimmen.",
        [mer(["Gebr. Steinhauer", "Holtkamp Fördertechnik"], A)],
    ),
    de(
        "Eine Fusion mit der Kreissparkasse Hohenstein-Ried lehnt der Verwaltungsrat der Sparkasse Talau ab. "
        "Man sehe „keinen Mehrwert für unsere Kunden“, sagte Verwaltungsratsvorsitzender und Landrat Gerhard Nübel. "
        "Die Kreissparkasse hatte im Frühjahr Sondierungsgespräche angeregt.",
        [
            mer(["Kreissparkasse Hohenstein-Ried", "Sparkasse Talau"], F),
            pos("Gerhard Nübel", "Sparkasse Talau"),
        ],
    ),
    de(
        "Der Staatsfonds aus Abu Dhabi, Mubadala, steigt beim Wasserstoff-Spezialisten Elektrolyt Systems aus Cottbus ein. "
        "Mubadala übernimmt im Zuge einer Kapitalerhöhung knapp 20 Prozent der Anteile, wie das Unternehmen am Abend per Ad-hoc-Mitteilung bekannt gab.",
        [stake("Mubadala", "Elektrolyt Systems", CA)],
    ),
    de(
        "Ob die angekündigte Partnerschaft mit SAP jemals zustande kommt, ist offen. "
        "Der Walldorfer Konzern habe lediglich eine Absichtserklärung unterschrieben, räumte Vorstand Philipp Krusenbaum von der Logistik-Software-Firma Trasso AG ein. "
        "Verbindliche Verträge gebe es bislang nicht.",
        [
            par(["SAP", "Trasso"], [A, T]),
            pos("Philipp Krusenbaum", "Trasso"),
        ],
    ),
    de(
        "Die Raiffeisen-Warengenossenschaft Osthessen und die Agravis-Tochter Landhandel Fulda-Werra GmbH prüfen eine Zusammenlegung ihrer Agrarhandelsaktivitäten. "
        "Ergebnisse der Gespräche sollen bis Ende des Jahres vorliegen.",
        [
            mer(
                ["Raiffeisen-Warengenossenschaft Osthessen", "Landhandel Fulda-Werra"],
                [T, R],
                types=[MER, PAR],
            )
        ],
    ),
    de(
        "Das Leipziger Fintech Kontofuchs hat eine Finanzierung über 42 Millionen Euro abgeschlossen. "
        "Neben dem Lead-Investor Atlantic Bridge Partners beteiligten sich auch Business Angels wie der frühere Commerzbank-Vorstand Hartmut Quandel. "
        "Eine Bewertung nannte das Unternehmen nicht.",
        [
            inv("Atlantic Bridge Partners", "Kontofuchs", C),
            pos("Hartmut Quandel", "Commerzbank"),
        ],
        optional=[inv("Hartmut Quandel", "Kontofuchs", C)],
    ),
    de(
        "Keine Beteiligung an Lieferdienst: Der Lebensmittelhändler Frischmarkt Kögel weist Spekulationen über einen Einstieg bei Flitzkorb zurück. "
        "„Wir haben kein Interesse an einer Beteiligung“, sagte Geschäftsführer Bernd Kögel.",
        [
            stake("Frischmarkt Kögel", "Flitzkorb", D),
            pos("Bernd Kögel", "Frischmarkt Kögel"),
        ],
    ),
    # --- Personalien: Berufungen, Rücktritte, Wechsel, Abwerbungen
    de(
        "Dr. Claudia von Essen-Harbach wird zum 1. April neue Finanzvorständin der Kornmayer Verpackungen AG. "
        "Sie kommt vom Chemiekonzern Laubach Chemie, wo sie zuletzt das Konzerncontrolling leitete. "
        "Ihr Vorgänger Rolf Timmermann scheidet nach 14 Jahren auf eigenen Wunsch aus dem Unternehmen aus.",
        [
            hire("Claudia von Essen-Harbach", "Kornmayer Verpackungen", A),
            dep("Rolf Timmermann", "Kornmayer Verpackungen", A),
        ],
        optional=[
            pos("Claudia von Essen-Harbach", "Laubach Chemie"),
            dep("Claudia von Essen-Harbach", "Laubach Chemie", A),
            pos("Claudia von Essen-Harbach", "Kornmayer Verpackungen"),
            pos("Rolf Timmermann", "Kornmayer Verpackungen"),
        ],
    ),
    de(
        "Der Vorstandsvorsitzende der Sparkasse Vogtland-Süd, Jürgen Pöschl, tritt zum Jahresende zurück. "
        "Das teilte der Verwaltungsrat am Mittwoch mit. Einen Nachfolger gibt es noch nicht.",
        [
            dep("Jürgen Pöschl", "Sparkasse Vogtland-Süd", A),
            pos("Jürgen Pöschl", "Sparkasse Vogtland-Süd"),
        ],
    ),
    de(
        "Nachdem Vertriebsvorständin Anke Morawietz den Küchenbauer Hellweg Küchen GmbH & Co. KG im Sommer verlassen hatte, übernimmt nun Tobias Grünewald die Verantwortung für den Vertrieb. "
        "Grünewald war bislang Bereichsleiter Export.",
        [
            dep("Anke Morawietz", "Hellweg Küchen", C),
            pos("Anke Morawietz", "Hellweg Küchen"),
            posh("Tobias Grünewald", "Hellweg Küchen"),
        ],
    ),
    de(
        "Der Softwarekonzern Datavia AG versucht offenbar gezielt, Entwickler beim Konkurrenten Kernlogik abzuwerben. "
        "Nach Angaben aus Unternehmenskreisen hat Datavia in den vergangenen Wochen mehr als 20 Kernlogik-Mitarbeitern Angebote gemacht.",
        [poa("Datavia", "Kernlogik", TR)],
    ),
    de(
        "Die Privatbank Hallberg & Söhne hat beim Wettbewerber Bankhaus Ortmann gleich ein ganzes Team abgeworben: "
        "Vermögensverwalter Konstantin Reuß-Lindemann und vier Kollegen wechseln zum 1. Mai zu Hallberg.",
        [
            poa("Hallberg & Söhne", "Bankhaus Ortmann", CA),
            hire("Konstantin Reuß-Lindemann", "Hallberg & Söhne", A),
            dep("Konstantin Reuß-Lindemann", "Bankhaus Ortmann", A),
        ],
        optional=[pos("Konstantin Reuß-Lindemann", "Bankhaus Ortmann")],
    ),
    de(
        "Der Vorwurf, man habe gezielt Ingenieure des Zulieferers Brammer Antriebstechnik abgeworben, sei „schlicht falsch“, erklärte ein Sprecher der Volterra Mobility GmbH. "
        "Die drei Entwickler hätten sich auf reguläre Stellenanzeigen beworben.",
        [poa("Volterra Mobility", "Brammer Antriebstechnik", D)],
    ),
    de(
        "„Wir sehen im Moment keinen Grund für Zukäufe“, sagt Monika Faltermeier, geschäftsführende Gesellschafterin der Faltermeier Brauerei in Eichstätt, im Gespräch mit unserer Zeitung. "
        "Das Haus sei mit seinen 85 Mitarbeitern gut aufgestellt.",
        [pos("Monika Faltermeier", "Faltermeier Brauerei")],
    ),
    de(
        "Erwin Lasch, im Hauptberuf Geschäftsführer der Lasch Elektrotechnik GmbH und seit 2019 Präsident des Fußball-Regionalligisten SV Blau-Weiß Sterkrade, will bei der Mitgliederversammlung im Herbst nicht erneut kandidieren.",
        [
            pos("Erwin Lasch", "Lasch Elektrotechnik"),
            pos("Erwin Lasch", "SV Blau-Weiß Sterkrade"),
        ],
        optional=[dep("Erwin Lasch", "SV Blau-Weiß Sterkrade", A)],
    ),
    de(
        "Personalwechsel an der Spitze der Ostholsteiner Versicherung VVaG: Zum 1. Juli rückt Katharina Lüdemann-Brix an die Spitze des Vorstands. "
        "Die 49-Jährige ist seit 2016 Vertriebsvorständin des Versicherungsvereins. "
        "Sie folgt auf Hans-Peter Gravert, der in den Ruhestand geht.",
        [
            posh("Katharina Lüdemann-Brix", "Ostholsteiner Versicherung"),
            dep("Hans-Peter Gravert", "Ostholsteiner Versicherung", A),
        ],
        optional=[pos("Hans-Peter Gravert", "Ostholsteiner Versicherung")],
    ),
    de(
        "Beim Autozulieferer Wendt-Kleinschmidt AG ist Vorstandschef Dr. Albrecht Reinholz mit sofortiger Wirkung abberufen worden. "
        "Der Aufsichtsrat begründete den Schritt mit „unterschiedlichen Auffassungen über die strategische Ausrichtung“. "
        "Interimistisch übernimmt Finanzchef Sven Oltmanns die Führung.",
        [
            dep("Albrecht Reinholz", "Wendt-Kleinschmidt", C),
            pos("Albrecht Reinholz", "Wendt-Kleinschmidt"),
            posh("Sven Oltmanns", "Wendt-Kleinschmidt"),
        ],
    ),
    de(
        "Gerüchte, wonach Marketingchefin Lea Sternbeck den Sportartikelhersteller Laufwerk verlassen und zu Adidas wechseln werde, wies das Unternehmen zurück. "
        "„Frau Sternbeck bleibt selbstverständlich an Bord“, sagte ein Sprecher.",
        [
            dep("Lea Sternbeck", "Laufwerk", D),
            pos("Lea Sternbeck", "Laufwerk"),
        ],
        optional=[hire("Lea Sternbeck", "Adidas", D)],
    ),
    de(
        "Die Stadtwerke Bad Kreuzbach haben einen neuen Geschäftsführer: Der Aufsichtsrat berief am Montagabend einstimmig den Energiewirtschaftler Timo Haferkamp. "
        "Haferkamp war zuvor Prokurist bei der Thüga-Beteiligung Energie Südpfalz. Er tritt sein Amt am 1. März an.",
        [
            hire("Timo Haferkamp", "Stadtwerke Bad Kreuzbach", A),
        ],
        optional=[
            pos("Timo Haferkamp", "Energie Südpfalz"),
            dep("Timo Haferkamp", "Energie Südpfalz", A),
            pos("Timo Haferkamp", "Stadtwerke Bad Kreuzbach"),
        ],
    ),
    de(
        "Nach nur elf Monaten im Amt verlässt Personalvorständin Birte Ohlendorf den Landmaschinenhersteller Krone-Ellinghaus wieder. "
        "Ihr Vertrag wurde im gegenseitigen Einvernehmen aufgelöst. Ihre Aufgaben übernimmt vorerst Vorstandschef Wilhelm Ellinghaus.",
        [
            dep("Birte Ohlendorf", "Krone-Ellinghaus", CA),
            pos("Birte Ohlendorf", "Krone-Ellinghaus"),
            pos("Wilhelm Ellinghaus", "Krone-Ellinghaus"),
        ],
    ),
    de(
        "Der frühere Siemens-Manager Dr. Heiko van der Laan steigt als Partner bei der Beteiligungsgesellschaft Fichtelberg Capital ein. "
        "Er soll dort vor allem Investitionen in Industriesoftware verantworten.",
        [
            hire("Heiko van der Laan", "Fichtelberg Capital", CA),
            pos("Heiko van der Laan", "Siemens"),
        ],
        optional=[pos("Heiko van der Laan", "Fichtelberg Capital")],
    ),
    de(
        "Wie das Unternehmen bestätigte, wird Gründer und Geschäftsführer Yusuf Demirtaş das Hamburger Start-up Lastenrad Logistik Ende März verlassen. "
        "Er wolle sich neuen Projekten widmen, hieß es. Mitgründerin Frauke Ibsen führt die Firma künftig allein.",
        [
            dep("Yusuf Demirtaş", "Lastenrad Logistik", A),
            pos("Yusuf Demirtaş", "Lastenrad Logistik"),
            pos("Frauke Ibsen", "Lastenrad Logistik"),
        ],
    ),
    de(
        "Medienberichten zufolge soll Porsche-Entwicklungschef Marius Kallweit vor einem Wechsel zum Elektroautobauer Voltano stehen. "
        "Weder Porsche noch Voltano wollten die Berichte kommentieren.",
        [
            hire("Marius Kallweit", "Voltano", R),
            pos("Marius Kallweit", "Porsche"),
        ],
        optional=[
            dep("Marius Kallweit", "Porsche", R),
            poa("Voltano", "Porsche", R),
        ],
    ),
    de(
        "Die Genossenschaft Milchwerke Allgäu-Oberschwaben eG hat ihren Vorstand verkleinert. "
        "Produktionsvorstand Alois Hirnböck scheidet Ende Juni aus, seine Aufgaben werden auf die verbleibenden Vorstände Renate Zoller und Michael Pfanzelt verteilt.",
        [
            dep("Alois Hirnböck", "Milchwerke Allgäu-Oberschwaben", A),
            pos("Alois Hirnböck", "Milchwerke Allgäu-Oberschwaben"),
            pos("Renate Zoller", "Milchwerke Allgäu-Oberschwaben"),
            pos("Michael Pfanzelt", "Milchwerke Allgäu-Oberschwaben"),
        ],
    ),
    de(
        "Den Posten des Aufsichtsratsvorsitzenden bei der Nordsee-Reederei Harms & Tiedje übernimmt die frühere Hapag-Lloyd-Managerin Dr. Ines Brockhoff-Saleh. "
        "Die Hauptversammlung wählte sie am Freitag mit 98 Prozent der Stimmen.",
        [
            hire("Ines Brockhoff-Saleh", "Harms & Tiedje", C),
            pos("Ines Brockhoff-Saleh", "Hapag-Lloyd"),
        ],
        optional=[pos("Ines Brockhoff-Saleh", "Harms & Tiedje")],
    ),
    de(
        "Im Streit um die Nachfolge an der Spitze des Möbelhauses Wohnwelt Kranzbühler hat sich Seniorchef Gottfried Kranzbühler durchgesetzt: "
        "Sein Sohn Maximilian tritt zum Jahreswechsel in die Geschäftsführung ein, Tochter Johanna Kranzbühler-Vogt dagegen zieht sich aus dem Familienunternehmen zurück.",
        [
            pos("Gottfried Kranzbühler", "Wohnwelt Kranzbühler"),
            hire("Maximilian Kranzbühler", "Wohnwelt Kranzbühler", A),
            dep("Johanna Kranzbühler-Vogt", "Wohnwelt Kranzbühler", CA),
        ],
        optional=[pos("Johanna Kranzbühler-Vogt", "Wohnwelt Kranzbühler")],
    ),
    de(
        "Der Vorstoß des Versandhändlers Otto, Logistikexperten des Konkurrenten Zalando abzuwerben, war nur teilweise erfolgreich: "
        "Von sieben angesprochenen Führungskräften sagten nach Informationen der „Wirtschaftswoche“ sechs ab. "
        "Lediglich Lagerleiterin Petra Czajkowski wechselt im Frühjahr nach Hamburg.",
        [
            poa("Otto", "Zalando", [C, A, F]),
            hire("Petra Czajkowski", "Otto", A),
            dep("Petra Czajkowski", "Zalando", A),
        ],
        optional=[pos("Petra Czajkowski", "Zalando")],
    ),
    de(
        "Die Gewerkschaft IG Metall hat den Rücktritt von Werksleiter Frank Osterloh beim Gießereibetrieb Hüttenguss Unterharz gefordert. "
        "Osterloh selbst lehnt einen Rückzug ab: „Ich trete nicht zurück“, sagte er am Rande einer Betriebsversammlung.",
        [
            pos("Frank Osterloh", "Hüttenguss Unterharz"),
        ],
        optional=[dep("Frank Osterloh", "Hüttenguss Unterharz", [D, F])],
    ),
    # --- gemischte Meldungen, Rückverweise, Nebensätze, Ablenker
    de(
        "FRANKFURT (dpa-AFX) - Die Aktie der Vectrum Software AG ist am Dienstag nach einem Übernahmeangebot um fast 30 Prozent nach oben geschossen. "
        "Der US-Finanzinvestor Blackridge bietet 54 Euro je Aktie in bar, wie das im SDax notierte Unternehmen mitteilte. "
        "Vorstand und Aufsichtsrat wollen die Offerte prüfen; Gründer und Großaktionär Dietmar Vektor hat sich bereits verpflichtet, seine Anteile anzudienen.",
        [
            acq("Blackridge", "Vectrum Software", [T, A]),
            pos("Dietmar Vektor", "Vectrum Software"),
        ],
    ),
    de(
        "Der Getränkehersteller Quellwerk Harzgold hat seine Mineralwassermarke Brockenquelle an den Konkurrenten Fürstenbrunn verkauft. "
        "Das teilte die Firma am Freitag in Wernigerode mit. Die Marke war 2011 von der Familie Aschenbach übernommen worden; "
        "Quellwerk will sich künftig auf Limonaden konzentrieren.",
        [],
        optional=[acq("Fürstenbrunn", "Brockenquelle", C)],
    ),
    de(
        "Der Zusammenschluss der beiden Messegesellschaften Messe Weserland und Nordmesse Oldenburg ist vom Tisch. "
        "Die Gesellschafter – die Städte Bremen und Oldenburg – hätten sich nicht auf eine gemeinsame Führungsstruktur einigen können, teilten beide Messen mit.",
        [mer(["Messe Weserland", "Nordmesse Oldenburg"], F)],
    ),
    de(
        "Mit der Übernahme des Kasseler Softwarehauses Planwerk IT baut die Thalberg-Gruppe ihr Digitalgeschäft aus. "
        "Der Kaufvertrag wurde bereits im Dezember unterzeichnet und ist inzwischen vollzogen. "
        "Planwerk-Geschäftsführer Stefan Ruckdeschel wechselt in die Geschäftsleitung der Gruppe.",
        [
            acq("Thalberg-Gruppe", "Planwerk IT", C),
            pos("Stefan Ruckdeschel", "Planwerk IT"),
        ],
        optional=[
            hire("Stefan Ruckdeschel", "Thalberg-Gruppe", [A, C]),
            posh("Stefan Ruckdeschel", "Thalberg-Gruppe"),
        ],
    ),
    de(
        "Bislang hatte die Heitmann Verpackungs-GmbH eine Beteiligung an dem Konkurrenten Druckhaus Elsner stets ausgeschlossen. "
        "Nun sind beide Seiten doch in Gespräche eingetreten, wie die „Lebensmittel Zeitung“ berichtet. "
        "Heitmann-Chef Oliver Bruns bestätigte Verhandlungen über eine Minderheitsbeteiligung.",
        [
            stake("Heitmann Verpackungs-GmbH", "Druckhaus Elsner", T),
            pos("Oliver Bruns", "Heitmann Verpackungs-GmbH"),
        ],
    ),
    de(
        "Die Unternehmerfamilie Würtenberger hat für ihr Traditionsunternehmen, den Armaturenhersteller Würtenberger Sanitär, einen Käufer gefunden. "
        "Neuer Eigentümer wird die schwedische Aqualund AB. Die Belegschaft wurde am Morgen auf einer Betriebsversammlung informiert. "
        "Der Abschluss wird bis Ende des zweiten Quartals erwartet.",
        [acq("Aqualund", "Würtenberger Sanitär", A)],
    ),
    de(
        "Die Kreissparkasse Mühlhausen-Eichsfeld stellt sich neu auf: Ab Oktober führt Carsten Möbius das Institut. "
        "Er kommt von der Sparkasse Gotha, deren Vorstand er seit 2018 angehört. "
        "Der bisherige Vorstandsvorsitzende Dieter Lautenschläger war im Frühjahr überraschend verstorben.",
        [
            hire("Carsten Möbius", "Kreissparkasse Mühlhausen-Eichsfeld", A),
            pos("Carsten Möbius", "Sparkasse Gotha"),
            pos("Dieter Lautenschläger", "Kreissparkasse Mühlhausen-Eichsfeld"),
        ],
        optional=[
            dep("Carsten Möbius", "Sparkasse Gotha", A),
            dep("Dieter Lautenschläger", "Kreissparkasse Mühlhausen-Eichsfeld", C),
        ],
    ),
    de(
        "Der Kunststoffspezialist Polyform Rhein-Main hat die Gespräche über einen Verkauf an den Finanzinvestor Eastgate Equity abgebrochen. "
        "Man habe sich über zentrale Vertragsbedingungen nicht einigen können, teilte Polyform mit. "
        "Der Investor hatte das Unternehmen seit dem Sommer umworben.",
        [acq("Eastgate Equity", "Polyform Rhein-Main", F)],
    ),
    de(
        "„Eine Kooperation mit Bosch oder Continental ist für uns derzeit kein Thema“, sagte Geschäftsführerin Nadine Ostrowski von der Sensorikfirma Lichtwerk Optronics. "
        "Man wolle aus eigener Kraft wachsen.",
        [pos("Nadine Ostrowski", "Lichtwerk Optronics")],
        optional=[par(["Lichtwerk Optronics", "Bosch"], D), par(["Lichtwerk Optronics", "Continental"], D)],
    ),
    de(
        "Der Bauzulieferer Hagemann Profile AG will im Frühjahr an die Börse – zuvor steigt allerdings noch ein Ankerinvestor ein: "
        "Die Beteiligungsgesellschaft Lindenhof Family Office zeichnet Aktien im Wert von 60 Millionen Euro, wie Hagemann am Donnerstag mitteilte.",
        [stake("Lindenhof Family Office", "Hagemann Profile", [A, C])],
    ),
    de(
        "Gemeinsam übernehmen die Stadtwerke Pforzbach und die EnBW-Tochter Netze Kraichgau den insolventen Solarparkbetreiber Sonnenfeld Energie. "
        "Die beiden Käufer halten künftig je 50 Prozent; das Amtsgericht hat dem Insolvenzplan am Montag zugestimmt.",
        [
            acq("Stadtwerke Pforzbach", "Sonnenfeld Energie", CA),
            acq("Netze Kraichgau", "Sonnenfeld Energie", CA),
        ],
        optional=[par(["Stadtwerke Pforzbach", "Netze Kraichgau"], CA)],
    ),
    de(
        "Der Konzern hatte lange gezögert. Doch nun macht die Rheinauer Chemie AG ernst: "
        "Sie kauft für rund 310 Millionen Euro den Spezialkleber-Hersteller Haftwerk aus Bielefeld, wie Vorstandschef Dr. Matthias Oellers am Mittwoch bekannt gab. "
        "Das Geschäft steht noch unter dem Vorbehalt der Kartellbehörden.",
        [
            acq("Rheinauer Chemie", "Haftwerk", A),
            pos("Matthias Oellers", "Rheinauer Chemie"),
        ],
    ),
    de(
        "Beim Fußball-Zweitligisten FC Hafenstadt Rostock übernimmt der Unternehmer Ralf Dettmann, Inhaber der Dettmann Bau GmbH, den Vorsitz des Aufsichtsrats. "
        "Sein Vorgänger Uwe Pagel war nach dem Abstieg zurückgetreten.",
        [
            hire("Ralf Dettmann", "FC Hafenstadt Rostock", [A, C]),
            pos("Ralf Dettmann", "Dettmann Bau"),
            dep("Uwe Pagel", "FC Hafenstadt Rostock", C),
        ],
        optional=[pos("Uwe Pagel", "FC Hafenstadt Rostock"), pos("Ralf Dettmann", "FC Hafenstadt Rostock")],
    ),
    de(
        "Der Elektronikdienstleister Kabelwerk Sachsen sucht derzeit mehr als 150 Fachkräfte. "
        "Um neue Mitarbeiter zu gewinnen, zahlt das Unternehmen Antrittsprämien von bis zu 3.000 Euro, sagte Personalleiterin Sandra Mühlberg.",
        [pos("Sandra Mühlberg", "Kabelwerk Sachsen")],
    ),
    de(
        "Die Ehninger Weinkellerei eG und die Winzergenossenschaft Remstal-Süd gehen ab der kommenden Lese gemeinsame Wege. "
        "Die Mitglieder beider Genossenschaften stimmten der Verschmelzung mit großer Mehrheit zu; die Ehninger Weinkellerei ist aufnehmende Genossenschaft.",
        [mer(["Ehninger Weinkellerei", "Winzergenossenschaft Remstal-Süd"], [A, C])],
        optional=[acq("Ehninger Weinkellerei", "Winzergenossenschaft Remstal-Süd", [A, C])],
    ),
    de(
        "Wer neuer Chef des angeschlagenen Leuchtenherstellers Luxora wird, ist weiter offen. "
        "Ein Kandidat, der frühere Osram-Manager Bernhard Zieglmeier, habe abgesagt, berichtet das „Manager Magazin“. "
        "Luxora hatte sich im Januar von Vorstandschef Georg Pfisterer getrennt.",
        [
            pos("Bernhard Zieglmeier", "Osram"),
            dep("Georg Pfisterer", "Luxora", C),
        ],
        optional=[hire("Bernhard Zieglmeier", "Luxora", F), pos("Georg Pfisterer", "Luxora")],
    ),
    de(
        "Der Immobilienkonzern Vonovia soll Insidern zufolge erwägen, sich von seinem Anteil an der Wohnungsgesellschaft Westfalenheim zu trennen. "
        "Als Käufer komme unter anderem die Versorgungskasse der Ärztekammer Nordrhein infrage, hieß es. Eine Vonovia-Sprecherin sagte, man kommentiere keine Marktgerüchte.",
        [],
        optional=[acq("Versorgungskasse der Ärztekammer Nordrhein", "Westfalenheim", R)],
    ),
    # ------------------------------------------------------------------ English
    # --- deals: tech, pharma, banking, retail, energy
    en(
        "Halvorsen Therapeutics Inc. said on Monday it had agreed to be acquired by Roche for $2.3 billion, or $41 a share, in a deal that gives the Swiss drugmaker access to Halvorsen's late-stage kidney-disease programme. "
        "The transaction is expected to close in the second half of the year, subject to Halvorsen shareholder approval.",
        [acq("Roche", "Halvorsen Therapeutics", A)],
    ),
    en(
        "Brightwater Retail Group plc has completed its acquisition of the 84-store discount chain ValuMart from private-equity owner Kestrel Partners, the company said in a statement to the London Stock Exchange.",
        [acq("Brightwater Retail Group", "ValuMart", C)],
    ),
    en(
        "Ondrix Semiconductor is exploring a sale and has held preliminary talks with at least two larger chipmakers, according to people familiar with the matter. "
        "One of the suitors is Texas Instruments, the people said, asking not to be identified because the discussions are private. "
        "An Ondrix spokeswoman declined to comment.",
        [acq("Texas Instruments", "Ondrix Semiconductor", TR)],
    ),
    en(
        "Talks between regional lender First Cascade Bancorp and Pinewood Savings Bank over an all-stock merger have collapsed, the two banks said late on Friday, "
        "citing 'changed market conditions'. The deal, first reported by Reuters in March, would have created a lender with $14 billion in assets.",
        [mer(["First Cascade Bancorp", "Pinewood Savings Bank"], F)],
    ),
    en(
        "Fernhill Energy denied a newspaper report that it was preparing a takeover bid for North Sea operator Skerry Oil & Gas. "
        "'We are not in discussions with Skerry and have no intention of making an offer,' the company said.",
        [acq("Fernhill Energy", "Skerry Oil & Gas", D)],
    ),
    en(
        "Quillstone AI, a San Francisco start-up that builds contract-review software for in-house legal teams, has raised $65 million in a Series B round led by Lightspeed Venture Partners, "
        "with participation from existing backers Amberline Capital and Foxglove Ventures. "
        "Co-founder and chief executive Priya Raghunathan said the money would fund expansion into Europe.",
        [
            inv("Lightspeed Venture Partners", "Quillstone AI", C),
            inv("Amberline Capital", "Quillstone AI", C),
            inv("Foxglove Ventures", "Quillstone AI", C),
            pos("Priya Raghunathan", "Quillstone AI"),
        ],
    ),
    en(
        "Microsoft and Norvik Labs announced a multiyear partnership under which Norvik's protein-folding models will be offered on Azure. "
        "Financial terms were not disclosed.",
        [par(["Microsoft", "Norvik Labs"], CA)],
    ),
    en(
        "Tarrow Foods to buy Mill Lane Bakeries in £180m deal\n"
        "Tarrow Foods, the Yorkshire-based maker of ready meals, said it would buy family-owned Mill Lane Bakeries for £180 million. "
        "Mill Lane's managing director, Gwen Aldous-Pryce, will stay on after the deal closes.",
        [
            acq("Tarrow Foods", "Mill Lane Bakeries", A),
            pos("Gwen Aldous-Pryce", "Mill Lane Bakeries"),
        ],
    ),
    en(
        "Shareholders of Corbel Mining Corp. on Thursday rejected the proposed C$4.1 billion takeover by rival Ironvale Resources, "
        "with 61% of votes cast against the deal. Ironvale said it would not raise its offer.",
        [acq("Ironvale Resources", "Corbel Mining", F)],
    ),
    en(
        "Apex Hydrogen N.V. has taken a 35% stake in Spanish electrolyser start-up Hidrolux, the Dutch company said, "
        "paying €48 million in a mix of cash and shares. It has an option to acquire the remainder by 2028.",
        [stake("Apex Hydrogen", "Hidrolux", C)],
    ),
    en(
        "Bank of Marlow and Severn Building Society said they were in exclusive talks about combining, in what would be the largest mutual-sector deal in a decade. "
        "There can be no certainty that an agreement will be reached, the two lenders cautioned.",
        [mer(["Bank of Marlow", "Severn Building Society"], T)],
    ),
    en(
        "Walmart is buying 1,200 electric delivery vans from Canoo-rival Redline Motors, the retailer said, in one of the largest commercial EV orders in the US this year.",
        [],
    ),
    en(
        "An analyst at Stoneleigh Securities, Mark Oduya, wrote on Tuesday that a combination of Peregrine Airlines and Harbor Air 'would make strategic sense' but said he saw no sign the carriers were talking. "
        "Both airlines declined to comment.",
        [pos("Mark Oduya", "Stoneleigh Securities")],
        optional=[mer(["Peregrine Airlines", "Harbor Air"], R)],
    ),
    en(
        "The acquisition of Lumora Health by UnitedHealth Group, which was announced in January, was blocked by a federal judge on Wednesday after the Justice Department sued to stop it on antitrust grounds.",
        [acq("UnitedHealth Group", "Lumora Health", F)],
    ),
    en(
        "Cobalt Street Capital LLC, the investment firm founded by former Goldman Sachs partner Ellen Marchetti, has made a minority investment in craft-spirits maker Old Quarry Distilling Co. "
        "The size of the stake was not disclosed.",
        [
            stake("Cobalt Street Capital", "Old Quarry Distilling", C),
            pos("Ellen Marchetti", "Cobalt Street Capital"),
            pos("Ellen Marchetti", "Goldman Sachs"),
        ],
    ),
    en(
        "Vantor Pharmaceuticals and Kyoto-based Shiramine Biologics signed a licensing agreement giving Vantor exclusive rights to develop Shiramine's antibody SB-204 outside Japan. "
        "Shiramine will receive $120 million upfront and up to $900 million in milestones.",
        [par(["Vantor Pharmaceuticals", "Shiramine Biologics"], CA)],
    ),
    en(
        "Sources say Grayling Media is weighing an approach for podcast network Loudhouse Audio, though no formal offer has been made and the board has not yet been contacted.",
        [acq("Grayling Media", "Loudhouse Audio", R)],
    ),
    en(
        "Nordstrand Wind A/S and Irish utility Eirgen plc have formed a 50-50 joint venture to develop 1.5 gigawatts of offshore wind off the coast of Co. Wexford.",
        [par(["Nordstrand Wind", "Eirgen"], CA)],
    ),
    en(
        "After a three-month bidding war, payments firm Tillpoint Inc. has won the auction for bankrupt fintech Ledgerly, beating a rival offer from Block. "
        "A bankruptcy court approved the $94 million sale on Tuesday; the deal is expected to close within days.",
        [
            acq("Tillpoint", "Ledgerly", [A, C]),
        ],
        optional=[acq("Block", "Ledgerly", F)],
    ),
    en(
        "SoftBank's Vision Fund did not participate in the latest funding round for Kestrel Robotics, the company confirmed, contradicting earlier media reports. "
        "The $80 million round was led by Tiger Global.",
        [inv("Tiger Global", "Kestrel Robotics", C)],
        optional=[inv("SoftBank Vision Fund", "Kestrel Robotics", D)],
    ),
    # --- people: appointments, exits, poaching, law firms, sports clubs
    en(
        "Meridian Trust Bank has named Olusegun Adebayo-Clarke as its next chief financial officer, effective June 1. "
        "Adebayo-Clarke joins from HSBC, where he was head of group treasury. He succeeds Karen Whitlock, who is retiring after 22 years with the bank.",
        [
            hire("Olusegun Adebayo-Clarke", "Meridian Trust Bank", A),
            pos("Olusegun Adebayo-Clarke", "HSBC"),
            dep("Karen Whitlock", "Meridian Trust Bank", A),
        ],
        optional=[
            dep("Olusegun Adebayo-Clarke", "HSBC", A),
            pos("Karen Whitlock", "Meridian Trust Bank"),
        ],
    ),
    en(
        "Linwood Hart LLP has hired a four-partner private equity team from rival Crane Abernathy, the latest in a string of departures from the London firm. "
        "The group, led by partner Rupert Fairleigh-Moss, started at Linwood Hart on Monday.",
        [
            poa("Linwood Hart", "Crane Abernathy", C),
            hire("Rupert Fairleigh-Moss", "Linwood Hart", C),
            dep("Rupert Fairleigh-Moss", "Crane Abernathy", C),
        ],
        optional=[pos("Rupert Fairleigh-Moss", "Crane Abernathy")],
    ),
    en(
        "Tessaro Inc. said Chief Executive Dan Okafor stepped down on Friday, effective immediately, following an internal investigation into his expense reports. "
        "The board appointed Chief Operating Officer Lauren Metz as interim CEO.",
        [
            dep("Dan Okafor", "Tessaro", C),
            pos("Dan Okafor", "Tessaro"),
            posh("Lauren Metz", "Tessaro"),
        ],
    ),
    en(
        "Westbury Rovers FC have sacked manager Gary Holcombe after a run of seven defeats in nine league games, the Championship club announced on Sunday. "
        "First-team coach Dean Arkwright will take charge of the side for Tuesday's match against Millbrook Town.",
        [
            dep("Gary Holcombe", "Westbury Rovers", C),
            pos("Gary Holcombe", "Westbury Rovers"),
            posh("Dean Arkwright", "Westbury Rovers"),
        ],
    ),
    en(
        "Rumours that Apple had tried to lure away Sable Devices' head of silicon engineering, Mei-Lin Tran, were 'completely untrue', Sable chief executive Hugo Brandt told analysts on Thursday. "
        "Tran remains with the company.",
        [
            poa("Apple", "Sable Devices", D),
            pos("Mei-Lin Tran", "Sable Devices"),
            pos("Hugo Brandt", "Sable Devices"),
        ],
    ),
    en(
        "Corliss Energy said on Tuesday that Amanda Voss would not be joining the company as chief executive, two weeks after it announced her appointment. "
        "Voss, currently president of rival Sunmark Power, decided to remain in her role, Corliss said.",
        [
            hire("Amanda Voss", "Corliss Energy", F),
            pos("Amanda Voss", "Sunmark Power"),
        ],
    ),
    en(
        "Former Pfizer executive Dr. Rajiv Malhotra-Singh has joined the board of directors of Cellbridge Therapeutics, the biotech said. "
        "He previously led Pfizer's oncology research unit for eight years.",
        [
            hire("Rajiv Malhotra-Singh", "Cellbridge Therapeutics", C),
            pos("Rajiv Malhotra-Singh", "Pfizer"),
        ],
        optional=[pos("Rajiv Malhotra-Singh", "Cellbridge Therapeutics")],
    ),
    en(
        "Goldwyn & Pratt, the Chicago-based law firm, is in talks to bring over a group of restructuring lawyers from Kirkland & Ellis, according to two people familiar with the discussions. "
        "The talks are at an early stage and may not result in any moves.",
        [poa("Goldwyn & Pratt", "Kirkland & Ellis", TR)],
    ),
    en(
        "Jonathan Pike, who founded cloud-storage provider Driftbox in 2011 and ran it until its sale to Dropbox, is returning to the start-up world: "
        "he has been named chief executive of Nimbus Grid, a 40-person company building software for data centres.",
        [
            pos("Jonathan Pike", "Driftbox"),
            hire("Jonathan Pike", "Nimbus Grid", [A, C]),
        ],
        optional=[acq("Dropbox", "Driftbox", C), pos("Jonathan Pike", "Nimbus Grid")],
    ),
    en(
        "Stellarion Group plc announced that Sir Nigel Ashdown will retire as chairman at the annual general meeting in May and will be succeeded by non-executive director Baroness Harriet Vane-Tempest.",
        [
            dep("Nigel Ashdown", "Stellarion Group", A),
            pos("Nigel Ashdown", "Stellarion Group"),
            posh("Harriet Vane-Tempest", "Stellarion Group"),
        ],
    ),
    en(
        "Two senior portfolio managers have left Halberd Asset Management to join rival Crestline Investors, "
        "marking the third high-profile exit from Halberd this year. Crestline declined to name the managers.",
        [
            poa("Crestline Investors", "Halberd Asset Management", CA),
        ],
    ),
    en(
        "Ava Lindqvist, the chief technology officer of Oslo-based shipping-software firm Fjordline Systems, is not leaving the company, a spokesperson said, "
        "responding to a Bloomberg report that she was in talks to join Maersk.",
        [
            pos("Ava Lindqvist", "Fjordline Systems"),
            dep("Ava Lindqvist", "Fjordline Systems", D),
        ],
        optional=[hire("Ava Lindqvist", "Maersk", [D, T, R])],
    ),
    en(
        "Boston Harbor FC has appointed Camila Restrepo as its new sporting director. Restrepo, 38, spent the last five seasons as head of recruitment at Portland Timbers "
        "and will start her new job on January 2.",
        [
            hire("Camila Restrepo", "Boston Harbor FC", A),
            pos("Camila Restrepo", "Portland Timbers"),
        ],
        optional=[dep("Camila Restrepo", "Portland Timbers", A)],
    ),
    en(
        "The departure of Northpoint Bank's chief risk officer, Elaine Kwok, was announced alongside quarterly results on Wednesday. "
        "Kwok will leave at the end of March to 'pursue other opportunities'. The bank has begun a search for her successor.",
        [
            dep("Elaine Kwok", "Northpoint Bank", A),
            pos("Elaine Kwok", "Northpoint Bank"),
        ],
    ),
    en(
        "Veteran retailer Simon Achebe-Lowe is set to become the next chief executive of department-store chain Harrowgate's, Sky News reported on Saturday, citing sources. "
        "An announcement could come as soon as next week.",
        [hire("Simon Achebe-Lowe", "Harrowgate's", R)],
    ),
    en(
        "Meta has hired Daniel Ferreira-Costa, the co-founder of AI start-up Tenfold Reasoning, to lead a new research group, "
        "in a move that people close to the company described as an attempt to poach talent from OpenAI, where Ferreira-Costa worked until last year.",
        [
            hire("Daniel Ferreira-Costa", "Meta", C),
            pos("Daniel Ferreira-Costa", "Tenfold Reasoning"),
            pos("Daniel Ferreira-Costa", "OpenAI"),
        ],
        optional=[
            poa("Meta", "OpenAI", ANY),
            poa("Meta", "Tenfold Reasoning", ANY),
            dep("Daniel Ferreira-Costa", "Tenfold Reasoning", ANY),
        ],
    ),
    en(
        "Q&A: 'We don't need to buy growth' - an interview with Theresa Nwosu, chief executive of Greenhaven Grocers\n"
        "Nwosu, who took over at the 300-store chain in 2022 after a decade at Tesco, says she has no plans for acquisitions and will focus on refurbishing existing stores.",
        [
            pos("Theresa Nwosu", "Greenhaven Grocers"),
            pos("Theresa Nwosu", "Tesco"),
        ],
        optional=[hire("Theresa Nwosu", "Greenhaven Grocers", C), dep("Theresa Nwosu", "Tesco", C)],
    ),
    en(
        "Patrick Devlin has been promoted to managing partner of the Dublin office of law firm Maher Quinlan O'Rourke, replacing Siobhan Keane, who becomes the firm's global chair.",
        [
            posh("Patrick Devlin", "Maher Quinlan O'Rourke"),
            posh("Siobhan Keane", "Maher Quinlan O'Rourke"),
        ],
    ),
    # --- mixed stories, back-references, distractors
    en(
        "The company had long insisted it would stay independent. But on Monday, Arcwell Logistics Corp. agreed to sell itself to Japan's Nippon Express Holdings for $1.7 billion, "
        "ending a months-long strategic review. Arcwell chief executive Brenda Okonkwo will leave once the deal closes.",
        [
            acq("Nippon Express Holdings", "Arcwell Logistics", A),
            pos("Brenda Okonkwo", "Arcwell Logistics"),
            dep("Brenda Okonkwo", "Arcwell Logistics", A),
        ],
    ),
    en(
        "Sterling & Ridge Hospitality, which owns 46 boutique hotels, bought a 12-storey office building in Manchester for £38 million and plans to convert it into a hotel.",
        [],
    ),
    en(
        "Harlow County Council has awarded a £22 million contract for street-lighting maintenance to Lumen Civic Services Ltd, replacing the incumbent provider Brightways.",
        [],
        optional=[par(["Harlow County Council", "Lumen Civic Services"], C)],
    ),
    en(
        "BioNest Capital, the venture arm of Dutch insurer Zeelander Verzekeringen N.V., has led a €12 million seed round in Amsterdam-based Carewave. "
        "BioNest managing partner Joost van der Meulen will join Carewave's board.",
        [
            inv("BioNest Capital", "Carewave", C),
            pos("Joost van der Meulen", "BioNest Capital"),
            hire("Joost van der Meulen", "Carewave", A),
        ],
    ),
    en(
        "Was the merger of Dunmore Brewing and Caskfield Ales a mistake? Three years after the two craft brewers combined to form Dunmore Caskfield, volumes are down 18% and co-founder Ian Caskfield has quit the board.",
        [
            mer(["Dunmore Brewing", "Caskfield Ales"], C),
            pos("Ian Caskfield", "Caskfield Ales"),
            dep("Ian Caskfield", "Dunmore Caskfield", C),
        ],
        optional=[pos("Ian Caskfield", "Dunmore Caskfield")],
    ),
    en(
        "Oakridge Pharmaceuticals has walked away from its $900 million agreement to buy Calyx Biosciences after a key drug trial failed, the companies said. "
        "Calyx will receive a $30 million break fee.",
        [acq("Oakridge Pharmaceuticals", "Calyx Biosciences", F)],
    ),
    en(
        "Hollins Grant, the Atlanta-based accounting firm, and Prairie Stone Advisors of Omaha will combine their practices on July 1, creating a firm with 1,400 staff, the firms' managing partners said in a joint statement.",
        [mer(["Hollins Grant", "Prairie Stone Advisors"], A)],
    ),
    en(
        "Reports that Vodafone is in talks to buy broadband provider FibreLink UK are 'speculation', a Vodafone spokesperson said. "
        "FibreLink's owner, infrastructure fund Greycoat Infrastructure Partners, declined to comment.",
        [acq("Vodafone", "FibreLink UK", [D, R])],
    ),
    en(
        "Nexora Inc. has agreed to acquire Swedish mapping start-up Kartlab AB and its sister company Kartlab Analytics for an undisclosed sum. "
        "Kartlab founders Elin Sjöberg and Mats Hellqvist will join Nexora's geospatial unit.",
        [
            acq("Nexora", "Kartlab", A),
            acq("Nexora", "Kartlab Analytics", A),
            pos("Elin Sjöberg", "Kartlab"),
            pos("Mats Hellqvist", "Kartlab"),
        ],
        optional=[hire("Elin Sjöberg", "Nexora", A), hire("Mats Hellqvist", "Nexora", A)],
    ),
    en(
        "In a letter to shareholders, activist investor Pelham Ridge Capital urged the board of Crowley Industrial to explore a sale of the company and to replace chief executive Martin Haas. "
        "Pelham Ridge owns about 6% of Crowley.",
        [
            pos("Martin Haas", "Crowley Industrial"),
        ],
        optional=[stake("Pelham Ridge Capital", "Crowley Industrial", C)],
    ),
    en(
        "Southern Valley Electric Cooperative will partner with Tesla to install battery storage at 14 substations, the co-op said Thursday. "
        "The agreement is subject to approval by the state utilities commission.",
        [par(["Southern Valley Electric Cooperative", "Tesla"], A)],
    ),
    en(
        "Blue Heron Partners, a private-equity firm, is nearing a deal to buy a majority stake in Fresno-based almond processor Valley Orchard Foods, people with knowledge of the talks said. "
        "An agreement could be announced within weeks.",
        [acq("Blue Heron Partners", "Valley Orchard Foods", TR)],
    ),
    en(
        "Former Barclays chief operating officer Natasha Ellery-Grant has been appointed chair of fintech lender Plumbline, replacing co-founder Tom Rees, who remains on the board as a non-executive director.",
        [
            hire("Natasha Ellery-Grant", "Plumbline", [A, C]),
            pos("Natasha Ellery-Grant", "Barclays"),
            pos("Tom Rees", "Plumbline"),
        ],
    ),
    en(
        "Ravensworth Athletic's owner, US businessman Chuck Delacroix, has agreed to sell the League Two club to a consortium led by local property developer Imran Qureshi, the club said. "
        "The takeover still needs EFL approval.",
        [
            pos("Chuck Delacroix", "Ravensworth Athletic"),
            acq("Imran Qureshi", "Ravensworth Athletic", A),
        ],
    ),
    en(
        "Ashgrove Insurance Group said it would not pursue a bid for rival Pembury Mutual, days after confirming it had been considering an offer. "
        "Under UK takeover rules, Ashgrove is now barred from making an approach for six months.",
        [acq("Ashgrove Insurance Group", "Pembury Mutual", F)],
    ),
    en(
        "Kinetic Grid Ltd, which makes smart meters, signed a supply deal with EDF under which it will provide 200,000 devices over three years. "
        "Kinetic Grid finance director Owen Prothero said the contract would more than double revenue.",
        [pos("Owen Prothero", "Kinetic Grid")],
        optional=[par(["Kinetic Grid", "EDF"], CA)],
    ),
    en(
        "Following the merger with Redstone Mutual, which closed last month, Clearwater Credit Union has named Redstone's former CEO, Luis Ortega, as its chief operating officer.",
        [
            mer(["Redstone Mutual", "Clearwater Credit Union"], C),
            pos("Luis Ortega", "Redstone Mutual"),
            hire("Luis Ortega", "Clearwater Credit Union", [A, C]),
        ],
        optional=[acq("Clearwater Credit Union", "Redstone Mutual", C)],
    ),
    en(
        "Not every bid succeeds: Cresthaven Homes confirmed that its approach for housebuilder Millstream Developments had been rebuffed, "
        "and that it had no plans to go directly to Millstream shareholders.",
        [acq("Cresthaven Homes", "Millstream Developments", F)],
    ),
    en(
        "Zephyr Aero and Airbus are not in partnership talks, Zephyr co-founder Lukas Brenner said in an interview, "
        "dismissing speculation that the European plane maker would back the electric-aircraft start-up.",
        [
            pos("Lukas Brenner", "Zephyr Aero"),
            par(["Zephyr Aero", "Airbus"], D),
        ],
        optional=[inv("Airbus", "Zephyr Aero", D)],
    ),
    en(
        "Hartfield Capital's $500 million investment in solar developer Sunreach Renewables, which was agreed in May, has been completed after regulatory approvals, Sunreach said.",
        [stake("Hartfield Capital", "Sunreach Renewables", C)],
    ),
]
