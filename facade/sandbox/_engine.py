"""The engine: executes a provider's declaration (``_model``) over the store, one operation at a time.

The app hands it a validated request (:class:`Served`, which is also the :class:`Call` hooks see)
and gets a :class:`Reply` back. State lives in the store; HTTP stays in the app.
"""

from __future__ import annotations

import dataclasses
import json
import random
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .. import _jsonpath
from ._checks import AuthFailed
from ._clock import Clock, parse_iso
from ._credentials import Credentials
from ._errors import Conflict, Invalid, Issue, NotFound, Refused
from ._hooks import Item, Reply
from ._lifecycle import enter, fail, leaving, settle, settle_all, stall, state_of
from ._model import ACTIONS, Action, Create, Delete, Get, Handler, List, Move, Natural, Provider, Resource, Update
from ._seeding import Seeder
from ._shape import Pager, Shaper, item_schema_of_list
from ._shape import position as _position
from ._spec import Operation, Spec, path_params
from ._store import PARENT, Collection, Store
from ._synth import synth

Step = List | Get | Create | Update | Delete | Move
_MISSING = object()
MINTED = "_secret"  # the private field holding a created credential (Secret)
_WHOLE = re.compile(r"\{[^{}]+\}")
_ITEM_STEPS = (Get, Update, Delete, Move)


