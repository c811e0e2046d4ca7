"""One exception tree for every provider::

    APIError                      anything that went wrong talking to a provider
    ├── APIStatusError            a non-2xx answer (.status_code, .code, .request_id, .response)
    │   ├── BadRequestError       400, 422
    │   ├── AuthenticationError   401
    │   ├── PermissionDeniedError 403
    │   ├── NotFoundError         404
    │   ├── ConflictError         409
    │   ├── RateLimitError        429
    │   └── ServerError           5xx
    ├── APIConnectionError        no usable answer: refused, reset, truncated
    │   └── APITimeoutError       the timeout ran out
    ├── DecodeError               a 2xx body that is not what the spec says (strict: any deviation)
    ├── PaginationError           the provider repeated a cursor
    └── WaiterError               a wait ended without success (in _waiters: .waiter, .last)
        ├── WaiterFailed          a failure state was reached (.acceptor)
        └── WaiterTimeout         the wait's timeout ran out
    ConfigurationError            bad arguments to connect() (missing key, unknown provider, bad timeout)
    └── ParameterError            bad arguments to call()/paginate(): unknown, missing or mistyped
                                  parameter or body field (also a TypeError), raised before sending
    ClientClosedError             a call on a client after close() (also a RuntimeError)

Every error carries ``provider`` and ``operation``; status errors also carry what the provider's
declared error body says (``message``, ``code``, ``request_id``). Secrets are never part of one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NotRequired, TypedDict, Unpack

from . import _jsonpath

if TYPE_CHECKING:
    import httpx  # annotations only: importing the errors (or the manifest) does not import httpx

    from ._deviations import Deviation

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "DecodeError",
    "NotFoundError",
    "PaginationError",
    "ParameterError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
]


class ConfigurationError(ValueError):
    """connect() was given something it cannot work with (names the variable or argument)."""


class ParameterError(ConfigurationError, TypeError):
    """call() or paginate() was given parameters the operation does not take; nothing was sent.

    Raised for an unknown keyword (with a "did you mean"), a missing required parameter or body
    field, a value of the wrong type or outside the spec's enum. ``provider``, ``operation`` and
    ``name`` (the offending parameter or body field, ``None`` when the body itself is wrong) say
    where. It is a ConfigurationError (wrong arguments, like connect()'s) and a TypeError (what
    Python raises for wrong arguments to any function).
    """

    def __init__(self, message: str, *, provider: str, operation: str, name: str | None = None) -> None:
        self.message = message
        self.provider = provider
        self.operation = operation
        self.name = name
        super().__init__(f"{provider}.{operation}: {message}")


class ClientClosedError(RuntimeError):
    """The client (or the httpx client it was given) was closed: make a new one with connect()."""

    def __init__(self, message: str, *, provider: str, operation: str | None = None) -> None:
        self.message = message
        self.provider = provider
        self.operation = operation
        where = f"{provider}.{operation}" if operation else provider
        super().__init__(f"{where}: {message}")


class APIError(Exception):
    """Base of every error raised while talking to a provider."""

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        operation: str | None,
        request: httpx.Request | None = None,
    ) -> None:
        self.message = message
        self.provider = provider
        self.operation = operation
        self.request = request
        super().__init__(message)

    def __str__(self) -> str:
        where = f"{self.provider}.{self.operation}" if self.operation else self.provider
        return f"{where}: {self.message}"


class _Answer(TypedDict):
    """Who answered what: the keyword arguments every error about a response takes."""

    provider: str
    operation: str | None
    response: httpx.Response


class _StatusAnswer(_Answer):
    """What an error status adds: the error code and request id the body or headers gave, and the body."""

    code: NotRequired[str | None]
    request_id: NotRequired[str | None]
    body: NotRequired[Any]


class _DecodeAnswer(_Answer):
    """What a body that does not match the spec adds: each deviation found (strict mode)."""

    deviations: NotRequired[tuple[Deviation, ...]]


class _AnsweredError(APIError):
    """An error about a response the provider sent: it keeps the response and its status code."""

    def __init__(self, message: str, answer: _Answer) -> None:
        response = answer["response"]
        super().__init__(message, provider=answer["provider"], operation=answer["operation"], request=response.request)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(_AnsweredError):
    """The provider answered with an error status."""

    def __init__(self, message: str, **answer: Unpack[_StatusAnswer]) -> None:
        super().__init__(message, answer)
        self.code = answer.get("code")
        self.request_id = answer.get("request_id")
        self.body = answer.get("body")

    def __str__(self) -> str:
        extra = f" (code={self.code})" if self.code else ""
        rid = f" [request_id={self.request_id}]" if self.request_id else ""
        return f"{super().__str__()}: HTTP {self.status_code}{extra}{rid}"


class BadRequestError(APIStatusError):
    """400 or 422: the request was rejected as invalid."""


class AuthenticationError(APIStatusError):
    """401: the credential is missing, wrong or expired."""


class PermissionDeniedError(APIStatusError):
    """403: the credential is valid but not allowed to do this (some providers also use it for a bad key)."""


class NotFoundError(APIStatusError):
    """404: no such resource or route."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's state."""


