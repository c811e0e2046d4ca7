"""Retries against the sandboxes: the figures the facade promises."""

from __future__ import annotations

import time

import pytest

import facade
from facade.sandbox import Sandbox, SandboxGroup

from .conftest import PROBES, box, client


def test_503_twice_then_200(sb: Sandbox) -> None:
    probe = PROBES[sb.provider]
    sb.faults.add(operation=probe.read, status=503, times=2)
    with client(sb) as c:
        probe.check_read(c.call(probe.read))
    served = [r.status for r in sb.requests if r.operation == probe.read]
    assert served == [503, 503, 200]


def test_429_retry_after_is_waited_for(sandboxes: SandboxGroup) -> None:
    cloud = box(sandboxes, "cloudapi")
    cloud.faults.add(operation="getUsage", status=429, retry_after=1, times=1)
    with client(cloud) as c:
        started = time.perf_counter()
        c.call("getUsage")
        waited = time.perf_counter() - started
    assert 0.95 <= waited < 2.5
    assert [r.status for r in cloud.requests] == [429, 200]


def test_retries_exhausted_raise_with_the_last_status(sb: Sandbox) -> None:
    probe = PROBES[sb.provider]
    sb.faults.add(operation=probe.read, status=502)
    with client(sb, max_retries=1) as c, pytest.raises(facade.ServerError) as info:
        c.call(probe.read)
    assert info.value.status_code == 502
    assert len([r for r in sb.requests if r.operation == probe.read]) == 2


def test_create_without_idempotency_is_not_retried(sandboxes: SandboxGroup) -> None:
    """The 503 comes after the server did the work: retrying would create a second org."""
    spc = box(sandboxes, "stackpoint")
    with client(spc) as c:
        before = len(c.call("listOrgs"))
        spc.faults.add(operation="createOrg", status=503, times=1, after=True)
        with pytest.raises(facade.ServerError):
            c.call("createOrg", body={"name": "retry-probe"})
        orgs = c.call("listOrgs")
    assert [r.status for r in spc.requests if r.operation == "createOrg"] == [503]
    assert len(orgs) == before + 1
    assert sum(o.name == "retry-probe" for o in orgs) == 1


def test_create_with_idempotency_key_is_retried_once_made(sandboxes: SandboxGroup) -> None:
    cloud = box(sandboxes, "cloudapi")
    with client(cloud) as c:
        before = len(c.paginate("listTokens").to_list())
        cloud.faults.add(operation="createToken", status=503, times=2, after=True)
        made = c.call("createToken", body={"name": "ci-token", "scopes": ["users:read"]})
        tokens = c.paginate("listTokens").to_list()
    attempts = [r for r in cloud.requests if r.operation == "createToken"]
    assert [r.status for r in attempts] == [503, 503, 201]
    assert len({r.idempotency_key for r in attempts}) == 1 and attempts[0].idempotency_key
    assert len(tokens) == before + 1
    assert made.data.id in {t.id for t in tokens}


def test_replayed_idempotency_key_creates_nothing_new(sandboxes: SandboxGroup) -> None:
    cloud = box(sandboxes, "cloudapi")
    with client(cloud) as c:
        first = c.call("createToken", body={"name": "one", "scopes": ["usage:read"]}, idempotency_key="idem-1")
        again = c.call("createToken", body={"name": "one", "scopes": ["usage:read"]}, idempotency_key="idem-1")
        names = [t.name for t in c.paginate("listTokens")]
    assert first.data.id == again.data.id and names.count("one") == 1


def test_connection_reset_is_retried_for_reads(sb: Sandbox) -> None:
    probe = PROBES[sb.provider]
    sb.faults.add(operation=probe.read, kind="reset", times=1)
    with client(sb) as c:
        probe.check_read(c.call(probe.read))
