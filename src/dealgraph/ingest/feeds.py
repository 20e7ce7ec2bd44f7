"""RSS and Atom feeds: each item becomes a document.

Many news feeds carry only a teaser; extracting events from a two-line summary would
miss most of the story and misjudge its status, so a short item is replaced by the
article its link points to. A feed that carries the full article (``content:encoded``,
Atom ``content``, a long summary) is used as is, with no network access.
"""

from __future__ import annotations

import email.utils
import html
import logging
import re
import time
from collections.abc import Iterator
from typing import Any

import feedparser

from ..errors import InputError
from ..model import Document
from .files import read_bytes
from .html import html_to_document
from .options import ReadOptions
from .textutil import clean_field, clean_text, normalise_date
from .url import fetch, fetch_url

log = logging.getLogger(__name__)

# Below this many characters of plain text an item is a teaser, not the article.
FULL_TEXT_MIN_CHARS = 500
_TAG = re.compile(r"<[^>]*>")
_BLOCK_END = re.compile(r"<(?:br|/p|/div|/h[1-6]|/li|/blockquote)\b[^>]*>", re.IGNORECASE)


def iter_feed_source(source: str, options: ReadOptions) -> Iterator[Document | InputError]:
    """Items of the feed in a file or at an http(s) URL."""
    try:
        if source.startswith(("http://", "https://")):
            data = fetch(source, options).body
        else:
            data = read_bytes(source, options.max_bytes)
    except InputError as err:
        yield err
        return
    yield from iter_feed(data, source, options)


def iter_feed(data: bytes, name: str, options: ReadOptions) -> Iterator[Document | InputError]:
    """Documents of the feed *data* (raw bytes: feedparser must never fetch on its own)."""
    try:
        parsed = feedparser.parse(data)
    except Exception as exc:  # feedparser is lenient, but hostile XML must not end a batch
        yield InputError(name, f"unreadable feed ({type(exc).__name__})")
        return
    entries = list(parsed.get("entries") or [])
    if not entries:
        if not parsed.get("version"):
            problem = parsed.get("bozo_exception")
            reason = f"not an RSS/Atom feed ({problem})" if problem else "not an RSS/Atom feed"
            yield InputError(name, reason)
        else:
            yield InputError(name, "feed has no items")
        return
    site = clean_field(parsed.get("feed", {}).get("title"))
    for number, entry in enumerate(entries, start=1):
        link = clean_field(entry.get("link"))
        doc_id = link or clean_field(entry.get("id")) or f"{name}#{number}"
        try:
            doc = _entry_document(entry, doc_id, link, options)
        except InputError as err:
            yield err
            continue
        except Exception as exc:  # one odd item must not lose the others
            yield InputError(doc_id, f"unreadable feed item ({type(exc).__name__}: {exc})")
            continue
        doc.id = doc_id
        doc.url = link or doc.url
        doc.title = clean_field(entry.get("title")) or doc.title
        doc.published = _entry_date(entry) or doc.published
        doc.author = clean_field(entry.get("author")) or doc.author
        doc.site = site or doc.site
        doc.source = name
        yield doc


def _entry_document(entry: Any, doc_id: str, link: str | None, options: ReadOptions) -> Document:
    """The item's own article when it carries one, else the page its link points to."""
    best_value, best_type, best_len = "", "", 0
    candidates = list(entry.get("content") or [])
    if entry.get("summary"):
        candidates.append(entry.get("summary_detail") or {"value": entry.get("summary"), "type": "text/html"})
    for part in candidates:
        value = part.get("value") or ""
        kind = part.get("type") or "text/plain"
        length = len(_plain(value, kind).strip())
        if length > best_len:
            best_value, best_type, best_len = value, kind, length
    if best_len >= FULL_TEXT_MIN_CHARS:
        if "html" not in best_type:
            return Document(id=doc_id, text=clean_text(best_value), url=link)
        try:
            return html_to_document(best_value, doc_id, url=link)
        except InputError:
            # trafilatura may judge a bare fragment too thin to be an article; the item
            # content is the article itself (no furniture), so its plain text will do.
            return Document(id=doc_id, text=clean_text(_plain(best_value, best_type)), url=link)
    if not link:
        raise InputError(doc_id, "feed item has neither the article nor a link to it")
    return fetch_url(link, options)


def _plain(value: str, kind: str) -> str:
    """Plain text of item content: block ends become newlines, tags go, entities resolve."""
    if "html" not in kind:
        return value
    text = _BLOCK_END.sub("\n", value)
    return html.unescape(_TAG.sub("", text))


def _entry_date(entry: Any) -> str | None:
    """The item date as the publisher wrote it (local date), ISO ``YYYY-MM-DD``.

    feedparser's ``*_parsed`` values are in UTC, which moves a late-evening article to
    the next day; the raw string keeps the publisher's own date.
    """
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        iso = normalise_date(raw)
        if iso:
            return iso
        try:
            return email.utils.parsedate_to_datetime(str(raw)).date().isoformat()
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    return None
