"""Sandbox and SandboxGroup: running emulators with their base URL, keys, clock, faults and request log."""

from __future__ import annotations

import concurrent.futures
from collections.abc import Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self, overload

from . import providers
from ._app import SandboxApp
from ._clock import Clock
from ._faults import Faults
from ._hooks import public
from ._log import DEFAULT_SIZE, RequestRecord
from ._model import Item, Provider
from ._server import Server, bind
from ._spec import Spec, load
from ._state import Limits, SandboxState

if TYPE_CHECKING:
    from .._types import ProviderName


class _Started:
    """``with`` starts and closes."""

    def start(self) -> Self:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class Sandbox(_Started):
    """One running provider emulator.

    ``base_url`` and ``api_key`` are what a client needs; ``credentials`` maps each security scheme
    of the spec to a valid credential (io.net's JWT ``TokenAuth``, CloudAPI's ``DashboardSessionAuth``).
    ``faults`` injects failures, ``requests`` lists what was served (the last ``log_size``, oldest
    first, never a key). ``clock`` is the sandbox's time: ``clock_speed=0`` freezes it (then
    ``clock.advance(s)`` moves it), ``clock_speed=10`` plays timed transitions ten times faster.
    ``provider`` is a provider name, or a :class:`Provider` declaration together with ``spec``.
    """

    def __init__(
        self,
        provider: str | Provider,
        *,
        spec: Spec | None = None,
        seed: int = 0,
        scale: float = 1.0,
        port: int = 0,
        check_responses: bool = False,
        clock_speed: float = 1.0,
        log_size: int = DEFAULT_SIZE,
        max_body: int = Limits.max_body,
        header_timeout: float = Limits.header_timeout,
    ) -> None:
        plugin = providers.get(provider) if isinstance(provider, str) else provider
        self.provider = plugin.name
        limits = Limits(max_body=max_body, header_timeout=header_timeout)
        self.state = SandboxState(
            plugin,
            spec or load(plugin.name),
            seed=seed,
            scale=scale,
            clock_speed=clock_speed,
            log_size=log_size,
            limits=limits,
        )
        self.state.check_responses = check_responses
        self._sock = bind(port)
        self._server = Server(SandboxApp(self.state), self._sock, header_timeout=header_timeout)
        self.base_url = self._server.url
        self.state.base_url = self.base_url
        self._running = False

    @property
    def api_key(self) -> str:
        """The credential of the spec's default security scheme."""
        for requirement in self.state.spec.doc.get("security") or [{}]:
            for scheme in requirement:
                if scheme in self.credentials:
                    return self.credentials[scheme]
        return next(iter(self.credentials.values()))

    @property
    def credentials(self) -> dict[str, str]:
        """A valid credential per security scheme name."""
        return dict(self.state.credentials.seeded)

    @property
    def clock(self) -> Clock:
        """The sandbox's clock (``speed``, ``advance()``, ``now()``)."""
        return self.state.clock

    @property
    def faults(self) -> Faults:
        """Fault injection for this sandbox (see :meth:`Faults.add`)."""
        return self.state.faults

    @property
    def requests(self) -> list[RequestRecord]:
        """Recorded requests, oldest first."""
        return self.state.log.list()

    @property
    def violations(self) -> list[str]:
        """Responses that did not match the spec (collected when ``check_responses`` is on)."""
        return list(self.state.violations)

    def items(self, resource: str) -> list[Item]:
        """The current items of a resource (public fields, timed states settled)."""
        engine = self.state.engine
        with self.state.store.lock:
            call = engine.operator_call()
            return [public(item) for item in call.items(resource)]

    def fail(self, resource: str, item_id: Any, *, parent: Any = None) -> Item:
        """Move an item to its lifecycle's failure state now (failure acceptors become testable)."""
        return public(self.state.engine.mark(self._resource(resource), item_id, "fail", parent))

    def stall(self, resource: str, item_id: Any, *, parent: Any = None) -> Item:
        """Keep an item in its current state for good: it never gets where it was going."""
        return public(self.state.engine.mark(self._resource(resource), item_id, "stall", parent))

    def _resource(self, name: str) -> Any:
        found = self.state.engine.resources.get(name)
        if found is None:
            raise LookupError(
                f"no resource {name!r}; the {self.provider} sandbox has {', '.join(self.state.engine.resources)}"
            )
        return found

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

    def __repr__(self) -> str:
        return f"<Sandbox {self.provider} {self.base_url}>"


class SandboxGroup(_Started):
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


def available() -> list[str]:
    """Providers with both a generated client (so a spec) and a sandbox plug-in."""
    return providers.available()


# The overloads only type what the body already does: a provider's name gives one Sandbox, "all" a group.
@overload
def serve(provider: ProviderName, *, port: int = 0, **options: Any) -> Sandbox: ...
@overload
def serve(provider: Literal["all"] = "all", *, port: int = 0, **options: Any) -> SandboxGroup: ...
@overload
def serve(provider: str, *, port: int = 0, **options: Any) -> Sandbox | SandboxGroup: ...
def serve(provider: str = "all", *, port: int = 0, **options: Any) -> Sandbox | SandboxGroup:
    """Start one sandbox (``serve("cloudapi")``) or one per provider (``serve("all")``).

    Use it as a context manager; the server runs until the block ends. ``options`` are those of
    :class:`Sandbox` (``seed`` makes data and keys reproducible, ``scale`` multiplies the seeded
    collection sizes, ``clock_speed``, ...). ``port`` 0 picks a free port; with ``"all"``, a
    non-zero ``port`` gives consecutive ports in provider order.
    """
    if provider != "all":
        return Sandbox(provider, port=port, **options)
    names = available()
    for name in names:
        # Import the plug-ins here, one at a time: CPython 3.11 can fail compiling modules in
        # parallel threads ("AST constructor recursion depth mismatch", e.g. under pytest's
        # assertion rewriting); building the sandboxes concurrently is what saves the time.
        providers.get(name)
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(names) or 1) as pool:
        futures = [pool.submit(Sandbox, name, port=port + i if port else 0, **options) for i, name in enumerate(names)]
        return SandboxGroup([f.result() for f in futures])
