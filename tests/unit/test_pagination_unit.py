from __future__ import annotations

import asyncio
import uuid
from typing import Any

import httpx
import pytest

import facade
from facade._manifest import Operation
from facade._pagination import Page, Plan

from .conftest import KEY, Handler, json_response, mock

USERS = [
    {
        "id": f"usr_{i:04x}",
        "email": f"u{i}@example.com",
        "role": "member",
        "status": "active",
        "created_at": "2026-01-01T00:00:00Z",
    }
    for i in range(250)
]


def users_handler(requests: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        limit = int(request.url.params.get("limit", 25))
        cursor = request.url.params.get("cursor")
        start = next((i + 1 for i, u in enumerate(USERS) if u["id"] == cursor), 0)
        page = USERS[start : start + limit]
        more = start + limit < len(USERS)
        return json_response(
            200, {"data": page, "next_cursor": page[-1]["id"] if more else None, "request_id": "req_1"}
        )

    return handler


def test_cursor_style_yields_every_item_once() -> None:
    requests: list[httpx.Request] = []
    client = mock("cloudapi", users_handler(requests))
    ids = [u.id for u in client.paginate("listUsers", limit=100)]
    assert ids == [u["id"] for u in USERS]
    assert [r.url.params.get("cursor") for r in requests] == [None, "usr_0063", "usr_00c7"]
    assert {r.url.params["limit"] for r in requests} == {"100"}


def test_default_page_size_is_the_providers_max() -> None:
    requests: list[httpx.Request] = []
    assert len(list(mock("cloudapi", users_handler(requests)).paginate("listUsers"))) == 250
    assert requests[0].url.params["limit"] == "100"


def test_max_items_and_pages() -> None:
    requests: list[httpx.Request] = []
    client = mock("cloudapi", users_handler(requests))
    assert len(list(client.paginate("listUsers", limit=100, max_items=130))) == 130
    assert len(requests) == 2
    pages = list(client.paginate("listUsers", limit=100).pages())
    assert [len(p.items) for p in pages] == [100, 100, 50]
    assert pages[0].parsed.request_id == "req_1" and pages[2].number == 2


def test_repeated_cursor_raises() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return json_response(200, {"data": USERS[:2], "next_cursor": "same", "request_id": "r"})

    with pytest.raises(facade.PaginationError, match="repeated next_cursor 'same'") as info:
        list(mock("cloudapi", handler).paginate("listUsers"))
    assert (info.value.provider, info.value.operation) == ("cloudapi", "listUsers")


def deployments(total: int) -> list[dict[str, Any]]:
    rows = [
        {
            "id": str(uuid.UUID(int=i)),
            "status": "running",
            "name": f"d{i}",
            "completed_percent": 0.0,
            "hardware_quantity": 1,
            "brand_name": "NVIDIA",
            "hardware_name": "A100",
            "compute_minutes_served": 1,
            "compute_minutes_remaining": 2,
        }
        for i in range(total)
    ]
    return rows


def test_page_style_starts_at_first_page_and_stops_at_total() -> None:
    rows = deployments(45)
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        page, size = int(request.url.params["page"]), int(request.url.params["page_size"])
        chunk = rows[(page - 1) * size : page * size]  # io.net pages from 1
        return json_response(200, {"data": {"deployments": chunk, "total": len(rows), "statuses": []}})

    client = mock("ionet", handler)
    try:
        items = list(client.paginate("listDeployments", limit=20))
    except facade.DecodeError as exc:  # pragma: no cover - shows the schema mismatch if the spec changes
        pytest.fail(str(exc))
    assert [str(d.id) for d in items] == [r["id"] for r in rows]
    assert [r.url.params["page"] for r in requests] == ["1", "2", "3"]


async def test_async_pager_fetches_concurrently_in_order() -> None:
    rows = deployments(200)
    in_flight = 0
    peak = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.01)
        in_flight -= 1
        page, size = int(request.url.params["page"]), int(request.url.params["page_size"])
        chunk = rows[(page - 1) * size : page * size]  # io.net pages from 1
        return json_response(200, {"data": {"deployments": chunk, "total": len(rows), "statuses": []}})

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with facade.aconnect("ionet", api_key=KEY, base_url="https://api.test", http_client=http) as io:
        ids = [str(d.id) async for d in io.paginate("listDeployments", limit=10, concurrency=5)]
        assert ids == [r["id"] for r in rows]
        assert peak == 5
        few = [d async for d in io.paginate("listDeployments", limit=10, max_items=25)]
        assert len(few) == 25


