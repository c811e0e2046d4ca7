"""The effective OpenAPI document of one provider, parsed once: operations, routing, validators."""

from __future__ import annotations

import copy
import importlib.util
import json
import re
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
_PARAM = re.compile(r"\{([^{}]+)\}")


def segment_params(segment: str) -> list[str]:
    """The parameters a path template segment names: ``{id}`` -> ``[id]``, ``{id}:cancel`` -> ``[id]``."""
    return _PARAM.findall(segment)


def path_params(segments: tuple[str, ...] | list[str]) -> list[str]:
    """Every parameter of a path template (split on ``/``), in order."""
    return [name for segment in segments for name in segment_params(segment)]


@cache
def _mixed(template: str) -> re.Pattern[str]:
    """A segment that mixes parameters and text (``{commitmentId}:getUsageHistory``) as a regular expression."""
    parts = _PARAM.split(template)  # text, name, text, name, ..., text
    pattern = "".join(re.escape(part) if i % 2 == 0 else f"(?P<p{i // 2}>.+?)" for i, part in enumerate(parts))
    return re.compile(pattern)


def _specificity(segments: tuple[str, ...]) -> int:
    """How much literal text a template pins: a text segment 2, a segment mixing text and a parameter 1."""
    return sum(2 if not segment_params(s) else int(_PARAM.fullmatch(s) is None) for s in segments)


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
            names = segment_params(template)
            if not names:
                if template != segment and template != unquote(segment):
                    return None
            elif template == f"{{{names[0]}}}":
                if not segment:
                    return None
                found[names[0]] = unquote(segment)
            else:  # text and parameters in one segment: the text must match where it stands
                matched = _mixed(template).fullmatch(segment) or _mixed(template).fullmatch(unquote(segment))
                if matched is None:
                    return None
                found.update({name: unquote(value) for name, value in zip(names, matched.groups(), strict=True)})
        return found


class Spec:
    """A parsed spec: operations in match order, ``$ref`` resolution, cached validators."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        # Validators read JSON Schema 2020-12, which has no `nullable`: an OpenAPI 3.0 document's
        # `nullable: true` is rewritten as the null type it means (the document served stays as it is).
        schemas = _nullable_as_null(copy.deepcopy(doc)) if str(doc.get("openapi", "")).startswith("3.0") else doc
        self.registry: Registry[Any] = Registry().with_resource(
            _SPEC_URI, Resource.from_contents(schemas, default_specification=DRAFT202012)
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
        # Literal segments first, so /vms/v3/status wins over /vms/v3/{id} (and {id}:cancel over {id}).
        self.ordered = sorted(self.operations.values(), key=lambda o: (-_specificity(o.segments), o.path))

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
        """(operation, its path parameters, every method the path allows) for a raw request path.

        As OpenAPI matches paths, the most concrete template that fits is the path: ``/things/mine``
        is not also ``/things/{id}``, so only its own methods are allowed there.
        """
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


def _nullable_as_null(node: Any) -> Any:
    """OpenAPI 3.0's ``nullable: true`` as JSON Schema: ``null`` joins the type (and the enum), in place."""
    if isinstance(node, list):
        for child in node:
            _nullable_as_null(child)
    elif isinstance(node, dict):
        for child in node.values():
            _nullable_as_null(child)
        if node.get("nullable") is True:
            del node["nullable"]
            kind = node.get("type")
            if isinstance(kind, str):
                node["type"] = [kind, "null"]
                if isinstance(node.get("enum"), list) and None not in node["enum"]:
                    node["enum"].append(None)
            elif kind is None:  # a composition: it, or null
                rest = dict(node)
                node.clear()
                node["anyOf"] = [rest, {"type": "null"}]
    return node


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


__all__ = ["FORMATS", "Operation", "Param", "Response", "Spec", "load", "path_params", "segment_params"]
