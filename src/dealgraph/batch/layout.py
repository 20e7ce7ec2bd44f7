"""The output directory of a batch: part files, errors, manifest and ``_SUCCESS``.

Every file that marks progress is written under a temporary name and moved into
place with ``os.replace``, so a crash never leaves half a part that a rerun would
mistake for a finished shard. Error records carry their shard number, which lets a
rerun drop the errors of shards that never got their part file and so report every
error exactly once.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..errors import UsageError

MANIFEST = "_manifest.json"
SUCCESS = "_SUCCESS"
ERRORS = "errors.jsonl"
LAYOUT_VERSION = 1


def part_path(out: Path, index: int) -> Path:
    return out / f"part-{index:05d}.jsonl"


def write_atomic(path: Path, lines: Iterable[str]) -> None:
    """Write *lines* to a temporary sibling, sync it, then move it over *path*."""
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(line)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def dump(obj: Any) -> str:
    """One JSON line exactly as ``dealgraph extract --format jsonl`` prints it."""
    return json.dumps(obj, ensure_ascii=False) + "\n"


def prepare(out: Path, inputs: Sequence[str], shard_size: int) -> None:
    """Create *out* or check that it belongs to the same batch, then forget stale state.

    A rerun with other inputs or another shard size would number shards differently,
    so mixing it with existing parts would silently lose or duplicate documents:
    that is refused with a message saying what to change.
    """
    out.mkdir(parents=True, exist_ok=True)
    manifest = {"version": LAYOUT_VERSION, "shard_size": shard_size, "inputs": list(inputs)}
    path = out / MANIFEST
    if path.exists():
        try:
            found = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise UsageError(f"{path} is unreadable ({err}); remove it or use a new --out") from None
        if found != manifest:
            raise UsageError(
                f"{out} holds a batch of other inputs or shard size "
                f"(shard size {found.get('shard_size')}, inputs {found.get('inputs')}); "
                "rerun with the same ones to resume, or use a new --out"
            )
    elif any(out.glob("part-*.jsonl")):
        raise UsageError(f"{out} holds part files but no {MANIFEST}; use an empty or new --out")
    else:
        write_atomic(path, [json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"])
    (out / SUCCESS).unlink(missing_ok=True)
    _keep_errors_of_finished_shards(out)


def finished_shards(out: Path) -> set[int]:
    return {int(p.stem.split("-", 1)[1]) for p in out.glob("part-*.jsonl") if p.stem[5:].isdigit()}


def _keep_errors_of_finished_shards(out: Path) -> None:
    path = out / ERRORS
    if not path.exists():
        return
    done = finished_shards(out)
    kept = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            try:
                record = json.loads(line)
            except ValueError:
                continue  # a line cut short by a crash
            if isinstance(record, dict) and record.get("shard") in done:
                kept.append(line if line.endswith("\n") else line + "\n")
    write_atomic(path, kept)


def append_errors(out: Path, records: Sequence[dict[str, Any]]) -> None:
    """Append error records durably, before the shard's part file is moved into place."""
    if not records:
        return
    with (out / ERRORS).open("a", encoding="utf-8") as handle:
        handle.writelines(dump(record) for record in records)
        handle.flush()
        os.fsync(handle.fileno())


def count_part(path: Path) -> tuple[int, int]:
    """(documents, events) of a finished part file, for the totals of a resumed run."""
    docs = events = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            docs += 1
            events += len(json.loads(line).get("events", []))
    return docs, events


def count_errors(out: Path) -> int:
    path = out / ERRORS
    if not path.exists():
        return 0
    with path.open(encoding="utf-8") as handle:
        return sum(1 for line in handle if line.strip())


def write_success(out: Path, summary: dict[str, Any]) -> None:
    write_atomic(out / SUCCESS, [json.dumps(summary, indent=2) + "\n"])
