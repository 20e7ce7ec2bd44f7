"""A fast rule tokenizer and sentence splitter for news prose.

spaCy's tokenizer objects cost more than the whole rest of extraction, so tokens and
sentence ends come from one regular expression plus spaCy's own abbreviation lists
(``tokenizer_exceptions`` of each language), read once: "U.S.", "Inc.", "z.B." and
"Mio." keep their full stop, and a full stop after them ends no sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

_TOKEN = re.compile(
    r"""
    https?://\S+[^\s.,;:!?)\]"'»”]     # URLs
    | (?:[^\W\d_]\.){2,}               # U.S., z.B.
    | \d+(?:[.,:/]\d+)*                # numbers, times, dates
    | [^\W_]+(?:[’'´`][^\W_]+)*       # words, with inner apostrophes (Kaiser's, Kaiser´s, don't)
    | \S                               # any other character on its own
    """,
    re.VERBOSE,
)
_ENDERS = frozenset(".!?…")
_CLOSERS = frozenset("\"'”’»)]")


@cache
def abbreviations(lang: str) -> frozenset[str]:
    """Lower-cased abbreviations with their full stop, from spaCy's language data."""
    try:
        import spacy.util

        defaults = spacy.util.get_lang_class(lang).Defaults
    except (ImportError, KeyError):
        return frozenset()
    return frozenset(
        k.casefold() for k in defaults.tokenizer_exceptions if k.endswith(".") and len(k) > 1 and " " not in k
    )


def tokens(text: str, lang: str) -> Iterator[tuple[int, int]]:
    """Character spans of the tokens of ``text``."""
    abbrevs = abbreviations(lang)
    clitics, ordinals, months = _language_rules(lang)  # "don't"; "am 6. Januar": "6." is one token
    skip = -1
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        if start < skip:
            continue
        word = match.group()
        stop_follows = end < len(text) and text[end] == "."
        if stop_follows and (
            (word[:1].isalpha() and (word + ".").casefold() in abbrevs)
            or (ordinals and word.isdigit() and len(word) <= 2 and _ordinal_context(text, end + 1, months))
        ):
            skip = end + 1
            yield start, end + 1  # "Inc.", "Dr.", "Mio.", "6."
            continue
        if clitics and ("'" in word or "’" in word):
            for clitic in clitics:
                if word.endswith(clitic) and len(word) > len(clitic):
                    yield start, end - len(clitic)
                    yield end - len(clitic), end
                    break
            else:
                yield start, end
            continue
        yield start, end


@cache
def _language_rules(lang: str) -> tuple[tuple[str, ...], bool, frozenset[str]]:
    """Clitics to split off, whether "6." is an ordinal, and the month words that may follow it."""
    from ..lexicons import load

    try:
        mentions, values = load(lang, "mentions"), load(lang, "values")
    except FileNotFoundError:
        return (), False, frozenset()
    months = frozenset(m.casefold().rstrip(".") for m in values.get("months", []))
    return tuple(mentions.get("clitics", ())), bool(mentions.get("ordinal_full_stop")), months


def _ordinal_context(text: str, after: int, months: frozenset[str]) -> bool:
    """Is the word after "6." a month or a lower-case word (so no sentence ended)?"""
    rest = text[after : after + 12].lstrip()
    word = rest.split(" ", 1)[0].strip(",;:")
    return bool(word) and (word[:1].islower() or word.casefold().rstrip(".") in months)


def sentences(text: str, lang: str) -> Iterator[list[tuple[int, int]]]:
    """Token spans grouped into sentences: a sentence ends after . ! ? (and closing quotes)."""
    current: list[tuple[int, int]] = []
    pending_end = False
    for start, end in tokens(text, lang):
        token = text[start:end]
        if pending_end:
            glued = start == current[-1][1]  # a closing quote sits right after the full stop
            if (token in _CLOSERS and glued) or token in _ENDERS:
                current.append((start, end))
                continue
            if not token[:1].islower():
                yield current
                current = []
            pending_end = False
        current.append((start, end))
        if token in _ENDERS:
            pending_end = True
    if current:
        yield current
