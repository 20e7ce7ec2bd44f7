# ruff: noqa: E501
"""Challenge set v7: short multi-sentence news passages (English and German).

Written blind by a helper on 2026-11-26, for error analysis. The helper did not
look at the extractor's code, its tests, the other challenge sets or the dev
corpora; all passages and names (apart from a few well-known real companies used
as counterparties) are invented.

Conventions used for the gold below:
- "joins from X" / "kommt von X" / "wechselt von X" -> departure from X expected;
  "formerly at X" / "bisher bei X" / "currently at X" -> position at X expected, departure optional.
- A former role with a concrete title ("former CEO", "former McKinsey partner") is an expected
  position; vague ones ("ex-Pfizer exec", "frühere Siemens-Manager") are optional.
- A rejected but still-pending takeover proposal accepts failed or in_talks.
- A terminated partnership is failed.
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
    en(
        "Halvorsen Systems agreed last week to acquire a rival maker of warehouse robots. "
        "The target, Brightmoor Robotics, said on Friday the $640 million transaction had closed after regulators in the US and the UK signed off. "
        "Brightmoor chief executive Deepa Raghunathan will report to Halvorsen CEO Tomasz Wielgosz.",
        [
            acq("Halvorsen Systems", "Brightmoor Robotics", C),
            pos("Deepa Raghunathan", "Brightmoor Robotics"),
            pos("Tomasz Wielgosz", "Halvorsen Systems"),
        ],
        optional=[pos("Deepa Raghunathan", "Halvorsen Systems")],
    ),
    en(
        "Vantaro AI Raises $85 Million\n\n"
        "Vantaro AI, a San Francisco startup building coding agents, has raised $85 million in a Series B round. "
        "The round was led by Quillstone Ventures, with participation from Meridian Peak Capital and existing backer Gideon Partners. "
        "Co-founder and CEO Lin Xiaoyu said the money would go toward hiring.",
        [
            inv("Quillstone Ventures", "Vantaro AI", C),
            inv("Meridian Peak Capital", "Vantaro AI", C),
            inv("Gideon Partners", "Vantaro AI", C),
            pos("Lin Xiaoyu", "Vantaro AI"),
        ],
    ),
    en(
        "Corvel Bank has named Adaeze Okonkwo as its new chief risk officer, effective March 1. "
        "Okonkwo, formerly head of credit at Lindqvist & Moe, succeeds Peter Halloran, who retired in December.",
        [
            hire("Adaeze Okonkwo", "Corvel Bank", CA),
            dep("Peter Halloran", "Corvel Bank", C),
            pos("Adaeze Okonkwo", "Lindqvist & Moe"),
        ],
        optional=[
            dep("Adaeze Okonkwo", "Lindqvist & Moe", C),
            pos("Adaeze Okonkwo", "Corvel Bank"),
            pos("Peter Halloran", "Corvel Bank"),
        ],
    ),
    en(
        "Tessary Inc. is exploring a sale of its payments unit, Tessary Pay, and has held early discussions with potential buyers including Oakhurst Capital, according to people familiar with the matter. "
        "A deal could value the unit at about $2 billion. Tessary declined to comment.",
        [acq("Oakhurst Capital", "Tessary Pay", TR)],
    ),
    en(
        "Shares of Lumenfield Semiconductor jumped 14% after a report that Arkwright Technologies had approached it about a takeover. "
        "Arkwright later denied the report, saying it was 'not in discussions with Lumenfield or any other chipmaker.'",
        [acq("Arkwright Technologies", "Lumenfield Semiconductor", D)],
    ),
    en(
        "Graniteview Foods has walked away from its proposed $3.1 billion takeover of snack maker Pellham Brands after the two sides failed to agree on price, ending three months of negotiations. "
        "Graniteview chief executive Rosalind Achebe said the company would 'remain disciplined.'",
        [acq("Graniteview Foods", "Pellham Brands", F), pos("Rosalind Achebe", "Graniteview Foods")],
    ),
    en(
        "Two regional lenders, Fairhaven Savings and Castlebrook Bancorp, agreed to combine in an all-stock merger of equals that will create a bank with $48 billion in assets. "
        "Fairhaven chief executive Miguel Arregui will lead the combined bank, while Castlebrook CEO Janet Kowalczyk will become executive chair.",
        [
            mer(["Fairhaven Savings", "Castlebrook Bancorp"], A),
            pos("Miguel Arregui", "Fairhaven Savings"),
            pos("Janet Kowalczyk", "Castlebrook Bancorp"),
        ],
    ),
    en(
        "Helix Dynamics has hired at least a dozen engineers from rival Orbitane over the past two months, offering retention bonuses of up to $2 million, according to people familiar with the hiring. "
        "Among them is Sanjay Kulkarni, who led Orbitane's inference team and joined Helix in October.",
        [
            poa("Helix Dynamics", "Orbitane", [C, R]),
            hire("Sanjay Kulkarni", "Helix Dynamics", C),
            dep("Sanjay Kulkarni", "Orbitane", C),
        ],
        optional=[pos("Sanjay Kulkarni", "Orbitane")],
    ),
    en(
        "Microsoft and Quorra Health have signed a five-year partnership to bring generative AI tools to Quorra's network of 120 clinics, the companies said on Wednesday. "
        "Quorra president Elena Vasquez-Lindholm called the agreement 'a turning point.'",
        [par(["Microsoft", "Quorra Health"], CA), pos("Elena Vasquez-Lindholm", "Quorra Health")],
    ),
    en(
        "Stellwind Energy said it had ordered 20 offshore turbines from Siemens Gamesa for its Baltic project, a contract analysts valued at roughly €400 million. "
        "Stellwind CFO Ivo Mertens said first power was expected in 2028.",
        [pos("Ivo Mertens", "Stellwind Energy")],
    ),
    en(
        "Pardalis Software chief technology officer Amara Nwosu has resigned after six years, the company disclosed in a filing on Thursday. "
        "Pardalis said it had begun a search for a successor and that engineering vice president Colm Fitzgerald would serve as interim CTO.",
        [dep("Amara Nwosu", "Pardalis Software", C), posh("Colm Fitzgerald", "Pardalis Software")],
        optional=[pos("Amara Nwosu", "Pardalis Software")],
    ),
    en(
        "Sakuragawa Holdings has acquired a 12% stake in Berlin-based battery recycler Kreislaufwerk for an undisclosed sum. "
        "The Japanese group said it had no plans to raise its holding.",
        [stake("Sakuragawa Holdings", "Kreislaufwerk", C)],
    ),
    en(
        "Ferroquay, which bought cloud-security firm Nettlebank in 2022, said on Monday it would acquire identity-management specialist Auravale for $1.2 billion in cash. "
        "The deal is expected to close in the second quarter, pending regulatory approval.",
        [acq("Ferroquay", "Nettlebank", C), acq("Ferroquay", "Auravale", A)],
    ),
    en(
        "BREAKING: Cindral AI in advanced talks to buy voice startup Murmur Labs for ~$300M, per sources. Announcement could come as soon as next week.",
        [acq("Cindral AI", "Murmur Labs", TR)],
    ),
    en(
        "Ines Carvalho and Kwame Asante have left Google DeepMind to join Parallax Minds, the London AI lab said, as it builds out a team focused on reasoning models. "
        "Both will report to Parallax co-founder Oyelaran Bello.",
        [
            dep("Ines Carvalho", "Google DeepMind", C),
            dep("Kwame Asante", "Google DeepMind", C),
            hire("Ines Carvalho", "Parallax Minds", C),
            hire("Kwame Asante", "Parallax Minds", C),
            pos("Oyelaran Bello", "Parallax Minds"),
        ],
        optional=[poa("Parallax Minds", "Google DeepMind", C)],
    ),
    en(
        "Telecom operators Altavia and Brisknet are in talks about merging their fixed-line businesses in Portugal, the two companies confirmed on Sunday, adding that no decision had been taken.",
        [mer(["Altavia", "Brisknet"], T)],
    ),
    en(
        "Oskarsson Retail reported a 9% rise in quarterly sales, helped by strong demand for its private-label groceries. "
        "'Customers are trading down, and we are ready for them,' chief executive Britta Oskarsson told analysts on a call.",
        [pos("Britta Oskarsson", "Oskarsson Retail")],
    ),
    en(
        "Thornbury Pharmaceuticals said chief executive Graham Leckie will step down at the end of June and be succeeded by Priya Balasubramanian, currently the company's head of oncology.",
        [
            dep("Graham Leckie", "Thornbury Pharmaceuticals", A),
            posh("Priya Balasubramanian", "Thornbury Pharmaceuticals"),
        ],
        optional=[pos("Graham Leckie", "Thornbury Pharmaceuticals")],
    ),
    en(
        "Quintessa Labs has completed its acquisition of Hartwell Diagnostics. "
        "The Cambridge company paid £180 million for the maker of rapid blood tests, it said in a statement.",
        [acq("Quintessa Labs", "Hartwell Diagnostics", C)],
    ),
    en(
        "Obsidian Loop is in talks to raise new funding at a valuation of about $4 billion, with growth investor Halcyon Growth expected to lead the round, people familiar with the discussions said.",
        [inv("Halcyon Growth", "Obsidian Loop", TR)],
    ),
    en(
        "Biotech Verenza Therapeutics has licensed its experimental obesity drug to Nordhavn Pharma in a deal worth up to $900 million, including $75 million upfront. "
        "Nordhavn will handle late-stage trials and commercialisation outside China.",
        [par(["Verenza Therapeutics", "Nordhavn Pharma"], CA)],
    ),
    en(
        "Zentrix has offered pay packages worth up to $50 million to researchers at Auralith and Cobalt Reasoning in an effort to staff its new frontier-model lab, according to people familiar with the offers. "
        "At least three have accepted, one of them said.",
        [poa("Zentrix", "Auralith", ANY), poa("Zentrix", "Cobalt Reasoning", ANY)],
    ),
    en(
        "Vexmoor founder and CEO Rahul Mehta-Ortiz told the conference the company would double its data-center capacity by 2027, "
        "while Aldmere Cloud's head of infrastructure, Signe Haugen, warned of power shortages.",
        [pos("Rahul Mehta-Ortiz", "Vexmoor"), pos("Signe Haugen", "Aldmere Cloud")],
    ),
    en(
        "UK competition regulators have blocked Palisade Media's proposed purchase of Wren Radio Group, saying the deal would reduce choice for advertisers. "
        "Palisade said it was 'disappointed' and was considering an appeal.",
        [acq("Palisade Media", "Wren Radio Group", F)],
    ),
    en(
        "Nvidia has invested in Lattice Fold, a French startup building optical interconnects, as part of a €60 million funding round led by Arbre Capital. "
        "Lattice Fold's co-founder, Hélène Dufresne, said the cash would fund a pilot line near Grenoble.",
        [
            inv("Nvidia", "Lattice Fold", C),
            inv("Arbre Capital", "Lattice Fold", C),
            pos("Hélène Dufresne", "Lattice Fold"),
        ],
    ),
    en(
        "Orrin Mobility said Yusuf Demirci will join as chief financial officer on Sept. 1 from carmaker Valtrek, where he has been finance chief since 2019.",
        [hire("Yusuf Demirci", "Orrin Mobility", A), dep("Yusuf Demirci", "Valtrek", CA)],
        optional=[pos("Yusuf Demirci", "Valtrek"), pos("Yusuf Demirci", "Orrin Mobility")],
    ),
    en(
        "Merger talks between freight forwarders Kallisto Logistics and Brandvoort have collapsed, both companies said on Tuesday, less than a month after they confirmed discussions.",
        [mer(["Kallisto Logistics", "Brandvoort"], F)],
    ),
    en(
        "Abu Dhabi's Qasr Investment is weighing a bid for a significant minority stake in Italian fashion house Orsolina Maretti, according to two people familiar with the matter.",
        [stake("Qasr Investment", "Orsolina Maretti", R)],
    ),
    en(
        "Suncrest Bio names ex-Pfizer exec Laura Benedetti CEO",
        [hire("Laura Benedetti", "Suncrest Bio", CA)],
        optional=[
            pos("Laura Benedetti", "Pfizer"),
            dep("Laura Benedetti", "Pfizer", C),
            pos("Laura Benedetti", "Suncrest Bio"),
        ],
    ),
    en(
        "Kelvara's longtime head of design, Mireille Fontaine, is leaving to join rival Sundial Devices, the company confirmed. "
        "Sundial has recruited four other Kelvara designers since January.",
        [
            dep("Mireille Fontaine", "Kelvara", CA),
            hire("Mireille Fontaine", "Sundial Devices", CA),
            poa("Sundial Devices", "Kelvara", C),
        ],
        optional=[pos("Mireille Fontaine", "Kelvara")],
    ),
    en(
        "Datalynx, the Munich-based analytics group, is buying Belgian consultancy Verbeke & Claes. "
        "The company did not disclose the price but said the purchase would add 300 consultants. It expects the deal to close by year-end.",
        [acq("Datalynx", "Verbeke & Claes", A)],
    ),
    en(
        "Hollis Mining and Carrow Resources completed their merger on Friday, creating the world's fourth-largest copper producer. "
        "The combined company, Hollis Carrow, began trading in Toronto on Monday.",
        [mer(["Hollis Mining", "Carrow Resources"], C)],
    ),
    en(
        "Ravensworth Analytics sued former partner Tidewell Systems for breach of contract, alleging Tidewell used its code after their licensing deal ended in 2023. "
        "Tidewell general counsel Omar Farouk called the claims baseless.",
        [pos("Omar Farouk", "Tidewell Systems")],
        optional=[par(["Ravensworth Analytics", "Tidewell Systems"], ANY)],
    ),
    en(
        "Brightwater Capital has hired Sofia Lindgren and Jorge Almeida as managing directors in its London technology banking team. "
        "Lindgren joins from Hargrove Securities; Almeida was most recently at Pemberton Lyle.",
        [
            hire("Sofia Lindgren", "Brightwater Capital", C),
            hire("Jorge Almeida", "Brightwater Capital", C),
            dep("Sofia Lindgren", "Hargrove Securities", C),
        ],
        optional=[
            dep("Jorge Almeida", "Pemberton Lyle", C),
            pos("Jorge Almeida", "Pemberton Lyle"),
            pos("Sofia Lindgren", "Brightwater Capital"),
            pos("Jorge Almeida", "Brightwater Capital"),
        ],
    ),
    en(
        "One of Europe's largest drugstore chains has agreed to buy an online pharmacy. "
        "Rossfeld Drogerie said on Thursday it would pay €520 million for Apotheka24, subject to approval from Germany's cartel office.",
        [acq("Rossfeld Drogerie", "Apotheka24", A)],
    ),
    en(
        "Cygnal Robotics has lured Arjun Nair, the head of perception at self-driving company Drivemind, to lead its autonomy efforts, the latest in a string of hires from Drivemind.",
        [
            hire("Arjun Nair", "Cygnal Robotics", C),
            dep("Arjun Nair", "Drivemind", C),
            poa("Cygnal Robotics", "Drivemind", C),
        ],
        optional=[pos("Arjun Nair", "Drivemind"), pos("Arjun Nair", "Cygnal Robotics")],
    ),
    en(
        "Saudi-backed fund Alnoor Technology Ventures will invest $400 million in Kairos Compute, the Texas-based GPU cloud provider said, in a deal expected to close next month.",
        [inv("Alnoor Technology Ventures", "Kairos Compute", A)],
    ),
    en(
        "Pinewell Games unveiled its next console, the Pinewell Arc, on Tuesday. "
        "Chief executive Hiroshi Tanabe said the device would go on sale in November at $499.",
        [pos("Hiroshi Tanabe", "Pinewell Games")],
    ),
    en(
        "Analysts at Corbridge Research said Stratavault could be an attractive target for larger cybersecurity firms such as Palo Alto Networks, "
        "though there is no indication that any talks have taken place. Stratavault shares rose 3%.",
        [],
    ),
    en(
        "The board of Millbrook Insurance has ousted chief executive Daniel Ferreira-Costa following a probe into expense claims, naming chairman Ruth Abernathy as interim CEO.",
        [
            dep("Daniel Ferreira-Costa", "Millbrook Insurance", C),
            posh("Ruth Abernathy", "Millbrook Insurance"),
        ],
        optional=[pos("Daniel Ferreira-Costa", "Millbrook Insurance")],
    ),
    en(
        "Ascendia Motors and South Korea's Hanseong Battery are in talks to set up a joint venture to build battery cells in Ohio, according to a person briefed on the plans.",
        [par(["Ascendia Motors", "Hanseong Battery"], TR)],
    ),
    en(
        "Pemberly Foods has raised its stake in plant-based dairy maker Oatlore to 35% from 20%, buying shares from early investors.",
        [stake("Pemberly Foods", "Oatlore", C)],
    ),
    en(
        "Arcturus Cloud denied a newspaper report that it was trying to poach engineers from rival Nimbuscale, calling the story 'fiction.'",
        [poa("Arcturus Cloud", "Nimbuscale", D)],
    ),
    en(
        "Sablewood Security has acquired Honeypot Labs, a two-year-old startup, in a deal that brings co-founders Chidi Eze and Marisol Ortega into its threat-research team. "
        "Terms were not disclosed.",
        [
            acq("Sablewood Security", "Honeypot Labs", C),
            pos("Chidi Eze", "Honeypot Labs"),
            pos("Marisol Ortega", "Honeypot Labs"),
        ],
        optional=[
            hire("Chidi Eze", "Sablewood Security", C),
            hire("Marisol Ortega", "Sablewood Security", C),
        ],
    ),
    en(
        "Shareholders in Velmont Chemicals and Ardent Polymers have been sounded out about a possible combination of the two companies, according to people familiar with the matter, "
        "who cautioned that discussions were at an early stage.",
        [mer(["Velmont Chemicals", "Ardent Polymers"], TR)],
    ),
    en(
        "Professor Akosua Mensah of ETH Zurich will join Lumora AI as chief scientist in January while keeping a part-time position at the university, the startup said.",
        [hire("Akosua Mensah", "Lumora AI", A), pos("Akosua Mensah", "ETH Zurich")],
        optional=[pos("Akosua Mensah", "Lumora AI")],
    ),
    en(
        "Bramblecourt's board rejected a $250 million investment offer from Vireo Capital, saying the company would rather pursue a listing next year.",
        [inv("Vireo Capital", "Bramblecourt", F)],
    ),
    en(
        "Directors of Lindhurst Water rejected a £2.3 billion takeover proposal from infrastructure investor Cairnmore Partners, saying it 'significantly undervalued' the company. "
        "Cairnmore has until Nov. 14 to make a firm offer or walk away.",
        [acq("Cairnmore Partners", "Lindhurst Water", [F, T])],
    ),
    en(
        "Software group Tavistock Systems will invest $150 million in Nebula Forge and make the startup's models available to its enterprise customers under a multiyear partnership, the companies said.",
        [inv("Tavistock Systems", "Nebula Forge", A), par(["Tavistock Systems", "Nebula Forge"], CA)],
    ),
    en(
        "Kiran Sethi took over as chief executive of Everhart Logistics on Monday, succeeding Michael Brandauer, who is retiring after 14 years at the helm.",
        [posh("Kiran Sethi", "Everhart Logistics"), dep("Michael Brandauer", "Everhart Logistics", CA)],
        optional=[pos("Michael Brandauer", "Everhart Logistics")],
    ),
    en(
        "Carradine Telecom sold its 25% holding in tower operator Spirecom to pension fund Ostrava Pension Partners for €1.1 billion.",
        [stake("Ostrava Pension Partners", "Spirecom", C)],
        optional=[stake("Carradine Telecom", "Spirecom", C)],
    ),
    en(
        "Amazon has hired the founders of robotics startup Graspwell, Nikolai Petrov and Aiyana Redcloud, along with about half of its staff, and agreed to license the startup's technology.",
        [
            hire("Nikolai Petrov", "Amazon", C),
            hire("Aiyana Redcloud", "Amazon", C),
            pos("Nikolai Petrov", "Graspwell"),
            pos("Aiyana Redcloud", "Graspwell"),
            par(["Amazon", "Graspwell"], CA),
        ],
        optional=[
            poa("Amazon", "Graspwell", C),
            dep("Nikolai Petrov", "Graspwell", C),
            dep("Aiyana Redcloud", "Graspwell", C),
        ],
    ),
    en(
        "Private equity firms Harrowgate Partners, Blackfen Capital and Solstice Equity are among the suitors circling British software company Quantly, Sky News reported. "
        "Quantly has hired advisers to run a sale process.",
        [
            acq("Harrowgate Partners", "Quantly", TR),
            acq("Blackfen Capital", "Quantly", TR),
            acq("Solstice Equity", "Quantly", TR),
        ],
    ),
    en(
        "Independent director Wei Zhang-Howell has resigned from the board of Crestline Semiconductors, citing disagreements over the company's China strategy.",
        [dep("Wei Zhang-Howell", "Crestline Semiconductors", C)],
        optional=[pos("Wei Zhang-Howell", "Crestline Semiconductors")],
    ),
    en(
        "Aerion Airlines has picked a new finance chief. "
        "The carrier said on Wednesday that Fatima Al-Sayed, who currently runs treasury at Gulfstar Bank, will take up the role in April.",
        [hire("Fatima Al-Sayed", "Aerion Airlines", A), pos("Fatima Al-Sayed", "Gulfstar Bank")],
        optional=[dep("Fatima Al-Sayed", "Gulfstar Bank", A), pos("Fatima Al-Sayed", "Aerion Airlines")],
    ),
    en(
        "Hollandia Bank closed its purchase of online broker TradeNest on Friday, three months after agreeing the €700 million deal. "
        "TradeNest founder Ruben de Wit will join Hollandia's management board.",
        [
            acq("Hollandia Bank", "TradeNest", C),
            pos("Ruben de Wit", "TradeNest"),
            hire("Ruben de Wit", "Hollandia Bank", A),
        ],
    ),
    en(
        "The European Commission blocked the planned merger of rail-signalling makers Signatech and Voralp on Wednesday, arguing it would raise prices for national railways.",
        [mer(["Signatech", "Voralp"], F)],
    ),
    en(
        "Hearing Quanta Reasoning just poached two more senior researchers from Mistralis. That's 7 since summer. Talent war is real.",
        [poa("Quanta Reasoning", "Mistralis", [C, R])],
    ),
    en(
        "The owner of the Daily Ledger newspaper has agreed to buy podcast network Loudhouse Audio for $90 million. "
        "Brackenridge Media, which publishes the Ledger and six regional titles, said the deal would close in early 2027.",
        [acq("Brackenridge Media", "Loudhouse Audio", A)],
    ),
    en(
        "Cortexa CEO Benedikt Hauser is taking a medical leave of absence; president Aisha Conteh will run the company in the interim.",
        [pos("Benedikt Hauser", "Cortexa"), posh("Aisha Conteh", "Cortexa")],
    ),
    en(
        "Fjordline Health has closed a $32 million Series A led by Northbeam Ventures. "
        "The Oslo startup, whose chief executive is former McKinsey partner Ingrid Solberg, said existing investors also took part.",
        [
            inv("Northbeam Ventures", "Fjordline Health", C),
            pos("Ingrid Solberg", "Fjordline Health"),
            pos("Ingrid Solberg", "McKinsey"),
        ],
    ),
    en(
        "Kellerman Industries agreed to sell its industrial-pumps division, Kellerman Flow, to Swedish engineering group Aros Teknik for $850 million, as it narrows its focus to aerospace.",
        [acq("Aros Teknik", "Kellerman Flow", A)],
    ),
    en(
        "Solano Brewing's bid for craft brewer Hopfield Collective collapsed after its lenders pulled financing, Hopfield said on Monday. "
        "Hopfield chair Ngozi Adeyemi said the board would consider other options.",
        [acq("Solano Brewing", "Hopfield Collective", F), pos("Ngozi Adeyemi", "Hopfield Collective")],
    ),
    en(
        "Oracle, Zephyr Labs and Indian conglomerate Raghavan Group announced an alliance to build AI data centres in Chennai and Pune.",
        [par(["Oracle", "Zephyr Labs", "Raghavan Group"], CA)],
    ),
    en(
        "Glasswing Retail tapped Carmen Ibáñez, the former president of Marisol Apparel, as its next chief executive, effective immediately.",
        [hire("Carmen Ibáñez", "Glasswing Retail", C), pos("Carmen Ibáñez", "Marisol Apparel")],
        optional=[dep("Carmen Ibáñez", "Marisol Apparel", C), pos("Carmen Ibáñez", "Glasswing Retail")],
    ),
    en(
        "Vikram Rao, who co-founded Nuvolo Data and served as its chief product officer, has left the company to start a venture firm, according to a LinkedIn post.",
        [dep("Vikram Rao", "Nuvolo Data", C)],
        optional=[pos("Vikram Rao", "Nuvolo Data")],
    ),
    en(
        "Caldera Networks confirmed it is in discussions to acquire Irish firm Boglands Software, after The Irish Times reported on the talks. "
        "There can be no certainty a deal will be agreed, Caldera said.",
        [acq("Caldera Networks", "Boglands Software", T)],
    ),
    en(
        "Ostrander Motors is weighing Silvia Marchetti, head of European sales at Lucerna Auto, as a candidate to become its next CEO, Bloomberg reported.",
        [hire("Silvia Marchetti", "Ostrander Motors", R), pos("Silvia Marchetti", "Lucerna Auto")],
        optional=[dep("Silvia Marchetti", "Lucerna Auto", R)],
    ),
    en(
        "Banca Serravalle and Credito Ligure both denied on Thursday that they were in merger talks, after Italian daily Il Sole 24 Ore reported the two lenders had hired advisers.",
        [mer(["Banca Serravalle", "Credito Ligure"], D)],
    ),
    en(
        "Skyhaven Aerospace has terminated its partnership with engine maker Torvald Propulsion, citing repeated delays, the company said.",
        [par(["Skyhaven Aerospace", "Torvald Propulsion"], F)],
    ),
    en(
        "'The market has changed,' said Lorenzo Bassi, former chief executive of Aquila Telecom and now an adviser at Varden Capital.",
        [pos("Lorenzo Bassi", "Aquila Telecom"), pos("Lorenzo Bassi", "Varden Capital")],
    ),
    en(
        "Norrsken Paper completed the acquisition of Finnish packaging maker Kuusi Pakkaus, its third deal since it bought Dutch rival Vellum Verpakking last year.",
        [acq("Norrsken Paper", "Kuusi Pakkaus", C), acq("Norrsken Paper", "Vellum Verpakking", C)],
    ),
    en(
        "Emberline, which makes AI software for insurers, said it had raised €18 million. "
        "Backers include Paris-based Galion Capital and the venture arm of insurer Allianz, Allianz X.",
        [inv("Galion Capital", "Emberline", C), inv("Allianz X", "Emberline", C)],
        optional=[inv("Allianz", "Emberline", C)],
    ),
    en(
        "Marlowe Semiconductors accused rival Trident Micro of systematically poaching its chip designers, filing a lawsuit that claims 40 engineers left for Trident in the past year.",
        [poa("Trident Micro", "Marlowe Semiconductors", [C, R])],
    ),
    en(
        "Hana Kobayashi is moving from Kiyomizu Electronics to rival Tenma Devices, where she will head the smartphone business, both companies confirmed.",
        [dep("Hana Kobayashi", "Kiyomizu Electronics", CA), hire("Hana Kobayashi", "Tenma Devices", CA)],
        optional=[pos("Hana Kobayashi", "Tenma Devices")],
    ),
    en(
        "Software makers Quillfeather and Arbolux will merge in a deal valuing the combined group at $7 billion. "
        "Quillfeather's Diego Paredes, who founded the company in 2011, will be CEO, and Arbolux chief executive Nadia Kowalski will become president.",
        [
            mer(["Quillfeather", "Arbolux"], A),
            pos("Diego Paredes", "Quillfeather"),
            pos("Nadia Kowalski", "Arbolux"),
        ],
    ),
    en(
        "Farid Haddad is returning to Beacon Pay as chief operating officer, two years after leaving the fintech for a role at Stripe.",
        [hire("Farid Haddad", "Beacon Pay", CA), dep("Farid Haddad", "Beacon Pay", C)],
        optional=[
            hire("Farid Haddad", "Stripe", C),
            dep("Farid Haddad", "Stripe", CA),
            pos("Farid Haddad", "Stripe"),
            pos("Farid Haddad", "Beacon Pay"),
        ],
    ),
    en(
        "A consortium of Kingsmere Infrastructure and Pensioenfonds Rijnland has agreed to take Belgian fibre-network operator Glasnet private for €3.4 billion.",
        [acq("Kingsmere Infrastructure", "Glasnet", A), acq("Pensioenfonds Rijnland", "Glasnet", A)],
    ),
    en(
        "Chipmaker Velantis said it is working with Siemens on design software for 2-nanometre chips. "
        "'We're co-developing the flow end to end,' said Velantis CTO Oluwaseun Bakare.",
        [par(["Velantis", "Siemens"], CA), pos("Oluwaseun Bakare", "Velantis")],
    ),
    en(
        "Former Grenwald Bank chief executive Tobias Lindqvist has been appointed chairman of Harwick Energy.",
        [hire("Tobias Lindqvist", "Harwick Energy", CA), pos("Tobias Lindqvist", "Grenwald Bank")],
        optional=[pos("Tobias Lindqvist", "Harwick Energy")],
    ),
    en(
        "Cobaltline, formerly known as Rivermark Data, has been acquired by Hexagonal Group, the Stockholm-based company said on Tuesday, in a transaction valued at about SEK 2 billion.",
        [acq("Hexagonal Group", "Cobaltline", C)],
    ),
    en(
        "Sovereign fund Tamarind Holdings said it has no plans to invest in chip startup Ferrovia AI, denying a report that it was leading a $1 billion round.",
        [inv("Tamarind Holdings", "Ferrovia AI", D)],
    ),
    en(
        "Bellwether Bank tried to lure away Orwell & Finch's entire leveraged-finance team last month, "
        "but the bankers turned down the offer after Orwell & Finch raised their pay, people familiar with the matter said.",
        [poa("Bellwether Bank", "Orwell & Finch", F)],
    ),
    en(
        "Drummond Steel launched a hostile $5.6 billion bid for Kessler Alloys on Monday, taking its offer directly to shareholders after Kessler's board rebuffed two earlier approaches.",
        [acq("Drummond Steel", "Kessler Alloys", T)],
    ),
    en(
        "Hoshida Motors is in talks with Nvidia about jointly developing a self-driving platform for its mid-size cars, Nikkei reported, citing people close to the carmaker.",
        [par(["Hoshida Motors", "Nvidia"], TR)],
    ),
    # ------------------------------------------------------------------ German
    de(
        "Der Münchner Softwarekonzern Datenwerk übernimmt den Berliner KI-Spezialisten Sprachgut. "
        "Der Kaufpreis liege bei rund 450 Millionen Euro, teilte das Unternehmen am Dienstag mit. "
        "Der Abschluss der Transaktion wird für das erste Quartal 2027 erwartet. Sprachgut-Gründerin Lena Voigt soll das Geschäft weiter führen.",
        [acq("Datenwerk", "Sprachgut", A), pos("Lena Voigt", "Sprachgut")],
    ),
    de(
        "Nordlicht Logistik hat die Übernahme des Hamburger Kühltransport-Spezialisten Frostkurier abgeschlossen. "
        "Das Bundeskartellamt hatte den Kauf Anfang Juni freigegeben.",
        [acq("Nordlicht Logistik", "Frostkurier", C)],
    ),
    de(
        "Der Finanzinvestor Brückenstein Capital erwägt Insidern zufolge ein Gebot für den Armaturenhersteller Wasserhahn & Söhne. "
        "Eine Entscheidung sei noch nicht gefallen, sagten zwei mit der Sache vertraute Personen. Brückenstein wollte sich nicht äußern.",
        [acq("Brückenstein Capital", "Wasserhahn & Söhne", R)],
    ),
    de(
        "Die Rheintal Bank hat Berichte über Fusionsgespräche mit der Mainfels Bank dementiert. "
        "„Es gibt keine Gespräche“, sagte ein Sprecher des Instituts am Freitag in Frankfurt.",
        [mer(["Rheintal Bank", "Mainfels Bank"], D)],
    ),
    de(
        "Stefan Albrecht wechselt vom Autozulieferer Kurbelwerk zum Maschinenbauer Gebrüder Haldt. "
        "Dort soll er zum 1. April den Vorstandsvorsitz übernehmen, wie Haldt am Montag mitteilte. "
        "Bei Kurbelwerk war Albrecht zuletzt Finanzvorstand.",
        [dep("Stefan Albrecht", "Kurbelwerk", CA), hire("Stefan Albrecht", "Gebrüder Haldt", CA)],
        optional=[pos("Stefan Albrecht", "Kurbelwerk"), pos("Stefan Albrecht", "Gebrüder Haldt")],
    ),
    de(
        "Beim Chemiekonzern Veltheim Chemie tritt Katharina Roth die Nachfolge von Vorstandschef Jürgen Hessler an, der in den Ruhestand geht. "
        "Roth ist derzeit Produktionsvorständin des Unternehmens.",
        [posh("Katharina Roth", "Veltheim Chemie"), dep("Jürgen Hessler", "Veltheim Chemie", CA)],
        optional=[pos("Jürgen Hessler", "Veltheim Chemie")],
    ),
    de(
        "Das Heidelberger Biotech-Start-up Zellkraft hat in einer Finanzierungsrunde 40 Millionen Euro eingesammelt. "
        "Angeführt wurde die Runde vom Wagniskapitalgeber Eichenhain Ventures, auch der High-Tech Gründerfonds beteiligte sich.",
        [inv("Eichenhain Ventures", "Zellkraft", C), inv("High-Tech Gründerfonds", "Zellkraft", C)],
    ),
    de(
        "Der Chipentwickler Siliziumtal versucht offenbar, gezielt Ingenieure von Infineon abzuwerben. "
        "Nach Informationen des „Handelsblatt“ bot das Dresdner Unternehmen mehreren Fachkräften Gehaltsaufschläge von bis zu 40 Prozent.",
        [poa("Siliziumtal", "Infineon", TR)],
    ),
    de(
        "SAP und das Kölner Start-up Wortfabrik arbeiten künftig bei KI-Assistenten für den Mittelstand zusammen. "
        "Eine entsprechende Vereinbarung unterzeichneten beide Unternehmen am Rande einer Konferenz in Walldorf.",
        [par(["SAP", "Wortfabrik"], CA)],
    ),
    de(
        "Die geplante Fusion der beiden Regionalversorger Stadtwerke Elbtal und Energie Saalequelle ist gescheitert. "
        "Die Aufsichtsräte konnten sich nicht auf die künftige Führungsstruktur einigen, hieß es am Mittwoch.",
        [mer(["Stadtwerke Elbtal", "Energie Saalequelle"], F)],
    ),
    de(
        "Der Versandhändler Kaufhaus Lindner hat im dritten Quartal einen Umsatzrückgang von vier Prozent verbucht. "
        "„Die Konsumstimmung bleibt schwierig“, sagte Finanzchef Murat Yılmaz bei der Vorlage der Zahlen.",
        [pos("Murat Yılmaz", "Kaufhaus Lindner")],
    ),
    de(
        "Der Energiekonzern Ostwerk beteiligt sich mit 24,9 Prozent an dem Wasserstoff-Start-up Elektrolyse Nord. "
        "Über den Kaufpreis vereinbarten die Parteien Stillschweigen.",
        [stake("Ostwerk", "Elektrolyse Nord", CA)],
    ),
    de(
        "Der Vorstand des Spezialchemieherstellers Farbenhaus Kessler hat das Übernahmeangebot des US-Konkurrenten Corvant Materials als zu niedrig zurückgewiesen. "
        "Corvant hatte 38 Euro je Aktie geboten.",
        [acq("Corvant Materials", "Farbenhaus Kessler", [F, T])],
    ),
    de(
        "Überraschender Abgang bei der Direktbank Kontowerk: Vertriebsvorstand Tobias Frühwirth verlässt das Institut zum Jahresende auf eigenen Wunsch. "
        "Ein Nachfolger steht noch nicht fest.",
        [dep("Tobias Frühwirth", "Kontowerk", CA)],
        optional=[pos("Tobias Frühwirth", "Kontowerk")],
    ),
    de(
        "Der Stahlhändler Kramer & Voss verhandelt mit dem Schweizer Konkurrenten Stahlring über einen Zusammenschluss. "
        "Beide Unternehmen bestätigten am Donnerstag entsprechende Gespräche, betonten aber, dass ein Ergebnis offen sei.",
        [mer(["Kramer & Voss", "Stahlring"], T)],
    ),
    de(
        "Siemens kauft zu: Der Konzern übernimmt den Nürnberger Simulationssoftware-Anbieter Digitalzwilling für rund 1,1 Milliarden Euro. "
        "Die Behörden müssen noch zustimmen.",
        [acq("Siemens", "Digitalzwilling", A)],
    ),
    de(
        "Der ehemalige Vorstandschef der Hansa Werft, Klaus-Dieter Brenner, wird Aufsichtsratsvorsitzender beim Windkraftanlagenbauer Küstenwind.",
        [hire("Klaus-Dieter Brenner", "Küstenwind", CA), pos("Klaus-Dieter Brenner", "Hansa Werft")],
        optional=[pos("Klaus-Dieter Brenner", "Küstenwind")],
    ),
    de(
        "Der Golfstaatenfonds Al Rayyan Capital soll an einem Einstieg bei dem Düsseldorfer Modekonzern Stilhaus interessiert sein. "
        "Das berichtet das „Manager Magazin“ unter Berufung auf Finanzkreise.",
        [stake("Al Rayyan Capital", "Stilhaus", R)],
    ),
    de(
        "Das Münchner Drohnen-Start-up Himmelsauge hat 120 Millionen Euro eingesammelt. "
        "Zu den Geldgebern gehören der US-Investor Redwood Crest, der Rüstungskonzern Falkenstein Defence und der Nato-Innovationsfonds.",
        [
            inv("Redwood Crest", "Himmelsauge", C),
            inv("Falkenstein Defence", "Himmelsauge", C),
            inv("Nato-Innovationsfonds", "Himmelsauge", C),
        ],
    ),
    de(
        "Die Versicherung Hanseatica holt sich einen neuen Technikchef: Emre Aksoy, bisher IT-Leiter bei der Commerzbank, wird zum 1. Januar Vorstand für IT und Digitales.",
        [hire("Emre Aksoy", "Hanseatica", CA), pos("Emre Aksoy", "Commerzbank")],
        optional=[dep("Emre Aksoy", "Commerzbank", CA), pos("Emre Aksoy", "Hanseatica")],
    ),
    de(
        "Die Fusion der Raiffeisenbank Auental mit der Volksbank Hügelland ist vollzogen. "
        "Das fusionierte Institut firmiert ab sofort als VR Bank Auental-Hügelland und hat rund 3,2 Milliarden Euro Bilanzsumme.",
        [mer(["Raiffeisenbank Auental", "Volksbank Hügelland"], C)],
    ),
    de(
        "Das Heidelberger KI-Labor Denkfabrik hat drei führende Forscher des Konkurrenten Neuronhaus abgeworben, darunter dessen Forschungschef Dmitri Wolkow. "
        "Neuronhaus-Chef Felix Ahrens sprach von einem „herben Verlust“.",
        [
            poa("Denkfabrik", "Neuronhaus", C),
            hire("Dmitri Wolkow", "Denkfabrik", C),
            dep("Dmitri Wolkow", "Neuronhaus", C),
            pos("Felix Ahrens", "Neuronhaus"),
        ],
        optional=[pos("Dmitri Wolkow", "Neuronhaus")],
    ),
    de(
        "Die Deutsche Bahn hat beim Zughersteller Schienenwerk Görlitz 30 Regionalzüge bestellt. "
        "Der Auftrag hat ein Volumen von rund 600 Millionen Euro, wie Schienenwerk-Vorstand Andreas Petzold sagte.",
        [pos("Andreas Petzold", "Schienenwerk Görlitz")],
    ),
    de(
        "Das Mainzer Pharmaunternehmen Rheinpharm hat die Rechte an einem Krebsmittel des chinesischen Herstellers Jiangnan Biotech einlizenziert. "
        "Rheinpharm zahlt vorab 60 Millionen Dollar, hinzu kommen mögliche Meilensteinzahlungen von bis zu 1,2 Milliarden Dollar.",
        [par(["Rheinpharm", "Jiangnan Biotech"], CA)],
    ),
    de(
        "Das Bundeskartellamt hat die Übernahme des Baustoffhändlers Mörtelmann durch den Konkurrenten Baustoff Union untersagt. "
        "Der Zusammenschluss hätte in Teilen Süddeutschlands zu einer marktbeherrschenden Stellung geführt.",
        [acq("Baustoff Union", "Mörtelmann", F)],
    ),
    de(
        "Der Finanzinvestor Talbrücke Partners zieht sein Angebot für den Online-Optiker Brillenblick zurück. "
        "Man habe die angestrebte Mindestannahmeschwelle von 50 Prozent nicht erreicht, teilte Talbrücke mit.",
        [acq("Talbrücke Partners", "Brillenblick", F)],
    ),
    de(
        "Nach dem Rücktritt von Konzernchef Walter Gruber übernimmt Finanzvorständin Sabine Öztürk kommissarisch die Leitung des Möbelhändlers Wohnwelt Bergmann.",
        [dep("Walter Gruber", "Wohnwelt Bergmann", C), posh("Sabine Öztürk", "Wohnwelt Bergmann")],
        optional=[pos("Walter Gruber", "Wohnwelt Bergmann")],
    ),
    de(
        "Die Berliner Fintech-Firma Zahlfix spricht Insidern zufolge mit mehreren Investoren über eine neue Finanzierungsrunde, "
        "darunter die Wagniskapitalgeber Lakeshore Ventures und Brennerpass Capital.",
        [inv("Lakeshore Ventures", "Zahlfix", TR), inv("Brennerpass Capital", "Zahlfix", TR)],
    ),
    de(
        "Die Softwarehäuser Codewerk und Taktgeber Systems schließen sich zusammen. "
        "Das gemeinsame Unternehmen soll von Codewerk-Chef Jan Ehlers geführt werden; Taktgeber-Gründerin Mariam Haddad wechselt in den Aufsichtsrat.",
        [
            mer(["Codewerk", "Taktgeber Systems"], CA),
            pos("Jan Ehlers", "Codewerk"),
            pos("Mariam Haddad", "Taktgeber Systems"),
        ],
    ),
    de(
        "Der Industriekonzern Thalberg verkauft seine Medizintechniksparte Thalberg Medical an den schwedischen Finanzinvestor Norrvik Equity. "
        "Der Verkaufspreis liegt nach Angaben aus Unternehmenskreisen bei mehr als 2 Milliarden Euro.",
        [acq("Norrvik Equity", "Thalberg Medical", CA)],
    ),
    de(
        "Die Münchner Robotik-Expertin Aylin Kaya verlässt das Start-up Greifarm und wechselt zu Google. "
        "Dort soll sie ein Team für humanoide Roboter in Zürich aufbauen.",
        [dep("Aylin Kaya", "Greifarm", CA), hire("Aylin Kaya", "Google", CA)],
    ),
    de(
        "Der Spielwarenhersteller Bauklotz, der 2021 den Puzzlehersteller Legespiel übernommen hatte, steigt nun mit 30 Prozent beim dänischen Brettspielverlag Terningen ein.",
        [acq("Bauklotz", "Legespiel", C), stake("Bauklotz", "Terningen", CA)],
    ),
    de(
        "Die Privatbank Hofmann & Cie. wirbt bei der Konkurrenz Vermögensberater ab: "
        "Allein vom Bankhaus Sternberg seien in diesem Jahr zwölf Berater gewechselt, berichtet die „Börsen-Zeitung“.",
        [poa("Hofmann & Cie.", "Bankhaus Sternberg", [C, R])],
    ),
    de(
        "Der Autobauer Wendrich hat Berichte zurückgewiesen, wonach Entwicklungsvorstand Lars Petersen vor einem Wechsel zum Konkurrenten Volta Motors stehe. "
        "Petersen habe einen Vertrag bis 2029, sagte ein Sprecher.",
        [
            pos("Lars Petersen", "Wendrich"),
            dep("Lars Petersen", "Wendrich", D),
            hire("Lars Petersen", "Volta Motors", D),
        ],
        optional=[poa("Volta Motors", "Wendrich", D)],
    ),
    de(
        "Die Deutsche Telekom will sich mit einem dreistelligen Millionenbetrag am Rechenzentrumsbetreiber Serverpark Nord beteiligen. "
        "Eine entsprechende Vereinbarung sei unterzeichnet, teilte der Bonner Konzern mit.",
        [stake("Deutsche Telekom", "Serverpark Nord", A)],
    ),
    de(
        "Der Aufsichtsrat der Baywald AG hat Henrik Lund zum neuen Vorstandsvorsitzenden berufen. "
        "Der Norweger kommt vom Agrarkonzern Kornmark, wo er das Europageschäft leitete, und tritt sein Amt im Mai an.",
        [hire("Henrik Lund", "Baywald", CA), dep("Henrik Lund", "Kornmark", CA)],
        optional=[pos("Henrik Lund", "Kornmark"), pos("Henrik Lund", "Baywald")],
    ),
    de(
        "EIL: Autozulieferer Lagerring übernimmt Konkurrenten Kugelfix – Kaufpreis 780 Mio. Euro",
        [acq("Lagerring", "Kugelfix", CA)],
    ),
    de(
        "Der Essener Energiekonzern Ruhrstrom und Microsoft wollen gemeinsam ein KI-Rechenzentrum im Rheinischen Revier errichten. "
        "Die Partner unterzeichneten eine Absichtserklärung, wie Ruhrstrom-Chefin Dagmar Klewe am Montag sagte.",
        [par(["Ruhrstrom", "Microsoft"], CA), pos("Dagmar Klewe", "Ruhrstrom")],
    ),
    de(
        "Die Reedereien Nordkap Linien und Ostsee-Fracht sollen Medienberichten zufolge über einen Zusammenschluss nachdenken. "
        "Beide Unternehmen lehnten eine Stellungnahme ab.",
        [mer(["Nordkap Linien", "Ostsee-Fracht"], R)],
    ),
    de(
        "Das Quantencomputing-Start-up Qubitwerk hat Professorin Xu Lijuan von der TU München als wissenschaftliche Leiterin gewonnen. "
        "Mitgründer und Geschäftsführer Moritz Engel sieht darin einen „Meilenstein“.",
        [
            hire("Xu Lijuan", "Qubitwerk", CA),
            pos("Xu Lijuan", "TU München"),
            pos("Moritz Engel", "Qubitwerk"),
        ],
        optional=[dep("Xu Lijuan", "TU München", ANY), pos("Xu Lijuan", "Qubitwerk")],
    ),
    de(
        "Ein Traditionsunternehmen aus dem Schwarzwald wechselt den Besitzer: Der Uhrenhersteller Kienzlebach gehört nun zur Schweizer Chronos-Gruppe. "
        "Die Übernahme wurde am Freitag abgeschlossen, wie die Schweizer mitteilten.",
        [acq("Chronos-Gruppe", "Kienzlebach", C)],
    ),
    de(
        "Der Aufsichtsratsvorsitzende der Hafenbank Bremerhaven, Ulrich Segebrecht, legt sein Mandat mit sofortiger Wirkung nieder. "
        "Grund seien unterschiedliche Auffassungen über die Strategie, hieß es.",
        [dep("Ulrich Segebrecht", "Hafenbank Bremerhaven", C)],
        optional=[pos("Ulrich Segebrecht", "Hafenbank Bremerhaven")],
    ),
    de(
        "Der Stuttgarter Technologiekonzern Bosch hat sich an einem israelischen Sensor-Start-up beteiligt. "
        "Wie das Unternehmen Vayu Sense mitteilte, investierte Bosch 25 Millionen Dollar im Rahmen einer Serie-B-Runde, die der Investor Galil Ventures anführte.",
        [inv("Bosch", "Vayu Sense", C), inv("Galil Ventures", "Vayu Sense", C)],
    ),
    de(
        "Die Gespräche zwischen dem Lidar-Hersteller Lichtpunkt und dem chinesischen Investor Huaxin Capital über eine Minderheitsbeteiligung sind geplatzt. "
        "Die Bundesregierung hatte Bedenken angemeldet.",
        [stake("Huaxin Capital", "Lichtpunkt", F)],
    ),
    de(
        "Die Direktbank Finomo holt sich Verstärkung im Vorstand: Zum 1. März kommt Chiara Benvenuti von der italienischen Banca Lagunare, "
        "wo sie das Privatkundengeschäft verantwortete.",
        [hire("Chiara Benvenuti", "Finomo", A), dep("Chiara Benvenuti", "Banca Lagunare", CA)],
        optional=[pos("Chiara Benvenuti", "Banca Lagunare"), pos("Chiara Benvenuti", "Finomo")],
    ),
    de(
        "Auf dem Podium diskutierten Gerhard Maier, Vorstandschef der Stadtsparkasse Lindau, und Nilüfer Çelik, Gründerin des Fintechs Kreditkompass, "
        "über die Zukunft der Mittelstandsfinanzierung.",
        [pos("Gerhard Maier", "Stadtsparkasse Lindau"), pos("Nilüfer Çelik", "Kreditkompass")],
    ),
    de(
        "Der Medienkonzern Funkhaus Nord bestätigte am Mittwoch Gespräche über eine Übernahme des Radiosenders Welle West. "
        "Ein Abschluss sei aber „keineswegs sicher“, sagte ein Sprecher.",
        [acq("Funkhaus Nord", "Welle West", T)],
    ),
    de(
        "Beim Chiphersteller Halbleiterwerk Jena verlassen gleich zwei Vorstände das Unternehmen: "
        "Technikvorstand Rainer Scholz und Vertriebschefin Ana Lopes scheiden Ende März aus.",
        [dep("Rainer Scholz", "Halbleiterwerk Jena", CA), dep("Ana Lopes", "Halbleiterwerk Jena", CA)],
        optional=[pos("Rainer Scholz", "Halbleiterwerk Jena"), pos("Ana Lopes", "Halbleiterwerk Jena")],
    ),
    de(
        "Der Chemiekonzern BASF und der Recyclingspezialist Kunststoffkreis gründen ein Gemeinschaftsunternehmen für das chemische Recycling von Altreifen. "
        "BASF hält 51 Prozent an der neuen Firma.",
        [par(["BASF", "Kunststoffkreis"], CA)],
    ),
    de(
        "Die beiden Berliner Lieferdienste Flinkkorb und Radbote haben sich zusammengeschlossen. "
        "Das fusionierte Unternehmen tritt künftig unter dem Namen Flinkkorb auf; Radbote-Gründer Jonas Weber wird Co-Chef.",
        [mer(["Flinkkorb", "Radbote"], C), pos("Jonas Weber", "Radbote")],
        optional=[hire("Jonas Weber", "Flinkkorb", CA), pos("Jonas Weber", "Flinkkorb")],
    ),
    de(
        "Der Softwarekonzern Quellcode AG weist Vorwürfe zurück, gezielt Mitarbeiter des Konkurrenten Bitgarten abgeworben zu haben. "
        "Die Wechsel seien „auf Initiative der Beschäftigten“ erfolgt, sagte Personalvorständin Birgit Hansen.",
        [poa("Quellcode", "Bitgarten", D), pos("Birgit Hansen", "Quellcode")],
    ),
    de(
        "Der US-Konzern Pellucid Systems steht Finanzkreisen zufolge kurz vor der Übernahme des Leipziger Cloud-Anbieters Wolkenwerk. "
        "Der Preis soll bei gut 900 Millionen Euro liegen.",
        [acq("Pellucid Systems", "Wolkenwerk", TR)],
    ),
    de(
        "Der Aufsichtsrat von Baumarkt Hellwig hat den Vertrag von Vorstandschef Peter Nowak vorzeitig um fünf Jahre verlängert.",
        [pos("Peter Nowak", "Baumarkt Hellwig")],
    ),
    de(
        "Der Versicherer Rheinland Leben hat einen neuen Finanzchef gefunden. "
        "Wie das Kölner Unternehmen mitteilte, folgt Thomas Berger zum 1. Juli auf Monika Stein, die zum Rückversicherer Atlas Re wechselt.",
        [
            hire("Thomas Berger", "Rheinland Leben", CA),
            dep("Monika Stein", "Rheinland Leben", CA),
            hire("Monika Stein", "Atlas Re", CA),
        ],
        optional=[pos("Monika Stein", "Rheinland Leben"), pos("Thomas Berger", "Rheinland Leben")],
    ),
    de(
        "Der KI-Entwickler Semantikon aus Heidelberg erhält 300 Millionen Euro frisches Kapital. "
        "Angeführt wird die Runde von Lindwurm Capital; außerdem beteiligen sich die Schwarz Gruppe und bestehende Investoren.",
        [inv("Lindwurm Capital", "Semantikon", CA), inv("Schwarz Gruppe", "Semantikon", CA)],
    ),
    de(
        "Der Sportartikelhersteller Laufwerk beendet seine Vertriebspartnerschaft mit dem Online-Händler Sportbude. "
        "Grund seien Streitigkeiten über Rabattaktionen, teilte das Unternehmen mit.",
        [par(["Laufwerk", "Sportbude"], F)],
    ),
    de(
        "Wie aus Branchenkreisen verlautet, hat Apple mehreren Chipdesignern des Münchner Start-ups Rechenkern Angebote unterbreitet.",
        [poa("Apple", "Rechenkern", TR)],
    ),
    de(
        "Die Krankenhausbetreiber Klinikverbund Ems und Heilwerk Kliniken wollen fusionieren. "
        "Der Zusammenschluss stehe unter dem Vorbehalt der Zustimmung des Kartellamts, teilten die Unternehmen mit. "
        "Heilwerk-Chef Burak Şahin soll das neue Unternehmen führen.",
        [mer(["Klinikverbund Ems", "Heilwerk Kliniken"], A), pos("Burak Şahin", "Heilwerk Kliniken")],
    ),
    de(
        "Markus Lehner, der sein Start-up Kassenklar 2023 an den Zahlungsdienstleister Paymondo verkauft hatte, investiert nun in das Berliner Proptech Mietfuchs.",
        [acq("Paymondo", "Kassenklar", C), inv("Markus Lehner", "Mietfuchs", CA)],
        optional=[pos("Markus Lehner", "Kassenklar")],
    ),
    de(
        "Paukenschlag bei der Modekette Kleidsam: Vorstandschefin Claudia Reinholz tritt mit sofortiger Wirkung zurück. "
        "Ihr Nachfolger wird der frühere Marketingchef des Kaffeerösters Bohnenglück, Sven Albers.",
        [
            dep("Claudia Reinholz", "Kleidsam", C),
            hire("Sven Albers", "Kleidsam", CA),
            pos("Sven Albers", "Bohnenglück"),
        ],
        optional=[pos("Claudia Reinholz", "Kleidsam"), dep("Sven Albers", "Bohnenglück", C)],
    ),
    de(
        "Der Chef des Immobilienkonzerns Wohnbau Rhein-Main, Dieter Faltermeier, muss sich vor dem Landgericht Frankfurt verantworten. "
        "Die Staatsanwaltschaft wirft ihm Untreue vor.",
        [pos("Dieter Faltermeier", "Wohnbau Rhein-Main")],
    ),
    de(
        "Die Familienholding Brenninkamp hat ihren Anteil an dem Elektronikhändler Technikmarkt Süd auf 45 Prozent aufgestockt und strebt nun die Mehrheit an.",
        [stake("Brenninkamp", "Technikmarkt Süd", C)],
        optional=[acq("Brenninkamp", "Technikmarkt Süd", ANY)],
    ),
    de(
        "Fusion perfekt: Allgäuer Molkereien Bergmilch und Alpenrahm werden eins",
        [mer(["Bergmilch", "Alpenrahm"], CA)],
    ),
    de(
        "Der Versuch des Stuttgarter Autozulieferers Zahnradwerk, die komplette Batterieabteilung des Konkurrenten Akkutec abzuwerben, ist gescheitert. "
        "Die meisten Ingenieure hätten die Angebote abgelehnt, berichtet die „Stuttgarter Zeitung“.",
        [poa("Zahnradwerk", "Akkutec", F)],
    ),
    de(
        "Die frühere Deutsche-Bank-Managerin Leonie Hartmann soll neue Finanzchefin des Zahlungsabwicklers Zahlbrücke Europe werden. "
        "Das berichtet die „Financial Times“ unter Berufung auf informierte Kreise.",
        [hire("Leonie Hartmann", "Zahlbrücke Europe", R)],
        optional=[pos("Leonie Hartmann", "Deutsche Bank"), dep("Leonie Hartmann", "Deutsche Bank", C)],
    ),
    de(
        "Der Finanzinvestor Eisvogel Capital hat seine Mehrheitsbeteiligung am Fahrradhersteller Pedalwerk an den niederländischen Konkurrenten Fietsgroep verkauft. "
        "Eisvogel war 2019 bei Pedalwerk eingestiegen.",
        [acq("Fietsgroep", "Pedalwerk", CA), stake("Eisvogel Capital", "Pedalwerk", C)],
    ),
    de(
        "Die Fluggesellschaft Alpenair verhandelt mit der türkischen Anadolu Hava über eine Codeshare-Partnerschaft, wie Alpenair-Vorstand Mehmet Kurt bestätigte.",
        [par(["Alpenair", "Anadolu Hava"], T), pos("Mehmet Kurt", "Alpenair")],
    ),
    de(
        "Neu in den Aufsichtsrat der Kraftstrom Energie SE sollen die Juristin Johanna Pfeiffer und der frühere Siemens-Manager Olufemi Adebayo einziehen. "
        "Die Hauptversammlung muss der Wahl im Mai noch zustimmen.",
        [hire("Johanna Pfeiffer", "Kraftstrom Energie", A), hire("Olufemi Adebayo", "Kraftstrom Energie", A)],
        optional=[pos("Olufemi Adebayo", "Siemens"), dep("Olufemi Adebayo", "Siemens", C)],
    ),
    de(
        "Die Deutsche Bank und das Frankfurter Fintech Kontoblick haben eine strategische Partnerschaft im Firmenkundengeschäft vereinbart. "
        "Finanzielle Details nannten die Partner nicht.",
        [par(["Deutsche Bank", "Kontoblick"], CA)],
    ),
]
