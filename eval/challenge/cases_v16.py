# ruff: noqa: E501
"""Challenge set v16: short business-news passages in mixed styles (English and German).

Written blind by a helper for error analysis. The helper read only the builders,
the header of cases_v9.py and the event schema; it did not look at the
extractor's code, its tests, the other challenge sets or the dev corpora. All
company and person names are invented.

Styles: wire copy, German agency and newspaper copy, tech blogs, regional papers,
press releases and RSS headlines. Sectors: semiconductors, AI labs, software,
pharma/biotech, banking/insurance, automotive suppliers, energy, retail, media,
logistics, German Mittelstand. About one passage in ten states no corporate
event (earnings, launches, lawsuits, market reports) to test precision.

Conventions used here:
- A person who explicitly leaves an org ("leaves", "wechselt von", "verlässt")
  gets a required departure; a person who merely "joins from" / "kommt von" /
  "previously at" another org gets a required position there (when a role is
  stated) and an optional departure.
- A title at the same org as a stated hire/departure is optional as a position;
  founder roles stay required.
- Signed partnerships accept completed or announced.
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
    # --- wire copy: acquisitions with amounts, dates and statuses
    en(
        "Velantra Semiconductor agreed to buy Dresden-based power-chip designer Ostwerk Microsystems for up to $450 million, including earn-out payments, the companies said on Tuesday. "
        "The deal is expected to close in the third quarter, subject to regulatory approval. "
        "Velantra Chief Executive Priya Nandakumar said the purchase would give the company a foothold in silicon-carbide modules for electric vehicles.",
        [
            acq("Velantra Semiconductor", "Ostwerk Microsystems", A),
            pos("Priya Nandakumar", "Velantra Semiconductor"),
        ],
    ),
    en(
        "Crestmoor Bank is exploring a takeover of smaller rival Linden Trust Bancorp, according to people familiar with the matter. "
        "Deliberations are at an early stage and Crestmoor may decide not to pursue a deal, the people said, asking not to be identified because the matter is private. "
        "Representatives for both banks declined to comment.",
        [acq("Crestmoor Bank", "Linden Trust Bancorp", R)],
    ),
    en(
        "Ridgefield Analytics, a maker of supply-chain planning software, was acquired by private-equity firm Tessaly Partners in a deal valued at about $1.1 billion, the companies said Monday. "
        "The transaction closed on Friday.",
        [acq("Tessaly Partners", "Ridgefield Analytics", C)],
    ),
    en(
        "Aurivo Therapeutics on Wednesday denied a report that it was in talks to sell itself to Brannock Pharma. "
        "'There are no discussions with Brannock or any other party,' a company spokeswoman said. "
        "A trade publication had reported that Brannock approached Aurivo about a deal worth roughly $3 billion.",
        [acq("Brannock Pharma", "Aurivo Therapeutics", D)],
    ),
    en(
        "Kestrel Logistics rejected a $2.4 billion unsolicited offer from rival Northgate Freight, saying the bid 'significantly undervalues' the company and its prospects. "
        "Northgate said it was reviewing its options.",
        [acq("Northgate Freight", "Kestrel Logistics", F)],
    ),
    en(
        "Galloway Industries launched a hostile $5.6 billion tender offer for Pentworth Tools on Monday after the toolmaker's board repeatedly rebuffed its approaches. "
        "The offer of $71 a share runs until Dec. 12.",
        [acq("Galloway Industries", "Pentworth Tools", T)],
    ),
    en(
        "Halden Biosciences has agreed to be acquired. "
        "The buyer, Swiss drugmaker Perrault Santé, will pay $48 a share in cash, a 62% premium, valuing the company at around $2.1 billion.",
        [acq("Perrault Santé", "Halden Biosciences", A)],
    ),
    en(
        "Ostrander Semiconductor completed its previously announced acquisition of Kepler Photonics on Oct. 14, adding about 600 engineers in Austin and Taipei.",
        [acq("Ostrander Semiconductor", "Kepler Photonics", C)],
    ),
    en(
        "Brightwell Oil is in exclusive talks to acquire North Sea producer Carrick Petroleum for about $1.3 billion including debt, the companies confirmed on Friday, adding there was no certainty a deal would be reached.",
        [acq("Brightwell Oil", "Carrick Petroleum", T)],
    ),
    en(
        "Buyout firm Marchmont Equity has completed its purchase of industrial-valve maker Greaves & Lyle from the founding family, ending 90 years of family ownership. "
        "Terms were not disclosed.",
        [acq("Marchmont Equity", "Greaves & Lyle", C)],
    ),
    en(
        "A consortium of Kaldor Infrastructure Partners and Pembrook Pension Fund agreed to buy toll-road operator Veranto Highways for $3.4 billion, the buyers said in a statement.",
        [
            acq("Kaldor Infrastructure Partners", "Veranto Highways", A),
            acq("Pembrook Pension Fund", "Veranto Highways", A),
        ],
    ),
    en(
        "Pellworth Group said on Thursday it had completed the sale of its specialty-chemicals unit Arcadia Polymers to Rhenvale for 1.9 billion euros and agreed to buy U.S. coatings maker Sandler & Pryce for $620 million.",
        [
            acq("Rhenvale", "Arcadia Polymers", C),
            acq("Pellworth Group", "Sandler & Pryce", A),
        ],
    ),
    en(
        "Delmont Foods is buying a majority stake in plant-based snack maker Crunchwell. "
        "The company will pay about $210 million for 60% of the business, with an option to acquire the remainder in 2027.",
        [acq("Delmont Foods", "Crunchwell", A)],
    ),
    en(
        "Sovereign investor Al-Nadir Holdings raised its stake in chip-equipment maker Vessel Lithography to 12% from 7%, a regulatory filing showed.",
        [stake("Al-Nadir Holdings", "Vessel Lithography", C)],
    ),
    en(
        "Norrland Energy is sounding out investors, including sovereign fund Qadira Investment Authority, about selling up to 49% of its grid subsidiary Norrnet, people with knowledge of the matter said.",
        [stake("Qadira Investment Authority", "Norrnet", TR)],
    ),
    # --- failed, blocked, denied
    en(
        "Regulators in Brussels blocked the proposed merger of Arvada Rail and Tolbeck Cargo on Wednesday, saying the combination would have left shippers with too few alternatives. "
        "The two companies said they were terminating their agreement.",
        [mer(["Arvada Rail", "Tolbeck Cargo"], F)],
    ),
    en(
        "Grisham Media and Talonis Entertainment have called off talks about a potential merger after failing to agree on valuation, people familiar with the matter said. "
        "The companies had been in discussions since the summer.",
        [mer(["Grisham Media", "Talonis Entertainment"], F)],
    ),
    en(
        "The planned takeover of regional newspaper group Northern Courier by hedge fund Ashcombe Partners has fallen through after the fund failed to secure financing, the publisher said.",
        [acq("Ashcombe Partners", "Northern Courier", F)],
    ),
    en(
        "Zephyr Logistics 'is not for sale,' Chief Executive Colm Garrity said on Thursday, dismissing reports that U.S. rival Bramwell Transport had made an approach.",
        [
            acq("Bramwell Transport", "Zephyr Logistics", D),
            pos("Colm Garrity", "Zephyr Logistics"),
        ],
    ),
    en(
        "Pharma group Vireant rejected an improved 1.4 billion euro takeover proposal from private-equity investor Caldmoor Partners, its second rebuff in a month.",
        [acq("Caldmoor Partners", "Vireant", F)],
    ),
    # --- headlines (with and without body)
    en(
        "UPDATE 2-Orsino Motors to buy stake in battery maker Gravelle Cells\n"
        "Orsino Motors will take a 24.9% stake in Gravelle Cells for 380 million euros, the carmaker said on Wednesday, as it seeks to secure supply of battery cells for its next generation of electric vans.",
        [stake("Orsino Motors", "Gravelle Cells", A)],
    ),
    en(
        "Brexmoor Bank said to weigh bid for Fairhaven Building Society",
        [acq("Brexmoor Bank", "Fairhaven Building Society", R)],
    ),
    en(
        "Fenwick Pharma's $1.8bn bid for Oakridge Bio collapses",
        [acq("Fenwick Pharma", "Oakridge Bio", F)],
    ),
    en(
        "Solano Robotics names ex-Kaltek executive Dev Raman as CFO",
        [
            hire("Dev Raman", "Solano Robotics", CA),
            pos("Dev Raman", "Kaltek"),
        ],
        optional=[dep("Dev Raman", "Kaltek", ANY)],
    ),
    en(
        "CFO exits Wrenford after accounting probe\n"
        "Wrenford Holdings said Chief Financial Officer Peter Malloy resigned on Sunday, days after the logistics group disclosed an internal review of its revenue recognition.",
        [dep("Peter Malloy", "Wrenford Holdings", C)],
        optional=[pos("Peter Malloy", "Wrenford Holdings")],
    ),
    # --- background deals, hypotheticals
    en(
        "Kinloch Software, which bought data-integration firm Pointwell Data in 2021 for $700 million, said on Monday it would cut 8% of its workforce as growth slows.",
        [acq("Kinloch Software", "Pointwell Data", C)],
    ),
    en(
        "Torvane Capital would consider making an offer for Elmhurst Foods if the grocer's board agreed to open its books, the investment firm said in a letter to shareholders. "
        "Elmhurst said it had not received a proposal.",
        [],
        optional=[acq("Torvane Capital", "Elmhurst Foods", ANY)],
    ),
    en(
        "Since the 2022 merger of Holm Bank and Saxby Savings, the combined lender has closed 140 branches and cut about 2,000 jobs.",
        [mer(["Holm Bank", "Saxby Savings"], C)],
    ),
    en(
        "Harriet Cole, the former CEO of Pinecrest Software who sold the company to Vantage Cloud in 2020, is launching a new AI start-up, Stillwater Labs, backed by $30 million from Bellhaven Ventures.",
        [
            pos("Harriet Cole", "Pinecrest Software"),
            acq("Vantage Cloud", "Pinecrest Software", C),
            pos("Harriet Cole", "Stillwater Labs"),
            inv("Bellhaven Ventures", "Stillwater Labs", CA),
        ],
    ),
    # --- mergers, partnerships
    en(
        "Calder Energy and Westmark Power agreed to combine in an all-stock merger of equals that will create the third-largest independent power producer in the Midwest. "
        "Calder shareholders will own 52% of the combined company, which will be led by Westmark CEO Harold Pines. "
        "Calder CEO Frances Okafor will become executive chair.",
        [
            mer(["Calder Energy", "Westmark Power"], A),
            pos("Harold Pines", "Westmark Power"),
            pos("Frances Okafor", "Calder Energy"),
        ],
    ),
    en(
        "Insurers Thornbury Mutual and Whitcombe Life are in advanced talks to merge, in a deal that would create a group with $40 billion in assets, according to a person familiar with the discussions.",
        [mer(["Thornbury Mutual", "Whitcombe Life"], T)],
    ),
    en(
        "AI labs Epoch Nine and Sable Intelligence have held preliminary talks about combining, according to two people with knowledge of the discussions. "
        "No decision has been made, and the talks could still fall apart, the people said.",
        [mer(["Epoch Nine", "Sable Intelligence"], TR)],
    ),
    en(
        "Insurer Ashby Group said it would merge its asset-management arm, Ashby Investors, with Brightcrest Asset Management, creating a firm overseeing about $310 billion. "
        "The transaction is expected to close in the first half of next year.",
        [mer(["Ashby Investors", "Brightcrest Asset Management"], A)],
    ),
    en(
        "Trellisant Health and Novaquin Biologics signed a multi-year collaboration to develop antibody-drug conjugates, under which Novaquin will receive $75 million upfront and up to $1.2 billion in milestone payments.",
        [par(["Trellisant Health", "Novaquin Biologics"], CA)],
    ),
    en(
        "SAN JOSE, Calif.--(BUSINESS WIRE)--Nexilon Devices, Inc., a provider of RF front-end modules, today announced a strategic partnership with Aldergate Foundry to co-develop gallium-nitride process technology for 6G base stations. "
        "'This collaboration combines our design expertise with Aldergate's manufacturing scale,' said Rachel Imbert, CEO of Nexilon.",
        [
            par(["Nexilon Devices", "Aldergate Foundry"], CA),
            pos("Rachel Imbert", "Nexilon Devices"),
        ],
    ),
    en(
        "Orielle Therapeutics licensed European rights to Sanjo Biopharma's experimental migraine drug, paying $60 million upfront, the companies said.",
        [par(["Orielle Therapeutics", "Sanjo Biopharma"], CA)],
    ),
    en(
        "Volterra Mobility ended its autonomous-driving partnership with lidar maker Skyward Optics, two years after the companies agreed to jointly develop sensors for robotaxis.",
        [par(["Volterra Mobility", "Skyward Optics"], F)],
    ),
    # --- investments and funding rounds
    en(
        "AI lab Meridian Cortex has raised $310 million in a Series C round led by Oakhurst Ventures, with participation from existing backers Pellucid Growth and Strandberg Capital. "
        "The round values the two-year-old company at $2.8 billion, co-founder and CEO Tomasz Wierzbicki said in an interview.",
        [
            inv("Oakhurst Ventures", "Meridian Cortex", C),
            inv("Pellucid Growth", "Meridian Cortex", C),
            inv("Strandberg Capital", "Meridian Cortex", C),
            pos("Tomasz Wierzbicki", "Meridian Cortex"),
        ],
    ),
    en(
        "Scoop: Lumenfield, the start-up building AI agents for accounting firms, is in talks to raise a new round at a $900 million valuation, per two sources. "
        "Harrow Street Capital is expected to lead.",
        [inv("Harrow Street Capital", "Lumenfield", TR)],
    ),
    en(
        "Emberly Ventures and Quantix Capital both invested in the $45 million seed round of Parallax Compute, which was led by Ironwood Fund.",
        [
            inv("Ironwood Fund", "Parallax Compute", C),
            inv("Emberly Ventures", "Parallax Compute", C),
            inv("Quantix Capital", "Parallax Compute", C),
        ],
    ),
    en(
        "Hollins Pharmaceuticals will invest $150 million in gene-editing start-up Corvid Bio as part of a broader research alliance covering rare liver diseases, the companies said.",
        [
            inv("Hollins Pharmaceuticals", "Corvid Bio", A),
            par(["Hollins Pharmaceuticals", "Corvid Bio"], CA),
        ],
    ),
    en(
        "The investment by Tamsin Capital in Oberlin Grid, first announced in May, closed on Tuesday after receiving antitrust clearance.",
        [inv("Tamsin Capital", "Oberlin Grid", C)],
    ),
    en(
        "Castellani Auto Group is said to be weighing an investment in Chinese electric-vehicle start-up Lanyue Motors, according to a person familiar with the plans, who said no decision had been taken.",
        [inv("Castellani Auto Group", "Lanyue Motors", R)],
    ),
    en(
        "Exclusive: Quillfeather, the note-taking app, is being acquired by productivity giant Hexaloom. "
        "The deal, which hasn't been publicly announced, is worth around $250 million, according to two people with knowledge of the terms.",
        [acq("Hexaloom", "Quillfeather", [R, A])],
    ),
    en(
        "AI start-up Corvina has hired Nathan Oyelaran, the former chief scientist of Pallas Research, and raised $120 million from Greyfield Partners and Amberline Capital, the company said on Wednesday.",
        [
            hire("Nathan Oyelaran", "Corvina", C),
            pos("Nathan Oyelaran", "Pallas Research"),
            inv("Greyfield Partners", "Corvina", C),
            inv("Amberline Capital", "Corvina", C),
        ],
        optional=[dep("Nathan Oyelaran", "Pallas Research", ANY)],
    ),
    # --- people: hires, departures, successions, positions
    en(
        "Ambrose Insurance Group has named Celia Marchetti as its next chief financial officer, effective Jan. 1. "
        "Marchetti joins from Holloway Re, where she has been CFO since 2019. "
        "She succeeds Brian Tolland, who is retiring after 14 years with the insurer.",
        [
            hire("Celia Marchetti", "Ambrose Insurance Group", A),
            pos("Celia Marchetti", "Holloway Re"),
            dep("Brian Tolland", "Ambrose Insurance Group", A),
        ],
        optional=[dep("Celia Marchetti", "Holloway Re", ANY)],
    ),
    en(
        "Quorra Semiconductor said on Friday that Chief Technology Officer Lars Engstrom had left the company with immediate effect to 'pursue other opportunities'. "
        "The chipmaker did not name a successor.",
        [dep("Lars Engstrom", "Quorra Semiconductor", C)],
        optional=[pos("Lars Engstrom", "Quorra Semiconductor")],
    ),
    en(
        "'I'm thrilled to be joining such a talented team,' said Ines Calloway, who starts next month as chief executive of digital publisher Brightwater Media. "
        "Calloway previously ran the streaming unit at Corran Broadcasting.",
        [
            hire("Ines Calloway", "Brightwater Media", A),
            pos("Ines Calloway", "Corran Broadcasting"),
        ],
        optional=[dep("Ines Calloway", "Corran Broadcasting", ANY)],
    ),
    en(
        "Finnick Logistics founder Walter Brandt, 71, will hand over the CEO role to his deputy Maria Sokolova in April, the company said. "
        "Brandt will remain on the board as chairman.",
        [
            pos("Walter Brandt", "Finnick Logistics"),
            posh("Maria Sokolova", "Finnick Logistics"),
        ],
        optional=[dep("Walter Brandt", "Finnick Logistics", ANY)],
    ),
    en(
        "Laura Steinhoff has joined venture firm Carrow Partners as a general partner after eight years at Wexley Capital, where she led fintech investments.",
        [hire("Laura Steinhoff", "Carrow Partners", C)],
        optional=[
            dep("Laura Steinhoff", "Wexley Capital", ANY),
            pos("Laura Steinhoff", "Wexley Capital"),
        ],
    ),
    en(
        "Longtime Harbor County banker Tom Reilly has been named president of Seaview Community Bank, the Marshfield-based lender announced this week. "
        "Reilly, 58, spent 22 years at Atlantic Shore Savings, most recently as chief lending officer.",
        [
            hire("Tom Reilly", "Seaview Community Bank", CA),
            pos("Tom Reilly", "Atlantic Shore Savings"),
        ],
        optional=[dep("Tom Reilly", "Atlantic Shore Savings", ANY)],
    ),
    en(
        "Lindqvist Systems announced two leadership appointments: Omar Farid joins as chief revenue officer from Datacrest, and Sophie Lamarre, previously general counsel at Everhart Labs, becomes chief legal officer. "
        "Both report to CEO Jonas Lindqvist.",
        [
            hire("Omar Farid", "Lindqvist Systems", CA),
            hire("Sophie Lamarre", "Lindqvist Systems", CA),
            pos("Sophie Lamarre", "Everhart Labs"),
            pos("Jonas Lindqvist", "Lindqvist Systems"),
        ],
        optional=[
            dep("Omar Farid", "Datacrest", ANY),
            pos("Omar Farid", "Datacrest"),
            dep("Sophie Lamarre", "Everhart Labs", ANY),
        ],
    ),
    en(
        "Corbel Retail CEO Mark Addison will step down at the end of the fiscal year, the department-store chain said. "
        "Chief operating officer Jenna Holt will serve as interim CEO while the board searches for a permanent successor.",
        [
            dep("Mark Addison", "Corbel Retail", A),
            posh("Jenna Holt", "Corbel Retail"),
        ],
        optional=[pos("Mark Addison", "Corbel Retail")],
    ),
    en(
        "Nordell Bank is in talks to hire Simone Achebe, the head of investment banking at rival Ashgrove & Co, to run its trading division, according to people briefed on the matter.",
        [
            hire("Simone Achebe", "Nordell Bank", T),
            pos("Simone Achebe", "Ashgrove & Co"),
        ],
        optional=[
            dep("Simone Achebe", "Ashgrove & Co", ANY),
            poa("Nordell Bank", "Ashgrove & Co", ANY),
        ],
    ),
    en(
        "Altamira Bank on Monday denied a newspaper report that Chief Executive Rafael Quintanar was preparing to leave for rival Banco Meridional. "
        "'Rafael is fully committed to Altamira,' the bank said in a statement.",
        [
            dep("Rafael Quintanar", "Altamira Bank", D),
            hire("Rafael Quintanar", "Banco Meridional", D),
            pos("Rafael Quintanar", "Altamira Bank"),
        ],
        optional=[poa("Banco Meridional", "Altamira Bank", ANY)],
    ),
    en(
        "Former Halcyon Minds research director Priyanka Sethi is joining Lattice Foundry as chief scientist, the start-up said on Tuesday.",
        [
            hire("Priyanka Sethi", "Lattice Foundry", A),
            pos("Priyanka Sethi", "Halcyon Minds"),
        ],
        optional=[dep("Priyanka Sethi", "Halcyon Minds", ANY)],
    ),
    en(
        "'We're not in a hurry to go public,' said Helena Voss, founder and CEO of Berlin-based payments start-up Kassio.",
        [pos("Helena Voss", "Kassio")],
    ),
    en(
        "Ansel Biotech chief executive Nora Lindgren said the company had enough cash to fund operations into 2028 after its lead cancer drug failed a late-stage trial.",
        [pos("Nora Lindgren", "Ansel Biotech")],
    ),
    # --- poaching
    en(
        "Vantrell AI has been trying to lure senior researchers away from rival lab Halcyon Minds with pay packages topping $5 million a year, according to three people familiar with the recruiting effort. "
        "At least two Halcyon scientists have already accepted offers, one of the people said.",
        [poa("Vantrell AI", "Halcyon Minds", [T, R, C])],
    ),
    en(
        "Kinetica Motors tried to poach Dravik Automotive's head of battery development, Yusuf Demir, last year, but he turned down the offer, Dravik CEO Annette Kühl told reporters.",
        [
            poa("Kinetica Motors", "Dravik Automotive", F),
            pos("Yusuf Demir", "Dravik Automotive"),
            pos("Annette Kühl", "Dravik Automotive"),
        ],
        optional=[hire("Yusuf Demir", "Kinetica Motors", F)],
    ),
    en(
        "Fintech lender Brisora has poached three senior engineers from payments rival Kovalent, including its head of fraud detection, Amira Haddad.",
        [
            poa("Brisora", "Kovalent", C),
            hire("Amira Haddad", "Brisora", C),
            dep("Amira Haddad", "Kovalent", C),
        ],
        optional=[pos("Amira Haddad", "Kovalent")],
    ),
    en(
        "Solvane Chips dismissed speculation that it was trying to poach engineers from its Taiwanese foundry partner Jinwei Foundry, calling the reports 'baseless'.",
        [poa("Solvane Chips", "Jinwei Foundry", D)],
        optional=[par(["Solvane Chips", "Jinwei Foundry"], ANY)],
    ),
    # --- no corporate event (precision)
    en(
        "Brookvale Retail posted a 6% drop in third-quarter same-store sales, hurt by weak demand for home furnishings, and cut its full-year profit forecast. "
        "Shares fell 9% in premarket trading.",
        [],
    ),
    en(
        "A jury in Delaware ordered Fennimore Devices to pay $212 million to rival Castellan Medical for infringing patents on a cardiac stent coating. "
        "Fennimore said it would appeal.",
        [],
    ),
    en(
        "Pyxis Labs unveiled its third-generation inference chip on Tuesday, claiming a 40% improvement in performance per watt. "
        "Volume shipments are slated for the second half of next year.",
        [],
    ),
    en(
        "Harlan Freight's quarterly revenue rose 4% to $1.3 billion, beating estimates, as e-commerce parcel volumes recovered. "
        "The company reaffirmed its full-year outlook.",
        [],
    ),
    en(
        "European shares closed lower on Friday, with automakers leading losses after weak Chinese sales data. "
        "Kessler Motoren fell 3.2%, while supplier Ardenne Components lost 2.1%.",
        [],
    ),
    en(
        "Streaming service Lumora said subscribers rose to 31 million in the quarter, helped by its new sports tier, though churn ticked up after a price increase in September.",
        [],
    ),
    # ------------------------------------------------------------------ German
    # --- Übernahmen, Beteiligungen (Agentur- und Zeitungsstil)
    de(
        "Der Zulieferer Hessmann Antriebstechnik übernimmt den Getriebespezialisten Kröger & Lenz aus Bielefeld. "
        "Der Kaufpreis liege bei gut 1,2 Milliarden Euro, teilte das im MDax notierte Unternehmen am Dienstag in Schweinfurt mit. "
        "Der Abschluss der Transaktion wird für Mitte Oktober erwartet.",
        [acq("Hessmann Antriebstechnik", "Kröger & Lenz", A)],
    ),
    de(
        "Die Übernahme der Softwarefirma Datenwerk Nord durch den Walldorfer Konzern Altrion ist abgeschlossen. "
        "Das Bundeskartellamt hatte zuvor grünes Licht gegeben.",
        [acq("Altrion", "Datenwerk Nord", C)],
    ),
    de(
        "Die Stadtwerke Ellerbach erwerben 51 Prozent an dem Solarparkentwickler Sonnfeld Energie. "
        "Über den Kaufpreis wurde Stillschweigen vereinbart. "
        "Die restlichen Anteile bleiben bei Gründer Matthias Weigand.",
        [
            acq("Stadtwerke Ellerbach", "Sonnfeld Energie", CA),
            pos("Matthias Weigand", "Sonnfeld Energie"),
        ],
    ),
    de(
        "Nach Informationen aus Finanzkreisen prüft die Versicherungsgruppe Rheinvalor eine Übernahme des Kölner Maklerpools Assekuranz Plus. "
        "Ein Sprecher wollte sich zu Marktgerüchten nicht äußern.",
        [acq("Rheinvalor", "Assekuranz Plus", R)],
    ),
    de(
        "FRANKFURT - Die Aktien von Vellmar Chemie sind am Mittwoch nach Übernahmespekulationen um fast zwölf Prozent gestiegen. "
        "Händler verwiesen auf einen Bericht, wonach der Branchenriese Korvex an einem Kauf interessiert sein soll.",
        [acq("Korvex", "Vellmar Chemie", R)],
    ),
    de(
        "Der Handelskonzern Markwald hat den Online-Möbelhändler Wohnraum24 gekauft. "
        "Der Konzern zahlt nach eigenen Angaben rund 90 Millionen Euro. "
        "Im vergangenen Jahr hatte Markwald bereits den Lampenversand Lichtkontor übernommen.",
        [
            acq("Markwald", "Wohnraum24", C),
            acq("Markwald", "Lichtkontor", C),
        ],
    ),
    de(
        "Die Osterholz Gruppe, die 2018 den Pumpenhersteller Krebs & Söhne übernommen hatte, streicht am Standort Hameln 200 Stellen.",
        [acq("Osterholz Gruppe", "Krebs & Söhne", C)],
    ),
    de(
        "Der Vorstand der Baumgart Medizintechnik hat das Übernahmeangebot des US-Finanzinvestors Greystone Harbor als zu niedrig abgelehnt. "
        "Greystone hatte 38 Euro je Aktie geboten.",
        [acq("Greystone Harbor", "Baumgart Medizintechnik", F)],
    ),
    de(
        "Der Familienkonzern Strathmann steigt beim Batterie-Recycler Recyclon ein und übernimmt eine Minderheitsbeteiligung von 25,1 Prozent.",
        [stake("Strathmann", "Recyclon", CA)],
    ),
    de(
        "Der Energieversorger Nordwatt verhandelt mit dem skandinavischen Investor Fjellstrand Capital über den Verkauf seiner Netztochter Nordwatt Netze. "
        "Eine Einigung könnte bis Ende des Jahres erzielt werden, verlautete aus Verhandlungskreisen.",
        [acq("Fjellstrand Capital", "Nordwatt Netze", T)],
    ),
    de(
        "Chipbranche: Halvard kauft Sensorhersteller Optikon\n"
        "Der Halbleiterkonzern Halvard baut sein Geschäft mit Bildsensoren aus. "
        "Für den Jenaer Spezialisten Optikon legt das Unternehmen nach Informationen aus Finanzkreisen knapp 700 Millionen Euro auf den Tisch. "
        "Eine offizielle Bestätigung steht noch aus.",
        [acq("Halvard", "Optikon", [R, A])],
    ),
    de(
        "Das Bundeskartellamt hat die Übernahme des Baustoffhändlers Kiesel & Mohr durch den Konkurrenten Baustoffunion Süd untersagt. "
        "Der Zusammenschluss hätte in mehreren Regionen zu einer marktbeherrschenden Stellung geführt.",
        [acq("Baustoffunion Süd", "Kiesel & Mohr", F)],
    ),
    de(
        "Der Bäckereifilialist Kornblume aus Vechta übernimmt zum 1. Januar die 14 Filialen der insolventen Bäckerei Hansen. "
        "Alle 120 Beschäftigten sollen übernommen werden, sagte Kornblume-Geschäftsführerin Petra Wilms.",
        [
            acq("Kornblume", "Bäckerei Hansen", A),
            pos("Petra Wilms", "Kornblume"),
        ],
    ),
    de(
        "Medienhaus Weserbote übernimmt Anzeigenblatt „Wochenecho“",
        [acq("Medienhaus Weserbote", "Wochenecho", CA)],
    ),
    de(
        "Insider: Ventana Capital erwägt Verkauf von Haushaltsgerätehersteller Brückmann Hausgeräte",
        [],
    ),
    de(
        "Die Beteiligungsgesellschaft Rheinkapital hat ihren Anteil an der Spedition Wolters & Co. von 30 auf 45 Prozent aufgestockt, wie aus einer Pflichtmitteilung hervorgeht.",
        [stake("Rheinkapital", "Wolters & Co.", C)],
    ),
    de(
        "Die Gespräche über einen Einstieg des chinesischen Autobauers Huaxing Motors beim Zulieferer Brettschneider sind nach Angaben beider Seiten beendet worden. "
        "Eine Einigung über die Höhe der Beteiligung sei nicht zustande gekommen.",
        [stake("Huaxing Motors", "Brettschneider", F)],
    ),
    de(
        "Der Pharmahändler Medivia führt exklusive Verhandlungen über die Übernahme der Apothekenkette Sonnen-Apotheken. "
        "Ein Abschluss wird im vierten Quartal angestrebt.",
        [acq("Medivia", "Sonnen-Apotheken", T)],
    ),
    de(
        "„Ich habe lange nach der richtigen Lösung gesucht“, sagt Gisela Brandner. "
        "Die 68-Jährige hat ihr Unternehmen, den Armaturenhersteller Brandner Metallbau, an die schwäbische Hofstetter-Gruppe verkauft. "
        "Sie bleibt noch ein Jahr als Beraterin an Bord.",
        [
            acq("Hofstetter-Gruppe", "Brandner Metallbau", C),
            pos("Gisela Brandner", "Brandner Metallbau"),
        ],
    ),
    de(
        "Ein Sprecher von Larsen Holding dementierte Berichte, wonach das Unternehmen eine Beteiligung am Kölner Fernsehsender Kanal West erwäge.",
        [stake("Larsen Holding", "Kanal West", D)],
    ),
    de(
        "Drei Jahre nach der gescheiterten Übernahme durch den Konkurrenten Vossberg steht der Elektronikhändler Technikland erneut zum Verkauf.",
        [acq("Vossberg", "Technikland", F)],
    ),
    de(
        "Die 49-Prozent-Beteiligung an der Reederei Nordstern Shipping ist an die japanische Kaiyo Holdings verkauft worden, teilte der bisherige Eigentümer Hallberg-Gruppe mit.",
        [stake("Kaiyo Holdings", "Nordstern Shipping", C)],
    ),
    de(
        "Falls die Kartellbehörden zustimmen, will der Mischkonzern Bergmann Industrie seinen Anteil am Spezialchemiehersteller Lacktec auf über 50 Prozent erhöhen.",
        [acq("Bergmann Industrie", "Lacktec", A)],
    ),
    de(
        "Der insolvente Fahrradhersteller Radwerk Eichenau hat einen Käufer gefunden: Der niederländische Investor Velomax Groep übernimmt den Betrieb samt 180 Mitarbeitern. "
        "Der Gläubigerausschuss hat dem Verkauf bereits zugestimmt.",
        [acq("Velomax Groep", "Radwerk Eichenau", A)],
    ),
    de(
        "Die Schwestern Eva und Marie Lindholm führen die Kölner Eisengießerei Lindholm in vierter Generation. "
        "Im Frühjahr haben sie einen Konkurrenten aus dem Sauerland, die Gießerei Albrecht, übernommen.",
        [
            pos("Eva Lindholm", "Eisengießerei Lindholm"),
            pos("Marie Lindholm", "Eisengießerei Lindholm"),
            acq("Eisengießerei Lindholm", "Gießerei Albrecht", C),
        ],
    ),
    de(
        "Der Halbleiterausrüster Lithion hat die Mehrheit am niederländischen Start-up Photonix übernommen. "
        "Für 60 Prozent der Anteile zahlte Lithion nach Unternehmensangaben 310 Millionen Euro; für die übrigen 40 Prozent besteht eine Kaufoption.",
        [acq("Lithion", "Photonix", C)],
    ),
    de(
        "Der Stuttgarter Maschinenbauer Wendling & Rau stellt sich neu auf. "
        "Vorstandschef Dirk Almeroth kündigte am Donnerstag den Verkauf der Sparte Wendling & Rau Lackiertechnik an den Finanzinvestor Avenor Capital an. "
        "Der Erlös von rund 350 Millionen Euro soll in den Ausbau des Automatisierungsgeschäfts fließen, unter anderem durch Zukäufe.",
        [
            acq("Avenor Capital", "Wendling & Rau Lackiertechnik", A),
            pos("Dirk Almeroth", "Wendling & Rau"),
        ],
    ),
    de(
        "Der Ökostromanbieter Windkraft Norderland hat die Übernahme des Projektierers Küstenstrom zum 30. Juni abgeschlossen.",
        [acq("Windkraft Norderland", "Küstenstrom", C)],
    ),
    # --- Fusionen
    de(
        "Die Brenner Bank hat Berichte über Fusionsgespräche mit der Kreditbank Nordhafen zurückgewiesen. "
        "„Es gibt keine Gespräche“, sagte Vorstandschef Ulrich Hambrecht am Rande einer Konferenz in Frankfurt.",
        [
            mer(["Brenner Bank", "Kreditbank Nordhafen"], D),
            pos("Ulrich Hambrecht", "Brenner Bank"),
        ],
    ),
    de(
        "Die beiden Molkereigenossenschaften Allgäuer Milchunion und Weidegold wollen fusionieren. "
        "Die Mitglieder sollen im Frühjahr über den Zusammenschluss abstimmen.",
        [mer(["Allgäuer Milchunion", "Weidegold"], [A, T])],
    ),
    de(
        "Die geplante Fusion der Speditionen Brandauer Logistik und Kessel Transport ist geplatzt. "
        "Man habe sich nicht auf die künftige Führungsstruktur einigen können, hieß es aus Unternehmenskreisen.",
        [mer(["Brandauer Logistik", "Kessel Transport"], F)],
    ),
    de(
        "Die Fusion der Volksbank Saaletal mit der Raiffeisenbank Orla ist vollzogen. "
        "Das neue Institut firmiert unter dem Namen VR Bank Saale-Orla und hat eine Bilanzsumme von 2,3 Milliarden Euro.",
        [mer(["Volksbank Saaletal", "Raiffeisenbank Orla"], C)],
    ),
    de(
        "Am Markt wird über eine Fusion der beiden Online-Apotheken Medpost und Apoline spekuliert. "
        "Beide Unternehmen lehnten eine Stellungnahme ab.",
        [mer(["Medpost", "Apoline"], R)],
    ),
    de(
        "Der Pharmakonzern Reinhold & Cie. verschmilzt seine beiden Generika-Töchter Genopharm und Medica Basis. "
        "Zudem hat das Unternehmen die Mehrheit an dem spanischen Wirkstoffhersteller Farmasur übernommen.",
        [
            mer(["Genopharm", "Medica Basis"], CA),
            acq("Reinhold & Cie.", "Farmasur", C),
        ],
    ),
    # --- Kooperationen, Finanzierungsrunden, Investments
    de(
        "Der Chipentwickler Siliqon aus Dresden und der Autozulieferer Feldmann Elektronik arbeiten künftig bei Leistungshalbleitern für Elektroautos zusammen. "
        "Eine entsprechende Vereinbarung unterzeichneten beide Unternehmen am Mittwoch in München.",
        [par(["Siliqon", "Feldmann Elektronik"], CA)],
    ),
    de(
        "Der Versicherer Hanseatica und das Berliner KI-Start-up Prompta haben eine strategische Partnerschaft vereinbart. "
        "Prompta soll für Hanseatica ein Sprachmodell zur Schadensbearbeitung entwickeln; zudem beteiligt sich der Versicherer mit einem einstelligen Millionenbetrag an dem Start-up.",
        [
            par(["Hanseatica", "Prompta"], CA),
            inv("Hanseatica", "Prompta", CA),
        ],
    ),
    de(
        "Der Medienkonzern Rheinland Media und der Streamingdienst Flimmer sprechen über eine Kooperation bei Sportrechten, bestätigten beide Unternehmen am Freitag. "
        "Ergebnisse würden frühestens im Herbst erwartet.",
        [par(["Rheinland Media", "Flimmer"], T)],
    ),
    de(
        "Das Münchner KI-Start-up Tensorhaus hat in einer Series-B-Finanzierungsrunde 85 Millionen Euro eingesammelt. "
        "Angeführt wurde die Runde vom Berliner Wagniskapitalgeber Lindwurm Ventures, auch die Bestandsinvestoren Isarkapital und Vektor Partners beteiligten sich erneut.",
        [
            inv("Lindwurm Ventures", "Tensorhaus", C),
            inv("Isarkapital", "Tensorhaus", C),
            inv("Vektor Partners", "Tensorhaus", C),
        ],
    ),
    de(
        "Das Leipziger Logistik-Start-up Frachtpilot wird von einem Konsortium um den Wagniskapitalgeber Elbe Ventures mit 40 Millionen Euro finanziert. "
        "Zu den weiteren Geldgebern zählt der Speditionskonzern Hagemeister Logistik.",
        [
            inv("Elbe Ventures", "Frachtpilot", CA),
            inv("Hagemeister Logistik", "Frachtpilot", CA),
        ],
    ),
    de(
        "Der Pharmakonzern Altheim investiert bis zu 400 Millionen Euro in das Tübinger Biotech-Unternehmen Zellwerk Therapeutics und sichert sich damit Optionen auf drei Krebsmedikamente.",
        [inv("Altheim", "Zellwerk Therapeutics", CA)],
        optional=[par(["Altheim", "Zellwerk Therapeutics"], ANY)],
    ),
    de(
        "Laut einem Medienbericht verhandelt der US-Chipkonzern Norvex mit dem Berliner KI-Labor Grundlage AI über eine Beteiligung in dreistelliger Millionenhöhe. "
        "Grundlage AI wollte den Bericht nicht kommentieren.",
        [inv("Norvex", "Grundlage AI", TR)],
    ),
    de(
        "Mit dem Einstieg des Finanzinvestors Talbrück Partners beim Kabelhersteller Leitwerk Kabel ist nun auch die Nachfolgefrage geklärt: "
        "Der bisherige Inhaber Rainer Leitner zieht sich aus der Geschäftsführung zurück und wechselt in den Beirat.",
        [
            stake("Talbrück Partners", "Leitwerk Kabel", CA),
            pos("Rainer Leitner", "Leitwerk Kabel"),
        ],
        optional=[dep("Rainer Leitner", "Leitwerk Kabel", ANY)],
    ),
    # --- Personalien
    de(
        "Personalwechsel bei Lorenz Pharma: Finanzvorständin Dr. Katrin Albers verlässt das Darmstädter Familienunternehmen zum Jahresende auf eigenen Wunsch. "
        "Ihre Nachfolge tritt Jens Overbeck an, bislang Finanzchef bei der Medizintechnikfirma Sanovis.",
        [
            dep("Katrin Albers", "Lorenz Pharma", A),
            hire("Jens Overbeck", "Lorenz Pharma", A),
            pos("Jens Overbeck", "Sanovis"),
        ],
        optional=[
            pos("Katrin Albers", "Lorenz Pharma"),
            dep("Jens Overbeck", "Sanovis", ANY),
        ],
    ),
    de(
        "Die Sparkasse Oberland hat eine neue Vorstandsvorsitzende: Andrea Pfisterer wechselt zum 1. April von der Kreissparkasse Talheim an den Tegernsee. "
        "Sie folgt auf Georg Maier, der in den Ruhestand geht.",
        [
            hire("Andrea Pfisterer", "Sparkasse Oberland", A),
            dep("Andrea Pfisterer", "Kreissparkasse Talheim", A),
            dep("Georg Maier", "Sparkasse Oberland", A),
        ],
    ),
    de(
        "Der langjährige Vertriebschef von Tessmer Software, Michael Reuter, wechselt zum Wettbewerber Codewerk. "
        "Tessmer bestätigte den Abgang, Codewerk wollte sich nicht äußern.",
        [
            dep("Michael Reuter", "Tessmer Software", CA),
            hire("Michael Reuter", "Codewerk", CA),
        ],
        optional=[
            pos("Michael Reuter", "Tessmer Software"),
            poa("Codewerk", "Tessmer Software", ANY),
        ],
    ),
    de(
        "Gründer und Geschäftsführer Florian Haas hat das Kasseler Logistik-Start-up Lieferwerk 2017 in seiner Garage gegründet. "
        "Heute beschäftigt das Unternehmen 300 Mitarbeiter.",
        [pos("Florian Haas", "Lieferwerk")],
    ),
    de(
        "Der Aufsichtsrat der Hollweg AG hat Bernd Kästner erneut zum Vorsitzenden gewählt. "
        "Aufsichtsratschef Kästner, früher Vorstandschef des Anlagenbauers Trebnitz Werke, führt das Gremium seit 2019.",
        [
            pos("Bernd Kästner", "Hollweg AG"),
            pos("Bernd Kästner", "Trebnitz Werke"),
        ],
    ),
    de(
        "Bei der Versicherung Allmende Leben kommt es zu einem Umbau an der Spitze: Vorstandschef Hartmut Kluge tritt vorzeitig zurück, Nachfolger wird Finanzvorstand Sven Rademacher. "
        "Zudem verkauft der Konzern seine österreichische Tochter Allmende Austria an die Donau Versicherungsgruppe aus Wien.",
        [
            dep("Hartmut Kluge", "Allmende Leben", CA),
            posh("Sven Rademacher", "Allmende Leben"),
            acq("Donau Versicherungsgruppe", "Allmende Austria", A),
        ],
        optional=[pos("Hartmut Kluge", "Allmende Leben")],
    ),
    de(
        "Das Heidelberger KI-Labor Kognita gewinnt prominente Verstärkung: Die Informatikerin Lena Hartwig wechselt von der Forschungsabteilung des Softwarekonzerns Synthera als Chief Scientist zu dem Start-up. "
        "Sie soll dort ab Februar das Team für Sprachmodelle leiten.",
        [
            hire("Lena Hartwig", "Kognita", A),
            dep("Lena Hartwig", "Synthera", A),
        ],
    ),
    de(
        "Der frühere Vorstandschef von Kaltenbach Energie, Wolfgang Rieder, soll neuer Aufsichtsratschef der Stadtwerke Grauheim werden. "
        "Die Hauptversammlung muss der Personalie im Mai noch zustimmen.",
        [
            pos("Wolfgang Rieder", "Kaltenbach Energie"),
            hire("Wolfgang Rieder", "Stadtwerke Grauheim", A),
        ],
    ),
    de(
        "Ein Zusammengehen mit einem Wettbewerber sei derzeit kein Thema, sagte Vorstandschef Lutz Engel von der Weidenbank Nord. "
        "„Sollte sich eine Gelegenheit ergeben, würden wir sie aber prüfen.“",
        [pos("Lutz Engel", "Weidenbank Nord")],
    ),
    de(
        "Seit dem 1. September führt Dr. Anja Korte als Geschäftsführerin die Geschicke des Verpackungsherstellers Pappwerk Lohmann. "
        "Zuvor war die promovierte Chemikerin zehn Jahre bei der Schweizer Folientec AG tätig.",
        [hire("Anja Korte", "Pappwerk Lohmann", C)],
        optional=[
            pos("Anja Korte", "Pappwerk Lohmann"),
            pos("Anja Korte", "Folientec AG"),
            dep("Anja Korte", "Folientec AG", ANY),
        ],
    ),
    de(
        "In der Branche kursieren Gerüchte, wonach der Finanzchef der Volmer Bank, Thomas Greiff, beim Konkurrenten Handelsbank Kurpfalz als neuer Vorstandschef gehandelt wird.",
        [
            hire("Thomas Greiff", "Handelsbank Kurpfalz", R),
            pos("Thomas Greiff", "Volmer Bank"),
        ],
        optional=[
            dep("Thomas Greiff", "Volmer Bank", ANY),
            poa("Handelsbank Kurpfalz", "Volmer Bank", ANY),
        ],
    ),
    de(
        "Mitgründer Jonas Pirker verlässt das Wiener Fintech Zahlfix, um ein eigenes Start-up zu gründen. "
        "Seine Aufgaben übernimmt Co-Chefin Lea Berger.",
        [
            dep("Jonas Pirker", "Zahlfix", CA),
            pos("Jonas Pirker", "Zahlfix"),
            pos("Lea Berger", "Zahlfix"),
        ],
    ),
    de(
        "Die Frankfurter Privatbank Gellert & Co. holt sich einen neuen Chefvolkswirt: Dr. Martin Ohlsen kommt von der Landesbank Weser und tritt seine Stelle im März an.",
        [hire("Martin Ohlsen", "Gellert & Co.", A)],
        optional=[
            dep("Martin Ohlsen", "Landesbank Weser", ANY),
            pos("Martin Ohlsen", "Landesbank Weser"),
        ],
    ),
    de(
        "Nach zwölf Jahren an der Spitze des Kontrollgremiums gibt Aufsichtsratschef Klaus Oberhuber bei der Hauptversammlung im Juni sein Amt ab. "
        "Als Nachfolgerin schlägt der Aufsichtsrat von Trauner Stahl die frühere Finanzvorständin von Ostwind Energie, Birgit Lanz, vor.",
        [
            dep("Klaus Oberhuber", "Trauner Stahl", A),
            hire("Birgit Lanz", "Trauner Stahl", A),
            pos("Birgit Lanz", "Ostwind Energie"),
        ],
        optional=[pos("Klaus Oberhuber", "Trauner Stahl")],
    ),
    de(
        "Kurz gemeldet: Softwarehaus Bitfabrik holt Ex-Netzkern-Vorstand Uwe Lindner als CTO",
        [
            hire("Uwe Lindner", "Bitfabrik", CA),
            pos("Uwe Lindner", "Netzkern"),
        ],
        optional=[dep("Uwe Lindner", "Netzkern", ANY)],
    ),
    de(
        "Der designierte Vorstandschef des Versicherers Prisma Leben, Henrik Vogt, tritt sein Amt nun doch nicht an. "
        "Die Finanzaufsicht hatte Bedenken gegen die Personalie angemeldet, wie das Unternehmen am Montag mitteilte.",
        [hire("Henrik Vogt", "Prisma Leben", F)],
        optional=[pos("Henrik Vogt", "Prisma Leben")],
    ),
    # --- Abwerbung
    de(
        "Der Autozulieferer Gerlinger versucht offenbar, Ingenieure des Konkurrenten Wessel Systems abzuwerben. "
        "Wie aus Branchenkreisen verlautet, hat Gerlinger mehreren Entwicklern Prämien von bis zu 50.000 Euro angeboten.",
        [poa("Gerlinger", "Wessel Systems", TR)],
    ),
    de(
        "Wie der Vorstandschef des Münchner Chipdesigners Quantira, Stefan Brauer, bestätigte, hatte der US-Konkurrent Arclight Silicon im Sommer versucht, das gesamte Entwicklerteam abzuwerben – ohne Erfolg.",
        [
            poa("Arclight Silicon", "Quantira", F),
            pos("Stefan Brauer", "Quantira"),
        ],
    ),
    de(
        "Der Online-Händler Modeo hat dem Rivalen Stilbox gleich drei Führungskräfte abgeworben, darunter Technikchefin Jana Wendt.",
        [
            poa("Modeo", "Stilbox", C),
            hire("Jana Wendt", "Modeo", C),
            dep("Jana Wendt", "Stilbox", C),
        ],
        optional=[pos("Jana Wendt", "Stilbox")],
    ),
    # --- kein Unternehmensereignis (Präzision)
    de(
        "Der Maschinenbauer Hellwig & Frank hat im dritten Quartal weniger verdient als erwartet. "
        "Der Umsatz sank um sieben Prozent auf 412 Millionen Euro, das Ebit halbierte sich nahezu. "
        "Die Prognose für das Gesamtjahr wurde gesenkt.",
        [],
    ),
    de(
        "Das Landgericht München I hat eine Klage von Anlegern gegen den Zahlungsdienstleister Zahlnova abgewiesen. "
        "Die Kläger hatten dem Unternehmen vorgeworfen, Risiken verschwiegen zu haben.",
        [],
    ),
    de(
        "Der Autozulieferer Kramer Elektrik hat auf einer Fachmesse in Hannover ein neues Bremssystem für Elektrolastwagen vorgestellt. "
        "Die Serienproduktion soll 2027 anlaufen.",
        [],
    ),
    de(
        "Die Einzelhändler in Deutschland haben im Oktober real 1,2 Prozent weniger umgesetzt als im Vormonat. "
        "Besonders schwach lief das Geschäft mit Bekleidung, wie Branchenverbände mitteilten.",
        [],
    ),
    de(
        "Der Reifenhersteller Gummiwerk Harz hat wegen Materialengpässen an zwei Standorten Kurzarbeit angemeldet. "
        "Betroffen sind rund 800 Beschäftigte.",
        [],
    ),
]
