"""Paging seeded collections through the facade, sync and async: every item exactly once."""

from __future__ import annotations

from typing import Any

import facade
from facade.sandbox import Sandbox, SandboxGroup

from .conftest import PROBES, aclient, box, client


def _key(item: Any) -> str:
    for name in ("id", "pk", "vm_id", "fingerprint", "key_id", "name"):
        value = getattr(item, name, None)
        if value is not None and type(value).__name__ != "Unset":
            return str(value)
    return repr(item)


def test_list_yields_each_item_once(sb: Sandbox) -> None:
    probe = PROBES[sb.provider]
    with client(sb) as c:
        items = list(c.paginate(probe.listing, **probe.list_params))
    keys = [_key(i) for i in items]
    assert keys and len(keys) == len(set(keys))


async def test_sync_and_async_agree(sb: Sandbox) -> None:
    probe = PROBES[sb.provider]
    with client(sb) as c:
        sync_keys = [_key(i) for i in c.paginate(probe.listing, **probe.list_params)]
    async with aclient(sb) as ac:
        async_keys = [_key(i) async for i in ac.paginate(probe.listing, **probe.list_params)]
    assert sync_keys == async_keys


def test_cursor_paging_cloudapi_users(sandboxes: SandboxGroup) -> None:
    cloud = box(sandboxes, "cloudapi")
    with client(cloud) as c:
        ids = [u.id for u in c.paginate("listUsers", limit=40)]
    pages = [r for r in cloud.requests if r.operation == "listUsers"]
    assert len(ids) == len(set(ids)) and len(pages) == -(-len(ids) // 40) >= 3


def test_page_paging_ionet_deployments(sandboxes: SandboxGroup) -> None:
    io = box(sandboxes, "ionet")
    with client(io) as c:
        ids = [d.id for d in c.paginate("listDeployments", limit=25)]
        total = c.call("listDeployments", page=0, page_size=1).data.total
    assert len(ids) == total == len(set(ids)) and total > 50


def test_page_paging_fluence_cloud_vms(sandboxes: SandboxGroup) -> None:
    flu = box(sandboxes, "fluence_cloud")
    launched = [v["id"] for v in flu.items("vms") if v["status"] == "launched"]
    with client(flu) as c:
        ids = [str(v.id) for v in c.paginate("get_users_vms", limit=5)]
        running = [str(v.id) for v in c.paginate("get_users_vms", limit=2, status=["launched"])]
        info = c.call("get_users_vms", page=1, per_page=1, status=["launched"]).pagination
    pages = [r for r in flu.requests if r.operation == "get_users_vms"]
    assert len(ids) == len(set(ids)) == len(flu.items("vms")) and running == launched
    assert (info.total_records, info.filtered_records, info.total_pages) == (len(ids), len(launched), len(launched))
    assert len(pages) == -(-len(ids) // 5) + -(-len(launched) // 2) + 1  # no page twice, none past the end


def test_cursor_paging_castai_nodes(sandboxes: SandboxGroup) -> None:
    cast = box(sandboxes, "castai")
    with client(cast) as c:
        cluster = next(iter(c.paginate("ExternalClusterAPI_ListClusters")))
        nodes = [n.id for n in c.paginate("ExternalClusterAPI_ListNodes", cluster_id=cluster.id, limit=7)]
    pages = [r for r in cast.requests if r.operation == "ExternalClusterAPI_ListNodes"]
    assert nodes and len(nodes) == len(set(nodes)) and len(pages) >= 2


async def test_async_page_paging_is_concurrent_and_ordered(sandboxes: SandboxGroup) -> None:
    io = box(sandboxes, "ionet")
    with client(io) as c:
        expected = [d.id for d in c.paginate("listDeployments", limit=10)]
    async with aclient(io) as ac:
        got = [d.id async for d in ac.paginate("listDeployments", limit=10, concurrency=4)]
    assert got == expected


def test_max_items(sandboxes: SandboxGroup) -> None:
    cloud = box(sandboxes, "cloudapi")
    with client(cloud) as c:
        assert len(c.paginate("listUsers", max_items=7).to_list()) == 7
    assert len([r for r in cloud.requests if r.operation == "listUsers"]) == 1


def test_typed_paginate_by_module(sandboxes: SandboxGroup) -> None:
    from cloudapi_client.api.users import list_users
    from cloudapi_client.models.user import User

    with client(box(sandboxes, "cloudapi")) as c:
        pager = c.paginate(list_users, limit=5)
        first = next(iter(pager))
    assert isinstance(pager, facade.Pager)
    assert isinstance(first, User) and first.id.startswith("usr_")


# -- a pager is a recipe: every iteration starts from the first page ----------------------------
REITERATED = [("cloudapi", "listUsers", 40), ("ionet", "listDeployments", 25)]  # cursor, page


def test_reiterating_a_pager_starts_fresh(sandboxes: SandboxGroup) -> None:
    for name, operation, limit in REITERATED:
        sb = box(sandboxes, name)
        with client(sb) as c:
            pager = c.paginate(operation, limit=limit)
            first = [_key(i) for i in pager]
            again = [_key(i) for i in pager]
            pages = [[_key(i) for i in page.items] for page in pager.pages()]
            after_pages = [_key(i) for i in pager]
            listed, relisted = pager.to_list(), pager.to_list()
        assert len(first) > 2 * limit and len(first) == len(set(first)), name
        assert again == first == [k for page in pages for k in page] == after_pages, name
        assert [_key(i) for i in listed] == [_key(i) for i in relisted] == first, name


def test_reiterating_with_max_items(sandboxes: SandboxGroup) -> None:
    io = box(sandboxes, "ionet")
    with client(io) as c:
        pager = c.paginate("listDeployments", limit=10, max_items=35)
        pages = [[d.id for d in p.items] for p in pager.pages()]
        assert [[d.id for d in p.items] for p in pager.pages()] == pages
        assert [len(p) for p in pages] == [10, 10, 10, 5]
        assert [d.id for d in pager.to_list()] == [d.id for d in pager.to_list()] == [i for p in pages for i in p]


async def test_async_reiterating_starts_fresh(sandboxes: SandboxGroup) -> None:
    for name, operation, limit in REITERATED:
        sb = box(sandboxes, name)
        async with aclient(sb) as ac:
            pager = ac.paginate(operation, limit=limit, concurrency=4)
            first = [_key(i) async for i in pager]
            again = [_key(i) async for i in pager]
            pages = [[_key(i) for i in page.items] async for page in pager.pages()]
            listed, relisted = await pager.to_list(), await pager.to_list()
        assert len(first) > 2 * limit and len(first) == len(set(first)), name
        assert again == first == [k for page in pages for k in page], name
        assert [_key(i) for i in listed] == [_key(i) for i in relisted] == first, name
