# ruff: noqa: E501
"""Challenge set v22: wire-service and financial-markets reporting (English and German).

Written blind by a helper on 2026-11-27 as a held-out set: it is only measured,
never tuned on. The helper did not look at the extractor's code, its tests, the
other challenge sets (beyond the layout of cases_v9.py) or the dev corpora; all
passages and names are invented, apart from a few very well-known real companies
used as counterparties (Airbus, Novartis, Nvidia, BMW, Microsoft, Siemens, Vodafone,
Sandoz, Ocado, Goldman Sachs, Deutsche Bahn, Jefferies, DZ Bank).

Theme: short newswire items with datelines, market-moving deal news (bids,
rejections, regulatory blocks, terminated deals, shareholder votes), analyst-call
and earnings asides, SEC 8-K and Ad-hoc-Mitteilung style announcements, executive
succession at listed companies, activist investors, private-equity buyouts and
stake building.

Conventions used:
- Status: "agreed to buy", signed contracts, recommended offers, shareholder or
  regulatory approval before closing -> announced; closed deals -> completed;
  unsolicited bids, proposals, approaches and (exclusive) negotiations -> in_talks;
  reports from unnamed sources, "weighing a bid", "exploring" -> rumored (TR where
  the report describes talks); rejected bids, blocks, terminations, votes against,
  withdrawn offers, collapsed talks -> failed (a rejected bid that the bidder is
  still pursuing accepts [F, T]); explicit denials by a party -> denied.
  "No comment" is not a denial.
- A minority stake (bought, built, raised, disclosed in a filing or a
  voting-rights notice, or a stated current holding with a percentage) is a
  stake() with status completed; a residual holding left after a sale, and
  owner/parent relations stated without a transaction, are optional.
- Background deals stated as facts ("which bought X in 2019", "der 2021 von Y
  übernommen worden war") are expected as completed acquisitions.
- Every named person with a stated role at a named organisation gets a position,
  including former roles ("former Ocado executive"). When the same person also
  has a hire or departure event at that organisation, the position there is
  optional. Internal promotions and interim roles use posh().
- Hires/departures: "will join/take over/step down" and appointments effective at
  a future date -> announced; "has joined", "resigned effective immediately",
  "left last week" -> completed. A person moving to a rival gets a departure from
  the old and a hire at the new organisation; a poaching event is expected only
  when the text frames it as luring staff away (poach, lure, abwerben) and is
  optional otherwise. Joining a board (Aufsichtsrat, board of directors) counts
  as a hire.
- Spin-offs, IPOs, bond issues, share buybacks, dividends, customer orders,
  regulatory drug approvals, price targets and analyst speculation without a
  named bidder carry no event. A sale of a stake to unnamed investors carries no
  event. Funding-round participants named in the text are all investors.
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
    # --- bids, board responses, agreed deals
    en(
        "LONDON (Reuters) - Harwick Minerals rejected a 2.1 billion pound takeover proposal from Australian rival Coralind Resources on Monday, saying the 310 pence-per-share approach 'significantly undervalues' the copper miner. "
        "Coralind, which has until March 14 under UK takeover rules to announce a firm offer or walk away, said it was considering its options.",
        [acq("Coralind Resources", "Harwick Minerals", [F, T])],
    ),
    en(
        "NEW YORK, May 3 - Shares of Pellston Biotherapeutics soared 62% in premarket trading after Ardent Pharma agreed to buy the gene-therapy developer for $48 a share in cash, valuing it at about $3.4 billion. "
        "The boards of both companies have unanimously approved the deal, which is expected to close in the third quarter, subject to regulatory approval.",
        [acq("Ardent Pharma", "Pellston Biotherapeutics", A)],
    ),
    en(
        "Vintner Logistics said on Tuesday it would take its $27-a-share offer for Blue Heron Freight directly to shareholders after the target's board rebuffed the bid for a second time. "
        "Blue Heron, in which hedge fund Talmadge Capital owns a stake of about 9%, has adopted a shareholder rights plan to fend off the approach.",
        [
            acq("Vintner Logistics", "Blue Heron Freight", [T, F]),
            stake("Talmadge Capital", "Blue Heron Freight", C),
        ],
    ),
    en(
        "Kestrel Foods' board, which had rejected two earlier proposals, said on Friday it would recommend a sweetened 1.35 billion euro offer from private equity firm Marlowe Partners to shareholders. "
        "The new bid, at 41 euros a share, represents a 38 percent premium to Kestrel's undisturbed share price.",
        [acq("Marlowe Partners", "Kestrel Foods", [A, T])],
    ),
    en(
        "Founder and Chairman Ken Oduya has offered to take Harmattan Networks private at $18 per share, the company said in a filing on Monday, adding that a special committee of independent directors would evaluate the proposal. "
        "Oduya already controls about 22% of the shares.",
        [
            acq("Ken Oduya", "Harmattan Networks", T),
            pos("Ken Oduya", "Harmattan Networks"),
        ],
        optional=[stake("Ken Oduya", "Harmattan Networks", C)],
    ),
    en(
        "Although it had insisted for months that it was not for sale, and although its founding family controls nearly 40 percent of the voting shares, Ravello Textiles said on Friday that it had received a non-binding indicative proposal from Hong Kong-based Meridian Apparel and had granted the suitor access to its books.",
        [acq("Meridian Apparel", "Ravello Textiles", T)],
    ),
    en(
        "Gorsedd Water's takeover battle intensified on Monday when Canadian pension investor Ridley Infrastructure Trust trumped Kelso Utilities' agreed 4.2 billion pound offer with a 4.5 billion pound cash proposal. "
        "Gorsedd's board said it was evaluating the new approach and had not withdrawn its recommendation of the Kelso deal.",
        [
            acq("Kelso Utilities", "Gorsedd Water", A),
            acq("Ridley Infrastructure Trust", "Gorsedd Water", T),
        ],
    ),
    en(
        "Mortlake Brewing has found a buyer for its struggling cider business. "
        "Japan's Sakuraya Holdings will pay 140 million pounds for Orchard Lane Cider, Mortlake said in a statement on Wednesday, adding that the sale should complete by the end of March.",
        [acq("Sakuraya Holdings", "Orchard Lane Cider", A)],
    ),
    en(
        "Eastmoor Telecom has agreed to sell its tower unit, Eastmoor Towers, to Larchfield Infrastructure for 1.8 billion dollars. "
        "The company, which is trying to cut its debt pile, said it would use the proceeds to pay down bonds maturing next year.",
        [acq("Larchfield Infrastructure", "Eastmoor Towers", A)],
    ),
    en(
        "In a busy morning for European dealmaking, Swedish tool maker Hallvik agreed to buy German rival Brettschneider Werkzeuge for 780 million euros, while Dutch chemicals group Vanderkamp said it had ended talks to acquire Belgian peer Solvane after failing to agree on price.",
        [
            acq("Hallvik", "Brettschneider Werkzeuge", A),
            acq("Vanderkamp", "Solvane", F),
        ],
    ),
    # --- regulators, terminations, votes
    en(
        "BRUSSELS (Reuters) - The European Commission on Wednesday blocked Tessaly Rail's proposed acquisition of Norvane Signalling, saying the 4.6 billion euro deal would have removed the only serious competitor in mainline train-control systems. "
        "Tessaly said it regretted the decision and was reviewing whether to appeal.",
        [acq("Tessaly Rail", "Norvane Signalling", F)],
    ),
    en(
        "Greyfield Semiconductor and Oakhurst Microdevices have terminated their planned $9 billion merger after failing to secure Chinese antitrust approval before the deal's outside date, the companies said in a joint statement. "
        "Greyfield will pay Oakhurst a $450 million termination fee.",
        [mer(["Greyfield Semiconductor", "Oakhurst Microdevices"], F)],
    ),
    en(
        "Shareholders of Lindqvist Bank and Oresund Savings voted overwhelmingly on Thursday in favour of combining the two Nordic lenders, clearing the last major hurdle for a merger that will create the region's fourth-largest bank. "
        "The tie-up is expected to be completed on July 1.",
        [mer(["Lindqvist Bank", "Oresund Savings"], A)],
    ),
    en(
        "Shareholders of Wexford Media voted down the company's proposed $2.3 billion sale to Ridgeback Entertainment on Tuesday, handing a victory to activist fund Orsolo Capital, which had campaigned against the price. "
        "Wexford said the merger agreement would be terminated.",
        [acq("Ridgeback Entertainment", "Wexford Media", F)],
    ),
    en(
        "China's market regulator has approved Brampton Instruments' $6.7 billion takeover of Saxby Diagnostics, the last outstanding clearance, the companies said. "
        "The deal is now expected to close on Friday.",
        [acq("Brampton Instruments", "Saxby Diagnostics", A)],
    ),
    en(
        "The UK Competition and Markets Authority said it would open an in-depth investigation into Harcastle Media's proposed purchase of rival publisher Linnet Press unless the companies offer acceptable remedies within five working days.",
        [acq("Harcastle Media", "Linnet Press", A)],
    ),
    en(
        "Two weeks after its planned merger with Tamsin Pharmaceuticals collapsed, Orrin Biosciences said Chief Executive David Kessel would leave the company at the end of the month. "
        "Chairwoman Ruth Ambler will serve as interim CEO while the board searches for a permanent successor.",
        [
            mer(["Orrin Biosciences", "Tamsin Pharmaceuticals"], F),
            dep("David Kessel", "Orrin Biosciences", A),
            posh("Ruth Ambler", "Orrin Biosciences"),
        ],
        optional=[pos("David Kessel", "Orrin Biosciences")],
    ),
    # --- rumours, talks, denials
    en(
        "Brackett Motors denied a Bloomberg report that it was in talks to acquire electric-scooter maker Zipp Mobility, calling the story pure speculation. "
        "Zipp shares, which had risen 19 percent on the report, gave up most of their gains.",
        [acq("Brackett Motors", "Zipp Mobility", D)],
    ),
    en(
        "Hollins Chemical is exploring a sale of its coatings division, Hollins Coatings, and has held preliminary discussions with buyout firms including Stanmore Capital, people familiar with the matter said, asking not to be identified because the deliberations are private. "
        "A deal could value the unit at about $2 billion. Representatives for Hollins and Stanmore declined to comment.",
        [acq("Stanmore Capital", "Hollins Coatings", TR)],
    ),
    en(
        "Ferrow Insurance said on Monday it was in advanced talks to merge with smaller rival Castellan Re, confirming earlier media reports. "
        "No final decision has been made, and there is no certainty an agreement will be reached, Ferrow said in a statement to the stock exchange.",
        [mer(["Ferrow Insurance", "Castellan Re"], T)],
    ),
    en(
        "Shares in Ellington Leisure surged as much as 23 percent in London after the Sunday Times reported that U.S. hotel group Mercer Hospitality was weighing a bid for the holiday-park operator. "
        "Mercer has not yet approached Ellington's board, the newspaper said.",
        [acq("Mercer Hospitality", "Ellington Leisure", R)],
    ),
    en(
        "Ostrander Foods is close to a deal to buy Canadian bakery chain Maple Hearth, according to two people briefed on the talks. "
        "The Chicago-based company could announce the transaction as soon as next week, they said, though the negotiations could still fall apart.",
        [acq("Ostrander Foods", "Maple Hearth", TR)],
    ),
    en(
        "Asked about reports that it was preparing a bid for Lucerne Optics, a Skyler Vision spokesman said the company does not comment on market rumours. "
        "Lucerne's stock closed 9% higher.",
        [acq("Skyler Vision", "Lucerne Optics", R)],
    ),
    en(
        "Talks between Arkwright Steel and India's Pranav Metals about a joint venture to build a rolling mill in Ohio have collapsed over disagreements about control, Arkwright said on Thursday.",
        [par(["Arkwright Steel", "Pranav Metals"], F)],
    ),
    en(
        "Selwyn Bank denied a newspaper report that it had approached former Treasury official Amanda Cole to become its next chief executive, saying its succession planning was at an early stage.",
        [hire("Amanda Cole", "Selwyn Bank", D)],
        optional=[pos("Amanda Cole", "Treasury")],
    ),
    # --- private equity
    en(
        "Buyout group Ashgrove Capital has agreed to take Quillon Software private in a deal valued at $5.2 billion including debt, the companies said on Monday. "
        "Quillon shareholders will receive $31.50 per share in cash. The agreement includes a 45-day go-shop period during which Quillon may solicit competing proposals.",
        [acq("Ashgrove Capital", "Quillon Software", A)],
    ),
    en(
        "Renwick Partners said on Tuesday it had completed its acquisition of Dalby Healthcare Services from founder Thomas Dalby, who will remain chairman and retain a 20 percent stake.",
        [
            acq("Renwick Partners", "Dalby Healthcare Services", C),
            pos("Thomas Dalby", "Dalby Healthcare Services"),
        ],
        optional=[stake("Thomas Dalby", "Dalby Healthcare Services", C)],
    ),
    en(
        "Fairhaven Capital completed its takeover of pet-supplies retailer Woofstead on Monday and installed former Ocado executive Lena Brandt as chief executive, replacing co-founder Jamie Hulme, who will stay on as a non-executive director.",
        [
            acq("Fairhaven Capital", "Woofstead", C),
            hire("Lena Brandt", "Woofstead", C),
            pos("Lena Brandt", "Ocado"),
            pos("Jamie Hulme", "Woofstead"),
        ],
        optional=[pos("Lena Brandt", "Woofstead"), dep("Lena Brandt", "Ocado", ANY)],
    ),
    en(
        "Acquired by Dunmore Software for $1.1 billion only three years ago, Sparrowhawk Analytics is being put up for sale again. "
        "Dunmore has hired Goldman Sachs to run the auction, which could draw interest from both strategic buyers and private equity firms, sources said.",
        [acq("Dunmore Software", "Sparrowhawk Analytics", C)],
    ),
    en(
        "Ambrose Capital Markets said it had completed the acquisition of boutique advisory firm Stenhouse & Co and that Stenhouse founder Alistair Stenhouse would become vice chairman of its investment banking division.",
        [
            acq("Ambrose Capital Markets", "Stenhouse & Co", C),
            pos("Alistair Stenhouse", "Stenhouse & Co"),
        ],
        optional=[
            hire("Alistair Stenhouse", "Ambrose Capital Markets", ANY),
            pos("Alistair Stenhouse", "Ambrose Capital Markets"),
        ],
    ),
    # --- stake building, activists
    en(
        "Activist investor Crowther Value Partners has raised its stake in Brennick Industrial to 12.4 percent from 8.1 percent, according to a regulatory filing on Friday, and renewed its call for the engineering group to separate its aerospace business. "
        "Crowther founder Miles Crowther said in a letter to the board that Chief Executive Patricia Odell had lost the confidence of shareholders.",
        [
            stake("Crowther Value Partners", "Brennick Industrial", C),
            pos("Miles Crowther", "Crowther Value Partners"),
            pos("Patricia Odell", "Brennick Industrial"),
        ],
    ),
    en(
        "Salter Lane Capital disclosed a 6.1% stake in Norbury Retail Group in a Schedule 13D filing and said it intends to seek board representation. "
        "Norbury, whose shares rose 7% on the news, said it welcomes constructive dialogue with all shareholders.",
        [stake("Salter Lane Capital", "Norbury Retail Group", C)],
    ),
    en(
        "Under a settlement with Delmont Partners, which owns about 7% of its shares, Fulcrum Brands will appoint two Delmont nominees, Karen Oyelaran and Steve Matthau, to its board, the consumer goods company said.",
        [
            stake("Delmont Partners", "Fulcrum Brands", C),
            hire("Karen Oyelaran", "Fulcrum Brands", A),
            hire("Steve Matthau", "Fulcrum Brands", A),
        ],
        optional=[pos("Karen Oyelaran", "Fulcrum Brands"), pos("Steve Matthau", "Fulcrum Brands")],
    ),
    en(
        "Japan's Hoshino Trading will buy a 15% stake in Australian lithium developer Coolabah Minerals for A$240 million, the companies said, in a deal that also gives the Japanese group offtake rights for a third of the mine's output.",
        [stake("Hoshino Trading", "Coolabah Minerals", A)],
        optional=[par(["Hoshino Trading", "Coolabah Minerals"], ANY)],
    ),
    en(
        "Verhoeven Holding has sold a 9.9% stake in Dutch payments firm Klaarpay to Singapore-based Lanyard Investments, the companies said on Wednesday, without disclosing financial terms.",
        [stake("Lanyard Investments", "Klaarpay", C)],
        optional=[stake("Verhoeven Holding", "Klaarpay", ANY)],
    ),
    # --- executive succession, filings
    en(
        "Holloway Energy said on Wednesday that Chief Executive Graham Pierce will retire at the end of the year after eleven years in the role and will be succeeded by Finance Chief Anita Rao. "
        "The company said it had begun an external search for a new CFO.",
        [
            dep("Graham Pierce", "Holloway Energy", A),
            posh("Anita Rao", "Holloway Energy"),
        ],
        optional=[pos("Graham Pierce", "Holloway Energy")],
    ),
    en(
        "Marden Group named Victor Aalto, the former head of Nordic telecoms operator Telvik, as its new chief executive, effective March 1, sending its shares up 4 percent. "
        "Aalto replaces interim CEO Sarah Quint, who will return to her role as chief operating officer.",
        [
            hire("Victor Aalto", "Marden Group", A),
            pos("Victor Aalto", "Telvik"),
            posh("Sarah Quint", "Marden Group"),
        ],
        optional=[pos("Victor Aalto", "Marden Group"), dep("Victor Aalto", "Telvik", ANY)],
    ),
    en(
        "Shares of Quarry Lane Pharmaceuticals fell 11% after the company said Chief Financial Officer Bradley Sutton had resigned, effective immediately, to pursue other opportunities. "
        "Controller Emily Hart was named interim CFO while the board conducts a search.",
        [
            dep("Bradley Sutton", "Quarry Lane Pharmaceuticals", C),
            posh("Emily Hart", "Quarry Lane Pharmaceuticals"),
        ],
        optional=[pos("Bradley Sutton", "Quarry Lane Pharmaceuticals")],
    ),
    en(
        "Item 5.02 Departure of Directors or Certain Officers. On June 12, 2026, Mark Ellery notified the Board of Directors of Westbrook Therapeutics, Inc. (the 'Company') of his decision to resign as Chief Operating Officer of the Company, effective June 30, 2026. "
        "Mr. Ellery's resignation was not the result of any disagreement with the Company on any matter relating to its operations, policies or practices.",
        [dep("Mark Ellery", "Westbrook Therapeutics", A)],
        optional=[pos("Mark Ellery", "Westbrook Therapeutics")],
    ),
    en(
        "On September 2, 2026, the Board of Directors of Halvorsen Robotics Corp. appointed Priya Natarajan as Chief Financial Officer, effective immediately. "
        "Ms. Natarajan, 46, previously served as Vice President of Finance at Delacroix Instruments from 2019 to 2026.",
        [
            hire("Priya Natarajan", "Halvorsen Robotics", C),
            pos("Priya Natarajan", "Delacroix Instruments"),
        ],
        optional=[pos("Priya Natarajan", "Halvorsen Robotics"), dep("Priya Natarajan", "Delacroix Instruments", C)],
    ),
    en(
        "Calloway Retail's chairman, Nigel Hurst, will step down at next year's annual meeting after nine years on the board, the company said, adding that senior independent director Fiona Wade would lead the search for his successor.",
        [
            dep("Nigel Hurst", "Calloway Retail", A),
            pos("Fiona Wade", "Calloway Retail"),
        ],
        optional=[pos("Nigel Hurst", "Calloway Retail")],
    ),
    en(
        "Cordell Pharma, the generic-drug maker that Jasper Group bought from private equity in 2022, is to get a new boss: Maria Lindqvist, currently head of European operations at Sandoz, will take over as chief executive in April, Jasper said.",
        [
            acq("Jasper Group", "Cordell Pharma", C),
            hire("Maria Lindqvist", "Cordell Pharma", A),
            pos("Maria Lindqvist", "Sandoz"),
        ],
        optional=[pos("Maria Lindqvist", "Cordell Pharma"), dep("Maria Lindqvist", "Sandoz", ANY)],
    ),
    en(
        "Kendrick Airlines' chief commercial officer, Tomasz Wilk, is leaving to become chief executive of low-cost rival SkyLark, both companies said on Thursday. "
        "Wilk will take up his new post in January.",
        [
            dep("Tomasz Wilk", "Kendrick Airlines", A),
            hire("Tomasz Wilk", "SkyLark", A),
        ],
        optional=[
            pos("Tomasz Wilk", "Kendrick Airlines"),
            pos("Tomasz Wilk", "SkyLark"),
            poa("SkyLark", "Kendrick Airlines", ANY),
        ],
    ),
    en(
        "Pinecrest Bancorp and First Alder Financial said on Monday they would combine in an all-stock merger of equals. "
        "The combined lender will be led by Pinecrest CEO Janet Ocampo, while First Alder's chief executive, Luis Serra, will become executive chairman.",
        [
            mer(["Pinecrest Bancorp", "First Alder Financial"], A),
            pos("Janet Ocampo", "Pinecrest Bancorp"),
            pos("Luis Serra", "First Alder Financial"),
        ],
    ),
    # --- poaching
    en(
        "Talbot Securities has hired Rachel Kim, the head of equity derivatives trading at rival Fenwick Brothers, as it steps up its push into structured products, according to an internal memo seen by Reuters. "
        "Kim will join in the autumn after serving her notice period. Fenwick declined to comment.",
        [
            hire("Rachel Kim", "Talbot Securities", A),
            dep("Rachel Kim", "Fenwick Brothers", A),
        ],
        optional=[
            pos("Rachel Kim", "Fenwick Brothers"),
            pos("Rachel Kim", "Talbot Securities"),
            poa("Talbot Securities", "Fenwick Brothers", ANY),
        ],
    ),
    en(
        "Milbrook Asset Management tried to lure Castine Funds' star bond manager Peter Lorne with a pay package worth more than $20 million, but Lorne turned down the offer and signed a new five-year contract with Castine, people familiar with the matter said.",
        [
            poa("Milbrook Asset Management", "Castine Funds", F),
            pos("Peter Lorne", "Castine Funds"),
        ],
    ),
    en(
        "Wealth manager Corrigan & Reeve has poached three senior portfolio managers from Ashby Trust, including its deputy chief investment officer, Nadia Flores, the firm said on Monday.",
        [
            poa("Corrigan & Reeve", "Ashby Trust", C),
            hire("Nadia Flores", "Corrigan & Reeve", C),
            dep("Nadia Flores", "Ashby Trust", C),
        ],
        optional=[pos("Nadia Flores", "Ashby Trust")],
    ),
    # --- earnings calls and results asides
    en(
        "On the earnings call, Chief Executive Helen Marsh said Corbin Foods had closed its purchase of snack maker Tilly's Crisps during the quarter and was actively looking at further bolt-on deals in Europe. "
        "Corbin raised its full-year organic sales growth forecast to 6%.",
        [
            acq("Corbin Foods", "Tilly's Crisps", C),
            pos("Helen Marsh", "Corbin Foods"),
        ],
    ),
    en(
        "Ravensworth Semiconductor beat quarterly revenue estimates, helped by strong demand from data-centre customers. "
        "Finance chief Omar Haddad told analysts the company's joint venture with Kinsey Photonics to develop co-packaged optics was on track and would start sampling next year.",
        [
            par(["Ravensworth Semiconductor", "Kinsey Photonics"], CA),
            pos("Omar Haddad", "Ravensworth Semiconductor"),
        ],
    ),
    en(
        "Halbrook Insurance posted a 12% rise in operating profit, ahead of forecasts. "
        "The results were overshadowed by the surprise departure of Chief Underwriting Officer Jane Morrow, who the company said had left last week by mutual agreement.",
        [dep("Jane Morrow", "Halbrook Insurance", C)],
        optional=[pos("Jane Morrow", "Halbrook Insurance")],
    ),
    # --- partnerships and investments
    en(
        "Shares of Quillfeather Therapeutics more than doubled after it signed a licensing agreement with Novartis for its experimental kidney drug, under which it receives $150 million upfront and up to $1.2 billion in milestone payments.",
        [par(["Quillfeather Therapeutics", "Novartis"], CA)],
    ),
    en(
        "SAN FRANCISCO, Oct 14 - Lumora AI, a start-up building chips for on-device inference, has raised $210 million in a Series C round led by Halverson Ventures, with participation from existing investors Quay Street Capital and Nvidia, the company said.",
        [
            inv("Halverson Ventures", "Lumora AI", C),
            inv("Quay Street Capital", "Lumora AI", C),
            inv("Nvidia", "Lumora AI", C),
        ],
    ),
    # --- distractors and near-misses (English)
    en(
        "Thornbury Group announced a new $2 billion share repurchase programme and raised its quarterly dividend by 8 percent, sending its shares to a record high.",
        [],
    ),
    en(
        "TOULOUSE, June 18 - Aurelian Airlines ordered 40 A321neo jets from Airbus, the carrier said on Tuesday, in a deal worth about $5.5 billion at list prices.",
        [],
    ),
    en(
        "Analysts at one brokerage said Merriweather Foods could make an attractive takeover target for larger rivals given its depressed valuation, though the company has given no indication that it is for sale.",
        [],
    ),
    en(
        "Sallow Creek Mining has no plans to sell its Chilean copper assets, Chief Executive Robert Amis said on Wednesday, dismissing market speculation that had lifted the shares.",
        [pos("Robert Amis", "Sallow Creek Mining")],
    ),
    en(
        "'We would look at Gantry Systems if it ever came to market, but that is not on the table today,' Brinley Tech chief executive Owen Falk told an investor conference in Boston.",
        [pos("Owen Falk", "Brinley Tech")],
    ),
    en(
        "Kellmore Utilities priced $1.5 billion of senior unsecured notes in three tranches, according to a filing, and said it would use the proceeds to refinance existing debt.",
        [],
    ),
    en(
        "A Delaware judge dismissed a shareholder lawsuit over Pembroke Energy's 2019 purchase of Raddle Oil, ruling that the board had acted in good faith when it approved the $3 billion deal.",
        [acq("Pembroke Energy", "Raddle Oil", C)],
    ),
    en(
        "Shares of Carrow Solar will be added to the S&P MidCap 400 index before the open on Monday, replacing Dunlin Foods, which is being acquired by Stavros Group.",
        [acq("Stavros Group", "Dunlin Foods", A)],
    ),
    en(
        "Norland Defence won a 900 million pound contract from the UK Ministry of Defence to maintain the army's armoured vehicles over ten years, the company said.",
        [],
    ),
    en(
        "Breckland Holdings completed the spin-off of its consumer health unit, Elvera, which began trading on the New York Stock Exchange on Monday under the ticker ELV.",
        [],
    ),
    en(
        "Rowntree Logistics reiterated its full-year guidance and announced a three-for-one stock split, citing strong retail investor demand for its shares.",
        [],
    ),
    en(
        "Contrary to speculation, Chief Executive Martin Ebbs is not leaving Callander Bank, a spokeswoman said, adding that he had signed a contract extension through 2029.",
        [pos("Martin Ebbs", "Callander Bank")],
        optional=[dep("Martin Ebbs", "Callander Bank", D)],
    ),
    en(
        "NEW YORK, Sept 24 - Fintech firm Paywise priced its initial public offering at $24 a share, the top of its marketed range, raising $680 million.",
        [],
    ),
    en(
        "Haskell Motors said it had held exploratory talks about a possible combination with an unnamed rival earlier this year, but that those discussions had ended without agreement.",
        [],
    ),
    en(
        "Jefferies raised its price target on Quenby Retail to 540 pence from 480 pence, citing the company's cost-cutting programme and resilient like-for-like sales.",
        [],
    ),
    en(
        "Ivel Holdings sold its remaining 4.3 percent stake in Parmenter Telecom through an accelerated bookbuild to institutional investors, raising about 380 million pounds, according to a term sheet seen by Reuters.",
        [],
        optional=[stake("Ivel Holdings", "Parmenter Telecom", ANY)],
    ),
    # ------------------------------------------------------------------ German
    # --- Ad-hoc-Mitteilungen, Übernahmeangebote
    de(
        "Ad-hoc-Mitteilung gemäß Art. 17 MAR: Die Wendelstein Maschinenbau AG gibt bekannt, dass der Vorstand heute mit Zustimmung des Aufsichtsrats einen Vertrag über den Erwerb sämtlicher Anteile an der Kürten Antriebstechnik GmbH unterzeichnet hat. "
        "Der Kaufpreis beträgt rund 210 Mio. Euro. Der Vollzug der Transaktion steht unter dem Vorbehalt der kartellrechtlichen Freigabe.",
        [acq("Wendelstein Maschinenbau", "Kürten Antriebstechnik", A)],
    ),
    de(
        "Ad-hoc: Die Kobalt Beteiligungs GmbH hat heute entschieden, den Aktionären der Feldkirch Software AG ein freiwilliges öffentliches Übernahmeangebot zu unterbreiten. "
        "Die Angebotsgegenleistung soll 16,20 Euro je Aktie in bar betragen und damit 31 Prozent über dem volumengewichteten Durchschnittskurs der vergangenen drei Monate liegen.",
        [acq("Kobalt Beteiligungs", "Feldkirch Software", [A, T])],
    ),
    de(
        "FRANKFURT (Reuters) - Der Finanzinvestor Brandhorst Capital will den Spezialchemiekonzern Oberau Chemie übernehmen und bietet den Aktionären 58 Euro je Aktie in bar. "
        "Das entspricht einem Aufschlag von 34 Prozent auf den Schlusskurs vom Freitag. Vorstand und Aufsichtsrat von Oberau begrüßten das Angebot und wollen den Aktionären die Annahme empfehlen, wie der Konzern mitteilte.",
        [acq("Brandhorst Capital", "Oberau Chemie", [A, T])],
    ),
    de(
        "Der Vorstand der Mittelrhein Logistik AG hat das unaufgeforderte Übernahmeangebot des dänischen Konkurrenten Fjordline Transport als unzureichend zurückgewiesen. "
        "Das Angebot von 22,50 Euro je Aktie spiegle den Wert des Unternehmens nicht angemessen wider, heißt es in der begründeten Stellungnahme. Fjordline hält nach eigenen Angaben bereits knapp 19 Prozent der Anteile.",
        [acq("Fjordline Transport", "Mittelrhein Logistik", [F, T])],
        optional=[stake("Fjordline Transport", "Mittelrhein Logistik", C)],
    ),
    de(
        "Im Bieterkampf um den Messtechnikspezialisten Rothacker hat der US-Konzern Delaney Instruments nachgelegt und bietet nun 74 Euro je Aktie. "
        "Damit liegt die Offerte deutlich über dem Angebot des schwäbischen Konkurrenten Hegele, dem der Rothacker-Vorstand bislang den Vorzug gegeben hatte.",
        [
            acq("Delaney Instruments", "Rothacker", T),
            acq("Hegele", "Rothacker", [T, A]),
        ],
    ),
    de(
        "Der Immobilienkonzern Varenholt hat sein Übernahmeangebot für den Wettbewerber Quartier Invest zurückgezogen, nachdem die Mindestannahmeschwelle von 50 Prozent deutlich verfehlt worden war. "
        "Bis zum Ende der Annahmefrist waren Varenholt lediglich 31 Prozent der Aktien angedient worden.",
        [acq("Varenholt", "Quartier Invest", F)],
    ),
    de(
        "Nach Überschreiten der 30-Prozent-Schwelle muss die Kaiserstuhl Holding den übrigen Aktionären der Weinkellerei Bärenthal ein Pflichtangebot unterbreiten. "
        "Die Holding hatte zuletzt über die Börse weitere Aktien zugekauft und hält nun 31,2 Prozent.",
        [stake("Kaiserstuhl Holding", "Weinkellerei Bärenthal", C)],
        optional=[acq("Kaiserstuhl Holding", "Weinkellerei Bärenthal", ANY)],
    ),
    de(
        "Die Hauptversammlung der Kabelwerk Ulm AG hat die Übertragung der Aktien der Minderheitsaktionäre auf den Hauptaktionär Pryor Cables gegen eine Barabfindung von 47,10 Euro je Aktie beschlossen. "
        "Pryor Cables hält bereits rund 96 Prozent des Grundkapitals.",
        [stake("Pryor Cables", "Kabelwerk Ulm", CA)],
    ),
    # --- Kartellamt, geplatzte Deals, Hauptversammlungen
    de(
        "Das Bundeskartellamt hat die geplante Übernahme des Baustoffhändlers Leitner Baustoffe durch den Wettbewerber Hagemeister Gruppe untersagt. "
        "Der Zusammenschluss hätte in mehreren Regionen Süddeutschlands zu einer marktbeherrschenden Stellung geführt, erklärte die Behörde am Donnerstag in Bonn.",
        [acq("Hagemeister Gruppe", "Leitner Baustoffe", F)],
    ),
    de(
        "Die geplante Fusion der beiden Genossenschaftsbanken Volksbank Ammertal und Raiffeisenbank Loisach ist geplatzt. "
        "Die Vertreterversammlung der Raiffeisenbank stimmte am Dienstagabend mit knapper Mehrheit gegen den Zusammenschluss.",
        [mer(["Volksbank Ammertal", "Raiffeisenbank Loisach"], F)],
    ),
    de(
        "Die Aktionäre der Thalmann Immobilien AG haben auf der außerordentlichen Hauptversammlung der Verschmelzung mit der Kessler Wohnbau AG mit 97,3 Prozent zugestimmt. "
        "Die Eintragung ins Handelsregister wird für das vierte Quartal erwartet.",
        [mer(["Thalmann Immobilien", "Kessler Wohnbau"], A)],
    ),
    de(
        "Die Fusion der Maschinenbauer Egeling und Haarmann ist vollzogen. "
        "Das gemeinsame Unternehmen firmiert künftig als Egeling Haarmann Gruppe und beschäftigt weltweit rund 7.800 Mitarbeiter.",
        [mer(["Egeling", "Haarmann"], C)],
    ),
    de(
        "Die Versorger Stadtwerke Lahnau und Energie Wetterau wollen fusionieren. "
        "Die Aufsichtsgremien beider Unternehmen haben dem Zusammenschluss zugestimmt, der Vollzug ist für Mitte 2027 geplant. Das fusionierte Unternehmen soll von Lahnau-Chef Rüdiger Kamm geführt werden.",
        [
            mer(["Stadtwerke Lahnau", "Energie Wetterau"], A),
            pos("Rüdiger Kamm", "Stadtwerke Lahnau"),
        ],
    ),
    de(
        "Die Gespräche über eine Übernahme des Windparkentwicklers Nordhang Energie sind beendet. "
        "Man habe sich mit den Eigentümern nicht auf einen Preis einigen können, teilte der Dortmunder Versorger Westfalia Strom am Freitag mit.",
        [acq("Westfalia Strom", "Nordhang Energie", F)],
    ),
    de(
        "Die Verhandlungen zwischen der Hafengesellschaft Elbkai Logistik und der norwegischen Reederei Sørvik über den gemeinsamen Betrieb eines Containerterminals sind gescheitert, wie beide Seiten bestätigten.",
        [par(["Elbkai Logistik", "Sørvik"], F)],
    ),
    # --- Gerüchte, Verhandlungen, Dementis
    de(
        "Die Vossberg Gruppe hat Berichte über Gespräche zur Übernahme des Online-Modehändlers Stilwerk dementiert. "
        "'Wir führen keine Verhandlungen mit Stilwerk', sagte ein Sprecher des Konzerns am Montag in Düsseldorf.",
        [acq("Vossberg Gruppe", "Stilwerk", D)],
    ),
    de(
        "Die Sonnberg Pharma AG hat Spekulationen über ein bevorstehendes Übernahmeangebot des Schweizer Konzerns Helvapharm zurückgewiesen. "
        "Man habe keine Kenntnis von einem solchen Vorhaben, erklärte das Unternehmen in einer Pflichtmitteilung.",
        [acq("Helvapharm", "Sonnberg Pharma", D)],
    ),
    de(
        "Der Autozulieferer Rabenstein erwägt Insidern zufolge einen Verkauf seiner Kunststoffsparte Rabenstein Polymer. "
        "Als mögliche Interessenten gelten die Finanzinvestoren Eisvogel Partners und Harland Equity, wie zwei mit der Sache vertraute Personen sagten. Eine Entscheidung sei noch nicht gefallen.",
        [
            acq("Eisvogel Partners", "Rabenstein Polymer", R),
            acq("Harland Equity", "Rabenstein Polymer", R),
        ],
    ),
    de(
        "Die Lindauer Versicherung verhandelt nach eigenen Angaben exklusiv über den Kauf des Maklerpools Asmus & Partner. "
        "Ein Abschluss werde bis zum Jahresende angestrebt, teilte das Unternehmen mit.",
        [acq("Lindauer Versicherung", "Asmus & Partner", T)],
    ),
    de(
        "Die Aktie des Kochboxenversenders Frischpaket schoss am Mittwoch um 28 Prozent in die Höhe. "
        "Auslöser war ein Bericht des 'Handelsblatt', wonach der niederländische Lebensmittelhändler Van Ommeren Gespräche über eine Übernahme führt. Beide Unternehmen wollten den Bericht nicht kommentieren.",
        [acq("Van Ommeren", "Frischpaket", TR)],
    ),
    de(
        "Nach tagelangen Spekulationen hat der Lebensmittelkonzern Bergquell bestätigt, mit dem Getränkehersteller Sonnhalde über eine Übernahme zu verhandeln. "
        "Ein Abschluss sei aber keineswegs sicher, hieß es in der Mitteilung.",
        [acq("Bergquell", "Sonnhalde", T)],
    ),
    de(
        "Der Golf-Investor Qasr Holding erwägt laut einem Bericht der 'Börsen-Zeitung' einen Einstieg bei dem Duisburger Stahlhändler Kleinwächter. "
        "Im Gespräch sei eine Beteiligung von bis zu 20 Prozent. Kleinwächter wollte sich dazu nicht äußern.",
        [stake("Qasr Holding", "Kleinwächter", R)],
    ),
    de(
        "Berichte über einen bevorstehenden Wechsel von Finanzvorstand Heiko Sturm zum Konkurrenten Lauterbach Werke hat die Meissner Pumpen AG zurückgewiesen. "
        "Sturm werde seinen bis 2028 laufenden Vertrag erfüllen, sagte eine Sprecherin.",
        [
            dep("Heiko Sturm", "Meissner Pumpen", D),
            hire("Heiko Sturm", "Lauterbach Werke", [D, R]),
        ],
        optional=[
            pos("Heiko Sturm", "Meissner Pumpen"),
            poa("Lauterbach Werke", "Meissner Pumpen", ANY),
        ],
    ),
    # --- Beteiligungen, Aktivisten, Stimmrechte
    de(
        "Die Beteiligungsgesellschaft Tessmer Holding hat ihren Anteil an der Grünfeld Pharma AG auf 29,9 Prozent aufgestockt und bleibt damit knapp unter der Schwelle für ein Pflichtangebot. "
        "Zuvor hielt Tessmer rund 25 Prozent.",
        [stake("Tessmer Holding", "Grünfeld Pharma", C)],
    ),
    de(
        "Stimmrechtsmitteilung: Die Ostwind Energie AG hat am 14. Oktober 2026 eine Mitteilung erhalten, wonach der Stimmrechtsanteil des Norrland Pension Fund an der Gesellschaft am 10. Oktober 2026 die Schwelle von 5 Prozent überschritten hat und an diesem Tag 5,08 Prozent betrug.",
        [stake("Norrland Pension Fund", "Ostwind Energie", C)],
    ),
    de(
        "Der aktivistische Investor Kranich Capital ist beim Industriekonzern Sollinger eingestiegen und fordert eine Aufspaltung. "
        "Kranich halte inzwischen gut drei Prozent der Aktien, teilte der Hedgefonds mit. Sollinger-Chef Matthias Reuber wies die Forderung zurück.",
        [
            stake("Kranich Capital", "Sollinger", C),
            pos("Matthias Reuber", "Sollinger"),
        ],
    ),
    de(
        "Der Hedgefonds Tarrow Partners, der nach eigenen Angaben rund 4,5 Prozent an der Brauerei-Gruppe Kellerbräu hält, fordert die Ablösung von Aufsichtsratschef Wolfram Eisele. "
        "Eisele habe den Umbau des Konzerns verschleppt, heißt es in einem offenen Brief an die Aktionäre.",
        [
            stake("Tarrow Partners", "Kellerbräu", C),
            pos("Wolfram Eisele", "Kellerbräu"),
        ],
    ),
    de(
        "Ihre Mehrheitsbeteiligung von 51 Prozent an der Rheinfels Kliniken GmbH hat die Kommunalholding Mainkreis an den privaten Klinikbetreiber Salvara Gesundheit verkauft. "
        "Die Transaktion soll nach Zustimmung des Kreistags Anfang 2027 vollzogen werden.",
        [acq("Salvara Gesundheit", "Rheinfels Kliniken", A)],
        optional=[stake("Kommunalholding Mainkreis", "Rheinfels Kliniken", ANY)],
    ),
    de(
        "Die Jörgensen Biotech AG hat eine Kapitalerhöhung über 60 Millionen Euro abgeschlossen; die neuen Aktien wurden überwiegend bei institutionellen Investoren platziert. "
        "Der Ankeraktionär Sandvoss Holding zeichnete Aktien im Wert von 20 Millionen Euro.",
        [inv("Sandvoss Holding", "Jörgensen Biotech", C)],
    ),
    de(
        "BERLIN (dpa-AFX) - Das Berliner Batterie-Start-up Voltanik hat in einer Finanzierungsrunde 85 Millionen Euro eingesammelt. "
        "Angeführt wurde die Runde vom Wagniskapitalgeber Spreefeld Ventures; auch der Autobauer BMW beteiligte sich, wie das Unternehmen mitteilte.",
        [
            inv("Spreefeld Ventures", "Voltanik", C),
            inv("BMW", "Voltanik", C),
        ],
    ),
    de(
        "Der Gründer und frühere Vorstandschef von Kaltenbach Software, Ralf Imhof, investiert in das Münchner KI-Start-up Noctua Labs. "
        "Imhof beteiligt sich an einer Seed-Runde über vier Millionen Euro, wie Noctua mitteilte.",
        [
            inv("Ralf Imhof", "Noctua Labs", CA),
            pos("Ralf Imhof", "Kaltenbach Software"),
        ],
    ),
    # --- Vorstand und Aufsichtsrat
    de(
        "Die Halberg Solar AG gibt bekannt, dass der Vorstandsvorsitzende Jörg Pankratz den Aufsichtsrat heute gebeten hat, seine Bestellung aus persönlichen Gründen vorzeitig zum 31. Dezember 2026 aufzuheben. "
        "Der Aufsichtsrat hat diesem Wunsch entsprochen. Über die Nachfolge wird die Gesellschaft zu gegebener Zeit informieren.",
        [dep("Jörg Pankratz", "Halberg Solar", A)],
        optional=[pos("Jörg Pankratz", "Halberg Solar")],
    ),
    de(
        "Der Aufsichtsrat der Brenninger Bau AG hat Claudia Wessel mit Wirkung zum 1. April 2027 zur neuen Vorstandsvorsitzenden bestellt. "
        "Sie folgt auf Herbert Lanz, der nach 14 Jahren an der Spitze in den Ruhestand geht. Wessel ist derzeit Finanzvorständin des Schweizer Zementherstellers Gurtner Zement.",
        [
            hire("Claudia Wessel", "Brenninger Bau", A),
            dep("Herbert Lanz", "Brenninger Bau", A),
            pos("Claudia Wessel", "Gurtner Zement"),
        ],
        optional=[
            pos("Claudia Wessel", "Brenninger Bau"),
            pos("Herbert Lanz", "Brenninger Bau"),
            dep("Claudia Wessel", "Gurtner Zement", ANY),
        ],
    ),
    de(
        "Bei der Krollmann AG übernimmt Finanzchef Stefan Yilmaz zum Jahreswechsel zusätzlich die Rolle des Vorstandssprechers. "
        "Der bisherige Vorstandschef Peter Haug verlässt das Unternehmen auf eigenen Wunsch, wie der Konzern am Abend mitteilte.",
        [
            posh("Stefan Yilmaz", "Krollmann"),
            dep("Peter Haug", "Krollmann", CA),
        ],
        optional=[pos("Peter Haug", "Krollmann")],
    ),
    de(
        "Zum neuen Finanzvorstand der Gerlinger Textil AG ist mit Wirkung zum 1. Juli der bisherige Controlling-Chef des Unternehmens, Sven Albers, ernannt worden. "
        "Er tritt die Nachfolge von Birgit Ohm an, die zum Lebensmittelkonzern Hofstätter wechselt.",
        [
            posh("Sven Albers", "Gerlinger Textil"),
            dep("Birgit Ohm", "Gerlinger Textil", CA),
            hire("Birgit Ohm", "Hofstätter", CA),
        ],
        optional=[pos("Birgit Ohm", "Gerlinger Textil"), poa("Hofstätter", "Gerlinger Textil", ANY)],
    ),
    de(
        "Nach der Hauptversammlung wählte der Aufsichtsrat der Tiefenbach Elektronik AG den neu in das Gremium gewählten früheren Siemens-Manager Ulrich Feldhaus zu seinem Vorsitzenden. "
        "Feldhaus folgt auf Gerda Imhoff, die nicht mehr zur Wiederwahl angetreten war.",
        [
            hire("Ulrich Feldhaus", "Tiefenbach Elektronik", C),
            pos("Ulrich Feldhaus", "Siemens"),
            dep("Gerda Imhoff", "Tiefenbach Elektronik", C),
        ],
        optional=[pos("Ulrich Feldhaus", "Tiefenbach Elektronik"), pos("Gerda Imhoff", "Tiefenbach Elektronik")],
    ),
    de(
        "Überraschend hat Aufsichtsratschef Konrad Albrecht bei der Vestenberg AG sein Mandat mit sofortiger Wirkung niedergelegt. "
        "Hintergrund seien Meinungsverschiedenheiten mit dem Vorstand über die künftige Strategie, hieß es aus Unternehmenskreisen.",
        [dep("Konrad Albrecht", "Vestenberg", C)],
        optional=[pos("Konrad Albrecht", "Vestenberg")],
    ),
    de(
        "Nach dem Abgang von Vorstandschef Thomas Breuer übernimmt Aufsichtsratsmitglied Sabine Kroll interimistisch die Führung der Kaufhauskette Wallmoden. "
        "Die Suche nach einem dauerhaften Nachfolger laufe, teilte das Unternehmen mit.",
        [
            dep("Thomas Breuer", "Wallmoden", C),
            posh("Sabine Kroll", "Wallmoden"),
        ],
        optional=[pos("Thomas Breuer", "Wallmoden")],
    ),
    de(
        "Der Aufsichtsrat der Kronwald Versicherung hat die Bestellung von Vorstandschefin Iris Hammes vorzeitig bis 2031 verlängert und Produktvorstand Jens Oberle zum stellvertretenden Vorstandsvorsitzenden ernannt.",
        [
            pos("Iris Hammes", "Kronwald Versicherung"),
            posh("Jens Oberle", "Kronwald Versicherung"),
        ],
    ),
    de(
        "Der ehemalige Vodafone-Manager Georg Veit wird neuer Chef des Glasfaseranbieters Netzwerk Süd. "
        "Er tritt sein Amt am 1. Februar an, teilte der Mehrheitseigner, der Infrastrukturfonds Arvella, mit.",
        [
            hire("Georg Veit", "Netzwerk Süd", A),
            pos("Georg Veit", "Vodafone"),
        ],
        optional=[pos("Georg Veit", "Netzwerk Süd"), stake("Arvella", "Netzwerk Süd", ANY)],
    ),
    # --- Abwerbungen und Wechsel
    de(
        "Die Privatbank Hallstein & Co. wirbt beim Konkurrenten Bankhaus Roderich gleich ein ganzes Team ab: Der Vermögensverwalter Frank Oster und vier seiner Kollegen wechseln zum 1. März nach Frankfurt, wie ein Sprecher von Hallstein bestätigte.",
        [
            poa("Hallstein & Co.", "Bankhaus Roderich", CA),
            hire("Frank Oster", "Hallstein & Co.", A),
            dep("Frank Oster", "Bankhaus Roderich", A),
        ],
        optional=[pos("Frank Oster", "Bankhaus Roderich")],
    ),
    de(
        "Medienberichten zufolge hat der Versicherer Adlerhorst versucht, den Vertriebsvorstand der Konkurrentin Hanseatica Leben, Kai Brünger, abzuwerben. "
        "Brünger habe das Angebot jedoch ausgeschlagen und seinen Vertrag bei Hanseatica vorzeitig verlängert.",
        [
            poa("Adlerhorst", "Hanseatica Leben", [F, R]),
            pos("Kai Brünger", "Hanseatica Leben"),
        ],
    ),
    de(
        "Der langjährige Einkaufschef des Discounters Preisfux, Dirk Wendland, ist zum Konkurrenten Sparlinie gewechselt. "
        "Dort verantwortet er seit dem 1. November das Non-Food-Sortiment.",
        [
            dep("Dirk Wendland", "Preisfux", C),
            hire("Dirk Wendland", "Sparlinie", C),
        ],
        optional=[
            pos("Dirk Wendland", "Preisfux"),
            pos("Dirk Wendland", "Sparlinie"),
            poa("Sparlinie", "Preisfux", ANY),
        ],
    ),
    # --- Private Equity, Zukäufe, Quartalszahlen
    de(
        "Der Finanzinvestor Auerbach Partners hat die Übernahme des Softwarehauses Datavia von den Gründern abgeschlossen. "
        "Die Gründer Timo Rensch und Julia Brandl bleiben mit einer Minderheitsbeteiligung an Bord und führen das Unternehmen weiter.",
        [
            acq("Auerbach Partners", "Datavia", C),
            pos("Timo Rensch", "Datavia"),
            pos("Julia Brandl", "Datavia"),
        ],
    ),
    de(
        "Der Finanzinvestor Pallas Equity verkauft den Laborausrüster Fenwald nach fünf Jahren an den Wettbewerber Norcap Partners weiter. "
        "Über den Kaufpreis wurde Stillschweigen vereinbart; Insider taxieren ihn auf rund 900 Millionen Euro.",
        [acq("Norcap Partners", "Fenwald", CA)],
        optional=[acq("Pallas Equity", "Fenwald", C)],
    ),
    de(
        "Nach dem Abschluss der Übernahme durch den US-Finanzinvestor Crestmoor stellt sich der Kameraspezialist Optilux neu auf: "
        "Vorstandschef Bernd Kessler verlässt das Unternehmen, Nachfolger wird der frühere Zeiss-Manager Lars Hoffmeister.",
        [
            acq("Crestmoor", "Optilux", C),
            dep("Bernd Kessler", "Optilux", CA),
            hire("Lars Hoffmeister", "Optilux", A),
            pos("Lars Hoffmeister", "Zeiss"),
        ],
        optional=[pos("Bernd Kessler", "Optilux"), pos("Lars Hoffmeister", "Optilux")],
    ),
    de(
        "Der Spezialversandhändler Ebersbach steigerte im dritten Quartal den Umsatz um sieben Prozent. "
        "Zum Wachstum trug auch die im Juli abgeschlossene Übernahme des österreichischen Konkurrenten Gartenwelt Pichler bei, wie Finanzchefin Miriam Stolz in einer Telefonkonferenz mit Analysten sagte.",
        [
            acq("Ebersbach", "Gartenwelt Pichler", C),
            pos("Miriam Stolz", "Ebersbach"),
        ],
    ),
    de(
        "Auf der Bilanzpressekonferenz kündigte Konzernchef Michael Rasch an, dass sich Pohlmann Haustechnik von der Sparte Pohlmann Klima trennen wolle; Gespräche mit mehreren Interessenten liefen bereits. "
        "Die Übernahme des dänischen Wärmepumpenherstellers Varmestrøm sei inzwischen abgeschlossen.",
        [
            acq("Pohlmann Haustechnik", "Varmestrøm", C),
            pos("Michael Rasch", "Pohlmann Haustechnik"),
        ],
    ),
    de(
        "Der Medizintechnikkonzern Arnsberg Medical hat gleich zwei Zukäufe unter Dach und Fach gebracht: Übernommen wurden der irische Katheterhersteller Veloran sowie die Berliner Softwarefirma Clinara. "
        "Zusammen zahlte Arnsberg rund 430 Millionen Euro.",
        [
            acq("Arnsberg Medical", "Veloran", CA),
            acq("Arnsberg Medical", "Clinara", CA),
        ],
    ),
    de(
        "Der Kunststoffverarbeiter Plessner, der 2021 vom Finanzinvestor Garnet Equity übernommen worden war, meldet für das abgelaufene Geschäftsjahr einen Rekordumsatz von 1,1 Milliarden Euro.",
        [acq("Garnet Equity", "Plessner", C)],
    ),
    # --- Kooperationen
    de(
        "Der Nutzfahrzeugbauer Kemmler und der japanische Konzern Ishikari Motors wollen bei der Entwicklung von Wasserstoff-Lkw zusammenarbeiten. "
        "Eine entsprechende Absichtserklärung sei unterzeichnet worden, hieß es am Rande der IAA.",
        [par(["Kemmler", "Ishikari Motors"], [A, T])],
    ),
    de(
        "Der Chemiekonzern Lindstedt und der saudische Konzern Al-Rimal Petrochemicals haben ihr Gemeinschaftsunternehmen für Spezialpolymere gegründet. "
        "Die Kartellbehörden hatten zuvor grünes Licht gegeben.",
        [par(["Lindstedt", "Al-Rimal Petrochemicals"], C)],
    ),
    de(
        "Der Softwarekonzern Alvarium und Microsoft bauen ihre Partnerschaft aus: Künftig soll Alvariums Planungssoftware auch über die Cloud-Plattform Azure angeboten werden.",
        [par(["Alvarium", "Microsoft"], CA)],
    ),
    # --- Ablenker und Beinahe-Treffer (Deutsch)
    de(
        "Der Aufsichtsrat der Pfeffinger AG hat den Vertrag von Vorstandschef Martin Dörr vorzeitig um fünf Jahre verlängert. Die Aktie legte daraufhin leicht zu.",
        [pos("Martin Dörr", "Pfeffinger")],
    ),
    de(
        "Die Sattler Industrie AG startet ein Aktienrückkaufprogramm im Volumen von bis zu 300 Millionen Euro. "
        "Die zurückgekauften Aktien sollen eingezogen werden, teilte das im MDax notierte Unternehmen mit.",
        [],
    ),
    de(
        "Der Zughersteller Rennhoff hat von der Deutschen Bahn einen Auftrag über 120 Regionalzüge erhalten. "
        "Das Volumen liegt nach Unternehmensangaben im niedrigen einstelligen Milliardenbereich.",
        [],
    ),
    de(
        "Analysten einer Landesbank sehen in dem Chipzulieferer Moosdorf Technik einen möglichen Übernahmekandidaten. "
        "Konkrete Interessenten seien aber nicht bekannt, schrieben die Experten in einer Studie.",
        [],
    ),
    de(
        "Einen Verkauf der Tochter Hegenau Gießerei schließt der Mutterkonzern Ruprecht Metall derzeit aus. "
        "'Das steht nicht zur Debatte', sagte Konzernchefin Annette Brügge am Rande der Bilanzpressekonferenz.",
        [pos("Annette Brügge", "Ruprecht Metall")],
        optional=[acq("Ruprecht Metall", "Hegenau Gießerei", C)],
    ),
    de(
        "Die Immobiliengesellschaft Nordstern Wohnen hat eine Anleihe über 500 Millionen Euro mit einer Laufzeit von sieben Jahren platziert. "
        "Die Emission war nach Angaben der begleitenden Banken mehr als dreifach überzeichnet.",
        [],
    ),
    de(
        "Der Mischkonzern Walthari will seine Medizintechniksparte Walthari Medical im kommenden Jahr an die Frankfurter Börse bringen. "
        "Walthari werde nach dem Börsengang die Mehrheit behalten, hieß es.",
        [],
    ),
    de(
        "Die Beteiligungsgesellschaft Harzer Invest hat im Rahmen eines beschleunigten Bookbuilding-Verfahrens rund 4 Prozent der Aktien der Solinger Klingenwerke bei institutionellen Investoren platziert. "
        "Nach der Transaktion hält Harzer Invest noch 11 Prozent.",
        [],
        optional=[stake("Harzer Invest", "Solinger Klingenwerke", ANY)],
    ),
    de(
        "Der Leerverkäufer Greyhawk Research hat eine Netto-Leerverkaufsposition von 0,8 Prozent an der Lomax Pharma AG gemeldet und wirft dem Unternehmen geschönte Studiendaten vor. "
        "Lomax wies die Vorwürfe zurück.",
        [],
    ),
    de(
        "Die Hauptversammlung der Elsbach AG hat eine Dividende von 1,20 Euro je Aktie beschlossen; sämtliche Tagesordnungspunkte wurden mit großer Mehrheit angenommen.",
        [],
    ),
    de(
        "Der Pharmakonzern Roßhaupt hat für sein Rheumamittel Solvira die Zulassung der US-Arzneimittelbehörde FDA erhalten. Die Aktie stieg um sechs Prozent.",
        [],
    ),
    de(
        "Ein Sprecher von Lennartz Logistik betonte am Dienstag, es gebe keine Pläne für Veränderungen im Vorstand. Zuvor hatten Gerüchte den Aktienkurs belastet.",
        [],
    ),
    de(
        "'Wenn sich eine gute Gelegenheit ergibt, sind wir für Zukäufe offen', sagte Finanzchef Oliver Renz von Tannberg Elektro in der Telefonkonferenz. Konkrete Ziele nannte er nicht.",
        [pos("Oliver Renz", "Tannberg Elektro")],
    ),
    de(
        "Die Analysten der DZ Bank haben das Kursziel für die Aktie von Marbach Chemie von 42 auf 48 Euro angehoben und die Kaufempfehlung bestätigt.",
        [],
    ),
    de(
        "Die Heller & Söhne Holding firmiert künftig unter dem Namen Hellon Group; an der Eigentümerstruktur ändert sich nach Unternehmensangaben nichts.",
        [],
    ),
]
