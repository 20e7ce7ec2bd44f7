"""One event per key within a document: the same deal told in several sentences."""

from __future__ import annotations

from ..model import Event
from ..schema import EVENT_TYPES

# Within one article a later, more definite statement describes the deal better, but an
# explicit failure or denial ends it.
_RANK = {"denied": 6, "failed": 5, "completed": 4, "announced": 3, "in_talks": 2, "rumored": 1, None: 0}


def _merge_into(kept: Event, other: Event) -> None:
    # a status read from a cue or a tense, not assumed for want of one ("default")
    explicit = [
        e
        for e in (kept, other)
        if "default" not in e.cues or any(c.startswith(f"{e.status}:") for c in e.cues)
    ]
    if _RANK[other.status] > _RANK[kept.status] and (other in explicit or not explicit):
        kept.status = other.status
    kept.amount = kept.amount or other.amount
    kept.stake_pct = kept.stake_pct if kept.stake_pct is not None else other.stake_pct
    kept.date = kept.date or other.date
    kept.title = kept.title or other.title
    kept.confidence = max(kept.confidence, other.confidence)
    for role in EVENT_TYPES[kept.type].side_roles:
        if role not in kept.roles and role in other.roles:
            kept.roles[role] = other.roles[role]
    if other.evidence != kept.evidence:
        kept.cues.append(f"also:{other.evidence[0]}-{other.evidence[1]}")


def merge_events(events: list[Event]) -> list[Event]:
    """Collapse events with the same type and key entities, keeping the first as evidence."""
    by_key: dict[tuple[object, ...], Event] = {}
    for event in events:
        key = event.key()
        if key in by_key:
            _merge_into(by_key[key], event)
        else:
            by_key[key] = event
    return list(by_key.values())
