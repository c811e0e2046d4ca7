"""What changed between two versions of a provider's spec, classified for the version bump.

Both sides are loaded as the pipeline sees them (bundled, converted, normalised; not overlaid: the
report is about the provider's API), then compared as callers of the generated client see them:
operations (by method and path), their parameters, request-body fields, 2xx response fields
(through ``$ref``s and ``allOf``, nested objects and array items as ``a.b[].c``), types, enums and
auth. Each change is one of:

- **breaking** (-> major): an operation, parameter or request-body field removed; a parameter or
  body field newly required (or added as required); a type narrowed or changed; an enum value or a
  response field removed; auth changed (schemes or the requirements of an operation);
- **addition** (-> minor): an operation, optional parameter or body field, response field or enum
  value added; a required parameter or body field made optional; a type widened;
- **other** (-> patch): anything else in the document (descriptions, examples, servers, version).

We wrote this rather than use a library: oasdiff (the best breaking-change checker) is a Go binary
on neither PyPI nor npm, and the JavaScript diff tools classify by their own rules, not by what
changes for a caller of our generated client.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from . import schema as sch
from .endpoints import key as op_key

SEVERITIES = ("breaking", "addition", "other")
BUMPS = {"breaking": "major", "addition": "minor", "other": "patch"}
_MAX_DEPTH = 6


@dataclass(frozen=True)
class Change:
    severity: str  # breaking | addition | other
    operation: str  # "GET /v1/users (listUsers)", or "" for the document
    what: str


@dataclass(frozen=True)
class Field:
    types: frozenset[str]
    required: bool
    enum: tuple[str, ...] | None


def _types(spec: Mapping[str, Any], schema: Any) -> frozenset[str]:
    node = sch.resolve(spec, schema or {})
    if not isinstance(node, dict):
        return frozenset()
    for key in ("anyOf", "oneOf"):
        if node.get(key):
            return frozenset().union(*(_types(spec, s) for s in node[key]))
    found = set(sch.types(node))
    if node.get("nullable") is True:
        found.add("null")
    if not found and ("properties" in node or "allOf" in node):
        found.add("object")
    if "integer" in found:
        found.discard("integer")
        found.add("integer")
    return frozenset(found)


def _enum(spec: Mapping[str, Any], schema: Any) -> tuple[str, ...] | None:
    values = sch.enum(spec, schema)
    return tuple(sorted(json.dumps(v) for v in values)) if values else None


def flatten(spec: Mapping[str, Any], schema: Any, prefix: str = "", depth: int = 0) -> dict[str, Field]:
    """Every field of a schema: ``name``, ``a.b``, ``items[].id`` -> its types, required flag and enum."""
    node = sch.resolve(spec, schema or {})
    out: dict[str, Field] = {}
    if not isinstance(node, dict) or depth > _MAX_DEPTH:
        return out
    props: dict[str, Any] = {}
    required: set[str] = set()
    for part in [node, *[sch.resolve(spec, s) for s in node.get("allOf") or []]]:
        if isinstance(part, dict):
            props.update(part.get("properties") or {})
            required.update(part.get("required") or [])
    for name, sub in props.items():
        path = f"{prefix}{name}"
        out[path] = Field(_types(spec, sub), name in required, _enum(spec, sub))
        out.update(flatten(spec, sub, f"{path}.", depth + 1))
    if "array" in sch.types(node) and isinstance(node.get("items"), dict):
        out.update(flatten(spec, node["items"], f"{prefix.rstrip('.')}[].", depth + 1))
    return out


def _params(spec: Mapping[str, Any], path: str, op: Mapping[str, Any]) -> dict[str, Field]:
    found = {}
    for raw in sch.parameters(spec, path, op):
        param = sch.resolve(spec, raw)
        if isinstance(param, dict) and "name" in param:
            where = f"{param.get('in')} parameter {param['name']!r}"
            required = bool(param.get("required", param.get("in") == "path"))
            found[where] = Field(_types(spec, param.get("schema")), required, _enum(spec, param.get("schema")))
    return found


def _body(spec: Mapping[str, Any], op: Mapping[str, Any]) -> dict[str, Field]:
    body = sch.resolve(spec, op.get("requestBody") or {})
    content = body.get("content") or {} if isinstance(body, dict) else {}
    media = next((m for c, m in content.items() if "json" in c), None)
    return flatten(spec, media.get("schema")) if isinstance(media, dict) else {}


def _security(spec: Mapping[str, Any], op: Mapping[str, Any]) -> list[list[str]]:
    return sorted(sorted(req) for req in op.get("security", spec.get("security") or []))


def _operations(spec: Mapping[str, Any]) -> dict[str, tuple[str, Mapping[str, Any]]]:
    ops: dict[str, tuple[str, Mapping[str, Any]]] = {}
    for path, method, op in sch.operations(spec):
        label = f"{method.upper()} {path} ({op.get('operationId', '?')})"
        ops[op_key(method, path)] = (label, {"path": path, "op": op})
    return ops


def _subject(what: str, name: str) -> str:
    return f"{what} {name}" if what else name


def _compare_fields(old: dict[str, Field], new: dict[str, Field], label: str, what: str, request: bool) -> list[Change]:
    """``request``: fields the caller sends (removing or requiring breaks); else fields it reads (removing breaks)."""
    out: list[Change] = []
    for name in sorted(old.keys() - new.keys()):
        out.append(Change("breaking", label, f"{_subject(what, name)} removed"))
    for name in sorted(new.keys() - old.keys()):
        if request and new[name].required:
            out.append(Change("breaking", label, f"{_subject(what, name)} added, required"))
        else:
            out.append(Change("addition", label, f"{_subject(what, name)} added"))
    for name in sorted(old.keys() & new.keys()):
        a, b = old[name], new[name]
        if request and b.required and not a.required:
            out.append(Change("breaking", label, f"{_subject(what, name)} is now required"))
        elif request and a.required and not b.required:
            out.append(Change("addition", label, f"{_subject(what, name)} is now optional"))
        if a.types != b.types and a.types and b.types:
            kinds = f"{'/'.join(sorted(a.types))} -> {'/'.join(sorted(b.types))}"
            widened = a.types < b.types or (a.types == {"integer"} and b.types >= {"number"})
            if request:
                severity = "addition" if widened else "breaking"
            else:
                severity = "other" if b.types < a.types else "breaking"  # a response that narrows breaks no reader
            out.append(Change(severity, label, f"{_subject(what, name)} type {kinds}"))
        if a.enum and b.enum and a.enum != b.enum:
            for value in sorted(set(a.enum) - set(b.enum)):
                out.append(Change("breaking", label, f"{_subject(what, name)} enum value {value} removed"))
            for value in sorted(set(b.enum) - set(a.enum)):
                out.append(Change("addition", label, f"{_subject(what, name)} enum value {value} added"))
    return out


def diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Every change from ``old`` to ``new`` (normalised specs), breaking first."""
    changes: list[Change] = []
    old_ops, new_ops = _operations(old), _operations(new)
    for key in old_ops.keys() - new_ops.keys():
        changes.append(Change("breaking", old_ops[key][0], "operation removed"))
    for key in new_ops.keys() - old_ops.keys():
        changes.append(Change("addition", new_ops[key][0], "operation added"))
    for key in sorted(old_ops.keys() & new_ops.keys()):
        label = new_ops[key][0]
        (a_path, a), (b_path, b) = ((x[1]["path"], x[1]["op"]) for x in (old_ops[key], new_ops[key]))
        changes += _compare_fields(_params(old, a_path, a), _params(new, b_path, b), label, "", True)
        changes += _compare_fields(_body(old, a), _body(new, b), label, "request body field", True)
        a_resp, b_resp = sch.success_schema(old, a), sch.success_schema(new, b)
        changes += _compare_fields(flatten(old, a_resp), flatten(new, b_resp), label, "response field", False)
        if _security(old, a) != _security(new, b):
            changes.append(Change("breaking", label, f"auth {_security(old, a)} -> {_security(new, b)}"))
    a_schemes = (old.get("components") or {}).get("securitySchemes") or {}
    b_schemes = (new.get("components") or {}).get("securitySchemes") or {}
    for name in sorted(a_schemes.keys() | b_schemes.keys()):
        if a_schemes.get(name) != b_schemes.get(name):
            state = "removed" if name not in b_schemes else "added" if name not in a_schemes else "changed"
            changes.append(Change("breaking", "", f"security scheme {name!r} {state}"))
    if not changes and json.dumps(old, sort_keys=True) != json.dumps(new, sort_keys=True):
        changes.append(Change("other", "", _other(old, new)))
    return sorted(changes, key=lambda c: (SEVERITIES.index(c.severity), c.operation, c.what))


