"""``dealgraph serve``: the JSON API and the web UI over a store, via uvicorn.

Binds to loopback by default: the UI has no authentication, and ingest stays off unless
``--allow-ingest`` is given, because anyone who can reach the port could write to the store.
"""

from __future__ import annotations

import argparse
from typing import Any

from ..errors import UsageError


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "serve",
        help="serve the JSON API and the web UI",
        description="Serve the JSON API (/api, /docs) and the web UI over a store.",
    )
    parser.add_argument(
        "--db", metavar="URL", help="database URL (default: $DEALGRAPH_DB or sqlite:///dealgraph.db)"
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to bind (default: %(default)s, loopback only)"
    )
    parser.add_argument("--port", type=int, default=8000, help="port (default: %(default)s)")
    parser.add_argument(
        "--allow-ingest",
        action="store_true",
        help="enable POST /api/documents (anyone reaching the port can then write)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from ..web import create_app

    if not 0 < args.port < 65536:
        raise UsageError("--port must be between 1 and 65535")
    app = create_app(args.db, allow_ingest=args.allow_ingest)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return 0
