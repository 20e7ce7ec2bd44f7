"""WARC files (Common Crawl news): each HTML page response becomes a document.

A crawl archive also holds requests, metadata, redirects, images and scripts; they are
not articles and are skipped without a report (they are the normal case, not bad input).
A page response that cannot be read is reported and the archive goes on; a file that
stops being a WARC mid-way ends with one report, keeping what was read before.
"""

from __future__ import annotations

import gzip
import logging
from collections.abc import Iterator
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator

from ..errors import InputError
from ..model import Document
from .html import html_to_document
from .options import ReadOptions
from .textutil import decode_bytes, normalise_date
from .url import parse_content_type

log = logging.getLogger(__name__)

_HTML_TYPES = {"text/html", "application/xhtml+xml"}


def iter_warc(path: str, options: ReadOptions) -> Iterator[Document | InputError]:
    """Documents of the WARC (or .warc.gz) file at *path*."""
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed in the finally below
    except FileNotFoundError:
        yield InputError(path, "no such file or directory")
        return
    except OSError as exc:
        yield InputError(path, f"cannot read: {exc.strerror or exc}")
        return
    try:
        if not _starts_as_warc(stream):
            yield InputError(path, "not a WARC file (no WARC/ version line at the start)")
            return
        stream.seek(0)
        yield from iter_warc_stream(stream, path, options)
    except OSError as exc:
        yield InputError(path, f"cannot read: {exc}")
    finally:
        stream.close()


def _starts_as_warc(stream: IO[bytes]) -> bool:
    """warcio reads almost any text as a damaged ARC file; check the version line first."""
    head = stream.read(64)
    if head.startswith(b"\x1f\x8b"):
        stream.seek(0)
        try:
            with gzip.GzipFile(fileobj=stream) as unzipped:
                head = unzipped.read(64)
        except (OSError, EOFError):
            return False
    return head.startswith(b"WARC/")


def iter_warc_stream(stream: IO[bytes], name: str, options: ReadOptions) -> Iterator[Document | InputError]:
    """Documents of a WARC byte stream; *name* identifies it in reports."""
    seen = 0
    try:
        for record in ArchiveIterator(stream, check_digests=False):
            seen += 1
            outcome = _record_document(record, name, seen, options)
            if outcome is not None:
                yield outcome
    except Exception as exc:  # warcio raises ArchiveLoadFailed, zlib/EOF errors, ...
        where = f"after {seen} records" if seen else "at the start"
        yield InputError(name, f"not a readable WARC {where} ({type(exc).__name__}: {exc})")


def _record_document(
    record: Any, name: str, number: int, options: ReadOptions
) -> Document | InputError | None:
    """A page response as a Document, a bad one as InputError, anything else None."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    uri = (record.rec_headers.get_header("WARC-Target-URI") or "").strip()
    doc_id = uri or f"{name}#{number}"
    try:
        status = record.http_headers.get_statuscode()
        media, charset = parse_content_type(record.http_headers.get_header("Content-Type") or "")
        if str(status) != "200" or media not in _HTML_TYPES:
            return None
        body = record.content_stream().read(options.max_bytes + 1)
        if len(body) > options.max_bytes:
            return InputError(doc_id, f"larger than the limit of {options.max_bytes} bytes")
        html = decode_bytes(body, doc_id, charset)
        doc = html_to_document(html, doc_id, url=uri or None)
    except InputError as err:
        return err
    except Exception as exc:  # a damaged record must not end the archive
        return InputError(doc_id, f"unreadable WARC record ({type(exc).__name__}: {exc})")
    # The page's own date (from its metadata) is the publication date; the crawl date
    # is only a bound on it, used when the page says nothing.
    doc.published = doc.published or normalise_date(record.rec_headers.get_header("WARC-Date"))
    doc.source = name
    return doc
