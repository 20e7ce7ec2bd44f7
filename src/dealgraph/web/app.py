"""``create_app``: the JSON API and the server-rendered UI over one store.

Every route is a thin wrapper around a ``Store`` method (the library does the work); the
UI pages call the same methods as the API, so what a reader sees is what a client gets.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from pydantic import BaseModel, Field

from .. import __version__, schema
from ..errors import InputError
from ..model import Document
from ..store import open_store
from . import views
from .errors import ERROR_RESPONSES, ApiError, install_error_handlers

HERE = Path(__file__).parent
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MAX_POST_CHARS = 2_000_000
ENTITY_PAGE = 50

Limit = Annotated[int, Query(ge=1, le=1000, description="page size")]
Offset = Annotated[int, Query(ge=0, description="rows to skip")]


class DocumentIn(BaseModel):
    """One document to ingest: plain text or HTML, with what the caller knows about it."""

    text: str | None = Field(None, max_length=MAX_POST_CHARS)
    html: str | None = Field(None, max_length=MAX_POST_CHARS)
    url: str | None = None
    published: str | None = Field(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    lang: str | None = Field(None, pattern=r"^(de|en)$")
    title: str | None = None
    id: str | None = Field(None, min_length=1, max_length=500)


def _check_choice(name: str, value: str | None, allowed: tuple[str, ...] | list[str]) -> None:
    if value is not None and value not in allowed:
        raise ApiError(422, f"{name}: unknown value {value!r}; use one of {', '.join(allowed)}")


def _check_date(name: str, value: str | None) -> None:
    """Dates are ISO prefixes (the store compares them as strings), and must be real dates."""
    if value is None:
        return
    try:
        if not DATE_RE.match(value):
            raise ValueError(value)
        parts = [int(p) for p in value.split("-")]
        date(*parts, *[1] * (3 - len(parts)))
    except ValueError:
        raise ApiError(422, f"{name}: {value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD") from None


def _to_document(body: DocumentIn) -> Document:
    """Build the Document the pipeline reads; the id defaults to the URL or a content hash."""
    if (body.text is None) == (body.html is None):
        raise ApiError(422, "give exactly one of text or html")
    if body.html is not None:
        from ..ingest.html import html_to_document  # trafilatura loads only when HTML is posted

        doc_id = body.id or body.url or "post:" + hashlib.sha256(body.html.encode()).hexdigest()[:16]
        try:
            doc = html_to_document(body.html, doc_id, url=body.url)
        except InputError as err:
            raise ApiError(422, f"html: {err.reason}") from None
    else:
        text = body.text or ""
        if not text.strip():
            raise ApiError(422, "text: empty")
        doc_id = body.id or body.url or "post:" + hashlib.sha256(text.encode()).hexdigest()[:16]
        doc = Document(id=doc_id, text=text, url=body.url)
    doc.source = "api"
    if body.title is not None:
        doc.title = body.title
    if body.published is not None:
        doc.published = body.published
    if body.lang is not None:
        doc.lang = body.lang
    return doc


def find_event(store: Any, event_id: str, entity: str | None = None) -> dict[str, Any] | None:
    """One event by id (``entity`` is accepted from links for compatibility, not needed)."""
    found: dict[str, Any] | None = store.event(event_id)
    return found


def create_app(store_url: str | None = None, allow_ingest: bool = False) -> FastAPI:
    """The app over the store at ``store_url``; POST /api/documents only with ``allow_ingest``."""
    store = open_store(store_url)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="dealgraph",
        version=__version__,
        lifespan=lifespan,
        description="Corporate events (deals and talent moves) from news, with evidence.",
    )
    app.state.store = store
    app.state.allow_ingest = allow_ingest
    # Autoescape every template whatever its name: titles and texts are hostile input.
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True)
    templates = Jinja2Templates(env=env)
    templates.env.globals.update(
        status_label=views.status_label,
        type_label=views.type_label,
        amount=views.format_amount,
        stake=views.format_stake,
        role_items=views.role_items,
        headline=views.headline,
        rows=views.rows,
        event_href=views.event_href,
        first_entity=views.first_entity,
        names=views.names,
        link_url=views.link_url,
        legend=views.legend(),
        version=__version__,
    )
    app.state.templates = templates
    install_error_handlers(app)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def event_or_404(event_id: str, entity: str | None = None) -> dict[str, Any]:
        event = find_event(store, event_id, entity)
        if event is None:
            raise ApiError(404, f"no event with id {event_id!r}")
        return event

    def entity_or_404(entity_id: str) -> dict[str, Any]:
        entity: dict[str, Any] | None = store.entity(entity_id)
        if entity is None:
            raise ApiError(404, f"no entity with id {entity_id!r}")
        return entity

    def document_or_404(doc_id: str) -> dict[str, Any]:
        doc: dict[str, Any] | None = store.document(doc_id)
        if doc is None:
            raise ApiError(404, f"no document with id {doc_id!r}")
        return doc

    def page(request: Request, name: str, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context)

    # ---- JSON API -------------------------------------------------------------------
    # Short reads (one or two indexed queries) are ``async def``: they run on the event loop
    # instead of hopping to the thread pool, where concurrent requests fought over the GIL
    # (bench/api.py, 4 clients: entity page p95 102 -> 49 ms). Ingest, graph walks, conflict
    # scans and event lookups can take long, so they stay plain ``def`` in the thread pool.
    # Store results are already JSON-ready, so routes return JSONResponse directly:
    # FastAPI's jsonable_encoder walk cost more than the database query (4.5 ms for 50 events).

    @app.get("/healthz", tags=["meta"])
    async def healthz() -> dict[str, str]:
        """Liveness for load balancers; it does not touch the database."""
        return {"status": "ok", "version": __version__}

    @app.get("/api/schema", tags=["meta"], responses=ERROR_RESPONSES)
    async def api_schema() -> dict[str, Any]:
        """Event types, roles and statuses, so clients need not hard-code them."""
        return schema.as_dict()

    @app.get("/api/events", tags=["events"], responses=ERROR_RESPONSES)
    async def api_events(
        entity: str | None = None,
        type: str | None = None,
        status: str | None = None,
        since: str | None = None,
        until: str | None = None,
        min_amount: Annotated[float | None, Query(ge=0)] = None,
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> JSONResponse:
        """Events matching every given filter, newest first, with ``total`` for paging."""
        _check_choice("type", type, tuple(schema.EVENT_TYPES))
        _check_choice("status", status, schema.STATUSES)
        _check_date("since", since)
        _check_date("until", until)
        events, total = store.events(
            entity=entity,
            type=type,
            status=status,
            since=since,
            until=until,
            min_amount=min_amount,
            limit=limit,
            offset=offset,
        )
        return JSONResponse({"events": events, "total": total, "limit": limit, "offset": offset})

    @app.get("/api/events/{event_id:path}", tags=["events"], responses=ERROR_RESPONSES)
    def api_event(
        event_id: str,
        entity: Annotated[
            str | None, Query(description="an entity of the event: a hint that makes the lookup fast")
        ] = None,
    ) -> JSONResponse:
        """One event with its timeline and every source's evidence."""
        return JSONResponse(event_or_404(event_id, entity))

    @app.get("/api/entities", tags=["entities"], responses=ERROR_RESPONSES)
    async def api_entities(
        q: Annotated[str, Query(min_length=1, max_length=200)],
        limit: Annotated[int, Query(ge=1, le=100)] = 20,
    ) -> JSONResponse:
        """Entities whose name or alias matches ``q`` (for search boxes)."""
        return JSONResponse({"entities": store.search_entities(q, limit=limit)})

    @app.get("/api/entities/{entity_id:path}", tags=["entities"], responses=ERROR_RESPONSES)
    async def api_entity(entity_id: str) -> JSONResponse:
        """An entity with its aliases, events and people."""
        return JSONResponse(entity_or_404(entity_id))

    @app.get("/api/graph", tags=["entities"], responses=ERROR_RESPONSES)
    def api_graph(
        entity: Annotated[str, Query(min_length=1)], depth: Annotated[int, Query(ge=1, le=3)] = 1
    ) -> JSONResponse:
        """Nodes and edges (one per event) around an entity."""
        entity_or_404(entity)
        return JSONResponse(store.graph(entity, depth=depth))

    @app.get("/api/documents/{doc_id:path}", tags=["documents"], responses=ERROR_RESPONSES)
    async def api_document(doc_id: str) -> JSONResponse:
        """A document's text and the claims extracted from it, with evidence spans."""
        return JSONResponse(document_or_404(doc_id))

    @app.post("/api/documents", tags=["documents"], responses=ERROR_RESPONSES)
    def api_ingest(body: DocumentIn) -> dict[str, Any]:
        """Extract and store one document; disabled unless the server allows ingest."""
        if not allow_ingest:
            raise ApiError(403, "ingest is disabled; start the server with --allow-ingest")
        outcome: dict[str, Any] = store.ingest(_to_document(body))
        return outcome

    @app.get("/api/conflicts", tags=["events"], responses=ERROR_RESPONSES)
    def api_conflicts() -> JSONResponse:
        """Events whose sources disagree on status, amount or date."""
        return JSONResponse({"conflicts": store.conflicts()})

    # ---- HTML UI --------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def home(request: Request, q: Annotated[str | None, Query(max_length=200)] = None) -> Response:
        """Search box and recent events; a plain form submit lands here with ``q``."""
        results = store.search_entities(q.strip(), limit=50) if q and q.strip() else None
        if results is not None and len(results) == 1:
            return RedirectResponse("/entities/" + quote(results[0]["id"], safe=""), status_code=303)
        recent, total = store.events(limit=25)
        return page(request, "index.html", q=q or "", results=results, events=recent, total=total)

    @app.get("/entities/{entity_id:path}", response_class=HTMLResponse, include_in_schema=False)
    async def entity_page(request: Request, entity_id: str, offset: Offset = 0) -> HTMLResponse:
        """Header, status-coloured timeline, events table and people of one entity.

        Events come in pages of ``ENTITY_PAGE`` (newest first): a big company has thousands,
        and one page must stay readable and fast to render.
        """
        entity = entity_or_404(entity_id)
        ordered = views.newest_first(list(entity.get("events") or []))
        shown = views.rows(ordered[offset : offset + ENTITY_PAGE])
        return page(
            request,
            "entity.html",
            entity=entity,
            rows=shown,
            timeline=sorted(shown, key=lambda r: (r.when == "", r.when)),
            total=len(ordered),
            offset=offset,
            limit=ENTITY_PAGE,
        )

    @app.get("/graph", response_class=HTMLResponse, include_in_schema=False)
    def graph_page(
        request: Request,
        entity: Annotated[str, Query(min_length=1)],
        depth: Annotated[int, Query(ge=1, le=3)] = 1,
    ) -> HTMLResponse:
        """Deals and talent flows around an entity as inline SVG; each edge links to evidence."""
        ent = entity_or_404(entity)
        graph = store.graph(ent["id"], depth=depth)
        layout = views.graph_layout(graph, ent["id"])
        return page(request, "graph.html", entity=ent, graph=graph, layout=layout, depth=depth)

    @app.get("/events/{event_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: str, entity: str | None = None) -> HTMLResponse:
        """One event and the evidence sentence of every source."""
        return page(request, "event.html", event=event_or_404(event_id, entity))

    @app.get("/documents/{doc_id:path}", response_class=HTMLResponse, include_in_schema=False)
    async def document_page(request: Request, doc_id: str) -> HTMLResponse:
        """The document text with evidence spans marked, and its claims listed."""
        doc = document_or_404(doc_id)
        claims = list(doc.get("claims") or [])
        segments = views.highlight(doc.get("text") or "", [c.get("evidence_span") for c in claims])
        return page(request, "document.html", doc=doc, claims=claims, segments=segments)

    @app.get("/conflicts", response_class=HTMLResponse, include_in_schema=False)
    def conflicts_page(request: Request) -> HTMLResponse:
        """Events whose sources disagree."""
        return page(request, "conflicts.html", events=store.conflicts())

    return app
