# ruff: noqa: E501
"""Challenge set v13: news from many beats (English and German), held out.

Written blind by a helper on 2026-11-27. The helper did not look at the
extractor's code, its tests, the other challenge sets or the dev corpora; all
passages and names (apart from a few well-known real companies used as
counterparties) are invented. Measure only: do not tune on it.
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
    # --- M&A desk: deals at every stage
    en(
        "Halvorsen Freight Corp. (NYSE: HFC) said on Monday it had completed its $1.2 billion purchase of Ridgeway Cold Chain LLC, an Omaha-based refrigerated-trucking operator, from private-equity firm Tallis Capital Partners. "
        "The deal, first announced in March, cleared its final antitrust review last week. "
        "Ridgeway chief executive Monica Albright will report to Halvorsen president Curtis Yeo.",
        [
            acq("Halvorsen Freight Corp.", "Ridgeway Cold Chain LLC", C),
            pos("Monica Albright", "Ridgeway Cold Chain LLC"),
            pos("Curtis Yeo", "Halvorsen Freight Corp."),
        ],
    ),
    en(
        "Pellucid Health Inc. is exploring a sale of its clinical-laboratory unit, Pellucid Diagnostics, and has drawn early interest from buyout firms including Blackstone and Bain Capital, according to people familiar with the matter. "
        "The business could fetch more than $2 billion including debt, the people said, cautioning that no deal is assured. "
        "A Pellucid spokeswoman declined to comment.",
        [
            acq("Blackstone", "Pellucid Diagnostics", TR),
            acq("Bain Capital", "Pellucid Diagnostics", TR),
        ],
    ),
    en(
        "The board of Tamsin Brands plc on Wednesday rejected a £3.1 billion takeover proposal from US snacks group Oakmere Holdings Inc., saying it 'significantly undervalued' the maker of Fenwick biscuits and its prospects. "
        "Oakmere, which has made three approaches since September, said it was considering its options. "
        "Under UK takeover rules, it has until December 18 to announce a firm offer or walk away.",
        [acq("Oakmere Holdings Inc.", "Tamsin Brands plc", [F, T])],
    ),
    en(
        "Vantor Semiconductor Corp. on Tuesday denied a report that it was in talks to buy Israeli chip designer Kestrel Silicon Ltd. "
        "'We are not in discussions with Kestrel and have no plans to be,' a Vantor spokesman said in an emailed statement, after the financial daily Calcalist reported that the two companies had held preliminary talks in Tel Aviv.",
        [acq("Vantor Semiconductor Corp.", "Kestrel Silicon Ltd.", D)],
    ),
    en(
        "Brookline Media Group is in advanced talks to merge with podcast network Saltmarsh Audio, in a deal that would create the largest independent audio company in the US, according to people familiar with the discussions. "
        "An agreement could be announced as soon as next week, the people said. "
        "Brookline is controlled by the family of its founder, Harold Brook, who died in 2019.",
        [
            mer(["Brookline Media Group", "Saltmarsh Audio"], TR),
            pos("Harold Brook", "Brookline Media Group"),
        ],
        optional=[acq("Brookline Media Group", "Saltmarsh Audio", TR)],
    ),
    en(
        "Britain's Competition and Markets Authority has blocked the proposed £780 million merger of veterinary groups PetCare Partners and Hollis Vets, ruling that the combination would push up prices for pet owners in more than 40 local areas. "
        "Both companies said they were 'deeply disappointed' by the decision but would not appeal.",
        [mer(["PetCare Partners", "Hollis Vets"], F)],
    ),
    en(
        "Japan's Sumida Trading Co. has agreed to buy a 19.9% stake in Australian lithium miner Redgum Minerals Ltd for A$410 million, a deal that gives the trading house a board seat and the right to buy a third of the output from Redgum's Kalgan project. "
        "Redgum shares rose 11% in Sydney. Managing director Craig Pellew said the investment 'de-risks' construction of the mine.",
        [
            stake("Sumida Trading Co.", "Redgum Minerals Ltd", A),
            pos("Craig Pellew", "Redgum Minerals Ltd"),
        ],
        optional=[par(["Sumida Trading Co.", "Redgum Minerals Ltd"], CA)],
    ),
    # --- tech blogs: AI labs and start-up funding
    en(
        "Lumenfold, a San Francisco start-up building small language models for hospitals, has raised $48 million in a Series B round led by Emberline Ventures. "
        "Existing backers Quarry Capital and Northgate Partners also put in money, as did NVentures, Nvidia's venture arm. "
        "Co-founder and chief executive Priya Raman, a former research scientist at Google DeepMind, said the cash would fund an expansion into Europe.",
        [
            inv("Emberline Ventures", "Lumenfold", C),
            inv("Quarry Capital", "Lumenfold", C),
            inv("Northgate Partners", "Lumenfold", C),
            inv("NVentures", "Lumenfold", C),
            pos("Priya Raman", "Lumenfold"),
            pos("Priya Raman", "Google DeepMind"),
        ],
        optional=[inv("Nvidia", "Lumenfold", C), dep("Priya Raman", "Google DeepMind", C)],
    ),
    en(
        "Cobalt Reasoning, the AI lab founded last year by former OpenAI researchers Tomasz Wirth and Elena Sadowski, is in talks to raise about $600 million at a $5 billion valuation, The Information reported, citing two people with knowledge of the discussions. "
        "Lightspeed Venture Partners is expected to lead the round. Cobalt declined to comment.",
        [
            inv("Lightspeed Venture Partners", "Cobalt Reasoning", TR),
            pos("Tomasz Wirth", "Cobalt Reasoning"),
            pos("Elena Sadowski", "Cobalt Reasoning"),
            pos("Tomasz Wirth", "OpenAI"),
            pos("Elena Sadowski", "OpenAI"),
        ],
        optional=[dep("Tomasz Wirth", "OpenAI", C), dep("Elena Sadowski", "OpenAI", C)],
    ),
    # --- partnerships, joint ventures, divestitures
    en(
        "Quillon Robotics and Siemens have signed a three-year agreement to jointly develop autonomous mobile robots for car plants, the companies said on Tuesday. "
        "Under the deal, Siemens will integrate Quillon's navigation software into its Xcelerator platform; the partners plan to run a first pilot at a supplier's factory in Regensburg next spring.",
        [par(["Quillon Robotics", "Siemens"], CA)],
    ),
    en(
        "Steelmaker Ardent Metals Corp. (NYSE: ARDM) and Japan's Kurogane Industries will form a 50-50 joint venture to build a $1.4 billion electric-arc furnace mill in Ohio, subject to regulatory approval. "
        "The venture, to be called Buckeye Green Steel, will be run by Luis Okafor, currently Ardent's senior vice president for flat-rolled products.",
        [
            par(["Ardent Metals Corp.", "Kurogane Industries"], A),
            pos("Luis Okafor", "Ardent Metals Corp."),
            posh("Luis Okafor", "Buckeye Green Steel"),
        ],
    ),
    en(
        "Consumer-health group Wexford Labs Inc. agreed to sell its vitamins business, Nature's Keel, to private-equity firm Calder & Finch for $925 million, as it narrows its focus to over-the-counter pain relief. "
        "The transaction is expected to close in the second half of next year, the company said.",
        [acq("Calder & Finch", "Nature's Keel", A)],
    ),
    # --- executive moves
    en(
        "Fintech lender Corbel Financial has named Rachel Ndiaye, previously head of consumer lending at JPMorgan Chase, as chief executive, effective February 1. "
        "She succeeds co-founder Marcus Lindqvist, who will become executive chairman after eight years running the company.",
        [
            hire("Rachel Ndiaye", "Corbel Financial", CA),
            pos("Rachel Ndiaye", "JPMorgan Chase"),
            pos("Marcus Lindqvist", "Corbel Financial"),
        ],
        optional=[
            dep("Rachel Ndiaye", "JPMorgan Chase", ANY),
            dep("Marcus Lindqvist", "Corbel Financial", A),
        ],
    ),
    en(
        "Derwent Pharmaceuticals said chief financial officer Alan Whitcombe has left the company 'to pursue other opportunities', effective immediately. "
        "Treasurer Sunita Bhatt will serve as interim CFO while the board looks for a permanent replacement, the Cambridge-based drugmaker said in a filing.",
        [
            dep("Alan Whitcombe", "Derwent Pharmaceuticals", C),
            posh("Sunita Bhatt", "Derwent Pharmaceuticals"),
        ],
        optional=[pos("Alan Whitcombe", "Derwent Pharmaceuticals")],
    ),
    en(
        "Meta has been trying to lure researchers away from Halcyon AI, a London lab with about 60 staff, dangling pay packages worth up to $20 million over four years, according to three people familiar with the approaches. "
        "At least two Halcyon scientists have already accepted offers, one of the people said. "
        "Halcyon chief executive Oren Kessler wrote on X that the lab would 'not get into a bidding war'.",
        [
            poa("Meta", "Halcyon AI", [T, R, C]),
            pos("Oren Kessler", "Halcyon AI"),
        ],
    ),
    # --- sports business and media
    en(
        "Private-equity firm Redwater Sports Capital has completed the purchase of a 30% stake in Portuguese football club Vitória Atlântica SAD, the club said in a filing with the Lisbon stock exchange. "
        "Redwater, which already holds stakes in clubs in Belgium and Uruguay, paid €62 million. "
        "Club president Rui Salgueiro will keep control of sporting matters.",
        [
            stake("Redwater Sports Capital", "Vitória Atlântica SAD", C),
            pos("Rui Salgueiro", "Vitória Atlântica SAD"),
        ],
    ),
    en(
        "Streaming service Kinora has struck a five-year deal with the Premier Padel Tour for the global media rights to its tournaments outside Spain, the two said on Thursday. "
        "Financial terms were not disclosed, but people close to the deal put its value at about $30 million a year.",
        [par(["Kinora", "Premier Padel Tour"], CA)],
    ),
    # --- distractors
    en(
        "Greyfield Industrial Corp. said its board had authorised a new $500 million share repurchase programme and raised the quarterly dividend by 8% to 54 cents a share. "
        "Chief financial officer Nadia Petrov told analysts the buyback would be carried out over two years and funded from free cash flow.",
        [pos("Nadia Petrov", "Greyfield Industrial Corp.")],
    ),
    en(
        "Ostrander Audio unveiled its first noise-cancelling earbuds on Wednesday, priced at $179, as the Portland company tries to move beyond its niche of studio headphones. "
        "The earbuds go on sale next month online and at electronics retailers across the US.",
        [],
    ),
    en(
        "A federal jury in Marshall, Texas, ordered Marlow Devices Inc. to pay $112 million to Parallax Imaging LLC for infringing three patents on smartphone camera stabilisation. "
        "Marlow said it disagreed with the verdict and would appeal.",
        [],
    ),
    en(
        "Britain's business secretary said on Sunday she would 'look very closely' at any foreign bid for satellite maker Orbis Aerospace, after weeks of speculation that the company could become a target for American buyers. "
        "Orbis has not received an approach, according to a person close to the company.",
        [],
    ),
    en(
        "Analysts at Berenberg said Harwick Retail could buy a rival to revive growth, naming discount chain ValuMart as a possible fit given the overlap in their store estates. "
        "Harwick, which has about £900 million of net cash, has said it has no plans for large acquisitions.",
        [],
        optional=[acq("Harwick Retail", "ValuMart", R)],
    ),
    # --- pronouns, coordination, events across sentences
    en(
        "Fennimore Foods Inc. has acquired Good Acre Dairy, a family-owned yogurt maker in Vermont, for an undisclosed sum. "
        "It is the company's third deal this year, after it bought snack brand Crisp Theory in February and took a minority stake in oat-milk start-up Oatlander in May. "
        "Good Acre's owners, siblings Jenna and Mark Hollister, will stay on to run the business.",
        [
            acq("Fennimore Foods Inc.", "Good Acre Dairy", C),
            acq("Fennimore Foods Inc.", "Crisp Theory", C),
            stake("Fennimore Foods Inc.", "Oatlander", C),
            pos("Jenna Hollister", "Good Acre Dairy"),
            pos("Mark Hollister", "Good Acre Dairy"),
        ],
    ),
    en(
        "Corvid Pay, the London payments start-up, has hired two senior Stripe executives. "
        "Dana Lee and Omar Haddad will join as chief operating officer and chief product officer respectively in January, chief executive Tomás Ibarra said in a blog post. "
        "Both spent more than six years at Stripe.",
        [
            hire("Dana Lee", "Corvid Pay", CA),
            hire("Omar Haddad", "Corvid Pay", CA),
            pos("Dana Lee", "Stripe"),
            pos("Omar Haddad", "Stripe"),
            pos("Tomás Ibarra", "Corvid Pay"),
        ],
        optional=[
            dep("Dana Lee", "Stripe", ANY),
            dep("Omar Haddad", "Stripe", ANY),
            poa("Corvid Pay", "Stripe", ANY),
        ],
    ),
    en(
        "Bramwell Insurance Group confirmed on Thursday that it had approached Sterling Mutual about a possible combination. "
        "Talks are at an early stage and there is no certainty that an offer will be made, Bramwell said in a statement to the London Stock Exchange.",
        [acq("Bramwell Insurance Group", "Sterling Mutual", T)],
        optional=[mer(["Bramwell Insurance Group", "Sterling Mutual"], T)],
    ),
    en(
        "MOVES — Hartwell Capital has hired Priyanka Desai from Goldman Sachs as a managing director in its technology group. "
        "Desai spent 11 years at Goldman, most recently advising software companies. "
        "Separately, Crestmoor Partners named Tom Fairbanks head of European credit; he joins from Apollo Global Management, where he was a partner.",
        [
            hire("Priyanka Desai", "Hartwell Capital", C),
            pos("Priyanka Desai", "Goldman Sachs"),
            hire("Tom Fairbanks", "Crestmoor Partners", CA),
            pos("Tom Fairbanks", "Apollo Global Management"),
        ],
        optional=[
            dep("Priyanka Desai", "Goldman Sachs", ANY),
            dep("Tom Fairbanks", "Apollo Global Management", ANY),
        ],
    ),
    en(
        "After 27 years at the helm, Gordon Ashby will retire as chief executive of Ashby & Sons Ltd, the Sheffield cutlery maker founded by his grandfather, at the end of March. "
        "He will be succeeded by his daughter, Eleanor Ashby-Kerr, currently the company's export director.",
        [
            dep("Gordon Ashby", "Ashby & Sons Ltd", A),
            posh("Eleanor Ashby-Kerr", "Ashby & Sons Ltd"),
        ],
        optional=[pos("Gordon Ashby", "Ashby & Sons Ltd")],
    ),
    # --- regional: hospitals, breweries
    en(
        "St. Aldhelm's Health System, which runs four hospitals in eastern Connecticut, will be absorbed by the larger Meridian Health Network under an agreement signed on Monday, pending approval from state regulators. "
        "Meridian has pledged to invest $150 million in St. Aldhelm's facilities over five years. "
        "St. Aldhelm's chief executive, Patricia Moyer, is expected to leave once the deal closes.",
        [
            acq("Meridian Health Network", "St. Aldhelm's Health System", A),
            pos("Patricia Moyer", "St. Aldhelm's Health System"),
            dep("Patricia Moyer", "St. Aldhelm's Health System", [A, R]),
        ],
        optional=[
            mer(["Meridian Health Network", "St. Aldhelm's Health System"], A),
            inv("Meridian Health Network", "St. Aldhelm's Health System", A),
        ],
    ),
    en(
        "Two Oregon craft brewers, Cascade Ridge Brewing and Lost Hatchet Beer Co., are combining to weather a slump in demand, their owners said on Friday. "
        "The merged company will operate under the Cascade Ridge name from its brewery in Bend, with Lost Hatchet co-founder Dee Palmer as head brewer.",
        [
            mer(["Cascade Ridge Brewing", "Lost Hatchet Beer Co."], A),
            pos("Dee Palmer", "Lost Hatchet Beer Co."),
            posh("Dee Palmer", "Cascade Ridge Brewing"),
        ],
    ),
    en(
        "Talks between defence contractor Larchmont Systems and drone maker Skyloft Aeronautics over a possible $700 million takeover of Skyloft have ended without an agreement, the two companies said in a joint statement. "
        "Skyloft said it would remain independent and was weighing a new funding round.",
        [acq("Larchmont Systems", "Skyloft Aeronautics", F)],
    ),
    en(
        "Corvane Motors dismissed as 'pure speculation' a newspaper report that its chief executive, Henrik Sollner, was preparing to leave the carmaker for a job at a rival. "
        "'Henrik is fully committed to Corvane,' chairman Alisdair Burke said in a statement.",
        [
            dep("Henrik Sollner", "Corvane Motors", D),
            pos("Alisdair Burke", "Corvane Motors"),
        ],
        optional=[pos("Henrik Sollner", "Corvane Motors")],
    ),
    en(
        "Vector-database start-up Tessellate is being folded into Salesforce in what looks like a classic acqui-hire: the 22-person team, including founders Kai Nakamura and Bea Oduya, will join Salesforce's AI platform group, while Tessellate's hosted service shuts down on January 31. "
        "Neither company disclosed terms.",
        [
            acq("Salesforce", "Tessellate", CA),
            hire("Kai Nakamura", "Salesforce", A),
            hire("Bea Oduya", "Salesforce", A),
            pos("Kai Nakamura", "Tessellate"),
            pos("Bea Oduya", "Tessellate"),
        ],
    ),
    en(
        "Samsung has invested in Mirelle Labs, a Paris-based developer of on-device speech models, as part of a €35 million funding round that also included existing investor Elaia and French state bank Bpifrance, Mirelle said on Tuesday. "
        "The start-up was spun out of the Inria research institute in 2023 by Lucie Garnier and Amadou Sy, who remain co-CEOs.",
        [
            inv("Samsung", "Mirelle Labs", C),
            inv("Elaia", "Mirelle Labs", C),
            inv("Bpifrance", "Mirelle Labs", C),
            pos("Lucie Garnier", "Mirelle Labs"),
            pos("Amadou Sy", "Mirelle Labs"),
        ],
    ),
    en(
        "Hedge fund Ironbark Capital has built a 6.2% stake in Lindell Chemicals Corp., making it the company's second-largest shareholder, according to a regulatory filing on Monday. "
        "Ironbark, run by Sebastian Marr, said it intends to press Lindell's board to spin off the coatings unit.",
        [
            stake("Ironbark Capital", "Lindell Chemicals Corp.", C),
            pos("Sebastian Marr", "Ironbark Capital"),
        ],
    ),
    en(
        "Hollister Bay Resorts is weighing an offer for rival hotel operator Summit & Pine, Bloomberg News reported, citing unnamed sources. "
        "Summit & Pine said it had 'not received any proposal' and was not for sale.",
        [acq("Hollister Bay Resorts", "Summit & Pine", [R, D])],
    ),
    en(
        "Regional lenders First Ashland Bancorp and Tri-County Savings completed their merger on Friday, creating a bank with $9 billion in assets and 84 branches across Kentucky and Ohio. "
        "The combined bank, First Ashland Tri-County, is led by chief executive Rebecca Stroud, formerly Tri-County's CEO.",
        [
            mer(["First Ashland Bancorp", "Tri-County Savings"], C),
            pos("Rebecca Stroud", "Tri-County Savings"),
            posh("Rebecca Stroud", "First Ashland Tri-County"),
        ],
    ),
    en(
        "The Brisbane Comets have appointed former Nike marketing executive Shona McAllister as chief commercial officer, the A-League club announced on Wednesday. "
        "McAllister starts next month and will lead the search for a stadium naming-rights partner.",
        [
            hire("Shona McAllister", "Brisbane Comets", CA),
            pos("Shona McAllister", "Nike"),
        ],
    ),
    en(
        "Harbor Lane Publishing, owner of the Cape Sentinel and eight other weekly newspapers on Cape Cod, has been sold to nonprofit newsroom Coastal Commons Media, the Reinholt family announced. "
        "The family had owned the papers since 1961; publisher Ann Reinholt will stay on through a transition period.",
        [
            acq("Coastal Commons Media", "Harbor Lane Publishing", C),
            pos("Ann Reinholt", "Harbor Lane Publishing"),
        ],
    ),
    en(
        "BP will take a 25% stake in Sundial Hydrogen, a Texas developer of green-hydrogen hubs, for $300 million, the companies said, with an option to raise its holding to a majority by 2028.",
        [stake("BP", "Sundial Hydrogen", A)],
    ),
    en(
        "Apple's head of AI search, Dmitri Valchev, has left for Cobalt Reasoning, where he will lead product, the start-up confirmed. "
        "He is the third senior hire Cobalt has made from Cupertino this year.",
        [
            dep("Dmitri Valchev", "Apple", C),
            hire("Dmitri Valchev", "Cobalt Reasoning", CA),
        ],
        optional=[pos("Dmitri Valchev", "Apple"), poa("Cobalt Reasoning", "Apple", C)],
    ),
    en(
        "Nairobi-based payments start-up Kopa has closed a $22 million Series A. "
        "The round was led by Partech Africa, with participation from Visa and angel investor Fatima Osei. "
        "Kopa, which previously raised $4 million in seed funding from Y Combinator and Launch Africa, will use the money to expand into Uganda and Rwanda.",
        [
            inv("Partech Africa", "Kopa", C),
            inv("Visa", "Kopa", C),
            inv("Fatima Osei", "Kopa", C),
            inv("Y Combinator", "Kopa", C),
            inv("Launch Africa", "Kopa", C),
        ],
    ),
    en(
        "OpenAI is in talks with Brightwater Health, one of the largest US hospital operators, about deploying its models across Brightwater's 140 hospitals, according to a person briefed on the discussions. "
        "Brightwater's chief digital officer, Ramon Ortiz, has publicly championed generative AI for clinical note-taking.",
        [
            par(["OpenAI", "Brightwater Health"], TR),
            pos("Ramon Ortiz", "Brightwater Health"),
        ],
    ),
    en(
        "'Demand for copper is not going away,' said Miriam Obuya, chief economist at Standard Bank, adding that producers such as Karroo Copper were likely to keep spending on new mines despite the price slump.",
        [pos("Miriam Obuya", "Standard Bank")],
    ),
    en(
        "SoftBank Group has sold its remaining 4% stake in Indian food-delivery company Tasteo through a block trade, raising about $310 million, according to a term sheet seen by Reuters. "
        "Norges Bank Investment Management and Capital Group were among the buyers, the term sheet showed.",
        [
            stake("Norges Bank Investment Management", "Tasteo", C),
            stake("Capital Group", "Tasteo", C),
        ],
    ),
    en(
        "Administrators for Pennine Textiles, the 140-year-old Huddersfield mill that collapsed in August, have sold the business and its brand to Scottish knitwear group Loch Arden for an undisclosed sum, saving 95 of 160 jobs. "
        "Loch Arden managing director Fiona Rennie said production would continue at the mill.",
        [
            acq("Loch Arden", "Pennine Textiles", C),
            pos("Fiona Rennie", "Loch Arden"),
        ],
    ),
    en(
        "Private-equity firms KKR and Permira are vying for control of British software group Thessaly plc after Permira raised its cash offer to 540 pence a share on Monday, topping KKR's 515p bid. "
        "Thessaly's board withdrew its recommendation of the KKR offer and now backs Permira's.",
        [
            acq("KKR", "Thessaly plc", [T, F]),
            acq("Permira", "Thessaly plc", [A, T]),
        ],
    ),
    en(
        "Norcross Logistics has found its new finance chief. "
        "Linda Okoro, who spent the past six years as CFO of parcel carrier Swiftline, will take up the post on April 1, the company said on Tuesday. "
        "She replaces Jim Patel, who is retiring after two decades with the group.",
        [
            hire("Linda Okoro", "Norcross Logistics", A),
            pos("Linda Okoro", "Swiftline"),
            dep("Jim Patel", "Norcross Logistics", A),
        ],
        optional=[dep("Linda Okoro", "Swiftline", ANY), pos("Jim Patel", "Norcross Logistics")],
    ),
    en(
        "Goldman Sachs tried to hire Morgan Stanley's top equities trader, Raj Venkataraman, earlier this year, but he turned down the offer and was instead promoted to co-head of global equities at Morgan Stanley, people familiar with the matter said.",
        [
            poa("Goldman Sachs", "Morgan Stanley", F),
            posh("Raj Venkataraman", "Morgan Stanley"),
        ],
        optional=[hire("Raj Venkataraman", "Goldman Sachs", F)],
    ),
    en(
        "Speaking at a sports-business conference in London, Harriet Cole, chief executive of the Netball Super League, said broadcasters were still underestimating the audience for women's sport. "
        "Her point was echoed by Jonas Brandt, head of media rights at the Bundesliga's marketing arm, DFL Sport Media, who said viewing figures for women's matches had tripled since 2021.",
        [
            pos("Harriet Cole", "Netball Super League"),
            pos("Jonas Brandt", "DFL Sport Media"),
        ],
    ),
    en(
        "The Calloway family, which founded Calloway Boats in 1948, has sold a majority stake in the Michigan boatbuilder to Lakeshore Equity Partners. "
        "Chief executive Ben Calloway, the founder's grandson, will retain a minority holding and continue to run the company.",
        [
            acq("Lakeshore Equity Partners", "Calloway Boats", C),
            pos("Ben Calloway", "Calloway Boats"),
        ],
    ),
    en(
        "Marbury Group withdrew its $4.3 billion offer for packaging maker Crestline Containers on Thursday, citing 'unexpected findings' during due diligence. "
        "Crestline shares fell 18% in New York.",
        [acq("Marbury Group", "Crestline Containers", F)],
    ),
    en(
        "Insurance brokers Pryor Whitney and Castlegate Risk announced an all-stock merger of equals on Monday that will create Britain's fifth-largest broker. "
        "Pryor Whitney chief executive Anand Shah will lead the combined group, while Castlegate's chair, Moira Lennox, will chair its board.",
        [
            mer(["Pryor Whitney", "Castlegate Risk"], A),
            pos("Anand Shah", "Pryor Whitney"),
            pos("Moira Lennox", "Castlegate Risk"),
        ],
    ),
    en(
        "The European Commission opened an in-depth investigation into Aldgate Aviation's planned €1.9 billion takeover of Portuguese regional airline AeroLuso, citing concerns about competition on routes between Lisbon and the Azores. "
        "The Commission has until April 14 to decide.",
        [acq("Aldgate Aviation", "AeroLuso", A)],
    ),
    en(
        "Chip designer Tenmark Inc. is preparing to file confidentially for a US initial public offering as soon as next month, people familiar with the matter said. "
        "The company is working with Morgan Stanley and JPMorgan on the listing, which could value it at more than $8 billion.",
        [],
    ),
    en(
        "Sam Okonjo, who built the recommendation engine at streaming service Flickbox as vice president of engineering, has left the company after nine years to start his own AI venture, he said in a LinkedIn post.",
        [dep("Sam Okonjo", "Flickbox", C)],
        optional=[pos("Sam Okonjo", "Flickbox")],
    ),
    en(
        "A consortium of Brookfield Infrastructure and Canada's Ontario Teachers' Pension Plan has agreed to buy Severn Vale Water, which supplies 2.1 million customers in the West Midlands, for £4.6 billion including debt. "
        "The seller, Macquarie Asset Management, had owned the utility since 2012.",
        [
            acq("Brookfield Infrastructure", "Severn Vale Water", A),
            acq("Ontario Teachers' Pension Plan", "Severn Vale Water", A),
        ],
    ),
    en(
        "Following the abrupt exit of chief executive Neil Hardcastle on Friday, Vireo Airlines said chief operating officer Carmen Ruiz would serve as interim CEO while the board searches for a permanent successor.",
        [
            dep("Neil Hardcastle", "Vireo Airlines", C),
            posh("Carmen Ruiz", "Vireo Airlines"),
        ],
        optional=[pos("Neil Hardcastle", "Vireo Airlines")],
    ),
    en(
        "Music-streaming service Auralis is negotiating with Universal Music Group over a licensing deal that would let subscribers remix songs using AI tools, co-founder Ines Varga said in an interview. "
        "'We're close, but it's not done,' she said.",
        [
            par(["Auralis", "Universal Music Group"], T),
            pos("Ines Varga", "Auralis"),
        ],
    ),
    en(
        "Cardigan Bay Telecom and Westholme Networks both rejected reports on Wednesday that they were discussing a merger. "
        "'There are no talks, full stop,' a Westholme spokesman said.",
        [mer(["Cardigan Bay Telecom", "Westholme Networks"], D)],
    ),
    en(
        "Ballantyne Paper said it had launched a strategic review of its tissue business, which could lead to a sale, and had hired Lazard as financial adviser. "
        "The company's shares rose 6%.",
        [],
    ),
    en(
        "Three senior researchers at Google DeepMind — Aisha Kamara, Felix Brandt and Yuki Mori — are leaving to join Helix Minds, a new lab founded by Paul Renard, the former chief scientist of Meta's AI research group. "
        "Helix, which has not yet announced any funding, said the trio would start in the new year.",
        [
            dep("Aisha Kamara", "Google DeepMind", A),
            dep("Felix Brandt", "Google DeepMind", A),
            dep("Yuki Mori", "Google DeepMind", A),
            hire("Aisha Kamara", "Helix Minds", A),
            hire("Felix Brandt", "Helix Minds", A),
            hire("Yuki Mori", "Helix Minds", A),
            pos("Paul Renard", "Helix Minds"),
            pos("Paul Renard", "Meta"),
        ],
        optional=[
            pos("Aisha Kamara", "Google DeepMind"),
            pos("Felix Brandt", "Google DeepMind"),
            pos("Yuki Mori", "Google DeepMind"),
            poa("Helix Minds", "Google DeepMind", ANY),
        ],
    ),
    en(
        "Technology investor Prosus is considering a bid for Polish online classifieds site Targ.pl, according to local newspaper Puls Biznesu, which cited unnamed sources. "
        "Prosus declined to comment.",
        [acq("Prosus", "Targ.pl", R)],
    ),
    en(
        "Lindqvist & Berg AB, part of the Swedish Axelsson group since the 1990s, reported a 12% rise in quarterly orders on Thursday. "
        "Managing director Karin Lund said the order book now stretched into 2027.",
        [pos("Karin Lund", "Lindqvist & Berg AB")],
    ),
    en(
        "Hallam Water has appointed former Ofwat chief executive Graham Tulloch as a non-executive director with effect from January 1, the utility said.",
        [
            hire("Graham Tulloch", "Hallam Water", CA),
            pos("Graham Tulloch", "Ofwat"),
        ],
    ),
    en(
        "American investor Jared Kline is in exclusive talks to buy Championship club Marston Rovers from owner Derek Halloway, the club confirmed on Saturday. "
        "Halloway, who bought Rovers in 2009 for £12 million, has been trying to sell since last year.",
        [
            acq("Jared Kline", "Marston Rovers", T),
            acq("Derek Halloway", "Marston Rovers", C),
            pos("Derek Halloway", "Marston Rovers"),
        ],
    ),
    en(
        "Shareholders of Pinecrest Software voted down the company's planned merger with Dalton Analytics on Tuesday, killing a deal agreed in June. "
        "Only 41% of the votes cast were in favour.",
        [mer(["Pinecrest Software", "Dalton Analytics"], F)],
    ),
    en(
        "Aldous Pharma has a new cancer drug candidate. "
        "The Boston-based drugmaker said on Monday it would pay $1.1 billion upfront for Nerissa Therapeutics, a privately held developer of antibody-drug conjugates, plus up to $700 million in milestone payments.",
        [acq("Aldous Pharma", "Nerissa Therapeutics", A)],
    ),
    en(
        "Belvoir Biosciences has licensed the rights to Kyoto-based Shirakawa Pharma's experimental migraine drug outside Japan, paying $85 million upfront, Belvoir said.",
        [par(["Belvoir Biosciences", "Shirakawa Pharma"], CA)],
    ),
    en(
        "Jonathan Reyes is leaving his post as chief marketing officer of Dunmore Sports Network after five years to become president of rival streamer Arena+, effective in January.",
        [
            dep("Jonathan Reyes", "Dunmore Sports Network", A),
            hire("Jonathan Reyes", "Arena+", A),
        ],
        optional=[pos("Jonathan Reyes", "Dunmore Sports Network")],
    ),
    en(
        "Abu Dhabi's Mubadala Investment Co. is in talks to invest about $1 billion in Rhodium Data Centers, a developer of AI data centres in Texas, people familiar with the matter said. "
        "Rhodium, founded by former Oracle executive Grant Seward, has also held discussions with other sovereign wealth funds.",
        [
            inv("Mubadala Investment Co.", "Rhodium Data Centers", TR),
            pos("Grant Seward", "Rhodium Data Centers"),
            pos("Grant Seward", "Oracle"),
        ],
    ),
    en(
        "Rugby league club Harrowgate Hornets has signed a ten-year naming-rights deal with energy supplier Octavia Power, under which its home ground will be renamed the Octavia Power Stadium from next season. "
        "Hornets chief executive Gail Brennan called it 'the biggest commercial deal in the club's history'.",
        [
            par(["Harrowgate Hornets", "Octavia Power"], CA),
            pos("Gail Brennan", "Harrowgate Hornets"),
        ],
    ),
    en(
        "Lumen Pictures is close to hiring Karen Osei, the president of Warner Bros. Television, as its next chief executive, according to people briefed on the search. "
        "An announcement could come within days.",
        [
            hire("Karen Osei", "Lumen Pictures", TR),
            pos("Karen Osei", "Warner Bros. Television"),
        ],
        optional=[dep("Karen Osei", "Warner Bros. Television", R)],
    ),
    en(
        "The owners of Crown & Anchor Inns, a group of 14 pubs in Cornwall, have agreed to sell the business to brewer St Austell, ending 60 years of ownership by the Trewin family. "
        "The sale is expected to complete in January. 'It was time,' said managing director Peter Trewin.",
        [
            acq("St Austell", "Crown & Anchor Inns", A),
            pos("Peter Trewin", "Crown & Anchor Inns"),
        ],
    ),
    en(
        "Max Obi and Hannah Kroll, who co-founded the accounting app Ledgerly in 2016, stepped down from its board on Friday, a week after the company's sale to Intuit closed.",
        [
            acq("Intuit", "Ledgerly", C),
            dep("Max Obi", "Ledgerly", C),
            dep("Hannah Kroll", "Ledgerly", C),
            pos("Max Obi", "Ledgerly"),
            pos("Hannah Kroll", "Ledgerly"),
        ],
    ),
    en(
        "Nvidia will invest $250 million in quantum-computing company Orion Qubits Inc. (NYSE: ORQB) through a private placement, the companies said, and the two will collaborate on software that links quantum processors to GPU clusters. "
        "Orion shares jumped 31% in premarket trading.",
        [
            inv("Nvidia", "Orion Qubits Inc.", A),
            par(["Nvidia", "Orion Qubits Inc."], CA),
        ],
    ),
    # ------------------------------------------------------------------ German
    # --- Wirtschaftsteil: Übernahmen in allen Stadien
    de(
        "Der Münchner Industriekonzern Valtrion SE hat die Übernahme des Augsburger Antriebsspezialisten Kessler & Rauh GmbH abgeschlossen. "
        "Das Bundeskartellamt hatte den Kauf Ende Oktober freigegeben, wie Valtrion am Dienstag mitteilte. "
        "Über den Preis vereinbarten die Parteien Stillschweigen; in Finanzkreisen ist von rund 450 Millionen Euro die Rede.",
        [acq("Valtrion SE", "Kessler & Rauh GmbH", C)],
    ),
    de(
        "Der Chemiekonzern Helmbrecht AG prüft nach Informationen der F.A.Z. den Verkauf seiner Bauchemie-Sparte Helmbrecht Construct. "
        "Als mögliche Käufer gelten die Finanzinvestoren Cinven und EQT, wie aus Finanzkreisen verlautete. "
        "Ein Helmbrecht-Sprecher wollte sich zu „Marktgerüchten“ nicht äußern.",
        [
            acq("Cinven", "Helmbrecht Construct", R),
            acq("EQT", "Helmbrecht Construct", R),
        ],
    ),
    de(
        "Die Stadtwerke Seebrück haben Berichte zurückgewiesen, wonach sie ihre Beteiligung an der Bodensee Energie GmbH (BEG) an den Versorger Thüga verkaufen wollen. "
        "„Ein Verkauf steht nicht zur Debatte“, sagte Geschäftsführer Markus Eberle der Lokalzeitung.",
        [
            stake("Thüga", "Bodensee Energie GmbH", D),
            pos("Markus Eberle", "Stadtwerke Seebrück"),
        ],
    ),
    de(
        "Die geplante Fusion zwischen dem Klinikum Rosenfeld und dem Krankenhaus St. Josef Talheim ist gescheitert. "
        "Der Kreistag stimmte am Montagabend mit knapper Mehrheit gegen den Zusammenschluss, nachdem Beschäftigte wochenlang gegen die drohende Schließung der Geburtshilfe in Talheim protestiert hatten.",
        [mer(["Klinikum Rosenfeld", "Krankenhaus St. Josef Talheim"], F)],
    ),
    de(
        "Die familiengeführte Privatbrauerei Hofmeister aus Bamberg verhandelt über einen Einstieg der Radeberger Gruppe. "
        "Beide Seiten bestätigten am Freitag „ergebnisoffene Gespräche“ über eine Minderheitsbeteiligung. "
        "Brauereichef Georg Hofmeister, der das Unternehmen in fünfter Generation führt, betonte, Marke und Sudhaus blieben in Bamberg.",
        [
            stake("Radeberger Gruppe", "Privatbrauerei Hofmeister", T),
            pos("Georg Hofmeister", "Privatbrauerei Hofmeister"),
        ],
    ),
    # --- Start-ups und Finanzierungsrunden
    de(
        "Das Berliner KI-Start-up Sprachwerk hat in einer Finanzierungsrunde der Serie A 28 Millionen Euro eingesammelt. "
        "Angeführt wurde die Runde vom Londoner Wagniskapitalgeber Balderton Capital, auch die Bestandsinvestoren Cherry Ventures und High-Tech Gründerfonds (HTGF) beteiligten sich. "
        "Gegründet wurde Sprachwerk 2022 von Johanna Lück und Deniz Aydın, die zuvor beide bei DeepL arbeiteten.",
        [
            inv("Balderton Capital", "Sprachwerk", C),
            inv("Cherry Ventures", "Sprachwerk", C),
            inv("High-Tech Gründerfonds", "Sprachwerk", C),
            pos("Johanna Lück", "Sprachwerk"),
            pos("Deniz Aydın", "Sprachwerk"),
        ],
        optional=[
            pos("Johanna Lück", "DeepL"),
            pos("Deniz Aydın", "DeepL"),
            dep("Johanna Lück", "DeepL", C),
            dep("Deniz Aydın", "DeepL", C),
        ],
    ),
    # --- Personalien
    de(
        "Die Nordwerk Energie AG (NWE) hat eine neue Finanzvorständin: Sabine Krüger wechselt zum 1. April vom Übertragungsnetzbetreiber Amprion nach Essen, wie der Aufsichtsrat am Mittwoch beschloss. "
        "Sie folgt auf Thomas Brandl, der nach zwölf Jahren im Vorstand in den Ruhestand geht.",
        [
            hire("Sabine Krüger", "Nordwerk Energie AG", A),
            dep("Sabine Krüger", "Amprion", A),
            dep("Thomas Brandl", "Nordwerk Energie AG", A),
        ],
        optional=[pos("Sabine Krüger", "Amprion"), pos("Thomas Brandl", "Nordwerk Energie AG")],
    ),
    de(
        "Überraschender Abgang bei der Kölner Rheinland Assekuranz AG: Vorstandschef Klaus-Peter Imhoff legt sein Amt mit sofortiger Wirkung nieder. "
        "Über die Gründe machte der Versicherer keine Angaben. "
        "Bis auf Weiteres führt Finanzvorständin Petra Vogt das Unternehmen kommissarisch.",
        [
            dep("Klaus-Peter Imhoff", "Rheinland Assekuranz AG", C),
            posh("Petra Vogt", "Rheinland Assekuranz AG"),
        ],
        optional=[pos("Klaus-Peter Imhoff", "Rheinland Assekuranz AG")],
    ),
    de(
        "Der Autozulieferer Brenner Mobility versucht nach Informationen des Handelsblatts, Ingenieure des insolventen Batteriezellherstellers Voltania GmbH abzuwerben. "
        "Mehreren Dutzend Beschäftigten seien bereits Angebote unterbreitet worden, heißt es in Unternehmenskreisen.",
        [poa("Brenner Mobility", "Voltania GmbH", TR)],
    ),
    # --- Ablenker
    de(
        "Der Kranhersteller Hagedorn AG legt ein Aktienrückkaufprogramm über bis zu 200 Millionen Euro auf. "
        "Finanzchef Jörg Albers begründete den Schritt am Donnerstag mit der starken Bilanz und einem Auftragsbestand auf Rekordniveau.",
        [pos("Jörg Albers", "Hagedorn AG")],
    ),
    de(
        "Ein Einstieg ausländischer Investoren bei dem Rüstungselektronik-Hersteller Falkenstein Systems GmbH wäre „aus sicherheitspolitischer Sicht hochproblematisch“, sagte der bayerische Wirtschaftsminister bei einem Werksbesuch in Ulm. "
        "Konkrete Kaufinteressenten sind bislang nicht bekannt.",
        [],
    ),
    de(
        "Nach Ansicht von Analysten der DZ Bank könnte die Schwarzwald Holding AG mit ihren Barmitteln von 1,2 Milliarden Euro einen Wettbewerber übernehmen. "
        "Infrage kämen etwa die Hydraulikspezialisten Wendel Fluidtechnik oder Arnold & Söhne, heißt es in einer Studie. "
        "Das Unternehmen selbst äußerte sich nicht.",
        [],
        optional=[
            acq("Schwarzwald Holding AG", "Wendel Fluidtechnik", R),
            acq("Schwarzwald Holding AG", "Arnold & Söhne", R),
        ],
    ),
    # --- Regionales: Banken, Stadtwerke, Kliniken, Brauereien
    de(
        "Die Vertreterversammlungen der Volksbank Lahn-Dill eG und der Raiffeisenbank Westerwald eG haben der Fusion beider Institute zugestimmt. "
        "Die neue Bank firmiert rückwirkend zum 1. Januar als Volksbank Lahn-Westerwald eG und kommt auf eine Bilanzsumme von 5,8 Milliarden Euro. "
        "Vorstandssprecher wird Michael Rauscher, bislang Chef der Raiffeisenbank.",
        [
            mer(["Volksbank Lahn-Dill eG", "Raiffeisenbank Westerwald eG"], CA),
            pos("Michael Rauscher", "Raiffeisenbank Westerwald eG"),
            posh("Michael Rauscher", "Volksbank Lahn-Westerwald eG"),
        ],
    ),
    de(
        "Die Staudacher Holding GmbH & Co. KG steigt mit 24,9 Prozent bei dem Dresdner Halbleiterausrüster Quarzwerk Elbtal AG ein. "
        "Die Anteile stammen von Gründer Rainer Vollmer, der künftig noch 30 Prozent hält, wie Quarzwerk mitteilte. "
        "Der Vollzug wird im ersten Quartal erwartet.",
        [
            stake("Staudacher Holding GmbH & Co. KG", "Quarzwerk Elbtal AG", A),
            pos("Rainer Vollmer", "Quarzwerk Elbtal AG"),
        ],
    ),
    de(
        "Die Deutsche Bahn und der Wasserstoffspezialist H2Rail Solutions GmbH wollen künftig gemeinsam Brennstoffzellenzüge für Nebenstrecken entwickeln. "
        "Eine entsprechende Absichtserklärung unterzeichneten beide Unternehmen am Donnerstag in Berlin.",
        [par(["Deutsche Bahn", "H2Rail Solutions GmbH"], CA)],
    ),
    de(
        "Der Elektrokonzern Merkur Elektrik AG verkauft seine Haushaltsgerätesparte Merkur Home an den türkischen Konkurrenten Arçelik. "
        "Der Kaufpreis liegt bei 310 Millionen Euro, wie Merkur am Abend per Ad-hoc-Mitteilung bekanntgab. "
        "Betroffen sind rund 2.400 Beschäftigte, davon 900 im Werk Schwabach.",
        [acq("Arçelik", "Merkur Home", A)],
    ),
    de(
        "Für den insolventen Fensterbauer Kaiser Fenstertechnik GmbH aus Ostwestfalen ist ein Käufer gefunden: Die niederländische Raamwerk Groep übernimmt den Geschäftsbetrieb samt 310 Beschäftigten, teilte Insolvenzverwalter Stefan Lohmeier mit. "
        "Der Gläubigerausschuss hat dem Verkauf bereits zugestimmt.",
        [acq("Raamwerk Groep", "Kaiser Fenstertechnik GmbH", CA)],
        optional=[pos("Stefan Lohmeier", "Kaiser Fenstertechnik GmbH")],
    ),
    de(
        "Die Landmaschinenhersteller Althaus Agrar GmbH und Lemberger Landtechnik AG loten einem Bericht des Manager Magazins zufolge einen Zusammenschluss aus. "
        "Erste Sondierungsgespräche habe es bereits gegeben, heißt es unter Berufung auf Unternehmenskreise. "
        "Beide Unternehmen wollten den Bericht nicht kommentieren.",
        [mer(["Althaus Agrar GmbH", "Lemberger Landtechnik AG"], TR)],
    ),
    de(
        "Personalien: Der Baustoffkonzern Terrafix SE hat Anna Bergmann zur Chief Digital Officer berufen. "
        "Sie kommt von SAP, wo sie zuletzt das Cloud-Geschäft in Mitteleuropa leitete. "
        "Bei der Sparkasse Oberland übernimmt Florian Weiß zum Jahreswechsel den Vorstandsvorsitz von Hans-Georg Reisinger, der in den Ruhestand tritt.",
        [
            hire("Anna Bergmann", "Terrafix SE", CA),
            pos("Anna Bergmann", "SAP"),
            posh("Florian Weiß", "Sparkasse Oberland"),
            dep("Hans-Georg Reisinger", "Sparkasse Oberland", A),
        ],
        optional=[dep("Anna Bergmann", "SAP", ANY), pos("Hans-Georg Reisinger", "Sparkasse Oberland")],
    ),
    de(
        "Die Stadtwerke Heidenau übernehmen zum 1. Januar 51 Prozent der Netzgesellschaft Mühlbach GmbH von der Energie Sachsen-Ost GmbH (ESO). "
        "Der Stadtrat hatte dem Kauf bereits im September zugestimmt. "
        "Stadtwerke-Chef Olaf Knappe verspricht sich davon Synergien beim Netzbetrieb.",
        [
            stake("Stadtwerke Heidenau", "Netzgesellschaft Mühlbach GmbH", A),
            pos("Olaf Knappe", "Stadtwerke Heidenau"),
        ],
    ),
    de(
        "Der Landkreis Oberweiler verkauft seine defizitäre Kreisklinik Oberweiler an den privaten Klinikbetreiber Sana Kliniken. "
        "Der Kreistag stimmte am Donnerstag mit 38 zu 12 Stimmen für den Verkauf, der Vollzug ist für Juli geplant. "
        "Landrat Peter Berthold sprach von einer „schmerzhaften, aber alternativlosen Entscheidung“.",
        [
            acq("Sana Kliniken", "Kreisklinik Oberweiler", A),
            pos("Peter Berthold", "Landkreis Oberweiler"),
        ],
    ),
    de(
        "Der Versorger Südwestenergie AG hat seinen Anteil am Offshore-Windpark-Betreiber Nordsee Drei GmbH von 25 auf 49,9 Prozent aufgestockt. "
        "Die Anteile übernahm das Unternehmen vom dänischen Entwickler Ørsted, der weiterhin die Betriebsführung verantwortet.",
        [stake("Südwestenergie AG", "Nordsee Drei GmbH", C)],
    ),
    de(
        "Generationswechsel beim Gewürzhersteller Stettner KG aus dem Allgäu: Seniorchef Wolfgang Stettner, 71, zieht sich zum Jahresende aus der Geschäftsführung zurück und wechselt in den Beirat. "
        "Die Leitung übernimmt seine Tochter Miriam Stettner-Hahn, die seit 2019 das Exportgeschäft verantwortet.",
        [
            dep("Wolfgang Stettner", "Stettner KG", A),
            posh("Miriam Stettner-Hahn", "Stettner KG"),
        ],
        optional=[posh("Wolfgang Stettner", "Stettner KG")],
    ),
    # --- Tech und KI
    de(
        "Das Münchner Robotik-Start-up Greifwerk übernimmt den Zürcher Softwareanbieter Visiomatik AG. "
        "Mit dem Zukauf, dem ersten in der Firmengeschichte, will Greifwerk seine Bildverarbeitung verbessern. "
        "Die Visiomatik-Gründer Luca Bernasconi und Nina Frei wechseln ins Management von Greifwerk.",
        [
            acq("Greifwerk", "Visiomatik AG", CA),
            pos("Luca Bernasconi", "Visiomatik AG"),
            pos("Nina Frei", "Visiomatik AG"),
            hire("Luca Bernasconi", "Greifwerk", CA),
            hire("Nina Frei", "Greifwerk", CA),
        ],
    ),
    de(
        "Das Heidelberger KI-Unternehmen Tiefgrund steht offenbar kurz vor einer Finanzierungsrunde von rund 400 Millionen Euro. "
        "Wie das Handelsblatt unter Berufung auf mehrere mit den Gesprächen vertraute Personen berichtet, sollen die Schwarz-Gruppe und SAP die Runde gemeinsam anführen. "
        "Tiefgrund-Chef Henrik Vossberg wollte die Angaben nicht kommentieren.",
        [
            inv("Schwarz-Gruppe", "Tiefgrund", TR),
            inv("SAP", "Tiefgrund", TR),
            pos("Henrik Vossberg", "Tiefgrund"),
        ],
    ),
    # --- Sport und Medien
    de(
        "Der Fußball-Bundesligist VfL Hohenstein hat Berichte über einen Wechsel von Sportdirektor Marco Lenz zum Ligakonkurrenten Eintracht Wallerfeld dementiert. "
        "„Marco hat einen Vertrag bis 2028 und wir planen fest mit ihm“, sagte Vorstandschef Uwe Rathgeber.",
        [
            dep("Marco Lenz", "VfL Hohenstein", D),
            hire("Marco Lenz", "Eintracht Wallerfeld", D),
            pos("Uwe Rathgeber", "VfL Hohenstein"),
        ],
        optional=[pos("Marco Lenz", "VfL Hohenstein"), poa("Eintracht Wallerfeld", "VfL Hohenstein", D)],
    ),
    de(
        "Der Münchner Finanzinvestor Kolberg Capital steigt beim Handball-Bundesligisten TSG Rheinau ein und übernimmt 40 Prozent der Anteile an dessen Spielbetriebs-GmbH. "
        "Das gab der Verein am Montag bekannt; über den Kaufpreis wurde Stillschweigen vereinbart.",
        [stake("Kolberg Capital", "TSG Rheinau", CA)],
    ),
    de(
        "Die Hanse Medien Gruppe übernimmt den „Altmark-Kurier“ samt Druckerei von der Verlegerfamilie Schönfeld. "
        "Das Bundeskartellamt muss dem Kauf noch zustimmen. "
        "Chefredakteurin Ines Hartwig bleibt im Amt, eine Zusammenlegung der Lokalredaktionen sei nicht geplant, hieß es.",
        [
            acq("Hanse Medien Gruppe", "Altmark-Kurier", A),
            pos("Ines Hartwig", "Altmark-Kurier"),
        ],
    ),
    de(
        "Der Energiekonzern Rheinstrom AG und der norwegische Staatskonzern Equinor gründen ein Gemeinschaftsunternehmen für den Bau von Wasserstoff-Kraftwerken in Nordrhein-Westfalen. "
        "An der neuen Gesellschaft halten beide Partner je 50 Prozent, der Sitz soll in Düsseldorf liegen.",
        [par(["Rheinstrom AG", "Equinor"], A)],
    ),
    de(
        "Das Bundeskartellamt hat die Übernahme des Kieler Entsorgers Nordmüll GmbH durch den Branchenführer Remondis untersagt. "
        "Der Zusammenschluss hätte in Schleswig-Holstein zu einer marktbeherrschenden Stellung bei der Sammlung von Gewerbeabfällen geführt, teilte die Behörde mit. "
        "Remondis prüft eine Beschwerde.",
        [acq("Remondis", "Nordmüll GmbH", F)],
    ),
    de(
        "Der Gartengerätehersteller Wolfsberg GmbH bringt im Frühjahr seinen ersten Akku-Mähroboter auf den Markt. "
        "„Wir haben drei Jahre daran entwickelt“, sagte Geschäftsführer Tobias Renner bei der Vorstellung in Ulm.",
        [pos("Tobias Renner", "Wolfsberg GmbH")],
    ),
    de(
        "Das Landgericht München I hat eine Klage des Softwarehauses Codex Data GmbH gegen dessen früheren Mehrheitseigner abgewiesen. "
        "Codex hatte dem Finanzinvestor vorgeworfen, beim Weiterverkauf der Anteile im Jahr 2021 Risiken verschwiegen zu haben.",
        [],
    ),
    de(
        "Der Düsseldorfer Kosmetikkonzern Amaryll AG baut sein Geschäft mit Naturkosmetik aus. "
        "Der Konzern hat die Mehrheit an der Hamburger Marke Grünblatt Naturpflege übernommen, wie er am Mittwoch mitteilte. "
        "Die Gründerinnen Lea und Sophie Marquardt behalten 30 Prozent und bleiben Geschäftsführerinnen.",
        [
            acq("Amaryll AG", "Grünblatt Naturpflege", C),
            pos("Lea Marquardt", "Grünblatt Naturpflege"),
            pos("Sophie Marquardt", "Grünblatt Naturpflege"),
        ],
    ),
    de(
        "Beim Softwarekonzern Datavis AG steht nach Informationen der Süddeutschen Zeitung ein Wechsel an der Spitze bevor. "
        "Vorstandschef Bernd Kühne werde seinen im Sommer auslaufenden Vertrag nicht verlängern, heißt es aus Aufsichtsratskreisen. "
        "Als Nachfolger sei Technikvorstand Alexander Yilmaz im Gespräch.",
        [
            dep("Bernd Kühne", "Datavis AG", R),
            posh("Alexander Yilmaz", "Datavis AG"),
        ],
        optional=[pos("Bernd Kühne", "Datavis AG")],
    ),
    de(
        "Der US-Konzern Intel hat nach SZ-Informationen versucht, mehrere Entwickler des Dresdner Start-ups Kernel Photonics abzuwerben – ohne Erfolg. "
        "Alle angesprochenen Ingenieure seien geblieben, sagte Gründer Martin Scholz.",
        [
            poa("Intel", "Kernel Photonics", F),
            pos("Martin Scholz", "Kernel Photonics"),
        ],
    ),
    de(
        "Der Stuttgarter Automobilzulieferer Keller Elektronik AG hat Spekulationen über ein Übernahmeangebot des chinesischen Konzerns Hengyuan Auto Parts zurückgewiesen. "
        "„Es gibt keine Gespräche und kein Angebot“, sagte eine Sprecherin am Mittwoch. "
        "Die Aktie hatte am Vortag nach einem Medienbericht um 14 Prozent zugelegt.",
        [acq("Hengyuan Auto Parts", "Keller Elektronik AG", D)],
    ),
    de(
        "Das Land Niedersachsen will sich mit 25,1 Prozent an der Papenburger Werft Emsland Schiffbau GmbH beteiligen, um den Standort zu sichern. "
        "Der Landtag muss der Beteiligung, die rund 200 Millionen Euro kostet, noch zustimmen.",
        [stake("Land Niedersachsen", "Emsland Schiffbau GmbH", A)],
    ),
    de(
        "Die Stadtwerke Kirchberg und die Energieversorgung Talstadt GmbH sind seit dem 1. Januar eine Gesellschaft: Unter dem Namen Energieverbund Kirchberg-Talstadt (EVKT) versorgen sie künftig rund 90.000 Kunden mit Strom, Gas und Wärme. "
        "Geschäftsführer des neuen Unternehmens ist Ralf Junghans, der zuvor die Stadtwerke Kirchberg leitete.",
        [
            mer(["Stadtwerke Kirchberg", "Energieversorgung Talstadt GmbH"], C),
            pos("Ralf Junghans", "Stadtwerke Kirchberg"),
            posh("Ralf Junghans", "Energieverbund Kirchberg-Talstadt"),
        ],
    ),
    de(
        "Nach 312 Jahren in Familienbesitz wird die Brauerei Zwingenberger Bräu an die Oberpfälzer Brauholding Bergmühle AG verkauft. "
        "Der Vertrag sei am Freitag unterzeichnet worden, bestätigte Inhaber Johannes Zwingenberger. "
        "Alle 64 Beschäftigten werden übernommen, das Sudhaus in der Altstadt bleibt in Betrieb.",
        [
            acq("Brauholding Bergmühle AG", "Brauerei Zwingenberger Bräu", A),
            pos("Johannes Zwingenberger", "Brauerei Zwingenberger Bräu"),
        ],
    ),
    de(
        "Die Deutsche Telekom verhandelt nach Informationen des Handelsblatts mit dem Münchner KI-Entwickler Lumina Sprachtechnik über eine strategische Partnerschaft. "
        "Lumina-Modelle könnten demnach künftig in der Telekom-Cloud angeboten werden. "
        "Beide Unternehmen lehnten eine Stellungnahme ab.",
        [par(["Deutsche Telekom", "Lumina Sprachtechnik"], TR)],
    ),
    de(
        "Der Medizintechnikhersteller Aeskulon AG holt sich einen neuen Vorstandschef aus den USA: David Harlan, bislang Europachef von Medtronic, soll zum 1. Juli die Führung übernehmen. "
        "Der bisherige Chef Stefan Kramm hatte im Oktober seinen Rückzug angekündigt.",
        [
            hire("David Harlan", "Aeskulon AG", A),
            pos("David Harlan", "Medtronic"),
            dep("Stefan Kramm", "Aeskulon AG", A),
        ],
        optional=[dep("David Harlan", "Medtronic", ANY), pos("Stefan Kramm", "Aeskulon AG")],
    ),
    de(
        "Die Beteiligungsgesellschaft Arvent Capital verkauft ihre Mehrheitsbeteiligung am Laborausrüster Kessel Labortechnik GmbH an den US-Konzern Thermo Fisher. "
        "Arvent war 2019 bei Kessel eingestiegen und hatte den Umsatz seither verdoppelt.",
        [
            acq("Thermo Fisher", "Kessel Labortechnik GmbH", A),
            stake("Arvent Capital", "Kessel Labortechnik GmbH", C),
        ],
    ),
    de(
        "Das Bundeskartellamt hat den Erwerb der Bäckereikette Backstube Möller durch den Großbäcker Kornmeister GmbH freigegeben. "
        "Der Vollzug soll noch in diesem Monat erfolgen, teilte Kornmeister mit.",
        [acq("Kornmeister GmbH", "Backstube Möller", A)],
    ),
    de(
        "Der Zweitligist SV Wendelstein hat sich nach der fünften Niederlage in Serie von Cheftrainer Jens Oberländer getrennt. "
        "Nachfolger wird der bisherige U19-Trainer Kemal Arslan, der die Mannschaft zunächst bis Saisonende übernimmt.",
        [
            dep("Jens Oberländer", "SV Wendelstein", C),
            posh("Kemal Arslan", "SV Wendelstein"),
        ],
        optional=[pos("Jens Oberländer", "SV Wendelstein")],
    ),
    de(
        "Vorstand und Aufsichtsrat der Lauterbach Optik AG raten ihren Aktionären, das Übernahmeangebot des Schweizer Konkurrenten Helvoptics über 38 Euro je Aktie abzulehnen. "
        "Das Angebot spiegele den Wert des Unternehmens „nicht annähernd“ wider. "
        "Helvoptics hält bereits 18 Prozent der Anteile.",
        [acq("Helvoptics", "Lauterbach Optik AG", [T, F])],
        optional=[stake("Helvoptics", "Lauterbach Optik AG", C)],
    ),
    de(
        "Die Nürnberger Softwarefirma Datenkontor GmbH hat einen neuen Eigentümer. "
        "Das Unternehmen gehört ab sofort zum norwegischen Softwarekonzern Visma, wie beide Seiten am Montag mitteilten. "
        "Verkäufer ist Gründer Peter Hanke, der dem Unternehmen als Berater verbunden bleibt.",
        [
            acq("Visma", "Datenkontor GmbH", C),
            pos("Peter Hanke", "Datenkontor GmbH"),
        ],
    ),
    de(
        "Der Berliner Online-Möbelhändler Wohnfabrik hat den Logistikchef von Amazon Deutschland, Christoph Berger, abgeworben. "
        "Berger tritt seinen neuen Posten als Chief Operating Officer im März an, bestätigte ein Sprecher.",
        [
            poa("Wohnfabrik", "Amazon Deutschland", C),
            hire("Christoph Berger", "Wohnfabrik", A),
            dep("Christoph Berger", "Amazon Deutschland", CA),
        ],
        optional=[pos("Christoph Berger", "Amazon Deutschland")],
    ),
    de(
        "Das Karlsruher Fusions-Start-up Plasmatec hat in einer neuen Finanzierungsrunde 130 Millionen Euro eingesammelt. "
        "Angeführt wurde die Runde erneut von Lakestar; neu eingestiegen sind unter anderem Robert Bosch Venture Capital und das Family Office Tannhof Invest. "
        "Insgesamt hat Plasmatec seit der Gründung 2021 damit mehr als 250 Millionen Euro erhalten.",
        [
            inv("Lakestar", "Plasmatec", C),
            inv("Robert Bosch Venture Capital", "Plasmatec", C),
            inv("Tannhof Invest", "Plasmatec", C),
        ],
    ),
    de(
        "Die Handball Bundesliga Frauen (HBF) steht nach Informationen des „Kicker“ vor einem Abschluss mit dem Streaminganbieter Spielfeld+ über die Medienrechte ab der Saison 2026/27. "
        "Eine Unterschrift sei in den kommenden Tagen zu erwarten, hieß es.",
        [par(["Handball Bundesliga Frauen", "Spielfeld+"], TR)],
    ),
    de(
        "Der Handelskonzern Brandtner KGaA hat über seine Tochter Frischemarkt Brandtner GmbH die insolvente Supermarktkette Kaufeck mit 14 Filialen übernommen. "
        "Alle Märkte sollen unter dem Namen Frischemarkt weitergeführt werden.",
        [acq("Brandtner KGaA", "Kaufeck", C)],
        optional=[acq("Frischemarkt Brandtner GmbH", "Kaufeck", C)],
    ),
    de(
        "Die Hanseatische Lagerlogistik AG (HLL) bekommt eine neue Chefin: Zum 1. Januar übernimmt Katrin Oehlert den Vorstandsvorsitz. "
        "Die 52-Jährige ist derzeit Logistikvorständin bei der Deutschen Post und folgt auf Jürgen Mahnke, dessen Vertrag ausläuft.",
        [
            hire("Katrin Oehlert", "Hanseatische Lagerlogistik AG", A),
            pos("Katrin Oehlert", "Deutsche Post"),
            dep("Jürgen Mahnke", "Hanseatische Lagerlogistik AG", A),
        ],
        optional=[
            dep("Katrin Oehlert", "Deutsche Post", ANY),
            pos("Jürgen Mahnke", "Hanseatische Lagerlogistik AG"),
        ],
    ),
    de(
        "Nach nur 14 Monaten hat Personalvorständin Claudia Wendt den Bahnzulieferer Railtec Systems AG verlassen. "
        "Das Unternehmen bestätigte den Abgang „im gegenseitigen Einvernehmen“, nannte aber keine Gründe.",
        [dep("Claudia Wendt", "Railtec Systems AG", C)],
        optional=[pos("Claudia Wendt", "Railtec Systems AG")],
    ),
    de(
        "Die Berliner Neobank Kontora gewinnt zwei Manager der Commerzbank: Jan Petersen wird Chief Risk Officer, Aylin Demir übernimmt das Firmenkundengeschäft. "
        "Beide starten im Februar, wie Kontora-Gründer Felix Marschall mitteilte.",
        [
            hire("Jan Petersen", "Kontora", A),
            hire("Aylin Demir", "Kontora", A),
            pos("Jan Petersen", "Commerzbank"),
            pos("Aylin Demir", "Commerzbank"),
            pos("Felix Marschall", "Kontora"),
        ],
        optional=[
            dep("Jan Petersen", "Commerzbank", ANY),
            dep("Aylin Demir", "Commerzbank", ANY),
            poa("Kontora", "Commerzbank", ANY),
        ],
    ),
    de(
        "Der Agrarchemiekonzern Bayer beteiligt sich an dem Potsdamer Start-up Feldblick, das mit Drohnenbildern Schädlingsbefall auf Äckern erkennt. "
        "Wie hoch die Beteiligung ist, gaben beide Seiten nicht bekannt. "
        "Feldblick-Mitgründerin Jana Kowalski sprach von einem „Ritterschlag“.",
        [
            stake("Bayer", "Feldblick", CA),
            pos("Jana Kowalski", "Feldblick"),
        ],
    ),
    de(
        "Der Touristikkonzern Alpenreisen AG erwägt den Verkauf seiner Hotelsparte Bergidyll Hotels. "
        "Man prüfe „alle Optionen“, sagte Vorstandschef Dieter Falk am Rande der Hauptversammlung in Innsbruck. "
        "Namen möglicher Interessenten nannte er nicht.",
        [pos("Dieter Falk", "Alpenreisen AG")],
    ),
    de(
        "Die geplante Fusion der Betriebskrankenkassen BKK Nordstern und Vita BKK ist gescheitert. "
        "Man habe sich nicht auf einen gemeinsamen Sitz und die Besetzung des Vorstands einigen können, teilten beide Kassen mit.",
        [mer(["BKK Nordstern", "Vita BKK"], F)],
    ),
    de(
        "Die Stadtwerke Wendlingen holen sich für den Glasfaserausbau einen Partner: Der Infrastrukturfonds Meridiam erwirbt 49 Prozent an der Tochter Wendlingen Netz GmbH. "
        "Der Gemeinderat muss dem Geschäft noch zustimmen.",
        [stake("Meridiam", "Wendlingen Netz GmbH", A)],
        optional=[par(["Stadtwerke Wendlingen", "Meridiam"], A)],
    ),
    de(
        "Der Finanzinvestor Hg verhandelt nach Angaben aus Finanzkreisen exklusiv über die Übernahme des Münchner Steuersoftware-Anbieters Taxmatic GmbH. "
        "Der Kaufpreis könnte bei mehr als einer Milliarde Euro liegen, verlautete aus dem Umfeld der Gespräche. "
        "Verkäufer wäre der bisherige Eigentümer Summit Partners.",
        [acq("Hg", "Taxmatic GmbH", TR)],
    ),
    de(
        "Der Baukonzern Strabel AG wies am Montag einen Bericht zurück, wonach die Qatar Investment Authority (QIA) eine Beteiligung von bis zu zehn Prozent anstrebe. "
        "„Uns liegt keine Anfrage vor“, sagte ein Konzernsprecher.",
        [stake("Qatar Investment Authority", "Strabel AG", D)],
    ),
    de(
        "Der Dax schloss am Freitag 0,4 Prozent fester. Gefragt waren Aktien der Hagedorn AG, nachdem der Kranhersteller seine Jahresprognose angehoben hatte. "
        "„Die Anleger warten auf klare Signale der Notenbank“, sagte Marktanalyst Felix Lorenz von der Baader Bank.",
        [pos("Felix Lorenz", "Baader Bank")],
    ),
    de(
        "Neuer Ärztlicher Direktor am Klinikum Bad Sonnfeld wird Professor Ulrich Degen. "
        "Der 54-jährige Kardiologe kommt von der Berliner Charité und tritt sein Amt am 1. März an.",
        [hire("Ulrich Degen", "Klinikum Bad Sonnfeld", A)],
        optional=[dep("Ulrich Degen", "Charité", ANY), pos("Ulrich Degen", "Charité")],
    ),
    de(
        "Das Mainzer Biotech-Unternehmen Lyrion Therapeutics hat dem US-Konzern Eli Lilly eine Lizenz für seinen Antikörper LYR-201 erteilt. "
        "Lyrion erhält 120 Millionen Dollar vorab und bis zu 1,4 Milliarden Dollar an Meilensteinzahlungen.",
        [par(["Lyrion Therapeutics", "Eli Lilly"], CA)],
    ),
    de(
        "Erstmals in der 150-jährigen Geschichte des Süßwarenherstellers Brandauer & Co. KG führt kein Familienmitglied das Unternehmen: Zum 1. Oktober übernimmt die frühere Haribo-Managerin Stefanie Kolb den Vorsitz der Geschäftsführung. "
        "Gesellschafter Matthias Brandauer, der die Firma bislang leitete, wechselt an die Spitze des Beirats.",
        [
            hire("Stefanie Kolb", "Brandauer & Co. KG", A),
            pos("Stefanie Kolb", "Haribo"),
            posh("Matthias Brandauer", "Brandauer & Co. KG"),
        ],
        optional=[dep("Matthias Brandauer", "Brandauer & Co. KG", A)],
    ),
    de(
        "Die Bundesregierung hat den Einstieg des chinesischen Investors Shenzhen Guotai Capital beim Jenaer Kamerahersteller Voigtmann Optics GmbH untersagt. "
        "Der Investor wollte 60 Prozent der Anteile übernehmen; das Wirtschaftsministerium sah die öffentliche Sicherheit gefährdet.",
        [acq("Shenzhen Guotai Capital", "Voigtmann Optics GmbH", F)],
    ),
    de(
        "Wie aus Branchenkreisen verlautet, wirbt das US-Labor Cobalt Reasoning gezielt Forscher des Heidelberger KI-Unternehmens Tiefgrund ab. "
        "Mindestens vier Mitarbeiter hätten in den vergangenen Wochen gekündigt, um nach San Francisco zu wechseln.",
        [poa("Cobalt Reasoning", "Tiefgrund", [R, T, C])],
    ),
    de(
        "Der Heiztechnikhersteller Wärmewerk Olpe GmbH, der 2021 den Wärmepumpenspezialisten Kältetechnik Brandt übernommen hatte, streicht 300 Stellen. "
        "Grund sei die schwache Nachfrage nach Wärmepumpen, sagte Geschäftsführer Bernd Lückel.",
        [
            acq("Wärmewerk Olpe GmbH", "Kältetechnik Brandt", C),
            pos("Bernd Lückel", "Wärmewerk Olpe GmbH"),
        ],
    ),
    de(
        "Der Streamingdienst Kinowelt+ hat einen neuen Programmchef: Daniel Oppermann, zuletzt Unterhaltungschef bei RTL, hat den Posten zum 1. November übernommen.",
        [
            hire("Daniel Oppermann", "Kinowelt+", C),
            pos("Daniel Oppermann", "RTL"),
        ],
        optional=[dep("Daniel Oppermann", "RTL", C)],
    ),
    de(
        "Die Aktionäre der Falkenhorst Immobilien AG wählten am Dienstag die frühere Vonovia-Finanzvorständin Helene Adam in den Aufsichtsrat, dessen Vorsitz sie übernehmen soll.",
        [
            hire("Helene Adam", "Falkenhorst Immobilien AG", CA),
            pos("Helene Adam", "Vonovia"),
        ],
    ),
    de(
        "Die Hamburger Privatbank Hallberg & Cie. hat Berichte zurückgewiesen, wonach sie ein komplettes Team von Vermögensverwaltern von der Nordelbe Bank AG abwerben wolle. "
        "„Wir führen keine solchen Gespräche“, sagte Vorstand Cornelius Hallberg.",
        [
            poa("Hallberg & Cie.", "Nordelbe Bank AG", D),
            pos("Cornelius Hallberg", "Hallberg & Cie."),
        ],
    ),
    de(
        "Der Chemiekonzern Helmbrecht AG will bis 2030 seinen Umsatz mit Spezialchemikalien verdoppeln. "
        "Zukäufe schließt Vorstandschef Martin Eck dabei nicht aus, wie er auf dem Kapitalmarkttag in Frankfurt sagte: „Wenn sich Gelegenheiten bieten, sind wir bereit.“",
        [pos("Martin Eck", "Helmbrecht AG")],
    ),
    de(
        "Die Brauereien Hirschbräu Ellwangen und Rössle-Bräu Aalen legen ihr Geschäft zusammen. "
        "Die neue Ostalb Bräu GmbH soll ab Sommer in Aalen produzieren, der Standort Ellwangen wird Logistikzentrum. "
        "Geschäftsführer werden die bisherigen Inhaber Konrad Hirsch und Petra Rössle gemeinsam.",
        [
            mer(["Hirschbräu Ellwangen", "Rössle-Bräu Aalen"], A),
            pos("Konrad Hirsch", "Hirschbräu Ellwangen"),
            pos("Petra Rössle", "Rössle-Bräu Aalen"),
            posh("Konrad Hirsch", "Ostalb Bräu GmbH"),
            posh("Petra Rössle", "Ostalb Bräu GmbH"),
        ],
    ),
    de(
        "Der Finanzinvestor Advent International hat ein indikatives Angebot für den Kölner Spezialchemiker Rhenochem AG abgegeben. "
        "Der Vorstand habe Gespräche aufgenommen, teilte Rhenochem am Sonntagabend mit; ob es zu einem Übernahmeangebot komme, sei offen.",
        [acq("Advent International", "Rhenochem AG", T)],
    ),
    de(
        "Die frühere Staatssekretärin im Bundeswirtschaftsministerium Karin Lehmkuhl wechselt in die Geschäftsführung des Übertragungsnetzbetreibers Mitteldeutsche Netz AG. "
        "Sie soll dort ab Mai das Ressort Regulierung verantworten, teilte das Unternehmen mit.",
        [
            hire("Karin Lehmkuhl", "Mitteldeutsche Netz AG", A),
            pos("Karin Lehmkuhl", "Bundeswirtschaftsministerium"),
        ],
        optional=[dep("Karin Lehmkuhl", "Bundeswirtschaftsministerium", ANY)],
    ),
    de(
        "Mit dem Kauf der Thüringer Spritzgussfirma Plastform GmbH hat der Autozulieferer Eberhardt Technik seine Präsenz im Osten ausgebaut. "
        "Eberhardt, 1952 als Schlosserei gegründet, beschäftigt nun 3.100 Mitarbeiter. "
        "Plastform-Geschäftsführer Heiko Rausch soll das Werk in Sömmerda weiterführen.",
        [
            acq("Eberhardt Technik", "Plastform GmbH", C),
            pos("Heiko Rausch", "Plastform GmbH"),
        ],
    ),
    de(
        "Die Mitgliederversammlung des SC Rotweiß Hameln hat den geplanten Einstieg des US-Investors Bridgeway Sports Group abgelehnt. "
        "Bridgeway wollte für 15 Millionen Euro 24,9 Prozent an der ausgegliederten Profi-GmbH übernehmen.",
        [stake("Bridgeway Sports Group", "SC Rotweiß Hameln", F)],
    ),
]
