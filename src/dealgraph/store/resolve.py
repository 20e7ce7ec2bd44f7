"""Entity resolution: raw extractor entities to canonical entities.

Order of evidence: the same id, the same Wikidata id, the gazetteer, the same folded name
or alias, then fuzzy matching with guards. Fuzzy scores alone call "Siemens" and
"Siemens Healthineers" the same, so a fuzzy match also needs the same number of tokens,
the same first token and the same digits. User decisions (merge, split) live in the
judgement table and are applied on top of the automatic links by :func:`canonical_map`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import Connection, bindparam, literal, or_, select, union_all

from ..mentions.gazetteer import load_gazetteer
from ..mentions.names import fold
from .schema import aliases, entities, judgements

FUZZY_MIN = 92.0
_ARTICLES = frozenset({"das", "der", "die", "dem", "den", "des", "the", "a", "an", "ein", "eine"})
_DIGITS = re.compile(r"\d+")


def is_name(surface: str) -> bool:
    """A surface worth keeping as an alias: not "das Unternehmen" or "the company"."""
    words = surface.split()
    if not words or not words[0][:1].isupper() and not words[0][:1].isdigit():
        return False
    return not (words[0].casefold() in _ARTICLES and any(w[:1].islower() for w in words[1:]))


def fuzzy_same(a: str, b: str) -> bool:
    """Guarded fuzzy equality of two folded names."""
    if a == b:
        return True
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb) or not ta or ta[0][:3] != tb[0][:3]:
        return False
    if _DIGITS.findall(a) != _DIGITS.findall(b):
        return False
    if min(len(a), len(b)) < 5:
        return False
    return fuzz.ratio(a, b) >= FUZZY_MIN


# Statements built once: constructing SQLAlchemy statements per entity cost more than running them.
_BY_WIKIDATA = select(entities.c.id).where(entities.c.wikidata == bindparam("wikidata")).limit(1)
_EXISTS = select(entities.c.id).where(entities.c.id == bindparam("id"))
# a raw entity with this folded name, else one with it as an alias: one round trip
_BY_NAME = union_all(
    select(entities.c.id, literal(0).label("rank")).where(
        entities.c.kind == bindparam("kind"), entities.c.folded == bindparam("folded")
    ),
    select(aliases.c.entity_id, literal(1).label("rank"))
    .join(entities, entities.c.id == aliases.c.entity_id)
    .where(aliases.c.folded == bindparam("folded"), entities.c.kind == bindparam("kind")),
)
_FUZZY_CANDIDATES = (
    select(entities.c.id, entities.c.folded)
    .where(
        entities.c.kind == bindparam("kind"),
        or_(entities.c.folded == bindparam("first"), entities.c.folded.like(bindparam("prefix"))),
    )
    .limit(500)
)
_INSERT_ENTITY = entities.insert()
_CANONICAL = select(entities.c.canonical_id).where(entities.c.id == bindparam("id"))


def find_match(conn: Connection, ent: Mapping[str, Any]) -> tuple[str, str] | None:
    """The existing raw entity ``ent`` is the same as, with the method that said so."""
    kind = ent["kind"]
    if ent.get("wikidata"):
        row = conn.execute(_BY_WIKIDATA, {"wikidata": ent["wikidata"]}).first()
        if row:
            return row[0], "wikidata"
    gazetteer = load_gazetteer()
    known = gazetteer.lookup(ent["name"])
    if known is not None and known.key != ent["id"] and conn.execute(_EXISTS, {"id": known.key}).first():
        return known.key, "gazetteer"
    folded = fold(ent["name"])
    if not folded:
        return None
    rows = conn.execute(_BY_NAME, {"kind": kind, "folded": folded}).all()
    if rows:
        return min(rows, key=lambda r: (r[1], r[0]))[0], "alias"
    if ent["id"] in gazetteer.entities:
        return None  # a gazetteer entity's name is authoritative: no fuzzy guessing
    first = folded.split()[0]
    params = {"kind": kind, "first": first, "prefix": first[:3] + "%"}
    for cid, cfolded in conn.execute(_FUZZY_CANDIDATES, params).all():
        if fuzzy_same(folded, cfolded):
            return cid, "fuzzy"
    return None


def add_entities(conn: Connection, found: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Store the new raw entities of a document; returns raw id -> canonical id for all.

    Known entities and aliases are read in one query each and new aliases written in one
    insert: per-entity round trips made storing cost as much as extracting.
    """
    found = list(found)
    if not found:
        return {}
    gazetteer = load_gazetteer()
    ids = sorted({ent["id"] for ent in found})
    canon: dict[str, str] = {
        row[0]: row[1]
        for row in conn.execute(select(entities.c.id, entities.c.canonical_id).where(entities.c.id.in_(ids)))
    }
    for ent in found:
        if ent["id"] in canon:
            continue
        match = find_match(conn, ent)
        auto_id, method = match if match else (ent["id"], "self")
        target = conn.execute(_CANONICAL, {"id": auto_id}).scalar()
        canonical = target or ent["id"]
        conn.execute(
            _INSERT_ENTITY,
            dict(
                id=ent["id"],
                name=ent["name"],
                kind=ent["kind"],
                wikidata=ent.get("wikidata"),
                folded=fold(ent["name"]),
                auto_id=auto_id,
                method=method,
                canonical_id=canonical,
            ),
        )
        canon[ent["id"]] = canonical
    have = set(
        conn.execute(select(aliases.c.entity_id, aliases.c.folded).where(aliases.c.entity_id.in_(ids))).all()
    )
    rows: dict[tuple[str, str], dict[str, str]] = {}
    for ent in found:
        names = {ent["name"], *[s for s in ent.get("surface", []) if is_name(s)]}
        known = gazetteer.entities.get(ent["id"])
        if known is not None:
            names |= set(known.aliases)
        for name in names:
            key = (ent["id"], fold(name))
            if key[1] and key not in have and key not in rows:
                rows[key] = {"entity_id": ent["id"], "folded": key[1], "alias": name}
    if rows:
        conn.execute(aliases.insert(), list(rows.values()))
    return canon


