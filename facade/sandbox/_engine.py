"""Generic handlers: list/get/create/update/delete over the store, and spec-synthesised answers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from ._provider import Ctx, Issue, Item, Reply, Resource

if TYPE_CHECKING:
    from ._spec import Spec


class ValidationFailed(Exception):
    """Raised by handlers to answer with the provider's validation error."""

    def __init__(self, *issues: Issue) -> None:
        super().__init__(issues[0].msg if issues else "invalid request")
        self.issues = issues


def segments(expr: str) -> list[str]:
    """``$.data.items`` -> ``['data', 'items']``; ``$`` -> ``[]``."""
    return [] if expr == "$" else expr[2:].split(".")


def set_at(body: Any, expr: str, value: Any) -> Any:
    """Set ``value`` at a dotted JSON path; returns the (possibly new) body."""
    parts = segments(expr)
    if not parts:
        return value
    node = body
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    node[parts[-1]] = value
    return body


def get_at(body: Any, expr: str) -> Any:
    """The value at a dotted JSON path, or None."""
    for part in segments(expr):
        if not isinstance(body, dict):
            return None
        body = body.get(part)
    return body


def now() -> str:
    """The current UTC time as the specs write it (``2026-03-02T08:15:00Z``)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def public(item: Item) -> Item:
    """An item without the sandbox's private ``_`` fields."""
    return {k: v for k, v in item.items() if not k.startswith("_")}


def schema_pointer_at(spec: Spec, pointer: str | None, expr: str) -> str | None:
    """The pointer of the (resolved) schema found at a dotted JSON path under ``pointer``."""
    if pointer is None:
        return None
    node, ptr = spec.resolve(spec.at(pointer), pointer)
    for part in segments(expr):
        if (isinstance(node, dict) and node.get("type") == "array") or part == "[]":
            node, ptr = spec.resolve(node["items"], f"{ptr}/items")
        props = node.get("properties") or {} if isinstance(node, dict) else {}
        if part not in props:
            for key in ("allOf", "anyOf", "oneOf"):
                for i, _sub in enumerate(node.get(key) or []):
                    found = schema_pointer_at(spec, f"{ptr}/{key}/{i}", f"$.{part}")
                    if found:
                        return found
            return None
        node, ptr = spec.resolve(props[part], f"{ptr}/properties/{part}")
    # anyOf [X, null]: the X
    if isinstance(node, dict) and "anyOf" in node and "properties" not in node:
        for i, sub in enumerate(node["anyOf"]):
            sub_node, sub_ptr = spec.resolve(sub, f"{ptr}/anyOf/{i}")
            if sub_node.get("type") != "null":
                return sub_ptr
    return ptr


def fit(ctx: Ctx, pointer: str | None, template: Any, item: Item, res: Resource | None) -> Any:
    """``template`` (an object of the schema at ``pointer``) with every field the item can fill validly."""
    spec = ctx.state.spec
    if pointer is None or not isinstance(template, dict):
        return template
    if pointer == f"#/components/schemas/{res.schema}" if res else False:
        return public(item)
    node, ptr = spec.resolve(spec.at(pointer), pointer)
    out = dict(template)
    for name in node.get("properties") or {}:
        if res is not None and name == res.id_param:
            out[name] = item[res.id_field]
        elif name in item and spec.validator(f"{ptr}/properties/{name}").is_valid(item[name]):
            out[name] = item[name]
    return out


