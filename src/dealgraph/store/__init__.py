"""The knowledge-graph store: statements with provenance, resolved entities, merged events.

``open_store()`` is the entry point for the CLI, the HTTP API and batch jobs alike.
"""

from __future__ import annotations

from .core import Store, UnknownEntityError


def open_store(url: str | None = None) -> Store:
    """Open (and create or migrate) the store at ``url``, ``$DEALGRAPH_DB`` or ``sqlite:///dealgraph.db``."""
    return Store(url)


__all__ = ["Store", "UnknownEntityError", "open_store"]
