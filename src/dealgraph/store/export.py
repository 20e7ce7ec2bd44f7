"""Exports of the merged graph: JSONL, CSV, FollowTheMoney entities, GraphML.

Exporters are listed once in ``EXPORTERS``; each writes the whole store to a text stream.
FollowTheMoney entities are built with the installed ``followthemoney`` model so that
anything it would reject fails here, not in the user's pipeline.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Callable, Iterator
from typing import Any, TextIO

from sqlalchemy import select

from .core import Store
from .queries import edges_of
from .schema import entities, events

CSV_FIELDS = (
    "id",
    "type",
    "status",
    "date",
    "roles",
    "amount_value",
    "amount_currency",
    "amount_qualifier",
    "stake_pct",
    "title",
    "conflicts",
    "sources",
)


def iter_events(store: Store) -> Iterator[dict[str, Any]]:
    with store.engine.connect() as conn:
        for (data,) in conn.execute(select(events.c.data).order_by(events.c.sort_date, events.c.id)):
            yield dict(data)


def _entities(store: Store) -> dict[str, dict[str, Any]]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(entities.c.id, entities.c.name, entities.c.kind, entities.c.wikidata).where(
                entities.c.id == entities.c.canonical_id
            )
        )
        return {r.id: {"id": r.id, "name": r.name, "kind": r.kind, "wikidata": r.wikidata} for r in rows}


def write_jsonl(store: Store, out: TextIO) -> int:
    count = 0
    for ev in iter_events(store):
        out.write(json.dumps(ev, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(store: Store, out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS)
    writer.writeheader()
    count = 0
    for ev in iter_events(store):
        amount = ev.get("amount") or {}
        roles = "; ".join(f"{r}={v if isinstance(v, str) else ', '.join(v)}" for r, v in ev["roles"].items())
        writer.writerow(
            {
                "id": ev["id"],
                "type": ev["type"],
                "status": ev.get("status") or "",
                "date": ev.get("date") or "",
                "roles": roles,
                "amount_value": amount.get("value", ""),
                "amount_currency": amount.get("currency", ""),
                "amount_qualifier": amount.get("qualifier", ""),
                "stake_pct": ev.get("stake_pct") or "",
                "title": ev.get("title") or "",
                "conflicts": ",".join(c["field"] for c in ev["conflicts"]),
                "sources": " ".join(s["url"] or s["doc"] for s in ev["sources"]),
            }
        )
        count += 1
    return count


def _ftm_id(*parts: str) -> str:
    return "dg-" + hashlib.sha1("|".join(parts).encode()).hexdigest()[:24]


def ftm_entities(store: Store) -> Iterator[dict[str, Any]]:
    """FollowTheMoney entities: parties, then one relation or Event entity per merged event."""
    from followthemoney import model

    known = _entities(store)
    made: dict[str, str] = {}

    def party(eid: str) -> str:
        if eid not in made:
            info = known.get(eid, {"name": eid, "kind": "org", "wikidata": None})
            schema = "Person" if info["kind"] == "person" else "Company"
            proxy = model.make_entity(schema)
            proxy.id = _ftm_id("entity", eid)
            proxy.add("name", info["name"])
            if info.get("wikidata"):
                proxy.add("wikidataId", info["wikidata"], quiet=True)
            made[eid] = proxy.id
            pending.append(proxy.to_dict())
        return made[eid]

    for ev in iter_events(store):
        pending: list[dict[str, Any]] = []
        ids = ev["role_ids"]
        urls = [s["url"] for s in ev["sources"] if s.get("url")]
        summary = f"{ev['type']} ({ev.get('status') or 'stated'})"
        proxy = None
        if (
            ev["type"] == "acquisition"
            and ev.get("status") == "completed"
            and ids.get("acquirer")
            and ids.get("target")
        ):
            proxy = model.make_entity("Ownership")
            proxy.add("owner", party(ids["acquirer"][0]))
            proxy.add("asset", party(ids["target"][0]))
            if ev.get("stake_pct") is not None:
                proxy.add("percentage", str(ev["stake_pct"]))
            if ev.get("amount"):
                proxy.add("sharesValue", str(ev["amount"]["value"]))
                proxy.add("sharesCurrency", ev["amount"]["currency"])
        elif ev["type"] in ("hire", "position") and ids.get("person") and ids.get("org"):
            directing = ev["type"] == "position" and any(
                w in (ev.get("title") or "").casefold()
                for w in ("ceo", "chef", "vorstand", "director", "founder", "gründer")
            )
            proxy = model.make_entity("Directorship" if directing else "Employment")
            proxy.add("director" if directing else "employee", party(ids["person"][0]))
            proxy.add("organization" if directing else "employer", party(ids["org"][0]))
            if ev.get("title"):
                proxy.add("role", ev["title"])
        if proxy is None:
            proxy = model.make_entity("Event")
            proxy.add(
                "name",
                " / ".join(
                    f"{r}: {v if isinstance(v, str) else ', '.join(v)}" for r, v in ev["roles"].items()
                ),
            )
            for role_ids in ids.values():
                for eid in role_ids:
                    proxy.add("involved", party(eid))
        proxy.id = _ftm_id("event", ev["id"])
        proxy.add("summary", summary)
        if ev.get("status"):
            proxy.add("status", ev["status"], quiet=True)
        if ev.get("date"):
            proxy.add("date", ev["date"])
        proxy.add("sourceUrl", urls)
        proxy.add("description", [f"{s['doc']}: {s['evidence']}" for s in ev["sources"]])
        proxy.add("recordId", ev["id"])
        yield from pending
        yield proxy.to_dict()


def write_ftm(store: Store, out: TextIO) -> int:
    count = 0
    for data in ftm_entities(store):
        out.write(json.dumps(data, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_graphml(store: Store, out: TextIO) -> int:
    import networkx as nx

    graph = nx.MultiDiGraph()
    for eid, info in _entities(store).items():
        graph.add_node(eid, name=info["name"], kind=info["kind"])
    count = 0
    for ev in iter_events(store):
        for source, target in edges_of(ev):
            graph.add_edge(
                source,
                target,
                key=ev["id"],
                event_id=ev["id"],
                type=ev["type"],
                status=ev.get("status") or "",
                date=ev.get("date") or "",
            )
            count += 1
    out.write("\n".join(nx.generate_graphml(graph)) + "\n")
    return count


EXPORTERS: dict[str, Callable[[Store, TextIO], int]] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "ftm": write_ftm,
    "graphml": write_graphml,
}
