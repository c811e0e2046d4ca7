"""Normalisation rules for schemas the generator would drop: colliding class names, unrenderable unions.

openapi-python-client (0.29) names a component's class after its ``title`` when it has one, and
when two components become one class name it keeps one and drops the other, and every operation
typed by it. It also cannot render (it warns, then skips the schema and what uses it):

- a union (``oneOf``/``anyOf``) with a member that is itself an ``allOf`` of several schemas;
- a component that is a union with an inline object member holding another inline object
  (the generator names the nested class twice: "duplicate models");
- an ``allOf`` of schemas that are not objects (two enums, a string and a pattern).

Such a node falls back to the widest type that still generates: ``type: object`` when every member
is an object, the shared scalar type when they share one, else any JSON value. The repair says so.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from .rulebase import Context, Parts, schemas, types

_NUMBERED = re.compile(r"^\d+$")


def _class_name(text: str) -> str:
    from openapi_python_client.strings import ClassName

    return str(ClassName(text, "field"))


def _pascal(word: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in re.split(r"[^A-Za-z0-9]+", word) if w)


def titles(ctx: Context) -> None:
    """Components whose class names collide get titles made unique by the rest of their key."""
    components = (ctx.spec.get("components") or {}).get("schemas") or {}
    by_class: dict[str, list[str]] = defaultdict(list)
    for key, schema in components.items():
        title = schema.get("title") if isinstance(schema, dict) else None
        by_class[_class_name(str(title or key))].append(key)
    taken = set(by_class)
    for class_name, keys in by_class.items():
        if len(keys) < 2:
            continue
        for key in keys:
            schema = components[key]
            title = schema.get("title") if isinstance(schema, dict) else None
            if not title or _class_name(key) == class_name:
                continue  # named by its key already: it keeps the name
            new = _unique_title(key, str(title), taken)
            taken.add(_class_name(new))
            schema["title"] = new
            ctx.repair(
                ("components", "schemas", key, "title"),
                f"title {title!r} makes class {class_name} for {len(keys)} schemas "
                f"({', '.join(keys[:3])}{', ...' if len(keys) > 3 else ''}): now {new!r}",
            )


def _unique_title(key: str, title: str, taken: set[str]) -> str:
    """The title, prefixed with as many of the key's own segments as make it unique (``CaasContainerConfig``)."""
    segments = [s for s in re.split(r"__+|\.", key) if s and s != title]
    numbers = [s for s in segments if _NUMBERED.match(s)]
    words = [s for s in segments if not _NUMBERED.match(s)]
    suffix = "".join(numbers)
    for n in range(1, len(words) + 1):
        candidate = "".join(_pascal(w) for w in words[-n:]) + _pascal(title) + suffix
        if _class_name(candidate) not in taken:
            return candidate
    if suffix and _class_name(_pascal(title) + suffix) not in taken:
        return _pascal(title) + suffix
    return _pascal(key)


# -- unions -------------------------------------------------------------------------------------------


def _inline_object(node: Any) -> bool:
    return isinstance(node, dict) and "$ref" not in node and ("object" in types(node) or "properties" in node)


def _nested_inline_object(node: Any) -> bool:
    props = node.get("properties") if isinstance(node, dict) else None
    return isinstance(props, dict) and any(_inline_object(p) and p.get("properties") for p in props.values())


def _problem(ctx: Context, parts: Parts, node: dict[str, Any]) -> str | None:
    for key in ("oneOf", "anyOf"):
        members = node.get(key)
        if not isinstance(members, list):
            continue
        for member in members:
            if isinstance(member, dict) and isinstance(member.get("allOf"), list) and len(member["allOf"]) > 1:
                return f"a {key} member is an allOf of {len(member['allOf'])} schemas"
        component = len(parts) == 3 and parts[:2] == ("components", "schemas")
        if component and any(_inline_object(m) and _nested_inline_object(m) for m in members):
            return f"the component is a {key} with an inline object holding another inline object"
    members = node.get("allOf")
    if isinstance(members, list) and len(members) > 1:
        resolved = [ctx.resolve(m) for m in members]
        scalars = [m for m in resolved if isinstance(m, dict) and types(m) - {"object", "null"}]
        if scalars:
            return f"an allOf of {len(members)} schemas, not all of them objects"
    return None


def _kinds(ctx: Context, member: Any) -> set[str]:
    """A member's JSON types; an allOf member has its parts' (objects all, for the generator's purposes)."""
    if not isinstance(member, dict):
        return set()
    if isinstance(member.get("allOf"), list):
        parts = [ctx.resolve(p) for p in member["allOf"]]
        if parts and all(isinstance(p, dict) and ("object" in types(p) or "properties" in p) for p in parts):
            return {"object"}
    return types(member) or ({"object"} if "properties" in member else set())


def _widest(ctx: Context, node: dict[str, Any]) -> dict[str, Any]:
    members = [ctx.resolve(m) for key in ("oneOf", "anyOf", "allOf") for m in node.get(key) or []]
    kinds = [_kinds(ctx, m) - {"null"} for m in members]
    nullable = any("null" in types(m) for m in members if isinstance(m, dict))
    objects = all(
        k == {"object"} or (not k and isinstance(m, dict) and "properties" in m)
        for k, m in zip(kinds, members, strict=True)
    )
    shared = set.intersection(*kinds) if kinds and all(kinds) else set()
    wide: dict[str, Any] = {}
    if members and objects:
        wide["type"] = ["object", "null"] if nullable else "object"
    elif len(shared) == 1 and not nullable:
        wide["type"] = next(iter(shared))
    for key in ("description", "title"):
        if key in node:
            wide[key] = node[key]
    return wide


def _describe(wide: dict[str, Any]) -> str:
    kind = wide.get("type")
    if kind is None:
        return "any JSON value"
    return "/".join(kind) if isinstance(kind, list) else str(kind)


def unions(ctx: Context) -> None:
    # Collected first, then rewritten deepest first, so a widened parent never hides a child's place.
    found = [(parts, node, why) for parts, node in schemas(ctx.spec) if (why := _problem(ctx, parts, node))]
    for parts, node, why in sorted(found, key=lambda f: -len(f[0])):
        wide = _widest(ctx, node)
        node.clear()
        node.update(wide)
        ctx.repair(parts, f"the generator cannot render this: {why}; widened to {_describe(wide)}")
