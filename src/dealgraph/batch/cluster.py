"""Connecting to a Dask cluster: a local one by default, a scheduler address for a real one.

One thread per worker process: extraction is pure Python and holds the GIL, so
processes, not threads, are what gives a speed-up.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from distributed import Client, LocalCluster


@contextmanager
def connect(scheduler: str | None = None, workers: int | None = None) -> Iterator[Client]:
    """A Client for *scheduler*, or for a LocalCluster of *workers* processes on 127.0.0.1.

    The local cluster listens on loopback only, its HTTP server (dashboard, metrics)
    included, on a free port: running a batch never opens a port to the network, and
    two batches on one machine do not fight over 8787.
    """
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    n_workers = workers or os.cpu_count() or 1
    with (
        LocalCluster(
            n_workers=n_workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client
