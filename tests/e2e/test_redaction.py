"""The key never appears in a log record, repr, str or exception text."""

from __future__ import annotations

import logging

import pytest

import facade
from facade.sandbox import Sandbox, SandboxGroup

from ._local import recorder
from .conftest import PROBES, box, client


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
                sb.faults.add(operation=probe.read, times=1, **fault)
                try:
                    c.call(probe.read, max_retries=0)
                except facade.APIError as exc:
                    texts += [str(exc), repr(exc), str(exc.args), str(getattr(exc, "body", ""))]
        with client(sb, api_key=secrets[0] + "-wrong", credentials={}, max_retries=0) as bad:  # the wrong key alone
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


def test_key_headers_are_masked_in_printed_header_sets(sb: Sandbox) -> None:
    """httpx masks only Authorization: io.net's X-API-KEY and CAST AI's X-API-Key showed in clear."""
    probe = PROBES[sb.provider]
    secrets = [v for v in sb.credentials.values() if v]
    with client(sb, max_retries=0, headers={"X-Tenant-Token": "tenant-secret-42", "X-Trace": "trace-7"}) as c:
        page = next(iter(c.paginate(probe.listing, max_items=1).pages()))
        sb.faults.add(operation=probe.read, status=500, times=1)
        with pytest.raises(facade.ServerError) as info:
            c.call(probe.read)
    err = info.value
    assert err.request is not None
    printed = [repr(err.request.headers), repr(err.response.request.headers), repr(page.response.request.headers)]
    printed += [str(err.request.headers), repr(err.response.headers)]
    for text in printed:
        assert not any(secret in text for secret in secrets), text
        assert "tenant-secret-42" not in text
    assert "'x-trace': 'trace-7'" in printed[0] and "[redacted]" in printed[0]
    # Masking is for printing only: what was sent, and what code reads, is the real value.
    assert err.request.headers["x-tenant-token"] == "tenant-secret-42"
    assert any(secret in v for v in err.request.headers.values() for secret in secrets)


def test_custom_credential_headers_masked_in_debug_logs(
    sandboxes: SandboxGroup, caplog: pytest.LogCaptureFixture
) -> None:
    io = box(sandboxes, "ionet")
    headers = {"X-Session-Id": "sess-secret-1", "X-Signature": "sig-secret-2", "X-Tenant": "acme"}
    with caplog.at_level(logging.DEBUG, logger="facade"), client(io, headers=headers) as c:
        c.call("listNodePools")
    lines = [r.getMessage() for r in caplog.records]
    assert lines and all("sess-secret-1" not in line and "sig-secret-2" not in line for line in lines)
    assert all(io.api_key not in line for line in lines)
    assert "'X-Tenant': 'acme'" in lines[-1] or "'x-tenant': 'acme'" in lines[-1]


def test_custom_headers_do_not_follow_a_redirect_to_another_origin() -> None:
    headers = {"X-Tenant-Token": "tenant-secret-42", "X-Trace": "trace-7"}
    with (
        recorder(404, {"error": {"message": "not here"}}) as elsewhere,
        recorder(307, headers={"location": elsewhere.url + "/v1/usage"}) as origin,
        facade.connect("cloudapi", base_url=origin.url, api_key="key-secret-9", max_retries=0, headers=headers) as c,
        pytest.raises(facade.NotFoundError),
    ):
        c.call("getUsage")
    sent, followed = origin.seen[0].headers, elsewhere.seen[0].headers
    assert sent["authorization"] == "Bearer key-secret-9" and sent["x-tenant-token"] == "tenant-secret-42"
    assert "authorization" not in followed and "x-tenant-token" not in followed and "x-trace" not in followed
    assert followed["user-agent"] == "compute-clients"
