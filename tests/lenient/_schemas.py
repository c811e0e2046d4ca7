"""The mutation matrix's raw material: every 2xx JSON response schema of a provider, payloads made
from it by hypothesis-jsonschema, and one-at-a-time mutations of those payloads.

Everything here reads the provider's effective spec (``_openapi.json``) as JSON Schema, on its
own: nothing comes from the facade's walker or ``_shapes.json``, so the tests compare two
independent readings of the spec.

Synthesis is derandomized (no example database): the same command makes the same payloads. Not
quite across commands: hypothesis also draws string and number constants from the local modules
already imported, so running a subset of the tests may make other payloads than the whole suite.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any
from uuid import UUID

import jsonschema
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from facade import _jsonpath as jp
from facade._manifest import package_json

# The string formats the generated clients parse (others stay plain strings, never a deviation).
FORMATS = ("uuid", "date", "date-time")
# Keywords that only document: dropped before synthesis.
_DOCS = ("description", "example", "examples", "title", "readOnly", "writeOnly", "deprecated", "externalDocs", "xml")
UNSEEN = "zz-not-in-the-spec"


@dataclass(frozen=True)
class Response:
    """One 2xx JSON response of one operation."""

    operation: str
    status: int
    schema: Any  # as in the spec ($refs into components)


@dataclass(frozen=True)
class Mutation:
    """One change to a valid payload: where, which kind of deviation, and the payload after it."""

    path: tuple[str | int, ...]
    kind: str  # enum | format | missing | null
    payload: Any
    value: Any  # the new value (None for null; absent for missing)

    @property
    def rendered(self) -> str:
        return jp.render(self.path)


@cache
def spec(provider: str) -> dict[str, Any]:
    return package_json(f"{provider}_client", "_openapi.json")


def responses(provider: str) -> list[Response]:
    """Every operation's 2xx responses with a JSON schema, in document order."""
    doc = spec(provider)
    found = []
    for item in doc["paths"].values():
        for method, op in item.items():
            if method not in ("get", "put", "post", "delete", "patch", "head", "options", "trace"):
                continue
            for status, response in op.get("responses", {}).items():
                if not (status.isdigit() and 200 <= int(status) < 300):
                    continue
                response = resolve(doc, response)
                media = response.get("content", {})
                body = media.get("application/json")
                if body is not None and "schema" in body:
                    found.append(Response(op["operationId"], int(status), body["schema"]))
    return found


def resolve(doc: dict[str, Any], node: Any) -> Any:
    return jp.resolve(doc, node)[0]


def _parses(fmt: str, value: Any) -> bool:
    """The clients' own reading of a format: what their ``_lenient`` helpers accept."""
    try:
        if fmt == "uuid":
            UUID(value)
        elif fmt == "date":
            dt.date.fromisoformat(value)
        else:
            dt.datetime.fromisoformat(value)
    except (TypeError, ValueError, AttributeError):
        return False
    return True


def _format_checker() -> jsonschema.FormatChecker:
    checker = jsonschema.FormatChecker(formats=())
    for fmt in FORMATS:
        checker.checks(fmt)(lambda value, fmt=fmt: not isinstance(value, str) or _parses(fmt, value))
    return checker


@cache
def validator(provider: str, operation: str, status: int) -> jsonschema.protocols.Validator:
    """A JSON Schema 2020-12 validator of one response (the spec's components alongside)."""
    doc = spec(provider)
    schema = next(r.schema for r in responses(provider) if (r.operation, r.status) == (operation, status))
    root = {**schema, "components": doc.get("components", {})}
    return jsonschema.Draft202012Validator(root, format_checker=_format_checker())


# -- synthesis ---------------------------------------------------------------------------------
def _null_free(types: Any) -> Any:
    if isinstance(types, list):
        kept = [t for t in types if t != "null"]
        return kept[0] if len(kept) == 1 else kept
    return types


