"""A deal told in the ways news tells it, in English and German: roles and status each time."""

from __future__ import annotations

import pytest

from dealgraph.model import Document
from dealgraph.pipeline import extract_document

BUYER, TARGET = "Orbital Dynamics", "Lumen Forge"

CASES = [
    (
        "en",
        "Orbital Dynamics is in advanced talks to acquire Lumen Forge, people familiar with it said.",
        "in_talks",
    ),
    ("en", "Orbital Dynamics said on Monday it would buy Lumen Forge for $2.1 billion in cash.", "announced"),
    ("en", "Lumen Forge rejected a $5 billion takeover bid from Orbital Dynamics.", "failed"),
    (
        "en",
        "The board of software maker Lumen Forge rejected a takeover approach from Orbital Dynamics.",
        "failed",
    ),
    (
        "en",
        "Orbital Dynamics walked away from its deal to buy Lumen Forge after regulators raised concerns.",
        "failed",
    ),
    ("en", "Orbital Dynamics denied a report that it was in talks to buy Lumen Forge.", "denied"),
    ("en", "Orbital Dynamics completed its acquisition of Lumen Forge on Friday.", "completed"),
    ("de", "Orbital Dynamics hat die Übernahme von Lumen Forge abgeschlossen.", "completed"),
    ("de", "Lumen Forge hat ein Übernahmeangebot von Orbital Dynamics abgelehnt.", "failed"),
    ("de", "Berichten zufolge verhandelt Orbital Dynamics über eine Übernahme von Lumen Forge.", "in_talks"),
    ("de", "Orbital Dynamics dementiert Gerüchte über eine Übernahme von Lumen Forge.", "denied"),
    ("en", "Orbital Dynamics (NYSE: ORBD) agreed to buy Lumen Forge.", "announced"),
    ("en", "Orbital Dynamics is nearing a deal to acquire Lumen Forge for $2 billion.", "in_talks"),
    ("en", "Orbital Dynamics is acquiring notes app Lumen Forge, TechCrunch has learned.", "announced"),
    (
        "de",
        "Wie Halvik am Dienstag mitteilte, übernimmt Orbital Dynamics die Tochter Lumen Forge.",
        "announced",
    ),
    ("de", "Nachdem Halvik zugestimmt hatte, kaufte Orbital Dynamics die Firma Lumen Forge.", "completed"),
]


@pytest.mark.parametrize("lang, text, status", CASES)
def test_one_acquisition_with_buyer_target_and_status(lang: str, text: str, status: str) -> None:
    result = extract_document(Document("n", text, lang=lang, published="2025-03-05"))
    deals = [e for e in result["events"] if e["type"] == "acquisition"]
    assert len(deals) == 1, result["events"]
    assert deals[0]["roles"] == {"acquirer": BUYER, "target": TARGET}
    assert deals[0]["status"] == status


def test_failed_merger_in_german() -> None:
    text = "Die geplante Fusion von Orbital Dynamics und Lumen Forge ist gescheitert."
    (event,) = extract_document(Document("m", text, lang="de"))["events"]
    assert event["type"] == "merger" and event["status"] == "failed"
    assert sorted(event["roles"]["parties"]) == sorted([BUYER, TARGET])


@pytest.mark.parametrize(
    "text, status",
    [
        ("Orbital Dynamics and Lumen Forge said on Monday that they had agreed to merge.", "announced"),
        (
            "Orbital Dynamics (NYSE: ORBD) and Lumen Forge agreed to combine in an all-stock deal.",
            "announced",
        ),
        ("Orbital Dynamics and Lumen Forge denied a report that they had held merger talks.", "denied"),
        (
            "Telecom equipment makers Orbital Dynamics and Lumen Forge abandoned their planned merger.",
            "failed",
        ),
    ],
)
def test_the_parties_of_a_merger_named_before_a_bracket_or_a_pronoun(text: str, status: str) -> None:
    (event,) = extract_document(Document("m", text, lang="en", published="2025-03-05"))["events"]
    assert event["type"] == "merger" and event["status"] == status
    assert sorted(event["roles"]["parties"]) == sorted([BUYER, TARGET])


def test_buying_notes_is_no_acquisition() -> None:
    text = "Orbital Dynamics bought notes of Lumen Forge worth $20 million."
    assert extract_document(Document("n", text, lang="en"))["events"] == []


def test_a_rating_raised_to_buy_is_no_acquisition_in_german() -> None:
    text = "Die Analysten von Halvik Research haben Lumen Forge von Halten auf Kaufen hochgestuft."
    assert extract_document(Document("n", text, lang="de"))["events"] == []


def test_buying_all_of_a_company_s_shares_is_buying_the_company() -> None:
    text = "Orbital Dynamics will acquire all outstanding Lumen Forge shares for $38.50 apiece."
    deals = [
        e for e in extract_document(Document("n", text, lang="en"))["events"] if e["type"] == "acquisition"
    ]
    assert [(d["roles"]["acquirer"], d["roles"]["target"]) for d in deals] == [(BUYER, TARGET)]
    text = "Orbital Dynamics bought two million Lumen Forge shares last week."
    assert extract_document(Document("n", text, lang="en"))["events"] == []


def test_a_round_led_by_an_investor_is_raised_by_the_company_that_tells_of_it() -> None:
    text = "Lumen Forge said on Monday that Orbital Ventures had led a $95m financing round."
    deals = [
        e for e in extract_document(Document("n", text, lang="en"))["events"] if e["type"] == "investment"
    ]
    assert [(d["roles"]["investor"], d["roles"]["investee"]) for d in deals] == [("Orbital Ventures", TARGET)]


def test_talks_with_a_partner_about_its_offer_make_the_partner_the_bidder() -> None:
    text = "Lumen Forge said it was in talks with Orbital Dynamics about a possible alternative offer."
    deals = [
        e for e in extract_document(Document("n", text, lang="en"))["events"] if e["type"] == "acquisition"
    ]
    assert [(d["roles"]["acquirer"], d["roles"]["target"], d["status"]) for d in deals] == [
        (BUYER, TARGET, "in_talks")
    ]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Upon completion, Lumen Forge will become a wholly owned subsidiary of Orbital Dynamics.",
            "announced",
        ),
        ("Lumen Forge is now a wholly owned subsidiary of Orbital Dynamics.", "completed"),
    ],
)
def test_becoming_a_wholly_owned_subsidiary_is_being_bought(text: str, status: str) -> None:
    deals = [
        e for e in extract_document(Document("n", text, lang="en"))["events"] if e["type"] == "acquisition"
    ]
    assert [(d["roles"]["acquirer"], d["roles"]["target"], d["status"]) for d in deals] == [
        (BUYER, TARGET, status)
    ]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Mit dem Vollzug wird die Lumen Forge AG eine hundertprozentige Tochter der Orbital Dynamics.",
            "announced",
        ),
        ("Die Lumen Forge AG ist nun eine hundertprozentige Tochter der Orbital Dynamics.", "completed"),
    ],
)
def test_becoming_a_german_wholly_owned_subsidiary_is_being_bought(text: str, status: str) -> None:
    deals = [
        e for e in extract_document(Document("n", text, lang="de"))["events"] if e["type"] == "acquisition"
    ]
    assert [(d["roles"]["acquirer"], d["roles"]["target"], d["status"]) for d in deals] == [
        (BUYER, "Lumen Forge AG", status)
    ]


def test_a_subsidiary_without_a_change_is_no_deal() -> None:
    text = "Lumen Forge is a wholly owned subsidiary of Orbital Dynamics."
    assert extract_document(Document("n", text, lang="en"))["events"] == []


def test_funding_round_names_every_investor() -> None:
    text = "Lumen Forge raised $300 million from Orbital Dynamics and Kestrel Ventures."
    events = extract_document(Document("r", text, lang="en"))["events"]
    assert {(e["roles"]["investor"], e["roles"]["investee"]) for e in events} == {
        (BUYER, TARGET),
        ("Kestrel Ventures", TARGET),
    }


def test_leaving_to_join_gives_departure_and_hire() -> None:
    text = "Tomas Berger left Lumen Forge to join Orbital Dynamics as chief technology officer."
    events = extract_document(Document("h", text, lang="en"))["events"]
    kinds = {(e["type"], e["roles"]["person"], e["roles"]["org"]) for e in events}
    assert ("departure", "Tomas Berger", TARGET) in kinds
    assert ("hire", "Tomas Berger", BUYER) in kinds


def test_target_rejecting_a_takeover_by_a_bidder_in_german() -> None:
    text = "Die Lumen Forge AG lehnt die Übernahme durch die Orbital Dynamics SE ab."
    (event,) = extract_document(Document("r", text, lang="de"))["events"]
    assert event["roles"] == {"acquirer": "Orbital Dynamics SE", "target": "Lumen Forge AG"}
    assert event["status"] == "failed"


def test_someone_leaving_is_announced_not_done() -> None:
    text = "Lumen Forge's chief technology officer Tomas Berger is leaving the company, he said."
    events = extract_document(Document("l", text, lang="en"))["events"]
    (departure,) = [e for e in events if e["type"] == "departure"]
    assert departure["roles"]["person"] == "Tomas Berger" and departure["status"] == "announced"


def test_hyphenated_title_gives_a_position_and_the_news_source_is_no_party() -> None:
    text = (
        "Orbital Dynamics has hired Priya Raman, a co-founder of Kestrel Robotics, "
        "and is in talks to buy Lumen Forge, Harbor News reported."
    )
    events = extract_document(Document("p", text, lang="en"))["events"]
    assert any(
        e["type"] == "position" and e["roles"] == {"person": "Priya Raman", "org": "Kestrel Robotics"}
        for e in events
    )
    targets = {e["roles"]["target"] for e in events if e["type"] == "acquisition"}
    assert targets == {TARGET}


@pytest.mark.parametrize(
    "lang, text, status",
    [
        (
            "en",
            "Orbital Dynamics has agreed to sell Lumen Forge to Kestrel Ventures for $400 million.",
            "announced",
        ),
        ("en", "Orbital Dynamics sold Lumen Forge to Kestrel Ventures in 2019.", "completed"),
        # a country before the trade noun ("US" as "U.S.")
        (
            "en",
            "Orbital Dynamics agreed to sell Lumen Forge to US locker operator Kestrel Ventures.",
            "announced",
        ),
        ("de", "Orbital Dynamics verkauft die Tochter Lumen Forge an Kestrel Ventures.", "announced"),
        (
            "en",
            "Orbital Dynamics agreed to sell its grid software unit, Lumen Forge, to U.S. buyout firm "
            "Kestrel Ventures.",
            "announced",
        ),
        (
            "en",
            "Orbital Dynamics completed the sale of its grid software unit, Lumen Forge, to "
            "Kestrel Ventures.",
            "completed",
        ),
        ("de", "Orbital Dynamics gibt seine Softwaresparte Lumen Forge an Kestrel Ventures ab.", "announced"),
        (
            "de",
            "Der Verkauf der Softwaresparte Lumen Forge von Orbital Dynamics an Kestrel Ventures "
            "ist abgeschlossen.",
            "completed",
        ),
    ],
)
def test_a_sale_names_buyer_target_and_seller(lang: str, text: str, status: str) -> None:
    (event,) = extract_document(Document("s", text, lang=lang, published="2025-03-05"))["events"]
    assert event["roles"] == {"acquirer": "Kestrel Ventures", "target": TARGET, "seller": BUYER}
    assert event["status"] == status


