"""Settings that cannot work are refused at connect(); a closed client says so by name."""

from __future__ import annotations

import math
import traceback

import httpx
import pytest

import facade
from facade.sandbox import Sandbox, SandboxGroup

from .conftest import PROBES, aclient, box, client


@pytest.mark.parametrize(
    "timeout", [-1, 0, 0.0, -0.5, math.nan, math.inf, True, "5", httpx.Timeout(5.0, connect=-1), httpx.Timeout(0)]
)
def test_bad_timeouts_are_refused_at_connect(sandboxes: SandboxGroup, timeout: object) -> None:
    cloud = box(sandboxes, "cloudapi")
    with pytest.raises(facade.ConfigurationError, match=r"^cloudapi: timeout.* must be a positive number of seconds"):
        client(cloud, timeout=timeout)
    with pytest.raises(facade.ConfigurationError, match="timeout"):
        aclient(cloud, timeout=timeout)
    assert cloud.requests == []


def test_bad_settings_per_call_are_refused_before_sending(sandboxes: SandboxGroup) -> None:
    cloud = box(sandboxes, "cloudapi")
    with client(cloud) as c:
        with pytest.raises(facade.ParameterError, match=r"^cloudapi.getUsage: timeout=-1 must be a positive") as info:
            c.call("getUsage", timeout=-1)
        assert info.value.name == "timeout"
        with pytest.raises(facade.ParameterError, match=r"max_retries=-1 must be a whole number >= 0"):
            c.call("getUsage", max_retries=-1)
        with pytest.raises(facade.ConfigurationError, match=r"^cloudapi: max_retries=1.5 must be a whole number"):
            client(cloud, max_retries=1.5)
        usage = c.call("getUsage", timeout=httpx.Timeout(None), max_retries=0).data
    assert usage.requests >= 0
    assert [r.operation for r in cloud.requests] == ["getUsage"]


def test_no_timeout_is_spelled_httpx_timeout_none(sandboxes: SandboxGroup) -> None:
    cloud = box(sandboxes, "cloudapi")
    cloud.faults.add(operation="getUsage", delay=0.3, times=1)
    with client(cloud, timeout=httpx.Timeout(None), max_retries=0) as c:
        assert c.call("getUsage").data.requests >= 0
    assert [r.status for r in cloud.requests] == [200]


def test_call_after_close_names_the_provider(sb: Sandbox) -> None:
    probe = PROBES[sb.provider]
    c = client(sb)
    pager = c.paginate(probe.listing)
    c.close()
    with pytest.raises(facade.ClientClosedError) as info:
        c.call(probe.read)
    assert str(info.value) == (
        f"{sb.provider}.{probe.read}: this client has been closed; make a new one with facade.connect()"
    )
    assert isinstance(info.value, RuntimeError) and info.value.provider == sb.provider
    with pytest.raises(
        facade.ClientClosedError, match=rf"^{sb.provider}\.{probe.listing}: this client has been closed"
    ):
        list(pager)
    with pytest.raises(facade.ClientClosedError):
        c.paginate(probe.listing)
    assert sb.requests == []


async def test_async_call_after_aclose(sandboxes: SandboxGroup) -> None:
    cloud = box(sandboxes, "cloudapi")
    ac = aclient(cloud)
    assert (await ac.call("getUsage")).data.requests >= 0
    await ac.aclose()
    with pytest.raises(facade.ClientClosedError, match=r"^cloudapi.getUsage: this client has been closed"):
        await ac.call("getUsage")
    with pytest.raises(facade.ClientClosedError):
        await ac.paginate("listUsers").to_list()
    assert len(cloud.requests) == 1


async def test_close_on_an_async_client_points_to_aclose(sandboxes: SandboxGroup) -> None:
    cloud = box(sandboxes, "cloudapi")
    async with aclient(cloud) as ac:
        with pytest.raises(TypeError) as info:
            ac.close()  # type: ignore[attr-defined]  # what a sync habit types
        assert "use 'await client.aclose()'" in str(info.value)
        assert "cloudapi: AsyncClient has no close()" in "".join(traceback.format_exception(info.value))
        assert (await ac.call("getUsage")).data.requests >= 0  # the mistake closed nothing


def test_injected_client_closed_by_its_owner(sandboxes: SandboxGroup) -> None:
    cloud = box(sandboxes, "cloudapi")
    http = httpx.Client()
    c = client(cloud, http_client=http)
    http.close()
    with pytest.raises(
        facade.ClientClosedError, match=r"^cloudapi: the httpx client given as http_client= has been closed"
    ):
        c.call("getUsage")
    with pytest.raises(facade.ClientClosedError, match="http_client= has been closed"):
        client(cloud, http_client=http)
    c.close()
    assert cloud.requests == []
