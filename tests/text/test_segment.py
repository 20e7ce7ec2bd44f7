"""Sentences and tokens: line structure, hard wraps, hyphen compounds, offsets."""

from __future__ import annotations

import pytest

from dealgraph.model import Analysis, Document
from dealgraph.text import segment


def _segment(text: str, lang: str = "en") -> Analysis:
    analysis = Analysis(Document("t", text, lang=lang))
    analysis.lang = lang
    segment(analysis)
    return analysis


def _check_offsets(a: Analysis) -> None:
    for tok in a.tokens:
        assert a.text[tok.start : tok.end] == tok.text
        assert 0 <= tok.sent < len(a.sentences)
    for i, sent in enumerate(a.sentences):
        assert a.text[sent.start : sent.end] == sent.text
        assert sent.first_token < sent.end_token
        assert all(t.sent == i for t in a.tokens[sent.first_token : sent.end_token])


def test_headline_line_stays_separate() -> None:
    text = (
        "Nordlicht Robotics kauft Kranich Software\nDie Nordlicht "
        "Robotics GmbH hat die Kranich Software AG übernommen."
    )
    a = _segment(text, "de")
    _check_offsets(a)
    assert len(a.sentences) == 2
    assert a.sentences[0].text == "Nordlicht Robotics kauft Kranich Software"
    assert a.sentences[0].headline
    assert a.sentences[1].text.startswith("Die Nordlicht Robotics GmbH")
    assert not a.sentences[1].headline


def test_navigation_lines_do_not_glue_onto_text() -> None:
    text = "Kategorien\nGalerie öffnen\nBluefin Analytics acquired Corvid Labs."
    a = _segment(text)
    _check_offsets(a)
    assert [s.text for s in a.sentences] == [
        "Kategorien",
        "Galerie öffnen",
        "Bluefin Analytics acquired Corvid Labs.",
    ]


def test_hard_wrapped_lines_join_into_one_sentence() -> None:
    text = (
        "Bluefin Analytics said on Tuesday that it had agreed to acquire the\n"
        "robotics start-up Corvid Labs for an undisclosed sum.\n"
    )
    a = _segment(text)
    _check_offsets(a)
    assert len(a.sentences) == 1
    assert a.sentences[0].text.endswith("undisclosed sum.")
    assert "\n" in a.sentences[0].text


def test_two_sentences_in_one_paragraph() -> None:
    a = _segment("Bluefin Analytics acquired Corvid Labs. Jane Holloway will join Bluefin Analytics as CEO.")
    _check_offsets(a)
    assert len(a.sentences) == 2


def test_a_unit_glued_to_its_number_ends_a_sentence() -> None:
    a = _segment("Bluefin paid £610m. CEO Jane Holloway called it cheap. The call began at 10 a.m. sharp.")
    _check_offsets(a)
    assert len(a.sentences) == 3


def test_german_abbreviation_does_not_split() -> None:
    a = _segment("Die Kranich Software AG zahlte rund 1,5 Mrd. Euro z. B. für Lizenzen und Personal.", "de")
    _check_offsets(a)
    assert len(a.sentences) == 1


def test_hyphen_compound_is_split_with_offsets() -> None:
    text = "Kranich-Chef Heiko Brandt sagte, man sei zufrieden."
    a = _segment(text, "de")
    _check_offsets(a)
    words = [t.text for t in a.tokens]
    assert words[:3] == ["Kranich", "-", "Chef"]
    kranich, hyphen, chef = a.tokens[:3]
    assert (kranich.start, kranich.end) == (0, 7)
    assert (hyphen.start, hyphen.end) == (7, 8)
    assert (chef.start, chef.end) == (8, 12)


@pytest.mark.parametrize("text", ["", "   \n\n  ", "\x00\x01", "-", "a-", "-b", "---"])
def test_degenerate_input(text: str) -> None:
    a = _segment(text)
    _check_offsets(a)


def test_very_long_sentence_is_capped_but_offsets_hold() -> None:
    text = " ".join(["Corvid"] * 1500) + "."
    a = _segment(text)
    _check_offsets(a)
    assert len(a.sentences) >= 2
    assert sum(s.end_token - s.first_token for s in a.sentences) == len(a.tokens)


def test_a_dateline_starts_a_new_sentence_after_a_caption_line() -> None:
    text = (
        "Das Unternehmen schnitt besser ab als von vielen erwartet Foto: Jana Kessler\n"
        "Hannover (dpa) - Der Versicherer Talvoran sieht sich im Aufwind."
    )
    a = _segment(text, "de")
    assert [s.text for s in a.sentences][-1].startswith("Hannover (dpa) -")


def test_a_determiner_glued_to_the_dateline_is_its_own_token() -> None:
    a = _segment("München/DüsseldorfDer Werbekonzern Orvato kauft Lumen Forge.", "de")
    assert [t.text for t in a.tokens][:5] == ["München", "/", "Düsseldorf", "Der", "Werbekonzern"]


def test_a_web_domain_stays_one_token_and_a_full_stop_after_it_ends_the_sentence() -> None:
    a = _segment("Er kaufte Wandertraum.de. Danach kam Booking.com dazu.", "de")
    words = [t.text for t in a.tokens]
    assert "Wandertraum.de" in words and "Booking.com" in words
    assert len(a.sentences) == 2
    _check_offsets(a)
