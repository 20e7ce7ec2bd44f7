# ruff: noqa: E501
"""Challenge set v30: management changes, board reshuffles, talent moves between AI labs and big tech, and executive poaching (English and German).

Written blind by a helper on 2026-11-27, for error analysis. The helper did not
look at the extractor's code, its tests, the other challenge sets or the dev
corpora; all passages and names (apart from a few well-known real companies used
as counterparties) are invented.

Conventions used in this file:
- a promotion or interim role inside the same organisation is ``posh`` (position or hire);
- a title in apposition, before a name or a "former X executive" is a ``pos`` fact;
- "joins from X" / "kommt von X" / "wechselt von X zu Y" gives a required departure from X;
  a mere "former X executive" gives only a position (a departure from X is optional);
- a plain move between two companies makes a poaching event optional; "poached",
  "lured", "abgeworben" make it required;
- a rejected or pending offer is a poaching event (failed / in_talks); the hire that
  would have followed is optional;
- a poaching attempt by an unnamed rival gives no poaching event.
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
    # --- successions, interim roles
    en(
        "Halvorsen Robotics said on Monday that chief operating officer Priya Raman has succeeded founder Erik Halvorsen as chief executive, effective immediately. "
        "Halvorsen, 61, will remain on the board as non-executive chairman.",
        [
            posh("Priya Raman", "Halvorsen Robotics"),
            pos("Erik Halvorsen", "Halvorsen Robotics"),
        ],
        optional=[dep("Erik Halvorsen", "Halvorsen Robotics", ANY)],
    ),
    en(
        "Quillon Bio named Marcus Adeyemi, a former Novartis executive, as its next chief executive. "
        "Adeyemi will succeed Sandra Whitcombe, who is retiring at the end of March after nine years at the helm.",
        [
            hire("Marcus Adeyemi", "Quillon Bio", A),
            pos("Marcus Adeyemi", "Novartis"),
            dep("Sandra Whitcombe", "Quillon Bio", A),
        ],
        optional=[
            pos("Sandra Whitcombe", "Quillon Bio"),
            dep("Marcus Adeyemi", "Novartis", ANY),
        ],
    ),
    en(
        "Tessaract AI has hired Lena Okafor from Microsoft to replace outgoing chief technology officer Tom Brandt, who left in September to start his own company.",
        [
            hire("Lena Okafor", "Tessaract AI", C),
            dep("Lena Okafor", "Microsoft", C),
            dep("Tom Brandt", "Tessaract AI", C),
        ],
        optional=[
            pos("Lena Okafor", "Microsoft"),
            pos("Tom Brandt", "Tessaract AI"),
            poa("Tessaract AI", "Microsoft", C),
        ],
    ),
    en(
        "Following the abrupt resignation of chief executive Gavin Mercer on Friday, the board of Arclight Payments appointed chief financial officer Yuki Tanabe as interim CEO while it searches for a permanent replacement.",
        [
            dep("Gavin Mercer", "Arclight Payments", C),
            posh("Yuki Tanabe", "Arclight Payments"),
        ],
        optional=[pos("Gavin Mercer", "Arclight Payments")],
    ),
    en(
        "Orbis Freight has brought in turnaround specialist Henrik Dahl as interim chief executive. "
        "Dahl, who previously ran logistics group Nordvik Shipping, replaces Carla Mendes, who was ousted last week after the company missed its targets for a third straight quarter.",
        [
            hire("Henrik Dahl", "Orbis Freight", C),
            pos("Henrik Dahl", "Nordvik Shipping"),
            dep("Carla Mendes", "Orbis Freight", C),
        ],
        optional=[
            dep("Henrik Dahl", "Nordvik Shipping", ANY),
            pos("Carla Mendes", "Orbis Freight"),
        ],
    ),
    # --- talent moves between AI labs and big tech
    en(
        "Rohan Kapoor, who led the reasoning team at OpenAI, has joined Meta's superintelligence unit, according to people familiar with the matter. "
        "He is the fourth OpenAI researcher to leave for Meta this month.",
        [
            hire("Rohan Kapoor", "Meta", [R, C]),
            dep("Rohan Kapoor", "OpenAI", [R, C]),
            poa("Meta", "OpenAI", [R, C]),
        ],
        optional=[pos("Rohan Kapoor", "OpenAI")],
    ),
    en(
        "Meta offered Tamsin Hollis, a senior researcher at Google DeepMind, a pay package worth more than $150 million over four years, but she turned it down and will stay at DeepMind, two people briefed on the talks said.",
        [
            poa("Meta", "Google DeepMind", F),
            pos("Tamsin Hollis", "Google DeepMind"),
        ],
        optional=[
            hire("Tamsin Hollis", "Meta", F),
            dep("Tamsin Hollis", "Google DeepMind", F),
        ],
    ),
    en(
        "Vireo Health chief executive Amanda Kowalczyk on Tuesday denied reports that she is in talks to join rival Castellan Care, telling staff in a memo that she is 'not going anywhere'.",
        [
            pos("Amanda Kowalczyk", "Vireo Health"),
            hire("Amanda Kowalczyk", "Castellan Care", D),
            dep("Amanda Kowalczyk", "Vireo Health", D),
        ],
        optional=[poa("Castellan Care", "Vireo Health", D)],
    ),
    # --- titles in appositions, positions only
    en(
        "Rafael Ortega, chief technology officer at Lumen Grid, said the utility software maker would double the size of its AI team by next summer.",
        [pos("Rafael Ortega", "Lumen Grid")],
    ),
    en(
        "Ingrid Solberg, who is chief executive of battery maker Voltaris, has also joined the board of Norwegian shipping group Fjordline Maritime as an independent director.",
        [
            pos("Ingrid Solberg", "Voltaris"),
            hire("Ingrid Solberg", "Fjordline Maritime", C),
        ],
    ),
    # --- no events
    en(
        "Kestrel Analytics reported third-quarter revenue of $212 million, up 18% from a year earlier, and raised its full-year guidance.",
        [],
    ),
    en(
        "Demand for machine-learning engineers remains intense, with starting salaries at leading AI labs now routinely exceeding $300,000, according to a survey by recruiting firm Talentbridge.",
        [],
    ),
    # --- acqui-hires and deals around people
    en(
        "Google has hired Noor Haddad and Felix Brandauer, the co-founders of voice-AI start-up Sonance, along with about 30 of its engineers, and will pay to license Sonance's technology. "
        "Sonance will continue to operate independently under new chief executive Paula Greer, previously its head of product.",
        [
            hire("Noor Haddad", "Google", C),
            hire("Felix Brandauer", "Google", C),
            pos("Noor Haddad", "Sonance"),
            pos("Felix Brandauer", "Sonance"),
            par(["Google", "Sonance"], CA),
            posh("Paula Greer", "Sonance"),
        ],
        optional=[
            dep("Noor Haddad", "Sonance", C),
            dep("Felix Brandauer", "Sonance", C),
            poa("Google", "Sonance", C),
            acq("Google", "Sonance", ANY),
        ],
    ),
    en(
        "Adrian Volkov joined Nimbus Data as senior vice president of engineering after the company bought his start-up, Parsec Labs, last spring.",
        [
            acq("Nimbus Data", "Parsec Labs", C),
            hire("Adrian Volkov", "Nimbus Data", C),
            pos("Adrian Volkov", "Parsec Labs"),
        ],
        optional=[dep("Adrian Volkov", "Parsec Labs", ANY)],
    ),
    # --- pronouns and "the company"
    en(
        "Cordova Pharma announced that Dr. Helen Strand will become its chief scientific officer on January 1. "
        "She joins from Roche, where she headed oncology research for eight years. "
        "The company also said that its head of regulatory affairs, Paul Minter, would retire in the spring.",
        [
            hire("Helen Strand", "Cordova Pharma", A),
            dep("Helen Strand", "Roche", CA),
            dep("Paul Minter", "Cordova Pharma", A),
        ],
        optional=[
            pos("Helen Strand", "Roche"),
            pos("Paul Minter", "Cordova Pharma"),
        ],
    ),
    # --- rumours
    en(
        "Microsoft is said to be weighing an approach for Ilan Sorek, the chief scientist of Israeli chip start-up Qubitra, The Information reported, citing two people close to the company.",
        [
            poa("Microsoft", "Qubitra", R),
            pos("Ilan Sorek", "Qubitra"),
        ],
        optional=[
            hire("Ilan Sorek", "Microsoft", R),
            dep("Ilan Sorek", "Qubitra", R),
        ],
    ),
    # --- board reshuffles
    en(
        "At its annual meeting, Brightwater Energy's shareholders elected two new directors, former BP finance chief Olivia Tan and venture investor Samuel Okoro, while long-serving chairman Richard Ames stood down from the board.",
        [
            hire("Olivia Tan", "Brightwater Energy", C),
            hire("Samuel Okoro", "Brightwater Energy", C),
            pos("Olivia Tan", "BP"),
            dep("Richard Ames", "Brightwater Energy", C),
        ],
        optional=[pos("Richard Ames", "Brightwater Energy")],
    ),
    en(
        "Marguerite Lacroix will take over as chair of French software company Axiome on June 1 while remaining chief executive of cosmetics group Belvane.",
        [
            hire("Marguerite Lacroix", "Axiome", A),
            pos("Marguerite Lacroix", "Belvane"),
        ],
    ),
    # --- poaching
    en(
        "xAI has poached at least six engineers from Tesla's Autopilot team in recent weeks, including senior manager Gabriel Ruiz, according to internal messages seen by this publication.",
        [
            poa("xAI", "Tesla", [C, R]),
            hire("Gabriel Ruiz", "xAI", [C, R]),
            dep("Gabriel Ruiz", "Tesla", [C, R]),
        ],
        optional=[pos("Gabriel Ruiz", "Tesla")],
    ),
    en(
        "Helix Intelligence tried to hire Wen Jiahui, the head of Apple's on-device models group, earlier this year, but Apple kept him with a large retention bonus, Bloomberg reported.",
        [
            poa("Helix Intelligence", "Apple", F),
            pos("Wen Jiahui", "Apple"),
        ],
        optional=[
            hire("Wen Jiahui", "Helix Intelligence", F),
            dep("Wen Jiahui", "Apple", F),
        ],
    ),
    # --- moves between companies
    en(
        "Kiran Desai is stepping down as chief product officer of Stratus Cloud to join rival Vantor as president, the two companies said on Wednesday. "
        "She will start at Vantor in February.",
        [
            dep("Kiran Desai", "Stratus Cloud", CA),
            hire("Kiran Desai", "Vantor", A),
        ],
        optional=[
            pos("Kiran Desai", "Stratus Cloud"),
            poa("Vantor", "Stratus Cloud", CA),
        ],
    ),
    # --- former roles
    en(
        "The new chief executive of payments start-up Finlo, Derek Achterberg, is a former Goldman Sachs partner and previously served as chief operating officer at Adyen.",
        [
            posh("Derek Achterberg", "Finlo"),
            pos("Derek Achterberg", "Goldman Sachs"),
            pos("Derek Achterberg", "Adyen"),
        ],
        optional=[
            dep("Derek Achterberg", "Goldman Sachs", ANY),
            dep("Derek Achterberg", "Adyen", ANY),
        ],
    ),
    en(
        "Larkspur Games said its co-founder Mei Lin will leave the studio at the end of the year. "
        "The company, which is backed by Tencent, did not say where she was going, but she has been linked to a senior role at Riot Games.",
        [
            dep("Mei Lin", "Larkspur Games", A),
            pos("Mei Lin", "Larkspur Games"),
            hire("Mei Lin", "Riot Games", R),
        ],
        optional=[
            inv("Tencent", "Larkspur Games", ANY),
            poa("Riot Games", "Larkspur Games", R),
        ],
    ),
    en(
        "The report found that only 12% of chief executives at the largest European listed companies are women, a figure unchanged from last year.",
        [],
    ),
    # --- failed and pending appointments
    en(
        "Talks to bring former Uber executive Nadia Petrov on board as chief executive of scooter operator Zipway collapsed over pay, the company confirmed on Thursday. "
        "Interim CEO Lars Eklund will stay in the role for now.",
        [
            hire("Nadia Petrov", "Zipway", F),
            pos("Nadia Petrov", "Uber"),
            posh("Lars Eklund", "Zipway"),
        ],
    ),
    en(
        "Coldstream Bank is expected to name Victor Hale, currently head of its wealth management division, as its next chief executive as soon as next week, according to people familiar with the matter. "
        "Hale would succeed Margaret Doyle, who announced her retirement in May.",
        [
            posh("Victor Hale", "Coldstream Bank"),
            dep("Margaret Doyle", "Coldstream Bank", A),
        ],
        optional=[pos("Margaret Doyle", "Coldstream Bank")],
    ),
    en(
        "Veritas Robotics is in advanced talks to hire Sofia Marchetti, Amazon's vice president of warehouse automation, as its first chief operating officer.",
        [
            hire("Sofia Marchetti", "Veritas Robotics", T),
            pos("Sofia Marchetti", "Amazon"),
        ],
        optional=[
            dep("Sofia Marchetti", "Amazon", T),
            poa("Veritas Robotics", "Amazon", T),
        ],
    ),
    en(
        "Former OpenAI researcher Daniel Brooke said on X that he has joined Mistral AI to lead its new post-training group in London.",
        [
            hire("Daniel Brooke", "Mistral AI", C),
            pos("Daniel Brooke", "OpenAI"),
        ],
        optional=[dep("Daniel Brooke", "OpenAI", ANY)],
    ),
    en(
        "Three of the five co-founders of Paris-based Lyrabyte, including chief executive Ines Moreau, have left to join Microsoft AI, a year after the start-up raised €110 million in a round led by Eurazeo.",
        [
            dep("Ines Moreau", "Lyrabyte", C),
            hire("Ines Moreau", "Microsoft AI", C),
            inv("Eurazeo", "Lyrabyte", C),
        ],
        optional=[
            pos("Ines Moreau", "Lyrabyte"),
            poa("Microsoft AI", "Lyrabyte", C),
        ],
    ),
    en(
        "Activist investor Harrow Capital, which owns about 7% of Pemberton Tools, has won two seats on the industrial group's board. "
        "Pemberton appointed Harrow partner Julian Reyes and former Caterpillar executive Anita Bose as directors.",
        [
            stake("Harrow Capital", "Pemberton Tools", C),
            hire("Julian Reyes", "Pemberton Tools", C),
            hire("Anita Bose", "Pemberton Tools", C),
            pos("Julian Reyes", "Harrow Capital"),
            pos("Anita Bose", "Caterpillar"),
        ],
    ),
    en(
        "Solenne Health's chief financial officer, Mark Liddell, and its general counsel, Rosa Kim, have both resigned, the hospital operator disclosed in a regulatory filing late on Friday.",
        [
            dep("Mark Liddell", "Solenne Health", C),
            dep("Rosa Kim", "Solenne Health", C),
        ],
        optional=[
            pos("Mark Liddell", "Solenne Health"),
            pos("Rosa Kim", "Solenne Health"),
        ],
    ),
    en(
        "Twelve months after leaving for Google, Aarav Menon is returning to Quanta Metrics as chief AI officer, the analytics company said.",
        [
            hire("Aarav Menon", "Quanta Metrics", CA),
            dep("Aarav Menon", "Google", CA),
        ],
        optional=[
            pos("Aarav Menon", "Google"),
            dep("Aarav Menon", "Quanta Metrics", C),
            hire("Aarav Menon", "Google", C),
        ],
    ),
    en(
        "Former Netflix engineer Owen Park has published a book on building reliable distributed systems.",
        [pos("Owen Park", "Netflix")],
    ),
    # --- promotions filling gaps left by departures
    en(
        "Brava Motors promoted Chiara Lombardi to chief operating officer, filling a post that had been vacant since Jens Larsen left for Volvo Cars in March.",
        [
            posh("Chiara Lombardi", "Brava Motors"),
            dep("Jens Larsen", "Brava Motors", C),
            hire("Jens Larsen", "Volvo Cars", C),
        ],
        optional=[
            pos("Jens Larsen", "Brava Motors"),
            poa("Volvo Cars", "Brava Motors", C),
        ],
    ),
    en(
        "Nexora, the London-based AI start-up, denied a newspaper report that its chief scientist Dr. Elif Aydın was about to leave for Google DeepMind. "
        "'Elif remains fully committed to Nexora,' a spokesperson said.",
        [
            pos("Elif Aydın", "Nexora"),
            dep("Elif Aydın", "Nexora", D),
            hire("Elif Aydın", "Google DeepMind", D),
        ],
        optional=[poa("Google DeepMind", "Nexora", D)],
    ),
    en(
        "Tobias Renn, who co-founded robotics start-up Gripwise and still serves as its chairman, has been appointed chief technology officer of Hanseatic Logistics.",
        [
            pos("Tobias Renn", "Gripwise"),
            hire("Tobias Renn", "Hanseatic Logistics", CA),
        ],
    ),
    en(
        "Private equity firm Ashgrove Partners has agreed to buy a majority stake in Merrow Foods. "
        "As part of the deal, Merrow's founder and chief executive Ruth Callahan will step aside and be replaced by Ashgrove operating partner Neil Fraser.",
        [
            acq("Ashgrove Partners", "Merrow Foods", A),
            pos("Ruth Callahan", "Merrow Foods"),
            dep("Ruth Callahan", "Merrow Foods", A),
            hire("Neil Fraser", "Merrow Foods", A),
            pos("Neil Fraser", "Ashgrove Partners"),
        ],
    ),
    en(
        "OpenAI has lost three members of its Zurich office to Meta, people familiar with the matter said, including Lukas Eberhardt, who helped build the company's multimodal models. "
        "OpenAI responded by offering retention grants to much of its research staff.",
        [
            poa("Meta", "OpenAI", [C, R]),
            dep("Lukas Eberhardt", "OpenAI", [C, R]),
            hire("Lukas Eberhardt", "Meta", [C, R]),
        ],
        optional=[pos("Lukas Eberhardt", "OpenAI")],
    ),
    en(
        "Executives at Carraway Insurance will present the company's new strategy at an investor day in New York on March 12.",
        [],
    ),
    en(
        "Shareholders of Delmont Steel are pushing for chairman George Whitaker to be replaced, and the board has approached former Nucor chief executive Linda Park about the role, according to two sources.",
        [
            pos("George Whitaker", "Delmont Steel"),
            hire("Linda Park", "Delmont Steel", TR),
            pos("Linda Park", "Nucor"),
        ],
        optional=[dep("George Whitaker", "Delmont Steel", [R, T])],
    ),
    en(
        "Cerulean AI, the foundation-model developer, said co-founder Jonah Weiss will hand over the chief executive role to president Amira Nasser on April 1 and become chief scientist.",
        [
            posh("Amira Nasser", "Cerulean AI"),
            pos("Jonah Weiss", "Cerulean AI"),
        ],
    ),
    en(
        "Kovari Cloud has hired former SAP executive board member Stefan Gerold as a senior adviser to its chief executive, Ben Talbot.",
        [
            hire("Stefan Gerold", "Kovari Cloud", C),
            pos("Stefan Gerold", "SAP"),
            pos("Ben Talbot", "Kovari Cloud"),
        ],
    ),
    en(
        "Pinecrest Therapeutics' board rejected an offer from chief executive Alan Shore to step down, asking him to stay on until the company completes its merger with Arvada Bio.",
        [
            pos("Alan Shore", "Pinecrest Therapeutics"),
            dep("Alan Shore", "Pinecrest Therapeutics", F),
            mer(["Pinecrest Therapeutics", "Arvada Bio"], A),
        ],
    ),
    en(
        "Maya Goldberg, who spent seven years as head of ads ranking at Meta, has left the company to start her own AI venture, Quiver, which has raised $40 million in seed funding from Index Ventures.",
        [
            dep("Maya Goldberg", "Meta", C),
            pos("Maya Goldberg", "Quiver"),
            inv("Index Ventures", "Quiver", C),
        ],
        optional=[
            pos("Maya Goldberg", "Meta"),
            hire("Maya Goldberg", "Quiver", C),
        ],
    ),
    en(
        "Aurelian Labs said Carlos Mendez, a longtime engineering director at Google, will join the company next month to lead its infrastructure team.",
        [
            hire("Carlos Mendez", "Aurelian Labs", A),
            pos("Carlos Mendez", "Google"),
        ],
        optional=[
            dep("Carlos Mendez", "Google", A),
            poa("Aurelian Labs", "Google", A),
        ],
    ),
    en(
        "Harriet Cole has left Ferro Systems. She had been the chipmaker's head of sales since 2019, and a spokesperson for Valmont Semiconductor confirmed that she will start there in June.",
        [
            dep("Harriet Cole", "Ferro Systems", C),
            hire("Harriet Cole", "Valmont Semiconductor", A),
        ],
        optional=[
            pos("Harriet Cole", "Ferro Systems"),
            poa("Valmont Semiconductor", "Ferro Systems", CA),
        ],
    ),
    en(
        "Telecom group Oriel said its supervisory board had appointed finance chief Henrike Vos as deputy chief executive, a move widely seen as positioning her to succeed CEO Patrick Doorn when his contract expires in 2027.",
        [
            posh("Henrike Vos", "Oriel"),
            pos("Patrick Doorn", "Oriel"),
        ],
        optional=[dep("Patrick Doorn", "Oriel", [R, A])],
    ),
    en(
        "Stellant Bank confirmed that a rival lender had approached its chief risk officer, Omar Farouk, but said he had declined and signed a new five-year contract.",
        [pos("Omar Farouk", "Stellant Bank")],
        optional=[dep("Omar Farouk", "Stellant Bank", F)],
    ),
    en(
        "The company created by the merger of Halden Networks and Pryor Telecom will be led by Halden's chief executive, Ayesha Malik, while Pryor CEO Gordon Fitch will become chairman.",
        [
            mer(["Halden Networks", "Pryor Telecom"], A),
            pos("Ayesha Malik", "Halden Networks"),
            pos("Gordon Fitch", "Pryor Telecom"),
        ],
    ),
    en(
        "Shares of Zephyr Mobility fell 6% after the company's chief executive sold stock worth $4 million.",
        [],
    ),
    en(
        "Speculation is mounting that Ravi Chandran, the head of Nvidia's automotive business, could leave to run a robotaxi start-up after he skipped the company's developer conference.",
        [
            pos("Ravi Chandran", "Nvidia"),
            dep("Ravi Chandran", "Nvidia", R),
        ],
    ),
    en(
        "'I'm not leaving,' Priscilla Naidoo, president of Ember Retail, wrote on LinkedIn, dismissing reports that she had accepted the top job at department store chain Holloway's.",
        [
            pos("Priscilla Naidoo", "Ember Retail"),
            dep("Priscilla Naidoo", "Ember Retail", D),
            hire("Priscilla Naidoo", "Holloway's", D),
        ],
        optional=[poa("Holloway's", "Ember Retail", D)],
    ),
    en(
        "Dr. Kwame Asante, a professor at Imperial College London, has joined the scientific advisory boards of both Genvia and Thalos Biotherapeutics.",
        [
            pos("Kwame Asante", "Imperial College London"),
            hire("Kwame Asante", "Genvia", C),
            hire("Kwame Asante", "Thalos Biotherapeutics", C),
        ],
    ),
    en(
        "Goldcrest Securities has hired a five-person semiconductor research team from Barrow & Finch, led by analyst Sean McAvoy. "
        "Barrow & Finch said it was 'disappointed' by the move.",
        [
            poa("Goldcrest Securities", "Barrow & Finch", C),
            hire("Sean McAvoy", "Goldcrest Securities", C),
            dep("Sean McAvoy", "Barrow & Finch", C),
        ],
        optional=[pos("Sean McAvoy", "Barrow & Finch")],
    ),
    en(
        "Six months after Trellis AI was acquired by Salesforce, its founder Oscar Lindqvist has left Salesforce to start a new company.",
        [
            acq("Salesforce", "Trellis AI", C),
            pos("Oscar Lindqvist", "Trellis AI"),
            dep("Oscar Lindqvist", "Salesforce", C),
        ],
        optional=[hire("Oscar Lindqvist", "Salesforce", C)],
    ),
    en(
        "Until a successor is found, chairman Walter Brandt will also serve as acting chief executive of Grenfell Media, after CEO Lucy Amis quit on Sunday to join streaming rival Parallax.",
        [
            posh("Walter Brandt", "Grenfell Media"),
            dep("Lucy Amis", "Grenfell Media", C),
            hire("Lucy Amis", "Parallax", CA),
        ],
        optional=[
            pos("Lucy Amis", "Grenfell Media"),
            poa("Parallax", "Grenfell Media", CA),
        ],
    ),
    en(
        "Meta held talks to acquire video-generation start-up Lumora and bring its chief executive, Tariq Bello, into its AI unit, but the talks broke down over valuation.",
        [
            acq("Meta", "Lumora", F),
            pos("Tariq Bello", "Lumora"),
            hire("Tariq Bello", "Meta", F),
        ],
        optional=[poa("Meta", "Lumora", F)],
    ),
    en(
        "Vandermeer Holdings has appointed Claire Dupont as general counsel. "
        "She succeeds Alan Mott, who will retire after 22 years with the group.",
        [
            hire("Claire Dupont", "Vandermeer Holdings", CA),
            dep("Alan Mott", "Vandermeer Holdings", A),
        ],
        optional=[pos("Alan Mott", "Vandermeer Holdings")],
    ),
    en(
        "Orchid Labs said it would freeze hiring for the rest of the year and cut about 8% of its workforce.",
        [],
    ),
    en(
        "Jin-woo Park, a former Samsung Electronics vice president who most recently ran the chip unit of LG, has been named chief executive of Korean AI chip start-up Hanwol Silicon.",
        [
            hire("Jin-woo Park", "Hanwol Silicon", CA),
            pos("Jin-woo Park", "Samsung Electronics"),
            pos("Jin-woo Park", "LG"),
        ],
        optional=[dep("Jin-woo Park", "LG", ANY)],
    ),
    en(
        "Apple has held preliminary discussions about hiring Dara Whitlock, the chief executive of AI search start-up Findly, and possibly buying the company, Bloomberg reported.",
        [
            hire("Dara Whitlock", "Apple", TR),
            acq("Apple", "Findly", TR),
            pos("Dara Whitlock", "Findly"),
        ],
        optional=[
            poa("Apple", "Findly", TR),
            dep("Dara Whitlock", "Findly", TR),
        ],
    ),
    en(
        "Northway Air named Callum Reid as chief commercial officer. "
        "He replaces Deborah Fenn, who has been appointed chief executive of the airline's cargo subsidiary, Northway Cargo.",
        [
            hire("Callum Reid", "Northway Air", CA),
            posh("Deborah Fenn", "Northway Cargo"),
        ],
        optional=[
            dep("Deborah Fenn", "Northway Air", ANY),
            pos("Deborah Fenn", "Northway Air"),
        ],
    ),
    en(
        "Helio Dynamics denied that it had tried to poach engineers from rival drone maker Skyward Systems, calling a lawsuit filed by Skyward on Monday 'baseless'.",
        [poa("Helio Dynamics", "Skyward Systems", D)],
    ),
    en(
        "Brennan Foods said chief executive Mark Oyelaran had resigned with immediate effect after an internal investigation into his expense claims. "
        "Finance chief Ella Sørensen will run the company on an interim basis.",
        [
            dep("Mark Oyelaran", "Brennan Foods", C),
            posh("Ella Sørensen", "Brennan Foods"),
        ],
        optional=[pos("Mark Oyelaran", "Brennan Foods")],
    ),
    en(
        "'AI will change the way we build cars,' Johanna Meyer told the audience in her keynote at the Detroit auto show.",
        [],
    ),
    # ------------------------------------------------------------------ German
    # --- Nachfolgen, Interimslösungen
    de(
        "Der Aufsichtsrat der Kölner Veltrup AG hat Sabine Kranz mit Wirkung zum 1. Juli zur Vorstandsvorsitzenden bestellt. "
        "Sie folgt auf Hans-Peter Mahler, der nach zwölf Jahren an der Spitze des Unternehmens in den Ruhestand geht.",
        [
            hire("Sabine Kranz", "Veltrup AG", A),
            dep("Hans-Peter Mahler", "Veltrup AG", A),
        ],
        optional=[pos("Hans-Peter Mahler", "Veltrup AG")],
    ),
    de(
        "Personalien: Dr. Jörg Lenz wechselt vom Münchner Softwarehaus Quantiq zu Brandt Systems, wo er zum 1. März die Leitung der KI-Sparte übernimmt.",
        [
            dep("Jörg Lenz", "Quantiq", A),
            hire("Jörg Lenz", "Brandt Systems", A),
        ],
        optional=[poa("Brandt Systems", "Quantiq", CA)],
    ),
    de(
        "Nach dem überraschenden Rücktritt von Vorstandschef Thomas Irmer übernimmt Finanzvorständin Claudia Wendt kommissarisch die Führung der Hallberg Energie SE.",
        [
            dep("Thomas Irmer", "Hallberg Energie SE", C),
            posh("Claudia Wendt", "Hallberg Energie SE"),
        ],
        optional=[pos("Thomas Irmer", "Hallberg Energie SE")],
    ),
    de(
        "Bei der Rhenania Versicherung übernimmt Gerhard Voss den Vorsitz des Aufsichtsrats. "
        "Der frühere Allianz-Manager folgt auf Ulrike Sander, die das Gremium nach acht Jahren verlässt.",
        [
            posh("Gerhard Voss", "Rhenania Versicherung"),
            pos("Gerhard Voss", "Allianz"),
            dep("Ulrike Sander", "Rhenania Versicherung", CA),
        ],
        optional=[pos("Ulrike Sander", "Rhenania Versicherung")],
    ),
    de(
        "Technikvorstand Martin Kehl scheidet zum Jahresende auf eigenen Wunsch aus dem Vorstand der Optima Werke AG aus. "
        "Ein Nachfolger soll in den kommenden Wochen benannt werden.",
        [dep("Martin Kehl", "Optima Werke AG", A)],
        optional=[pos("Martin Kehl", "Optima Werke AG")],
    ),
    # --- Wechsel zwischen KI-Labors und Konzernen
    de(
        "Die Berliner KI-Firma Lumeon verliert ihren Forschungschef: Dr. Anton Reiß wechselt zu Google DeepMind nach London, wie das Unternehmen am Dienstag bestätigte.",
        [
            dep("Anton Reiß", "Lumeon", CA),
            hire("Anton Reiß", "Google DeepMind", CA),
        ],
        optional=[
            pos("Anton Reiß", "Lumeon"),
            poa("Google DeepMind", "Lumeon", CA),
        ],
    ),
    de(
        "Nach Informationen des „Handelsblatts“ steht SAP-Vorstand Jan Holzer vor einem Wechsel zu Siemens. "
        "Beide Konzerne wollten sich zu dem Bericht nicht äußern.",
        [
            pos("Jan Holzer", "SAP"),
            dep("Jan Holzer", "SAP", R),
            hire("Jan Holzer", "Siemens", R),
        ],
        optional=[poa("Siemens", "SAP", R)],
    ),
    de(
        "Die Merkurbank hat Berichte über einen bevorstehenden Abgang ihres Vorstandschefs Friedrich Albers zurückgewiesen. "
        "„Herr Albers wird seinen Vertrag erfüllen“, sagte ein Sprecher.",
        [
            pos("Friedrich Albers", "Merkurbank"),
            dep("Friedrich Albers", "Merkurbank", D),
        ],
    ),
    de(
        "Ein Angebot von Meta hat die Münchner KI-Forscherin Lea Hoffmann nach eigenen Angaben ausgeschlagen. "
        "Sie bleibt Technikchefin des Start-ups Neurowerk, das sie 2021 mitgegründet hat.",
        [
            poa("Meta", "Neurowerk", F),
            pos("Lea Hoffmann", "Neurowerk"),
        ],
        optional=[
            hire("Lea Hoffmann", "Meta", F),
            dep("Lea Hoffmann", "Neurowerk", F),
        ],
    ),
    de(
        "Neuer Geschäftsführer der Stuttgarter Kessler Antriebstechnik GmbH ist seit dem 1. Oktober Markus Brenner. "
        "Er kommt von Bosch, wo er zuletzt den Bereich Elektromobilität verantwortete.",
        [
            hire("Markus Brenner", "Kessler Antriebstechnik GmbH", C),
            dep("Markus Brenner", "Bosch", C),
        ],
        optional=[
            pos("Markus Brenner", "Bosch"),
            poa("Kessler Antriebstechnik GmbH", "Bosch", C),
        ],
    ),
    de(
        "Die Deutsche Börse hat im dritten Quartal einen Umsatzanstieg von neun Prozent verbucht. "
        "Der Ausblick für das Gesamtjahr wurde bestätigt.",
        [],
    ),
    de(
        "Carola Weishaupt, Vorstandsvorsitzende der Freiburger Sonnwerk AG, ist zusätzlich in den Aufsichtsrat des Chemiekonzerns Lindauer Chemie gewählt worden.",
        [
            pos("Carola Weishaupt", "Sonnwerk AG"),
            hire("Carola Weishaupt", "Lindauer Chemie", C),
        ],
    ),
    # --- Übernahmen mit Personalwechsel
    de(
        "Der Darmstädter Softwarekonzern Teravis übernimmt das Kölner KI-Start-up Sprachwerk. "
        "Dessen Gründer Yusuf Demir wird nach Abschluss der Transaktion die neu geschaffene KI-Einheit von Teravis leiten.",
        [
            acq("Teravis", "Sprachwerk", A),
            pos("Yusuf Demir", "Sprachwerk"),
            hire("Yusuf Demir", "Teravis", A),
        ],
    ),
    de(
        "Die Hamburger Reederei Albrecht Lühr hat einen neuen Finanzchef: Das Unternehmen holt Sven Petersen vom Konkurrenten Nordcargo. "
        "Er tritt sein Amt im Januar an.",
        [
            hire("Sven Petersen", "Albrecht Lühr", A),
            dep("Sven Petersen", "Nordcargo", A),
        ],
        optional=[poa("Albrecht Lühr", "Nordcargo", CA)],
    ),
    de(
        "Der US-Konzern Nvidia hat dem Münchner Chip-Start-up Halbleiterwerk Isar gleich vier Ingenieure abgeworben, darunter den Leiter der Chipentwicklung, Florian Maurer.",
        [
            poa("Nvidia", "Halbleiterwerk Isar", C),
            hire("Florian Maurer", "Nvidia", C),
            dep("Florian Maurer", "Halbleiterwerk Isar", C),
        ],
        optional=[pos("Florian Maurer", "Halbleiterwerk Isar")],
    ),
    # --- Titel vor dem Namen, frühere Funktionen
    de(
        "Vorstandschef Ralf Bergmann sagte bei der Vorlage der Quartalszahlen, die Wolters Maschinenbau AG wolle ihre operative Marge bis 2027 auf zwölf Prozent steigern.",
        [pos("Ralf Bergmann", "Wolters Maschinenbau AG")],
    ),
    de(
        "Der ehemalige Siemens-Manager Bernd Kastner berät künftig das Dresdner Wasserstoff-Start-up Hydrion.",
        [
            pos("Bernd Kastner", "Siemens"),
            hire("Bernd Kastner", "Hydrion", CA),
        ],
    ),
    de(
        "Der Autozulieferer Grammwerk verhandelt mit dem früheren Continental-Vorstand Dieter Lanz über den Posten des Vorstandsvorsitzenden, wie das Unternehmen mitteilte.",
        [
            hire("Dieter Lanz", "Grammwerk", T),
            pos("Dieter Lanz", "Continental"),
        ],
    ),
    de(
        "Die geplante Berufung von Petra Lindner an die Spitze der Nordbahn Logistik ist geplatzt. "
        "Lindner, derzeit noch Vorständin bei DB Cargo, habe sich gegen den Wechsel entschieden, teilte Nordbahn mit.",
        [
            hire("Petra Lindner", "Nordbahn Logistik", F),
            pos("Petra Lindner", "DB Cargo"),
        ],
        optional=[
            dep("Petra Lindner", "DB Cargo", F),
            poa("Nordbahn Logistik", "DB Cargo", F),
        ],
    ),
    de(
        "Der Fachkräftemangel in der IT-Branche verschärft sich: Nach Angaben des Branchenverbands sind derzeit rund 150.000 Stellen unbesetzt.",
        [],
    ),
    de(
        "Der Vorstandsvorsitzende der Kieler Baltic Wind AG, Oliver Steffens, ist mit sofortiger Wirkung zurückgetreten. "
        "Der Aufsichtsrat berief Vertriebsvorständin Anja Möller zur Interimschefin.",
        [
            dep("Oliver Steffens", "Baltic Wind AG", C),
            posh("Anja Möller", "Baltic Wind AG"),
        ],
        optional=[pos("Oliver Steffens", "Baltic Wind AG")],
    ),
    de(
        "Der KI-Forscher Dr. Mehmet Yilmaz, bislang Leiter des Sprachmodell-Teams beim Heidelberger Start-up Cortexa, verlässt das Unternehmen und geht zu OpenAI nach San Francisco.",
        [
            dep("Mehmet Yilmaz", "Cortexa", CA),
            hire("Mehmet Yilmaz", "OpenAI", CA),
        ],
        optional=[
            pos("Mehmet Yilmaz", "Cortexa"),
            poa("OpenAI", "Cortexa", CA),
        ],
    ),
    de(
        "Der Schweizer Pharmakonzern Alpenpharm schlägt der Generalversammlung die frühere Novartis-Managerin Corinne Favre als neues Mitglied des Verwaltungsrats vor.",
        [
            hire("Corinne Favre", "Alpenpharm", [A, R]),
            pos("Corinne Favre", "Novartis"),
        ],
    ),
    de(
        "Nach nur zwei Jahren bei Microsoft kehrt Stefanie Huber zur Deutschen Telekom zurück und übernimmt dort das Vorstandsressort Technologie und Innovation.",
        [
            hire("Stefanie Huber", "Deutsche Telekom", CA),
            dep("Stefanie Huber", "Microsoft", CA),
        ],
        optional=[
            pos("Stefanie Huber", "Microsoft"),
            dep("Stefanie Huber", "Deutsche Telekom", C),
            hire("Stefanie Huber", "Microsoft", C),
        ],
    ),
    de(
        "Volker Rauch, Chef der Hansa Digital Bank, hat Spekulationen über einen Wechsel zur Commerzbank dementiert. "
        "„Ich habe keine Gespräche geführt“, sagte Rauch.",
        [
            pos("Volker Rauch", "Hansa Digital Bank"),
            hire("Volker Rauch", "Commerzbank", D),
            dep("Volker Rauch", "Hansa Digital Bank", D),
        ],
        optional=[poa("Commerzbank", "Hansa Digital Bank", D)],
    ),
    de(
        "Microsoft hat die beiden Gründer des Münchner KI-Start-ups Vektorraum, Jonas Adler und Mira Schenk, sowie große Teile der Belegschaft übernommen und zahlt für eine Lizenz der Technologie einen dreistelligen Millionenbetrag. "
        "Das Start-up soll unter neuer Führung als Lizenzgeber weiterbestehen.",
        [
            hire("Jonas Adler", "Microsoft", C),
            hire("Mira Schenk", "Microsoft", C),
            pos("Jonas Adler", "Vektorraum"),
            pos("Mira Schenk", "Vektorraum"),
            par(["Microsoft", "Vektorraum"], CA),
        ],
        optional=[
            dep("Jonas Adler", "Vektorraum", C),
            dep("Mira Schenk", "Vektorraum", C),
            poa("Microsoft", "Vektorraum", C),
            acq("Microsoft", "Vektorraum", ANY),
        ],
    ),
    de(
        "In Finanzkreisen wird der frühere Daimler-Finanzchef Heinrich Lorenz als möglicher neuer Aufsichtsratsvorsitzender der Baywerk AG gehandelt.",
        [
            pos("Heinrich Lorenz", "Daimler"),
            hire("Heinrich Lorenz", "Baywerk AG", R),
        ],
    ),
    de(
        "Die Elbtal Pharma GmbH hat Dr. Katrin Busch zur Geschäftsführerin Forschung ernannt. "
        "Sie war zuvor bei Bayer tätig und verantwortete dort die Wirkstoffforschung. "
        "Ihr Vorgänger Dr. Uwe Fiedler wechselt in den Beirat des Unternehmens.",
        [
            hire("Katrin Busch", "Elbtal Pharma GmbH", CA),
            pos("Katrin Busch", "Bayer"),
            posh("Uwe Fiedler", "Elbtal Pharma GmbH"),
        ],
        optional=[
            dep("Katrin Busch", "Bayer", ANY),
            dep("Uwe Fiedler", "Elbtal Pharma GmbH", ANY),
        ],
    ),
    de(
        "Die Hauptversammlung der Lindwurm AG findet in diesem Jahr erstmals rein virtuell statt.",
        [],
    ),
    de(
        "Der chinesische Konzern Huawei soll versucht haben, mehrere Entwickler des Jenaer Optikspezialisten Prismatec abzuwerben – ohne Erfolg, wie Prismatec-Chef Rüdiger Schall betonte.",
        [
            poa("Huawei", "Prismatec", [F, R]),
            pos("Rüdiger Schall", "Prismatec"),
        ],
    ),
    de(
        "Auf Bernhard Ostendorf folgt an der Spitze der Westfalen Glas AG der frühere Schott-Manager Thilo Ramm. "
        "Ostendorf hatte im Sommer angekündigt, seinen Vertrag nicht zu verlängern.",
        [
            hire("Thilo Ramm", "Westfalen Glas AG", CA),
            pos("Thilo Ramm", "Schott"),
            dep("Bernhard Ostendorf", "Westfalen Glas AG", CA),
        ],
        optional=[pos("Bernhard Ostendorf", "Westfalen Glas AG")],
    ),
    de(
        "Im Wettbewerb um KI-Talente hat das Pariser Start-up Mistral AI den Berliner Forscher Paul Wendland von Google abgeworben. "
        "Wendland hatte bei Google an den Gemini-Modellen gearbeitet.",
        [
            poa("Mistral AI", "Google", C),
            hire("Paul Wendland", "Mistral AI", C),
            dep("Paul Wendland", "Google", C),
        ],
        optional=[pos("Paul Wendland", "Google")],
    ),
    de(
        "Neben seinem Amt als Finanzvorstand der Kraftwerk Süd AG übernimmt Lars Hollmann ab Januar auch ein Aufsichtsratsmandat bei der Sparkassen-Tochter Südfinanz.",
        [
            pos("Lars Hollmann", "Kraftwerk Süd AG"),
            hire("Lars Hollmann", "Südfinanz", A),
        ],
    ),
    # --- Personalien-Meldungen, Umbauten in Vorstand und Aufsichtsrat
    de(
        "Personalien: Tanja Eckert (47) ist neue Personalchefin der Drogeriekette Rossberg. Sie kommt von Tchibo. – "
        "Moritz Hahn verlässt die Unternehmensberatung Falkner & Partner und wird Strategiechef bei der Baumarktkette Hagebaum.",
        [
            hire("Tanja Eckert", "Rossberg", C),
            dep("Tanja Eckert", "Tchibo", C),
            dep("Moritz Hahn", "Falkner & Partner", CA),
            hire("Moritz Hahn", "Hagebaum", CA),
        ],
        optional=[
            poa("Rossberg", "Tchibo", C),
            poa("Hagebaum", "Falkner & Partner", CA),
        ],
    ),
    de(
        "Gründer Wilhelm Adam zieht sich aus dem operativen Geschäft der Adam Fördertechnik GmbH zurück und wechselt in den Aufsichtsrat. "
        "Neuer Vorsitzender der Geschäftsführung wird sein langjähriger Stellvertreter Erik Jansen.",
        [
            pos("Wilhelm Adam", "Adam Fördertechnik GmbH"),
            posh("Erik Jansen", "Adam Fördertechnik GmbH"),
        ],
        optional=[dep("Wilhelm Adam", "Adam Fördertechnik GmbH", ANY)],
    ),
    de(
        "Meta soll dem Tübinger KI-Forscher Prof. Simon Keller ein Gehaltspaket von mehr als 50 Millionen Dollar angeboten haben. "
        "Keller, der das Forschungslabor Neckar AI leitet, prüft das Angebot nach Angaben aus seinem Umfeld noch.",
        [
            poa("Meta", "Neckar AI", TR),
            pos("Simon Keller", "Neckar AI"),
        ],
        optional=[
            hire("Simon Keller", "Meta", TR),
            dep("Simon Keller", "Neckar AI", TR),
        ],
    ),
    de(
        "Die Zahl der Firmenpleiten in Deutschland ist im Oktober erneut gestiegen, vor allem im Bau und im Einzelhandel.",
        [],
    ),
    de(
        "Wie aus Unternehmenskreisen verlautete, will sich die Vorstandschefin der Pfalzgas AG, Martina Beck, vorzeitig aus dem Amt zurückziehen. "
        "Das Unternehmen wollte die Informationen nicht kommentieren.",
        [
            pos("Martina Beck", "Pfalzgas AG"),
            dep("Martina Beck", "Pfalzgas AG", R),
        ],
    ),
    de(
        "Die Autozulieferer Vetter Elektronik und Kamiyama Industries gründen ein Gemeinschaftsunternehmen für Leistungshalbleiter. "
        "Geschäftsführer des Joint Ventures wird Vetter-Manager Frank Ohlig.",
        [
            par(["Vetter Elektronik", "Kamiyama Industries"], CA),
            pos("Frank Ohlig", "Vetter Elektronik"),
        ],
    ),
    de(
        "Der geplante Wechsel von Nicole Braun vom Versandhändler Ottmann zu Zalando ist geplatzt. "
        "Braun bleibt Vertriebsvorständin bei Ottmann.",
        [
            dep("Nicole Braun", "Ottmann", F),
            hire("Nicole Braun", "Zalando", F),
            pos("Nicole Braun", "Ottmann"),
        ],
        optional=[poa("Zalando", "Ottmann", F)],
    ),
    de(
        "Der frühere OpenAI-Forscher Konstantin Weber hat in Berlin das Start-up Tiefblick gegründet und in einer Finanzierungsrunde unter Führung von Lakestar 20 Millionen Euro eingesammelt.",
        [
            pos("Konstantin Weber", "OpenAI"),
            pos("Konstantin Weber", "Tiefblick"),
            inv("Lakestar", "Tiefblick", C),
        ],
        optional=[dep("Konstantin Weber", "OpenAI", ANY)],
    ),
    de(
        "Der Aufsichtsrat der Sentinel Rück AG hat Dr. Ingo Pape mit Wirkung zum 1. April 2027 in den Vorstand berufen. "
        "Pape ist derzeit Chief Risk Officer der Munich Re.",
        [
            hire("Ingo Pape", "Sentinel Rück AG", A),
            pos("Ingo Pape", "Munich Re"),
        ],
        optional=[dep("Ingo Pape", "Munich Re", A)],
    ),
    de(
        "Der Vertrag von Vorstandschef Harald Wiesner wird nicht verlängert, teilte der Aufsichtsrat der Gerling Bau AG mit. "
        "Wiesner verlässt das Unternehmen damit Ende September.",
        [dep("Harald Wiesner", "Gerling Bau AG", A)],
        optional=[pos("Harald Wiesner", "Gerling Bau AG")],
    ),
    de(
        "Julia Neumeier ist Gründerin des Münchner Fintechs Zahlwerk und sitzt zugleich im Aufsichtsrat der Sparda Invest.",
        [
            pos("Julia Neumeier", "Zahlwerk"),
            pos("Julia Neumeier", "Sparda Invest"),
        ],
    ),
    de(
        "Der Staatsfonds Norrland Invest steigt mit 15 Prozent beim Batteriehersteller Voltwerk ein und entsendet seinen Investmentchef Anders Lund in den Aufsichtsrat.",
        [
            stake("Norrland Invest", "Voltwerk", CA),
            pos("Anders Lund", "Norrland Invest"),
            hire("Anders Lund", "Voltwerk", CA),
        ],
    ),
    de(
        "Das Softwarehaus Brixen IT weist den Vorwurf zurück, gezielt Mitarbeiter des Konkurrenten Datafox abgeworben zu haben.",
        [poa("Brixen IT", "Datafox", D)],
    ),
    de(
        "Bei der angeschlagenen Modekette Lenz & Söhne übernimmt der Sanierungsexperte Achim Brauer vorübergehend die Geschäftsführung. "
        "Der bisherige Geschäftsführer Peter Lenz scheidet aus dem Unternehmen aus.",
        [
            hire("Achim Brauer", "Lenz & Söhne", CA),
            dep("Peter Lenz", "Lenz & Söhne", CA),
        ],
        optional=[pos("Peter Lenz", "Lenz & Söhne")],
    ),
    de(
        "Der Heidelberger KI-Anbieter Syntaxa hat die langjährige Amazon-Managerin Susanne Ertl als Chief Operating Officer gewonnen. "
        "Sie soll den Ausbau des US-Geschäfts vorantreiben.",
        [
            hire("Susanne Ertl", "Syntaxa", CA),
            pos("Susanne Ertl", "Amazon"),
        ],
        optional=[
            dep("Susanne Ertl", "Amazon", ANY),
            poa("Syntaxa", "Amazon", CA),
        ],
    ),
    de(
        "Die Lufthansa streicht wegen eines Warnstreiks des Bodenpersonals am Freitag zahlreiche Flüge in Frankfurt und München.",
        [],
    ),
    de(
        "Beim Essener Energieversorger Ruhrstrom wird Finanzchef Dirk Sommer zusätzlich stellvertretender Vorstandsvorsitzender.",
        [posh("Dirk Sommer", "Ruhrstrom")],
    ),
    de(
        "Apple wirbt Medienberichten zufolge um den Leiter der Softwareentwicklung von BMW, Andreas Kürten.",
        [
            poa("Apple", "BMW", TR),
            pos("Andreas Kürten", "BMW"),
        ],
        optional=[
            hire("Andreas Kürten", "Apple", TR),
            dep("Andreas Kürten", "BMW", TR),
        ],
    ),
    de(
        "Anna Lindqvist folgt zum 1. Februar bei der Schweizer Helvetia Robotics auf Interimschef Marco Bühler, der nach der Stabübergabe wieder als Finanzchef fungiert.",
        [
            hire("Anna Lindqvist", "Helvetia Robotics", A),
            posh("Marco Bühler", "Helvetia Robotics"),
        ],
    ),
    de(
        "Zwei Jahre nach der Übernahme durch SAP verlässt Gründer Benedikt Hahn den Softwarekonzern. "
        "Sein Start-up Prozessa war 2024 für rund eine Milliarde Euro an die Walldorfer verkauft worden.",
        [
            acq("SAP", "Prozessa", C),
            pos("Benedikt Hahn", "Prozessa"),
            dep("Benedikt Hahn", "SAP", CA),
        ],
        optional=[hire("Benedikt Hahn", "SAP", C)],
    ),
    de(
        "Michael Greiner, Vorstandschef der Nürnberger Frankenbank, hat ein Angebot der Schweizer Privatbank Albis & Cie. abgelehnt und seinen Vertrag bis 2030 verlängert.",
        [
            poa("Albis & Cie.", "Frankenbank", F),
            pos("Michael Greiner", "Frankenbank"),
        ],
        optional=[
            hire("Michael Greiner", "Albis & Cie.", F),
            dep("Michael Greiner", "Frankenbank", F),
        ],
    ),
    de(
        "Ex-Porsche-Vorstand Gunter Albrecht wird Vorsitzender des Beirats beim Ladesäulenhersteller Stromkreis.",
        [
            pos("Gunter Albrecht", "Porsche"),
            hire("Gunter Albrecht", "Stromkreis", CA),
        ],
    ),
    de(
        "Die Nordlicht Versicherung baut ihren Vorstand um: Vertriebsvorstand Jens Ullrich scheidet Ende März aus, seine Aufgaben übernimmt Kerstin Maas, bisher Bereichsleiterin im Konzern. "
        "Zudem wird die IT-Expertin Dr. Yasmin Aziz von der Allianz in das Gremium berufen.",
        [
            dep("Jens Ullrich", "Nordlicht Versicherung", A),
            posh("Kerstin Maas", "Nordlicht Versicherung"),
            hire("Yasmin Aziz", "Nordlicht Versicherung", CA),
            dep("Yasmin Aziz", "Allianz", CA),
        ],
        optional=[
            pos("Jens Ullrich", "Nordlicht Versicherung"),
            poa("Nordlicht Versicherung", "Allianz", CA),
        ],
    ),
    de(
        "Die Thermotec AG hat einen neuen Chef. Wie das Unternehmen am Montag mitteilte, übernimmt Dr. Ralf Oberle zum 1. Mai den Vorstandsvorsitz. "
        "Er ist derzeit noch Vorstand beim Wettbewerber Heizwerk Süd.",
        [
            hire("Ralf Oberle", "Thermotec AG", A),
            dep("Ralf Oberle", "Heizwerk Süd", A),
        ],
        optional=[
            pos("Ralf Oberle", "Heizwerk Süd"),
            poa("Thermotec AG", "Heizwerk Süd", A),
        ],
    ),
    de(
        "Der Vorstand der Brüggemann AG schlägt der Hauptversammlung eine Dividende von 1,20 Euro je Aktie vor.",
        [],
    ),
    de(
        "Die Google-Tochter DeepMind hat Berichte dementiert, wonach sie dem Münchner KI-Start-up Nebelwerk dessen gesamtes Forschungsteam abwerben wolle.",
        [poa("DeepMind", "Nebelwerk", D)],
        optional=[acq("Google", "DeepMind", ANY)],
    ),
    de(
        "Das Amtsgericht München hat die frühere Siemens-Finanzchefin Elke Rath gerichtlich in den Aufsichtsrat der Isarwerke AG bestellt.",
        [
            pos("Elke Rath", "Siemens"),
            hire("Elke Rath", "Isarwerke AG", C),
        ],
    ),
    de(
        "Innerhalb des Konzerns wechselt Timo Krüger von der Tochter Lindner Logistik an die Spitze der Muttergesellschaft Lindner Holding.",
        [
            dep("Timo Krüger", "Lindner Logistik", CA),
            posh("Timo Krüger", "Lindner Holding"),
        ],
        optional=[pos("Timo Krüger", "Lindner Logistik")],
    ),
    de(
        "Die Investmentbank Sattler Berger hat ein komplettes M&A-Team der Konkurrentin Wendel & Co. um Teamleiter Oliver Brandl übernommen.",
        [
            poa("Sattler Berger", "Wendel & Co.", C),
            hire("Oliver Brandl", "Sattler Berger", C),
            dep("Oliver Brandl", "Wendel & Co.", C),
        ],
        optional=[pos("Oliver Brandl", "Wendel & Co.")],
    ),
    de(
        "Nach 15 Jahren legt Hubertus von Arnim sein Mandat im Aufsichtsrat der Falkensteiner Brauerei nieder. "
        "Die Hauptversammlung wählte die Unternehmerin Birgit Claasen zu seiner Nachfolgerin.",
        [
            dep("Hubertus von Arnim", "Falkensteiner Brauerei", CA),
            hire("Birgit Claasen", "Falkensteiner Brauerei", C),
        ],
        optional=[pos("Hubertus von Arnim", "Falkensteiner Brauerei")],
    ),
    de(
        "Der Kölner Versicherer Domstadt Leben soll Interesse an Sandra Pohl haben, Vorständin der Konkurrentin Rheinische Assekuranz. "
        "Domstadt wies den Bericht als „reine Spekulation“ zurück.",
        [
            poa("Domstadt Leben", "Rheinische Assekuranz", [D, R]),
            pos("Sandra Pohl", "Rheinische Assekuranz"),
        ],
        optional=[
            hire("Sandra Pohl", "Domstadt Leben", [D, R]),
            dep("Sandra Pohl", "Rheinische Assekuranz", [D, R]),
        ],
    ),
    de(
        "Viele Vorstandschefs von Dax-Konzernen rechnen für 2027 mit steigenden Investitionen, ergab eine Umfrage der Beratungsgesellschaft Kestner.",
        [],
    ),
    de(
        "Das Berliner Start-up Flinkbau hat mit dem Ex-Google-Manager Tim Osei einen neuen Technikchef. "
        "Osei war zuletzt beim Essenslieferdienst Delivery Hero für die Plattformentwicklung zuständig.",
        [
            hire("Tim Osei", "Flinkbau", C),
            pos("Tim Osei", "Google"),
            pos("Tim Osei", "Delivery Hero"),
        ],
        optional=[
            dep("Tim Osei", "Delivery Hero", ANY),
            dep("Tim Osei", "Google", ANY),
        ],
    ),
    de(
        "Die Gründer Lisa Wagner und Ahmed Karimi führen das Münchner Robotik-Start-up Greifhand künftig als Doppelspitze. "
        "Wagner gibt dafür ihren Posten als Technikchefin beim Zulieferer Kofler Automation auf.",
        [
            posh("Lisa Wagner", "Greifhand"),
            posh("Ahmed Karimi", "Greifhand"),
            dep("Lisa Wagner", "Kofler Automation", CA),
        ],
        optional=[pos("Lisa Wagner", "Kofler Automation")],
    ),
]
