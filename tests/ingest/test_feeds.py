"""RSS 2.0 and Atom feeds: full-content items used as they are, teasers fetched by link."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from dealgraph.errors import InputError
from dealgraph.ingest import ReadOptions, iter_documents
from dealgraph.model import Document

LONG_DE = (
    "Die Beispiel AG hat am Freitag die vollständige Übernahme der Muster GmbH angekündigt. "
    "Der Kaufpreis liegt nach Angaben beider Unternehmen bei rund 250 Millionen Euro. "
    "Die Transaktion soll im dritten Quartal abgeschlossen werden, sofern die Kartellbehörden zustimmen. "
    "Die Muster GmbH beschäftigt derzeit rund 180 Mitarbeiter und entwickelt Software für Fabriken. "
    "Vorstandschef Max Mustermann sagte, man wolle das Geschäft mit digitalen Diensten ausbauen. "
    "Analysten bewerteten den Schritt überwiegend positiv, die Aktie legte um drei Prozent zu."
)
LONG_EN = (
    "Example Corp said on Monday it had agreed to acquire Sample Ltd for about 300 million dollars in cash. "
    "The deal is expected to close in the fourth quarter, subject to regulatory approval. "
    "Sample Ltd makes software for logistics companies and employs around 400 people in three countries. "
    "Example Corp chief executive Jane Doe said the purchase would strengthen its cloud business. "
    "Shares of Example Corp rose two percent in early trading after the announcement was made public. "
    "Analysts said the price was fair given the growth of the logistics software market."
)
TEASER_PAGE = """<html><head><title>Teaser-Artikel</title></head><body><nav>Menü</nav><article>
<p>Die Kreditbank verkauft ihre Fondssparte an die Vermögen SE, wie beide Seiten am Dienstag mitteilten.
Der Preis wurde nicht genannt.</p></article></body></html>"""


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        body = TEASER_PAGE.encode()
        self.send_response(200 if self.path == "/teaser" else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def rss(server: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Beispielzeitung Wirtschaft</title><link>https://zeitung.example/</link>
<description>Nachrichten</description>
<item>
  <title>Beispiel AG kauft Muster GmbH</title>
  <link>https://zeitung.example/kauf</link>
  <guid isPermaLink="false">zeitung-1</guid>
  <pubDate>Sat, 21 Jun 2025 23:30:00 +0200</pubDate>
  <dc:creator>Erika Musterfrau</dc:creator>
  <description>Kurzfassung.</description>
  <content:encoded><![CDATA[<p>{LONG_DE}</p><p>Weitere Einzelheiten folgen.</p>]]></content:encoded>
</item>
<item>
  <title>Kreditbank verkauft Fondssparte</title>
  <link>{server}/teaser</link>
  <pubDate>Tue, 24 Jun 2025 10:00:00 +0200</pubDate>
  <description>Die Kreditbank verkauft ihre Fondssparte.</description>
</item>
<item>
  <title>Ohne Link</title>
  <guid isPermaLink="false">zeitung-3</guid>
  <description>Nur ein kurzer Satz.</description>
</item>
<item>
  <title>Langer Text ohne HTML</title>
  <guid isPermaLink="false">zeitung-4</guid>
  <description>{LONG_DE}</description>
</item>
</channel></rss>"""


ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Business News</title>
  <id>urn:example:feed</id>
  <updated>2025-06-23T12:00:00Z</updated>
  <entry>
    <title>Example Corp to buy Sample Ltd</title>
    <id>urn:example:1</id>
    <link href="https://news.example/deal"/>
    <published>2025-06-23T08:00:00-04:00</published>
    <updated>2025-06-24T08:00:00-04:00</updated>
    <author><name>John Roe</name></author>
    <content type="html">&lt;p&gt;{LONG_EN}&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Plain text entry</title>
    <id>urn:example:2</id>
    <updated>2025-06-22T08:00:00Z</updated>
    <content type="text">{LONG_EN}</content>
  </entry>
</feed>"""


def read(path: Path, **kwargs: object) -> list[Document | InputError]:
    return list(iter_documents([str(path)], ReadOptions(timeout=5.0, **kwargs)))


def test_rss_items(tmp_path: Path, server: str) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(rss(server), encoding="utf-8")
    outcomes = read(path, allow_private=True)
    assert len(outcomes) == 4
    full, teaser, no_link, plain = outcomes

    assert isinstance(full, Document)
    assert full.id == full.url == "https://zeitung.example/kauf"
    assert full.title == "Beispiel AG kauft Muster GmbH"
    assert full.published == "2025-06-21"  # the publisher's date, not the UTC one
    assert full.author == "Erika Musterfrau"
    assert full.site == "Beispielzeitung Wirtschaft"
    assert full.source == str(path)
    assert "250 Millionen Euro" in full.text and full.lang == "de"

    assert isinstance(teaser, Document)
    assert teaser.id == f"{server}/teaser"
    assert teaser.title == "Kreditbank verkauft Fondssparte"  # the feed's title wins
    assert teaser.published == "2025-06-24"
    assert "Vermögen SE" in teaser.text and "Menü" not in teaser.text

    assert isinstance(no_link, InputError)
    assert no_link.doc == "zeitung-3" and "link" in no_link.reason

    assert isinstance(plain, Document) and plain.id == "zeitung-4" and plain.text == LONG_DE


def test_teaser_link_to_private_address_is_refused(tmp_path: Path, server: str) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(rss(server), encoding="utf-8")
    outcomes = read(path)
    assert [type(o) for o in outcomes] == [Document, InputError, InputError, Document]
    refused = outcomes[1]
    assert isinstance(refused, InputError) and "loopback" in refused.reason


def test_atom_entries(tmp_path: Path) -> None:
    path = tmp_path / "news.atom"
    path.write_text(ATOM, encoding="utf-8")
    outcomes = read(path)
    assert len(outcomes) == 2
    html_entry, text_entry = outcomes
    assert isinstance(html_entry, Document) and isinstance(text_entry, Document)
    assert html_entry.id == "https://news.example/deal"
    assert html_entry.published == "2025-06-23"
    assert html_entry.author == "John Roe"
    assert html_entry.site == "Example Business News"
    assert html_entry.lang == "en"
    assert "300 million dollars" in html_entry.text
    assert text_entry.id == "urn:example:2"
    assert text_entry.published == "2025-06-22"
    assert text_entry.text == LONG_EN


@pytest.mark.parametrize(
    "content",
    [
        "<html><body><p>Das ist eine Webseite, kein Feed.</p></body></html>",
        '<?xml version="1.0"?><config><key>value</key></config>',
        "<rss><channel><item><title>abgebrochen",
        "\x00\x01\x02",
    ],
)
def test_not_a_feed(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.xml"
    path.write_text(content, encoding="utf-8")
    outcomes = read(path)
    assert all(isinstance(o, InputError) for o in outcomes)
    assert outcomes


def test_empty_feed(tmp_path: Path) -> None:
    path = tmp_path / "empty.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>')
    outcomes = read(path)
    assert len(outcomes) == 1 and isinstance(outcomes[0], InputError)
    assert outcomes[0].reason == "feed has no items"


def test_missing_feed_file(tmp_path: Path) -> None:
    outcomes = read(tmp_path / "missing.rss")
    assert len(outcomes) == 1 and isinstance(outcomes[0], InputError)
