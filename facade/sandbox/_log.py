"""The request log: what a sandbox served, newest last, bounded (a ring buffer)."""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import asdict, dataclass
from typing import Any

DEFAULT_SIZE = 10_000


@dataclass(frozen=True)
class RequestRecord:
    """One served request as tests see it. Never holds a credential."""

    method: str
    path: str
    operation: str | None
    status: int
    idempotency_key: str | None = None
    fault: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The record as the control path shows it."""
        return asdict(self)


class RequestLog:
    """The last ``size`` requests served (older ones drop off); thread-safe."""

    def __init__(self, size: int = DEFAULT_SIZE) -> None:
        if size < 1:
            raise ValueError(f"the request log holds at least one request, got {size}")
        self._lock = threading.Lock()
        self._records: deque[RequestRecord] = deque(maxlen=size)
        self.dropped = 0

    @property
    def size(self) -> int:
        """How many requests the log keeps."""
        return self._records.maxlen or 0

    def add(self, record: RequestRecord) -> None:
        with self._lock:
            if len(self._records) == self.size:
                self.dropped += 1
            self._records.append(record)

    def list(self) -> list[RequestRecord]:
        """The kept records, oldest first."""
        with self._lock:
            return list(self._records)

    def clear(self) -> None:
        with self._lock:
            self._records.clear()
            self.dropped = 0

    def __len__(self) -> int:
        with self._lock:
            return len(self._records)
