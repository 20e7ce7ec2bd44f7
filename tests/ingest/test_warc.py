"""WARC archives built here with warcio: only HTML page responses become documents."""

from __future__ import annotations

import gzip as gz
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dealgraph.errors import InputError
from dealgraph.ingest import ReadOptions, iter_documents
from dealgraph.model import Document

PAGE = """<html><head><title>Beispiel AG kauft Muster GmbH</title></head><body>
<nav><a href="/">Startseite</a> <a href="/wirtschaft">Wirtschaft</a></nav>
<article><h1>Beispiel AG kauft Muster GmbH</h1>
<p>Die Beispiel AG hat am Freitag die Übernahme der Muster GmbH angekündigt. Der Kaufpreis liegt bei rund
250 Millionen Euro, teilten beide Unternehmen in einer gemeinsamen Erklärung mit.</p>
<p>Die Transaktion soll im dritten Quartal abgeschlossen werden.</p></article>
<footer>Impressum</footer></body></html>"""

DATED_PAGE = PAGE.replace(
    "</title>", '</title><meta property="article:published_time" content="2025-06-19T10:00:00Z">'
)

EMPTY_PAGE = "<html><body><nav>Startseite</nav></body></html>"
ARTICLE_URI = "https://zeitung.example/kauf"


def add_response(
    writer: WARCWriter, uri: str, body: bytes, ctype: str, status: str = "200 OK", date: str | None = None
) -> None:
    http_headers = StatusAndHeaders(
        status, [("Content-Type", ctype), ("Content-Length", str(len(body)))], protocol="HTTP/1.1"
    )
    warc_headers = {"WARC-Date": date} if date else None
    record = writer.create_warc_record(
        uri, "response", payload=io.BytesIO(body), http_headers=http_headers, warc_headers_dict=warc_headers
    )
    writer.write_record(record)


def build_warc(path: Path, gzip: bool) -> Path:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "dealgraph tests"}))
        request = StatusAndHeaders("GET /kauf HTTP/1.1", [("Host", "zeitung.example")], is_http_request=True)
        writer.write_record(
            writer.create_warc_record(ARTICLE_URI, "request", payload=io.BytesIO(b""), http_headers=request)
        )
        add_response(
            writer, ARTICLE_URI, PAGE.encode(), "text/html; charset=utf-8", date="2025-06-21T10:15:00Z"
        )
        add_response(writer, "https://zeitung.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")
        add_response(writer, "https://zeitung.example/weg", PAGE.encode(), "text/html", "404 Not Found")
        add_response(writer, "https://zeitung.example/leer", EMPTY_PAGE.encode(), "text/html")
        add_response(
            writer,
            "https://zeitung.example/alt",
            DATED_PAGE.encode("latin-1", "replace"),
            "text/html; charset=iso-8859-1",
            date="2025-06-21T10:20:00Z",
        )
    return path


def read(path: Path, **kwargs: object) -> list[Document | InputError]:
    return list(iter_documents([str(path)], ReadOptions(**kwargs)))


@pytest.mark.parametrize(("name", "gzip"), [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_only_html_page_responses(tmp_path: Path, name: str, gzip: bool) -> None:
    path = build_warc(tmp_path / name, gzip)
    outcomes = read(path)
    assert len(outcomes) == 3, outcomes
    page, empty, dated = outcomes

    assert isinstance(page, Document)
    assert page.id == page.url == ARTICLE_URI
    assert page.published == "2025-06-21"  # WARC-Date, since the page has no date of its own
    assert page.source == str(path)
    assert "Übernahme der Muster GmbH" in page.text and "Startseite" not in page.text
    assert page.lang == "de"

    assert isinstance(empty, InputError)
    assert (empty.doc, empty.reason) == ("https://zeitung.example/leer", "no text in HTML")

    assert isinstance(dated, Document)
    assert dated.published == "2025-06-19"  # the page's own date beats the crawl date
    assert "Übernahme" in dated.text  # declared latin-1 decoded right


def test_record_over_the_limit(tmp_path: Path) -> None:
    path = build_warc(tmp_path / "crawl.warc.gz", True)
    outcomes = read(path, max_bytes=200)
    reasons = [(o.doc, o.reason) if isinstance(o, InputError) else o for o in outcomes]
    assert reasons == [
        (ARTICLE_URI, "larger than the limit of 200 bytes"),
        ("https://zeitung.example/leer", "no text in HTML"),  # a small page is still read
        ("https://zeitung.example/alt", "larger than the limit of 200 bytes"),
    ]


def test_not_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "junk.warc"
    path.write_bytes(b"this is not a WARC file at all\n" * 10)
    outcomes = read(path)
    assert len(outcomes) == 1 and isinstance(outcomes[0], InputError)
    assert "not a WARC file" in outcomes[0].reason


def test_gzip_but_not_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "junk.warc.gz"
    path.write_bytes(gz.compress(b"plain text, gzipped"))
    outcomes = read(path)
    assert len(outcomes) == 1 and isinstance(outcomes[0], InputError)


def test_truncated_warc_keeps_what_was_read(tmp_path: Path) -> None:
    full = build_warc(tmp_path / "full.warc", False).read_bytes()
    cut = full.index(b"https://zeitung.example/alt") + 200
    path = tmp_path / "cut.warc"
    path.write_bytes(full[:cut])
    outcomes = read(path)
    assert isinstance(outcomes[0], Document) and outcomes[0].id == ARTICLE_URI
    assert all(isinstance(o, (Document, InputError)) for o in outcomes)


def test_truncated_warc_gz(tmp_path: Path) -> None:
    full = build_warc(tmp_path / "full.warc.gz", True).read_bytes()
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(full[: len(full) - 40])
    outcomes = read(path)
    assert isinstance(outcomes[0], Document)
    assert all(isinstance(o, (Document, InputError)) for o in outcomes)


def test_missing_warc(tmp_path: Path) -> None:
    outcomes = read(tmp_path / "missing.warc.gz")
    assert len(outcomes) == 1 and isinstance(outcomes[0], InputError)
