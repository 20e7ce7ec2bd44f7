"""``dealgraph entity NAME``: one canonical entity with its events and people."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..store import open_store
from .events import render
from .ingest import add_db_option


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "entity",
        help="show an organisation or person",
        description="Show an entity of the store: aliases, events, people.",
    )
    parser.add_argument("name", metavar="NAME", help="name, alias or id")
    add_db_option(parser)
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        info = store.entity(args.name)
    if info is None:
        print(
            f"dealgraph: no entity named {args.name!r} in the store; "
            "check the spelling or ingest documents that mention it",
            file=sys.stderr,
        )
        return 1
    if args.format == "json":
        sys.stdout.write(json.dumps(info, ensure_ascii=False, indent=2) + "\n")
        return 0
    lines = [
        f"{info['name']}  ({info['kind']}, {info['id']}"
        + (f", {info['wikidata']}" if info["wikidata"] else "")
        + ")"
    ]
    if info["aliases"]:
        lines.append("aliases: " + ", ".join(info["aliases"]))
    if info["people"]:
        lines.append("people:")
        lines += [
            f"  {p['person']}: {p['type']}"
            + (f" ({p['title']})" if p["title"] else "")
            + (f" [{p['status']}]" if p["status"] else "")
            for p in info["people"]
        ]
    lines.append("events:")
    lines.append(render(info["events"], len(info["events"]), "table"))
    sys.stdout.write("\n".join(lines) + "\n")
    return 0
