"""The waiter rules (facade._waiters.Watch): what a poll means, how long to sleep, when to stop."""

from __future__ import annotations

import time

import httpx
import pytest

from facade import _waiters
from facade._errors import APIConnectionError, BadRequestError, NotFoundError, ServerError
from facade._vocabulary import X_WAITERS

RAW = {
    "operation": "getDeployment",
    "delay": 0.5,
    "max_delay": 4,
    "timeout": 60,
    "acceptors": [
        {"state": "success", "matcher": "path", "argument": "$.data.status", "expected": "running"},
        {"state": "failure", "matcher": "path", "argument": "$.data.status", "expected": ["failed", "destroyed"]},
        {"state": "success", "matcher": "status", "expected": 410},
    ],
}


def _response(status: int, body: object = None, headers: dict[str, str] | None = None) -> httpx.Response:
    request = httpx.Request("GET", "https://api.test/deployments/d1")
    return httpx.Response(status, json=body, headers=headers, request=request)


def _watch(**raw: object) -> _waiters.Watch:
    waiter = _waiters.waiter_from_manifest("deploymentRunning", {**RAW, **raw})
    return _waiters.Watch("ionet", waiter, waiter.timeout)


def test_manifest_entry_validates_against_the_vocabulary() -> None:
    import jsonschema

    jsonschema.validate({"deploymentRunning": {k: v for k, v in RAW.items() if k != "operation"}}, X_WAITERS)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"x": {"acceptors": [{"state": "success", "matcher": "path", "expected": 1}]}}, X_WAITERS)


def test_acceptors_decide_in_order_and_report_the_watched_state() -> None:
    seen: list[_waiters.Poll] = []
    watch = _watch()
    watch.on_poll = seen.append
    assert watch.judge(_response(200, {"data": {"status": "deploying"}}), None) == ("pending", None)
    outcome, acceptor = watch.judge(_response(200, {"data": {"status": "Running"}}), None)
    assert outcome == "success" and acceptor is not None and acceptor.matcher == "path"
    outcome, acceptor = watch.judge(_response(200, {"data": {"status": "destroyed"}}), None)
    assert outcome == "failure" and acceptor is not None
    assert [(p.attempt, p.state, p.outcome) for p in seen] == [
        (1, "deploying", "pending"),
        (2, "Running", "success"),
        (3, "destroyed", "failure"),
    ]
    failed = watch.failed(acceptor)
    assert isinstance(failed, _waiters.WaiterError) and failed.last is seen[-1]
    assert "ionet.getDeployment (waiter deploymentRunning)" in str(failed) and "'destroyed'" in str(failed)


def test_status_acceptors_and_errors() -> None:
    watch = _watch()
    gone = _response(410, {"detail": "gone"})
    assert watch.judge(gone, NotFoundError("gone", provider="ionet", operation="x", response=gone))[0] == "success"
    unavailable = _response(503)
    transient = ServerError("busy", provider="ionet", operation="x", response=unavailable)
    assert watch.judge(unavailable, transient) == ("pending", None)
    assert watch.judge(None, APIConnectionError("reset", provider="ionet", operation="x")) == ("pending", None)
    bad = _response(400, {"detail": "no"})
    assert watch.judge(bad, BadRequestError("no", provider="ionet", operation="x", response=bad)) == ("error", None)


def test_pause_backs_off_honours_retry_after_and_stops_at_the_deadline() -> None:
    watch = _watch()
    pauses = []
    for _ in range(6):
        watch.judge(_response(200, {"data": {"status": "deploying"}}), None)
        pause = watch.pause(_response(200, {}))
        assert pause is not None
        pauses.append(pause)
    assert pauses[0] == pytest.approx(0.5)
    assert all(0.5 <= p <= 4 for p in pauses) and max(pauses) > 0.5
    assert watch.pause(_response(429, headers={"Retry-After": "3"})) == pytest.approx(3)
    late = _watch(timeout=0.2)
    assert late.pause(None) is not None and late.pause(None) <= 0.2
    late.started = time.monotonic() - 1
    assert late.pause(None) is None
    assert "no success within 0.2 s" in str(late.timed_out())
