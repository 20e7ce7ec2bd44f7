"""``dealgraph extract``: print the events of documents, one result per document."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..errors import InputError, UsageError
from ..ingest import ReadOptions, iter_documents
from ..ingest.textutil import normalise_date
from ..output import render_table
from ..pipeline import extract_document


def add_read_options(parser: argparse.ArgumentParser) -> None:
    """Options shared by every command that reads documents."""
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help=".txt/.html/.jsonl files, directories, feeds, WARC files, URLs or - for stdin",
    )
    parser.add_argument(
        "--lang", choices=("de", "en"), help="language of documents that do not say (default: detect)"
    )
    parser.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="publication date for documents that do not say; relative dates hang on it",
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=ReadOptions.max_bytes,
        help="skip documents larger than this (default: %(default)s)",
    )
    parser.add_argument(
        "--allow-private",
        action="store_true",
        help="allow URLs on private, loopback and link-local addresses",
    )
    parser.add_argument("--timeout", type=float, default=ReadOptions.timeout, help="URL timeout in seconds")


def read_options(args: argparse.Namespace) -> ReadOptions:
    published = None
    if args.published:
        published = normalise_date(args.published)
        if published is None:
            raise UsageError(f"--published {args.published!r} is not a date; use YYYY-MM-DD")
    if args.max_bytes <= 0:
        raise UsageError("--max-bytes must be positive")
    return ReadOptions(
        max_bytes=args.max_bytes,
        lang=args.lang,
        published=published,
        allow_private=args.allow_private,
        timeout=args.timeout,
    )


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "extract",
        help="print the events of documents",
        description="Extract corporate events from documents and print them.",
    )
    add_read_options(parser)
    parser.add_argument(
        "--format",
        choices=("table", "json", "jsonl"),
        default="table",
        help="table for reading, json or jsonl (one line per document) for programs",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    options = read_options(args)
    failed = 0
    out = sys.stdout
    results: list[dict[str, Any]] = []
    for item in iter_documents(args.inputs, options):
        if isinstance(item, InputError):
            failed += 1
            print(f"dealgraph: skipped {item.doc}: {item.reason}", file=sys.stderr)
            continue
        try:
            result = extract_document(item)
        except Exception as err:  # one broken document must not stop the batch
            failed += 1
            print(f"dealgraph: failed {item.id}: {type(err).__name__}: {err}", file=sys.stderr)
            continue
        if args.format == "jsonl":
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
        elif args.format == "table":
            out.write(render_table(result) + "\n\n")
        else:
            results.append(result)
    if args.format == "json":
        json.dump(results, out, ensure_ascii=False, indent=2)
        out.write("\n")
    out.flush()
    return 1 if failed else 0
