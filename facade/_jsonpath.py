"""The one JSON-path and JSON-pointer vocabulary of compute-clients (facade, sandbox and pipeline).

Paths into JSON bodies are the small subset of RFC 9535 JSONPath that overlays and manifests use:
``$`` (the document), ``$.data.items``, ``$.data[3].status``, ``$.data[-1]``, ``$['page.limit']``;
:func:`find` also takes the wildcards ``[*]`` and ``.*`` (the CLI's ``--query``). Pointers are
RFC 6901 fragments into a spec (``#/components/schemas/User``). Pure Python, no dependencies:
the pipeline imports it too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

Part = str | int
_TOKEN = re.compile(
    r"\.([A-Za-z_$][\w$-]*)|\[(-?\d+)\]|\['((?:[^'\\]|\\.)*)'\]|\[\"((?:[^\"\\]|\\.)*)\"\]|(\.\*|\[\*\])"
)
_PLAIN = re.compile(r"[A-Za-z_$][\w$-]*")


class PathError(ValueError):
    """A path that is not in the supported subset (names the path and the offending position)."""


class _Wildcard:
    """``[*]`` / ``.*``: every member of an object or element of an array."""

    def __repr__(self) -> str:
        return "WILDCARD"


WILDCARD = _Wildcard()
Selector = Part | _Wildcard


@lru_cache(maxsize=1024)
def _selectors(expr: str) -> tuple[Selector, ...]:
    if not isinstance(expr, str) or not expr.startswith("$"):
        raise PathError(f"a path must start with '$', got {expr!r}")
    parts: list[Selector] = []
    pos = 1
    while pos < len(expr):
        found = _TOKEN.match(expr, pos)
        if found is None:
            raise PathError(
                f"unsupported path {expr!r} at position {pos}: expected .name, [index], ['name'] or a [*] wildcard"
            )
        name, index, single, double, wildcard = found.groups()
        if wildcard is not None:
            parts.append(WILDCARD)
        elif index is not None:
            parts.append(int(index))
        else:
            quoted = single if single is not None else double
            parts.append(name if name is not None else re.sub(r"\\(.)", r"\1", quoted))
        pos = found.end()
    return tuple(parts)


@lru_cache(maxsize=1024)
def parse(expr: str) -> tuple[Part, ...]:
    """``$.data[3]['page.limit']`` -> ``('data', 3, 'page.limit')``; ``$`` -> ``()``."""
    parts = _selectors(expr)
    if WILDCARD in parts:
        raise PathError(f"unsupported path {expr!r}: a wildcard selects many values; only find() takes one")
    return tuple(part for part in parts if not isinstance(part, _Wildcard))


def selectors(expr: str) -> tuple[Selector, ...]:
    """``$.data[*].status`` -> ``('data', WILDCARD, 'status')``: :func:`parse` that keeps wildcards."""
    return _selectors(expr)


def is_singular(expr: str) -> bool:
    """True when ``expr`` names at most one value (no wildcard): :func:`find` gives 0 or 1 of them."""
    return WILDCARD not in _selectors(expr)


def find(doc: Any, expr: str) -> list[Any]:
    """Every value ``expr`` selects in ``doc``, in document order (an RFC 9535 node list).

    A missing name or index selects nothing; ``[*]`` and ``.*`` select every element of an array
    or every member value of an object.
    """
    nodes = [doc]
    for part in _selectors(expr):
        selected: list[Any] = []
        for node in nodes:
            if part is WILDCARD:
                if isinstance(node, Mapping):
                    selected.extend(node.values())
                elif isinstance(node, list):
                    selected.extend(node)
            elif isinstance(part, int):
                if isinstance(node, list) and -len(node) <= part < len(node):
                    selected.append(node[part])
            elif isinstance(node, Mapping) and part in node:
                selected.append(node[part])
        nodes = selected
    return nodes


def render(parts: Iterable[Part]) -> str:
    """The inverse of :func:`parse`: ``('data', 3, 'status')`` -> ``$.data[3].status``."""
    out = ["$"]
    for part in parts:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif _PLAIN.fullmatch(part):
            out.append(f".{part}")
        else:
            escaped = part.replace("\\", "\\\\").replace("'", "\\'")
            out.append(f"['{escaped}']")
    return "".join(out)


def get(doc: Any, expr: str | tuple[Part, ...], default: Any = None) -> Any:
    """The value at ``expr`` in ``doc``, or ``default`` where the path does not exist."""
    node = doc
    for part in parse(expr) if isinstance(expr, str) else expr:
        if isinstance(part, int):
            if not isinstance(node, list) or not -len(node) <= part < len(node):
                return default
            node = node[part]
        elif isinstance(node, Mapping) and part in node:
            node = node[part]
        else:
            return default
    return node


def put(doc: Any, expr: str | tuple[Part, ...], value: Any) -> Any:
    """Set ``value`` at ``expr``, making objects on the way; returns the (possibly new) document."""
    parts = parse(expr) if isinstance(expr, str) else expr
    if not parts:
        return value
    node = doc
    for part in parts[:-1]:
        node = node[part] if isinstance(part, int) else node.setdefault(part, {})
    node[parts[-1]] = value
    return doc


# -- JSON pointers and $ref ------------------------------------------------------------------


def pointer(parts: Iterable[Part]) -> str:
    """RFC 6901 fragment for a sequence of keys: ``('paths', '/v1/users', 'get')`` -> ``#/paths/~1v1~1users/get``."""
    return "#/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def unpointer(ref: str) -> tuple[str, ...]:
    """The keys of a local ``#/...`` pointer (the inverse of :func:`pointer`)."""
    if ref in ("#", "#/"):
        return ()
    if not ref.startswith("#/"):
        raise PathError(f"only local references ('#/...') are supported, got {ref!r}")
    return tuple(p.replace("~1", "/").replace("~0", "~") for p in ref[2:].split("/"))


def at(doc: Any, ref: str) -> Any:
    """The node a local pointer names; KeyError/IndexError when it does not exist."""
    node = doc
    for part in unpointer(ref):
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


class RefCycleError(PathError):
    """``$ref``s that point at each other without ever reaching a schema."""

    def __init__(self, chain: list[str]) -> None:
        self.chain = chain
        super().__init__(f"$ref cycle: {' -> '.join(chain)}")


def resolve(doc: Any, node: Any, where: str = "#") -> tuple[Any, str]:
    """Follow local ``$ref``s from ``node`` (found at pointer ``where``) to a node that is not one.

    Returns the node and its pointer. A cycle raises :class:`RefCycleError` naming every hop;
    a dangling reference raises KeyError.
    """
    chain = [where]
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in chain:
            raise RefCycleError([*chain, ref])
        chain.append(ref)
        node, where = at(doc, ref), ref
    return node, where
