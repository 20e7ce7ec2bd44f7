"""The extraction pipeline: its stages in one list, and the function everything calls.

A stage is a plain function over an :class:`~dealgraph.model.Analysis`; the list says
what each reads and writes. :func:`extract_document` is the one entry point used by the
CLI, the store, the HTTP API and the batch job alike.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from . import __version__
from .events import attach_values, find_events, merge_events
from .ingest.lang import detect_language
from .lexicons import DEFAULT_LANGUAGE, available_languages
from .mentions.coref import resolve_references
from .mentions.detect import find_mentions
from .model import Analysis, DateValue, Document, Money, Percent
from .output import result_of
from .status import assign_status
from .text import segment
from .values import find_dates, find_money, find_percents

V = TypeVar("V", Money, Percent, DateValue)

EXTRACTOR_VERSION = f"dealgraph-rules/{__version__}"


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[Analysis], None]
    reads: tuple[str, ...]
    writes: tuple[str, ...]


def _language(a: Analysis) -> None:
    supported = available_languages()
    lang = (a.doc.lang or "").lower()[:2]
    a.lang = (
        lang
        if lang in supported
        else detect_language(a.text[:2000], supported)
        if a.text
        else DEFAULT_LANGUAGE
    )
    a.anchor = a.doc.published or None


PEOPLE_MOVES = frozenset({"hire", "departure"})


def _values(a: Analysis) -> None:
    """Money, percentages and dates of the sentences that state events (the rest is never read),
    and of the two after a people move ("Vogt will start in April")."""
    anchor = a.anchor[:10] if a.anchor else None
    read = {e.sent for e in a.events}
    read |= {e.sent + k for e in a.events if e.type in PEOPLE_MOVES for k in (1, 2)}
    for index in sorted(read & set(range(len(a.sentences)))):
        sent = a.sentences[index]
        a.money.extend(_shifted(find_money(sent.text, a.lang), sent.start))
        a.percents.extend(_shifted(find_percents(sent.text, a.lang), sent.start))
        a.dates.extend(_shifted(find_dates(sent.text, a.lang, anchor), sent.start))


def _shifted(values: list[V], shift: int) -> list[V]:
    """Values found in a sentence, with offsets into the whole document."""
    return [replace(v, start=v.start + shift, end=v.end + shift) for v in values]


def _merge(a: Analysis) -> None:
    a.events = merge_events(a.events)


STAGES: tuple[Stage, ...] = (
    Stage("language", _language, ("doc.lang", "text"), ("lang", "anchor")),
    Stage("segment", segment, ("text", "lang"), ("sentences", "tokens")),
    Stage("mentions", find_mentions, ("tokens", "sentences"), ("mentions",)),
    Stage("coref", resolve_references, ("tokens", "mentions"), ("mentions",)),
    Stage("events", find_events, ("tokens", "mentions"), ("events",)),
    Stage("values", _values, ("events", "sentences", "anchor"), ("money", "percents", "dates")),
    Stage(
        "attributes",
        attach_values,
        ("events", "money", "percents", "dates"),
        ("events.amount", "events.date"),
    ),
    Stage("status", assign_status, ("tokens", "events", "anchor"), ("events.status",)),
    Stage("merge", _merge, ("events",), ("events",)),
)


def analyse(doc: Document) -> Analysis:
    """Run every stage over one document."""
    analysis = Analysis(doc)
    for stage in STAGES:
        stage.run(analysis)
    return analysis


def extract_document(doc: Document) -> dict[str, Any]:
    """The JSON-ready result of one document: its events (SCHEMA.md) and entities."""
    return result_of(analyse(doc), EXTRACTOR_VERSION)
