"""One way to drive io.net, CAST AI, Fluence, CloudAPI and StackPointCloud from Python.

``facade.connect(provider)`` gives a client whose auth, paging, errors, retries and timeouts
work the same for every provider; everything provider-specific comes from the generated
manifests (spec + overlay). ``facade.aconnect`` is its async twin.
"""

from __future__ import annotations

from ._client import AsyncClient, Client, aconnect, connect
from ._describe import BodyField, OperationInfo, PagingInfo, ParamInfo
from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    DecodeError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)
from ._manifest import available as providers
from ._pagination import AsyncPager, Page, Pager
from ._types import ProviderName
from ._version import __version__
from ._versions import ProviderVersion, versions

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "BodyField",
    "Client",
    "ConfigurationError",
    "ConflictError",
    "DecodeError",
    "NotFoundError",
    "OperationInfo",
    "Page",
    "Pager",
    "PaginationError",
    "PagingInfo",
    "ParamInfo",
    "PermissionDeniedError",
    "ProviderName",
    "ProviderVersion",
    "RateLimitError",
    "ServerError",
    "__version__",
    "aconnect",
    "connect",
    "providers",
    "versions",
]
