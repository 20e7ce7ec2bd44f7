# ruff: noqa: E501
"""Challenge set v31: regional business press and trade-magazine reports on mid-sized industrial, software, fintech and health-tech firms (English and German), held out.

Funding rounds with lead investors, stake purchases and sales, joint ventures,
takeover bids that were rejected, withdrawn, blocked or denied, mergers of
equals, and management changes, mixed with distractors (earnings, product
launches, analysts' ratings, lawsuits) that should produce no event.

Written blind by a helper on 2026-11-27, for error analysis. The helper did not
look at the extractor's code, its tests, the other challenge sets or the dev
corpora; all passages and names (apart from a few well-known real companies used
as counterparties) are invented.

Conventions used in this file:

- Names are written as in the text, without legal forms (AG, GmbH, Inc., Corp.).
- Funding rounds: one investment event per named investor (lead, co-lead,
  participating existing investors, named business angels); completed once the
  money has been raised.
- Minority stakes use ``stake()``; majority or full takeovers use ``acq()``. When a
  holder sells a stake, the buyer is the acquirer; the seller is a side role and
  gets no event of its own.
- Earlier deals reported as events ("acquired X in 2022", "first invested in
  2019") are required with status completed; mere ownership statements ("owned
  by", "majority-owned since", "held 35%") are optional.
- Takeover bids rejected by the target, withdrawn, lapsed, or prohibited by a
  regulator are failed; a live offer (hostile or improved) is in_talks; hedged
  reports of talks ("people familiar with the matter", "soll ... verhandeln")
  accept in_talks or rumored; "considering/weighing/prüft" alone is rumored; a
  party's denial is denied.
- Joint ventures and signed cooperation or licensing agreements are partnerships
  with status completed or announced (CA).
- Hires and departures with a future effective date are announced; a person in
  office or already gone is completed. Internal promotions, interim and acting
  roles use ``posh()``. A CEO moving to the supervisory board counts as a
  departure from the CEO role.
- "joins from Y", "moves from Y", "left Y" make a departure from Y required;
  "former/previously ... of Y" makes a position at Y required and the departure
  optional.
- Every named person with a stated role at a named organisation gets a position
  (including analysts and spokespeople); a position that duplicates an annotated
  hire or departure (same person and organisation) is optional.
- Poaching: staff actually lured away is completed, an attempt under way is
  in_talks, an offer turned down is failed.
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
    # --- funding rounds
    en(
        "Lindqvara Health, a Gothenburg-based maker of remote cardiac-monitoring software, has raised €48 million in a Series B round led by Nordhaven Ventures, the company said on Tuesday. "
        "Existing investors Calder Peak Capital and Brunnvik Partners also took part. "
        "Chief executive Maja Ostrand said the money would pay for an expansion into Germany and the Benelux countries in the second half of 2026.",
        [
            inv("Nordhaven Ventures", "Lindqvara Health", C),
            inv("Calder Peak Capital", "Lindqvara Health", C),
            inv("Brunnvik Partners", "Lindqvara Health", C),
            pos("Maja Ostrand", "Lindqvara Health"),
        ],
    ),
    en(
        "Ferrovane, a Leeds-based fintech that automates invoice financing for small manufacturers, is in talks to raise about £30m in fresh capital, according to three people familiar with the matter. "
        "US growth investor Tarrowby Capital is expected to lead the round, which could value the company at more than £200m, the people said. "
        "Ferrovane declined to comment.",
        [
            inv("Tarrowby Capital", "Ferrovane", TR),
        ],
    ),
    en(
        "Quellmark Robotics closed a $75 million Series C on Wednesday. "
        "The round was led by Orsolan Capital, with participation from Next47, the venture arm of Siemens, and existing backer Kessford Ventures. "
        "The Pittsburgh company, which builds autonomous palletising cells for food plants, last raised money in 2023, when Kessford led a $22 million Series B.",
        [
            inv("Orsolan Capital", "Quellmark Robotics", C),
            inv("Next47", "Quellmark Robotics", C),
            inv("Kessford Ventures", "Quellmark Robotics", C),
        ],
        optional=[inv("Siemens", "Quellmark Robotics", C)],
    ),
    en(
        "Dravik Payments, which lets wholesalers in Eastern Europe accept instant bank transfers, has secured $12m in seed funding from a group of investors led by Harrowgate Ventures. "
        "Angel investors in the round include Tomas Brecker, the former chief financial officer of Amsterdam payments group Solvanta.",
        [
            inv("Harrowgate Ventures", "Dravik Payments", C),
            inv("Tomas Brecker", "Dravik Payments", C),
            pos("Tomas Brecker", "Solvanta"),
        ],
        optional=[dep("Tomas Brecker", "Solvanta", ANY)],
    ),
    en(
        "Berlin-based health-tech company Sanovio has completed a €95m Series C financing round co-led by General Atlantic and Helvorn Capital. "
        "In addition, the European Investment Bank has provided a €20m venture-debt facility, Sanovio said in a statement on Thursday. "
        "The company's app-based programmes for back-pain patients are reimbursed by most German statutory health insurers.",
        [
            inv("General Atlantic", "Sanovio", C),
            inv("Helvorn Capital", "Sanovio", C),
        ],
        optional=[inv("European Investment Bank", "Sanovio", C)],
    ),
    en(
        "Plans by Ostrava-based software firm Kavlico to raise new capital from Luxembourg investor Greyfen Partners have collapsed after the two sides failed to agree on a valuation, two people close to the talks said. "
        "Kavlico, which makes scheduling software for hospitals, now intends to finance its expansion from operating cash flow.",
        [
            inv("Greyfen Partners", "Kavlico", F),
        ],
    ),
    en(
        "Cash-flow forecasting start-up Pellavio said on Thursday it had raised $40m from Index Ventures and Ribbit Capital and would use part of the money to buy London-based rival Tillworth Analytics. "
        "The acquisition, whose terms were not disclosed, is expected to close before the end of the year.",
        [
            inv("Index Ventures", "Pellavio", C),
            inv("Ribbit Capital", "Pellavio", C),
            acq("Pellavio", "Tillworth Analytics", A),
        ],
    ),
    en(
        "Copenhagen health-tech firm Vireska has added $15m to its Series A, bringing the round to $42m. "
        "The extension was led by Novo Holdings; the original tranche, announced in March, was led by Balderton Capital.",
        [
            inv("Novo Holdings", "Vireska", C),
            inv("Balderton Capital", "Vireska", C),
        ],
    ),
    # --- stake purchases and sales
    en(
        "Industrial group Tarvelle Holdings has bought a 24.9% stake in Brixmoor Hydraulics, a family-owned maker of hydraulic cylinders based in Ohio, for an undisclosed sum. "
        "The agreement gives Tarvelle an option to take full control of Brixmoor by 2028, the companies said last Tuesday.",
        [
            stake("Tarvelle Holdings", "Brixmoor Hydraulics", C),
        ],
    ),
    en(
        "Venture investor Aldmere Capital has sold its 18% holding in Norwegian fish-farming software company Havtrek to Cargill for roughly $60m, according to a filing with the Brønnøysund register. "
        "Aldmere first invested in Havtrek in 2019, when the company had fewer than 20 employees.",
        [
            stake("Cargill", "Havtrek", C),
            stake("Aldmere Capital", "Havtrek", C),
        ],
    ),
    en(
        "Varnholt Asset Management has raised its stake in Swiss medtech supplier Orvena to 12.4% from 9.8%, a regulatory filing showed on Monday.",
        [
            stake("Varnholt Asset Management", "Orvena", C),
        ],
    ),
    en(
        "Japanese trading house Mitsui is weighing a minority investment in Dutch battery-management software maker Strovell, according to people familiar with the matter. "
        "A stake of around 20% is being discussed, although no final decision has been made, the people said. "
        "Mitsui and Strovell declined to comment.",
        [
            stake("Mitsui", "Strovell", TR),
        ],
    ),
    en(
        "Corbrook Partners on Thursday denied a newspaper report that it had built up a stake of more than 5% in packaging-machinery maker Ellwin Group. "
        "'We hold no position in Ellwin,' a spokesman for the London hedge fund said.",
        [
            stake("Corbrook Partners", "Ellwin Group", D),
        ],
    ),
    en(
        "Flensmark Energy said it would sell a 49% stake in its grid-software unit Voltreon to infrastructure investor Halcyra Capital for €310m. "
        "The transaction is expected to close in the first half of 2026, subject to approval by Germany's Federal Cartel Office.",
        [
            stake("Halcyra Capital", "Voltreon", A),
        ],
    ),
    en(
        "Danish pension fund Norvik Pension has dropped plans to buy a 30% stake in offshore-wind service company Skjoldhavn Marine from its founders, citing higher interest rates. "
        "The two sides had been negotiating since the spring.",
        [
            stake("Norvik Pension", "Skjoldhavn Marine", F),
        ],
    ),
    en(
        "Activist investor Carrow Lane Capital has disclosed a 6.2% stake in Aberdeen-based oilfield-software firm Pentwell Systems and is pushing the company to explore a sale. "
        "In a letter to the board, Carrow Lane partner Josephine Amery said Pentwell's shares had 'chronically underperformed' its peers.",
        [
            stake("Carrow Lane Capital", "Pentwell Systems", C),
            pos("Josephine Amery", "Carrow Lane Capital"),
        ],
    ),
    # --- acquisitions announced, pending, completed
    en(
        "Dutch software house Kerrivan has agreed to buy Polish payroll-software developer Zelwik for about €85m, its largest deal to date. "
        "Kerrivan, which acquired Belgian HR-app maker Trunova in 2022, expects the transaction to close by the end of the third quarter.",
        [
            acq("Kerrivan", "Zelwik", A),
            acq("Kerrivan", "Trunova", C),
        ],
    ),
    en(
        "Harlow-based Mentrix Engineering has completed its acquisition of precision-casting specialist Dunsford Alloys, three months after the deal was first announced. "
        "Dunsford's managing director, Gareth Pyle, will stay on to run the business as a division of Mentrix.",
        [
            acq("Mentrix Engineering", "Dunsford Alloys", C),
            pos("Gareth Pyle", "Dunsford Alloys"),
        ],
        optional=[pos("Gareth Pyle", "Mentrix Engineering")],
    ),
    en(
        "Thermo Fisher Scientific is nearing a deal to buy Laboveo, a German laboratory-automation company owned by private-equity firm Ravelston Capital, for about $1.2bn, people familiar with the matter said. "
        "An announcement could come as soon as next week, although the talks could still fall apart.",
        [
            acq("Thermo Fisher Scientific", "Laboveo", TR),
        ],
        optional=[acq("Ravelston Capital", "Laboveo", C)],
    ),
    en(
        "Ostrander Controls bought Finnish industrial-IoT start-up Kalmvik last month, a company spokeswoman confirmed on Friday. "
        "Financial terms were not disclosed. "
        "Kalmvik's 35 engineers will form the core of a new development centre in Tampere.",
        [
            acq("Ostrander Controls", "Kalmvik", C),
        ],
    ),
    en(
        "Swiss industrial conglomerate Oerlinden has agreed to sell its metering division, Oerlinden Metering, to US private-equity firm Kelso & Company for CHF 450m. "
        "The unit employs 2,100 people in six countries; the sale is expected to be completed in the spring.",
        [
            acq("Kelso & Company", "Oerlinden Metering", A),
        ],
    ),
    en(
        "Veltrano Software, which was itself taken over by Swedish group Addnode in 2021, has acquired Hollwerk Digital, a Graz-based developer of construction-costing software, for an undisclosed amount. "
        "The deal closed on 3 November, according to the trade magazine Construction Computing.",
        [
            acq("Veltrano Software", "Hollwerk Digital", C),
            acq("Addnode", "Veltrano Software", C),
        ],
    ),
    # --- takeover bids: rejected, withdrawn, blocked, denied, live
    en(
        "The board of Scottish pump maker Glenrothy Engineering has rejected an unsolicited 410p-a-share takeover proposal from US rival Parnell Fluid Systems, saying it 'significantly undervalues' the company and its prospects. "
        "Parnell said later on Monday that it did not intend to improve its proposal and would walk away.",
        [
            acq("Parnell Fluid Systems", "Glenrothy Engineering", F),
        ],
    ),
    en(
        "Vantorra Group has withdrawn its €2.1bn offer for Italian valve maker Cesarotti Valvole after failing to win the support of the founding family, which controls 38% of the shares. "
        "Vantorra had raised its bid twice since June.",
        [
            acq("Vantorra Group", "Cesarotti Valvole", F),
        ],
    ),
    en(
        "The UK Competition and Markets Authority has blocked Halvard Diagnostics' planned £640m purchase of rival testing-kit maker Pennrose Bio, arguing that the deal would have left NHS laboratories with too few suppliers. "
        "Halvard said it was disappointed by the decision but would not appeal.",
        [
            acq("Halvard Diagnostics", "Pennrose Bio", F),
        ],
    ),
    en(
        "A spokesperson for Brennick Software on Monday denied that the company was in talks to acquire Danish e-invoicing provider Skovlund Data, calling a report in the newspaper Børsen 'pure speculation'.",
        [
            acq("Brennick Software", "Skovlund Data", D),
        ],
    ),
    en(
        "Aurelion Industries launched a hostile $38-a-share bid for conveyor-belt maker Tresk Corp. on Monday, taking its offer directly to shareholders after Tresk's board twice rebuffed its approaches. "
        "The tender offer runs until January 15.",
        [
            acq("Aurelion Industries", "Tresk", T),
        ],
    ),
    en(
        "Solvang Capital has sweetened its offer for Hamburg-listed logistics-software firm Trevasto to €27 per share after its first proposal was turned down last month. "
        "Trevasto's management board said it would review the improved offer carefully.",
        [
            acq("Solvang Capital", "Trevasto", T),
        ],
    ),
    en(
        "Shares in Irish medtech Corriban Medical rose 9% in Dublin on Wednesday after Sky News reported that Boston Scientific was studying a possible bid for the company. "
        "Neither company commented.",
        [
            acq("Boston Scientific", "Corriban Medical", R),
        ],
    ),
    en(
        "Nexaro Pharma's chief executive, Ines Waldau, dismissed speculation that the company was preparing an offer for rival Oberlin Biologics. "
        "'We are not in talks with anyone,' she told reporters at the company's capital markets day in Basel.",
        [
            acq("Nexaro Pharma", "Oberlin Biologics", D),
            pos("Ines Waldau", "Nexaro Pharma"),
        ],
    ),
    en(
        "US buyout firm Dunlevy Partners said on Friday that it does not intend to make an offer for British fintech Crestmoor Lending, ending weeks of speculation about a possible £300m bid. "
        "Under UK takeover rules, Dunlevy is now barred from bidding for Crestmoor for six months.",
        [
            acq("Dunlevy Partners", "Crestmoor Lending", [F, D]),
        ],
    ),
    en(
        "The sale of Ohio drone-component maker Skyrell Dynamics to Fenghua Capital, a Hong Kong-based investment firm, has been blocked on national-security grounds by the Committee on Foreign Investment in the United States, the companies said. "
        "Fenghua had agreed in March to pay $210m for the business.",
        [
            acq("Fenghua Capital", "Skyrell Dynamics", F),
        ],
    ),
    en(
        "Talks between Marwick Instruments and Canadian sensor maker Lavoisne Technologies about a merger of equals have ended without an agreement, Marwick said in a brief statement on Wednesday. "
        "The two companies had confirmed in September that they were in discussions.",
        [
            mer(["Marwick Instruments", "Lavoisne Technologies"], F),
        ],
    ),
    # --- mergers of equals
    en(
        "Mid-sized US payment processors Clarbrook Payments and Tenvara Financial agreed on Thursday to combine in an all-stock merger of equals that will create a company with annual revenue of about $900m. "
        "Clarbrook CEO Ray Duvall will lead the combined group, while Tenvara chief Sandra Okafor will become executive chair. "
        "The deal is expected to close in the second quarter of 2026.",
        [
            mer(["Clarbrook Payments", "Tenvara Financial"], A),
            pos("Ray Duvall", "Clarbrook Payments"),
            pos("Sandra Okafor", "Tenvara Financial"),
        ],
    ),
    en(
        "The merger of Dutch machine-vision firms Optivane and Kestrova was completed on 1 October, creating Optikess, the companies said. "
        "The combined group employs around 1,400 people and expects revenue of €260m in 2026.",
        [
            mer(["Optivane", "Kestrova"], C),
        ],
    ),
    en(
        "The European Commission has prohibited the planned merger of rail-signalling suppliers Valcoris and Brantheim Systems, concluding that the combination would have removed the only serious competitor in several national markets. "
        "It is the third deal the Commission has blocked this year.",
        [
            mer(["Valcoris", "Brantheim Systems"], F),
        ],
    ),
    en(
        "Regional software groups Tallis Data and Merevo confirmed on Tuesday that they are in advanced talks about a merger that would create Scandinavia's largest provider of software for municipalities. "
        "No agreement has been signed yet, they said.",
        [
            mer(["Tallis Data", "Merevo"], T),
        ],
    ),
    en(
        "Swiss banking-software vendor Varenta said there was 'no truth' to a report that it was discussing a merger with Frankfurt-based rival Aurivo Systems. "
        "Aurivo declined to comment.",
        [
            mer(["Varenta", "Aurivo Systems"], D),
        ],
    ),
    # --- joint ventures and partnerships
    en(
        "Dutch steelmaker Harnveld and hydrogen-technology specialist Electrova have set up a 50-50 joint venture to build an electrolyser plant in Rotterdam, the companies announced on Monday. "
        "The venture, to be called H2Harn, is scheduled to start production in 2027.",
        [
            par(["Harnveld", "Electrova"], CA),
        ],
    ),
    en(
        "Reinsurer Bravelle Re and London health-tech start-up Mednomy have signed a partnership under which Mednomy's AI triage tool will be offered to the policyholders of Bravelle's primary-insurance clients from January.",
        [
            par(["Bravelle Re", "Mednomy"], CA),
        ],
    ),
    en(
        "Talks on a battery joint venture between Swedish truck maker Vellstrom and China's CATL have broken down over the question of who would control the cell technology, people familiar with the matter said.",
        [
            par(["Vellstrom", "CATL"], F),
        ],
    ),
    en(
        "Osterholt Medical has terminated its distribution agreement with US device maker Calbrea Surgical, two years after the partnership was signed, and will sell its own line of surgical staplers instead.",
        [
            par(["Osterholt Medical", "Calbrea Surgical"], ANY),
        ],
    ),
    en(
        "Oberlin Biologics has licensed its antibody-manufacturing platform to South Korea's Samsung Biologics in a deal worth up to $300m in milestone payments, the company said on Wednesday. "
        "Oberlin's shares rose 11%.",
        [
            par(["Oberlin Biologics", "Samsung Biologics"], CA),
        ],
    ),
    en(
        "Indian IT group Wipro and Dublin fintech Corlatis will form a joint venture to sell core-banking software in the Gulf region, with Wipro holding 60% and Corlatis 40%. "
        "The agreement was signed in Dubai last Tuesday, Corlatis chief executive Aidan Kearney said.",
        [
            par(["Wipro", "Corlatis"], CA),
            pos("Aidan Kearney", "Corlatis"),
        ],
    ),
    # --- management changes
    en(
        "Kerrivan has appointed Lotte Brandsma as chief financial officer, effective 1 February 2026. "
        "Brandsma joins from Dutch telecoms group KPN, where she is currently head of group control. "
        "She succeeds Pieter Vos, who is retiring after eleven years in the role.",
        [
            hire("Lotte Brandsma", "Kerrivan", A),
            dep("Lotte Brandsma", "KPN", A),
            dep("Pieter Vos", "Kerrivan", A),
        ],
        optional=[
            pos("Lotte Brandsma", "Kerrivan"),
            pos("Lotte Brandsma", "KPN"),
            pos("Pieter Vos", "Kerrivan"),
        ],
    ),
    en(
        "Brixmoor Hydraulics said on Friday that chief executive Dan Kowalczyk had left the company with immediate effect 'by mutual agreement'. "
        "Chief operating officer Helen Marsh will serve as interim CEO while the board searches for a permanent successor.",
        [
            dep("Dan Kowalczyk", "Brixmoor Hydraulics", C),
            posh("Helen Marsh", "Brixmoor Hydraulics"),
        ],
        optional=[pos("Dan Kowalczyk", "Brixmoor Hydraulics")],
    ),
    en(
        "Shareholders of Orvena elected former Novartis executive Ruedi Kessel as chairman of the board at Wednesday's annual meeting in Zug. "
        "Kessel replaces Anna-Lena Hug, who did not stand for re-election after nine years.",
        [
            hire("Ruedi Kessel", "Orvena", C),
            pos("Ruedi Kessel", "Novartis"),
            dep("Anna-Lena Hug", "Orvena", C),
        ],
        optional=[
            dep("Ruedi Kessel", "Novartis", ANY),
            pos("Ruedi Kessel", "Orvena"),
            pos("Anna-Lena Hug", "Orvena"),
        ],
    ),
    en(
        "Ferrovane co-founder and chief technology officer Priya Lal is leaving the fintech to start a new venture, the company said in a LinkedIn post. "
        "She will remain an adviser until March; her responsibilities pass to engineering vice president Tom Aske.",
        [
            dep("Priya Lal", "Ferrovane", CA),
            posh("Tom Aske", "Ferrovane"),
        ],
        optional=[pos("Priya Lal", "Ferrovane")],
    ),
    en(
        "Halvard Diagnostics has hired Marcus Feld, the head of European sales at rival Pennrose Bio, along with six members of his team, in a move that Pennrose described as a 'coordinated raid'. "
        "Pennrose said it was examining legal action.",
        [
            hire("Marcus Feld", "Halvard Diagnostics", C),
            dep("Marcus Feld", "Pennrose Bio", C),
            poa("Halvard Diagnostics", "Pennrose Bio", C),
        ],
        optional=[
            pos("Marcus Feld", "Pennrose Bio"),
            pos("Marcus Feld", "Halvard Diagnostics"),
        ],
    ),
    en(
        "Amazon Robotics tried earlier this year to hire Quellmark Robotics' chief scientist, Elena Varga, offering her a package worth several million dollars, according to two people familiar with the matter. "
        "Varga turned the offer down and has since been promoted to chief technology officer.",
        [
            poa("Amazon Robotics", "Quellmark Robotics", F),
            posh("Elena Varga", "Quellmark Robotics"),
        ],
        optional=[hire("Elena Varga", "Amazon Robotics", ANY)],
    ),
    en(
        "Calmore Insurance Software said chief executive Richard Hale will retire at the end of March after 14 years at the helm. "
        "He will be succeeded by chief operating officer Naomi Achebe, who joined Calmore from Munich Re in 2019.",
        [
            dep("Richard Hale", "Calmore Insurance Software", A),
            posh("Naomi Achebe", "Calmore Insurance Software"),
            dep("Naomi Achebe", "Munich Re", C),
        ],
        optional=[
            pos("Richard Hale", "Calmore Insurance Software"),
            pos("Naomi Achebe", "Munich Re"),
        ],
    ),
    en(
        "Pentwell Systems has named Graham Stoddart as chief financial officer with immediate effect. "
        "Stoddart was previously finance director at Aberdeen engineering group Ardlow Engineering, which he left in the summer.",
        [
            hire("Graham Stoddart", "Pentwell Systems", C),
            dep("Graham Stoddart", "Ardlow Engineering", C),
        ],
        optional=[
            pos("Graham Stoddart", "Pentwell Systems"),
            pos("Graham Stoddart", "Ardlow Engineering"),
        ],
    ),
    en(
        "Fenwick Mobility chairman Alan Trevithick will step down at the annual meeting in May, the bus-ticketing software company said, after a third of shareholders voted against his re-election last year. "
        "Non-executive director Clara Moss has been named chair-designate.",
        [
            dep("Alan Trevithick", "Fenwick Mobility", A),
            posh("Clara Moss", "Fenwick Mobility"),
        ],
        optional=[pos("Alan Trevithick", "Fenwick Mobility")],
    ),
    en(
        "Lindqvara Health has recruited two senior managers from Philips: Hanna Berglund will become chief medical officer and Oskar Lind will join as head of regulatory affairs. "
        "Both start on 1 December, the company said.",
        [
            hire("Hanna Berglund", "Lindqvara Health", A),
            hire("Oskar Lind", "Lindqvara Health", A),
            dep("Hanna Berglund", "Philips", A),
            dep("Oskar Lind", "Philips", A),
        ],
        optional=[
            poa("Lindqvara Health", "Philips", ANY),
            pos("Hanna Berglund", "Philips"),
            pos("Oskar Lind", "Philips"),
            pos("Hanna Berglund", "Lindqvara Health"),
            pos("Oskar Lind", "Lindqvara Health"),
        ],
    ),
    en(
        "The board of Crestmoor Lending ousted chief executive Tom Ferrante on Tuesday after a string of profit warnings. "
        "Finance chief Leila Haddad takes over as acting CEO with immediate effect.",
        [
            dep("Tom Ferrante", "Crestmoor Lending", C),
            posh("Leila Haddad", "Crestmoor Lending"),
        ],
        optional=[pos("Tom Ferrante", "Crestmoor Lending")],
    ),
    en(
        "Sanovio's chief product officer, Jonas Reinholt, has left the company to join US rival Kinetra Health as senior vice president for Europe, according to his LinkedIn profile. "
        "Sanovio confirmed his departure.",
        [
            dep("Jonas Reinholt", "Sanovio", C),
            hire("Jonas Reinholt", "Kinetra Health", C),
        ],
        optional=[
            poa("Kinetra Health", "Sanovio", ANY),
            pos("Jonas Reinholt", "Sanovio"),
            pos("Jonas Reinholt", "Kinetra Health"),
        ],
    ),
    en(
        "Brennick Software is close to appointing former SAP executive Miriam Holt as its next chief executive, people familiar with the matter said. "
        "An announcement is expected after the board meets next week.",
        [
            hire("Miriam Holt", "Brennick Software", TR),
            pos("Miriam Holt", "SAP"),
        ],
        optional=[
            dep("Miriam Holt", "SAP", ANY),
            pos("Miriam Holt", "Brennick Software"),
        ],
    ),
    en(
        "Tallis Data has denied a report that its chief executive, Per Engstrom, is preparing to leave the company once the planned merger with Merevo is completed. "
        "'Per is fully committed to leading the combined group,' a spokeswoman said.",
        [
            dep("Per Engstrom", "Tallis Data", D),
            mer(["Tallis Data", "Merevo"], [A, T]),
        ],
        optional=[pos("Per Engstrom", "Tallis Data")],
    ),
    en(
        "Since its takeover bid for Cesarotti Valvole failed in October, Vantorra Group has been trying to lure engineers away from the Italian valve maker with signing bonuses of up to €50,000, the metalworkers' union Fiom said on Tuesday. "
        "Vantorra did not respond to a request for comment.",
        [
            poa("Vantorra Group", "Cesarotti Valvole", [T, R]),
            acq("Vantorra Group", "Cesarotti Valvole", F),
        ],
    ),
    # --- trade-magazine roundups and background
    en(
        "According to the trade magazine Plastics News, Ohio-based injection moulder Brackley Polymers has quietly bought two smaller rivals this year: Larkhaven Molding of Michigan in February and Quenby Plastics, an Indiana firm, in July. "
        "Brackley's president, Donna Reyes, told the magazine that further acquisitions were likely in 2026.",
        [
            acq("Brackley Polymers", "Larkhaven Molding", C),
            acq("Brackley Polymers", "Quenby Plastics", C),
            pos("Donna Reyes", "Brackley Polymers"),
        ],
    ),
    en(
        "Kerrivan founder and former chief executive Lukas Brenner has sold shares representing about 7% of the company to institutional investors in an accelerated bookbuild, cutting his holding to 11%. "
        "The shares were placed at €31.40 each, a 5% discount to Tuesday's closing price.",
        [
            pos("Lukas Brenner", "Kerrivan"),
        ],
        optional=[dep("Lukas Brenner", "Kerrivan", ANY)],
    ),
    # --- distractors: earnings, products, lawsuits, contracts, ratings
    en(
        "Shares of Glenrothy Engineering fell 4% on Tuesday after the pump maker cut its full-year revenue guidance, citing weaker demand from chemical-industry customers in the third quarter of 2025. "
        "Analysts at Berenberg lowered their price target to 350p from 420p but kept their 'hold' rating.",
        [],
    ),
    en(
        "Sanovio on Monday launched a new version of its app for patients with chronic back pain, which it says has been cleared by the US Food and Drug Administration. "
        "The company plans to enter the US market next year.",
        [],
    ),
    en(
        "Mentrix Engineering has filed a patent-infringement suit against Chinese competitor Yuantai Precision at the regional court in Düsseldorf, alleging that Yuantai copied its turbine-blade cooling design. "
        "Yuantai rejected the allegations.",
        [],
    ),
    en(
        "Valcoris has won a €90m contract from Deutsche Bahn to upgrade signalling on the line between Hanover and Hamburg, the company said. "
        "Work is scheduled to begin in the third quarter of 2026.",
        [],
        optional=[par(["Valcoris", "Deutsche Bahn"], ANY)],
    ),
    en(
        "Ellwin Group reported a 12% rise in third-quarter revenue to €212m, helped by strong demand for its cartoning machines from pharmaceutical customers. "
        "'Our order book has never been fuller,' chief financial officer Rachel Dunmore told analysts.",
        [
            pos("Rachel Dunmore", "Ellwin Group"),
        ],
    ),
    en(
        "Jefferies upgraded Pentwell Systems to 'buy' from 'hold', arguing that the shares could benefit if the company became a takeover target. "
        "'Pentwell would be a logical fit for a larger oilfield-services group,' analyst Simon Crane wrote in a note to clients.",
        [
            pos("Simon Crane", "Jefferies"),
        ],
    ),
    # ------------------------------------------------------------------ German
    # --- Finanzierungsrunden
    de(
        "Das Münchner Health-Tech-Unternehmen Medivanta hat in einer Series-B-Finanzierungsrunde 42 Millionen Euro eingesammelt. "
        "Angeführt wurde die Runde vom Londoner Investor Atomico, auch die Bestandsinvestoren Cherry Ventures und High-Tech Gründerfonds beteiligten sich erneut. "
        "Mit dem Geld will Medivanta nach Angaben von Mitgründerin und Geschäftsführerin Katrin Albers vor allem die Expansion nach Frankreich finanzieren.",
        [
            inv("Atomico", "Medivanta", C),
            inv("Cherry Ventures", "Medivanta", C),
            inv("High-Tech Gründerfonds", "Medivanta", C),
            pos("Katrin Albers", "Medivanta"),
        ],
    ),
    de(
        "Das Kölner Fintech Kontivo verhandelt laut einem Bericht des „Handelsblatts“ mit mehreren Investoren über eine neue Finanzierungsrunde von rund 60 Millionen Euro. "
        "Als Lead-Investor sei der US-Wagniskapitalgeber Sequoia Capital im Gespräch, hieß es unter Berufung auf Finanzkreise. "
        "Kontivo wollte sich nicht äußern.",
        [
            inv("Sequoia Capital", "Kontivo", TR),
        ],
    ),
    de(
        "Der Stuttgarter Softwareanbieter Planvora hat eine Wachstumsfinanzierung über 25 Millionen Euro abgeschlossen. "
        "Das Kapital stammt vom Münchner Wachstumsinvestor Kessbach Capital sowie vom Family Office Hertlinger Beteiligungen. "
        "Planvora entwickelt Planungssoftware für mittelständische Automobilzulieferer und beschäftigt rund 140 Mitarbeiter.",
        [
            inv("Kessbach Capital", "Planvora", C),
            inv("Hertlinger Beteiligungen", "Planvora", C),
        ],
    ),
    de(
        "Die geplante Finanzierungsrunde des Berliner Pflege-Start-ups Carevio ist geplatzt. "
        "Der vorgesehene Hauptinvestor, die Schweizer Beteiligungsgesellschaft Rhentor Capital, habe sich kurz vor der Unterzeichnung zurückgezogen, bestätigte ein Sprecher am Mittwoch. "
        "Carevio verhandelt nun mit seinen bisherigen Gesellschaftern über eine Brückenfinanzierung.",
        [
            inv("Rhentor Capital", "Carevio", F),
        ],
    ),
    de(
        "Das Leipziger Logistik-Start-up Frachtix hat eine Series-A-Runde über 18 Millionen Euro abgeschlossen. "
        "Angeführt wurde die Runde von HV Capital; neu eingestiegen ist außerdem die Reederei Hapag-Lloyd über ihren Investmentarm.",
        [
            inv("HV Capital", "Frachtix", C),
            inv("Hapag-Lloyd", "Frachtix", C),
        ],
    ),
    de(
        "Das Heidelberger Start-up Genolyt, das Software zur Auswertung von Genomdaten entwickelt, erhält in einer Seed-Runde 6,5 Millionen Euro. "
        "Investoren sind der Frühphasenfinanzierer Virelo Ventures sowie mehrere Business Angels, darunter der frühere Roche-Manager Walter Imhof.",
        [
            inv("Virelo Ventures", "Genolyt", CA),
            inv("Walter Imhof", "Genolyt", CA),
            pos("Walter Imhof", "Roche"),
        ],
        optional=[dep("Walter Imhof", "Roche", ANY)],
    ),
    # --- Beteiligungen: Kauf, Verkauf, Aufstockung, Gerüchte, Dementis
    de(
        "Der Industriekonzern Hellmer beteiligt sich mit 25,1 Prozent am Dresdner Sensorspezialisten Lumiqon. "
        "Über den Kaufpreis vereinbarten die Parteien Stillschweigen. "
        "Der Vertrag wurde Ende Oktober unterzeichnet; der Vollzug steht noch unter dem Vorbehalt der Zustimmung des Bundeskartellamts.",
        [
            stake("Hellmer", "Lumiqon", A),
        ],
    ),
    de(
        "Die Hamburger Beteiligungsgesellschaft Havrik Beteiligungen hat ihre Minderheitsbeteiligung von 30 Prozent am Bremer Schiffbauzulieferer Terhagen Marine an Firmengründer Jan Terhagen zurückverkauft. "
        "Terhagen hält damit wieder sämtliche Anteile an dem Unternehmen, das Anlagen zur Aufbereitung von Ballastwasser herstellt.",
        [
            stake("Jan Terhagen", "Terhagen Marine", C),
            pos("Jan Terhagen", "Terhagen Marine"),
        ],
        optional=[stake("Havrik Beteiligungen", "Terhagen Marine", C)],
    ),
    de(
        "Die Familienholding Sanderhoff hat ihren Anteil am börsennotierten Medizintechnikhersteller Lumedis auf 15,3 Prozent aufgestockt, wie aus einer Stimmrechtsmitteilung vom Montag hervorgeht. "
        "Zuvor hatte Sanderhoff knapp zehn Prozent gehalten.",
        [
            stake("Sanderhoff", "Lumedis", C),
        ],
    ),
    de(
        "Der Autozulieferer Brenntal soll an einem Einstieg bei dem Münchner Chipdesigner Kovexa interessiert sein. "
        "Im Gespräch sei eine Beteiligung von bis zu 20 Prozent, berichtet das „Manager Magazin“ unter Berufung auf Insider. "
        "Beide Unternehmen lehnten eine Stellungnahme ab.",
        [
            stake("Brenntal", "Kovexa", TR),
        ],
    ),
    de(
        "Der Softwarekonzern Valmorra hat Berichte zurückgewiesen, wonach er beim Leipziger Logistiksoftware-Anbieter Frachtix einsteigen wolle. "
        "„Wir führen keine Gespräche über eine Beteiligung“, sagte ein Unternehmenssprecher am Dienstag.",
        [
            stake("Valmorra", "Frachtix", D),
        ],
    ),
    de(
        "Der Staatsfonds von Katar, die Qatar Investment Authority, hat sich mit knapp zehn Prozent an dem Hamburger Windkraft-Wartungsspezialisten Nordwinn beteiligt. "
        "Das Geld aus der Kapitalerhöhung will Nordwinn in den Ausbau seiner Flotte von Serviceschiffen stecken, teilte das Unternehmen Anfang März mit.",
        [
            stake("Qatar Investment Authority", "Nordwinn", C),
        ],
    ),
    de(
        "Der Bund steigt beim Dresdner Halbleiterzulieferer Siltrava ein: Die staatliche Förderbank KfW übernimmt 12,5 Prozent der Anteile, wie das Bundeswirtschaftsministerium am Freitag mitteilte. "
        "Der Vollzug wird noch im Dezember erwartet.",
        [
            stake("KfW", "Siltrava", A),
        ],
        optional=[stake("Bund", "Siltrava", A)],
    ),
    de(
        "Der Energieversorger EnBW hat seine Beteiligung von 35 Prozent an dem Ladesäulen-Softwareanbieter Voltaro an den Mehrheitseigner Mobivance verkauft. "
        "Mobivance hält damit künftig sämtliche Anteile an Voltaro.",
        [
            stake("Mobivance", "Voltaro", C),
        ],
        optional=[stake("EnBW", "Voltaro", C)],
    ),
    de(
        "Der aktivistische Investor Elliott soll sich nach Informationen der „Financial Times“ eine Beteiligung von rund drei Prozent an dem Armaturenhersteller Hanstein aufgebaut haben. "
        "Elliott und Hanstein wollten den Bericht nicht kommentieren.",
        [
            stake("Elliott", "Hanstein", R),
        ],
    ),
    de(
        "Der Staatsfonds Mubadala aus Abu Dhabi verhandelt nach eigener Bestätigung über eine Minderheitsbeteiligung an dem Magdeburger Batterie-Recycler Akkuron. "
        "Im Raum steht ein Anteil von knapp 25 Prozent; eine Einigung werde bis Jahresende angestrebt, sagte Akkuron-Chef Robert Thiele.",
        [
            stake("Mubadala", "Akkuron", T),
            pos("Robert Thiele", "Akkuron"),
        ],
    ),
    # --- Übernahmen: vereinbart, vollzogen, in Verhandlung, Gerüchte
    de(
        "Die Gründerfamilie des Allgäuer Verpackungsmaschinenbauers Hindelwang verkauft die Mehrheit an den Finanzinvestor EQT. "
        "EQT übernimmt 70 Prozent der Anteile, die Familie bleibt mit 30 Prozent beteiligt. "
        "Der Abschluss der Transaktion wird im ersten Quartal 2026 erwartet.",
        [
            acq("EQT", "Hindelwang", A),
        ],
    ),
    de(
        "Der Bielefelder Antriebsspezialist Kellwig Antriebstechnik übernimmt den niederländischen Getriebehersteller Van Roosmalen Aandrijvingen. "
        "Der Kaufvertrag sei am Freitag unterzeichnet worden, der Kaufpreis liege bei rund 120 Millionen Euro, teilte Kellwig mit. "
        "Bereits 2022 hatte Kellwig den österreichischen Motorenbauer Strasser-Lindl gekauft.",
        [
            acq("Kellwig Antriebstechnik", "Van Roosmalen Aandrijvingen", A),
            acq("Kellwig Antriebstechnik", "Strasser-Lindl", C),
        ],
    ),
    de(
        "Der Softwarehersteller Nexilo hat die Übernahme des Wiener Abrechnungsspezialisten Tarifon abgeschlossen. "
        "Alle erforderlichen behördlichen Genehmigungen lägen vor, teilte das Unternehmen am Donnerstag mit. "
        "Die Transaktion war im Juli angekündigt worden.",
        [
            acq("Nexilo", "Tarifon", C),
        ],
    ),
    de(
        "Wie erst jetzt bekannt wurde, hat der Laborausrüster Sartorius bereits Anfang September das Göttinger Start-up Zellion übernommen. "
        "Zellion entwickelt Software zur automatisierten Auswertung von Zellkulturen; über den Preis wurde nichts bekannt.",
        [
            acq("Sartorius", "Zellion", C),
        ],
    ),
    de(
        "Der Finanzinvestor Ardian hat die im Sommer vereinbarte Übernahme des Kieler Pumpenherstellers Brodtmann abgeschlossen. "
        "Verkäufer ist die Beteiligungsgesellschaft Equistone, die Brodtmann 2019 von der Gründerfamilie erworben hatte.",
        [
            acq("Ardian", "Brodtmann", C),
            acq("Equistone", "Brodtmann", C),
        ],
    ),
    de(
        "Der Maschinenbauer Grävenitz führt nach eigenen Angaben Gespräche über eine Übernahme des insolventen Werkzeugherstellers Oberkamp. "
        "Eine Entscheidung über den Verkauf soll bis Ende Januar fallen, sagte Insolvenzverwalter Markus Wendt.",
        [
            acq("Grävenitz", "Oberkamp", T),
        ],
        optional=[pos("Markus Wendt", "Oberkamp")],
    ),
    de(
        "Branchenkreisen zufolge prüft der US-Konzern Honeywell eine Übernahme des Aachener Gebäudeautomatisierers Thermivo. "
        "Ein Honeywell-Sprecher wollte die Spekulationen nicht kommentieren. "
        "Thermivo gehört seit 2020 mehrheitlich dem Finanzinvestor Capiton.",
        [
            acq("Honeywell", "Thermivo", R),
        ],
        optional=[acq("Capiton", "Thermivo", C)],
    ),
    de(
        "Die EU-Kommission hat die Übernahme des dänischen Hörgeräteherstellers Sonavik durch den Schweizer Konkurrenten Audenta unter Auflagen genehmigt. "
        "Audenta muss dafür sein Geschäft mit Hörgerätebatterien verkaufen. "
        "Der Vollzug der rund 1,4 Milliarden Euro schweren Transaktion wird in den kommenden Wochen erwartet.",
        [
            acq("Audenta", "Sonavik", A),
        ],
    ),
    # --- Übernahmeangebote: abgelehnt, zurückgezogen, untersagt, dementiert, laufend
    de(
        "Der Vorstand des Laserspezialisten Lumatron hat die Übernahmeofferte des chinesischen Konkurrenten Han's Laser als deutlich zu niedrig zurückgewiesen. "
        "Han's Laser kündigte daraufhin an, kein formelles Angebot vorzulegen, und zog sich aus dem Bieterprozess zurück.",
        [
            acq("Han's Laser", "Lumatron", F),
        ],
    ),
    de(
        "Der Finanzinvestor Cinven ist mit seinem Übernahmeangebot für den Hamburger Dentalsoftware-Anbieter Dentovis gescheitert. "
        "Bis zum Ende der Annahmefrist seien nur 41 Prozent der Aktien angedient worden, die Mindestannahmeschwelle von 65 Prozent sei damit deutlich verfehlt, teilte der Investor mit.",
        [
            acq("Cinven", "Dentovis", F),
        ],
    ),
    de(
        "Das Bundeskartellamt hat die geplante Übernahme des Armaturenherstellers Wesselkamp durch den Konkurrenten Hanstein untersagt. "
        "Beide Unternehmen zusammen hätten bei Industriearmaturen in Deutschland einen Marktanteil von mehr als 60 Prozent erreicht, begründete die Behörde ihre Entscheidung. "
        "Hanstein prüft nach eigenen Angaben eine Beschwerde beim Oberlandesgericht Düsseldorf.",
        [
            acq("Hanstein", "Wesselkamp", F),
        ],
    ),
    de(
        "Das Bundeswirtschaftsministerium hat den Verkauf des Bremer Satellitenkomponenten-Herstellers Orbivant an die chinesische Sanjiang Holding untersagt. "
        "Die Übernahme gefährde die öffentliche Sicherheit, hieß es zur Begründung. "
        "Sanjiang hatte im Frühjahr rund 45 Millionen Euro für das Unternehmen geboten.",
        [
            acq("Sanjiang Holding", "Orbivant", F),
        ],
    ),
    de(
        "Der Zahlungsdienstleister Paylanta hat Berichte dementiert, wonach er das Frankfurter Fintech Kreditrio übernehmen wolle. "
        "„An diesen Gerüchten ist nichts dran“, sagte Paylanta-Finanzchefin Sabine Roth am Rande einer Konferenz.",
        [
            acq("Paylanta", "Kreditrio", D),
            pos("Sabine Roth", "Paylanta"),
        ],
    ),
    de(
        "Ein Sprecher von Bosch wies am Donnerstag einen Bericht zurück, wonach der Konzern eine Übernahme des Thermostatherstellers Calorin erwäge. "
        "Bosch sei an Calorin nicht interessiert, sagte er.",
        [
            acq("Bosch", "Calorin", D),
        ],
    ),
    de(
        "Der Spezialchemiekonzern Altrovia hat ein feindliches Übernahmeangebot für den Klebstoffhersteller Fennberg vorgelegt. "
        "Altrovia bietet 54 Euro je Aktie in bar; der Fennberg-Vorstand empfiehlt den Aktionären, das Angebot nicht anzunehmen. "
        "Die Annahmefrist läuft bis zum 12. Januar.",
        [
            acq("Altrovia", "Fennberg", T),
        ],
    ),
    de(
        "Nachdem der Vorstand des Softwarehauses Versanto die erste Offerte als unzureichend abgelehnt hatte, hat der US-Finanzinvestor Thoma Bravo sein Angebot auf 48 Euro je Aktie erhöht. "
        "Vorstand und Aufsichtsrat empfehlen den Aktionären nun, das Angebot anzunehmen.",
        [
            acq("Thoma Bravo", "Versanto", [A, T]),
        ],
    ),
    de(
        "Die Verhandlungen über einen Verkauf der Endoskopie-Tochter Lumedis Vision an den US-Medizintechnikkonzern Stryker sind gescheitert. "
        "Man habe sich nicht auf die Bewertung der Patente einigen können, teilte die Muttergesellschaft Lumedis mit. "
        "Nun werde ein Börsengang der Tochter geprüft.",
        [
            acq("Stryker", "Lumedis Vision", F),
        ],
    ),
    # --- Fusionen
    de(
        "Die beiden mittelständischen IT-Dienstleister Datavera und Kronsoft schließen sich zusammen. "
        "Das gemeinsame Unternehmen mit Sitz in Hannover werde rund 1.800 Mitarbeiter beschäftigen, teilten die Firmen am Mittwoch mit. "
        "Die Fusion unter Gleichen soll bis Mitte 2026 vollzogen sein; führen soll das neue Unternehmen Kronsoft-Chefin Anja Pöhlmann.",
        [
            mer(["Datavera", "Kronsoft"], A),
            pos("Anja Pöhlmann", "Kronsoft"),
        ],
    ),
    de(
        "Die Fusion der Berliner Zahlungsdienstleister Payvora und Ravento ist abgeschlossen. "
        "Das fusionierte Unternehmen firmiert künftig unter dem Namen Payvora und wickelt nach eigenen Angaben jährlich Zahlungen im Volumen von rund neun Milliarden Euro ab.",
        [
            mer(["Payvora", "Ravento"], C),
        ],
    ),
    de(
        "Die britische Wettbewerbsbehörde CMA hat die geplante Fusion der Laborsoftware-Anbieter Labvanta und Cellidor untersagt. "
        "Die beiden Unternehmen kündigten an, den Zusammenschluss nicht weiterzuverfolgen.",
        [
            mer(["Labvanta", "Cellidor"], F),
        ],
    ),
    de(
        "Die Krankenhaus-IT-Anbieter Medarix und Klinova haben ihre Fusionsgespräche abgebrochen. "
        "Man habe sich nicht auf die Besetzung der Führungsspitze einigen können, hieß es aus Unternehmenskreisen.",
        [
            mer(["Medarix", "Klinova"], F),
        ],
    ),
    de(
        "Die Softwarehäuser Policor und Versanto sollen über einen Zusammenschluss sprechen. "
        "Das berichtet die „Börsen-Zeitung“ unter Berufung auf mit der Sache vertraute Personen. "
        "Ein Policor-Sprecher sagte, man kommentiere Marktgerüchte grundsätzlich nicht.",
        [
            mer(["Policor", "Versanto"], TR),
        ],
    ),
    de(
        "Der Schweizer Medizintechnikhersteller Velomed hat einen Zeitungsbericht über Fusionspläne mit dem Konkurrenten Orthalis dementiert. "
        "„Es gibt keine Gespräche“, sagte Konzernchef Urs Bachmann der Nachrichtenagentur AWP.",
        [
            mer(["Velomed", "Orthalis"], D),
            pos("Urs Bachmann", "Velomed"),
        ],
    ),
    # --- Gemeinschaftsunternehmen und Kooperationen
    de(
        "Der Spezialchemiekonzern Evonik und das Start-up Hydrovia gründen ein Gemeinschaftsunternehmen zur Herstellung von grünem Methanol. "
        "An dem Joint Venture mit Sitz in Marl halten beide Partner jeweils 50 Prozent, wie die Unternehmen am Montag mitteilten.",
        [
            par(["Evonik", "Hydrovia"], CA),
        ],
    ),
    de(
        "Der Pflegesoftware-Anbieter Pflegonix und die Techniker Krankenkasse haben eine Kooperation vereinbart: Versicherte sollen ab dem zweiten Quartal 2026 eine von Pflegonix entwickelte App zur Organisation der häuslichen Pflege kostenlos nutzen können.",
        [
            par(["Pflegonix", "Techniker Krankenkasse"], CA),
        ],
    ),
    de(
        "Das geplante Gemeinschaftsunternehmen des Autozulieferers Brenntal mit dem südkoreanischen Batteriehersteller SK On ist geplatzt. "
        "Die Nachfrage nach Elektroautos in Europa sei zu schwach, begründete Brenntal den Schritt.",
        [
            par(["Brenntal", "SK On"], F),
        ],
    ),
    de(
        "Der Roboterhersteller Quervant verhandelt nach eigenen Angaben mit Siemens über eine strategische Partnerschaft im Bereich Fabriksoftware. "
        "Ein Abschluss sei noch in diesem Jahr möglich, sagte Vorstandschef Henrik Aalders.",
        [
            par(["Quervant", "Siemens"], T),
            pos("Henrik Aalders", "Quervant"),
        ],
    ),
    # --- Personalien
    de(
        "Der Aufsichtsrat von Kellwig Antriebstechnik hat Martina Seidl mit Wirkung zum 1. April 2026 zur neuen Vorstandsvorsitzenden bestellt. "
        "Seidl kommt vom Wettbewerber Voith, wo sie zuletzt die Sparte Antriebstechnik leitete. "
        "Sie folgt auf Hans-Peter Kellwig, der nach 22 Jahren an der Spitze des Familienunternehmens in den Aufsichtsrat wechseln soll.",
        [
            hire("Martina Seidl", "Kellwig Antriebstechnik", A),
            dep("Martina Seidl", "Voith", A),
            dep("Hans-Peter Kellwig", "Kellwig Antriebstechnik", A),
        ],
        optional=[
            pos("Martina Seidl", "Kellwig Antriebstechnik"),
            pos("Martina Seidl", "Voith"),
            pos("Hans-Peter Kellwig", "Kellwig Antriebstechnik"),
        ],
    ),
    de(
        "Der Finanzvorstand des Kölner Fintechs Kontivo, Felix Brandauer, verlässt das Unternehmen zum Jahresende auf eigenen Wunsch. "
        "Ein Nachfolger soll zeitnah benannt werden, teilte Kontivo mit.",
        [
            dep("Felix Brandauer", "Kontivo", A),
        ],
        optional=[pos("Felix Brandauer", "Kontivo")],
    ),
    de(
        "Die Hauptversammlung von Lumedis hat den früheren Manager von Siemens Healthineers, Thomas Gerlach, in den Aufsichtsrat gewählt; das Gremium bestimmte ihn anschließend zu seinem Vorsitzenden. "
        "Gerlach folgt auf Ursula Brehm, die ihr Mandat im Sommer niedergelegt hatte.",
        [
            hire("Thomas Gerlach", "Lumedis", C),
            pos("Thomas Gerlach", "Siemens Healthineers"),
            dep("Ursula Brehm", "Lumedis", C),
        ],
        optional=[
            dep("Thomas Gerlach", "Siemens Healthineers", ANY),
            pos("Thomas Gerlach", "Lumedis"),
            pos("Ursula Brehm", "Lumedis"),
        ],
    ),
    de(
        "Nach dem überraschenden Rücktritt von Vorstandschef Stefan Ohlig übernimmt beim Fensterbauer Ravelsberg vorübergehend Finanzvorstand Jörg Pankratz die Führung. "
        "Ohlig hatte sein Amt am Freitag mit sofortiger Wirkung niedergelegt.",
        [
            dep("Stefan Ohlig", "Ravelsberg", C),
            posh("Jörg Pankratz", "Ravelsberg"),
        ],
        optional=[pos("Stefan Ohlig", "Ravelsberg")],
    ),
    de(
        "Nach Informationen des „Handelsblatts“ soll der frühere Finanzchef des Lieferdienstes Freshdrop, Konrad Weisbach, neuer Vorstandschef des Berliner Versicherungs-Start-ups Assurio werden. "
        "Eine offizielle Bestätigung steht noch aus.",
        [
            hire("Konrad Weisbach", "Assurio", R),
            pos("Konrad Weisbach", "Freshdrop"),
        ],
        optional=[
            dep("Konrad Weisbach", "Freshdrop", ANY),
            pos("Konrad Weisbach", "Assurio"),
        ],
    ),
    de(
        "Die Nexilo AG hat Spekulationen über einen bevorstehenden Abgang von Technikvorstand Lars Hennig zurückgewiesen. "
        "Hennig habe seinen Vertrag erst im Frühjahr bis 2029 verlängert, sagte eine Sprecherin.",
        [
            dep("Lars Hennig", "Nexilo", D),
        ],
        optional=[pos("Lars Hennig", "Nexilo")],
    ),
    de(
        "Der Vertriebschef von Datavera, Michael Stöckl, wechselt zum 1. Januar zum Konkurrenten Bechtle. "
        "Dort soll er das Geschäft mit öffentlichen Auftraggebern verantworten. "
        "Datavera will die Stelle zunächst nicht neu besetzen.",
        [
            dep("Michael Stöckl", "Datavera", A),
            hire("Michael Stöckl", "Bechtle", A),
        ],
        optional=[
            poa("Bechtle", "Datavera", ANY),
            pos("Michael Stöckl", "Datavera"),
            pos("Michael Stöckl", "Bechtle"),
        ],
    ),
    de(
        "Beim Osnabrücker Agrarsoftware-Anbieter Agrivo hat Julia Wessels am 1. November die Geschäftsführung übernommen. "
        "Die 44-Jährige war zuvor beim Landmaschinenhersteller Claas für die Digitalsparte verantwortlich.",
        [
            hire("Julia Wessels", "Agrivo", C),
            pos("Julia Wessels", "Claas"),
        ],
        optional=[
            dep("Julia Wessels", "Claas", ANY),
            pos("Julia Wessels", "Agrivo"),
        ],
    ),
    de(
        "Der Klinik-Softwarehersteller Medarix stellt seine Führung neu auf: Mitgründer Tim Albrecht gibt den Vorstandsvorsitz ab und wechselt in den Aufsichtsrat. "
        "Neue Co-Vorstandschefinnen werden die bisherige Produktvorständin Eva Marquardt und die frühere SAP-Managerin Nadine Roloff.",
        [
            dep("Tim Albrecht", "Medarix", CA),
            posh("Eva Marquardt", "Medarix"),
            hire("Nadine Roloff", "Medarix", A),
            pos("Nadine Roloff", "SAP"),
        ],
        optional=[
            pos("Tim Albrecht", "Medarix"),
            pos("Nadine Roloff", "Medarix"),
            dep("Nadine Roloff", "SAP", ANY),
        ],
    ),
    de(
        "Der Industriekonzern Hellmer bekommt einen neuen Finanzchef: Zum 1. Juli 2026 übernimmt Daniel Kupka, derzeit Finanzvorstand beim Kabelhersteller Tessner, das Ressort. "
        "Er folgt auf Birgit Sommer, die in den Ruhestand geht.",
        [
            hire("Daniel Kupka", "Hellmer", A),
            dep("Daniel Kupka", "Tessner", A),
            dep("Birgit Sommer", "Hellmer", A),
        ],
        optional=[
            pos("Daniel Kupka", "Hellmer"),
            pos("Daniel Kupka", "Tessner"),
            pos("Birgit Sommer", "Hellmer"),
        ],
    ),
    de(
        "Bei Kontivo übernimmt Ingrid Faltermeier den Vorsitz des Aufsichtsrats. "
        "Sie war bisher stellvertretende Vorsitzende des Gremiums und folgt auf Gerd Hollmann, der aus gesundheitlichen Gründen ausscheidet.",
        [
            posh("Ingrid Faltermeier", "Kontivo"),
            dep("Gerd Hollmann", "Kontivo", CA),
        ],
        optional=[pos("Gerd Hollmann", "Kontivo")],
    ),
    de(
        "Mitgründer und Technikchef Arne Lövgren hat das Berliner Fintech Payvora bereits im Oktober verlassen, wie erst jetzt bekannt wurde. "
        "Er soll inzwischen bei dem Krypto-Unternehmen Bitvalo angeheuert haben.",
        [
            dep("Arne Lövgren", "Payvora", C),
            hire("Arne Lövgren", "Bitvalo", R),
        ],
        optional=[
            pos("Arne Lövgren", "Payvora"),
            pos("Arne Lövgren", "Bitvalo"),
        ],
    ),
    de(
        "Der neue Mehrheitseigner des Steuersoftware-Anbieters Taxolon, der Finanzinvestor Hg, baut die Führung um: Zum neuen Geschäftsführer wurde mit sofortiger Wirkung Sven Adomeit berufen, der zuvor beim norwegischen Softwarekonzern Visma das Deutschlandgeschäft leitete. "
        "Hg hatte Anfang März 60 Prozent an Taxolon übernommen.",
        [
            acq("Hg", "Taxolon", C),
            hire("Sven Adomeit", "Taxolon", C),
            pos("Sven Adomeit", "Visma"),
        ],
        optional=[
            dep("Sven Adomeit", "Visma", ANY),
            pos("Sven Adomeit", "Taxolon"),
        ],
    ),
    # --- Abwerbung
    de(
        "Der Chipdesigner Kovexa wirft dem US-Konzern Nvidia vor, gezielt Entwickler abzuwerben. "
        "Seit Jahresbeginn seien elf Ingenieure aus dem Münchner Team zu Nvidia gewechselt, sagte Kovexa-Chef Bernd Lütkemeyer der „Süddeutschen Zeitung“.",
        [
            poa("Nvidia", "Kovexa", [C, T]),
            pos("Bernd Lütkemeyer", "Kovexa"),
        ],
    ),
    de(
        "Wie aus Unternehmenskreisen verlautete, hat der Rüstungskonzern Rheinmetall vergeblich versucht, den Entwicklungschef des Drohnenherstellers Aerivon, Tobias Kranich, abzuwerben. "
        "Kranich habe das Angebot ausgeschlagen und seinen Vertrag bei Aerivon bis 2029 verlängert.",
        [
            poa("Rheinmetall", "Aerivon", F),
            pos("Tobias Kranich", "Aerivon"),
        ],
        optional=[hire("Tobias Kranich", "Rheinmetall", ANY)],
    ),
    de(
        "Der Versicherer Talanx hat nach Angaben aus Finanzkreisen versucht, das komplette Data-Science-Team des Berliner Insurtechs Assurio abzuwerben. "
        "Die Gespräche mit den Mitarbeitern sollen noch laufen.",
        [
            poa("Talanx", "Assurio", TR),
        ],
    ),
    # --- Ablenker: Quartalszahlen, Produkte, Rechtsstreit, Analysten, Kapitalmaßnahmen
    de(
        "Der Maschinenbauer Grävenitz hat im dritten Quartal 2025 einen Umsatzrückgang um acht Prozent auf 312 Millionen Euro verbucht. "
        "Finanzvorstand Oliver Brach sprach von einer „Talsohle“, die im kommenden Jahr durchschritten werden solle. "
        "Die Aktie gab im frühen Handel mehr als drei Prozent nach.",
        [
            pos("Oliver Brach", "Grävenitz"),
        ],
    ),
    de(
        "Lumiqon stellt auf der Fachmesse SPS in Nürnberg einen neuen 3D-Sensor für die Qualitätskontrolle in der Batteriefertigung vor. "
        "Die Serienproduktion soll im Frühjahr anlaufen.",
        [],
    ),
    de(
        "Der Streit zwischen Paylanta und seinem früheren Vertriebspartner Kontivo geht in die nächste Runde: Das Landgericht Frankfurt hat eine Klage von Kontivo auf Schadenersatz in Höhe von 14 Millionen Euro zugelassen. "
        "Paylanta hält die Forderung für unbegründet.",
        [],
        optional=[par(["Paylanta", "Kontivo"], ANY)],
    ),
    de(
        "Die Analysten der DZ Bank haben die Aktie des Laserspezialisten Lumatron von „Halten“ auf „Kaufen“ hochgestuft. "
        "Analyst Heiko Brenner verwies auf volle Auftragsbücher in der Halbleitersparte und hob das Kursziel auf 38 Euro an.",
        [
            pos("Heiko Brenner", "DZ Bank"),
        ],
    ),
    de(
        "Lumedis hat eine Kapitalerhöhung über rund 80 Millionen Euro platziert. "
        "Die neuen Aktien wurden in einem beschleunigten Bookbuilding-Verfahren bei institutionellen Investoren untergebracht; der Erlös soll in die Entwicklung eines neuen Endoskopie-Systems fließen.",
        [],
    ),
    de(
        "Der Medizintechnikhersteller Lumedis ist vom Branchenverband Spectaris als „Innovator des Jahres“ ausgezeichnet worden. "
        "Vorstandschefin Claudia Rehm nahm den Preis am Dienstagabend in Berlin entgegen.",
        [
            pos("Claudia Rehm", "Lumedis"),
        ],
    ),
]