def test_selling_without_a_buyer_is_no_acquisition() -> None:
    text = "Orbital Dynamics is selling shares to investors."
    assert extract_document(Document("x", text, lang="en"))["events"] == []


@pytest.mark.parametrize(
    "lang, text, seller",
    [
        # a seller that is no company (a town council) still sells
        ("en", "Councillors in Redford voted to sell bus operator Lumen Forge to Kestrel Ventures.", None),
        # a German subject after its verb, behind a fronted clause, is the seller
        (
            "de",
            "Um die Behörden zu beruhigen, verkauft Orbital Dynamics die Sparte Lumen Forge an "
            "Kestrel Ventures.",
            BUYER,
        ),
    ],
)
def test_a_sale_whose_seller_is_no_name_or_follows_the_verb(lang: str, text: str, seller: str | None) -> None:
    (event,) = extract_document(Document("s", text, lang=lang, published="2025-03-05"))["events"]
    expected = {"acquirer": "Kestrel Ventures", "target": TARGET} | ({"seller": seller} if seller else {})
    assert event["roles"] == expected


@pytest.mark.parametrize(
    "lang, text, pair",
    [
        # a share of nothing named is a share of the seller
        ("en", "Lumen Forge has agreed to sell a 60 per cent stake to buyout firm Kestrel Ventures.", True),
        ("de", "Lumen Forge verkauft 40 Prozent an den Versorger Kestrel Ventures.", True),
        # a stake word before "an" names what the stake is in, and that is not the buyer
        (
            "de",
            "Lumen Forge verkauft seine Beteiligung von 20 Prozent an der Netzgesellschaft Halmer an den "
            "Infrastrukturfonds Kestrel Ventures.",
            False,
        ),
    ],
)
def test_a_share_of_the_seller_itself(lang: str, text: str, pair: bool) -> None:
    found = _found(text, lang, "acquisition", "acquirer", "target")
    assert (("Kestrel Ventures", TARGET) in found) is pair
    assert ("Halmer", TARGET) not in found


def test_the_owner_in_a_possessive_is_not_what_is_sold() -> None:
    text = (
        "Halmer Invest verkauft seine Mehrheit an der Plattform Lumen Forge an den Konzern Kestrel Ventures."
    )
    found = _found(text, "de", "acquisition", "acquirer", "target")
    assert found == {("Kestrel Ventures", TARGET)}


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Orbital Dynamics has found a buyer for its unit Lumen Forge. The new owner is Kestrel Ventures.",
        ),
        (
            "de",
            "Die Familie Halmer hat für ihr Unternehmen, den Werkzeugbauer Lumen Forge, einen Käufer "
            "gefunden. Neuer Eigentümer wird Kestrel Ventures.",
        ),
    ],
)
def test_a_buyer_found_and_named_in_the_next_sentence(lang: str, text: str) -> None:
    assert _found(text, lang, "acquisition", "acquirer", "target") == {("Kestrel Ventures", TARGET)}


@pytest.mark.parametrize(
    "text",
    ["Die Stadtwerke Halmer übernehmen Lumen Forge.", "Die Stadtwerke Halmer steigen bei Lumen Forge ein."],
)
def test_a_plural_subject_in_the_present_tells_news_of_a_deal(text: str) -> None:
    (event,) = extract_document(Document("p", text, lang="de", published="2025-03-05"))["events"]
    assert (event["roles"], event["status"]) in (
        ({"acquirer": "Stadtwerke Halmer", "target": TARGET}, "announced"),
        ({"investor": "Stadtwerke Halmer", "investee": TARGET}, "announced"),
    )


def test_companies_joined_by_and_buy_together() -> None:
    text = (
        "Gemeinsam übernehmen Orbital Dynamics und die Halmer-Tochter Kestrel Ventures den Hersteller "
        "Lumen Forge."
    )
    found = _found(text, "de", "acquisition", "acquirer", "target")
    assert found == {(BUYER, TARGET), ("Kestrel Ventures", TARGET)}
    # two clauses joined by "and" are two deals, not one with two buyers
    text = "Orbital Dynamics acquired Halmer in 1999, and Kestrel Ventures purchased Lumen Forge in 2010."
    found = _found(text, "en", "acquisition", "acquirer", "target")
    assert found == {(BUYER, "Halmer"), ("Kestrel Ventures", TARGET)}


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Orbital Dynamics took a stake in Lumen Forge. Both companies also signed a partnership."),
        (
            "de",
            "Orbital Dynamics beteiligt sich an Lumen Forge. Zugleich vereinbarten beide Unternehmen eine "
            "Vertriebspartnerschaft.",
        ),
    ],
)
def test_both_companies_are_the_pair_named_before(lang: str, text: str) -> None:
    assert _found(text, lang, "partnership", "parties") == {(str([BUYER, TARGET]),)}


def test_a_brand_with_an_apostrophe_is_bought_whatever_its_relative_clause_says() -> None:
    text = "Orbital Dynamics is considering an offer for the chain Lumen's, which operates 54 stores."
    assert _found(text, "en", "acquisition", "acquirer", "target") == {(BUYER, "Lumen")}


def test_the_paper_a_sale_is_reported_by_is_no_buyer() -> None:
    text = (
        "It is trying to sell Lumen Forge and has held talks with Kestrel Ventures, according to Tagesblick."
    )
    assert extract_document(Document("x", text, lang="en"))["events"] == []


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Orbital Dynamics has closed the sale of its wind portfolio to Kestrel Ventures."),
        ("de", "Orbital Dynamics hat den Verkauf seiner Windparks an Kestrel Ventures abgeschlossen."),
        # a deal word naming a department in a title is no deal
        ("en", "Ana Ruiz, the former purchasing chief at Orbital Dynamics, joined the board of a charity."),
    ],
)
def test_no_company_is_sold(lang: str, text: str) -> None:
    assert extract_document(Document("x", text, lang=lang))["events"] == []


def test_interest_in_a_takeover_of_a_trade_noun_after_a_regional_adjective() -> None:
    text = "Orbital Dynamics ist an einer Übernahme des Eifeler Werkzeugbauers Lumen Forge interessiert."
    assert _found(text, "de", "acquisition", "acquirer", "target") == {(BUYER, TARGET)}


def test_a_german_apposition_after_a_comma_is_no_relative_clause() -> None:
    text = "Die Familienholding, die Orbital Dynamics, steigt beim Start-up Lumen Forge ein."
    assert _found(text, "de", "investment", "investor", "investee") == {(BUYER, TARGET)}


def test_the_investors_of_a_round_are_not_sought_past_a_semicolon() -> None:
    text = "Lumen Forge closed a €9m seed round led by Plural; Halden Cover was acquired by Kestrel Ventures."
    found = _found(text, "en", "investment", "investor", "investee")
    assert ("Kestrel Ventures", "Lumen Forge") not in found
    assert ("Plural", "Lumen Forge") in found


def test_a_partner_named_after_a_place_that_opens_its_name() -> None:
    text = "Orbital Dynamics verkauft seine Beteiligung an den Partner Peru Copper Minerals."
    assert extract_document(Document("x", text, lang="de"))["events"] == []


@pytest.mark.parametrize(
    "lang, text, status",
    [
        ("de", "Orbital Dynamics bietet fünf Milliarden Euro für Lumen Forge.", "in_talks"),
        (
            "en",
            "Orbital Dynamics made a $5 billion offer for Lumen Forge, which the board rejected.",
            "failed",
        ),
        (
            "en",
            "Orbital Dynamics is considering a bid for Lumen Forge, people familiar with the matter said.",
            "rumored",
        ),
        ("en", "Orbital Dynamics said it has no plans to acquire Lumen Forge.", "denied"),
        (
            "de",
            "Der Vorstand von Lumen Forge hat das Übernahmeangebot von Orbital Dynamics als zu niedrig "
            "zurückgewiesen.",
            "failed",
        ),
        ("de", "Orbital Dynamics erwägt Insidern zufolge ein Gebot für Lumen Forge.", "rumored"),
        ("de", "Orbital Dynamics will Lumen Forge übernehmen.", "announced"),
        (
            "de",
            "Nach Angaben der Zeitung will Orbital Dynamics den Hersteller Lumen Forge kaufen.",
            "rumored",
        ),
        (
            "de",
            "Das Bundeskartellamt untersagt die Übernahme von Lumen Forge durch Orbital Dynamics.",
            "failed",
        ),
    ],
)
def test_offers_and_their_fate(lang: str, text: str, status: str) -> None:
    deals = [
        e for e in extract_document(Document("o", text, lang=lang))["events"] if e["type"] == "acquisition"
    ]
    assert [(d["roles"]["acquirer"], d["roles"]["target"], d["status"]) for d in deals] == [
        (BUYER, TARGET, status)
    ]


def test_offering_a_product_for_a_company_is_no_takeover_offer() -> None:
    text = "Orbital Dynamics offered unlimited data plans for Lumen Forge customers."
    assert not [
        e for e in extract_document(Document("p", text, lang="en"))["events"] if e["type"] == "acquisition"
    ]


def _investors(text: str, lang: str) -> set[tuple[str, str, str]]:
    events = extract_document(Document("r", text, lang=lang, published="2025-03-05"))["events"]
    return {
        (e["roles"]["investor"], e["roles"]["investee"], e["status"])
        for e in events
        if e["type"] == "investment"
    }


