"""iter_documents over every local input kind and every kind of bad input."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from pathlib import Path

import pytest

from dealgraph.errors import InputError, UsageError
from dealgraph.ingest import ReadOptions, iter_documents
from dealgraph.model import Document

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "meta-ai-acquisitions.de.txt"

GERMAN = "Die Beispiel AG übernimmt die Muster GmbH für 250 Millionen Euro. Der Vorstand begrüßt den Schritt."
ENGLISH = "Example Corp agreed to buy Sample Ltd for 250 million dollars, the companies said on Friday."

PAGE = """<!DOCTYPE html><html><head><title>Beispiel AG kauft Muster GmbH</title>
<meta property="article:published_time" content="2025-06-21T08:30:00+02:00"></head>
<body><nav><a href="/">Startseite</a> <a href="/wirtschaft">Wirtschaft</a></nav>
<article><h1>Beispiel AG kauft Muster GmbH</h1>
<p>Die Beispiel AG hat am Freitag die Übernahme der Muster GmbH angekündigt. Der Kaufpreis liegt bei rund
250 Millionen Euro, teilten beide Unternehmen in einer gemeinsamen Erklärung mit.</p>
<p>Die Transaktion soll im dritten Quartal abgeschlossen werden, sofern die Behörden zustimmen.</p>
</article><footer>Impressum</footer></body></html>"""


def read(inputs: list[str], **kwargs: object) -> list[Document | InputError]:
    return list(iter_documents(inputs, ReadOptions(**kwargs)))


def one(inputs: list[str], **kwargs: object) -> Document | InputError:
    outcomes = read(inputs, **kwargs)
    assert len(outcomes) == 1, outcomes
    return outcomes[0]


def doc_of(path: Path, **kwargs: object) -> Document:
    outcome = one([str(path)], **kwargs)
    assert isinstance(outcome, Document), outcome
    return outcome


def error_of(path: Path | str, **kwargs: object) -> InputError:
    outcome = one([str(path)], **kwargs)
    assert isinstance(outcome, InputError), outcome
    return outcome


# --- text files ---------------------------------------------------------------------------


def test_text_file_as_is(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(GERMAN, encoding="utf-8")
    doc = doc_of(path)
    assert doc.id == str(path)
    assert doc.text == GERMAN
    assert doc.title is None
    assert doc.lang == "de"
    assert doc.source == str(path)


def test_running_example() -> None:
    doc = doc_of(EXAMPLE)
    assert doc.lang == "de"
    assert "Scale AI" in doc.text
    assert doc.id == str(EXAMPLE)


def test_file_without_extension_is_text(tmp_path: Path) -> None:
    path = tmp_path / "README"
    path.write_text(ENGLISH, encoding="utf-8")
    assert doc_of(path).lang == "en"


def test_text_is_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "dirty.txt"
    decomposed = "Mu\u0308ller"  # "Müller" typed with a combining diaeresis
    # (a NUL byte in a file marks it binary; NULs from JSONL escapes are tested below)
    path.write_bytes(f"Zeile eins\r\nZeile\x07 zwei\rdrei {decomposed}\tende\x1b\x7f\n".encode())
    doc = doc_of(path)
    assert doc.text == "Zeile eins\nZeile zwei\ndrei Müller\tende\n"


def test_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + GERMAN.encode("utf-8"))
    assert doc_of(path).text == GERMAN


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_files(tmp_path: Path, codec: str) -> None:
    path = tmp_path / f"{codec}.txt"
    data = GERMAN.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    # "utf-16" writes a BOM; "utf-16-le" here has none, which must still be recognised
    path.write_bytes(data)
    assert doc_of(path).text == GERMAN


def test_latin1_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    text = "Übernahme für größere Märkte: Café naïve, Straße in Köln."
    path.write_bytes(text.encode("latin-1"))
    assert doc_of(path).text == text


def test_cp1252_file(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.txt"
    text = "Kaufpreis: 250 Mio. € – „größer“ als erwartet, sagt Müller."
    path.write_bytes(text.encode("cp1252"))
    assert doc_of(path).text == text


def test_undecodable_bytes_do_not_crash(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes("Übernahme ".encode() + b"f\xfcr \x81\x8d\x90 Euro " + "größer".encode())
    doc = doc_of(path)
    assert "Euro" in doc.text


# --- bad files ----------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    err = error_of(tmp_path / "nope.txt")
    assert err.doc == str(tmp_path / "nope.txt")
    assert "no such file" in err.reason


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        b"text\x00with\x00nul\x00bytes and more \x00\x01\x02",
        bytes(range(1, 9)) * 50,
    ],
)
def test_binary_file(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(data)
    assert "binary file" in error_of(path).reason


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf\n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    err = error_of(path)
    assert err.reason == "empty document"


def test_too_large_file(tmp_path: Path) -> None:
    path = tmp_path / "large.txt"
    path.write_text(GERMAN * 10, encoding="utf-8")
    err = error_of(path, max_bytes=100)
    assert "limit of 100 bytes" in err.reason
    assert isinstance(one([str(path)], max_bytes=10_000), Document)


def test_unsupported_scheme() -> None:
    err = error_of("ftp://example.com/news.txt")
    assert "scheme" in err.reason


def test_bad_document_does_not_stop_the_batch(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ENGLISH, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    outcomes = read([str(tmp_path / "missing.txt"), str(empty), str(good)])
    assert [type(o) for o in outcomes] == [InputError, InputError, Document]


# --- HTML files ---------------------------------------------------------------------------


def test_html_file(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = doc_of(path)
    assert "Übernahme der Muster GmbH" in doc.text
    assert "Startseite" not in doc.text
    assert doc.title == "Beispiel AG kauft Muster GmbH"
    assert doc.published == "2025-06-21"
    assert doc.lang == "de"


def test_html_without_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.htm"
    path.write_text("<html><head><title>x</title></head><body><nav></nav></body></html>", encoding="utf-8")
    assert error_of(path).reason == "no text in HTML"


# --- JSONL --------------------------------------------------------------------------------


def jsonl(path: Path, lines: list[object]) -> Path:
    rendered = [line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines]
    path.write_text("\n".join(rendered) + "\n", encoding="utf-8")
    return path


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "docs.jsonl",
        [
            {
                "id": "a",
                "text": GERMAN,
                "lang": "de",
                "published": "2025-06-21",
                "title": "Titel",
                "source": "s",
            },
            '{"id": "broken", "text": ',
            ["not", "an", "object"],
            {"id": "b", "text": ENGLISH, "url": "https://example.com/b"},
            "",
            {"id": "c", "title": "no text here"},
            {"id": "d", "text": "   "},
            {"id": "e", "text": 42},
            {"url": "https://example.com/f", "text": ENGLISH},
            {"text": GERMAN},
            {"id": "g", "html": PAGE, "published": "2024-01-02"},
            "42",
        ],
    )
    outcomes = read([str(path)])
    summary = [(o.id, o.lang) if isinstance(o, Document) else (o.doc, o.reason) for o in outcomes]
    name = str(path)
    assert summary[0] == ("a", "de")
    assert summary[1][0] == f"{name}:2" and "invalid JSON" in summary[1][1]
    assert summary[2] == (f"{name}:3", "JSON line is not an object but an array")
    assert summary[3] == ("b", "en")
    assert summary[4] == (f"{name}:6", "no 'text' or 'html' field")
    assert summary[5] == (f"{name}:7", "empty document")
    assert summary[6][0] == f"{name}:8" and "string" in summary[6][1]
    assert summary[7] == ("https://example.com/f", "en")
    assert summary[8] == (f"{name}:10", "de")
    assert summary[9] == ("g", "de")
    assert summary[10] == (f"{name}:12", "JSON line is not an object but a number")
    assert len(outcomes) == 11
    first, html_doc = outcomes[0], outcomes[9]
    assert isinstance(first, Document) and isinstance(html_doc, Document)
    assert (first.title, first.published, first.source) == ("Titel", "2025-06-21", "s")
    assert html_doc.published == "2024-01-02"  # the JSONL field wins over the page's date
    assert html_doc.title == "Beispiel AG kauft Muster GmbH"
    assert "Startseite" not in html_doc.text


def test_jsonl_html_without_text_names_the_line(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "h.jsonl", [{"id": "x", "html": "<html><body><nav>Menü</nav></body></html>"}])
    err = error_of(path)
    assert (err.doc, err.reason) == (f"{path}:1", "no text in HTML")


def test_jsonl_line_too_large(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "big.jsonl", [{"id": "big", "text": "x" * 5000}, {"id": "small", "text": ENGLISH}]
    )
    outcomes = read([str(path)], max_bytes=1000)
    assert isinstance(outcomes[0], InputError) and "limit of 1000 bytes" in outcomes[0].reason
    assert isinstance(outcomes[1], Document) and outcomes[1].id == "small"


def test_jsonl_gz_and_bom_and_latin1_line(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl.gz"
    lines = [
        b"\xef\xbb\xbf" + json.dumps({"id": "a", "text": GERMAN}).encode(),
        '{"id": "b", "text": "Übernahme für größere Märkte in Köln"}'.encode("latin-1"),
    ]
    path.write_bytes(gzip.compress(b"\n".join(lines)))
    outcomes = read([str(path)])
    assert [o.id for o in outcomes if isinstance(o, Document)] == ["a", "b"]
    assert isinstance(outcomes[1], Document) and "größere" in outcomes[1].text


def test_jsonl_lone_surrogate_is_removed(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "s", "text": "Meta \\ud800kauft\\u0000 Scale AI"}\n', encoding="utf-8")
    doc = doc_of(path)
    assert doc.text == "Meta kauft Scale AI"
    doc.text.encode("utf-8")


def test_empty_jsonl_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("\n  \n", encoding="utf-8")
    assert error_of(path).reason == "empty document"


# --- directories --------------------------------------------------------------------------


def test_directory_recursive_sorted_without_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "a" / "2.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "a" / "1.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "b" / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "z.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / ".git" / "config.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "a" / "empty.txt").write_text("", encoding="utf-8")
    outcomes = read([str(tmp_path)])
    names = [o.id if isinstance(o, Document) else o.doc for o in outcomes]
    assert names == [
        str(tmp_path / "z.txt"),
        str(tmp_path / "a" / "1.txt"),
        str(tmp_path / "a" / "2.txt"),
        str(tmp_path / "a" / "empty.txt"),
        str(tmp_path / "b" / "page.html"),
    ]
    assert isinstance(outcomes[3], InputError)


def test_directory_skips_fifos(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block the batch forever
    (tmp_path / "ok.txt").write_text(ENGLISH, encoding="utf-8")
    outcomes = read([str(tmp_path)])
    assert [o.id for o in outcomes if isinstance(o, Document)] == [str(tmp_path / "ok.txt")]
    assert len(outcomes) == 1


# --- stdin --------------------------------------------------------------------------------


def feed_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    feed_stdin(monkeypatch, ENGLISH.encode())
    doc = one(["-"])
    assert isinstance(doc, Document)
    assert (doc.id, doc.text, doc.lang) == ("<stdin>", ENGLISH, "en")


def test_stdin_html(monkeypatch: pytest.MonkeyPatch) -> None:
    feed_stdin(monkeypatch, b"\n\n" + PAGE.encode())
    doc = one(["-"])
    assert isinstance(doc, Document)
    assert doc.title == "Beispiel AG kauft Muster GmbH"
    assert "Startseite" not in doc.text


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [json.dumps({"id": "a", "text": GERMAN}), "{bad", json.dumps({"id": "b", "text": ENGLISH})]
    feed_stdin(monkeypatch, ("\n  \n" + "\n".join(lines)).encode())
    outcomes = read(["-"])
    assert [type(o) for o in outcomes] == [Document, InputError, Document]
    assert isinstance(outcomes[1], InputError) and outcomes[1].doc == "<stdin>:4"


def test_stdin_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    feed_stdin(monkeypatch, b"")
    outcome = one(["-"])
    assert isinstance(outcome, InputError) and outcome.reason == "empty document"


def test_stdin_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    feed_stdin(monkeypatch, ENGLISH.encode() * 10)
    outcome = one(["-"], max_bytes=50)
    assert isinstance(outcome, InputError) and "limit of 50 bytes" in outcome.reason


# --- metadata precedence ------------------------------------------------------------------


def test_options_fill_in_what_the_document_lacks(tmp_path: Path) -> None:
    txt = tmp_path / "plain.txt"
    txt.write_text(GERMAN, encoding="utf-8")
    meta = jsonl(tmp_path / "m.jsonl", [{"id": "m", "text": GERMAN, "lang": "en-GB", "published": "2020-05"}])
    outcomes = read([str(txt), str(meta)], lang="fr", published="2025-06-21")
    plain, own = outcomes
    assert isinstance(plain, Document) and isinstance(own, Document)
    assert (plain.lang, plain.published) == ("fr", "2025-06-21")  # option beats detection
    assert (own.lang, own.published) == ("en", "2020-05")  # the document's own metadata wins


def test_published_timestamp_keeps_the_date(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "t.jsonl", [{"id": "t", "text": ENGLISH, "published": "2025-06-21T23:10:00+02:00"}]
    )
    assert doc_of(path).published == "2025-06-21"


def test_detection_respects_supported_languages(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text("Le groupe a annoncé le rachat de la société pour deux cents millions.", encoding="utf-8")
    assert doc_of(path).lang in {"de", "en"}
    assert doc_of(path, languages=("de", "en", "fr")).lang == "fr"


@pytest.mark.parametrize(
    "kwargs",
    [{"published": "yesterday"}, {"lang": "?"}, {"max_bytes": 0}, {"timeout": 0}, {"languages": ()}],
)
def test_invalid_options_are_a_usage_error(kwargs: dict[str, object]) -> None:
    with pytest.raises(UsageError):
        iter_documents(["x"], ReadOptions(**kwargs))
