"""Entity resolution: guarded fuzzy matching and reversible merge/split judgements."""

from __future__ import annotations

import copy
from typing import Any

from dealgraph.model import Document
from dealgraph.store import Store
from dealgraph.store.resolve import fuzzy_same

Corpus = Any


def test_fuzzy_matching_does_not_swallow_longer_names() -> None:
    assert not fuzzy_same("siemens", "siemens healthineers")
    assert not fuzzy_same("fund 1", "fund 2")
    assert fuzzy_same("kranich systems", "kranich sytems")


def test_siemens_and_siemens_healthineers_stay_apart(store: Store, corpus: Corpus) -> None:
    for ident, buyer in (("siemens", "Siemens"), ("healthineers", "Siemens Healthineers")):
        doc = Document(
            id=ident, text=f"{buyer} hat Brückner Sensorik GmbH übernommen.", published="2024-02-02"
        )
        store.ingest(doc, corpus.extracted(doc))
    assert store.events(entity="Brückner Sensorik", type="acquisition")[1] == 2
    assert store.events(entity="Siemens")[1] == 1
    siemens = store.entity("Siemens")
    assert siemens is not None and "Siemens Healthineers" not in siemens["aliases"]


def test_misspelt_name_resolves_to_the_known_entity(store: Store, corpus: Corpus) -> None:
    corpus.ingest_all(store, ["kranich-agreed"])
    doc = Document(
        id="typo",
        text="Kranich Sytems has completed its acquisition of Nordlicht Robotics.",
        published="2024-10-03",
    )
    result = copy.deepcopy(corpus.extracted(corpus.article("kranich-closed")))
    for ent in result["entities"]:
        if ent["id"] == "dg:org:kranich-systems":
            ent.update(id="dg:org:kranich-sytems", name="Kranich Sytems", surface=["Kranich Sytems"])
    for ev in result["events"]:
        ev["entity_ids"]["acquirer"] = ["dg:org:kranich-sytems"]
    store.ingest(doc, result)
    found, total = store.events(entity="Kranich Sytems", type="acquisition")
    assert (
        total == 1
        and found[0]["status"] == "completed"
        and found[0]["roles"]["acquirer"] == "Kranich Systems"
    )


def test_merge_and_split_round_trip(store: Store, corpus: Corpus) -> None:
    corpus.ingest_all(store, ["falkenstein-de", "falkenstein-en"])
    other = Document(
        id="moorhof-ag",
        text="Falkenstein Bank scheiterte mit der Übernahme von Moorland AG.",
        published="2024-06-03",
    )
    store.ingest(other, corpus.extracted(other))
    assert store.events(entity="Falkenstein Bank")[1] == 2
    store.merge_entities("Moorhof Energie", "Moorland AG")
    found, total = store.events(entity="Falkenstein Bank")
    assert total == 1 and len(found[0]["sources"]) == 3
    assert store.events(entity="Moorland")[1] == 1
    assert found[0]["roles"]["target"] == store.entity("Moorland")["name"]  # type: ignore[index]
    store.split_entity("Moorland AG")
    assert store.events(entity="Falkenstein Bank")[1] == 2
    assert store.entity("Moorland")["name"] == "Moorland AG"  # type: ignore[index]
    assert store.stats()["judgements"] == 2


def test_search_finds_names_by_prefix_and_substring(store: Store, corpus: Corpus) -> None:
    corpus.ingest_all(store)
    assert [e["name"] for e in store.search_entities("kran")] == ["Kranich Systems"]
    assert "Nordlicht Robotics" in [e["name"] for e in store.search_entities("ROBOT")]
    graph = store.graph("Kranich Systems", depth=2)
    names = {n["name"] for n in graph["nodes"]}
    assert {"Kranich Systems", "Nordlicht Robotics", "Jana Vogel"} <= names
