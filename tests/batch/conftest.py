"""A small corpus written for these tests, and a shared two-worker local Dask cluster."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from distributed import Client, LocalCluster

BUYERS = ["Nordlicht Robotics", "Falkenstein Energie AG", "Bluewater Analytics", "Harzer Maschinenbau GmbH"]
TARGETS = ["Kranich Software", "Seeadler Logistik GmbH", "Redfern Labs", "Moosbach Sensorik"]
EN_DEAL = [
    "{a} acquired {b} for $1.2 billion.",
    "{a} said on Tuesday it has agreed to buy {b} for 300 million euros in cash.",
    "{a} invested $40 million in {b}, the companies said.",
    "{b} hired Clara Westphal as chief financial officer. She joins from {a}.",
]
DE_DEAL = [
    "Die {a} übernimmt die {b} für 250 Millionen Euro.",
    "{a} hat die Übernahme von {b} abgeschlossen, teilten beide Unternehmen mit.",
    "{a} beteiligt sich mit 49 Prozent an {b}.",
]
NO_EVENT = [
    "The weather in Hamburg stayed grey and wet for most of the week.",
    "Die Stadtbibliothek öffnet am Sonntag ihre Türen für Besucher.",
    "Quarterly traffic at the regional airport rose slightly compared with last year.",
]
FILLER_EN = (
    " Analysts said the move fits the strategy of the group, which has grown steadily in recent years."
    " The company did not comment on further plans, and its shares were little changed in early trading."
)


def corpus(n: int, filler: int = 0) -> list[dict[str, str]]:
    """*n* documents: English and German deals and some texts without any event.

    *filler* appends that many neutral sentences pairs, to make documents slower to extract.
    """
    docs = []
    for i in range(n):
        a, b = BUYERS[i % len(BUYERS)], TARGETS[(i // len(BUYERS)) % len(TARGETS)]
        kind = i % 5
        if kind < 2:
            text, lang = EN_DEAL[i % len(EN_DEAL)].format(a=a, b=b), "en"
        elif kind < 4:
            text, lang = DE_DEAL[i % len(DE_DEAL)].format(a=a, b=b), "de"
        else:
            text = NO_EVENT[i % len(NO_EVENT)]
            lang = "de" if "Die " in text else "en"
        if filler and lang == "en":
            text += FILLER_EN * filler
        docs.append({"id": f"doc-{i:03d}", "lang": lang, "published": "2025-06-20", "text": text})
    return docs


def write_jsonl(path: Path, docs: list[dict[str, str]], bad_line_after: int | None = None) -> Path:
    lines = [json.dumps(doc, ensure_ascii=False) for doc in docs]
    if bad_line_after is not None:
        lines.insert(bad_line_after, '{"id": "broken", "text": ')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def client() -> Iterator[Client]:
    """Shared by the tests of this folder only: starting a cluster costs seconds."""
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
        ) as cluster,
        Client(cluster) as c,
    ):
        yield c


WriteCorpus = Callable[..., Path]


@pytest.fixture
def write_corpus() -> WriteCorpus:
    """``write_corpus(path, n, bad_line_after=None, filler=0)``: a JSONL file of the corpus."""

    def write(path: Path, n: int, bad_line_after: int | None = None, filler: int = 0) -> Path:
        return write_jsonl(path, corpus(n, filler), bad_line_after)

    return write
