"""Data passed between the stages of the extraction pipeline.

A :class:`Document` is what a source yields; an :class:`Analysis` is the working state
that the stages of :mod:`dealgraph.pipeline` fill in; :meth:`Analysis.result` turns it into
the JSON-ready output of ``dealgraph extract`` (events per ``shared/eval/SCHEMA.md``).
Offsets are character offsets into ``Document.text``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["org", "person"]


@dataclass
class Document:
    id: str
    text: str
    lang: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date, YYYY[-MM[-DD]]
    url: str | None = None
    source: str | None = None
    author: str | None = None
    site: str | None = None

    @property
    def content_hash(self) -> str:
        """Identity of the content: re-reading the same text gives the same hash."""
        digest = hashlib.sha256()
        for part in (self.title or "", self.text):
            digest.update(part.encode("utf-8", "surrogatepass"))
            digest.update(b"\x00")
        return digest.hexdigest()


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    sent: int  # index of its sentence


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str
    first_token: int
    end_token: int  # exclusive
    headline: bool = False  # a title or a line without closing punctuation


@dataclass(slots=True)
class Entity:
    """A canonical organisation or person of one document (or of the gazetteer)."""

    key: str  # stable id: gazetteer id or "dg:<kind>:<folded name>"
    name: str
    kind: Kind
    wikidata: str | None = None
    aliases: set[str] = field(default_factory=set)


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: Kind
    entity: Entity
    sent: int
    tok_start: int
    tok_end: int  # exclusive
    source: str = "gazetteer"  # gazetteer | pattern | coref
    generic: bool = False  # "das Unternehmen" resolved by coreference
    name: str = ""  # how the document names the entity here (the antecedent's name for coref)

    @property
    def display(self) -> str:
        return self.name or self.text


@dataclass
class Money:
    start: int
    end: int
    value: float
    currency: str
    qualifier: str = "exact"


@dataclass
class Percent:
    start: int
    end: int
    value: float
    qualifier: str = "exact"


@dataclass
class DateValue:
    start: int
    end: int
    value: str  # ISO, as precise as the text: "2025", "2025-06", "2025-06-03"
    # a month without its year placed in the year before the anchor because this year's lies more
    # than two months ahead ("im Juni" in March): a start told with it may still be ahead
    rolled_back: bool = False


@dataclass
class Event:
    type: str
    roles: dict[str, list[Mention]]
    sent: int
    trigger: tuple[int, int]
    status: str | None = None
    amount: Money | None = None
    stake_pct: float | None = None
    date: str | None = None
    title: str | None = None
    confidence: float = 0.5
    evidence: tuple[int, int] = (0, 0)  # character span of the evidence sentence(s)
    cues: list[str] = field(default_factory=list)  # why the status is what it is
    trigger_class: str = ""  # verb | noun | stake | pattern

    def key(self) -> tuple[Any, ...]:
        """Type plus the entities of the key roles: what identifies the event."""
        from .schema import EVENT_TYPES

        parts: list[Any] = [self.type]
        for role in EVENT_TYPES[self.type].key_roles:
            parts.append(tuple(sorted({m.entity.key for m in self.roles.get(role, [])})))
        return tuple(parts)


@dataclass
class Analysis:
    """Everything the pipeline knows about one document."""

    doc: Document
    lang: str = "en"
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    money: list[Money] = field(default_factory=list)
    percents: list[Percent] = field(default_factory=list)
    dates: list[DateValue] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    anchor: str | None = None  # publication date the relative dates hang on
    cache: dict[Any, Any] = field(default_factory=dict)  # per-document results stages share

    @property
    def text(self) -> str:
        return self.doc.text

    def mentions_in(self, index: int) -> list[Mention]:
        """The mentions of sentence ``index``, grouped once for the current list of mentions."""
        key = ("mentions by sentence", id(self.mentions), len(self.mentions))
        groups = self.cache.get(key)
        if groups is None:
            groups = {}
            for m in self.mentions:
                groups.setdefault(m.sent, []).append(m)
            self.cache[key] = groups
        return groups.get(index, [])
