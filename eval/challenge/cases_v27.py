# ruff: noqa: E501
"""Challenge set v27: business and technology news from regional papers, trade press and press releases (English and German), held out.

Written blind by a helper on 2026-11-27. The helper did not look at the
extractor's code, its tests, the other challenge sets or the dev corpora; all
passages and names (apart from a few well-known real companies used as
counterparties) are invented.
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
    # ------------------------------------------------------------------ English
    # --- acquisitions and stakes
    en(
        "Leicester packaging firm Holloway & Crane has bought local label printer Redmarsh Print for an undisclosed sum, the company said on Tuesday. "
        "The deal, which completed last week, takes Holloway's headcount to around 420. "
        "Managing director Fiona Ashby said all 38 Redmarsh staff would keep their jobs.",
        [
            acq("Holloway & Crane", "Redmarsh Print", C),
            pos("Fiona Ashby", "Holloway & Crane"),
        ],
    ),
    en(
        "Chipmaker Veridian Semiconductor has agreed to acquire Arcwell Photonics, a 90-person developer of silicon photonics transceivers based in Austin, for $310 million. "
        "The transaction is subject to regulatory approval and is expected to close by the end of the year. "
        "Arcwell's founder and chief executive, Priya Natarajan, will join Veridian's leadership team as general manager of its optical division.",
        [
            acq("Veridian Semiconductor", "Arcwell Photonics", A),
            pos("Priya Natarajan", "Arcwell Photonics"),
            hire("Priya Natarajan", "Veridian Semiconductor", A),
        ],
    ),
    en(
        "The Competition and Markets Authority has blocked Tessaline Group's proposed £1.1bn takeover of rival payments processor Quayside Pay, saying the deal would have left small merchants with too few alternatives. "
        "Tessaline said it was “disappointed” by the ruling and would not appeal.",
        [acq("Tessaline Group", "Quayside Pay", F)],
    ),
    en(
        "Northgate Retail is exploring a sale of its loss-making homewares chain Linden & Lowe, according to three people familiar with the matter. "
        "Private equity firm Harcastle Partners is among the parties that have expressed interest, the people said. Northgate declined to comment.",
        [acq("Harcastle Partners", "Linden & Lowe", TR)],
    ),
    en(
        "Telecoms operator Brightwater Networks on Monday denied a newspaper report that it was preparing a bid for rural fibre builder Cleeve Fibre. "
        "“We are not in discussions with Cleeve and have no intention of making an offer,” a spokesperson for the company said.",
        [acq("Brightwater Networks", "Cleeve Fibre", D)],
    ),
    en(
        "Automotive supplier Marston Dynamics has taken a 30% stake in Ohio-based battery-management start-up Voltique for $45 million, with an option to buy the rest of the company by 2027. "
        "Voltique will continue to operate independently under co-founder and chief executive Ramon Escobar.",
        [
            stake("Marston Dynamics", "Voltique", C),
            pos("Ramon Escobar", "Voltique"),
        ],
    ),
    en(
        "Software group Quillon has walked away from its planned acquisition of data-labelling firm Tagwise after the two sides failed to agree on price adjustments following due diligence, the companies said in a joint statement on Friday. "
        "Quillon had agreed in June to buy Tagwise for $180 million.",
        [acq("Quillon", "Tagwise", F)],
    ),
    en(
        "AI lab Meridian Minds is in advanced talks to buy Lattice Forge, a small start-up that builds tooling for training large models, in a deal that could value the target at around $200 million, people briefed on the negotiations said. "
        "An agreement could be announced as soon as next week.",
        [acq("Meridian Minds", "Lattice Forge", TR)],
    ),
    en(
        "The board of Pembrook Instruments has rejected an unsolicited 410-pence-a-share approach from US rival Caldera Measurement, saying it “significantly undervalues” the company and its prospects. "
        "Caldera, which already owns 12% of Pembrook, said it was considering its options.",
        [acq("Caldera Measurement", "Pembrook Instruments", F)],
        optional=[stake("Caldera Measurement", "Pembrook Instruments", C)],
    ),
    en(
        "SAN DIEGO, March 4 -- Orvane Health Technologies today announced that it has completed its acquisition of ClaimPilot, a provider of AI-driven medical billing software. "
        "ClaimPilot will be integrated into Orvane's revenue-cycle business unit, led by senior vice president Mark Delacroix.",
        [
            acq("Orvane Health Technologies", "ClaimPilot", C),
            pos("Mark Delacroix", "Orvane Health Technologies"),
        ],
    ),
    en(
        "Engineering group Castellan said it had agreed to sell its aerospace fasteners division, Castellan Precision, to US private equity firm Ridgeway Capital for £265m. "
        "The disposal is expected to complete in the second quarter and will allow the group to pay down debt, chief financial officer Graham Teale said.",
        [
            acq("Ridgeway Capital", "Castellan Precision", A),
            pos("Graham Teale", "Castellan"),
        ],
    ),
    en(
        "Japanese trading house Sorimachi has raised its holding in British retail analytics company Footfall Insight to 49% from 20%, according to a stock exchange filing on Wednesday.",
        [stake("Sorimachi", "Footfall Insight", C)],
    ),
    en(
        "Kestrel Software has been on a buying spree. Having snapped up invoicing tool Ledgerly in January, the company said on Thursday that it would also acquire Dublin-based HR platform Peopleward. "
        "Financial terms of neither deal were disclosed.",
        [
            acq("Kestrel Software", "Ledgerly", C),
            acq("Kestrel Software", "Peopleward", A),
        ],
    ),
    en(
        "Amazon has held preliminary discussions about buying Shelfwise, a Pittsburgh start-up whose robots restock supermarket shelves overnight, according to a report in trade publication Grocery Tech Weekly. "
        "Shelfwise, which was last valued at about $400 million, did not respond to requests for comment.",
        [acq("Amazon", "Shelfwise", TR)],
    ),
    en(
        "The German government has vetoed the planned takeover of Dresden chip-equipment maker Elbtal Vakuumtechnik by Hengrui Capital, a Chinese-backed investment fund, citing risks to national security. "
        "It is the third such prohibition in the semiconductor sector this year.",
        [acq("Hengrui Capital", "Elbtal Vakuumtechnik", F)],
    ),
    en(
        "The management team of Norfolk agricultural software house FieldLedger, led by managing director Tom Pryce, has completed a buyout of the business from its founder, Alan Greaves. "
        "The deal was backed by growth investor Mosswood Equity, which has taken a minority stake.",
        [
            stake("Mosswood Equity", "FieldLedger", C),
            pos("Tom Pryce", "FieldLedger"),
            pos("Alan Greaves", "FieldLedger"),
        ],
    ),
    en(
        "Fintech lender Ashgrove Credit has received a rival £95m offer from Beacon Bancorp, trumping the £80m deal it agreed with Irvine Financial last month. "
        "Ashgrove's board said it was reviewing the Beacon proposal but continued, for now, to recommend the Irvine transaction to shareholders.",
        [
            acq("Irvine Financial", "Ashgrove Credit", A),
            acq("Beacon Bancorp", "Ashgrove Credit", T),
        ],
    ),
    en(
        "Lumen Grid, the smart-meter maker, said on Monday that it had closed its $1.2 billion takeover of Norwegian rival Fjordmet after the European Commission cleared the deal in October.",
        [acq("Lumen Grid", "Fjordmet", C)],
    ),
    en(
        "Halberd Robotics buys Sheffield vision firm Optiq for £22m. "
        "Halberd Robotics has bought Sheffield-based machine-vision specialist Optiq in a £22m deal, its second acquisition this year. "
        "Optiq's chief executive, Helen Marsh, will stay on to run the business.",
        [
            acq("Halberd Robotics", "Optiq", C),
            pos("Helen Marsh", "Optiq"),
        ],
    ),
    en(
        "Investor group Tarn Holdings is weighing the sale of its 18% stake in Scottish fintech Glenpay and has sounded out potential buyers including payments group Finova, two sources told the Herald.",
        [
            stake("Finova", "Glenpay", TR),
        ],
        optional=[stake("Tarn Holdings", "Glenpay", C)],
    ),
    en(
        "Vantor Semiconductor said on Wednesday it had “not received any approach” after its shares jumped 19% on speculation that Nvidia was preparing a takeover offer for the company.",
        [acq("Nvidia", "Vantor Semiconductor", D)],
    ),
    # --- investments and funding rounds
    en(
        "London AI start-up Parsely Labs has raised $28 million in a Series A round led by Foundry Peak Ventures, with participation from existing investor Crescent Seed and angel investor Rhea Kapoor. "
        "The company, founded in 2022 by former university researchers Tom Avery and Mei Lin, builds agents that reconcile supplier invoices.",
        [
            inv("Foundry Peak Ventures", "Parsely Labs", C),
            inv("Crescent Seed", "Parsely Labs", C),
            inv("Rhea Kapoor", "Parsely Labs", C),
            pos("Tom Avery", "Parsely Labs"),
            pos("Mei Lin", "Parsely Labs"),
        ],
    ),
    en(
        "Generative-video company Flickerbox is in talks to raise about $150 million at a valuation of $1.5 billion from investors including Redwater Growth, according to people familiar with the matter. "
        "The round has not been finalised and terms could change, they cautioned.",
        [inv("Redwater Growth", "Flickerbox", TR)],
    ),
    en(
        "Leeds network-automation start-up Routewise has secured a £9m seed extension. "
        "The round was backed by Stratus Ventures, the corporate venture arm of carrier group Stratus Telecom, which also plans to trial Routewise's software across its mobile network next year.",
        [inv("Stratus Ventures", "Routewise", C)],
        optional=[inv("Stratus Telecom", "Routewise", C), par(["Stratus Telecom", "Routewise"], ANY)],
    ),
    en(
        "Battery recycler Renewell has scrapped plans for a $60 million funding round after lead investor Gallant Climate Fund pulled out, chief executive Sofia Brandt told staff in a memo seen by this newspaper.",
        [
            inv("Gallant Climate Fund", "Renewell", F),
            pos("Sofia Brandt", "Renewell"),
        ],
    ),
    en(
        "SME payments platform Paygrove has raised £12m of equity from existing backer Tandem Road Capital, alongside a £40m debt facility from specialist lender Clearwater Lending. "
        "The money will fund the company's expansion into Ireland and the Netherlands.",
        [inv("Tandem Road Capital", "Paygrove", C)],
        optional=[inv("Clearwater Lending", "Paygrove", C)],
    ),
    en(
        "Chip designer Quanta Silicon said Nvidia will invest $100 million in the company as part of a broader agreement under which the two will co-develop networking chips for data centres. "
        "The investment is subject to regulatory approval.",
        [
            inv("Nvidia", "Quanta Silicon", A),
            par(["Nvidia", "Quanta Silicon"], CA),
        ],
    ),
    en(
        "Bristol edtech Quillpad has closed a £3.5m seed round. The round was led by Severn Angels and also included money from the Western Growth Fund, a regional vehicle backed by local councils. "
        "“This gives us two years of runway,” said co-founder Amira Patel.",
        [
            inv("Severn Angels", "Quillpad", C),
            inv("Western Growth Fund", "Quillpad", C),
            pos("Amira Patel", "Quillpad"),
        ],
    ),
    en(
        "AI lab Halcyon Reasoning is in early talks with Abu Dhabi-based Qasr Capital and several other investors about a funding round that would more than double its valuation, according to two people with knowledge of the discussions.",
        [inv("Qasr Capital", "Halcyon Reasoning", TR)],
    ),
    en(
        "Boston robotics start-up Tendon has raised $22m in a Series B round led by Ironbridge Ventures. "
        "As part of the deal, Ironbridge partner Claire Odum joins Tendon's board of directors.",
        [
            inv("Ironbridge Ventures", "Tendon", C),
            hire("Claire Odum", "Tendon", C),
            pos("Claire Odum", "Ironbridge Ventures"),
        ],
    ),
    en(
        "E-bike maker Stratos Mobility has denied that it is seeking a rescue investment from Gulf investor Al Noor Holdings, saying its existing cash would last well into 2026.",
        [inv("Al Noor Holdings", "Stratos Mobility", D)],
    ),
    # --- mergers
    en(
        "Fenwright Media and Halden Broadcasting have called off talks about a merger that would have created the largest independent television producer in the north of England. "
        "In a brief statement, the two companies said they had been unable to agree on the relative valuation of their businesses.",
        [mer(["Fenwright Media", "Halden Broadcasting"], F)],
    ),
    en(
        "Fenland Building Society and Wensum Building Society, two of East Anglia's largest mutual lenders, have agreed to merge, creating a group with £9bn of assets and 61 branches. "
        "The combined society will be led by Fenland chief executive Gareth Lowe, while Wensum's chair, Margaret Cole, will become deputy chair. Members of both societies still have to approve the deal.",
        [
            mer(["Fenland Building Society", "Wensum Building Society"], A),
            pos("Gareth Lowe", "Fenland Building Society"),
            pos("Margaret Cole", "Wensum Building Society"),
        ],
    ),
    en(
        "The merger of telecoms software providers Axiom Telematics and Coralsys completed on 1 July, with the combined company now trading as Axicor.",
        [mer(["Axiom Telematics", "Coralsys"], C)],
    ),
    en(
        "Activist shareholders in semiconductor test specialists Probeline and Veritest are pushing the two companies to explore a merger of equals, according to people close to the funds. "
        "Neither company has commented publicly.",
        [mer(["Probeline", "Veritest"], R)],
    ),
    en(
        "Regional newspaper publishers Northern Press Group and Calder Media confirmed on Friday that they are in “early-stage discussions” about a possible all-share merger, after details leaked to the trade press. "
        "There is no certainty that a transaction will be agreed, Northern Press said.",
        [mer(["Northern Press Group", "Calder Media"], T)],
    ),
    en(
        "Lendwise chief executive Omar Haddad has dismissed speculation about a merger with peer-to-peer rival Fundkite as “pure fiction”. "
        "“We are not talking to Fundkite or to anyone else,” he told the Yorkshire Post.",
        [
            mer(["Lendwise", "Fundkite"], D),
            pos("Omar Haddad", "Lendwise"),
        ],
    ),
    # --- partnerships
    en(
        "Automotive supplier Grayling Components and Bosch have signed an agreement to jointly develop brake-by-wire systems for electric vans, with first production contracts expected in 2027. "
        "Grayling's engineering director, Owen Price, said the partnership would create around 60 jobs at its Coventry site.",
        [
            par(["Grayling Components", "Bosch"], CA),
            pos("Owen Price", "Grayling Components"),
        ],
    ),
    en(
        "AI lab Cortexa has licensed its speech-recognition model to call-centre software firm Hollis Voice in a multi-year deal worth more than $30 million, the companies said.",
        [par(["Cortexa", "Hollis Voice"], CA)],
    ),
    en(
        "Talks between supermarket chain Marlow & Finch and courier start-up Zipwheel over an exclusive rapid-delivery partnership have collapsed, according to an internal memo. "
        "Marlow & Finch will instead run a pilot with its existing logistics provider.",
        [par(["Marlow & Finch", "Zipwheel"], F)],
    ),
    en(
        "Mobile operators Westlink and Carrigan Mobile are to set up a joint venture to share masts in rural Wales and Scotland, subject to approval by the regulator. "
        "The companies expect the venture to be operational by the end of 2025.",
        [par(["Westlink", "Carrigan Mobile"], A)],
    ),
    en(
        "Meridian Minds is in discussions with Microsoft about a long-term agreement for cloud computing capacity, people familiar with the matter said, as the AI lab looks to reduce its reliance on a single provider.",
        [par(["Meridian Minds", "Microsoft"], TR)],
    ),
    en(
        "Pennine Valley Hospitals has teamed up with AI start-up Scanlytic and Irwell University to test software that flags early signs of lung cancer on routine chest X-rays. "
        "The three-year project is funded by a government grant.",
        [par(["Pennine Valley Hospitals", "Scanlytic", "Irwell University"], CA)],
    ),
    en(
        "Grocer Harrow Fresh has teamed up with fintech Kindly Pay to offer interest-free instalment payments at its 140 stores, commercial director Ben Yates said on Tuesday. "
        "The service will be rolled out from March.",
        [
            par(["Harrow Fresh", "Kindly Pay"], CA),
            pos("Ben Yates", "Harrow Fresh"),
        ],
    ),
    # --- people: hires, departures, poaching, board seats, positions
    en(
        "Veridian Semiconductor has appointed Laura Chen, previously chief financial officer of Arcturus Devices, as its new finance chief with immediate effect. "
        "She succeeds Paul Grant, who retired in September after 14 years with the company.",
        [
            hire("Laura Chen", "Veridian Semiconductor", C),
            pos("Laura Chen", "Arcturus Devices"),
            dep("Paul Grant", "Veridian Semiconductor", C),
        ],
        optional=[dep("Laura Chen", "Arcturus Devices", C), pos("Paul Grant", "Veridian Semiconductor")],
    ),
    en(
        "Kestrel Software chief executive Ian Moffat will step down at the end of March after eleven years in the role, the company said on Monday. "
        "Chief operating officer Ruth Adeyemi will succeed him.",
        [
            dep("Ian Moffat", "Kestrel Software", A),
            posh("Ruth Adeyemi", "Kestrel Software"),
        ],
        optional=[pos("Ian Moffat", "Kestrel Software")],
    ),
    en(
        "Meridian Minds has poached three senior researchers from rival lab Cortexa, including Cortexa's head of reinforcement learning, Jonas Virtanen, according to people familiar with the moves. "
        "Cortexa confirmed Virtanen's departure but declined to comment further.",
        [
            poa("Meridian Minds", "Cortexa", [C, R]),
            hire("Jonas Virtanen", "Meridian Minds", [C, R]),
            dep("Jonas Virtanen", "Cortexa", C),
        ],
        optional=[pos("Jonas Virtanen", "Cortexa")],
    ),
    en(
        "Halden Broadcasting has appointed former culture minister Ann Holloway and media investor Kwame Boateng to its board as non-executive directors, with effect from 1 November.",
        [
            hire("Ann Holloway", "Halden Broadcasting", CA),
            hire("Kwame Boateng", "Halden Broadcasting", CA),
        ],
    ),
    en(
        "Tessaline Group's chief technology officer, Neil Farrow, has resigned to become chief executive of Quayside Pay, weeks after the competition regulator blocked Tessaline's bid for the smaller payments firm. "
        "Farrow will start at Quayside in January.",
        [
            dep("Neil Farrow", "Tessaline Group", CA),
            hire("Neil Farrow", "Quayside Pay", A),
            acq("Tessaline Group", "Quayside Pay", F),
        ],
        optional=[pos("Neil Farrow", "Tessaline Group"), poa("Quayside Pay", "Tessaline Group", ANY)],
    ),
    en(
        "Grayling Components is close to hiring Bosch executive Martina Keller as its next chief executive, according to two people familiar with the search. "
        "Keller currently runs Bosch's chassis-systems business in North America.",
        [
            hire("Martina Keller", "Grayling Components", TR),
            pos("Martina Keller", "Bosch"),
        ],
        optional=[dep("Martina Keller", "Bosch", ANY), poa("Grayling Components", "Bosch", ANY)],
    ),
    en(
        "Orvane Health has denied reports that its chief executive, Susan Pike, is preparing to leave the company, calling them “baseless”. "
        "Pike has led the Californian group since 2019.",
        [
            dep("Susan Pike", "Orvane Health", D),
            pos("Susan Pike", "Orvane Health"),
        ],
    ),
    en(
        "Quanta Silicon tried to lure away a team of twelve analog designers from Veridian Semiconductor last year, but the attempt failed after Veridian offered the engineers retention bonuses, according to court documents filed in California.",
        [poa("Quanta Silicon", "Veridian Semiconductor", F)],
    ),
    en(
        "Axicor, the company formed by the merger of Axiom Telematics and Coralsys, will be led by chief executive Rachel Osei, with Dominic Hart as chief financial officer and Sunil Rao as chief technology officer.",
        [
            mer(["Axiom Telematics", "Coralsys"], C),
            posh("Rachel Osei", "Axicor"),
            posh("Dominic Hart", "Axicor"),
            posh("Sunil Rao", "Axicor"),
        ],
    ),
    en(
        "Northern Press Group said Claire Whitby, currently editor of the Calder Evening Post, will become its group editor-in-chief on 1 February.",
        [
            hire("Claire Whitby", "Northern Press Group", A),
            pos("Claire Whitby", "Calder Evening Post"),
        ],
        optional=[dep("Claire Whitby", "Calder Evening Post", A)],
    ),
    en(
        "Zipwheel co-founder Maya Torres has left the delivery start-up to set up a new venture focused on electric cargo bikes, the company confirmed. "
        "Torres, who served as chief operating officer, had been with Zipwheel since its launch in 2019.",
        [
            dep("Maya Torres", "Zipwheel", C),
            pos("Maya Torres", "Zipwheel"),
        ],
    ),
    en(
        "Following the abrupt exit of chief executive Simon Barrett last week, Linden & Lowe has named finance director Alison Kerr as interim chief executive while the board searches for a permanent successor.",
        [
            dep("Simon Barrett", "Linden & Lowe", C),
            posh("Alison Kerr", "Linden & Lowe"),
        ],
        optional=[pos("Simon Barrett", "Linden & Lowe")],
    ),
    en(
        "Cleeve Fibre has hired Brightwater Networks' head of network build, Joe Mulligan, the second senior executive the Gloucestershire company has poached from its larger rival this year.",
        [
            hire("Joe Mulligan", "Cleeve Fibre", C),
            dep("Joe Mulligan", "Brightwater Networks", C),
            poa("Cleeve Fibre", "Brightwater Networks", C),
        ],
        optional=[pos("Joe Mulligan", "Brightwater Networks")],
    ),
    en(
        "Marlow & Finch said chair David Elstow would not seek re-election at the annual meeting in June. "
        "Non-executive director Priya Shah has been chosen to succeed him.",
        [
            dep("David Elstow", "Marlow & Finch", A),
            posh("Priya Shah", "Marlow & Finch"),
        ],
        optional=[pos("David Elstow", "Marlow & Finch")],
    ),
    en(
        "LONDON, 12 May -- Paygrove, the SME payments platform, today announced the appointment of Hannah Fitzgerald as Chief Risk Officer. "
        "Fitzgerald joins from Barclays, where she spent nine years, most recently as head of credit risk for business banking. "
        "“Hannah brings exactly the experience we need as we scale,” said Paygrove CEO Daniel Okafor.",
        [
            hire("Hannah Fitzgerald", "Paygrove", CA),
            dep("Hannah Fitzgerald", "Barclays", C),
            pos("Daniel Okafor", "Paygrove"),
        ],
        optional=[pos("Hannah Fitzgerald", "Barclays")],
    ),
    en(
        "Halcyon Reasoning has hired former European Commission official Lucia Moretti as head of policy, the latest in a string of senior appointments at the AI lab. "
        "She will be based in Brussels.",
        [hire("Lucia Moretti", "Halcyon Reasoning", C)],
        optional=[pos("Lucia Moretti", "European Commission")],
    ),
    en(
        "Three partners have left Ironbridge Ventures to start their own early-stage fund. "
        "Anna Kowalski, Raj Mehta and Peter Lund, who between them led more than 40 of the firm's investments, will launch Lantern Capital in the spring, a spokesperson for Ironbridge confirmed.",
        [
            dep("Anna Kowalski", "Ironbridge Ventures", C),
            dep("Raj Mehta", "Ironbridge Ventures", C),
            dep("Peter Lund", "Ironbridge Ventures", C),
        ],
        optional=[
            posh("Anna Kowalski", "Lantern Capital"),
            posh("Raj Mehta", "Lantern Capital"),
            posh("Peter Lund", "Lantern Capital"),
        ],
    ),
    # --- no event
    en(
        "Veridian Semiconductor unveiled its fourth-generation silicon-carbide power chip at a trade show in Munich on Tuesday, claiming 20% lower switching losses than its predecessor. "
        "Volume shipments are due to begin in the second half of next year.",
        [],
    ),
    en(
        "Analysts at Harbour Securities said Pembrook Instruments could become a takeover target given its depressed valuation, though they stressed that there was no sign of an approach. "
        "They kept their “buy” rating on the shares.",
        [],
    ),
    en(
        "Footfall in Norwich city centre rose 4% in October compared with a year earlier, according to data from Footfall Insight, with department stores and coffee chains reporting strong early Christmas trading.",
        [],
    ),
    en(
        "Kestrel Software reported a 12% rise in annual recurring revenue to £84m for the year to September and said it expected to remain profitable in 2025 despite higher spending on product development.",
        [],
    ),
    en(
        "Marston Dynamics will invest $120 million in a new plant in Chattanooga, Tennessee, creating 350 jobs, the automotive supplier said. "
        "Construction is due to start in the spring.",
        [],
    ),
    en(
        "The Cambridge AI Summit will take place on 18 and 19 November, organisers said, with researchers from Meridian Minds, Cortexa and several universities expected to speak on model safety.",
        [],
    ),
    # ------------------------------------------------------------------ German
    # --- Übernahmen und Beteiligungen
    de(
        "Der Bielefelder Antriebsspezialist Hellweg Antriebstechnik übernimmt den Gütersloher Getriebehersteller Krämer & Söhne. "
        "Wie das Familienunternehmen am Dienstag mitteilte, ist der Kaufvertrag bereits unterzeichnet; der Vollzug wird bis Ende des Jahres erwartet. "
        "Über den Kaufpreis haben beide Seiten Stillschweigen vereinbart.",
        [acq("Hellweg Antriebstechnik", "Krämer & Söhne", A)],
    ),
    de(
        "Die Übernahme des Hamburger Softwareanbieters Datenwerk Nord durch die Stuttgarter Valoris AG ist abgeschlossen. "
        "Das Bundeskartellamt hatte die Transaktion bereits im Februar freigegeben, teilte Valoris-Finanzvorstand Jörg Sattler mit.",
        [
            acq("Valoris", "Datenwerk Nord", C),
            pos("Jörg Sattler", "Valoris"),
        ],
    ),
    de(
        "Das Bundeskartellamt hat die geplante Übernahme des Lebensmittelhändlers Frischmarkt Weber durch die Handelskette Nordkauf untersagt. "
        "In mehreren Regionen Niedersachsens wäre der Wettbewerb sonst erheblich beeinträchtigt worden, hieß es zur Begründung. "
        "Nordkauf kündigte an, Beschwerde gegen die Entscheidung einzulegen.",
        [acq("Nordkauf", "Frischmarkt Weber", F)],
    ),
    de(
        "Der Autozulieferer Röhrig Fahrzeugtechnik prüft nach Informationen aus Finanzkreisen einen Verkauf seiner Kabelbaum-Tochter Röhrig Wiring Systems. "
        "Als Interessent gilt unter anderem der Finanzinvestor Alpenblick Capital. Röhrig wollte sich dazu nicht äußern.",
        [acq("Alpenblick Capital", "Röhrig Wiring Systems", TR)],
    ),
    de(
        "Die Lindholm Gruppe hat Berichte über eine angebliche Übernahme des Münchner Chipdesigners Sensoric Labs dementiert. "
        "„Es gibt keine Gespräche, und es hat auch keine gegeben“, sagte ein Sprecher des Unternehmens am Freitag.",
        [acq("Lindholm Gruppe", "Sensoric Labs", D)],
    ),
    de(
        "Die Familienholding Oberhofer Beteiligungen steigt mit 25,1 Prozent beim Kölner Fintech Zahlfix ein. "
        "Das gaben beide Unternehmen am Mittwoch bekannt. Zahlfix-Gründer Florian Haas bleibt Mehrheitseigner.",
        [
            stake("Oberhofer Beteiligungen", "Zahlfix", CA),
            pos("Florian Haas", "Zahlfix"),
        ],
    ),
    de(
        "Der Telekommunikationsanbieter Vernetz AG verhandelt Insidern zufolge über den Kauf des regionalen Glasfaseranbieters Allgäu Netz. "
        "Die Gespräche seien weit fortgeschritten, ein Abschluss könnte noch vor Weihnachten verkündet werden, hieß es.",
        [acq("Vernetz", "Allgäu Netz", TR)],
    ),
    de(
        "Der geplante Verkauf der Druckerei Rautenberg an den Medienkonzern Hansa Medien ist geplatzt. "
        "Man habe sich nicht auf einen Kaufpreis einigen können, teilte Hansa Medien am Montag mit. Die 180 Beschäftigten der Druckerei in Lüneburg reagierten verunsichert.",
        [acq("Hansa Medien", "Druckerei Rautenberg", F)],
    ),
    de(
        "Der Vorstand der Weidner Elektronik AG hat das Übernahmeangebot des US-Konkurrenten Tellurian Devices als „deutlich zu niedrig“ zurückgewiesen. "
        "Tellurian hatte 42 Euro je Aktie geboten, was einem Gesamtwert von rund 1,2 Milliarden Euro entspricht. "
        "Vorstandschef Martin Weidner empfahl den Aktionären, das Angebot nicht anzunehmen.",
        [
            acq("Tellurian Devices", "Weidner Elektronik", [F, T]),
            pos("Martin Weidner", "Weidner Elektronik"),
        ],
    ),
    de(
        "Nach über 60 Jahren in Familienhand geht der Sauerländer Armaturenhersteller Bergmann & Lutz mehrheitlich an einen Finanzinvestor: "
        "Die Münchner Beteiligungsgesellschaft Isarwerk Capital übernimmt 80 Prozent der Anteile, die restlichen 20 Prozent behält Geschäftsführer Markus Bergmann.",
        [
            acq("Isarwerk Capital", "Bergmann & Lutz", CA),
            pos("Markus Bergmann", "Bergmann & Lutz"),
        ],
    ),
    de(
        "Siemens hat die Übernahme des Nürnberger Industriesoftware-Anbieters Fertigungslogik abgeschlossen. "
        "Das 2014 gegründete Unternehmen mit rund 140 Beschäftigten wird in die Sparte Digital Industries eingegliedert; die Gründer Heiko Brandl und Sevgi Yilmaz bleiben an Bord.",
        [
            acq("Siemens", "Fertigungslogik", C),
            pos("Heiko Brandl", "Fertigungslogik"),
            pos("Sevgi Yilmaz", "Fertigungslogik"),
        ],
    ),
    de(
        "Das Bundeswirtschaftsministerium prüft den geplanten Einstieg eines chinesischen Investors beim Dresdner Halbleiterzulieferer Elbe Wafer Systems. "
        "Die Guangzhou Tianlu Holding will 29 Prozent der Anteile übernehmen; eine Entscheidung wird bis Ende März erwartet.",
        [stake("Guangzhou Tianlu Holding", "Elbe Wafer Systems", [A, T])],
    ),
    de(
        "Die Würzburger Softwaregruppe Mainsoft setzt ihren Expansionskurs fort. "
        "Nach dem Kauf des Leipziger Lohnabrechnungsanbieters Lohnbüro Digital im Frühjahr hat das Unternehmen nun auch die Mehrheit an der österreichischen Tarifwerk GmbH erworben.",
        [
            acq("Mainsoft", "Lohnbüro Digital", C),
            acq("Mainsoft", "Tarifwerk", C),
        ],
    ),
    de(
        "Der Verpackungshersteller Kartonwerk Süd hat sein Angebot für den insolventen Konkurrenten Wellpappe Eisenach zurückgezogen. "
        "Nach Angaben von Insolvenzverwalter Dirk Lehnert laufen nun Gespräche mit zwei weiteren Interessenten.",
        [acq("Kartonwerk Süd", "Wellpappe Eisenach", F)],
        optional=[pos("Dirk Lehnert", "Wellpappe Eisenach")],
    ),
    de(
        "Für den insolventen Modehändler Hanseatic Mode ist ein Käufer gefunden: Die Textilgruppe Brandhorst übernimmt den Geschäftsbetrieb samt 34 Filialen und rund 600 Beschäftigten. "
        "Der Gläubigerausschuss muss dem Verkauf noch zustimmen.",
        [acq("Brandhorst", "Hanseatic Mode", A)],
    ),
    de(
        "Bosch hat seine Beteiligung am Reutlinger Sensorspezialisten Mikrotakt von 19 auf 40 Prozent aufgestockt. "
        "Die übrigen Anteile halten weiterhin die Gründer und der Wagniskapitalgeber Neckarwerk Ventures.",
        [stake("Bosch", "Mikrotakt", C)],
        optional=[inv("Neckarwerk Ventures", "Mikrotakt", C)],
    ),
    de(
        "Das Karlsruher KI-Startup Lernwerk hat Spekulationen über einen Einstieg von SAP zurückgewiesen. "
        "„Wir führen keine Gespräche mit SAP über eine Beteiligung“, sagte Mitgründerin Johanna Weiß der Zeitung.",
        [
            stake("SAP", "Lernwerk", D),
            pos("Johanna Weiß", "Lernwerk"),
        ],
    ),
    de(
        "Der Heilbronner Mittelständler Greiner Fördertechnik kauft die Intralogistik-Tochter des Konzerns Dornfeld Industries, die Dornfeld Logistiksysteme GmbH. "
        "Die Gesellschaft mit 300 Beschäftigten soll künftig als Greiner Intralogistik firmieren. Der Vollzug ist für das erste Quartal 2025 geplant.",
        [acq("Greiner Fördertechnik", "Dornfeld Logistiksysteme", A)],
    ),
    de(
        "Die Verlagsgruppe Rheinpfalz Medien hat exklusive Verhandlungen über den Erwerb des Wochenkurier Verlags aufgenommen, der in der Region drei kostenlose Anzeigenblätter herausgibt. "
        "Beide Seiten bestätigten die Gespräche, nannten aber keine Details.",
        [acq("Rheinpfalz Medien", "Wochenkurier Verlag", T)],
    ),
    de(
        "Die Gespräche zwischen dem Autozulieferer Kolbe Systemtechnik und dem Finanzinvestor Ardent Partners über einen Verkauf des Unternehmens sind gescheitert. "
        "Kolbe werde nun eigenständig weitergeführt, sagte Geschäftsführerin Annette Kolbe.",
        [
            acq("Ardent Partners", "Kolbe Systemtechnik", F),
            pos("Annette Kolbe", "Kolbe Systemtechnik"),
        ],
    ),
    # --- Investitionen und Finanzierungsrunden
    de(
        "Das Berliner KI-Startup Satzbau hat in einer Series-A-Finanzierungsrunde 18 Millionen Euro eingesammelt. "
        "Angeführt wurde die Runde vom Wagniskapitalgeber Spreeufer Ventures, auch die Bestandsinvestoren Hafenstadt Capital und Gründerfonds Sachsen beteiligten sich erneut. "
        "Mit dem Geld will Satzbau-Chefin Nora Lindqvist das Team auf 60 Mitarbeiter verdoppeln.",
        [
            inv("Spreeufer Ventures", "Satzbau", C),
            inv("Hafenstadt Capital", "Satzbau", C),
            inv("Gründerfonds Sachsen", "Satzbau", C),
            pos("Nora Lindqvist", "Satzbau"),
        ],
    ),
    de(
        "Das Münchner Fintech Kontora steht einem Medienbericht zufolge kurz vor einer neuen Finanzierungsrunde über rund 70 Millionen Euro. "
        "Angeführt werden soll sie vom US-Investor Lakeshore Growth. Kontora wollte den Bericht nicht kommentieren.",
        [inv("Lakeshore Growth", "Kontora", TR)],
    ),
    de(
        "Die landeseigene Förderbank Thüringen Invest beteiligt sich mit fünf Millionen Euro am Jenaer Photonik-Startup Lichtpunkt. "
        "Weitere drei Millionen Euro steuert der Optikkonzern Saale Optics bei.",
        [
            inv("Thüringen Invest", "Lichtpunkt", CA),
            inv("Saale Optics", "Lichtpunkt", CA),
        ],
    ),
    de(
        "Die geplante Kapitalerhöhung beim Berliner E-Scooter-Verleiher Flitzmobil ist gescheitert, nachdem sich Ankerinvestor Nordlicht Invest überraschend zurückgezogen hat. "
        "Das Unternehmen prüft nun einen Insolvenzantrag.",
        [inv("Nordlicht Invest", "Flitzmobil", F)],
    ),
    de(
        "Der Autozulieferer Vollrath Automotive investiert 30 Millionen Euro in das Braunschweiger Batterie-Startup Zellkraft und erhält dafür einen Sitz im Beirat. "
        "Die Vereinbarung wurde Ende 2024 unterzeichnet, das Geld fließt in zwei Tranchen.",
        [inv("Vollrath Automotive", "Zellkraft", CA)],
    ),
    de(
        "Georg Sandmeier, Inhaber des Landmaschinenherstellers Sandmeier Agrartechnik aus dem Emsland, beteiligt sich privat am Osnabrücker Agrar-Startup Feldblick. "
        "Über die Höhe der Investition machten beide Seiten keine Angaben.",
        [
            inv("Georg Sandmeier", "Feldblick", CA),
            pos("Georg Sandmeier", "Sandmeier Agrartechnik"),
        ],
    ),
    de(
        "Das Hamburger Logistik-Startup Frachtfuchs, 2021 von Lena Vogt und Tarek Aziz gegründet, hat 7,5 Millionen Euro von den Investoren Elbkapital und Nordstern Ventures erhalten. "
        "Die Plattform vermittelt freie Laderaumkapazitäten an mittelständische Speditionen.",
        [
            inv("Elbkapital", "Frachtfuchs", C),
            inv("Nordstern Ventures", "Frachtfuchs", C),
            pos("Lena Vogt", "Frachtfuchs"),
            pos("Tarek Aziz", "Frachtfuchs"),
        ],
    ),
    de(
        "Das Kölner Podcast-Startup Hörwerk verhandelt mit dem Medienkonzern Hansa Medien über eine Minderheitsbeteiligung. "
        "Eine Einigung werde in den kommenden Wochen angestrebt, bestätigte Hörwerk-Geschäftsführer Lukas Brenner.",
        [
            stake("Hansa Medien", "Hörwerk", T),
            pos("Lukas Brenner", "Hörwerk"),
        ],
    ),
    de(
        "Das Heidelberger KI-Labor Neckar AI hat in einer Finanzierungsrunde rund 450 Millionen Euro eingesammelt – eine der größten Runden eines europäischen KI-Unternehmens in diesem Jahr. "
        "Zu den Geldgebern zählen Nvidia und der US-Investor Granite Peak Partners, wie Gründer und Vorstandschef Tobias Renner mitteilte.",
        [
            inv("Nvidia", "Neckar AI", C),
            inv("Granite Peak Partners", "Neckar AI", C),
            pos("Tobias Renner", "Neckar AI"),
        ],
    ),
    de(
        "Die Sparkassen-Beteiligungsgesellschaft Lippe will sich mit einer stillen Beteiligung am Detmolder Sensorhersteller Hofmann Sensorik engagieren. "
        "Der Vertrag soll im Januar unterzeichnet werden.",
        [inv("Sparkassen-Beteiligungsgesellschaft Lippe", "Hofmann Sensorik", [A, T])],
    ),
    # --- Fusionen
    de(
        "Die Volksbank Hunsrück und die Raiffeisenbank Nahetal wollen fusionieren. "
        "Die Vorstände beider Genossenschaftsbanken haben eine Absichtserklärung unterzeichnet; die Vertreterversammlungen sollen im Juni zustimmen. "
        "Das fusionierte Institut käme auf eine Bilanzsumme von rund 2,4 Milliarden Euro.",
        [mer(["Volksbank Hunsrück", "Raiffeisenbank Nahetal"], [A, T])],
    ),
    de(
        "Die Fusion der Softwarehäuser Codewerk und Datacraft ist vollzogen. "
        "Das gemeinsame Unternehmen firmiert seit dem 1. Oktober unter dem Namen Codecraft und wird von Uwe Martens geführt, der bisher Codewerk leitete.",
        [
            mer(["Codewerk", "Datacraft"], C),
            posh("Uwe Martens", "Codecraft"),
            pos("Uwe Martens", "Codewerk"),
        ],
    ),
    de(
        "Die Kabelnetzbetreiber Kabel Mitte und NetCom Saar haben ihre Fusionsgespräche abgebrochen. "
        "Man habe sich über die künftige Führungsstruktur nicht verständigen können, erklärten beide Unternehmen.",
        [mer(["Kabel Mitte", "NetCom Saar"], F)],
    ),
    de(
        "In der Branche wird seit Wochen über einen Zusammenschluss der beiden mittelhessischen Schmiedezulieferer Ferrotec Hessen und Schmiedewerk Lahn spekuliert. "
        "Bestätigt ist bislang nichts.",
        [mer(["Ferrotec Hessen", "Schmiedewerk Lahn"], R)],
    ),
    de(
        "Die Verlagshäuser Rheinpfalz Medien und Saarland Verlag sprechen über einen Zusammenschluss. "
        "Ziel sei ein gemeinsames Unternehmen mit rund 1.400 Beschäftigten, sagte Saarland-Verlag-Geschäftsführer Bernd Hoffmann.",
        [
            mer(["Rheinpfalz Medien", "Saarland Verlag"], T),
            pos("Bernd Hoffmann", "Saarland Verlag"),
        ],
    ),
    de(
        "Ein Sprecher der Weidner Elektronik wies Berichte über Fusionspläne mit dem Konkurrenten Lorenz Elektronik entschieden zurück. "
        "„Das ist reine Spekulation“, sagte er.",
        [mer(["Weidner Elektronik", "Lorenz Elektronik"], D)],
    ),
    # --- Partnerschaften
    de(
        "Der Autozulieferer Vollrath Automotive und der Dresdner Chipentwickler Silizia wollen gemeinsam Steuergeräte für Elektroautos entwickeln. "
        "Eine entsprechende Kooperationsvereinbarung unterzeichneten beide Unternehmen am Rande der IAA in München.",
        [par(["Vollrath Automotive", "Silizia"], CA)],
    ),
    de(
        "Die Deutsche Telekom und die Stadtwerke Ems gründen ein Gemeinschaftsunternehmen für den Glasfaserausbau im Emsland. "
        "Bis Ende 2027 sollen 60.000 Haushalte angeschlossen werden, teilten die Partner mit.",
        [par(["Deutsche Telekom", "Stadtwerke Ems"], CA)],
    ),
    de(
        "Die Verhandlungen über eine strategische Partnerschaft zwischen dem Kölner Fintech Zahlfix und der Sparkasse Rhein-Ruhr sind ohne Ergebnis beendet worden. "
        "Zahlfix sucht nun nach einem anderen Bankpartner für sein Kreditangebot an Handwerksbetriebe.",
        [par(["Zahlfix", "Sparkasse Rhein-Ruhr"], F)],
    ),
    de(
        "Das KI-Startup Satzbau lizenziert seine Übersetzungssoftware an den Medienkonzern Hansa Medien, der damit Artikel seiner Regionalzeitungen automatisch ins Englische und Polnische übertragen will.",
        [par(["Satzbau", "Hansa Medien"], CA)],
    ),
    de(
        "Die Handelskette Nordkauf spricht mit dem Lieferdienst Flitzer über eine Zusammenarbeit bei der Lebensmittellieferung in Hannover und Braunschweig. "
        "Ein Vertrag sei noch nicht unterschrieben, sagte ein Nordkauf-Sprecher.",
        [par(["Nordkauf", "Flitzer"], T)],
    ),
    de(
        "Der Aachener Laseranlagenbauer Laserwerk Aachen hat mit dem Fraunhofer-Institut für Lasertechnik eine dreijährige Forschungskooperation vereinbart. "
        "Gemeinsam wollen die Partner Verfahren zum Schweißen von Batteriegehäusen entwickeln.",
        [par(["Laserwerk Aachen", "Fraunhofer-Institut für Lasertechnik"], CA)],
    ),
    de(
        "Der Maschinenbauer Hellweg Antriebstechnik kooperiert künftig mit dem Münchner KI-Startup Predikt bei der vorausschauenden Wartung. "
        "„Damit können unsere Kunden Ausfälle erkennen, bevor sie entstehen“, sagte Geschäftsführer Christian Hellweg.",
        [
            par(["Hellweg Antriebstechnik", "Predikt"], CA),
            pos("Christian Hellweg", "Hellweg Antriebstechnik"),
        ],
    ),
    # --- Personalien: Berufungen, Abgänge, Abwerbungen, Aufsichtsräte, Funktionen
    de(
        "Der Aufsichtsrat der Valoris AG hat Sabine Krüger mit Wirkung zum 1. Januar 2025 zur neuen Vorstandsvorsitzenden bestellt. "
        "Die 52-Jährige ist derzeit Finanzchefin der Lindholm Gruppe. "
        "Sie folgt auf Thomas Behrens, der nach zwölf Jahren an der Spitze des Unternehmens in den Ruhestand geht.",
        [
            hire("Sabine Krüger", "Valoris", A),
            pos("Sabine Krüger", "Lindholm Gruppe"),
            dep("Thomas Behrens", "Valoris", A),
        ],
        optional=[dep("Sabine Krüger", "Lindholm Gruppe", A), pos("Thomas Behrens", "Valoris")],
    ),
    de(
        "Der Chipentwickler Silizia hat beim Konkurrenten Saxonia Halbleiter gleich fünf Ingenieure abgeworben, darunter den bisherigen Leiter der Entwicklungsabteilung, Jens Pohl. "
        "Saxonia-Chef Frank Wilde sprach von einem „unfreundlichen Akt“.",
        [
            poa("Silizia", "Saxonia Halbleiter", C),
            hire("Jens Pohl", "Silizia", C),
            dep("Jens Pohl", "Saxonia Halbleiter", C),
            pos("Frank Wilde", "Saxonia Halbleiter"),
        ],
        optional=[pos("Jens Pohl", "Saxonia Halbleiter")],
    ),
    de(
        "Zahlfix-Mitgründer und Geschäftsführer Florian Haas verlässt das Unternehmen zum Monatsende. Er wolle sich neuen Aufgaben widmen, teilte das Fintech mit. "
        "Bis ein Nachfolger gefunden ist, übernimmt Finanzchefin Petra Lang kommissarisch die Geschäftsführung.",
        [
            dep("Florian Haas", "Zahlfix", A),
            pos("Florian Haas", "Zahlfix"),
            posh("Petra Lang", "Zahlfix"),
        ],
    ),
    de(
        "Die Hauptversammlung der Weidner Elektronik AG hat die frühere Infineon-Managerin Claudia Wendt in den Aufsichtsrat gewählt. "
        "Sie ersetzt Heinz Grabowski, der aus Altersgründen ausscheidet.",
        [
            hire("Claudia Wendt", "Weidner Elektronik", C),
            pos("Claudia Wendt", "Infineon"),
            dep("Heinz Grabowski", "Weidner Elektronik", CA),
        ],
    ),
    de(
        "Nach Informationen dieser Zeitung soll der langjährige Bosch-Manager Rainer Vogel neuer Vorstandschef bei Vollrath Automotive werden. "
        "Der Aufsichtsrat wolle die Personalie noch im Dezember beschließen. Ein Unternehmenssprecher wollte sich dazu nicht äußern.",
        [
            hire("Rainer Vogel", "Vollrath Automotive", R),
            pos("Rainer Vogel", "Bosch"),
        ],
        optional=[dep("Rainer Vogel", "Bosch", ANY), poa("Vollrath Automotive", "Bosch", ANY)],
    ),
    de(
        "Hansa Medien hat Berichte zurückgewiesen, wonach Chefredakteurin Anke Brandt das Haus verlassen will. "
        "„Frau Brandt hat einen Vertrag bis 2027, und wir planen fest mit ihr“, sagte ein Sprecher des Medienkonzerns.",
        [
            dep("Anke Brandt", "Hansa Medien", D),
            pos("Anke Brandt", "Hansa Medien"),
        ],
    ),
    de(
        "Vergeblich hat der Konkurrent Lorenz Elektronik im Sommer versucht, Vertriebschef Stefan Kuhn von der Weidner Elektronik abzuwerben. "
        "Kuhn habe das Angebot abgelehnt und seinen Vertrag bis 2028 verlängert, teilte Weidner mit.",
        [
            poa("Lorenz Elektronik", "Weidner Elektronik", F),
            pos("Stefan Kuhn", "Weidner Elektronik"),
        ],
        optional=[hire("Stefan Kuhn", "Lorenz Elektronik", F)],
    ),
    de(
        "Neu in der Geschäftsführung der Greiner Fördertechnik sind seit dem 1. Oktober Martin Albrecht (Technik) und Julia Reiter (Vertrieb). "
        "Albrecht kam vom Wettbewerber Dornfeld Industries, Reiter war zuvor bei Siemens tätig.",
        [
            hire("Martin Albrecht", "Greiner Fördertechnik", C),
            hire("Julia Reiter", "Greiner Fördertechnik", C),
            dep("Martin Albrecht", "Dornfeld Industries", C),
            pos("Julia Reiter", "Siemens"),
        ],
        optional=[pos("Martin Albrecht", "Dornfeld Industries"), dep("Julia Reiter", "Siemens", C)],
    ),
    de(
        "Beim Landmaschinenhersteller Sandmeier Agrartechnik übernimmt die nächste Generation: Katharina Sandmeier folgt zum 1. Juli auf ihren Vater Georg Sandmeier als Geschäftsführerin. "
        "Der 67-Jährige wechselt in den Beirat des Familienunternehmens.",
        [
            posh("Katharina Sandmeier", "Sandmeier Agrartechnik"),
            pos("Georg Sandmeier", "Sandmeier Agrartechnik"),
        ],
        optional=[dep("Georg Sandmeier", "Sandmeier Agrartechnik", ANY)],
    ),
    de(
        "Das US-KI-Labor Meridian Minds eröffnet ein Forschungsbüro in München. "
        "Als Leiter hat das Unternehmen den Informatikprofessor Andreas Feldmann von der Technischen Universität München gewonnen, der seine Professur dafür ruhen lässt.",
        [
            hire("Andreas Feldmann", "Meridian Minds", CA),
            pos("Andreas Feldmann", "Technische Universität München"),
        ],
        optional=[dep("Andreas Feldmann", "Technische Universität München", ANY)],
    ),
    de(
        "Der Finanzchef von Nordkauf, Holger Stein, wechselt Anfang 2025 als Vorstandschef zum Drogeriemarktbetreiber Kaufmann & Rode.",
        [
            dep("Holger Stein", "Nordkauf", A),
            hire("Holger Stein", "Kaufmann & Rode", A),
        ],
        optional=[pos("Holger Stein", "Nordkauf")],
    ),
    de(
        "Der Aufsichtsrat der Codecraft AG hat sich mit sofortiger Wirkung von Vorstandschef Uwe Martens getrennt. "
        "Grund seien „unterschiedliche Auffassungen über die strategische Ausrichtung“. Die Geschäfte führt vorerst Technikvorständin Birgit Hahn.",
        [
            dep("Uwe Martens", "Codecraft", C),
            posh("Birgit Hahn", "Codecraft"),
        ],
        optional=[pos("Uwe Martens", "Codecraft")],
    ),
    de(
        "In den neu geschaffenen Beirat der Frachtfuchs GmbH ziehen die frühere Logistikvorständin der Hartmann Handelsgruppe, Ines Roth, und Karl Dreher, Inhaber der Spedition Dreher, ein.",
        [
            hire("Ines Roth", "Frachtfuchs", CA),
            hire("Karl Dreher", "Frachtfuchs", CA),
            pos("Ines Roth", "Hartmann Handelsgruppe"),
            pos("Karl Dreher", "Spedition Dreher"),
        ],
    ),
    de(
        "Der US-Halbleiterkonzern Tellurian Devices versucht nach Angaben des Betriebsrats gezielt, Fachkräfte von Elbe Wafer Systems abzuwerben. "
        "Mitarbeiter seien über Karrierenetzwerke mit Gehaltsangeboten von bis zu 30 Prozent über Tarif angesprochen worden, sagte Betriebsratschef Ralf Neumann.",
        [
            poa("Tellurian Devices", "Elbe Wafer Systems", TR),
            pos("Ralf Neumann", "Elbe Wafer Systems"),
        ],
    ),
    de(
        "Kontora wurde 2020 von Julia Brandner und Malte Osterkamp gegründet. Brandner führt das Unternehmen als CEO, Osterkamp verantwortet als CTO die Technik. "
        "Vorsitzender des Beirats ist der frühere Bankmanager Konrad Eiselt.",
        [
            pos("Julia Brandner", "Kontora"),
            pos("Malte Osterkamp", "Kontora"),
            pos("Konrad Eiselt", "Kontora"),
        ],
    ),
    de(
        "Die „Lippische Rundschau“ bekommt einen neuen Chefredakteur: Moritz Ebert, bislang stellvertretender Chefredakteur des „Weserbergland-Kuriers“, tritt sein Amt am 1. März an. "
        "Er folgt auf Gisela Haupt, die nach 19 Jahren in den Ruhestand geht.",
        [
            hire("Moritz Ebert", "Lippische Rundschau", A),
            pos("Moritz Ebert", "Weserbergland-Kurier"),
            dep("Gisela Haupt", "Lippische Rundschau", A),
        ],
        optional=[dep("Moritz Ebert", "Weserbergland-Kurier", A), pos("Gisela Haupt", "Lippische Rundschau")],
    ),
    de(
        "Neckar AI holt sich Verstärkung vom Wettbewerber Lernwerk: Dessen bisheriger Forschungschef Daniel Roth wechselt zum 1. Februar nach Heidelberg. "
        "Es ist bereits der dritte Lernwerk-Manager, den Neckar AI in diesem Jahr abwirbt.",
        [
            hire("Daniel Roth", "Neckar AI", A),
            dep("Daniel Roth", "Lernwerk", A),
            poa("Neckar AI", "Lernwerk", CA),
        ],
        optional=[pos("Daniel Roth", "Lernwerk")],
    ),
    # --- ohne Ereignis
    de(
        "Hellweg Antriebstechnik stellt auf der Hannover Messe eine neue Generation energiesparender Getriebemotoren vor. "
        "Sie sollen bis zu 15 Prozent weniger Strom verbrauchen als die Vorgängermodelle.",
        [],
    ),
    de(
        "Analysten der Landesbank Nordwest halten eine Konsolidierung unter den mittelständischen Autozulieferern für unausweichlich. "
        "Konkrete Gespräche seien ihnen aber nicht bekannt, betonten sie in einer Branchenstudie.",
        [],
    ),
    de(
        "In einer Umfrage unter Ingenieurstudenten zählen Siemens, Bosch und die Mainsoft-Gruppe erneut zu den beliebtesten Arbeitgebern in Süddeutschland.",
        [],
    ),
    de(
        "Der Umsatz der Vernetz AG stieg im dritten Quartal um 8 Prozent auf 312 Millionen Euro. "
        "Das operative Ergebnis legte dank gesunkener Energiekosten sogar um 14 Prozent zu.",
        [],
    ),
    de(
        "Kartonwerk Süd investiert rund 40 Millionen Euro in ein neues Werk in Ulm. "
        "Dort sollen ab Ende 2025 etwa 120 Beschäftigte Versandkartons für den Onlinehandel fertigen.",
        [],
    ),
    de(
        "Der Autozulieferer Vollrath Automotive will bis Ende 2025 rund 600 Stellen an seinem Stammsitz in Schweinfurt abbauen. "
        "Die IG Metall kündigte Widerstand an.",
        [],
    ),
    de(
        "Auf der Fachmesse Logimat in Stuttgart präsentierte Greiner Intralogistik erstmals ein fahrerloses Transportsystem für Kühlhäuser. "
        "Das Interesse der Besucher sei groß gewesen, sagte ein Sprecher.",
        [],
    ),
]
