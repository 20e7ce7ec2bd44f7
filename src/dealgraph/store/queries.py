"""Read side of the store: merged events, entities, graph, documents, statistics.

Merged events are read from their materialised JSON; filters use indexed columns
(type, status, date, amount) and the event-entity link table, so ``events(entity=...)``
stays fast on large stores.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Select, func, or_, select

from ..mentions.names import fold
from .schema import aliases, claims, documents, entities, event_entities, events, judgements

GRAPH_ENDS: dict[str, tuple[str, str]] = {
    "acquisition": ("acquirer", "target"),
    "investment": ("investor", "investee"),
    "hire": ("person", "org"),
    "departure": ("person", "org"),
    "poaching": ("poacher", "source"),
    "position": ("person", "org"),
}


def raw_ids(conn: Connection, ref: str) -> list[str]:
    """Raw entities a reference names: by id, then folded name, then alias."""
    if conn.execute(select(entities.c.id).where(entities.c.id == ref)).first():
        return [ref]
    key = fold(ref)
    if not key:
        return []
    found = list(
        conn.execute(select(entities.c.id).where(entities.c.folded == key).order_by(entities.c.id)).scalars()
    )
    if not found:
        found = list(
            conn.execute(
                select(aliases.c.entity_id).where(aliases.c.folded == key).order_by(aliases.c.entity_id)
            ).scalars()
        )
    return found


def canonical_ids(conn: Connection, ref: str) -> list[str]:
    """Canonical entities a reference (canonical name, alias or id) stands for."""
    ids = raw_ids(conn, ref)
    if not ids:
        return []
    found = conn.execute(select(entities.c.canonical_id).where(entities.c.id.in_(ids))).scalars()
    return sorted(set(found), key=lambda x: (x.startswith("dg:"), x))


def _filtered(
    query: Select[Any],
    conn: Connection,
    entity: str | None,
    type: str | None,
    status: str | None,
    since: str | None,
    until: str | None,
    min_amount: float | None,
) -> Select[Any] | None:
    if entity:
        ids = canonical_ids(conn, entity)
        if not ids:
            return None
        query = query.where(
            events.c.id.in_(select(event_entities.c.event_id).where(event_entities.c.entity_id.in_(ids)))
        )
    if type:
        query = query.where(events.c.type == type)
    if status:
        query = query.where(events.c.status == status)
    if since:
        query = query.where(events.c.sort_date >= since)
    if until:
        query = query.where(events.c.sort_date <= until + "\uffff")
    if min_amount is not None:
        query = query.where(events.c.amount_value >= min_amount)
    return query


def find_events(
    conn: Connection,
    entity: str | None = None,
    type: str | None = None,
    status: str | None = None,
    since: str | None = None,
    until: str | None = None,
    min_amount: float | None = None,
    limit: int = 100,
    offset: int = 0,
) -> tuple[list[dict[str, Any]], int]:
    args = (conn, entity, type, status, since, until, min_amount)
    rows = _filtered(select(events.c.data), *args)
    counted = _filtered(select(func.count()).select_from(events), *args)
    if rows is None or counted is None:
        return [], 0
    total = conn.execute(counted).scalar_one()
    rows = rows.order_by(events.c.sort_date.desc(), events.c.id).limit(limit).offset(offset)
    return [dict(r[0]) for r in conn.execute(rows)], total


def find_event(conn: Connection, event_id: str) -> dict[str, Any] | None:
    """One merged event by its id (the primary key: one indexed lookup)."""
    row = conn.execute(select(events.c.data).where(events.c.id == event_id)).first()
    return dict(row[0]) if row is not None else None


def entity_info(conn: Connection, ref: str) -> dict[str, Any] | None:
    ids = canonical_ids(conn, ref)
    if not ids:
        return None
    cid = ids[0]
    row = conn.execute(select(entities).where(entities.c.id == cid)).first()
    if row is None:
        return None
    members = list(conn.execute(select(entities.c.id, entities.c.name).where(entities.c.canonical_id == cid)))
    names = {name for _, name in members}
    names |= set(
        conn.execute(
            select(aliases.c.alias).where(aliases.c.entity_id.in_([m for m, _ in members]))
        ).scalars()
    )
    names.discard(row.name)
    linked = select(event_entities.c.event_id).where(event_entities.c.entity_id == cid)
    evs = [
        dict(r[0])
        for r in conn.execute(
            select(events.c.data).where(events.c.id.in_(linked)).order_by(events.c.sort_date, events.c.id)
        )
    ]
    people = []
    for ev in evs:
        if ev["type"] in ("hire", "departure", "position") and cid in ev["role_ids"].get("org", []):
            for pid in ev["role_ids"].get("person", []):
                person = ev["roles"]["person"]
                people.append(
                    {
                        "person": person if isinstance(person, str) else person[0],
                        "person_id": pid,
                        "type": ev["type"],
                        "title": ev.get("title"),
                        "status": ev.get("status"),
                    }
                )
    return {
        "id": cid,
        "name": row.name,
        "kind": row.kind,
        "wikidata": row.wikidata,
        "aliases": sorted(names),
        "members": sorted(m for m, _ in members),
        "events": evs,
        "people": people,
    }


def search(conn: Connection, q: str, limit: int = 20) -> list[dict[str, Any]]:
    key = fold(q)
    if not key:
        return []
    pattern = f"%{key}%"
    hits = select(aliases.c.entity_id).where(aliases.c.folded.like(pattern))
    query = (
        select(entities.c.canonical_id)
        .distinct()
        .where(or_(entities.c.folded.like(pattern), entities.c.id.in_(hits)))
    )
    found = list(conn.execute(query.limit(limit * 3)).scalars())
    out = []
    for cid in found:
        info = conn.execute(select(entities.c.name, entities.c.kind).where(entities.c.id == cid)).first()
        if info is None:
            continue
        names = set(
            conn.execute(
                select(aliases.c.alias)
                .join(entities, entities.c.id == aliases.c.entity_id)
                .where(entities.c.canonical_id == cid)
            ).scalars()
        )
        names.discard(info.name)
        rank = (0 if fold(info.name).startswith(key) else 1, info.name)
        out.append((rank, {"id": cid, "name": info.name, "kind": info.kind, "aliases": sorted(names)}))
    out.sort(key=lambda item: item[0])
    return [item[1] for item in out[:limit]]


def edges_of(ev: dict[str, Any]) -> list[tuple[str, str]]:
    """Directed (source, target) pairs of an event: deals and talent moves."""
    ids = ev["role_ids"]
    if ev["type"] in GRAPH_ENDS:
        src, dst = GRAPH_ENDS[ev["type"]]
        pairs = [(a, b) for a in ids.get(src, []) for b in ids.get(dst, [])]
        if ev["type"] == "hire":
            pairs += [(a, b) for a in ids.get("from_org", []) for b in ids.get("org", [])]
        return pairs
    parties = ids.get("parties", [])
    return [(parties[0], other) for other in parties[1:]]


def graph(conn: Connection, ref: str, depth: int = 1) -> dict[str, Any]:
    ids = canonical_ids(conn, ref)
    if not ids:
        return {"nodes": [], "edges": []}
    frontier, seen = {ids[0]}, {ids[0]}
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    for _ in range(max(depth, 1)):
        linked = select(event_entities.c.event_id).where(event_entities.c.entity_id.in_(sorted(frontier)))
        new: set[str] = set()
        for (data,) in conn.execute(select(events.c.data).where(events.c.id.in_(linked)).limit(2000)):
            for source, target in edges_of(data):
                label = data["type"] + (f" ({data['status']})" if data.get("status") else "")
                edges[(data["id"], source, target)] = {
                    "event_id": data["id"],
                    "type": data["type"],
                    "status": data.get("status"),
                    "source": source,
                    "target": target,
                    "label": label,
                }
                new |= {source, target} - seen
        seen |= new
        frontier = new
        if not frontier:
            break
    nodes = [
        {"id": i, "name": n, "kind": k}
        for i, n, k in conn.execute(
            select(entities.c.id, entities.c.name, entities.c.kind).where(entities.c.id.in_(sorted(seen)))
        )
    ]
    return {"nodes": nodes, "edges": list(edges.values())}


def document(conn: Connection, doc_id: str) -> dict[str, Any] | None:
    row = conn.execute(select(documents).where(documents.c.id == doc_id)).first()
    if row is None:
        return None
    found = conn.execute(select(claims).where(claims.c.doc_id == doc_id).order_by(claims.c.idx))
    return {
        "id": row.id,
        "url": row.url,
        "title": row.title,
        "published": row.published,
        "lang": row.lang,
        "text": row.text,
        "content_hash": row.content_hash,
        "claims": [
            {
                "event_id": c.event_id,
                "type": c.type,
                "status": c.status,
                "roles": c.roles,
                "evidence": c.evidence,
                "evidence_span": [c.evidence_start, c.evidence_end],
            }
            for c in found
        ],
    }


def conflicting(conn: Connection) -> list[dict[str, Any]]:
    query = select(events.c.data).where(events.c.has_conflict == 1).order_by(events.c.sort_date, events.c.id)
    return [dict(r[0]) for r in conn.execute(query)]


def stats(conn: Connection) -> dict[str, Any]:
    def count(table: Any) -> int:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())

    by_type: dict[str, int] = dict(
        conn.execute(select(events.c.type, func.count()).group_by(events.c.type)).all()
    )
    by_status: dict[str | None, int] = dict(
        conn.execute(select(events.c.status, func.count()).group_by(events.c.status)).all()
    )
    return {
        "documents": count(documents),
        "claims": count(claims),
        "events": count(events),
        "entities": int(
            conn.execute(select(func.count(func.distinct(entities.c.canonical_id)))).scalar_one()
        ),
        "raw_entities": count(entities),
        "judgements": count(judgements),
        "conflicts": int(conn.execute(select(func.count()).where(events.c.has_conflict == 1)).scalar_one()),
        "events_by_type": by_type,
        "events_by_status": {str(k): v for k, v in by_status.items()},
    }
