"""parse_number: digits in each language's convention, number words, scale words."""

import pytest

from dealgraph.values import parse_number


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("1.234,5", "de", 1234.5),
        ("1,5", "de", 1.5),
        ("1.500", "de", 1500.0),
        ("1.250.000", "de", 1250000.0),
        ("1,234.5", "en", 1234.5),
        ("1,500", "en", 1500.0),
        ("1.500", "en", 1.5),
        ("1,5", "en", 1.5),
        ("14.3", "de", 14.3),
        ("0,500", "de", 0.5),
        ("10\u00a0000", "de", 10000.0),
        ("1'000.50", "de", 1000.5),
        ("neunundvierzig", "de", 49.0),
        ("Zweihundertfünfzig", "de", 250.0),
        ("fünfundzwanzigtausend", "de", 25000.0),
        ("forty-nine", "en", 49.0),
        ("two hundred and five", "en", 205.0),
        ("1,5 Mrd.", "de", 1.5e9),
        ("14.3bn", "en", 14.3e9),
        ("eine Milliarde", "de", 1e9),
        ("  42  ", "en", 42.0),
    ],
)
def test_parse(text: str, lang: str, value: float) -> None:
    assert parse_number(text, lang) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("", "de"), ("und", "de"), ("abc", "en"), ("12 apples", "en"), ("3", "xx"), ("9" * 400, "en")],
)
def test_not_a_number(text: str, lang: str) -> None:
    assert parse_number(text, lang) is None
