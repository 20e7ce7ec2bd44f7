"""Batch extraction on a Dask cluster: same per-document function, shards, resumable output.

``run_batch(inputs, out_dir)`` gives part files whose lines are exactly what
``dealgraph extract --format jsonl`` prints for the same documents. The names are
loaded on first use, so the CLI does not pay for importing Dask unless it runs a batch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .runner import BatchSummary, extract_shard, run_batch

__all__ = ["BatchSummary", "extract_shard", "run_batch"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import runner

        return getattr(runner, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
