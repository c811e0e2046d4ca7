"""The one boundary where requests leave and answers come back.

A transport wrapper, so it applies to facade calls and to the generated client alike: it picks
the operation, keeps credentials on their origin, adds the idempotency key, retries with backoff
and Retry-After, logs with secrets redacted, and turns failures into the facade's errors.
"""

from __future__ import annotations

import email.utils
import logging
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import httpx

from . import _config
from ._errors import APIConnectionError, APIError, APITimeoutError, status_error
from ._redact import REDACTED, MaskedHeaders, masked, secret_names
from ._state import current

if TYPE_CHECKING:
    import anyio

    from ._auth import Credentials
    from ._manifest import Operation, Provider

logger = logging.getLogger("facade")


def backoff(attempt: int, base: float = _config.BACKOFF_BASE, cap: float = _config.BACKOFF_CAP) -> float:
    """Full-jitter exponential backoff ("Exponential Backoff And Jitter", AWS architecture blog)."""
    return random.uniform(0.0, min(cap, base * (2**attempt)))


def retry_after(response: httpx.Response | None) -> float | None:
    """Seconds the server asked us to wait (``Retry-After`` as seconds or an HTTP date), if any."""
    if response is None:
        return None
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class Boundary:
    """Everything the sync and async transports share: decisions, logging and error mapping."""

    def __init__(
        self,
        provider: Provider,
        credentials: Credentials,
        base_url: httpx.URL,
        max_retries: int,
        retry_after_cap: float = _config.RETRY_AFTER_CAP,
        custom_headers: Iterable[str] = (),
    ) -> None:
        self.provider = provider
        self.max_retries = max_retries
        self.retry_after_cap = retry_after_cap
        self.origin = (base_url.scheme, base_url.host, base_url.port)
        self.base_path = base_url.path.rstrip("/")
        auth_headers = provider.auth_header_names() | {"authorization"}
        # What never leaves the origin: our credentials, and the headers the user gave connect()
        # (we cannot know which of those are secrets, so none of them follow a redirect away).
        self.origin_headers = auth_headers | {name.lower() for name in custom_headers}
        self.secret_headers = secret_names(auth_headers)
        self._secrets = credentials

    # -- before the first attempt ---------------------------------------------------------
    def operation(self, request: httpx.Request) -> Operation | None:
        op = request.extensions.get("facade_operation")
        if op is not None:
            return op  # type: ignore[no-any-return]
        return self.provider.match_url(request.method, request.url.path, self.base_path)

    def prepare(self, request: httpx.Request) -> tuple[Operation | None, int]:
        """Adjust the request once (the same bytes go out on every attempt); return the retry budget."""
        op = self.operation(request)
        # Errors carry the request (and responses their .request): its repr must not show a key.
        request.headers = MaskedHeaders(request.headers, self.secret_headers)
        if (request.url.scheme, request.url.host, request.url.port) != self.origin:
            # A redirect or next-page URL to another origin never carries our credentials.
            for name in self.origin_headers:
                request.headers.pop(name, None)
        options = current()
        if options is not None and options.timeout is not None:
            request.extensions["timeout"] = options.timeout.as_dict()
        budget = self.max_retries if options is None or options.max_retries is None else options.max_retries
        if op is not None and op.idempotency_header:
            if op.idempotency_header not in request.headers:
                request.headers[op.idempotency_header] = str(uuid.uuid4())
        elif request.method not in _config.SAFE_METHODS:
            budget = 0  # not safe to repeat: the first attempt may have done the work
        return op, budget

    # -- after each attempt -------------------------------------------------------------------
    def wait_before_retry(self, attempt: int, budget: int, response: httpx.Response | None) -> float | None:
        """Seconds to sleep before retrying, or None when this outcome is final."""
        if attempt >= budget:
            return None
        if response is not None and response.status_code not in _config.RETRY_STATUSES:
            return None
        asked = retry_after(response)
        if asked is not None and asked > self.retry_after_cap:
            return None
        delay = backoff(attempt) if asked is None else asked
        options = current()
        if options is not None and options.deadline is not None and time.monotonic() + delay > options.deadline:
            return None  # a waiter's poll: the wait would be over before this retry is sent
        return delay

    def connection_error(self, request: httpx.Request, op: Operation | None, exc: Exception) -> APIError:
        url = request.url.copy_with(query=None)
        name = op.id if op is not None else None
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(
                f"timed out: {request.method} {url}",
                provider=self.provider.name,
                operation=name,
                request=request,
            )
        reason = type(exc).__name__
        return APIConnectionError(
            f"{reason} on {request.method} {url}: {self.scrub(str(exc)) or 'connection failed'}",
            provider=self.provider.name,
            operation=name,
            request=request,
        )

    def raise_for_status(self, response: httpx.Response, op: Operation | None) -> None:
        if response.status_code >= 400:
            raise status_error(
                response,
                provider=self.provider.name,
                operation=op.id if op is not None else None,
                fields=self.provider.errors,
            )

    def received(self, request: httpx.Request, response: httpx.Response) -> None:
        """Tie the response to its request and mask credential headers (Set-Cookie) in its repr."""
        response.request = request
        response.headers = MaskedHeaders(response.headers, self.secret_headers)

    def scrub(self, text: str) -> str:
        for secret in self._secrets.values():
            if secret:
                text = text.replace(secret, REDACTED)
        return text

    def log(
        self,
        request: httpx.Request,
        op: Operation | None,
        attempt: int,
        started: float,
        response: httpx.Response | None,
        error: Exception | None,
    ) -> None:
        if not logger.isEnabledFor(logging.DEBUG):
            return
        headers = {k: masked(k, v, self.secret_headers) for k, v in request.headers.items()}
        outcome = str(response.status_code) if response is not None else type(error).__name__
        logger.debug(
            "%s %s -> %s provider=%s operation=%s attempt=%d elapsed_ms=%.1f headers=%s",
            request.method,
            self.scrub(str(request.url)),
            outcome,
            self.provider.name,
            op.id if op is not None else "-",
            attempt + 1,
            (time.perf_counter() - started) * 1000,
            headers,
        )


