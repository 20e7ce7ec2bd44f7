# ruff: noqa: E501
"""Challenge set v12: wire-service and trade-press news (English and German).

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
    # --- acquisitions: completed, announced, background
    en(
        "Veridian Analytics Inc. said on Monday it had completed its purchase of Tallow AI, a San Francisco-based maker of tools for evaluating large language models, for an undisclosed sum. "
        "Tallow's 38 employees, including chief executive Priya Raman, have joined Veridian's platform group.",
        [
            acq("Veridian Analytics", "Tallow AI", C),
            pos("Priya Raman", "Tallow AI"),
            hire("Priya Raman", "Veridian Analytics", C),
        ],
    ),
    en(
        "Semiconductor equipment maker Marlow Fabtech is exploring a sale of its wafer-inspection unit, Kestrel Metrology, and has drawn early interest from Applied Materials, according to people familiar with the matter. "
        "Deliberations are at an early stage and there is no certainty a deal will be reached, said the people, who asked not to be identified because the information is private. "
        "Representatives for Marlow Fabtech and Applied Materials declined to comment.",
        [
            acq("Applied Materials", "Kestrel Metrology", TR),
        ],
    ),
    en(
        "Halcyon Therapeutics has struck a licensing pact with Novartis worth up to $1.2 billion in milestones for its preclinical KRAS degrader programme. "
        "The Cambridge, Massachusetts-based biotech will receive $75 million upfront, chief business officer Martin Oduya said in an interview.",
        [
            par(["Halcyon Therapeutics", "Novartis"], CA),
            pos("Martin Oduya", "Halcyon Therapeutics"),
        ],
    ),
    en(
        "BERLIN, Nov 25 (Reuters) - Berlin-based logistics software start-up Frachtwerk has raised 42 million euros ($44 million) in a Series B round led by London's Northwall Capital, with existing backers Ostwind Partners and Kiefer Ventures also taking part, the company said on Tuesday. "
        "Co-founder and Chief Executive Lena Vogt said the money would fund expansion into Poland and the Nordics.",
        [
            inv("Northwall Capital", "Frachtwerk", C),
            inv("Ostwind Partners", "Frachtwerk", C),
            inv("Kiefer Ventures", "Frachtwerk", C),
            pos("Lena Vogt", "Frachtwerk"),
        ],
    ),
    en(
        "Quorum Bank plc has appointed Helena Marchetti, a former HSBC executive, as its next chief risk officer, the London-listed lender said on Wednesday. "
        "Marchetti will take up the role in March, succeeding Tom Aske, who is retiring after 11 years at the bank.",
        [
            hire("Helena Marchetti", "Quorum Bank plc", A),
            pos("Helena Marchetti", "HSBC"),
            dep("Tom Aske", "Quorum Bank plc", A),
            pos("Tom Aske", "Quorum Bank plc"),
        ],
    ),
    en(
        "Lumara Retail Group's chief executive Simon Hartwell stepped down with immediate effect on Friday, two days after the department-store operator issued its third profit warning this year. "
        "The board named finance chief Grace Oyelaran as interim CEO while it searches for a permanent successor.",
        [
            dep("Simon Hartwell", "Lumara Retail Group", C),
            pos("Simon Hartwell", "Lumara Retail Group"),
            posh("Grace Oyelaran", "Lumara Retail Group"),
        ],
    ),
    en(
        "Electric-truck maker Voltaris Motors has tried to lure at least a dozen battery engineers away from Swedish cell manufacturer Skarvik Battery AB, offering signing bonuses of up to $200,000, according to internal emails seen by Reuters. "
        "A Skarvik spokesperson said the company had lost two senior engineers to Voltaris this year but had retained most of its team.",
        [
            poa("Voltaris Motors", "Skarvik Battery AB", ANY),
        ],
    ),
    en(
        "Harbor & Finch Insurance Group Inc. (NYSE: HFG) and Ridgeline Mutual agreed to combine in an all-stock merger of equals that will create the fifth-largest U.S. property-and-casualty insurer by premiums. "
        "The combined company will be led by Harbor & Finch Chief Executive Laura Benning, while Ridgeline CEO Omar Castell will become executive chairman.",
        [
            mer(["Harbor & Finch Insurance Group", "Ridgeline Mutual"], A),
            pos("Laura Benning", "Harbor & Finch Insurance Group"),
            pos("Omar Castell", "Ridgeline Mutual"),
        ],
    ),
    # --- failed, denied
    en(
        "Britain's Competition and Markets Authority on Wednesday blocked Pellham Media's 1.1 billion pound takeover of regional broadcaster Tyne Valley Television, saying the deal would substantially reduce competition in local advertising. "
        "Pellham said it was 'disappointed' by the ruling and would not appeal.",
        [
            acq("Pellham Media", "Tyne Valley Television", F),
        ],
    ),
    en(
        "Kestrow Pharma on Thursday denied a report that it was in talks to buy Danish antibody developer Amalie Bio, calling the Bloomberg News story 'pure speculation'. "
        "Amalie Bio's shares, which had jumped 22% on the report, gave back most of their gains.",
        [
            acq("Kestrow Pharma", "Amalie Bio", D),
        ],
    ),
    # --- distractors
    en(
        "Tornquist Logistics reported a 9% rise in third-quarter operating profit on Thursday, helped by higher freight rates on Asia-Europe routes, and raised its full-year guidance. "
        "Chief Financial Officer Anneli Strand told reporters that volumes had stabilised after a weak summer.",
        [
            pos("Anneli Strand", "Tornquist Logistics"),
        ],
    ),
    en(
        "Cloud-telephony provider Dialwell added 12,000 business customers in the quarter, most of them acquired through its new reseller channel, and said churn fell to a record low.",
        [],
    ),
    en(
        "Ashgrove Energy plc bought back 4.2 million of its own shares last week as part of its 500 million pound repurchase programme, a regulatory filing showed.",
        [],
    ),
    en(
        "'If Marren Foods wanted to get serious about plant-based protein, buying someone like Greenleaf Kitchen would make a lot of sense,' said Halden Securities analyst Paul Ridley, who stressed he had no knowledge of any discussions between the two companies.",
        [
            pos("Paul Ridley", "Halden Securities"),
        ],
    ),
    en(
        "Corrin Semiconductor has sued rival Vantis Microdevices in federal court in Delaware, alleging that Vantis infringed six patents covering advanced chip-packaging techniques. "
        "Vantis said the claims were without merit and it would defend itself vigorously.",
        [],
    ),
    en(
        "Nordlicht Robotics unveiled a warehouse-picking arm on Tuesday that it says can handle 1,200 items an hour, and said the first units would ship in the spring to customers including a large European online fashion retailer.",
        [],
    ),
    # --- stakes
    en(
        "Abu Dhabi's Qasr Investment Authority is in advanced talks to buy a 20% stake in Spanish renewable-energy developer Verdemar Renovables for about 800 million euros, two people with knowledge of the negotiations said. "
        "An agreement could be signed before the end of the year, one of the people said.",
        [
            stake("Qasr Investment Authority", "Verdemar Renovables", TR),
        ],
    ),
    en(
        "SYDNEY - Japan's Kaisho Trading Corp. has completed the acquisition of a 35% stake in Australian lithium miner Coolabah Minerals Ltd (ASX: CBM) from private-equity firm Redgum Partners, the companies said on Monday. "
        "Kaisho will nominate two directors to Coolabah's board.",
        [
            stake("Kaisho Trading Corp.", "Coolabah Minerals Ltd", C),
        ],
    ),
    en(
        "Carmaker Brandt-Ellison Motors is in talks with autonomous-driving start-up Pathwise Robotics about jointly developing robotaxis for European cities, Brandt-Ellison's head of strategy Ines Kovač told reporters on the sidelines of the Munich motor show. "
        "'We are not there yet, but the discussions are constructive,' she said.",
        [
            par(["Brandt-Ellison Motors", "Pathwise Robotics"], T),
            pos("Ines Kovač", "Brandt-Ellison Motors"),
        ],
    ),
    # --- people
    en(
        "Former Stripe executive Daniel Osei will join fintech Ledgerly as chief operating officer in January, the New York-based company said in a LinkedIn post.",
        [
            hire("Daniel Osei", "Ledgerly", A),
            pos("Daniel Osei", "Stripe"),
        ],
        optional=[dep("Daniel Osei", "Stripe", C)],
    ),
    en(
        "Mira Sandoval, head of AI research at Corbel Labs, is leaving the company to start her own venture, she said in a post on X on Wednesday. "
        "Corbel, which is backed by Microsoft, did not say who would replace her.",
        [
            dep("Mira Sandoval", "Corbel Labs", A),
            pos("Mira Sandoval", "Corbel Labs"),
        ],
        optional=[inv("Microsoft", "Corbel Labs", C)],
    ),
    en(
        "Meridian Capital Partners tried to poach Ostrander Bank's entire leveraged-finance team earlier this year, but the effort collapsed after Ostrander offered the bankers hefty retention packages, people familiar with the matter said.",
        [
            poa("Meridian Capital Partners", "Ostrander Bank", F),
        ],
    ),
    en(
        "LONDON, Nov 22 - Private-equity firm Calder Rhodes & Co. is weighing a takeover offer for UK-listed testing and inspection group Imbrex plc, which has a market value of about 2.3 billion pounds, Sky News reported on Saturday. "
        "Under British takeover rules, Calder Rhodes has until Dec. 20 to either make a firm offer or walk away.",
        [
            acq("Calder Rhodes & Co.", "Imbrex plc", TR),
        ],
    ),
    en(
        "Sandquist Holdings has walked away from its proposed $3.4 billion purchase of cold-storage operator Polar Freight Systems after the two sides failed to agree on price, the companies said in a joint statement on Monday.",
        [
            acq("Sandquist Holdings", "Polar Freight Systems", F),
        ],
    ),
    en(
        "The board of Dunmore Brewing Co. has unanimously rejected an unsolicited 410 pence-a-share approach from larger rival Castlegate Beverages, saying it 'significantly undervalues' the company and its prospects. "
        "Castlegate said it was considering its options.",
        [
            acq("Castlegate Beverages", "Dunmore Brewing Co.", F),
        ],
    ),
    en(
        "'We see enormous demand for sovereign cloud capacity in Europe,' said Jane Corrigan, chief financial officer of Stratacore Data Centers, adding that the company would spend $2 billion on new facilities in Ireland and Spain next year.",
        [
            pos("Jane Corrigan", "Stratacore Data Centers"),
        ],
    ),
    en(
        "Fenwick & Lowe, the Boston-based outdoor apparel retailer, has closed its acquisition of trail-running brand Summitline from founder Kerry Abbott, who will stay on as creative director of the brand.",
        [
            acq("Fenwick & Lowe", "Summitline", C),
            pos("Kerry Abbott", "Summitline"),
        ],
        optional=[hire("Kerry Abbott", "Fenwick & Lowe", CA)],
    ),
    en(
        "Texas shale producers Red Mesa Resources and Cottonwood Petroleum Corp. are in talks to merge in an all-stock deal that would create an operator pumping roughly 400,000 barrels a day, the Wall Street Journal reported, citing people familiar with the matter. "
        "A deal could be announced as soon as next week.",
        [
            mer(["Red Mesa Resources", "Cottonwood Petroleum Corp."], TR),
        ],
    ),
    en(
        "Paris-based AI start-up Liminal has raised $18 million in a seed round co-led by Fourmile Ventures and Auberon Capital, TechCrunch has learned. "
        "Angel investors including former DeepMind researcher Theo Lambert also took part. "
        "Liminal was founded last year by Camille Roux and Yann Petit, both formerly of Meta's AI research lab.",
        [
            inv("Fourmile Ventures", "Liminal", C),
            inv("Auberon Capital", "Liminal", C),
            pos("Theo Lambert", "DeepMind"),
            pos("Camille Roux", "Liminal"),
            pos("Yann Petit", "Liminal"),
        ],
        optional=[
            inv("Theo Lambert", "Liminal", C),
            pos("Camille Roux", "Meta"),
            pos("Yann Petit", "Meta"),
        ],
    ),
    en(
        "Hallam Brothers has hired veteran dealmaker Ruth Okonjo from rival Ashby Carrington to co-head its European technology M&A practice, according to an internal memo seen by Bloomberg News. "
        "Okonjo spent 14 years at Ashby Carrington, most recently as head of software deals.",
        [
            hire("Ruth Okonjo", "Hallam Brothers", C),
            dep("Ruth Okonjo", "Ashby Carrington", C),
            pos("Ruth Okonjo", "Ashby Carrington"),
        ],
        optional=[poa("Hallam Brothers", "Ashby Carrington", C)],
    ),
    en(
        "Arcturus Semiconductor Inc. (NASDAQ: ARCS) said on Tuesday it had completed the previously announced $1.9 billion acquisition of Lumin Photonics, a developer of co-packaged optics for AI data centres. "
        "Lumin will operate as a standalone business unit led by its co-founder, Dr. Kenji Watanabe.",
        [
            acq("Arcturus Semiconductor", "Lumin Photonics", C),
            pos("Kenji Watanabe", "Lumin Photonics"),
        ],
    ),
    en(
        "Bermuda-based reinsurer Aldergate Re agreed to buy Lisbon-based marine insurer Atlântica Seguros from Continental Assurance SE for 310 million euros, in a deal expected to close in the second half of next year subject to regulatory approvals.",
        [
            acq("Aldergate Re", "Atlântica Seguros", A),
        ],
    ),
    en(
        "Streaming service Vireo TV has signed a five-year media-rights agreement with the Northern Basketball League, the league said on Friday, replacing its previous broadcast partner Channel Seven North.",
        [],
        optional=[
            par(["Vireo TV", "Northern Basketball League"], CA),
            par(["Channel Seven North", "Northern Basketball League"], ANY),
        ],
    ),
    en(
        "Denmark's Skovgaard Shipping A/S is exploring the sale of a minority stake in its ports business, Skovgaard Terminals, to infrastructure investors, Bloomberg News reported. "
        "Potential bidders include Canada's Maple Crest Pension Plan and Australia's Wattle Infrastructure Fund, according to the report.",
        [
            stake("Maple Crest Pension Plan", "Skovgaard Terminals", R),
            stake("Wattle Infrastructure Fund", "Skovgaard Terminals", R),
        ],
    ),
    en(
        "South Korea's Hanwa Auto Parts and Germany's Kessler Antriebstechnik GmbH will form a 50-50 joint venture to build electric drive units in Hungary, the companies said, with production due to start in 2027.",
        [
            par(["Hanwa Auto Parts", "Kessler Antriebstechnik GmbH"], CA),
        ],
    ),
    en(
        "Bram de Vries, the long-serving chief technology officer of Dutch payments firm Paylinq, has left to become CTO of Amsterdam rival Kroonpay, both companies confirmed on Thursday.",
        [
            dep("Bram de Vries", "Paylinq", C),
            hire("Bram de Vries", "Kroonpay", C),
            pos("Bram de Vries", "Paylinq"),
        ],
        optional=[poa("Kroonpay", "Paylinq", C)],
    ),
    en(
        "Fairholme Bank and Castleton Bancorp on Thursday both denied a newspaper report that they had held exploratory merger talks, with Castleton calling the story 'entirely without foundation'.",
        [
            mer(["Fairholme Bank", "Castleton Bancorp"], D),
        ],
    ),
    en(
        "OSLO, Nov 27 (Reuters) - Norwegian software group Talvik ASA is nearing a deal to acquire Polish e-invoicing provider FakturaNet for around 1.5 billion zlotys, according to three people briefed on the talks. "
        "Talvik declined to comment, and FakturaNet did not respond to a request for comment.",
        [
            acq("Talvik ASA", "FakturaNet", TR),
        ],
    ),
    en(
        "Sana Qureshi has joined Helix Biologics as chief medical officer, the Cambridge, Massachusetts-based company said. "
        "She was previously head of oncology clinical development at Pfizer.",
        [
            hire("Sana Qureshi", "Helix Biologics", C),
            pos("Sana Qureshi", "Pfizer"),
        ],
        optional=[dep("Sana Qureshi", "Pfizer", C)],
    ),
    en(
        "Ferrous Labs, which makes iron-air batteries for grid storage, closed a $60 million Series A round led by Breakwater Climate Fund. "
        "Existing investors Tidewater Ventures and Greyling Capital also participated, bringing the company's total funding to $84 million.",
        [
            inv("Breakwater Climate Fund", "Ferrous Labs", C),
            inv("Tidewater Ventures", "Ferrous Labs", C),
            inv("Greyling Capital", "Ferrous Labs", C),
        ],
    ),
    en(
        "Enterprise search start-up Quillion said on Wednesday it has agreed to be acquired by Norland Software Corp. (NYSE: NRSW) in a deal valuing it at roughly $400 million including debt.",
        [
            acq("Norland Software Corp.", "Quillion", A),
        ],
    ),
    en(
        "Baxendale Foods, which last year bought snack maker Crunchwell, is now in talks to acquire Irish dairy group Glenmore Creameries, the Irish Times reported on Sunday. "
        "Neither company commented.",
        [
            acq("Baxendale Foods", "Crunchwell", C),
            acq("Baxendale Foods", "Glenmore Creameries", TR),
        ],
    ),
    en(
        "Orbis Devices has approached several senior chip designers at Quanterra Semiconductor with offers of as much as double their current pay, people familiar with the matter said, as it races to build its own processors. "
        "Quanterra Chief Executive Felix Brandt told staff in a memo that the company would 'fight to keep every one of them'.",
        [
            poa("Orbis Devices", "Quanterra Semiconductor", ANY),
            pos("Felix Brandt", "Quanterra Semiconductor"),
        ],
    ),
    en(
        "MILAN - Talks between Italian lenders Banca Serravalle and Credito Lombardo Veneto over a possible combination have broken down over disagreements about governance of the merged group, Serravalle said in a statement late on Sunday.",
        [
            mer(["Banca Serravalle", "Credito Lombardo Veneto"], F),
        ],
    ),
    en(
        "Microsoft, Alphabet and Amazon together spent more than $60 billion on capital expenditure in the latest quarter, much of it on data centres for artificial intelligence.",
        [],
    ),
    en(
        "The new Nuvola thermostat works with Google Home and Amazon Alexa and will go on sale in Europe in February for 199 euros.",
        [],
    ),
    en(
        "EDINBURGH - Strathmore Capital has acquired a controlling stake in Scottish salmon farmer Loch Aird Seafood, the investment firm said on Tuesday. "
        "'Loch Aird has a superb team and we intend to back them for the long term,' said Ophelia Grant, a managing partner at Strathmore. "
        "Loch Aird founder Hamish Dunlop will retain a 15% holding.",
        [
            acq("Strathmore Capital", "Loch Aird Seafood", C),
            pos("Ophelia Grant", "Strathmore Capital"),
            pos("Hamish Dunlop", "Loch Aird Seafood"),
        ],
    ),
    en(
        "Low-cost carrier Vantage Air is close to naming former Lufthansa executive Carla Ruiz as its next chief executive, two sources told Reuters. "
        "A Vantage Air spokesman declined to comment on what he called 'market rumours'.",
        [
            hire("Carla Ruiz", "Vantage Air", TR),
            pos("Carla Ruiz", "Lufthansa"),
        ],
    ),
    en(
        "Northbeam Retail denied speculation that Chief Executive Alan Pryce was preparing to leave, saying in a statement that he 'remains fully committed' to the chain's turnaround plan.",
        [
            dep("Alan Pryce", "Northbeam Retail", D),
            pos("Alan Pryce", "Northbeam Retail"),
        ],
    ),
    en(
        "Ferrovia Cargo, which was acquired by Swiss logistics group Transalp Holding AG in 2021, will cut 400 jobs as it closes two depots in northern Italy, a spokesperson said.",
        [
            acq("Transalp Holding AG", "Ferrovia Cargo", C),
        ],
    ),
    en(
        "Kovalent Microsystems said it had licensed its RISC-V processor designs to Taiwan's Everwin Semiconductor Manufacturing Co. for use in automotive chips, under a multi-year agreement whose financial terms were not disclosed.",
        [
            par(["Kovalent Microsystems", "Everwin Semiconductor Manufacturing Co."], CA),
        ],
    ),
    en(
        "Chemicals maker Brightwater Materials plc has taken a 12% stake in Canadian electrolyser developer Aurora H2 Inc. for C$45 million, becoming its largest shareholder.",
        [
            stake("Brightwater Materials plc", "Aurora H2 Inc.", C),
        ],
    ),
    en(
        "Danish pension fund Nordhavn Pension has agreed to invest $500 million in Indian renewables platform Suryavat Energy, the companies said, in a transaction that still requires approval from the Competition Commission of India.",
        [
            inv("Nordhavn Pension", "Suryavat Energy", A),
        ],
    ),
    en(
        "Hollis Telecom has abandoned its hostile bid for Welsh broadband provider Cymru Fibre Ltd after failing to secure acceptances from holders of more than 50% of the shares by Friday's deadline.",
        [
            acq("Hollis Telecom", "Cymru Fibre Ltd", F),
        ],
    ),
    en(
        "Fleet-management software company Fleetwise Inc. has sued its former reseller partner Routefox, alleging that the start-up systematically poached members of its sales team and used confidential customer lists. "
        "Routefox did not respond to a request for comment.",
        [],
        optional=[
            poa("Routefox", "Fleetwise Inc.", ANY),
            par(["Fleetwise Inc.", "Routefox"], ANY),
        ],
    ),
    en(
        "Ravensworth Mining plc said it had appointed former BHP finance chief Lionel Mbeki and ex-Rio Tinto director Sophie Lam as non-executive directors, with effect from Jan. 1.",
        [
            hire("Lionel Mbeki", "Ravensworth Mining plc", CA),
            hire("Sophie Lam", "Ravensworth Mining plc", CA),
            pos("Lionel Mbeki", "BHP"),
            pos("Sophie Lam", "Rio Tinto"),
        ],
    ),
    en(
        "AMSTERDAM - Dutch insurers Polderzorg Verzekeringen and Zeeland Leven N.V. have completed their merger, creating the country's third-largest life insurer with 4.1 million policyholders, the companies said on Monday. "
        "The combined group will trade under the Polderzorg name and be led by former Zeeland Leven chief executive Pieter Brouwer.",
        [
            mer(["Polderzorg Verzekeringen", "Zeeland Leven N.V."], C),
            pos("Pieter Brouwer", "Zeeland Leven N.V."),
        ],
        optional=[hire("Pieter Brouwer", "Polderzorg Verzekeringen", CA)],
    ),
    en(
        "Consumer-goods group Hartmann-Bayliss has sold its haircare brand Silkora to private-equity firm Avonmore Partners for $720 million, completing a disposal programme launched last year.",
        [
            acq("Avonmore Partners", "Silkora", C),
        ],
    ),
    en(
        "Nexwell Pharma could look to sell its consumer-health arm if the right offer came along, Chief Executive Robert Haines said on an earnings call, adding that no decision had been made.",
        [
            pos("Robert Haines", "Nexwell Pharma"),
        ],
    ),
    en(
        "Baltic mobile operator Telvia, which acquired 350,000 new subscribers in the third quarter, also said it had completed the purchase of fibre-network operator NetStream Baltics for 95 million euros.",
        [
            acq("Telvia", "NetStream Baltics", C),
        ],
    ),
    en(
        "Exclusive: Notion rival Pagewise is acquiring AI meeting-notes app Murmur in what amounts to an acqui-hire, TechCrunch has learned. "
        "Murmur's five-person team, led by co-founder Esme Zhao, will join Pagewise's AI group, and the Murmur app will be shut down on Dec. 31.",
        [
            acq("Pagewise", "Murmur", A),
            hire("Esme Zhao", "Pagewise", A),
            pos("Esme Zhao", "Murmur"),
        ],
    ),
    en(
        "Corvane Bank promoted deputy chief executive Ahmed Rahimi to CEO, effective immediately. "
        "He replaces Julia Stromberg, who will retire at the end of the month after eight years in the role.",
        [
            posh("Ahmed Rahimi", "Corvane Bank"),
            dep("Julia Stromberg", "Corvane Bank", A),
            pos("Julia Stromberg", "Corvane Bank"),
        ],
    ),
    en(
        "Kavya Iyer, co-founder and chief executive of Bengaluru-based fintech Paysetu, said the company was profitable and had no plans to raise fresh capital before its planned 2027 listing.",
        [
            pos("Kavya Iyer", "Paysetu"),
        ],
    ),
    en(
        "Zephyr Air denied that it had tried to recruit pilots from rival Bluecrest Airways, after Bluecrest's pilots' union said at least 30 captains had been approached with offers in recent weeks.",
        [
            poa("Zephyr Air", "Bluecrest Airways", [D, R]),
        ],
    ),
    en(
        "The Dutch state has acquired a 9.9% stake in chip-equipment supplier Velsen Lithography NV, the finance ministry in The Hague said, calling the move necessary to keep critical technology in European hands.",
        [
            stake("Dutch state", "Velsen Lithography NV", C),
        ],
    ),
    en(
        "Following the completion of its merger with Brightmoor Utilities, Eastfield Power will be renamed Eastmoor Energy and Chief Financial Officer Peter Vance will leave the company, the group said.",
        [
            mer(["Eastfield Power", "Brightmoor Utilities"], CA),
            dep("Peter Vance", "Eastfield Power", A),
            pos("Peter Vance", "Eastfield Power"),
        ],
    ),
    en(
        "Crestline Ventures sold its remaining 8% stake in food-delivery app Dishly on the open market, regulatory filings showed, ending a seven-year investment that began with Dishly's Series A round.",
        [],
        optional=[stake("Crestline Ventures", "Dishly", C)],
    ),
    en(
        "Kingsbridge Asset Management has approached Welbourne Insurance Group about a possible takeover, Sky News reported, citing City sources. "
        "Welbourne later confirmed it had received a preliminary approach but said there was no certainty that an offer would be made.",
        [
            acq("Kingsbridge Asset Management", "Welbourne Insurance Group", T),
        ],
    ),
    en(
        "Stratovia Cloud and French AI lab Aubrac AI have signed a strategic partnership under which Aubrac's models will be offered to Stratovia's enterprise customers. "
        "As part of the agreement, Stratovia will invest 150 million euros in Aubrac, the companies said, without disclosing the valuation.",
        [
            par(["Stratovia Cloud", "Aubrac AI"], CA),
            inv("Stratovia Cloud", "Aubrac AI", CA),
        ],
    ),
    en(
        "Pharmacy chain WellPath has named former Walgreens executive Dennis Kowalski as chief executive, effective Dec. 1.",
        [
            hire("Dennis Kowalski", "WellPath", CA),
            pos("Dennis Kowalski", "Walgreens"),
        ],
    ),
    en(
        "Investors have acquired a taste for European defence stocks this year, with shares of Norrland Defence and Castellan Systems up more than 80% since January.",
        [],
    ),
    en(
        "STOCKHOLM - Swedish buyout firm Vinterhav Kapital agreed to take Finnish elevator-maintenance group Hissi Oyj private in a 2.7 billion euro deal, offering a 38% premium to Friday's closing price, the companies said.",
        [
            acq("Vinterhav Kapital", "Hissi Oyj", A),
        ],
    ),
    en(
        "Tessellate AI has tapped former Google DeepMind researcher Lior Ben-Ami to lead its new robotics unit, a company spokesperson confirmed, in the latest sign of the scramble for AI talent.",
        [
            hire("Lior Ben-Ami", "Tessellate AI", CA),
            pos("Lior Ben-Ami", "Google DeepMind"),
        ],
    ),
    en(
        "Orthonova Inc. terminated its proposed $2.1 billion acquisition of spinal-implant maker Spinetech Holdings on Friday, a month after the Federal Trade Commission sued to block the deal. "
        "'We continue to believe the combination would have benefited patients,' Orthonova Chief Executive Rachel Doyle said.",
        [
            acq("Orthonova Inc.", "Spinetech Holdings", F),
            pos("Rachel Doyle", "Orthonova Inc."),
        ],
    ),
    en(
        "Crestmark Securities has hired away three senior analysts from Doyle Hammond, including semiconductor analyst Ravi Menon, the latest in a string of defections from the mid-sized broker.",
        [
            poa("Crestmark Securities", "Doyle Hammond", C),
            hire("Ravi Menon", "Crestmark Securities", C),
            dep("Ravi Menon", "Doyle Hammond", C),
            pos("Ravi Menon", "Doyle Hammond"),
        ],
    ),
    en(
        "Dutch supermarket group Van Dorsten agreed to buy 47 stores from struggling rival Meijerhof for an undisclosed amount, adding to its network in the provinces of Utrecht and Gelderland.",
        [],
        optional=[acq("Van Dorsten", "Meijerhof", A)],
    ),
    en(
        "Al-Noor Sovereign Fund is in discussions to invest as much as $1 billion in Italian supercar maker Ferrante Automobili, Bloomberg News reported, citing people familiar with the matter. "
        "Ferrante said it does not comment on market speculation.",
        [
            inv("Al-Noor Sovereign Fund", "Ferrante Automobili", TR),
        ],
    ),
    en(
        "Hedge fund manager Kurt Lindgren has denied reports that he is in talks to join Ashcombe Capital as chief investment officer, telling Reuters he has 'no plans to leave' Fernhill Partners, the firm he co-founded.",
        [
            hire("Kurt Lindgren", "Ashcombe Capital", D),
            pos("Kurt Lindgren", "Fernhill Partners"),
        ],
        optional=[dep("Kurt Lindgren", "Fernhill Partners", D)],
    ),
    en(
        "Pellucid Bio has granted Merck & Co. an exclusive option to acquire the company after Phase 2 data for its lead fibrosis drug, in exchange for $150 million upfront, the Boston biotech said.",
        [
            par(["Pellucid Bio", "Merck & Co."], CA),
        ],
        optional=[acq("Merck & Co.", "Pellucid Bio", ANY)],
    ),
    en(
        "Athens-based Heraclid Holdings raised its stake in shipping company Stavros Lines SA to 29.9% from 24%, just below the threshold that would trigger a mandatory offer, a stock-exchange filing showed.",
        [
            stake("Heraclid Holdings", "Stavros Lines SA", C),
        ],
    ),
    en(
        "CHICAGO, Oct. 14, 2026 /PRNewswire/ -- Bluestem Health Partners, a leading provider of home-based care, today announced that it has acquired Cardinal Home Infusion, an Ohio-based infusion pharmacy serving more than 6,000 patients. "
        "'Cardinal shares our commitment to bringing high-quality care into patients' homes,' said Michael Torres, President and CEO of Bluestem Health Partners. "
        "Financial terms were not disclosed.",
        [
            acq("Bluestem Health Partners", "Cardinal Home Infusion", C),
            pos("Michael Torres", "Bluestem Health Partners"),
        ],
    ),
    en(
        "SAN JOSE, Calif. -- Quantix Networks (NYSE: QNTX) and Sable Security today announced a strategic partnership to integrate Sable's zero-trust platform into Quantix's enterprise routers. "
        "'Customers have been asking for this for years,' said Nora Lindahl, Sable's chief product officer.",
        [
            par(["Quantix Networks", "Sable Security"], CA),
            pos("Nora Lindahl", "Sable Security"),
        ],
    ),
    en(
        "Media group Carraway Broadcasting ousted Chief Executive Howard Lyle on Monday following an external investigation into his conduct, and said Chairman Denise Wolfe would run the company until a successor is found.",
        [
            dep("Howard Lyle", "Carraway Broadcasting", C),
            pos("Howard Lyle", "Carraway Broadcasting"),
            posh("Denise Wolfe", "Carraway Broadcasting"),
        ],
    ),
    en(
        "Activist investor Sven Torvald has resigned from the board of Norrland Paper AB after failing to win support from other shareholders for a break-up of the company.",
        [
            dep("Sven Torvald", "Norrland Paper AB", C),
        ],
        optional=[pos("Sven Torvald", "Norrland Paper AB")],
    ),
    en(
        "Oncology biotech Varenne Therapeutics is cutting 40% of its workforce, and its chief scientific officer, Dr. Hugo Lemaire, has departed, the company disclosed in a securities filing. "
        "Varenne will focus its remaining cash on its lead asset, VT-11.",
        [
            dep("Hugo Lemaire", "Varenne Therapeutics", C),
            pos("Hugo Lemaire", "Varenne Therapeutics"),
        ],
    ),
    en(
        "TOKYO - U.S. hedge fund Clearwater Arc is said to be in talks to buy a stake of up to 10% in Japanese conglomerate Mitsuya Holdings, according to people familiar with the matter, who asked not to be named because the talks are private.",
        [
            stake("Clearwater Arc", "Mitsuya Holdings", TR),
        ],
    ),
    en(
        "Gridwell Energy Inc. and Sunforge Solar Corp. announced on Monday that they had agreed to merge, forming a residential solar-and-storage installer with operations in 23 states. "
        "Gridwell shareholders will own about 55% of the combined company, to be led by Sunforge chief executive Marcus Bell.",
        [
            mer(["Gridwell Energy Inc.", "Sunforge Solar Corp."], A),
            pos("Marcus Bell", "Sunforge Solar Corp."),
        ],
        optional=[acq("Gridwell Energy Inc.", "Sunforge Solar Corp.", A)],
    ),
    en(
        "Freight forwarder Atlas & Crane said it had won a three-year contract to handle air cargo for a large European pharmaceutical company, and that it had hired 200 warehouse workers at its Leipzig hub.",
        [],
    ),
    # ------------------------------------------------------------------ German
    de(
        "Der Münchner Softwarehersteller Halvor Systems GmbH übernimmt das Berliner KI-Start-up Denkwerk Labs. "
        "Über den Kaufpreis vereinbarten beide Seiten Stillschweigen, wie Halvor am Dienstag mitteilte. "
        "Halvor-Chef Tobias Reinhardt sprach von einem „wichtigen Baustein“ für die Wachstumsstrategie; die beiden Denkwerk-Gründer sollen an Bord bleiben.",
        [
            acq("Halvor Systems GmbH", "Denkwerk Labs", CA),
            pos("Tobias Reinhardt", "Halvor Systems GmbH"),
        ],
    ),
    de(
        "Der Mischkonzern Aldenhoven AG prüft Insidern zufolge einen Verkauf seiner Pumpensparte Rheintal Pumpen. "
        "Als mögliche Interessenten gelten die Finanzinvestoren Castellum Partners und Nordstern Capital, sagten mit der Sache vertraute Personen der Nachrichtenagentur Reuters. "
        "Aldenhoven wollte sich nicht äußern.",
        [
            acq("Castellum Partners", "Rheintal Pumpen", R),
            acq("Nordstern Capital", "Rheintal Pumpen", R),
        ],
    ),
    de(
        "Die Hanseatische Privatbank AG hat Berichte über Fusionsgespräche mit der Bremer Weserbank dementiert. "
        "„Es gibt keine Gespräche, und es gab auch keine“, sagte ein Sprecher am Mittwoch in Hamburg.",
        [
            mer(["Hanseatische Privatbank AG", "Bremer Weserbank"], D),
        ],
    ),
    de(
        "Der bisherige Finanzvorstand der Lindauer Versicherung, Markus Obermaier, wechselt zum 1. April zum Versicherer Rentenanstalt Stuttgart AG. "
        "Dort übernimmt er den Posten des Vorstandsvorsitzenden von Claudia Wenger, die in den Ruhestand geht.",
        [
            hire("Markus Obermaier", "Rentenanstalt Stuttgart AG", A),
            dep("Markus Obermaier", "Lindauer Versicherung", A),
            pos("Markus Obermaier", "Lindauer Versicherung"),
            dep("Claudia Wenger", "Rentenanstalt Stuttgart AG", A),
            pos("Claudia Wenger", "Rentenanstalt Stuttgart AG"),
        ],
    ),
    de(
        "Vorstandschef Jürgen Albers scheidet zum Jahresende aus dem Vorstand der Ostholsteiner Logistik SE aus. "
        "Der Aufsichtsrat habe sich mit ihm einvernehmlich auf eine vorzeitige Beendigung seines Vertrags verständigt, teilte das Unternehmen in Kiel mit. "
        "Die Suche nach einem Nachfolger laufe.",
        [
            dep("Jürgen Albers", "Ostholsteiner Logistik SE", A),
            pos("Jürgen Albers", "Ostholsteiner Logistik SE"),
        ],
    ),
    de(
        "Der US-Chipkonzern Veltrix Semiconductor versucht offenbar, Ingenieure aus dem Dresdner Werk des Konkurrenten Elbsilicon abzuwerben. "
        "Wie das „Handelsblatt“ berichtet, erhielten mehrere Fachkräfte Angebote mit deutlich höheren Gehältern. "
        "Elbsilicon-Personalchefin Susanne Krahl bestätigte „vereinzelte Kontaktversuche“.",
        [
            poa("Veltrix Semiconductor", "Elbsilicon", ANY),
            pos("Susanne Krahl", "Elbsilicon"),
        ],
    ),
    de(
        "Der Stuttgarter Autozulieferer Kronberg & Söhne beteiligt sich mit 24,9 Prozent am Ulmer Batteriespezialisten Voltaform GmbH. "
        "Die Transaktion steht noch unter dem Vorbehalt der kartellrechtlichen Freigabe, wie beide Unternehmen mitteilten.",
        [
            stake("Kronberg & Söhne", "Voltaform GmbH", A),
        ],
    ),
    de(
        "Das Hamburger Climate-Tech-Start-up Kohlwerk hat in einer Series-A-Finanzierungsrunde 25 Millionen Euro eingesammelt. "
        "Angeführt wurde die Runde vom Londoner Investor Greywater Ventures; auch die Bestandsinvestoren Alsterblick Capital und der High-Tech Gründerfonds beteiligten sich.",
        [
            inv("Greywater Ventures", "Kohlwerk", C),
            inv("Alsterblick Capital", "Kohlwerk", C),
            inv("High-Tech Gründerfonds", "Kohlwerk", C),
        ],
    ),
    de(
        "Die Genossenschaftsbanken Volksbank Mittelweser eG und Raiffeisenbank Hunte-Ems eG wollen fusionieren. "
        "Die Vorstände haben einen entsprechenden Verschmelzungsvertrag unterzeichnet; die Vertreterversammlungen sollen im Juni über den Zusammenschluss unter Gleichen abstimmen.",
        [
            mer(["Volksbank Mittelweser eG", "Raiffeisenbank Hunte-Ems eG"], A),
        ],
    ),
    de(
        "Die geplante Übernahme des Leverkusener Spezialchemieherstellers Tarvia AG durch den US-Konzern Halsey Chemical ist geplatzt. "
        "Halsey habe sein Angebot zurückgezogen, nachdem die Mindestannahmeschwelle von 65 Prozent verfehlt worden sei, teilte Tarvia am Montag mit.",
        [
            acq("Halsey Chemical", "Tarvia AG", F),
        ],
    ),
    de(
        "Das Bundeskartellamt hat den geplanten Zusammenschluss der Entsorger Rheinwerk Umweltdienste und Grünkreis Recycling GmbH untersagt. "
        "Die Fusion hätte im Rheinland zu einer marktbeherrschenden Stellung bei der Abfallsammlung geführt, erklärte die Behörde in Bonn.",
        [
            mer(["Rheinwerk Umweltdienste", "Grünkreis Recycling GmbH"], F),
        ],
    ),
    de(
        "„Wir sehen seit dem Sommer eine deutliche Belebung der Nachfrage“, sagte Eva Lindner, Finanzchefin der Allgäuer Molkerei Berghof GmbH, bei der Vorlage der Halbjahreszahlen.",
        [
            pos("Eva Lindner", "Allgäuer Molkerei Berghof GmbH"),
        ],
    ),
    de(
        "Der Medizintechnikhersteller Sanovit AG hat die Übernahme des niederländischen Dialysezubehör-Herstellers MediFlow B.V. abgeschlossen. "
        "Alle erforderlichen behördlichen Genehmigungen lägen vor, hieß es in einer Pflichtmitteilung.",
        [
            acq("Sanovit AG", "MediFlow B.V.", C),
        ],
    ),
    de(
        "Der Logistikkonzern Spedition Hartwig & Co. KG verhandelt exklusiv mit dem dänischen Konkurrenten Nordfragt A/S über die Übernahme von dessen Kontraktlogistiktochter Nordfragt Solutions. "
        "Eine Einigung könne bis Ende des Quartals stehen, sagte Hartwig-Chef Frank Meuser der „Börsen-Zeitung“.",
        [
            acq("Spedition Hartwig & Co. KG", "Nordfragt Solutions", T),
            pos("Frank Meuser", "Spedition Hartwig & Co. KG"),
        ],
    ),
    de(
        "Der Online-Modehändler Modeo hat im dritten Quartal dank eines starken Geschäfts mit Eigenmarken den Umsatz um zwölf Prozent gesteigert. "
        "Das bereinigte Ebit verdoppelte sich auf 48 Millionen Euro, wie das Unternehmen in Berlin mitteilte.",
        [],
    ),
    de(
        "Die Baywerk AG hat ihr Aktienrückkaufprogramm abgeschlossen und insgesamt 3,1 Millionen eigene Aktien erworben. "
        "Die Papiere sollen eingezogen werden, teilte der Baustoffkonzern mit.",
        [],
    ),
    de(
        "Der Energieversorger Stadtwerke Südpfalz hat im vergangenen Jahr rund 40.000 Kunden eines insolventen Billiganbieters übernommen und damit seinen Marktanteil in der Region deutlich ausgebaut.",
        [],
    ),
    de(
        "Die Verbraucherzentrale Nordrhein-Westfalen hat den Streamingdienst Flimmer TV wegen unzulässiger Preiserhöhungen verklagt. "
        "Das Unternehmen wies die Vorwürfe zurück.",
        [],
    ),
    de(
        "„Eine Übernahme von Kesselbach durch einen größeren Wettbewerber wäre industriell sinnvoll“, schrieb Analyst Jonas Mertens von der Privatbank Ebner & Voss in einer Studie. "
        "Konkrete Hinweise auf Gespräche gebe es allerdings nicht.",
        [
            pos("Jonas Mertens", "Ebner & Voss"),
        ],
    ),
    de(
        "Die frühere SAP-Managerin Anja Kröger ist zum Hamburger Softwarehaus Nordcode gewechselt. "
        "Als Technikvorständin verantwortet sie dort seit Anfang Oktober die Produktentwicklung.",
        [
            hire("Anja Kröger", "Nordcode", C),
            pos("Anja Kröger", "SAP"),
        ],
        optional=[dep("Anja Kröger", "SAP", C)],
    ),
    de(
        "Der Versuch des Münchner Vermögensverwalters Isarfeld Capital, das komplette Fondsmanagement-Team der Frankfurter Mainau Invest abzuwerben, ist gescheitert. "
        "Die fünf Manager hätten sich nach Gegenangeboten für einen Verbleib entschieden, berichtete das „Handelsblatt“ unter Berufung auf Insider.",
        [
            poa("Isarfeld Capital", "Mainau Invest", F),
        ],
    ),
    de(
        "Der frühere Daimler-Truck-Manager Stefan Koller soll neuer Chef des Nutzfahrzeugbauers Brandauer Fahrzeugwerke werden. "
        "Das berichtet das „Manager Magazin“ unter Berufung auf Aufsichtsratskreise. Eine offizielle Bestätigung stand zunächst aus.",
        [
            hire("Stefan Koller", "Brandauer Fahrzeugwerke", R),
            pos("Stefan Koller", "Daimler Truck"),
        ],
    ),
    de(
        "Mit der Eintragung ins Handelsregister ist die Verschmelzung der Kreissparkasse Oberland mit der Sparkasse Ammersee-Lech wirksam geworden. "
        "Das fusionierte Institut firmiert künftig als Sparkasse Oberland-Ammersee und hat eine Bilanzsumme von 9,4 Milliarden Euro.",
        [
            mer(["Kreissparkasse Oberland", "Sparkasse Ammersee-Lech"], C),
        ],
    ),
    de(
        "Die Energieversorger Ventara Energie AG und Küstenstrom Kraftwerke haben eine Kooperation beim Bau von Wasserstoff-Elektrolyseuren in Norddeutschland vereinbart. "
        "Gemeinsam wollen sie bis 2030 rund 800 Millionen Euro investieren.",
        [
            par(["Ventara Energie AG", "Küstenstrom Kraftwerke"], CA),
        ],
    ),
    de(
        "Das Mainzer Biotech-Unternehmen Lumagen SE hat die China-Rechte an seinem Krebs-Wirkstoffkandidaten LMG-204 an den Pharmakonzern Suzhou Kanglin Pharmaceutical auslizenziert. "
        "Lumagen erhält eine Vorabzahlung von 40 Millionen US-Dollar sowie mögliche Meilensteinzahlungen von bis zu 600 Millionen Dollar.",
        [
            par(["Lumagen SE", "Suzhou Kanglin Pharmaceutical"], CA),
        ],
    ),
    de(
        "Der Bund steigt mit 25,1 Prozent beim Übertragungsnetzbetreiber Transnetz Mitte GmbH ein. "
        "Die Vereinbarung mit dem bisherigen Alleineigentümer, dem niederländischen Konzern Voltnet N.V., sei am Freitag unterzeichnet worden, teilte das Bundesfinanzministerium mit. "
        "Der Vollzug wird im ersten Quartal erwartet.",
        [
            stake("Bund", "Transnetz Mitte GmbH", A),
        ],
    ),
    de(
        "Die Personalvorständin des Chemiekonzerns Wendholt AG, Sabine Pfeiffer, verlässt das Unternehmen auf eigenen Wunsch zum 30. Juni. "
        "Sie wolle sich neuen Aufgaben außerhalb des Konzerns widmen, hieß es.",
        [
            dep("Sabine Pfeiffer", "Wendholt AG", A),
            pos("Sabine Pfeiffer", "Wendholt AG"),
        ],
    ),
    de(
        "Finanzvorstand Christoph Brandes übernimmt bei der Rheingold Brauerei AG zusätzlich den Posten des Vorstandssprechers. "
        "Er folgt auf Ulrich Sandner, dessen Vertrag nicht verlängert wurde.",
        [
            posh("Christoph Brandes", "Rheingold Brauerei AG"),
            dep("Ulrich Sandner", "Rheingold Brauerei AG", CA),
            pos("Ulrich Sandner", "Rheingold Brauerei AG"),
        ],
    ),
    de(
        "Der Vorstand der Görlitzer Waggonbau AG hat ein Übernahmeangebot des tschechischen Konkurrenten Moravia Rail a.s. als zu niedrig abgelehnt. "
        "Die gebotenen 18 Euro je Aktie spiegelten den Wert des Unternehmens nicht angemessen wider, hieß es in der begründeten Stellungnahme.",
        [
            acq("Moravia Rail a.s.", "Görlitzer Waggonbau AG", F),
        ],
    ),
    de(
        "Der Rückversicherer Alpina Rück erwägt Finanzkreisen zufolge einen Einstieg beim Münchner Insurtech Policen24. "
        "Im Gespräch sei eine Minderheitsbeteiligung von rund 20 Prozent, hieß es. Alpina Rück wollte sich nicht äußern.",
        [
            stake("Alpina Rück", "Policen24", R),
        ],
    ),
    de(
        "Die Zürcher Privatbank Lindqvist & Cie. ist in fortgeschrittenen Gesprächen über eine Übernahme des Liechtensteiner Vermögensverwalters Vaduz Trust Partners AG, wie die „NZZ am Sonntag“ berichtete. "
        "Beide Institute lehnten eine Stellungnahme ab.",
        [
            acq("Lindqvist & Cie.", "Vaduz Trust Partners AG", TR),
        ],
    ),
    de(
        "Katrin Hollmann wird zum 1. Januar neue Vorstandschefin der Hamburger Reederei Elbstrom Shipping. "
        "Die 51-Jährige kommt vom Konkurrenten Hapag-Lloyd, wo sie zuletzt das Europageschäft leitete.",
        [
            hire("Katrin Hollmann", "Elbstrom Shipping", A),
            dep("Katrin Hollmann", "Hapag-Lloyd", CA),
            pos("Katrin Hollmann", "Hapag-Lloyd"),
        ],
        optional=[poa("Elbstrom Shipping", "Hapag-Lloyd", ANY)],
    ),
    de(
        "Der Open-Source-Spezialist Tuxwerk hat die Kitterm Software UG übernommen, die Entwicklerfirma des beliebten Terminal-Emulators Kitterm. "
        "Gründer Malte Jansen wechselt im Zuge der Übernahme zu Tuxwerk und soll dort das Entwickler-Tooling verantworten, wie heise online erfuhr.",
        [
            acq("Tuxwerk", "Kitterm Software UG", C),
            hire("Malte Jansen", "Tuxwerk", CA),
            pos("Malte Jansen", "Kitterm Software UG"),
        ],
    ),
    de(
        "Der Finanzinvestor Brightstone hat sich aus dem Bieterverfahren um den Sicherheitsdienstleister Securion GmbH zurückgezogen. "
        "Damit bleibt nur noch der französische Konkurrent Garde Sécurité SA im Rennen, sagten zwei mit dem Vorgang vertraute Personen.",
        [
            acq("Brightstone", "Securion GmbH", F),
            acq("Garde Sécurité SA", "Securion GmbH", TR),
        ],
    ),
    de(
        "Die Kölner Rheinblick Medien hat Spekulationen über einen Verkauf ihres Radiosenders Domfunk zurückgewiesen. "
        "„Domfunk steht nicht zum Verkauf“, sagte Rheinblick-Chefin Martina Esser. "
        "Zuvor hatte die „Rheinische Post“ berichtet, der Konkurrent Antenne West sei an dem Sender interessiert.",
        [
            acq("Antenne West", "Domfunk", [D, R]),
            pos("Martina Esser", "Rheinblick Medien"),
        ],
    ),
    de(
        "Die Haberkorn Holding hat ihren Anteil am Pharmagroßhändler Medivend AG von 44 auf 51 Prozent aufgestockt und damit die Mehrheit übernommen. "
        "Ein Pflichtangebot an die übrigen Aktionäre werde folgen, teilte die Familienholding mit.",
        [
            stake("Haberkorn Holding", "Medivend AG", C),
        ],
    ),
    de(
        "Banken wildern bei Wirtschaftsprüfern: Das Frankfurter Bankhaus Merz & Teichmann hat in den vergangenen Monaten mehr als 20 Prüferinnen und Prüfer von der Wirtschaftsprüfungsgesellschaft Kessler Treuhand abgeworben.",
        [
            poa("Bankhaus Merz & Teichmann", "Kessler Treuhand", C),
        ],
    ),
    de(
        "Der Chef der Fondsgesellschaft Rheinauen Fonds, Holger Stamm, wechselt zur Konkurrenz: Ab Mai leitet er die Vermögensverwaltung der Privatbank Sauer & Lentz.",
        [
            dep("Holger Stamm", "Rheinauen Fonds", A),
            hire("Holger Stamm", "Sauer & Lentz", A),
            pos("Holger Stamm", "Rheinauen Fonds"),
        ],
    ),
    de(
        "Nach Angaben von Alexander Brück, Vertriebsvorstand der Ostwind Turbinen AG, sind die Auftragsbücher des Windanlagenbauers bis 2028 gefüllt.",
        [
            pos("Alexander Brück", "Ostwind Turbinen AG"),
        ],
    ),
    de(
        "Der Finanzinvestor Auxilia Partners verkauft den Reinigungsdienstleister Klarwerk Gebäudeservice an den französischen Dienstleister Servalis SA. "
        "Das teilten beide Seiten am Donnerstag mit; der Abschluss der Transaktion wird im ersten Halbjahr erwartet.",
        [
            acq("Servalis SA", "Klarwerk Gebäudeservice", A),
        ],
    ),
    de(
        "Die Aktien des Rüstungskonzerns Falkenstein Defence legten um sechs Prozent zu, nachdem die Bundeswehr einen Großauftrag über Luftabwehrsysteme erteilt hatte.",
        [],
    ),
    de(
        "Der Chemiekonzern Rhenania Chemie und der indische Mischkonzern Mahadev Industries Ltd. gründen ein Gemeinschaftsunternehmen zur Produktion von Batteriematerialien in Gujarat. "
        "Rhenania hält 49 Prozent, Mahadev 51 Prozent.",
        [
            par(["Rhenania Chemie", "Mahadev Industries Ltd."], CA),
        ],
    ),
    de(
        "Der Autobauer Fahrwerk Motors soll versucht haben, den Softwarechef des Konkurrenten Ostbayerische Motorenwerke, Lukas Heim, abzuwerben. "
        "Heim habe das Angebot jedoch ausgeschlagen, heißt es in Branchenkreisen.",
        [
            poa("Fahrwerk Motors", "Ostbayerische Motorenwerke", [F, R]),
            pos("Lukas Heim", "Ostbayerische Motorenwerke"),
        ],
    ),
    de(
        "Das Bundeswirtschaftsministerium hat den Einstieg des chinesischen Staatskonzerns Huaxin Precision beim schwäbischen Maschinenbauer Lindtal Robotik GmbH untersagt. "
        "Die Übernahme hätte die öffentliche Sicherheit gefährdet, hieß es zur Begründung.",
        [
            stake("Huaxin Precision", "Lindtal Robotik GmbH", F),
        ],
    ),
    de(
        "Pressemitteilung – Frankfurt am Main, 3. November 2026. Die Finovo Bank AG und die Versicherungsgruppe Adlerhof haben eine strategische Vertriebspartnerschaft geschlossen. "
        "Ab Januar vertreibt Finovo Lebensversicherungen von Adlerhof über ihre Banking-App. "
        "„Damit bieten wir unseren Kundinnen und Kunden Vorsorge aus einer Hand“, so Dr. Melanie Voß, Vorständin Privatkunden der Finovo Bank AG.",
        [
            par(["Finovo Bank AG", "Adlerhof"], CA),
            pos("Melanie Voß", "Finovo Bank AG"),
        ],
    ),
    de(
        "Der Zahlungsdienstleister Paywerk holt Insidern zufolge den Deutschlandchef des Konkurrenten Klarna, Dominik Seifert, an Bord. "
        "Seifert solle im Frühjahr als Vertriebsvorstand anfangen, sagten zwei mit der Personalie vertraute Personen. Paywerk und Klarna äußerten sich nicht.",
        [
            hire("Dominik Seifert", "Paywerk", R),
            dep("Dominik Seifert", "Klarna", R),
            pos("Dominik Seifert", "Klarna"),
        ],
        optional=[poa("Paywerk", "Klarna", R)],
    ),
    de(
        "Nach nur 14 Monaten im Amt muss Vorstandschef Dirk Scholten den Modehändler Linden & Kraus verlassen. "
        "Der Aufsichtsrat habe das Vertrauen in ihn verloren, hieß es aus Unternehmenskreisen. Kommissarisch übernimmt Finanzchefin Petra Maurer die Führung.",
        [
            dep("Dirk Scholten", "Linden & Kraus", CA),
            pos("Dirk Scholten", "Linden & Kraus"),
            posh("Petra Maurer", "Linden & Kraus"),
        ],
    ),
    de(
        "Der Versicherer Alpenland Versicherungs-AG hat den Kauf des Maklerpools Fondsnet Partner vollzogen. "
        "Der Kaufpreis lag Finanzkreisen zufolge bei rund 120 Millionen Euro.",
        [
            acq("Alpenland Versicherungs-AG", "Fondsnet Partner", C),
        ],
    ),
    de(
        "Das Heidelberger KI-Start-up Semantiq hat in einer Finanzierungsrunde 110 Millionen Euro eingesammelt. "
        "Angeführt wurde die Runde vom US-Investor Crestwater Capital; beteiligt waren zudem der Softwarekonzern SAP und die Dieter-Kessler-Stiftung.",
        [
            inv("Crestwater Capital", "Semantiq", C),
            inv("SAP", "Semantiq", C),
            inv("Dieter-Kessler-Stiftung", "Semantiq", C),
        ],
    ),
    de(
        "Die Reiseveranstalter Sonnenweg Touristik und Alpentraum Reisen GmbH sprechen über einen Zusammenschluss. "
        "Man prüfe „verschiedene Optionen einer engeren Zusammenarbeit, einschließlich einer Fusion“, bestätigte ein Sprecher von Sonnenweg.",
        [
            mer(["Sonnenweg Touristik", "Alpentraum Reisen GmbH"], T),
        ],
        optional=[par(["Sonnenweg Touristik", "Alpentraum Reisen GmbH"], T)],
    ),
    de(
        "Die Hauptversammlung der Nordmark Energie AG hat den früheren Siemens-Finanzmanager Robert Lang in den Aufsichtsrat gewählt.",
        [
            hire("Robert Lang", "Nordmark Energie AG", C),
            pos("Robert Lang", "Siemens"),
        ],
    ),
    de(
        "Der Verpackungshersteller Pako Verpackungen, der 2022 vom Finanzinvestor Marbach Equity übernommen worden war, streicht an seinem Stammsitz in Bielefeld 300 Stellen.",
        [
            acq("Marbach Equity", "Pako Verpackungen", C),
        ],
    ),
    de(
        "Wachwechsel bei der Kältetechnik Sommer GmbH: Der bisherige Vertriebschef Ralf Sommer übernimmt den Vorsitz der Geschäftsführung von seinem Vater Gerd Sommer, der nach 30 Jahren an der Spitze in den Beirat wechselt.",
        [
            posh("Ralf Sommer", "Kältetechnik Sommer GmbH"),
            pos("Gerd Sommer", "Kältetechnik Sommer GmbH"),
        ],
        optional=[
            dep("Gerd Sommer", "Kältetechnik Sommer GmbH", ANY),
            posh("Gerd Sommer", "Kältetechnik Sommer GmbH"),
        ],
    ),
    de(
        "Der US-Softwarekonzern Norland Software erwägt einen Kauf des Nürnberger Cloudanbieters Frankenwolke, berichtet das „Handelsblatt“. "
        "Norland wollte sich zu dem Bericht nicht äußern.",
        [
            acq("Norland Software", "Frankenwolke", R),
        ],
    ),
    de(
        "Der Elektroautobauer Voltwagen stellt auf der IAA in München ein neues Kompaktmodell vor, das ab 25.000 Euro kosten soll. "
        "Die Auslieferung soll im Herbst beginnen.",
        [],
    ),
    de(
        "„Der Konzern übernimmt die volle Verantwortung für den Datenabfluss“, sagte ein Sprecher von Telekabel Nord. "
        "Betroffene Kunden sollen eine Gutschrift erhalten; die Kosten übernimmt das Unternehmen.",
        [],
    ),
    de(
        "Die Verhandlungen über einen Einstieg des Staatsfonds Gulf Horizon Investments bei der Hamburger Reederei Tidewall sind gescheitert. "
        "Man habe sich nicht auf die Bewertung einigen können, teilte Tidewall mit.",
        [
            stake("Gulf Horizon Investments", "Tidewall", F),
        ],
    ),
    de(
        "Im Gespräch mit dpa-AFX wies Thomas Wirth, Vorstandschef der Brückl Maschinenbau AG, Gerüchte über einen Einstieg chinesischer Investoren zurück: „Wir stehen nicht zum Verkauf.“",
        [
            pos("Thomas Wirth", "Brückl Maschinenbau AG"),
        ],
    ),
    de(
        "Der frühere Commerzbank-Investmentbanker Felix Autenried heuert bei der Frankfurter Beratungsboutique Mainbrücke Advisors an und soll dort das Geschäft mit Familienunternehmen aufbauen.",
        [
            hire("Felix Autenried", "Mainbrücke Advisors", CA),
            pos("Felix Autenried", "Commerzbank"),
        ],
    ),
    de(
        "Comeback an der Spitze: Ex-Chef Bernhard Vogel kehrt zum Gartengerätehersteller Grünfeld AG zurück und übernimmt zum 1. März erneut den Vorstandsvorsitz.",
        [
            hire("Bernhard Vogel", "Grünfeld AG", A),
            pos("Bernhard Vogel", "Grünfeld AG"),
        ],
    ),
    de(
        "Der Autobauer Fahrwerk Motors und der chinesische Batteriehersteller Lianhe Energy beenden ihre 2021 gestartete Zusammenarbeit bei Feststoffbatterien. "
        "Die technischen Fortschritte seien hinter den Erwartungen zurückgeblieben, teilte Fahrwerk mit.",
        [
            par(["Fahrwerk Motors", "Lianhe Energy"], F),
        ],
    ),
    de(
        "Die Gründerfamilie Sandmann hat ihre restlichen 15 Prozent an der Spielwarenkette Spielhaus an den Finanzinvestor Kranich Capital verkauft. "
        "Kranich hält damit alle Anteile.",
        [
            stake("Kranich Capital", "Spielhaus", C),
        ],
    ),
    de(
        "Aufsichtsratschef Werner Kühn legt sein Mandat beim Baukonzern Steinmann Bau SE mit sofortiger Wirkung nieder. "
        "Gründe nannte das Unternehmen nicht.",
        [
            dep("Werner Kühn", "Steinmann Bau SE", C),
            pos("Werner Kühn", "Steinmann Bau SE"),
        ],
    ),
    de(
        "Der Softwarekonzern SAP verhandelt Insidern zufolge über eine Minderheitsbeteiligung am Kölner KI-Übersetzungsdienst Lingua Nova. "
        "Die Gespräche seien weit fortgeschritten, eine Einigung könne in den kommenden Wochen verkündet werden, sagten zwei mit den Plänen vertraute Personen. "
        "SAP lehnte einen Kommentar ab.",
        [
            stake("SAP", "Lingua Nova", TR),
        ],
    ),
    de(
        "Das Landgericht München I hat dem Personaldienstleister Staffix per einstweiliger Verfügung untersagt, weiterhin gezielt Mitarbeiter des Konkurrenten Jobwerk abzuwerben.",
        [],
        optional=[poa("Staffix", "Jobwerk", ANY)],
    ),
    de(
        "Der Befestigungstechnik-Spezialist Hohenlohe Fastening Group kauft in den USA zu und übernimmt den Händler Midwest Bolt & Supply Co. aus Ohio. "
        "Der Zukauf soll im Dezember abgeschlossen werden, teilte das Familienunternehmen aus Künzelsau mit.",
        [
            acq("Hohenlohe Fastening Group", "Midwest Bolt & Supply Co.", A),
        ],
    ),
    de(
        "Nach dem Bilanzskandal ist der Finanzvorstand des Zahlungsdienstleisters Paycentra, Oliver Brandt, zurückgetreten. "
        "Sein Amt übernimmt übergangsweise Aufsichtsratsmitglied Heike Lorenz.",
        [
            dep("Oliver Brandt", "Paycentra", C),
            pos("Oliver Brandt", "Paycentra"),
            posh("Heike Lorenz", "Paycentra"),
        ],
    ),
    de(
        "Der Kasseler Netzwerkausrüster Fuldatec verhandelt Insidern zufolge über eine neue Finanzierungsrunde von bis zu 80 Millionen Euro. "
        "Als Leadinvestor sei der US-Wagniskapitalgeber Redpine Ventures im Gespräch, sagten zwei mit dem Vorgang vertraute Personen. Fuldatec-Gründerin Jana Ostermann wollte die Angaben nicht kommentieren.",
        [
            inv("Redpine Ventures", "Fuldatec", TR),
            pos("Jana Ostermann", "Fuldatec"),
        ],
    ),
    de(
        "Die beiden Landmaschinenhersteller Ackerwerk AG und Hofmann Agrartechnik loten Unternehmenskreisen zufolge eine Fusion aus. "
        "Ackerwerk-Chef Bernd Kaltenbach dementierte am Rande einer Messe jedoch, dass es konkrete Gespräche gebe.",
        [
            mer(["Ackerwerk AG", "Hofmann Agrartechnik"], [D, R]),
            pos("Bernd Kaltenbach", "Ackerwerk AG"),
        ],
    ),
    de(
        "Die österreichische Donaubank AG hat ihre 30-prozentige Beteiligung am Leasinganbieter Alpenleasing an die Raiffeisen-nahe Kärntner Landesholding verkauft. "
        "Der Verkauf wurde nach Zustimmung der Finanzmarktaufsicht am Montag vollzogen. Alpenleasing-Geschäftsführer Martin Huber bleibt im Amt.",
        [
            stake("Kärntner Landesholding", "Alpenleasing", C),
            pos("Martin Huber", "Alpenleasing"),
        ],
        optional=[stake("Donaubank AG", "Alpenleasing", C)],
    ),
]
