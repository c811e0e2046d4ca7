"""One pager per ``x-pagination`` style, sync and async, yielding items or pages."""

from __future__ import annotations

import contextlib
import math
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from . import _jsonpath
from ._errors import ConfigurationError, PaginationError
from ._manifest import Operation

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")
_PARAM_KEYS = ("cursor_param", "limit_param", "page_param", "size_param", "offset_param")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page: its items, the parsed envelope and the raw response."""

    items: list[T]
    parsed: Any
    response: httpx.Response
    number: int


@dataclass(frozen=True)
class Request:
    """What to ask for next: query parameters for the operation, or a URL to follow."""

    params: dict[str, Any]
    url: str | None = None


# An OpenAPI runtime expression naming a response header (``$response.header.Link``), which the
# pipeline infers for providers that page with RFC 8288 ``Link: <...>; rel="next"`` headers.
RESPONSE_HEADER = "$response.header."


def _header(response: httpx.Response, name: str) -> str | None:
    if name.lower() == "link":
        # httpx parses RFC 8288 Link headers: {"next": {"url": ..., "rel": "next"}, ...}
        found: object = response.links.get("next", {}).get("url")
    else:
        found = response.headers.get(name)
    return str(found) if found else None


def _unset(value: Any) -> Any:
    # Generated models use an Unset sentinel (falsy, class named "Unset") for absent fields.
    return None if type(value).__name__ == "Unset" else value


class Plan:
    """The paging rules of one operation and the first request. Never changes once made.

    Everything that moves while pages are read lives in a :class:`Walk`, one per iteration, so
    a pager can be iterated again (or its pages and items both) and starts fresh each time.
    """

    def __init__(
        self, provider: str, op: Operation, params: dict[str, Any], limit: int | None, max_items: int | None
    ) -> None:
        pag = op.pagination
        self.provider = provider
        if pag is None:
            raise ConfigurationError(f"{op.id} is not a list operation (no x-pagination in the overlay)")
        self.op = op
        self.style: str = pag["style"]
        self.pag = pag
        self.attrs: dict[str, list[str] | None] = pag.get("attrs") or {}
        size = limit or pag.get("max_page_size")
        if max_items is not None and size:
            size = min(size, max_items)
        self.size: int | None = size
        # Parameters go to the generated function, which takes Python names (page.limit -> page_limit).
        self.args: dict[str, str] = self.arg_names(op)
        self.size_param = self.args.get("size_param" if self.style == "page" else "limit_param")
        self.params = dict(params)
        if self.size and self.size_param and self.size_param not in self.params:
            self.params[self.size_param] = self.size
        elif self.size_param in self.params:
            self.size = self.params[self.size_param]
        self.first_page = self.first_offset = 0
        if self.style == "page":
            self.first_page = int(self.params.setdefault(self.args["page_param"], pag.get("first_page", 1)))
        if self.style == "offset":
            self.first_offset = int(self.params.setdefault(self.args["offset_param"], 0))

    @staticmethod
    def arg_names(op: Operation) -> dict[str, str]:
        """x-pagination parameter key (``cursor_param``...) -> the Python name the generated function takes."""
        pag = op.pagination or {}
        return {k: pag[k] for k in _PARAM_KEYS if k in pag} | (pag.get("args") or {})

    @staticmethod
    def managed(op: Operation) -> frozenset[str]:
        """Parameters the pager sets itself (a caller may still set them, e.g. a cursor to resume from)."""
        return frozenset(Plan.arg_names(op).values())

    def walk(self) -> Walk:
        """A fresh iteration state: page, offset, items seen and cursors seen so far."""
        return Walk(self)

    def first(self) -> Request:
        return Request(dict(self.params))

    def read(self, key: str, parsed: Any, response: httpx.Response, *, typed: bool = False) -> Any:
        """A response field named in x-pagination (items, next_cursor, total, ...).

        ``typed``: TypeError where a model was expected on the way but the lenient parse kept
        something else (a string, an array) as the provider sent it.
        """
        names = self.attrs.get(key)
        if names is not None:
            node = parsed
            for name in names:
                if typed and not hasattr(node, name):
                    raise TypeError(f"expected an object, got {type(node).__name__}")
                node = _unset(getattr(node, name, None))
                if node is None:
                    return None
            return node
        expr = self.pag.get(key)
        if not expr:
            return None
        if expr.startswith(RESPONSE_HEADER):
            return _header(response, expr[len(RESPONSE_HEADER) :])
        return _jsonpath.get(response.json(), expr)

    def items(self, parsed: Any, response: httpx.Response) -> list[Any]:
        found = self.read("items", parsed, response, typed=True)
        if found is not None and not isinstance(found, list):
            # A lenient parse keeps what the provider sent: an object there is no item list.
            raise TypeError(f"expected an array, got {type(found).__name__}")
        return list(found) if found else []

    def total(self, parsed: Any, response: httpx.Response) -> int | None:
        value = self.read("total", parsed, response) if "total" in self.pag else None
        return int(value) if value is not None else None


class Walk:
    """Where one iteration over a :class:`Plan` stands: what to ask for next, and when to stop."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.page = plan.first_page
        self.offset = plan.first_offset
        self.seen_items = 0
        self.seen_tokens: set[str] = set()

    def following(self, page: Page[Any]) -> Request | None:
        """The request for the page after ``page``, or None when the documented end is reached."""
        plan = self.plan
        count = len(page.items)
        self.seen_items += count
        if plan.style == "none":
            return None
        if "has_more" in plan.pag and plan.read("has_more", page.parsed, page.response) is False:
            return None
        if count == 0:
            return None
        if plan.style in {"cursor", "next_url"}:
            key = "next_cursor" if plan.style == "cursor" else "next_url"
            token = plan.read(key, page.parsed, page.response)
            if not token:
                return None
            token = str(token)
            if token in self.seen_tokens:
                raise PaginationError(
                    f"the provider repeated {key} {token[:40]!r}: stopping instead of looping",
                    provider=plan.provider,
                    operation=plan.op.id,
                    request=page.response.request,
                )
            self.seen_tokens.add(token)
            if plan.style == "next_url":
                return Request({}, url=token)
            return Request({**plan.params, plan.args["cursor_param"]: token})
        if plan.size and count < plan.size:
            return None
        total = plan.total(page.parsed, page.response)
        if plan.style == "page":
            self.page += 1
            if total is not None and self.seen_items >= total:
                return None
            return Request({**plan.params, plan.args["page_param"]: self.page})
        self.offset += count
        if total is not None and self.offset >= total:
            return None
        return Request({**plan.params, plan.args["offset_param"]: self.offset})

    def remaining(self, first: Page[Any]) -> list[Request] | None:
        """All further requests at once, when the total is known (page/offset styles); else None."""
        plan = self.plan
        if plan.style not in {"page", "offset"} or not plan.size:
            return None
        total = plan.total(first.parsed, first.response)
        if total is None:
            return None
        self.seen_items += len(first.items)
        if not first.items or len(first.items) < plan.size:
            return []
        start = self.page if plan.style == "page" else self.offset
        pages_left = max(0, math.ceil((total - self.seen_items) / plan.size))
        if plan.style == "page":
            key = plan.args["page_param"]
            return [Request({**plan.params, key: start + 1 + i}) for i in range(pages_left)]
        key = plan.args["offset_param"]
        return [Request({**plan.params, key: start + len(first.items) + i * plan.size}) for i in range(pages_left)]