class Transport(httpx.BaseTransport):
    """Sync transport wrapper around the real one (see module docstring)."""

    def __init__(self, inner: httpx.BaseTransport | Callable[[], httpx.BaseTransport], boundary: Boundary) -> None:
        # A factory defers the real transport (httpcore, the SSL context) to the first request.
        self._inner = inner if isinstance(inner, httpx.BaseTransport) else None
        self._make = None if isinstance(inner, httpx.BaseTransport) else inner
        self._lock = threading.Lock()
        self.boundary = boundary

    @property
    def inner(self) -> httpx.BaseTransport:
        if self._inner is None:
            with self._lock:
                if self._inner is None:
                    assert self._make is not None
                    self._inner = self._make()
        return self._inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        b = self.boundary
        op, budget = b.prepare(request)
        attempt = 0
        while True:
            started = time.perf_counter()
            response: httpx.Response | None = None
            error: Exception | None = None
            try:
                response = self.inner.handle_request(request)
                b.received(request, response)
                response.read()  # a body cut short is a connection failure, not a parse error later
            except httpx.TransportError as exc:
                if response is not None:
                    response.close()
                response, error = None, exc
            b.log(request, op, attempt, started, response, error)
            if response is not None and response.status_code < 400:
                return response
            delay = b.wait_before_retry(attempt, budget, response)
            if delay is None:
                if response is None:
                    raise b.connection_error(request, op, error or RuntimeError()) from None
                b.raise_for_status(response, op)
            if response is not None:
                response.close()
            time.sleep(delay or 0.0)
            attempt += 1

    def close(self) -> None:
        if self._inner is not None:
            self._inner.close()


class AsyncTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`Transport`."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport | Callable[[], httpx.AsyncBaseTransport],
        boundary: Boundary,
        max_in_flight: int = _config.DEFAULT_LIMITS.max_connections or 100,
    ) -> None:
        self._inner = inner if isinstance(inner, httpx.AsyncBaseTransport) else None
        self._make = None if isinstance(inner, httpx.AsyncBaseTransport) else inner
        self.boundary = boundary
        self._max_in_flight = max_in_flight
        self._gate: anyio.Semaphore | None = None

    @property
    def gate(self) -> anyio.Semaphore:
        # httpcore's pool rescans every waiting request whenever a connection frees up, so
        # thousands of queued requests cost quadratic CPU and starve connects into timeouts.
        # Waiting here instead keeps its queue no longer than the pool.
        if self._gate is None:
            import anyio  # only async clients need it; import facade stays cheap

            self._gate = anyio.Semaphore(self._max_in_flight)
        return self._gate

    @property
    def inner(self) -> httpx.AsyncBaseTransport:
        if self._inner is None:  # built without awaiting: no other task can interleave here
            assert self._make is not None
            self._inner = self._make()
        return self._inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        b = self.boundary
        op, budget = b.prepare(request)
        attempt = 0
        while True:
            started = time.perf_counter()
            response: httpx.Response | None = None
            error: Exception | None = None
            try:
                async with self.gate:
                    response = await self.inner.handle_async_request(request)
                    b.received(request, response)
                    await response.aread()
            except httpx.TransportError as exc:
                if response is not None:
                    await response.aclose()
                response, error = None, exc
            b.log(request, op, attempt, started, response, error)
            if response is not None and response.status_code < 400:
                return response
            delay = b.wait_before_retry(attempt, budget, response)
            if delay is None:
                if response is None:
                    raise b.connection_error(request, op, error or RuntimeError()) from None
                b.raise_for_status(response, op)
            if response is not None:
                await response.aclose()
            import anyio

            await anyio.sleep(delay or 0.0)
            attempt += 1

    async def aclose(self) -> None:
        if self._inner is not None:
            await self._inner.aclose()
