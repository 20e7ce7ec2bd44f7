"""``dealgraph ingest``: extract documents and store their events in the knowledge graph."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from typing import Any

from ..errors import InputError
from ..ingest import iter_documents
from ..store import open_store
from .extract import add_read_options, read_options


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        help="sqlite:///file.db or postgresql+psycopg://... (default: $DEALGRAPH_DB or sqlite:///dealgraph.db)",
    )


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "ingest",
        help="extract documents and store their events",
        description="Extract events from documents and merge them into the store. "
        "Re-running is safe: unchanged documents are skipped.",
    )
    add_read_options(parser)
    add_db_option(parser)
    parser.add_argument(
        "--progress",
        choices=("auto", "always", "never"),
        default="auto",
        help="progress bar on stderr (auto: when stderr is a terminal)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    options = read_options(args)
    counts: Counter[str] = Counter()
    show = args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty())
    with open_store(args.db) as store:
        bar = tqdm(iter_documents(args.inputs, options), unit="doc", disable=not show, file=sys.stderr)
        for item in bar:
            if isinstance(item, InputError):
                counts["failed"] += 1
                tqdm.write(f"dealgraph: skipped {item.doc}: {item.reason}", file=sys.stderr)
                continue
            try:
                report = store.ingest(item)
            except Exception as err:  # one broken document must not stop the batch
                counts["failed"] += 1
                tqdm.write(f"dealgraph: failed {item.id}: {type(err).__name__}: {err}", file=sys.stderr)
                continue
            counts[report["outcome"]] += 1
            counts["events created"] += report["events_created"]
            counts["events updated"] += report["events_updated"]
        bar.close()
    print(
        "documents: {} new, {} unchanged, {} replaced, {} failed; events: {} created, {} updated".format(
            counts["new"],
            counts["unchanged"],
            counts["replaced"],
            counts["failed"],
            counts["events created"],
            counts["events updated"],
        ),
        file=sys.stderr,
    )
    return 1 if counts["failed"] else 0
