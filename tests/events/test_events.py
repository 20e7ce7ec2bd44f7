"""Events from single sentences: acquisition (active, passive, noun), merger, investment,
hire (with from_org), departure, partnership and positions, in German and English."""

from __future__ import annotations

from typing import Any

import pytest

from dealgraph.model import Document
from dealgraph.pipeline import extract_document


def _events(text: str, lang: str) -> list[dict[str, Any]]:
    return extract_document(Document("e", text, lang=lang, published="2025-06-21"))["events"]


def _one(text: str, lang: str, etype: str) -> dict[str, Any]:
    found = [e for e in _events(text, lang) if e["type"] == etype]
    assert len(found) == 1, _events(text, lang)
    return found[0]


def _parties(event: dict[str, Any]) -> set[str]:
    parties = event["roles"]["parties"]
    return set(parties) if isinstance(parties, list) else {parties}


ACQUISITIONS = [
    # English: active, passive, noun, agreed
    ("en", "Bluefin Analytics acquired Corvid Labs.", "Bluefin Analytics", "Corvid Labs"),
    ("en", "Corvid Labs was acquired by Bluefin Analytics in 2019.", "Bluefin Analytics", "Corvid Labs"),
    ("en", "Bluefin Analytics completed its acquisition of Corvid Labs.", "Bluefin Analytics", "Corvid Labs"),
    (
        "en",
        "Bluefin Analytics' acquisition of Corvid Labs was completed in March.",
        "Bluefin Analytics",
        "Corvid Labs",
    ),
    (
        "en",
        "Nordlicht Robotics agreed to acquire Kranich Software for "
        "$1.2 billion, the companies said on Tuesday.",
        "Nordlicht Robotics",
        "Kranich Software",
    ),
    # German: perfect, present, noun with "durch"
    (
        "de",
        "Die Nordlicht Robotics GmbH hat die Kranich Software AG übernommen.",
        "Nordlicht Robotics GmbH",
        "Kranich Software AG",
    ),
    (
        "de",
        "Die Nordlicht Robotics GmbH übernimmt den Softwarehersteller Flusskiesel.",
        "Nordlicht Robotics GmbH",
        "Flusskiesel",
    ),
    (
        "de",
        "Die Übernahme der Kranich Software AG durch die Nordlicht Robotics GmbH ist abgeschlossen.",
        "Nordlicht Robotics GmbH",
        "Kranich Software AG",
    ),
    (
        "de",
        "Die Kranich Software AG hat die Übernahme des Startups "
        "Flusskiesel durch die Nordlicht Robotics GmbH "
        "abgelehnt.",
        "Nordlicht Robotics GmbH",
        "Flusskiesel",
    ),
]


@pytest.mark.parametrize("lang, text, acquirer, target", ACQUISITIONS)
def test_acquisition_roles(lang: str, text: str, acquirer: str, target: str) -> None:
    event = _one(text, lang, "acquisition")
    assert event["roles"]["acquirer"] == acquirer
    assert event["roles"]["target"] == target
    start, end = event["evidence_span"]
    assert text[start:end] == event["evidence"]
    assert 0.0 <= event["confidence"] <= 1.0


def test_acquisition_german_passive() -> None:
    event = _one(
        "Die Kranich Software AG wird von der Nordlicht Robotics GmbH übernommen.", "de", "acquisition"
    )
    assert event["roles"] == {"acquirer": "Nordlicht Robotics GmbH", "target": "Kranich Software AG"}


def test_acquisition_amount_and_date() -> None:
    event = _one(
        "Nordlicht Robotics agreed to acquire Kranich Software for $1.2 billion, the companies said on "
        "Tuesday.",
        "en",
        "acquisition",
    )
    assert event["amount"]["value"] == pytest.approx(1.2e9)
    assert event["amount"]["currency"] == "USD"
    event = _one("Corvid Labs was acquired by Bluefin Analytics in 2019.", "en", "acquisition")
    assert event["date"] == "2019"


def test_acquisition_amount_german_more_than() -> None:
    event = _one(
        "Die Nordlicht Robotics GmbH kauft 30 Prozent der Kranich Software AG für mehr als 2 Milliarden "
        "Euro.",
        "de",
        "acquisition",
    )
    assert event["roles"]["target"] == "Kranich Software AG"
    assert event["amount"]["value"] == pytest.approx(2e9)
    assert event["amount"]["currency"] == "EUR"
    assert event["amount"]["qualifier"] == "more_than"


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Bluefin Analytics and Corvid Labs agreed to merge."),
        ("de", "Der Chiphersteller Tessel Energy und die Kranich Software AG fusionieren."),
    ],
)
def test_merger(lang: str, text: str) -> None:
    event = _one(text, lang, "merger")
    assert len(_parties(event)) == 2
    assert not [e for e in _events(text, lang) if e["type"] == "acquisition"]


