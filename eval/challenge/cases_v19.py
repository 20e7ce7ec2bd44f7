# ruff: noqa: E501
"""Challenge set v19: startup and venture press, AI-lab talent moves and corporate personnel releases (English and German).

Covers funding-round roundups with several investors, acqui-hires, founders leaving,
exit stories, poaching in AI labs, Vorstand/Aufsichtsrat/Geschäftsführung changes and
deals at every stage (rumored, in talks, failed, denied, announced, completed), plus
distractors (product purchases, customer contracts, analyst speculation, negations,
quotes without a move).

Written blind by a helper on 2026-11-27, for error analysis. The helper did not
look at the extractor's code, its tests, the other challenge sets or the dev
corpora; all passages and names (apart from a few well-known real companies used
as counterparties) are invented.

Conventions used here: every named investor in a round gets its own investment
event; an appositive former employer ("a former Dropbox engineer", "kam von X")
is optional, while a stated senior title ("most recently CFO of X") is an
expected position; a role change inside the same organisation is ``posh``.
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
    poach,
    pos,
    posh,
    stake,
)

CASES = [
    # ------------------------------------------------------------------ English (1)
    # --- funding rounds, acqui-hires, exits
    en(
        "Ledgerly raises $38M Series B to automate freight invoicing\n\n"
        "Ledgerly, a two-year-old Austin start-up that reconciles freight invoices for mid-sized shippers, has raised $38 million in a Series B round led by Harborview Ventures. "
        "Existing backers Quillstone Capital and Pennant Road also participated, alongside new investor Tamsin Growth. "
        "Co-founder and CEO Marisol Oyelaran said the money would go into hiring engineers in Lisbon.",
        [
            inv("Harborview Ventures", "Ledgerly", C),
            inv("Quillstone Capital", "Ledgerly", C),
            inv("Pennant Road", "Ledgerly", C),
            inv("Tamsin Growth", "Ledgerly", C),
            pos("Marisol Oyelaran", "Ledgerly"),
        ],
    ),
    en(
        "Vector-database maker Quorra is in talks to raise new funding at a valuation of roughly $1.2 billion, according to three people familiar with the matter. "
        "Sequoia Capital is expected to lead the round, the people said, while Index Ventures, which led Quorra's seed round in 2023, is weighing whether to put in more money. "
        "Quorra declined to comment.",
        [
            inv("Sequoia Capital", "Quorra", TR),
            inv("Index Ventures", "Quorra", ANY),
        ],
    ),
    en(
        "Acqui-hire: Fernwood buys AI note-taking app Scribbly, shuts it down\n\n"
        "Productivity suite Fernwood has acquired Scribbly, the meeting-notes app founded in 2021 by former Dropbox engineers Kenji Aldana and Rhea Vossberg. "
        "Terms were not disclosed. Scribbly will stop accepting new users on March 1; its seven-person team, including both founders, has joined Fernwood's AI group, "
        "which is led by chief technology officer Ollie Brandt.",
        [
            acq("Fernwood", "Scribbly", C),
            hire("Kenji Aldana", "Fernwood", C),
            hire("Rhea Vossberg", "Fernwood", C),
            pos("Kenji Aldana", "Scribbly"),
            pos("Rhea Vossberg", "Scribbly"),
            pos("Ollie Brandt", "Fernwood"),
        ],
        optional=[
            pos("Kenji Aldana", "Dropbox"),
            pos("Rhea Vossberg", "Dropbox"),
            dep("Kenji Aldana", "Dropbox", C),
            dep("Rhea Vossberg", "Dropbox", C),
        ],
    ),
    en(
        "Mira Castellanos, who co-founded payroll start-up Paywise in 2019 and ran it as chief executive until last spring, has left the company's board, Paywise confirmed on Tuesday. "
        "She is starting a new venture in climate software. "
        "Paywise is now led by Devin Achterberg, a former Stripe executive who joined as CEO in May.",
        [
            dep("Mira Castellanos", "Paywise", C),
            hire("Devin Achterberg", "Paywise", C),
        ],
        optional=[
            pos("Mira Castellanos", "Paywise"),
            pos("Devin Achterberg", "Paywise"),
            pos("Devin Achterberg", "Stripe"),
            dep("Devin Achterberg", "Stripe", C),
        ],
    ),
    en(
        "From garage to exit: Kettle & Coil sells to Whirlpool\n\n"
        "Seven years after Priya Nandakumar and Tomasz Wisniewski started building smart kettles in a rented garage in Leeds, their company Kettle & Coil Ltd has agreed to be acquired by Whirlpool. "
        "The deal, which still needs regulatory approval, values the business at about £210 million. "
        "Early investors Ashgrove Partners and the Northern Angels syndicate will see a return of more than 20 times their money, according to a person with knowledge of the terms. "
        "Both founders plan to stay on for at least two years.",
        [
            acq("Whirlpool", "Kettle & Coil Ltd", A),
            inv("Ashgrove Partners", "Kettle & Coil Ltd", C),
            inv("Northern Angels", "Kettle & Coil Ltd", C),
            pos("Priya Nandakumar", "Kettle & Coil Ltd"),
            pos("Tomasz Wisniewski", "Kettle & Coil Ltd"),
        ],
    ),
    # --- AI lab talent moves
    en(
        "Halcyon AI, the London lab behind the open-weight Corvid models, has hired Dr. Ingrid Solberg, who spent six years leading reinforcement-learning research at Google DeepMind. "
        "Solberg starts in January as Halcyon's chief scientist. "
        "The move is the latest in a string of departures from DeepMind's London office; last month, two members of its Gemini post-training team left for Anthropic.",
        [
            hire("Ingrid Solberg", "Halcyon AI", CA),
            dep("Ingrid Solberg", "Google DeepMind", CA),
        ],
        optional=[
            pos("Ingrid Solberg", "Halcyon AI"),
            pos("Ingrid Solberg", "Google DeepMind"),
            poach("Halcyon AI", "Google DeepMind", ANY),
            poach("Anthropic", "Google DeepMind", ANY),
        ],
    ),
    en(
        "Meta tried to lure Aurelio Fenn, one of the lead architects of Northlight's reasoning models, with a pay package worth more than $200 million over four years, two people briefed on the talks said. "
        "Fenn turned the offer down and will remain at Northlight, where he was recently promoted to head of research.",
        [
            poach("Meta", "Northlight", [F, R]),
            posh("Aurelio Fenn", "Northlight"),
        ],
        optional=[hire("Aurelio Fenn", "Meta", F)],
    ),
    en(
        "Anthropic has poached Sunita Varghese from OpenAI's safety team, according to a post on her personal blog. "
        "Varghese, who joined OpenAI in 2021, wrote that she left the company last week and will start at Anthropic on Monday.",
        [
            poach("Anthropic", "OpenAI", C),
            hire("Sunita Varghese", "Anthropic", CA),
            dep("Sunita Varghese", "OpenAI", C),
        ],
        optional=[
            hire("Sunita Varghese", "OpenAI", C),
            pos("Sunita Varghese", "OpenAI"),
        ],
    ),
    # --- corporate press releases: officers
    en(
        "Trellis Biomedical Inc. (NYSE: TRLS) today announced that its Board of Directors has appointed Harriet Mbeki as Chief Financial Officer, effective March 3. "
        "Mbeki succeeds Jonathan Perl, who will step down after nine years and remain with the company as an advisor through the end of the second quarter. "
        "Mbeki most recently served as CFO of Alderfield Pharmaceuticals.",
        [
            hire("Harriet Mbeki", "Trellis Biomedical Inc.", A),
            dep("Jonathan Perl", "Trellis Biomedical Inc.", A),
            pos("Harriet Mbeki", "Alderfield Pharmaceuticals"),
        ],
        optional=[
            pos("Harriet Mbeki", "Trellis Biomedical Inc."),
            pos("Jonathan Perl", "Trellis Biomedical Inc."),
            dep("Harriet Mbeki", "Alderfield Pharmaceuticals", ANY),
        ],
    ),
    # --- failed, denied, distractors
    en(
        "Payments groups Calyra and Stonebridge Pay have called off their planned $3.1 billion merger after failing to agree on who would run the combined company, both firms said on Friday. "
        "The all-stock deal had been announced in June. "
        "Calyra chief executive Odile Marchetti said the company would now 'revert to our standalone plan'.",
        [
            mer(["Calyra", "Stonebridge Pay"], F),
            pos("Odile Marchetti", "Calyra"),
        ],
    ),
    en(
        "Quantica denied a report that it was in talks to buy Lumenfold, the Dutch photonics start-up. "
        "'There are no discussions with Lumenfold,' a Quantica spokeswoman said. "
        "The report, published by a trade newsletter on Wednesday, had said the two sides were close to a deal worth about €400 million.",
        [acq("Quantica", "Lumenfold", D)],
    ),
    en(
        "Harwick Logistics said on Monday it will buy 1,400 electric delivery vans from Voltera Motors over three years, in one of the largest fleet orders in Europe. "
        "Harwick CEO Bram Oosterhuis called the order 'a milestone for our decarbonisation'. Voltera shares rose 6%.",
        [pos("Bram Oosterhuis", "Harwick Logistics")],
    ),
    en(
        "Scheduling start-up Rotawise has won a three-year contract to provide shift-planning software to NHS trusts in the East of England, the company said. "
        "The contract is worth up to £14 million. "
        "Rotawise, which raised $9 million from Kestrel Fields Capital last year, said it would hire 40 people.",
        [inv("Kestrel Fields Capital", "Rotawise", C)],
    ),
    en(
        "Analysts at Morrow & Pike said Gantry Robotics could become a takeover target after its shares fell 40% this year, naming industrial groups Ostrander and Helix Automation as possible suitors. "
        "Neither company has commented, and there is no indication that talks have taken place.",
        [],
        optional=[
            acq("Ostrander", "Gantry Robotics", R),
            acq("Helix Automation", "Gantry Robotics", R),
        ],
    ),
    en(
        "Contrary to earlier expectations, Vireo Capital did not take part in Ambergrid's €25 million Series A, which was led by Eastlake Partners with participation from Fjord Ventures. "
        "A Vireo partner said the fund had passed on the deal over valuation concerns.",
        [
            inv("Eastlake Partners", "Ambergrid", C),
            inv("Fjord Ventures", "Ambergrid", C),
        ],
        optional=[inv("Vireo Capital", "Ambergrid", F)],
    ),
    en(
        "'We're seeing enterprise buyers consolidate vendors,' said Lena Hartigan, a general partner at Copperline Ventures, whose portfolio includes Quorum Health and Tidal Data. "
        "Hartigan, who previously founded analytics company Metricly, expects more acqui-hires in the second half.",
        [
            pos("Lena Hartigan", "Copperline Ventures"),
            pos("Lena Hartigan", "Metricly"),
        ],
        optional=[
            inv("Copperline Ventures", "Quorum Health", C),
            inv("Copperline Ventures", "Tidal Data", C),
            dep("Lena Hartigan", "Metricly", C),
        ],
    ),
    en(
        "Snowflake rival Gridmark is in advanced talks to acquire Tessellate, a San Francisco start-up that builds evaluation tools for large language models, for around $350 million, people familiar with the matter told us. "
        "A deal could be announced as soon as next week. "
        "Tessellate was founded in 2022 by Omar Haddad and Celine Fournier, both formerly at Hugging Face, and raised a $20 million Series A from Brightwater Partners last year.",
        [
            acq("Gridmark", "Tessellate", TR),
            pos("Omar Haddad", "Tessellate"),
            pos("Celine Fournier", "Tessellate"),
            inv("Brightwater Partners", "Tessellate", C),
        ],
        optional=[
            pos("Omar Haddad", "Hugging Face"),
            pos("Celine Fournier", "Hugging Face"),
            dep("Omar Haddad", "Hugging Face", C),
            dep("Celine Fournier", "Hugging Face", C),
        ],
    ),
    en(
        "Japanese conglomerate Hoshino Holdings has taken a 15% stake in Brightwave Energy, a Rotterdam-based developer of home-battery software, for €60 million. "
        "The investment makes Hoshino the start-up's largest outside shareholder, ahead of Dutch fund Polder Ventures, which holds about 11%.",
        [stake("Hoshino Holdings", "Brightwave Energy", C)],
        optional=[stake("Polder Ventures", "Brightwave Energy", ANY)],
    ),
    en(
        "Northwind Robotics has a new chief technology officer. "
        "The Boston company said on Thursday that Aaron Kessel-Ruiz, a veteran of Boston Dynamics and most recently vice president of engineering at Ferro Labs, would take up the post on Feb. 1. "
        "He replaces co-founder Wendy Tsai, who is moving into an advisory role after eight years as CTO.",
        [
            hire("Aaron Kessel-Ruiz", "Northwind Robotics", A),
            pos("Aaron Kessel-Ruiz", "Ferro Labs"),
            pos("Wendy Tsai", "Northwind Robotics"),
        ],
        optional=[
            pos("Aaron Kessel-Ruiz", "Northwind Robotics"),
            pos("Aaron Kessel-Ruiz", "Boston Dynamics"),
            dep("Aaron Kessel-Ruiz", "Ferro Labs", ANY),
            dep("Wendy Tsai", "Northwind Robotics", ANY),
        ],
    ),
    en(
        "Klarwater, the Stockholm start-up making water-leak sensors for insurers, is raising about €45 million, according to two people with knowledge of the plans. "
        "Talks are under way with Halvard Capital and the Swedish pension fund Fjärde Pension, the people said, while existing investor Norrbacka VC has committed to take part. "
        "Klarwater's founder Elin Lindqvist declined to comment.",
        [
            inv("Halvard Capital", "Klarwater", TR),
            inv("Fjärde Pension", "Klarwater", TR),
            inv("Norrbacka VC", "Klarwater", [A, R]),
            pos("Elin Lindqvist", "Klarwater"),
        ],
    ),
    en(
        "Helio Software has completed its purchase of Pinecrest Analytics from private-equity firm Larkspur Capital, the company said on Monday. "
        "Helio paid $1.05 billion. Larkspur had bought Pinecrest in 2018 from its founders.",
        [
            acq("Helio Software", "Pinecrest Analytics", C),
            acq("Larkspur Capital", "Pinecrest Analytics", C),
        ],
    ),
    en(
        "Talent tracker: who moved this week\n\n"
        "- Rohan Batra, a research scientist on OpenAI's o-series team, has joined xAI.\n"
        "- Former Cohere VP Meredith Lange is now chief operating officer at Vantablack Labs, a stealth start-up.\n"
        "- Jules Amadou left Mistral AI after two years and is reportedly talking to Apple.",
        [
            hire("Rohan Batra", "xAI", C),
            dep("Rohan Batra", "OpenAI", C),
            pos("Meredith Lange", "Cohere"),
            hire("Meredith Lange", "Vantablack Labs", C),
            dep("Jules Amadou", "Mistral AI", C),
            hire("Jules Amadou", "Apple", TR),
        ],
        optional=[
            pos("Rohan Batra", "OpenAI"),
            pos("Meredith Lange", "Vantablack Labs"),
            dep("Meredith Lange", "Cohere", C),
            poach("xAI", "OpenAI", ANY),
        ],
    ),
    en(
        "Fablewright and the German publisher Kranich Verlag have agreed a licensing partnership that lets Fablewright train its story-generation models on Kranich's back catalogue of 12,000 titles. "
        "Financial terms were not disclosed.",
        [par(["Fablewright", "Kranich Verlag"], CA)],
    ),
    en(
        "The UK's Competition and Markets Authority has blocked Orison Group's proposed £780 million takeover of rival ticketing platform Gatefold, saying the deal would leave concert-goers with fewer choices. "
        "Orison said it was 'disappointed' and would not appeal. "
        "Gatefold chief executive Sam Ilori said the company would continue to pursue growth independently.",
        [
            acq("Orison Group", "Gatefold", F),
            pos("Sam Ilori", "Gatefold"),
        ],
    ),
    en(
        "Gridline, a developer of spreadsheet software, will acquire Inkpot, a three-person start-up building AI agents for finance teams, the companies announced. "
        "As part of the deal, Inkpot's founders Zara Mendel and Felix Okonkwo will join Gridline's engineering organization. "
        "Inkpot's product will be shut down in 60 days.",
        [
            acq("Gridline", "Inkpot", A),
            hire("Zara Mendel", "Gridline", A),
            hire("Felix Okonkwo", "Gridline", A),
            pos("Zara Mendel", "Inkpot"),
            pos("Felix Okonkwo", "Inkpot"),
        ],
    ),
    en(
        "Software group Orrin has denied that it is preparing to invest in autonomous-trucking start-up Haulstar, after a newspaper report said Orrin would lead a $150 million round. "
        "'We have no plans to invest in Haulstar,' Orrin said in a statement.",
        [inv("Orrin", "Haulstar", D)],
    ),
    en(
        "Corvane's chief executive, Lucas Ferreira, has resigned with immediate effect, the cloud-gaming company said late Tuesday, two weeks after a funding round led by Tencent collapsed. "
        "Chief operating officer Amira Said will serve as interim CEO while the board searches for a permanent successor.",
        [
            dep("Lucas Ferreira", "Corvane", C),
            posh("Amira Said", "Corvane"),
            inv("Tencent", "Corvane", F),
        ],
        optional=[pos("Lucas Ferreira", "Corvane")],
    ),
    en(
        "Hexwell Semiconductor is exploring a sale of its automotive-chip unit, Hexwell Drive, and has drawn interest from buyers including Infineon, according to people familiar with the matter. "
        "No decision has been made, and Hexwell could opt to keep the business, the people said.",
        [acq("Infineon", "Hexwell Drive", TR)],
    ),
    en(
        "Funding roundup\n\n"
        "Carbonsink (Copenhagen) raised €8 million in seed funding from Byfjord Ventures and Greenhaven Capital to scale its direct-air-capture pilots.\n"
        "Nimbus Legal, a London legal-AI start-up, closed a $22 million Series A led by Redpoint Street, with participation from angel investors including former Clifford Chance partner Hugo Letts.\n"
        "Otter Grove (Dublin), which makes software for veterinary practices, secured €5 million from the state-backed Irish Innovation Fund.",
        [
            inv("Byfjord Ventures", "Carbonsink", C),
            inv("Greenhaven Capital", "Carbonsink", C),
            inv("Redpoint Street", "Nimbus Legal", C),
            inv("Hugo Letts", "Nimbus Legal", C),
            inv("Irish Innovation Fund", "Otter Grove", C),
        ],
        optional=[pos("Hugo Letts", "Clifford Chance")],
    ),
    en(
        "Venture firm Saltmarsh Capital has added Nadia Ferrante as a general partner. "
        "Ferrante, who was chief product officer at fintech unicorn Coinbloom until December, will focus on AI infrastructure investments.",
        [
            hire("Nadia Ferrante", "Saltmarsh Capital", C),
            dep("Nadia Ferrante", "Coinbloom", C),
        ],
        optional=[
            pos("Nadia Ferrante", "Saltmarsh Capital"),
            pos("Nadia Ferrante", "Coinbloom"),
        ],
    ),
]

CASES += [
    # ------------------------------------------------------------------ German (1)
    # --- Startup-Newsletter: Finanzierungsrunden, Exits, Acqui-Hires
    de(
        "Finanzierungsrunde: Das Münchner Startup Stromkind sammelt 14 Millionen Euro ein\n\n"
        "Stromkind, ein 2022 gegründeter Anbieter von Ladesoftware für Mehrfamilienhäuser, hat in einer Series-A-Runde 14 Millionen Euro erhalten. "
        "Angeführt wird die Runde vom Berliner Investor Lindenhof Ventures; auch die Bestandsinvestoren Kiefer Capital und der High-Tech Gründerfonds beteiligen sich erneut. "
        "Mit dem Geld wolle man vor allem in Österreich und der Schweiz wachsen, sagte Mitgründerin Johanna Reischl.",
        [
            inv("Lindenhof Ventures", "Stromkind", C),
            inv("Kiefer Capital", "Stromkind", C),
            inv("High-Tech Gründerfonds", "Stromkind", C),
            pos("Johanna Reischl", "Stromkind"),
        ],
    ),
    de(
        "Exit für Gründerpaar aus Leipzig: Der Softwarekonzern Ravensberg AG übernimmt das Leipziger Startup Taktwerk, das Terminplanungssoftware für Handwerksbetriebe entwickelt. "
        "Über den Kaufpreis vereinbarten die Parteien Stillschweigen; Insidern zufolge liegt er im mittleren zweistelligen Millionenbereich. "
        "Die Gründer Tobias Merz und Anja Kühnel bleiben an Bord und sollen das Geschäft als eigenständige Einheit weiterführen. "
        "Der Abschluss der Transaktion wird für das erste Quartal erwartet.",
        [
            acq("Ravensberg AG", "Taktwerk", A),
            pos("Tobias Merz", "Taktwerk"),
            pos("Anja Kühnel", "Taktwerk"),
        ],
    ),
    # --- Vorstand, Aufsichtsrat, Geschäftsführung
    de(
        "Die Hallerbach Maschinenbau AG stellt ihren Vorstand neu auf. "
        "Der Aufsichtsrat hat Dr. Katrin Oberle mit Wirkung zum 1. April 2027 zur Finanzvorständin bestellt. "
        "Sie folgt auf Michael Strunz, der das Unternehmen nach 14 Jahren auf eigenen Wunsch verlässt. "
        "Oberle war zuletzt CFO der Weidner Gruppe.",
        [
            hire("Katrin Oberle", "Hallerbach Maschinenbau AG", A),
            dep("Michael Strunz", "Hallerbach Maschinenbau AG", A),
            pos("Katrin Oberle", "Weidner Gruppe"),
        ],
        optional=[
            pos("Katrin Oberle", "Hallerbach Maschinenbau AG"),
            pos("Michael Strunz", "Hallerbach Maschinenbau AG"),
            dep("Katrin Oberle", "Weidner Gruppe", ANY),
        ],
    ),
    de(
        "Der Düsseldorfer Energieversorger Rheinwerk SE lotet Insidern zufolge einen Einstieg beim Wärmepumpen-Startup Kältekraft aus. "
        "Im Gespräch sei eine Beteiligung von rund 25 Prozent, sagten zwei mit den Plänen vertraute Personen. "
        "Eine Entscheidung sei noch nicht gefallen. Rheinwerk und Kältekraft wollten sich nicht äußern.",
        [stake("Rheinwerk SE", "Kältekraft", TR)],
    ),
    # --- KI-Talente
    de(
        "Das Heidelberger KI-Labor Quellwerk hat einen prominenten Forscher von Google DeepMind abgeworben: "
        "Dr. Jonas Feldhaus, bislang in Zürich für multimodale Modelle zuständig, wechselt zum 1. Februar als Forschungschef nach Heidelberg. "
        "Quellwerk-Chefin Sabine Yilmaz sprach von einem „Signal an den Standort Europa“.",
        [
            poach("Quellwerk", "Google DeepMind", CA),
            hire("Jonas Feldhaus", "Quellwerk", A),
            dep("Jonas Feldhaus", "Google DeepMind", CA),
            pos("Sabine Yilmaz", "Quellwerk"),
        ],
        optional=[
            pos("Jonas Feldhaus", "Quellwerk"),
            pos("Jonas Feldhaus", "Google DeepMind"),
        ],
    ),
    de(
        "Generationswechsel bei Brenninger Holzbau: Nach 31 Jahren an der Spitze übergibt Seniorchef Alois Brenninger die Geschäftsführung des Familienunternehmens aus Rosenheim zum Jahresende an seine Tochter Theresa Brenninger. "
        "Sie ist seit 2019 im Betrieb tätig und verantwortet derzeit den Vertrieb. "
        "Alois Brenninger wechselt in den Beirat.",
        [
            pos("Alois Brenninger", "Brenninger Holzbau"),
            posh("Theresa Brenninger", "Brenninger Holzbau"),
        ],
        optional=[dep("Alois Brenninger", "Brenninger Holzbau", A)],
    ),
    # --- Fusionen: Gespräche, geplatzt, dementiert
    de(
        "Die beiden Münsteraner Softwarehäuser Datenhafen GmbH und Kontora GmbH verhandeln über einen Zusammenschluss. "
        "Das bestätigten beide Unternehmen am Mittwoch. "
        "Ziel sei ein gemeinsamer Anbieter für Buchhaltungssoftware mit rund 400 Beschäftigten. "
        "Ein Abschluss der Gespräche werde bis Ende des Sommers angestrebt.",
        [mer(["Datenhafen GmbH", "Kontora GmbH"], T)],
    ),
    de(
        "Geplatzt: Der geplante Verkauf des Berliner Lieferdienstes Kochbote an den Wettbewerber Tellerfix ist gescheitert. "
        "Die Gespräche seien ergebnislos beendet worden, teilte Kochbote-Gründer Malte Gruber auf LinkedIn mit. "
        "Tellerfix hatte im Herbst ein Übernahmeangebot vorgelegt. Kochbote sucht nun nach einer Anschlussfinanzierung.",
        [
            acq("Tellerfix", "Kochbote", F),
            pos("Malte Gruber", "Kochbote"),
        ],
    ),
    de(
        "Die Sennheim Optik AG hat Berichte über eine mögliche Fusion mit dem Konkurrenten Lichtblick Instruments zurückgewiesen. "
        "„An diesen Spekulationen ist nichts dran“, sagte ein Unternehmenssprecher. "
        "Das Branchenblatt „Optik Aktuell“ hatte zuvor berichtet, beide Seiten führten seit Wochen Gespräche.",
        [mer(["Sennheim Optik AG", "Lichtblick Instruments"], D)],
    ),
    # --- Ablenker: Produktkauf
    de(
        "Die Stadtwerke Kellinghusen haben 30 Elektrobusse beim Hersteller Voltaris bestellt. "
        "Die Fahrzeuge sollen ab Herbst 2027 ausgeliefert werden; der Auftrag hat ein Volumen von rund 18 Millionen Euro. "
        "„Damit stellen wir unsere Flotte bis 2030 komplett um“, sagte Geschäftsführer Henning Paulsen.",
        [pos("Henning Paulsen", "Stadtwerke Kellinghusen")],
    ),
    de(
        "Die Hauptversammlung der Marquardt Logistik AG hat am Donnerstag die frühere Telekom-Managerin Birgit Sandmann in den Aufsichtsrat gewählt. "
        "Sie tritt die Nachfolge von Dr. Werner Hollweg an, der nach Erreichen der Altersgrenze ausscheidet. "
        "Der Aufsichtsrat wählte anschließend Dr. Ulrike Fenske erneut zu seiner Vorsitzenden.",
        [
            hire("Birgit Sandmann", "Marquardt Logistik AG", C),
            dep("Werner Hollweg", "Marquardt Logistik AG", CA),
            pos("Ulrike Fenske", "Marquardt Logistik AG"),
        ],
        optional=[
            pos("Birgit Sandmann", "Telekom"),
            pos("Birgit Sandmann", "Marquardt Logistik AG"),
            pos("Werner Hollweg", "Marquardt Logistik AG"),
        ],
    ),
    de(
        "Acqui-Hire: Der Hamburger Onlinehändler Nordkauf hat das KI-Startup Promptly übernommen – allerdings nicht wegen des Produkts. "
        "Die Suchlösung von Promptly wird eingestellt, das zwölfköpfige Team um die Gründer Lea Dornbusch und Cem Aksoy arbeitet künftig in Nordkaufs Data-Science-Abteilung. "
        "Es ist bereits die zweite Übernahme dieser Art: 2024 hatte Nordkauf das Berliner Startup Fittery gekauft.",
        [
            acq("Nordkauf", "Promptly", C),
            hire("Lea Dornbusch", "Nordkauf", CA),
            hire("Cem Aksoy", "Nordkauf", CA),
            pos("Lea Dornbusch", "Promptly"),
            pos("Cem Aksoy", "Promptly"),
            acq("Nordkauf", "Fittery", C),
        ],
    ),
    de(
        "Paukenschlag bei Fahrly: Mitgründer und Co-CEO Niklas Brandauer verlässt das Mobilitäts-Startup mit sofortiger Wirkung. "
        "Das bestätigte das Unternehmen gegenüber unserem Newsletter. "
        "Brandauer will sich nach eigenen Angaben „neuen Projekten“ widmen. Die Geschäfte führt künftig seine Mitgründerin Carla Weidemann allein.",
        [
            dep("Niklas Brandauer", "Fahrly", C),
            posh("Carla Weidemann", "Fahrly"),
        ],
        optional=[pos("Niklas Brandauer", "Fahrly")],
    ),
    de(
        "Die Kessler Familienholding hat sich mit 30 Prozent am Kölner Food-Startup Hafermühle beteiligt. "
        "Die Gründer halten weiterhin die Mehrheit. "
        "Der Einstieg sei bereits im Dezember vollzogen worden, teilte Hafermühle mit.",
        [stake("Kessler Familienholding", "Hafermühle", C)],
    ),
    # --- Ablenker: Kundenauftrag
    de(
        "Das Dresdner Startup Sensiq liefert künftig Sensorik für die Werke des Autozulieferers Bremer & Sohn. "
        "Einen entsprechenden Rahmenvertrag über drei Jahre haben beide Seiten unterzeichnet. "
        "Für Sensiq ist es der bislang größte Kundenauftrag, sagte CEO Dilara Öztürk.",
        [pos("Dilara Öztürk", "Sensiq")],
        optional=[par(["Sensiq", "Bremer & Sohn"], ANY)],
    ),
    de(
        "Nach Informationen unseres Newsletters versucht der US-Konzern Microsoft, das Führungsteam des Berliner KI-Startups Tensora abzuwerben. "
        "Mehreren Mitarbeitern seien Angebote gemacht worden, heißt es aus dem Umfeld des Unternehmens. "
        "Tensora-CEO Paul Hartwig wollte sich dazu nicht äußern.",
        [
            poach("Microsoft", "Tensora", TR),
            pos("Paul Hartwig", "Tensora"),
        ],
    ),
    de(
        "Die Frankfurter Fintech-Bank Zinsblick hat einen neuen Technikvorstand: Marek Nowicki, der zuvor die IT-Abteilung der Kontowerk Bank leitete, ist seit Montag CTO. "
        "Zinsblick gehört seit 2021 mehrheitlich zur Taunus Genossenschaftsbank, die damals 60 Prozent der Anteile übernommen hatte.",
        [
            hire("Marek Nowicki", "Zinsblick", C),
            pos("Marek Nowicki", "Kontowerk Bank"),
            acq("Taunus Genossenschaftsbank", "Zinsblick", C),
        ],
        optional=[
            pos("Marek Nowicki", "Zinsblick"),
            dep("Marek Nowicki", "Kontowerk Bank", C),
        ],
    ),
    de(
        "Wird Sandra Köhler neue Chefin bei Velotec? Insidern zufolge steht die frühere Finanzchefin des Fahrradherstellers Pedalwerk kurz vor der Unterschrift. "
        "Velotec sucht seit dem Abgang von Gründer Stefan Aigner im Sommer einen neuen CEO.",
        [
            hire("Sandra Köhler", "Velotec", TR),
            pos("Sandra Köhler", "Pedalwerk"),
            dep("Stefan Aigner", "Velotec", C),
        ],
        optional=[pos("Stefan Aigner", "Velotec")],
    ),
    de(
        "Das Kölner Edtech Lernfuchs will bis Jahresende eine Series B über 30 Millionen Euro abschließen. "
        "Gespräche laufen nach Angaben von CEO Benedikt Rau mit mehreren internationalen Fonds; Namen wollte er nicht nennen. "
        "Bestandsinvestor Rheinland Ventures habe bereits zugesagt, erneut zu investieren.",
        [
            inv("Rheinland Ventures", "Lernfuchs", A),
            pos("Benedikt Rau", "Lernfuchs"),
        ],
    ),
    de(
        "Vollzug: Die Fusion der Versicherungsmakler Assekurata Nord und Hanse Makler Gruppe ist abgeschlossen. "
        "Das kombinierte Unternehmen firmiert ab sofort als Nordhanse Assekuranz GmbH mit Sitz in Hamburg. "
        "Geschäftsführer sind die bisherigen Chefs Jens Drewes und Meike Harms.",
        [
            mer(["Assekurata Nord", "Hanse Makler Gruppe"], C),
            pos("Jens Drewes", "Nordhanse Assekuranz GmbH"),
            pos("Meike Harms", "Nordhanse Assekuranz GmbH"),
        ],
        optional=[
            hire("Jens Drewes", "Nordhanse Assekuranz GmbH", C),
            hire("Meike Harms", "Nordhanse Assekuranz GmbH", C),
        ],
    ),
    # --- Verneinung
    de(
        "Anders als zunächst berichtet, wird Wolfgang Retzlaff nicht in den Vorstand der Elbtal Energie AG wechseln. "
        "Der frühere Siemens-Energy-Manager habe sich gegen das Angebot entschieden, teilte der Aufsichtsrat mit. "
        "Die Suche nach einem neuen Technikvorstand gehe weiter.",
        [hire("Wolfgang Retzlaff", "Elbtal Energie AG", F)],
        optional=[pos("Wolfgang Retzlaff", "Siemens Energy")],
    ),
    # --- Analystenspekulation ohne Käufer
    de(
        "Analysten der Privatbank Ellerbrock halten eine Übernahme des angeschlagenen Solarmodulherstellers Sonnfeld AG für denkbar. "
        "Als möglicher Käufer komme etwa ein chinesischer Wettbewerber in Frage, schrieben sie in einer Studie. "
        "Konkrete Hinweise auf Gespräche gebe es allerdings nicht.",
        [],
    ),
    de(
        "Personalie: Die Berliner KI-Firma Loomwerk holt sich Verstärkung aus dem Silicon Valley. "
        "Ahmad Rezaei, bislang Staff Research Engineer bei OpenAI, wird Leiter des neuen Forschungsbüros in Berlin. "
        "Er soll dort bis Ende 2027 ein Team von 40 Forschenden aufbauen.",
        [
            hire("Ahmad Rezaei", "Loomwerk", CA),
            dep("Ahmad Rezaei", "OpenAI", CA),
        ],
        optional=[
            pos("Ahmad Rezaei", "OpenAI"),
            pos("Ahmad Rezaei", "Loomwerk"),
        ],
    ),
    de(
        "Die Corporate-Venture-Einheit des Chemiekonzerns Valtria, Valtria Ventures, investiert in das Bremer Biotech-Startup Algenreich. "
        "Die Beteiligung ist Teil einer Finanzierungsrunde über 9 Millionen Euro, an der sich auch die Investitionsbank Bremen und mehrere Business Angels beteiligen.",
        [
            inv("Valtria Ventures", "Algenreich", CA),
            inv("Investitionsbank Bremen", "Algenreich", CA),
        ],
    ),
    de(
        "Neue Chefin für Orbitline\n\n"
        "Das Satelliten-Startup aus Ottobrunn hat eine neue Geschäftsführerin. "
        "Wie das Unternehmen am Dienstag mitteilte, übernimmt Franziska Lenz ab sofort die operative Leitung. "
        "Die 44-Jährige kam von Airbus Defence and Space, wo sie zuletzt das Programm für Erdbeobachtungssatelliten verantwortete.",
        [hire("Franziska Lenz", "Orbitline", C)],
        optional=[
            pos("Franziska Lenz", "Orbitline"),
            pos("Franziska Lenz", "Airbus Defence and Space"),
            dep("Franziska Lenz", "Airbus Defence and Space", C),
        ],
    ),
    de(
        "Der Stuttgarter Autozulieferer Kolbe & Reuss und das Münchner KI-Startup Fahrwerk.ai haben eine strategische Partnerschaft vereinbart. "
        "Gemeinsam wollen sie Software für die vorausschauende Wartung von Getrieben entwickeln. "
        "Eine Kapitalbeteiligung ist nicht vorgesehen, wie ein Sprecher betonte.",
        [par(["Kolbe & Reuss", "Fahrwerk.ai"], CA)],
    ),
    de(
        "Der schwedische Finanzinvestor Nordvik Equity steht Insidern zufolge kurz vor der Übernahme des Bielefelder Verpackungsherstellers Lohmeyer & Co. "
        "Die Verhandlungen seien weit fortgeschritten, ein Vertrag könne in den kommenden Wochen unterschrieben werden. "
        "Die Eigentümerfamilie Lohmeyer will sich demnach komplett zurückziehen.",
        [acq("Nordvik Equity", "Lohmeyer & Co", TR)],
    ),
    de(
        "Die Weserstahl AG hat sich mit sofortiger Wirkung von ihrem Vorstandschef Dr. Rainer Kopp getrennt. "
        "Grund seien „unterschiedliche Auffassungen über die strategische Ausrichtung“, teilte der Aufsichtsrat mit. "
        "Bis zur Bestellung eines Nachfolgers übernimmt Finanzvorstand Thomas Engelhardt kommissarisch den Vorsitz.",
        [
            dep("Rainer Kopp", "Weserstahl AG", C),
            posh("Thomas Engelhardt", "Weserstahl AG"),
        ],
        optional=[pos("Rainer Kopp", "Weserstahl AG")],
    ),
    de(
        "Wochenrückblick Deals: Der Münchner Versicherer Alpinia Re hat 10 Prozent am Insurtech Policenpilot erworben. "
        "Die Hamburger Reederei Janssen & Klee übernimmt den Frachtsoftware-Anbieter Ladeplan vollständig. "
        "Und der Berliner Company Builder Werkstatt 21 verkauft seine Mehrheit an der Plattform Mietklar an den Immobilienkonzern Vonhaus.",
        [
            stake("Alpinia Re", "Policenpilot", C),
            acq("Janssen & Klee", "Ladeplan", CA),
            acq("Vonhaus", "Mietklar", CA),
        ],
    ),
    # --- Zitat ohne Wechsel, Hintergrund-Deal
    de(
        "„Der Markt für Series-A-Finanzierungen bleibt schwierig“, sagt Christina Wendt, Partnerin beim Berliner VC Spreeblick Capital. "
        "Ihr Fonds hat in diesem Jahr erst drei Neuinvestments getätigt, darunter in das Logistik-Startup Packbar. "
        "Wendt war zuvor Gründerin des Reiseportals Tourly, das 2020 an Booking.com verkauft wurde.",
        [
            pos("Christina Wendt", "Spreeblick Capital"),
            inv("Spreeblick Capital", "Packbar", C),
            pos("Christina Wendt", "Tourly"),
            acq("Booking.com", "Tourly", C),
        ],
    ),
]

CASES += [
    # ------------------------------------------------------------------ English (2)
    en(
        "Veldra to buy Pillarbox in $90M deal\n\n"
        "The identity-verification company said it had signed a definitive agreement to acquire the London-based fraud-analytics start-up. "
        "The transaction is expected to close next month. "
        "Pillarbox's chief executive, Femi Adeyemi, will become Veldra's head of risk products.",
        [
            acq("Veldra", "Pillarbox", A),
            hire("Femi Adeyemi", "Veldra", A),
            pos("Femi Adeyemi", "Pillarbox"),
        ],
    ),
    en(
        "Salt Creek Capital has built up a stake of nearly 8% in Ordway Media, according to regulatory filings, prompting speculation about a takeover bid. "
        "Ordway's chairman, Martin Quill, said the company had received no approach. Salt Creek declined to comment.",
        [
            stake("Salt Creek Capital", "Ordway Media", C),
            pos("Martin Quill", "Ordway Media"),
        ],
    ),
    en(
        "Exclusive: Fathom AI poaches three researchers from Anthropic\n\n"
        "Fathom AI, the San Francisco start-up founded last year by former Google Brain scientist Tomas Lindahl, has hired three members of Anthropic's interpretability team, "
        "including team lead Grace Oduya, according to people familiar with the hires. "
        "Oduya and her colleagues gave notice last week.",
        [
            poach("Fathom AI", "Anthropic", [C, R]),
            hire("Grace Oduya", "Fathom AI", [C, A, R]),
            dep("Grace Oduya", "Anthropic", [C, A, R]),
            pos("Tomas Lindahl", "Fathom AI"),
        ],
        optional=[
            pos("Grace Oduya", "Anthropic"),
            pos("Tomas Lindahl", "Google Brain"),
            dep("Tomas Lindahl", "Google Brain", C),
        ],
    ),
    en(
        "Anvil Robotics Ltd today announced the appointment of Graham Whitlow to its Board of Directors as an independent non-executive director, effective immediately. "
        "Mr Whitlow was previously Chairman of Kestrel Aerospace plc. "
        "The Company also announced that Dr. Paula Nunes will not stand for re-election at the Annual General Meeting in May and will step down from the Board at that time.",
        [
            hire("Graham Whitlow", "Anvil Robotics Ltd", C),
            pos("Graham Whitlow", "Kestrel Aerospace plc"),
            dep("Paula Nunes", "Anvil Robotics Ltd", A),
        ],
        optional=[
            pos("Graham Whitlow", "Anvil Robotics Ltd"),
            pos("Paula Nunes", "Anvil Robotics Ltd"),
        ],
    ),
    en(
        "Gulf sovereign fund Qadira Investment Authority is in talks to back Stratos Compute, a GPU-cloud start-up, as part of a $600 million funding round, according to a person familiar with the discussions. "
        "Stratos is also in talks with chipmaker Nvidia about a strategic investment, the person said.",
        [
            inv("Qadira Investment Authority", "Stratos Compute", TR),
            inv("Nvidia", "Stratos Compute", TR),
        ],
    ),
    en(
        "Two senior researchers have left Google's Gemini team to start their own company. "
        "Ana Petrovic and Daniel Yeo, who co-led work on long-context training, have raised $40 million in seed funding for the new venture, called Parallax, "
        "from Greycliff Ventures and Rowan Street Capital.",
        [
            dep("Ana Petrovic", "Google", C),
            dep("Daniel Yeo", "Google", C),
            pos("Ana Petrovic", "Parallax"),
            pos("Daniel Yeo", "Parallax"),
            inv("Greycliff Ventures", "Parallax", C),
            inv("Rowan Street Capital", "Parallax", C),
        ],
        optional=[
            pos("Ana Petrovic", "Google"),
            pos("Daniel Yeo", "Google"),
        ],
    ),
    en(
        "Talks between electric-aircraft maker Skylark Aero and Saudi investor Ramlah Capital over a $250 million investment have broken down, Skylark said, leaving the company searching for new funding. "
        "Chief executive Pieter de Groot said the company had 'about nine months of cash'.",
        [
            inv("Ramlah Capital", "Skylark Aero", F),
            pos("Pieter de Groot", "Skylark Aero"),
        ],
    ),
    en(
        "Janet Okafor, who sold her first start-up, Threadline, to Salesforce in 2016 and later served as chief operating officer of Brisa, has been named CEO of collaboration-software company Lattice Point. "
        "She takes over from interim chief Mark Delaney, who returns to his role as CFO.",
        [
            acq("Salesforce", "Threadline", C),
            pos("Janet Okafor", "Brisa"),
            hire("Janet Okafor", "Lattice Point", CA),
            posh("Mark Delaney", "Lattice Point"),
        ],
        optional=[
            pos("Janet Okafor", "Threadline"),
            pos("Janet Okafor", "Lattice Point"),
            dep("Janet Okafor", "Brisa", C),
            dep("Janet Okafor", "Threadline", C),
        ],
    ),
    en(
        "Kinetic Freight and Arbor Logistics to merge in all-stock deal\n\n"
        "The two mid-sized freight brokers will combine to create a company with annual revenue of about $2.3 billion, they said on Monday. "
        "Kinetic's CEO, Laura Benning, will lead the merged group, while Arbor chief executive Raj Patel will become executive chairman. "
        "The deal is expected to close in the third quarter, subject to shareholder approval.",
        [
            mer(["Kinetic Freight", "Arbor Logistics"], A),
            pos("Laura Benning", "Kinetic Freight"),
            pos("Raj Patel", "Arbor Logistics"),
        ],
    ),
    en(
        "Three years after its first approach was rebuffed, Pemberton Foods has completed its takeover of snack maker Crunchwell. "
        "Crunchwell's board rejected Pemberton's 2023 offer of £4 a share as too low; the final price was £5.35.",
        [acq("Pemberton Foods", "Crunchwell", C)],
    ),
    en(
        "Pharma group Elmstead bought a company-wide licence for Cortexa's lab-notebook software, one of the largest deals in the start-up's history. "
        "Cortexa founder Yusuf Demir said the company would use the revenue to expand into Japan. "
        "Elmstead already works with Cortexa's rival LabSpring.",
        [pos("Yusuf Demir", "Cortexa")],
    ),
    en(
        "Marcus Oyelowo is going back to OpenAI. "
        "The researcher, who left the lab in 2024 to co-found the robotics start-up Handwave, said on X that he would rejoin OpenAI next month. "
        "Handwave, which raised $18 million from Quarry Hill Ventures, will be wound down.",
        [
            hire("Marcus Oyelowo", "OpenAI", A),
            dep("Marcus Oyelowo", "OpenAI", C),
            pos("Marcus Oyelowo", "Handwave"),
            inv("Quarry Hill Ventures", "Handwave", C),
        ],
        optional=[dep("Marcus Oyelowo", "Handwave", ANY)],
    ),
    en(
        "Chipmaker Arcturus Silicon has denied a report that its chief executive, Helen Voss, is about to leave to run Intel. "
        "'Helen is fully committed to Arcturus,' the company said in a statement.",
        [
            dep("Helen Voss", "Arcturus Silicon", D),
            hire("Helen Voss", "Intel", D),
            pos("Helen Voss", "Arcturus Silicon"),
        ],
        optional=[poach("Intel", "Arcturus Silicon", D)],
    ),
    en(
        "Automaker Kuroda Motors has agreed to invest $500 million in solid-state battery developer Ionfield, taking a minority stake of about 12%, subject to approval by U.S. regulators. "
        "The two companies also signed a supply agreement under which Ionfield will provide cells for Kuroda's 2029 models.",
        [stake("Kuroda Motors", "Ionfield", A)],
        optional=[par(["Kuroda Motors", "Ionfield"], ANY)],
    ),
    en(
        "Six months after Zenlo was acquired by Atlassian, both of its co-founders have left the company. "
        "Chief executive Beatriz Gomes announced her departure on LinkedIn on Friday; co-founder and CTO Liam Hart quietly left in October, according to his profile.",
        [
            acq("Atlassian", "Zenlo", C),
            dep("Beatriz Gomes", "Zenlo", C),
            dep("Liam Hart", "Zenlo", C),
        ],
        optional=[
            dep("Beatriz Gomes", "Atlassian", C),
            dep("Liam Hart", "Atlassian", C),
            pos("Beatriz Gomes", "Zenlo"),
            pos("Liam Hart", "Zenlo"),
        ],
    ),
    en(
        "Cloud provider Nimbostrata and AI lab Halcyon AI announced a multi-year partnership on Tuesday under which Halcyon will train its next models on Nimbostrata's data centres in Norway. "
        "Nimbostrata will also make Halcyon's models available to its customers.",
        [par(["Nimbostrata", "Halcyon AI"], CA)],
    ),
    en(
        "Ambrose Bank is in talks with former Barclays executive Sophie Lindqvist about becoming its next chief executive, according to two people familiar with the search. "
        "Current CEO Timothy Crane announced in March that he would retire at year-end.",
        [
            hire("Sophie Lindqvist", "Ambrose Bank", TR),
            dep("Timothy Crane", "Ambrose Bank", A),
        ],
        optional=[
            pos("Sophie Lindqvist", "Barclays"),
            pos("Timothy Crane", "Ambrose Bank"),
        ],
    ),
    en(
        "The board of Delmont Chemicals has unanimously rejected an unsolicited $42-a-share offer from Grayson Industries, saying it 'significantly undervalues' the company. "
        "Grayson, which already owns 9.9% of Delmont, said it was considering taking its offer directly to shareholders.",
        [acq("Grayson Industries", "Delmont Chemicals", [F, T])],
    ),
    en(
        "Ferrovia Group has entered exclusive negotiations to acquire the rail-signalling business of Haldane plc, Haldane Signalling, for around €1.4 billion, the companies said. "
        "A binding agreement is expected after consultation with works councils.",
        [acq("Ferrovia Group", "Haldane Signalling", T)],
    ),
    en(
        "Early-stage firm Tinderbox Ventures has closed its third fund at $180 million, with the European Investment Fund and several family offices among its limited partners. "
        "Managing partner Olu Adebayo said the fund would write first cheques of up to $2 million into AI-native software start-ups.",
        [pos("Olu Adebayo", "Tinderbox Ventures")],
        optional=[inv("European Investment Fund", "Tinderbox Ventures", C)],
    ),
    en(
        "Plinth, whose new head of engineering, Carmen Ruiz, joined last week from Spotify, plans to double its headcount to 120 by the summer, co-founder Ivo Stanek said. "
        "Plinth raised a $31 million Series B in January from Keystone Growth and Amberlight.",
        [
            hire("Carmen Ruiz", "Plinth", C),
            pos("Ivo Stanek", "Plinth"),
            inv("Keystone Growth", "Plinth", C),
            inv("Amberlight", "Plinth", C),
        ],
        optional=[
            pos("Carmen Ruiz", "Plinth"),
            dep("Carmen Ruiz", "Spotify", C),
            pos("Carmen Ruiz", "Spotify"),
        ],
    ),
    en(
        "Boldmark, the Chicago-based maker of store-shelf cameras, has been acquired by retail-tech group Omnistore for an undisclosed sum, the companies said in a joint statement. "
        "Boldmark's 80 employees will be offered positions at Omnistore.",
        [acq("Omnistore", "Boldmark", C)],
    ),
    en(
        "Sterling Mutual and Harbour Life are not planning to merge, the chief executives of both insurers said at a joint press conference, dismissing months of market speculation. "
        "Instead, the two companies will cooperate on a shared claims-processing platform.",
        [
            mer(["Sterling Mutual", "Harbour Life"], D),
            par(["Sterling Mutual", "Harbour Life"], CA),
        ],
    ),
    en(
        "Sources: Meridian Labs is trying to hire away OpenAI's head of post-training\n\n"
        "Meridian Labs, the AI start-up led by former Apple executive Colin Farrow, has made an offer to Priyanka Raman, who runs post-training at OpenAI, according to two people familiar with the matter. "
        "Raman has not decided whether to accept, the people said.",
        [
            poach("Meridian Labs", "OpenAI", TR),
            hire("Priyanka Raman", "Meridian Labs", TR),
            pos("Priyanka Raman", "OpenAI"),
            pos("Colin Farrow", "Meridian Labs"),
        ],
        optional=[pos("Colin Farrow", "Apple")],
    ),
    en(
        "A deal to fold voice-AI start-up Murmur into Spotify fell apart in late September, after which Murmur's chief executive, Anika Berg, joined rival Audiomatic as vice president of product. "
        "Murmur is now looking for a buyer for its technology.",
        [
            acq("Spotify", "Murmur", F),
            pos("Anika Berg", "Murmur"),
            hire("Anika Berg", "Audiomatic", C),
        ],
        optional=[
            dep("Anika Berg", "Murmur", C),
            pos("Anika Berg", "Audiomatic"),
            poach("Audiomatic", "Murmur", ANY),
        ],
    ),
    en(
        "Loomis Analytics has raised $55 million in a Series C led by Cedarline Capital, with participation from Northgate and existing investor Fieldstone. "
        "As part of the deal, Cedarline partner Mei Tanaka will join Loomis's board of directors.",
        [
            inv("Cedarline Capital", "Loomis Analytics", C),
            inv("Northgate", "Loomis Analytics", C),
            inv("Fieldstone", "Loomis Analytics", C),
            hire("Mei Tanaka", "Loomis Analytics", A),
            pos("Mei Tanaka", "Cedarline Capital"),
        ],
    ),
    en(
        "'Every lab is fishing in the same pond,' said Dr. Ruth Abrams, a professor at Carnegie Mellon who advises several AI start-ups. "
        "'Compensation for senior researchers has roughly tripled since 2023.'",
        [pos("Ruth Abrams", "Carnegie Mellon")],
    ),
    en(
        "Tiberius Holdings has sold its remaining 20% stake in delivery platform Quickbasket to Japanese investor Marusan Capital for $310 million, "
        "completing its exit from the business it first backed in 2017.",
        [
            stake("Marusan Capital", "Quickbasket", C),
            inv("Tiberius Holdings", "Quickbasket", C),
        ],
    ),
    en(
        "Pelion Therapeutics strengthens leadership team\n\n"
        "Pelion Therapeutics AG today announced two appointments: Dr. Samuel Okoro joins as Chief Medical Officer from Novartis, where he led late-stage oncology development, "
        "and Elena Marchenko has been promoted to Chief Operating Officer, a newly created role. Both report to CEO Dr. Frida Holm.",
        [
            hire("Samuel Okoro", "Pelion Therapeutics AG", CA),
            posh("Elena Marchenko", "Pelion Therapeutics AG"),
            pos("Frida Holm", "Pelion Therapeutics AG"),
        ],
        optional=[
            pos("Samuel Okoro", "Pelion Therapeutics AG"),
            pos("Samuel Okoro", "Novartis"),
            dep("Samuel Okoro", "Novartis", CA),
        ],
    ),
    en(
        "Crestmoor Partners is weighing an investment in Quill & Ink, the AI copywriting start-up, that would value it at more than $2 billion, according to people familiar with the deliberations. "
        "Quill & Ink raised money last year from Tidewater Capital at a $700 million valuation.",
        [
            inv("Crestmoor Partners", "Quill & Ink", R),
            inv("Tidewater Capital", "Quill & Ink", C),
        ],
    ),
    en(
        "Voltaic Grid completed its merger with blank-cheque company Summit Peak Acquisition Corp. on Friday and will begin trading on Nasdaq under the ticker VGRD on Monday.",
        [mer(["Voltaic Grid", "Summit Peak Acquisition Corp."], C)],
    ),
    en(
        "'We are not for sale,' said Tamsin Okoye, founder and chief executive of Brightleaf, when asked about takeover interest from larger rivals. "
        "Brightleaf turned a profit for the first time last year.",
        [pos("Tamsin Okoye", "Brightleaf")],
    ),
    en(
        "Rival lures away Orbis CFO\n\n"
        "Orbis Networks' chief financial officer, Daniel Achebe, is leaving to join competitor Telvana in the same role, Orbis disclosed in a filing on Thursday. "
        "His last day will be Dec. 31.",
        [
            dep("Daniel Achebe", "Orbis Networks", A),
            hire("Daniel Achebe", "Telvana", A),
            poach("Telvana", "Orbis Networks", CA),
        ],
        optional=[
            pos("Daniel Achebe", "Orbis Networks"),
            pos("Daniel Achebe", "Telvana"),
        ],
    ),
    en(
        "Hanwa Steel and Brisbane-based Coorong Minerals have formed a 50-50 joint venture to develop a green-iron plant in Queensland, the companies said. "
        "Construction is due to start in 2028.",
        [par(["Hanwa Steel", "Coorong Minerals"], CA)],
    ),
    en(
        "After closing its acquisition of Ardent Security in October, Palisade Cyber has named Ardent co-founder Ritu Sharma as its chief technology officer. "
        "Ardent's other co-founder, Jake Morrow, left the combined company at closing.",
        [
            acq("Palisade Cyber", "Ardent Security", C),
            posh("Ritu Sharma", "Palisade Cyber"),
            pos("Ritu Sharma", "Ardent Security"),
            pos("Jake Morrow", "Ardent Security"),
            dep("Jake Morrow", "Palisade Cyber", C),
        ],
        optional=[dep("Jake Morrow", "Ardent Security", C)],
    ),
]

CASES += [
    # ------------------------------------------------------------------ German (2)
    de(
        "Die Deals der Woche\n\n"
        "• Das Berliner Legaltech Paragrafix hat 6,5 Millionen Euro eingesammelt. Lead-Investor ist Northstar Ventures aus London, außerdem beteiligen sich Bestandsinvestor Tegel Capital und Business Angel Dr. Henrike Baum.\n"
        "• Der Münchner Drohnenhersteller Falkwerk erhält 40 Millionen Euro vom Verteidigungsfonds Europa.\n"
        "• Das Grazer Agrar-Sensorik-Startup Bodenfrisch schließt eine Seed-Runde über 2 Millionen Euro ab – mit dabei: Steiermark Invest und Alpenland Kapital.",
        [
            inv("Northstar Ventures", "Paragrafix", C),
            inv("Tegel Capital", "Paragrafix", C),
            inv("Henrike Baum", "Paragrafix", C),
            inv("Verteidigungsfonds Europa", "Falkwerk", CA),
            inv("Steiermark Invest", "Bodenfrisch", CA),
            inv("Alpenland Kapital", "Bodenfrisch", CA),
        ],
    ),
    de(
        "Der Aufsichtsratsvorsitzende der Grünwald Immobilien SE, Dr. Peter Lassen, wird sein Mandat mit Ablauf der Hauptversammlung im Juni niederlegen. "
        "Als Nachfolger schlägt das Gremium den früheren Allianz-Vorstand Georg Meissner vor, der zunächst in den Aufsichtsrat gewählt werden muss.",
        [
            dep("Peter Lassen", "Grünwald Immobilien SE", A),
            hire("Georg Meissner", "Grünwald Immobilien SE", [A, R]),
            pos("Georg Meissner", "Allianz"),
        ],
        optional=[pos("Peter Lassen", "Grünwald Immobilien SE")],
    ),
    de(
        "Der große Exit: Nach zehn Jahren verkaufen die Gründer von Zeltwerk, einem Anbieter von Software für Campingplätze, ihr Unternehmen an den Finanzinvestor Ardeo Capital. "
        "Der Kaufvertrag wurde am Freitag unterzeichnet, der Vollzug steht noch unter dem Vorbehalt der Kartellbehörden. "
        "Gründer und CEO Lukas Pfeiffer wird das Unternehmen noch bis Ende 2027 führen und dann ausscheiden.",
        [
            acq("Ardeo Capital", "Zeltwerk", A),
            pos("Lukas Pfeiffer", "Zeltwerk"),
            dep("Lukas Pfeiffer", "Zeltwerk", A),
        ],
    ),
    de(
        "Die Gespräche über einen Einstieg des US-Investors Bluegate Capital beim Kölner Sportartikelhändler Laufhaus sind nach Informationen aus Finanzkreisen gescheitert. "
        "Die Vorstellungen über die Bewertung hätten zu weit auseinandergelegen. Laufhaus prüft nun einen Börsengang.",
        [stake("Bluegate Capital", "Laufhaus", [F, R])],
    ),
    de(
        "Die Privatbank Hallström & Cie. hat bei der Konkurrenz gewildert: Gleich vier Vermögensberater der Nordbank Lübeck wechseln zum 1. März zu Hallström, "
        "darunter der bisherige Bereichsleiter Jörg Wiebe.",
        [
            poach("Hallström & Cie.", "Nordbank Lübeck", CA),
            hire("Jörg Wiebe", "Hallström & Cie.", A),
            dep("Jörg Wiebe", "Nordbank Lübeck", A),
        ],
        optional=[pos("Jörg Wiebe", "Nordbank Lübeck")],
    ),
    de(
        "Der Verkehrsverbund Rhein-Lahn setzt künftig die Ticket-App des Startups Fahrkarte24 ein. "
        "Zudem haben beide eine Entwicklungspartnerschaft für ein Check-in/Check-out-System vereinbart.",
        [par(["Verkehrsverbund Rhein-Lahn", "Fahrkarte24"], CA)],
    ),
    de(
        "Christoph Amann, der als Entwicklungschef maßgeblich am Erfolg des Regensburger Chipdesigners Siliqon beteiligt war, wechselt in die Geschäftsführung der Dresdner Halbleiterfirma Elbchip. "
        "Sein Vertrag bei Siliqon endet im Mai.",
        [
            hire("Christoph Amann", "Elbchip", CA),
            dep("Christoph Amann", "Siliqon", A),
        ],
        optional=[
            pos("Christoph Amann", "Siliqon"),
            pos("Christoph Amann", "Elbchip"),
        ],
    ),
    de(
        "Die Versicherungsgruppe Auremia hat 12.000 Lizenzen der Kollaborationssoftware von Stackwerk erworben. "
        "Damit ist der Konzern der größte Kunde des Freiburger Unternehmens. "
        "Stackwerk-Chef Matthias Ebner spricht von einem „Meilenstein“.",
        [pos("Matthias Ebner", "Stackwerk")],
    ),
    de(
        "Die Beteiligungsgesellschaft Merkur Holding wird sich nicht an der Kapitalerhöhung des Windanlagenbauers Nordböe AG beteiligen. "
        "Das teilte die Holding am Montag mit. Merkur hält seit 2022 rund 18 Prozent an Nordböe.",
        [],
        optional=[
            stake("Merkur Holding", "Nordböe AG", ANY),
            inv("Merkur Holding", "Nordböe AG", ANY),
        ],
    ),
    de(
        "Die Genossenschaftsbanken Volksbank Lechrain und Raiffeisenbank Ammersee-Süd prüfen nach Informationen dieser Zeitung eine Fusion. "
        "Erste Sondierungsgespräche hätten bereits stattgefunden, heißt es aus Aufsichtsratskreisen. "
        "Offiziell wollten sich die Institute nicht äußern.",
        [mer(["Volksbank Lechrain", "Raiffeisenbank Ammersee-Süd"], TR)],
    ),
    de(
        "Überraschende Rückkehr: Die frühere Technikchefin des Münchner KI-Unternehmens Denkraum, Dr. Lisa Hoffmann, kehrt nach nur einem Jahr bei Meta zurück. "
        "Ab Januar leitet sie wieder die Forschung des Startups. Bei Meta hatte sie im Team für Sprachmodelle gearbeitet.",
        [
            hire("Lisa Hoffmann", "Denkraum", A),
            dep("Lisa Hoffmann", "Meta", A),
        ],
        optional=[
            pos("Lisa Hoffmann", "Denkraum"),
            pos("Lisa Hoffmann", "Meta"),
            dep("Lisa Hoffmann", "Denkraum", C),
            hire("Lisa Hoffmann", "Meta", C),
        ],
    ),
    de(
        "Der Pharmahändler Medivo hat einen Bericht über einen angeblichen Verkauf an den US-Konzern McKesson dementiert. "
        "„Medivo steht nicht zum Verkauf“, sagte Vorstandschefin Gabriele Sommer. "
        "Das Magazin „Pharma Intern“ hatte unter Berufung auf Insider gemeldet, McKesson habe ein Angebot von mehr als einer Milliarde Euro vorgelegt.",
        [
            acq("McKesson", "Medivo", D),
            pos("Gabriele Sommer", "Medivo"),
        ],
    ),
    de(
        "Personalien bei der Lindner Gebäudetechnik GmbH: Zum 1. Januar rückt Vertriebsleiter Sven Mahler in die Geschäftsführung auf. "
        "Gleichzeitig wurde Nicole Brandt, bisher bei der Konkurrentin Kraus Haustechnik, zur kaufmännischen Geschäftsführerin bestellt. "
        "Die bisherige Geschäftsführerin Renate Lindner, Enkelin des Firmengründers, zieht sich nach 22 Jahren aus dem operativen Geschäft zurück und wechselt an die Spitze des Beirats.",
        [
            posh("Sven Mahler", "Lindner Gebäudetechnik GmbH"),
            hire("Nicole Brandt", "Lindner Gebäudetechnik GmbH", CA),
            pos("Renate Lindner", "Lindner Gebäudetechnik GmbH"),
        ],
        optional=[
            pos("Nicole Brandt", "Lindner Gebäudetechnik GmbH"),
            pos("Nicole Brandt", "Kraus Haustechnik"),
            dep("Nicole Brandt", "Kraus Haustechnik", ANY),
            dep("Renate Lindner", "Lindner Gebäudetechnik GmbH", ANY),
            poach("Lindner Gebäudetechnik GmbH", "Kraus Haustechnik", ANY),
        ],
    ),
    de(
        "Der Schweizer Industriekonzern Sulzmann hat die Übernahme der Mehrheit an der Augsburger Steuerungstechnik Bader Automation abgeschlossen. "
        "Sulzmann hält nun 75 Prozent; die restlichen Anteile verbleiben bei Gründer Erwin Bader, der dem Unternehmen als Geschäftsführer erhalten bleibt.",
        [
            acq("Sulzmann", "Bader Automation", C),
            pos("Erwin Bader", "Bader Automation"),
        ],
    ),
    de(
        "Nach der Insolvenz des Hamburger Quick-Commerce-Startups Flinkbox übernimmt der Wettbewerber Rapido Markt Teile des Teams. "
        "Rund 60 Beschäftigte wechseln zu Rapido, darunter Flinkbox-Mitgründer Jan Petersen, der dort das Lagergeschäft verantworten soll. "
        "Die Marke Flinkbox wird nicht weitergeführt.",
        [
            hire("Jan Petersen", "Rapido Markt", CA),
            pos("Jan Petersen", "Flinkbox"),
        ],
        optional=[
            acq("Rapido Markt", "Flinkbox", ANY),
            dep("Jan Petersen", "Flinkbox", CA),
            poach("Rapido Markt", "Flinkbox", ANY),
        ],
    ),
    de(
        "Das Family Office der Unternehmerfamilie Hagedorn, Hagedorn Invest, ist beim Berliner Batterie-Recycler Kreislauf Metals eingestiegen. "
        "Gemeinsam mit dem EIC Fund der EU investiert es 20 Millionen Euro. "
        "Kreislauf-Gründer Dr. Emil Haas kündigte an, mit dem Geld eine zweite Anlage in Brandenburg zu bauen.",
        [
            inv("Hagedorn Invest", "Kreislauf Metals", C),
            inv("EIC Fund", "Kreislauf Metals", C),
            pos("Emil Haas", "Kreislauf Metals"),
        ],
    ),
    de(
        "Der Aufsichtsrat der Bergmann Pharma AG hat beschlossen, den im September auslaufenden Vertrag von Vorstandschef Dr. Holger Wiese nicht zu verlängern. "
        "Ein Nachfolger soll in den kommenden Monaten gefunden werden. Wiese führt das Unternehmen seit 2019.",
        [dep("Holger Wiese", "Bergmann Pharma AG", A)],
        optional=[pos("Holger Wiese", "Bergmann Pharma AG")],
    ),
    de(
        "Spekulationen um Kranwerk: Die Aktie des Kranbauers Kranwerk AG legte am Dienstag um 9 Prozent zu. "
        "Händler verwiesen auf Gerüchte, wonach der finnische Konkurrent Konecraft ein Übernahmeangebot prüfe. "
        "Ein Kranwerk-Sprecher sagte, man kommentiere Marktgerüchte grundsätzlich nicht.",
        [acq("Konecraft", "Kranwerk AG", R)],
    ),
    de(
        "Analyst Robert Klingbeil vom Researchhaus Finanzblick hält eine Fusion der beiden Regionalflughafen-Betreiber AirportCo Süd und Flughafen Allgäu-Bodensee GmbH mittelfristig für „betriebswirtschaftlich sinnvoll“. "
        "Gespräche darüber gibt es nach Angaben beider Gesellschaften nicht.",
        [pos("Robert Klingbeil", "Finanzblick")],
        optional=[mer(["AirportCo Süd", "Flughafen Allgäu-Bodensee GmbH"], ANY)],
    ),
    de(
        "Der Softwarekonzern Kerngrund hat seinem Wettbewerber Datavo den Technikchef abgeworben. "
        "Dr. Anne Vogt wird zum 1. Juli Chief Technology Officer bei Kerngrund, wie das Unternehmen am Donnerstag bekanntgab. "
        "Datavo bestätigte ihren Abgang.",
        [
            poach("Kerngrund", "Datavo", CA),
            hire("Anne Vogt", "Kerngrund", A),
            dep("Anne Vogt", "Datavo", CA),
        ],
        optional=[
            pos("Anne Vogt", "Datavo"),
            pos("Anne Vogt", "Kerngrund"),
        ],
    ),
    de(
        "Der Lkw-Hersteller Traxon hat seine Zusage für eine Investition in das Wasserstoff-Startup H2Rail zurückgezogen. "
        "Die Finanzierungsrunde über 35 Millionen Euro ist damit vorerst geplatzt, wie H2Rail-Gründer Kai Ostermann bestätigte.",
        [
            inv("Traxon", "H2Rail", F),
            pos("Kai Ostermann", "H2Rail"),
        ],
    ),
    de(
        "Die Thalberg AG verkauft ihre Medizintechniksparte Thalberg Medical an den Finanzinvestor Norvic Partners. "
        "Der Kaufpreis liegt bei 1,2 Milliarden Euro. Der Abschluss wird für Mitte 2027 erwartet.",
        [acq("Norvic Partners", "Thalberg Medical", A)],
    ),
    de(
        "Hiring-News: Das Proptech Wohnwerk hat mit Tim Schuster einen neuen CFO an Bord geholt. "
        "Schuster war zuvor VP Finance beim Scale-up Mietnomaden und davor bei der Boston Consulting Group. "
        "Außerdem verstärkt Ex-Zalando-Managerin Aylin Kaya als Chief Product Officer das C-Level.",
        [
            hire("Tim Schuster", "Wohnwerk", C),
            pos("Tim Schuster", "Mietnomaden"),
            hire("Aylin Kaya", "Wohnwerk", CA),
        ],
        optional=[
            pos("Tim Schuster", "Wohnwerk"),
            pos("Aylin Kaya", "Wohnwerk"),
            dep("Tim Schuster", "Mietnomaden", C),
            pos("Tim Schuster", "Boston Consulting Group"),
            dep("Tim Schuster", "Boston Consulting Group", C),
            pos("Aylin Kaya", "Zalando"),
            dep("Aylin Kaya", "Zalando", C),
        ],
    ),
    de(
        "Seriengründer Florian Gerber hat sein drittes Startup verkauft. "
        "Nach Reisewelt (2015 an Expedia) und Bookly (2019 an Holtzbrinck) geht nun sein Fintech Kassensturz an den Zahlungsdienstleister Zahlwerk Holding. "
        "Über den Preis schweigen die Beteiligten. Gerber will nach eigenen Worten erst einmal Pause machen.",
        [
            acq("Expedia", "Reisewelt", C),
            acq("Holtzbrinck", "Bookly", C),
            acq("Zahlwerk Holding", "Kassensturz", CA),
            pos("Florian Gerber", "Kassensturz"),
        ],
        optional=[
            pos("Florian Gerber", "Reisewelt"),
            pos("Florian Gerber", "Bookly"),
            dep("Florian Gerber", "Kassensturz", ANY),
        ],
    ),
    de(
        "Beim Online-Möbelhändler Wohnkind bahnt sich ein Wechsel an der Spitze an. "
        "Gründerin und CEO Marie Albrecht wolle sich aus dem operativen Geschäft zurückziehen, berichten mehrere mit der Sache vertraute Personen. "
        "Als Nachfolger sei der frühere Otto-Manager Dirk Hansen im Gespräch.",
        [
            dep("Marie Albrecht", "Wohnkind", R),
            hire("Dirk Hansen", "Wohnkind", TR),
        ],
        optional=[
            pos("Marie Albrecht", "Wohnkind"),
            pos("Dirk Hansen", "Otto"),
        ],
    ),
    de(
        "Die Mittelstandsholding Greifwerk hat den Erwerb des Sauerländer Armaturenherstellers Pohl & Söhne vollzogen. "
        "Verkäufer ist die Gründerfamilie Pohl, die keinen Nachfolger gefunden hatte. "
        "Geschäftsführer Bernd Pohl bleibt für eine Übergangszeit von zwei Jahren an Bord.",
        [
            acq("Greifwerk", "Pohl & Söhne", C),
            pos("Bernd Pohl", "Pohl & Söhne"),
        ],
    ),
    de(
        "Der Kölner Cloud-Anbieter Wolkenwerk hat den Zuschlag für einen Rahmenvertrag mit der Bundesagentur für Arbeit erhalten. "
        "Der Auftrag umfasse den Betrieb von rund 400 Servern, sagte Vorstandschef Ralf Becker.",
        [pos("Ralf Becker", "Wolkenwerk")],
    ),
    de(
        "Die Hafenbetreiber Elbkai AG und Nordsee Terminals gründen ein Gemeinschaftsunternehmen für die Abfertigung von Offshore-Windkomponenten. "
        "An dem Joint Venture halten beide Partner je 50 Prozent. Die Kartellbehörden müssen noch zustimmen.",
        [par(["Elbkai AG", "Nordsee Terminals"], A)],
    ),
    de(
        "Die Aufsichtsratsvorsitzende der Dorfner Bau AG, Claudia Reimann, hat Berichte zurückgewiesen, wonach der frühere Hochtief-Manager Stefan Kühn neuer Vorstandschef werden soll. "
        "„Es gibt keine Gespräche mit Herrn Kühn“, sagte sie.",
        [
            hire("Stefan Kühn", "Dorfner Bau AG", D),
            pos("Claudia Reimann", "Dorfner Bau AG"),
        ],
        optional=[pos("Stefan Kühn", "Hochtief")],
    ),
    de(
        "Der Agrarhändler Feldmark eG hat eine Absichtserklärung zur Übernahme des Landtechnik-Händlers Schlepper Schulte unterzeichnet. "
        "Die Due-Diligence-Prüfung soll bis Ende Februar abgeschlossen sein.",
        [acq("Feldmark eG", "Schlepper Schulte", [T, A])],
    ),
    de(
        "Die KI-Forscherin Prof. Dr. Hannah Reiter verlässt das Max-Planck-Institut für Intelligente Systeme und gründet gemeinsam mit zwei Doktoranden das Startup Sinnwerk. "
        "Die Pre-Seed-Runde über 4 Millionen Euro führt der Münchner Investor Isar Ventures an; Angel-Investor ist unter anderem der frühere SAP-Vorstand Bernd Kuhlmann.",
        [
            dep("Hannah Reiter", "Max-Planck-Institut für Intelligente Systeme", CA),
            pos("Hannah Reiter", "Sinnwerk"),
            inv("Isar Ventures", "Sinnwerk", CA),
            inv("Bernd Kuhlmann", "Sinnwerk", CA),
            pos("Bernd Kuhlmann", "SAP"),
        ],
        optional=[pos("Hannah Reiter", "Max-Planck-Institut für Intelligente Systeme")],
    ),
    de(
        "Die geplante Fusion der Direktbanken Klarbank und Fintura ist am Widerstand der Aktionäre gescheitert. "
        "Bei der außerordentlichen Hauptversammlung von Fintura stimmten nur 61 Prozent für den Zusammenschluss; nötig wären 75 Prozent gewesen. "
        "Fintura-Chef Andreas Lorenz kündigte seinen Rücktritt an.",
        [
            mer(["Klarbank", "Fintura"], F),
            dep("Andreas Lorenz", "Fintura", A),
        ],
        optional=[pos("Andreas Lorenz", "Fintura")],
    ),
    de(
        "Seit dem 1. Oktober ist Julia Neumann neue Geschäftsführerin der Sanitärhandelsgruppe Bäderwelt. "
        "Die 51-Jährige war zuvor zwölf Jahre bei Obi, zuletzt als Bereichsleiterin Einkauf. "
        "Bäderwelt gehört seit 2020 zum Finanzinvestor Castello Partners, der das Unternehmen damals von der Gründerfamilie Weigl übernommen hatte.",
        [
            hire("Julia Neumann", "Bäderwelt", C),
            acq("Castello Partners", "Bäderwelt", C),
        ],
        optional=[
            pos("Julia Neumann", "Bäderwelt"),
            pos("Julia Neumann", "Obi"),
            dep("Julia Neumann", "Obi", C),
        ],
    ),
    de(
        "Das Berliner Raumfahrt-Startup Orbitfabrik verhandelt mit mehreren Investoren über eine Finanzierungsrunde von bis zu 100 Millionen Euro. "
        "Nach Informationen aus Investorenkreisen gehören der Rüstungskonzern Rheinhall und der Staatsfonds Norvest zu den Interessenten.",
        [
            inv("Rheinhall", "Orbitfabrik", TR),
            inv("Norvest", "Orbitfabrik", TR),
        ],
    ),
    de(
        "„Wir haben in den letzten zwei Jahren gelernt, mit weniger Geld auszukommen“, sagte Nora Bauer, Mitgründerin des Kölner Startups Bildwerk, auf der Konferenz „Gründen in NRW“. "
        "Eine neue Finanzierungsrunde sei derzeit nicht geplant. "
        "Neben ihr auf dem Podium saß Felix Grau, Partner bei der Beteiligungsgesellschaft Kapitalrhein.",
        [
            pos("Nora Bauer", "Bildwerk"),
            pos("Felix Grau", "Kapitalrhein"),
        ],
    ),
]
