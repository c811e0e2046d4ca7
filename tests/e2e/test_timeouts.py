"""One default timeout, overridable per client and per call."""

from __future__ import annotations

import logging

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
        probe.check_read(c.call(probe.read, timeout=httpx.Timeout(3.0)))
        with pytest.raises(facade.APITimeoutError):
            c.call(probe.read, timeout=0.1)


def test_timeouts_are_retried_for_reads(sb: Sandbox, caplog: pytest.LogCaptureFixture) -> None:
    probe = PROBES[sb.provider]
    # Only the first answer is late; the retry gets a whole second, so a loaded machine does not time it out too.
    sb.faults.add(operation=probe.read, delay=1.6, times=1)
    with caplog.at_level(logging.DEBUG, logger="facade"), client(sb, timeout=1.0) as c:
        probe.check_read(c.call(probe.read))
    # What the client saw (the server may still be finishing the abandoned first answer).
    attempts = [r.getMessage() for r in caplog.records if f"operation={probe.read} " in r.getMessage()]
    assert len(attempts) == 2
    assert "-> ReadTimeout" in attempts[0] and "attempt=1 " in attempts[0]
    assert "-> 200" in attempts[1] and "attempt=2 " in attempts[1]
