# ruff: noqa: E501
"""Challenge set v8: short news passages (English and German), blind held-out set.

Written blind by a helper on 2026-11-26 for measurement only. The helper did not
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
    # ------------------------------------------------------------------ English
    # 1 wire: agreed takeover
    en(
        "Halvorsen Robotics Inc. (NASDAQ: HALR) shares jumped 14% on Thursday after the warehouse-automation maker agreed to be acquired by private-equity firm Brightwater Capital for $38 a share in cash, valuing the company at roughly $2.1 billion. "
        "The transaction is expected to close in the first quarter, subject to regulatory approval. "
        "Halvorsen Chief Executive Dana Whitcombe will continue to lead the business.",
        [
            acq("Brightwater Capital", "Halvorsen Robotics Inc.", A),
            pos("Dana Whitcombe", "Halvorsen Robotics Inc."),
        ],
    ),
    # 2 AI talent war
    en(
        "Three senior researchers have left Lumora AI for rival lab Qubit Forge, according to people familiar with the matter, the latest sign of an escalating talent war. "
        "Among them is Priya Raghunathan, who led Lumora's reasoning team. "
        "Qubit Forge, which raised $600 million in March, has been offering pay packages worth several million dollars a year to lure staff from Lumora and other larger labs.",
        [
            dep("Priya Raghunathan", "Lumora AI", [C, R]),
            hire("Priya Raghunathan", "Qubit Forge", [C, R]),
            poa("Qubit Forge", "Lumora AI", ANY),
        ],
        optional=[pos("Priya Raghunathan", "Lumora AI")],
    ),
    # 3 press release: partnership
    en(
        "PALO ALTO, Calif.--(BUSINESS WIRE)--Veridian Systems, Inc. today announced a strategic partnership with Nvidia to bring its edge-inference software to Nvidia's Jetson platform. "
        "“This collaboration lets our customers deploy models in hours, not weeks,” said Tomás Ekwueme, co-founder and CEO of Veridian Systems.",
        [par(["Veridian Systems", "Nvidia"], CA), pos("Tomás Ekwueme", "Veridian Systems")],
    ),
    # 4 denied acquisition
    en(
        "Orsolo Media denied a report by the Financial Chronicle that it was in talks to buy streaming service Kinetta for about $900 million. "
        "“There are no discussions,” an Orsolo spokeswoman said. Kinetta declined to comment.",
        [acq("Orsolo Media", "Kinetta", D)],
    ),
    # 5 failed takeover
    en(
        "Grantham Steel's $4.6 billion takeover of rival Ferrovia Metals collapsed on Friday after European regulators signalled they would block the deal. "
        "Grantham CEO Robert Ashdown said the company would pay a $150 million break fee and “move on.”",
        [acq("Grantham Steel", "Ferrovia Metals", F), pos("Robert Ashdown", "Grantham Steel")],
    ),
    # 6 funding round, three investors
    en(
        "Synthetica, a San Francisco startup building AI agents for accounting, said it raised $85 million in a Series B round led by Northgate Ventures, with participation from existing investors Arclight Partners and Fennimore Capital. "
        "The round values the two-year-old company at $740 million, said co-founder and Chief Executive Ines Albuquerque.",
        [
            inv("Northgate Ventures", "Synthetica", C),
            inv("Arclight Partners", "Synthetica", C),
            inv("Fennimore Capital", "Synthetica", C),
            pos("Ines Albuquerque", "Synthetica"),
        ],
    ),
    # 7 bank merger approved by shareholders
    en(
        "Shareholders of Cascadia Bancorp and Pinecrest Financial approved the companies' all-stock merger on Wednesday, creating the largest community lender in the Pacific Northwest. "
        "The combined bank will operate under the Cascadia name and be led by Pinecrest's Marjorie Tan as chief executive.",
        [mer(["Cascadia Bancorp", "Pinecrest Financial"], CA), pos("Marjorie Tan", "Pinecrest Financial")],
        optional=[pos("Marjorie Tan", "Cascadia Bancorp"), hire("Marjorie Tan", "Cascadia Bancorp", A)],
    ),
    # 8 hire of former Amazon executive
    en(
        "Tessaro Inc. has hired Benjamin Oyelaran, formerly head of cloud infrastructure at Amazon, as its chief technology officer, the company said on Monday. "
        "Oyelaran starts on June 1 and will report to CEO Mireille Dufresne.",
        [
            hire("Benjamin Oyelaran", "Tessaro Inc.", CA),
            pos("Benjamin Oyelaran", "Amazon"),
            pos("Mireille Dufresne", "Tessaro Inc."),
        ],
        optional=[dep("Benjamin Oyelaran", "Amazon", C), pos("Benjamin Oyelaran", "Tessaro Inc.")],
    ),
    # 9 rumored sale of a unit
    en(
        "Drakewell Semiconductor is exploring a sale of its automotive chip unit, Drakewell Auto, and has approached potential buyers including Infineon, Bloomberg News reported, citing people familiar with the matter. "
        "A Drakewell spokesman declined to comment on “market rumors.”",
        [acq("Infineon", "Drakewell Auto", TR)],
    ),
    # 10 CFO to step down
    en(
        "Fintech group Paylinq said its chief financial officer, Gareth Mulholland, will step down at the end of the year to pursue other opportunities. "
        "The company has begun a search for a successor. Shares fell 3%.",
        [dep("Gareth Mulholland", "Paylinq", A)],
        optional=[pos("Gareth Mulholland", "Paylinq")],
    ),
    # 11 acqui-hire via licensing
    en(
        "Search startup Wayfinder Labs is joining Korvex in what amounts to an acqui-hire: Korvex will license Wayfinder's technology and hire its co-founder and chief executive, Sofia Lindqvist, along with about 30 engineers, while Wayfinder's investors get their money back. "
        "The structure has become popular among large tech companies seeking to avoid antitrust scrutiny.",
        [
            par(["Korvex", "Wayfinder Labs"], CA),
            hire("Sofia Lindqvist", "Korvex", CA),
            pos("Sofia Lindqvist", "Wayfinder Labs"),
        ],
        optional=[
            acq("Korvex", "Wayfinder Labs", ANY),
            dep("Sofia Lindqvist", "Wayfinder Labs", ANY),
            poa("Korvex", "Wayfinder Labs", ANY),
        ],
    ),
    # 12 distractors: contract, buyback
    en(
        "Aerolume Corp. won a $320 million contract to supply flight-control software to Boeing, the company said. "
        "Separately, Aerolume said it would buy back up to $500 million of its shares. "
        "“The order book has never been stronger,” said a company spokeswoman.",
        [],
    ),
    # 13 minority stake completed
    en(
        "Japanese trading house Mitsuhana Corp. has acquired a 19.9% stake in Australian lithium miner Redgum Minerals for A$410 million, becoming its largest shareholder. "
        "Redgum chairman Neil Cartwright welcomed the investment.",
        [stake("Mitsuhana Corp.", "Redgum Minerals", C), pos("Neil Cartwright", "Redgum Minerals")],
    ),
    # 14 background deal in earnings copy
    en(
        "Quintessa Health, which bought telehealth provider MedNow in 2021, reported third-quarter revenue of $1.2 billion, ahead of analysts' estimates. "
        "Chief Executive Laurent Beaumier said the integration of MedNow was “largely complete.”",
        [acq("Quintessa Health", "MedNow", C), pos("Laurent Beaumier", "Quintessa Health")],
    ),
    # 15 poaching lawsuit
    en(
        "Helix Dynamics has sued former partner Orbitail, accusing it of poaching more than 40 engineers from its battery division over the past year. "
        "Orbitail called the lawsuit “baseless.”",
        [poa("Orbitail", "Helix Dynamics", ANY)],
        optional=[par(["Helix Dynamics", "Orbitail"], ANY)],
    ),
    # 16 interim CEO after resignation
    en(
        "Brisa Foods named finance chief Helena Vasconcelos interim chief executive after Mark Dunleavy resigned abruptly on Tuesday, citing health reasons. "
        "The board said it would consider internal and external candidates.",
        [posh("Helena Vasconcelos", "Brisa Foods"), dep("Mark Dunleavy", "Brisa Foods", C)],
        optional=[pos("Mark Dunleavy", "Brisa Foods")],
    ),
    # 17 merger talks
    en(
        "Telecom operators Nordwave and Balticom are in advanced talks to merge their mobile operations in the Baltic states, according to a person familiar with the negotiations. "
        "A deal could be announced as soon as next month.",
        [mer(["Nordwave", "Balticom"], TR)],
    ),
    # 18 researcher moves between labs, seed round
    en(
        "Elena Sørensen, a co-author of the influential sparse-routing paper, has left Google DeepMind after six years to join startup Parallax Minds as chief scientist. "
        "Parallax, founded last year by Kenji Watanabe, closed a $220 million seed round in September led by Redwood Peak.",
        [
            dep("Elena Sørensen", "Google DeepMind", C),
            hire("Elena Sørensen", "Parallax Minds", C),
            pos("Kenji Watanabe", "Parallax Minds"),
            inv("Redwood Peak", "Parallax Minds", C),
        ],
        optional=[pos("Elena Sørensen", "Parallax Minds"), pos("Elena Sørensen", "Google DeepMind")],
    ),
    # 19 press release: merger completed
    en(
        "HOUSTON--Altamira Energy Partners and Solenne Power today announced the completion of their merger, forming Altamira Solenne, one of the largest independent renewable producers in Texas. "
        "The combined company's shares will begin trading on the NYSE under the ticker “ASOL” on Monday.",
        [mer(["Altamira Energy Partners", "Solenne Power"], C)],
    ),
    # 20 talks ended
    en(
        "Talks between Vantor Pharmaceuticals and Belgian biotech Cellivia over a potential takeover of Cellivia have ended without an agreement, Vantor said in a statement on Sunday, confirming an earlier newspaper report. "
        "Cellivia shares slumped 22% in Brussels.",
        [acq("Vantor Pharmaceuticals", "Cellivia", F)],
    ),
    # 21 poaching of Walmart executive
    en(
        "Seattle-based retailer Greenhollow has poached Walmart's e-commerce chief, Aisha Doumbia, to become president of its digital business, the company confirmed. "
        "Doumbia's departure from Walmart is effective immediately.",
        [
            poa("Greenhollow", "Walmart", C),
            hire("Aisha Doumbia", "Greenhollow", CA),
            dep("Aisha Doumbia", "Walmart", C),
        ],
        optional=[pos("Aisha Doumbia", "Walmart"), pos("Aisha Doumbia", "Greenhollow")],
    ),
    # 22 board changes
    en(
        "Kepler Logistics said its chairman, Anthony Blythe, will retire at the annual meeting in May and be succeeded by board member Ruth Okonkwo-Hale.",
        [
            dep("Anthony Blythe", "Kepler Logistics", A),
            posh("Ruth Okonkwo-Hale", "Kepler Logistics"),
        ],
        optional=[pos("Anthony Blythe", "Kepler Logistics")],
    ),
    # 23 rumored investment, former roles
    en(
        "Microsoft has held early discussions about investing in French model developer Aventine AI at a valuation of around $6 billion, The Information reported, citing two people with knowledge of the talks. "
        "Aventine, co-founded by Camille Roux and Youssef Benali, declined to comment.",
        [
            inv("Microsoft", "Aventine AI", TR),
            pos("Camille Roux", "Aventine AI"),
            pos("Youssef Benali", "Aventine AI"),
        ],
    ),
    # 24 Dow Jones style: CEO exit, COO successor
    en(
        "NEW YORK (Dow Jones)--Coldstream Industries posted a wider-than-expected quarterly loss and said Chief Executive Patrick Vallance-Moore would leave the company after a seven-year tenure. "
        "The industrial conglomerate named Chief Operating Officer Wen Li as his successor, effective Jan. 1. "
        "Shares fell 6.5% in premarket trading.",
        [dep("Patrick Vallance-Moore", "Coldstream Industries", A), posh("Wen Li", "Coldstream Industries")],
        optional=[pos("Patrick Vallance-Moore", "Coldstream Industries")],
    ),
    # 25 JV plus stake
    en(
        "Ridgeline Motors and battery maker Voltaris said they will form a joint venture to build a $3 billion cell plant in Ohio. "
        "As part of the agreement, Ridgeline will also take a 10% stake in Voltaris.",
        [par(["Ridgeline Motors", "Voltaris"], A), stake("Ridgeline Motors", "Voltaris", A)],
    ),
    # 26 completed sale, negated other sale
    en(
        "Ostrander Bank confirmed it had completed the sale of its asset-management arm, Ostrander Capital Advisors, to Pemberton Group, but said it was not considering selling its insurance business, contrary to press reports.",
        [acq("Pemberton Group", "Ostrander Capital Advisors", C)],
    ),
    # 27 merger rumor
    en(
        "Shares of Lantern Pictures rose 9% after Variety reported that the studio had held exploratory talks about a combination with Meridian Broadcasting. "
        "Neither company commented. Analysts at Jefferies said a tie-up would create a mid-sized rival to the big streaming platforms.",
        [mer(["Lantern Pictures", "Meridian Broadcasting"], TR)],
    ),
    # 28 tweet headline
    en(
        "BREAKING: Crestview Software to acquire cybersecurity firm Nullpoint for $1.1B in cash – statement",
        [acq("Crestview Software", "Nullpoint", A)],
    ),
    # 29 poaching attempt that mostly failed
    en(
        "Zentria tried to lure away the entire robotics team of Altek Automation last spring, but all but one of the engineers stayed after Altek matched the offers, two former employees said.",
        [poa("Zentria", "Altek Automation", ANY)],
    ),
    # 30 climate-tech round
    en(
        "Norwegian climate-tech startup Fjordcarbon has closed a €40 million Series A co-led by Equinor Ventures and Breakthrough Energy Ventures.",
        [
            inv("Equinor Ventures", "Fjordcarbon", C),
            inv("Breakthrough Energy Ventures", "Fjordcarbon", C),
        ],
    ),
    # 31 denied move
    en(
        "Mirela Costache, the chief operating officer of ride-hailing company Zoomly, is not leaving to join rival Cabbit, a Zoomly spokesman said, dismissing a report in TechBeat as “pure speculation.”",
        [
            pos("Mirela Costache", "Zoomly"),
            dep("Mirela Costache", "Zoomly", D),
            hire("Mirela Costache", "Cabbit", D),
        ],
    ),
    # 32 acquisition + founder joins acquirer
    en(
        "Holloway Brands, the consumer-goods group that owns Sunnyfield Dairy, agreed to buy organic snack maker Crunchwell from its founders for an undisclosed sum. "
        "Crunchwell's founder, Beatriz Salgado, will join Holloway as head of innovation.",
        [
            acq("Holloway Brands", "Crunchwell", A),
            hire("Beatriz Salgado", "Holloway Brands", A),
            pos("Beatriz Salgado", "Crunchwell"),
        ],
        optional=[acq("Holloway Brands", "Sunnyfield Dairy", C), pos("Beatriz Salgado", "Holloway Brands")],
    ),
    # 33 press release: definitive merger agreement
    en(
        "Brightline Insurance Group and Covenant Mutual today announced that they have entered into a definitive agreement to merge in an all-stock transaction. "
        "Upon closing, Covenant CEO James Whitfield will serve as chairman, and Brightline CEO Natalie Osei will lead the combined company.",
        [
            mer(["Brightline Insurance Group", "Covenant Mutual"], A),
            pos("James Whitfield", "Covenant Mutual"),
            pos("Natalie Osei", "Brightline Insurance Group"),
        ],
    ),
    # 34 analyst speculation distractor
    en(
        "Kelvin Grid could become a takeover target for larger utilities, analysts said, after the transmission company cut its dividend for the first time. "
        "Chief Executive Harriet Lowe said Kelvin was focused on its standalone plan.",
        [pos("Harriet Lowe", "Kelvin Grid")],
    ),
    # 35 move between crypto firms
    en(
        "Stablecoin issuer Clearmint has named Daniel Reyes-Ortiz, who stepped down as general counsel of Coinvault last month, as its chief legal officer.",
        [hire("Daniel Reyes-Ortiz", "Clearmint", CA), dep("Daniel Reyes-Ortiz", "Coinvault", C)],
        optional=[pos("Daniel Reyes-Ortiz", "Coinvault"), pos("Daniel Reyes-Ortiz", "Clearmint")],
    ),
    # 36 several acquisitions, mixed status
    en(
        "Fairmount Digital said on Tuesday it had bought two analytics startups, Tracewise and Quillmetrics, for a combined $95 million, and had agreed to acquire a third, Berlin-based Datenfluss, pending regulatory approval.",
        [
            acq("Fairmount Digital", "Tracewise", C),
            acq("Fairmount Digital", "Quillmetrics", C),
            acq("Fairmount Digital", "Datenfluss", A),
        ],
    ),
    # 37 content licensing deal
    en(
        "OpenAI rival Corvid Labs signed a multiyear deal to license news content from publisher Harbour Press, the latest in a string of agreements between AI developers and media companies. "
        "Financial terms were not disclosed.",
        [par(["Corvid Labs", "Harbour Press"], CA)],
    ),
    # 38 rumored stake
    en(
        "Gulf investor Al Noor Holdings is considering buying a minority stake in aircraft-seat maker Skyrest, people familiar with the matter said, in a deal that could value Skyrest at $3 billion. "
        "No final decision has been made.",
        [stake("Al Noor Holdings", "Skyrest", TR)],
    ),
    # 39 departure from Apple
    en(
        "Marcus Feldmann, the head of Apple's mapping group, has left the company to start his own AI venture, according to an internal memo. "
        "Apple confirmed his departure.",
        [dep("Marcus Feldmann", "Apple", C)],
        optional=[pos("Marcus Feldmann", "Apple")],
    ),
    # 40 earnings + existing JV
    en(
        "Ironbridge Chemicals reported flat quarterly earnings. "
        "The company said its joint venture with Saudi partner Rawafed Petrochemicals, formed in 2022, had begun production at its Jubail plant.",
        [par(["Ironbridge Chemicals", "Rawafed Petrochemicals"], C)],
    ),
    # 41 activist stake
    en(
        "Activist investor Sandpiper Capital has built a 6% stake in Morrow Retail and is pushing the department-store chain to explore a sale, according to a letter released on Monday. "
        "Sandpiper said Morrow's shares were “deeply undervalued.”",
        [stake("Sandpiper Capital", "Morrow Retail", C)],
    ),
    # 42 hostile offer rejected
    en(
        "The board of Tillman Foods unanimously rejected an unsolicited $52-a-share offer from rival Garnet Brands, saying it “significantly undervalues” the company. "
        "Garnet said it was reviewing its options.",
        [acq("Garnet Brands", "Tillman Foods", [F, T])],
    ),
    # 43 Stripe engineers join startup
    en(
        "Two of Stripe's most senior engineers, Olu Adebayo and Hannah Krüger, are joining Bayline Payments, the startup said on Wednesday, part of a hiring spree that has also brought in executives from PayPal and Adyen.",
        [
            hire("Olu Adebayo", "Bayline Payments", CA),
            hire("Hannah Krüger", "Bayline Payments", CA),
            pos("Olu Adebayo", "Stripe"),
            pos("Hannah Krüger", "Stripe"),
        ],
        optional=[
            dep("Olu Adebayo", "Stripe", ANY),
            dep("Hannah Krüger", "Stripe", ANY),
            poa("Bayline Payments", "Stripe", ANY),
            poa("Bayline Payments", "PayPal", ANY),
            poa("Bayline Payments", "Adyen", ANY),
        ],
    ),
    # 44 merger called off
    en(
        "The planned merger of regional airlines SkyCeltic and Aer Mara was called off on Thursday after the two sides failed to agree on a valuation, people close to the talks said.",
        [mer(["SkyCeltic", "Aer Mara"], F)],
    ),
    # 45 buyout of JV partner's share
    en(
        "Hargreave Industries completed its acquisition of the remaining 51% of Tecnoval, its Spanish joint venture with Grupo Ibarra, taking full ownership of the valve maker.",
        [acq("Hargreave Industries", "Tecnoval", C)],
        optional=[par(["Hargreave Industries", "Grupo Ibarra"], ANY)],
    ),
    # 46 hire after non-compete
    en(
        "Autonomous-trucking firm Plainsight said it will hire Tobias Eriksen, the former head of autonomy at Kodiak Freight, once a non-compete period expires in March. "
        "Kodiak Freight said it was reviewing the matter.",
        [hire("Tobias Eriksen", "Plainsight", A), pos("Tobias Eriksen", "Kodiak Freight")],
        optional=[dep("Tobias Eriksen", "Kodiak Freight", C)],
    ),
    # 47 stake talks
    en(
        "Carmaker Stellaro is in talks to buy a stake of up to 25% in Chinese electric-vehicle startup Leapmoto, two sources said, as it seeks access to lower-cost technology.",
        [stake("Stellaro", "Leapmoto", TR)],
    ),
    # 48 bank CEO appointment
    en(
        "Northern Trustline Bank appointed Ferdinand Obi, a 25-year veteran of HSBC, as chief executive, replacing Colin Marsh, who retired in March. "
        "Obi takes up the role on Sept. 1.",
        [
            hire("Ferdinand Obi", "Northern Trustline Bank", CA),
            dep("Colin Marsh", "Northern Trustline Bank", C),
        ],
        optional=[
            pos("Ferdinand Obi", "HSBC"),
            dep("Ferdinand Obi", "HSBC", ANY),
            pos("Ferdinand Obi", "Northern Trustline Bank"),
            pos("Colin Marsh", "Northern Trustline Bank"),
        ],
    ),
    # 49 corporate investors in round
    en(
        "Salesforce Ventures and Nvidia invested in Hyperloom, a startup that builds tools for fine-tuning large language models, as part of a $140 million round, Hyperloom said.",
        [
            inv("Salesforce Ventures", "Hyperloom", C),
            inv("Nvidia", "Hyperloom", C),
        ],
    ),
    # 50 closing of acquisition
    en(
        "Ventana Health Systems (NYSE: VHS) said it closed its previously announced $780 million purchase of Brookside Labs, a clinical diagnostics company. "
        "Brookside will operate as a wholly owned subsidiary led by its president, Andrea Moreau.",
        [acq("Ventana Health Systems", "Brookside Labs", C), pos("Andrea Moreau", "Brookside Labs")],
    ),
    # 51 boomerang researcher
    en(
        "Less than a week after leaving for Cerebrix, reinforcement-learning researcher Nikhil Rao has returned to Lumentra, the AI lab said on Friday. "
        "Cerebrix declined to comment.",
        [hire("Nikhil Rao", "Lumentra", C)],
        optional=[
            dep("Nikhil Rao", "Lumentra", C),
            hire("Nikhil Rao", "Cerebrix", C),
            dep("Nikhil Rao", "Cerebrix", C),
        ],
    ),
    # 52 rumored bid; backed-by
    en(
        "British broadcaster Channel Nine Media is said to be preparing a bid for podcast network Earshot, Sky News reported. "
        "Earshot, which is backed by Spotify, was valued at about £300 million in its last funding round.",
        [acq("Channel Nine Media", "Earshot", TR)],
        optional=[inv("Spotify", "Earshot", C)],
    ),
    # 53 denied licensing partnership
    en(
        "Game developer Pixelhaven denied that it is negotiating a licensing partnership with Tencent, after a Chinese news site reported that the two were close to a deal.",
        [par(["Pixelhaven", "Tencent"], D)],
    ),
    # 54 resign and join
    en(
        "Rina Takahashi has resigned as chief marketing officer of cosmetics brand Lumière Beauté and will join L'Oréal rival Aurelle as chief executive in January.",
        [dep("Rina Takahashi", "Lumière Beauté", C), hire("Rina Takahashi", "Aurelle", A)],
        optional=[pos("Rina Takahashi", "Lumière Beauté"), pos("Rina Takahashi", "Aurelle")],
    ),
    # 55 completed acquisition; founder joins committee
    en(
        "Eastlake Semiconductor completed its acquisition of Opticore on Monday, three months after China's market regulator cleared the deal. "
        "Opticore founder and CEO Yara Haddad has joined Eastlake's executive committee.",
        [
            acq("Eastlake Semiconductor", "Opticore", C),
            pos("Yara Haddad", "Opticore"),
            hire("Yara Haddad", "Eastlake Semiconductor", C),
        ],
        optional=[pos("Yara Haddad", "Eastlake Semiconductor")],
    ),
    # 56 post-merger departure
    en(
        "Following the completion of its merger with Castellan Bank, Westmarch Financial said Deputy CEO Owen Pritchard would leave the combined group at the end of the month.",
        [mer(["Westmarch Financial", "Castellan Bank"], C), dep("Owen Pritchard", "Westmarch Financial", A)],
        optional=[pos("Owen Pritchard", "Westmarch Financial")],
    ),
    # 57 licensing acqui-hire, interim CEO
    en(
        "Big Tech's latest reverse acqui-hire: Solace AI is paying about $650 million to license the models of Calyx Research and bring over Calyx's CEO, Farah Siddiqui, and most of its staff. "
        "Calyx will continue to operate as an independent company under interim CEO Louis Brandt.",
        [
            par(["Solace AI", "Calyx Research"], CA),
            hire("Farah Siddiqui", "Solace AI", CA),
            dep("Farah Siddiqui", "Calyx Research", CA),
            posh("Louis Brandt", "Calyx Research"),
        ],
        optional=[
            pos("Farah Siddiqui", "Calyx Research"),
            poa("Solace AI", "Calyx Research", ANY),
            acq("Solace AI", "Calyx Research", ANY),
        ],
    ),
    # 58 sale of energy subsidiary
    en(
        "Oil producer Baywater Resources agreed to sell its North Sea subsidiary, Baywater UK, to Harland Energy for $1.3 billion, the companies said on Monday.",
        [acq("Harland Energy", "Baywater UK", A)],
    ),
    # 59 round + pilot agreement
    en(
        "Robotics startup Gantry Labs raised $300 million from investors including the Amazon Industrial Innovation Fund and Toyota Ventures. "
        "Separately, it signed a pilot agreement with Toyota to deploy its robots at a plant in Kentucky.",
        [
            inv("Amazon Industrial Innovation Fund", "Gantry Labs", C),
            inv("Toyota Ventures", "Gantry Labs", C),
        ],
        optional=[par(["Gantry Labs", "Toyota"], CA)],
    ),
    # 60 both deny merger
    en(
        "Both Kronos Bank and Eastfield Savings denied reports that they were discussing a merger, with Kronos CEO Alan Fitzgerald calling the story “fiction.”",
        [mer(["Kronos Bank", "Eastfield Savings"], D), pos("Alan Fitzgerald", "Kronos Bank")],
    ),
    # 61 founder retires, external successor
    en(
        "After 22 years at the helm, founder Gustavo Almeida will retire as chief executive of Brazilian online retailer Compraja next year. "
        "His successor will be Lucía Ferrer, currently head of Latin America at Uber, the company said.",
        [
            dep("Gustavo Almeida", "Compraja", A),
            hire("Lucía Ferrer", "Compraja", A),
            pos("Lucía Ferrer", "Uber"),
        ],
        optional=[pos("Gustavo Almeida", "Compraja"), dep("Lucía Ferrer", "Uber", A)],
    ),
    # 62 abandoned deal + CFO resigns
    en(
        "Vestry Group shares fell 4% after the insurer said it had abandoned plans to buy Hollins Re, citing market conditions, and that Chief Financial Officer Kwame Asante had resigned.",
        [acq("Vestry Group", "Hollins Re", F), dep("Kwame Asante", "Vestry Group", C)],
        optional=[pos("Kwame Asante", "Vestry Group")],
    ),
    # 63 hedge fund poaching approaches
    en(
        "Apex Quant has approached several portfolio managers at rival Silverline Capital about joining the hedge fund, people familiar with the matter said, as it seeks to bolster its credit business.",
        [poa("Apex Quant", "Silverline Capital", TR)],
    ),
    # 64 full takeover after prior stake
    en(
        "Sunfire Games, the studio behind the hit “Ashen Crown”, has been acquired by Tencent, which previously held a 40% stake. "
        "Sunfire's two founders will remain at the studio.",
        [
            acq("Tencent", "Sunfire Games", C),
        ],
        optional=[stake("Tencent", "Sunfire Games", C)],
    ),
    # 65 partnership ended
    en(
        "Automaker Kasai Motors ended its autonomous-driving partnership with Waymark after three years, saying it would develop the technology in-house.",
        [par(["Kasai Motors", "Waymark"], [F, C])],
    ),
    # 66 press release: CMO appointment
    en(
        "BOSTON, March 3 -- Arcwell Therapeutics today announced the appointment of Sunita Varma as Chief Medical Officer, effective immediately. "
        "Varma joins from Novartis, where she led late-stage oncology development.",
        [hire("Sunita Varma", "Arcwell Therapeutics", C), dep("Sunita Varma", "Novartis", C)],
        optional=[pos("Sunita Varma", "Novartis"), pos("Sunita Varma", "Arcwell Therapeutics")],
    ),
    # 67 considered bid, never made
    en(
        "Apple held internal discussions about a possible bid for AI search startup Perplexa earlier this year, but no offer was made, according to people familiar with the matter.",
        [acq("Apple", "Perplexa", [R, F])],
    ),
    # 68 background merger; job cuts
    en(
        "Two years after their merger, Beacon Newspapers and Coastline Media Group are cutting 300 newsroom jobs as print advertising continues to shrink.",
        [mer(["Beacon Newspapers", "Coastline Media Group"], C)],
    ),
    # 69 pension fund stake
    en(
        "Dutch pension fund PGV Pensioen has invested €200 million in offshore wind developer Noordzee Stroom, acquiring a 15% stake.",
        [stake("PGV Pensioen", "Noordzee Stroom", C)],
    ),
    # 70 former CEO now VC; round
    en(
        "Former Intel chief executive Roland Meyers, now a partner at venture firm Tidewater Capital, said the chip industry was “overbuilding.” "
        "Tidewater recently led a $50 million round in Photonix, a startup making optical interconnects.",
        [
            pos("Roland Meyers", "Intel"),
            pos("Roland Meyers", "Tidewater Capital"),
            inv("Tidewater Capital", "Photonix", C),
        ],
        optional=[dep("Roland Meyers", "Intel", C)],
    ),
    # 71 hire talks
    en(
        "Orbis Cloud is in talks to hire Wanjiru Kamau, Google's vice president of data-center operations, as its next chief operating officer, Business Insider reported.",
        [hire("Wanjiru Kamau", "Orbis Cloud", TR), pos("Wanjiru Kamau", "Google")],
        optional=[dep("Wanjiru Kamau", "Google", TR)],
    ),
    # 72 Reuters: bank merger talks
    en(
        "MILAN (Reuters) - Italy's Banca Vallemonte and Credito Alpino have hired advisers and are in early-stage talks about a merger that would create the country's fourth-largest lender, three sources told Reuters. "
        "Banca Vallemonte CEO Paolo Ricci has long argued for consolidation.",
        [mer(["Banca Vallemonte", "Credito Alpino"], TR), pos("Paolo Ricci", "Banca Vallemonte")],
    ),
    # 73 board and president appointments
    en(
        "Nuvolo Inc. appointed former Oracle president Janet Wexler to its board of directors, the company said in a filing on Friday.",
        [
            hire("Janet Wexler", "Nuvolo Inc.", CA),
            pos("Janet Wexler", "Oracle"),
        ],
        optional=[
            dep("Janet Wexler", "Oracle", C),
            pos("Janet Wexler", "Nuvolo Inc."),
        ],
    ),
    # 74 tweet: funding talks
    en(
        "Scoop: AI coding startup Palladian in talks to raise $500M at a $12B valuation, with Oakmere Capital set to lead, per sources",
        [inv("Oakmere Capital", "Palladian", TR)],
    ),
    # 75 CEO exit + divestment + executive chair
    en(
        "Harrowgate plc said chief executive Simon Dyer would step down after the engineering group agreed to sell its aerospace division, Harrowgate Aero, to Spirit Avionics for £640 million. "
        "Chairman Frances Whitlock will act as executive chair until a successor is found.",
        [
            dep("Simon Dyer", "Harrowgate plc", A),
            acq("Spirit Avionics", "Harrowgate Aero", A),
            posh("Frances Whitlock", "Harrowgate plc"),
        ],
        optional=[pos("Simon Dyer", "Harrowgate plc")],
    ),
    # 76 co-development partnership
    en(
        "Cloud provider Stratos and chip designer Arvio announced a multiyear partnership to co-develop AI accelerators for Stratos' data centers. "
        "The companies did not disclose financial terms.",
        [par(["Stratos", "Arvio"], CA)],
    ),
    # 77 bank-fintech partnership plus planned stake
    en(
        "Tollbridge Bank said it had teamed up with fintech Kontoly to offer buy-now-pay-later loans to its 4 million retail customers. "
        "The lender will also invest $20 million in Kontoly for a minority stake, subject to regulatory approval.",
        [par(["Tollbridge Bank", "Kontoly"], CA), stake("Tollbridge Bank", "Kontoly", A)],
    ),
    # ------------------------------------------------------------------ German
    # 1 Handelsblatt-Stil: Übernahme
    de(
        "Der Münchner Softwarehersteller Kerntakt übernimmt den Berliner KI-Spezialisten Denkwerk Analytics. "
        "Der Kaufpreis liege im niedrigen dreistelligen Millionenbereich, teilte das Unternehmen am Dienstag mit. "
        "Denkwerk-Gründerin Johanna Weißhaupt soll künftig die KI-Sparte des Konzerns leiten.",
        [acq("Kerntakt", "Denkwerk Analytics", CA), pos("Johanna Weißhaupt", "Denkwerk Analytics")],
        optional=[hire("Johanna Weißhaupt", "Kerntakt", A), pos("Johanna Weißhaupt", "Kerntakt")],
    ),
    # 2 Eilmeldung: Fusionsgespräche
    de(
        "+++ Eilmeldung +++ Stromkontor bestätigt Gespräche über Fusion mit Nordwerk Energie – Aktie springt zweistellig",
        [mer(["Stromkontor", "Nordwerk Energie"], T)],
    ),
    # 3 dpa-AFX: Chefwechsel
    de(
        "BIELEFELD (dpa-AFX) - Der Vorstandschef der Bergmann Maschinenbau AG, Klaus-Dieter Ahrens, legt sein Amt zum Jahresende nieder. "
        "Nachfolgerin wird Finanzvorständin Sabine Lorenz, wie das Unternehmen am Montag mitteilte. "
        "Ahrens stand seit 2014 an der Spitze des Konzerns.",
        [
            dep("Klaus-Dieter Ahrens", "Bergmann Maschinenbau AG", A),
            posh("Sabine Lorenz", "Bergmann Maschinenbau AG"),
        ],
        optional=[pos("Klaus-Dieter Ahrens", "Bergmann Maschinenbau AG")],
    ),
    # 4 heise: Beteiligung in Finanzierungsrunde
    de(
        "Der Chiphersteller Siliziumwerk Dresden hat sich mit 12 Prozent an dem Start-up Lichtweg Photonics beteiligt. "
        "Die Beteiligung ist Teil einer Finanzierungsrunde über 45 Millionen Euro, an der sich auch der High-Tech Gründerfonds beteiligte.",
        [
            stake("Siliziumwerk Dresden", "Lichtweg Photonics", C),
            inv("High-Tech Gründerfonds", "Lichtweg Photonics", C),
        ],
    ),
    # 5 Gerücht: Verkauf der Direktbank
    de(
        "Die Versicherungsgruppe Hanseatica erwägt laut einem Bericht des „Handelsblatts“ einen Verkauf ihrer Direktbank Hanseatica Direkt. "
        "Als möglicher Käufer gilt die niederländische ING. Ein Sprecher von Hanseatica wollte den Bericht nicht kommentieren.",
        [acq("ING", "Hanseatica Direkt", R)],
    ),
    # 6 Dementi
    de(
        "Der Handelskonzern Brunnhuber hat am Montag einen Bericht dementiert, wonach er an einer Übernahme der Drogeriekette Glanzmarkt interessiert sei. "
        "„An den Spekulationen ist nichts dran“, sagte ein Konzernsprecher.",
        [acq("Brunnhuber", "Glanzmarkt", D)],
    ),
    # 7 t3n: Series B
    de(
        "Das Kölner Fintech Zahlwerk hat in einer Series-B-Runde 60 Millionen Euro eingesammelt. "
        "Angeführt wurde die Runde von Nordlicht Ventures, auch die Bestandsinvestoren Kirschgarten Capital und Falkenstein Partners zogen mit. "
        "Mitgründer und CEO Tobias Brenninkmeyer will mit dem Geld nach Frankreich und Spanien expandieren.",
        [
            inv("Nordlicht Ventures", "Zahlwerk", C),
            inv("Kirschgarten Capital", "Zahlwerk", C),
            inv("Falkenstein Partners", "Zahlwerk", C),
            pos("Tobias Brenninkmeyer", "Zahlwerk"),
        ],
    ),
    # 8 Abwerbung VW-Markenvorstand
    de(
        "Der Autozulieferer Kronwald hat den VW-Markenvorstand Dirk Obermaier abgeworben. "
        "Obermaier wird zum 1. April Vorstandsvorsitzender des Unternehmens aus Schweinfurt, wie Kronwald am Freitag mitteilte. "
        "Volkswagen bestätigte den Abgang.",
        [
            poa("Kronwald", "Volkswagen", C),
            hire("Dirk Obermaier", "Kronwald", A),
            dep("Dirk Obermaier", "Volkswagen", CA),
        ],
        optional=[pos("Dirk Obermaier", "Volkswagen"), pos("Dirk Obermaier", "Kronwald")],
    ),
    # 9 Volksbank-Fusion vollzogen
    de(
        "Die Fusion der Volksbank Rhein-Lahn mit der Volksbank Westerwald-Sieg ist vollzogen. "
        "Das fusionierte Institut firmiert künftig als Volksbank Mittelrhein. "
        "Vorstandssprecher wird Matthias Kröger, bisher Chef der Volksbank Rhein-Lahn.",
        [
            mer(["Volksbank Rhein-Lahn", "Volksbank Westerwald-Sieg"], C),
            pos("Matthias Kröger", "Volksbank Rhein-Lahn"),
        ],
        optional=[
            pos("Matthias Kröger", "Volksbank Mittelrhein"),
            hire("Matthias Kröger", "Volksbank Mittelrhein", ANY),
        ],
    ),
    # 10 gescheiterte Übernahme
    de(
        "Die Übernahme des Kunststoffspezialisten Polymerwerk durch den US-Konzern Dalton Chemical ist geplatzt. "
        "Das Bundeskartellamt hatte erhebliche Bedenken angemeldet, daraufhin zog Dalton sein Angebot zurück.",
        [acq("Dalton Chemical", "Polymerwerk", F)],
    ),
    # 11 Kooperation SAP
    de(
        "SAP und das Heidelberger KI-Start-up Neckarlogik arbeiten künftig zusammen: Die Walldorfer wollen die Sprachmodelle von Neckarlogik in ihre Cloud-Software integrieren, wie beide Unternehmen am Mittwoch mitteilten. "
        "Finanzielle Details nannten sie nicht.",
        [par(["SAP", "Neckarlogik"], CA)],
    ),
    # 12 Abgang Sparkassenvorstand
    de(
        "Überraschender Abgang bei der Stadtsparkasse Ostholm: Vorstandsmitglied Petra Sündermann verlässt das Institut nach nur 18 Monaten „auf eigenen Wunsch“. "
        "Über ihre berufliche Zukunft ist nichts bekannt.",
        [dep("Petra Sündermann", "Stadtsparkasse Ostholm", CA)],
        optional=[pos("Petra Sündermann", "Stadtsparkasse Ostholm")],
    ),
    # 13 RSS-Teaser
    de(
        "Übernahme: Telekom-Konkurrent Funkhaus Digital schluckt Glasfaseranbieter Lichtnetz",
        [acq("Funkhaus Digital", "Lichtnetz", CA)],
    ),
    # 14 Gerücht: Finanzinvestor bei Modehändler
    de(
        "Wie das „Manager Magazin“ unter Berufung auf Branchenkreise berichtet, lotet der Finanzinvestor Auerbach Partners einen Einstieg beim angeschlagenen Modehändler Kleiderhaus aus. "
        "Im Gespräch sei eine Beteiligung von bis zu 49 Prozent. Kleiderhaus-Chefin Miriam Jablonski äußerte sich nicht.",
        [stake("Auerbach Partners", "Kleiderhaus", TR), pos("Miriam Jablonski", "Kleiderhaus")],
    ),
    # 15 neuer Finanzchef von außen
    de(
        "Der Energieversorger Südstrom holt sich einen neuen Finanzchef von außen: Zum 1. Juli wechselt Andreas Pfeifer von der Commerzbank nach Karlsruhe. "
        "Er tritt die Nachfolge von Ulrike Hahn an, die in den Ruhestand geht.",
        [
            hire("Andreas Pfeifer", "Südstrom", A),
            dep("Andreas Pfeifer", "Commerzbank", A),
            dep("Ulrike Hahn", "Südstrom", A),
        ],
        optional=[pos("Andreas Pfeifer", "Südstrom"), pos("Ulrike Hahn", "Südstrom")],
    ),
    # 16 Zusammenschluss angekündigt
    de(
        "Die beiden Softwarehäuser Datenstrom AG und Kalkulix GmbH schließen sich zusammen. "
        "Die Fusion soll bis Ende März abgeschlossen sein; das gemeinsame Unternehmen wird von Kalkulix-Gründer Emre Yıldız geführt.",
        [mer(["Datenstrom AG", "Kalkulix GmbH"], A), pos("Emre Yıldız", "Kalkulix GmbH")],
    ),
    # 17 Quartalszahlen mit Hintergrund-Übernahme
    de(
        "Der Spezialchemiekonzern Rheinmann Chemie hat im dritten Quartal dank des 2022 übernommenen Farbenherstellers Kolorit mehr umgesetzt als erwartet. "
        "Der Umsatz stieg um 8 Prozent auf 2,4 Milliarden Euro, teilte der Konzern am Donnerstag in Ludwigshafen mit.",
        [acq("Rheinmann Chemie", "Kolorit", C)],
    ),
    # 18 KI-Talente abgeworben
    de(
        "Der Wettbewerb um KI-Talente wird härter: Das Pariser Start-up Mistelle AI hat gleich vier Forscher des Heidelberger Labors Kairos Labs abgeworben, darunter den Leiter der Grundlagenforschung, Jonas Feldhaus. "
        "Kairos Labs bestätigte die Abgänge.",
        [
            poa("Mistelle AI", "Kairos Labs", C),
            hire("Jonas Feldhaus", "Mistelle AI", C),
            dep("Jonas Feldhaus", "Kairos Labs", C),
        ],
        optional=[pos("Jonas Feldhaus", "Kairos Labs")],
    ),
    # 19 Tweet: Mehrheitsübernahme
    de(
        "Wow: Nordex-Rivale Windkraft Ostsee übernimmt 75 % an Rotorblatt-Hersteller Flügelwerk. Deal soll in Q2 closen. #Windenergie",
        [acq("Windkraft Ostsee", "Flügelwerk", A)],
    ),
    # 20 Angebot zurückgewiesen
    de(
        "Der Vorstand der Lindgren Pharma AG hat das Übernahmeangebot des Konkurrenten Mediwerk als „unzureichend“ zurückgewiesen. "
        "Mediwerk hatte 42 Euro je Aktie geboten. Mediwerk-Chef Hannes Albrecht kündigte an, das Angebot nicht zu erhöhen.",
        [acq("Mediwerk", "Lindgren Pharma AG", F), pos("Hannes Albrecht", "Mediwerk")],
    ),
    # 21 früherer SAP-Vorstand wird Aufsichtsratschef
    de(
        "Der frühere SAP-Vorstand Bernhard Kessler soll neuer Aufsichtsratschef des Darmstädter IT-Dienstleisters Datagon werden. "
        "Er soll auf der Hauptversammlung im Mai gewählt werden und folgt auf Gisela Brandstätter, die nicht mehr kandidiert.",
        [
            pos("Bernhard Kessler", "SAP"),
            hire("Bernhard Kessler", "Datagon", A),
            dep("Gisela Brandstätter", "Datagon", A),
        ],
        optional=[
            dep("Bernhard Kessler", "SAP", C),
            pos("Bernhard Kessler", "Datagon"),
            pos("Gisela Brandstätter", "Datagon"),
        ],
    ),
    # 22 Joint Venture Wasserstoff
    de(
        "Der Stahlkonzern Ruhrstahl und der schwedische Energieversorger Vattenkraft gründen ein Gemeinschaftsunternehmen für grünen Wasserstoff. "
        "An dem Joint Venture halten beide Partner je 50 Prozent.",
        [par(["Ruhrstahl", "Vattenkraft"], CA)],
    ),
    # 23 dpa-AFX: Kurssprung nach Bericht
    de(
        "FRANKFURT (dpa-AFX) - Die Aktien von Tellheim Logistik haben am Mittwoch nach einem Medienbericht über ein mögliches Übernahmeinteresse des dänischen Konkurrenten Nordfragt um bis zu 15 Prozent zugelegt. "
        "Tellheim wollte sich zu „Marktgerüchten“ nicht äußern. Händler verwiesen auf die niedrige Bewertung.",
        [acq("Nordfragt", "Tellheim Logistik", R)],
    ),
    # 24 Rücktritt, Übergangschefin
    de(
        "Nach dem Rücktritt von Vorstandschef Florian Merz übernimmt Aufsichtsratsmitglied Cornelia Weidner vorübergehend die Leitung des Solarmodulherstellers Sonnenfeld. "
        "Merz hatte das Unternehmen seit 2019 geführt.",
        [dep("Florian Merz", "Sonnenfeld", C), posh("Cornelia Weidner", "Sonnenfeld")],
        optional=[pos("Florian Merz", "Sonnenfeld")],
    ),
    # 25 Telekom-Beteiligung
    de(
        "Die Deutsche Telekom beteiligt sich an dem Berliner Drohnen-Start-up Luftbild Robotics. "
        "Über die Höhe des Investments wurde Stillschweigen vereinbart.",
        [inv("Deutsche Telekom", "Luftbild Robotics", CA)],
    ),
    # 26 Sparkassenfusion gescheitert
    de(
        "Die Gespräche über einen Zusammenschluss der Sparkasse Lindenau mit der Kreissparkasse Hohenberg sind gescheitert. "
        "Die Verwaltungsräte beider Institute hätten sich gegen eine Fusion ausgesprochen, teilten die Häuser mit.",
        [mer(["Sparkasse Lindenau", "Kreissparkasse Hohenberg"], F)],
    ),
    # 27 Dementi Wechsel
    de(
        "Der Medienkonzern Ostwind Medien hat Berichte zurückgewiesen, wonach Vorstandschefin Katrin Vogelsang vor einem Wechsel zum Verlag Hansepresse steht. "
        "„Frau Vogelsang bleibt“, sagte ein Sprecher.",
        [
            pos("Katrin Vogelsang", "Ostwind Medien"),
            hire("Katrin Vogelsang", "Hansepresse", D),
            dep("Katrin Vogelsang", "Ostwind Medien", D),
        ],
    ),
    # 28 Verkauf einer Tochter
    de(
        "Der Essener Energiekonzern Ruhrgas Plus verkauft seine Tochter Wärmenetz West an den kanadischen Infrastrukturinvestor Maple Infrastructure. "
        "Der Kaufpreis beträgt rund 1,2 Milliarden Euro; der Abschluss wird für Ende März erwartet.",
        [acq("Maple Infrastructure", "Wärmenetz West", A)],
    ),
    # 29 Headline + Body: neue Chefin
    de(
        "Personalie: Neue Chefin für Zalando-Rivalen Modeflux\n\n"
        "Die frühere Zalando-Managerin Lea Hoffmann-Çelik übernimmt zum 1. Februar den Vorstandsvorsitz beim Berliner Online-Modehändler Modeflux. "
        "Sie folgt auf Firmengründer Timo Rasch, der in den Aufsichtsrat wechselt.",
        [
            hire("Lea Hoffmann-Çelik", "Modeflux", A),
            pos("Lea Hoffmann-Çelik", "Zalando"),
            posh("Timo Rasch", "Modeflux"),
        ],
        optional=[
            dep("Lea Hoffmann-Çelik", "Zalando", C),
            pos("Lea Hoffmann-Çelik", "Modeflux"),
            dep("Timo Rasch", "Modeflux", ANY),
        ],
    ),
    # 30 Kreisen zufolge Verhandlungen
    de(
        "Der US-Softwarekonzern Quorum Systems verhandelt Kreisen zufolge über die Übernahme des Nürnberger Datenbankanbieters Tabellenwerk. "
        "Ein Deal könnte Tabellenwerk mit mehr als 800 Millionen Euro bewerten, hieß es von mit der Angelegenheit vertrauten Personen.",
        [acq("Quorum Systems", "Tabellenwerk", TR)],
    ),
    # 31 Distraktoren: Auftrag, Rückkauf
    de(
        "Der Maschinenbauer Hegelmann hat einen Großauftrag aus China über 150 Millionen Euro erhalten. "
        "Ein Sprecher sprach von einem „Meilenstein“. Zudem kündigte Hegelmann ein Aktienrückkaufprogramm an.",
        [],
    ),
    # 32 Klage gegen früheren Partner
    de(
        "Der Softwarekonzern Abakus verklagt seinen früheren Partner Cloudnetz auf Schadenersatz in Millionenhöhe. "
        "Die beiden Unternehmen hatten von 2019 bis 2023 beim Betrieb von Rechenzentren kooperiert.",
        [par(["Abakus", "Cloudnetz"], [C, F])],
    ),
    # 33 Forscher wechselt von OpenAI
    de(
        "Der KI-Forscher Maximilian Oberhuber wechselt von OpenAI zu dem Münchner Start-up Tiefsee AI, wo er die Forschung leiten soll. "
        "Tiefsee hatte erst im Sommer 120 Millionen Euro eingesammelt.",
        [
            dep("Maximilian Oberhuber", "OpenAI", CA),
            hire("Maximilian Oberhuber", "Tiefsee AI", CA),
        ],
        optional=[pos("Maximilian Oberhuber", "Tiefsee AI")],
    ),
    # 34 Kartellamt gibt frei, Vollzug
    de(
        "Das Bundeskartellamt hat die Übernahme des Fahrradherstellers Radwerk Velotec durch den niederländischen Konzern Veloma Group freigegeben. "
        "Der Vollzug erfolgte am Freitag, teilte Veloma mit.",
        [acq("Veloma Group", "Radwerk Velotec", C)],
    ),
    # 35 Anteil aufgestockt, Übernahme verneint
    de(
        "Die Beteiligungsgesellschaft Freudenreich Holding hat ihren Anteil am Kabelhersteller Drahtmann auf knapp 30 Prozent aufgestockt. "
        "Eine Übernahme strebe man nicht an, betonte Freudenreich-Geschäftsführer Philipp Zeller.",
        [stake("Freudenreich Holding", "Drahtmann", C), pos("Philipp Zeller", "Freudenreich Holding")],
        optional=[acq("Freudenreich Holding", "Drahtmann", D)],
    ),
    # 36 Tweet: Finanzierung
    de(
        "Breaking: Celonis-Rivale Prozessgold sammelt 200 Mio. Dollar ein, Lead-Investor ist Sequoia. Bewertung: 2 Mrd. 🚀",
        [inv("Sequoia", "Prozessgold", C)],
    ),
    # 37 CFO wechselt zu Infineon, Nachfolgerin aus Tochter
    de(
        "Der Finanzvorstand des Chipausrüsters Waferline, Sebastian Krüger, verlässt das Unternehmen zum Jahresende und wechselt zu Infineon. "
        "Waferline hat bereits eine Nachfolgerin gefunden: Yasemin Aksoy, bislang Finanzchefin der Tochter Waferline Asia, rückt auf.",
        [
            dep("Sebastian Krüger", "Waferline", A),
            hire("Sebastian Krüger", "Infineon", A),
            posh("Yasemin Aksoy", "Waferline"),
            pos("Yasemin Aksoy", "Waferline Asia"),
        ],
        optional=[pos("Sebastian Krüger", "Waferline"), dep("Yasemin Aksoy", "Waferline Asia", ANY)],
    ),
    # 38 Gerücht: TV-Konzerne sondieren Zusammenschluss
    de(
        "Laut einem Bericht der „Süddeutschen Zeitung“ sondieren die Fernsehkonzerne ProVision Media und RTZ Gruppe einen Zusammenschluss. "
        "Beide Unternehmen lehnten eine Stellungnahme ab.",
        [mer(["ProVision Media", "RTZ Gruppe"], TR)],
    ),
    # 39 Übernahmegespräche abgebrochen
    de(
        "Die Gespräche über eine Übernahme des Online-Portals Urlaubsglück durch den Reisekonzern Fernweh Touristik sind Kreisen zufolge abgebrochen worden. "
        "Man habe sich nicht auf einen Preis einigen können, hieß es.",
        [acq("Fernweh Touristik", "Urlaubsglück", F)],
    ),
    # 40 Bosch-Manager wird Technikvorstand
    de(
        "Der Bosch-Manager Stefan Hubertus wird neuer Technikvorstand beim Heizungsbauer Thermalis. "
        "Er kommt aus der Mobility-Sparte des Stuttgarter Konzerns, wo er zuletzt die Entwicklung verantwortete.",
        [hire("Stefan Hubertus", "Thermalis", A), pos("Stefan Hubertus", "Bosch")],
        optional=[dep("Stefan Hubertus", "Bosch", ANY), pos("Stefan Hubertus", "Thermalis")],
    ),
    # 41 Quantencomputing-Runde
    de(
        "Das Münchner Quantencomputing-Start-up Qubitwerk hat 80 Millionen Euro eingesammelt. "
        "Angeführt wurde die Runde vom US-Fonds Halcyon Partners, auch der Chemiekonzern Wacker Chemie beteiligte sich.",
        [
            inv("Wacker Chemie", "Qubitwerk", C),
            inv("Halcyon Partners", "Qubitwerk", C),
        ],
    ),
    # 42 bestätigte Gespräche + Dementi des Rivalen
    de(
        "Der Baustoffkonzern Kalkmann hat Gespräche über den Kauf des polnischen Zementherstellers Cemopol bestätigt. "
        "Berichte, wonach auch der Rivale Gesteinwerk an Cemopol interessiert sei, wies dessen Sprecher hingegen zurück.",
        [acq("Kalkmann", "Cemopol", T), acq("Gesteinwerk", "Cemopol", D)],
    ),
    # 43 Ruhestand, Nachfolger von der Konkurrenz
    de(
        "Nach 30 Jahren bei der Kreissparkasse Wendeberg geht Vorstandschef Werner Huber im Sommer in den Ruhestand. "
        "Sein Nachfolger kommt von der Konkurrenz: Thomas Engel, derzeit Vorstand der Volksbank Wendeberg, übernimmt am 1. August.",
        [
            dep("Werner Huber", "Kreissparkasse Wendeberg", A),
            hire("Thomas Engel", "Kreissparkasse Wendeberg", A),
            pos("Thomas Engel", "Volksbank Wendeberg"),
        ],
        optional=[
            pos("Werner Huber", "Kreissparkasse Wendeberg"),
            dep("Thomas Engel", "Volksbank Wendeberg", A),
        ],
    ),
    # 44 heise: Microsoft schließt Übernahme ab
    de(
        "Microsoft hat die Übernahme des Kieler Spieleentwicklers Pixelhafen abgeschlossen. "
        "Das Studio mit rund 120 Mitarbeitern gehört nun zur Xbox-Sparte; Studiochef Ole Jannsen bleibt an Bord.",
        [acq("Microsoft", "Pixelhafen", C), pos("Ole Jannsen", "Pixelhafen")],
    ),
    # 45 Fusionsgespräche dementiert
    de(
        "Die Nordbank Hanse hat einen Bericht über Fusionsgespräche mit der Landesbank Südwestfalen dementiert. "
        "„Es gibt keine Gespräche“, sagte Vorstandschef Jörg Wiesner.",
        [mer(["Nordbank Hanse", "Landesbank Südwestfalen"], D), pos("Jörg Wiesner", "Nordbank Hanse")],
    ),
    # 46 Absichtserklärung
    de(
        "Siemens Energy und der indische Kraftwerksbetreiber Tarapur Power haben eine Absichtserklärung über eine Zusammenarbeit bei wasserstofffähigen Gasturbinen unterzeichnet.",
        [par(["Siemens Energy", "Tarapur Power"], CA)],
    ),
    # 47 Nvidia übernimmt Team, nicht Firma
    de(
        "Der US-Konzern Nvidia übernimmt das Team des Berliner KI-Start-ups Rechenkern, nicht aber das Unternehmen selbst. "
        "Die Gründer Felix Aumann und Mira Schenk wechseln mit rund 25 Entwicklern zu Nvidia; Rechenkern soll abgewickelt werden.",
        [
            hire("Felix Aumann", "Nvidia", CA),
            hire("Mira Schenk", "Nvidia", CA),
            pos("Felix Aumann", "Rechenkern"),
            pos("Mira Schenk", "Rechenkern"),
        ],
        optional=[
            dep("Felix Aumann", "Rechenkern", ANY),
            dep("Mira Schenk", "Rechenkern", ANY),
            poa("Nvidia", "Rechenkern", ANY),
        ],
    ),
    # 48 Anteilsverkauf an Finanzinvestor
    de(
        "Der Immobilienfinanzierer Hypothekenhaus Nord hat seine Minderheitsbeteiligung an der Plattform Wohnkredit24 verkauft. "
        "Käufer ist der Finanzinvestor Brenner Capital, der damit 35 Prozent an dem Unternehmen hält.",
        [stake("Brenner Capital", "Wohnkredit24", C)],
        optional=[stake("Hypothekenhaus Nord", "Wohnkredit24", C)],
    ),
    # 49 Abwerbe-Vorwurf zurückgewiesen
    de(
        "Die Deutsche Bank hat Vorwürfe zurückgewiesen, gezielt Investmentbanker der Konkurrentin Helvetia Bank Zürich abzuwerben.",
        [poa("Deutsche Bank", "Helvetia Bank Zürich", D)],
    ),
    # 50 Insider-Headline
    de(
        "Insider: Telekommunikationskonzern Funkwerk Union will Sendemastbetreiber Turmnetz kaufen",
        [acq("Funkwerk Union", "Turmnetz", TR)],
    ),
    # 51 Brauereifusion abgeschlossen
    de(
        "Die Brauereien Hopfenkrone und Altmühltaler haben ihren Zusammenschluss abgeschlossen. "
        "Geschäftsführer des neuen Unternehmens Bayerische Braugemeinschaft ist der bisherige Hopfenkrone-Chef Georg Stadler.",
        [mer(["Hopfenkrone", "Altmühltaler"], C), pos("Georg Stadler", "Hopfenkrone")],
        optional=[
            pos("Georg Stadler", "Bayerische Braugemeinschaft"),
            hire("Georg Stadler", "Bayerische Braugemeinschaft", ANY),
        ],
    ),
    # 52 Zukauf in den USA
    de(
        "Der Medizintechnikkonzern Sanovis hat für rund 900 Millionen Dollar den US-Hersteller Cardiolink gekauft. "
        "Es sei die größte Akquisition der Firmengeschichte, betonte Sanovis-Chef Henrik Lammers.",
        [acq("Sanovis", "Cardiolink", C), pos("Henrik Lammers", "Sanovis")],
    ),
    # 53 geplatzte Batteriekooperation
    de(
        "Die geplante Batteriezellkooperation zwischen dem Autobauer Bavaria Motorenwerke und dem koreanischen Zellhersteller Hanseong Energy ist geplatzt. "
        "Man habe sich nicht auf die Kostenverteilung einigen können, hieß es aus Unternehmenskreisen.",
        [par(["Bavaria Motorenwerke", "Hanseong Energy"], F)],
    ),
    # 54 Abwerbe-Vorwurf, konkreter Wechsel
    de(
        "Der Onlinehändler Warenkorb wirft dem Rivalen Lieferblitz vor, systematisch Mitarbeiter abzuwerben. "
        "Zuletzt war Logistikchef Frank Meisner zu Lieferblitz gewechselt.",
        [
            poa("Lieferblitz", "Warenkorb", ANY),
            dep("Frank Meisner", "Warenkorb", C),
            hire("Frank Meisner", "Lieferblitz", C),
        ],
        optional=[pos("Frank Meisner", "Warenkorb")],
    ),
    # 55 Pressemitteilung: Family Office investiert
    de(
        "Hamburg, 12. Mai – Die Elbe Capital GmbH, das Family Office der Unternehmerfamilie Harms, gibt heute bekannt, dass sie 25 Millionen Euro in den Agrartech-Anbieter Feldgrün investiert. "
        "Die Transaktion soll im zweiten Quartal abgeschlossen werden.",
        [inv("Elbe Capital GmbH", "Feldgrün", A)],
    ),
    # 56 Einstieg dementiert
    de(
        "Der Chemiekonzern Kalytech hat Spekulationen zurückgewiesen, der saudische Ölkonzern Aramco wolle bei ihm einsteigen. "
        "Es habe keinerlei Kontakt gegeben, sagte eine Sprecherin.",
        [stake("Aramco", "Kalytech", D)],
    ),
    # 57 Aufsichtsratswahl
    de(
        "Die Hauptversammlung der Meridian Versicherung AG wählte die ehemalige Allianz-Vorständin Helga Ritter in den Aufsichtsrat. "
        "Sie ersetzt Walter Gmeiner, der aus Altersgründen ausscheidet.",
        [
            hire("Helga Ritter", "Meridian Versicherung AG", C),
            pos("Helga Ritter", "Allianz"),
            dep("Walter Gmeiner", "Meridian Versicherung AG", C),
        ],
        optional=[
            dep("Helga Ritter", "Allianz", C),
            pos("Helga Ritter", "Meridian Versicherung AG"),
            pos("Walter Gmeiner", "Meridian Versicherung AG"),
        ],
    ),
    # 58 Übernahmeangebot mit Unterstützung
    de(
        "Der Finanzinvestor Kestrel Partners bietet 31,50 Euro je Aktie für den Softwareanbieter Formularwerk. "
        "Vorstand und Aufsichtsrat unterstützen das Angebot, die Gründerfamilie Baumgartner hat bereits zugesagt, ihre 38 Prozent anzudienen.",
        [acq("Kestrel Partners", "Formularwerk", [A, T])],
    ),
    # 59 Tweet: Gründer geht
    de(
        "Krass: Lumos-Gründer Jan Petersen verlässt nach Streit mit den Investoren sein eigenes Start-up. Nachfolgerin an der Spitze: COO Aylin Demir.",
        [dep("Jan Petersen", "Lumos", CA), posh("Aylin Demir", "Lumos")],
        optional=[pos("Jan Petersen", "Lumos")],
    ),
    # 60 Minderheitsbeteiligung an Netztochter
    de(
        "Die Stadtwerke Oberau verkaufen 24,9 Prozent ihrer Netztochter Oberau Netz an den Versicherer Hannover Leben. "
        "Der Stadtrat muss dem Geschäft noch zustimmen.",
        [stake("Hannover Leben", "Oberau Netz", A)],
    ),
    # 61 Gerücht: Abwerbeversuche
    de(
        "OpenAI wirbt nach Informationen des „Spiegel“ massiv in Europa ab: Mehrere Forscher des Pariser Labors Lumen sollen Angebote erhalten haben. "
        "Lumen-Mitgründer Théo Garnier sagte, bislang habe niemand das Unternehmen verlassen.",
        [poa("OpenAI", "Lumen", TR), pos("Théo Garnier", "Lumen")],
    ),
    # 62 Klinikfusion
    de(
        "Die Klinikbetreiber Heilwerk Kliniken und Asklepa Gesundheit wollen fusionieren. "
        "Die Aufsichtsräte hätten dem Zusammenschluss am Dienstag zugestimmt, das Bundeskartellamt muss noch zustimmen.",
        [mer(["Heilwerk Kliniken", "Asklepa Gesundheit"], A)],
    ),
    # 63 Beförderung in den Vorstand
    de(
        "Die Reederei Nordsee Linien befördert Vertriebschefin Katharina Olsen in den Vorstand. "
        "Sie übernimmt das neu geschaffene Ressort Digitales.",
        [posh("Katharina Olsen", "Nordsee Linien")],
    ),
    # 64 Prognosesenkung, übernommene Tochter
    de(
        "Die Aktie des Online-Druckers Druckfix ist am Montag um 12 Prozent abgestürzt, nachdem der Konzern seine Prognose gesenkt hatte. "
        "Belastet habe vor allem die im Frühjahr übernommene französische Tochter Imprimerie Lefèvre, sagte Finanzchef Oliver Brandt.",
        [acq("Druckfix", "Imprimerie Lefèvre", C), pos("Oliver Brandt", "Druckfix")],
    ),
    # 65 Verhandlungen über Einstieg
    de(
        "Der japanische Konzern Nakamura Heavy Industries verhandelt über einen Einstieg beim Bremer Raumfahrtunternehmen Orbitwerk. "
        "Geplant sei eine Minderheitsbeteiligung, sagte Orbitwerk-Chefin Svenja Hartmann der Deutschen Presse-Agentur.",
        [stake("Nakamura Heavy Industries", "Orbitwerk", T), pos("Svenja Hartmann", "Orbitwerk")],
    ),
    # 66 zwei Vorstände gehen
    de(
        "Gleich zwei Vorstände verlassen den Leasingspezialisten Mobilleas: Vertriebsvorstand Uwe Kranz und Risikovorständin Nadine Baum scheiden zum 30. Juni aus.",
        [dep("Uwe Kranz", "Mobilleas", A), dep("Nadine Baum", "Mobilleas", A)],
        optional=[pos("Uwe Kranz", "Mobilleas"), pos("Nadine Baum", "Mobilleas")],
    ),
    # 67 Lizenzvertrag Verlag / KI
    de(
        "Der Zeitungsverlag Hansepresse hat mit dem KI-Entwickler Sprachwerk AI einen Lizenzvertrag geschlossen. "
        "Sprachwerk darf die Artikel der Regionalzeitungen zum Training seiner Modelle nutzen, Details zur Vergütung wurden nicht genannt.",
        [par(["Hansepresse", "Sprachwerk AI"], C)],
    ),
    # 68 Verkauf am Veto gescheitert
    de(
        "Der Verkauf der Gabelstaplersparte Hebezeug Nord an den chinesischen Konzern Liangshan Machinery ist am Einspruch der Bundesregierung gescheitert.",
        [acq("Liangshan Machinery", "Hebezeug Nord", F)],
    ),
    # 69 Gerücht: SAP interessiert
    de(
        "SAP soll Interesse an dem Berliner Start-up Prozessreich haben, berichtet „Business Insider“ unter Berufung auf Insider. "
        "SAP lehnte einen Kommentar ab.",
        [acq("SAP", "Prozessreich", R)],
    ),
    # 70 Fusion vollzogen, Chef geht
    de(
        "Im Zuge der Fusion mit dem Rivalen Metallbau Schröder verlässt Vorstandschef Ralf Ostermann die Stahlbau Hansa AG. "
        "Der Zusammenschluss war im Oktober vollzogen worden.",
        [mer(["Stahlbau Hansa AG", "Metallbau Schröder"], C), dep("Ralf Ostermann", "Stahlbau Hansa AG", CA)],
        optional=[pos("Ralf Ostermann", "Stahlbau Hansa AG")],
    ),
    # 71 Corporate Venture
    de(
        "Über seinen Wagniskapitalarm Bosch Ventures beteiligt sich Bosch an der Finanzierungsrunde des Sensorik-Start-ups Tastsinn Robotics. "
        "Insgesamt fließen 18 Millionen Euro.",
        [inv("Bosch Ventures", "Tastsinn Robotics", CA)],
        optional=[inv("Bosch", "Tastsinn Robotics", CA)],
    ),
    # 72 Gerücht: Favorit für Chefposten
    de(
        "Laut „Handelsblatt“ ist der frühere Siemens-Finanzvorstand Ralf Tiedemann Favorit für den Chefposten beim Energietechnikkonzern Gleichstrom AG. "
        "Eine Entscheidung des Aufsichtsrats wird im Dezember erwartet.",
        [pos("Ralf Tiedemann", "Siemens"), hire("Ralf Tiedemann", "Gleichstrom AG", TR)],
        optional=[dep("Ralf Tiedemann", "Siemens", C)],
    ),
    # 73 Filialübernahme
    de(
        "Die Supermarktkette Frischhof übernimmt 80 Filialen der insolventen Kette Marktwagen. "
        "Frischhof-Chef Martin Seidl rechnet damit, dass rund 1.500 Arbeitsplätze erhalten bleiben.",
        [pos("Martin Seidl", "Frischhof")],
        optional=[acq("Frischhof", "Marktwagen", CA)],
    ),
    # 74 Kooperation Ladesäulen
    de(
        "Der Energieversorger Südstrom und der Autobauer Stellaro kooperieren beim Ausbau von Schnellladesäulen in Baden-Württemberg. "
        "Bis 2027 sollen 400 Ladepunkte entstehen.",
        [par(["Südstrom", "Stellaro"], CA)],
    ),
    # 75 ROUNDUP dpa-AFX: Übernahme + Wechsel
    de(
        "ROUNDUP: Kabelnetzbetreiber Vernetzt Plus schluckt Konkurrenten Kabelwelle – Aktie zieht an\n\n"
        "DÜSSELDORF (dpa-AFX) - Der Kabelnetzbetreiber Vernetzt Plus übernimmt für rund 600 Millionen Euro den kleineren Konkurrenten Kabelwelle. "
        "Kabelwelle-Chef Dominik Ferrari wird nach Abschluss in den Vorstand von Vernetzt Plus einziehen, wie der Konzern mitteilte.",
        [
            acq("Vernetzt Plus", "Kabelwelle", CA),
            pos("Dominik Ferrari", "Kabelwelle"),
            hire("Dominik Ferrari", "Vernetzt Plus", A),
        ],
        optional=[pos("Dominik Ferrari", "Vernetzt Plus")],
    ),
    # 76 Einstiegsgespräche ohne Ergebnis beendet
    de(
        "Die Gespräche der Landesbank Südwestfalen über einen Einstieg beim Zahlungsdienstleister Payvia sind nach Angaben beider Seiten ohne Ergebnis beendet worden. "
        "Payvia-Gründer Kerem Öztürk will nun einen anderen Partner suchen.",
        [stake("Landesbank Südwestfalen", "Payvia", F), pos("Kerem Öztürk", "Payvia")],
    ),
]
