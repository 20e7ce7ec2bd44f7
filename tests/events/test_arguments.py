"""Argument choices that once went wrong: each test is one error class, in invented news."""

from __future__ import annotations

import pytest

from dealgraph.model import Document
from dealgraph.pipeline import extract_document


def _deals(text: str, lang: str = "en") -> set[tuple[str, str]]:
    events = extract_document(Document("a", text, lang=lang, published="2025-03-05"))["events"]
    return {(e["roles"]["acquirer"], e["roles"]["target"]) for e in events if e["type"] == "acquisition"}


def test_a_list_of_targets_has_no_buyer_among_them() -> None:
    text = (
        "Orbital Dynamics reported higher sales. Analysts said the acquisitions of Lumen Forge, "
        "Kestrel Labs, and Tarnwood clearly helped the company grow."
    )
    assert _deals(text) == {
        ("Orbital Dynamics", "Lumen Forge"),
        ("Orbital Dynamics", "Kestrel Labs"),
        ("Orbital Dynamics", "Tarnwood"),
    }


def test_the_acquisition_of_x_without_a_buyer_is_the_article_company() -> None:
    text = (
        "Orbital Dynamics expects strong growth in grid software. "
        "Orbital Dynamics said revenues increased in 2024 due to the acquisition of Lumen Forge."
    )
    assert _deals(text) == {("Orbital Dynamics", "Lumen Forge")}


def test_an_acquisition_without_any_company_in_view_has_no_buyer() -> None:
    assert _deals("An acquisition of Lumen Forge would be costly, the report said.") == set()


def test_mergers_and_acquisitions_is_no_company() -> None:
    text = "M&A has been a priority for Orbital Dynamics, which bought Lumen Forge."
    assert _deals(text) == {("Orbital Dynamics", "Lumen Forge")}


def test_a_possessive_written_with_an_acute_accent_stays_in_the_name() -> None:
    text = "Die Übernahme von Bäcker´s Backstube durch Orbital Dynamics wurde genehmigt."
    assert _deals(text, "de") == {("Orbital Dynamics", "Bäcker´s Backstube")}


def test_a_subject_pronoun_after_a_clause_opener_is_the_buyer() -> None:
    text = "Orbital Dynamics makes chips. It grew quickly after it bought Lumen Forge in 2021."
    assert _deals(text) == {("Orbital Dynamics", "Lumen Forge")}


def test_buying_a_companys_bonds_is_no_acquisition() -> None:
    assert _deals("Orbital Dynamics bought Lumen Forge's long-dated corporate bonds last year.") == set()


def test_the_one_succeeded_is_never_the_employer() -> None:
    text = (
        "Lumen Forge reshuffled its management. "
        "Priya Raman, now head of sales, will succeed Marlowe as president on July 1."
    )
    events = extract_document(Document("s", text, lang="en"))["events"]
    hires = {(e["roles"]["person"], e["roles"].get("org")) for e in events if e["type"] == "hire"}
    assert hires == {("Priya Raman", "Lumen Forge")}


def test_a_party_in_brackets_after_a_politician_plays_no_role() -> None:
    text = "Die Entscheidung von Minister Hans Kessler (SPD) über die Übernahme von Lumen Forge steht aus."
    assert all(buyer != "SPD" for buyer, _ in _deals(text, "de"))


def test_a_separable_particle_turns_quitting_into_announcing() -> None:
    events = extract_document(
        Document("k", "Tomas Berger kündigt neue Produkte für Lumen Forge an.", lang="de")
    )["events"]
    assert [e for e in events if e["type"] == "departure"] == []
    events = extract_document(Document("k", "Tomas Berger kündigte bei Lumen Forge.", lang="de"))["events"]
    assert [(e["type"], e["roles"]["org"]) for e in events] == [("departure", "Lumen Forge")]


def test_a_parent_named_before_its_company_plays_no_role() -> None:
    text = "Orbital Dynamics agreed to sell Lumen Forge to Kestrel parent Tarnwood Holdings."
    assert _deals(text) == {("Tarnwood Holdings", "Lumen Forge")}


