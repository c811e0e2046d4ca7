"""Running one operation from the command line: connect, call or page, print, and map failures to exit codes.

Exit codes: 0 done; 1 the provider or the connection failed (an :class:`facade.APIError`, one line
on stderr); 2 a usage error, including a missing key; 130 interrupted (Ctrl-C); 141 the reader of
stdout went away (``| head``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar, cast

import click

from . import _jsonpath
from ._cli_output import Progress, Query, Writer
from ._describe import OperationInfo
from ._manifest import Operation

if TYPE_CHECKING:
    from ._types import ProviderName

OK, API_ERROR, USAGE, INTERRUPTED, BROKEN_PIPE = 0, 1, 2, 130, 141
logger = logging.getLogger("facade.cli")
T = TypeVar("T")


@dataclass(frozen=True)
class Settings:
    """The options every operation takes (``--output``, ``--all``, ``--base-url``, ...)."""

    output: str
    query: Query | None
    all: bool
    max_items: int | None
    base_url: str | None
    timeout: float | None
    max_retries: int | None
    debug: bool
    sandbox: bool


_DEBUG_HANDLER = "compute-clients --debug"


def enable_debug() -> None:
    """The facade's request log (secrets redacted by the facade) on stderr."""
    root = logging.getLogger("facade")
    if debugging():
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.set_name(_DEBUG_HANDLER)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)


def debugging() -> bool:
    """True once ``--debug`` is on."""
    return any(h.get_name() == _DEBUG_HANDLER for h in logging.getLogger("facade").handlers)


@contextlib.contextmanager
def _connection(provider: str, settings: Settings) -> Iterator[dict[str, Any]]:
    """``connect()`` arguments: from the environment, or from a sandbox started for this run."""
    kwargs: dict[str, Any] = {"timeout": settings.timeout, "max_retries": settings.max_retries}
    if not settings.sandbox:
        yield {**kwargs, "base_url": settings.base_url}
        return
    if settings.base_url:
        raise click.UsageError("--sandbox and --base-url exclude each other: the sandbox has its own URL")
    try:
        from .sandbox import Sandbox, serve
    except ImportError as exc:
        raise click.UsageError(
            f"--sandbox needs the sandbox extra (pip install 'compute-clients[sandbox]'): {exc}"
        ) from None
    sandbox = serve(provider, seed=1)
    assert isinstance(sandbox, Sandbox)  # one provider, so one sandbox
    with sandbox as sb:
        click.echo(f"sandbox: {provider} at {sb.base_url}", err=True)
        yield {**kwargs, "base_url": sb.base_url, "api_key": sb.api_key, "credentials": sb.credentials}


def report(exc: Exception) -> None:
    """One line on stderr: the facade's error class, provider, operation, waiter, status, code, request id, message."""
    parts = [
        type(exc).__name__,
        f"provider={getattr(exc, 'provider', None)}",
        f"operation={getattr(exc, 'operation', None)}",
    ]
    for name in ("waiter", "status_code", "code", "request_id"):
        value = getattr(exc, name, None)
        if value:
            parts.append(f"{'status' if name == 'status_code' else name}={value}")
    message = " ".join(str(getattr(exc, "message", exc)).split())
    click.echo(f"compute-clients: {' '.join(parts)}: {message}", err=True)


def run(info: OperationInfo, op: Operation, kwargs: dict[str, Any], settings: Settings) -> int:
    """Call (or page through) ``op`` and print the result; returns the exit code."""
    writer = Writer(settings.output, sys.stdout, settings.query)
    paging = settings.all or settings.max_items is not None

    def work(client: Any) -> None:
        logger.debug("%s.%s: %s %s%s", info.provider, op.id, op.method, str(client.base_url).rstrip("/"), op.path)
        if paging:
            _page_all(client, info, op, kwargs, settings, writer)
        else:
            pag = op.pagination or {}
            writer.one(client.call(op.id, **kwargs), pag.get("items"))

    return _guarded(info.provider, settings, work)


