"""A real SQLite store, built once per session from the running example and a few articles.

The articles are invented for these tests (companies that do not exist); one document is
hostile (script tags, an onerror image, a javascript: link) to pin that the UI escapes.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dealgraph.model import Document
from dealgraph.store import open_store
from dealgraph.web import create_app

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "meta-ai-acquisitions.de.txt"
META_DOC = "examples/meta-ai-acquisitions.de.txt"
HOSTILE_DOC = "hostile/1"
HOSTILE_TITLE = "<script>alert(1)</script> Evil <img src=x onerror=alert(2)>"
HOSTILE_TEXT = (
    "Grimsby Tools has agreed to acquire Harrow Widgets for $12 million. "
    "<script>alert(1)</script> <img src=x onerror=alert(2)> "
    '<a href="javascript:alert(3)">click me</a> The deal closes next week.'
)

ARTICLES = [
    Document(
        id="test/northwind-bluefin-1",
        lang="en",
        published="2025-03-03",
        title="Northwind Robotics to buy Bluefin Sensors",
        url="https://news.example/northwind-1",
        text="Northwind Robotics to buy Bluefin Sensors\n\n"
        "Northwind Robotics has agreed to acquire Bluefin Sensors for $320 million, the companies "
        "announced on Monday. Northwind Robotics will take full ownership of the Oslo-based startup.\n\n"
        "Separately, Quartzline Capital invested 40 million euros in Bluefin Sensors last year.",
    ),
    Document(
        id="test/kranich-feldmark",
        lang="de",
        published="2025-04-08",
        title="Kranich Logistik übernimmt Feldmark Systems",
        text="Kranich Logistik übernimmt Feldmark Systems\n\n"
        "Die Kranich Logistik AG hat den Softwareanbieter Feldmark Systems für 85 Millionen Euro "
        "übernommen. Die Übernahme wurde am Dienstag abgeschlossen.",
    ),
    Document(
        id="test/northwind-bluefin-2",
        lang="en",
        published="2025-05-12",
        title="Northwind Robotics deal for Bluefin Sensors collapses",
        text="Northwind Robotics deal for Bluefin Sensors collapses\n\n"
        "Talks between Northwind Robotics and Bluefin Sensors about an acquisition have collapsed, "
        "people familiar with the matter said. Northwind Robotics had offered about $300 million "
        "for Bluefin Sensors.",
    ),
]


@pytest.fixture(scope="session")
def meta_doc() -> str:
    """Id of the running example's document (it contains a slash, on purpose)."""
    return META_DOC


@pytest.fixture(scope="session")
def hostile_doc() -> str:
    """Id of the document whose title and text carry script, onerror and javascript: payloads."""
    return HOSTILE_DOC


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where browser tests save screenshots (git-ignored)."""
    path = ROOT / "test-artifacts"
    path.mkdir(exist_ok=True)
    return path


@pytest.fixture(scope="session")
def db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'dealgraph.db'}"
    store = open_store(url)
    try:
        store.ingest(
            Document(id=META_DOC, text=EXAMPLE.read_text(encoding="utf-8"), lang="de", published="2025-06-21")
        )
        for doc in ARTICLES:
            store.ingest(doc)
        store.ingest(
            Document(
                id=HOSTILE_DOC,
                text=HOSTILE_TEXT,
                title=HOSTILE_TITLE,
                lang="en",
                published="2025-02-01",
                url="javascript:alert(4)",
            )
        )
    finally:
        store.close()
    return url


@pytest.fixture(scope="session")
def client(db_url: str) -> Iterator[TestClient]:
    with TestClient(create_app(db_url), raise_server_exceptions=False) as c:
        yield c


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def server(db_url: str) -> Iterator[str]:
    """The real app under uvicorn on a free loopback port, in a thread."""
    import uvicorn

    port = free_port()
    config = uvicorn.Config(create_app(db_url), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not srv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)
