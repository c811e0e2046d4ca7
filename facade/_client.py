"""connect() / aconnect(): one client per provider, built from its generated manifest."""

from __future__ import annotations

import importlib
import os
import ssl
import typing
from collections.abc import Mapping
from functools import cache, cached_property
from types import ModuleType, TracebackType
from typing import Any, ParamSpec, Self, TypeVar, overload

import httpx

from . import _config
from ._auth import SpecAuth, resolve_credentials
from ._describe import OperationInfo, describe
from ._errors import APIError, ConfigurationError, DecodeError
from ._manifest import Operation, Provider, load
from ._pagination import AsyncPager, Page, Pager, Plan, Request
from ._state import CallOptions, call_options
from ._transport import AsyncTransport, Boundary, Transport
from ._types import ProviderName, TypedCall, TypedPaginate, bind_positional

T = TypeVar("T")
P = ParamSpec("P")
OperationRef = str | ModuleType
TimeoutArg = float | httpx.Timeout | None
# The generated client wants a token; ours lives in the auth flow, never in that object.
_TOKEN_PLACEHOLDER = "<managed by facade>"  # noqa: S105 - not a secret


@cache
def _ssl_context() -> ssl.SSLContext:
    # Loading the CA bundle costs tens of ms: once per process, not once per client.
    return httpx.create_ssl_context()


def _http_transport() -> httpx.HTTPTransport:
    return httpx.HTTPTransport(verify=_ssl_context(), limits=_config.DEFAULT_LIMITS)


def _async_http_transport() -> httpx.AsyncHTTPTransport:
    return httpx.AsyncHTTPTransport(verify=_ssl_context(), limits=_config.DEFAULT_LIMITS)


