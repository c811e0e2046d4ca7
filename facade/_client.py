"""connect() / aconnect(): one client per provider, built from its generated manifest."""

from __future__ import annotations

import dataclasses
import importlib
import math
import os
import time
from collections.abc import Callable, Mapping
from functools import cached_property
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, NoReturn, ParamSpec, Self, TypeVar, overload

import httpx

from . import _config
from . import _jsonpath as jsonpath
from ._auth import SpecAuth, resolve_credentials
from ._describe import OperationInfo, describe
from ._deviations import Tracker, counter, strict_from_env
from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    ClientClosedError,
    ConfigurationError,
    DecodeError,
    ParameterError,
)
from ._http import ProxyArg, around_async_client, around_client, own_async_client, own_client
from ._manifest import Operation, Provider, load
from ._pagination import AsyncPager, Page, Pager, Plan, Request
from ._params import binder
from ._state import CallOptions, call_options
from ._transport import Boundary
from ._types import ProviderName, TypedCall, TypedPaginate, bind_positional
from ._waiters import Poll, Watch, positive

T = TypeVar("T")
P = ParamSpec("P")
OperationRef = str | ModuleType
TimeoutArg = float | httpx.Timeout | None
OnPoll = Callable[[Poll], object]
# The generated client wants a token; ours lives in the auth flow, never in that object.
_TOKEN_PLACEHOLDER = "<managed by facade>"  # noqa: S105 - not a secret


