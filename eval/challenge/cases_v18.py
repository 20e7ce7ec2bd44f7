# ruff: noqa: E501
"""Challenge set v18: invented news passages about the technology/AI industry and European industry (English and German).

Written blind by a helper on 2026-11-27, for error analysis. The helper did not
look at the extractor's code, its tests, the other challenge sets or the dev
corpora; all passages and names (apart from a few well-known real companies used
as counterparties) are invented. Passages cover acquisitions, acqui-hires,
talent moves between AI labs, board changes, stake purchases, funding rounds,
mergers, partnerships, press reviews, interviews, ad-hoc disclosures and annual
general meetings, with distractors and negated/denied events.
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
    # ------------------------------------------------------------------ English
    # --- acquisitions, acqui-hires, deal news
    en(
        "Quillmark to buy AI coding start-up Tessellate for $1.2bn. "
        "Quillmark Software Inc. said on Tuesday it had agreed to acquire Tessellate, a San Francisco-based maker of AI coding assistants, for about $1.2bn in cash. "
        "The deal is expected to close in the third quarter, subject to regulatory approval. "
        "Tessellate chief executive Priya Ramanathan will report to Quillmark CEO Owen Falk.",
        [
            acq("Quillmark Software", "Tessellate", A),
            pos("Priya Ramanathan", "Tessellate"),
            pos("Owen Falk", "Quillmark Software"),
        ],
        optional=[hire("Priya Ramanathan", "Quillmark Software", A)],
    ),
    en(
        "Northwind Robotics has hired the founders and most of the research staff of Lumen Vector, a 40-person start-up working on small language models, in a deal that people familiar with the matter valued at roughly $300 million. "
        "Lumen Vector's co-founders, Tomasz Wierzbicki and Hana Oyelaran, have joined Northwind's applied AI group. "
        "The remaining company will license its technology to Northwind on a non-exclusive basis and continue to serve existing customers.",
        [
            hire("Tomasz Wierzbicki", "Northwind Robotics", C),
            hire("Hana Oyelaran", "Northwind Robotics", C),
            pos("Tomasz Wierzbicki", "Lumen Vector"),
            pos("Hana Oyelaran", "Lumen Vector"),
            par(["Northwind Robotics", "Lumen Vector"], CA),
        ],
        optional=[
            acq("Northwind Robotics", "Lumen Vector", ANY),
            dep("Tomasz Wierzbicki", "Lumen Vector", C),
            dep("Hana Oyelaran", "Lumen Vector", C),
            poach("Northwind Robotics", "Lumen Vector", C),
        ],
    ),
    en(
        "Graniteview Capital is exploring a sale of its German data-centre operator Kaltbach Rechenzentren, according to people familiar with the matter. "
        "Ostara Infrastructure Partners and at least one hyperscaler are among the potential suitors, the people said, asking not to be identified because the deliberations are private. "
        "A deal could value the business at more than €2 billion. Graniteview declined to comment.",
        [acq("Ostara Infrastructure Partners", "Kaltbach Rechenzentren", R)],
    ),
    en(
        "Talks between Halvorsen Semiconductor and Pyxis Photonics about a combination have collapsed over price, the two companies said in separate statements on Friday. "
        "Halvorsen had offered $38 per share, a premium of 27%, but Pyxis's board judged that the offer significantly undervalued the company.",
        [acq("Halvorsen Semiconductor", "Pyxis Photonics", F)],
        optional=[mer(["Halvorsen Semiconductor", "Pyxis Photonics"], F)],
    ),
    en(
        "Veridian Mobile on Monday denied a report in the Financial Times that it was in talks to buy Danish fibre network operator Nordlys Fiber. "
        '"We are not in discussions with Nordlys or any other party," a spokeswoman said.',
        [acq("Veridian Mobile", "Nordlys Fiber", D)],
    ),
    en(
        "Orchard Analytics said it acquired more than 4,000 new customers in the quarter, helped by demand for its forecasting tools. "
        "The company also invested $120 million in a new data centre in Oregon and partnered with local universities on a training programme for data engineers.",
        [],
    ),
    en(
        "Fenwick & Rowe Holdings has completed the purchase of Sentra Controls, the industrial sensors business of Marlowe Electric, for $410 million, the company said Monday. "
        "The unit employs 1,100 people in Ohio and Bavaria and will keep its brand.",
        [acq("Fenwick & Rowe Holdings", "Sentra Controls", C)],
    ),
    en(
        "Aurelian Micro agreed to buy a 19.9% stake in Taiwanese packaging specialist Hsin-Yuan Advanced Packaging for NT$9.6 billion, securing capacity for its AI accelerators. "
        "The two companies also signed a long-term supply agreement.",
        [
            stake("Aurelian Micro", "Hsin-Yuan Advanced Packaging", A),
            par(["Aurelian Micro", "Hsin-Yuan Advanced Packaging"], CA),
        ],
    ),
    en(
        'The board of Castellan Payments has unanimously rejected an unsolicited $2.7bn takeover offer from rival Ferrovia Pay, saying it "materially undervalues" the company. '
        "Ferrovia said it was considering its options, including taking the offer directly to shareholders.",
        [acq("Ferrovia Pay", "Castellan Payments", [F, T])],
    ),
    en(
        "Two of Europe's mid-sized cloud providers, Stratocumul SAS of France and the Dutch company Wolkenveld B.V., will merge to create a group with annual revenue of about €900 million, they announced on Wednesday. "
        "Shareholders of Stratocumul will own 55% of the combined company, which will be led by Wolkenveld chief executive Maartje de Groot.",
        [
            mer(["Stratocumul", "Wolkenveld"], A),
            pos("Maartje de Groot", "Wolkenveld"),
        ],
    ),
    en(
        "Deal roundup: Bloomberg reports that Kestrel Dynamics is weighing a bid for drone maker Sparrowhawk Aero; "
        "Reuters says Solenne Bio has hired Goldman Sachs to find a buyer for its diagnostics arm; "
        "and The Information writes that Ardent AI is raising $500 million at a valuation of $6 billion in a round led by Thrive Capital.",
        [
            acq("Kestrel Dynamics", "Sparrowhawk Aero", R),
            inv("Thrive Capital", "Ardent AI", [R, T]),
        ],
        optional=[par(["Solenne Bio", "Goldman Sachs"], ANY)],
    ),
    en(
        "Meridian Health Cloud, which was acquired by Oracle in 2022, said on Wednesday it would cut 8% of its workforce as hospitals delay software purchases.",
        [acq("Oracle", "Meridian Health Cloud", C)],
    ),
    en(
        "Paris-based Clairvoie AI has raised €220 million in a Series B round led by Lightspeed Venture Partners, with participation from existing investors Elaia and Bpifrance. "
        "The company, founded in 2023 by former DeepMind researchers Élise Marchetti and Youssef Benali, builds speech models for call centres.",
        [
            inv("Lightspeed Venture Partners", "Clairvoie AI", C),
            inv("Elaia", "Clairvoie AI", C),
            inv("Bpifrance", "Clairvoie AI", C),
            pos("Élise Marchetti", "Clairvoie AI"),
            pos("Youssef Benali", "Clairvoie AI"),
        ],
        optional=[
            pos("Élise Marchetti", "DeepMind"),
            pos("Youssef Benali", "DeepMind"),
            dep("Élise Marchetti", "DeepMind", C),
            dep("Youssef Benali", "DeepMind", C),
        ],
    ),
    en(
        "Solvane Energy is in advanced talks to acquire battery-software firm Gridlet, according to two people briefed on the negotiations, with an announcement possible as soon as next week.",
        [acq("Solvane Energy", "Gridlet", T)],
    ),
    en(
        "Corbel Networks has a new owner. "
        "The Austin-based maker of network switches was bought last month by private equity firm Haverstock Partners, it emerged on Thursday. "
        "Terms were not disclosed.",
        [acq("Haverstock Partners", "Corbel Networks", C)],
    ),
    en(
        'Brightwater Foods and Cinder Robotics have called off their planned joint venture for automated restaurant kitchens, citing "changed market conditions".',
        [par(["Brightwater Foods", "Cinder Robotics"], F)],
    ),
    en(
        "Nimbus Software will merge its two consumer apps, Nimbus Notes and Nimbus Tasks, into a single product next year, the company said, and will acquire new users through a free tier.",
        [],
    ),
    en(
        "The UK's Competition and Markets Authority has blocked Telvaro's proposed £1.4bn acquisition of broadband provider Linkstream, ruling that the deal would reduce competition in rural markets. "
        'Telvaro said it was "disappointed" and would consider an appeal.',
        [acq("Telvaro", "Linkstream", F)],
    ),
    en(
        "Six months after it was founded, voice-cloning start-up Sonance Audio AI has been snapped up by design-software maker Pixelfold, which will fold Sonance's 12 engineers into its video team. "
        "Sonance chief executive Arvid Holmqvist becomes Pixelfold's head of audio.",
        [
            acq("Pixelfold", "Sonance Audio AI", C),
            pos("Arvid Holmqvist", "Sonance Audio AI"),
            hire("Arvid Holmqvist", "Pixelfold", CA),
        ],
        optional=[pos("Arvid Holmqvist", "Pixelfold")],
    ),
    en(
        "Orison Therapeutics plans to acquire a majority stake in Italian contract manufacturer Farmaceutica Lombarda SpA by the end of the year, chief financial officer Greta Lindqvist told Reuters in an interview. "
        '"We have a letter of intent, and we expect to sign in the autumn," she said.',
        [
            acq("Orison Therapeutics", "Farmaceutica Lombarda", [A, T]),
            pos("Greta Lindqvist", "Orison Therapeutics"),
        ],
    ),
    en(
        "A consortium of Apex Peak Partners and Abu Dhabi's Qasr Investment Authority has agreed to take Sundial Logistics private in a deal worth $3.4bn including debt, the companies said early on Monday.",
        [
            acq("Apex Peak Partners", "Sundial Logistics", A),
            acq("Qasr Investment Authority", "Sundial Logistics", A),
        ],
    ),
    en(
        "Would Nvidia buy Runcible? Speculation that the chip giant might bid for the Israeli networking start-up has swirled for weeks, "
        "but analysts at Morgan Stanley said on Tuesday that a deal looked unlikely.",
        [acq("Nvidia", "Runcible", R)],
    ),
    # --- talent moves between AI labs, board changes, hires and departures
    en(
        "Parallax AI has hired Dr. Miriam Okafor, who led the reasoning team at rival lab Kairos Labs, as its chief scientist, the company confirmed on Monday. "
        "Okafor is the fourth senior researcher to leave Kairos for Parallax since March.",
        [
            hire("Miriam Okafor", "Parallax AI", C),
            dep("Miriam Okafor", "Kairos Labs", C),
            poach("Parallax AI", "Kairos Labs", C),
        ],
        optional=[pos("Miriam Okafor", "Kairos Labs"), pos("Miriam Okafor", "Parallax AI")],
    ),
    en(
        "Meta tried to lure away several members of Helix Intelligence's pretraining team this spring with pay packages worth up to $100 million, but none of them accepted, "
        "Helix chief executive Rafael Duarte-Lima said on a podcast.",
        [
            poach("Meta", "Helix Intelligence", F),
            pos("Rafael Duarte-Lima", "Helix Intelligence"),
        ],
    ),
    en(
        "Sabine Voortman will step down as chief financial officer of Dutch chip-equipment supplier Lithovance at the end of June after eight years in the role, the company said. "
        "A search for her successor is under way.",
        [
            dep("Sabine Voortman", "Lithovance", A),
            pos("Sabine Voortman", "Lithovance"),
        ],
    ),
    en(
        "Zephyr Bank has appointed former central banker Anthony Hale-Burton as non-executive chairman, effective January 1. "
        "He succeeds Margaret Osei, who is retiring from the board after nine years.",
        [
            hire("Anthony Hale-Burton", "Zephyr Bank", CA),
            dep("Margaret Osei", "Zephyr Bank", A),
            pos("Margaret Osei", "Zephyr Bank"),
        ],
        optional=[pos("Anthony Hale-Burton", "Zephyr Bank")],
    ),
    en(
        "In an interview, Kira Nakamura, who co-founded Tessaract Robotics and ran it until 2024, said she had turned down an offer to join Tesla's humanoid robot programme. "
        '"I wanted to build something again," said Nakamura, who now heads a new start-up, Foldline.',
        [
            pos("Kira Nakamura", "Tessaract Robotics"),
            pos("Kira Nakamura", "Foldline"),
            hire("Kira Nakamura", "Tesla", F),
        ],
        optional=[dep("Kira Nakamura", "Tessaract Robotics", C), poach("Tesla", "Foldline", F)],
    ),
    en(
        "Alphabet is said to be in talks with Jonas Whitcombe, the former head of Amazon's Alexa AI unit, about a senior role at Google DeepMind, according to people familiar with the matter.",
        [hire("Jonas Whitcombe", "Google DeepMind", TR)],
        optional=[
            hire("Jonas Whitcombe", "Alphabet", TR),
            pos("Jonas Whitcombe", "Amazon"),
            pos("Jonas Whitcombe", "Alexa AI"),
        ],
    ),
    en(
        'Quillmark dismissed as "pure speculation" a newspaper report that its chief technology officer, Ben Adeyemi, was preparing to leave for a rival. '
        'Adeyemi "is fully committed to the company", a spokesman said.',
        [
            dep("Ben Adeyemi", "Quillmark", D),
            pos("Ben Adeyemi", "Quillmark"),
        ],
    ),
    en(
        "Hiring across Europe's tech sector slowed in the third quarter, with job postings for machine-learning engineers down 12% year on year, according to recruiter Harlow & Finch. "
        "Demand for chip designers, by contrast, rose.",
        [],
    ),
    en(
        "Ambrose Telecom named finance chief Lucia Ferreira interim chief executive after Gordon Pratt resigned with immediate effect on Sunday following a dispute with the board.",
        [
            posh("Lucia Ferreira", "Ambrose Telecom"),
            dep("Gordon Pratt", "Ambrose Telecom", C),
        ],
        optional=[pos("Gordon Pratt", "Ambrose Telecom")],
    ),
    en(
        "Goldman Sachs veteran Patrick Nwosu has joined Berlin-based fintech Kontor Pay as chief operating officer, the company said Tuesday. "
        "Nwosu spent 17 years at Goldman, most recently as a managing director in its transaction banking unit.",
        [hire("Patrick Nwosu", "Kontor Pay", C)],
        optional=[
            dep("Patrick Nwosu", "Goldman Sachs", C),
            pos("Patrick Nwosu", "Goldman Sachs"),
            pos("Patrick Nwosu", "Kontor Pay"),
        ],
    ),
    en(
        '"This is a transformative moment for us," said Henrik Aalto, chief executive of Finnish telecom operator Revontuli Telecom, after the company closed its €780 million purchase of Baltic mobile carrier Amberlink on Thursday.',
        [
            acq("Revontuli Telecom", "Amberlink", C),
            pos("Henrik Aalto", "Revontuli Telecom"),
        ],
    ),
    en(
        "SoftBank has quietly built a stake of roughly 5% in Japanese robotics firm Kagayaki Kikai, the Nikkei reported, citing unnamed sources. SoftBank declined to comment.",
        [stake("SoftBank", "Kagayaki Kikai", R)],
    ),
    en(
        "Cloud provider Altocirrus and chip start-up Vantablack Silicon said they would jointly develop inference servers, with Altocirrus committing to buy $500 million of Vantablack's chips over three years. "
        "Altocirrus is also taking a minority stake in the start-up, the companies said, without giving its size.",
        [
            par(["Altocirrus", "Vantablack Silicon"], A),
            stake("Altocirrus", "Vantablack Silicon", CA),
        ],
    ),
    en(
        "EXCLUSIVE-Tessellate rival Codewright in talks to raise at $4bn valuation. "
        "Codewright, which makes an AI agent for software testing, is in talks to raise about $350 million in a round that would be led by Index Ventures, three people with knowledge of the matter said.",
        [inv("Index Ventures", "Codewright", T)],
    ),
    en(
        "German auto supplier Brenner-Kastl Automotive said on Monday it had agreed to sell its wiring-harness division, BK Kabelsysteme, to Chinese rival Zhongke Harness Technology for an undisclosed sum, as it refocuses on electric drivetrains.",
        [acq("Zhongke Harness Technology", "BK Kabelsysteme", A)],
    ),
    en(
        "Sternfeld Chemicals and Japan's Mitsuhama Corp. have launched their 50-50 joint venture for solid-state battery electrolytes, which received final antitrust clearance last week.",
        [par(["Sternfeld Chemicals", "Mitsuhama"], C)],
    ),
    en(
        "Contrary to market speculation, Arcwell Energy did not take part in the auction for Nordic wind developer Fjellvind, chief executive Søren Kjær told reporters on Wednesday.",
        [
            acq("Arcwell Energy", "Fjellvind", D),
            pos("Søren Kjær", "Arcwell Energy"),
        ],
    ),
    en(
        "Shares in Pellucid Bank and Harrowgate Building Society rose sharply after Sky News reported that the two lenders were exploring a merger of equals. "
        "Neither lender would comment.",
        [mer(["Pellucid Bank", "Harrowgate Building Society"], TR)],
    ),
    en(
        "Former Siemens board member Dr. Katrin Oberhollenzer will join Austrian rail-technology group Alpenbahn Systeme as chief executive on 1 April, the supervisory board said.",
        [
            hire("Katrin Oberhollenzer", "Alpenbahn Systeme", A),
            pos("Katrin Oberhollenzer", "Siemens"),
        ],
        optional=[pos("Katrin Oberhollenzer", "Alpenbahn Systeme")],
    ),
    en(
        "Three co-founders of Parallax AI — Devika Rao, Lucas Ferrand and Ming Zhao — have left the company in recent months. "
        "Rao and Ferrand joined OpenAI, while Zhao started her own firm.",
        [
            dep("Devika Rao", "Parallax AI", C),
            dep("Lucas Ferrand", "Parallax AI", C),
            dep("Ming Zhao", "Parallax AI", C),
            hire("Devika Rao", "OpenAI", C),
            hire("Lucas Ferrand", "OpenAI", C),
            pos("Devika Rao", "Parallax AI"),
            pos("Lucas Ferrand", "Parallax AI"),
            pos("Ming Zhao", "Parallax AI"),
        ],
        optional=[poach("OpenAI", "Parallax AI", C)],
    ),
    en(
        "Private-equity firm Lindqvist & Moor has walked away from its agreed purchase of Dutch software firm Vectoria Systems after failing to secure financing, Vectoria said on Wednesday.",
        [acq("Lindqvist & Moor", "Vectoria Systems", F)],
    ),
    en(
        "Pellucid Bank said chief executive Harold Vance would retire in March and be replaced by Amira Shah, currently head of retail banking at Barclays.",
        [
            dep("Harold Vance", "Pellucid Bank", A),
            hire("Amira Shah", "Pellucid Bank", A),
            pos("Harold Vance", "Pellucid Bank"),
            pos("Amira Shah", "Barclays"),
        ],
        optional=[dep("Amira Shah", "Barclays", A)],
    ),
    # --- AGMs, funding rounds, partnerships, stake sales, distractors
    en(
        "At Thursday's annual general meeting, shareholders of Halberd Insurance re-elected chairman Robert Ashdown and approved the appointment of former Allianz executive Clara Mendelssohn to the board.",
        [
            pos("Robert Ashdown", "Halberd Insurance"),
            hire("Clara Mendelssohn", "Halberd Insurance", C),
            pos("Clara Mendelssohn", "Allianz"),
        ],
    ),
    en(
        "After closing its acquisition of data-labelling firm Tagwise, Orrery AI said Tagwise founder and CEO Nadia Haddad would leave the company at year-end.",
        [
            acq("Orrery AI", "Tagwise", C),
            dep("Nadia Haddad", "Tagwise", A),
            pos("Nadia Haddad", "Tagwise"),
        ],
        optional=[dep("Nadia Haddad", "Orrery AI", A)],
    ),
    en(
        "Brenner-Kastl's corporate venture arm, BK Ventures, has led a €60 million funding round in Munich-based lidar start-up Blickwerk Sensorik, the start-up said. "
        "The money will be used to build a production line near Regensburg.",
        [inv("BK Ventures", "Blickwerk Sensorik", C)],
    ),
    en(
        "Analysts expect more consolidation among Europe's telecom operators next year as Brussels loosens its stance on mergers, but no deals are imminent, said Jana Halloran, an analyst at Berenberg.",
        [],
        optional=[pos("Jana Halloran", "Berenberg")],
    ),
    en(
        '"Inference demand is going through the roof," said Tobias Lindgren, founder and chief executive of Stockholm-based GPU cloud Frostbyte Compute, which operates data centres in Sweden and Finland.',
        [pos("Tobias Lindgren", "Frostbyte Compute")],
    ),
    en(
        "Orbital Maps denied it had struck a licensing deal with Apple, after a blog post claimed the iPhone maker would use its satellite imagery in a future version of its maps app.",
        [par(["Orbital Maps", "Apple"], D)],
    ),
    en(
        "Mercator Holdings has sold its remaining 8% stake in Castellan Payments to Norwegian investment firm Fjordhavn Capital, ending a ten-year relationship with the payments company.",
        [stake("Fjordhavn Capital", "Castellan Payments", C)],
    ),
    en(
        "Nokia and Indian operator Bharat Skynet are in talks about a 5G network-sharing partnership, the Economic Times reported on Saturday.",
        [par(["Nokia", "Bharat Skynet"], TR)],
    ),
    en(
        "Dominique Achterberg, who spent a decade building Amazon Web Services' European sales organisation, has been hired by Altocirrus to run its international business.",
        [hire("Dominique Achterberg", "Altocirrus", C)],
        optional=[
            pos("Dominique Achterberg", "Amazon Web Services"),
            dep("Dominique Achterberg", "Amazon Web Services", C),
            pos("Dominique Achterberg", "Altocirrus"),
        ],
    ),
    en(
        "Executives at Kairos Labs have been calling engineers at Helix Intelligence in recent weeks, offering signing bonuses of up to $2 million, according to three people who received calls.",
        [poach("Kairos Labs", "Helix Intelligence", TR)],
    ),
    en(
        "The merger of Landry Savings Bank and Coastal Mutual was completed on Monday, creating the largest regional lender in New England. "
        "The combined bank will operate under the Landry name.",
        [mer(["Landry Savings Bank", "Coastal Mutual"], C)],
    ),
    en(
        "UPDATE 2-Vireo Pharma to buy gene-editing firm Crispwell for $2.1 bln (Adds analyst comment, share move)",
        [acq("Vireo Pharma", "Crispwell", A)],
    ),
    en(
        "Japan's Kuroshio Electric will sell its 34% holding in display maker Lumitek to private equity firm Cedar Ridge Capital, it said on Friday.",
        [stake("Cedar Ridge Capital", "Lumitek", A)],
    ),
    en(
        "Ardent AI's new assistant partners with users to plan trips and book restaurants. "
        "The company said it would acquire more compute next year and expects to merge its two model families by the summer.",
        [],
    ),
    en(
        "In 2019 Felder Instruments bought a majority of Swiss precision-optics maker Optiklar AG. "
        "Five years later it is trying to sell the business again and has held preliminary talks with Zeiss, according to Handelsblatt.",
        [
            acq("Felder Instruments", "Optiklar", C),
            acq("Zeiss", "Optiklar", TR),
        ],
    ),
    en(
        "Robotics start-up Quillon has closed a $75m Series A co-led by Sequoia Capital and General Catalyst. "
        "Existing backer Hoxton Ventures also took part.",
        [
            inv("Sequoia Capital", "Quillon", C),
            inv("General Catalyst", "Quillon", C),
            inv("Hoxton Ventures", "Quillon", C),
        ],
    ),
    en(
        "A planned $200 million investment by Saudi fund Rimal Ventures in British AI chip designer Tensorleaf has fallen through after the two sides failed to agree on governance rights.",
        [inv("Rimal Ventures", "Tensorleaf", F)],
    ),
    en(
        "Kairos Labs has signed a multi-year agreement with Reuters to license its news archive for model training, the first such deal for the company.",
        [par(["Kairos Labs", "Reuters"], CA)],
    ),
    en(
        "Google has lured away Ilan Ferreira-Katz, the head of chip design at Aurelian Micro, to work on its TPU programme, in the latest blow to the struggling chip maker.",
        [
            poach("Google", "Aurelian Micro", C),
            hire("Ilan Ferreira-Katz", "Google", C),
            dep("Ilan Ferreira-Katz", "Aurelian Micro", C),
            pos("Ilan Ferreira-Katz", "Aurelian Micro"),
        ],
    ),
    en(
        'Rumours that former Tesla AI director Mateus Albuquerque is joining Lumen Vector are untrue, the start-up said, adding that it "has no plans to make new senior hires this year".',
        [
            hire("Mateus Albuquerque", "Lumen Vector", D),
            pos("Mateus Albuquerque", "Tesla"),
        ],
    ),
    en(
        "Telecom operator Veridian Mobile and satellite company StarReach Orbital have agreed to offer direct-to-phone messaging in Portugal and Spain from early next year. "
        "The deal, signed last week, follows similar agreements StarReach struck with operators in Latin America.",
        [par(["Veridian Mobile", "StarReach Orbital"], CA)],
    ),
    # ------------------------------------------------------------------ German
    # --- Übernahmen, Ad-hoc-Mitteilungen, Beteiligungen
    de(
        "Ad-hoc-Mitteilung nach Art. 17 MAR: Die Vorstände der Kranzberger Maschinenbau AG und der Helmrath Antriebstechnik SE haben heute eine Grundsatzvereinbarung über einen Zusammenschluss beider Unternehmen unterzeichnet. "
        "Die Aktionäre der Helmrath sollen je Aktie 1,8 neue Kranzberger-Aktien erhalten. "
        "Der Vollzug der Transaktion wird für das erste Halbjahr 2027 erwartet.",
        [mer(["Kranzberger Maschinenbau", "Helmrath Antriebstechnik"], A)],
        optional=[acq("Kranzberger Maschinenbau", "Helmrath Antriebstechnik", A)],
    ),
    de(
        "Der Münchner Softwarekonzern Datavista übernimmt das Berliner KI-Start-up Sprachwerk. "
        "Über den Kaufpreis vereinbarten die Parteien Stillschweigen; Branchenkreisen zufolge liegt er bei rund 150 Millionen Euro. "
        "Die beiden Gründer von Sprachwerk, Lea Brandstätter und Omar Haddad, wechseln zu Datavista und sollen dort das KI-Geschäft leiten.",
        [
            acq("Datavista", "Sprachwerk", CA),
            hire("Lea Brandstätter", "Datavista", CA),
            hire("Omar Haddad", "Datavista", CA),
            pos("Lea Brandstätter", "Sprachwerk"),
            pos("Omar Haddad", "Sprachwerk"),
        ],
    ),
    de(
        "Wie aus Finanzkreisen verlautete, prüft die Schweizer Industrieholding Aarwald Holding eine Übernahme des Stuttgarter Autozulieferers Feinmetall Rössler GmbH. "
        "Eine Sprecherin der Aarwald wollte sich zu den Informationen nicht äußern.",
        [acq("Aarwald Holding", "Feinmetall Rössler", R)],
    ),
    de(
        "Die Linzer Donaulog GmbH, die im vergangenen Jahr von der Traunstein Gruppe übernommen worden war, streicht rund 200 Stellen. "
        "Grund sei die schwache Nachfrage aus der Chemieindustrie, hieß es.",
        [acq("Traunstein Gruppe", "Donaulog", C)],
    ),
    de(
        "Die Nordwest Landesbank steigt beim Hamburger Fintech Kontoblick ein. "
        "Das Institut übernimmt 25,1 Prozent der Anteile, wie beide Seiten am Dienstag mitteilten. Zum Kaufpreis machten sie keine Angaben.",
        [stake("Nordwest Landesbank", "Kontoblick", CA)],
    ),
    de(
        "Die Fusion der beiden Genossenschaftsbanken Volksbank Oberes Filstal und Raiffeisenbank Albvorland ist geplatzt. "
        "Die Vertreterversammlung der Raiffeisenbank stimmte am Montagabend mit knapper Mehrheit gegen den Zusammenschluss.",
        [mer(["Volksbank Oberes Filstal", "Raiffeisenbank Albvorland"], F)],
    ),
    de(
        "Der Telekommunikationskonzern Alpentel hat Berichte über einen möglichen Verkauf seiner Funkturmtochter Alpentowers an den Finanzinvestor Brightmoor Capital zurückgewiesen. "
        "„Es gibt keine Gespräche“, sagte Finanzvorstand Markus Oberleitner.",
        [
            acq("Brightmoor Capital", "Alpentowers", D),
            pos("Markus Oberleitner", "Alpentel"),
        ],
    ),
    de(
        "Das Heidelberger KI-Start-up Neurowerk hat in einer Finanzierungsrunde der Serie B 85 Millionen Euro eingesammelt. "
        "Angeführt wurde die Runde vom US-Investor Accel, auch die Bestandsinvestoren Cherry Ventures und der High-Tech Gründerfonds beteiligten sich erneut.",
        [
            inv("Accel", "Neurowerk", C),
            inv("Cherry Ventures", "Neurowerk", C),
            inv("High-Tech Gründerfonds", "Neurowerk", C),
        ],
    ),
    de(
        "Der Chipkonzern Infineon soll Interesse an dem Dresdner Halbleiterspezialisten Siliziumtal GmbH haben. "
        "Das berichtet das „Handelsblatt“ unter Berufung auf mit der Sache vertraute Personen. Konkrete Verhandlungen gebe es aber noch nicht.",
        [acq("Infineon", "Siliziumtal", R)],
    ),
    de(
        "Der Zughersteller Rheinwaggon verhandelt exklusiv über den Kauf des Signaltechnikherstellers Lichtsignal Bauer GmbH aus Braunschweig. "
        "Eine Einigung könnte bis Ende Juni stehen, sagte eine mit den Gesprächen vertraute Person.",
        [acq("Rheinwaggon", "Lichtsignal Bauer", T)],
    ),
    de(
        "Die Übernahme des österreichischen Kranbauers Hochwald Hebetechnik durch den finnischen Konzern Kouvola Cranes ist abgeschlossen. "
        "Alle behördlichen Genehmigungen lägen vor, teilte Kouvola am Freitag mit.",
        [acq("Kouvola Cranes", "Hochwald Hebetechnik", C)],
    ),
    de(
        "Der Maschinenbauer Kranzberger investiert 40 Millionen Euro in ein neues Werk in Ungarn und will dort bis 2028 rund 300 Mitarbeiter einstellen. "
        "Die Produktion soll im dritten Quartal 2026 anlaufen.",
        [],
    ),
    de(
        "Die Chemiekonzerne Lindauer Chemie AG und Rhône Polymères gründen ein Gemeinschaftsunternehmen für das Recycling von Kunststoffen. "
        "Beide Partner sollen jeweils 50 Prozent halten; die Kartellbehörden müssen noch zustimmen.",
        [par(["Lindauer Chemie", "Rhône Polymères"], A)],
    ),
    de(
        "Presseschau: Die „FAZ“ berichtet, dass der Versicherer Hanseatica eine Beteiligung an der Insurtech-Firma Polizzo prüft. "
        "Laut „Börsen-Zeitung“ hat der Autozulieferer Weidenhof seine Gespräche über den Verkauf der Kunststofftochter Weidenhof Polymer an den Konkurrenten Plastiform abgebrochen. "
        "Und das „Manager Magazin“ meldet, dass der Sparkassen-Manager Jörg Ellenrieder zur Deutschen Bank wechselt.",
        [
            stake("Hanseatica", "Polizzo", R),
            acq("Plastiform", "Weidenhof Polymer", F),
            hire("Jörg Ellenrieder", "Deutsche Bank", [R, A]),
        ],
    ),
    de(
        "Die Zuger Beteiligungsgesellschaft Helvetor Holding AG hat sämtliche Aktien der Lausanner Medtech-Firma Cardiolux SA erworben. "
        "Cardiolux wird künftig als eigenständige Tochter geführt.",
        [acq("Helvetor Holding", "Cardiolux", C)],
    ),
    de(
        "Der Nutzfahrzeughersteller Albrecht Trucks plant, bis Ende 2026 die Mehrheit an dem Batteriehersteller Voltwerk Sachsen zu übernehmen. "
        "Das bestätigte Vorstandschef Dr. Friedrich von Albrecht am Rande der Hauptversammlung.",
        [
            acq("Albrecht Trucks", "Voltwerk Sachsen", [A, T]),
            pos("Friedrich von Albrecht", "Albrecht Trucks"),
        ],
    ),
    de(
        "Der Aufsichtsrat der Bremer Reederei Weserline hat das Übernahmeangebot der dänischen Maersk als „unangemessen“ abgelehnt und den Aktionären empfohlen, es nicht anzunehmen.",
        [acq("Maersk", "Weserline", [F, T])],
    ),
    de(
        "Die Finanzinvestoren Kiln Capital und Berghaus Partners haben ein freiwilliges öffentliches Übernahmeangebot für die im SDAX notierte Lechtaler Software AG vorgelegt. "
        "Sie bieten 42 Euro je Aktie, was einem Aufschlag von 31 Prozent entspricht.",
        [
            acq("Kiln Capital", "Lechtaler Software", [T, A]),
            acq("Berghaus Partners", "Lechtaler Software", [T, A]),
        ],
    ),
    de(
        "Deutschlands Autozulieferer stehen unter Druck: Laut einer Studie der Unternehmensberatung Roland Berger könnte jeder fünfte Mittelständler der Branche in den nächsten Jahren übernommen werden oder aus dem Markt ausscheiden.",
        [],
    ),
    de(
        "Eine Übernahme des Konkurrenten Feldmann Elektronik steht nach Angaben von Vorstandschefin Ingrid Sauer derzeit nicht zur Debatte. "
        "„Wir konzentrieren uns auf organisches Wachstum“, sagte die Chefin der Pfalzwerk Elektronik AG.",
        [pos("Ingrid Sauer", "Pfalzwerk Elektronik")],
        optional=[acq("Pfalzwerk Elektronik", "Feldmann Elektronik", D)],
    ),
    de(
        "Die Familienholding Reinhold Beteiligungs GmbH hat ihren Anteil an dem Spezialchemiekonzern Lindauer Chemie auf 30,2 Prozent aufgestockt und muss nun ein Pflichtangebot vorlegen.",
        [stake("Reinhold Beteiligungs", "Lindauer Chemie", C)],
    ),
    de(
        "Der Softwarekonzern Datavista holt sich das komplette Forschungsteam des Tübinger Start-ups Kognito. "
        "Rund 25 Forscher, darunter Mitgründer Dr. Felix Ansorge, werden zu Datavista wechseln; Kognito selbst bleibt als eigenständige Firma bestehen und lizenziert seine Modelle an den neuen Arbeitgeber seiner früheren Mitarbeiter.",
        [
            hire("Felix Ansorge", "Datavista", A),
            pos("Felix Ansorge", "Kognito"),
            par(["Datavista", "Kognito"], CA),
        ],
        optional=[
            dep("Felix Ansorge", "Kognito", A),
            poach("Datavista", "Kognito", ANY),
            acq("Datavista", "Kognito", ANY),
        ],
    ),
    # --- Personalien: Wechsel, Abgänge, Abwerbeversuche, Hauptversammlungen
    de(
        "Personalie: Der bisherige Finanzvorstand der Rheinwaggon AG, Thomas Kellermann, wird zum 1. Januar Vorstandsvorsitzender. "
        "Er folgt auf Gerda Stiehl, die nach elf Jahren an der Spitze in den Ruhestand geht.",
        [
            posh("Thomas Kellermann", "Rheinwaggon"),
            dep("Gerda Stiehl", "Rheinwaggon", A),
            pos("Gerda Stiehl", "Rheinwaggon"),
        ],
    ),
    de(
        "Die KI-Forscherin Dr. Amelie Strauch verlässt das Berliner Sprachmodell-Labor Aleph Nord und wechselt zu Google DeepMind nach London. "
        "Strauch hatte bei Aleph Nord das Team für Sicherheitsforschung aufgebaut.",
        [
            dep("Amelie Strauch", "Aleph Nord", CA),
            hire("Amelie Strauch", "Google DeepMind", CA),
        ],
        optional=[pos("Amelie Strauch", "Aleph Nord"), poach("Google DeepMind", "Aleph Nord", ANY)],
    ),
    de(
        "Das US-Unternehmen Helix Intelligence versucht offenbar gezielt, Mitarbeiter des Heidelberger KI-Start-ups Neurowerk abzuwerben. "
        "Mehrere Entwickler hätten in den vergangenen Wochen Angebote mit deutlich höheren Gehältern erhalten, berichtet das „Handelsblatt“.",
        [poach("Helix Intelligence", "Neurowerk", TR)],
    ),
    de(
        "Der Versuch des Konkurrenten Kairos Labs, das Führungsteam von Neurowerk abzuwerben, ist gescheitert. "
        "„Alle haben abgesagt“, sagte Neurowerk-Chef Jannik Oltmanns.",
        [
            poach("Kairos Labs", "Neurowerk", F),
            pos("Jannik Oltmanns", "Neurowerk"),
        ],
    ),
    de(
        "Auf der Hauptversammlung der Alpenbahn Systeme AG in Innsbruck wählten die Aktionäre die frühere Infineon-Managerin Sonja Gratzl-Weber in den Aufsichtsrat. "
        "Aufsichtsratschef Bernhard Pichler wurde im Amt bestätigt.",
        [
            hire("Sonja Gratzl-Weber", "Alpenbahn Systeme", C),
            pos("Sonja Gratzl-Weber", "Infineon"),
            pos("Bernhard Pichler", "Alpenbahn Systeme"),
        ],
    ),
    de(
        "Im Interview mit dem „Standard“ spricht Lukas Hemetsberger, Gründer und Chef des Wiener Drohnenherstellers Skyforge Robotics, über die Suche nach Kapital: "
        "„Wir reden mit mehreren Investoren, aber unterschrieben ist noch nichts.“",
        [pos("Lukas Hemetsberger", "Skyforge Robotics")],
    ),
    de(
        "Der Vorstandschef der Hanseatica Versicherung, Dr. Konrad Wiesenthal, soll vor dem Absprung stehen. "
        "Wie das „Manager Magazin“ berichtet, führt er Gespräche mit dem Rückversicherer Munich Re über den Vorstandsvorsitz.",
        [
            dep("Konrad Wiesenthal", "Hanseatica Versicherung", R),
            hire("Konrad Wiesenthal", "Munich Re", TR),
            pos("Konrad Wiesenthal", "Hanseatica Versicherung"),
        ],
        optional=[poach("Munich Re", "Hanseatica Versicherung", TR)],
    ),
    de(
        "Der Mobilfunkanbieter Alpentel dementiert einen Bericht, wonach Technikvorstand Gregor Hainzl das Unternehmen verlassen wird. "
        "„Herr Hainzl bleibt an Bord“, so ein Sprecher.",
        [
            dep("Gregor Hainzl", "Alpentel", D),
            pos("Gregor Hainzl", "Alpentel"),
        ],
    ),
    de(
        "Bei der Lechtaler Software AG steigt Finanzchefin Petra Holm zum Jahresende aus. "
        "Ihr Nachfolger wird Daniel Okonkwo, der derzeit das Controlling beim Softwarehaus Nexolith verantwortet.",
        [
            dep("Petra Holm", "Lechtaler Software", A),
            hire("Daniel Okonkwo", "Lechtaler Software", A),
            pos("Petra Holm", "Lechtaler Software"),
            pos("Daniel Okonkwo", "Nexolith"),
        ],
        optional=[dep("Daniel Okonkwo", "Nexolith", A)],
    ),
    de(
        "Das Bankhaus Grünberg & Söhne hat mit Claudia Efferding eine neue Leiterin für das Investmentbanking gewonnen. "
        "Efferding kommt von der UBS, wo sie zuletzt das Übernahmegeschäft in der Schweiz verantwortete.",
        [
            hire("Claudia Efferding", "Bankhaus Grünberg & Söhne", C),
            dep("Claudia Efferding", "UBS", C),
            pos("Claudia Efferding", "UBS"),
        ],
        optional=[pos("Claudia Efferding", "Bankhaus Grünberg & Söhne")],
    ),
    de(
        "Der Fachkräftemangel trifft die IT-Branche hart: Laut dem Branchenverband Bitkom sind in Deutschland derzeit rund 149.000 Stellen für IT-Fachkräfte unbesetzt. "
        "Viele Unternehmen werben sich gegenseitig Personal ab.",
        [],
    ),
    de(
        "„Die Nachfrage nach KI-Rechenleistung übersteigt unser Angebot bei weitem“, sagte Moritz Lanzinger, Geschäftsführer der Kaltbach Rechenzentren GmbH, bei der Eröffnung des neuen Standorts in Frankfurt.",
        [pos("Moritz Lanzinger", "Kaltbach Rechenzentren")],
    ),
    de(
        "Überraschend hat der Aufsichtsratsvorsitzende der Weidenhof SE, Hans-Joachim von der Heydt, sein Mandat mit sofortiger Wirkung niedergelegt. "
        "Gründe nannte das Unternehmen nicht.",
        [
            dep("Hans-Joachim von der Heydt", "Weidenhof", C),
            pos("Hans-Joachim von der Heydt", "Weidenhof"),
        ],
    ),
    de(
        "Der Chiphersteller Siliziumtal holt sich einen neuen Technikchef: Zum 1. März wird Dr. Wen-Li Hartmann, bislang Entwicklungsleiterin bei GlobalFoundries in Dresden, das Amt übernehmen.",
        [
            hire("Wen-Li Hartmann", "Siliziumtal", A),
            pos("Wen-Li Hartmann", "GlobalFoundries"),
        ],
        optional=[dep("Wen-Li Hartmann", "GlobalFoundries", A), pos("Wen-Li Hartmann", "Siliziumtal")],
    ),
    de(
        "Die Geschäftsführung der Kouvola Cranes Deutschland GmbH wird neu aufgestellt: Vertriebschef Erik Lindholm geht zurück nach Finnland, "
        "Produktionsleiter Ralf Baumgärtner rückt in die Geschäftsführung auf.",
        [
            dep("Erik Lindholm", "Kouvola Cranes Deutschland", CA),
            pos("Erik Lindholm", "Kouvola Cranes Deutschland"),
            posh("Ralf Baumgärtner", "Kouvola Cranes Deutschland"),
        ],
    ),
    de(
        "Aleph Nord hat erneut einen Spitzenforscher von der Konkurrenz abgeworben: Vom britischen Labor Parallax AI kommt Dr. Samuel Osei-Bonsu, der dort die Forschung zu multimodalen Modellen leitete.",
        [
            poach("Aleph Nord", "Parallax AI", C),
            hire("Samuel Osei-Bonsu", "Aleph Nord", C),
            dep("Samuel Osei-Bonsu", "Parallax AI", C),
            pos("Samuel Osei-Bonsu", "Parallax AI"),
        ],
    ),
    de(
        "Nach Informationen der „Wirtschaftswoche“ könnte der frühere SAP-Vorstand Michael Brandauer neuer Chef der Datavista werden. "
        "Der Aufsichtsrat soll sich bereits in der kommenden Woche mit der Personalie befassen.",
        [
            hire("Michael Brandauer", "Datavista", R),
            pos("Michael Brandauer", "SAP"),
        ],
    ),
    de(
        "Sie war die erste Frau im Vorstand von Kranzberger – nun zieht es Birgit Lauterbach zu einem Start-up. "
        "Die 52-Jährige wird im Sommer Chief Operating Officer bei dem Münchner Robotik-Unternehmen Greifbar Robotics.",
        [
            dep("Birgit Lauterbach", "Kranzberger", A),
            hire("Birgit Lauterbach", "Greifbar Robotics", A),
            pos("Birgit Lauterbach", "Kranzberger"),
        ],
        optional=[pos("Birgit Lauterbach", "Greifbar Robotics")],
    ),
    de(
        "Die geplante Berufung von Ex-Minister Walter Krämmel in den Aufsichtsrat der Nordwest Landesbank ist geplatzt. "
        "Der Kandidat habe seine Zusage zurückgezogen, teilte die Bank mit.",
        [hire("Walter Krämmel", "Nordwest Landesbank", F)],
    ),
    de(
        "Ein Jahr nach der Übernahme durch den US-Konzern Corvane haben die drei Gründer des Leipziger Logistiksoftware-Anbieters Routenwerk das Unternehmen verlassen. "
        "Ihre Nachfolge ist noch offen.",
        [acq("Corvane", "Routenwerk", C)],
    ),
    de(
        "Der Vorstand bestätigte am Mittwoch, dass Produktionsvorstand Ulrich Temme das Unternehmen auf eigenen Wunsch Ende September verlassen werde. "
        "Temme war seit 2015 für die Pfalzwerk Elektronik AG tätig.",
        [
            dep("Ulrich Temme", "Pfalzwerk Elektronik", A),
            pos("Ulrich Temme", "Pfalzwerk Elektronik"),
        ],
    ),
    de(
        "Nach dem Rücktritt von Konzernchef Arno Weitbrecht übernimmt Aufsichtsrätin Dr. Ruth Sommerfeld vorübergehend die Führung des Leipziger Energieversorgers Mitteldeutsche Netzwerke AG.",
        [
            dep("Arno Weitbrecht", "Mitteldeutsche Netzwerke", C),
            posh("Ruth Sommerfeld", "Mitteldeutsche Netzwerke"),
        ],
        optional=[pos("Arno Weitbrecht", "Mitteldeutsche Netzwerke")],
    ),
    # --- Partnerschaften, Finanzierungsrunden, Fusionen, Ablenker
    de(
        "Der Autozulieferer Brenner-Kastl und der chinesische Batteriehersteller Qingyuan Power haben eine strategische Partnerschaft vereinbart. "
        "Gemeinsam wollen sie ab 2027 Batteriemodule für europäische Autobauer fertigen.",
        [par(["Brenner-Kastl", "Qingyuan Power"], CA)],
    ),
    de(
        "Alpentel und der US-Konzern Microsoft bauen ihre Zusammenarbeit bei Cloud-Diensten aus. "
        "Künftig sollen auch KI-Anwendungen für Geschäftskunden über das Netz des österreichischen Anbieters vertrieben werden, teilten die Unternehmen Anfang Juni mit.",
        [par(["Alpentel", "Microsoft"], CA)],
    ),
    de(
        "Der katarische Staatsfonds Qasr Investment Authority soll vor einem Einstieg bei dem Münchner Flugtaxi-Entwickler Aerolift stehen. "
        "Im Gespräch sei eine Investition von mehr als 300 Millionen Euro, berichtete die Nachrichtenagentur Bloomberg.",
        [inv("Qasr Investment Authority", "Aerolift", TR)],
    ),
    de(
        "Die Grazer Steirerbank beteiligt sich mit 10 Prozent an dem Wiener Zahlungsdienstleister Paylinx. "
        "Die Transaktion wurde bereits Ende Mai abgeschlossen, aber erst jetzt bekannt.",
        [stake("Steirerbank", "Paylinx", C)],
    ),
    de(
        "Der Finanzinvestor Kiln Capital hat seine restlichen Anteile an der Lechtaler Software über die Börse verkauft. "
        "Damit endet ein Engagement, das vor sieben Jahren begonnen hatte.",
        [],
    ),
    de(
        "Die Kooperation zwischen dem Lkw-Hersteller Albrecht Trucks und dem US-Softwarekonzern Cortexa beim autonomen Fahren ist beendet. "
        "Beide Seiten hätten sich einvernehmlich getrennt, hieß es aus Unternehmenskreisen.",
        [par(["Albrecht Trucks", "Cortexa"], F)],
    ),
    de(
        "Die Schweizer Helvetor Holding hat Spekulationen über einen Einstieg beim angeschlagenen Solarmodulhersteller Sonnwerk Freiberg zurückgewiesen. "
        "Man habe „zu keinem Zeitpunkt“ Interesse gehabt, erklärte eine Sprecherin.",
        [stake("Helvetor Holding", "Sonnwerk Freiberg", D)],
    ),
    de(
        "Aus der Fusion der Rheinische Glasfaser GmbH und der Westnetz Breitband GmbH ist am 1. Juli die neue Gesellschaft Glasnetz West hervorgegangen. "
        "Sie versorgt rund 400.000 Haushalte.",
        [mer(["Rheinische Glasfaser", "Westnetz Breitband"], C)],
    ),
    de(
        "Der Absatz von Elektroautos ist im dritten Quartal um 18 Prozent gestiegen, teilte das Kraftfahrt-Bundesamt mit. "
        "Besonders gefragt waren Modelle von Volkswagen und BMW, die beide ihre Partnerschaften mit Händlern ausbauen wollen.",
        [],
    ),
    de(
        "Ad-hoc: Die Greifbar Robotics AG hat heute mit der Sonnenfeld Capital GmbH eine Investitionsvereinbarung über eine Kapitalerhöhung in Höhe von 45 Millionen Euro abgeschlossen. "
        "Sonnenfeld wird danach rund 18 Prozent der Aktien halten.",
        [stake("Sonnenfeld Capital", "Greifbar Robotics", CA)],
    ),
    de(
        "An der Börse wird über eine Fusion der beiden Wohnungskonzerne Heimstatt Wohnen SE und Quartier Immobilien AG spekuliert. "
        "Beide Unternehmen wollten die Gerüchte nicht kommentieren.",
        [mer(["Heimstatt Wohnen", "Quartier Immobilien"], R)],
    ),
    de(
        "Die Gespräche zwischen dem Stahlhändler Kohlberg Stahl und dem indischen Konzern Vardhan Steel über einen Verkauf der Tochter Kohlberg Flachstahl sind abgebrochen worden. "
        "Man habe sich nicht auf einen Preis einigen können.",
        [acq("Vardhan Steel", "Kohlberg Flachstahl", F)],
    ),
    de(
        "„Wir schauen uns ständig Firmen an, aber wir zahlen keine Mondpreise“, sagt Datavista-Chefin Tanja Reichenbach im Gespräch mit dieser Zeitung. "
        "Zuletzt hatte der Konzern im Frühjahr den Kölner Analysespezialisten Metrikon gekauft.",
        [
            pos("Tanja Reichenbach", "Datavista"),
            acq("Datavista", "Metrikon", C),
        ],
    ),
    de(
        "Aerolift, das seit seiner Gründung 2019 bereits mehr als 700 Millionen Euro eingesammelt hat, erhält frisches Geld: "
        "Eine Runde über 120 Millionen Euro führt der Risikokapitalgeber Lakestar an, wie das Unternehmen am Donnerstag mitteilte.",
        [inv("Lakestar", "Aerolift", CA)],
    ),
    de(
        "Die Zürcher Privatbank Tellheim & Cie. und die Genfer Banque Lémanique prüfen einen Zusammenschluss. "
        "Wie die „NZZ“ berichtet, sind die Gespräche bereits weit fortgeschritten.",
        [mer(["Tellheim & Cie.", "Banque Lémanique"], TR)],
    ),
    de(
        "Der Münchner Halbleiter-Zulieferer Isarwafer ist an den japanischen Konzern Shinwa Materials verkauft worden. "
        "Der Kaufpreis soll bei rund 900 Millionen Euro liegen.",
        [acq("Shinwa Materials", "Isarwafer", C)],
    ),
    de(
        "Der Mischkonzern Thalberg AG will seine Medizintechniksparte abspalten und an die Börse bringen. "
        "Ein Verkauf an einen Finanzinvestor sei vom Tisch, sagte Konzernchef Dieter Ambros.",
        [pos("Dieter Ambros", "Thalberg")],
    ),
    de(
        "Die britische Großbank Barclays wirbt nach Informationen der „Börsen-Zeitung“ gezielt Händler der Deutschen Bank in Frankfurt ab. "
        "Mindestens sechs Mitarbeiter sollen bereits gewechselt sein.",
        [poach("Barclays", "Deutsche Bank", [R, C, T])],
    ),
    de(
        "Der Dresdner Chipfertiger Siliziumtal und der taiwanische Auftragsfertiger Hsin-Yuan Advanced Packaging wollen künftig bei der Fertigung von KI-Chips zusammenarbeiten. "
        "Eine entsprechende Absichtserklärung unterzeichneten beide Unternehmen am Rande der Messe Semicon Europa.",
        [par(["Siliziumtal", "Hsin-Yuan Advanced Packaging"], [A, T])],
    ),
    de(
        "Die Rheinwaggon AG hat die Übernahme der Lichtsignal Bauer GmbH unter Dach und Fach gebracht. "
        "Wie berichtet, hatten beide Unternehmen seit dem Frühjahr verhandelt.",
        [acq("Rheinwaggon", "Lichtsignal Bauer", C)],
    ),
    de(
        "Das KI-Start-up Sprachwerk hat einen neuen Chief Technology Officer: Nico Varga, zuvor Senior Engineer bei OpenAI, ist zum 1. Oktober an Bord gekommen.",
        [
            hire("Nico Varga", "Sprachwerk", C),
            pos("Nico Varga", "OpenAI"),
        ],
        optional=[dep("Nico Varga", "OpenAI", C), pos("Nico Varga", "Sprachwerk")],
    ),
]