class Engine:
    """Serves one operation generically, from its Resource (if any) and its spec entry."""

    def __init__(self, ctx: Ctx, res: Resource | None, action: str | None) -> None:
        self.ctx, self.res, self.action = ctx, res, action
        self.spec = ctx.state.spec

    def skeleton(self) -> Any:
        op = self.ctx.op
        if op.success_pointer is None:
            return None
        return self.spec.synth(self.spec.at(op.success_pointer), self.ctx.rng)

    def reply(self, body: Any) -> Reply:
        op = self.ctx.op
        if op.success_pointer is None and op.success_media is not None and "json" not in op.success_media:
            return Reply(op.success_status, text=str(body or ""), media=op.success_media)
        return Reply(op.success_status, body if op.success_pointer else None)

    def run(self) -> Reply:
        handler = {
            "list": self.list_items,
            "get": self.get,
            "create": self.create,
            "update": self.update,
            "delete": self.delete,
        }.get(self.action or "", self.synthesise)
        return handler()

    # -- the generic behaviours ------------------------------------------------------------
    def synthesise(self) -> Reply:
        op = self.ctx.op
        if op.success_pointer is None and op.success_media and "json" not in op.success_media:
            pointer = op.responses[str(op.success_status)].get("any")
            return self.reply(self.spec.synth(self.spec.at(pointer), self.ctx.rng) if pointer else "")
        body = self.skeleton()
        if op.pagination and isinstance(body, (dict, list)):
            items = get_at(body, op.pagination["items"]) if op.pagination["items"] != "$" else body
            body = self.page(body, items if isinstance(items, list) else [])
        return self.reply(self._fill_params(body))

    def _fill_params(self, body: Any) -> Any:
        # Echo path parameters into same-named response fields (a synthesised answer about "this" id).
        if isinstance(body, dict):
            target: dict[str, Any] = body["data"] if isinstance(body.get("data"), dict) else body
            for name, value in self.ctx.path_params.items():
                if name in target and isinstance(target[name], str):
                    target[name] = value
        return body

    def items(self) -> Sequence[Item]:
        assert self.res is not None
        coll = self.ctx.state.store.collection(self.res.name)
        values: Sequence[Item] = coll.values()
        if self.res.parent_param and self.res.parent_field:
            parent = self.ctx.path_params.get(self.res.parent_param)
            values = [v for v in values if v.get(self.res.parent_field) == parent]
        filters = self._filters()
        if filters:
            values = [v for v in values if all(str(v.get(k)) == str(f) for k, f in filters.items())]
        return values[::-1] if self.res.newest_first else values

    def _filters(self) -> dict[str, Any]:
        pag = self.ctx.op.pagination or {}
        paging = {pag.get(k) for k in ("cursor_param", "limit_param", "page_param", "size_param", "offset_param")}
        return {
            k: v for k, v in self.ctx.query.items() if k not in paging and v is not None and not isinstance(v, list)
        }

    def list_items(self) -> Reply:
        assert self.res is not None
        body = self.skeleton()
        items = self.items()
        pag = self.ctx.op.pagination or {"items": "$"}
        pointer = schema_pointer_at(self.spec, self.ctx.op.success_pointer, pag["items"])
        item_ptr = None
        if pointer is not None:
            node, ptr = self.spec.resolve(self.spec.at(pointer), pointer)
            if node.get("type") == "array" and "items" in node:
                item_ptr = self.spec.resolve(node["items"], f"{ptr}/items")[1]
        if item_ptr is None or item_ptr == f"#/components/schemas/{self.res.schema}":
            return self.reply(self.page(body, items, public))
        # The list shows a summary schema: project each item onto it, defaults from its example.
        node, _ = self.spec.resolve(self.spec.at(item_ptr), item_ptr)
        template = self.spec.synth(node, self.ctx.rng)
        keys = list(node.get("properties") or {})
        return self.reply(self.page(body, items, lambda i: {**template, **{k: i[k] for k in keys if k in i}}))

    def page(self, body: Any, items: Sequence[Item], shape: Callable[[Item], Item] | None = None) -> Any:
        """Cut ``items`` to the requested page and write it and the paging fields into ``body``."""
        pag = self.ctx.op.pagination or {"style": "none", "items": "$"}
        query = self.ctx.query
        style = pag["style"]
        fields: dict[str, Any] = {}
        size_param = pag.get("size_param") if style == "page" else pag.get("limit_param")
        size = query.get(size_param) if size_param else None
        if size is None:
            size = self._default_size(size_param, pag)
        if pag.get("max_page_size") and size is not None and size > pag["max_page_size"]:
            raise ValidationFailed(
                Issue(("query", size_param or "limit"), f"must be at most {pag['max_page_size']}", "less_than_equal")
            )
        total = len(items)
        if style == "cursor" or (style == "next_url" and pag.get("cursor_param")):
            cursor_param = pag.get("cursor_param") or "cursor"
            cursor = query.get(cursor_param)
            start = 0
            if cursor:
                idx = self._find(items, cursor)
                if idx is None:
                    raise ValidationFailed(Issue(("query", cursor_param), "cursor is not valid", "invalid_cursor"))
                start = idx + 1
            chunk = list(items[start : start + size])
            more = start + size < total
            next_cursor = str(chunk[-1].get(self._id_field())) if more and chunk else None
            fields = {"next_cursor": next_cursor, "has_more": more}
            if style == "next_url":
                fields["next_url"] = self._next_url({cursor_param: next_cursor}) if more else None
        elif style in ("offset", "next_url"):
            offset_param = pag.get("offset_param") or "offset"
            offset = int(query.get(offset_param) or 0)
            chunk = list(items[offset : offset + size])
            more = offset + size < total
            fields = {"has_more": more}
            if style == "next_url":
                fields["next_url"] = self._next_url({offset_param: offset + size}) if more else None
        elif style == "page":
            first = int(pag.get("first_page", 1))
            number = query.get(pag.get("page_param") or "page")
            # A page below the first (io.net's page=0 with pages from 1) is the first page.
            number = first if number is None else max(int(number), first)
            start = (number - first) * size
            chunk = list(items[start : start + size])
            fields = {"has_more": start + size < total}
        else:
            chunk = list(items)
            fields = {"has_more": False}
        fields["total"] = total
        if shape is not None:  # only the page is copied, never the whole collection
            chunk = [shape(i) for i in chunk]
        body = set_at(body if body is not None else {}, pag["items"], chunk)
        for key in ("next_cursor", "next_url", "total", "has_more"):
            if pag.get(key) and key in fields:
                set_at(body, pag[key], fields[key])
        return body

    def _find(self, items: Sequence[Item], cursor: str) -> int | None:
        position = getattr(items, "position", None)  # a lazy view of a large collection: O(1)
        if position is not None:
            found: int | None = position(cursor)
            return found
        return next((i for i, it in enumerate(items) if str(it.get(self._id_field())) == cursor), None)

    def _default_size(self, size_param: str | None, pag: dict[str, Any]) -> int:
        for param in self.ctx.op.params:
            if param.name == size_param and "default" in param.schema:
                return int(param.schema["default"])
        return int(pag.get("max_page_size") or 25)

    def _next_url(self, extra: dict[str, Any]) -> str:
        params = {k: v for k, v in self.ctx.query.items() if v is not None and not isinstance(v, list)}
        params.update(extra)
        return f"{self.ctx.state.base_url}{self.ctx.state.request_path}?{urlencode(params)}"

    def _id_field(self) -> str:
        return self.res.id_field if self.res else "id"

    def _lookup(self) -> Item:
        assert self.res is not None
        param = self.res.id_param or next(iter(self.ctx.path_params), "")
        item_id = self.ctx.path_params.get(param, "")
        item = self.ctx.state.store.collection(self.res.name).get(item_id)
        if item is None:
            raise NotFound(param, item_id)
        return item

    def _wrap(self, item: Item, extra: Item | None = None) -> Reply:
        assert self.res is not None
        op = self.ctx.op
        if op.success_pointer is None:
            return self.reply(None)
        body = self.skeleton()
        path = self.res.item_path
        pointer = schema_pointer_at(self.spec, op.success_pointer, path)
        if pointer is None:  # this answer is not an envelope (an acknowledgement): fill its root
            path, pointer = "$", schema_pointer_at(self.spec, op.success_pointer, "$")
        template = get_at(body, path) if path != "$" else body
        source = {**item, **(extra or {})}
        filled = fit(self.ctx, pointer, template if isinstance(template, dict) else {}, source, self.res)
        if extra and isinstance(filled, dict):
            filled = {**filled, **{k: v for k, v in extra.items() if k in (template or {})}}
        return self.reply(set_at(body, path, filled))

    def get(self) -> Reply:
        assert self.res is not None
        item = self._lookup()
        self.advance(item)
        return self._wrap(item)

    def advance(self, item: Item) -> None:
        """Move the item one step along its resource's lifecycle (called on each read)."""
        res = self.res
        if res and res.lifecycle and item.get(res.state_field) in res.lifecycle[:-1]:
            if item.get("_fresh"):
                item["_fresh"] = False
                return
            item[res.state_field] = res.lifecycle[res.lifecycle.index(item[res.state_field]) + 1]

    def create(self) -> Reply:
        assert self.res is not None
        res, ctx = self.res, self.ctx
        pointer = f"#/components/schemas/{res.schema}"
        item = self.spec.synth(self.spec.at(pointer), ctx.rng)
        body = ctx.body if isinstance(ctx.body, dict) else {}
        item = fit(ctx, pointer, item, body, None)
        item[res.id_field] = res.new_id(ctx.rng)
        if res.parent_param and res.parent_field:
            item[res.parent_field] = ctx.path_params.get(res.parent_param)
        self._stamp(pointer, item)
        if res.lifecycle:
            item[res.state_field] = res.lifecycle[0]
            item["_fresh"] = True
        extra = res.on_create(ctx, item) if res.on_create else None
        ctx.state.store.collection(res.name).put(str(item[res.id_field]), item)
        return self._wrap(item, extra)

    def _stamp(self, pointer: str, item: Item) -> None:
        node, _ = self.spec.resolve(self.spec.at(pointer), pointer)
        for name, sub in (node.get("properties") or {}).items():
            sub, _ = self.spec.resolve(sub, "#")
            if name in ("created_at", "createdAt", "updated_at", "updatedAt") and sub.get("format") == "date-time":
                item[name] = now()

    def update(self) -> Reply:
        assert self.res is not None
        item = self._lookup()
        pointer = f"#/components/schemas/{self.res.schema}"
        body = self.ctx.body if isinstance(self.ctx.body, dict) else {}
        item.update(fit(self.ctx, pointer, {}, body, None))
        return self._wrap(item)

    def delete(self) -> Reply:
        assert self.res is not None
        item = self._lookup()
        if self.res.on_delete:
            self.res.on_delete(self.ctx, item)
        if self.res.deleted_state:
            item[self.res.state_field] = self.res.deleted_state
        else:
            self.ctx.state.store.collection(self.res.name).pop(str(item[self.res.id_field]))
        return self._wrap(item)


class NotFound(Exception):
    """No item with this id: answered with the provider's 404."""

    def __init__(self, param: str, value: str) -> None:
        super().__init__(f"No resource with {param} {value} exists.")
        self.param, self.value = param, value
