"""``dealgraph export``: the merged graph as JSONL, CSV, FollowTheMoney or GraphML."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..store import open_store
from ..store.export import EXPORTERS
from .ingest import add_db_option


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "export",
        help="export the graph",
        description="Write every merged event of the store in an interchange format.",
    )
    parser.add_argument("--format", choices=tuple(EXPORTERS), default="jsonl")
    add_db_option(parser)
    parser.add_argument("-o", "--output", default="-", metavar="FILE", help="output file (default: stdout)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        if args.output == "-":
            count = EXPORTERS[args.format](store, sys.stdout)
        else:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                count = EXPORTERS[args.format](store, out)
    print(f"exported {count} {args.format} records", file=sys.stderr)
    return 0
