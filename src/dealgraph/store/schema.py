"""Tables of the store and the migrations that create them.

Facts are kept as statements with provenance: a document (with content hash) yields
claims (one per extracted event) that point at raw entities; merged events and the
canonical entity of each raw entity are materialised caches recomputed from claims and
from the judgement table, so nothing the user decided is ever merged destructively.
Migrations are named functions applied in order and recorded in ``schema_version``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Column,
    Connection,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    select,
)

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("name", String(100), nullable=False),
    Column("applied_at", String(40), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(500), primary_key=True),
    Column("url", Text),
    Column("title", Text),
    Column("published", String(10)),
    Column("lang", String(8)),
    Column("text", Text, nullable=False),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("extractor", String(60)),
    Column("ingested_at", String(40), nullable=False),
    Index("ix_documents_url", "url"),
)

# A raw entity is what one extractor run called an entity (gazetteer id or dg:kind:slug);
# auto_id is the raw entity it was resolved to at ingest, canonical_id the result after
# the judgements are applied.
entities = Table(
    "entities",
    metadata,
    Column("id", String(300), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(10), nullable=False),
    Column("wikidata", String(20), index=True),
    Column("folded", String(300), nullable=False, index=True),
    Column("auto_id", String(300), nullable=False),
    Column("method", String(20), nullable=False),
    Column("canonical_id", String(300), nullable=False, index=True),
)

aliases = Table(
    "aliases",
    metadata,
    Column("entity_id", String(300), ForeignKey("entities.id"), primary_key=True),
    Column("folded", String(300), primary_key=True),
    Column("alias", Text, nullable=False),
    Index("ix_aliases_folded", "folded"),
)

judgements = Table(
    "judgements",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(10), nullable=False),  # merge | split
    Column("a", String(300), nullable=False),
    Column("b", String(300)),
    Column("created_at", String(40), nullable=False),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(500), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("entity_id", String(300), ForeignKey("entities.id"), nullable=False, index=True),
    Column("surface", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

claims = Table(
    "claims",
    metadata,
    Column("id", String(520), primary_key=True),
    Column("doc_id", String(500), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("idx", Integer, nullable=False),
    Column("type", String(20), nullable=False),
    Column("status", String(12)),
    Column("roles", JSON, nullable=False),
    Column("role_ids", JSON, nullable=False),
    Column("amount", JSON),
    Column("stake_pct", Float),
    Column("date", String(10)),
    Column("title", Text),
    Column("evidence", Text, nullable=False),
    Column("evidence_start", Integer),
    Column("evidence_end", Integer),
    Column("trigger_start", Integer),
    Column("trigger_end", Integer),
    Column("confidence", Float),
    Column("cues", JSON),
    Column("extractor", String(60)),
    Column("key", String(1000), nullable=False, index=True),
    Column("event_id", String(40), index=True),
)

claim_entities = Table(
    "claim_entities",
    metadata,
    Column("claim_id", String(520), ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("role", String(20), primary_key=True),
    Column("entity_id", String(300), primary_key=True),
    Index("ix_claim_entities_entity", "entity_id"),
)

events = Table(
    "events",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("key", String(1000), nullable=False, index=True),
    Column("type", String(20), nullable=False),
    Column("status", String(12)),
    Column("sort_date", String(10)),
    Column("amount_value", Float),
    Column("has_conflict", Integer, nullable=False, default=0),
    Column("data", JSON, nullable=False),
    Index("ix_events_type_date", "type", "sort_date"),
    Index("ix_events_status_date", "status", "sort_date"),
)

event_entities = Table(
    "event_entities",
    metadata,
    Column("event_id", String(40), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("entity_id", String(300), primary_key=True),
    Column("sort_date", String(10)),
    Index("ix_event_entities_entity_date", "entity_id", "sort_date"),
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def initial_tables(conn: Connection) -> None:
    """Version 1: every table of the store."""
    metadata.create_all(conn)


Migration = Callable[[Connection], None]
MIGRATIONS: tuple[tuple[str, Migration], ...] = (("initial_tables", initial_tables),)


def migrate(conn: Connection) -> int:
    """Apply the migrations the database lacks; returns the version reached."""
    schema_version.create(conn, checkfirst=True)
    done = set(conn.execute(select(schema_version.c.version)).scalars())
    for number, (name, func) in enumerate(MIGRATIONS, start=1):
        if number in done:
            continue
        func(conn)
        conn.execute(schema_version.insert().values(version=number, name=name, applied_at=_now()))
    return len(MIGRATIONS)
