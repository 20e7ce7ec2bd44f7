"""HTML to a Document: the article's text and metadata, without the page furniture.

Menus, cookie banners, teaser lists, galleries and footers are full of company names and
would turn into false events downstream. So extraction favours precision (trafilatura's
``favor_precision``) and the obvious furniture containers are pruned before extraction:
trafilatura's fallback extractors otherwise return a bare menu ("Startseite",
"Wirtschaft") as the text of a page that has no article.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from typing import Any

import trafilatura

from ..errors import InputError
from ..model import Document
from .textutil import clean_field, clean_text, normalise_date

log = logging.getLogger(__name__)

# Containers that are page furniture by their markup, whatever their text says.
FURNITURE_XPATH = [
    "//nav",
    "//footer",
    "//aside",
    "//*[@role='navigation' or @role='banner' or @role='contentinfo' or @role='complementary']",
    "//*[contains(@id, 'cookie') or contains(@class, 'cookie') or contains(@class, 'consent')]",
]

_DOCUMENT_TAG = re.compile(r"<(?:html|body)\b", re.IGNORECASE)

_OPTIONS: dict[str, Any] = {
    "with_metadata": True,
    "include_comments": False,
    "include_images": False,
    "include_links": False,
    "favor_precision": True,
    "deduplicate": False,
    "prune_xpath": FURNITURE_XPATH,
}


def _date_params() -> dict[str, Any]:
    """Dates from the page's metadata and markup only (no ``extensive_search``).

    Scanning the visible text for date-like strings picks up the dates of teasers and
    comments; a wrong publication date would misanchor every relative date ("Anfang
    Juni") in the article, which is worse than none.
    """
    return {"original_date": True, "extensive_search": False, "max_date": date.today().isoformat()}


def html_to_document(html: str, doc_id: str, url: str | None = None) -> Document:
    """Extract the main text, title, date (ISO), author and site name of *html*.

    A fragment (feed item content, a JSONL ``html`` field holding just the article) is
    wrapped as an article first: trafilatura finds nothing in markup without a body.
    Raises InputError(doc_id, "no text in HTML") when there is no article text, and
    InputError for HTML the parser cannot take at all; never anything else.
    """
    if not _DOCUMENT_TAG.search(html[:10_000]):
        html = f"<html><body><article>{html}</article></body></html>"
    try:
        result: Any = trafilatura.bare_extraction(
            html, url=url, date_extraction_params=_date_params(), **_OPTIONS
        )
    except Exception as exc:  # trafilatura/lxml raise many types on hostile markup
        log.debug("trafilatura failed on %s: %r", doc_id, exc)
        raise InputError(doc_id, f"unparseable HTML ({type(exc).__name__})") from exc
    text = clean_text(str(getattr(result, "text", None) or "")).strip()
    if not text.strip():
        raise InputError(doc_id, "no text in HTML")
    return Document(
        id=doc_id,
        text=text,
        title=clean_field(getattr(result, "title", None)),
        published=normalise_date(getattr(result, "date", None)),
        url=url or clean_field(getattr(result, "url", None)),
        author=clean_field(getattr(result, "author", None)),
        site=clean_field(getattr(result, "sitename", None)),
    )