def _found(text: str, lang: str, etype: str, *roles: str) -> set[tuple[str, ...]]:
    """The named roles (and ``status`` when asked for) of the events of one type."""
    events = extract_document(Document("n", text, lang=lang, published="2025-03-05"))["events"]
    return {
        tuple(e["status"] if role == "status" else str(e["roles"][role]) for role in roles)
        for e in events
        if e["type"] == etype
    }


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Payroll startup Kestrelpay has raised $30 million in a Series B round. The round was led by "
            "Harbor Lane Ventures, with participation from Quillfield Capital. The money goes to hiring.",
        ),
        (
            "en",
            "Kestrelpay, a payroll startup, has closed a $30 million round. Harbor Lane Ventures led the "
            "round, and Quillfield Capital also took part.",
        ),
        (
            "de",
            "Das Kölner Start-up Kestrelpay hat 30 Millionen Euro eingesammelt. Angeführt wurde die Runde "
            "von Harbor Lane Ventures, auch Quillfield Capital beteiligte sich.",
        ),
        (
            "de",
            "Das Kölner Start-up Kestrelpay hat 30 Millionen Euro eingesammelt. Neu eingestiegen ist der "
            "Geldgeber Harbor Lane Ventures; zudem erhöhte Quillfield Capital sein Engagement.",
        ),
        (
            "en",
            "Kestrelpay has closed a $30 million Series B (led by Harbor Lane Ventures). Orvex's fund "
            "Quillfield Capital also took part.",
        ),
    ],
)
def test_the_investors_of_a_round_named_in_the_next_sentence(lang: str, text: str) -> None:
    assert _investors(text, lang) == {
        ("Harbor Lane Ventures", "Kestrelpay", "completed"),
        ("Quillfield Capital", "Kestrelpay", "completed"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Halden Soft said sales rose, helped by Kaltmoor, the payroll-software maker it bought in 2019.",
        "Halden Soft said the integration of Kaltmoor, the clinical AI company it bought in 2019, went well.",
    ],
)
def test_a_company_described_as_the_one_the_subject_bought(text: str) -> None:
    events = extract_document(Document("d", text, lang="en"))["events"]
    assert [(e["roles"]["acquirer"], e["roles"]["target"]) for e in events if e["type"] == "acquisition"] == [
        ("Halden Soft", "Kaltmoor")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Die Halden AG hat sich mit 40 Prozent an der Kaltmoor GmbH beteiligt.",
            [("Halden AG", "Kaltmoor GmbH")],
        ),
        ("Bisher war die Halden AG zu 51 Prozent an der Kaltmoor GmbH beteiligt.", []),  # a holding, no deal
    ],
)
def test_a_german_stake_taken_in_the_perfect(text: str, expected: list[tuple[str, str]]) -> None:
    events = extract_document(Document("d", text, lang="de"))["events"]
    assert [
        (e["roles"]["investor"], e["roles"]["investee"]) for e in events if e["type"] == "investment"
    ] == expected


def test_a_partner_in_talks_to_lead_the_round_would_invest() -> None:
    text = (
        "Kestrelpay is in talks to raise new funding, with Harbor Lane Ventures in discussions to lead "
        "the round, people familiar with the matter said."
    )
    assert _investors(text, "en") == {("Harbor Lane Ventures", "Kestrelpay", "in_talks")}


def test_a_later_sentence_without_round_words_names_no_investor() -> None:
    text = (
        "Payroll startup Kestrelpay has raised $30 million in a Series B round. "
        "Its software competes with Quillfield Capital's payroll unit."
    )
    assert _investors(text, "en") == set()


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Harbor Lane Ventures led a $20 million round in payroll startup Kestrelpay.",
            ("Harbor Lane Ventures", "Kestrelpay"),
        ),
        (
            "de",
            "Der Investor Harbor Lane führt eine 20-Millionen-Runde bei dem Start-up Kestrelpay an.",
            ("Harbor Lane", "Kestrelpay"),
        ),
        (
            "de",
            "Das Start-up Kestrelpay erhält 20 Millionen Euro vom Investor Harbor Lane.",
            ("Harbor Lane", "Kestrelpay"),
        ),
    ],
)
def test_a_round_led_in_a_company(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert {i[:2] for i in _investors(text, lang)} == {expected}


def test_a_round_of_talks_is_no_funding() -> None:
    assert _investors("The first round of talks with Halden Motors ended on Friday.", "en") == set()


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Orbital Dynamics is exploring a sale of its robotics unit Lumen Forge. "
            "Potential bidders include Kestrel Capital and Tarnwood Partners, people familiar said.",
        ),
        (
            "de",
            "Orbital Dynamics prüft einen Verkauf seiner Sparte Lumen Forge. Als mögliche Interessenten "
            "gelten die Finanzinvestoren Kestrel Capital und Tarnwood Partners.",
        ),
    ],
)
def test_bidders_named_after_a_sale_is_considered(lang: str, text: str) -> None:
    events = extract_document(Document("s", text, lang=lang))["events"]
    assert {(e["roles"]["acquirer"], e["roles"]["target"], e["status"]) for e in events} == {
        ("Kestrel Capital", "Lumen Forge", "rumored"),
        ("Tarnwood Partners", "Lumen Forge", "rumored"),
    }


def test_bidders_without_a_sale_before_buy_nothing() -> None:
    text = "Orbital Dynamics reported higher sales. Potential bidders include Kestrel Capital."
    assert extract_document(Document("s", text, lang="en"))["events"] == []


def test_a_list_after_a_colon_names_every_target() -> None:
    text = "Orbital Dynamics has acquired three firms this year: Lumen Forge, Kestrel Labs and Tarnwood."
    events = extract_document(Document("c", text, lang="en"))["events"]
    assert {e["roles"]["target"] for e in events if e["type"] == "acquisition"} == {
        "Lumen Forge",
        "Kestrel Labs",
        "Tarnwood",
    }


def test_a_compound_before_a_round_names_no_investor() -> None:
    text = (
        "Das Start-up Kestrelpay hat 20 Millionen Euro eingesammelt. "
        "Die Series-B-Runde wurde von Harbor Lane Ventures angeführt."
    )
    assert _investors(text, "de") == {("Harbor Lane Ventures", "Kestrelpay", "completed")}


def test_suitors_of_a_company_exploring_a_sale() -> None:
    text = "Pellfield is exploring a sale and has drawn interest from Halden Capital and Corvin Partners."
    events = extract_document(Document("s", text, lang="en"))["events"]
    assert {(e["roles"]["acquirer"], e["roles"]["target"], e["status"]) for e in events} == {
        ("Halden Capital", "Pellfield", "rumored"),
        ("Corvin Partners", "Pellfield", "rumored"),
    }


def test_interest_without_a_sale_is_no_bid() -> None:
    text = "Pellfield saw strong interest from Halden Capital in its new bond."
    assert extract_document(Document("s", text, lang="en"))["events"] == []


@pytest.mark.parametrize(
    "text, etype, pair, status",
    [
        (
            "Der Autobauer Halden soll Interesse an dem Zulieferer Kordelwerk haben.",
            "acquisition",
            ("Halden", "Kordelwerk"),
            "rumored",
        ),
        (
            "Insidern zufolge hat Halden ein Auge auf den Zulieferer Kordelwerk geworfen.",
            "acquisition",
            ("Halden", "Kordelwerk"),
            "rumored",
        ),
        (
            "Die Staatsbank KfW soll beim Radarhersteller Peilwerk einsteigen.",
            "investment",
            ("KfW", "Peilwerk"),
            "rumored",
        ),
        (
            "Die Halden Group hat ihren Anteil am Spieleentwickler Pixelhain auf 75 Prozent aufgestockt.",
            "acquisition",
            ("Halden Group", "Pixelhain"),
            "completed",
        ),
    ],
)
def test_german_interest_entry_and_stakes(text: str, etype: str, pair: tuple[str, str], status: str) -> None:
    events = extract_document(Document("g", text, lang="de"))["events"]
    roles = ("acquirer", "target") if etype == "acquisition" else ("investor", "investee")
    assert [
        ((e["roles"][roles[0]], e["roles"][roles[1]]), e["status"]) for e in events if e["type"] == etype
    ] == [(pair, status)]


def test_interest_in_a_share_is_no_bid() -> None:
    text = "Die Anleger zeigten großes Interesse an der Aktie von Halden."
    assert extract_document(Document("g", text, lang="de"))["events"] == []


def test_the_outlet_that_saw_a_term_sheet_is_no_investor() -> None:
    text = (
        "Kestrelpay is raising $60 million in a round led by Harbor Lane Ventures, "
        "according to a term sheet seen by Axios."
    )
    assert {i[0] for i in _investors(text, "en")} == {"Harbor Lane Ventures"}


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Halden Telecom sold its 25% holding in tower operator Corvin Masts to pension fund "
            "Tarnwood Partners.",
            ("Tarnwood Partners", "Corvin Masts", "Halden Telecom"),
        ),
        (
            "de",
            "Der Finanzinvestor Halden Capital hat seine Mehrheitsbeteiligung am Fahrradhersteller Corvin "
            "an den Konkurrenten Tarnwood verkauft.",
            ("Tarnwood", "Corvin", "Halden Capital"),
        ),
    ],
)
def test_selling_a_stake_names_the_company_it_is_in(
    lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    events = extract_document(Document("s", text, lang=lang))["events"]
    sales = {(e["roles"]["acquirer"], e["roles"]["target"], e["roles"].get("seller")) for e in events}
    assert expected in sales


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Emberline said it had raised €18 million. Backers include Paris-based Galion Capital."),
        (
            "de",
            "Das Start-up Emberline hat 120 Millionen Euro eingesammelt. Zu den Geldgebern gehören der "
            "US-Investor Redwood Crest und der Rüstungskonzern Galion Capital.",
        ),
    ],
)
def test_backers_named_after_a_round(lang: str, text: str) -> None:
    found = _investors(text, lang)
    assert {f[:2] for f in found} >= {("Galion Capital", "Emberline")}
    assert not {f[0] for f in found} & {"Backers", "Redwood", "Crest"}


def test_a_genitive_merger_with_a_partner_in_german() -> None:
    text = "Die Fusion der Volksbank Halden mit der Raiffeisenbank Corvin ist vollzogen."
    events = extract_document(Document("m", text, lang="de"))["events"]
    assert [(e["type"], set(e["roles"]["parties"]), e["status"]) for e in events] == [
        ("merger", {"Volksbank Halden", "Raiffeisenbank Corvin"}, "completed")
    ]


def test_a_regulator_blocking_a_merger_is_no_party() -> None:
    text = "The European Commission blocked the planned merger of rail-signalling makers Halden and Corvin."
    events = extract_document(Document("m", text, lang="en"))["events"]
    assert [(set(e["roles"]["parties"]), e["status"]) for e in events] == [({"Halden", "Corvin"}, "failed")]


