"""Presentation helpers for the UI: labels, amounts, highlighted text and the graph layout.

They are pure functions over the store's JSON-ready dicts, so the templates stay free of
logic and the pieces can be tested without a server. Nothing here marks data as safe:
highlighted text is returned as segments that the (autoescaping) templates render.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from .. import schema

_SCALES = ((1e9, "bn"), (1e6, "m"), (1e3, "k"))
_QUALIFIER_TEXT = {"exact": "", "more_than": "more than ", "up_to": "up to ", "about": "about "}


def status_label(status: str | None) -> str:
    """A reader's label for a status name ("in_talks" -> "In talks"); colour is never alone."""
    if not status:
        return "—"
    return status.replace("_", " ").capitalize()


def type_label(event_type: str) -> str:
    """The schema's label of an event type, falling back to the raw name."""
    spec = schema.EVENT_TYPES.get(event_type)
    return spec.label if spec is not None else event_type


def legend() -> list[dict[str, str]]:
    """Statuses in the schema's order, for the timeline legend."""
    return [{"status": s, "label": status_label(s)} for s in schema.STATUSES]


def format_amount(amount: dict[str, Any] | None) -> str:
    """'more than 14 bn USD' from the store's amount dict; an empty string when unknown."""
    if not amount or amount.get("value") is None:
        return ""
    value = float(amount["value"])
    text = f"{value:,.0f}"
    for scale, suffix in _SCALES:
        if abs(value) >= scale:
            text = f"{value / scale:,.2f}".rstrip("0").rstrip(".") + f" {suffix}"
            break
    prefix = _QUALIFIER_TEXT.get(amount.get("qualifier") or "exact", "")
    currency = amount.get("currency") or ""
    return f"{prefix}{text} {currency}".strip()


def format_stake(stake: Any) -> str:
    """'49 %' for a stake percentage, empty when unknown."""
    if stake is None:
        return ""
    return f"{float(stake):g} %"


def names(value: Any) -> list[str]:
    """A role value is one name or a list of names; always a list here."""
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return [str(value)]


def role_items(event: dict[str, Any]) -> list[dict[str, Any]]:
    """(role, [(name, entity id or None)]) in the schema's role order, for linking names."""
    roles: dict[str, Any] = event.get("roles") or {}
    role_ids: dict[str, list[str]] = event.get("role_ids") or {}
    order = list(schema.roles_of(event["type"])) if event.get("type") in schema.EVENT_TYPES else []
    order += [r for r in roles if r not in order]
    items = []
    for role in order:
        role_names = names(roles.get(role))
        if not role_names:
            continue
        ids = list(role_ids.get(role) or [])
        pairs = [(n, ids[i] if i < len(ids) else None) for i, n in enumerate(role_names)]
        items.append({"role": role.replace("_", " "), "names": pairs})
    return items


def headline(event: dict[str, Any]) -> str:
    """A one-line description: 'Acquisition: Meta → Scale AI'."""
    items = role_items(event)
    parts = [", ".join(n for n, _ in item["names"]) for item in items[:2]]
    return f"{type_label(event['type'])}: {' → '.join(parts)}" if parts else type_label(event["type"])


def link_url(url: Any) -> str | None:
    """The URL if it is safe to put in an href (http or https only), else None.

    Source URLs come from the documents themselves; ``javascript:`` or ``data:`` URLs are
    shown as text, never as links.
    """
    if not isinstance(url, str):
        return None
    scheme = url.split(":", 1)[0].strip().lower() if ":" in url else ""
    return url if scheme in ("http", "https") and url.startswith(scheme) else None


def when(event: dict[str, Any]) -> tuple[str, bool]:
    """(date, reported): the event's own date, else the earliest publication of a source.

    Many articles do not date the event itself; placing it at its first report keeps it on
    the timeline instead of piling undated events at one end.
    """
    if event.get("date"):
        return str(event["date"]), False
    published = sorted(str(s["published"]) for s in event.get("sources") or [] if s.get("published"))
    return (published[0], True) if published else ("", False)


@dataclass
class Row:
    """What a table row or timeline item shows of an event, computed once in Python.

    Long entity pages render many rows; formatting here instead of in template macros
    keeps rendering cheap (the entity page is the hot page of the UI).
    """

    href: str
    headline: str
    status: str | None
    status_label: str
    date: str
    when: str
    reported: bool
    amount: str
    stake: str
    title: str | None
    sources: int


def event_href(event_id: str, entity: str | None = None) -> str:
    """Link to an event page; ``entity`` (one the event involves) speeds up the lookup."""
    href = "/events/" + quote(str(event_id))
    return f"{href}?entity={quote(entity, safe='')}" if entity else href


def first_entity(event: dict[str, Any]) -> str | None:
    """An entity of the event, used as a lookup hint: an id, else a name (claims have no ids)."""
    for ids in (event.get("role_ids") or {}).values():
        if ids:
            return str(ids[0])
    for value in (event.get("roles") or {}).values():
        found = names(value)
        if found:
            return found[0]
    return None


