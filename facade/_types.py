"""Protocols that let mypy read a generated module's types (see the pipeline's typing hooks).

The pipeline appends ``RESPONSE = <2xx model>`` and ``PAGE_ITEM = <item type>`` to each generated
endpoint module where those are single classes; a module object then satisfies these protocols,
so ``client.call(get_usage)`` is typed as the usage model and ``client.paginate(list_users)``
yields ``User``.
"""

from __future__ import annotations

from typing import Protocol, TypeVar

T_co = TypeVar("T_co", covariant=True)


class TypedOperation(Protocol[T_co]):
    """A generated endpoint module whose 2xx response is one model class."""

    @property
    def RESPONSE(self) -> type[T_co]: ...


class PagedOperation(Protocol[T_co]):
    """A generated endpoint module of a list operation whose items are one type."""

    @property
    def PAGE_ITEM(self) -> type[T_co]: ...