class Pager(Generic[T]):
    """Iterate items across pages (``for item in pager``) or pages (``pager.pages()``)."""

    def __init__(self, plan: Plan, fetch: Callable[[Request, Plan, int], Page[T]], max_items: int | None) -> None:
        self._plan = plan
        self._fetch = fetch
        self._max_items = max_items

    def pages(self) -> Iterator[Page[T]]:
        """Whole pages, from the first one each time it is called."""
        walk = self._plan.walk()
        request: Request | None = self._plan.first()
        number = 0
        yielded = 0
        while request is not None:
            page = self._fetch(request, self._plan, number)
            if self._max_items is not None and yielded + len(page.items) >= self._max_items:
                yield Page(page.items[: self._max_items - yielded], page.parsed, page.response, number)
                return
            yielded += len(page.items)
            yield page
            request = walk.following(page)
            number += 1

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items

    def to_list(self) -> list[T]:
        """Every item, as a list (mind the memory for large collections)."""
        return list(self)


class AsyncPager(Generic[T]):
    """Async twin of :class:`Pager`; fetches following pages concurrently when the total is known."""

    def __init__(
        self,
        plan: Plan,
        fetch: Callable[[Request, Plan, int], Awaitable[Page[T]]],
        max_items: int | None,
        concurrency: int,
    ) -> None:
        if concurrency < 1:
            raise ConfigurationError("concurrency must be at least 1")
        self._plan = plan
        self._fetch = fetch
        self._max_items = max_items
        self._concurrency = concurrency

    async def _ordered(self) -> AsyncGenerator[Page[T]]:
        walk = self._plan.walk()
        first = await self._fetch(self._plan.first(), self._plan, 0)
        yield first
        requests = walk.remaining(first) if self._concurrency > 1 else None
        if requests is None:
            request = walk.following(first)
            number = 1
            while request is not None:
                page = await self._fetch(request, self._plan, number)
                yield page
                request = walk.following(page)
                number += 1
            return
        import asyncio  # here, not at the top: sync users never pay for it

        pending: deque[asyncio.Task[Page[T]]] = deque()
        queue = deque(enumerate(requests, start=1))
        try:
            while queue or pending:
                while queue and len(pending) < self._concurrency:
                    number, request = queue.popleft()
                    pending.append(asyncio.ensure_future(self._fetch(request, self._plan, number)))
                page = await pending.popleft()
                yield page
                if not page.items:
                    return
        finally:
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.gather(*pending, return_exceptions=True)

    async def pages(self) -> AsyncGenerator[Page[T]]:
        """Whole pages, from the first one each time it is called."""
        yielded = 0
        async with contextlib.aclosing(self._ordered()) as stream:
            async for page in stream:
                if self._max_items is not None and yielded + len(page.items) >= self._max_items:
                    yield Page(page.items[: self._max_items - yielded], page.parsed, page.response, page.number)
                    return
                yielded += len(page.items)
                yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async with contextlib.aclosing(self.pages()) as stream:
            async for page in stream:
                for item in page.items:
                    yield item

    async def to_list(self) -> list[T]:
        """Every item, as a list."""
        return [item async for item in self]
