"""The per-document result: events in the format of ``shared/eval/SCHEMA.md``."""

from __future__ import annotations

from typing import Any

from ..model import Analysis, Event, Mention
from ..schema import EVENT_TYPES


def _names(mentions: list[Mention]) -> str | list[str]:
    names = list(dict.fromkeys(m.display for m in mentions))
    return names[0] if len(names) == 1 else names


def event_json(event: Event, analysis: Analysis) -> dict[str, Any]:
    spec = EVENT_TYPES[event.type]
    out: dict[str, Any] = {"type": event.type}
    if spec.has_status:
        out["status"] = event.status
    out["roles"] = {
        role: (names if spec.multi_party and isinstance(names := _names(ms), list) else _names(ms))
        for role in spec.key_roles + spec.side_roles
        if (ms := event.roles.get(role))
    }
    if event.amount is not None:
        out["amount"] = {
            "value": event.amount.value,
            "currency": event.amount.currency,
            "qualifier": event.amount.qualifier,
            "text": analysis.text[event.amount.start : event.amount.end],
        }
    if event.stake_pct is not None:
        out["stake_pct"] = event.stake_pct
    if event.date:
        out["date"] = event.date
    if event.title:
        out["title"] = event.title
    start, end = event.evidence
    out["evidence"] = analysis.text[start:end]
    out["evidence_span"] = [start, end]
    out["trigger_span"] = list(event.trigger)
    out["entity_ids"] = {role: [m.entity.key for m in ms] for role, ms in event.roles.items()}
    out["confidence"] = event.confidence
    out["cues"] = event.cues
    return out


def result_of(analysis: Analysis, extractor: str) -> dict[str, Any]:
    doc = analysis.doc
    used = {m.entity.key for e in analysis.events for ms in e.roles.values() for m in ms}
    entities: dict[str, dict[str, Any]] = {}
    for m in analysis.mentions:
        if m.entity.key not in used:
            continue
        row = entities.setdefault(
            m.entity.key,
            {
                "id": m.entity.key,
                "name": m.entity.name,
                "kind": m.entity.kind,
                "wikidata": m.entity.wikidata,
                "surface": [],
                "spans": [],
            },
        )
        if m.text not in row["surface"]:
            row["surface"].append(m.text)
        row["spans"].append([m.start, m.end])
    return {
        "doc": doc.id,
        "lang": analysis.lang,
        "title": doc.title,
        "published": doc.published,
        "url": doc.url,
        "content_hash": doc.content_hash,
        "extractor": extractor,
        "events": [event_json(e, analysis) for e in analysis.events],
        "entities": list(entities.values()),
    }
