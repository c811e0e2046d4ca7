"""The plug-in vocabulary: a provider's sandbox declared as data, executed by the engine.

A module ``facade.sandbox.providers.<name>`` exposes ``PROVIDER = Provider(...)``. The spec
already says routes, parameters, bodies, auth headers, paging, idempotency and response shapes
(envelopes included); the declaration adds what a spec cannot say:

- :class:`Resource`: a stateful collection: which operations serve it and how (``"list"``,
  ``"get"``, ``"create"``, ``"update"``, ``"delete"``, or an action object with a hook), its id
  kind, its parent (a resource nested under a parent path), seed data, timestamps, filters and a
  :class:`Lifecycle` of timed states.
- :class:`Follow`: items that move with the item they belong to (a cluster's nodes).
- :class:`Count`: a field counting the live items that belong to an item (a cluster's nodes).
- :class:`Secret`: the items are credentials a caller creates (API keys), checked on every request.
- :class:`Provider`: the error body, credentials, statuses, and hooks for what is truly special.

Operations no resource serves answer from the spec (their example, or a value made from the
schema), checked against the items their path names.
"""

from __future__ import annotations

import dataclasses
import itertools
import random
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ._errors import Problem, Statuses
from ._hooks import Call, Item, Reply, Seeding

_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


# -- id kinds ----------------------------------------------------------------------------------
class Ids:
    """How a resource's ids are made. ``new`` gets the highest integer id so far (sequential ids)."""

    def new(self, rng: random.Random, highest: int) -> Any:
        raise NotImplementedError

    def seeded(self, rng: random.Random, index: int) -> Any:
        """The id of seeded item ``index``."""
        return self.new(rng, index)


@dataclass(frozen=True)
class Uuid(Ids):
    """Version-4 UUID strings, drawn from the sandbox's seeded generator."""

    def new(self, rng: random.Random, highest: int) -> Any:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))


@dataclass(frozen=True)
class Prefixed(Ids):
    """``<prefix><length random lowercase letters and digits>``, like ``usr_4k2j9x0a1b``."""

    prefix: str
    length: int = 10

    def new(self, rng: random.Random, highest: int) -> Any:
        return self.prefix + "".join(rng.choice(_ALNUM) for _ in range(self.length))


@dataclass(frozen=True)
class Sequential(Ids):
    """Integers: seeded items ``start``, ``start + step``, ...; new ones one above the highest (a database key).

    ``first`` gives the first seeded items the ids the spec's examples use, so requests copied from
    the spec address real items.
    """

    start: int = 1
    step: int = 1
    first: tuple[int, ...] = ()

    def new(self, rng: random.Random, highest: int) -> Any:
        return max(highest, self.start - 1) + 1

    def seeded(self, rng: random.Random, index: int) -> Any:
        return self.first[index] if index < len(self.first) else self.start + self.step * index


@dataclass(frozen=True)
class Hex(Ids):
    """``<prefix><digits hex digits>``; ``mixed_case`` mixes upper and lower case (checksummed addresses)."""

    digits: int
    prefix: str = ""
    mixed_case: bool = False

    def new(self, rng: random.Random, highest: int) -> Any:
        raw = f"{rng.getrandbits(4 * self.digits):0{self.digits}x}"
        if self.mixed_case:
            raw = "".join(c.upper() if c.isalpha() and rng.random() < 0.5 else c for c in raw)
        return self.prefix + raw


@dataclass(frozen=True)
class Natural(Ids):
    """The id is a field the client chooses (a name); unique among the items of one parent."""

    field: str

    def new(self, rng: random.Random, highest: int) -> Any:
        return None  # taken from the item's field


