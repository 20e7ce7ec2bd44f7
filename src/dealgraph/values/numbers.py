"""Numbers in running text, and the per-language value lexicons.

All words come from ``lexicons/<lang>.values.json``; this module only knows digits,
punctuation and how to turn lexicon forms into regular expressions, so a new language
is a new JSON file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from dealgraph.lexicons import load

GAP = r"[^\S\n]"
"""Horizontal white space (also no-break and thin spaces): values never span a line break."""

DIGITS = r"(?<![\w.,])(?:\d{1,3}(?:[.,'\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?!\d)"
"""A written number in any of the usual groupings; :func:`parse_digits` decides what the marks mean."""

_GROUP_ONLY = str.maketrans("", "", "'\u00a0\u202f")
_SPACES = re.compile(r"\s+")

Lexicon = dict[str, Any]


def norm_lang(lang: str) -> str:
    """``"de-DE"``, ``"DE"``, ``"de_AT"`` all mean the ``de`` lexicon."""
    return re.split(r"[-_]", (lang or "").strip().lower(), maxsplit=1)[0]


@cache
def lexicon(lang: str) -> Lexicon | None:
    """The value lexicon of a language, or None when there is none (callers then find nothing)."""
    code = norm_lang(lang)
    if not re.fullmatch(r"[a-z]{2,3}", code):
        return None
    try:
        data: Lexicon = load(code, "values")
    except FileNotFoundError:
        return None
    return data


def key(form: str) -> str:
    """Lookup key of a matched form: case and white space do not matter.

    A few characters match case-insensitively but fold to other text ("İ"); lookups of
    such keys may miss, and callers then drop the match.
    """
    return _SPACES.sub(" ", form).strip().casefold()


def _atoms(form: str) -> list[str]:
    """Regex pieces of a literal form, one per character; a run of spaces matches any gap."""
    atoms: list[str] = []
    for ch in form:
        if ch != " ":
            atoms.append(re.escape(ch))
        elif not atoms or atoms[-1] != GAP + "++":
            atoms.append(GAP + "++")
    return atoms


def _trie(forms: Iterable[tuple[list[str], str]]) -> str:
    """One regex for many literals, sharing their prefixes: far faster to try than a flat list.

    Longer continuations are tried before a form ends, so the longest form wins ("Mio." over
    "Mio"); each form ends with its own end check (e.g. "not followed by a letter").
    """
    tree: dict[str, Any] = {}
    for atoms, end in forms:
        node = tree
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[""] = end
    return _emit(tree)


def _emit(node: dict[str, Any]) -> str:
    branches = [atom + _emit(child) for atom, child in node.items() if atom]
    if "" in node:
        branches.append(node[""])
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def alternation(forms: Iterable[str], ignore_case: bool = False, head: bool = True, tail: bool = True) -> str:
    """Regex matching any of the forms, the longest where several fit.

    ``head`` keeps forms that start with a letter from matching inside a word, ``tail`` from
    matching the start of a longer word; a run of spaces in a form matches any gap.
    """
    unique = {f for f in forms if f and f.strip()}
    guarded = [f for f in unique if head and f[:1].isalnum()]
    free = [f for f in unique if not (head and f[:1].isalnum())]
    branches = [
        prefix + _trie((_atoms(f), r"(?!\w)" if tail and f[-1:].isalnum() else "") for f in group)
        for prefix, group in ((r"(?<!\w)", guarded), ("", free))
        if group
    ]
    if not branches:
        return r"(?!)"
    body = "|".join(branches)
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


LOOK_BACK = 64
"""How many characters before a match may hold its qualifier, currency or preposition."""


def reversed_alternation(forms: Iterable[str], ignore_case: bool = False) -> str:
    """Regex matching the forms in reversed text, to look back from a match.

    Matching ``text[:start][::-1]`` from its beginning reads leftwards from ``start`` in one
    anchored attempt instead of searching a window.
    """
    unique = {f for f in forms if f and f.strip()}
    ends = ((_atoms(f[::-1]), r"(?!\w)" if f[:1].isalnum() else "") for f in unique)
    body = _trie(ends) if unique else "(?!)"
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


def parse_digits(raw: str, decimal_separator: str) -> Decimal | None:
    """Read "1.234,5", "1,234.5", "14.3", "1,5", "10 000" the way a reader of the language would.

    Both marks present: the last one is the decimal mark. One mark repeated: grouping.
    One mark once before exactly three digits: the language's convention decides
    ("1.500" is 1500 in German, 1.5 in English). Otherwise it is a decimal mark.
    """
    s = raw.translate(_GROUP_ONLY)
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        s = s.replace("," if dec == "." else ".", "").replace(dec, ".")
    elif dots + commas:
        mark = "." if dots else ","
        head, _, tail = s.rpartition(mark)
        grouping = dots + commas > 1 or (
            len(tail) == 3 and mark != decimal_separator and head.lstrip("0") != "" and len(head) <= 3
        )
        s = s.replace(mark, "") if grouping else s.replace(mark, ".")
    try:
        value = Decimal(s)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def number_words_pattern(lex: Lexicon) -> str:
    """Regex for a number written in words, e.g. "neunundvierzig" or "forty-nine"."""
    words = alternation(lex.get("number_words", {}), ignore_case=True, head=False, tail=False)
    joiners = "|".join("".join(_atoms(j)) for j in lex.get("number_word_joiners", []))
    # at most eight pieces: splitting "achtzehnachtzehn..." many ways must not take forever
    if lex.get("number_words_compound"):
        return rf"(?<!\w)(?i:{words}(?:(?:{joiners or '(?!)'})?{words}){{0,7}})(?!\w)"
    return rf"(?<!\w)(?i:{words}(?:(?:{joiners or '(?!)'}){words}){{0,7}})(?!\w)"


@cache
def _word_values(lang: str) -> tuple[dict[str, int], tuple[str, ...], frozenset[str]]:
    lex = lexicon(lang) or {}
    values = {key(w): int(v) for w, v in lex.get("number_words", {}).items()}
    joiners = frozenset(key(j) for j in lex.get("number_word_joiners", []) if j.strip(" -"))
    pieces = tuple(sorted(set(values) | joiners, key=len, reverse=True))
    return values, pieces, joiners


def parse_words(raw: str, lang: str) -> int | None:
    """Value of a number written in words, from the lexicon; None if any piece is unknown."""
    values, pieces, joiners = _word_values(norm_lang(lang))
    s = re.sub(r"[\s-]+", "", key(raw))
    parts: list[int] = []
    while s:
        piece = next((p for p in pieces if s.startswith(p)), None)
        if piece is None:
            return None
        if piece not in joiners:
            parts.append(values[piece])
        s = s[len(piece) :]
    if not parts:
        return None
    total = current = 0
    for v in parts:
        if v == 100:
            current = max(current, 1) * 100
        elif v >= 1000:
            total += max(current, 1) * v
            current = 0
        else:
            current += v
    return total + current


def scale_rules(lex: Lexicon) -> tuple[str, str, dict[str, Decimal]]:
    """(spaced-scale regex, tight-scale regex, form -> factor) for "Mrd.", "billion", "bn", "m"."""
    factors: dict[str, Decimal] = {}
    spaced: list[str] = []
    tight: list[str] = []
    for scale in lex.get("scales", []):
        factor = Decimal(repr(float(scale["value"])))
        for form in scale.get("forms", []):
            spaced.append(form)
            factors[key(form)] = factor
        for form in scale.get("tight", []):
            tight.append(form)
            factors[key(form)] = factor
    return alternation(spaced, ignore_case=True, head=False), alternation(tight, head=False), factors


def qualifier_labels(lex: Lexicon) -> dict[str, str]:
    """Form -> qualifier ("mehr als" -> "more_than", "up to" -> "up_to", "rund" -> "about")."""
    return {key(f): label for label, forms in lex.get("qualifiers", {}).items() for f in forms}


@cache
def number_regex(lang: str) -> re.Pattern[str] | None:
    """Numbers in digits or words; guards in front let the engine skip mid-word positions fast."""
    lex = lexicon(lang)
    if lex is None:
        return None
    return re.compile(rf"(?=\d)(?P<num>{DIGITS})|(?<!\w)(?=[^\W\d_])(?P<words>{number_words_pattern(lex)})")


@cache
def _scale_regex(lang: str) -> re.Pattern[str] | None:
    lex = lexicon(lang)
    if lex is None:
        return None
    spaced, tight, _ = scale_rules(lex)
    return re.compile(rf"(?:(?P<tight>{tight})|{GAP}*+-?{GAP}*+(?P<scale>{spaced}))")


@cache
def scale_factors(lang: str) -> dict[str, Decimal]:
    return scale_rules(lexicon(lang) or {})[2]


def number_value(match: re.Match[str], lang: str) -> Decimal | None:
    """Value of a :func:`number_regex` match."""
    if match.group("num"):
        return parse_digits(match.group("num"), (lexicon(lang) or {}).get("decimal_separator", "."))
    words = parse_words(match.group("words"), lang)
    return None if words is None else Decimal(words)


def scale_at(text: str, pos: int, lang: str) -> tuple[Decimal, int]:
    """(factor, end) of a scale word ("Mrd.", "bn", "m") right at ``pos``; (1, pos) if there is none."""
    pattern = _scale_regex(lang)
    m = pattern.match(text, pos) if pattern else None
    factor = scale_factors(lang).get(key(m.group("tight") or m.group("scale"))) if m else None
    return (Decimal(1), pos) if m is None or factor is None else (factor, m.end())


def to_float(value: Decimal | None) -> float | None:
    """A float for the data model; None for values too large to be one."""
    if value is None:
        return None
    result = float(value)
    return result if result not in (float("inf"), float("-inf")) else None


def parse_number(text: str, lang: str) -> float | None:
    """The number that ``text`` is, in the language's conventions ("1,5 Mrd." -> 1.5e9), else None."""
    lang = norm_lang(lang)
    pattern = number_regex(lang)
    text = (text or "").strip()
    match = pattern.match(text) if pattern else None
    if match is None:
        return None
    factor, end = scale_at(text, match.end(), lang)
    value = number_value(match, lang)
    return to_float(value * factor) if value is not None and end == len(text) else None
