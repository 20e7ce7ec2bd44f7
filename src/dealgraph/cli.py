"""The ``dealgraph`` command: thin wrappers over library functions.

Each subcommand lives in ``dealgraph.commands.<name>`` with ``register(subparsers)``;
the list below is the one place that says which commands exist.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from . import __version__
from .errors import DealgraphError, UsageError

COMMANDS: tuple[str, ...] = ("extract", "ingest", "events", "entity", "entities", "export", "batch", "serve")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dealgraph",
        description="Corporate moves (acquisitions, investments, hires, ...) from news, with evidence.",
    )
    parser.add_argument("--version", action="version", version=f"dealgraph {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"dealgraph.commands.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        code: int = args.run(args)
    except UsageError as err:
        print(f"dealgraph: {err}", file=sys.stderr)
        return 2
    except DealgraphError as err:
        print(f"dealgraph: error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    return code


if __name__ == "__main__":
    sys.exit(main())
