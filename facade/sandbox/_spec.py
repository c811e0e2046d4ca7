"""The effective OpenAPI document of one provider, parsed once: operations, validators, synthesis."""

from __future__ import annotations

import copy
import importlib.util
import json
import random
import re
import string
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
_SPEC_URI = "urn:sandbox-spec"


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


@dataclass(frozen=True)
class Param:
    """One operation parameter with the JSON pointer of its schema (for validation)."""

    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    pointer: str
    style: str
    explode: bool
    example: Any = None


@dataclass
class Operation:
    """One spec operation, with everything the engine needs to serve it."""

    op_id: str
    method: str
    path: str
    regex: re.Pattern[str]
    params: list[Param]
    body_pointer: str | None
    body_required: bool
    security: list[list[str]]
    pagination: dict[str, Any] | None
    idempotency: dict[str, Any] | None
    responses: dict[str, dict[str, Any]]
    success_status: int
    success_pointer: str | None
    success_media: str | None
    literal_segments: int = field(default=0)

    def response_pointer(self, status: int) -> str | None:
        """Pointer of the JSON schema declared for ``status`` (or the op's ``default``), if any."""
        for key in (str(status), f"{str(status)[0]}XX", "default"):
            if key in self.responses:
                return self.responses[key].get("json")
        return None


class Spec:
    """A parsed spec: operations in match order, ``$ref`` resolution, validators, value synthesis."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.registry: Registry[Any] = Registry().with_resource(
            _SPEC_URI, Resource.from_contents(doc, default_specification=DRAFT202012)
        )
        self._validators: dict[str, Draft202012Validator] = {}
        self.schemes: dict[str, dict[str, Any]] = (doc.get("components") or {}).get("securitySchemes") or {}
        self.errors: dict[str, Any] = (doc.get("info") or {}).get("x-errors") or {}
        self.operations: dict[str, Operation] = {}
        default_security = [sorted(r) for r in doc.get("security") or []]
        for path, item in (doc.get("paths") or {}).items():
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    self.operations[op["operationId"]] = self._operation(path, method, item, op, default_security)
        # Literal segments first, so /vms/v3/status wins over /vms/v3/{id}.
        self.ordered = sorted(self.operations.values(), key=lambda o: (-o.literal_segments, o.path))

    # -- parsing --------------------------------------------------------------------------
    def resolve(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follow local ``$ref``s; returns the node and its JSON pointer."""
        for _ in range(64):
            if not (isinstance(node, dict) and "$ref" in node):
                break
            pointer = node["$ref"]
            node = self.at(pointer)
        return node, pointer

    def at(self, pointer: str) -> Any:
        """The node at a ``#/...`` JSON pointer."""
        cur: Any = self.doc
        for part in pointer[2:].split("/") if pointer != "#" else []:
            part = part.replace("~1", "/").replace("~0", "~")
            cur = cur[int(part)] if isinstance(cur, list) else cur[part]
        return cur

    def _operation(
        self, path: str, method: str, item: dict[str, Any], op: dict[str, Any], default_security: list[list[str]]
    ) -> Operation:
        base = f"#/paths/{_escape(path)}"
        params: dict[tuple[str, str], Param] = {}
        for where, raw_list in (
            (f"{base}/parameters", item.get("parameters")),
            (f"{base}/{method}/parameters", op.get("parameters")),
        ):
            for i, raw in enumerate(raw_list or []):
                node, ptr = self.resolve(raw, f"{where}/{i}")
                loc = node["in"]
                style = node.get("style", "form" if loc in ("query", "cookie") else "simple")
                params[(node["name"], loc)] = Param(
                    name=node["name"], location=loc, required=bool(node.get("required", loc == "path")),
                    schema=self.resolve(node.get("schema", {}), f"{ptr}/schema")[0], pointer=f"{ptr}/schema",
                    style=style, explode=bool(node.get("explode", style == "form")), example=node.get("example"),
                )  # fmt: skip
        body_pointer, body_required = None, False
        if "requestBody" in op:
            body, bptr = self.resolve(op["requestBody"], f"{base}/{method}/requestBody")
            for ctype in body.get("content") or {}:
                if "json" in ctype:
                    body_pointer = f"{bptr}/content/{_escape(ctype)}/schema"
            body_required = bool(body.get("required"))
        responses: dict[str, dict[str, Any]] = {}
        for status, raw in (op.get("responses") or {}).items():
            resp, rptr = self.resolve(raw, f"{base}/{method}/responses/{status}")
            entry: dict[str, Any] = {"media": None, "json": None, "any": None, "headers": resp.get("headers") or {}}
            for ctype, media in (resp.get("content") or {}).items():
                if entry["media"] is None:
                    entry["media"] = ctype
                    if "schema" in media:
                        entry["any"] = f"{rptr}/content/{_escape(ctype)}/schema"
                if "json" in ctype and entry["json"] is None:
                    entry["media"], entry["json"] = ctype, f"{rptr}/content/{_escape(ctype)}/schema"
            responses[str(status)] = entry
        success = sorted(s for s in responses if s.isdigit() and s.startswith("2"))
        status = int(success[0]) if success else 200
        pieces = [re.escape(p) if not p.startswith("{") else f"(?P<{p[1:-1]}>[^/]+)" for p in path.split("/")]
        return Operation(
            op_id=op["operationId"], method=method.upper(), path=path,
            regex=re.compile("^" + "/".join(pieces) + "$"), params=list(params.values()),
            body_pointer=body_pointer, body_required=body_required,
            security=[sorted(r) for r in op["security"]] if "security" in op else default_security,
            pagination=op.get("x-pagination"), idempotency=op.get("x-idempotency"), responses=responses,
            success_status=status, success_pointer=responses.get(str(status), {}).get("json"),
            success_media=responses.get(str(status), {}).get("media"),
            literal_segments=sum(1 for p in path.split("/") if p and not p.startswith("{")),
        )  # fmt: skip

    def match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], bool]:
        """(operation, path params, path exists for another method)."""
        path_known = False
        for op in self.ordered:
            found = op.regex.match(path)
            if found:
                if op.method == method:
                    return op, found.groupdict(), True
                path_known = True
        return None, {}, path_known

    # -- validation -----------------------------------------------------------------------
    def validator(self, pointer: str) -> Draft202012Validator:
        """A cached JSON Schema 2020-12 validator for the schema at ``pointer`` (refs resolve in the spec)."""
        found = self._validators.get(pointer)
        if found is None:
            found = Draft202012Validator({"$ref": f"{_SPEC_URI}{pointer}"}, registry=self.registry)
            self._validators[pointer] = found
        return found

    # -- synthesis ------------------------------------------------------------------------
    def synth(self, schema: Any, rng: random.Random | None = None, depth: int = 0) -> Any:
        """A value valid for ``schema``: its example first, then one built from the types."""
        rng = rng or random.Random(0)
        node, _ = self.resolve(schema, "#")
        if not isinstance(node, dict):
            return None
        for key in ("example", "const", "default"):
            if key in node:
                return copy.deepcopy(node[key])
        if node.get("examples"):
            return copy.deepcopy(node["examples"][0])
        if node.get("enum"):
            return copy.deepcopy(node["enum"][0])
        if "allOf" in node:
            merged: dict[str, Any] = {}
            for sub in node["allOf"]:
                value = self.synth(sub, rng, depth)
                if isinstance(value, dict):
                    merged.update(value)
            if "properties" in node:
                merged.update(self._synth_object(node, rng, depth))
            return merged
        for key in ("oneOf", "anyOf"):
            if key in node:
                options = [s for s in node[key] if self.resolve(s, "#")[0].get("type") != "null"]
                return self.synth((options or node[key])[0], rng, depth)
        kind = node.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            kind = kinds[0] if kinds else "null"
        if kind is None:
            kind = "object" if "properties" in node else "string"
        if kind == "object":
            return self._synth_object(node, rng, depth)
        if kind == "array":
            count = max(int(node.get("minItems", 0)), 1 if depth < 4 else 0)
            return [self.synth(node.get("items", {}), rng, depth + 1) for _ in range(count)]
        if kind in ("integer", "number"):
            low = node.get("minimum", node.get("exclusiveMinimum", -1) + 1)
            high = node.get("maximum", max(low, 0) + 100)
            value = max(low, min(high, 1))
            return int(value) if kind == "integer" else float(value)
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        return _synth_string(node, rng)

    def _synth_object(self, node: dict[str, Any], rng: random.Random, depth: int) -> dict[str, Any]:
        required = set(node.get("required") or [])
        out = {}
        for name, sub in (node.get("properties") or {}).items():
            if name in required or depth < 2:
                out[name] = self.synth(sub, rng, depth + 1)
        return out