def test_buying_the_assets_of_a_company_is_no_acquisition_of_it() -> None:
    assert _deals("In 2019, Orbital Dynamics acquired the assets of Lumen Forge.") == set()


def test_merger_of_a_with_b() -> None:
    text = "Aktionäre stoppen die Fusion von Kestrel-Mutter Tarnwood mit dem Kranbauer Lumen Forge."
    events = extract_document(Document("m", text, lang="de"))["events"]
    assert [sorted(e["roles"]["parties"]) for e in events if e["type"] == "merger"] == [
        ["Lumen Forge", "Tarnwood"]
    ]


def test_a_partner_is_named_after_the_deal_not_inside_an_apposition_before_it() -> None:
    text = (
        "Lumen Forge, a Boston biotech co-founded by the head of the Kestrel Institute at MIT, "
        "has struck a collaboration deal with Orbital Dynamics."
    )
    events = extract_document(Document("p", text, lang="en"))["events"]
    assert [sorted(e["roles"]["parties"]) for e in events if e["type"] == "partnership"] == [
        ["Lumen Forge", "Orbital Dynamics"]
    ]


def test_it_after_a_buying_verb_is_the_company_of_the_sentence_before() -> None:
    text = (
        "In 2016 the startup Lumen Forge showed its own self-driving truck in Nevada. "
        "Orbital Dynamics bought it in August 2016 for a reported $680 million."
    )
    assert _deals(text) == {("Orbital Dynamics", "Lumen Forge")}


def test_it_without_a_company_before_stays_unresolved() -> None:
    assert _deals("The deal was large. Orbital Dynamics bought it in 2016.") == set()


def test_separable_verbs_split_across_the_clause() -> None:
    text = "Der Finanzinvestor Lindwurm Capital steigt bei der Haller Bau AG ein."
    events = extract_document(Document("s", text, lang="de"))["events"]
    assert [(e["type"], e["roles"]["investor"], e["roles"]["investee"]) for e in events] == [
        ("investment", "Lindwurm Capital", "Haller Bau AG")
    ]
    text = "Die Brenner Gruppe arbeitet bei der Lagerautomatisierung mit dem Start-up Robomatik zusammen."
    events = extract_document(Document("s", text, lang="de"))["events"]
    assert [sorted(e["roles"]["parties"]) for e in events] == [["Brenner Gruppe", "Robomatik"]]


def test_codes_in_brackets_after_a_company_play_no_role() -> None:
    text = (
        "Die Delta Reifen AG (WKN 123456, Börsenkürzel DRX) geht mit der Akquisition "
        "der Lumen Forge einen wichtigen Schritt."
    )
    assert _deals(text, "de") == {("Delta Reifen AG", "Lumen Forge")}


def test_relative_clauses_name_the_target_they_hang_on() -> None:
    assert _deals("Tamsin Foods, which was bought by Harbor Lane Partners in 2019, is for sale.") == {
        ("Harbor Lane Partners", "Tamsin Foods")
    }
    assert _deals("Sentrik, which Quillpay acquired in 2022, cut jobs.") == {("Quillpay", "Sentrik")}


def test_a_rebuffed_takeover_approach_failed() -> None:
    text = "Eastgate Savings rebuffed a takeover approach from Marlow Bank, people familiar with it said."
    events = extract_document(Document("o", text, lang="en"))["events"]
    assert [(e["roles"]["acquirer"], e["roles"]["target"], e["status"]) for e in events] == [
        ("Marlow Bank", "Eastgate Savings", "failed")
    ]


def test_a_descriptor_between_preposition_and_name() -> None:
    text = "Google invested $300 million in AI startup Quorra Labs."
    events = extract_document(Document("i", text, lang="en"))
    assert [(e["roles"]["investor"], e["roles"]["investee"]) for e in events["events"]] == [
        ("Google", "Quorra Labs")
    ]


