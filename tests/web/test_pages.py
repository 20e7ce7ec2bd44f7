"""Server-rendered pages: readable without JavaScript, escaped, linked to evidence."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from dealgraph.web import app as web_app
from dealgraph.web import views

HTML = {"Accept": "text/html"}


def meta_id(client: TestClient) -> str:
    found = client.get("/api/entities", params={"q": "Meta"}).json()["entities"]
    return str(next(e["id"] for e in found if e["name"] == "Meta"))


def test_home_lists_recent_events_and_searches_without_js(client: TestClient) -> None:
    page = client.get("/", headers=HTML)
    assert page.status_code == 200 and "<table" in page.text and 'action="/"' in page.text
    found = client.get("/", params={"q": "Northwind"}, headers=HTML, follow_redirects=False)
    assert found.status_code in (200, 303)


def test_entity_page_shows_timeline_with_text_labels(client: TestClient) -> None:
    page = client.get(f"/entities/{quote(meta_id(client))}", headers=HTML).text
    timeline = page.split('class="timeline"', 1)[1].split("</ol>", 1)[0]
    for target in ("Scale AI", "Safe Superintelligence", "Perplexity", "Thinking Machines Lab"):
        assert target in timeline
    assert "Completed" in timeline and "Failed" in timeline
    assert "wikidata.org/wiki/" in page


def test_entity_page_pages_through_many_events(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(web_app, "ENTITY_PAGE", 3)
    path = f"/entities/{quote(meta_id(client))}"
    first = client.get(path, headers=HTML).text
    assert "Events 1–3 of" in first and 'rel="next"' in first and 'rel="prev"' not in first
    second = client.get(path, params={"offset": 3}, headers=HTML).text
    assert "Events 4–6 of" in second and 'rel="prev"' in second
    assert client.get(path, params={"offset": -1}, headers=HTML).status_code == 422


def test_graph_edges_link_to_event_pages(client: TestClient) -> None:
    page = client.get("/graph", params={"entity": meta_id(client)}, headers=HTML).text
    links = re.findall(r'<a href="(/events/[^"]+)" class="edge', page)
    assert links
    assert client.get(links[0], headers=HTML).status_code == 200


def test_document_page_marks_evidence_and_escapes_text(
    client: TestClient, meta_doc: str, hostile_doc: str
) -> None:
    page = client.get(f"/documents/{meta_doc}", headers=HTML).text
    assert "<mark" in page
    claim_links = re.findall(r'<a href="(/events/[^"]+\?entity=[^"]+)"', page)
    assert claim_links
    assert client.get(claim_links[0].replace("&amp;", "&"), headers=HTML).status_code == 200
    hostile = client.get(f"/documents/{hostile_doc}", headers=HTML).text
    assert "<script>alert" not in hostile and "<img src=x" not in hostile
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hostile
    assert 'href="javascript:' not in hostile


def test_unknown_pages_render_html_errors_for_browsers(client: TestClient) -> None:
    page = client.get("/entities/nobody-at-all", headers=HTML)
    assert page.status_code == 404 and "not_found" in page.text


def test_conflicts_page_renders(client: TestClient) -> None:
    assert client.get("/conflicts", headers=HTML).status_code == 200


def test_highlight_clips_and_orders_overlapping_spans() -> None:
    segments = views.highlight("abcdefghij", [(6, 99), (2, 4), (3, 5), None])
    assert [(s.text, s.claim) for s in segments] == [
        ("ab", None),
        ("cd", 1),
        ("e", 2),
        ("f", None),
        ("ghij", 0),
    ]


def test_amounts_read_naturally() -> None:
    assert (
        views.format_amount({"value": 14e9, "currency": "USD", "qualifier": "more_than"})
        == "more than 14 bn USD"
    )
    assert views.format_amount({"value": 85e6, "currency": "EUR", "qualifier": "exact"}) == "85 m EUR"
    assert views.format_amount(None) == ""


def test_only_http_urls_become_links() -> None:
    assert views.link_url("https://news.example/a") == "https://news.example/a"
    for hostile in ("javascript:alert(1)", " javascript:alert(1)", "JAVASCRIPT:x", "data:text/html,x", None):
        assert views.link_url(hostile) is None


def test_undated_events_sit_at_their_first_report() -> None:
    event = {"date": None, "sources": [{"published": "2025-06-21"}, {"published": "2025-05-01"}]}
    assert views.when(event) == ("2025-05-01", True)
    assert views.when({"date": "2025-06", "sources": []}) == ("2025-06", False)
