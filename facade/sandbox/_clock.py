"""The sandbox clock: wall time by default, faster, slower, frozen or moved by hand."""

from __future__ import annotations

import datetime as dt
import threading
import time


class Clock:
    """Sandbox time in epoch seconds: ``speed`` sandbox seconds pass per real second, plus ``advance()``.

    At speed 1 (the default) sandbox time is wall time, so timestamps are real. ``speed=10`` plays
    every timed transition ten times faster; ``speed=0`` freezes time, and then only ``advance()``
    moves it: tests step a resource through its states deterministically. Thread-safe.
    """

    def __init__(self, speed: float = 1.0) -> None:
        if speed < 0:
            raise ValueError(f"clock speed must be 0 or more, got {speed}")
        self._lock = threading.Lock()
        self._speed = float(speed)
        self._base = time.time()  # sandbox time at the last rebase
        self._mono = time.monotonic()  # and the monotonic reading then (immune to wall-clock jumps)

    def now(self) -> float:
        """The current sandbox time (epoch seconds)."""
        with self._lock:
            return self._base + (time.monotonic() - self._mono) * self._speed

    @property
    def speed(self) -> float:
        """Sandbox seconds per real second (0: frozen)."""
        return self._speed

    @speed.setter
    def speed(self, value: float) -> None:
        if value < 0:
            raise ValueError(f"clock speed must be 0 or more, got {value}")
        with self._lock:
            self._rebase()
            self._speed = float(value)

    def advance(self, seconds: float) -> float:
        """Move sandbox time forward by ``seconds``; returns the new time."""
        if seconds < 0:
            raise ValueError(f"the clock only moves forward, got {seconds} s")
        with self._lock:
            self._rebase()
            self._base += seconds
            return self._base

    def iso(self, at: float | None = None) -> str:
        """``at`` (default: now) as the specs write times: ``2026-03-02T08:15:00Z``."""
        return iso(self.now() if at is None else at)

    def _rebase(self) -> None:
        mono = time.monotonic()
        self._base += (mono - self._mono) * self._speed
        self._mono = mono

    def __repr__(self) -> str:
        return f"<Clock {self.iso()} speed={self._speed:g}>"


def iso(at: float | dt.datetime) -> str:
    """Epoch seconds (or an aware datetime) as an RFC 3339 UTC timestamp without fractions: ``2026-03-02T08:15:00Z``."""
    moment = dt.datetime.fromtimestamp(int(at.timestamp() if isinstance(at, dt.datetime) else at), dt.UTC)
    return moment.isoformat().replace("+00:00", "Z")


def parse_iso(text: str) -> dt.datetime:
    """An RFC 3339 timestamp (``Z``, an offset, or none: UTC) as an aware datetime; ValueError if it is none."""
    moment = dt.datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
