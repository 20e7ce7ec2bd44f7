"""A worker killed in the middle of a run costs only its shard in flight, which Dask runs again."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Callable
from pathlib import Path

import pytest
from distributed import Client, LocalCluster

from dealgraph.batch import run_batch

pytestmark = pytest.mark.slow


def test_killed_worker_loses_no_document_and_duplicates_none(
    tmp_path: Path, write_corpus: Callable[..., Path]
) -> None:
    source = write_corpus(tmp_path / "corpus.jsonl", 150, filler=8)
    out = tmp_path / "out"
    killed: list[int] = []
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
        ) as cluster,
        Client(cluster) as client,
    ):
        pids: dict[str, int] = client.run(os.getpid)

        def kill_a_busy_worker(shard: int) -> None:
            if killed:
                return
            busy = [addr for addr, keys in client.processing().items() if keys and addr in pids]
            if busy:  # a worker with a shard in flight, so that shard is really lost
                os.kill(pids[busy[0]], signal.SIGKILL)
                killed.append(pids[busy[0]])

        summary = run_batch([str(source)], out, shard_size=3, client=client, on_shard_done=kill_a_busy_worker)

    assert killed
    ids = [
        json.loads(line)["doc"]
        for part in sorted(out.glob("part-*.jsonl"))
        for line in part.read_text(encoding="utf-8").splitlines()
    ]
    assert sorted(ids) == [f"doc-{i:03d}" for i in range(150)]
    assert summary.documents == 150 and summary.shards == 50 and summary.failed == 0
    assert not (out / "errors.jsonl").exists()
