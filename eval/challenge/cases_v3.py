# ruff: noqa: E501  (one case per line reads best)
"""Challenge set v3 for the dealgraph rule-based extractor, written blind (without looking at
cases.py beyond its helpers, cases_v2.py, the dev corpora or the extractor's source).
All companies/persons invented except a few well-known real companies. "type" and "status"
may be a list of acceptable values; "optional" events are neither required nor counted as
false positives. About half English, half German; about 15% items carry no event."""

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
    dep,
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
    # ----------------------------------------------------------------- English
    {
        "lang": "en",
        "text": "BERLIN (Reuters) - Software maker Quillmark Systems agreed to buy Danish data-integration firm Fjordlane for $420 million in cash, the companies said on Tuesday.",
        "expected": [acq("Quillmark Systems", "Fjordlane", A)],
    },
    {
        "lang": "en",
        "text": "Vantorra Semiconductor Completes Acquisition of Brightwell Photonics",
        "expected": [acq("Vantorra Semiconductor", "Brightwell Photonics", C)],
    },
    {
        "lang": "en",
        "text": "Halvern Bank has closed its purchase of Mistral Brokerage from Corvane Financial, a deal first announced in October.",
        "expected": [acq("Halvern Bank", "Mistral Brokerage", C)],
    },
    {
        "lang": "en",
        "text": "Telecom tower operator Sandreach Networks was acquired by Meridale Infrastructure Partners in a transaction valued at about €1.2 billion.",
        "expected": [acq("Meridale Infrastructure Partners", "Sandreach Networks", C)],
    },
    {
        "lang": "en",
        "text": "The acquisition of Pellucid Bio by Ostrander Therapeutics is expected to close in the second quarter, subject to regulatory approval.",
        "expected": [acq("Ostrander Therapeutics", "Pellucid Bio", A)],
    },
    {
        "lang": "en",
        "text": "Microsoft has taken a 12% stake in Norwegian AI lab Skarholt Intelligence, according to a regulatory filing.",
        "expected": [stake("Microsoft", "Skarholt Intelligence", C)],
    },
    {
        "lang": "en",
        "text": "Yarrowby, a London-based startup building chips for edge inference, raised $85 million in a Series B round led by Ferncastle Ventures, with participation from Obelin Capital and Tessaly Partners.",
        "expected": [
            inv("Ferncastle Ventures", "Yarrowby", C),
            inv("Obelin Capital", "Yarrowby", C),
            inv("Tessaly Partners", "Yarrowby", C),
        ],
    },
    {
        "lang": "en",
        "text": "Ravensholm Energy and Calloway Power Corp. announced a merger of equals on Monday that will create the third-largest utility in the Midwest.",
        "expected": [mer(["Ravensholm Energy", "Calloway Power Corp."], A)],
    },
    {
        "lang": "en",
        "text": "Nvidia and Dunmore Robotics said they would jointly develop a simulation platform for warehouse automation.",
        "expected": [par(["Nvidia", "Dunmore Robotics"], CA)],
    },
    {
        "lang": "en",
        "text": "Hollis Motor Company and battery maker Zenthra Cells will form a 50-50 joint venture to build a cell plant in Ohio.",
        "expected": [par(["Hollis Motor Company", "Zenthra Cells"], CA)],
    },
    {
        "lang": "en",
        "text": "Brambleton Insurance has hired Marguerite Oyelaran as chief financial officer, effective April 1. She joins from Westcairn Re, where she was treasurer.",
        "expected": [hire("Marguerite Oyelaran", "Brambleton Insurance", CA)],
        "optional": [
            dep("Marguerite Oyelaran", "Westcairn Re", ANY),
            pos("Marguerite Oyelaran", "Westcairn Re"),
            pos("Marguerite Oyelaran", "Brambleton Insurance"),
        ],
    },
    {
        "lang": "en",
        "text": "Callum Ashgrove will succeed Renata Vilhjalmsdottir as chief executive of Pinecrest Retail Group when she retires at the end of June.",
        "expected": [
            hire("Callum Ashgrove", "Pinecrest Retail Group", A),
            dep("Renata Vilhjalmsdottir", "Pinecrest Retail Group", A),
        ],
        "optional": [
            pos("Renata Vilhjalmsdottir", "Pinecrest Retail Group"),
            pos("Callum Ashgrove", "Pinecrest Retail Group"),
        ],
    },
    {
        "lang": "en",
        "text": "Glenrock Motors said its chief technology officer, Idris Kallenbach, has resigned with immediate effect for personal reasons.",
        "expected": [dep("Idris Kallenbach", "Glenrock Motors", C)],
        "optional": [pos("Idris Kallenbach", "Glenrock Motors")],
    },
    {
        "lang": "en",
        "text": "The board of Carrow Media ousted chief executive Benedikt Strand on Friday after a string of disappointing quarters.",
        "expected": [dep("Benedikt Strand", "Carrow Media", C)],
        "optional": [pos("Benedikt Strand", "Carrow Media")],
    },
    {
        "lang": "en",
        "text": "Alphabet has poached Sunniva Haldorsen, the head of Ostrava Labs' language-model team, to lead a new research group in Zurich.",
        "expected": [hire("Sunniva Haldorsen", "Alphabet", C), poa("Alphabet", "Ostrava Labs", C)],
        "optional": [dep("Sunniva Haldorsen", "Ostrava Labs", ANY), pos("Sunniva Haldorsen", "Ostrava Labs")],
    },
    {
        "lang": "en",
        "text": "Corveth Pharmaceuticals is said to be weighing a bid for rare-disease specialist Amberlight Biosciences, people familiar with the matter said.",
        "expected": [acq("Corveth Pharmaceuticals", "Amberlight Biosciences", TR)],
    },
    {
        "lang": "en",
        "text": "Deutsche Telekom is in advanced talks to sell its Dutch subsidiary Strandnet to Kilbride Capital, Bloomberg reported.",
        "expected": [acq("Kilbride Capital", "Strandnet", TR)],
    },
    {
        "lang": "en",
        "text": "Halloran Steel called off its planned $2.3 billion takeover of Marsten Alloys after U.S. antitrust regulators signaled opposition.",
        "expected": [acq("Halloran Steel", "Marsten Alloys", F)],
    },
    {
        "lang": "en",
        "text": "The UK competition watchdog blocked Brightmoor Telecom's proposed acquisition of rival Quayside Mobile on Wednesday.",
        "expected": [acq("Brightmoor Telecom", "Quayside Mobile", F)],
    },
    {
        "lang": "en",
        "text": "The board of Lindqvist Foods rejected an unsolicited £3.1bn offer from Harrowgate Brands, saying it undervalued the company.",
        "expected": [acq("Harrowgate Brands", "Lindqvist Foods", F)],
    },
    {
        "lang": "en",
        "text": "Siemens denied a report that it was in talks to acquire Elbridge Automation, calling it 'pure speculation'.",
        "expected": [acq("Siemens", "Elbridge Automation", D)],
    },
    {
        "lang": "en",
        "text": "Quorin Software shares fell 8% on Thursday after the company cut its full-year revenue forecast, citing weaker demand in Europe.",
        "expected": [],
    },
    {
        "lang": "en",
        "text": "Analysts at Tremont Securities raised their price target on Velloran Semiconductor to $145, citing strong demand for its data-center chips.",
        "expected": [],
    },
    {
        "lang": "en",
        "text": "Fennick Pharma sued Oxley Generics in a Delaware court, alleging that the generic maker infringed three patents covering its blood thinner.",
        "expected": [],
    },
    {
        "lang": "en",
        "text": "Big news: Dana Whitcombe is joining Larchmont AI as Head of Product after six years at Orvieto Cloud. Welcome aboard, Dana! 🎉",
        "expected": [hire("Dana Whitcombe", "Larchmont AI", CA)],
        "optional": [
            dep("Dana Whitcombe", "Orvieto Cloud", ANY),
            pos("Dana Whitcombe", "Orvieto Cloud"),
            pos("Dana Whitcombe", "Larchmont AI"),
        ],
    },
    {
        "lang": "en",
        "text": "Exclusive: Stackhaven, the developer-tools startup, has been quietly acquired by GitLab, TechCrunch has learned.",
        "expected": [acq("GitLab", "Stackhaven", [C, R])],
    },
    {
        "lang": "en",
        "text": "Bayer has agreed to sell its Swiss subsidiaries Novaderm AG and Calenta SA to Pritchard Health for a combined €640 million.",
        "expected": [acq("Pritchard Health", "Novaderm AG", A), acq("Pritchard Health", "Calenta SA", A)],
    },
    {
        "lang": "en",
        "text": "Winsford Logistics, which was acquired by Amazon last year, named Oluwaseun Adebayo-Fitch as its new managing director.",
        "expected": [
            acq("Amazon", "Winsford Logistics", C),
            hire("Oluwaseun Adebayo-Fitch", "Winsford Logistics", CA),
        ],
        "optional": [pos("Oluwaseun Adebayo-Fitch", "Winsford Logistics")],
    },
    {
        "lang": "en",
        "text": "Pharos Grid, a German startup that makes software for balancing power grids, has secured €30 million from Breakwater Climate Fund and the European Investment Bank.",
        "expected": [
            inv("Breakwater Climate Fund", "Pharos Grid", C),
            inv("European Investment Bank", "Pharos Grid", C),
        ],
    },
    {
        "lang": "en",
        "text": "Volkswagen raised its stake in Chinese EV maker Xinrui Auto to 30% from 25%, the carmaker said in a statement.",
        "expected": [stake("Volkswagen", "Xinrui Auto", C)],
    },
    {
        "lang": "en",
        "text": "Marlowe Capital Partners said it closed its $900 million take-private of Cinder Analytics on Friday.",
        "expected": [acq("Marlowe Capital Partners", "Cinder Analytics", C)],
    },
    {
        "lang": "en",
        "text": "SAN JOSE, Calif., March 4, 2025 /PRNewswire/ -- Tellwright Inc. (NASDAQ: TLWR), a leader in RF front-end modules, today announced that it has entered into a definitive agreement to acquire Kaimana Micro for approximately $310 million in cash.",
        "expected": [acq("Tellwright Inc.", "Kaimana Micro", A)],
    },
    {
        "lang": "en",
        "text": "Former Intel executive Harriet Quennell has been appointed chief operating officer of Solvane Semiconductors.",
        "expected": [hire("Harriet Quennell", "Solvane Semiconductors", CA)],
        "optional": [
            pos("Harriet Quennell", "Intel"),
            dep("Harriet Quennell", "Intel", ANY),
            pos("Harriet Quennell", "Solvane Semiconductors"),
        ],
    },
    {
        "lang": "en",
        "text": '"Demand for our modems has never been stronger," said Anselm Vogtmann, chief executive of Kerrow Telecom, in an interview.',
        "expected": [pos("Anselm Vogtmann", "Kerrow Telecom")],
    },
    {
        "lang": "en",
        "text": "Gwendolyn Parr, who founded Ashby Home Stores in 1987, will retire as chair at the company's annual meeting in May.",
        "expected": [dep("Gwendolyn Parr", "Ashby Home Stores", A)],
        "optional": [pos("Gwendolyn Parr", "Ashby Home Stores")],
    },
    {
        "lang": "en",
        "text": "Ostlund Bank and Carraway Savings completed their merger on Monday, creating a lender with $48 billion in assets.",
        "expected": [mer(["Ostlund Bank", "Carraway Savings"], C)],
    },
    {
        "lang": "en",
        "text": "Merger talks between miners Dunvegan Resources and Taliska Metals have collapsed over disagreements about valuation, both companies confirmed.",
        "expected": [mer(["Dunvegan Resources", "Taliska Metals"], F)],
    },
    {
        "lang": "en",
        "text": "Gallowmere Biotech has licensed its experimental obesity drug to Novartis in a deal worth up to $1.5 billion in milestone payments.",
        "expected": [par(["Gallowmere Biotech", "Novartis"], CA)],
    },
    {
        "lang": "en",
        "text": "Spotify is teaming up with Indian telecom operator Brahmaputra Mobile to bundle its premium tier with prepaid plans.",
        "expected": [par(["Spotify", "Brahmaputra Mobile"], CA)],
    },
    {
        "lang": "en",
        "text": "Heliodor Labs released its newest open-weight model, Heliodor-3, which it says outperforms larger rivals on coding benchmarks.",
        "expected": [],
    },
    {
        "lang": "en",
        "text": "Meta has been trying to lure researchers away from Quanta Veritas, offering pay packages of up to $10 million, according to people familiar with the matter.",
        "expected": [poa("Meta", "Quanta Veritas", TR)],
    },
    {
        "lang": "en",
        "text": "Arkwright Bank has named Ingrid Solberg-Maas, previously head of wealth management at UBS, as its new chief executive.",
        "expected": [hire("Ingrid Solberg-Maas", "Arkwright Bank", CA)],
        "optional": [
            pos("Ingrid Solberg-Maas", "UBS"),
            dep("Ingrid Solberg-Maas", "UBS", ANY),
            pos("Ingrid Solberg-Maas", "Arkwright Bank"),
        ],
    },
    {
        "lang": "en",
        "text": "Redfern Pharma promoted chief medical officer Tobias Ekwueme to president of research and development.",
        "expected": [posh("Tobias Ekwueme", "Redfern Pharma")],
        "optional": [pos("Tobias Ekwueme", "Redfern Pharma"), hire("Tobias Ekwueme", "Redfern Pharma", ANY)],
    },
    {
        "lang": "en",
        "text": "Sorrento Media could be put up for sale as early as this summer, with private equity firm Blackmere among potential suitors, Reuters reported, citing sources.",
        "expected": [acq("Blackmere", "Sorrento Media", TR)],
    },
    {
        "lang": "en",
        "text": "Lucius Hartigan is leaving Embervale Software after nine years to become chief executive of rival Northgate Apps.",
        "expected": [
            dep("Lucius Hartigan", "Embervale Software", CA),
            hire("Lucius Hartigan", "Northgate Apps", CA),
        ],
        "optional": [
            poa("Northgate Apps", "Embervale Software", ANY),
            pos("Lucius Hartigan", "Northgate Apps"),
        ],
    },
    {
        "lang": "en",
        "text": "Obsidian Ridge Buys Stake In Copperfield Mining",
        "expected": [stake("Obsidian Ridge", "Copperfield Mining", CA)],
    },
    {
        "lang": "en",
        "text": "Ellesmere Capital led a $12 million seed round in Quillon, a startup that automates insurance claims; Y Combinator and angel investor Rafaela Montoya also participated.",
        "expected": [inv("Ellesmere Capital", "Quillon", C), inv("Y Combinator", "Quillon", C)],
        "optional": [inv("Rafaela Montoya", "Quillon", ANY)],
    },
    {
        "lang": "en",
        "text": "Farrant Chemicals launched a hostile €5.6 billion bid for Dutch rival Oosterhout Coatings, taking its offer directly to shareholders.",
        "expected": [acq("Farrant Chemicals", "Oosterhout Coatings", T)],
    },
    {
        "lang": "en",
        "text": "General Electric sold its lighting business Lumivar to Sharpe & Kinsey Holdings for an undisclosed sum.",
        "expected": [acq("Sharpe & Kinsey Holdings", "Lumivar", C)],
    },
    {
        "lang": "en",
        "text": "Delmont Insurance reported a 14% rise in quarterly net profit, helped by lower catastrophe claims and higher investment income.",
        "expected": [],
    },
    {
        "lang": "en",
        "text": "Corbridge Networks said on Monday it had completed the purchase of Aldous Fibre. The company also announced that it had hired Fenella Marchetti, a former Vodafone executive, as head of its consumer division.",
        "expected": [
            acq("Corbridge Networks", "Aldous Fibre", C),
            hire("Fenella Marchetti", "Corbridge Networks", C),
        ],
        "optional": [pos("Fenella Marchetti", "Vodafone"), dep("Fenella Marchetti", "Vodafone", ANY)],
    },
    {
        "lang": "en",
        "text": "Shares of Wexcombe Retail jumped 15% after a newspaper reported that Walmart was exploring a takeover of the chain. A Walmart spokesperson declined to comment.",
        "expected": [acq("Walmart", "Wexcombe Retail", R)],
    },
    {
        "lang": "en",
        "text": 'Pennard Motors on Tuesday denied that it was in merger talks with Japanese rival Koizumi Automotive, saying it was "fully committed to its standalone strategy."',
        "expected": [mer(["Pennard Motors", "Koizumi Automotive"], D)],
    },
    {
        "lang": "en",
        "text": "Former Amazon Web Services executive Bartholomew Nkemelu will join cloud startup Stratocirrus as president next month.",
        "expected": [hire("Bartholomew Nkemelu", "Stratocirrus", A)],
        "optional": [
            pos("Bartholomew Nkemelu", "Amazon Web Services"),
            dep("Bartholomew Nkemelu", "Amazon Web Services", ANY),
            pos("Bartholomew Nkemelu", "Stratocirrus"),
        ],
    },
    {
        "lang": "en",
        "text": "SoftBank has invested $200 million in Indian quick-commerce startup Dashwala at a valuation of $2 billion.",
        "expected": [inv("SoftBank", "Dashwala", C)],
    },
    {
        "lang": "en",
        "text": "Intuit Snaps Up Bookkeeping Startup Ledgerloom In $180M Deal",
        "expected": [acq("Intuit", "Ledgerloom", CA)],
    },
    {
        "lang": "en",
        "text": "Brightwater Credit Union will merge with Halcyon Federal Credit Union under a deal approved by both boards; the combined institution will be called Tidewell.",
        "expected": [mer(["Brightwater Credit Union", "Halcyon Federal Credit Union"], A)],
    },
    {
        "lang": "en",
        "text": "Ravelston Energy's chief executive Marcus Olufemi stepped down on Wednesday; finance chief Clara Benning will serve as interim CEO while the board searches for a successor.",
        "expected": [dep("Marcus Olufemi", "Ravelston Energy", C), posh("Clara Benning", "Ravelston Energy")],
        "optional": [
            pos("Marcus Olufemi", "Ravelston Energy"),
            pos("Clara Benning", "Ravelston Energy"),
            hire("Clara Benning", "Ravelston Energy", ANY),
        ],
    },
    {
        "lang": "en",
        "text": "OpenAI has hired Yevgenia Koltsova, who previously led the safety team at Deepfield Research, the company confirmed on Thursday.",
        "expected": [hire("Yevgenia Koltsova", "OpenAI", C)],
        "optional": [
            dep("Yevgenia Koltsova", "Deepfield Research", ANY),
            pos("Yevgenia Koltsova", "Deepfield Research"),
            poa("OpenAI", "Deepfield Research", ANY),
        ],
    },
    {
        "lang": "en",
        "text": "Adeline Systems is in talks to raise roughly $500 million in new funding from investors including Thrive Capital, which would value the AI start-up at $8 billion, sources say.",
        "expected": [inv("Thrive Capital", "Adeline Systems", TR)],
    },
    {
        "lang": "en",
        "text": "Talks between Solveig Robotics and Tencent over a $150 million investment broke down last month, according to two people briefed on the discussions.",
        "expected": [inv("Tencent", "Solveig Robotics", F)],
    },
    {
        "lang": "en",
        "text": "Ingleby Telecom and Dorrance Mobile both raised prices for prepaid plans by 5% this month, citing higher energy costs.",
        "expected": [],
    },
    {
        "lang": "en",
        "text": "A court in Munich ruled that Harwick Audio's headphones infringed a patent held by Belltor GmbH and ordered a sales ban in Germany.",
        "expected": [],
    },
    {
        "lang": "en",
        "text": "Private-equity group Ravenscar Partners will acquire the payments division of Hollerith Bank, Payvant, for €750 million.",
        "expected": [acq("Ravenscar Partners", "Payvant", A)],
    },
    {
        "lang": "en",
        "text": "Veltrane Energy, founded in 2019 by former Tesla engineers Ines Calderwood and Jasper Oyelowo, makes sodium-ion batteries for grid storage.",
        "expected": [pos("Ines Calderwood", "Veltrane Energy"), pos("Jasper Oyelowo", "Veltrane Energy")],
        "optional": [pos("Ines Calderwood", "Tesla"), pos("Jasper Oyelowo", "Tesla")],
    },
    {
        "lang": "en",
        "text": "Paxmoor, which is backed by Sequoia Capital and Index Ventures, said on Tuesday that it had acquired smaller rival Tindle Health.",
        "expected": [acq("Paxmoor", "Tindle Health", C)],
        "optional": [inv("Sequoia Capital", "Paxmoor", ANY), inv("Index Ventures", "Paxmoor", ANY)],
    },
    {
        "lang": "en",
        "text": "Renwick Motors poached three senior battery engineers from rival Ostergaard EV in the past month, an internal memo shows.",
        "expected": [poa("Renwick Motors", "Ostergaard EV", C)],
    },
    {
        "lang": "en",
        "text": "Tamsin Achterberg has been appointed to the supervisory board of Glasswell Insurance, the insurer said.",
        "expected": [hire("Tamsin Achterberg", "Glasswell Insurance", C)],
    },
    {
        "lang": "en",
        "text": "Private-equity firm Carnaby Partners walked away from its pursuit of fashion retailer Ellerby & Vane after the two sides failed to agree on price.",
        "expected": [acq("Carnaby Partners", "Ellerby & Vane", F)],
    },
    {
        "lang": "en",
        "text": "Oakhurst Semiconductor has approached chip-design software company Vireo Logic about a possible takeover, Vireo said in a statement, adding that talks were at an early stage.",
        "expected": [acq("Oakhurst Semiconductor", "Vireo Logic", T)],
    },
    {
        "lang": "en",
        "text": "EU regulators on Thursday cleared Bayer's proposed purchase of crop-science startup Germina Labs, removing the last hurdle to the deal.",
        "expected": [acq("Bayer", "Germina Labs", CA)],
    },
    {
        "lang": "en",
        "text": "BREAKING: Apple in talks to acquire F1 streaming app Pitwall for ~$400M, per sources",
        "expected": [acq("Apple", "Pitwall", TR)],
    },
    {
        "lang": "en",
        "text": "Ottoline Reyes, chief financial officer of Marchbank Retail, is leaving to join Danforth Stores in the same role, both companies said.",
        "expected": [
            dep("Ottoline Reyes", "Marchbank Retail", CA),
            hire("Ottoline Reyes", "Danforth Stores", CA),
        ],
        "optional": [
            pos("Ottoline Reyes", "Marchbank Retail"),
            poa("Danforth Stores", "Marchbank Retail", ANY),
        ],
    },
    {
        "lang": "en",
        "text": "Meridian Eye Hospitals has bought Clearview Optics and Larkspur Vision Centres, adding 40 clinics to its network.",
        "expected": [
            acq("Meridian Eye Hospitals", "Clearview Optics", C),
            acq("Meridian Eye Hospitals", "Larkspur Vision Centres", C),
        ],
    },
    {
        "lang": "en",
        "text": "Microsoft chief executive Satya Nadella said at the company's developer conference that AI agents would reshape enterprise software.",
        "expected": [pos("Satya Nadella", "Microsoft")],
    },
    {
        "lang": "en",
        "text": "Gorsefield Energy said output at its offshore wind farm rose 22% in the first quarter as new turbines came online.",
        "expected": [],
    },
    {
        "lang": "en",
        "text": "Shares in Tilbury Media slid after rating agency Moody's downgraded the publisher's debt to junk, citing falling print advertising.",
        "expected": [],
    },
    {
        "lang": "en",
        "text": "Carnforth Bio said its experimental Alzheimer's drug met the primary endpoint in a late-stage trial; the stock more than doubled in premarket trading.",
        "expected": [],
    },
    {
        "lang": "en",
        "text": "Oracle's cloud revenue grew 28% in the quarter, beating Wall Street estimates, and the company reaffirmed its outlook for the year.",
        "expected": [],
    },
    # ----------------------------------------------------------------- German
    {
        "lang": "de",
        "text": "FRANKFURT (Reuters) - Der Softwarekonzern Halvorsen Digital übernimmt den Münchner Datenanalyse-Spezialisten Brennwald Analytics für rund 380 Millionen Euro.",
        "expected": [acq("Halvorsen Digital", "Brennwald Analytics", CA)],
    },
    {
        "lang": "de",
        "text": "Die Wendeborn Gruppe hat den Maschinenbauer Ohlendorf Antriebstechnik vollständig übernommen.",
        "expected": [acq("Wendeborn Gruppe", "Ohlendorf Antriebstechnik", C)],
    },
    {
        "lang": "de",
        "text": "Ad-hoc-Mitteilung gemäß Art. 17 MAR: Der Vorstand der Trelleborn Energie AG hat heute mit Zustimmung des Aufsichtsrats beschlossen, sämtliche Anteile an der Falkensee Netz GmbH an die Norderwerk Infrastruktur GmbH zu veräußern. Der Kaufpreis beträgt 212 Mio. Euro.",
        "expected": [acq("Norderwerk Infrastruktur GmbH", "Falkensee Netz GmbH", A)],
    },
    {
        "lang": "de",
        "text": "Bosch kauft sich beim Dresdner Chip-Start-up Siliziumwerk Elbtal ein und übernimmt 20 Prozent der Anteile.",
        "expected": [stake("Bosch", "Siliziumwerk Elbtal", CA)],
    },
    {
        "lang": "de",
        "text": "Die Haberland Holding stockt ihre Beteiligung an der Reederei Nordkap Linien auf 51 Prozent auf.",
        "expected": [stake("Haberland Holding", "Nordkap Linien", CA)],
    },
    {
        "lang": "de",
        "text": "Die Sparkasse Auental und die Sparkasse Holmbach wollen sich zum 1. Januar zusammenschließen; die Verwaltungsräte haben der Fusion bereits zugestimmt.",
        "expected": [mer(["Sparkasse Auental", "Sparkasse Holmbach"], A)],
    },
    {
        "lang": "de",
        "text": "Deutsche Telekom und das Berliner KI-Start-up Wortfeld gehen eine strategische Partnerschaft ein: Die Sprachmodelle von Wortfeld sollen künftig im Kundenservice des Konzerns eingesetzt werden.",
        "expected": [par(["Deutsche Telekom", "Wortfeld"], CA)],
    },
    {
        "lang": "de",
        "text": "Volkswagen und der chinesische Batteriehersteller Jinhua Power gründen ein Gemeinschaftsunternehmen, das ab 2027 Zellen in Sachsen fertigen soll.",
        "expected": [par(["Volkswagen", "Jinhua Power"], CA)],
    },
    {
        "lang": "de",
        "text": "Das Münchner Quanten-Start-up Qubitwerk hat in einer Series-A-Finanzierungsrunde 45 Millionen Euro eingesammelt. Angeführt wurde die Runde von Lakestar, auch der High-Tech Gründerfonds beteiligte sich erneut.",
        "expected": [inv("Lakestar", "Qubitwerk", C), inv("High-Tech Gründerfonds", "Qubitwerk", C)],
    },
    {
        "lang": "de",
        "text": "Die Rheinwald Versicherung holt Sabine Ortmann-Keil als neue Finanzvorständin. Sie kommt von der Allianz, wo sie zuletzt das Controlling leitete.",
        "expected": [hire("Sabine Ortmann-Keil", "Rheinwald Versicherung", CA)],
        "optional": [
            dep("Sabine Ortmann-Keil", "Allianz", ANY),
            pos("Sabine Ortmann-Keil", "Allianz"),
            pos("Sabine Ortmann-Keil", "Rheinwald Versicherung"),
        ],
    },
    {
        "lang": "de",
        "text": "Konrad Feilitzsch wird zum 1. Juli Nachfolger von Heike Brandstätter als Vorstandschef der Lindauer Mühlenwerke AG.",
        "expected": [
            hire("Konrad Feilitzsch", "Lindauer Mühlenwerke AG", A),
            dep("Heike Brandstätter", "Lindauer Mühlenwerke AG", A),
        ],
        "optional": [
            pos("Heike Brandstätter", "Lindauer Mühlenwerke AG"),
            pos("Konrad Feilitzsch", "Lindauer Mühlenwerke AG"),
        ],
    },
    {
        "lang": "de",
        "text": "Vertriebsvorstand Matthias Göbelhaus verlässt die Ostwerk Solar AG auf eigenen Wunsch zum 30. Juni.",
        "expected": [dep("Matthias Göbelhaus", "Ostwerk Solar AG", A)],
        "optional": [pos("Matthias Göbelhaus", "Ostwerk Solar AG")],
    },
    {
        "lang": "de",
        "text": "Der Autozulieferer Dreymann hat beim Konkurrenten Albrecht & Stein gleich mehrere Softwareentwickler abgeworben.",
        "expected": [poa("Dreymann", "Albrecht & Stein", C)],
    },
    {
        "lang": "de",
        "text": "Kreisen zufolge prüft die Commerzbank eine Übernahme der Fürstenbank Privatkunden AG.",
        "expected": [acq("Commerzbank", "Fürstenbank Privatkunden AG", R)],
    },
    {
        "lang": "de",
        "text": "Die geplante Fusion von Haselberg Pharma und Viridon Biotech ist geplatzt. Die Unternehmen konnten sich nicht auf eine Bewertung einigen.",
        "expected": [mer(["Haselberg Pharma", "Viridon Biotech"], F)],
    },
    {
        "lang": "de",
        "text": "Der Handelskonzern Brenninger hat den Verkauf seiner Baumarktkette Werkhaus an den Finanzinvestor Tamberg Capital abgesagt.",
        "expected": [acq("Tamberg Capital", "Werkhaus", F)],
    },
    {
        "lang": "de",
        "text": "Die Deutsche Bank hat einen Bericht dementiert, wonach sie eine Übernahme des Vermögensverwalters Rheinkapital prüfe.",
        "expected": [acq("Deutsche Bank", "Rheinkapital", D)],
    },
    {
        "lang": "de",
        "text": "Der Kölner Mediendienstleister Spreewerk Media wurde von der Bertelsmann-Tochter RTL Group übernommen.",
        "expected": [acq("RTL Group", "Spreewerk Media", C)],
    },
    {
        "lang": "de",
        "text": "Die Übernahme des Dortmunder Softwarehauses Kaltenbach IT durch den US-Konzern Oracle ist abgeschlossen.",
        "expected": [acq("Oracle", "Kaltenbach IT", C)],
    },
    {
        "lang": "de",
        "text": "Die Aktie von Brückner Halbleiter brach am Donnerstag um zwölf Prozent ein, nachdem das Unternehmen seine Umsatzprognose gesenkt hatte.",
        "expected": [],
    },
    {
        "lang": "de",
        "text": 'Die Analysten der Weserbank stufen die Aktie von Tannhauser Pharma von "Halten" auf "Kaufen" hoch.',
        "expected": [],
    },
    {
        "lang": "de",
        "text": "Der Münchner Autobauer BMW stellt auf der IAA ein neues Elektromodell vor, das eine Reichweite von 700 Kilometern haben soll.",
        "expected": [],
    },
    {
        "lang": "de",
        "text": "Der langjährige SAP-Manager Reinhold Abendroth wechselt als Technikchef zum Walldorfer Start-up Bytehafen.",
        "expected": [hire("Reinhold Abendroth", "Bytehafen", CA), dep("Reinhold Abendroth", "SAP", CA)],
        "optional": [
            poa("Bytehafen", "SAP", ANY),
            pos("Reinhold Abendroth", "SAP"),
            pos("Reinhold Abendroth", "Bytehafen"),
        ],
    },
    {
        "lang": "de",
        "text": "MÜNCHEN (dpa-AFX) - Der Versicherer Isarland Rück hat die Mehrheit an dem Hamburger Insurtech Policenwerk übernommen. Über den Kaufpreis wurde Stillschweigen vereinbart.",
        "expected": [acq("Isarland Rück", "Policenwerk", C)],
    },
    {
        "lang": "de",
        "text": "Die Stahlkonzerne Rautenberg Stahl und Hüttenwerke Saarland verhandeln über einen Zusammenschluss ihrer Grobblechsparten.",
        "expected": [mer(["Rautenberg Stahl", "Hüttenwerke Saarland"], T, types=[MER, PAR])],
    },
    {
        "lang": "de",
        "text": '"Wir sehen großes Potenzial im Rechenzentrumsgeschäft", sagte Ulrike Saalfeld, Vorstandsvorsitzende der Eisenach Netze AG.',
        "expected": [pos("Ulrike Saalfeld", "Eisenach Netze AG")],
    },
    {
        "lang": "de",
        "text": "Aufsichtsratschef Wolfram Eckhardt-Bühl geht nach 14 Jahren an der Spitze des Kontrollgremiums der Bavaria Chemie in den Ruhestand.",
        "expected": [dep("Wolfram Eckhardt-Bühl", "Bavaria Chemie", CA)],
        "optional": [pos("Wolfram Eckhardt-Bühl", "Bavaria Chemie")],
    },
    {
        "lang": "de",
        "text": "Der Aufsichtsrat der Kornmann Handelsgruppe hat Vorstandschef Dirk Hellweger mit sofortiger Wirkung abberufen.",
        "expected": [dep("Dirk Hellweger", "Kornmann Handelsgruppe", C)],
        "optional": [pos("Dirk Hellweger", "Kornmann Handelsgruppe")],
    },
    {
        "lang": "de",
        "text": "Die Qatar Investment Authority steigt mit 9,9 Prozent beim Energieversorger Südstrom ein.",
        "expected": [stake("Qatar Investment Authority", "Südstrom", CA)],
    },
    {
        "lang": "de",
        "text": "Die Altmühl Pharma AG hat die Zulassung für ihr neues Migränemittel erhalten. Zugleich gab der Konzern bekannt, das Kieler Biotech-Unternehmen Nordgen Therapeutics für 150 Millionen Euro zu kaufen.",
        "expected": [acq("Altmühl Pharma AG", "Nordgen Therapeutics", A)],
    },
    {
        "lang": "de",
        "text": "Die Firma Tessin Robotics, die erst im vergangenen Jahr von Kuka übernommen wurde, bekommt mit Johanna Weißhaupt eine neue Geschäftsführerin.",
        "expected": [acq("Kuka", "Tessin Robotics", C), hire("Johanna Weißhaupt", "Tessin Robotics", CA)],
        "optional": [pos("Johanna Weißhaupt", "Tessin Robotics")],
    },
    {
        "lang": "de",
        "text": "Fusion perfekt: Elbmarsch Energie und Weserland Strom schließen sich zusammen",
        "expected": [mer(["Elbmarsch Energie", "Weserland Strom"], CA)],
    },
    {
        "lang": "de",
        "text": "Neuigkeiten aus dem Team: Wir begrüßen Felicitas Ambrosius als neue Head of AI bei Datenfluss Analytics! 👋 Sie kommt von Aleph Alpha zu uns.",
        "expected": [hire("Felicitas Ambrosius", "Datenfluss Analytics", C)],
        "optional": [
            dep("Felicitas Ambrosius", "Aleph Alpha", ANY),
            pos("Felicitas Ambrosius", "Datenfluss Analytics"),
            poa("Datenfluss Analytics", "Aleph Alpha", ANY),
        ],
    },
    {
        "lang": "de",
        "text": 'Wie das "Handelsblatt" unter Berufung auf Insider berichtet, erwägt Continental den Verkauf der Tochter Contirad an den japanischen Konkurrenten Yoshida Tire.',
        "expected": [acq("Yoshida Tire", "Contirad", TR)],
    },
    {
        "lang": "de",
        "text": "Das Bundeskartellamt hat die geplante Übernahme des Landmaschinenhändlers Agrarhof Nord durch die Raiffeisen-Tochter Feldkraft untersagt.",
        "expected": [acq("Feldkraft", "Agrarhof Nord", F)],
    },
    {
        "lang": "de",
        "text": "Der Vorstand der Vellmar Chemie lehnt das Übernahmeangebot des Finanzinvestors Cresthaven Partners als zu niedrig ab.",
        "expected": [acq("Cresthaven Partners", "Vellmar Chemie", F)],
    },
    {
        "lang": "de",
        "text": "Die Grünthal Beteiligungs GmbH hat den Aktionären der Lorenz Optik AG ein freiwilliges öffentliches Übernahmeangebot von 34 Euro je Aktie unterbreitet.",
        "expected": [acq("Grünthal Beteiligungs GmbH", "Lorenz Optik AG", [T, A])],
    },
    {
        "lang": "de",
        "text": "Mit dem Vollzug am 28. Februar ist die Übernahme der Seebach Medizintechnik durch Dräger nun abgeschlossen.",
        "expected": [acq("Dräger", "Seebach Medizintechnik", C)],
    },
    {
        "lang": "de",
        "text": "Zu den Geldgebern der Runde gehören Earlybird, Cherry Ventures und der Business Angel Florian Moosbrugger; das Leipziger Start-up Lumenquell will mit dem Kapital nach Frankreich expandieren.",
        "expected": [inv("Earlybird", "Lumenquell", C), inv("Cherry Ventures", "Lumenquell", C)],
        "optional": [inv("Florian Moosbrugger", "Lumenquell", ANY)],
    },
    {
        "lang": "de",
        "text": "Die Verbraucherzentrale verklagt den Mobilfunkanbieter Funkwelle Mobil wegen intransparenter Vertragsklauseln.",
        "expected": [],
    },
    {
        "lang": "de",
        "text": "Die Hafenbank Bremen hat im vergangenen Geschäftsjahr einen Rekordgewinn von 410 Millionen Euro erzielt.",
        "expected": [],
    },
    {
        "lang": "de",
        "text": "Wie aus Branchenkreisen verlautet, versucht Tesla, Ingenieure von Porsche für sein Werk in Grünheide abzuwerben.",
        "expected": [poa("Tesla", "Porsche", TR)],
    },
    {
        "lang": "de",
        "text": "Der Aufsichtsrat der Hochrhein Bank hat Cornelius Wetzlaff mit Wirkung zum 1. April in den Vorstand berufen.",
        "expected": [hire("Cornelius Wetzlaff", "Hochrhein Bank", A)],
    },
    {
        "lang": "de",
        "text": "Bei der Sternau Versicherung rückt Risikovorständin Petra Oldenkott an die Spitze auf und wird neue Vorstandsvorsitzende.",
        "expected": [posh("Petra Oldenkott", "Sternau Versicherung")],
        "optional": [
            pos("Petra Oldenkott", "Sternau Versicherung"),
            hire("Petra Oldenkott", "Sternau Versicherung", ANY),
        ],
    },
    {
        "lang": "de",
        "text": "Daniela Förster-Kühn verlässt den Chipkonzern Infineon und wird Chefin des Halbleiter-Start-ups Siliqon.",
        "expected": [
            dep("Daniela Förster-Kühn", "Infineon", CA),
            hire("Daniela Förster-Kühn", "Siliqon", CA),
        ],
        "optional": [pos("Daniela Förster-Kühn", "Siliqon"), poa("Siliqon", "Infineon", ANY)],
    },
    {
        "lang": "de",
        "text": "Die Ahrenberg Holding hat ihre Beteiligung an der Kranbau Lenz AG vollständig an die Schweizer Tellhorn Gruppe verkauft.",
        "expected": [stake("Tellhorn Gruppe", "Kranbau Lenz AG", C)],
    },
    {
        "lang": "de",
        "text": "Der Chemiekonzern BASF beteiligt sich mit einem zweistelligen Millionenbetrag am Recycling-Start-up Kreislauf Polymere.",
        "expected": [stake("BASF", "Kreislauf Polymere", CA)],
    },
    {
        "lang": "de",
        "text": "Zwischen Nordlicht Telekom und dem Glasfaseranbieter Fiberwerk laufen Gespräche über eine mögliche Übernahme durch Nordlicht, bestätigte ein Sprecher.",
        "expected": [acq("Nordlicht Telekom", "Fiberwerk", T)],
    },
    {
        "lang": "de",
        "text": "Die Helmsdorf Klinikgruppe kooperiert künftig mit dem US-Softwarekonzern Epic bei der Digitalisierung ihrer Patientenakten.",
        "expected": [par(["Helmsdorf Klinikgruppe", "Epic"], CA)],
    },
    {
        "lang": "de",
        "text": "Die Volksbank Moosach dementiert Fusionsgespräche mit der Raiffeisenbank Ampertal.",
        "expected": [mer(["Volksbank Moosach", "Raiffeisenbank Ampertal"], D)],
    },
    {
        "lang": "de",
        "text": "Der Finanzinvestor Permira soll Interesse an der Elektronikhandelskette Medienpalast haben.",
        "expected": [acq("Permira", "Medienpalast", R)],
    },
    {
        "lang": "de",
        "text": "Milliardendeal: Siemens kauft US-Softwarefirma Dataflux",
        "expected": [acq("Siemens", "Dataflux", CA)],
    },
    {
        "lang": "de",
        "text": "Die Lichtenau Gruppe hat die Tiefkühlmarke Polarmahl von der Ostsee Feinkost GmbH übernommen.",
        "expected": [acq("Lichtenau Gruppe", "Polarmahl", C)],
    },
    {
        "lang": "de",
        "text": "Wolfgang Reichenbach, Gründer und Aufsichtsratschef der Reichenbach Logistik, sieht das Geschäft mit Batteriespeichern als Wachstumsfeld.",
        "expected": [pos("Wolfgang Reichenbach", "Reichenbach Logistik")],
    },
    {
        "lang": "de",
        "text": "Nach dem überraschenden Rücktritt von Finanzchef Jörg Ellwanger übernimmt vorübergehend Vorstandsmitglied Tanja Brüggemann dessen Aufgaben bei der Westfalen Kabel AG.",
        "expected": [
            dep("Jörg Ellwanger", "Westfalen Kabel AG", C),
            posh("Tanja Brüggemann", "Westfalen Kabel AG"),
        ],
        "optional": [
            pos("Jörg Ellwanger", "Westfalen Kabel AG"),
            pos("Tanja Brüggemann", "Westfalen Kabel AG"),
            hire("Tanja Brüggemann", "Westfalen Kabel AG", ANY),
        ],
    },
    {
        "lang": "de",
        "text": "Ad-hoc: Die Ilmtal Software AG und die Saaleck Systems SE haben heute eine Grundsatzvereinbarung über einen Zusammenschluss unter Gleichen unterzeichnet.",
        "expected": [mer(["Ilmtal Software AG", "Saaleck Systems SE"], A)],
    },
    {
        "lang": "de",
        "text": "Vodafone Deutschland verkauft seine Beteiligung an dem Funkturmbetreiber Turmwerk für 1,1 Milliarden Euro an ein Konsortium um Marienthal Infrastructure.",
        "expected": [stake("Marienthal Infrastructure", "Turmwerk", CA)],
    },
    {
        "lang": "de",
        "text": "Der DAX schloss am Freitag 0,8 Prozent höher; gefragt waren vor allem die Aktien von Rheinmetall und Siemens Energy.",
        "expected": [],
    },
    {
        "lang": "de",
        "text": "Die Deutsche Telekom und Vodafone liefern sich einen Preiskampf um Glasfaserkunden in Nordrhein-Westfalen.",
        "expected": [],
    },
    {
        "lang": "de",
        "text": "Das Hamburger KI-Labor Nordsinn hat ein neues Sprachmodell vorgestellt, das speziell für juristische Texte trainiert wurde.",
        "expected": [],
    },
    {
        "lang": "de",
        "text": "Angeführt von Atomico beteiligen sich mehrere Investoren mit insgesamt 60 Millionen Euro an der Berliner Buchhaltungssoftware Zahlfix.",
        "expected": [inv("Atomico", "Zahlfix", CA)],
    },
    {
        "lang": "de",
        "text": "Seit dem 1. Januar sind die Hunsrück Energie und die Saarstrom AG zu einem Unternehmen verschmolzen.",
        "expected": [mer(["Hunsrück Energie", "Saarstrom AG"], C)],
    },
    {
        "lang": "de",
        "text": "Bosch und der Chiphersteller Arvion beenden ihre Zusammenarbeit bei Radarsensoren.",
        "expected": [],
        "optional": [par(["Bosch", "Arvion"], ANY)],
    },
    {
        "lang": "de",
        "text": "Der Schweizer Pharmakonzern Roche hat den früheren Novartis-Manager Lukas Imboden zum Leiter der Diagnostiksparte ernannt.",
        "expected": [hire("Lukas Imboden", "Roche", CA)],
        "optional": [
            pos("Lukas Imboden", "Novartis"),
            dep("Lukas Imboden", "Novartis", ANY),
            pos("Lukas Imboden", "Roche"),
        ],
    },
    {
        "lang": "de",
        "text": "Der Gründer des Modehändlers Kleiderwerk, Ansgar Poll, zieht sich aus der Geschäftsführung zurück.",
        "expected": [dep("Ansgar Poll", "Kleiderwerk", CA)],
        "optional": [pos("Ansgar Poll", "Kleiderwerk")],
    },
    {
        "lang": "de",
        "text": "Die Landesbank Südwest will die Direktbank Klarkonto vollständig übernehmen und hat dazu mit dem bisherigen Eigentümer, der Société Générale, eine Vereinbarung unterzeichnet.",
        "expected": [acq("Landesbank Südwest", "Klarkonto", A)],
    },
    {
        "lang": "de",
        "text": "Abgeworben: Meta holt KI-Forscherin von Deepmind",
        "expected": [poa("Meta", "Deepmind", C)],
    },
    {
        "lang": "de",
        "text": "Die Verhandlungen über einen Einstieg des Staatsfonds Mubadala bei dem Chipentwickler Halbtakt sind gescheitert.",
        "expected": [stake("Mubadala", "Halbtakt", F)],
    },
    {
        "lang": "de",
        "text": "Insidern zufolge lotet Bayer einen Verkauf seiner Tiergesundheitstochter Veterra an den Finanzinvestor Hallstatt Capital aus.",
        "expected": [acq("Hallstatt Capital", "Veterra", TR)],
    },
    {
        "lang": "de",
        "text": "Gerüchte über eine Übernahme durch Stellantis wies der Chef des Zulieferers Kolbenwerk Sauer, Rüdiger Lemke, am Mittwoch zurück.",
        "expected": [acq("Stellantis", "Kolbenwerk Sauer", D), pos("Rüdiger Lemke", "Kolbenwerk Sauer")],
    },
    {
        "lang": "de",
        "text": "Die Berufung von Miriam Achenbach zur Generalbevollmächtigten der Dorfmann Bau AG wird zum 1. Mai wirksam.",
        "expected": [hire("Miriam Achenbach", "Dorfmann Bau AG", A)],
        "optional": [pos("Miriam Achenbach", "Dorfmann Bau AG")],
    },
    {
        "lang": "de",
        "text": "Krass: Zalando schluckt den Second-Hand-Marktplatz Fundstück. Deal soll ~200 Mio. € schwer sein 👀",
        "expected": [acq("Zalando", "Fundstück", [C, A, R])],
    },
    {
        "lang": "de",
        "text": "Infineon und das Dresdner Start-up Photonik Elbe vereinbaren eine Entwicklungspartnerschaft für optische Chips.",
        "expected": [par(["Infineon", "Photonik Elbe"], CA)],
    },
    {
        "lang": "de",
        "text": "Mit Ablauf der Hauptversammlung scheidet Finanzvorstand Gregor Wiesinger aus dem Vorstand der Altmark Versorgung AG aus.",
        "expected": [dep("Gregor Wiesinger", "Altmark Versorgung AG", A)],
        "optional": [pos("Gregor Wiesinger", "Altmark Versorgung AG")],
    },
    {
        "lang": "de",
        "text": "STUTTGART (dpa) - Der Autobauer Mercedes-Benz hat einen neuen Einkaufschef: Holger Tiedemann-Roth, bislang bei Audi, übernimmt das Ressort zum 1. Oktober.",
        "expected": [hire("Holger Tiedemann-Roth", "Mercedes-Benz", A)],
        "optional": [
            dep("Holger Tiedemann-Roth", "Audi", ANY),
            pos("Holger Tiedemann-Roth", "Audi"),
            poa("Mercedes-Benz", "Audi", ANY),
            pos("Holger Tiedemann-Roth", "Mercedes-Benz"),
        ],
    },
    {
        "lang": "de",
        "text": "Die Staatsanwaltschaft ermittelt gegen frühere Manager des Zahlungsdienstleisters Paylinq wegen des Verdachts der Bilanzfälschung.",
        "expected": [],
    },
    {
        "lang": "de",
        "text": "Der Energieversorger Mittelland Strom muss wegen eines Kartellverstoßes ein Bußgeld von 40 Millionen Euro zahlen.",
        "expected": [],
    },
]
