"""The waiter rules (facade._waiters.Watch): what a poll means, how long to sleep, when to stop."""

from __future__ import annotations

import subprocess
import sys
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
    bad = [
        {"x": {"acceptors": [{"state": "success", "matcher": "path", "expected": 1}]}},  # path without argument
        {"x": {"acceptors": [{"state": "success", "matcher": "status", "expected": "gone"}]}},  # not a status
        {"x": {"acceptors": [{"state": "failure", "matcher": "status", "expected": 404}]}},  # no success acceptor
        {"x": {"acceptors": [{"state": "success", "matcher": "status", "argument": "$.a", "expected": 404}]}},
        {"Running": {"acceptors": [{"state": "success", "matcher": "status", "expected": 404}]}},  # not lowerCamel
        {"x": {"delay": 0, "acceptors": [{"state": "success", "matcher": "status", "expected": 404}]}},
    ]
    for entry in bad:
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(entry, X_WAITERS)


def test_acceptors_decide_in_order_and_report_the_watched_state() -> None:
    seen: list[_waiters.Poll] = []
    watch = _watch()
    watch.on_poll = seen.append
    assert watch.judge(_response(200, {"data": {"status": "deploying"}}), None) == ("pending", None)
    outcome, acceptor = watch.judge(_response(200, {"data": {"status": "running"}}), None)
    assert outcome == "success" and acceptor is not None and acceptor.matcher == "path"
    # States compare exactly, as the provider spells them (the pipeline checked them against the enum).
    assert watch.judge(_response(200, {"data": {"status": "Running"}}), None) == ("pending", None)
    outcome, acceptor = watch.judge(_response(200, {"data": {"status": "destroyed"}}), None)
    assert outcome == "failure" and acceptor is not None
    assert [(p.attempt, p.state, p.outcome) for p in seen] == [
        (1, "deploying", "pending"),
        (2, "running", "success"),
        (3, "Running", "pending"),
        (4, "destroyed", "failure"),
    ]
    failed = watch.failed(acceptor)
    assert isinstance(failed, _waiters.WaiterError) and failed.last is seen[-1]
    assert "ionet.getDeployment (waiter deploymentRunning)" in str(failed) and "'destroyed'" in str(failed)


def test_path_all_and_path_any_need_a_value_and_compare_each() -> None:
    waiter = _waiters.waiter_from_manifest(
        "vmsActive",
        {
            "operation": "listVmStatuses",
            "acceptors": [
                {"state": "success", "matcher": "pathAll", "argument": "$[*].status", "expected": "Active"},
                {"state": "failure", "matcher": "pathAny", "argument": "$[*].status", "expected": ["Terminated"]},
            ],
        },
    )
    watch = _waiters.Watch("fluence", waiter, 10)
    assert watch.judge(_response(200, [{"status": "Active"}, {"status": "Launching"}]), None)[0] == "pending"
    assert watch.judge(_response(200, [{"status": "Active"}, {"status": "Active"}]), None)[0] == "success"
    assert watch.judge(_response(200, [{"status": "Active"}, {"status": "Terminated"}]), None)[0] == "failure"
    assert watch.judge(_response(200, []), None)[0] == "pending"  # nothing selected: neither all nor any
    assert watch.last is not None and watch.last.state == []


def test_booleans_and_numbers_do_not_mix() -> None:
    waiter = _waiters.waiter_from_manifest(
        "done",
        {
            "operation": "getOp",
            "acceptors": [{"state": "success", "matcher": "path", "argument": "$.done", "expected": True}],
        },
    )
    watch = _waiters.Watch("p", waiter, 10)
    assert watch.judge(_response(200, {"done": 1}), None)[0] == "pending"
    assert watch.judge(_response(200, {"done": True}), None)[0] == "success"


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


def test_after_returns_the_pause_or_raises() -> None:
    watch = _watch()
    assert watch.after(_response(200, {"data": {"status": "running"}}), None) is None
    pause = watch.after(_response(200, {"data": {"status": "deploying"}}), None)
    assert pause is not None and 0.5 <= pause <= 4
    with pytest.raises(_waiters.WaiterFailed) as failed:
        watch.after(_response(200, {"data": {"status": "failed"}}), None)
    assert failed.value.acceptor.expected == ("failed", "destroyed") and failed.value.last is not None
    bad = _response(404, {"detail": "no such deployment"})
    missing = NotFoundError("no such deployment", provider="ionet", operation="getDeployment", response=bad)
    with pytest.raises(NotFoundError):
        watch.after(bad, missing)
    watch.started = time.monotonic() - 61
    with pytest.raises(_waiters.WaiterTimeout) as late:
        watch.after(_response(200, {"data": {"status": "deploying"}}), None)
    assert late.value.last is not None and late.value.last.state == "deploying"
    assert "no success within 60 s" in str(late.value) and "last $.data.status = 'deploying'" in str(late.value)


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
    first = late.pause(None)
    assert first is not None and first <= 0.2
    late.started = time.monotonic() - 1
    assert late.pause(None) is None
    assert "no success within 0.2 s" in str(late.timed_out())


def test_manifest_defaults_and_max_delay_never_below_delay() -> None:
    waiter = _waiters.waiter_from_manifest(
        "w", {"operation": "op", "delay": 45, "acceptors": [{"state": "success", "matcher": "status", "expected": 404}]}
    )
    assert (waiter.delay, waiter.max_delay, waiter.timeout) == (45.0, 45.0, _waiters.DEFAULT_TIMEOUT)
    assert waiter.watched is None and waiter.states("success") == ["HTTP status 404"]


def test_importing_the_waiters_does_not_import_httpx() -> None:
    """The manifest (and so the CLI's help) reads waiters from this module: it must stay light."""
    code = "import sys, facade._waiters, facade._manifest; print('httpx' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "False"
