"""Waiters: poll an operation until its answer reaches a state (botocore's waiters, from x-waiters).

A waiter names the operation it polls, its acceptors (a value at a JSON path of the 2xx body, or the
HTTP status, mapped to success / failure / retry) and its pacing (delay, max delay, timeout). The
decisions live in :class:`Watch`; the sync and async clients only supply the poll and the sleep.
Importing this module does not import httpx (the manifest reads waiters from here).
"""

from __future__ import annotations

import logging
import math
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from . import _jsonpath
from ._errors import APIConnectionError, APIError, APIStatusError
from ._vocabulary import WAITER_DEFAULTS

if TYPE_CHECKING:
    import httpx

logger = logging.getLogger("facade")
DEFAULT_DELAY = float(WAITER_DEFAULTS["delay"])
DEFAULT_MAX_DELAY = float(WAITER_DEFAULTS["max_delay"])
DEFAULT_TIMEOUT = float(WAITER_DEFAULTS["timeout"])
_MISSING = object()


@dataclass(frozen=True)
class Acceptor:
    """One rule: when ``matcher`` sees ``expected`` (any of), the wait is in ``state``.

    ``matcher`` is ``path`` (the value at ``argument``), ``pathAll`` / ``pathAny`` (every / any
    value a wildcard ``argument`` selects, at least one) or ``status`` (the HTTP status).
    """

    state: str
    matcher: str
    expected: tuple[Any, ...]
    argument: str | None = None

    def matches(self, status: int, body: Any) -> bool:
        if self.matcher == "status":
            return status in self.expected
        if not 200 <= status < 300 or self.argument is None:
            return False
        if self.matcher == "path":
            value = _jsonpath.get(body, self.argument, _MISSING)
            return value is not _MISSING and self._wanted(value)
        values = _jsonpath.find(body, self.argument)
        if not values:
            return False  # nothing to judge: an empty list is neither "all running" nor "any failed"
        check = all if self.matcher == "pathAll" else any
        return check(self._wanted(v) for v in values)

    def _wanted(self, value: Any) -> bool:
        return any(_same(value, want) for want in self.expected)

    def describe(self) -> str:
        wanted = " or ".join(repr(v) for v in self.expected)
        if self.matcher == "status":
            return f"HTTP status {wanted} -> {self.state}"
        scope = {"pathAll": "every ", "pathAny": "any "}.get(self.matcher, "")
        return f"{scope}{self.argument} == {wanted} -> {self.state}"


def _same(value: Any, expected: Any) -> bool:
    # Exact, as the provider spells its states (the pipeline checked them against the enum);
    # True is not 1 and 1 is not True, though Python says they are equal.
    if isinstance(value, bool) or isinstance(expected, bool):
        return value is expected
    return bool(value == expected)


@dataclass(frozen=True)
class Waiter:
    """A waiter as the manifest declares it: the operation it polls, its acceptors and pacing."""

    name: str
    operation: str
    acceptors: tuple[Acceptor, ...]
    description: str = ""
    delay: float = DEFAULT_DELAY
    max_delay: float = DEFAULT_MAX_DELAY
    timeout: float = DEFAULT_TIMEOUT
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def watched(self) -> str | None:
        """The JSON path the waiter watches (the first path acceptor's), for progress reports."""
        return next((a.argument for a in self.acceptors if a.matcher != "status"), None)

    def states(self, state: str) -> list[str]:
        """The acceptors leading to ``state`` (``success``, ``failure``, ``retry``), described."""
        return [a.describe().rsplit(" -> ", 1)[0] for a in self.acceptors if a.state == state]


def waiter_from_manifest(name: str, raw: Mapping[str, Any]) -> Waiter:
    """A :class:`Waiter` from its manifest entry (``expected`` may be one value or a list)."""
    acceptors = []
    for entry in raw["acceptors"]:
        expected = entry["expected"]
        acceptors.append(
            Acceptor(
                state=entry["state"],
                matcher=entry["matcher"],
                expected=tuple(expected) if isinstance(expected, list) else (expected,),
                argument=entry.get("argument"),
            )
        )
    delay = float(raw.get("delay", DEFAULT_DELAY))
    return Waiter(
        name=name,
        operation=raw["operation"],
        acceptors=tuple(acceptors),
        description=raw.get("description", ""),
        delay=delay,
        max_delay=max(delay, float(raw.get("max_delay", DEFAULT_MAX_DELAY))),
        timeout=float(raw.get("timeout", DEFAULT_TIMEOUT)),
        params=dict(raw.get("params") or {}),
    )


@dataclass(frozen=True)
class Poll:
    """What one poll of a wait saw; given to ``on_poll`` and kept on waiter errors as ``last``.

    ``state`` is the value at the waiter's watched path (a list for a wildcard path), ``outcome``
    one of ``success``, ``failure``, ``retry`` (an acceptor said so), ``pending`` (nothing matched,
    or a transient error such as a 503) or ``error``.
    """

    waiter: str
    attempt: int
    elapsed: float
    status: int | None
    state: Any
    outcome: str


class WaiterError(APIError):
    """A wait ended without reaching success. ``waiter`` and ``last`` (a :class:`Poll`) say where."""

    def __init__(self, message: str, *, provider: str, operation: str, waiter: str, last: Poll | None) -> None:
        super().__init__(message, provider=provider, operation=operation)
        self.waiter = waiter
        self.last = last

    def __str__(self) -> str:
        return f"{self.provider}.{self.operation} (waiter {self.waiter}): {self.message}"


