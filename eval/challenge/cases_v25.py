# ruff: noqa: E501
"""Challenge set v25: the technology and AI industry in wire and tech-press style (English and German), held out.

Written blind by a helper on 2026-11-27. The helper did not look at the extractor's code, its tests, the other challenge sets or the dev corpora; all passages and names (apart from a few well-known real companies used as counterparties) are invented.
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
    # --- acqui-hires and "license and hire" deals
    en(
        "Microsoft said on Tuesday it will pay about $650 million to license the models of Parallax Minds, a Palo Alto start-up, and hire most of its 70 employees, including co-founders Ravi Sandoval and Emma Lindqvist. "
        "Parallax Minds will keep operating as an independent company under interim chief executive Tobias Renner, who previously ran its sales team.",
        [
            par(["Microsoft", "Parallax Minds"], CA),
            hire("Ravi Sandoval", "Microsoft", A),
            hire("Emma Lindqvist", "Microsoft", A),
            pos("Ravi Sandoval", "Parallax Minds"),
            pos("Emma Lindqvist", "Parallax Minds"),
            posh("Tobias Renner", "Parallax Minds"),
        ],
        optional=[
            acq("Microsoft", "Parallax Minds", ANY),
            poa("Microsoft", "Parallax Minds", ANY),
            dep("Ravi Sandoval", "Parallax Minds", ANY),
            dep("Emma Lindqvist", "Parallax Minds", ANY),
        ],
    ),
    en(
        "Quillstream, the three-year-old maker of coding assistants, has been bought by Google in what people close to the deal described as an acqui-hire. "
        "Its 24-person team, led by chief executive Marisol Ferreira, joined Google DeepMind on Monday; the Quillstream product will be shut down at the end of the month.",
        [
            acq("Google", "Quillstream", C),
            hire("Marisol Ferreira", "Google DeepMind", C),
            pos("Marisol Ferreira", "Quillstream"),
        ],
        optional=[
            hire("Marisol Ferreira", "Google", C),
            dep("Marisol Ferreira", "Quillstream", ANY),
        ],
    ),
    en(
        "Nvidia is in advanced talks to acquire Loomwise AI, an Israeli developer of inference-optimisation software, mainly to bring its 40 engineers on board, according to two people familiar with the matter. "
        "A deal could be valued at roughly $300 million, one of the people said. Nvidia and Loomwise declined to comment.",
        [acq("Nvidia", "Loomwise AI", T)],
    ),
    en(
        "Amazon struck a licensing deal with Tessellate Robotics and hired its chief executive, Owen Mbeki, along with about a quarter of the Boston company's staff, Tessellate said in a blog post on Friday. "
        "Mbeki will lead a new embodied-AI group at Amazon. Co-founder Hana Kurosawa stays behind and takes over as Tessellate's CEO.",
        [
            par(["Amazon", "Tessellate Robotics"], CA),
            hire("Owen Mbeki", "Amazon", C),
            pos("Owen Mbeki", "Tessellate Robotics"),
            posh("Hana Kurosawa", "Tessellate Robotics"),
        ],
        optional=[
            dep("Owen Mbeki", "Tessellate Robotics", ANY),
            poa("Amazon", "Tessellate Robotics", ANY),
            acq("Amazon", "Tessellate Robotics", ANY),
            pos("Owen Mbeki", "Amazon"),
        ],
    ),
    en(
        "A spokeswoman for Meridian Cloud denied a report by The Information that the company was preparing to buy voice-AI start-up Sonara in order to hire its research team. "
        '"We are not in discussions with Sonara," she said.',
        [acq("Meridian Cloud", "Sonara", D)],
    ),
    en(
        "Salesforce will hire the founders of Peregrine Agents, Mateo Ruiz and Sun-Hee Park, together with roughly 30 engineers, and license the start-up's agent-orchestration software, according to an internal memo seen by Reuters. "
        "Peregrine's investors are expected to get back about 1.5 times their money.",
        [
            hire("Mateo Ruiz", "Salesforce", [A, R]),
            hire("Sun-Hee Park", "Salesforce", [A, R]),
            par(["Salesforce", "Peregrine Agents"], [A, R]),
            pos("Mateo Ruiz", "Peregrine Agents"),
            pos("Sun-Hee Park", "Peregrine Agents"),
        ],
        optional=[
            acq("Salesforce", "Peregrine Agents", ANY),
            poa("Salesforce", "Peregrine Agents", ANY),
            dep("Mateo Ruiz", "Peregrine Agents", ANY),
            dep("Sun-Hee Park", "Peregrine Agents", ANY),
        ],
    ),
    # --- poaching with large pay packages
    en(
        "Meta has hired Julian Okafor, a senior researcher at OpenAI who worked on reasoning models, offering him a pay package worth more than $100 million over four years, people familiar with the matter said. "
        "Okafor is the fifth OpenAI researcher to join Meta's superintelligence unit this month.",
        [
            hire("Julian Okafor", "Meta", [C, R]),
            poa("Meta", "OpenAI", [C, R]),
            pos("Julian Okafor", "OpenAI"),
        ],
        optional=[dep("Julian Okafor", "OpenAI", ANY)],
    ),
    en(
        "Cassia Reyes, the head of alignment research at Halvorsen Labs, turned down an offer from Meta that would have paid her about $200 million over several years, according to a person briefed on the talks. "
        "She told colleagues she would stay at the London-based lab, which she co-founded in 2022.",
        [
            poa("Meta", "Halvorsen Labs", F),
            pos("Cassia Reyes", "Halvorsen Labs"),
        ],
        optional=[hire("Cassia Reyes", "Meta", F)],
    ),
    en(
        "Xenith AI has poached nine engineers from Google's Gemini team in the past two months, dangling signing bonuses of up to $20 million, a Xenith spokesman confirmed. "
        "Among the recruits is Priya Natarajan, who led Gemini's post-training work and will become Xenith's chief scientist.",
        [
            poa("Xenith AI", "Google", C),
            hire("Priya Natarajan", "Xenith AI", CA),
            pos("Priya Natarajan", "Google"),
        ],
        optional=[
            dep("Priya Natarajan", "Google", ANY),
            pos("Priya Natarajan", "Xenith AI"),
        ],
    ),
    en(
        "Rival labs are circling the research staff of Brightwater Intelligence after its chief scientist, Lena Morozova, left last week. "
        "Vantablack Compute alone has made offers to at least three members of her team, people familiar with the approaches said.",
        [
            dep("Lena Morozova", "Brightwater Intelligence", C),
            pos("Lena Morozova", "Brightwater Intelligence"),
            poa("Vantablack Compute", "Brightwater Intelligence", T),
        ],
    ),
    en(
        "Sable Dynamics tried to lure Felix Baptiste, the chief architect of Noctis AI's training infrastructure, with a stock package worth about $60 million, "
        "but he decided to stay after Noctis matched the offer, a person familiar with the matter said.",
        [
            poa("Sable Dynamics", "Noctis AI", F),
            pos("Felix Baptiste", "Noctis AI"),
        ],
        optional=[hire("Felix Baptiste", "Sable Dynamics", F)],
    ),
    en(
        "In a sign of how fierce the fight for talent has become, Oriel Systems last month poached the entire four-person team behind one of Microsoft's small-model projects, including its lead, Samuel Adeyemi.",
        [
            poa("Oriel Systems", "Microsoft", C),
            hire("Samuel Adeyemi", "Oriel Systems", C),
            pos("Samuel Adeyemi", "Microsoft"),
        ],
        optional=[dep("Samuel Adeyemi", "Microsoft", C)],
    ),
    en(
        "Two senior engineers at Corvid Labs have declined offers from Meta worth more than $50 million each, Corvid chief executive Anja Feldmann wrote on X. "
        '"Mission beats money," she said.',
        [
            poa("Meta", "Corvid Labs", F),
            pos("Anja Feldmann", "Corvid Labs"),
        ],
    ),
    en(
        "Osprey Autonomy has lured Aditya Rao, a senior perception engineer, away from Tesla, the self-driving start-up said on Thursday. "
        "Rao, who spent six years on Tesla's driver-assistance team, becomes Osprey's vice president of machine learning.",
        [
            poa("Osprey Autonomy", "Tesla", C),
            hire("Aditya Rao", "Osprey Autonomy", C),
            dep("Aditya Rao", "Tesla", C),
            pos("Aditya Rao", "Tesla"),
        ],
        optional=[pos("Aditya Rao", "Osprey Autonomy")],
    ),
    en(
        "Ember Analytics on Thursday denied reports that Oracle had approached its chief executive, Victor Lindahl, about a senior role in Oracle's cloud division.",
        [
            poa("Oracle", "Ember Analytics", D),
            pos("Victor Lindahl", "Ember Analytics"),
        ],
        optional=[hire("Victor Lindahl", "Oracle", D)],
    ),
    # --- founders leaving to start companies
    en(
        "Daniel Achterberg, a co-founder of the translation start-up Lingotrail, is leaving the company to start a venture focused on AI agents for accountants, he wrote on LinkedIn. "
        "The new company, called Ledgerline, has already raised $12 million in a seed round led by Foundry Park Ventures.",
        [
            dep("Daniel Achterberg", "Lingotrail", A),
            pos("Daniel Achterberg", "Lingotrail"),
            inv("Foundry Park Ventures", "Ledgerline", C),
        ],
        optional=[pos("Daniel Achterberg", "Ledgerline")],
    ),
    en(
        "After nine years at Google, where she built much of the company's speech-recognition stack, Yara Haddad has left to found her own start-up, Resonant Labs, which is building voice models for call centres.",
        [
            dep("Yara Haddad", "Google", C),
            pos("Yara Haddad", "Resonant Labs"),
        ],
        optional=[pos("Yara Haddad", "Google")],
    ),
    en(
        "Halvard Jensen, one of the co-founders of Northlight AI, said on Sunday he had left the company to start something new. He gave no details. "
        "Northlight, which makes AI tutors for schools, thanked him for his contributions.",
        [
            dep("Halvard Jensen", "Northlight AI", C),
            pos("Halvard Jensen", "Northlight AI"),
        ],
    ),
    # --- executives moving between big tech firms
    en(
        "Apple has hired Gregory Linde, Microsoft's corporate vice president for AI infrastructure, to run its server-chip programme, the company said. "
        "Linde, who spent 14 years at Microsoft, will start in January and report to chief operating officer Sabine Hartwell.",
        [
            hire("Gregory Linde", "Apple", CA),
            pos("Gregory Linde", "Microsoft"),
            pos("Sabine Hartwell", "Apple"),
        ],
        optional=[
            dep("Gregory Linde", "Microsoft", ANY),
            poa("Apple", "Microsoft", ANY),
        ],
    ),
    en(
        "Orbis Semiconductor's chief technology officer, Amara Eze, has resigned after seven years at the chipmaker. "
        "The company said she would stay on until March to help find a successor. She has not disclosed her next move.",
        [
            dep("Amara Eze", "Orbis Semiconductor", CA),
            pos("Amara Eze", "Orbis Semiconductor"),
        ],
    ),
    en(
        "Quantix Cloud has named Carla Mendes, a former Amazon Web Services executive, as its president, effective immediately. "
        "Mendes succeeds Harold Finch, who retired in September after 11 years at the company.",
        [
            hire("Carla Mendes", "Quantix Cloud", C),
            pos("Carla Mendes", "Amazon Web Services"),
            dep("Harold Finch", "Quantix Cloud", C),
        ],
        optional=[
            pos("Carla Mendes", "Quantix Cloud"),
            pos("Harold Finch", "Quantix Cloud"),
        ],
    ),
    en(
        "Nadia Kovacs, who ran Google's cloud business in Europe, is leaving to become chief executive of Strata Compute, a GPU-rental company backed by Nvidia. "
        "Her departure takes effect at the end of the month, Google said.",
        [
            dep("Nadia Kovacs", "Google", A),
            hire("Nadia Kovacs", "Strata Compute", A),
            pos("Nadia Kovacs", "Google"),
        ],
        optional=[
            inv("Nvidia", "Strata Compute", C),
            pos("Nadia Kovacs", "Strata Compute"),
            poa("Strata Compute", "Google", ANY),
        ],
    ),
    en(
        "Microsoft has promoted Elena Vasquez to executive vice president of its AI platform group, succeeding Kenji Watanabe, who is leaving to join Nvidia as head of software partnerships.",
        [
            posh("Elena Vasquez", "Microsoft"),
            dep("Kenji Watanabe", "Microsoft", A),
            hire("Kenji Watanabe", "Nvidia", A),
        ],
        optional=[
            pos("Kenji Watanabe", "Microsoft"),
            pos("Kenji Watanabe", "Nvidia"),
            poa("Nvidia", "Microsoft", ANY),
        ],
    ),
    en(
        "Cerulean Chips has appointed Ruth Abara, a former Intel executive, to its board of directors, the company said in a filing on Monday.",
        [
            hire("Ruth Abara", "Cerulean Chips", C),
            pos("Ruth Abara", "Intel"),
        ],
        optional=[pos("Ruth Abara", "Cerulean Chips")],
    ),
    # --- stakes in chip and AI start-ups
    en(
        "Siemens and Infineon each bought a minority stake in Ferrotech Photonics, a Dresden-based developer of optical interconnects for AI data centres, the start-up said on Wednesday, without disclosing the size of the holdings.",
        [
            stake("Siemens", "Ferrotech Photonics", C),
            stake("Infineon", "Ferrotech Photonics", C),
        ],
    ),
    en(
        "Cerulean Chips, which designs low-power accelerators for edge devices, said Nvidia would take a 9.9% stake in it for $410 million, pending approval from U.S. antitrust authorities. "
        "The chip giant will also get a seat on Cerulean's board.",
        [stake("Nvidia", "Cerulean Chips", A)],
    ),
    en(
        "Arlen Capital is in talks to buy a 20% stake in Veridian Silicon, a Taiwanese designer of AI inference chips, for around NT$15 billion, two sources with knowledge of the negotiations said.",
        [stake("Arlen Capital", "Veridian Silicon", T)],
    ),
    en(
        "Siemens has bought the 15 percent stake in industrial-AI firm Cogworks Analytics that Tavora Electronics had held since 2020, lifting its own holding to 40 percent, the German group said.",
        [stake("Siemens", "Cogworks Analytics", C)],
        optional=[stake("Tavora Electronics", "Cogworks Analytics", C)],
    ),
    en(
        "Infineon now owns just under 25% of Brenner Power Semiconductors after buying additional shares from the company's founders, a regulatory filing showed on Tuesday.",
        [stake("Infineon", "Brenner Power Semiconductors", C)],
    ),
    # --- funding rounds led by named investors
    en(
        "Helix Reasoning, a San Francisco AI lab founded by former Google researchers, has raised $1.2 billion at a valuation of $9 billion. "
        "The round was led by Thornbury Capital, with participation from Nvidia and existing investor Redwood Arc Partners, the company said.",
        [
            inv("Thornbury Capital", "Helix Reasoning", C),
            inv("Nvidia", "Helix Reasoning", C),
            inv("Redwood Arc Partners", "Helix Reasoning", C),
        ],
    ),
    en(
        "A $45m Series B for Kestrel Vision, the Leeds-based drone-inspection software maker, was co-led by Aldgate Ventures and Norrsken Growth, chief executive Imogen Pryce told reporters. "
        "The money will be used to expand into North America.",
        [
            inv("Aldgate Ventures", "Kestrel Vision", C),
            inv("Norrsken Growth", "Kestrel Vision", C),
            pos("Imogen Pryce", "Kestrel Vision"),
        ],
    ),
    en(
        "Sundial Labs is in talks to raise new funding at a valuation of about $4 billion, in a round that would be led by Ironleaf Capital, according to people familiar with the discussions. "
        "The coding-agent start-up was valued at $1.1 billion in March.",
        [inv("Ironleaf Capital", "Sundial Labs", T)],
    ),
    en(
        "Nvidia and Microsoft are investing in Arcturus Fusion Compute, a start-up building photonic processors, as part of a $300 million Series C, the Seattle company said. "
        "The round values Arcturus at more than $2 billion.",
        [
            inv("Nvidia", "Arcturus Fusion Compute", CA),
            inv("Microsoft", "Arcturus Fusion Compute", CA),
        ],
    ),
    en(
        "Last week's $80 million funding round for Pallas Security, led by Greyfield Partners, was oversubscribed, chief executive Omar Haddad said in an interview on Monday. "
        "Existing backer Cobalt Hill Ventures also put in money.",
        [
            inv("Greyfield Partners", "Pallas Security", C),
            inv("Cobalt Hill Ventures", "Pallas Security", C),
            pos("Omar Haddad", "Pallas Security"),
        ],
    ),
    en(
        "Thornbury Capital, the growth-equity firm run by former Goldman Sachs banker Leah Brandt, will invest $150 million in Cobaltline, an Ohio-based battery-analytics start-up, the firm said.",
        [
            inv("Thornbury Capital", "Cobaltline", A),
            pos("Leah Brandt", "Thornbury Capital"),
            pos("Leah Brandt", "Goldman Sachs"),
        ],
    ),
    en(
        "Microsoft is in discussions to invest about $500 million in Aurelian Robotics, a humanoid-robot maker, people familiar with the matter said, in a deal that would value the Norwegian company at $3 billion. "
        "The talks are continuing and terms could still change.",
        [inv("Microsoft", "Aurelian Robotics", T)],
    ),
    en(
        "Talks for Marlow Crest Capital to lead a new round in Tidepool AI have collapsed over disagreements about valuation, according to two people familiar with the matter. "
        "Tidepool is now talking to other investors.",
        [inv("Marlow Crest Capital", "Tidepool AI", F)],
    ),
    # --- partnerships
    en(
        "SAP and Mistvale AI, a Paris-based maker of small language models, announced a partnership on Thursday under which SAP will embed Mistvale's models in its business software. "
        "Financial terms were not disclosed.",
        [par(["SAP", "Mistvale AI"], CA)],
    ),
    en(
        "Korvus Systems has signed a multi-year agreement with Nvidia to co-develop liquid-cooling systems for Nvidia's reference data-centre designs. "
        "The deal is the largest in the company's history, chief executive Brandon Oyelaran said.",
        [
            par(["Korvus Systems", "Nvidia"], CA),
            pos("Brandon Oyelaran", "Korvus Systems"),
        ],
    ),
    en(
        "Deutsche Telekom, Nvidia and the Finnish start-up Aalto Quantum Works have agreed to build an AI computing centre near Munich together, the companies said on Wednesday.",
        [par(["Deutsche Telekom", "Nvidia", "Aalto Quantum Works"], CA)],
    ),
    en(
        "Google and Tavora Electronics are negotiating an agreement under which Tavora would manufacture Google's custom AI chips, people familiar with the discussions said. "
        "Neither company commented.",
        [par(["Google", "Tavora Electronics"], T)],
    ),
    # --- mergers of start-ups
    en(
        "Two European AI start-ups, Lumora of Amsterdam and Stockholm-based Fjordmind, are merging to create a company with about 300 employees, they said on Monday. "
        "Lumora chief executive Pieter de Wael will lead the combined group, while Fjordmind co-founder Ingrid Solberg becomes chief technology officer.",
        [
            mer(["Lumora", "Fjordmind"], A),
            pos("Pieter de Wael", "Lumora"),
            pos("Ingrid Solberg", "Fjordmind"),
        ],
    ),
    en(
        "Data-labelling companies Tallyforge and Annotix have held talks about a merger, three people familiar with the matter told Reuters, as both struggle to compete with larger rivals. "
        "No agreement has been reached and the talks could still collapse.",
        [mer(["Tallyforge", "Annotix"], T)],
    ),
    en(
        "The merger of robotics software makers Kinemat and Axelrod Automation closed on Friday, creating a company that will trade under the Kinemat name. "
        "Axelrod's former chief executive, Joanna Pike, has left the business.",
        [
            mer(["Kinemat", "Axelrod Automation"], C),
            dep("Joanna Pike", "Axelrod Automation", C),
            pos("Joanna Pike", "Axelrod Automation"),
        ],
        optional=[dep("Joanna Pike", "Kinemat", C)],
    ),
    en(
        'Quantix Cloud and Helmsford Data Centers have called off their planned $6 billion merger, citing "changed market conditions," three months after announcing it.',
        [mer(["Quantix Cloud", "Helmsford Data Centers"], F)],
    ),
    # --- talks, rumours and denials
    en(
        'Pinewood Analytics on Monday dismissed as "pure speculation" a Bloomberg News report that it had approached Glasshouse AI about a takeover. '
        "Glasshouse declined to comment.",
        [acq("Pinewood Analytics", "Glasshouse AI", D)],
    ),
    en(
        "Private-equity firm Kingsmere Partners is weighing a bid for Solvanta, a listed maker of chip-testing equipment, according to people familiar with the matter. "
        "Deliberations are at an early stage and Kingsmere may decide not to proceed.",
        [acq("Kingsmere Partners", "Solvanta", R)],
    ),
    en(
        "Apple is considering an offer for Mirrorleaf, a search start-up run by former Yahoo engineers, The Information reported on Wednesday, citing a person involved. "
        "Apple did not respond to a request for comment.",
        [acq("Apple", "Mirrorleaf", R)],
    ),
    # --- deals called off or blocked
    en(
        "Grayhawk Software has walked away from talks to buy Pelican Data, a deal that would have valued the analytics firm at about $2.3 billion, Grayhawk said in a statement on Friday. "
        "The company said it remained focused on organic growth.",
        [acq("Grayhawk Software", "Pelican Data", F)],
    ),
    en(
        "Britain's Competition and Markets Authority has blocked Vectrion's proposed $1.9 billion purchase of chip-design tools maker Silicraft, saying the deal would reduce competition in electronic design automation. "
        "Vectrion said it would appeal.",
        [acq("Vectrion", "Silicraft", F)],
    ),
    en(
        "Corrigan Cloud has abandoned its $3.1 billion offer for Halberd Networks after the U.S. Federal Trade Commission sued to block the deal.",
        [acq("Corrigan Cloud", "Halberd Networks", F)],
    ),
    en(
        "The European Commission opened an in-depth investigation into Vantablack Compute's planned $4 billion takeover of Italian chip designer Lucerna Microsystems, saying the deal could restrict access to key components.",
        [acq("Vantablack Compute", "Lucerna Microsystems", A)],
    ),
    # --- completed and announced deals
    en(
        "Stratagem Networks said it completed its acquisition of Nimbus Edge, a maker of AI networking software, on Monday, after receiving the final regulatory approval in South Korea. "
        "The deal, announced in April, was worth $780 million.",
        [acq("Stratagem Networks", "Nimbus Edge", C)],
    ),
    en(
        "Brackenridge Silicon, the Austin-based designer of automotive AI chips, has been acquired by Tavora Electronics for an undisclosed sum, the companies said on Thursday. "
        "Brackenridge founder Luis Ortega will run Tavora's new automotive unit.",
        [
            acq("Tavora Electronics", "Brackenridge Silicon", C),
            pos("Luis Ortega", "Brackenridge Silicon"),
        ],
        optional=[
            hire("Luis Ortega", "Tavora Electronics", ANY),
            pos("Luis Ortega", "Tavora Electronics"),
        ],
    ),
    en(
        "For the target, Driftwood AI, the price represents a premium of roughly 40% over its last private valuation. "
        "The buyer, Kessler Software, said on Monday it would pay $1.4 billion in cash and expects the transaction to close by the end of June.",
        [acq("Kessler Software", "Driftwood AI", A)],
    ),
    en(
        "Nvidia has completed its purchase of Israeli start-up Deepfold, a developer of GPU-scheduling software, a year after agreeing the $700 million deal. "
        "Deepfold's chief executive, Noa Levi, now reports to the head of Nvidia's data-centre business.",
        [
            acq("Nvidia", "Deepfold", C),
            pos("Noa Levi", "Deepfold"),
        ],
    ),
    # --- distractors: launches, lawsuits, analysts, earnings, hypotheticals, background
    en(
        "Google on Wednesday unveiled a new version of its Gemini model that it says can plan multi-step tasks in spreadsheets, as competition with Microsoft and OpenAI over office software intensifies.",
        [],
    ),
    en(
        "A group of authors including novelist Marguerite Ellison sued Palisade AI in federal court in San Francisco on Monday, alleging the start-up trained its chatbot on pirated books. "
        "Palisade did not respond to a request for comment.",
        [],
    ),
    en(
        'Would Nvidia buy Cerulean Chips outright? "They could, and the price would hardly dent their balance sheet," said Tomasz Wierzbicki, a semiconductor analyst at Kilnworth Research. '
        '"But there is no sign that they want to."',
        [pos("Tomasz Wierzbicki", "Kilnworth Research")],
    ),
    en(
        "Orbis Semiconductor reported third-quarter revenue of $3.4 billion, up 22% from a year earlier, driven by demand for data-centre chips. "
        "Chief financial officer Mei-Ling Zhou said the company expected margins to improve next year.",
        [pos("Mei-Ling Zhou", "Orbis Semiconductor")],
    ),
    en(
        "Corrigan Cloud, which bought storage start-up Vaultly for $500 million in 2021, said on Tuesday it would cut 8% of its workforce as it shifts spending toward AI infrastructure.",
        [],
        optional=[acq("Corrigan Cloud", "Vaultly", C)],
    ),
    en(
        "Strata Compute launched a marketplace for renting spare GPU capacity on Tuesday. "
        '"Prices have fallen by half this year," said chief product officer Dev Malhotra.',
        [pos("Dev Malhotra", "Strata Compute")],
    ),
    en(
        "Helix Reasoning has filed a lawsuit against its former partner Quillmark, accusing it of misusing proprietary training data. Quillmark called the claims baseless.",
        [],
        optional=[par(["Helix Reasoning", "Quillmark"], ANY)],
    ),
    en(
        'Asked whether Kessler Software would be interested in buying a cybersecurity company, chief executive Brigitte Olsen said the group "looks at everything" but has no deal in the works.',
        [pos("Brigitte Olsen", "Kessler Software")],
    ),
    en(
        "Aurelian Robotics said quarterly orders tripled, helped by its 2024 agreement with Amazon to deploy robots in fulfilment centres.",
        [],
        optional=[par(["Aurelian Robotics", "Amazon"], C)],
    ),
    en(
        "Shares of Glasshouse AI fell 9% after the company cut its revenue forecast. "
        '"A partnership with one of the hyperscalers could fix that," said Marcus Oyelowo of Drummond Partners.',
        [pos("Marcus Oyelowo", "Drummond Partners")],
    ),
    en(
        "Microsoft is preparing to release an AI model trained in-house that could compete with the models it licenses from OpenAI, according to people familiar with the project.",
        [],
        optional=[par(["Microsoft", "OpenAI"], ANY)],
    ),
    # ------------------------------------------------------------------ German
    # --- Acqui-hires und Lizenz-Deals
    de(
        "Der US-Konzern Microsoft lizenziert die Technologie des Münchner KI-Start-ups Nordwerk Labs und übernimmt einen Großteil der Belegschaft. "
        "Auch die Gründer Jonas Rehberg und Aylin Demir wechseln zu Microsoft, wie das Unternehmen am Dienstag mitteilte. "
        "Nordwerk Labs soll unter der Leitung von Finanzchefin Katrin Albers eigenständig weitergeführt werden.",
        [
            par(["Microsoft", "Nordwerk Labs"], CA),
            hire("Jonas Rehberg", "Microsoft", A),
            hire("Aylin Demir", "Microsoft", A),
            pos("Jonas Rehberg", "Nordwerk Labs"),
            pos("Aylin Demir", "Nordwerk Labs"),
            posh("Katrin Albers", "Nordwerk Labs"),
        ],
        optional=[
            acq("Microsoft", "Nordwerk Labs", ANY),
            poa("Microsoft", "Nordwerk Labs", ANY),
            dep("Jonas Rehberg", "Nordwerk Labs", ANY),
            dep("Aylin Demir", "Nordwerk Labs", ANY),
        ],
    ),
    de(
        "Google hat das Berliner KI-Start-up Sprachwerk übernommen. Wie heise online erfuhr, ging es dem Konzern vor allem um das zwölfköpfige Forschungsteam um Mitgründerin Leonie Bach, das künftig für Google DeepMind in London arbeiten soll. "
        "Der Kaufpreis blieb unbekannt.",
        [
            acq("Google", "Sprachwerk", C),
            pos("Leonie Bach", "Sprachwerk"),
            hire("Leonie Bach", "Google DeepMind", CA),
        ],
        optional=[
            hire("Leonie Bach", "Google", CA),
            dep("Leonie Bach", "Sprachwerk", ANY),
        ],
    ),
    de(
        "Nach Informationen des Handelsblatts verhandelt SAP über die Übernahme des Kölner Start-ups Datenquelle AI. "
        "Dem Softwarekonzern gehe es vor allem um die rund 35 Entwickler, heißt es in Unternehmenskreisen. SAP wollte sich nicht äußern.",
        [acq("SAP", "Datenquelle AI", T)],
    ),
    de(
        "Amazon holt die Gründerin des Hamburger KI-Start-ups Wellenform, Jana Petersen, samt einem Großteil ihres Teams nach Seattle. "
        "Im Gegenzug zahlt der Konzern Lizenzgebühren für die Sprachmodelle von Wellenform, das als eigenständige Firma weiterbestehen soll.",
        [
            hire("Jana Petersen", "Amazon", CA),
            pos("Jana Petersen", "Wellenform"),
            par(["Amazon", "Wellenform"], CA),
        ],
        optional=[
            dep("Jana Petersen", "Wellenform", ANY),
            poa("Amazon", "Wellenform", ANY),
        ],
    ),
    de(
        "Nvidia übernimmt nicht das Unternehmen, sondern vor allem dessen Köpfe: Die Gründer des Tübinger Start-ups Kognitiv, Felix Maurer und Sara Öztürk, wechseln zu dem US-Chipkonzern, der zudem die Software von Kognitiv lizenziert.",
        [
            hire("Felix Maurer", "Nvidia", A),
            hire("Sara Öztürk", "Nvidia", A),
            pos("Felix Maurer", "Kognitiv"),
            pos("Sara Öztürk", "Kognitiv"),
            par(["Nvidia", "Kognitiv"], CA),
        ],
        optional=[
            dep("Felix Maurer", "Kognitiv", ANY),
            dep("Sara Öztürk", "Kognitiv", ANY),
            poa("Nvidia", "Kognitiv", ANY),
        ],
    ),
    de(
        "Berichte über einen Verkauf an Microsoft hat das Münchner Start-up Nordlicht Robotics zurückgewiesen. "
        '"Wir sind nicht zu verkaufen", sagte Geschäftsführer Emil Brandt am Montag.',
        [
            acq("Microsoft", "Nordlicht Robotics", D),
            pos("Emil Brandt", "Nordlicht Robotics"),
        ],
    ),
    # --- Abwerbungen mit hohen Vergütungspaketen
    de(
        "Meta hat den Leiter der KI-Forschung beim Kölner Start-up Rheinmind, Florian Quast, abgeworben. "
        "Nach Angaben aus seinem Umfeld soll ihm der US-Konzern ein Vergütungspaket von mehr als 80 Millionen Dollar über vier Jahre geboten haben. "
        "Quast wechselt im Januar ins Superintelligenz-Labor von Meta.",
        [
            poa("Meta", "Rheinmind", C),
            hire("Florian Quast", "Meta", A),
            pos("Florian Quast", "Rheinmind"),
        ],
        optional=[dep("Florian Quast", "Rheinmind", ANY)],
    ),
    de(
        "Ein Angebot von OpenAI hat die Heidelberger KI-Forscherin Miriam Sattler ausgeschlagen. "
        "Die Mitgründerin des Start-ups Denkfabrik AI bleibt nach eigenen Worten in Deutschland, obwohl ihr nach Informationen der FAZ eine Summe im dreistelligen Millionenbereich geboten worden war.",
        [
            poa("OpenAI", "Denkfabrik AI", F),
            pos("Miriam Sattler", "Denkfabrik AI"),
        ],
        optional=[hire("Miriam Sattler", "OpenAI", F)],
    ),
    de(
        "Nach Recherchen von t3n wirbt das US-Labor Xenith AI gezielt Forscher des Tübinger Start-ups Gedankenfluss ab. "
        "Mindestens vier Angebote mit Jahresgehältern von über zwei Millionen Dollar lägen vor, heißt es.",
        [poa("Xenith AI", "Gedankenfluss", [T, R])],
    ),
    de(
        "Gleich drei Top-Forscher hat Google im vergangenen Monat vom Aachener KI-Labor Maschinengeist abgeworben, darunter dessen Forschungschef Stefan Ullmann. "
        "Google soll jedem von ihnen Aktienpakete im Wert von mehr als 30 Millionen Dollar geboten haben.",
        [
            poa("Google", "Maschinengeist", C),
            hire("Stefan Ullmann", "Google", C),
            pos("Stefan Ullmann", "Maschinengeist"),
        ],
        optional=[dep("Stefan Ullmann", "Maschinengeist", C)],
    ),
    de(
        "Der Informatiker Arne Lindholm bleibt beim Berliner Start-up Tiefsee AI, dessen Technikchef er ist. "
        "Ein Angebot von Meta über angeblich 150 Millionen Dollar habe er abgelehnt, bestätigte eine Unternehmenssprecherin.",
        [
            poa("Meta", "Tiefsee AI", F),
            pos("Arne Lindholm", "Tiefsee AI"),
        ],
        optional=[hire("Arne Lindholm", "Meta", F)],
    ),
    de(
        "Das Berliner Robotik-Start-up Tastwerk Robotics hat die Apple-Ingenieurin Mei Tanaka abgeworben. "
        "Sie soll als Entwicklungschefin den Bau eines humanoiden Roboters leiten.",
        [
            poa("Tastwerk Robotics", "Apple", C),
            hire("Mei Tanaka", "Tastwerk Robotics", CA),
            pos("Mei Tanaka", "Apple"),
        ],
        optional=[
            dep("Mei Tanaka", "Apple", ANY),
            pos("Mei Tanaka", "Tastwerk Robotics"),
        ],
    ),
    de(
        'Berichte, wonach Meta der Forschungschefin von Rheinmind, Ida Lorenzen, ein Angebot gemacht habe, wies das Kölner Unternehmen als "frei erfunden" zurück.',
        [
            poa("Meta", "Rheinmind", D),
            pos("Ida Lorenzen", "Rheinmind"),
        ],
        optional=[hire("Ida Lorenzen", "Meta", D)],
    ),
    de(
        "Der Chef des Dresdner Chipherstellers Elbsilizium, Jens Morgenroth, wirft dem US-Konkurrenten Vantablack Compute vor, gezielt seine Ingenieure abzuwerben. "
        "Allein seit Jahresbeginn seien 14 Fachkräfte gewechselt.",
        [
            poa("Vantablack Compute", "Elbsilizium", [C, T]),
            pos("Jens Morgenroth", "Elbsilizium"),
        ],
    ),
    # --- Gründer gehen, Manager wechseln
    de(
        "Tobias Kern, Mitgründer und bisheriger Technikchef des Berliner Logistiksoftware-Anbieters Routenplan, verlässt das Unternehmen. "
        "Er will ein eigenes KI-Start-up gründen, das sich mit der Automatisierung der Steuerberatung befassen soll.",
        [
            dep("Tobias Kern", "Routenplan", A),
            pos("Tobias Kern", "Routenplan"),
        ],
    ),
    de(
        "Mit Lena Hoffmann verlässt eine weitere Gründerin das Kölner Übersetzungs-Start-up Wortlaut. "
        "Sie hat mit zwei ehemaligen Google-Ingenieuren das Unternehmen Satzbau gegründet, das bereits 8 Mio. Euro von Rheinland Seed Partners erhielt.",
        [
            dep("Lena Hoffmann", "Wortlaut", C),
            pos("Lena Hoffmann", "Wortlaut"),
            pos("Lena Hoffmann", "Satzbau"),
            inv("Rheinland Seed Partners", "Satzbau", C),
        ],
    ),
    de(
        "Die frühere SAP-Vorständin Claudia Ebner heuert bei Siemens an. "
        "Sie soll dort ab April das Geschäft mit industrieller KI verantworten, teilte der Münchner Konzern mit.",
        [
            hire("Claudia Ebner", "Siemens", A),
            pos("Claudia Ebner", "SAP"),
        ],
        optional=[pos("Claudia Ebner", "Siemens")],
    ),
    de(
        "Überraschend verlässt die Personalchefin von SAP, Hanna Weidemann, den Softwarekonzern. "
        "Sie wechselt zum Berliner Fintech Zahlwerk, wo sie Vorstandschefin wird.",
        [
            dep("Hanna Weidemann", "SAP", A),
            hire("Hanna Weidemann", "Zahlwerk", A),
            pos("Hanna Weidemann", "SAP"),
        ],
        optional=[
            pos("Hanna Weidemann", "Zahlwerk"),
            poa("Zahlwerk", "SAP", ANY),
        ],
    ),
    de(
        "Zu Microsoft wechselt der bisherige Europachef von Google Cloud, Henrik Aalders. "
        "Er soll bei dem Softwarekonzern ab Februar das Cloud-Geschäft in Europa, dem Nahen Osten und Afrika leiten.",
        [
            hire("Henrik Aalders", "Microsoft", A),
            dep("Henrik Aalders", "Google Cloud", A),
            pos("Henrik Aalders", "Google Cloud"),
        ],
        optional=[
            pos("Henrik Aalders", "Microsoft"),
            poa("Microsoft", "Google Cloud", ANY),
        ],
    ),
    de(
        "Seit Anfang Juni führt Lukas Reimann das Deutschlandgeschäft des Cloud-Anbieters Strata Compute. "
        "Zuvor war der Informatiker sechs Jahre lang bei Amazon Web Services für den Bau von Rechenzentren zuständig.",
        [
            hire("Lukas Reimann", "Strata Compute", C),
            pos("Lukas Reimann", "Amazon Web Services"),
        ],
        optional=[
            dep("Lukas Reimann", "Amazon Web Services", C),
            pos("Lukas Reimann", "Strata Compute"),
        ],
    ),
    de(
        "Nach nur acht Monaten legt der Chef des KI-Start-ups Bildgeist, Carsten Ilg, sein Amt nieder. "
        "Interimistisch übernimmt Finanzchefin Mara Kühn die Führung des Unternehmens.",
        [
            dep("Carsten Ilg", "Bildgeist", CA),
            pos("Carsten Ilg", "Bildgeist"),
            posh("Mara Kühn", "Bildgeist"),
        ],
    ),
    de(
        "Der frühere Google-Manager Niklas Berger soll neuer Technikchef des Berliner Mobilitäts-Start-ups Fahrwerk werden. "
        "Das berichtet t3n unter Berufung auf Unternehmenskreise. Fahrwerk wollte das nicht kommentieren.",
        [
            hire("Niklas Berger", "Fahrwerk", R),
            pos("Niklas Berger", "Google"),
        ],
    ),
    de(
        "Anfang Juni ist Rüdiger Falk als Vorstandschef beim Leipziger Cloud-Anbieter Wolkenwerk angetreten. "
        "Er kam von IBM, wo er zuletzt das Deutschlandgeschäft leitete.",
        [
            hire("Rüdiger Falk", "Wolkenwerk", C),
            pos("Rüdiger Falk", "IBM"),
        ],
        optional=[
            dep("Rüdiger Falk", "IBM", C),
            pos("Rüdiger Falk", "Wolkenwerk"),
        ],
    ),
    de(
        "Microsofts KI-Forschungschef in Deutschland, Oliver Brenner, verlässt den Konzern in Richtung OpenAI.",
        [
            dep("Oliver Brenner", "Microsoft", A),
            hire("Oliver Brenner", "OpenAI", A),
            pos("Oliver Brenner", "Microsoft"),
        ],
        optional=[poa("OpenAI", "Microsoft", ANY)],
    ),
    # --- Beteiligungen an Chip- und KI-Start-ups
    de(
        "Nvidia steigt beim Heidelberger Chip-Start-up Quarzlicht Systems ein. "
        "Der US-Konzern erwirbt für rund 120 Millionen Euro einen Anteil von etwa zwölf Prozent, wie Quarzlicht am Donnerstag bekanntgab.",
        [stake("Nvidia", "Quarzlicht Systems", CA)],
    ),
    de(
        "Infineon beteiligt sich mit 15 Prozent an dem Dresdner Halbleiter-Start-up Lichtgitter. "
        "Über den Kaufpreis vereinbarten die Partner Stillschweigen.",
        [stake("Infineon", "Lichtgitter", CA)],
    ),
    de(
        "Wie mit der Angelegenheit vertraute Personen berichten, führt der Stuttgarter Technologiekonzern Bosch Gespräche über einen Einstieg bei dem Münchner Chipdesigner Siliziumtal. "
        "Demnach könnte Bosch bis zu 25 Prozent der Anteile erwerben.",
        [stake("Bosch", "Siliziumtal", T)],
    ),
    de(
        "Die Deutsche Telekom stockt ihre Beteiligung an dem Berliner KI-Infrastruktur-Anbieter Rechenhaus von 10 auf 25,1 Prozent auf.",
        [stake("Deutsche Telekom", "Rechenhaus", CA)],
    ),
    de(
        "Der Finanzinvestor Kingsmere Partners hat seinen Anteil von 18 Prozent an dem sächsischen Chipdesigner Halbleiterhaus an den Autozulieferer Bosch verkauft.",
        [stake("Bosch", "Halbleiterhaus", C)],
        optional=[stake("Kingsmere Partners", "Halbleiterhaus", C)],
    ),
    de(
        "Die Bundesregierung hat den Einstieg eines chinesischen Investors beim Chipausrüster Feinstrahl untersagt. "
        "Die Beteiligung von 29 Prozent durch die Investmentgesellschaft Jiangrun Capital hätte die technologische Souveränität gefährdet, hieß es aus dem Wirtschaftsministerium.",
        [stake("Jiangrun Capital", "Feinstrahl", F)],
    ),
    de(
        "Der Münchner Investor Isarfeld Ventures, gegründet von der früheren Siemens-Managerin Birgit Lange, beteiligt sich an dem Freiburger Chip-Start-up Schwarzwald Photonics.",
        [
            stake("Isarfeld Ventures", "Schwarzwald Photonics", CA),
            pos("Birgit Lange", "Isarfeld Ventures"),
            pos("Birgit Lange", "Siemens"),
        ],
    ),
    # --- Finanzierungsrunden
    de(
        "Das Münchner Robotik-Start-up Greifwerk hat in einer Finanzierungsrunde 85 Mio. Euro eingesammelt. "
        "Angeführt wurde die Runde vom Wagniskapitalgeber Alpenglut Capital; auch Siemens und der Bestandsinvestor Obersee Ventures beteiligten sich.",
        [
            inv("Alpenglut Capital", "Greifwerk", C),
            inv("Siemens", "Greifwerk", C),
            inv("Obersee Ventures", "Greifwerk", C),
        ],
    ),
    de(
        "1,2 Mrd. Euro – so viel hat noch kein deutsches KI-Start-up auf einen Schlag eingesammelt. "
        "Das Geld für Rheinmind kommt unter anderem von Nvidia, SAP und dem Londoner Fonds Kestrel Peak Partners; die Bewertung liegt bei 8 Mrd. Euro.",
        [
            inv("Nvidia", "Rheinmind", C),
            inv("SAP", "Rheinmind", C),
            inv("Kestrel Peak Partners", "Rheinmind", C),
        ],
    ),
    de(
        "Das Berliner KI-Start-up Spreeintelligenz verhandelt mit Investoren über eine neue Finanzierungsrunde von bis zu 300 Millionen Euro. "
        "Angeführt werden könnte sie von dem US-Investor Ironleaf Capital, berichtet das Handelsblatt unter Berufung auf Insider.",
        [inv("Ironleaf Capital", "Spreeintelligenz", TR)],
    ),
    de(
        "Angeführt vom Berliner Wagniskapitalgeber Spreewald Capital investieren mehrere Geldgeber insgesamt 40 Millionen Euro in das Leipziger Start-up Messbar. "
        "Mit dabei ist auch der Business-Angel Konrad Vossberg, früher Vorstand beim Versicherer Allmenda.",
        [
            inv("Spreewald Capital", "Messbar", CA),
            inv("Konrad Vossberg", "Messbar", CA),
            pos("Konrad Vossberg", "Allmenda"),
        ],
    ),
    de(
        "Vergangene Woche hat das Hamburger Start-up Hafenlogik eine Series-A-Runde über 22 Millionen Euro abgeschlossen. "
        "Lead-Investor ist der Kopenhagener Fonds Nordhavn Ventures.",
        [inv("Nordhavn Ventures", "Hafenlogik", C)],
    ),
    de(
        "Siemens und Bosch investieren gemeinsam 60 Millionen Euro in das Münchner Quantencomputing-Start-up Qubitwerk.",
        [
            inv("Siemens", "Qubitwerk", CA),
            inv("Bosch", "Qubitwerk", CA),
        ],
    ),
    # --- Partnerschaften
    de(
        "Die Deutsche Telekom und das Pariser KI-Unternehmen Brume AI arbeiten künftig bei Sprachassistenten für Geschäftskunden zusammen. "
        "Eine entsprechende Vereinbarung unterzeichneten beide Seiten am Rande einer Konferenz in Berlin.",
        [par(["Deutsche Telekom", "Brume AI"], CA)],
    ),
    de(
        "Der Walldorfer Softwarekonzern SAP kooperiert bei KI-Agenten mit dem kanadischen Start-up Lumenfield. "
        "Im Rahmen der Partnerschaft sollen die Agenten von Lumenfield ab dem kommenden Jahr in SAP-Produkte integriert werden.",
        [par(["SAP", "Lumenfield"], CA)],
    ),
    de(
        "Nach Informationen des Handelsblatts verhandeln Bosch und der Chipdesigner Quarzlicht Systems über eine gemeinsame Entwicklung von KI-Chips für Fahrzeuge. "
        "Eine Vereinbarung könnte noch im Herbst unterzeichnet werden.",
        [par(["Bosch", "Quarzlicht Systems"], T)],
    ),
    de(
        "Siemens beendet die Zusammenarbeit mit dem US-Start-up Glasshouse AI vorzeitig. "
        "Die gemeinsam entwickelte Wartungssoftware habe die Erwartungen nicht erfüllt, sagte ein Sprecher des Konzerns.",
        [par(["Siemens", "Glasshouse AI"], ANY)],
    ),
    # --- Fusionen von Start-ups
    de(
        "Die beiden Hamburger Start-ups Kodewerk und Datenhafen schließen sich zusammen. "
        "Das fusionierte Unternehmen firmiert unter dem Namen Kodewerk und beschäftigt rund 180 Mitarbeiter; Datenhafen-Chefin Sabine Lorenz wird Co-Geschäftsführerin.",
        [
            mer(["Kodewerk", "Datenhafen"], A),
            pos("Sabine Lorenz", "Datenhafen"),
        ],
        optional=[
            hire("Sabine Lorenz", "Kodewerk", A),
            pos("Sabine Lorenz", "Kodewerk"),
        ],
    ),
    de(
        "Die Start-ups Vektorraum aus München und Tensorhaus aus Wien sprechen über eine Fusion. "
        "Das bestätigte Vektorraum-Gründer Paul Wegner der FAZ. Eine Entscheidung solle bis Ende Juni fallen.",
        [
            mer(["Vektorraum", "Tensorhaus"], T),
            pos("Paul Wegner", "Vektorraum"),
        ],
    ),
    de(
        "Die Fusion der beiden Berliner Sicherheits-Start-ups Schlosswerk und Codewacht ist vollzogen. "
        "Gemeinsam treten sie künftig als Wachturm Security auf; Chef des neuen Unternehmens ist Codewacht-Gründer Yusuf Arslan.",
        [
            mer(["Schlosswerk", "Codewacht"], C),
            pos("Yusuf Arslan", "Codewacht"),
            posh("Yusuf Arslan", "Wachturm Security"),
        ],
    ),
    de(
        "Zusammenschluss in der KI-Branche: Das Wiener Start-up Logikraum und die Zürcher Firma Alpenvektor fusionieren. "
        "Die Aktionäre beider Unternehmen müssen noch zustimmen.",
        [mer(["Logikraum", "Alpenvektor"], A)],
    ),
    # --- Übernahmen: Gespräche, Gerüchte, Dementis, Absagen, Abschlüsse
    de(
        "Der Softwarekonzern Kessler Software will zukaufen: Nach Angaben von Insidern führt er fortgeschrittene Gespräche mit dem Berliner Start-up Promptwerk über eine Übernahme.",
        [acq("Kessler Software", "Promptwerk", T)],
    ),
    de(
        "In der Branche wird spekuliert, dass Siemens ein Auge auf den Münchner Simulationsspezialisten Digitalzwilling AG geworfen hat. "
        "Offiziell äußerte sich keines der beiden Unternehmen.",
        [acq("Siemens", "Digitalzwilling AG", R)],
    ),
    de(
        "Ein Sprecher von Siemens dementierte am Freitag einen Bericht, wonach der Konzern ein Übernahmeangebot für den Industrie-Software-Spezialisten Fabrikgeist vorbereite. "
        '"Dazu gibt es keine Pläne", sagte er.',
        [acq("Siemens", "Fabrikgeist", D)],
    ),
    de(
        "Bosch hat Spekulationen über einen Einstieg beim Dresdner Chiphersteller Elbsilizium zurückgewiesen.",
        [stake("Bosch", "Elbsilizium", D)],
    ),
    de(
        "Der geplante Verkauf des Münchner Navigationssoftware-Herstellers Kartenwerk an den US-Konzern Apple ist geplatzt. "
        "Beide Seiten hätten sich nicht auf einen Preis einigen können, verlautete aus Verhandlungskreisen.",
        [acq("Apple", "Kartenwerk", F)],
    ),
    de(
        "Das Bundeskartellamt hat die geplante Übernahme des Leipziger Rechenzentrumsbetreibers Datenburg durch den US-Konzern Halvergate Cloud untersagt. "
        "Der Zusammenschluss hätte den Wettbewerb bei Cloud-Diensten in Ostdeutschland erheblich behindert, erklärte die Behörde.",
        [acq("Halvergate Cloud", "Datenburg", F)],
    ),
    de(
        "Die EU-Kommission hat die Übernahme des niederländischen Lithografie-Zulieferers Spiegeltechnik durch den US-Konzern Lumitron untersagt.",
        [acq("Lumitron", "Spiegeltechnik", F)],
    ),
    de(
        "Für 2,4 Mrd. Dollar übernimmt der US-Chipkonzern Vantablack Compute den Münchner Chipdesigner Funkenflug Semiconductors. "
        "Die Kartellbehörden müssen noch zustimmen.",
        [acq("Vantablack Compute", "Funkenflug Semiconductors", A)],
    ),
    de(
        "Der Industriekonzern Siemens kauft das Münchner Start-up Sehkraft, das Bildverarbeitungs-Software für Fabriken entwickelt. "
        "Das Unternehmen soll in die Sparte Digital Industries integriert werden; Sehkraft-Gründerin Paula Hartig wird dort Bereichsleiterin.",
        [
            acq("Siemens", "Sehkraft", A),
            pos("Paula Hartig", "Sehkraft"),
            hire("Paula Hartig", "Siemens", A),
        ],
        optional=[pos("Paula Hartig", "Siemens")],
    ),
    de(
        "Die Übernahme des Karlsruher Sicherheitssoftware-Anbieters Schildwacht durch den Darmstädter Konzern Merkurtech ist abgeschlossen. "
        "Alle behördlichen Genehmigungen lägen vor, teilte Merkurtech am Montag mit. Der Kaufpreis hatte bei 410 Millionen Euro gelegen.",
        [acq("Merkurtech", "Schildwacht", C)],
    ),
    de(
        "Von dem US-Softwarekonzern Kessler Software ist das Stuttgarter Analyse-Start-up Zahlenwerk übernommen worden. "
        "Der Kaufpreis soll nach Informationen von heise bei rund 90 Millionen Euro liegen.",
        [acq("Kessler Software", "Zahlenwerk", C)],
    ),
    # --- Ablenker: Produkte, Klagen, Analysten, Zahlen, Hypothesen, Hintergrund
    de(
        "Das Heidelberger KI-Unternehmen Neckarmind hat am Mittwoch eine neue Version seines Sprachmodells vorgestellt. "
        "Es soll deutsche Behördentexte besser verstehen als die Modelle von OpenAI und Google, sagte Produktchef Malte Hinrichs.",
        [pos("Malte Hinrichs", "Neckarmind")],
    ),
    de(
        "Vor dem Landgericht München klagt der Verlag Bergmann & Söhne gegen das KI-Start-up Textflut. "
        "Der Vorwurf: Das Unternehmen habe urheberrechtlich geschützte Bücher zum Training seiner Modelle verwendet.",
        [],
    ),
    de(
        '"SAP könnte sich ein Unternehmen wie Fabrikgeist problemlos leisten", sagt Analyst Jürgen Stahl von der Privatbank Hollwitz & Co. '
        "Ob der Walldorfer Konzern tatsächlich Interesse habe, sei aber völlig offen.",
        [pos("Jürgen Stahl", "Hollwitz & Co")],
    ),
    de(
        "Der Chipkonzern Infineon hat im abgelaufenen Quartal dank der Nachfrage nach KI-Servern mehr umgesetzt als erwartet. "
        "Der Umsatz stieg um 9 Prozent auf 4,1 Mrd. Euro, wie Finanzchef Rainer Vogt mitteilte.",
        [pos("Rainer Vogt", "Infineon")],
    ),
    de(
        "Greifwerk, das 2022 den Schweizer Sensorhersteller Tastsinn übernommen hatte, streicht 60 Stellen. "
        "Die Nachfrage nach Lagerrobotern sei eingebrochen, hieß es.",
        [],
        optional=[acq("Greifwerk", "Tastsinn", C)],
    ),
    de(
        "Auf seiner Hausmesse in Walldorf zeigte SAP neue KI-Agenten für die Buchhaltung. "
        "Ein Konzernsprecher sagte, man schließe Zukäufe im KI-Bereich grundsätzlich nicht aus.",
        [],
    ),
    de(
        "Seit der Übernahme durch Nvidia im Jahr 2023 hat das Tel Aviver Start-up Runwise seine Belegschaft verdoppelt, sagte Gründer Eitan Shapira bei einem Besuch in Berlin.",
        [pos("Eitan Shapira", "Runwise")],
        optional=[acq("Nvidia", "Runwise", C)],
    ),
    de(
        "Die Telekom wäre an einer Beteiligung an europäischen Rechenzentrumsbetreibern grundsätzlich interessiert, sagte Vorstand Hendrik Malz in einem Interview. "
        "Konkrete Gespräche gebe es derzeit nicht.",
        [pos("Hendrik Malz", "Telekom")],
    ),
    de(
        "Der Chiphersteller Elbsilizium verklagt seinen früheren Lizenzpartner Funkenflug Semiconductors wegen Patentverletzung. "
        "Funkenflug wies die Vorwürfe zurück.",
        [],
        optional=[par(["Elbsilizium", "Funkenflug Semiconductors"], ANY)],
    ),
    de(
        "Der Walldorfer Konzern SAP hat seinen Cloud-Umsatz im dritten Quartal um 27 Prozent gesteigert. "
        "KI-Funktionen seien inzwischen in jedem zweiten Neuvertrag enthalten, sagte Finanzvorständin Greta Olsson.",
        [pos("Greta Olsson", "SAP")],
    ),
    de(
        "Eine Fusion der beiden Chipdesigner Funkenflug und Siliziumtal wäre aus Sicht von Analystin Petra Haas von der Landesbank Südwest industriell sinnvoll. "
        "Gespräche gebe es nach ihrer Kenntnis aber nicht.",
        [pos("Petra Haas", "Landesbank Südwest")],
    ),
]
