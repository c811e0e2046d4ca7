from __future__ import annotations

import email.utils
import time

import httpx
import pytest

import facade
from facade._transport import backoff, retry_after

from .conftest import CREATED_TOKEN, Handler, json_response, mock

USAGE = {
    "data": {"period_start": "2026-03-01", "period_end": "2026-03-31", "requests": 1, "overage": 0},
    "request_id": "req_1",
}


def flaky(statuses: list[int], final: httpx.Response, **headers: str) -> tuple[Handler, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) <= len(statuses):
            return json_response(statuses[len(seen) - 1], {"error": {"message": "busy"}}, **headers)
        return final

    return handler, seen


def test_backoff_is_full_jitter_capped() -> None:
    for attempt in range(10):
        for _ in range(50):
            assert 0 <= backoff(attempt) <= min(8.0, 0.5 * 2**attempt)
    assert max(backoff(20) for _ in range(200)) > 4  # the cap is reachable, not a constant


def test_retry_after_seconds_and_date() -> None:
    assert retry_after(httpx.Response(429, headers={"Retry-After": "3"})) == 3
    when = email.utils.formatdate(time.time() + 5, usegmt=True)
    assert 3 < (retry_after(httpx.Response(429, headers={"Retry-After": when})) or 0) <= 5
    assert retry_after(httpx.Response(429, headers={"Retry-After": "soon"})) is None


def test_503_twice_then_200(sleeps: list[float]) -> None:
    handler, seen = flaky([503, 503], json_response(200, USAGE))
    usage = mock("cloudapi", handler).call("getUsage")
    assert usage.data.requests == 1
    assert len(seen) == 3 and len(sleeps) == 2


def test_retry_after_is_honoured(sleeps: list[float]) -> None:
    handler, _ = flaky([429], json_response(200, USAGE), **{"Retry-After": "1"})
    mock("cloudapi", handler).call("getUsage")
    assert sleeps == [1.0]


def test_retry_after_beyond_cap_raises_at_once(sleeps: list[float]) -> None:
    handler, seen = flaky([429], json_response(200, USAGE), **{"Retry-After": "3600"})
    with pytest.raises(facade.RateLimitError):
        mock("cloudapi", handler).call("getUsage")
    assert sleeps == [] and len(seen) == 1


def test_max_retries_zero_per_client_and_per_call(sleeps: list[float]) -> None:
    handler, seen = flaky([503, 503], json_response(200, USAGE))
    with pytest.raises(facade.ServerError):
        mock("cloudapi", handler, max_retries=0).call("getUsage")
    assert len(seen) == 1
    handler, seen = flaky([503, 503], json_response(200, USAGE))
    with pytest.raises(facade.ServerError):
        mock("cloudapi", handler).call("getUsage", max_retries=0)
    assert len(seen) == 1
    handler, seen = flaky([503, 503, 503, 503], json_response(200, USAGE))
    mock("cloudapi", handler, max_retries=0).call("getUsage", max_retries=5)
    assert len(seen) == 5


def test_4xx_other_than_408_429_is_not_retried(sleeps: list[float]) -> None:
    handler, seen = flaky([400], json_response(200, USAGE))
    with pytest.raises(facade.BadRequestError):
        mock("cloudapi", handler).call("getUsage")
    assert len(seen) == 1


def test_unsafe_without_idempotency_is_not_retried(sleeps: list[float]) -> None:
    handler, seen = flaky([503], json_response(200, {}))
    client = mock("stackpoint", handler)
    with pytest.raises(facade.ServerError):
        client.call("createOrg", body={"name": "x"})
    assert len(seen) == 1


def test_idempotent_create_retries_with_one_key(sleeps: list[float]) -> None:
    handler, seen = flaky([503, 503], json_response(201, CREATED_TOKEN))
    client = mock("cloudapi", handler)
    client.call("createToken", body={"name": "ci", "scopes": ["users:read"]})
    keys = {r.headers["Idempotency-Key"] for r in seen}
    assert len(seen) == 3 and len(keys) == 1
    # a caller-chosen key is kept as is
    handler, seen = flaky([503], json_response(201, CREATED_TOKEN))
    mock("cloudapi", handler).call("createToken", body={"name": "ci", "scopes": []}, idempotency_key="mine-1")
    assert [r.headers["Idempotency-Key"] for r in seen] == ["mine-1", "mine-1"]


def test_per_call_timeout_reaches_the_request() -> None:
    timeouts: list[dict[str, float | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        timeouts.append(request.extensions["timeout"])
        return json_response(200, USAGE)

    client = mock("cloudapi", handler)
    client.call("getUsage")
    client.call("getUsage", timeout=1.5)
    assert timeouts[0]["read"] == 5.0  # an injected client keeps its own timeout (httpx's default here)
    assert timeouts[1] == {"connect": 1.5, "read": 1.5, "write": 1.5, "pool": 1.5}
    mock("cloudapi", handler, timeout=7.0).call("getUsage")
    assert timeouts[2]["read"] == 7.0
