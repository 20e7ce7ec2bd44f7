"""Amounts of money: "mehr als 14 Milliarden Dollar", "$14.3bn", "1,5 Mrd. €", "61 cents".

The scan looks for numbers only; currency and scale after a number are matched forwards,
currency symbol and qualifier before it by matching the reversed text (fast, anchored).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from dealgraph.model import Money
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
    scale_at,
    to_float,
)


@dataclass(frozen=True)
class _Rules:
    numbers: re.Pattern[str]
    after: re.Pattern[str]
    before: re.Pattern[str]
    prefixes: dict[str, tuple[str, Decimal]]
    suffixes: dict[str, tuple[str, Decimal]]
    qualifiers: dict[str, str]


@cache
def _rules(lang: str) -> _Rules | None:
    lex = lexicon(lang)
    numbers = number_regex(lang)
    if lex is None or numbers is None:
        return None
    prefixes: dict[str, tuple[str, Decimal]] = {}
    suffixes: dict[str, tuple[str, Decimal]] = {}
    for cur in lex.get("currencies", []):
        unit = (cur["code"], Decimal(str(cur.get("factor", 1))))
        prefixes.update((key(f), unit) for f in cur.get("prefix", []))
        suffixes.update((key(f), unit) for f in cur.get("suffix", []))
    prefix_forms = [f for cur in lex.get("currencies", []) for f in cur.get("prefix", [])]
    suffix_forms = [f for cur in lex.get("currencies", []) for f in cur.get("suffix", [])]
    qualifier_forms = [f for forms in lex.get("qualifiers", {}).values() for f in forms]
    after = re.compile(rf"{GAP}*+-?{GAP}*+(?P<suf>{alternation(suffix_forms, ignore_case=True, head=False)})")
    before = re.compile(
        rf"(?:{GAP}*+(?P<pre>{reversed_alternation(prefix_forms, ignore_case=True)}))?"
        rf"(?:{GAP}++(?P<q>{reversed_alternation(qualifier_forms, ignore_case=True)}))?"
    )
    return _Rules(numbers, after, before, prefixes, suffixes, qualifier_labels(lex))


def find_money(text: str, lang: str) -> list[Money]:
    """Every amount with a currency in ``text``; spans include qualifier and currency words.

    A number without a currency ("14 Milliarden", "2015") is no money.
    """
    lang = norm_lang(lang)
    rules = _rules(lang)
    if rules is None or not text:
        return []
    found: list[Money] = []
    for m in rules.numbers.finditer(text):
        factor, end = scale_at(text, m.end(), lang)
        suffix = rules.after.match(text, end)
        start = m.start()
        before = rules.before.match(text[max(0, start - LOOK_BACK) : start][::-1])
        pre = before.group("pre") if before else None
        if pre:
            found_unit = rules.prefixes.get(key(pre[::-1]))
        else:
            found_unit = rules.suffixes.get(key(suffix.group("suf"))) if suffix else None
        if found_unit is None:
            continue
        currency, unit = found_unit
        number = number_value(m, lang)
        value = to_float(None if number is None else number * factor * unit)
        if value is None:
            continue
        qualifier = "exact"
        if before and before.group("q"):
            qualifier = rules.qualifiers.get(key(before.group("q")[::-1]), "exact")
            start -= before.end("q")
        elif pre and before:
            start -= before.end("pre")
        found.append(Money(start, suffix.end() if suffix else end, value, currency, qualifier))
    return found