def test_merger_parties_de() -> None:
    event = _one("Der Chiphersteller Tessel Energy und die Kranich Software AG fusionieren.", "de", "merger")
    assert _parties(event) == {"Tessel Energy", "Kranich Software AG"}


def test_partnership() -> None:
    event = _one("Bluefin Analytics and Corvid Labs announced a partnership.", "en", "partnership")
    assert _parties(event) == {"Bluefin Analytics", "Corvid Labs"}


@pytest.mark.parametrize(
    "lang, text, investor, investee, value",
    [
        (
            "en",
            "Bluefin Analytics invested $30 million in Corvid Labs.",
            "Bluefin Analytics",
            "Corvid Labs",
            30e6,
        ),
        (
            "de",
            "Die Nordlicht Robotics GmbH investiert 20 Millionen Euro in die Kranich Software AG.",
            "Nordlicht Robotics GmbH",
            "Kranich Software AG",
            20e6,
        ),
    ],
)
def test_investment(lang: str, text: str, investor: str, investee: str, value: float) -> None:
    event = _one(text, lang, "investment")
    assert event["roles"]["investor"] == investor
    assert event["roles"]["investee"] == investee
    assert event["amount"]["value"] == pytest.approx(value)
    assert not [e for e in _events(text, lang) if e["type"] == "acquisition"]


def test_hire_with_from_org() -> None:
    event = _one("Bluefin Analytics hired Marcus Feld from Corvid Labs.", "en", "hire")
    assert event["roles"]["person"] == "Marcus Feld"
    assert event["roles"]["org"] == "Bluefin Analytics"
    assert event["roles"]["from_org"] == "Corvid Labs"


def test_hire_will_join() -> None:
    text = (
        "Jane Holloway, the former chief executive of Corvid Labs, "
        "will join Bluefin Analytics as CEO in April."
    )
    event = _one(text, "en", "hire")
    assert event["roles"]["person"] == "Jane Holloway"
    assert event["roles"]["org"] == "Bluefin Analytics"


def test_departure_with_position() -> None:
    events = _events("Corvid Labs CEO Anna Berg stepped down on Monday.", "en")
    departure = [e for e in events if e["type"] == "departure"]
    position = [e for e in events if e["type"] == "position"]
    assert len(departure) == 1 and len(position) == 1
    assert departure[0]["roles"] == {"person": "Anna Berg", "org": "Corvid Labs"}
    assert position[0]["roles"] == {"person": "Anna Berg", "org": "Corvid Labs"}
    assert position[0]["title"] == "CEO"
    assert "status" not in position[0] or position[0]["status"] is None


def test_departure_plain_verb() -> None:
    event = _one("Marcus Feld left Corvid Labs.", "en", "departure")
    assert event["roles"] == {"person": "Marcus Feld", "org": "Corvid Labs"}


def test_hire_german_wechselt() -> None:
    event = _one(
        "Marcus Feld wechselt von der Kranich Software AG zur Nordlicht Robotics GmbH.", "de", "hire"
    )
    assert event["roles"]["org"] == "Nordlicht Robotics GmbH"
    assert event["roles"]["from_org"] == "Kranich Software AG"


@pytest.mark.parametrize(
    "lang, text, person, org, title",
    [
        pytest.param(
            "de",
            "Kranich-Chef Heiko Brandt sagte, man sei zufrieden.",
            "Heiko Brandt",
            "Kranich",
            "Chef",
        ),
        (
            "de",
            "Jane Holloway, Gründerin der Kranich Software AG, kommentierte dies nicht.",
            "Jane Holloway",
            "Kranich Software AG",
            "Gründerin",
        ),
        ("en", "Corvid Labs CEO Anna Berg stepped down on Monday.", "Anna Berg", "Corvid Labs", "CEO"),
    ],
)
def test_positions(lang: str, text: str, person: str, org: str, title: str) -> None:
    event = _one(text, lang, "position")
    assert event["roles"]["person"] == person
    assert event["roles"]["org"].startswith(org)
    assert title.casefold() in (event.get("title") or "").casefold()


def test_position_english_apposition() -> None:
    event = _one("Jane Holloway, the founder of Corvid Labs, said the deal was good.", "en", "position")
    assert event["roles"] == {"person": "Jane Holloway", "org": "Corvid Labs"}


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The weather in Hamburg was mild on Tuesday."),
        ("de", "Das Wetter in Hamburg war am Dienstag mild."),
        ("en", "Corvid Labs said revenue rose 4 percent."),
    ],
)
def test_no_event_without_trigger(lang: str, text: str) -> None:
    assert [e for e in _events(text, lang) if e["type"] != "position"] == []
