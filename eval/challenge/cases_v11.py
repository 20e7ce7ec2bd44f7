# ruff: noqa: E501
"""Challenge set v11: mixed-industry news (English and German), held out.

Written blind by a helper on 2026-11-27. The helper did not look at the
extractor's code, its tests, the other challenge sets or the dev corpora; all
passages and names (apart from a few well-known real companies used as
counterparties) are invented. Industries: pharma and biotech, automotive
suppliers, banks and insurers, energy and utilities, retail and consumer goods,
media and telecoms, AI labs and chips, private equity, German Mittelstand and
venture rounds, in registers from wire copy to LinkedIn posts and RSS teasers.

This set is for measurement only and must never be tuned on.
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
    # --- pharma and biotech
    en(
        "Halvorsen Therapeutics said on Monday it has granted Novartis exclusive worldwide rights to develop and commercialise HT-410, its oral IL-23 receptor antagonist, in a deal worth up to $1.52 billion. "
        "The Oslo-based biotech will receive $120 million upfront and is eligible for tiered royalties on net sales. "
        "“Novartis has the late-stage muscle that a company of our size simply does not have,” chief executive Marit Solberg told reporters.",
        [
            par(["Halvorsen Therapeutics", "Novartis"], CA),
            pos("Marit Solberg", "Halvorsen Therapeutics"),
        ],
    ),
    en(
        "Merck & Co. has agreed to acquire Ardent Biosciences for $38 a share in cash, a 72% premium to Friday's close, valuing the Cambridge, Massachusetts-based gene-editing company at roughly $2.1 billion. "
        "Both boards have approved the deal, which Merck will carry out through a tender offer expected to be completed in the third quarter. "
        "Ardent's lead programme, a one-time treatment for a rare liver disorder, is in Phase 2 trials.",
        [acq("Merck & Co.", "Ardent Biosciences", A)],
    ),
    en(
        "Sanofi is said to be weighing a bid for Lumen Oncology, the Boston-based developer of antibody-drug conjugates, according to people familiar with the matter. "
        "Deliberations are at an early stage and the French drugmaker may decide not to pursue an offer, said the people, who asked not to be identified because the information is private. "
        "Lumen shares jumped as much as 31% in late trading. Representatives for Sanofi and Lumen declined to comment.",
        [acq("Sanofi", "Lumen Oncology", R)],
    ),
    en(
        "BASEL, Switzerland--(BUSINESS WIRE)--Velora Pharma AG today announced that it has completed its acquisition of Nexigen Ltd., a privately held developer of long-acting injectables based in Cambridge, UK. "
        "The transaction was first announced on 14 October. "
        "About Velora Pharma: Velora Pharma AG is a specialty pharmaceutical company focused on disorders of the central nervous system. "
        "Founded in 2009 by Ines Kappeler and Rolf Amstutz, the company employs more than 600 people in Europe and North America.",
        [
            acq("Velora Pharma AG", "Nexigen Ltd.", C),
            pos("Ines Kappeler", "Velora Pharma AG"),
            pos("Rolf Amstutz", "Velora Pharma AG"),
        ],
    ),
    en(
        "Orbis Genomics said on Wednesday it had withdrawn its $900 million offer for Kestrel Diagnostics after the smaller company's board rejected a sweetened proposal for a second time. "
        "“We made a full and fair offer, and we will remain disciplined,” Orbis chief executive Gareth Lyle said in a statement. "
        "Kestrel, which adopted a poison pill in August, said the bid undervalued its sepsis-testing franchise.",
        [
            acq("Orbis Genomics", "Kestrel Diagnostics", F),
            pos("Gareth Lyle", "Orbis Genomics"),
        ],
    ),
    en(
        "Shareholders of Tamsin Biologics voted down the company's proposed all-stock merger with Quillon Therapeutics at a special meeting on Thursday, with 58% of votes cast opposing the deal. "
        "Activist investor Redfern Capital, which owns about 9% of Tamsin, had campaigned against the combination, arguing it would dilute existing holders. "
        "Tamsin said it would terminate the merger agreement and pay Quillon a $14 million break fee.",
        [mer(["Tamsin Biologics", "Quillon Therapeutics"], F)],
        [stake("Redfern Capital", "Tamsin Biologics", ANY)],
    ),
    en(
        "Corvane Pharmaceuticals has appointed Priya Raman as chief medical officer, effective March 1. "
        "Raman spent eleven years at AstraZeneca, most recently as head of late-stage oncology development. "
        "She succeeds Tom Hallett, who is retiring after eight years with the company but will stay on as an adviser until the summer.",
        [
            hire("Priya Raman", "Corvane Pharmaceuticals", CA),
            dep("Priya Raman", "AstraZeneca", ANY),
            dep("Tom Hallett", "Corvane Pharmaceuticals", CA),
        ],
        [
            pos("Priya Raman", "AstraZeneca"),
            pos("Tom Hallett", "Corvane Pharmaceuticals"),
        ],
    ),
    en(
        "Mirova Bio, a San Diego start-up that uses machine learning to design enzyme therapies, has raised $85 million in a Series B financing led by Northpoint Capital. "
        "Existing investors Helix Ventures and GV also participated, bringing total funding to $131 million. "
        "The company will use the proceeds to take its first candidate into the clinic next year, co-founder and chief executive Alana Brooks said.",
        [
            inv("Northpoint Capital", "Mirova Bio", C),
            inv("Helix Ventures", "Mirova Bio", C),
            inv("GV", "Mirova Bio", C),
            pos("Alana Brooks", "Mirova Bio"),
        ],
    ),
    en(
        "Brevia Biotherapeutics said Bayer has ended the two companies' three-year collaboration on cardiovascular RNA medicines, handing back worldwide rights to two preclinical programmes. "
        "Brevia shares fell 22% in Nasdaq trading. The company said it would look for a new partner for its lead candidate.",
        [par(["Brevia Biotherapeutics", "Bayer"], F)],
    ),
    # --- automotive suppliers and mobility
    en(
        "Bremford Automotive has closed its purchase of Italian aluminium die-caster Fonderia Valtellina S.p.A. from private equity owner Castello Partners, the Ohio-based brake-system maker said on Tuesday. "
        "The deal, valued at about €340 million including debt, gives Bremford three plants in Lombardy and a foothold with European electric-vehicle makers.",
        [acq("Bremford Automotive", "Fonderia Valtellina S.p.A.", C)],
        [acq("Castello Partners", "Fonderia Valtellina S.p.A.", ANY)],
    ),
    en(
        "Kairo Battery and Volkswagen have agreed to set up a 50-50 joint venture to build a 20-gigawatt-hour cell factory near Valencia, the companies said on Friday. "
        "Production is due to start in 2028, subject to approval from the European Commission. "
        "Kairo, which is backed by Chinese battery giant CATL, will contribute its LFP cell technology.",
        [par(["Kairo Battery", "Volkswagen"], CA)],
        [inv("CATL", "Kairo Battery", ANY)],
    ),
    en(
        "Marcus Lindqvist, who ran powertrain engineering at Tesla for six years, has joined electric-truck start-up Voltaren Motors as chief technology officer. "
        "He is the fourth senior Tesla engineer to move to the Austin-based company since January, a hiring spree that has reportedly irritated executives at the carmaker.",
        [
            hire("Marcus Lindqvist", "Voltaren Motors", C),
            dep("Marcus Lindqvist", "Tesla", C),
        ],
        [
            poa("Voltaren Motors", "Tesla", ANY),
            pos("Marcus Lindqvist", "Tesla"),
        ],
    ),
    en(
        "Hargreave Industries is exploring a sale of its automotive interiors unit, Hargreave Interiors, which could fetch around $1.5 billion, according to people familiar with the matter. "
        "Private equity firms including Brookwell Capital and Stanmore Partners have expressed early interest, the people said. "
        "Hargreave, which supplies seating frames and door modules to several large carmakers, has been under pressure from investors to simplify its portfolio.",
        [
            acq("Brookwell Capital", "Hargreave Interiors", R),
            acq("Stanmore Partners", "Hargreave Interiors", R),
        ],
    ),
    en(
        "Talks to merge Swedish seat-maker Norrland Komponent with Finland's Arctica Interiors have collapsed over disagreements about valuation and where the combined group would be headquartered, both companies said in separate statements on Monday. "
        "The two had confirmed discussions in October.",
        [mer(["Norrland Komponent", "Arctica Interiors"], F)],
    ),
    en(
        "Vantor Motors is recalling about 180,000 SUVs in the United States because a seat-belt pretensioner supplied by a third party may fail in a crash, according to a filing with the National Highway Traffic Safety Administration. "
        "Dealers will replace the part free of charge.",
        [],
    ),
    en(
        "Workers at Harrowgate Automotive's plant in Sunderland will strike for 48 hours next week after rejecting a 4% pay offer, the Unite union said. "
        "The plant makes dashboard modules for Nissan's nearby car factory, which could face disruption if the walkout goes ahead.",
        [],
    ),
    en(
        "Kessler Pumpen, the family-owned pump maker from the Black Forest, has bought Danish competitor Aalborg Flow Systems, the company said on Thursday. "
        "The acquisition, the largest in Kessler's 112-year history, adds about 280 employees and a factory in Jutland. "
        "Managing director Friederike Kessler, the founder's great-granddaughter, said the family had no plans to sell or list the business.",
        [
            acq("Kessler Pumpen", "Aalborg Flow Systems", C),
            pos("Friederike Kessler", "Kessler Pumpen"),
        ],
    ),
    # --- banks and insurers
    en(
        "Northgate Bancorp and Pellham Financial Corp. agreed on Monday to combine in an all-stock merger of equals that will create the fifth-largest regional lender in the Southeast, with about $94 billion in assets. "
        "The combined bank will keep the Northgate name and be run by Pellham chief executive Ruth Abernathy, while Northgate's CEO, James Colley, will become executive chairman. "
        "The deal is expected to close in early 2027, pending regulatory and shareholder approvals.",
        [
            mer(["Northgate Bancorp", "Pellham Financial Corp."], A),
            pos("Ruth Abernathy", "Pellham Financial Corp."),
            pos("James Colley", "Northgate Bancorp"),
        ],
        [posh("Ruth Abernathy", "Northgate Bancorp")],
    ),
    en(
        "Japanese insurer Kasumi Life Holdings will buy a 20% stake in Australian wealth manager Brindle Partners for A$410 million, the companies said on Wednesday, as Japan's life insurers keep hunting for growth abroad. "
        "The investment, which still requires approval from Australia's Foreign Investment Review Board, gives Kasumi the right to nominate two directors to Brindle's board.",
        [stake("Kasumi Life Holdings", "Brindle Partners", A)],
    ),
    en(
        "Hollis Bank on Tuesday denied a newspaper report that it was in talks to buy online lender Fernway Credit. "
        "“Hollis is not in discussions with Fernway or any other party regarding an acquisition,” the bank said in a statement to the stock exchange. "
        "The Sunday Ledger had reported that the two sides were close to agreeing a price of around £600 million.",
        [acq("Hollis Bank", "Fernway Credit", D)],
    ),
    en(
        "JPMorgan veteran Colette Marsh is leaving the bank to join Ashbury Capital as head of European leveraged finance, according to an internal memo seen by Financial News. "
        "Marsh, who spent 17 years at JPMorgan in London and New York, will start at the alternative asset manager in April after a period of gardening leave.",
        [
            hire("Colette Marsh", "Ashbury Capital", A),
            dep("Colette Marsh", "JPMorgan", CA),
        ],
    ),
    en(
        "Meridale Insurance Group said chief executive Howard Pike will retire at the end of June after 14 years at the helm. "
        "Chief financial officer Anna Weiss will serve as interim CEO while the board conducts an external search, the Hartford-based insurer said. "
        "Pike will remain available to the company as a senior adviser through the end of the year.",
        [
            dep("Howard Pike", "Meridale Insurance Group", A),
            posh("Anna Weiss", "Meridale Insurance Group"),
        ],
        [pos("Howard Pike", "Meridale Insurance Group")],
    ),
    en(
        "Stellar Re has completed its acquisition of Bermuda-based specialty reinsurer Coral Harbour Re from investment firm Westmark Holdings, following the receipt of all regulatory approvals. "
        "The transaction adds roughly $900 million in gross written premiums and makes Stellar one of the ten largest property-catastrophe writers.",
        [acq("Stellar Re", "Coral Harbour Re", C)],
        [acq("Westmark Holdings", "Coral Harbour Re", ANY)],
    ),
    en(
        "Aldergate Insurance said it will propose Birgit Lorenz, a former member of Allianz's management board, for election as an independent non-executive director at its annual meeting in May. "
        "Lorenz would also chair the board's risk committee. "
        "Separately, long-serving director Peter Faulds will not stand for re-election.",
        [
            hire("Birgit Lorenz", "Aldergate Insurance", A),
            dep("Peter Faulds", "Aldergate Insurance", A),
        ],
        [
            pos("Birgit Lorenz", "Allianz"),
            dep("Birgit Lorenz", "Allianz", ANY),
            pos("Peter Faulds", "Aldergate Insurance"),
        ],
    ),
    en(
        "Broadmoor Life has named Daniel Achterberg, currently chief executive of Dutch insurer Zeeland Verzekeringen, as its next group CEO. "
        "Achterberg will take over from Paul Grainger, who announced his retirement in March, once he has received regulatory approval, which is expected in the autumn.",
        [
            hire("Daniel Achterberg", "Broadmoor Life", A),
            dep("Daniel Achterberg", "Zeeland Verzekeringen", A),
            dep("Paul Grainger", "Broadmoor Life", A),
        ],
        [
            pos("Daniel Achterberg", "Zeeland Verzekeringen"),
            pos("Paul Grainger", "Broadmoor Life"),
        ],
    ),
    en(
        "Swiss private bank Aubert & Cie has hired a team of five relationship managers from UBS in Geneva, led by Olivier Ferrand, who oversaw about CHF 3 billion in client assets on UBS's Middle East desk. "
        "The bankers will start in January, a spokeswoman for Aubert said.",
        [
            hire("Olivier Ferrand", "Aubert & Cie", CA),
            dep("Olivier Ferrand", "UBS", CA),
        ],
        [
            poa("Aubert & Cie", "UBS", ANY),
            pos("Olivier Ferrand", "UBS"),
        ],
    ),
    en(
        "Banco Atlántico has completed its takeover of Madrid-based robo-adviser Finvest for €90 million. "
        "Finvest co-founder Lucía Ortega has joined the bank's management committee as head of digital wealth, the lender said.",
        [
            acq("Banco Atlántico", "Finvest", C),
            pos("Lucía Ortega", "Finvest"),
            hire("Lucía Ortega", "Banco Atlántico", C),
        ],
    ),
    en(
        "Rutherford Bank's third-quarter net income rose 12% to $1.4 billion, helped by higher trading revenue and lower provisions for bad loans, the lender said on Friday. "
        "Net interest income was flat, in line with guidance, and the bank announced a new $2 billion share buyback.",
        [],
    ),
    en(
        "Activist investor Calloway Partners has built a 7.2% stake in German chemicals group Rheinfeld Chemie, becoming its second-largest shareholder, according to a regulatory filing. "
        "Calloway is expected to push for a break-up of the company, which it believes trades at a steep discount to the sum of its parts.",
        [stake("Calloway Partners", "Rheinfeld Chemie", C)],
    ),
    # --- energy and utilities
    en(
        "Brightwater Utilities has completed the sale of its gas distribution network, Brightwater Gas, to a consortium led by infrastructure investor Carraway Partners for £2.3 billion. "
        "Canadian pension fund OMERS holds a minority interest in the consortium. "
        "The disposal allows Brightwater to focus on electricity networks and renewables.",
        [acq("Carraway Partners", "Brightwater Gas", C)],
        [
            acq("OMERS", "Brightwater Gas", C),
            stake("OMERS", "Brightwater Gas", ANY),
        ],
    ),
    en(
        "Britain's competition regulator on Thursday blocked the planned merger of business water retailers Aquavia and ClearStream Business Water, saying the deal would reduce choice for hundreds of thousands of small firms. "
        "The Competition and Markets Authority said remedies offered by the companies, including the sale of some customer contracts, did not go far enough. "
        "Aquavia said it was disappointed and would consider its options.",
        [mer(["Aquavia", "ClearStream Business Water"], F)],
    ),
    en(
        "Redmesa Resources is in advanced talks to combine with smaller rival Cinder Creek Energy in an all-stock deal that would create one of the largest producers in the Delaware Basin, according to people familiar with the matter. "
        "An agreement could be announced as soon as next week, assuming the talks don't fall apart, the people said. "
        "Redmesa shareholders would own about 60% of the combined company.",
        [mer(["Redmesa Resources", "Cinder Creek Energy"], TR)],
        [acq("Redmesa Resources", "Cinder Creek Energy", TR)],
    ),
    en(
        "Danish start-up Nordhavn Hydrogen has signed a memorandum of understanding with Equinor to study a 500-megawatt electrolysis plant at the Norwegian company's Mongstad site. "
        "The partners expect to take a final investment decision by 2028.",
        [par(["Nordhavn Hydrogen", "Equinor"], CA)],
    ),
    en(
        "Norwegian investor Fjellkraft Invest has taken a 25% stake in Polish offshore wind developer Baltyk Energia, committing about €600 million to help fund the company's first two projects in the Baltic Sea. "
        "Baltyk's founder and chief executive, Tomasz Wrona, will remain the largest shareholder.",
        [
            stake("Fjellkraft Invest", "Baltyk Energia", C),
            pos("Tomasz Wrona", "Baltyk Energia"),
        ],
    ),
    en(
        "Solvane Energy said it has hired Shell's head of integrated gas trading, Marco Benedetti, as its new chief commercial officer. "
        "Benedetti will join in the third quarter, once his notice period ends. "
        "He replaces Lisa Cho, who left Solvane in May to join TotalEnergies.",
        [
            hire("Marco Benedetti", "Solvane Energy", CA),
            dep("Marco Benedetti", "Shell", A),
            dep("Lisa Cho", "Solvane Energy", C),
            hire("Lisa Cho", "TotalEnergies", C),
        ],
        [pos("Marco Benedetti", "Shell")],
    ),
    en(
        "Utility Ostwind Power has snapped up Berlin-based heat-pump installer Thermio for an undisclosed sum, betting that residential heating will become a core business. "
        "Thermio's founders, Jana Pohl and Felix Brandt, will stay on as managing directors, Ostwind said.",
        [
            acq("Ostwind Power", "Thermio", C),
            pos("Jana Pohl", "Thermio"),
            pos("Felix Brandt", "Thermio"),
        ],
    ),
    en(
        "Lufthansa and Air France-KLM both reported higher passenger numbers for October, while British Airways owner IAG said transatlantic demand had softened slightly. "
        "Jet fuel prices fell 6% over the month.",
        [],
        [acq("IAG", "British Airways", ANY)],
    ),
    # --- retail and consumer goods
    en(
        "Consumer goods group Kellinger Brands has agreed to buy premium pet-food maker Wagtail & Co. for $780 million from its founders and growth investor Summit Ridge Partners, expanding into one of the fastest-growing categories in US grocery. "
        "Wagtail, founded in a Brooklyn kitchen in 2014 by siblings Nora Mancuso and Eli Mancuso, will continue to operate as a standalone brand.",
        [
            acq("Kellinger Brands", "Wagtail & Co.", A),
            pos("Nora Mancuso", "Wagtail & Co."),
            pos("Eli Mancuso", "Wagtail & Co."),
        ],
        [inv("Summit Ridge Partners", "Wagtail & Co.", ANY)],
    ),
    en(
        "Fashion chain Hartley & Finch has named Sofia Almeida, a former commercial director at Primark, as its new chief executive. "
        "Almeida, who most recently ran the UK business of Spanish retailer Mango, replaces Neil Osborne, who left in September after a profit warning. "
        "She takes up the role on 6 January.",
        [
            hire("Sofia Almeida", "Hartley & Finch", CA),
            dep("Sofia Almeida", "Mango", ANY),
            dep("Neil Osborne", "Hartley & Finch", C),
        ],
        [
            pos("Sofia Almeida", "Primark"),
            dep("Sofia Almeida", "Primark", ANY),
            pos("Sofia Almeida", "Mango"),
        ],
    ),
    en(
        "British grocer Thornbury's reported a 3.1% rise in like-for-like sales over the six weeks to January 4, beating analyst forecasts and outpacing larger rivals Tesco and Sainsbury's. "
        "The chain said its premium own-label range had sold particularly well, and it kept its full-year profit guidance unchanged. Shares rose 4% in early London trading.",
        [],
    ),
    en(
        "Talks between discount chain ValuMart Stores and private equity firm Crestline Partners over a possible take-private deal have ended without agreement, ValuMart said on Friday. "
        "The retailer had confirmed last month that it received an approach from Crestline valuing it at about $1.9 billion. ValuMart shares fell 18% in New York.",
        [acq("Crestline Partners", "ValuMart Stores", F)],
    ),
    en(
        "Sweets maker Crandall Confections has rebuffed a takeover approach from Hershey, saying the unsolicited 1,250-pence-a-share proposal “significantly undervalues” the company. "
        "Hershey said it was considering its options and remained interested. "
        "Under UK takeover rules, the US company has until 5pm on 22 December to make a firm offer or walk away.",
        [acq("Hershey", "Crandall Confections", [T, F])],
    ),
    en(
        "Amsterdam-based Verdant Home has completed the acquisition of Belgian cleaning-products brand Savonnerie Dubois from its founding family, Verdant said on Tuesday. "
        "Chief executive Lotte de Vries said Savonnerie's plant-based detergents would be rolled out across the group's 14 markets. "
        "About Verdant Home: Verdant Home B.V. is a consumer goods company backed by growth investor Riverstone Equity. Its brands include Fresk and Kleenhuis.",
        [
            acq("Verdant Home B.V.", "Savonnerie Dubois", C),
            pos("Lotte de Vries", "Verdant Home B.V."),
        ],
        [inv("Riverstone Equity", "Verdant Home B.V.", ANY)],
    ),
    en(
        "Glencroft Foods raised its offer for Irish dairy group Munster Valley to €14.10 a share and said it had entered a period of exclusive due diligence after Munster Valley's board indicated it would be minded to recommend the improved proposal. "
        "A firm offer is expected within four weeks.",
        [acq("Glencroft Foods", "Munster Valley", T)],
    ),
    en(
        "Toledo-based Maumee Valley Glass, a 70-year-old family business that employs 230 people at its plant on Front Street, has been sold to Pennsylvania glassmaker Keystone Glassworks. "
        "Owner Bill Hendricks, the founder's grandson, said none of his children were interested in taking over. "
        "Keystone has promised to keep all jobs in Toledo, the company said in a letter to employees.",
        [
            acq("Keystone Glassworks", "Maumee Valley Glass", C),
            pos("Bill Hendricks", "Maumee Valley Glass"),
        ],
    ),
    en(
        "The European Commission fined three packaging manufacturers a combined €212 million for colluding on prices for food trays between 2012 and 2019. "
        "Dutch company Pakmaster received the largest fine, while a fourth company, Trayline, escaped a penalty after revealing the cartel to investigators.",
        [],
    ),
    # --- media and telecoms
    en(
        "Altara Telecom has agreed to sell its 62% holding in tower company SkyMast Infrastructure to American Tower for $1.2 billion, the Jakarta-listed operator said in a filing. "
        "American Tower will make a mandatory tender offer for the remaining shares once the deal closes, which is expected in the first half of next year.",
        [acq("American Tower", "SkyMast Infrastructure", A)],
        [stake("Altara Telecom", "SkyMast Infrastructure", ANY)],
    ),
    en(
        "Spotify has acquired podcast studio Earshot Media, the companies confirmed on Tuesday, ending weeks of speculation. Financial terms were not disclosed. "
        "Earshot founder Kim Oduya will continue to run the studio, whose true-crime shows draw 40 million monthly listeners, as part of Spotify's original-content unit.",
        [
            acq("Spotify", "Earshot Media", C),
            pos("Kim Oduya", "Earshot Media"),
        ],
        [posh("Kim Oduya", "Spotify")],
    ),
    en(
        "Vodafone tried to lure Brightlink chief executive Sanjay Kulkarni to run its German business earlier this year, according to two people with knowledge of the approach. "
        "Kulkarni turned the offer down and has since signed a new five-year contract with Brightlink, the Dublin-based broadband provider said on Monday.",
        [
            poa("Vodafone", "Brightlink", F),
            pos("Sanjay Kulkarni", "Brightlink"),
        ],
        [hire("Sanjay Kulkarni", "Vodafone", F)],
    ),
    en(
        "Harlow Media Group is in exclusive talks to sell its regional newspaper arm, Harlow Local, to family-controlled publisher Caxton Newsgroup for about £45 million, the company confirmed on Wednesday after a report in The Times. "
        "There can be no certainty that a transaction will be agreed, Harlow said.",
        [acq("Caxton Newsgroup", "Harlow Local", T)],
    ),
    en(
        "Telecoms operators Veranet and Kallio Mobile completed their merger on Friday, creating Finland's second-largest mobile operator with about 3.1 million subscribers. "
        "The combined company, Veranet Kallio, will be led by former Kallio chief executive Outi Lahtinen, while Veranet CEO Jari Mäkelä will leave the group at the end of the month.",
        [
            mer(["Veranet", "Kallio Mobile"], C),
            pos("Outi Lahtinen", "Kallio Mobile"),
            posh("Outi Lahtinen", "Veranet Kallio"),
            pos("Jari Mäkelä", "Veranet"),
            dep("Jari Mäkelä", "Veranet", A),
        ],
        [dep("Jari Mäkelä", "Veranet Kallio", A)],
    ),
    en(
        "Deutsche Telekom has denied a report that it is preparing a bid for Dutch cable operator Zeelink. "
        "“There are no such plans,” a spokesman said on Thursday, responding to an article in Het Financieele Dagblad that cited unnamed sources. "
        "Zeelink shares, which had risen 9% on the report, gave up most of their gains.",
        [acq("Deutsche Telekom", "Zeelink", D)],
    ),
    en(
        "Shares of streaming service Kinora rose 11% after Variety reported that it had held preliminary merger discussions with audio platform Soundhaven. "
        "Soundhaven later said in a statement that it “is not and has not been in discussions with Kinora,” while Kinora declined to comment.",
        [mer(["Kinora", "Soundhaven"], [D, R])],
    ),
    en(
        "A group of 14 novelists filed a class-action lawsuit against AI developer Perplexa Labs in federal court in San Francisco on Wednesday, accusing the company of training its chatbot on pirated copies of their books. "
        "The suit seeks statutory damages and an injunction. Perplexa said it would defend itself vigorously.",
        [],
    ),
    # --- AI labs and chips
    en(
        "AI lab Verity Labs has raised $600 million at a $5 billion valuation in a round led by Keystone Growth, according to a person familiar with the matter. "
        "Nvidia and Samsung Catalyst Fund also participated, the person said. "
        "Verity, founded last year by former DeepMind researchers, declined to comment.",
        [
            inv("Keystone Growth", "Verity Labs", [C, R]),
            inv("Nvidia", "Verity Labs", [C, R]),
            inv("Samsung Catalyst Fund", "Verity Labs", [C, R]),
        ],
    ),
    en(
        "AMD has acquired Kernelworks, a Toronto-based start-up that builds compilers for AI accelerators, adding about 40 engineers to its software team. "
        "The deal closed last week; terms were not disclosed. "
        "Kernelworks co-founder Daniel Szabo will join AMD as a corporate vice president.",
        [
            acq("AMD", "Kernelworks", C),
            pos("Daniel Szabo", "Kernelworks"),
            hire("Daniel Szabo", "AMD", CA),
        ],
    ),
    en(
        "Lena Hoffer on LinkedIn: “Some personal news: after four incredible years at OpenAI, I've joined Calyx AI as Chief Scientist! "
        "I'm excited to work with Hugo and the whole Calyx team on building open, efficient foundation models in Europe. "
        "Grateful to everyone at OpenAI for everything.”",
        [
            hire("Lena Hoffer", "Calyx AI", C),
            dep("Lena Hoffer", "OpenAI", C),
        ],
    ),
    en(
        "Fathom Robotics has signed a multiyear agreement with Google Cloud to train its foundation models for warehouse robots on Google's TPU chips. "
        "As part of the deal, Google is also taking a minority stake in the Pittsburgh-based company, which was valued at $1.3 billion in its last funding round.",
        [
            par(["Fathom Robotics", "Google Cloud"], CA),
            stake("Google", "Fathom Robotics", CA),
        ],
        [par(["Fathom Robotics", "Google"], CA)],
    ),
    en(
        "Sentric Semiconductor has abandoned its $4.2 billion takeover of Dutch chip-equipment maker Lithovia after failing to secure approval from China's market regulator before the deal's deadline. "
        "Sentric will pay Lithovia a $250 million termination fee. It is the third semiconductor deal this year to collapse amid regulatory scrutiny.",
        [acq("Sentric Semiconductor", "Lithovia", F)],
    ),
    en(
        "Calder AI on Thursday released Calder-3, an open-weight language model that it says matches GPT-4o on coding benchmarks while running on a single GPU. "
        "The model is available for download on Hugging Face and through Amazon Bedrock. A larger version is planned for the spring.",
        [],
    ),
    en(
        "Silicon photonics start-up Lumora, spun out of the University of Twente in 2022, has closed a €75 million Series B led by the European Innovation Council Fund and Dutch state investor Invest-NL. "
        "ASML also joined the round as a strategic investor and will take a board observer seat.",
        [
            inv("European Innovation Council Fund", "Lumora", C),
            inv("Invest-NL", "Lumora", C),
            inv("ASML", "Lumora", C),
        ],
    ),
    en(
        "Rohan Desai, who led the inference infrastructure team at Anthropic, has left the company to start his own venture, according to a post on X. "
        "Desai said the new start-up, which he has not yet named, will build chips for on-device AI and has already secured funding from Sequoia Capital.",
        [dep("Rohan Desai", "Anthropic", C)],
        [pos("Rohan Desai", "Anthropic")],
    ),
    en(
        "Microsoft is in talks to invest as much as $2 billion in French AI start-up Lutece AI as part of a broader partnership that would make its models available on Azure, according to two people briefed on the negotiations. "
        "The talks are ongoing and terms could still change, the people said.",
        [
            inv("Microsoft", "Lutece AI", TR),
            par(["Microsoft", "Lutece AI"], TR),
        ],
    ),
    en(
        "Marlin Semiconductor has agreed to buy power-chip designer Voltaic Devices from private equity firm Greyhawk Capital for $1.8 billion in cash. "
        "The deal, which requires approval from regulators in the US, the EU and China, is expected to close in mid-2027. "
        "Greyhawk acquired Voltaic from its founders in 2021.",
        [
            acq("Marlin Semiconductor", "Voltaic Devices", A),
            acq("Greyhawk Capital", "Voltaic Devices", C),
        ],
    ),
    en(
        "Lidar maker Opticore has sued rival Spectrum Sensing, accusing it of poaching a dozen engineers from its perception team to get hold of trade secrets. "
        "According to the complaint filed in Delaware, Spectrum's vice president of engineering, Karl Ostrowski, personally recruited the engineers over three months. "
        "Spectrum called the claims baseless.",
        [
            poa("Spectrum Sensing", "Opticore", ANY),
            pos("Karl Ostrowski", "Spectrum Sensing"),
        ],
    ),
    en(
        "Shares of Nvidia, AMD and Broadcom slid on Tuesday after a report that Washington is preparing new restrictions on chip exports to the Middle East. "
        "The Philadelphia Semiconductor Index fell 3.4%, its worst day since August.",
        [],
    ),
    # --- private equity, carve-outs, venture
    en(
        "KKR has agreed to acquire a majority stake in Dutch logistics software company Veldkamp Systems from its founding family, who will keep a 30% interest and remain on the board. "
        "The deal values Veldkamp at about €1 billion, people familiar with the terms said. "
        "Chief executive Pieter Veldkamp will continue to lead the company.",
        [
            acq("KKR", "Veldkamp Systems", A),
            pos("Pieter Veldkamp", "Veldkamp Systems"),
        ],
    ),
    en(
        "Blackstone-backed hotel operator Maris Hospitality has agreed to buy Alpine resort group Schönberg Hotels for CHF 480 million, the companies said on Monday. "
        "The acquisition adds eleven properties in Switzerland and Austria to Maris' portfolio and is expected to close in the spring.",
        [acq("Maris Hospitality", "Schönberg Hotels", A)],
        [
            inv("Blackstone", "Maris Hospitality", ANY),
            acq("Blackstone", "Maris Hospitality", ANY),
        ],
    ),
    en(
        "Industrial group Tarrant plc said it had completed the carve-out of its specialty chemicals arm, now renamed Veritas Chemicals, to funds managed by Apollo Global Management for £1.1 billion. "
        "Tarrant will retain a 15% stake in the new business. "
        "Grace Okonjo, who ran the division at Tarrant, becomes chief executive of Veritas Chemicals.",
        [
            acq("Apollo Global Management", "Veritas Chemicals", C),
            posh("Grace Okonjo", "Veritas Chemicals"),
        ],
        [
            stake("Tarrant plc", "Veritas Chemicals", ANY),
            pos("Grace Okonjo", "Tarrant plc"),
            dep("Grace Okonjo", "Tarrant plc", ANY),
        ],
    ),
    en(
        "Private equity firms CVC Capital Partners and EQT are going head to head for Swedish testing and inspection company Lindholm Group, with final bids due next week, according to people familiar with the process. "
        "Lindholm's owner, buyout firm Triton, is seeking a valuation of more than €3 billion, the people said.",
        [
            acq("CVC Capital Partners", "Lindholm Group", TR),
            acq("EQT", "Lindholm Group", TR),
        ],
        [acq("Triton", "Lindholm Group", ANY)],
    ),
    en(
        "Lisbon-based fintech Cobalto has raised €32 million in a Series A round led by Index Ventures, with participation from Seedcamp and a group of angel investors. "
        "The start-up, which offers payroll-linked savings accounts to gig workers, plans to expand to Spain and Italy next year, co-founder and chief executive Inês Duarte said.",
        [
            inv("Index Ventures", "Cobalto", C),
            inv("Seedcamp", "Cobalto", C),
            pos("Inês Duarte", "Cobalto"),
        ],
    ),
    en(
        "NEW YORK, Nov. 18, 2026 /PRNewswire/ -- Northwind Analytics, a provider of supply-chain forecasting software for mid-sized manufacturers, today announced a $12 million seed round co-led by Bessemer Venture Partners and Floodgate. "
        "The funds will be used to expand the engineering team. "
        "About Northwind Analytics: Founded in 2023 by Maya Okafor and Tom Reilly, Northwind Analytics helps manufacturers anticipate supplier disruptions. The company is headquartered in New York.",
        [
            inv("Bessemer Venture Partners", "Northwind Analytics", C),
            inv("Floodgate", "Northwind Analytics", C),
            pos("Maya Okafor", "Northwind Analytics"),
            pos("Tom Reilly", "Northwind Analytics"),
        ],
    ),
    en(
        "Toyota Industries has raised its holding in Swedish forklift-battery maker Voltra AB to 29.9%, just below the threshold that would trigger a mandatory takeover offer, after buying additional shares in the market. "
        "The Japanese company first invested in Voltra in 2023.",
        [stake("Toyota Industries", "Voltra AB", C)],
    ),
    # --- people moves, start-ups
    en(
        "Paylo co-founder Amir Haddad is stepping down as chief executive of the payments start-up after nine years and will become executive chair, the company told staff on Wednesday. "
        "Chief operating officer Julia Brandt, who joined from Stripe in 2022, will succeed him as CEO on April 1.",
        [
            pos("Amir Haddad", "Paylo"),
            posh("Julia Brandt", "Paylo"),
            dep("Julia Brandt", "Stripe", C),
        ],
        [
            dep("Amir Haddad", "Paylo", ANY),
            hire("Julia Brandt", "Paylo", C),
            pos("Julia Brandt", "Paylo"),
        ],
    ),
    en(
        "We're delighted to welcome Hannah Obi as our new VP of Engineering! "
        "Hannah joins Loomwise from Shopify, where she spent six years building the checkout platform. "
        "Please join us in giving her a warm welcome to the team. #hiring #engineering",
        [
            hire("Hannah Obi", "Loomwise", C),
            dep("Hannah Obi", "Shopify", C),
        ],
    ),
    en(
        "The board of scooter-rental start-up Skedd has removed co-founder and chief executive Lukas Aaltonen following an internal investigation into his expense claims. "
        "Chief financial officer Maria Lindgren has been appointed interim CEO, effective immediately.",
        [
            dep("Lukas Aaltonen", "Skedd", C),
            pos("Lukas Aaltonen", "Skedd"),
            posh("Maria Lindgren", "Skedd"),
        ],
    ),
    # --- negatives: sports, politics
    en(
        "Championship club Harwick Town have signed winger Deji Adeyemi from Scottish side Kilmarnock on a three-year deal for an undisclosed fee. "
        "The 23-year-old scored 11 goals last season and becomes manager Steve Rourke's fourth summer signing.",
        [],
    ),
    en(
        "The prime minister on Sunday appointed Rachel Dunmore as energy secretary in a reshuffle triggered by the resignation of her predecessor over a lobbying scandal. "
        "Dunmore, who has represented Bristol North since 2015, said her priority would be bringing down household bills.",
        [],
    ),
    # ------------------------------------------------------------------ German
    # --- Mittelstand, Autozulieferer, Industrie
    de(
        "Der Automobilzulieferer Brenner & Söhne GmbH aus Heilbronn übernimmt den Kunststoffspezialisten Plastiform Lahr. "
        "Ein entsprechender Kaufvertrag sei am Freitag unterzeichnet worden, teilte das Familienunternehmen mit. Über den Kaufpreis wurde Stillschweigen vereinbart. "
        "Der Vollzug der Transaktion steht noch unter dem Vorbehalt der kartellrechtlichen Freigabe.",
        [acq("Brenner & Söhne GmbH", "Plastiform Lahr", A)],
    ),
    de(
        "Das Bundeskartellamt hat die geplante Fusion der Baustoffhändler Hagedorn Baustoffe und Krull Bauzentrum untersagt. "
        "Durch den Zusammenschluss wäre in weiten Teilen Niedersachsens ein marktbeherrschender Anbieter entstanden, erklärte die Behörde am Mittwoch in Bonn. "
        "Die beiden Unternehmen prüfen nach eigenen Angaben rechtliche Schritte.",
        [mer(["Hagedorn Baustoffe", "Krull Bauzentrum"], F)],
    ),
    de(
        "Die Stuttgarter Beteiligungsgesellschaft Wendlinger Holding hat ihren Anteil an dem Maschinenbauer Ortmann AG auf knapp 30 Prozent erhöht. "
        "Damit bleibt sie gerade unter der Schwelle, ab der ein Pflichtangebot an die übrigen Aktionäre fällig würde. "
        "Ortmann-Vorstandschef Klaus Rieder begrüßte den Schritt als „Vertrauensbeweis“.",
        [
            stake("Wendlinger Holding", "Ortmann AG", C),
            pos("Klaus Rieder", "Ortmann AG"),
        ],
    ),
    de(
        "Generationswechsel bei Gebr. Wiesner: Nach 31 Jahren an der Spitze des Armaturenherstellers aus dem sauerländischen Attendorn zieht sich Geschäftsführer Rainer Wiesner zum Jahresende aus dem operativen Geschäft zurück. "
        "Seine Tochter Katharina Wiesner, die seit 2019 den Vertrieb leitet, übernimmt die Geschäftsführung. "
        "Rainer Wiesner wechselt in den Beirat des Familienunternehmens.",
        [
            pos("Rainer Wiesner", "Gebr. Wiesner"),
            posh("Katharina Wiesner", "Gebr. Wiesner"),
        ],
        [dep("Rainer Wiesner", "Gebr. Wiesner", ANY)],
    ),
    de(
        "Die Münchner Beteiligungsgesellschaft Isar Capital Partners übernimmt die Mehrheit am Verpackungsmaschinenhersteller Hoffmeister Maschinenbau aus Bielefeld. "
        "Die Gründerfamilie behält 25 Prozent der Anteile, Geschäftsführer Stefan Hoffmeister bleibt an Bord. "
        "Mit dem Einstieg des Investors will das Unternehmen seine Expansion in die USA finanzieren.",
        [
            acq("Isar Capital Partners", "Hoffmeister Maschinenbau", CA),
            pos("Stefan Hoffmeister", "Hoffmeister Maschinenbau"),
        ],
    ),
    de(
        "Für den insolventen Autozulieferer Felgenwerk Sachsen ist ein Käufer gefunden: Der chinesische Konzern Zhongtai Wheel übernimmt den Betrieb in Zwickau mit rund 400 Beschäftigten, wie Insolvenzverwalter Jan-Philipp Roth am Donnerstag mitteilte. "
        "Der Gläubigerausschuss hat dem Verkauf bereits zugestimmt.",
        [acq("Zhongtai Wheel", "Felgenwerk Sachsen", CA)],
        [pos("Jan-Philipp Roth", "Felgenwerk Sachsen")],
    ),
    de(
        "Der oberösterreichische Fensterhersteller Hainzl hat den Tiroler Mitbewerber Alpenfenster übernommen. "
        "Mit dem Zukauf wachse die Gruppe auf rund 1.100 Mitarbeiter, sagte Eigentümer und Geschäftsführer Herbert Hainzl den „Oberösterreichischen Nachrichten“. "
        "Die Marke Alpenfenster soll erhalten bleiben.",
        [
            acq("Hainzl", "Alpenfenster", C),
            pos("Herbert Hainzl", "Hainzl"),
        ],
    ),
    de(
        "Wir freuen uns, bekanntzugeben: Die Zeller Messtechnik GmbH hat die französische Métrologie Durand SAS übernommen! "
        "Gemeinsam bieten wir unseren Kunden jetzt Kalibrierdienstleistungen an zwölf Standorten in Europa an. "
        "Herzlich willkommen, liebe Kolleginnen und Kollegen aus Lyon! #Wachstum #Messtechnik",
        [acq("Zeller Messtechnik GmbH", "Métrologie Durand SAS", C)],
    ),
    de(
        "Der Süßwarenhersteller Hellwig & Co. KG hat erstmals ein familienfremdes Mitglied in die Geschäftsführung berufen. "
        "Thomas Ebner, zuletzt Vertriebsdirektor bei Haribo, verantwortet ab dem 1. Juni Marketing und Vertrieb. "
        "Die geschäftsführenden Gesellschafter Clara Hellwig und Moritz Hellwig bleiben für Finanzen und Produktion zuständig.",
        [
            hire("Thomas Ebner", "Hellwig & Co. KG", CA),
            dep("Thomas Ebner", "Haribo", ANY),
            pos("Clara Hellwig", "Hellwig & Co. KG"),
            pos("Moritz Hellwig", "Hellwig & Co. KG"),
        ],
        [pos("Thomas Ebner", "Haribo")],
    ),
    de(
        "Die Bäckerei Steinmetz aus Neustadt hat einen Nachfolger gefunden: Zum 1. Februar übernimmt die Großbäckerei Hofmann aus Kaiserslautern die sieben Filialen des Familienbetriebs. "
        "Bäckermeister Werner Steinmetz, 67, geht in den Ruhestand; alle 58 Mitarbeiter werden übernommen.",
        [
            acq("Großbäckerei Hofmann", "Bäckerei Steinmetz", A),
            dep("Werner Steinmetz", "Bäckerei Steinmetz", A),
        ],
        [pos("Werner Steinmetz", "Bäckerei Steinmetz")],
    ),
    de(
        "Der Vorstandschef des Spezialchemiekonzerns Altmark Chemie, Frank Seidel, wechselt überraschend zum Konkurrenten Lahnwerk Chemie. "
        "Seidel werde sein Amt bei Altmark zum 30. Juni niederlegen und im Herbst an die Spitze von Lahnwerk rücken, teilten beide Unternehmen mit. "
        "Altmark-Aufsichtsratschef Werner Kolb sprach von einem „schmerzhaften Verlust“.",
        [
            hire("Frank Seidel", "Lahnwerk Chemie", A),
            dep("Frank Seidel", "Altmark Chemie", A),
            pos("Frank Seidel", "Altmark Chemie"),
            pos("Werner Kolb", "Altmark Chemie"),
        ],
        [poa("Lahnwerk Chemie", "Altmark Chemie", ANY)],
    ),
    de(
        "Der Nutzfahrzeugzulieferer Fahrwerk Systems AG hat einen neuen Aufsichtsratsvorsitzenden: Das Gremium wählte am Freitag den früheren Daimler-Truck-Vorstand Bernd Kessel an seine Spitze. "
        "Kessel gehört dem Aufsichtsrat bereits seit 2023 an.",
        [posh("Bernd Kessel", "Fahrwerk Systems AG")],
        [
            pos("Bernd Kessel", "Daimler Truck"),
            dep("Bernd Kessel", "Daimler Truck", ANY),
        ],
    ),
    de(
        "Im Streit um die Strategie des Maschinenbauers Hartwig AG hat Aufsichtsratsmitglied Elke Wagner ihr Mandat niedergelegt. "
        "Sie protestiere damit gegen den geplanten Verkauf der Sparte Hartwig Hydraulik an den US-Konzern Parker Hannifin, schrieb Wagner in einem Brief an die Belegschaft.",
        [
            dep("Elke Wagner", "Hartwig AG", C),
            acq("Parker Hannifin", "Hartwig Hydraulik", [A, T]),
        ],
        [pos("Elke Wagner", "Hartwig AG")],
    ),
    de(
        "Der Münchner Elektroautobauer Fenix Automobile hat den langjährigen Tesla-Manager Christian Haupt abgeworben. "
        "Haupt, der zuletzt die Fertigung im Werk Grünheide verantwortete, wird Produktionsvorstand bei Fenix.",
        [
            hire("Christian Haupt", "Fenix Automobile", CA),
            dep("Christian Haupt", "Tesla", CA),
            poa("Fenix Automobile", "Tesla", CA),
        ],
        [pos("Christian Haupt", "Tesla")],
    ),
    de(
        "Der frühere Schaeffler-Manager Jens Bachmann soll neuer Vorstandschef des Kölner Kabelherstellers Leitner Kabelwerke werden. "
        "Das berichtet das „Handelsblatt“ unter Berufung auf Aufsichtsratskreise. Eine offizielle Bestätigung steht noch aus; der Aufsichtsrat tagt am kommenden Dienstag.",
        [hire("Jens Bachmann", "Leitner Kabelwerke", [R, A])],
        [
            pos("Jens Bachmann", "Schaeffler"),
            dep("Jens Bachmann", "Schaeffler", ANY),
        ],
    ),
    de(
        "Der Autozulieferer Kolbenwerk Nord streicht an seinem Stammsitz in Salzgitter bis Ende 2027 rund 600 Stellen. "
        "Hintergrund sei die sinkende Nachfrage nach Komponenten für Verbrennungsmotoren, teilte das Unternehmen mit. Die IG Metall kündigte Widerstand an.",
        [],
    ),
    de(
        "Die Aktien von Volkswagen, BMW und Mercedes-Benz gaben am Dienstag deutlich nach, nachdem die US-Regierung neue Zölle auf europäische Autos angekündigt hatte. "
        "Auch Zulieferer wie Continental und Schaeffler gerieten unter Druck. Der Dax schloss 1,8 Prozent tiefer.",
        [],
    ),
    de(
        "Übernahme: Logistiker Heidrun schluckt Spedition Maas aus Emden",
        [acq("Heidrun", "Spedition Maas", CA)],
    ),
    de(
        "Vollzug: Brüninghaus übernimmt Gartencenter-Kette Grünland vollständig",
        [acq("Brüninghaus", "Grünland", C)],
    ),
    de(
        "Personalie: Ex-Bosch-Manager Henrik Vogt wird neuer Technikchef bei Elmotec",
        [hire("Henrik Vogt", "Elmotec", A)],
        [
            pos("Henrik Vogt", "Bosch"),
            dep("Henrik Vogt", "Bosch", ANY),
        ],
    ),
    de(
        "Bericht: Finanzinvestor Permira soll an Ledermöbelhersteller Kuhlmann interessiert sein",
        [acq("Permira", "Kuhlmann", R)],
    ),
    de(
        "Kreise: Finanzinvestor EQT lotet Verkauf von Zahnarztkette Zahnwerk aus",
        [],
        [acq("EQT", "Zahnwerk", ANY)],
    ),
    # --- Pharma, Biotech, Medizintechnik
    de(
        "Das Mainzer Biotechunternehmen Corvexa hat eine Lizenzvereinbarung mit dem US-Pharmakonzern Eli Lilly geschlossen. "
        "Lilly erhält die weltweiten Rechte an Corvexas Antikörper CVX-7 gegen Fettleibigkeit und zahlt dafür vorab 90 Millionen Dollar; hinzu kommen mögliche Meilensteinzahlungen von bis zu 1,1 Milliarden Dollar. "
        "Corvexa-Chefin Annette Rauch sprach von einem „Meilenstein in der Geschichte des Unternehmens“.",
        [
            par(["Corvexa", "Eli Lilly"], CA),
            pos("Annette Rauch", "Corvexa"),
        ],
    ),
    de(
        "Der Darmstädter Konzern Merck KGaA verhandelt einem Bericht des „Handelsblatt“ zufolge über die Übernahme des Schweizer Diagnostikspezialisten Alpinex. "
        "Die Gespräche seien weit fortgeschritten, eine Einigung könne in den kommenden Wochen erfolgen, berichtete die Zeitung unter Berufung auf mit der Sache vertraute Personen. "
        "Merck wollte den Bericht nicht kommentieren.",
        [acq("Merck KGaA", "Alpinex", TR)],
    ),
    de(
        "Der Vorstand der Grünthal Pharma AG hat das Übernahmeangebot des indischen Generikaherstellers Sunvara Pharmaceuticals als unzureichend zurückgewiesen. "
        "Das Angebot von 41 Euro je Aktie spiegele den Wert des Unternehmens nicht angemessen wider, hieß es in der begründeten Stellungnahme. "
        "Die Annahmefrist läuft noch bis zum 12. Januar.",
        [acq("Sunvara Pharmaceuticals", "Grünthal Pharma AG", [T, F])],
    ),
    de(
        "Die Bonner Heliant Pharma GmbH hat die Übernahme der Marburger Impfstoffspezialistin ImmunoVia AG abgeschlossen. "
        "Nach Erhalt aller behördlichen Genehmigungen ist ImmunoVia nun eine hundertprozentige Tochter von Heliant. "
        "Über Heliant Pharma: Die Heliant Pharma GmbH ist ein inhabergeführtes Pharmaunternehmen mit rund 900 Beschäftigten. Geschäftsführende Gesellschafterin ist Beate Lohmann, die Enkelin des Firmengründers.",
        [
            acq("Heliant Pharma GmbH", "ImmunoVia AG", C),
            pos("Beate Lohmann", "Heliant Pharma GmbH"),
        ],
    ),
    de(
        "Die Zusammenarbeit zwischen dem Tübinger Biotechunternehmen Immatis und Boehringer Ingelheim ist beendet. "
        "Boehringer habe die Option auf eine Lizenz für den Krebsimpfstoff IMT-22 nicht ausgeübt, teilte Immatis mit. Die Aktie brach um 35 Prozent ein.",
        [par(["Immatis", "Boehringer Ingelheim"], F)],
    ),
    de(
        "Der Aufsichtsrat der Kronberger Medizintechnikfirma Vitalis Systems AG hat Vorstandschef Ralf Berger mit sofortiger Wirkung abberufen. "
        "Hintergrund seien „unterschiedliche Auffassungen über die strategische Ausrichtung“, hieß es. "
        "Interimistisch übernimmt Aufsichtsratsmitglied Ursula Menke den Vorsitz des Vorstands.",
        [
            dep("Ralf Berger", "Vitalis Systems AG", C),
            posh("Ursula Menke", "Vitalis Systems AG"),
        ],
        [pos("Ralf Berger", "Vitalis Systems AG")],
    ),
    # --- Banken und Versicherungen
    de(
        "Der Versicherer Hanseatica soll an einer Übernahme des Kölner Maklerpools Vitura interessiert sein. "
        "Wie aus Finanzkreisen verlautete, hat Hanseatica die Investmentbank Lazard mit der Prüfung eines Gebots beauftragt. Eine Entscheidung sei noch nicht gefallen. "
        "Beide Unternehmen wollten sich nicht äußern.",
        [acq("Hanseatica", "Vitura", R)],
    ),
    de(
        "Die Volksbank Mittelrhein hat Berichte über Fusionsgespräche mit der benachbarten Volksbank Westerwald zurückgewiesen. "
        "„Es gibt keine Gespräche, und es sind auch keine geplant“, sagte Vorstandssprecher Thomas Hein der Lokalzeitung. "
        "Zuvor hatten Mitarbeiter beider Häuser von entsprechenden Gerüchten berichtet.",
        [
            mer(["Volksbank Mittelrhein", "Volksbank Westerwald"], D),
            pos("Thomas Hein", "Volksbank Mittelrhein"),
        ],
    ),
    de(
        "Die genossenschaftlichen Versicherer Westfälische Landversicherung und Nordmark Versicherung haben ihre Fusion abgeschlossen. "
        "Das neue Unternehmen firmiert als WestNord Versicherung und hat seinen Sitz in Münster. "
        "Vorstandsvorsitzender wird der bisherige Nordmark-Chef Jörg Petersen.",
        [
            mer(["Westfälische Landversicherung", "Nordmark Versicherung"], C),
            pos("Jörg Petersen", "Nordmark Versicherung"),
            posh("Jörg Petersen", "WestNord Versicherung"),
        ],
    ),
    de(
        "Die Hanseatische Handelsbank hat einen Interimschef: Risikovorständin Claudia Mertens übernimmt vorübergehend den Vorstandsvorsitz. "
        "Der bisherige Vorstandschef Andreas Feld hatte am Montag überraschend seinen Rücktritt erklärt; als Grund nannte die Bank persönliche Gründe. "
        "Der Aufsichtsrat will bis zum Sommer einen Nachfolger finden.",
        [
            posh("Claudia Mertens", "Hanseatische Handelsbank"),
            dep("Andreas Feld", "Hanseatische Handelsbank", CA),
        ],
        [pos("Andreas Feld", "Hanseatische Handelsbank")],
    ),
    de(
        "Die Kölner Merkur Versicherung holt sich ihre neue Vertriebsvorständin von der Konkurrenz: Daniela Koch, bislang Leiterin des Maklervertriebs bei der Allianz Deutschland AG, wird zum 1. Juli in den Vorstand der Merkur berufen. "
        "Sie folgt auf Jürgen Haas, der in den Ruhestand geht.",
        [
            hire("Daniela Koch", "Merkur Versicherung", A),
            dep("Daniela Koch", "Allianz Deutschland AG", A),
            dep("Jürgen Haas", "Merkur Versicherung", A),
        ],
        [
            pos("Daniela Koch", "Allianz Deutschland AG"),
            pos("Jürgen Haas", "Merkur Versicherung"),
        ],
    ),
    de(
        "Ich freue mich, euch mitzuteilen, dass ich nach acht spannenden Jahren bei der Commerzbank eine neue Herausforderung angenommen habe: "
        "Seit dem 1. März verantworte ich als Chief Risk Officer das Risikomanagement der Digitalbank Finora. "
        "Danke an alle Kolleginnen und Kollegen für die tolle Zeit! – Sebastian Kühn",
        [
            hire("Sebastian Kühn", "Finora", C),
            dep("Sebastian Kühn", "Commerzbank", C),
        ],
    ),
    de(
        "Der Rückversicherer Bavaria Re trennt sich von seiner 40-prozentigen Beteiligung an dem polnischen Versicherer Wisła Ubezpieczenia. "
        "Käufer ist die österreichische Versicherungsgruppe Donaustern, die ihren Anteil damit auf 90 Prozent aufstockt. "
        "Die Transaktion soll bis zum Jahresende abgeschlossen sein.",
        [stake("Donaustern", "Wisła Ubezpieczenia", A)],
        [stake("Bavaria Re", "Wisła Ubezpieczenia", ANY)],
    ),
    de(
        "Die Vertreterversammlung der Volksbank Havelland hat die geplante Fusion mit der Raiffeisenbank Fläming abgelehnt. "
        "Für den Zusammenschluss wäre eine Dreiviertelmehrheit nötig gewesen, erreicht wurden lediglich 61 Prozent. Der Vorstand bedauerte das Ergebnis.",
        [mer(["Volksbank Havelland", "Raiffeisenbank Fläming"], F)],
    ),
    de(
        "FRANKFURT (dpa-AFX) - Die italienische Großbank Banca Veneta hat sich im Übernahmekampf um die Nordwest Bank AG durchgesetzt. "
        "Bis zum Ende der Annahmefrist seien ihr 73,4 Prozent der Aktien angedient worden, teilte die Bank am Montag mit. "
        "Der Vollzug wird nach Zustimmung der Europäischen Zentralbank im ersten Quartal erwartet.",
        [acq("Banca Veneta", "Nordwest Bank AG", A)],
    ),
    de(
        "Die Fusion der Sparkasse Oberland mit der Kreissparkasse Talheim ist vollzogen. "
        "Das neue Institut firmiert unter dem Namen Sparkasse Oberland-Talheim und kommt auf eine Bilanzsumme von 6,8 Milliarden Euro. "
        "Vorstandsvorsitzende ist die bisherige Talheimer Sparkassenchefin Ines Wörle.",
        [
            mer(["Sparkasse Oberland", "Kreissparkasse Talheim"], C),
            posh("Ines Wörle", "Sparkasse Oberland-Talheim"),
        ],
        [pos("Ines Wörle", "Kreissparkasse Talheim")],
    ),
    # --- Energie und Versorger
    de(
        "Die EnBW Energie Baden-Württemberg AG hat 24,9 Prozent an dem Freiburger Solarparkentwickler Kranich Solar AG erworben. "
        "Das geht aus einer Stimmrechtsmitteilung hervor, die Kranich Solar am Dienstag veröffentlichte. "
        "Ein Unternehmenssprecher bestätigte den Einstieg, nannte aber keinen Kaufpreis.",
        [stake("EnBW Energie Baden-Württemberg AG", "Kranich Solar AG", C)],
    ),
    de(
        "Die Stadtwerke Lindenau und der Windkraftprojektierer Sturmfeld Energie gründen ein Gemeinschaftsunternehmen für den Bau von Windparks auf der Schwäbischen Alb. "
        "An der neuen Gesellschaft halten beide Partner jeweils 50 Prozent, wie die Unternehmen am Montag mitteilten. Bis 2030 sollen 25 Anlagen entstehen.",
        [par(["Stadtwerke Lindenau", "Sturmfeld Energie"], CA)],
    ),
    de(
        "Der Versorger Ostara Energie verkauft sein Gasspeichergeschäft an den australischen Infrastrukturinvestor Macquarie. "
        "Der Kaufvertrag für die Tochter Ostara Speicher GmbH sei unterzeichnet, teilte das Unternehmen am Mittwoch mit. "
        "Der Abschluss wird im zweiten Halbjahr erwartet.",
        [acq("Macquarie", "Ostara Speicher GmbH", A)],
    ),
    de(
        "Der Energieversorger Thalwerke AG holt sich einen neuen Finanzchef von der Konkurrenz: Markus Albrecht wechselt zum 1. April von der Nordenergie AG nach Kassel und übernimmt dort das Finanzressort im Vorstand. "
        "Er folgt auf Sabine Kröger, die das Unternehmen auf eigenen Wunsch verlässt.",
        [
            hire("Markus Albrecht", "Thalwerke AG", A),
            dep("Markus Albrecht", "Nordenergie AG", A),
            dep("Sabine Kröger", "Thalwerke AG", CA),
        ],
        [pos("Sabine Kröger", "Thalwerke AG")],
    ),
    de(
        "Die Stadtwerke Rheinhausen und die Energieversorgung Moersland wollen ab 2028 gemeinsame Sache machen: Die Aufsichtsräte beider Unternehmen haben einer Verschmelzung zugestimmt. "
        "Nun müssen noch die Stadträte grünes Licht geben.",
        [mer(["Stadtwerke Rheinhausen", "Energieversorgung Moersland"], A)],
    ),
    de(
        "Das geplante Wasserstoff-Gemeinschaftsunternehmen des Gasnetzbetreibers Mitteldeutsche Gasnetz mit dem norwegischen Konzern Statkraft ist geplatzt. "
        "Statkraft habe sich aus dem Projekt zurückgezogen, weil die Förderzusage des Bundes ausgeblieben sei, bestätigte ein Sprecher von Mitteldeutsche Gasnetz.",
        [par(["Mitteldeutsche Gasnetz", "Statkraft"], F)],
    ),
    de(
        "Im Bieterkampf um den Bremer Windturbinenhersteller Aerowind hat der dänische Konzern Nordvind sein Angebot zurückgezogen. "
        "Damit hat der spanische Konkurrent Iberwind freie Bahn, dessen Offerte von 18,50 Euro je Aktie der Aerowind-Vorstand bereits zur Annahme empfohlen hat.",
        [
            acq("Nordvind", "Aerowind", F),
            acq("Iberwind", "Aerowind", [T, A]),
        ],
    ),
    de(
        "Der Verbraucherzentrale Bundesverband hat vor dem Oberlandesgericht Hamm eine Sammelklage gegen den Energieversorger Südstrom eingereicht. "
        "Der Versorger habe im vergangenen Winter unzulässige Preiserhöhungen vorgenommen, argumentieren die Verbraucherschützer. Südstrom wies die Vorwürfe zurück.",
        [],
    ),
    # --- Handel und Konsumgüter
    de(
        "Die geplante Übernahme der Drogeriekette Fleckner durch den Discounter Pennyland ist geplatzt. "
        "Man habe sich nicht auf die Bedingungen für die Übernahme der rund 300 Filialen einigen können, teilte Fleckner am Freitag in Hannover mit. "
        "Nun sucht das Unternehmen nach einem anderen Käufer.",
        [acq("Pennyland", "Fleckner", F)],
    ),
    de(
        "Der Reisekonzern Sonnenreisen hat einen Bericht über einen möglichen Verkauf an den Finanzinvestor Carlyle dementiert. "
        "„Wir stehen nicht zum Verkauf“, sagte Firmenchefin Melanie Grote am Rande der ITB in Berlin. "
        "Das Magazin „Capital“ hatte berichtet, die Eigentümerfamilie sondiere einen Ausstieg.",
        [
            acq("Carlyle", "Sonnenreisen", D),
            pos("Melanie Grote", "Sonnenreisen"),
        ],
    ),
    de(
        "Der Versandhändler Bergmann Versand hat die frühere Google-Managerin Svenja Pohl zur Digitalchefin ernannt. "
        "Pohl, die zuletzt beim Berliner Start-up Lieferio tätig war, tritt ihr Amt im Januar an.",
        [
            hire("Svenja Pohl", "Bergmann Versand", CA),
            dep("Svenja Pohl", "Lieferio", ANY),
        ],
        [
            pos("Svenja Pohl", "Google"),
            dep("Svenja Pohl", "Google", ANY),
            pos("Svenja Pohl", "Lieferio"),
        ],
    ),
    de(
        "Die Familie Lindemann hat ihre Mehrheitsbeteiligung an dem Gewürzhersteller Kräuterhaus Lindemann an den Lebensmittelkonzern Feinkost Albers verkauft. "
        "Der Kaufvertrag wurde Ende November unterzeichnet, das Bundeskartellamt muss noch zustimmen.",
        [acq("Feinkost Albers", "Kräuterhaus Lindemann", A)],
    ),
    de(
        "Der Hamburger Onlinehändler Stilwerk24 setzt bei der Kundenberatung künftig auf Technik von OpenAI. "
        "Beide Unternehmen hätten eine mehrjährige Partnerschaft vereinbart, teilte Stilwerk24 mit. Finanzielle Details wurden nicht genannt.",
        [par(["Stilwerk24", "OpenAI"], CA)],
    ),
    de(
        "Dementi: Zalando weist Bericht über Einstieg bei Modemarke Kleidwerk zurück",
        [stake("Zalando", "Kleidwerk", D)],
    ),
    de(
        "Der Küchengerätehersteller Weißhaupt & Kern hat im abgelaufenen Geschäftsjahr einen Umsatzrückgang von sieben Prozent auf 412 Millionen Euro verbucht. "
        "Grund sei die schwache Baukonjunktur, teilte das Unternehmen aus Gütersloh mit. Für das laufende Jahr rechnet die Geschäftsführung mit einer Stabilisierung.",
        [],
    ),
    de(
        "Der Haushaltsgerätehersteller Kaltenbach stellt auf der IFA eine neue Generation von Wärmepumpentrocknern vor, die 40 Prozent weniger Strom verbrauchen sollen. "
        "Die Geräte sollen ab Oktober im Handel erhältlich sein, unter anderem bei Media Markt und Saturn.",
        [],
    ),
    de(
        "Die Modekette Lorbeer hat beim Amtsgericht Düsseldorf Insolvenz in Eigenverwaltung beantragt. "
        "Der Geschäftsbetrieb in den 86 Filialen laufe uneingeschränkt weiter, Löhne und Gehälter seien über das Insolvenzgeld bis Ende Februar gesichert.",
        [],
    ),
    # --- Medien und Telekommunikation
    de(
        "Die Glasfaseranbieter Fibernord und Westlink Breitband wollen sich zusammenschließen. "
        "Beide Unternehmen unterzeichneten am Dienstag eine Grundsatzvereinbarung über eine Fusion unter Gleichen; das gemeinsame Unternehmen soll rund 1,2 Millionen Haushalte versorgen. "
        "Die Zustimmung des Bundeskartellamts steht noch aus.",
        [mer(["Fibernord", "Westlink Breitband"], A)],
    ),
    de(
        "Die Mediengruppe Brückner übernimmt zum 1. Januar die „Oberlausitzer Rundschau“ samt Druckerei von der Verlegerfamilie Gerlach. "
        "Die Redaktion in Bautzen bleibt erhalten, Chefredakteur Tobias Marek wird das Blatt weiter leiten.",
        [
            acq("Mediengruppe Brückner", "Oberlausitzer Rundschau", A),
            pos("Tobias Marek", "Oberlausitzer Rundschau"),
        ],
    ),
    de(
        "Vodafone Deutschland besetzt einen Schlüsselposten mit einem Manager der Konkurrenz: Stefan Wolters, bislang Leiter des Geschäftskundenbereichs bei der Telekom, soll im Herbst die Geschäftskundensparte von Vodafone übernehmen. "
        "Die Deutsche Telekom bestätigte den Abgang.",
        [
            hire("Stefan Wolters", "Vodafone Deutschland", A),
            dep("Stefan Wolters", "Deutsche Telekom", A),
        ],
        [
            pos("Stefan Wolters", "Deutsche Telekom"),
            poa("Vodafone Deutschland", "Deutsche Telekom", ANY),
        ],
    ),
    de(
        "Die Senderfamilie Rheinmedia hat ihre Beteiligung an der Streamingplattform Streamix von 25 auf 51 Prozent aufgestockt und übernimmt damit die Kontrolle. "
        "Die übrigen Anteile hält weiterhin der Telekommunikationsanbieter Netzmobil.",
        [stake("Rheinmedia", "Streamix", C)],
        [stake("Netzmobil", "Streamix", ANY)],
    ),
    de(
        "Nordkap-Lines-Chef Michael Jansen hat Spekulationen über einen Zusammenschluss der Hamburger Reederei mit dem Konkurrenten Baltic Carriers eine klare Absage erteilt. "
        "„Wir sind gut aufgestellt und brauchen keinen Partner“, sagte Jansen der „Börsen-Zeitung“.",
        [
            mer(["Nordkap Lines", "Baltic Carriers"], D),
            pos("Michael Jansen", "Nordkap Lines"),
        ],
    ),
    # --- KI, Chips, Start-ups, Wagniskapital
    de(
        "Das Münchner KI-Start-up Neuronik hat in einer Series-A-Finanzierungsrunde 28 Millionen Euro eingesammelt. "
        "Angeführt wurde die Runde vom Berliner Wagniskapitalgeber Earlybird, auch die Bestandsinvestoren UVC Partners und High-Tech Gründerfonds beteiligten sich. "
        "Neuronik wurde 2022 von den TU-München-Absolventen Lea Brandstätter und Jonas Ilg gegründet und entwickelt Sprachmodelle für die Industrie.",
        [
            inv("Earlybird", "Neuronik", C),
            inv("UVC Partners", "Neuronik", C),
            inv("High-Tech Gründerfonds", "Neuronik", C),
            pos("Lea Brandstätter", "Neuronik"),
            pos("Jonas Ilg", "Neuronik"),
        ],
    ),
    de(
        "SAP übernimmt das Leipziger Software-Start-up Datengrün, das Werkzeuge zur Messung von CO2-Emissionen in Lieferketten entwickelt. "
        "Die Transaktion soll im ersten Quartal abgeschlossen werden; finanzielle Details nannte der Walldorfer Konzern nicht. "
        "Die beiden Gründer von Datengrün, Ole Matthiesen und Aylin Demir, wechseln mit ihrem 45-köpfigen Team zu SAP.",
        [
            acq("SAP", "Datengrün", A),
            pos("Ole Matthiesen", "Datengrün"),
            pos("Aylin Demir", "Datengrün"),
            hire("Ole Matthiesen", "SAP", CA),
            hire("Aylin Demir", "SAP", CA),
        ],
    ),
    de(
        "Das Karlsruher Batterie-Start-up Voltwerk hat 45 Millionen Euro eingesammelt. "
        "Neben dem Lead-Investor, dem Klimafonds Terravolt Capital, beteiligten sich auch der Zulieferer Mahle sowie der Bestandsinvestor Speedinvest.",
        [
            inv("Terravolt Capital", "Voltwerk", C),
            inv("Mahle", "Voltwerk", C),
            inv("Speedinvest", "Voltwerk", C),
        ],
    ),
    de(
        "Der US-Konzern Nvidia hat nach Informationen des „Handelsblatt“ Interesse an einer Übernahme des Dresdner Chip-Start-ups Quantra Silicon. "
        "Erste Gespräche habe es bereits gegeben, hieß es. Quantra-Gründer Matthias Oehme wollte sich zu den Informationen nicht äußern.",
        [
            acq("Nvidia", "Quantra Silicon", TR),
            pos("Matthias Oehme", "Quantra Silicon"),
        ],
    ),
    de(
        "Das Heidelberger KI-Unternehmen Kognita steht einem Medienbericht zufolge kurz vor einer neuen Finanzierungsrunde über 300 Millionen Euro. "
        "Angeführt werden solle die Runde von der Schwarz-Gruppe, auch Bosch und SAP seien als Investoren im Gespräch, berichtete das „Manager Magazin“. "
        "Kognita äußerte sich nicht.",
        [
            inv("Schwarz-Gruppe", "Kognita", TR),
            inv("Bosch", "Kognita", TR),
            inv("SAP", "Kognita", TR),
        ],
    ),
    de(
        "Tanja Reuß, Mitgründerin des Berliner Lieferdienstes Flinkster, verlässt das Unternehmen. "
        "Sie wolle sich nach sieben Jahren neuen Aufgaben widmen, teilte das Start-up mit. "
        "Ihre Aufgaben als Chief Operating Officer übernimmt vorerst Mitgründer Kai Lenz.",
        [
            dep("Tanja Reuß", "Flinkster", CA),
            pos("Tanja Reuß", "Flinkster"),
            posh("Kai Lenz", "Flinkster"),
        ],
    ),
    de(
        "Nach Informationen des „Spiegel“ hat Apple versucht, mehrere Chipdesigner des Münchner Start-ups Siliconia abzuwerben. "
        "Siliconia-Gründerin Heike Baumann bestätigte, dass es Angebote gegeben habe; bislang habe aber niemand das Unternehmen verlassen.",
        [
            poa("Apple", "Siliconia", [T, F]),
            pos("Heike Baumann", "Siliconia"),
        ],
    ),
    de(
        "Das Kölner Proptech-Start-up Wohnwert hat in einer Seed-Runde vier Millionen Euro erhalten. "
        "Geldgeber sind der Frühphaseninvestor Kaltstart Capital sowie mehrere Business Angels, darunter der Unternehmer Florian Reiß.",
        [inv("Kaltstart Capital", "Wohnwert", C)],
        [inv("Florian Reiß", "Wohnwert", C)],
    ),
    # --- Finanzinvestoren, Konzernumbauten
    de(
        "Der Finanzinvestor Triton verhandelt exklusiv über den Kauf des Dortmunder IT-Dienstleisters Netcubus. "
        "Wie aus Finanzkreisen verlautete, befinden sich die Gespräche in einem fortgeschrittenen Stadium; Netcubus könnte dabei mit rund 700 Millionen Euro bewertet werden. "
        "Ein Netcubus-Sprecher sagte, man kommentiere Marktgerüchte grundsätzlich nicht.",
        [acq("Triton", "Netcubus", TR)],
    ),
    de(
        "Der Duisburger Stahlkonzern Ruhrstahl soll erwägen, seine Edelstahltochter Ruhrinox an die Börse zu bringen oder zu verkaufen. "
        "Als mögliche Interessenten gelten nach Informationen der „Wirtschaftswoche“ der finnische Konzern Outokumpu und der Finanzinvestor Advent. "
        "Ruhrstahl erklärte, man prüfe regelmäßig strategische Optionen.",
        [
            acq("Outokumpu", "Ruhrinox", R),
            acq("Advent", "Ruhrinox", R),
        ],
    ),
    de(
        "Der Chemiekonzern Dornbach hat den Verkauf seiner Lacksparte an den japanischen Wettbewerber Nippon Paint abgeschlossen. "
        "Der Kaufpreis für die Dornbach Coatings GmbH lag bei 780 Millionen Euro. Mit dem Erlös will Dornbach vor allem Schulden abbauen.",
        [acq("Nippon Paint", "Dornbach Coatings GmbH", C)],
    ),
    de(
        "Das Bundeskartellamt hat den Erwerb des Landmaschinenhändlers Agrotec Nord durch die Landhandel Weser-Ems eG freigegeben. "
        "Damit kann die Übernahme wie geplant zum Monatsende vollzogen werden.",
        [acq("Landhandel Weser-Ems eG", "Agrotec Nord", A)],
    ),
    de(
        "Der langjährige Vorstandschef des Leuchtenherstellers Lumitas AG, Gerd Hallmann, soll nach seinem Ausscheiden im Mai an die Spitze des Aufsichtsrats wechseln. "
        "Das kündigte das Kontrollgremium am Montag an. Hallmanns Nachfolger als CEO wird der bisherige Vertriebsvorstand Nils Eggert.",
        [
            posh("Gerd Hallmann", "Lumitas AG"),
            posh("Nils Eggert", "Lumitas AG"),
        ],
        [dep("Gerd Hallmann", "Lumitas AG", ANY)],
    ),
    de(
        "Die Hauptversammlung der Leitwerk AG hat am Mittwoch die frühere Siemens-Managerin Dagmar Lenz in den Aufsichtsrat gewählt. "
        "Sie folgt auf Hans-Peter Voigt, der nach zwölf Jahren aus Altersgründen aus dem Gremium ausscheidet. "
        "Lenz war zuletzt Finanzvorständin eines Schweizer Medizintechnikkonzerns.",
        [
            hire("Dagmar Lenz", "Leitwerk AG", C),
            dep("Hans-Peter Voigt", "Leitwerk AG", CA),
        ],
        [
            pos("Dagmar Lenz", "Siemens"),
            dep("Dagmar Lenz", "Siemens", ANY),
            pos("Hans-Peter Voigt", "Leitwerk AG"),
        ],
    ),
    de(
        "Der Staatsfonds Qatar Investment Authority prüft nach Informationen aus Finanzkreisen einen Einstieg beim Hamburger Hafenlogistiker Elbkai. "
        "Im Gespräch sei eine Beteiligung von bis zu 20 Prozent, hieß es. Elbkai wollte sich nicht äußern.",
        [stake("Qatar Investment Authority", "Elbkai", R)],
    ),
    # --- Negativbeispiele: Sport, Politik
    de(
        "Der SC Weserstadt hat den Vertrag mit Cheftrainer Mirko Hansen vorzeitig bis 2029 verlängert. "
        "Zudem verpflichtete der Zweitligist den Innenverteidiger Luca Ferreira vom portugiesischen Erstligisten Vitória Guimarães. Über die Ablösesumme vereinbarten die Klubs Stillschweigen.",
        [],
    ),
    de(
        "Die Handballvereine TSV Altenweiler und HSG Buchtal fusionieren zur neuen Spielzeit. "
        "Die Mitgliederversammlungen beider Klubs stimmten dem Zusammenschluss mit großer Mehrheit zu; die erste Männermannschaft tritt künftig als HSG Altenweiler-Buchtal in der 3. Liga an.",
        [],
    ),
    de(
        "Ministerpräsident Jochen Albers hat die bisherige Staatssekretärin Petra Auler zur neuen Wirtschaftsministerin ernannt. "
        "Sie folgt auf Michael Brandt, der nach der Affäre um Fördermittel zurückgetreten war. Die Opposition kritisierte die Personalie scharf.",
        [],
    ),
    de(
        "Die Gemeinden Unterbrunn und Seelbach wollen fusionieren. "
        "Bei einem Bürgerentscheid am Sonntag stimmten in beiden Orten deutliche Mehrheiten für den Zusammenschluss, der zum 1. Januar 2028 wirksam werden soll.",
        [],
    ),
]
