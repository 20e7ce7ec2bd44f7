"""``run_batch`` on a real two-worker LocalCluster gives what ``dealgraph extract`` prints."""

from __future__ import annotations

import io
import json
import math
from collections.abc import Callable
from pathlib import Path

import pytest
from distributed import Client
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dealgraph.batch import run_batch
from dealgraph.cli import main
from dealgraph.errors import UsageError

pytestmark = pytest.mark.slow

WriteCorpus = Callable[..., Path]


def canonical(line: str) -> str:
    return json.dumps(json.loads(line), sort_keys=True, ensure_ascii=False)


def extract_lines(capsys: pytest.CaptureFixture[str], *inputs: str) -> list[str]:
    capsys.readouterr()
    main(["extract", *inputs, "--format", "jsonl"])
    return [canonical(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def part_lines(out: Path) -> list[str]:
    return [
        canonical(line)
        for part in sorted(out.glob("part-*.jsonl"))
        for line in part.read_text(encoding="utf-8").splitlines()
    ]


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_parts_equal_extract_output(
    tmp_path: Path, client: Client, capsys: pytest.CaptureFixture[str], write_corpus: WriteCorpus
) -> None:
    source = write_corpus(tmp_path / "corpus.jsonl", 45, bad_line_after=20)
    out = tmp_path / "out"

    summary = run_batch([str(source)], out, shard_size=7, client=client)

    expected = extract_lines(capsys, str(source))
    got = part_lines(out)
    assert len(got) == len(expected) == 45
    assert sorted(got) == sorted(expected)
    assert any(json.loads(line)["events"] for line in got)
    assert [e["doc"] for e in read_jsonl(out / "errors.jsonl")] == [f"{source}:21"]
    success = json.loads((out / "_SUCCESS").read_text())
    assert success["documents"] == 45 and success["failed"] == 1
    assert success["shards"] == math.ceil(45 / 7) == summary.shards
    assert success["events"] == sum(len(json.loads(line)["events"]) for line in got)
    assert success["docs_per_second"] > 0


def test_rerun_skips_finished_parts_and_completes_a_missing_one(
    tmp_path: Path, client: Client, write_corpus: WriteCorpus
) -> None:
    source = write_corpus(tmp_path / "corpus.jsonl", 30, bad_line_after=3)
    out = tmp_path / "out"
    run_batch([str(source)], out, shard_size=5, client=client)
    before = {p.name: (p.stat().st_mtime_ns, p.read_text()) for p in out.glob("part-*.jsonl")}
    errors_before = (out / "errors.jsonl").read_text()
    (out / "part-00002.jsonl").unlink()

    summary = run_batch([str(source)], out, shard_size=5, client=client)

    after = {p.name: (p.stat().st_mtime_ns, p.read_text()) for p in out.glob("part-*.jsonl")}
    assert after.keys() == before.keys()
    for name, (mtime, text) in before.items():
        assert after[name][1] == text
        if name != "part-00002.jsonl":
            assert after[name][0] == mtime
    assert (out / "errors.jsonl").read_text() == errors_before  # reported once, not twice
    assert summary.skipped_shards == len(before) - 1 and summary.documents == 30


def test_rerun_with_other_shard_size_is_refused(
    tmp_path: Path, client: Client, write_corpus: WriteCorpus
) -> None:
    source = write_corpus(tmp_path / "corpus.jsonl", 6)
    run_batch([str(source)], tmp_path / "out", shard_size=5, client=client)
    with pytest.raises(UsageError, match="shard size"):
        run_batch([str(source)], tmp_path / "out", shard_size=4, client=client)


PAGE = """<html><head><title>Nordlicht Robotics kauft Kranich Software</title></head><body>
<nav><a href="/">Start</a></nav><article><h1>Nordlicht Robotics kauft Kranich Software</h1>
<p>Die Nordlicht Robotics GmbH hat am Montag die Übernahme der Kranich Software AG bekanntgegeben.
Der Kaufpreis liegt bei 120 Millionen Euro, teilten beide Unternehmen in Hamburg mit.</p>
<p>Der Abschluss wird für das vierte Quartal erwartet.</p></article>
<footer>Impressum</footer></body></html>"""

ARTICLE_EN = (
    "Bluewater Analytics said on Monday it had agreed to acquire Redfern Labs for 85 million dollars. "
    "The deal is expected to close in the third quarter, subject to the approval of regulators. "
    "Redfern Labs builds tools for measuring water quality and employs 120 people in two countries. "
    "Bluewater Analytics chief executive Tom Archer said the purchase would widen its product range. "
    "Shares of Bluewater Analytics rose one percent in early trading after the news was published. "
    "Analysts said the price looked fair given how quickly the market for such instruments is growing."
)

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Testzeitung</title><link>https://news.example/</link><description>Business</description>
<item><title>Bluewater Analytics to buy Redfern Labs</title><link>https://news.example/bluewater</link>
<pubDate>Mon, 23 Jun 2025 09:00:00 +0000</pubDate>
<content:encoded><![CDATA[<p>{ARTICLE_EN}</p>]]></content:encoded></item>
</channel></rss>"""


def build_warc(path: Path) -> Path:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        body = PAGE.encode()
        headers = StatusAndHeaders(
            "200 OK",
            [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))],
            protocol="HTTP/1.1",
        )
        writer.write_record(
            writer.create_warc_record(
                "https://zeitung.example/nordlicht",
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
            )
        )
    return path


def test_warc_and_rss_flow_through_batch(
    tmp_path: Path, client: Client, capsys: pytest.CaptureFixture[str]
) -> None:
    warc = build_warc(tmp_path / "crawl.warc.gz")
    feed = tmp_path / "feed.rss"
    feed.write_text(RSS, encoding="utf-8")
    out = tmp_path / "out"

    run_batch([str(warc), str(feed)], out, shard_size=1, client=client)

    got = part_lines(out)
    assert sorted(got) == sorted(extract_lines(capsys, str(warc), str(feed)))
    assert {json.loads(line)["doc"] for line in got} == {
        "https://zeitung.example/nordlicht",
        "https://news.example/bluewater",
    }
    assert not (out / "errors.jsonl").exists()


def test_command_runs_against_a_scheduler_address(
    tmp_path: Path, client: Client, write_corpus: WriteCorpus
) -> None:
    source = write_corpus(tmp_path / "corpus.jsonl", 12, bad_line_after=0)
    out = tmp_path / "out"
    code = main(
        [
            "batch",
            str(source),
            "--out",
            str(out),
            "--scheduler",
            client.scheduler.address,
            "--shard-size",
            "5",
            "--no-progress",
        ]
    )
    assert code == 1  # like extract: a document was skipped
    success = json.loads((out / "_SUCCESS").read_text())
    assert (success["documents"], success["failed"], success["shards"]) == (12, 1, 3)


def test_command_starts_a_local_cluster_without_scheduler(tmp_path: Path, write_corpus: WriteCorpus) -> None:
    source = write_corpus(tmp_path / "corpus.jsonl", 3)
    out = tmp_path / "out"
    assert main(["batch", str(source), "--out", str(out), "--workers", "1", "--no-progress"]) == 0
    assert len((out / "part-00000.jsonl").read_text().splitlines()) == 3


def test_command_rejects_bad_shard_size(tmp_path: Path) -> None:
    assert main(["batch", str(tmp_path), "--out", str(tmp_path / "o"), "--shard-size", "0"]) == 2


class RecordingStore:
    """Stands in for dealgraph.store: records what the single writer hands it."""

    def __init__(self) -> None:
        self.ingested: list[tuple[str, str]] = []

    def ingest(self, doc: object, result: dict[str, object]) -> None:
        self.ingested.append((getattr(doc, "id", ""), str(result["doc"])))


def test_store_gets_every_result_with_its_document(
    tmp_path: Path, client: Client, write_corpus: WriteCorpus
) -> None:
    source = write_corpus(tmp_path / "corpus.jsonl", 14, bad_line_after=5)
    store = RecordingStore()
    run_batch([str(source)], tmp_path / "out", shard_size=4, client=client, store=store)
    assert sorted(store.ingested) == [(f"doc-{i:03d}", f"doc-{i:03d}") for i in range(14)]


def test_db_stores_every_document_once_across_reruns(
    tmp_path: Path, client: Client, write_corpus: WriteCorpus
) -> None:
    source = write_corpus(tmp_path / "corpus.jsonl", 10)
    db = f"sqlite:///{tmp_path / 'graph.db'}"
    out = tmp_path / "out"
    argv = [
        "batch",
        str(source),
        "--out",
        str(out),
        "--db",
        db,
        "--scheduler",
        client.scheduler.address,
        "--shard-size",
        "4",
        "--no-progress",
    ]
    assert main(argv) == 0
    (out / "part-00001.jsonl").unlink()
    assert main(argv) == 0

    from dealgraph.store import open_store

    with open_store(db) as store:
        assert store.stats()["documents"] == 10