@dataclass(frozen=True)
class Pacing:
    """``--timeout``, ``--delay`` and ``--max-delay`` of a wait (None: the waiter's own)."""

    timeout: float | None
    delay: float | None
    max_delay: float | None


def wait(info: OperationInfo, waiter: str, kwargs: dict[str, Any], pacing: Pacing, settings: Settings) -> int:
    """Run a waiter, showing each poll on a terminal's stderr, and print the last answer; the exit code."""
    writer = Writer(settings.output, sys.stdout, settings.query)
    status = PollLine(sys.stderr)

    def work(client: Any) -> None:
        try:
            result = client.wait(
                waiter,
                timeout=pacing.timeout,
                delay=pacing.delay,
                max_delay=pacing.max_delay,
                on_poll=status.show,
                **kwargs,
            )
        finally:
            status.close()
        if result is not None:  # None: success was a status, such as a 404 for "deleted"
            writer.one(result)

    return _guarded(info.provider, settings, work)


class PollLine:
    """The state of a wait on one line of a terminal's stderr, redrawn after every poll."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.enabled = stream.isatty()
        self._drawn = False

    def show(self, poll: Any) -> None:
        if not self.enabled:
            return
        state = "" if poll.state is None else f" {poll.state}"
        line = f"{poll.waiter}: poll {poll.attempt} at {poll.elapsed:.0f} s:{state} ({poll.outcome})"
        self.stream.write(f"\r{line}\x1b[K")
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        if self._drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _guarded(provider: str, settings: Settings, work: Callable[[Any], None]) -> int:
    """Connect, run ``work(client)``, flush; API errors, usage errors and a closed pipe become exit codes."""
    from ._client import connect
    from ._errors import APIError, ConfigurationError

    try:
        with (
            _connection(provider, settings) as target,
            connect(cast("ProviderName", provider), **target) as client,
        ):
            work(client)
            sys.stdout.flush()
    except APIError as exc:
        report(exc)
        return API_ERROR
    except ConfigurationError as exc:
        click.echo(f"compute-clients: {exc}", err=True)
        return USAGE
    except BrokenPipeError:
        # Whoever read stdout stopped (``| head``): say nothing more, and do not fail on the final flush.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return BROKEN_PIPE
    return OK


def _page_all(
    client: Any, info: OperationInfo, op: Operation, kwargs: dict[str, Any], settings: Settings, writer: Writer
) -> None:
    progress = Progress()
    total_path = info.paging.total if progress.enabled and info.paging is not None else None
    pages = prefetched(client.paginate(op.id, max_items=settings.max_items, **kwargs).pages())

    def items() -> Iterator[list[Any]]:
        for page in pages:
            if progress.total is None and total_path and page.number == 0:
                total = _jsonpath.get(page.response.json(), total_path)
                progress.total = min(int(total), settings.max_items or int(total)) if total is not None else None
            progress.advance(len(page.items))
            yield page.items

    try:
        writer.stream(items())
    finally:
        progress.close()


def prefetched(source: Iterator[T], depth: int = 2) -> Iterator[T]:
    """``source``'s values, read ahead by a thread: the next page is on its way while this one prints.

    Printing (``to_dict()`` + JSON) then overlaps the wait for the provider, instead of adding to
    it. Values and the exception that ended ``source`` arrive in order; when the reader stops
    early (Ctrl-C, a closed pipe) the thread stops too.
    """
    box: queue.Queue[tuple[bool, Any]] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(done: bool, value: Any) -> bool:
        while not stop.is_set():
            try:
                box.put((done, value), timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            for value in source:
                if not put(False, value):
                    return
        except BaseException as exc:  # noqa: BLE001 - handed to the reader, which raises it
            put(True, exc)
        else:
            put(True, None)

    # A daemon: a thread stuck in a slow read must not keep an interrupted command alive.
    threading.Thread(target=work, name="compute-clients-prefetch", daemon=True).start()
    try:
        while True:
            done, value = box.get()
            if done:
                if value is not None:
                    raise value
                return
            yield value
    finally:
        stop.set()
