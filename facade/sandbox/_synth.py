"""Values made from a schema: its example first, else one built from its types, formats and patterns."""

from __future__ import annotations

import copy
import random
import re
import string
import uuid
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._spec import Spec

_MAX_DEPTH = 4  # optional properties below depth 2 and array items below depth 4 are left out


def synth(
    spec: Spec, schema: Any, rng: random.Random, depth: int = 0, *, complete: bool = False, minimal: bool = False
) -> Any:
    """A value valid for ``schema`` (``$ref``s resolved in ``spec``).

    ``complete``: an object whose example shows only some fields still gets every property (the
    example's values win), as a stored item needs; otherwise the example is taken as it is.
    ``minimal``: objects get their required properties only and arrays their fewest items (a spec
    without examples, where every other value would be a placeholder).
    """
    node, _ = spec.resolve(schema)
    if not isinstance(node, dict):
        return None
    example = (
        node["examples"][0] if node.get("examples") else node.get("example", node.get("const", node.get("default")))
    )
    if example is not None or any(k in node for k in ("example", "const", "default")):
        if complete and isinstance(example, dict) and "properties" in node:
            return {**_object(spec, node, rng, depth, minimal), **copy.deepcopy(example)}
        return copy.deepcopy(example)
    if node.get("enum"):
        return copy.deepcopy(node["enum"][0])
    if "allOf" in node:
        merged: dict[str, Any] = {}
        for sub in node["allOf"]:
            value = synth(spec, sub, rng, depth, minimal=minimal)
            if isinstance(value, dict):
                merged.update(value)
        if "properties" in node:
            merged.update(_object(spec, node, rng, depth, minimal))
        return merged
    for key in ("oneOf", "anyOf"):
        if key in node:
            options = [s for s in node[key] if spec.resolve(s)[0].get("type") != "null"]
            return synth(spec, (options or node[key])[0], rng, depth, minimal=minimal)
    kind = node.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if kinds else "null"
    if kind is None:
        kind = "object" if "properties" in node else "string"
    if kind == "object":
        return _object(spec, node, rng, depth, minimal)
    if kind == "array":
        count = max(int(node.get("minItems", 0)), 1 if depth < _MAX_DEPTH and not minimal else 0)
        return [synth(spec, node.get("items", {}), rng, depth + 1, minimal=minimal) for _ in range(count)]
    if kind in ("integer", "number"):
        low = node.get("minimum", node.get("exclusiveMinimum", -1) + 1)
        high = node.get("maximum", max(low, 0) + 100)
        value = max(low, min(high, 1))
        return int(value) if kind == "integer" else float(value)
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return _string(node, rng)


def _object(spec: Spec, node: dict[str, Any], rng: random.Random, depth: int, minimal: bool) -> dict[str, Any]:
    required = set(node.get("required") or [])
    return {
        name: synth(spec, sub, rng, depth + 1, minimal=minimal)
        for name, sub in (node.get("properties") or {}).items()
        if name in required or (depth < 2 and not minimal)
    }


def _string(node: dict[str, Any], rng: random.Random) -> str:
    fmt = node.get("format")
    if fmt == "date-time":
        return "2025-06-01T12:00:00Z"
    if fmt == "date":
        return "2025-06-01"
    if fmt == "uuid":
        return uuid_from(rng)
    if fmt == "email":
        return "user@example.com"
    if fmt in ("uri", "url"):
        return "https://example.com/"
    if fmt == "byte":  # base64
        return "eA=="
    if "pattern" in node:
        return from_pattern(node["pattern"], rng)
    return "x" * max(int(node.get("minLength", 1)), 1)


def uuid_from(rng: random.Random) -> str:
    """A version-4 UUID string drawn from ``rng`` (reproducible by seed)."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


_TOKEN = re.compile(r"\[([^\]]+)\]|\\d|\\w|\.|\\.|[^\\]")


def from_pattern(pattern: str, rng: random.Random) -> str:
    """A string matching a simple regex (literals, classes, ``+*?{n,m}``): enough for id patterns."""
    out = []
    body = pattern.lstrip("^").rstrip("$")
    i = 0
    while i < len(body):
        token = _TOKEN.match(body, i)
        if token is None:
            break
        i = token.end()
        text = token.group(0)
        if token.group(1):
            alphabet = _expand(token.group(1))
        elif text == r"\d":
            alphabet = string.digits
        elif text in (r"\w", "."):
            alphabet = string.ascii_lowercase + string.digits
        elif text.startswith("\\"):
            alphabet = text[1]
        else:
            alphabet = text
        low, high = 1, 1
        quant = re.match(r"\{(\d+)(?:,(\d*))?\}|[+*?]", body[i:])
        if quant:
            i += quant.end()
            low, high = _bounds(quant)
        out.append("".join(rng.choice(alphabet) for _ in range(max(low, min(high, max(low, 8))))))
    return "".join(out)


def _bounds(quant: re.Match[str]) -> tuple[int, int]:
    found = quant.group(0)
    if found in ("+", "*", "?"):
        return {"+": (1, 8), "*": (0, 8), "?": (0, 1)}[found]
    low = int(quant.group(1))
    return low, low if quant.group(2) is None else int(quant.group(2) or low + 8)


def _expand(spec: str) -> str:
    chars: list[str] = []
    i = 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            chars.extend(chr(c) for c in range(ord(spec[i]), ord(spec[i + 2]) + 1))
            i += 3
        else:
            chars.append(spec[i])
            i += 1
    return "".join(chars)
