"""Killing ``dealgraph ingest`` mid-run leaves a consistent database; a rerun completes it."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

BUYERS = ["Kranich Systems", "Nordlicht Robotics", "Bluefin Analytics", "Corvid Labs", "Tessel Energy"]


def _target(i: int) -> str:
    """A made-up company name of its own for every document: "Qxabon Labs", "Qxacon Labs", ..."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return f"Qx{letters[i // 26 % 26]}{letters[i % 26]}on Labs"


def _corpus(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            buyer = BUYERS[i % len(BUYERS)]
            target = _target(i)
            text = (
                f"{buyer} agreed to acquire {target} for ${i + 1} million, the companies said. "
                f"The chief executive of {target} will stay. " * 3
            )
            handle.write(
                json.dumps({"id": f"doc-{i}", "lang": "en", "published": "2024-05-01", "text": text})
            )
            handle.write("\n")


def _counts(db: Path) -> tuple[int, int, int]:
    with sqlite3.connect(db) as conn:
        docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        dup_claims = conn.execute(
            "SELECT count(*) FROM (SELECT doc_id, idx FROM claims GROUP BY doc_id, idx HAVING count(*) > 1)"
        ).fetchone()[0]
        orphans = conn.execute(
            "SELECT count(*) FROM claims WHERE doc_id NOT IN (SELECT id FROM documents)"
        ).fetchone()[0]
    return docs, dup_claims, orphans


def test_killed_ingest_leaves_whole_documents_and_a_rerun_finishes_without_duplicates(tmp_path: Path) -> None:
    corpus, db = tmp_path / "corpus.jsonl", tmp_path / "graph.db"
    _corpus(corpus, 300)
    command = [sys.executable, "-m", "dealgraph.cli", "ingest", str(corpus), "--db", f"sqlite:///{db}"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # wait until some documents are stored, then kill
        if db.exists():
            try:
                if _counts(db)[0] >= 20:
                    break
            except sqlite3.OperationalError:
                pass
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stored, dups, orphans = _counts(db)
    assert 0 < stored < 300, "the kill should land mid-run"
    assert dups == 0 and orphans == 0

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    stored, dups, orphans = _counts(db)
    assert (stored, dups, orphans) == (300, 0, 0)
    with sqlite3.connect(db) as conn:
        acquisitions = conn.execute("SELECT count(*) FROM events WHERE type = 'acquisition'").fetchone()[0]
    assert acquisitions == 300
