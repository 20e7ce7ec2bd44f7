# ruff: noqa: E501
"""Challenge set v9: news passages in the style of stock-market and agency news (English and German).

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
    # --- acquisitions, earnings context, background deals
    en(
        "Shares of Corvalis Systems (NASDAQ: CRVL) jumped 14% on Thursday after the cybersecurity specialist agreed to acquire cloud-monitoring start-up Brightline Labs for $640 million in cash and stock. "
        "CEO Dana Whitfield told analysts on a conference call that the deal, expected to close in the first quarter, would add about $90 million in annual recurring revenue. "
        "Brightline co-founders Arjun Mehta and Lise Carlsen will join Corvalis as senior vice presidents.",
        [
            acq("Corvalis Systems", "Brightline Labs", A),
            pos("Dana Whitfield", "Corvalis Systems"),
            pos("Arjun Mehta", "Brightline Labs"),
            pos("Lise Carlsen", "Brightline Labs"),
            hire("Arjun Mehta", "Corvalis Systems", A),
            hire("Lise Carlsen", "Corvalis Systems", A),
        ],
        optional=[pos("Arjun Mehta", "Corvalis Systems"), pos("Lise Carlsen", "Corvalis Systems")],
    ),
    en(
        "Quillon Software (NYSE: QLN) reported third-quarter revenue of $412 million, up 9% from a year earlier, helped by Tallyway, the payroll-software maker it bought for $1.1 billion in 2019. "
        "Chief Financial Officer Miriam Oyelaran said the company still expects full-year adjusted earnings of $3.10 to $3.25 a share. "
        "The stock slipped 2% in after-hours trading.",
        [acq("Quillon Software", "Tallyway", C), pos("Miriam Oyelaran", "Quillon Software")],
    ),
    en(
        "Brevik Holdings closed its $5.4 billion takeover of logistics-software provider Cargolane on Monday after winning approval from the European Commission, ending a 14-month antitrust review. "
        "Cargolane shares will be delisted from Euronext Amsterdam on Wednesday.",
        [acq("Brevik Holdings", "Cargolane", C)],
    ),
    en(
        "Ostrander Chemicals agreed to sell its coatings business, Ostrander Coatings, to private-equity firm Ridgemont Partners for $1.7 billion, as Chief Executive Hélène Marchetti pushes to simplify the 140-year-old group. "
        "The sale is expected to close in the second half of the year.",
        [acq("Ridgemont Partners", "Ostrander Coatings", A), pos("Hélène Marchetti", "Ostrander Chemicals")],
    ),
    en(
        "Cavanagh Pay posted a wider quarterly loss as it absorbed costs from its purchase of buy-now-pay-later firm Splitly, which closed in March. "
        '"We are ahead of plan on integration," President Owen Delacroix said, while CFO Ruth Adebayo-Lindqvist warned that margins would remain under pressure into next year.',
        [
            acq("Cavanagh Pay", "Splitly", C),
            pos("Owen Delacroix", "Cavanagh Pay"),
            pos("Ruth Adebayo-Lindqvist", "Cavanagh Pay"),
        ],
    ),
    en(
        "Since its 2017 acquisition of Vellum Analytics, Ardent Software has reinvented itself as a data-platform company, and investors have noticed: the stock is up 240% over five years. "
        "Chief Executive Naomi Feld wants to do it again. "
        '"We are looking at targets in observability," she told Barron\'s, declining to name any.',
        [acq("Ardent Software", "Vellum Analytics", C), pos("Naomi Feld", "Ardent Software")],
    ),
    en(
        "Pendleton Foods, the snack maker that bought Crispa Brands in 2020, agreed on Wednesday to acquire organic cereal company Meadowlark for $780 million. "
        "Pendleton Chief Executive Gregory Ashworth said Meadowlark founder Claire Whitby would continue to run the brand.",
        [
            acq("Pendleton Foods", "Crispa Brands", C),
            acq("Pendleton Foods", "Meadowlark", A),
            pos("Gregory Ashworth", "Pendleton Foods"),
            pos("Claire Whitby", "Meadowlark"),
        ],
    ),
    en(
        "RT @techdealsdaily: BREAKING: $CRWN Crownfield to acquire AI chip startup Voltaire Silicon for $2.1B in cash, per company statement #AI #semis #MandA",
        [acq("Crownfield", "Voltaire Silicon", A)],
    ),
    en(
        "UPDATE 2-Hollis Bancorp to buy Lakeshore Trust for $640 mln in stock",
        [acq("Hollis Bancorp", "Lakeshore Trust", A)],
    ),
    en(
        "Permian Crest Resources Inc. (NYSE: PCR) said Monday it would acquire privately held Dunmore Oil & Gas for $1.9 billion including debt. "
        "The deal requires approval from Permian Crest shareholders. "
        'Chairman and CEO Wade Hollister called it "a bolt-on that fits like a glove."',
        [
            acq("Permian Crest Resources", "Dunmore Oil & Gas", A),
            pos("Wade Hollister", "Permian Crest Resources"),
        ],
    ),
    en(
        "Allsure Holdings, which has grown through a string of deals including its $600 million purchase of Keystone Mutual in 2018, agreed to buy Midlands broker Trentham Insurance Services for £240 million. "
        'Chief Executive Fiona MacRae said the company would now "pause and integrate."',
        [
            acq("Allsure Holdings", "Keystone Mutual", C),
            acq("Allsure Holdings", "Trentham Insurance Services", A),
            pos("Fiona MacRae", "Allsure Holdings"),
        ],
    ),
    en(
        "Mitsuda Corp. raised its stake in Thai auto-parts maker Siam Torque to 51% from 34%, giving the Japanese trading house control of the company, it said in a filing on Wednesday.",
        [acq("Mitsuda Corp.", "Siam Torque", C)],
    ),
    en(
        "Lumora AI has acquired Brightquill, a two-year-old start-up whose software writes unit tests, for an undisclosed sum. "
        "Brightquill's 14 employees, including founder Sven Ødegaard, have joined Lumora's coding team.",
        [
            acq("Lumora AI", "Brightquill", C),
            pos("Sven Ødegaard", "Brightquill"),
            hire("Sven Ødegaard", "Lumora AI", C),
        ],
    ),
    en(
        "Senator Margaret Holloway urged antitrust regulators to scrutinize Zephyr Airlines' planned purchase of regional carrier Bluecrest Air, saying it would push up fares across the Midwest. "
        "Zephyr Chief Executive Anton Meier has argued the deal will add routes and lower costs.",
        [acq("Zephyr Airlines", "Bluecrest Air", A), pos("Anton Meier", "Zephyr Airlines")],
    ),
    en(
        "Activist investor Calder Bay Capital has built a 6.2% stake in German chemicals maker Rhenalit AG, according to a regulatory filing, making it the company's second-largest shareholder. "
        "Calder Bay founder Nathaniel Rusk has pushed for breakups at two other industrial conglomerates in the past three years.",
        [stake("Calder Bay Capital", "Rhenalit AG", C), pos("Nathaniel Rusk", "Calder Bay Capital")],
    ),
    # --- rumored / in talks / denied / failed deals
    en(
        "Talvik Robotics is exploring a sale and has held early discussions with potential buyers including Siemens and ABB, Bloomberg News reported on Friday, citing people familiar with the matter. "
        "The Danish maker of warehouse robots could be valued at more than $3 billion in a deal, the people said. "
        "A Talvik spokesperson declined to comment.",
        [acq("Siemens", "Talvik Robotics", TR), acq("ABB", "Talvik Robotics", TR)],
    ),
    en(
        "Insurer Brightwater Mutual is in advanced talks to buy specialty underwriter Corrigan Re for about $2.3 billion, the Financial Times reported on Sunday. "
        "A deal could be announced as soon as this week, the newspaper said. Neither company responded to requests for comment.",
        [acq("Brightwater Mutual", "Corrigan Re", TR)],
    ),
    en(
        "Shares of Tessaract Health jumped 11% in late trading following a report that UnitedHealth Group is considering an offer for the telehealth provider. "
        "The report, which cited unnamed sources, said no decision had been made and UnitedHealth could still opt against a bid.",
        [acq("UnitedHealth Group", "Tessaract Health", R)],
    ),
    en(
        "Private-equity firm Halcyon Peak is weighing a bid for a minority stake in Spanish telecom operator Telvista, Expansión reported on Wednesday, without citing sources.",
        [stake("Halcyon Peak", "Telvista", R)],
    ),
    en(
        'Graystone Bancorp denied a report that it was in merger talks with Pinecrest Financial, saying in a statement that it "is not engaged in any discussions" about a combination. '
        "Graystone CEO Howard Bleecker has repeatedly said the lender prefers to grow organically.",
        [mer(["Graystone Bancorp", "Pinecrest Financial"], D), pos("Howard Bleecker", "Graystone Bancorp")],
    ),
    en(
        'Tarragon Motors on Monday denied a report that it had approached Italian rival Ferrucci Automobili about a possible takeover, calling the story "pure speculation". '
        "Ferrucci shares, which had jumped 9% on the report, gave up most of their gains.",
        [acq("Tarragon Motors", "Ferrucci Automobili", D)],
    ),
    en(
        "Beacon Media Group Chairman Anthony Rusk-Hargreaves said on Monday that investor Leopold Vance had not approached the publisher about a takeover, dismissing a weekend newspaper report. "
        '"There has been no approach, and the group is not for sale," he said.',
        [acq("Leopold Vance", "Beacon Media Group", D), pos("Anthony Rusk-Hargreaves", "Beacon Media Group")],
    ),
    en(
        'Rexmoor Holdings said it has "no intention" of bidding for Castlebar Foods, dismissing a Sky News report that it was preparing an offer. '
        "Under UK takeover rules, Rexmoor is now barred from making a bid for six months.",
        [acq("Rexmoor Holdings", "Castlebar Foods", [D, F])],
    ),
    en(
        "Orvex Media walked away from its $3.2 billion bid for streaming service Clipstream after the target's board rejected a sweetened offer for a second time. "
        'Orvex Chief Executive Paolo Benedetti said the company would "remain disciplined" and focus on share buybacks instead.',
        [acq("Orvex Media", "Clipstream", F), pos("Paolo Benedetti", "Orvex Media")],
    ),
    en(
        "Britain's Competition and Markets Authority blocked Faircastle Games' proposed £900 million purchase of mobile studio Pocketforge on Wednesday, saying the deal would weaken competition in casual gaming. "
        'Faircastle said it was "deeply disappointed" and would not appeal.',
        [acq("Faircastle Games", "Pocketforge", F)],
    ),
    en(
        "Ashgrove Capital's hostile bid for Hartwell Chemicals lapsed on Friday after holders of fewer than 30% of Hartwell's shares accepted the offer. "
        'Hartwell Chairman Simon Ferreira-Lowe said the outcome showed shareholders "see the value in our plan".',
        [acq("Ashgrove Capital", "Hartwell Chemicals", F), pos("Simon Ferreira-Lowe", "Hartwell Chemicals")],
    ),
    # --- mergers
    en(
        "Two regional lenders, Harborview Bancshares and Millbrook Savings, agreed to combine in an all-stock merger of equals that will create a bank with $28 billion in assets. "
        "The combined company will keep the Harborview name and be led by Millbrook Chief Executive Teresa Quon, while Harborview Chairman Glenn Atwater will become executive chairman.",
        [
            mer(["Harborview Bancshares", "Millbrook Savings"], A),
            pos("Teresa Quon", "Millbrook Savings"),
            pos("Glenn Atwater", "Harborview Bancshares"),
        ],
        optional=[
            hire("Teresa Quon", "Harborview Bancshares", A),
            pos("Teresa Quon", "Harborview Bancshares"),
        ],
    ),
    en(
        "Ridgeway Insurance and Oakmont Assurance completed their merger on Friday, creating Britain's fourth-largest motor insurer, which will trade as Ridgeway Oakmont Group. "
        "Former Oakmont finance chief Leona Pratt becomes CFO of the combined group.",
        [mer(["Ridgeway Insurance", "Oakmont Assurance"], C), pos("Leona Pratt", "Oakmont Assurance")],
        optional=[
            hire("Leona Pratt", "Ridgeway Oakmont Group", ANY),
            pos("Leona Pratt", "Ridgeway Oakmont Group"),
            dep("Leona Pratt", "Oakmont Assurance", ANY),
        ],
    ),
    en(
        "Talks between mobile operators Brisa Mobile and Coralnet over combining their Portuguese businesses have ended without agreement, both companies said on Friday. "
        "Brisa had been seeking a larger share of the combined entity, people familiar with the talks said.",
        [mer(["Brisa Mobile", "Coralnet"], F)],
    ),
    en(
        "Aurora Telekom and Balkan Connect have entered exclusive negotiations over a merger that would create the largest mobile operator in southeastern Europe, the two companies said on Thursday. "
        'Aurora CEO Dragan Petrović cautioned that there was "no certainty" a deal would be reached.',
        [mer(["Aurora Telekom", "Balkan Connect"], T), pos("Dragan Petrović", "Aurora Telekom")],
    ),
    en(
        "Chemical makers Varnholt and Eastbridge Polymers are exploring a combination that would create a company worth about $20 billion, The Wall Street Journal reported, citing people familiar with the matter. "
        "Talks are at an early stage and may not lead to a deal.",
        [mer(["Varnholt", "Eastbridge Polymers"], TR)],
    ),
    en(
        "Shares of Altamira-Brooke Corp. will begin trading on Nasdaq on Monday under the ticker ALBR, after Altamira Networks and Brooke Semiconductor completed their merger on Friday. "
        "Brooke's former chief executive, Samuel Okonkwo-Hart, will lead the combined company.",
        [
            mer(["Altamira Networks", "Brooke Semiconductor"], C),
            pos("Samuel Okonkwo-Hart", "Brooke Semiconductor"),
        ],
        optional=[
            hire("Samuel Okonkwo-Hart", "Altamira-Brooke Corp.", ANY),
            pos("Samuel Okonkwo-Hart", "Altamira-Brooke Corp."),
        ],
    ),
    en(
        "Grandview Pharma sued Colter Labs in Delaware Chancery Court on Monday, claiming its former partner breached their merger agreement by walking away from the $4 billion deal in August. "
        "Colter has said Grandview misrepresented clinical-trial data.",
        [mer(["Grandview Pharma", "Colter Labs"], F)],
    ),
    # --- investments
    en(
        "Nimbusfold, a San Francisco start-up building tools to fine-tune large language models, has raised $85 million in a Series B round led by Lightspeed Venture Partners, with participation from Nvidia and existing investor Redpoint Ventures. "
        "The company, founded in 2022 by former Google researchers Hana Sato and Ezekiel Mbeki, said it would use the money to double its engineering team.",
        [
            inv("Lightspeed Venture Partners", "Nimbusfold", C),
            inv("Nvidia", "Nimbusfold", C),
            inv("Redpoint Ventures", "Nimbusfold", C),
            pos("Hana Sato", "Nimbusfold"),
            pos("Ezekiel Mbeki", "Nimbusfold"),
        ],
        optional=[
            pos("Hana Sato", "Google"),
            pos("Ezekiel Mbeki", "Google"),
            dep("Hana Sato", "Google", C),
            dep("Ezekiel Mbeki", "Google", C),
        ],
    ),
    en(
        "Dashkart, an Indian quick-commerce start-up, said it raised $300 million from Temasek and Tiger Global in a round that values it at $4 billion. "
        "Co-founder and Chief Executive Rohan Kapadia said the money would fund 200 new dark stores.",
        [inv("Temasek", "Dashkart", C), inv("Tiger Global", "Dashkart", C), pos("Rohan Kapadia", "Dashkart")],
    ),
    en(
        "Hexlane AI said it raised $40 million in seed and Series A funding from Andreessen Horowitz, Index Ventures and angel investor Priyanka Chaudhary, a former chief product officer of Figma.",
        [
            inv("Andreessen Horowitz", "Hexlane AI", C),
            inv("Index Ventures", "Hexlane AI", C),
            inv("Priyanka Chaudhary", "Hexlane AI", C),
            pos("Priyanka Chaudhary", "Figma"),
        ],
    ),
    en(
        "Zenthic, an AI lab that competes with Anthropic and OpenAI, is in talks to raise new funding at a $12 billion valuation, with Thrive Capital expected to lead the round, The Information reported.",
        [inv("Thrive Capital", "Zenthic", TR)],
    ),
    en(
        "A plan by Gulf sovereign fund Qasr Investment Authority to invest $2 billion in British chipmaker Wrenfield Microsystems has collapsed after the UK government used national-security powers to block it, Wrenfield said on Tuesday.",
        [inv("Qasr Investment Authority", "Wrenfield Microsystems", F)],
    ),
    en(
        "Hanseatic Motors will invest $500 million in American solid-state battery developer Ionvale in exchange for a minority stake, the companies said on Thursday. "
        "The German carmaker will also get priority access to Ionvale's cells from 2028, Ionvale CEO Derek Amankwah said.",
        [stake("Hanseatic Motors", "Ionvale", A), pos("Derek Amankwah", "Ionvale")],
        optional=[par(["Hanseatic Motors", "Ionvale"], A)],
    ),
    # --- partnerships
    en(
        "Aurelix AI and Deutsche Telekom said on Tuesday they had signed a multi-year agreement to build a sovereign AI cloud for European public-sector customers. "
        "Aurelix will license its models to the Bonn-based carrier, which will run them in its own data centers. "
        '"Europe needs infrastructure it controls," Aurelix co-founder and Chief Executive Bastien Leclerc said in an interview.',
        [par(["Aurelix AI", "Deutsche Telekom"], CA), pos("Bastien Leclerc", "Aurelix AI")],
    ),
    en(
        "Japan's Kawabe Heavy Industries and Norwegian energy group Nordvinden Solutions will form a 50-50 joint venture to build floating offshore wind farms in Asia, the companies said in a joint statement. "
        "The venture, to be based in Singapore, will be run by Kawabe executive Takeshi Moriyama.",
        [par(["Kawabe Heavy Industries", "Nordvinden Solutions"], A)],
        optional=[pos("Takeshi Moriyama", "Kawabe Heavy Industries")],
    ),
    en(
        "Novapath Biologics signed a licensing deal with Pfizer worth up to $1.2 billion for its experimental obesity drug, the Boston biotech said on Monday. "
        "Pfizer will pay $150 million upfront and take over late-stage development.",
        [par(["Novapath Biologics", "Pfizer"], CA)],
    ),
    en(
        "Sentivo, the Paris AI lab founded by Camille Arnaud and Yusuf Demir, struck a partnership with Samsung Electronics to run its compact language models on Galaxy phones. "
        "As part of the agreement, Samsung Next, the Korean group's venture arm, will take a minority stake in Sentivo.",
        [
            par(["Sentivo", "Samsung Electronics"], CA),
            stake("Samsung Next", "Sentivo", A),
            pos("Camille Arnaud", "Sentivo"),
            pos("Yusuf Demir", "Sentivo"),
        ],
        optional=[stake("Samsung Electronics", "Sentivo", A)],
    ),
    en(
        "Insurer Trellis Life and fintech Plentiq announced a distribution partnership on Wednesday under which Plentiq will offer Trellis term-life policies to its 3 million app users. "
        "Plentiq co-founder Ana Beatriz Novaes said more insurers could join the platform next year.",
        [par(["Trellis Life", "Plentiq"], CA), pos("Ana Beatriz Novaes", "Plentiq")],
    ),
    en(
        "Kyoto-based Hanamura Electronics has ended its chip-packaging alliance with Corvid Semiconductor, two years after the companies agreed to jointly develop advanced packaging, citing diverging technology road maps.",
        [par(["Hanamura Electronics", "Corvid Semiconductor"], F)],
    ),
    en(
        "Glimmer AI denied on Thursday that it was in talks to license its image-generation models to Apple, after a report in The Information sent its shares up 5%. "
        '"We don\'t usually comment on rumors, but this one is false," Glimmer CEO Tobias Lindgren wrote on X.',
        [par(["Glimmer AI", "Apple"], D), pos("Tobias Lindgren", "Glimmer AI")],
    ),
    # --- executive moves
    en(
        "Veridane Inc. said Monday that Chief Operating Officer Priya Raman will succeed Thomas Kell as chief executive on Jan. 1, when Kell retires after 11 years at the helm. "
        "Raman, 48, joined the chip-design software company from Synopsys in 2016. "
        "Kell will remain on the board as non-executive chairman.",
        [posh("Priya Raman", "Veridane"), pos("Thomas Kell", "Veridane")],
        optional=[
            dep("Thomas Kell", "Veridane", A),
            hire("Priya Raman", "Veridane", ANY),
            pos("Priya Raman", "Veridane"),
            dep("Priya Raman", "Synopsys", C),
        ],
    ),
    en(
        "Strata Cloud has poached Amazon Web Services veteran Colleen Fairbanks to run its data-center business, the company said on Monday. "
        "Fairbanks, who spent 14 years at AWS, most recently as vice president of infrastructure, starts next month.",
        [
            hire("Colleen Fairbanks", "Strata Cloud", CA),
            dep("Colleen Fairbanks", "Amazon Web Services", CA),
            poa("Strata Cloud", "Amazon Web Services", CA),
        ],
        optional=[pos("Colleen Fairbanks", "Amazon Web Services"), pos("Colleen Fairbanks", "Strata Cloud")],
    ),
    en(
        "Shareholders of Kelderwick Insurance Group elected former Allianz executive Ingrid Solberg to the board at Thursday's annual meeting, replacing Martin Greaves, who did not stand for re-election. "
        "Solberg will chair the audit committee.",
        [
            hire("Ingrid Solberg", "Kelderwick Insurance Group", C),
            dep("Martin Greaves", "Kelderwick Insurance Group", C),
        ],
        optional=[
            pos("Ingrid Solberg", "Allianz"),
            pos("Ingrid Solberg", "Kelderwick Insurance Group"),
            pos("Martin Greaves", "Kelderwick Insurance Group"),
        ],
    ),
    en(
        "The board of Quenby Retail Group ousted Chief Executive Marcus Ilves on Friday after three profit warnings in a year, naming finance chief Sofia Bergqvist interim CEO while it searches for a permanent successor. "
        "Ilves had led the department-store chain since 2019.",
        [dep("Marcus Ilves", "Quenby Retail Group", C), posh("Sofia Bergqvist", "Quenby Retail Group")],
        optional=[
            pos("Marcus Ilves", "Quenby Retail Group"),
            pos("Sofia Bergqvist", "Quenby Retail Group"),
            hire("Sofia Bergqvist", "Quenby Retail Group", ANY),
        ],
    ),
    en(
        "Viktor Dragomir, chief technology officer of Sable Systems, has left the company to join rival Ferrovia Data as head of engineering, he said in a LinkedIn post on Tuesday. "
        "Sable said it had begun a search for a successor.",
        [dep("Viktor Dragomir", "Sable Systems", C), hire("Viktor Dragomir", "Ferrovia Data", CA)],
        optional=[
            pos("Viktor Dragomir", "Sable Systems"),
            pos("Viktor Dragomir", "Ferrovia Data"),
            poa("Ferrovia Data", "Sable Systems", ANY),
        ],
    ),
    en(
        "Shares of Lorimer Energy fell 6% after the oil producer said Chief Executive Bradley Tuck would retire at the end of the year and be succeeded by Karina Solis, currently president of the company's Permian operations.",
        [dep("Bradley Tuck", "Lorimer Energy", A), posh("Karina Solis", "Lorimer Energy")],
        optional=[
            pos("Bradley Tuck", "Lorimer Energy"),
            pos("Karina Solis", "Lorimer Energy"),
            hire("Karina Solis", "Lorimer Energy", ANY),
        ],
    ),
    en(
        "Cirrus Ledger Corp. (NYSE: CLDG) on Tuesday named Marisol Echeverría chief financial officer, effective Feb. 3. "
        "Echeverría joins from Stripe, where she was head of finance for Europe. "
        "She succeeds Paul Lindqvist, who is leaving to pursue other opportunities.",
        [
            hire("Marisol Echeverría", "Cirrus Ledger Corp.", CA),
            dep("Marisol Echeverría", "Stripe", CA),
            dep("Paul Lindqvist", "Cirrus Ledger Corp.", CA),
        ],
        optional=[
            pos("Marisol Echeverría", "Stripe"),
            pos("Marisol Echeverría", "Cirrus Ledger Corp."),
            pos("Paul Lindqvist", "Cirrus Ledger Corp."),
        ],
    ),
    en(
        "Marlow Semiconductor appointed former Intel executive Renée Fontaine to its board of directors, effective immediately, expanding the board to 11 members.",
        [hire("Renée Fontaine", "Marlow Semiconductor", C)],
        optional=[pos("Renée Fontaine", "Intel"), pos("Renée Fontaine", "Marlow Semiconductor")],
    ),
    en(
        "Excited to share that I'm joining Lumora AI (@LumoraAI) as VP of Research! After 7 amazing years at DeepMind, time for a new chapter. 🚀 #AI #NewJob — Kwame Asante",
        [hire("Kwame Asante", "Lumora AI", CA), dep("Kwame Asante", "DeepMind", CA)],
        optional=[pos("Kwame Asante", "Lumora AI")],
    ),
    en(
        "Ellery Bank named Joaquim Sá Pereira, a former Santander executive, as head of its investment bank on Tuesday, the latest move in a management overhaul by Chief Executive Frances Oduya, who took over in April. "
        "Sá Pereira replaces Mark Tillotson, who left in June.",
        [
            hire("Joaquim Sá Pereira", "Ellery Bank", CA),
            dep("Mark Tillotson", "Ellery Bank", C),
            pos("Frances Oduya", "Ellery Bank"),
        ],
        optional=[
            hire("Frances Oduya", "Ellery Bank", C),
            pos("Joaquim Sá Pereira", "Santander"),
            pos("Joaquim Sá Pereira", "Ellery Bank"),
            pos("Mark Tillotson", "Ellery Bank"),
        ],
    ),
    en(
        "Boxwell Retail has hired Nina Castellanos, previously head of e-commerce at Target, as its first chief digital officer. "
        "Castellanos will report to Chief Executive Graham Pike.",
        [
            hire("Nina Castellanos", "Boxwell Retail", C),
            pos("Nina Castellanos", "Target"),
            pos("Graham Pike", "Boxwell Retail"),
        ],
        optional=[dep("Nina Castellanos", "Target", C), pos("Nina Castellanos", "Boxwell Retail")],
    ),
    en(
        "Kestler Group Chief Financial Officer Ian Whitcombe resigned on Thursday, days after auditors flagged irregularities at the industrial group's Asian unit. "
        "Kestler said deputy CFO Mei-Ling Tsao would take over on an interim basis.",
        [dep("Ian Whitcombe", "Kestler Group", C), posh("Mei-Ling Tsao", "Kestler Group")],
        optional=[
            pos("Ian Whitcombe", "Kestler Group"),
            pos("Mei-Ling Tsao", "Kestler Group"),
            hire("Mei-Ling Tsao", "Kestler Group", ANY),
        ],
    ),
    en(
        'Polaris Bank CEO Ramón Ibáñez denied reports that he planned to step down next year, telling reporters in Madrid: "I am not going anywhere."',
        [dep("Ramón Ibáñez", "Polaris Bank", D)],
        optional=[pos("Ramón Ibáñez", "Polaris Bank")],
    ),
    en(
        'A spokeswoman for Vantage Robotics denied a report that Chief Scientist Imani Okoro was leaving for OpenAI, saying Okoro "remains fully committed" to the company.',
        [dep("Imani Okoro", "Vantage Robotics", D), hire("Imani Okoro", "OpenAI", D)],
        optional=[pos("Imani Okoro", "Vantage Robotics"), poa("OpenAI", "Vantage Robotics", D)],
    ),
    en(
        "Clarissa Montrose is leaving Vantorix after nine years. "
        "The chief marketing officer told staff in a memo on Tuesday that she would join a fintech start-up, which she did not name.",
        [dep("Clarissa Montrose", "Vantorix", CA)],
        optional=[pos("Clarissa Montrose", "Vantorix")],
    ),
    en(
        "Corvid Semiconductor named former Texas Instruments executive Howard Lam interim chief executive on Wednesday after CEO Beatrix Hale began an extended medical leave. "
        "Hale is expected to return in the spring, the company said.",
        [hire("Howard Lam", "Corvid Semiconductor", C), pos("Beatrix Hale", "Corvid Semiconductor")],
        optional=[
            pos("Howard Lam", "Texas Instruments"),
            pos("Howard Lam", "Corvid Semiconductor"),
            dep("Beatrix Hale", "Corvid Semiconductor", ANY),
        ],
    ),
    en(
        "Daniel Okafor, a former vice president of Quantrel Inc., has sued the software company for wrongful termination, claiming he was fired after raising concerns about how it booked multi-year contracts. "
        "Quantrel said the claims were without merit.",
        [dep("Daniel Okafor", "Quantrel Inc.", C)],
        optional=[pos("Daniel Okafor", "Quantrel Inc.")],
    ),
    # --- poaching
    en(
        "Meta Platforms has hired three senior researchers from Helixmind's reinforcement-learning team, according to people familiar with the matter, the latest in a string of defections from the London-based AI lab. "
        "Helixmind has lost at least a dozen staff to bigger rivals this year despite offering retention bonuses.",
        [poa("Meta Platforms", "Helixmind", [C, R])],
    ),
    en(
        "On the call, Fenwick Robotics CEO Ulrike Brandt acknowledged that the company had lost several senior engineers to Tesla's humanoid-robot program over the summer, but said attrition had since slowed.",
        [poa("Tesla", "Fenwick Robotics", C), pos("Ulrike Brandt", "Fenwick Robotics")],
    ),
    en(
        "Hedge fund Brookhollow Capital tried to lure a team of five credit traders away from Lindqvist & Moreau last month, but the traders decided to stay after receiving counteroffers, according to people familiar with the matter.",
        [poa("Brookhollow Capital", "Lindqvist & Moreau", F)],
    ),
    # --- positions only / distractors
    en(
        "Lumengrid Corp. sued rival Oktavo Networks in federal court in Delaware on Wednesday, alleging that Oktavo's routers infringe four of its patents. "
        "Lumengrid General Counsel Rebecca Stahl said the company had tried for two years to reach a licensing agreement. "
        "Oktavo said it would vigorously defend itself.",
        [pos("Rebecca Stahl", "Lumengrid Corp.")],
        optional=[par(["Lumengrid Corp.", "Oktavo Networks"], F)],
    ),
    en(
        "Morgan Stanley analyst Keith Osei raised his price target on Pyxora Semiconductor to $185 from $160, citing stronger demand for the company's AI accelerator cards, and reiterated his overweight rating. "
        "Pyxora, which announced a $2 billion share buyback last month, is scheduled to report earnings on Aug. 21.",
        [],
        optional=[pos("Keith Osei", "Morgan Stanley")],
    ),
    en(
        '"We wouldn\'t be surprised to see Halberd Software become a takeover target," Jefferies analyst Sunita Rao wrote in a note to clients, pointing to its depressed valuation. '
        "Halberd has given no indication that it is for sale.",
        [],
        optional=[pos("Sunita Rao", "Jefferies")],
    ),
    en(
        "Auvent Motors unveiled its first fully electric pickup on Wednesday, with Chief Executive Lorenzo Vidal promising first deliveries in the spring. "
        "The company also signed a supply agreement with Japanese battery maker Kyosei Energy for cells through 2030.",
        [pos("Lorenzo Vidal", "Auvent Motors")],
        optional=[par(["Auvent Motors", "Kyosei Energy"], CA)],
    ),
    en(
        "Telvora Networks won a €450 million contract to modernize Vodafone's radio access network in Germany and Italy, the Finnish equipment maker said on Tuesday. "
        "It is the biggest single order in Telvora's history, Chief Executive Aino Virtanen told reporters.",
        [pos("Aino Virtanen", "Telvora Networks")],
    ),
    en(
        "Ashford United sacked manager Gareth Pryce on Sunday after a 4-0 home defeat left the club second from bottom, with assistant Dean Morrow taking charge for Wednesday's cup tie.",
        [],
    ),
    en(
        "Harlan Financial announced a $5 billion share repurchase program and raised its quarterly dividend by 8%. "
        '"Our capital position has never been stronger," Chief Executive Monique Delacroix-Baptiste said.',
        [pos("Monique Delacroix-Baptiste", "Harlan Financial")],
    ),
    en(
        '"Demand for AI servers remains insatiable," said Kofi Mensah-Bonsu, chief executive of Tarvos Computing, at the company\'s investor day. '
        "Tarvos' chief operating officer, Linnea Åberg, added that supplies of high-bandwidth memory from SK Hynix remained tight.",
        [pos("Kofi Mensah-Bonsu", "Tarvos Computing"), pos("Linnea Åberg", "Tarvos Computing")],
    ),
    en(
        "Chipmaker Ardenne Micro to cut 900 jobs; CEO Pieter van den Broek cites weak PC demand",
        [pos("Pieter van den Broek", "Ardenne Micro")],
    ),
    # ------------------------------------------------------------------ German
    # --- Übernahmen
    de(
        "Der Walldorfer Softwarekonzern Kornfeld übernimmt den Berliner KI-Spezialisten Datenwerk. "
        "Der Kaufpreis liege im mittleren zweistelligen Millionenbereich, teilte das Unternehmen am Montag mit. "
        "Der Abschluss der Transaktion wird für das zweite Quartal erwartet. "
        "Kornfeld-Chef Matthias Vogelsang sprach von einem „wichtigen Baustein“ für die KI-Strategie des Konzerns.",
        [acq("Kornfeld", "Datenwerk", A), pos("Matthias Vogelsang", "Kornfeld")],
    ),
    de(
        "Das Bundeskartellamt hat die Übernahme des Dortmunder Entsorgers Ruhrklar durch den Wettbewerber Grünkreis Umweltdienste freigegeben. "
        "Wettbewerbliche Bedenken hätten sich nicht ergeben, teilte die Bonner Behörde am Donnerstag mit. "
        "Grünkreis hatte den Kauf im Frühjahr angekündigt.",
        [acq("Grünkreis Umweltdienste", "Ruhrklar", CA)],
    ),
    de(
        "Der insolvente Fahrradhersteller Radwerk Sachsen hat einen Käufer gefunden: Die niederländische Velora Group übernimmt den Betrieb in Chemnitz samt aller 230 Beschäftigten, wie Insolvenzverwalter Jörg Tannhäuser am Freitag mitteilte. "
        "Der Kaufvertrag sei unterzeichnet, der Gläubigerausschuss müsse aber noch zustimmen.",
        [acq("Velora Group", "Radwerk Sachsen", A)],
        optional=[pos("Jörg Tannhäuser", "Radwerk Sachsen")],
    ),
    de(
        "Kreis-Anzeiger: Brauerei Hopfmann übernimmt Getränkehändler Durstquelle Nord",
        [acq("Brauerei Hopfmann", "Durstquelle Nord", CA)],
    ),
    de(
        "DGAP-News: Vortex Solar SE erwirbt Mehrheit an italienischem Projektentwickler. "
        "Die Vortex Solar SE hat 70 Prozent der Anteile an der Solemare S.r.l. mit Sitz in Bari erworben. "
        "Der Vollzug der Transaktion erfolgte am 30. September. "
        "Die übrigen 30 Prozent verbleiben bei Solemare-Gründer Giancarlo Fabbri.",
        [acq("Vortex Solar SE", "Solemare S.r.l.", C), pos("Giancarlo Fabbri", "Solemare S.r.l.")],
    ),
    de(
        "Die Itzehoer Bäckerei Kornblume übernimmt die insolvente Konkurrentin Backstube Möller und damit 14 Filialen im Kreis Steinburg. "
        "Alle 85 Mitarbeiter sollen übernommen werden, sagte Kornblume-Inhaber Hauke Petersen der „Norddeutschen Rundschau“.",
        [acq("Bäckerei Kornblume", "Backstube Möller", CA), pos("Hauke Petersen", "Bäckerei Kornblume")],
    ),
    de(
        "Die Rheinische Mediengruppe kauft die „Eifeler Nachrichten“ vom Medienhaus Kaltenbrunn. "
        "Über den Kaufpreis vereinbarten beide Seiten Stillschweigen. "
        "Das Bundeskartellamt muss der Übernahme noch zustimmen.",
        [acq("Rheinische Mediengruppe", "Eifeler Nachrichten", A)],
    ),
    de(
        "Der Spezialchemiekonzern Lichtenfels hat die Übernahme des belgischen Pigmentherstellers Colorante abgeschlossen. "
        "Mit dem 1,1 Milliarden Euro schweren Zukauf werde Lichtenfels zum Weltmarktführer bei Effektpigmenten, sagte Finanzvorstand Tobias Reinhardt in einer Telefonkonferenz mit Analysten.",
        [acq("Lichtenfels", "Colorante", C), pos("Tobias Reinhardt", "Lichtenfels")],
    ),
    de(
        "Die Versicherungsgruppe Talwacht erhöht ihren Anteil an der Rechtsschutzversicherung Justitia Direkt von 49 auf 100 Prozent. "
        "Der Kaufpreis wurde nicht genannt. "
        "Talwacht-Chef Ulrich Sommerfeld sprach von einem „logischen Schritt“.",
        [acq("Talwacht", "Justitia Direkt", CA), pos("Ulrich Sommerfeld", "Talwacht")],
    ),
    de(
        "Der Medizintechnikkonzern Rotmund, der 2019 den Hörgerätehersteller Klangwerk übernommen hatte, kauft nun auch den US-Spezialisten Auralink. "
        "Rotmund zahlt 680 Millionen Dollar, wie der Erlanger Konzern am Dienstag mitteilte. "
        "Vorstandschef Bernhard Zeilinger rechnet mit einem Abschluss bis zum Jahresende.",
        [
            acq("Rotmund", "Klangwerk", C),
            acq("Rotmund", "Auralink", A),
            pos("Bernhard Zeilinger", "Rotmund"),
        ],
    ),
    de(
        "Der Dax-Konzern Lorenzwerke hat den Verkauf seiner Hausgerätetochter Lorenz Haushaltsgeräte an den chinesischen Hersteller Hongda abgeschlossen, wie ein Sprecher am Mittwoch sagte. "
        "Der Erlös von 2,3 Milliarden Euro soll in das Automatisierungsgeschäft fließen.",
        [acq("Hongda", "Lorenz Haushaltsgeräte", C)],
    ),
    de(
        "Der Chemiekonzern Rhenalit, der 2018 den US-Konkurrenten Bayfield Resins übernommen hatte, rechnet für das laufende Jahr mit einem Gewinnrückgang. "
        "Finanzchefin Sabine Ortlieb begründete dies in einer Telefonkonferenz mit schwachen Geschäften in den USA. "
        "Die Aktie fiel um fünf Prozent.",
        [acq("Rhenalit", "Bayfield Resins", C), pos("Sabine Ortlieb", "Rhenalit")],
    ),
    de(
        "Der Lebensmittelhändler Frischkorb darf 48 Filialen der insolventen Supermarktkette Marktplatz Süd übernehmen. "
        "Das Bundeskartellamt gab den Kauf am Donnerstag unter Auflagen frei, wie die Behörde mitteilte.",
        [],
        optional=[acq("Frischkorb", "Marktplatz Süd", CA)],
    ),
    de(
        "Der US-Finanzinvestor Blackhorn Partners hat ein Übernahmeangebot für den Hamburger Online-Händler Fahrradgarage vorgelegt. "
        "Die Amerikaner bieten 14,50 Euro je Aktie, ein Aufschlag von 38 Prozent auf den Schlusskurs vom Freitag. "
        "Vorstand und Aufsichtsrat wollen das Angebot nun prüfen, teilte Fahrradgarage mit.",
        [acq("Blackhorn Partners", "Fahrradgarage", T)],
    ),
    # --- Beteiligungen / Finanzierungsrunden
    de(
        "Das Münchner KI-Start-up Lernwolke hat in einer Finanzierungsrunde 40 Millionen Euro eingesammelt. "
        "Angeführt wurde die Series-A-Runde vom Berliner Wagniskapitalgeber Spreebogen Ventures, auch die Altinvestoren Isarpark Capital und Nordlicht Partners beteiligten sich, wie das Unternehmen am Dienstag mitteilte. "
        "Mitgründerin und Geschäftsführerin Leonie Baumgärtner will mit dem Geld vor allem nach Frankreich expandieren.",
        [
            inv("Spreebogen Ventures", "Lernwolke", C),
            inv("Isarpark Capital", "Lernwolke", C),
            inv("Nordlicht Partners", "Lernwolke", C),
            pos("Leonie Baumgärtner", "Lernwolke"),
        ],
    ),
    de(
        "Das Kölner Start-up Sprachfluss, das KI-Software für Callcenter entwickelt, hat zwölf Millionen Euro eingesammelt. "
        "Neu eingestiegen ist der Wagniskapitalgeber Rheinland Ventures; zudem erhöhte Altinvestor Domplatz Capital sein Engagement, wie Mitgründer Kai-Uwe Bernsdorf sagte.",
        [
            inv("Rheinland Ventures", "Sprachfluss", C),
            inv("Domplatz Capital", "Sprachfluss", C),
            pos("Kai-Uwe Bernsdorf", "Sprachfluss"),
        ],
    ),
    de(
        "Das Berliner Quanten-Start-up Qubitwerk hat 60 Millionen Euro eingesammelt. "
        "Angeführt wird die Finanzierungsrunde vom Fonds Nordstern Deep Tech, außerdem beteiligt sich der Chipkonzern Infineon, wie Qubitwerk-Gründerin Lena Morgenroth mitteilte.",
        [
            inv("Nordstern Deep Tech", "Qubitwerk", C),
            inv("Infineon", "Qubitwerk", C),
            pos("Lena Morgenroth", "Qubitwerk"),
        ],
    ),
    de(
        "Shell beteiligt sich mit einem zweistelligen Millionenbetrag an der Finanzierungsrunde des Hamburger Wasserstoff-Start-ups Elektrolyt Nord, wie das Unternehmen am Montag mitteilte. "
        "Auch der regionale Energieversorger Elbstrom investiert erneut.",
        [inv("Shell", "Elektrolyt Nord", CA), inv("Elbstrom", "Elektrolyt Nord", CA)],
    ),
    de(
        "Der Pharmakonzern Brandtner steigt beim Tübinger Biotech-Unternehmen Zellpunkt ein: Für 120 Millionen Euro sichert er sich eine Minderheitsbeteiligung von 15 Prozent. "
        "Zudem vereinbarten beide Unternehmen eine Forschungskooperation bei mRNA-Therapien, wie Zellpunkt-Chefin Miriam Achterberg sagte.",
        [
            stake("Brandtner", "Zellpunkt", CA),
            par(["Brandtner", "Zellpunkt"], CA),
            pos("Miriam Achterberg", "Zellpunkt"),
        ],
    ),
    de(
        "Sattler Beteiligungen, das Family Office der Unternehmerfamilie Sattler, steigt beim Berliner Fintech Zahlfix ein und übernimmt 25 Prozent der Anteile. "
        "Das teilte Zahlfix-Gründer Emre Yıldız am Mittwoch mit.",
        [stake("Sattler Beteiligungen", "Zahlfix", CA), pos("Emre Yıldız", "Zahlfix")],
    ),
    de(
        "Die Stadtwerke Wiesental beteiligen sich mit 24,9 Prozent an der Stadtwerke Hügelsdorf GmbH. "
        "Der Gemeinderat stimmte dem Einstieg am Dienstagabend zu, wie Geschäftsführer Manfred Ebner von den Stadtwerken Wiesental mitteilte.",
        [
            stake("Stadtwerke Wiesental", "Stadtwerke Hügelsdorf GmbH", CA),
            pos("Manfred Ebner", "Stadtwerke Wiesental"),
        ],
    ),
    # --- Gerüchte, Gespräche, Dementis, gescheiterte Deals
    de(
        "Der Finanzinvestor Bergsee Capital erwägt einem Bericht der „Börsen-Zeitung“ zufolge ein Gebot für den Spezialchemiekonzern Calvora. "
        "Bergsee lote derzeit mit mehreren Banken die Finanzierung aus, hieß es unter Berufung auf Finanzkreise. "
        "Calvora und Bergsee wollten sich nicht äußern.",
        [acq("Bergsee Capital", "Calvora", R)],
    ),
    de(
        "Der Landmaschinenhersteller Saatmann ist nach Reuters-Informationen an einer Übernahme des französischen Konkurrenten Agrivert interessiert. "
        "Erste Gespräche hätten bereits stattgefunden, sagten zwei mit der Sache vertraute Personen. "
        "Saatmann wollte sich dazu nicht äußern.",
        [acq("Saatmann", "Agrivert", TR)],
    ),
    de(
        "Der Staatsfonds Gulfstar Holdings prüft nach Informationen aus Finanzkreisen einen Einstieg beim Münchner Flugtaxi-Entwickler Aerolift. "
        "Im Gespräch sei eine Beteiligung von bis zu 20 Prozent, hieß es. "
        "Aerolift lehnte einen Kommentar ab.",
        [stake("Gulfstar Holdings", "Aerolift", R)],
    ),
    de(
        "Kreise: Allianz prüft Kauf von Lebensversicherer Südwest Leben",
        [acq("Allianz", "Südwest Leben", R)],
    ),
    de(
        "Nach Informationen der „Wirtschaftswoche“ loten die Autozulieferer Felsmann und Karosseriewerk Ahlen einen Zusammenschluss aus. "
        "Beide Unternehmen kommentierten den Bericht nicht.",
        [mer(["Felsmann", "Karosseriewerk Ahlen"], TR)],
    ),
    de(
        "Die Nordbank Hansa hat einen Bericht über Fusionsgespräche mit der Weserbank dementiert. "
        "„Es gibt keine Gespräche“, sagte ein Sprecher am Dienstag in Hamburg. "
        "Das „Handelsblatt“ hatte unter Berufung auf Finanzkreise berichtet, die beiden Institute loteten einen Zusammenschluss aus.",
        [mer(["Nordbank Hansa", "Weserbank"], D)],
    ),
    de(
        "Der Energiekonzern Ostwind Energie hat Berichte zurückgewiesen, wonach er ein Gebot für den Netzbetreiber Mitteldeutsche Netz vorbereitet. "
        "„Daran ist nichts dran“, sagte eine Sprecherin am Montag.",
        [acq("Ostwind Energie", "Mitteldeutsche Netz", D)],
    ),
    de(
        "Eine Sprecherin des Chipherstellers Siltera hat Berichte über einen Einstieg von Intel zurückgewiesen. "
        "„Es gibt keine Verhandlungen mit Intel über eine Beteiligung“, sagte sie am Freitag.",
        [stake("Intel", "Siltera", D)],
    ),
    de(
        "Drehwerk-Vorstandschef Georg Albrecht hat Spekulationen über eine Kooperation mit dem chinesischen Autobauer BYD dementiert. "
        "„Es gibt keine Gespräche“, sagte Albrecht am Rande der IAA in München.",
        [par(["Drehwerk", "BYD"], D), pos("Georg Albrecht", "Drehwerk")],
    ),
    de(
        "Die geplante Übernahme des Kunststoffherstellers Plastwerk Wendt durch den Chemiekonzern Auermann ist geplatzt. "
        "Die Gespräche seien ohne Ergebnis beendet worden, teilte Auermann am Freitagabend in Ludwigshafen mit. "
        "Grund seien unterschiedliche Preisvorstellungen gewesen.",
        [acq("Auermann", "Plastwerk Wendt", F)],
    ),
    de(
        "Medigard AG beendet Gespräche über Übernahme der Kliniken Vogtland",
        [acq("Medigard AG", "Kliniken Vogtland", F)],
    ),
    de(
        "Der Vorstand des Baustoffkonzerns Kalkwerk Südharz hat das Übernahmeangebot des irischen Konkurrenten Granite Holdings als „deutlich zu niedrig“ zurückgewiesen. "
        "Vorstandschefin Gudrun Maaß empfahl den Aktionären, das Angebot nicht anzunehmen.",
        [acq("Granite Holdings", "Kalkwerk Südharz", [F, T]), pos("Gudrun Maaß", "Kalkwerk Südharz")],
    ),
    # --- Fusionen (Sparkassen, Volksbanken, Versicherer, Telekom)
    de(
        "Die Sparkasse Lindenau und die Kreissparkasse Obertal wollen fusionieren. "
        "Die Verwaltungsräte beider Institute hätten am Dienstag eine Absichtserklärung unterzeichnet, teilten die Sparkassen mit. "
        "Das neue Institut mit einer Bilanzsumme von 6,2 Milliarden Euro soll Sparkasse Lindenau-Obertal heißen. "
        "Vorstandsvorsitzender soll der bisherige Lindenauer Sparkassenchef Heiko Brandstetter werden.",
        [
            mer(["Sparkasse Lindenau", "Kreissparkasse Obertal"], [A, T]),
            pos("Heiko Brandstetter", "Sparkasse Lindenau"),
        ],
        optional=[
            hire("Heiko Brandstetter", "Sparkasse Lindenau-Obertal", A),
            pos("Heiko Brandstetter", "Sparkasse Lindenau-Obertal"),
        ],
    ),
    de(
        "Die Fusion der Volksbank Rauhe Alb mit der Raiffeisenbank Talgau ist vollzogen. "
        "Rückwirkend zum 1. Januar firmieren die beiden Genossenschaftsbanken gemeinsam als Volksbank Alb-Talgau eG, wie das Institut mitteilte. "
        "Die Vertreterversammlungen hatten dem Zusammenschluss bereits im Juni zugestimmt.",
        [mer(["Volksbank Rauhe Alb", "Raiffeisenbank Talgau"], C)],
    ),
    de(
        "Die Volksbank Oberland und die VR-Bank Isartal führen Sondierungsgespräche über eine mögliche Fusion. "
        "Eine Entscheidung solle bis zum Herbst fallen, sagte Oberland-Vorstandssprecher Anton Huber dem „Tölzer Kurier“. "
        "Beide Häuser beschäftigen zusammen rund 600 Mitarbeiter.",
        [mer(["Volksbank Oberland", "VR-Bank Isartal"], T), pos("Anton Huber", "Volksbank Oberland")],
    ),
    de(
        "Die geplante Fusion der Sparkasse Hohenwald mit der Stadtsparkasse Kirchdorf ist geplatzt. "
        "Der Kirchdorfer Stadtrat lehnte den Zusammenschluss am Donnerstagabend mit knapper Mehrheit ab. "
        "Hohenwalds Sparkassenchef Rainer Gottwald zeigte sich enttäuscht: „Wir hätten gemeinsam mehr erreichen können.“",
        [
            mer(["Sparkasse Hohenwald", "Stadtsparkasse Kirchdorf"], F),
            pos("Rainer Gottwald", "Sparkasse Hohenwald"),
        ],
    ),
    de(
        "Die Kreissparkasse Nordheide und die Sparkasse Elbmarsch haben ihre Fusion vollzogen. "
        "Vorstandsvorsitzender des neuen Instituts ist Jan-Hendrik Claussen, der bisher die Kreissparkasse Nordheide führte. "
        "Sein Elbmarscher Kollege Peter Wöhlk geht in den Ruhestand.",
        [
            mer(["Kreissparkasse Nordheide", "Sparkasse Elbmarsch"], C),
            pos("Jan-Hendrik Claussen", "Kreissparkasse Nordheide"),
            dep("Peter Wöhlk", "Sparkasse Elbmarsch", CA),
        ],
        optional=[pos("Peter Wöhlk", "Sparkasse Elbmarsch")],
    ),
    de(
        "Die Brandkasse Jadebusen und die Emsländische Feuerversicherung wollen sich zusammenschließen. "
        "Vorstand und Aufsichtsrat beider Versicherungsvereine hätten der Fusion zugestimmt, nun müssten noch die Mitgliedervertreter und die Finanzaufsicht Bafin grünes Licht geben.",
        [mer(["Brandkasse Jadebusen", "Emsländische Feuerversicherung"], A)],
    ),
    de(
        "Der Mobilfunkanbieter Funkhaus Mobil und der Glasfaserspezialist Lichtweg Netze haben ihre Gespräche über einen Zusammenschluss abgebrochen. "
        "Man habe sich nicht auf eine Bewertung einigen können, hieß es am Mittwoch aus Unternehmenskreisen.",
        [mer(["Funkhaus Mobil", "Lichtweg Netze"], F)],
    ),
    # --- Kooperationen
    de(
        "Die Stadtwerke Auenfeld und die Stadtwerke Bergheide bündeln ihren Vertrieb in einer gemeinsamen Tochtergesellschaft, an der beide jeweils 50 Prozent halten. "
        "Das kündigten die Geschäftsführerin der Stadtwerke Auenfeld, Sabine Kettler, und ihr Bergheider Kollege Uwe Draxler am Donnerstag an.",
        [
            par(["Stadtwerke Auenfeld", "Stadtwerke Bergheide"], CA),
            pos("Sabine Kettler", "Stadtwerke Auenfeld"),
            pos("Uwe Draxler", "Stadtwerke Bergheide"),
        ],
    ),
    de(
        "RT @dpa_wirtschaft: #Eilmeldung Autobauer Wendler Motoren und #Toyota vereinbaren Zusammenarbeit bei Wasserstoff-Antrieben – gemeinsame Entwicklung ab 2026 #Auto #Wasserstoff",
        [par(["Wendler Motoren", "Toyota"], CA)],
    ),
    de(
        "Der Energieversorger Thüringer Energie Nord und der dänische Projektentwickler Vindhav Energi wollen gemeinsam einen Windpark in der Ostsee errichten. "
        "Eine entsprechende Kooperationsvereinbarung unterzeichneten beide Unternehmen am Mittwoch in Erfurt, wie ein Sprecher sagte.",
        [par(["Thüringer Energie Nord", "Vindhav Energi"], CA)],
    ),
    de(
        "Das Heidelberger KI-Unternehmen Denkfabrik hat eine strategische Partnerschaft mit SAP geschlossen: Die Sprachmodelle der Heidelberger sollen künftig in die Geschäftssoftware des Dax-Konzerns integriert werden. "
        "„Das ist ein Ritterschlag für uns“, sagte Gründer und Vorstandschef Jonas Weißhaupt.",
        [par(["Denkfabrik", "SAP"], CA), pos("Jonas Weißhaupt", "Denkfabrik")],
    ),
    de(
        "Der Autobauer Wendler Motoren und der Batteriespezialist Akkuwerk gründen ein Gemeinschaftsunternehmen zur Fertigung von Batteriezellen in der Lausitz. "
        "Beide Partner halten je die Hälfte der Anteile. "
        "Geführt werden soll das Joint Venture von Akkuwerk-Managerin Nadine Kowalczyk.",
        [par(["Wendler Motoren", "Akkuwerk"], CA)],
        optional=[pos("Nadine Kowalczyk", "Akkuwerk")],
    ),
    # --- Personalien
    de(
        "Beim Münchner Versicherer Isarwacht kommt es zu einem Wechsel an der Spitze: Vorstandschef Klaus-Dieter Renner geht zum Jahresende in den Ruhestand, wie der Aufsichtsrat am Mittwoch mitteilte. "
        "Nachfolgerin wird Finanzvorständin Annette Wilkening, die dem Vorstand seit 2015 angehört.",
        [dep("Klaus-Dieter Renner", "Isarwacht", A), posh("Annette Wilkening", "Isarwacht")],
        optional=[
            pos("Klaus-Dieter Renner", "Isarwacht"),
            pos("Annette Wilkening", "Isarwacht"),
            hire("Annette Wilkening", "Isarwacht", ANY),
        ],
    ),
    de(
        "Der Heilbronner Maschinenbauer Kesselbach hat einen neuen Geschäftsführer: Zum 1. April übernimmt Thorsten Weidemann die Leitung des Familienunternehmens. "
        "Er kommt von Trumpf, wo er zuletzt die Lasersparte verantwortete. "
        "Weidemann folgt auf Seniorchef Walter Kesselbach, der in den Beirat wechselt.",
        [
            hire("Thorsten Weidemann", "Kesselbach", A),
            dep("Thorsten Weidemann", "Trumpf", CA),
            pos("Walter Kesselbach", "Kesselbach"),
        ],
        optional=[
            pos("Thorsten Weidemann", "Trumpf"),
            pos("Thorsten Weidemann", "Kesselbach"),
            dep("Walter Kesselbach", "Kesselbach", A),
        ],
    ),
    de(
        "Die Hauptversammlung der Rheinstahl Logistik AG hat die frühere Siemens-Managerin Petra Hollenbeck in den Aufsichtsrat gewählt. "
        "Sie folgt auf Gerhard Lämmle, der nach zwölf Jahren aus dem Gremium ausscheidet. "
        "Neuer Vorsitzender des Aufsichtsrats ist Friedrich von Aschenbach, der dem Gremium seit 2019 angehört.",
        [
            hire("Petra Hollenbeck", "Rheinstahl Logistik AG", C),
            dep("Gerhard Lämmle", "Rheinstahl Logistik AG", CA),
            posh("Friedrich von Aschenbach", "Rheinstahl Logistik AG"),
        ],
        optional=[
            pos("Petra Hollenbeck", "Siemens"),
            pos("Petra Hollenbeck", "Rheinstahl Logistik AG"),
            pos("Gerhard Lämmle", "Rheinstahl Logistik AG"),
            pos("Friedrich von Aschenbach", "Rheinstahl Logistik AG"),
            hire("Friedrich von Aschenbach", "Rheinstahl Logistik AG", ANY),
        ],
    ),
    de(
        "Der Vorstandschef der Lindwurm Bank, Markus Feldhaus, hat Spekulationen über einen vorzeitigen Rückzug zurückgewiesen. "
        "„Ich habe einen Vertrag bis 2028 und werde ihn erfüllen“, sagte Feldhaus der „Süddeutschen Zeitung“.",
        [dep("Markus Feldhaus", "Lindwurm Bank", D)],
        optional=[pos("Markus Feldhaus", "Lindwurm Bank")],
    ),
    de(
        "Im Handelskonzern Emmerling rumort es: Nach Informationen des „Manager Magazins“ steht Vorstandschef Holger Brinkhaus vor der Ablösung. "
        "Der Aufsichtsrat suche bereits nach einem Nachfolger, heißt es. "
        "Ein Unternehmenssprecher wollte sich zu „Spekulationen“ nicht äußern.",
        [dep("Holger Brinkhaus", "Emmerling", R)],
        optional=[pos("Holger Brinkhaus", "Emmerling")],
    ),
    de(
        "Die Drogeriemarktkette Blütenweiß holt sich einen neuen Einkaufschef von der Konkurrenz: Stefan Oberhauser wechselt zum 1. Juli von Rossmann nach Karlsruhe, wie das Unternehmen mitteilte. "
        "Bei Rossmann verantwortete der 51-Jährige zuletzt den Einkauf für Kosmetik und Körperpflege.",
        [hire("Stefan Oberhauser", "Blütenweiß", A), dep("Stefan Oberhauser", "Rossmann", A)],
        optional=[
            poa("Blütenweiß", "Rossmann", ANY),
            pos("Stefan Oberhauser", "Rossmann"),
            pos("Stefan Oberhauser", "Blütenweiß"),
        ],
    ),
    de(
        "Hamburg (ots) - Der Aufsichtsrat der Nordsee Assekuranz AG hat Kerstin Lohmeyer mit Wirkung zum 1. Januar 2026 zum Mitglied des Vorstands bestellt. "
        "Sie übernimmt das Finanzressort von Jens-Peter Hagedorn, der das Unternehmen auf eigenen Wunsch verlässt. "
        "Lohmeyer ist derzeit Finanzvorständin bei der Alsterland Versicherung AG.",
        [
            hire("Kerstin Lohmeyer", "Nordsee Assekuranz AG", CA),
            dep("Jens-Peter Hagedorn", "Nordsee Assekuranz AG", CA),
            pos("Kerstin Lohmeyer", "Alsterland Versicherung AG"),
        ],
        optional=[
            dep("Kerstin Lohmeyer", "Alsterland Versicherung AG", A),
            pos("Kerstin Lohmeyer", "Nordsee Assekuranz AG"),
            pos("Jens-Peter Hagedorn", "Nordsee Assekuranz AG"),
        ],
    ),
    de(
        "Wir freuen uns sehr, Helga Schmitt als neue CTO bei #Stromwerk begrüßen zu dürfen! "
        "Sie kommt von Siemens Energy und verstärkt ab sofort unser Führungsteam. Herzlich willkommen! 👋 #Energiewende #Karriere",
        [hire("Helga Schmitt", "Stromwerk", C), dep("Helga Schmitt", "Siemens Energy", C)],
        optional=[pos("Helga Schmitt", "Stromwerk")],
    ),
    de(
        "Beim Zulieferer Brückner Antriebstechnik muss Vorstandschef Ralf Hessler gehen. "
        "Der Aufsichtsrat habe sich „im gegenseitigen Einvernehmen“ von Hessler getrennt, teilte das Unternehmen am Montagabend mit. "
        "Bis ein Nachfolger gefunden ist, führt Aufsichtsratsmitglied Beate Kronauer die Geschäfte.",
        [
            dep("Ralf Hessler", "Brückner Antriebstechnik", C),
            posh("Beate Kronauer", "Brückner Antriebstechnik"),
        ],
        optional=[
            pos("Ralf Hessler", "Brückner Antriebstechnik"),
            pos("Beate Kronauer", "Brückner Antriebstechnik"),
            hire("Beate Kronauer", "Brückner Antriebstechnik", ANY),
        ],
    ),
    de(
        "Die Landesbank Mittelrhein hat einen neuen Risikovorstand: Zum 1. März übernimmt Carsten Özdemir das Ressort, wie das Institut in Mainz mitteilte. "
        "Der 46-Jährige war zuvor bei der Commerzbank für das Kreditrisikomanagement im Firmenkundengeschäft zuständig.",
        [hire("Carsten Özdemir", "Landesbank Mittelrhein", A), pos("Carsten Özdemir", "Commerzbank")],
        optional=[
            dep("Carsten Özdemir", "Commerzbank", ANY),
            pos("Carsten Özdemir", "Landesbank Mittelrhein"),
        ],
    ),
    de(
        "Der Softwarehersteller Kornfeld hat eine neue Technikvorständin. "
        "Die Walldorfer holen Amelie Strobl von Microsoft, wo sie zuletzt das KI-Geschäft der Cloud-Sparte Azure in Europa leitete. "
        "Sie tritt ihr Amt im Mai an.",
        [hire("Amelie Strobl", "Kornfeld", A), dep("Amelie Strobl", "Microsoft", A)],
        optional=[
            pos("Amelie Strobl", "Microsoft"),
            pos("Amelie Strobl", "Kornfeld"),
            poa("Kornfeld", "Microsoft", ANY),
        ],
    ),
    de(
        "Neuer Finanzvorstand der Hamburger Hafengesellschaft Nordkai wird Sebastian Uhlig. "
        "Er kommt vom Logistikkonzern Kühne + Nagel und tritt die Nachfolge von Birgit Scholle an, die im Sommer zum Wettbewerber Eurogate gewechselt war.",
        [
            hire("Sebastian Uhlig", "Nordkai", A),
            dep("Sebastian Uhlig", "Kühne + Nagel", CA),
            dep("Birgit Scholle", "Nordkai", C),
            hire("Birgit Scholle", "Eurogate", C),
        ],
        optional=[
            poa("Eurogate", "Nordkai", ANY),
            pos("Sebastian Uhlig", "Nordkai"),
            pos("Birgit Scholle", "Nordkai"),
        ],
    ),
    de(
        "Der Aufsichtsratsvorsitzende des Chemiekonzerns Auermann, Hans-Georg von der Heyde, legt sein Mandat zur Hauptversammlung im Mai vorzeitig nieder. "
        "Als Grund nannte der 71-Jährige gesundheitliche Probleme. "
        "Der Aufsichtsrat will seine Stellvertreterin Margarethe Olbrich als Nachfolgerin vorschlagen.",
        [dep("Hans-Georg von der Heyde", "Auermann", CA), posh("Margarethe Olbrich", "Auermann")],
        optional=[
            pos("Hans-Georg von der Heyde", "Auermann"),
            pos("Margarethe Olbrich", "Auermann"),
            hire("Margarethe Olbrich", "Auermann", ANY),
        ],
    ),
    de(
        "Nach nur 14 Monaten verlässt Marketingchefin Julia Kranich den Sportartikelhersteller Laufwerk wieder. "
        "Sie wolle sich „neuen Herausforderungen widmen“, teilte das Unternehmen mit. "
        "Ihre Aufgaben übernimmt kommissarisch Vertriebsvorstand Oliver Mertens.",
        [dep("Julia Kranich", "Laufwerk", CA), posh("Oliver Mertens", "Laufwerk")],
        optional=[
            pos("Julia Kranich", "Laufwerk"),
            pos("Oliver Mertens", "Laufwerk"),
            hire("Oliver Mertens", "Laufwerk", ANY),
        ],
    ),
    de(
        "Die Allgäuer Molkerei Bergquell hat Vertriebsleiterin Theresa Mayrhofer zur zweiten Geschäftsführerin befördert. "
        "Sie leitet das Unternehmen künftig gemeinsam mit Geschäftsführer Alois Riedl, wie die Genossenschaft in Kempten mitteilte.",
        [posh("Theresa Mayrhofer", "Bergquell"), pos("Alois Riedl", "Bergquell")],
        optional=[pos("Theresa Mayrhofer", "Bergquell"), hire("Theresa Mayrhofer", "Bergquell", ANY)],
    ),
    de(
        "Der Privatsender Kanal Neun holt sich eine neue Nachrichtenchefin: Melanie Osterkamp wechselt vom Konkurrenten RTL zu dem Münchner Sender und übernimmt dort zum 1. September die Leitung der Informationsredaktion.",
        [hire("Melanie Osterkamp", "Kanal Neun", A), dep("Melanie Osterkamp", "RTL", A)],
        optional=[
            poa("Kanal Neun", "RTL", ANY),
            pos("Melanie Osterkamp", "Kanal Neun"),
            pos("Melanie Osterkamp", "RTL"),
        ],
    ),
    # --- Abwerbung
    de(
        "Der Autozulieferer Felsmann wirft dem Konkurrenten Drehwerk vor, gezielt Ingenieure aus seiner Elektroniksparte abzuwerben. "
        "Mindestens 25 Entwickler seien in den vergangenen Monaten zu Drehwerk gewechselt, sagte Felsmann-Personalvorständin Ingrid Maurer dem „Handelsblatt“. "
        "Drehwerk wies die Vorwürfe zurück.",
        [poa("Drehwerk", "Felsmann", [C, D]), pos("Ingrid Maurer", "Felsmann")],
    ),
    de(
        "Die US-Investmentbank Goldman Sachs hat einem Bericht des „Handelsblatts“ zufolge versucht, mehrere Fondsmanager der Frankfurter Fondsgesellschaft Mainkapital abzuwerben – bislang ohne Erfolg.",
        [poa("Goldman Sachs", "Mainkapital", [F, R, T])],
    ),
    de(
        "Die Frankfurter Privatbank Hellwig & Söhne verliert zwei Top-Vermögensverwalter an die UBS: Caroline Weyrauch und Niklas Brenner wechseln im Herbst zu der Schweizer Großbank, wie eine UBS-Sprecherin bestätigte.",
        [
            dep("Caroline Weyrauch", "Hellwig & Söhne", A),
            dep("Niklas Brenner", "Hellwig & Söhne", A),
            hire("Caroline Weyrauch", "UBS", A),
            hire("Niklas Brenner", "UBS", A),
            poa("UBS", "Hellwig & Söhne", CA),
        ],
        optional=[pos("Caroline Weyrauch", "Hellwig & Söhne"), pos("Niklas Brenner", "Hellwig & Söhne")],
    ),
    # --- nur Positionen / Ablenker
    de(
        "„Wir sehen erste Anzeichen einer Erholung“, sagte Finanzvorstand Ludger Brinkmann vom Kölner Spezialchemiekonzern Velmar am Donnerstag in einer Telefonkonferenz. "
        "Konzernchef Achim Wessels hatte zuvor die Jahresprognose bestätigt.",
        [pos("Ludger Brinkmann", "Velmar"), pos("Achim Wessels", "Velmar")],
    ),
    de(
        "Heute auf der #HannoverMesse: Greifwerk-CEO Martin Falkner stellt die neue Roboterplattform vor. Besucht uns an Stand C12! #Industrie40 #Robotik",
        [pos("Martin Falkner", "Greifwerk")],
    ),
    de(
        "Die Deutsche Bank hat das Kursziel für die Aktie des Chipausrüsters Quarzlicht von 95 auf 110 Euro angehoben und die Einstufung „Buy“ bestätigt. "
        "Analyst Florian Seidenstücker verwies auf starke Auftragseingänge aus Taiwan. "
        "Die Aktie legte im Xetra-Handel um 3,4 Prozent zu.",
        [],
        optional=[pos("Florian Seidenstücker", "Deutsche Bank")],
    ),
    de(
        "Der Zughersteller Schienenwerk Görlitz hat einen Großauftrag der Deutschen Bahn über 60 Regionalzüge erhalten. "
        "Das Auftragsvolumen liege bei rund 900 Millionen Euro, sagte Geschäftsführer Dirk Paschke am Dienstag.",
        [pos("Dirk Paschke", "Schienenwerk Görlitz")],
    ),
    de(
        "Sachsen-Anhalts Wirtschaftsminister Clemens Hartig (CDU) hat die Ansiedlung des Chipherstellers Siltera in Magdeburg begrüßt. "
        "Siltera-Chefin Yuki Tanabe kündigte an, bis 2028 rund 1.500 Arbeitsplätze zu schaffen.",
        [pos("Yuki Tanabe", "Siltera")],
    ),
    de(
        "Der FC Wendelstein hat sich mit sofortiger Wirkung von Trainer Horst Pfeiffer getrennt. "
        "Nachfolger wird der bisherige Co-Trainer Marco Lindner, wie der Zweitligist am Sonntag mitteilte.",
        [],
    ),
    de(
        "Für den insolventen Autozulieferer Walzwerk Teuber haben sich nach Angaben von Insolvenzverwalterin Christiane Brockhoff mehrere Interessenten gemeldet. "
        "Namen nannte sie nicht. Der Geschäftsbetrieb in Siegen laufe vorerst weiter.",
        [],
        optional=[pos("Christiane Brockhoff", "Walzwerk Teuber")],
    ),
]
