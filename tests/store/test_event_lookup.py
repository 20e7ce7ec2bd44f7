"""Store.event: one merged event by its id."""

from __future__ import annotations

from dealgraph.model import Document
from dealgraph.store import open_store


def test_event_by_id_returns_the_merged_event_and_none_for_unknown_ids(tmp_path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'g.db'}")
    try:
        store.ingest(
            Document(
                "a1",
                "Nordlicht Robotics agreed to acquire Kranich Software for $1.2 billion.",
                lang="en",
                published="2024-03-05",
            )
        )
        events, total = store.events(entity="Nordlicht Robotics")
        assert total == 1
        found = store.event(events[0]["id"])
        assert found is not None
        assert found["id"] == events[0]["id"]
        assert found["type"] == "acquisition"
        assert store.event("no-such-event") is None
    finally:
        store.close()
