# ruff: noqa: E501
"""Challenge set v24: deal status and talent moves (English and German), held out.

Written blind by a helper on 2026-11-27. The helper did not look at the
extractor's code, its tests, the other challenge sets or the dev corpora; all
passages and names (apart from a few well-known real companies used as
counterparties) are invented. The point of most passages is the stage of a deal
(rumour, talks, exclusive negotiations, rejected offer, called off, blocked by a
regulator, denied, completed) or a talent move (hires, departures, poaching
offers, board appointments, who holds which position). Some passages contain no
event or only distractors (analyst speculation, marketing tie-ins, lawsuits).
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
    # --- deal status: rumours, talks, rejections, blocks, denials, closings
    en(
        "Veltrane Software is in advanced talks to acquire Halcyon Data, a Boston-based maker of data-labelling tools, for more than $1.2 billion, according to people familiar with the matter. "
        "An agreement could be announced as soon as next week, the people said, asking not to be identified because the discussions are private. "
        "Representatives for both companies declined to comment.",
        [acq("Veltrane Software", "Halcyon Data", TR)],
    ),
    en(
        "Quorient Labs has rejected a $4.5bn takeover offer from Strathmore Capital, saying the bid 'significantly undervalues' the AI chip designer and its prospects. "
        "'The board is unanimous on this,' chief executive Mara Devlin said in a statement on Monday.",
        [
            acq("Strathmore Capital", "Quorient Labs", F),
            pos("Mara Devlin", "Quorient Labs"),
        ],
    ),
    en(
        "Microsoft has called off talks to buy Lantern Speech, the voice-AI start-up, after the two sides failed to agree on price, two people briefed on the discussions said.",
        [acq("Microsoft", "Lantern Speech", F)],
    ),
    en(
        "The UK's Competition and Markets Authority on Tuesday blocked Pendry Group's proposed £1.1bn takeover of Arkwright Payments, saying the deal would reduce competition in card-acceptance services for small merchants. "
        "Pendry said it was 'deeply disappointed' by the decision and would consider an appeal.",
        [acq("Pendry Group", "Arkwright Payments", F)],
    ),
    en(
        "Nordvale Semiconductor on Monday denied a newspaper report that Infineon was in talks to buy the company. "
        "'There are no such discussions,' a company spokeswoman said.",
        [acq("Infineon", "Nordvale Semiconductor", D)],
    ),
    en(
        "Tessaly Cloud said on Friday it had completed its acquisition of observability start-up Grafton IO, six months after the deal was first announced. "
        "The purchase price was not disclosed.",
        [acq("Tessaly Cloud", "Grafton IO", C)],
    ),
    en(
        "Lumora, a Paris-based developer of small language models, is in talks to raise about $300 million at a valuation of $2 billion in a round led by Lightspeed Venture Partners, according to people familiar with the matter.",
        [inv("Lightspeed Venture Partners", "Lumora", TR)],
    ),
    en(
        "Berlin-based agent start-up Taskwerk has raised $85 million in a Series B round led by Index Ventures, with participation from existing backers Creandum and NVentures, Nvidia's venture capital arm.",
        [
            inv("Index Ventures", "Taskwerk", C),
            inv("Creandum", "Taskwerk", C),
            inv("NVentures", "Taskwerk", C),
        ],
        optional=[inv("Nvidia", "Taskwerk", C)],
    ),
    en(
        "The European Commission has approved Dalberg Industrial's €2.4bn acquisition of Swedish pump maker Kallström under the EU Merger Regulation, clearing the way for the deal to close in the second quarter.",
        [acq("Dalberg Industrial", "Kallström", A)],
    ),
    en(
        "Hollis Retail Group sweetened its offer for department-store chain Pemberton's to 185p a share on Wednesday, hours after Pemberton's board rejected its previous 160p approach as opportunistic. "
        "The board said it would consider the new proposal.",
        [acq("Hollis Retail Group", "Pemberton's", T)],
    ),
    en(
        "Brightwater Media is weighing a sale of its magazine division and has held early discussions with several private equity firms, people familiar with the matter said. "
        "No decision has been made, and the company could still opt to keep the titles.",
        [],
    ),
    en(
        "Steelmakers Rheinfeld Stahl and Carrow Metals have agreed to merge in an all-share deal that will create Europe's third-largest producer of electrical steel, the companies said on Monday. "
        "The combination is subject to approval by the European Commission.",
        [mer(["Rheinfeld Stahl", "Carrow Metals"], A)],
    ),
    en(
        "Eastmoor Bank said it had received a 'preliminary, non-binding' approach from Lindqvist & Hale regarding a possible all-share offer, adding that there was no certainty an offer would be made.",
        [acq("Lindqvist & Hale", "Eastmoor Bank", T)],
        optional=[mer(["Lindqvist & Hale", "Eastmoor Bank"], T)],
    ),
    en(
        "Harlow Telecom 'categorically' rejected a weekend newspaper report that it had hired advisers to explore a merger with Vireo Mobile.",
        [mer(["Harlow Telecom", "Vireo Mobile"], D)],
    ),
    en(
        "The Federal Trade Commission sued on Monday to block Corwell Health's $3.2 billion purchase of rival device maker Ansel Medical, arguing that the deal would eliminate head-to-head competition in insulin pumps. "
        "Corwell said it would 'vigorously defend' the transaction in court.",
        [acq("Corwell Health", "Ansel Medical", A)],
    ),
    en(
        "Corwell Health said on Friday it had abandoned its planned acquisition of Ansel Medical after a federal judge sided with the FTC, and that it would pay Ansel a $160 million break fee.",
        [acq("Corwell Health", "Ansel Medical", F)],
    ),
    en(
        "Groupe Valmorel has entered into exclusive negotiations to sell its payments unit Paynord to Danish fintech Klarsø for about €900 million, the French company said on Thursday.",
        [acq("Klarsø", "Paynord", T)],
    ),
    en(
        "Talks to combine Harrowgate Bank and Medlock Building Society have ended without agreement, the two lenders said in a joint statement, just weeks after confirming discussions about a deal that would have created Britain's eighth-largest mortgage provider.",
        [mer(["Harrowgate Bank", "Medlock Building Society"], F)],
    ),
    en(
        "Analysts at one German broker said Solvik Networks could become a takeover target for larger rivals such as Cisco, given its depressed valuation. "
        "There is no indication that any talks have taken place.",
        [],
    ),
    en(
        "Fizzbloom, the beverage brand, said its new summer campaign would feature AI-generated adverts made with OpenAI's image tools, which the company accesses through a standard business subscription.",
        [],
        optional=[par(["Fizzbloom", "OpenAI"], ANY)],
    ),
    en(
        "Japan's Kuroshio Holdings has agreed to buy a 20% stake in Indian AI start-up Sarvik for about $250 million, in a deal that values Sarvik at $1.25 billion. "
        "The transaction is expected to close by the end of June.",
        [stake("Kuroshio Holdings", "Sarvik", A)],
    ),
    en(
        "Ironbridge Software, which last month confirmed it had received takeover interest from Thoma Bravo, said on Wednesday that the buyout firm had walked away. "
        "Ironbridge said it remained in discussions with a second, unnamed suitor.",
        [acq("Thoma Bravo", "Ironbridge Software", F)],
    ),
    en(
        "Google is in early-stage discussions to invest several hundred million dollars in Cresta Robotics, a developer of humanoid robots, The Information reported, citing a person involved in the talks. "
        "Cresta is also negotiating with SoftBank about a separate investment, the report said.",
        [
            inv("Google", "Cresta Robotics", TR),
            inv("SoftBank", "Cresta Robotics", TR),
        ],
    ),
    en(
        "Sable Compute has signed a 10-year contract with utility Northwind Power under which Northwind will supply 400 megawatts of nuclear electricity to Sable's data centres in Ohio.",
        [],
        optional=[par(["Sable Compute", "Northwind Power"], ANY)],
    ),
    en(
        "Arclight Pictures has signed a multi-year agreement to license its film library to AI video start-up Framecraft for model training, the studio said on Tuesday, making it the first major Hollywood studio to do so.",
        [par(["Arclight Pictures", "Framecraft"], CA)],
    ),
    en(
        "The merger of Dutch payment processors Paylane and Kassa Groep was completed on 1 October, creating a company with annual transaction volumes of more than €90bn. "
        "Paylane's chief executive, Jeroen Visser, will lead the combined group.",
        [
            mer(["Paylane", "Kassa Groep"], C),
            pos("Jeroen Visser", "Paylane"),
        ],
    ),
    en(
        "Following press speculation, Kestrel Foods confirmed on Sunday that it was in early-stage talks with Danone about a possible sale of the company. "
        "There can be no certainty that any transaction will take place, Kestrel said.",
        [acq("Danone", "Kestrel Foods", T)],
    ),
    en(
        "Verity Analytics closed its $780 million purchase of Norland Maps on Monday. "
        "As part of the deal, Norland founder Ingrid Sæther has joined Verity's board of directors.",
        [
            acq("Verity Analytics", "Norland Maps", C),
            hire("Ingrid Sæther", "Verity Analytics", C),
            pos("Ingrid Sæther", "Norland Maps"),
        ],
    ),
    en(
        "Pinecrest Partners has terminated its agreement to acquire office-furniture maker Holloway & Finch, citing a 'material adverse change' after the company lost its biggest customer. "
        "Holloway & Finch said it would fight the termination in court.",
        [acq("Pinecrest Partners", "Holloway & Finch", F)],
    ),
    en(
        "Zephyr Semiconductor, which Intel tried and failed to buy in 2021, is now in talks to merge with Korean chipmaker Haneul Devices, according to a person familiar with the matter.",
        [
            acq("Intel", "Zephyr Semiconductor", F),
            mer(["Zephyr Semiconductor", "Haneul Devices"], TR),
        ],
    ),
    # ------------------------------------------------------------------ German
    # --- Deal-Status: Gerüchte, Verhandlungen, Absagen, Verbote, Dementis, Vollzug
    de(
        "Der Münchner Softwarekonzern Weidmann Systems verhandelt Insidern zufolge über die Übernahme des KI-Start-ups Lernwerk. "
        "Der Kaufpreis könne bei mehr als 500 Millionen Euro liegen, sagten mit der Sache vertraute Personen. "
        "Weidmann wollte sich nicht äußern.",
        [acq("Weidmann Systems", "Lernwerk", TR)],
    ),
    de(
        "Das Bundeskartellamt hat die geplante Übernahme des Baustoffhändlers Krüger & Sohn durch die Hagemann-Gruppe untersagt. "
        "Durch den Zusammenschluss wäre in Teilen Norddeutschlands ein marktbeherrschender Anbieter entstanden, erklärte die Behörde am Donnerstag in Bonn.",
        [acq("Hagemann-Gruppe", "Krüger & Sohn", F)],
    ),
    de(
        "Die Allbrecht Versicherung hat Berichte über einen möglichen Verkauf ihrer Lebensversicherungstochter Nordlicht Leben an den Finanzinvestor Castell Partners dementiert. "
        "„Wir führen keine Gespräche“, sagte ein Sprecher am Dienstag in Köln.",
        [acq("Castell Partners", "Nordlicht Leben", D)],
    ),
    de(
        "Die Übernahme des Augsburger Roboterherstellers Kessler Automation durch den japanischen Konzern Fanuc ist abgeschlossen. "
        "Alle behördlichen Genehmigungen lägen vor, teilte Kessler am Montag mit.",
        [acq("Fanuc", "Kessler Automation", C)],
    ),
    de(
        "Der Vorstand der Brandtner AG hat das Übernahmeangebot des Finanzinvestors Ardent Capital über 42 Euro je Aktie als unzureichend zurückgewiesen. "
        "Das Angebot spiegele den Wert des Unternehmens nicht angemessen wider, hieß es in einer Stellungnahme.",
        [acq("Ardent Capital", "Brandtner AG", F)],
    ),
    de(
        "Die Fusion der Volksbank Elbtal mit der Raiffeisenbank Oberau ist geplatzt. "
        "Die Vertreterversammlung der Raiffeisenbank stimmte am Mittwochabend mit deutlicher Mehrheit gegen den Zusammenschluss.",
        [mer(["Volksbank Elbtal", "Raiffeisenbank Oberau"], F)],
    ),
    de(
        "Die EU-Kommission hat eine vertiefte Prüfung der geplanten Übernahme des spanischen Windturbinenbauers Ventaria durch den Hamburger Konzern Nordwind Energie eingeleitet. "
        "Die Behörde befürchtet, dass der Zusammenschluss den Wettbewerb bei Offshore-Anlagen erheblich einschränken könnte. Eine Entscheidung soll bis Ende März fallen.",
        [acq("Nordwind Energie", "Ventaria", A)],
    ),
    de(
        "Der Handelskonzern Lindner & Voss verhandelt exklusiv mit dem Finanzinvestor Brightmoor über den Verkauf seiner Elektronikkette Technomax. "
        "Eine Einigung werde in den kommenden Wochen angestrebt, teilte Lindner & Voss am Freitag mit.",
        [acq("Brightmoor", "Technomax", T)],
    ),
    de(
        "Der Autozulieferer Steigerwald hat seine Beteiligung am Batteriespezialisten Voltaris auf 35 Prozent aufgestockt. "
        "Für das zusätzliche Aktienpaket zahlte das Unternehmen nach eigenen Angaben rund 120 Millionen Euro.",
        [stake("Steigerwald", "Voltaris", C)],
    ),
    de(
        "Die Commerzbank prüft Insidern zufolge ein Gebot für die Online-Bank Finora. "
        "Erste Gespräche mit Beratern hätten bereits stattgefunden, eine Entscheidung sei aber noch nicht gefallen, sagten zwei mit den Überlegungen vertraute Personen. "
        "Finora und Commerzbank lehnten eine Stellungnahme ab.",
        [acq("Commerzbank", "Finora", R)],
    ),
    de(
        "Ein Sprecher von Hellwig Media wies einen Bericht zurück, wonach der Verlag mit Bertelsmann über eine Fusion der beiden Radiogeschäfte verhandle. "
        "Es gebe „keinerlei Gespräche“, sagte er.",
        [mer(["Hellwig Media", "Bertelsmann"], D)],
    ),
    de(
        "Das Heidelberger KI-Start-up Sprachwerk hat in einer Finanzierungsrunde 60 Millionen Euro eingesammelt. "
        "Angeführt wurde die Runde vom Wagniskapitalgeber Earlybird, auch der Bestandsinvestor HV Capital beteiligte sich erneut.",
        [
            inv("Earlybird", "Sprachwerk", C),
            inv("HV Capital", "Sprachwerk", C),
        ],
    ),
    de(
        "Branchenbeobachter halten einen Zusammenschluss von Osterholz Logistik und Brenner Spedition seit Jahren für sinnvoll. "
        "Beide Unternehmen haben entsprechende Pläne jedoch stets ausgeschlossen.",
        [],
        optional=[mer(["Osterholz Logistik", "Brenner Spedition"], [D, R])],
    ),
    de(
        "Nach der Freigabe durch die chinesischen Wettbewerbshüter hat der Spezialchemiekonzern Aurelon die Übernahme der niederländischen Vantor Coatings abgeschlossen. "
        "Der Kaufpreis lag bei 1,9 Milliarden Euro.",
        [acq("Aurelon", "Vantor Coatings", C)],
    ),
    de(
        "Im Bieterkampf um den Leipziger Softwareanbieter Datenhafen hat der US-Investor Greystoke Partners sein Angebot auf 28 Euro je Aktie erhöht. "
        "Damit liegt es über der Offerte des schwedischen Konkurrenten Nordkap Equity, die der Vorstand von Datenhafen zuvor zur Annahme empfohlen hatte.",
        [
            acq("Greystoke Partners", "Datenhafen", T),
            acq("Nordkap Equity", "Datenhafen", [A, T]),
        ],
    ),
    de(
        "Der Energieversorger Thalberg Energie hat den geplanten Verkauf seiner Netztochter Thalberg Netz an ein Konsortium um den Versicherer Allianz abgesagt. "
        "Die Parteien hätten sich nicht über die Bewertung einigen können, erklärte Thalberg.",
        [acq("Allianz", "Thalberg Netz", F)],
    ),
    de(
        "Die Deutsche Bahn und das Münchner KI-Unternehmen Gleisblick haben eine Kooperation zur automatischen Erkennung von Schäden an Oberleitungen vereinbart. "
        "Zunächst soll das System auf 2.000 Kilometern Strecke getestet werden.",
        [par(["Deutsche Bahn", "Gleisblick"], CA)],
    ),
    de(
        "Der Suchmaschinenanbieter Findus hat beim Landgericht München Klage gegen Google eingereicht. "
        "Das Unternehmen wirft dem US-Konzern vor, seine Marktmacht bei der Vermarktung von Werbung missbraucht zu haben.",
        [],
    ),
    de(
        "Die Drogeriekette Kaiser & Lang und der Discounter Preisfuchs sondieren Insidern zufolge einen Zusammenschluss. "
        "Die Gespräche befänden sich in einem frühen Stadium und könnten noch scheitern, hieß es.",
        [mer(["Kaiser & Lang", "Preisfuchs"], TR)],
    ),
    de(
        "Der Finanzinvestor Lornac hat seine restlichen Anteile an dem Messtechnikhersteller Bergmann Sensorik an den US-Konzern Keysight verkauft. "
        "Damit gehört Bergmann nun vollständig zu Keysight, das bereits 2023 die Mehrheit übernommen hatte.",
        [acq("Keysight", "Bergmann Sensorik", C)],
    ),
    de(
        "Die Zürcher Mediengruppe Alpenpresse übernimmt das Regionalportal Seeblick24. "
        "Einen entsprechenden Vertrag hätten beide Seiten am Montag unterzeichnet, teilte Alpenpresse mit; vollzogen werden soll das Geschäft im Frühjahr.",
        [acq("Alpenpresse", "Seeblick24", A)],
    ),
    de(
        "Nach Bedenken des Bundeskartellamts hat der Landmaschinenhersteller Ostenfeld seine Anmeldung für die Übernahme des Konkurrenten Harrer Agrartechnik zurückgezogen. "
        "Man halte an dem Vorhaben aber fest und wolle es in geänderter Form erneut anmelden, sagte ein Unternehmenssprecher.",
        [acq("Ostenfeld", "Harrer Agrartechnik", [A, T])],
    ),
    de(
        "Die Fondsgesellschaft Deka hat Medienberichte dementiert, wonach sie sich an dem Berliner Fintech Zahlfix beteiligen wolle.",
        [stake("Deka", "Zahlfix", D)],
    ),
    de(
        "Der schwedische Konzern Sandqvist hat ein feindliches Übernahmeangebot für den Werkzeughersteller Reutlinger Präzision vorgelegt. "
        "Sandqvist bietet 31 Euro je Aktie in bar; der Vorstand von Reutlinger Präzision wurde nach eigenen Angaben vorab nicht informiert.",
        [acq("Sandqvist", "Reutlinger Präzision", T)],
    ),
    de(
        "Der Glasfaseranbieter Netzwerk Nord gehört jetzt zum Infrastrukturinvestor Calderon Infrastructure. "
        "Die Übernahme sei Anfang Januar vollzogen worden, teilten beide Unternehmen mit.",
        [acq("Calderon Infrastructure", "Netzwerk Nord", C)],
    ),
    de(
        "Nachdem die Gespräche mit dem französischen Konzern Saint-Gobain im Sommer gescheitert waren, hat der Dämmstoffhersteller Isotherm nun einen neuen Käufer gefunden: "
        "Der Finanzinvestor Pallas Capital übernimmt das Unternehmen für rund 700 Millionen Euro.",
        [
            acq("Saint-Gobain", "Isotherm", F),
            acq("Pallas Capital", "Isotherm", A),
        ],
    ),
    de(
        "Der katarische Staatsfonds QIA erwägt nach Informationen der Nachrichtenagentur Bloomberg einen Einstieg bei dem Berliner Raumfahrt-Start-up Orbitwerk.",
        [stake("QIA", "Orbitwerk", R)],
    ),
    de(
        "Die Sparkasse Mittelrhein und die Kreissparkasse Lahntal haben ihre Fusion rückwirkend zum 1. Januar vollzogen. "
        "Das neue Institut firmiert unter dem Namen Sparkasse Rhein-Lahn.",
        [mer(["Sparkasse Mittelrhein", "Kreissparkasse Lahntal"], C)],
    ),
    de(
        "Bis zum Ende der Annahmefrist seien dem chinesischen Konzern Jinhai Heavy Industries rund 78 Prozent der Aktien des Spezialmaschinenbauers Hollerith Technik angedient worden, teilte Jinhai mit. "
        "Der Vollzug steht noch unter dem Vorbehalt der Investitionsprüfung durch das Bundeswirtschaftsministerium.",
        [acq("Jinhai Heavy Industries", "Hollerith Technik", A)],
    ),
    de(
        "Das Bundeswirtschaftsministerium hat die Übernahme des Dortmunder Chipausrüsters Wafertec durch den chinesischen Investor Sinotek untersagt. "
        "Es sei eine Gefährdung der öffentlichen Ordnung und Sicherheit festgestellt worden, hieß es zur Begründung.",
        [acq("Sinotek", "Wafertec", F)],
    ),
    # ------------------------------------------------------------------ English
    # --- talent moves: hires, departures, poaching, boards, positions
    en(
        "Meta has hired Priya Raman, a senior researcher at OpenAI who worked on the company's reasoning models, people familiar with the matter said. "
        "Raman is the latest in a string of OpenAI staff to join Meta's superintelligence unit, which has offered some recruits pay packages worth more than $100 million over four years.",
        [
            hire("Priya Raman", "Meta", [C, R]),
            poa("Meta", "OpenAI", [C, R]),
        ],
        optional=[
            dep("Priya Raman", "OpenAI", [C, R]),
            pos("Priya Raman", "OpenAI"),
        ],
    ),
    en(
        "Neuralis AI co-founder Tomasz Wierzbicki turned down an offer from Google DeepMind worth a reported $60 million, choosing instead to stay at the start-up he set up in 2021, according to a person with knowledge of the approach.",
        [
            poa("Google DeepMind", "Neuralis AI", F),
            pos("Tomasz Wierzbicki", "Neuralis AI"),
        ],
        optional=[hire("Tomasz Wierzbicki", "Google DeepMind", F)],
    ),
    en(
        "Helen Okafor, chief technology officer of Cobaltline, will step down at the end of March after seven years, the company said on Wednesday. "
        "She will be succeeded by Marcus Lindqvist, currently its head of engineering.",
        [
            dep("Helen Okafor", "Cobaltline", A),
            posh("Marcus Lindqvist", "Cobaltline"),
        ],
        optional=[pos("Helen Okafor", "Cobaltline")],
    ),
    en(
        "Arvenna Robotics has appointed former Siemens executive Katrin Albers to its board of directors, effective immediately.",
        [
            hire("Katrin Albers", "Arvenna Robotics", C),
            pos("Katrin Albers", "Siemens"),
        ],
    ),
    en(
        "Ostrava Analytics has sued its former chief scientist, Daniel Wu, and his new employer, Sentinel AI, alleging that he took confidential model weights with him when he left in January.",
        [
            dep("Daniel Wu", "Ostrava Analytics", C),
            hire("Daniel Wu", "Sentinel AI", C),
        ],
        optional=[
            pos("Daniel Wu", "Ostrava Analytics"),
            poa("Sentinel AI", "Ostrava Analytics", C),
        ],
    ),
    en(
        "A spokesperson for Altamira Systems denied reports that chief executive Ruth Calloway was in talks to join Stripe as president, saying she 'remains fully committed' to the company.",
        [
            hire("Ruth Calloway", "Stripe", D),
            pos("Ruth Calloway", "Altamira Systems"),
        ],
        optional=[dep("Ruth Calloway", "Altamira Systems", D)],
    ),
    en(
        "Orbital Minds has been approaching engineers on Halverd Motors' autonomous-driving team with offers that include stock grants worth several million dollars each, according to three people familiar with the recruiting effort.",
        [poa("Orbital Minds", "Halverd Motors", TR)],
    ),
    en(
        "Amara Singh, who co-founded Vellum Robotics before selling it to Amazon in 2022, is now raising money for a new venture, tentatively called Ferrite, that will build dexterous robot hands.",
        [
            pos("Amara Singh", "Vellum Robotics"),
            acq("Amazon", "Vellum Robotics", C),
        ],
        optional=[pos("Amara Singh", "Ferrite")],
    ),
    en(
        "Former Google Brain researcher Elena Vasquez has joined Anthropic to lead its interpretability work in Europe, she said in a post on LinkedIn on Tuesday.",
        [
            hire("Elena Vasquez", "Anthropic", C),
            pos("Elena Vasquez", "Google Brain"),
        ],
        optional=[dep("Elena Vasquez", "Google Brain", C)],
    ),
    en(
        "Kairo Chen, the head of applied research at Synthex AI, is preparing to leave the company to start his own lab, according to two people with knowledge of his plans.",
        [dep("Kairo Chen", "Synthex AI", R)],
        optional=[pos("Kairo Chen", "Synthex AI")],
    ),
    en(
        "Three members of the team behind Pallas, the open-weights coding model, have left Mistral AI to join rival start-up Hexagram, the company confirmed. "
        "Among them is Lucie Fabre, who led post-training for the model.",
        [
            dep("Lucie Fabre", "Mistral AI", C),
            hire("Lucie Fabre", "Hexagram", C),
        ],
        optional=[
            pos("Lucie Fabre", "Mistral AI"),
            poa("Hexagram", "Mistral AI", C),
        ],
    ),
    en(
        "Harcourt Bancorp named Olivia Brandt, currently chief operating officer of Wells Fargo's consumer division, as its next chief executive, effective 1 March. "
        "She will succeed Gregory Lane, who announced his retirement in September after 11 years at the helm.",
        [
            hire("Olivia Brandt", "Harcourt Bancorp", A),
            pos("Olivia Brandt", "Wells Fargo"),
            dep("Gregory Lane", "Harcourt Bancorp", A),
        ],
        optional=[
            dep("Olivia Brandt", "Wells Fargo", A),
            pos("Gregory Lane", "Harcourt Bancorp"),
        ],
    ),
    en(
        "Cadence AI has offered retention bonuses of up to $2 million to researchers on its post-training team after Meta and Lattice Minds lured away at least eight of their colleagues in recent weeks, according to an internal memo seen by Wired.",
        [
            poa("Meta", "Cadence AI", C),
            poa("Lattice Minds", "Cadence AI", C),
        ],
    ),
    en(
        "Samuel Osei, Halden Bio's chief scientific officer, dismissed reports that he was leaving for Genentech as 'pure fiction' in an interview on Thursday.",
        [
            dep("Samuel Osei", "Halden Bio", D),
            hire("Samuel Osei", "Genentech", D),
        ],
        optional=[pos("Samuel Osei", "Halden Bio")],
    ),
    en(
        "Nimbus Cloud has struck a deal to license the technology of AI coding start-up Stackwise and hire its chief executive, Ravi Kulkarni, along with about 40 of its staff, in an arrangement that stops short of a full acquisition.",
        [
            par(["Nimbus Cloud", "Stackwise"], CA),
            hire("Ravi Kulkarni", "Nimbus Cloud", CA),
            pos("Ravi Kulkarni", "Stackwise"),
        ],
        optional=[
            dep("Ravi Kulkarni", "Stackwise", CA),
            poa("Nimbus Cloud", "Stackwise", CA),
        ],
    ),
    en(
        "Marguerite Ollivier, who chairs the supervisory board of Valtris, also sits on the boards of Crédit Agricole and the French sports retailer Sportlo.",
        [
            pos("Marguerite Ollivier", "Valtris"),
            pos("Marguerite Ollivier", "Crédit Agricole"),
            pos("Marguerite Ollivier", "Sportlo"),
        ],
    ),
    en(
        "Brennan Logistics ousted chief executive Kyle Harmon on Sunday following an internal investigation into his expenses, and named chief financial officer Aisha Bello as interim CEO while it searches for a permanent replacement.",
        [
            dep("Kyle Harmon", "Brennan Logistics", C),
            posh("Aisha Bello", "Brennan Logistics"),
        ],
        optional=[pos("Kyle Harmon", "Brennan Logistics")],
    ),
    en(
        "After nine years at Quillpay, co-founder and chief product officer Hannah Reyes is leaving to become a general partner at Sequoia Capital, she said in a post on X.",
        [
            dep("Hannah Reyes", "Quillpay", A),
            hire("Hannah Reyes", "Sequoia Capital", A),
        ],
        optional=[pos("Hannah Reyes", "Quillpay")],
    ),
    en(
        "Chinese technology group Longmen was reported this week to have offered Yuki Tanabe, head of Sonic Dynamics' robotics lab, a package worth ¥3bn to move to Shenzhen. "
        "Sonic Dynamics said Tanabe had no plans to leave.",
        [
            poa("Longmen", "Sonic Dynamics", [R, T, D]),
            dep("Yuki Tanabe", "Sonic Dynamics", D),
        ],
        optional=[
            pos("Yuki Tanabe", "Sonic Dynamics"),
            hire("Yuki Tanabe", "Longmen", [R, T, D]),
        ],
    ),
    en(
        "Prism Semiconductor said it will nominate former Nvidia executive Carla Mendes and ex-Bundesbank board member Ulrich Hahn for election to its board at the annual meeting in May.",
        [
            hire("Carla Mendes", "Prism Semiconductor", [A, T]),
            hire("Ulrich Hahn", "Prism Semiconductor", [A, T]),
            pos("Carla Mendes", "Nvidia"),
            pos("Ulrich Hahn", "Bundesbank"),
        ],
    ),
    en(
        "The interview took place in the glass-walled office that Lena Hartmann, Corbin Bank's head of digital, shares with her team of product designers.",
        [pos("Lena Hartmann", "Corbin Bank")],
    ),
    en(
        "Salesforce completed its purchase of Meridian Agents on Friday, and Meridian's co-founders, Noah Feld and Sara Iqbal, have joined Salesforce's AI research group.",
        [
            acq("Salesforce", "Meridian Agents", C),
            hire("Noah Feld", "Salesforce", C),
            hire("Sara Iqbal", "Salesforce", C),
            pos("Noah Feld", "Meridian Agents"),
            pos("Sara Iqbal", "Meridian Agents"),
        ],
    ),
    en(
        "Stellar Foundry tried to lure Benedikt Arndt, the lead architect of Corvid AI's inference engine, with a $40m pay package earlier this month, but Corvid matched the offer and Arndt has decided to stay, people close to the matter said.",
        [
            poa("Stellar Foundry", "Corvid AI", F),
            pos("Benedikt Arndt", "Corvid AI"),
        ],
        optional=[hire("Benedikt Arndt", "Stellar Foundry", F)],
    ),
    en(
        "Warrick Cho has left Anthropic-backed Parallax after less than a year as its head of policy, according to an update on his LinkedIn profile. "
        "He did not say where he was going next.",
        [dep("Warrick Cho", "Parallax", C)],
        optional=[
            pos("Warrick Cho", "Parallax"),
            inv("Anthropic", "Parallax", C),
        ],
    ),
    en(
        "Anna Strand, the editor-in-chief of the Nordic Herald, is to step down next month and will be replaced by her deputy, Mikael Holm, the newspaper's owner, Fjord Media, said.",
        [
            dep("Anna Strand", "Nordic Herald", A),
            posh("Mikael Holm", "Nordic Herald"),
        ],
        optional=[
            pos("Anna Strand", "Nordic Herald"),
            acq("Fjord Media", "Nordic Herald", C),
        ],
    ),
    en(
        "Grocer Fairway Markets has hired Lidl's UK operations director, Paul Kerr, as its new chief operating officer. "
        "Kerr, who spent 14 years at the discounter, will start in April.",
        [
            hire("Paul Kerr", "Fairway Markets", A),
            pos("Paul Kerr", "Lidl"),
        ],
        optional=[
            dep("Paul Kerr", "Lidl", A),
            poa("Fairway Markets", "Lidl", CA),
        ],
    ),
    en(
        "Investors have urged Pomeroy Capital to bring in an outsider such as former Goldman Sachs partner Janet Ruiz to lead the firm, but the board has not approached anyone, a person familiar with the board's thinking said.",
        [pos("Janet Ruiz", "Goldman Sachs")],
    ),
    en(
        "Fatima Zahra Benali took over as chief executive of Moroccan fintech Atlas Pay on Monday, succeeding founder Youssef Amrani, who becomes executive chairman.",
        [
            posh("Fatima Zahra Benali", "Atlas Pay"),
            pos("Youssef Amrani", "Atlas Pay"),
        ],
    ),
    en(
        "Two weeks after its sale to Broadcom closed, Velocity Storage has lost its chief technology officer: Ian McBride has left to join Pure Storage, a spokesperson confirmed.",
        [
            acq("Broadcom", "Velocity Storage", C),
            dep("Ian McBride", "Velocity Storage", C),
            hire("Ian McBride", "Pure Storage", C),
        ],
        optional=[
            pos("Ian McBride", "Velocity Storage"),
            poa("Pure Storage", "Velocity Storage", C),
        ],
    ),
    en(
        "Arcadia Health is in talks to hire former Pfizer executive Rohan Desai as its chief executive, according to people familiar with the matter, as the company seeks a successor to Marion Tate, who said in June that she would retire.",
        [
            hire("Rohan Desai", "Arcadia Health", TR),
            pos("Rohan Desai", "Pfizer"),
            dep("Marion Tate", "Arcadia Health", A),
        ],
        optional=[pos("Marion Tate", "Arcadia Health")],
    ),
    # ------------------------------------------------------------------ German
    # --- Personalien: Wechsel, Abgänge, Abwerbungen, Aufsichtsräte, Funktionen
    de(
        "Der KI-Forscher Jonas Brenner wechselt von Lichtfeld KI zu Mistral AI. "
        "Brenner, der bei dem Heidelberger Unternehmen zuletzt das Team für multimodale Modelle leitete, soll in Paris den Aufbau eines neuen Forschungsstandorts verantworten.",
        [
            hire("Jonas Brenner", "Mistral AI", CA),
            dep("Jonas Brenner", "Lichtfeld KI", CA),
        ],
        optional=[
            pos("Jonas Brenner", "Lichtfeld KI"),
            poa("Mistral AI", "Lichtfeld KI", CA),
        ],
    ),
    de(
        "Nach Informationen des „Handelsblatts“ hat der US-Konzern Meta versucht, mehrere Forscher des Berliner Start-ups Tiefsee Labs abzuwerben, und ihnen Vergütungspakete von bis zu 20 Millionen Dollar angeboten. "
        "Die Gründerin von Tiefsee Labs, Miriam Koç, sagte, bislang habe niemand das Unternehmen verlassen.",
        [
            poa("Meta", "Tiefsee Labs", [T, F, R]),
            pos("Miriam Koç", "Tiefsee Labs"),
        ],
    ),
    de(
        "Die Hauptversammlung der Kornberg AG hat die frühere Telekom-Managerin Sabine Hollweg in den Aufsichtsrat gewählt. "
        "Sie folgt auf Dieter Ammann, der aus Altersgründen aus dem Gremium ausscheidet.",
        [
            hire("Sabine Hollweg", "Kornberg AG", C),
            dep("Dieter Ammann", "Kornberg AG", CA),
        ],
        optional=[
            pos("Sabine Hollweg", "Telekom"),
            pos("Dieter Ammann", "Kornberg AG"),
        ],
    ),
    de(
        "Der Autobauer Ravensburg Motoren hat Spekulationen über einen vorzeitigen Abgang von Vorstandschef Thomas Engel zurückgewiesen. "
        "Engel habe das volle Vertrauen des Aufsichtsrats, sagte eine Sprecherin.",
        [dep("Thomas Engel", "Ravensburg Motoren", D)],
        optional=[pos("Thomas Engel", "Ravensburg Motoren")],
    ),
    de(
        "Der Walldorfer Softwarekonzern SAP hat den KI-Chef des Start-ups Denkfabrik, Lukas Hoffmann, abgeworben. "
        "Hoffmann soll ab Februar die Entwicklung von KI-Agenten für die Cloud-Plattform leiten, bestätigte ein SAP-Sprecher.",
        [
            poa("SAP", "Denkfabrik", C),
            hire("Lukas Hoffmann", "SAP", CA),
            pos("Lukas Hoffmann", "Denkfabrik"),
        ],
        optional=[dep("Lukas Hoffmann", "Denkfabrik", CA)],
    ),
    de(
        "Bei dem Frankfurter Institut Hanseatische Kreditbank kommt es zu einem Wechsel an der Spitze: Vorstandschefin Claudia Reimers wird ihren im Herbst auslaufenden Vertrag nicht verlängern. "
        "Als Nachfolger hat der Aufsichtsrat den bisherigen Risikovorstand Martin Kühne bestimmt.",
        [
            dep("Claudia Reimers", "Hanseatische Kreditbank", A),
            posh("Martin Kühne", "Hanseatische Kreditbank"),
        ],
        optional=[pos("Claudia Reimers", "Hanseatische Kreditbank")],
    ),
    de(
        "Der Chefentwickler des Münchner Drohnenherstellers Aerion, Felix Baumgart, steht Insidern zufolge vor einem Wechsel zum Rüstungskonzern Rheinmetall. "
        "Eine Entscheidung sei aber noch nicht gefallen, hieß es in Unternehmenskreisen.",
        [
            hire("Felix Baumgart", "Rheinmetall", TR),
            dep("Felix Baumgart", "Aerion", TR),
        ],
        optional=[
            pos("Felix Baumgart", "Aerion"),
            poa("Rheinmetall", "Aerion", TR),
        ],
    ),
    de(
        "Der Onlinehändler Modehaus24 hat Berichte zurückgewiesen, wonach Finanzchef Oliver Seidl das Unternehmen zum Jahresende verlassen werde. "
        "„Herr Seidl wird seinen Vertrag erfüllen“, sagte eine Sprecherin.",
        [dep("Oliver Seidl", "Modehaus24", D)],
        optional=[pos("Oliver Seidl", "Modehaus24")],
    ),
    de(
        "Mehr als ein Dutzend Ingenieure hat das Hamburger Batterie-Start-up Zellwerk in den vergangenen Monaten an Tesla verloren. "
        "Der US-Konzern habe den Wechselwilligen teils das Doppelte ihres bisherigen Gehalts geboten, sagte Zellwerk-Gründer Henrik Jansen dem „Spiegel“.",
        [
            poa("Tesla", "Zellwerk", C),
            pos("Henrik Jansen", "Zellwerk"),
        ],
    ),
    de(
        "Die frühere EZB-Direktorin Helga Sommer soll in den Aufsichtsrat der Volkmar Bank einziehen. "
        "Das Gremium schlägt sie der Hauptversammlung am 14. Mai zur Wahl vor.",
        [
            hire("Helga Sommer", "Volkmar Bank", [A, T]),
            pos("Helga Sommer", "EZB"),
        ],
    ),
    de(
        "Nach nur 18 Monaten bei Google kehrt die Informatikerin Aylin Demir zu dem Berliner Start-up Tensorhaus zurück, das sie 2019 mitgegründet hatte. "
        "Sie übernimmt dort zum 1. April die Rolle der Technikchefin.",
        [
            dep("Aylin Demir", "Google", CA),
            hire("Aylin Demir", "Tensorhaus", A),
        ],
        optional=[pos("Aylin Demir", "Tensorhaus")],
    ),
    de(
        "Klaus Wendler, Gründer und langjähriger Chef des Maschinenbauers Wendler Hydraulik, ist im Alter von 84 Jahren gestorben.",
        [pos("Klaus Wendler", "Wendler Hydraulik")],
        optional=[dep("Klaus Wendler", "Wendler Hydraulik", ANY)],
    ),
    de(
        "Der Versuch des Finanzinvestors KKR, den Vorstandschef des Chemiekonzerns Lanxor, Stefan Rohde, für eine Beteiligungsfirma abzuwerben, ist gescheitert. "
        "Rohde habe das Angebot abgelehnt und bleibe bei Lanxor, teilte das Unternehmen mit.",
        [
            poa("KKR", "Lanxor", F),
            pos("Stefan Rohde", "Lanxor"),
        ],
        optional=[hire("Stefan Rohde", "KKR", F)],
    ),
    de(
        "Petra Lindemann, Finanzvorständin der Baumarktkette Werkhaus, wird zusätzlich in den Aufsichtsrat des Logistikers Trans-Alpin berufen.",
        [
            pos("Petra Lindemann", "Werkhaus"),
            hire("Petra Lindemann", "Trans-Alpin", CA),
        ],
    ),
    de(
        "Das Pariser KI-Labor Lumière Research hat drei führende Forscher von Google DeepMind eingestellt, darunter den Sprachmodell-Experten Matthieu Garnier. "
        "Aus Unternehmenskreisen hieß es, sie hätten Aktienpakete im Wert von jeweils mehr als zehn Millionen Euro erhalten.",
        [
            hire("Matthieu Garnier", "Lumière Research", C),
            poa("Lumière Research", "Google DeepMind", C),
        ],
        optional=[dep("Matthieu Garnier", "Google DeepMind", C)],
    ),
    de(
        "Apple soll nach Informationen des „Manager Magazins“ versuchen, den Leiter der KI-Sparte des Jenaer Optikkonzerns Optronix, Sebastian Kraft, abzuwerben. "
        "Optronix wollte den Bericht nicht kommentieren.",
        [
            poa("Apple", "Optronix", TR),
            pos("Sebastian Kraft", "Optronix"),
        ],
        optional=[hire("Sebastian Kraft", "Apple", TR)],
    ),
    de(
        "Seit dem 1. Oktober führt der frühere McKinsey-Berater Tobias Frey den Onlinebroker Tradelux. "
        "Er folgt auf Gründer Jan Weber, der in den Aufsichtsrat wechselt.",
        [
            hire("Tobias Frey", "Tradelux", C),
            pos("Tobias Frey", "McKinsey"),
            pos("Jan Weber", "Tradelux"),
        ],
        optional=[dep("Jan Weber", "Tradelux", ANY)],
    ),
    de(
        "Meta hat Insidern zufolge mehreren Forschern des Pariser KI-Start-ups Sorbet AI Angebote von bis zu 50 Millionen Dollar gemacht. "
        "Sorbet-Chefin Claire Dubois sagte der Zeitung „Les Echos“, das Unternehmen habe bislang nur einen Mitarbeiter an den US-Konzern verloren.",
        [
            poa("Meta", "Sorbet AI", ANY),
            pos("Claire Dubois", "Sorbet AI"),
        ],
    ),
    de(
        "Der bisherige Vertriebschef von Brückner Automobil, Ralf Ostermann, ist zum Wettbewerber Valdano gewechselt. "
        "Er verantwortet dort seit Monatsbeginn das Europageschäft.",
        [
            dep("Ralf Ostermann", "Brückner Automobil", C),
            hire("Ralf Ostermann", "Valdano", C),
        ],
        optional=[
            pos("Ralf Ostermann", "Brückner Automobil"),
            poa("Valdano", "Brückner Automobil", C),
        ],
    ),
    de(
        "Der Aufsichtsrat des Stahlkonzerns Salzberg verhandelt mit dem ehemaligen Thyssenkrupp-Manager Georg Weinert über den Vorstandsvorsitz. "
        "Ein Vertrag sei aber noch nicht unterschrieben, sagte eine mit den Gesprächen vertraute Person.",
        [
            hire("Georg Weinert", "Salzberg", TR),
            pos("Georg Weinert", "Thyssenkrupp"),
        ],
    ),
    # ------------------------------------------------------------------ mixed
    # --- more deal-status and talent passages, distractors
    en(
        "A planned $2.7bn tie-up between data-centre operators Quarry Digital and Helix Colo was scrapped on Tuesday after Quarry's largest shareholder said it would vote against the deal.",
        [mer(["Quarry Digital", "Helix Colo"], F)],
    ),
    en(
        "Amazon is nearing a deal to buy a minority stake in Indian grocery-delivery firm Zipcart for about $400 million, sources say.",
        [stake("Amazon", "Zipcart", TR)],
    ),
    en(
        "Shareholders of Calloway Brewing approved its sale to Heineken at a special meeting on Wednesday, and the transaction is now expected to close within days.",
        [acq("Heineken", "Calloway Brewing", A)],
    ),
    en(
        "Were Marlow Bank to pursue an acquisition, chief executive Imogen Hart told investors, it would look at smaller wealth managers rather than another lender.",
        [pos("Imogen Hart", "Marlow Bank")],
    ),
    en(
        "Quantix Research denied that it had tried to recruit staff from rival Veridian Labs, calling a lawsuit filed by Veridian 'baseless'.",
        [poa("Quantix Research", "Veridian Labs", D)],
    ),
    en(
        "In a brief statement, Halberd Defense said it had 'terminated discussions' with Saab about a potential joint venture for loitering munitions.",
        [par(["Halberd Defense", "Saab"], F)],
    ),
    en(
        "The deal, first reported by Reuters last week, would give Corvina Pharma full control of antibody developer Tessaro Bio. "
        "Corvina confirmed on Monday that it had signed a definitive agreement to buy the rest of the company for $1.4 billion.",
        [acq("Corvina Pharma", "Tessaro Bio", A)],
    ),
    en(
        "Nvidia has invested $150 million in Swedish robotics firm Rörlig as part of a $500 million funding round, and Nvidia vice-president Kim Aldana will join Rörlig's board.",
        [
            inv("Nvidia", "Rörlig", C),
            hire("Kim Aldana", "Rörlig", A),
            pos("Kim Aldana", "Nvidia"),
        ],
    ),
    en(
        "Among the departures is Wen Li, a co-author of the original diffusion transformer paper, who left Helios AI in August and has since co-founded a start-up, Lumen Forge, with two former colleagues.",
        [
            dep("Wen Li", "Helios AI", C),
            pos("Wen Li", "Lumen Forge"),
        ],
        optional=[hire("Wen Li", "Lumen Forge", C)],
    ),
    en(
        "Activist fund Ridgeline Capital won two seats on the board of Ashby Retail at Thursday's annual meeting, with its nominees Laura Penn and Dev Anand elected over the company's objections.",
        [
            hire("Laura Penn", "Ashby Retail", C),
            hire("Dev Anand", "Ashby Retail", C),
        ],
    ),
    en(
        "Norrland Telecom has completed the sale of its Baltic towers business, Baltower, to infrastructure investor Cellnex for €810 million, after an earlier agreement with Brookfield collapsed in May.",
        [
            acq("Cellnex", "Baltower", C),
            acq("Brookfield", "Baltower", F),
        ],
    ),
    en(
        "Jade Mercer, the former chief executive of Lumenix, now advises several AI start-ups and sits on the board of British retailer Tavistock & Co.",
        [
            pos("Jade Mercer", "Lumenix"),
            pos("Jade Mercer", "Tavistock & Co"),
        ],
    ),
    en(
        "Shares in Gallant Games fell 9% after Tencent said it had no intention of making an offer for the studio, ending weeks of speculation.",
        [acq("Tencent", "Gallant Games", [D, F])],
    ),
    en(
        "Asked whether Orrin Labs would consider selling itself, founder and chief executive Maya Castellano laughed. 'Everyone asks that,' she said. 'We're not for sale.'",
        [pos("Maya Castellano", "Orrin Labs")],
    ),
    de(
        "Nach monatelangen Verhandlungen haben sich die Hamburger Reederei Hanse Lines und der dänische Konkurrent Nordsø Shipping auf eine Fusion geeinigt. "
        "Die Kartellbehörden müssen dem Zusammenschluss noch zustimmen.",
        [mer(["Hanse Lines", "Nordsø Shipping"], A)],
    ),
    de(
        "Der geplante Einstieg des US-Finanzinvestors Blackstone bei der Immobiliengruppe Grünhof ist vom Tisch. "
        "Man habe sich nicht auf die Konditionen einigen können, teilten beide Seiten mit.",
        [stake("Blackstone", "Grünhof", F)],
    ),
    de(
        "Ob der Onlinehändler Schuhpalast tatsächlich zum Verkauf steht, ist offen. "
        "Berichte über ein Interesse von Zalando hatte das Unternehmen zuletzt als „reine Spekulation“ bezeichnet.",
        [acq("Zalando", "Schuhpalast", D)],
    ),
    de(
        "Pünktlich zur Fußball-EM bringt der Getränkehersteller Quellbrunn eine Sonderedition seiner Limonade mit Motiven der Nationalmannschaft heraus. "
        "Analysten erwarten davon vor allem einen Imagegewinn.",
        [],
    ),
    de(
        "Die Gespräche über eine Übernahme des Bezahldienstes Klarfix durch die Deutsche Bank sind nach Angaben beider Unternehmen weit fortgeschritten.",
        [acq("Deutsche Bank", "Klarfix", T)],
    ),
    de(
        "Mit Nadine Krause verliert der Chipkonzern Infineon seine Chefin der KI-Forschung an das Münchner Start-up Quantenwerk. "
        "Dieses habe ihr nach Informationen der „Süddeutschen Zeitung“ ein Paket aus Gehalt und Unternehmensanteilen im Wert von rund fünf Millionen Euro geboten.",
        [
            dep("Nadine Krause", "Infineon", CA),
            hire("Nadine Krause", "Quantenwerk", CA),
            poa("Quantenwerk", "Infineon", CA),
        ],
        optional=[pos("Nadine Krause", "Infineon")],
    ),
    de(
        "Der Vorstandsvorsitzende der Kronberg Versicherung, Heiko Marquardt, hat dementiert, dass er für den Chefposten bei der Allianz im Gespräch sei. "
        "„Ich bin hier sehr glücklich“, sagte er.",
        [
            hire("Heiko Marquardt", "Allianz", D),
            pos("Heiko Marquardt", "Kronberg Versicherung"),
        ],
        optional=[dep("Heiko Marquardt", "Kronberg Versicherung", D)],
    ),
    de(
        "Wie aus Finanzkreisen verlautete, erwägt SAP eine Minderheitsbeteiligung an dem Kölner KI-Start-up Textur. "
        "Das Investment solle sich auf rund 100 Millionen Euro belaufen.",
        [stake("SAP", "Textur", R)],
    ),
    de(
        "Die Übernahme ist durch: Seit Dienstag gehört der Bielefelder Küchenhersteller Moderna Küchen offiziell zum schwedischen Konzern Nordhem.",
        [acq("Nordhem", "Moderna Küchen", C)],
    ),
    de(
        "Anders als zunächst berichtet, wechselt der frühere Vodafone-Manager Thomas Reuter nicht zur Telekom, sondern zum Netzbetreiber 1&1. "
        "Das bestätigte ein Sprecher von 1&1 am Freitag.",
        [
            hire("Thomas Reuter", "Telekom", [D, F]),
            hire("Thomas Reuter", "1&1", CA),
            pos("Thomas Reuter", "Vodafone"),
        ],
    ),
    de(
        "Der Kölner Versicherungsmakler Rheinlanddirekt und der Vergleichsportalbetreiber Tarifheld wollen künftig gemeinsam Cyberpolicen für Handwerksbetriebe anbieten. "
        "Eine Beteiligung sei nicht geplant, betonten beide Unternehmen.",
        [par(["Rheinlanddirekt", "Tarifheld"], CA)],
    ),
    de(
        "Die US-Handelsaufsicht FTC hat ihre Einwände gegen die Übernahme des Softwareanbieters Cloudnest durch den Datenbankspezialisten Ferromind fallen gelassen. "
        "Damit sei der Weg für den Abschluss frei, erklärte Ferromind; vollzogen werden solle das Geschäft noch in dieser Woche.",
        [acq("Ferromind", "Cloudnest", A)],
    ),
    de(
        "Der Verkauf des Regionalsenders Kanal Süd an die französische Groupe Lumen ist am Widerstand der Medienaufsicht gescheitert. "
        "Die Kommission zur Ermittlung der Konzentration im Medienbereich hatte eine vorherrschende Meinungsmacht befürchtet.",
        [acq("Groupe Lumen", "Kanal Süd", F)],
    ),
    de(
        "Die frühere OpenAI-Forscherin Lea Wagner baut in Berlin ein eigenes KI-Labor auf. "
        "Für ihr Start-up Kernfeld habe sie nach eigenen Angaben bereits 40 Millionen Euro eingesammelt, unter anderem vom Wagniskapitalgeber Lakestar.",
        [
            pos("Lea Wagner", "OpenAI"),
            pos("Lea Wagner", "Kernfeld"),
            inv("Lakestar", "Kernfeld", C),
        ],
    ),
    de(
        "Gerüchte, wonach sich Nvidia an dem Dresdner Chip-Start-up Siliziumwerk beteiligen wolle, wies Siliziumwerk-Chef Markus Franke als „frei erfunden“ zurück.",
        [
            stake("Nvidia", "Siliziumwerk", D),
            pos("Markus Franke", "Siliziumwerk"),
        ],
    ),
    de(
        "Die britische Wettbewerbsbehörde CMA prüft, ob die Übernahme des Londoner Fintechs Paytide durch die Direktbank Nordbank24 den Wettbewerb beeinträchtigt. "
        "Der Kauf war im Januar vereinbart worden; eine Entscheidung wird für Ende März erwartet.",
        [acq("Nordbank24", "Paytide", A)],
    ),
    de(
        "Die Deutsche Bank holt sich ihren neuen Digitalchef von der Konkurrenz: Andreas Pohl, bislang Technologievorstand der ING Deutschland, wird zum 1. Juli Mitglied des Vorstands, wie das Geldhaus mitteilte.",
        [
            hire("Andreas Pohl", "Deutsche Bank", A),
            pos("Andreas Pohl", "ING Deutschland"),
        ],
        optional=[
            dep("Andreas Pohl", "ING Deutschland", A),
            poa("Deutsche Bank", "ING Deutschland", CA),
        ],
    ),
    de(
        "Sollte sich der Energiekonzern Eonara von seiner Wärmepumpensparte trennen, kämen nach Einschätzung von Analysten vor allem asiatische Hersteller als Käufer infrage. "
        "Der Konzern selbst äußerte sich nicht zu den Spekulationen.",
        [],
    ),
    de(
        "Der Aufsichtsratschef des Bauchemiekonzerns Mörtelwerk, Bernd Sattler, legt sein Mandat mit sofortiger Wirkung nieder. "
        "Hintergrund seien Meinungsverschiedenheiten mit dem Vorstand über die Strategie, hieß es in einer Pflichtmitteilung.",
        [dep("Bernd Sattler", "Mörtelwerk", C)],
        optional=[pos("Bernd Sattler", "Mörtelwerk")],
    ),
]
