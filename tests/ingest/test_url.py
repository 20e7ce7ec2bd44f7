"""fetch_url against a real HTTP server on 127.0.0.1, and the SSRF guard on hostile URLs.

No test here leaves the machine: the only connections go to the server started below;
every hostile URL is refused before any connection is made.
"""

from __future__ import annotations

import ipaddress
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from dealgraph.errors import InputError
from dealgraph.ingest import ReadOptions, iter_documents, url
from dealgraph.ingest.url import address_problem, fetch_url
from dealgraph.model import Document

ARTICLE = """<html><head><title>Beispiel AG kauft Muster GmbH</title></head><body>
<nav><a href="/">Startseite</a></nav><article><h1>Beispiel AG kauft Muster GmbH</h1>
<p>Die Beispiel AG hat am Freitag die Übernahme der Muster GmbH angekündigt. Der Kaufpreis liegt bei rund
250 Millionen Euro, teilten beide Unternehmen in einer gemeinsamen Erklärung mit.</p>
<p>Die Transaktion soll im dritten Quartal abgeschlossen werden.</p></article></body></html>"""

PLAIN = "Example Corp agreed to buy Sample Ltd for 250 million dollars."

RSS = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Lokal</title>
<item><title>Kauf</title><link>http://127.0.0.1:{port}/article</link><guid>k1</guid>
<pubDate>Sat, 21 Jun 2025 09:00:00 +0200</pubDate><description>Kurz.</description></item>
</channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    seen: list[tuple[str, str | None, str | None]] = []

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def send(self, status: int, ctype: str, body: bytes, length: bool = True, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        Handler.seen.append((self.path, self.headers.get("Host"), self.headers.get("User-Agent")))
        address: Any = self.server.server_address
        port = address[1]
        routes = {
            "/article": lambda: self.send(200, "text/html; charset=utf-8", ARTICLE.encode()),
            "/latin1": lambda: self.send(200, "text/html; charset=iso-8859-1", ARTICLE.encode("latin-1")),
            "/plain": lambda: self.send(200, "text/plain; charset=utf-8", PLAIN.encode()),
            "/big": lambda: self.send(200, "text/plain", b"x" * 50_000),
            "/big-chunked": lambda: self.send(200, "text/plain", b"x" * 50_000, length=False),
            "/image": lambda: self.send(200, "image/png", b"\x89PNG\r\n\x1a\n"),
            "/missing": lambda: self.send(404, "text/plain", b"not found"),
            "/feed": lambda: self.send(200, "application/rss+xml", RSS.format(port=port).encode()),
            "/redirect-ok": lambda: self.send(302, "text/plain", b"", Location="/article"),
            "/redirect-loop": lambda: self.send(302, "text/plain", b"", Location="/redirect-loop"),
            "/redirect-loopback": lambda: self.send(
                302, "text/plain", b"", Location=f"http://127.0.0.2:{port}/article"
            ),
            "/redirect-ipv6": lambda: self.send(302, "text/plain", b"", Location=f"http://[::1]:{port}/"),
            "/redirect-metadata": lambda: self.send(
                301, "text/plain", b"", Location="http://169.254.169.254/latest/meta-data/"
            ),
            "/redirect-file": lambda: self.send(302, "text/plain", b"", Location="file:///etc/passwd"),
        }
        if self.path == "/slow":
            time.sleep(2)
            self.send(200, "text/plain", PLAIN.encode())
            return
        routes.get(self.path, lambda: self.send(404, "text/plain", b"no route"))()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


LOCAL = ReadOptions(allow_private=True, timeout=5.0)


def refused(target: str, options: ReadOptions | None = None) -> str:
    with pytest.raises(InputError) as info:
        fetch_url(target, options or ReadOptions(timeout=5.0))
    assert info.value.doc == target
    return info.value.reason


def test_fetch_html_with_allow_private(server: str) -> None:
    Handler.seen.clear()
    doc = fetch_url(f"{server}/article", LOCAL)
    assert doc.id == f"{server}/article"
    assert doc.url == f"{server}/article"
    assert "Übernahme der Muster GmbH" in doc.text
    assert "Startseite" not in doc.text
    assert doc.title == "Beispiel AG kauft Muster GmbH"
    path, host, agent = Handler.seen[-1]
    assert path == "/article"
    assert host == server.removeprefix("http://")
    assert agent == LOCAL.user_agent


def test_fetch_declared_charset(server: str) -> None:
    assert "Übernahme der Muster GmbH" in fetch_url(f"{server}/latin1", LOCAL).text


def test_fetch_plain_text(server: str) -> None:
    doc = fetch_url(f"{server}/plain", LOCAL)
    assert doc.text == PLAIN


def test_loopback_refused_without_allow_private(server: str) -> None:
    Handler.seen.clear()
    reason = refused(f"{server}/article")
    assert "loopback" in reason and "private" in reason
    assert Handler.seen == []  # refused before connecting


def test_relative_redirect_is_followed(server: str) -> None:
    doc = fetch_url(f"{server}/redirect-ok", LOCAL)
    assert doc.url == f"{server}/article"
    assert doc.id == f"{server}/redirect-ok"


def test_redirect_loop(server: str) -> None:
    assert "more than 5 redirects" in refused(f"{server}/redirect-loop", LOCAL)


def test_redirect_to_other_scheme_refused(server: str) -> None:
    assert "scheme" in refused(f"{server}/redirect-file", LOCAL)


@pytest.fixture
def public_test_host(monkeypatch: pytest.MonkeyPatch) -> str:
    """Pretend "news.example" is a public host served by the local server.

    The name resolves to 127.0.0.1, and exactly that address passes the guard; every
    other address keeps the real verdict. So a redirect from the "public" server to
    a loopback address must be caught by the per-hop re-check.
    """
    real_problem = url.address_problem
    real_resolve = url._resolve
    allowed = ipaddress.ip_address("127.0.0.1")

    def resolve(host: str, port: int) -> list[url.IPAddress]:
        return [allowed] if host == "news.example" else real_resolve(host, port)

    def problem(ip: url.IPAddress) -> str | None:
        return None if ip == allowed else real_problem(ip)

    monkeypatch.setattr(url, "_resolve", resolve)
    monkeypatch.setattr(url, "address_problem", problem)
    return "news.example"


def test_allowed_host_is_fetched_on_the_checked_address(server: str, public_test_host: str) -> None:
    Handler.seen.clear()
    port = server.rsplit(":", 1)[1]
    doc = fetch_url(f"http://{public_test_host}:{port}/article", ReadOptions(timeout=5.0))
    assert "Muster GmbH" in doc.text
    assert Handler.seen[-1][1] == f"{public_test_host}:{port}"  # Host header keeps the name


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/redirect-loopback", "loopback address 127.0.0.2"),
        ("/redirect-ipv6", "loopback address ::1"),
        ("/redirect-metadata", "link-local address 169.254.169.254"),
    ],
)
def test_redirect_to_private_address_refused(
    server: str, public_test_host: str, path: str, expected: str
) -> None:
    Handler.seen.clear()
    port = server.rsplit(":", 1)[1]
    reason = refused(f"http://{public_test_host}:{port}{path}")
    assert expected in reason
    assert [seen[0] for seen in Handler.seen] == [path]  # the target was never asked


