"""Percentages in German and English, with qualifiers and number words."""

import pytest

from dealgraph.values import find_percents


@pytest.mark.parametrize(
    ("text", "lang", "span", "value", "qualifier"),
    [
        ("Silberpfeil übernimmt 49 % an Teichwerk.", "de", "49 %", 49.0, "exact"),
        ("Silberpfeil übernimmt 49% an Teichwerk.", "de", "49%", 49.0, "exact"),
        ("Silberpfeil übernimmt 49 Prozent an Teichwerk.", "de", "49 Prozent", 49.0, "exact"),
        ("Es sind neunundvierzig Prozent.", "de", "neunundvierzig Prozent", 49.0, "exact"),
        ("Sie hält mehr als 50 Prozent.", "de", "mehr als 50 Prozent", 50.0, "more_than"),
        ("eine 49-prozentige Beteiligung", "de", "49-prozentige", 49.0, "exact"),
        ("Die Zinsen stiegen auf 0,5 Prozent.", "de", "0,5 Prozent", 0.5, "exact"),
        ("Fünfzig Prozent gehören dem Gründer.", "de", "Fünfzig Prozent", 50.0, "exact"),
        ("bis zu 25 % der Anteile", "de", "bis zu 25 %", 25.0, "up_to"),
        ("Orchid bought 49 percent of Lattice.", "en", "49 percent", 49.0, "exact"),
        ("Orchid bought 49 per cent of Lattice.", "en", "49 per cent", 49.0, "exact"),
        ("Orchid took a 49% stake.", "en", "49%", 49.0, "exact"),
        ("Orchid took a 12.5-percent stake.", "en", "12.5-percent", 12.5, "exact"),
        ("It owns forty-nine percent.", "en", "forty-nine percent", 49.0, "exact"),
        ("It owns more than 50% of Lattice.", "en", "more than 50%", 50.0, "more_than"),
        ("Sales grew about 10 pct.", "en", "about 10 pct", 10.0, "about"),
    ],
)
def test_percent(text: str, lang: str, span: str, value: float, qualifier: str) -> None:
    found = find_percents(text, lang)
    assert len(found) == 1, found
    p = found[0]
    assert (text[p.start : p.end], p.value, p.qualifier) == (span, value, qualifier)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Der Zins stieg um 3 Prozentpunkte.", "de"),
        ("Margins rose 3 percentage points.", "en"),
        ("Sie kaufte 49 Anteile.", "de"),
        ("", "en"),
        ("%%% Prozent", "de"),
    ],
)
def test_no_percent(text: str, lang: str) -> None:
    assert find_percents(text, lang) == []


def test_two_percentages() -> None:
    text = "Der Anteil stieg von 25,1 Prozent auf 75 %."
    assert [p.value for p in find_percents(text, "de")] == [25.1, 75.0]
