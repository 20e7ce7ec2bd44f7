"""``dealgraph batch``: extract many documents on a Dask cluster into resumable part files."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from ..batch.shards import DEFAULT_SHARD_SIZE
from ..errors import UsageError
from .extract import add_read_options, read_options

if TYPE_CHECKING:
    from ..store import Store


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "batch",
        help="extract many documents on a Dask cluster",
        description="Extract events on a Dask cluster (local by default) into DIR/part-NNNNN.jsonl; "
        "rerun the same command to finish an interrupted batch.",
    )
    add_read_options(parser)
    parser.add_argument("--out", required=True, metavar="DIR", help="output directory (created if missing)")
    parser.add_argument(
        "--db", metavar="URL", help="also store each result in this database (written by this process only)"
    )
    parser.add_argument(
        "--scheduler",
        metavar="tcp://HOST:PORT",
        help="address of a running Dask scheduler (default: start a local cluster)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="worker processes of the local cluster (default: number of CPUs)",
    )
    parser.add_argument(
        "--shard-size",
        type=int,
        default=DEFAULT_SHARD_SIZE,
        metavar="N",
        help="documents per task and part file (default: %(default)s)",
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    options = read_options(args)
    if args.shard_size <= 0:
        raise UsageError("--shard-size must be positive")
    if args.workers is not None and args.workers <= 0:
        raise UsageError("--workers must be positive")
    if args.scheduler and args.workers is not None:
        raise UsageError("--workers sets up a local cluster; leave it out with --scheduler")
    from ..batch import run_batch  # Dask is imported only when a batch is run

    store = _open_store(args.db) if args.db else None
    try:
        summary = run_batch(
            args.inputs,
            args.out,
            options,
            shard_size=args.shard_size,
            scheduler=args.scheduler,
            workers=args.workers,
            store=store,
            progress=not args.no_progress,
        )
    finally:
        if store is not None:
            store.close()
    print(json.dumps({"out": args.out, **vars(summary)}), file=sys.stderr)
    return 1 if summary.failed else 0


def _open_store(url: str) -> Store:
    """The store, imported only when asked for, so a batch without --db needs no database."""
    from ..store import open_store

    return open_store(url)