class _Invalid(ValueError):
    """A timeout or retry setting that cannot work; the message says why."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(message)
        self.name = name


def _positive(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value) and value > 0


def _timeout(value: TimeoutArg) -> httpx.Timeout | None:
    """``value`` as an httpx.Timeout; _Invalid for anything but positive seconds.

    httpx accepts ``-1`` and fails later with a bare ValueError deep in the socket layer, and
    ``0`` times out at random depending on what is already buffered.
    """
    if value is None:
        return None
    if isinstance(value, httpx.Timeout):
        bad = ", ".join(f"{k}={v!r}" for k, v in value.as_dict().items() if v is not None and not _positive(v))
        if bad:
            raise _Invalid("timeout", f"timeout {bad} must be a positive number of seconds (None: no limit)")
        return value
    if not _positive(value):
        raise _Invalid(
            "timeout",
            f"timeout={value!r} must be a positive number of seconds or an httpx.Timeout "
            "(httpx.Timeout(None) for no limit)",
        )
    return httpx.Timeout(value)


def _capped(timeout: httpx.Timeout, seconds: float) -> httpx.Timeout:
    """``timeout`` with no part longer than ``seconds`` (a poll must not outlast its wait)."""
    parts = {k: seconds if v is None else min(v, seconds) for k, v in timeout.as_dict().items()}
    return httpx.Timeout(**parts)


def _retries(value: int | None) -> int | None:
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
        raise _Invalid("max_retries", f"max_retries={value!r} must be a whole number >= 0")
    return value


class _Base:
    """What the sync and async clients share: provider, credentials, request building, parsing."""

    _http: httpx.Client | httpx.AsyncClient

    def __init__(
        self,
        provider: str,
        api_key: str | None,
        credentials: Mapping[str, str] | None,
        base_url: str | None,
        timeout: TimeoutArg,
        max_retries: int | None,
        headers: Mapping[str, str] | None,
        proxy: ProxyArg,
        http_client: httpx.Client | httpx.AsyncClient | None,
        strict: bool | None,
    ) -> None:
        self._provider: Provider = load(provider)
        if strict is not None and not isinstance(strict, bool):
            raise ConfigurationError(f"{provider}: strict= must be True, False or None, got {type(strict).__name__}")
        self._tracker = Tracker(
            self._provider.name, self._provider.package, strict_from_env() if strict is None else strict
        )
        if http_client is not None and not isinstance(http_client, httpx.Client | httpx.AsyncClient):
            raise ConfigurationError(
                f"{provider}: http_client= must be an httpx client, got {type(http_client).__name__}"
            )
        if proxy is not None and http_client is not None:
            raise ConfigurationError(f"{provider}: give the proxy to your httpx client, or drop http_client=")
        env_url = os.environ.get(f"{provider.upper()}_BASE_URL")
        injected_url = str(http_client.base_url) if http_client is not None else ""
        self.base_url = httpx.URL((base_url or env_url or injected_url or self._provider.base_url).rstrip("/") + "/")
        self._credentials = resolve_credentials(self._provider, api_key, credentials)
        try:
            retries = _retries(max_retries)
            explicit = _timeout(timeout)
        except _Invalid as exc:
            raise ConfigurationError(f"{provider}: {exc}") from None
        retries = _config.DEFAULT_MAX_RETRIES if retries is None else retries
        self._boundary = Boundary(
            self._provider, self._credentials, self.base_url, retries, custom_headers=headers or ()
        )
        self._auth = SpecAuth(self._provider, self._credentials, self.base_url.path)
        # Without an explicit timeout, an injected client's own timeout stands.
        injected_timeout = http_client.timeout if http_client is not None else None
        self._timeout = explicit or injected_timeout or _config.DEFAULT_TIMEOUT
        self._headers = {"User-Agent": _config.USER_AGENT, **(headers or {})}

    @property
    def provider(self) -> str:
        """The provider's name, as given to connect()."""
        return self._provider.name

    @property
    def operations(self) -> list[str]:
        """Every operationId this provider's spec declares."""
        return sorted(self._provider.operations)

    def describe(self, operation: OperationRef) -> OperationInfo:
        """Method, path, summary, parameters, body fields and paging of one operation."""
        return describe(self._provider, self._provider.operation(operation))

    @property
    def waiters(self) -> list[str]:
        """The names of this provider's waiters, for ``wait()`` (empty where its API has no async state)."""
        return sorted(self._provider.waiters)

    @property
    def strict(self) -> bool:
        """True when any deviation of a 2xx body from the spec raises DecodeError (``strict=`` or $FACADE_STRICT)."""
        return self._tracker.strict

    @property
    def deviations(self) -> dict[tuple[str, str, str], int]:
        """How often each deviation from the spec was kept: ``{(operation, path pattern, kind): count}``.

        The path pattern has ``[*]`` for array indices and map keys (``$.data[*].status``); the
        kind is ``enum``, ``format``, ``null``, ``missing``, ``type`` or ``const``. A copy.
        """
        return self._tracker.counts()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} provider={self.provider!r} base_url={str(self.base_url)!r}>"

    def _http_options(self) -> dict[str, Any]:
        """What the sync and async httpx clients we create share."""
        return {
            "base_url": self.base_url,
            "auth": self._auth,
            "timeout": self._timeout,
            "headers": self._headers,
            "follow_redirects": True,
        }

    @cached_property
    def generated(self) -> Any:
        """The generated ``AuthenticatedClient``, sharing this client's httpx client (auth, retries, errors)."""
        module = importlib.import_module(f"{self._provider.package}.client")
        gen = module.AuthenticatedClient(base_url=str(self.base_url), token=_TOKEN_PLACEHOLDER)
        if isinstance(self._http, httpx.AsyncClient):
            gen.set_async_httpx_client(self._http)
        else:
            gen.set_httpx_client(self._http)
        return gen

    def _check_open(self, op: Operation) -> None:
        # httpx would raise a bare RuntimeError that names nobody.
        if self._http.is_closed:
            raise ClientClosedError(
                "this client has been closed; make a new one with facade.connect()",
                provider=self.provider,
                operation=op.id,
            )

    def _options(self, op: Operation, timeout: TimeoutArg, max_retries: int | None) -> CallOptions:
        """Per-call settings, checked; ClientClosedError once this client is closed."""
        self._check_open(op)
        try:
            return CallOptions(op, _timeout(timeout), _retries(max_retries))
        except _Invalid as exc:
            raise ParameterError(str(exc), provider=self.provider, operation=op.id, name=exc.name) from None

    def _bind(self, op: Operation, params: Mapping[str, Any], managed: frozenset[str] = frozenset()) -> dict[str, Any]:
        return binder(self.provider, op).bind(params, managed)

    def _plan(self, op: Operation, params: Mapping[str, Any], limit: int | None, max_items: int | None) -> Plan:
        for name, value in (("limit", limit), ("max_items", max_items)):
            if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
                raise ParameterError(
                    f"{name}={value!r} must be a whole number >= 1", provider=self.provider, operation=op.id, name=name
                )
        if op.pagination is None:
            raise ParameterError(
                "not a list operation (no x-pagination in the overlay); use call()",
                provider=self.provider,
                operation=op.id,
            )
        bound = self._bind(op, params, Plan.managed(op))
        return Plan(self.provider, op, bound, limit, max_items)

    @staticmethod
    def _request(module: ModuleType, bound: dict[str, Any]) -> dict[str, Any]:
        kwargs: dict[str, Any] = module._get_kwargs(**bound)
        return kwargs

    def _parse(self, op: Operation, module: ModuleType, response: httpx.Response) -> Any:
        return self._decode(op, module, response)[0]

    def _decode(self, op: Operation, module: ModuleType, response: httpx.Response) -> tuple[Any, bool]:
        """The parsed 2xx body, and whether it bent the spec (kept leniently, logged and counted)."""
        if op.success and response.status_code not in op.success:
            raise DecodeError(
                f"HTTP {response.status_code} is not a success status the spec declares ({op.success})",
                provider=self.provider,
                operation=op.id,
                response=response,
            )
        lenient = self._lenient
        before = lenient.deviations()
        try:
            parsed = module._build_response(client=self.generated, response=response).parsed
        except APIError:
            raise
        except Exception as exc:  # noqa: BLE001 - any parse failure means the body is not what the spec says
            ctype = response.headers.get("content-type", "unknown content type")
            raise DecodeError(
                f"the {response.status_code} body ({ctype}, {len(response.content)} bytes) does not match the "
                f"spec: {type(exc).__name__}: {str(exc)[:200]}",
                provider=self.provider,
                operation=op.id,
                response=response,
            ) from None
        if lenient.deviations() == before:
            return parsed, False
        self._tracker.settle(op, response)
        return parsed, True

    @cached_property
    def _lenient(self) -> ModuleType:
        return counter(self._provider.package)

    def _watch(
        self,
        name: str,
        timeout: float | None,
        delay: float | None,
        max_delay: float | None,
        on_poll: OnPoll | None,
        params: Mapping[str, Any],
    ) -> tuple[Watch, Operation, ModuleType, dict[str, Any]]:
        """A wait about to start: the waiter (with the caller's pacing), its operation and request."""
        waiter = self._provider.waiter(name)
        op = self._provider.operation(waiter.operation)
        self._check_open(op)

        def refuse(key: str, message: str) -> ParameterError:
            message = f"{message} (waiter {waiter.name})"
            return ParameterError(message, provider=self.provider, operation=op.id, name=key)

        for key, value in (("timeout", timeout), ("delay", delay), ("max_delay", max_delay)):
            if value is not None and not positive(value):
                raise refuse(key, f"{key}={value!r} must be a positive number of seconds")
        if delay is not None and max_delay is not None and max_delay < delay:
            raise refuse("max_delay", f"max_delay={max_delay!r} is below delay={delay!r}")
        if on_poll is not None and not callable(on_poll):
            raise refuse("on_poll", f"on_poll must be a callable taking a facade.Poll, got {type(on_poll).__name__}")
        # A caller's max_delay below the waiter's delay lowers the delay too (it was asked for brisk polls).
        pace = delay or min(waiter.delay, max_delay or waiter.delay)
        waiter = dataclasses.replace(waiter, delay=pace, max_delay=max(max_delay or waiter.max_delay, pace))
        module = op.module()
        kwargs = self._request(module, self._bind(op, {**waiter.params, **params}))
        return Watch(self.provider, waiter, timeout or waiter.timeout, on_poll), op, module, kwargs

    def _poll_options(self, op: Operation, watch: Watch, max_retries: int | None) -> CallOptions:
        """One poll's settings: the client's retries, no retry past the deadline, no request much past it."""
        options = self._options(op, None, max_retries)
        cap = max(watch.remaining(), watch.waiter.delay)
        return dataclasses.replace(options, timeout=_capped(self._timeout, cap), deadline=watch.deadline)

    def _waited(self, op: Operation, module: ModuleType, response: httpx.Response | None) -> Any:
        """What a successful wait returns: the parsed 2xx model, or None when success was a status (404)."""
        return self._parse(op, module, response) if response is not None and response.is_success else None

    def _page(self, plan: Plan, module: ModuleType, number: int, response: httpx.Response) -> Page[Any]:
        parsed, deviated = self._decode(plan.op, module, response)
        try:
            items = plan.items(parsed, response)
            if deviated and not items and not isinstance(jsonpath.get(response.json(), plan.pag["items"]), list):
                # Kept leniently: a null or a missing field where the spec promises the item list.
                raise TypeError("the provider sent no array there")
        except (TypeError, ValueError, AttributeError) as exc:
            raise DecodeError(
                f"no item list at {plan.pag['items']}: {exc}",
                provider=self.provider,
                operation=plan.op.id,
                response=response,
            ) from None
        return Page(items, parsed, response, number)


