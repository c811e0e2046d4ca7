"""client.wait() itself, over real TCP against the io.net sandbox: checks before sending, errors, pacing, logs.

The per-waiter matrix (every waiter: success, failure, timeout, 503, async, cancel) is in
test_every_waiter.py; here one waiter stands for all of them.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Iterator

import pytest

import facade
from facade.sandbox import Sandbox


@pytest.fixture(scope="module")
def sb() -> Iterator[Sandbox]:
    with Sandbox("ionet", seed=3) as box:
        yield box


@pytest.fixture
def io(sb: Sandbox) -> Iterator[facade.Client]:
    sb.faults.clear()
    with facade.connect("ionet", base_url=sb.base_url, api_key=sb.api_key) as client:
        yield client


def _seeded(io: facade.Client, status: str) -> str:
    found = io.paginate("listDeployments", status=status, max_items=1).to_list()
    assert found, f"seed 3 has no {status} deployment"
    return str(found[0].id)


def _served(sb: Sandbox) -> int:
    return len(sb.requests)


def test_the_waiters_are_listed(io: facade.Client) -> None:
    assert io.waiters == ["deploymentRunning", "deploymentTerminated", "vmDeploymentRunning", "vmDeploymentTerminated"]


def test_a_reached_state_returns_the_parsed_answer_at_once(io: facade.Client, sb: Sandbox) -> None:
    running = _seeded(io, "running")
    before = _served(sb)
    polls: list[facade.Poll] = []
    answer = io.wait("deploymentRunning", deployment_id=running, on_poll=polls.append)
    assert answer.data.status == "running" and str(answer.data.id) == running  # the generated model
    assert [(p.attempt, p.status, p.state, p.outcome) for p in polls] == [(1, 200, "running", "success")]
    assert _served(sb) == before + 1


def test_unknown_waiter_names_the_near_one_and_sends_nothing(io: facade.Client, sb: Sandbox) -> None:
    before = _served(sb)
    near = r"ionet has no waiter 'deploymentRuning'; did you mean 'deploymentRunning'\? \(waiters: deploymentRunning, "
    with pytest.raises(facade.ConfigurationError, match=near):
        io.wait("deploymentRuning", deployment_id=str(uuid.uuid4()))
    with pytest.raises(facade.ConfigurationError, match="did you mean 'deploymentRunning'"):
        io.wait("deployment-running", deployment_id=str(uuid.uuid4()))
    assert _served(sb) == before


@pytest.mark.parametrize(
    ("kwargs", "name", "message"),
    [
        ({"deployment_idd": "x"}, "deployment_idd", "unknown parameter 'deployment_idd'; did you mean 'deployment_id'"),
        ({}, "deployment_id", "missing required parameter 'deployment_id'"),
        ({"deployment_id": "x", "timeout": 0}, "timeout", "timeout=0 must be a positive number of seconds"),
        ({"deployment_id": "x", "delay": -1}, "delay", "delay=-1 must be a positive number of seconds"),
        ({"deployment_id": "x", "delay": 5, "max_delay": 1}, "max_delay", "max_delay=1 is below delay=5"),
        ({"deployment_id": "x", "on_poll": "print"}, "on_poll", "on_poll must be a callable"),
        ({"deployment_id": "x", "max_retries": -1}, "max_retries", "max_retries=-1 must be a whole number"),
    ],
)
def test_arguments_are_checked_before_anything_is_sent(
    io: facade.Client, sb: Sandbox, kwargs: dict[str, object], name: str, message: str
) -> None:
    before = _served(sb)
    with pytest.raises(facade.ParameterError) as caught:
        io.wait("deploymentRunning", **kwargs)  # type: ignore[arg-type]  # wrong option types, on purpose
    assert caught.value.name == name and caught.value.operation == "getDeployment"
    assert message in str(caught.value) and str(caught.value).startswith("ionet.getDeployment: ")
    assert _served(sb) == before


def test_a_closed_client_says_so(sb: Sandbox) -> None:
    client = facade.connect("ionet", base_url=sb.base_url, api_key=sb.api_key)
    client.close()
    with pytest.raises(facade.ClientClosedError, match=r"ionet\.getDeployment: this client has been closed"):
        client.wait("deploymentRunning", deployment_id=str(uuid.uuid4()))


def test_an_error_no_acceptor_expects_is_raised_as_it_is(io: facade.Client) -> None:
    """A 404 while waiting for "running": the id is wrong, waiting longer cannot help."""
    started = time.monotonic()
    with pytest.raises(facade.NotFoundError) as caught:
        io.wait("deploymentRunning", deployment_id=str(uuid.uuid4()), delay=5)
    assert caught.value.operation == "getDeployment" and time.monotonic() - started < 2


def test_success_by_status_returns_none(io: facade.Client) -> None:
    """deploymentTerminated: a deployment io.net no longer knows (404) is as terminated as one can be."""
    assert io.wait("deploymentTerminated", deployment_id=str(uuid.uuid4())) is None


def test_a_failure_state_raises_waiter_failed_naming_everything(io: facade.Client, sb: Sandbox) -> None:
    failed = _seeded(io, "failed")
    with pytest.raises(facade.WaiterFailed) as caught:
        io.wait("deploymentRunning", deployment_id=failed)
    err = caught.value
    assert isinstance(err, facade.WaiterError) and isinstance(err, facade.APIError)
    assert (err.provider, err.operation, err.waiter) == ("ionet", "getDeployment", "deploymentRunning")
    assert err.acceptor.state == "failure" and "failed" in err.acceptor.expected
    assert err.last is not None and err.last.state == "failed" and err.last.outcome == "failure"
    assert str(err).startswith("ionet.getDeployment (waiter deploymentRunning): reached a failure state")
    assert sb.api_key not in str(err) + repr(err.last)


def test_timeout_names_the_last_state_and_ends_within_one_delay(io: facade.Client) -> None:
    running = _seeded(io, "running")  # never "destroyed" unless someone terminates it
    started = time.monotonic()
    with pytest.raises(facade.WaiterTimeout) as caught:
        io.wait("deploymentTerminated", deployment_id=running, timeout=1.0, delay=0.2, max_delay=0.2)
    elapsed = time.monotonic() - started
    assert 1.0 <= elapsed < 1.0 + 0.2 + 0.5, elapsed  # timeout + one delay (+ a poll's own time)
    err = caught.value
    assert err.waiter == "deploymentTerminated" and err.last is not None and err.last.state == "running"
    assert err.last.attempt >= 5 and "no success within 1 s" in str(err)


def test_a_503_during_polling_is_retried_not_fatal(io: facade.Client, sb: Sandbox) -> None:
    running = _seeded(io, "running")
    sb.faults.add(operation="getDeployment", status=503, times=2)
    polls: list[facade.Poll] = []
    answer = io.wait("deploymentRunning", deployment_id=running, on_poll=polls.append, max_retries=0, delay=0.05)
    assert answer.data.status == "running"
    assert [(p.status, p.outcome) for p in polls] == [(503, "pending"), (503, "pending"), (200, "success")]


def test_retry_after_during_polling_is_honoured(io: facade.Client, sb: Sandbox) -> None:
    running = _seeded(io, "running")
    sb.faults.add(operation="getDeployment", status=429, retry_after=1, times=1)
    started = time.monotonic()
    io.wait("deploymentRunning", deployment_id=running, max_retries=0, delay=0.05)
    assert time.monotonic() - started >= 0.95  # the waiter slept what the provider asked, not its 0.05 s


def test_retries_never_sleep_past_the_deadline(io: facade.Client, sb: Sandbox) -> None:
    """A provider asking for 30 s between retries does not keep a 1 s wait going for 30 s."""
    running = _seeded(io, "running")
    sb.faults.add(operation="getDeployment", status=503, retry_after=30, times=100)
    started = time.monotonic()
    with pytest.raises(facade.WaiterTimeout) as caught:
        io.wait("deploymentRunning", deployment_id=running, timeout=1.0, delay=0.2, max_delay=0.2)
    assert time.monotonic() - started < 2.0
    assert caught.value.last is not None and caught.value.last.status == 503


def test_one_debug_line_per_poll(io: facade.Client, sb: Sandbox, caplog: pytest.LogCaptureFixture) -> None:
    running = _seeded(io, "running")
    sb.faults.add(operation="getDeployment", status=503, times=1)
    with caplog.at_level(logging.DEBUG, logger="facade"):
        io.wait("deploymentRunning", deployment_id=running, max_retries=0, delay=0.05)
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("wait ")]
    assert len(lines) == 2
    assert lines[0].startswith("wait ionet.getDeployment (deploymentRunning): poll 1 after ")
    assert lines[0].endswith("-> HTTP 503, $.data.status=None: pending")
    assert lines[1].endswith("-> HTTP 200, $.data.status='running': success")
    assert all(sb.api_key not in r.getMessage() for r in caplog.records)


async def test_the_async_twin_answers_the_same(io: facade.Client, sb: Sandbox) -> None:
    running, failed = _seeded(io, "running"), _seeded(io, "failed")
    sync_answer = io.wait("deploymentRunning", deployment_id=running)
    async with facade.aconnect("ionet", base_url=sb.base_url, api_key=sb.api_key) as aio:
        assert aio.waiters == io.waiters
        async_answer = await aio.wait("deploymentRunning", deployment_id=running)
        assert async_answer.to_dict() == sync_answer.to_dict()
        with pytest.raises(facade.WaiterFailed) as caught:
            await aio.wait("deploymentRunning", deployment_id=failed)
        assert caught.value.last is not None and caught.value.last.state == "failed"
        assert await aio.wait("deploymentTerminated", deployment_id=str(uuid.uuid4())) is None
        with pytest.raises(facade.ParameterError):
            await aio.wait("deploymentRunning", deployment_idd=running)


def _busy_connections(aio: facade.AsyncClient) -> int:
    """Requests the async client's connection pool still has in flight (httpcore's own bookkeeping)."""
    transport = aio._http._transport  # our AsyncTransport around httpx's
    inner = getattr(transport, "_inner", None)
    if inner is None:
        return 0  # no request was ever sent
    pool = inner._pool
    return len(pool._requests) + sum(1 for c in pool.connections if not c.is_idle() and not c.is_closed())


@pytest.mark.parametrize("where", ["sleeping between polls", "in the middle of a poll"])
async def test_cancelling_an_async_wait_leaves_no_task_and_no_busy_connection(
    io: facade.Client, sb: Sandbox, where: str
) -> None:
    import asyncio

    running = _seeded(io, "running")
    if where == "in the middle of a poll":
        sb.faults.add(operation="getDeployment", delay=5, times=1)
    polls: list[facade.Poll] = []
    async with facade.aconnect("ionet", base_url=sb.base_url, api_key=sb.api_key) as aio:
        task = asyncio.create_task(
            aio.wait("deploymentTerminated", deployment_id=running, delay=0.05, max_delay=0.05, on_poll=polls.append)
        )
        await asyncio.sleep(0.5)
        assert not task.done()
        # The check below can fail: a poll held up by the sandbox is a busy connection.
        assert (_busy_connections(aio) >= 1) == (where == "in the middle of a poll")
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        seen = len(polls)
        assert (seen == 0) == (where == "in the middle of a poll")
        await asyncio.sleep(0.3)
        assert len(polls) == seen  # nothing polls any more
        assert [t for t in asyncio.all_tasks() if t is not asyncio.current_task()] == []
        assert _busy_connections(aio) == 0
        # The client is still good for the next call.
        assert (await aio.call("getDeployment", deployment_id=running)).data.status == "running"


def test_a_max_delay_below_the_waiters_delay_lowers_the_delay(io: facade.Client) -> None:
    running = _seeded(io, "running")  # never terminated: polls until the timeout
    polls: list[facade.Poll] = []
    with pytest.raises(facade.WaiterTimeout):
        io.wait("deploymentTerminated", deployment_id=running, timeout=0.6, max_delay=0.1, on_poll=polls.append)
    assert len(polls) >= 5  # every 0.1 s, not the waiter's 5 s
