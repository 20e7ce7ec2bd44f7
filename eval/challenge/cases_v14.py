# ruff: noqa: E501
"""Challenge set v14: AI-industry, tech-press and German Mittelstand news (English and German).

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
    # ------------------------------------------------------------------ part 1
    # --- English: AI labs and big tech
    en(
        "SAN FRANCISCO, Nov 3 (Reuters) - Meridian AI, the San Francisco lab backed by Microsoft, has hired Priya Raman, who led the reasoning team at Google DeepMind, as its chief scientist, according to a memo seen by Reuters. "
        "Raman, 38, left DeepMind last month after nine years. "
        "She will report to Meridian co-founder and chief executive Tobias Lindqvist, the memo said.",
        [
            hire("Priya Raman", "Meridian AI", C),
            dep("Priya Raman", "Google DeepMind", C),
            pos("Priya Raman", "Google DeepMind"),
            pos("Tobias Lindqvist", "Meridian AI"),
        ],
        optional=[
            inv("Microsoft", "Meridian AI", C),
            pos("Priya Raman", "Meridian AI"),
        ],
    ),
    en(
        "Vantor Labs has offered several researchers at Anthropic pay packages worth as much as $20 million over four years in an attempt to staff its new superintelligence unit, people familiar with the matter said. "
        "At least two of them, including interpretability researcher Kenji Aoyama, turned the offers down, the people said. "
        "Vantor, which is led by former Stripe executive Helena Voss, declined to comment.",
        [
            poa("Vantor Labs", "Anthropic", [T, R]),
            pos("Helena Voss", "Vantor Labs"),
            pos("Helena Voss", "Stripe"),
        ],
        optional=[
            poa("Vantor Labs", "Anthropic", F),
            pos("Kenji Aoyama", "Anthropic"),
        ],
    ),
    en(
        "Halcyon Cloud Inc. (NYSE: HCLD) will pay about $650 million to license the models of Parabola Systems and hire most of the start-up's staff, including co-founders Mira Castellanos and Dev Anand, the companies said on Tuesday. "
        "The arrangement, which stops short of a full acquisition, mirrors deals that big tech groups have used to avoid lengthy antitrust reviews. "
        "Parabola's remaining employees will continue to run its API business under interim chief executive Sam Okafor.",
        [
            par(["Halcyon Cloud Inc.", "Parabola Systems"], A),
            hire("Mira Castellanos", "Halcyon Cloud Inc.", A),
            hire("Dev Anand", "Halcyon Cloud Inc.", A),
            pos("Mira Castellanos", "Parabola Systems"),
            pos("Dev Anand", "Parabola Systems"),
            posh("Sam Okafor", "Parabola Systems"),
        ],
        optional=[
            dep("Mira Castellanos", "Parabola Systems", A),
            dep("Dev Anand", "Parabola Systems", A),
        ],
    ),
    en(
        "Tokyo-based Sorano Holdings said on Monday it had bought a 12% stake in Lumen Forge, a London developer of AI chips for robotics, for 180 million pounds. "
        "The investment values Lumen Forge at 1.5 billion pounds. "
        "Sorano chief executive Haruki Ishida will join the start-up's board.",
        [
            stake("Sorano Holdings", "Lumen Forge", C),
            pos("Haruki Ishida", "Sorano Holdings"),
        ],
        optional=[
            hire("Haruki Ishida", "Lumen Forge", A),
        ],
    ),
    en(
        "Berlin-based Kestrel Robotics has raised $210 million in a Series C round led by Lightspeed Venture Partners, with participation from Nvidia's venture arm NVentures, existing investor Atomico and the Qatar Investment Authority. "
        "The company, founded in 2019 by Ines Haber and Marco Petrović, makes foundation models for warehouse robots. "
        "Haber, its chief executive, said the money would fund expansion into the US.",
        [
            inv("Lightspeed Venture Partners", "Kestrel Robotics", C),
            inv("NVentures", "Kestrel Robotics", C),
            inv("Atomico", "Kestrel Robotics", C),
            inv("Qatar Investment Authority", "Kestrel Robotics", C),
            pos("Ines Haber", "Kestrel Robotics"),
            pos("Marco Petrović", "Kestrel Robotics"),
        ],
    ),
    en(
        "Britain's Competition and Markets Authority on Wednesday blocked Quorra Software's proposed $2.1 billion takeover of Delphine Analytics, saying the deal would reduce competition in AI-driven credit scoring. "
        "Quorra, whose shares fell 4% in early trading, said it was 'disappointed' and would not appeal. "
        "The decision ends a process that began when the two companies agreed terms in March.",
        [
            acq("Quorra Software", "Delphine Analytics", F),
        ],
    ),
    en(
        "Arclight Semiconductor denied a report by The Information that it was in talks to buy Nimbus Inference, a start-up that designs chips for running large language models. "
        "'We are not in discussions with Nimbus or any other company regarding an acquisition,' an Arclight spokesperson said on Friday. "
        "Nimbus, which counts Sequoia Capital among its backers, did not respond to a request for comment.",
        [
            acq("Arclight Semiconductor", "Nimbus Inference", D),
        ],
        optional=[
            inv("Sequoia Capital", "Nimbus Inference", C),
        ],
    ),
    en(
        "Caldera Networks (NASDAQ: CLDN) said its board had approved a new $5 billion share repurchase programme after quarterly revenue rose 22%. "
        "On a call with analysts, chief executive Rosalind Achebe said she expected 'a wave of consolidation' among AI infrastructure providers over the next two years but declined to say whether Caldera would take part. "
        "'We are always looking, but we are disciplined buyers,' she said.",
        [
            pos("Rosalind Achebe", "Caldera Networks"),
        ],
    ),
    en(
        "Analysts at Bernstein said in a note on Tuesday that Fathom Speech, the voice-AI company valued at $4 billion in its last round, could be an attractive target for a larger cloud provider such as Amazon or Oracle. "
        "Neither company has shown public interest, and Fathom chief executive Elena Brandt has repeatedly said the company intends to stay independent.",
        [
            pos("Elena Brandt", "Fathom Speech"),
        ],
    ),
    en(
        "Owen Calloway, who co-led the post-training team behind OpenAI's latest reasoning models, has left the company to start his own venture, he said in a post on X on Sunday. "
        "Calloway joined OpenAI in 2020 from Google Brain. "
        "His new start-up, which he has not yet named, is in talks with investors to raise about $300 million, according to two people familiar with the matter.",
        [
            dep("Owen Calloway", "OpenAI", C),
            pos("Owen Calloway", "OpenAI"),
        ],
        optional=[
            hire("Owen Calloway", "OpenAI", C),
            dep("Owen Calloway", "Google Brain", C),
        ],
    ),
    en(
        "Two Paris-based AI start-ups, Aubade Labs and Corvin AI, said on Thursday they had agreed to merge in an all-stock deal that will create a company with about 400 employees. "
        "The combined group will be called Aubade and led by Corvin's chief executive Louis Ferrand, while Aubade co-founder Camille Roux will become chief technology officer. "
        "The deal is subject to approval by French regulators.",
        [
            mer(["Aubade Labs", "Corvin AI"], A),
            pos("Louis Ferrand", "Corvin AI"),
            pos("Camille Roux", "Aubade Labs"),
        ],
        optional=[
            hire("Louis Ferrand", "Aubade Labs", A),
            posh("Camille Roux", "Aubade Labs"),
        ],
    ),
    en(
        "NEW YORK, Oct 29 (Reuters) - Palladian Data Corp (NYSE: PLDN) beat third-quarter revenue estimates on Tuesday, helped by demand for its AI governance tools. "
        "Finance chief Marcus Ngata told analysts the company had closed its acquisition of Israeli security firm Shavit Cyber in September and had 'no plans for further large deals this year.' "
        "Palladian also said it expects full-year revenue of $1.84 billion.",
        [
            acq("Palladian Data Corp", "Shavit Cyber", C),
            pos("Marcus Ngata", "Palladian Data Corp"),
        ],
    ),
    en(
        "Amazon is considering investing several billion dollars in Solace Intelligence, the AI lab founded by former Meta researchers, the Financial Times reported on Wednesday, citing people familiar with the matter. "
        "The talks are at an early stage and may not lead to a deal, the newspaper said. "
        "Solace, run by chief executive Noor Haddad, raised $1.2 billion from Andreessen Horowitz and Thrive Capital earlier this year.",
        [
            inv("Amazon", "Solace Intelligence", TR),
            pos("Noor Haddad", "Solace Intelligence"),
            inv("Andreessen Horowitz", "Solace Intelligence", C),
            inv("Thrive Capital", "Solace Intelligence", C),
        ],
    ),
    # --- German: Mittelstand and regional business press
    de(
        "STUTTGART (dpa-AFX) - Der Finanzinvestor Brandhorst Capital übernimmt die Mehrheit an der Heinrich Kessler Antriebstechnik GmbH aus Esslingen. "
        "Die Gründerfamilie, die das 1952 gegründete Unternehmen in dritter Generation führt, behält eine Beteiligung von 25 Prozent, wie beide Seiten am Dienstag mitteilten. "
        "Geschäftsführer Thomas Kessler soll das Unternehmen auch nach dem Abschluss der Transaktion, der für das erste Quartal erwartet wird, weiter leiten. "
        "Über den Kaufpreis wurde Stillschweigen vereinbart.",
        [
            acq("Brandhorst Capital", "Heinrich Kessler Antriebstechnik GmbH", A),
            pos("Thomas Kessler", "Heinrich Kessler Antriebstechnik GmbH"),
        ],
    ),
    de(
        "Nach 31 Jahren an der Spitze übergibt Gerhard Wollny die Geschäftsführung der Wollny Verpackungen GmbH & Co. KG zum 1. Januar an seine Tochter Sabine Wollny-Rath. "
        "Die 44-Jährige ist seit 2016 im Familienunternehmen aus Bielefeld tätig und verantwortete zuletzt den Vertrieb. "
        "Gerhard Wollny wechselt in den Beirat des Unternehmens, das mit 620 Mitarbeitern rund 140 Millionen Euro umsetzt.",
        [
            pos("Gerhard Wollny", "Wollny Verpackungen GmbH & Co. KG"),
            dep("Gerhard Wollny", "Wollny Verpackungen GmbH & Co. KG", A),
            posh("Sabine Wollny-Rath", "Wollny Verpackungen GmbH & Co. KG"),
        ],
    ),
    de(
        "Die Stadtwerke Lindenau und die Stadtwerke Oberhaag wollen fusionieren. "
        "Die Aufsichtsräte beider Versorger hätten einer entsprechenden Absichtserklärung zugestimmt, teilten die Unternehmen am Mittwoch mit. "
        "Das gemeinsame Unternehmen soll unter dem Namen Stadtwerke Lindenau-Oberhaag GmbH firmieren und rund 380 Beschäftigte haben. "
        "Die Stadträte beider Kommunen müssen der Fusion noch zustimmen.",
        [
            mer(["Stadtwerke Lindenau", "Stadtwerke Oberhaag"], [A, T]),
        ],
    ),
    de(
        "Die Fusion der Kreissparkasse Weidenthal mit der Sparkasse Hohenried ist vollzogen. "
        "Rückwirkend zum 1. Januar firmiert das Institut als Sparkasse Weidenthal-Hohenried und kommt auf eine Bilanzsumme von 6,8 Milliarden Euro. "
        "Vorstandsvorsitzender des fusionierten Hauses ist Klaus Obermeier, bisher Chef der Kreissparkasse Weidenthal; sein Hohenrieder Kollege Ulrich Sänger geht in den Ruhestand.",
        [
            mer(["Kreissparkasse Weidenthal", "Sparkasse Hohenried"], C),
            pos("Klaus Obermeier", "Kreissparkasse Weidenthal"),
            pos("Ulrich Sänger", "Sparkasse Hohenried"),
            dep("Ulrich Sänger", "Sparkasse Hohenried", CA),
        ],
        optional=[
            posh("Klaus Obermeier", "Sparkasse Weidenthal-Hohenried"),
        ],
    ),
    de(
        "Der Maschinenbauer Rettig Industrietechnik übernimmt den insolventen Kunststoffspezialisten Pfalzplast GmbH aus Kaiserslautern. "
        "Insolvenzverwalter Jochen Baumeister teilte am Montag mit, der Gläubigerausschuss habe dem Verkauf zugestimmt; rund 180 der 240 Arbeitsplätze blieben erhalten. "
        "Der Kaufvertrag soll zum 1. Dezember wirksam werden.",
        [
            acq("Rettig Industrietechnik", "Pfalzplast GmbH", A),
        ],
        optional=[
            pos("Jochen Baumeister", "Pfalzplast GmbH"),
        ],
    ),
    de(
        "Im Rahmen eines Management-Buy-outs übernehmen die beiden Geschäftsführer Anja Pröll und Stefan Hiller die Sensortechnik Regensburg GmbH (SRT) vom bisherigen Eigentümer, dem Schweizer Technologiekonzern Varnex AG. "
        "Finanziert wird die Transaktion unter anderem von der Beteiligungsgesellschaft Donau Equity Partners, die eine Minderheitsbeteiligung von 30 Prozent erwirbt. "
        "Der Vollzug wird bis Ende Februar erwartet.",
        [
            acq(["Anja Pröll", "Stefan Hiller"], "Sensortechnik Regensburg GmbH", A),
            stake("Donau Equity Partners", "Sensortechnik Regensburg GmbH", A),
            pos("Anja Pröll", "Sensortechnik Regensburg GmbH"),
            pos("Stefan Hiller", "Sensortechnik Regensburg GmbH"),
        ],
    ),
    de(
        "Der Schraubenhersteller Berger Befestigungstechnik AG hat sich mit 40 Prozent an dem Dresdner Softwarehaus Logiqa GmbH beteiligt. "
        "Man wolle gemeinsam digitale Bestellsysteme für Handwerksbetriebe entwickeln, sagte Berger-Vorstandschef Martin Eschweiler. "
        "Eine Option auf die Mehrheit sei vereinbart, eine Übernahme aber „derzeit nicht geplant“.",
        [
            stake("Berger Befestigungstechnik AG", "Logiqa GmbH", C),
            pos("Martin Eschweiler", "Berger Befestigungstechnik AG"),
        ],
        optional=[
            par(["Berger Befestigungstechnik AG", "Logiqa GmbH"], ANY),
        ],
    ),
    de(
        "Auf der Hauptversammlung der Nordlicht Energie AG in Hannover verteidigte Vorstandschef Bernd Kowalczyk am Donnerstag die Übernahme des Windparkentwicklers Frisia Wind GmbH, die im Sommer abgeschlossen worden war. "
        "Kritische Aktionäre hatten den Kaufpreis von 420 Millionen Euro als zu hoch bezeichnet. "
        "Kowalczyk kündigte zudem an, dass Finanzvorständin Petra Lindholm das Unternehmen zum Jahresende auf eigenen Wunsch verlassen werde.",
        [
            acq("Nordlicht Energie AG", "Frisia Wind GmbH", C),
            pos("Bernd Kowalczyk", "Nordlicht Energie AG"),
            pos("Petra Lindholm", "Nordlicht Energie AG"),
            dep("Petra Lindholm", "Nordlicht Energie AG", A),
        ],
    ),
    de(
        "Der Spezialchemiekonzern Altmark Chemie AG legt ein Aktienrückkaufprogramm über bis zu 300 Millionen Euro auf. "
        "Zugleich wies das Oberlandesgericht Düsseldorf eine Klage ehemaliger Aktionäre der Tochter Elbchem GmbH ab, die eine höhere Abfindung nach dem Squeeze-out von 2019 gefordert hatten. "
        "Vorstandschefin Ute Ramsauer sprach von einem „wichtigen Signal der Rechtssicherheit“.",
        [
            pos("Ute Ramsauer", "Altmark Chemie AG"),
        ],
        optional=[
            acq("Altmark Chemie AG", "Elbchem GmbH", C),
        ],
    ),
    de(
        "Der Münchner KI-Spezialist Isarmind hat nach Informationen des „Handelsblatts“ mehreren Forschern des Heidelberger Konkurrenten Neurona AI Angebote unterbreitet. "
        "Die Rede ist von Gehaltspaketen von bis zu 1,5 Millionen Euro pro Jahr. "
        "Neurona-Chef Jonas Freiberg bestätigte, dass es „Abwerbeversuche“ gegeben habe; bislang habe aber niemand gekündigt.",
        [
            poa("Isarmind", "Neurona AI", [T, R]),
            pos("Jonas Freiberg", "Neurona AI"),
        ],
        optional=[
            poa("Isarmind", "Neurona AI", F),
        ],
    ),
    de(
        "Die Deutsche Telekom hat einen neuen KI-Chef: Lara Moeckel wechselt vom Walldorfer Softwarekonzern SAP in die Bonner Konzernzentrale und übernimmt dort zum 1. März die neu geschaffene Position des Chief AI Officer. "
        "Moeckel leitete bei SAP zuletzt die Entwicklung generativer KI-Anwendungen. "
        "Sie berichtet an Technikvorstand Rainer Hallström.",
        [
            hire("Lara Moeckel", "Deutsche Telekom", A),
            dep("Lara Moeckel", "SAP", A),
            pos("Lara Moeckel", "SAP"),
            pos("Rainer Hallström", "Deutsche Telekom"),
        ],
        optional=[
            pos("Lara Moeckel", "Deutsche Telekom"),
        ],
    ),
    de(
        "Die Eigentümerfamilie des Oberpfälzer Glasherstellers Kronacher Glaswerke prüft laut Insidern einen Verkauf des Unternehmens. "
        "Als mögliche Interessenten gälten Finanzinvestoren wie Triton sowie der französische Wettbewerber Verallia, berichtete die „Wirtschaftswoche“ unter Berufung auf Finanzkreise. "
        "Ein Sprecher des Unternehmens wollte sich zu „Marktgerüchten“ nicht äußern.",
        [],
        optional=[
            acq("Triton", "Kronacher Glaswerke", R),
            acq("Verallia", "Kronacher Glaswerke", R),
        ],
    ),
    # ------------------------------------------------------------------ part 2
    # --- English: acqui-hires, moves, failed deals, earnings calls
    en(
        "Enterprise software maker Tessellate Inc. has acquired Quillbase, a four-person start-up building AI agents for spreadsheets, in what co-founder Rachel Kim described on LinkedIn as an 'acqui-hire'. "
        "Terms were not disclosed. "
        "Kim and her co-founder Tomás Arregui will join Tessellate's applied AI group, and Quillbase's product will be shut down at the end of the month.",
        [
            acq("Tessellate Inc.", "Quillbase", C),
            hire("Rachel Kim", "Tessellate Inc.", A),
            hire("Tomás Arregui", "Tessellate Inc.", A),
            pos("Rachel Kim", "Quillbase"),
            pos("Tomás Arregui", "Quillbase"),
        ],
        optional=[
            dep("Rachel Kim", "Quillbase", A),
            dep("Tomás Arregui", "Quillbase", A),
        ],
    ),
    en(
        "Greta Lindahl, the head of product at Stratos AI, is leaving to join rival Cobalt Reasoning as chief operating officer, both companies confirmed on Monday. "
        "Lindahl spent three years at Stratos, where she oversaw the launch of the company's consumer chatbot. "
        "Stratos said chief executive Victor Mbeki would take over her responsibilities until a successor is found.",
        [
            dep("Greta Lindahl", "Stratos AI", A),
            hire("Greta Lindahl", "Cobalt Reasoning", A),
            pos("Greta Lindahl", "Stratos AI"),
            pos("Victor Mbeki", "Stratos AI"),
        ],
        optional=[
            pos("Greta Lindahl", "Cobalt Reasoning"),
        ],
    ),
    en(
        "Talks between chipmaker Oberon Microdevices and Helix Photonics over a $900 million merger have collapsed, the two companies said in separate statements late on Thursday, citing disagreements over valuation. "
        "Helix chief executive Aisha Rahman said the company would 'pursue its standalone plan'. "
        "The companies had confirmed in August that they were in discussions.",
        [
            mer(["Oberon Microdevices", "Helix Photonics"], F),
            pos("Aisha Rahman", "Helix Photonics"),
        ],
    ),
    en(
        "Microsoft has invested $750 million in Reykja Compute, an Icelandic operator of geothermal-powered data centres, and signed a multi-year agreement to rent capacity for training AI models, the companies said. "
        "The investment gives Microsoft a minority stake of roughly 20%. "
        "Reykja's founder and chief executive Sigrún Halldórsdóttir said the company would use the funds to build two new sites near Reykjavik.",
        [
            stake("Microsoft", "Reykja Compute", C),
            pos("Sigrún Halldórsdóttir", "Reykja Compute"),
        ],
        optional=[
            par(["Microsoft", "Reykja Compute"], CA),
        ],
    ),
    en(
        "Meta Platforms has hired Julian Osei, one of the lead authors of Google's Gemini technical report, to work in its superintelligence lab, according to two people familiar with the matter. "
        "Osei is the fifth Google researcher to join Meta since June, the people said. "
        "Google declined to comment; Meta did not respond to a request.",
        [
            hire("Julian Osei", "Meta Platforms", [C, R]),
            dep("Julian Osei", "Google", [C, R]),
        ],
        optional=[
            poa("Meta Platforms", "Google", ANY),
            pos("Julian Osei", "Google"),
        ],
    ),
    en(
        "Shareholders of Brackwell Industries voted on Thursday to approve the company's $3.4 billion sale to private equity firm Kinsale Partners, clearing the last hurdle before the deal closes next week. "
        "Chairman Peter Oyelaran told the meeting that the board had considered 'every alternative', including a break-up. "
        "Brackwell, which makes sensors for autonomous trucks, agreed to the deal in July.",
        [
            acq("Kinsale Partners", "Brackwell Industries", A),
            pos("Peter Oyelaran", "Brackwell Industries"),
        ],
    ),
    en(
        "Lattice Mind said on Tuesday that 'several Fortune 500 companies' were piloting its new coding assistant, without naming them. "
        "Separately, a federal judge in Delaware dismissed a lawsuit brought by former employees who claimed they had been denied stock options when the company restructured in 2023. "
        "Chief executive Daniel Abara called the ruling 'a full vindication'.",
        [
            pos("Daniel Abara", "Lattice Mind"),
        ],
    ),
    en(
        "Corentin Marchal, the former chief financial officer of Airbus, has been appointed chief executive of Vellum Aerospace AI, a Toulouse start-up that uses machine learning to inspect aircraft engines, the company said on Wednesday. "
        "Marchal, 57, succeeds co-founder Élodie Besson, who will remain on the board as executive chair. "
        "The appointment takes effect on January 1.",
        [
            hire("Corentin Marchal", "Vellum Aerospace AI", CA),
            pos("Corentin Marchal", "Airbus"),
            pos("Élodie Besson", "Vellum Aerospace AI"),
        ],
        optional=[
            dep("Élodie Besson", "Vellum Aerospace AI", A),
            pos("Corentin Marchal", "Vellum Aerospace AI"),
        ],
    ),
    en(
        "SoftBank Group is exploring a sale of part of its 30% stake in Indian AI chatbot maker Kavi Labs, Bloomberg News reported on Friday, citing people familiar with the deliberations. "
        "Potential buyers include Abu Dhabi's MGX and Temasek, the report said. "
        "SoftBank and Kavi Labs declined to comment.",
        [],
        optional=[
            stake("SoftBank Group", "Kavi Labs", C),
            stake("MGX", "Kavi Labs", R),
            stake("Temasek", "Kavi Labs", R),
        ],
    ),
    en(
        "Hanwell Motors and Chinese battery maker Qingtai Energy have signed an agreement to form a 50-50 joint venture that will build AI-optimised battery packs in Hungary, the companies said on Monday. "
        "The venture, to be led by Hanwell executive Brigitte Sauer, is expected to begin production in 2027. "
        "Hanwell shares rose 2%.",
        [
            par(["Hanwell Motors", "Qingtai Energy"], A),
            pos("Brigitte Sauer", "Hanwell Motors"),
        ],
    ),
    en(
        "After eleven years at Nvidia, where he ran the company's automotive software group, Rahul Deshpande is joining Zephyr Autonomy as president. "
        "He will help the company prepare for a possible listing next year, Zephyr chief executive Claire Whitmore said in a statement. "
        "Deshpande's departure follows that of two other senior Nvidia automotive executives this year.",
        [
            hire("Rahul Deshpande", "Zephyr Autonomy", CA),
            dep("Rahul Deshpande", "Nvidia", CA),
            pos("Rahul Deshpande", "Nvidia"),
            pos("Claire Whitmore", "Zephyr Autonomy"),
        ],
        optional=[
            pos("Rahul Deshpande", "Zephyr Autonomy"),
        ],
    ),
    en(
        "During the company's fourth-quarter earnings call, Ostrander Health chief executive Lena Marsh said the integration of Cortiva, the clinical-documentation AI company it bought for $1.3 billion in May, was 'ahead of plan'. "
        "She also confirmed that the company had hired former Epic Systems executive Jamal Whitaker as chief technology officer. "
        "Ostrander reported revenue of $2.2 billion, up 9% from a year earlier.",
        [
            acq("Ostrander Health", "Cortiva", C),
            pos("Lena Marsh", "Ostrander Health"),
            hire("Jamal Whitaker", "Ostrander Health", C),
            pos("Jamal Whitaker", "Epic Systems"),
        ],
        optional=[
            dep("Jamal Whitaker", "Epic Systems", C),
            pos("Jamal Whitaker", "Ostrander Health"),
        ],
    ),
    # --- German: Beteiligungen, Nachfolge, Kartellamt, Dementis
    de(
        "FRANKFURT (Reuters) - Die Familienholding der Unternehmerfamilie Vollrath hat ihren Anteil am Bremer Logistikdienstleister Hanse Cargo Systems AG von 18 auf 29,9 Prozent aufgestockt. "
        "Damit bleibt die Vollrath Beteiligungs GmbH knapp unter der Schwelle für ein Pflichtangebot, wie aus einer Stimmrechtsmitteilung hervorgeht. "
        "Hanse-Cargo-Chef Dirk Albers begrüßte den Schritt als „Vertrauensbeweis“.",
        [
            stake("Vollrath Beteiligungs GmbH", "Hanse Cargo Systems AG", C),
            pos("Dirk Albers", "Hanse Cargo Systems AG"),
        ],
    ),
    de(
        "Der Armaturenhersteller Kessel & Söhne aus dem Sauerland bekommt erstmals in seiner 140-jährigen Geschichte eine Chefin von außen: Marion Terhorst, bislang Geschäftsführerin des Wettbewerbers Aquatherm Systems GmbH, übernimmt zum 1. April den Vorsitz der Geschäftsführung. "
        "Sie folgt auf Friedrich Kessel, der sich nach 25 Jahren aus dem operativen Geschäft zurückzieht und Vorsitzender des Beirats wird.",
        [
            hire("Marion Terhorst", "Kessel & Söhne", A),
            dep("Marion Terhorst", "Aquatherm Systems GmbH", A),
            pos("Marion Terhorst", "Aquatherm Systems GmbH"),
            pos("Friedrich Kessel", "Kessel & Söhne"),
            dep("Friedrich Kessel", "Kessel & Söhne", A),
        ],
        optional=[
            pos("Marion Terhorst", "Kessel & Söhne"),
        ],
    ),
    de(
        "Das Bundeskartellamt hat die geplante Übernahme des Baustoffhändlers Mehring Baustoffe GmbH durch die Rheinische Baustoffunion (RBU) untersagt. "
        "Beide Unternehmen hätten in Teilen Nordrhein-Westfalens gemeinsam einen Marktanteil von mehr als 50 Prozent erreicht, hieß es zur Begründung. "
        "Die RBU kündigte an, gegen den Beschluss keine Rechtsmittel einzulegen.",
        [
            acq("Rheinische Baustoffunion", "Mehring Baustoffe GmbH", F),
        ],
    ),
    de(
        "Die Sparkasse Lahnau-Westerwald hat Berichte über Fusionsgespräche mit der Kreissparkasse Altenhagen zurückgewiesen. "
        "„Es gibt keine Gespräche, und es sind auch keine geplant“, sagte Vorstandschef Herbert Lenz der „Rhein-Lahn-Zeitung“. "
        "Zuvor hatte ein Gewerkschaftsvertreter von Sondierungen berichtet.",
        [
            mer(["Sparkasse Lahnau-Westerwald", "Kreissparkasse Altenhagen"], D),
            pos("Herbert Lenz", "Sparkasse Lahnau-Westerwald"),
        ],
        optional=[
            mer(["Sparkasse Lahnau-Westerwald", "Kreissparkasse Altenhagen"], R),
        ],
    ),
    de(
        "Für den insolventen Fahrradhersteller Velotech Thüringen GmbH ist ein Käufer gefunden: Die niederländische Cycleon Group übernimmt den Geschäftsbetrieb samt Marke und 210 Mitarbeitern, wie der vorläufige Insolvenzverwalter Martin Kühnel mitteilte. "
        "Der Kaufvertrag sei unterzeichnet, der Vollzug werde im Januar erwartet. "
        "Velotech hatte im Juli Insolvenz in Eigenverwaltung beantragt.",
        [
            acq("Cycleon Group", "Velotech Thüringen GmbH", A),
        ],
        optional=[
            pos("Martin Kühnel", "Velotech Thüringen GmbH"),
        ],
    ),
    de(
        "Bei der Vorlage der Neunmonatszahlen sagte der Vorstandschef des Dax-Konzerns Hartwig Industrie AG, Frank Oberdorf, der Zukauf des US-Softwareanbieters Trellis Automation sei „vollständig integriert“. "
        "Weitere Übernahmen seien möglich, aber nicht in der Größenordnung von Trellis. "
        "Zugleich bestätigte Oberdorf, dass Personalvorständin Aylin Demir in den Vorstand des Autozulieferers ZF wechselt.",
        [
            acq("Hartwig Industrie AG", "Trellis Automation", C),
            pos("Frank Oberdorf", "Hartwig Industrie AG"),
            pos("Aylin Demir", "Hartwig Industrie AG"),
            dep("Aylin Demir", "Hartwig Industrie AG", CA),
            hire("Aylin Demir", "ZF", CA),
        ],
    ),
    de(
        "Das Kölner KI-Start-up Dokumind hat in einer Finanzierungsrunde 38 Millionen Euro eingesammelt. "
        "Angeführt wurde die Serie-B-Runde vom Londoner Wagniskapitalgeber Balderton Capital; außerdem beteiligten sich der High-Tech Gründerfonds sowie die Bestandsinvestoren Cherry Ventures und Project A. "
        "Dokumind wurde 2021 von den ehemaligen McKinsey-Beratern Felix Arnold und Hannah Yilmaz gegründet und automatisiert die Prüfung von Versicherungsdokumenten.",
        [
            inv("Balderton Capital", "Dokumind", C),
            inv("High-Tech Gründerfonds", "Dokumind", C),
            inv("Cherry Ventures", "Dokumind", C),
            inv("Project A", "Dokumind", C),
            pos("Felix Arnold", "Dokumind"),
            pos("Hannah Yilmaz", "Dokumind"),
        ],
        optional=[
            pos("Felix Arnold", "McKinsey"),
            pos("Hannah Yilmaz", "McKinsey"),
        ],
    ),
    de(
        "„Der Mittelstand wird sich konsolidieren müssen“, sagte der Präsident des Zentralverbands Elektrohandwerk Nordwest (ZEN), Wolfgang Reiners, auf dem Verbandstag in Fulda. "
        "Viele Betriebe fänden keinen Nachfolger und könnten mittelfristig zu Übernahmekandidaten für größere Gruppen werden. "
        "Konkrete Transaktionen nannte Reiners nicht.",
        [
            pos("Wolfgang Reiners", "Zentralverband Elektrohandwerk Nordwest"),
        ],
    ),
    de(
        "Der Stuttgarter Automobilzulieferer Mahrenholz AG hat vergeblich versucht, den KI-Chef des Karlsruher Start-ups Fluxwerk, Daniel Szabo, abzuwerben. "
        "Szabo habe ein Angebot mit einem Jahresgehalt von über einer Million Euro ausgeschlagen, berichtet das „Manager Magazin“. "
        "Fluxwerk habe mit einer Beteiligung am Unternehmen gekontert, hieß es.",
        [
            poa("Mahrenholz AG", "Fluxwerk", F),
            pos("Daniel Szabo", "Fluxwerk"),
        ],
    ),
    de(
        "Die Vertreterversammlungen der Volksbank Hellweg-Süd eG und der Raiffeisenbank Ennigerloh-Ost eG haben der Fusion der beiden Genossenschaftsbanken mit großer Mehrheit zugestimmt. "
        "Die technische Zusammenführung ist für Pfingsten geplant. "
        "Das neue Institut wird von einem dreiköpfigen Vorstand geführt, dem Andrea Kötter, bisher Vorstandsvorsitzende der Volksbank Hellweg-Süd, als Sprecherin vorsteht.",
        [
            mer(["Volksbank Hellweg-Süd eG", "Raiffeisenbank Ennigerloh-Ost eG"], CA),
            pos("Andrea Kötter", "Volksbank Hellweg-Süd eG"),
        ],
    ),
    de(
        "Die Stadtwerke Trierbach beteiligen sich mit 24,9 Prozent an der Netzgesellschaft Moseltal Energie GmbH. "
        "Den Vertrag unterzeichneten Stadtwerke-Geschäftsführerin Katrin Mohr und Landrat Josef Wiegand am Freitag. "
        "Die übrigen Anteile hält weiterhin der Regionalversorger Eifelnetz AG.",
        [
            stake("Stadtwerke Trierbach", "Moseltal Energie GmbH", CA),
            pos("Katrin Mohr", "Stadtwerke Trierbach"),
        ],
        optional=[
            stake("Eifelnetz AG", "Moseltal Energie GmbH", C),
        ],
    ),
    de(
        "MÜNCHEN (dpa-AFX) - Der japanische Elektronikkonzern Tanaka Precision will den oberbayerischen Messtechnikspezialisten Lechner Sensorik AG komplett übernehmen. "
        "Die Japaner bieten 48 Euro je Aktie in bar, ein Aufschlag von 31 Prozent auf den Schlusskurs vom Vortag. "
        "Vorstand und Aufsichtsrat der Lechner Sensorik unterstützen das Angebot; die Gründerfamilie, die 38 Prozent hält, hat sich bereits verpflichtet, ihre Aktien anzudienen. "
        "Lechner-Chef Matthias Brandl soll das Unternehmen weiter führen.",
        [
            acq("Tanaka Precision", "Lechner Sensorik AG", A),
            pos("Matthias Brandl", "Lechner Sensorik AG"),
        ],
    ),
    de(
        "Weil keines ihrer drei Kinder in das Unternehmen einsteigen wollte, hat Unternehmerin Renate Falkenberg ihre Anteile an der Falkenberg Dentaltechnik GmbH in die neu gegründete Falkenberg-Stiftung eingebracht. "
        "Die Geschäfte führt seit Oktober der bisherige Technikchef Oliver Brüning; sie selbst sitzt dem Stiftungsrat vor.",
        [
            posh("Oliver Brüning", "Falkenberg Dentaltechnik GmbH"),
        ],
        optional=[
            acq("Falkenberg-Stiftung", "Falkenberg Dentaltechnik GmbH", C),
            pos("Renate Falkenberg", "Falkenberg Dentaltechnik GmbH"),
            pos("Renate Falkenberg", "Falkenberg-Stiftung"),
            dep("Renate Falkenberg", "Falkenberg Dentaltechnik GmbH", C),
        ],
    ),
    # ------------------------------------------------------------------ part 3
    # --- English: talks, licensing deals, retention fights, denials
    en(
        "Apple is in advanced talks to acquire Sonnet Vision, a Zurich-based start-up whose on-device models power photo-editing apps, for around $400 million, two people familiar with the negotiations said. "
        "A deal could be announced as early as next week, one of them said. "
        "Sonnet, co-founded by former ETH Zurich professor Anja Gubler, has raised $45 million from investors including Index Ventures.",
        [
            acq("Apple", "Sonnet Vision", T),
            pos("Anja Gubler", "Sonnet Vision"),
            pos("Anja Gubler", "ETH Zurich"),
            inv("Index Ventures", "Sonnet Vision", C),
        ],
    ),
    en(
        "Xander Pruitt, co-founder and chief technology officer of Halo Reasoning Corp., has stepped down after a dispute with the board over the company's plans to sell its models to defence customers, the company said on Saturday. "
        "Pruitt will remain a shareholder. "
        "Halo named its vice president of engineering, Fatima Zaidi, as interim CTO.",
        [
            dep("Xander Pruitt", "Halo Reasoning Corp.", C),
            pos("Xander Pruitt", "Halo Reasoning Corp."),
            posh("Fatima Zaidi", "Halo Reasoning Corp."),
        ],
    ),
    en(
        "The US Federal Trade Commission has opened an inquiry into Graniteview Technologies' deal with Elixir AI, under which Graniteview paid $2.4 billion in March for a non-exclusive licence to Elixir's models and hired its chief executive, Bastian Roos, along with about 30 researchers. "
        "Graniteview said it was confident the arrangement complied with the law. "
        "Elixir, now run by former chief operating officer Yara Ndlovu, continues to sell its models to other customers.",
        [
            par(["Graniteview Technologies", "Elixir AI"], C),
            hire("Bastian Roos", "Graniteview Technologies", C),
            dep("Bastian Roos", "Elixir AI", C),
            pos("Bastian Roos", "Elixir AI"),
            posh("Yara Ndlovu", "Elixir AI"),
        ],
        optional=[
            poa("Graniteview Technologies", "Elixir AI", C),
        ],
    ),
    en(
        "Helios Bio AI, which uses large language models to design proteins, said on Thursday it had closed a $400 million Series B (led by General Catalyst and Fidelity) at a valuation of $3.2 billion. "
        "Alphabet's GV and the Abu Dhabi fund MGX also took part. "
        "Chief executive Raj Venkataraman, a former head of computational biology at Genentech, said the company would double its headcount to 300.",
        [
            inv("General Catalyst", "Helios Bio AI", C),
            inv("Fidelity", "Helios Bio AI", C),
            inv("GV", "Helios Bio AI", C),
            inv("MGX", "Helios Bio AI", C),
            pos("Raj Venkataraman", "Helios Bio AI"),
            pos("Raj Venkataraman", "Genentech"),
        ],
    ),
    en(
        "Founded in 1998 as a spin-off from Lucent's Bell Labs, Pyxis Optical today sells networking gear to most large cloud providers. "
        "Its market value has tripled this year, fuelling speculation among analysts that it could itself look for acquisitions. "
        "'We have the balance sheet to do something meaningful if the right opportunity came along,' finance chief Dora Kessler said at an investor conference on Tuesday.",
        [
            pos("Dora Kessler", "Pyxis Optical"),
        ],
    ),
    en(
        "Rival labs have been trying to lure away staff from Northwind Intelligence since its chief scientist quit in September, and at least one has succeeded: Eastgate AI said on Monday it had hired three Northwind researchers, including Ana Lucía Ortega, who led its multimodal team. "
        "Northwind has responded by offering retention bonuses of up to $2 million, according to an internal email seen by Reuters.",
        [
            poa("Eastgate AI", "Northwind Intelligence", C),
            hire("Ana Lucía Ortega", "Eastgate AI", C),
            dep("Ana Lucía Ortega", "Northwind Intelligence", C),
            pos("Ana Lucía Ortega", "Northwind Intelligence"),
        ],
    ),
    en(
        "Carrow Digital and Penrose Media completed their merger on Friday, creating Carrow Penrose Group, a $6 billion advertising-technology company that will trade on the New York Stock Exchange under the ticker CPG. "
        "Penrose's Jonathan Aldous becomes chief executive of the combined company, while Carrow chief executive Mei-Ling Tan will serve as chair.",
        [
            mer(["Carrow Digital", "Penrose Media"], C),
            pos("Jonathan Aldous", "Penrose Media"),
            pos("Mei-Ling Tan", "Carrow Digital"),
        ],
        optional=[
            hire("Jonathan Aldous", "Carrow Penrose Group", CA),
            hire("Mei-Ling Tan", "Carrow Penrose Group", A),
            pos("Jonathan Aldous", "Carrow Penrose Group"),
            pos("Mei-Ling Tan", "Carrow Penrose Group"),
        ],
    ),
    en(
        "Speaking at the Web Summit in Lisbon, Quanta Forge chief executive Ibrahim Sall said most AI start-ups founded in the past two years 'will not exist in five years' and that he expected big cloud providers to 'absorb the survivors'. "
        "Sall said his company was 'working closely with a major European carmaker' on in-car assistants but declined to name it.",
        [
            pos("Ibrahim Sall", "Quanta Forge"),
        ],
    ),
    en(
        "Samsung Electronics has agreed to invest 1.1 trillion won ($800 million) in South Korean AI chip designer Rivon Semiconductor in exchange for a 15% stake, pending approval from Korea's Fair Trade Commission. "
        "The two companies also agreed to co-develop memory-integrated accelerators. "
        "Rivon chief executive Park Ji-hoon said the deal would 'secure our supply chain for a decade'.",
        [
            stake("Samsung Electronics", "Rivon Semiconductor", A),
            par(["Samsung Electronics", "Rivon Semiconductor"], A),
            pos("Park Ji-hoon", "Rivon Semiconductor"),
        ],
    ),
    en(
        "Matteo Gallo, who had been named chief executive of robotics start-up Kinetix Dynamics in October, will no longer take up the role, the company said on Wednesday, without giving a reason. "
        "Gallo, currently president of Italian drone maker Volara SpA, will stay at Volara. "
        "Kinetix said co-founder Hugo Brandt would continue to lead the company.",
        [
            hire("Matteo Gallo", "Kinetix Dynamics", F),
            pos("Matteo Gallo", "Volara SpA"),
            pos("Hugo Brandt", "Kinetix Dynamics"),
        ],
    ),
    en(
        "Elastic Minds said on Thursday that its chief executive, Naomi Fairweather, was 'not going anywhere', dismissing a report in Business Insider that she was in talks to join Meta Platforms as head of its AI products group. "
        "'Naomi is fully committed to Elastic Minds,' the company's chair, Gregory Lowe, said in a statement.",
        [
            dep("Naomi Fairweather", "Elastic Minds", D),
            hire("Naomi Fairweather", "Meta Platforms", [D, T, R]),
            pos("Naomi Fairweather", "Elastic Minds"),
            pos("Gregory Lowe", "Elastic Minds"),
        ],
        optional=[
            poa("Meta Platforms", "Elastic Minds", ANY),
        ],
    ),
    en(
        "Dutch payments group Veldhoven Pay NV has agreed to buy Brightwater Merchant Capital, the merchant-lending unit of Brightwater Financial, for €520 million, the companies said on Monday. "
        "The unit, which uses machine-learning models to underwrite small-business loans, will be combined with Veldhoven's existing credit arm. "
        "Brightwater chief executive Oliver Hartmann said the sale would allow the group to focus on consumer banking.",
        [
            acq("Veldhoven Pay NV", "Brightwater Merchant Capital", A),
            pos("Oliver Hartmann", "Brightwater Financial"),
        ],
    ),
    # --- German: Abschlüsse, Nachfolge, geplatzte Verkäufe, Personalien
    de(
        "HAMBURG (dpa-AFX) - Der Hamburger Hafenlogistiker Elbkai Logistik AG hat die Übernahme des Bremerhavener Containerdienstleisters Nordsee Terminal Services (NTS) abgeschlossen. "
        "Nach Zustimmung der Kartellbehörden sei der Kaufpreis von 275 Millionen Euro überwiesen worden, teilte das im SDax notierte Unternehmen am Montag mit. "
        "NTS-Geschäftsführer Hauke Jensen rückt in den Vorstand der Elbkai auf.",
        [
            acq("Elbkai Logistik AG", "Nordsee Terminal Services", C),
            pos("Hauke Jensen", "Nordsee Terminal Services"),
            hire("Hauke Jensen", "Elbkai Logistik AG", CA),
        ],
        optional=[
            pos("Hauke Jensen", "Elbkai Logistik AG"),
        ],
    ),
    de(
        "Die Bäckereikette Brotzeit Hagemann aus Osnabrück stellt die Weichen für die Nachfolge: Seniorchef Werner Hagemann (68) übergibt die Geschäftsführung zum Jahresende an seinen langjährigen Stellvertreter Markus Tiedemann. "
        "Er selbst bleibe Gesellschafter und werde sich um Immobilienfragen kümmern, teilte das Unternehmen mit. "
        "Mit 94 Filialen zählt es zu den größten Filialbäckereien in Niedersachsen.",
        [
            pos("Werner Hagemann", "Brotzeit Hagemann"),
            dep("Werner Hagemann", "Brotzeit Hagemann", A),
            posh("Markus Tiedemann", "Brotzeit Hagemann"),
        ],
    ),
    de(
        "Der Verkauf des Allgäuer Käseherstellers Bergmolkerei Sonthofen an den Finanzinvestor Alpina Capital Partners ist geplatzt. "
        "Die Verhandlungen seien „ohne Einigung beendet“ worden, bestätigte ein Sprecher der Eigentümerfamilie Zech. "
        "Branchenkreisen zufolge lagen die Preisvorstellungen um rund 40 Millionen Euro auseinander.",
        [
            acq("Alpina Capital Partners", "Bergmolkerei Sonthofen", F),
        ],
    ),
    de(
        "Der chinesische Mischkonzern Huaxin Holdings hat Berichte zurückgewiesen, wonach er eine Beteiligung am schwäbischen Roboterhersteller Fellbach Automation GmbH anstrebe. "
        "Man habe „weder ein Angebot abgegeben noch Gespräche geführt“, teilte Huaxin mit. "
        "Die „Stuttgarter Zeitung“ hatte berichtet, Huaxin wolle 49 Prozent der Anteile übernehmen.",
        [
            stake("Huaxin Holdings", "Fellbach Automation GmbH", D),
        ],
        optional=[
            stake("Huaxin Holdings", "Fellbach Automation GmbH", R),
        ],
    ),
    de(
        "Der Bundesgerichtshof hat die Schadenersatzklage eines ehemaligen Vorstands gegen die Lübecker Trave Pharma AG abgewiesen. "
        "Der Manager hatte nach seiner Abberufung im Jahr 2021 eine Abfindung von 4,2 Millionen Euro verlangt. "
        "Das Unternehmen kündigte am selben Tag an, eigene Aktien im Wert von bis zu 50 Millionen Euro zurückzukaufen.",
        [],
    ),
    de(
        "Der Landmaschinenhersteller Kettler Agrartechnik holt sich KI-Kompetenz aus dem Silicon Valley: Zum 1. Februar wird Tobias Wendland Chief Digital Officer des Familienunternehmens aus dem Emsland. "
        "Wendland war zuletzt sieben Jahre bei Google in Mountain View, wo er Teams für maschinelles Sehen leitete. "
        "Geschäftsführer Ralf Kettler sprach von einem „Glücksgriff“.",
        [
            hire("Tobias Wendland", "Kettler Agrartechnik", A),
            pos("Tobias Wendland", "Google"),
            pos("Ralf Kettler", "Kettler Agrartechnik"),
        ],
        optional=[
            dep("Tobias Wendland", "Google", ANY),
            pos("Tobias Wendland", "Kettler Agrartechnik"),
        ],
    ),
    de(
        "Die beiden ostwestfälischen Möbelhersteller Lüdke Wohnen GmbH und Brinkhaus Küchen GmbH & Co. KG führen Gespräche über einen Zusammenschluss. "
        "Das bestätigten die Geschäftsführer Anke Lüdke und Jörg Brinkhaus der „Neuen Westfälischen“. "
        "Ziel sei es, gemeinsam den Einkauf und die Logistik zu bündeln; eine Entscheidung solle bis zum Sommer fallen.",
        [
            mer(["Lüdke Wohnen GmbH", "Brinkhaus Küchen GmbH & Co. KG"], T),
            pos("Anke Lüdke", "Lüdke Wohnen GmbH"),
            pos("Jörg Brinkhaus", "Brinkhaus Küchen GmbH & Co. KG"),
        ],
    ),
    de(
        "Der Darmstädter Chemie- und Pharmakonzern Merck und das Berliner KI-Start-up Moleqular haben eine mehrjährige Forschungskooperation vereinbart. "
        "Moleqular soll mit seinen Modellen Wirkstoffkandidaten für Autoimmunerkrankungen identifizieren; Merck zahlt dafür eine Vorabzahlung im niedrigen zweistelligen Millionenbereich sowie erfolgsabhängige Meilensteinzahlungen. "
        "Mitgründerin und Geschäftsführerin Lea Sommerfeld sprach vom „bislang größten Vertrag“ des Unternehmens.",
        [
            par(["Merck", "Moleqular"], CA),
            pos("Lea Sommerfeld", "Moleqular"),
        ],
    ),
    de(
        "Personalien aus der Region: Bei der Volksbank Oberland hat Christine Aigner zum 1. Oktober den Vorstandsvorsitz übernommen. "
        "Sie folgt auf Anton Gschwendtner, der in den Ruhestand getreten ist. "
        "Aigner war zuvor Bereichsleiterin Firmenkunden bei der Hypo Inntal Bank AG.",
        [
            hire("Christine Aigner", "Volksbank Oberland", C),
            pos("Anton Gschwendtner", "Volksbank Oberland"),
            dep("Anton Gschwendtner", "Volksbank Oberland", C),
            pos("Christine Aigner", "Hypo Inntal Bank AG"),
        ],
        optional=[
            dep("Christine Aigner", "Hypo Inntal Bank AG", C),
            pos("Christine Aigner", "Volksbank Oberland"),
        ],
    ),
    de(
        "Ein Konsortium aus sieben kommunalen Versorgern, angeführt von der Thüringer Energieholding (TEH), hat sich an dem Jenaer Batteriespeicher-Start-up Voltaro beteiligt. "
        "Die Versorger zeichneten gemeinsam 60 Prozent einer Finanzierungsrunde über 25 Millionen Euro; der Rest kam vom bisherigen Investor Bayern Kapital. "
        "Voltaro-Gründer Emil Hartwig will mit dem Geld eine Fertigung in Thüringen aufbauen.",
        [
            inv("Thüringer Energieholding", "Voltaro", C),
            inv("Bayern Kapital", "Voltaro", C),
            pos("Emil Hartwig", "Voltaro"),
        ],
    ),
    de(
        "Die Investorengruppe um den Unternehmer Harald Scheuring übernimmt den insolventen Modehändler Kaufhaus Strobel in Passau. "
        "Er wolle drei der fünf Filialen weiterführen, sagte Scheuring, dem bereits die Schuhkette Schrittmacher gehört. "
        "Die Gläubigerversammlung hatte dem Plan am Vortag zugestimmt.",
        [
            acq("Harald Scheuring", "Kaufhaus Strobel", CA),
        ],
        optional=[
            pos("Harald Scheuring", "Schrittmacher"),
            acq("Harald Scheuring", "Schrittmacher", C),
        ],
    ),
    de(
        "FRANKFURT (Reuters) - Der Finanzinvestor Carlyle prüft Insidern zufolge ein Übernahmeangebot für den Heidelberger Medizintechnik-Hersteller Neckar Medical Systems AG (NMS). "
        "Die Überlegungen befänden sich in einem frühen Stadium, sagten zwei mit dem Vorgang vertraute Personen. "
        "NMS-Aktien legten nach dem Bericht um elf Prozent zu; das Unternehmen wollte sich nicht äußern.",
        [
            acq("Carlyle", "Neckar Medical Systems AG", R),
        ],
    ),
    de(
        "Die Erbengemeinschaft Schwarzkopf-Lenné verkauft ihre Mehrheitsbeteiligung von 51 Prozent an der Berliner Privatbrauerei Spreequell an den dänischen Brauereikonzern Nordbryg A/S. "
        "Der Vertrag wurde am Mittwoch unterzeichnet, das Bundeskartellamt muss noch zustimmen. "
        "Braumeister und Geschäftsführer Carsten Lehnert bleibt an Bord.",
        [
            acq("Nordbryg A/S", "Privatbrauerei Spreequell", A),
            pos("Carsten Lehnert", "Privatbrauerei Spreequell"),
        ],
    ),
    # ------------------------------------------------------------------ part 4
    # --- English: talent wars, rejected offers, filings, boomerang hires
    en(
        "Corvid Systems chief executive Miles Harrow said on a podcast released on Tuesday that Meta Platforms had offered some of his engineers signing bonuses of up to $100 million. "
        "'So far none of our best people have decided to take them up on it,' Harrow said. "
        "Meta declined to comment.",
        [
            poa("Meta Platforms", "Corvid Systems", [F, T]),
            pos("Miles Harrow", "Corvid Systems"),
        ],
    ),
    en(
        "Pinewood Labs, the Seattle start-up building AI agents for accountants, has named Sofia Marchetti as chief financial officer. "
        "She joins from Stripe, where she was head of investor relations, and replaces Ben Kowalski, who left the company in August to become finance chief at robotics firm Ardent Machines.",
        [
            hire("Sofia Marchetti", "Pinewood Labs", CA),
            dep("Sofia Marchetti", "Stripe", CA),
            pos("Sofia Marchetti", "Stripe"),
            dep("Ben Kowalski", "Pinewood Labs", C),
            hire("Ben Kowalski", "Ardent Machines", C),
            pos("Ben Kowalski", "Pinewood Labs"),
        ],
        optional=[
            pos("Sofia Marchetti", "Pinewood Labs"),
            pos("Ben Kowalski", "Ardent Machines"),
        ],
    ),
    en(
        "LONDON, Nov 12 (Reuters) - British software group Stanmore Analytics plc (LSE: STAN) said on Wednesday it had completed the £310 million purchase of Edinburgh-based Glenlock AI from private equity firm Halyard Capital and the company's founders. "
        "Glenlock's chief executive, Fiona McRae, will run the combined AI division. "
        "Stanmore shares rose 3%.",
        [
            acq("Stanmore Analytics plc", "Glenlock AI", C),
            pos("Fiona McRae", "Glenlock AI"),
        ],
        optional=[
            posh("Fiona McRae", "Stanmore Analytics plc"),
            stake("Halyard Capital", "Glenlock AI", C),
        ],
    ),
    en(
        "Coda Reasoning, the AI coding start-up founded by two former Google engineers, is in talks to raise new funding at a valuation of about $9 billion, with Kleiner Perkins in discussions to lead the round, according to people familiar with the matter. "
        "The company's annualised revenue has passed $200 million, one of the people said. "
        "Coda was valued at $2.5 billion in a round led by Accel in February.",
        [
            inv("Kleiner Perkins", "Coda Reasoning", TR),
            inv("Accel", "Coda Reasoning", C),
        ],
    ),
    en(
        "Quantum-software companies Qubitra Inc and Entangle Systems agreed on Monday to combine in an all-stock merger of equals valued at about $1.8 billion. "
        "Qubitra chief executive Harold Brenner will lead the combined company, and Entangle's co-founder Lucia Ferreira will become its chief scientist. "
        "The deal is expected to close in the second quarter of next year.",
        [
            mer(["Qubitra Inc", "Entangle Systems"], A),
            pos("Harold Brenner", "Qubitra Inc"),
            pos("Lucia Ferreira", "Entangle Systems"),
        ],
    ),
    en(
        "At Tuesday's annual meeting of Fairhaven Robotics, shareholders rejected a proposal to require the board to explore a sale of the company, with 71% voting against. "
        "The company also announced an additional $1 billion share buyback. "
        "Chief executive Gloria Estevez told shareholders that 'we are building for the long run, not for a quick exit'.",
        [
            pos("Gloria Estevez", "Fairhaven Robotics"),
        ],
    ),
    en(
        "Activist investor Redwater Capital has built a 6.2% stake in Monarch Semiconductor, making it one of the chipmaker's largest shareholders, according to a regulatory filing on Friday. "
        "Redwater, run by hedge fund manager Clive Ashdown, said it would push Monarch to sell its legacy analog business. "
        "Monarch said it welcomed dialogue with all shareholders.",
        [
            stake("Redwater Capital", "Monarch Semiconductor", C),
            pos("Clive Ashdown", "Redwater Capital"),
        ],
    ),
    en(
        "Valorie Biosciences' board has rejected an unsolicited $48-a-share takeover offer from Crestline Pharma, saying it 'significantly undervalues' the company's AI drug-discovery platform. "
        "Crestline chief executive Andrew Fenwick said in a statement that he was 'disappointed' but was considering 'all options', including taking the offer directly to shareholders.",
        [
            acq("Crestline Pharma", "Valorie Biosciences", [F, T]),
            pos("Andrew Fenwick", "Crestline Pharma"),
        ],
    ),
    en(
        "Former Anthropic researcher Leah Gutiérrez is returning to the company less than a year after leaving to co-found Parallax Agents, she said on Monday. "
        "Parallax, which had raised $12 million from Y Combinator and others, will wind down, and several of its engineers will also join Anthropic.",
        [
            hire("Leah Gutiérrez", "Anthropic", CA),
            pos("Leah Gutiérrez", "Anthropic"),
            pos("Leah Gutiérrez", "Parallax Agents"),
            inv("Y Combinator", "Parallax Agents", C),
        ],
        optional=[
            dep("Leah Gutiérrez", "Parallax Agents", CA),
            dep("Leah Gutiérrez", "Anthropic", C),
            poa("Anthropic", "Parallax Agents", ANY),
        ],
    ),
    en(
        "Tidewater Software (NYSE: TWSW) said finance chief Ravi Menon would step down at the end of the year and be succeeded by deputy CFO Allison Park. "
        "In the same release, the company reported a 17% rise in quarterly revenue and said its pending $700 million acquisition of compliance-AI provider Regula Labs was on track to close in the first quarter.",
        [
            pos("Ravi Menon", "Tidewater Software"),
            dep("Ravi Menon", "Tidewater Software", A),
            posh("Allison Park", "Tidewater Software"),
            acq("Tidewater Software", "Regula Labs", A),
        ],
    ),
    en(
        "Orchid Voice and Spotify have not signed an exclusive agreement, Orchid said on Wednesday, contradicting a report in The Verge that the music-streaming company would use only Orchid's text-to-speech models for its audiobooks. "
        "The two companies have worked together since 2024 under a non-exclusive licensing deal, an Orchid spokesperson said.",
        [
            par(["Orchid Voice", "Spotify"], [C, D]),
        ],
    ),
    en(
        "Ruth Abernathy, who ran policy research at Google DeepMind for four years, has left to become director of the UK's AI Security Institute, the government said on Thursday. "
        "She replaces Martin Clegg, who is returning to the University of Cambridge.",
        [
            hire("Ruth Abernathy", "AI Security Institute", C),
            dep("Ruth Abernathy", "Google DeepMind", C),
            pos("Ruth Abernathy", "Google DeepMind"),
            dep("Martin Clegg", "AI Security Institute", CA),
            hire("Martin Clegg", "University of Cambridge", CA),
        ],
        optional=[
            pos("Ruth Abernathy", "AI Security Institute"),
            pos("Martin Clegg", "AI Security Institute"),
            pos("Martin Clegg", "University of Cambridge"),
        ],
    ),
    # --- German: Mittelstand-Deals, Rekommunalisierung, Abwerbung, MBI
    de(
        "Die Hamelner Spedition Wittkopp Logistik GmbH hat rückwirkend zum 1. Juli sämtliche Anteile an der Softwarefirma Trackwise Solutions aus Hildesheim übernommen. "
        "Verkäufer sind die beiden Gründer Nils Hoppe und Kai Meinert, die weiterhin als Geschäftsführer an Bord bleiben. "
        "Über den Kaufpreis vereinbarten die Parteien Stillschweigen.",
        [
            acq("Wittkopp Logistik GmbH", "Trackwise Solutions", C),
            pos("Nils Hoppe", "Trackwise Solutions"),
            pos("Kai Meinert", "Trackwise Solutions"),
        ],
    ),
    de(
        "Der Münchner Finanzinvestor Isar Growth Partners (IGP) erwirbt 70 Prozent an der Nürnberger Datenschutz-Software-Firma Privaro GmbH. "
        "Die Gründer Julia Metzger und Sven Ostrowski behalten die restlichen 30 Prozent und führen das Unternehmen weiter. "
        "Der Abschluss der Transaktion steht noch unter dem Vorbehalt der kartellrechtlichen Freigabe.",
        [
            acq("Isar Growth Partners", "Privaro GmbH", A),
            pos("Julia Metzger", "Privaro GmbH"),
            pos("Sven Ostrowski", "Privaro GmbH"),
        ],
    ),
    de(
        "Herber Verlust für die deutsche KI-Forschung: Professorin Miriam Kolb, die an der Universität Tübingen die Arbeitsgruppe für Sprachmodelle leitet, wechselt zum US-Konzern OpenAI. "
        "Dort soll sie ab Januar ein neues Forschungsbüro in München aufbauen, wie OpenAI am Dienstag bestätigte. "
        "Kolb hatte zuvor nach eigenen Angaben auch Angebote von Google und Anthropic erhalten.",
        [
            hire("Miriam Kolb", "OpenAI", A),
            dep("Miriam Kolb", "Universität Tübingen", A),
            pos("Miriam Kolb", "Universität Tübingen"),
        ],
        optional=[
            poa("OpenAI", "Universität Tübingen", ANY),
            poa("Google", "Universität Tübingen", F),
            poa("Anthropic", "Universität Tübingen", F),
        ],
    ),
    de(
        "Die Stadt Wendelsheim kauft die 49-prozentige Beteiligung des Energiekonzerns Enervia AG an ihren Stadtwerken zurück. "
        "Der Stadtrat stimmte dem Kaufpreis von 62 Millionen Euro am Donnerstagabend mit breiter Mehrheit zu, wie Oberbürgermeisterin Gabriele Hausmann mitteilte. "
        "Nach dem Vollzug im Frühjahr sind die Stadtwerke Wendelsheim wieder vollständig in kommunaler Hand.",
        [
            stake("Stadt Wendelsheim", "Stadtwerke Wendelsheim", A),
            pos("Gabriele Hausmann", "Stadt Wendelsheim"),
        ],
        optional=[
            stake("Enervia AG", "Stadtwerke Wendelsheim", C),
        ],
    ),
    de(
        "Das Arbeitsgericht Nürnberg hat die Kündigung des früheren Betriebsratsvorsitzenden des Spielwarenherstellers Frankentoys GmbH für unwirksam erklärt. "
        "Geschäftsführer Bernhard Seitz kündigte an, in Berufung zu gehen. "
        "Die Branche stehe insgesamt unter massivem Druck, sagte Seitz; ohne Konsolidierung würden „viele kleinere Hersteller nicht überleben“.",
        [
            pos("Bernhard Seitz", "Frankentoys GmbH"),
        ],
    ),
    de(
        "Der Pumpenhersteller Sendling Hydraulik SE hat im abgelaufenen Geschäftsjahr den Umsatz um acht Prozent auf 1,2 Milliarden Euro gesteigert. "
        "Dazu trug auch die im April vollzogene Übernahme des italienischen Ventilherstellers Valvoli Bernardi S.p.A. bei. "
        "Für die kriselnde Sparte Kleinpumpen sucht Vorstandschef Arne Vosswinkel nach eigenen Worten „einen neuen Eigentümer“; Gespräche mit Interessenten liefen bereits.",
        [
            acq("Sendling Hydraulik SE", "Valvoli Bernardi S.p.A.", C),
            pos("Arne Vosswinkel", "Sendling Hydraulik SE"),
        ],
    ),
    de(
        "Die Düsseldorfer Privatbank Reinholt & Cie. hat nahezu das komplette Team für Unternehmensnachfolge der Commerzbank in Nordrhein-Westfalen abgeworben. "
        "Sieben Berater um den bisherigen Teamleiter Georg Hülsmann wechseln zum 1. Januar zu Reinholt, wie beide Institute bestätigten. "
        "Die Commerzbank sprach von einem „bedauerlichen, aber verkraftbaren“ Abgang.",
        [
            poa("Reinholt & Cie.", "Commerzbank", C),
            hire("Georg Hülsmann", "Reinholt & Cie.", A),
            dep("Georg Hülsmann", "Commerzbank", A),
            pos("Georg Hülsmann", "Commerzbank"),
        ],
    ),
    de(
        "Für den insolventen Automobilzulieferer Vogtland Kunststofftechnik ist die Investorensuche gescheitert. "
        "Der zuletzt einzig verbliebene Interessent, die tschechische Moravia Plast a.s., habe sein Angebot zurückgezogen, teilte Insolvenzverwalter Stephan Brückner mit. "
        "Der Betrieb mit 320 Beschäftigten werde zum Monatsende eingestellt.",
        [
            acq("Moravia Plast a.s.", "Vogtland Kunststofftechnik", F),
        ],
        optional=[
            pos("Stephan Brückner", "Vogtland Kunststofftechnik"),
        ],
    ),
    de(
        "Die Steuerberatungsgesellschaften Hollmann & Partner aus Göttingen und Ebeling Treuhand aus Kassel haben sich zum 1. Oktober zusammengeschlossen. "
        "Die neue Kanzlei tritt unter dem Namen Hollmann Ebeling auf und beschäftigt rund 230 Mitarbeiter an sechs Standorten. "
        "Geschäftsführende Partner sind Ulrike Hollmann und Peter Ebeling.",
        [
            mer(["Hollmann & Partner", "Ebeling Treuhand"], C),
            pos("Ulrike Hollmann", "Hollmann Ebeling"),
            pos("Peter Ebeling", "Hollmann Ebeling"),
        ],
        optional=[
            pos("Ulrike Hollmann", "Hollmann & Partner"),
            pos("Peter Ebeling", "Ebeling Treuhand"),
        ],
    ),
    de(
        "Der Versicherungskonzern Rheinland Assekuranz AG steigt beim Leipziger KI-Start-up Schadenblick ein. "
        "Über seine Beteiligungstochter RA Ventures erwirbt der Konzern zehn Prozent der Anteile; zugleich vereinbarten beide Seiten eine Kooperation bei der automatisierten Schadenbearbeitung. "
        "Schadenblick-Chefin Melanie Vogt sagte, man wolle die Software künftig auch anderen Versicherern anbieten.",
        [
            stake("Rheinland Assekuranz AG", "Schadenblick", CA),
            par(["Rheinland Assekuranz AG", "Schadenblick"], CA),
            pos("Melanie Vogt", "Schadenblick"),
        ],
        optional=[
            stake("RA Ventures", "Schadenblick", CA),
        ],
    ),
    de(
        "Im Zuge eines Management-Buy-ins übernimmt der frühere Bosch-Manager Christian Lambrecht die Mehrheit an der Metallbau Ruppert GmbH in Aschaffenburg. "
        "Der bisherige Inhaber Egon Ruppert, 71, hatte drei Jahre lang vergeblich einen Nachfolger in der Familie gesucht. "
        "Lambrecht wird zum 1. Januar alleiniger Geschäftsführer; Ruppert bleibt dem Betrieb ein Jahr lang als Berater verbunden.",
        [
            acq("Christian Lambrecht", "Metallbau Ruppert GmbH", A),
            pos("Christian Lambrecht", "Bosch"),
            pos("Egon Ruppert", "Metallbau Ruppert GmbH"),
            hire("Christian Lambrecht", "Metallbau Ruppert GmbH", A),
        ],
        optional=[
            dep("Egon Ruppert", "Metallbau Ruppert GmbH", A),
            pos("Christian Lambrecht", "Metallbau Ruppert GmbH"),
        ],
    ),
    de(
        "Im Landkreis Ostholm mehren sich die Gedankenspiele über eine Fusion der beiden Sparkassen. "
        "Sowohl die Kreissparkasse Ostholm als auch die Stadtsparkasse Bad Lindow hätten externe Berater mit der Prüfung beauftragt, berichtet die Lokalzeitung. "
        "Offiziell wollte sich keines der beiden Institute äußern.",
        [
            mer(["Kreissparkasse Ostholm", "Stadtsparkasse Bad Lindow"], R),
        ],
    ),
    # ------------------------------------------------------------------ part 5
    # --- English: alliances, abandoned mergers, mixed signals, negatives
    en(
        "Dario Venn, a veteran of Microsoft Research who spent the past three years as vice president of AI at Adobe, is joining Sable Intelligence, the lab said on Friday, in a sign of the start-up's push into creative tools. "
        "Venn will lead a new 40-person team in London. "
        "The lab, which counts Salesforce Ventures among its investors, was founded last year by former DeepMind researcher Ottilie Barnes.",
        [
            hire("Dario Venn", "Sable Intelligence", CA),
            pos("Dario Venn", "Adobe"),
            inv("Salesforce Ventures", "Sable Intelligence", C),
            pos("Ottilie Barnes", "Sable Intelligence"),
            pos("Ottilie Barnes", "DeepMind"),
        ],
        optional=[
            dep("Dario Venn", "Adobe", CA),
            pos("Dario Venn", "Microsoft Research"),
        ],
    ),
    en(
        "SEOUL, Nov 6 (Reuters) - Naver Corp has agreed to buy Singapore-based Lumi Commerce AI for $1.05 billion, two years after a previous attempt to acquire the company fell apart over price. "
        "The deal, announced on Thursday, is Naver's largest overseas acquisition. "
        "Lumi founder Tan Wei Ming will stay on as chief executive and join Naver's management committee.",
        [
            acq("Naver Corp", "Lumi Commerce AI", A),
            pos("Tan Wei Ming", "Lumi Commerce AI"),
        ],
        optional=[
            acq("Naver Corp", "Lumi Commerce AI", F),
            hire("Tan Wei Ming", "Naver Corp", A),
        ],
    ),
    en(
        "xScale, the AI infrastructure start-up, is in talks to hire the roughly 25-person inference team of Lumenary Cloud, including its head, Victor Halloran, people familiar with the matter said, in what would amount to an acqui-hire without an acquisition. "
        "Lumenary, which has struggled to raise new money, is also exploring a sale of its remaining business.",
        [
            poa("xScale", "Lumenary Cloud", TR),
            hire("Victor Halloran", "xScale", TR),
            pos("Victor Halloran", "Lumenary Cloud"),
        ],
        optional=[
            dep("Victor Halloran", "Lumenary Cloud", TR),
        ],
    ),
    en(
        "Saudi Arabia's Public Investment Fund has taken a minority stake in Falconry AI, a Riyadh- and Paris-based developer of Arabic language models, the fund said, without disclosing the size of the holding. "
        "Falconry chief executive Karim Benali said the company had no plans to go public before 2028 and was 'not for sale'.",
        [
            stake("Public Investment Fund", "Falconry AI", C),
            pos("Karim Benali", "Falconry AI"),
        ],
    ),
    en(
        "A California judge on Monday ordered Vireo Robotics to pay $45 million to a former supplier in a contract dispute dating back to 2021. "
        "The ruling comes weeks after the company's co-founder, Isabel Duarte, stepped down as chief executive; she was replaced on an interim basis by board member Thomas Reilly.",
        [
            dep("Isabel Duarte", "Vireo Robotics", C),
            pos("Isabel Duarte", "Vireo Robotics"),
            posh("Thomas Reilly", "Vireo Robotics"),
        ],
    ),
    en(
        "BRUSSELS, Oct 30 (Reuters) - Telecom equipment makers Nordvik Networks and Aravis Telecom have abandoned their planned merger after the European Commission signalled it would block the deal, the companies said on Wednesday. "
        "Nordvik chief executive Anders Holm said the decision was 'regrettable but realistic'. "
        "The two had announced the €4 billion tie-up in January.",
        [
            mer(["Nordvik Networks", "Aravis Telecom"], F),
            pos("Anders Holm", "Nordvik Networks"),
        ],
    ),
    en(
        "Five European AI labs (Paris-based Aubrac AI, Munich's Isarmind, Poland's Wisła Labs, Italy's Dolomiti Intelligence and Spain's Iberica Models) said on Tuesday they would pool computing resources and share training data under a new alliance backed by the European Commission. "
        "The alliance will be chaired by Wisła Labs co-founder Katarzyna Nowicka.",
        [
            par(["Aubrac AI", "Isarmind", "Wisła Labs", "Dolomiti Intelligence", "Iberica Models"], A),
            pos("Katarzyna Nowicka", "Wisła Labs"),
        ],
    ),
    en(
        "Pelican Security said on Monday it had held 'preliminary discussions' with Harbor Identity about a possible combination, confirming an earlier report by Bloomberg. "
        "Harbor, however, said in a separate statement that it was 'not engaged in any sale process'. "
        "Pelican shares fell 6%.",
        [
            mer(["Pelican Security", "Harbor Identity"], [T, D]),
        ],
        optional=[
            acq("Pelican Security", "Harbor Identity", [T, D]),
        ],
    ),
    en(
        "On its third-quarter call, cloud-storage company Driftwood Data told analysts it had invested $60 million in AI-search start-up Sextant Labs as part of a broader partnership, and had hired Sextant's former chief scientist, Yusuf Demir, to run its own search team. "
        "Driftwood chief executive Hannah Olsen said the company would 'keep making targeted bets like this'.",
        [
            inv("Driftwood Data", "Sextant Labs", C),
            par(["Driftwood Data", "Sextant Labs"], C),
            hire("Yusuf Demir", "Driftwood Data", C),
            pos("Yusuf Demir", "Sextant Labs"),
            pos("Hannah Olsen", "Driftwood Data"),
        ],
        optional=[
            dep("Yusuf Demir", "Sextant Labs", C),
        ],
    ),
    en(
        "Orrin Labs, once a unit of Xerox's famed Palo Alto research centre, is now an independent maker of AI chips for hearing aids. "
        "Its chief executive, Paul Whitcombe, said in an interview that he 'would consider' offers from larger chipmakers but had received none.",
        [
            pos("Paul Whitcombe", "Orrin Labs"),
        ],
    ),
    en(
        "Tesla's former head of AI software, Vikram Sood, has joined humanoid-robot maker Anvil Robotics as chief technology officer after the start-up offered him a package worth more than $50 million, according to a regulatory filing. "
        "Sood left Tesla in July. "
        "Anvil, backed by Jeff Bezos's family office, Bezos Expeditions, is chaired by its founder, Luca Martens.",
        [
            hire("Vikram Sood", "Anvil Robotics", C),
            dep("Vikram Sood", "Tesla", C),
            pos("Vikram Sood", "Tesla"),
            inv("Bezos Expeditions", "Anvil Robotics", C),
            pos("Luca Martens", "Anvil Robotics"),
        ],
        optional=[
            poa("Anvil Robotics", "Tesla", C),
            pos("Vikram Sood", "Anvil Robotics"),
        ],
    ),
    # --- German: Vertragsunterzeichnungen, Exits, Bürgerentscheide, Dementis
    de(
        "DÜSSELDORF (dpa-AFX) - Der Düsseldorfer Industriedienstleister Rheintal Services AG (RTS) greift nach dem Dortmunder Gerüstbauer Westfalen Gerüst GmbH. "
        "Man habe einen Vertrag über den Erwerb sämtlicher Anteile unterzeichnet, teilte das im Prime Standard notierte Unternehmen am Morgen mit. "
        "Es zahle rund 85 Millionen Euro, zum Teil in eigenen Aktien. "
        "Westfalen-Gerüst-Gründer Heinz Pohlmann werde nach dem Vollzug in den Aufsichtsrat von RTS einziehen.",
        [
            acq("Rheintal Services AG", "Westfalen Gerüst GmbH", A),
            pos("Heinz Pohlmann", "Westfalen Gerüst GmbH"),
        ],
        optional=[
            hire("Heinz Pohlmann", "Rheintal Services AG", A),
        ],
    ),
    de(
        "Beim Berliner Sprach-KI-Anbieter Lingora verlässt Technikchef Sebastian Kraus das Unternehmen nach nur acht Monaten. "
        "Kraus wechselt zum Konkurrenten DeepL nach Köln, wie beide Firmen bestätigten. "
        "Lingora-Gründerin Mareike Holt kündigte an, die Position zunächst selbst kommissarisch zu übernehmen.",
        [
            dep("Sebastian Kraus", "Lingora", CA),
            hire("Sebastian Kraus", "DeepL", CA),
            pos("Sebastian Kraus", "Lingora"),
            posh("Mareike Holt", "Lingora"),
        ],
        optional=[
            poa("DeepL", "Lingora", ANY),
        ],
    ),
    de(
        "Der Finanzinvestor Ahrenberg Capital hat seine Mehrheitsbeteiligung an der Laborausstatter Vitrolab GmbH aus Wertheim an den US-Konzern Thermo Fisher Scientific verkauft. "
        "Die Transaktion sei nach Erhalt aller behördlichen Genehmigungen am Freitag vollzogen worden, teilte Ahrenberg mit. "
        "Ahrenberg war 2019 bei dem Familienunternehmen eingestiegen.",
        [
            acq("Thermo Fisher Scientific", "Vitrolab GmbH", C),
            stake("Ahrenberg Capital", "Vitrolab GmbH", C),
        ],
    ),
    de(
        "Das Land Niedersachsen verhandelt über einen Einstieg beim angeschlagenen Werftbetreiber Ems-Werft Papenhagen. "
        "Im Gespräch sei eine Beteiligung von bis zu 25,1 Prozent über die landeseigene Beteiligungsgesellschaft, sagte Wirtschaftsministerin Karin Brockmann in Hannover. "
        "Die Familie Papenhagen, der die Werft bislang vollständig gehört, habe Zustimmung signalisiert.",
        [
            stake("Land Niedersachsen", "Ems-Werft Papenhagen", T),
        ],
        optional=[
            pos("Karin Brockmann", "Land Niedersachsen"),
        ],
    ),
    de(
        "Auf der Hannover Messe zeigte sich der Chef des Antriebsspezialisten Weserlager AG, Tobias Engelke, offen für Partnerschaften mit KI-Firmen. "
        "„Wir sprechen mit vielen“, sagte Engelke, ohne Namen zu nennen. "
        "Einen Zukauf schloss er für dieses Jahr aus.",
        [
            pos("Tobias Engelke", "Weserlager AG"),
        ],
    ),
    de(
        "Der Gartenmöbelhersteller Sauerland Holzwerk GmbH hat den insolventen Konkurrenten Teakline aus Bocholt übernommen. "
        "Der Kaufvertrag wurde bereits im September unterzeichnet und ist nun vollzogen, wie Insolvenzverwalterin Sandra Ilg mitteilte. "
        "Sauerland-Holzwerk-Geschäftsführer Jens Hölscher will die Marke Teakline erhalten.",
        [
            acq("Sauerland Holzwerk GmbH", "Teakline", C),
            pos("Jens Hölscher", "Sauerland Holzwerk GmbH"),
        ],
        optional=[
            pos("Sandra Ilg", "Teakline"),
        ],
    ),
    de(
        "Beim Kranhersteller Lindemann Hebetechnik KGaA kommt es zum Generationswechsel an der Spitze des Aufsichtsrats: Der langjährige Vorsitzende Dietrich Lindemann, 79, legt sein Mandat mit Ende der Hauptversammlung im Mai nieder. "
        "Als Nachfolgerin schlägt das Gremium seine Nichte Carolin Lindemann-Vogel vor, die bislang Finanzchefin des Münchner Immobilienkonzerns Aurum Real Estate ist.",
        [
            pos("Dietrich Lindemann", "Lindemann Hebetechnik KGaA"),
            dep("Dietrich Lindemann", "Lindemann Hebetechnik KGaA", A),
            hire("Carolin Lindemann-Vogel", "Lindemann Hebetechnik KGaA", [A, R]),
            pos("Carolin Lindemann-Vogel", "Aurum Real Estate"),
        ],
    ),
    de(
        "Das Münchner Quantencomputing-Start-up Qantor hat eine Finanzierungsrunde über 75 Millionen Euro abgeschlossen. "
        "Neu eingestiegen sind der Rüstungskonzern Hensoldt und der Staatsfonds Deutsche Tech-Beteiligungen (DTB); die bisherigen Geldgeber UVC Partners und der Europäische Innovationsrat zogen mit. "
        "Qantor-Chef Florian Ebner will das Team auf 200 Mitarbeiter verdoppeln.",
        [
            inv("Hensoldt", "Qantor", C),
            inv("Deutsche Tech-Beteiligungen", "Qantor", C),
            inv("UVC Partners", "Qantor", C),
            inv("Europäischer Innovationsrat", "Qantor", C),
            pos("Florian Ebner", "Qantor"),
        ],
    ),
    de(
        "Die geplante Fusion der Stadtwerke Mühlbach mit dem Regionalversorger Energie Oberes Tal (EOT) ist gescheitert. "
        "Bei einem Bürgerentscheid stimmten am Sonntag 58 Prozent der Wähler gegen das Vorhaben. "
        "Stadtwerke-Chef Uwe Rainer kündigte an, nun „eigenständig weiterzuarbeiten“.",
        [
            mer(["Stadtwerke Mühlbach", "Energie Oberes Tal"], F),
            pos("Uwe Rainer", "Stadtwerke Mühlbach"),
        ],
    ),
    de(
        "Die Kölner Rheinfels Versicherung AG hat Spekulationen über einen vorzeitigen Abgang ihres Vorstandschefs Marcus Beyer zurückgewiesen. "
        "Beyer werde seinen Vertrag bis 2028 erfüllen, sagte Aufsichtsratschef Helmut Grönewald. "
        "Zugleich kündigte der Konzern ein Aktienrückkaufprogramm über 200 Millionen Euro an.",
        [
            dep("Marcus Beyer", "Rheinfels Versicherung AG", D),
            pos("Marcus Beyer", "Rheinfels Versicherung AG"),
            pos("Helmut Grönewald", "Rheinfels Versicherung AG"),
        ],
    ),
]