class RateLimitError(APIStatusError):
    """429: too many requests (retried with Retry-After before it is raised)."""


class ServerError(APIStatusError):
    """5xx: the provider failed (retried before it is raised)."""


class APIConnectionError(APIError):
    """No usable response: connection refused or reset, or a body cut short."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class DecodeError(_AnsweredError):
    """A 2xx response whose body does not match the spec.

    Always for a body that is not JSON when JSON was declared (malformed, truncated, HTML) or whose
    top level has the wrong type; for any other deviation (an enum value the spec does not list, a
    malformed uuid or date, a null, a missing field) only in strict mode, and then ``deviations``
    lists each one (path, kind, expected, got); by default those are kept, logged and counted.
    """

    def __init__(self, message: str, **answer: Unpack[_DecodeAnswer]) -> None:
        super().__init__(message, answer)
        self.deviations = answer.get("deviations", ())


class PaginationError(APIError):
    """The provider sent a cursor it had sent before: following it would loop forever."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: BadRequestError,
    429: RateLimitError,
}
_TAGS = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def _dig(body: Any, path: str | None) -> Any:
    # x-errors paths are validated by the pipeline; a body of another shape simply has no value there.
    return _jsonpath.get(body, path) if path else None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return json.dumps(value, separators=(",", ":"))[:500]


def _snippet(response: httpx.Response) -> str:
    text = response.content[:2000].decode("utf-8", "replace")
    ctype = response.headers.get("content-type", "")
    if "html" in ctype or text.lstrip().startswith("<"):
        title = re.search(r"<title>(.*?)</title>", text, re.I | re.S)
        text = title.group(1) if title else _TAGS.sub(" ", text)
    text = _SPACE.sub(" ", text).strip()
    return text[:200] or response.reason_phrase or "no body"


def status_error(
    response: httpx.Response, *, provider: str, operation: str | None, fields: Mapping[str, str]
) -> APIStatusError:
    """Build the right APIStatusError from a response, reading the provider's declared error body."""
    body: Any = None
    try:
        body = json.loads(response.content) if response.content else None
    except ValueError:
        body = None
    message = _text(_dig(body, fields.get("message"))) if body is not None else None
    if not message:
        message = _snippet(response)
    code = _text(_dig(body, fields.get("code")))
    request_id = _text(_dig(body, fields.get("request_id")))
    header = fields.get("request_id_header")
    if request_id is None and header:
        request_id = response.headers.get(header)
    status = response.status_code
    cls = _BY_STATUS.get(status) or (ServerError if status >= 500 else APIStatusError)
    return cls(
        message,
        provider=provider,
        operation=operation,
        response=response,
        code=code,
        request_id=request_id,
        body=body,
    )
