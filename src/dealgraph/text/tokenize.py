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
      (?:\.(?:com|de|net|io|ai|org|at|ch|eu)(?![^\W_]|\.[^\W_]))?  # and a web domain (Booking.com)
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
    for start, end, _ in _spans(text, lang):
        yield start, end


def _spans(text: str, lang: str) -> list[tuple[int, int, str]]:
    """The tokens of ``text`` as (start, end, text), built in one loop (no generator per token)."""
    abbrevs = abbreviations(lang)
    clitics, ordinals, months = _language_rules(lang)  # "don't"; "am 6. Januar": "6." is one token
    out: list[tuple[int, int, str]] = []
    append = out.append
    skip = -1
    size = len(text)
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        if start < skip:
            continue
        word = match.group()
        if (
            end < size
            and text[end] == "."
            and (
                # not "£610m. CEO P ...": a unit glued to its number ends the sentence like a number does
                (
                    word[:1].isalpha()
                    and (word + ".").casefold() in abbrevs
                    and not (start and text[start - 1].isdigit())
                )
                or (
                    ordinals and word.isdigit() and len(word) <= 2 and _ordinal_context(text, end + 1, months)
                )
            )
        ):
            skip = end + 1
            append((start, end + 1, word + "."))  # "Inc.", "Dr.", "Mio.", "6."
            continue
        if clitics and ("'" in word or "’" in word):
            for clitic in clitics:
                if word.endswith(clitic) and len(word) > len(clitic):
                    cut = end - len(clitic)
                    append((start, cut, text[start:cut]))
                    append((cut, end, text[cut:end]))
                    break
            else:
                append((start, end, word))
            continue
        append((start, end, word))
    return out


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


def sentences(text: str, lang: str) -> Iterator[list[tuple[int, int, str]]]:
    """Tokens as (start, end, text) grouped into sentences: a sentence ends after . ! ? (and
    closing quotes)."""
    current: list[tuple[int, int, str]] = []
    pending_end = False
    for span in _spans(text, lang):
        token = span[2]
        if pending_end:
            glued = span[0] == current[-1][1]  # a closing quote sits right after the full stop
            if (token in _CLOSERS and glued) or token in _ENDERS:
                current.append(span)
                continue
            if not token[:1].islower():
                yield current
                current = []
            pending_end = False
        current.append(span)
        if token in _ENDERS:
            pending_end = True
    if current:
        yield current
