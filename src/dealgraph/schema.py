"""The event contract of ``shared/eval/SCHEMA.md``, declared once as data.

Everything else (extraction, store, API, UI, exports) reads event types, roles and
statuses from here instead of spelling the strings itself.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EventType:
    name: str
    key_roles: tuple[str, ...]
    side_roles: tuple[str, ...] = ()
    has_status: bool = True
    multi_party: bool = False  # key role holds 2+ names (merger, partnership)
    label: str = ""


EVENT_TYPES: dict[str, EventType] = {
    t.name: t
    for t in (
        EventType("acquisition", ("acquirer", "target"), ("seller",), label="Acquisition"),
        EventType("investment", ("investor", "investee"), label="Investment"),
        EventType("merger", ("parties",), multi_party=True, label="Merger"),
        EventType("partnership", ("parties",), multi_party=True, label="Partnership"),
        EventType("hire", ("person", "org"), ("from_org",), label="Hire"),
        EventType("departure", ("person", "org"), ("to_org",), label="Departure"),
        EventType("poaching", ("poacher", "source"), ("person",), label="Poaching"),
        EventType("position", ("person", "org"), has_status=False, label="Position"),
    )
}

# Ordered by the stage a deal reaches; failed and denied end a timeline.
STATUSES: tuple[str, ...] = ("rumored", "in_talks", "announced", "completed", "failed", "denied")
TERMINAL_STATUSES = frozenset({"completed", "failed", "denied"})
QUALIFIERS: tuple[str, ...] = ("exact", "more_than", "up_to", "about")

# Roles whose value is a person, every other role names an organisation.
PERSON_ROLES = frozenset({"person"})


def roles_of(event_type: str) -> tuple[str, ...]:
    """Key roles first, then side roles."""
    spec = EVENT_TYPES[event_type]
    return spec.key_roles + spec.side_roles


def as_dict() -> dict[str, object]:
    """The schema as JSON-ready data, for the API and the web UI."""
    return {
        "event_types": {
            name: {
                "key_roles": list(t.key_roles),
                "side_roles": list(t.side_roles),
                "has_status": t.has_status,
                "label": t.label,
            }
            for name, t in EVENT_TYPES.items()
        },
        "statuses": list(STATUSES),
        "qualifiers": list(QUALIFIERS),
    }
