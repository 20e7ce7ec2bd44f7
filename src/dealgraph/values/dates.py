"""Dates as precise as the text: "am 6. Januar 1926", "Anfang Juni", "Ende 2025", "last year".

Each kind of expression is one regex built from the language's lexicon; all candidates are
collected and the earliest, then longest, non-overlapping ones win. Relative expressions
("gestern", "im April", "on Tuesday") hang on the publication date and are skipped without it.
A bare year counts only after a preposition or period word ("in 2014", "Ende 2025").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from dealgraph.model import DateValue
from dealgraph.values.numbers import (
    GAP,
    LOOK_BACK,
    Lexicon,
    alternation,
    key,
    lexicon,
    norm_lang,
    reversed_alternation,
)


@dataclass(frozen=True)
class Anchor:
    """The publication date; month and day may be unknown."""

    year: int
    month: int | None = None
    day: date | None = None


def parse_anchor(anchor: str | None) -> Anchor | None:
    """Read "2025-06-21", "2025-06" or "2025"; anything else means no anchor."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", (anchor or "").strip()[:10])
    if m is None:
        return None
    year, month, day = int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None
    if month is not None and not 1 <= month <= 12:
        return None
    try:
        full = date(year, month, day) if month and day else None
    except ValueError:
        return None
    return Anchor(year, month, full)


class _Groups(dict[str, str | None]):
    """The named groups of one alternative of the date regex, plus what stood before it."""

    def group(self, name: str) -> str:
        """The group's text, "" when it did not take part."""
        return self.get(name) or ""


Resolver = Callable[[_Groups, Anchor | None, "_Rules"], str | None]


@dataclass(frozen=True)
class _Rules:
    pattern: re.Pattern[str]
    resolvers: tuple[Resolver, ...]
    groups: tuple[tuple[tuple[str, str], ...], ...]  # per kind: (name, name in the pattern)
    lead: re.Pattern[str]
    months: dict[str, int]
    relative: dict[str, tuple[str, int]]
    ordinals: dict[str, int]
    quarter_words: dict[str, int]
    quarter_codes: dict[str, int]
    weekdays: dict[str, int]
    past: frozenset[str]
    upcoming: frozenset[str]


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """ISO text of a date as precise as given; None if it does not exist."""
    if not 1000 <= year <= 2999:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _full_year(digits: str) -> int:
    """Two-digit years: "16" is 2016, "98" is 1998."""
    year = int(digits)
    return year if len(digits) > 2 else 2000 + year if year < 70 else 1900 + year


def _year(m: _Groups, anchor: Anchor | None, rules: _Rules) -> int | None:
    """The year of groups ``y`` (digits) or ``ry`` ("vergangenen Jahres"); None if neither is usable."""
    y = m.group("y")
    if y:
        return _full_year(y)
    ry = m.group("ry")
    if ry and anchor is not None:
        return anchor.year + rules.relative[key(ry)][1]
    return None


def _day_month(m: _Groups, anchor: Anchor | None, rules: _Rules) -> str | None:
    month = rules.months[key(m.group("m"))]
    if m.group("y") or m.group("ry"):
        year = _year(m, anchor, rules)
        return None if year is None else _iso(year, month, int(m.group("d")))
    # a day and month without a year are this year's, also when ahead ("bis 31. Dezember")
    return None if anchor is None else _iso(anchor.year, month, int(m.group("d")))


def _numeric(m: _Groups, anchor: Anchor | None, rules: _Rules) -> str | None:
    return _iso(_full_year(m.group("y")), int(m.group("m")), int(m.group("d")))


def _month_year(m: _Groups, anchor: Anchor | None, rules: _Rules) -> str | None:
    year = _year(m, anchor, rules)
    return None if year is None else _iso(year, rules.months[key(m.group("m"))])


def _month_alone(m: _Groups, anchor: Anchor | None, rules: _Rules) -> str | None:
    """A month alone ("im April") is the latest such month; it may lie up to two months ahead."""
    if anchor is None or not (m.group("prep") or m.group("pp")):
        return None
    month = rules.months[key(m.group("m"))]
    return _iso(anchor.year - 1 if _late(month, anchor) else anchor.year, month)


def _late(month: int, anchor: Anchor) -> bool:
    """Does a month alone lie more than two months after the anchor, so that it is last year's?"""
    return anchor.month is not None and month > anchor.month + 2


def _year_alone(m: _Groups, anchor: Anchor | None, rules: _Rules) -> str | None:
    return _iso(int(m.group("y"))) if m.group("prep") or m.group("pp") else None


