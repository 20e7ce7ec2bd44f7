# ruff: noqa: E501
"""Challenge set v20: long-form business reporting in the style of financial newspapers and wire services (English and German).

Deal reconstructions, "what went wrong" pieces about failed takeovers, hostile bids,
antitrust blocks, counter-offers, bidding wars, activist stake building, joint ventures,
mergers of equals and management reshuffles (CEO succession, board exits, poaching,
interim roles) in semiconductors, cloud, telecom, automotive, media and energy. Many
events are not completed (rumored, in talks, failed, denied, announced), and passages
carry distractors: product purchases, customer contracts, analyst speculation, negated
events, background deals and people quoted without any move.

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
    # ------------------------------------------------------------------ English
    # --- hostile bids, bidding wars, antitrust blocks
    en(
        "Halloran Microdevices launched a hostile $7.4 billion bid for Ostrava Semiconductor on Monday, taking its offer directly to shareholders after Ostrava's board twice rebuffed private approaches. "
        "Ostrava, which makes power chips for electric vehicles, called the offer 'opportunistic' and said it significantly undervalued the company's growth prospects. "
        "Halloran chief executive Ruth Castellanos said she was prepared to raise the price only if Ostrava opened its books.",
        [
            acq("Halloran Microdevices", "Ostrava Semiconductor", [T, F]),
            pos("Ruth Castellanos", "Halloran Microdevices"),
        ],
    ),
    en(
        "The auction for Greywater Networks has turned into a three-way contest. "
        "Telecom infrastructure fund Borealis Capital Partners raised its offer to 41 pence a share on Tuesday, topping a 38-pence proposal from US rival Cintara Holdings, while people familiar with the matter said Japanese group Shimoda Tsushin was weighing a counterbid of its own. "
        "Greywater's board, led by chairman Alistair Penrose, said it was 'minded to recommend' Borealis's improved terms.",
        [
            acq("Borealis Capital Partners", "Greywater Networks", T),
            acq("Cintara Holdings", "Greywater Networks", [T, F]),
            acq("Shimoda Tsushin", "Greywater Networks", TR),
            pos("Alistair Penrose", "Greywater Networks"),
        ],
    ),
    en(
        "Britain's competition regulator on Wednesday blocked the proposed £2.1 billion merger of cable operators Wexcombe Media and Linnet Broadband, saying the combination would leave millions of households with only one choice of fixed-line provider. "
        "The two companies, which agreed to combine in March, said they were 'deeply disappointed' and would consider an appeal. "
        "Linnet chief executive Samir Qureshi had staked his reputation on the deal.",
        [
            mer(["Wexcombe Media", "Linnet Broadband"], F),
            pos("Samir Qureshi", "Linnet Broadband"),
        ],
    ),
    en(
        "How the Veltrix deal fell apart. "
        "When Arkwright Energy agreed in January to buy offshore wind developer Veltrix Renewables for €3.2 billion, executives on both sides called it transformational. "
        "Nine months later the agreement lies in tatters. Arkwright walked away on Friday, citing a 'material adverse change' after turbine failures at two of Veltrix's North Sea sites, and Veltrix, advised by Goldfinch & Partners, has threatened to sue. "
        "The collapse is the second setback for Arkwright's chief executive, Helen Marchetti, whose 2023 attempt to merge with Danish utility Nordvig Kraft was also abandoned.",
        [
            acq("Arkwright Energy", "Veltrix Renewables", F),
            mer(["Arkwright Energy", "Nordvig Kraft"], F),
            pos("Helen Marchetti", "Arkwright Energy"),
        ],
    ),
    en(
        "Activist investor Stonebridge Ridge Management has built a 6.2% stake in Kessler Automotive Components, becoming its third-largest shareholder, according to a regulatory filing published late on Monday. "
        "The fund, run by Nathaniel Pryce, wants the parts maker to spin off its braking division and has called for two new directors to be added to the board. "
        "Kessler said it welcomed constructive dialogue with all of its shareholders.",
        [
            stake("Stonebridge Ridge Management", "Kessler Automotive Components", C),
            pos("Nathaniel Pryce", "Stonebridge Ridge Management"),
        ],
    ),
    en(
        "Tallis Motors and battery maker Quanhe Energy Storage have agreed to set up a 50-50 joint venture to build a cell plant in Ohio, the companies said on Thursday. "
        "The venture will be run by Tallis veteran Marcus Oduya, and the plant is expected to start production in 2028. "
        "Separately, Tallis said it had ordered 12,000 fast-charging units from ChargeGrid for its dealer network.",
        [
            par(["Tallis Motors", "Quanhe Energy Storage"], CA),
        ],
        optional=[pos("Marcus Oduya", "Tallis Motors")],
    ),
    en(
        "Corrigan Data and Helmsley Cloud Services announced a merger of equals on Monday that will create one of Europe's largest independent cloud providers, with combined revenue of about $4 billion. "
        "Shareholders of each company will own roughly half of the combined group, which will be run by Corrigan CEO Priya Natarajan, while Helmsley's chief executive, Owen Bracewell, becomes executive chairman. "
        "The deal is expected to close in the second half of next year.",
        [
            mer(["Corrigan Data", "Helmsley Cloud Services"], A),
            pos("Priya Natarajan", "Corrigan Data"),
            pos("Owen Bracewell", "Helmsley Cloud Services"),
        ],
    ),
    # --- management reshuffles
    en(
        "Dunmore Telecom said on Tuesday that chief executive Graham Ellery will retire at the end of June after eleven years in the job. "
        "He will be succeeded by Fiona Achterberg, currently head of the group's consumer business. "
        "Dunmore also named Raj Kapoor, a former Vodafone executive, as its new chief financial officer, effective immediately; he replaces Lucy Tennant, who left in October to join a private equity firm.",
        [
            dep("Graham Ellery", "Dunmore Telecom", A),
            posh("Fiona Achterberg", "Dunmore Telecom"),
            hire("Raj Kapoor", "Dunmore Telecom", C),
            dep("Lucy Tennant", "Dunmore Telecom", C),
        ],
        optional=[pos("Graham Ellery", "Dunmore Telecom"), pos("Raj Kapoor", "Vodafone"), pos("Lucy Tennant", "Dunmore Telecom")],
    ),
    en(
        "Nvidia has hired Lena Forsberg, the chip architect who led the design of Pellucid Semiconductor's flagship AI accelerator, in the latest sign of the fierce battle for engineering talent. "
        "Forsberg left Pellucid last month, according to her professional profile. Pellucid said it did not comment on personnel matters. "
        "It is the third senior engineer the company has lost to a larger rival this year.",
        [
            hire("Lena Forsberg", "Nvidia", C),
            dep("Lena Forsberg", "Pellucid Semiconductor", C),
            poa("Nvidia", "Pellucid Semiconductor", C),
        ],
        optional=[pos("Lena Forsberg", "Pellucid Semiconductor")],
    ),
    en(
        "Soren Lindqvist, chief executive of Maraval Media Group, on Wednesday denied a newspaper report that the broadcaster was in talks to sell its radio division, Maraval Radio, to Clearpoint Audio. "
        "'There are no negotiations and there have been none,' Lindqvist told reporters at the group's annual meeting. "
        "Clearpoint declined to comment.",
        [
            acq("Clearpoint Audio", "Maraval Radio", D),
            pos("Soren Lindqvist", "Maraval Media Group"),
        ],
    ),
    en(
        "Kestrel Airlines has bought 30 narrow-body jets from Airbus in a deal worth about $3.5 billion at list prices, and signed a ten-year contract with Orbis Cloud under which the software company will run its booking systems. "
        "Kestrel's chief operating officer, Ana Beltrán, said the order would allow the carrier to retire its oldest aircraft by 2029. "
        "Orbis shares rose 4% on the news.",
        [
            pos("Ana Beltrán", "Kestrel Airlines"),
        ],
    ),
    en(
        "Shares in Varga Semiconductor fell 9% after the company said chief executive Tomas Varga, grandson of its founder, had stepped down with immediate effect for health reasons. "
        "Chief financial officer Ingrid Solberg will serve as interim CEO while the board searches for a permanent successor. "
        "Separately, two independent directors, Colin Ashdown and Mireille Faure, will not stand for re-election at the May annual meeting.",
        [
            dep("Tomas Varga", "Varga Semiconductor", C),
            posh("Ingrid Solberg", "Varga Semiconductor"),
            dep("Colin Ashdown", "Varga Semiconductor", A),
            dep("Mireille Faure", "Varga Semiconductor", A),
        ],
        optional=[pos("Tomas Varga", "Varga Semiconductor"), pos("Colin Ashdown", "Varga Semiconductor"), pos("Mireille Faure", "Varga Semiconductor")],
    ),
    # --- rumours, counter-offers, funding
    en(
        "Private equity firm Ashgrove Partners is exploring a takeover of Pemberton Broadcasting, the UK's fourth-largest commercial broadcaster, according to people familiar with the matter. "
        "Ashgrove has held early talks with advisers but has not yet made an approach, the people said. A Pemberton spokeswoman said the company was not aware of any approach. "
        "Pemberton's shares have fallen by a third since it lost the rights to top-flight football.",
        [
            acq("Ashgrove Partners", "Pemberton Broadcasting", R),
        ],
    ),
    en(
        "Rival bidder emerges for Frostline Logistics. "
        "Weston & Crane, the family-controlled transport group, tabled a €28-a-share counter-offer for Frostline on Thursday, trumping the €25 bid agreed last month with Dutch buyout firm Vandermeer Capital. "
        "Frostline's board said it would assess the new proposal but remained bound by the Vandermeer agreement for now; Vandermeer has the right to match any higher offer.",
        [
            acq("Weston & Crane", "Frostline Logistics", T),
            acq("Vandermeer Capital", "Frostline Logistics", A),
        ],
    ),
    en(
        "Nimbus Forge, the Berlin-based start-up that rents out GPU capacity to AI developers, has raised $310 million in a Series C round led by Sandhurst Ventures, with participation from existing investors Coldharbour Capital and Microsoft. "
        "The company, founded in 2021 by Yusuf Demir and Clara Lenz, said it would use the money to build data centres in Finland. "
        "Microsoft declined to say how large its holding now is.",
        [
            inv("Sandhurst Ventures", "Nimbus Forge", C),
            inv("Coldharbour Capital", "Nimbus Forge", C),
            inv("Microsoft", "Nimbus Forge", C),
            pos("Yusuf Demir", "Nimbus Forge"),
            pos("Clara Lenz", "Nimbus Forge"),
        ],
    ),
    en(
        "Talks between Rennick Power and Aurelian Grid over a combination of their transmission businesses have broken down, both companies said on Monday, ending months of negotiations that had been closely watched by investors. "
        "People close to the talks said the two sides could not agree on valuation or on who would run the combined group. "
        "Rennick said it would now pursue a stand-alone strategy under chief executive Dominic Hale.",
        [
            mer(["Rennick Power", "Aurelian Grid"], F),
            pos("Dominic Hale", "Rennick Power"),
        ],
    ),
    en(
        "Sable Automotive tried and failed to lure Kenji Watanabe, head of battery development at Hargreave Motors, with a pay package said to be worth more than $20 million, people familiar with the matter said. "
        "Watanabe turned down the offer after Hargreave promoted him to chief technology officer last week. "
        "Sable has been struggling to rebuild its engineering team since a wave of departures last year.",
        [
            poa("Sable Automotive", "Hargreave Motors", F),
            posh("Kenji Watanabe", "Hargreave Motors"),
        ],
    ),
    en(
        "Meridian Towers has completed its acquisition of a 49% stake in the tower portfolio of Spanish operator Castellan Mobile for €1.6 billion, the companies said. "
        "The masts are held in a new vehicle, Castellan Infraco, in which Castellan retains a 51% majority. "
        "The deal was first announced in July.",
        [
            stake("Meridian Towers", "Castellan Infraco", C),
        ],
        optional=[stake("Meridian Towers", "Castellan Mobile", C)],
    ),
    en(
        "Inside the battle for Quillon. It began with a phone call in February. "
        "Lorne Abernathy, chairman of satellite operator Skyreach Holdings, rang Quillon Communications' chief executive Beatrix Holm to ask whether she would consider a combination. Holm said no. "
        "Three months later Skyreach returned with a formal offer of $52 a share, which Quillon's board rejected as too low. "
        "By then a second suitor, the infrastructure investor Tidewater Infrastructure, had quietly opened talks with Quillon's largest shareholder. "
        "On Sunday, Quillon agreed to be acquired by Tidewater for $61 a share.",
        [
            acq("Skyreach Holdings", "Quillon Communications", F),
            acq("Tidewater Infrastructure", "Quillon Communications", A),
            pos("Lorne Abernathy", "Skyreach Holdings"),
            pos("Beatrix Holm", "Quillon Communications"),
        ],
    ),
    en(
        "Orchard Silicon and Kyushu Photonics have signed a licensing agreement under which Orchard will use Kyushu's silicon photonics technology in its next-generation data-centre switches. "
        "Contrary to market speculation, the deal does not include an equity investment, Orchard's chief financial officer Brendan Lowry said. "
        "'We are not buying a stake in Kyushu and we have no plans to,' he said.",
        [
            par(["Orchard Silicon", "Kyushu Photonics"], CA),
            stake("Orchard Silicon", "Kyushu Photonics", D),
            pos("Brendan Lowry", "Orchard Silicon"),
        ],
    ),
    en(
        "Lantern Pictures has agreed to buy Cresswell Studios from Ambrose Media Holdings for $900 million, subject to regulatory approval, in a deal that would give the streaming group more than 4,000 film titles. "
        "Cresswell, home to the 'Harbor Nights' franchise, has been on the market since its parent put it up for sale in the spring. "
        "Lantern said it had also renewed its output deal with several independent producers.",
        [
            acq("Lantern Pictures", "Cresswell Studios", A),
        ],
    ),
    en(
        "Shares in Ferro Telecom and Blue Harbour Mobile rose sharply on Thursday after a financial newswire reported that the two Italian operators were in advanced talks to merge. "
        "Ferro confirmed it had held 'preliminary discussions' but said no decision had been taken. "
        "Blue Harbour, however, denied that any talks were under way.",
        [
            mer(["Ferro Telecom", "Blue Harbour Mobile"], [T, D, R]),
        ],
    ),
    en(
        "Pradeep Sharma has resigned from the supervisory board of Oberon Automotive, the company said, days after he was named chief executive of supplier Calloway Drive Systems. "
        "Oberon said the move avoided a potential conflict of interest. Sharma had sat on Oberon's board since 2019.",
        [
            dep("Pradeep Sharma", "Oberon Automotive", C),
            hire("Pradeep Sharma", "Calloway Drive Systems", CA),
        ],
        optional=[pos("Pradeep Sharma", "Oberon Automotive"), pos("Pradeep Sharma", "Calloway Drive Systems")],
    ),
    en(
        "Analysts at several brokerages said this week that Tamarind Solar's slump in market value could make it vulnerable to a takeover, though none named a likely buyer. "
        "Tamarind chief executive Oliver Grant said the company was focused on cutting costs, not on deal-making. "
        "Last year the company sold its Indian unit, Tamarind Projects India, to Suryan Power.",
        [
            pos("Oliver Grant", "Tamarind Solar"),
            acq("Suryan Power", "Tamarind Projects India", C),
        ],
    ),
    en(
        "Crestmoor Bank's head of technology, Elena Vasquez, is leaving to become chief information officer at cloud software company Dovetail Systems, where she will start in March. "
        "Crestmoor said Vasquez's deputy, Aaron Kim, would take over on an interim basis.",
        [
            dep("Elena Vasquez", "Crestmoor Bank", A),
            hire("Elena Vasquez", "Dovetail Systems", A),
            posh("Aaron Kim", "Crestmoor Bank"),
        ],
        optional=[pos("Elena Vasquez", "Crestmoor Bank"), poa("Dovetail Systems", "Crestmoor Bank", ANY)],
    ),
    en(
        "Bramwell Chemicals withdrew its hostile £1.2 billion offer for Kettering Coatings on Friday after failing to win acceptances from holders of more than 50% of the shares by the deadline. "
        "The offer had been opposed by Kettering's board and by its biggest investor, the Ludlow family. "
        "Bramwell said it would sell the 14% stake it had built up in Kettering during the campaign.",
        [
            acq("Bramwell Chemicals", "Kettering Coatings", F),
        ],
    ),
    # --- energy, semiconductors, background deals
    en(
        "Halvard Hydrogen and TotalEnergies have agreed to jointly develop a 500-megawatt green hydrogen plant in the port of Rotterdam, the companies said on Wednesday. "
        "Halvard, a Norwegian electrolyser maker, will supply the equipment and hold a 30% interest in the project, with TotalEnergies taking the rest. "
        "Halvard chief executive Ingrid Moe said a final investment decision was expected in 2027.",
        [
            par(["Halvard Hydrogen", "TotalEnergies"], CA),
            pos("Ingrid Moe", "Halvard Hydrogen"),
        ],
    ),
    en(
        "Pinecrest Instruments said on Monday it had closed its $480 million purchase of Lumora Sensors from private equity owner Harrow Capital. "
        "Lumora's chief executive, Jasper Quinlan, will stay on to run the business as a division of Pinecrest, reporting to Pinecrest president Nadia Okafor.",
        [
            acq("Pinecrest Instruments", "Lumora Sensors", C),
            pos("Jasper Quinlan", "Lumora Sensors"),
            pos("Nadia Okafor", "Pinecrest Instruments"),
        ],
    ),
    en(
        "EXCLUSIVE: Aldergrove in talks to buy Canadian chip designer. "
        "Aldergrove Technologies is in advanced talks to acquire Montreal-based Fluxion Microsystems for about $1.1 billion, three people with knowledge of the matter said. "
        "A deal could be announced as soon as next week, though the talks could still fall apart, the people said. Aldergrove and Fluxion did not respond to requests for comment.",
        [
            acq("Aldergrove Technologies", "Fluxion Microsystems", TR),
        ],
    ),
    en(
        "Vantage Motors on Tuesday denied a report that chief executive Henrik Dahl was preparing to step down, calling it 'pure fiction'. "
        "The report had said Dahl, 61, would leave after the carmaker's capital markets day in November. "
        "'Henrik has the full support of the board,' chairwoman Margaret Oyelaran said in a statement.",
        [
            dep("Henrik Dahl", "Vantage Motors", D),
            pos("Margaret Oyelaran", "Vantage Motors"),
        ],
        optional=[pos("Henrik Dahl", "Vantage Motors")],
    ),
    en(
        "Corvin Activist Partners has raised its holding in Talvera Communications to 9.1% from 5%, making it the telecom group's largest shareholder, and is seeking to replace chairman Richard Moss. "
        "Corvin founder Elspeth Harrow argued in a letter to investors that Talvera's fibre business alone was worth more than the whole company's market value. "
        "Talvera said the board was united behind Moss.",
        [
            stake("Corvin Activist Partners", "Talvera Communications", C),
            pos("Elspeth Harrow", "Corvin Activist Partners"),
            pos("Richard Moss", "Talvera Communications"),
        ],
    ),
    en(
        "The merger of newspaper publishers Carraway Press and the Northfield Gazette Group was completed on Wednesday, creating the largest regional news group in the Midlands. "
        "The combined company, Carraway Northfield, is led by former Gazette editor-in-chief Susan Blake, who has promised that no titles will close this year.",
        [
            mer(["Carraway Press", "Northfield Gazette Group"], C),
            posh("Susan Blake", "Carraway Northfield"),
        ],
        optional=[pos("Susan Blake", "Northfield Gazette Group")],
    ),
    en(
        "Halcyon Retail has signed a seven-year, $2 billion agreement to move its IT systems onto Amazon Web Services, the biggest cloud contract in the retailer's history. "
        "Halcyon's chief digital officer, Marcus Feld, said the migration would be complete by 2028. "
        "AWS will also provide cloud training for 3,000 Halcyon employees.",
        [
            pos("Marcus Feld", "Halcyon Retail"),
        ],
        optional=[par(["Halcyon Retail", "Amazon Web Services"], ANY)],
    ),
    en(
        "Carmaker Brennan Motor Works will invest $250 million in solid-state battery developer Ionvale in exchange for a minority stake, the companies said, in a deal expected to close by year-end. "
        "As part of the agreement Brennan will get a seat on Ionvale's board, and the two firms will jointly develop cells for Brennan's 2029 models.",
        [
            stake("Brennan Motor Works", "Ionvale", A),
            par(["Brennan Motor Works", "Ionvale"], CA),
        ],
    ),
    en(
        "Regulators have effectively killed Trevane Semiconductor's $9 billion takeover of Korean memory maker Hanseo Memory. "
        "Trevane said late on Tuesday it had terminated the merger agreement after failing to obtain approval from China's market regulator before the deadline, and that it would pay Hanseo a $450 million break fee. "
        "The deal had been agreed 18 months ago.",
        [
            acq("Trevane Semiconductor", "Hanseo Memory", F),
        ],
    ),
    en(
        "Eighteen months after leaving, Caroline Whitaker is returning to Ardent Software as chief executive. "
        "The board said Whitaker, who ran the company from 2015 to 2023, would take over from Philip Ng on February 1. "
        "Ng, who had been under pressure from investors after two profit warnings, will leave the company.",
        [
            hire("Caroline Whitaker", "Ardent Software", A),
            dep("Philip Ng", "Ardent Software", A),
        ],
        optional=[pos("Caroline Whitaker", "Ardent Software"), pos("Philip Ng", "Ardent Software")],
    ),
    en(
        "Pellington Telecom is trying to poach the head of network strategy at rival Axiom Mobile, Daniel Reuter, according to two people briefed on the matter. "
        "Reuter has not yet made a decision, they said. Axiom declined to comment.",
        [
            poa("Pellington Telecom", "Axiom Mobile", TR),
            pos("Daniel Reuter", "Axiom Mobile"),
        ],
    ),
    en(
        "Corbett Industrial, which bought lighting maker Glenmore Lux in 2021 and sold its cable unit, Corbett Cables, to Nexans two years later, said on Thursday it would acquire Swedish heat-pump specialist Värmeteknik Nord for SEK 4.8 billion. "
        "Chief executive Aisha Rahman said the deal would make energy efficiency the group's largest division.",
        [
            acq("Corbett Industrial", "Glenmore Lux", C),
            acq("Nexans", "Corbett Cables", C),
            acq("Corbett Industrial", "Värmeteknik Nord", A),
            pos("Aisha Rahman", "Corbett Industrial"),
        ],
    ),
    en(
        "Despite weeks of speculation, Morrow Capital did not submit a bid for Elbridge Wireless before Monday's deadline, leaving Sandor Group as the only bidder. "
        "Elbridge said it had entered exclusive negotiations with Sandor.",
        [
            acq("Sandor Group", "Elbridge Wireless", T),
        ],
        optional=[acq("Morrow Capital", "Elbridge Wireless", [F, R])],
    ),
    en(
        "'The market for optical transceivers is going to double in three years,' said Hiroshi Tanabe, chief executive of Sendai Optics, speaking at an industry conference in San Francisco. "
        "His comments were echoed by Rebecca Stone, president of Allmark Networks, who said her company was adding capacity at its Malaysian plant to keep up with orders from hyperscalers.",
        [
            pos("Hiroshi Tanabe", "Sendai Optics"),
            pos("Rebecca Stone", "Allmark Networks"),
        ],
    ),
    en(
        "Pendrick Gas and Valmora Utilities confirmed on Friday that they were in discussions about a possible all-share merger, following press speculation. "
        "The companies said there was no certainty that an offer would be made. "
        "Under UK takeover rules, they have until 5 p.m. on October 24 to announce a firm intention or walk away.",
        [
            mer(["Pendrick Gas", "Valmora Utilities"], T),
        ],
    ),
    en(
        "In a coup for the chipmaker, Rallis Semiconductor has persuaded Meera Iyer, the long-time head of foundry operations at TSMC's Arizona site, to join as chief operating officer. "
        "Iyer will start on January 1, Rallis said.",
        [
            hire("Meera Iyer", "Rallis Semiconductor", A),
            dep("Meera Iyer", "TSMC", A),
            poa("Rallis Semiconductor", "TSMC", CA),
        ],
        optional=[pos("Meera Iyer", "TSMC")],
    ),
    en(
        "Heliotrope Energy and Nakamura Heavy Industries have abandoned plans for a joint venture to build floating wind turbines, two years after announcing the project. "
        "Heliotrope said rising steel costs had made the venture uneconomic. "
        "The companies have no other joint projects.",
        [
            par(["Heliotrope Energy", "Nakamura Heavy Industries"], F),
        ],
    ),
    en(
        "Lionel Carver, Beacon Broadcasting's head of sport, has quit after 14 years to join streaming rival FlixArena, where he will oversee live rights. "
        "Beacon confirmed his departure on Monday. "
        "FlixArena, which bought cricket streaming service Wicketly last year, has been hiring aggressively from traditional broadcasters.",
        [
            dep("Lionel Carver", "Beacon Broadcasting", C),
            hire("Lionel Carver", "FlixArena", CA),
            acq("FlixArena", "Wicketly", C),
        ],
        optional=[pos("Lionel Carver", "Beacon Broadcasting"), poa("FlixArena", "Beacon Broadcasting", ANY)],
    ),
    en(
        "After a bruising proxy fight, shareholders of Durant Cable elected two nominees of activist fund Marlowe Street Capital to the board on Thursday, and chairman Geoffrey Lyle said he would step down once a successor was found. "
        "Marlowe, which built its 7.5% holding in Durant over the summer, had campaigned for a sale of the company's fiber network.",
        [
            stake("Marlowe Street Capital", "Durant Cable", C),
            dep("Geoffrey Lyle", "Durant Cable", A),
        ],
        optional=[pos("Geoffrey Lyle", "Durant Cable")],
    ),
    en(
        "A spokesman for Kairos Semiconductor dismissed as 'speculation' a report that Gulf sovereign fund Al Nahar Investment Authority was preparing to take a 20% stake in the chipmaker. "
        "The company is not seeking new investors, he said.",
        [
            stake("Al Nahar Investment Authority", "Kairos Semiconductor", D),
        ],
    ),
    en(
        "Stellar Mobility, formed through the 2020 merger of Harcourt Motors and Delacroix Automobiles, is in talks with Chinese electric-vehicle maker Zhenyu Auto about a technology partnership, chief executive Pietro Santangelo said on Wednesday. "
        "'We are talking, but nothing is signed,' he said.",
        [
            mer(["Harcourt Motors", "Delacroix Automobiles"], C),
            par(["Stellar Mobility", "Zhenyu Auto"], T),
            pos("Pietro Santangelo", "Stellar Mobility"),
        ],
    ),
    en(
        "Ridgeway Mobile paid $1.9 billion for 5G spectrum at a government auction this week and, separately, agreed to sell a 30% stake in its fiber subsidiary, Ridgeway Fibre, to Canadian pension investor Laurentian Pension Trust. "
        "The stake sale is expected to close in the first quarter.",
        [
            stake("Laurentian Pension Trust", "Ridgeway Fibre", A),
        ],
    ),
    en(
        "Marisol Ortega has been appointed chief executive of Genvia Cloud, the hosting subsidiary of Spanish telecom group Altaviva, with immediate effect. "
        "She had been Altaviva's chief strategy officer since 2022. "
        "Altaviva's head of investor relations, Tomás Ruiz, will act as interim chief strategy officer.",
        [
            posh("Marisol Ortega", "Genvia Cloud"),
            pos("Marisol Ortega", "Altaviva"),
            posh("Tomás Ruiz", "Altaviva"),
        ],
        optional=[dep("Marisol Ortega", "Altaviva", ANY)],
    ),
    en(
        "Shares of Hollowell Games surged 22% after a report that Sony was considering an offer for the British video-game developer. "
        "Sony declined to comment. Hollowell, whose 'Ironmarch' series has sold more than 40 million copies, said it had not received an approach.",
        [
            acq("Sony", "Hollowell Games", [R, D]),
        ],
    ),
    # --- contested deals, fallout, consortia
    en(
        "Ansel Renewables is down to two suitors. "
        "After Portuguese utility Luzmar Energia dropped out of the race on Monday, saying the price had become too high, the contest for the British solar developer is between infrastructure fund Kilbride Partners and oil major BP. "
        "Kilbride's latest offer values Ansel at £1.4 billion; BP has not disclosed its terms. "
        "Ansel chairman Nigel Ormond said the board would run a 'fair and orderly process'.",
        [
            acq("Luzmar Energia", "Ansel Renewables", F),
            acq("Kilbride Partners", "Ansel Renewables", T),
            acq("BP", "Ansel Renewables", T),
            pos("Nigel Ormond", "Ansel Renewables"),
        ],
    ),
    en(
        "The fallout from Castor Networks' failed bid for Hyland Fibre claimed its first casualty on Tuesday. "
        "Rupert Gaines, Castor's chief strategy officer and the deal's most vocal champion, is leaving the company at the end of the month, a spokeswoman said. "
        "Hyland's shareholders voted down the $3 billion offer last week.",
        [
            acq("Castor Networks", "Hyland Fibre", F),
            dep("Rupert Gaines", "Castor Networks", A),
        ],
        optional=[pos("Rupert Gaines", "Castor Networks")],
    ),
    en(
        "Quorra Systems has sued Brightwater Semiconductor, accusing its rival of poaching 40 engineers from its Austin design centre over six months and of using confidential salary data to do so. "
        "Brightwater said the lawsuit was without merit and that the engineers had applied of their own accord. "
        "Among those who left Quorra is its former vice president of engineering, Tamsin Roe, who joined Brightwater in March.",
        [
            poa("Brightwater Semiconductor", "Quorra Systems", [C, D]),
            dep("Tamsin Roe", "Quorra Systems", C),
            hire("Tamsin Roe", "Brightwater Semiconductor", C),
        ],
        optional=[pos("Tamsin Roe", "Quorra Systems")],
    ),
    en(
        "E.ON has agreed to sell its 25% holding in Danube Heat Networks to Austrian infrastructure investor Semmering Capital for an undisclosed sum. "
        "Semmering, which already owns 40% of the district-heating operator, will become its majority shareholder once the deal closes.",
        [
            stake("Semmering Capital", "Danube Heat Networks", A),
        ],
    ),
    en(
        "Orion Broadband reported a 12% rise in third-quarter revenue on Thursday, helped by the 400,000 customers it gained through its purchase of rival Zephyr Net in June. "
        "Chief financial officer Nadine Ellis said integration costs would peak in the fourth quarter. The company reiterated its full-year guidance.",
        [
            acq("Orion Broadband", "Zephyr Net", C),
            pos("Nadine Ellis", "Orion Broadband"),
        ],
    ),
    en(
        "Avalon Telecom and Strand Mobile are in talks to pool their rural mast sites in a joint venture that would share the cost of the 5G rollout, according to a regulatory filing. "
        "No agreement has been reached, the filing said.",
        [
            par(["Avalon Telecom", "Strand Mobile"], T),
        ],
    ),
    en(
        "Reports that Ventris Micro is up for sale are 'wide of the mark', its founder and chief executive, Alan Mistry, said on Monday, after a trade publication claimed that Qualcomm had approached the company. "
        "Qualcomm declined to comment.",
        [
            acq("Qualcomm", "Ventris Micro", D),
            pos("Alan Mistry", "Ventris Micro"),
        ],
    ),
    en(
        "Solenne Dupuis joins Marchbank Energy as chief financial officer from Ocelot Oil, where she spent eight years as head of treasury, the British utility said on Wednesday. "
        "She succeeds Harvey Brooke, who is retiring after a decade with the group.",
        [
            hire("Solenne Dupuis", "Marchbank Energy", CA),
            dep("Harvey Brooke", "Marchbank Energy", CA),
        ],
        optional=[dep("Solenne Dupuis", "Ocelot Oil", ANY), pos("Solenne Dupuis", "Ocelot Oil"), pos("Harvey Brooke", "Marchbank Energy")],
    ),
    en(
        "Plans to merge Fenwick Publishing with digital media group Sparrowhawk have been dropped after investors in both companies objected to the terms, the two said in a joint statement. "
        "Fenwick's chief executive, Laura Pennington, called the decision 'regrettable but right'.",
        [
            mer(["Fenwick Publishing", "Sparrowhawk"], F),
            pos("Laura Pennington", "Fenwick Publishing"),
        ],
    ),
    en(
        "The chip-testing equipment maker that Lysander Capital agreed to buy in September, Obsidian Test Systems, will be delisted from the Tokyo Stock Exchange next month after the tender offer closed with 94% acceptance.",
        [
            acq("Lysander Capital", "Obsidian Test Systems", C),
        ],
    ),
    en(
        "Victor Halloway, who co-founded cloud security firm Tessellate in 2014, has left the company to start a venture capital fund, Tessellate said. "
        "His co-founder, Grace Liu, remains chief executive.",
        [
            dep("Victor Halloway", "Tessellate", C),
            pos("Grace Liu", "Tessellate"),
        ],
        optional=[pos("Victor Halloway", "Tessellate")],
    ),
    en(
        "A consortium of Gresham Infrastructure and Dutch pension manager Veluwe Pensioen has made an unsolicited £4.5 billion approach for Avonbury Water, the utility confirmed. "
        "Avonbury's board is considering the proposal and has not yet engaged with the consortium.",
        [
            acq("Gresham Infrastructure", "Avonbury Water", T),
            acq("Veluwe Pensioen", "Avonbury Water", T),
        ],
        optional=[par(["Gresham Infrastructure", "Veluwe Pensioen"], ANY)],
    ),
    en(
        "The Okonkwo family has sold its remaining 11% stake in Lagos-based telecom operator Zenith Connect to South African group Umoya Telecom, completing a gradual exit that began in 2021.",
        [
            stake("Umoya Telecom", "Zenith Connect", C),
        ],
    ),
    en(
        "After a six-month search, Harrowgate Semiconductor has named Anjali Rao, a former executive vice president at Intel, as its next chief executive. "
        "Rao, 54, will take up the role in April, succeeding interim CEO Mark Devlin, who will return to his previous job as chief financial officer.",
        [
            hire("Anjali Rao", "Harrowgate Semiconductor", A),
            posh("Mark Devlin", "Harrowgate Semiconductor"),
        ],
        optional=[pos("Anjali Rao", "Intel")],
    ),
    en(
        "Vesper Rail has ordered 60 hydrogen trains from Alstom for €1.1 billion, the largest order of its kind in Europe. "
        "'This is the end of diesel on our regional lines,' said procurement chief Olga Brandt. Deliveries are due to start in 2028.",
        [
            pos("Olga Brandt", "Vesper Rail"),
        ],
    ),
    en(
        "Ardmore Parts raised its hostile tender offer for Kinsale Gear to $38 a share from $33 on Monday, days after Kinsale's board adopted a poison pill to fend off the unwanted approach. "
        "Kinsale said it would review the sweetened bid but reiterated that the company was not for sale.",
        [
            acq("Ardmore Parts", "Kinsale Gear", T),
        ],
    ),
    en(
        "Norrland Kraft is buying again. "
        "The Swedish utility, which spent most of last year digesting its purchase of Finnish grid operator Saimaa Verkko, said on Tuesday it had agreed to take over Baltic wind developer Kuršių Vėjas for €700 million. "
        "The group also said it was in early discussions about a partnership with Norwegian battery maker Fjordcell.",
        [
            acq("Norrland Kraft", "Saimaa Verkko", C),
            acq("Norrland Kraft", "Kuršių Vėjas", A),
            par(["Norrland Kraft", "Fjordcell"], T),
        ],
    ),
    en(
        "The talent war among European cloud providers escalated this week. "
        "Ostara Cloud said it had recruited Benedikt Sauer, chief technology officer of rival Helix Datacenters, along with six members of his team. "
        "Helix said Sauer was 'free to pursue other opportunities' and named his deputy, Yara Haddad, as acting CTO.",
        [
            poa("Ostara Cloud", "Helix Datacenters", C),
            hire("Benedikt Sauer", "Ostara Cloud", C),
            dep("Benedikt Sauer", "Helix Datacenters", C),
            posh("Yara Haddad", "Helix Datacenters"),
        ],
        optional=[pos("Benedikt Sauer", "Helix Datacenters")],
    ),
    en(
        "Voltaic Mesh, the grid-software start-up, has failed to close a planned $120 million funding round after lead investor Ferncastle Ventures pulled out, people familiar with the matter said. "
        "Voltaic is now exploring a sale.",
        [
            inv("Ferncastle Ventures", "Voltaic Mesh", F),
        ],
    ),
    en(
        "Regulators cleared Ashdown Telecom's purchase of Fenland Mobile on Friday on condition that it sells 1,200 mast sites to rival operator Corran Wireless, allowing the deal to close next week.",
        [
            acq("Ashdown Telecom", "Fenland Mobile", A),
        ],
    ),
    en(
        "Three members of the board of Pallister Media Group resigned on Wednesday in protest at the appointment of Jonathan Crewe, a close ally of controlling shareholder Ivo Martell, as chairman. "
        "The departing directors, Anne Sorensen, Kwame Mensah and Beatrice Hall, said in a letter that the process had been 'rushed and opaque'.",
        [
            dep("Anne Sorensen", "Pallister Media Group", C),
            dep("Kwame Mensah", "Pallister Media Group", C),
            dep("Beatrice Hall", "Pallister Media Group", C),
            posh("Jonathan Crewe", "Pallister Media Group"),
        ],
        optional=[
            pos("Ivo Martell", "Pallister Media Group"),
            pos("Anne Sorensen", "Pallister Media Group"),
            pos("Kwame Mensah", "Pallister Media Group"),
            pos("Beatrice Hall", "Pallister Media Group"),
        ],
    ),
    en(
        "Kinetic Wafer agreed to buy Dresden-based equipment maker Elbtal Vakuumtechnik for €560 million, and said its largest shareholder, Japan's Morioka Holdings, would fund part of the deal by buying new shares, lifting its stake to 19.9%.",
        [
            acq("Kinetic Wafer", "Elbtal Vakuumtechnik", A),
            stake("Morioka Holdings", "Kinetic Wafer", A),
        ],
    ),
    # ------------------------------------------------------------------ German
    # --- feindliche Angebote, Kartellamt, Gerüchte
    de(
        "Der Chipausrüster Rhenotec AG hat ein feindliches Übernahmeangebot über 3,8 Milliarden Euro für den Münchner Konkurrenten Isarwerk Halbleiter SE vorgelegt. "
        "Der Vorstand von Isarwerk lehnte die Offerte am Montag als „deutlich zu niedrig“ ab und riet den Aktionären, das Angebot nicht anzunehmen. "
        "Rhenotec-Chef Matthias Brandl zeigte sich unbeeindruckt: Man werde an dem Angebot festhalten.",
        [
            acq("Rhenotec", "Isarwerk Halbleiter", [T, F]),
            pos("Matthias Brandl", "Rhenotec"),
        ],
    ),
    de(
        "Das Bundeskartellamt hat die geplante Fusion der beiden Regionalversorger Stadtwerke Lahntal und Energieversorgung Wetterau untersagt. "
        "Der Zusammenschluss hätte nach Ansicht der Behörde den Wettbewerb bei der Gasversorgung in Mittelhessen erheblich beeinträchtigt. "
        "Die beiden Unternehmen prüfen nun rechtliche Schritte gegen die Entscheidung.",
        [
            mer(["Stadtwerke Lahntal", "Energieversorgung Wetterau"], F),
        ],
    ),
    de(
        "Nach Informationen aus Finanzkreisen prüft der Autozulieferer Brenninger & Falk eine Übernahme des insolventen Kabelspezialisten Vossberg Elektrik. "
        "Entsprechende Gespräche mit dem Insolvenzverwalter befänden sich aber noch in einem sehr frühen Stadium, hieß es. "
        "Ein Sprecher von Brenninger & Falk wollte sich zu „Marktgerüchten“ nicht äußern.",
        [
            acq("Brenninger & Falk", "Vossberg Elektrik", TR),
        ],
    ),
    de(
        "Personalkarussell bei der Nordwind Energie AG: Vorstandschef Klaus-Peter Hemmerich verlässt das Unternehmen zum Jahresende auf eigenen Wunsch. "
        "Sein Nachfolger wird Finanzvorständin Sabine Ortlieb, wie der Aufsichtsrat am Dienstag mitteilte. "
        "Das Finanzressort übernimmt Jens Habermann, der bislang beim Wettbewerber Uckermark Strom als Finanzchef tätig ist.",
        [
            dep("Klaus-Peter Hemmerich", "Nordwind Energie", A),
            posh("Sabine Ortlieb", "Nordwind Energie"),
            hire("Jens Habermann", "Nordwind Energie", A),
        ],
        optional=[
            pos("Klaus-Peter Hemmerich", "Nordwind Energie"),
            pos("Jens Habermann", "Uckermark Strom"),
            dep("Jens Habermann", "Uckermark Strom", ANY),
            poa("Nordwind Energie", "Uckermark Strom", ANY),
        ],
    ),
    de(
        "Der aktivistische Investor Lyncroft Capital hat seinen Anteil an der Kranich Mediengruppe KGaA auf mehr als zehn Prozent aufgestockt. "
        "Das geht aus einer Stimmrechtsmitteilung vom Freitag hervor. "
        "Lyncroft fordert seit Monaten die Abspaltung des TV-Geschäfts und einen Wechsel an der Spitze des Aufsichtsrats.",
        [
            stake("Lyncroft Capital", "Kranich Mediengruppe", C),
        ],
    ),
    de(
        "Die Deutsche Telekom und der Münchner Glasfaseranbieter Isarnetz GmbH gründen ein Gemeinschaftsunternehmen für den Glasfaserausbau im ländlichen Bayern. "
        "An der neuen Gesellschaft, die unter dem Namen Glasfaser Oberland firmieren soll, halten beide Partner je 50 Prozent. "
        "Die Kartellbehörden müssen dem Vorhaben noch zustimmen.",
        [
            par(["Deutsche Telekom", "Isarnetz"], A),
        ],
    ),
    de(
        "Die beiden Softwarehäuser Kessler & Rau und DatenWerk Systeme wollen sich zusammenschließen. "
        "Die geplante „Fusion unter Gleichen“ soll bis Mitte kommenden Jahres abgeschlossen sein, teilten die Unternehmen mit. "
        "Das fusionierte Unternehmen wird von DatenWerk-Chef Florian Seidl geführt; Kessler-&-Rau-Gründer Armin Kessler soll in den Aufsichtsrat wechseln.",
        [
            mer(["Kessler & Rau", "DatenWerk Systeme"], A),
            pos("Florian Seidl", "DatenWerk Systeme"),
            pos("Armin Kessler", "Kessler & Rau"),
        ],
    ),
    de(
        "Der Stuttgarter Autobauer Ravensberg Automobile hat dem Konkurrenten Falkenau Motorenwerke den Leiter der Batterieentwicklung abgeworben. "
        "Thorsten Kühne wechselt zum 1. April nach Stuttgart und übernimmt dort die Verantwortung für die gesamte Elektroantriebssparte, bestätigte ein Sprecher. "
        "Falkenau wollte den Abgang nicht kommentieren.",
        [
            poa("Ravensberg Automobile", "Falkenau Motorenwerke", CA),
            hire("Thorsten Kühne", "Ravensberg Automobile", A),
            dep("Thorsten Kühne", "Falkenau Motorenwerke", A),
        ],
        optional=[pos("Thorsten Kühne", "Falkenau Motorenwerke")],
    ),
    de(
        "Die Siebert Gruppe hat Berichte über einen bevorstehenden Verkauf ihrer Chipsparte Siebert Microelectronics an den US-Konzern Texas Instruments zurückgewiesen. "
        "„An diesen Spekulationen ist nichts dran“, sagte ein Konzernsprecher am Mittwoch. "
        "Ein Wirtschaftsmagazin hatte zuvor berichtet, die Verhandlungen stünden kurz vor dem Abschluss.",
        [
            acq("Texas Instruments", "Siebert Microelectronics", D),
        ],
    ),
    de(
        "Die Verhandlungen über einen Einstieg des Staatsfonds Qadira Investment bei der angeschlagenen Solarfirma Sonnwerk AG sind gescheitert. "
        "Beide Seiten hätten sich nicht auf die Bedingungen einigen können, teilte Sonnwerk am Abend mit. "
        "Vorstandschefin Petra Lindemann kündigte an, nun andere Finanzierungsoptionen zu prüfen.",
        [
            stake("Qadira Investment", "Sonnwerk", F),
            pos("Petra Lindemann", "Sonnwerk"),
        ],
    ),
    de(
        "Der Energiekonzern Westfalia Power hat bei Siemens Energy 14 Gasturbinen für neue Kraftwerke bestellt. "
        "Der Auftrag hat ein Volumen von rund 900 Millionen Euro. "
        "Westfalia-Technikvorstand Uwe Brinkmann sprach von einem „Meilenstein für die Versorgungssicherheit“.",
        [
            pos("Uwe Brinkmann", "Westfalia Power"),
        ],
    ),
    de(
        "Nach dem überraschenden Rücktritt von Vorstandschef Henning Wolters übernimmt bei der Hanseatischen Kabel AG vorübergehend Aufsichtsratsmitglied Dorothea Klee die Führung. "
        "Klee werde für maximal zwölf Monate in den Vorstand entsandt, teilte das Unternehmen mit. "
        "Wolters hatte sein Amt am Wochenende mit sofortiger Wirkung niedergelegt.",
        [
            dep("Henning Wolters", "Hanseatische Kabel", C),
            posh("Dorothea Klee", "Hanseatische Kabel"),
        ],
        optional=[pos("Henning Wolters", "Hanseatische Kabel")],
    ),
    de(
        "Im Bieterkampf um den Leipziger Messtechnikhersteller Saxonia Sensorik legt der Finanzinvestor Brookmere Partners nach: Er bietet nun 47 Euro je Aktie und überbietet damit die Offerte des schwäbischen Familienunternehmens Hägele & Söhne um drei Euro. "
        "Hägele hatte sich bereits mit Gründer und Großaktionär Ralf Winkler auf die Übernahme seines Pakets von 30 Prozent verständigt. "
        "Ob die Schwaben ihr Angebot erhöhen, ist offen.",
        [
            acq("Brookmere Partners", "Saxonia Sensorik", T),
            acq("Hägele & Söhne", "Saxonia Sensorik", [T, A]),
            pos("Ralf Winkler", "Saxonia Sensorik"),
        ],
    ),
    de(
        "Aufsichtsratschef Gerd Falkenhain legt sein Mandat bei der Oldenburger Netzgesellschaft Weser-Ems Netz AG nach der Hauptversammlung im Mai nieder. "
        "Als Nachfolgerin schlägt das Gremium die frühere EWE-Managerin Cornelia Stahl vor, die von den Aktionären noch gewählt werden muss.",
        [
            dep("Gerd Falkenhain", "Weser-Ems Netz", A),
            hire("Cornelia Stahl", "Weser-Ems Netz", [A, R]),
        ],
        optional=[pos("Gerd Falkenhain", "Weser-Ems Netz"), pos("Cornelia Stahl", "EWE")],
    ),
    de(
        "Die Übernahme des Nürnberger Softwareanbieters Pegnitz Data durch den französischen IT-Dienstleister Groupe Valmont ist abgeschlossen. "
        "Alle erforderlichen behördlichen Genehmigungen lägen vor, teilte Valmont mit. "
        "Pegnitz-Gründer Stefan Aurich bleibt Geschäftsführer.",
        [
            acq("Groupe Valmont", "Pegnitz Data", C),
            pos("Stefan Aurich", "Pegnitz Data"),
        ],
    ),
    de(
        "Warum die Fusion von Tannheimer Stahl und Ruhrblech scheiterte. "
        "Monatelang hatten die Vorstände verhandelt, Berater beschäftigt und Synergien durchgerechnet. Am Ende scheiterte der Zusammenschluss an der Frage, wer das neue Unternehmen führen sollte: "
        "Tannheimer-Chef Bernd Vogler bestand auf dem Vorstandsvorsitz, Ruhrblech-Chefin Ilse Marquardt ebenso. "
        "Inzwischen hat Vogler das Unternehmen verlassen; sein Nachfolger Jörg Pfeiffer will einen neuen Anlauf zumindest prüfen.",
        [
            mer(["Tannheimer Stahl", "Ruhrblech"], [F, R]),
            dep("Bernd Vogler", "Tannheimer Stahl", C),
            pos("Ilse Marquardt", "Ruhrblech"),
            posh("Jörg Pfeiffer", "Tannheimer Stahl"),
        ],
        optional=[pos("Bernd Vogler", "Tannheimer Stahl")],
    ),
    de(
        "Das Münchner Quantencomputing-Start-up Qubitera hat in einer Finanzierungsrunde 85 Millionen Euro eingesammelt. "
        "Angeführt wurde die Runde vom Wagniskapitalgeber Alpenblick Ventures; auch der Chipkonzern Infineon beteiligte sich. "
        "Gegründet wurde Qubitera 2020 von den Physikern Lea Hoffmann und Tarik Yilmaz.",
        [
            inv("Alpenblick Ventures", "Qubitera", C),
            inv("Infineon", "Qubitera", C),
            pos("Lea Hoffmann", "Qubitera"),
            pos("Tarik Yilmaz", "Qubitera"),
        ],
    ),
    de(
        "Der Vertriebsvorstand des Kölner Kabelnetzbetreibers Rheinkabel, Michael Brückner, wechselt zum Wettbewerber Domnetz. "
        "Brückner werde das Unternehmen zum 30. Juni verlassen, teilte Rheinkabel am Donnerstag mit. "
        "Bei Domnetz soll er den Posten des Vorstandschefs übernehmen.",
        [
            dep("Michael Brückner", "Rheinkabel", A),
            hire("Michael Brückner", "Domnetz", A),
        ],
        optional=[pos("Michael Brückner", "Rheinkabel"), poa("Domnetz", "Rheinkabel", ANY)],
    ),
    de(
        "Einen Einstieg beim angeschlagenen Windturbinenbauer Nordküste Windkraft schloss der Chef des Energiekonzerns Bavaria Strom, Ludwig Aigner, am Dienstag aus. "
        "„Das ist für uns kein Thema“, sagte Aigner auf der Bilanzpressekonferenz. "
        "Bavaria Strom hatte im Vorjahr den Solarparkentwickler Sonnenfeld Projekt übernommen.",
        [
            acq("Bavaria Strom", "Sonnenfeld Projekt", C),
            pos("Ludwig Aigner", "Bavaria Strom"),
        ],
        optional=[stake("Bavaria Strom", "Nordküste Windkraft", D)],
    ),
    de(
        "Der Dresdner Chipentwickler Elbchip GmbH und der japanische Konzern Renesas haben eine strategische Partnerschaft vereinbart. "
        "Gemeinsam wollen sie Steuerchips für Elektroautos entwickeln. Finanzielle Details wurden nicht genannt.",
        [
            par(["Elbchip", "Renesas"], CA),
        ],
    ),
    de(
        "Die beiden Mobilfunkanbieter Alpha Mobil Austria und Tirolnet bestätigten am Freitag Gespräche über einen möglichen Zusammenschluss. "
        "Eine Einigung sei jedoch noch nicht erzielt worden, hieß es in einer gemeinsamen Mitteilung. "
        "Analysten halten eine Fusion für sinnvoll, da beide Anbieter seit Jahren Marktanteile verlieren.",
        [
            mer(["Alpha Mobil Austria", "Tirolnet"], T),
        ],
    ),
    de(
        "Pallas Software zieht Angebot für Zinnwald IT zurück. "
        "Nach der Ablehnung durch den Großaktionär hat der Darmstädter Softwarekonzern Pallas Software sein Übernahmeangebot für den Dresdner Konkurrenten Zinnwald IT zurückgezogen. "
        "Die Familie Zinnwald, die 38 Prozent der Anteile hält, hatte das Angebot als unzureichend bezeichnet.",
        [
            acq("Pallas Software", "Zinnwald IT", F),
        ],
    ),
    de(
        "Nach 22 Jahren an der Spitze geht Hans-Jürgen Hübschmann, Vorstandsvorsitzender der Hübschmann Antriebstechnik AG, im kommenden Frühjahr in den Ruhestand. "
        "Die Familie, die das Unternehmen kontrolliert, hat sich für eine externe Lösung entschieden: Anna Lindqvist, derzeit Chefin des schwedischen Zulieferers Norrdrive, soll den Posten zum 1. Mai übernehmen.",
        [
            dep("Hans-Jürgen Hübschmann", "Hübschmann Antriebstechnik", A),
            hire("Anna Lindqvist", "Hübschmann Antriebstechnik", A),
            pos("Anna Lindqvist", "Norrdrive"),
        ],
        optional=[pos("Hans-Jürgen Hübschmann", "Hübschmann Antriebstechnik"), dep("Anna Lindqvist", "Norrdrive", ANY)],
    ),
    de(
        "Die Telekommunikationsgruppe Baltnet hat Spekulationen über einen Rückzug ihres Finanzchefs Oliver Sander entschieden zurückgewiesen. "
        "Sander werde seinen Vertrag erfüllen, sagte Aufsichtsratschefin Marianne Kolb am Rande einer Branchenkonferenz.",
        [
            dep("Oliver Sander", "Baltnet", D),
            pos("Marianne Kolb", "Baltnet"),
        ],
        optional=[pos("Oliver Sander", "Baltnet")],
    ),
    de(
        "Der Versorger Rhein-Main Energie hat seine Minderheitsbeteiligung von 24,9 Prozent an dem Kraftwerksbetreiber Kinzig Kraftwerke an den Finanzinvestor Taunus Capital verkauft. "
        "Der Vollzug der Transaktion wird im ersten Quartal erwartet.",
        [
            stake("Taunus Capital", "Kinzig Kraftwerke", A),
        ],
    ),
    de(
        "Es war ein Kampf, der sich über ein Jahr hinzog. Im Frühjahr hatte der Mannheimer Anlagenbauer Neckarwerk AG erstmals Interesse an einer Übernahme des Kasseler Wärmepumpenherstellers Fuldatherm signalisiert. "
        "Der Vorstand von Fuldatherm wies das Ansinnen zurück. Im Herbst kam dann der schwedische Konkurrent Vattenvärme ins Spiel, der schließlich den Zuschlag erhielt: "
        "Seit Montag gehört Fuldatherm zu den Schweden. Neckarwerk ging leer aus.",
        [
            acq("Neckarwerk", "Fuldatherm", F),
            acq("Vattenvärme", "Fuldatherm", C),
        ],
    ),
    de(
        "Der Dresdner Chiphersteller Sachsenhalbleiter hat einen Großauftrag von Bosch erhalten: Über fünf Jahre soll das Unternehmen Leistungshalbleiter im Wert von rund 400 Millionen Euro liefern. "
        "Vorstandschef Frank Reichelt sprach vom größten Auftrag der Firmengeschichte.",
        [
            pos("Frank Reichelt", "Sachsenhalbleiter"),
        ],
    ),
    de(
        "Der Versuch des US-Cloudanbieters Stratocore, den Deutschland-Chef von Wolkenwerk, Sebastian Ehrlich, abzuwerben, ist gescheitert. "
        "Ehrlich habe das Angebot abgelehnt und seinen Vertrag bis 2029 verlängert, bestätigte Wolkenwerk.",
        [
            poa("Stratocore", "Wolkenwerk", F),
            pos("Sebastian Ehrlich", "Wolkenwerk"),
        ],
    ),
    de(
        "Der Finanzinvestor Lindenhof Capital verhandelt exklusiv über die Übernahme der Medienagentur Blaufeuer Media. "
        "Das bestätigten beide Seiten am Mittwoch. Ein Abschluss werde in den kommenden Wochen angestrebt.",
        [
            acq("Lindenhof Capital", "Blaufeuer Media", T),
        ],
    ),
    de(
        "Der chinesische Autobauer Huaxing Motors ist beim Münchner Softwareentwickler Autonomik GmbH eingestiegen. "
        "Für 20 Prozent der Anteile zahlte Huaxing nach Angaben aus Unternehmenskreisen rund 150 Millionen Euro. "
        "Autonomik-Gründer Daniel Reisinger behält die Mehrheit.",
        [
            stake("Huaxing Motors", "Autonomik", C),
            pos("Daniel Reisinger", "Autonomik"),
        ],
    ),
    # --- Vorstandswechsel, Beteiligungen, Bieterkämpfe
    de(
        "Sie war erst seit zwei Jahren im Amt: Technikvorständin Katrin Ebel verlässt den Netzausrüster Kommtec vorzeitig. "
        "Wie das Unternehmen mitteilte, geschieht der Abgang „in gegenseitigem Einvernehmen“. Über ihre Nachfolge soll zeitnah entschieden werden.",
        [
            dep("Katrin Ebel", "Kommtec", CA),
        ],
        optional=[pos("Katrin Ebel", "Kommtec")],
    ),
    de(
        "Im Übernahmekampf um den Windparkbetreiber Friesenstrom hat der Bieter Norrvik Energi seinen Anteil durch Zukäufe an der Börse auf 27 Prozent ausgebaut. "
        "Zugleich erhöhten die Norweger ihr Angebot auf 19,50 Euro je Aktie. "
        "Der Friesenstrom-Vorstand um Vorstandschef Arne Petersen rät den Aktionären weiter zur Ablehnung.",
        [
            acq("Norrvik Energi", "Friesenstrom", [T, C]),
            pos("Arne Petersen", "Friesenstrom"),
        ],
    ),
    de(
        "Die Fusion der Radiovermarkter Funkwerbung Süd und AudioMedia Nord ist vollzogen. "
        "Das neue Unternehmen firmiert als Audioallianz Deutschland und wird von der bisherigen AudioMedia-Geschäftsführerin Yvonne Harms geleitet.",
        [
            mer(["Funkwerbung Süd", "AudioMedia Nord"], C),
            posh("Yvonne Harms", "Audioallianz Deutschland"),
        ],
        optional=[pos("Yvonne Harms", "AudioMedia Nord")],
    ),
    de(
        "Die Schweizer Helvenet AG übernimmt den Mobilfunk-Discounter Preiswert Mobil vom Finanzinvestor Carlyle. "
        "Der Kaufpreis liegt nach Angaben aus Verhandlungskreisen bei rund 600 Millionen Franken. "
        "Die Transaktion soll im zweiten Halbjahr abgeschlossen werden.",
        [
            acq("Helvenet", "Preiswert Mobil", A),
        ],
    ),
    de(
        "Die Aktie der Ostsee Kabelwerke legte am Donnerstag um sieben Prozent zu. "
        "Händler verwiesen auf Spekulationen, der Kabelspezialist könne ins Visier eines Finanzinvestors geraten. "
        "Konkrete Hinweise darauf gebe es allerdings nicht, sagte ein Analyst. Vorstandschef Peter Gramm äußerte sich nicht zu den Gerüchten.",
        [
            pos("Peter Gramm", "Ostsee Kabelwerke"),
        ],
    ),
    de(
        "Der Lkw-Hersteller Brandauer Nutzfahrzeuge und der Brennstoffzellenspezialist H2Motion verhandeln über ein Gemeinschaftsunternehmen zur Produktion von Wasserstoffantrieben. "
        "Das berichtete die Nachrichtenagentur Reuters unter Berufung auf Insider. Beide Unternehmen lehnten eine Stellungnahme ab.",
        [
            par(["Brandauer Nutzfahrzeuge", "H2Motion"], TR),
        ],
    ),
    de(
        "Bei der Westerwald Telekom übernimmt Controlling-Chef Ralf Bender kommissarisch die Aufgaben des Finanzvorstands. "
        "Dessen bisheriger Inhaber Martin Eckert war Anfang der Woche zum Konkurrenten Hessenfunk gewechselt.",
        [
            posh("Ralf Bender", "Westerwald Telekom"),
            dep("Martin Eckert", "Westerwald Telekom", C),
            hire("Martin Eckert", "Hessenfunk", C),
        ],
        optional=[pos("Martin Eckert", "Westerwald Telekom"), poa("Hessenfunk", "Westerwald Telekom", ANY)],
    ),
    de(
        "Der Energiekonzern Elbstrom hat den geplanten Verkauf seiner Gasnetztochter Elbgas Netz an ein Konsortium um den australischen Investor Macquarie abgesagt. "
        "Die Gebote seien hinter den Erwartungen zurückgeblieben, erklärte Elbstrom.",
        [
            acq("Macquarie", "Elbgas Netz", F),
        ],
    ),
    de(
        "Der Industriekonzern Vahrenholt Holding hat seinen Anteil am Zulieferer Lausitzer Gießerei auf 15 Prozent erhöht. "
        "Eine vollständige Übernahme strebe man nicht an, betonte Vahrenholt-Finanzchef Christian Mohr. Marktbeobachter hatten zuletzt über ein Übernahmeangebot spekuliert.",
        [
            stake("Vahrenholt Holding", "Lausitzer Gießerei", C),
            pos("Christian Mohr", "Vahrenholt Holding"),
        ],
        optional=[acq("Vahrenholt Holding", "Lausitzer Gießerei", D)],
    ),
    de(
        "Der Streamingdienst Kinoflux holt sich Verstärkung aus dem klassischen Fernsehen: Claudia Wendt, bislang Programmdirektorin beim Privatsender Kanal Neun, wird zum 1. Juli Inhaltechefin bei Kinoflux. "
        "Kanal Neun bestätigte den Wechsel. Ihre Aufgaben übernimmt vorerst ihr Stellvertreter Dirk Lammers.",
        [
            hire("Claudia Wendt", "Kinoflux", A),
            dep("Claudia Wendt", "Kanal Neun", A),
            posh("Dirk Lammers", "Kanal Neun"),
        ],
        optional=[pos("Claudia Wendt", "Kanal Neun"), poa("Kinoflux", "Kanal Neun", ANY)],
    ),
    de(
        "Wie aus Finanzkreisen verlautet, bereitet der US-Finanzinvestor Silverpine Equity ein Übernahmeangebot für den Frankfurter Rechenzentrumsbetreiber MainData vor. "
        "Silverpine habe bereits Banken für die Finanzierung mandatiert. MainData und Silverpine wollten sich nicht äußern.",
        [
            acq("Silverpine Equity", "MainData", R),
        ],
    ),
    de(
        "Der Halbleiterkonzern Rhenania Semiconductor kauft zu. Wie der Konzern am Montag mitteilte, übernimmt er den niederländischen Hochfrequenzchip-Entwickler Deltawave für 410 Millionen Euro. "
        "Es ist bereits die dritte Übernahme in diesem Jahr; im Februar hatte Rhenania den Sensorspezialisten Optisens gekauft.",
        [
            acq("Rhenania Semiconductor", "Deltawave", A),
            acq("Rhenania Semiconductor", "Optisens", C),
        ],
    ),
    de(
        "Nach massiver Kritik von Aktionären tritt der Aufsichtsratsvorsitzende der Südwest Medien AG, Eberhard Zinn, zurück. "
        "Der Finanzinvestor Harbour Lane, der 12 Prozent an Südwest Medien hält, hatte seine Abberufung gefordert. "
        "Zinns Nachfolger soll der frühere Burda-Manager Tobias Keil werden.",
        [
            dep("Eberhard Zinn", "Südwest Medien", CA),
            hire("Tobias Keil", "Südwest Medien", A),
        ],
        optional=[
            pos("Eberhard Zinn", "Südwest Medien"),
            stake("Harbour Lane", "Südwest Medien", ANY),
            pos("Tobias Keil", "Burda"),
        ],
    ),
    de(
        "Die Düsseldorfer Energiehändler Rheinhandel und Kölner Gaspartner haben Berichte über Fusionsgespräche dementiert. "
        "„Es gibt keine Gespräche“, sagten Sprecher beider Unternehmen übereinstimmend.",
        [
            mer(["Rheinhandel", "Kölner Gaspartner"], D),
        ],
    ),
    de(
        "Der Glasfaseranbieter Vogelsberg Breitband erhält frisches Kapital: Der bisherige Mehrheitseigner, der Infrastrukturfonds Edelweiss Infra Partners, schießt weitere 200 Millionen Euro nach. "
        "Zudem beteiligt sich erstmals der Versicherer Allianz mit einem Minderheitsanteil.",
        [
            inv("Edelweiss Infra Partners", "Vogelsberg Breitband", CA),
            stake("Allianz", "Vogelsberg Breitband", CA),
        ],
    ),
    de(
        "Medienberichten zufolge will der Mischkonzern Lindholm den Vertriebschef des Konkurrenten Sturm Industrietechnik, Marco Bellini, abwerben. "
        "Bellini soll ein lukratives Angebot vorliegen. Eine Entscheidung sei noch nicht gefallen.",
        [
            poa("Lindholm", "Sturm Industrietechnik", TR),
            pos("Marco Bellini", "Sturm Industrietechnik"),
        ],
    ),
    de(
        "Die EU-Kommission hat die Übernahme des Autozulieferers Tauberland Elektronik durch den US-Konzern Westbrook Automotive unter Auflagen genehmigt. "
        "Westbrook muss sich von Tauberlands Geschäft mit Sitzsteuerungen trennen. Der Abschluss der Transaktion wird für Ende des Monats erwartet.",
        [
            acq("Westbrook Automotive", "Tauberland Elektronik", A),
        ],
    ),
    de(
        "Generationswechsel beim Familienunternehmen Brockhaus & Lenz Energietechnik: Seniorchef Wilhelm Lenz zieht sich aus der Geschäftsführung zurück und wechselt in den Beirat. "
        "Seine Tochter Miriam Lenz übernimmt zum Jahreswechsel den Vorsitz der Geschäftsführung.",
        [
            posh("Miriam Lenz", "Brockhaus & Lenz Energietechnik"),
        ],
        optional=[
            dep("Wilhelm Lenz", "Brockhaus & Lenz Energietechnik", ANY),
            posh("Wilhelm Lenz", "Brockhaus & Lenz Energietechnik"),
        ],
    ),
    de(
        "Die Mobilfunktochter Saarfunk hat bei Ericsson und Nokia Netztechnik für den 5G-Ausbau gekauft. "
        "Die Investitionen belaufen sich auf rund 250 Millionen Euro. „Damit investieren wir so viel wie nie zuvor“, sagte Saarfunk-Chef Bernd Altmeier.",
        [
            pos("Bernd Altmeier", "Saarfunk"),
        ],
    ),
    de(
        "Der japanische Elektronikkonzern Akashi Denki will beim Oberpfälzer Leiterplattenhersteller Naabtal Circuits einsteigen und 35 Prozent der Anteile übernehmen. "
        "Ein entsprechender Vertrag sei unterzeichnet, teilte Naabtal mit. Die Kartellbehörden müssen noch zustimmen.",
        [
            stake("Akashi Denki", "Naabtal Circuits", A),
        ],
    ),
    de(
        "Gleich drei Führungskräfte hat der Cloudanbieter Gipfelwolke dem Konkurrenten Datenhafen abgeworben. "
        "Zu ihnen gehört der bisherige Vertriebschef Lukas Berger, der künftig das Europageschäft von Gipfelwolke verantwortet.",
        [
            poa("Gipfelwolke", "Datenhafen", C),
            hire("Lukas Berger", "Gipfelwolke", CA),
            dep("Lukas Berger", "Datenhafen", CA),
        ],
        optional=[pos("Lukas Berger", "Datenhafen")],
    ),
    de(
        "Der Energietechnikkonzern Kranzberg AG hat die geplante Übernahme des Batteriespeicher-Herstellers Voltspeicher abgesagt. "
        "Bei der Buchprüfung seien „erhebliche Unstimmigkeiten“ aufgetaucht, hieß es. "
        "Die Absage hat personelle Folgen: Strategievorstand Helmut Sauer, der den Deal vorangetrieben hatte, verlässt das Unternehmen mit sofortiger Wirkung.",
        [
            acq("Kranzberg", "Voltspeicher", F),
            dep("Helmut Sauer", "Kranzberg", C),
        ],
        optional=[pos("Helmut Sauer", "Kranzberg")],
    ),
    de(
        "Um die zum Verkauf stehende Kabelsparte des Industriekonzerns Oderwerke, die Oderkabel GmbH, bemühen sich nach Informationen aus Branchenkreisen mindestens drei Interessenten. "
        "Genannt werden der Finanzinvestor Ashwood Capital, der italienische Kabelhersteller Cavi Lombardi sowie die belgische Nexion-Gruppe. "
        "Die Gebote sollen bis Ende Oktober vorliegen.",
        [
            acq("Ashwood Capital", "Oderkabel", TR),
            acq("Cavi Lombardi", "Oderkabel", TR),
            acq("Nexion", "Oderkabel", TR),
        ],
    ),
    de(
        "Die beiden Chipdesign-Häuser Silizium Nord und Bayern Halbleiter Design (BHD) schließen sich zusammen. "
        "Künftig sollen die Aktionäre von Silizium Nord 52 Prozent am gemeinsamen Unternehmen halten. "
        "Vorstandschef des neuen Konzerns wird BHD-Chef Konrad Weiß; Silizium-Nord-Chefin Hanna Petersen übernimmt das Finanzressort.",
        [
            mer(["Silizium Nord", "Bayern Halbleiter Design"], A),
            pos("Konrad Weiß", "Bayern Halbleiter Design"),
            pos("Hanna Petersen", "Silizium Nord"),
        ],
    ),
    de(
        "Berichte über einen Einstieg des Autobauers Meissner Automobilwerke beim Robotaxi-Start-up Fahrlos seien „frei erfunden“, erklärte ein Meissner-Sprecher. "
        "Man arbeite lediglich bei einem Pilotprojekt in Hamburg zusammen.",
        [
            stake("Meissner Automobilwerke", "Fahrlos", D),
            par(["Meissner Automobilwerke", "Fahrlos"], CA),
        ],
    ),
    de(
        "Im Interview erklärt Ulrike Brandstätter, Vorstandschefin der Alpenwasser Kraftwerke AG, warum sie trotz hoher Strompreise nicht an Zukäufe denkt. "
        "„Wir haben genug mit uns selbst zu tun“, sagt die 52-Jährige, die vor drei Jahren von der Konkurrenz zu Alpenwasser gekommen war.",
        [
            pos("Ulrike Brandstätter", "Alpenwasser Kraftwerke"),
        ],
        optional=[hire("Ulrike Brandstätter", "Alpenwasser Kraftwerke", C)],
    ),
    de(
        "Der Kabelnetzbetreiber Vogtland Kabel GmbH & Co. KG hat die Übernahme des regionalen Internetanbieters Erzgebirgsnetz abgeschlossen. "
        "Verkäufer war die Stadtwerke-Holding Chemnitz-Land, die sich auf ihr Kerngeschäft konzentrieren will.",
        [
            acq("Vogtland Kabel", "Erzgebirgsnetz", C),
        ],
    ),
    de(
        "Paukenschlag bei der Münchner Mediengruppe Isar Medien: Vorstandschef Frederik Hallstein kündigte am Mittwoch seinen Rücktritt zum Monatsende an. "
        "Bis ein Nachfolger gefunden ist, führt Finanzvorständin Judith Brandt das Unternehmen kommissarisch. "
        "Mit der Suche wurde die Personalberatung Egon Zehnder beauftragt.",
        [
            dep("Frederik Hallstein", "Isar Medien", A),
            posh("Judith Brandt", "Isar Medien"),
        ],
        optional=[pos("Frederik Hallstein", "Isar Medien")],
    ),
]