def test_paying_for_a_company_buys_it() -> None:
    text = "Halden Drogerie said on Thursday it would pay €520 million for Corvin24, subject to approval."
    events = extract_document(Document("p", text, lang="en"))["events"]
    assert [(e["roles"]["acquirer"], e["roles"]["target"]) for e in events] == [
        ("Halden Drogerie", "Corvin24")
    ]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Halden Loop is in talks to raise new funding, with growth investor Corvin Growth expected to "
            "lead the round, people familiar with the discussions said.",
            {("Corvin Growth", "Halden Loop", "in_talks")},
        ),
        (
            "de",
            "Die Gespräche zwischen dem Lidar-Hersteller Halden und dem Investor Corvin Capital über eine "
            "Minderheitsbeteiligung sind geplatzt.",
            {("Corvin Capital", "Halden", "failed")},
        ),
    ],
)
def test_who_funds_whom_in_talks(lang: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _investors(text, lang) == expected


def test_an_old_name_plays_no_role() -> None:
    text = "Corvin, formerly known as Halden Data, has been acquired by Tarnwood Group, the company said."
    events = extract_document(Document("a", text, lang="en"))["events"]
    assert [(e["roles"]["acquirer"], e["roles"]["target"]) for e in events] == [("Tarnwood Group", "Corvin")]


def test_an_investment_offer_rejected() -> None:
    text = "Halden's board rejected a $250 million investment offer from Corvin Capital."
    assert _investors(text, "en") == {("Corvin Capital", "Halden", "failed")}


def test_two_companies_negotiating_a_merger() -> None:
    text = "Halden Telekom and Corvin Connect have entered exclusive negotiations over a merger."
    events = extract_document(Document("m", text, lang="en"))["events"]
    assert [(e["type"], set(e["roles"]["parties"]), e["status"]) for e in events] == [
        ("merger", {"Halden Telekom", "Corvin Connect"}, "in_talks")
    ]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("de", "„Eine Kooperation mit Halden oder Corvin ist kein Thema“, sagte die Chefin von Ostwerk."),
        ("en", "A partnership with Halden or Corvin is not on the table, the Ostwerk chief said."),
    ],
)
def test_partners_named_as_alternatives_are_no_pair(lang: str, text: str) -> None:
    events = extract_document(Document("m", text, lang=lang))["events"]
    assert not [e for e in events if set(e["roles"].get("parties", ())) == {"Halden", "Corvin"}]


@pytest.mark.parametrize(
    "text, status",
    [
        ("Halden Capital's hostile bid for Corvin Chemicals lapsed on Friday.", "failed"),
        ("Halden Peak is weighing a bid for a minority stake in telecom operator Corvin.", "rumored"),
    ],
)
def test_bids_that_lapse_or_are_weighed(text: str, status: str) -> None:
    events = extract_document(Document("b", text, lang="en"))["events"]
    assert [e["status"] for e in events] == [status]


def test_investors_named_after_a_round_share_its_status() -> None:
    text = (
        "Das Berliner Start-up Halden hat 60 Millionen Euro eingesammelt. Angeführt wird die "
        "Finanzierungsrunde vom Fonds Corvin Deep Tech, außerdem beteiligt sich der Chipkonzern Tarnwood."
    )
    assert _investors(text, "de") == {
        ("Corvin Deep Tech", "Halden", "completed"),
        ("Tarnwood", "Halden", "completed"),
    }


def test_an_existing_investor_in_the_list_of_a_round_is_one_of_its_investors() -> None:
    text = (
        "Halden has raised $210 million in a round led by Corvin Capital, with participation "
        "from Ostwerk Ventures, existing investor Tarnwood and the Lindqvist Fund."
    )
    assert _investors(text, "en") == {
        (investor, "Halden", "completed")
        for investor in ("Corvin Capital", "Ostwerk Ventures", "Tarnwood", "Lindqvist Fund")
    }


def test_investors_named_after_a_round_told_without_a_verb_of_raising() -> None:
    text = (
        "Das Münchner Start-up Halden hat eine Finanzierungsrunde über 75 Millionen Euro abgeschlossen. "
        "Neu eingestiegen sind der Rüstungskonzern Corvin und der Staatsfonds Tarnwood."
    )
    assert _investors(text, "de") == {("Corvin", "Halden", "completed"), ("Tarnwood", "Halden", "completed")}


def test_joining_the_round_of_a_company() -> None:
    text = "Tarnwood beteiligt sich an der Finanzierungsrunde des Hamburger Start-ups Halden Nord."
    assert {i[:2] for i in _investors(text, "de")} == {("Tarnwood", "Halden Nord")}


def test_a_round_announced_was_raised() -> None:
    text = "Halden, a grid software developer, today announced a $30 million Series A led by Corvin Ventures."
    assert _investors(text, "en") == {("Corvin Ventures", "Halden", "completed")}


def test_closing_a_takeover_raises_no_money() -> None:
    text = (
        "Halden Holdings closed its $5.4 billion takeover of Corvin on Monday after winning approval "
        "from the European Commission."
    )
    assert _investors(text, "en") == set()


def test_a_round_joined_by_an_investor_belongs_to_the_company_invested_in() -> None:
    text = (
        "Tarnwood has invested in Halden Fold, a French startup, as part of a €60 million funding round "
        "led by Corvin Capital."
    )
    assert {i[:2] for i in _investors(text, "en")} == {
        ("Tarnwood", "Halden Fold"),
        ("Corvin Capital", "Halden Fold"),
    }


def test_a_denied_approach() -> None:
    text = (
        "Halden Motors denied a report that it had approached Italian rival Corvin Automobili "
        "about a takeover."
    )
    events = extract_document(Document("a", text, lang="en"))["events"]
    assert [(e["roles"]["acquirer"], e["roles"]["target"], e["status"]) for e in events] == [
        ("Halden Motors", "Corvin Automobili", "denied")
    ]


def test_an_analyst_citing_a_takeover_is_no_buyer() -> None:
    text = (
        "Halden Foods slipped 2% after Tarnwood Securities analyst Mia Corvin cut the stock to neutral, "
        "citing execution risk around the pending $2.1 billion takeover of snack maker Brisk Brands."
    )
    events = extract_document(Document("a", text, lang="en"))["events"]
    assert [(e["roles"]["acquirer"], e["roles"]["target"], e["status"]) for e in events] == [
        ("Halden Foods", "Brisk Brands", "announced")
    ]


def test_a_person_naming_the_deal_before_an_apposition_buys() -> None:
    text = "Last year, Mia Corvin completed her biggest acquisition, the $3 billion buyout of Brisk Brands."
    events = extract_document(Document("a", text, lang="en"))["events"]
    assert {(e["roles"]["acquirer"], e["roles"]["target"]) for e in events} == {
        ("Mia Corvin", "Brisk Brands")
    }


def test_the_parent_named_in_an_apposition_is_not_invested_in() -> None:
    text = "Tarnwood agreed to invest $750 million in HyVolt, the hydrogen unit of Halden Energy."
    events = extract_document(Document("a", text, lang="en"))["events"]
    assert {(e["roles"]["investor"], e["roles"]["investee"]) for e in events} == {("Tarnwood", "HyVolt")}


def test_two_deals_joined_by_and_keep_their_own_status() -> None:
    text = (
        "Halden Pet Care reported results on Monday. It will buy software developer Tessel for $180 million "
        "and has already completed the purchase of a smaller rival, Corvin Kennels, for an undisclosed price."
    )
    events = extract_document(Document("a", text, lang="en"))["events"]
    assert {(e["roles"]["acquirer"], e["roles"]["target"], e["status"]) for e in events} == {
        ("Halden Pet Care", "Tessel", "announced"),
        ("Halden Pet Care", "Corvin Kennels", "completed"),
    }


def test_a_unit_sold_to_a_buyer_named_with_its_country() -> None:
    text = (
        "Halden Chemicals has completed the sale of its coatings division, Halden Coatings, "
        "to Japan's Kirowa Paint."
    )
    (event,) = extract_document(Document("a", text, lang="en"))["events"]
    assert event["roles"] == {
        "acquirer": "Kirowa Paint",
        "target": "Halden Coatings",
        "seller": "Halden Chemicals",
    }


@pytest.mark.parametrize(
    "lang, text",
    [
        ("de", "Mit der Übernahme von Lumen Forge baut die Orbital Dynamics ihr Geschäft aus."),
        ("de", "Durch den Kauf von Lumen Forge stärkt Orbital Dynamics sein Geschäft."),
        ("en", "With the acquisition of Lumen Forge, Orbital Dynamics expands its software business."),
    ],
)
def test_a_deal_in_an_opening_phrase_of_means_is_the_subject_s(lang: str, text: str) -> None:
    events = extract_document(Document("a", text, lang=lang))["events"]
    assert [(e["roles"]["acquirer"], e["roles"]["target"]) for e in events] == [(BUYER, TARGET)]


def test_goods_bought_from_a_company_are_no_acquisition() -> None:
    text = "Orbital Dynamics is buying 1,200 delivery vans from Lumen Forge, the retailer said."
    assert not extract_document(Document("a", text, lang="en"))["events"]


def test_a_company_that_sells_itself_is_the_target() -> None:
    text = (
        "On Monday, Halden Logistics Corp. agreed to sell itself to Japan's Kirowa Express for $1.7 billion."
    )
    (event,) = extract_document(Document("a", text, lang="en"))["events"]
    assert event["roles"] == {"acquirer": "Kirowa Express", "target": "Halden Logistics Corp."}
    assert event["status"] == "announced"


@pytest.mark.parametrize(
    "text, buyer, target, status",
    [
        # the subject after a fronted phrase, and "er" for the company the sentence before opens with
        (
            "Der Münchner Chipkonzern Halden kauft zu. Für 850 Millionen Dollar übernimmt er den "
            "Chipdesigner Tessel Semiconductor.",
            "Halden",
            "Tessel Semiconductor",
            "announced",
        ),
        # a sale in the passive: the subject is what was sold
        (
            "Der Onlinehändler Tessel ist an den Finanzinvestor Halden Capital verkauft worden.",
            "Halden Capital",
            "Tessel",
            "completed",
        ),
    ],
)
def test_german_buyers_after_the_verb_and_sales_in_the_passive(
    text: str, buyer: str, target: str, status: str
) -> None:
    events = extract_document(Document("g", text, lang="de"))["events"]
    assert [(e["roles"]["acquirer"], e["roles"]["target"], e["status"]) for e in events] == [
        (buyer, target, status)
    ]


def test_a_backer_named_in_a_compound_funds_the_next_name() -> None:
    text = (
        "Halden Capital-backed Tessel Dental has agreed to acquire Corvin Care, a network of practices "
        "in the Southeast."
    )
    events = extract_document(Document("a", text, lang="en"))["events"]
    assert {(e["type"], *e["roles"].values(), e["status"]) for e in events} == {
        ("investment", "Halden Capital", "Tessel Dental", "completed"),
        ("acquisition", "Tessel Dental", "Corvin Care", "announced"),
    }


@pytest.mark.parametrize(
    "text, pair, status",
    [
        (
            "Activist investor Tarn Street Capital has built a stake of about 6% in Halden Foods.",
            ("Tarn Street Capital", "Halden Foods"),
            "completed",
        ),
        (
            "Private equity firm Tarnwood agreed to take Halden Software private for $6.8 billion.",
            ("Tarnwood", "Halden Software"),
            "announced",
        ),
    ],
)
def test_stakes_built_and_companies_taken_private(text: str, pair: tuple[str, str], status: str) -> None:
    events = extract_document(Document("s", text, lang="en"))["events"]
    assert [((e["roles"]["acquirer"], e["roles"]["target"]), e["status"]) for e in events] == [(pair, status)]