def test_unpaged_list_style_none() -> None:
    orgs = [
        {
            "pk": i,
            "name": f"o{i}",
            "slug": f"o{i}",
            "logo": None,
            "created": "2026-01-01T00:00:00Z",
            "updated": "2026-01-01T00:00:00Z",
        }
        for i in range(1, 4)
    ]
    client = mock("stackpoint", lambda r: json_response(200, orgs))
    assert [o.pk for o in client.paginate("listOrgs")] == [1, 2, 3]


def test_not_a_list_operation() -> None:
    with pytest.raises(facade.ConfigurationError, match="getUsage: not a list operation"):
        mock("cloudapi", lambda r: json_response(200, {})).paginate("getUsage")


def _op(**pagination: object) -> Operation:
    return Operation("listThings", "GET", "/things", "x", (), dict(pagination), None, (200,))


def _page(body: object, items: list[object]) -> Page[object]:
    return Page(items, None, httpx.Response(200, json=body, request=httpx.Request("GET", "https://api.test/")), 0)


def test_offset_style_rules() -> None:
    plan = Plan(
        "p",
        _op(
            style="offset",
            items="$.results",
            offset_param="offset",
            limit_param="limit",
            total="$.count",
            max_page_size=2,
        ),
        {},
        None,
        None,
    )
    walk = plan.walk()
    assert plan.first().params == {"limit": 2, "offset": 0}
    nxt = walk.following(_page({"results": [1, 2], "count": 5}, [1, 2]))
    assert nxt is not None and nxt.params == {"limit": 2, "offset": 2}
    nxt = walk.following(_page({"results": [3, 4], "count": 5}, [3, 4]))
    assert nxt is not None and nxt.params["offset"] == 4
    assert walk.following(_page({"results": [5], "count": 5}, [5])) is None


def test_next_url_style_rules() -> None:
    plan = Plan("p", _op(style="next_url", items="$.results", next_url="$.next"), {}, None, None)
    walk = plan.walk()
    nxt = walk.following(_page({"results": [1], "next": "https://api.test/things?page=2"}, [1]))
    assert nxt is not None and nxt.url == "https://api.test/things?page=2"
    assert walk.following(_page({"results": [2], "next": None}, [2])) is None
    with pytest.raises(facade.PaginationError):
        walk.following(_page({"results": [3], "next": "https://api.test/things?page=2"}, [3]))


def _linked(items: list[object], link: str | None) -> Page[object]:
    headers = {"Link": link} if link else {}
    response = httpx.Response(200, json=items, headers=headers, request=httpx.Request("GET", "https://api.test/"))
    return Page(items, None, response, 0)


def test_next_url_from_a_link_header() -> None:
    """``$response.header.Link`` (inferred by the pipeline): the RFC 8288 rel="next" URL is followed."""
    plan = Plan("p", _op(style="next_url", items="$", next_url="$response.header.Link"), {}, None, None)
    walk = plan.walk()
    link = '<https://api.test/things?page=1>; rel="prev", <https://api.test/things?page=3>; rel="next"'
    nxt = walk.following(_linked([1, 2], link))
    assert nxt is not None and nxt.url == "https://api.test/things?page=3"
    assert walk.following(_linked([3], '<https://api.test/things?page=2>; rel="prev"')) is None
    assert walk.following(_linked([4], None)) is None


def test_has_more_false_stops() -> None:
    plan = Plan(
        "p",
        _op(style="cursor", items="$.data", cursor_param="after", next_cursor="$.last", has_more="$.has_more"),
        {},
        None,
        None,
    )
    walk = plan.walk()
    assert walk.following(_page({"data": [1], "last": "a", "has_more": False}, [1])) is None
    nxt = walk.following(_page({"data": [1], "last": "a", "has_more": True}, [1]))
    assert nxt is not None and nxt.params == {"after": "a"}