def test_funding_with_the_verb_last_and_without_a_sum() -> None:
    text = "Das Start-up Flinkbot hat 15 Mio. Euro von Alpenblick Capital und Nordstern Ventures erhalten."
    events = extract_document(Document("f", text, lang="de"))["events"]
    assert {(e["roles"]["investor"], e["roles"]["investee"]) for e in events} == {
        ("Alpenblick Capital", "Flinkbot"),
        ("Nordstern Ventures", "Flinkbot"),
    }
    text = "Der Handelskonzern Spar hat von den Kartellwächtern bereits das Okay erhalten."
    assert extract_document(Document("f", text, lang="de"))["events"] == []


def test_a_funding_round_named_far_from_its_startup() -> None:
    text = "Lindwurm Capital führt eine Finanzierungsrunde über 40 Mio. Euro bei dem Start-up Gridly an."
    events = extract_document(Document("f", text, lang="de"))["events"]
    pairs = [(e["roles"]["investor"], e["roles"]["investee"]) for e in events]
    assert pairs == [("Lindwurm Capital", "Gridly")]


def test_a_sale_named_by_its_noun() -> None:
    text = "Wrenfield Avionics shareholders approved the company's sale to Talon Aerospace on Tuesday."
    events = extract_document(Document("s", text, lang="en"))["events"]
    assert [(e["roles"]["acquirer"], e["roles"]["target"], e["status"]) for e in events] == [
        ("Talon Aerospace", "Wrenfield Avionics", "announced")
    ]
    text = "Halvorsen Group completed the sale of Nordvik Marine to Calder Industries."
    (event,) = extract_document(Document("s", text, lang="en"))["events"]
    assert event["roles"] == {
        "acquirer": "Calder Industries",
        "target": "Nordvik Marine",
        "seller": "Halvorsen Group",
    }


def test_selling_shares_to_a_company_is_no_sale_of_a_company() -> None:
    assert (
        _deals("Sales at Halvorsen Group rose, and the sale of shares to Calder Industries helped.") == set()
    )


def test_poaching_a_named_person_is_also_a_hire_and_a_departure() -> None:
    text = "Arden Motors has poached James Whitfield from Tesla to run its battery division."
    events = extract_document(Document("p", text, lang="en"))["events"]
    assert {(e["type"], e["roles"].get("person"), e["roles"].get("org")) for e in events} == {
        ("poaching", "James Whitfield", None),
        ("hire", "James Whitfield", "Arden Motors"),
        ("departure", "James Whitfield", "Tesla"),
    }


def test_german_verb_last_buyer_and_target_stand_in_one_stretch() -> None:
    text = (
        "Angesichts des Wachstums von Diensten wie Lumen Forge oder Kestrel haben Autokonzerne "
        "begonnen, in Startups zu investieren."
    )
    assert extract_document(Document("v", text, lang="de"))["events"] == []
    text = "Insidern zufolge erwägt die Falkenstein AG, den Konkurrenten Moritz Werke zu kaufen."
    assert _deals(text, "de") == {("Falkenstein AG", "Moritz Werke")}


def test_a_picture_credit_and_a_product_name_are_no_parties() -> None:
    text = "Bild: Messe Berlin Es kommen Details über Gespräche von Minister Hans Kessler mit Edeka ans Licht"
    assert all(
        "Messe Berlin" not in str(e["roles"])
        for e in extract_document(Document("c", text, lang="de"))["events"]
    )
    text = "Günstiger Nassrasierer Gillette Fusion ProGlide Styler, neu und originalverpackt."
    assert extract_document(Document("c", text, lang="de"))["events"] == []


def test_announcing_a_merger_in_german() -> None:
    text = "Siemens und Gamesa geben den Zusammenschluss ihrer Windgeschäfte bekannt."
    (event,) = extract_document(Document("m", text, lang="de"))["events"]
    assert sorted(event["roles"]["parties"]) == ["Gamesa", "Siemens"] and event["status"] == "announced"


def test_a_place_adjective_between_preposition_and_name() -> None:
    text = "Die Stuttgarter Elektrik Weber GmbH wird von der Schweizer Alpstein Industrie übernommen."
    assert _deals(text, "de") == {("Alpstein Industrie", "Elektrik Weber GmbH")}


