"""The async twin: calls, paging, and many concurrent calls over one pool."""

from __future__ import annotations

import asyncio

import pytest

import facade
from facade.sandbox import Sandbox, SandboxGroup

from .conftest import PROBES, aclient, box


async def test_async_call_and_errors(sb: Sandbox) -> None:
    probe = PROBES[sb.provider]
    async with aclient(sb) as ac:
        probe.check_read(await ac.call(probe.read))
        sb.faults.add(operation=probe.read, status=503, times=2)
        probe.check_read(await ac.call(probe.read))
        sb.faults.add(operation=probe.read, status=500)
        with pytest.raises(facade.ServerError):
            await ac.call(probe.read, max_retries=0)
    assert [r.status for r in sb.requests if r.operation == probe.read][:4] == [200, 503, 503, 200]


async def test_thousand_concurrent_calls(sandboxes: SandboxGroup) -> None:
    cloud = box(sandboxes, "cloudapi")
    async with aclient(cloud) as ac:
        results = await asyncio.gather(*(ac.call("getUsage") for _ in range(1000)))
        pool = ac._http._transport.inner._pool  # type: ignore[attr-defined]
        assert len(pool.connections) <= 100
    assert all(r.data.requests >= 0 for r in results)
    assert len(pool.connections) == 0  # closed with the client: nothing leaked
    assert len([r for r in cloud.requests if r.operation == "getUsage"]) == 1000


async def test_async_generated_client_shares_the_pool(sandboxes: SandboxGroup) -> None:
    from cloudapi_client.api.usage import get_usage
    from cloudapi_client.models.usage_response import UsageResponse

    cloud = box(sandboxes, "cloudapi")
    async with aclient(cloud) as ac:
        cloud.faults.add(operation="getUsage", status=503, times=1)
        usage = await get_usage.asyncio(client=ac.generated)
    assert isinstance(usage, UsageResponse) and usage.data.requests >= 0 and usage.request_id
    assert [r.status for r in cloud.requests] == [503, 200]
