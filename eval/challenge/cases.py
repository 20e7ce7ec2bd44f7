# ruff: noqa: E501  (one case per line reads best)
"""Challenge set for the dealgraph rule-based extractor. All companies/persons invented
(except a few well-known real companies). "type" and "status" may be a list of acceptable
values; "optional" events are neither required nor counted as false positives."""

from builders import (
    CA,
    TR,
    A,
    C,
    D,
    F,
    R,
    T,
    acq,
    case,
    dep,
    hire,
    inv,
    mer,
    par,
    poach,
    pos,
    stake,
)

CASES = [
    # ---------------- English: acquisitions ----------------
    case(
        "en",
        "Orbital Dynamics to buy Lumen Forge for $2.1 billion",
        [acq("Orbital Dynamics", "Lumen Forge", A)],
    ),
    case(
        "en",
        "Kestrel Robotics has agreed to acquire Brightwater Analytics in a deal valued at $640 million, the companies said on Tuesday.",
        [acq("Kestrel Robotics", "Brightwater Analytics", A)],
    ),
    case(
        "en",
        "Halvorsen Group said on Monday it had completed its purchase of Nordvik Marine, a maker of ship engines.",
        [acq("Halvorsen Group", "Nordvik Marine", C)],
    ),
    case(
        "en",
        "Cloud security startup Vantix Labs was acquired by Microsoft for an undisclosed sum.",
        [acq("Microsoft", "Vantix Labs", C)],
    ),
    case(
        "en",
        "The takeover of Greyfield Pharma by Aster Biosciences is expected to close in the third quarter.",
        [acq("Aster Biosciences", "Greyfield Pharma", A)],
    ),
    case(
        "en",
        "Payments firm Quillpay snapped up fraud-detection startup Sentrik for about $90 million.",
        [acq("Quillpay", "Sentrik", C)],
    ),
    case(
        "en",
        "Ridgeline Capital bought a 20% stake in Solace Energy last year.",
        [stake("Ridgeline Capital", "Solace Energy", C)],
    ),
    case(
        "en",
        "Tamsin Foods, which was bought by Harbor Lane Partners in 2019, is being put up for sale again.",
        [acq("Harbor Lane Partners", "Tamsin Foods", C)],
    ),
    case(
        "en",
        "Acme Corp completed the acquisition of Zeta Systems on Friday. The company paid $1.2 billion in cash.",
        [acq("Acme", "Zeta Systems", C)],
    ),
    case(
        "en",
        "Brandt Logistics announced on Wednesday that it will acquire Coastway Freight. The deal is expected to close by year-end.",
        [acq("Brandt Logistics", "Coastway Freight", A)],
    ),
    case(
        "en",
        "Silverline Media is in talks to buy podcast network Echo Hollow, according to people familiar with the matter.",
        [acq("Silverline Media", "Echo Hollow", TR)],
    ),
    case(
        "en",
        "Pinecrest Health walked away from talks to buy Meridian Clinics after the two sides failed to agree on price.",
        [acq("Pinecrest Health", "Meridian Clinics", F)],
    ),
    case(
        "en",
        "Norland Steel's board rejected a $4 billion takeover offer from Calder Industries.",
        [acq("Calder Industries", "Norland Steel", F)],
    ),
    case(
        "en",
        "Vireo Software denied a report that it was in talks to acquire Stackwise.",
        [acq("Vireo Software", "Stackwise", D)],
    ),
    case(
        "en",
        "Gantry Partners is considering a bid for Oakmere Retail, sources said.",
        [acq("Gantry Partners", "Oakmere Retail", R)],
    ),
    case(
        "en",
        "Talon Aerospace's proposed acquisition of Wrenfield Avionics was blocked by regulators on Thursday.",
        [acq("Talon Aerospace", "Wrenfield Avionics", F)],
    ),
    case(
        "en",
        "Shares of Corvid Games jumped 30% after Tencent agreed to take over the studio.",
        [acq("Tencent", "Corvid Games", A)],
    ),
    case(
        "en",
        "Marlow Bank said it would buy rival Eastgate Savings for 1.3 billion pounds.",
        [acq("Marlow Bank", "Eastgate Savings", A)],
    ),
    case(
        "en",
        "Dunmore Chemicals sold its coatings business Pellucid Coatings to Arcadia Partners for $700 million.",
        [acq("Arcadia Partners", "Pellucid Coatings", C)],
    ),
    case(
        "en",
        "Sable Networks agreed to be acquired by private equity firm Thornbury Capital for $3.4 billion.",
        [acq("Thornbury Capital", "Sable Networks", A)],
    ),
    case(
        "en",
        "Aster Biosciences completes $2bn takeover of Greyfield Pharma",
        [acq("Aster Biosciences", "Greyfield Pharma", C)],
    ),
    case(
        "en",
        "Microsoft has acquired Stackwise, a developer-tools startup, the company said in a blog post.",
        [acq("Microsoft", "Stackwise", C)],
    ),
    case(
        "en",
        "In a deal valued at $1.1 billion, Harbor Lane Partners will take Fenwick Outdoor private.",
        [acq("Harbor Lane Partners", "Fenwick Outdoor", A)],
    ),
    case(
        "en",
        "Calder Industries said on Friday it had abandoned its bid for Norland Steel.",
        [acq("Calder Industries", "Norland Steel", F)],
    ),
    case(
        "en",
        "Eastgate Savings rebuffed a takeover approach from Marlow Bank, people familiar with the matter said.",
        [acq("Marlow Bank", "Eastgate Savings", F)],
    ),
    case(
        "en",
        "Kestrel Robotics is said to be weighing an acquisition of Pallas Drones.",
        [acq("Kestrel Robotics", "Pallas Drones", R)],
    ),
    case(
        "en",
        "Ridgeline Capital took control of Solace Energy in January after raising its holding to 55%.",
        [acq("Ridgeline Capital", "Solace Energy", C)],
    ),
    case(
        "en", "Sentrik, which Quillpay acquired in 2022, is cutting 40 jobs.", [acq("Quillpay", "Sentrik", C)]
    ),
    case(
        "en",
        "Halvorsen Group to sell shipping arm Nordvik Marine to Calder Industries",
        [acq("Calder Industries", "Nordvik Marine", A)],
    ),
    case(
        "en",
        "Lumen Forge is being bought by Orbital Dynamics. The deal, announced on Monday, values the company at $2.1 billion.",
        [acq("Orbital Dynamics", "Lumen Forge", A)],
    ),
    case(
        "en",
        "Orbital Dynamics said it had agreed to buy Lumen Forge. It expects the transaction to close in June.",
        [acq("Orbital Dynamics", "Lumen Forge", A)],
    ),
    case(
        "en",
        "Verdant Grocers has struck a deal to purchase regional chain Hillside Markets, the company said.",
        [acq("Verdant Grocers", "Hillside Markets", A)],
    ),
    case(
        "en",
        "Wrenfield Avionics shareholders approved the company's sale to Talon Aerospace on Tuesday.",
        [acq("Talon Aerospace", "Wrenfield Avionics", A)],
    ),
    # ---------------- English: investments ----------------
    case(
        "en",
        "Fintech startup Lendora raised $50 million in a Series B round led by Northgate Ventures.",
        [inv("Northgate Ventures", "Lendora", C)],
    ),
    case(
        "en",
        "Berlin-based Koala Health has raised $12 million from Redwater Ventures and Helix Partners.",
        [inv("Redwater Ventures", "Koala Health", C), inv("Helix Partners", "Koala Health", C)],
    ),
    case("en", "Google invested $300 million in AI startup Quorra Labs.", [inv("Google", "Quorra Labs", C)]),
    case(
        "en",
        "Brightpath Capital led a $25 million Series A round in Nimbus Grid.",
        [inv("Brightpath Capital", "Nimbus Grid", C)],
    ),
    case(
        "en",
        "Cadence Foods secured 8 million euros in seed funding from Lakeview Ventures.",
        [inv("Lakeview Ventures", "Cadence Foods", C)],
    ),
    case(
        "en",
        "Orrin Motors is investing $1 billion in battery maker Voltara, the companies said.",
        [inv("Orrin Motors", "Voltara", CA)],
    ),
    case(
        "en",
        "Hexa Robotics closed a $40 million funding round backed by Summit Peak Ventures.",
        [inv("Summit Peak Ventures", "Hexa Robotics", C)],
    ),
    # ---------------- English: mergers ----------------
    case(
        "en",
        "Albion Insurance and Crestmark Mutual agreed to merge, creating the country's third-largest insurer.",
        [mer(["Albion Insurance", "Crestmark Mutual"], A)],
    ),
    case(
        "en",
        "Vesta Pharma will merge with Calloway Therapeutics in an all-stock deal.",
        [mer(["Vesta Pharma", "Calloway Therapeutics"], A)],
    ),
    case(
        "en",
        "The merger of Redline Rail and Northstar Transit was completed on Monday.",
        [mer(["Redline Rail", "Northstar Transit"], C)],
    ),
    case(
        "en",
        "Shareholders of Fairhaven Bancorp approved the combination with Tidewater Financial.",
        [mer(["Fairhaven Bancorp", "Tidewater Financial"], A)],
    ),
    case(
        "en",
        "Talks on a merger between Ostrava Airlines and Baltica Air collapsed on Friday.",
        [mer(["Ostrava Airlines", "Baltica Air"], F)],
    ),
    # ---------------- English: partnerships ----------------
    case(
        "en",
        "Lumen Forge struck a partnership with Siemens to build factory software.",
        [par(["Lumen Forge", "Siemens"], CA)],
    ),
    case(
        "en",
        "Kestrel Robotics teams up with Arden Motors on self-driving delivery vans",
        [par(["Kestrel Robotics", "Arden Motors"], CA)],
    ),
    case(
        "en",
        "SAP and Fernhill Analytics have signed a strategic partnership agreement.",
        [par(["SAP", "Fernhill Analytics"], CA)],
    ),
    case(
        "en",
        "Quanta Bio entered into a licensing deal with Merriweather Pharma worth up to $500 million.",
        [par(["Quanta Bio", "Merriweather Pharma"], CA)],
    ),
    case(
        "en",
        "Orbital Dynamics and Skyreach Launch announced a joint venture to develop satellite buses.",
        [par(["Orbital Dynamics", "Skyreach Launch"], CA)],
    ),
    # ---------------- English: hires ----------------
    case(
        "en",
        "Zephyr Bank named Priya Raman as chief executive, effective March 1.",
        [hire("Priya Raman", "Zephyr Bank", CA)],
        [pos("Priya Raman", "Zephyr Bank")],
    ),
    case(
        "en",
        "Halvorsen Group appointed Tomas Berger CEO on Monday.",
        [hire("Tomas Berger", "Halvorsen Group", C)],
        [pos("Tomas Berger", "Halvorsen Group")],
    ),
    case(
        "en",
        "Maria Lindqvist joins Copperleaf Energy as CFO",
        [hire("Maria Lindqvist", "Copperleaf Energy", CA)],
        [pos("Maria Lindqvist", "Copperleaf Energy")],
    ),
    case(
        "en",
        "Former Google executive Daniel Okafor has joined Nimbus Grid as chief technology officer.",
        [hire("Daniel Okafor", "Nimbus Grid", C)],
        [
            pos("Daniel Okafor", "Google"),
            pos("Daniel Okafor", "Nimbus Grid"),
            dep("Daniel Okafor", "Google", C),
        ],
    ),
    case(
        "en",
        "Stratos Airlines has hired Elena Petrova, previously chief operating officer at Baltica Air, as its new COO.",
        [hire("Elena Petrova", "Stratos Airlines", C), pos("Elena Petrova", "Baltica Air")],
        [pos("Elena Petrova", "Stratos Airlines"), dep("Elena Petrova", "Baltica Air", C)],
    ),
    case(
        "en",
        "Arden Motors has poached James Whitfield from Tesla to run its battery division.",
        [hire("James Whitfield", "Arden Motors", C), poach("Arden Motors", "Tesla", C)],
        [dep("James Whitfield", "Tesla", C)],
    ),
    case(
        "en",
        "Velora Cosmetics promoted Sarah Kim to chief executive.",
        [hire("Sarah Kim", "Velora Cosmetics", C)],
        [pos("Sarah Kim", "Velora Cosmetics")],
    ),
    case(
        "en",
        "Grant Hollister will become chief executive of Marlow Bank in April.",
        [hire("Grant Hollister", "Marlow Bank", A)],
        [pos("Grant Hollister", "Marlow Bank")],
    ),
    case(
        "en",
        "Dunmore Chemicals said Rachel Adeyemi would take over as CEO from Paul Fenwick, who is retiring.",
        [hire("Rachel Adeyemi", "Dunmore Chemicals", A), dep("Paul Fenwick", "Dunmore Chemicals", A)],
        [pos("Rachel Adeyemi", "Dunmore Chemicals"), pos("Paul Fenwick", "Dunmore Chemicals")],
    ),
    case(
        "en",
        "Nimbus Grid has hired Omar Siddiqui, a former Microsoft engineer, to lead its AI team.",
        [hire("Omar Siddiqui", "Nimbus Grid", C), pos("Omar Siddiqui", "Microsoft")],
        [dep("Omar Siddiqui", "Microsoft", C)],
    ),
    # ---------------- English: departures ----------------
    case(
        "en",
        "Vireo Software CEO Mark Ellison steps down",
        [dep("Mark Ellison", "Vireo Software", CA), pos("Mark Ellison", "Vireo Software")],
    ),
    case(
        "en",
        "Linda Moreau will retire as chief financial officer of Castell Foods at the end of the year.",
        [dep("Linda Moreau", "Castell Foods", A)],
        [pos("Linda Moreau", "Castell Foods")],
    ),
    case(
        "en",
        "Peter Lang resigned as chairman of Greyfield Pharma on Monday.",
        [dep("Peter Lang", "Greyfield Pharma", C)],
        [pos("Peter Lang", "Greyfield Pharma")],
    ),
    case(
        "en",
        "Tarnwood Systems fired its chief executive, Oliver Brandt, after an internal probe.",
        [dep("Oliver Brandt", "Tarnwood Systems", C)],
        [pos("Oliver Brandt", "Tarnwood Systems")],
    ),
    case(
        "en",
        "Nadia Hussain is leaving Quillpay after five years to start her own venture.",
        [dep("Nadia Hussain", "Quillpay", A)],
    ),
    case(
        "en",
        "Talon Aerospace said chief financial officer Kevin Marsh had left the company.",
        [dep("Kevin Marsh", "Talon Aerospace", C)],
        [pos("Kevin Marsh", "Talon Aerospace")],
    ),
    # ---------------- English: positions ----------------
    case(
        "en",
        '"We are very pleased with the quarter," Copperleaf Energy CEO Maria Lindqvist said.',
        [pos("Maria Lindqvist", "Copperleaf Energy")],
    ),
    case(
        "en",
        "Jonas Weber, the founder of Pixelmint, said the startup would focus on Europe.",
        [pos("Jonas Weber", "Pixelmint")],
    ),
    case(
        "en",
        "Brightwater Analytics, founded by Aisha Karim in 2015, employs 300 people.",
        [pos("Aisha Karim", "Brightwater Analytics")],
    ),
    case(
        "en",
        "Amir Haddad, chief executive of Solace Energy, told reporters the company was doing well.",
        [pos("Amir Haddad", "Solace Energy")],
    ),
    case(
        "en",
        "Pinecrest Health chairman Robert Quinn declined to comment.",
        [pos("Robert Quinn", "Pinecrest Health")],
    ),
    # ---------------- English: poaching ----------------
    case(
        "en",
        "Nimbus Grid has been trying to lure engineers from Vantix Labs with higher salaries.",
        [poach("Nimbus Grid", "Vantix Labs", T)],
    ),
    case(
        "en",
        "Quorra Labs has hired more than 20 engineers from Halvorsen Group's robotics unit in recent months.",
        [poach("Quorra Labs", "Halvorsen Group", C)],
    ),
    # ---------------- German: Übernahmen ----------------
    case(
        "de",
        "Die Tarnwood AG übernimmt den Softwareanbieter Klarfeld GmbH.",
        [acq("Tarnwood", "Klarfeld", CA)],
    ),
    case(
        "de",
        "Der Münchner Maschinenbauer Hollberg hat den Zulieferer Vesper Antriebe übernommen.",
        [acq("Hollberg", "Vesper Antriebe", C)],
    ),
    case(
        "de",
        "Die Brenner Gruppe kauft den Logistiker Falkner Spedition für 300 Millionen Euro zu.",
        [acq("Brenner Gruppe", "Falkner Spedition", CA)],
    ),
    case(
        "de",
        "Der Finanzinvestor Lindwurm Capital steigt bei der Haller Bau AG ein.",
        [stake("Lindwurm Capital", "Haller Bau", CA)],
    ),
    case(
        "de",
        "Die Ostwind Energie AG gibt ihre Tochter Nordlicht Solar an die Sterling Gruppe ab.",
        [acq("Sterling Gruppe", "Nordlicht Solar", CA)],
    ),
    case(
        "de",
        "Die Kessler Holding übernimmt die Mehrheit an der Rheinau Werke AG.",
        [acq("Kessler Holding", "Rheinau Werke", CA)],
    ),
    case(
        "de",
        "Wie der Konzern am Montag mitteilte, hat Siemens die Mehrheit an dem Start-up Quantel übernommen.",
        [acq("Siemens", "Quantel", C)],
    ),
    case(
        "de",
        "Branchenkreisen zufolge verhandelt SAP über eine Übernahme des Münchner Start-ups Datenwerk.",
        [acq("SAP", "Datenwerk", TR)],
    ),
    case(
        "de",
        "Insidern zufolge erwägt die Falkenstein AG, den Konkurrenten Moritz Werke zu kaufen.",
        [acq("Falkenstein", "Moritz Werke", R)],
    ),
    case(
        "de",
        "Die Verhandlungen über eine Übernahme der Bergbräu GmbH durch die Alpenquell Gruppe sind gescheitert.",
        [acq("Alpenquell Gruppe", "Bergbräu", F)],
    ),
    case(
        "de",
        "Der Vorstand der Haller Bau AG lehnte das Übernahmeangebot der Kessler Holding ab.",
        [acq("Kessler Holding", "Haller Bau", F)],
    ),
    case(
        "de",
        "Die Sterling Gruppe dementierte einen Bericht, wonach sie an einer Übernahme von Vesper Antriebe interessiert sei.",
        [acq("Sterling Gruppe", "Vesper Antriebe", D)],
    ),
    case(
        "de",
        "Das Bundeskartellamt hat die Übernahme von Rheinau Werke durch die Kessler Holding untersagt.",
        [acq("Kessler Holding", "Rheinau Werke", F)],
    ),
    case(
        "de",
        "Die Übernahme der Falkner Spedition durch die Brenner Gruppe ist abgeschlossen.",
        [acq("Brenner Gruppe", "Falkner Spedition", C)],
    ),
    case(
        "de",
        "Am Dienstag wurde bekannt, dass die Alpenquell Gruppe die Bergbräu GmbH übernimmt.",
        [acq("Alpenquell Gruppe", "Bergbräu", A)],
    ),
    case(
        "de",
        "Nach Angaben der Zeitung will die Tarnwood AG den Sensorhersteller Optiq erwerben.",
        [acq("Tarnwood", "Optiq", TR)],
    ),
    case("de", "Die Klarfeld GmbH wurde 2021 von der Tarnwood AG gekauft.", [acq("Tarnwood", "Klarfeld", C)]),
    case(
        "de",
        "Hollberg, das erst im vergangenen Jahr Vesper Antriebe geschluckt hatte, kauft nun auch die Mira Technik.",
        [acq("Hollberg", "Vesper Antriebe", C), acq("Hollberg", "Mira Technik", CA)],
    ),
    case(
        "de",
        "Die Wendel AG baut ihr Cloud-Geschäft aus. Der Konzern kauft den Berliner Anbieter Nubis Data für 120 Millionen Euro.",
        [acq("Wendel", "Nubis Data", CA)],
    ),
    case(
        "de",
        "Der US-Konzern Microsoft schnappt sich das Berliner KI-Start-up Neurovia.",
        [acq("Microsoft", "Neurovia", CA)],
    ),
    case(
        "de",
        "Die Alpenquell Gruppe hat ihre Beteiligung an der Bergbräu GmbH auf 80 Prozent aufgestockt.",
        [acq("Alpenquell Gruppe", "Bergbräu", C)],
    ),
    case(
        "de",
        "Die Übernahme der Nubis Data durch die Wendel AG soll bis Jahresende abgeschlossen sein.",
        [acq("Wendel", "Nubis Data", A)],
    ),
    case(
        "de",
        "Optiq wies Berichte über einen Verkauf an die Tarnwood AG zurück.",
        [acq("Tarnwood", "Optiq", D)],
    ),
    case(
        "de",
        "Die Kessler Holding hat ihr Angebot für die Rheinau Werke AG zurückgezogen.",
        [acq("Kessler Holding", "Rheinau Werke", F)],
    ),
    case(
        "de",
        "Die Ferrox Stahl AG hat die Übernahme des Walzwerks Brandt unter Dach und Fach gebracht. Der Konzern zahlt 450 Millionen Euro.",
        [acq("Ferrox Stahl", "Walzwerk Brandt", C)],
    ),
    case(
        "de",
        "Der Pharmakonzern Lindgren Pharma soll an einer Übernahme der Medivo AG interessiert sein, berichtet das Handelsblatt.",
        [acq("Lindgren Pharma", "Medivo", R)],
    ),
    case("de", "Die Medivo AG wird von Lindgren Pharma übernommen.", [acq("Lindgren Pharma", "Medivo", A)]),
    case(
        "de",
        "Die Quintor AG hat sich mit der Sterling Gruppe auf den Verkauf ihrer Tochter Datenwerk an Sterling geeinigt.",
        [acq("Sterling Gruppe", "Datenwerk", A)],
    ),
    # ---------------- German: Fusionen ----------------
    case(
        "de",
        "Die Fusion von Albis Versicherung und Rhenus Leben ist perfekt.",
        [mer(["Albis Versicherung", "Rhenus Leben"], CA)],
    ),
    case(
        "de",
        "Die Stadtwerke Lennep und die Stadtwerke Ohlau wollen fusionieren.",
        [mer(["Stadtwerke Lennep", "Stadtwerke Ohlau"], [A, T])],
    ),
    case(
        "de", "Die Nordbank AG verschmilzt mit der Hanse Kredit AG.", [mer(["Nordbank", "Hanse Kredit"], CA)]
    ),
    case(
        "de",
        "Der geplante Zusammenschluss zwischen Ferrox Stahl und Walzwerk Brandt ist geplatzt.",
        [mer(["Ferrox Stahl", "Walzwerk Brandt"], F)],
    ),
    case(
        "de",
        "Kranich Reisen und Sonnenweg Touristik haben ihre Fusion besiegelt.",
        [mer(["Kranich Reisen", "Sonnenweg Touristik"], CA)],
    ),
    # ---------------- German: Partnerschaften ----------------
    case(
        "de",
        "SAP und die Quintor AG vereinbaren eine strategische Partnerschaft im Bereich KI.",
        [par(["SAP", "Quintor"], CA)],
    ),
    case(
        "de",
        "Die Hollberg AG kooperiert künftig mit dem Batteriehersteller Voltis.",
        [par(["Hollberg", "Voltis"], CA)],
    ),
    case(
        "de",
        "Tarnwood und Siemens gründen ein Gemeinschaftsunternehmen für Wasserstofftechnik.",
        [par(["Tarnwood", "Siemens"], CA)],
    ),
    case(
        "de",
        "Die Brenner Gruppe arbeitet bei der Lagerautomatisierung mit dem Start-up Robomatik zusammen.",
        [par(["Brenner Gruppe", "Robomatik"], CA)],
    ),
    # ---------------- German: Finanzierungen ----------------
    case(
        "de",
        "Das Berliner Fintech Zahlwerk sammelt 30 Millionen Euro unter Führung von Lakeview Ventures ein.",
        [inv("Lakeview Ventures", "Zahlwerk", CA)],
    ),
    case(
        "de",
        "Das Münchner Start-up Flinkbot hat 15 Millionen Euro von den Investoren Alpenblick Capital und Nordstern Ventures erhalten.",
        [inv("Alpenblick Capital", "Flinkbot", C), inv("Nordstern Ventures", "Flinkbot", C)],
    ),
    case(
        "de",
        "Der Autobauer Arden Motors investiert 200 Millionen Euro in den Batteriehersteller Voltis.",
        [inv("Arden Motors", "Voltis", CA)],
    ),
    case(
        "de",
        "Die Sterling Gruppe beteiligt sich mit 25 Prozent an der Mira Technik.",
        [stake("Sterling Gruppe", "Mira Technik", CA)],
    ),
    case(
        "de",
        "Lindwurm Capital führt eine Finanzierungsrunde über 40 Millionen Euro bei dem Start-up Gridly an.",
        [inv("Lindwurm Capital", "Gridly", CA)],
    ),
    # ---------------- German: Personalien (hire) ----------------
    case(
        "de",
        "Die Haller Bau AG holt Tomas Berger als Finanzchef.",
        [hire("Tomas Berger", "Haller Bau", CA)],
        [pos("Tomas Berger", "Haller Bau")],
    ),
    case(
        "de",
        "Anna Vogt wird neue Vorstandschefin der Kessler Holding.",
        [hire("Anna Vogt", "Kessler Holding", A)],
        [pos("Anna Vogt", "Kessler Holding")],
    ),
    case(
        "de",
        "Der Aufsichtsrat der Wendel AG hat Stefan Kraus zum Vorstandsvorsitzenden ernannt.",
        [hire("Stefan Kraus", "Wendel", C)],
        [pos("Stefan Kraus", "Wendel")],
    ),
    case(
        "de",
        "Julia Brandner wechselt von der Falkenstein AG zur Tarnwood AG.",
        [hire("Julia Brandner", "Tarnwood", CA), dep("Julia Brandner", "Falkenstein", CA)],
    ),
    case(
        "de",
        "Markus Heller soll neuer Chef der Alpenquell Gruppe werden.",
        [hire("Markus Heller", "Alpenquell Gruppe", [A, R])],
        [pos("Markus Heller", "Alpenquell Gruppe")],
    ),
    case(
        "de",
        "Zum 1. Juli stößt Claudia Riemer als Technikvorständin zur Nordbank.",
        [hire("Claudia Riemer", "Nordbank", A)],
        [pos("Claudia Riemer", "Nordbank")],
    ),
    case(
        "de",
        "Die Bergbräu GmbH hat Sabine Wolf als neue Geschäftsführerin eingestellt.",
        [hire("Sabine Wolf", "Bergbräu", C)],
        [pos("Sabine Wolf", "Bergbräu")],
    ),
    case(
        "de",
        "Der frühere SAP-Manager Frank Ostermann heuert bei der Quintor AG an.",
        [hire("Frank Ostermann", "Quintor", CA)],
        [pos("Frank Ostermann", "SAP"), dep("Frank Ostermann", "SAP", C)],
    ),
    case(
        "de",
        "Neuer Finanzvorstand der Medivo AG wird Thomas Gerber, bisher bei Lindgren Pharma.",
        [hire("Thomas Gerber", "Medivo", A)],
        [
            pos("Thomas Gerber", "Medivo"),
            pos("Thomas Gerber", "Lindgren Pharma"),
            dep("Thomas Gerber", "Lindgren Pharma", CA),
        ],
    ),
    case(
        "de",
        "Der Aufsichtsrat hat Katrin Meyer zur neuen Vorstandschefin der Hanse Kredit AG bestellt.",
        [hire("Katrin Meyer", "Hanse Kredit", C)],
        [pos("Katrin Meyer", "Hanse Kredit")],
    ),
    # ---------------- German: Abgänge ----------------
    case(
        "de",
        "Klaus Reimann tritt als Chef der Ferrox Stahl AG zurück.",
        [dep("Klaus Reimann", "Ferrox Stahl", CA)],
        [pos("Klaus Reimann", "Ferrox Stahl")],
    ),
    case(
        "de",
        "Vorstandschefin Petra Lorenz verlässt die Rhenus Leben zum Jahresende.",
        [dep("Petra Lorenz", "Rhenus Leben", A)],
        [pos("Petra Lorenz", "Rhenus Leben")],
    ),
    case(
        "de",
        "Der Finanzvorstand der Mira Technik, Jan Petersen, scheidet Ende März aus dem Unternehmen aus.",
        [dep("Jan Petersen", "Mira Technik", A), pos("Jan Petersen", "Mira Technik")],
    ),
    case(
        "de",
        "Nach zwölf Jahren an der Spitze der Nordbank geht Werner Scholl in den Ruhestand.",
        [dep("Werner Scholl", "Nordbank", CA)],
        [pos("Werner Scholl", "Nordbank")],
    ),
    case(
        "de",
        "Die Falkenstein AG trennt sich von ihrem Vorstandschef Dirk Hansen.",
        [dep("Dirk Hansen", "Falkenstein", CA)],
        [pos("Dirk Hansen", "Falkenstein")],
    ),
    case(
        "de",
        "Der Aufsichtsrat von Kranich Reisen hat Vertriebsvorstand Ralf Schöne abberufen.",
        [dep("Ralf Schöne", "Kranich Reisen", C)],
        [pos("Ralf Schöne", "Kranich Reisen")],
    ),
    case(
        "de",
        "Holger Brandt gibt sein Amt als Vorstandsvorsitzender der Albis Versicherung ab.",
        [dep("Holger Brandt", "Albis Versicherung", CA)],
        [pos("Holger Brandt", "Albis Versicherung")],
    ),
    case(
        "de",
        "Wie das Unternehmen mitteilte, legt Martin Keller sein Mandat als Aufsichtsratschef von Tarnwood nieder.",
        [dep("Martin Keller", "Tarnwood", CA)],
        [pos("Martin Keller", "Tarnwood")],
    ),
    # ---------------- German: Positionen ----------------
    case(
        "de",
        "Tarnwood-Chef Helmut Krane sagte, man sei mit dem Quartal zufrieden.",
        [pos("Helmut Krane", "Tarnwood")],
    ),
    case(
        "de",
        "Vorstandsvorsitzender Bernd Falk von der Wendel AG kündigte Einsparungen an.",
        [pos("Bernd Falk", "Wendel")],
    ),
    case(
        "de",
        "Die Gründerin von Zahlwerk, Lea Simon, rechnet mit weiterem Wachstum.",
        [pos("Lea Simon", "Zahlwerk")],
    ),
    case(
        "de",
        "„Wir wachsen stark“, sagte Stefan Kraus, Vorstandschef der Wendel AG.",
        [pos("Stefan Kraus", "Wendel")],
    ),
    case(
        "de",
        "Gegründet wurde Flinkbot 2019 von Mehmet Yilmaz und Nina Roth.",
        [pos("Mehmet Yilmaz", "Flinkbot"), pos("Nina Roth", "Flinkbot")],
    ),
    # ---------------- German: Abwerbung ----------------
    case(
        "de",
        "Der Chiphersteller Siliqon versucht, Ingenieure von Halbwerk abzuwerben.",
        [poach("Siliqon", "Halbwerk", T)],
    ),
    case(
        "de",
        "Die Kessler Holding hat mehrere Top-Manager der Ferrox Stahl AG abgeworben.",
        [poach("Kessler Holding", "Ferrox Stahl", C)],
    ),
    # ---------------- extra status challenges ----------------
    case(
        "en",
        "Kestrel Robotics could make an offer for Pallas Drones as early as next week, Bloomberg reported.",
        [acq("Kestrel Robotics", "Pallas Drones", R)],
    ),
    case(
        "en",
        "Pallas Drones said it had received a takeover approach from Kestrel Robotics and was reviewing it.",
        [acq("Kestrel Robotics", "Pallas Drones", T)],
    ),
    case(
        "en",
        "Marlow Bank confirmed it is in early-stage talks with Eastgate Savings about a possible combination.",
        [mer(["Marlow Bank", "Eastgate Savings"], T)],
    ),
    case(
        "en",
        "Lumen Forge shareholders voted down the proposed merger with Skyreach Launch on Thursday.",
        [mer(["Lumen Forge", "Skyreach Launch"], F)],
    ),
    case(
        "en",
        "Priya Raman will join Zephyr Bank as chief risk officer in May.",
        [hire("Priya Raman", "Zephyr Bank", A)],
        [pos("Priya Raman", "Zephyr Bank")],
    ),
    case(
        "de",
        "Die Sterling Gruppe hat Gespräche mit der Quintor AG über eine Übernahme bestätigt.",
        [acq("Sterling Gruppe", "Quintor", T)],
    ),
    case(
        "de",
        "Die Wendel AG wird die Nubis Data nun doch nicht übernehmen, teilte der Konzern mit.",
        [acq("Wendel", "Nubis Data", F)],
    ),
    case(
        "de",
        "Anna Vogt hatte die Kessler Holding bereits im Herbst verlassen.",
        [dep("Anna Vogt", "Kessler Holding", C)],
    ),
]