def _synth_string(node: dict[str, Any], rng: random.Random) -> str:
    fmt = node.get("format")
    if fmt == "date-time":
        return "2025-06-01T12:00:00Z"
    if fmt == "date":
        return "2025-06-01"
    if fmt == "uuid":
        return str(uuid_from(rng))
    if fmt == "email":
        return "user@example.com"
    if fmt in ("uri", "url"):
        return "https://example.com/"
    if "pattern" in node:
        return from_pattern(node["pattern"], rng)
    return "x" * max(int(node.get("minLength", 1)), 1)


def uuid_from(rng: random.Random) -> str:
    """A version-4 UUID string drawn from ``rng`` (reproducible by seed)."""
    import uuid

    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


_CLASS = re.compile(r"\[([^\]]+)\]|\\d|\\w|\.|\\.|[^\\]")


def from_pattern(pattern: str, rng: random.Random) -> str:
    """A string matching a simple regex (literals, classes, ``+*?{n,m}``): enough for id patterns."""
    out = []
    body = pattern.lstrip("^").rstrip("$")
    i = 0
    while i < len(body):
        token = _CLASS.match(body, i)
        if token is None:
            break
        i = token.end()
        text = token.group(0)
        if token.group(1):
            alphabet = _expand_class(token.group(1))
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
            q = quant.group(0)
            if q == "+":
                low, high = 1, 8
            elif q == "*":
                low, high = 0, 8
            elif q == "?":
                low, high = 0, 1
            else:
                low = int(quant.group(1))
                high = low if quant.group(2) is None else int(quant.group(2) or low + 8)
        out.append("".join(rng.choice(alphabet) for _ in range(max(low, min(high, max(low, 8))))))
    return "".join(out)


def _expand_class(spec: str) -> str:
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


@cache
def load(provider: str) -> Spec:
    """The effective spec of ``generated/<provider>_client/_openapi.json`` (parsed once per process)."""
    found = importlib.util.find_spec(f"{provider}_client")
    if found is None or not found.submodule_search_locations:
        raise LookupError(f"no generated client for {provider!r}: run scripts/pipeline.py generate {provider}")
    path = Path(next(iter(found.submodule_search_locations))) / "_openapi.json"
    return Spec(json.loads(path.read_text(encoding="utf-8")))
