# ruff: noqa: E501  (one case per line reads best)
"""Held-out challenge set v2 for the dealgraph rule-based extractor, written independently of
cases.py. Companies/persons invented (except a few well-known real companies). "type" and
"status" may be a list of acceptable values; "optional" events are neither required nor
counted as false positives."""

from builders import (
    CA,
    TR,
    A,
    C,
    D,
    F,
    R,
    T,
    acq,
    dep,
    hire,
    inv,
    mer,
    par,
    poa,
    pos,
    stake,
)

CASES = [
    # ---------------------------------------------------------------- English
    {
        "lang": "en",
        "text": "Siemens to Acquire Ohio-Based Software Maker Corvane Systems for $1.2 Billion",
        "expected": [acq("Siemens", "Corvane Systems", A)],
    },
    {
        "lang": "en",
        "text": "Microsoft Corp. said on Tuesday it has completed its acquisition of Brightwell Analytics, a Seattle-based provider of data-governance tools.",
        "expected": [acq("Microsoft Corp.", "Brightwell Analytics", C)],
    },
    {
        "lang": "en",
        "text": "Halvorsen Industries agreed to buy a 30% stake in Danish wind-turbine supplier Nordvind Blade for about 400 million euros, the companies said.",
        "expected": [stake("Halvorsen Industries", "Nordvind Blade", A)],
    },
    {
        "lang": "en",
        "text": "Pellucid Bio Takes 30% Stake in Gene-Editing Startup Fernmark Therapeutics",
        "expected": [stake("Pellucid Bio", "Fernmark Therapeutics", CA)],
    },
    {
        "lang": "en",
        "text": "Arcturus Retail Group said it would buy out the minority shareholders of its online unit Shopvale, taking full ownership of the business.",
        "expected": [acq("Arcturus Retail Group", "Shopvale", A)],
    },
    {
        "lang": "en",
        "text": "Quillon Semiconductor's $3.4 billion takeover of chip-design house Ventrix is pending approval from Chinese regulators, the company said on Monday.",
        "expected": [acq("Quillon Semiconductor", "Ventrix", A)],
    },
    {
        "lang": "en",
        "text": "Talks between Harrowgate Capital and Mirela Foods over a possible takeover of the snack maker have ended without agreement, Mirela said in a statement.",
        "expected": [acq("Harrowgate Capital", "Mirela Foods", F)],
    },
    {
        "lang": "en",
        "text": "Britain's Competition and Markets Authority on Thursday blocked Stellan Payments' proposed acquisition of rival Cobbleton Pay, citing harm to competition in card acquiring.",
        "expected": [acq("Stellan Payments", "Cobbleton Pay", F)],
    },
    {
        "lang": "en",
        "text": "The board of Ravensmoor Pharma unanimously rejected a $48-a-share offer from Delacroix Health, saying it significantly undervalued the company.",
        "expected": [acq("Delacroix Health", "Ravensmoor Pharma", F)],
    },
    {
        "lang": "en",
        "text": 'Ostrava Logistics denied a report that it was in talks to acquire parcel carrier Swiftline, calling it "pure speculation."',
        "expected": [acq("Ostrava Logistics", "Swiftline", D)],
    },
    {
        "lang": "en",
        "text": "A spokeswoman for Marlowe Insurance declined to comment on reports that the company is weighing a bid for reinsurer Bexley Re.",
        "expected": [acq("Marlowe Insurance", "Bexley Re", R)],
    },
    {
        "lang": "en",
        "text": "Private equity firm Brightmoor Partners is in advanced talks to acquire Kelvar Coatings, the industrial-coatings unit of Tessaro Group, according to a person briefed on the matter.",
        "expected": [acq("Brightmoor Partners", "Kelvar Coatings", TR)],
    },
    {
        "lang": "en",
        "text": "Nvidia is said to be considering an investment in Parallax Robotics, a humanoid-robot startup, Bloomberg News reported, citing unnamed sources.",
        "expected": [inv("Nvidia", "Parallax Robotics", R)],
    },
    {
        "lang": "en",
        "text": "Vireo AI, a San Francisco startup building coding agents, has raised $120 million in a Series B round led by Sequoia Capital, with participation from Nvidia and existing investor Hollins Ventures.",
        "expected": [
            inv("Sequoia Capital", "Vireo AI", C),
            inv("Nvidia", "Vireo AI", C),
            inv("Hollins Ventures", "Vireo AI", C),
        ],
    },
    {
        "lang": "en",
        "text": "Exclusive: Talvik Energy in talks to merge with rival Sorrento Power in all-stock deal - sources",
        "expected": [mer(["Talvik Energy", "Sorrento Power"], TR)],
    },
    {
        "lang": "en",
        "text": "Brennholt Bank and Castellane Financial announced a merger of equals on Wednesday that will create the country's fifth-largest lender by assets. The deal is expected to close in the second half of 2026.",
        "expected": [mer(["Brennholt Bank", "Castellane Financial"], A)],
    },
    {
        "lang": "en",
        "text": "Quorra Labs and Hadley Systems have formed a joint venture to develop solid-state batteries for electric trucks.",
        "expected": [par(["Quorra Labs", "Hadley Systems"], CA)],
    },
    {
        "lang": "en",
        "text": "SAP and Anthropic announced a strategic partnership on Monday to embed Claude models in SAP's business applications.",
        "expected": [par(["SAP", "Anthropic"], CA)],
    },
    {
        "lang": "en",
        "text": "Lindqvist Medical has signed a licensing agreement with Osaka-based Hirono Pharmaceutical for its experimental migraine drug, receiving $75 million upfront.",
        "expected": [par(["Lindqvist Medical", "Hirono Pharmaceutical"], CA)],
    },
    {
        "lang": "en",
        "text": "Marcia Ellery has been named chief financial officer of Pendleford Retail, effective Jan. 1, the company said. She joins from Castine Brands, where she was finance director.",
        "expected": [hire("Marcia Ellery", "Pendleford Retail", CA)],
        "optional": [
            dep("Marcia Ellery", "Castine Brands", CA),
            pos("Marcia Ellery", "Castine Brands"),
            pos("Marcia Ellery", "Pendleford Retail"),
        ],
    },
    {
        "lang": "en",
        "text": "Gregor Whitcombe will step down as chief executive of Aldersey Mining at the end of the year after eleven years in the role.",
        "expected": [dep("Gregor Whitcombe", "Aldersey Mining", A)],
        "optional": [pos("Gregor Whitcombe", "Aldersey Mining")],
    },
    {
        "lang": "en",
        "text": "Fennimore Software CEO Dana Okafor resigned on Friday, effective immediately, following a board investigation into expense claims.",
        "expected": [dep("Dana Okafor", "Fennimore Software", C)],
        "optional": [pos("Dana Okafor", "Fennimore Software")],
    },
    {
        "lang": "en",
        "text": "Lucia Brandt will succeed Howard Tamsin as CEO of Carraway Foods in April, the company said. Tamsin, 64, is retiring.",
        "expected": [hire("Lucia Brandt", "Carraway Foods", A), dep("Howard Tamsin", "Carraway Foods", A)],
        "optional": [pos("Howard Tamsin", "Carraway Foods"), pos("Lucia Brandt", "Carraway Foods")],
    },
    {
        "lang": "en",
        "text": "Meta has poached three senior researchers from Helix Reasoning, the AI lab founded by former Google scientists, people familiar with the matter said.",
        "expected": [poa("Meta", "Helix Reasoning", [C, R])],
    },
    {
        "lang": "en",
        "text": "Corvid Trading has hired more than a dozen quants from rival Ashgrove Capital over the past six months, according to a person familiar with the hires.",
        "expected": [poa("Corvid Trading", "Ashgrove Capital", [C, R])],
    },
    {
        "lang": "en",
        "text": '"Demand for inference chips is far outstripping supply," said Imogen Vasquez, head of research at Talbot Securities.',
        "expected": [pos("Imogen Vasquez", "Talbot Securities")],
    },
    {
        "lang": "en",
        "text": "Shares of Drummond Aerospace rose 7% on Tuesday after the company reported quarterly earnings that beat analyst estimates.",
        "expected": [],
    },
    {
        "lang": "en",
        "text": "Kellerby Robotics unveiled a new warehouse robot on Monday that it says can pick 1,200 items an hour.",
        "expected": [],
    },
    {
        "lang": "en",
        "text": "Halvard Motors sued battery supplier Ionix Cells in a Delaware court, alleging breach of contract over delayed deliveries.",
        "expected": [],
    },
    {
        "lang": "en",
        "text": "Brisco Health completed its acquisition of Wendell Diagnostics on Friday. The company said it expects the deal to add to earnings in 2026.",
        "expected": [acq("Brisco Health", "Wendell Diagnostics", C)],
    },
    {
        "lang": "en",
        "text": "Ardent Cloud has agreed to acquire Fathom Security and Pylon Identity for a combined $900 million, it said on Thursday.",
        "expected": [acq("Ardent Cloud", "Fathom Security", A), acq("Ardent Cloud", "Pylon Identity", A)],
    },
    {
        "lang": "en",
        "text": "A consortium of Greyhaven Infrastructure and Norland Pensions has agreed to buy toll-road operator ViaNova for 2.1 billion pounds.",
        "expected": [acq(["Greyhaven Infrastructure", "Norland Pensions"], "ViaNova", A)],
    },
    {
        "lang": "en",
        "text": "Tidewater Labs, which Orrin Capital bought in 2021, is now up for sale again, sources said.",
        "expected": [acq("Orrin Capital", "Tidewater Labs", C)],
    },
    {
        "lang": "en",
        "text": "Kitebrook has raised $8 million in seed funding from Lattice Ventures and Amberley Partners, the startup's founder, Rafael Osei, said.",
        "expected": [
            inv("Lattice Ventures", "Kitebrook", C),
            inv("Amberley Partners", "Kitebrook", C),
            pos("Rafael Osei", "Kitebrook"),
        ],
    },
    {
        "lang": "en",
        "text": "Hyperion Chemicals said it had walked away from its proposed purchase of Dutch rival Verhoeven Coatings after failing to agree on price.",
        "expected": [acq("Hyperion Chemicals", "Verhoeven Coatings", F)],
    },
    {
        "lang": "en",
        "text": "Bluewater Telecom is in advanced discussions to sell its tower unit, Bluewater Towers, to Stratus Infrastructure Partners for roughly $5 billion, people with knowledge of the matter said.",
        "expected": [acq("Stratus Infrastructure Partners", "Bluewater Towers", TR)],
    },
    {
        "lang": "en",
        "text": "Allianz has taken a minority stake in Zurich-based insurtech Veltra Risk, the German insurer said, without disclosing financial terms.",
        "expected": [stake("Allianz", "Veltra Risk", C)],
    },
    {
        "lang": "en",
        "text": "BASF Names Katrin Mahler Head of Its Agricultural Solutions Unit",
        "expected": [hire("Katrin Mahler", "BASF", CA)],
        "optional": [pos("Katrin Mahler", "BASF")],
    },
    {
        "lang": "en",
        "text": "After 18 years at Oakridge Semiconductor, chief technology officer Wen Liu is leaving to join AI chip startup Ferrite Compute as its CEO.",
        "expected": [dep("Wen Liu", "Oakridge Semiconductor", CA), hire("Wen Liu", "Ferrite Compute", CA)],
        "optional": [
            poa("Ferrite Compute", "Oakridge Semiconductor", CA),
            pos("Wen Liu", "Oakridge Semiconductor"),
            pos("Wen Liu", "Ferrite Compute"),
        ],
    },
    {
        "lang": "en",
        "text": "Goldcrest Partners, the buyout firm, has closed its $650 million purchase of Merriweather Packaging from the founding Hale family.",
        "expected": [acq("Goldcrest Partners", "Merriweather Packaging", C)],
    },
    {
        "lang": "en",
        "text": "Sources: Atlas Grid Weighs Bid for Penwith Water",
        "expected": [acq("Atlas Grid", "Penwith Water", R)],
    },
    {
        "lang": "en",
        "text": "Pinecrest Retail confirmed it had received a takeover approach from Dunmore Group but said no decision had been made.",
        "expected": [acq("Dunmore Group", "Pinecrest Retail", T)],
    },
    {
        "lang": "en",
        "text": "Solvane Therapeutics and Ridley Biosciences said on Monday they had terminated their planned merger after the U.S. Federal Trade Commission sued to block the deal.",
        "expected": [mer(["Solvane Therapeutics", "Ridley Biosciences"], F)],
    },
    {
        "lang": "en",
        "text": "Oxley Systems, a maker of industrial sensors, said it would combine with Tavener Instruments in an all-share merger valuing the enlarged group at $2.7 billion.",
        "expected": [mer(["Oxley Systems", "Tavener Instruments"], A)],
    },
    {
        "lang": "en",
        "text": "Jonas Whitlock, co-founder and former chief executive of payments firm Clearmint, has joined venture firm Ridgeline Capital as a general partner.",
        "expected": [hire("Jonas Whitlock", "Ridgeline Capital", C), pos("Jonas Whitlock", "Clearmint")],
        "optional": [dep("Jonas Whitlock", "Clearmint", C), pos("Jonas Whitlock", "Ridgeline Capital")],
    },
    {
        "lang": "en",
        "text": "Verdigris Foods said Chief Operating Officer Alan Pryce would leave the company on March 31 to pursue other opportunities.",
        "expected": [dep("Alan Pryce", "Verdigris Foods", A)],
        "optional": [pos("Alan Pryce", "Verdigris Foods")],
    },
    {
        "lang": "en",
        "text": "Emberly AI, the generative-video startup, raised $45 million. The round was led by Foxglove Ventures.",
        "expected": [inv("Foxglove Ventures", "Emberly AI", C)],
    },
    {
        "lang": "en",
        "text": "Caldera Bank has appointed Niamh Gallagher to its board as a non-executive director.",
        "expected": [hire("Niamh Gallagher", "Caldera Bank", C)],
        "optional": [pos("Niamh Gallagher", "Caldera Bank")],
    },
    {
        "lang": "en",
        "text": "Apple denied on Thursday that it was in talks to buy French AI startup Sorrel AI, after The Information reported the two sides had held discussions.",
        "expected": [acq("Apple", "Sorrel AI", D)],
    },
    {
        "lang": "en",
        "text": 'Reports that Hanwell Steel plans to merge with Cortland Metals are "without foundation," Hanwell said in a statement on Wednesday.',
        "expected": [mer(["Hanwell Steel", "Cortland Metals"], D)],
    },
    {
        "lang": "en",
        "text": "Linwood Capital, which already owns 12% of Brasher Tools, said it intends to make an offer for the remaining shares.",
        "expected": [acq("Linwood Capital", "Brasher Tools", [T, A, R])],
    },
    {
        "lang": "en",
        "text": "Ferrand Logistics has entered into a partnership with Amazon Web Services to move its routing software to the cloud.",
        "expected": [par(["Ferrand Logistics", "Amazon Web Services"], CA)],
    },
    {
        "lang": "en",
        "text": "Kaveri Motors and Sundgaard Automotive are in preliminary talks about jointly developing an electric platform, the Nikkei reported.",
        "expected": [par(["Kaveri Motors", "Sundgaard Automotive"], TR)],
    },
    {
        "lang": "en",
        "text": "Shares in Pemberton Drugs fell 12% after regulators rejected its application for a new asthma inhaler.",
        "expected": [],
    },
    {
        "lang": "en",
        "text": "Wrexley Media reported a 4% rise in advertising revenue for the third quarter, helped by streaming growth. Chief Financial Officer Olu Adeyemi said the company expected growth to continue.",
        "expected": [pos("Olu Adeyemi", "Wrexley Media")],
    },
    {
        "lang": "en",
        "text": "Former Larchmont Bank CEO Peter Szabo has been named chairman of Elsmere Trust.",
        "expected": [pos("Peter Szabo", "Larchmont Bank"), hire("Peter Szabo", "Elsmere Trust", C)],
        "optional": [pos("Peter Szabo", "Elsmere Trust")],
    },
    {
        "lang": "en",
        "text": "Rowan Pharmaceuticals said it had acquired the remaining 49% of its Indian joint venture Sitara Biologics from partner Devika Labs, making it a wholly owned subsidiary.",
        "expected": [acq("Rowan Pharmaceuticals", "Sitara Biologics", C)],
        "optional": [par(["Rowan Pharmaceuticals", "Devika Labs"], C)],
    },
    {
        "lang": "en",
        "text": "Medlock Software, whose chief executive Hannah Greaves stepped down last month, agreed on Friday to be acquired by Bramble Equity for $780 million.",
        "expected": [
            acq("Bramble Equity", "Medlock Software", A),
            dep("Hannah Greaves", "Medlock Software", C),
        ],
        "optional": [pos("Hannah Greaves", "Medlock Software")],
    },
    {
        "lang": "en",
        "text": "Cinderford Analytics Lands $15M Seed Round From Paloma Ventures",
        "expected": [inv("Paloma Ventures", "Cinderford Analytics", C)],
    },
    {
        "lang": "en",
        "text": "Trevane Holdings has lifted its stake in Obsidian Mining to 29.9%, just below the threshold that would trigger a mandatory takeover offer.",
        "expected": [stake("Trevane Holdings", "Obsidian Mining", C)],
    },
    {
        "lang": "en",
        "text": "Google parent Alphabet said it would invest $2 billion in Quillfeather AI, deepening a partnership between the two companies.",
        "expected": [inv("Alphabet", "Quillfeather AI", A)],
        "optional": [par(["Alphabet", "Quillfeather AI"], [C, A])],
    },
    {
        "lang": "en",
        "text": "Stanhope Retail has dropped its pursuit of department-store chain Garnet & Finch after the target's board refused to engage.",
        "expected": [acq("Stanhope Retail", "Garnet & Finch", F)],
    },
    {
        "lang": "en",
        "text": "IBM to acquire Hollis Data for $2.3 billion; deal expected to close in third quarter",
        "expected": [acq("IBM", "Hollis Data", A)],
    },
    {
        "lang": "en",
        "text": "Mara Lindholm, who founded Tinsel Robotics in 2019, has been hired by Nvidia to lead its robotics research group.",
        "expected": [pos("Mara Lindholm", "Tinsel Robotics"), hire("Mara Lindholm", "Nvidia", C)],
    },
    {
        "lang": "en",
        "text": "Salt Creek Energy and Bayard Oil scrapped their $6 billion merger on Monday, citing market volatility.",
        "expected": [mer(["Salt Creek Energy", "Bayard Oil"], F)],
    },
    {
        "lang": "en",
        "text": "Oberon Capital is reportedly nearing a deal to acquire a majority stake in Italian fashion house Castellucci, according to Il Sole 24 Ore.",
        "expected": [acq("Oberon Capital", "Castellucci", TR)],
    },
    {
        "lang": "en",
        "text": "Holbrook Insurance announced that Samuel Achebe, its general counsel since 2016, will retire in June. He will be replaced by Laura Fenwick, currently deputy general counsel.",
        "expected": [dep("Samuel Achebe", "Holbrook Insurance", A)],
        "optional": [
            hire("Laura Fenwick", "Holbrook Insurance", A),
            pos("Samuel Achebe", "Holbrook Insurance"),
            pos("Laura Fenwick", "Holbrook Insurance"),
        ],
    },
    {
        "lang": "en",
        "text": "Zephyr Payments has agreed to be bought by Fiserv, the two companies said late on Sunday.",
        "expected": [acq("Fiserv", "Zephyr Payments", A)],
    },
    {
        "lang": "en",
        "text": "The European Commission on Tuesday cleared Norrland Steel's acquisition of Finnish rival Kuusi Metals, paving the way for the deal to close next month.",
        "expected": [acq("Norrland Steel", "Kuusi Metals", A)],
    },
    {
        "lang": "en",
        "text": "Larkspur Bio shares jumped 30% after the company said it would present positive Phase 2 data at a medical conference in June.",
        "expected": [],
    },
    {
        "lang": "en",
        "text": "Tamsworth Holdings said it had no plans to sell its stake in Harrier Aviation, dismissing market rumours.",
        "expected": [],
    },
    {
        "lang": "en",
        "text": "Westbrook Labs has brought on former Oracle executive Priyanka Nair as its new chief revenue officer. Nair spent 12 years at Oracle.",
        "expected": [hire("Priyanka Nair", "Westbrook Labs", C)],
        "optional": [
            pos("Priyanka Nair", "Oracle"),
            dep("Priyanka Nair", "Oracle", C),
            pos("Priyanka Nair", "Westbrook Labs"),
        ],
    },
    {
        "lang": "en",
        "text": "Cressida Bank is hiring away dealmakers from Lowther Partners, poaching at least five managing directors in its technology banking group this year.",
        "expected": [poa("Cressida Bank", "Lowther Partners", [C, T])],
    },
    {
        "lang": "en",
        "text": "Gilmore Foods, the snack maker, has received shareholder approval for its sale to Renfrew Brands, with completion expected on March 14.",
        "expected": [acq("Renfrew Brands", "Gilmore Foods", A)],
    },
    {
        "lang": "en",
        "text": 'Harmon Grid CEO Elise Durand told Reuters the company was "open to partnerships" but was not currently in talks with anyone.',
        "expected": [pos("Elise Durand", "Harmon Grid")],
    },
    {
        "lang": "en",
        "text": "Veridian Health said on Monday it would acquire Calloway Clinics for $410 million. It also named Omar Haddad as its new chief medical officer.",
        "expected": [
            acq("Veridian Health", "Calloway Clinics", A),
            hire("Omar Haddad", "Veridian Health", CA),
        ],
        "optional": [pos("Omar Haddad", "Veridian Health")],
    },
    {
        "lang": "en",
        "text": "Tarrant Foods opened a new distribution center in Nevada, creating 400 jobs, the company said.",
        "expected": [],
    },
    {
        "lang": "en",
        "text": "Shares of Obelisk Software tumbled 18% after the company cut its full-year revenue forecast, citing weaker demand from European customers.",
        "expected": [],
    },
    {
        "lang": "en",
        "text": "Hartwell Pharma won U.S. approval for its once-weekly diabetes injection, the Food and Drug Administration said on Friday.",
        "expected": [],
    },
    {
        "lang": "en",
        "text": "Norcross Bank said it would buy back up to $500 million of its own shares over the next 12 months.",
        "expected": [],
    },
    {
        "lang": "en",
        "text": "Microsoft said it will spend $80 billion this fiscal year on data centers to train and run AI models.",
        "expected": [],
    },
    {
        "lang": "en",
        "text": "Palisade Retail said it had settled a patent dispute with Keystone Devices, ending three years of litigation.",
        "expected": [],
    },
    # ---------------------------------------------------------------- German
    {
        "lang": "de",
        "text": "Siemens übernimmt US-Softwarefirma Kovalent für 1 Mrd Dollar",
        "expected": [acq("Siemens", "Kovalent", CA)],
    },
    {
        "lang": "de",
        "text": "Die Heidelberger Medizintechnikfirma Ravolt AG hat die Übernahme des Schweizer Diagnostikspezialisten Limmat Dx abgeschlossen.",
        "expected": [acq("Ravolt AG", "Limmat Dx", C)],
    },
    {
        "lang": "de",
        "text": "Die Brennecke Gruppe erwirbt 51 Prozent an dem Münchner Softwarehaus Tegeler Systems. Der Kaufpreis wurde nicht genannt.",
        "expected": [acq("Brennecke Gruppe", "Tegeler Systems", CA)],
    },
    {
        "lang": "de",
        "text": "Der Finanzinvestor Eschenbach Capital prüft einen Verkauf des Armaturenherstellers Wendlinger, wie die Nachrichtenagentur Bloomberg unter Berufung auf Insider berichtet. Als möglicher Käufer gilt der Konkurrent Armatec.",
        "expected": [acq("Armatec", "Wendlinger", R)],
    },
    {
        "lang": "de",
        "text": "Die Bahrenfeld Logistik AG und die Spedition Kröger GmbH befinden sich in fortgeschrittenen Gesprächen über einen Zusammenschluss, teilten beide Unternehmen am Dienstag mit.",
        "expected": [mer(["Bahrenfeld Logistik AG", "Spedition Kröger GmbH"], T)],
    },
    {
        "lang": "de",
        "text": "Allianz beteiligt sich mit 25 Prozent an Berliner Insurtech Falkwerk",
        "expected": [stake("Allianz", "Falkwerk", CA)],
    },
    {
        "lang": "de",
        "text": "Das Bundeskartellamt hat die geplante Übernahme des Zementherstellers Hochfels durch den Konkurrenten Baustoffwerke Lindner untersagt.",
        "expected": [acq("Baustoffwerke Lindner", "Hochfels", F)],
    },
    {
        "lang": "de",
        "text": "Der Aufsichtsrat der Wenzel Pharma AG hat das Übernahmeangebot von Cortex Health als unzureichend abgelehnt.",
        "expected": [acq("Cortex Health", "Wenzel Pharma AG", F)],
    },
    {
        "lang": "de",
        "text": "Ein Sprecher der Talheimer Bank wollte sich zu den Spekulationen über eine Fusion mit der Nordwest Kredit nicht äußern.",
        "expected": [mer(["Talheimer Bank", "Nordwest Kredit"], R)],
    },
    {
        "lang": "de",
        "text": "Gerüchte über einen Verkauf an den US-Konzern Honeywell wies die Firmenchefin von Kessler Sensorik, Anja Brückner, entschieden zurück.",
        "expected": [acq("Honeywell", "Kessler Sensorik", D), pos("Anja Brückner", "Kessler Sensorik")],
    },
    {
        "lang": "de",
        "text": "SAP und der französische KI-Spezialist Lumière Neural haben eine strategische Partnerschaft vereinbart.",
        "expected": [par(["SAP", "Lumière Neural"], CA)],
    },
    {
        "lang": "de",
        "text": "Das Münchner KI-Startup Quantiva hat in einer Finanzierungsrunde 40 Millionen Euro eingesammelt. Die Series-B-Runde wurde von dem Londoner Investor Harcourt Ventures angeführt.",
        "expected": [inv("Harcourt Ventures", "Quantiva", C)],
    },
    {
        "lang": "de",
        "text": "Finanzierungsrunde angeführt von Eastfield Capital: Berliner Fintech Zahlbar sammelt 12 Mio. Euro ein",
        "expected": [inv("Eastfield Capital", "Zahlbar", C)],
    },
    {
        "lang": "de",
        "text": "Die Deutsche Bank beruft Miriam Fählmann mit Wirkung zum 1. Juli in den Vorstand.",
        "expected": [hire("Miriam Fählmann", "Deutsche Bank", A)],
        "optional": [pos("Miriam Fählmann", "Deutsche Bank")],
    },
    {
        "lang": "de",
        "text": "Norbert Kallweit legt sein Amt als Vorstandschef der Ostwind Energie AG zum Jahresende nieder.",
        "expected": [dep("Norbert Kallweit", "Ostwind Energie AG", A)],
        "optional": [pos("Norbert Kallweit", "Ostwind Energie AG")],
    },
    {
        "lang": "de",
        "text": "Finanzvorstand Jörg Hallstein scheidet zum 30. September aus dem Unternehmen aus, teilte die Lörracher Chemie AG am Freitag mit.",
        "expected": [dep("Jörg Hallstein", "Lörracher Chemie AG", A)],
        "optional": [pos("Jörg Hallstein", "Lörracher Chemie AG")],
    },
    {
        "lang": "de",
        "text": "Die Holtkamp-Gruppe ernennt Sabine Richter zur neuen Finanzchefin. Sie kommt vom Konkurrenten Sanders Maschinenbau, wo sie zuletzt den Bereich Controlling leitete.",
        "expected": [hire("Sabine Richter", "Holtkamp-Gruppe", CA)],
        "optional": [
            dep("Sabine Richter", "Sanders Maschinenbau", CA),
            poa("Holtkamp-Gruppe", "Sanders Maschinenbau", CA),
            pos("Sabine Richter", "Sanders Maschinenbau"),
            pos("Sabine Richter", "Holtkamp-Gruppe"),
        ],
    },
    {
        "lang": "de",
        "text": "Der Gründer von Velox Mobility, Tobias Engert, wechselt als Technikchef zu Porsche.",
        "expected": [pos("Tobias Engert", "Velox Mobility"), hire("Tobias Engert", "Porsche", CA)],
        "optional": [dep("Tobias Engert", "Velox Mobility", CA), pos("Tobias Engert", "Porsche")],
    },
    {
        "lang": "de",
        "text": "Sanova-Finanzchefin Carla Voigt sagte, man sehe derzeit keinen Bedarf für Zukäufe.",
        "expected": [pos("Carla Voigt", "Sanova")],
    },
    {
        "lang": "de",
        "text": "Der Softwarekonzern Ardenne Systems hat im dritten Quartal seinen Umsatz um zwölf Prozent gesteigert. Der Konzern hob zudem seine Jahresprognose an.",
        "expected": [],
    },
    {
        "lang": "de",
        "text": "Die Aktie von Rheinfeld Solar stieg am Donnerstag um acht Prozent, nachdem das Unternehmen einen Großauftrag aus Spanien gemeldet hatte.",
        "expected": [],
    },
    {
        "lang": "de",
        "text": "Das Landgericht München hat eine Klage eines Verbraucherschutzverbands gegen die Grünhagen Bank abgewiesen.",
        "expected": [],
    },
    {
        "lang": "de",
        "text": "Der Handelskonzern Bergmann & Söhne hat die Online-Plattform Modeplatz übernommen. Das Unternehmen will damit sein Digitalgeschäft ausbauen.",
        "expected": [acq("Bergmann & Söhne", "Modeplatz", C)],
    },
    {
        "lang": "de",
        "text": "Die Fusion von Kranich Reisen und Alpina Touristik ist geplatzt. Die Verhandlungen seien gescheitert, teilten beide Seiten mit.",
        "expected": [mer(["Kranich Reisen", "Alpina Touristik"], F)],
    },
    {
        "lang": "de",
        "text": "Nach Informationen des Handelsblatts verhandelt BASF über den Verkauf seiner Pigmentsparte Colorix an den japanischen Konzern Shirokawa Chemical.",
        "expected": [acq("Shirokawa Chemical", "Colorix", TR)],
    },
    {
        "lang": "de",
        "text": "Die Vanta Holding hat ihren Anteil an der Mühlberg AG auf 75 Prozent aufgestockt.",
        "expected": [acq("Vanta Holding", "Mühlberg AG", C)],
    },
    {
        "lang": "de",
        "text": "Die Minderheitsaktionäre der Eisenhut AG sollen per Squeeze-out abgefunden werden; Mehrheitseigner Lorentz Industrie hält bereits 95 Prozent.",
        "expected": [acq("Lorentz Industrie", "Eisenhut AG", [A, C])],
    },
    {
        "lang": "de",
        "text": "Die Telekom-Tochter T-Systems und das Startup Brisant Cloud kooperieren bei der Entwicklung sicherer Rechenzentren.",
        "expected": [par(["T-Systems", "Brisant Cloud"], CA)],
    },
    {
        "lang": "de",
        "text": "Die Werft Kogge aus Rostock und die norwegische Fjordline Marine gründen ein Gemeinschaftsunternehmen für den Bau von Wasserstofffähren.",
        "expected": [par(["Werft Kogge", "Fjordline Marine"], CA)],
    },
    {
        "lang": "de",
        "text": "Die Stuttgarter Elektrik Weber GmbH wird von der Schweizer Alpstein Industrie übernommen. Die Kartellbehörden müssen noch zustimmen.",
        "expected": [acq("Alpstein Industrie", "Elektrik Weber GmbH", A)],
    },
    {
        "lang": "de",
        "text": "Wie aus Finanzkreisen verlautet, hat der Finanzinvestor Kalmus Partners Interesse an einer Übernahme des Laborausrüsters Sartex.",
        "expected": [acq("Kalmus Partners", "Sartex", R)],
    },
    {
        "lang": "de",
        "text": "Die Gesellschafter der Hofmann Gruppe haben das Kaufangebot zurückgewiesen. Kaufinteressent war der US-Konzern Pelican Brands.",
        "expected": [acq("Pelican Brands", "Hofmann Gruppe", F)],
    },
    {
        "lang": "de",
        "text": "Der Chiphersteller Infineon dementierte einen Bericht, wonach er an einer Übernahme des Dresdner Startups Siliqon interessiert sei.",
        "expected": [acq("Infineon", "Siliqon", D)],
    },
    {
        "lang": "de",
        "text": "Kathrin Auer wird neue Vorstandsvorsitzende der Steinbach Versicherung. Sie folgt auf Michael Drews, der in den Ruhestand geht.",
        "expected": [
            hire("Kathrin Auer", "Steinbach Versicherung", A),
            dep("Michael Drews", "Steinbach Versicherung", CA),
        ],
        "optional": [
            pos("Kathrin Auer", "Steinbach Versicherung"),
            pos("Michael Drews", "Steinbach Versicherung"),
        ],
    },
    {
        "lang": "de",
        "text": "Der Autozulieferer Rabe Komponenten wirbt gezielt Ingenieure von Bosch ab.",
        "expected": [poa("Rabe Komponenten", "Bosch", [C, T])],
    },
    {
        "lang": "de",
        "text": "Nach dem Abgang mehrerer Fondsmanager hat die Fondsgesellschaft Lindmark Invest nun auch ihren Anlagechef verloren: Stefan Kühn wechselt zu Bernauer Asset Management.",
        "expected": [
            dep("Stefan Kühn", "Lindmark Invest", CA),
            hire("Stefan Kühn", "Bernauer Asset Management", CA),
        ],
        "optional": [
            poa("Bernauer Asset Management", "Lindmark Invest", CA),
            pos("Stefan Kühn", "Lindmark Invest"),
        ],
    },
    {
        "lang": "de",
        "text": "Die Übernahme ist abgeschlossen: Seit Montag gehört der Kölner Versandhändler Pakethaus zum Handelskonzern Tessin Retail.",
        "expected": [acq("Tessin Retail", "Pakethaus", C)],
    },
    {
        "lang": "de",
        "text": "Der Energiekonzern Enwerk hat sich mit dem Netzbetreiber Ostnetz auf eine Übernahme geeinigt. Das Geschäft soll bis Ende 2025 abgeschlossen werden.",
        "expected": [acq("Enwerk", "Ostnetz", A)],
    },
    {
        "lang": "de",
        "text": "Heliograph Solar sammelt 80 Millionen Euro ein – an der Runde beteiligen sich unter anderem der Staatsfonds Temasek und der Risikokapitalgeber Tiefsee Ventures.",
        "expected": [inv("Temasek", "Heliograph Solar", CA), inv("Tiefsee Ventures", "Heliograph Solar", CA)],
    },
    {
        "lang": "de",
        "text": "Das Stuttgarter Startup Grauwolf Robotics hat sich eine Seed-Finanzierung in Höhe von 3,5 Millionen Euro gesichert. Investoren sind Mosel Capital und mehrere Business Angels.",
        "expected": [inv("Mosel Capital", "Grauwolf Robotics", C)],
    },
    {
        "lang": "de",
        "text": "Der Aufsichtsrat von Zeller Automation hat Vorstandschef Uwe Pfeiffer mit sofortiger Wirkung abberufen.",
        "expected": [dep("Uwe Pfeiffer", "Zeller Automation", C)],
        "optional": [pos("Uwe Pfeiffer", "Zeller Automation")],
    },
    {
        "lang": "de",
        "text": "Die frühere Siemens-Managerin Petra Lange übernimmt die Leitung des Bereichs Digitalisierung bei der Kölner Domstadt Digital.",
        "expected": [hire("Petra Lange", "Domstadt Digital", CA), pos("Petra Lange", "Siemens")],
        "optional": [pos("Petra Lange", "Domstadt Digital"), dep("Petra Lange", "Siemens", C)],
    },
    {
        "lang": "de",
        "text": "Lufthansa übernimmt Mehrheit an Regionalflieger Alpenair",
        "expected": [acq("Lufthansa", "Alpenair", CA)],
    },
    {
        "lang": "de",
        "text": "Der Maschinenbauer Kronfeld verkauft seine Tochter Tessmann Hydraulik an den Finanzinvestor Auerbach Equity.",
        "expected": [acq("Auerbach Equity", "Tessmann Hydraulik", CA)],
    },
    {
        "lang": "de",
        "text": "Vogelsang Medien verhandelt nach Angaben aus Unternehmenskreisen über eine Übernahme des Verlags Hellweg.",
        "expected": [acq("Vogelsang Medien", "Hellweg", TR)],
    },
    {
        "lang": "de",
        "text": "Die Kölner Privatbank Ebner & Vogt hat ein Übernahmeangebot der Schweizer Bank Aurelia erhalten, das sie nun prüft.",
        "expected": [acq("Bank Aurelia", "Ebner & Vogt", T)],
    },
    {
        "lang": "de",
        "text": "Der Pharmakonzern Bayer hat seine Forschungspartnerschaft mit dem Biotech-Unternehmen Genotek beendet.",
        "expected": [par(["Bayer", "Genotek"], [F, C])],
    },
    {
        "lang": "de",
        "text": "Die Münchner Gründerin Lea Sommer hat ihr Startup Fluxon an den US-Konzern Oracle verkauft.",
        "expected": [acq("Oracle", "Fluxon", C), pos("Lea Sommer", "Fluxon")],
    },
    {
        "lang": "de",
        "text": "Nach nur 14 Monaten verlässt Technikvorständin Ines Morawetz den Halbleiterhersteller Silberwerk. Ihr Nachfolger wird Ralf Eberle, bislang bei Infineon.",
        "expected": [dep("Ines Morawetz", "Silberwerk", CA), hire("Ralf Eberle", "Silberwerk", A)],
        "optional": [
            dep("Ralf Eberle", "Infineon", A),
            pos("Ralf Eberle", "Infineon"),
            pos("Ines Morawetz", "Silberwerk"),
            poa("Silberwerk", "Infineon", CA),
        ],
    },
    {
        "lang": "de",
        "text": "Der Immobilienkonzern Grundwerk und der Wettbewerber Hausbau Nord wollen fusionieren. Das teilten die Unternehmen am Mittwoch mit.",
        "expected": [mer(["Grundwerk", "Hausbau Nord"], A)],
    },
    {
        "lang": "de",
        "text": "Die Kieler Reederei Möwe Shipping gibt ihre Unabhängigkeit auf und schließt sich der dänischen Nordsø Lines an.",
        "expected": [acq("Nordsø Lines", "Möwe Shipping", CA)],
        "optional": [mer(["Nordsø Lines", "Möwe Shipping"], CA)],
    },
    {
        "lang": "de",
        "text": "Wie die FAZ berichtet, erwägt die Landesbank Hessel den Verkauf ihrer Leasingtochter Hessel Leasing an die Sparkassen-Gruppe Rheinhaus.",
        "expected": [acq("Rheinhaus", "Hessel Leasing", R)],
    },
    {
        "lang": "de",
        "text": "Berliner KI-Startup Nachtigal erhält 6 Millionen Euro von Nvidia und Eckhart Ventures",
        "expected": [inv("Nvidia", "Nachtigal", C), inv("Eckhart Ventures", "Nachtigal", C)],
    },
    {
        "lang": "de",
        "text": "Der Vorstandschef der Altmühl Bank, Frank Rieger, zeigte sich mit dem Quartalsergebnis zufrieden.",
        "expected": [pos("Frank Rieger", "Altmühl Bank")],
    },
    {
        "lang": "de",
        "text": "Die Eisberg Brauerei bringt im Frühjahr ein alkoholfreies Weizen auf den Markt.",
        "expected": [],
    },
    {
        "lang": "de",
        "text": "Der Softwareanbieter Nexaro streicht 300 Stellen. Das Unternehmen begründete den Schritt mit der schwachen Nachfrage.",
        "expected": [],
    },
    {
        "lang": "de",
        "text": "Siemens Healthineers und das Klinikum Dornbach haben einen Kooperationsvertrag über zehn Jahre unterzeichnet.",
        "expected": [par(["Siemens Healthineers", "Klinikum Dornbach"], CA)],
    },
    {
        "lang": "de",
        "text": "Die Übernahme des Kabelnetzbetreibers Netzwelle durch die Amsterdamer Investmentgesellschaft Vandermeer ist gescheitert: Die Aktionäre lehnten das Angebot mehrheitlich ab.",
        "expected": [acq("Vandermeer", "Netzwelle", F)],
    },
    {
        "lang": "de",
        "text": "Der Chemiekonzern Kaltenbrunn bestätigte Gespräche mit dem Wettbewerber Solvanta über einen möglichen Zusammenschluss. Eine Entscheidung sei noch nicht gefallen.",
        "expected": [mer(["Kaltenbrunn", "Solvanta"], T)],
    },
    {
        "lang": "de",
        "text": "Rüdiger Maas, bislang Vertriebschef bei Ampera Energie, heuert bei der Konkurrenz an: Er wird zum 1. April Geschäftsführer der Voltwerk GmbH.",
        "expected": [hire("Rüdiger Maas", "Voltwerk GmbH", A)],
        "optional": [
            dep("Rüdiger Maas", "Ampera Energie", CA),
            pos("Rüdiger Maas", "Ampera Energie"),
            poa("Voltwerk GmbH", "Ampera Energie", CA),
            pos("Rüdiger Maas", "Voltwerk GmbH"),
        ],
    },
    {
        "lang": "de",
        "text": "Das Familienunternehmen Brandl Kunststoff bleibt unabhängig: Geschäftsführer Anton Brandl wies Berichte über Verkaufsgespräche mit dem Konzern Plastiq zurück.",
        "expected": [acq("Plastiq", "Brandl Kunststoff", D), pos("Anton Brandl", "Brandl Kunststoff")],
    },
    {
        "lang": "de",
        "text": "Die Zürcher Privatbank Hollenstein hat einen Anteil von 10 Prozent an dem Frankfurter Kryptoverwahrer Tresorio erworben.",
        "expected": [stake("Hollenstein", "Tresorio", C)],
    },
    {
        "lang": "de",
        "text": "Der Versicherer Haftwerk ernennt Julia Nguyen zum 1. Januar zur Chief Digital Officer.",
        "expected": [hire("Julia Nguyen", "Haftwerk", A)],
        "optional": [pos("Julia Nguyen", "Haftwerk")],
    },
    {
        "lang": "de",
        "text": "Thomas Wenger, Mitgründer des Lieferdienstes Flitzer, hat das Unternehmen verlassen.",
        "expected": [dep("Thomas Wenger", "Flitzer", C), pos("Thomas Wenger", "Flitzer")],
    },
    {
        "lang": "de",
        "text": "Die Bremer Spedition Hanseatrans ist an den Wettbewerber Nordlink verkauft worden. Über den Kaufpreis vereinbarten die Parteien Stillschweigen.",
        "expected": [acq("Nordlink", "Hanseatrans", C)],
    },
    {
        "lang": "de",
        "text": "Der Dax-Konzern Henkel prüft Insidern zufolge eine Übernahme des Klebstoffherstellers Adhesa.",
        "expected": [acq("Henkel", "Adhesa", R)],
    },
    {
        "lang": "de",
        "text": "Die EU-Kommission hat die Fusion der Bahntechnikhersteller Schienenwerk und Trasso unter Auflagen genehmigt.",
        "expected": [mer(["Schienenwerk", "Trasso"], CA)],
    },
    {
        "lang": "de",
        "text": "Der Leipziger Online-Händler Warenkorb hat seinen geplanten Börsengang abgesagt.",
        "expected": [],
    },
    {
        "lang": "de",
        "text": "Medizintechnik: Ortholux kauft US-Rivalen Boneworks für 600 Mio Dollar",
        "expected": [acq("Ortholux", "Boneworks", CA)],
    },
    {
        "lang": "de",
        "text": "Bosch und der chinesische Batteriehersteller Xinghe Power gründen ein Joint Venture. Bosch hält daran 60 Prozent.",
        "expected": [par(["Bosch", "Xinghe Power"], CA)],
    },
    {
        "lang": "de",
        "text": "Anna Kowalczyk verstärkt ab sofort die Geschäftsführung des Berliner Startups Pflanzwerk. Zuvor war sie acht Jahre bei Zalando tätig.",
        "expected": [hire("Anna Kowalczyk", "Pflanzwerk", C)],
        "optional": [
            dep("Anna Kowalczyk", "Zalando", C),
            pos("Anna Kowalczyk", "Zalando"),
            pos("Anna Kowalczyk", "Pflanzwerk"),
        ],
    },
    {
        "lang": "de",
        "text": "Die Verhandlungen über einen Einstieg der Qatar Investment Authority bei der Hamburger Reederei Elbstrom wurden abgebrochen.",
        "expected": [stake("Qatar Investment Authority", "Elbstrom", F)],
    },
    {
        "lang": "de",
        "text": "Der Windkraftkonzern Nordbö gab bekannt, dass er die Mehrheit an dem Projektentwickler Küstenwind erworben hat. Damit will der Konzern sein Portfolio ausbauen.",
        "expected": [acq("Nordbö", "Küstenwind", C)],
    },
    {
        "lang": "de",
        "text": "Der bisherige Finanzvorstand von Trigon Software, Markus Pohl, wird Chef des Konkurrenten Dataflux.",
        "expected": [hire("Markus Pohl", "Dataflux", CA), dep("Markus Pohl", "Trigon Software", CA)],
        "optional": [
            pos("Markus Pohl", "Trigon Software"),
            pos("Markus Pohl", "Dataflux"),
            poa("Dataflux", "Trigon Software", CA),
        ],
    },
    {
        "lang": "de",
        "text": "Laut einem Bericht der Wirtschaftswoche steht der Elektronikhändler Blitzmarkt vor der Übernahme durch den Wettbewerber Technova. Beide Unternehmen wollten sich nicht äußern.",
        "expected": [acq("Technova", "Blitzmarkt", TR)],
    },
    {
        "lang": "de",
        "text": "Die Bundesregierung hat den Verkauf des Satellitenherstellers Orbitec an die chinesische Shenlan Group untersagt.",
        "expected": [acq("Shenlan Group", "Orbitec", F)],
    },
    {
        "lang": "de",
        "text": "Die Umsatzzahlen von Brückner Elektronik lagen im ersten Halbjahr unter den Erwartungen der Analysten.",
        "expected": [],
    },
    {
        "lang": "de",
        "text": "Der Sportartikelhersteller Laufwerk eröffnet in Hamburg seinen ersten eigenen Laden.",
        "expected": [],
    },
    {
        "lang": "de",
        "text": "Die BaFin hat gegen die Kerber Bank ein Bußgeld in Höhe von zwei Millionen Euro verhängt.",
        "expected": [],
    },
    {
        "lang": "de",
        "text": "Der Konzern Sternwald will eigene Aktien im Wert von bis zu 300 Millionen Euro zurückkaufen.",
        "expected": [],
    },
    {
        "lang": "de",
        "text": "Die Papiere des Chipausrüsters Ätzwerk gaben nach einer Gewinnwarnung um elf Prozent nach.",
        "expected": [],
    },
    {
        "lang": "de",
        "text": "BASF baut sein Stammwerk in Ludwigshafen um und streicht weitere 1.500 Stellen.",
        "expected": [],
    },
]