@pytest.mark.parametrize(
    "text",
    [
        "Halden will take Tessel to court over the patents.",
        "In fact, the Halden stake ranked 13th in Tarnwood's portfolio last quarter.",
    ],
)
def test_no_takeover_without_the_idiom_or_a_size(text: str) -> None:
    assert extract_document(Document("s", text, lang="en"))["events"] == []


def test_a_company_described_as_bought_by_the_one_the_article_is_about() -> None:
    text = (
        "Revenue at Halden Networks rose 18% in the quarter. Excluding Tellwick, the Israeli firewall "
        "maker Halden bought in May, growth would have been 9%."
    )
    events = extract_document(Document("a", text, lang="en"))["events"]
    # the buyer is named by its short form here, and is the same entity as "Halden Networks"
    assert [(e["roles"]["acquirer"], e["roles"]["target"], e["status"]) for e in events] == [
        ("Halden", "Tellwick", "completed")
    ]


def test_a_pronoun_subject_after_a_clause_opener_signs_the_partnership() -> None:
    text = "Halden Therapeutics surged 31% after it signed a collaboration agreement with Tessel Pharma."
    (event,) = extract_document(Document("a", text, lang="en"))["events"]
    assert event["type"] == "partnership" and sorted(event["roles"]["parties"]) == [
        "Halden Therapeutics",
        "Tessel Pharma",
    ]


@pytest.mark.parametrize(
    "text, target",
    [
        ("Halden stockt seinen Anteil an Tessel auf 30 Prozent auf.", "Tessel"),
        (
            "Die Versicherungsgruppe Halden erhöht ihren Anteil an der Rechtsschutzversicherung "
            "Tessel Direkt auf 100 Prozent.",
            "Tessel Direkt",
        ),
    ],
)
def test_a_german_stake_raised_after_a_possessive(text: str, target: str) -> None:
    events = extract_document(Document("s", text, lang="de"))["events"]
    assert [(e["roles"]["acquirer"], e["roles"]["target"]) for e in events] == [("Halden", target)]


def test_potential_buyers_listed_in_talks_would_buy_the_seller() -> None:
    text = (
        "Halden Robotics is exploring a sale and has held early discussions with potential buyers "
        "including Tessel and Corvin Group, people familiar with the matter said."
    )
    events = extract_document(Document("t", text, lang="en"))["events"]
    assert {(e["roles"]["acquirer"], e["roles"]["target"]) for e in events} == {
        ("Tessel", "Halden Robotics"),
        ("Corvin Group", "Halden Robotics"),
    }
    assert {e["status"] for e in events} <= {"in_talks", "rumored"}


def test_a_dated_purchase_noun_is_the_article_company_s() -> None:
    text = (
        "Marlowe Industrial reported higher revenue. Growth came from the July purchase of Ostrander Valve."
    )
    (event,) = extract_document(Document("d", text, lang="en"))["events"]
    assert event["roles"] == {"acquirer": "Marlowe Industrial", "target": "Ostrander Valve"}


def test_a_described_target_named_in_the_next_sentence() -> None:
    text = (
        "Harcastle Group said it had agreed to buy a Texas-based maker of industrial sensors. "
        "The target, Lindqvist Instruments, had revenue of $90 million last year."
    )
    (event,) = extract_document(Document("d", text, lang="en"))["events"]
    assert event["roles"] == {"acquirer": "Harcastle Group", "target": "Lindqvist Instruments"}
    assert event["status"] == "announced"


def test_licensing_the_models_of_a_company_is_a_partnership() -> None:
    text = "Halcyon Cloud will pay $650 million to license the models of Parabola Systems."
    (event,) = extract_document(Document("l", text, lang="en"))["events"]
    assert event["type"] == "partnership" and event["status"] == "announced"
    assert sorted(event["roles"]["parties"]) == ["Halcyon Cloud", "Parabola Systems"]


def test_a_banking_licence_from_a_regulator_is_no_partnership() -> None:
    assert (
        extract_document(Document("l", "Orvex received a banking license from BaFin.", lang="en"))["events"]
        == []
    )


def test_the_seller_s_pronoun_is_not_what_is_sold() -> None:
    text = (
        "Orbital Dynamics is exploring a sale of part of its stake, Bloomberg reported. "
        "Potential buyers include Kestrel Capital."
    )
    assert extract_document(Document("s", text, lang="en"))["events"] == []


def test_buying_stores_from_a_rival_is_no_takeover_of_the_rival() -> None:
    text = "Van Dorsten agreed to buy 47 stores from struggling rival Meijerhof."
    assert [
        e for e in extract_document(Document("s", text, lang="en"))["events"] if e["type"] == "acquisition"
    ] == []


def test_talks_about_buying_an_unnamed_unit_name_no_target() -> None:
    text = (
        "Orbital Dynamics hat mit Lumen Forge über eine mögliche Übernahme der Agrarchemie-Sparte gesprochen."
    )
    assert [
        e for e in extract_document(Document("u", text, lang="de"))["events"] if e["type"] == "acquisition"
    ] == []


@pytest.mark.parametrize(
    "lang, text, pair",
    [
        (
            "en",
            "Brightwater Retail plc has completed its acquisition of the 84-store discount chain ValuMart.",
            ("Brightwater Retail", "ValuMart"),
        ),
        (
            "de",
            "Die Übernahme des Dresdner Chipdesigners Siliziumwerk durch Marvell ist gescheitert.",
            ("Marvell", "Siliziumwerk"),
        ),
    ],
)
def test_a_target_after_a_described_trade_noun(lang: str, text: str, pair: tuple[str, str]) -> None:
    assert pair in _found(text, lang, "acquisition", "acquirer", "target")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Pharma group Elmstead bought a company-wide licence for Cortexa's lab-notebook software."),
        (
            "en",
            "Janet Okafor was named CEO of collaboration-software company Lattice Point, a Threadline rival.",
        ),
        ("de", "Analysten der Privatbank Ellerbrock halten eine Übernahme der Sonnfeld AG für denkbar."),
    ],
)
def test_no_deal_from_licences_compound_modifiers_or_analysts(lang: str, text: str) -> None:
    assert not _found(text, lang, "acquisition") and not _found(text, lang, "partnership")


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "Talks between aircraft maker Skylark Aero and Saudi investor Ramlah Capital over a $250 million "
            "investment have broken down, Skylark said.",
            ("Ramlah Capital", "Skylark Aero"),
        ),
        (
            "Stratos is also in talks with Halvard Capital about a strategic investment, the person said.",
            ("Halvard Capital", "Stratos"),
        ),
    ],
)
def test_the_investor_in_investment_talks_is_the_one_named_as_such(text: str, pair: tuple[str, str]) -> None:
    assert _found(text, "en", "investment", "investor", "investee") == {pair}


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Handwave, which raised $18 million from Quarry Hill Ventures, will be wound down.",
            {("Quarry Hill Ventures", "Handwave")},
        ),
        (
            "de",
            "Stromkind hat in einer Series-A-Runde 14 Millionen Euro erhalten. Angeführt wird die Runde vom "
            "Berliner Investor Lindenhof Ventures; auch die Bestandsinvestoren Kiefer Capital und der "
            "Hochland Gründerfonds beteiligen sich erneut.",
            {
                ("Lindenhof Ventures", "Stromkind"),
                ("Kiefer Capital", "Stromkind"),
                ("Hochland Gründerfonds", "Stromkind"),
            },
        ),
        (
            "de",
            "Der Drohnenhersteller Falkwerk erhält 40 Millionen Euro vom Verteidigungsfonds Europa. "
            "Das Startup Bodenfrisch schließt eine Seed-Runde über 2 Millionen Euro ab – mit dabei: "
            "Steiermark Invest und Alpenland Kapital.",
            {
                ("Verteidigungsfonds Europa", "Falkwerk"),
                ("Steiermark Invest", "Bodenfrisch"),
                ("Alpenland Kapital", "Bodenfrisch"),
            },
        ),
    ],
)
def test_investors_of_rounds_in_relative_clauses_lists_and_the_next_round(
    lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(investor, investee) for investor, investee, _ in _investors(text, lang)} == expected


def test_a_company_that_raised_money_hires_staff_and_poaches_no_one() -> None:
    text = (
        "Rotawise, which raised $9 million from Kestrel Fields Capital last year, "
        "said it would hire 40 people."
    )
    assert not _found(text, "en", "poaching")


def test_the_investor_a_company_negotiates_with_over_a_round_invests_in_it() -> None:
    text = (
        "Der KI-Entwickler Semantika verhandelt mit dem Investor General Catalyst "
        "über eine neue Finanzierungsrunde."
    )
    assert _investors(text, "de") == {("General Catalyst", "Semantika", "in_talks")}


def test_talks_denied_in_a_quote_keep_the_buyer_the_report_named() -> None:
    text = (
        "Quantica denied a report that it was in talks to buy Lumenfold, the Dutch photonics start-up. "
        "'There are no discussions with Lumenfold,' a Quantica spokeswoman said."
    )
    assert _found(text, "en", "acquisition", "acquirer", "target") == {("Quantica", "Lumenfold")}


@pytest.mark.parametrize(
    "text, parties, status",
    [
        (
            "Die Familienunternehmen Gebr. Steinhauer GmbH & Co. KG und Holtkamp Fördertechnik legen ihr "
            "Geschäft zusammen.",
            {"Gebr. Steinhauer GmbH & Co. KG", "Holtkamp Fördertechnik"},
            None,
        ),
        (
            "Der Zusammenschluss der beiden Messegesellschaften Messe Weserland und Nordmesse Oldenburg ist "
            "vom Tisch.",
            {"Messe Weserland", "Nordmesse Oldenburg"},
            "failed",
        ),
        (
            "Rheinland Assekuranz und Westfalia Leben künftig unter einem Dach.",
            {"Rheinland Assekuranz", "Westfalia Leben"},
            None,
        ),
    ],
)
def test_german_mergers_told_by_idiom(text: str, parties: set[str], status: str | None) -> None:
    result = extract_document(Document("n", text, lang="de", published="2025-03-05"))
    mergers = [e for e in result["events"] if e["type"] == "merger"]
    assert [set(e["roles"]["parties"]) for e in mergers] == [parties]
    assert status is None or mergers[0]["status"] == status


@pytest.mark.parametrize(
    "lang, text, parties",
    [
        (
            "de",
            "Die Kanzleien Hollmann & Partner aus Göttingen und Ebeling Treuhand aus Kassel haben sich "
            "zusammengeschlossen.",
            {"Hollmann & Partner", "Ebeling Treuhand"},
        ),
        (
            "de",
            "Eine Fusion mit der Kreissparkasse Hohenstein-Ried lehnt der Verwaltungsrat "
            "der Sparkasse Talau ab.",
            {"Kreissparkasse Hohenstein-Ried", "Sparkasse Talau"},
        ),
        (
            "en",
            "Hollins Grant, the Atlanta-based accounting firm, and Prairie Stone Advisors of Omaha "
            "will combine their practices.",
            {"Hollins Grant", "Prairie Stone Advisors"},
        ),
    ],
)
def test_merger_parties_with_their_towns_appositions_or_after_the_verb(
    lang: str, text: str, parties: set[str]
) -> None:
    result = extract_document(Document("n", text, lang=lang, published="2025-03-05"))
    assert [set(e["roles"]["parties"]) for e in result["events"] if e["type"] == "merger"] == [parties]