# -- timed states --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Lifecycle:
    """States an item moves through by itself, in sandbox time (see :class:`~facade.sandbox.Clock`).

    ``steps`` maps a state to ``(next state, seconds spent in it)``; a state without a step stays.
    ``field`` holds the state (a key, or a JSON path like ``$.state.phase``). New items start in
    ``initial`` (default: the first state of ``steps``). ``failed`` is where a failure sends an
    item (``Sandbox.fail``, fault kind ``fail``); ``deleting`` is the state a delete moves an item
    to (None: delete removes it at once) and ``gone`` the state where lists stop showing it.
    ``changed_at`` names a field stamped with the time of every transition; ``on_enter`` sets
    fields on entering a state (``NOW`` is replaced by the transition's time).
    """

    steps: Mapping[Any, tuple[Any, float]]
    field: str = "status"
    initial: Any = None
    failed: Any = None
    deleting: Any = None
    gone: Any = None
    changed_at: str | None = None
    on_enter: Mapping[Any, Mapping[str, Any]] = dataclasses.field(default_factory=dict)

    @property
    def path(self) -> str:
        """``field`` as a JSON path."""
        return self.field if self.field.startswith("$") else f"$.{self.field}"

    @property
    def first(self) -> Any:
        """The state of a new item."""
        return self.initial if self.initial is not None else next(iter(self.steps))


NOW = "$now"  # in Lifecycle.on_enter: the time of the transition, as a timestamp


def steps(flows: str, seconds: float) -> dict[str, tuple[str, float]]:
    """Lifecycle steps written as flows: ``steps("draft > building > running; deleting > deleted", 1.0)``.

    Each state of a flow moves on to the next after ``seconds``; combine flows of different
    speeds with ``|``.
    """
    found: dict[str, tuple[str, float]] = {}
    for flow in flows.split(";"):
        states = [state.strip() for state in flow.split(">")]
        found.update({state: (after, seconds) for state, after in itertools.pairwise(states)})
    return found


# -- what an operation does with a resource ----------------------------------------------------------
@dataclass(frozen=True)
class List:
    """List the resource's items (under the parent the path names), filtered, paged as the spec says.

    ``hide`` leaves out items in these lifecycle states; ``where(call, item)`` keeps only matches.
    ``order(call, items)`` returns them in the order the request asks for (a ``sort`` parameter);
    ``finish(call, body, items)`` completes the answer once the page is cut, with paging fields the
    ``x-pagination`` vocabulary has no word for (``items``: every match, not only this page's).
    """

    hide: tuple[Any, ...] = ()
    where: Callable[[Call, Item], bool] | None = None
    order: Callable[[Call, list[Item]], list[Item]] | None = None
    finish: Callable[[Call, Any, Sequence[Item]], Any] | None = None


@dataclass(frozen=True)
class Get:
    """Answer the item the path names; ``hook(call, item)`` runs first (refresh, refuse)."""

    hook: Callable[[Call, Item], None] | None = None


@dataclass(frozen=True)
class Create:
    """Make an item from the request body; ``hook(call, item)`` completes it before it is stored.

    The hook may refuse (raise) or return extra fields shown in this answer only (a secret).
    """

    hook: Callable[[Call, Item], Item | None] | None = None


@dataclass(frozen=True)
class Update:
    """Merge the body's fields into the item, then ``fields``; ``hook(call, item, before)`` checks or completes it.

    ``Update(fields={"default": True})`` is an action that sets a flag (``POST .../{id}/default``).
    """

    hook: Callable[[Call, Item, Item], None] | None = None
    fields: Mapping[str, Any] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class Delete:
    """Remove the item, or move it to its lifecycle's ``deleting`` state; ``hook(call, item)`` runs first.

    The hook may refuse (raise) or return the answer's body (default: the item) where the operation
    answers with one (a 204 answers none, so a check shared with another operation may answer it).
    """

    hook: Callable[[Call, Item], Any] | None = None


@dataclass(frozen=True)
class Move:
    """Put the item in lifecycle state ``to`` (only from a state in ``when``, else a conflict).

    ``hook(call, item)`` runs after the move and may return the answer's body (default: the item).
    """

    to: Any
    when: tuple[Any, ...] = ()
    hook: Callable[[Call, Item], Any] | None = None


@dataclass(frozen=True)
class Secret:
    """The resource's items are credentials of security scheme ``scheme`` that callers create (API keys).

    A create mints ``make(rng, item)`` (kept in the item's private ``_secret`` field, which a create
    hook may read to show a prefix), makes it valid for ``scheme`` and answers it once, in the
    field ``shown``. On every request made with it the engine looks its item up: a request is
    refused as an invalid credential once the item is deleted (or in its lifecycle's ``deleting``
    or ``gone`` state), its boolean field ``active`` is false, or its timestamp field ``expires``
    is past; ``used`` is stamped with the time of each request; a true ``readonly`` field lets it
    only read (GET), else 403.
    """

    scheme: str
    make: Callable[[random.Random, Item], str]
    shown: str
    active: str | None = None
    expires: str | None = None
    used: str | None = None
    readonly: str | None = None


