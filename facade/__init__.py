"""One way to drive io.net, CAST AI, Fluence, CloudAPI and StackPointCloud from Python.

``facade.connect(provider)`` gives a client whose auth, paging, errors, retries and timeouts
work the same for every provider; everything provider-specific comes from the generated
manifests (spec + overlay). ``facade.aconnect`` is its async twin.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import _errors
from ._version import __version__

if TYPE_CHECKING:
    from . import sandbox as sandbox
    from ._client import AsyncClient, Client, aconnect, connect
    from ._describe import BodyField, OperationInfo, PagingInfo, ParamInfo
    from ._deviations import Deviation
    from ._errors import (
        APIConnectionError,
        APIError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ClientClosedError,
        ConfigurationError,
        ConflictError,
        DecodeError,
        NotFoundError,
        PaginationError,
        ParameterError,
        PermissionDeniedError,
        RateLimitError,
        ServerError,
    )
    from ._manifest import available as providers
    from ._pagination import AsyncPager, Page, Pager
    from ._types import ProviderName
    from ._versions import ProviderVersion, versions
    from ._waiters import Poll, WaiterError, WaiterFailed, WaiterTimeout

# Each public name is imported from its module on first use, so that ``import facade`` (and the
# ``compute-clients`` command line, whose help and completion need only the manifests) does not
# pay for httpx until a client is made.
_HOME = {
    **dict.fromkeys(["AsyncClient", "Client", "aconnect", "connect"], "_client"),
    **dict.fromkeys(["BodyField", "OperationInfo", "PagingInfo", "ParamInfo"], "_describe"),
    "Deviation": "_deviations",
    **dict.fromkeys(_errors.__all__, "_errors"),  # cheap: httpx only for type checking there
    **dict.fromkeys(["AsyncPager", "Page", "Pager"], "_pagination"),
    "ProviderName": "_types",
    **dict.fromkeys(["ProviderVersion", "versions"], "_versions"),
    **dict.fromkeys(["Poll", "WaiterError", "WaiterFailed", "WaiterTimeout"], "_waiters"),
}
_RENAMED = {"providers": ("_manifest", "available")}
# Subpackages reachable as attributes after a plain ``import facade`` (``facade.sandbox.serve``).
_SUBPACKAGES = frozenset({"sandbox"})


def __getattr__(name: str) -> Any:
    if name in _SUBPACKAGES:
        return importlib.import_module(f".{name}", __name__)
    module, attr = _RENAMED.get(name) or (_HOME.get(name), name)
    if module is None:
        raise AttributeError(f"module 'facade' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


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
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "DecodeError",
    "Deviation",
    "NotFoundError",
    "OperationInfo",
    "Page",
    "Pager",
    "PaginationError",
    "PagingInfo",
    "ParamInfo",
    "ParameterError",
    "PermissionDeniedError",
    "Poll",
    "ProviderName",
    "ProviderVersion",
    "RateLimitError",
    "ServerError",
    "WaiterError",
    "WaiterFailed",
    "WaiterTimeout",
    "__version__",
    "aconnect",
    "connect",
    "providers",
    "versions",
]
