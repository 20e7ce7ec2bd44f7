"""Property tests: whatever the bytes, a reader yields Documents and InputErrors, never raises.

Any network access is cut off (a fuzzed feed could name a URL), so the properties are
about parsing and decoding alone.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dealgraph.errors import InputError
from dealgraph.ingest import ReadOptions, iter_documents, url
from dealgraph.ingest.html import html_to_document
from dealgraph.model import Document

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
OPTIONS = ReadOptions(max_bytes=50_000, timeout=1.0)
EXTENSIONS = [".txt", ".html", ".jsonl", ".xml", ".rss", ".warc", ".warc.gz", ".jsonl.gz", ""]


def no_network(target: object, options: object, name: str) -> None:
    raise InputError(name, "network disabled in tests")


@contextmanager
def offline() -> Iterator[None]:
    with mock.patch.object(url, "_pinned_request", no_network):
        yield


def read_bytes_as(data: bytes, suffix: str) -> list[Document | InputError]:
    with tempfile.TemporaryDirectory() as tmp, offline():
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        outcomes = list(iter_documents([str(path)], OPTIONS))
    for outcome in outcomes:
        assert isinstance(outcome, (Document, InputError)), outcome
        if isinstance(outcome, Document):
            assert outcome.text.strip()
            outcome.text.encode("utf-8")  # nothing unencodable survives
            assert "\x00" not in outcome.text and "\r" not in outcome.text
            assert outcome.lang
    return outcomes


@FAST
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(EXTENSIONS))
def test_random_bytes(data: bytes, suffix: str) -> None:
    read_bytes_as(data, suffix)


CODECS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "latin-1", "cp1252", "cp1250", "koi8-r"]


@FAST
@given(
    text=st.text(max_size=1500),
    codec=st.sampled_from(CODECS),
    cut=st.integers(min_value=0, max_value=8),
    suffix=st.sampled_from([".txt", ".html", ".jsonl", ".xml"]),
)
def test_misencoded_and_truncated_text(text: str, codec: str, cut: int, suffix: str) -> None:
    data = text.encode(codec, errors="replace")
    if cut and len(data) > cut:
        data = data[:-cut]  # cut through a multi-byte sequence, often
    outcomes = read_bytes_as(data, suffix)
    assert outcomes  # a file always reports something


TAGS = [
    "p",
    "div",
    "article",
    "nav",
    "footer",
    "span",
    "b",
    "table",
    "td",
    "script",
    "style",
    "h1",
    "ul",
    "li",
]
pieces = st.one_of(
    st.sampled_from(TAGS).map(lambda tag: f"<{tag}>"),
    st.sampled_from(TAGS).map(lambda tag: f"</{tag}>"),
    st.sampled_from(
        ["<html>", "<body>", "</body>", "<!--", "-->", "<![CDATA[", "&amp;", "&#0;", "&#xD800;", "<"]
    ),
    st.text(max_size=80),
    st.just("Die Beispiel AG übernimmt die Muster GmbH für 250 Millionen Euro. "),
)


@FAST
@given(parts=st.lists(pieces, max_size=40))
def test_random_html_fragments(parts: list[str]) -> None:
    html = "".join(parts)
    try:
        doc = html_to_document(html, "fuzz")
    except InputError as err:
        assert err.doc == "fuzz"
    else:
        assert doc.text.strip()
        doc.text.encode("utf-8")


@FAST
@given(parts=st.lists(pieces, max_size=40))
def test_random_html_files(parts: list[str]) -> None:
    read_bytes_as("".join(parts).encode("utf-8", "surrogatepass"), ".html")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
documents = st.fixed_dictionaries(
    {},
    optional={
        "id": json_values,
        "text": st.text(max_size=200) | json_values,
        "html": st.text(max_size=200) | json_values,
        "url": json_values,
        "published": st.text(max_size=30) | json_values,
        "lang": st.text(max_size=6) | json_values,
        "title": json_values,
        "source": json_values,
    },
)
lines = st.one_of(
    documents.map(json.dumps),
    json_values.map(json.dumps),
    st.text(max_size=100).map(lambda s: s.replace("\n", " ")),
    documents.map(lambda d: json.dumps(d)[: len(json.dumps(d)) // 2]),  # truncated JSON
)


@FAST
@given(batch=st.lists(lines, max_size=15))
def test_random_jsonl_lines(batch: list[str]) -> None:
    data = "\n".join(batch).encode("utf-8", "surrogatepass")
    outcomes = read_bytes_as(data, ".jsonl")
    non_blank = [raw for raw in data.split(b"\n") if raw.strip()]
    assert len(outcomes) == max(1, len(non_blank))  # one outcome per line, or "empty document"
