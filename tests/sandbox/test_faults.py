"""Every fault kind, observed by a raw httpx client, from Python and from the HTTP control path."""

from __future__ import annotations

import time

import httpx
import pytest

from facade.sandbox import Sandbox
from facade.sandbox._spec import Operation

from .sandbox_helpers import auth_headers


def _list_op(sb: Sandbox) -> Operation:
    return next(
        op
        for op in sb.state.spec.operations.values()
        if (op.pagination and not op.params) or (op.pagination and all(not p.required for p in op.params))
    )


def test_status_fault_for_n_requests_with_retry_after(sb: Sandbox) -> None:
    op = _list_op(sb)
    sb.faults.add(operation=op.op_id, status=503, times=2, retry_after=3)
    with httpx.Client(base_url=sb.base_url, headers=auth_headers(sb, op)) as client:
        first, second, third = (client.get(op.path) for _ in range(3))
    assert (first.status_code, second.status_code, third.status_code) == (503, 503, 200)
    assert first.headers["Retry-After"] == "3"
    assert first.json()  # the provider's error shape
    assert [r.fault for r in sb.requests] == ["status", "status", None]


def test_reset_drops_the_connection_without_a_response(sb: Sandbox) -> None:
    op = _list_op(sb)
    sb.faults.add(path=op.path, kind="reset", times=1)
    with httpx.Client(base_url=sb.base_url, headers=auth_headers(sb, op)) as client:
        with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
            client.get(op.path)
        assert client.get(op.path).status_code == 200


def test_truncated_body(sb: Sandbox) -> None:
    op = _list_op(sb)
    sb.faults.add(operation=op.op_id, kind="truncate", times=1)
    with (
        httpx.Client(base_url=sb.base_url, headers=auth_headers(sb, op)) as client,
        pytest.raises(httpx.RemoteProtocolError),
    ):
        client.get(op.path)


def test_malformed_json(sb: Sandbox) -> None:
    op = _list_op(sb)
    sb.faults.add(operation=op.op_id, kind="malformed", times=1)
    with httpx.Client(base_url=sb.base_url, headers=auth_headers(sb, op)) as client:
        response = client.get(op.path)
    assert response.status_code == 200
    with pytest.raises(ValueError, match=r"."):
        response.json()


def test_html_error_page(sb: Sandbox) -> None:
    op = _list_op(sb)
    sb.faults.add(operation=op.op_id, kind="html", status=503, times=1)
    with httpx.Client(base_url=sb.base_url, headers=auth_headers(sb, op)) as client:
        response = client.get(op.path)
    assert response.status_code == 503
    assert response.headers["content-type"].startswith("text/html")
    assert "<html>" in response.text


def test_delay(sb: Sandbox) -> None:
    op = _list_op(sb)
    sb.faults.add(operation=op.op_id, delay=0.3, times=1)
    with httpx.Client(base_url=sb.base_url, headers=auth_headers(sb, op)) as client:
        started = time.perf_counter()
        response = client.get(op.path)
        assert time.perf_counter() - started >= 0.3
    assert response.status_code == 200


def test_seeded_probability_is_reproducible(sb: Sandbox) -> None:
    op = _list_op(sb)
    outcomes = []
    for _ in range(2):
        sb.reset()
        sb.faults.add(operation=op.op_id, status=500, probability=0.5, seed=11)
        with httpx.Client(base_url=sb.base_url, headers=auth_headers(sb, op)) as client:
            outcomes.append([client.get(op.path).status_code for _ in range(12)])
    assert outcomes[0] == outcomes[1]
    assert {500, 200} == set(outcomes[0])


def test_http_control_path(sb: Sandbox) -> None:
    op = _list_op(sb)
    with httpx.Client(base_url=sb.base_url) as client:
        added = client.post(
            "/__sandbox__/faults", json={"operation": op.op_id, "status": 429, "times": 1, "retry_after": 1}
        )
        assert added.status_code == 201
        assert client.get(op.path, headers=auth_headers(sb, op)).status_code == 429
        log = client.get("/__sandbox__/requests").json()
        assert [(r["operation"], r["status"]) for r in log] == [(op.op_id, 429)]
        assert client.post("/__sandbox__/faults", json={"kind": "nope"}).status_code == 400
        assert client.post("/__sandbox__/reset").status_code == 204
        assert client.get("/__sandbox__/requests").json() == []