def rich(doc: dict[str, Any], node: Any, stack: tuple[str, ...] = ()) -> Any:
    """A self-contained copy of ``node`` whose instances are valid for ``node`` and show everything:
    every property present, no nulls, one or two items per array, no unchecked formats.

    A ``$ref`` already on the way down (a recursive schema) is cut: an optional property or array
    goes, so payloads stay finite.
    """
    if isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if ref in stack:
            return None
        return rich(doc, resolve(doc, node), (*stack, ref))
    if isinstance(node, list):
        return [rich(doc, item, stack) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _DOCS or key.startswith("x-") or key == "discriminator":
            continue
        if key == "format" and value not in FORMATS:
            continue
        if key == "type":
            out[key] = _null_free(value)
        elif key in ("anyOf", "oneOf"):
            branches = [b for b in (rich(doc, v, stack) for v in value) if b is not None and b != {"type": "null"}]
            out[key] = branches or [{"type": "null"}]
        elif key == "properties":
            props = {k: rich(doc, v, stack) for k, v in value.items()}
            out[key] = {k: v for k, v in props.items() if v is not None}
        elif key in ("items", "additionalProperties") and isinstance(value, dict):
            inner = rich(doc, value, stack)
            if inner is None and key == "items":
                out["maxItems"] = 0
            elif inner is not None:
                out[key] = inner
        elif key == "enum":
            out[key] = [v for v in value if v is not None] or value
        else:
            out[key] = rich(doc, value, stack)
    if out.get("type") == "object" or "properties" in out:
        out["required"] = sorted(out.get("properties", {}))
        if not isinstance(out.get("additionalProperties"), dict):
            out["additionalProperties"] = False  # no random extra keys: the declared ones are the point
        elif not out.get("properties"):
            out["minProperties"], out["maxProperties"] = 1, 2
    if out.get("type") == "array" or "items" in out:
        out["minItems"] = max(1, int(out.get("minItems", 1)))
        out["maxItems"] = max(out["minItems"], min(int(out.get("maxItems", 2)), 2))
    return out


# uuid is no format hypothesis-jsonschema knows (its date and date-time strings are ones Python parses).
_STRATEGIES = {"uuid": st.uuids().map(str)}


def synthesize(provider: str, response: Response, examples: int) -> list[Any]:
    """Up to ``examples`` distinct payloads for ``response`` (deterministic: derandomized, no database)."""
    schema = rich(spec(provider), response.schema)
    made: list[Any] = []

    @settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(from_schema(schema, custom_formats=_STRATEGIES))
    def collect(payload: Any) -> None:
        if payload not in made:
            made.append(payload)

    collect()
    return made


# -- mutations ---------------------------------------------------------------------------------
def _allows_null(doc: dict[str, Any], schema: Any) -> bool:
    schema = resolve(doc, schema)
    if not isinstance(schema, dict):
        return True
    kinds = schema.get("type")
    if kinds is None and not any(k in schema for k in ("anyOf", "oneOf", "allOf", "enum", "properties", "items")):
        return True  # {}: anything goes
    if kinds == "null" or (isinstance(kinds, list) and "null" in kinds) or schema.get("nullable") is True:
        return True  # 3.1's type list, or 3.0's nullable (CAST AI's spec is 3.0)
    if None in (schema.get("enum") or []):
        return True
    if any(_allows_null(doc, b) for b in schema.get("anyOf", []) + schema.get("oneOf", [])):
        return True
    return bool(schema.get("allOf")) and all(_allows_null(doc, b) for b in schema["allOf"])


def _branch(doc: dict[str, Any], schema: Any, value: Any) -> Any:
    """The sub-schema that describes ``value``: through $ref, allOf of one, and the anyOf/oneOf member it matches."""
    schema = resolve(doc, schema)
    if not isinstance(schema, dict):
        return schema
    if len(schema.get("allOf", [])) == 1 and not schema.get("properties"):
        return _branch(doc, schema["allOf"][0], value)
    for key in ("anyOf", "oneOf"):
        for member in schema.get(key, []):
            check = jsonschema.Draft202012Validator({**resolve(doc, member), "components": doc.get("components", {})})
            if check.is_valid(value) and not (value is not None and resolve(doc, member) == {"type": "null"}):
                return _branch(doc, member, value)
    return schema


def _properties(doc: dict[str, Any], schema: dict[str, Any]) -> tuple[dict[str, Any], list[str], Any]:
    """Properties, required names and additionalProperties of an object schema (allOf members merged)."""
    props = dict(schema.get("properties", {}))
    required = list(schema.get("required", []))
    extra = schema.get("additionalProperties")
    for member in schema.get("allOf", []):
        more, also, _ = _properties(doc, resolve(doc, member))
        props.update(more)
        required += also
    return props, required, extra


def points(doc: dict[str, Any], schema: Any, value: Any, path: tuple[str | int, ...] = ()) -> Iterator[Any]:
    """(path, kind, new value) for every mutation the payload ``value`` offers under ``schema``."""
    sub = _branch(doc, schema, value)
    if path and value is not None and not _allows_null(doc, schema):
        yield path, "null", None
    if not isinstance(sub, dict):
        return
    if "enum" in sub and value is not None:
        values = [v for v in sub["enum"] if v is not None]
        unseen = max(values) + 1000 if values and all(isinstance(v, int) for v in values) else UNSEEN
        yield path, "enum", unseen
    if sub.get("format") in FORMATS and isinstance(value, str):
        yield path, "format", "string"
    if isinstance(value, dict):
        props, required, extra = _properties(doc, sub)
        for name, item in value.items():
            if name in props:
                if name in required:
                    yield (*path, name), "missing", None
                yield from points(doc, props[name], item, (*path, name))
            elif isinstance(extra, dict):
                yield from points(doc, extra, item, (*path, name))
    elif isinstance(value, list) and isinstance(sub.get("items"), dict):
        for index, item in enumerate(value):
            yield from points(doc, sub["items"], item, (*path, index))


def mutations(provider: str, response: Response, payload: Any) -> Iterator[Mutation]:
    """Each mutation of ``payload``, applied to a copy; only those that make it invalid for the spec."""
    doc = spec(provider)
    check = validator(provider, response.operation, response.status)
    for path, kind, new in points(doc, response.schema, payload):
        changed = copy.deepcopy(payload)
        parent = jp.get(changed, path[:-1])
        if kind == "missing":
            del parent[path[-1]]
        else:
            changed = jp.put(changed, path, new) if path else new
        if not check.is_valid(changed):
            yield Mutation(path, kind, changed, new)


def dumps(value: Any) -> bytes:
    return json.dumps(value).encode()
