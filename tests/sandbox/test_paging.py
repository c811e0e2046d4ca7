"""Paging through a seeded collection of several pages returns every item exactly once."""

from __future__ import annotations

import httpx
from sandbox_helpers import auth_headers, existing_id

from facade.sandbox import Sandbox
from facade.sandbox._engine import get_at
from facade.sandbox._provider import Resource


def _walk(client: httpx.Client, path: str, pag: dict, size: int, id_field: str = "id") -> tuple[list[str], int]:  # type: ignore[type-arg]
    ids: list[str] = []
    pages = 0
    params: dict[str, object] = {}
    if pag["style"] == "cursor":
        params[pag["limit_param"]] = size
    elif pag["style"] == "page":
        params = {pag["size_param"]: size, pag["page_param"]: pag.get("first_page", 1)}
    while True:
        body = client.get(path, params=params).raise_for_status().json()
        items = get_at(body, pag["items"]) if pag["items"] != "$" else body
        pages += 1
        ids += [str(i.get(id_field, i.get("id", i.get("key_id")))) for i in items]
        if pag["style"] == "cursor":
            cursor = get_at(body, pag["next_cursor"])
            if not cursor:
                return ids, pages
            params[pag["cursor_param"]] = cursor
        elif pag["style"] == "page":
            if len(items) < size or (pag.get("total") and len(ids) >= get_at(body, pag["total"])):
                return ids, pages
            params[pag["page_param"]] = int(params[pag["page_param"]]) + 1  # type: ignore[call-overload]
        else:
            return ids, pages


def _count(sb: Sandbox, res: Resource, parents: dict[str, str]) -> int:
    """Items of ``res`` in the store, under the walked parent where the collection is nested."""
    items = list(sb.state.store.collection(res.name).values())
    parent = parents.get(res.parent_param or "")
    if parent is not None and res.parent_field:
        items = [i for i in items if str(i.get(res.parent_field)) == parent]
    return len(items)


def test_every_paged_collection_walks_each_item_once(sb: Sandbox) -> None:
    walked = 0
    for op in sb.state.spec.operations.values():
        routed = sb.state.routes.get(op.op_id)
        if not op.pagination or op.pagination["style"] == "none" or not routed or routed[1] != "list":
            continue
        res, path = routed[0], op.path
        parents: dict[str, str] = {}
        for param in (p for p in op.params if p.location == "path"):
            # A nested collection (castai nodes under a cluster): walk one parent's items.
            parent = existing_id(sb, op, param.name)
            assert parent is not None, (op.op_id, param.name)
            path = path.replace("{" + param.name + "}", str(parent))
            parents[param.name] = str(parent)
        size = max(1, min(op.pagination.get("max_page_size") or 100, _count(sb, res, parents) // 4 or 1))
        with httpx.Client(base_url=sb.base_url, headers=auth_headers(sb, op)) as client:
            ids, pages = _walk(client, path, op.pagination, size, res.id_field)
        expected = _count(sb, res, parents)  # after the walk: some providers link seeded children on first use
        assert sorted(ids) == sorted(set(ids)), op.op_id
        assert len(ids) == expected, op.op_id
        assert pages >= 4 or expected < 4, op.op_id
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
            with httpx.Client(base_url=sb.base_url, headers=auth_headers(sb, op)) as client:
                response = client.get(op.path, params={param: pag["max_page_size"] + 1})
            assert response.status_code == sb.state.provider.validation_status
            return
