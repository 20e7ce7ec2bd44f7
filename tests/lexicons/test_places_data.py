"""Validate the generated place lists ``<lang>.places.json`` (``scripts/build_places.py``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dealgraph.mentions.lexicon import _place_list, lexicon
from dealgraph.model import Document
from dealgraph.pipeline import analyse
from dealgraph.text.phrases import words_of
from dealgraph.text.tokenize import tokens

LEXICONS = Path(__file__).resolve().parents[2] / "src" / "dealgraph" / "lexicons"
LANGS = ("en", "de")


def _data(lang: str) -> dict[str, Any]:
    with (LEXICONS / f"{lang}.places.json").open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


@pytest.mark.parametrize("lang", LANGS)
def test_file_shape(lang: str) -> None:
    data = _data(lang)
    assert set(data) == {"source", "places"}
    assert isinstance(data["source"], str) and data["source"].strip()
    assert isinstance(data["places"], list) and len(data["places"]) > 1000


@pytest.mark.parametrize("lang", LANGS)
def test_entries_are_clean_sorted_and_unique(lang: str) -> None:
    places = _data(lang)["places"]
    assert all(isinstance(p, str) and p.strip() for p in places)
    assert all(p == " ".join(p.split()) for p in places), "stray whitespace"
    assert places == sorted(places)
    assert len(places) == len(set(places))


@pytest.mark.parametrize("lang", LANGS)
def test_entries_tokenize_as_the_lexicon_stores_them(lang: str) -> None:
    """A place the tokenizer cuts differently from ``words_of`` could never match."""
    for place in _data(lang)["places"]:
        assert tuple(place[a:b].casefold() for a, b in tokens(place, lang)) == words_of(place), place


@pytest.mark.parametrize(
    ("lang", "place"),
    [
        ("en", "Venezuela"),
        ("en", "Ecuador"),
        ("en", "Eindhoven"),
        ("en", "Waltham"),
        ("en", "Oberursel"),
        ("en", "Munich"),
        ("en", "Cologne"),
        ("en", "Milan"),
        ("en", "Beijing"),
        ("en", "California"),
        ("en", "Lower Saxony"),
        ("en", "Ticino"),
        ("en", "Czech Republic"),
        ("de", "Venezuela"),
        ("de", "Ecuador"),
        ("de", "Eindhoven"),
        ("de", "Oberursel"),
        ("de", "München"),
        ("de", "Köln"),
        ("de", "Mailand"),
        ("de", "Peking"),
        ("de", "Kalifornien"),
        ("de", "Niedersachsen"),
        ("de", "Tessin"),
        ("de", "Elfenbeinküste"),
    ],
)
def test_known_places_are_listed(lang: str, place: str) -> None:
    assert place in _data(lang)["places"]
    assert words_of(place) in lexicon(lang).places


@pytest.mark.parametrize(
    ("lang", "name"),
    [
        ("en", "Jordan"),
        ("en", "Georgia"),
        ("en", "Essen"),
        ("en", "Turkey"),
        ("en", "Charlotte"),
        ("en", "Reading"),
        ("en", "US"),
        ("en", "Kalifornien"),  # German spelling
        ("de", "Jordan"),
        ("de", "Essen"),
        ("de", "Halle"),
        ("de", "Hof"),
        ("de", "Zug"),
        ("de", "Siegen"),
        ("de", "Münchner"),  # no "-er" adjectives
        ("de", "Beijing"),  # English spelling
    ],
)
def test_names_and_words_are_not_listed(lang: str, name: str) -> None:
    assert name not in _data(lang)["places"]


def test_jordan_is_no_place_of_the_lexicon() -> None:
    for lang in LANGS:
        assert ("jordan",) not in lexicon(lang).places


def test_hand_written_places_are_kept() -> None:
    """The generated list adds to ``place_names``; it replaces nothing."""
    for lang in LANGS:
        hand = json.loads((LEXICONS / f"{lang}.mentions.json").read_text(encoding="utf-8"))["place_names"]
        assert {words_of(p) for p in hand} <= lexicon(lang).places


def test_language_without_a_places_file() -> None:
    assert _place_list("xx") == []


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "Orbital Dynamics bought bonds from a bank in Ecuador.", "Ecuador"),
        ("en", "Quillfeather Systems, based in Eindhoven, hired Mara Velden.", "Eindhoven"),
        ("de", "Die Lindqvist Robotik GmbH kauft Anleihen einer Bank in Ecuador.", "Ecuador"),
        ("de", "Quillfeather Systeme aus Oberursel übernimmt einen Zulieferer.", "Oberursel"),
    ],
)
def test_place_is_no_organisation_mention(lang: str, text: str, place: str) -> None:
    mentions = analyse(Document("t", text, lang=lang)).mentions
    assert mentions, "the company should still be found"
    assert not [m for m in mentions if place in m.text], [(m.text, m.kind) for m in mentions]
