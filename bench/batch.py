"""Documents per second of ``dealgraph batch`` with 1 and 2 local workers, and the speed-up.

Builds N documents by cycling the texts of the SENTiVENT dev set under new ids, runs the
same batch on a 1-worker and a 2-worker LocalCluster (workers warmed up first, so the
one-off lexicon loading is not timed) and prints throughput, speed-up and the peak
resident memory of each worker. A printed figure, not a test.

    .venv/bin/python bench/batch.py [--docs 2000] [--shard-size 50]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from distributed import Client, LocalCluster

from dealgraph.batch import run_batch
from dealgraph.model import Document
from dealgraph.pipeline import extract_document

SOURCE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev" / "sentivent.docs.jsonl"


def build_corpus(path: Path, n: int) -> None:
    texts = [json.loads(line) for line in SOURCE.read_text(encoding="utf-8").splitlines() if line.strip()]
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            doc = dict(texts[i % len(texts)], id=f"bench-{i:05d}")
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")


def warm_up() -> bool:
    """Load lexicons and gazetteer on the worker so the timed run measures extraction."""
    extract_document(Document(id="warm", text="Nordlicht Robotics acquired Kranich Software.", lang="en"))
    return True


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@dataclass
class Run:
    docs_per_second: float
    seconds: float
    peaks_mb: list[float]
    worker_cpu: float  # CPU seconds of all workers during the timed run
    client_cpu: float
    load: float  # 1-minute load average at the end: other work on the same machine

    def line(self, workers: int) -> str:
        peaks = ", ".join(f"{p:.0f}" for p in self.peaks_mb)
        return (f"{workers} worker(s): {self.docs_per_second:7.1f} docs/s in {self.seconds:6.1f} s; "
                f"worker CPU {self.worker_cpu:6.1f} s, client CPU {self.client_cpu:5.1f} s, "
                f"load {self.load:4.1f}; peak RSS per worker {peaks} MB")


def measure(corpus: Path, workers: int, shard_size: int) -> Run:
    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                     dashboard_address="127.0.0.1:0") as cluster,
        Client(cluster) as client,
        tempfile.TemporaryDirectory() as out,
    ):
        client.run(warm_up)
        before = sum(client.run(cpu_seconds).values())
        client_before = cpu_seconds()
        summary = run_batch([str(corpus)], out, shard_size=shard_size, client=client, progress=True)
        client_cpu = cpu_seconds() - client_before
        worker_cpu = sum(client.run(cpu_seconds).values()) - before
        peaks = sorted(client.run(peak_rss_mb).values())
    return Run(summary.docs_per_second, summary.seconds, peaks, worker_cpu, client_cpu, os.getloadavg()[0])


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--shard-size", type=int, default=50)
    args = parser.parse_args()
    if not SOURCE.exists():
        print(f"bench: {SOURCE} not found", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "bench.jsonl"
        build_corpus(corpus, args.docs)
        one = measure(corpus, 1, args.shard_size)
        two = measure(corpus, 2, args.shard_size)
    print(f"documents: {args.docs}, shard size: {args.shard_size}, CPUs: {os.cpu_count()}")
    print(one.line(1))
    print(two.line(2))
    print(f"speed-up: {two.docs_per_second / one.docs_per_second:.2f}x (target >= 1.8x; only meaningful "
          "when the load average stays below the CPU count)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