@pytest.mark.parametrize(
    "headline, deal",
    [
        (
            "Siemens to Acquire Ohio-Based Software Maker Corvane Systems for $1.2 Billion",
            ("acquisition", "Siemens", "Corvane Systems"),
        ),
        ("Sources: Atlas Grid Weighs Bid for Penwith Water", ("acquisition", "Atlas Grid", "Penwith Water")),
        (
            "Pellucid Bio Takes 30% Stake in Gene-Editing Startup Fernmark Therapeutics",
            ("acquisition", "Pellucid Bio", "Fernmark Therapeutics"),
        ),
        (
            "Cinderford Analytics Lands $15M Seed Round From Paloma Ventures",
            ("investment", "Paloma Ventures", "Cinderford Analytics"),
        ),
    ],
)
def test_title_case_headlines(headline: str, deal: tuple[str, str, str]) -> None:
    events = extract_document(Document("h", headline, lang="en"))["events"]
    assert [(e["type"], *e["roles"].values()) for e in events] == [deal]


def test_every_investor_of_a_round() -> None:
    text = (
        "Vireo AI has raised $120 million in a Series B round led by Sequoia Capital, "
        "with participation from Nvidia and Hollins Ventures."
    )
    events = extract_document(Document("r", text, lang="en"))["events"]
    assert {e["roles"]["investor"] for e in events} == {"Sequoia Capital", "Nvidia", "Hollins Ventures"}


@pytest.mark.parametrize(
    "lang, text, deal",
    [
        (
            "en",
            "The board of Ravensmoor Pharma rejected a $48-a-share offer from Delacroix Health.",
            ("Delacroix Health", "Ravensmoor Pharma", "failed"),
        ),
        (
            "en",
            "Hyperion Chemicals walked away from its proposed purchase of Dutch rival Verhoeven Coatings.",
            ("Hyperion Chemicals", "Verhoeven Coatings", "failed"),
        ),
        (
            "en",
            "Stanhope Retail has dropped its pursuit of department-store chain Garnet & Finch.",
            ("Stanhope Retail", "Garnet & Finch", "failed"),
        ),
        (
            "de",
            "Der Vorstand der Haller Bau AG lehnte das Übernahmeangebot der Kessler Holding ab.",
            ("Kessler Holding", "Haller Bau AG", "failed"),
        ),
    ],
)
def test_offers_and_pursuits_that_failed(lang: str, text: str, deal: tuple[str, str, str]) -> None:
    events = extract_document(Document("o", text, lang=lang))["events"]
    assert [(e["roles"]["acquirer"], e["roles"]["target"], e["status"]) for e in events] == [deal]


def test_a_buyer_named_only_in_brackets_is_no_topic() -> None:
    text = "Die Entscheidung von Minister Hans Kessler (SPD) über die Übernahme von Lumen Forge steht aus."
    assert _deals(text, "de") == set()


def test_german_article_opening_a_sentence_is_no_genitive() -> None:
    text = "Der Autozulieferer Rabe Komponenten wirbt gezielt Ingenieure von Bosch ab."
    events = extract_document(Document("p", text, lang="de"))["events"]
    assert [(e["type"], e["roles"]["poacher"], e["roles"]["source"]) for e in events] == [
        ("poaching", "Rabe Komponenten", "Bosch")
    ]


def test_agreeing_with_a_company_on_a_takeover() -> None:
    text = "Der Energiekonzern Enwerk hat sich mit dem Netzbetreiber Ostnetz auf eine Übernahme geeinigt."
    assert _deals(text, "de") == {("Enwerk", "Ostnetz")}


def test_the_sale_of_a_unit_named_in_the_genitive() -> None:
    text = "BASF verhandelt über den Verkauf seiner Pigmentsparte Colorix an den Konzern Shirokawa Chemical."
    (event,) = extract_document(Document("s", text, lang="de"))["events"]
    assert event["roles"] == {"acquirer": "Shirokawa Chemical", "target": "Colorix", "seller": "BASF"}


