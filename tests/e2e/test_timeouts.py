"""One default timeout, overridable per client and per call."""

from __future__ import annotations

import httpx
import pytest

import facade
from facade.sandbox import Sandbox

from .conftest import PROBES, client


def test_client_timeout(sb: Sandbox) -> None:
    probe = PROBES[sb.provider]
    sb.faults.add(operation=probe.read, delay=0.6)
    with client(sb, timeout=0.2, max_retries=0) as c, pytest.raises(facade.APITimeoutError) as info:
        c.call(probe.read)
    assert info.value.operation == probe.read


def test_per_call_timeout_overrides_client(sb: Sandbox) -> None:
    probe = PROBES[sb.provider]
    sb.faults.add(operation=probe.read, delay=0.4)
    with client(sb, timeout=0.1, max_retries=0) as c:
        assert c.call(probe.read, timeout=httpx.Timeout(3.0)) is not None
        with pytest.raises(facade.APITimeoutError):
            c.call(probe.read, timeout=0.1)


def test_timeouts_are_retried_for_reads(sb: Sandbox) -> None:
    probe = PROBES[sb.provider]
    sb.faults.add(operation=probe.read, delay=0.5, times=1)
    with client(sb, timeout=0.2) as c:
        assert c.call(probe.read) is not None
    assert len([r for r in sb.requests if r.operation == probe.read]) >= 1
