# ruff: noqa: E501
"""Challenge set v23: newsletter, roundup and Personalien style business news (English and German).

Written blind by a helper on 2026-11-27, for error analysis. The helper did not
look at the extractor's code, its tests, the other challenge sets or the dev
corpora; all passages and names (apart from a few well-known real companies used
as counterparties) are invented.
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
    # --- weekly tech / AI deal roundups, trade-press briefs
    en(
        "This week in AI deals: Vantor Robotics raised $120m in a Series C led by Halden Ventures, with participation from Northgate Capital. "
        "Meanwhile, document-automation start-up Papyra was snapped up by Keystone Software for an undisclosed sum, and its two founders will stay on.",
        [
            inv("Halden Ventures", "Vantor Robotics", C),
            inv("Northgate Capital", "Vantor Robotics", C),
            acq("Keystone Software", "Papyra", C),
        ],
    ),
    en(
        "Deal of the week: Meridian Freight, the Rotterdam-based forwarder, is in advanced talks to buy Polish trucking group Trakt-Sped, according to people familiar with the matter. "
        "A deal could value Trakt-Sped at about €300m including debt. Meridian declined to comment.",
        [acq("Meridian Freight", "Trakt-Sped", TR)],
    ),
    en(
        "Quick hits: Lumio Health has hired former Pfizer executive Rachel Osei as chief medical officer. "
        "She spent eleven years at Pfizer, most recently leading its vaccines medical affairs team.",
        [hire("Rachel Osei", "Lumio Health", C)],
        optional=[dep("Rachel Osei", "Pfizer", ANY), pos("Rachel Osei", "Pfizer")],
    ),
    en(
        "Not a deal, but worth noting: Quillon Games shipped its long-delayed open-world title Ashen Tide on Tuesday. "
        "The studio's chief executive, Marcus Bell, said there were 'no plans whatsoever' to sell the company despite repeated approaches.",
        [pos("Marcus Bell", "Quillon Games")],
    ),
    en(
        "Fintech roundup: Payvault, the London-based embedded payments firm, has agreed to merge with Dutch rival Kassaflow in an all-share deal that will create a company processing about €40bn a year. "
        "The combined group will be led by Payvault chief executive Sunita Rao, while Kassaflow co-founder Jeroen Bakker will become chairman.",
        [
            mer(["Payvault", "Kassaflow"], A),
            pos("Sunita Rao", "Payvault"),
            pos("Jeroen Bakker", "Kassaflow"),
        ],
    ),
    en(
        "Talks between Orbis Energy and the owners of Norwegian battery maker Fjellstrom Power have broken down over price, two sources said, ending a months-long courtship. "
        "Orbis had offered roughly $1.1bn for the company.",
        [acq("Orbis Energy", "Fjellstrom Power", F)],
    ),
    en(
        "Helix Biologics on Monday denied a Bloomberg report that it was exploring a sale to Novartis, calling the story 'pure speculation'. "
        "'We are not in discussions with anyone,' a spokesperson said.",
        [acq("Novartis", "Helix Biologics", D)],
    ),
    en(
        "The UK's Competition and Markets Authority has blocked Garnet Logistics' proposed £780m takeover of parcel-locker operator BoxPoint, saying the deal would substantially lessen competition in last-mile delivery. "
        "Garnet said it was 'disappointed' and was considering an appeal.",
        [acq("Garnet Logistics", "BoxPoint", F)],
    ),
    en(
        "On the call, CFO Tomasz Wrona said Stellar Foods had closed its acquisition of snack brand Crunchwell in October and was 'actively looking' at further bolt-ons in Europe. "
        "Organic sales rose 4.2% in the quarter.",
        [
            pos("Tomasz Wrona", "Stellar Foods"),
            acq("Stellar Foods", "Crunchwell", C),
        ],
    ),
    en(
        "Apex Quant has been trying to poach senior researchers from rival hedge fund Larchmont Capital, offering guaranteed pay packages of up to $20m, according to people briefed on the approaches. "
        "At least two have already resigned, the people said.",
        [poa("Apex Quant", "Larchmont Capital", TR)],
    ),
    en(
        "Energy giant TotalEnergies has taken a 20% stake in Spanish solar developer Solenta Renovables, the companies said on Wednesday, with an option to raise it to a majority later.",
        [stake("TotalEnergies", "Solenta Renovables", C)],
    ),
    en(
        "Mobility newsletter: Jonas Wendt, who co-founded e-scooter operator Zippi in 2018, is stepping down as CEO at the end of the month. "
        "He will remain on the board. Chief operating officer Clara Mendes will take over on an interim basis.",
        [
            dep("Jonas Wendt", "Zippi", A),
            posh("Clara Mendes", "Zippi"),
        ],
        optional=[pos("Jonas Wendt", "Zippi")],
    ),
    en(
        "Gaming: Nordlicht Interactive and Tencent have signed a publishing partnership that will bring the Berlin studio's survival game Frostline to China next year.",
        [par(["Nordlicht Interactive", "Tencent"], CA)],
    ),
    en(
        "In pharma, Calder Therapeutics licensed global rights to its experimental obesity drug CT-388 to Eli Lilly for $150m upfront and up to $1.9bn in milestones. "
        "Calder CEO Priya Natarajan said the deal would fund the company through 2028.",
        [
            par(["Calder Therapeutics", "Eli Lilly"], CA),
            pos("Priya Natarajan", "Calder Therapeutics"),
        ],
    ),
    en(
        "Litigation watch: Ferrovia Systems has sued Railtec in a Delaware court, alleging the company misused trade secrets after the two dissolved their joint venture in 2023. "
        "Railtec called the claims baseless.",
        [],
        optional=[par(["Ferrovia Systems", "Railtec"], ANY)],
    ),
    en(
        "Analysts at Berenberg suggested Kestrel Aerospace could become a takeover target if its shares keep sliding, though they named no likely bidder. "
        "The company reported a narrower third-quarter loss of $12m.",
        [],
    ),
    en(
        "Private equity firm Carlyle is weighing a bid for cold-chain logistics provider FrostLink, Sky News reported on Sunday, in what could be a deal worth more than £500m. "
        "No approach has been made yet, the report said.",
        [acq("Carlyle", "FrostLink", R)],
    ),
    en(
        "Marlow Bank said Ayesha Karim will join as chief technology officer in March from Monzo, where she ran the platform engineering group. "
        "She replaces Peter Drum, who retired last year.",
        [
            hire("Ayesha Karim", "Marlow Bank", A),
            dep("Ayesha Karim", "Monzo", CA),
            dep("Peter Drum", "Marlow Bank", C),
        ],
    ),
    en(
        "Siemens' venture arm Next47 led a €45m Series B in Munich-based grid-software start-up Voltaris, which also drew money from existing backer Cherry Ventures.",
        [
            inv("Next47", "Voltaris", C),
            inv("Cherry Ventures", "Voltaris", C),
        ],
        optional=[inv("Siemens", "Voltaris", C)],
    ),
    en(
        "The planned merger of regional carriers SkyBridge Air and Coastal Wings was called off on Friday after the two sides failed to agree on the location of the future headquarters, both airlines said in a joint statement.",
        [mer(["SkyBridge Air", "Coastal Wings"], F)],
    ),
    en(
        "M&A briefs: Brandt Industrial completed its purchase of pump maker Hydrosys from Triton Partners. "
        "Gala Retail agreed to sell its 35% stake in Nordic e-grocer Matvaran to Axfood. "
        "And Orwell Media said it had ended talks to buy podcast network Loudhouse.",
        [
            acq("Brandt Industrial", "Hydrosys", C),
            stake("Axfood", "Matvaran", A),
            acq("Orwell Media", "Loudhouse", F),
        ],
        optional=[stake("Gala Retail", "Matvaran", C), acq("Triton Partners", "Hydrosys", C)],
    ),
    en(
        "Profile: At 34, Leon Aduba is one of the youngest chief executives in European logistics. "
        "The founder of Cargoo, a digital freight platform, says he has turned down two acquisition offers this year alone.",
        [pos("Leon Aduba", "Cargoo")],
    ),
    en(
        "AI coding-assistant maker Syntaxa is in talks to raise new funding at a valuation of about $4bn, with Andreessen Horowitz expected to lead the round, The Information reported.",
        [inv("Andreessen Horowitz", "Syntaxa", TR)],
    ),
    en(
        "Consolidation continues: Redstone Interactive has completed its acquisition of Polish studio Pixelforge, weeks after laying off 120 staff at its own Montreal office.",
        [acq("Redstone Interactive", "Pixelforge", C)],
    ),
    en(
        "Energy: Utility Vendra Energie and shipping group Kaltoft Lines agreed to form a joint venture to build a green-methanol plant in Esbjerg, with each holding 50%.",
        [par(["Vendra Energie", "Kaltoft Lines"], CA)],
    ),
    en(
        "Fintech Clearmint Pay has lured away Revolut's head of lending, Samir Haddad, who will start in January as chief product officer.",
        [
            poa("Clearmint Pay", "Revolut", C),
            hire("Samir Haddad", "Clearmint Pay", A),
            dep("Samir Haddad", "Revolut", CA),
        ],
    ),
    # ------------------------------------------------------------------ German (1)
    # --- Personalien, Mittelstand, Stadtwerke, regional business pages
    de(
        "Personalien: Katrin Albers (48) übernimmt zum 1. Januar den Vorsitz der Geschäftsführung der Hellwig Maschinenbau GmbH in Bielefeld. "
        "Sie kommt von der Körber AG, wo sie zuletzt das Geschäftsfeld Verpackung leitete. "
        "Ihr Vorgänger Rainer Hellwig, Enkel des Firmengründers, wechselt in den Beirat.",
        [
            hire("Katrin Albers", "Hellwig Maschinenbau", A),
            dep("Katrin Albers", "Körber", CA),
            pos("Rainer Hellwig", "Hellwig Maschinenbau"),
        ],
        optional=[dep("Rainer Hellwig", "Hellwig Maschinenbau", ANY)],
    ),
    de(
        "Die Stadtwerke Lindenau und die Stadtwerke Ostheim wollen zum 1. Januar 2027 fusionieren. "
        "Die Stadträte beider Kommunen hätten der Verschmelzung bereits zugestimmt, teilte ein Sprecher mit.",
        [mer(["Stadtwerke Lindenau", "Stadtwerke Ostheim"], A)],
    ),
    de(
        "Der Finanzinvestor EQT soll an einer Übernahme des Allgäuer Käseherstellers Bergmoser interessiert sein. "
        "Wie das „Manager Magazin“ berichtet, habe die Eigentümerfamilie bereits erste Gespräche mit mehreren Interessenten geführt.",
        [acq("EQT", "Bergmoser", TR)],
    ),
    de(
        "Das Familienunternehmen Drexler Armaturen aus Iserlohn hat den niederländischen Ventilhersteller Van Dijk Kleppen übernommen. "
        "Über den Kaufpreis vereinbarten die Parteien Stillschweigen; Branchenkreise schätzen ihn auf einen mittleren zweistelligen Millionenbetrag.",
        [acq("Drexler Armaturen", "Van Dijk Kleppen", C)],
    ),
    de(
        "Ein Sprecher der Wernerwerke wies Berichte zurück, wonach der Autozulieferer mit dem chinesischen Konzern Weichai über einen Einstieg verhandle. "
        "„An diesen Gerüchten ist nichts dran“, sagte er.",
        [stake("Weichai", "Wernerwerke", D)],
    ),
    de(
        "Das Bundeskartellamt hat die geplante Übernahme des Entsorgers Rheinclean durch die Kramer Umwelt Gruppe untersagt. "
        "Der Zusammenschluss hätte im Rheinland zu einer marktbeherrschenden Stellung geführt, erklärte die Behörde.",
        [acq("Kramer Umwelt Gruppe", "Rheinclean", F)],
    ),
    de(
        "Das Münchner Start-up Quantoro, das Software für die Produktionsplanung entwickelt, hat in einer Finanzierungsrunde 18 Millionen Euro eingesammelt. "
        "Angeführt wurde die Runde von Earlybird, auch der Bestandsinvestor UVC Partners beteiligte sich erneut.",
        [
            inv("Earlybird", "Quantoro", C),
            inv("UVC Partners", "Quantoro", C),
        ],
    ),
    de(
        "Überraschender Abgang bei der Sparkasse Nordheide: Vorstandschef Henning Brauer verlässt das Institut nach nur 14 Monaten „auf eigenen Wunsch“, wie der Verwaltungsrat am Dienstag mitteilte. "
        "Ein Nachfolger soll bis zum Sommer gefunden werden.",
        [dep("Henning Brauer", "Sparkasse Nordheide", CA)],
    ),
    de(
        "Generationswechsel bei der Bäckerei Kornmann: Seniorchef Alfons Kornmann (71) hat die Leitung des Filialbetriebs mit 45 Standorten an seine Tochter Miriam übergeben. "
        "Sie führt das Unternehmen nun in vierter Generation.",
        [
            dep("Alfons Kornmann", "Bäckerei Kornmann", C),
            posh("Miriam Kornmann", "Bäckerei Kornmann"),
        ],
        optional=[pos("Alfons Kornmann", "Bäckerei Kornmann")],
    ),
    de(
        "Die Stadtwerke Falkenried kooperieren künftig beim Ausbau öffentlicher Ladesäulen mit dem Energieversorger EnBW. "
        "Einen entsprechenden Rahmenvertrag unterzeichneten beide Seiten am Montag.",
        [par(["Stadtwerke Falkenried", "EnBW"], CA)],
    ),
    de(
        "Die Stadtwerke Halbach beteiligen sich mit 24,9 Prozent an dem regionalen Windparkbetreiber Nordwind Energie. "
        "Die übrigen Anteile bleiben bei der Gründerfamilie Ehlers.",
        [stake("Stadtwerke Halbach", "Nordwind Energie", CA)],
    ),
    de(
        "Der Kölner Spezialchemiekonzern Aurelis hat im dritten Quartal den Umsatz um sieben Prozent auf 1,4 Milliarden Euro gesteigert. "
        "Zukäufe seien derzeit „kein Thema“, hieß es aus Unternehmenskreisen; man konzentriere sich auf den Schuldenabbau.",
        [],
    ),
    de(
        "Der Rüstungskonzern Valkon hat nach Informationen dieser Zeitung versucht, den Entwicklungschef des Drohnenherstellers Aerix, Tobias Renner, abzuwerben. "
        "Renner habe das Angebot jedoch abgelehnt und bleibe in Augsburg, hieß es.",
        [
            poa("Valkon", "Aerix", F),
            pos("Tobias Renner", "Aerix"),
        ],
        optional=[hire("Tobias Renner", "Valkon", F)],
    ),
    de(
        "Der Logistikdienstleister Hartung Spedition hat Sabine Okafor zur Finanzchefin berufen. "
        "Die 45-Jährige war zuvor sieben Jahre bei Dachser tätig und tritt ihr Amt Anfang Juni an.",
        [hire("Sabine Okafor", "Hartung Spedition", A)],
        optional=[dep("Sabine Okafor", "Dachser", ANY), pos("Sabine Okafor", "Dachser")],
    ),
    de(
        "Die beiden Genossenschaftsbanken Volksbank Mittelweser und Raiffeisenbank Steinhuder Land führen Fusionsgespräche. "
        "Eine Entscheidung solle bis Ende des Jahres fallen, sagte Vorstand Dirk Meinert von der Volksbank.",
        [
            mer(["Volksbank Mittelweser", "Raiffeisenbank Steinhuder Land"], T),
            pos("Dirk Meinert", "Volksbank Mittelweser"),
        ],
    ),
    de(
        "Personalien kompakt: Bei der Lübecker Reederei Hansa Nord hat Jens Petersen den Vorstandsvorsitz übernommen; er war bislang Finanzvorstand. "
        "Die Nachfolge im Finanzressort tritt Ulrike Sommer an, die von Hapag-Lloyd kommt. "
        "Aus dem Vorstand ausgeschieden ist dagegen Technikvorstand Karl Behn.",
        [
            posh("Jens Petersen", "Hansa Nord"),
            hire("Ulrike Sommer", "Hansa Nord", CA),
            dep("Ulrike Sommer", "Hapag-Lloyd", CA),
            dep("Karl Behn", "Hansa Nord", C),
        ],
    ),
    de(
        "Der Heizungsbauer Viessbach hat eine Vereinbarung zur Übernahme von 75 Prozent an Termoluce Calore, der Wärmepumpen-Sparte des italienischen Konkurrenten Termoluce, unterzeichnet. "
        "Der Abschluss der Transaktion wird im ersten Halbjahr erwartet, vorbehaltlich der Zustimmung der Behörden.",
        [acq("Viessbach", "Termoluce Calore", A)],
    ),
    de(
        "Insidern zufolge lotet der Softwarekonzern SAP einen Einstieg bei dem Heidelberger KI-Start-up Lexora aus. "
        "Im Gespräch sei eine Minderheitsbeteiligung im Rahmen einer größeren Finanzierungsrunde. SAP wollte sich nicht äußern.",
        [stake("SAP", "Lexora", TR)],
    ),
    de(
        "Der Mittelständler Brückner Optik aus Wetzlar stellt auf der Messe in Stuttgart eine neue Generation von Industriekameras vor. "
        "Geschäftsführer Paul Brückner rechnet für das kommende Jahr mit einem zweistelligen Umsatzplus.",
        [pos("Paul Brückner", "Brückner Optik")],
    ),
    de(
        "Die Übernahme des Küchenherstellers Kollweg Küchen durch den schwedischen Finanzinvestor Nordic Capital ist geplatzt. "
        "Die Verhandlungen seien an unterschiedlichen Preisvorstellungen gescheitert, bestätigte das Unternehmen am Freitag.",
        [acq("Nordic Capital", "Kollweg Küchen", F)],
    ),
    de(
        "Der Aufsichtsrat der Ebersberg Pharma hat Finanzvorstand Lars Tiedemann mit sofortiger Wirkung zum Interims-Vorstandschef ernannt. "
        "Der bisherige CEO Michael Korte hatte das Unternehmen Ende vergangener Woche überraschend verlassen.",
        [
            posh("Lars Tiedemann", "Ebersberg Pharma"),
            dep("Michael Korte", "Ebersberg Pharma", C),
        ],
    ),
    de(
        "Start-up-Ticker: Das Berliner Fintech Zinsly hat 12 Millionen Euro von Speedinvest und Picus Capital erhalten. "
        "Die Kölner Agrar-Plattform Feldwerk sammelt in einer Seed-Runde 3,5 Millionen Euro ein, unter anderem vom High-Tech Gründerfonds.",
        [
            inv("Speedinvest", "Zinsly", C),
            inv("Picus Capital", "Zinsly", C),
            inv("High-Tech Gründerfonds", "Feldwerk", CA),
        ],
    ),
    de(
        "Wie aus Aufsichtsratskreisen verlautet, soll Vorstandschefin Birgit Lorenz den Baustoffkonzern Terracon Ende März verlassen. "
        "Offiziell bestätigt ist das nicht.",
        [dep("Birgit Lorenz", "Terracon", R)],
        optional=[pos("Birgit Lorenz", "Terracon")],
    ),
    de(
        "Die Gründerfamilie Steinmeyer hat ihre restlichen 49 Prozent am Gabelstaplerhersteller Steinmeyer Fördertechnik an den japanischen Konzern Toyota Industries verkauft, der damit alleiniger Eigentümer wird.",
        [acq("Toyota Industries", "Steinmeyer Fördertechnik", C)],
    ),
    de(
        "Der Chiphersteller Nexwafer hat dem Konkurrenten Infineon gleich drei Spitzenmanager abgeworben, darunter den bisherigen Leiter der Leistungshalbleiter-Sparte, Frank Höger. "
        "Höger wird im Mai Technikvorstand bei Nexwafer.",
        [
            poa("Nexwafer", "Infineon", C),
            hire("Frank Höger", "Nexwafer", A),
            dep("Frank Höger", "Infineon", CA),
        ],
    ),
    de(
        "Der Maschinenbauer Lorch & Weiß und das Fraunhofer-Institut IPA haben eine strategische Forschungspartnerschaft für KI-gestützte Qualitätskontrolle vereinbart.",
        [par(["Lorch & Weiß", "Fraunhofer-Institut IPA"], CA)],
    ),
    # ------------------------------------------------------------------ English (2)
    # --- trade press: logistics, pharma, fintech, gaming, energy; newsletters
    en(
        "Logistics briefing: DSV has agreed to buy a majority stake in Turkish contract logistics provider Anka Lojistik, giving the Danish group a foothold in a fast-growing nearshoring market. "
        "Terms were not disclosed.",
        [acq("DSV", "Anka Lojistik", A)],
    ),
    en(
        "Three years after it bought Zentry, cargo insurer Harbourline is now putting the unit up for sale, according to a memo seen by Lloyd's List. "
        "Advisers have been hired to sound out potential buyers.",
        [acq("Harbourline", "Zentry", C)],
    ),
    en(
        "Two mid-sized generics makers, Alvion Pharma and Kestra Labs, said on Tuesday they would combine in a merger of equals valued at roughly $2.3bn. "
        "Alvion shareholders will own 52% of the new company.",
        [mer(["Alvion Pharma", "Kestra Labs"], A)],
    ),
    en(
        "Boston biotech Orrin Bio named Dr. Helen Marsh its new chief executive, effective immediately. "
        "Marsh joins from AstraZeneca, where she led oncology R&D; she succeeds co-founder Daniel Ferris, who becomes executive chairman.",
        [
            hire("Helen Marsh", "Orrin Bio", C),
            dep("Helen Marsh", "AstraZeneca", C),
            posh("Daniel Ferris", "Orrin Bio"),
        ],
        optional=[dep("Daniel Ferris", "Orrin Bio", ANY)],
    ),
    en(
        "Neobank Fernly has abandoned plans to raise $200m from SoftBank after the two sides could not agree on terms, the company's founder Maya Lindqvist told employees in a memo.",
        [
            inv("SoftBank", "Fernly", F),
            pos("Maya Lindqvist", "Fernly"),
        ],
    ),
    en(
        "Rumour mill: Sony is said to be circling Finnish mobile developer Kuura Games, the maker of hit puzzler Tiles of Tuoni. "
        "Neither company would comment.",
        [acq("Sony", "Kuura Games", R)],
    ),
    en(
        "Octavia Renewables has closed the sale of its 400MW onshore wind portfolio in Scotland to Brookfield, the company said, and will use the proceeds to pay down debt.",
        [],
    ),
    en(
        "Reports that Marlin Logistics and Amazon were close to a last-mile delivery partnership are 'inaccurate', Marlin chief executive Oscar Fenn said on Thursday's earnings call.",
        [
            par(["Marlin Logistics", "Amazon"], D),
            pos("Oscar Fenn", "Marlin Logistics"),
        ],
    ),
    en(
        "The exodus at Tallis AI continues: chief scientist Wei Zhang and head of product Laura Kim have both left the start-up in the past fortnight, following CEO Ben Ortiz's departure in September. "
        "Zhang has joined OpenAI, a person close to him said.",
        [
            dep("Wei Zhang", "Tallis AI", C),
            dep("Laura Kim", "Tallis AI", C),
            dep("Ben Ortiz", "Tallis AI", C),
            hire("Wei Zhang", "OpenAI", [C, R]),
        ],
        optional=[poa("OpenAI", "Tallis AI", ANY)],
    ),
    en(
        "Earnings recap: Brightwater Utilities beat forecasts on higher regulated returns and said it had agreed to buy a 49% stake in offshore transmission operator SeaLink Grid from Macquarie for £610m. "
        "CEO Fiona Grant called the deal 'a natural extension' of the group's network business.",
        [
            stake("Brightwater Utilities", "SeaLink Grid", A),
            pos("Fiona Grant", "Brightwater Utilities"),
        ],
        optional=[stake("Macquarie", "SeaLink Grid", C)],
    ),
    en(
        "If rates fall as expected, bankers say 2027 could see a wave of take-privates in the UK mid-cap space, with software and specialty insurance seen as the likeliest hunting grounds.",
        [],
    ),
    en(
        "Quote of the week: 'We are not a seller,' said Ines Carvalho, chief executive of Lisbon-based payments firm Pagora, when asked about persistent takeover chatter involving Adyen.",
        [pos("Ines Carvalho", "Pagora")],
        optional=[acq("Adyen", "Pagora", [R, D])],
    ),
    en(
        "Vistra Health, the hospital operator, said its outpatient subsidiary CarePoint had acquired Moveo Physio, a chain of 14 physiotherapy clinics, from its founding family.",
        [acq("CarePoint", "Moveo Physio", C)],
        optional=[acq("Vistra Health", "Moveo Physio", C)],
    ),
    en(
        "Ubisoft veteran Serge Laporte will join Copenhagen studio Tundra Forge as creative director next month, the company confirmed. "
        "Laporte left Ubisoft in June after 17 years.",
        [
            hire("Serge Laporte", "Tundra Forge", A),
            dep("Serge Laporte", "Ubisoft", C),
        ],
    ),
    en(
        "Kitchen-robotics maker Chefbot has secured a $30m credit facility from HSBC Innovation Banking to finance the roll-out of its machines to restaurant chains.",
        [],
        optional=[inv("HSBC Innovation Banking", "Chefbot", ANY)],
    ),
    en(
        "It's official: the merger of freight-forwarding platforms Shipzen and Frachtwerk closed on Monday, creating Europe's second-largest digital forwarder. "
        "The combined company will operate under the Shipzen brand.",
        [mer(["Shipzen", "Frachtwerk"], C)],
    ),
    en(
        "Goldman Sachs has approached several members of Barclays' European energy M&A team about moving, people familiar with the talks said.",
        [poa("Goldman Sachs", "Barclays", TR)],
    ),
    en(
        "Aramco denied on Wednesday that it was in talks to buy a stake in Indian refiner Sagar Petro, after local media reported that a deal for up to 20% was imminent.",
        [stake("Aramco", "Sagar Petro", D)],
    ),
    en(
        "The European Commission has prohibited the proposed combination of rail-signalling specialists Signavia and Corteq, arguing it would have left train operators with only one supplier in several member states.",
        [mer(["Signavia", "Corteq"], F)],
    ),
    en(
        "Personnel file: Northvale Insurance has appointed former Bank of England official Graham Pike as a non-executive director. "
        "Pike, 61, will also chair the board's risk committee.",
        [hire("Graham Pike", "Northvale Insurance", CA)],
        optional=[pos("Graham Pike", "Bank of England"), dep("Graham Pike", "Bank of England", ANY)],
    ),
    en(
        "Also on our radar: Estonian drone start-up Kotkas closed a €9m seed round led by Plural; Zurich-based insurtech Alpina Cover was acquired by Generali; "
        "and Toronto's Maple Ledger announced a partnership with Visa to issue virtual cards to small businesses.",
        [
            inv("Plural", "Kotkas", C),
            acq("Generali", "Alpina Cover", C),
            par(["Maple Ledger", "Visa"], CA),
        ],
    ),
    en(
        "Shares in Coastline Ferries rose 9% after a newspaper reported the operator had held merger talks with rival Bluewater Lines. "
        "Bluewater later said it was 'not in any discussions', while Coastline declined to comment.",
        [mer(["Coastline Ferries", "Bluewater Lines"], D)],
    ),
    en(
        "KKR has agreed to sell its majority stake in Dutch veterinary chain PetVita to fellow buyout firm Cinven, ending a six-year holding period.",
        [acq("Cinven", "PetVita", A)],
        optional=[acq("KKR", "PetVita", C)],
    ),
    en(
        "Correction: An earlier edition of this newsletter said Grayson Foods had agreed to acquire Nutrabar. "
        "In fact, Grayson has only signed a distribution partnership with the snack maker. We regret the error.",
        [par(["Grayson Foods", "Nutrabar"], CA)],
        optional=[acq("Grayson Foods", "Nutrabar", ANY)],
    ),
    en(
        "This week's guest column comes from Tobias Lindgren, co-founder and general partner at Stockholm-based VC firm Ekorre Capital, which backed Kotkas and three other Baltic drone start-ups.",
        [
            pos("Tobias Lindgren", "Ekorre Capital"),
            inv("Ekorre Capital", "Kotkas", C),
        ],
    ),
    en(
        "Microsoft will invest $500m in French AI lab Ondine and make its models available on Azure under a multi-year partnership, the companies said on Monday.",
        [
            inv("Microsoft", "Ondine", A),
            par(["Microsoft", "Ondine"], CA),
        ],
    ),
    # ------------------------------------------------------------------ German (2)
    # --- Köpfe der Woche, Deals der Woche, Familienunternehmen, Banken, Energie
    de(
        "Die Stadtwerke Bergstadt übernehmen den örtlichen Glasfaseranbieter Netzwerk Bergstadt vollständig. "
        "Bislang hielt der kommunale Versorger 40 Prozent an dem Unternehmen; die restlichen Anteile erwirbt er nun von der Sparkasse Bergstadt.",
        [acq("Stadtwerke Bergstadt", "Netzwerk Bergstadt", CA)],
        optional=[
            stake("Stadtwerke Bergstadt", "Netzwerk Bergstadt", C),
            stake("Sparkasse Bergstadt", "Netzwerk Bergstadt", C),
        ],
    ),
    de(
        "Der Finanzinvestor Aurelius hat die Mehrheit an dem Osnabrücker Verpackungsspezialisten Kartonwerk Hüls erworben. "
        "Die Gründerfamilie bleibt mit 30 Prozent beteiligt, Geschäftsführer Stefan Hüls führt das Unternehmen weiter.",
        [
            acq("Aurelius", "Kartonwerk Hüls", C),
            pos("Stefan Hüls", "Kartonwerk Hüls"),
        ],
    ),
    de(
        "Die geplante Finanzierungsrunde des Batterie-Start-ups Voltwerk ist gescheitert: Der chinesische Investor CATL habe sich kurzfristig zurückgezogen, teilte Gründer Malte Sievers den Mitarbeitern mit. "
        "Das Unternehmen hat inzwischen Insolvenz beantragt.",
        [
            inv("CATL", "Voltwerk", F),
            pos("Malte Sievers", "Voltwerk"),
        ],
    ),
    de(
        "Nach Informationen des „Handelsblatts“ soll die frühere Allianz-Managerin Petra Vogelsang neue Chefin des Versicherers Nordstern Leben werden. "
        "Der Aufsichtsrat wolle sie noch im Dezember berufen.",
        [hire("Petra Vogelsang", "Nordstern Leben", R)],
        optional=[pos("Petra Vogelsang", "Allianz"), dep("Petra Vogelsang", "Allianz", ANY)],
    ),
    de(
        "Die Brauerei Kellerhof dementierte am Abend einen Bericht, wonach Finanzvorstand Ralf Engel das Unternehmen verlassen werde. "
        "„Herr Engel bleibt an Bord“, sagte eine Sprecherin.",
        [
            dep("Ralf Engel", "Brauerei Kellerhof", D),
            pos("Ralf Engel", "Brauerei Kellerhof"),
        ],
    ),
    de(
        "Rückwirkend zum 1. Januar ist die Verschmelzung der Volksbank Hohenlohe-Tauber mit der VR Bank Kochertal ins Genossenschaftsregister eingetragen worden. "
        "Die neue Bank firmiert als VR Bank Hohenlohe-Kocher.",
        [mer(["Volksbank Hohenlohe-Tauber", "VR Bank Kochertal"], C)],
    ),
    de(
        "Köpfe der Woche: Michaela Brandt, bisher Vertriebschefin bei Vodafone Deutschland, wechselt als Geschäftsführerin zum Glasfaseranbieter Fibrenet Süd. "
        "Thomas Ueberall verlässt den Vorstand der Deka nach zwölf Jahren und geht in den Ruhestand. "
        "Und Ayşe Demir ist neue Leiterin der Harbusch Vermögensverwaltung, des Family Office der Unternehmerfamilie Harbusch.",
        [
            hire("Michaela Brandt", "Fibrenet Süd", CA),
            dep("Michaela Brandt", "Vodafone Deutschland", CA),
            dep("Thomas Ueberall", "Deka", CA),
            posh("Ayşe Demir", "Harbusch Vermögensverwaltung"),
        ],
    ),
    de(
        "Der Dax-Konzern Siemens Healthineers will den Freiburger Laborsoftware-Anbieter Labrix für rund 1,2 Milliarden Euro übernehmen. "
        "Die Transaktion steht noch unter dem Vorbehalt der kartellrechtlichen Genehmigung.",
        [acq("Siemens Healthineers", "Labrix", A)],
    ),
    de(
        "Die Eigentümer des Modehauses Garbers & Kuhn verhandeln mit dem Stuttgarter Konkurrenten Breuninger über einen Verkauf. "
        "Man sei in „konstruktiven Gesprächen“, bestätigte Geschäftsführer Hans-Peter Kuhn der Lokalzeitung.",
        [
            acq("Breuninger", "Garbers & Kuhn", T),
            pos("Hans-Peter Kuhn", "Garbers & Kuhn"),
        ],
    ),
    de(
        "Der Windanlagenbauer Nordmast hat im ersten Halbjahr einen Verlust von 84 Millionen Euro geschrieben. "
        "Zudem verklagt das Unternehmen seinen früheren Zulieferer Rotorblatt Technik auf Schadenersatz wegen fehlerhafter Komponenten.",
        [],
    ),
    de(
        "Die Beteiligungsgesellschaft der Familie Lindner, die Lindner Holding, steigt beim Berliner Pflege-Start-up Careo ein und übernimmt im Rahmen einer Kapitalerhöhung eine Minderheitsbeteiligung. "
        "Careo will das Geld in die Expansion nach Österreich stecken.",
        [stake("Lindner Holding", "Careo", CA)],
    ),
    de(
        "Der Autobauer BMW werbe derzeit gezielt Softwareingenieure des Münchner Start-ups Drivesense ab, berichtet das Branchenportal „Automobilwoche“. "
        "Drivesense-Chef Kai Lorenz sprach von einem „unfreundlichen Akt“.",
        [
            poa("BMW", "Drivesense", TR),
            pos("Kai Lorenz", "Drivesense"),
        ],
    ),
    de(
        "Der Sportartikelhersteller Lauffeuer und der Onlinehändler Zalando beenden ihre Vertriebspartnerschaft zum Jahresende. "
        "Man habe sich nicht auf neue Konditionen einigen können, hieß es.",
        [par(["Lauffeuer", "Zalando"], ANY)],
    ),
    de(
        "Neu im Vorstand der Stadtsparkasse Wellingen: Zum 1. April rückt Björn Haldemann, bislang Bereichsleiter Firmenkunden des Hauses, in das Gremium auf. "
        "Er folgt auf Gisela Marx, die in den Ruhestand tritt.",
        [
            posh("Björn Haldemann", "Stadtsparkasse Wellingen"),
            dep("Gisela Marx", "Stadtsparkasse Wellingen", A),
        ],
    ),
    de(
        "Der IT-Dienstleister Datagon aus Dortmund hat von der Bechtle AG deren Tochter Cloudwerk übernommen. "
        "Der Kaufpreis liege im niedrigen zweistelligen Millionenbereich, sagte Datagon-Chef Uwe Kranz.",
        [
            acq("Datagon", "Cloudwerk", C),
            pos("Uwe Kranz", "Datagon"),
        ],
    ),
    de(
        "In der Branche wird über einen Zusammenschluss der beiden Landmaschinenhändler Agrotec Nord und Landtechnik Brauer spekuliert. "
        "Beide Unternehmen wollten die Gerüchte nicht kommentieren.",
        [mer(["Agrotec Nord", "Landtechnik Brauer"], R)],
    ),
    de(
        "Der Familienkonzern Harkort feiert sein 150-jähriges Bestehen. "
        "Ein Verkauf an einen Finanzinvestor, wie ihn viele Wettbewerber erlebt hätten, komme für die Eigentümer nicht in Frage, sagte Firmenchefin Lena Harkort beim Festakt.",
        [pos("Lena Harkort", "Harkort")],
    ),
    de(
        "Die Thermo Rhein AG hat ihren Anteil an der Stadtwerke Kaltenbach GmbH von 25,1 auf 49,9 Prozent aufgestockt. "
        "Die Stadt bleibt Mehrheitseigner.",
        [stake("Thermo Rhein", "Stadtwerke Kaltenbach", C)],
    ),
    de(
        "Die Drogeriekette Blumfeld holt sich ihren neuen Einkaufschef bei der Konkurrenz: Markus Stein, derzeit Geschäftsführer Einkauf bei dm, wechselt zum 1. Oktober nach Bad Vilbel.",
        [
            hire("Markus Stein", "Blumfeld", A),
            dep("Markus Stein", "dm", A),
        ],
        optional=[poa("Blumfeld", "dm", ANY), pos("Markus Stein", "dm")],
    ),
    de(
        "Abgeschlossen: Der Schraubenhändler Kessler Befestigungstechnik hat die Übernahme des dänischen Großhändlers Skruen A/S vollzogen. "
        "Der Konzern erweitert damit sein Filialnetz in Skandinavien auf 60 Standorte.",
        [acq("Kessler Befestigungstechnik", "Skruen", C)],
    ),
    de(
        "Der Vorstand des Messtechnikspezialisten Optronik hat ein Übernahmeangebot des US-Konkurrenten Keysight als „deutlich zu niedrig“ zurückgewiesen. "
        "Keysight hatte 38 Euro je Aktie geboten.",
        [acq("Keysight", "Optronik", F)],
    ),
    de(
        "Deals der Woche: Die Hamburger Hafenlogistik-Firma Kairos Terminals geht an die Reederei MSC. "
        "Der Kölner Versicherungsmakler Asscura kauft den Bonner Wettbewerber Pohl & Partner. "
        "Und der Bausoftware-Anbieter Baudata erhält 25 Millionen Euro von Insight Partners.",
        [
            acq("MSC", "Kairos Terminals", CA),
            acq("Asscura", "Pohl & Partner", CA),
            inv("Insight Partners", "Baudata", CA),
        ],
    ),
    de(
        "Nachruf: Der langjährige Chef des Leuchtenherstellers Lumatec, Herbert Falk, ist im Alter von 84 Jahren gestorben. "
        "Falk hatte das Unternehmen von 1971 bis 2005 geführt.",
        [pos("Herbert Falk", "Lumatec")],
    ),
    de(
        "Die Stahlwerke Saarfeld und der schwedische Konzern SSAB verhandeln über ein Gemeinschaftsunternehmen für grünen Stahl. "
        "Eine Absichtserklärung sei bereits unterzeichnet, hieß es aus Unternehmenskreisen.",
        [par(["Stahlwerke Saarfeld", "SSAB"], [T, A])],
    ),
    de(
        "Seit Anfang November verstärkt Jana Wolff die Geschäftsführung des Familienunternehmens Heinrich Gerlach KG in Detmold. "
        "Die 39-Jährige verantwortet dort die Bereiche Finanzen und Personal; zuvor war sie Prokuristin bei der Oetker-Gruppe.",
        [hire("Jana Wolff", "Heinrich Gerlach KG", C)],
        optional=[dep("Jana Wolff", "Oetker-Gruppe", ANY), pos("Jana Wolff", "Oetker-Gruppe")],
    ),
    de(
        "Die Förderbank NRW.Bank und der Business-Angel-Verbund Ruhrkapital beteiligen sich mit insgesamt 4 Millionen Euro an dem Bochumer Wasserstoff-Start-up Hydroma. "
        "Das Geld fließt in eine Pilotanlage in Herne.",
        [
            inv("NRW.Bank", "Hydroma", CA),
            inv("Ruhrkapital", "Hydroma", CA),
        ],
    ),
    # ------------------------------------------------------------------ mixed (3)
    # --- earnings calls, rumours, denials, blocked deals, distractors
    en(
        "During Tuesday's call, Halcyon Logistics chief executive Rob Tanner confirmed the group was in exclusive negotiations to acquire Belgian cold-storage operator Koelhuis Antwerpen. "
        "He added that the previously announced purchase of Iberian parcel firm Rapidex had closed on Oct. 1.",
        [
            pos("Rob Tanner", "Halcyon Logistics"),
            acq("Halcyon Logistics", "Koelhuis Antwerpen", T),
            acq("Halcyon Logistics", "Rapidex", C),
        ],
    ),
    de(
        "Der langjährige Vertriebsvorstand Günter Hasse scheidet Ende des Jahres bei der Mainzer Kristallglas GmbH aus. "
        "Er habe sich entschieden, „Platz für die nächste Generation“ zu machen, ließ Hasse mitteilen.",
        [dep("Günter Hasse", "Mainzer Kristallglas", A)],
    ),
    en(
        "After nine years at Spotify, product chief Elena Vasquez is leaving to start her own company, she announced on LinkedIn. "
        "Her last day is Dec. 15.",
        [dep("Elena Vasquez", "Spotify", A)],
    ),
    de(
        "Die Bundesregierung hat den Verkauf des Radarspezialisten Heltron an den chinesischen Investor Sanhe Capital untersagt. "
        "Das Wirtschaftsministerium begründete das Verbot mit Risiken für die öffentliche Sicherheit.",
        [acq("Sanhe Capital", "Heltron", F)],
    ),
    en(
        "Rumours are swirling that Apple's former design lead Kenji Mori is set to join Swedish hardware start-up Luma Devices as chief design officer. "
        "Luma declined to comment.",
        [hire("Kenji Mori", "Luma Devices", R)],
        optional=[pos("Kenji Mori", "Apple"), dep("Kenji Mori", "Apple", ANY)],
    ),
    de(
        "Die frühere Staatssekretärin Carola Maurer wechselt in die Privatwirtschaft: Ab Februar leitet sie die Berliner Repräsentanz des Energiekonzerns Vattenfall.",
        [hire("Carola Maurer", "Vattenfall", A)],
    ),
    en(
        "Berlin VC firm Ostwind Ventures has closed its third fund at €250m, with the European Investment Fund among the anchor limited partners.",
        [],
        optional=[inv("European Investment Fund", "Ostwind Ventures", C)],
    ),
    de(
        "Der Möbelhändler Wohnhaus Bremer übernimmt 51 Prozent an dem Online-Shop Sofaheld. "
        "Die Gründer Lukas und Marie Schön behalten die restlichen Anteile und bleiben Geschäftsführer.",
        [
            acq("Wohnhaus Bremer", "Sofaheld", CA),
            pos("Lukas Schön", "Sofaheld"),
            pos("Marie Schön", "Sofaheld"),
        ],
    ),
    en(
        "Two of Poland's mid-sized game developers, Wilk Studios and Orzel Games, will merge to form a 600-person company, both firms said in stock-exchange filings on Friday. "
        "The deal requires approval from shareholders at both companies.",
        [mer(["Wilk Studios", "Orzel Games"], A)],
    ),
    de(
        "Die Brauerei Hoppenstedt hat Spekulationen über eine Fusion mit dem Nachbarn Brauhaus Lindenfeld zurückgewiesen. "
        "„Wir bleiben eigenständig“, sagte Brauereichef Florian Hoppenstedt.",
        [
            mer(["Brauerei Hoppenstedt", "Brauhaus Lindenfeld"], D),
            pos("Florian Hoppenstedt", "Brauerei Hoppenstedt"),
        ],
    ),
    en(
        "Fenwick Pharma walked away from its $1.6bn agreed takeover of Scottish contract manufacturer Glenlab, citing a 'material adverse change' after a plant inspection. "
        "Glenlab said it would 'vigorously contest' the termination.",
        [acq("Fenwick Pharma", "Glenlab", F)],
    ),
    de(
        "Das Dresdner Chip-Start-up Siltrix verhandle mit der Qatar Investment Authority über eine Beteiligung in dreistelliger Millionenhöhe, berichtet die „Wirtschaftswoche“. "
        "Das Unternehmen wollte sich dazu nicht äußern.",
        [stake("Qatar Investment Authority", "Siltrix", TR)],
    ),
    en(
        "Shell Ventures will take part in a $60m Series B for Hamburg-based hydrogen-logistics firm H2Haul, set to close next month, alongside lead investor Breakthrough Energy Ventures.",
        [
            inv("Shell Ventures", "H2Haul", A),
            inv("Breakthrough Energy Ventures", "H2Haul", A),
        ],
    ),
    de(
        "Der Versicherer Allgemeine Hanse habe dem Finanzvorstand der Konkurrentin Elbe Versicherung, Norbert Kühl, ein lukratives Angebot gemacht, berichten mehrere Medien. "
        "Kühl habe abgesagt; er wolle seinen Vertrag in Hamburg erfüllen.",
        [
            poa("Allgemeine Hanse", "Elbe Versicherung", F),
            pos("Norbert Kühl", "Elbe Versicherung"),
        ],
        optional=[hire("Norbert Kühl", "Allgemeine Hanse", F)],
    ),
    en(
        "Elsewhere: drone-delivery firm Wingspan launched service in Dallas; Lisbon's Navegar unveiled an AI route planner; "
        "and freight broker Haulwise settled its long-running lawsuit with former investor Crestline Capital.",
        [],
        optional=[inv("Crestline Capital", "Haulwise", C)],
    ),
    de(
        "Beim Kasseler Logistiker Wendel Transporte übernimmt Tanja Reuter als Chief Operating Officer zusätzlich die Verantwortung für das Auslandsgeschäft. "
        "Ihr bisheriger Kollege Sven Ott wechselt zum Wettbewerber Fiege.",
        [
            posh("Tanja Reuter", "Wendel Transporte"),
            dep("Sven Ott", "Wendel Transporte", CA),
            hire("Sven Ott", "Fiege", CA),
        ],
    ),
    en(
        "Roche and Zurich-based digital-pathology start-up Slidewise are in discussions about a co-development deal that could be worth up to CHF 400m, according to two people familiar with the matter.",
        [par(["Roche", "Slidewise"], TR)],
    ),
    de(
        "Die Kommunen im Landkreis Ebersdorf prüfen, ihre Stadtwerke in einer gemeinsamen Gesellschaft zu bündeln. "
        "Ein Gutachten dazu soll bis zum Herbst vorliegen.",
        [],
    ),
    en(
        "Crypto exchange Kobalt has hired Coinbase's former head of compliance, Natalie Briggs, as general counsel, its third senior hire from the US exchange this year.",
        [hire("Natalie Briggs", "Kobalt", C)],
        optional=[
            dep("Natalie Briggs", "Coinbase", ANY),
            pos("Natalie Briggs", "Coinbase"),
            poa("Kobalt", "Coinbase", ANY),
        ],
    ),
    de(
        "Die Hauptversammlung der Kaltenborn Werke AG hat die frühere Bosch-Managerin Dagmar Kuhlmann in den Aufsichtsrat gewählt. "
        "Sie soll im Mai den Vorsitz des Gremiums übernehmen.",
        [hire("Dagmar Kuhlmann", "Kaltenborn Werke", CA)],
        optional=[pos("Dagmar Kuhlmann", "Bosch"), dep("Dagmar Kuhlmann", "Bosch", ANY)],
    ),
    en(
        "Our panel this week: Sarah Köhler, CFO of Munich-based software group Tessera; Ian McBride, managing partner at buyout firm Ardent Capital; "
        "and Yusuf Demir, who founded logistics start-up Shipway and sold it to DHL in 2022.",
        [
            pos("Sarah Köhler", "Tessera"),
            pos("Ian McBride", "Ardent Capital"),
            pos("Yusuf Demir", "Shipway"),
            acq("DHL", "Shipway", C),
        ],
    ),
    de(
        "Die Stadtwerke Mühlhausen-Ost und der Projektierer Sonnfeld Projekt haben ihre geplante Zusammenarbeit bei einem Solarpark auf Eis gelegt. "
        "Grund seien gestiegene Finanzierungskosten, hieß es.",
        [par(["Stadtwerke Mühlhausen-Ost", "Sonnfeld Projekt"], F)],
    ),
    en(
        "Industrial conglomerate Harlan Group is considering selling a minority stake in its robotics unit Harlan Motion to a sovereign wealth fund, with Abu Dhabi's Mubadala among the interested parties, people familiar with the process said.",
        [stake("Mubadala", "Harlan Motion", R)],
    ),
    de(
        "Der Netzbetreiber Telvia wies Vorwürfe des Konkurrenten Funknetz Ost zurück, gezielt dessen Techniker abzuwerben. "
        "Man stelle lediglich Fachkräfte ein, die sich von sich aus bewürben, sagte ein Sprecher.",
        [poa("Telvia", "Funknetz Ost", D)],
    ),
    en(
        "Readers asked whether the 2021 merger talks between Arcadia Telecom and Linea Mobile, which ended without a deal, could resume. "
        "Both companies' chairs have said publicly they are not interested.",
        [mer(["Arcadia Telecom", "Linea Mobile"], [F, D])],
    ),
    de(
        "Der Risikokapitalgeber Lakestar hat Berichte dementiert, wonach er sich an dem Hamburger Drohnen-Start-up Skyra beteiligt habe. "
        "„Wir sind nicht investiert“, sagte ein Partner der Gesellschaft.",
        [inv("Lakestar", "Skyra", D)],
    ),
    en(
        "In what insiders call an 'acqui-hire', Google has hired the co-founders of voice-AI start-up Murmur, Ana Petrov and Dev Malhotra, along with most of its 30 researchers, and will license Murmur's technology. "
        "Murmur will continue to operate independently under a new CEO.",
        [
            hire("Ana Petrov", "Google", C),
            hire("Dev Malhotra", "Google", C),
            dep("Ana Petrov", "Murmur", C),
            dep("Dev Malhotra", "Murmur", C),
            par(["Google", "Murmur"], CA),
        ],
        optional=[poa("Google", "Murmur", ANY), pos("Ana Petrov", "Murmur"), pos("Dev Malhotra", "Murmur")],
    ),
    de(
        "In der Telefonkonferenz mit Analysten bestätigte Finanzchef Oliver Brandl, dass die Heidelberger Druckguss AG die Übernahme der tschechischen Gießerei Slevarna Brno im dritten Quartal abgeschlossen habe. "
        "Weitere Zukäufe schloss er für dieses Jahr aus.",
        [
            pos("Oliver Brandl", "Heidelberger Druckguss"),
            acq("Heidelberger Druckguss", "Slevarna Brno", C),
        ],
    ),
    en(
        "Payroll start-ups Wagely and Stipend are in early-stage talks about combining, according to two investors in the companies, including Index Ventures, which backs both.",
        [
            mer(["Wagely", "Stipend"], TR),
            inv("Index Ventures", "Wagely", C),
            inv("Index Ventures", "Stipend", C),
        ],
    ),
    en(
        "Lorenzo Ricci, the former purchasing chief at Stellantis, has denied reports that he will take over as chief executive of auto-parts maker Brema Componenti. "
        "'Nobody has offered me anything,' Ricci told Il Sole 24 Ore.",
        [hire("Lorenzo Ricci", "Brema Componenti", D)],
        optional=[pos("Lorenzo Ricci", "Stellantis"), dep("Lorenzo Ricci", "Stellantis", ANY)],
    ),
    en(
        "Talks to bring former Unilever executive Martin Hale in as chief executive of consumer-goods group Fairholm collapsed at the last minute over pay, leaving the board to restart its search.",
        [hire("Martin Hale", "Fairholm", F)],
        optional=[pos("Martin Hale", "Unilever"), dep("Martin Hale", "Unilever", ANY)],
    ),
    de(
        "Morgen-Briefing: Der Augsburger Roboterhersteller Kinetra hat sich mit seinem Großaktionär, dem chinesischen Konzern Midea, auf eine engere Zusammenarbeit in Asien verständigt. "
        "Midea hält seit 2019 rund 29 Prozent an dem Unternehmen.",
        [
            par(["Kinetra", "Midea"], CA),
            stake("Midea", "Kinetra", C),
        ],
    ),
    en(
        "Newsletter exclusive: Northbridge Pharma's chief commercial officer, Dana Cole, has resigned to join rival Verant Therapeutics as president, two people with knowledge of the move said. "
        "Verant is expected to announce the appointment next week.",
        [
            dep("Dana Cole", "Northbridge Pharma", [C, R]),
            hire("Dana Cole", "Verant Therapeutics", [A, R]),
        ],
        optional=[poa("Verant Therapeutics", "Northbridge Pharma", ANY)],
    ),
    de(
        "Der Verpackungskonzern Wellmann hat den geplanten Börsengang seiner Folien-Sparte abgesagt und stattdessen Gespräche mit Finanzinvestoren über einen Verkauf aufgenommen. "
        "Namen von Interessenten wurden nicht bekannt.",
        [],
    ),
]
