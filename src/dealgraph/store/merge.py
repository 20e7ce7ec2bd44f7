"""Cross-document event merging: claims of the same deal become one event.

Claims merge when they share the type and the canonical entities of the key roles (the
claim ``key``) and their dates are compatible (a gap of at most two years between
consecutive reports). The status follows the timeline of the claims ordered by
publication date; amounts that disagree by more than 2 % and completed-vs-failed on the
same day are kept side by side in ``conflicts``, never averaged.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, delete, select, update

from ..schema import EVENT_TYPES, roles_of
from .schema import claims, documents, entities, event_entities, events

MAX_GAP_DAYS = 730
AMOUNT_TOLERANCE = 0.02
PROGRESS = {"rumored": 0, "in_talks": 1, "announced": 2, "completed": 3}
NEGATIVE = frozenset({"failed", "denied"})


def claim_key(event_type: str, role_ids: Mapping[str, Sequence[str]], canon: Mapping[str, str]) -> str:
    """Type plus the sorted canonical ids of every key role: what identifies a deal."""
    parts = [event_type]
    for role in EVENT_TYPES[event_type].key_roles:
        ids = sorted({canon.get(x, x) for x in role_ids.get(role, [])})
        parts.append(f"{role}={','.join(ids)}")
    return "|".join(parts)


def _days(iso: str | None) -> int | None:
    if not iso:
        return None
    try:
        parts = [int(p) for p in iso.split("-")[:3]]
    except ValueError:
        return None
    year, month, day = (parts + [1, 1])[:3]
    return year * 365 + (month - 1) * 30 + day


def _when(claim: Mapping[str, Any]) -> str | None:
    return claim.get("date") or claim.get("published")


def cluster(rows: Sequence[Mapping[str, Any]]) -> list[list[Mapping[str, Any]]]:
    """Split the claims of one key into deals whose reports are at most two years apart."""
    dated = sorted((r for r in rows if _days(_when(r)) is not None), key=lambda r: _days(_when(r)) or 0)
    undated = [r for r in rows if _days(_when(r)) is None]
    groups: list[list[Mapping[str, Any]]] = []
    last: int | None = None
    for row in dated:
        day = _days(_when(row)) or 0
        if last is None or day - last > MAX_GAP_DAYS:
            groups.append([])
        groups[-1].append(row)
        last = day
    if not groups:
        groups.append([])
    groups[-1].extend(undated)
    return groups


def _order(claim: Mapping[str, Any]) -> tuple[str, str]:
    return (claim.get("published") or claim.get("date") or "", claim["id"])


def timeline(ordered: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Each change of status with its date and document; revivals need talks or more."""
    steps: list[dict[str, Any]] = []
    current: str | None = None
    for claim in ordered:
        status = claim.get("status")
        if not status or status == current:
            continue
        take = (
            current is None
            or status in NEGATIVE
            or (current in NEGATIVE and PROGRESS.get(status, 0) >= PROGRESS["in_talks"])
            or (current not in NEGATIVE and PROGRESS.get(status, -1) > PROGRESS.get(current, -1))
        )
        if take:
            current = status
            steps.append({"status": status, "date": _order(claim)[0] or None, "doc": claim["doc_id"]})
    return steps


