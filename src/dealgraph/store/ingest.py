"""Writing one document's statements: document, entities, mentions, claims, events.

Everything for a document happens in the caller's transaction, so a crash leaves either
the whole document or nothing; the content hash makes re-runs no-ops, and a document
whose text changed (same id or URL, new hash) has its claims replaced and the events
they touched recomputed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, or_, select

from ..model import Document
from ..schema import EVENT_TYPES
from .merge import claim_key, rebuild
from .resolve import add_entities
from .schema import claim_entities, claims, documents, mentions

_INSERT_DOCUMENT = documents.insert()  # built once; .values() per call re-coerces every column


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _existing(conn: Connection, doc: Document, content_hash: str) -> tuple[str | None, str | None]:
    """(id, hash) of the stored version of this document: by id, then URL, then content."""
    conditions = [documents.c.id == doc.id, documents.c.content_hash == content_hash]
    if doc.url is not None:
        conditions.append(documents.c.url == doc.url)
    rows = conn.execute(
        select(documents.c.id, documents.c.content_hash, documents.c.url).where(or_(*conditions)).limit(10)
    ).all()
    for test in (
        lambda r: r[0] == doc.id,
        lambda r: doc.url is not None and r[2] == doc.url,
        lambda r: r[1] == content_hash,
    ):
        for row in rows:
            if test(row):
                return row[0], row[1]
    return None, None


def _drop(conn: Connection, doc_id: str) -> set[str]:
    """Remove a document and its statements; returns the claim keys it had."""
    keys = set(conn.execute(select(claims.c.key).where(claims.c.doc_id == doc_id)).scalars())
    claim_ids = select(claims.c.id).where(claims.c.doc_id == doc_id).scalar_subquery()
    conn.execute(delete(claim_entities).where(claim_entities.c.claim_id.in_(claim_ids)))
    conn.execute(delete(claims).where(claims.c.doc_id == doc_id))
    conn.execute(delete(mentions).where(mentions.c.doc_id == doc_id))
    conn.execute(delete(documents).where(documents.c.id == doc_id))
    return keys


def ingest_result(conn: Connection, doc: Document, result: dict[str, Any]) -> dict[str, Any]:
    """Store one extraction result; the caller owns the transaction."""
    content_hash = result.get("content_hash") or doc.content_hash
    old_id, old_hash = _existing(conn, doc, content_hash)
    if old_hash == content_hash:
        return {"doc": doc.id, "outcome": "unchanged", "events_created": 0, "events_updated": 0}
    touched = _drop(conn, old_id) if old_id else set()
    conn.execute(
        _INSERT_DOCUMENT,
        dict(
            id=doc.id,
            url=doc.url,
            title=result.get("title", doc.title),
            published=result.get("published", doc.published),
            lang=result.get("lang", doc.lang),
            text=doc.text,
            content_hash=content_hash,
            extractor=result.get("extractor"),
            ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
        ),
    )
    found = result.get("entities", [])
    canon = add_entities(conn, found)
    mention_rows = [
        {"doc_id": doc.id, "entity_id": ent["id"], "surface": doc.text[s:e], "start": s, "end": e}
        for ent in found
        for s, e in ent.get("spans", [])
    ]
    if mention_rows:
        conn.execute(mentions.insert(), mention_rows)
    claim_rows, link_rows = [], []
    for idx, ev in enumerate(result.get("events", [])):
        if ev["type"] not in EVENT_TYPES:
            raise ValueError(f"unknown event type {ev['type']!r} in {doc.id}")
        role_ids = {role: _as_list(ids) for role, ids in ev.get("entity_ids", {}).items()}
        key = claim_key(ev["type"], role_ids, canon)
        touched.add(key)
        claim_id = f"{doc.id}#{idx}"
        evidence_span = ev.get("evidence_span") or [None, None]
        trigger = ev.get("trigger_span") or [None, None]
        claim_rows.append(
            {
                "id": claim_id,
                "doc_id": doc.id,
                "idx": idx,
                "type": ev["type"],
                "status": ev.get("status"),
                "roles": {r: _as_list(v) for r, v in ev.get("roles", {}).items()},
                "role_ids": role_ids,
                "amount": ev.get("amount"),
                "stake_pct": ev.get("stake_pct"),
                "date": ev.get("date"),
                "title": ev.get("title"),
                "evidence": ev.get("evidence", ""),
                "evidence_start": evidence_span[0],
                "evidence_end": evidence_span[1],
                "trigger_start": trigger[0],
                "trigger_end": trigger[1],
                "confidence": ev.get("confidence"),
                "cues": ev.get("cues"),
                "extractor": result.get("extractor"),
                "key": key,
                "event_id": None,
            }
        )
        link_rows += [
            {"claim_id": claim_id, "role": role, "entity_id": x}
            for role, ids in role_ids.items()
            for x in dict.fromkeys(ids)
        ]
    if claim_rows:
        conn.execute(claims.insert(), claim_rows)
    if link_rows:
        conn.execute(claim_entities.insert(), link_rows)
    before, after = rebuild(conn, touched)
    return {
        "doc": doc.id,
        "outcome": "replaced" if old_id else "new",
        "events_created": len(after - before),
        "events_updated": len(after & before),
    }
