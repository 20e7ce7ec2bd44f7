"""Dates as precise as the text, relative ones anchored on the publication date."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dealgraph.values import find_dates, find_money, find_percents

ANCHOR = "2025-06-21"  # a Saturday


def dates(text: str, lang: str, anchor: str | None = ANCHOR) -> list[tuple[str, str]]:
    return [(text[d.start : d.end], d.value) for d in find_dates(text, lang, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Abschluss ist für Anfang Juni geplant.", [("Anfang Juni", "2025-06")]),
        ("Das soll bis Ende 2025 geschehen.", [("Ende 2025", "2025")]),
        ("Im dritten Quartal 2024 stieg der Umsatz.", [("dritten Quartal 2024", "2024")]),
        ("Gegründet am 6. Januar 1926 in Ulm.", [("6. Januar 1926", "1926-01-06")]),
        ("Am 6. Januar kam die Zusage.", [("6. Januar", "2025-01-06")]),
        ("Die Mitteilung kam gestern.", [("gestern", "2025-06-20")]),
        ("Im vergangenen Jahr wuchs Morgentau.", [("vergangenen Jahr", "2024")]),
        ("Der Gewinn lag über dem Vorjahr.", [("Vorjahr", "2024")]),
        ("Zum Jahresende 2024 lag er bei null.", [("Jahresende 2024", "2024")]),
        ("Ende vergangenen Jahres wurde verkauft.", [("Ende vergangenen Jahres", "2024")]),
        ("Umsatz des vergangenen Jahres", [("des vergangenen Jahres", "2024")]),
        ("Das teilte Morgentau am Dienstag mit.", [("Dienstag", "2025-06-17")]),
        ("Am Samstag wurde unterschrieben.", [("Samstag", "2025-06-21")]),
        ("Das wurde am Dienstagabend bekannt.", [("Dienstagabend", "2025-06-17")]),
        ("Die Frist endet am kommenden Montag.", [("kommenden Montag", "2025-06-23")]),
        ("Vom 23.02.16, Zusatz vom 23.02.2016.", [("23.02.16", "2016-02-23"), ("23.02.2016", "2016-02-23")]),
        ("Gültig seit 2016-01-01.", [("2016-01-01", "2016-01-01")]),
        ("Ende Dezember wurde verhandelt.", [("Ende Dezember", "2024-12")]),
        ("Im August soll es so weit sein.", [("August", "2025-08")]),
        ("Er kam im Mai vergangenen Jahres.", [("Mai vergangenen Jahres", "2024-05")]),
        ("Seit 2014 gehört sie zur Gruppe.", [("2014", "2014")]),
        ("Im Geschäftsjahr 2017 wuchs sie.", [("Geschäftsjahr 2017", "2017")]),
        ("Mitte Juli 2024 war es so weit.", [("Mitte Juli 2024", "2024-07")]),
        ("Dienstag, 3. Juni 2025: Einigung", [("Dienstag, 3. Juni 2025", "2025-06-03")]),
        ("Im ersten Halbjahr schrumpfte sie.", [("ersten Halbjahr", "2025")]),
        ("Q3 2024 war schwach.", [("Q3 2024", "2024")]),
    ],
)
def test_german(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text, "de") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal closed on June 3, 2025.", [("June 3, 2025", "2025-06-03")]),
        ("The deal closed on 3 June 2025.", [("3 June 2025", "2025-06-03")]),
        ("The deal closed Jun. 3 after talks.", [("Jun. 3", "2025-06-03")]),
        ("Fernwood was listed in 2014.", [("2014", "2014")]),
        ("Talks began in April.", [("April", "2025-04")]),
        ("Last year Fernwood grew.", [("Last year", "2024")]),
        ("It was agreed earlier this year.", [("earlier this year", "2025")]),
        ("The board met yesterday.", [("yesterday", "2025-06-20")]),
        ("Fernwood said on Tuesday it agreed.", [("Tuesday", "2025-06-17")]),
        ("Fernwood said last Saturday it agreed.", [("last Saturday", "2025-06-14")]),
        ("Revenue in fiscal 2017 rose.", [("fiscal 2017", "2017")]),
        ("FY2017 revenue rose.", [("FY2017", "2017")]),
        ("The offer expires Dec. 31.", [("Dec. 31", "2025-12-31")]),
        ("It opened in May 2025.", [("May 2025", "2025-05")]),
        ("It opened in May.", [("May", "2025-05")]),
        ("Closing is expected in the third quarter of 2024.", [("third quarter of 2024", "2024")]),
        ("Closing is expected by mid-2024.", [("mid-2024", "2024")]),
        ("It launched in late May.", [("late May", "2025-05")]),
        ("It launched on the 3rd of June.", [("3rd of June", "2025-06-03")]),
        ("Tuesday, June 3, 2025 - Fernwood", [("Tuesday, June 3, 2025", "2025-06-03")]),
        ("It sold the unit last month.", [("last month", "2025-05")]),
        ("It expects to close next year.", [("next year", "2026")]),
    ],
)
def test_english(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text, "en") == expected


def test_relative_dates_are_skipped_without_anchor() -> None:
    text = "Gestern, am Dienstag, Anfang Juni und im vergangenen Jahr, aber am 6. Januar 1926 und Ende 2025."
    assert dates(text, "de", None) == [("6. Januar 1926", "1926-01-06"), ("Ende 2025", "2025")]
    text = "yesterday, in April, last year, on June 3, 2025"
    assert dates(text, "en", None) == [("June 3, 2025", "2025-06-03")]


def test_partial_or_bad_anchor() -> None:
    assert dates("im vergangenen Jahr und gestern", "de", "2025") == [("vergangenen Jahr", "2024")]
    assert dates("gestern", "de", "not a date") == []
    assert dates("gestern", "de", "2025-02-30") == []


def test_month_after_the_anchor_month_is_last_year() -> None:
    assert dates("im Oktober", "de", "2025-03-10") == [("Oktober", "2024-10")]
    assert dates("im Mai", "de", "2025-03-10") == [("Mai", "2025-05")]


def test_a_month_placed_in_last_year_says_so() -> None:
    found = find_dates("im Oktober, im Mai, im Oktober 2024", "de", "2025-03-10")
    assert [(d.value, d.rolled_back) for d in found] == [
        ("2024-10", True),
        ("2025-05", False),
        ("2024-10", False),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Er sprach mit die Leute.", "de"),
        ("You may go now; we march on.", "en"),
        ("It cost $2015 and 2016 units.", "en"),
        ("Für 2015 Euro gab es nichts.", "de"),
        ("Es waren 2014 Mitarbeiter.", "de"),
        ("Version 1.2.3 und 1.234.567", "de"),
        ("H2 ist Wasserstoff.", "de"),
        ("Am 31. Februar 2025.", "de"),
        ("", "en"),
    ],
)
def test_no_dates(text: str, lang: str) -> None:
    assert dates(text, lang) == []


def test_unknown_language_finds_nothing() -> None:
    assert find_dates("June 3, 2025", "xx", ANCHOR) == []


PIECES = list("0123456789 .,-/%$€£¥'\u00a0abcdefJMQH") + [
    "Juni",
    "June",
    "Mrd.",
    "bn",
    "Prozent",
    "mehr als ",
    "am ",
    "in ",
    "gestern",
    "Ende ",
    "Dienstag",
    "Q",
]


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(st.sampled_from(PIECES), max_size=40).map("".join) | st.text(max_size=80),
    lang=st.sampled_from(["de", "en"]),
    anchor=st.sampled_from([None, ANCHOR, "2024-02-29", "2025"]),
)
def test_random_text_never_raises_and_spans_are_valid(text: str, lang: str, anchor: str | None) -> None:
    spans = [(m.start, m.end) for m in find_money(text, lang)]
    spans += [(p.start, p.end) for p in find_percents(text, lang)]
    spans += [(d.start, d.end) for d in find_dates(text, lang, anchor)]
    for start, end in spans:
        assert 0 <= start < end <= len(text)