def conflicts(ordered: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Disagreeing amounts (beyond 2 %, same currency) and opposite outcomes on one day."""
    found: list[dict[str, Any]] = []
    amounts = [(c["amount"], c["doc_id"]) for c in ordered if c.get("amount")]
    clash = any(
        a["currency"] == b["currency"]
        and abs(a["value"] - b["value"]) > AMOUNT_TOLERANCE * max(abs(a["value"]), abs(b["value"]))
        for i, (a, _) in enumerate(amounts)
        for b, _ in amounts[i + 1 :]
    )
    if clash:
        found.append(
            {
                "field": "amount",
                "values": [
                    {
                        "value": a["value"],
                        "currency": a["currency"],
                        "qualifier": a.get("qualifier"),
                        "doc": doc,
                    }
                    for a, doc in amounts
                ],
            }
        )
    by_day: dict[str, set[str]] = {}
    for claim in ordered:
        if claim.get("status") in ("completed", "failed") and _order(claim)[0]:
            by_day.setdefault(_order(claim)[0], set()).add(claim["status"])
    days = sorted(day for day, statuses in by_day.items() if len(statuses) > 1)
    if days:
        found.append(
            {
                "field": "status",
                "values": [
                    {"status": c["status"], "date": _order(c)[0], "doc": c["doc_id"]}
                    for c in ordered
                    if _order(c)[0] in days and c.get("status") in ("completed", "failed")
                ],
            }
        )
    return found


def _latest(ordered: Sequence[Mapping[str, Any]], field: str) -> Any:
    for claim in reversed(ordered):
        if claim.get(field) is not None:
            return claim[field]
    return None


def event_id(key: str, anchor: str) -> str:
    return "ev_" + hashlib.sha1(f"{key}|{anchor}".encode()).hexdigest()[:16]


def build_event(
    key: str,
    anchor: str,
    group: Sequence[Mapping[str, Any]],
    canon: Mapping[str, str],
    names: Mapping[str, str],
) -> dict[str, Any]:
    """The merged event of one cluster of claims, in the shape the API returns."""
    ordered = sorted(group, key=_order)
    event_type = ordered[0]["type"]
    spec = EVENT_TYPES[event_type]
    role_ids: dict[str, list[str]] = {}
    for role in roles_of(event_type):
        ids: list[str] = []
        for claim in ordered:
            for raw in claim["role_ids"].get(role, []):
                cid = canon.get(raw, raw)
                if cid not in ids:
                    ids.append(cid)
        if ids:
            role_ids[role] = ids
    roles: dict[str, str | list[str]] = {}
    for role, ids in role_ids.items():
        labels = [names.get(x, x) for x in ids]
        roles[role] = labels if spec.multi_party or len(labels) > 1 else labels[0]
    steps = timeline(ordered) if spec.has_status else []
    return {
        "id": event_id(key, anchor),
        "type": event_type,
        "status": steps[-1]["status"] if steps else None,
        "roles": roles,
        "role_ids": role_ids,
        "amount": _latest(ordered, "amount"),
        "stake_pct": _latest(ordered, "stake_pct"),
        "date": _latest(ordered, "date"),
        "title": _latest(ordered, "title"),
        "timeline": steps,
        "conflicts": conflicts(ordered),
        "sources": [
            {
                "doc": c["doc_id"],
                "url": c.get("url"),
                "title": c.get("doc_title"),
                "published": c.get("published"),
                "status": c.get("status"),
                "amount": c.get("amount"),
                "evidence": c["evidence"],
                "evidence_span": [c.get("evidence_start"), c.get("evidence_end")],
            }
            for c in ordered
        ],
    }


# Statements built once (constructing them per document cost as much as running them).
_CLAIMS_OF_KEYS = (
    select(claims, documents.c.url, documents.c.title.label("doc_title"), documents.c.published)
    .join(documents, documents.c.id == claims.c.doc_id)
    .where(claims.c.key.in_(bindparam("keys", expanding=True)))
)
_ENTITY_NAMES = select(entities.c.id, entities.c.name).where(
    entities.c.id.in_(bindparam("ids", expanding=True))
)
_ENTITY_CANON = select(entities.c.id, entities.c.canonical_id).where(
    entities.c.id.in_(bindparam("ids", expanding=True))
)
_EVENTS_OF_KEYS = select(events.c.id).where(events.c.key.in_(bindparam("keys", expanding=True)))
_DROP_LINKS = delete(event_entities).where(event_entities.c.event_id.in_(bindparam("ids", expanding=True)))
_DROP_EVENTS = delete(events).where(events.c.id.in_(bindparam("ids", expanding=True)))


def _claim_rows(conn: Connection, keys: Sequence[str]) -> list[dict[str, Any]]:
    return [dict(row._mapping) for row in conn.execute(_CLAIMS_OF_KEYS, {"keys": list(keys)})]


def _by_id(conn: Connection, statement: Any, ids: Iterable[str]) -> dict[str, str]:
    """id -> value of ``statement`` (an entity lookup by ``ids``), in chunks the drivers accept."""
    wanted = sorted(set(ids))
    out: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        out.update(conn.execute(statement, {"ids": wanted[start : start + 500]}).all())
    return out


def _names(conn: Connection, ids: Iterable[str]) -> dict[str, str]:
    return _by_id(conn, _ENTITY_NAMES, ids)


def _canonical(conn: Connection, ids: Iterable[str]) -> dict[str, str]:
    return _by_id(conn, _ENTITY_CANON, ids)


def rebuild(conn: Connection, keys: Iterable[str]) -> tuple[set[str], set[str]]:
    """Recompute the events of the given claim keys; returns (ids before, ids after)."""
    key_list = sorted(set(keys))
    before: set[str] = set()
    after: set[str] = set()
    for start in range(0, len(key_list), 200):
        chunk = key_list[start : start + 200]
        old = set(conn.execute(_EVENTS_OF_KEYS, {"keys": chunk}).scalars())
        before |= old
        if old:
            conn.execute(_DROP_LINKS, {"ids": sorted(old)})
            conn.execute(_DROP_EVENTS, {"ids": sorted(old)})
        rows = _claim_rows(conn, chunk)
        raw_ids = {x for r in rows for ids in r["role_ids"].values() for x in ids}
        canon = _canonical(conn, raw_ids)
        names = _names(conn, {canon.get(x, x) for x in raw_ids})
        by_key: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            by_key.setdefault(row["key"], []).append(row)
        event_rows, link_rows, claim_links = [], [], []
        for key, group_rows in by_key.items():
            for number, group in enumerate(cluster(group_rows)):
                anchor = "" if number == 0 else (_when(group[0]) or str(number))
                ev = build_event(key, anchor, group, canon, names)
                sort_date = (
                    ev["date"] or max((s["published"] or "" for s in ev["sources"]), default="") or None
                )
                amount = ev["amount"]["value"] if ev["amount"] else None
                event_rows.append(
                    {
                        "id": ev["id"],
                        "key": key,
                        "type": ev["type"],
                        "status": ev["status"],
                        "sort_date": sort_date,
                        "amount_value": amount,
                        "has_conflict": 1 if ev["conflicts"] else 0,
                        "data": ev,
                    }
                )
                ids = {x for role_ids in ev["role_ids"].values() for x in role_ids}
                link_rows += [
                    {"event_id": ev["id"], "entity_id": x, "sort_date": sort_date} for x in sorted(ids)
                ]
                claim_links += [{"cid": c["id"], "eid": ev["id"]} for c in group]
                after.add(ev["id"])
        if event_rows:
            conn.execute(events.insert(), event_rows)
        if link_rows:
            conn.execute(event_entities.insert(), link_rows)
        if claim_links:
            conn.execute(
                update(claims).where(claims.c.id == bindparam("cid")).values(event_id=bindparam("eid")),
                claim_links,
            )
    return before, after
