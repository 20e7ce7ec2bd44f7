"""Idempotent ingestion, replacement of changed documents, crash safety."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from dealgraph.model import Document
from dealgraph.store import Store, open_store

Corpus = Any


def test_reingesting_the_same_documents_changes_nothing(store: Store, corpus: Corpus) -> None:
    first = corpus.ingest_all(store)
    assert {r["outcome"] for r in first} == {"new"}
    before = store.stats()
    again = corpus.ingest_all(store)
    assert {r["outcome"] for r in again} == {"unchanged"}
    assert store.stats() == before
    assert before["documents"] == 7 and before["events"] == 3


def test_a_changed_document_replaces_its_claims(store: Store, corpus: Corpus) -> None:
    corpus.ingest_all(store)
    changed = Document(
        id="kranich-agreed",
        published="2024-07-01",
        url="https://news.example/kranich-3",
        text="Kranich Systems agreed to acquire Nordlicht Robotics for $1.5 billion.",
    )
    report = store.ingest(changed, corpus.extracted(changed))
    assert report["outcome"] == "replaced"
    assert report["events_updated"] == 1
    ev = store.events(entity="Kranich Systems", type="acquisition")[0][0]
    assert ev["conflicts"] == []
    assert len(ev["sources"]) == 4
    assert store.stats()["claims"] == 7
    doc = store.document("kranich-agreed")
    assert doc is not None and "1.5" in doc["text"] and len(doc["claims"]) == 1


def test_same_url_with_new_id_replaces_the_old_document(store: Store, corpus: Corpus) -> None:
    corpus.ingest_all(store, ["kranich-talks"])
    moved = Document(
        id="kranich-talks-v2",
        published="2024-05-10",
        url="https://news.example/kranich-2",
        text="Kranich Systems is in advanced talks to acquire Nordlicht Robotics.",
    )
    assert store.ingest(moved, corpus.extracted(moved))["outcome"] == "replaced"
    assert store.document("kranich-talks") is None
    assert store.stats()["documents"] == 1


def test_a_failure_inside_a_document_leaves_nothing_behind(store: Store, corpus: Corpus) -> None:
    corpus.ingest_all(store, ["kranich-rumor"])
    before = store.stats()
    doc = corpus.article("kranich-agreed")
    broken = copy.deepcopy(corpus.extracted(doc))
    broken["events"].append({"type": "no-such-type", "roles": {}, "entity_ids": {}})
    with pytest.raises(ValueError):
        store.ingest(doc, broken)
    assert store.stats() == before
    assert store.document("kranich-agreed") is None
    assert store.ingest(doc, corpus.extracted(doc))["outcome"] == "new"
    ev = store.events(entity="Kranich Systems")[0][0]
    assert [s["status"] for s in ev["timeline"]] == ["rumored", "announced"]
    assert store.stats()["claims"] == 2


def test_reopening_keeps_the_schema_version(store_url: str, corpus: Corpus) -> None:
    from sqlalchemy import select

    from dealgraph.store.schema import MIGRATIONS, schema_version

    for _ in range(2):
        with open_store(store_url) as opened, opened.engine.connect() as conn:
            versions = list(conn.execute(select(schema_version.c.version)).scalars())
    assert versions == list(range(1, len(MIGRATIONS) + 1))