def _other(old: Mapping[str, Any], new: Mapping[str, Any]) -> str:
    parts = [k for k in sorted(old.keys() | new.keys()) if old.get(k) != new.get(k)]
    version = (old.get("info") or {}).get("version"), (new.get("info") or {}).get("version")
    note = f"; info.version {version[0]!r} -> {version[1]!r}" if version[0] != version[1] else ""
    return f"documentation and other details changed (in {', '.join(parts)}){note}"


def bump(changes: list[Change]) -> str | None:
    """major | minor | patch for the most severe change; None for no change at all."""
    for severity in SEVERITIES:
        if any(c.severity == severity for c in changes):
            return BUMPS[severity]
    return None


def render(changes: list[Change], old_name: str, new_name: str) -> str:
    counts = {s: sum(1 for c in changes if c.severity == s) for s in SEVERITIES}
    if not changes:
        return f"{old_name} -> {new_name}: no changes\n"
    head = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
    lines = [f"{old_name} -> {new_name}: {len(changes)} change(s) ({head}); bump: {bump(changes)}"]
    for c in changes:
        where = f"{c.operation}: " if c.operation else ""
        lines.append(f"  {c.severity:<9} {where}{c.what}")
    return "\n".join(lines) + "\n"


def as_json(changes: list[Change], old_name: str, new_name: str) -> str:
    return json.dumps(
        {"old": old_name, "new": new_name, "bump": bump(changes), "changes": [asdict(c) for c in changes]}, indent=2
    )


def load_normalised(path: Path, provider: str = "diff", off: frozenset[str] = frozenset()) -> dict[str, Any]:
    """A spec file (root of a single- or multi-file spec) as the pipeline sees it before the overlay."""
    from . import bundle, normalise

    spec, _sources = bundle.load_spec(path)
    normalise.normalise(spec, provider, off)
    return spec