@dataclass(frozen=True)
class Follow:
    """Items that follow an item they belong to: when it enters a state of ``states``, they move to the mapped one.

    The followed item is the parent (default), or the item of resource ``of`` whose id the field
    ``via`` holds (a node of a pool). Items already in their own lifecycle's ``deleting`` or
    ``gone`` state stay where they are.
    """

    states: Mapping[Any, Any]
    of: str | None = None
    via: str | None = None


@dataclass(frozen=True)
class Count:
    """A derived field: how many live items of ``resource`` belong to the item, as it is answered.

    They are its children (``resource`` nested under it), or the items whose field ``via`` holds its
    id (a pool's nodes); ``where`` keeps those whose fields have the given values (``{"role": "worker"}``).
    Live: not in their lifecycle's ``deleting`` or ``gone`` state. Counted when the item is answered,
    never stored, so no hook keeps it up to date.
    """

    resource: str
    via: str | None = None
    where: Mapping[str, Any] = dataclasses.field(default_factory=dict)


Handler = Callable[[Call], Any]  # answers on its own: a JSON body, or a Reply
Action = str | List | Get | Create | Update | Delete | Move | Handler
ACTIONS = {"list": List(), "get": Get(), "create": Create(), "update": Update(), "delete": Delete()}


@dataclass(frozen=True)
class Resource:
    """A stateful collection of items of the spec's schema ``schema``, at ``path``.

    ``path`` is the template of one item's URL (``/orgs/{org_id}/clusters/{cluster_id}``): the
    spec's operations on it and on its collection (the path without the last segment) are served
    by convention: GET collection lists, POST collection creates, GET item reads, PUT/PATCH/POST
    item updates, DELETE item deletes. ``on_get``/``on_create``/``on_update``/``on_delete``,
    ``hide`` and ``where`` tune them (see :class:`Get`, :class:`Create`, ...); ``ops`` maps any
    other operationId (or overrides one) to an :data:`Action`. The last path parameter names an
    item (``id_param``); the one before names the parent (``parent``: the resource it belongs to).
    ``aliases`` are other path parameter names that name this resource's items in operations it
    does not serve (``organizationId`` for ``/v1/organizations/{id}``): such operations answer 404
    for an id that names no item.

    ``seed(seeding)`` returns the fields of seeded item ``seeding.index`` (the rest comes from the
    schema and its examples); ``count`` items are seeded at scale 1, per parent item for a nested
    resource (there, ``count`` may be a function of the parent item). ``parent_field`` holds the
    parent's id in the item (default: the schema's property named like the parent's id parameter,
    ``org_id`` or, without the suffix, ``org`` for ``{org_id}``). ``created``/``updated`` name
    fields stamped with the time of creation / every change. ``filters`` maps a query parameter to
    a JSON path in the item or a predicate ``(item, value) -> bool``; query parameters named like a
    property of the schema filter on it too. ``unique`` fields may not repeat among siblings (a
    conflict). ``view(call, item)`` refreshes derived fields before an item is answered;
    ``on_state(call, item, state)`` runs on every state change (timed or requested).

    ``exclusive`` maps a boolean field to the fields that group siblings (``()``: all of them): at
    most one item of a group holds it true, so creating or updating one with it true clears it on
    the others (a default). ``refs`` maps a JSON path in a create or update body (``user``,
    ``roles[*].cluster``) to the resource its values name (``"members"``), or to a field of that
    resource's items (``"members.user.pk"``): a value that names no live item (under the parent
    the request's path names, when that resource is nested there) is refused with a 404 where
    the operation documents one, else as invalid (``Statuses.reference`` overrides). ``secret``
    makes the items credentials (see :class:`Secret`); ``follow`` moves them with an item they belong
    to (see :class:`Follow`); ``counts`` maps a field to a :class:`Count` of the items that belong to it.

    ``undeletable`` names boolean fields (a default): an item holding one true cannot be deleted (a
    conflict, "the default node pool cannot be deleted"), unless its parent is being deleted. Refusals
    name the item by :attr:`noun`.
    """

    name: str
    schema: str
    path: str | None = None
    ops: Mapping[str, Action] = dataclasses.field(default_factory=dict)
    ids: Ids = dataclasses.field(default_factory=Uuid)
    id_field: str = "id"
    id_param: str | None = None
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    parent_field: str | None = None
    seed: Callable[[Seeding], Item] | None = None
    count: int | Callable[[Item], int] = 0
    newest_first: bool = False
    lifecycle: Lifecycle | None = None
    created: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    filters: Mapping[str, str | Callable[[Item, Any], bool]] = dataclasses.field(default_factory=dict)
    unique: tuple[str, ...] = ()
    view: Callable[[Call, Item], Item] | None = None
    on_state: Callable[[Call, Item, Any], None] | None = None
    on_get: Callable[[Call, Item], None] | None = None
    on_create: Callable[[Call, Item], Item | None] | None = None
    on_update: Callable[[Call, Item, Item], None] | None = None
    on_delete: Callable[[Call, Item], Any] | None = None
    hide: tuple[Any, ...] = ()
    where: Callable[[Call, Item], bool] | None = None
    exclusive: Mapping[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    refs: Mapping[str, str] = dataclasses.field(default_factory=dict)
    secret: Secret | None = None
    follow: tuple[Follow, ...] = ()
    counts: Mapping[str, Count] = dataclasses.field(default_factory=dict)
    undeletable: tuple[str, ...] = ()

    @property
    def noun(self) -> str:
        """One item of the resource, in words: ``node configuration`` for ``node_configurations``."""
        return self.name.removesuffix("s").replace("_", " ")

    def conventional(self, method: str, path: str) -> Action | None:
        """The action an operation at ``method path`` gets by convention (None: not this resource's)."""
        if self.path is None:
            return None
        if path.rstrip("/") == self.path.rsplit("/", 1)[0]:  # the collection, with or without a trailing slash
            collection: dict[str, Action] = {"GET": List(self.hide, self.where), "POST": Create(self.on_create)}
            return collection.get(method)
        if path == self.path:
            if method == "GET":
                return Get(self.on_get)
            if method == "DELETE":
                return Delete(self.on_delete)
            return Update(self.on_update) if method in ("PUT", "PATCH", "POST") else None
        return None


@dataclass(frozen=True)
class Provider:
    """What one provider's sandbox needs beyond its spec.

    ``error_body(problem)`` writes the provider's error JSON; ``credentials(rng)`` returns one
    valid credential per security scheme. ``handlers`` answer operations no resource serves
    (special flows). ``auth_errors`` maps the reason an auth failure has (``missing``, ``invalid``
    or ``wrong_scheme``) to the problem answered (a reason not listed: ``invalid``'s);
    ``auth_error(call, reason)`` may answer one its own way instead, and ``authorize(call)`` may refuse
    an authenticated request (raise). ``request_id(rng)`` makes request ids; ``headers`` adds
    headers per status (``WWW-Authenticate`` on 401). ``sparse``: the spec gives no examples, so
    items (seeded, created and answered) hold their required fields and what the plug-in and the
    requests set, instead of a placeholder in every optional field.
    """

    name: str
    error_body: Callable[[Problem], Any]
    credentials: Callable[[random.Random], dict[str, str]]
    resources: tuple[Resource, ...] = ()
    handlers: Mapping[str, Handler] = dataclasses.field(default_factory=dict)
    statuses: Statuses = dataclasses.field(default_factory=Statuses)
    auth_errors: Mapping[str, Problem] = dataclasses.field(default_factory=dict)
    auth_error: Callable[[Call, str], Problem | None] | None = None
    authorize: Callable[[Call], None] | None = None
    request_id: Callable[[random.Random], str] | None = None
    headers: Mapping[int, Mapping[str, str]] = dataclasses.field(default_factory=dict)
    sparse: bool = False


__all__ = [
    "ACTIONS",
    "NOW",
    "Action",
    "Count",
    "Create",
    "Delete",
    "Follow",
    "Get",
    "Handler",
    "Hex",
    "Ids",
    "Item",
    "Lifecycle",
    "List",
    "Move",
    "Natural",
    "Prefixed",
    "Provider",
    "Reply",
    "Resource",
    "Secret",
    "Sequential",
    "Update",
    "Uuid",
]
