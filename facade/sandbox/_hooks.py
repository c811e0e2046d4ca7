"""What a provider plug-in's hooks see: the request being served (``Call``) and a seed in the making.

Hooks are the documented way a plug-in adds what a declaration cannot say (io.net minting a key,
CloudAPI's scoped tokens). They read the request and the store through these methods only, never
through the engine's internals, and refuse a request by raising an error from
:mod:`facade.sandbox` (``Invalid``, ``NotFound``, ``Conflict``, ``Refused``).
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

Item = dict[str, Any]
T = TypeVar("T")


def public(item: Item) -> Item:
    """An item without the sandbox's private ``_`` fields (as it is answered)."""
    return {k: v for k, v in item.items() if not k.startswith("_")}


def pick(item: Item | None, *keys: str) -> Item:
    """The item's fields named ``keys`` that it has (none for no item): a summary embedded in another answer."""
    return {k: item[k] for k in keys if k in item} if item else {}


@dataclass
class Reply:
    """A response before encoding: JSON ``body`` (or ``text`` with ``media``), status and headers.

    ``status`` None means the operation's documented success status.
    """

    status: int | None = None
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    text: str | None = None
    media: str = "application/json"


class Call(Protocol):
    """One validated request, as hooks see it, with the operations they may perform on the store.

    Resources are named by their declared ``name``; ``parent`` is the id of the parent item for
    nested resources. Items are plain dicts; keys starting with ``_`` are private to the sandbox
    and never answered. Every read settles timed transitions first, so states are current.
    """

    @property
    def op_id(self) -> str:
        """The operationId being served."""
        ...

    @property
    def method(self) -> str: ...

    @property
    def path_template(self) -> str:
        """The operation's path as the spec writes it (``/v1/keys/{key_id}``)."""
        ...

    @property
    def path(self) -> Mapping[str, str]:
        """Path parameters, each percent-decoded on its own."""
        ...

    @property
    def query(self) -> Mapping[str, Any]:
        """Query parameters coerced to their schema types (None when absent)."""
        ...

    @property
    def body(self) -> Any:
        """The parsed, validated JSON body (None when there is none)."""
        ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    @property
    def credential(self) -> tuple[str, str] | None:
        """(security scheme, value) that authenticated the request."""
        ...

    @property
    def rng(self) -> random.Random:
        """The sandbox's seeded random generator (ids, secrets)."""
        ...

    @property
    def seed(self) -> int: ...

    def now(self) -> float:
        """Sandbox time (epoch seconds): see :class:`~facade.sandbox.Clock`."""
        ...

    def timestamp(self, at: float | None = None) -> str:
        """``at`` (default now) as an RFC 3339 UTC timestamp."""
        ...

    def items(self, resource: str, parent: Any = None) -> list[Item]:
        """Every item of ``resource`` (under ``parent`` when given), oldest first."""
        ...

    def get(self, resource: str, item_id: Any, parent: Any = None) -> Item | None:
        """The item with this id, or None."""
        ...

    def find(self, resource: str, item_id: Any, parent: Any = None) -> Item:
        """The item with this id; a provider-shaped 404 when there is none."""
        ...

    def item(self, resource: str, states: Sequence[Any] = ()) -> Item:
        """The item of ``resource`` the request path names, checked against its parents (else 404).

        With ``states``, it must be in one of these lifecycle states, else a conflict (``cluster is
        hibernated``) in the provider's conflict status.
        """
        ...

    def create(self, resource: str, fields: Item, parent: Any = None) -> Item:
        """A new stored item: its id, parent link, timestamps and first state made by the engine."""
        ...

    def remove(self, resource: str, item: Item) -> None:
        """Delete the item from the store (no lifecycle)."""
        ...

    def state(self, resource: str, item: Item) -> Any:
        """The item's current lifecycle state."""
        ...

    def move(self, resource: str, item: Item, state: Any) -> None:
        """Put the item in ``state`` now; its timed transitions continue from there."""
        ...

    def render(self, resource: str, item: Item, extra: Item | None = None) -> Any:
        """The item placed in the operation's success body (envelope and fields from the spec)."""
        ...

    def page(self, resource: str, items: Sequence[Item]) -> Any:
        """One page of ``items`` in the operation's success body, in its paging style."""
        ...

    def shown(self, resource: str, item: Item) -> Item:
        """The item as it is answered: its view and derived counts (to embed it in another answer)."""
        ...

    def synthesise(self) -> Any:
        """The operation's success body made from the spec (examples first)."""
        ...

    def example(self, schema: str) -> Item:
        """A value of the spec's components schema ``schema``, made from its examples."""
        ...

    def document(self) -> dict[str, Any]:
        """The effective OpenAPI document this sandbox serves."""
        ...

    def shared(self, key: str, default: Any) -> Any:
        """Free-form sandbox state under ``key`` (set to ``default`` on first use); reset with the store."""
        ...

    def credential_meta(self) -> Item:
        """What was recorded with the credential that authenticated this request (see :meth:`grant`)."""
        ...

    def grant(self, scheme: str, value: str, **meta: Any) -> None:
        """Make ``value`` a valid credential of security scheme ``scheme`` (a minted key)."""
        ...

    def revoke(self, scheme: str, value: str) -> None:
        """Make ``value`` stop working for ``scheme``."""
        ...


class Seeding(Protocol):
    """What a seed function sees while the sandbox makes item ``index`` of a collection.

    ``item`` is the item so far (made from the schema and its examples); the seed function
    returns the fields to set on it, and may remove ones that do not apply.
    """

    rng: random.Random
    index: int
    parent: Item | None
    seed: int
    item: Item

    def items(self, resource: str) -> list[Item]:
        """The seeded items of another resource (seeded first if needed; no cycles)."""
        ...

    def cycle(self, options: Sequence[T]) -> T:
        """One of ``options``, in turn by index: seeded items take them one after another."""
        ...

    def siblings(self, resource: str) -> list[Item]:
        """The seeded items of ``resource`` under the same parent as the item being seeded (a cluster's pools)."""
        ...