class Client(_Base):
    """A synchronous client for one provider. Use :func:`connect` to make one."""

    _http: httpx.Client

    def __init__(
        self,
        provider: str,
        *,
        api_key: str | None = None,
        credentials: Mapping[str, str] | None = None,
        base_url: str | None = None,
        timeout: TimeoutArg = None,
        max_retries: int | None = None,
        http_client: httpx.Client | None = None,
        headers: Mapping[str, str] | None = None,
        proxy: ProxyArg = None,
        strict: bool | None = None,
    ) -> None:
        super().__init__(
            provider, api_key, credentials, base_url, timeout, max_retries, headers, proxy, http_client, strict
        )
        if http_client is None:
            self._http = own_client(self._http_options(), self._boundary, proxy)
        else:
            self._http = around_client(http_client, self._http_options(), self._boundary)

    @overload
    def call(self, operation: TypedCall[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T: ...
    @overload
    def call(
        self, operation: str, /, *, timeout: TimeoutArg = None, max_retries: int | None = None, **params: Any
    ) -> Any: ...
    # Implementations take whatever an overload may pass (a ParamSpec's keywords could be of any
    # type), so their options are Any here: the overloads above carry the types callers see.
    def call(
        self,
        operation: Any,
        /,
        *args: Any,
        timeout: Any = None,
        max_retries: Any = None,
        **params: Any,
    ) -> Any:
        """Call an operation (by operationId or generated module) and return its parsed 2xx model.

        Any other status raises a :class:`facade.APIStatusError` subclass.
        """
        op = self._provider.operation(operation)
        options = self._options(op, timeout, max_retries)
        module = op.module()
        params = bind_positional(module, "facade_call", args, params)
        kwargs = self._request(module, self._bind(op, params))
        with call_options(options):
            response = self._http.request(**kwargs)
        return self._parse(op, module, response)

    @overload
    def paginate(self, operation: TypedPaginate[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Pager[T]: ...
    @overload
    def paginate(
        self,
        operation: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        timeout: TimeoutArg = None,
        max_retries: int | None = None,
        **params: Any,
    ) -> Pager[Any]: ...
    def paginate(
        self,
        operation: Any,
        /,
        *args: Any,
        limit: Any = None,
        max_items: Any = None,
        timeout: Any = None,
        max_retries: Any = None,
        **params: Any,
    ) -> Pager[Any]:
        """Iterate a list operation's items across pages (``.pages()`` for whole pages).

        ``limit`` is the page size (default: the provider's maximum); ``max_items`` stops early.
        """
        op = self._provider.operation(operation)
        module = op.module()
        params = bind_positional(module, "facade_paginate", args, params)
        plan = self._plan(op, params, limit, max_items)
        options = self._options(op, timeout, max_retries)

        def fetch(request: Request, plan: Plan, number: int) -> Page[Any]:
            self._check_open(op)  # closed since paginate() was called?
            with call_options(options):
                if request.url is not None:
                    response = self._http.get(request.url)
                else:
                    response = self._http.request(**self._request(module, request.params))
            return self._page(plan, module, number, response)

        return Pager(plan, fetch, max_items)

    def wait(
        self,
        waiter: str,
        /,
        *,
        timeout: float | None = None,
        delay: float | None = None,
        max_delay: float | None = None,
        on_poll: OnPoll | None = None,
        max_retries: int | None = None,
        **params: Any,
    ) -> Any:
        """Poll the waiter's operation until a resource reaches a state; return the last parsed 2xx model.

        ``params`` are the polled operation's parameters, checked as :meth:`call` checks them.
        Polls back off from ``delay`` to ``max_delay`` (the waiter's, unless given) with jitter and
        honour ``Retry-After``; each poll is retried like any call, and a transient failure (a
        503, a reset connection) only means "not yet". Returns None when success is a status (a
        404 that means "deleted"). Raises :class:`facade.WaiterFailed` when a failure state is
        reached and :class:`facade.WaiterTimeout` after ``timeout`` seconds (default: the
        waiter's). ``on_poll`` is called with a :class:`facade.Poll` after every poll.
        """
        watch, op, module, kwargs = self._watch(waiter, timeout, delay, max_delay, on_poll, params)
        while True:
            response: httpx.Response | None = None
            error: APIError | None = None
            try:
                with call_options(self._poll_options(op, watch, max_retries)):
                    response = self._http.request(**kwargs)
            except APIStatusError as exc:
                response, error = exc.response, exc
            except APIConnectionError as exc:
                error = exc
            pause = watch.after(response, error)
            if pause is None:
                return self._waited(op, module, response)
            time.sleep(pause)

    def close(self) -> None:
        """Close the connection pool. An httpx client given as ``http_client=`` stays open: it is yours."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncClient(_Base):
    """An asynchronous client for one provider. Use :func:`aconnect` to make one."""

    _http: httpx.AsyncClient

    def __init__(
        self,
        provider: str,
        *,
        api_key: str | None = None,
        credentials: Mapping[str, str] | None = None,
        base_url: str | None = None,
        timeout: TimeoutArg = None,
        max_retries: int | None = None,
        http_client: httpx.AsyncClient | None = None,
        headers: Mapping[str, str] | None = None,
        page_concurrency: int = _config.DEFAULT_PAGE_CONCURRENCY,
        proxy: ProxyArg = None,
        strict: bool | None = None,
    ) -> None:
        super().__init__(
            provider, api_key, credentials, base_url, timeout, max_retries, headers, proxy, http_client, strict
        )
        self._page_concurrency = page_concurrency
        if http_client is None:
            self._http = own_async_client(self._http_options(), self._boundary, proxy)
        else:
            self._http = around_async_client(http_client, self._http_options(), self._boundary)

    @overload
    async def call(self, operation: TypedCall[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T: ...
    @overload
    async def call(
        self, operation: str, /, *, timeout: TimeoutArg = None, max_retries: int | None = None, **params: Any
    ) -> Any: ...
    async def call(
        self,
        operation: Any,
        /,
        *args: Any,
        timeout: Any = None,
        max_retries: Any = None,
        **params: Any,
    ) -> Any:
        """Async twin of :meth:`Client.call`."""
        op = self._provider.operation(operation)
        options = self._options(op, timeout, max_retries)
        module = op.module()
        params = bind_positional(module, "facade_call", args, params)
        kwargs = self._request(module, self._bind(op, params))
        with call_options(options):
            response = await self._http.request(**kwargs)
        return self._parse(op, module, response)

    @overload
    def paginate(self, operation: TypedPaginate[P, T], /, *args: P.args, **kwargs: P.kwargs) -> AsyncPager[T]: ...
    @overload
    def paginate(
        self, operation: TypedPaginate[..., T], /, *, concurrency: int, **params: Any
    ) -> AsyncPager[T]: ...  # the stub has no ``concurrency`` (sync paging has none): typed items, loose params
    @overload
    def paginate(
        self,
        operation: str,
        /,
        *,
        limit: int | None = None,
        max_items: int | None = None,
        concurrency: int | None = None,
        timeout: TimeoutArg = None,
        max_retries: int | None = None,
        **params: Any,
    ) -> AsyncPager[Any]: ...
    def paginate(
        self,
        operation: Any,
        /,
        *args: Any,
        limit: Any = None,
        max_items: Any = None,
        concurrency: Any = None,
        timeout: Any = None,
        max_retries: Any = None,
        **params: Any,
    ) -> AsyncPager[Any]:
        """Async twin of :meth:`Client.paginate`; when the total is known, ``concurrency`` pages load at once."""
        op = self._provider.operation(operation)
        module = op.module()
        params = bind_positional(module, "facade_paginate", args, params)
        plan = self._plan(op, params, limit, max_items)
        options = self._options(op, timeout, max_retries)

        async def fetch(request: Request, plan: Plan, number: int) -> Page[Any]:
            self._check_open(op)  # closed since paginate() was called?
            with call_options(options):
                if request.url is not None:
                    response = await self._http.get(request.url)
                else:
                    response = await self._http.request(**self._request(module, request.params))
            return self._page(plan, module, number, response)

        return AsyncPager(plan, fetch, max_items, concurrency or self._page_concurrency)

    async def wait(
        self,
        waiter: str,
        /,
        *,
        timeout: float | None = None,
        delay: float | None = None,
        max_delay: float | None = None,
        on_poll: OnPoll | None = None,
        max_retries: int | None = None,
        **params: Any,
    ) -> Any:
        """Async twin of :meth:`Client.wait`; cancelling it stops polling and leaves no request behind."""
        import anyio  # as the async transport: asyncio or trio

        watch, op, module, kwargs = self._watch(waiter, timeout, delay, max_delay, on_poll, params)
        while True:
            response: httpx.Response | None = None
            error: APIError | None = None
            try:
                with call_options(self._poll_options(op, watch, max_retries)):
                    response = await self._http.request(**kwargs)
            except APIStatusError as exc:
                response, error = exc.response, exc
            except APIConnectionError as exc:
                error = exc
            pause = watch.after(response, error)
            if pause is None:
                return self._waited(op, module, response)
            await anyio.sleep(pause)

    async def aclose(self) -> None:
        """Close the connection pool (``await client.aclose()``; there is no ``close()`` on an async client).

        An httpx client given as ``http_client=`` stays open: it is yours.
        """
        await self._http.aclose()

    if not TYPE_CHECKING:  # invisible to type checkers, so they flag the mistake before it runs

        def close(self) -> NoReturn:
            raise TypeError(
                f"{self.provider}: AsyncClient has no close(); use 'await client.aclose()' or "
                "'async with facade.aconnect(...) as client:'"
            )

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


def connect(
    provider: ProviderName,
    *,
    api_key: str | None = None,
    credentials: Mapping[str, str] | None = None,
    base_url: str | None = None,
    timeout: TimeoutArg = None,
    max_retries: int | None = None,
    http_client: httpx.Client | None = None,
    headers: Mapping[str, str] | None = None,
    proxy: ProxyArg = None,
    strict: bool | None = None,
) -> Client:
    """A sync client for ``provider``.

    The key comes from ``api_key`` or the environment variable the provider's overlay names
    (``x-env-var``); other schemes (e.g. a JWT for key minting) from ``credentials``, keyed by
    scheme or variable name, or their own variables. The base URL comes from ``base_url``,
    ``$<PROVIDER>_BASE_URL``, an injected client's base URL or the spec's first server.
    ``timeout`` is positive seconds or an httpx.Timeout. Proxies come from ``proxy`` or, as in
    httpx, from ``HTTP(S)_PROXY``/``ALL_PROXY``/``NO_PROXY``. ``http_client`` is used as it is
    (its transport, proxies, pool) and never modified or closed by us.

    A 2xx body that bends the spec (an enum value it does not list, a malformed uuid or date, a
    null, a missing field) is kept as sent, logged once per path and counted in
    ``client.deviations``; ``strict=True`` (default: ``$FACADE_STRICT``) raises DecodeError instead.
    """
    return Client(
        provider,
        api_key=api_key,
        credentials=credentials,
        base_url=base_url,
        timeout=timeout,
        max_retries=max_retries,
        http_client=http_client,
        headers=headers,
        proxy=proxy,
        strict=strict,
    )


def aconnect(
    provider: ProviderName,
    *,
    api_key: str | None = None,
    credentials: Mapping[str, str] | None = None,
    base_url: str | None = None,
    timeout: TimeoutArg = None,
    max_retries: int | None = None,
    http_client: httpx.AsyncClient | None = None,
    headers: Mapping[str, str] | None = None,
    page_concurrency: int = _config.DEFAULT_PAGE_CONCURRENCY,
    proxy: ProxyArg = None,
    strict: bool | None = None,
) -> AsyncClient:
    """Async twin of :func:`connect`; use it as ``async with facade.aconnect("ionet") as io:``.

    Close it with ``await client.aclose()`` (or ``async with``); it has no ``close()``.
    """
    return AsyncClient(
        provider,
        api_key=api_key,
        credentials=credentials,
        base_url=base_url,
        timeout=timeout,
        max_retries=max_retries,
        http_client=http_client,
        headers=headers,
        page_concurrency=page_concurrency,
        proxy=proxy,
        strict=strict,
    )
