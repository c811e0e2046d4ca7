"""Read-only questions about an OpenAPI document: its operations, and what a schema holds."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from .shared import jp

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Deeper than any real schema nests; a bound for walks over recursive schemas.
_MAX_DEPTH = 64


def resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """``node`` with local ``$ref``s followed (validation has ruled out dangling refs and cycles)."""
    return jp.resolve(spec, node)[0]


def operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) in document order."""
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                yield path, method, item[method]


def parameters(spec: Mapping[str, Any], path: str, op: Mapping[str, Any]) -> list[Any]:
    """The operation's parameters (path-level first, as declared; unresolved)."""
    return [*(spec["paths"][path].get("parameters") or []), *(op.get("parameters") or [])]


def success_schema(spec: Mapping[str, Any], op: Mapping[str, Any]) -> Any:
    """The schema of the first JSON 2xx response, resolved; None without one."""
    for status, response in sorted((op.get("responses") or {}).items()):
        if str(status).startswith("2"):
            content = resolve(spec, response).get("content") or {}
            for ctype, media in content.items():
                if "json" in ctype:
                    return resolve(spec, media.get("schema", {}))
    return None


def schema_at(spec: Mapping[str, Any], schema: Any, parts: tuple[jp.Selector, ...], depth: int = 0) -> Any:
    """The schema of the value at ``parts`` inside a value of ``schema`` (through allOf/anyOf/oneOf).

    A wildcard (``jp.selectors("$.data[*].status")``) stands for any item of an array or any
    member of a map (``additionalProperties``).
    """
    schema = resolve(spec, schema)
    if not parts:
        return schema
    if not isinstance(schema, dict) or depth > _MAX_DEPTH:
        return None
    for sub in (schema.get("allOf") or []) + (schema.get("anyOf") or []) + (schema.get("oneOf") or []):
        found = schema_at(spec, sub, parts, depth + 1)
        if found is not None:
            return found
    head = parts[0]
    if head is jp.WILDCARD:
        if "items" in schema:
            return schema_at(spec, schema["items"], parts[1:], depth + 1)
        extra = schema.get("additionalProperties")
        return schema_at(spec, extra, parts[1:], depth + 1) if isinstance(extra, dict) else None
    if isinstance(head, int):
        return schema_at(spec, schema.get("items") or {}, parts[1:], depth + 1) if "items" in schema else None
    props = schema.get("properties") or {}
    return schema_at(spec, props[head], parts[1:], depth + 1) if isinstance(head, str) and head in props else None


def types(schema: Any) -> set[str]:
    kind = schema.get("type") if isinstance(schema, dict) else None
    return set(kind) if isinstance(kind, list) else {kind} if kind else set()


def type_name(spec: Mapping[str, Any], schema: Any, depth: int = 0) -> str:
    """A short JSON type name for a schema: ``string``, ``integer``, ``array[string]``, ``object``."""
    node = resolve(spec, schema or {})
    if not isinstance(node, dict) or depth > _MAX_DEPTH:
        return "any"
    for key in ("anyOf", "oneOf"):
        options = [resolve(spec, s) for s in node.get(key) or []]
        options = [o for o in options if isinstance(o, dict) and o.get("type") != "null"]
        if options:
            return type_name(spec, options[0], depth + 1) if len(options) == 1 else "any"
    kind = node.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    if kind == "array":
        return f"array[{type_name(spec, node.get('items'), depth + 1)}]"
    if kind is None:
        return "object" if "properties" in node or "allOf" in node else "any"
    return str(kind)


def enum(spec: Mapping[str, Any], schema: Any) -> list[Any] | None:
    """The allowed values of a schema (of its items, for an array), without null."""
    node = resolve(spec, schema or {})
    if isinstance(node, dict) and node.get("type") == "array":
        node = resolve(spec, node.get("items") or {})
    values = node.get("enum") if isinstance(node, dict) else None
    return [v for v in values if v is not None] if values else None


def summary(op: Mapping[str, Any]) -> str:
    """The operation's summary (or the first line of its description), at most 120 characters.

    A longer one is cut at a word and marked with an ellipsis, never in the middle of a word or markup.
    """
    text = str(op.get("summary") or op.get("description") or "").strip()
    line = text.splitlines()[0].strip() if text else ""
    if len(line) <= 120:
        return line
    cut = line[:119].rsplit(" ", 1)[0]
    if cut.count("`") % 2:  # an inline code span left open
        cut = cut[: cut.rindex("`")]
    return f"{cut.rstrip(' ,;:-(*')}…"
