"""The UI in a real headless Chromium (Debian's), against the real server under uvicorn.

Never ``playwright install``: the browser is the system one. Skips only when neither the
binary exists nor it can be installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

pytestmark = [pytest.mark.browser]

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def ensure_chromium() -> str | None:
    """The reason to skip, or None when Chromium is there (installing it if we are root)."""
    if Path(CHROMIUM).exists():
        return None
    if os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(["apt-get", "install", "-y", "chromium"], capture_output=True, timeout=600)
        if Path(CHROMIUM).exists():
            return None
    return f"{CHROMIUM} is missing and could not be installed with apt-get"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    reason = ensure_chromium()
    if reason:
        pytest.skip(reason)
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(8000)
    yield pg
    context.close()


def test_meta_timeline_graph_and_evidence(server: str, page: Any, artifacts: Path) -> None:
    found = httpx.get(f"{server}/api/entities", params={"q": "Meta"}).json()["entities"]
    meta = next(e for e in found if e["name"] == "Meta")
    page.goto(f"{server}/")
    page.fill("#q", "Met")
    page.wait_for_selector("#suggestions a")
    page.goto(f"{server}/entities/{quote(meta['id'])}")
    expected = {
        "Scale AI": "Completed",
        "Safe Superintelligence": "Failed",
        "Perplexity": "Failed",
        "Thinking Machines Lab": "Failed",
    }
    items = page.locator("ol.timeline > li.tl-item")
    texts = [items.nth(i).inner_text() for i in range(items.count())]
    for target, status in expected.items():
        assert any(target in t and "Acquisition" in t and status in t for t in texts), (target, texts)
    page.screenshot(path=str(artifacts / "entity-meta.png"), full_page=True)
    page.click("text=Graph of deals and talent flows")
    page.wait_for_selector("svg.graph-svg a.edge")
    page.screenshot(path=str(artifacts / "graph-meta.png"), full_page=True)
    page.locator("svg.graph-svg a.edge.type-acquisition.status-completed").first.click()
    page.wait_for_url("**/events/**")
    assert "Acquisition: Meta → Scale AI" in page.locator("h1").inner_text()
    assert "Scale AI" in page.locator("ol.sources blockquote").first.inner_text()
    page.screenshot(path=str(artifacts / "event.png"), full_page=True)


def test_hostile_document_is_inert_text(server: str, page: Any, hostile_doc: str, artifacts: Path) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{server}/documents/{hostile_doc}")
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)
    assert dialogs == []
    assert page.locator("main img").count() == 0
    assert page.locator("main script").count() == 0
    assert page.locator('a[href^="javascript:"]').count() == 0
    assert "<script>alert(1)</script>" in page.locator("h1").inner_text()
    assert "<img src=x onerror=alert(2)>" in page.locator("article.doc-text").inner_text()
    page.screenshot(path=str(artifacts / "hostile-document.png"), full_page=True)


def test_narrow_screen_keeps_pages_usable(server: str, browser: Any, artifacts: Path) -> None:
    found = httpx.get(f"{server}/api/entities", params={"q": "Meta"}).json()["entities"]
    meta = next(e for e in found if e["name"] == "Meta")
    context = browser.new_context(viewport={"width": 360, "height": 740})
    pg = context.new_page()
    try:
        pg.goto(f"{server}/")
        pg.keyboard.press("Tab")
        assert "Skip" in pg.evaluate("document.activeElement.textContent")
        for path in ("/", f"/entities/{quote(meta['id'])}", f"/graph?entity={quote(meta['id'])}"):
            pg.goto(f"{server}{path}")
            assert pg.evaluate("document.documentElement.scrollWidth") <= 380, path
        pg.goto(f"{server}/entities/{quote(meta['id'])}")
        pg.screenshot(path=str(artifacts / "entity-meta-narrow.png"), full_page=True)
    finally:
        context.close()
