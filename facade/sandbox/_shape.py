"""Where items go in an answer, read from the spec: envelopes, projections onto other schemas, paging fields.

Nothing here is declared per provider: an operation's success schema says where its item (or its
list) sits (``{"data": Deployment}``, a bare ``Cluster``, ``{"items": [...], "nextCursor": ""}``),
and the ``x-pagination`` extension says which paging fields exist. A field is only written where the
schema declares it, and never as null where the schema forbids null.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode

from .. import _jsonpath
from ._errors import Invalid
from ._hooks import public
from ._spec import Operation, Spec
from ._synth import synth

Item = dict[str, Any]
Part = str | int
DEFAULT_PAGE_SIZE = 25  # a page's size when the request names none and the spec gives no default or maximum
_SEARCH_DEPTH = 4


class Shaper:
    """Shapes items into the success bodies of one spec's operations (results cached per pointer)."""

    def __init__(self, spec: Spec, minimal: bool = False) -> None:
        self.spec, self.minimal = spec, minimal  # minimal: items get no placeholder fields (Provider.sparse)
        self.locate = lru_cache(maxsize=None)(self._locate)
        self.properties = lru_cache(maxsize=None)(self._properties)
        self.field_schema = lru_cache(maxsize=None)(self._field_schema)

    # -- finding things in schemas ---------------------------------------------------------------
    def _contains(self, pointer: str, target: str) -> bool:
        """True when the schema at ``pointer`` is ``target`` or an allOf that includes it."""
        node, ptr = self.spec.resolve(self.spec.at(pointer), pointer)
        if ptr == target:
            return True
        if not isinstance(node, dict):
            return False
        # allOf [target, ...] extends it; anyOf/oneOf [target, null] is it or nothing.
        return any(
            self.spec.resolve(sub, f"{ptr}/{key}/{i}")[1] == target
            for key in ("allOf", "anyOf", "oneOf")
            for i, sub in enumerate(node.get(key) or [])
        )

    def _locate(self, pointer: str, target: str, id_field: str) -> tuple[tuple[str, ...], bool] | None:
        """(path, is a list) of the place under ``pointer`` where an item of schema ``target`` goes.

        The shallowest node that is ``target`` (or extends it, or is a list of it); failing that,
        the shallowest object with an ``id_field`` property (another view of the same item:
        ``{"data": {"id", "revoked_at"}}``). None: the answer is not about one item.
        """
        queue: list[tuple[str, tuple[str, ...]]] = [(pointer, ())]
        fallback: tuple[tuple[str, ...], bool] | None = None
        while queue:
            ptr, path = queue.pop(0)
            if self._contains(ptr, target):
                return path, False
            node, resolved = self.spec.resolve(self.spec.at(ptr), ptr)
            if not isinstance(node, dict):
                continue
            if node.get("type") == "array" and "items" in node and self._contains(f"{resolved}/items", target):
                return path, True
            props = self.properties(resolved)
            if fallback is None and id_field in props:
                fallback = (path, False)
            if len(path) < _SEARCH_DEPTH:
                queue.extend((sub, (*path, name)) for name, sub in props.items())
        return fallback

    def _properties(self, pointer: str) -> dict[str, str]:
        """Property name -> schema pointer of an object schema (allOf members merged, refs followed)."""
        node, ptr = self.spec.resolve(self.spec.at(pointer), pointer)
        if not isinstance(node, dict):
            return {}
        found: dict[str, str] = {}
        for i, _sub in enumerate(node.get("allOf") or []):
            found.update(self.properties(f"{ptr}/allOf/{i}"))
        for key in ("anyOf", "oneOf"):
            for i, sub in enumerate(node.get(key) or []):
                if self.spec.resolve(sub, f"{ptr}/{key}/{i}")[0].get("type") != "null":
                    found.update(self.properties(f"{ptr}/{key}/{i}"))
                    break
        found.update({name: f"{ptr}/properties/{_escape(name)}" for name in node.get("properties") or {}})
        return found

    def _field_schema(self, pointer: str, path: tuple[Part, ...]) -> str | None:
        """The pointer of the schema at ``path`` under the schema at ``pointer`` (arrays step into items)."""
        ptr: str | None = pointer
        for part in path:
            if ptr is None:
                return None
            node, resolved = self.spec.resolve(self.spec.at(ptr), ptr)
            if isinstance(node, dict) and node.get("type") == "array":
                node, resolved = self.spec.resolve(node.get("items", {}), f"{resolved}/items")
            ptr = self.properties(resolved).get(str(part))
        return ptr

    def nullable(self, pointer: str) -> bool:
        return self.spec.validator(pointer).is_valid(None)

    # -- filling ---------------------------------------------------------------------------------
    def fit(self, pointer: str, item: Item, target: str | None, rng: random.Random, extra: Item | None = None) -> Any:
        """An object of the schema at ``pointer`` carrying every field of ``item`` it can hold validly.

        When the schema is (or extends) ``target``, the item's public fields go in as they are.
        """
        template = synth(self.spec, self.spec.at(pointer), rng, minimal=self.minimal)
        if not isinstance(template, dict):
            return template
        if target is not None and self._contains(pointer, target):
            out = {**template, **public(item)}
        else:
            out = dict(template)
            for name, prop in self.properties(pointer).items():
                if name in item and not name.startswith("_") and self.spec.validator(prop).is_valid(item[name]):
                    out[name] = item[name]
        for name, value in (extra or {}).items():
            if name in out or name in self.properties(pointer):
                out[name] = value
        return out

    def projector(self, pointer: str | None, target: str, rng: random.Random) -> Callable[[Item], Item]:
        """Items -> entries of the list item schema at ``pointer`` (the items themselves when it is ``target``)."""
        if pointer is None or self._contains(pointer, target):
            return public
        template = synth(self.spec, self.spec.at(pointer), rng, minimal=self.minimal)
        keys = list(self.properties(pointer))
        return lambda item: {**template, **{k: item[k] for k in keys if k in item}}


