"""The key never appears in a log record, repr, str or exception text."""

from __future__ import annotations

import logging

import pytest

import facade
from facade.sandbox import Sandbox

from .conftest import PROBES, client


def test_secrets_never_leak(sb: Sandbox, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]) -> None:
    probe = PROBES[sb.provider]
    secrets = [v for v in sb.credentials.values() if v]
    texts: list[str] = []
    with caplog.at_level(logging.DEBUG):
        with client(sb) as c:
            texts += [repr(c), str(c), repr(c.generated), repr(c._credentials)]
            c.call(probe.read)
            list(c.paginate(probe.listing, max_items=3))
            for fault in ({"status": 500}, {"kind": "reset"}, {"kind": "malformed"}, {"kind": "html"}):
                sb.faults.add(operation=probe.read, times=1, **fault)  # type: ignore[arg-type]
                try:
                    c.call(probe.read, max_retries=0)
                except facade.APIError as exc:
                    texts += [str(exc), repr(exc), str(exc.args), str(getattr(exc, "body", ""))]
        with client(sb, api_key=secrets[0] + "-wrong", max_retries=0) as bad:
            with pytest.raises(facade.APIStatusError) as info:
                bad.call(probe.read)
            texts += [str(info.value), repr(info.value)]
    texts += [r.getMessage() for r in caplog.records] + [str(r.args) for r in caplog.records]
    texts += [repr(r) for r in sb.requests]
    captured = capsys.readouterr()
    texts += [captured.out, captured.err]
    assert any("[redacted]" in t for t in texts)  # the debug log did run, with headers
    for secret in secrets:
        assert not any(secret in t for t in texts), "a credential leaked"
