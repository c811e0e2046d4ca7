"""Protocols that let mypy check a call through a generated module (see scripts/pipeline/hooks.py).

Every generated endpoint module ends with ``facade_call``, a stub whose signature is what
``Client.call(<that module>, ...)`` accepts and returns (the operation's parameters, body and the
facade's per-call options -> the 2xx type); list operations add ``facade_paginate`` (the parameters
the pager does not manage -> the item type). A module object satisfies these protocols, so
``client.call(get_usage)`` is typed as the usage model, a misspelled keyword is an error, and
``client.paginate(list_users)`` yields ``User``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any, ParamSpec, Protocol, TypeVar

if TYPE_CHECKING:
    # The installed providers' names, generated with them (compute_clients_registry).
    from compute_clients_registry import ProviderName
else:
    ProviderName = str

P = ParamSpec("P")
T_co = TypeVar("T_co", covariant=True)

__all__ = ["ProviderName", "TypedCall", "TypedPaginate", "bind_positional"]


class TypedCall(Protocol[P, T_co]):
    """A generated endpoint module: ``facade_call`` is the signature of calling it through the facade."""

    @property
    def facade_call(self) -> Callable[P, T_co]: ...


class TypedPaginate(Protocol[P, T_co]):
    """A generated list endpoint module: ``facade_paginate`` is the signature of paging it (-> item)."""

    @property
    def facade_paginate(self) -> Callable[P, T_co]: ...


@cache
def _positional_names(stub: Callable[..., Any]) -> tuple[str, ...]:
    import inspect  # only for positional arguments: keeps ``import facade`` light

    return tuple(
        p.name for p in inspect.signature(stub).parameters.values() if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    )


def bind_positional(module: ModuleType, stub: str, args: tuple[Any, ...], params: dict[str, Any]) -> dict[str, Any]:
    """Path parameters given positionally (as the stubs allow) become keywords, in stub order."""
    if not args:
        return params
    names = _positional_names(getattr(module, stub))
    if len(args) > len(names):
        raise TypeError(f"{module.__name__} takes {len(names)} positional (path) argument(s), got {len(args)}")
    doubled = [name for name in names[: len(args)] if name in params]
    if doubled:
        raise TypeError(f"{module.__name__} got {doubled[0]!r} both positionally and as a keyword")
    return {**dict(zip(names, args, strict=False)), **params}