def test_each_target_of_a_list_keeps_its_own_year() -> None:
    text = "Its acquisitions of Lumen Forge in 2006, Kestrel Labs in 2009, and Tarnwood in 2012 paid off."
    events = extract_document(Document("d", "Orbital Dynamics grew. " + text, lang="en"))["events"]
    assert {e["roles"]["target"]: e["date"] for e in events if e["type"] == "acquisition"} == {
        "Lumen Forge": "2006",
        "Kestrel Labs": "2009",
        "Tarnwood": "2012",
    }


@pytest.mark.parametrize(
    "lang, text, parties",
    [
        (
            "en",
            "Nvidia and Dunmore Robotics said they would jointly develop a simulation platform.",
            ["Dunmore Robotics", "Nvidia"],
        ),
        (
            "en",
            "Spotify is teaming up with Indian telecom operator Brahmaputra Mobile.",
            ["Brahmaputra Mobile", "Spotify"],
        ),
        (
            "de",
            "Deutsche Telekom und das Berliner KI-Start-up Wortfeld gehen eine Partnerschaft ein.",
            ["Deutsche Telekom", "Wortfeld"],
        ),
        (
            "de",
            "Die Sparkasse Auental und die Sparkasse Holmbach wollen sich zusammenschließen.",
            ["Sparkasse Auental", "Sparkasse Holmbach"],
        ),
        (
            "de",
            "Die Start-ups Riegelwerk und Torwacht schließen sich zusammen.",
            ["Riegelwerk", "Torwacht"],
        ),
        (
            "en",
            "Tessaro has signed an agreement with Corvin Books to co-develop reading apps.",
            ["Corvin Books", "Tessaro"],
        ),
        (
            "en",
            "Tessaro has agreed to license its film library to start-up Corvin Books.",
            ["Corvin Books", "Tessaro"],
        ),
        (
            "de",
            "Tessaro und der Chipdesigner Corvin Systems verhandeln über eine gemeinsame Entwicklung.",
            ["Corvin Systems", "Tessaro"],
        ),
    ],
)
def test_partnerships_and_mergers_of_coordinated_subjects(lang: str, text: str, parties: list[str]) -> None:
    events = extract_document(Document("m", text, lang=lang))["events"]
    assert [sorted(e["roles"]["parties"]) for e in events] == [parties]


@pytest.mark.parametrize(
    "lang, text, parties, status",
    [
        (
            "en",
            "Ardent Air rejected a merger proposal from rival Corvo Airways.",
            ["Ardent Air", "Corvo Airways"],
            "failed",
        ),
        (
            "de",
            "Der Vorstand von Lindholm Kabel hat ein Fusionsangebot des Konkurrenten Ostnetz abgelehnt.",
            ["Lindholm Kabel", "Ostnetz"],
            "failed",
        ),
        (
            "de",
            "Die Fusionsgespräche zwischen den Versicherungshäusern Alvena und Borgmann sind gescheitert.",
            ["Alvena", "Borgmann"],
            "failed",
        ),
        (
            "en",
            "The merger of regional lenders Tarrow Creek Bancorp and Pell Savings was completed on Monday.",
            ["Pell Savings", "Tarrow Creek Bancorp"],
            "completed",
        ),
        (
            "en",
            "The merger of software makers Tarrow Creek and Pell Automation closed on Friday.",
            ["Pell Automation", "Tarrow Creek"],
            "completed",
        ),
        (
            "en",
            "Talks to combine Tarrow Creek Bancorp and Pell Savings have ended without agreement.",
            ["Pell Savings", "Tarrow Creek Bancorp"],
            "failed",
        ),
        (
            "en",
            "A planned tie-up between data-centre operators Tarrow Creek and Pell Colo was scrapped.",
            ["Pell Colo", "Tarrow Creek"],
            "failed",
        ),
        (
            "de",
            "Die Fusion der beiden Berliner Sicherheits-Start-ups Riegelwerk und Torwacht ist vollzogen.",
            ["Riegelwerk", "Torwacht"],
            "completed",
        ),
    ],
)
def test_merger_proposals_and_talks(lang: str, text: str, parties: list[str], status: str) -> None:
    events = extract_document(Document("m", text, lang=lang))["events"]
    assert [(sorted(e["roles"]["parties"]), e["status"]) for e in events] == [(parties, status)]


