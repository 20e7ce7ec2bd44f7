"""The JSON API over a real store: every endpoint, filters, paging and the error shape."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from dealgraph import schema
from dealgraph.web import create_app


def meta_id(client: TestClient) -> str:
    found = client.get("/api/entities", params={"q": "Meta"}).json()["entities"]
    return str(next(e["id"] for e in found if e["name"] == "Meta"))


def meta_acquisitions(client: TestClient) -> dict[str, str]:
    events = client.get("/api/events", params={"entity": meta_id(client), "type": "acquisition"}).json()
    return {e["roles"]["target"]: e["status"] for e in events["events"]}


def test_healthz_and_schema(client: TestClient) -> None:
    assert client.get("/healthz").json()["status"] == "ok"
    assert client.get("/api/schema").json() == schema.as_dict()


def test_openapi_lists_the_api_and_its_error_shape(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/entities", "/api/graph", "/api/documents", "/api/schema", "/healthz"):
        assert path in spec["paths"]
    invalid = spec["paths"]["/api/events"]["get"]["responses"]["422"]["content"]["application/json"]
    assert invalid["schema"]["$ref"].endswith("/ErrorBody")


def test_events_of_meta_carry_the_four_acquisition_attempts(client: TestClient) -> None:
    assert meta_acquisitions(client) == {
        "Scale AI": "completed",
        "Safe Superintelligence": "failed",
        "Perplexity": "failed",
        "Thinking Machines Lab": "failed",
    }


def test_events_filters_narrow_the_result(client: TestClient) -> None:
    everything = client.get("/api/events").json()
    assert everything["total"] >= 6
    failed = client.get("/api/events", params={"status": "failed"}).json()
    assert failed["events"] and all(e["status"] == "failed" for e in failed["events"])
    big = client.get("/api/events", params={"min_amount": 1e9}).json()
    assert big["events"] and all(e["amount"]["value"] >= 1e9 for e in big["events"])
    later = client.get("/api/events", params={"since": "2025-06"}).json()
    assert 0 < later["total"] < everything["total"]
    investments = client.get("/api/events", params={"type": "investment"}).json()
    assert all(e["type"] == "investment" for e in investments["events"])


def test_events_paging_is_stable_and_complete(client: TestClient) -> None:
    total = client.get("/api/events").json()["total"]
    seen: list[str] = []
    for offset in range(0, total, 2):
        page = client.get("/api/events", params={"limit": 2, "offset": offset}).json()
        assert page["total"] == total and len(page["events"]) <= 2
        seen += [e["id"] for e in page["events"]]
    assert len(seen) == total == len(set(seen))


def test_entity_search_and_detail(client: TestClient) -> None:
    entity = client.get(f"/api/entities/{meta_id(client)}").json()
    assert entity["name"] == "Meta" and entity["events"]
    assert client.get("/api/entities", params={"q": "Bluefin"}).json()["entities"]


def test_graph_has_an_edge_per_event(client: TestClient) -> None:
    graph = client.get("/api/graph", params={"entity": meta_id(client)}).json()
    names = {n["name"] for n in graph["nodes"]}
    assert {"Meta", "Scale AI", "Perplexity"} <= names
    assert {e["type"] for e in graph["edges"]} >= {"acquisition"}


def test_event_detail_has_evidence(client: TestClient) -> None:
    params = {"entity": meta_id(client), "min_amount": 1e9}
    event = client.get("/api/events", params=params).json()["events"][0]
    detail = client.get(f"/api/events/{event['id']}").json()
    assert detail["id"] == event["id"]
    hinted = client.get(f"/api/events/{event['id']}", params={"entity": meta_id(client)}).json()
    misled = client.get(f"/api/events/{event['id']}", params={"entity": "nobody-at-all"}).json()
    assert hinted == misled == detail
    assert any("Scale AI" in s["evidence"] for s in detail["sources"])


def test_document_ids_with_slashes_resolve(client: TestClient, meta_doc: str, hostile_doc: str) -> None:
    doc = client.get(f"/api/documents/{meta_doc}").json()
    assert doc["id"] == meta_doc and doc["lang"] == "de" and doc["claims"]
    assert client.get(f"/api/documents/{hostile_doc}").status_code == 200


def test_conflicts_endpoint_returns_a_list(client: TestClient) -> None:
    assert isinstance(client.get("/api/conflicts").json()["conflicts"], list)


@pytest.mark.parametrize(
    ("path", "status", "code"),
    [
        ("/api/events?type=ipo", 422, "invalid_parameter"),
        ("/api/events?status=maybe", 422, "invalid_parameter"),
        ("/api/events?since=yesterday", 422, "invalid_parameter"),
        ("/api/events?until=2025-13", 422, "invalid_parameter"),
        ("/api/events?limit=0", 422, "invalid_parameter"),
        ("/api/events?limit=abc", 422, "invalid_parameter"),
        ("/api/entities", 422, "invalid_parameter"),
        ("/api/graph?entity=Q380&depth=9", 422, "invalid_parameter"),
        ("/api/entities/no-such-entity", 404, "not_found"),
        ("/api/events/no-such-event", 404, "not_found"),
        ("/api/documents/no/such/doc", 404, "not_found"),
        ("/api/graph?entity=no-such-entity", 404, "not_found"),
        ("/no/such/route", 404, "not_found"),
    ],
)
def test_every_error_has_one_shape(client: TestClient, path: str, status: int, code: str) -> None:
    response = client.get(path)
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code and body["error"]["message"]


def test_internal_errors_hide_the_stack_trace(db_url: str) -> None:
    app = create_app(db_url)

    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("secret detail")

    app.state.store.conflicts = boom
    with TestClient(app, raise_server_exceptions=False) as c:
        response = c.get("/api/conflicts")
    assert response.status_code == 500
    assert response.json() == {"error": {"code": "internal_error", "message": "internal server error"}}


def test_post_documents_is_forbidden_by_default(client: TestClient) -> None:
    response = client.post("/api/documents", json={"text": "Acme buys Foo."})
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden"


def test_post_documents_ingests_when_allowed(tmp_path: Any) -> None:
    app = create_app(f"sqlite:///{tmp_path / 'post.db'}", allow_ingest=True)
    with TestClient(app, raise_server_exceptions=False) as c:
        bad = c.post("/api/documents", json={"text": "x", "html": "<p>x</p>"})
        assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_parameter"
        assert c.post("/api/documents", json={"text": "x", "lang": "fr"}).status_code == 422
        empty_html = c.post("/api/documents", json={"html": "<html><body></body></html>"})
        assert empty_html.status_code == 422 and empty_html.json()["error"]["message"].startswith("html:")
        body = {
            "id": "post/1",
            "lang": "en",
            "published": "2025-01-10",
            "title": "Deal",
            "text": "Ostmark Energy has agreed to acquire Lindqvist Solar for $75 million.",
        }
        outcome = c.post("/api/documents", json=body).json()
        assert outcome["doc"] == "post/1" and outcome["events_created"] >= 1
        html = (
            "<html><head><title>Zukauf</title></head><body><article><h1>Zukauf</h1><p>Die Brenntal "
            "Chemie AG übernimmt den Farbenhersteller Wolkenstein Lacke für 40 Millionen Euro. Der Kauf "
            "soll bis zum Sommer abgeschlossen werden, teilte das Unternehmen am Montag mit.</p>"
            "</article></body></html>"
        )
        assert (
            c.post(
                "/api/documents", json={"html": html, "url": "https://news.example/z", "lang": "de"}
            ).status_code
            == 200
        )
        assert c.get("/api/documents/post/1").json()["title"] == "Deal"
        ostmark = c.get("/api/entities", params={"q": "Ostmark"}).json()["entities"][0]["id"]
        assert c.get("/api/events", params={"entity": ostmark}).json()["total"] >= 1
