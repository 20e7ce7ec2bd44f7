# ruff: noqa: E501
"""Challenge set v29: ad-hoc disclosures, earnings-call summaries, shareholder letters and stock-exchange news with deals and management changes (English and German), held out.

Written blind by a helper on 2026-11-27, for error analysis. The helper did not
look at the extractor's code, its tests, the other challenge sets or the dev
corpora; all passages and names (apart from a few well-known real companies used
as counterparties) are invented.
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
    # --- ad-hoc / regulatory disclosures, earnings calls, deals
    en(
        "Ad hoc announcement pursuant to Art. 17 MAR – Helvora Therapeutics AG (SIX: HELV) today signed an agreement to acquire all shares in Danish biotech company Nordvik Bio ApS for an upfront payment of CHF 410 million plus milestone payments of up to CHF 250 million. "
        "Closing is expected in the third quarter of 2026, subject to regulatory approvals.",
        [acq("Helvora Therapeutics", "Nordvik Bio", A)],
    ),
    en(
        "On Wednesday's earnings call, Tarrowby Industrial CFO Megan Alcott said the company had closed its $1.1bn purchase of valve maker Prescott Flow Controls on March 3, adding that integration was 'ahead of plan'. "
        "Alcott reiterated full-year guidance of 4–6% organic growth.",
        [
            acq("Tarrowby Industrial", "Prescott Flow Controls", C),
            pos("Megan Alcott", "Tarrowby Industrial"),
        ],
    ),
    # no event: plain earnings
    en(
        "Quantelle Software reported third-quarter revenue of $812 million, up 9% year on year, beating consensus by $14 million. "
        "Operating margin widened to 23.4%, and the company raised its full-year outlook. Shares rose 6% in after-hours trading.",
        [],
    ),
    en(
        "Brindmoor Retail Group said on Tuesday that chief executive Graham Oduya will step down at the end of June after seven years in the role. "
        "The board has appointed chief operating officer Priya Venkataraman as his successor, effective July 1.",
        [
            dep("Graham Oduya", "Brindmoor Retail Group", A),
            pos("Graham Oduya", "Brindmoor Retail Group"),
            posh("Priya Venkataraman", "Brindmoor Retail Group"),
        ],
    ),
    en(
        "Vantrell Energy denied a Bloomberg report that it was exploring a sale of its North Sea upstream unit, Vantrell Offshore, to Equinor. "
        "'There are no discussions and no process,' a spokesperson said on Friday.",
        [acq("Equinor", "Vantrell Offshore", D)],
    ),
    en(
        "Talks between Orlisk Semiconductor and Kavanagh Microdevices over a $2.4bn all-stock merger have ended without agreement, the two companies said in a joint statement on Monday. "
        "Orlisk chief executive Tomasz Wróbel said the sides 'could not bridge the gap on valuation'.",
        [
            mer(["Orlisk Semiconductor", "Kavanagh Microdevices"], F),
            pos("Tomasz Wróbel", "Orlisk Semiconductor"),
        ],
    ),
    # divestment from the seller's side
    en(
        "Marrowfield plc has completed the sale of its specialty adhesives business, Tenbury Adhesives, to private-equity firm Castlegate Partners for £385 million. "
        "Proceeds will be used to reduce net debt, Marrowfield said.",
        [acq("Castlegate Partners", "Tenbury Adhesives", C)],
    ),
    en(
        "Lumetric AI, a London-based developer of AI agents for insurance underwriting, has raised $120 million in a Series C round led by Index Ventures, with participation from existing backers Balderton Capital and Nvidia's venture arm NVentures. "
        "The company was founded in 2021 by former Aviva actuary Helena Marsh.",
        [
            inv("Index Ventures", "Lumetric AI", C),
            inv("Balderton Capital", "Lumetric AI", C),
            inv("NVentures", "Lumetric AI", C),
            pos("Helena Marsh", "Lumetric AI"),
            pos("Helena Marsh", "Aviva"),
        ],
        optional=[inv("Nvidia", "Lumetric AI", ANY)],
    ),
    # shareholder letter
    en(
        "Dear fellow shareholders, 2025 was a year of transformation for Kestrel Foods. "
        "We completed the acquisition of Oat & Ember, the plant-based bakery brand, in May, and in October we entered a long-term supply partnership with Tesco covering our chilled range. "
        "Rebecca Lindqvist, Chief Executive Officer",
        [
            acq("Kestrel Foods", "Oat & Ember", C),
            par(["Kestrel Foods", "Tesco"], CA),
            pos("Rebecca Lindqvist", "Kestrel Foods"),
        ],
    ),
    en(
        "Hedge fund Calloway Stone Capital has hired two senior portfolio managers from rival Merriden Asset Management, the latest in a string of departures from the London firm. "
        "Sophie Aldridge and Kwame Boateng will join Calloway in September, according to an internal memo seen by Reuters.",
        [
            hire("Sophie Aldridge", "Calloway Stone Capital", A),
            hire("Kwame Boateng", "Calloway Stone Capital", A),
            dep("Sophie Aldridge", "Merriden Asset Management", CA),
            dep("Kwame Boateng", "Merriden Asset Management", CA),
            poa("Calloway Stone Capital", "Merriden Asset Management", CA),
        ],
        optional=[
            pos("Sophie Aldridge", "Merriden Asset Management"),
            pos("Kwame Boateng", "Merriden Asset Management"),
        ],
    ),
    en(
        "Fennick Logistics is in advanced talks to buy a majority stake in Polish parcel operator Szybka Paczka S.A., people familiar with the matter said. "
        "A deal could be announced as early as next week and would value Szybka Paczka at about €700 million including debt.",
        [acq("Fennick Logistics", "Szybka Paczka", TR)],
    ),
    en(
        "Wendelstein Maschinenbau AG announced that its supervisory board has appointed Dr. Carla Mentzel, formerly chief technology officer of Bosch Rexroth, as a new member of the management board responsible for technology, effective 1 January 2027. "
        "She succeeds Uwe Harnisch, who is retiring.",
        [
            hire("Carla Mentzel", "Wendelstein Maschinenbau", A),
            pos("Carla Mentzel", "Bosch Rexroth"),
            dep("Uwe Harnisch", "Wendelstein Maschinenbau", A),
        ],
        optional=[
            dep("Carla Mentzel", "Bosch Rexroth", ANY),
            pos("Uwe Harnisch", "Wendelstein Maschinenbau"),
        ],
    ),
    en(
        "The merger of equals between Ashbury Mutual and Coldwater Insurance Group was completed on 1 April, creating the UK's fourth-largest motor insurer under the name Ashwater Group. "
        "Former Coldwater chief executive Neil Fairbairn becomes chief executive of the combined company.",
        [
            mer(["Ashbury Mutual", "Coldwater Insurance Group"], C),
            pos("Neil Fairbairn", "Coldwater Insurance Group"),
            posh("Neil Fairbairn", "Ashwater Group"),
        ],
    ),
    # no event: market commentary
    en(
        "European stocks edged lower on Monday as investors awaited euro-zone inflation data, with the STOXX 600 down 0.3%. "
        "Banks underperformed after last week's rally, while utilities gained on falling bond yields.",
        [],
    ),
    en(
        "Drayton Aerospace confirmed on Thursday that it had received a takeover approach from US defence contractor Harlan Dynamics. "
        "The company said it was 'evaluating the proposal' and that there could be no certainty an offer would be made. "
        "Harlan has until 19 December to announce a firm intention to bid under UK takeover rules.",
        [acq("Harlan Dynamics", "Drayton Aerospace", T)],
    ),
    en(
        "The board of Pellworth Pharma has unanimously rejected a second unsolicited proposal from Zentra Biosciences, saying the 1,450 pence-per-share offer 'significantly undervalues' the company. "
        "Zentra said it was considering its options.",
        [acq("Zentra Biosciences", "Pellworth Pharma", F)],
    ),
    en(
        "Solenne Robotics and Siemens have signed a strategic partnership to integrate Solenne's mobile picking robots into Siemens' warehouse automation portfolio. "
        "Financial terms were not disclosed. The first joint installations are planned for early 2027.",
        [par(["Solenne Robotics", "Siemens"], CA)],
    ),
    en(
        "Regulatory News: Quillon Bank plc announces that Fiona Drummond will join the Group as Chief Financial Officer and as an executive director on 1 March 2027. "
        "Fiona is currently CFO of Strathmore Building Society. "
        "She will succeed Alan Pryce, who, as previously announced, will retire from the Board.",
        [
            hire("Fiona Drummond", "Quillon Bank", A),
            pos("Fiona Drummond", "Strathmore Building Society"),
            dep("Alan Pryce", "Quillon Bank", A),
        ],
        optional=[
            dep("Fiona Drummond", "Strathmore Building Society", ANY),
            pos("Alan Pryce", "Quillon Bank"),
        ],
    ),
    en(
        "Aldmere Capital is weighing a bid for listed German testing-equipment maker Prüftechnik Holzer, according to people familiar with the matter. "
        "Deliberations are at an early stage and Aldmere may decide not to proceed.",
        [acq("Aldmere Capital", "Prüftechnik Holzer", R)],
    ),
    en(
        "Abu Dhabi's sovereign fund Qasr Investment Authority has taken a 9.9% stake in Spanish solar developer Soltierra Renovables for around €260 million, the companies said on Tuesday. "
        "The investor will get one seat on Soltierra's board.",
        [stake("Qasr Investment Authority", "Soltierra Renovables", C)],
    ),
    # earnings call: explicit "no acquisitions" must not become an event
    en(
        "On the call, chief executive Marco Benedetti said Lavazzoni Group 'is not actively looking at large acquisitions' this year and would focus on paying down debt. "
        "Second-quarter organic sales rose 3.1%.",
        [pos("Marco Benedetti", "Lavazzoni Group")],
    ),
    en(
        "Trevine Motors' head of battery development, Yuki Takahashi, has left the carmaker to join electric-truck start-up Voltaro as chief technology officer, Voltaro confirmed on Wednesday.",
        [
            dep("Yuki Takahashi", "Trevine Motors", C),
            hire("Yuki Takahashi", "Voltaro", C),
            pos("Yuki Takahashi", "Trevine Motors"),
        ],
        optional=[poa("Voltaro", "Trevine Motors", ANY)],
    ),
    en(
        "The Competition and Markets Authority has blocked Greyhurst Media's proposed £900 million takeover of regional newspaper group Caldbeck Press, ruling that it would reduce competition in local advertising. "
        "Greyhurst said it was 'disappointed' and would not appeal.",
        [acq("Greyhurst Media", "Caldbeck Press", F)],
    ),
    en(
        "Shares in Mirabel Cosmetics surged 22% in Paris after L'Oréal confirmed it had acquired a 15% stake from the founding Dufresne family. "
        "L'Oréal said it had 'no current intention' of launching a full takeover.",
        [stake("L'Oréal", "Mirabel Cosmetics", C)],
    ),
    en(
        "Carrow & Finch, the Edinburgh-based wealth manager, said it had agreed to merge with Aberdeen rival Dunmore Private Clients. "
        "The combined business will have £14bn of assets under management. "
        "It will be led by Dunmore's managing director, Isla McRae, while Carrow & Finch chief executive Robert Sloane will become chairman.",
        [
            mer(["Carrow & Finch", "Dunmore Private Clients"], A),
            pos("Isla McRae", "Dunmore Private Clients"),
            pos("Robert Sloane", "Carrow & Finch"),
        ],
    ),
    en(
        "Brenvik ASA has agreed to buy Polarkabel AS, the offshore-wind cable subsidiary of Nexans, for €520 million, the Norwegian company said. "
        "The unit, which employs about 600 people in Norway and France, will be renamed Brenvik Cables after closing.",
        [acq("Brenvik", "Polarkabel", A)],
    ),
    # no event: analyst note
    en(
        "Analysts at Berenberg upgraded Stallard Chemicals to 'buy' from 'hold', citing improving demand for specialty coatings and a cheaper valuation after the stock's 30% fall this year. "
        "The price target was raised to 48 euros.",
        [],
    ),
    en(
        "Following the abrupt resignation of chief executive Daniel Keough on Sunday, Ravensworth Telecom's board named chairman Elaine Ross as interim CEO while it searches for a permanent successor.",
        [
            dep("Daniel Keough", "Ravensworth Telecom", C),
            pos("Daniel Keough", "Ravensworth Telecom"),
            posh("Elaine Ross", "Ravensworth Telecom"),
        ],
    ),
    en(
        "Okafor Health Systems tried to lure away Brightwater Clinics' entire oncology leadership team last month, but the effort failed after Brightwater offered retention bonuses, two people with knowledge of the matter said.",
        [poa("Okafor Health Systems", "Brightwater Clinics", F)],
    ),
    en(
        "Talvera Networks, which completed its acquisition of Israeli chip designer Sapphire Silicon in January, said on Tuesday that it would cut 400 jobs as it integrates the business.",
        [acq("Talvera Networks", "Sapphire Silicon", C)],
    ),
    en(
        "Verdant Hydrogen Systems said it had signed a term sheet with Shell Ventures and Temasek for a €75 million growth investment, expected to close by the end of the quarter.",
        [
            inv("Shell Ventures", "Verdant Hydrogen Systems", A),
            inv("Temasek", "Verdant Hydrogen Systems", A),
        ],
    ),
    en(
        "Korvin Steel and Japan's Mitsui & Co. will form a 50-50 joint venture to build a green-steel plant in northern Sweden, the companies announced on Thursday. "
        "The plant is due to start production in 2029.",
        [par(["Korvin Steel", "Mitsui & Co."], A)],
    ),
    en(
        "Hallstrom Bank and Vestby Sparebank on Friday dismissed speculation about a merger, with Hallstrom's chief executive Anders Nyquist telling reporters: 'We are not in talks with Vestby or anyone else.'",
        [
            mer(["Hallstrom Bank", "Vestby Sparebank"], D),
            pos("Anders Nyquist", "Hallstrom Bank"),
        ],
    ),
    # --- English, second batch: rumours, terminations, letters, people moves
    en(
        "Asked about reports that Glenmoor Foods was interested in acquiring snack maker Crispin & Co., chief executive Patrick Hale declined to comment on 'market rumours' during Thursday's results call.",
        [
            acq("Glenmoor Foods", "Crispin & Co.", R),
            pos("Patrick Hale", "Glenmoor Foods"),
        ],
    ),
    en(
        "Ostara Pay, the Amsterdam-based payments firm, has appointed former Adyen executive Lotte de Vries as chief operating officer. "
        "She started in the role on Monday.",
        [
            hire("Lotte de Vries", "Ostara Pay", C),
            pos("Lotte de Vries", "Adyen"),
        ],
        optional=[dep("Lotte de Vries", "Adyen", ANY)],
    ),
    en(
        "Brightmoor Holdings raised its stake in Tessaly Minerals to 29.9% from 19.5%, just below the threshold that would trigger a mandatory offer, a stock-exchange filing showed on Thursday.",
        [stake("Brightmoor Holdings", "Tessaly Minerals", C)],
    ),
    en(
        "Yarrowby Pharmaceuticals said on Monday it had terminated its agreement to acquire Cellora Therapeutics after the US Federal Trade Commission sued to block the deal. "
        "Yarrowby will pay Cellora a $95 million break fee.",
        [acq("Yarrowby Pharmaceuticals", "Cellora Therapeutics", F)],
    ),
    # shareholder letter, CEO succession in the first person
    en(
        "This will be my last letter to you as Chief Executive. After fourteen years, I will hand over to Dr. Amara Okonkwo, currently our Chief Medical Officer, at the Annual General Meeting in May. "
        "Jonathan Reeve, Chief Executive Officer, Halcyon Diagnostics",
        [
            dep("Jonathan Reeve", "Halcyon Diagnostics", A),
            pos("Jonathan Reeve", "Halcyon Diagnostics"),
            posh("Amara Okonkwo", "Halcyon Diagnostics"),
        ],
    ),
    # no event: results and buyback
    en(
        "Marlow Brewing Group posted a 4% rise in half-year pre-tax profit to £212 million and launched a £150 million share buyback. "
        "Volumes in its UK on-trade business fell 2%, offset by price increases.",
        [],
    ),
    en(
        "Crestline Industries plans to sell its 51% holding in the Indian joint venture Crestline Suvarna Pumps to its partner Suvarna Group, the company said in its quarterly report. "
        "The transaction is expected to be signed in the fourth quarter.",
        [acq("Suvarna Group", "Crestline Suvarna Pumps", [T, A])],
    ),
    en(
        "Meridian Quant, the Chicago trading firm, has been offering guaranteed bonuses of up to $5 million to poach machine-learning researchers from Citadel Securities and Jane Street, according to recruiters.",
        [
            poa("Meridian Quant", "Citadel Securities", TR),
            poa("Meridian Quant", "Jane Street", TR),
        ],
    ),
    en(
        "The completion of the takeover of Fyrlund Packaging by Swedish rival Ekholm AB on Friday marks the end of a year-long bidding war in which US-based Rockmere Containers had also been involved.",
        [acq("Ekholm", "Fyrlund Packaging", C)],
        optional=[acq("Rockmere Containers", "Fyrlund Packaging", ANY)],
    ),
    en(
        "Cobalt Ridge Mining has appointed former Rio Tinto finance chief Gavin Ashworth to its board as a non-executive director with immediate effect.",
        [
            hire("Gavin Ashworth", "Cobalt Ridge Mining", C),
            pos("Gavin Ashworth", "Rio Tinto"),
        ],
    ),
    en(
        "Two of Canada's mid-sized grocers are combining. "
        "Northfield Markets and Prairie Basket Co. said on Tuesday they had signed a definitive agreement to merge in an all-share transaction. "
        "The deal is expected to close in early 2027.",
        [mer(["Northfield Markets", "Prairie Basket Co."], A)],
    ),
    en(
        "Kairo Labs, a Berlin start-up building foundation models for chemistry, has closed a $48 million seed round. "
        "Backers include Lightspeed Venture Partners and M Ventures, the corporate venture arm of Merck KGaA.",
        [
            inv("Lightspeed Venture Partners", "Kairo Labs", C),
            inv("M Ventures", "Kairo Labs", C),
        ],
        optional=[inv("Merck KGaA", "Kairo Labs", ANY)],
    ),
    en(
        "Ardent Mobility shares fell 8% after Morgan Stanley analyst Claire Hutton cut her rating to underweight, warning that price competition in China would squeeze margins.",
        [pos("Claire Hutton", "Morgan Stanley")],
    ),
    en(
        "Since its 2019 purchase of Brooksley Instruments, Harwell Scientific has struggled to grow its lab-equipment business, and activist investor Penfold Capital, which holds about 6% of the company, is now pushing for a break-up.",
        [acq("Harwell Scientific", "Brooksley Instruments", C)],
        optional=[stake("Penfold Capital", "Harwell Scientific", ANY)],
    ),
    en(
        "Lorcan Doyle, head of investment banking at Drummond Leask, is leaving the bank to become chief executive of boutique adviser Arkwright & Co., the two firms said.",
        [
            dep("Lorcan Doyle", "Drummond Leask", A),
            hire("Lorcan Doyle", "Arkwright & Co.", A),
            pos("Lorcan Doyle", "Drummond Leask"),
        ],
    ),
    en(
        "Reports that Sable Harbour Energy is preparing a bid for Orkney Gas were denied by Orkney on Wednesday, although Sable Harbour itself declined to comment.",
        [acq("Sable Harbour Energy", "Orkney Gas", D)],
    ),
    en(
        "During the earnings call, Zephyr Cloud's chief executive Inês Carvalho highlighted the expanded partnership with Microsoft announced in February, under which Zephyr's data platform is sold through the Azure marketplace.",
        [
            par(["Zephyr Cloud", "Microsoft"], CA),
            pos("Inês Carvalho", "Zephyr Cloud"),
        ],
    ),
    # no event: commodities
    en(
        "Oil prices rose more than 2% on Thursday after OPEC+ signalled it would keep output cuts in place through the first quarter. "
        "Brent crude settled at $84.10 a barrel.",
        [],
    ),
    en(
        "Ridgeway Healthcare, through its subsidiary Ridgeway Imaging, has acquired Lone Star Radiology Partners, the operator of three diagnostic centres in Texas, for an undisclosed sum.",
        [acq("Ridgeway Healthcare", "Lone Star Radiology Partners", C)],
        optional=[acq("Ridgeway Imaging", "Lone Star Radiology Partners", ANY)],
    ),
    en(
        "Halvorsen Games denied accusations by rival Pinegate Studios that it had systematically poached Pinegate developers, calling the claims in Pinegate's lawsuit 'baseless'.",
        [poa("Halvorsen Games", "Pinegate Studios", D)],
    ),
    en(
        "Shareholders of Ostrava Chemicals voted down the proposed combination with Belgian peer Verhaegen Chimie at an extraordinary general meeting on Thursday, killing the €3bn deal.",
        [mer(["Ostrava Chemicals", "Verhaegen Chimie"], F)],
    ),
    en(
        "'This is a transformational step for us,' said Kenji Morimoto, president of Hoshida Electric, after the Osaka-based company agreed on Friday to buy Dutch power-electronics maker Van der Linde Vermogen for €1.6 billion.",
        [
            acq("Hoshida Electric", "Van der Linde Vermogen", A),
            pos("Kenji Morimoto", "Hoshida Electric"),
        ],
    ),
    en(
        "Palisade Re said Dr. Hannah Whitcombe, currently chief risk officer at Munich Re's US unit, will join as group chief risk officer in the second quarter of 2027.",
        [
            hire("Hannah Whitcombe", "Palisade Re", A),
            pos("Hannah Whitcombe", "Munich Re"),
        ],
        optional=[dep("Hannah Whitcombe", "Munich Re", ANY)],
    ),
    en(
        "Aurelio Motors will invest $500 million in solid-state battery developer Quanterra Cells for a 20% stake, subject to approval by US foreign-investment regulators.",
        [stake("Aurelio Motors", "Quanterra Cells", A)],
    ),
    en(
        "Following the closing of its sale to Blackstone last week, Ferncliff Hotels announced that chief executive Martin Greaves would step down and be replaced by Blackstone operating partner Simone Adeyemi.",
        [
            acq("Blackstone", "Ferncliff Hotels", C),
            dep("Martin Greaves", "Ferncliff Hotels", A),
            pos("Martin Greaves", "Ferncliff Hotels"),
            hire("Simone Adeyemi", "Ferncliff Hotels", A),
            pos("Simone Adeyemi", "Blackstone"),
        ],
    ),
    en(
        "Thornbury Utilities kept its dividend unchanged at 42 pence and said capital expenditure would rise to £1.8bn next year as it upgrades its grid. "
        "Chief financial officer Rachel Ives said the balance sheet 'remains robust'.",
        [pos("Rachel Ives", "Thornbury Utilities")],
    ),
    en(
        "Lindqvist Shipping and Rotterdam-based Van Houten Lines have held exploratory talks about a possible merger of their container businesses, Dutch newspaper Het Financieele Dagblad reported, citing unnamed sources.",
        [mer(["Lindqvist Shipping", "Van Houten Lines"], TR)],
    ),
    en(
        "Elmstead plc has agreed to a recommended cash offer from Canadian pension fund Laurentian Retirement Board valuing the group at £2.3 billion. "
        "Under the terms, Elmstead shareholders will receive 310 pence per share.",
        [acq("Laurentian Retirement Board", "Elmstead", A)],
    ),
    en(
        "Bexley Analytics said its chief financial officer, Owen Marsh, had resigned with immediate effect for personal reasons. "
        "The company has begun a search for a successor.",
        [
            dep("Owen Marsh", "Bexley Analytics", C),
            pos("Owen Marsh", "Bexley Analytics"),
        ],
    ),
    en(
        "Corvina Health and Amazon have ended their two-year pharmacy-delivery partnership, Corvina said in a regulatory filing, without giving a reason.",
        [par(["Corvina Health", "Amazon"], F)],
    ),
    # seller-side stake sale to unnamed buyers: no event with a named acquirer
    en(
        "Kingsbridge Group has sold its remaining 12% stake in listed payments company Trellis Pay through an accelerated bookbuild to institutional investors, raising about £180 million.",
        [],
    ),
    en(
        "Sentrium AI, a Zurich-based rival to OpenAI, has hired Google DeepMind researcher Dr. Rafael Ortega to lead its new reasoning team, the start-up said on Monday. "
        "Ortega spent eight years at DeepMind.",
        [
            hire("Rafael Ortega", "Sentrium AI", CA),
            dep("Rafael Ortega", "Google DeepMind", CA),
            pos("Rafael Ortega", "Google DeepMind"),
        ],
    ),
    # ------------------------------------------------------------------ German
    # --- Ad-hoc-Mitteilungen, Quartalszahlen, Übernahmen
    de(
        "Ad-hoc-Mitteilung gemäß Art. 17 MAR: Die Kestner Automation AG hat heute einen Vertrag über den Erwerb sämtlicher Anteile an der Lindauer Sensorik GmbH unterzeichnet. "
        "Der Kaufpreis beläuft sich auf rund 185 Millionen Euro. "
        "Der Vollzug der Transaktion wird im dritten Quartal 2026 erwartet und steht unter dem Vorbehalt der kartellrechtlichen Freigabe.",
        [acq("Kestner Automation", "Lindauer Sensorik", A)],
    ),
    de(
        "Ad-hoc-Mitteilung: Der Aufsichtsrat der Hellwig Pharma SE hat in seiner heutigen Sitzung beschlossen, Dr. Katrin Oberhauser mit Wirkung zum 1. Januar 2027 zur Vorstandsvorsitzenden zu bestellen. "
        "Sie folgt auf Dr. Bernd Sailer, der sein Mandat im gegenseitigen Einvernehmen zum Jahresende niederlegt. "
        "Frau Oberhauser ist derzeit Finanzvorständin der Gesellschaft.",
        [
            posh("Katrin Oberhauser", "Hellwig Pharma"),
            dep("Bernd Sailer", "Hellwig Pharma", A),
        ],
        optional=[pos("Bernd Sailer", "Hellwig Pharma")],
    ),
    # kein Ereignis: Quartalszahlen
    de(
        "Die Feldhaus Bau AG hat im dritten Quartal den Umsatz um 4,2 Prozent auf 1,31 Milliarden Euro gesteigert. "
        "Das operative Ergebnis (Ebit) lag mit 87 Millionen Euro leicht über den Erwartungen der Analysten. "
        "Die Prognose für das Gesamtjahr bestätigte der Vorstand.",
        [],
    ),
    de(
        "Die Übernahme des Mannheimer Softwarehauses Datavis durch den US-Konzern Oracle ist abgeschlossen. "
        "Wie Datavis am Montag mitteilte, haben alle zuständigen Behörden die Transaktion genehmigt.",
        [acq("Oracle", "Datavis", C)],
    ),
    de(
        "Wie die Nachrichtenagentur Bloomberg unter Berufung auf Insider berichtet, prüft der Finanzinvestor Brenner Capital einen Einstieg bei dem Kasseler Heizungsbauer Thermoplan. "
        "Ein Sprecher von Thermoplan wollte sich zu dem Bericht nicht äußern.",
        [stake("Brenner Capital", "Thermoplan", R)],
    ),
    de(
        "Die Rheinmark Versicherung hat Berichte über Fusionsgespräche mit der Nordstern Leben zurückgewiesen. "
        "„Es gibt keine Gespräche“, sagte ein Unternehmenssprecher am Dienstag in Köln.",
        [mer(["Rheinmark Versicherung", "Nordstern Leben"], D)],
    ),
    de(
        "Die Sauerbach Chemie AG hat die Verhandlungen über den Kauf des belgischen Spezialchemieherstellers Vanderstraeten NV abgebrochen. "
        "Man habe sich nicht auf einen Kaufpreis einigen können, teilte das Unternehmen mit. Die Aktie verlor daraufhin 3 Prozent.",
        [acq("Sauerbach Chemie", "Vanderstraeten", F)],
    ),
    # Verkauf aus Sicht des Verkäufers
    de(
        "Die Tallinger Gruppe trennt sich von ihrer Logistiktochter Tallinger Cargo. "
        "Käufer ist der dänische Konzern DSV, wie Tallinger am Donnerstag mitteilte. "
        "Über den Kaufpreis wurde Stillschweigen vereinbart; der Abschluss wird bis Ende März erwartet.",
        [acq("DSV", "Tallinger Cargo", A)],
    ),
    # Aktionärsbrief
    de(
        "Sehr geehrte Aktionärinnen und Aktionäre, mit der Übernahme der Schweizer Medtron Swiss AG im Juli haben wir unser Portfolio in der Kardiologie entscheidend gestärkt. "
        "Zugleich haben wir eine strategische Forschungspartnerschaft mit der Charité vereinbart. "
        "Ihr Friedrich Amsel, Vorsitzender des Vorstands der Corvita Medizintechnik AG",
        [
            acq("Corvita Medizintechnik", "Medtron Swiss", C),
            par(["Corvita Medizintechnik", "Charité"], CA),
            pos("Friedrich Amsel", "Corvita Medizintechnik"),
        ],
    ),
    de(
        "Das Münchner KI-Start-up Lexiqon hat in einer Finanzierungsrunde der Serie B 65 Millionen Euro eingesammelt. "
        "Angeführt wurde die Runde von Earlybird, auch die bestehenden Investoren HV Capital und der High-Tech Gründerfonds beteiligten sich. "
        "Gegründet wurde Lexiqon 2022 von den ehemaligen TU-München-Forschern Jana Pfeiffer und Emre Aydın.",
        [
            inv("Earlybird", "Lexiqon", C),
            inv("HV Capital", "Lexiqon", C),
            inv("High-Tech Gründerfonds", "Lexiqon", C),
            pos("Jana Pfeiffer", "Lexiqon"),
            pos("Emre Aydın", "Lexiqon"),
        ],
        optional=[
            pos("Jana Pfeiffer", "TU München"),
            pos("Emre Aydın", "TU München"),
        ],
    ),
    de(
        "Der Stuttgarter Autozulieferer Kronwerk hat dem Konkurrenten Fahrtec gleich drei Entwicklungschefs abgeworben. "
        "Wie aus Branchenkreisen verlautete, wechseln die Manager zum 1. Oktober nach Stuttgart.",
        [poa("Kronwerk", "Fahrtec", CA)],
    ),
    de(
        "Die Hauptversammlung der Ostwind Energie AG hat am Mittwoch die frühere Eon-Managerin Dr. Sabine Kreutzer in den Aufsichtsrat gewählt. "
        "Sie übernimmt den Sitz von Klaus-Peter Wendt, der aus Altersgründen ausscheidet.",
        [
            hire("Sabine Kreutzer", "Ostwind Energie", C),
            pos("Sabine Kreutzer", "Eon"),
            dep("Klaus-Peter Wendt", "Ostwind Energie", CA),
        ],
        optional=[pos("Klaus-Peter Wendt", "Ostwind Energie")],
    ),
    de(
        "Die Allianz hat sich mit 24,9 Prozent an dem Berliner Versicherungs-Start-up Polizza beteiligt. "
        "Der Kaufpreis liegt Finanzkreisen zufolge bei rund 90 Millionen Euro.",
        [stake("Allianz", "Polizza", C)],
    ),
    # kein Ereignis: Marktbericht
    de(
        "Am deutschen Aktienmarkt überwog am Freitag die Zurückhaltung. "
        "Der Dax schloss 0,4 Prozent tiefer bei 19.812 Punkten, belastet von Gewinnmitnahmen bei Autowerten. "
        "Am Rentenmarkt stieg die Rendite der zehnjährigen Bundesanleihe auf 2,61 Prozent.",
        [],
    ),
    de(
        "Die beiden Genossenschaftsbanken Volksbank Oberrhein-Ried und Raiffeisenbank Kaiserstuhl-Nord wollen fusionieren. "
        "Die Vorstände hätten einen entsprechenden Verschmelzungsvertrag unterzeichnet, teilten die Institute mit; die Vertreterversammlungen sollen im Juni zustimmen.",
        [mer(["Volksbank Oberrhein-Ried", "Raiffeisenbank Kaiserstuhl-Nord"], A)],
    ),
    de(
        "Der Finanzvorstand der Grünau Retail AG, Thomas Eberle, verlässt das Unternehmen auf eigenen Wunsch zum 30. Juni. "
        "Ein Nachfolger soll zeitnah benannt werden, teilte der Modehändler mit.",
        [
            dep("Thomas Eberle", "Grünau Retail", A),
            pos("Thomas Eberle", "Grünau Retail"),
        ],
    ),
    de(
        "Nach Informationen des Handelsblatts verhandelt der Essener Energiekonzern Ruhrstrom mit dem schwedischen Versorger Vattenfall über den Kauf von dessen Tochter Wärme Berlin GmbH. "
        "Die Gespräche seien weit fortgeschritten, hieß es in Unternehmenskreisen.",
        [acq("Ruhrstrom", "Wärme Berlin", TR)],
    ),
    de(
        "Die Helmstedt Logistik SE hat ihr Angebot für die Nordkontor AG erhöht. "
        "Sie bietet nun 38 Euro je Aktie in bar. "
        "Der Vorstand von Nordkontor empfiehlt den Aktionären, das Angebot anzunehmen.",
        [acq("Helmstedt Logistik", "Nordkontor", [T, A])],
    ),
    de(
        "Der Vorstand der Brandt Werkzeuge AG lehnt das Übernahmeangebot des chinesischen Konkurrenten Jiangsu Hengda Tools als „deutlich zu niedrig“ ab und rät den Aktionären, es nicht anzunehmen.",
        [acq("Jiangsu Hengda Tools", "Brandt Werkzeuge", F)],
    ),
    de(
        "Die Deutsche Telekom und das Dresdner Chip-Start-up Quarzlogik kooperieren künftig bei der Entwicklung energieeffizienter KI-Chips für Rechenzentren. "
        "Eine entsprechende Vereinbarung wurde am Rande der Hannover Messe unterzeichnet.",
        [par(["Deutsche Telekom", "Quarzlogik"], CA)],
    ),
    de(
        "Personalie: Markus Lindemann, bislang Deutschland-Chef der Unternehmensberatung McKinsey, wechselt als Strategievorstand zur Hanseatischen Reederei Boysen. "
        "Er tritt sein Amt am 1. April an.",
        [
            dep("Markus Lindemann", "McKinsey", A),
            hire("Markus Lindemann", "Hanseatische Reederei Boysen", A),
            pos("Markus Lindemann", "McKinsey"),
        ],
    ),
    de(
        "Mit dem Verkauf ihrer Beteiligung an der Rostocker Werft Ostsee Marine an den norwegischen Kongsberg-Konzern hat die Beteiligungsgesellschaft Nordwind Capital ihren Ausstieg abgeschlossen.",
        [stake("Kongsberg", "Ostsee Marine", C)],
    ),
    de(
        "„Wir sind mit dem Jahresauftakt zufrieden“, sagte Vorstandschef Henrik Bausch bei der Vorlage der Quartalszahlen der Saalfeld Optik AG. "
        "Der Auftragseingang stieg um 11 Prozent.",
        [pos("Henrik Bausch", "Saalfeld Optik")],
    ),
    # kein Ereignis: Studiendaten
    de(
        "Die Aktie der Wittenstein Pharma geriet am Dienstag unter Druck, nachdem eine Phase-III-Studie ihres Hoffnungsträgers gegen Schuppenflechte den primären Endpunkt verfehlt hatte. "
        "Das Papier verlor zeitweise mehr als 20 Prozent.",
        [],
    ),
    de(
        "Ad-hoc-Mitteilung nach Art. 17 MAR: Die Solvaris Energy AG hat mit Norges Bank Investment Management vereinbart, dass diese im Rahmen einer Kapitalerhöhung 7,5 Millionen neue Aktien zu einem Preis von 24 Euro je Aktie zeichnet. "
        "Der Bruttoemissionserlös beträgt rund 180 Millionen Euro; Norges Bank Investment Management wird damit rund 9 Prozent am Grundkapital halten.",
        [stake("Norges Bank Investment Management", "Solvaris Energy", A)],
    ),
    de(
        "Nach dem überraschenden Rücktritt von Vorstandschef Jürgen Haferkamp hat der Aufsichtsrat der Lindner Stahl AG Finanzchefin Petra Vogt interimistisch mit der Leitung des Unternehmens betraut.",
        [
            dep("Jürgen Haferkamp", "Lindner Stahl", C),
            pos("Jürgen Haferkamp", "Lindner Stahl"),
            posh("Petra Vogt", "Lindner Stahl"),
        ],
    ),
    de(
        "Das Bundeskartellamt hat den geplanten Zusammenschluss der Baustoffhändler Baustoffunion Süd und Mittelland Baustoffe untersagt. "
        "Beide Unternehmen kündigten an, das Vorhaben nicht weiterzuverfolgen.",
        [mer(["Baustoffunion Süd", "Mittelland Baustoffe"], F)],
    ),
    de(
        "Der Darmstädter Spezialchemiekonzern Velmont erwägt Kreisen zufolge den Verkauf seiner Tochter Surface Solutions GmbH. "
        "Als mögliche Interessenten gelten die Finanzinvestoren CVC und Advent.",
        [
            acq("CVC", "Surface Solutions", R),
            acq("Advent", "Surface Solutions", R),
        ],
    ),
    de(
        "Die Fintech-Bank Kontor24 hat Dr. Leonie Hartwig als Chief Risk Officer an Bord geholt. "
        "Hartwig kommt von der Commerzbank, wo sie zuletzt den Bereich Kreditrisiko leitete.",
        [
            hire("Leonie Hartwig", "Kontor24", C),
            dep("Leonie Hartwig", "Commerzbank", C),
            pos("Leonie Hartwig", "Commerzbank"),
        ],
    ),
    # Telefonkonferenz zu den Quartalszahlen
    de(
        "In der Telefonkonferenz zu den Quartalszahlen kündigte Finanzvorstand Oliver Stamm an, die Veltheim Gruppe werde ihre Minderheitsbeteiligung an dem polnischen Netzbetreiber Polsieć Dystrybucja auf über 50 Prozent aufstocken. "
        "Die entsprechenden Verträge seien unterzeichnet.",
        [
            acq("Veltheim Gruppe", "Polsieć Dystrybucja", A),
            pos("Oliver Stamm", "Veltheim Gruppe"),
        ],
    ),
    de(
        "Die Berufung von Dr. Ayşe Demir zur Technikvorständin der Kaldenberg Maschinenfabrik ist beschlossene Sache: Der Aufsichtsrat stimmte am Montag zu. "
        "Demir, derzeit Entwicklungsleiterin bei Trumpf, wird ihr Amt im Frühjahr 2027 antreten.",
        [
            hire("Ayşe Demir", "Kaldenberg Maschinenfabrik", A),
            pos("Ayşe Demir", "Trumpf"),
        ],
        optional=[dep("Ayşe Demir", "Trumpf", ANY)],
    ),
    de(
        "Die Hansa Gas AG hat ihren 40-Prozent-Anteil an dem Speicherbetreiber Norddeutsche Kavernen GmbH an den Infrastrukturfonds Meridiam verkauft. "
        "Die Transaktion wurde am Freitag vollzogen.",
        [stake("Meridiam", "Norddeutsche Kavernen", C)],
    ),
    de(
        "Ein Sprecher der Kronberg Bank wies Berichte zurück, wonach Vorstandschef Stefan Rauch vor einem Wechsel zur Deutschen Bank stehe. "
        "„Herr Rauch hat einen Vertrag bis 2029 und wird ihn erfüllen“, sagte er.",
        [
            hire("Stefan Rauch", "Deutsche Bank", D),
            dep("Stefan Rauch", "Kronberg Bank", D),
            pos("Stefan Rauch", "Kronberg Bank"),
        ],
        optional=[poa("Deutsche Bank", "Kronberg Bank", ANY)],
    ),
    # --- Deutsch, zweiter Teil: Aktionärsbriefe, Personalien, Börsennachrichten
    de(
        "Liebe Aktionärinnen und Aktionäre, auch im kommenden Jahr werden wir gezielt nach Zukäufen Ausschau halten, insbesondere im Bereich der Wasseraufbereitung. "
        "Unsere Bilanz gibt uns hierfür ausreichend Spielraum. "
        "Ihre Dr. Miriam Falk, Vorstandsvorsitzende der Aquanor AG",
        [pos("Miriam Falk", "Aquanor")],
    ),
    de(
        "Engie hat Ende März den Kauf der Freiburger Solarfirma Helioplan abgeschlossen. "
        "Das Unternehmen firmiert künftig als Engie Helioplan und bleibt am Standort Freiburg.",
        [acq("Engie", "Helioplan", C)],
    ),
    de(
        "Die im SDax notierte Zeppelin Digital bestätigte am Abend Gespräche mit dem US-Finanzinvestor KKR über eine mögliche Übernahme. "
        "Ob es zu einem Angebot komme, sei offen, hieß es in einer Pflichtmitteilung.",
        [acq("KKR", "Zeppelin Digital", T)],
    ),
    de(
        "Der langjährige Vorstandschef der Albrecht Textil AG, Werner Albrecht, soll nach seinem Ausscheiden aus dem Vorstand im Mai den Vorsitz des Aufsichtsrats übernehmen. "
        "Neuer Vorstandschef wird der bisherige Vertriebsvorstand Jens Kühne.",
        [
            posh("Werner Albrecht", "Albrecht Textil"),
            posh("Jens Kühne", "Albrecht Textil"),
        ],
        optional=[dep("Werner Albrecht", "Albrecht Textil", ANY)],
    ),
    de(
        "Ad-hoc-Mitteilung: Die Bremer Seewerk AG und die Hamburger Nordlicht Shipping GmbH haben die Gespräche über einen möglichen Zusammenschluss beendet. "
        "Eine Einigung über die künftige Führungsstruktur sei nicht zustande gekommen.",
        [mer(["Bremer Seewerk", "Nordlicht Shipping"], F)],
    ),
    de(
        "Das Kölner Quantencomputing-Start-up Qubitra erhält 40 Millionen Euro vom Europäischen Innovationsrat und vom Corporate-Venture-Arm des Chemiekonzerns BASF. "
        "Die Mittel sollen in den Bau eines ersten Prototyps fließen.",
        [
            inv("Europäischer Innovationsrat", "Qubitra", CA),
            inv("BASF", "Qubitra", CA),
        ],
    ),
    # kein Ereignis: Branchenanalyse
    de(
        "Die Bewertungen im europäischen Softwaresektor sind seit Jahresbeginn deutlich gesunken. "
        "Branchenkenner erwarten deshalb eine Welle von Übernahmen durch Finanzinvestoren, konkrete Transaktionen zeichnen sich bislang jedoch nicht ab.",
        [],
    ),
    de(
        "Mit der Eintragung ins Handelsregister ist die Verschmelzung der Sparkasse Uckermark-Nord auf die Kreissparkasse Prignitz-Süd am 1. Juli wirksam geworden.",
        [mer(["Sparkasse Uckermark-Nord", "Kreissparkasse Prignitz-Süd"], C)],
    ),
    de(
        "Der Online-Händler Modavista wirbt den Logistikchef von Zalando ab: Tobias Renner wechselt zum 1. Juli als Chief Operating Officer nach Hamburg, bestätigte ein Modavista-Sprecher.",
        [
            poa("Modavista", "Zalando", CA),
            hire("Tobias Renner", "Modavista", A),
            dep("Tobias Renner", "Zalando", A),
            pos("Tobias Renner", "Zalando"),
        ],
    ),
    de(
        "Der geplante Verkauf der Kunststoffsparte Polymera Compounds der Hallenser Mitteldeutsche Chemie AG an den saudischen Konzern Sabic ist geplatzt. "
        "Sabic habe sich aus den Verhandlungen zurückgezogen, teilte Mitteldeutsche Chemie mit.",
        [acq("Sabic", "Polymera Compounds", F)],
    ),
    de(
        "Der US-Chipkonzern Nvidia soll Interesse an einer Beteiligung an dem Aachener Photonik-Spezialisten Photara haben. "
        "Das berichtet das Handelsblatt unter Berufung auf mehrere mit der Sache vertraute Personen. Nvidia und Photara lehnten eine Stellungnahme ab.",
        [stake("Nvidia", "Photara", R)],
    ),
    de(
        "Seit dem 1. Oktober verantwortet Dr. Florian Rieck als Chief Digital Officer die IT der Bäckereikette Kornmühle. "
        "Zuvor war er sieben Jahre lang als Bereichsleiter bei SAP tätig.",
        [
            hire("Florian Rieck", "Kornmühle", C),
            pos("Florian Rieck", "SAP"),
        ],
        optional=[dep("Florian Rieck", "SAP", ANY)],
    ),
    # kein Ereignis: Jahreszahlen
    de(
        "Der Versandhändler Hanselmann meldet für das Geschäftsjahr 2025/26 einen Umsatzrückgang von 6 Prozent auf 2,4 Milliarden Euro. "
        "Unter dem Strich stand ein Verlust von 48 Millionen Euro nach einem Gewinn im Vorjahr.",
        [],
    ),
    de(
        "Die Falkenstein Bidco GmbH, eine Holdinggesellschaft des Finanzinvestors Permira, hat heute ihre Entscheidung zur Abgabe eines freiwilligen öffentlichen Übernahmeangebots an die Aktionäre der Weserland Software AG gemäß § 10 WpÜG veröffentlicht. "
        "Der Angebotspreis soll 52,50 Euro je Aktie betragen.",
        [acq("Permira", "Weserland Software", [A, T])],
        optional=[acq("Falkenstein Bidco", "Weserland Software", ANY)],
    ),
    de(
        "Die Verhandlungen zwischen dem Windkraftanlagenbauer Aeolon und dem indischen Konzern Suzlon über eine Lizenzpartnerschaft sind gescheitert. "
        "Aeolon will nun allein in den indischen Markt eintreten.",
        [par(["Aeolon", "Suzlon"], F)],
    ),
    de(
        "„Ich freue mich, dass wir mit Claudia Brenninger eine ausgewiesene Handelsexpertin gewinnen konnten“, sagte Aufsichtsratschef Georg Pflüger. "
        "Brenninger, die bislang das Deutschland-Geschäft von Lidl verantwortete, übernimmt im Januar den Vorstandsvorsitz der Drogeriekette Sonnhalde.",
        [
            hire("Claudia Brenninger", "Sonnhalde", A),
            pos("Claudia Brenninger", "Lidl"),
            pos("Georg Pflüger", "Sonnhalde"),
        ],
        optional=[dep("Claudia Brenninger", "Lidl", ANY)],
    ),
    de(
        "Die beiden KI-Start-ups Nexalis aus Berlin und Semantiq aus Zürich sprechen über einen Zusammenschluss, wie beide Unternehmen am Mittwoch bestätigten. "
        "Ziel sei ein europäischer Champion für Sprachmodelle in regulierten Branchen.",
        [mer(["Nexalis", "Semantiq"], T)],
    ),
    de(
        "Die Familienholding Lorenz & Söhne beteiligt sich mit 30 Millionen Euro an dem Biotech-Unternehmen Cellvantis aus Martinsried. "
        "Im Gegenzug erhält sie rund 15 Prozent der Anteile.",
        [stake("Lorenz & Söhne", "Cellvantis", CA)],
    ),
    de(
        "Der Aufsichtsratsvorsitzende der Baltrum Immobilien AG, Dr. Hans-Georg Meisel, legt sein Mandat mit sofortiger Wirkung nieder. "
        "Hintergrund sind Differenzen mit dem Vorstand über die Strategie, wie aus einer Pflichtmitteilung hervorgeht.",
        [
            dep("Hans-Georg Meisel", "Baltrum Immobilien", C),
            pos("Hans-Georg Meisel", "Baltrum Immobilien"),
        ],
    ),
    de(
        "Die Wiener Alpenbau AG hat über ihre deutsche Tochter Alpenbau Deutschland den Tiefbauspezialisten Grebner & Sohn aus Regensburg übernommen.",
        [acq("Alpenbau", "Grebner & Sohn", C)],
        optional=[acq("Alpenbau Deutschland", "Grebner & Sohn", ANY)],
    ),
    de(
        "Die Qatar Investment Authority hat Berichte dementiert, sie wolle ihre Beteiligung an der Hamburger Reederei Hanseatic Tankers auf 25 Prozent aufstocken.",
        [stake("Qatar Investment Authority", "Hanseatic Tankers", D)],
    ),
    de(
        "Der Vertriebsvorstand der Porzellanmanufaktur Weißenstein, Ralf Obermeier, wechselt zum Konkurrenten Villeroy & Boch. "
        "Weißenstein bedauerte den Schritt und kündigte an, die Position zeitnah nachzubesetzen.",
        [
            dep("Ralf Obermeier", "Weißenstein", CA),
            hire("Ralf Obermeier", "Villeroy & Boch", CA),
            pos("Ralf Obermeier", "Weißenstein"),
        ],
        optional=[poa("Villeroy & Boch", "Weißenstein", ANY)],
    ),
    # kein Ereignis: Übernahmefantasie ohne Bieter
    de(
        "Übernahmefantasie trieb am Donnerstag die Aktie der Leipziger Medizintechnikfirma Vitalis Systems um 9 Prozent nach oben. "
        "Händler verwiesen auf Spekulationen über ein mögliches Interesse größerer Wettbewerber, ohne Namen zu nennen.",
        [],
    ),
    de(
        "Die Auricon Holding hat die Übernahme der Schweizer Precisa Uhren AG abgeschlossen. "
        "Zugleich gab Auricon bekannt, dass Precisa-Gründer Matthias Zbinden das Unternehmen verlässt und der bisherige Auricon-Manager Lukas Imhof die Geschäftsführung übernimmt.",
        [
            acq("Auricon Holding", "Precisa Uhren", C),
            pos("Matthias Zbinden", "Precisa Uhren"),
            dep("Matthias Zbinden", "Precisa Uhren", CA),
            hire("Lukas Imhof", "Precisa Uhren", CA),
            pos("Lukas Imhof", "Auricon Holding"),
        ],
    ),
    de(
        "Die Stadtwerke Grauental und die Energieversorgung Lahn-Dill wollen zum 1. Januar 2027 zur Mittelhessen Energie AG verschmelzen. "
        "Die Stadtparlamente beider Kommunen haben dem Vorhaben bereits zugestimmt.",
        [mer(["Stadtwerke Grauental", "Energieversorgung Lahn-Dill"], A)],
    ),
    de(
        "Der Walldorfer Softwarekonzern SAP führt eine Finanzierungsrunde über 210 Millionen Euro bei dem Heidelberger KI-Unternehmen Cognivia an. "
        "Ebenfalls beteiligt sind Robert Bosch Venture Capital und der Wachstumsfonds Lakestar.",
        [
            inv("SAP", "Cognivia", CA),
            inv("Robert Bosch Venture Capital", "Cognivia", CA),
            inv("Lakestar", "Cognivia", CA),
        ],
    ),
    de(
        "Auf Nachfrage von Analysten schloss Vorstandschef Dirk Möllenkamp größere Zukäufe für die Wessel Pumpen AG aus. "
        "„Wir wachsen organisch“, sagte er in der Telefonkonferenz.",
        [pos("Dirk Möllenkamp", "Wessel Pumpen")],
    ),
    de(
        "Die Adlerwerk Elektronik AG muss sich einen neuen Finanzchef suchen. "
        "Ihr CFO Marcel Hoffmann verlässt das Unternehmen Ende September und wechselt zum Halbleiterkonzern Infineon. "
        "Dort soll er das Konzerncontrolling leiten.",
        [
            dep("Marcel Hoffmann", "Adlerwerk Elektronik", A),
            hire("Marcel Hoffmann", "Infineon", A),
            pos("Marcel Hoffmann", "Adlerwerk Elektronik"),
        ],
    ),
    de(
        "Der japanische Klimatechnikkonzern Daikin befindet sich in exklusiven Verhandlungen über den Erwerb des ostwestfälischen Wärmepumpenherstellers Brennwerk. "
        "Eine Vereinbarung könnte noch vor Weihnachten unterzeichnet werden, hieß es aus Verhandlungskreisen.",
        [acq("Daikin", "Brennwerk", TR)],
    ),
    de(
        "Die Familie Ohlendorf hat ihre Mehrheit an dem Stader Futtermittelhersteller Ohlendorf Agrar an die niederländische Genossenschaft ForFarmers verkauft. "
        "Der Vollzug erfolgte nach Freigabe durch das Bundeskartellamt Ende Oktober.",
        [acq("ForFarmers", "Ohlendorf Agrar", C)],
    ),
    # kein Ereignis (nur Volkswirte, keine Rollen in Unternehmen genannt)
    de(
        "Die Inflationsrate im Euroraum ist im Oktober auf 2,1 Prozent gesunken. "
        "Volkswirte rechnen nun mit einer weiteren Zinssenkung der EZB im Dezember.",
        [],
    ),
    de(
        "Das Amtsgericht München hat auf Antrag der Gesellschaft Dr. Ulrike Brandl zum Mitglied des Aufsichtsrats der Isarwerk Holding AG bestellt. "
        "Brandl war bis 2024 Finanzvorständin der Münchener Rück.",
        [
            hire("Ulrike Brandl", "Isarwerk Holding", C),
            pos("Ulrike Brandl", "Münchener Rück"),
        ],
    ),
]
