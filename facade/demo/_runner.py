"""What a workflow runs on: one client factory per provider, steps timed and counted, cleanups.

A step is a ``with run.step("operationId") as s:`` block. Its attempts are counted below the
facade's retry loop (a counting transport inside the httpx client handed to ``facade.connect``),
so they are the requests that actually went out, against a sandbox or a real account alike.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, cast

import httpx

import facade

if TYPE_CHECKING:
    from facade.sandbox import Sandbox

Status = Literal["ok", "failed"]


@dataclass
class StepRecord:
    """One step as the report and ``--json`` show it."""

    segment: str
    provider: str
    step: int
    operation: str
    title: str
    status: Status = "ok"
    result: str = ""
    items: int | None = None
    ms: float = 0.0
    attempts: int = 0
    statuses: list[int | None] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    # What the sandbox's request log shows for the step (None against a real account).
    served: list[dict[str, Any]] | None = None

    def to_json(self) -> dict[str, Any]:
        record = asdict(self)
        record["ms"] = round(self.ms, 1)
        return record


class StepFailed(Exception):
    """Raised out of a failed step: the rest of that provider's workflow does not run."""


class _CountingTransport(httpx.BaseTransport):
    """Records the status of every attempt (None when no answer came) into a shared list."""

    def __init__(self, attempts: list[int | None]) -> None:
        self._inner = httpx.HTTPTransport()
        self._attempts = attempts

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = self._inner.handle_request(request)
        except Exception:
            self._attempts.append(None)
            raise
        self._attempts.append(response.status_code)
        return response

    def close(self) -> None:
        self._inner.close()


class Step:
    """The ``with`` block of one step; call :meth:`done` with what to show."""

    def __init__(self, run: Run, record: StepRecord, expect: type[facade.APIError] | None) -> None:
        self._run = run
        self.record = record
        self._expect = expect
        self._started = 0.0
        self._attempts_before = 0
        self._served_before = 0
        self.error: facade.APIError | None = None

    @property
    def statuses(self) -> list[int | None]:
        """The status of each attempt so far in this step (None: no answer)."""
        return self._run.attempts[self._attempts_before :]

    @property
    def elapsed(self) -> float:
        """Seconds since the step started."""
        return time.perf_counter() - self._started

    def done(self, result: str, *, items: int | None = None, **facts: Any) -> None:
        """Say what the step achieved (``items``: how many things it listed)."""
        self.record.result = result
        self.record.items = items
        self.record.facts.update(facts)

    def __enter__(self) -> Step:
        self._attempts_before = len(self._run.attempts)
        self._served_before = len(self._run.sandbox.requests) if self._run.sandbox is not None else 0
        self._started = time.perf_counter()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> bool:
        rec = self.record
        if exc is not None and not isinstance(exc, Exception):
            return False  # KeyboardInterrupt and friends: not a step outcome
        rec.ms = self.elapsed * 1000
        rec.statuses = self.statuses
        rec.attempts = len(rec.statuses)
        if self._run.sandbox is not None:
            rec.served = [
                {"operation": r.operation, "status": r.status, "idempotency_key": r.idempotency_key, "fault": r.fault}
                for r in self._run.sandbox.requests[self._served_before :]
            ]
        suppress = False
        if exc is None and self._expect is not None:
            rec.status, rec.error = "failed", f"expected {self._expect.__name__}, but the call succeeded"
        elif exc is not None and self._expect is not None and isinstance(exc, self._expect):
            self.error = exc
            if not rec.result:
                rec.result = describe(exc)
            rec.facts.setdefault("error", type(exc).__name__)
            suppress = True
        elif exc is not None:
            rec.status, rec.error = "failed", describe(exc)
            rec.result = rec.result or f"failed: {type(exc).__name__}"
        self._run.finish(rec)
        if rec.status == "failed":
            raise StepFailed(rec.error) from exc
        return suppress