def test_size_limit_with_content_length(server: str) -> None:
    options = ReadOptions(allow_private=True, timeout=5.0, max_bytes=1000)
    assert "limit of 1000 bytes" in refused(f"{server}/big", options)


def test_size_limit_while_streaming(server: str) -> None:
    options = ReadOptions(allow_private=True, timeout=5.0, max_bytes=1000)
    assert "limit of 1000 bytes" in refused(f"{server}/big-chunked", options)


def test_http_error_status(server: str) -> None:
    assert "HTTP status 404" in refused(f"{server}/missing", LOCAL)


def test_unsupported_content_type(server: str) -> None:
    assert "content type" in refused(f"{server}/image", LOCAL)


def test_timeout(server: str) -> None:
    started = time.monotonic()
    reason = refused(f"{server}/slow", ReadOptions(allow_private=True, timeout=0.5))
    assert "timed out" in reason
    assert time.monotonic() - started < 2


def test_connection_refused_is_an_input_error(server: str) -> None:
    # a port nobody listens on: take the server's port + 1 and hope; accept either outcome
    port = int(server.rsplit(":", 1)[1])
    target = f"http://127.0.0.1:{port + 1 if port < 65535 else port - 1}/"
    with pytest.raises(InputError):
        fetch_url(target, ReadOptions(allow_private=True, timeout=2.0))


HOSTILE = [
    ("file:///etc/passwd", "scheme"),
    ("ftp://example.com/news.txt", "scheme"),
    ("gopher://example.com/", "scheme"),
    ("http://169.254.169.254/latest/meta-data/", "link-local"),
    ("http://[::1]/", "loopback"),
    ("http://0.0.0.0/", "unspecified"),
    ("http://user:secret@example.com/", "credentials"),
    ("http://127.0.0.1/admin", "loopback"),
    ("http://localhost:8080/", "loopback"),
    ("http://10.0.0.1/", "private"),
    ("http://192.168.1.1/", "private"),
    ("http://100.64.0.1/", "non-public"),
    ("http://[::ffff:127.0.0.1]/", "loopback"),
    ("http://[fe80::1]/", "link-local"),
    ("http://[fd00::1]/", "private"),
    ("http://224.0.0.1/", "multicast"),
    ("http://2130706433/", "loopback"),  # 127.0.0.1 written as one number
    ("http:///nohost", "host"),
    ("not a url", "scheme"),
]


@pytest.mark.parametrize(("target", "expected"), HOSTILE)
def test_hostile_urls_are_refused(target: str, expected: str) -> None:
    assert expected in refused(target)


def test_hostile_urls_through_iter_documents() -> None:
    targets = [target for target, _ in HOSTILE if "://" in target]
    outcomes = list(iter_documents(targets, ReadOptions(timeout=5.0)))
    assert len(outcomes) == len(targets)
    assert all(isinstance(outcome, InputError) for outcome in outcomes)


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        ("93.184.216.34", None),
        ("2606:4700:4700::1111", None),
        ("127.0.0.1", "loopback"),
        ("::ffff:10.1.2.3", "private"),
        ("2002:7f00:1::", "loopback"),  # 6to4 wrapping 127.0.0.1
        ("240.0.0.1", "address"),  # reserved (Python files it under private too)
    ],
)
def test_address_problem(address: str, problem: str | None) -> None:
    verdict = address_problem(ipaddress.ip_address(address))
    assert verdict is None if problem is None else (verdict is not None and problem in verdict)


def test_feed_url_through_iter_documents(server: str) -> None:
    outcomes = list(iter_documents([f"{server}/feed"], LOCAL))
    assert len(outcomes) == 1
    doc = outcomes[0]
    assert isinstance(doc, Document)
    assert doc.id == f"{server}/article"  # a short item: its link was fetched
    assert doc.title == "Kauf"
    assert doc.published == "2025-06-21"
    assert "Muster GmbH" in doc.text


def test_page_url_through_iter_documents(server: str) -> None:
    outcomes = list(iter_documents([f"{server}/article", f"{server}/missing"], LOCAL))
    assert isinstance(outcomes[0], Document) and outcomes[0].lang == "de"
    assert isinstance(outcomes[1], InputError)