@pytest.mark.parametrize(
    "lang, text, parties",
    [
        (
            "en",
            "Tessaro, a Leeds startup that makes reading apps, has signed a partnership with Corvin Books.",
            ["Corvin Books", "Tessaro"],
        ),
        ("en", "Tessaro has licensed its reading engine to Corvin Books.", ["Corvin Books", "Tessaro"]),
        (
            "de",
            "Tessaro und das Start-up Feldlicht wollen beim Bau von Ladesäulen zusammenarbeiten.",
            ["Feldlicht", "Tessaro"],
        ),
        (
            "de",
            "Tessaro hat die Rechte an seinem Schmerzmittel an Corvin Pharma lizenziert.",
            ["Corvin Pharma", "Tessaro"],
        ),
        (
            "de",
            "Tessaro hat sich mit dem Betreiber Corvin Resorts auf eine Vertriebspartnerschaft geeinigt.",
            ["Corvin Resorts", "Tessaro"],
        ),
    ],
)
def test_partnerships_by_licence_and_cooperation(lang: str, text: str, parties: list[str]) -> None:
    events = extract_document(Document("p", text, lang=lang))["events"]
    assert [sorted(e["roles"]["parties"]) for e in events if e["type"] == "partnership"] == [parties]


def test_a_licensed_company_is_no_partner() -> None:
    assert (
        extract_document(Document("p", "Regulators licensed Halvern Bank to operate in Ohio.", lang="en"))[
            "events"
        ]
        == []
    )


def test_a_german_verb_closing_its_clause_takes_no_object_after_the_comma() -> None:
    text = "Der Konzern Kessler & Rau hat den Hersteller Bolzwerk übernommen, wie das Unternehmen mitteilte."
    assert _deals(text, "de") == {("Kessler & Rau", "Bolzwerk")}


def test_a_headline_comma_joins_merger_parties() -> None:
    text = "Ardent Air, Corvo Airways call off merger\n\nThe two airlines ended their talks on Friday."
    events = extract_document(Document("m", text, lang="en"))["events"]
    assert [(sorted(e["roles"]["parties"]), e["status"]) for e in events] == [
        (["Ardent Air", "Corvo Airways"], "failed")
    ]


def test_a_compound_noun_on_a_code_is_no_merger_party() -> None:
    text = "Die VRLA-Batterien der FXH-Serie lassen sich zu größeren Speichern zusammenschließen."
    assert extract_document(Document("m", text, lang="de"))["events"] == []


def test_a_subject_set_off_by_an_apposition() -> None:
    text = (
        "Pharos Grid, a German startup that makes software for power grids, has secured "
        "€30 million from Breakwater Climate Fund."
    )
    events = extract_document(Document("a", text, lang="en"))["events"]
    assert [(e["roles"]["investor"], e["roles"]["investee"]) for e in events] == [
        ("Breakwater Climate Fund", "Pharos Grid")
    ]


