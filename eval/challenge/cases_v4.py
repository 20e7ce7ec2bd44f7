# ruff: noqa: E501  (one case per line reads best)
"""Challenge set v4 for the dealgraph rule-based extractor, written blind (without looking at
the extractor or earlier sets beyond their format). Companies/persons mostly invented, a few
well-known real companies. "type" and "status" may be a list of acceptable values; "optional"
events are neither required nor counted as false positives. Investment rounds with several
investors are written as one event per investor."""

from builders import (
    ACQ,
    CA,
    INV,
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
    stake,
)

CASES = [
    # ---------------- English: acquisitions ----------------
    en(
        "FRANKFURT, March 4 (Reuters) - Software group Veltrix AG has agreed to buy U.S. data-labelling startup Cobaltline for $1.2 billion in cash, the companies said on Tuesday.",
        [acq("Veltrix AG", "Cobaltline", A)],
    ),
    en(
        "Halvard Semiconductor completed its acquisition of Brightwell Photonics on Monday, three months after the deal received regulatory clearance in the European Union.",
        [acq("Halvard Semiconductor", "Brightwell Photonics", C)],
    ),
    en(
        "Mirelle Bank to acquire Stonegate Insurance in $3.4 billion deal",
        [acq("Mirelle Bank", "Stonegate Insurance", A)],
    ),
    en(
        "Paylinq, the Dublin-based payments startup, has been acquired by Fenwick Financial Group, according to a filing with the Irish companies registry.",
        [acq("Fenwick Financial Group", "Paylinq", C)],
    ),
    en(
        "Japan's Kozuki Motors is buying a 20% stake in battery maker Ostrava Cells for about 600 million euros, the carmaker said on Wednesday.",
        [stake("Kozuki Motors", "Ostrava Cells", A)],
    ),
    en(
        "Nordvik Energy has bought out partner Calderon Renewables' 50% holding in offshore developer Seabright Wind, taking full control of the company.",
        [acq("Nordvik Energy", "Seabright Wind", C)],
    ),
    en(
        "Telecom operator Brisa Mobile is in advanced talks to buy fibre network provider Kelden Fibre, people familiar with the matter told Bloomberg News.",
        [acq("Brisa Mobile", "Kelden Fibre", TR)],
    ),
    en(
        "Streaming service Pellucid is exploring a sale and has drawn interest from media conglomerate Arcturus Media, according to people familiar with the matter.",
        [acq("Arcturus Media", "Pellucid", [R, T])],
    ),
    en(
        "Grovenor Pharma on Thursday denied a report that it was in talks to acquire Danish biotech Helix Nord, calling the story 'pure speculation.'",
        [acq("Grovenor Pharma", "Helix Nord", D)],
    ),
    en(
        "The UK's Competition and Markets Authority blocked Quillon Games' proposed takeover of mobile studio Redkite Interactive, citing concerns about competition in casual gaming.",
        [acq("Quillon Games", "Redkite Interactive", F)],
    ),
    en(
        "Ambry Logistics has walked away from its planned $900 million purchase of warehouse robotics firm Tessel Automation after the two sides failed to agree on price.",
        [acq("Ambry Logistics", "Tessel Automation", F)],
    ),
    en(
        "The board of Carrow Foods rejected an unsolicited 4.1 billion pound bid from private equity firm Wexmoor Capital, saying the offer significantly undervalued the company.",
        [acq("Wexmoor Capital", "Carrow Foods", [F, T])],
    ),
    en(
        "Saltmarsh Telecom's acquisition of rival Pinecrest Networks is still awaiting approval from the Federal Communications Commission, the company said in its annual report.",
        [acq("Saltmarsh Telecom", "Pinecrest Networks", A)],
    ),
    en(
        "Oberlin Systems closed the purchase of cybersecurity specialist Vantor Labs last week. It is the company's third acquisition this year.",
        [acq("Oberlin Systems", "Vantor Labs", C)],
    ),
    en(
        "Shares of Renfield Media rose 6% after the publisher, which bought podcast network Echo Hollow last year, reported higher-than-expected advertising revenue.",
        [acq("Renfield Media", "Echo Hollow", C)],
    ),
    en(
        "Cresta Capital has acquired three German software firms this year: Datenwerk, Polaris IT and Kubix Systems.",
        [
            acq("Cresta Capital", "Datenwerk", C),
            acq("Cresta Capital", "Polaris IT", C),
            acq("Cresta Capital", "Kubix Systems", C),
        ],
    ),
    en(
        "Exclusive: Lindenhall eyes bid for UK broadband firm Trunkline",
        [acq("Lindenhall", "Trunkline", [R, T])],
    ),
    en("Brixton Pay snaps up fraud-detection startup Sentinelle", [acq("Brixton Pay", "Sentinelle", CA)]),
    en(
        "SAN JOSE, Calif.--(BUSINESS WIRE)--Parallax Networks, Inc. (NASDAQ: PLXN) today announced that it has entered into a definitive agreement to acquire Mistral Edge Computing, a provider of edge orchestration software, for approximately $410 million.",
        [acq("Parallax Networks, Inc.", "Mistral Edge Computing", A)],
    ),
    en(
        "In its annual letter to shareholders, Holloway Partners said it completed the sale of its consumer lending unit, Brightloan, to Greybridge Financial in December and invested $150 million in climate-tech startup Verdanta.",
        [
            acq("Greybridge Financial", "Brightloan", C),
            inv("Holloway Partners", "Verdanta", C, types=[INV, ACQ]),
        ],
    ),
    en(
        "Ferrowind posted record orders in 2024. The company also agreed to buy Spanish tower maker Torres del Norte for 220 million euros.",
        [acq("Ferrowind", "Torres del Norte", A)],
    ),
    en(
        "Calyx Bio said on Monday that it had agreed to be acquired by Novartis for $48 per share in cash.",
        [acq("Novartis", "Calyx Bio", A)],
    ),
    en(
        "Private equity group Harlow & Finch launched a hostile tender offer for German drugstore chain Rosmann Drogerie on Monday.",
        [acq("Harlow & Finch", "Rosmann Drogerie", [T, A])],
    ),
    en(
        "Vantage Telecom is considering a bid for Portuguese operator Luzcom, the Financial Times reported on Sunday.",
        [acq("Vantage Telecom", "Luzcom", R)],
    ),
    en(
        "Ericsson agreed to sell its enterprise networking business, Arvo Networks, to private equity firm Crestline Partners for $1.1 billion.",
        [acq("Crestline Partners", "Arvo Networks", A)],
    ),
    en(
        "The acquisition of Ravelin Security by Cisco, announced in October, closed on Wednesday.",
        [acq("Cisco", "Ravelin Security", C)],
    ),
    en(
        "Tencent has raised its stake in Finnish game developer Halla Games to 51%, gaining majority control.",
        [stake("Tencent", "Halla Games", C)],
    ),
    en(
        "NEW YORK (AP) — Walmart is buying a minority stake in Indian grocery delivery startup Dabbawala Fresh, the retailer said Thursday, without disclosing financial terms.",
        [stake("Walmart", "Dabbawala Fresh", CA)],
    ),
    en(
        "PARIS (AFP) - French carmaker Renault said Tuesday it would take a 35 percent stake in electric motor maker Voltea, with an option to take full control by 2027.",
        [stake("Renault", "Voltea", A)],
    ),
    en(
        "Kovacs Health, which was bought by UnitedHealth in 2021, is cutting 400 jobs.",
        [acq("UnitedHealth", "Kovacs Health", C)],
    ),
    en(
        "Two hedge funds, Sable Point and Marrow Capital, have built stakes of about 5% each in British retailer Fairhaven, regulatory filings show.",
        [stake("Sable Point", "Fairhaven", C), stake("Marrow Capital", "Fairhaven", C)],
    ),
    en(
        "Orion Payments is not in talks to buy Lendbridge, a spokesperson said on Friday, responding to a report in the Financial Times.",
        [acq("Orion Payments", "Lendbridge", D)],
    ),
    # ---------------- English: mergers, partnerships ----------------
    en(
        "Chemicals makers Dravia and Solent Materials agreed to combine in an all-stock merger of equals that will create a company with annual sales of $18 billion.",
        [mer(["Dravia", "Solent Materials"], A)],
    ),
    en(
        "The merger of regional lenders Harbor Point Bancorp and Westfield Savings was completed on March 1, the combined bank said.",
        [mer(["Harbor Point Bancorp", "Westfield Savings"], C)],
    ),
    en(
        "Talks on a merger between airline software providers Skyreach and Aerolink collapsed on Friday, both companies said.",
        [mer(["Skyreach", "Aerolink"], F)],
    ),
    en("Valecrest, Orinda Health call off $6bn merger", [mer(["Valecrest", "Orinda Health"], F)]),
    en(
        "Shares of Pemberton Steel jumped after Bloomberg reported the company was weighing a merger with domestic rival Ashgrove Metals.",
        [mer(["Pemberton Steel", "Ashgrove Metals"], R)],
    ),
    en(
        "Sorrel Airlines rejected a merger proposal from low-cost rival JetAzure, saying the combination made no strategic sense.",
        [mer(["Sorrel Airlines", "JetAzure"], F)],
    ),
    en(
        "Automaker Fennimore Motors and battery specialist Q-Cell Dynamics will form a joint venture to build a gigafactory in Ohio, the companies announced.",
        [par(["Fennimore Motors", "Q-Cell Dynamics"], CA)],
    ),
    en(
        "Nimbus Cloud has signed a multi-year partnership with Nvidia to offer GPU capacity to European AI startups.",
        [par(["Nimbus Cloud", "Nvidia"], CA)],
    ),
    en(
        "Drug developer Aleron Therapeutics licensed its experimental obesity drug to Pfizer in a deal worth up to $2 billion including milestones.",
        [par(["Aleron Therapeutics", "Pfizer"], CA)],
    ),
    en(
        "Orbisat and Deutsche Telekom ended their satellite connectivity partnership after just eighteen months, citing diverging strategies.",
        [par(["Orbisat", "Deutsche Telekom"], F)],
    ),
    # ---------------- English: investments ----------------
    en(
        "Berlin-based AI coding startup Quellcode has raised $45 million in a Series B round led by Index Ventures, with participation from existing investors Point Nine and Cherry Ventures.",
        [
            inv("Index Ventures", "Quellcode", C),
            inv("Point Nine", "Quellcode", C),
            inv("Cherry Ventures", "Quellcode", C),
        ],
    ),
    en(
        "Helsinki-based robotics startup Kivi Robotics closed a €12 million seed round led by Lakestar.",
        [inv("Lakestar", "Kivi Robotics", C)],
    ),
    en(
        "Samsung has invested an undisclosed sum in Canadian chip-design startup Tern Silicon, Tern said on Monday.",
        [inv("Samsung", "Tern Silicon", C, types=[INV, ACQ])],
    ),
    en(
        "Microsoft is in talks to invest about $500 million in French AI lab Corvane, The Information reported, citing two people with knowledge of the discussions.",
        [inv("Microsoft", "Corvane", TR, types=[INV, ACQ])],
    ),
    en(
        "Nuvola, the Milan-based fashion resale app founded by Giulia Ferri, raised €30 million from Balderton Capital.",
        [inv("Balderton Capital", "Nuvola", C), pos("Giulia Ferri", "Nuvola")],
    ),
    en(
        "Legal AI startup Clausewise is in talks to raise new funding at a $2 billion valuation from Thrive Capital, according to people familiar with the matter.",
        [inv("Thrive Capital", "Clausewise", TR)],
    ),
    en(
        "Greyhaven Capital led a $25 million round in cybersecurity startup Bastion Key, whose co-founder Elena Marsh previously ran security at Shopify.",
        [inv("Greyhaven Capital", "Bastion Key", C), pos("Elena Marsh", "Bastion Key")],
        [pos("Elena Marsh", "Shopify"), dep("Elena Marsh", "Shopify", C)],
    ),
    # ---------------- English: people ----------------
    en(
        "Zentara Cloud has appointed Maya Lindqvist, previously chief technology officer at Dataforge, as its new chief executive, effective April 1.",
        [hire("Maya Lindqvist", "Zentara Cloud", CA)],
        [
            dep("Maya Lindqvist", "Dataforge", CA),
            pos("Maya Lindqvist", "Dataforge"),
            pos("Maya Lindqvist", "Zentara Cloud"),
        ],
    ),
    en(
        "Former Google executive Daniel Okafor will join fintech Lumio as chief operating officer next month, the company said.",
        [hire("Daniel Okafor", "Lumio", A)],
        [pos("Daniel Okafor", "Google"), dep("Daniel Okafor", "Google", C), pos("Daniel Okafor", "Lumio")],
    ),
    en(
        "Harrowgate Insurance Chief Executive Simon Feld resigned on Tuesday after an internal investigation into his expense claims, the insurer said.",
        [dep("Simon Feld", "Harrowgate Insurance", C)],
        [pos("Simon Feld", "Harrowgate Insurance")],
    ),
    en(
        "Clarion Retail said its long-serving finance chief, Ruth Abernathy, will retire at the end of the year after 22 years with the company.",
        [dep("Ruth Abernathy", "Clarion Retail", A)],
        [pos("Ruth Abernathy", "Clarion Retail")],
    ),
    en(
        "The board of electric-scooter company Zipp ousted co-founder and CEO Marco Bellini on Friday, replacing him on an interim basis with finance chief Laura Chen.",
        [dep("Marco Bellini", "Zipp", C)],
        [hire("Laura Chen", "Zipp", CA), pos("Laura Chen", "Zipp"), pos("Marco Bellini", "Zipp")],
    ),
    en(
        "Jonas Whitfield, head of autonomous driving at Ridgeway Motors, is leaving the carmaker to join rival Vexa Automotive, two sources said.",
        [
            dep("Jonas Whitfield", "Ridgeway Motors", [A, R]),
            hire("Jonas Whitfield", "Vexa Automotive", [A, R]),
        ],
        [poa("Vexa Automotive", "Ridgeway Motors", [C, A, R]), pos("Jonas Whitfield", "Ridgeway Motors")],
    ),
    en(
        "Meta has poached three senior researchers from OpenAI's reasoning team, offering pay packages worth tens of millions of dollars, according to a person familiar with the matter.",
        [poa("Meta", "OpenAI", [C, R])],
    ),
    en(
        "Arcline Chips has been trying to lure engineers away from TSMC with signing bonuses of up to 50%, local media reported.",
        [poa("Arcline Chips", "TSMC", [T, R])],
    ),
    en(
        '"We see huge demand for sovereign cloud," said Ingrid Solberg, chief executive of Fjordnet, at a conference in Oslo.',
        [pos("Ingrid Solberg", "Fjordnet")],
    ),
    en(
        "The fund was set up by Peter Calloway, the former CEO of Brandt Logistics, and has backed a dozen freight startups.",
        [pos("Peter Calloway", "Brandt Logistics")],
        [dep("Peter Calloway", "Brandt Logistics", C)],
    ),
    en(
        "Aditi Menon: I'm happy to share that I'm starting a new position as VP of Engineering at Cloudvane! After six wonderful years at Stripe, it's time for a new chapter.",
        [hire("Aditi Menon", "Cloudvane", C)],
        [dep("Aditi Menon", "Stripe", C), pos("Aditi Menon", "Cloudvane"), pos("Aditi Menon", "Stripe")],
    ),
    en(
        "Orsolya Nagy has been promoted to chief financial officer of Brightwave Telecom, succeeding Mark Dunleavy, who is retiring.",
        [hire("Orsolya Nagy", "Brightwave Telecom", CA), dep("Mark Dunleavy", "Brightwave Telecom", CA)],
        [pos("Orsolya Nagy", "Brightwave Telecom"), pos("Mark Dunleavy", "Brightwave Telecom")],
    ),
    en(
        "Siemens Energy named Clara Voss as its next chief executive, to succeed Henrik Thal when his contract expires in September.",
        [hire("Clara Voss", "Siemens Energy", CA), dep("Henrik Thal", "Siemens Energy", A)],
        [pos("Clara Voss", "Siemens Energy"), pos("Henrik Thal", "Siemens Energy")],
    ),
    en(
        "Samsung Foundry hired Chen Wei-Lun, a veteran process engineer, from TSMC last month, the latest in a string of defections from the Taiwanese chipmaker.",
        [hire("Chen Wei-Lun", "Samsung Foundry", C)],
        [dep("Chen Wei-Lun", "TSMC", C), poa("Samsung Foundry", "TSMC", [C, R]), pos("Chen Wei-Lun", "TSMC")],
    ),
    en(
        "Kellan Motors CFO Dana Royce quits to join EV startup Rivolt",
        [dep("Dana Royce", "Kellan Motors", CA), hire("Dana Royce", "Rivolt", CA)],
        [pos("Dana Royce", "Kellan Motors"), poa("Rivolt", "Kellan Motors", CA)],
    ),
    en(
        "Amazon Web Services, whose chief executive Matt Garman spoke at the event, said it would invest $10 billion in data centers in Mississippi.",
        [pos("Matt Garman", "Amazon Web Services")],
    ),
    en(
        "Finvera denied reports that chief executive Tobias Renn was planning to leave the bank, saying he remained fully committed.",
        [dep("Tobias Renn", "Finvera", D)],
        [pos("Tobias Renn", "Finvera")],
    ),
    en(
        "Luminar Grid has a new CTO. The company hired Rafael Ortega from Schneider Electric, where he led the smart-grid division.",
        [hire("Rafael Ortega", "Luminar Grid", C)],
        [
            dep("Rafael Ortega", "Schneider Electric", C),
            pos("Rafael Ortega", "Schneider Electric"),
            pos("Rafael Ortega", "Luminar Grid"),
        ],
    ),
    en(
        "Helena Brandt joined Spotify as chief product officer in 2022 after a decade at Google.",
        [hire("Helena Brandt", "Spotify", C)],
        [dep("Helena Brandt", "Google", C), pos("Helena Brandt", "Spotify")],
    ),
    # ---------------- English: no event ----------------
    en(
        "Hollis Semiconductor reported first-quarter revenue of $2.3 billion, up 14% from a year earlier, beating analyst estimates.",
        [],
    ),
    en("Apple unveiled a new line of MacBook Air laptops powered by its M5 chip on Tuesday.", []),
    en(
        "Epic Games sued Brightmoor Studios in federal court, alleging the studio copied core gameplay mechanics of Fortnite.",
        [],
    ),
    en(
        "Analysts at Morgan Stanley upgraded Tavira Energy to overweight, citing strong demand for its grid storage business.",
        [],
    ),
    en(
        "Shares in Kettering Pharma fell 11% after the company said a late-stage trial of its Alzheimer's drug missed its primary endpoint.",
        [],
    ),
    en(
        "Quorra Bank said it has no plans to acquire any competitors this year and will focus on organic growth instead.",
        [],
    ),
    en(
        "Deutsche Bank, Barclays and HSBC were among the banks fined by the regulator for failing to report trades accurately.",
        [],
    ),
    en(
        "Nintendo said sales of its Switch 2 console topped 10 million units in its first four months on the market.",
        [],
    ),
    en(
        "Nvidia shares hit a record high on Wednesday, lifting the market value of the chip designer above $4 trillion.",
        [],
    ),
    en(
        "Activist investors in Delmora Foods pushed for a sale of the company at its annual meeting, but no buyer has emerged.",
        [],
    ),
    en(
        "Siemens Healthineers opened a research center in Erlangen that will employ 400 engineers working on imaging software.",
        [],
    ),
    # ================= German =================
    de(
        "MÜNCHEN (dpa-AFX) - Der Softwarekonzern Brandtner Systems übernimmt den Berliner Cloud-Spezialisten Wolkenwerk für rund 300 Millionen Euro.",
        [acq("Brandtner Systems", "Wolkenwerk", CA)],
    ),
    de(
        "Die Übernahme des Chipentwicklers Siliziumtal durch die Halbleitergruppe Kernwerk ist abgeschlossen, teilte das Unternehmen am Montag mit.",
        [acq("Kernwerk", "Siliziumtal", C)],
    ),
    de(
        "Ad-hoc-Mitteilung nach Art. 17 MAR: Die Rhenania Versicherung AG hat heute eine Vereinbarung über den Erwerb sämtlicher Anteile an der Nordlicht Assekuranz GmbH unterzeichnet. Der Vollzug steht unter dem Vorbehalt der Zustimmung der BaFin.",
        [acq("Rhenania Versicherung AG", "Nordlicht Assekuranz GmbH", A)],
    ),
    de(
        "Der Autozulieferer Hessler übernimmt die restlichen 40 Prozent an dem Gemeinschaftsunternehmen Lumotec von seinem chinesischen Partner Shenli Auto.",
        [acq("Hessler", "Lumotec", CA)],
    ),
    de(
        "Die Deutsche Telekom steigt mit 25,1 Prozent bei dem Glasfaseranbieter Netzfeld ein.",
        [stake("Deutsche Telekom", "Netzfeld", CA)],
    ),
    de(
        "Das Münchner KI-Startup Denkfabrik wurde vom US-Konzern Salesforce übernommen, wie beide Unternehmen am Mittwoch bestätigten.",
        [acq("Salesforce", "Denkfabrik", C)],
    ),
    de(
        "Nach Informationen des Handelsblatts verhandelt die Commerzbank mit der Alpenland Bank über eine Übernahme des österreichischen Instituts.",
        [acq("Commerzbank", "Alpenland Bank", TR)],
    ),
    de(
        "Laut Finanzkreisen prüft der Handelskonzern Meyerhoff einen Kauf der Modekette Stilhaus.",
        [acq("Meyerhoff", "Stilhaus", R)],
    ),
    de(
        "Der Energieversorger Westwatt hat Berichte über eine mögliche Übernahme des Solarparkbetreibers Sonnenfeld dementiert.",
        [acq("Westwatt", "Sonnenfeld", D)],
    ),
    de(
        "Das Bundeskartellamt hat die geplante Übernahme der Regionalzeitung Lahnbote durch die Mittelrhein Medien GmbH untersagt.",
        [acq("Mittelrhein Medien GmbH", "Lahnbote", F)],
    ),
    de(
        "Der Maschinenbauer Gorsch hat seine Übernahmepläne für den Konkurrenten Tellmann Antriebe aufgegeben, nachdem sich beide Seiten nicht auf einen Preis einigen konnten.",
        [acq("Gorsch", "Tellmann Antriebe", F)],
    ),
    de(
        "Der Vorstand der Aurelia Pharma AG lehnt das Übernahmeangebot des Finanzinvestors Brookfield ab und empfiehlt den Aktionären, es nicht anzunehmen.",
        [acq("Brookfield", "Aurelia Pharma AG", [F, T])],
    ),
    de(
        "Mit dem Kauf von Datenpilot baut der IT-Dienstleister Conexa sein Beratungsgeschäft aus.",
        [acq("Conexa", "Datenpilot", CA)],
    ),
    de(
        "Varenwerk meldete am Donnerstag einen Rekordumsatz. Zudem kündigte der Konzern den Kauf des Schweizer Sensorherstellers Alpsens an.",
        [acq("Varenwerk", "Alpsens", A)],
    ),
    de(
        "Die Aktie von Mediaplus legte zu, nachdem der Medienkonzern, der im vergangenen Jahr den Streamingdienst Flimmer übernommen hatte, seine Prognose angehoben hatte.",
        [acq("Mediaplus", "Flimmer", C)],
    ),
    de(
        "Die Beteiligungsgesellschaft Indus Nova hat in diesem Jahr bereits die Firmen Kranbau Weber, Pumpentechnik Fels und Stahlform Gera erworben.",
        [
            acq("Indus Nova", "Kranbau Weber", C),
            acq("Indus Nova", "Pumpentechnik Fels", C),
            acq("Indus Nova", "Stahlform Gera", C),
        ],
    ),
    de("Exklusiv: Vonovia erwägt Gebot für Konkurrenten Heimstatt", [acq("Vonovia", "Heimstatt", [R, T])]),
    de("Rheinmetall kauft Werftengruppe Nordmarine", [acq("Rheinmetall", "Nordmarine", CA)]),
    de(
        "Pressemitteilung – Stuttgart, 3. März 2025. Die Vektor Automation GmbH gibt bekannt, dass sie sämtliche Geschäftsanteile an der Roboplan GmbH erworben hat. Über den Kaufpreis wurde Stillschweigen vereinbart.",
        [acq("Vektor Automation GmbH", "Roboplan GmbH", C)],
    ),
    de(
        "Im Brief an die Aktionäre schreibt Vorstandschef Oliver Brandl, die Grünfeld Holding habe 2024 ihre Beteiligung an der Solarfirma Lichtwerk vollständig an den Versorger EnBW verkauft.",
        [acq("EnBW", "Lichtwerk", C), pos("Oliver Brandl", "Grünfeld Holding")],
    ),
    de(
        "Fielmann hat das Geschäftsjahr mit einem Umsatzplus abgeschlossen. Der Konzern übernimmt zudem die spanische Optikerkette Ópticas Sol.",
        [acq("Fielmann", "Ópticas Sol", CA)],
    ),
    de(
        "Die Biotechfirma Immunova hat sich mit dem US-Pharmakonzern Merck auf eine Übernahme zum Preis von 52 Dollar je Aktie geeinigt.",
        [acq("Merck", "Immunova", A)],
    ),
    de(
        "Der Finanzinvestor KKR hat ein freiwilliges öffentliches Übernahmeangebot für die Medizintechnikfirma Prevos AG vorgelegt.",
        [acq("KKR", "Prevos AG", [T, A])],
    ),
    de(
        "Die Porsche SE prüft nach Angaben aus Unternehmenskreisen einen Einstieg beim Drohnenabwehr-Spezialisten Skyfence.",
        [stake("Porsche SE", "Skyfence", R)],
    ),
    de(
        "Continental verkauft seine Schlauchsparte Contiflex an den Finanzinvestor Cinven.",
        [acq("Cinven", "Contiflex", CA)],
    ),
    de(
        "FRANKFURT (Reuters) - Die Allianz kauft sich mit 30 Prozent beim indischen Versicherer Bharat Suraksha ein.",
        [stake("Allianz", "Bharat Suraksha", CA)],
    ),
    de(
        "Der Finanzinvestor EQT will das Vergleichsportal Preisblick von der Börse nehmen und hat sich mit dem Großaktionär auf den Kauf von dessen Anteil geeinigt.",
        [acq("EQT", "Preisblick", A)],
    ),
    de(
        "Der im Oktober angekündigte Erwerb der Cybersicherheitsfirma Schildwacht durch Airbus ist nun abgeschlossen.",
        [acq("Airbus", "Schildwacht", C)],
    ),
    de(
        "Die RTL Group hat ihren Anteil am Spieleentwickler Pixelfabrik auf 75 Prozent aufgestockt.",
        [stake("RTL Group", "Pixelfabrik", C)],
    ),
    de(
        "Nach der Übernahme durch Vodafone will der Kabelnetzbetreiber Kabelwelle 300 Stellen streichen.",
        [acq("Vodafone", "Kabelwelle", C)],
    ),
    # ---------------- German: mergers, partnerships ----------------
    de(
        "Die beiden Genossenschaftsbanken Volksbank Talgrund und Raiffeisenbank Hohenlohe wollen fusionieren. Die Vertreterversammlungen sollen im Juni zustimmen.",
        [mer(["Volksbank Talgrund", "Raiffeisenbank Hohenlohe"], [A, T])],
    ),
    de(
        "Die Fusion der Energieversorger Nordstrom Energie und Elbwerk ist vollzogen; das gemeinsame Unternehmen firmiert künftig als Nordelb.",
        [mer(["Nordstrom Energie", "Elbwerk"], C)],
    ),
    de(
        "Die Fusionsgespräche zwischen den Softwarehäusern Quadrant und Helmsoft sind gescheitert.",
        [mer(["Quadrant", "Helmsoft"], F)],
    ),
    de("Fusion von Warenwelt und Modepark geplatzt", [mer(["Warenwelt", "Modepark"], F)]),
    de(
        "Unicredit und Commerzbank sollen laut Medienberichten über einen Zusammenschluss sprechen.",
        [mer(["Unicredit", "Commerzbank"], [R, T])],
    ),
    de(
        "Der Aufsichtsrat von Kabelnetz Ost hat einen Fusionsvorschlag des Konkurrenten Glasnet abgelehnt.",
        [mer(["Kabelnetz Ost", "Glasnet"], F)],
    ),
    de(
        "BASF und der chinesische Batteriehersteller Huayu Power gründen ein Gemeinschaftsunternehmen für das Recycling von Batteriematerialien.",
        [par(["BASF", "Huayu Power"], CA)],
    ),
    de(
        "Die Allianz und das Insurtech Versiq haben eine strategische Partnerschaft für digitale Kfz-Policen vereinbart.",
        [par(["Allianz", "Versiq"], CA)],
    ),
    de(
        "SAP kooperiert künftig mit dem Heidelberger KI-Startup Lingwerk bei Sprachmodellen für den Mittelstand.",
        [par(["SAP", "Lingwerk"], CA)],
    ),
    de(
        "Die Kooperation zwischen Lidl und dem Lieferdienst Flinkly wird nach zwei Jahren beendet.",
        [par(["Lidl", "Flinkly"], F)],
    ),
    # ---------------- German: investments ----------------
    de(
        "Das Hamburger Fintech Zahlwerk hat in einer Series-A-Finanzierungsrunde 18 Millionen Euro eingesammelt. Angeführt wurde die Runde von Earlybird, auch HV Capital beteiligte sich.",
        [inv("Earlybird", "Zahlwerk", C), inv("HV Capital", "Zahlwerk", C)],
    ),
    de(
        "Der Münchner Drohnenhersteller Flugwerk erhält 40 Millionen Euro vom Wagniskapitalgeber Project A.",
        [inv("Project A", "Flugwerk", CA)],
    ),
    de(
        "Bosch beteiligt sich mit einem zweistelligen Millionenbetrag an dem Start-up Halbwelle, das Leistungshalbleiter entwickelt.",
        [stake("Bosch", "Halbwelle", CA)],
    ),
    de(
        "Der Staatsfonds Qatar Investment Authority verhandelt laut Insidern über einen Einstieg beim Berliner Flugtaxi-Entwickler Luftwerk.",
        [stake("Qatar Investment Authority", "Luftwerk", TR)],
    ),
    de(
        "Das von Lea Hartmann gegründete Pflege-Startup Carely hat 9 Millionen Euro von Cherry Ventures erhalten.",
        [inv("Cherry Ventures", "Carely", C), pos("Lea Hartmann", "Carely")],
    ),
    de(
        "Der Heidelberger KI-Entwickler Semantika verhandelt mit dem Investor General Catalyst über eine neue Finanzierungsrunde.",
        [inv("General Catalyst", "Semantika", T)],
    ),
    de(
        "Der Investor Speedinvest führt eine 15-Millionen-Runde bei dem Wiener Start-up Fernblick an, dessen Mitgründerin Julia Stangl zuvor bei N26 arbeitete.",
        [inv("Speedinvest", "Fernblick", CA), pos("Julia Stangl", "Fernblick")],
        [pos("Julia Stangl", "N26"), dep("Julia Stangl", "N26", C)],
    ),
    de(
        "Das Batterie-Startup Voltaro, an dem sich im vergangenen Jahr auch der Staatsfonds Temasek beteiligt hatte, baut ein Werk in Sachsen.",
        [stake("Temasek", "Voltaro", C)],
    ),
    # ---------------- German: people ----------------
    de(
        "Die Sparkassen-Versicherung Südwest hat Katrin Wöhrle zur neuen Vorstandsvorsitzenden berufen. Sie wechselt von der Ergo, wo sie zuletzt das Privatkundengeschäft leitete.",
        [hire("Katrin Wöhrle", "Sparkassen-Versicherung Südwest", CA), dep("Katrin Wöhrle", "Ergo", CA)],
        [pos("Katrin Wöhrle", "Ergo"), pos("Katrin Wöhrle", "Sparkassen-Versicherung Südwest")],
    ),
    de(
        "Thomas Kral wird zum 1. Juli Finanzvorstand des Chemiekonzerns Lanxara. Er kommt vom Wettbewerber Evonik.",
        [hire("Thomas Kral", "Lanxara", A)],
        [dep("Thomas Kral", "Evonik", CA), pos("Thomas Kral", "Lanxara"), poa("Lanxara", "Evonik", CA)],
    ),
    de(
        "Der Vorstandschef von Hanseatic Logistics, Jens Carstensen, legt sein Amt mit sofortiger Wirkung nieder.",
        [dep("Jens Carstensen", "Hanseatic Logistics", C)],
        [pos("Jens Carstensen", "Hanseatic Logistics")],
    ),
    de(
        "Aufsichtsratschefin Monika Strehl scheidet im Mai aus dem Gremium der Bayerische Landwerke AG aus und geht in den Ruhestand.",
        [dep("Monika Strehl", "Bayerische Landwerke AG", A)],
        [pos("Monika Strehl", "Bayerische Landwerke AG")],
    ),
    de(
        "Der Aufsichtsrat der Rhein-Chemie Holding hat Vorstandschef Ulrich Baumgart abberufen.",
        [dep("Ulrich Baumgart", "Rhein-Chemie Holding", C)],
        [pos("Ulrich Baumgart", "Rhein-Chemie Holding")],
    ),
    de(
        "Der Entwicklungschef von Audi, Stefan Hoyer, wechselt zum Konkurrenten BMW.",
        [dep("Stefan Hoyer", "Audi", CA), hire("Stefan Hoyer", "BMW", CA)],
        [poa("BMW", "Audi", CA), pos("Stefan Hoyer", "Audi")],
    ),
    de(
        "Tesla wirbt gezielt Ingenieure von Volkswagen ab, berichtet das Manager Magazin.",
        [poa("Tesla", "Volkswagen", [C, T, R])],
    ),
    de(
        "Der Versuch von Zalando, den Logistikchef von Otto abzuwerben, ist gescheitert.",
        [poa("Zalando", "Otto", F)],
    ),
    de(
        "„Die Nachfrage nach Wärmepumpen zieht wieder an“, sagte Thermowatt-Chef Lukas Ebner dem Spiegel.",
        [pos("Lukas Ebner", "Thermowatt")],
    ),
    de(
        "Der frühere Siemens-Vorstand Andreas Pahl berät künftig den Finanzinvestor Triton.",
        [pos("Andreas Pahl", "Siemens")],
        [hire("Andreas Pahl", "Triton", CA), dep("Andreas Pahl", "Siemens", C)],
    ),
    de(
        "Sabine Krüger: Ich freue mich, mitteilen zu können, dass ich als Head of Sales bei Personio angefangen habe. Nach acht Jahren bei SAP war es Zeit für etwas Neues.",
        [hire("Sabine Krüger", "Personio", C)],
        [dep("Sabine Krüger", "SAP", C), pos("Sabine Krüger", "Personio")],
    ),
    de(
        "Der bisherige Finanzvorstand Matthias Lenz rückt an die Spitze der Stadtwerke Ostheim auf und folgt damit auf Gerd Palm, der in den Ruhestand geht.",
        [hire("Matthias Lenz", "Stadtwerke Ostheim", CA), dep("Gerd Palm", "Stadtwerke Ostheim", CA)],
        [pos("Matthias Lenz", "Stadtwerke Ostheim"), pos("Gerd Palm", "Stadtwerke Ostheim")],
    ),
    de(
        "Die Lufthansa hat einen Nachfolger für ihren Cargo-Chef gefunden: Jan Ostermann übernimmt im Herbst die Leitung von Lufthansa Cargo.",
        [hire("Jan Ostermann", "Lufthansa Cargo", A)],
        [pos("Jan Ostermann", "Lufthansa Cargo")],
    ),
    de(
        "Der Chipkonzern Infineon holt den Intel-Manager Markus Feld als Technologievorstand.",
        [hire("Markus Feld", "Infineon", CA)],
        [
            pos("Markus Feld", "Intel"),
            dep("Markus Feld", "Intel", CA),
            poa("Infineon", "Intel", CA),
            pos("Markus Feld", "Infineon"),
        ],
    ),
    de(
        "Henkel-Finanzchefin Carla Dorn wechselt zu Beiersdorf",
        [dep("Carla Dorn", "Henkel", CA), hire("Carla Dorn", "Beiersdorf", CA)],
        [pos("Carla Dorn", "Henkel"), poa("Beiersdorf", "Henkel", CA)],
    ),
    de(
        "Der Vorstandsvorsitzende der Sparkasse Ulmental, Bernd Kühler, rechnet mit steigenden Kreditausfällen.",
        [pos("Bernd Kühler", "Sparkasse Ulmental")],
    ),
    de(
        "Die Stadtwerke Nordhain wiesen Spekulationen zurück, wonach Geschäftsführer Arne Loth das Unternehmen verlassen werde.",
        [dep("Arne Loth", "Stadtwerke Nordhain", D)],
        [pos("Arne Loth", "Stadtwerke Nordhain")],
    ),
    de(
        "Thyssenkrupp hat einen neuen Personalvorstand. Der Konzern holte Birgit Amann vom Stahlhändler Klöckner & Co.",
        [hire("Birgit Amann", "Thyssenkrupp", C)],
        [
            dep("Birgit Amann", "Klöckner & Co", C),
            pos("Birgit Amann", "Thyssenkrupp"),
            poa("Thyssenkrupp", "Klöckner & Co", C),
        ],
    ),
    de(
        "Der Rückzug kam überraschend: Nach nur 14 Monaten verlässt Vorständin Petra Haas den Autovermieter Mietwagen Union.",
        [dep("Petra Haas", "Mietwagen Union", CA)],
        [pos("Petra Haas", "Mietwagen Union")],
    ),
    # ---------------- German: no event ----------------
    de("Die Deutsche Bank hat im ersten Quartal einen Vorsteuergewinn von 2,8 Milliarden Euro erzielt.", []),
    de("Porsche stellt auf der IAA einen elektrischen Cayenne mit mehr als 1000 PS vor.", []),
    de(
        "Die Verbraucherzentrale verklagt den Energieanbieter Stromio wegen unzulässiger Preiserhöhungen.", []
    ),
    de("Die Analysten von Jefferies haben das Kursziel für Infineon von 40 auf 45 Euro angehoben.", []),
    de("Die Aktie des Windkraftanlagenbauers Nordex brach am Dienstag um zwölf Prozent ein.", []),
    de("Ein Sprecher von Henkel sagte, Zukäufe seien derzeit kein Thema.", []),
    de(
        "Die Lufthansa, die Commerzbank und die Deutsche Post gehörten am Mittwoch zu den größten Gewinnern im Dax.",
        [],
    ),
    de("Der Spieleentwickler Crytek hat den Release seines neuen Shooters auf 2026 verschoben.", []),
    de("Das Landgericht München hat eine Klage von Verbraucherschützern gegen Vodafone abgewiesen.", []),
    de("Der Vorstand der BMW AG lädt zur Hauptversammlung am 14. Mai nach München ein.", []),
    de("Der Online-Händler Wunderkorb steht zum Verkauf, ein Käufer ist bislang nicht gefunden.", []),
]
