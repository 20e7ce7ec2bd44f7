"""Validate the bundled gazetteer files (curated and generated from pytickersymbols)."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

LEXICONS = Path(__file__).resolve().parents[2] / "src" / "dealgraph" / "lexicons"
FILES = ("entities.curated.jsonl", "entities.listed.jsonl")
REQUIRED = {"id": str, "name": str, "kind": str, "aliases": list, "tags": list}
QID = re.compile(r"^Q\d+$")
SLUG_ID = re.compile(r"^dg:(org|person):[a-z0-9]+(?:-[a-z0-9]+)*$")
COMMON_ZIPF = 4.5


def _load(name: str) -> list[tuple[int, dict[str, Any]]]:
    rows = []
    with (LEXICONS / name).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            assert line.strip(), f"{name}:{number}: blank line"
            rows.append((number, json.loads(line)))
    return rows


@pytest.fixture(scope="module")
def entries() -> list[dict[str, Any]]:
    out = []
    for name in FILES:
        out.extend(entry for _, entry in _load(name))
    return out


@pytest.mark.parametrize("name", FILES)
def test_lines_are_objects_with_required_fields(name: str) -> None:
    rows = _load(name)
    assert rows, f"{name} is empty"
    for number, entry in rows:
        where = f"{name}:{number}"
        assert isinstance(entry, dict), where
        for field, typ in REQUIRED.items():
            assert isinstance(entry.get(field), typ), f"{where}: field {field!r}"
        assert "wikidata" in entry, f"{where}: field 'wikidata' missing"
        assert entry["kind"] in {"org", "person"}, where
        assert entry["name"].strip() == entry["name"] and entry["name"], where
        assert all(isinstance(a, str) and a.strip() == a and a for a in entry["aliases"]), where
        assert all(isinstance(t, str) and t for t in entry["tags"]), where


def test_sizes(entries: list[dict[str, Any]]) -> None:
    curated = _load("entities.curated.jsonl")
    assert len(curated) >= 1200
    assert sum(1 for _, e in curated if e["kind"] == "person") >= 300
    assert len(entries) > len(curated)


def test_ids_unique_and_well_formed(entries: list[dict[str, Any]]) -> None:
    seen: set[str] = set()
    for entry in entries:
        assert entry["id"] not in seen, f"duplicate id {entry['id']}"
        seen.add(entry["id"])
        qid = entry["wikidata"]
        assert qid is None or (isinstance(qid, str) and QID.match(qid)), entry["id"]
        if qid is not None:
            assert entry["id"] == qid, entry["id"]
        else:
            assert SLUG_ID.match(entry["id"]), entry["id"]
            assert entry["id"].split(":")[1] == entry["kind"], entry["id"]


def test_wikidata_ids_unique(entries: list[dict[str, Any]]) -> None:
    qids = [e["wikidata"] for e in entries if e["wikidata"]]
    assert len(qids) == len(set(qids))


def test_no_surface_form_shared_unless_ambiguous(entries: list[dict[str, Any]]) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    by_id = {e["id"]: e for e in entries}
    for entry in entries:
        for text in [entry["name"], *entry["aliases"]]:
            owners[text.casefold()].add(entry["id"])
    clashes = {
        text: sorted(ids)
        for text, ids in owners.items()
        if len(ids) > 1 and not all("ambiguous" in by_id[i]["tags"] for i in ids)
    }
    assert not clashes


def _single_word(text: str) -> bool:
    from wordfreq import tokenize

    return all(len(tokenize(text.lower(), lang)) == 1 for lang in ("en", "de"))


def test_no_common_word_alias_unless_ambiguous(entries: list[dict[str, Any]]) -> None:
    from wordfreq import zipf_frequency

    bad = []
    for entry in entries:
        if "ambiguous" in entry["tags"]:
            continue
        for text in [entry["name"], *entry["aliases"]]:
            if not _single_word(text):
                continue
            word = text.lower()
            if any(zipf_frequency(word, lang) >= COMMON_ZIPF for lang in ("en", "de")):
                bad.append((entry["id"], text))
    assert not bad


def test_persons_have_full_names(entries: list[dict[str, Any]]) -> None:
    for entry in entries:
        if entry["kind"] == "person":
            assert len(entry["name"].split()) >= 2, entry["name"]


def test_person_single_word_aliases_are_not_common_surnames(entries: list[dict[str, Any]]) -> None:
    common = {"smith", "müller", "mueller", "wang", "li", "zhang", "schmidt", "meyer", "lee", "kim"}
    for entry in entries:
        if entry["kind"] == "person":
            for alias in entry["aliases"]:
                assert alias.casefold() not in common, (entry["name"], alias)


def test_listed_entries_have_index_tags() -> None:
    for number, entry in _load("entities.listed.jsonl"):
        assert entry["kind"] == "org", number
        assert entry["tags"][0] == "listed", number
        assert len(entry["tags"]) >= 2, number
        assert isinstance(entry.get("tickers"), list), number
        short_tickers = {t.casefold() for t in entry["tickers"] if len(t) < 3}
        assert not {a.casefold() for a in entry["aliases"]} & short_tickers, number


def test_curated_wins_over_listed() -> None:
    import importlib.util

    script = Path(__file__).resolve().parents[2] / "scripts" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    curated = {
        module.fold_name(text)
        for _, e in _load("entities.curated.jsonl")
        for text in [e["name"], *e["aliases"]]
    }
    for _, entry in _load("entities.listed.jsonl"):
        assert module.fold_name(entry["name"]) not in curated, entry["name"]
    assert module.fold_name("Siemens AG") == module.fold_name("Siemens")
    assert module.fold_name("Siemens Healthineers AG") != module.fold_name("Siemens")


def test_listed_file_is_sorted() -> None:
    ids = [e["id"] for _, e in _load("entities.listed.jsonl")]
    assert ids == sorted(ids)
