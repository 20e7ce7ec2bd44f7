"""``dealgraph events``: list merged events of the store, filtered."""

from __future__ import annotations

import argparse
import io
import json
import sys
from typing import Any

from ..errors import UsageError
from ..schema import EVENT_TYPES, STATUSES
from ..store import open_store
from ..store.export import CSV_FIELDS
from .ingest import add_db_option


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "events", help="list merged events", description="List the merged events of the store."
    )
    add_db_option(parser)
    parser.add_argument("--entity", help="canonical name, alias or id of an organisation or person")
    parser.add_argument("--type", choices=tuple(EVENT_TYPES))
    parser.add_argument("--status", choices=STATUSES)
    parser.add_argument("--since", metavar="YYYY[-MM[-DD]]")
    parser.add_argument("--until", metavar="YYYY[-MM[-DD]]")
    parser.add_argument("--min-amount", type=float, metavar="VALUE")
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--format", choices=("table", "json", "jsonl", "csv"), default="table")
    parser.set_defaults(run=run)


def _roles(ev: dict[str, Any]) -> str:
    return "; ".join(f"{r}={v if isinstance(v, str) else ', '.join(v)}" for r, v in ev["roles"].items())


def _amount(ev: dict[str, Any]) -> str:
    amount = ev.get("amount")
    if not amount:
        return ""
    return f"{amount['value']:,.0f} {amount['currency']}"


def render(found: list[dict[str, Any]], total: int, fmt: str) -> str:
    if fmt == "json":
        return json.dumps({"total": total, "events": found}, ensure_ascii=False, indent=2)
    if fmt == "jsonl":
        return "\n".join(json.dumps(ev, ensure_ascii=False) for ev in found)
    if fmt == "csv":
        import csv

        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(CSV_FIELDS[:6])
        for ev in found:
            amount = ev.get("amount") or {}
            writer.writerow(
                [
                    ev["id"],
                    ev["type"],
                    ev.get("status") or "",
                    ev.get("date") or "",
                    _roles(ev),
                    amount.get("value", ""),
                ]
            )
        return buf.getvalue().rstrip("\n")
    lines = [f"{'date':10}  {'type':11}  {'status':9}  {'amount':>20}  roles"]
    for ev in found:
        flag = (
            "  [conflict: " + ", ".join(c["field"] for c in ev["conflicts"]) + "]" if ev["conflicts"] else ""
        )
        lines.append(
            f"{ev.get('date') or '':10}  {ev['type']:11}  {ev.get('status') or '-':9}  "
            f"{_amount(ev):>20}  {_roles(ev)}  ({len(ev['sources'])} sources){flag}"
        )
    lines.append(f"{len(found)} of {total} events")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    if args.limit < 0 or args.offset < 0:
        raise UsageError("--limit and --offset must not be negative")
    with open_store(args.db) as store:
        found, total = store.events(
            entity=args.entity,
            type=args.type,
            status=args.status,
            since=args.since,
            until=args.until,
            min_amount=args.min_amount,
            limit=args.limit,
            offset=args.offset,
        )
    text = render(found, total, args.format)
    if text:
        sys.stdout.write(text + "\n")
    return 0