class Engine:
    """One sandbox's resources, store, clock and routes, checked against its spec at start-up."""

    def __init__(
        self,
        provider: Provider,
        spec: Spec,
        clock: Clock,
        credentials: Credentials,
        *,
        seed: int = 0,
        scale: float = 1.0,
    ) -> None:
        self.provider, self.spec, self.clock, self.seed = provider, spec, clock, seed
        self.credentials = credentials
        self.rng = random.Random(f"{provider.name}:{seed}:runtime")
        self.shaper = Shaper(spec, minimal=provider.sparse)
        self.resources = self._resolve(provider.resources)
        self.id_params = {name: res.id_param for name, res in self.resources.items()}
        self.routes: dict[str, tuple[Resource, Step | Handler]] = {}
        problems = []
        for res in self.resources.values():
            if res.parent is not None and res.parent not in self.resources:
                problems.append(f"resource {res.name} names parent {res.parent!r}, which is not declared")
            for field, count in res.counts.items():
                kin = self.resources.get(count.resource)
                if kin is None or (count.via is None and kin.parent != res.name):
                    problems.append(f"resource {res.name} counts {field} of {count.resource!r}, which is not its own")
            if res.schema not in (spec.doc.get("components") or {}).get("schemas", {}):
                problems.append(f"resource {res.name} names schema {res.schema!r}, which the spec does not have")
            conventional = [(op.op_id, res.conventional(op.method, op.path)) for op in spec.operations.values()]
            if res.path is not None and not any(action for _, action in conventional):
                problems.append(f"resource {res.name} is at {res.path}, where the spec has no operation")
            for op_id, action in [*((o, a) for o, a in conventional if a is not None), *res.ops.items()]:
                if op_id not in spec.operations:
                    problems.append(f"resource {res.name} serves {op_id!r}, which the spec does not have")
                self.routes[op_id] = (res, _step(res.ops.get(op_id, action)))
        unknown = [op for op in provider.handlers if op not in spec.operations]
        problems += [f"a handler serves {op!r}, which the spec does not have" for op in unknown]
        if problems:
            raise ValueError(f"the {provider.name} sandbox does not match its spec: " + "; ".join(problems))
        id_fields = {res.name: res.id_field for res in self.resources.values()}
        sparse = provider.sparse
        seeder = Seeder(
            provider.name, spec, clock, seed=seed, scale=scale, key=self.key, id_fields=id_fields, sparse=sparse
        )
        factories = {name: seeder.factory(res) for name, res in self.resources.items()}
        self.store = Store(factories, {name: res.parent for name, res in self.resources.items()})
        self.chain = lru_cache(maxsize=None)(self._chain)
        self._templates: dict[str, str] = {}

    # -- declarations ---------------------------------------------------------------------------------
    def _resolve(self, declared: tuple[Resource, ...]) -> dict[str, Resource]:
        """The declarations with what the spec implies filled in: each one's id parameter and parent."""
        id_params = {res.name: res.id_param or self._infer_id_param(res) for res in declared}
        out = {}
        for res in declared:
            parent = res.parent
            params = path_params((res.path or "").split("/")[:-1])
            if parent is None and params:  # the resource whose id is the collection path's last parameter
                owners = [name for name, param in id_params.items() if param == params[-1]]
                parent = owners[0] if len(owners) == 1 else None
            parent_field = res.parent_field or self._infer_parent_field(res, id_params.get(parent or ""))
            out[res.name] = dataclasses.replace(
                res, id_param=id_params[res.name], parent=parent, parent_field=parent_field
            )
        return out

    def _infer_parent_field(self, res: Resource, param: str | None) -> str | None:
        """The item's field named like its parent's id parameter: ``org_id`` or ``org`` for ``{org_id}``."""
        if param in (None, "id") or res.schema not in (self.spec.doc.get("components") or {}).get("schemas", {}):
            return None  # a bare ``id`` says nothing about whose id it is
        props = self.shaper.properties(self.spec.schema(res.schema))
        names = (str(param), str(param).removesuffix("_id"), str(param).removesuffix("Id"))
        return next((name for name in names if name in props and name != res.id_field), None)

    def _infer_id_param(self, res: Resource) -> str | None:
        if res.path is not None and res.path.endswith("}"):
            return res.path.rsplit("{", 1)[1][:-1]
        for op_id, action in res.ops.items():
            if isinstance(_step(action), _ITEM_STEPS) and op_id in self.spec.operations:
                params = _params(self.spec.operations[op_id])
                if params:
                    return params[-1]
        return None

    def key(self, res: Resource, item_id: Any, parent_key: str | None) -> str:
        """The store key of an item: its id, or parent/id where ids are names chosen per parent."""
        if isinstance(res.ids, Natural) and res.parent is not None:
            return f"{parent_key}/{item_id}"
        return str(item_id)

    def _chain(self, op_id: str) -> tuple[tuple[str, Resource], ...]:
        """The (path parameter, resource) pairs the operation's path names, outermost first.

        An operation a resource serves names that resource's item (or, for list and create, its
        parent) and their ancestors. Any other path id belongs to the resource whose item path has
        the same shape up to it (``/v1/orgs/{orgId}/...`` names an item of ``/v1/orgs/{id}``); else to
        the one resource whose id parameter (or alias) it is by name, unless the name is the bare ``id``,
        which says nothing about whose id it is; else, of several so named, to the one whose own paths
        lead up to it. Nothing else is checked (``{id}`` under an unmodelled path).
        """
        op = self.spec.operations[op_id]
        params = _params(op)
        found: dict[str, Resource] = {}
        route = self.routes.get(op_id)
        if route is not None:
            res, step = route
            leaf = res if self.id_params[res.name] in params and not isinstance(step, List | Create) else None
            node = leaf or (self.resources.get(res.parent) if res.parent else None)
            while node is not None:
                param = self.id_params[node.name]
                if param in params:
                    found.setdefault(param, node)
                node = self.resources.get(node.parent) if node.parent else None
        for index, segment in enumerate(op.segments):
            for param in path_params([segment]):
                if param in found:
                    continue
                shaped = [r for r in self.resources.values() if _same_shape(r.path, op.segments[: index + 1])]
                named = [r for r in self.resources.values() if param in (self.id_params[r.name], *r.aliases)]
                named = named if param != "id" else []
                near = [r for r in named if self._shared_prefix(r, op) >= index]
                chosen = next((group[0] for group in (shaped, named, near) if len(group) == 1), None)
                if chosen is not None:
                    found[param] = chosen
        return tuple((param, found[param]) for param in params if param in found)

    def _shared_prefix(self, res: Resource, op: Operation) -> int:
        """How many leading path segments ``op`` shares with the resource's path and its own operations (at most)."""
        best = 0
        paths = [self.spec.operations[op_id].segments for op_id in res.ops]
        for segments in [*paths, *([tuple(res.path.split("/"))] if res.path else [])]:
            count = 0
            for a, b in zip(segments, op.segments, strict=False):
                if a != b:
                    break
                count += 1
            best = max(best, count)
        return best

    # -- lifecycle --------------------------------------------------------------------------------------
    def settle(self, res: Resource, key: str, item: Item, call: Served | None) -> Item:
        """The item brought up to the present (its due transitions played)."""
        if res.lifecycle is not None and "_at" in item:
            coll = self.store.collection(res.name)
            settle(res.lifecycle, coll, key, item, self.clock, self._on_state(res, call))
        return item

    def settle_all(self, res: Resource, call: Served | None) -> None:
        if res.lifecycle is not None:
            coll = self.store.collection(res.name)
            if coll.moving:
                settle_all(res.lifecycle, coll, self.clock, self._on_state(res, call))

    def _on_state(self, res: Resource, call: Served | None) -> Any:
        def hook(item: Item, state: Any) -> None:
            if res.on_state is not None:
                res.on_state(call or self.operator_call(), item, state)
            self._cascade(res, item, state, call)

        return hook

    def _cascade(self, res: Resource, item: Item, state: Any, call: Served | None) -> None:
        """Move the items that follow this one (see :class:`Follow`) on to their states."""
        for kin in self.resources.values():
            for follow in kin.follow:
                if state not in follow.states or (follow.of or kin.parent) != res.name or kin.lifecycle is None:
                    continue
                coll, item_id = self.store.collection(kin.name), item[res.id_field]
                if follow.via is None:
                    kids = coll.values(self.key(res, item_id, item.get(PARENT)))
                else:
                    kids = [i for i in coll.values() if i.get(follow.via) == item_id]
                for kid in [k for k in kids if not leaving(kin.lifecycle, k)]:
                    self.move(kin, kid, follow.states[state], call)

    def move(self, res: Resource, item: Item, state: Any, call: Served | None) -> None:
        """Put the item in ``state`` now (a requested change, not a timed one)."""
        if res.lifecycle is None:
            raise ValueError(f"resource {res.name} has no lifecycle")
        key = self.key(res, item[res.id_field], item.get(PARENT))
        enter(res.lifecycle, self.store.collection(res.name), key, item, state, self.clock.now())
        self._on_state(res, call)(item, state)

    def mark(self, res: Resource, item_id: Any, fate: str, parent: Any = None) -> Item:
        """Fail (``fail``: now; ``fail_next``: at its next transition) or stall an item, by id."""
        if res.lifecycle is None:
            raise ValueError(f"resource {res.name} has no lifecycle to fail or stall")
        with self.store.lock:
            coll = self.store.collection(res.name)
            key = self.key(res, item_id, None if parent is None else str(parent))
            item = coll.get(key)
            if item is None:
                raise LookupError(f"no {res.name} item with id {item_id!r}")
            self.settle(res, key, item, None)
            if fate == "stall":
                stall(item)
            elif not fail(res.lifecycle, coll, key, item, self.clock, now=fate == "fail"):
                raise ValueError(f"resource {res.name} declares no failure state")
            elif fate == "fail":
                self._on_state(res, None)(item, res.lifecycle.failed)
            return item

    def operator_call(self) -> Served:
        """A request-less call (for hooks run from a control action or a timed transition)."""
        return Served(self, None, {}, {}, None, {}, None, "", "")

    # -- serving -----------------------------------------------------------------------------------------
    def serve(self, call: Served) -> Reply:
        """Run the operation; the answer (status None: the operation's success status)."""
        op = call.operation
        route = self.routes.get(op.op_id)
        handler = self.provider.handlers.get(op.op_id)
        if route is None:
            call.scope()
            return _reply(handler(call) if handler is not None else self.synthesise(call))
        res, step = route
        if isinstance(step, List):
            return _reply(self.list(call, res, step))
        if isinstance(step, Create):
            return _reply(self.create_from_body(call, res, step))
        if not isinstance(step, _ITEM_STEPS):
            call.scope()
            return _reply(step(call))
        item = call.scoped(res.name) if self.id_params[res.name] in call.path else None
        if item is None:
            raise NotFound(self.id_params[res.name] or "id", "")
        call.touched = (res, item)
        if isinstance(step, Get):
            if step.hook is not None:
                step.hook(call, item)
            return _reply(call.render(res.name, item))
        if isinstance(step, Update):
            return _reply(self.update(call, res, item, step))
        if isinstance(step, Delete):
            return _reply(self.delete(call, res, item, step))
        return _reply(self.move_step(call, res, item, step))

    def list(self, call: Served, res: Resource, step: List) -> Any:
        scope = call.scope()
        parent = scope.get(res.parent) if res.parent else None
        self.settle_all(res, call)
        coll = self.store.collection(res.name)
        parent_key = self._key_of(res.parent, parent) if parent is not None else None
        ordered = coll.values(parent_key)
        ordered = ordered[::-1] if res.newest_first else ordered
        items: Sequence[Item] = ordered
        hidden = set(step.hide) | ({res.lifecycle.gone} if res.lifecycle and res.lifecycle.gone is not None else set())
        if hidden and res.lifecycle is not None:
            lifecycle = res.lifecycle
            items = [i for i in items if state_of(lifecycle, i) not in hidden]
        items = self._filtered(call, res, items)
        if step.where is not None:
            items = [i for i in items if step.where(call, i)]
        if step.order is not None:
            items = step.order(call, list(items))
        query, total = dict(call.query), len(items)  # the total counts the whole list, before any cursor
        param = (call.operation.pagination or {}).get("cursor_param")
        if (call.operation.pagination or {}).get("style") == "cursor" and param and query.get(param):
            # A cursor is a place in the whole collection (keyset paging), not in this filtered page: it
            # stays valid when its item has since changed (revoked, no longer matching a filter), and any
            # item's id is one, as with a provider's own opaque cursors.
            cursor = str(query.pop(param))
            if parent is None and items is ordered:  # the whole collection: O(1) on a large one
                found = _position(ordered, cursor, lambda i: str(i.get(res.id_field)))
                items = ordered[found + 1 :] if found is not None else items
            else:
                found = coll.position(self.key(res, cursor, parent_key))
                items = [i for i in items if found is not None and self._later(res, coll, i, found)]
            if found is None:
                raise Invalid.at("query", param, "cursor is not valid", "invalid_cursor")
        body = call.page(res.name, items, query, total)
        return step.finish(call, body, items) if step.finish is not None else body

    def _later(self, res: Resource, coll: Collection, item: Item, place: int) -> bool:
        """True when ``item`` comes after the collection's ``place`` in listing order."""
        at = coll.position(self.key(res, item[res.id_field], item.get(PARENT)))
        return at is not None and (at < place if res.newest_first else at > place)

    def _filtered(self, call: Served, res: Resource, items: Sequence[Item]) -> Sequence[Item]:
        pag = call.operation.pagination or {}
        paging = {pag.get(k) for k in ("cursor_param", "limit_param", "page_param", "size_param", "offset_param")}
        props = self.shaper.properties(self.spec.schema(res.schema))
        for name, value in call.query.items():
            if value is None or name in paging:
                continue
            rule = res.filters.get(name)
            if rule is None and name in props and not isinstance(value, list):
                rule = f"$.{name}"
            if isinstance(rule, str):
                path = rule
                items = [i for i in items if str(_jsonpath.get(i, path)) == str(value)]
            elif rule is not None:
                test = rule
                items = [i for i in items if test(i, value)]
        return items

    def create_from_body(self, call: Served, res: Resource, step: Create) -> Any:
        scope = call.scope()
        parent = scope.get(res.parent) if res.parent else None
        body = call.body if isinstance(call.body, dict) else {}
        pointer = self.spec.schema(res.schema)
        fields = {k: v for k, v in body.items() if k in self.shaper.properties(pointer)}
        fields = {
            k: v for k, v in fields.items() if self.spec.validator(self.shaper.properties(pointer)[k]).is_valid(v)
        }
        self.check_refs(call, res)
        item, extra = self.create(call, res, fields, parent, step.hook)
        return call.render(res.name, item, extra)

    def create(
        self, call: Served, res: Resource, fields: Item, parent: Item | None, hook: Any = None
    ) -> tuple[Item, Item | None]:
        """A new stored item (id, parent, timestamps, first state), completed by ``hook``."""
        coll = self.store.collection(res.name)
        item: Item = json.loads(self.template(res.schema))
        item.update(fields)
        parent_key = self._key_of(res.parent, parent) if parent is not None and res.parent else None
        if parent_key is not None:
            item[PARENT] = parent_key
        if not isinstance(res.ids, Natural):
            item[res.id_field] = res.ids.new(call.rng, coll.highest())
        if res.parent_field and parent is not None:
            item[res.parent_field] = parent[self.resources[res.parent or ""].id_field]
        stamp = self.clock.iso()
        for name in (*res.created, *res.updated):
            item[name] = stamp
        if res.lifecycle is not None and _jsonpath.get(fields, res.lifecycle.path, _MISSING) is _MISSING:
            _jsonpath.put(item, res.lifecycle.path, res.lifecycle.first)
        if res.secret is not None:
            item[MINTED] = res.secret.make(call.rng, item)
        extra = hook(call, item) if hook is not None else None
        for name in res.unique:
            if any(other.get(name) == item.get(name) for other in coll.values(parent_key)):
                raise Conflict(f"{res.name} {name} {item.get(name)!r} already exists")
        key = self.key(res, item[res.id_field], parent_key)
        if coll.get(key) is not None:
            raise Conflict(f"{res.name} {item[res.id_field]} already exists")
        coll.put(key, item)
        if res.lifecycle is not None:
            enter(res.lifecycle, coll, key, item, _jsonpath.get(item, res.lifecycle.path), self.clock.now())
        self._exclusive(res, item)
        if res.secret is not None:  # shown in this answer only; checked on every use (admit)
            self.credentials.grant(res.secret.scheme, item[MINTED], resource=res.name, key=key)
            extra = {res.secret.shown: item[MINTED], **(extra or {})}
        call.touched = (res, item)
        return item, extra

    def update(self, call: Served, res: Resource, item: Item, step: Update) -> Any:
        self.check_refs(call, res)
        before = json.loads(json.dumps(item))
        body = call.body if isinstance(call.body, dict) else {}
        props = self.shaper.properties(self.spec.schema(res.schema))
        for name, value in body.items():
            if name in props and name != res.id_field and self.spec.validator(props[name]).is_valid(value):
                item[name] = _merge(item.get(name), value)
        item.update(step.fields)
        if step.hook is not None:
            try:
                step.hook(call, item, before)
            except Exception:
                item.clear()
                item.update(before)
                raise
        stamp = self.clock.iso()
        for name in res.updated:
            item[name] = stamp
        self._exclusive(res, item)
        return call.render(res.name, item)

    def _exclusive(self, res: Resource, item: Item) -> None:
        """Clear each exclusive flag the item holds on its siblings of the same group."""
        for flag, among in res.exclusive.items():
            if item.get(flag) is True:
                for other in self.store.collection(res.name).values(item.get(PARENT)):
                    if other is not item and all(other.get(name) == item.get(name) for name in among):
                        other[flag] = False

    def check_refs(self, call: Served, res: Resource) -> None:
        """Refuse a body whose ``refs`` name no live item (see :class:`Resource`)."""
        for field_path, target in res.refs.items():
            where = field_path if field_path.startswith("$") else f"$.{field_path}"
            values = _jsonpath.find(call.body, where)
            if not values:
                continue
            name, _, field = target.partition(".")
            ref = self.resources[name]
            parent = call.scope().get(ref.parent) if ref.parent else None
            self.settle_all(ref, call)
            under = self._key_of(ref.parent, parent) if parent is not None else None
            live = [i for i in self.store.collection(name).values(under) if not leaving(ref.lifecycle, i)]
            known = {str(_jsonpath.get(i, f"$.{field or ref.id_field}")) for i in live}
            for value in values:
                if value is not None and str(value) not in known:
                    raise self._unknown(call, where, value, name)

    def _unknown(self, call: Served, where: str, value: Any, name: str) -> Exception:
        loc = ("body", *(p for p in _jsonpath.selectors(where) if isinstance(p, str | int)))
        status = self.provider.statuses.reference
        if status == 404 or (status is None and call.operation.declares(404)):
            return NotFound(str(loc[-1]), str(value))
        issue = Issue(loc, f"{value!r} names no {name} item", "does_not_exist", value)
        return Refused(status or self.provider.statuses.validation, str(issue.msg), "does_not_exist", None, (issue,))

    def admit(self, call: Served) -> None:
        """Refuse a request made with a created credential (:class:`Secret`) that no longer works."""
        meta = call.credential_meta()
        res = self.resources.get(meta.get("resource", ""))
        if res is None or res.secret is None:
            return
        secret, key = res.secret, str(meta.get("key"))
        item = self.store.collection(res.name).get(key)
        if item is not None:
            self.settle(res, key, item, call)
        expires = item.get(secret.expires) if item is not None and secret.expires else None
        if (
            item is None
            or leaving(res.lifecycle, item)
            or (secret.active is not None and not item.get(secret.active))
            or (expires and parse_iso(expires).timestamp() <= call.now())
        ):
            raise AuthFailed("invalid", None)
        if secret.used is not None:
            item[secret.used] = self.clock.iso()
        if secret.readonly is not None and item.get(secret.readonly) and call.method != "GET":
            scheme = self.spec.schemes.get(secret.scheme, {})
            issue = Issue(("header", str(scheme.get("name", "Authorization"))), "this key may only read")
            raise Refused(403, "Forbidden", "forbidden", issues=(issue,))

    def delete(self, call: Served, res: Resource, item: Item, step: Delete) -> Any:
        flag = next((f for f in res.undeletable if item.get(f) is True), None)
        if flag is not None:
            parent = call.scope().get(res.parent) if res.parent else None
            # A parent being deleted takes its default with it.
            if not (parent and leaving(self.resources[res.parent or ""].lifecycle, parent)):
                raise Conflict(f"the {flag.removeprefix('is_')} {res.noun} cannot be deleted")
        answer = step.hook(call, item) if step.hook is not None else None
        lifecycle = res.lifecycle
        if lifecycle is not None and lifecycle.deleting is not None:
            if state_of(lifecycle, item) not in (lifecycle.deleting, lifecycle.gone):
                self.move(res, item, lifecycle.deleting, call)
                for name in res.updated:
                    item[name] = self.clock.iso()
        else:
            self.store.collection(res.name).pop(self.key(res, item[res.id_field], item.get(PARENT)))
        if answer is None or call.operation.success.json is None:
            return call.render(res.name, item)
        return answer

    def move_step(self, call: Served, res: Resource, item: Item, step: Move) -> Any:
        lifecycle = res.lifecycle
        assert lifecycle is not None, f"{res.name}: Move needs a lifecycle"
        state = state_of(lifecycle, item)
        if step.when and state not in step.when:
            raise Conflict(f"{res.noun} is {state}")
        self.move(res, item, step.to, call)
        answer = step.hook(call, item) if step.hook is not None else None
        return answer if answer is not None else call.render(res.name, item)

    def shown(self, call: Served, res: Resource, item: Item) -> Item:
        """The item as answered: its view (:attr:`Resource.view`), then its :class:`Count` fields."""
        shown = res.view(call, item) if res.view is not None else item
        if not res.counts:
            return shown
        for name in {count.resource for count in res.counts.values()}:  # once each, not once per count
            self.settle_all(self.resources[name], call)
        counted = {}
        for field, count in res.counts.items():
            kin = self.resources[count.resource]
            coll = self.store.collection(kin.name)
            if count.via is None:
                kids = coll.values(self._key_of(res.name, item))
            else:
                kids = [i for i in coll.values() if i.get(count.via) == item[res.id_field]]
            wanted = count.where.items()
            counted[field] = sum(not leaving(kin.lifecycle, k) and all(k.get(f) == v for f, v in wanted) for k in kids)
        return {**shown, **counted}

    def synthesise(self, call: Served) -> Any:
        """The spec's answer, filled from the item the path names where it has the same fields."""
        op = call.operation
        if op.success.json is None:
            if op.success.any is not None and op.success.media and "json" not in op.success.media:
                text = synth(self.spec, self.spec.at(op.success.any), call.rng)
                return Reply(text=str(text or ""), media=op.success.media)
            return None
        body = synth(self.spec, self.spec.at(op.success.json), call.rng)
        scope = call.scope()
        enveloped = isinstance(body, dict) and isinstance(body.get("data"), dict)
        target = body["data"] if enveloped else body
        if isinstance(target, dict):
            if scope:  # the item the path names, where the answer has a field of the same name that can hold it
                name, item = list(scope.items())[-1]
                item, props = self.shown(call, self.resources[name], item), self.shaper.properties(op.success.json)
                if enveloped:
                    props = self.shaper.properties(props.get("data", op.success.json))
                valid = {k: v for k, v in item.items() if k in target and k in props and not k.startswith("_")}
                target.update({k: v for k, v in valid.items() if self.spec.validator(props[k]).is_valid(v)})
            for name, value in call.path.items():  # the path's own values win
                if isinstance(target.get(name), str):
                    target[name] = value
        if op.pagination and isinstance(body, dict | list):
            items = _jsonpath.get(body, op.pagination["items"]) if op.pagination["items"] != "$" else body
            pager = Pager(self.shaper, op, dict(call.query), call.url, strict=False)
            body = pager.page(body, items if isinstance(items, list) else [], _entry_key, _same)
        return body

    # -- helpers the Call uses ------------------------------------------------------------------------
    def template(self, schema: str) -> str:
        """A complete value of components schema ``schema`` (examples first), as JSON: made once."""
        found = self._templates.get(schema)
        if found is None:
            found = self._templates[schema] = json.dumps(
                synth(
                    self.spec,
                    self.spec.at(self.spec.schema(schema)),
                    self.rng,
                    complete=True,
                    minimal=self.provider.sparse,
                )
            )
        return found

    def _key_of(self, name: str | None, item: Item) -> str:
        res = self.resources[name or ""]
        return self.key(res, item[res.id_field], item.get(PARENT))

    def collection(self, name: str) -> Collection:
        if name not in self.resources:
            raise KeyError(f"no resource {name!r}; declared: {', '.join(self.resources)}")
        return self.store.collection(name)


