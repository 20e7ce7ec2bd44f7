"""``dealgraph entities merge A B`` / ``split A``: resolution decisions, stored and reversible."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..store import open_store
from .ingest import add_db_option


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "entities",
        help="merge or split entities",
        description="Record entity resolution decisions; events are recomputed.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    merge = actions.add_parser("merge", help="A and B are the same entity (A keeps its name)")
    merge.add_argument("a", metavar="A")
    merge.add_argument("b", metavar="B")
    add_db_option(merge)
    split = actions.add_parser("split", help="A is not the entity it was merged with")
    split.add_argument("a", metavar="A")
    add_db_option(split)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args.db) as store:
        if args.action == "merge":
            report = store.merge_entities(args.a, args.b)
        else:
            report = store.split_entity(args.a)
    entity = report["entity"]
    print(
        f"{args.action}: {report['entities_changed']} entities changed; "
        f"{args.a!r} is now {entity['name']} ({entity['id']})",
        file=sys.stderr,
    )
    return 0
