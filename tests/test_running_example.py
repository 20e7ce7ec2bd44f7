"""End to end on the running example of DESIGN.md: the German Meta page with its
navigation left in. Asserts the facts of the design table the system gets right, and
that nothing false about acquisitions is added."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dealgraph.model import Document
from dealgraph.pipeline import extract_document
from dealgraph.schema import EVENT_TYPES, STATUSES

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "meta-ai-acquisitions.de.txt"
EXPECTED_TARGETS = {"scale ai", "safe superintelligence", "perplexity", "thinking machines lab"}


@pytest.fixture(scope="module")
def text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def result(text: str) -> dict[str, Any]:
    return extract_document(Document("seed", text, lang="de", published="2025-06-21"))


def _fold(name: Any) -> Any:
    """Names match as the scorer matches them: case does not count."""
    return name.casefold() if isinstance(name, str) else name


def _find(result: dict[str, Any], etype: str, **roles: str) -> list[dict[str, Any]]:
    return [
        e
        for e in result["events"]
        if e["type"] == etype and all(_fold(e["roles"].get(k)) == _fold(v) for k, v in roles.items())
    ]


def _one(result: dict[str, Any], etype: str, **roles: str) -> dict[str, Any]:
    found = _find(result, etype, **roles)
    assert len(found) == 1, [(e["type"], e["roles"]) for e in result["events"]]
    return found[0]


def test_document_fields(result: dict[str, Any]) -> None:
    assert result["doc"] == "seed"
    assert result["lang"] == "de"
    assert result["published"] == "2025-06-21"


def test_scale_ai_completed_with_stake_amount_date(result: dict[str, Any]) -> None:
    event = _one(result, "acquisition", acquirer="Meta", target="Scale AI")
    assert event["status"] == "completed"
    assert event["stake_pct"] == pytest.approx(49)
    assert event["amount"]["value"] == pytest.approx(14e9)
    assert event["amount"]["currency"] == "USD"
    assert event["amount"]["qualifier"] == "more_than"
    assert event["date"] == "2025-06"


@pytest.mark.parametrize("target", ["Safe Superintelligence", "Perplexity", "Thinking Machines Lab"])
def test_failed_acquisitions(result: dict[str, Any], target: str) -> None:
    assert _one(result, "acquisition", acquirer="Meta", target=target)["status"] == "failed"


def test_poaching_from_openai_in_talks(result: dict[str, Any]) -> None:
    event = _one(result, "poaching", poacher="Meta", source="OpenAI")
    assert event["status"] == "in_talks"
    assert event["amount"]["value"] == pytest.approx(100e6)
    assert event["amount"]["currency"] == "USD"
    assert event["amount"]["qualifier"] == "up_to"


def test_daniel_gross_joins_meta_from_ssi(result: dict[str, Any]) -> None:
    event = _one(result, "hire", person="Daniel Gross", org="Meta")
    assert _fold(event["roles"].get("from_org")) == _fold("Safe Superintelligence")
    assert event["status"] not in {"failed", "denied"}


def test_nat_friedman_joins_meta(result: dict[str, Any]) -> None:
    event = _one(result, "hire", person="Nat Friedman", org="Meta")
    assert event["status"] not in {"failed", "denied"}


@pytest.mark.parametrize(
    "person, org",
    [
        ("Mark Zuckerberg", "Meta"),
        ("Ilya Sutskever", "Safe Superintelligence"),
        ("Mira Murati", "Thinking Machines Lab"),
        ("Daniel Gross", "Safe Superintelligence"),
        ("Nat Friedman", "GitHub"),
    ],
)
def test_positions(result: dict[str, Any], person: str, org: str) -> None:
    assert _find(result, "position", person=person, org=org)


def test_position_wang_scale_ai(result: dict[str, Any]) -> None:
    assert _find(result, "position", person="Alexandr Wang", org="Scale AI")


def test_no_false_positive_acquisitions(result: dict[str, Any]) -> None:
    for event in result["events"]:
        if event["type"] == "acquisition":
            assert _fold(event["roles"]["target"]) in EXPECTED_TARGETS, event["roles"]
            assert _fold(event["roles"]["acquirer"]) == "meta", event["roles"]


def test_no_failed_deal_reported_completed(result: dict[str, Any]) -> None:
    for target in EXPECTED_TARGETS - {"scale ai"}:
        for event in _find(result, "acquisition", target=target):
            assert event["status"] not in {"completed", "announced"}


def test_evidence_and_confidence(result: dict[str, Any], text: str) -> None:
    assert result["events"]
    for event in result["events"]:
        start, end = event["evidence_span"]
        assert 0 <= start < end <= len(text)
        assert event["evidence"] == text[start:end]
        assert 0.0 <= event["confidence"] <= 1.0
        assert event["type"] in EVENT_TYPES
        if EVENT_TYPES[event["type"]].has_status:
            assert event["status"] in STATUSES
        else:
            assert event.get("status") is None


def test_navigation_never_becomes_an_entity(result: dict[str, Any]) -> None:
    names = {e["name"] for e in result["entities"]}
    assert not names & {
        "Kategorien",
        "Galerie öffnen",
        "Wir empfehlen Ihnen gerne",
        "Zurück zum Seitenanfang",
    }
