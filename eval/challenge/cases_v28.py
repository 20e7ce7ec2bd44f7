# ruff: noqa: E501
"""Challenge set v28: takeover battles, tender offers, carve-outs and private-equity deals in M&A columns (English and German).

Written blind by a helper on 2026-11-27, for error analysis. The helper did not
look at the extractor's code, its tests, the other challenge sets or the dev
corpora; all passages and names (apart from a few well-known real companies used
as counterparties) are invented.
"""

from builders import (
    ANY,
    CA,
    MER,
    PAR,
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
    # --- bidding wars, raised and sweetened offers
    en(
        "Halvard Instruments has raised its offer for Danish sensor maker Nordlys Metrology to DKK 312 a share, topping a rival proposal from US group Carrow Technologies and setting up a bidding war for the Copenhagen-listed company. "
        "Nordlys's board said it would study both proposals and urged shareholders to take no action.",
        [
            acq("Halvard Instruments", "Nordlys Metrology", T),
            acq("Carrow Technologies", "Nordlys Metrology", T),
        ],
    ),
    en(
        "Brisk Logistics withdrew from the battle for Felcourt Freight on Monday, saying it would not match the sweetened 415p-a-share offer from Dutch rival Ommeren Transport. "
        "Felcourt's board now recommends the Ommeren bid, which values the company at £1.7bn.",
        [
            acq("Brisk Logistics", "Felcourt Freight", F),
            acq("Ommeren Transport", "Felcourt Freight", A),
        ],
    ),
    en(
        "In a third round of bidding, Tamsin Pharma lifted its cash offer for Oxbury Biologics to $58 a share, 9% above the $53.20 matched last week by private-equity group Ridgefield Partners. "
        '"We are disciplined buyers, but Oxbury is a unique asset," Tamsin chief executive Margit Stroud said.',
        [
            acq("Tamsin Pharma", "Oxbury Biologics", T),
            acq("Ridgefield Partners", "Oxbury Biologics", T),
            pos("Margit Stroud", "Tamsin Pharma"),
        ],
    ),
    en(
        "Calloway Foods has sweetened its agreed takeover of snack maker Pennick & Rowe, adding a special dividend of 12p a share after hedge funds holding a fifth of the stock threatened to vote the deal down. "
        "The revised terms were unanimously recommended by Pennick's board.",
        [acq("Calloway Foods", "Pennick & Rowe", A)],
    ),
    en(
        "Gresford Energía's rivals have a problem. By offering €27 a share for Lunetta Energia, 31% above its undisturbed price, the Spanish utility has set a bar that Italian suitor Vantoni Reti will struggle to clear without diluting its own investors. "
        "Vantoni, which signalled its interest in September, has yet to table a formal proposal.",
        [
            acq("Gresford Energía", "Lunetta Energia", T),
            acq("Vantoni Reti", "Lunetta Energia", TR),
        ],
    ),
    en(
        "Under UK takeover rules, Marlowe Industrial Holdings must announce a firm intention to bid for engineering group Stanway plc by 5pm on 14 December or walk away for six months. "
        "Stanway has already rebuffed three proposals from Marlowe, the latest at 240p a share.",
        [acq("Marlowe Industrial Holdings", "Stanway", [T, F])],
    ),
    en(
        "The auction for Veldhoven Medical ended on Tuesday when Blackstone agreed to pay €2.3bn for the Dutch maker of hospital beds, beating a consortium led by Fenmoor Capital that had bid €2.1bn, people close to the process said.",
        [
            acq("Blackstone", "Veldhoven Medical", A),
            acq("Fenmoor Capital", "Veldhoven Medical", F),
        ],
    ),
    en(
        "Shareholders in Ardent Mining should hold out for more. Kessling Resources' raised A$4.10-a-share offer, its second improvement in a month, still undervalues the copper assets, and a counterbid from Chilean group Minera Altoviento would not be a surprise.",
        [acq("Kessling Resources", "Ardent Mining", T)],
        optional=[acq("Minera Altoviento", "Ardent Mining", R)],
    ),
    # --- hostile bids and rejected approaches
    en(
        "Dornfield Chemicals went hostile on Wednesday, taking its €36-a-share offer for Belgian rival Solvane directly to shareholders after Solvane's board refused to engage.",
        [acq("Dornfield Chemicals", "Solvane", T)],
    ),
    en(
        'The board of Harrowgate Insurance has rejected an unsolicited £3.2bn approach from US insurer Bexley Mutual, saying the 520p-a-share proposal "fundamentally undervalues" the company. '
        "Bexley said it was considering its options.",
        [acq("Bexley Mutual", "Harrowgate Insurance", [F, T])],
    ),
    en(
        "Quillon Software disclosed in its offer document that it had rebuffed a takeover approach from KKR in September, before agreeing this week to sell itself to rival Lattimer Systems for $41 a share.",
        [
            acq("KKR", "Quillon Software", F),
            acq("Lattimer Systems", "Quillon Software", A),
        ],
    ),
    en(
        "To fend off the hostile bid from Corrigan Steel, the management of Welby Alloys has proposed spinning off its aerospace unit and a €400m share buyback. "
        'Corrigan, which already owns 14% of Welby, called the plan a "desperate distraction".',
        [acq("Corrigan Steel", "Welby Alloys", T)],
        optional=[stake("Corrigan Steel", "Welby Alloys", C)],
    ),
    en(
        "Pemberton Leisure's hostile pursuit of holiday-park operator Sandrock Resorts collapsed on Friday after its 180p-a-share offer attracted acceptances of just 23%, well short of the 50% threshold. "
        "Pemberton said it would let the offer lapse.",
        [acq("Pemberton Leisure", "Sandrock Resorts", F)],
    ),
    en(
        "Less than a day after Brightwater Telecom's board snubbed its approach, Kallis Group raised its proposal to 95 cents a share and said it had secured irrevocable undertakings from holders of 19% of Brightwater's stock.",
        [acq("Kallis Group", "Brightwater Telecom", T)],
    ),
    # --- tender offers and acceptance levels
    en(
        "Ravensworth Health said holders of 62% of Cobalt Diagnostics shares had tendered into its $24-a-share cash offer, satisfying the majority condition. "
        "The tender offer expires at midnight on Friday, after which Ravensworth expects to close the acquisition.",
        [acq("Ravensworth Health", "Cobalt Diagnostics", A)],
    ),
    en(
        "Ostrand Capital has completed its tender offer for Finnish software group Kaarna Oyj, having received 94.6% of the shares, and will now start the compulsory redemption of the remaining stock and apply for a delisting from Nasdaq Helsinki.",
        [acq("Ostrand Capital", "Kaarna", C)],
    ),
    en(
        "Lindqvist Marine extended its tender offer for Baltrade Shipping for a second time after only 41% of shares had been tendered by the original deadline, short of the 66.7% minimum acceptance condition.",
        [acq("Lindqvist Marine", "Baltrade Shipping", [A, T])],
    ),
    en(
        "Sutcliffe Brands has waived the 75% minimum acceptance condition on its offer for Mireille Cosmetics after securing 68% of the shares, giving it control of the French group. "
        "Settlement of the offer will take place on 3 March.",
        [acq("Sutcliffe Brands", "Mireille Cosmetics", CA)],
    ),
    en(
        "Shinoda Electric launched a tender offer on Monday for the 47% of Kanemura Precision it does not already own, pricing it at ¥2,150 a share. "
        "Kanemura's special committee endorsed the bid and recommended that shareholders tender.",
        [acq("Shinoda Electric", "Kanemura Precision", A)],
    ),
    en(
        "Activist fund Harlan Street, which owns 8% of Tessaway Group, said it would not tender its shares into Oakmere Partners' offer, arguing that the 1,150p price undervalues the company.",
        [
            acq("Oakmere Partners", "Tessaway Group", [A, T]),
            stake("Harlan Street", "Tessaway Group", C),
        ],
    ),
    en(
        "Vantage Holdings' tender offer for Corbridge Water lapsed on Thursday with only 38% of shares tendered, and the company said it had no intention of making a new bid.",
        [acq("Vantage Holdings", "Corbridge Water", F)],
    ),
    # --- squeeze-outs, delistings, take-privates
    en(
        "Having lifted its holding in Altberg Systems to 95.3%, Pellham Industries will squeeze out the remaining minority shareholders and delist the company from the Frankfurt Stock Exchange, it said on Tuesday.",
        [acq("Pellham Industries", "Altberg Systems", CA)],
    ),
    en(
        "Minority investors in Drumcarrow Holdings have challenged the cash compensation offered in Torvane Group's squeeze-out, arguing that the €61.40 a share set by the court-appointed auditor ignores the value of the property portfolio.",
        [acq("Torvane Group", "Drumcarrow Holdings", CA)],
    ),
    en(
        "Fairlow Retail, controlled by the Mendes family since 1972, plans to delist from the London Stock Exchange, citing the cost of a public listing. "
        "The family's holding company, Mendes Participações, already owns 81% of the stock and will offer 142p a share for the rest.",
        [acq("Mendes Participações", "Fairlow Retail", [A, T])],
    ),
    en(
        "Hollins Payments will be taken private by EQT in a $3.1bn deal, the latest in a string of buyouts of undervalued London-listed fintechs. "
        "Hollins founder and chief executive Ravi Prasanna will roll over his 11% stake into the new holding company.",
        [
            acq("EQT", "Hollins Payments", A),
            pos("Ravi Prasanna", "Hollins Payments"),
        ],
    ),
    # --- carve-outs, private equity, consortia
    en(
        "Aldwych Industries has agreed to sell its packaging division, Aldwych Pack, to a consortium led by private-equity firm Thornbury Capital for £850m, completing its retreat from low-margin businesses.",
        [acq("Thornbury Capital", "Aldwych Pack", A)],
    ),
    en(
        "Mercator Chemicals is carving out its construction-chemicals unit, to be called Stellan Building Solutions, and has hired banks to run an auction. "
        "The business has drawn preliminary interest from CVC and Fenwright Partners, according to two people with knowledge of the matter.",
        [
            acq("CVC", "Stellan Building Solutions", R),
            acq("Fenwright Partners", "Stellan Building Solutions", R),
        ],
    ),
    en(
        "A consortium led by infrastructure investor Greystone Harbour and including Canadian pension fund Ashbury Teachers' Plan has completed its €1.9bn purchase of the fibre network of Italian operator Telvara, now renamed Fibra Aperta.",
        [acq("Greystone Harbour", "Fibra Aperta", C)],
        optional=[acq("Ashbury Teachers' Plan", "Fibra Aperta", C)],
    ),
    en(
        "Kestwick Labels is now owned by Bramhall Equity, after its former parent Norlander Paper closed the €420m sale on Friday.",
        [acq("Bramhall Equity", "Kestwick Labels", C)],
    ),
    en(
        "Ormond Group is running a dual-track process for its testing business, Ormond Assure, with a listing in Amsterdam as the alternative to a sale to buyout groups including Blackstone and Harwell Capital, both of which submitted second-round bids last week.",
        [
            acq("Blackstone", "Ormond Assure", T),
            acq("Harwell Capital", "Ormond Assure", T),
        ],
    ),
    en(
        "Private-equity firm Sallow Ridge has agreed to buy 60% of Tiverton Parts, the aftermarket arm of Tiverton Motors, in a deal valuing the business at $2.4bn including debt. "
        "Tiverton Motors will keep the remaining 40%.",
        [acq("Sallow Ridge", "Tiverton Parts", A)],
    ),
    en(
        "Hemsworth Capital has closed its acquisition of Veritec Glass, the laboratory-glass business carved out of Swiss group Albrin, and appointed Clara Villiger, previously head of operations at Albrin, as chief executive of the new company.",
        [
            acq("Hemsworth Capital", "Veritec Glass", C),
            hire("Clara Villiger", "Veritec Glass", CA),
        ],
        optional=[dep("Clara Villiger", "Albrin", C), pos("Clara Villiger", "Albrin")],
    ),
    en(
        "Fenmoor Capital is selling dental-supplies distributor Orrin Dental to fellow buyout firm Castlegate Partners for about €1.1bn, four years after buying it from its founders, people familiar with the matter said.",
        [
            acq("Castlegate Partners", "Orrin Dental", R),
            acq("Fenmoor Capital", "Orrin Dental", C),
        ],
    ),
    # --- sales told from the thing sold
    en(
        "The sale of Marlow Cables to Taiwanese group Hsinpo Wire has fallen through after the two sides failed to agree on how to deal with pension liabilities, Marlow's parent Redgate Holdings said.",
        [acq("Hsinpo Wire", "Marlow Cables", F)],
    ),
    en(
        "Cresswell Bakeries, put up for sale by its private-equity owner Limebrook Partners last spring, has found a buyer: Irish food group Dunleary Foods will pay €310m, subject to approval by the Irish competition authority.",
        [acq("Dunleary Foods", "Cresswell Bakeries", A)],
        optional=[acq("Limebrook Partners", "Cresswell Bakeries", C)],
    ),
    en(
        "For Pollard Engineering, this is the third change of ownership in seven years. "
        "The pump maker passed from its founding family to Brenmark Capital in 2018 and then to industrial group Selby Dynamics in 2021; on Monday Selby agreed to sell it to Ingram Flow Solutions.",
        [
            acq("Brenmark Capital", "Pollard Engineering", C),
            acq("Selby Dynamics", "Pollard Engineering", C),
            acq("Ingram Flow Solutions", "Pollard Engineering", A),
        ],
    ),
    en(
        "Aurelian Hotels has a new owner. The 14-property chain, on the block since its Dubai-based owner ran into refinancing problems, has been bought by Blackstone for an undisclosed sum, according to filings.",
        [acq("Blackstone", "Aurelian Hotels", C)],
    ),
    # --- stake building
    en(
        "Harkness Capital has lifted its stake in Dalby Engineering to 14.9% and is pushing the board to explore a sale of the company, according to a letter seen by this column.",
        [stake("Harkness Capital", "Dalby Engineering", C)],
    ),
    en(
        'Cordell Holdings, which crossed the 29% mark in Venn Logistics last month, said on Friday it had no intention of making an offer for the company "at this time".',
        [stake("Cordell Holdings", "Venn Logistics", C)],
        optional=[acq("Cordell Holdings", "Venn Logistics", D)],
    ),
    en(
        "Norwegian shipowner Eirik Solstad has quietly built a 9.8% position in Hammerfield Ferries through his investment vehicle Solstad Invest, regulatory filings show, making it the ferry operator's second-largest shareholder.",
        [stake("Solstad Invest", "Hammerfield Ferries", C)],
        optional=[pos("Eirik Solstad", "Solstad Invest"), stake("Eirik Solstad", "Hammerfield Ferries", C)],
    ),
    en(
        "Ballantyne Group will raise its holding in Spanish toll-road operator Autovías Meridional from 35% to 50.1% by buying out co-investor Tarragon Infra for €640m, giving it control of the company.",
        [acq("Ballantyne Group", "Autovías Meridional", A)],
        optional=[stake("Tarragon Infra", "Autovías Meridional", C)],
    ),
    # --- regulators
    en(
        "Britain's Competition and Markets Authority has referred Ferrous Holdings' £1.4bn takeover of scrap-metal processor Kirkby Recycling for an in-depth phase 2 investigation, after the companies declined to offer remedies.",
        [acq("Ferrous Holdings", "Kirkby Recycling", A)],
    ),
    en(
        "The European Commission blocked the merger of Nordic rail-freight operators Skarv Cargo and Lindholm Rail on Wednesday, saying it would have created a dominant player on Scandinavian routes.",
        [mer(["Skarv Cargo", "Lindholm Rail"], F)],
    ),
    en(
        "Brussels cleared Valdor's €5.6bn acquisition of French seed producer Semences Aubrac on condition that Valdor sells its sunflower-breeding unit to a buyer approved by the Commission. "
        "The companies expect to close the deal by the end of the month.",
        [acq("Valdor", "Semences Aubrac", A)],
    ),
    en(
        "US antitrust officials sued on Thursday to block Pinecrest Health's $9bn purchase of rival hospital operator Clearview Medical Centers. "
        "Pinecrest said it would fight the lawsuit in court.",
        [acq("Pinecrest Health", "Clearview Medical Centers", A)],
    ),
    en(
        "Halstead Media abandoned its proposed acquisition of regional broadcaster Tynecastle TV after the CMA said it would require the sale of three stations. "
        '"The remedies would have destroyed the rationale for the deal," Halstead chief executive Owen Pryce said.',
        [
            acq("Halstead Media", "Tynecastle TV", F),
            pos("Owen Pryce", "Halstead Media"),
        ],
    ),
    en(
        "The Bundeskartellamt has approved the takeover of Rheinbrück Verpackungen by Scottish group Carnoch Packaging, removing the last hurdle for a deal that closed on Monday.",
        [acq("Carnoch Packaging", "Rheinbrück Verpackungen", C)],
    ),
    # --- deals called off
    en(
        "Talks between Orbis Aviation Services and Meridian Ground Handling about a combination have ended without agreement, the two companies said in a joint statement on Sunday.",
        [mer(["Orbis Aviation Services", "Meridian Ground Handling"], F)],
    ),
    en(
        "Garrison Foods has terminated its agreement to buy Tolliver Snacks, citing a material adverse change after Tolliver recalled its entire range of crisps. "
        "Tolliver said it would sue to enforce the contract.",
        [acq("Garrison Foods", "Tolliver Snacks", F)],
    ),
    en(
        "Three months after shaking hands on a $700m deal, Sumner Robotics and its would-be buyer Hallam Automation have agreed to part ways, with Hallam paying a $35m break fee.",
        [acq("Hallam Automation", "Sumner Robotics", F)],
    ),
    # --- denied rumours
    en(
        'Westlake Brewing denied a newspaper report that it had approached Dutch brewer Hoogland Bier about a takeover, saying it was "not in discussions with any party".',
        [acq("Westlake Brewing", "Hoogland Bier", D)],
    ),
    en(
        'Shares in Carabel Pharma jumped 18% on reports that Swiss group Ebnat Life Sciences was weighing an offer, before Ebnat said late on Tuesday that it was "not considering" a bid. '
        "Carabel declined to comment.",
        [acq("Ebnat Life Sciences", "Carabel Pharma", D)],
    ),
    en(
        'A spokesman for Korvin Energy dismissed as "pure speculation" a Sunday newspaper report that the company was preparing a joint bid with KKR for power-grid operator Wessex Grid.',
        [
            acq("Korvin Energy", "Wessex Grid", D),
            acq("KKR", "Wessex Grid", [R, D]),
        ],
    ),
    # --- mergers of equals
    en(
        "Aberline Bank and Corrow Savings agreed on Thursday to combine in an all-share merger of equals that will create Britain's sixth-largest lender by deposits. "
        "Aberline chief executive Fiona Marsh will lead the combined group, while Corrow's chair, Patrick Doyle, will become chairman.",
        [
            mer(["Aberline Bank", "Corrow Savings"], A),
            pos("Fiona Marsh", "Aberline Bank"),
            pos("Patrick Doyle", "Corrow Savings"),
        ],
    ),
    en(
        "The merger of equals between Kelso Chemicals and Varrault Industries looks less equal by the day: Varrault's shareholders will own 58% of the enlarged company, and Varrault's finance chief will run the combined treasury.",
        [mer(["Kelso Chemicals", "Varrault Industries"], A)],
    ),
    en(
        "Investors voted down the merger of shipbrokers Falkner Maritime and Osgood Lane at an extraordinary general meeting on Tuesday, with only 61% in favour against the required 75%.",
        [mer(["Falkner Maritime", "Osgood Lane"], F)],
    ),
    # --- joint ventures
    en(
        "Siemens and Danish software group Roskilde Data are forming a joint venture to sell predictive-maintenance software to wind-farm operators, with Siemens holding 51%.",
        [par(["Siemens", "Roskilde Data"], A)],
    ),
    en(
        "Tallow Mining and Japanese trading house Ikegami Corporation will combine their lithium assets in Western Australia in a 50:50 joint venture, to be named Pindan Lithium.",
        [mer(["Tallow Mining", "Ikegami Corporation"], A, types=[MER, PAR])],
    ),
    # --- people moves around deals
    en(
        "Hartwell Controls chief executive Simon Akerlund will step down once the company's $2bn sale to Kerrigan Industrial closes in the spring, Hartwell said. "
        "Kerrigan's head of automation, Judith Ambler, will run the business as a division.",
        [
            acq("Kerrigan Industrial", "Hartwell Controls", A),
            dep("Simon Akerlund", "Hartwell Controls", A),
            pos("Judith Ambler", "Kerrigan Industrial"),
        ],
        optional=[hire("Judith Ambler", "Hartwell Controls", A)],
    ),
    en(
        "Goldman Sachs has hired veteran dealmaker Priya Ranganathan from boutique Ashcombe Partners as co-head of European M&A, the latest in a series of senior hires as the bank seeks to regain share in private-equity advisory. "
        "She will start in February.",
        [
            hire("Priya Ranganathan", "Goldman Sachs", A),
            dep("Priya Ranganathan", "Ashcombe Partners", CA),
            poa("Goldman Sachs", "Ashcombe Partners", CA),
        ],
    ),
    en(
        "Private-equity firm Harwell Capital has lured Tomas Brenner, the architect of Dornfield's hostile bid for Solvane, away from the chemicals group to lead its industrials investments. "
        "Brenner had been Dornfield's head of corporate development for six years.",
        [
            poa("Harwell Capital", "Dornfield", C),
            hire("Tomas Brenner", "Harwell Capital", CA),
            dep("Tomas Brenner", "Dornfield", C),
            acq("Dornfield", "Solvane", ANY),
        ],
        optional=[pos("Tomas Brenner", "Dornfield")],
    ),
    en(
        "Three senior managers at Welby Alloys, including finance director Ruth Okafor, have resigned since Corrigan Steel took control of the company in August.",
        [
            acq("Corrigan Steel", "Welby Alloys", C),
            dep("Ruth Okafor", "Welby Alloys", C),
        ],
        optional=[pos("Ruth Okafor", "Welby Alloys")],
    ),
    en(
        "Marchetti Vini's founder, Lorenzo Marchetti, will stay on as chairman after selling a 70% stake in the winemaker to French drinks group Maison Durieux, the companies said, while chief executive Anna Ricci will leave at the end of the year.",
        [
            acq("Maison Durieux", "Marchetti Vini", CA),
            pos("Lorenzo Marchetti", "Marchetti Vini"),
            dep("Anna Ricci", "Marchetti Vini", A),
        ],
        optional=[pos("Anna Ricci", "Marchetti Vini")],
    ),
    # --- growth investment funding a buy-and-build
    en(
        "Alderbrook Growth led a $150m investment in Tessel Software, with existing backer Norwood Ventures also participating. "
        "Tessel will use the money for acquisitions, starting with Dutch rival Planwise, which it agreed to buy last month.",
        [
            inv("Alderbrook Growth", "Tessel Software", C),
            inv("Norwood Ventures", "Tessel Software", C),
            acq("Tessel Software", "Planwise", A),
        ],
    ),
    # --- no events: market commentary
    en(
        "Global M&A volumes fell 9% in the third quarter to $780bn, dragged down by a slump in private-equity buyouts, according to LSEG data. "
        "Bankers blamed high financing costs and a backlog of unsold portfolio companies.",
        [],
    ),
    en(
        "Hostile bids are back in fashion in Europe. Bankers say boards that once dismissed unsolicited approaches out of hand now feel pressure from activist shareholders to at least engage, and depressed valuations have made mid-caps easy prey.",
        [],
    ),
    en(
        "The spread on merger-arbitrage positions in pending European takeovers has widened to its highest level since 2022, a sign that investors are pricing in more regulatory interventions.",
        [],
    ),
    en(
        "The logical buyer for loss-making kitchen maker Arden Home would be a larger rival such as Keswick Interiors, which could strip out duplicated showrooms. "
        "But there is no sign of a bid, and Arden's shares trade at a record low.",
        [],
        optional=[acq("Keswick Interiors", "Arden Home", R)],
    ),
    # ------------------------------------------------------------------ German
    # --- Bieterwettstreit, nachgebesserte Angebote
    de(
        "Im Bieterwettstreit um den Messtechnikhersteller Kaltenbach Sensorik hat die Schweizer Ruefli Holding ihr Angebot auf 48 Euro je Aktie erhöht und damit den US-Konkurrenten Brayton Instruments überboten, der zuletzt 45,50 Euro geboten hatte. "
        "Vorstand und Aufsichtsrat von Kaltenbach wollen beide Offerten prüfen.",
        [
            acq("Ruefli Holding", "Kaltenbach Sensorik", T),
            acq("Brayton Instruments", "Kaltenbach Sensorik", T),
        ],
    ),
    de(
        "Der Finanzinvestor Brandauer Capital hat im Übernahmekampf um den Bremer Logistiker Hanseatische Kühlkette aufgegeben. "
        "Man werde das auf 31 Euro je Aktie nachgebesserte Angebot des dänischen Wettbewerbers Skovgaard Transport nicht überbieten, teilte Brandauer mit.",
        [
            acq("Brandauer Capital", "Hanseatische Kühlkette", F),
            acq("Skovgaard Transport", "Hanseatische Kühlkette", T),
        ],
    ),
    de(
        "Die Familie Oberländer bessert nach: Für die restlichen Aktien des Kunststoffverarbeiters Weserplast bietet ihre Holding Oberländer Beteiligungen nun 22 statt 19,50 Euro, nachdem mehrere Fonds das ursprüngliche Angebot als zu niedrig zurückgewiesen hatten.",
        [acq("Oberländer Beteiligungen", "Weserplast", [A, T])],
    ),
    de(
        "Der Vorstand des Münchner Softwarehauses Lindwurm Systems empfiehlt den Aktionären nun doch die Annahme des Angebots von KKR. "
        "Der Finanzinvestor hatte seine Offerte zuvor um 3 Euro auf 41 Euro je Aktie aufgestockt.",
        [acq("KKR", "Lindwurm Systems", A)],
    ),
    de(
        "Mit dem dritten nachgebesserten Angebot binnen vier Wochen wird der Kampf um Altmühl Solar zur Materialschlacht: "
        "Der spanische Versorger Energía Cantábrica bietet nun 17,80 Euro je Aktie, der französische Rivale Solvence 17,20 Euro.",
        [
            acq("Energía Cantábrica", "Altmühl Solar", T),
            acq("Solvence", "Altmühl Solar", T),
        ],
    ),
    de(
        "Im Poker um den Dessauer Pumpenhersteller Muldetal Fluidtechnik ist die Entscheidung gefallen: Der Aufsichtsrat hat dem Verkauf an den Finanzinvestor Hohenfels Partners für 620 Millionen Euro zugestimmt. "
        "Der unterlegene Bieter, der Industriekonzern Garvey Pumps, hatte nach Informationen aus Verhandlungskreisen rund 20 Millionen Euro weniger geboten.",
        [
            acq("Hohenfels Partners", "Muldetal Fluidtechnik", A),
            acq("Garvey Pumps", "Muldetal Fluidtechnik", F),
        ],
    ),
    # --- feindliche Angebote, abgewiesene Avancen
    de(
        "Feindliche Übernahme: Der Maschinenbauer Trautwein & Söhne will den kleineren Konkurrenten Gerlach Antriebstechnik gegen den Willen von dessen Vorstand übernehmen und hat ein Angebot von 26 Euro je Aktie direkt an die Aktionäre gerichtet. "
        'Gerlach-Chefin Miriam Haslauer nannte die Offerte "opportunistisch".',
        [
            acq("Trautwein & Söhne", "Gerlach Antriebstechnik", T),
            pos("Miriam Haslauer", "Gerlach Antriebstechnik"),
        ],
    ),
    de(
        "Der Aufsichtsrat der Versicherungsgruppe Elbmark hat einen Übernahmevorstoß des niederländischen Konkurrenten Veenstra Verzekeringen zurückgewiesen. "
        "Der gebotene Preis von 3,1 Milliarden Euro spiegele den Wert des Unternehmens nicht wider, hieß es.",
        [acq("Veenstra Verzekeringen", "Elbmark", F)],
    ),
    de(
        "Trotz zweimaliger Abfuhr gibt Dorsch Industries nicht auf: Der Konzern hat sich über Finanzinstrumente Zugriff auf 18 Prozent der Kessler Armaturen AG gesichert und droht nun mit einem feindlichen Angebot.",
        [acq("Dorsch Industries", "Kessler Armaturen", T)],
        optional=[stake("Dorsch Industries", "Kessler Armaturen", C)],
    ),
    de(
        "Die Abwehrschlacht bei Hallstein Papier ist verloren: Nach Ablauf der weiteren Annahmefrist hält der finnische Bieter Kuusamo Paper 57 Prozent der Aktien. "
        "Hallstein-Vorstandschef Rüdiger Pohl kündigte seinen Rücktritt an.",
        [
            acq("Kuusamo Paper", "Hallstein Papier", C),
            dep("Rüdiger Pohl", "Hallstein Papier", A),
        ],
        optional=[pos("Rüdiger Pohl", "Hallstein Papier")],
    ),
    de(
        "Der Übernahmeversuch des Rüstungszulieferers Tannenhof Systems durch den britischen Konkurrenten Carvell Defence ist gescheitert: "
        "Die Bundesregierung untersagte den Erwerb nach einer Prüfung im Rahmen der Investitionskontrolle.",
        [acq("Carvell Defence", "Tannenhof Systems", F)],
    ),
    de(
        "Der Vorstand des Kölner Medienhauses Domblick Verlag lehnt das Angebot der Beteiligungsgesellschaft Stralsund Media Invest ab und rät den Aktionären, es nicht anzunehmen. "
        "Die gebotenen 14,20 Euro je Aktie lägen unter dem inneren Wert, heißt es in der begründeten Stellungnahme.",
        [acq("Stralsund Media Invest", "Domblick Verlag", [T, F])],
    ),
    # --- Annahmefristen, Annahmequoten, Umtauschangebote
    de(
        "Bis zum Ende der Annahmefrist wurden dem Finanzinvestor Greifenstein Partners 78 Prozent der Aktien des Laborausrüsters Medilab Wetzlar angedient. "
        "Die Mindestannahmeschwelle von 65 Prozent ist damit deutlich überschritten; der Vollzug wird nach den kartellrechtlichen Freigaben im ersten Quartal erwartet.",
        [acq("Greifenstein Partners", "Medilab Wetzlar", A)],
    ),
    de(
        "Die Annahmequote des Übernahmeangebots von Halvorsen Pumps für die Dortmunder Wegener Pumpen liegt eine Woche vor Fristende erst bei 23 Prozent. "
        "Halvorsen hat eine Mindestannahmeschwelle von 50 Prozent plus eine Aktie festgelegt.",
        [acq("Halvorsen Pumps", "Wegener Pumpen", [A, T])],
    ),
    de(
        "Das Übernahmeangebot des US-Konzerns Merriwether Health für den Diagnostikspezialisten Sonnwend Diagnostics ist vollzogen. "
        "Merriwether hält nun 91,4 Prozent der Aktien und strebt einen Beherrschungs- und Gewinnabführungsvertrag an.",
        [acq("Merriwether Health", "Sonnwend Diagnostics", C)],
    ),
    de(
        "Weil die Mindestannahmeschwelle von 75 Prozent verfehlt wurde, ist das Angebot der französischen Tavernier Groupe für den Tiefkühlkosthersteller Frostwerk Holstein erloschen. "
        "Angedient wurden lediglich 49,2 Prozent der Aktien.",
        [acq("Tavernier Groupe", "Frostwerk Holstein", F)],
    ),
    de(
        "Der Finanzinvestor Arlstein Capital hat die Annahmefrist für sein Angebot an die Aktionäre des Zahnimplantateherstellers Dentavis um zwei Wochen verlängert. "
        "Bislang wurden 52 Prozent der Aktien angedient; eine Mindestannahmeschwelle hatte Arlstein nicht vorgesehen.",
        [acq("Arlstein Capital", "Dentavis", [A, T])],
    ),
    de(
        "Nach Überschreiten der 30-Prozent-Schwelle muss die Wiener Holzinger Holding den übrigen Aktionären der Salzach Bau ein Pflichtangebot unterbreiten. "
        "Holzinger kündigte an, lediglich den gesetzlichen Mindestpreis von 12,40 Euro zu bieten, da man keine Mehrheit anstrebe.",
        [stake("Holzinger Holding", "Salzach Bau", CA)],
    ),
    de(
        "Der US-Konzern Callander Corp. hat den Aktionären des Kölner Spezialchemiekonzerns Rheinwerk Chemie ein Umtauschangebot unterbreitet: Je Rheinwerk-Aktie sollen 0,82 Callander-Aktien gewährt werden. "
        "Vorstand und Aufsichtsrat von Rheinwerk unterstützen das Angebot.",
        [acq("Callander", "Rheinwerk Chemie", A)],
    ),
    # --- Squeeze-out, Delisting, Spruchverfahren
    de(
        "Die Hauptversammlung der Lorenz Kabelwerke hat den Squeeze-out der Minderheitsaktionäre beschlossen. "
        "Der Hauptaktionär, die schwedische Ekholm Group, hält 96,2 Prozent und zahlt eine Barabfindung von 38,17 Euro je Aktie.",
        [acq("Ekholm Group", "Lorenz Kabelwerke", CA)],
    ),
    de(
        "Nach dem verschmelzungsrechtlichen Squeeze-out ist die Trollinger Weinkellerei AG nicht mehr börsennotiert. "
        "Die Aktien der Minderheitsaktionäre sind auf die Mehrheitseigentümerin Württemberger Getränke GmbH übergegangen, die bereits mehr als 90 Prozent hielt.",
        [acq("Württemberger Getränke", "Trollinger Weinkellerei", C)],
        optional=[mer(["Württemberger Getränke", "Trollinger Weinkellerei"], C)],
    ),
    de(
        "Das Delisting-Angebot der Mehrheitsaktionärin Sirrenberg Holding für die Sternberg Immobilien AG stößt auf Widerstand: "
        "Aktionärsschützer halten den gebotenen Durchschnittskurs von 8,90 Euro je Aktie für deutlich zu niedrig.",
        [acq("Sirrenberg Holding", "Sternberg Immobilien", [A, T])],
    ),
    de(
        "Spruchverfahren: Ehemalige Minderheitsaktionäre der Eisenwerk Hagedorn AG erhalten eine höhere Abfindung. "
        "Das Landgericht Dortmund hob die Barabfindung aus dem Squeeze-out durch den Mehrheitsaktionär Ruhrstahl Invest von 41 auf 46,50 Euro je Aktie an.",
        [acq("Ruhrstahl Invest", "Eisenwerk Hagedorn", C)],
    ),
    # --- Carve-outs, Finanzinvestoren, Konsortien
    de(
        "Der Industriekonzern Hellweg Technik verkauft seine Gebäudetechniksparte an ein Konsortium um den Finanzinvestor Baltrum Capital. "
        "Der Kaufpreis für die Einheit, die unter dem Namen Hellweg Building Systems firmiert, liegt nach Unternehmensangaben bei rund 1,2 Milliarden Euro.",
        [acq("Baltrum Capital", "Hellweg Building Systems", A)],
    ),
    de(
        "Carve-out bei Auerbach: Der Pharmakonzern hat die Abtrennung seines Generikageschäfts Auerbach Generics eingeleitet. "
        "Als Interessenten gelten laut Finanzkreisen die Finanzinvestoren EQT und Montfort Partners, die bis Ende Januar unverbindliche Angebote abgeben sollen.",
        [
            acq("EQT", "Auerbach Generics", R),
            acq("Montfort Partners", "Auerbach Generics", R),
        ],
    ),
    de(
        "Der Verkauf der Innenraumsparte Kronach Interior an den chinesischen Konzern Jinhua Auto Parts ist gescheitert. "
        "Die Käuferseite habe die nötige Genehmigung des Bundeswirtschaftsministeriums nicht rechtzeitig erhalten, teilte die Muttergesellschaft Kronach Automotive mit.",
        [acq("Jinhua Auto Parts", "Kronach Interior", F)],
    ),
    de(
        "Die Beteiligungsgesellschaft Ostwind Equity hat den Erwerb der Verpackungssparte des Konsumgüterkonzerns Veldener Werke abgeschlossen. "
        "Das Geschäft firmiert künftig als Velpack; Ostwind-Partner Henrik Sallmann übernimmt den Vorsitz im Beirat.",
        [
            acq("Ostwind Equity", "Velpack", C),
            pos("Henrik Sallmann", "Ostwind Equity"),
        ],
        optional=[posh("Henrik Sallmann", "Velpack"), hire("Henrik Sallmann", "Velpack", CA)],
    ),
    de(
        "Der Medizintechnikhersteller Lahnmed gehört nun dem Finanzinvestor Taunus Capital Partners. "
        "Die bisherige Eigentümerin, die Familienholding Dreyer, hatte Lahnmed im vergangenen Jahr zum Verkauf gestellt.",
        [acq("Taunus Capital Partners", "Lahnmed", C)],
        optional=[acq("Dreyer", "Lahnmed", C)],
    ),
    de(
        "Ein Konsortium unter Führung des Finanzinvestors Seeblick Partners, dem auch der Staatsfonds Gulf Horizon Investment angehört, übernimmt die Mehrheit am Rechenzentrumsbetreiber Datavault Frankfurt. "
        "Der bisherige Eigentümer, der Telekommunikationsanbieter Mainlink, behält 35 Prozent.",
        [acq("Seeblick Partners", "Datavault Frankfurt", CA)],
        optional=[
            acq("Gulf Horizon Investment", "Datavault Frankfurt", CA),
            stake("Mainlink", "Datavault Frankfurt", C),
        ],
    ),
    de(
        "Nach Informationen aus Finanzkreisen prüft der Chemiekonzern Sarnow den Verkauf seiner Pigmentsparte Sarnow Colors. "
        "Mit dem Finanzinvestor Blackstone liefen bereits exklusive Gespräche, hieß es.",
        [acq("Blackstone", "Sarnow Colors", TR)],
    ),
    de(
        "Der Familienkonzern Brüggemann hat seine Tochter Brüggemann Folien an den belgischen Wettbewerber Vandeputte Films verkauft. "
        "Über den Kaufpreis wurde Stillschweigen vereinbart; das Bundeskartellamt muss noch zustimmen.",
        [acq("Vandeputte Films", "Brüggemann Folien", A)],
    ),
    de(
        "Die Schweizer Beteiligungsgesellschaft Alpenrose Capital übernimmt vom Reisekonzern Nordsee Touristik dessen Hotelsparte Strandhotels Nord. "
        "Alpenrose zahlt 410 Millionen Euro, die Transaktion soll bis Ende März abgeschlossen sein.",
        [acq("Alpenrose Capital", "Strandhotels Nord", A)],
    ),
    de(
        "Der Finanzinvestor Elbtor Partners reicht den Messgerätehersteller Hygrotec nach fünf Jahren an den Branchenkollegen Lindenhof Capital weiter. "
        "Elbtor hatte Hygrotec 2020 von der Gründerfamilie gekauft.",
        [
            acq("Lindenhof Capital", "Hygrotec", CA),
            acq("Elbtor Partners", "Hygrotec", C),
        ],
    ),
    de(
        "Im Rahmen eines Management-Buy-outs übernehmen Geschäftsführer Jens Vollrath und zwei weitere Manager mit Unterstützung des Finanzinvestors Isarwerk Capital den Etikettenhersteller Labelprint Gersthofen vom Konzern Drucktechnik Süd.",
        [
            acq("Isarwerk Capital", "Labelprint Gersthofen", CA),
            pos("Jens Vollrath", "Labelprint Gersthofen"),
        ],
        optional=[acq("Jens Vollrath", "Labelprint Gersthofen", CA)],
    ),
    de(
        "Der Finanzinvestor Brandauer Capital steigt mit 30 Prozent beim Familienunternehmen Kügler Landtechnik ein und finanziert damit dessen Expansion in Osteuropa. "
        "Als erster Zukauf ist nach Angaben aus Unternehmenskreisen der polnische Erntemaschinenhersteller Agromasz im Gespräch.",
        [
            stake("Brandauer Capital", "Kügler Landtechnik", CA),
            acq("Kügler Landtechnik", "Agromasz", TR),
        ],
    ),
    # --- Beteiligungsaufbau
    de(
        "Der Autozulieferer Brenner Mobility stockt seine Beteiligung an dem Batteriespezialisten Voltaris auf 25 Prozent auf und sichert sich damit eine Sperrminorität.",
        [stake("Brenner Mobility", "Voltaris", CA)],
    ),
    de(
        "Die Investmentgesellschaft Valkenburg Partners hat ihren Anteil an der Baumarktkette Hammerl in mehreren Schritten auf 10,3 Prozent ausgebaut, wie aus Stimmrechtsmitteilungen hervorgeht. "
        "Valkenburg gilt als aktivistischer Investor und fordert eine Aufspaltung des Konzerns.",
        [stake("Valkenburg Partners", "Hammerl", C)],
    ),
    de(
        "Allianz hat ihren Anteil an der Windparkgesellschaft Nordküste Offshore von 24,9 auf 49,9 Prozent erhöht und dafür 380 Millionen Euro an den Projektentwickler Wattmeer Energie gezahlt.",
        [stake("Allianz", "Nordküste Offshore", C)],
        optional=[stake("Wattmeer Energie", "Nordküste Offshore", C)],
    ),
    de(
        "Durch den Zukauf eines Aktienpakets von der Gründerfamilie kommt die Pohlmann Gruppe beim Zementhersteller Oderkalk nun auf 52 Prozent und erlangt damit die Kontrolle.",
        [acq("Pohlmann Gruppe", "Oderkalk", C)],
    ),
    de(
        "Großaktionär Karsten Voigt hat seine Beteiligung an der Modekette Fellner reduziert: Er verkaufte ein Paket von 7 Prozent an den Hedgefonds Marlin Peak, bleibt aber mit 21 Prozent größter Einzelaktionär.",
        [stake("Marlin Peak", "Fellner", C)],
        optional=[stake("Karsten Voigt", "Fellner", C)],
    ),
    # --- Kartellbehörden, Investitionsprüfung
    de(
        "Das Bundeskartellamt hat die geplante Übernahme des Baustoffhändlers Kemna Baustoffe durch den Wettbewerber Stahlhut untersagt. "
        "Durch den Zusammenschluss wäre in Nordwestdeutschland ein marktbeherrschender Anbieter entstanden, erklärte die Behörde.",
        [acq("Stahlhut", "Kemna Baustoffe", F)],
    ),
    de(
        "Die EU-Kommission hat eine vertiefte Prüfung der geplanten Fusion der Schienenfahrzeugbauer Ostrava Rail und Wendt Bahntechnik eingeleitet. "
        "Die Unternehmen hatten den Zusammenschluss im Frühjahr angekündigt.",
        [mer(["Ostrava Rail", "Wendt Bahntechnik"], A)],
    ),
    de(
        "Grünes Licht aus Bonn: Das Bundeskartellamt hat die Übernahme des Mineralwasserabfüllers Quellhof durch den Getränkekonzern Alpquell ohne Auflagen freigegeben. "
        "Der Vollzug ist für Anfang Dezember geplant.",
        [acq("Alpquell", "Quellhof", A)],
    ),
    de(
        "Nur mit Auflagen genehmigte die EU-Kommission die Übernahme des Saatgutzüchters Feldmark durch den dänischen Agrarkonzern Havbro: Havbro muss sein Rapszuchtgeschäft an einen Dritten abgeben. "
        "Die Transaktion wurde am Montag vollzogen.",
        [acq("Havbro", "Feldmark", C)],
    ),
    de(
        "Wegen kartellrechtlicher Bedenken hat der Versicherungsmakler Lüders & Partner den geplanten Kauf des Konkurrenten Assekuranz Kontor abgeblasen. "
        "Das Bundeskartellamt hatte zuvor signalisiert, den Zusammenschluss nicht ohne weitreichende Zusagen freizugeben.",
        [acq("Lüders & Partner", "Assekuranz Kontor", F)],
    ),
    de(
        "Die britische Wettbewerbsbehörde CMA prüft die Übernahme des Londoner Softwareanbieters Thamesbyte durch die Darmstädter Lichtenau Software. "
        "Eine Entscheidung über die Einleitung einer vertieften Prüfung soll bis Mitte Januar fallen.",
        [acq("Lichtenau Software", "Thamesbyte", A)],
    ),
    # --- abgesagte Deals
    de(
        "Die Fusionsgespräche zwischen der Volksbank Ammertal und der Raiffeisenbank Lechfeld sind geplatzt. "
        "Man habe sich nicht über die künftige Führungsstruktur einigen können, hieß es aus beiden Häusern.",
        [mer(["Volksbank Ammertal", "Raiffeisenbank Lechfeld"], F)],
    ),
    de(
        "Der Kabelnetzbetreiber Fernwelt hat die Verhandlungen über den Erwerb des Glasfaseranbieters Lichtnetz Nord abgebrochen. "
        "Die Preisvorstellungen seien zu weit auseinandergelegen, sagte Fernwelt-Finanzchef Matthias Krebs.",
        [
            acq("Fernwelt", "Lichtnetz Nord", F),
            pos("Matthias Krebs", "Fernwelt"),
        ],
    ),
    de(
        "Aus der Fusion zweier Mittelständler wird nichts: Die Gesellschafter der Maschinenfabrik Kühnle haben dem Zusammenschluss mit der Ortwein Werkzeugbau nicht zugestimmt.",
        [mer(["Maschinenfabrik Kühnle", "Ortwein Werkzeugbau"], F)],
    ),
    # --- Dementis und Gerüchte
    de(
        "Der Pharmakonzern Neckarpharm hat Berichte über ein Übernahmeinteresse an dem Biotechunternehmen Cellora dementiert. "
        '"Wir führen keine Gespräche", sagte ein Sprecher.',
        [acq("Neckarpharm", "Cellora", D)],
    ),
    de(
        "Die Aktie der Immobiliengesellschaft Wohnwert Rhein stieg um zwölf Prozent, nachdem ein Bericht über ein mögliches Angebot des schwedischen Konkurrenten Bostad Norden die Runde gemacht hatte. "
        "Bostad Norden wollte sich nicht äußern.",
        [acq("Bostad Norden", "Wohnwert Rhein", R)],
    ),
    de(
        "Ein Sprecher der Beteiligungsgesellschaft Rheintal Capital wies einen Medienbericht zurück, wonach das Unternehmen den Verkauf seiner Mehrheit am Fensterbauer Holzmann Fenster an den Wettbewerber Vitrea vorbereite.",
        [acq("Vitrea", "Holzmann Fenster", D)],
        optional=[acq("Rheintal Capital", "Holzmann Fenster", C)],
    ),
    # --- Fusionen unter Gleichen
    de(
        "Die Spezialchemiehersteller Wendland Chemie und Isarchem wollen sich zu einem Konzern mit rund vier Milliarden Euro Umsatz zusammenschließen. "
        "Die Aktionäre beider Seiten sollen je zur Hälfte am neuen Unternehmen beteiligt sein, das von Wendland-Chef Bernd Köhler geführt werden soll.",
        [
            mer(["Wendland Chemie", "Isarchem"], A),
            pos("Bernd Köhler", "Wendland Chemie"),
        ],
    ),
    de(
        "Die Direktversicherer Hansa Direkt und Medius Versicherung haben ihre Verschmelzung abgeschlossen; das fusionierte Unternehmen firmiert seit dem 1. Oktober als Hansamed.",
        [mer(["Hansa Direkt", "Medius Versicherung"], C)],
    ),
    de(
        "Geht es nach dem aktivistischen Investor Corvid Capital, sollen die Logistiker Emsland Spedition und Weserfracht fusionieren. "
        "Die Vorstände beider Unternehmen lehnen einen Zusammenschluss bislang ab.",
        [mer(["Emsland Spedition", "Weserfracht"], ANY)],
    ),
    # --- Gemeinschaftsunternehmen
    de(
        "Die Stadtwerke Kaltenfeld und der Projektierer Windkraft Brandt gründen ein Gemeinschaftsunternehmen für Solarparks in Brandenburg, an dem beide Partner je zur Hälfte beteiligt sind.",
        [par(["Stadtwerke Kaltenfeld", "Windkraft Brandt"], A)],
    ),
    de(
        "Der Stahlkonzern Saarhütte und der japanische Konzern Morikawa Steel legen ihre Elektroband-Geschäfte in einem Gemeinschaftsunternehmen zusammen, an dem Saarhütte 60 Prozent halten wird.",
        [mer(["Saarhütte", "Morikawa Steel"], A, types=[MER, PAR])],
    ),
    # --- Personalien rund um Deals
    de(
        "Nach der Übernahme durch den französischen Konzern Valmoret verlässt Vorstandschef Klaus Eberhard den Armaturenhersteller Schellberg zum Jahresende. "
        "Sein Nachfolger wird Valmoret-Manager Jean-Luc Artaud.",
        [
            acq("Valmoret", "Schellberg", C),
            dep("Klaus Eberhard", "Schellberg", A),
            hire("Jean-Luc Artaud", "Schellberg", A),
            pos("Jean-Luc Artaud", "Valmoret"),
        ],
        optional=[pos("Klaus Eberhard", "Schellberg")],
    ),
    de(
        "Die Investmentbank Hollerith & Cie hat einen Dealmaker von der Konkurrenz abgeworben: Stefan Marquardt, bisher Leiter des Deutschland-Geschäfts für Fusionen und Übernahmen bei Bramwell Brothers, wird zum 1. April Partner in Frankfurt.",
        [
            poa("Hollerith & Cie", "Bramwell Brothers", C),
            hire("Stefan Marquardt", "Hollerith & Cie", A),
            dep("Stefan Marquardt", "Bramwell Brothers", CA),
        ],
        optional=[pos("Stefan Marquardt", "Bramwell Brothers")],
    ),
    de(
        "Der Finanzinvestor Seeblick Partners holt sich Industrieerfahrung: Der frühere Vorstandschef des Maschinenbauers Vellmar Industrietechnik, Ulrich Degenhardt, wird Operating Partner und soll die Industriebeteiligungen betreuen.",
        [
            hire("Ulrich Degenhardt", "Seeblick Partners", A),
            pos("Ulrich Degenhardt", "Vellmar Industrietechnik"),
        ],
        optional=[dep("Ulrich Degenhardt", "Vellmar Industrietechnik", C)],
    ),
    de(
        "Nach dem gescheiterten Übernahmeversuch bei Elbmark zieht Veenstra Konsequenzen: Strategiechef Pieter de Wit, der das Angebot vorangetrieben hatte, verlässt das Unternehmen mit sofortiger Wirkung.",
        [
            acq("Veenstra", "Elbmark", F),
            dep("Pieter de Wit", "Veenstra", C),
        ],
        optional=[pos("Pieter de Wit", "Veenstra")],
    ),
    de(
        "Nach dem Vollzug der Übernahme durch den Finanzinvestor Montfort Partners ist der Aufsichtsrat des Spezialpapierherstellers Traunsee Feinpapier neu besetzt worden: "
        "Vorsitzender ist nun Montfort-Partner Felix Ranke, der den langjährigen Chefaufseher Horst Lindner ablöst.",
        [
            acq("Montfort Partners", "Traunsee Feinpapier", C),
            hire("Felix Ranke", "Traunsee Feinpapier", C),
            dep("Horst Lindner", "Traunsee Feinpapier", C),
            pos("Felix Ranke", "Montfort Partners"),
        ],
        optional=[pos("Horst Lindner", "Traunsee Feinpapier")],
    ),
    de(
        "Der Übernahmeanwalt Florian Achterberg wechselt von der Kanzlei Brückner Hallstatt zum US-Finanzinvestor Castlegate Partners, wo er als General Counsel Europe die Transaktionen des Hauses verantworten wird.",
        [
            hire("Florian Achterberg", "Castlegate Partners", CA),
            dep("Florian Achterberg", "Brückner Hallstatt", CA),
        ],
        optional=[poa("Castlegate Partners", "Brückner Hallstatt", CA)],
    ),
    # --- keine Ereignisse: Marktkommentar
    de(
        "Der deutsche M&A-Markt bleibt im Krisenmodus: Im dritten Quartal sank das Volumen angekündigter Transaktionen mit deutscher Beteiligung um 18 Prozent auf 21 Milliarden Euro. "
        "Vor allem Finanzinvestoren hielten sich wegen der hohen Finanzierungskosten zurück.",
        [],
    ),
    de(
        "Übernahmerechtler beobachten eine Zunahme von Angeboten ohne Mindestannahmeschwelle. "
        "Bieter wollten sich so den Zugriff auf Unternehmen mit zersplitterter Aktionärsstruktur sichern, heißt es in Kanzleikreisen.",
        [],
    ),
    de(
        "Kommentar: Wer im Mittelstand verkaufen will, muss sich derzeit auf zähe Verhandlungen einstellen. "
        "Käufer verlangen Garantien, Earn-outs und Kaufpreiseinbehalte – der Abstand zwischen den Preisvorstellungen ist so groß wie seit Jahren nicht.",
        [],
    ),
    de(
        "Für den angeschlagenen Leuchtenhersteller Lichtwerk Aurich wäre ein strategischer Käufer wie der niederländische Konkurrent Van Leeuwen Lighting die naheliegende Lösung, meinen Analysten. "
        "Hinweise auf Gespräche gibt es bislang allerdings nicht.",
        [],
        optional=[acq("Van Leeuwen Lighting", "Lichtwerk Aurich", R)],
    ),
    de(
        "Die Börse hat die Übernahmefantasie bei Nebenwerten wiederentdeckt: Der SDax hat seit Jahresbeginn 14 Prozent zugelegt, angetrieben von Spekulationen über Gebote von Finanzinvestoren.",
        [],
    ),
]