@pytest.mark.parametrize(
    "text, deal",
    [
        ("Volkswagen raised its stake in Chinese EV maker Xinrui Auto.", ("Volkswagen", "Xinrui Auto")),
        ("Apple in talks to acquire F1 streaming app Pitwall for $400M, per sources", ("Apple", "Pitwall")),
        (
            "Ravenscar Partners will buy the payments division of Hollerith Bank, Payvant, for €750 million.",
            ("Ravenscar Partners", "Payvant"),
        ),
        (
            "SAN JOSE, Calif., March 4, 2025 /PRNewswire/ -- Tellwright Inc. today announced that it has "
            "entered into a definitive agreement to acquire Kaimana Micro.",
            ("Tellwright Inc.", "Kaimana Micro"),
        ),
        (
            "AUSTIN, Texas--(BUSINESS WIRE)--Quorra Systems, Inc. today announced it will acquire "
            "Delmont Labs.",
            ("Quorra Systems", "Delmont Labs"),
        ),
        ("Halden Motors is buying a stake in cable maker Dresden Wires.", ("Halden Motors", "Dresden Wires")),
        (
            "Halden Motors agreed to buy Mexican glass maker Cristales del Valle.",
            ("Halden Motors", "Cristales del Valle"),
        ),
        ("Halden Motors will acquire Siemens Grid Analytics.", ("Halden Motors", "Siemens Grid Analytics")),
        ("Halden Motors will acquire Tarrow Creek Bancorp.", ("Halden Motors", "Tarrow Creek Bancorp")),
        (
            "Halden Motors is in talks to buy Pellfield, two people familiar with the plans told Reuters.",
            ("Halden Motors", "Pellfield"),
        ),
    ],
)
def test_the_company_meant_after_a_trade_noun_or_a_wire_dateline(text: str, deal: tuple[str, str]) -> None:
    assert _deals(text) == {deal}


def test_a_german_passive_with_vom() -> None:
    text = "Das Münchner Start-up Feldlicht wurde vom US-Konzern Oracle übernommen."
    assert _deals(text, "de") == {("Oracle", "Feldlicht")}


def test_an_agent_phrase_is_no_apposition() -> None:
    text = "Die Übernahme der Kette Kaiser's Tengelmann durch den Handelsriesen Edeka wurde genehmigt."
    assert _deals(text, "de") == {("Edeka", "Kaiser's Tengelmann")}


def test_an_unknown_name_with_a_title_after_it_is_a_person() -> None:
    text = "Ottoline Reyes, chief financial officer of Marchbank Retail, is leaving to join Danforth Stores."
    events = extract_document(Document("p", text, lang="en"))["events"]
    assert ("hire", "Ottoline Reyes", "Danforth Stores") in {
        (e["type"], e["roles"].get("person"), e["roles"].get("org")) for e in events
    }


@pytest.mark.parametrize(
    "text, deal",
    [
        (
            "Die Ahrenberg Holding hat ihre Beteiligung an der Kranbau AG an die Tellhorn Gruppe verkauft.",
            ("Tellhorn Gruppe", "Kranbau AG"),
        ),
        (
            "Die Lichtenau Gruppe hat die Marke Polarmahl von der Ostsee Feinkost GmbH übernommen.",
            ("Lichtenau Gruppe", "Polarmahl"),
        ),
        ("Orvato verkauft Lumen Forge an Kestrel.", ("Kestrel", "Lumen Forge")),
    ],
)
def test_german_sales_and_purchases_with_the_verb_last(text: str, deal: tuple[str, str]) -> None:
    assert _deals(text, "de") == {deal}


def test_selling_a_stake_is_no_purchase_by_the_seller() -> None:
    text = (
        "Die Trelleborn Energie AG hat beschlossen, alle Anteile an der Falkensee Netz GmbH "
        "an die Norderwerk GmbH zu veräußern."
    )
    assert _deals(text, "de") == {("Norderwerk GmbH", "Falkensee Netz GmbH")}


def test_sold_subsidiaries_in_a_list() -> None:
    text = "Bayer has agreed to sell its subsidiaries Novaderm AG and Calenta SA to Pritchard Health."
    assert _deals(text) == {("Pritchard Health", "Novaderm AG"), ("Pritchard Health", "Calenta SA")}


def test_a_name_read_as_a_person_once_can_still_be_a_company() -> None:
    text = (
        "Aus Conrad Caine wird Possible.\n\n"
        "Der Werbegigant Orvato schnappt sich die deutsche Digitalagentur Conrad Caine."
    )
    assert ("Orvato", "Conrad Caine") in _deals(text, "de")


def test_a_name_inside_a_compound_noun_buys_nothing() -> None:
    text = "Rund 14 Prozent der Halden-Aktien haben Piet Aalders und seine Familie bereits erworben."
    assert _deals(text, "de") == set()


