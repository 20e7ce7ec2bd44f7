"""html_to_document: article text and metadata in, page furniture out, broken HTML survived."""

from __future__ import annotations

import pytest

from dealgraph.errors import InputError
from dealgraph.ingest.html import html_to_document

NEWS_PAGE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Maschinenbauer kauft Softwarehaus | Beispielzeitung</title>
<meta name="author" content="Erika Musterfrau">
<meta property="og:site_name" content="Beispielzeitung">
<meta property="og:title" content="Maschinenbauer kauft Softwarehaus">
<meta property="article:published_time" content="2025-06-21T08:30:00+02:00">
</head><body>
<div id="cookie-banner" class="cookie-consent"><p>Wir verwenden Cookies, um Ihnen das beste Erlebnis
zu bieten. Mit Klick auf Alle akzeptieren stimmen Sie zu.</p><button>Alle akzeptieren</button></div>
<header><nav class="main-nav"><ul>
<li><a href="/">Startseite</a></li><li><a href="/wirtschaft">Wirtschaft</a></li>
<li><a href="/technik">Technik</a></li><li><a href="/sport">Sportergebnisse</a></li>
</ul></nav></header>
<main><article>
<h1>Maschinenbauer kauft Softwarehaus</h1>
<p>Der Maschinenbauer Beispiel AG hat am Freitag die vollständige Übernahme des Münchner
Softwareherstellers Muster GmbH angekündigt. Der Kaufpreis liegt nach Angaben beider Unternehmen
bei rund 250 Millionen Euro.</p>
<p>Die Transaktion soll im dritten Quartal abgeschlossen werden, sofern die Kartellbehörden
zustimmen. Die Muster GmbH beschäftigt derzeit rund 180 Mitarbeiter und entwickelt Software für
die Steuerung von Produktionsanlagen.</p>
<p>Vorstandschef Max Mustermann sagte, mit dem Zukauf wolle man das Geschäft mit digitalen
Dienstleistungen deutlich ausbauen. Analysten bewerteten den Schritt überwiegend positiv.</p>
</article>
<aside class="related"><h2>Related articles</h2><ul>
<li><a href="/a1">Autobauer Sonnenwagen streicht Stellen in Sachsen</a></li>
<li><a href="/a2">Chiphersteller Halbleit meldet Rekordumsatz</a></li>
<li><a href="/a3">Kreditbank prüft Verkauf der Fondssparte an Vermögen SE</a></li>
</ul></aside>
<div class="gallery"><a href="/galerie">Galerie öffnen</a></div>
</main>
<footer><p>© 2025 Beispielzeitung. Impressum · Datenschutz · Kontakt</p>
<a href="#top">Zurück zum Seitenanfang</a></footer>
</body></html>
"""

BODY_SENTENCES = [
    "Der Maschinenbauer Beispiel AG hat am Freitag die vollständige Übernahme des Münchner",
    "Die Transaktion soll im dritten Quartal abgeschlossen werden",
    "Analysten bewerteten den Schritt überwiegend positiv.",
]

FURNITURE = [
    "Cookies",
    "Alle akzeptieren",
    "Startseite",
    "Sportergebnisse",
    "Related articles",
    "Sonnenwagen",
    "Halbleit",
    "Fondssparte",
    "Galerie öffnen",
    "Impressum",
    "Datenschutz",
    "Zurück zum Seitenanfang",
]


def test_body_is_kept_and_furniture_is_not() -> None:
    doc = html_to_document(NEWS_PAGE, "page-1", url="https://zeitung.example/wirtschaft/kauf")
    flat = " ".join(doc.text.split())
    for sentence in BODY_SENTENCES:
        assert " ".join(sentence.split()) in flat
    for piece in FURNITURE:
        assert piece not in doc.text, piece


def test_metadata() -> None:
    doc = html_to_document(NEWS_PAGE, "page-1", url="https://zeitung.example/wirtschaft/kauf")
    assert doc.id == "page-1"
    assert doc.url == "https://zeitung.example/wirtschaft/kauf"
    assert doc.title is not None and "Maschinenbauer kauft Softwarehaus" in doc.title
    assert doc.published == "2025-06-21"
    assert doc.author == "Erika Musterfrau"
    assert doc.site == "Beispielzeitung"


def test_fragment_is_read_as_an_article() -> None:
    fragment = (
        "<p>Die Beispiel AG übernimmt die Muster GmbH für 250 Millionen Euro.</p><p>Zweiter Absatz.</p>"
    )
    doc = html_to_document(fragment, "frag")
    assert "Muster GmbH für 250 Millionen Euro" in doc.text


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "<html></html>",
        "<html><head><title>Nur ein Titel</title></head><body></body></html>",
        "<html><body><nav><ul><li><a href='/'>Startseite</a></li><li>Menü</li></ul></nav></body></html>",
        "<html><body><footer>© 2025 Impressum</footer><script>var x = 1;</script></body></html>",
        "<!-- nur ein Kommentar -->",
    ],
)
def test_no_text_in_html(html: str) -> None:
    with pytest.raises(InputError) as info:
        html_to_document(html, "empty-page")
    assert info.value.doc == "empty-page"
    assert info.value.reason == "no text in HTML"


BROKEN = [
    "<html><body><p>Die Beispiel AG kauft<div><p>die Muster GmbH <b><i>für viel Geld</b></i>",
    "<<<<>>>><p></p></div></div></body>",
    "<html><body>" + "<div>" * 3000 + "Tief verschachtelter Text über eine Übernahme." + "</div>" * 10,
    "<p>\x00\x01\x02 Steuerzeichen \ud800 mitten im Text</p>",
    "<html><body><p>Unclosed attribute <a href='x>Link</p></body>",
    '<?xml version="1.0" encoding="utf-8"?><html><body><p>XML-Prolog vor HTML</p></body></html>',
    "<svg><script>alert(1)</script></svg>",
    "\ufeff<html><body><table><tr><td>Zelle<td>ohne Ende",
]


@pytest.mark.parametrize("html", BROKEN)
def test_broken_html_does_not_crash(html: str) -> None:
    try:
        doc = html_to_document(html, "broken")
    except InputError as err:
        assert err.doc == "broken"
    else:
        assert doc.text.strip()
        doc.text.encode("utf-8")  # no lone surrogates or other unencodable leftovers
