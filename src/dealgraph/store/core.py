"""The :class:`Store`: the one interface the CLI, the HTTP API and the batch job use."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from ..model import Document
from . import queries
from .db import make_engine, resolve_url
from .ingest import ingest_result
from .merge import claim_key, rebuild
from .resolve import canonical_map
from .schema import claim_entities, claims, entities, judgements, migrate


class UnknownEntityError(StoreError):
    """A name, alias or id that matches no entity of the store."""


class Store:
    def __init__(self, url: str | None = None) -> None:
        self.url = resolve_url(url)
        try:
            self.engine = make_engine(self.url)
            with self.engine.begin() as conn:
                migrate(conn)
        except SQLAlchemyError as err:
            raise StoreError(f"cannot open store {self.url}: {err}") from err

    def ingest(self, doc: Document, result: dict[str, Any] | None = None) -> dict[str, Any]:
        """Store one document and its events in one transaction."""
        if result is None:
            from ..pipeline import extract_document

            result = extract_document(doc)
        with self.engine.begin() as conn:
            return ingest_result(conn, doc, result)

    def events(
        self,
        entity: str | None = None,
        type: str | None = None,
        status: str | None = None,
        since: str | None = None,
        until: str | None = None,
        min_amount: float | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> tuple[list[dict[str, Any]], int]:
        with self.engine.connect() as conn:
            return queries.find_events(conn, entity, type, status, since, until, min_amount, limit, offset)

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One merged event by id, None when unknown."""
        with self.engine.connect() as conn:
            return queries.find_event(conn, event_id)

    def entity(self, ref: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            return queries.entity_info(conn, ref)

    def search_entities(self, q: str, limit: int = 20) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return queries.search(conn, q, limit)

    def graph(self, entity: str, depth: int = 1) -> dict[str, Any]:
        with self.engine.connect() as conn:
            return queries.graph(conn, entity, depth)

    def document(self, doc_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            return queries.document(conn, doc_id)

    def conflicts(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return queries.conflicting(conn)

    def stats(self) -> dict[str, Any]:
        with self.engine.connect() as conn:
            return queries.stats(conn)

    def merge_entities(self, a: str, b: str) -> dict[str, Any]:
        """Record that ``a`` and ``b`` are the same; ``a`` keeps its name. Undo with split."""
        return self._judge("merge", a, b)

    def split_entity(self, a: str) -> dict[str, Any]:
        """Record that ``a`` is not the entity it was merged with."""
        return self._judge("split", a, None)

    def _judge(self, kind: str, a: str, b: str | None) -> dict[str, Any]:
        with self.engine.begin() as conn:
            raw_a = self._raw(conn, a)
            raw_b = self._raw(conn, b) if b is not None else None
            conn.execute(
                judgements.insert().values(
                    kind=kind, a=raw_a, b=raw_b, created_at=datetime.now(UTC).isoformat(timespec="seconds")
                )
            )
            changed = apply_judgements(conn)
            return {
                "judgement": kind,
                "a": raw_a,
                "b": raw_b,
                "entities_changed": changed,
                "entity": queries.entity_info(conn, raw_a),
            }

    @staticmethod
    def _raw(conn: Connection, ref: str) -> str:
        ids = queries.raw_ids(conn, ref)
        if not ids:
            raise UnknownEntityError(f"no entity named {ref!r}; try `dealgraph entity` or a search")
        return ids[0]

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def apply_judgements(conn: Connection) -> int:
    """Recompute canonical ids and the events whose entities changed; returns how many changed."""
    new = canonical_map(conn)
    old = dict(conn.execute(select(entities.c.id, entities.c.canonical_id)).all())
    changed = sorted(x for x, c in new.items() if old.get(x) != c)
    if not changed:
        return 0
    conn.execute(
        update(entities).where(entities.c.id == bindparam("eid")).values(canonical_id=bindparam("cid")),
        [{"eid": x, "cid": new[x]} for x in changed],
    )
    keys: set[str] = set()
    claim_updates = []
    for start in range(0, len(changed), 500):
        chunk = changed[start : start + 500]
        hit = select(claim_entities.c.claim_id).where(claim_entities.c.entity_id.in_(chunk))
        for cid, event_type, role_ids, key in conn.execute(
            select(claims.c.id, claims.c.type, claims.c.role_ids, claims.c.key).where(claims.c.id.in_(hit))
        ):
            new_key = claim_key(event_type, role_ids, new)
            keys |= {key, new_key}
            if new_key != key:
                claim_updates.append({"cid": cid, "k": new_key})
    if claim_updates:
        conn.execute(
            update(claims).where(claims.c.id == bindparam("cid")).values(key=bindparam("k")), claim_updates
        )
    rebuild(conn, keys)
    return len(changed)
