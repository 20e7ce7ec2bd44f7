"""Fixtures of the store tests: invented articles, cached extraction, SQLite and PostgreSQL stores.

The PostgreSQL server is a throw-away cluster from Debian's binaries on a free loopback
port, started once per session and stopped at the end.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dealgraph.model import Document
from dealgraph.pipeline import extract_document
from dealgraph.store import Store, open_store

# (id, published, url, text): invented companies, each deal reported several times.
ARTICLES: list[tuple[str, str, str, str]] = [
    (
        "kranich-rumor",
        "2024-03-01",
        "https://news.example/kranich-1",
        "Kranich Systems is reportedly considering an acquisition of Nordlicht Robotics, "
        "people familiar with the matter said.",
    ),
    (
        "kranich-talks",
        "2024-05-10",
        "https://news.example/kranich-2",
        "Kranich Systems is in talks to acquire Nordlicht Robotics.",
    ),
    (
        "kranich-agreed",
        "2024-07-01",
        "https://news.example/kranich-3",
        "Kranich Systems agreed to acquire Nordlicht Robotics for $1.2 billion.",
    ),
    (
        "kranich-closed",
        "2024-10-02",
        "https://news.example/kranich-4",
        "Kranich Systems Inc. has completed its acquisition of Nordlicht Robotics for $1.5 billion.",
    ),
    (
        "falkenstein-de",
        "2024-06-01",
        "https://news.example/falkenstein-1",
        "Falkenstein Bank scheiterte mit der Übernahme von Moorhof Energie GmbH.",
    ),
    (
        "falkenstein-en",
        "2024-08-01",
        "https://news.example/falkenstein-2",
        "Falkenstein Bank walked away from talks to acquire Moorhof Energie.",
    ),
    (
        "vogel-hire",
        "2024-09-09",
        "https://news.example/vogel",
        "Kranich Systems hired Jana Vogel from Moorhof Energie as chief technology officer.",
    ),
]

_CACHE: dict[tuple[str, str, str | None], dict[str, Any]] = {}


def extracted(doc: Document) -> dict[str, Any]:
    """Extraction is the slow part and not under test here: run it once per text."""
    key = (doc.id, doc.text, doc.published)
    if key not in _CACHE:
        _CACHE[key] = extract_document(doc)
    return _CACHE[key]


def article(doc_id: str) -> Document:
    for ident, published, url, text in ARTICLES:
        if ident == doc_id:
            return Document(id=ident, text=text, published=published, url=url)
    raise KeyError(doc_id)


def ingest_all(store: Store, ids: list[str] | None = None) -> list[dict[str, Any]]:
    docs = [article(i) for i in (ids or [a[0] for a in ARTICLES])]
    return [store.ingest(doc, extracted(doc)) for doc in docs]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found and os.geteuid() == 0:
        subprocess.run(["apt-get", "install", "-y", "postgresql"], check=False, capture_output=True)
        found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("no PostgreSQL binaries")
    root = os.geteuid() == 0
    if root and subprocess.run(["id", "postgres"], capture_output=True).returncode != 0:
        subprocess.run(["useradd", "--system", "--no-create-home", "postgres"], check=True)
    prefix = ["runuser", "-u", "postgres", "--"] if root else []
    base = tempfile.mkdtemp(prefix="dealgraph-pg-")
    if root:
        shutil.chown(base, "postgres", "postgres")
    data = os.path.join(base, "data")
    port = _free_port()
    subprocess.run(
        [
            *prefix,
            str(bindir / "initdb"),
            "-D",
            data,
            "-U",
            "dealgraph",
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-sync",
        ],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            *prefix,
            str(bindir / "pg_ctl"),
            "-D",
            data,
            "-l",
            os.path.join(base, "log"),
            "-w",
            "-o",
            f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        subprocess.run(
            [
                *prefix,
                str(bindir / "createdb"),
                "-h",
                "127.0.0.1",
                "-p",
                str(port),
                "-U",
                "dealgraph",
                "dealgraph",
            ],
            check=True,
            capture_output=True,
        )
        yield f"postgresql+psycopg://dealgraph@127.0.0.1:{port}/dealgraph"
    finally:
        subprocess.run(
            [*prefix, str(bindir / "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop"],
            capture_output=True,
        )
        time.sleep(0.1)
        shutil.rmtree(base, ignore_errors=True)


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    url: str = request.getfixturevalue("postgres_url")
    _reset_postgres(url)
    return url


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = open_store(store_url)
    yield opened
    opened.close()


class Corpus:
    """The invented articles and their cached extraction, handed to tests as a fixture."""

    ids = [a[0] for a in ARTICLES]
    article = staticmethod(article)
    extracted = staticmethod(extracted)
    ingest_all = staticmethod(ingest_all)


@pytest.fixture
def corpus() -> Corpus:
    return Corpus()
