"""Merging of claims into events across documents, timelines, conflicts, negative facts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dealgraph.model import Document
from dealgraph.store import Store

Corpus = Any


def _kranich(store: Store) -> dict[str, Any]:
    found, total = store.events(entity="Kranich Systems", type="acquisition")
    assert total == 1
    return found[0]


def test_four_reports_of_one_deal_become_one_event_with_a_timeline(store: Store, corpus: Corpus) -> None:
    corpus.ingest_all(store)
    ev = _kranich(store)
    assert ev["roles"] == {"acquirer": "Kranich Systems", "target": "Nordlicht Robotics"}
    assert ev["status"] == "completed"
    assert [(s["status"], s["date"]) for s in ev["timeline"]] == [
        ("rumored", "2024-03-01"),
        ("in_talks", "2024-05-10"),
        ("announced", "2024-07-01"),
        ("completed", "2024-10-02"),
    ]
    assert len(ev["sources"]) == 4


def test_disagreeing_amounts_are_kept_and_flagged_not_averaged(store: Store, corpus: Corpus) -> None:
    corpus.ingest_all(store)
    ev = _kranich(store)
    values = sorted(v["value"] for c in ev["conflicts"] if c["field"] == "amount" for v in c["values"])
    assert values == [1.2e9, 1.5e9]
    assert ev["amount"]["value"] == 1.5e9
    assert [c["id"] for c in store.conflicts()] == [ev["id"]]


def test_failed_deal_reported_in_two_languages_is_one_failed_event(store: Store, corpus: Corpus) -> None:
    corpus.ingest_all(store)
    found, total = store.events(entity="Falkenstein Bank", status="failed")
    assert total == 1
    assert len(found[0]["sources"]) == 2
    assert store.events(status="failed", entity="Moorhof Energie GmbH")[1] == 1


def test_report_order_does_not_matter(store: Store, corpus: Corpus) -> None:
    corpus.ingest_all(store, list(reversed(corpus.ids)))
    assert _kranich(store)["status"] == "completed"
    assert [s["status"] for s in _kranich(store)["timeline"]] == [
        "rumored",
        "in_talks",
        "announced",
        "completed",
    ]


def test_running_example_lists_the_three_failed_meta_acquisitions(store: Store, corpus: Corpus) -> None:
    path = Path(__file__).resolve().parents[2] / "examples" / "meta-ai-acquisitions.de.txt"
    doc = Document(id="meta-ai", text=path.read_text(encoding="utf-8"), published="2025-06-21")
    store.ingest(doc, corpus.extracted(doc))
    found, total = store.events(status="failed", entity="Meta")
    assert total == 3
    assert sorted(ev["roles"]["target"] for ev in found) == [
        "Perplexity",
        "Safe Superintelligence",
        "Thinking Machines Lab",
    ]
    assert store.events(status="failed", entity="Meta Platforms, Inc.")[1] == 3


def test_deals_years_apart_stay_separate_events(store: Store, corpus: Corpus) -> None:
    old = Document(id="old", text=corpus.article("kranich-agreed").text, published="2015-02-01")
    store.ingest(old, corpus.extracted(old))
    corpus.ingest_all(store, ["kranich-closed"])
    assert store.events(entity="Kranich Systems", type="acquisition")[1] == 2
