"""Every user input to Documents, with every bad input reported, never raised.

``iter_documents`` is the one entry point: the CLI, the HTTP API and the batch job call
it the same way. It yields a :class:`Document` for each readable document and an
:class:`InputError` naming the document and the reason for each one that is not, so a
batch of ten thousand files is never stopped by one broken file.

Metadata precedence (``lang``, ``published``): what the document says about itself (a
JSONL field, the page's metadata, a feed item or WARC date) wins; the options given for
the whole batch fill in what a document leaves open; language detection, restricted to
``options.languages``, fills in the rest. A batch-wide flag is a default, because the
document's own metadata is the more specific statement.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any

from ..errors import InputError, UsageError
from ..model import Document
from .feeds import iter_feed, iter_feed_source
from .files import read_bytes
from .html import html_to_document
from .lang import detect_language
from .options import ReadOptions
from .textutil import (
    clean_field,
    clean_text,
    decode_bytes,
    looks_like_feed,
    looks_like_html,
    normalise_date,
    normalise_lang,
)
from .url import fetch, fetched_to_document
from .warc import iter_warc

Outcome = Document | InputError

STDIN_NAME = "<stdin>"
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_HTML_EXT = (".html", ".htm", ".xhtml", ".shtml")
_FEED_EXT = (".rss", ".atom", ".xml")
_JSONL_EXT = (".jsonl", ".ndjson")
_WARC_EXT = (".warc", ".warc.gz")


def iter_documents(inputs: Sequence[str], options: ReadOptions) -> Iterator[Outcome]:
    """Documents and InputErrors for *inputs*, in order.

    Inputs are paths (text, ``.html``, ``.jsonl``, ``.warc[.gz]``, ``.rss``/``.atom``/
    ``.xml``), directories (recursive, sorted, hidden entries skipped), ``-`` for
    stdin, and http(s) URLs of pages or feeds. Raises UsageError at once for invalid
    options (that is the caller's mistake, not a bad document); nothing else escapes.
    """
    checked = _checked_options(options)
    return _iter_all(inputs, checked)


def _checked_options(options: ReadOptions) -> ReadOptions:
    if not isinstance(options.max_bytes, int) or options.max_bytes <= 0:
        raise UsageError(f"max_bytes must be a positive number of bytes, not {options.max_bytes!r}")
    if not options.timeout > 0:
        raise UsageError(f"timeout must be positive, not {options.timeout!r}")
    if not options.languages:
        raise UsageError("at least one supported language is needed")
    lang = None
    if options.lang is not None:
        lang = normalise_lang(options.lang)
        if lang is None:
            raise UsageError(f"not a language code: {options.lang!r} (use e.g. 'de' or 'en')")
    published = None
    if options.published is not None:
        published = normalise_date(options.published)
        if published is None:
            raise UsageError(f"not an ISO date: {options.published!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    languages = tuple(dict.fromkeys(lang.lower() for lang in options.languages))
    return ReadOptions(
        max_bytes=options.max_bytes,
        lang=lang,
        published=published,
        allow_private=options.allow_private,
        timeout=float(options.timeout),
        user_agent=options.user_agent,
        languages=languages,
    )


def _iter_all(inputs: Iterable[str], options: ReadOptions) -> Iterator[Outcome]:
    for source in inputs:
        for outcome in _guarded(source, _iter_source(source, options)):
            if isinstance(outcome, Document):
                doc_id = outcome.id
                try:
                    outcome = _finish(outcome, source, options)
                except Exception as exc:  # same net as _guarded, for one document
                    outcome = InputError(doc_id, f"unexpected error: {type(exc).__name__}: {exc}")
            yield outcome


def _guarded(name: str, outcomes: Iterator[Outcome]) -> Iterator[Outcome]:
    """Turn an unexpected exception of one input into an InputError and go on.

    The readers handle the failures they know; this net is for the ones nobody
    foresaw, so that a library bug on one odd file costs that file, not the batch.
    """
    try:
        yield from outcomes
    except Exception as exc:
        yield InputError(name, f"unexpected error: {type(exc).__name__}: {exc}")


def _finish(doc: Document, source: str, options: ReadOptions) -> Outcome:
    """Clean and complete a Document the same way whatever source made it."""
    doc.text = clean_text(doc.text)
    if not doc.text.strip():
        return InputError(doc.id, "empty document")
    doc.title = clean_field(doc.title)
    doc.author = clean_field(doc.author)
    doc.site = clean_field(doc.site)
    doc.url = clean_field(doc.url)
    doc.source = clean_field(doc.source) or source
    doc.published = normalise_date(doc.published) or options.published
    doc.lang = normalise_lang(doc.lang) or options.lang or detect_language(doc.text, options.languages)
    return doc


def _iter_source(source: str, options: ReadOptions) -> Iterator[Outcome]:
    if source == "-":
        yield from _iter_stdin(options)
    elif _SCHEME.match(source):
        if source.lower().startswith(("http://", "https://")):
            yield from _iter_url(source, options)
        else:
            scheme = source.split(":", 1)[0]
            yield InputError(source, f"unsupported URL scheme {scheme!r}: only http and https")
    elif os.path.isdir(source):
        yield from _iter_directory(source, options)
    elif not os.path.lexists(source):
        yield InputError(source, "no such file or directory")
    else:
        yield from _iter_file(source, options)


def _iter_directory(root: str, options: ReadOptions) -> Iterator[Outcome]:
    """Files under *root* in a stable order; hidden files and directories are skipped."""
    problems: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=problems.append):
        while problems:
            err = problems.pop(0)
            yield InputError(str(err.filename or folder), f"cannot read directory: {err.strerror or err}")
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for filename in sorted(files):
            if filename.startswith("."):
                continue
            path = os.path.join(folder, filename)
            try:
                mode = os.stat(path).st_mode
            except OSError as exc:
                yield InputError(path, f"cannot read: {exc.strerror or exc}")
                continue
            if stat.S_ISREG(mode):  # FIFOs and sockets in a tree would block or fail
                yield from _guarded(path, _iter_file(path, options))
    for err in problems:
        yield InputError(str(err.filename or root), f"cannot read directory: {err.strerror or err}")


def _iter_file(path: str, options: ReadOptions) -> Iterator[Outcome]:
    lower = path.lower()
    if lower.endswith(_WARC_EXT):
        yield from iter_warc(path, options)
    elif lower.endswith(_JSONL_EXT) or lower.endswith(tuple(ext + ".gz" for ext in _JSONL_EXT)):
        yield from _iter_jsonl_file(path, options)
    elif lower.endswith(_FEED_EXT):
        yield from iter_feed_source(path, options)
    else:
        try:
            text = decode_bytes(read_bytes(path, options.max_bytes), path)
            doc = html_to_document(text, path) if lower.endswith(_HTML_EXT) else Document(id=path, text=text)
            doc.source = path
            yield doc
        except InputError as err:
            yield err


def _iter_url(url: str, options: ReadOptions) -> Iterator[Outcome]:
    """A page or a feed at *url*: fetched once, then told apart by type or content."""
    try:
        fetched = fetch(url, options)
        if fetched.is_feed or (not fetched.is_html and looks_like_feed(fetched.body)):
            yield from iter_feed(fetched.body, url, options)
        else:
            yield fetched_to_document(fetched, url)
    except InputError as err:
        yield err


def _iter_stdin(options: ReadOptions) -> Iterator[Outcome]:
    """Standard input: JSONL if it starts with ``{``, HTML if it looks like markup, else text."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        if sys.stdin is None:
            yield InputError(STDIN_NAME, "no standard input")
            return
        stream = io.BytesIO(sys.stdin.read(options.max_bytes + 1).encode("utf-8", "surrogatepass"))
    head: list[bytes] = []
    first = b""
    while not first:
        line = stream.readline(options.max_bytes + 1)
        if not line:
            break
        head.append(line)
        first = line.lstrip(b"\xef\xbb\xbf \t\r\n")
    if first.startswith(b"{"):
        yield from _iter_jsonl_stream(_Prefixed(b"".join(head), stream), STDIN_NAME, options)
        return
    data = b"".join(head)
    data += stream.read(options.max_bytes + 1 - len(data)) if len(data) <= options.max_bytes else b""
    if len(data) > options.max_bytes:
        yield InputError(STDIN_NAME, f"larger than the limit of {options.max_bytes} bytes")
        return
    try:
        text = decode_bytes(data, STDIN_NAME)
        if looks_like_html(text):
            yield html_to_document(text, STDIN_NAME)
        else:
            yield Document(id=STDIN_NAME, text=text)
    except InputError as err:
        yield err


class _Prefixed:
    """A byte stream that first replays the lines already read to sniff the format."""

    def __init__(self, prefix: bytes, rest: IO[bytes]) -> None:
        self._prefix = io.BytesIO(prefix)
        self._rest = rest

    def readline(self, limit: int = -1) -> bytes:
        line = self._prefix.readline(limit)
        return line if line else self._rest.readline(limit)


def _iter_jsonl_file(path: str, options: ReadOptions) -> Iterator[Outcome]:
    """A JSONL file, streamed: a shard may hold far more than one document's limit."""
    try:
        if path.lower().endswith(".gz"):
            stream: Any = gzip.open(path, "rb")  # noqa: SIM115 - closed below
        else:
            stream = open(path, "rb")  # noqa: SIM115 - closed below, after streaming
    except OSError as exc:
        yield InputError(path, f"cannot read: {exc.strerror or exc}")
        return
    try:
        yield from _iter_jsonl_stream(stream, path, options)
    except (OSError, EOFError) as exc:  # a truncated or corrupt .gz
        yield InputError(path, f"cannot read: {exc}")
    finally:
        stream.close()


def _iter_jsonl_stream(stream: Any, name: str, options: ReadOptions) -> Iterator[Outcome]:
    """One document per line; each bad line is reported as ``name:lineno`` and skipped."""
    limit = options.max_bytes
    lineno = 0
    any_line = False
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            if not any_line:  # an empty shard is worth a report, not silence
                yield InputError(name, "empty document")
            return
        lineno += 1
        where = f"{name}:{lineno}"
        if len(raw.rstrip(b"\r\n")) > limit:
            _skip_rest_of_line(stream, raw)
            any_line = True
            yield InputError(where, f"line larger than the limit of {limit} bytes")
            continue
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        any_line = True
        try:
            yield _jsonl_document(raw, where, name)
        except InputError as err:
            yield err


def _skip_rest_of_line(stream: Any, raw: bytes) -> None:
    while not raw.endswith(b"\n"):
        raw = stream.readline(1 << 20)
        if not raw:
            return


def _jsonl_document(raw: bytes, where: str, name: str) -> Document:
    """A Document from one JSONL line; InputError(where, reason) for a bad line."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        line = decode_bytes(raw, where)
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"invalid JSON: {exc.msg} (column {exc.colno})") from None
    except RecursionError:
        raise InputError(where, "invalid JSON: nested too deeply") from None
    if not isinstance(obj, dict):
        raise InputError(where, f"JSON line is not an object but {_json_type(obj)}")
    url = clean_field(obj.get("url")) if isinstance(obj.get("url"), str) else None
    doc_id = clean_field(obj.get("id")) or url or where
    text, html = obj.get("text"), obj.get("html")
    if isinstance(text, str) and text.strip():
        doc = Document(id=doc_id, text=clean_text(text), url=url)
    elif isinstance(html, str) and html.strip():
        try:
            doc = html_to_document(html, doc_id, url=url)
        except InputError as err:
            raise InputError(where, err.reason) from None
    elif isinstance(text, str) or isinstance(html, str):
        raise InputError(where, "empty document")
    elif text is not None or html is not None:
        raise InputError(where, "'text' / 'html' must be strings")
    else:
        raise InputError(where, "no 'text' or 'html' field")
    doc.title = clean_field(obj.get("title")) or doc.title
    doc.published = normalise_date(obj.get("published")) or doc.published
    doc.lang = normalise_lang(obj.get("lang")) or doc.lang
    doc.author = clean_field(obj.get("author")) or doc.author
    doc.site = clean_field(obj.get("site")) or doc.site
    doc.source = clean_field(obj.get("source")) or name
    return doc


def _json_type(value: Any) -> str:
    return {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number"
    )
