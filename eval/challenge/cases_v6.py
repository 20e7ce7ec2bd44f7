# ruff: noqa: E501
"""Challenge set v6: short multi-sentence news passages (English and German).

Written blind by a helper on 2026-11-26, for error analysis. The helper did not
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
    en(
        "Norvane Buys Data-Labeling Startup Pixelgrove\n\n"
        "Norvane Holdings said on Tuesday it had completed the purchase of Pixelgrove, a Lisbon-based data-labeling company, for about $210 million. "
        "The deal gives the Boston firm a foothold in southern Europe, where Pixelgrove employs some 400 annotators. "
        "Pixelgrove co-founder Marta Quintela will stay on to run the business as a unit of Norvane.",
        [acq("Norvane Holdings", "Pixelgrove", C), pos("Marta Quintela", "Pixelgrove")],
        optional=[pos("Marta Quintela", "Norvane Holdings")],
    ),
    en(
        "Kestrel Pharma has agreed to buy a smaller rival in a deal valued at $1.4 billion, the company said on Monday. "
        "The target, Ohio-based Lumeris Therapeutics, develops treatments for rare liver diseases. "
        "The transaction is expected to close in the first quarter, subject to regulatory approval. "
        "Kestrel chief executive Dana Whitfield called the deal “a natural fit for our pipeline.”",
        [acq("Kestrel Pharma", "Lumeris Therapeutics", A), pos("Dana Whitfield", "Kestrel Pharma")],
    ),
    en(
        "Oberline Capital is in advanced talks to acquire industrial software maker Tessary, according to three people familiar with the matter. "
        "A deal could be announced as soon as next week and would value Tessary at roughly $3 billion including debt, the people said, asking not to be identified because the discussions are private. "
        "Representatives for both companies declined to comment.",
        [acq("Oberline Capital", "Tessary", TR)],
    ),
    en(
        "Private equity firm Halvard Partners is weighing a bid for Brightwell Foods, Bloomberg News reported on Wednesday, citing unnamed sources. "
        "Halvard has been working with advisers on a possible offer, but no final decision has been made, the report said. "
        "Brightwell, which makes frozen bakery products, has a market value of about $900 million.",
        [acq("Halvard Partners", "Brightwell Foods", R)],
    ),
    en(
        "UK watchdog blocks Castellan's Ferrow takeover\n\n"
        "Britain's competition regulator has blocked Castellan Group's proposed £600 million takeover of Ferrow Logistics, saying the deal would push up delivery prices for retailers. "
        "Castellan said it was disappointed by the decision and would not appeal. "
        "The company had agreed to buy its smaller rival in March last year.",
        [acq("Castellan Group", "Ferrow Logistics", F)],
    ),
    en(
        "Quillon Energy has rejected an unsolicited takeover proposal from Arden Peak Resources, saying the 42-pence-per-share offer significantly undervalued the company. "
        "Arden Peak, which already owns 9% of Quillon, said it was considering its options. "
        "Quillon's board unanimously recommended that shareholders take no action.",
        [acq("Arden Peak Resources", "Quillon Energy", F)],
        optional=[stake("Arden Peak Resources", "Quillon Energy", C)],
    ),
    en(
        "Solvane denied a newspaper report on Thursday that it was preparing to sell its payments unit Paynexa to Fiserv. "
        "“There are no talks and no such plans,” a spokeswoman for the Amsterdam-based company said. "
        "The Financial Times had reported that the two sides were discussing a deal worth about €800 million.",
        [acq("Fiserv", "Paynexa", D)],
    ),
    en(
        "Carrow Medical has walked away from its planned acquisition of Dentalis, ending months of negotiations. "
        "Carrow said the two sides could not agree on price after Dentalis's latest quarterly results came in below expectations. "
        "Shares in the dental-implant maker fell 14% in early trading.",
        [acq("Carrow Medical", "Dentalis", F)],
    ),
    en(
        "Tallyo raises $45M to take invoicing automation to France and Spain\n\n"
        "Berlin-based fintech Tallyo has raised $45 million in a Series B round, the company said on Wednesday. "
        "The round was led by Northzone, with participation from existing investors Cherry Ventures and Seedcamp. "
        "Tallyo, which helps small businesses automate invoicing, plans to use the money to expand into France and Spain.",
        [inv("Northzone", "Tallyo", C), inv("Cherry Ventures", "Tallyo", C), inv("Seedcamp", "Tallyo", C)],
    ),
    en(
        "Quarry, an AI tool for mining engineers, lands $12M seed\n\n"
        "Quarry, a startup that uses machine learning to plan open-pit mines, has closed a $12 million seed round. "
        "Gradient Ventures led the round, and Fifth Wall and a group of angel investors also took part. "
        "The company was founded in 2024 by Priya Raman, a former geologist at Rio Tinto, and Tomás Ibarra.",
        [
            inv("Gradient Ventures", "Quarry", C),
            inv("Fifth Wall", "Quarry", C),
            pos("Priya Raman", "Quarry"),
            pos("Tomás Ibarra", "Quarry"),
        ],
        optional=[pos("Priya Raman", "Rio Tinto"), dep("Priya Raman", "Rio Tinto", C)],
    ),
    en(
        "Sableform, the maker of compostable food packaging, is in talks to raise new funding at a valuation of about $1 billion, people familiar with the matter said. "
        "Tiger Global is expected to lead the round, one of the people said. "
        "Sableform last raised money in 2025, when it was valued at $400 million.",
        [inv("Tiger Global", "Sableform", TR)],
    ),
    en(
        "Japan's Murakawa Industries has taken a 20% stake in Dutch battery recycler Circulon for an undisclosed sum. "
        "The investment makes Murakawa the largest outside shareholder in the Eindhoven company. "
        "Circulon said the tie-up would also give it access to Murakawa's supply chain in Asia.",
        [stake("Murakawa Industries", "Circulon", C)],
        optional=[par(["Murakawa Industries", "Circulon"], ANY)],
    ),
    en(
        "Two of Scandinavia's largest ferry operators, Nordlys Line and Baltrum Shipping, agreed to merge in an all-share deal that will create a company with annual revenue of about $2.3 billion. "
        "Shareholders of Nordlys will own 55% of the combined group, which will be led by Baltrum chief executive Henrik Solberg. "
        "The merger still needs approval from competition authorities in Norway and the EU.",
        [mer(["Nordlys Line", "Baltrum Shipping"], A), pos("Henrik Solberg", "Baltrum Shipping")],
    ),
    en(
        "Regional lenders Fairhaven Bancorp and Tidewater Savings are in preliminary merger talks, the two banks confirmed on Friday after a report in the Wall Street Journal. "
        "“There can be no certainty that any transaction will result,” they said in a joint statement. "
        "Together the banks would have about $14 billion in assets.",
        [mer(["Fairhaven Bancorp", "Tidewater Savings"], T)],
    ),
    en(
        "Ashgrove, Pellmont complete merger\n\n"
        "Insurance brokers Ashgrove and Pellmont have completed their merger, creating the UK's fifth-largest broker by premiums placed. "
        "The combined business will trade as Ashgrove Pellmont and be headquartered in Leeds. "
        "Former Pellmont chief executive Julia Marsh becomes chair of the new group.",
        [mer(["Ashgrove", "Pellmont"], C), pos("Julia Marsh", "Pellmont")],
        optional=[
            posh("Julia Marsh", "Ashgrove Pellmont"),
            pos("Julia Marsh", "Ashgrove Pellmont"),
            hire("Julia Marsh", "Ashgrove Pellmont", ANY),
        ],
    ),
    en(
        "Vireo Bio licenses migraine drug to Novartis\n\n"
        "Vireo Bio has licensed its experimental migraine drug to Novartis in a deal worth up to $650 million, the Cambridge, Massachusetts-based company said. "
        "Under the agreement, Novartis will pay $80 million upfront and take over development and commercialisation outside China. "
        "Vireo shares more than doubled in premarket trading.",
        [par(["Vireo Bio", "Novartis"], CA)],
    ),
    en(
        "Steelmaker Harrowgate and chemicals group Orvane said on Tuesday they would form a joint venture to produce green hydrogen in northern Spain. "
        "Each company will hold 50% of the venture, which is expected to start production in 2028. "
        "The partners plan to invest about €1.2 billion over the next four years.",
        [par(["Harrowgate", "Orvane"], CA)],
    ),
    en(
        "Delmar Systems has won a $300 million contract from the U.S. Army to supply ruggedised field computers, the Virginia-based company said on Monday. "
        "The five-year agreement is the largest in Delmar's history. "
        "Its shares rose 11% in after-hours trading.",
        [],
    ),
    en(
        "Trelawny Bank hires Mercia's Desai as finance chief\n\n"
        "Trelawny Bank said on Thursday that Anika Desai will join as chief financial officer in March. "
        "Desai, 47, is currently finance director at Mercia Insurance, where she has worked for eight years. "
        "She succeeds Paul Grint, who is retiring after two decades at the lender.",
        [
            hire("Anika Desai", "Trelawny Bank", A),
            pos("Anika Desai", "Mercia Insurance"),
            dep("Paul Grint", "Trelawny Bank", A),
        ],
        optional=[
            dep("Anika Desai", "Mercia Insurance", A),
            pos("Paul Grint", "Trelawny Bank"),
            pos("Anika Desai", "Trelawny Bank"),
        ],
    ),
    en(
        "Former Google executive Lena Hartmann has joined Skyforge Robotics as chief operating officer, the San Francisco startup said. "
        "Hartmann spent eleven years at Google, most recently leading hardware operations for its Pixel devices. "
        "She reports to Skyforge co-founder and CEO Arjun Mehta.",
        [
            hire("Lena Hartmann", "Skyforge Robotics", C),
            pos("Lena Hartmann", "Google"),
            pos("Arjun Mehta", "Skyforge Robotics"),
        ],
        optional=[dep("Lena Hartmann", "Google", C), pos("Lena Hartmann", "Skyforge Robotics")],
    ),
    en(
        "Corvale CEO quits after expenses probe\n\n"
        "Corvale's chief executive Simon Ashby resigned on Tuesday after an internal investigation into his expense claims, the company said. "
        "The board appointed finance chief Rachel Oduya as interim CEO while it searches for a permanent successor. "
        "Shares in the British retailer fell 6%.",
        [dep("Simon Ashby", "Corvale", C), pos("Simon Ashby", "Corvale"), posh("Rachel Oduya", "Corvale")],
        optional=[pos("Rachel Oduya", "Corvale"), hire("Rachel Oduya", "Corvale", ANY)],
    ),
    en(
        "Halcyon Games has fired its chief technology officer, Marcus Lindqvist, less than a year after he joined from Ubisoft, according to an internal memo seen by Reuters. "
        "The Stockholm-based studio did not give a reason for the dismissal. "
        "Lindqvist did not respond to a request for comment.",
        [dep("Marcus Lindqvist", "Halcyon Games", C), pos("Marcus Lindqvist", "Halcyon Games")],
        optional=[
            dep("Marcus Lindqvist", "Ubisoft", C),
            hire("Marcus Lindqvist", "Halcyon Games", C),
            pos("Marcus Lindqvist", "Ubisoft"),
        ],
    ),
    en(
        "Bramwell Engineering said its chairman, Geoffrey Hale, will step down at the annual meeting in May after 12 years on the board. "
        "The company has begun a search for his successor. "
        "Hale, 71, previously ran the defence group Ardent Systems.",
        [
            dep("Geoffrey Hale", "Bramwell Engineering", A),
            pos("Geoffrey Hale", "Bramwell Engineering"),
            pos("Geoffrey Hale", "Ardent Systems"),
        ],
    ),
    en(
        "Veridian Cloud's head of sales for Europe, Tobias Wren, is leaving the company to join rival Stratosync, two people with knowledge of the move said. "
        "Wren will start at Stratosync next month as chief revenue officer, one of the people said. "
        "Veridian declined to comment.",
        [
            dep("Tobias Wren", "Veridian Cloud", [R, A]),
            hire("Tobias Wren", "Stratosync", [R, A]),
            pos("Tobias Wren", "Veridian Cloud"),
        ],
        optional=[poa("Stratosync", "Veridian Cloud", ANY), pos("Tobias Wren", "Stratosync")],
    ),
    en(
        "Autonomous trucking startup Haulwise has hired more than a dozen engineers from Waymo over the past six months, according to LinkedIn profiles reviewed by The Information. "
        "Among them is Grace Liu, who led Waymo's perception team and is now Haulwise's vice president of engineering. "
        "Haulwise chief executive Ben Okafor said the company was “hiring the best people wherever they are.”",
        [poa("Haulwise", "Waymo", C), hire("Grace Liu", "Haulwise", C), pos("Ben Okafor", "Haulwise")],
        optional=[dep("Grace Liu", "Waymo", C), pos("Grace Liu", "Waymo"), pos("Grace Liu", "Haulwise")],
    ),
    en(
        "Hedge fund Carrick Point is trying to lure portfolio managers away from Millbrook Capital with pay packages of up to $20 million, according to people familiar with the matter. "
        "At least three Millbrook traders have been approached in recent weeks, the people said. "
        "Carrick Point and Millbrook declined to comment.",
        [poa("Carrick Point", "Millbrook Capital", TR)],
    ),
    en(
        "Loomwise founder Sarah Kettering unveiled the company's first hardware product on Tuesday, a $199 smart speaker designed for classrooms. "
        "The device will go on sale in the U.S. in September, Kettering told reporters in Austin. "
        "Loomwise has so far sold only software to schools.",
        [pos("Sarah Kettering", "Loomwise")],
    ),
    en(
        "Packaged-food makers Gentry Foods and Oakhill Brands both reported weaker-than-expected quarterly sales on Thursday, as shoppers traded down to cheaper store brands. "
        "Gentry's revenue fell 4%, while Oakhill's slipped 2%. "
        "Both companies cut their full-year outlooks.",
        [],
    ),
    en(
        "Pelorus Devices has sued Cobalt Audio in federal court in Delaware, accusing the headphone maker of copying its noise-cancelling technology. "
        "Pelorus is seeking unspecified damages and a ban on sales of three Cobalt models. "
        "Cobalt said the lawsuit was without merit and that it would defend itself vigorously.",
        [],
    ),
    en(
        "Analysts at Jefferies upgraded shares of Tandem Rail to “buy” on Monday, citing improving margins and the possibility of takeover interest from larger rivals such as Siemens. "
        "The brokerage raised its price target to $58 from $41. "
        "Tandem Rail has not said it is open to offers.",
        [],
        optional=[acq("Siemens", "Tandem Rail", R)],
    ),
    en(
        "Kilnworth and Dovecote Brewing deny merger report\n\n"
        "Brewers Kilnworth and Dovecote Brewing on Monday denied a weekend report that they were in merger talks. "
        "“We are not in discussions with Dovecote,” a Kilnworth spokesman said. "
        "Dovecote said it was “fully focused on its standalone strategy.”",
        [mer(["Kilnworth", "Dovecote Brewing"], D)],
    ),
    en(
        "Meridian Payments reported higher third-quarter revenue on Wednesday. "
        "It also said it would buy Czech payment processor Platba Digital for $150 million in cash, its third acquisition this year. "
        "The deal is expected to close by the end of December.",
        [acq("Meridian Payments", "Platba Digital", A)],
    ),
    en(
        "Volterra Motors is buying a stake in solid-state battery developer Ionblade. "
        "The carmaker will pay $300 million for a 15% holding, Ionblade said in a statement, and the two companies will jointly develop cells for Volterra's 2029 models. "
        "Ionblade was spun out of a university lab in Colorado in 2021.",
        [stake("Volterra Motors", "Ionblade", A), par(["Volterra Motors", "Ionblade"], CA)],
    ),
    en(
        "The chief executive of Dunmore Telecom is stepping down after nine years, the company said on Monday. "
        "Neil Garvey, 63, will hand over to Sophie Lark, currently head of the group's consumer business, on July 1. "
        "Garvey will remain as an adviser until the end of the year.",
        [
            dep("Neil Garvey", "Dunmore Telecom", A),
            pos("Neil Garvey", "Dunmore Telecom"),
            posh("Sophie Lark", "Dunmore Telecom"),
        ],
        optional=[pos("Sophie Lark", "Dunmore Telecom"), hire("Sophie Lark", "Dunmore Telecom", ANY)],
    ),
    en(
        "Private equity group Redfern Capital has agreed to sell software firm Taskbridge to Oracle for $2.1 billion, Redfern said on Friday. "
        "Taskbridge, whose tools are used by hospitals to schedule staff, was bought by Redfern in 2021 for less than half that amount. "
        "Oracle said the business would become part of its health unit.",
        [acq("Oracle", "Taskbridge", A)],
        optional=[acq("Redfern Capital", "Taskbridge", C)],
    ),
    en(
        "Gannet Aerospace closes Wexford deal\n\n"
        "Gannet Aerospace has closed its $780 million acquisition of Wexford Composites, the Kansas-based maker of carbon-fibre parts for aircraft. "
        "Wexford will operate as a standalone division under its current president, Ellen Brody. "
        "Gannet had announced the deal in March.",
        [acq("Gannet Aerospace", "Wexford Composites", C), pos("Ellen Brody", "Wexford Composites")],
    ),
    en(
        "Gridlark, a developer of software for grid-scale batteries, today announced a $30 million Series A led by Breakthrough Energy Ventures. "
        "Existing investors Lowercarbon Capital and Union Square Ventures also participated. "
        "“This funding lets us triple the team,” said Gridlark co-founder and CEO Mara Lindholm.",
        [
            inv("Breakthrough Energy Ventures", "Gridlark", C),
            inv("Lowercarbon Capital", "Gridlark", C),
            inv("Union Square Ventures", "Gridlark", C),
            pos("Mara Lindholm", "Gridlark"),
        ],
    ),
    en(
        "Shares of Caldera Mining and Westbrook Copper rose sharply on Thursday after copper prices hit a record high. "
        "Caldera gained 8% and Westbrook 6%, while larger rival Anglo American added 3%. "
        "Traders cited supply disruptions in Chile.",
        [],
    ),
    en(
        "The Qatar Investment Authority is considering buying a minority stake in Italian luxury group Vessaria, according to people familiar with the matter. "
        "The sovereign wealth fund has held early discussions with the Milan-based company's founding family, the people said. "
        "Vessaria declined to comment.",
        [stake("Qatar Investment Authority", "Vessaria", TR)],
    ),
    en(
        "Talks between Orbis Media and Paxton Broadcasting over a combination of the two companies have ended without agreement, Orbis said on Tuesday. "
        "The two had been discussing a merger since January. "
        "Orbis said it would continue to pursue its strategy independently.",
        [mer(["Orbis Media", "Paxton Broadcasting"], F)],
    ),
    en(
        "Lindgren Motors poaches BMW design executive\n\n"
        "Lindgren Motors has named Carla Vogt as its new head of design, poaching her from BMW, where she oversaw the design of electric models. "
        "Vogt will start in April, the Swedish carmaker said.",
        [
            hire("Carla Vogt", "Lindgren Motors", A),
            dep("Carla Vogt", "BMW", A),
            poa("Lindgren Motors", "BMW", CA),
        ],
        optional=[pos("Carla Vogt", "BMW"), pos("Carla Vogt", "Lindgren Motors")],
    ),
    en(
        "Fenwick Air has ordered 40 A320neo jets from Airbus, the budget carrier said on Wednesday, in a deal worth about $4.8 billion at list prices. "
        "Deliveries are scheduled to begin in 2029. "
        "The airline also took options on 20 more aircraft.",
        [],
    ),
    en(
        "Blackstone, Brookfield circle resort chain Tamarind - sources\n\n"
        "Tamarind Hotels is exploring a sale and has drawn early interest from Blackstone and Brookfield, Reuters reported, citing sources. "
        "The Singapore-based chain, which operates 60 resorts across Asia, could fetch more than $2 billion, the sources said. "
        "Tamarind said it regularly reviews strategic options.",
        [acq("Blackstone", "Tamarind Hotels", R), acq("Brookfield", "Tamarind Hotels", R)],
    ),
    en(
        "Felix Amundsen, who founded food delivery app Snackr in 2017, is leaving the company to start a new venture, he said in a LinkedIn post on Monday. "
        "Amundsen stepped back from day-to-day management last year, when former Uber executive Dana Cole took over as CEO.",
        [
            dep("Felix Amundsen", "Snackr", A),
            pos("Felix Amundsen", "Snackr"),
            posh("Dana Cole", "Snackr"),
            pos("Dana Cole", "Uber"),
        ],
        optional=[pos("Dana Cole", "Snackr"), hire("Dana Cole", "Snackr", C)],
    ),
]
CASES += [
    en(
        "Frankfurt-listed Aurelian SE said on Monday it had agreed to sell its chemicals distribution arm, Kemfort, to U.S. buyout firm KKR for €1.1 billion. "
        "The disposal is part of a plan announced last year to focus the group on specialty materials. "
        "Aurelian expects to use the proceeds to pay down debt.",
        [acq("KKR", "Kemfort", A)],
    ),
    en(
        "Microsoft has invested $250 million in Paravel AI, an Israeli chip designer, as part of a $400 million funding round, the startup said on Tuesday. "
        "The round also included Nvidia and existing backer Aleph. "
        "Paravel's chips are designed to run large language models using a fraction of the power of conventional processors.",
        [inv("Microsoft", "Paravel AI", C), inv("Nvidia", "Paravel AI", C), inv("Aleph", "Paravel AI", C)],
    ),
    en(
        "Shareholders of Brennan Utilities voted down the company's proposed sale to Maple Infrastructure Partners on Thursday, dealing a blow to the Canadian fund. "
        "Only 58% of votes cast supported the deal, short of the two-thirds majority required. "
        "Maple said it would not raise its offer.",
        [acq("Maple Infrastructure Partners", "Brennan Utilities", F)],
    ),
    en(
        "Crestline Insurance has appointed Mariam Haddad as chief risk officer with immediate effect. "
        "Haddad previously held the same role at Zurich Insurance Group. "
        "She replaces Tom Ecker, who left the insurer in June to join Aviva.",
        [
            hire("Mariam Haddad", "Crestline Insurance", C),
            pos("Mariam Haddad", "Zurich Insurance Group"),
            dep("Tom Ecker", "Crestline Insurance", C),
            hire("Tom Ecker", "Aviva", C),
        ],
        optional=[
            dep("Mariam Haddad", "Zurich Insurance Group", C),
            pos("Mariam Haddad", "Crestline Insurance"),
            pos("Tom Ecker", "Crestline Insurance"),
            poa("Aviva", "Crestline Insurance", ANY),
        ],
    ),
    en(
        "Fablecraft, a London startup that makes AI-narrated audiobooks, has signed a partnership with Penguin Random House to produce audio editions of 5,000 backlist titles. "
        "Financial terms were not disclosed. "
        "The publisher said the deal would not affect its work with human narrators.",
        [par(["Fablecraft", "Penguin Random House"], CA)],
    ),
    en(
        "Arclight's new mixed-reality headset, unveiled on Wednesday, runs on Qualcomm's latest Snapdragon chip and will cost $1,299. "
        "The company said it expects to ship the device before Christmas. "
        "Arclight competes with Apple and Meta in the small but growing market.",
        [],
    ),
    en(
        "Torrin Labs is suing its former chief executive, Helen Park, alleging she took trade secrets when she left to found a rival company, Quillbyte. "
        "Park, who ran Torrin from 2019 to 2024, denied the allegations in a statement. "
        "Quillbyte raised $8 million from angel investors earlier this year.",
        [pos("Helen Park", "Torrin Labs"), pos("Helen Park", "Quillbyte")],
        optional=[dep("Helen Park", "Torrin Labs", C)],
    ),
    en(
        "The combination of Westmark Logistics and Pioneer Freight, announced on Monday, will create North America's third-largest trucking company. "
        "Under the terms, Westmark shareholders will receive 0.8 Pioneer shares for each share they hold. "
        "The deal is expected to close in the second half of the year.",
        [mer(["Westmark Logistics", "Pioneer Freight"], A)],
        optional=[acq("Pioneer Freight", "Westmark Logistics", A)],
    ),
    en(
        "The European Investment Bank will invest €50 million in Dutch e-bike maker Velora, the lender said on Thursday. "
        "The money will help Velora build a second factory near Utrecht. "
        "The EU bank has backed several European mobility startups in recent years.",
        [inv("European Investment Bank", "Velora", A)],
    ),
    en(
        "Seaborne Holdings agreed to buy 70% of Chilean salmon farmer Aguaclara for $420 million. "
        "The Hong Kong-listed group will acquire the rest of the company over five years under a put-and-call arrangement, it said in a filing.",
        [acq("Seaborne Holdings", "Aguaclara", A)],
    ),
    en(
        "Brightpath Retail is in talks with former Walmart executive Kevin Moreau about becoming its next chief executive, according to two people briefed on the matter. "
        "The discount chain has been without a permanent CEO since October. "
        "Moreau ran Walmart's Mexican business until last year.",
        [hire("Kevin Moreau", "Brightpath Retail", TR), pos("Kevin Moreau", "Walmart")],
    ),
    en(
        "Castor Bank on Wednesday denied a report that its chief executive, Alain Ferrand, was preparing to step down. "
        "“Alain is fully committed to the bank and its strategy,” a spokesman said. "
        "Le Monde had reported that Ferrand planned to leave after the annual results.",
        [dep("Alain Ferrand", "Castor Bank", D), pos("Alain Ferrand", "Castor Bank")],
    ),
    en(
        "Zentriq's attempt to lure star chip designer Omar Siddiqui away from Arm has failed, people familiar with the matter said. "
        "The Austin-based startup had offered Siddiqui a package worth more than $30 million, but he decided to stay, the people said.",
        [poa("Zentriq", "Arm", F)],
        optional=[hire("Omar Siddiqui", "Zentriq", F), pos("Omar Siddiqui", "Arm")],
    ),
    en(
        "Ravel lifts stake in Octavia to 29.9%\n\n"
        "Ravel Investments has raised its holding in Octavia Telecom to 29.9%, just below the threshold that would trigger a mandatory takeover bid under Italian rules. "
        "Ravel, controlled by the billionaire Bruno Ravelli, first bought into the company in 2023.",
        [stake("Ravel Investments", "Octavia Telecom", C)],
        optional=[pos("Bruno Ravelli", "Ravel Investments")],
    ),
    en(
        "Kessler Auto and Japan's Hanwa Motors said on Friday they would dissolve their Chinese joint venture after years of falling sales. "
        "The venture, set up in 2011, will stop producing cars by the end of next year. "
        "Kessler will take a charge of about €400 million.",
        [par(["Kessler Auto", "Hanwa Motors"], F)],
    ),
    en(
        "Lattice Health to buy Oakridge Clinics; Oakridge CEO to leave\n\n"
        "Lattice Health agreed to acquire Oakridge Clinics for $960 million in cash. "
        "Oakridge chief executive Peter Vance will leave the company once the deal closes, Lattice said, while Oakridge's 40 clinics will be folded into its primary-care division.",
        [
            acq("Lattice Health", "Oakridge Clinics", A),
            dep("Peter Vance", "Oakridge Clinics", A),
            pos("Peter Vance", "Oakridge Clinics"),
        ],
    ),
    en(
        "Apple is in talks with Sonaris, a small Finnish startup, to license its noise-cancelling technology for future AirPods, The Information reported on Thursday. "
        "Sonaris, founded by former Nokia engineers, has about 40 employees. "
        "Apple did not respond to a request for comment.",
        [par(["Apple", "Sonaris"], TR)],
    ),
    en(
        "Orbital launch company Skyreach will go public through a merger with blank-check firm Altitude Acquisition Corp, the companies said on Monday. "
        "The deal values Skyreach at $1.6 billion. "
        "The combined company will be listed on the Nasdaq under the ticker SKYR.",
        [mer(["Skyreach", "Altitude Acquisition Corp"], A)],
        optional=[acq("Altitude Acquisition Corp", "Skyreach", A)],
    ),
    en(
        "The German government has blocked Chinese investor Huaxin Capital from buying a 24.9% stake in chipmaker Eltrona, citing national security. "
        "It was the third such veto this year. "
        "Eltrona, based near Dresden, makes power semiconductors used in electric cars.",
        [stake("Huaxin Capital", "Eltrona", F)],
    ),
    en(
        "Corvid AI, the Paris-based model developer, said it had hired four researchers from Google DeepMind, including Élodie Marchand, who co-led work on the Gemini models. "
        "Marchand will head Corvid's new research lab in London, the company said.",
        [poa("Corvid AI", "Google DeepMind", C), hire("Élodie Marchand", "Corvid AI", C)],
        optional=[
            dep("Élodie Marchand", "Google DeepMind", C),
            pos("Élodie Marchand", "Google DeepMind"),
            pos("Élodie Marchand", "Corvid AI"),
        ],
    ),
    en(
        "Tessela co-founder Nadia Ferreira has been appointed to the board of Portuguese utility Luzen, the company said on Friday. "
        "Ferreira, whose startup makes software for solar installers, becomes the board's youngest member.",
        [hire("Nadia Ferreira", "Luzen", C), pos("Nadia Ferreira", "Tessela")],
        optional=[pos("Nadia Ferreira", "Luzen")],
    ),
    en(
        "Cinderline snaps up two rivals\n\n"
        "Cinderline, the Brooklyn-based maker of home fitness equipment, said on Monday that it had bought two smaller rivals. "
        "It acquired rowing-machine maker Oarsome for $40 million and paid an undisclosed amount for Stridebox, a subscription running app.",
        [acq("Cinderline", "Oarsome", C), acq("Cinderline", "Stridebox", C)],
    ),
    en(
        "UBS has taken a minority stake in Frankfurt-based digital asset custodian Tresorium, the startup said on Tuesday. "
        "The Swiss bank joins existing shareholders including Deutsche Börse, which invested in 2024. "
        "Tresorium did not disclose the size of the stake.",
        [stake("UBS", "Tresorium", C)],
        optional=[stake("Deutsche Börse", "Tresorium", C)],
    ),
    en(
        "Harlan Steel's longtime CEO retires\n\n"
        "Roger Tate retired as chief executive of Harlan Steel on Friday after 18 years in the role. "
        "His successor, Meera Iyer, joined the Pittsburgh-based steelmaker from ArcelorMittal in January as chief operating officer and took over the top job on Monday.",
        [
            dep("Roger Tate", "Harlan Steel", C),
            pos("Roger Tate", "Harlan Steel"),
            hire("Meera Iyer", "Harlan Steel", C),
        ],
        optional=[
            dep("Meera Iyer", "ArcelorMittal", C),
            pos("Meera Iyer", "Harlan Steel"),
            pos("Meera Iyer", "ArcelorMittal"),
        ],
    ),
    en(
        "Speaking on a panel at Web Summit in Lisbon, Stripe co-founder John Collison and Klarna chief executive Sebastian Siemiatkowski both warned that European regulation was slowing fintech growth. "
        "Neither executive commented on recent reports about their companies' plans to list shares.",
        [pos("John Collison", "Stripe"), pos("Sebastian Siemiatkowski", "Klarna")],
    ),
    en(
        "Bytewise Health is raising about $60 million in a round led by General Catalyst, according to a term sheet seen by Axios. "
        "The deal would value the two-year-old medical-coding startup at $500 million. "
        "Bytewise and General Catalyst declined to comment.",
        [inv("General Catalyst", "Bytewise Health", TR)],
    ),
    en(
        "Swedish oat-drink maker Havrefolk has signed a distribution agreement with Coca-Cola HBC covering 12 markets in central and eastern Europe. "
        "Under the deal, the bottler will take over sales and logistics for Havrefolk's products from January.",
        [par(["Havrefolk", "Coca-Cola HBC"], CA)],
    ),
    en(
        "Shares in Wrenfield jumped 20% on Monday after Sky News reported that Diageo was considering an offer for the craft spirits maker. "
        "Wrenfield said in a statement that it had not received any approach.",
        [acq("Diageo", "Wrenfield", [R, D])],
    ),
    en(
        "Felicity Obi, head of Netflix's UK content team, is set to join BBC Studios as chief creative officer, the broadcaster's commercial arm said on Tuesday. "
        "She will start in the new year.",
        [hire("Felicity Obi", "BBC Studios", A), pos("Felicity Obi", "Netflix")],
        optional=[
            dep("Felicity Obi", "Netflix", A),
            pos("Felicity Obi", "BBC Studios"),
            poa("BBC Studios", "Netflix", ANY),
        ],
    ),
    en(
        "Container lines Oceanic Star and Meridia Line have held exploratory discussions about a combination, Lloyd's List reported, citing two sources close to the companies. "
        "A merger would create the world's sixth-largest carrier by capacity. "
        "Both companies declined to comment on market speculation.",
        [mer(["Oceanic Star", "Meridia Line"], TR)],
    ),
    en(
        "TQV Holdings said on Wednesday that it now owns all of Brenmoor Chemicals after buying out the remaining 35% held by the founding Brenner family. "
        "TQV first bought into the specialty chemicals maker in 2019.",
        [acq("TQV Holdings", "Brenmoor Chemicals", C)],
    ),
    en(
        "Daniel Okoro, the former chief executive of Lagos-based lender Unity Trust Bank, has been named chairman of fintech Paylane. "
        "Okoro left the bank in 2023 after a decade at its helm.",
        [hire("Daniel Okoro", "Paylane", C), pos("Daniel Okoro", "Unity Trust Bank")],
        optional=[dep("Daniel Okoro", "Unity Trust Bank", C), pos("Daniel Okoro", "Paylane")],
    ),
]
CASES += [
    # ------------------------------------------------------------------- German
    de(
        "Der Münchner Softwarekonzern Aventra hat die Übernahme des Berliner Start-ups Klarwerk abgeschlossen. "
        "Der Kaufpreis liege bei rund 120 Millionen Euro, teilte das Unternehmen am Dienstag mit. "
        "Klarwerk-Gründerin Jana Seidel soll das Geschäft auch künftig führen.",
        [acq("Aventra", "Klarwerk", C), pos("Jana Seidel", "Klarwerk")],
    ),
    de(
        "Der Autobauer Brenner steigt beim Batteriehersteller Voltamo ein. "
        "Die Ingolstädter übernehmen 25 Prozent der Anteile, wie beide Unternehmen am Montag mitteilten. "
        "Über den Kaufpreis wurde Stillschweigen vereinbart. Voltamo baut derzeit eine Zellfabrik in der Lausitz.",
        [stake("Brenner", "Voltamo", CA)],
    ),
    de(
        "Der Finanzinvestor Ardor Capital soll an einer Übernahme des Maschinenbauers Kellmann interessiert sein. "
        "Das berichtete das „Handelsblatt“ unter Berufung auf Finanzkreise. "
        "Ardor wollte sich nicht äußern, ein Kellmann-Sprecher sprach von Marktgerüchten.",
        [acq("Ardor Capital", "Kellmann", R)],
    ),
    de(
        "Allianz verhandelt über Kauf von Rheinquell\n\n"
        "Insidern zufolge verhandelt die Allianz über den Kauf des Vermögensverwalters Rheinquell Asset Management. "
        "Die Gespräche seien weit fortgeschritten, sagten zwei mit der Sache vertraute Personen der Nachrichtenagentur Reuters. "
        "Der Versicherer könnte dafür rund 900 Millionen Euro zahlen.",
        [acq("Allianz", "Rheinquell Asset Management", TR)],
    ),
    de(
        "Kartellamt stoppt Stenger-Deal\n\n"
        "Das Bundeskartellamt hat die Übernahme des Baustoffhändlers Mörtelhaus durch den Konkurrenten Stenger untersagt. "
        "Der Zusammenschluss hätte den Wettbewerb in Süddeutschland erheblich behindert, erklärte die Behörde am Donnerstag. "
        "Stenger prüft nach eigenen Angaben rechtliche Schritte.",
        [acq("Stenger", "Mörtelhaus", F)],
    ),
    de(
        "Der Vorstand der Feldweg AG hat das Übernahmeangebot des Wettbewerbers Agrona abgelehnt. "
        "Das Angebot von 38 Euro je Aktie spiegle den Wert des Unternehmens nicht angemessen wider, hieß es in einer Stellungnahme. "
        "Agrona hält bereits knapp zwölf Prozent an den Niedersachsen.",
        [acq("Agrona", "Feldweg AG", F)],
        optional=[stake("Agrona", "Feldweg AG", C)],
    ),
    de(
        "Die Lindwurm Versicherung hat Berichte über einen möglichen Verkauf ihrer Tochter Solvia Leben an den Finanzinvestor Cinven dementiert. "
        "„Es gibt keine Gespräche“, sagte ein Sprecher des Kölner Konzerns am Mittwoch. "
        "Die „Börsen-Zeitung“ hatte zuvor über einen bevorstehenden Deal berichtet.",
        [acq("Cinven", "Solvia Leben", D)],
    ),
    de(
        "Die Gespräche über eine Übernahme des Onlinehändlers Kaufnest durch die Otto Group sind gescheitert. "
        "Man habe sich nicht auf einen Preis einigen können, teilte Kaufnest mit. "
        "Die Hamburger hatten seit dem Frühjahr mit dem Start-up verhandelt.",
        [acq("Otto Group", "Kaufnest", F)],
    ),
    de(
        "KI-Start-up Denkfabrik Labs erhält 30 Millionen Euro\n\n"
        "Das Münchner KI-Start-up Denkfabrik Labs hat in einer Finanzierungsrunde 30 Millionen Euro eingesammelt. "
        "Angeführt wurde die Runde vom Londoner Investor Balderton Capital, auch die Bestandsinvestoren Earlybird und UVC Partners beteiligten sich. "
        "Mit dem Geld will das 2023 gegründete Unternehmen sein Team in den kommenden zwei Jahren verdoppeln.",
        [
            inv("Balderton Capital", "Denkfabrik Labs", C),
            inv("Earlybird", "Denkfabrik Labs", C),
            inv("UVC Partners", "Denkfabrik Labs", C),
        ],
    ),
    de(
        "Berliner Fintech Zahlwerk sammelt 18 Millionen Euro ein\n\n"
        "Das Berliner Fintech Zahlwerk hat eine Series-A-Finanzierung über 18 Millionen Euro abgeschlossen. "
        "Lead-Investor ist HV Capital, zudem beteiligt sich der Business Angel Florian Tessmer. "
        "„Wir wollen die Buchhaltung für Handwerksbetriebe radikal vereinfachen“, sagte Gründer und Geschäftsführer Lukas Brandt.",
        [
            inv("HV Capital", "Zahlwerk", C),
            inv("Florian Tessmer", "Zahlwerk", C),
            pos("Lukas Brandt", "Zahlwerk"),
        ],
    ),
    de(
        "Die Volksbank Talgrund und die Raiffeisenbank Obermühl wollen fusionieren. "
        "Die Vertreterversammlungen beider Institute sollen im Juni über den Zusammenschluss abstimmen. "
        "Die fusionierte Bank käme auf eine Bilanzsumme von 4,2 Milliarden Euro.",
        [mer(["Volksbank Talgrund", "Raiffeisenbank Obermühl"], A)],
    ),
    de(
        "Die Fusion der Softwarehäuser Quantis und Norderwerk ist abgeschlossen. "
        "Das neue Unternehmen firmiert unter dem Namen Quantis Norder und hat seinen Sitz in Hamburg. "
        "Vorstandschef wird der bisherige Quantis-Chef Martin Ehlers.",
        [mer(["Quantis", "Norderwerk"], C), pos("Martin Ehlers", "Quantis")],
        optional=[
            posh("Martin Ehlers", "Quantis Norder"),
            pos("Martin Ehlers", "Quantis Norder"),
            hire("Martin Ehlers", "Quantis Norder", ANY),
        ],
    ),
    de(
        "Die Deutsche Telekom und das Kölner Start-up Netzkante arbeiten künftig beim Aufbau von Edge-Rechenzentren zusammen. "
        "Eine entsprechende Kooperationsvereinbarung unterzeichneten die Unternehmen am Mittwoch in Bonn. "
        "Netzkante soll zunächst 50 Standorte des Konzerns mit seiner Software ausstatten.",
        [par(["Deutsche Telekom", "Netzkante"], CA)],
    ),
    de(
        "BASF und der chinesische Konzern Sinoxa gründen ein Gemeinschaftsunternehmen für Batteriematerialien. "
        "An dem Joint Venture halten beide Partner je 50 Prozent, teilten die Unternehmen mit. "
        "Die Ludwigshafener bringen ihr Werk in Schwarzheide ein.",
        [par(["BASF", "Sinoxa"], CA)],
    ),
    de(
        "Hafenbahn holt Transmar-Managerin als Finanzchefin\n\n"
        "Katrin Wollmer wird neue Finanzchefin der Hafenbahn AG. "
        "Die 49-Jährige wechselt zum 1. April vom Logistikkonzern Transmar, wo sie zuletzt das Controlling verantwortete, teilte das Unternehmen mit. "
        "Sie folgt auf Bernd Aschoff, der in den Ruhestand geht.",
        [
            hire("Katrin Wollmer", "Hafenbahn AG", A),
            dep("Katrin Wollmer", "Transmar", A),
            pos("Katrin Wollmer", "Transmar"),
            dep("Bernd Aschoff", "Hafenbahn AG", A),
        ],
        optional=[
            pos("Katrin Wollmer", "Hafenbahn AG"),
            pos("Bernd Aschoff", "Hafenbahn AG"),
            poa("Hafenbahn AG", "Transmar", ANY),
        ],
    ),
    de(
        "Seit dem 1. Oktober ist Hannes Brückner neuer Vorstandschef des Heizungsbauers Thermalis. "
        "Er kommt vom Wettbewerber Viessmann, wo er zuletzt das Europageschäft leitete. "
        "Brückner soll Thermalis nach zwei Verlustjahren wieder auf Kurs bringen.",
        [hire("Hannes Brückner", "Thermalis", C), pos("Hannes Brückner", "Viessmann")],
        optional=[dep("Hannes Brückner", "Viessmann", C), pos("Hannes Brückner", "Thermalis")],
    ),
    de(
        "Der Vorstandschef der Elbtal Bank, Jörg Kranich, legt sein Amt zum Monatsende nieder. "
        "Der Aufsichtsrat habe seinen Rücktritt angenommen, teilte das Institut am Freitag mit. "
        "Kranich stand seit 2019 an der Spitze der Hamburger.",
        [dep("Jörg Kranich", "Elbtal Bank", A), pos("Jörg Kranich", "Elbtal Bank")],
    ),
    de(
        "Kleidwerk trennt sich von Vorstandschefin\n\n"
        "Der Aufsichtsrat des Modehändlers Kleidwerk hat Vorstandschefin Sabine Roth mit sofortiger Wirkung abberufen. "
        "Grund seien unterschiedliche Auffassungen über die strategische Ausrichtung, teilte das Unternehmen mit. "
        "Interimistisch übernimmt Finanzvorstand Dirk Hahn die Führung.",
        [dep("Sabine Roth", "Kleidwerk", C), pos("Sabine Roth", "Kleidwerk"), posh("Dirk Hahn", "Kleidwerk")],
        optional=[pos("Dirk Hahn", "Kleidwerk"), hire("Dirk Hahn", "Kleidwerk", ANY)],
    ),
    de(
        "Michael Sander, bislang Technikvorstand beim Autozulieferer Kordel, wechselt zum Rivalen Brose. "
        "Dort soll er ab Juli die Entwicklung verantworten, wie Brose am Dienstag bestätigte. "
        "Kordel hat mit der Suche nach einem Nachfolger begonnen.",
        [
            dep("Michael Sander", "Kordel", A),
            hire("Michael Sander", "Brose", A),
            pos("Michael Sander", "Kordel"),
        ],
        optional=[poa("Brose", "Kordel", ANY), pos("Michael Sander", "Brose")],
    ),
    de(
        "Das Münchner Drohnen-Start-up Flugwerk hat in den vergangenen Monaten mehr als 20 Ingenieure von Airbus abgeworben. "
        "Darunter ist auch Stefanie Maurer, die bei dem Flugzeugbauer die Avionik-Entwicklung für Hubschrauber leitete. "
        "Sie ist seit Januar Technikchefin bei Flugwerk.",
        [poa("Flugwerk", "Airbus", C), hire("Stefanie Maurer", "Flugwerk", C)],
        optional=[
            dep("Stefanie Maurer", "Airbus", C),
            pos("Stefanie Maurer", "Airbus"),
            pos("Stefanie Maurer", "Flugwerk"),
        ],
    ),
    de(
        "Der Chiphersteller Halbleiter Süd hat im dritten Quartal den Umsatz um 18 Prozent auf 640 Millionen Euro gesteigert. "
        "„Die Nachfrage aus der Autoindustrie ist ungebrochen“, sagte Vorstandschef Thomas Eberle am Donnerstag. "
        "Die Prognose für das Gesamtjahr hob der Konzern an.",
        [pos("Thomas Eberle", "Halbleiter Süd")],
    ),
    de(
        "Clara Weinberg, die das Kochbox-Start-up Frischkorb 2016 gegründet hat, zieht sich aus der Geschäftsführung zurück. "
        "Sie wechselt in den Beirat des Unternehmens. "
        "Neuer Geschäftsführer wird der bisherige Produktchef Jonas Albrecht.",
        [
            pos("Clara Weinberg", "Frischkorb"),
            dep("Clara Weinberg", "Frischkorb", [A, C]),
            posh("Jonas Albrecht", "Frischkorb"),
        ],
        optional=[pos("Jonas Albrecht", "Frischkorb"), hire("Jonas Albrecht", "Frischkorb", ANY)],
    ),
    de(
        "Der Pharmakonzern Bayer hat den Generikahersteller Medivo wegen Patentverletzung verklagt. "
        "Das Verfahren ist vor dem Landgericht Düsseldorf anhängig. "
        "Medivo wies die Vorwürfe zurück.",
        [],
    ),
    de(
        "Siemens Mobility liefert 30 Regionalzüge an die Österreichischen Bundesbahnen. "
        "Der Auftrag hat ein Volumen von rund 450 Millionen Euro, wie das Unternehmen am Montag mitteilte. "
        "Die ersten Züge sollen 2028 in Betrieb gehen.",
        [],
    ),
    de(
        "Analysten der Berenberg Bank halten den Spezialchemiekonzern Altmark Chemie für einen möglichen Übernahmekandidaten. "
        "Angesichts der niedrigen Bewertung könnten Finanzinvestoren Interesse zeigen, schrieben die Experten in einer Studie. "
        "Die Aktie stieg daraufhin um vier Prozent.",
        [],
    ),
    de(
        "Der Stuttgarter Maschinenbauer Kessler & Rau hat den Werkzeughersteller Spannhaus übernommen, wie das Unternehmen am Freitag mitteilte. "
        "Man sei froh, dass die Gründerfamilie ihre Anteile an einen langfristig orientierten Eigentümer verkauft habe, sagte Geschäftsführer Uwe Rau. "
        "Spannhaus beschäftigt rund 300 Mitarbeiter.",
        [acq("Kessler & Rau", "Spannhaus", C), pos("Uwe Rau", "Kessler & Rau")],
    ),
    de(
        "Der Versorger Südstrom gibt seine Netztochter Netzwerk Alb an den australischen Infrastrukturinvestor Macquarie ab. "
        "Der Verkauf soll im Sommer vollzogen werden und bringt dem Konzern rund 1,3 Milliarden Euro ein. "
        "Die Kartellbehörden müssen noch zustimmen.",
        [acq("Macquarie", "Netzwerk Alb", A)],
    ),
    de(
        "Der Finanzinvestor EQT hat ein Übernahmeangebot für den Laborausrüster Sartex vorgelegt. "
        "Die Schweden bieten 54 Euro je Aktie, ein Aufschlag von 31 Prozent auf den Schlusskurs vom Freitag. "
        "Der Vorstand von Sartex will das Angebot prüfen.",
        [acq("EQT", "Sartex", T)],
    ),
    de(
        "Die Versicherer Nordanker und Hanse Leben führen Gespräche über einen Zusammenschluss. "
        "Das bestätigten beide Unternehmen am Dienstag nach einem Bericht des „Spiegel“. "
        "Eine Entscheidung sei noch nicht gefallen.",
        [mer(["Nordanker", "Hanse Leben"], T)],
    ),
    de(
        "Die Sparkasse Mittelrhein und die Sparkasse Westerwald haben Berichte über eine geplante Fusion zurückgewiesen. "
        "„Eine Fusion steht nicht auf der Tagesordnung“, sagte der Vorstandsvorsitzende der Sparkasse Mittelrhein, Klaus Bender.",
        [
            mer(["Sparkasse Mittelrhein", "Sparkasse Westerwald"], D),
            pos("Klaus Bender", "Sparkasse Mittelrhein"),
        ],
    ),
    de(
        "Der Aufsichtsrat der Hellweg Versicherung hat die Berufung von Anna Kühn in den Vorstand beschlossen. "
        "Kühn, bisher Bereichsleiterin bei der Konkurrentin Provinzial, übernimmt zum 1. Juli das Ressort Vertrieb. "
        "Sie folgt auf Werner Lutz, der das Unternehmen auf eigenen Wunsch verlässt.",
        [
            hire("Anna Kühn", "Hellweg Versicherung", A),
            pos("Anna Kühn", "Provinzial"),
            dep("Werner Lutz", "Hellweg Versicherung", A),
        ],
        optional=[
            dep("Anna Kühn", "Provinzial", A),
            pos("Anna Kühn", "Hellweg Versicherung"),
            pos("Werner Lutz", "Hellweg Versicherung"),
        ],
    ),
    de(
        "SAP übernimmt Leipziger Start-up Datenfluss\n\n"
        "SAP kauft das Leipziger Start-up Datenfluss, das Software zur Prozessanalyse entwickelt. "
        "Der Walldorfer Konzern machte keine Angaben zum Kaufpreis; Insider beziffern ihn auf rund 200 Millionen Euro. "
        "Die Übernahme soll im ersten Quartal abgeschlossen werden.",
        [acq("SAP", "Datenfluss", A)],
    ),
    de(
        "Der Familienkonzern Haniel beteiligt sich mit zehn Prozent an dem Recycling-Start-up Kreislauf Technik. "
        "Die Duisburger zahlen dafür einen zweistelligen Millionenbetrag, wie die Beteiligten mitteilten. "
        "Kreislauf Technik bereitet Kunststoffabfälle aus der Autoindustrie auf.",
        [stake("Haniel", "Kreislauf Technik", CA)],
    ),
    de(
        "Das Tübinger Biotech-Unternehmen Cellvia hat die Rechte an seinem Krebsmedikament für den US-Markt an Roche lizenziert. "
        "Die Schweizer zahlen dafür vorab 60 Millionen Dollar, weitere 400 Millionen sind an Meilensteine geknüpft. "
        "Die Cellvia-Aktie legte um 35 Prozent zu.",
        [par(["Cellvia", "Roche"], CA)],
    ),
    de(
        "Die Bundesregierung hat den Einstieg eines chinesischen Investors beim Dortmunder Maschinenbauer Walzwerk Hörde untersagt. "
        "Der Staatskonzern Sinomach Heavy wollte 30 Prozent der Anteile übernehmen. "
        "Das Wirtschaftsministerium begründete das Verbot mit Sicherheitsinteressen.",
        [stake("Sinomach Heavy", "Walzwerk Hörde", F)],
    ),
    de(
        "Finanzchefin Petra Lohmann verlässt den Pumpenhersteller Wirbelwerk auf eigenen Wunsch zum Jahresende. "
        "Das teilte das Unternehmen am Mittwoch mit. "
        "Lohmann war seit 2017 im Vorstand der Bielefelder.",
        [dep("Petra Lohmann", "Wirbelwerk", A), pos("Petra Lohmann", "Wirbelwerk")],
    ),
    de(
        "Ex-Siemens-Manager soll Voltwerk führen\n\n"
        "Der frühere Siemens-Manager Gerhard Pohl soll neuer Chef des Stromspeicher-Herstellers Voltwerk werden. "
        "Das berichtet das „Manager Magazin“ unter Berufung auf Aufsichtsratskreise. "
        "Eine offizielle Bestätigung gibt es noch nicht.",
        [hire("Gerhard Pohl", "Voltwerk", R), pos("Gerhard Pohl", "Siemens")],
        optional=[pos("Gerhard Pohl", "Voltwerk")],
    ),
    de(
        "Der Fahrradhersteller Radkontor hat beim Amtsgericht Bremen Insolvenz in Eigenverwaltung beantragt. "
        "Der Geschäftsbetrieb läuft vorerst weiter. "
        "Betroffen sind rund 250 Beschäftigte.",
        [],
    ),
    de(
        "Volkswagen hat am Montag ein neues Elektromodell vorgestellt, dessen Batteriezellen vom chinesischen Hersteller CATL stammen. "
        "Das Fahrzeug soll ab Herbst in Zwickau gebaut werden. "
        "Der Einstiegspreis liegt bei knapp 30.000 Euro.",
        [],
    ),
]
CASES += [
    de(
        "Isarwerk kauft Schweizer Sensorspezialisten\n\n"
        "Der Münchner Industriekonzern Isarwerk übernimmt den Schweizer Sensorhersteller Alpsens. "
        "Die Münchner zahlen rund 340 Millionen Franken, wie sie am Montag mitteilten. "
        "Alpsens-Chef Reto Gasser soll an Bord bleiben und die neue Sparte Messtechnik leiten.",
        [acq("Isarwerk", "Alpsens", CA), pos("Reto Gasser", "Alpsens")],
        optional=[pos("Reto Gasser", "Isarwerk")],
    ),
    de(
        "Vellmar-Chef Kost muss gehen\n\n"
        "Der Chef des Autobauers Vellmar, Rainer Kost, muss seinen Posten räumen. "
        "Der Aufsichtsrat habe sich einvernehmlich von ihm getrennt, teilte das Unternehmen am Sonntagabend mit. "
        "Nachfolger wird zum 1. März der Porsche-Manager Lars Wendt.",
        [
            dep("Rainer Kost", "Vellmar", CA),
            pos("Rainer Kost", "Vellmar"),
            hire("Lars Wendt", "Vellmar", A),
            pos("Lars Wendt", "Porsche"),
        ],
        optional=[
            dep("Lars Wendt", "Porsche", A),
            pos("Lars Wendt", "Vellmar"),
            poa("Vellmar", "Porsche", ANY),
        ],
    ),
    de(
        "Das Heidelberger Biotech-Unternehmen Zellkraft steht Insidern zufolge kurz vor dem Abschluss einer Finanzierungsrunde über 80 Millionen Euro. "
        "Angeführt werden soll die Runde vom singapurischen Staatsfonds Temasek, sagten zwei mit den Plänen vertraute Personen. "
        "Zellkraft wollte sich nicht äußern.",
        [inv("Temasek", "Zellkraft", TR)],
    ),
    de(
        "Nach der Zustimmung der EU-Kommission ist der Zusammenschluss der Reedereien Hansa Kontor und Nordwind Linien vollzogen. "
        "Das fusionierte Unternehmen betreibt 140 Schiffe und ist damit die größte Containerreederei Norddeutschlands. "
        "An der Spitze steht der bisherige Nordwind-Chef Ole Petersen.",
        [mer(["Hansa Kontor", "Nordwind Linien"], C), pos("Ole Petersen", "Nordwind Linien")],
    ),
    de(
        "Der Immobilienkonzern Wohnwert hat sein Übernahmeangebot für den Rivalen Baugrund Immobilien zurückgezogen. "
        "Die Mindestannahmeschwelle von 50 Prozent sei deutlich verfehlt worden, teilte das Bochumer Unternehmen mit. "
        "Bis zum Ende der Frist waren Wohnwert lediglich 31 Prozent der Aktien angedient worden.",
        [acq("Wohnwert", "Baugrund Immobilien", F)],
    ),
    de(
        "Medienberichten zufolge prüfen die beiden Reiseveranstalter Sonnenklar Touristik und Fernweh Reisen eine Fusion. "
        "Erste Sondierungen habe es bereits gegeben, schreibt die „Wirtschaftswoche“. "
        "Offiziell äußern wollten sich beide Unternehmen nicht.",
        [mer(["Sonnenklar Touristik", "Fernweh Reisen"], TR)],
    ),
    de(
        "Die Lufthansa und das Hamburger Start-up Kerosin Grün wollen bei nachhaltigem Flugkraftstoff zusammenarbeiten. "
        "Eine entsprechende Absichtserklärung unterzeichneten beide Seiten am Rande der ILA in Berlin. "
        "Ab 2028 soll die Fluggesellschaft jährlich bis zu 50.000 Tonnen E-Kerosin abnehmen.",
        [par(["Lufthansa", "Kerosin Grün"], CA)],
    ),
    de(
        "Der Kaffeeröster Bohnenwerk und die Supermarktkette Frischmarkt beenden ihre Zusammenarbeit. "
        "Grund seien gescheiterte Preisverhandlungen, hieß es aus Unternehmenskreisen. "
        "Bohnenwerk-Produkte verschwinden damit ab Februar aus 900 Filialen.",
        [],
        optional=[par(["Bohnenwerk", "Frischmarkt"], ANY)],
    ),
    de(
        "Die frühere Daimler-Managerin Birgit Ostermann hat ihren Posten als Vorstandschefin des Lkw-Bauers Schwerlast AG angetreten. "
        "Sie folgt auf Karl-Heinz Brandl, der nach 14 Jahren in den Ruhestand gegangen ist.",
        [
            hire("Birgit Ostermann", "Schwerlast AG", C),
            pos("Birgit Ostermann", "Daimler"),
            dep("Karl-Heinz Brandl", "Schwerlast AG", C),
        ],
        optional=[pos("Birgit Ostermann", "Schwerlast AG"), pos("Karl-Heinz Brandl", "Schwerlast AG")],
    ),
    de(
        "Der Wechsel des Vertriebschefs der Ostsee Bank, Hauke Paulsen, zur Konkurrentin Nordlicht Bank sorgt in Kiel für Unruhe. "
        "Paulsen hatte am Montag überraschend gekündigt. "
        "Bei Nordlicht soll er ab Januar das Privatkundengeschäft leiten.",
        [
            dep("Hauke Paulsen", "Ostsee Bank", [A, C]),
            hire("Hauke Paulsen", "Nordlicht Bank", A),
            pos("Hauke Paulsen", "Ostsee Bank"),
        ],
        optional=[poa("Nordlicht Bank", "Ostsee Bank", ANY), pos("Hauke Paulsen", "Nordlicht Bank")],
    ),
    de(
        "Schaltwerk wirft Rivalen Abwerbung vor\n\n"
        "Der Autozulieferer Schaltwerk wirft dem Konkurrenten Reuss Kupplungstechnik vor, gezielt Mitarbeiter abzuwerben. "
        "Mindestens 15 Ingenieure seien in den vergangenen Monaten zu Reuss gewechselt, sagte ein Sprecher. "
        "Reuss wies die Vorwürfe zurück.",
        [poa("Reuss Kupplungstechnik", "Schaltwerk", [C, R, D])],
    ),
    de(
        "Beim Energiegipfel im Kanzleramt forderten Eon-Chef Leonhard Birnbaum und RWE-Chef Markus Krebber schnellere Genehmigungen für neue Gaskraftwerke. "
        "Die Bundesregierung sagte zu, bis zum Sommer einen Gesetzentwurf vorzulegen.",
        [pos("Leonhard Birnbaum", "Eon"), pos("Markus Krebber", "RWE")],
    ),
    de(
        "Insider: Infineon hat US-Sensorfirma im Visier\n\n"
        "Der Chipkonzern Infineon prüft Insidern zufolge einen größeren Zukauf in den USA. "
        "Im Visier haben die Münchner demnach den kalifornischen Sensorspezialisten Lumetric, der an der Börse rund zwei Milliarden Dollar wert ist. "
        "Eine Entscheidung sei noch nicht gefallen.",
        [acq("Infineon", "Lumetric", R)],
    ),
    de(
        "Die Schweizer Holding Bergkristall Beteiligungen hat ihren Anteil an der Modekette Lindner Mode auf 51 Prozent aufgestockt. "
        "Damit kontrolliert sie nun das Traditionsunternehmen aus Augsburg. "
        "Die Familie Lindner hält die übrigen Anteile.",
        [acq("Bergkristall Beteiligungen", "Lindner Mode", C)],
    ),
    de(
        "Überraschend ist der Aufsichtsratschef des Immobilienkonzerns Steinwerk, Heinrich Vogel, zurückgetreten. "
        "Er begründete den Schritt mit gesundheitlichen Problemen. "
        "Bis zur nächsten Hauptversammlung führt sein Stellvertreter Gunnar Ilse das Gremium.",
        [
            dep("Heinrich Vogel", "Steinwerk", C),
            pos("Heinrich Vogel", "Steinwerk"),
            posh("Gunnar Ilse", "Steinwerk"),
        ],
        optional=[pos("Gunnar Ilse", "Steinwerk"), hire("Gunnar Ilse", "Steinwerk", ANY)],
    ),
    de(
        "Das Berliner Start-up Tonwerk hat einen KI-Übersetzer für Podcasts vorgestellt. "
        "„Damit kann jeder Podcaster sein Publikum verzehnfachen“, sagte Mitgründerin Aylin Demir bei der Präsentation. "
        "Die App soll zunächst zehn Sprachen unterstützen.",
        [pos("Aylin Demir", "Tonwerk")],
    ),
    de(
        "Das Hamburger Logistik-Start-up Frachtraum hat 25 Millionen Euro eingesammelt. "
        "Größter Geldgeber ist der Wagniskapitalarm der Deutschen Bahn, DB Digital Ventures. "
        "Daneben stieg der Hamburger Investor Alster Ventures neu ein.",
        [inv("DB Digital Ventures", "Frachtraum", C), inv("Alster Ventures", "Frachtraum", C)],
    ),
    de(
        "Der Zukunftsfonds des Bundes will 100 Millionen Euro in den Quantencomputer-Entwickler Qubitwerk investieren. "
        "Die Zusage sei Teil einer größeren Finanzierungsrunde, die bis Jahresende abgeschlossen werden soll, teilte das Wirtschaftsministerium mit.",
        [inv("Zukunftsfonds", "Qubitwerk", A)],
    ),
    de(
        "Wie die beiden Unternehmen am Donnerstag mitteilten, schließen sich die Softwareanbieter Rechenkern und Codewerk Nord zusammen. "
        "Die Aktionäre von Rechenkern sollen 60 Prozent am neuen Unternehmen halten. "
        "Geführt wird es von Codewerk-Nord-Gründerin Lea Hoffmann.",
        [mer(["Rechenkern", "Codewerk Nord"], CA), pos("Lea Hoffmann", "Codewerk Nord")],
    ),
    de(
        "Ein Sprecher von Continental hat einen Bericht zurückgewiesen, wonach der Konzern die Übernahme des Reifenhändlers Pneuhaus erwäge. "
        "„Das ist reine Spekulation“, sagte er am Mittwoch in Hannover. "
        "Pneuhaus selbst wollte sich nicht äußern.",
        [acq("Continental", "Pneuhaus", D)],
    ),
    de(
        "Die Entlassung von Entwicklungsvorstand Ralf Gärtner durch den Aufsichtsrat der Motorenwerke Sauer kam für viele überraschend. "
        "Gärtner war erst im Frühjahr von MAN gekommen. "
        "Seine Aufgaben übernimmt vorerst Vorstandschef Dieter Sauer.",
        [
            dep("Ralf Gärtner", "Motorenwerke Sauer", C),
            pos("Ralf Gärtner", "Motorenwerke Sauer"),
            pos("Dieter Sauer", "Motorenwerke Sauer"),
        ],
        optional=[hire("Ralf Gärtner", "Motorenwerke Sauer", C), dep("Ralf Gärtner", "MAN", C)],
    ),
    de(
        "Salzgitter gründet Wasserstoff-Joint-Venture mit Norwegern\n\n"
        "Der Stahlkonzern Salzgitter und der norwegische Energieversorger Fjordkraft Hydrogen gründen ein Gemeinschaftsunternehmen. "
        "Es soll ab 2029 grünen Wasserstoff über eine Pipeline nach Norddeutschland liefern. "
        "Beide Partner halten je die Hälfte der Anteile.",
        [par(["Salzgitter", "Fjordkraft Hydrogen"], CA)],
    ),
    de(
        "Im Dax legten am Dienstag vor allem Rüstungs- und Energiewerte zu. "
        "Rheinmetall gewannen 4 Prozent, Siemens Energy stiegen um 3 Prozent. "
        "Schwächer tendierten dagegen die Autowerte; Porsche und BMW gaben jeweils gut 1 Prozent ab.",
        [],
    ),
    de(
        "Der Verkauf der Lacksparte Farbwerk von Rheinchem an den Finanzinvestor Triton ist abgeschlossen. "
        "Alle behördlichen Genehmigungen lägen vor, teilte der Chemiekonzern am Freitag mit. "
        "Rheinchem erlöst mit dem Verkauf rund 700 Millionen Euro.",
        [acq("Triton", "Farbwerk", C)],
    ),
    de(
        "Die Staatsbank KfW soll im Auftrag des Bundes beim Radarhersteller Radarwerk einsteigen. "
        "Über einen Anteil von 25,1 Prozent werde bereits verhandelt, berichtet das „Handelsblatt“ unter Berufung auf Regierungskreise. "
        "Das Unternehmen aus Ulm gilt als strategisch wichtig für die Bundeswehr.",
        [stake("KfW", "Radarwerk", TR)],
    ),
    de(
        "Fusion von Hammerl und Werkzeugland geplatzt\n\n"
        "Die geplante Fusion der Baumarktketten Hammerl und Werkzeugland ist geplatzt. "
        "Man habe sich nicht über die künftige Führungsstruktur einigen können, teilten beide Unternehmen mit. "
        "Die Verhandlungen hatten im Herbst begonnen.",
        [mer(["Hammerl", "Werkzeugland"], F)],
    ),
    de(
        "Bericht: BYD wirbt VW-Entwickler ab\n\n"
        "Der chinesische Autobauer BYD soll versuchen, gezielt Entwickler von Volkswagen abzuwerben. "
        "Das berichtet die „Wirtschaftswoche“ unter Berufung auf Personalberater. "
        "BYD baut derzeit ein Entwicklungszentrum in Frankfurt auf.",
        [poa("BYD", "Volkswagen", R)],
    ),
    de(
        "Tobias Hain, der den Onlinehändler Möbelkiste gegründet und 2021 verkauft hat, investiert in das Stuttgarter Start-up Gartenglück. "
        "Er beteiligt sich mit einem siebenstelligen Betrag an einer Runde über vier Millionen Euro. "
        "Gartenglück vermietet Kleingärten über eine App.",
        [inv("Tobias Hain", "Gartenglück", CA), pos("Tobias Hain", "Möbelkiste")],
    ),
    de(
        "Nach der Übernahme durch den US-Konzern Salesforce verlässt Gründer Matthias Kern das Kölner Softwarehaus Kundenfluss. "
        "Er wolle sich neuen Projekten widmen, teilte Kern auf LinkedIn mit. "
        "Salesforce hatte Kundenfluss im Sommer für rund 450 Millionen Dollar gekauft.",
        [
            acq("Salesforce", "Kundenfluss", C),
            dep("Matthias Kern", "Kundenfluss", [A, C]),
            pos("Matthias Kern", "Kundenfluss"),
        ],
    ),
    de(
        "Continental hat sein Geschäft mit Fahrzeugsoftware gestärkt. "
        "Der Konzern teilte am Montag mit, er habe das Münchner Start-up Codepilot übernommen, das Software für das automatisierte Parken entwickelt. "
        "Codepilot-Gründer Stefan Yilmaz wird künftig die Softwaresparte der Hannoveraner verstärken.",
        [acq("Continental", "Codepilot", C), pos("Stefan Yilmaz", "Codepilot")],
        optional=[hire("Stefan Yilmaz", "Continental", ANY)],
    ),
    de(
        "Der Modekonzern Tessiro hat den früheren Zalando-Manager Jan Scholz zum Digitalvorstand berufen. "
        "Scholz tritt sein Amt im Mai an. "
        "Unabhängig davon bestätigte Tessiro den Verkauf seiner Outlet-Kette Restposten24 an den Rivalen Preisfuchs.",
        [
            hire("Jan Scholz", "Tessiro", A),
            pos("Jan Scholz", "Zalando"),
            acq("Preisfuchs", "Restposten24", CA),
        ],
        optional=[pos("Jan Scholz", "Tessiro")],
    ),
    de(
        "Über einen baldigen Abgang von Vorstandschef Rüdiger Falk wird beim Baukonzern Donauwerk Bau seit Wochen spekuliert. "
        "Mehrere Großaktionäre sollen mit dem Kurs des Managers unzufrieden sein, heißt es in Wiener Finanzkreisen.",
        [dep("Rüdiger Falk", "Donauwerk Bau", R), pos("Rüdiger Falk", "Donauwerk Bau")],
    ),
    de(
        "Der Spielwarenhersteller Klötzchen & Co. hat einen Rechtsstreit mit Lego beigelegt. "
        "Beide Seiten hätten sich außergerichtlich geeinigt, teilte das Unternehmen aus Fürth mit. "
        "Über die Details wurde Stillschweigen vereinbart.",
        [],
    ),
    de(
        "Der Stromnetzbetreiber Amprion holt sich eine neue Finanzchefin: Julia Brenner wechselt vom Konkurrenten Tennet nach Dortmund. "
        "Sie soll im Herbst anfangen, wie das Unternehmen mitteilte. "
        "Bei Tennet verantwortete sie zuletzt die Finanzierung des deutschen Netzausbaus.",
        [
            hire("Julia Brenner", "Amprion", A),
            dep("Julia Brenner", "Tennet", A),
            pos("Julia Brenner", "Tennet"),
        ],
        optional=[poa("Amprion", "Tennet", ANY), pos("Julia Brenner", "Amprion")],
    ),
    de(
        "Porsche SE stockt bei Drohnenfirma auf\n\n"
        "Die Porsche SE hat ihre Beteiligung am Münchner Drohnenhersteller Luftraum Systems erhöht. "
        "Die Holding hält nach eigenen Angaben nun rund 18 Prozent. "
        "Die Stuttgarter waren 2024 bei dem Unternehmen eingestiegen.",
        [stake("Porsche SE", "Luftraum Systems", C)],
    ),
    de(
        "Die Gewerkschaft IG Metall hat den geplanten Stellenabbau beim Zulieferer Gießerei Brandt scharf kritisiert. "
        "Bis 2027 sollen rund 600 Arbeitsplätze wegfallen, kündigte Geschäftsführer Achim Brandt an.",
        [pos("Achim Brandt", "Gießerei Brandt")],
    ),
    de(
        "Die Übernahme des Wiener Bezahldienstes Zahlbox durch die französische Worldline wird vorerst nicht vollzogen. "
        "Die österreichische Finanzmarktaufsicht habe ihre Prüfung verlängert, teilte Zahlbox mit. "
        "Beide Unternehmen hatten den Kauf im Frühjahr vereinbart.",
        [acq("Worldline", "Zahlbox", A)],
    ),
    de(
        "Der Bremer Raumfahrtkonzern Orbitwerk hat mit der Europäischen Weltraumorganisation ESA einen Vertrag über den Bau von zwei Satelliten unterzeichnet. "
        "Der Auftrag hat einen Wert von 280 Millionen Euro. "
        "Orbitwerk-Chef Malte Brinkmann sprach vom „größten Auftrag der Firmengeschichte“.",
        [pos("Malte Brinkmann", "Orbitwerk")],
    ),
]
