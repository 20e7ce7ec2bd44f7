"""Options shared by every document source.

They live in one small dataclass so that the CLI, the HTTP API and the batch job
pass the same knobs the same way (library first: the command is a thin wrapper).
"""

from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_LANGUAGES: tuple[str, ...] = ("de", "en")


@dataclass
class ReadOptions:
    """How documents are read.

    ``max_bytes`` bounds one document: a text/HTML file, a fetched URL, one JSONL line
    or one WARC record (a JSONL shard or a Common Crawl WARC may be far larger as a
    whole; they are streamed). ``lang`` and ``published`` fill in what a document does
    not say itself: metadata carried by the document (a JSONL field, the HTML/feed/WARC
    date) is more specific than a flag given for a whole batch, so it wins.
    ``languages`` are the languages detection may choose from: the caller passes the
    languages it has lexicons for.
    """

    max_bytes: int = 20_000_000
    lang: str | None = None
    published: str | None = None
    allow_private: bool = False
    timeout: float = 20.0
    user_agent: str = "dealgraph/0.1 (+news event extraction)"
    languages: tuple[str, ...] = field(default=DEFAULT_LANGUAGES)
