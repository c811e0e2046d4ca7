"""The effective OpenAPI document of one provider, parsed once: operations, routing, validators."""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .. import _jsonpath

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
_SPEC_URI = "urn:sandbox-spec"


def _format_checker() -> FormatChecker:
    """jsonschema's format checks (uuid, date-time, date, email, uri, ...) plus OpenAPI's integer ranges."""
    checker = FormatChecker()
    for name, bits in (("int32", 32), ("int64", 64)):
        low, high = -(2 ** (bits - 1)), 2 ** (bits - 1) - 1

        def in_range(value: object, low: int = low, high: int = high) -> bool:
            return not isinstance(value, int) or isinstance(value, bool) or low <= value <= high

        checker.checks(name)(in_range)
    return checker


FORMATS = _format_checker()


@dataclass(frozen=True)
class Param:
    """One operation parameter with the JSON pointer of its schema (for validation)."""

    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    pointer: str
    explode: bool
    example: Any = None


@dataclass(frozen=True)
class Response:
    """One documented response: its media type and the pointers of its JSON (or other) schema."""

    media: str | None
    json: str | None
    any: str | None


@dataclass
class Operation:
    """One spec operation, with everything the engine needs to serve it."""

    op_id: str
    method: str
    path: str
    segments: tuple[str, ...]  # the path template split on "/": "{name}" marks a parameter
    params: list[Param]
    body_pointer: str | None
    body_media: tuple[str, ...]
    body_required: bool
    security: list[list[str]]
    pagination: dict[str, Any] | None
    idempotency: dict[str, Any] | None
    responses: dict[str, Response]
    success_status: int
    success: Response

    def response(self, status: int) -> Response | None:
        """The response documented for ``status`` (or its ``4XX`` range, or ``default``)."""
        for key in (str(status), f"{str(status)[0]}XX", "default"):
            if key in self.responses:
                return self.responses[key]
        return None

    def declares(self, status: int) -> bool:
        """True when the spec documents ``status`` for this operation."""
        return str(status) in self.responses or f"{str(status)[0]}XX" in self.responses

    def match(self, raw: list[str]) -> dict[str, str] | None:
        """Path parameters when the raw (percent-encoded) segments fit this template, else None.

        Each parameter is decoded on its own, so ``%2F`` or ``..`` inside one can never reach
        another route; literal segments compare decoded.
        """
        if len(raw) != len(self.segments):
            return None
        found: dict[str, str] = {}
        for template, segment in zip(self.segments, raw, strict=True):
            if template.startswith("{") and template.endswith("}"):
                if not segment:
                    return None
                found[template[1:-1]] = unquote(segment)
            elif template != segment and template != unquote(segment):
                return None
        return found