def _timeout(value: TimeoutArg) -> httpx.Timeout | None:
    if value is None or isinstance(value, httpx.Timeout):
        return value
    return httpx.Timeout(value)


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
    ) -> None:
        self._provider: Provider = load(provider)
        env_url = os.environ.get(f"{provider.upper()}_BASE_URL")
        self.base_url = httpx.URL((base_url or env_url or self._provider.base_url).rstrip("/") + "/")
        self._credentials = resolve_credentials(self._provider, api_key, credentials)
        retries = _config.DEFAULT_MAX_RETRIES if max_retries is None else max_retries
        if retries < 0:
            raise ConfigurationError("max_retries must be >= 0")
        self._boundary = Boundary(self._provider, self._credentials, self.base_url, retries)
        self._auth = SpecAuth(self._provider, self._credentials, self.base_url.path)
        self._explicit_timeout = _timeout(timeout)
        self._timeout = self._explicit_timeout or _config.DEFAULT_TIMEOUT
        self._headers = {"User-Agent": _config.USER_AGENT, **(headers or {})}
        self._body_types: dict[str, Any] = {}

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

    def _adopt(self, client: httpx.Client | httpx.AsyncClient) -> None:
        """Put an injected httpx client behind our auth, transport and base URL."""
        client.auth = self._auth
        if self._explicit_timeout is not None:  # otherwise the injected client's own timeout stands
            client.timeout = self._explicit_timeout
        if not str(client.base_url):
            client.base_url = self.base_url
        client.follow_redirects = True
        client.headers.update(self._headers)
        # httpx has no public way to wrap an existing client's transport.
        wrap = AsyncTransport if isinstance(client, httpx.AsyncClient) else Transport
        client._transport = wrap(client._transport, self._boundary)  # type: ignore[arg-type]

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

    def _request(self, op: Operation, module: ModuleType, params: dict[str, Any]) -> dict[str, Any]:
        body = params.get("body")
        if isinstance(body, Mapping):
            params = {**params, "body": self._body_from_dict(op, module, body)}
        kwargs: dict[str, Any] = module._get_kwargs(**params)
        return kwargs

    def _body_from_dict(self, op: Operation, module: ModuleType, body: Mapping[str, Any]) -> Any:
        if op.id not in self._body_types:
            hint = typing.get_type_hints(module._get_kwargs).get("body")
            candidates = [t for t in typing.get_args(hint) or (hint,) if hasattr(t, "from_dict")]
            self._body_types[op.id] = candidates[0] if candidates else None
        model = self._body_types[op.id]
        return model.from_dict(dict(body)) if model is not None else dict(body)

    def _parse(self, op: Operation, module: ModuleType, response: httpx.Response) -> Any:
        if op.success and response.status_code not in op.success:
            raise DecodeError(
                f"HTTP {response.status_code} is not a success status the spec declares ({op.success})",
                provider=self.provider,
                operation=op.id,
                response=response,
            )
        try:
            return module._build_response(client=self.generated, response=response).parsed
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

    def _page(self, plan: Plan, module: ModuleType, number: int, response: httpx.Response) -> Page[Any]:
        parsed = self._parse(plan.op, module, response)
        try:
            items = plan.items(parsed, response)
        except (TypeError, ValueError, AttributeError) as exc:
            raise DecodeError(
                f"no item list at {plan.pag['items']}: {exc}", provider=self.provider, operation=plan.op.id,
                response=response,
            ) from None  # fmt: skip
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
    ) -> None:
        super().__init__(provider, api_key, credentials, base_url, timeout, max_retries, headers)
        self._owns_http = http_client is None
        if http_client is None:
            http_client = httpx.Client(**self._http_options(), transport=Transport(_http_transport, self._boundary))
        else:
            self._adopt(http_client)
        self._http = http_client

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
        module = op.module()
        params = bind_positional(module, "facade_call", args, params)
        kwargs = self._request(op, module, params)
        with call_options(CallOptions(op, _timeout(timeout), max_retries)):
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
        plan = Plan(self.provider, op, params, limit, max_items)
        options = CallOptions(op, _timeout(timeout), max_retries)

        def fetch(request: Request, plan: Plan, number: int) -> Page[Any]:
            with call_options(options):
                if request.url is not None:
                    response = self._http.get(request.url)
                else:
                    response = self._http.request(**self._request(op, module, request.params))
            return self._page(plan, module, number, response)

        return Pager(plan, fetch, max_items)

    def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_http:
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
    ) -> None:
        super().__init__(provider, api_key, credentials, base_url, timeout, max_retries, headers)
        self._owns_http = http_client is None
        self._page_concurrency = page_concurrency
        if http_client is None:
            http_client = httpx.AsyncClient(
                **self._http_options(), transport=AsyncTransport(_async_http_transport, self._boundary)
            )
        else:
            self._adopt(http_client)
        self._http = http_client

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
        module = op.module()
        params = bind_positional(module, "facade_call", args, params)
        kwargs = self._request(op, module, params)
        with call_options(CallOptions(op, _timeout(timeout), max_retries)):
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
        plan = Plan(self.provider, op, params, limit, max_items)
        options = CallOptions(op, _timeout(timeout), max_retries)

        async def fetch(request: Request, plan: Plan, number: int) -> Page[Any]:
            with call_options(options):
                if request.url is not None:
                    response = await self._http.get(request.url)
                else:
                    response = await self._http.request(**self._request(op, module, request.params))
            return self._page(plan, module, number, response)

        return AsyncPager(plan, fetch, max_items, concurrency or self._page_concurrency)

    async def aclose(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_http:
            await self._http.aclose()

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
) -> Client:
    """A sync client for ``provider``.

    The key comes from ``api_key`` or the environment variable the provider's overlay names
    (``x-env-var``); other schemes (e.g. a JWT for key minting) from ``credentials``, keyed by
    scheme or variable name, or their own variables. The base URL comes from ``base_url``,
    ``$<PROVIDER>_BASE_URL`` or the spec's first server.
    """
    return Client(
        provider, api_key=api_key, credentials=credentials, base_url=base_url, timeout=timeout,
        max_retries=max_retries, http_client=http_client, headers=headers,
    )  # fmt: skip


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
) -> AsyncClient:
    """Async twin of :func:`connect`; use it as ``async with facade.aconnect("ionet") as io:``."""
    return AsyncClient(
        provider, api_key=api_key, credentials=credentials, base_url=base_url, timeout=timeout,
        max_retries=max_retries, http_client=http_client, headers=headers, page_concurrency=page_concurrency,
    )  # fmt: skip
