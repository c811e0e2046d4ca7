"""The credentials a sandbox accepts, per security scheme, with what was recorded when each was made."""

from __future__ import annotations

import threading
from typing import Any


class Credentials:
    """Valid credentials by scheme: the seeded ones, plus keys minted or created while serving."""

    def __init__(self, seeded: dict[str, str], schemes: list[str]) -> None:
        self._lock = threading.Lock()
        self.seeded = dict(seeded)
        self._schemes = schemes
        self._valid: dict[str, dict[str, dict[str, Any]]] = {}
        self.reset()

    def reset(self) -> None:
        """Back to the seeded credentials only."""
        with self._lock:
            self._valid = {scheme: {} for scheme in self._schemes}
            for scheme, value in self.seeded.items():
                self._valid.setdefault(scheme, {})[value] = {}

    def grant(self, scheme: str, value: str, **meta: Any) -> None:
        """Make ``value`` valid for ``scheme``; ``meta`` is what hooks later read about it."""
        with self._lock:
            self._valid.setdefault(scheme, {})[value] = meta

    def revoke(self, scheme: str, value: str) -> None:
        with self._lock:
            self._valid.get(scheme, {}).pop(value, None)

    def meta(self, scheme: str, value: str) -> dict[str, Any] | None:
        """What was recorded with a valid credential, or None when it is not valid for ``scheme``."""
        with self._lock:
            return self._valid.get(scheme, {}).get(value)

    def schemes_of(self, value: str) -> list[str]:
        """Every scheme ``value`` is valid for."""
        with self._lock:
            return [scheme for scheme, values in self._valid.items() if value in values]
