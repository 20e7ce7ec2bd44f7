"""HTTP API and web UI over the store: ``create_app`` builds both on one FastAPI app.

The UI pages are server-rendered views over the same library calls as the JSON API, so
every table is readable without JavaScript and the API stays the single source of truth.
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
