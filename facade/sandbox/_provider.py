"""The plug-in interface: what a provider module declares (data first, hooks only where needed).

A provider module ``facade.sandbox.providers.<name>`` exposes ``PROVIDER: Provider``. Everything
the spec already says (routes, parameters, bodies, auth headers, pagination, idempotency, response
shapes) is read from the spec; a provider adds only what the spec cannot say: resources and their
ids, states and seed data, the error body it writes, its auth/validation statuses and special
operations (``handlers``).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from starlette.datastructures import Headers

    from ._app import SandboxState
    from ._spec import Operation

Item = dict[str, Any]


@dataclass(frozen=True)
class Issue:
    """One validation failure: where (``("query", "limit")``, ``("body", "name")``), what, and a type."""

    loc: tuple[str | int, ...]
    msg: str
    type: str = "value_error"


@dataclass(frozen=True)
class Problem:
    """An error to report in the provider's own error shape."""

    status: int
    code: str
    message: str
    param: str | None = None
    issues: tuple[Issue, ...] = ()
    request_id: str = ""


@dataclass
class Reply:
    """A response before encoding: JSON ``body`` (or ``text`` with ``media``), status and headers."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    text: str | None = None
    media: str = "application/json"


@dataclass
class Ctx:
    """One request as handlers see it (validated and coerced)."""

    state: SandboxState
    op: Operation
    path_params: dict[str, str]
    query: dict[str, Any]
    headers: Headers
    body: Any
    request_id: str
    credential: tuple[str, str] | None = None

    @property
    def rng(self) -> random.Random:
        """The sandbox's seeded random generator (ids, secrets)."""
        return self.state.rng

    def problem(self, status: int, code: str, message: str, param: str | None = None) -> Reply:
        """An error reply in the provider's shape."""
        return self.state.error_reply(Problem(status, code, message, param, request_id=self.request_id))


Handler = Callable[[Ctx], "Reply | None"]


@dataclass(frozen=True)
class Resource:
    """A stateful collection served by the generic list/get/create/update/delete handlers.

    ``operations`` maps operationIds to ``list``, ``get``, ``create``, ``update`` or ``delete``.
    ``id_param`` is the path parameter naming an item; response fields with that name get the id.
    ``seed(rng, i)`` returns the fields of seeded item ``i`` (the rest is synthesised from
    ``schema``); ``count`` items are seeded at scale 1. ``lifecycle`` lists the states a new item
    moves through, one step per read (``get``) of it. ``deleted_state`` makes delete mark the item
    (idempotently) instead of removing it. ``on_create``/``on_delete`` fill provider-specific fields
    and may return extra response fields (a secret shown once).
    """

    name: str
    schema: str
    operations: Mapping[str, str]
    new_id: Callable[[random.Random], str]
    id_field: str = "id"
    id_param: str | None = None
    seed: Callable[[random.Random, int], Item] | None = None
    count: int = 0
    item_path: str = "$"
    newest_first: bool = False
    lifecycle: tuple[str, ...] = ()
    state_field: str = "status"
    deleted_state: str | None = None
    on_create: Callable[[Ctx, Item], Item | None] | None = None
    on_delete: Callable[[Ctx, Item], None] | None = None
    parent_param: str | None = None
    parent_field: str | None = None


@dataclass(frozen=True)
class Provider:
    """What one provider's sandbox needs beyond its spec."""

    name: str
    error_body: Callable[[Problem], Any]
    credentials: Callable[[random.Random], dict[str, str]]
    resources: tuple[Resource, ...] = ()
    handlers: Mapping[str, Handler] = field(default_factory=dict)
    auth_status: int = 401
    validation_status: int = 422
    malformed_status: int = 400
    conflict_status: int = 409
    auth_error: Callable[[Ctx, str], Reply | None] | None = None
    authorize: Callable[[Ctx], Reply | None] | None = None
    request_id: Callable[[random.Random], str] | None = None
    extra_headers: Mapping[int, Mapping[str, str]] = field(default_factory=dict)
