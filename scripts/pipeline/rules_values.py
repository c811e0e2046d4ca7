"""Normalisation rules for values inside schemas: defaults, examples and enums of the wrong type.

A value that can be read as the declared type without losing anything is converted (``"4"`` to
``4`` on an integer, ``true`` to ``"true"`` on a string); any other is dropped (a default or an
example is documentation the generator would otherwise choke on: ``default: false`` on an integer
makes it skip the endpoint, and openapi-spec-validator refuses the whole spec).
"""

from __future__ import annotations

import json
import re
from typing import Any

from .rulebase import Context, Parts, schemas, types

_INT = re.compile(r"^[+-]?\d+$")
_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
_DROP = object()


def fits(value: Any, kinds: set[str]) -> bool:
    """Whether a JSON value is of one of the JSON Schema types (no types: anything fits)."""
    if not kinds:
        return True
    checks = {
        "null": value is None,
        "boolean": isinstance(value, bool),
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, int | float) and not isinstance(value, bool),
        "string": isinstance(value, str),
        "array": isinstance(value, list),
        "object": isinstance(value, dict),
    }
    return any(checks.get(kind, True) for kind in kinds)


def coerce(value: Any, kinds: set[str]) -> Any:
    """``value`` as one of ``kinds`` when that loses nothing, else ``_DROP``."""
    for kind in ("integer", "number", "boolean", "string"):
        if kind not in kinds:
            continue
        if kind == "integer" and isinstance(value, str) and _INT.match(value.strip()):
            return int(value)
        if kind == "integer" and isinstance(value, float) and value.is_integer():
            return int(value)
        if kind == "number" and isinstance(value, str) and _NUMBER.match(value.strip()):
            number = float(value)
            return int(number) if number.is_integer() and _INT.match(value.strip()) else number
        if kind == "boolean" and isinstance(value, str) and value.strip().lower() in ("true", "false"):
            return value.strip().lower() == "true"
        if kind == "string" and isinstance(value, bool | int | float):
            return json.dumps(value)
    return _DROP


def _a(kinds: set[str]) -> str:
    kind = "/".join(sorted(kinds))
    return f"{'an' if kind[:1] in 'aeiou' else 'a'} {kind}"


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


def _fix_value(ctx: Context, owner: dict[str, Any], key: str, parts: Parts, kinds: set[str], what: str) -> None:
    value = owner[key]
    if fits(value, kinds):
        return
    kind = _a(kinds)
    fixed = coerce(value, kinds)
    if fixed is _DROP:
        del owner[key]
        ctx.repair((*parts, key), f"{what} {_show(value)} is not {kind}: dropped")
    else:
        owner[key] = fixed
        ctx.repair((*parts, key), f"{what} {_show(value)} is not {kind}: now {_show(fixed)}")


def _fix_item(ctx: Context, listed: list[Any], i: int, parts: Parts, kinds: set[str]) -> None:
    value = listed[i]
    if fits(value, kinds):
        return
    fixed, kind = coerce(value, kinds), _a(kinds)
    if fixed is _DROP:
        del listed[i]
        ctx.repair((*parts, "examples", i), f"example {_show(value)} is not {kind}: dropped")
    else:
        listed[i] = fixed
        ctx.repair((*parts, "examples", i), f"example {_show(value)} is not {kind}: now {_show(fixed)}")


def _parameters(ctx: Context) -> list[tuple[Parts, dict[str, Any], set[str]]]:
    """Parameter objects with an ``example`` beside their schema: (parts, parameter, schema types)."""
    found = []
    for parts, schema in schemas(ctx.spec):
        if parts[-1] != "schema":
            continue
        holder: Any = ctx.spec
        for part in parts[:-1]:
            holder = holder[part]
        if isinstance(holder, dict) and "in" in holder and "example" in holder:
            found.append((parts[:-1], holder, types(ctx.resolve(schema))))
    return found


def defaults(ctx: Context) -> None:
    for parts, schema in schemas(ctx.spec):
        if "default" in schema:
            _fix_value(ctx, schema, "default", parts, types(schema), "default")


def examples(ctx: Context) -> None:
    for parts, schema in schemas(ctx.spec):
        kinds = types(schema)
        if "example" in schema:
            _fix_value(ctx, schema, "example", parts, kinds, "example")
        listed = schema.get("examples")
        if isinstance(listed, list):
            # Backwards, so a dropped example does not shift the ones still to check.
            for i in reversed(range(len(listed))):
                _fix_item(ctx, listed, i, parts, kinds)
    for parts, param, kinds in _parameters(ctx):
        _fix_value(ctx, param, "example", parts, kinds, "example")


def enums(ctx: Context) -> None:
    for parts, schema in schemas(ctx.spec):
        values = schema.get("enum")
        kinds = types(schema)
        if not isinstance(values, list) or not kinds:
            continue
        kept: list[Any] = []
        for value in values:
            if value is None and "null" not in kinds:
                ctx.repair((*parts, "enum"), "enum holds null but the schema is not nullable: null removed")
                continue
            if fits(value, kinds):
                kept.append(value)
                continue
            fixed = coerce(value, kinds)
            kind = _a(kinds)
            if fixed is _DROP:
                ctx.repair((*parts, "enum"), f"enum value {_show(value)} is not {kind}: removed")
            else:
                ctx.repair((*parts, "enum"), f"enum value {_show(value)} is not {kind}: now {_show(fixed)}")
                kept.append(fixed)
        if kept != values:
            if kept:
                schema["enum"] = _unique(kept)
            else:
                del schema["enum"]


def _unique(values: list[Any]) -> list[Any]:
    seen: set[str] = set()
    out = []
    for value in values:
        key = json.dumps(value, sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append(value)
    return out
