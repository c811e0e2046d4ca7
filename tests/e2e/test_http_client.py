"""An httpx client the user passes in is used as it is: never rewired, never closed by us."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import facade
from facade.sandbox import SandboxGroup

from .conftest import aclient, box, client


def _state(http: httpx.Client | httpx.AsyncClient) -> dict[str, Any]:
    return {
        "auth": http.auth,
        "headers": list(http.headers.multi_items()),
        "timeout": http.timeout,
        "base_url": str(http.base_url),
        "follow_redirects": http.follow_redirects,
        "transport": http._transport,
        "mounts": dict(http._mounts),
        "closed": http.is_closed,
    }


def test_injected_client_is_used_and_never_modified(sandboxes: SandboxGroup) -> None:
    cloud = box(sandboxes, "cloudapi")
    seen: list[httpx.Request] = []
    with httpx.Client(headers={"X-Team": "infra"}, timeout=7.0, event_hooks={"request": [seen.append]}) as http:
        before = _state(http)
        with client(cloud, http_client=http) as first, client(cloud, http_client=http) as second:
            first.call("getUsage")
            second.call("getUsage")
            assert _state(http) == before
        assert _state(http) == before
    assert len(seen) == 2 and all(r.headers["x-team"] == "infra" for r in seen)
    assert all(r.extensions["timeout"]["read"] == 7.0 for r in seen)  # its timeout stands unless given


def test_second_connect_on_the_same_client_does_not_break_the_first(sandboxes: SandboxGroup) -> None:
    cloud = box(sandboxes, "cloudapi")
    with httpx.Client() as http:
        good = client(cloud, http_client=http, max_retries=0)
        wrong = client(cloud, http_client=http, api_key="wrong-key", max_retries=0)
        assert good.call("getUsage").data.requests >= 0
        with pytest.raises(facade.AuthenticationError):
            wrong.call("getUsage")
        assert good.call("getUsage").data.requests >= 0  # still its own key
    assert [r.status for r in cloud.requests] == [200, 401, 200]


def test_transports_do_not_stack(sandboxes: SandboxGroup) -> None:
    cloud = box(sandboxes, "cloudapi")
    sent: list[httpx.Request] = []
    with httpx.Client(event_hooks={"request": [sent.append]}) as http:
        clients = [client(cloud, http_client=http, max_retries=2) for _ in range(3)]
        cloud.faults.add(operation="getUsage", status=503)
        with pytest.raises(facade.ServerError):
            clients[-1].call("getUsage")
    # One boundary: 1 + 2 retries. Wrapped three times over it would be 27 attempts.
    assert [r.status for r in cloud.requests] == [503, 503, 503]
    assert len(sent) == 3


def test_two_providers_share_one_pool(sandboxes: SandboxGroup) -> None:
    cloud, flu = box(sandboxes, "cloudapi"), box(sandboxes, "fluence")
    hosts: list[str] = []
    with httpx.Client(event_hooks={"request": [lambda r: hosts.append(r.url.netloc.decode())]}) as http:
        with client(cloud, http_client=http) as c, client(flu, http_client=http) as f:
            assert c.call("getUsage").data.requests >= 0
            assert f.call("listCountries")
            assert c.call("getUsage").data.requests >= 0
        pool = http._transport._pool  # type: ignore[attr-defined]
        assert len(pool.connections) == 2  # one keep-alive connection per sandbox, reused
    here, there = httpx.URL(cloud.base_url).netloc.decode(), httpx.URL(flu.base_url).netloc.decode()
    assert hosts == [here, there, here]
    assert [r.status for r in flu.requests] == [200]


def test_closing_ours_leaves_the_users_client_open(sandboxes: SandboxGroup) -> None:
    cloud = box(sandboxes, "cloudapi")
    with httpx.Client() as http:
        with client(cloud, http_client=http) as c:
            c.call("getUsage")
        assert not http.is_closed
        answer = http.get(f"{cloud.base_url}/v1/usage", headers={"Authorization": f"Bearer {cloud.api_key}"})
        assert answer.status_code == 200
    assert [r.status for r in cloud.requests] == [200, 200]


def test_wrong_kind_of_client_is_refused(sandboxes: SandboxGroup) -> None:
    cloud = box(sandboxes, "cloudapi")
    with pytest.raises(facade.ConfigurationError, match=r"http_client= must be an httpx\.Client here, got AsyncClient"):
        client(cloud, http_client=httpx.AsyncClient())
    with pytest.raises(facade.ConfigurationError, match="give the proxy to your httpx client"):
        client(cloud, http_client=httpx.Client(), proxy="http://127.0.0.1:9")


async def test_async_injected_client(sandboxes: SandboxGroup) -> None:
    cloud = box(sandboxes, "cloudapi")
    async with httpx.AsyncClient() as http:
        before = _state(http)
        good = aclient(cloud, http_client=http, max_retries=1)
        wrong = aclient(cloud, http_client=http, api_key="wrong-key", max_retries=0)
        assert (await good.call("getUsage")).data.requests >= 0
        with pytest.raises(facade.AuthenticationError):
            await wrong.call("getUsage")
        cloud.faults.add(operation="getUsage", status=503, times=2)
        with pytest.raises(facade.ServerError):
            await good.call("getUsage")
        await good.aclose()
        await wrong.aclose()
        assert _state(http) == before and not http.is_closed
    assert [r.status for r in cloud.requests] == [200, 401, 503, 503]
