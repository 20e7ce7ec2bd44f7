# ruff: noqa: E501
"""Challenge set v21: the trade and regional business press (English and German).

Written blind by a helper on 2026-11-27, for error analysis. The helper did not
look at the extractor's code, its tests, the other challenge sets or the dev
corpora; all passages and names (apart from a few well-known real companies used
as counterparties) are invented.

Theme: German Mittelstand and family firms (Nachfolge, Verkauf an
Finanzinvestoren, Insolvenz und Übernahme aus der Insolvenz, Stadtwerke,
Genossenschaften), English industry trade journals (logistics, retail,
healthcare, semiconductors, media), press releases with boilerplate, short
"people on the move" columns and local-newspaper reporting. About a quarter of the
passages (30 of 132) are distractors (no required event, or only position facts next to a
near-miss such as a customer contract, a product purchase, an analyst's opinion,
a negation or a hypothetical quote).

Conventions used in this set:
- position: every named person whose role at a named organisation is stated
  (executives, founders, spokespeople, analysts, works-council heads, union
  officials, and former roles with a title such as "formerly CFO of X") is
  expected. A position for the same person/org pair as an expected hire or
  departure is optional, and so is a former employer implied only by "joins
  from X", "former X executive" or "kommt von X" without a title. Mayors and
  council members are optional positions (a city is not a company).
- hire/departure: "will join", "is to step down", "effective <future date>" ->
  announced; "has joined", "left with immediate effect" -> completed; "has
  appointed/named" without a date -> completed or announced (CA). The departure
  from the previous employer implied by a hire is optional unless the text
  states the departure itself. Promotions, interim roles, successions inside
  the same organisation and supervisory/advisory-board seats use posh()
  (position or hire). Founders of an acquired company who "will join" the buyer
  are optional hires.
- acquisitions: signed/agreed, not yet closed (regulatory approval, Stadtrat,
  Gläubigerausschuss pending) -> announced; "has completed", "took over",
  "has bought" -> completed. Minority stakes (< 50 %) use stake(); a stake
  increase to a majority is an acquisition. In insolvency sales the buyer is the
  acquirer and the insolvent company the target; the insolvency administrator
  is not a role (his position at his law firm is expected when stated).
  A management buy-out is an optional acquisition by the named manager.
  Rejected bids -> failed (failed or in_talks when the bidder keeps its
  options open); denials -> denied; "people familiar with the matter",
  "Branchenkreisen zufolge" -> rumored (rumored or in_talks when the report
  says talks are under way).
- mergers: agreed mergers of Stadtwerke, hospitals, Genossenschaftsbanken or
  companies whose owners/councils/members still have to approve -> announced;
  a joint venture is a partnership, not a merger.
- poaching: attempts and offers under way -> in_talks; offers turned down ->
  failed; a denied approach -> denied; "has poached X" -> poaching completed
  plus the hire and the departure. Hiring a named rival's manager without
  poaching wording ("holt sich den Einkaufschef des Konkurrenten") makes the
  poaching optional. An unnamed poacher ("ein Streamingdienst") gives no event.
- partial asset deals (a chain buys 30 of an insolvent rival's branches) are
  optional acquisitions with any status.
- partnership: signed cooperation, licensing, franchise and joint-venture
  agreements -> completed or announced (CA); planned -> announced.
- background: completed deals of the past mentioned in passing (profiles,
  boilerplate "portfolio company of", "formed in 2011 through the merger of")
  are optional with status completed.
- no event: customer contracts, supply orders, product and equipment
  purchases, leases, job cuts, insolvency filings without a buyer, deals with
  unnamed buyers ("several financial investors"), analysts' speculation and
  hypothetical statements ("we would look at acquisitions").
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
    # --- logistics and retail trade journals
    en(
        "Freight forwarder Halvorsen Logistics has agreed to buy Midlands-based contract logistics operator Pellow Distribution from its founding family, the company said on Monday. Terms were not disclosed. "
        "Pellow, which runs six warehouses along the M1 corridor and employs around 900 people, will keep its brand, and managing director Graham Pellow, the founder's grandson, will remain in charge for a transition period. "
        "'Pellow gives us the UK platform we have been missing,' said Halvorsen chief executive Ingrid Solberg. Completion is subject to approval by the Competition and Markets Authority.",
        [
            acq("Halvorsen Logistics", "Pellow Distribution", A),
            pos("Graham Pellow", "Pellow Distribution"),
            pos("Ingrid Solberg", "Halvorsen Logistics"),
        ],
    ),
    en(
        "The acquisition of Norland Cold Chain by Dutch transport group Van der Brug Transport was completed on 3 March, following clearance from the Irish competition regulator. "
        "Norland, a temperature-controlled warehousing business serving pharmaceutical and food customers, was sold by private equity firm Carrick Partners, which had bought it from its founders in 2017.",
        [
            acq("Van der Brug Transport", "Norland Cold Chain", C),
        ],
        optional=[acq("Carrick Partners", "Norland Cold Chain", C)],
    ),
    en(
        "PEOPLE ON THE MOVE. Tessaly Freight has named Priya Raman as chief operating officer. Raman joins from parcel carrier Orbis Express, where she ran the UK network for five years. "
        "At Kerrigan Ports, Declan Moore has been promoted to commercial director, succeeding Alan Fitch, who retires at the end of June after 22 years with the port operator. "
        "And warehouse automation specialist Stackwise has hired former Amazon executive Ben Tolliver as vice president of sales for Europe.",
        [
            hire("Priya Raman", "Tessaly Freight", CA),
            posh("Declan Moore", "Kerrigan Ports"),
            dep("Alan Fitch", "Kerrigan Ports", A),
            hire("Ben Tolliver", "Stackwise", CA),
        ],
        optional=[
            dep("Priya Raman", "Orbis Express", C),
            pos("Priya Raman", "Orbis Express"),
            pos("Alan Fitch", "Kerrigan Ports"),
            pos("Ben Tolliver", "Amazon"),
            dep("Ben Tolliver", "Amazon", C),
        ],
    ),
    en(
        "Grocery wholesaler Brannock & Hale is exploring a sale of its convenience-store arm, Quickstop Express, according to three people familiar with the matter. "
        "Private equity firm Ashgrove Capital is among the parties that have held early discussions about a deal, which could value the chain at around £300 million, the people said. "
        "Brannock & Hale and Ashgrove declined to comment.",
        [
            acq("Ashgrove Capital", "Quickstop Express", TR),
        ],
    ),
    en(
        "Kelderman Logistics has won a five-year contract to run the national distribution centre of DIY chain Fernway Home & Garden in Daventry. "
        "The deal, worth an estimated £120 million, covers inbound handling, storage and store replenishment for 310 outlets. "
        "Kelderman will take on the 420 staff currently employed at the site under TUPE rules, and Fernway said the move would let it focus on its stores.",
        [],
    ),
    en(
        "Road haulier Ferris Bros has taken delivery of 60 electric tractor units from Volvo Trucks, the largest single order for battery-electric HGVs in Scotland to date. "
        "'This is the biggest investment in our 70-year history,' said managing director Colin Ferris. The trucks will run between the company's Grangemouth depot and supermarket distribution centres in the central belt.",
        [
            pos("Colin Ferris", "Ferris Bros"),
        ],
    ),
    en(
        "Bought for £48 million only three years ago, parcel locker network Boxwell is changing hands again. "
        "Its owner, retail property group Castlemere Estates, has agreed to sell the business to US locker operator ParcelPoint for an undisclosed sum, the companies said on Thursday. "
        "The transaction is expected to close before the end of the year.",
        [
            acq("ParcelPoint", "Boxwell", A),
        ],
        optional=[acq("Castlemere Estates", "Boxwell", C)],
    ),
    en(
        "Two of Scandinavia's largest freight brokers, Nordfrakt and Baltic Cargo Link, are in advanced talks about a merger, both companies confirmed on Wednesday after a report in the trade newspaper Nordic Freight Journal. "
        "No decision has been taken and there is no certainty that an agreement will be reached, they said in a joint statement.",
        [
            mer(["Nordfrakt", "Baltic Cargo Link"], T),
        ],
    ),
    en(
        "The board of fashion retailer Marlow & Finch has rejected a 210p-a-share takeover approach from investment firm Greystone Retail Holdings, saying it 'significantly undervalued' the company and its prospects. "
        "Greystone, which already owns 12 per cent of Marlow & Finch, said it was considering its options.",
        [
            acq("Greystone Retail Holdings", "Marlow & Finch", [F, T]),
        ],
        optional=[stake("Greystone Retail Holdings", "Marlow & Finch", C)],
    ),
    en(
        "Hollins Department Stores has lost its chief merchant. Clare Donnelly, who joined the company from Selfridges in 2019, is leaving at the end of the month to become chief executive of homeware chain Ardent Living. "
        "Hollins said it would begin a search for a successor immediately.",
        [
            dep("Clare Donnelly", "Hollins Department Stores", A),
            hire("Clare Donnelly", "Ardent Living", A),
        ],
        optional=[
            pos("Clare Donnelly", "Hollins Department Stores"),
            hire("Clare Donnelly", "Hollins Department Stores", C),
            dep("Clare Donnelly", "Selfridges", C),
        ],
    ),
    en(
        "Convenience chain Pennyfield and fuel retailer Axton Energy will open 150 co-branded forecourt stores over the next three years under a joint venture announced on Tuesday. "
        "Each partner will hold 50 per cent of the venture, which will be run by Pennyfield's former trading director, Neil Ashworth.",
        [
            par(["Pennyfield", "Axton Energy"], CA),
            pos("Neil Ashworth", "Pennyfield"),
        ],
    ),
    en(
        "Discount chain ValuMart reported a 9% rise in like-for-like sales for the half year and reiterated plans to open 40 stores by the end of 2027. "
        "Asked about consolidation in the sector, the retailer said it had 'no appetite' for acquisitions and would continue to grow organically.",
        [],
    ),
    en(
        "Japanese trading house Mitsubishi Corporation has taken a 20 per cent stake in Rotterdam-based inland shipping operator Veldkamp Barge Lines, the family-owned company announced. "
        "The Veldkamp family keeps the remaining 80 per cent, and chief executive Joost Veldkamp said the partner would help the fleet switch to hydrogen propulsion.",
        [
            stake("Mitsubishi Corporation", "Veldkamp Barge Lines", C),
            pos("Joost Veldkamp", "Veldkamp Barge Lines"),
        ],
    ),
    en(
        "Amazon's logistics arm has been trying to lure experienced transport planners away from haulier Corbett Transport with sign-on bonuses of up to £5,000, according to a letter the Doncaster firm's managing director sent to staff this week. "
        "'We will not get into a bidding war,' the letter said.",
        [
            poa("Amazon", "Corbett Transport", T),
        ],
    ),
    en(
        "MANCHESTER, UK, 2 September 2026 -- Brightwater Healthcare Group ('Brightwater'), a leading provider of community musculoskeletal services, today announced that it has completed the acquisition of Tideway Physiotherapy, a network of 23 clinics in the North West. "
        "'Tideway's clinicians share our values,' said Helen Marsh, Group CEO of Brightwater. Tideway founder Owen Pryce will join Brightwater's executive committee. "
        "About Brightwater Healthcare Group: Brightwater operates more than 140 clinics across the UK and is a portfolio company of Severn Equity Partners.",
        [
            acq("Brightwater Healthcare Group", "Tideway Physiotherapy", C),
            pos("Helen Marsh", "Brightwater Healthcare Group"),
            pos("Owen Pryce", "Tideway Physiotherapy"),
        ],
        optional=[
            hire("Owen Pryce", "Brightwater Healthcare Group", A),
            acq("Severn Equity Partners", "Brightwater Healthcare Group", C),
        ],
    ),
    en(
        "Digital therapeutics company Mendwell Health has closed a $32 million Series B financing led by Orchard Life Sciences Fund. "
        "Alongside the round, Mendwell appointed Dr. Karen Osei, previously chief medical officer at Halcyon Diagnostics, as its chief medical officer.",
        [
            inv("Orchard Life Sciences Fund", "Mendwell Health", C),
            hire("Karen Osei", "Mendwell Health", CA),
            pos("Karen Osei", "Halcyon Diagnostics"),
        ],
        optional=[
            dep("Karen Osei", "Halcyon Diagnostics", C),
        ],
    ),
    en(
        "Carehaven Homes, which runs 42 care homes in the South West, has entered exclusive negotiations to sell itself to Canadian pension investor Boreal Pension Trust. "
        "The owners, the Trelawney family, put the business up for sale in the spring. Staff were told on Friday that no job cuts were planned.",
        [
            acq("Boreal Pension Trust", "Carehaven Homes", T),
        ],
    ),
    # --- semiconductors
    en(
        "Halvard Semiconductor has named Dr. Yuki Tanaka chief technology officer, effective January 5. Tanaka spent 17 years in Samsung Electronics' foundry business, most recently leading its advanced packaging research. "
        "She succeeds Paul Bremer, who is retiring after two decades with the company.",
        [
            hire("Yuki Tanaka", "Halvard Semiconductor", A),
            dep("Paul Bremer", "Halvard Semiconductor", A),
        ],
        optional=[
            pos("Paul Bremer", "Halvard Semiconductor"),
            dep("Yuki Tanaka", "Samsung Electronics", ANY),
            pos("Yuki Tanaka", "Samsung Electronics"),
        ],
    ),
    en(
        "Completed last week, the $1.2 billion purchase of test-socket maker ProbeCraft gives Ostrava-based Meridian Test Systems a foothold in the US, where ProbeCraft generates two thirds of its revenue. "
        "Meridian financed the deal with a mix of cash and new bank debt.",
        [
            acq("Meridian Test Systems", "ProbeCraft", C),
        ],
    ),
    en(
        "Foundry operator Celtis Silicon and chip-design software vendor Quantara Design have agreed to co-develop a process design kit for Celtis's 22-nanometre automotive platform. "
        "'Customers want to tape out faster, and that means tools and process have to be tuned together,' Celtis CEO Hugo Almeida said.",
        [
            par(["Celtis Silicon", "Quantara Design"], CA),
            pos("Hugo Almeida", "Celtis Silicon"),
        ],
    ),
    en(
        "Taiwanese chip-packaging house Jinhua Advanced Packaging is weighing a bid for Dresden-based Elbtal Microsystems, according to people with knowledge of the deliberations. "
        "Jinhua has not yet made an approach, and its board could still decide against a bid, the people said. Neither company responded to requests for comment.",
        [
            acq("Jinhua Advanced Packaging", "Elbtal Microsystems", R),
        ],
    ),
    en(
        "Wafer maker Solvane Silicon has placed an order worth around EUR 140 million for lithography and metrology tools from ASML and KLA for its new 300-millimetre line in Saxony. "
        "The equipment is scheduled to be installed in the second half of 2027, with volume production starting a year later.",
        [],
    ),
    en(
        "'If Ardent Micro wanted to buy its way into RF front-ends, Sanford Microwave would be the obvious candidate,' said Lena Hofmann, an analyst at Brookline Research. "
        "Neither company has indicated any interest in a transaction, and Sanford's founding family controls a majority of the voting shares.",
        [
            pos("Lena Hofmann", "Brookline Research"),
        ],
    ),
    en(
        "Verantis Semiconductor said on Tuesday it had terminated its agreement to acquire Korean memory-controller designer Haneul Micro after the deal failed to win approval from Chinese regulators within the 18-month deadline. "
        "Verantis will pay Haneul a $60 million break fee. Chief executive Robert Lindqvist said the company remained committed to expanding in storage.",
        [
            acq("Verantis Semiconductor", "Haneul Micro", F),
            pos("Robert Lindqvist", "Verantis Semiconductor"),
        ],
    ),
    en(
        "Corrin Microdevices said chief executive Alan Reeve had left the company 'by mutual agreement' with immediate effect. "
        "Chief financial officer Megan Cho will serve as interim CEO while the board searches for a permanent successor. The shares fell 8 per cent.",
        [
            dep("Alan Reeve", "Corrin Microdevices", C),
            posh("Megan Cho", "Corrin Microdevices"),
        ],
        optional=[pos("Alan Reeve", "Corrin Microdevices")],
    ),
    en(
        "Power-semiconductor specialist Vantor Semiconductor plans to list its silicon-carbide unit, Vantor Power, on the Frankfurt Stock Exchange next year, the company said. "
        "Vantor would keep a majority of the shares. The listing is part of a plan to fund a second fab without diluting existing shareholders.",
        [],
    ),
    en(
        "Two European chip-equipment makers, Grenoble-based Alpix Vacuum and Eindhoven's Dekker Motion, are in talks to form a joint venture for wafer-transfer robots, Dekker confirmed on Friday. "
        "An agreement could be signed in the first quarter, a spokeswoman said.",
        [
            par(["Alpix Vacuum", "Dekker Motion"], T),
        ],
    ),
    en(
        "The European Chips Fund, a vehicle backed by the EIB and several national development banks, has invested EUR 45 million in Finnish gallium-nitride start-up Auroral Devices. "
        "Existing shareholder Kettu Ventures also took part in the round. Auroral was founded in 2021 by Aalto University researchers Mikko Laine and Sanna Virtanen.",
        [
            inv("European Chips Fund", "Auroral Devices", C),
            inv("Kettu Ventures", "Auroral Devices", C),
            pos("Mikko Laine", "Auroral Devices"),
            pos("Sanna Virtanen", "Auroral Devices"),
        ],
        optional=[
            pos("Mikko Laine", "Aalto University"),
            pos("Sanna Virtanen", "Aalto University"),
        ],
    ),
    # --- media trade press
    en(
        "Selwyn Media Group has found a buyer for Selwyn Trade Publishing, its business-to-business magazine arm. "
        "The unit, which publishes titles including Grocery Trade Weekly and Van & Fleet Review, is being bought by Leicester-based Bramwell Publishing for an undisclosed sum, the company said on Friday. "
        "The deal is expected to close next month.",
        [
            acq("Bramwell Publishing", "Selwyn Trade Publishing", A),
        ],
    ),
    en(
        "Broadcaster Westbury TV has denied reports that its director of programmes, Martin Hale, was approached by streaming service Flixwave about running its UK originals slate. "
        "'Martin has not been approached and is not going anywhere,' a Westbury spokesperson said.",
        [
            poa("Flixwave", "Westbury TV", D),
            pos("Martin Hale", "Westbury TV"),
        ],
        optional=[dep("Martin Hale", "Westbury TV", D)],
    ),
    en(
        "Audio publishers Loudhouse and Echo Chamber Studios have completed their merger. The combined company keeps the Loudhouse name and is led by Loudhouse founder Tara Quinn, "
        "while Echo Chamber co-founder Sam Ortiz becomes chief content officer.",
        [
            mer(["Loudhouse", "Echo Chamber Studios"], C),
            pos("Tara Quinn", "Loudhouse"),
            pos("Sam Ortiz", "Echo Chamber Studios"),
        ],
        optional=[posh("Sam Ortiz", "Loudhouse")],
    ),
    en(
        "Regional newspaper publisher Harrowgate Media has invested £15 million in Nettle, a platform for paid email newsletters, in return for a minority stake. "
        "Nettle's chief executive, Imogen Clarke, said the money would fund expansion into the US.",
        [
            stake("Harrowgate Media", "Nettle", C),
            pos("Imogen Clarke", "Nettle"),
        ],
    ),
    en(
        "Trade publisher Keystone Business Media is changing its name to Keystone Insight from January, reflecting the growth of its data and events businesses. "
        "The company was formed in 2011 through the merger of Keystone Press and Delta Journals and now employs 600 people.",
        [],
        optional=[mer(["Keystone Press", "Delta Journals"], C)],
    ),
    en(
        "Streaming service Cinevault has offered senior commissioning roles to several drama executives at public broadcaster Northern Broadcasting Service, according to the industry newsletter Screen Ledger. "
        "Northern confirmed that its head of drama, Fiona Gallagher, had received an offer but said she had turned it down and would stay.",
        [
            poa("Cinevault", "Northern Broadcasting Service", [T, F]),
            pos("Fiona Gallagher", "Northern Broadcasting Service"),
        ],
    ),
    # --- healthcare trade press
    en(
        "Two regional hospital operators in the US Midwest, Prairie Health System and Lakeshore Medical Partners, have signed a definitive agreement to merge, creating a combined system with 14 hospitals and about 21,000 employees. "
        "The combined organization will be led by Prairie CEO Denise Akintola. Lakeshore chief executive Mark Feeney will serve as president until his planned retirement in 2028. "
        "The transaction requires approval from state regulators.",
        [
            mer(["Prairie Health System", "Lakeshore Medical Partners"], A),
            pos("Denise Akintola", "Prairie Health System"),
            pos("Mark Feeney", "Lakeshore Medical Partners"),
        ],
        optional=[dep("Mark Feeney", "Lakeshore Medical Partners", A)],
    ),
    en(
        "Carebridge Pharmacy has denied a Sunday newspaper report that it was in talks to acquire rival chain MediNorth. "
        "'There are no discussions with MediNorth, and we have no plans to make an offer,' a Carebridge spokesperson said on Monday.",
        [
            acq("Carebridge Pharmacy", "MediNorth", D),
        ],
    ),
    en(
        "Diagnostics group Verisense has poached Halcyon Diagnostics' head of European sales, Tomas Berg, together with three members of his team, the trade title Lab Business Review reports. "
        "Berg started at Verisense's Basel office on Monday. Halcyon said it was 'reviewing its legal options'.",
        [
            poa("Verisense", "Halcyon Diagnostics", C),
            hire("Tomas Berg", "Verisense", C),
            dep("Tomas Berg", "Halcyon Diagnostics", C),
        ],
        optional=[pos("Tomas Berg", "Halcyon Diagnostics")],
    ),
    en(
        "The planned combination of hospital groups St Aldric Health and Coastway Care has been called off. "
        "The two non-profits said they had ended their merger agreement after the Federal Trade Commission sued to block the deal, arguing it would raise prices for patients in three counties.",
        [
            mer(["St Aldric Health", "Coastway Care"], F),
        ],
    ),
    en(
        "Kelvara Therapeutics has licensed the European rights to its migraine drug KLV-204 to Italy's Farmaceutica Rossetti in a deal worth up to EUR 220 million including milestones. "
        "Rossetti will handle regulatory filings and commercialisation in 31 countries; Kelvara keeps the rights in the US and Asia.",
        [
            par(["Kelvara Therapeutics", "Farmaceutica Rossetti"], CA),
        ],
    ),
    en(
        "MOVES. Dr. Anjali Mehra has joined Linnet Care Group as medical director; she was previously deputy medical director at Harbourside NHS Foundation Trust. "
        "Veterinary chain PawsFirst has appointed Gavin Doyle, formerly chief financial officer of Greenleaf Pharmacy, as CFO, effective 1 February. "
        "And Robert Achebe, founder of home-care provider Kindly, has stepped down as chief executive to become chairman; chief operating officer Lucy Stroud succeeds him.",
        [
            hire("Anjali Mehra", "Linnet Care Group", C),
            pos("Anjali Mehra", "Harbourside NHS Foundation Trust"),
            hire("Gavin Doyle", "PawsFirst", A),
            pos("Gavin Doyle", "Greenleaf Pharmacy"),
            pos("Robert Achebe", "Kindly"),
            posh("Lucy Stroud", "Kindly"),
        ],
        optional=[
            dep("Anjali Mehra", "Harbourside NHS Foundation Trust", C),
            dep("Gavin Doyle", "Greenleaf Pharmacy", C),
            posh("Robert Achebe", "Kindly"),
            dep("Robert Achebe", "Kindly", C),
        ],
    ),
    en(
        "Dental group SmileWorks is in the final stages of talks to acquire Brightdent, a chain of 35 practices in Scotland, according to two people familiar with the matter, who said a deal could be announced within weeks. "
        "SmileWorks, which is owned by private equity firm Larchmont Capital, has bought more than 60 practices since 2022.",
        [
            acq("SmileWorks", "Brightdent", TR),
        ],
        optional=[acq("Larchmont Capital", "SmileWorks", C)],
    ),
    en(
        "Hospital supplies distributor Medicor Direct said it had signed a three-year framework agreement with NHS Supply Chain covering wound-care products worth up to £85 million. "
        "'This is a major vote of confidence in our service levels,' said sales director Hannah Okafor.",
        [
            pos("Hannah Okafor", "Medicor Direct"),
        ],
    ),
    en(
        "Mark Feld, chief executive of laboratory operator Quanta Labs, is expected to leave the company after the completion of its sale, three people familiar with the matter said. "
        "Quanta declined to comment on what it called speculation.",
        [
            dep("Mark Feld", "Quanta Labs", R),
        ],
        optional=[pos("Mark Feld", "Quanta Labs")],
    ),
    # --- press releases and local papers
    en(
        "SAN JOSE, Calif., Oct. 6, 2026 -- Norvane Photonics, Inc., a supplier of silicon-photonics transceivers for data centers, today announced that Elena Petrova has joined its board of directors as an independent director. "
        "Petrova is the former chief operating officer of Trellis Networks. 'Elena's operating experience will be invaluable,' said Norvane co-founder and CEO James Whitcombe. "
        "About Norvane Photonics: Founded in 2016, Norvane is headquartered in San Jose and backed by Redwood Peak Ventures and Corallo Capital.",
        [
            posh("Elena Petrova", "Norvane Photonics"),
            pos("Elena Petrova", "Trellis Networks"),
            pos("James Whitcombe", "Norvane Photonics"),
        ],
        optional=[
            inv("Redwood Peak Ventures", "Norvane Photonics", C),
            inv("Corallo Capital", "Norvane Photonics", C),
        ],
    ),
    en(
        "Greenacres Garden Centre on the Holt Road has been sold to national chain Blooms & Co, ending more than 40 years of ownership by the Whitlock family. "
        "The new owners took over on Monday and say all 35 staff will keep their jobs. 'We wanted it to go to people who care about plants,' said Margaret Whitlock, who ran the centre with her late husband.",
        [
            acq("Blooms & Co", "Greenacres Garden Centre", C),
            pos("Margaret Whitlock", "Greenacres Garden Centre"),
        ],
    ),
    en(
        "Family-run bakery chain Pryor's, which has 18 shops across Norfolk, has been bought by its management team after the Pryor family decided to step back from the business. "
        "The buyout was led by operations director Karen Lowe and backed by a loan from Anglia Business Bank. Customers will not notice any changes, the company said.",
        [
            pos("Karen Lowe", "Pryor's"),
        ],
        optional=[acq("Karen Lowe", "Pryor's", C)],
    ),
    en(
        "Councillors in Westby have voted to sell the council-owned bus operator Westby Buses to transport group Arriva for £11 million. "
        "The sale still needs the approval of the Department for Transport, and the council's opposition leader, Sarah Coombes, said her group would continue to fight it.",
        [
            acq("Arriva", "Westby Buses", A),
        ],
        optional=[pos("Sarah Coombes", "Westby Council")],
    ),
    en(
        "A warehouse operator on the Barnfield industrial estate is to cut 300 jobs after losing its main customer, union officials said. "
        "Unite regional officer Tony Marsh said the union would seek talks with management about redeployment and redundancy terms.",
        [
            pos("Tony Marsh", "Unite"),
        ],
    ),
    en(
        "Hartlepool-based Corbin Engineering won the 'Family Business of the Year' prize at the Coastline Business Awards on Thursday night. "
        "Accepting the award, managing director Jenny Corbin, the third generation of her family to run the firm, thanked the 140 staff. The company also picked up the export award.",
        [
            pos("Jenny Corbin", "Corbin Engineering"),
        ],
    ),
    en(
        "LONDON, 14 October 2026 -- Quillon Retail Technologies, a provider of electronic shelf labels, today announced a strategic partnership with supermarket chain Hartfield's to jointly develop a dynamic-pricing platform for fresh produce. "
        "'We are thrilled to be working with Hartfield's,' said Sofia Brandt, CEO of Quillon. "
        "About Quillon Retail Technologies: Founded in 2014 by Sofia Brandt and Lukas Meier, Quillon is headquartered in London and backed by Tamsin Growth Partners.",
        [
            par(["Quillon Retail Technologies", "Hartfield's"], CA),
            pos("Sofia Brandt", "Quillon Retail Technologies"),
            pos("Lukas Meier", "Quillon Retail Technologies"),
        ],
        optional=[inv("Tamsin Growth Partners", "Quillon Retail Technologies", C)],
    ),
    # --- more trade-journal items
    en(
        "Port operator Solent Gateway has raised its holding in the Fawley container terminal operator, Fawley Box Terminal, from 49 per cent to 100 per cent after buying out its Danish joint-venture partner, Skagen Port Holdings. "
        "The deal closed on Friday, Solent Gateway said.",
        [
            acq("Solent Gateway", "Fawley Box Terminal", C),
        ],
        optional=[stake("Solent Gateway", "Fawley Box Terminal", C)],
    ),
    en(
        "Less than a month after it was announced, the purchase of cold-storage operator Arctica Warehousing by logistics group Renfrew Holdings has collapsed. "
        "Renfrew said it had been unable to secure financing on acceptable terms and had withdrawn from the agreement. Arctica's owners said they would relaunch the sale process.",
        [
            acq("Renfrew Holdings", "Arctica Warehousing", F),
        ],
    ),
    en(
        "Supermarket group Fenwick Foods is said to be considering an offer for the regional chain Dunmore's, which operates 54 stores in the north of England, according to a report in a retail trade newsletter. "
        "Dunmore's said on Tuesday that it had not received any approach.",
        [
            acq("Fenwick Foods", "Dunmore's", [R, D]),
        ],
    ),
    en(
        "Homeware retailer Cotswold Living has signed a master franchise agreement with Dubai-based Al Mansoori Retail Group to open 25 stores across the Gulf over five years. "
        "It is the first international expansion for the 30-year-old brand, chief executive Rachel Emery said.",
        [
            par(["Cotswold Living", "Al Mansoori Retail Group"], CA),
            pos("Rachel Emery", "Cotswold Living"),
        ],
    ),
    en(
        "After eleven years at the helm, Simon Hartley is stepping down as editor of the trade title Freight & Warehouse Weekly at the end of December 'to pursue other interests'. "
        "His deputy, Naomi Fox, will take over as editor from January, the magazine's publisher, Bramwell Publishing, said.",
        [
            dep("Simon Hartley", "Freight & Warehouse Weekly", A),
            posh("Naomi Fox", "Freight & Warehouse Weekly"),
        ],
        optional=[
            pos("Simon Hartley", "Freight & Warehouse Weekly"),
            dep("Simon Hartley", "Bramwell Publishing", A),
            posh("Naomi Fox", "Bramwell Publishing"),
        ],
    ),
    en(
        "'We would certainly look at acquisitions if the right opportunity came along, but valuations in contract logistics are still too high,' chief financial officer Paula Grant of Tessaly Freight told analysts. "
        "The company ended the quarter with net cash of £210 million.",
        [
            pos("Paula Grant", "Tessaly Freight"),
        ],
    ),
    en(
        "Fashion retailer Bellamy Rose has agreed to sell a 60 per cent stake to private equity firm Northgate Partners, valuing the business at about £400 million. "
        "Founder Victoria Bellamy, who started the label from a market stall in Camden in 1998, will keep the remaining shares and stay on as creative director.",
        [
            acq("Northgate Partners", "Bellamy Rose", A),
            pos("Victoria Bellamy", "Bellamy Rose"),
        ],
    ),
    en(
        "Chip-tester maker Orrin Instruments and Canadian rival Maplewave Test have agreed an all-share merger of equals that will create a company with annual revenue of about $900 million. "
        "Orrin shareholders will own 52 per cent of the combined group, which will be called Orrin Maplewave and be run by Maplewave chief executive Claire Dubois. "
        "Orrin CEO Frank Maddox will become executive chairman.",
        [
            mer(["Orrin Instruments", "Maplewave Test"], A),
            pos("Claire Dubois", "Maplewave Test"),
            pos("Frank Maddox", "Orrin Instruments"),
        ],
        optional=[
            posh("Claire Dubois", "Orrin Maplewave"),
            posh("Frank Maddox", "Orrin Maplewave"),
        ],
    ),
    en(
        "Logistics software provider Routemaster has returned to its founder for leadership. David Kenwood, who founded the company in 2004 and left in 2019, has rejoined as chief executive with immediate effect, replacing Amelia Stone. "
        "Stone, who had led Routemaster since 2021, has left the business.",
        [
            hire("David Kenwood", "Routemaster", C),
            dep("Amelia Stone", "Routemaster", C),
        ],
        optional=[
            pos("David Kenwood", "Routemaster"),
            pos("Amelia Stone", "Routemaster"),
            dep("David Kenwood", "Routemaster", C),
        ],
    ),
    en(
        "Regional publisher Harrowgate Media is in talks to buy the Wexley Gazette, one of England's last independently owned daily newspapers, from the Pemberton family, the paper reported on its own front page. "
        "The family confirmed discussions were taking place but said no agreement had been reached.",
        [
            acq("Harrowgate Media", "Wexley Gazette", T),
        ],
    ),
    en(
        "Pharmacy chain Wellside has been quietly building its network for a decade. It bought Lanark Chemists in 2016 and the 40-branch Pearce Pharmacy group in 2021, and it now operates 310 stores. "
        "This week the company opened its first drive-through pharmacy in Swindon.",
        [],
        optional=[
            acq("Wellside", "Lanark Chemists", C),
            acq("Wellside", "Pearce Pharmacy", C),
        ],
    ),
    en(
        "Outdoor retailer Summit Supply and online rival TrailBox have dismissed speculation that they are planning to merge. "
        "'We are not in talks with TrailBox and have no intention of merging with anyone,' Summit Supply said in a statement on Thursday. TrailBox said separately that it was 'fully focused on its standalone plan'.",
        [
            mer(["Summit Supply", "TrailBox"], D),
        ],
    ),
    en(
        "Food manufacturer Harlow Foods has recalled three batches of its chilled ready meals after a labelling error meant milk was not listed as an ingredient. "
        "The Food Standards Agency said customers with an allergy should not eat the products. No other Harlow products are affected.",
        [],
    ),
    en(
        "Mobile-chip designer Kestrel Silicon tried to hire the entire radio-frequency team of British rival Ashby Semiconductor last month, offering some engineers double their salaries, people familiar with the matter said. "
        "Ashby responded with retention bonuses, and none of the engineers accepted, the people said.",
        [
            poa("Kestrel Silicon", "Ashby Semiconductor", [F, R]),
        ],
    ),
    en(
        "ABERDEEN, Nov. 3, 2026 -- Corran Marine Logistics, a provider of supply-base services to the North Sea energy industry, has acquired Fraserburgh-based Buchan Quayside Services. "
        "The transaction was completed on 31 October. 'Buchan brings us deep-water quay capacity and a skilled team,' said Corran managing director Iain McLeod. "
        "Buchan's owner and managing director, Morag Cruickshank, will remain with the business. Corran Marine Logistics is a subsidiary of Harbour Holdings Group.",
        [
            acq("Corran Marine Logistics", "Buchan Quayside Services", C),
            pos("Iain McLeod", "Corran Marine Logistics"),
            pos("Morag Cruickshank", "Buchan Quayside Services"),
        ],
        optional=[acq("Harbour Holdings Group", "Corran Marine Logistics", C)],
    ),
    # ------------------------------------------------------------------ German
    # --- Mittelstand: Nachfolge, Finanzinvestoren, Insolvenz
    de(
        "Nach mehr als 90 Jahren in Familienhand wird der Armaturenhersteller Kessler & Sohn aus Iserlohn verkauft. Neuer Mehrheitseigentümer wird die Münchner Beteiligungsgesellschaft Alpenfeld Capital, die 75 Prozent der Anteile übernimmt, wie beide Seiten am Dienstag mitteilten. "
        "Die restlichen 25 Prozent behält die Familie. Geschäftsführer Martin Kessler, der das Unternehmen in vierter Generation führt, hatte keinen Nachfolger aus der Familie gefunden; er soll noch bis Ende 2027 an der Spitze bleiben. "
        "Über den Kaufpreis wurde Stillschweigen vereinbart, das Bundeskartellamt muss noch zustimmen.",
        [
            acq("Alpenfeld Capital", "Kessler & Sohn", A),
            pos("Martin Kessler", "Kessler & Sohn"),
        ],
        optional=[dep("Martin Kessler", "Kessler & Sohn", A)],
    ),
    de(
        "Der insolvente Polstermöbelhersteller Wendlinger Möbelwerke aus Oberfranken ist gerettet. Insolvenzverwalter Thomas Albrecht, Partner der Kanzlei Brenner Albrecht Rechtsanwälte, hat am Freitag den Kaufvertrag mit der polnischen Möbelgruppe Meblox unterzeichnet. "
        "Der Geschäftsbetrieb geht zum 1. Juli auf den Käufer über, die Gläubigerversammlung hatte dem Verkauf zuvor zugestimmt. Von den 340 Beschäftigten sollen 280 übernommen werden.",
        [
            acq("Meblox", "Wendlinger Möbelwerke", A),
            pos("Thomas Albrecht", "Brenner Albrecht Rechtsanwälte"),
        ],
        optional=[pos("Thomas Albrecht", "Wendlinger Möbelwerke")],
    ),
    de(
        "Der Finanzinvestor Nordlicht Partners soll Interesse an dem Verpackungsspezialisten Grüning Folien aus Bielefeld haben. Das berichtet die Fachzeitschrift „Verpackungs-Rundschau“ unter Berufung auf Branchenkreise. "
        "Demnach könnte Grüning mit rund 200 Millionen Euro bewertet werden. Eine Sprecherin des Familienunternehmens wollte sich zu „Marktgerüchten“ nicht äußern.",
        [
            acq("Nordlicht Partners", "Grüning Folien", R),
        ],
    ),
    de(
        "Der Landtechnikhändler Bergmann Agrar aus dem Emsland hat Berichte zurückgewiesen, wonach der US-Konzern Deere & Company das Unternehmen kaufen wolle. "
        "„Wir stehen nicht zum Verkauf, und es gibt auch keine Gespräche“, sagte Geschäftsführer Hubert Bergmann der Lokalzeitung. Das Unternehmen ist seit 1961 im Besitz der Familie.",
        [
            acq("Deere & Company", "Bergmann Agrar", D),
            pos("Hubert Bergmann", "Bergmann Agrar"),
        ],
    ),
    de(
        "Generationswechsel bei Holzbau Reichenbach: Zum 1. Januar übernimmt Lena Reichenbach, die seit 2019 im Betrieb als Projektleiterin arbeitet, die Geschäftsführung von ihrem Vater Georg Reichenbach. "
        "Der 64-Jährige zieht sich nach 32 Jahren aus dem operativen Geschäft zurück und wechselt in den Beirat des Zimmereibetriebs.",
        [
            posh("Lena Reichenbach", "Holzbau Reichenbach"),
            pos("Georg Reichenbach", "Holzbau Reichenbach"),
        ],
        optional=[
            dep("Georg Reichenbach", "Holzbau Reichenbach", A),
            posh("Georg Reichenbach", "Holzbau Reichenbach"),
        ],
    ),
    de(
        "Der Schwarzwälder Messtechnikspezialist Hegel Sensorik gehört jetzt mehrheitlich dem Finanzinvestor Tannenberg Capital. Der Kauf sei am Montag vollzogen worden, teilten beide Seiten mit. "
        "Firmengründer Rolf Hegel (71) bleibt mit 20 Prozent beteiligt und wechselt in den Beirat; die operative Führung liegt weiter bei Geschäftsführerin Anke Fehrle.",
        [
            acq("Tannenberg Capital", "Hegel Sensorik", C),
            pos("Rolf Hegel", "Hegel Sensorik"),
            pos("Anke Fehrle", "Hegel Sensorik"),
        ],
        optional=[posh("Rolf Hegel", "Hegel Sensorik")],
    ),
    de(
        "Übernommen wird der Ventilhersteller Ebert Hydraulik aus Siegen von der schwedischen Industriegruppe Solvik. Ein entsprechender Vertrag sei am Freitag unterzeichnet worden, teilte Solvik in Stockholm mit. "
        "Der Abschluss der Transaktion wird im ersten Quartal erwartet. Ebert beschäftigt 260 Mitarbeiter und soll als eigenständige Marke erhalten bleiben.",
        [
            acq("Solvik", "Ebert Hydraulik", A),
        ],
    ),
    de(
        "Der Sondermaschinenbauer Lohmann Automation aus Paderborn hat einen Großauftrag von Volkswagen erhalten. Das Unternehmen liefert bis 2028 Montageanlagen für Batteriemodule im Wert eines zweistelligen Millionenbetrags. "
        "Um den Auftrag abzuarbeiten, sollen 60 zusätzliche Fachkräfte eingestellt werden.",
        [],
    ),
    de(
        "Die Übernahme der Gießerei Hütte Lahnstein durch den Industrieinvestor Varga Holding ist geplatzt. Die Gespräche seien ohne Ergebnis beendet worden, weil man sich nicht über die Pensionsverpflichtungen habe einigen können, teilte die Gießerei mit. "
        "Die Eigentümerfamilie will nun mit anderen Interessenten sprechen.",
        [
            acq("Varga Holding", "Hütte Lahnstein", F),
        ],
    ),
    de(
        "Der Fensterbauer Kramer Fenstertechnik aus dem Sauerland hat beim Amtsgericht Arnsberg einen Insolvenzantrag gestellt. Zum vorläufigen Insolvenzverwalter wurde Rechtsanwalt Peter Lanz, Partner der Kanzlei Lanz & Kollegen, bestellt. "
        "Der Geschäftsbetrieb läuft weiter, die Löhne sind über das Insolvenzgeld bis Ende Februar gesichert. Gespräche mit möglichen Investoren sollen zeitnah beginnen.",
        [
            pos("Peter Lanz", "Lanz & Kollegen"),
        ],
        optional=[pos("Peter Lanz", "Kramer Fenstertechnik")],
    ),
    de(
        "Seit Wochen versucht der Wettbewerber Siebert Fensterbau, Monteure und Vertriebsleute des insolventen Konkurrenten Kramer Fenstertechnik abzuwerben. "
        "Nach Angaben des Betriebsrats haben bereits mehrere Beschäftigte Angebote erhalten. Siebert-Geschäftsführer Ralf Siebert bestätigte Gespräche: „Gute Leute sind auf dem Markt, da wären wir dumm, wenn wir nicht anrufen.“",
        [
            poa("Siebert Fensterbau", "Kramer Fenstertechnik", T),
            pos("Ralf Siebert", "Siebert Fensterbau"),
        ],
    ),
    de(
        "Die Familienholding der Unternehmerfamilie Wendt, die Wendt Beteiligungen, steigt mit 25,1 Prozent bei dem Heilbronner Softwarehaus Logivera ein. "
        "Die Vereinbarung wurde in dieser Woche unterzeichnet; über den Preis machten die Partner keine Angaben. Logivera-Gründer Sven Arnold bleibt Mehrheitsgesellschafter.",
        [
            stake("Wendt Beteiligungen", "Logivera", CA),
            pos("Sven Arnold", "Logivera"),
        ],
    ),
    de(
        "Der Finanzinvestor Rheintal Equity prüft nach Informationen dieser Zeitung den Verkauf seiner Mehrheitsbeteiligung an dem Laborausrüster Weyland Labortechnik, den er 2019 von der Gründerfamilie erworben hatte. "
        "Als mögliche Käufer gelten sowohl strategische Interessenten als auch andere Finanzinvestoren. Namen wurden nicht bekannt.",
        [],
        optional=[acq("Rheintal Equity", "Weyland Labortechnik", C)],
    ),
    de(
        "Das Agrartech-Start-up Feldwerk aus Osnabrück hat in einer Finanzierungsrunde 12 Millionen Euro eingesammelt. Angeführt wird die Runde vom Wagniskapitalgeber Grünhaus Ventures; "
        "außerdem beteiligt sich der Landmaschinenhersteller Claas. Feldwerk wurde 2022 von den Agrarwissenschaftlern Jana Ostermann und Kai Rohde gegründet und entwickelt Sensoren für die Bodenanalyse.",
        [
            inv("Grünhaus Ventures", "Feldwerk", C),
            inv("Claas", "Feldwerk", C),
            pos("Jana Ostermann", "Feldwerk"),
            pos("Kai Rohde", "Feldwerk"),
        ],
    ),
    de(
        "Beim Spezialchemiehersteller Auerbach Chemie zieht ein Finanzinvestor ein: Die Frankfurter Beteiligungsgesellschaft Mainbrück Partners übernimmt sämtliche Anteile von den Erben des verstorbenen Firmenpatriarchen Walter Auerbach. "
        "Der Vertrag ist unterschrieben, der Vollzug wird nach Zustimmung der Kartellbehörden im Frühjahr erwartet.",
        [
            acq("Mainbrück Partners", "Auerbach Chemie", A),
        ],
        optional=[pos("Walter Auerbach", "Auerbach Chemie")],
    ),
    de(
        "Die Brüder Thomas und Michael Grabner haben ihren Werkzeugbau Grabner Präzision an den Maschinenbaukonzern Hallwerk verkauft. "
        "Der Verkauf wurde bereits zum Monatsende vollzogen, wie erst jetzt bekannt wurde. Beide Brüder scheiden zum Jahresende aus der Geschäftsführung aus.",
        [
            acq("Hallwerk", "Grabner Präzision", C),
            dep("Thomas Grabner", "Grabner Präzision", A),
            dep("Michael Grabner", "Grabner Präzision", A),
        ],
        optional=[
            pos("Thomas Grabner", "Grabner Präzision"),
            pos("Michael Grabner", "Grabner Präzision"),
        ],
    ),
    # --- Stadtwerke und kommunale Unternehmen
    de(
        "Die Stadtwerke Lindenau und die Stadtwerke Haselbach sollen fusionieren. Das haben die Aufsichtsräte beider kommunaler Versorger am Mittwochabend beschlossen; zustimmen müssen noch die Stadträte beider Städte, die im März abstimmen. "
        "Die neue Gesellschaft soll Stadtwerke Lindenau-Haselbach heißen und ihren Sitz in Lindenau haben. Geschäftsführerin wird die bisherige Lindenauer Chefin Sabine Wörner; ihr Haselbacher Kollege Frank Tessmer geht in den Ruhestand.",
        [
            mer(["Stadtwerke Lindenau", "Stadtwerke Haselbach"], A),
            pos("Sabine Wörner", "Stadtwerke Lindenau"),
            dep("Frank Tessmer", "Stadtwerke Haselbach", CA),
        ],
        optional=[
            pos("Frank Tessmer", "Stadtwerke Haselbach"),
            posh("Sabine Wörner", "Stadtwerke Lindenau-Haselbach"),
        ],
    ),
    de(
        "Der Stadtrat von Talheim hat mit breiter Mehrheit beschlossen, 24,9 Prozent der Stadtwerke Talheim an den regionalen Energieversorger Südwestenergie zu verkaufen. "
        "Der Kaufvertrag soll im Dezember unterzeichnet werden. Mit dem Erlös von rund 30 Millionen Euro will die Stadt den Ausbau der Fernwärme finanzieren. Die Mehrheit bleibt in kommunaler Hand.",
        [
            stake("Südwestenergie", "Stadtwerke Talheim", A),
        ],
    ),
    de(
        "Die Bürgerinnen und Bürger von Kornstadt haben den Teilverkauf ihrer Stadtwerke gestoppt. Beim Bürgerentscheid am Sonntag stimmten 61 Prozent gegen den Plan, 40 Prozent der Stadtwerke Kornstadt an den Versorger Ostenergie abzugeben. "
        "Das Ergebnis ist für drei Jahre bindend. Oberbürgermeister Jens Lüders (SPD) kündigte an, nun nach anderen Wegen der Finanzierung zu suchen.",
        [
            stake("Ostenergie", "Stadtwerke Kornstadt", F),
        ],
        optional=[pos("Jens Lüders", "Kornstadt")],
    ),
    de(
        "Neuer Geschäftsführer der Stadtwerke Brunnthal wird zum 1. April Dr. Matthias Kern. Der 47-Jährige ist derzeit Bereichsleiter Netze bei den Stadtwerken Ellerbach. "
        "Er tritt die Nachfolge von Gerhard Wimmer an, der nach 18 Jahren an der Spitze des kommunalen Unternehmens in den Ruhestand geht. Der Aufsichtsrat hatte Kern einstimmig gewählt.",
        [
            hire("Matthias Kern", "Stadtwerke Brunnthal", A),
            pos("Matthias Kern", "Stadtwerke Ellerbach"),
            dep("Gerhard Wimmer", "Stadtwerke Brunnthal", A),
        ],
        optional=[
            dep("Matthias Kern", "Stadtwerke Ellerbach", A),
            pos("Gerhard Wimmer", "Stadtwerke Brunnthal"),
        ],
    ),
    de(
        "Die Stadtwerke Mühlhofen haben 20 Elektrobusse beim Hersteller Solaris bestellt. Die Fahrzeuge sollen ab Herbst 2027 im Stadtverkehr eingesetzt werden; der Bund fördert die Anschaffung mit 40 Prozent. "
        "Zusätzlich wird auf dem Betriebshof eine Ladeinfrastruktur errichtet.",
        [],
    ),
    de(
        "Für den Glasfaserausbau im Landkreis gehen die Stadtwerke Heidhausen und die Gemeindewerke Oberweiler gemeinsame Wege: Sie haben die gemeinsame Gesellschaft Glasfaser Heidhausen-Oberweiler gegründet, an der beide jeweils zur Hälfte beteiligt sind. "
        "Bis 2029 sollen 18.000 Haushalte angeschlossen werden.",
        [
            par(["Stadtwerke Heidhausen", "Gemeindewerke Oberweiler"], CA),
        ],
    ),
    de(
        "Die Stadtwerke Eschenau haben den Windpark Hohe Egge vollständig übernommen. Verkäufer ist der Projektentwickler Windkraft Nordwest, der den Park mit sieben Anlagen 2021 errichtet hatte. "
        "Der Kauf wurde Ende Oktober abgeschlossen, sagte Stadtwerke-Chefin Claudia Brandt. Damit decken die Stadtwerke rund ein Drittel ihres Strombedarfs aus eigener Erzeugung.",
        [
            acq("Stadtwerke Eschenau", "Windpark Hohe Egge", C),
            pos("Claudia Brandt", "Stadtwerke Eschenau"),
        ],
    ),
    de(
        "Einen Verkauf von Anteilen der Stadtwerke Tannried an den Energiekonzern EnBW wird es nicht geben. Berichte über entsprechende Verhandlungen seien „frei erfunden“, erklärte der Aufsichtsratsvorsitzende der Stadtwerke, Oberbürgermeister Rainer Holzapfel, am Montag.",
        [
            stake("EnBW", "Stadtwerke Tannried", D),
            pos("Rainer Holzapfel", "Stadtwerke Tannried"),
        ],
        optional=[pos("Rainer Holzapfel", "Tannried")],
    ),
    de(
        "Die geplante Fusion der Stadtwerke Altbrücken mit den Stadtwerken Seelbrunn ist vom Tisch. Der Gemeinderat von Seelbrunn lehnte den Zusammenschluss am Donnerstag mit 14 zu 11 Stimmen ab. "
        "Die Altbrückener hatten bereits im Sommer zugestimmt.",
        [
            mer(["Stadtwerke Altbrücken", "Stadtwerke Seelbrunn"], F),
        ],
    ),
    de(
        "Die Stadtwerke Finkenstedt erhöhen zum 1. Januar den Gaspreis um durchschnittlich acht Prozent. Grund seien gestiegene Netzentgelte und die CO2-Abgabe, sagte Geschäftsführerin Petra Lang. "
        "Ein Musterhaushalt mit 20.000 Kilowattstunden Verbrauch zahlt dann rund 130 Euro mehr im Jahr.",
        [
            pos("Petra Lang", "Stadtwerke Finkenstedt"),
        ],
    ),
    # --- Genossenschaften
    de(
        "Die Volksbank Ahrweide eG und die Raiffeisenbank Kellental eG wollen sich zusammenschließen. Die Vorstände haben eine Absichtserklärung unterzeichnet, die Vertreterversammlungen beider Genossenschaftsbanken sollen im Juni über die Fusion abstimmen. "
        "Vorstandsvorsitzender des fusionierten Instituts soll Jürgen Faller werden, der bislang die Volksbank Ahrweide führt. Rückwirkend zum 1. Januar soll die Verschmelzung wirksam werden.",
        [
            mer(["Volksbank Ahrweide", "Raiffeisenbank Kellental"], A),
            pos("Jürgen Faller", "Volksbank Ahrweide"),
        ],
    ),
    de(
        "Die Molkereigenossenschaft Bergwiesen Milch hat die private Käserei Huber im Oberallgäu übernommen. Die Familie Huber hatte keinen Nachfolger gefunden. "
        "Die Käserei mit 35 Beschäftigten wird als Marke fortgeführt; Käsermeister Anton Huber bleibt als Betriebsleiter an Bord.",
        [
            acq("Bergwiesen Milch", "Käserei Huber", C),
            pos("Anton Huber", "Käserei Huber"),
        ],
    ),
    de(
        "Die Bürgerenergiegenossenschaft Sonnenland hat im vergangenen Jahr 420 neue Mitglieder aufgenommen und zählt nun mehr als 3.100 Genossen. "
        "Mit dem zusätzlichen Kapital sollen zwei weitere Solarparks gebaut werden. Die Dividende bleibt bei drei Prozent.",
        [],
    ),
    de(
        "Die Raiffeisen-Warengenossenschaft Kinzigtal-Nord gibt ihre Baumarkttochter RWG Baumärkte ab. Die Gesellschaft mit 14 Märkten geht an die private Baumarktkette Hammer & Kelle, wie beide Seiten bestätigten. "
        "Der Vertrag ist unterzeichnet, das Kartellamt muss aber noch zustimmen. Die Genossenschaft will sich künftig auf Agrarhandel und Energie konzentrieren.",
        [
            acq("Hammer & Kelle", "RWG Baumärkte", A),
        ],
    ),
    de(
        "Die Einkaufsgenossenschaften Elektro-Union Süd und Elektroverbund Nord arbeiten künftig im Einkauf und in der Logistik zusammen. Einen entsprechenden Kooperationsvertrag unterzeichneten die Vorstände am Rande der Messe Light + Building. "
        "Eine Fusion sei nicht geplant, betonte Elektro-Union-Vorstand Karl-Heinz Ebner.",
        [
            par(["Elektro-Union Süd", "Elektroverbund Nord"], CA),
            pos("Karl-Heinz Ebner", "Elektro-Union Süd"),
        ],
    ),
    de(
        "Wechsel im Vorstand der Wohnungsbaugenossenschaft Lindenhof: Die Vertreterversammlung hat Susanne Becker in den Vorstand gewählt. Sie kommt von der städtischen Wohnungsgesellschaft GWG Neustadt, wo sie den Bereich Bestandsmanagement leitete. "
        "Becker folgt auf Horst Kämmerer, der Ende März nach 25 Jahren in den Ruhestand geht.",
        [
            hire("Susanne Becker", "Wohnungsbaugenossenschaft Lindenhof", CA),
            dep("Horst Kämmerer", "Wohnungsbaugenossenschaft Lindenhof", A),
        ],
        optional=[
            pos("Susanne Becker", "GWG Neustadt"),
            dep("Susanne Becker", "GWG Neustadt", ANY),
            pos("Horst Kämmerer", "Wohnungsbaugenossenschaft Lindenhof"),
        ],
    ),
    # --- Lokalzeitung
    de(
        "Die Bäckerei Kühn in der Hauptstraße bekommt einen neuen Eigentümer: Zum 1. März übernimmt die Bäckereikette Kornblume Backstuben den Traditionsbetrieb mit seinen drei Filialen, wie Inhaber Werner Kühn bestätigte. "
        "„Meine Kinder haben andere Wege eingeschlagen, da war das die beste Lösung“, sagte der 68-Jährige. Alle zwölf Mitarbeiterinnen und Mitarbeiter werden übernommen.",
        [
            acq("Kornblume Backstuben", "Bäckerei Kühn", A),
            pos("Werner Kühn", "Bäckerei Kühn"),
        ],
    ),
    de(
        "Das Autohaus Brenner an der B27 gehört seit Anfang des Monats zur Auto-Wagner-Gruppe aus Stuttgart. Seniorchef Werner Brenner, der den VW- und Skoda-Betrieb 1988 von seinem Vater übernommen hatte, fand in der Familie keinen Nachfolger. "
        "Er bleibt dem Haus bis Jahresende als Berater verbunden; neuer Standortleiter ist der bisherige Verkaufsleiter Timo Vogt.",
        [
            acq("Auto-Wagner-Gruppe", "Autohaus Brenner", C),
            pos("Werner Brenner", "Autohaus Brenner"),
            posh("Timo Vogt", "Autohaus Brenner"),
        ],
        optional=[dep("Werner Brenner", "Autohaus Brenner", A)],
    ),
    de(
        "100 Jahre Möbelwerkstatt Dorn: Was 1926 als kleine Schreinerei im Hinterhof begann, ist heute ein Betrieb mit 45 Beschäftigten. 1986 kaufte das Unternehmen die benachbarte Schreinerei Holzmann und verdoppelte damit seine Fläche. "
        "Zum Jubiläum lädt die Firma am Samstag zum Tag der offenen Tür ein.",
        [],
        optional=[acq("Möbelwerkstatt Dorn", "Schreinerei Holzmann", C)],
    ),
    de(
        "Das traditionsreiche Modehaus Wieland in der Innenstadt ist gerettet. Die Modekette Lorenz Mode übernimmt das insolvente Geschäft mit allen 48 Mitarbeiterinnen und Mitarbeitern, teilte der Insolvenzverwalter mit. "
        "Der Gläubigerausschuss hat dem Verkauf zugestimmt, der Übergang ist zum 1. Oktober geplant. Der Name Wieland soll erhalten bleiben.",
        [
            acq("Lorenz Mode", "Modehaus Wieland", A),
        ],
    ),
    de(
        "Mit Trillerpfeifen und Transparenten haben am Dienstag rund 300 Beschäftigte des Pumpenherstellers Reuter Pumpen gegen die geplante Schließung des Werks in Hemer protestiert. "
        "„Wir lassen uns nicht einfach abwickeln“, rief Betriebsratsvorsitzende Anja Möller. IG-Metall-Bevollmächtigter Stefan Kurz forderte die Konzernmutter auf, Alternativen zu prüfen.",
        [
            pos("Anja Möller", "Reuter Pumpen"),
            pos("Stefan Kurz", "IG Metall"),
        ],
    ),
    de(
        "Das Traditionshotel Zum Goldenen Hirsch am Marktplatz soll verkauft werden. Nach Informationen unserer Zeitung verhandelt die Eigentümerfamilie Sailer seit mehreren Wochen mit der Hotelgruppe Alpenrose Hotels aus Innsbruck. "
        "Weder die Familie noch Alpenrose wollten sich dazu äußern.",
        [
            acq("Alpenrose Hotels", "Zum Goldenen Hirsch", TR),
        ],
    ),
    de(
        "Die Familienbrauerei Zwickl bleibt unabhängig. Wie Brauereichef Florian Zwickl am Freitag bestätigte, hat die Eigentümerfamilie ein Übernahmeangebot der Braugruppe Nordstern abgelehnt. "
        "„Wir brauen seit sechs Generationen selbst, und das soll so bleiben“, sagte Zwickl.",
        [
            acq("Braugruppe Nordstern", "Familienbrauerei Zwickl", F),
            pos("Florian Zwickl", "Familienbrauerei Zwickl"),
        ],
    ),
    de(
        "Die Metzgerei Baumgartner in der Lindenstraße schließt Ende Juni. Nach 41 Jahren hinter der Theke finden die Inhaber keinen Nachfolger, auch Gespräche mit einem Interessenten aus dem Nachbarort führten zu keinem Ergebnis. "
        "Die fünf Angestellten haben bereits neue Stellen in Aussicht.",
        [],
    ),
    de(
        "Im Gewerbegebiet Nord hat der Onlinehändler Wohnfein eine 24.000 Quadratmeter große Logistikhalle angemietet. Eigentümer der Halle ist der Projektentwickler Halder Logistikimmobilien. "
        "Bis zu 250 Arbeitsplätze sollen entstehen, teilte die Wirtschaftsförderung mit.",
        [],
    ),
    de(
        "Neuer Vorstandsvorsitzender der Kreissparkasse Altenau wird zum 1. Juli Bernd Scholl. Der 52-Jährige ist derzeit Vorstandsmitglied der Sparkasse Obere Aller. "
        "Er folgt auf Hans-Peter Gruber, dessen Vertrag altersbedingt ausläuft. Der Verwaltungsrat hat die Personalie am Mittwoch einstimmig beschlossen.",
        [
            hire("Bernd Scholl", "Kreissparkasse Altenau", A),
            pos("Bernd Scholl", "Sparkasse Obere Aller"),
            dep("Hans-Peter Gruber", "Kreissparkasse Altenau", A),
        ],
        optional=[
            dep("Bernd Scholl", "Sparkasse Obere Aller", A),
            pos("Hans-Peter Gruber", "Kreissparkasse Altenau"),
        ],
    ),
    # --- Fachpresse Handel und Logistik
    de(
        "Die Drogeriekette Rossmann übernimmt 30 Filialen der insolventen Drogeriekette Bella Drogerie. Die übrigen 52 Standorte sollen geschlossen werden, teilte der Insolvenzverwalter mit. "
        "Für die Mitarbeiter der übernommenen Filialen gilt eine Beschäftigungsgarantie von einem Jahr.",
        [],
        optional=[acq("Rossmann", "Bella Drogerie", ANY)],
    ),
    de(
        "Der Discounter Preisfuchs holt sich den Einkaufschef des Konkurrenten Sparmarkt: Dirk Hellwig wechselt zum 1. Mai als Geschäftsführer Einkauf nach Mülheim, wie beide Unternehmen bestätigten. "
        "Bei Sparmarkt verantwortete Hellwig seit 2020 das Frischesortiment. Ein Nachfolger steht noch nicht fest.",
        [
            hire("Dirk Hellwig", "Preisfuchs", A),
            dep("Dirk Hellwig", "Sparmarkt", A),
        ],
        optional=[poa("Preisfuchs", "Sparmarkt", ANY), pos("Dirk Hellwig", "Sparmarkt")],
    ),
    de(
        "Die Spedition Meyer & Töchter aus Cloppenburg ist von der niederländischen Transportgruppe Hoekstra Logistiek übernommen worden. Die Transaktion wurde bereits Ende September abgeschlossen, teilte Hoekstra mit. "
        "Mit dem Zukauf kommt Hoekstra auf mehr als 1.400 Lkw. Geschäftsführerin Karin Meyer bleibt an Bord.",
        [
            acq("Hoekstra Logistiek", "Meyer & Töchter", C),
            pos("Karin Meyer", "Meyer & Töchter"),
        ],
    ),
    de(
        "Der Kontraktlogistiker Wessling Logistik hat den Zuschlag für die Ersatzteillogistik des Landmaschinenherstellers Fendt erhalten. Der Vertrag läuft zunächst über fünf Jahre und umfasst den Betrieb eines Lagers in Kempten. "
        "Wessling will dafür 120 Mitarbeiter einstellen.",
        [],
    ),
    de(
        "Der Paketdienst Hermes Germany beteiligt sich mit 30 Prozent am Berliner Lastenrad-Logistiker Kiezfracht. Das Start-up betreibt Mikrodepots in sechs Städten und stellt Pakete auf der letzten Meile emissionsfrei zu. "
        "Kiezfracht-Gründerin Merve Aydın sprach von einem „Ritterschlag“. Der Einstieg ist bereits vollzogen.",
        [
            stake("Hermes Germany", "Kiezfracht", C),
            pos("Merve Aydın", "Kiezfracht"),
        ],
    ),
    de(
        "Die Stückgutkooperationen Frachtring Süd und Netzfracht Mitte loten einen Zusammenschluss aus. Man führe „ergebnisoffene Gespräche“, bestätigte Netzfracht-Geschäftsführer Oliver Brandl gegenüber der Fachzeitung. "
        "Gemeinsam kämen die beiden Verbünde auf rund 90 Partnerspeditionen.",
        [
            mer(["Frachtring Süd", "Netzfracht Mitte"], T),
            pos("Oliver Brandl", "Netzfracht Mitte"),
        ],
    ),
    de(
        "Die Lebensmittelhandelskette Frischeland hat einen Schlussstrich unter ihre Gespräche mit dem Lieferdienst Blitzkorb gezogen. Eine Mehrheitsübernahme des Start-ups sei „derzeit kein Thema mehr“, sagte ein Sprecher. "
        "Beide Seiten hatten seit dem Frühjahr über einen Einstieg verhandelt, sich aber nicht auf eine Bewertung einigen können.",
        [
            acq("Frischeland", "Blitzkorb", F),
        ],
    ),
    # --- Gesundheitswirtschaft
    de(
        "Der Kreistag des Landkreises Auental hat am Montagabend dem Verkauf der defizitären Kreisklinik Auental an den privaten Klinikbetreiber Medivita Kliniken zugestimmt. "
        "Medivita übernimmt 94,9 Prozent der Anteile, der Landkreis behält eine Minderheit. Der Vollzug steht noch unter dem Vorbehalt der kartellrechtlichen Freigabe. "
        "Landrat Ulrich Brenninger sprach von einer „schweren, aber richtigen Entscheidung“.",
        [
            acq("Medivita Kliniken", "Kreisklinik Auental", A),
        ],
        optional=[pos("Ulrich Brenninger", "Landkreis Auental")],
    ),
    de(
        "Zum 1. Januar schließen sich das Klinikum Hohenau und das evangelische Marienkrankenhaus Steinbach zu einem Verbund zusammen. Die Verträge wurden am Donnerstag unterzeichnet; das Bundeskartellamt hat bereits grünes Licht gegeben. "
        "Geschäftsführer des neuen Klinikverbunds Hohenau-Steinbach wird der bisherige Marienkrankenhaus-Chef Dr. Ralf Engel.",
        [
            mer(["Klinikum Hohenau", "Marienkrankenhaus Steinbach"], A),
            pos("Ralf Engel", "Marienkrankenhaus Steinbach"),
        ],
        optional=[posh("Ralf Engel", "Klinikverbund Hohenau-Steinbach")],
    ),
    de(
        "Die 17 Pflegeheime der insolventen Seniorenresidenzen Lindgarten sind verkauft. Käufer ist der Pflegeheimbetreiber Vitalis Care aus Hannover, der den Betrieb bereits am 1. November übernommen hat. "
        "Alle 1.250 Beschäftigten behalten ihre Arbeitsplätze, die Bewohner müssen nicht umziehen.",
        [
            acq("Vitalis Care", "Seniorenresidenzen Lindgarten", C),
        ],
    ),
    de(
        "Der Tuttlinger Medizintechnikhersteller Haller & Weidner und Siemens Healthineers haben eine Entwicklungspartnerschaft für roboterassistierte Endoskopie vereinbart. "
        "Die Zusammenarbeit ist zunächst auf drei Jahre angelegt. Eine Kapitalbeteiligung sei nicht vorgesehen, betonte Geschäftsführer Jochen Weidner.",
        [
            par(["Haller & Weidner", "Siemens Healthineers"], CA),
            pos("Jochen Weidner", "Haller & Weidner"),
        ],
    ),
    de(
        "Nach Ansicht von Branchenbeobachtern ist der Druck auf kleine Apothekenverbünde groß. „Ohne Partner wird es für Gesundheitsapotheken Nord schwer“, sagte Analystin Katrin Oberle von der Bankhaus Felsberg AG. "
        "Eine Übernahme durch einen großen Versandhändler sei „nur eine Frage der Zeit“. Der Verbund selbst äußerte sich nicht.",
        [
            pos("Katrin Oberle", "Bankhaus Felsberg"),
        ],
    ),
    # --- Halbleiter und Elektronik
    de(
        "Der Dresdner Reinraumausrüster Elbtal Cleantech hat einen Medienbericht über Verkaufsgespräche mit einem US-Konzern dementiert. Es gebe „weder Gespräche noch Pläne für einen Verkauf“, sagte Gründer und Geschäftsführer Uwe Schenk. "
        "Das Unternehmen ist ein wichtiger Zulieferer der Chipfabriken im Silicon Saxony.",
        [
            pos("Uwe Schenk", "Elbtal Cleantech"),
        ],
    ),
    de(
        "Der Chipentwickler Arkona Semiconductors aus Chemnitz hat in einer Serie-A-Runde 28 Millionen Euro eingesammelt. Lead-Investor ist der Technologiefonds Sachsenkapital, außerdem steigt der Autozulieferer Bosch über seine Beteiligungstochter Robert Bosch Venture Capital ein. "
        "Das Geld soll in die Entwicklung von Leistungshalbleitern für Elektroautos fließen.",
        [
            inv("Sachsenkapital", "Arkona Semiconductors", C),
            inv("Robert Bosch Venture Capital", "Arkona Semiconductors", C),
        ],
        optional=[inv("Bosch", "Arkona Semiconductors", C)],
    ),
    de(
        "Personalie bei Nordchip: Der Leiterplattenhersteller aus Itzehoe hat Dr. Heike Sörensen zur technischen Geschäftsführerin berufen. Sie war zuletzt Entwicklungschefin beim Elektronikdienstleister Baltronic. "
        "Sörensen folgt auf Firmengründer Jens Nordmann, der in den Beirat wechselt.",
        [
            hire("Heike Sörensen", "Nordchip", CA),
            pos("Heike Sörensen", "Baltronic"),
            pos("Jens Nordmann", "Nordchip"),
        ],
        optional=[
            dep("Heike Sörensen", "Baltronic", C),
            dep("Jens Nordmann", "Nordchip", ANY),
            posh("Jens Nordmann", "Nordchip"),
        ],
    ),
    de(
        "Der Elektronikfertiger Zeltwanger Elektronik hat seinen Anteil am rumänischen Werk seines Joint-Venture-Partners aufgestockt. Zeltwanger hält nun 75 statt bisher 50 Prozent an Electro Timiș. "
        "Die restlichen Anteile bleiben bei der Gründerfamilie Popescu. Mit dem Schritt will das Unternehmen die Fertigung für Industriekunden ausbauen.",
        [
            acq("Zeltwanger Elektronik", "Electro Timiș", C),
        ],
    ),
    # --- Regionale Medien
    de(
        "Die Mediengruppe Loisachtal, Herausgeberin des „Loisachtal-Kuriers“, hat das Anzeigenblatt „Wochenspiegel Isartal“ übernommen. Verkäufer ist der Verleger Hans Leitner, der sich aus Altersgründen zurückzieht. "
        "Die Redaktion des Wochenspiegels zieht in das Verlagshaus in Weilheim um.",
        [
            acq("Mediengruppe Loisachtal", "Wochenspiegel Isartal", C),
            pos("Hans Leitner", "Wochenspiegel Isartal"),
        ],
        optional=[dep("Hans Leitner", "Wochenspiegel Isartal", ANY)],
    ),
    de(
        "Wechsel an der Spitze der Redaktion: Chefredakteurin Miriam Falk verlässt das „Teutoburger Tageblatt“ nach sieben Jahren und wird Programmdirektorin beim Regionalsender Radio Senne. "
        "Ihr Nachfolger wird der bisherige Vize Christian Ott. Falk wechselt zum 1. Februar.",
        [
            dep("Miriam Falk", "Teutoburger Tageblatt", A),
            hire("Miriam Falk", "Radio Senne", A),
            posh("Christian Ott", "Teutoburger Tageblatt"),
        ],
        optional=[pos("Miriam Falk", "Teutoburger Tageblatt")],
    ),
    de(
        "Die geplante Fusion der Lokalradios Radio Ruhrwelle und Antenne Emscher ist gescheitert. Die Landesmedienanstalt verweigerte die Genehmigung, weil sie um die Meinungsvielfalt im Sendegebiet fürchtet. "
        "Beide Sender wollen nun getrennt weitermachen.",
        [
            mer(["Radio Ruhrwelle", "Antenne Emscher"], F),
        ],
    ),
    de(
        "Ein Streamingdienst hat nach Recherchen dieser Zeitung versucht, den Moderator der Frühsendung von Radio Senne abzuwerben. Der Sender wies den Bericht zurück: Es habe „kein Angebot und keine Abwerbeversuche“ gegeben, sagte Geschäftsführer Holger Brinkmann.",
        [
            pos("Holger Brinkmann", "Radio Senne"),
        ],
    ),
    # --- Pressemitteilungen und Personalien
    de(
        "Pressemitteilung. Hochdorf, 12. November 2026 – Die Vollmer Antriebstechnik GmbH & Co. KG, Spezialist für Antriebstechnik, erweitert ihre Geschäftsführung: Zum 1. Januar 2027 übernimmt Claudia Ruppert (49) die Position der kaufmännischen Geschäftsführerin (CFO). "
        "Ruppert kommt vom Kompressorenhersteller Kolbenwerk Altmühl, wo sie zuletzt als Finanzchefin tätig war. „Mit Claudia Ruppert gewinnen wir eine erfahrene Finanzexpertin“, sagte der geschäftsführende Gesellschafter Heinrich Vollmer. "
        "Über Vollmer Antriebstechnik: Das 1923 gegründete Familienunternehmen beschäftigt an drei Standorten 1.100 Mitarbeitende und wird in vierter Generation geführt.",
        [
            hire("Claudia Ruppert", "Vollmer Antriebstechnik", A),
            pos("Claudia Ruppert", "Kolbenwerk Altmühl"),
            pos("Heinrich Vollmer", "Vollmer Antriebstechnik"),
        ],
        optional=[dep("Claudia Ruppert", "Kolbenwerk Altmühl", A)],
    ),
    de(
        "KÖPFE DER WOCHE. Frank Heidemann ist neuer Vertriebsleiter der Spedition Kühl & Sohn; er war zuvor zwölf Jahre bei Dachser. "
        "Bei der Volksbank Vilsgau hat Vorstandsmitglied Gabriele Huber ihren Rückzug zum Jahresende angekündigt. "
        "Und der Maschinenbauer Steinhart hat Prokurist Felix Braun zum Geschäftsführer befördert.",
        [
            hire("Frank Heidemann", "Kühl & Sohn", CA),
            dep("Gabriele Huber", "Volksbank Vilsgau", A),
            posh("Felix Braun", "Steinhart"),
        ],
        optional=[
            dep("Frank Heidemann", "Dachser", C),
            pos("Gabriele Huber", "Volksbank Vilsgau"),
        ],
    ),
    de(
        "„Ein Verkauf steht nicht zur Debatte“, stellte Seniorchefin Ingrid Fahrenkamp beim Neujahrsempfang des Landmaschinenbauers Fahrenkamp klar. Spekulationen über einen Einstieg eines Finanzinvestors hatten zuletzt für Unruhe gesorgt. "
        "Die Nachfolge sei geregelt: Sohn Jan Fahrenkamp, bisher Leiter der Produktion, rückt zum 1. April in die Geschäftsführung auf.",
        [
            pos("Ingrid Fahrenkamp", "Fahrenkamp"),
            posh("Jan Fahrenkamp", "Fahrenkamp"),
        ],
    ),
    de(
        "„Wenn sich eine passende Gelegenheit ergibt, würden wir auch über Zukäufe im Ausland nachdenken“, sagte Finanzvorstand Markus Thiel von der Genossenschaftsmolkerei Deichgold Friesland bei der Vorlage der Jahreszahlen. "
        "Konkrete Gespräche gebe es aber nicht. Der Umsatz stieg um vier Prozent auf 1,8 Milliarden Euro.",
        [
            pos("Markus Thiel", "Deichgold Friesland"),
        ],
    ),
    de(
        "Der Baustoffhändler Krieger Baustoffe hat die Mehrheit an seinem langjährigen Wettbewerber Lenz Baucenter übernommen. Bislang hielt das Unternehmen 40 Prozent, nun sind es 80 Prozent. "
        "Es ist bereits der dritte Zukauf des Familienunternehmens in diesem Jahr, sagte Geschäftsführer Benedikt Krieger.",
        [
            acq("Krieger Baustoffe", "Lenz Baucenter", C),
            pos("Benedikt Krieger", "Krieger Baustoffe"),
        ],
        optional=[stake("Krieger Baustoffe", "Lenz Baucenter", C)],
    ),
]
