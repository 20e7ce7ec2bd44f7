"""The bundled gazetteer: known organisations and people with aliases and Wikidata ids.

Aliases are matched as token sequences. Hyphens and full stops inside a name are
transparent ("Scale AI-Team" contains "Scale AI"), any other punctuation is a barrier.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from ..lexicons import data_path
from ..model import Entity, Token
from .names import fold

FILES = ("entities.curated.jsonl", "entities.listed.jsonl")
_ALIAS_TOKEN = re.compile(r"[\w]+(?:['’][\w]+)*|&|[^\w\s]")
TRANSPARENT = frozenset({"-", ".", "–"})


def token_key(text: str) -> str | None:
    """Matching key of a token; ``None`` for transparent punctuation."""
    if text in TRANSPARENT:
        return None
    return text.casefold().rstrip(".")


@dataclass(eq=False)
class Gazetteer:
    entities: dict[str, Entity] = field(default_factory=dict)
    index: dict[tuple[str, ...], list[tuple[Entity, bool]]] = field(default_factory=dict)
    max_len: int = 1
    first_keys: set[str] = field(default_factory=set)

    def add(self, entity: Entity, aliases: Iterable[str], ambiguous: bool = False) -> None:
        self.entities[entity.key] = entity
        for alias in {entity.name, *aliases}:
            keys = tuple(k for t in _ALIAS_TOKEN.findall(alias) if (k := token_key(t)) is not None)
            if not keys or (len(keys) == 1 and len(keys[0]) < 2):
                continue
            entity.aliases.add(alias)
            self.index.setdefault(keys, []).append((entity, ambiguous))
            self.first_keys.add(keys[0])
            self.max_len = max(self.max_len, len(keys))

    def lookup(self, name: str) -> Entity | None:
        """The entity whose name or alias folds like ``name``."""
        return _folded(self).get(fold(name))

    def match(
        self, tokens: Sequence[Token], start: int, end: int, words: Sequence[str]
    ) -> list[tuple[int, int, Entity]]:
        """Longest alias matches in ``tokens[start:end]`` as (first, end, entity); ``words``, the
        tokens folded (``words[0]`` is token ``start``), lets most tokens be passed over cheaply."""
        found = []
        first_keys = self.first_keys
        i = start
        while i < end:
            if words[i - start].rstrip(".") not in first_keys:
                i += 1
                continue
            hit = self._longest(tokens, i, end)
            if hit:
                found.append(hit)
                i = hit[1]
            else:
                i += 1
        return found

    def _longest(self, tokens: Sequence[Token], i: int, end: int) -> tuple[int, int, Entity] | None:
        first = tokens[i].text
        if token_key(first) not in self.first_keys:
            return None
        if not (first[:1].isupper() or first[:1].isdigit() or any(c.isupper() for c in first[1:3])):
            return None
        keys: list[str] = []
        j = i
        best = None
        while j < end and len(keys) < self.max_len:
            key = token_key(tokens[j].text)
            j += 1
            if key is None:
                if not keys:
                    return None
                continue
            keys.append(key)
            for entity, ambiguous in self.index.get(tuple(keys), ()):
                surface = " ".join(t.text for t in tokens[i:j])
                if ambiguous and not any(surface == alias for alias in entity.aliases):
                    continue
                if tokens[j - 1].text[:1].islower() and len(keys) == 1:
                    continue
                best = (i, j, entity)
                break
        return best


@cache
def _folded(gazetteer: Gazetteer) -> dict[str, Entity]:
    table: dict[str, Entity] = {}
    for entity in gazetteer.entities.values():
        for alias in entity.aliases:
            table.setdefault(fold(alias), entity)
    return table


@cache
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer, read once per process."""
    gazetteer = Gazetteer()
    for name in FILES:
        path = data_path(name)
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                row = json.loads(line)
                if row["id"] in gazetteer.entities:
                    continue
                entity = Entity(row["id"], row["name"], row["kind"], row.get("wikidata"))
                gazetteer.add(entity, row.get("aliases", []), "ambiguous" in row.get("tags", ()))
    return gazetteer
