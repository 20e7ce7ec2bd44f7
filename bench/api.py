"""Load figures for ``dealgraph serve``: requests/second and p50/p95 latency (not a test).

Builds a SQLite store of synthetic events through the store's own ingest (extraction
results are passed in, so the bench measures the API, not the extractor), starts the real
server in a subprocess on loopback, and runs a load bounded by request count and time with
a few concurrent httpx clients against ``/api/events?entity=``, the entity page and
event pages (reached with their entity hint, as the UI links them).

    .venv/bin/python bench/api.py [--events 100000] [--requests 2000] [--concurrency 4]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from dealgraph.model import Document
from dealgraph.store import open_store

TYPES = ("acquisition", "investment", "partnership", "hire")
STATUSES = ("rumored", "in_talks", "announced", "completed", "failed", "denied")
EVENTS_PER_DOC = 10


SYLLABLES = ("ka", "lo", "mi", "ren", "tu", "vas", "zel", "bor", "qui", "dan", "fex", "gro", "hal", "jup",
             "nor", "pex", "sol", "wim", "yar", "cet")
SUFFIXES = ("Systems", "Labs", "Capital", "Robotics", "Energy", "Logistics", "Health", "Media")


def org_names(rng: random.Random, n: int) -> list[str]:
    """Distinct invented company names (unlike 'Org 1'/'Org 2', which fuzzy resolution would merge)."""
    found: set[str] = set()
    while len(found) < n:
        stem = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
        found.add(f"{stem} {rng.choice(SUFFIXES)}")
    return sorted(found)


def entity_id(name: str, kind: str) -> str:
    return f"bench:{kind}:" + name.lower().replace(" ", "-")


def role_names(event: dict[str, Any]) -> list[tuple[str, str]]:
    """(name, kind) of every entity an event names."""
    return [(n, "person" if role == "person" else "org") for role, value in event["roles"].items()
            for n in (value if isinstance(value, list) else [value])]


def synthetic_event(rng: random.Random, orgs: list[str], people: list[str], year: int) -> dict[str, Any]:
    kind = rng.choice(TYPES)
    a, b = rng.sample(orgs, 2)
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if kind == "acquisition":
        roles: dict[str, Any] = {"acquirer": a, "target": b}
    elif kind == "investment":
        roles = {"investor": a, "investee": b}
    elif kind == "partnership":
        roles = {"parties": [a, b]}
    else:
        roles = {"person": rng.choice(people), "org": a, "from_org": b}
    ids: dict[str, list[str]] = {}
    for role, value in roles.items():
        kind_of = "person" if role == "person" else "org"
        ids[role] = [entity_id(n, kind_of) for n in (value if isinstance(value, list) else [value])]
    sentence = f"{a} and {b}: {kind} ({date})."
    event: dict[str, Any] = {"type": kind, "status": rng.choice(STATUSES), "roles": roles, "date": date,
                             "evidence": sentence, "evidence_span": [0, len(sentence)], "confidence": 0.8,
                             "entity_ids": ids}
    if kind != "hire":
        event["amount"] = {"value": float(rng.randint(1, 5000)) * 1e6, "currency": "USD",
                           "qualifier": "exact", "text": ""}
    return event


def build(url: str, n_events: int, seed: int = 7) -> list[str]:
    """Ingest ``n_events`` synthetic events; return the org names (for the load)."""
    rng = random.Random(seed)
    orgs = org_names(rng, 2000)
    people = [f"{first.split()[0]} {last.split()[0]}"
              for first, last in zip(org_names(rng, 1000), org_names(rng, 1000), strict=True)]
    store = open_store(url)
    started = time.perf_counter()
    try:
        for d in range(0, n_events, EVENTS_PER_DOC):
            year = 2015 + (d // EVENTS_PER_DOC) % 10
            events = [synthetic_event(rng, orgs, people, year) for _ in range(EVENTS_PER_DOC)]
            text = " ".join(e["evidence"] for e in events)
            doc = Document(id=f"bench/{d // EVENTS_PER_DOC}", text=text, lang="en",
                           published=events[0]["date"], title=f"Synthetic {d}")
            named = {n: k for e in events for n, k in role_names(e)}
            found = [{"id": entity_id(n, k), "name": n, "kind": k, "wikidata": None, "surface": [n],
                      "spans": []} for n, k in named.items()]
            result = {"entities": found, "doc": doc.id, "lang": "en", "title": doc.title,
                      "published": doc.published, "url": None, "content_hash": doc.content_hash,
                      "extractor": "bench", "events": events}
            store.ingest(doc, result)
            if d and d % 10000 == 0:
                rate = d / (time.perf_counter() - started)
                print(f"  ingested {d} events ({rate:.0f}/s)", flush=True)
    finally:
        store.close()
    print(f"built {n_events} events in {time.perf_counter() - started:.1f} s")
    return orgs


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def load(base: str, paths: list[str], requests: int, concurrency: int, max_seconds: float,
               ) -> tuple[list[float], float, int]:
    """Issue up to ``requests`` GETs with ``concurrency`` clients; stop after ``max_seconds``."""
    latencies: list[float] = []
    errors = 0
    queue = iter(range(requests))
    deadline = time.perf_counter() + max_seconds

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal errors
        for i in queue:
            if time.perf_counter() > deadline:
                return
            t0 = time.perf_counter()
            response = await client.get(paths[i % len(paths)])
            latencies.append(time.perf_counter() - t0)
            errors += response.status_code != 200

    started = time.perf_counter()
    clients = [httpx.AsyncClient(base_url=base, timeout=30) for _ in range(concurrency)]
    try:
        await asyncio.gather(*(worker(c) for c in clients))
    finally:
        for c in clients:
            await c.aclose()
    return latencies, time.perf_counter() - started, errors


def report(name: str, latencies: list[float], elapsed: float, errors: int) -> None:
    ms = sorted(x * 1000 for x in latencies)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    print(f"{name:28s} {len(ms):6d} req  {len(ms) / elapsed:7.1f} req/s  "
          f"p50 {statistics.median(ms):6.1f} ms  p95 {p95:6.1f} ms  errors {errors}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=2000, help="per endpoint")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--max-seconds", type=float, default=60.0, help="per endpoint")
    parser.add_argument("--db", help="database URL to use; built first if it holds no events "
                                     "(default: a temporary SQLite file)")
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory()
    url = args.db or f"sqlite:///{Path(tmp.name) / 'bench.db'}"
    store = open_store(url)
    try:
        if store.events(limit=1)[1] == 0:
            store.close()
            build(url, args.events)
            store = open_store(url)
        sample = org_names(random.Random(7), 2000)[::20]
        ids = [str(store.search_entities(name, limit=1)[0]["id"]) for name in sample]
        event_paths = [f"/events/{quote(e['id'])}?entity={quote(i, safe='')}"
                       for i in ids for e in store.events(entity=i, limit=3)[0]]
    finally:
        store.close()

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "dealgraph.cli", "serve", "--db", url, "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("server did not start")
            time.sleep(0.1)
        endpoints = {
            "/api/events?entity=": [f"/api/events?entity={quote(i)}&limit=50" for i in ids],
            "/entities/{id} (HTML)": [f"/entities/{quote(i)}" for i in ids],
            "/events/{id}?entity= (HTML)": event_paths,
        }
        print(f"load: {args.requests} requests per endpoint, {args.concurrency} clients, "
              f"at most {args.max_seconds:.0f} s each")
        for name, paths in endpoints.items():
            asyncio.run(load(base, paths, min(50, args.requests), args.concurrency, 10))  # warm-up
            report(name, *asyncio.run(load(base, paths, args.requests, args.concurrency, args.max_seconds)))
    finally:
        server.terminate()
        server.wait(timeout=10)
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
