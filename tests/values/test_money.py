"""Money amounts with qualifiers, currencies and German/English number formats."""

import pytest

from dealgraph.values import find_money


def one(text: str, lang: str) -> tuple[str, float, str, str]:
    found = find_money(text, lang)
    assert len(found) == 1, found
    m = found[0]
    return text[m.start : m.end], m.value, m.currency, m.qualifier


@pytest.mark.parametrize(
    ("text", "span", "value", "currency", "qualifier"),
    [
        (
            "Kranich zahlt mehr als 14 Milliarden Dollar.",
            "mehr als 14 Milliarden Dollar",
            14e9,
            "USD",
            "more_than",
        ),
        ("Der Fonds gibt bis zu 100 Millionen Dollar.", "bis zu 100 Millionen Dollar", 1e8, "USD", "up_to"),
        ("Geplant sind bis zu 100 Mio. Euro.", "bis zu 100 Mio. Euro", 1e8, "EUR", "up_to"),
        ("Der Preis lag bei US$ 2 Mrd. für Wolkenhain.", "US$ 2 Mrd.", 2e9, "USD", "exact"),
        ("Sie bietet 1,5 Mrd. € für Fjordtech.", "1,5 Mrd. €", 1.5e9, "EUR", "exact"),
        ("Der Umsatz betrug 551 Mio. Euro.", "551 Mio. Euro", 551e6, "EUR", "exact"),
        ("Es geht um rund 2 Milliarden Euro.", "rund 2 Milliarden Euro", 2e9, "EUR", "about"),
        ("Alpenblick kostet CHF 1,2 Mrd.", "CHF 1,2 Mrd.", 1.2e9, "CHF", "exact"),
        ("Sie investierte 10 Millionen Franken.", "10 Millionen Franken", 1e7, "CHF", "exact"),
        ("Der 100-Millionen-Euro-Deal ist fertig.", "100-Millionen-Euro", 1e8, "EUR", "exact"),
        ("Die Bank zahlt eine Milliarde Euro.", "eine Milliarde Euro", 1e9, "EUR", "exact"),
        ("Über 3 Mrd. EUR flossen.", "Über 3 Mrd. EUR", 3e9, "EUR", "more_than"),
        ("Nordwerk übernimmt Seeblick für $14.3bn.", "$14.3bn", 14.3e9, "USD", "exact"),
        ("Der Kaufpreis: 1.250.000 Euro.", "1.250.000 Euro", 1.25e6, "EUR", "exact"),
        ("Der Kaufpreis: 2.500,50 Euro.", "2.500,50 Euro", 2500.5, "EUR", "exact"),
        ("Die Aktie kostet 47,08 Euro.", "47,08 Euro", 47.08, "EUR", "exact"),
        ("Das Papier fiel um 50 Cent.", "50 Cent", 0.5, "EUR", "exact"),
        ("Bezahlt wurden 300 Mrd. Yen.", "300 Mrd. Yen", 3e11, "JPY", "exact"),
        ("knapp 5 Millionen Pfund", "knapp 5 Millionen Pfund", 5e6, "GBP", "about"),
    ],
)
def test_german(text: str, span: str, value: float, currency: str, qualifier: str) -> None:
    assert one(text, "de") == (span, pytest.approx(value), currency, qualifier)


@pytest.mark.parametrize(
    ("text", "span", "value", "currency", "qualifier"),
    [
        ("Brightwater agreed to pay $14.3bn for Calder.", "$14.3bn", 14.3e9, "USD", "exact"),
        ("Brightwater agreed to pay $14.3 billion.", "$14.3 billion", 14.3e9, "USD", "exact"),
        ("The bid values Lumo at €1.5bn.", "€1.5bn", 1.5e9, "EUR", "exact"),
        ("Ardent raised $900M in its Series C.", "$900M", 9e8, "USD", "exact"),
        ("The deal is worth $5.8 billion.", "$5.8 billion", 5.8e9, "USD", "exact"),
        ("It spent nearly $1 billion on startups.", "nearly $1 billion", 1e9, "USD", "about"),
        ("Offers of more than $30 billion were made.", "more than $30 billion", 3e10, "USD", "more_than"),
        ("Quillon bought the unit for £300m.", "£300m", 3e8, "GBP", "exact"),
        ("Kumo will invest ¥500 billion.", "¥500 billion", 5e11, "JPY", "exact"),
        ("Shares closed at $47.08 on Friday.", "$47.08", 47.08, "USD", "exact"),
        ("Shares rose 61 cents.", "61 cents", 0.61, "USD", "exact"),
        ("It paid two billion dollars.", "two billion dollars", 2e9, "USD", "exact"),
        ("It may raise up to $2bn.", "up to $2bn", 2e9, "USD", "up_to"),
        ("HK$3.2bn was raised in Hong Kong.", "HK$3.2bn", 3.2e9, "HKD", "exact"),
        ("The fund holds about 4.5 million euros.", "about 4.5 million euros", 4.5e6, "EUR", "about"),
        ("The price was $1,234.50 a unit.", "$1,234.50", 1234.5, "USD", "exact"),
        ("Revenue reached CHF 1.2 billion.", "CHF 1.2 billion", 1.2e9, "CHF", "exact"),
    ],
)
def test_english(text: str, span: str, value: float, currency: str, qualifier: str) -> None:
    assert one(text, "en") == (span, pytest.approx(value), currency, qualifier)


def test_english_format_inside_german_text() -> None:
    text = "Wie Reuters berichtet, bietet Nordwerk $14.3bn und zusätzlich 1.5 Milliarden Euro."
    found = find_money(text, "de")
    assert [(m.value, m.currency) for m in found] == [(pytest.approx(14.3e9), "USD"), (1.5e9, "EUR")]


def test_several_amounts_in_one_sentence() -> None:
    text = "Brightwater paid $2bn in cash and €500m in shares, or about $2.5 billion in total."
    found = find_money(text, "en")
    assert [text[m.start : m.end] for m in found] == ["$2bn", "€500m", "about $2.5 billion"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Firma hat 14 Milliarden an Schulden.", "de"),
        ("Im Jahr 2015 begann alles.", "de"),
        ("In 2015 it had 3,000 employees.", "en"),
        ("Die EM Euro 2024 war ein Erfolg.", "de"),
        ("", "de"),
        ("€€€ $$$ bn Mrd.", "de"),
        ("$", "en"),
    ],
)
def test_no_money(text: str, lang: str) -> None:
    assert find_money(text, lang) == []


def test_year_after_dollar_sign_is_money_not_a_year() -> None:
    assert one("It cost $2015.", "en") == ("$2015", 2015.0, "USD", "exact")


def test_huge_numbers_do_not_break() -> None:
    assert find_money("$" + "9" * 400 + " billion", "en") == []
    big = find_money("$999,999,999,999 trillion", "en")
    assert big and big[0].value == pytest.approx(999_999_999_999e12)


def test_unknown_language_finds_nothing() -> None:
    assert find_money("$5 billion", "xx") == []


def test_language_tags_are_normalised() -> None:
    assert find_money("5 Mio. Euro", "de-DE")[0].value == 5e6
    assert find_money("$5m", "EN")[0].value == 5e6
