"""``run_batch``: the per-document function of ``dealgraph extract`` over a Dask cluster.

The client reads and cuts the input into shards, workers run :func:`extract_shard`,
and the client alone writes: part files, errors, and the store if one is given. One
writer keeps output files and database rows free of races, and workers stay
stateless, so a shard lost with a dead worker is simply computed again elsewhere.
"""

from __future__ import annotations

import sys
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

from distributed import Client, Future, as_completed
from tqdm import tqdm

from ..errors import InputError
from ..ingest import ReadOptions, iter_documents
from ..model import Document
from ..pipeline import extract_document
from . import layout
from .cluster import connect
from .shards import DEFAULT_SHARD_SIZE, Shard, iter_shards

RETRIES = 2


class Store(Protocol):
    """What the batch needs of a store: an idempotent write of one document's result."""

    def ingest(self, doc: Document, result: dict[str, Any]) -> Any: ...


@dataclass
class ShardResult:
    """What a worker sends back: results in input order and ``(doc, reason)`` failures."""

    results: list[dict[str, Any]] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)  # index in the shard of each result
    errors: list[tuple[str, str]] = field(default_factory=list)


def extract_shard(docs: Sequence[Document]) -> ShardResult:
    """Run ``extract_document`` on each document; one that raises costs itself only.

    Runs on a worker. It depends on nothing but its argument, so a retry on another
    worker gives the same result.
    """
    out = ShardResult()
    for position, doc in enumerate(docs):
        try:
            out.results.append(extract_document(doc))
            out.positions.append(position)
        except Exception as err:  # the batch error policy: report and go on
            out.errors.append((doc.id, f"{type(err).__name__}: {err}"))
    return out


@dataclass
class BatchSummary:
    """The counts written to ``_SUCCESS``; totals cover resumed shards too."""

    documents: int = 0
    events: int = 0
    failed: int = 0
    shards: int = 0
    skipped_shards: int = 0
    shard_size: int = DEFAULT_SHARD_SIZE
    seconds: float = 0.0
    docs_per_second: float = 0.0


@dataclass
class _InFlight:
    shard: Shard
    future: Future


def run_batch(
    inputs: Sequence[str],
    out: str | Path,
    options: ReadOptions | None = None,
    *,
    shard_size: int = DEFAULT_SHARD_SIZE,
    client: Client | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    store: Store | None = None,
    progress: bool = False,
    on_shard_done: Callable[[int], None] | None = None,
) -> BatchSummary:
    """Extract every document of *inputs* on a cluster into part files under *out*.

    Uses *client* if given, else connects to *scheduler*, else starts a local cluster
    of *workers* processes. Shards whose part file exists are skipped, so an interrupted
    run is finished by running it again. *on_shard_done* is called with each shard
    index as its part file lands (for progress hooks and tests).
    """
    if shard_size <= 0:
        raise ValueError(f"shard_size must be positive, not {shard_size}")
    out_dir = Path(out)
    outcomes = iter_documents(inputs, options or ReadOptions())  # option errors raise here, early
    layout.prepare(out_dir, inputs, shard_size)
    if client is not None:
        return _run(client, outcomes, out_dir, shard_size, store, progress, on_shard_done)
    with connect(scheduler, workers) as own:
        return _run(own, outcomes, out_dir, shard_size, store, progress, on_shard_done)


def _run(
    client: Client,
    outcomes: Iterable[Document | InputError],
    out: Path,
    shard_size: int,
    store: Store | None,
    progress: bool,
    on_shard_done: Callable[[int], None] | None,
) -> BatchSummary:
    started = time.perf_counter()
    summary = BatchSummary(shard_size=shard_size)
    done_before = layout.finished_shards(out)
    in_flight: dict[object, _InFlight] = {}  # by task key
    completed = as_completed()
    processed = 0
    bar = tqdm(unit="doc", desc="dealgraph batch", file=sys.stderr, disable=not progress, dynamic_ncols=True)

    def finish_one() -> None:
        nonlocal processed
        future = next(completed)
        item = in_flight.pop(future.key)
        result: ShardResult = future.result()
        _write_shard(out, item.shard, result, store)
        summary.documents += len(result.results)
        summary.events += sum(len(r.get("events", [])) for r in result.results)
        processed += len(item.shard.docs)
        bar.update(len(item.shard.docs))
        future.release()
        if on_shard_done is not None:
            on_shard_done(item.shard.index)

    try:
        for shard in iter_shards(outcomes, shard_size):
            summary.shards += 1
            if shard.index in done_before:
                docs, events = layout.count_part(layout.part_path(out, shard.index))
                summary.documents += docs
                summary.events += events
                summary.skipped_shards += 1
                continue
            future = client.submit(
                extract_shard,
                shard.docs,
                retries=RETRIES,
                pure=False,
                key=f"dealgraph-shard-{shard.index:05d}-{uuid.uuid4().hex}",
            )
            in_flight[future.key] = _InFlight(shard, future)
            completed.add(future)
            while len(in_flight) >= _max_in_flight(client):
                finish_one()
        while in_flight:
            finish_one()
    finally:
        bar.close()
        for item in in_flight.values():
            item.future.cancel()
    summary.failed = layout.count_errors(out)
    summary.seconds = round(time.perf_counter() - started, 3)
    summary.docs_per_second = round(processed / summary.seconds, 2) if summary.seconds else 0.0
    layout.write_success(out, asdict(summary))
    return summary


def _max_in_flight(client: Client) -> int:
    """Two shards per worker thread: every worker stays busy, client memory stays bounded.

    Asked anew each time, since workers may join or leave a real cluster during a run.
    """
    return 2 * max(1, sum(client.nthreads().values()))


def _write_shard(out: Path, shard: Shard, result: ShardResult, store: Store | None) -> None:
    """Errors first, then the part file: a part on disk means its errors are on disk too."""
    errors = [_error_record(err.doc, err.reason, shard.index) for err in shard.read_errors]
    errors += [_error_record(doc, reason, shard.index) for doc, reason in result.errors]
    if store is not None:
        for position, record in zip(result.positions, result.results, strict=True):
            store.ingest(shard.docs[position], record)
    layout.append_errors(out, errors)
    layout.write_atomic(layout.part_path(out, shard.index), (layout.dump(r) for r in result.results))


def _error_record(doc: str, reason: str, shard: int) -> dict[str, Any]:
    return {"doc": doc, "reason": reason, "shard": shard}