@pytest.mark.parametrize(
    "text, pair, status",
    [
        (
            "Cresthaven Homes confirmed that its approach for housebuilder Millstream Developments had been "
            "rebuffed.",
            ("Cresthaven Homes", "Millstream Developments"),
            "failed",
        ),
        (
            "After a three-month bidding war, payments firm Tillpoint Inc. has won the auction for bankrupt "
            "fintech Ledgerly, beating a rival offer from Block.",
            ("Tillpoint Inc.", "Ledgerly"),
            "completed",
        ),
        (
            "A deal to fold voice-AI start-up Murmur into Spotify fell apart in late September.",
            ("Spotify", "Murmur"),
            "failed",
        ),
    ],
)
def test_approaches_auctions_and_folding_into_a_buyer(text: str, pair: tuple[str, str], status: str) -> None:
    assert _found(text, "en", "acquisition", "acquirer", "target", "status") == {(*pair, status)}


def test_a_company_named_fold_is_not_cut_by_the_verb() -> None:
    text = "Nvidia and Arbre Capital invested in Lattice Fold, the protein-design start-up said."
    assert _found(text, "en", "investment", "investee") == {("Lattice Fold",)}


def test_buying_out_a_partner_s_holding_buys_the_company_held() -> None:
    text = (
        "Nordvik Energy has bought out partner Calderon Renewables' 50% holding "
        "in offshore developer Seabright Wind."
    )
    result = extract_document(Document("n", text, lang="en", published="2025-03-05"))
    facts = {(e["type"], *sorted(str(v) for v in e["roles"].values())) for e in result["events"]}
    assert facts == {("acquisition", "Nordvik Energy", "Seabright Wind")}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kestrel Robotics has raised $210 million in a Series C round led by Lightspeed Venture "
            "Partners, with participation from Nvidia's venture arm NVentures, existing investor Atomico "
            "and the Qatar Investment Authority.",
            {"Lightspeed Venture Partners", "NVentures", "Atomico", "Qatar Investment Authority"},
        ),
        (
            "Vireo AI has raised $120 million in a Series B round led by Sequoia Capital, with participation "
            "from Nvidia and existing investor Hollins Ventures.",
            {"Sequoia Capital", "Nvidia", "Hollins Ventures"},
        ),
        (
            "BioNest Capital, the venture arm of Dutch insurer Zeelander Verzekeringen N.V., has led a "
            "€12 million seed round in Amsterdam-based Carewave.",
            {"BioNest Capital"},
        ),
    ],
)
def test_every_investor_a_round_names(text: str, expected: set[str]) -> None:
    assert _found(text, "en", "investment", "investor") == {(name,) for name in expected}


def test_a_stake_told_by_its_size_before_the_company() -> None:
    text = "Die Versicherungsgruppe Fernhall hat 12 Prozent am Zahlungsdienst Ketterpay erworben."
    assert _found(text, "de", "acquisition", "acquirer", "target") == {("Fernhall", "Ketterpay")}


def test_a_fronted_phrase_names_no_buyer() -> None:
    # in a German main clause the phrase before the verb is one constituent: the subject follows the verb
    text = (
        "Nach der Pleite des Versandhändlers Kistenwerk übernimmt der Konkurrent Paketprofi die Marke Bunt."
    )
    assert _found(text, "de", "acquisition", "acquirer", "target") == {("Paketprofi", "Bunt")}
    text = (
        "Nach der Pleite des Versandhändlers Kistenwerk übernimmt der Konkurrent Paketprofi "
        "Teile der Belegschaft."
    )
    assert _found(text, "de", "acquisition", "acquirer") == set()


def test_an_infinitive_after_a_form_of_be_is_active() -> None:
    text = "Harwick Foods is preparing to invest in the snack maker Crunchly, its chief executive said."
    assert _found(text, "en", "investment", "investor", "investee") == {("Harwick Foods", "Crunchly")}


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("de", "Die Kessel Armaturen GmbH gehört seit 2021 zum Finanzinvestor Talbrück Capital.", True),
        ("de", "Seit dem Frühjahr gehört die Kessel Armaturen GmbH zur Talbrück Holding.", True),
        (
            "de",
            "Die Kessel Armaturen GmbH gehört jetzt mehrheitlich dem Finanzinvestor Talbrück Capital.",
            True,
        ),
        ("en", "Kessel Valves has been owned by Talbrück Capital since 2021.", True),
        # a parent named without a time is no deal; nor is a customer list
        ("de", "Die Kessel Armaturen GmbH gehört zur Talbrück Holding.", False),
        ("de", "Die Kessel Armaturen GmbH gehört seit Jahren zu den Kunden der Talbrück Holding.", False),
        ("en", "Kessel Valves is owned by Talbrück Capital.", False),
    ],
)
def test_an_owner_that_came_in_at_a_time_bought_the_company(lang: str, text: str, expected: bool) -> None:
    found = _found(text, lang, "acquisition", "acquirer", "target", "status")
    owner = "Talbrück Capital" if "Capital" in text else "Talbrück Holding"
    target = "Kessel Valves" if lang == "en" else "Kessel Armaturen GmbH"
    assert found == ({(owner, target, "completed")} if expected else set())


@pytest.mark.parametrize(
    "text, expected",
    [
        # a fronted participle: the company after the verb is the one taken over
        (
            "Übernommen wird der Ventilhersteller Ebbert Hydraulik von der Industriegruppe Solvang.",
            {("Solvang", "Ebbert Hydraulik", "announced")},
        ),
        # "geht an": who gets the company; a contract or a listing is no company
        (
            "Die Kalmer GmbH geht an den Finanzinvestor Talbrück Capital.",
            {("Talbrück Capital", "Kalmer GmbH", "announced")},
        ),
        ("Der Auftrag geht an die Kalmer GmbH.", set()),
        # two common words joined by "&" name a firm
        (
            "Die Spedition Kramer & Töchter ist von der Transportgruppe Hoekman Logistiek übernommen worden.",
            {("Hoekman Logistiek", "Kramer & Töchter", "completed")},
        ),
    ],
)
def test_more_ways_german_news_tells_a_takeover(text: str, expected: set[tuple[str, ...]]) -> None:
    assert _found(text, "de", "acquisition", "acquirer", "target", "status") == expected


@pytest.mark.parametrize(
    "lang, text, target",
    [
        (
            "de",
            "Der Hersteller Kessing & Sohn wird verkauft. Neuer Eigentümer wird die Alpenfeld Capital.",
            "Kessing & Sohn",
        ),
        (
            "de",
            "Die Lindgarten Pflege GmbH ist verkauft. Käufer ist der Pflegeheimbetreiber Alpenfeld Capital.",
            "Lindgarten Pflege GmbH",
        ),
        (
            "en",
            "Kessing Foods has been sold. The buyer is Alpenfeld Capital, a private equity firm.",
            "Kessing Foods",
        ),
        (
            "en",
            "Kessing Foods has been sold. The buyer, according to a filing on Friday, is Alpenfeld Capital.",
            "Kessing Foods",
        ),
        (
            "de",
            "Der Uhrenhersteller Kessing wird verkauft. Den Zuschlag erhält nach Angaben des Unternehmens "
            "der Schweizer Finanzinvestor Alpenfeld Capital.",
            "Kessing",
        ),
        (
            "en",
            "Halvik Retail has sold its loss-making furniture chain, Kessing Home. "
            "The buyer is Alpenfeld Capital.",
            "Kessing Home",
        ),
        (
            "de",
            "Die Halvik Gruppe hat ihre Tochter Kessing Medical verkauft. "
            "Käufer ist der Investor Alpenfeld Capital.",
            "Kessing Medical",
        ),
    ],
)
def test_a_buyer_named_in_the_sentence_after_the_sale(lang: str, text: str, target: str) -> None:
    assert _found(text, lang, "acquisition", "acquirer", "target") == {("Alpenfeld Capital", target)}


def test_a_closing_planned_in_the_next_sentence_leaves_the_sale_announced() -> None:
    text = (
        "Die Halvik Gruppe hat ihre Tochter Kessing Medical verkauft. Käufer ist der Investor Alpenfeld "
        "Capital. Der Vollzug ist für das erste Halbjahr 2027 geplant."
    )
    assert _found(text, "de", "acquisition", "acquirer", "status") == {("Alpenfeld Capital", "announced")}


def test_a_suitor_is_no_buyer() -> None:
    text = "Kessing Foods is exploring a sale of its unit Brixa. Potential buyers include Alpenfeld Capital."
    assert _found(text, "en", "acquisition", "acquirer", "target", "status") == {
        ("Alpenfeld Capital", "Brixa", "rumored")
    }


def test_it_in_a_relative_clause_is_the_company_the_sentence_is_about() -> None:
    text = (
        "The purchase of Tarrow Cold Chain by Brugmann Transport was completed in March. Tarrow was sold "
        "by private equity firm Kesh Partners, which had bought it from its founders in 2017."
    )
    found = _found(text, "en", "acquisition", "acquirer", "target")
    assert ("Kesh Partners", "Tarrow") in found
    assert ("Brugmann Transport", "Tarrow Cold Chain") in found
    assert not any(target == "Brugmann Transport" for _, target in found)


def test_a_person_s_past_employer_is_no_investor_of_the_round() -> None:
    text = (
        "Mendell Health has closed a $32 million Series B financing led by Orchid Life Fund. Alongside the "
        "round, Mendell appointed Karen Osmond, previously chief medical officer at Halvern Diagnostics."
    )
    assert _found(text, "en", "investment", "investor") == {("Orchid Life Fund",)}


def test_a_region_is_no_party_to_a_merger() -> None:
    text = "Two hospital operators in the US Midwest, Prairie Health and Lakeview Medical, agreed to merge."
    assert _found(text, "en", "merger", "parties") == {(str(["Prairie Health", "Lakeview Medical"]),)}