class WaiterFailed(WaiterError):
    """The resource reached a failure state (``acceptor`` says which rule matched)."""

    def __init__(
        self, message: str, *, provider: str, operation: str, waiter: str, last: Poll | None, acceptor: Acceptor
    ) -> None:
        super().__init__(message, provider=provider, operation=operation, waiter=waiter, last=last)
        self.acceptor = acceptor


class WaiterTimeout(WaiterError):
    """The timeout ran out before success or failure (``last`` holds the last state seen)."""


_Ended = TypeVar("_Ended", bound=WaiterError)


def positive(value: object) -> bool:
    """A finite number of seconds above zero (not a bool)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value) and value > 0


@dataclass
class Watch:
    """One wait in progress: what each poll means, how long to sleep, when to give up."""

    provider: str
    waiter: Waiter
    timeout: float
    on_poll: Callable[[Poll], object] | None = None
    started: float = field(default_factory=time.monotonic)
    attempt: int = 0
    last: Poll | None = None

    @property
    def deadline(self) -> float:
        return self.started + self.timeout

    def remaining(self) -> float:
        """Seconds until the deadline (0 once it has passed)."""
        return max(0.0, self.deadline - time.monotonic())

    def after(self, response: httpx.Response | None, error: APIError | None) -> float | None:
        """Judge one poll: None on success, else the seconds to sleep before the next one.

        Raises :class:`WaiterFailed` on a failure state, :class:`WaiterTimeout` once the deadline
        has passed, and ``error`` itself when it is neither transient nor matched by an acceptor
        (a 404 while waiting for "running": the id is wrong, waiting longer will not help).
        """
        outcome, acceptor = self.judge(response, error)
        if outcome == "success":
            return None
        if outcome == "failure" and acceptor is not None:
            raise self.failed(acceptor)
        if outcome == "error" and error is not None:
            raise error
        pause = self.pause(response)
        if pause is None:
            raise self.timed_out()
        return pause

    def judge(self, response: httpx.Response | None, error: APIError | None) -> tuple[str, Acceptor | None]:
        """The outcome of one poll: success / failure / retry (an acceptor said so), pending or error."""
        status = response.status_code if response is not None else None
        body: Any = None
        if response is not None and 200 <= response.status_code < 300 and response.content:
            try:
                body = response.json()
            except ValueError:
                body = None
        for acceptor in self.waiter.acceptors:
            if status is not None and acceptor.matches(status, body):
                self._record(status, body, acceptor.state)
                return acceptor.state, acceptor
        # Not described by an acceptor: a transient failure (the transport already retried it)
        # keeps the wait going until the timeout; anything else is the caller's error.
        transient = isinstance(error, APIConnectionError) or (
            isinstance(error, APIStatusError) and (error.status_code in (408, 429) or error.status_code >= 500)
        )
        outcome = "error" if error is not None and not transient else "pending"
        self._record(status, body, outcome)
        return outcome, None

    def _record(self, status: int | None, body: Any, outcome: str) -> None:
        watched = self.waiter.watched
        state = None
        if watched is not None and body is not None:
            state = _jsonpath.get(body, watched) if _jsonpath.is_singular(watched) else _jsonpath.find(body, watched)
        self.attempt += 1
        self.last = Poll(self.waiter.name, self.attempt, time.monotonic() - self.started, status, state, outcome)
        logger.debug(
            "wait %s.%s (%s): poll %d after %.1f s -> HTTP %s, %s=%r: %s",
            self.provider,
            self.waiter.operation,
            self.waiter.name,
            self.attempt,
            self.last.elapsed,
            status,
            watched or "state",
            state,
            outcome,
        )
        if self.on_poll is not None:
            self.on_poll(self.last)

    def pause(self, response: httpx.Response | None) -> float | None:
        """Seconds to sleep before the next poll, or None when the timeout has run out.

        The delay doubles from ``delay`` up to ``max_delay`` with jitter (uniform between
        ``delay`` and the doubled step, so polls of many waiters spread out); a ``Retry-After``
        on the last answer wins. Never past the deadline: the last poll is at the deadline.
        """
        left = self.deadline - time.monotonic()
        if left <= 0:
            return None
        from ._transport import retry_after  # httpx: only once something is polled

        asked = retry_after(response)
        if asked is None:
            step = min(self.waiter.max_delay, self.waiter.delay * (2 ** max(0, self.attempt - 1)))
            asked = random.uniform(min(self.waiter.delay, step), step)
        return min(asked, left)

    def failed(self, acceptor: Acceptor) -> WaiterFailed:
        rule = acceptor.describe().rsplit(" -> ", 1)[0]
        return self._ended(WaiterFailed, f"reached a failure state ({rule}) after {self._summary()}", acceptor=acceptor)

    def timed_out(self) -> WaiterTimeout:
        return self._ended(WaiterTimeout, f"no success within {self.timeout:g} s ({self._summary()})")

    def _ended(self, kind: type[_Ended], message: str, **extra: Any) -> _Ended:
        """The error the wait ends with: it names the provider, operation and waiter, and keeps the last poll."""
        where = {"provider": self.provider, "operation": self.waiter.operation, "waiter": self.waiter.name}
        return kind(message, **where, last=self.last, **extra)

    def _summary(self) -> str:
        last = self.last
        if last is None:
            return "no poll"
        seen = f", last {self.waiter.watched} = {last.state!r}" if self.waiter.watched else ""
        polls = f"{last.attempt} poll{'' if last.attempt == 1 else 's'}"
        return f"{polls} in {last.elapsed:.1f} s, last HTTP {last.status}{seen}"