def _step(action: Action) -> Step | Handler:
    if isinstance(action, str):
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}; choose from {', '.join(ACTIONS)} or an action object")
        found: Step = ACTIONS[action]  # type: ignore[assignment]
        return found
    return action


def _params(op: Operation) -> list[str]:
    return path_params(op.segments)


def _same_shape(path: str | None, segments: tuple[str, ...]) -> bool:
    """True when ``path`` (a resource's item path) is ``segments`` but for the names of whole-segment parameters."""
    mine = (path or "").split("/")
    if path is None or len(mine) != len(segments) or not _WHOLE.fullmatch(mine[-1]):
        return False
    return all(a == b or bool(_WHOLE.fullmatch(a) and _WHOLE.fullmatch(b)) for a, b in zip(mine, segments, strict=True))


def _merge(current: Any, change: Any) -> Any:
    """``change`` applied to ``current`` as a JSON merge patch (RFC 7386): objects merge, the rest replaces."""
    if not isinstance(current, dict) or not isinstance(change, dict):
        return change
    merged = dict(current)
    for key, value in change.items():
        merged[key] = _merge(current.get(key), value)
    return merged


def _entry_key(entry: Any) -> str:
    return str(entry.get("id")) if isinstance(entry, dict) else str(entry)


def _same(entry: Any) -> Any:
    return entry


