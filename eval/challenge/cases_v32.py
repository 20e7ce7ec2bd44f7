# ruff: noqa: E501
"""Challenge set v32: stories told over several sentences -- deals whose buyer, target, price and status are spread across sentences, carve-outs and squeeze-outs, rival bidders, talent wars in AI and big tech, successors named in later sentences, and follow-up reports that change a deal's status (English and German).

Written blind by a helper on 2026-11-27, for error analysis. The helper did not
look at the extractor's code, its tests, the other challenge sets or the dev
corpora; all passages and names (apart from a few well-known real companies used
as counterparties) are invented.

Conventions used in this file:

- One event per type and key roles per passage; its status is the latest stage
  the passage asserts (talks that later collapsed are ``F``, a deal announced
  and later closed is ``C``).
- Hedged reports of talks, approaches or offers ("according to people familiar",
  "soll ... haben", "nach Informationen aus Finanzkreisen") accept ``TR``; a
  hedged report of a failure accepts ``[F, R]``, of a completed move
  ``[C, R]``. A deal that is only weighed or considered is ``R``.
- A public takeover offer recommended by the target's board but not yet settled
  accepts ``[A, T]``; an offer still under review is ``T``.
- A squeeze-out of a company the bidder already controls accepts ``CA`` until it
  is entered in the register (then ``C``).
- Stakes below 50 % use ``stake()``; majority stakes and full takeovers ``acq()``.
- Signed or running partnerships and licensing deals accept ``CA``.
- Hires: "will join"/"wird ... übernehmen" is ``A``; "has joined" is ``C``;
  "has hired X, who starts later" and a bare "wechselt zu"/"is moving to" accept ``CA``.
- Poaching is required when the text frames the move as luring, an approach or
  an offer from another employer (``T`` under way, ``F`` turned down or
  countered, ``A``/``C`` when the person agreed or joined). The poacher's hire
  of the person is then required only if the person joined or agreed to join
  (with the latest status); otherwise it is optional.
- A departure is required when the text states the leaving ("left", "verlässt",
  "wechselt zu", a successor named for the old job); when it is only implied
  ("joins X from Y", "bisher bei Y", "poached from Y") it is optional.
- Positions are required for stated roles (title, founder, former role, team
  lead), except that they are optional when the same person and organisation
  already carry a required hire or departure; roles of analysts are optional.
- Promotions and interim appointments inside the same organisation use ``posh()``;
  so do group managers put in charge of a subsidiary and the head of a merged company.
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
    # --- deals spread over several sentences
    en(
        "Halvorsen Maritime has found a buyer for its logistics arm. "
        "The Oslo-based shipping group said on Monday that Tarvik Capital will pay NOK 4.2 billion for Halvorsen Logistics, which runs 38 warehouses across Scandinavia. "
        "The sale is expected to close in the third quarter, subject to approval by competition authorities. "
        "Chief executive Ingrid Solberg said the proceeds would be used to pay down debt.",
        [
            acq("Tarvik Capital", "Halvorsen Logistics", A),
            pos("Ingrid Solberg", "Halvorsen Maritime"),
        ],
    ),
    en(
        "After months of speculation, the buyer has been named. "
        "Drexmoor Industries, the Ohio maker of industrial pumps, confirmed late on Tuesday that it had signed a definitive agreement with Castellan Fluid Systems. "
        "Under the terms, Castellan will acquire all outstanding Drexmoor shares for $38.50 apiece, valuing the company at about $2.1bn including debt. "
        "Drexmoor's board unanimously recommended the offer.",
        [acq("Castellan Fluid Systems", "Drexmoor Industries", A)],
    ),
    en(
        "Quillon Biotech is being sold for $450m. "
        "The buyer, according to a filing with the SEC on Friday, is Danish drugmaker Aventro Pharma, which already owned 12% of the company. "
        "Aventro said the transaction closed the same day and that Quillon's 140 staff would be offered jobs in Copenhagen.",
        [acq("Aventro Pharma", "Quillon Biotech", C)],
    ),
    en(
        "Merrow Foods said on Wednesday it was in exclusive talks to sell its frozen-desserts business, Glacette, to private-equity group Ostrander Partners. "
        "No price was disclosed, but people familiar with the matter put the value at roughly EUR 700m. "
        "A spokeswoman for Merrow stressed that no binding agreement had been signed yet.",
        [acq("Ostrander Partners", "Glacette", T)],
    ),
    en(
        "The Munich-based group Selwerk has agreed to buy a majority stake in Portuguese solar developer Lusaventa. "
        "Selwerk will take 70% of the company from its founders, brothers Tiago and Rui Mendonca, who keep the rest. "
        "Financial terms were not disclosed. "
        "The deal is expected to close by the end of May.",
        [
            acq("Selwerk", "Lusaventa", A),
            pos("Tiago Mendonca", "Lusaventa"),
            pos("Rui Mendonca", "Lusaventa"),
        ],
    ),
    en(
        "Pellucid Networks is getting a new anchor shareholder. "
        "Japan's Morikawa Electric has bought a 19.9% stake in the Californian chip designer for $310m, the companies said on Wednesday. "
        "The two also agreed to jointly develop optical interconnects for data centres.",
        [
            stake("Morikawa Electric", "Pellucid Networks", C),
            par(["Morikawa Electric", "Pellucid Networks"], CA),
        ],
    ),
    en(
        "Another suitor has emerged for Brenholt Media. "
        "The German TV group Vossberg Medien is weighing an offer for the British broadcaster, according to people familiar with the matter. "
        "Vossberg has hired advisers but has not yet made an approach, the people said. "
        "Brenholt agreed in March to be bought by US investor Carrow Lane Capital for GBP 1.3bn.",
        [
            acq("Vossberg Medien", "Brenholt Media", R),
            acq("Carrow Lane Capital", "Brenholt Media", A),
        ],
    ),
    en(
        "For almost two years, Ashcombe Retail had tried to offload its loss-making furniture chain, Hollin Home. "
        "On Thursday it finally succeeded. "
        "The buyer is Pelham Bridge, an investment firm backing the chain's management team, which is paying a nominal GBP 1 and taking on GBP 40m of lease liabilities. "
        "The deal completed immediately.",
        [acq("Pelham Bridge", "Hollin Home", C)],
    ),
    en(
        "Valtoria Holdings is exiting Austrian cable maker Pichler Kabel. "
        "It has sold its 35% stake to Pichler's majority shareholder, Grauberg Industrie, which now owns the company outright. "
        "The price was not disclosed.",
        [acq("Grauberg Industrie", "Pichler Kabel", C)],
    ),
    en(
        "Ondrell Therapeutics has a new backer. "
        "The Boston biotech said on Monday that Novo Holdings had led a $95m financing round, with existing investors also taking part. "
        "The money will fund two clinical trials of its gene-editing therapy for a rare liver disease.",
        [inv("Novo Holdings", "Ondrell Therapeutics", C)],
    ),
    en(
        "Corvane, a London start-up building AI tools for lawyers, has raised $120m in a Series C round led by Accel. "
        "The round values the company at $1.1bn. "
        "Corvane had also held talks with Tiger Global, but those discussions ended without a deal, chief executive Oluwaseun Adeyemi said.",
        [
            inv("Accel", "Corvane", C),
            inv("Tiger Global", "Corvane", F),
            pos("Oluwaseun Adeyemi", "Corvane"),
        ],
    ),
    en(
        "Saudi Arabia's Public Investment Fund is reportedly weighing a minority stake in Montclair Racing, the owner of two Formula E teams. "
        "The fund has held preliminary discussions with Montclair's owners, according to a report on Tuesday. "
        "Neither side commented.",
        [stake("Public Investment Fund", "Montclair Racing", TR)],
    ),
    # --- carve-outs and squeeze-outs
    en(
        "Ekholm Group is carving out its medical-imaging division, Ekholm Imaging. "
        "The Swedish conglomerate has agreed to sell a 60% stake in the unit to buyout firm Harrowgate Partners, in a deal that values the business at SEK 14bn. "
        "Ekholm will keep the remaining 40% and stays the unit's largest customer.",
        [acq("Harrowgate Partners", "Ekholm Imaging", A)],
    ),
    en(
        "Kraybourne Plc has agreed to sell its consumer-health unit, Kraybourne Consumer Health, to buyout firm Althorp Capital for GBP 620m. "
        "The carve-out, which Kraybourne had been preparing since 2023, will leave the group focused on prescription drugs. "
        "The deal is expected to close in the autumn.",
        [acq("Althorp Capital", "Kraybourne Consumer Health", A)],
    ),
    en(
        "Brennwald Holdings intends to squeeze out the remaining minority shareholders of Corbell Software. "
        "Brennwald, which took control of Corbell last year, now holds 95.3% of the shares after buying additional stock in the market. "
        "It will offer the minority EUR 31.20 per share in cash; an extraordinary meeting is to vote on the plan in September.",
        [acq("Brennwald Holdings", "Corbell Software", CA)],
    ),
    en(
        "The squeeze-out at Harlen Optics is complete. "
        "Majority owner Trevisan Holding said on Wednesday that the transfer of the remaining 4.1% of shares had been entered in the commercial register, making Harlen a wholly owned subsidiary. "
        "Harlen's shares will be delisted from the Frankfurt exchange next week.",
        [acq("Trevisan Holding", "Harlen Optics", C)],
    ),
    en(
        "Dunmore Industrial plans to list its water-technology division, Aquentis, on the London Stock Exchange next year. "
        "The spin-off will allow both companies to pursue separate strategies, chief executive Laura Penhallow said at the company's capital markets day.",
        [pos("Laura Penhallow", "Dunmore Industrial")],
    ),
    # --- rival bidders
    en(
        "The battle for Finnish elevator maker Koskela Lifts intensified on Thursday. "
        "Swiss rival Aldermatt raised its cash offer to EUR 52 per share, topping a EUR 48 bid from Italy's Ferrucci Group made two weeks ago. "
        "Koskela's board said it would review both proposals. "
        "Ferrucci declined to comment on whether it would raise its offer.",
        [
            acq("Aldermatt", "Koskela Lifts", T),
            acq("Ferrucci Group", "Koskela Lifts", T),
        ],
    ),
    en(
        "Ferrucci Group has walked away from the contest for Koskela Lifts. "
        "The Milan-based company said on Monday it would not raise its EUR 48-per-share offer after Koskela's board recommended the higher bid from Aldermatt. "
        "Aldermatt now expects to complete the takeover by the end of the year.",
        [
            acq("Ferrucci Group", "Koskela Lifts", F),
            acq("Aldermatt", "Koskela Lifts", [A, T]),
        ],
    ),
    en(
        "Two private-equity firms are circling Dutch payroll software provider Salvenburg. "
        "Kavanagh Equity and Marlowe Capital have each submitted non-binding offers, according to people with knowledge of the process. "
        "Salvenburg's founding family hopes to fetch more than EUR 1bn. "
        "Marlowe declined to comment, while Kavanagh denied that it had made a bid.",
        [
            acq("Kavanagh Equity", "Salvenburg", D),
            acq("Marlowe Capital", "Salvenburg", TR),
        ],
    ),
    en(
        "Gresham Aerospace rejected a GBP 2.6bn hostile approach from US defence group Kaltenbrook on Monday, saying it undervalued the company. "
        "Hours later, Gresham said it was in talks with French group Sauveterre about a possible alternative offer. "
        "Kaltenbrook said it was considering its options.",
        [
            acq("Kaltenbrook", "Gresham Aerospace", F),
            acq("Sauveterre", "Gresham Aerospace", T),
        ],
    ),
    en(
        "The on-off sale of Parrish Chemicals' coatings business, Parrish Coatings, is back on. "
        "Just weeks after talks with Dalton Pierce broke down over pension liabilities, the US group has returned with an improved offer of about $1.4bn, people familiar with the matter said. "
        "Parrish is now in exclusive negotiations with Dalton Pierce, one of the people said.",
        [acq("Dalton Pierce", "Parrish Coatings", TR)],
    ),
    # --- talent wars in AI and big tech
    en(
        "Meta tried for weeks to lure Priya Raghunathan, one of the lead researchers behind Veltris AI's reasoning models. "
        "The social-media company offered her a package worth more than $200m over four years, according to two people briefed on the talks. "
        "Raghunathan turned it down and will stay at Veltris, where she was recently promoted to chief scientist.",
        [
            poa("Meta", "Veltris AI", F),
            posh("Priya Raghunathan", "Veltris AI"),
        ],
        optional=[hire("Priya Raghunathan", "Meta", F)],
    ),
    en(
        "Kestrel Robotics kept its head of perception, but it cost the company. "
        "Google DeepMind had offered Tomasz Wierzbicki a role leading a new embodied-AI group in London. "
        "Kestrel responded with a counter-offer that reportedly doubled his equity, and Wierzbicki said on Friday that he was staying.",
        [
            poa("Google DeepMind", "Kestrel Robotics", F),
            pos("Tomasz Wierzbicki", "Kestrel Robotics"),
        ],
        optional=[hire("Tomasz Wierzbicki", "Google DeepMind", F)],
    ),
    en(
        "Almost the entire speech team of Orvane Labs has left for Microsoft. "
        "Team lead Hana Sekiguchi and eleven engineers joined the software giant's AI division this month, Orvane confirmed on Tuesday. "
        "The start-up, which raised $80m from Sequoia Capital last year, said it would rebuild the group. "
        "Microsoft declined to comment.",
        [
            hire("Hana Sekiguchi", "Microsoft", C),
            dep("Hana Sekiguchi", "Orvane Labs", C),
            inv("Sequoia Capital", "Orvane Labs", C),
        ],
        optional=[poa("Microsoft", "Orvane Labs", C), pos("Hana Sekiguchi", "Orvane Labs")],
    ),
    en(
        "Xavier Lindqvist, Caldris AI's head of infrastructure, is in talks to join Apple. "
        "The iPhone maker has offered him a pay package worth about $60m, according to people familiar with the matter. "
        "Caldris is trying to keep him with a counter-offer, one of the people said.",
        [
            poa("Apple", "Caldris AI", TR),
            pos("Xavier Lindqvist", "Caldris AI"),
        ],
        optional=[hire("Xavier Lindqvist", "Apple", TR), dep("Xavier Lindqvist", "Caldris AI", TR)],
    ),
    en(
        "Not everyone is swayed by nine-figure offers. "
        "At least four researchers at Sorensen AI have rejected approaches from Meta's new superintelligence unit in the past month, the start-up's chief executive Amara Okafor told employees in a memo seen by reporters. "
        "'Our people are staying because of the mission,' Okafor wrote.",
        [
            poa("Meta", "Sorensen AI", F),
            pos("Amara Okafor", "Sorensen AI"),
        ],
    ),
    en(
        "OpenAI has poached a team of seven researchers from Zurich-based Vantrel AI, including its co-founder Lukas Imhof. "
        "The group will set up a new OpenAI office in Zurich, the ChatGPT maker said on Wednesday. "
        "Vantrel, which had been negotiating a funding round with Index Ventures, said it was disappointed but would continue to operate.",
        [
            poa("OpenAI", "Vantrel AI", CA),
            hire("Lukas Imhof", "OpenAI", CA),
            pos("Lukas Imhof", "Vantrel AI"),
            inv("Index Ventures", "Vantrel AI", T),
        ],
        optional=[dep("Lukas Imhof", "Vantrel AI", CA)],
    ),
    en(
        "Nvidia has hired the founders of Tellura, a small start-up building compilers for AI chips, and licensed its technology, in a deal that people familiar with it put at roughly $300m. "
        "Co-founders Mirela Dobre and Kenji Arakawa will join Nvidia's software group; Tellura's remaining staff of 20 will also move over. "
        "Tellura's investors will be paid out, the people said.",
        [
            hire("Mirela Dobre", "Nvidia", CA),
            hire("Kenji Arakawa", "Nvidia", CA),
            pos("Mirela Dobre", "Tellura"),
            pos("Kenji Arakawa", "Tellura"),
            par(["Nvidia", "Tellura"], CA),
        ],
        optional=[
            acq("Nvidia", "Tellura", ANY),
            poa("Nvidia", "Tellura", ANY),
            dep("Mirela Dobre", "Tellura", ANY),
            dep("Kenji Arakawa", "Tellura", ANY),
        ],
    ),
    en(
        "Amazon is said to be courting Dariusz Nowicki, the head of Perlmont AI's agents team, with an offer that would make him one of the best-paid engineers at the company. "
        "Nowicki has not decided, according to a person close to him. "
        "Perlmont declined to comment.",
        [
            poa("Amazon", "Perlmont AI", TR),
            pos("Dariusz Nowicki", "Perlmont AI"),
        ],
        optional=[hire("Dariusz Nowicki", "Amazon", TR)],
    ),
    en(
        "Professor Ingeborg Lunde is leaving the University of Bergen to join Anthropic. "
        "The computational linguist, who turned down an offer from Google last year, will lead a new multilingual research group in the company's London office from January.",
        [
            dep("Ingeborg Lunde", "University of Bergen", A),
            hire("Ingeborg Lunde", "Anthropic", A),
            poa("Google", "University of Bergen", F),
        ],
        optional=[
            hire("Ingeborg Lunde", "Google", F),
            poa("Anthropic", "University of Bergen", A),
            pos("Ingeborg Lunde", "University of Bergen"),
        ],
    ),
    en(
        "Stratavo, the Paris-based AI lab, has hired Benedikt Aurach from Google DeepMind with a pay package that people familiar put at EUR 25m over three years. "
        "Aurach, who co-led work on DeepMind's coding models, starts on Monday as Stratavo's chief research officer. "
        "His exit is the third senior departure from DeepMind's coding team to Stratavo this year.",
        [
            hire("Benedikt Aurach", "Stratavo", CA),
            dep("Benedikt Aurach", "Google DeepMind", CA),
            poa("Stratavo", "Google DeepMind", CA),
        ],
        optional=[pos("Benedikt Aurach", "Google DeepMind"), pos("Benedikt Aurach", "Stratavo")],
    ),
    en(
        "Cendral Motors has denied reports that it is hiring former Tesla executive Marco Velasquez as head of its autonomous-driving unit. "
        "'Mr Velasquez is not joining the company,' a spokesperson said on Thursday.",
        [
            hire("Marco Velasquez", "Cendral Motors", D),
            pos("Marco Velasquez", "Tesla"),
        ],
    ),
    en(
        "xAI's attempt to hire a group of robotics engineers from Brevik Dynamics fell apart this week, after Brevik granted the team retention bonuses worth a combined $40m. "
        "The engineers, led by principal scientist Ola Fjellstad, had been in advanced talks with Elon Musk's AI company, according to people familiar with the matter.",
        [
            poa("xAI", "Brevik Dynamics", F),
            pos("Ola Fjellstad", "Brevik Dynamics"),
        ],
        optional=[hire("Ola Fjellstad", "xAI", F), pos("Elon Musk", "xAI")],
    ),
    en(
        "Three weeks after agreeing to join Meta, Owen Castellanos has changed his mind. "
        "The OpenAI researcher, who works on multimodal models, told colleagues on Monday that he would stay after the company matched Meta's offer, according to a person familiar with the matter. "
        "Meta had been offering him a package that the person valued at more than $100m.",
        [
            poa("Meta", "OpenAI", F),
            hire("Owen Castellanos", "Meta", F),
            pos("Owen Castellanos", "OpenAI"),
        ],
    ),
    en(
        "Deep-learning pioneer Stefan Havlicek is moving to Apple together with five members of his lab at Kessler Robotics. "
        "Apple confirmed the hires on Tuesday without giving details. "
        "At Kessler, research director Yuki Tanabe will take over Havlicek's role as chief scientist, the company said.",
        [
            hire("Stefan Havlicek", "Apple", CA),
            dep("Stefan Havlicek", "Kessler Robotics", CA),
            posh("Yuki Tanabe", "Kessler Robotics"),
        ],
        optional=[poa("Apple", "Kessler Robotics", CA), pos("Stefan Havlicek", "Kessler Robotics")],
    ),
    en(
        "A bidding war has broken out over Ilse Marquardt, the researcher behind Tavora AI's open-source coding model. "
        "Both Google and Meta have approached her in recent weeks, with Meta's offer reportedly exceeding $150m, according to people familiar with the talks. "
        "Tavora, where Marquardt is head of research, has offered her a larger equity stake to stay.",
        [
            poa("Google", "Tavora AI", TR),
            poa("Meta", "Tavora AI", TR),
            pos("Ilse Marquardt", "Tavora AI"),
        ],
        optional=[hire("Ilse Marquardt", "Google", TR), hire("Ilse Marquardt", "Meta", TR)],
    ),
    en(
        "Less than a month after joining Meta's superintelligence lab, Rafael Quintero is heading back to OpenAI. "
        "The researcher, who had left OpenAI in July, told Meta last week that he would return, according to people familiar with the matter. "
        "OpenAI confirmed on Wednesday that Quintero would rejoin its reasoning team.",
        [
            hire("Rafael Quintero", "Meta", C),
            dep("Rafael Quintero", "Meta", A),
            dep("Rafael Quintero", "OpenAI", C),
            hire("Rafael Quintero", "OpenAI", A),
        ],
        optional=[poa("OpenAI", "Meta", ANY), poa("Meta", "OpenAI", ANY)],
    ),
    en(
        "Ferrante Automotive has lured Klaus Edelhoff away from rival Brisbach Motoren to run its battery business. "
        "Edelhoff, who spent 14 years at Brisbach and most recently headed its cell-development centre, will start in October. "
        "Brisbach said Edelhoff's deputy, Marta Szymanska, would succeed him.",
        [
            poa("Ferrante Automotive", "Brisbach Motoren", CA),
            hire("Klaus Edelhoff", "Ferrante Automotive", CA),
            dep("Klaus Edelhoff", "Brisbach Motoren", CA),
            posh("Marta Szymanska", "Brisbach Motoren"),
        ],
        optional=[pos("Klaus Edelhoff", "Brisbach Motoren")],
    ),
    # --- successors named in later sentences
    en(
        "Ravensworth Insurance's chief executive Malcolm Ashby will retire at the end of June after eleven years in the job. "
        "The board has picked his successor from outside the company. "
        "Fiona Gallacher, currently chief operating officer at Pendrick Re, will take over on 1 July, Ravensworth said on Wednesday.",
        [
            dep("Malcolm Ashby", "Ravensworth Insurance", A),
            hire("Fiona Gallacher", "Ravensworth Insurance", A),
            pos("Fiona Gallacher", "Pendrick Re"),
        ],
        optional=[dep("Fiona Gallacher", "Pendrick Re", A), pos("Malcolm Ashby", "Ravensworth Insurance")],
    ),
    en(
        "Ardent Bank said its chief financial officer Helen Marchetti will leave in the spring to become chief executive of a smaller rival, Stowe Savings. "
        "The lender named Paul Okonjo, currently head of treasury, as interim CFO while it searches for a permanent replacement.",
        [
            dep("Helen Marchetti", "Ardent Bank", A),
            hire("Helen Marchetti", "Stowe Savings", A),
            posh("Paul Okonjo", "Ardent Bank"),
        ],
        optional=[pos("Helen Marchetti", "Ardent Bank"), poa("Stowe Savings", "Ardent Bank", A)],
    ),
    en(
        "Solvane Energy's chief executive, Rainer Kohout, resigned with immediate effect on Monday following a dispute with the board over the company's hydrogen strategy. "
        "Chairman Eliot Brandt said the search for a permanent replacement had begun. "
        "In the meantime, chief operating officer Nadia Farrukh will run the company as interim CEO.",
        [
            dep("Rainer Kohout", "Solvane Energy", C),
            pos("Eliot Brandt", "Solvane Energy"),
            posh("Nadia Farrukh", "Solvane Energy"),
        ],
        optional=[pos("Rainer Kohout", "Solvane Energy")],
    ),
    en(
        "Rookwood Data's acquisition by Salvari Group closed on Friday. "
        "As part of the integration, Rookwood's chief executive Ben Atterbury will step down at the end of the month. "
        "Salvari's head of cloud services, Isabelle Fournier, will succeed him as Rookwood's chief executive.",
        [
            acq("Salvari Group", "Rookwood Data", C),
            dep("Ben Atterbury", "Rookwood Data", A),
            posh("Isabelle Fournier", "Rookwood Data"),
            pos("Isabelle Fournier", "Salvari Group"),
        ],
        optional=[pos("Ben Atterbury", "Rookwood Data")],
    ),
    en(
        "Ondine Cosmetics is losing its chief marketing officer to a competitor. "
        "Camille Rousselot will leave the French beauty group in August to join Avelline as chief executive, Avelline said on Thursday. "
        "Ondine named Sophie Barthe, who runs its skincare brands, as Rousselot's successor.",
        [
            dep("Camille Rousselot", "Ondine Cosmetics", A),
            hire("Camille Rousselot", "Avelline", A),
            posh("Sophie Barthe", "Ondine Cosmetics"),
        ],
        optional=[poa("Avelline", "Ondine Cosmetics", A), pos("Camille Rousselot", "Ondine Cosmetics")],
    ),
    en(
        "Anneliese Forbach, chair of Castellane Re's supervisory board since 2017, will not stand for re-election at the annual meeting in May. "
        "The board intends to propose Henrik Moll, the former chief executive of Velten Asset Management, as her successor.",
        [
            dep("Anneliese Forbach", "Castellane Re", A),
            hire("Henrik Moll", "Castellane Re", A),
            pos("Henrik Moll", "Velten Asset Management"),
        ],
        optional=[pos("Anneliese Forbach", "Castellane Re")],
    ),
    en(
        "Rosalind Achterberg has turned down an offer to become chief executive of Kellner Gruppe, the German conglomerate confirmed on Friday. "
        "That leaves the company without a successor for Dieter Kahlmann, who announced his departure in January. "
        "Achterberg, who runs Dutch technology group Zeeland Systems, told Kellner's board she wanted to stay in her current job.",
        [
            hire("Rosalind Achterberg", "Kellner Gruppe", F),
            dep("Dieter Kahlmann", "Kellner Gruppe", A),
            pos("Rosalind Achterberg", "Zeeland Systems"),
        ],
        optional=[poa("Kellner Gruppe", "Zeeland Systems", F), pos("Dieter Kahlmann", "Kellner Gruppe")],
    ),
    # --- follow-up reports that change a deal's status
    en(
        "Talks between Arvenna Chemicals and Dutch peer Keulemans over a EUR 3bn merger have collapsed. "
        "The two companies said in a joint statement on Sunday that they had failed to agree on the governance of the combined group. "
        "Shares of Arvenna fell 6% in early trading on Monday.",
        [mer(["Arvenna Chemicals", "Keulemans"], F)],
    ),
    en(
        "Tessaro Telecom has completed its acquisition of fibre operator NordLink Fiber after the European Commission cleared the deal without conditions last week. "
        "Tessaro paid EUR 1.8bn for the company, which serves 900,000 households in Denmark and Sweden. "
        "NordLink's chief executive Jens Halvgaard will join Tessaro's management board.",
        [
            acq("Tessaro Telecom", "NordLink Fiber", C),
            pos("Jens Halvgaard", "NordLink Fiber"),
            hire("Jens Halvgaard", "Tessaro Telecom", A),
        ],
    ),
    en(
        "Britain's Competition and Markets Authority has approved Calloway Brands' GBP 900m purchase of snack maker Munro & Pike. "
        "The approval removes the last regulatory hurdle, and Calloway said it expects to close the transaction within ten days.",
        [acq("Calloway Brands", "Munro & Pike", A)],
    ),
    en(
        "Hartwell Medical has abandoned its $2.4bn takeover of surgical-robot maker Ostrava Dynamics, two months after the Federal Trade Commission sued to block the deal. "
        "Hartwell will pay Ostrava a $120m break fee. "
        "'We could not see a path to closing in a reasonable time,' chief executive Darren Colfax said.",
        [
            acq("Hartwell Medical", "Ostrava Dynamics", F),
            pos("Darren Colfax", "Hartwell Medical"),
        ],
    ),
    en(
        "Galloway Pharma has denied a report that it is in talks to buy Irish generics maker Corrib Therapeutics. "
        "'There are no discussions,' a company spokesman said on Friday, responding to a newspaper article that had put the potential price at about $1bn.",
        [acq("Galloway Pharma", "Corrib Therapeutics", D)],
    ),
    en(
        "Weston Hale Foods said on Tuesday that it had closed its $780m acquisition of plant-based dairy brand Verdessa, three months after the deal was announced. "
        "Verdessa founder Greta Sundqvist will continue to run the brand as a standalone unit.",
        [
            acq("Weston Hale Foods", "Verdessa", C),
            pos("Greta Sundqvist", "Verdessa"),
        ],
    ),
    en(
        "Shareholders of Belmar Shipping and Trondvik Tankers voted overwhelmingly in favour of merging the two companies on Friday. "
        "The combined group will operate 140 vessels. "
        "The merger still needs approval from Chinese regulators and is expected to complete in the first quarter.",
        [mer(["Belmar Shipping", "Trondvik Tankers"], A)],
    ),
    en(
        "Lockridge Bancorp and Tallmadge Financial are in early talks about a merger that would create the largest regional lender in the US South-east, according to three people familiar with the matter. "
        "The talks could still fall apart, the people cautioned. "
        "Both banks declined to comment.",
        [mer(["Lockridge Bancorp", "Tallmadge Financial"], TR)],
    ),
    en(
        "Investors have sunk Pembury Holdings' plan to buy struggling retailer Castleford Stores. "
        "At a meeting on Wednesday, only 41% of Pembury shareholders backed the GBP 350m deal, short of the majority needed. "
        "Pembury said the agreement would now lapse.",
        [acq("Pembury Holdings", "Castleford Stores", F)],
    ),
    en(
        "Microsoft is in talks to invest about $500m in Elvaris, a Paris start-up developing small language models for phones, according to people familiar with the matter. "
        "Elvaris co-founder Margaux Chenet denied on Thursday that any talks were taking place. "
        "Microsoft declined to comment.",
        [
            inv("Microsoft", "Elvaris", D),
            pos("Margaux Chenet", "Elvaris"),
        ],
    ),
    en(
        "The merger of Danish wind-turbine service firms Skovgaard Service and Windra Tech closed on 1 March, creating a company with 2,300 technicians. "
        "The combined business, which trades as Skovra, is led by former Windra chief executive Mette Holst.",
        [
            mer(["Skovgaard Service", "Windra Tech"], C),
            pos("Mette Holst", "Windra Tech"),
            posh("Mette Holst", "Skovra"),
        ],
    ),
    en(
        "Kaltmann Semiconductor has terminated its agreement to buy Israeli chip designer Nirvex after failing to obtain approval from China's market regulator before the deadline. "
        "The $1.9bn deal had been announced 18 months ago. "
        "Kaltmann will pay a termination fee of $150m.",
        [acq("Kaltmann Semiconductor", "Nirvex", F)],
    ),
    # --- distractors: products, earnings, ratings, processes without a buyer
    en(
        "Linvora unveiled its new foldable smartphone on Tuesday, priced at $1,299. "
        "The device, which will ship in October, uses a hinge the company developed in-house. "
        "Analysts at Brackley Securities reiterated their buy rating on the stock.",
        [],
    ),
    en(
        "Osterfeld Logistics reported a 12% rise in second-quarter operating profit, beating analysts' expectations, and raised its full-year guidance. "
        "The company did not comment on press reports that it was exploring options for its air-freight unit.",
        [],
    ),
    en(
        "Morgan Stanley upgraded Verhoeven Semiconductors to overweight, citing strong demand for its power chips in electric vehicles. "
        "The broker raised its price target to EUR 145 from EUR 110. "
        "Verhoeven shares rose 4% in Amsterdam.",
        [],
    ),
    en(
        "Farrowby Group's first-half revenue rose 8% to GBP 1.2bn, helped by price increases in its bakery business. "
        "'We are seeing volumes stabilise,' said chief executive Graham Ockley. "
        "The company kept its dividend unchanged.",
        [pos("Graham Ockley", "Farrowby Group")],
    ),
    en(
        "Fitch cut Quarrington Hotels' credit rating by one notch to BB, citing weak bookings in continental Europe. "
        "The hotel operator said it had sufficient liquidity and no plans to sell assets.",
        [],
    ),
    en(
        "Thornbury Publishing is exploring a sale of its education division and has hired Lazard to run the process, the company said on Monday. "
        "Several private-equity firms are expected to show interest.",
        [],
    ),
    en(
        "Analysts at Jefferies said Brockhurst Water could become a takeover target for infrastructure funds after its share price fell 30% this year. "
        "The utility's management has said the company is not for sale.",
        [],
    ),
    # ------------------------------------------------------------------ German
    # --- Deals über mehrere Sätze verteilt
    de(
        "Der Maschinenbauer Kettwig & Söhne hat einen Käufer für seine Logistiksparte gefunden. "
        "Wie das Unternehmen am Dienstag mitteilte, übernimmt der Finanzinvestor Altenried Capital die Tochter Kettwig Logistik mit rund 1.400 Beschäftigten. "
        "Über den Kaufpreis wurde Stillschweigen vereinbart; Branchenkreisen zufolge liegt er bei knapp 300 Millionen Euro. "
        "Der Abschluss wird für Ende des dritten Quartals erwartet.",
        [acq("Altenried Capital", "Kettwig Logistik", A)],
    ),
    de(
        "Die Übernahme des Kasseler Softwarehauses Quintera ist perfekt. "
        "Der US-Konzern Halcott Systems zahlt knapp 2 Milliarden Euro, wie beide Seiten am Freitag mitteilten. "
        "Nachdem das Bundeskartellamt vergangene Woche grünes Licht gegeben hatte, wurde die Transaktion nun vollzogen. "
        "Quintera-Gründer Matthias Ebeling bleibt an Bord und führt künftig das Europageschäft der Amerikaner.",
        [
            acq("Halcott Systems", "Quintera", C),
            pos("Matthias Ebeling", "Quintera"),
        ],
        optional=[posh("Matthias Ebeling", "Halcott Systems")],
    ),
    de(
        "Lange hatte die Eigentümerfamilie gezögert, nun ist die Entscheidung gefallen: Der Schwarzwälder Uhrenhersteller Kienholt wird verkauft. "
        "Den Zuschlag erhält nach Angaben des Unternehmens die Schweizer Luxusgüterholding Maison Derval. "
        "Sie übernimmt sämtliche Anteile, über den Preis wurde Stillschweigen vereinbart. "
        "Geschäftsführer Philipp Kienholt, ein Urenkel des Firmengründers, wird das Unternehmen weiterführen.",
        [
            acq("Maison Derval", "Kienholt", CA),
            pos("Philipp Kienholt", "Kienholt"),
        ],
    ),
    de(
        "Die Hallstedt Gruppe hat ihre Medizintechnik-Tochter Hallstedt Medical verkauft. "
        "Käufer ist der japanische Konzern Oshima Seiki, der dafür nach Angaben der Hallstedt Gruppe 740 Millionen Euro auf den Tisch legt. "
        "Der Vollzug ist für das erste Halbjahr 2027 geplant. "
        "Mit dem Erlös will der Konzern Schulden tilgen und sein Kerngeschäft mit Messtechnik ausbauen.",
        [acq("Oshima Seiki", "Hallstedt Medical", A)],
    ),
    de(
        "Nun ist es offiziell: Der Versicherer Albrechtshof übernimmt den Onlinemakler Klarvis. "
        "Entsprechende Berichte hatte Albrechtshof vor zwei Wochen noch als Spekulation bezeichnet. "
        "Der Kaufpreis liegt nach Unternehmensangaben bei 180 Millionen Euro; der Vollzug wird im ersten Quartal erwartet.",
        [acq("Albrechtshof", "Klarvis", A)],
    ),
    de(
        "Der Einstieg des US-Finanzinvestors Kelby Rowe bei der Hamburger Reederei Tallmann ist abgeschlossen. "
        "Kelby Rowe hält nun 24,9 Prozent an dem Familienunternehmen, wie Tallmann am Montag mitteilte. "
        "Die Familie bleibt mit gut 75 Prozent Mehrheitseigentümerin.",
        [stake("Kelby Rowe", "Tallmann", C)],
    ),
    de(
        "Die Stadtwerke Gerolfingen verkaufen ihre Beteiligung am Netzbetreiber Donaunetz Süd. "
        "Den Zuschlag für die 49,9 Prozent erhielt nach einem Bieterverfahren der kanadische Pensionsfonds CDPQ, der rund 900 Millionen Euro zahlt. "
        "Der Gemeinderat muss dem Verkauf noch zustimmen.",
        [stake("CDPQ", "Donaunetz Süd", A)],
    ),
    de(
        "Das Heidelberger Biotech-Start-up Cellaris hat frisches Geld eingesammelt. "
        "Angeführt wird die Finanzierungsrunde über 60 Millionen Euro vom Wagniskapitalgeber Lakestar, wie Cellaris am Montag mitteilte. "
        "Auch die Bestandsinvestoren beteiligen sich. "
        "Mit dem Geld soll ein Wirkstoff gegen Lungenfibrose in die klinische Phase II gebracht werden.",
        [inv("Lakestar", "Cellaris", CA)],
    ),
    de(
        "Der Mainzer Impfstoffentwickler Virenta verhandelt mit dem Pharmakonzern Sanofi über eine strategische Beteiligung. "
        "Sanofi könnte rund 200 Millionen Euro investieren und im Gegenzug die Vermarktungsrechte für Europa erhalten, teilte Virenta am Mittwoch mit. "
        "Ein Abschluss wird bis Ende Juni angestrebt.",
        [stake("Sanofi", "Virenta", T)],
        optional=[par(["Sanofi", "Virenta"], T)],
    ),
    de(
        "Aus der Kooperation wird eine Beteiligung: Volkswagen steigt mit 20 Prozent bei dem Salzgitterer Batterie-Start-up Akkuvia ein. "
        "Die beiden Unternehmen arbeiten bereits seit 2023 bei der Entwicklung von Feststoffzellen zusammen. "
        "Der Einstieg steht noch unter dem Vorbehalt der kartellrechtlichen Freigabe.",
        [
            stake("Volkswagen", "Akkuvia", A),
            par(["Volkswagen", "Akkuvia"], CA),
        ],
    ),
    de(
        "Die Qatar Investment Authority (QIA) soll Interesse an einem Einstieg beim Münchner Raumfahrt-Start-up Orbitane haben. "
        "Wie das Manager Magazin unter Berufung auf Insider berichtet, geht es um eine Minderheitsbeteiligung von rund 15 Prozent. "
        "Orbitane wollte den Bericht nicht kommentieren.",
        [stake("Qatar Investment Authority", "Orbitane", R)],
    ),
    # --- Abspaltungen und Squeeze-outs
    de(
        "Der Chemiekonzern Ravensolt trennt sich von seinem Geschäft mit Bauchemikalien. "
        "Die Sparte, die unter dem Namen Ravensolt Construct firmiert und rund 1,1 Milliarden Euro umsetzt, geht an den Finanzinvestor Stellmar Partners. "
        "Der Kaufpreis liegt nach Angaben aus Unternehmenskreisen bei rund 1,6 Milliarden Euro. "
        "Das Closing soll Anfang 2027 erfolgen; die Kartellbehörden müssen noch zustimmen.",
        [acq("Stellmar Partners", "Ravensolt Construct", A)],
    ),
    de(
        "Der Industriekonzern Kessbach holt einen Partner für seine Wasserstoffsparte an Bord. "
        "Der Staatsfonds GIC aus Singapur übernimmt 25 Prozent an Kessbach Hydrogen und zahlt dafür 400 Millionen Euro, teilte Kessbach am Donnerstag mit. "
        "Mittelfristig soll die Sparte an die Börse gebracht werden.",
        [stake("GIC", "Kessbach Hydrogen", CA)],
    ),
    de(
        "Der Verkauf von Ostenfeld Kabel, der Kabelsparte des Industriekonzerns Ostenfeld, an die US-Gesellschaft Brayton Wire ist abgeschlossen. "
        "Die Genehmigung der US-Behörde CFIUS war die letzte ausstehende Bedingung, wie Ostenfeld am Montag mitteilte. "
        "Brayton Wire zahlt rund 520 Millionen Euro.",
        [acq("Brayton Wire", "Ostenfeld Kabel", C)],
    ),
    de(
        "Der Großaktionär Feldhoff Holding will die verbliebenen Minderheitsaktionäre der Rastatter Gerätebau AG aus dem Unternehmen drängen. "
        "Feldhoff hält inzwischen gut 92 Prozent der Anteile und strebt einen verschmelzungsrechtlichen Squeeze-out an, wie Rastatter Gerätebau am Mittwoch per Ad-hoc-Mitteilung bekanntgab. "
        "Die Höhe der Barabfindung steht noch nicht fest.",
        [acq("Feldhoff Holding", "Rastatter Gerätebau", CA)],
    ),
    de(
        "Die Hauptversammlung der Ostwerk Energie AG hat im Juni den Ausschluss der Minderheitsaktionäre beschlossen. "
        "Mit der Eintragung ins Handelsregister am Montag gingen die restlichen Aktien auf den Mehrheitseigner, den französischen Versorger Valmonde, über. "
        "Die Minderheitsaktionäre erhalten eine Barabfindung von 58,40 Euro je Aktie. "
        "Die Ostwerk-Aktie wird vom Börsenhandel eingestellt.",
        [acq("Valmonde", "Ostwerk Energie", C)],
    ),
    de(
        "Die Mehrheitsaktionärin der Elbtal Klinik AG, die Sanovia Gruppe, hat den Ausschluss der übrigen Aktionäre verlangt. "
        "Sanovia hält nach eigenen Angaben 95,6 Prozent des Grundkapitals. "
        "Über den Squeeze-out soll die Hauptversammlung im August beschließen; die Barabfindung legt Sanovia noch fest.",
        [acq("Sanovia Gruppe", "Elbtal Klinik", CA)],
    ),
    # --- Bieterkämpfe
    de(
        "Im Bieterkampf um den Armaturenhersteller Wesselmann zeichnet sich eine Entscheidung ab. "
        "Nach Informationen aus Finanzkreisen hat der schwedische Konkurrent Lundqvarn sein Angebot auf 41 Euro je Aktie erhöht. "
        "Der bisherige Favorit, der Finanzinvestor Breitfeld Partners, will dagegen angeblich nicht nachbessern. "
        "Wesselmann wollte sich nicht äußern.",
        [
            acq("Lundqvarn", "Wesselmann", TR),
            acq("Breitfeld Partners", "Wesselmann", TR),
        ],
    ),
    de(
        "Der Bieterkampf um Wesselmann ist entschieden. "
        "Der Vorstand empfiehlt den Aktionären nun das Angebot von Lundqvarn über 41 Euro je Aktie; Breitfeld Partners hat sein Angebot zurückgezogen. "
        "Die Schweden wollen die Übernahme bis Jahresende abschließen.",
        [
            acq("Lundqvarn", "Wesselmann", [A, T]),
            acq("Breitfeld Partners", "Wesselmann", F),
        ],
    ),
    de(
        "Um den insolventen Modehändler Lenhardt buhlen zwei Interessenten. "
        "Neben dem Hamburger Konkurrenten Brüggemann & Tesch hat nach Angaben des Insolvenzverwalters auch ein Konsortium um den Investor Fabian Rauscher ein Angebot abgegeben. "
        "Brüggemann & Tesch bestätigte sein Interesse. "
        "Eine Entscheidung soll bis Ende Mai fallen.",
        [acq("Brüggemann & Tesch", "Lenhardt", T)],
        optional=[acq("Fabian Rauscher", "Lenhardt", T)],
    ),
    de(
        "Für die Software-Tochter des Versicherers Halberstein, die Halberstein IT Services, gibt es nach Informationen aus Verhandlungskreisen drei Interessenten: die Finanzinvestoren Cinven und Permira sowie den IT-Dienstleister Adesso. "
        "In die engere Auswahl sollen Cinven und Adesso gekommen sein. "
        "Permira sei ausgestiegen, hieß es.",
        [
            acq("Cinven", "Halberstein IT Services", TR),
            acq("Adesso", "Halberstein IT Services", TR),
            acq("Permira", "Halberstein IT Services", [F, R]),
        ],
    ),
    de(
        "Nach dem Scheitern der Gespräche mit dem Finanzinvestor Ardenne Capital hat der Heizungsbauer Wolfsried einen neuen Interessenten. "
        "Der chinesische Konzern Huanyu Thermal soll nach Informationen der Wirtschaftswoche ein unverbindliches Angebot vorgelegt haben. "
        "Wolfsried bestätigte lediglich, mit mehreren Parteien zu sprechen.",
        [
            acq("Ardenne Capital", "Wolfsried", F),
            acq("Huanyu Thermal", "Wolfsried", TR),
        ],
    ),
    de(
        "Um das Kölner Übersetzungs-Start-up Lexaro sollen sich gleich zwei US-Konzerne bemühen. "
        "Sowohl Amazon als auch Salesforce hätten in den vergangenen Wochen Kaufinteresse signalisiert, berichtet das Handelsblatt unter Berufung auf Finanzkreise. "
        "Lexaro-Gründer Moritz Kandler sagte lediglich, man sei nicht aktiv auf der Suche nach einem Käufer.",
        [
            acq("Amazon", "Lexaro", TR),
            acq("Salesforce", "Lexaro", TR),
            pos("Moritz Kandler", "Lexaro"),
        ],
    ),
    de(
        "Die Gespräche über einen Einstieg des Staatsfonds Mubadala beim Leipziger Wasserstoff-Start-up Hydrelia sind gescheitert. "
        "Man habe sich nicht auf die Bewertung einigen können, sagte Hydrelia-Chef Konstantin Mayr. "
        "Hydrelia will die Finanzierungsrunde nun mit den bestehenden Investoren abschließen.",
        [
            stake("Mubadala", "Hydrelia", F),
            pos("Konstantin Mayr", "Hydrelia"),
        ],
    ),
    # --- Kampf um KI-Talente und Abwerbeversuche
    de(
        "Der Münchner KI-Entwickler Ardenta hat einen Abwerbeversuch von Meta abgewehrt. "
        "Nach Informationen des Handelsblatts soll der US-Konzern seinem Forschungschef Jonas Pfeiffer ein Paket im Wert von mehr als 80 Millionen Dollar angeboten haben. "
        "Pfeiffer habe abgelehnt und bleibe in München, hieß es. "
        "Ardenta wollte sich zu Personalien nicht äußern.",
        [
            poa("Meta", "Ardenta", F),
            pos("Jonas Pfeiffer", "Ardenta"),
        ],
        optional=[hire("Jonas Pfeiffer", "Meta", F)],
    ),
    de(
        "Das gesamte Sprachmodell-Team des Berliner Start-ups Korvin AI wechselt zu Google DeepMind. "
        "Teamleiterin Elif Yildirim und acht ihrer Kolleginnen und Kollegen fangen im Januar in London an, wie Korvin am Donnerstag bestätigte. "
        "Für das Start-up, das erst im Frühjahr 25 Millionen Euro bei Investoren eingesammelt hatte, ist das ein herber Rückschlag.",
        [
            hire("Elif Yildirim", "Google DeepMind", A),
            dep("Elif Yildirim", "Korvin AI", A),
        ],
        optional=[poa("Google DeepMind", "Korvin AI", A), pos("Elif Yildirim", "Korvin AI")],
    ),
    de(
        "Der Softwarekonzern Telvora hat seinen KI-Chef Florian Brandauer gehalten. "
        "Der US-Konzern Salesforce hatte Brandauer in den vergangenen Wochen umworben und ihm die Leitung seiner weltweiten KI-Forschung angeboten. "
        "Telvora habe mit einem deutlich höheren Gehalt und zusätzlichen Aktienoptionen nachgezogen, berichten mit den Vorgängen vertraute Personen. "
        "Brandauer bleibt damit in Walldorf.",
        [
            poa("Salesforce", "Telvora", F),
            pos("Florian Brandauer", "Telvora"),
        ],
        optional=[hire("Florian Brandauer", "Salesforce", F)],
    ),
    de(
        "Wie hoch die Gehälter im Wettlauf um KI-Talente inzwischen sind, zeigt ein Fall aus Zürich. "
        "Die Forscherin Lena Hofstetter, Professorin für maschinelles Lernen an der ETH Zürich, hat nach eigenen Angaben ein Angebot von OpenAI über ein Jahresgehalt von mehr als zehn Millionen Dollar ausgeschlagen. "
        "Sie wolle ihre Grundlagenforschung an der Hochschule fortsetzen, sagte sie der NZZ am Sonntag.",
        [
            poa("OpenAI", "ETH Zürich", F),
            pos("Lena Hofstetter", "ETH Zürich"),
        ],
        optional=[hire("Lena Hofstetter", "OpenAI", F)],
    ),
    de(
        "Aderhold Robotics aus Stuttgart hat ein komplettes Entwicklerteam von Bosch abgeworben. "
        "Die zwölf Ingenieure um den bisherigen Bosch-Bereichsleiter Thorsten Weigand wechseln zum 1. Juli zu dem Start-up, bestätigte Aderhold-Gründerin Svenja Lautenbach. "
        "Bosch wollte den Vorgang nicht kommentieren.",
        [
            poa("Aderhold Robotics", "Bosch", CA),
            hire("Thorsten Weigand", "Aderhold Robotics", A),
            dep("Thorsten Weigand", "Bosch", A),
            pos("Svenja Lautenbach", "Aderhold Robotics"),
        ],
        optional=[pos("Thorsten Weigand", "Bosch")],
    ),
    de(
        "Apple verliert einen weiteren KI-Manager an Meta. "
        "Der Facebook-Konzern hat Yannick Morel angeheuert, der bei Apple zuletzt die Entwicklung der Sprachmodelle für Siri leitete, wie ein Meta-Sprecher am Dienstag bestätigte. "
        "Meta soll ihm ein Vergütungspaket von mehr als 100 Millionen Dollar über mehrere Jahre geboten haben. "
        "Es ist bereits der vierte Abgang aus dem Apple-Team innerhalb eines Monats.",
        [
            hire("Yannick Morel", "Meta", C),
            dep("Yannick Morel", "Apple", C),
            poa("Meta", "Apple", C),
        ],
        optional=[pos("Yannick Morel", "Apple")],
    ),
    de(
        "Das komplette Bildverarbeitungsteam des Jenaer Optikspezialisten Lumetra bleibt an Bord. "
        "Der US-Konzern Nvidia hatte den neun Entwicklern um Teamleiter Sebastian Kreutzer Angebote gemacht, doch Lumetra legte mit Halteprämien und einem eigenen Forschungsbudget nach. "
        "Alle neun hätten ihre Verträge verlängert, sagte Lumetra-Chef Michael Brandstätter.",
        [
            poa("Nvidia", "Lumetra", F),
            pos("Sebastian Kreutzer", "Lumetra"),
            pos("Michael Brandstätter", "Lumetra"),
        ],
        optional=[hire("Sebastian Kreutzer", "Nvidia", F)],
    ),
    de(
        "Der Tübinger Informatikprofessor Jakob Ellinger wechselt zu Anthropic. "
        "Ellinger, der an der Universität Tübingen das Labor für maschinelles Lernen leitet, soll für das US-Unternehmen ein Forschungsteam in Europa aufbauen. "
        "Die Leitung des Labors übernimmt kommissarisch seine Kollegin Annika Bröhl.",
        [
            hire("Jakob Ellinger", "Anthropic", CA),
            dep("Jakob Ellinger", "Universität Tübingen", CA),
            posh("Annika Bröhl", "Universität Tübingen"),
        ],
        optional=[
            pos("Jakob Ellinger", "Universität Tübingen"),
            poa("Anthropic", "Universität Tübingen", CA),
        ],
    ),
    de(
        "Microsoft holt die Gründer des Berliner KI-Start-ups Tavelio an Bord. "
        "Mustafa Demirel und Carla Nyström wechseln mit dem Großteil ihres 30-köpfigen Teams zu dem US-Konzern, der zudem eine Lizenz für Tavelios Technologie erwirbt. "
        "Branchenkreisen zufolge zahlt Microsoft dafür rund 250 Millionen Dollar. "
        "Die Investoren von Tavelio sollen ihr Geld mit Gewinn zurückbekommen.",
        [
            hire("Mustafa Demirel", "Microsoft", CA),
            hire("Carla Nyström", "Microsoft", CA),
            dep("Mustafa Demirel", "Tavelio", CA),
            dep("Carla Nyström", "Tavelio", CA),
            par(["Microsoft", "Tavelio"], CA),
        ],
        optional=[
            acq("Microsoft", "Tavelio", ANY),
            poa("Microsoft", "Tavelio", ANY),
            pos("Mustafa Demirel", "Tavelio"),
            pos("Carla Nyström", "Tavelio"),
        ],
    ),
    de(
        "Der chinesische Elektroautobauer Lingtu Motors wirbt in großem Stil Ingenieure bei deutschen Zulieferern ab. "
        "Allein von Kronauer Antriebstechnik sollen in diesem Jahr mehr als 40 Entwickler zu Lingtus Münchner Forschungszentrum gewechselt sein, berichtet die Automobilwoche. "
        "Kronauer-Personalchefin Iris Bamberger spricht von einem Kampf um Köpfe.",
        [
            poa("Lingtu Motors", "Kronauer Antriebstechnik", [C, R]),
            pos("Iris Bamberger", "Kronauer Antriebstechnik"),
        ],
    ),
    de(
        "Die Schweizer Privatbank Vontara hat dem Frankfurter Bankhaus Reinholdt ein komplettes Beraterteam abgeworben. "
        "Die sechs Vermögensverwalter um Christian Oberhauser betreuen Kundengelder von rund 1,5 Milliarden Euro und arbeiten seit dieser Woche für Vontara. "
        "Reinholdt kündigte rechtliche Schritte an.",
        [
            poa("Vontara", "Bankhaus Reinholdt", C),
            hire("Christian Oberhauser", "Vontara", C),
        ],
        optional=[dep("Christian Oberhauser", "Bankhaus Reinholdt", C)],
    ),
    de(
        "Der Versuch des Dresdner Chipherstellers Siltrava, den Entwicklungschef des Konkurrenten Halbwerk, Ralf Unger, abzuwerben, ist vorerst gescheitert. "
        "Ein Gericht untersagte Unger per einstweiliger Verfügung, vor Ablauf seines Wettbewerbsverbots im kommenden Jahr bei Siltrava anzufangen. "
        "Siltrava will Berufung einlegen.",
        [
            poa("Siltrava", "Halbwerk", F),
            pos("Ralf Unger", "Halbwerk"),
        ],
        optional=[hire("Ralf Unger", "Siltrava", ANY)],
    ),
    de(
        "Das französische KI-Unternehmen Mistral AI hat drei leitende Forscher von Meta in Paris abgeworben. "
        "Unter ihnen ist auch Camille Dufresne, die bei Meta das Team für offene Sprachmodelle leitete, wie Mistral am Mittwoch bestätigte. "
        "Die drei fangen im Herbst an.",
        [
            poa("Mistral AI", "Meta", CA),
            hire("Camille Dufresne", "Mistral AI", CA),
            pos("Camille Dufresne", "Meta"),
        ],
        optional=[dep("Camille Dufresne", "Meta", CA)],
    ),
    de(
        "Google verhandelt offenbar mit Cognoras Chefentwickler Henrik Thalberg über einen Wechsel ins kalifornische Mountain View. "
        "Das Angebot soll ein Aktienpaket im Wert von rund 40 Millionen Dollar umfassen. "
        "Cognora-Chefin Paula Reinsch sagte, sie rechne fest damit, dass Thalberg bleibe.",
        [
            poa("Google", "Cognora", TR),
            pos("Henrik Thalberg", "Cognora"),
            pos("Paula Reinsch", "Cognora"),
        ],
        optional=[hire("Henrik Thalberg", "Google", TR), dep("Henrik Thalberg", "Cognora", TR)],
    ),
    de(
        "Statt zu Amazon zu wechseln, rückt Miriam Fahrenholz bei Veldhaus Logistik in den Vorstand auf. "
        "Der US-Konzern hatte die Logistikexpertin nach Informationen aus Unternehmenskreisen monatelang umworben. "
        "Veldhaus hielt sie nun mit der Beförderung zur Vorständin für Digitalisierung.",
        [
            poa("Amazon", "Veldhaus Logistik", F),
            posh("Miriam Fahrenholz", "Veldhaus Logistik"),
        ],
        optional=[hire("Miriam Fahrenholz", "Amazon", F)],
    ),
    # --- Nachfolger, die erst später im Text genannt werden
    de(
        "Der Vorstandschef des Düsseldorfer Handelskonzerns Merkenhaus, Ulrich Sandvoss, legt sein Amt zum Jahresende nieder. "
        "Das teilte der Aufsichtsrat am Montagabend mit. "
        "Nachfolgerin wird Finanzvorständin Katrin Oberle, die seit 2021 dem Vorstand angehört. "
        "Sandvoss hatte den Konzern acht Jahre lang geführt.",
        [
            dep("Ulrich Sandvoss", "Merkenhaus", A),
            posh("Katrin Oberle", "Merkenhaus"),
        ],
        optional=[pos("Ulrich Sandvoss", "Merkenhaus")],
    ),
    de(
        "Der Aufsichtsrat der Ostholm Versicherung hat einen neuen Vorstandschef gefunden. "
        "Ab April wird Bernd Kullmann an die Spitze des Hamburger Versicherers rücken. "
        "Kullmann ist derzeit Vorstand bei der Konkurrentin Weserland Leben, die ihn nach eigenen Angaben nur ungern ziehen lässt. "
        "Der bisherige Chef Hartmut Rieß geht in den Ruhestand.",
        [
            hire("Bernd Kullmann", "Ostholm Versicherung", A),
            dep("Bernd Kullmann", "Weserland Leben", A),
            dep("Hartmut Rieß", "Ostholm Versicherung", A),
        ],
        optional=[
            pos("Bernd Kullmann", "Weserland Leben"),
            pos("Hartmut Rieß", "Ostholm Versicherung"),
            poa("Ostholm Versicherung", "Weserland Leben", A),
        ],
    ),
    de(
        "Beim Windturbinenbauer Vendrell Energie kommt es zu einem überraschenden Führungswechsel. "
        "Vorstandschef Achim Dörrfeld verlässt das Unternehmen mit sofortiger Wirkung im besten gegenseitigen Einvernehmen, wie es in einer Mitteilung heißt. "
        "Bis ein Nachfolger gefunden ist, übernimmt Finanzchefin Ramona Zielke kommissarisch die Führung.",
        [
            dep("Achim Dörrfeld", "Vendrell Energie", C),
            posh("Ramona Zielke", "Vendrell Energie"),
        ],
        optional=[pos("Achim Dörrfeld", "Vendrell Energie")],
    ),
    de(
        "Nach nur 14 Monaten ist Schluss: Die Vorstandschefin des Online-Händlers Lindora, Sabine Krämer-Ost, verlässt das Unternehmen Ende März. "
        "Sie wolle sich neuen Aufgaben widmen, teilte Lindora mit. "
        "Ihr Nachfolger kommt von der Konkurrenz: Tobias Wendland, bisher Deutschland-Chef des Modeversenders Vestigo, übernimmt im April.",
        [
            dep("Sabine Krämer-Ost", "Lindora", A),
            hire("Tobias Wendland", "Lindora", A),
            pos("Tobias Wendland", "Vestigo"),
        ],
        optional=[
            dep("Tobias Wendland", "Vestigo", ANY),
            pos("Sabine Krämer-Ost", "Lindora"),
            poa("Lindora", "Vestigo", ANY),
        ],
    ),
    de(
        "Beim Versandhändler Hollerbach stehen die Zeichen auf Neuanfang. "
        "Finanzvorstand Marcus Pohl und Vertriebschef Jens Ritter verlassen das Unternehmen zum Monatsende. "
        "Pohls Aufgaben übernimmt Nicole Brandl, die bislang das Controlling leitete; Ritters Nachfolger wird Oliver Sternberg, der vom Konkurrenten Versandhaus Kamphausen kommt.",
        [
            dep("Marcus Pohl", "Hollerbach", A),
            dep("Jens Ritter", "Hollerbach", A),
            posh("Nicole Brandl", "Hollerbach"),
            hire("Oliver Sternberg", "Hollerbach", A),
        ],
        optional=[
            dep("Oliver Sternberg", "Versandhaus Kamphausen", ANY),
            poa("Hollerbach", "Versandhaus Kamphausen", ANY),
            pos("Marcus Pohl", "Hollerbach"),
            pos("Jens Ritter", "Hollerbach"),
        ],
    ),
    de(
        "Die Vergleichsplattform Tarifvista holt sich ihren neuen Technikchef bei Google. "
        "Anna Lindemann, die zuletzt in Zürich ein Entwicklerteam von Google leitete, tritt ihr Amt am 1. März an. "
        "Sie folgt auf Mitgründer Sebastian Roth, der sich aus dem operativen Geschäft zurückzieht und in den Beirat wechselt.",
        [
            hire("Anna Lindemann", "Tarifvista", A),
            pos("Anna Lindemann", "Google"),
            pos("Sebastian Roth", "Tarifvista"),
        ],
        optional=[
            dep("Anna Lindemann", "Google", ANY),
            poa("Tarifvista", "Google", ANY),
            dep("Sebastian Roth", "Tarifvista", A),
        ],
    ),
    de(
        "Der frühere Vorstandschef des Stahlkonzerns Ruhrmark, Heinrich Abels, hat das Angebot ausgeschlagen, den Aufsichtsratsvorsitz beim angeschlagenen Baukonzern Tessendorf zu übernehmen. "
        "Das bestätigte Abels am Wochenende. "
        "Tessendorf sucht nun weiter nach einem Nachfolger für Werner Hagedorn, der im Februar als Aufsichtsratschef zurückgetreten war.",
        [
            pos("Heinrich Abels", "Ruhrmark"),
            hire("Heinrich Abels", "Tessendorf", F),
            dep("Werner Hagedorn", "Tessendorf", C),
        ],
        optional=[pos("Werner Hagedorn", "Tessendorf")],
    ),
    de(
        "Der Düsseldorfer Rüstungskonzern Valkenberg hat einen Bericht dementiert, wonach der Manager Frédéric Lanvin vom französischen Konkurrenten Castrelle als neuer Technikvorstand kommen soll. "
        "Diese Personalie entbehre jeder Grundlage, sagte ein Sprecher am Donnerstag.",
        [
            hire("Frédéric Lanvin", "Valkenberg", D),
            pos("Frédéric Lanvin", "Castrelle"),
        ],
        optional=[dep("Frédéric Lanvin", "Castrelle", D), poa("Valkenberg", "Castrelle", D)],
    ),
    # --- Folgemeldungen, die den Status eines Deals ändern
    de(
        "Die Fusion der beiden Baustoffhändler Hallerbach und Ruhmkorf ist geplatzt. "
        "Nach monatelangen Verhandlungen konnten sich die Familiengesellschafter nicht auf die Bewertung einigen, teilten beide Unternehmen am Freitag mit. "
        "Gemeinsam wären sie auf einen Umsatz von rund 3 Milliarden Euro gekommen.",
        [mer(["Hallerbach", "Ruhmkorf"], F)],
    ),
    de(
        "Die EU-Kommission hat die Übernahme des Bremer Windparkbetreibers Weserkant Energie durch den dänischen Versorger Holmgaard genehmigt, allerdings unter Auflagen. "
        "Holmgaard muss sich von drei Offshore-Projekten in der Nordsee trennen. "
        "Der Konzern rechnet damit, die Transaktion im Oktober abzuschließen.",
        [acq("Holmgaard", "Weserkant Energie", A)],
    ),
    de(
        "Das Bundeskartellamt hat die geplante Übernahme des Entsorgers Rhevera Recycling durch den Branchenprimus Kordes Umwelt untersagt. "
        "Der Zusammenschluss hätte in mehreren Regionen Süddeutschlands zu einer marktbeherrschenden Stellung geführt, erklärte die Behörde. "
        "Kordes kündigte an, die Entscheidung prüfen zu wollen.",
        [acq("Kordes Umwelt", "Rhevera Recycling", F)],
    ),
    de(
        "Der Sportartikelhersteller Falkenried hat Berichte über Übernahmegespräche mit dem US-Konkurrenten Corliss Athletic zurückgewiesen. "
        "Es gebe keine Gespräche, sagte ein Sprecher am Mittwoch. "
        "Zuvor hatte ein Finanzdienst berichtet, Corliss prüfe ein Gebot für die Franken.",
        [acq("Corliss Athletic", "Falkenried", D)],
    ),
    de(
        "Was seit Wochen gemunkelt wurde, ist nun offiziell: Der Baukonzern Kornhagen Bau verhandelt über den Kauf des österreichischen Tunnelbauers Pichlmayr. "
        "Man befinde sich in fortgeschrittenen Gesprächen, ein Abschluss sei aber nicht sicher, teilte Kornhagen am Donnerstagabend mit. "
        "Zum möglichen Preis machte der Konzern keine Angaben.",
        [acq("Kornhagen Bau", "Pichlmayr", T)],
    ),
    de(
        "Gut ein halbes Jahr nach der Unterzeichnung hat der Autozulieferer Brecht & Hollmann die Übernahme des tschechischen Kabelbaumspezialisten Kovotech Plzen abgeschlossen. "
        "Alle behördlichen Genehmigungen lägen vor, teilte das Unternehmen mit. "
        "Kovotech-Chef Pavel Dvorak bleibt an Bord und leitet künftig zusätzlich das Osteuropageschäft des Zulieferers.",
        [
            acq("Brecht & Hollmann", "Kovotech Plzen", C),
            pos("Pavel Dvorak", "Kovotech Plzen"),
        ],
        optional=[posh("Pavel Dvorak", "Brecht & Hollmann")],
    ),
    de(
        "Mit dem Vollzug der Übernahme durch den US-Konzern Marrick Industries verlässt der langjährige Chef des Stuttgarter Sensorherstellers Senotec, Wolfgang Heilig, das Unternehmen. "
        "Marrick hatte im Frühjahr rund 1,3 Milliarden Euro für Senotec geboten; die letzten Genehmigungen lagen vergangene Woche vor. "
        "Neuer Geschäftsführer wird Marrick-Manager Daniel Krüger.",
        [
            acq("Marrick Industries", "Senotec", C),
            dep("Wolfgang Heilig", "Senotec", CA),
            posh("Daniel Krüger", "Senotec"),
            pos("Daniel Krüger", "Marrick Industries"),
        ],
        optional=[pos("Wolfgang Heilig", "Senotec")],
    ),
    de(
        "Die beiden Gabelstapler-Hersteller Ostermann Fördertechnik und Kallweit Lift schließen sich zusammen. "
        "Die Aktionäre von Kallweit sollen je Aktie 1,35 neue Ostermann-Aktien erhalten, teilten die Unternehmen am Sonntagabend mit. "
        "Das fusionierte Unternehmen wird Ostermann Kallweit heißen und seinen Sitz in Hannover haben. "
        "Vorstandschefin wird Kallweit-Chefin Dagmar Lührs.",
        [
            mer(["Ostermann Fördertechnik", "Kallweit Lift"], A),
            pos("Dagmar Lührs", "Kallweit Lift"),
        ],
        optional=[posh("Dagmar Lührs", "Ostermann Kallweit")],
    ),
    de(
        "Die Aktionäre der Veltheimer Mühle und der Harzkorn AG haben der Verschmelzung der beiden Getreidemühlen zugestimmt. "
        "Der Zusammenschluss soll mit der Eintragung ins Handelsregister Anfang Juli wirksam werden.",
        [mer(["Veltheimer Mühle", "Harzkorn"], A)],
    ),
    de(
        "Die Spekulationen um einen Zusammenschluss der beiden Reisekonzerne Trovanta Reisen und Escalis Touristik sind vom Tisch. "
        "Beide Unternehmen haben Berichte über Fusionsgespräche dementiert. "
        "Man führe keine Gespräche, erklärte eine Trovanta-Sprecherin; auch Escalis wies die Spekulationen zurück.",
        [mer(["Trovanta Reisen", "Escalis Touristik"], D)],
    ),
    de(
        "Das Übernahmeangebot des Finanzinvestors Granvik Partners für die Augenoptik-Kette Brennecke Optik ist gescheitert. "
        "Bis zum Ende der Annahmefrist wurden Granvik nur 38 Prozent der Aktien angedient; die Mindestannahmeschwelle lag bei 65 Prozent. "
        "Das Angebot erlischt damit.",
        [acq("Granvik Partners", "Brennecke Optik", F)],
    ),
    de(
        "Der Lebensmittelkonzern Brämer sucht Insidern zufolge einen Käufer für seine Tiefkühlsparte Brämer Frost. "
        "Als Favorit gilt nach Informationen der Lebensmittel Zeitung der Wettbewerber Hollstein Feinkost. "
        "Hollstein dementierte am Dienstag jedoch jegliches Interesse.",
        [acq("Hollstein Feinkost", "Brämer Frost", D)],
    ),
    # --- Ablenker: Zahlen, Produkte, Analysten
    de(
        "Der Spezialchemiekonzern Velmaron hat im dritten Quartal einen Umsatzrückgang von vier Prozent verbucht. "
        "Das bereinigte Ebitda sank auf 212 Millionen Euro und lag damit leicht unter den Erwartungen der Analysten. "
        "Die Prognose für das Gesamtjahr bestätigte der Konzern.",
        [],
    ),
    de(
        "Der Hörgerätehersteller Sonavit bringt im Frühjahr ein Gerät mit KI-gestützter Geräuschfilterung auf den Markt. "
        "Es soll rund 3.000 Euro kosten. "
        "Die Analysten der Berenberg Bank hoben ihr Kursziel für die Aktie daraufhin von 64 auf 72 Euro an.",
        [],
    ),
    de(
        "Die Analysten von Warburg Research haben die Aktie des Laserspezialisten Koberg Photonics von Halten auf Kaufen hochgestuft. "
        "Das Kursziel steigt auf 38 Euro. "
        "Die Auftragslage im Halbleitergeschäft habe sich deutlich verbessert, schrieb Analyst Tim Reuschel.",
        [],
        optional=[pos("Tim Reuschel", "Warburg Research")],
    ),
    de(
        "Auf seinem Kapitalmarkttag hat der Pumpenhersteller Ebersfeld neue Mittelfristziele vorgestellt. "
        "Bis 2030 soll der Umsatz auf 4 Milliarden Euro steigen, die Marge auf 15 Prozent. "
        "Zukäufe schloss Vorstandschef Gregor Thalmann nicht aus, konkrete Gespräche gebe es aber nicht.",
        [pos("Gregor Thalmann", "Ebersfeld")],
    ),
    de(
        "Der Rüstungskonzern Arnsfeld Wehrtechnik hat von der Bundeswehr einen Auftrag über 1,2 Milliarden Euro für Schützenpanzer erhalten. "
        "Die Auslieferung soll 2028 beginnen. "
        "Die Aktie legte um drei Prozent zu.",
        [],
    ),
    de(
        "Der Reifenhersteller Kordwald schließt sein Werk in Fulda. "
        "Rund 900 Beschäftigte sind betroffen. "
        "Die IG Metall kündigte Widerstand an.",
        [],
    ),
]
