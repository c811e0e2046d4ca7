"""Paging through a seeded collection of several pages returns every item exactly once."""

from __future__ import annotations

from typing import Any

import httpx

from facade import _jsonpath
from facade.sandbox import List, Sandbox

from .sandbox_helpers import auth_headers, existing_path


def _walk(client: httpx.Client, path: str, pag: dict[str, Any], size: int, id_field: str) -> tuple[list[str], int]:
    ids: list[str] = []
    pages = 0
    params: dict[str, Any] = {}
    if pag["style"] == "cursor":
        params[pag["limit_param"]] = size
    elif pag["style"] == "page":
        params = {pag["size_param"]: size, pag["page_param"]: pag.get("first_page", 1)}
    while True:
        body = client.get(path, params=params).raise_for_status().json()
        items = _jsonpath.get(body, pag["items"])
        pages += 1
        ids += [str(i[id_field]) for i in items]
        if pag["style"] == "cursor":
            cursor = _jsonpath.get(body, pag["next_cursor"])
            if not cursor:
                return ids, pages
            params[pag["cursor_param"]] = cursor
        elif pag["style"] == "page":
            if len(items) < size or (pag.get("total") and len(ids) >= _jsonpath.get(body, pag["total"])):
                return ids, pages
            params[pag["page_param"]] += 1
        else:
            return ids, pages


def test_every_paged_collection_walks_each_item_once(sb: Sandbox) -> None:
    engine = sb.state.engine
    walked = 0
    for op in sb.state.spec.operations.values():
        routed = engine.routes.get(op.op_id)
        if not op.pagination or op.pagination["style"] == "none" or not routed or not isinstance(routed[1], List):
            continue
        res, path = routed[0], op.path
        ids = existing_path(sb, op)  # a nested collection (castai nodes under a cluster): one parent's items
        for name, value in ids.items():
            path = path.replace("{" + name + "}", value)
        parent = sb.items(res.parent) if res.parent else []
        parent_id = engine.resources[res.parent].id_field if res.parent else ""
        under = next((p for p in parent if str(p[parent_id]) in ids.values()), None)
        expected = len([i for i in engine.operator_call().items(res.name, under)]) if res.parent else None
        count = expected if expected is not None else len(sb.items(res.name))
        size = max(1, min(op.pagination.get("max_page_size") or 100, count // 4 or 1))
        with httpx.Client(base_url=sb.base_url, headers=auth_headers(sb, op)) as client:
            seen, pages = _walk(client, path, op.pagination, size, res.id_field)
        assert sorted(seen) == sorted(set(seen)), op.op_id
        assert len(seen) == count, op.op_id
        assert pages >= 4 or count < 4, op.op_id
        walked += 1
    assert walked or all(
        (op.pagination or {}).get("style", "none") == "none" for op in sb.state.spec.operations.values()
    )


def test_scale_knob_and_seed_reproducibility() -> None:
    with Sandbox("cloudapi", seed=3, scale=10) as big, Sandbox("cloudapi", seed=3, scale=10) as twin:
        assert len(big.state.store.collection("users")) == 2500
        assert big.state.store.collection("users").values()[:50] == twin.state.store.collection("users").values()[:50]
        assert big.api_key == twin.api_key
    with Sandbox("cloudapi", seed=4) as other:
        assert other.api_key != big.api_key


def test_page_size_above_the_maximum_is_a_validation_error(sb: Sandbox) -> None:
    for op in sb.state.spec.operations.values():
        pag = op.pagination or {}
        if pag.get("max_page_size") and not any(p.required for p in op.params):
            param = pag.get("limit_param") or pag.get("size_param")
            assert param is not None
            with httpx.Client(base_url=sb.base_url, headers=auth_headers(sb, op)) as client:
                response = client.get(op.path, params={param: pag["max_page_size"] + 1})
            assert response.status_code == sb.state.provider.statuses.validation
            return
