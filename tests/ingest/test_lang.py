"""detect_language: restricted to the supported languages, cached, stable on odd input."""

from __future__ import annotations

import py3langid
import pytest

from dealgraph.ingest import lang
from dealgraph.ingest.lang import detect_language

FRENCH = "Le groupe a annoncé le rachat de la société pour deux cents millions d'euros vendredi."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meta kauft Anteile", "de"),
        ("Der Konzern übernimmt das Startup für 14 Milliarden Dollar.", "de"),
        ("Meta buys a stake", "en"),
        ("The company agreed to acquire the startup for $14 billion.", "en"),
    ],
)
def test_german_and_english(text: str, expected: str) -> None:
    assert detect_language(text, ("de", "en")) == expected


def test_restriction_is_respected() -> None:
    assert detect_language(FRENCH, ("de", "en")) in {"de", "en"}
    assert detect_language(FRENCH, ("de", "en", "fr")) == "fr"
    assert detect_language(FRENCH, ("en",)) == "en"


def test_identifier_is_cached_per_language_set() -> None:
    detect_language("Der Konzern übernimmt das Startup.", ("de", "en"))
    first = lang._identifier(("de", "en"))
    assert lang._identifier(("de", "en")) is first
    assert first is not None
    assert set(first.nb_classes) == {"de", "en"}
    assert lang._identifier(("de", "en", "fr")) is not first


def test_global_py3langid_state_does_not_leak_in() -> None:
    """Another module restricting py3langid's shared identifier must not change ours."""
    py3langid.set_languages(["fr"])
    try:
        assert detect_language("The company agreed to acquire the startup.", ("de", "en")) == "en"
    finally:
        py3langid.set_languages(None)


@pytest.mark.parametrize("text", ["", "   ", "12345 678,90 %", "!!! ??? ---"])
def test_nothing_to_go_on_gives_the_first_language(text: str) -> None:
    assert detect_language(text, ("en", "de")) == "en"


def test_unknown_languages_are_ignored() -> None:
    assert detect_language("Der Konzern übernimmt das Startup.", ("xx", "de", "en")) == "de"
    assert detect_language("Der Konzern übernimmt das Startup.", ("xx", "yy")) == "xx"


def test_no_language_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        detect_language("text", ())


def test_all_caps_and_long_text() -> None:
    assert detect_language("ES HAT SICH HERAUSGESTELLT, DASS META VERSUCHT HAT", ("de", "en")) == "de"
    assert detect_language("The deal closed. " * 5000, ("de", "en")) == "en"
