"""Language data: one set of files per language, loaded once.

``<lang>.mentions.json`` (names, titles, legal forms), ``<lang>.events.json`` (triggers
and status cues) and ``<lang>.values.json`` (numbers, money, dates) hold everything a
language needs, so a new language is a new set of files, not new code.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

DEFAULT_LANGUAGE = "en"


@cache
def available_languages() -> tuple[str, ...]:
    """Languages with an events lexicon (the ones extraction supports)."""
    names = (p.name for p in resources.files(__package__).iterdir())
    return tuple(sorted(n.split(".")[0] for n in names if n.endswith(".events.json")))


@cache
def load(lang: str, part: str) -> dict[str, Any]:
    """The ``part`` lexicon of ``lang`` (e.g. ``load("de", "events")``)."""
    path = resources.files(__package__) / f"{lang}.{part}.json"
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def data_path(name: str) -> Any:
    """A packaged data file of this folder (a ``Traversable``)."""
    return resources.files(__package__) / name
