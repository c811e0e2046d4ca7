"""Proxies as httpx honours them (HTTP(S)_PROXY, ALL_PROXY, NO_PROXY, proxy=), with auth, retries and errors kept."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

import facade
from facade.sandbox import SandboxGroup

from ._local import ForwardProxy, forward_proxy
from .conftest import aclient, box, client

_PROXY_VARS = ["HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"]


@pytest.fixture
def proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[ForwardProxy]:
    for name in _PROXY_VARS:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    with forward_proxy() as running:
        yield running


def test_http_proxy_from_the_environment(
    sandboxes: SandboxGroup, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    cloud = box(sandboxes, "cloudapi")
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    with client(cloud) as c:
        usage = c.call("getUsage").data
        users = c.paginate("listUsers", limit=100).to_list()
    assert usage.requests >= 0 and len(users) == 250
    assert proxy.count == 4 == len(cloud.requests)  # 1 call + 3 pages, every one through the proxy
    assert proxy.seen[0].target == f"{cloud.base_url}/v1/usage"
    assert proxy.seen[0].headers["authorization"] == f"Bearer {cloud.api_key}"  # auth kept on the proxied route


def test_all_proxy_and_no_proxy(sandboxes: SandboxGroup, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch) -> None:
    cloud = box(sandboxes, "cloudapi")
    monkeypatch.setenv("ALL_PROXY", proxy.url)
    with client(cloud) as c:
        c.call("getUsage")
    assert proxy.count == 1
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    with client(cloud) as c:
        c.call("getUsage")
    assert proxy.count == 1 and len(cloud.requests) == 2  # the second went direct


def test_retries_and_errors_through_the_proxy(
    sandboxes: SandboxGroup, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    io = box(sandboxes, "ionet")
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    io.faults.add(operation="listNodePools", status=503, times=1)
    with client(io) as c:
        pools = c.call("listNodePools")
    with client(io, api_key="wrong-key", max_retries=0) as bad, pytest.raises(facade.AuthenticationError) as info:
        bad.call("listNodePools")
    assert pools.data and [r.status for r in io.requests] == [503, 200, 401]
    assert proxy.count == 3
    assert info.value.request is not None
    assert info.value.operation == "listNodePools" and "wrong-key" not in repr(info.value.request.headers)


def test_explicit_proxy_wins_over_the_environment(
    sandboxes: SandboxGroup, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    cloud = box(sandboxes, "cloudapi")
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # nothing listens there
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    with client(cloud, proxy=proxy.url) as c:
        assert c.call("getUsage").data.requests >= 0
    assert proxy.count == 1


def test_unreachable_proxy_is_a_connection_error(sandboxes: SandboxGroup, proxy: ForwardProxy) -> None:
    cloud = box(sandboxes, "cloudapi")
    with (
        client(cloud, proxy="http://127.0.0.1:9", max_retries=1) as c,
        pytest.raises(facade.APIConnectionError) as info,
    ):
        c.call("getUsage")
    assert info.value.operation == "getUsage" and cloud.requests == []


def test_bad_proxy_is_refused_without_its_password(sandboxes: SandboxGroup, proxy: ForwardProxy) -> None:
    cloud = box(sandboxes, "cloudapi")
    with pytest.raises(facade.ConfigurationError) as info:
        client(cloud, proxy="ftp://user:hunter2@proxy.example:21")
    assert str(info.value).startswith("cloudapi: unusable proxy from proxy=") and "hunter2" not in str(info.value)


def test_injected_clients_proxy_keeps_retries_and_errors(sandboxes: SandboxGroup, proxy: ForwardProxy) -> None:
    cloud = box(sandboxes, "cloudapi")
    cloud.faults.add(operation="getUsage", status=503, times=1)
    with httpx.Client(proxy=proxy.url) as http, client(cloud, http_client=http) as c:
        assert c.call("getUsage").data.requests >= 0
        cloud.faults.add(operation="getUsage", status=500)
        with pytest.raises(facade.ServerError):
            c.call("getUsage", max_retries=0)
    assert [r.status for r in cloud.requests] == [503, 200, 500]
    assert proxy.count == 3


async def test_async_proxy_from_the_environment(
    sandboxes: SandboxGroup, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    io = box(sandboxes, "ionet")
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    io.faults.add(operation="listNodePools", status=503, times=1)
    async with aclient(io) as ac:
        await ac.call("listNodePools")
        deployments = await ac.paginate("listDeployments", limit=50).to_list()
    assert len(deployments) == len({d.id for d in deployments}) > 50
    assert proxy.count == len(io.requests) >= 4
    assert [r.status for r in io.requests][:2] == [503, 200]
