"""``dealgraph extract`` as a user runs it: formats, inputs, options and exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dealgraph.cli import main

EN = "Bluefin Analytics acquired Corvid Labs.\n"
DE = "Die Nordlicht Robotics GmbH hat die Kranich Software AG übernommen.\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(["extract", *argv])
    except SystemExit as exc:  # argparse reports usage errors by exiting
        code = exc.code if isinstance(exc.code, int) else 2
    out, err = capsys.readouterr()
    return code, out, err


def jsonl(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.fixture()
def en_file(tmp_path: Path) -> Path:
    path = tmp_path / "bluefin.txt"
    path.write_text(EN, encoding="utf-8")
    return path


def _acquisitions(result: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in result["events"] if e["type"] == "acquisition"]


def test_json_format(capsys: pytest.CaptureFixture[str], en_file: Path) -> None:
    code, out, err = run(capsys, str(en_file), "--lang", "en", "--format", "json")
    assert code == 0, err
    results = json.loads(out)
    assert isinstance(results, list) and len(results) == 1
    event = _acquisitions(results[0])[0]
    assert event["roles"] == {"acquirer": "Bluefin Analytics", "target": "Corvid Labs"}
    assert err == ""


def test_jsonl_format(capsys: pytest.CaptureFixture[str], en_file: Path) -> None:
    code, out, _ = run(capsys, str(en_file), "--format", "jsonl")
    assert code == 0
    (result,) = jsonl(out)
    assert result["lang"] == "en"
    assert _acquisitions(result)


def test_table_format(capsys: pytest.CaptureFixture[str], en_file: Path) -> None:
    code, out, _ = run(capsys, str(en_file))
    assert code == 0
    assert "Bluefin Analytics" in out and "Corvid Labs" in out
    assert "acquisition" in out.lower()


def test_published_anchors_dates(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "march.txt"
    path.write_text(
        "Bluefin Analytics' acquisition of Corvid Labs was completed in March.\n", encoding="utf-8"
    )
    code, out, _ = run(capsys, str(path), "--lang", "en", "--published", "2024-05-02", "--format", "jsonl")
    assert code == 0
    (result,) = jsonl(out)
    assert result["published"] == "2024-05-02"
    assert _acquisitions(result)[0]["date"] == "2024-03"


def test_german_lang_option(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "kranich.txt"
    path.write_text(DE, encoding="utf-8")
    code, out, _ = run(capsys, str(path), "--lang", "de", "--format", "jsonl")
    assert code == 0
    (result,) = jsonl(out)
    assert result["lang"] == "de"
    assert _acquisitions(result)[0]["roles"]["target"] == "Kranich Software AG"


def test_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(EN.encode()), encoding="utf-8"))
    code, out, err = run(capsys, "-", "--lang", "en", "--format", "jsonl")
    assert code == 0, err
    (result,) = jsonl(out)
    assert _acquisitions(result)


def test_directory(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Marcus Feld left Corvid Labs.\n", encoding="utf-8")
    code, out, err = run(capsys, str(tmp_path), "--lang", "en", "--format", "jsonl")
    assert code == 0, err
    results = jsonl(out)
    assert len(results) == 2
    assert {Path(r["doc"]).name for r in results} == {"a.txt", "b.txt"}


def _bad(tmp_path: Path, kind: str) -> tuple[list[str], str]:
    """A bad document: the arguments that name it and a word its stderr line must carry."""
    if kind == "missing":
        return [str(tmp_path / "missing.txt")], "missing.txt"
    if kind == "binary":
        path = tmp_path / "blob.bin"
        path.write_bytes(b"\x00\x01\x02PK\x03\x04" * 40)
        return [str(path)], "blob.bin"
    if kind == "empty":
        path = tmp_path / "empty.txt"
        path.write_text("", encoding="utf-8")
        return [str(path)], "empty.txt"
    path = tmp_path / "big.txt"
    path.write_text(EN * 50, encoding="utf-8")
    return [str(path), "--max-bytes", "100"], "big.txt"


@pytest.mark.parametrize("kind", ["missing", "binary", "empty", "too_large"])
def test_bad_document_exit_1_and_others_go_on(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, en_file: Path, kind: str
) -> None:
    args, name = _bad(tmp_path, kind)
    code, out, err = run(capsys, str(en_file), *args, "--lang", "en", "--format", "jsonl")
    assert code == 1
    assert len(jsonl(out)) == 1  # the good document is still printed
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert name in lines[0]
    assert len(lines[0].split(name, 1)[1].strip(" :")) > 3  # a reason follows the name


def test_invalid_jsonl_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(
        json.dumps({"id": "one", "text": EN, "lang": "en"})
        + "\n"
        + "{not json\n"
        + json.dumps({"id": "two", "text": "Marcus Feld left Corvid Labs.", "lang": "en"})
        + "\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, str(path), "--format", "jsonl")
    assert code == 1
    assert [r["doc"] for r in jsonl(out)] == ["one", "two"]
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "docs.jsonl" in lines[0]


@pytest.mark.parametrize(
    "argv",
    [
        ["--published", "yesterday-ish"],
        ["--published", "2025-13-45"],
        ["--bogus-option"],
        ["--format", "xml"],
    ],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], en_file: Path, argv: list[str]) -> None:
    code, out, err = run(capsys, str(en_file), *argv)
    assert code == 2
    assert out == ""
    assert err.strip()


def test_no_command_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2


def test_subprocess_end_to_end(tmp_path: Path) -> None:
    path = tmp_path / "kranich.txt"
    path.write_text(DE, encoding="utf-8")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "dealgraph.cli",
            "extract",
            str(path),
            "-",
            "--lang",
            "de",
            "--published",
            "2025-06-21",
            "--format",
            "jsonl",
        ],
        input=EN,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    results = jsonl(proc.stdout)
    assert len(results) == 2
    assert all(r["published"] == "2025-06-21" for r in results)
    assert _acquisitions(results[0])[0]["roles"]["acquirer"] == "Nordlicht Robotics GmbH"
