"""Fast lookup of multi-word phrases in a token sequence.

Lexicons hold phrases as tuples of lower-cased words. Looking one up at every token by
building tuples of every length is the hot loop of extraction; indexing phrases by their
first word makes a miss cost one dictionary lookup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

Phrase = tuple[str, ...]
_INNER_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def words_of(phrase: str) -> Phrase:
    """A lexicon phrase as the tokenizer cuts text: "co-founder" -> ("co", "-", "founder")."""
    return tuple(_INNER_HYPHEN.sub(" - ", phrase.casefold()).split())


class PhraseIndex:
    def __init__(self, phrases: Iterable[Phrase]) -> None:
        self.phrases = frozenset(phrases)
        lengths: dict[str, set[int]] = {}
        for phrase in self.phrases:
            if phrase:
                lengths.setdefault(phrase[0], set()).add(len(phrase))
        self.by_first = {w: tuple(sorted(ns, reverse=True)) for w, ns in lengths.items()}

    def __contains__(self, phrase: object) -> bool:
        return phrase in self.phrases

    def starts(self, words: Sequence[str]) -> list[int]:
        """Positions where some phrase may start (its first word is there): the only places
        worth a ``match``."""
        first = self.by_first
        return [i for i, w in enumerate(words) if w in first]

    def match(self, words: Sequence[str], i: int, end: int | None = None) -> int:
        """Length of the longest phrase starting at ``words[i]`` (0 when none)."""
        lengths = self.by_first.get(words[i])
        if not lengths:
            return 0
        stop = len(words) if end is None else end
        for n in lengths:
            if i + n <= stop and (n == 1 or tuple(words[i : i + n]) in self.phrases):
                return n
        return 0


@cache
def index_of(phrases: frozenset[Phrase]) -> PhraseIndex:
    """The index of a lexicon's phrase set, built once per set."""
    return PhraseIndex(phrases)