def _quarter(m: _Groups, anchor: Anchor | None, rules: _Rules) -> str | None:
    """A quarter or half gives only its year: ISO has no quarters.

    "Q3 2024" needs its year ("H2" alone is hydrogen); "im dritten Quartal" takes the anchor's.
    """
    if m.group("ord"):
        word = key(m.group("ord"))
        digits = re.match(r"\d+", word)
        n = rules.ordinals.get(word) or (int(digits[0]) if digits else 0)
        parts = rules.quarter_words[key(m.group("qw"))]
    else:
        n, parts = int(m.group("n")), rules.quarter_codes[m.group("code")]
    if not 1 <= n <= parts:
        return None
    if m.group("y") or m.group("ry"):
        year = _year(m, anchor, rules)
    else:
        year = anchor.year if anchor is not None and m.group("ord") else None
    return None if year is None else _iso(year)


def _relative(m: _Groups, anchor: Anchor | None, rules: _Rules) -> str | None:
    if anchor is None:
        return None
    unit, offset = rules.relative[key(m.group("rel"))]
    if unit == "year":
        return _iso(anchor.year + offset)
    if unit == "month" and anchor.month is not None:
        index = anchor.year * 12 + anchor.month - 1 + offset
        return _iso(index // 12, index % 12 + 1)
    if unit == "day" and anchor.day is not None:
        return (anchor.day + timedelta(days=offset)).isoformat()
    return None


def _weekday(m: _Groups, anchor: Anchor | None, rules: _Rules) -> str | None:
    """A weekday ("am Dienstag") is the latest such day on or before the anchor.

    With a "next" modifier ("kommenden Montag") it is the first such day after the anchor.
    """
    if anchor is None or anchor.day is None:
        return None
    wanted = rules.weekdays[m.group("wd")]
    modifier = key(m.group("mod"))
    if modifier in rules.upcoming:
        return (anchor.day + timedelta(days=(wanted - anchor.day.weekday()) % 7 or 7)).isoformat()
    back = (anchor.day.weekday() - wanted) % 7
    if modifier in rules.past and back == 0:
        back = 7
    return (anchor.day - timedelta(days=back)).isoformat()


def _suffixed(body: str, index: int) -> str:
    """Rename the groups of one alternative (``y`` -> ``y_3``): group names must be unique."""
    return re.sub(r"[(][?]P<(\w+)>", lambda g: f"(?P<{g[1]}_{index}>", body)


def _build(lex: Lexicon) -> _Rules:
    """Compile the date regex of one language (once: the result is cached).

    One alternation of all kinds, most specific first: at a position the first kind that
    matches wins. Prepositions and period words before a match are read afterwards by
    looking back (``lead``), which keeps the scan fast.
    """
    relative = {key(f): (r["unit"], int(r["offset"])) for r in lex.get("relative", []) for f in r["forms"]}
    rel_forms = [f for r in lex.get("relative", []) for f in r["forms"]]
    rel_years = [f for r in lex.get("relative", []) if r["unit"] == "year" for f in r["forms"]]
    modifiers = lex.get("weekday_modifiers", {})
    ci = {"ignore_case": True}
    month, full_month = alternation(lex.get("months", {})), alternation(lex.get("full_months", []))
    year = rf"(?:(?P<y>\d{{4}})(?![\d%]|[.,]\d)|(?P<ry>{alternation(rel_years, **ci)}))"
    suffix = alternation(lex.get("day_suffixes", []), head=False, tail=False)
    optional = "" if lex.get("day_suffix_required") else "?"
    day = rf"(?<![\w.,$€£¥])(?P<d>3[01]|[12]\d|0?[1-9])(?:{suffix}){optional}(?!\w)"
    join = rf"(?:{alternation(lex.get('day_month_joiners', []), **ci)}{GAP}++)?"
    weekday = alternation(lex.get("weekdays", {}))
    ordinal = (
        rf"(?P<ord>{alternation(lex.get('ordinals', {}), **ci)}"
        rf"|(?<![\w.,])[1-4]{alternation(lex.get('ordinal_suffixes', []), head=False, tail=False)}(?!\w))"
    )
    quarter_join = alternation(lex.get("quarter_year_joiners", []), **ci)
    quarter = (
        rf"(?:{ordinal}(?:{GAP}++|-)(?P<qw>{alternation(lex.get('quarter_words', {}), **ci)})"
        rf"|(?P<code>{alternation(lex.get('quarter_codes', {}), tail=False)})(?P<n>\d)(?!\w))"
        rf"(?:(?:{GAP}*+[/-]{GAP}*+|{GAP}++(?:{quarter_join}{GAP}++)?){year})?"
    )
    # "für 2015 Euro" is an amount, not a year
    quantity = alternation(
        [f for c in lex.get("currencies", []) for f in c.get("suffix", [])]
        + [f for sc in lex.get("scales", []) for f in sc.get("forms", []) + sc.get("tight", [])]
        + lex.get("percent_forms", []),
        ignore_case=True,
        head=False,
    )
    digit_start: list[tuple[str, Resolver]] = [
        (r"(?<![\d.-])(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)", _numeric),
    ]
    for spec in lex.get("numeric_dates", []):
        parts = {"d": r"(?P<d>\d{1,2})", "m": r"(?P<m>\d{1,2})", "y": r"(?P<y>\d{4}|\d{2})"}
        body = re.escape(spec["separator"]).join(parts[c] for c in spec["order"])
        digit_start.append((rf"(?<![\d.,/-]){body}(?!\d|[.,/-]\d)", _numeric))
    day_month = rf"{day}{GAP}*+{join}(?P<m>{month})(?:,?{GAP}++{year})?"
    digit_start += [
        (day_month, _day_month),
        (quarter, _quarter),
        (rf"(?<![\d.,])(?P<y>(?:19|20)\d\d)(?![\d%]|[.,]\d|{GAP}*+-?{GAP}*+{quantity})", _year_alone),
    ]
    word_start: list[tuple[str, Resolver]] = [(rf"{weekday},?{GAP}++{day_month}", _day_month)]
    if "mdy" in lex.get("date_orders", []):
        month_day = rf"(?:{weekday},?{GAP}++)?(?P<m>{month}){GAP}*+{day}(?:,?{GAP}++{year})?"
        word_start.append((month_day, _day_month))
    word_start += [
        (rf"(?P<m>{month})(?:{GAP}*+,)?{GAP}++{join}{year}", _month_year),
        (quarter, _quarter),
        (rf"(?P<rel>{alternation(rel_forms, **ci)})", _relative),
        (
            rf"(?:(?P<mod>{alternation([f for fs in modifiers.values() for f in fs], **ci)}){GAP}++)?"
            rf"(?P<wd>{alternation(lex.get('weekdays', {}), tail=False)})"
            rf"(?:{alternation(lex.get('weekday_suffixes', []), head=False)})?(?!\w)",
            _weekday,
        ),
        (rf"(?P<m>{full_month})", _month_alone),
    ]
    kinds = digit_start + word_start
    named = [f"(?P<k{i}>{_suffixed(body, i)})" for i, (body, _) in enumerate(kinds)]
    # Guards in front of the two families let the engine skip most positions with one test.
    alternatives = (
        rf"(?=\d)(?:{'|'.join(named[: len(digit_start)])})"
        rf"|(?<!\w)(?=[^\W\d_])(?:{'|'.join(named[len(digit_start) :])})"
    )
    lead = (
        rf"(?:{GAP}*+-?{GAP}*+(?P<pp>{reversed_alternation(lex.get('period_words', []), ignore_case=True)}))?"
        rf"(?:{GAP}++(?P<prep>{reversed_alternation(lex.get('prepositions', []), ignore_case=True)}))?"
    )
    return _Rules(
        pattern=re.compile(alternatives),
        resolvers=tuple(resolver for _, resolver in kinds),
        groups=tuple(
            tuple((name, f"{name}_{i}") for name in re.findall(r"[(][?]P<(\w+)>", body))
            for i, (body, _) in enumerate(kinds)
        ),
        lead=re.compile(lead),
        months={key(f): n for f, n in lex.get("months", {}).items()},
        relative=relative,
        ordinals={key(f): n for f, n in lex.get("ordinals", {}).items()},
        quarter_words={key(f): n for f, n in lex.get("quarter_words", {}).items()},
        quarter_codes=dict(lex.get("quarter_codes", {})),
        weekdays=dict(lex.get("weekdays", {})),
        past=frozenset(key(f) for f in modifiers.get("past", [])),
        upcoming=frozenset(key(f) for f in modifiers.get("next", [])),
    )


@cache
def _rules(lang: str) -> _Rules | None:
    lex = lexicon(lang)
    return None if lex is None else _build(lex)


def find_dates(text: str, lang: str, anchor: str | None) -> list[DateValue]:
    """Every date expression in ``text`` with its ISO value; relative ones need ``anchor``."""
    rules = _rules(norm_lang(lang))
    if rules is None or not text:
        return []
    pub = parse_anchor(anchor)
    candidates: list[tuple[int, int, str, bool]] = []
    for m in rules.pattern.finditer(text):
        index = int((m.lastgroup or "k0")[1:])
        groups = _Groups({name: m.group(full) for name, full in rules.groups[index]})
        start = m.start()
        lead = rules.lead.match(text[max(0, start - LOOK_BACK) : start][::-1])
        if lead:
            groups["pp"], groups["prep"] = lead.group("pp"), lead.group("prep")
        try:
            value = rules.resolvers[index](groups, pub, rules)
        except KeyError:  # a form matched without case but folds differently ("İ"): no date
            value = None
        if value is not None:
            pp = lead.group("pp") if lead else None
            rolled = (
                rules.resolvers[index] is _month_alone
                and pub is not None
                and _late(rules.months[key(groups.group("m"))], pub)
            )
            candidates.append((start - lead.end("pp") if lead and pp else start, m.end(), value, rolled))
    candidates.sort(key=lambda c: (c[0], -c[1]))
    found: list[DateValue] = []
    last_end = -1
    for start, end, value, rolled in candidates:
        if start >= last_end:
            found.append(DateValue(start, end, value, rolled))
            last_end = end
    return found