def _rep(members: set[str], roots: set[str]) -> str:
    """Representative of a cluster: an automatic root, a gazetteer id before a made-up one, then the smallest.

    An untouched cluster thus keeps the id its members were linked to at ingest.
    """
    return min(members, key=lambda m: (m not in roots, m.startswith("dg:"), m))


def canonical_map(conn: Connection) -> dict[str, str]:
    """Raw id -> canonical id: automatic links, then the judgements in the order made."""
    auto = dict(conn.execute(select(entities.c.id, entities.c.auto_id)).all())

    def root(x: str) -> str:
        seen = set()
        while auto.get(x, x) != x and x not in seen:
            seen.add(x)
            x = auto[x]
        return x

    auto_root = {x: root(x) for x in auto}
    roots = set(auto_root.values())
    by_root: dict[str, set[str]] = {}
    for x, r in auto_root.items():
        by_root.setdefault(r, set()).add(x)
    clusters = dict(enumerate(by_root.values()))
    cluster_of = {x: cid for cid, members in clusters.items() for x in members}
    next_id = len(clusters)
    for kind, a, b in conn.execute(
        select(judgements.c.kind, judgements.c.a, judgements.c.b).order_by(judgements.c.id)
    ):
        if a not in cluster_of:
            continue
        if kind == "merge" and b in cluster_of:
            ca, cb = cluster_of[a], cluster_of[b]
            if ca != cb:
                for x in clusters.pop(cb):
                    cluster_of[x] = ca
                    clusters[ca].add(x)
        elif kind == "split":
            ca = cluster_of[a]
            group = {x for x in clusters[ca] if auto_root[x] == auto_root[a]}
            if group == clusters[ca]:
                group = {a}
            if group == clusters[ca]:
                continue
            clusters[ca] -= group
            clusters[next_id] = group
            for x in group:
                cluster_of[x] = next_id
            next_id += 1
    result: dict[str, str] = {}
    for members in clusters.values():
        rep = _rep(members, roots)
        for x in members:
            result[x] = rep
    return result