class Spec:
    """A parsed spec: operations in match order, ``$ref`` resolution, cached validators."""

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
        self.ordered = sorted(
            self.operations.values(), key=lambda o: (-sum(not s.startswith("{") for s in o.segments), o.path)
        )

    def resolve(self, node: Any, pointer: str = "#") -> tuple[Any, str]:
        """Follow local ``$ref``s; returns the node and its JSON pointer."""
        return _jsonpath.resolve(self.doc, node, pointer)

    def at(self, pointer: str) -> Any:
        """The node at a ``#/...`` JSON pointer."""
        return _jsonpath.at(self.doc, pointer)

    def schema(self, name: str) -> str:
        """The pointer of the components schema ``name``."""
        return _jsonpath.pointer(("components", "schemas", name))

    def _operation(
        self, path: str, method: str, item: dict[str, Any], op: dict[str, Any], default_security: list[list[str]]
    ) -> Operation:
        base = ("paths", path)
        params: dict[tuple[str, str], Param] = {}
        for where, raw_list in ((base, item.get("parameters")), ((*base, method), op.get("parameters"))):
            for i, raw in enumerate(raw_list or []):
                node, ptr = self.resolve(raw, _jsonpath.pointer((*where, "parameters", i)))
                loc = node["in"]
                style = node.get("style", "form" if loc in ("query", "cookie") else "simple")
                params[(node["name"], loc)] = Param(
                    name=node["name"],
                    location=loc,
                    required=bool(node.get("required", loc == "path")),
                    schema=self.resolve(node.get("schema", {}), f"{ptr}/schema")[0],
                    pointer=f"{ptr}/schema",
                    explode=bool(node.get("explode", style == "form")),
                    example=node.get("example"),
                )
        body_pointer: str | None = None
        body_media: tuple[str, ...] = ()
        body_required = False
        if "requestBody" in op:
            body, bptr = self.resolve(op["requestBody"], _jsonpath.pointer((*base, method, "requestBody")))
            body_media = tuple(body.get("content") or {})
            for ctype in body_media:
                if "json" in ctype:
                    body_pointer = f"{bptr}/content/{_escape(ctype)}/schema"
            body_required = bool(body.get("required"))
        responses: dict[str, Response] = {}
        for status, raw in (op.get("responses") or {}).items():
            resp, rptr = self.resolve(raw, _jsonpath.pointer((*base, method, "responses", str(status))))
            media: str | None = None
            json_ptr: str | None = None
            any_ptr: str | None = None
            for ctype, content in (resp.get("content") or {}).items():
                if media is None:
                    media = ctype
                    if "schema" in content:
                        any_ptr = f"{rptr}/content/{_escape(ctype)}/schema"
                if "json" in ctype and json_ptr is None:
                    media, json_ptr = ctype, f"{rptr}/content/{_escape(ctype)}/schema"
            responses[str(status)] = Response(media, json_ptr, any_ptr)
        success = sorted(s for s in responses if s.isdigit() and s.startswith("2"))
        status = int(success[0]) if success else 200
        return Operation(
            op_id=op["operationId"],
            method=method.upper(),
            path=path,
            segments=tuple(path.split("/")),
            params=list(params.values()),
            body_pointer=body_pointer,
            body_media=body_media,
            body_required=body_required,
            security=[sorted(r) for r in op["security"]] if "security" in op else default_security,
            pagination=op.get("x-pagination"),
            idempotency=op.get("x-idempotency"),
            responses=responses,
            success_status=status,
            success=responses.get(str(status), Response(None, None, None)),
        )

    def route(self, method: str, raw_path: str) -> tuple[Operation | None, dict[str, str], list[str]]:
        """(operation, its path parameters, every method the path allows) for a raw request path."""
        raw = raw_path.split("/")
        allowed: list[str] = []
        chosen: tuple[Operation | None, dict[str, str]] = (None, {})
        matched: str | None = None
        for op in self.ordered:
            # The most concrete path that fits wins alone (OpenAPI: /v1/keys/revoke before /v1/keys/{id}):
            # its methods are the allowed ones, and another method there is a 405, not the template's.
            found = op.match(raw) if matched in (None, op.path) else None
            if found is None:
                continue
            matched = op.path
            if op.method not in allowed:
                allowed.append(op.method)
            if op.method == method and chosen[0] is None:
                chosen = (op, found)
        return chosen[0], chosen[1], allowed

    def validator(self, pointer: str) -> Draft202012Validator:
        """A cached JSON Schema 2020-12 validator for the schema at ``pointer``, formats checked."""
        found = self._validators.get(pointer)
        if found is None:
            found = Draft202012Validator(
                {"$ref": f"{_SPEC_URI}{pointer}"}, registry=self.registry, format_checker=FORMATS
            )
            self._validators[pointer] = found
        return found


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


@cache
def load(provider: str) -> Spec:
    """The effective spec of ``generated/<provider>_client/_openapi.json`` (parsed once per process)."""
    found = importlib.util.find_spec(f"{provider}_client")
    if found is None or not found.submodule_search_locations:
        raise LookupError(f"no generated client for {provider!r}: run nox -s generate -- {provider}")
    path = Path(next(iter(found.submodule_search_locations))) / "_openapi.json"
    return Spec(json.loads(path.read_text(encoding="utf-8")))


__all__ = ["FORMATS", "Operation", "Param", "Response", "Spec", "load"]
