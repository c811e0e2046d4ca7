"""Fault injection: what to break, where, and how often."""

from __future__ import annotations

import fnmatch
import random
import threading
from dataclasses import dataclass, field
from typing import Any

FAULT_FIELDS = ("operation", "path", "kind", "status", "retry_after", "delay", "times", "probability", "seed", "after")
FAULT_KINDS = ("status", "reset", "truncate", "malformed", "html", "fail", "stall")


@dataclass
class Fault:
    """One injected fault, scoped to an operationId and/or a request path (``fnmatch`` pattern).

    ``kind``: ``status`` (the provider's error body with ``status``, optional ``Retry-After``),
    ``reset`` (connection closed without a response), ``truncate`` (body shorter than its
    Content-Length), ``malformed`` (200 with invalid JSON), ``html`` (a 502/503 HTML page),
    ``fail`` (the request succeeds, and the resource it made or named fails at its next timed
    transition: moves to its lifecycle's failure state) and ``stall`` (the request succeeds, and
    that resource never leaves its current state).
    ``delay`` adds latency first; a fault with only ``delay`` then answers normally.
    ``times`` limits how many requests it hits (None: unlimited); ``probability`` hits a seeded share.
    ``after``: the operation runs first and then its answer is replaced by the fault (a lost
    response: the create happened, the client cannot know), instead of failing before any work.
    """

    operation: str | None = None
    path: str | None = None
    kind: str = "status"
    status: int | None = None
    retry_after: float | None = None
    delay: float = 0.0
    times: int | None = None
    probability: float = 1.0
    seed: int = 0
    after: bool = False
    hits: int = 0
    _rng: random.Random = field(default_factory=random.Random, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; choose from {', '.join(FAULT_KINDS)}")
        if self.kind == "status" and self.status is None and not self.delay:
            self.status = 503
        if self.kind == "html" and self.status is None:
            self.status = 502
        if not 0.0 <= self.probability <= 1.0:
            raise ValueError("probability must be between 0 and 1")
        self._rng.seed(self.seed)

    @property
    def marks(self) -> bool:
        """True when the fault lets the request through and then fails or stalls its resource."""
        return self.kind in ("fail", "stall")

    @property
    def only_delay(self) -> bool:
        """True when the fault adds latency and nothing else."""
        return self.kind == "status" and self.status is None

    def applies(self, operation: str | None, path: str) -> bool:
        if self.operation is not None and self.operation != operation:
            return False
        return self.path is None or fnmatch.fnmatchcase(path, self.path)

    def to_json(self) -> dict[str, Any]:
        """The fault as the control path shows it."""
        return {k: getattr(self, k) for k in (*FAULT_FIELDS, "hits")}


class Faults:
    """The faults of one sandbox; thread-safe (tests add them while the server thread serves)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(
        self,
        operation: str | None = None,
        *,
        path: str | None = None,
        kind: str = "status",
        status: int | None = None,
        retry_after: float | None = None,
        delay: float = 0.0,
        times: int | None = None,
        probability: float = 1.0,
        seed: int = 0,
        after: bool = False,
    ) -> Fault:
        """Inject a fault; see :class:`Fault` for the arguments. Returns it (``.hits`` counts uses)."""
        fault = Fault(operation, path, kind, status, retry_after, delay, times, probability, seed, after)
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> None:
        """Remove every fault."""
        with self._lock:
            self._faults.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._faults)

    def list(self) -> list[Fault]:
        """The active faults, oldest first."""
        with self._lock:
            return list(self._faults)

    def take(self, operation: str | None, path: str) -> Fault | None:
        """The first fault that fires for this request (its ``times`` budget is spent here)."""
        with self._lock:
            for fault in self._faults:
                if not fault.applies(operation, path):
                    continue
                if fault.probability < 1.0 and fault._rng.random() >= fault.probability:
                    continue
                fault.hits += 1
                if fault.times is not None and fault.hits >= fault.times:
                    self._faults.remove(fault)
                return fault
        return None