def item_schema_of_list(shaper: Shaper, op: Operation, items_path: str) -> str | None:
    """The pointer of one entry of the list at ``items_path`` in the operation's success schema."""
    if op.success.json is None:
        return None
    ptr = shaper.field_schema(op.success.json, _jsonpath.parse(items_path))
    if ptr is None:
        return None
    node, resolved = shaper.spec.resolve(shaper.spec.at(ptr), ptr)
    if isinstance(node, dict) and node.get("type") == "array" and "items" in node:
        return str(shaper.spec.resolve(node["items"], f"{resolved}/items")[1])
    return None


class Pager:
    """Cuts a list to the requested page and writes the paging fields the operation's ``x-pagination`` declares."""

    def __init__(self, shaper: Shaper, op: Operation, query: dict[str, Any], url: str, strict: bool = True) -> None:
        self.shaper, self.op, self.query, self.url = shaper, op, query, url
        self.strict = strict  # an unknown cursor is an error (False: a list made from the spec starts over)
        self.pag: dict[str, Any] = op.pagination or {"style": "none", "items": "$"}

    def size(self) -> int:
        pag = self.pag
        param = pag.get("size_param") if pag["style"] == "page" else pag.get("limit_param")
        size = self.query.get(param) if param else None
        if size is None:
            size = self._default(param)
        elif not isinstance(size, int):  # typed as a string (grpc-gateway's int64): what is no number asks for none
            size = int(size) if str(size).strip().isdigit() else self._default(param)
        if pag.get("max_page_size") and size > pag["max_page_size"]:
            raise Invalid.at("query", param or "limit", f"must be at most {pag['max_page_size']}", "less_than_equal")
        return max(int(size), 1) if param else int(size)

    def _default(self, param: str | None) -> int:
        """The page size when none is given: the parameter's default, else the largest page, else 25."""
        default = next((p.schema.get("default") for p in self.op.params if p.name == param), None)
        return int(default) if default is not None else int(self.pag.get("max_page_size") or 25)

    def page(
        self,
        body: Any,
        items: Sequence[Item],
        key: Callable[[Item], str],
        shape: Callable[[Item], Item],
        total: int | None = None,
    ) -> Any:
        """``body`` with the page of ``items`` at the items path and the declared paging fields set.

        ``total`` is the size of the whole list where ``items`` is what follows a cursor already.
        """
        pag, query = self.pag, self.query
        style = pag["style"]
        fields: dict[str, Any] = {}
        if style == "none":
            chunk, more = list(items), False
        else:
            size = self.size()
            start, more_query = 0, {}
            if style == "cursor" or (style == "next_url" and pag.get("cursor_param")):
                param = pag.get("cursor_param") or "cursor"
                cursor = query.get(param)
                if cursor:
                    found = position(items, str(cursor), key)
                    if found is None and self.strict:
                        raise Invalid.at("query", param, "cursor is not valid", "invalid_cursor")
                    start = 0 if found is None else found + 1
                chunk = list(items[start : start + size])
                more = start + size < len(items)
                fields["next_cursor"] = key(chunk[-1]) if more and chunk else None
                more_query = {param: fields["next_cursor"]}
            elif style == "page":
                first = int(pag.get("first_page", 1))
                number = query.get(pag.get("page_param") or "page")
                # A page below the first (io.net's page=0 with pages from 1) is the first page.
                number = first if number is None else max(int(number), first)
                start = (number - first) * size
                chunk = list(items[start : start + size])
                more = start + size < len(items)
            else:  # offset, or next_url over offsets
                param = pag.get("offset_param") or "offset"
                start = int(query.get(param) or 0)
                chunk = list(items[start : start + size])
                more = start + size < len(items)
                more_query = {param: start + size}
            if style == "next_url":
                fields["next_url"] = self._next_url(more_query) if more else None
        fields["has_more"], fields["total"] = more, len(items) if total is None else total
        body = _jsonpath.put(body if body is not None else {}, pag["items"], [shape(i) for i in chunk])
        for name in ("next_cursor", "next_url", "total", "has_more"):
            if pag.get(name) and name in fields:
                self._write(body, pag[name], fields[name])
        return body

    def _write(self, body: Any, path: str, value: Any) -> None:
        """Set a paging field as its schema types it: a count as a string where the spec says so
        (grpc-gateway's int64); an absent next cursor/URL is null only where the schema allows null."""
        ptr = self.shaper.field_schema(self.op.success.json, _jsonpath.parse(path)) if self.op.success.json else None
        kind = self.shaper.spec.resolve(self.shaper.spec.at(ptr), ptr)[0].get("type") if ptr is not None else None
        if value is None and ptr is not None and not self.shaper.nullable(ptr):
            if kind != "string":
                _drop(body, _jsonpath.parse(path))
                return
            value = ""
        elif kind == "string" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        _jsonpath.put(body, path, value)

    def _next_url(self, extra: dict[str, Any]) -> str:
        params = {k: v for k, v in self.query.items() if v is not None and not isinstance(v, list)}
        params.update(extra)
        return f"{self.url}?{urlencode(params)}"


def position(items: Sequence[Item], cursor: str, key: Callable[[Item], str]) -> int | None:
    """Where the item whose key is ``cursor`` sits in ``items`` (O(1) on a lazy view of a large collection)."""
    lookup = getattr(items, "position", None)  # a lazy view of a large collection: O(1)
    if lookup is not None:
        found: int | None = lookup(cursor)
        return found
    return next((i for i, item in enumerate(items) if key(item) == cursor), None)


def _drop(body: Any, parts: tuple[Part, ...]) -> None:
    parent = _jsonpath.get(body, parts[:-1])
    if isinstance(parent, dict):
        parent.pop(parts[-1], None)


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")
