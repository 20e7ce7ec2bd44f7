# ruff: noqa: E501
"""Challenge set v10: long-form company news (English and German).

Written blind by a helper on 2026-11-27, for error analysis. The helper did not
look at the extractor's code, its tests, the other challenge sets or the dev
corpora; all passages and names (apart from a few well-known real companies used
as counterparties) are invented.

English passages imitate investor news-wire stories about listed US companies
(results that mention deals in passing, analyst notes, executive changes,
regulators, rumours and denials); German passages imitate Handelsblatt/dpa-style
teasers, headlines and RSS items, plus a few tweets.
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
    # --- results and analyst notes that mention deals in passing
    en(
        "Marlowe Industrial Holdings (NYSE: MWH) reported third-quarter revenue of $1.84 billion, up 6% from a year earlier and ahead of the consensus estimate of $1.79 billion. "
        "Organic growth was 3%, with the remainder coming from the July purchase of Ostrander Valve, which contributed about $48 million in sales. "
        "Chief Financial Officer Priya Raman said the integration was running ahead of schedule and reiterated full-year guidance.",
        [
            acq("Marlowe Industrial Holdings", "Ostrander Valve", C),
            pos("Priya Raman", "Marlowe Industrial Holdings"),
        ],
    ),
    en(
        "Tessaro Foods slipped 2.3% in premarket trading after KeyRidge Capital analyst Howard Lin downgraded the stock to neutral, citing execution risk around the pending $2.1 billion takeover of snack maker Plumbrook Brands. "
        '"We like the strategic logic, but the balance sheet will be stretched for at least two years," Lin wrote in a note to clients. '
        "Tessaro expects the deal to close in the second half of the year, subject to regulatory approval.",
        [acq("Tessaro Foods", "Plumbrook Brands", A)],
        [pos("Howard Lin", "KeyRidge Capital")],
    ),
    en(
        "Talmadge Health's fourth-quarter adjusted earnings of $2.41 a share topped estimates by 9 cents, helped by the home-care businesses it bought last year, including Bellweather Home Health and CareStream Partners. "
        "For 2027, the company forecast revenue growth of 7% to 9%, excluding any contribution from its pending purchase of hospice operator Larkspur Care.",
        [
            acq("Talmadge Health", "Bellweather Home Health", C),
            acq("Talmadge Health", "CareStream Partners", C),
            acq("Talmadge Health", "Larkspur Care", A),
        ],
    ),
    en(
        "Revenue at Caldera Networks rose 18% to $612 million in the quarter ended Sept. 30. "
        "Excluding Tellwave, the Israeli firewall maker Caldera bought in May, growth would have been 9%. "
        '"Tellwave has exceeded our expectations on every metric," Chief Executive Raj Malhotra said on a call with analysts.',
        [
            acq("Caldera Networks", "Tellwave", C),
            pos("Raj Malhotra", "Caldera Networks"),
        ],
    ),
    en(
        '"We are seeing real momentum in our cloud business," said Angela Ferris, chief executive of Kinsale Data, which reported a 22% rise in subscription revenue for the quarter. '
        "Kinsale's finance chief, Omar Haddad, said the company would keep investing in AI features despite pressure on margins.",
        [
            pos("Angela Ferris", "Kinsale Data"),
            pos("Omar Haddad", "Kinsale Data"),
        ],
    ),
    en(
        "Wexford Pet Care announced two acquisitions alongside its quarterly results on Monday. "
        "It will buy veterinary-software developer PawChart for $180 million in cash and has already completed the purchase of a smaller rival, Kindred Kennels, for an undisclosed price. "
        "The shares rose 5% in early trading.",
        [
            acq("Wexford Pet Care", "PawChart", A),
            acq("Wexford Pet Care", "Kindred Kennels", C),
        ],
    ),
    en(
        "Ellery Foods to buy Kittering Dairy for $1.4 billion. "
        "The deal gives the Chicago-based packaged-food company a foothold in the fast-growing market for premium yogurt, and Ellery said it expects the transaction to add to earnings in its first full year.",
        [acq("Ellery Foods", "Kittering Dairy", A)],
    ),
    # --- acquisitions, stakes, prices
    en(
        "Harcastle Group said Monday it had agreed to buy a Texas-based maker of industrial sensors for $265 million in cash. "
        "The target, Lindqvist Instruments, generated revenue of about $90 million last year and will be folded into Harcastle's automation segment.",
        [acq("Harcastle Group", "Lindqvist Instruments", A)],
    ),
    en(
        "Ambrose Analytics, the Boston-based provider of clinical-trial software, was acquired by Siemens Healthineers in a deal valued at roughly $780 million, the companies said Thursday. "
        "Ambrose's 400 employees will become part of Siemens Healthineers' digital health business.",
        [acq("Siemens Healthineers", "Ambrose Analytics", C)],
    ),
    en(
        "Ridgeway Partners said it has acquired a 35% stake in Calder Aerospace for about $410 million, becoming the largest shareholder of the maker of aircraft interiors. "
        "The investment firm bought the shares from the founding Calder family and will nominate two directors to the board.",
        [stake("Ridgeway Partners", "Calder Aerospace", C)],
    ),
    en(
        "Activist investor Harlan Street Capital has built a stake of about 6% in Merriton Foods, making it one of the packaged-food maker's largest shareholders, according to a regulatory filing on Monday. "
        "Harlan Street said it intends to push for a separation of Merriton's frozen-foods division.",
        [stake("Harlan Street Capital", "Merriton Foods", C)],
    ),
    en(
        "Berkshire Hathaway raised its stake in Emberly Rail to 14.2% after buying an additional 3.1 million shares last week, a filing showed. "
        "Emberly shares rose 3% in after-hours trading.",
        [stake("Berkshire Hathaway", "Emberly Rail", C)],
    ),
    en(
        "Altamira Holdings said it sold its remaining 12% stake in Corveth Biologics to Blackstone for $530 million, completing its exit from the contract drug manufacturer it helped found in 2009.",
        [stake("Blackstone", "Corveth Biologics", C)],
    ),
    en(
        "Toyota Tsusho has taken a 20% stake in Kettering Cycle, an Ohio-based battery recycler, for an undisclosed amount and will get a seat on its board. "
        "The Japanese trading house said the investment would secure a supply of recycled nickel and cobalt for its customers.",
        [stake("Toyota Tsusho", "Kettering Cycle", C)],
    ),
    en(
        "Abu Dhabi's Mubadala Investment Co. has agreed to invest $750 million in HyVolt, the hydrogen unit of Fenmore Energy, in exchange for a 25% stake. "
        "The transaction is subject to regulatory approval and is expected to close early next year.",
        [stake("Mubadala Investment Co.", "HyVolt", A)],
    ),
    en(
        "Private equity firm Stonebridge Partners agreed to take Halden Software private in a deal valued at $6.8 billion, including debt. "
        "Halden shareholders will receive $47 in cash per share, a 29% premium to Friday's close. "
        'The agreement includes a 35-day "go-shop" period during which Halden may solicit competing offers.',
        [acq("Stonebridge Partners", "Halden Software", A)],
    ),
    en(
        "Harrow Chemicals has completed the sale of its coatings division, Harrow Coatings, to Japan's Nippon Paint for $2.2 billion. "
        "The company said it would use the proceeds to pay down debt and buy back shares.",
        [acq("Nippon Paint", "Harrow Coatings", C)],
    ),
    en(
        "Lowell Capital-backed Pryor Dental Partners has agreed to acquire Brightsmile Dental, a network of 42 practices in the Southeast, from Carrow Health Group for an undisclosed sum. "
        "The deal will make Pryor the third-largest dental support organization in the region.",
        [acq("Pryor Dental Partners", "Brightsmile Dental", A)],
        [inv("Lowell Capital", "Pryor Dental Partners", ANY)],
    ),
    en(
        "Carraway Bio said its tender offer for all outstanding shares of Pellis Oncology expired at midnight, with about 87% of the shares validly tendered. "
        "The company expects to complete the merger later this week, after which Pellis will be delisted from Nasdaq.",
        [acq("Carraway Bio", "Pellis Oncology", CA)],
    ),
    en(
        "Bexley Payments completed its acquisition of Norland Card Services on Friday, two weeks after the Justice Department ended its review. "
        "Norland's chief executive, Graham Tully, has left the company, and Bexley president Aisha Coleman will oversee the combined card-processing business.",
        [
            acq("Bexley Payments", "Norland Card Services", C),
            dep("Graham Tully", "Norland Card Services", C),
            pos("Aisha Coleman", "Bexley Payments"),
        ],
        [pos("Graham Tully", "Norland Card Services")],
    ),
    en(
        "Pinecrest Software has closed its $1.1 billion purchase of data-governance firm Valmora. "
        "As part of the transaction, Valmora founder and CEO Ingrid Solheim joined Pinecrest as president of its newly formed data platform division.",
        [
            acq("Pinecrest Software", "Valmora", C),
            hire("Ingrid Solheim", "Pinecrest Software", C),
            pos("Ingrid Solheim", "Valmora"),
        ],
        [dep("Ingrid Solheim", "Valmora", ANY)],
    ),
    # --- funding rounds and partnerships
    en(
        "Cobalt Lane, a San Francisco start-up that makes software for managing clinical laboratories, has raised $85 million in a Series C round led by Tidewater Ventures. "
        "Existing investors Granary Capital and Northwind Partners also participated, bringing the company's total funding to $160 million.",
        [
            inv("Tidewater Ventures", "Cobalt Lane", C),
            inv("Granary Capital", "Cobalt Lane", C),
            inv("Northwind Partners", "Cobalt Lane", C),
        ],
    ),
    en(
        "Nvidia has invested in Quorra AI, a Toronto-based developer of chip-design software, as part of a $210 million funding round that values the start-up at $2.3 billion. "
        "The round was led by Halcott Growth Partners.",
        [
            inv("Nvidia", "Quorra AI", C),
            inv("Halcott Growth Partners", "Quorra AI", C),
        ],
    ),
    en(
        "Oberlin Therapeutics (NASDAQ: OBTX) surged 31% after it signed a licensing and collaboration agreement with Novartis for its experimental kidney drug. "
        "Under the terms, Oberlin will receive $120 million upfront and is eligible for up to $1.3 billion in milestone payments.",
        [par(["Oberlin Therapeutics", "Novartis"], CA)],
    ),
    en(
        "Dalrymple Motors and Panasonic will form a joint venture to build a $3.4 billion battery plant in Georgia, the companies said Tuesday. "
        "Dalrymple will hold 60% of the venture, which is expected to begin production in 2029.",
        [par(["Dalrymple Motors", "Panasonic"], A)],
    ),
    # --- mergers
    en(
        "Kestrel Bancorp and First Lakeshore Financial agreed to combine in an all-stock merger of equals that will create a regional lender with $48 billion in assets. "
        "Kestrel CEO Martin Hale will lead the combined company, while First Lakeshore chief executive Diane Rourke will serve as executive chair. "
        "The deal is expected to close in mid-2027.",
        [
            mer(["Kestrel Bancorp", "First Lakeshore Financial"], A),
            pos("Martin Hale", "Kestrel Bancorp"),
            pos("Diane Rourke", "First Lakeshore Financial"),
        ],
    ),
    en(
        "The merger of Granite Peak Insurance and Holloway Mutual was completed on Oct. 1, creating Summit Crest Insurance Group, the companies said. "
        "Granite Peak shareholders own about 55% of the combined company.",
        [mer(["Granite Peak Insurance", "Holloway Mutual"], C)],
    ),
    en(
        "Arbor Wireless confirmed on Thursday that it is in preliminary discussions with Clearpath Telecom about a potential combination, following media reports. "
        "There can be no assurance that any transaction will result, the company said in a brief statement.",
        [mer(["Arbor Wireless", "Clearpath Telecom"], T)],
    ),
    # --- blocked, rejected, abandoned deals
    en(
        "Orsino Chemicals and Pelham Materials have called off their planned merger, the companies said late Friday, citing the prolonged review by European competition authorities. "
        "Orsino will pay Pelham a termination fee of $150 million. "
        "The all-stock combination, announced 14 months ago, would have created the third-largest specialty chemicals group in North America.",
        [mer(["Orsino Chemicals", "Pelham Materials"], F)],
    ),
    en(
        "Britain's Competition and Markets Authority blocked Trevalli Gaming's proposed acquisition of mobile developer Fernhill Studios on Wednesday, ruling that the tie-up would reduce competition in the casual-games market. "
        'Trevalli said it was "deeply disappointed" and would not appeal.',
        [acq("Trevalli Gaming", "Fernhill Studios", F)],
    ),
    en(
        "The Federal Trade Commission on Tuesday sued to block Venloe Health's proposed $5.2 billion acquisition of rival dialysis provider Crestmark Renal, arguing the deal would raise prices for patients in more than 30 local markets. "
        "Venloe said it would fight the lawsuit in court.",
        [acq("Venloe Health", "Crestmark Renal", A)],
    ),
    en(
        'Dunmore Paper\'s board unanimously rejected an unsolicited $38-a-share offer from Acheron Packaging, saying the proposal "significantly undervalues" the company. '
        "Acheron, which already owns 9.8% of Dunmore's stock, said it was considering taking its offer directly to shareholders.",
        [acq("Acheron Packaging", "Dunmore Paper", [F, T])],
        [stake("Acheron Packaging", "Dunmore Paper", C)],
    ),
    en(
        "Meridian Cable ended talks to acquire fiber-network operator Cascadia Connect after the two sides failed to agree on price, Meridian said on Monday. "
        "The companies had been in exclusive negotiations since September.",
        [acq("Meridian Cable", "Cascadia Connect", F)],
    ),
    en(
        "Shareholders of Brookline Instruments voted down the company's proposed sale to Axton Holdings at a special meeting on Thursday, dealing a blow to the private equity firm. "
        "Only 41% of outstanding shares were cast in favor. "
        "Brookline said it would remain independent and continue to execute its standalone plan.",
        [acq("Axton Holdings", "Brookline Instruments", F)],
    ),
    en(
        "Rowntree Outdoor walked away from its agreed takeover of camping-gear brand Ferncliff on Tuesday, blaming a sharp drop in Ferncliff's sales since the deal was signed. "
        "It will not pay a break fee, the company said, a claim Ferncliff disputes.",
        [acq("Rowntree Outdoor", "Ferncliff", F)],
    ),
    en(
        "Ferrous Metals Corp. topped Arlington Steel's offer for scrap processor Renwick Recycling with a $2.6 billion bid on Monday, setting up a bidding war. "
        "Renwick's board said it would evaluate the new proposal but for now continues to recommend the agreed deal with Arlington.",
        [
            acq("Ferrous Metals Corp.", "Renwick Recycling", T),
            acq("Arlington Steel", "Renwick Recycling", A),
        ],
    ),
    # --- rumours, talks, denials
    en(
        "Lanford Hotels is in advanced talks to acquire boutique chain Saltmarsh Inns for about $900 million, including debt, according to people familiar with the matter. "
        "An agreement could be announced as soon as next week, though the talks could still fall apart, the people said.",
        [acq("Lanford Hotels", "Saltmarsh Inns", TR)],
    ),
    en(
        "Stellan Brands is exploring a sale of its outdoor apparel unit, Northpeak, which could fetch more than $1 billion, according to people familiar with the matter. "
        "The company has held preliminary discussions with private equity firms including Alder Crest Capital and Monroe Hill Partners, the people said, asking not to be identified because the deliberations are private. "
        "A Stellan spokesperson declined to comment.",
        [
            acq("Alder Crest Capital", "Northpeak", TR),
            acq("Monroe Hill Partners", "Northpeak", TR),
        ],
    ),
    en(
        "Pharmaceutical group Ardent Biosciences is weighing a bid for gene-therapy developer Lumetra Genomics, Bloomberg News reported, citing people familiar with the situation. "
        "Deliberations are at an early stage and Ardent may decide not to proceed, the people said. "
        "Lumetra shares jumped 24%.",
        [acq("Ardent Biosciences", "Lumetra Genomics", R)],
    ),
    en(
        "Shares of Grafton Semiconductor rose as much as 9% after a report that Nvidia had approached the chipmaker about a possible takeover. "
        'Grafton said in a statement late Wednesday that it "is not in discussions with any party regarding a sale of the company."',
        [acq("Nvidia", "Grafton Semiconductor", D)],
    ),
    en(
        'Halcyon Air denied a newspaper report that it was in talks to buy regional carrier Skyreach Express, calling the story "pure speculation." '
        "Skyreach declined to comment.",
        [acq("Halcyon Air", "Skyreach Express", D)],
    ),
    en(
        "Tolland Pharma CEO Sarah Whitman on Tuesday dismissed speculation that the company was preparing a bid for Danish insulin maker Ravnholt. "
        '"We are not pursuing that, full stop," she told investors at a healthcare conference in San Francisco.',
        [
            acq("Tolland Pharma", "Ravnholt", D),
            pos("Sarah Whitman", "Tolland Pharma"),
        ],
    ),
    en(
        "Apple is in talks to hire Marguerite Dao, the chief design officer of luxury group Valcourt, to lead its wearables design team, according to people familiar with the matter. "
        "Dao has been at Valcourt for nine years.",
        [
            hire("Marguerite Dao", "Apple", TR),
            pos("Marguerite Dao", "Valcourt"),
        ],
        [dep("Marguerite Dao", "Valcourt", TR), poa("Apple", "Valcourt", TR)],
    ),
    en(
        'Gideon Motors on Friday denied a report that Chief Executive Alan Prescott was being courted to run Ford, saying Prescott "remains fully committed" to the company and its turnaround plan.',
        [
            pos("Alan Prescott", "Gideon Motors"),
            hire("Alan Prescott", "Ford", D),
            dep("Alan Prescott", "Gideon Motors", D),
        ],
        [poa("Ford", "Gideon Motors", D)],
    ),
    # --- executive changes
    en(
        "Halvern Medical Inc. said Monday that Chief Executive Officer Thomas Greer will step down at the end of the month for personal reasons. "
        "The board has named Chief Operating Officer Elena Vasquez interim CEO while it conducts a search that will consider internal and external candidates. "
        "Greer will remain available to the company as an adviser through March.",
        [
            dep("Thomas Greer", "Halvern Medical Inc.", A),
            posh("Elena Vasquez", "Halvern Medical Inc."),
        ],
        [pos("Thomas Greer", "Halvern Medical Inc.")],
    ),
    en(
        "Quillon Software has hired Mark Esposito as chief financial officer, effective Jan. 6. "
        "Esposito joins from Dravo Networks, where he spent six years as CFO and helped steer the company through its 2021 spin-off. "
        "He succeeds Karen Whitlock, who announced in August that she would retire.",
        [
            hire("Mark Esposito", "Quillon Software", CA),
            dep("Mark Esposito", "Dravo Networks", CA),
            dep("Karen Whitlock", "Quillon Software", A),
        ],
        [pos("Mark Esposito", "Dravo Networks"), pos("Karen Whitlock", "Quillon Software")],
    ),
    en(
        "Brannock Energy announced that Chairman Walter Haines, 71, will retire from the board at the company's annual meeting in May after 14 years. "
        "The board intends to elect lead independent director Susan Okafor as its next chair. "
        "Separately, the company appointed two new independent directors, former Chevron executive Raymond Ellis and Julia Marchetti, a partner at the law firm Whitcombe & Gale, expanding the board to 11 members.",
        [
            dep("Walter Haines", "Brannock Energy", A),
            posh("Susan Okafor", "Brannock Energy"),
            hire("Raymond Ellis", "Brannock Energy", CA),
            hire("Julia Marchetti", "Brannock Energy", CA),
            pos("Raymond Ellis", "Chevron"),
            pos("Julia Marchetti", "Whitcombe & Gale"),
        ],
        [pos("Walter Haines", "Brannock Energy"), dep("Raymond Ellis", "Chevron", C)],
    ),
    en(
        "Verdaline Robotics has bolstered its leadership team ahead of a planned initial public offering. "
        "The company said Jonathan Pike, previously head of supply chain at Tesla, joined as chief operating officer, while Meredith Cho, a former Goldman Sachs managing director, became chief financial officer. "
        "It also named Andre Fontaine general counsel; he was most recently deputy general counsel at Uber.",
        [
            hire("Jonathan Pike", "Verdaline Robotics", C),
            hire("Meredith Cho", "Verdaline Robotics", C),
            hire("Andre Fontaine", "Verdaline Robotics", CA),
            pos("Jonathan Pike", "Tesla"),
            pos("Meredith Cho", "Goldman Sachs"),
            pos("Andre Fontaine", "Uber"),
        ],
        [
            dep("Jonathan Pike", "Tesla", C),
            dep("Meredith Cho", "Goldman Sachs", C),
            dep("Andre Fontaine", "Uber", C),
        ],
    ),
    en(
        "Corbin Logistics said its chief executive, Neil Aldridge, had been terminated for cause following an internal investigation into his expense reports. "
        "Finance chief Rebecca Stanhope was named interim CEO, effective immediately, and will also remain CFO. "
        "The stock dropped 7%.",
        [
            dep("Neil Aldridge", "Corbin Logistics", C),
            posh("Rebecca Stanhope", "Corbin Logistics"),
        ],
        [pos("Neil Aldridge", "Corbin Logistics")],
    ),
    en(
        "Ashford Networks named Victor Lemaire, the longtime head of Cisco's enterprise routing business, as its next chief executive. "
        "Lemaire will take over on April 1 from co-founder Paul Brandt, who will become executive chairman.",
        [
            hire("Victor Lemaire", "Ashford Networks", A),
            pos("Victor Lemaire", "Cisco"),
            posh("Paul Brandt", "Ashford Networks"),
        ],
        [dep("Victor Lemaire", "Cisco", A), poa("Ashford Networks", "Cisco", ANY)],
    ),
    en(
        "After nearly two decades at the helm, Fairbanks Tool CEO Leonard Moss plans to retire next year, the company said on Thursday. "
        "The board has tapped Carla Jimenez, currently president of Stanley Black & Decker's outdoor products unit, to succeed him. "
        "She will join Fairbanks as president and chief operating officer in January before assuming the top job in June.",
        [
            dep("Leonard Moss", "Fairbanks Tool", A),
            hire("Carla Jimenez", "Fairbanks Tool", A),
            pos("Carla Jimenez", "Stanley Black & Decker"),
        ],
        [pos("Leonard Moss", "Fairbanks Tool"), dep("Carla Jimenez", "Stanley Black & Decker", A)],
    ),
    en(
        "Hollister Mining will split the roles of chairman and chief executive, the company said, after shareholders pressed for stronger oversight. "
        "CEO Robert Kane will give up the chairmanship at the annual meeting, and independent director Lorraine Mbeki will succeed him as non-executive chair.",
        [
            pos("Robert Kane", "Hollister Mining"),
            posh("Lorraine Mbeki", "Hollister Mining"),
        ],
        [dep("Robert Kane", "Hollister Mining", A)],
    ),
    en(
        "Sorensen Brands said CFO Jessica Lamb is leaving to become finance chief at Hasbro. "
        "Controller Brian Wu will serve as interim CFO while the company searches for a permanent replacement.",
        [
            dep("Jessica Lamb", "Sorensen Brands", A),
            hire("Jessica Lamb", "Hasbro", A),
            posh("Brian Wu", "Sorensen Brands"),
        ],
        [pos("Jessica Lamb", "Sorensen Brands"), poa("Hasbro", "Sorensen Brands", ANY)],
    ),
    en(
        "Amazon has poached Derek Olsen, Walmart's head of grocery logistics, to run its fresh-food delivery operations in North America, according to an internal memo seen by reporters. "
        "Olsen, who spent 11 years at Walmart, starts in February.",
        [
            poa("Amazon", "Walmart", CA),
            hire("Derek Olsen", "Amazon", A),
            dep("Derek Olsen", "Walmart", CA),
        ],
        [pos("Derek Olsen", "Walmart")],
    ),
    en(
        "Stratton Pharma has lured oncology research head Nadia Petrov away from Merck, the company said, in its latest push to rebuild its cancer pipeline. "
        "Petrov will start in March as chief scientific officer.",
        [
            poa("Stratton Pharma", "Merck", CA),
            hire("Nadia Petrov", "Stratton Pharma", A),
            dep("Nadia Petrov", "Merck", CA),
        ],
        [pos("Nadia Petrov", "Merck")],
    ),
    en(
        "Five years after stepping down, co-founder Marcus Trent is returning as chief executive of Wildgrove Outdoor, replacing Hannah Ortiz, who is leaving the company after a string of disappointing quarters. "
        "Trent, who has remained on the board since his departure, takes over immediately.",
        [
            posh("Marcus Trent", "Wildgrove Outdoor"),
            dep("Hannah Ortiz", "Wildgrove Outdoor", CA),
        ],
        [pos("Hannah Ortiz", "Wildgrove Outdoor")],
    ),
    en(
        "Dalton Freight said President Lisa Cartwright will succeed Frank Morrow as chief executive on Jan. 1, when Morrow moves into the role of non-executive chairman.",
        [
            posh("Lisa Cartwright", "Dalton Freight"),
            posh("Frank Morrow", "Dalton Freight"),
        ],
        [dep("Frank Morrow", "Dalton Freight", A)],
    ),
    en(
        "General Motors named Patricia Yoon president of its autonomous-trucking unit, Ironway, replacing Kyle Hammond, who resigned last month. "
        "Yoon was previously chief technology officer at Ironway.",
        [
            posh("Patricia Yoon", "Ironway"),
            dep("Kyle Hammond", "Ironway", C),
        ],
        [
            pos("Patricia Yoon", "General Motors"),
            pos("Kyle Hammond", "Ironway"),
            dep("Kyle Hammond", "General Motors", C),
        ],
    ),
    en(
        "Jordan Mills, the former Salesforce executive who joined Trellis Commerce as chief executive last year, is stepping down after just 14 months, the company said. "
        "Chief Product Officer Ken Adachi will lead the company on an interim basis.",
        [
            pos("Jordan Mills", "Salesforce"),
            dep("Jordan Mills", "Trellis Commerce", CA),
            posh("Ken Adachi", "Trellis Commerce"),
        ],
        [hire("Jordan Mills", "Trellis Commerce", C), pos("Jordan Mills", "Trellis Commerce")],
    ),
    en(
        'Kellerman Foods has removed the "interim" tag from Rachel Ng\'s title, naming her permanent chief executive after a six-month search. '
        "Ng, a 20-year company veteran, had led the snack maker on an interim basis since the abrupt exit of Douglas Fenn in May.",
        [
            posh("Rachel Ng", "Kellerman Foods"),
            dep("Douglas Fenn", "Kellerman Foods", C),
        ],
    ),
    en(
        "Strathmore Bancorp elected three new members to its board of directors: Janet Hu, former chief risk officer of Citigroup; Michael Adeyemi, founder of the fintech start-up Ledgerly; and retired Army General Thomas Reardon.",
        [
            hire("Janet Hu", "Strathmore Bancorp", CA),
            hire("Michael Adeyemi", "Strathmore Bancorp", CA),
            hire("Thomas Reardon", "Strathmore Bancorp", CA),
            pos("Janet Hu", "Citigroup"),
            pos("Michael Adeyemi", "Ledgerly"),
        ],
        [pos("Thomas Reardon", "Army")],
    ),
    en(
        "Corwin Apparel reached an agreement with activist investor Pell Bridge Capital, adding two of the fund's nominees, Anthony Russo and Grace Whitaker, to its board. "
        "In exchange, Pell Bridge, which owns about 7% of Corwin, agreed to a standstill through next year's annual meeting.",
        [
            hire("Anthony Russo", "Corwin Apparel", CA),
            hire("Grace Whitaker", "Corwin Apparel", CA),
        ],
        [stake("Pell Bridge Capital", "Corwin Apparel", C)],
    ),
    en(
        "Three senior executives have left Brenton Capital Markets in the past month, including co-head of equities Ryan Doyle and chief compliance officer Michelle Tan, people familiar with the matter said. "
        "A third, technology chief Samuel Okoro, is joining Jefferies.",
        [
            dep("Ryan Doyle", "Brenton Capital Markets", [C, R]),
            dep("Michelle Tan", "Brenton Capital Markets", [C, R]),
            dep("Samuel Okoro", "Brenton Capital Markets", [C, R]),
            hire("Samuel Okoro", "Jefferies", [A, R]),
        ],
        [poa("Jefferies", "Brenton Capital Markets", ANY)],
    ),
    en(
        "Keystone Industrial will spin off its water-technology business as an independent public company named Clearwell, with longtime Keystone executive Amir Shaheen as chief executive. "
        "The separation is expected to be completed in the second half of 2027.",
        [
            pos("Amir Shaheen", "Keystone Industrial"),
            hire("Amir Shaheen", "Clearwell", A),
        ],
        [pos("Amir Shaheen", "Clearwell"), dep("Amir Shaheen", "Keystone Industrial", A)],
    ),
    en(
        "Vantor Systems has sued its former chief technology officer, Leon Brandt, accusing him of taking trade secrets to his new employer, drone maker Skyhaven. "
        "Brandt, who left Vantor in June, denied wrongdoing through his lawyer.",
        [
            pos("Leon Brandt", "Vantor Systems"),
            dep("Leon Brandt", "Vantor Systems", C),
            hire("Leon Brandt", "Skyhaven", C),
        ],
        [poa("Skyhaven", "Vantor Systems", ANY)],
    ),
    en(
        "Congrats to our friends at Lattimer Health on closing the Brookfield Diagnostics deal today. Two great teams, one mission. #healthtech #M&A",
        [acq("Lattimer Health", "Brookfield Diagnostics", C)],
    ),
    # --- negatives: earnings, markets, lawsuits, products, non-company deals
    en(
        "Pardell Retail posted a wider-than-expected loss for the fourth quarter as holiday discounting squeezed margins. "
        "Comparable-store sales fell 4.1%, and the company cut its outlook for fiscal 2027. "
        "Shares fell 11% in after-hours trading.",
        [],
    ),
    en(
        "Microsoft and Alphabet led a rebound in technology shares on Wednesday, while Nvidia slipped ahead of its earnings report. "
        "The Nasdaq Composite closed up 1.2%, and the S&P 500 gained 0.8%.",
        [],
    ),
    en(
        "A federal jury in Delaware ordered Castellan Devices to pay $212 million to rival Imrie Medical for infringing three patents covering surgical stapler technology. "
        "Castellan said it would appeal the verdict.",
        [],
    ),
    en(
        "Zephyrion Mobility unveiled its second-generation electric delivery van on Tuesday, promising 40% more range and a starting price below $60,000. "
        "Deliveries are scheduled to begin in the spring.",
        [],
    ),
    en(
        "Gresham Oil said its board approved a new $5 billion share-repurchase program and raised the quarterly dividend by 4%. "
        "The company also agreed to buy a package of drilling rights in the Permian Basin from a private landowner for $320 million.",
        [],
    ),
    en(
        "The city of Tacoma agreed to purchase the former Harbor Street rail yard from the state of Washington for $14 million and plans to turn the site into a public park.",
        [],
    ),
    en(
        "Analysts at Fenwick Securities raised their price target on Elmhurst Pharma to $74 from $61, citing stronger-than-expected uptake of its migraine treatment. "
        "The brokerage kept its buy rating on the stock.",
        [],
    ),
    en(
        "Retired hedge fund manager Colin Hartwell bought a 68-acre estate in the Hamptons for $92 million, one of the priciest residential deals on record in the area.",
        [],
    ),
    en(
        "The Pentagon awarded Kellman Defense a $1.9 billion contract to supply night-vision systems to the Army over five years, the company said Monday.",
        [],
        [par(["Kellman Defense", "Pentagon"], ANY)],
    ),
    en(
        "Hewitt Aerospace competes with Boeing and Airbus in the market for regional jet components and counts Embraer among its largest customers, according to its annual report.",
        [],
    ),
    en(
        "Shares of Ormond Insurance fell 6% after Moody's downgraded its credit rating to Baa2, citing rising catastrophe losses and weaker capital buffers.",
        [],
    ),
    en(
        "Lumio Streaming said it acquired 4.2 million new subscribers in the third quarter, more than double analysts' estimates, thanks to its lower-priced ad-supported tier.",
        [],
    ),
    en(
        "Shares of Orrin Airlines tumbled 8% after the carrier warned that fuel costs and a shortage of pilots would weigh on second-quarter profit.",
        [],
    ),
    en(
        "Thayer Media plans to cut about 1,200 jobs, or 9% of its workforce, and close two printing plants as advertising revenue continues to decline, the company said in a securities filing.",
        [],
    ),
    # ------------------------------------------------------------------ German
    # --- Übernahmen, Schlagzeilen, Teaser
    de(
        "Übernahme: Kessler Maschinenbau kauft Softwarehaus Qentis. "
        "Der Augsburger Maschinenbauer übernimmt den Münchner Softwareentwickler für rund 180 Millionen Euro. "
        "Der Kauf soll bis Ende des Jahres abgeschlossen sein, teilte das Unternehmen am Montag mit.",
        [acq("Kessler Maschinenbau", "Qentis", A)],
    ),
    de(
        "Die Übernahme des Kasseler Softwarehauses Nordlicht IT durch den US-Konzern Oracle ist abgeschlossen. "
        "Nach Angaben eines Oracle-Sprechers liegen alle kartellrechtlichen Genehmigungen vor.",
        [acq("Oracle", "Nordlicht IT", C)],
    ),
    de(
        "Der insolvente Fahrradhersteller Velotec wird vom niederländischen Konkurrenten Van Rijn Cycles übernommen. "
        "Der Gläubigerausschuss stimmte dem Verkauf am Donnerstag zu; rund 300 der 450 Arbeitsplätze sollen erhalten bleiben.",
        [acq("Van Rijn Cycles", "Velotec", A)],
    ),
    de(
        "Der Verkauf der Medizintechniksparte Orvita an den schwedischen Finanzinvestor Fjordal Partners ist vollzogen. "
        "Der Mutterkonzern Brehm Industries erlöst damit rund 1,2 Milliarden Euro.",
        [acq("Fjordal Partners", "Orvita", C)],
    ),
    de(
        "Der Mittelständler Gräfe Werkzeuge hat einen Zukauf in den USA getätigt. "
        "Übernommen wurde der Präzisionswerkzeughersteller Dayton Tool Works aus Ohio, der zuletzt rund 60 Millionen Dollar Umsatz erzielte. "
        "Zum Kaufpreis machten die Schwaben keine Angaben.",
        [acq("Gräfe Werkzeuge", "Dayton Tool Works", C)],
    ),
    de(
        "Der Münchner Halbleiterkonzern Infineon kauft in Kanada zu. "
        "Für rund 850 Millionen Dollar übernimmt er den Chipdesigner Northbeam Semiconductor aus Ottawa, wie Infineon am Abend mitteilte.",
        [acq("Infineon", "Northbeam Semiconductor", A)],
    ),
    de(
        "Der Onlinehändler Kistenwerk ist an den britischen Finanzinvestor Ravensworth Capital verkauft worden. "
        "Die Transaktion wurde am Freitag abgeschlossen, teilten beide Seiten mit.",
        [acq("Ravensworth Capital", "Kistenwerk", C)],
    ),
    de(
        "Übernahme perfekt: Hamburger Reederei Lühring schluckt Konkurrenten Baltic Feeder Lines",
        [acq("Reederei Lühring", "Baltic Feeder Lines", C)],
    ),
    de(
        "Die Mehrheit an der Bremer Reederei Wittkamp geht an die französische CMA CGM. "
        "Der Containerriese übernimmt 60 Prozent der Anteile von der Gründerfamilie, wie am Mittwoch bekannt wurde.",
        [acq("CMA CGM", "Reederei Wittkamp", CA)],
    ),
    de(
        "Die Bosch-Tochter BSH Hausgeräte übernimmt den österreichischen Küchenspezialisten Alpenherd. "
        "Die Wettbewerbsbehörden müssen dem Geschäft noch zustimmen.",
        [acq("BSH Hausgeräte", "Alpenherd", A)],
        [acq("Bosch", "Alpenherd", A)],
    ),
    de(
        "Nach dem Abschluss der Übernahme durch den US-Konzern Emerson ziehen sich Firmengründer Reinhold Mauser und seine Tochter Lena Mauser aus der Geschäftsführung des Messtechnikspezialisten Mauser Sensorik zurück.",
        [
            acq("Emerson", "Mauser Sensorik", C),
            dep("Reinhold Mauser", "Mauser Sensorik", CA),
            dep("Lena Mauser", "Mauser Sensorik", CA),
        ],
        [pos("Reinhold Mauser", "Mauser Sensorik"), pos("Lena Mauser", "Mauser Sensorik")],
    ),
    de(
        "Großes Hallo bei uns: Die Übernahme von @Datenwerk ist abgeschlossen! Herzlich willkommen an alle 120 neuen Kolleginnen und Kollegen bei #Fernbach 🚀",
        [acq("Fernbach", "Datenwerk", C)],
    ),
    # --- Kartellamt, gescheiterte Deals
    de(
        "Das Bundeskartellamt hat die geplante Übernahme des Baustoffhändlers Hollmann durch den Konkurrenten Steinwerk untersagt. "
        "Durch den Zusammenschluss wäre in mehreren Regionen Norddeutschlands ein marktbeherrschender Anbieter entstanden, erklärte die Behörde am Dienstag in Bonn.",
        [acq("Steinwerk", "Hollmann", F)],
    ),
    de(
        "Das Bundeskartellamt hat eine vertiefte Prüfung der geplanten Übernahme des Online-Möbelhändlers Wohnfabrik durch die Otto Group eingeleitet. "
        "Die Behörde hat nun bis zu vier Monate Zeit für ihre Entscheidung.",
        [acq("Otto Group", "Wohnfabrik", A)],
    ),
    de(
        "Grünes Licht aus Bonn: Das Bundeskartellamt hat den Einstieg des Finanzinvestors Brückner Capital bei der Kieler Osterholt Werft freigegeben. "
        "Brückner will 51 Prozent der Anteile übernehmen; der Abschluss wird für Ende März erwartet.",
        [acq("Brückner Capital", "Osterholt Werft", A)],
    ),
    de(
        "Unter Auflagen hat das Bundeskartellamt die Fusion der Krankenhausbetreiber Medivita und Sanacura freigegeben. "
        "Die Unternehmen müssen dafür zwei Kliniken in Niedersachsen verkaufen.",
        [mer(["Medivita", "Sanacura"], A)],
    ),
    de(
        "Der Einstieg des chinesischen Investors Huaxin Holdings beim Augsburger Roboterhersteller Mechatron ist geplatzt. "
        "Das Bundeswirtschaftsministerium hatte die geplante Beteiligung von 30 Prozent aus Sicherheitsgründen untersagt.",
        [stake("Huaxin Holdings", "Mechatron", F)],
    ),
    de(
        "Die Übernahme des Leipziger Onlineversenders Buchkontor durch das Medienhaus Sternberg ist gescheitert. "
        "Sternberg zog sein Angebot zurück, nachdem die Mindestannahmeschwelle von 75 Prozent deutlich verfehlt wurde.",
        [acq("Medienhaus Sternberg", "Buchkontor", F)],
    ),
    de(
        "Der Vorstand des Gabelstaplerherstellers Kranzberg lehnt das Übernahmeangebot des chinesischen Konkurrenten Longda Lift ab. "
        "Die gebotenen 34 Euro je Aktie spiegelten den Wert des Unternehmens nicht angemessen wider, hieß es in einer Stellungnahme.",
        [acq("Longda Lift", "Kranzberg", [F, T])],
    ),
    de(
        "Die Fusionsgespräche zwischen den Maschinenbauern Hartung und Bellmann sind gescheitert. "
        "Beide Seiten hätten sich nicht auf die künftige Führungsstruktur einigen können, teilten die Unternehmen mit.",
        [mer(["Hartung", "Bellmann"], F)],
    ),
    # --- Gerüchte, Gespräche, Dementis
    de(
        "Der Chemiekonzern Valtaris erwägt Insidern zufolge einen Verkauf seiner Pigmentsparte Chromalux. "
        "Als mögliche Interessenten gelten die Finanzinvestoren Alpenrock Capital und Nordhafen Partners, sagten mehrere mit der Sache vertraute Personen. "
        "Valtaris wollte sich nicht äußern.",
        [
            acq("Alpenrock Capital", "Chromalux", R),
            acq("Nordhafen Partners", "Chromalux", R),
        ],
    ),
    de(
        "Übernahmepoker um Stahlhändler Kornmeyer – Salzgitter und Thyssenkrupp unter den Bietern. "
        "Um den Duisburger Stahlhändler ist ein Bieterwettstreit entbrannt. "
        "Nach Informationen aus Finanzkreisen haben sowohl Salzgitter als auch Thyssenkrupp unverbindliche Angebote abgegeben.",
        [
            acq("Salzgitter", "Kornmeyer", TR),
            acq("Thyssenkrupp", "Kornmeyer", TR),
        ],
    ),
    de(
        "Der Energiekonzern Eon prüft offenbar den Kauf des Solarparkbetreibers Sonnenfeld Energie. "
        "Wie das 'Manager Magazin' unter Berufung auf Unternehmenskreise berichtet, könnte der Preis bei rund 700 Millionen Euro liegen.",
        [acq("Eon", "Sonnenfeld Energie", R)],
    ),
    de(
        "Der Darmstädter Pharmahändler Helvig Pharma steht Kreisen zufolge kurz vor der Übernahme des Generikaherstellers Medigen Süd. "
        "Ein Abschluss könnte noch in dieser Woche verkündet werden. "
        "Helvig wollte die Informationen nicht kommentieren.",
        [acq("Helvig Pharma", "Medigen Süd", TR)],
    ),
    de(
        "Der Finanzinvestor KKR hat Insidern zufolge das Interesse an der Modekette Brandhaus verloren. "
        "Die Gespräche über eine Übernahme seien in der vergangenen Woche abgebrochen worden, sagten zwei mit dem Vorgang vertraute Personen.",
        [acq("KKR", "Brandhaus", [F, R])],
    ),
    de(
        "Die Brauerei Ostermann hat Berichte über einen bevorstehenden Verkauf an den Getränkekonzern Heineken zurückgewiesen. "
        "'Wir führen keine Gespräche', sagte ein Sprecher am Mittwoch.",
        [acq("Heineken", "Brauerei Ostermann", D)],
    ),
    de(
        "Medienberichte über eine mögliche Fusion mit dem Konkurrenten Kranich Reisen hat der Reisekonzern Alpina Touristik als 'reine Spekulation' bezeichnet. "
        "Man prüfe derzeit keinerlei Zusammenschlüsse, betonte eine Sprecherin.",
        [mer(["Alpina Touristik", "Kranich Reisen"], D)],
    ),
    de(
        "An den Gerüchten über eine Übernahme durch @Bosch ist nichts dran. Wir bleiben eigenständig und familiengeführt. 💪 #Sonnhalde",
        [acq("Bosch", "Sonnhalde", D)],
    ),
    de(
        "Hört man in Frankfurt: Die Nordbank soll wieder mit der Hansa Kreditbank über eine Fusion sprechen. Offiziell bestätigt ist nichts. #Banken",
        [mer(["Nordbank", "Hansa Kreditbank"], TR)],
    ),
    de(
        "Die beiden Sparkassen im Landkreis, die Kreissparkasse Ostmarsch und die Stadtsparkasse Wedelbrück, führen Gespräche über eine Fusion. "
        "Eine Entscheidung der Verwaltungsräte soll bis zum Herbst fallen.",
        [mer(["Kreissparkasse Ostmarsch", "Stadtsparkasse Wedelbrück"], T)],
    ),
    de(
        "Nach Handelsblatt-Informationen soll der frühere Telekom-Vorstand Rainer Lindholm neuer Chef des Mobilfunkanbieters Funkwelt werden. "
        "Eine offizielle Bestätigung steht noch aus.",
        [
            hire("Rainer Lindholm", "Funkwelt", R),
            pos("Rainer Lindholm", "Telekom"),
        ],
    ),
    de(
        "Der Versandhändler Baumhaus hat Berichte über einen bevorstehenden Abgang von Vorstandschef Georg Linde dementiert. "
        "'Herr Linde hat einen Vertrag bis 2029 und wird diesen erfüllen', sagte eine Sprecherin.",
        [
            dep("Georg Linde", "Baumhaus", D),
            pos("Georg Linde", "Baumhaus"),
        ],
    ),
    # --- Fusionen
    de(
        "Fusion im Genossenschaftssektor: Die Volksbank Lindenau und die Raiffeisenbank Talheim wollen sich zusammenschließen. "
        "Die Vertreterversammlungen beider Häuser sollen im Juni über die Fusion abstimmen.",
        [mer(["Volksbank Lindenau", "Raiffeisenbank Talheim"], A)],
    ),
    de(
        "Aus zwei wird eins: Die Fusion der Softwareanbieter Datacron und Infolog ist vollzogen. "
        "Das neue Unternehmen firmiert unter dem Namen Datalog und beschäftigt rund 2.000 Mitarbeiter.",
        [mer(["Datacron", "Infolog"], C)],
    ),
    de(
        "Die Eigentümer der Familienunternehmen Gebr. Haller und Wintermann Armaturen haben den Zusammenschluss ihrer Firmen beschlossen. "
        "Das gemeinsame Unternehmen soll unter dem Dach einer neuen Holding geführt werden; die Zustimmung der Kartellbehörden steht noch aus.",
        [mer(["Gebr. Haller", "Wintermann Armaturen"], A)],
    ),
    de(
        "Eilmeldung: Allgäuer Molkereien Bergweide und Zollner fusionieren – neuer Konzern mit 1,1 Mrd. Euro Umsatz. Mehr in Kürze. #Milch",
        [mer(["Bergweide", "Zollner"], A)],
    ),
    # --- Beteiligungen, Finanzierungsrunden, Partnerschaften
    de(
        "Beteiligung: Siemens steigt bei Start-up Voltiq ein. "
        "Der Konzern übernimmt 25 Prozent an dem Berliner Batteriespeicher-Spezialisten. "
        "Über den Kaufpreis vereinbarten die Parteien Stillschweigen.",
        [stake("Siemens", "Voltiq", CA)],
    ),
    de(
        "Die Beteiligungsgesellschaft Hanfstaengl Holding hat ihren Anteil am Kranbauer Liebert & Söhne auf 29,9 Prozent aufgestockt. "
        "Damit bleibt sie knapp unter der Schwelle für ein Pflichtangebot.",
        [stake("Hanfstaengl Holding", "Liebert & Söhne", C)],
    ),
    de(
        "Die Deutsche Bank trennt sich von ihrer Minderheitsbeteiligung am Zahlungsdienstleister Paylink. "
        "Käufer des Pakets von 19 Prozent ist der US-Investor Silverline Capital, wie die Bank am Montag mitteilte.",
        [stake("Silverline Capital", "Paylink", CA)],
        [stake("Deutsche Bank", "Paylink", C)],
    ),
    de(
        "Das Hamburger Fintech Kontor hat in einer Finanzierungsrunde 40 Millionen Euro eingesammelt. "
        "Angeführt wurde die Runde vom Londoner Wagniskapitalgeber Ashgrove Ventures; auch die Bestandsinvestoren Elbe Capital und High-Tech Gründerfonds beteiligten sich.",
        [
            inv("Ashgrove Ventures", "Kontor", C),
            inv("Elbe Capital", "Kontor", C),
            inv("High-Tech Gründerfonds", "Kontor", C),
        ],
    ),
    de(
        "Die Deutsche Telekom und das Münchner KI-Start-up Lexora haben eine strategische Partnerschaft vereinbart. "
        "Gemeinsam wollen die Unternehmen Sprachassistenten für Geschäftskunden entwickeln.",
        [par(["Deutsche Telekom", "Lexora"], CA)],
    ),
    de(
        "Der Chemiekonzern Lechner und der japanische Mischkonzern Mitsui gründen ein Gemeinschaftsunternehmen für Recyclingkunststoffe. "
        "An dem Joint Venture sollen beide Partner jeweils 50 Prozent halten.",
        [par(["Lechner", "Mitsui"], A)],
    ),
    # --- Vorstand, Aufsichtsrat, Personalien
    de(
        "Vorstandswechsel bei der Rheinfels Versicherung: Vorstandschef Klaus Winterberg verlässt den Konzern zum Jahresende. "
        "Seine Nachfolgerin wird Finanzvorständin Anna Berg, wie der Aufsichtsrat am Dienstag beschloss.",
        [
            dep("Klaus Winterberg", "Rheinfels Versicherung", A),
            posh("Anna Berg", "Rheinfels Versicherung"),
        ],
        [pos("Klaus Winterberg", "Rheinfels Versicherung")],
    ),
    de(
        "Der Aufsichtsrat der Hanseatische Logistik AG hat den früheren DHL-Manager Jens Petersen in den Vorstand berufen. "
        "Petersen übernimmt zum 1. April das Ressort Operations und folgt auf Sabine Krüger, die das Unternehmen auf eigenen Wunsch verlässt.",
        [
            hire("Jens Petersen", "Hanseatische Logistik AG", A),
            pos("Jens Petersen", "DHL"),
            dep("Sabine Krüger", "Hanseatische Logistik AG", CA),
        ],
        [dep("Jens Petersen", "DHL", ANY), pos("Sabine Krüger", "Hanseatische Logistik AG")],
    ),
    de(
        "Nach dem überraschenden Rücktritt von Vorstandschef Martin Oswald übernimmt Finanzvorstand Peter Hahn kommissarisch die Führung der Wallbrecht AG. "
        "Der Aufsichtsrat will bis zum Sommer einen dauerhaften Nachfolger finden.",
        [
            dep("Martin Oswald", "Wallbrecht AG", C),
            posh("Peter Hahn", "Wallbrecht AG"),
        ],
        [pos("Martin Oswald", "Wallbrecht AG")],
    ),
    de(
        "Die Commerzbank verliert ihre Digitalchefin: Miriam Albers wechselt zum 1. Juli in den Vorstand der Direktbank Finova, wie beide Institute am Freitag bestätigten.",
        [
            dep("Miriam Albers", "Commerzbank", A),
            hire("Miriam Albers", "Finova", A),
        ],
        [pos("Miriam Albers", "Commerzbank"), poa("Finova", "Commerzbank", ANY)],
    ),
    de(
        "Der Dax-Konzern Siemens Energy hat einen neuen Finanzchef gefunden. "
        "Der Konzern holt Markus Adler vom Rivalen GE Vernova, wie am Donnerstag bekannt wurde. "
        "Adler soll sein Amt im Herbst antreten.",
        [
            hire("Markus Adler", "Siemens Energy", A),
            dep("Markus Adler", "GE Vernova", A),
        ],
        [poa("Siemens Energy", "GE Vernova", ANY), pos("Markus Adler", "GE Vernova")],
    ),
    de(
        "Neuaufstellung an der Spitze: Der Münchner Versicherer Isaria Leben beruft gleich drei neue Vorstände. "
        "Zum 1. Januar stoßen Thomas Brandl (bisher Allianz), Claudia Weiß (bisher Ergo) und Dirk Vogel (bisher McKinsey) zum Führungsgremium.",
        [
            hire("Thomas Brandl", "Isaria Leben", A),
            hire("Claudia Weiß", "Isaria Leben", A),
            hire("Dirk Vogel", "Isaria Leben", A),
            dep("Thomas Brandl", "Allianz", A),
            dep("Claudia Weiß", "Ergo", A),
            dep("Dirk Vogel", "McKinsey", A),
        ],
        [
            pos("Thomas Brandl", "Allianz"),
            pos("Claudia Weiß", "Ergo"),
            pos("Dirk Vogel", "McKinsey"),
        ],
    ),
    de(
        "Der Sportartikelhersteller Laufwerk aus Herzogenaurach hat einen neuen Chef: Der frühere Adidas-Manager Stefan Rieder übernimmt mit sofortiger Wirkung den Vorstandsvorsitz. "
        "Er folgt auf Bernd Hollatz, der nach Differenzen mit dem Aufsichtsrat gehen musste.",
        [
            hire("Stefan Rieder", "Laufwerk", C),
            pos("Stefan Rieder", "Adidas"),
            dep("Bernd Hollatz", "Laufwerk", C),
        ],
        [pos("Bernd Hollatz", "Laufwerk")],
    ),
    de(
        "Wechsel an der Spitze des Aufsichtsrats: Der langjährige Chefkontrolleur der Dornbach AG, Helmut Seidl, legt sein Mandat zur Hauptversammlung im Mai nieder. "
        "Als Nachfolgerin schlägt das Gremium die frühere Henkel-Finanzchefin Ulrike Sommer vor.",
        [
            dep("Helmut Seidl", "Dornbach AG", A),
            hire("Ulrike Sommer", "Dornbach AG", [A, R]),
            pos("Ulrike Sommer", "Henkel"),
        ],
        [pos("Helmut Seidl", "Dornbach AG")],
    ),
    de(
        "Personalie: Die Heidelberger Druckfarben AG hat Julia Brenner zur neuen Finanzvorständin ernannt. "
        "Die 46-Jährige kommt vom Spezialchemiekonzern Wacker Chemie, wo sie zuletzt das Controlling leitete, und tritt ihr Amt am 1. Oktober an.",
        [
            hire("Julia Brenner", "Heidelberger Druckfarben AG", A),
            dep("Julia Brenner", "Wacker Chemie", CA),
        ],
        [pos("Julia Brenner", "Wacker Chemie")],
    ),
    de(
        "Der Sportwagenbauer Rennwerk hat dem Rivalen Carbonia den Entwicklungschef abgeworben. "
        "Lukas Faber wechselt im Sommer zu Rennwerk, wo er die nächste Modellgeneration verantworten soll.",
        [
            poa("Rennwerk", "Carbonia", CA),
            hire("Lukas Faber", "Rennwerk", A),
            dep("Lukas Faber", "Carbonia", A),
        ],
        [pos("Lukas Faber", "Carbonia")],
    ),
    de(
        "Katrin Mohr (@kmohr): Ich freue mich sehr, ab dem 1. März als CFO bei @Lumenwerk an Bord zu sein! Nach acht tollen Jahren bei Zalando ist es Zeit für ein neues Kapitel. #newjob",
        [
            hire("Katrin Mohr", "Lumenwerk", A),
            dep("Katrin Mohr", "Zalando", CA),
        ],
        [pos("Katrin Mohr", "Zalando")],
    ),
    de(
        "Der Chef des Lebensmittelhändlers Frischmarkt, Oliver Tenbrink, tritt nach nur zwei Jahren zurück. "
        "Tenbrink, der zuvor bei Rewe und Lidl Führungspositionen innehatte, wolle sich 'neuen Aufgaben widmen', teilte das Unternehmen mit.",
        [
            dep("Oliver Tenbrink", "Frischmarkt", CA),
            pos("Oliver Tenbrink", "Rewe"),
            pos("Oliver Tenbrink", "Lidl"),
        ],
        [pos("Oliver Tenbrink", "Frischmarkt")],
    ),
    de(
        "Der bisherige Vertriebsvorstand Michael Roth soll zum 1. Juli neuer Vorstandschef des Baukonzerns Mauritz Bau werden. "
        "Er tritt die Nachfolge von Gerhard Pfeil an, der in den Ruhestand geht.",
        [
            posh("Michael Roth", "Mauritz Bau"),
            dep("Gerhard Pfeil", "Mauritz Bau", A),
        ],
        [pos("Gerhard Pfeil", "Mauritz Bau")],
    ),
    de(
        "Carsten Weber ist seit Anfang des Monats neuer Deutschland-Chef des Softwarekonzerns Salesforce. "
        "Er kam von Microsoft, wo er zuletzt das Mittelstandsgeschäft verantwortete.",
        [
            hire("Carsten Weber", "Salesforce", C),
            dep("Carsten Weber", "Microsoft", C),
        ],
        [pos("Carsten Weber", "Microsoft")],
    ),
    de(
        "Überraschender Abgang: Der Technikvorstand des Chipherstellers Halbleiterwerk Dresden, Frank Eisele, verlässt das Unternehmen mit sofortiger Wirkung. "
        "Gründe wurden nicht genannt.",
        [dep("Frank Eisele", "Halbleiterwerk Dresden", C)],
        [pos("Frank Eisele", "Halbleiterwerk Dresden")],
    ),
    de(
        "Bis ein Nachfolger gefunden ist, führt Aufsichtsratsmitglied Gabriele Hofer vorübergehend die Geschäfte der Textilkette Modehaus Rieck. "
        "Der bisherige Chef Jan Körber war im Streit mit den Eigentümern ausgeschieden.",
        [
            posh("Gabriele Hofer", "Modehaus Rieck"),
            dep("Jan Körber", "Modehaus Rieck", C),
        ],
        [pos("Jan Körber", "Modehaus Rieck")],
    ),
    de(
        "Der Aufsichtsrat der Nordsee Windkraft AG hat den Vertrag von Vorstandschef Henrik Lund vorzeitig um fünf Jahre verlängert.",
        [pos("Henrik Lund", "Nordsee Windkraft AG")],
    ),
    de(
        "Die frühere Siemens-Vorständin Petra Langhans soll in den Aufsichtsrat der Softwarefirma Cortexa einziehen. "
        "Die Hauptversammlung soll sie im Juni wählen.",
        [
            hire("Petra Langhans", "Cortexa", A),
            pos("Petra Langhans", "Siemens"),
        ],
    ),
    de(
        "Der Vertriebschef des Landmaschinenherstellers Agrotec, Jürgen Haas, wechselt zum Konkurrenten Claas. "
        "Seine Aufgaben übernimmt kommissarisch der Leiter des Europageschäfts, Tobias Reinhardt.",
        [
            dep("Jürgen Haas", "Agrotec", CA),
            hire("Jürgen Haas", "Claas", CA),
            posh("Tobias Reinhardt", "Agrotec"),
        ],
        [pos("Jürgen Haas", "Agrotec"), poa("Claas", "Agrotec", ANY)],
    ),
    de(
        "Personalkarussell bei den Zulieferern: Anke Mertens, bislang Einkaufschefin bei ZF, wechselt zu Schaeffler. "
        "Ihre Position bei ZF übernimmt Holger Bauer, der von Continental kommt.",
        [
            dep("Anke Mertens", "ZF", CA),
            hire("Anke Mertens", "Schaeffler", CA),
            hire("Holger Bauer", "ZF", CA),
            dep("Holger Bauer", "Continental", CA),
        ],
        [
            pos("Anke Mertens", "ZF"),
            poa("Schaeffler", "ZF", ANY),
            poa("ZF", "Continental", ANY),
        ],
    ),
    de(
        "Finanzvorständin Sandra Keller übernimmt beim Verpackungskonzern Papyron zusätzlich das Personalressort. "
        "Der bisherige Personalvorstand Uwe Lorenz geht Ende März in den Ruhestand.",
        [
            posh("Sandra Keller", "Papyron"),
            dep("Uwe Lorenz", "Papyron", A),
        ],
        [pos("Uwe Lorenz", "Papyron")],
    ),
    de(
        "Neue Chefin für Cloudfirma Stratus Data: Ex-SAP-Managerin Vera Lenz. "
        "Lenz wird zum 1. Mai Vorstandsvorsitzende des Kölner Cloudanbieters, der im vergangenen Jahr an die Börse gegangen war.",
        [
            hire("Vera Lenz", "Stratus Data", A),
            pos("Vera Lenz", "SAP"),
        ],
    ),
    de(
        "Milliardenfusion in der Versicherungsbranche: Rheinland Assekuranz und Westfalia Leben künftig unter einem Dach. "
        "Die Vorstände beider Häuser haben sich auf einen Zusammenschluss geeinigt, die Aufsichtsräte müssen noch zustimmen. "
        "Gemeinsam kämen die Versicherer auf Beitragseinnahmen von rund 9,4 Milliarden Euro.",
        [mer(["Rheinland Assekuranz", "Westfalia Leben"], A)],
    ),
    de(
        "Willkommen im Team, Jonas Berger! Jonas verstärkt ab sofort als CTO unsere Geschäftsführung und kommt von Delivery Hero zu uns. #Hiring #Vaylo",
        [
            hire("Jonas Berger", "Vaylo", C),
            dep("Jonas Berger", "Delivery Hero", C),
        ],
        [pos("Jonas Berger", "Delivery Hero")],
    ),
    de(
        "Der Einstieg des Finanzinvestors Carlyle beim Düsseldorfer Modehändler Kerkhoff ist Insidern zufolge so gut wie beschlossen. "
        "Carlyle solle rund 40 Prozent der Anteile für etwa 300 Millionen Euro erhalten, hieß es in Finanzkreisen. "
        "Beide Seiten lehnten eine Stellungnahme ab.",
        [stake("Carlyle", "Kerkhoff", TR)],
    ),
    de(
        "Der Windanlagenbauer Nordwind Turbinen holt sich Verstärkung in den Aufsichtsrat. "
        "Neben der ehemaligen Eon-Managerin Birgit Sauer ziehen der Mannheimer Ökonom Martin Kraus und der Unternehmer Felix Brandt in das Gremium ein, das die Hauptversammlung am Freitag gewählt hat.",
        [
            hire("Birgit Sauer", "Nordwind Turbinen", C),
            hire("Martin Kraus", "Nordwind Turbinen", C),
            hire("Felix Brandt", "Nordwind Turbinen", C),
            pos("Birgit Sauer", "Eon"),
        ],
    ),
    # --- Negativbeispiele
    de(
        "Die Aktie des Spezialmaschinenbauers Ortlieb sprang am Nachmittag um zwölf Prozent nach oben. "
        "Händler verwiesen auf Spekulationen über ein mögliches Übernahmeinteresse eines Finanzinvestors; Namen wurden nicht genannt.",
        [],
    ),
    de(
        "Der Spezialchemiekonzern Altmühl Chemie hat im dritten Quartal deutlich weniger verdient. "
        "Der bereinigte Betriebsgewinn sank um 18 Prozent auf 142 Millionen Euro, der Umsatz ging um fünf Prozent zurück. "
        "Für das Gesamtjahr senkte das Unternehmen erneut seine Prognose.",
        [],
    ),
    de(
        "Der Münchner E-Bike-Hersteller Surrwerk hat am Dienstag die dritte Generation seines Lastenrads vorgestellt. "
        "Das Modell soll ab Frühjahr ausgeliefert werden und mit einer Akkuladung bis zu 150 Kilometer schaffen.",
        [],
    ),
    de(
        "Das Oberlandesgericht Düsseldorf hat eine Schadenersatzklage des Kaffeerösters Bohnhaus gegen den Discounter Preisland abgewiesen. "
        "Bohnhaus hatte dem Handelsunternehmen vorgeworfen, Markenrechte verletzt zu haben.",
        [],
    ),
    de(
        "Die Städte Köln und Düsseldorf wollen künftig bei der Bewerbung um internationale Sportveranstaltungen zusammenarbeiten. "
        "Eine entsprechende Absichtserklärung unterzeichneten die beiden Oberbürgermeister am Montag.",
        [],
    ),
    de(
        "Im Dax gehörten die Aktien von SAP, Siemens und der Deutschen Bank zu den größten Gewinnern, während Autowerte unter Druck gerieten. "
        "Der Leitindex schloss 0,9 Prozent höher.",
        [],
    ),
    de(
        "Die Gewerkschaft Verdi hat die Beschäftigten des Paketdienstes Swiftpost zu einem zweitägigen Warnstreik aufgerufen. "
        "Hintergrund sind die stockenden Tarifverhandlungen.",
        [],
    ),
    de(
        "Der Kosmetikhersteller Lavendra plant für das kommende Frühjahr einen Börsengang in Frankfurt. "
        "Mit dem IPO will das Unternehmen bis zu 500 Millionen Euro einsammeln.",
        [],
    ),
    de(
        "Der Autozulieferer Klingbeil Technik hat seine Jahresziele bestätigt. "
        "Im ersten Halbjahr stieg der Umsatz um drei Prozent auf 2,3 Milliarden Euro, die operative Marge lag bei 5,8 Prozent.",
        [],
    ),
    de(
        "Die Stadtwerke Ulmenau übernehmen ab Januar den Betrieb der Straßenbeleuchtung in drei Nachbargemeinden. "
        "Der Vertrag läuft zunächst zehn Jahre.",
        [],
    ),
    de(
        "Bund und Land Niedersachsen haben sich auf ein gemeinsames Förderprogramm für Wasserstoffprojekte geeinigt. "
        "Insgesamt stehen bis 2030 rund 600 Millionen Euro bereit.",
        [],
    ),
]
