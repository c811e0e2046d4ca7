"""Per-call settings carried to the transport through a context variable (sync and async)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

    from ._manifest import Operation


@dataclass(frozen=True)
class CallOptions:
    """What one facade call asks of the transport."""

    operation: Operation | None = None
    timeout: httpx.Timeout | None = None
    max_retries: int | None = None
    # time.monotonic() by which a wait must end: no retry sleeps past it (a waiter's poll).
    deadline: float | None = None


_CURRENT: ContextVar[CallOptions | None] = ContextVar("facade_call", default=None)


def current() -> CallOptions | None:
    return _CURRENT.get()


def current_operation() -> Operation | None:
    options = _CURRENT.get()
    return options.operation if options is not None else None


@contextlib.contextmanager
def call_options(options: CallOptions) -> Iterator[None]:
    token = _CURRENT.set(options)
    try:
        yield
    finally:
        _CURRENT.reset(token)
