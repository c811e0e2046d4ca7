"""The httpx client under a facade client: our own (with proxies), or one around the user's.

Every route out (the default transport and each proxy mount) sits behind the same boundary
(auth headers kept on their origin, retries, errors, redacted logs). A client the user injects is
never modified: ours sends through it with its public ``send()``, so its transport, mounts
(proxies), event hooks and pool are used as they are, and closing ours leaves it open.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable
from functools import cache
from typing import Any

import httpx

# The exact rules httpx applies to HTTP_PROXY, HTTPS_PROXY, ALL_PROXY and NO_PROXY when it builds
# its own transport. It skips them when given a transport, as we always do, so we apply them here.
from httpx._utils import get_environment_proxies

from . import _config
from ._errors import ClientClosedError, ConfigurationError
from ._transport import AsyncTransport, Boundary, Transport

ProxyArg = str | httpx.URL | httpx.Proxy | None


@cache
def _ssl_context() -> ssl.SSLContext:
    # Loading the CA bundle costs tens of ms: once per process, not once per client.
    return httpx.create_ssl_context()


def proxies(provider: str, proxy: ProxyArg) -> dict[str, httpx.Proxy | None]:
    """URL pattern -> proxy (None: go direct), as ``httpx.Client(proxy=proxy)`` with trust_env would.

    An explicit ``proxy`` is used for everything; otherwise the environment decides.
    """
    if isinstance(proxy, httpx.Proxy):
        return {"all://": proxy}
    found: dict[str, str | httpx.URL | None] = {"all://": proxy} if proxy is not None else {}
    if proxy is None:
        found.update(get_environment_proxies())
    out: dict[str, httpx.Proxy | None] = {}
    for pattern, url in found.items():
        try:
            out[pattern] = None if url is None else httpx.Proxy(url)
        except (ValueError, TypeError, httpx.InvalidURL) as exc:
            source = "proxy=" if proxy is not None else "the *_PROXY environment variables"
            # Never the URL itself: a proxy URL may carry a user and password.
            raise ConfigurationError(f"{provider}: unusable proxy from {source}: {type(exc).__name__}") from None
    return out


def _sync_factory(proxy: httpx.Proxy | None) -> Callable[[], httpx.BaseTransport]:
    def make() -> httpx.BaseTransport:
        return httpx.HTTPTransport(verify=_ssl_context(), limits=_config.DEFAULT_LIMITS, proxy=proxy)

    return make


def _async_factory(proxy: httpx.Proxy | None) -> Callable[[], httpx.AsyncBaseTransport]:
    def make() -> httpx.AsyncBaseTransport:
        return httpx.AsyncHTTPTransport(verify=_ssl_context(), limits=_config.DEFAULT_LIMITS, proxy=proxy)

    return make


def own_client(options: dict[str, Any], boundary: Boundary, proxy: ProxyArg) -> httpx.Client:
    """A new sync httpx client; the real transports are built on the first request."""
    mounts: dict[str, httpx.BaseTransport | None] = {
        pattern: None if p is None else Transport(_sync_factory(p), boundary)
        for pattern, p in proxies(boundary.provider.name, proxy).items()
    }
    return httpx.Client(**options, transport=Transport(_sync_factory(None), boundary), mounts=mounts)


def own_async_client(options: dict[str, Any], boundary: Boundary, proxy: ProxyArg) -> httpx.AsyncClient:
    """Async twin of :func:`own_client`."""
    mounts: dict[str, httpx.AsyncBaseTransport | None] = {
        pattern: None if p is None else AsyncTransport(_async_factory(p), boundary)
        for pattern, p in proxies(boundary.provider.name, proxy).items()
    }
    return httpx.AsyncClient(**options, transport=AsyncTransport(_async_factory(None), boundary), mounts=mounts)


def _closed(provider: str) -> ClientClosedError:
    return ClientClosedError("the httpx client given as http_client= has been closed", provider=provider)


class _Through(httpx.BaseTransport):
    """Sends through the user's httpx client, untouched: its transport, mounts, hooks and pool."""

    def __init__(self, client: httpx.Client, provider: str) -> None:
        self._client = client
        self._provider = provider

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._client.is_closed:
            raise _closed(self._provider)
        # Our client follows redirects and authenticates, so each hop passes our boundary once.
        return self._client.send(request, stream=True, auth=None, follow_redirects=False)

    def close(self) -> None:
        """Nothing to do: the user's client is theirs to close."""


class _AsyncThrough(httpx.AsyncBaseTransport):
    """Async twin of :class:`_Through`."""

    def __init__(self, client: httpx.AsyncClient, provider: str) -> None:
        self._client = client
        self._provider = provider

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._client.is_closed:
            raise _closed(self._provider)
        return await self._client.send(request, stream=True, auth=None, follow_redirects=False)

    async def aclose(self) -> None:
        """Nothing to do: the user's client is theirs to close."""


def _around_options(user: httpx.Client | httpx.AsyncClient, options: dict[str, Any], provider: str) -> dict[str, Any]:
    if user.is_closed:
        raise _closed(provider)
    headers = httpx.Headers(user.headers)
    headers.update(options["headers"])  # ours (User-Agent, connect(headers=...)) win
    # The user's cookie jar itself, so cookies set through either client are seen by both.
    return {**options, "headers": headers, "cookies": user.cookies.jar}


def around_client(user: httpx.Client, options: dict[str, Any], boundary: Boundary) -> httpx.Client:
    """Our sync client, sending through ``user`` (which is never modified or closed)."""
    name = boundary.provider.name
    if not isinstance(user, httpx.Client):
        raise ConfigurationError(f"{name}: http_client= must be an httpx.Client here, got {type(user).__name__}")
    return httpx.Client(**_around_options(user, options, name), transport=Transport(_Through(user, name), boundary))


def around_async_client(user: httpx.AsyncClient, options: dict[str, Any], boundary: Boundary) -> httpx.AsyncClient:
    """Async twin of :func:`around_client`."""
    name = boundary.provider.name
    if not isinstance(user, httpx.AsyncClient):
        raise ConfigurationError(f"{name}: http_client= must be an httpx.AsyncClient here, got {type(user).__name__}")
    transport = AsyncTransport(_AsyncThrough(user, name), boundary)
    return httpx.AsyncClient(**_around_options(user, options, name), transport=transport)