def test_a_second_verb_after_and_keeps_the_first_subject() -> None:
    text = "Orbital Dynamics sold Lumen Forge to Kestrel Ventures in May and invested $50m in Tarnwood."
    events = extract_document(Document("a", text, lang="en"))["events"]
    invested = {(e["roles"]["investor"], e["roles"]["investee"]) for e in events if e["type"] == "investment"}
    assert invested == {("Orbital Dynamics", "Tarnwood")}


def test_a_name_inside_a_closed_relative_clause_is_no_later_subject() -> None:
    text = (
        "Orbital Dynamics, which bought security firm Lumen Forge in 2022, said on Monday it would "
        "acquire Kestrel Labs for $1.2 billion."
    )
    assert _deals(text) == {("Orbital Dynamics", "Lumen Forge"), ("Orbital Dynamics", "Kestrel Labs")}


def test_said_it_would_refers_to_the_one_speaking() -> None:
    text = (
        "Earlier this year, Orbital Dynamics said it would buy Lumen Forge. Kestrel Labs declined to comment."
    )
    assert _deals(text) == {("Orbital Dynamics", "Lumen Forge")}


def test_a_german_relative_clause_subject_and_object() -> None:
    text = (
        "Der Spielwarenhersteller Halden, der 2021 den Puzzlehersteller Legewerk übernommen hatte, "
        "steigt nun mit 30 Prozent beim Verlag Tarnwood ein."
    )
    events = extract_document(Document("a", text, lang="de", published="2025-03-05"))["events"]
    found = {(e["type"], *e["roles"].values(), e["status"]) for e in events}
    assert ("acquisition", "Halden", "Legewerk", "completed") in found
    assert any(f[0] in ("investment", "acquisition") and f[1:3] == ("Halden", "Tarnwood") for f in found)


def test_a_person_selling_in_a_relative_clause() -> None:
    text = (
        "Piet Aalders, der sein Start-up Legewerk 2023 an den Zahlungsdienstleister Halden verkauft hatte, "
        "investiert nun in das Proptech Tarnwood."
    )
    events = extract_document(Document("a", text, lang="de", published="2025-03-05"))["events"]
    sale = next(e for e in events if e["type"] == "acquisition")
    assert (sale["roles"]["acquirer"], sale["roles"]["target"], sale["status"]) == (
        "Halden",
        "Legewerk",
        "completed",
    )


def test_an_article_after_a_comma_opens_no_relative_clause() -> None:
    text = (
        "Im Brief an die Aktionäre schreibt Vorstandschef Piet Aalders, die Halden Holding habe 2024 ihre "
        "Beteiligung an der Solarfirma Legewerk an den Versorger Tarnwood verkauft."
    )
    assert ("Tarnwood", "Halden Holding") not in _deals(text, "de")


def test_a_described_relative_clause_and_the_main_clause() -> None:
    text = (
        "Orbital Foods, the snack maker that bought Lumen Brands in 2020, agreed on Wednesday to acquire "
        "cereal company Kestrel for $780 million."
    )
    events = extract_document(Document("a", text, lang="en", published="2025-03-05"))["events"]
    assert {(e["roles"]["acquirer"], e["roles"]["target"], e["status"]) for e in events} == {
        ("Orbital Foods", "Lumen Brands", "completed"),
        ("Orbital Foods", "Kestrel", "announced"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Die Nordsee Assekuranz hat Ines Varga bestellt. Sie übernimmt das Finanzressort von Piet Aalders.",
        "1974 hat Piet Aalders das Traineramt von Ines Varga übernommen.",
    ],
)
def test_taking_over_a_post_is_no_acquisition(text: str) -> None:
    assert _deals(text, "de") == set()


def test_a_partner_named_before_the_deal_noun() -> None:
    text = "Tessaro said it had terminated discussions with Corvin Books about a potential joint venture."
    events = extract_document(Document("m", text, lang="en"))["events"]
    assert [(sorted(e["roles"]["parties"]), e["status"]) for e in events] == [
        (["Corvin Books", "Tessaro"], "failed")
    ]
