"""A readable terminal table of extracted events."""

from __future__ import annotations

from typing import Any

_QUAL = {"exact": "", "more_than": ">", "up_to": "<=", "about": "~"}


def _money(amount: dict[str, Any] | None) -> str:
    if not amount:
        return ""
    value = float(amount["value"])
    qualifier = _QUAL.get(amount.get("qualifier", "exact"), "")
    for scale, suffix in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if value >= scale:
            return f"{qualifier}{value / scale:g}{suffix} {amount['currency']}"
    return f"{qualifier}{value:g} {amount['currency']}"


def _roles(roles: dict[str, Any]) -> str:
    parts = []
    for role, names in roles.items():
        text = ", ".join(names) if isinstance(names, list) else names
        parts.append(f"{role}={text}")
    return "; ".join(parts)


def event_rows(events: list[dict[str, Any]]) -> list[list[str]]:
    rows = []
    for e in events:
        details = [
            _money(e.get("amount")),
            f"{e['stake_pct']:g} %" if e.get("stake_pct") is not None else "",
            e.get("date") or "",
            e.get("title") or "",
        ]
        rows.append(
            [e["type"], e.get("status") or "", _roles(e["roles"]), "  ".join(d for d in details if d)]
        )
    return rows


def render_table(result: dict[str, Any], width: int = 160) -> str:
    header = ["type", "status", "roles", "details"]
    rows = event_rows(result["events"])
    lines = [f"== {result['doc']} ({result.get('lang')}, {len(rows)} events)"]
    if not rows:
        return lines[0] + "\n   (no events)"
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
    widths[2] = min(widths[2], max(30, width - sum(widths) + widths[2]))
    for row in [header, *rows]:
        lines.append("  ".join(cell[: widths[i]].ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
    return "\n".join(lines)
