"""Percentages: "49 %", "neunundvierzig Prozent", "a 49-percent stake", "mehr als 50 Prozent"."""

from __future__ import annotations

import re
from functools import cache

from dealgraph.model import Percent
from dealgraph.values.numbers import (
    GAP,
    LOOK_BACK,
    alternation,
    key,
    lexicon,
    norm_lang,
    number_regex,
    number_value,
    qualifier_labels,
    reversed_alternation,
    to_float,
)


@cache
def _rules(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]] | None:
    """(percent sign or word after a number, qualifier before it in reversed text, qualifier labels)."""
    lex = lexicon(lang)
    if lex is None:
        return None
    qualifier_forms = [f for forms in lex.get("qualifiers", {}).values() for f in forms]
    after = re.compile(
        rf"{GAP}*+-?{GAP}*+{alternation(lex.get('percent_forms', []), ignore_case=True, head=False)}"
    )
    before = re.compile(rf"{GAP}++(?P<q>{reversed_alternation(qualifier_forms, ignore_case=True)})")
    return after, before, qualifier_labels(lex)


def find_percents(text: str, lang: str) -> list[Percent]:
    """Every percentage in ``text``; spans include the qualifier ("mehr als") and the percent word."""
    lang = norm_lang(lang)
    rules, numbers = _rules(lang), number_regex(lang)
    if rules is None or numbers is None or not text:
        return []
    after, before, labels = rules
    found: list[Percent] = []
    for m in numbers.finditer(text):
        sign = after.match(text, m.end())
        if sign is None:
            continue
        value = to_float(number_value(m, lang))
        if value is None:
            continue
        start, qualifier = m.start(), "exact"
        q = before.match(text[max(0, start - LOOK_BACK) : start][::-1])
        if q:
            start, qualifier = start - q.end(), labels.get(key(q.group("q")[::-1]), "exact")
        found.append(Percent(start, sign.end(), value, qualifier))
    return found
