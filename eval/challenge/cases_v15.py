# ruff: noqa: E501
"""Challenge set v15: short business-news passages in wire and trade-press style (English and German).

Written blind by a helper for error analysis. The helper read only the builders,
the header of cases_v9.py and the event schema; it did not look at the
extractor's code, its tests, the other challenge sets or the dev corpora. All
companies and people are invented. Covers acquisitions, stakes, funding rounds,
mergers, partnerships, hires, departures, poaching and stated positions across
all statuses, plus hard cases (pronouns, coordination, negation, hedging,
headlines, compounds, legal forms, tickers, background deals) and passages with
no event at all.
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
    # --- acquisitions across statuses
    en(
        "Helvion Therapeutics (NASDAQ: HLVN) agreed to buy privately held Quarrystone Bio for more than $2.3 billion, the companies said on Monday. "
        "The deal is expected to close in early June, subject to regulatory approval.",
        [acq("Helvion Therapeutics", "Quarrystone Bio", A)],
    ),
    en(
        "Ostrander Industrial Corp. said it had completed its acquisition of Belmead Valve Co., a maker of high-pressure fittings, for about $415 million. "
        "Belmead will continue to operate as a standalone unit under its president, Carla Voss.",
        [
            acq("Ostrander Industrial", "Belmead Valve", C),
            pos("Carla Voss", "Belmead Valve"),
        ],
    ),
    en(
        "Pellucid Software is exploring a takeover of payroll provider Trenholt HR, according to people familiar with the matter. "
        "No final decision has been made and Pellucid could still opt against a bid, the people said.",
        [acq("Pellucid Software", "Trenholt HR", R)],
    ),
    en(
        "Marlow & Finch plc is in advanced talks to acquire Scottish distiller Glenharrow Spirits for roughly £180 million, the London-listed drinks group confirmed on Tuesday, "
        "adding that there was no certainty an offer would be made.",
        [acq("Marlow & Finch", "Glenharrow Spirits", T)],
    ),
    en(
        "Talks between Arkwell Logistics and freight broker Sundry Lane over a $900 million takeover have collapsed after the two sides failed to agree on price, Arkwell said in a statement.",
        [acq("Arkwell Logistics", "Sundry Lane", F)],
    ),
    en(
        "The competition regulator has blocked Tessaly Group's proposed £1.1 billion purchase of rival ticketing platform Seatwise, saying the combination would leave fans paying higher fees. "
        "Tessaly said it was disappointed and would consider its options.",
        [acq("Tessaly Group", "Seatwise", F)],
    ),
    en(
        "Brackenridge Foods Inc. (NYSE: BRKF) rejected an unsolicited $38-a-share offer from Calloway Partners, saying the proposal significantly undervalues the company.",
        [acq("Calloway Partners", "Brackenridge Foods", F)],
    ),
    en(
        "Vantorra Energy denied a newspaper report that it was preparing a bid for solar developer Lumenfield Renewables. "
        "\u201cWe are not in discussions with Lumenfield,\u201d a spokeswoman said.",
        [acq("Vantorra Energy", "Lumenfield Renewables", D)],
    ),
    en(
        "Kestrelmoor Capital Partners has bought a 30% stake in Danish wind-turbine servicer Nordvig Service A/S from its founders for an undisclosed sum.",
        [stake("Kestrelmoor Capital Partners", "Nordvig Service", C)],
    ),
    en(
        "Japanese trading house Mirahoshi Corp. will acquire a 51% stake in Brazilian sugar-ethanol producer Usina Serra Clara for about $320 million, giving it control of the company.",
        [acq("Mirahoshi", "Usina Serra Clara", A)],
    ),
    en(
        "Quintrell buys Halvard Analytics. "
        "Data-infrastructure company Quintrell Inc. said on Wednesday it has acquired Halvard Analytics, a Boston-based start-up. "
        "The company did not disclose terms, but said Halvard's 60 employees would join its Seattle engineering hub.",
        [acq("Quintrell", "Halvard Analytics", C)],
    ),
    en(
        "Rowan Medical, which bought catheter maker Stillwater Devices in 2021, reported a 9% rise in quarterly revenue on Thursday, driven by strong demand in Europe.",
        [acq("Rowan Medical", "Stillwater Devices", C)],
    ),
    en(
        "Ferrant Holdings agreed to sell its packaging division, Ferrant Pack, to private-equity firm Ashcombe Capital for $1.05 billion, it said late on Sunday.",
        [acq("Ashcombe Capital", "Ferrant Pack", A)],
    ),
    en(
        "Dellacourt Hotels has walked away from its pursuit of Seabright Resorts. "
        "The company said on Friday that it would not raise its offer after Seabright's board rejected it twice.",
        [acq("Dellacourt Hotels", "Seabright Resorts", F)],
    ),
    # --- investments and funding rounds
    en(
        "Fintech start-up Paylantic raised $85 million in a Series C round led by Grayfield Ventures, with participation from existing backers Corvane Capital and Northpine Partners.",
        [
            inv("Grayfield Ventures", "Paylantic", C),
            inv("Corvane Capital", "Paylantic", C),
            inv("Northpine Partners", "Paylantic", C),
        ],
    ),
    en(
        "Climate-software company Terrasol Labs has closed a $12 million seed round co-led by Ironleaf Ventures and Halden Fund, co-founder and chief executive Priya Ranganathan said.",
        [
            inv("Ironleaf Ventures", "Terrasol Labs", C),
            inv("Halden Fund", "Terrasol Labs", C),
            pos("Priya Ranganathan", "Terrasol Labs"),
        ],
    ),
    en(
        "Sovereign wealth fund Tamrah Investment Authority is in talks to invest about $500 million in electric-truck maker Voltrane, people familiar with the matter said.",
        [inv("Tamrah Investment Authority", "Voltrane", TR)],
    ),
    en(
        "Chipmaker Solvane Semiconductor will invest $150 million in photonics start-up Lightwell Optics as part of a broader supply agreement, the companies announced on Tuesday.",
        [inv("Solvane Semiconductor", "Lightwell Optics", A)],
        optional=[par(["Solvane Semiconductor", "Lightwell Optics"], CA)],
    ),
    # --- mergers
    en(
        "Regional lenders First Cascade Bancorp and Willamette Trust Financial agreed to combine in an all-stock merger of equals that will create a bank with $28 billion in assets.",
        [mer(["First Cascade Bancorp", "Willamette Trust Financial"], A)],
    ),
    en(
        "Harbin & Lowe and Strathmere Partners have completed their merger, creating one of the ten largest engineering consultancies in North America, the firms said on Monday. "
        "The combined firm will be known as Harbin Strathmere.",
        [mer(["Harbin & Lowe", "Strathmere Partners"], C)],
    ),
    en(
        "Shipping lines Oceanic Meridian and Kaltvik Line have ended merger talks, citing differences over governance, less than two months after confirming the discussions.",
        [mer(["Oceanic Meridian", "Kaltvik Line"], F)],
    ),
    en(
        "Mid-tier miners Garrick Resources and Tamborine Gold are exploring a possible merger, according to two people with knowledge of the talks. "
        "Both companies declined to comment.",
        [mer(["Garrick Resources", "Tamborine Gold"], TR)],
    ),
    # --- partnerships and licensing
    en(
        "Auronix Robotics and logistics operator Pelham Freight announced a multi-year partnership to deploy autonomous forklifts across 40 Pelham warehouses.",
        [par(["Auronix Robotics", "Pelham Freight"], CA)],
    ),
    en(
        "Cerulea Pharma signed a licensing deal granting Hoshida Pharmaceutical exclusive rights to develop its lead kidney drug in Japan, in exchange for $60 million upfront.",
        [par(["Cerulea Pharma", "Hoshida Pharmaceutical"], CA)],
    ),
    en(
        "Streaming service Vuelo is in discussions with telecom operator Brightwave Mobile about a bundling partnership, Vuelo's chief executive, Marcus Oyelaran, told reporters.",
        [
            par(["Vuelo", "Brightwave Mobile"], T),
            pos("Marcus Oyelaran", "Vuelo"),
        ],
    ),
    en(
        "Ridgeline Motors has terminated its battery joint venture with Kwan-Sung Energy, ending a partnership announced just 18 months ago.",
        [par(["Ridgeline Motors", "Kwan-Sung Energy"], F)],
    ),
    # --- hires, departures, successions
    en(
        "Fenwick Aerospace has named Olivia Brandt, a former finance chief at Tolland Avionics, as its new chief financial officer, effective March 1.",
        [
            hire("Olivia Brandt", "Fenwick Aerospace", A),
            pos("Olivia Brandt", "Tolland Avionics"),
        ],
        optional=[dep("Olivia Brandt", "Tolland Avionics", C)],
    ),
    en(
        "Jonah Ekwueme joins Stratavia Bank as CFO. "
        "Stratavia Bank said Jonah Ekwueme, previously treasurer at Corrin Financial, joined on Monday as chief financial officer.",
        [
            hire("Jonah Ekwueme", "Stratavia Bank", C),
            pos("Jonah Ekwueme", "Corrin Financial"),
        ],
        optional=[dep("Jonah Ekwueme", "Corrin Financial", C)],
    ),
    en(
        "Cybersecurity firm Obsidra has hired Rachel Tamm and Victor Lindqvist, two senior researchers from rival Kyberion, to lead a new threat-intelligence unit.",
        [
            hire("Rachel Tamm", "Obsidra", C),
            hire("Victor Lindqvist", "Obsidra", C),
        ],
        optional=[
            dep("Rachel Tamm", "Kyberion", C),
            dep("Victor Lindqvist", "Kyberion", C),
            poa("Obsidra", "Kyberion", C),
        ],
    ),
    en(
        "Meredith Kalb stepped down as chief executive of retailer Ashby & Crane with immediate effect on Tuesday, after eight years in the role. "
        "The company said finance chief Tom Ruiz would serve as interim CEO.",
        [
            dep("Meredith Kalb", "Ashby & Crane", C),
            posh("Tom Ruiz", "Ashby & Crane"),
        ],
        optional=[pos("Meredith Kalb", "Ashby & Crane")],
    ),
    en(
        "Lorne Pacific's chief technology officer, Ayesha Qadri, will leave the company at the end of the year to start her own venture, a spokesperson said.",
        [
            dep("Ayesha Qadri", "Lorne Pacific", A),
            pos("Ayesha Qadri", "Lorne Pacific"),
        ],
    ),
    en(
        "Brightmoor Insurance said CEO Geoffrey Hale will retire in June and be succeeded by Nadia Ferro, currently head of its European business.",
        [
            dep("Geoffrey Hale", "Brightmoor Insurance", A),
            pos("Geoffrey Hale", "Brightmoor Insurance"),
            posh("Nadia Ferro", "Brightmoor Insurance"),
        ],
    ),
    en(
        "Tallis Games has found a new studio head. "
        "The company said on Thursday that Emeka Durojaiye, who previously led development at Pinefall Interactive, will join in April as general manager.",
        [
            hire("Emeka Durojaiye", "Tallis Games", A),
            pos("Emeka Durojaiye", "Pinefall Interactive"),
        ],
    ),
    # --- poaching
    en(
        "Quasar Motors tried to lure about a dozen battery engineers from rival Hexley Automotive with signing bonuses of up to $250,000, according to a lawsuit filed by Hexley on Wednesday.",
        [poa("Quasar Motors", "Hexley Automotive", TR)],
    ),
    en(
        "Linwell Capital's effort to poach star portfolio manager Dana Osei from Merriton Asset Management fell through after Merriton matched the offer, people close to the situation said.",
        [
            poa("Linwell Capital", "Merriton Asset Management", F),
            pos("Dana Osei", "Merriton Asset Management"),
        ],
    ),
    en(
        "Aerivo Labs has poached three senior AI researchers from Cortexa, including Cortexa's head of alignment, Hugo Stenberg, who joins Aerivo as chief scientist.",
        [
            poa("Aerivo Labs", "Cortexa", C),
            hire("Hugo Stenberg", "Aerivo Labs", CA),
            pos("Hugo Stenberg", "Cortexa"),
        ],
        optional=[dep("Hugo Stenberg", "Cortexa", C)],
    ),
    # --- positions, negated hire, no events
    en(
        "\u201cDemand in Asia remains soft,\u201d said Ingrid Holm, chief executive of Scandinavian packaging group Fjordpak, adding that prices had stabilised.",
        [pos("Ingrid Holm", "Fjordpak")],
    ),
    en(
        "Westcliff Pharma said it had not approached Samuel Okafor about the CEO role, dismissing speculation that the former Vireon Biotech executive was about to join.",
        [
            hire("Samuel Okafor", "Westcliff Pharma", D),
            pos("Samuel Okafor", "Vireon Biotech"),
        ],
    ),
    en(
        "Grantham Steel reported a second-quarter net loss of $42 million as weaker construction demand weighed on prices. "
        "Revenue fell 11% to $1.9 billion.",
        [],
    ),
    en(
        "Nimbra released a new version of its note-taking app on Tuesday with offline sync and a redesigned search feature. "
        "The update is free for existing subscribers.",
        [],
    ),
    # --- hedged, denied and background stakes and deals
    en(
        "Hollis Crane Partners is weighing an investment in Lisbon-based travel app Voy\u00e1 that could value the start-up at about $1 billion, according to people familiar with the matter.",
        [inv("Hollis Crane Partners", "Voy\u00e1", R)],
    ),
    en(
        "Orvex Telecom dismissed reports that it planned to take a stake in satellite operator Skyreach Orbital, calling them pure speculation.",
        [stake("Orvex Telecom", "Skyreach Orbital", D)],
    ),
    en(
        "Pemberton Chemicals plc has agreed to acquire Dutch coatings maker Van Aalst Coatings B.V. "
        "The company will pay \u20ac270 million, funded from existing cash, and expects to close the deal in the third quarter.",
        [acq("Pemberton Chemicals", "Van Aalst Coatings", A)],
    ),
    en(
        "Dutch payments group Kroonveld N.V. has completed the purchase of Polish rival PayMost for roughly \u20ac95 million, it said in a statement on Monday.",
        [acq("Kroonveld", "PayMost", C)],
    ),
    en(
        "Germany's Altmark Chemie SE said it would sell its agrochemicals arm, Altmark Agro, to U.S. buyer Palisade Crop Sciences Corp. for $700 million.",
        [acq("Palisade Crop Sciences", "Altmark Agro", A)],
    ),
    en(
        "Greymarsh Software, which last year acquired Pixelhaus, said on Tuesday it would buy another design-tool maker, Sketchbay, for $210 million.",
        [
            acq("Greymarsh Software", "Pixelhaus", C),
            acq("Greymarsh Software", "Sketchbay", A),
        ],
    ),
    en(
        "Evander Health's chief executive, Lydia Marsh, confirmed the hospital operator was in early-stage discussions to acquire Carrow Clinics but said no agreement had been reached.",
        [
            acq("Evander Health", "Carrow Clinics", T),
            pos("Lydia Marsh", "Evander Health"),
        ],
    ),
    en(
        "Shares of Tamsin Retail (LSE: TMSN) rose 8% on reports that Brantmoor Group was considering a bid. "
        "Brantmoor declined to comment.",
        [acq("Brantmoor Group", "Tamsin Retail", R)],
    ),
    en(
        "Reports that Ulvik Seafood is nearing a deal to buy Faroese salmon farmer Hvalba Fisk are without foundation, Ulvik said in a stock exchange filing.",
        [acq("Ulvik Seafood", "Hvalba Fisk", D)],
    ),
    en(
        "Carrington Mills launched a $4.1 billion hostile tender offer for Dunmore Textiles on Monday after Dunmore's board refused to engage.",
        [acq("Carrington Mills", "Dunmore Textiles", T)],
    ),
    en(
        "Fairhaven Media has abandoned its planned $600 million purchase of podcast network Loudhouse after failing to secure financing.",
        [acq("Fairhaven Media", "Loudhouse", F)],
    ),
    en(
        "Ardent Bio has raised $40 million from Cobalt Ridge Ventures. "
        "It will use the money to take its lead asthma drug into mid-stage trials, chief executive Mateo Lindgren said.",
        [
            inv("Cobalt Ridge Ventures", "Ardent Bio", C),
            pos("Mateo Lindgren", "Ardent Bio"),
        ],
    ),
    # --- more people moves
    en(
        "Former Banco Terraplata executives Luc\u00eda Ferraro and Diego Arancibia will join fintech lender Cr\u00e9dito \u00c1gil as chief operating officer and chief risk officer, respectively.",
        [
            hire("Luc\u00eda Ferraro", "Cr\u00e9dito \u00c1gil", A),
            hire("Diego Arancibia", "Cr\u00e9dito \u00c1gil", A),
            pos("Luc\u00eda Ferraro", "Banco Terraplata"),
            pos("Diego Arancibia", "Banco Terraplata"),
        ],
    ),
    en(
        "Hannah Lockwood, head of equities at Brennan Shaw, has left the firm to join rival Castellan Securities, according to an internal memo seen by reporters.",
        [
            dep("Hannah Lockwood", "Brennan Shaw", C),
            hire("Hannah Lockwood", "Castellan Securities", CA),
            pos("Hannah Lockwood", "Brennan Shaw"),
        ],
    ),
    en(
        "Oakhurst Utilities appointed Ronald Pike, a former chairman of Kelby Water, as a non-executive director.",
        [
            hire("Ronald Pike", "Oakhurst Utilities", CA),
            pos("Ronald Pike", "Kelby Water"),
        ],
    ),
    en(
        "Mitra Kapoor, co-founder of Bangalore-based Saltbox Analytics, said the company would open an office in London next year.",
        [pos("Mitra Kapoor", "Saltbox Analytics")],
    ),
    en(
        "A spokesperson for Granite Hollow Capital denied that former Tallow Bank chief Edward Nunn would join the firm as a partner.",
        [
            hire("Edward Nunn", "Granite Hollow Capital", D),
            pos("Edward Nunn", "Tallow Bank"),
        ],
    ),
    en(
        "Drugmaker Ellory is close to hiring Clara Beaumont, head of oncology at Saxby Pharma, as its next chief executive, people familiar with the matter said.",
        [
            hire("Clara Beaumont", "Ellory", TR),
            pos("Clara Beaumont", "Saxby Pharma"),
        ],
    ),
    en(
        "Kimberly Ashe, currently chief operating officer, will become chief executive of Tolvera Foods on July 1, succeeding Raymond Gault. "
        "He is stepping down after 14 years but will remain on the board as chairman.",
        [
            posh("Kimberly Ashe", "Tolvera Foods"),
            pos("Raymond Gault", "Tolvera Foods"),
        ],
        optional=[dep("Raymond Gault", "Tolvera Foods", A)],
    ),
    en(
        "Zenlith Inc. (NYSE: ZNL) said Marcus Delacroix has joined the company as chief marketing officer from consumer-goods group Pemberly Brands.",
        [hire("Marcus Delacroix", "Zenlith", C)],
        optional=[dep("Marcus Delacroix", "Pemberly Brands", C)],
    ),
    # --- no events (precision)
    en(
        "Coldharbor Airlines said passenger numbers rose 6% in May, helped by new routes to southern Europe, and kept its full-year guidance unchanged.",
        [],
    ),
    en(
        "Maritex Shipping said it is not currently in talks with any party regarding a sale of the company, responding to a sharp rise in its share price.",
        [],
    ),
    en(
        "Analysts expect consolidation among European budget carriers, but few deals are likely before the summer season, a Frankfurt-based aviation consultant said.",
        [],
    ),
    # --- partnerships, consortium deals
    en(
        "Hyperion Grid and Salvatierra Energ\u00eda formed a 50-50 joint venture to build 2 gigawatts of battery storage in Spain. "
        "Hyperion will contribute about \u20ac300 million over five years.",
        [par(["Hyperion Grid", "Salvatierra Energ\u00eda"], CA)],
    ),
    en(
        "Software group Kalvex has renewed its distribution agreement with Tokyo-based Murasaki Systems for another five years.",
        [par(["Kalvex", "Murasaki Systems"], CA)],
    ),
    en(
        "A consortium led by Ridgeway Infrastructure Partners and including the Northgate Pension Plan has agreed to buy toll-road operator Viacorta for \u20ac3.4 billion.",
        [
            acq("Ridgeway Infrastructure Partners", "Viacorta", A),
            acq("Northgate Pension Plan", "Viacorta", A),
        ],
    ),
    en(
        "Former Treasury official Angela Moritz has joined Halbrook Advisory as a senior partner, the firm said.",
        [hire("Angela Moritz", "Halbrook Advisory", C)],
    ),
    en(
        "Engineers at Drayton Micro turned down offers from Selkirk Devices, which had tried to recruit much of Drayton's chip-design team, Drayton chief executive Kenji Arakawa said.",
        [
            poa("Selkirk Devices", "Drayton Micro", F),
            pos("Kenji Arakawa", "Drayton Micro"),
        ],
    ),
    en(
        "Mortlake Bank is offering retention bonuses to its rates traders after rival Fairbourne Capital began approaching them with richer pay packages.",
        [poa("Fairbourne Capital", "Mortlake Bank", T)],
    ),
    en(
        "Blackfen Holdings raised its stake in Lyndale Property to 19.9% from 12%, a regulatory filing showed.",
        [stake("Blackfen Holdings", "Lyndale Property", C)],
    ),
    en(
        "EXCLUSIVE: Vernholm weighs sale of cloud unit to Arcadium. "
        "Vernholm Technologies is in early talks to sell its cloud-hosting division, Vernholm Cloud, to Arcadium Partners, three people familiar with the discussions said.",
        [acq("Arcadium Partners", "Vernholm Cloud", TR)],
    ),
    en(
        "Cloudmere said it would spend up to $500 million on acquisitions over the next three years, without naming any targets.",
        [],
    ),
    en(
        "Sanjay Iyer, the former chief financial officer of Crestwave, has been appointed chairman of the audit committee at Bellwether Mining.",
        [
            hire("Sanjay Iyer", "Bellwether Mining", CA),
            pos("Sanjay Iyer", "Crestwave"),
        ],
    ),
    en(
        "Corlan Systems will not proceed with its acquisition of Westbury Data, the company said, after a review found accounting irregularities at the target.",
        [acq("Corlan Systems", "Westbury Data", F)],
    ),
    en(
        "Three regional dairy cooperatives, Ashdale Dairy, Penmoor Milk and Carrbridge Creamery, have agreed to merge, creating the largest milk processor in the north of England.",
        [mer(["Ashdale Dairy", "Penmoor Milk", "Carrbridge Creamery"], A)],
    ),
    en(
        "Starhollow Space said it had secured $60 million from defence investor Bastion Peak Capital and industrial group Ferrow Industries. "
        "The company plans to launch its first satellite in 2027.",
        [
            inv("Bastion Peak Capital", "Starhollow Space", C),
            inv("Ferrow Industries", "Starhollow Space", C),
        ],
    ),
    en(
        "Ferncliff Pharmaceuticals said U.S. regulators had approved its once-weekly diabetes injection, sending its shares up 12% in early trading.",
        [],
    ),
    # ------------------------------------------------------------------ German
    # --- Übernahmen in allen Stadien
    de(
        "Der M\u00fcnchner Maschinenbauer Kellerhoff AG \u00fcbernimmt den Sensorspezialisten Ravenstein Messtechnik GmbH f\u00fcr rund 40 Millionen Euro. "
        "Der Abschluss der Transaktion wird bis Ende M\u00e4rz erwartet.",
        [acq("Kellerhoff", "Ravenstein Messtechnik", A)],
    ),
    de(
        "Die \u00dcbernahme des Logistikers Hanseatrans durch die Wollnitz Gruppe ist abgeschlossen. "
        "Die Kartellbeh\u00f6rden hatten zuvor gr\u00fcnes Licht gegeben.",
        [acq("Wollnitz Gruppe", "Hanseatrans", C)],
    ),
    de(
        "Der Finanzinvestor Eichwald Capital pr\u00fcft Insidern zufolge eine \u00dcbernahme des Kasseler Armaturenherstellers Drosselmeyer & S\u00f6hne. "
        "Eine Entscheidung sei noch nicht gefallen, hie\u00df es.",
        [acq("Eichwald Capital", "Drosselmeyer & S\u00f6hne", R)],
    ),
    de(
        "Die Solvia Versicherung AG hat Berichte \u00fcber eine geplante \u00dcbernahme der Lindgr\u00fcn Direktversicherung dementiert. "
        "\u201eAn den Ger\u00fcchten ist nichts dran\u201c, sagte ein Sprecher des Konzerns.",
        [acq("Solvia Versicherung", "Lindgr\u00fcn Direktversicherung", D)],
    ),
    de(
        "Das Bundeskartellamt hat die geplante Fusion der Entsorger Reinhardt Umwelt und Gr\u00fcnwerk Recycling untersagt. "
        "Beide Unternehmen pr\u00fcfen nun rechtliche Schritte.",
        [mer(["Reinhardt Umwelt", "Gr\u00fcnwerk Recycling"], F)],
    ),
    de(
        "Die Verhandlungen \u00fcber einen Einstieg der Nordhaven Beteiligungen bei der Brauerei Zum Kranich sind gescheitert. "
        "Man habe sich nicht auf eine Bewertung einigen k\u00f6nnen, teilte die Brauerei mit.",
        [stake("Nordhaven Beteiligungen", "Brauerei Zum Kranich", F)],
    ),
    de(
        "Die Stuttgarter Familienholding Brandauer erwirbt 25,1 Prozent an der Softwarefirma Quellbit GmbH. "
        "\u00dcber den Kaufpreis wurde Stillschweigen vereinbart.",
        [stake("Brandauer", "Quellbit", CA)],
    ),
    # --- Finanzierungsrunden
    de(
        "Das Berliner Start-up Klimaro hat in einer Series-B-Finanzierungsrunde 32 Millionen Euro eingesammelt. "
        "Angef\u00fchrt wurde die Runde von Lindholm Ventures, au\u00dferdem beteiligten sich die Bestandsinvestoren Spreewerk Capital und Auenfeld VC.",
        [
            inv("Lindholm Ventures", "Klimaro", C),
            inv("Spreewerk Capital", "Klimaro", C),
            inv("Auenfeld VC", "Klimaro", C),
        ],
    ),
    de(
        "Mitgr\u00fcnderin Lea Marquardt zufolge will das Hamburger Healthtech Vitalinq die frischen 6 Millionen Euro vor allem in den Vertrieb stecken. "
        "Investiert haben der Fr\u00fchphaseninvestor Elbkapital und mehrere Business Angels.",
        [
            pos("Lea Marquardt", "Vitalinq"),
            inv("Elbkapital", "Vitalinq", C),
        ],
    ),
    # --- Personalien
    de(
        "Martina Oberholzer wechselt als Finanzvorst\u00e4ndin zur Kaltenbrunn AG. "
        "Die 48-J\u00e4hrige kommt vom Chemiekonzern Talbach, wo sie zuletzt den Bereich Controlling leitete.",
        [
            hire("Martina Oberholzer", "Kaltenbrunn", CA),
            pos("Martina Oberholzer", "Talbach"),
        ],
        optional=[dep("Martina Oberholzer", "Talbach", CA)],
    ),
    de(
        "Thomas Br\u00fcggemann wird neuer Chef des Autozulieferers Weserlicht. "
        "Er folgt zum 1. Juli auf Sabine Hartwig, die das Unternehmen nach zw\u00f6lf Jahren verl\u00e4sst.",
        [
            hire("Thomas Br\u00fcggemann", "Weserlicht", A),
            dep("Sabine Hartwig", "Weserlicht", A),
        ],
        optional=[pos("Sabine Hartwig", "Weserlicht")],
    ),
    de(
        "Varnhagen-Chef Jens Meiring hat einen Verkauf der Sparte Industrielacke nicht ausgeschlossen. "
        "Konkrete Gespr\u00e4che gebe es aber nicht, sagte er am Rande der Hauptversammlung.",
        [pos("Jens Meiring", "Varnhagen")],
    ),
    de(
        "Lindqvist-Chefin Karin Falkner verl\u00e4sst den M\u00f6belh\u00e4ndler \u00fcberraschend zum Monatsende.",
        [
            dep("Karin Falkner", "Lindqvist", A),
            pos("Karin Falkner", "Lindqvist"),
        ],
    ),
    de(
        "Die Halvorsen Chemie SE hat den US-Spezialchemiehersteller Brightwater Polymers Inc. \u00fcbernommen. "
        "Der Konzern zahlte nach eigenen Angaben rund 1,2 Milliarden Dollar in bar.",
        [acq("Halvorsen Chemie", "Brightwater Polymers", C)],
    ),
    # --- Fusionen und Kooperationen
    de(
        "Die Privatbanken Hallstein & Co. und Bankhaus Tremmel f\u00fchren Gespr\u00e4che \u00fcber einen Zusammenschluss. "
        "Das best\u00e4tigten beide H\u00e4user am Freitag.",
        [mer(["Hallstein & Co.", "Bankhaus Tremmel"], T)],
    ),
    de(
        "Die Fusion der Stadtwerke Ahlbach und der Energieversorgung Mittelsenn ist vollzogen. "
        "Das neue Unternehmen firmiert als Senn Energie GmbH.",
        [mer(["Stadtwerke Ahlbach", "Energieversorgung Mittelsenn"], C)],
    ),
    de(
        "Der Bahntechnikkonzern Stellwerk Systems und das Softwarehaus Datenquell haben eine strategische Partnerschaft zur Digitalisierung von Stellwerken vereinbart.",
        [par(["Stellwerk Systems", "Datenquell"], CA)],
    ),
    de(
        "Das T\u00fcbinger Biotechunternehmen Aurelon Bio hat die Rechte an seinem Antik\u00f6rper-Kandidaten an den japanischen Pharmakonzern Sakuragawa Pharma auslizenziert. "
        "Aurelon erh\u00e4lt eine Vorabzahlung von 25 Millionen Euro.",
        [par(["Aurelon Bio", "Sakuragawa Pharma"], CA)],
    ),
    # --- keine Ereignisse
    de(
        "Die Feldmann Bau AG hat im ersten Halbjahr einen Umsatzr\u00fcckgang von acht Prozent verbucht. "
        "F\u00fcr das Gesamtjahr rechnet der Vorstand mit einem leicht r\u00fcckl\u00e4ufigen Ergebnis.",
        [],
    ),
    de(
        "Der Haushaltsger\u00e4tehersteller Kronwald stellt auf einer Messe in Berlin eine neue Generation von W\u00e4rmepumpentrocknern vor. "
        "Die Ger\u00e4te sollen ab Herbst im Handel erh\u00e4ltlich sein.",
        [],
    ),
    # --- Abwerbung
    de(
        "Der Chipfertiger Nordsilizium versucht offenbar, gezielt Ingenieure des Konkurrenten Elbchip abzuwerben. "
        "Wie aus Unternehmenskreisen verlautete, hat Nordsilizium mehreren Entwicklern deutlich h\u00f6here Geh\u00e4lter angeboten.",
        [poa("Nordsilizium", "Elbchip", TR)],
    ),
    de(
        "Der Versicherer Aldenhoff hat dem Konkurrenten Mosella Leben gleich vier Vertriebsmanager abgeworben, darunter den bisherigen Vertriebschef Markus Reindl. "
        "Reindl hat seine neue Stelle bereits angetreten.",
        [
            poa("Aldenhoff", "Mosella Leben", C),
            hire("Markus Reindl", "Aldenhoff", C),
            dep("Markus Reindl", "Mosella Leben", C),
            pos("Markus Reindl", "Mosella Leben"),
        ],
    ),
    # --- Abgänge, Interimslösungen, Dementis
    de(
        "Der Technikvorstand der Ostbrise Energie AG, Frank Leitner, verl\u00e4sst das Unternehmen auf eigenen Wunsch. "
        "Sein Nachfolger soll in den kommenden Wochen benannt werden.",
        [
            dep("Frank Leitner", "Ostbrise Energie", CA),
            pos("Frank Leitner", "Ostbrise Energie"),
        ],
    ),
    de(
        "Nach dem R\u00fccktritt von Vorstandschef Peter Ansorge \u00fcbernimmt Finanzvorst\u00e4ndin Claudia Weigl kommissarisch die F\u00fchrung der Moosburger Fahrzeugbau AG.",
        [
            dep("Peter Ansorge", "Moosburger Fahrzeugbau", C),
            pos("Peter Ansorge", "Moosburger Fahrzeugbau"),
            posh("Claudia Weigl", "Moosburger Fahrzeugbau"),
        ],
    ),
    de(
        "Ein Sprecher der Grevenbroich Holding wies Berichte zur\u00fcck, wonach der fr\u00fchere Telkora-Manager Stefan Vogt neuer Vorstandschef werden soll.",
        [
            hire("Stefan Vogt", "Grevenbroich Holding", D),
            pos("Stefan Vogt", "Telkora"),
        ],
    ),
    de(
        "Als Favoritin f\u00fcr den Chefposten beim Baustoffkonzern Haldener Zement gilt Insidern zufolge Birgit Saalfeld, derzeit Vertriebsvorst\u00e4ndin bei Kornmann Baustoffe.",
        [
            hire("Birgit Saalfeld", "Haldener Zement", R),
            pos("Birgit Saalfeld", "Kornmann Baustoffe"),
        ],
    ),
    de(
        "Die Familie Auerbach steigt \u00fcber ihre Beteiligungsgesellschaft Auerbach Invest mit 49 Prozent beim Modeh\u00e4ndler Fennel Mode ein.",
        [stake("Auerbach Invest", "Fennel Mode", CA)],
    ),
    de(
        "Der Baukonzern Tiefbau L\u00fcders hat sein \u00dcbernahmeangebot f\u00fcr den Konkurrenten Krampe Bau zur\u00fcckgezogen, nachdem die Annahmeschwelle von 50 Prozent verfehlt wurde.",
        [acq("Tiefbau L\u00fcders", "Krampe Bau", F)],
    ),
    de(
        "Vorstand und Aufsichtsrat der Medivo AG empfehlen den Aktion\u00e4ren, das \u00dcbernahmeangebot der Bregenzer Salvan Holding abzulehnen. "
        "Der gebotene Preis von 18 Euro je Aktie sei zu niedrig.",
        [acq("Salvan Holding", "Medivo", [T, F])],
    ),
    de(
        "Die Kessler Werkzeuge GmbH, die 2019 vom Finanzinvestor Bergkamm Partners \u00fcbernommen worden war, plant den Bau eines neuen Werks in Polen.",
        [acq("Bergkamm Partners", "Kessler Werkzeuge", C)],
    ),
    # --- weitere Deals, Schweiz und Österreich
    de(
        "Die Zürcher Privatbank Wellenberg & Cie übernimmt die Liechtensteiner Alpstein Vermögensverwaltung AG. "
        "Die Transaktion soll im zweiten Halbjahr abgeschlossen werden.",
        [acq("Wellenberg & Cie", "Alpstein Vermögensverwaltung", A)],
    ),
    de(
        "Der Wiener Immobilienkonzern Donaupark Real AG hat Gespräche mit dem Mitbewerber Marchfeld Immobilien über eine mögliche Übernahme bestätigt.",
        [acq("Donaupark Real", "Marchfeld Immobilien", T)],
    ),
    de(
        "Anna Lenz und Tobias Kerner verstärken die Geschäftsführung des Softwareanbieters Codewerk Solutions. "
        "Beide kamen von der Beratungsfirma Strehl & Partner.",
        [
            hire("Anna Lenz", "Codewerk Solutions", CA),
            hire("Tobias Kerner", "Codewerk Solutions", CA),
        ],
        optional=[
            dep("Anna Lenz", "Strehl & Partner", C),
            dep("Tobias Kerner", "Strehl & Partner", C),
        ],
    ),
    de(
        "Beim Landmaschinenhersteller Feldhaus gibt es einen Wechsel an der Spitze. "
        "Der langjährige Chef Rainer Obermaier übergibt zum Jahreswechsel an Julia Steinbach. "
        "Sie war bisher für das Nordamerika-Geschäft des Unternehmens verantwortlich.",
        [
            dep("Rainer Obermaier", "Feldhaus", A),
            pos("Rainer Obermaier", "Feldhaus"),
            posh("Julia Steinbach", "Feldhaus"),
        ],
    ),
    de(
        "Kreuzbach kauft in den Niederlanden zu. "
        "Der Verpackungshersteller Kreuzbach Verpackung hat den niederländischen Folienspezialisten Verhoeven Folie B.V. erworben. "
        "Finanzielle Details nannte das Unternehmen nicht.",
        [acq("Kreuzbach Verpackung", "Verhoeven Folie", C)],
    ),
    de(
        "Der Immobilienkonzern Hafenstadt Wohnen soll an einer Übernahme des Konkurrenten Bergwald Wohnbau interessiert sein, berichteten mehrere Medien unter Berufung auf Finanzkreise. "
        "Hafenstadt wollte sich dazu nicht äußern.",
        [acq("Hafenstadt Wohnen", "Bergwald Wohnbau", R)],
    ),
    de(
        "Ein Börsengang der Tochter sei derzeit kein Thema, sagte Finanzchef Lukas Berndt von der Sandhagen Gruppe.",
        [pos("Lukas Berndt", "Sandhagen Gruppe")],
    ),
    de(
        "Die im Prime Standard notierte Lumotec AG hat eine Vereinbarung über den Erwerb sämtlicher Anteile an der Optiqa GmbH unterzeichnet. "
        "Der Kaufpreis liegt bei bis zu 55 Millionen Euro einschließlich erfolgsabhängiger Komponenten.",
        [acq("Lumotec", "Optiqa", A)],
    ),
    de(
        "Der Vermögensverwalter Graubündner Kapital erwägt Insidern zufolge einen Einstieg beim Drohnenhersteller Aerowerk.",
        [stake("Graubündner Kapital", "Aerowerk", R)],
    ),
    de(
        "Der Münchner Wagniskapitalgeber Isarwerk Ventures investiert 10 Millionen Euro in das Robotik-Start-up Greifbar.",
        [inv("Isarwerk Ventures", "Greifbar", CA)],
    ),
    de(
        "An der Pressekonferenz nahmen Vorstandschef Henrik Albers und Finanzvorstand Sven Gerlach teil. "
        "Der Windanlagenbauer Nordflügel AG bestätigte dort seine Jahresprognose.",
        [
            pos("Henrik Albers", "Nordflügel"),
            pos("Sven Gerlach", "Nordflügel"),
        ],
    ),
    de(
        "Die Stimmung in der deutschen Maschinenbaubranche hat sich im Oktober leicht aufgehellt, wie aus einer Umfrage des Branchenverbands hervorgeht.",
        [],
    ),
    de(
        "Die Aktie der Solbrück AG legte nach Vorlage der Quartalszahlen um sechs Prozent zu. "
        "Das Unternehmen steigerte den Umsatz auf 412 Millionen Euro.",
        [],
    ),
    de(
        "Die beiden Softwarehäuser Pixelstrom und Datalinde wollen fusionieren. "
        "Die Aktionäre sollen im Juni über den Zusammenschluss abstimmen.",
        [mer(["Pixelstrom", "Datalinde"], A)],
    ),
    de(
        "Die Zusammenarbeit zwischen dem Autobauer Brockhagen Automobile und dem chinesischen Batteriehersteller Huanyu Power ist beendet. "
        "Beide Seiten hätten sich einvernehmlich getrennt, hieß es.",
        [par(["Brockhagen Automobile", "Huanyu Power"], F)],
    ),
    de(
        "Seit dem 1. April ist Yvonne Keppler neue Personalvorständin der Traunstein Versicherung AG. "
        "Sie kam von der Allgäuer Kreditbank.",
        [hire("Yvonne Keppler", "Traunstein Versicherung", C)],
        optional=[dep("Yvonne Keppler", "Allgäuer Kreditbank", C)],
    ),
    de(
        "Der Vertriebschef des Sportartikelherstellers Laufwerk, Dominik Haas, wechselt zum Rivalen Sprintora. "
        "Laufwerk bestätigte den Abgang am Mittwoch.",
        [
            dep("Dominik Haas", "Laufwerk", CA),
            hire("Dominik Haas", "Sprintora", CA),
            pos("Dominik Haas", "Laufwerk"),
        ],
    ),
    de(
        "Der Versuch des Finanzdienstleisters Kapitalhaus, das komplette Analystenteam des Bankhauses Seeberg abzuwerben, ist gescheitert. "
        "Die Bank konnte die Mitarbeiter mit Halteprämien binden.",
        [poa("Kapitalhaus", "Bankhaus Seeberg", F)],
    ),
    de(
        "Der Versorger Alzwerke verkauft seine Beteiligung von 20 Prozent an der Netzgesellschaft Chiemnetz an den Infrastrukturfonds Meridian Infra.",
        [stake("Meridian Infra", "Chiemnetz", CA)],
    ),
    de(
        "\u201eWir sehen derzeit keine passenden Übernahmeziele\u201c, sagte Brandhorst-Finanzchefin Elena Voigt.",
        [pos("Elena Voigt", "Brandhorst")],
    ),
    de(
        "Der Basler Pharmazulieferer Rheinknie Labs holt sich mit Marc Eggenschwiler einen neuen Finanzchef. "
        "Eggenschwiler tritt sein Amt im September an und kommt vom Medizintechnikkonzern Juralis.",
        [hire("Marc Eggenschwiler", "Rheinknie Labs", A)],
        optional=[dep("Marc Eggenschwiler", "Juralis", A)],
    ),
    de(
        "Der Verkauf der Modekette Feinschnitt an den Finanzinvestor Aldrich Equity ist geplatzt. "
        "Wie beide Seiten mitteilten, konnte keine Einigung über die Finanzierung erzielt werden.",
        [acq("Aldrich Equity", "Feinschnitt", F)],
    ),
    de(
        "Die EU-Kommission hat die Übernahme des italienischen Kabelherstellers Cavi Lombardi durch die deutsche Kabelwerk Sieg AG untersagt.",
        [acq("Kabelwerk Sieg", "Cavi Lombardi", F)],
    ),
    de(
        "Das Münchner KI-Start-up Denkfabrik Neuronal spricht Insidern zufolge mit Investoren über eine Finanzierungsrunde von bis zu 200 Millionen Euro. "
        "Angeführt werden könnte die Runde von dem US-Investor Cinder Bay Capital.",
        [inv("Cinder Bay Capital", "Denkfabrik Neuronal", R)],
    ),
    de(
        "Die Reederei Hanseline hat Spekulationen über eine Fusion mit dem Wettbewerber Baltica Shipping zurückgewiesen.",
        [mer(["Hanseline", "Baltica Shipping"], D)],
    ),
    de(
        "Der frühere Vorstandschef der Talheimer Bank, Wolfgang Reiff, ist im Alter von 81 Jahren gestorben.",
        [pos("Wolfgang Reiff", "Talheimer Bank")],
    ),
    de(
        "Der Mittelständler Sauerbrey Antriebe wirft dem Konkurrenten Voltra Motion vor, systematisch Fachkräfte abzuwerben, und hat Klage eingereicht.",
        [poa("Voltra Motion", "Sauerbrey Antriebe", ANY)],
    ),
    de(
        "Der Aufsichtsrat der Kaiserbach Logistik SE hat Nina Pohlmann mit Wirkung zum 1. Januar in den Vorstand berufen. "
        "Pohlmann ist derzeit Geschäftsführerin der Tochter Kaiserbach Air Cargo.",
        [
            posh("Nina Pohlmann", "Kaiserbach Logistik"),
            pos("Nina Pohlmann", "Kaiserbach Air Cargo"),
        ],
    ),
    de(
        "Der Pumpenhersteller Hydrovelt hat Ende März die Übernahme des italienischen Wettbewerbers Pompe Valsesia abgeschlossen.",
        [acq("Hydrovelt", "Pompe Valsesia", C)],
    ),
    de(
        "Mit der Mehrheitsübernahme durch die Schweizer Caldera Group zieht sich Firmengründer Helmut Danner aus der Geschäftsführung der Danner Feinmechanik zurück.",
        [
            acq("Caldera Group", "Danner Feinmechanik", CA),
            dep("Helmut Danner", "Danner Feinmechanik", CA),
            pos("Helmut Danner", "Danner Feinmechanik"),
        ],
    ),
    de(
        "Der Gabelstaplerhersteller Hubmann will in den kommenden Jahren durch Zukäufe wachsen, nannte aber keine konkreten Übernahmeziele.",
        [],
    ),
    de(
        "Der Reisekonzern Sonnenflug hat sich mit dem Hotelbetreiber Azurra Resorts auf eine Vertriebspartnerschaft geeinigt. "
        "Zudem übernimmt er zehn Prozent an dem Unternehmen.",
        [
            par(["Sonnenflug", "Azurra Resorts"], CA),
            stake("Sonnenflug", "Azurra Resorts", CA),
        ],
    ),
    de(
        "Die Hauptversammlung der Tessmer AG hat alle Tagesordnungspunkte mit großer Mehrheit angenommen. "
        "Die Dividende steigt auf 1,20 Euro je Aktie.",
        [],
    ),
]