def _reply(result: Any) -> Reply:
    return result if isinstance(result, Reply) else Reply(body=result)


class Served:
    """One validated request being served: the :class:`~facade.sandbox.Call` hooks receive."""

    def __init__(
        self,
        engine: Engine,
        operation: Operation | None,
        path: dict[str, str],
        query: dict[str, Any],
        body: Any,
        headers: Any,
        credential: tuple[str, str] | None,
        request_id: str,
        url: str,
    ) -> None:
        self.engine = engine
        self._operation = operation
        self.op_id = operation.op_id if operation else ""
        self.method = operation.method if operation else ""
        self.path_template = operation.path if operation else ""
        self.path, self.query, self.body, self.headers = path, query, body, headers
        self.credential, self.request_id, self.url = credential, request_id, url
        self.rng, self.seed = engine.rng, engine.seed
        self.touched: tuple[Resource, Item] | None = None
        self._scope: dict[str, Item] | None = None

    @property
    def operation(self) -> Operation:
        if self._operation is None:
            raise RuntimeError("this hook runs outside a request")
        return self._operation

    # -- time ---------------------------------------------------------------------------------------------
    def now(self) -> float:
        return self.engine.clock.now()

    def timestamp(self, at: float | None = None) -> str:
        return self.engine.clock.iso(at)

    # -- the items the path names ----------------------------------------------------------------------
    def scope(self) -> dict[str, Item]:
        """Every item the path names, by resource name, each checked against its parent (else 404)."""
        if self._scope is not None:
            return self._scope
        engine = self.engine
        found: dict[str, Item] = {}
        chain = engine.chain(self.op_id) if self._operation is not None else ()
        route = engine.routes.get(self.op_id)
        for n, (param, res) in enumerate(chain):
            value = self.path.get(param, "")
            parent = found.get(res.parent) if res.parent else None
            parent_key = engine._key_of(res.parent, parent) if parent is not None else None
            if isinstance(res.ids, Natural) and res.parent and parent is None:
                raise NotFound(param, value)
            key = engine.key(res, value, parent_key)
            item = engine.store.collection(res.name).get(key)
            if item is None or (parent_key is not None and item.get(PARENT) != parent_key):
                raise NotFound(param, value)
            engine.settle(res, key, item, self)
            lifecycle = res.lifecycle
            leaf_get = n == len(chain) - 1 and route is not None and isinstance(route[1], Get) and route[0] is res
            gone = lifecycle is not None and lifecycle.gone is not None and state_of(lifecycle, item) == lifecycle.gone
            if gone and not leaf_get:  # a deleted item can be read, but nothing under it or done to it exists
                raise NotFound(param, value)
            found[res.name] = item
        self._scope = found
        return found

    def scoped(self, resource: str) -> Item | None:
        return self.scope().get(resource)

    def item(self, resource: str, states: Sequence[Any] = ()) -> Item:
        found = self.scoped(resource)
        if found is None:
            param = self.engine.id_params.get(resource) or "id"
            found = self.find(resource, self.path.get(param, ""))
        state = self.state(resource, found) if states else None
        if states and state not in states:
            raise Conflict(f"{self.engine.resources[resource].noun} is {state}")
        return found

    # -- the store ---------------------------------------------------------------------------------------
    def items(self, resource: str, parent: Any = None) -> list[Item]:
        engine = self.engine
        res = engine.resources[resource]
        engine.settle_all(res, self)
        parent_key = None if parent is None else self._parent_key(res, parent)
        return list(engine.collection(resource).values(parent_key))

    def _parent_key(self, res: Resource, parent: Any) -> str:
        if isinstance(parent, dict):
            return self.engine._key_of(res.parent, parent)
        return str(parent)

    def get(self, resource: str, item_id: Any, parent: Any = None) -> Item | None:
        engine = self.engine
        res = engine.resources[resource]
        parent_key = None if parent is None else self._parent_key(res, parent)
        key = engine.key(res, item_id, parent_key)
        item = engine.collection(resource).get(key)
        if item is None or (parent_key is not None and item.get(PARENT) != parent_key):
            return None
        return engine.settle(res, key, item, self)

    def find(self, resource: str, item_id: Any, parent: Any = None) -> Item:
        found = self.get(resource, item_id, parent)
        if found is None:
            raise NotFound(self.engine.id_params.get(resource) or "id", str(item_id))
        return found

    def create(self, resource: str, fields: Item, parent: Any = None) -> Item:
        engine = self.engine
        res = engine.resources[resource]
        parent_item = parent if isinstance(parent, dict) or parent is None else None
        if parent is not None and parent_item is None and res.parent:
            parent_item = self.find(res.parent, parent)
        touched = self.touched
        item, _ = engine.create(self, res, fields, parent_item)
        self.touched = touched
        return item

    def remove(self, resource: str, item: Item) -> None:
        res = self.engine.resources[resource]
        self.engine.collection(resource).pop(self.engine.key(res, item[res.id_field], item.get(PARENT)))

    def state(self, resource: str, item: Item) -> Any:
        res = self.engine.resources[resource]
        if res.lifecycle is None:
            raise ValueError(f"resource {resource} has no lifecycle")
        return state_of(res.lifecycle, item)

    def move(self, resource: str, item: Item, state: Any) -> None:
        self.engine.move(self.engine.resources[resource], item, state, self)

    def shared(self, key: str, default: Any) -> Any:
        return self.engine.store.shared.setdefault(key, default)

    # -- credentials ----------------------------------------------------------------------------------
    def credential_meta(self) -> Item:
        if self.credential is None:
            return {}
        return self.engine.credentials.meta(*self.credential) or {}

    def grant(self, scheme: str, value: str, **meta: Any) -> None:
        self.engine.credentials.grant(scheme, value, **meta)

    def revoke(self, scheme: str, value: str) -> None:
        self.engine.credentials.revoke(scheme, value)

    # -- answers ------------------------------------------------------------------------------------------
    def render(self, resource: str, item: Item, extra: Item | None = None) -> Any:
        engine, op = self.engine, self.operation
        res = engine.resources[resource]
        success = op.success.json
        if success is None:
            return None
        shown = engine.shown(self, res, item)
        target = engine.spec.schema(res.schema)
        shaper = engine.shaper
        found = shaper.locate(success, target, res.id_field)
        if found is None:  # not an envelope of the item (an acknowledgement): fill what it has in common
            body = shaper.fit(success, shown, target, self.rng, extra)
            id_param = engine.id_params.get(resource)
            if isinstance(body, dict) and id_param and id_param in shaper.properties(success):
                body[id_param] = item[res.id_field]
            return body
        path, is_list = found
        pointer = shaper.field_schema(success, path) if path else success
        assert pointer is not None
        if is_list:  # one item answered as a one-element list
            resolved = engine.spec.resolve(engine.spec.at(pointer), pointer)[1]
            value: Any = [shaper.fit(f"{resolved}/items", shown, target, self.rng, extra)]
        else:
            value = shaper.fit(pointer, shown, target, self.rng, extra)
        if not path:
            return value
        body = _jsonpath.put(synth(engine.spec, engine.spec.at(success), self.rng), path, value)
        for name, field in (extra or {}).items():  # an extra field of the envelope itself (a secret)
            if name in shaper.properties(success):
                body[name] = field
        return body

    def page(
        self, resource: str, items: Sequence[Item], query: dict[str, Any] | None = None, total: int | None = None
    ) -> Any:
        engine, op = self.engine, self.operation
        res = engine.resources[resource]
        target = engine.spec.schema(res.schema)
        if op.pagination is not None:
            items_path = op.pagination["items"]
        else:
            found = engine.shaper.locate(op.success.json, target, res.id_field) if op.success.json else None
            items_path = _jsonpath.render(found[0]) if found else "$"
        body = synth(engine.spec, engine.spec.at(op.success.json), self.rng) if op.success.json else None
        if items_path == "$":
            body = None
        entry = item_schema_of_list(engine.shaper, op, items_path)
        shape = engine.shaper.projector(entry, target, self.rng)
        if res.view is not None or res.counts:
            base = shape

            def shape(item: Item) -> Item:
                return base(engine.shown(self, res, item))

        pager = Pager(engine.shaper, op, dict(self.query) if query is None else query, self.url)
        if op.pagination is None:
            pager.pag = {"style": "none", "items": items_path}
        return pager.page(body, items, lambda i: str(i.get(res.id_field)), shape, total)

    def shown(self, resource: str, item: Item) -> Item:
        return self.engine.shown(self, self.engine.resources[resource], item)

    def synthesise(self) -> Any:
        return self.engine.synthesise(self)

    def document(self) -> dict[str, Any]:
        return self.engine.spec.doc

    def example(self, schema: str) -> Item:
        value: Item = json.loads(self.engine.template(schema))
        return value
