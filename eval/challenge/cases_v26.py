# ruff: noqa: E501
"""Challenge set v26: M&A columns and corporate news across industries (English and German), held out.

Written blind by a helper on 2026-11-27. The helper did not look at the extractor's
code, its tests, the other challenge sets or the dev corpora; all passages and names
(apart from a few well-known real companies used as counterparties) are invented.
"""

from builders import (
    ANY,
    CA,
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
    # ------------------------------------------------------------------ English (1)
    # --- public bids, tender offers, rival bidders, hostile approaches
    en(
        "Harwell Instruments has launched its £1.1bn tender offer for Dunmore Controls, with the acceptance period running until 14 March. "
        "The bid, which Dunmore's board has recommended, is conditional on a minimum acceptance level of 75 per cent.",
        [acq("Harwell Instruments", "Dunmore Controls", [A, T])],
    ),
    en(
        "Calloway Pharma raised its offer for Danish drugmaker Vestergaard Biologics to DKK 312 a share on Monday, trumping a rival proposal from Merrow Therapeutics that the target's board had backed only a fortnight ago. "
        "Merrow said it was considering its options.",
        [
            acq("Calloway Pharma", "Vestergaard Biologics", T),
            acq("Merrow Therapeutics", "Vestergaard Biologics", [A, T]),
        ],
    ),
    en(
        "The board of Pellham Insurance Group unanimously rejected a hostile £2.4bn approach from Aldgate Re on Tuesday, saying the 410p-a-share proposal 'significantly undervalues' the company. "
        "Aldgate, which already owns 9.8 per cent of Pellham, said it would take its offer directly to shareholders.",
        [acq("Aldgate Re", "Pellham Insurance Group", [T, F])],
        optional=[stake("Aldgate Re", "Pellham Insurance Group", C)],
    ),
    # --- regulators, votes, abandoned deals
    en(
        "Britain's Competition and Markets Authority has blocked the proposed merger of building-materials suppliers Trowbridge Aggregates and Cinderford Stone, arguing that the combination would leave customers in south-west England with too few alternatives. "
        "Both companies said they were disappointed and would not appeal.",
        [mer(["Trowbridge Aggregates", "Cinderford Stone"], F)],
    ),
    en(
        "European Commission clears Kestrel Logistics' purchase of rival freight forwarder Oban Cargo, subject to the sale of Oban's Benelux road-haulage unit. "
        "Completion is expected within weeks.",
        [acq("Kestrel Logistics", "Oban Cargo", A)],
    ),
    en(
        "Westmarch Retail has walked away from its planned £380m acquisition of homewares chain Penrose & Lyle after failing to agree terms on the target's pension deficit, the two companies said in a joint statement on Friday.",
        [acq("Westmarch Retail", "Penrose & Lyle", F)],
    ),
    # --- carve-outs, joint ventures, stakes
    en(
        "Industrial conglomerate Brantham Group has agreed to sell its flow-control division, Brantham Valves, to private-equity firm Sedgemoor Capital for €1.3bn including debt. "
        "The disposal, part of chief executive Olivia Crane's plan to simplify the group, is expected to close in the second half.",
        [
            acq("Sedgemoor Capital", "Brantham Valves", A),
            pos("Olivia Crane", "Brantham Group"),
        ],
    ),
    en(
        "Oil major Castellan Energy and Norwegian utility Fjellkraft will form a 50-50 joint venture to develop offshore wind farms in the North Sea, pooling 2.1 gigawatts of projects. "
        "The venture will be led by Ingrid Solheim, currently Fjellkraft's head of renewables.",
        [
            par(["Castellan Energy", "Fjellkraft"], A),
            pos("Ingrid Solheim", "Fjellkraft"),
        ],
    ),
    en(
        "Marlowe Holdings, the investment vehicle of the Ashby family, lifted its stake in cable maker Quenby Wire from 10 per cent to 25.1 per cent, giving it a blocking minority, according to a regulatory filing on Wednesday.",
        [stake("Marlowe Holdings", "Quenby Wire", C)],
    ),
    # --- distractors: earnings, lawsuits, hypotheticals, background deals
    en(
        "Tollgate Media posted a 6 per cent rise in first-half advertising revenue and reiterated its full-year guidance, sending its shares up 3 per cent. "
        "Chief financial officer Ravi Anand said streaming subscriptions had grown faster than expected.",
        [pos("Ravi Anand", "Tollgate Media")],
    ),
    en(
        "A Delaware court on Monday dismissed a shareholder lawsuit against Greyhollow Software over its accounting for deferred revenue. "
        "The company said it welcomed the ruling.",
        [],
    ),
    en(
        "Should Ardent Foods decide to bid for snack maker Yarrow Brands, it would have to pay at least a 40 per cent premium to win over Yarrow's founding family. "
        "No such approach has been made, and Ardent's management has given no indication it wants one.",
        [],
    ),
    en(
        "Hatherley Bank, which bought building society Crowmarsh Savings in 2019, reported a fall in net interest margin for the third quarter as deposit costs rose.",
        [],
        optional=[acq("Hatherley Bank", "Crowmarsh Savings", C)],
    ),
    en(
        "Shareholders of Elmstead Chemicals voted overwhelmingly in favour of the company's all-share merger with Dutch peer Van Roosendaal Coatings at an extraordinary general meeting on Thursday, clearing the last major hurdle before completion in January.",
        [mer(["Elmstead Chemicals", "Van Roosendaal Coatings"], A)],
    ),
    en(
        "In a rare defeat for a board, investors in Saltire Trust rejected the proposed takeover by asset manager Glenhaven Partners, with only 61 per cent of votes cast in favour against the 75 per cent required. "
        "The deal has lapsed.",
        [acq("Glenhaven Partners", "Saltire Trust", F)],
    ),
    # --- people: successions, poaching
    en(
        "Brinkworth Logistics said on Tuesday that chief executive Martin Oakes will retire in June after eleven years in the role. "
        "He will be succeeded by Priya Nandakumar, who currently runs the group's European contract-logistics business.",
        [
            dep("Martin Oakes", "Brinkworth Logistics", A),
            posh("Priya Nandakumar", "Brinkworth Logistics"),
        ],
        optional=[pos("Martin Oakes", "Brinkworth Logistics")],
    ),
    en(
        "Fenwick Semiconductors has poached Daniel Rourke, the head of automotive chips at rival Albany Micro, to run its new power-electronics unit. "
        "Rourke will start in September.",
        [
            poa("Fenwick Semiconductors", "Albany Micro", CA),
            hire("Daniel Rourke", "Fenwick Semiconductors", A),
            pos("Daniel Rourke", "Albany Micro"),
        ],
        optional=[dep("Daniel Rourke", "Albany Micro", CA)],
    ),
    # --- insolvency, family firms, rumours and denials
    en(
        "The administrators of collapsed fashion retailer Harbury & Stone have sold the brand and 42 of its stores to Lindqvist Group, the Swedish owner of several discount chains, saving about 900 jobs. "
        "The deal completed on Friday.",
        [acq("Lindqvist Group", "Harbury & Stone", C)],
    ),
    en(
        "After four generations of family ownership, Yorkshire biscuit maker Thwaite & Daughters is to be sold to Unilever, the company confirmed. "
        "Chairman George Thwaite said the family had concluded that the brand needed a global owner to grow.",
        [
            acq("Unilever", "Thwaite & Daughters", A),
            pos("George Thwaite", "Thwaite & Daughters"),
        ],
    ),
    en(
        "Shares in Corriedale Insurance jumped 11 per cent after a broadcaster reported that Bermuda-based Halcyon Re was exploring a bid. "
        "Halcyon later said in a statement that it was 'not in discussions' with Corriedale and had no intention of making an offer.",
        [acq("Halcyon Re", "Corriedale Insurance", D)],
    ),
    en(
        "Canterfield Software, the maker of payroll tools for small businesses, is being bought by US group Ridgeline Systems in a deal valuing it at $2.2bn, the companies said late on Sunday.",
        [acq("Ridgeline Systems", "Canterfield Software", A)],
    ),
    en(
        "Allianz has sold its 18 per cent holding in online insurer Kovario to Dutch pension investor Stichting Welvaart Beleggingen, ending a seven-year involvement. "
        "Financial terms were not disclosed.",
        [stake("Stichting Welvaart Beleggingen", "Kovario", C)],
        optional=[stake("Allianz", "Kovario", C)],
    ),
    en(
        "Having secured 96.3 per cent of the shares in Brenner Automation through its tender offer, Tiverton Industries said it would now seek to squeeze out the remaining minority shareholders and delist the company.",
        [acq("Tiverton Industries", "Brenner Automation", CA)],
    ),
    en(
        "Ludgate Bank has named former Treasury official Helen Marchbanks as its next chair, replacing Sir Peter Wrexham, who will leave the board at the annual meeting in May after nine years.",
        [
            hire("Helen Marchbanks", "Ludgate Bank", A),
            dep("Sir Peter Wrexham", "Ludgate Bank", A),
        ],
        optional=[pos("Helen Marchbanks", "Treasury"), pos("Sir Peter Wrexham", "Ludgate Bank")],
    ),
    en(
        "Aurelian Power's offer for Spanish renewables developer Solaria Verde has failed after acceptances reached only 38 per cent by the end of the offer period, short of the 50 per cent minimum. "
        "The tendered shares will be returned, and Aurelian said it would not raise its bid.",
        [acq("Aurelian Power", "Solaria Verde", F)],
    ),
    en(
        "Two of Europe's mid-sized broadcasters, Canal Meridien and Helvetia Media Holding, are in advanced talks about combining their operations, people familiar with the matter said. "
        "An agreement could be announced as soon as next week, although the talks could still fall apart.",
        [mer(["Canal Meridien", "Helvetia Media Holding"], TR)],
    ),
    en(
        "Portland, Oregon-based Cascadia Freight completed its purchase of Midwestern trucking firm Ostrander Lines on Monday, two months after regulators cleared the $540 million deal. "
        "Ostrander's chief executive, Bill Kaminski, will stay on to run the business as a unit of Cascadia.",
        [
            acq("Cascadia Freight", "Ostrander Lines", C),
            pos("Bill Kaminski", "Ostrander Lines"),
        ],
        optional=[posh("Bill Kaminski", "Cascadia Freight")],
    ),
    en(
        "Private-equity firm Northgate Partners agreed to take Velora Analytics private in a $3.4bn deal, offering $48 a share in cash, a 31% premium. "
        "Velora co-founder and CEO Sanjay Menon, who owns about 12% of the company, will roll over his stake and remain in charge.",
        [
            acq("Northgate Partners", "Velora Analytics", A),
            pos("Sanjay Menon", "Velora Analytics"),
        ],
    ),
    en(
        "Swiss drugmaker Reinhold Pharma has struck a licensing deal with Boston biotech Quillon Therapeutics worth up to $1.1bn in milestones for an experimental obesity drug, the companies said. "
        "Reinhold will also buy a 9.9 per cent stake in Quillon for $75m.",
        [
            par(["Reinhold Pharma", "Quillon Therapeutics"], CA),
            stake("Reinhold Pharma", "Quillon Therapeutics", A),
        ],
    ),
    en(
        "Dock workers at port operator Tillbury Terminals walked out for 48 hours on Wednesday in a dispute over pay, disrupting container traffic. "
        "The union said further strikes were planned for next month.",
        [],
    ),
    en(
        "'A break-up would unlock value, but management shows no appetite for it,' said Fiona Greig, an analyst at Carrick Securities, referring to engineering group Haldane Dynamics.",
        [pos("Fiona Greig", "Carrick Securities")],
    ),
    en(
        "Tressel Retail's finance chief, Amanda Cole, has resigned to join rival grocer Brookmere Markets as chief executive, the company said on Thursday. "
        "Tressel has begun a search for her replacement; deputy CFO Mark Hinds will fill the role on an interim basis.",
        [
            dep("Amanda Cole", "Tressel Retail", CA),
            hire("Amanda Cole", "Brookmere Markets", A),
            posh("Mark Hinds", "Tressel Retail"),
        ],
        optional=[pos("Amanda Cole", "Tressel Retail"), poa("Brookmere Markets", "Tressel Retail", ANY)],
    ),
    en(
        "The merger of regional lenders Ashcombe Building Society and Wexley Mutual was completed on 1 October, creating the UK's ninth-largest mutual with £14bn in assets. "
        "The combined society trades under the Ashcombe name and is led by former Wexley chief Rosalind Pike.",
        [
            mer(["Ashcombe Building Society", "Wexley Mutual"], C),
            pos("Rosalind Pike", "Wexley Mutual"),
            posh("Rosalind Pike", "Ashcombe Building Society"),
        ],
    ),
    # ------------------------------------------------------------------ German (1)
    # --- Übernahmeangebote, Annahmefristen, Mindestannahmeschwellen
    de(
        "Ad-hoc-Mitteilung nach Art. 17 MAR: Der Vorstand der Kranich Holding AG hat heute mit Zustimmung des Aufsichtsrats beschlossen, den Aktionären der Lindenau Elektrotechnik AG ein freiwilliges öffentliches Übernahmeangebot zu unterbreiten. "
        "Der Angebotspreis soll 42,50 Euro je Aktie in bar betragen; die Mindestannahmeschwelle liegt bei 65 Prozent.",
        [acq("Kranich Holding AG", "Lindenau Elektrotechnik AG", [A, T])],
    ),
    de(
        "Die Brügger Logistik SE hat die Mindestannahmeschwelle ihres Übernahmeangebots für die Hanseatische Speditions-AG überschritten. "
        "Bis zum Ablauf der Annahmefrist am Freitag wurde das Angebot für knapp 71 Prozent der Aktien angenommen; die weitere Annahmefrist läuft bis Mitte Juni.",
        [acq("Brügger Logistik SE", "Hanseatische Speditions-AG", CA)],
    ),
    de(
        "Vorstand und Aufsichtsrat der Ottmann Pharma AG empfehlen den Aktionären, das Angebot der Schweizer Varelli Group nicht anzunehmen. "
        "Die gebotenen 18 Euro je Aktie spiegelten den Wert der Entwicklungspipeline bei weitem nicht wider, heißt es in der begründeten Stellungnahme.",
        [acq("Varelli Group", "Ottmann Pharma AG", [T, F])],
    ),
    # --- Kartellbehörden, geplatzte Deals
    de(
        "Das Bundeskartellamt hat die geplante Fusion der beiden Entsorger Rehbein Umweltdienste und Klarwasser Recycling untersagt. "
        "Die Behörde befürchtet steigende Preise für Kommunen in Nordhessen. Rehbein prüft nach eigenen Angaben eine Beschwerde beim Oberlandesgericht Düsseldorf.",
        [mer(["Rehbein Umweltdienste", "Klarwasser Recycling"], F)],
    ),
    de(
        "Grünes Licht aus Bonn: Das Bundeskartellamt hat die Übernahme des Fahrradherstellers Velotec Manufaktur durch den Zweiradkonzern Hollerbach freigegeben. "
        "Der Vollzug soll noch im laufenden Quartal erfolgen.",
        [acq("Hollerbach", "Velotec Manufaktur", A)],
    ),
    de(
        "Die Übernahme der Stuttgarter Softwarefirma Datenwerk Neckar durch den US-Konkurrenten Pinebrook Software ist geplatzt. "
        "Beide Seiten hätten sich nach monatelangen Verhandlungen nicht auf den Kaufpreis einigen können, teilte Datenwerk am Dienstag mit.",
        [acq("Pinebrook Software", "Datenwerk Neckar", F)],
    ),
    # --- Einstiege, Beteiligungen, Squeeze-out
    de(
        "Der Familienkonzern Wendling steigt beim Münchner Batteriespezialisten Voltara ein. "
        "Wie beide Unternehmen mitteilten, übernimmt Wendling zunächst 24,9 Prozent der Anteile; eine Option auf die Mehrheit sei vereinbart.",
        [stake("Wendling", "Voltara", A)],
    ),
    de(
        "Die Landesbank Nordwest gibt ihre Beteiligung an der Leasinggesellschaft Hanselease ab. "
        "Käufer des 51-Prozent-Pakets ist der Finanzinvestor Elbstein Capital, wie die Bank am Montag bestätigte. Über den Kaufpreis wurde Stillschweigen vereinbart.",
        [acq("Elbstein Capital", "Hanselease", CA)],
        optional=[stake("Landesbank Nordwest", "Hanselease", C)],
    ),
    de(
        "Die Hauptversammlung der Bergmann Kabelwerke AG hat am Mittwoch die Übertragung der Aktien der Minderheitsaktionäre auf die Hauptaktionärin Talhoff Industrie GmbH beschlossen. "
        "Talhoff hält rund 95,4 Prozent des Grundkapitals und zahlt eine Barabfindung von 61,20 Euro je Aktie.",
        [acq("Talhoff Industrie GmbH", "Bergmann Kabelwerke AG", CA)],
    ),
    # --- Personalien
    de(
        "Führungswechsel bei der Rheinland Assekuranz AG: Vorstandschef Klaus-Dieter Bremer legt sein Amt zum Jahresende nieder. "
        "Sein Nachfolger wird Finanzvorstand Tobias Lehnhardt, wie der Aufsichtsrat am Donnerstag mitteilte.",
        [
            dep("Klaus-Dieter Bremer", "Rheinland Assekuranz AG", A),
            posh("Tobias Lehnhardt", "Rheinland Assekuranz AG"),
        ],
        optional=[pos("Klaus-Dieter Bremer", "Rheinland Assekuranz AG")],
    ),
    de(
        "Der Autozulieferer Kessler Antriebstechnik hat sich die Entwicklungschefin des Konkurrenten Marbach Systems geangelt: Sabine Wörle wechselt zum 1. April nach Heilbronn und übernimmt dort das Technikressort im Vorstand.",
        [
            poa("Kessler Antriebstechnik", "Marbach Systems", CA),
            hire("Sabine Wörle", "Kessler Antriebstechnik", A),
            dep("Sabine Wörle", "Marbach Systems", A),
        ],
        optional=[pos("Sabine Wörle", "Marbach Systems")],
    ),
    de(
        "Der insolvente Modehändler Kaufhaus Brenninger ist gerettet: Insolvenzverwalter Frank Obermeier hat den Geschäftsbetrieb mit 23 Filialen an die Textilgruppe Lorenz & Söhne verkauft. "
        "Rund 1100 der 1400 Arbeitsplätze bleiben erhalten.",
        [acq("Lorenz & Söhne", "Kaufhaus Brenninger", CA)],
        optional=[pos("Frank Obermeier", "Kaufhaus Brenninger")],
    ),
    de(
        "Nach 112 Jahren in Familienhand wird der schwäbische Werkzeughersteller Gebr. Haller an den schwedischen Industriekonzern Norrvik verkauft. "
        "Die Inhaberfamilie habe keinen Nachfolger aus den eigenen Reihen gefunden, sagte Geschäftsführer Matthias Haller.",
        [
            acq("Norrvik", "Gebr. Haller", A),
            pos("Matthias Haller", "Gebr. Haller"),
        ],
    ),
    # --- Ablenker: Zahlen, Prognosen
    de(
        "Der Chemiekonzern BASF hat seine Prognose für das laufende Jahr bestätigt. "
        "Im dritten Quartal sank das bereinigte Ebit um acht Prozent auf 1,2 Mrd. Euro, teilte der Konzern in Ludwigshafen mit.",
        [],
    ),
    de(
        "Die Stadtwerke Ulmbach und der Energieversorger Südstrom gründen ein Gemeinschaftsunternehmen für den Ausbau von Schnellladesäulen. "
        "An der neuen Gesellschaft halten beide Partner je 50 Prozent; die Geschäftsführung übernimmt Südstrom-Manager Jörg Pfisterer.",
        [
            par(["Stadtwerke Ulmbach", "Südstrom"], A),
            pos("Jörg Pfisterer", "Südstrom"),
        ],
    ),
    de(
        "Die Steinhauer Beteiligungs GmbH hat ihren Anteil an der Druckmaschinenfirma Albrecht Print von zehn auf gut 25 Prozent aufgestockt. "
        "Damit verfügt die Holding der Unternehmerfamilie über eine Sperrminorität.",
        [stake("Steinhauer Beteiligungs GmbH", "Albrecht Print", C)],
    ),
    de(
        "Nach Informationen aus Finanzkreisen prüft der Versicherer Allianz einen Einstieg beim Berliner Insurtech Polisa. "
        "Im Gespräch sei eine Minderheitsbeteiligung, hieß es. Allianz wollte sich dazu nicht äußern.",
        [stake("Allianz", "Polisa", R)],
    ),
    de(
        "Der Medienkonzern Hellweg Media hat Berichte über einen Verkauf seiner Radiosparte Hellweg Audio an die Mediengruppe Auerbach zurückgewiesen. "
        "„Es gibt keine Gespräche“, sagte ein Sprecher am Mittwoch.",
        [acq("Mediengruppe Auerbach", "Hellweg Audio", D)],
    ),
    de(
        "Der Aufsichtsrat der Bankhaus Merzig AG hat Gertrud Albers zur neuen Vorsitzenden gewählt. "
        "Die frühere Bundesbank-Direktorin gehört dem Gremium seit 2021 an und folgt auf Heinrich Vogt, der aus Altersgründen ausgeschieden ist.",
        [
            posh("Gertrud Albers", "Bankhaus Merzig AG"),
            dep("Heinrich Vogt", "Bankhaus Merzig AG", C),
            pos("Gertrud Albers", "Bundesbank"),
        ],
        optional=[pos("Heinrich Vogt", "Bankhaus Merzig AG")],
    ),
    de(
        "Die Vertreterversammlungen der Volksbank Ostwesertal und der Raiffeisenbank Bruchtal haben der Fusion beider Institute zugestimmt. "
        "Die neue Bank soll unter dem Namen Volksbank Weser-Bruchtal firmieren und rückwirkend zum 1. Januar entstehen.",
        [mer(["Volksbank Ostwesertal", "Raiffeisenbank Bruchtal"], A)],
    ),
    de(
        "Der Industriekonzern Haberkorn trennt sich von seiner Verpackungssparte: Die Tochter Haberkorn Packaging geht für rund 850 Mio. Euro an den Finanzinvestor Brückenstein Partners. "
        "Der Abschluss der Transaktion wird für das erste Halbjahr erwartet.",
        [acq("Brückenstein Partners", "Haberkorn Packaging", A)],
    ),
    de(
        "Analysten halten eine Übernahme des Spezialchemiekonzerns Alzeyer Farben durch einen größeren Wettbewerber für denkbar, sobald der Ankeraktionär seine Haltefrist hinter sich hat. "
        "Konkrete Anzeichen dafür gebe es aber nicht.",
        [],
    ),
    de(
        "Der Staatsfonds Nordkap Invest hat sein Aktienpaket an der Reederei Ostsee-Linien zur Hälfte verkauft. "
        "Käufer der rund 12 Prozent ist die Hamburger Holding Quast & Partner, die damit zum zweitgrößten Aktionär aufsteigt.",
        [stake("Quast & Partner", "Ostsee-Linien", C)],
        optional=[stake("Nordkap Invest", "Ostsee-Linien", C)],
    ),
    de(
        "Bei der Paketdienst-Tochter des Logistikkonzerns Ferber haben am Montag mehrere hundert Beschäftigte die Arbeit niedergelegt. "
        "Die Gewerkschaft fordert 9,5 Prozent mehr Lohn bei einer Laufzeit von zwölf Monaten.",
        [],
    ),
    de(
        "Die Drogeriekette Lindholm holt sich einen neuen Chef von außen: Markus Feyerabend, bislang Deutschland-Chef des Discounters Preisfuchs, übernimmt zum 1. Juli den Vorstandsvorsitz. "
        "Er folgt auf Elke Sturm, die das Unternehmen nach Differenzen mit den Eigentümern verlässt.",
        [
            hire("Markus Feyerabend", "Lindholm", A),
            pos("Markus Feyerabend", "Preisfuchs"),
            dep("Elke Sturm", "Lindholm", CA),
        ],
        optional=[
            dep("Markus Feyerabend", "Preisfuchs", A),
            poa("Lindholm", "Preisfuchs", ANY),
            pos("Elke Sturm", "Lindholm"),
        ],
    ),
    de(
        "Die Gespräche über einen Zusammenschluss der Softwarehäuser Bytewerk und Codemeister sind gescheitert. "
        "Man habe sich nicht über die künftige Führungsstruktur verständigen können, erklärte Bytewerk-Chef Lars Hoffmann am Abend.",
        [
            mer(["Bytewerk", "Codemeister"], F),
            pos("Lars Hoffmann", "Bytewerk"),
        ],
    ),
    de(
        "Der Maschinenbauer Kronacher hat den Kauf des italienischen Verpackungsspezialisten Imballi Ferraresi abgeschlossen. "
        "Der Konzern zahlte nach eigenen Angaben 310 Mio. Euro und will die Gesellschaft als eigenständige Marke weiterführen.",
        [acq("Kronacher", "Imballi Ferraresi", C)],
    ),
    de(
        "Die Spedition Wölfle, die 2018 den Kühltransporteur Frostlog übernommen hatte, meldet für das abgelaufene Geschäftsjahr einen Umsatzrückgang um vier Prozent. "
        "Geschäftsführer Anton Wölfle verwies auf die schwache Industriekonjunktur.",
        [pos("Anton Wölfle", "Spedition Wölfle")],
        optional=[acq("Spedition Wölfle", "Frostlog", C)],
    ),
    de(
        "Die Aktionäre der Fenner Immobilien AG haben auf einer außerordentlichen Hauptversammlung der Verschmelzung auf die Muttergesellschaft Kaltenbach Wohnen SE zugestimmt. "
        "Kaltenbach hält bereits 92 Prozent an Fenner.",
        [mer(["Fenner Immobilien AG", "Kaltenbach Wohnen SE"], A)],
        optional=[stake("Kaltenbach Wohnen SE", "Fenner Immobilien AG", C)],
    ),
    de(
        "Im Bieterkampf um den Online-Reiseanbieter Fernweh.de legt der Finanzinvestor Salmon Hill nach: Er erhöht sein Angebot auf 27 Euro je Aktie und überbietet damit den Konkurrenten Tiberius Travel, der 24,50 Euro geboten hatte.",
        [
            acq("Salmon Hill", "Fernweh.de", T),
            acq("Tiberius Travel", "Fernweh.de", T),
        ],
    ),
    de(
        "Der Vorstandsvorsitzende des Windkraftanlagenbauers Nordwind Energietechnik, Sven Hagedorn, ist mit sofortiger Wirkung zurückgetreten. "
        "Bis ein Nachfolger gefunden ist, führt Finanzchefin Claudia Reuß die Geschäfte kommissarisch.",
        [
            dep("Sven Hagedorn", "Nordwind Energietechnik", C),
            posh("Claudia Reuß", "Nordwind Energietechnik"),
        ],
        optional=[pos("Sven Hagedorn", "Nordwind Energietechnik")],
    ),
    de(
        "Die Staatsanwaltschaft München ermittelt gegen zwei frühere Manager des Zahlungsdienstleisters Payvanta wegen des Verdachts der Marktmanipulation. "
        "Das Unternehmen erklärte, es kooperiere vollumfänglich mit den Behörden.",
        [],
    ),
    de(
        "Der Online-Händler Wohnwerk und der Paketdienst Blitzkurier arbeiten künftig bei der Zustellung sperriger Möbel zusammen. "
        "Eine entsprechende Kooperationsvereinbarung haben beide Unternehmen in dieser Woche unterzeichnet.",
        [par(["Wohnwerk", "Blitzkurier"], CA)],
    ),
    # ------------------------------------------------------------------ English (2)
    en(
        "Gannet Foods' cosy agreed deal for cereal maker Oatfield has just got a lot less cosy. "
        "Private-equity house Carrow Street Capital on Wednesday unveiled a rival 520p-a-share cash proposal, pitching itself 8 per cent above Gannet's terms.",
        [
            acq("Gannet Foods", "Oatfield", A),
            acq("Carrow Street Capital", "Oatfield", T),
        ],
    ),
    en(
        "After three rejected approaches, the board of Whitlock Engineering said it was 'minded to recommend' a sweetened £6.40-a-share offer from US rival Stanhope Industries, should a firm bid be made. "
        "Stanhope has until 5pm on 12 May to announce a firm intention to make an offer or walk away.",
        [acq("Stanhope Industries", "Whitlock Engineering", T)],
    ),
    en(
        "Marsh Gibbon Holdings said on Monday that it does not intend to make an offer for Dunstable Tools, ending a two-month pursuit of the toolmaker. "
        "Under UK takeover rules, it is barred from making another approach for six months.",
        [acq("Marsh Gibbon Holdings", "Dunstable Tools", F)],
    ),
    en(
        "Meridian Bank has hired Joanna Petrakis, co-head of European leveraged finance at Halberd Securities, to run its new private-credit arm, according to an internal memo. "
        "Petrakis is expected to join after a period of gardening leave.",
        [
            hire("Joanna Petrakis", "Meridian Bank", CA),
            pos("Joanna Petrakis", "Halberd Securities"),
        ],
        optional=[
            dep("Joanna Petrakis", "Halberd Securities", ANY),
            poa("Meridian Bank", "Halberd Securities", ANY),
        ],
    ),
    en(
        "Zurich-based insurer Helvetor raised its holding in Polish life insurer Wisla Zycie to 67 per cent from 33 per cent after buying out co-investor Baltic Growth Fund, giving it control of the business.",
        [acq("Helvetor", "Wisla Zycie", C)],
    ),
    en(
        "Varden Oil agreed to sell its North Sea subsidiary, Varden Petroleum UK, to a consortium of Tarrant Energy and Ridley Infrastructure Fund for $1.9bn, the company said on Thursday.",
        [acq(["Tarrant Energy", "Ridley Infrastructure Fund"], "Varden Petroleum UK", A)],
    ),
    en(
        "Clothing retailer Bexley & Finch cut its profit guidance for the second time this year, blaming unseasonably warm autumn weather. "
        "Chief executive Tom Arkwright said stock levels were 'under control'.",
        [pos("Tom Arkwright", "Bexley & Finch")],
    ),
    en(
        "Harrowgate Media is selling its magazine arm, Harrowgate Periodicals, to Danish publisher Skovgaard Forlag, and its regional radio stations, Coastline Radio, to broadcaster Wyvern Audio, in two deals worth a combined £210m.",
        [
            acq("Skovgaard Forlag", "Harrowgate Periodicals", A),
            acq("Wyvern Audio", "Coastline Radio", A),
        ],
    ),
    en(
        "Container line Oriel Shipping and port operator Dunmere Terminals have agreed to set up a joint venture to run a new automated terminal at Felixstowe, each taking 50 per cent.",
        [par(["Oriel Shipping", "Dunmere Terminals"], A)],
    ),
    en(
        "Ashgrove Software, which itself was acquired by Tessaract Holdings three years ago, has bought Lisbon-based code-review start-up Revisa for an undisclosed sum. "
        "It is Ashgrove's fourth acquisition this year.",
        [acq("Ashgrove Software", "Revisa", C)],
        optional=[acq("Tessaract Holdings", "Ashgrove Software", C)],
    ),
    en(
        "Activist investor Redwater Capital has won its campaign at Pembury Industrial: chief executive Graham Fell is leaving with immediate effect, and chairman Anne Whitcombe will act as executive chair until a successor is found. "
        "Redwater owns 7 per cent of the company.",
        [
            dep("Graham Fell", "Pembury Industrial", C),
            posh("Anne Whitcombe", "Pembury Industrial"),
        ],
        optional=[
            pos("Graham Fell", "Pembury Industrial"),
            stake("Redwater Capital", "Pembury Industrial", C),
        ],
    ),
    en(
        "Osterley Biosciences said its tender offer for all outstanding shares of Caldera Therapeutics expired at one minute after 11:59 p.m. Eastern time on Tuesday, with about 88% of shares validly tendered. "
        "Osterley expects to complete the merger through a second-step process on Wednesday, after which Caldera will become a wholly owned subsidiary.",
        [acq("Osterley Biosciences", "Caldera Therapeutics", CA)],
    ),
    en(
        "The US Federal Trade Commission sued on Thursday to block medical-device maker Anselm Medical's $4.6bn acquisition of Pryor Surgical, saying the deal would eliminate head-to-head competition in surgical staplers. "
        "Anselm said it would fight the case in court.",
        [acq("Anselm Medical", "Pryor Surgical", [A, T])],
    ),
    en(
        "Bankers say Lyndhurst Telecom would be a natural buyer for the fibre assets of struggling rival Quaystone Networks, though neither company has commented and no sale process has been launched.",
        [],
        optional=[acq("Lyndhurst Telecom", "Quaystone Networks", R)],
    ),
    en(
        "Kingfold Capital sold its remaining 14 per cent stake in packaging maker Aldous Containers through an overnight placing with institutional investors, raising about £160m.",
        [],
        optional=[stake("Kingfold Capital", "Aldous Containers", C)],
    ),
    en(
        "Fairholme Insurance has appointed Leonard Osei, a former chief risk officer at Castlebar Life, as an independent non-executive director with effect from 1 February.",
        [
            hire("Leonard Osei", "Fairholme Insurance", A),
            pos("Leonard Osei", "Castlebar Life"),
        ],
    ),
    en(
        "Industrial-gases suppliers Thornbury Gas and Kallstrom Industrigas will combine in an all-share merger of equals, creating a group with annual sales of about €9bn. "
        "Thornbury shareholders will own 52 per cent of the enlarged company, to be chaired by Kallstrom's Erik Lindgren, while Thornbury's Susan Blake will be chief executive.",
        [
            mer(["Thornbury Gas", "Kallstrom Industrigas"], A),
            pos("Erik Lindgren", "Kallstrom Industrigas"),
            pos("Susan Blake", "Thornbury Gas"),
        ],
    ),
    en(
        "Consolidation in European regional banking is overdue, argues a note from Wickham Research, but with valuations depressed, few boards are willing to sell at current prices.",
        [],
    ),
    en(
        "Riverton Capital tried to lure Sophie Laurent, the star fund manager at Beaumont Asset Management, with a multimillion-pound package, but she has decided to stay, Beaumont said on Friday.",
        [
            poa("Riverton Capital", "Beaumont Asset Management", F),
            pos("Sophie Laurent", "Beaumont Asset Management"),
        ],
    ),
    en(
        "Energy supplier Greenleaf Power, which collapsed into administration in August, has been acquired by Octavian Energy, which takes on its 220,000 household customers.",
        [acq("Octavian Energy", "Greenleaf Power", C)],
    ),
    en(
        "Vltava Kreditni Banka, the Czech unit of Austria's Drautal Bank, is to be sold to Hungarian banking group Pannon Bank for about €700m, the seller said on Tuesday.",
        [acq("Pannon Bank", "Vltava Kreditni Banka", A)],
        optional=[stake("Drautal Bank", "Vltava Kreditni Banka", C)],
    ),
    en(
        "Logistics software start-up Parcelwise raised $85m in a Series C round led by Tidewater Ventures, with participation from existing backer Siemens.",
        [
            inv("Tidewater Ventures", "Parcelwise", C),
            inv("Siemens", "Parcelwise", C),
        ],
    ),
    en(
        "Halden Chemicals has named Rupert Vance, the head of rival Seaborne Polymers' specialty-materials division, as its next chief executive. "
        "The group said Vance would take over from Diane Holt in the spring; Holt, 63, had announced her retirement last year.",
        [
            hire("Rupert Vance", "Halden Chemicals", A),
            pos("Rupert Vance", "Seaborne Polymers"),
            dep("Diane Holt", "Halden Chemicals", A),
        ],
        optional=[
            dep("Rupert Vance", "Seaborne Polymers", A),
            poa("Halden Chemicals", "Seaborne Polymers", ANY),
            pos("Diane Holt", "Halden Chemicals"),
        ],
    ),
    en(
        "The Italian government has used its 'golden power' rules to veto the sale of defence-electronics maker Sirenza Elettronica to Chinese-controlled Huaxin Precision, a decree published on Friday showed.",
        [acq("Huaxin Precision", "Sirenza Elettronica", F)],
    ),
    en(
        "Investors in Dorrance Bancorp and Kestle Financial will vote on the lenders' proposed $1.2bn combination on 18 December. "
        "Proxy adviser Hallam Advisory has recommended that Dorrance shareholders back the deal.",
        [mer(["Dorrance Bancorp", "Kestle Financial"], A)],
    ),
    en(
        "Two years after its merger with Callisto Freight, Bramwell Logistics is still struggling to integrate the businesses' IT systems, chief operating officer Neil Pascoe admitted on Thursday as the company reported flat quarterly revenue.",
        [pos("Neil Pascoe", "Bramwell Logistics")],
        optional=[mer(["Bramwell Logistics", "Callisto Freight"], C)],
    ),
    en(
        "Dutch investment firm Van der Heijden Participaties has quietly built up its stake in retailer Loxley Stores to 19.7 per cent, just below the 20 per cent threshold, a filing showed.",
        [stake("Van der Heijden Participaties", "Loxley Stores", C)],
    ),
    en(
        "Celia Morant, Marlock Pharma's head of research and development, is leaving the drugmaker at the end of the month to become an operating partner at private-equity firm Ashdown Partners.",
        [
            dep("Celia Morant", "Marlock Pharma", A),
            hire("Celia Morant", "Ashdown Partners", A),
        ],
        optional=[pos("Celia Morant", "Marlock Pharma")],
    ),
    en(
        "To salvage its bid for Finnish forestry group Koivula Oyj, Swedish rival Granhammar has cut the minimum acceptance condition to 66.7 per cent from 90 per cent and extended the offer period by two weeks.",
        [acq("Granhammar", "Koivula Oyj", T)],
    ),
    en(
        "Steelmakers Calder Steel and Ravensworth Metals are ending their joint venture in coated sheet, with Calder buying Ravensworth's 50 per cent share of the business, Calder-Ravensworth Coatings, for £95m.",
        [acq("Calder Steel", "Calder-Ravensworth Coatings", A)],
        optional=[par(["Calder Steel", "Ravensworth Metals"], C)],
    ),
    en(
        "Vexford Group is exploring a sale of its loss-making cinema chain, Starlight Cinemas, and has hired advisers to sound out potential buyers, according to people familiar with the matter. "
        "Private-equity firms including Hawkridge Equity are said to be interested.",
        [acq("Hawkridge Equity", "Starlight Cinemas", R)],
    ),
    en(
        "Cloud provider Nimbus Grid and enterprise-software group Halvard Systems expanded their partnership on Tuesday, agreeing to bundle Halvard's planning tools with Nimbus's data platform. "
        "Financial terms were not disclosed.",
        [par(["Nimbus Grid", "Halvard Systems"], CA)],
    ),
    en(
        "The sale of Ainsworth Glass to Belgian building-products group Verbrugge was completed on Monday, the seller, private-equity firm Highcross Partners, said.",
        [acq("Verbrugge", "Ainsworth Glass", C)],
        optional=[stake("Highcross Partners", "Ainsworth Glass", C)],
    ),
    # ------------------------------------------------------------------ German (2)
    de(
        "Der Finanzinvestor Alpenrot Capital will den Softwareanbieter Norvia AG von der Börse nehmen. "
        "Vorstand und Aufsichtsrat unterstützen das Angebot über 38 Euro je Aktie und haben eine Investorenvereinbarung unterzeichnet; Gründer und Vorstandschef Henrik Salm hat sich verpflichtet, seine Aktien anzudienen.",
        [
            acq("Alpenrot Capital", "Norvia AG", [A, T]),
            pos("Henrik Salm", "Norvia AG"),
        ],
    ),
    de(
        "Das Bundeskartellamt hat die Übernahme des Landmaschinenhändlers Agrarhaus Dreyer durch die Warengenossenschaft Hümmling in die vertiefte Prüfung geschickt. "
        "Die Behörde hat nun bis Ende März Zeit für eine Entscheidung.",
        [acq("Warengenossenschaft Hümmling", "Agrarhaus Dreyer", A)],
    ),
    de(
        "Das Übernahmeangebot der Tessiner Baumann Holding für den Kunststoffverarbeiter Rhöntec ist gescheitert. "
        "Bis zum Ende der Annahmefrist wurden der Bieterin lediglich 41,3 Prozent der Aktien angedient, die Mindestannahmeschwelle von 50 Prozent plus einer Aktie wurde damit verfehlt.",
        [acq("Baumann Holding", "Rhöntec", F)],
    ),
    de(
        "Paukenschlag in der Versicherungsbranche: Der Vertriebsvorstand der Hanse-Leben, Oliver Kramp, wechselt zum Rivalen Elbufer Versicherung. "
        "Hanse-Leben bestätigte den Abgang am Freitag; über den Zeitpunkt werde noch verhandelt.",
        [
            dep("Oliver Kramp", "Hanse-Leben", A),
            hire("Oliver Kramp", "Elbufer Versicherung", A),
        ],
        optional=[
            pos("Oliver Kramp", "Hanse-Leben"),
            poa("Elbufer Versicherung", "Hanse-Leben", ANY),
        ],
    ),
    de(
        "Der Pharmakonzern Lohmeyer gibt sein Geschäft mit rezeptfreien Arzneien ab. "
        "Die Sparte, die unter dem Namen Lohmeyer Consumer Health firmiert, geht für 2,3 Mrd. Euro an ein Konsortium aus den Finanzinvestoren Falkner Partners und Waldstein Equity.",
        [acq(["Falkner Partners", "Waldstein Equity"], "Lohmeyer Consumer Health", A)],
    ),
    de(
        "Ad-hoc: Der Aufsichtsrat der Sonnfeld Solar AG hat in seiner heutigen Sitzung Herrn Ralf Eberlein als Vorsitzenden des Vorstands mit sofortiger Wirkung abberufen. "
        "Zum Nachfolger wurde Herr Jens Tiedemann, bislang Vorstand für Produktion, bestellt.",
        [
            dep("Ralf Eberlein", "Sonnfeld Solar AG", C),
            posh("Jens Tiedemann", "Sonnfeld Solar AG"),
        ],
        optional=[pos("Ralf Eberlein", "Sonnfeld Solar AG")],
    ),
    de(
        "Beim angeschlagenen Fertighaushersteller Bauwerk Lichtenau steigt ein neuer Großaktionär ein: Die Schweizer Imhof Beteiligungen zeichnet im Rahmen einer Kapitalerhöhung neue Aktien für 45 Mio. Franken und kommt danach auf knapp 30 Prozent.",
        [stake("Imhof Beteiligungen", "Bauwerk Lichtenau", CA)],
    ),
    de(
        "Die Bäckerei Kornmühle aus Rottweil hat einen neuen Eigentümer. "
        "Der Großbäcker Heberle aus Freiburg übernimmt den Traditionsbetrieb mit seinen 14 Filialen zum 1. März, wie beide Seiten am Dienstag bestätigten. Seniorchef Walter Brugger zieht sich aus dem Geschäft zurück.",
        [
            acq("Heberle", "Bäckerei Kornmühle", A),
            dep("Walter Brugger", "Bäckerei Kornmühle", A),
        ],
        optional=[pos("Walter Brugger", "Bäckerei Kornmühle")],
    ),
    de(
        "Eine Gruppe von Kleinaktionären hat gegen die Beschlüsse der Hauptversammlung der Wernitz Bau AG Anfechtungsklage eingereicht. "
        "Strittig ist die Entlastung des Vorstands für das Geschäftsjahr 2023.",
        [],
    ),
    de(
        "BASF und der Batterierecyclingspezialist Recyclon aus Sachsen-Anhalt wollen gemeinsam eine Anlage zur Rückgewinnung von Lithium bauen. "
        "Dafür gründen die Partner ein Joint Venture, an dem BASF 60 und Recyclon 40 Prozent halten sollen; die Kartellbehörden müssen noch zustimmen.",
        [par(["BASF", "Recyclon"], A)],
    ),
    de(
        "Die Krankenhausgesellschaften Klinikverbund Ostalb und Kliniken am Kocher führen Gespräche über eine Fusion. "
        "Das bestätigten beide Träger am Mittwoch, betonten aber, eine Entscheidung sei noch nicht gefallen.",
        [mer(["Klinikverbund Ostalb", "Kliniken am Kocher"], T)],
    ),
    de(
        "Der US-Konzern Harmon Industries soll Interesse am Dortmunder Pumpenhersteller Wirth & Kaltenecker haben. "
        "Wie aus Branchenkreisen verlautete, hat Harmon bereits Berater mandatiert; ein offizielles Angebot liege aber noch nicht vor.",
        [acq("Harmon Industries", "Wirth & Kaltenecker", R)],
    ),
    de(
        "Bei der Kaufring Handels AG rückt Finanzvorständin Ute Berghoff an die Spitze des Vorstands; sie folgt auf Peter Lanz, der in den Aufsichtsrat wechseln und dort den Vorsitz übernehmen soll. "
        "Den bisherigen Aufsichtsratschef Rolf Imhäuser verabschiedet das Unternehmen auf der Hauptversammlung im Mai.",
        [
            posh("Ute Berghoff", "Kaufring Handels AG"),
            posh("Peter Lanz", "Kaufring Handels AG"),
            dep("Rolf Imhäuser", "Kaufring Handels AG", A),
        ],
        optional=[
            dep("Peter Lanz", "Kaufring Handels AG", A),
            pos("Rolf Imhäuser", "Kaufring Handels AG"),
        ],
    ),
    de(
        "Die Stiftung Krahmer reduziert ihren Anteil am Optikkonzern Lüders Optik von 25 auf rund zehn Prozent. "
        "Die frei werdenden Aktien übernimmt der norwegische Pensionsfonds Fjordkapital, wie Lüders am Abend per Pflichtmitteilung bekanntgab.",
        [stake("Fjordkapital", "Lüders Optik", CA)],
        optional=[stake("Stiftung Krahmer", "Lüders Optik", C)],
    ),
    de(
        "Der Vollzug der Übernahme des Kölner Versicherungsmaklers Assekuranzkontor Rhein durch den Maklerverbund Vorsorgewerk ist erfolgt. "
        "Der Konzern steigt damit zum drittgrößten Industriemakler Deutschlands auf, wie Vorstandschef Bernd Kalweit sagte.",
        [
            acq("Vorsorgewerk", "Assekuranzkontor Rhein", C),
            pos("Bernd Kalweit", "Vorsorgewerk"),
        ],
    ),
    de(
        "Der Spezialmaschinenbauer Feldhaus Systeme hat seine Umsatzprognose gesenkt. "
        "Wegen verschobener Aufträge aus China rechne man nur noch mit 480 bis 500 Mio. Euro Erlös, teilte die im SDax notierte Gesellschaft mit.",
        [],
    ),
    de(
        "Die Stadt Hagenburg verkauft 49,9 Prozent ihrer Stadtwerke Hagenburg an den Energiekonzern Ostenergie. "
        "Der Gemeinderat stimmte dem Geschäft am Donnerstagabend mit großer Mehrheit zu; das Kartellamt muss noch zustimmen.",
        [stake("Ostenergie", "Stadtwerke Hagenburg", A)],
    ),
    de(
        "Die Verlagsgruppe Ahrens übernimmt die „Lahntaler Zeitung“. "
        "Der bisherige Eigentümer, die Familie Kiesewetter, habe sich aus Altersgründen zum Verkauf entschlossen, hieß es. Chefredakteurin Martina Hölzl bleibt im Amt.",
        [
            acq("Verlagsgruppe Ahrens", "Lahntaler Zeitung", A),
            pos("Martina Hölzl", "Lahntaler Zeitung"),
        ],
    ),
    de(
        "Der französische Baustoffkonzern Groupe Duvernay zieht sein Angebot für die Mörtelwerke Kastl zurück. "
        "Nach der Ablehnung durch den Großaktionär sehe man keine Aussicht auf Erfolg, teilte Duvernay mit.",
        [acq("Groupe Duvernay", "Mörtelwerke Kastl", F)],
    ),
    de(
        "Für den insolventen Kontraktlogistiker Trans-Alb Logistik ist ein Käufer gefunden: Der Gläubigerausschuss hat dem Verkauf an die niederländische Van Dalen Groep zugestimmt. "
        "Die Transaktion soll Ende März vollzogen werden.",
        [acq("Van Dalen Groep", "Trans-Alb Logistik", A)],
    ),
    de(
        "Die Süddeutsche Handelsbank verliert ihren Risikovorstand: Katrin Esser wechselt im Herbst als Finanzchefin zur Konkurrentin Mainbank. "
        "Der Aufsichtsrat habe die Suche nach einer Nachfolge eingeleitet, hieß es.",
        [
            dep("Katrin Esser", "Süddeutsche Handelsbank", A),
            hire("Katrin Esser", "Mainbank", A),
        ],
        optional=[
            pos("Katrin Esser", "Süddeutsche Handelsbank"),
            poa("Mainbank", "Süddeutsche Handelsbank", ANY),
        ],
    ),
    de(
        "Der verschmelzungsrechtliche Squeeze-out bei der Ostholsteiner Mühlenwerke AG ist wirksam geworden. "
        "Mit der Eintragung ins Handelsregister sind sämtliche Aktien der Minderheitsaktionäre auf die Hauptaktionärin Grainex Europe GmbH übergegangen; die Notierung der Aktie wird eingestellt.",
        [acq("Grainex Europe GmbH", "Ostholsteiner Mühlenwerke AG", C)],
    ),
    de(
        "Der Mainzer Impfstoffentwickler Vaxora und der japanische Pharmakonzern Shiraishi Seiyaku haben eine Lizenzvereinbarung für den asiatischen Markt geschlossen. "
        "Vaxora erhält eine Vorabzahlung von 120 Mio. Dollar sowie umsatzabhängige Lizenzgebühren.",
        [par(["Vaxora", "Shiraishi Seiyaku"], CA)],
    ),
    de(
        "Würde die Brenner-Stiftung ihre 30-Prozent-Beteiligung an der Hoffmann Gießerei AG verkaufen, käme ein Pflichtangebot für den Käufer in Betracht. "
        "Einen Verkauf plane die Stiftung derzeit jedoch nicht, sagte ein Sprecher.",
        [],
        optional=[stake("Brenner-Stiftung", "Hoffmann Gießerei AG", C)],
    ),
    de(
        "Die Hauptversammlung der Lindgrün Baumärkte AG wählte die frühere Unilever-Managerin Anja Petersen in den Aufsichtsrat. "
        "Sie ersetzt Hans-Georg Wiese, der sein Mandat vorzeitig niedergelegt hatte.",
        [
            hire("Anja Petersen", "Lindgrün Baumärkte AG", C),
            pos("Anja Petersen", "Unilever"),
            dep("Hans-Georg Wiese", "Lindgrün Baumärkte AG", C),
        ],
        optional=[pos("Hans-Georg Wiese", "Lindgrün Baumärkte AG")],
    ),
    de(
        "Laut Stimmrechtsmitteilung hat die Vermögensverwaltung Rauscher & Cie. ihren Stimmrechtsanteil an der Dürrbach Elektronik AG am 12. November auf 15,08 Prozent erhöht und damit die Schwelle von 15 Prozent überschritten.",
        [stake("Rauscher & Cie.", "Dürrbach Elektronik AG", C)],
    ),
    de(
        "Neuer Interessent für den Windparkbetreiber Aeolis Energie: Neben dem Versorger Westfalenstrom hat nun auch der kanadische Infrastrukturfonds Maple Crest ein unverbindliches Angebot abgegeben. "
        "Der Vorstand von Aeolis will beide Offerten prüfen.",
        [
            acq("Maple Crest", "Aeolis Energie", T),
            acq("Westfalenstrom", "Aeolis Energie", T),
        ],
    ),
    de(
        "Die Piloten der Ferienfluggesellschaft Sonnair haben für Donnerstag einen ganztägigen Streik angekündigt. "
        "Das Unternehmen sprach von einer unverhältnismäßigen Eskalation und kündigte einen Sonderflugplan an.",
        [],
    ),
    de(
        "Der Spezialglashersteller Lausitzer Glaswerke bekommt einen neuen Chef: Zum 1. Januar übernimmt Frank Dierks, derzeit Vorstand beim Wettbewerber Vitrum Technik, den Vorsitz der Geschäftsführung. "
        "Amtsinhaber Gerd Wohlfahrt geht in den Ruhestand.",
        [
            hire("Frank Dierks", "Lausitzer Glaswerke", A),
            pos("Frank Dierks", "Vitrum Technik"),
            dep("Gerd Wohlfahrt", "Lausitzer Glaswerke", A),
        ],
        optional=[
            dep("Frank Dierks", "Vitrum Technik", A),
            poa("Lausitzer Glaswerke", "Vitrum Technik", ANY),
            pos("Gerd Wohlfahrt", "Lausitzer Glaswerke"),
        ],
    ),
    de(
        "Die Unternehmerfamilie Reinholz hat die Mehrheit an ihrem Möbelhersteller Reinholz Wohnen an den Finanzinvestor Tannberg Equity verkauft. "
        "Tannberg übernimmt 70 Prozent; die Familie bleibt mit 30 Prozent beteiligt und stellt mit Julia Reinholz weiterhin die Geschäftsführerin.",
        [
            acq("Tannberg Equity", "Reinholz Wohnen", CA),
            pos("Julia Reinholz", "Reinholz Wohnen"),
        ],
    ),
    de(
        "Die Hanseatische Kreditbank hat Berichte über Fusionsgespräche mit der Volksbank Jadebusen dementiert. "
        "„Wir führen keine Gespräche und planen auch keine“, sagte ein Sprecher des Instituts auf Anfrage.",
        [mer(["Hanseatische Kreditbank", "Volksbank Jadebusen"], D)],
    ),
    de(
        "Der Mischkonzern Albrechts Industrie will seine Medizintechniksparte abspalten und im kommenden Jahr an die Börse bringen. "
        "Ein Verkauf an einen Finanzinvestor sei geprüft, aber verworfen worden, sagte Vorstandschef Konrad Meyerhof.",
        [pos("Konrad Meyerhof", "Albrechts Industrie")],
    ),
    de(
        "Für 640 Mio. Euro kauft sich der Gabelstaplerhersteller Kramer Fördertechnik den Lagerautomatisierer Intralog Systems. "
        "Er will damit sein Geschäft mit fahrerlosen Transportsystemen ausbauen, sagte Kramer-Chef Björn Ahlers.",
        [
            acq("Kramer Fördertechnik", "Intralog Systems", A),
            pos("Björn Ahlers", "Kramer Fördertechnik"),
        ],
    ),
]
