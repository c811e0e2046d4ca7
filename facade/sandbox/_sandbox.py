"""Sandbox and SandboxGroup: running emulators with their base URL, keys, faults and request log."""

from __future__ import annotations

import concurrent.futures
from collections.abc import Iterator
from types import TracebackType
from typing import Self

from . import providers
from ._app import SandboxApp, SandboxState
from ._faults import Faults
from ._server import Server, bind
from ._spec import load
from ._store import RequestRecord


class Sandbox:
    """One running provider emulator.

    ``base_url`` and ``api_key`` are what a client needs; ``credentials`` maps each security scheme
    of the spec to a valid credential (io.net's JWT ``TokenAuth``, CloudAPI's ``DashboardSessionAuth``).
    ``faults`` injects failures, ``requests`` lists what was served (oldest first, never a key).
    """

    def __init__(self, provider: str, *, seed: int = 0, scale: float = 1.0, port: int = 0,
                 check_responses: bool = False) -> None:  # fmt: skip
        plugin = providers.get(provider)
        self.provider = provider
        self.state = SandboxState(plugin, load(provider), seed=seed, scale=scale)
        self.state.check_responses = check_responses
        self._sock = bind(port)
        self._server = Server(SandboxApp(self.state), self._sock)
        self.base_url = self._server.url
        self.state.base_url = self.base_url
        self._running = False

    @property
    def api_key(self) -> str:
        """The credential of the spec's default security scheme."""
        default = self.state.spec.doc.get("security") or [{}]
        for requirement in default:
            for scheme in requirement:
                if scheme in self.credentials:
                    return self.credentials[scheme]
        return next(iter(self.credentials.values()))

    @property
    def credentials(self) -> dict[str, str]:
        """A valid credential per security scheme name."""
        return dict(self.state.credentials)

    @property
    def faults(self) -> Faults:
        """Fault injection for this sandbox (see :meth:`Faults.add`)."""
        return self.state.faults

    @property
    def requests(self) -> list[RequestRecord]:
        """Recorded requests, oldest first."""
        with self.state.log_lock:
            return list(self.state.log)

    @property
    def violations(self) -> list[str]:
        """Responses that did not match the spec (collected when ``check_responses`` is on)."""
        return list(self.state.violations)

    def reset(self) -> None:
        """Back to the seeded state: data, credentials, faults and request log."""
        self.state.reset()

    def start(self) -> Self:
        """Start serving (idempotent)."""
        if not self._running:
            self._server.start()
            self._running = True
        return self

    def close(self) -> None:
        """Stop serving and release the port."""
        if self._running:
            self._server.request_stop()
            self._server.join()
            self._running = False
        else:
            self._sock.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Sandbox {self.provider} {self.base_url}>"


class SandboxGroup:
    """Several sandboxes started and stopped together; index by provider name."""

    def __init__(self, sandboxes: list[Sandbox]) -> None:
        self.sandboxes = {sb.provider: sb for sb in sandboxes}

    def __getitem__(self, provider: str) -> Sandbox:
        return self.sandboxes[provider]

    def __iter__(self) -> Iterator[Sandbox]:
        return iter(self.sandboxes.values())

    def __len__(self) -> int:
        return len(self.sandboxes)

    def start(self) -> Self:
        """Start every sandbox concurrently."""
        with concurrent.futures.ThreadPoolExecutor(max_workers=len(self.sandboxes) or 1) as pool:
            list(pool.map(Sandbox.start, self.sandboxes.values()))
        return self

    def close(self) -> None:
        """Stop every sandbox (concurrently)."""
        for sb in self.sandboxes.values():
            if sb._running:
                sb._server.request_stop()
        for sb in self.sandboxes.values():
            sb.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def available() -> list[str]:
    """Providers with both a generated client (so a spec) and a sandbox plug-in."""
    import importlib.util

    return [
        p for p in providers.PROVIDERS
        if importlib.util.find_spec(f"{p}_client") is not None
        and importlib.util.find_spec(f"{providers.__name__}.{p}") is not None
    ]  # fmt: skip


def serve(provider: str = "all", *, seed: int = 0, scale: float = 1.0, port: int = 0,
          check_responses: bool = False) -> Sandbox | SandboxGroup:  # fmt: skip
    """Start one sandbox (``serve("cloudapi")``) or one per provider (``serve("all")``).

    Use it as a context manager; the server runs until the block ends. ``seed`` makes data and keys
    reproducible, ``scale`` multiplies the seeded collection sizes, ``port`` 0 picks a free port
    (with ``"all"``, a non-zero ``port`` gives consecutive ports in provider order).
    """
    if provider != "all":
        return Sandbox(provider, seed=seed, scale=scale, port=port, check_responses=check_responses)
    names = available()
    for name in names:
        # Import the plug-ins here, one at a time: CPython 3.11 can fail compiling modules in
        # parallel threads ("AST constructor recursion depth mismatch", e.g. under pytest's
        # assertion rewriting); building the sandboxes concurrently is what saves the time.
        providers.get(name)
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(names) or 1) as pool:
        futures = [
            pool.submit(Sandbox, name, seed=seed, scale=scale, port=port + i if port else 0,
                        check_responses=check_responses)
            for i, name in enumerate(names)
        ]  # fmt: skip
        return SandboxGroup([f.result() for f in futures])
