"""Whatever text comes in, extraction never raises and its events follow SCHEMA.md."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dealgraph.model import Document
from dealgraph.pipeline import extract_document
from dealgraph.schema import EVENT_TYPES, STATUSES

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SENTENCES = [
    "Bluefin Analytics agreed to acquire Corvid Labs for $1.2 billion",
    "Corvid Labs was acquired by Bluefin Analytics in 2019.",
    "Jane Holloway, the former chief executive of Corvid Labs, will join",
    "Bluefin Analytics denied reports that it is in talks to buy",
    "Die Nordlicht Robotics GmbH hat die Kranich Software AG übernommen.",
    "Insidern zufolge verhandelt die Nordlicht Robotics GmbH über eine Übernahme der",
    "Kranich-Chef Heiko Brandt sagte, das Unternehmen",
    "Der Chiphersteller Tessel Energy und die Kranich Software AG fusionieren",
    "für mehr als 14 Milliarden Dollar 49 Prozent Anfang Juni",
    "CEO Marcus Feld, Mitbegründer von Corvid Labs, wechselt zu",
]

fragments = st.sampled_from(SENTENCES).flatmap(
    lambda s: st.integers(0, len(s)).flatmap(
        lambda cut: st.sampled_from([s[:cut], s[cut:], s[: cut // 2] + s[cut:]])
    )
)
html_bits = st.sampled_from(
    ["<p>", "</p>", "<br/>", "&amp;", "<script>alert(1)</script>", "<a href='x'>", "&nbsp;", "-->", "<!--"]
)
odd = st.sampled_from(
    [
        "\x00",
        "\x07",
        "\u200b",
        "\ufeff",
        "\u202e",
        "\r",
        "\r\n",
        "\t",
        "\n\n",
        "-",
        "--",
        "—",
        "Ⅻ",
        "ﬁ",
        "𝔐eta",
        "Метa",
        "株式会社",
        "مرحبا",
        "👩‍💻",
        "ß",
        "İ",
    ]
)
long_word = st.integers(50, 3000).map(lambda n: "Übernahme" * (n // 9) + "-" + "x" * (n % 97))
pieces = st.one_of(fragments, html_bits, odd, long_word, st.text(max_size=40))
texts = st.lists(pieces, max_size=25).map(" ".join)


def _check(text: str, lang: str) -> None:
    result = extract_document(Document("fuzz", text, lang=lang, published="2025-06-21"))
    assert isinstance(result["events"], list)
    for event in result["events"]:
        _check_event(event, text)


def _check_event(event: dict[str, Any], text: str) -> None:
    assert event["type"] in EVENT_TYPES
    spec = EVENT_TYPES[event["type"]]
    for role in spec.key_roles:
        value = event["roles"].get(role)
        assert value, (role, event)
        names = value if isinstance(value, list) else [value]
        assert all(isinstance(n, str) and n.strip() for n in names)
        if spec.multi_party:
            assert len(names) >= 2
    if spec.has_status:
        assert event["status"] in STATUSES
    else:
        assert event.get("status") is None
    start, end = event["evidence_span"]
    assert 0 <= start <= end <= len(text)
    assert event["evidence"] == text[start:end]
    assert 0.0 <= event["confidence"] <= 1.0


@SETTINGS
@given(text=texts, lang=st.sampled_from(["de", "en"]))
def test_mixed_text_never_raises(text: str, lang: str) -> None:
    _check(text, lang)


@SETTINGS
@given(text=st.text(max_size=400), lang=st.sampled_from(["de", "en"]))
def test_any_unicode_never_raises(text: str, lang: str) -> None:
    _check(text, lang)


@SETTINGS
@given(data=st.binary(max_size=600), lang=st.sampled_from(["de", "en"]))
def test_random_bytes_never_raise(data: bytes, lang: str) -> None:
    _check(data.decode("utf-8", errors="replace"), lang)


@SETTINGS
@given(
    sentences=st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=8),
    sep=st.sampled_from([" ", "\n", "\n\n"]),
    lang=st.sampled_from(["de", "en"]),
)
def test_whole_sentences_give_schema_events(sentences: list[str], sep: str, lang: str) -> None:
    _check(sep.join(sentences), lang)


def test_no_language_given() -> None:
    for text in [
        "",
        " ",
        "Bluefin Analytics acquired Corvid Labs.",
        "Die Kranich Software AG wurde übernommen.",
    ]:
        result = extract_document(Document("nolang", text))
        for event in result["events"]:
            _check_event(event, text)


def test_a_reference_ending_the_text_after_a_comma() -> None:
    """Found by the property test above: "das Unternehmen" as the text's last words after a comma."""
    _check("Kranich-Chef Heiko Brandt sagte, das Unternehmen", "de")