def describe(exc: BaseException) -> str:
    """A one-line account of an error, with the fields a developer looks for first."""
    if isinstance(exc, facade.APIStatusError):
        parts = [f"{type(exc).__name__} {exc.status_code}"]
        if exc.code:
            parts.append(f"code={exc.code}")
        parts.append(exc.message)
        if exc.request_id:
            parts.append(f"[{exc.request_id}]")
        return " ".join(parts)
    return f"{type(exc).__name__}: {exc}"


class Run:
    """One provider's workflow: makes clients, numbers steps, remembers what to undo on failure."""

    def __init__(
        self,
        provider: str,
        *,
        segment: str | None = None,
        base_url: str | None,
        sandbox: Sandbox | None,
        on_step: Callable[[StepRecord], None],
    ) -> None:
        self.provider = provider
        self.segment = segment or provider
        self.base_url = base_url
        self.sandbox = sandbox
        self.records: list[StepRecord] = []
        self.attempts: list[int | None] = []
        self._on_step = on_step
        self._http: list[httpx.Client] = []
        self._clients: list[facade.Client] = []
        self._undo: dict[str, tuple[str, Callable[[], object]]] = {}

    def wait(self, client: facade.Client, step: Step, waiter: str, **params: Any) -> Any:
        """``client.wait(waiter, **params)``; the step records how many polls it took.

        Against a real account the waiter's own pacing holds; a sandbox is polled briskly.
        """
        polls: list[facade.Poll] = []
        brisk = self.sandbox is not None
        result = client.wait(
            waiter, on_poll=polls.append, delay=0.1 if brisk else None, max_delay=0.5 if brisk else None, **params
        )
        step.record.facts.update(waiter=waiter, polls=len(polls), seen=[p.state for p in polls])
        return result

    @property
    def against_sandbox(self) -> bool:
        """True when the workflow talks to a local sandbox (faults can be injected)."""
        return self.sandbox is not None

    def connect(self, *, api_key: str | None = None, credentials: Mapping[str, str] | None = None) -> facade.Client:
        """``facade.connect`` for this provider, over an httpx client that counts attempts.

        Against a sandbox the sandbox's keys are used unless given; against a real account
        the facade reads them from the environment as usual.
        """
        if self.sandbox is not None:
            credentials = {**self.sandbox.credentials, **(credentials or {})}
            api_key = api_key or self.sandbox.api_key
        http = httpx.Client(transport=_CountingTransport(self.attempts), timeout=httpx.Timeout(30.0, connect=5.0))
        self._http.append(http)
        # The provider comes from the command line: checked against facade.providers() by the CLI.
        client = facade.connect(
            cast(facade.ProviderName, self.provider),
            api_key=api_key,
            credentials=credentials,
            base_url=self.base_url,
            http_client=http,
        )
        self._clients.append(client)
        return client

    def step(self, operation: str, title: str, *, expect: type[facade.APIError] | None = None) -> Step:
        """A step calling ``operation``; with ``expect`` that error is the successful outcome."""
        record = StepRecord(self.segment, self.provider, len(self.records) + 1, operation, title)
        self.records.append(record)
        return Step(self, record, expect)

    def undo_later(self, key: str, operation: str, action: Callable[[], object]) -> None:
        """Remember how to remove something the workflow made, in case a later step fails."""
        self._undo[key] = (operation, action)

    def undone(self, key: str) -> None:
        """The workflow removed it itself: nothing left to undo."""
        self._undo.pop(key, None)

    def finish(self, record: StepRecord) -> None:
        self._on_step(record)

    def cleanup(self) -> None:
        """After a failure: remove what was made (newest first), each as a step of its own."""
        for key, (operation, action) in reversed(list(self._undo.items())):
            try:
                with self.step(operation, f"clean up {key}") as s:
                    action()
                    s.done(f"removed {key}")
            except StepFailed:
                pass
        self._undo.clear()

    def close(self) -> None:
        for client in self._clients:
            client.close()
        for http in self._http:
            http.close()
