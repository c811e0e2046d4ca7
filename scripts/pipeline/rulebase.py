"""What every normalisation rule shares: the repair record, the context, and walks over a spec."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from .schema import HTTP_METHODS
from .shared import jp

Parts = tuple[jp.Part, ...]
# Keywords whose value is one schema, and those holding a list or a map of them (JSON Schema 2020-12 + OpenAPI).
SCHEMA_ONE = (
    "items",
    "additionalProperties",
    "not",
    "propertyNames",
    "contains",
    "if",
    "then",
    "else",
    "additionalItems",
    "unevaluatedItems",
    "unevaluatedProperties",
)
SCHEMA_LIST = ("allOf", "anyOf", "oneOf", "prefixItems")
SCHEMA_MAP = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class Repair:
    """One change a rule made: where (in the spec as loaded) and what."""

    rule: str
    parts: Parts
    message: str


@dataclass
class Context:
    """What a rule works on: the spec (changed in place), the provider and the repairs so far."""

    spec: dict[str, Any]
    provider: str
    repairs: list[Repair] = field(default_factory=list)
    rule: str = ""

    def repair(self, parts: Any, message: str) -> None:
        self.repairs.append(Repair(self.rule, tuple(parts), message))

    def resolve(self, node: Any) -> Any:
        """``node`` with local $refs followed; a dangling or cyclic one gives the node itself."""
        try:
            return jp.resolve(self.spec, node)[0]
        except (KeyError, IndexError, TypeError, ValueError):
            return node


def operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation), in document order, over a snapshot (rules may move operations)."""
    paths = spec.get("paths") or {}
    for path, item in list(paths.items()):
        if isinstance(item, dict):
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    yield path, method, item[method]


def _children(node: dict[str, Any], parts: Parts) -> Iterator[tuple[Parts, Any]]:
    for key in SCHEMA_ONE:
        if isinstance(node.get(key), dict):
            yield (*parts, key), node[key]
    for key in SCHEMA_LIST:
        if isinstance(node.get(key), list):
            yield from (((*parts, key, i), s) for i, s in enumerate(node[key]) if isinstance(s, dict))
    for key in SCHEMA_MAP:
        if isinstance(node.get(key), dict):
            yield from (((*parts, key, k), s) for k, s in node[key].items() if isinstance(s, dict))


def _roots(spec: Mapping[str, Any]) -> Iterator[tuple[Parts, Any]]:
    components = spec.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        yield ("components", "schemas", name), schema
    # Every "schema" of a parameter, header or media type, wherever it sits (paths and components).
    stack: list[tuple[Parts, Any]] = [(("paths",), spec.get("paths") or {})]
    stack += [(("components", k), v) for k, v in components.items() if k != "schemas"]
    while stack:
        where, node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "schema" and isinstance(value, dict):
                    yield (*where, key), value
                elif isinstance(value, dict | list) and key not in ("example", "examples"):
                    stack.append(((*where, key), value))
        elif isinstance(node, list):
            stack.extend(((*where, i), v) for i, v in enumerate(node))


def schemas(spec: Mapping[str, Any]) -> Iterator[tuple[Parts, dict[str, Any]]]:
    """Every schema object in the spec (not following $refs), with its parts, parents first."""
    for root_parts, root in _roots(spec):
        stack: list[tuple[Parts, Any]] = [(root_parts, root)]
        while stack:
            parts, node = stack.pop()
            yield parts, node
            stack.extend(reversed(list(_children(node, parts))))


def types(schema: Mapping[str, Any]) -> set[str]:
    """The JSON types a schema declares (``type`` as a string or list; 3.0 ``nullable`` adds null)."""
    kind = schema.get("type")
    found = set(kind) if isinstance(kind, list) else {kind} if isinstance(kind, str) else set()
    if schema.get("nullable") is True and found:
        found.add("null")
    return found