def test_an_english_passive_takes_its_agent_after_the_verb() -> None:
    text = (
        "Scribbler, the notes app founded by former Dropbax engineers Kenji Alda and Rhea Voss, was bought."
    )
    assert _found(text, "en", "acquisition", "acquirer") == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Brixley Systems rejected Kalder Foods' $5 billion offer.",
            {("Kalder Foods", "Brixley Systems", "failed")},
        ),
        ("The board of Brixley Systems rejected Kalder's offer.", {("Kalder", "Brixley Systems", "failed")}),
        # an offer of shares, or one of the past, is no bid here
        ("Brixley Systems said Kalder's share offer was oversubscribed.", set()),
        ("Kalder said it was considering its offer for the stake, Brixley Systems said.", set()),
    ],
)
def test_an_offer_owned_by_its_bidder(text: str, expected: set[tuple[str, ...]]) -> None:
    assert _found(text, "en", "acquisition", "acquirer", "target", "status") == expected


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "Kalder Foods now owns 30% of Brixley Systems.", {("Kalder Foods", "Brixley Systems")}),
        (
            "de",
            "Die Zeltmann AG hält nun 75 statt bisher 50 Prozent an der Timis GmbH.",
            {("Zeltmann AG", "Timis GmbH")},
        ),
        # without a change it is only who owns what
        ("en", "Kalder Foods owns 30% of Brixley Systems.", set()),
        ("de", "Die Zeltmann AG hält 30 Prozent an der Timis GmbH.", set()),
    ],
)
def test_a_holding_that_has_changed(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert _found(text, lang, "acquisition", "acquirer", "target") == expected


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "de",
            "Die Kalder AG hat die Schwelle von 5 Prozent an der Brixley GmbH überschritten.",
            {("Kalder AG", "Brixley GmbH")},
        ),
        (
            "en",
            "Kalder Capital crossed the 5% threshold in Brixley Systems, a filing showed.",
            {("Kalder Capital", "Brixley Systems")},
        ),
        # a notice whose holder is named outside the clause names no buyer; nor is a sales figure a stake
        (
            "de",
            "Die Kanzlei hat mitgeteilt, dass sein Stimmrechtsanteil an der Brixley GmbH die Schwelle von "
            "15 Prozent überschritten hat.",
            set(),
        ),
        ("de", "Die Kalder AG hat die Umsatzschwelle überschritten.", set()),
    ],
)
def test_a_holding_that_crosses_a_threshold(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert _found(text, lang, "acquisition", "acquirer", "target") == expected


def test_a_bid_with_its_price_per_share() -> None:
    text = "Brixley Systems rejected Kalder's revised $41-a-share proposal."
    assert _found(text, "en", "acquisition", "acquirer", "target", "status") == {
        ("Kalder", "Brixley Systems", "failed")
    }


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Founder Tom Halle has sold his start-up Taktly to Ravensberg Software.",
            {("Ravensberg Software", "Taktly")},
        ),
        (
            "de",
            "Gründer Tobias Merk hat sein Startup Taktly an die Ravensberg AG verkauft.",
            {("Ravensberg AG", "Taktly")},
        ),
        # a speaker before the comma is not the one who sells
        (
            "de",
            "Im Brief schreibt Vorstandschef Oliver Brandt, die Grünfels Holding habe ihre Beteiligung an "
            "der Solarfirma Lichtweg an den Versorger Enervia verkauft.",
            {("Enervia", "Lichtweg")},
        ),
    ],
)
def test_a_person_who_sells_a_company(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert _found(text, lang, "acquisition", "acquirer", "target") == expected


def test_a_german_buyer_after_the_verb_behind_a_compound_trade_noun() -> None:
    text = "Für 2,4 Mrd. Dollar übernimmt der US-Chipkonzern Orbital Dynamics den Chipdesigner Lumen Forge."
    events = extract_document(Document("d", text, lang="de"))["events"]
    assert [(e["roles"]["acquirer"], e["roles"]["target"]) for e in events] == [(BUYER, TARGET)]


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "de",
            "Orbital Dynamics erwägt nach Informationen der Nachrichtenagentur Bloomberg einen Einstieg "
            "bei Lumen Forge.",
        ),
        (
            "de",
            "Orbital Dynamics prüft einen Einstieg bei Lumen Forge, sagte er der Zeitung Tagesblick.",
        ),
        ("en", "Orbital Dynamics is weighing a stake in Lumen Forge, according to research firm Pitchline."),
    ],
)
def test_the_outlet_telling_the_news_plays_no_part_in_it(lang: str, text: str) -> None:
    events = extract_document(Document("d", text, lang=lang))["events"]
    roles = [
        (
            e["roles"].get("investor") or e["roles"].get("acquirer"),
            e["roles"].get("investee") or e["roles"].get("target"),
        )
        for e in events
    ]
    assert roles == [(BUYER, TARGET)]


def test_an_acronym_modifying_a_noun_is_no_company() -> None:
    text = (
        "Orbital Dynamics has completed its purchase of Lumen Forge, a developer of GPU-scheduling software."
    )
    events = extract_document(Document("d", text, lang="en"))["events"]
    assert [(e["roles"]["acquirer"], e["roles"]["target"]) for e in events] == [(BUYER, TARGET)]


def _investments(text: str, lang: str) -> set[tuple[str, str]]:
    events = extract_document(Document("d", text, lang=lang))["events"]
    return {(e["roles"]["investor"], e["roles"]["investee"]) for e in events if e["type"] == "investment"}


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "A $45m Series B for Lumen Forge was co-led by Aldgate Ventures and Norrsken Growth.",
            {("Aldgate Ventures", TARGET), ("Norrsken Growth", TARGET)},
        ),
        (
            "en",
            "Last week's $80 million funding round for Lumen Forge was led by Aldgate Ventures. "
            "Existing backer Cobalt Hill Ventures also put in money.",
            {("Aldgate Ventures", TARGET), ("Cobalt Hill Ventures", TARGET)},
        ),
        (
            "de",
            "Lumen Forge hat 1,2 Mrd. Euro eingesammelt. Das Geld für Lumen Forge kommt unter anderem von "
            "Aldgate Ventures und dem Londoner Fonds Kestrel Peak Partners.",
            {("Aldgate Ventures", TARGET), ("Kestrel Peak Partners", TARGET)},
        ),
        (
            "de",
            "Angeführt vom Berliner Wagniskapitalgeber Aldgate Ventures investieren mehrere Geldgeber "
            "40 Millionen Euro in das Start-up Lumen Forge.",
            {("Aldgate Ventures", TARGET)},
        ),
        (
            "de",
            "Für ihr Start-up Lumen Forge hat sie 40 Millionen Euro eingesammelt, unter anderem vom "
            "Wagniskapitalgeber Aldgate Ventures.",
            {("Aldgate Ventures", TARGET)},
        ),
    ],
)
def test_investors_of_a_round_told_around_it(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert _investments(text, lang) == expected


def test_a_relative_clause_whose_pronoun_is_the_object_names_the_target() -> None:
    text = (
        "Lumen Forge, which Orbital Dynamics tried and failed to buy in 2021, is now in talks to merge "
        "with chipmaker Haneul Devices."
    )
    events = extract_document(Document("d", text, lang="en"))["events"]
    bought = [
        (e["roles"]["acquirer"], e["roles"]["target"], e["status"])
        for e in events
        if e["type"] == "acquisition"
    ]
    merged = [(sorted(e["roles"]["parties"]), e["status"]) for e in events if e["type"] == "merger"]
    assert bought == [(BUYER, TARGET, "failed")]
    assert merged == [(["Haneul Devices", TARGET], "in_talks")]


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Lumen Forge confirmed it was in talks with Orbital Dynamics about a sale of the company.",
        ),
        (
            "de",
            "Der Konzern Halden verhandelt mit Orbital Dynamics über den Verkauf seiner Tochter Lumen Forge.",
        ),
    ],
)
def test_talks_about_a_sale_name_the_buyer_and_what_is_sold(lang: str, text: str) -> None:
    events = extract_document(Document("d", text, lang=lang))["events"]
    found = [
        (e["roles"]["acquirer"], e["roles"]["target"], e["status"])
        for e in events
        if e["type"] == "acquisition"
    ]
    assert found == [(BUYER, TARGET, "in_talks")]


def test_a_hyphenated_trade_noun_is_no_name_before_the_name() -> None:
    text = "Orbital Dynamics prüft ein Gebot für die Online-Bank Lumen Forge."
    events = extract_document(Document("d", text, lang="de"))["events"]
    assert [(e["roles"]["acquirer"], e["roles"]["target"]) for e in events] == [(BUYER, TARGET)]


def test_the_company_invested_in_before_negotiates_for_more_money() -> None:
    text = (
        "Aldgate Ventures is in talks to invest 300 million dollars in Lumen Forge. "
        "Lumen Forge is also negotiating with Orbital Dynamics about a separate investment."
    )
    assert _investments(text, "en") == {("Aldgate Ventures", TARGET), (BUYER, TARGET)}


def test_a_french_groupe_opens_a_company_name() -> None:
    text = "Der Verkauf des Senders Lumen Forge an die französische Groupe Orbital ist gescheitert."
    events = extract_document(Document("d", text, lang="de"))["events"]
    assert [(e["roles"]["acquirer"], e["roles"]["target"], e["status"]) for e in events] == [
        ("Groupe Orbital", TARGET, "failed")
    ]


