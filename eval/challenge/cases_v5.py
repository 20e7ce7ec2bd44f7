# ruff: noqa: E501
"""Challenge set v5: short multi-sentence passages (wire copy / business press style), English and German.

Written blind (without looking at the extraction tool's code, its tests, earlier challenge
sets or the dev corpora) by a helper session on 2026-11-26. Company and person names are
mostly invented; a few well-known real companies appear only as counterparties.
Each case is a 2-5 sentence passage or a headline plus lead; traps expect no event or only
the true events, and debatable readings are listed under ``optional``.
"""

from builders import (  # noqa: F401
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
    # acquisitions
    en(
        "Harrowgate Systems said on Tuesday it had completed its acquisition of Lumio Analytics, a Boston-based maker of retail forecasting software, for $412 million in cash. "
        "The deal, first announced in March, gives Harrowgate a foothold among grocery chains. "
        "Lumio co-founder and chief executive Priya Natarajan will continue to run the business as a standalone unit and report to Harrowgate CEO Tom Ellery.",
        [
            acq("Harrowgate Systems", "Lumio Analytics", C),
            pos("Priya Natarajan", "Lumio Analytics"),
            pos("Tom Ellery", "Harrowgate Systems"),
        ],
    ),
    en(
        "Norvell Foods agreed to buy snack maker Crispin & Daughters for about £180 million, the companies said on Tuesday. "
        "The transaction is expected to close in the third quarter, subject to approval by the Competition and Markets Authority. "
        "Norvell, which makes frozen pizzas under the Bellamo brand, said the purchase would add roughly £95 million in annual sales.",
        [acq("Norvell Foods", "Crispin & Daughters", A)],
    ),
    en(
        "Skyforge Games is in advanced talks to acquire Pixelmarsh, the Finnish studio behind the mobile hit Tidefall, according to people familiar with the matter. "
        "A deal could be announced as soon as next week and would value Pixelmarsh at around $600 million, the people said. "
        "Skyforge declined to comment, and Pixelmarsh did not respond to a request for comment.",
        [acq("Skyforge Games", "Pixelmarsh", TR)],
    ),
    en(
        "Private equity firm Calder Ridge Partners is exploring a bid for British pub operator Whitlow Inns, Sky News reported, citing unnamed sources. "
        "No approach has been made yet, and Calder Ridge could still decide against an offer. "
        "Shares of Whitlow jumped 14% in early London trading.",
        [acq("Calder Ridge Partners", "Whitlow Inns", R)],
    ),
    en(
        "The board of Ostara Pharma has rejected an unsolicited 2.1 billion euro takeover proposal from rival Bexley Therapeutics, saying it “significantly undervalues” the company. "
        "Bexley, which has approached Ostara twice since January, said it was reviewing its options. "
        "Ostara chairman Henrik Solberg urged shareholders to take no action.",
        [acq("Bexley Therapeutics", "Ostara Pharma", F), pos("Henrik Solberg", "Ostara Pharma")],
    ),
    en(
        "The European Commission on Wednesday prohibited Kestrel Medical's planned 3.4 billion euro takeover of Irish surgical-stapler maker Ambrose Devices, saying the deal would have removed a key competitor. "
        "Kestrel said it would not appeal and that the agreement had been terminated. "
        "It is only the second deal the Commission has blocked this year.",
        [acq("Kestrel Medical", "Ambrose Devices", F)],
    ),
    en(
        "Tallis Mining has walked away from its pursuit of copper producer Gerrity Resources after the target's board refused to open its books. "
        "“We will not overpay,” Tallis chief executive Marguerite Oduya said in a statement. "
        "Tallis had offered A$9.50 a share in cash, a 31% premium to Gerrity's undisturbed share price.",
        [acq("Tallis Mining", "Gerrity Resources", F), pos("Marguerite Oduya", "Tallis Mining")],
    ),
    en(
        "Quillon Software denied a media report that it was in talks to buy cybersecurity startup Nettlefield. "
        "“There are no discussions taking place,” a Quillon spokeswoman said on Monday. "
        "The Information had reported late on Sunday that the two companies were negotiating a deal worth more than $1 billion.",
        [acq("Quillon Software", "Nettlefield", D)],
    ),
    en(
        "Verdant Power to buy Solara Farms in $2.3 billion deal\n\n"
        "Verdant Power Corp said on Monday it would acquire U.S. solar developer Solara Farms for $2.3 billion including debt, its largest deal to date.",
        [acq("Verdant Power Corp", "Solara Farms", A)],
    ),
    en(
        "Barrowfield Industries agreed to sell its packaging unit Fenmark to private equity firm Oakhurst Capital for $1.1 billion, as the conglomerate continues to slim down. "
        "The sale is expected to close by mid-2027. "
        "Barrowfield CEO Janet Ruiz-Patel has shed four businesses since taking over in 2024.",
        [acq("Oakhurst Capital", "Fenmark", A), pos("Janet Ruiz-Patel", "Barrowfield Industries")],
    ),
    en(
        "Insurer Corvane Mutual has bought Lumen Health, an online provider of physiotherapy sessions, the companies said, without disclosing terms. "
        "Lumen's 120 employees will join Corvane's digital health division. "
        "Lumen was founded in 2019 by physiotherapist Karen Osei, who will lead the enlarged unit.",
        [acq("Corvane Mutual", "Lumen Health", C), pos("Karen Osei", "Lumen Health")],
        optional=[posh("Karen Osei", "Corvane Mutual")],
    ),
    en(
        "Payments group Tillgate swoops on Irish rival in €540 million deal\n\n"
        "Tillgate has agreed to buy Dublin-based Cardlane for €540 million, it said on Wednesday, the latest in a wave of consolidation among European card processors. "
        "The company expects the deal to add to earnings in its first full year.",
        [acq("Tillgate", "Cardlane", A)],
    ),
    en(
        "Private equity firm Halloway Partners raised its offer for British engineer Meriden Group to 410 pence a share on Monday, trumping a rival bid from U.S. buyout firm Sablecrest. "
        "Meriden's board said it would recommend the improved offer to shareholders. "
        "Sablecrest said it was considering its position.",
        [acq("Halloway Partners", "Meriden Group", [T, A]), acq("Sablecrest", "Meriden Group", [T, F])],
    ),
    en(
        "French retailer Maison Duret has entered exclusive negotiations to acquire Belgian supermarket chain Verhaegen from its founding family, it said on Thursday. "
        "Verhaegen runs 140 stores in Flanders and employs about 6,000 people. "
        "A final agreement is expected after consultation with works councils.",
        [acq("Maison Duret", "Verhaegen", T)],
    ),
    en(
        "Drinks group Castillo Spirits has made a takeover approach to Scottish whisky distiller Glenardie, the target confirmed on Friday, adding that talks were at an early stage. "
        "Under UK takeover rules, Castillo has until Oct. 14 to make a firm offer or walk away.",
        [acq("Castillo Spirits", "Glenardie", T)],
    ),
    en(
        "The planned sale of German chemicals distributor Rhenchem to Thai conglomerate Siam Vantage has collapsed after the buyer failed to secure financing, Rhenchem said on Tuesday. "
        "The company said it would now pursue a stock market listing instead. "
        "Rhenchem's chief financial officer, Dorothea Klink, said the business remained “fully funded”.",
        [acq("Siam Vantage", "Rhenchem", F), pos("Dorothea Klink", "Rhenchem")],
    ),
    en(
        "Datavine closed its purchase of developer-tools company Sprocketry on Friday, two months after announcing the $95 million deal. "
        "Sprocketry's founders, siblings Ana and Rui Costa, have joined Datavine as vice presidents of engineering.",
        [
            acq("Datavine", "Sprocketry", C),
            hire("Ana Costa", "Datavine", C),
            hire("Rui Costa", "Datavine", C),
        ],
        optional=[pos("Ana Costa", "Sprocketry"), pos("Rui Costa", "Sprocketry")],
    ),
    en(
        "Cobaltline, the database company acquired by Oracle in 2019, is launching a new product for edge devices, the unit said on Tuesday. "
        "“Our customers want the same tools on a factory floor as in the cloud,” said Cobaltline general manager Ines Farrow. "
        "The product will be available from January.",
        [acq("Oracle", "Cobaltline", C), pos("Ines Farrow", "Cobaltline")],
        optional=[pos("Ines Farrow", "Oracle")],
    ),
    en(
        "Japanese conglomerate Hoshida is weighing a sale of its elevator business, which could fetch about $4 billion, and has drawn early interest from buyout firms including Tessaro Partners, Reuters reported. "
        "Hoshida said it was reviewing its portfolio but had made no decision.",
        [],
        optional=[acq("Tessaro Partners", "Hoshida", R)],
    ),
    en(
        "Analysts at Brennan & Co said mid-sized software group Trellis could become a takeover target for larger rivals such as Oakmont Software after its shares halved this year. "
        "Trellis reports third-quarter results on Thursday.",
        [],
        optional=[acq("Oakmont Software", "Trellis", R)],
    ),
    en(
        "Reddington Steel has bought a rolling mill in Canton, Ohio, from Kessler Metals for $85 million, adding 400,000 tonnes of annual capacity. "
        "Reddington said the plant's 230 workers would keep their jobs.",
        [],
    ),
    # stakes and investments
    en(
        "Sovereign fund Marrakai Investment Authority has bought a 9.9% stake in Dutch chip equipment supplier Velthoven Precision, a regulatory filing showed. "
        "The holding, worth about 740 million euros at current prices, makes the fund Velthoven's second-largest shareholder. "
        "Velthoven said it welcomed long-term investors.",
        [stake("Marrakai Investment Authority", "Velthoven Precision", C)],
    ),
    en(
        "Activist investor Greyhawk Capital has raised its stake in Dutch payments group Paylane to 7.2% from 5%, according to a filing, and is pushing the company to explore a sale. "
        "Paylane chief executive Joost van Rijn said he was open to talks with all shareholders.",
        [stake("Greyhawk Capital", "Paylane", C), pos("Joost van Rijn", "Paylane")],
    ),
    en(
        "Holding company Marlin & Rowe has sold its 24% stake in cable operator Tallyho to infrastructure fund Brookwater for $610 million, ending a 12-year investment. "
        "Marlin & Rowe said it would return the proceeds to shareholders.",
        [stake("Brookwater", "Tallyho", C)],
        optional=[stake("Marlin & Rowe", "Tallyho", C)],
    ),
    en(
        "Microsoft to take minority stake in Paris AI startup Quillmind\n\n"
        "Microsoft has agreed to invest 150 million euros in Quillmind, a Paris-based developer of French-language AI models, in exchange for a minority stake, the startup said on Thursday. "
        "The two companies will also work together to offer Quillmind's models on Microsoft's Azure cloud.",
        [stake("Microsoft", "Quillmind", A), par(["Microsoft", "Quillmind"], CA)],
    ),
    en(
        "Fernway, a San Francisco startup building AI agents for insurance claims, has raised $48 million in a Series B round led by Indexwell Ventures. "
        "Existing investors Northbeam Capital and Orchard Hill also participated, bringing total funding to $71 million. "
        "Fernway was founded in 2021 by former Lemonade engineers Dara Kwan and Luis Ibarra.",
        [
            inv("Indexwell Ventures", "Fernway", C),
            inv("Northbeam Capital", "Fernway", C),
            inv("Orchard Hill", "Fernway", C),
            pos("Dara Kwan", "Fernway"),
            pos("Luis Ibarra", "Fernway"),
        ],
        optional=[pos("Dara Kwan", "Lemonade"), pos("Luis Ibarra", "Lemonade")],
    ),
    en(
        "Nvidia-backed robotics startup Gantry Labs has raised $210 million in a new funding round led by SoftBank Vision Fund 2, valuing the company at $2.8 billion. "
        "The round also included money from the Amazon Industrial Innovation Fund, Gantry said. "
        "The company plans to double its headcount to 600 by the end of next year.",
        [
            inv("SoftBank Vision Fund 2", "Gantry Labs", C),
            inv("Amazon Industrial Innovation Fund", "Gantry Labs", C),
        ],
        optional=[inv("Nvidia", "Gantry Labs", C)],
    ),
    en(
        "Samsung Electronics has invested $40 million in Silicon Valley chip startup Photonax, the startup said, as the South Korean group seeks access to optical interconnect technology. "
        "Photonax CEO Derek Lam said the money would fund a pilot production line in Arizona.",
        [inv("Samsung Electronics", "Photonax", C), pos("Derek Lam", "Photonax")],
    ),
    en(
        "Legal-tech startup Clausewise is in talks to raise about $100 million at a valuation of $1.5 billion, with Thrive Capital expected to lead the round, according to people familiar with the matter. "
        "Terms could still change, the people said.",
        [inv("Thrive Capital", "Clausewise", TR)],
    ),
    en(
        "Ledgerleaf, a two-person startup automating bookkeeping for dental practices, has raised a $4.5 million seed round. "
        "The round was led by Dovetail Seed, with participation from Launchyard and angel investor Maya Lindholm, a former Stripe executive. "
        "Ledgerleaf's co-founder Chidi Okonkwo said the company would hire its first salespeople this year.",
        [
            inv("Dovetail Seed", "Ledgerleaf", C),
            inv("Launchyard", "Ledgerleaf", C),
            inv("Maya Lindholm", "Ledgerleaf", C),
            pos("Maya Lindholm", "Stripe"),
            pos("Chidi Okonkwo", "Ledgerleaf"),
        ],
    ),
    en(
        "Munich-based drone maker Aeroleap has raised 90 million euros from investors including the NATO Innovation Fund and Porsche SE, the company said on Wednesday. "
        "Aeroleap supplies reconnaissance drones to several European armies.",
        [inv("NATO Innovation Fund", "Aeroleap", C), inv("Porsche SE", "Aeroleap", C)],
    ),
    en(
        "Solar installer Brightroof has secured a $75 million credit facility from Barclays and Santander to fund its expansion into Spain and Portugal. "
        "The company said it remained profitable and had no plans to raise equity.",
        [],
        optional=[inv("Barclays", "Brightroof", C), inv("Santander", "Brightroof", C)],
    ),
    en(
        "Bernard Lacoste, the former chief executive of airline Aerovel, has launched a regional carrier, Skylark Regional, backed by 60 million euros from investment firm Pradel Capital. "
        "Skylark will fly turboprops between mid-sized French cities from next spring.",
        [pos("Bernard Lacoste", "Aerovel"), inv("Pradel Capital", "Skylark Regional", C)],
        optional=[pos("Bernard Lacoste", "Skylark Regional")],
    ),
    # mergers
    en(
        "Shipping lines Aldermoor Line and Pacifica Carriers will merge in an all-share deal to create the world's sixth-largest container operator, the companies said on Friday. "
        "Aldermoor shareholders will own 55% of the combined group, which will be led by Aldermoor chief executive Ravi Menon. "
        "The merger is expected to close in early 2027.",
        [mer(["Aldermoor Line", "Pacifica Carriers"], A), pos("Ravi Menon", "Aldermoor Line")],
    ),
    en(
        "Regional lenders First Cascade Bancorp and Pinebrook Financial completed their merger on Friday, creating a bank with $38 billion in assets. "
        "The combined company operates under the Cascade Pinebrook name and is headed by former Pinebrook CEO Diane Holloway.",
        [
            mer(["First Cascade Bancorp", "Pinebrook Financial"], C),
            pos("Diane Holloway", "Pinebrook Financial"),
        ],
        optional=[posh("Diane Holloway", "Cascade Pinebrook")],
    ),
    en(
        "Satellite operators Orbis Relay and Kestova are exploring a combination that would create a stronger rival to Starlink, Bloomberg News reported on Wednesday, citing people with knowledge of the deliberations. "
        "Talks are at an early stage and may not lead to a deal, the people said.",
        [mer(["Orbis Relay", "Kestova"], TR)],
    ),
    en(
        "Tyndale Brewing denied on Thursday that it was holding merger talks with Dutch rival Hoekstra Bier, after a newspaper report sent both companies' shares higher. "
        "“We are not in discussions with Hoekstra,” a spokesman said.",
        [mer(["Tyndale Brewing", "Hoekstra Bier"], D)],
    ),
    en(
        "Moravia Telecom and Baltic Wave said on Monday they had ended merger talks after failing to agree on a valuation. "
        "The two mobile operators had been in discussions since May about combining their Central European networks. "
        "Baltic Wave shares fell 8%.",
        [mer(["Moravia Telecom", "Baltic Wave"], F)],
    ),
    en(
        "Software firms Tessellate and Quantive Labs agreed to combine in an all-stock merger of equals valued at $7 billion. "
        "The new company will be co-led by Tessellate CEO Irene Novak and Quantive founder Omar Haddad, and will be headquartered in Austin. "
        "The deal requires approval from shareholders of both companies.",
        [
            mer(["Tessellate", "Quantive Labs"], A),
            pos("Irene Novak", "Tessellate"),
            pos("Omar Haddad", "Quantive Labs"),
        ],
    ),
    # partnerships, licensing, JVs
    en(
        "Chipmaker Sendero Semiconductor and carmaker Hallvard Motors said they would jointly develop processors for self-driving cars, deepening a relationship that began in 2022. "
        "Under the agreement, Hallvard will use Sendero chips in all its new vehicles from 2028. "
        "Financial terms were not disclosed.",
        [par(["Sendero Semiconductor", "Hallvard Motors"], CA)],
    ),
    en(
        "Biotech firm Quorvix Bio has licensed its experimental obesity drug to Japan's Tanabe-Ikeda Pharmaceutical in a deal worth up to $1.2 billion including milestones. "
        "Tanabe-Ikeda will pay $90 million upfront and receive rights to develop and sell the drug in Asia. "
        "Quorvix shares rose 22% in premarket trading.",
        [par(["Quorvix Bio", "Tanabe-Ikeda Pharmaceutical"], CA)],
    ),
    en(
        "Norwegian utility Fjellkraft and steelmaker Irongate Industries have signed an agreement to form a 50-50 joint venture that will build a green hydrogen plant near Lulea. "
        "The venture, to be called NorthH2, will be headed by Irongate's current strategy chief, Elin Dahl. "
        "Construction is due to start in 2027.",
        [par(["Fjellkraft", "Irongate Industries"], CA), pos("Elin Dahl", "Irongate Industries")],
        optional=[hire("Elin Dahl", "NorthH2", A)],
    ),
    en(
        "Pharmaceuticals group Castellan and Chinese drugmaker Shenhua Biologics are in talks to set up a joint venture to sell vaccines in China, Castellan's chief executive, Laura Benning, told reporters on Tuesday. "
        "“We hope to reach an agreement in the first half,” she said.",
        [par(["Castellan", "Shenhua Biologics"], T), pos("Laura Benning", "Castellan")],
    ),
    en(
        "Ride-hailing firm Zoomly is in talks with carmaker Pellman Auto about a partnership to deploy robotaxis in three U.S. cities, two people briefed on the matter said. "
        "Neither company commented.",
        [par(["Zoomly", "Pellman Auto"], TR)],
    ),
    en(
        "Carmaker Hallbrook and battery startup Ionwell have teamed up to build a pilot plant for solid-state cells in Ohio. "
        "As part of the agreement, Hallbrook will take a 15% stake in Ionwell, the companies said.",
        [par(["Hallbrook", "Ionwell"], CA), stake("Hallbrook", "Ionwell", A)],
    ),
    en(
        "Coffee chain Bramble & Bean said it would end its eight-year licensing arrangement with grocery group Hartwell's at the end of the year and take its packaged coffee business in-house. "
        "Hartwell's said the decision would not affect its results.",
        [],
        optional=[par(["Bramble & Bean", "Hartwell's"], ANY)],
    ),
    en(
        "Search startup Lookwise's co-founders, Ben Adair and Tomasz Wrona, have joined Meta Platforms' AI lab along with most of their team, in a deal that also gives Meta a licence to Lookwise's technology. "
        "Lookwise will continue to operate independently under a new chief executive.",
        [
            hire("Ben Adair", "Meta Platforms", C),
            hire("Tomasz Wrona", "Meta Platforms", C),
            par(["Meta Platforms", "Lookwise"], CA),
            pos("Ben Adair", "Lookwise"),
            pos("Tomasz Wrona", "Lookwise"),
        ],
        optional=[
            dep("Ben Adair", "Lookwise", C),
            dep("Tomasz Wrona", "Lookwise", C),
            poa("Meta Platforms", "Lookwise", ANY),
        ],
    ),
    # hires
    en(
        "Brightlane Bank has named Olivia Marchetti, currently deputy finance chief at Carver Trust, as its new chief financial officer. "
        "Marchetti will join Brightlane on Jan. 1 and succeed Paul Whitcombe, who is retiring after 11 years in the role.",
        [
            hire("Olivia Marchetti", "Brightlane Bank", A),
            pos("Olivia Marchetti", "Carver Trust"),
            dep("Paul Whitcombe", "Brightlane Bank", A),
        ],
        optional=[dep("Olivia Marchetti", "Carver Trust", A), pos("Paul Whitcombe", "Brightlane Bank")],
    ),
    en(
        "Former Google executive Sandra Okafor has joined fintech Paymesh as chief operating officer, the company said on Monday. "
        "Okafor spent nine years at Google, most recently running its payments business in Europe.",
        [hire("Sandra Okafor", "Paymesh", C), pos("Sandra Okafor", "Google")],
        optional=[dep("Sandra Okafor", "Google", ANY)],
    ),
    en(
        "Former Unilever finance chief Graeme Pitt has joined the board of online grocer Freshcart as a non-executive director, the company said in a stock exchange filing.",
        [hire("Graeme Pitt", "Freshcart", C), pos("Graeme Pitt", "Unilever")],
    ),
    en(
        "Electric-bike maker Veloz taps former Peloton executive as CEO\n\n"
        "Veloz has appointed Hannah Brecht, previously chief product officer at Peloton, as chief executive with immediate effect. "
        "Co-founder Sam Ortega, who had led the company since 2018, becomes executive chairman.",
        [hire("Hannah Brecht", "Veloz", C), pos("Hannah Brecht", "Peloton"), posh("Sam Ortega", "Veloz")],
        optional=[dep("Hannah Brecht", "Peloton", ANY)],
    ),
    en(
        "Goldman Sachs banker Eliza Tran is set to join Swiss lender Helvetia Privatbank as head of European M&A, according to an internal memo seen by Reuters. "
        "Tran, who has been at Goldman for 14 years, will start in the spring after a period of gardening leave.",
        [hire("Eliza Tran", "Helvetia Privatbank", [A, R]), pos("Eliza Tran", "Goldman Sachs")],
        optional=[dep("Eliza Tran", "Goldman Sachs", [A, R])],
    ),
    en(
        "Pemberly Foods appoints Nestlé veteran as finance chief\n\n"
        "Pemberly Foods has appointed Rachel Otieno, who spent 20 years at Nestlé, as its chief financial officer from Feb. 1. "
        "She replaces Martin Oyelaran, who left in September.",
        [hire("Rachel Otieno", "Pemberly Foods", CA), dep("Martin Oyelaran", "Pemberly Foods", C)],
        optional=[pos("Rachel Otieno", "Nestlé"), pos("Martin Oyelaran", "Pemberly Foods")],
    ),
    en(
        "Rupert Haldane, a former chief executive of Ashcombe Bank, has been appointed chair of the Northern Infrastructure Agency, the government said on Thursday. "
        "He will oversee a £20 billion programme of rail and road upgrades.",
        [
            hire("Rupert Haldane", "Northern Infrastructure Agency", CA),
            pos("Rupert Haldane", "Ashcombe Bank"),
        ],
    ),
    en(
        "Julian Crowe is returning to Tessin as chief executive, two years after leaving the outdoor apparel maker for private equity group Dunmark. "
        "Crowe replaces Nora Fitz, who is stepping down after a sharp fall in sales, the company said.",
        [
            hire("Julian Crowe", "Tessin", CA),
            dep("Nora Fitz", "Tessin", [A, C]),
            dep("Julian Crowe", "Tessin", C),
        ],
        optional=[
            dep("Julian Crowe", "Dunmark", ANY),
            pos("Julian Crowe", "Dunmark"),
            hire("Julian Crowe", "Dunmark", C),
            pos("Nora Fitz", "Tessin"),
        ],
    ),
    # departures
    en(
        "Halvorsen Group chief executive Mark Deveraux resigned with immediate effect on Wednesday following a board investigation into his expense claims. "
        "Finance chief Leah Brandt will serve as interim CEO while the board searches for a permanent successor. "
        "Halvorsen shares fell 4%.",
        [dep("Mark Deveraux", "Halvorsen Group", C), posh("Leah Brandt", "Halvorsen Group")],
        optional=[pos("Mark Deveraux", "Halvorsen Group")],
    ),
    en(
        "Streaming startup Vidoria has fired its co-founder and chief technology officer, Aaron Pell, after an internal review found he had misled investors about user numbers, according to an email to staff seen by Reuters. "
        "Pell did not respond to requests for comment.",
        [dep("Aaron Pell", "Vidoria", C)],
        optional=[pos("Aaron Pell", "Vidoria")],
    ),
    en(
        "Lindqvist Pharma said chief executive Anders Moe will step down at the end of March after eight years in the job. "
        "He will be succeeded by operations chief Sarah Kimura, a company veteran who joined in 2009.",
        [dep("Anders Moe", "Lindqvist Pharma", A), posh("Sarah Kimura", "Lindqvist Pharma")],
        optional=[pos("Anders Moe", "Lindqvist Pharma")],
    ),
    en(
        "Telecoms group Vantara is preparing to replace chief executive Hugh Brannigan after a string of profit warnings, the Financial Times reported, citing three people familiar with the matter. "
        "Vantara declined to comment.",
        [dep("Hugh Brannigan", "Vantara", R)],
        optional=[pos("Hugh Brannigan", "Vantara")],
    ),
    en(
        "Kaldera Energy on Monday dismissed reports that its chief financial officer, Nina Asante, was set to leave the company, saying she “remains fully committed” to her role. "
        "A Kaldera spokesperson called the reports “pure speculation”.",
        [dep("Nina Asante", "Kaldera Energy", D), pos("Nina Asante", "Kaldera Energy")],
    ),
    en(
        "Shareholders of Korvette Group voted to oust chairman Pieter Smits at an extraordinary meeting on Thursday, handing a victory to activist fund Lanterne Capital. "
        "Lanterne, which owns 8% of Korvette, had accused Smits of blocking a break-up of the company.",
        [dep("Pieter Smits", "Korvette Group", C), stake("Lanterne Capital", "Korvette Group", C)],
        optional=[pos("Pieter Smits", "Korvette Group")],
    ),
    en(
        "Long-serving chairman Malcolm Reid has retired from the board of Dunstan Holdings after 22 years, the company said. "
        "He is succeeded by deputy chair Aisha Rahman.",
        [dep("Malcolm Reid", "Dunstan Holdings", C), posh("Aisha Rahman", "Dunstan Holdings")],
    ),
    en(
        "Ellison Motors' head of battery development, Jun Takeda, is leaving the carmaker to join rival Voss Automotive, the companies confirmed on Tuesday. "
        "Takeda will start at Voss in March as chief technology officer.",
        [dep("Jun Takeda", "Ellison Motors", A), hire("Jun Takeda", "Voss Automotive", A)],
        optional=[pos("Jun Takeda", "Ellison Motors"), poa("Voss Automotive", "Ellison Motors", ANY)],
    ),
    # poaching
    en(
        "Fashion retailer Aurelle has poached Marcus Fenn, head of e-commerce at rival Linley & Cole, to lead its online expansion. "
        "Fenn, who spent six years at Linley & Cole, starts next month.",
        [
            poa("Aurelle", "Linley & Cole", CA),
            hire("Marcus Fenn", "Aurelle", CA),
            dep("Marcus Fenn", "Linley & Cole", CA),
        ],
        optional=[pos("Marcus Fenn", "Linley & Cole")],
    ),
    en(
        "Cloud provider Stratalink has hired more than 40 engineers from rival Hexbridge over the past three months in an aggressive recruiting push, according to LinkedIn data and people familiar with the matter. "
        "Hexbridge has sent letters to several departing employees reminding them of their non-solicitation agreements.",
        [poa("Stratalink", "Hexbridge", [C, R])],
    ),
    en(
        "Hedge fund Marlowe Capital tried to lure star commodities trader Yasmin Chaudry away from Pemberton Asset Management with a pay package worth $30 million, Bloomberg reported. "
        "Chaudry turned down the offer and has signed a new contract with Pemberton, the report said.",
        [
            poa("Marlowe Capital", "Pemberton Asset Management", F),
            pos("Yasmin Chaudry", "Pemberton Asset Management"),
        ],
    ),
    en(
        "Sensor maker Luxion has sued rival Brightscope, accusing it of systematically poaching its engineers and stealing trade secrets. "
        "According to the complaint, filed in federal court in Delaware, Brightscope hired 14 Luxion employees within six months. "
        "Brightscope said the claims were without merit.",
        [poa("Brightscope", "Luxion", ANY)],
    ),
    # positions and traps
    en(
        "“We are seeing demand recover faster than expected,” said Gabriela Ionescu, chief financial officer of Romanian software maker Codrix, in an interview. "
        "The company plans to hire 300 engineers next year, mainly in Cluj and Iasi.",
        [pos("Gabriela Ionescu", "Codrix")],
    ),
    en(
        "Northwind Air chief executive Carla Mendez said the airline would decide on a large order for narrowbody jets by the end of the year, with Airbus and Boeing competing for the deal. "
        "The carrier currently operates 84 aircraft.",
        [pos("Carla Mendez", "Northwind Air")],
    ),
    en(
        "Dunmore Logistics reported a 12% rise in third-quarter operating profit on Thursday, helped by strong parcel volumes in the run-up to the holiday season. "
        "“We delivered growth in every region,” chief executive Fiona Grant told analysts on a call. "
        "The company raised its full-year guidance.",
        [pos("Fiona Grant", "Dunmore Logistics")],
    ),
    en(
        "Shares of Redfern Retail fell 6% after the company cut its full-year profit forecast, citing weak demand for furniture. "
        "The warning also dragged down rival Castlebury Stores, which reports results next week.",
        [],
    ),
    en(
        "Nimbus Audio unveiled its first noise-cancelling earbuds on Tuesday, priced at $199, in a bid to take on Apple and Sony. "
        "The company said the earbuds would be available on its website from October.",
        [],
    ),
    en(
        "Aerostar Defence has won a £640 million contract from the UK Ministry of Defence to supply armoured vehicle turrets over the next eight years. "
        "The company said the deal would secure 900 jobs at its plant in Telford.",
        [],
    ),
    en(
        "Logistics software firm Trakko said it had signed a five-year deal to supply route-planning software to supermarket chain Greenvale, one of its largest customer wins to date. "
        "Trakko shares rose 9%.",
        [],
        optional=[par(["Trakko", "Greenvale"], CA)],
    ),
    en(
        "Veritas Genomics has sued rival Helixon for patent infringement, alleging that Helixon's newest sequencing kit copies technology Veritas developed a decade ago. "
        "Helixon, which was spun out of Stanford University in 2018, said it would defend itself vigorously.",
        [],
    ),
    en(
        "Cloud kitchen operator Dishly filed on Monday for an initial public offering on the Nasdaq that could value it at up to $3 billion. "
        "Goldman Sachs and Morgan Stanley are leading the offering.",
        [],
    ),
    en(
        "European carmakers fell on Wednesday, with Renault down 3% and Stellantis losing 2.5%, after U.S. officials threatened new tariffs. "
        "Luxury brands such as Ferrari held up better.",
        [],
    ),
    en(
        "Grocer Fairleigh & Moss said it was not interested in buying any part of struggling rival Penbury, rejecting speculation in the British press. "
        "“Our focus is on our own stores,” chief executive Edwin Marsh said.",
        [acq("Fairleigh & Moss", "Penbury", D), pos("Edwin Marsh", "Fairleigh & Moss")],
    ),
    en(
        "Apex Outdoor files for bankruptcy\n\n"
        "Apex Outdoor, the camping gear retailer bought by buyout firm Grenfell Partners in 2021, filed for Chapter 11 bankruptcy protection on Sunday. "
        "The company said its 210 stores would stay open while it looks for a buyer.",
        [acq("Grenfell Partners", "Apex Outdoor", C)],
    ),
    en(
        "Vaxon Bio names new CEO, ending months-long search\n\n"
        "Vaxon Bio said Helen Achterberg, head of research at Swiss drugmaker Lorenza, will become its chief executive in January. "
        "Achterberg will leave Lorenza at the end of the year.",
        [hire("Helen Achterberg", "Vaxon Bio", A), dep("Helen Achterberg", "Lorenza", A)],
        optional=[pos("Helen Achterberg", "Lorenza")],
    ),
    en(
        "Brisk Mobility, the scooter rental company, has acquired Parisian rival Trottly in an all-stock deal, its chief executive, Felix Amsel, wrote on LinkedIn. "
        "Trottly's 40 employees will join Brisk, while its founder Camille Roux will leave the company.",
        [
            acq("Brisk Mobility", "Trottly", C),
            pos("Felix Amsel", "Brisk Mobility"),
            dep("Camille Roux", "Trottly", [A, C]),
        ],
        optional=[pos("Camille Roux", "Trottly")],
    ),
    en(
        "Gridwise, an energy software startup spun out of the University of Manchester, raised £12 million in a round led by Octopus Ventures, with backing from the university's own fund. "
        "Chief executive Tom Aldous said the cash would be used to expand into Germany.",
        [inv("Octopus Ventures", "Gridwise", C), pos("Tom Aldous", "Gridwise")],
        optional=[inv("University of Manchester", "Gridwise", C)],
    ),
    en(
        "ByteDance-owned Lark and Indian IT services firm Sutrix Technologies have agreed a reseller partnership covering Southeast Asia, Sutrix said. "
        "Sutrix CEO Rajiv Kapoor said the deal could bring in $50 million in revenue over three years.",
        [par(["Lark", "Sutrix Technologies"], CA), pos("Rajiv Kapoor", "Sutrix Technologies")],
        optional=[acq("ByteDance", "Lark", C)],
    ),
    en(
        "Rival bidders circle Welsh water utility\n\n"
        "Canadian pension fund Laurentide Pension Plan and Australian infrastructure investor Koala Capital are each preparing offers for Dyfi Water, according to three people familiar with the matter. "
        "Dyfi's owner, the Crossfield family, wants to sell the business for about £2 billion.",
        [acq("Laurentide Pension Plan", "Dyfi Water", TR), acq("Koala Capital", "Dyfi Water", TR)],
    ),
    en(
        "Drone delivery firm Wingtrail has abandoned its planned merger with Hoverpost after U.S. aviation regulators raised safety concerns about Hoverpost's aircraft. "
        "The companies had agreed to combine in June. "
        "Wingtrail said it would instead license some of Hoverpost's navigation software.",
        [mer(["Wingtrail", "Hoverpost"], F), par(["Wingtrail", "Hoverpost"], [A, T])],
    ),
    # ------------------------------------------------------------------ German
    # Übernahmen
    de(
        "Der Maschinenbauer Kreuzberger AG hat die Übernahme des Augsburger Steuerungsspezialisten Lintec GmbH abgeschlossen. "
        "Der Kaufpreis liegt nach Angaben des Unternehmens bei rund 230 Millionen Euro. "
        "Lintec soll als eigenständige Marke weitergeführt werden, Geschäftsführer Markus Beil bleibt an Bord.",
        [acq("Kreuzberger AG", "Lintec GmbH", C), pos("Markus Beil", "Lintec GmbH")],
    ),
    de(
        "Die Handelsgruppe Feldmann & Söhne übernimmt den Online-Gartenhändler Grünwerk. "
        "Eine entsprechende Vereinbarung sei am Montag unterzeichnet worden, teilte das Familienunternehmen aus Bielefeld mit. "
        "Die Kartellbehörden müssen noch zustimmen; über den Kaufpreis wurde Stillschweigen vereinbart.",
        [acq("Feldmann & Söhne", "Grünwerk", A)],
    ),
    de(
        "Der Softwarekonzern Valoris soll an einer Übernahme des Münchner Start-ups Datenkern interessiert sein. "
        "Das berichtet das „Handelsblatt“ unter Berufung auf Finanzkreise. "
        "Valoris wollte den Bericht nicht kommentieren.",
        [acq("Valoris", "Datenkern", R)],
    ),
    de(
        "Der Autozulieferer Brennecke verhandelt Insidern zufolge über den Verkauf seiner Kunststofftochter Brennecke Polymer an den Finanzinvestor Ardenia Capital. "
        "Die Gespräche seien weit fortgeschritten, sagten zwei mit der Sache vertraute Personen. "
        "Die Sparte mit rund 2.000 Beschäftigten könnte bis zu 400 Millionen Euro einbringen.",
        [acq("Ardenia Capital", "Brennecke Polymer", TR)],
    ),
    de(
        "Der Vorstand der Reederei Lüders AG hat ein Übernahmeangebot des dänischen Konkurrenten Skjold Shipping abgelehnt. "
        "Die gebotenen 38 Euro je Aktie spiegelten den Wert des Unternehmens nicht angemessen wider, erklärte Vorstandschef Jens Harmsen. "
        "Skjold hatte Anfang des Monats ein Angebot für sämtliche Aktien vorgelegt.",
        [acq("Skjold Shipping", "Reederei Lüders AG", F), pos("Jens Harmsen", "Reederei Lüders AG")],
    ),
    de(
        "Das Bundeskartellamt hat die geplante Übernahme des Entsorgers Recyclinghof Weser GmbH durch den Wettbewerber Ecotrans AG untersagt. "
        "Durch den Zusammenschluss wäre in Norddeutschland ein marktbeherrschender Anbieter entstanden, teilte die Behörde mit. "
        "Ecotrans kündigte an, die Entscheidung prüfen zu wollen.",
        [acq("Ecotrans AG", "Recyclinghof Weser GmbH", F)],
    ),
    de(
        "Der Pharmagroßhändler Medipharm Nord hat seine Pläne für eine Übernahme der Apothekenkette Sonnen-Apotheken begraben. "
        "Man habe sich nicht auf einen Preis einigen können, hieß es in einer Mitteilung. "
        "Die Gespräche waren im Sommer bekannt geworden.",
        [acq("Medipharm Nord", "Sonnen-Apotheken", F)],
    ),
    de(
        "Die Volksfürst Versicherung hat Berichte über einen angeblichen Verkauf an den französischen Versicherer Assurances Lemaire zurückgewiesen. "
        "„Wir führen keine Gespräche“, sagte ein Sprecher des Unternehmens am Dienstag in Stuttgart.",
        [acq("Assurances Lemaire", "Volksfürst Versicherung", D)],
    ),
    de(
        "Halbleiter: Brückner übernimmt Waferspezialisten Siltec\n\n"
        "Der Anlagenbauer Brückner Systems kauft den sächsischen Waferspezialisten Siltec für 180 Millionen Euro. "
        "Der Abschluss der Transaktion wird für das erste Quartal erwartet.",
        [acq("Brückner Systems", "Siltec", A)],
    ),
    de(
        "Die Übernahme des Verpackungsherstellers Kartonia durch den finnischen Papierkonzern Metsäpoint ist unter Dach und Fach. "
        "Nachdem die EU-Kommission ihre Zustimmung erteilt hatte, wurde der Kauf am Donnerstag vollzogen. "
        "Kartonia beschäftigt an vier Standorten rund 1.100 Menschen.",
        [acq("Metsäpoint", "Kartonia", C)],
    ),
    de(
        "Wie der Medienkonzern Tiedemann Media am Montag mitteilte, hat er das Vergleichsportal Preisfuchs vollständig übernommen. "
        "Tiedemann war bereits seit 2022 mit 40 Prozent an dem Unternehmen beteiligt. "
        "Die Preisfuchs-Gründer Jan Albers und Mira Klose scheiden aus der Geschäftsführung aus.",
        [
            acq("Tiedemann Media", "Preisfuchs", C),
            dep("Jan Albers", "Preisfuchs", [A, C]),
            dep("Mira Klose", "Preisfuchs", [A, C]),
        ],
        optional=[pos("Jan Albers", "Preisfuchs"), pos("Mira Klose", "Preisfuchs")],
    ),
    de(
        "Der Mischkonzern Heidrich gibt seine Medizintechniksparte ab. "
        "Käufer der Heidrich Medical ist der US-Finanzinvestor Lakeshore Partners, wie beide Seiten am Donnerstag mitteilten. "
        "Der Verkauf soll bis zum Jahresende abgeschlossen sein.",
        [acq("Lakeshore Partners", "Heidrich Medical", A)],
    ),
    de(
        "Der Finanzinvestor Eastgate steigt beim Brillenhändler Sehwerk aus und verkauft seine Mehrheitsbeteiligung an den Konkurrenten Optiplus. "
        "Eastgate war 2019 bei Sehwerk eingestiegen und hatte die Zahl der Filialen seitdem auf 310 verdoppelt.",
        [acq("Optiplus", "Sehwerk", CA)],
        optional=[acq("Eastgate", "Sehwerk", C)],
    ),
    de(
        "Im Bieterkampf um den Kabelnetzbetreiber Kabel Ost hat der Finanzinvestor Saxon Peak sein Angebot auf 31 Euro je Aktie erhöht. "
        "Damit überbietet er den spanischen Infrastrukturfonds Iberinfra, der 29 Euro geboten hatte. "
        "Der Vorstand von Kabel Ost will beide Offerten prüfen.",
        [acq("Saxon Peak", "Kabel Ost", T), acq("Iberinfra", "Kabel Ost", [T, F])],
    ),
    de(
        "Die Immobiliengruppe Vestia führt exklusive Gespräche über die Übernahme des Wohnungsunternehmens Grundbau Wohnen. "
        "Ein Abschluss sei in den kommenden Wochen möglich, erklärte Vestia-Finanzchefin Petra Schwarz am Rande einer Konferenz.",
        [acq("Vestia", "Grundbau Wohnen", T), pos("Petra Schwarz", "Vestia")],
    ),
    de(
        "Der Spezialmaschinenbauer Hagedorn hat ein öffentliches Übernahmeangebot für den Konkurrenten Pressenwerk Eisenach angekündigt. "
        "Geboten werden 54 Euro je Aktie in bar. "
        "Vorstand und Aufsichtsrat von Pressenwerk unterstützen das Angebot, wie das Unternehmen mitteilte.",
        [acq("Hagedorn", "Pressenwerk Eisenach", [A, T])],
    ),
    de(
        "Der insolvente Fahrradhersteller Radwerk Sachsen hat einen Käufer gefunden: Die niederländische Velomax Group übernimmt den Geschäftsbetrieb samt 300 Beschäftigten. "
        "Das teilte Insolvenzverwalter Paul Wendler am Mittwoch mit. "
        "Der Gläubigerausschuss hat dem Verkauf bereits zugestimmt.",
        [acq("Velomax Group", "Radwerk Sachsen", CA)],
        optional=[pos("Paul Wendler", "Radwerk Sachsen")],
    ),
    de(
        "Der japanische Konzern Moriyama übernimmt die Mehrheit am Würzburger Pumpenhersteller Kreiselwerk. "
        "Die Gründerfamilie behält 30 Prozent der Anteile, Firmenchef Stefan Kreisel bleibt im Amt.",
        [acq("Moriyama", "Kreiselwerk", CA), pos("Stefan Kreisel", "Kreiselwerk")],
    ),
    de(
        "Ein Sprecher von Ostwind Energie wies am Freitag Berichte zurück, wonach der dänische Energiekonzern Havvind eine Übernahme des Windparkbetreibers prüfe. "
        "„Uns liegt kein Angebot vor“, sagte er. "
        "Die „Börsen-Zeitung“ hatte zuvor über ein mögliches Gebot berichtet.",
        [acq("Havvind", "Ostwind Energie", D)],
    ),
    de(
        "Die Leipziger Softwarefirma Codefabrik, die 2020 von SAP übernommen worden war, bringt eine neue Plattform für Lieferketten auf den Markt. "
        "„Wir profitieren vom Vertrieb des Mutterkonzerns“, sagte Codefabrik-Chef Henning Roth.",
        [acq("SAP", "Codefabrik", C), pos("Henning Roth", "Codefabrik")],
    ),
    de(
        "Der Onlinehändler Klickwerk ist nicht mehr eigenständig: Seit Anfang Oktober gehört das Unternehmen zum französischen Handelskonzern Groupe Marchal. "
        "Marchal hatte die Übernahme im Frühjahr vereinbart und zahlte nach Informationen dieser Zeitung rund 120 Millionen Euro.",
        [acq("Groupe Marchal", "Klickwerk", C)],
    ),
    de(
        "Analysten halten den Spezialchemiehersteller Rheinchem Lacke nach dem Kurssturz für einen möglichen Übernahmekandidaten. "
        "Als mögliche Interessenten gelten Branchengrößen wie der Farbenkonzern Colorix, hieß es in einer Studie der Bank Metzger & Co.",
        [],
        optional=[acq("Colorix", "Rheinchem Lacke", R)],
    ),
    # Beteiligungen und Finanzierungsrunden
    de(
        "Die Al-Noor Holding aus Katar steigt beim Hamburger Hafenlogistiker Kaimann Logistik ein. "
        "Wie das Unternehmen am Mittwoch mitteilte, übernimmt die Holding 24,9 Prozent der Anteile. "
        "Der Einstieg muss noch von der Bundesregierung genehmigt werden.",
        [stake("Al-Noor Holding", "Kaimann Logistik", A)],
    ),
    de(
        "Das Berliner Fintech Zahlwerk hat in einer Finanzierungsrunde 35 Millionen Euro eingesammelt. "
        "Angeführt wurde die Series-B-Runde vom Londoner Investor Halcyon Ventures, auch die Bestandsinvestoren Spreeblick Capital und Nordlicht VC beteiligten sich. "
        "„Mit dem Geld wollen wir nach Frankreich und Spanien expandieren“, sagte Gründerin und Geschäftsführerin Lea Sommer.",
        [
            inv("Halcyon Ventures", "Zahlwerk", C),
            inv("Spreeblick Capital", "Zahlwerk", C),
            inv("Nordlicht VC", "Zahlwerk", C),
            pos("Lea Sommer", "Zahlwerk"),
        ],
    ),
    de(
        "Die Deutsche Telekom hat sich mit einem Minderheitsanteil an dem Kölner KI-Start-up Sprachwerk beteiligt. "
        "Über die Höhe der Beteiligung machten beide Seiten keine Angaben. "
        "Sprachwerk entwickelt Sprachassistenten für Callcenter.",
        [stake("Deutsche Telekom", "Sprachwerk", C)],
    ),
    de(
        "Die Beteiligungsgesellschaft Lindenhof Holding hat ihren Anteil am Baustoffhersteller Kalkwerk Rügen auf 29,9 Prozent aufgestockt. "
        "Damit bleibt sie knapp unter der Schwelle für ein Pflichtangebot.",
        [stake("Lindenhof Holding", "Kalkwerk Rügen", C)],
    ),
    de(
        "Der Landmaschinenhersteller Feldherr investiert zehn Millionen Euro in das Agrar-Start-up Bodenblick aus Freising. "
        "Bodenblick wertet Satellitenbilder aus, um Landwirten den Düngereinsatz zu erleichtern. "
        "Feldherr-Vorstand Bernd Wagner soll in den Beirat des Start-ups einziehen.",
        [inv("Feldherr", "Bodenblick", CA), pos("Bernd Wagner", "Feldherr")],
        optional=[hire("Bernd Wagner", "Bodenblick", [A, R])],
    ),
    de(
        "Das Heidelberger KI-Start-up Denkraum soll Insidern zufolge mit Investoren über eine neue Finanzierungsrunde von bis zu 200 Millionen Euro verhandeln. "
        "Als möglicher Leadinvestor werde der US-Fonds Redwood Crest gehandelt. "
        "Denkraum wollte sich nicht äußern.",
        [inv("Redwood Crest", "Denkraum", TR)],
    ),
    de(
        "Die staatliche Förderbank KfW hat im Auftrag des Bundes 25,1 Prozent am Satellitenbauer Orbitec erworben. "
        "Damit soll verhindert werden, dass Schlüsseltechnologie in ausländische Hände gerät. "
        "Zuvor hatte ein chinesischer Investor Interesse an dem Bremer Unternehmen gezeigt.",
        [stake("KfW", "Orbitec", C)],
    ),
    de(
        "Der Mitgründer des Lieferdienstes Kurierblitz, Deniz Yilmaz, investiert privat in das Berliner Start-up Wattwerk. "
        "Wattwerk vermietet Balkonkraftwerke an Mieter und hat in seiner ersten Runde insgesamt 3 Millionen Euro eingesammelt.",
        [inv("Deniz Yilmaz", "Wattwerk", CA), pos("Deniz Yilmaz", "Kurierblitz")],
    ),
    de(
        "Die Gespräche über einen Einstieg des Staatsfonds Gulf Horizon beim Düsseldorfer Stahlhändler Westmetall sind gescheitert. "
        "Man habe sich nicht auf die Bedingungen verständigen können, teilte Westmetall mit.",
        [stake("Gulf Horizon", "Westmetall", F)],
    ),
    de(
        "Das Münchner Quantencomputing-Start-up Qubitwerk hat 60 Millionen Euro eingesammelt. "
        "Neben dem Bestandsinvestor UVC Partners beteiligten sich der EIC Fund der EU-Kommission und die Bayern Kapital an der Runde. "
        "Qubitwerk wurde 2021 von Physikern der TU München gegründet.",
        [
            inv("UVC Partners", "Qubitwerk", C),
            inv("EIC Fund", "Qubitwerk", C),
            inv("Bayern Kapital", "Qubitwerk", C),
        ],
    ),
    de(
        "Die Förderbank des Landes Nordrhein-Westfalen gewährt dem Batterie-Start-up Zellkraft einen Kredit über 15 Millionen Euro. "
        "Das Geld soll in eine Pilotlinie in Münster fließen.",
        [],
        optional=[inv("Förderbank des Landes Nordrhein-Westfalen", "Zellkraft", ANY)],
    ),
    # Fusionen
    de(
        "Die beiden Genossenschaftsbanken Volksbank Lahntal und Raiffeisenbank Vogelsberg wollen fusionieren. "
        "Die Vertreterversammlungen beider Häuser sollen im Juni über den Zusammenschluss abstimmen. "
        "Das fusionierte Institut käme auf eine Bilanzsumme von 4,1 Milliarden Euro.",
        [mer(["Volksbank Lahntal", "Raiffeisenbank Vogelsberg"], [A, T])],
    ),
    de(
        "Die Fusion der Regionalversorger Stadtwerke Elbtal und Energie Mittelsachsen ist geplatzt. "
        "Der Stadtrat von Riesa stimmte am Donnerstagabend mehrheitlich gegen den Zusammenschluss. "
        "Beide Unternehmen hatten seit zwei Jahren über eine Fusion verhandelt.",
        [mer(["Stadtwerke Elbtal", "Energie Mittelsachsen"], F)],
    ),
    de(
        "Die Fusion der beiden Sparkassen Sparkasse Hohenlohe und Kreissparkasse Tauber ist vollzogen. "
        "Seit dem 1. Juli firmiert das Institut als Sparkasse Tauber-Hohenlohe. "
        "Vorstandsvorsitzender des neuen Hauses ist Michael Rentschler, zuvor Chef der Sparkasse Hohenlohe.",
        [
            mer(["Sparkasse Hohenlohe", "Kreissparkasse Tauber"], C),
            posh("Michael Rentschler", "Sparkasse Tauber-Hohenlohe"),
            pos("Michael Rentschler", "Sparkasse Hohenlohe"),
        ],
    ),
    de(
        "Die Versicherer Rheinland Leben und Alte Mainzer prüfen Medienberichten zufolge einen Zusammenschluss. "
        "Erste Sondierungsgespräche sollen bereits stattgefunden haben. "
        "Beide Unternehmen lehnten eine Stellungnahme ab.",
        [mer(["Rheinland Leben", "Alte Mainzer"], TR)],
    ),
    de(
        "Der Reisekonzern Sonnenflug hat Spekulationen über eine Fusion mit dem Konkurrenten Urlaubswelt dementiert. "
        "„Daran ist nichts dran“, sagte Konzernchef Bernd Zöllner der „Süddeutschen Zeitung“.",
        [mer(["Sonnenflug", "Urlaubswelt"], D), pos("Bernd Zöllner", "Sonnenflug")],
    ),
    de(
        "Die Personaldienstleister Jobsprung und Arbeitsplus schließen sich zusammen. "
        "Unter dem Dach der neuen Holding sollen beide Marken erhalten bleiben, teilten die Unternehmen am Dienstag mit. "
        "Die Kartellbehörden müssen der Fusion noch zustimmen.",
        [mer(["Jobsprung", "Arbeitsplus"], A)],
    ),
    # Kooperationen, Lizenzen, Gemeinschaftsunternehmen
    de(
        "Der Energieversorger Enertal und die Deutsche Bahn haben eine Kooperation beim Ausbau von Schnellladesäulen an Bahnhöfen vereinbart. "
        "Bis 2028 sollen an 200 Standorten Ladeparks entstehen. "
        "Die Investitionen trägt Enertal.",
        [par(["Enertal", "Deutsche Bahn"], CA)],
    ),
    de(
        "Das Mainzer Biotech-Unternehmen Genovia hat die weltweiten Rechte an einem experimentellen Krebsmedikament an den US-Pharmakonzern Pfizer auslizenziert. "
        "Genovia erhält eine Vorabzahlung von 75 Millionen Dollar sowie mögliche Meilensteinzahlungen von bis zu 900 Millionen Dollar.",
        [par(["Genovia", "Pfizer"], CA)],
    ),
    de(
        "Die Chemiekonzerne Lindauer Chemie und Sanvik gründen ein Gemeinschaftsunternehmen für Batterierecycling. "
        "An dem Joint Venture mit Sitz in Leuna halten beide Partner jeweils 50 Prozent. "
        "Die Kartellbehörden müssen noch zustimmen.",
        [par(["Lindauer Chemie", "Sanvik"], CA)],
    ),
    de(
        "Die Regionalfluggesellschaft Alpinair verhandelt mit der Rheinland-Bahn über eine Kooperation bei Zubringerverbindungen zum Flughafen Köln/Bonn. "
        "Eine Einigung könnte noch vor dem Sommer erzielt werden, sagte Alpinair-Chef Tobias Frey.",
        [par(["Alpinair", "Rheinland-Bahn"], T), pos("Tobias Frey", "Alpinair")],
    ),
    de(
        "Ruhrstahl und der indische Konzern Dhanvik Steel sprechen über ein Gemeinschaftsunternehmen für grünen Stahl. "
        "Die Gespräche befänden sich in einem frühen Stadium, sagte ein Ruhrstahl-Sprecher.",
        [par(["Ruhrstahl", "Dhanvik Steel"], T)],
    ),
    de(
        "Der Pharmakonzern Rhenopharm und die Universität Heidelberg arbeiten künftig bei der Erforschung seltener Erbkrankheiten zusammen. "
        "Rhenopharm stellt dafür in den kommenden fünf Jahren 20 Millionen Euro bereit.",
        [par(["Rhenopharm", "Universität Heidelberg"], CA)],
    ),
    de(
        "Der Bochumer Antivirenhersteller Schutzwall kooperiert künftig mit dem Routerhersteller Netzbox. "
        "Die Schutzsoftware wird ab dem Frühjahr direkt in die Firmware der Netzbox-Router integriert, wie beide Firmen auf der Messe it-sa ankündigten.",
        [par(["Schutzwall", "Netzbox"], CA)],
    ),
    de(
        "Der Autobauer Wendtwagen beendet die Zusammenarbeit mit dem chinesischen Batteriehersteller Tianli. "
        "Die 2021 geschlossene Partnerschaft werde zum Jahresende aufgelöst, teilte Wendtwagen mit.",
        [],
        optional=[par(["Wendtwagen", "Tianli"], ANY)],
    ),
    # Personalien: Einstellungen
    de(
        "Der Aufsichtsrat der Westfalia Kliniken AG hat Katrin Vossberg zur neuen Vorstandsvorsitzenden berufen. "
        "Die 52-Jährige, derzeit Finanzvorständin des Klinikbetreibers Medicor, tritt ihr Amt am 1. April an. "
        "Sie folgt auf Rainer Tölke, der nach zehn Jahren an der Spitze in den Ruhestand geht.",
        [
            hire("Katrin Vossberg", "Westfalia Kliniken AG", A),
            pos("Katrin Vossberg", "Medicor"),
            dep("Rainer Tölke", "Westfalia Kliniken AG", A),
        ],
        optional=[dep("Katrin Vossberg", "Medicor", A), pos("Rainer Tölke", "Westfalia Kliniken AG")],
    ),
    de(
        "Seit dem 1. Oktober verstärkt Jonas Albrecht die Geschäftsführung des Dresdner Halbleiterausrüsters Plasmatec. "
        "Albrecht kommt vom Konkurrenten Vakuumtechnik Riedel, wo er zuletzt den Vertrieb leitete.",
        [hire("Jonas Albrecht", "Plasmatec", C), dep("Jonas Albrecht", "Vakuumtechnik Riedel", C)],
        optional=[
            pos("Jonas Albrecht", "Vakuumtechnik Riedel"),
            poa("Plasmatec", "Vakuumtechnik Riedel", ANY),
        ],
    ),
    de(
        "Mit der Berufung von Nadine Köhler zur Personalvorständin setzt der Logistikkonzern Spedion auf eine Branchenfremde. "
        "Köhler war zuletzt Personalchefin beim Sportartikelhersteller Laufwerk. "
        "Sie wird ihr Amt im Mai antreten.",
        [hire("Nadine Köhler", "Spedion", A), pos("Nadine Köhler", "Laufwerk")],
        optional=[dep("Nadine Köhler", "Laufwerk", ANY)],
    ),
    de(
        "Ex-Siemens-Manager heuert bei Robotik-Start-up an\n\n"
        "Der frühere Siemens-Manager Florian Hecht heuert beim Münchner Robotik-Start-up Greifwerk an. "
        "Er soll dort ab Januar als Chief Operating Officer das internationale Geschäft aufbauen.",
        [hire("Florian Hecht", "Greifwerk", A), pos("Florian Hecht", "Siemens")],
    ),
    de(
        "Die frühere Vorstandschefin des Versicherers Hanse Assekuranz, Brigitte Lohmann, ist in den Aufsichtsrat der Reederei Nordstern gewählt worden. "
        "Die Hauptversammlung stimmte am Mittwoch mit 97 Prozent für die Managerin.",
        [hire("Brigitte Lohmann", "Nordstern", C), pos("Brigitte Lohmann", "Hanse Assekuranz")],
    ),
    de(
        "Zum 1. März übernimmt Anna Keller die Leitung des Europageschäfts beim Kosmetikhersteller Bellarosa. "
        "Sie kommt vom Konkurrenten Lavendo, wo sie zuletzt das Marketing verantwortete.",
        [hire("Anna Keller", "Bellarosa", A), dep("Anna Keller", "Lavendo", CA)],
        optional=[pos("Anna Keller", "Lavendo")],
    ),
    de(
        "Sandra Pohl wechselt von der Deutschen Bank in den Vorstand der Direktbank Klarbank. "
        "Dort soll die 47-Jährige ab dem Sommer das Privatkundengeschäft verantworten, teilte Klarbank mit.",
        [hire("Sandra Pohl", "Klarbank", A), dep("Sandra Pohl", "Deutsche Bank", CA)],
        optional=[pos("Sandra Pohl", "Deutsche Bank")],
    ),
    de(
        "Der Heizungsbauer Wärmetal hat einen neuen Finanzchef gefunden. "
        "Neuer Finanzvorstand soll zum 1. Juli Jan Peters werden, der bislang die Controlling-Abteilung des Baustoffkonzerns Kalkstein AG leitet, wie Wärmetal am Dienstag mitteilte.",
        [hire("Jan Peters", "Wärmetal", A), pos("Jan Peters", "Kalkstein AG")],
        optional=[dep("Jan Peters", "Kalkstein AG", A)],
    ),
    de(
        "Der neue Chef der Drogeriekette Lindner, Karl Obst, war zuvor zwölf Jahre bei Aldi Süd tätig, zuletzt als Einkaufsleiter. "
        "Obst hatte den Posten im September übernommen.",
        [posh("Karl Obst", "Lindner"), pos("Karl Obst", "Aldi Süd")],
        optional=[dep("Karl Obst", "Aldi Süd", C)],
    ),
    de(
        "Der Verband der Norddeutschen Metallindustrie hat einen neuen Hauptgeschäftsführer: Thomas Brinkmann, bisher Personalchef beim Werftkonzern Elbwerft, übernimmt das Amt zum Jahreswechsel.",
        [
            hire("Thomas Brinkmann", "Verband der Norddeutschen Metallindustrie", A),
            pos("Thomas Brinkmann", "Elbwerft"),
        ],
        optional=[dep("Thomas Brinkmann", "Elbwerft", A)],
    ),
    # Abgänge
    de(
        "Der Vorstandschef des Modekonzerns Harlander, Thomas Wiek, tritt mit sofortiger Wirkung zurück. "
        "Das teilte das Unternehmen am Freitagabend mit. "
        "Hintergrund seien unterschiedliche Auffassungen über die strategische Ausrichtung. "
        "Bis auf Weiteres übernimmt Finanzchefin Sabine Kröger die Führung des Konzerns.",
        [dep("Thomas Wiek", "Harlander", C), posh("Sabine Kröger", "Harlander")],
        optional=[pos("Thomas Wiek", "Harlander")],
    ),
    de(
        "Der Aufsichtsrat der Nordbank Kiel hat Risikovorstand Frank Oldenburg mit sofortiger Wirkung abberufen. "
        "Dem Manager werden Versäumnisse bei der Geldwäscheprävention vorgeworfen. "
        "Oldenburg wies die Vorwürfe über seinen Anwalt zurück.",
        [dep("Frank Oldenburg", "Nordbank Kiel", C)],
        optional=[pos("Frank Oldenburg", "Nordbank Kiel")],
    ),
    de(
        "Der Rücktritt von Aufsichtsratschef Helmut Brandl sorgt beim Baukonzern Obermeier Bau für Unruhe. "
        "Brandl hatte sein Mandat am Wochenende niedergelegt, nachdem Großaktionäre seine Abberufung gefordert hatten.",
        [dep("Helmut Brandl", "Obermeier Bau", C)],
        optional=[pos("Helmut Brandl", "Obermeier Bau")],
    ),
    de(
        "Finanzvorstand Klaus Diebold wird den Armaturenhersteller Westenhagen zum Jahresende auf eigenen Wunsch verlassen. "
        "Ein Nachfolger soll zeitnah benannt werden, teilte der Konzern mit.",
        [dep("Klaus Diebold", "Westenhagen", A)],
        optional=[pos("Klaus Diebold", "Westenhagen")],
    ),
    de(
        "Der Chef der Baumarktkette Werkstolz, Christian Vogt, soll vor der Ablösung stehen. "
        "Wie das „Manager Magazin“ berichtet, sucht der Aufsichtsrat bereits nach einem Nachfolger. "
        "Ein Unternehmenssprecher wollte sich zu „Spekulationen“ nicht äußern.",
        [dep("Christian Vogt", "Werkstolz", R)],
        optional=[pos("Christian Vogt", "Werkstolz")],
    ),
    de(
        "Der Touristikkonzern Alpenreisen hat Berichte über einen bevorstehenden Abgang von Vorstandschefin Ines Haberland zurückgewiesen. "
        "Haberland habe das volle Vertrauen des Aufsichtsrats, sagte ein Sprecher.",
        [dep("Ines Haberland", "Alpenreisen", D), pos("Ines Haberland", "Alpenreisen")],
    ),
    de(
        "Knall bei Stahlwerk Thale: Finanzchef geht\n\n"
        "Der Finanzvorstand des Stahlwerks Thale, Oliver Strauch, verlässt das Unternehmen überraschend zum Monatsende. "
        "Gründe nannte der Konzern nicht.",
        [dep("Oliver Strauch", "Stahlwerk Thale", A)],
        optional=[pos("Oliver Strauch", "Stahlwerk Thale")],
    ),
    de(
        "Die beiden Gründer des Kochbox-Anbieters Gustomat, Tim Reiter und Selin Aydın, verlassen das Unternehmen. "
        "Reiter und Aydın hatten Gustomat 2016 gegründet; 2023 war das Start-up vom Lebensmittelkonzern Nordfrost übernommen worden.",
        [
            dep("Tim Reiter", "Gustomat", CA),
            dep("Selin Aydın", "Gustomat", CA),
            acq("Nordfrost", "Gustomat", C),
        ],
        optional=[pos("Tim Reiter", "Gustomat"), pos("Selin Aydın", "Gustomat")],
    ),
    de(
        "Paukenschlag in der Chipbranche: Der Technikchef von Halbtec, Martin Grauer, wechselt zum Rivalen Siltron. "
        "Grauer werde Halbtec zum Jahresende verlassen und im Januar bei Siltron als Entwicklungsvorstand anfangen, bestätigten beide Unternehmen.",
        [dep("Martin Grauer", "Halbtec", A), hire("Martin Grauer", "Siltron", A)],
        optional=[pos("Martin Grauer", "Halbtec"), poa("Siltron", "Halbtec", ANY)],
    ),
    de(
        "Nach nur 18 Monaten im Amt muss Vertriebsvorstand Axel Hübner den Kaffeeröster Bohnenhaus verlassen. "
        "Der Aufsichtsrat habe sich „im gegenseitigen Einvernehmen“ von ihm getrennt, hieß es. "
        "Hübner war 2024 vom Konkurrenten Röstwerk gekommen.",
        [dep("Axel Hübner", "Bohnenhaus", C)],
        optional=[
            pos("Axel Hübner", "Bohnenhaus"),
            hire("Axel Hübner", "Bohnenhaus", C),
            dep("Axel Hübner", "Röstwerk", C),
        ],
    ),
    # Abwerbung
    de(
        "Der Onlinehändler Marktkorb wirbt gezielt Logistik-Fachkräfte beim Konkurrenten Paketstern ab. "
        "Nach Informationen der „Wirtschaftswoche“ bot Marktkorb Schichtleitern in mehreren Verteilzentren Wechselprämien von bis zu 5.000 Euro an.",
        [poa("Marktkorb", "Paketstern", ANY)],
    ),
    de(
        "Der Versuch des US-Konzerns Caldex, den Forschungschef des Jenaer Optikherstellers Lumetra abzuwerben, ist gescheitert. "
        "Peter Sandmann habe ein millionenschweres Angebot ausgeschlagen und seinen Vertrag bei Lumetra vorzeitig bis 2030 verlängert, teilte das Unternehmen mit.",
        [poa("Caldex", "Lumetra", F), pos("Peter Sandmann", "Lumetra")],
    ),
    de(
        "Die Abwerbung von Piloten durch die Golf-Airline Sahra Airways setzt der Ferienfluggesellschaft Sonnair zu. "
        "Mehr als 30 Kapitäne seien in diesem Jahr zu Sahra gewechselt, sagte ein Sonnair-Sprecher. "
        "Nun drohen Flugausfälle im Winterflugplan.",
        [poa("Sahra Airways", "Sonnair", C)],
    ),
    de(
        "Der chinesische Autobauer Xuanfeng versucht nach Angaben von Betriebsräten, Ingenieure des Zulieferers Kronberg Elektronik abzuwerben. "
        "Mitarbeiter seien gezielt über Karrierenetzwerke angesprochen worden, sagte Betriebsratschefin Monika Stahl.",
        [poa("Xuanfeng", "Kronberg Elektronik", ANY), pos("Monika Stahl", "Kronberg Elektronik")],
    ),
    # Positionen
    de(
        "„Wir wollen den Mittelstand digitalisieren“, sagt Lukas Brenner, Gründer und Chef des Kölner Software-Start-ups Belegbox. "
        "Das Unternehmen beschäftigt inzwischen 80 Mitarbeiter und schreibt nach eigenen Angaben schwarze Zahlen.",
        [pos("Lukas Brenner", "Belegbox")],
    ),
    de(
        "Vorstandschef Hendrik Mayer von der Baugruppe Stahlberg sieht die Branche vor einem schwierigen Winter. "
        "Die Auftragseingänge seien im dritten Quartal um zwölf Prozent gesunken, sagte er bei der Vorlage der Zahlen.",
        [pos("Hendrik Mayer", "Stahlberg")],
    ),
    de(
        "Der Chef des Autobauers Nordwerk, Georg Kallenbach, hat vor einem Handelskrieg mit China gewarnt. "
        "Strafzölle würden vor allem deutsche Hersteller treffen, sagte Kallenbach auf einer Veranstaltung in Berlin.",
        [pos("Georg Kallenbach", "Nordwerk")],
    ),
    de(
        "Vantro-Chefin Miriam Adler zeigte sich mit dem Quartal zufrieden: Der Umsatz des Medizintechnikherstellers stieg um neun Prozent auf 412 Millionen Euro. "
        "Finanzchef Ralf Seidel bestätigte die Jahresprognose.",
        [pos("Miriam Adler", "Vantro"), pos("Ralf Seidel", "Vantro")],
    ),
    de(
        "Der Spezialchemiekonzern Altmark Chemie hat im dritten Quartal deutlich weniger verdient als ein Jahr zuvor. "
        "„Wir sind mit der Entwicklung nicht zufrieden“, sagte Vorstandschef Ulrich Penz. "
        "Das Unternehmen will bis 2027 rund 500 Stellen abbauen.",
        [pos("Ulrich Penz", "Altmark Chemie")],
    ),
    # Fallen
    de(
        "An der Frankfurter Börse gaben die Aktien von Kastner Bau nach schwachen Quartalszahlen um sieben Prozent nach. "
        "Auch die Papiere des Wettbewerbers Strabitz gerieten unter Druck.",
        [],
    ),
    de(
        "Der Haushaltsgerätehersteller Brauner stellt auf der IFA einen Akku-Staubsauger vor, der sich per App steuern lässt. "
        "Das Gerät soll ab November für 449 Euro in den Handel kommen.",
        [],
    ),
    de(
        "Der Zugbauer Raillon hat von der Deutschen Bahn einen Auftrag über 60 Regionalzüge erhalten. "
        "Das Volumen liegt nach Unternehmensangaben bei rund 900 Millionen Euro; die ersten Züge sollen 2029 ausgeliefert werden.",
        [],
    ),
    de(
        "Der Medizintechnikhersteller Orthalis hat den Konkurrenten Biomek vor dem Landgericht München verklagt. "
        "Orthalis wirft Biomek vor, Patente für künstliche Hüftgelenke zu verletzen. "
        "Biomek wies die Vorwürfe zurück.",
        [],
    ),
    de(
        "Der IT-Dienstleister Bitwerk übernimmt für die Stadt Dortmund den Betrieb der städtischen Rechenzentren. "
        "Der Vertrag läuft zunächst über sieben Jahre und hat ein Volumen von 48 Millionen Euro.",
        [],
    ),
    de(
        "Der Motorenhersteller Kolbenwerk Mannheim plant für das kommende Frühjahr den Gang an die Frankfurter Börse. "
        "Begleitet wird der Börsengang von der Deutschen Bank und der Commerzbank.",
        [],
    ),
    de(
        "Nach dem Brand in einem Zulieferwerk muss der Autobauer Ostauto die Produktion in Zwickau für eine Woche unterbrechen. "
        "Betroffen ist auch der Zulieferer Sitztechnik Meißen, dessen Halle vollständig zerstört wurde.",
        [],
    ),
    de(
        "Die Gewerkschaft IG Metall und der Arbeitgeberverband Gesamtmetall haben sich auf einen neuen Tarifvertrag geeinigt. "
        "Die Löhne steigen in zwei Stufen um insgesamt 5,1 Prozent.",
        [],
    ),
    de(
        "Der Ferienflieger Tropicana Air bestreitet, dass er einen Verkauf an die Billigairline Skyhopper erwägt. "
        "„Wir sind nicht zu verkaufen“, sagte Tropicana-Air-Chef Markus Thiel der Nachrichtenagentur dpa.",
        [acq("Skyhopper", "Tropicana Air", D), pos("Markus Thiel", "Tropicana Air")],
    ),
]
