"""Everything one running sandbox holds: spec, engine (store, clock), credentials, faults, request log."""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass

from ._clock import Clock
from ._credentials import Credentials
from ._engine import Engine
from ._errors import Problem
from ._faults import Faults
from ._hooks import Reply
from ._log import DEFAULT_SIZE, RequestLog
from ._model import Provider
from ._spec import Spec
from ._store import Store


@dataclass(frozen=True)
class Limits:
    """What a sandbox accepts from a client: body size, time to send the request head."""

    max_body: int = 5 * 1024 * 1024
    header_timeout: float = 10.0


class SandboxState:
    """The state of one provider's sandbox; the app serves it, the control path and ``Sandbox`` inspect it."""

    def __init__(
        self,
        provider: Provider,
        spec: Spec,
        *,
        seed: int = 0,
        scale: float = 1.0,
        clock_speed: float = 1.0,
        log_size: int = DEFAULT_SIZE,
        limits: Limits | None = None,
    ) -> None:
        self.provider, self.spec, self.seed, self.scale = provider, spec, seed, scale
        self.limits = limits or Limits()
        self.clock = Clock(clock_speed)
        seeded = provider.credentials(random.Random(f"{provider.name}:{seed}:keys"))
        self.credentials = Credentials(seeded, list(spec.schemes))
        self.engine = Engine(provider, spec, self.clock, self.credentials, seed=seed, scale=scale)
        self.faults = Faults()
        self.log = RequestLog(log_size)
        self.violations: list[str] = []
        self.check_responses = False
        self.base_url = ""
        self._ids = random.Random(f"{provider.name}:{seed}:request-ids")
        self._ids_lock = threading.Lock()

    @property
    def store(self) -> Store:
        """The resource store (collections by resource name)."""
        return self.engine.store

    def reset(self) -> None:
        """Back to the seeded state: store, credentials, faults, request log (the clock keeps its time)."""
        self.engine.store.reset()
        self.faults.clear()
        self.log.clear()
        self.violations.clear()
        self.credentials.reset()

    def new_request_id(self) -> str:
        with self._ids_lock:
            if self.provider.request_id:
                return self.provider.request_id(self._ids)
            return f"{self._ids.getrandbits(64):016x}"

    def error_reply(self, problem: Problem) -> Reply:
        """``problem`` in the provider's error shape, with the provider's extra headers for its status."""
        headers = dict(self.provider.headers.get(problem.status, {}))
        return Reply(problem.status, self.provider.error_body(problem), headers)