def _acquisitions(text: str, lang: str) -> set[tuple[str, str, str]]:
    events = extract_document(Document("s", text, lang=lang, published="2025-06-21"))["events"]
    return {
        (e["roles"]["acquirer"], e["roles"]["target"], e["status"])
        for e in events
        if e["type"] == "acquisition"
    }


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Harwick Tools raised its offer for Danish sensor maker Velmont Gauges to DKK 300 a share, "
            "topping a rival proposal from Ostrava Metering.",
            ("Harwick Tools", "Velmont Gauges", "in_talks"),
        ),
        (
            "en",
            "Ferrin Logistics withdrew from the battle for Cadmore Freight on Monday.",
            ("Ferrin Logistics", "Cadmore Freight", "failed"),
        ),
        (
            "de",
            "Im Bieterkampf um den Leipziger Pumpenhersteller Ostwald Fluidtechnik legt der Finanzinvestor "
            "Harwick Capital nach.",
            ("Harwick Capital", "Ostwald Fluidtechnik", "in_talks"),
        ),
        (
            "de",
            "Im Übernahmekampf um den Windparkbetreiber Küstenwind hat der Bieter Vardø Kraft sein Angebot "
            "erhöht.",
            ("Vardø Kraft", "Küstenwind", "in_talks"),
        ),
        (
            "de",
            "Der Investor Brandtner Capital hat im Übernahmekampf um den Logistiker Elbkühl aufgegeben.",
            ("Brandtner Capital", "Elbkühl", "failed"),
        ),
    ],
)
def test_bidders_in_a_takeover_battle(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _acquisitions(text, lang)


def test_a_battle_for_something_else_is_no_bid() -> None:
    assert not _acquisitions(
        "Im Kampf um die Marktführerschaft setzt die Nordwerk AG auf neue Produkte.", "de"
    )


@pytest.mark.parametrize(
    "lang, text, target",
    [
        (
            "de",
            "Der Finanzinvestor Albis Partners übernimmt den Reiseanbieter Wandertraum.de.",
            "Wandertraum.de",
        ),
        (
            "en",
            "Albis Partners agreed to buy travel site Wanderdream.com for $300 million.",
            "Wanderdream.com",
        ),
    ],
)
def test_a_name_with_its_web_domain_is_one_name(lang: str, text: str, target: str) -> None:
    assert {t for _, t, _ in _acquisitions(text, lang)} == {target}


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Harwick Industries agreed to sell its packaging division, Harwick Pack, to a consortium led by "
            "private-equity firm Tolland Capital for £850m.",
            ("Tolland Capital", "Harwick Pack", "announced"),
        ),
        (
            "de",
            "Der Industriekonzern Hellweg Technik verkauft seine Gebäudetechniksparte Kalvo Systems an ein "
            "Konsortium um den Finanzinvestor Baltrum Capital.",
            ("Baltrum Capital", "Kalvo Systems", "announced"),
        ),
        (
            "de",
            "Ein Konsortium unter Führung des Finanzinvestors Seeblick Partners übernimmt die Mehrheit am "
            "Rechenzentrumsbetreiber Datavault Frankfurt.",
            ("Seeblick Partners", "Datavault Frankfurt", "announced"),
        ),
    ],
)
def test_a_consortium_is_named_by_its_leader(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _acquisitions(text, lang)


def test_a_regulator_is_no_party_to_the_deal_it_reviews() -> None:
    text = (
        "Die EU-Kommission prüft die geplante Fusion der Schienenfahrzeugbauer Ostrava Rail und "
        "Wendt Bahntechnik."
    )
    events = extract_document(Document("s", text, lang="de", published="2025-06-21"))["events"]
    assert [(e["type"], e["roles"]["parties"], e["status"]) for e in events] == [
        ("merger", ["Ostrava Rail", "Wendt Bahntechnik"], "announced")
    ]
    assert not _acquisitions("Die EU-Kommission hat die Übernahme von Feldmark Saaten genehmigt.", "de")


def test_a_rival_s_offer_seeks_no_company_of_the_sentence() -> None:
    text = (
        "Ferrin Logistics withdrew from the battle for Cadmore Freight, saying it would not match the "
        "sweetened 415p-a-share offer from Dutch rival Ommeren Transport."
    )
    assert _acquisitions(text, "en") == {("Ferrin Logistics", "Cadmore Freight", "failed")}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Der Vorstand der Lindwurm Systems empfiehlt den Aktionären die Annahme des Angebots von KKR.",
            ("KKR", "Lindwurm Systems", "announced"),
        ),
        (
            "Der Aufsichtsrat der Elbmark hat einen Übernahmevorstoß des Konkurrenten Veenstra Verzekeringen "
            "zurückgewiesen.",
            ("Veenstra Verzekeringen", "Elbmark", "failed"),
        ),
        (
            "Der Finanzinvestor Arlstein Capital hat die Annahmefrist für sein Angebot an die Aktionäre des "
            "Zahnimplantateherstellers Dentavis verlängert.",
            ("Arlstein Capital", "Dentavis", "in_talks"),
        ),
        (
            "Weil die Mindestannahmeschwelle verfehlt wurde, ist das Angebot der Tavernier Groupe für den "
            "Tiefkühlkosthersteller Frostwerk Holstein erloschen.",
            ("Tavernier Groupe", "Frostwerk Holstein", "failed"),
        ),
        (
            "Das Delisting-Angebot der Mehrheitsaktionärin Sirrenberg Holding für die Sternberg "
            "Immobilien AG stößt bei den Aktionären auf Widerstand.",
            ("Sirrenberg Holding", "Sternberg Immobilien AG", "in_talks"),
        ),
        (
            "Damit hat der Konkurrent Iberwind freie Bahn, dessen Offerte von 18,50 Euro je Aktie der "
            "Aerowind-Vorstand bereits empfohlen hat.",
            ("Iberwind", "Aerowind", "announced"),
        ),
    ],
)
def test_german_offers_to_shareholders(text: str, expected: tuple[str, str, str]) -> None:
    assert _acquisitions(text, "de") == {expected}


def test_an_offer_to_customers_is_no_bid() -> None:
    assert not _acquisitions("Die Nordbank hat ihr Angebot an Privatkunden erweitert.", "de")


def test_a_block_of_shares_with_its_size_is_a_stake() -> None:
    text = "Der Hedgefonds Marlin Peak hat ein Paket von 7 Prozent an der Modekette Fellner erworben."
    assert _acquisitions(text, "de") == {("Marlin Peak", "Fellner", "completed")}
    assert not _acquisitions("Die Kolbe AG hat ein Paket an die Firma Brandt Logistik geschickt.", "de")


def test_doch_inside_a_clause_is_an_adverb_and_splits_nothing() -> None:
    text = (
        "Der Vorstand des Münchner Softwarehauses Lindwurm Systems empfiehlt den Aktionären nun doch die "
        "Annahme des Angebots von KKR."
    )
    assert _acquisitions(text, "de") == {("KKR", "Lindwurm Systems", "announced")}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Qadira Investment Authority is in talks to back Stratos Compute.",
            {("Qadira Investment Authority", "Stratos Compute")},
        ),
        (
            "Halvard Capital agreed to back AI start-up Stratos Compute with $50 million.",
            {("Halvard Capital", "Stratos Compute")},
        ),
        ("The board of Lumen Forge voted to back Orbital Dynamics' offer.", set()),
        ("Lumen Forge shareholders voted to back the merger with Orbital Dynamics.", set()),
    ],
)
def test_to_back_a_company_is_to_invest_in_it(text: str, expected: set[tuple[str, str]]) -> None:
    assert _investments(text, "en") == expected


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "Rumour mill: Sony is said to be circling Finnish mobile developer Kuura Games, the maker of hit "
            "puzzler Tiles of Tuoni.",
            {("Sony", "Kuura Games", "rumored")},
        ),
        ("en", "Orbital Dynamics is eyeing a listing in New York.", set()),
        (
            "de",
            "Der Düsseldorfer Industriedienstleister Rheintal Services AG greift nach dem Dortmunder "
            "Gerüstbauer Westfalen Gerüst GmbH.",
            {("Rheintal Services AG", "Westfalen Gerüst GmbH", "announced")},
        ),
    ],
)
def test_a_company_eyed_or_reached_for(lang: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _acquisitions(text, lang) == expected


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "de",
            "Bis zum Ende der Annahmefrist wurden dem Finanzinvestor Greifenstein Partners 78 Prozent der "
            "Aktien des Laborausrüsters Medilab Wetzlar angedient.",
            {("Greifenstein Partners", "Medilab Wetzlar", "announced")},
        ),
        (
            "en",
            "Ravensworth Health said holders of 62% of Cobalt Diagnostics shares had tendered into its "
            "$24-a-share cash offer.",
            {("Ravensworth Health", "Cobalt Diagnostics", "announced")},
        ),
    ],
)
def test_shares_tendered_to_a_bidder(lang: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _acquisitions(text, lang) == expected


def test_a_regulator_named_in_the_genitive_or_by_a_pronoun_makes_no_deal() -> None:
    text = (
        "Nach Bedenken des Bundeskartellamts hat der Landmaschinenhersteller Ostenfeld seine Anmeldung für "
        "die Übernahme des Konkurrenten Harrer Agrartechnik zurückgezogen."
    )
    assert all(acquirer != "Bundeskartellamt" for acquirer, _, _ in _acquisitions(text, "de"))


def test_a_reflexive_is_the_subject_not_a_company_after_a_preposition() -> None:
    text = (
        "Quillon Software said it had rebuffed a takeover approach from KKR in September, before agreeing "
        "this week to sell itself to rival Lattimer Systems."
    )
    assert ("Lattimer Systems", "Quillon Software", "announced") in _acquisitions(text, "en")


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "de",
            "Die Beteiligungsgesellschaft Ostwind Equity hat den Erwerb der Verpackungssparte des "
            "Konsumgüterkonzerns Veldener Werke abgeschlossen.",
        ),
        ("en", "Orbital Dynamics completed its purchase of the payments unit of Lumen Forge."),
    ],
)
def test_a_unit_bought_from_a_company_is_not_the_company(lang: str, text: str) -> None:
    assert not _acquisitions(text, lang)


def test_a_co_owner_bought_out_is_no_target() -> None:
    text = (
        "Ballantyne Group will raise its holding in toll-road operator Autovías Meridional to 50.1% by "
        "buying out co-investor Tarragon Infra for €640m."
    )
    assert {t for _, t, _ in _acquisitions(text, "en")} == {"Autovías Meridional"}


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "A spokesman for Halden Energy dismissed as pure speculation a report that the company was "
            "preparing a joint bid with Corvin Capital for grid operator Nordby Grid.",
            {("Halden Energy", "Nordby Grid", "denied"), ("Corvin Capital", "Nordby Grid", "denied")},
        ),
        (
            "de",
            "Der Pharmakonzern Halden hat Berichte über ein Übernahmeinteresse an dem Biotechunternehmen "
            "Corvin Bio dementiert.",
            {("Halden", "Corvin Bio", "denied")},
        ),
        (
            "de",
            "Der Chemiekonzern Halden hat Übernahmeinteresse am Konkurrenten Corvin signalisiert.",
            {("Halden", "Corvin", "in_talks")},
        ),
    ],
)
def test_joint_bids_and_takeover_interest(lang: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _acquisitions(text, lang) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Neben seinem Amt als Finanzvorstand der Halden AG übernimmt Piet Aalders ab Januar auch ein "
            "Aufsichtsratsmandat bei der Sparkassen-Tochter Corvin.",
            set(),
        ),
        (
            "Der insolvente Hersteller Halden Rad hat einen Käufer gefunden: Die Corvin Group übernimmt den "
            "Betrieb samt aller 230 Beschäftigten, wie Insolvenzverwalter Piet Aalders mitteilte.",
            {("Corvin Group", "Halden Rad")},
        ),
    ],
)
def test_a_post_taken_over_is_no_company_bought(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(a, t) for a, t, _ in _acquisitions(text, "de")} == expected


def test_a_stake_raised_before_a_sale_is_pushed_for() -> None:
    text = "Harlow Capital has lifted its stake in Dalby Engineering to 14.9% and is pushing for a sale."
    assert _acquisitions(text, "en") == {("Harlow Capital", "Dalby Engineering", "completed")}


def test_an_english_company_word_ends_a_name_that_opens_with_a_given_name() -> None:
    text = "Sutcliffe Brands has raised its offer for Mireille Cosmetics."
    assert _acquisitions(text, "en") == {("Sutcliffe Brands", "Mireille Cosmetics", "in_talks")}


def test_the_company_taken_over_is_not_the_buyer_itself() -> None:
    text = (
        "Three senior managers at Welby Alloys, including finance director Ruth Okafor, have resigned "
        "since Corrigan Steel took control of the company in January."
    )
    assert _acquisitions(text, "en") == {("Corrigan Steel", "Welby Alloys", "completed")}
