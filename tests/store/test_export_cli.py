"""Exports (FollowTheMoney, GraphML, CSV) and the store commands end to end."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from dealgraph.cli import main
from dealgraph.store import Store
from dealgraph.store.export import EXPORTERS

Corpus = Any


def test_ftm_export_validates_with_followthemoney(store: Store, corpus: Corpus) -> None:
    from followthemoney import model

    corpus.ingest_all(store)
    out = io.StringIO()
    EXPORTERS["ftm"](store, out)
    proxies = [model.get_proxy(json.loads(line)) for line in out.getvalue().splitlines()]
    schemata = {p.schema.name for p in proxies}
    assert {"Company", "Person", "Ownership", "Employment", "Event"} <= schemata
    for proxy in proxies:
        assert model.get_proxy(proxy.to_dict()).to_dict() == proxy.to_dict()
        if proxy.schema.name in ("Ownership", "Employment", "Event"):
            assert proxy.get("sourceUrl")
    ownership = next(p for p in proxies if p.schema.name == "Ownership")
    assert ownership.get("sharesValue") == ["1500000000.0"]


def test_graphml_export_is_valid_xml(store: Store, corpus: Corpus) -> None:
    corpus.ingest_all(store)
    out = io.StringIO()
    assert EXPORTERS["graphml"](store, out) >= 3
    root = ET.fromstring(out.getvalue())
    assert root.tag.endswith("graphml")


def test_csv_export_has_one_row_per_event(store: Store, corpus: Corpus) -> None:
    corpus.ingest_all(store)
    out = io.StringIO()
    assert EXPORTERS["csv"](store, out) == 3
    assert len(out.getvalue().strip().splitlines()) == 4


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "ftm", "graphml"])
def test_commands_ingest_query_and_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    src = tmp_path / "a.txt"
    src.write_text("Falkenstein Bank walked away from talks to acquire Moorhof Energie.\n", encoding="utf-8")
    assert main(["ingest", str(src), "--published", "2024-08-01", "--db", db]) == 0
    assert "1 new" in capsys.readouterr().err
    assert main(["ingest", str(src), "--published", "2024-08-01", "--db", db]) == 0
    assert "1 unchanged" in capsys.readouterr().err
    assert (
        main(["events", "--status", "failed", "--entity", "Falkenstein Bank", "--format", "json", "--db", db])
        == 0
    )
    assert json.loads(capsys.readouterr().out)["total"] == 1
    assert main(["entity", "Nobody Inc", "--db", db]) == 1
    assert "no entity" in capsys.readouterr().err
    out = tmp_path / f"out.{fmt}"
    assert main(["export", "--format", fmt, "--db", db, "-o", str(out)]) == 0
    assert out.stat().st_size > 0


def test_ingest_exits_1_when_a_document_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    assert main(["ingest", str(tmp_path / "missing.txt"), "--db", db]) == 1
    assert "1 failed" in capsys.readouterr().err