def row(event: dict[str, Any]) -> Row:
    when_date, reported = when(event)
    return Row(
        href=event_href(event["id"], first_entity(event)),
        headline=headline(event),
        status=event.get("status"),
        status_label=status_label(event.get("status")),
        date=event.get("date") or "",
        when=when_date,
        reported=reported,
        amount=format_amount(event.get("amount")),
        stake=format_stake(event.get("stake_pct")),
        title=event.get("title"),
        sources=len(event.get("sources") or []),
    )


def rows(events: list[dict[str, Any]]) -> list[Row]:
    return [row(e) for e in events]


def newest_first(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events by date (own date, else first report), newest first; undated last."""
    dated = [(when(e)[0], e) for e in events]
    dated.sort(key=lambda item: (item[0] != "", item[0]), reverse=True)
    return [e for _, e in dated]


@dataclass
class Segment:
    """A piece of document text; ``claim`` is the index of the claim it is evidence for."""

    text: str
    claim: int | None = None


def highlight(text: str, spans: list[tuple[int, int] | None]) -> list[Segment]:
    """Cut ``text`` at the evidence spans (clipped, overlaps resolved to the earlier claim)."""
    marks: list[tuple[int, int, int]] = []
    for index, span in enumerate(spans):
        if not span:
            continue
        start, end = max(0, int(span[0])), min(len(text), int(span[1]))
        if start < end:
            marks.append((start, end, index))
    marks.sort()
    segments: list[Segment] = []
    pos = 0
    for start, end, index in marks:
        start = max(start, pos)
        if start >= end:
            continue
        if start > pos:
            segments.append(Segment(text[pos:start]))
        segments.append(Segment(text[start:end], index))
        pos = end
    if pos < len(text):
        segments.append(Segment(text[pos:]))
    return segments


@dataclass
class PlacedNode:
    id: str
    name: str
    kind: str
    x: float
    y: float
    center: bool


@dataclass
class PlacedEdge:
    event_id: str
    type: str
    status: str
    label: str
    path: str
    label_x: float
    label_y: float


NODE_RADIUS = 11


def _toward(node: PlacedNode, x: float, y: float, distance: float) -> tuple[float, float]:
    """The point ``distance`` from the node's centre in the direction of (x, y)."""
    dx, dy = x - node.x, y - node.y
    length = math.hypot(dx, dy) or 1.0
    return node.x + dx / length * distance, node.y + dy / length * distance


def graph_layout(graph: dict[str, Any], center: str | None, size: int = 640) -> dict[str, Any]:
    """A radial layout: the entity in the middle, its neighbours on a circle around it.

    Parallel edges between the same two nodes bend by different amounts so each stays
    clickable. Computed server-side so the picture needs no JavaScript.
    """
    nodes = graph.get("nodes") or []
    mid = size / 2
    radius = size / 2 - 90
    others = [n for n in nodes if n["id"] != center]
    placed: dict[str, PlacedNode] = {}
    for n in nodes:
        if n["id"] == center:
            placed[n["id"]] = PlacedNode(n["id"], n["name"], n.get("kind") or "org", mid, mid, True)
    for i, n in enumerate(others):
        angle = 2 * math.pi * i / max(1, len(others)) - math.pi / 2
        if center is None and len(others) == 1:
            angle = 0.0
        placed[n["id"]] = PlacedNode(
            n["id"],
            n["name"],
            n.get("kind") or "org",
            mid + radius * math.cos(angle),
            mid + radius * math.sin(angle),
            False,
        )
    seen: dict[tuple[str, str], int] = {}
    edges: list[PlacedEdge] = []
    for e in graph.get("edges") or []:
        a, b = placed.get(e["source"]), placed.get(e["target"])
        if a is None or b is None:
            continue
        key = (min(a.id, b.id), max(a.id, b.id))
        k = seen.get(key, 0)
        seen[key] = k + 1
        bend = (k + 1) // 2 * 28 * (1 if k % 2 else -1) if k else 0
        dx, dy = b.x - a.x, b.y - a.y
        length = math.hypot(dx, dy) or 1.0
        cx = (a.x + b.x) / 2 - dy / length * bend * 2
        cy = (a.y + b.y) / 2 + dx / length * bend * 2
        ex, ey = _toward(b, cx, cy, NODE_RADIUS + (6 if b.center else 1))  # keep the arrowhead visible
        path = f"M{a.x:.1f},{a.y:.1f} Q{cx:.1f},{cy:.1f} {ex:.1f},{ey:.1f}"
        lx, ly = (a.x + 2 * cx + b.x) / 4, (a.y + 2 * cy + b.y) / 4
        edges.append(
            PlacedEdge(
                str(e["event_id"]), e["type"], e.get("status") or "", e.get("label") or "", path, lx, ly
            )
        )
    return {"size": size, "nodes": list(placed.values()), "edges": edges}
