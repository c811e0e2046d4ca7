"""The OpenAPI document: the Go client's operations, CAST AI's error body, auth and servers.

What the Go client encodes (operations, parameters, bodies, success responses, schemas) comes
from the Go files. What it cannot encode is fixed here, each with its reason in
specs/castai/NOTES.md: the error responses, the security scheme, the servers, and the two
operations CAST AI documents elsewhere (the seed's cluster list and the spec document itself).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ._goclient import Operation
from ._gotypes import Decl, parse_type
from ._schemas import REF_PREFIX, Schema, SchemaBuilder

METHODS = ("get", "put", "post", "delete", "patch")
STATUS_TEXT = {"200": "OK", "201": "Created", "204": "No content"}
MEDIA = {"json": "application/json"}


@dataclass(frozen=True)
class ErrorStatus:
    """One error response: its status, what it means, and an example body."""

    status: str
    description: str
    message: str
    violation: dict[str, str] | None = None


ERRORS = {
    "BadRequest": ErrorStatus(
        "400",
        "The request is invalid; fieldViolations names the offending fields.",
        "invalid request",
        {"field": "name", "description": "must not be empty"},
    ),
    "Unauthorized": ErrorStatus(
        "401", "The X-API-Key header is missing, or the key is unknown, expired or deactivated.", "Unauthorized"
    ),
    "Forbidden": ErrorStatus(
        "403",
        "The key may not perform this call (read-only key, missing permission, or rejected cloud credentials).",
        "Forbidden",
        {"field": "credentials", "description": "cloud credentials are invalid"},
    ),
    "NotFound": ErrorStatus(
        "404", "The resource does not exist or is not visible to the caller's organization.", "not found"
    ),
    "Conflict": ErrorStatus(
        "409", "The resource is not in a state that allows this action, or it already exists.", "conflicting state"
    ),
    "TooManyRequests": ErrorStatus("429", "Too many requests; retry after a pause.", "rate limit exceeded"),
    "InternalError": ErrorStatus("500", "Unexpected server error.", "internal error"),
    "ServiceUnavailable": ErrorStatus("503", "The service is temporarily unavailable.", "service unavailable"),
}
UNSAFE = {"post", "put", "patch", "delete"}


def split_name(go_name: str, tags: list[str]) -> tuple[str, str]:
    """``ExternalClusterAPIListNodes`` -> (``ExternalClusterAPI``, ``ListNodes``): the longest known tag."""
    found = [t for t in tags if go_name.startswith(t) and go_name[len(t) : len(t) + 1].isupper()]
    if not found:
        raise ValueError(f"operation {go_name} does not start with any of the API tags")
    tag = max(found, key=len)
    return tag, go_name[len(tag) :]


def summary(method: str) -> str:
    """``ListNodeTemplates`` -> ``List node templates``; acronyms stay (``Get CASTAI cmd``)."""
    words = re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+", method)
    out = [w if (w.isupper() and len(w) > 1) or i == 0 else w.lower() for i, w in enumerate(words)]
    return " ".join(out)


def inline_names(decls: dict[str, Decl], ops: dict[str, Operation]) -> set[str]:
    """The types oapi-codegen made up for an operation's inline parts."""
    out = set()
    for name in decls:
        for op in ops:
            rest = name[len(op) :] if name.startswith(op) else ""
            if rest.startswith(("Params", "JSONBody", "JSONRequestBody")):
                out.add(name)
    return out


def unify_path_params(ops: dict[str, Operation]) -> list[tuple[str, str, str]]:
    """Give the operations of same-shaped paths one parameter name per position, in place.

    OpenAPI holds ``/a/{x}`` and ``/a/{y}`` to be the same path, and invalid side by side; the Go client
    has such pairs (``{cacheId}``/``{id}``, ``{invitationId}``/``{id}``), and grpc-gateway's dotted names
    (``{group.id}``), which openapi-python-client cannot template either. A name is not sent on the wire,
    so each operation is unchanged: at each position the name most operations of the shape use wins
    (a tie: the longer, more telling one), never a dotted one; a dotted name no other operation
    replaces becomes camel case (``groupId``). Returns (operation, old name, new name) for each rename.
    """
    shapes: dict[tuple[str, ...], list[Operation]] = {}
    for op in ops.values():
        shapes.setdefault(_shape(op.path.split("/")), []).append(op)
    renames = []
    for group in shapes.values():
        for position, segment in enumerate(_shape(group[0].path.split("/"))):
            if segment != "{}":
                continue
            names = [op.path.split("/")[position][1:-1] for op in group]
            plain = sorted({n for n in names if "." not in n}, key=lambda n: (-names.count(n), -len(n), n))
            for op, old in zip(group, names, strict=True):
                head, *rest = old.split(".")
                new = plain[0] if plain else head + "".join(r[:1].upper() + r[1:] for r in rest)
                if new != old:
                    op.path = op.path.replace("{" + old + "}", "{" + new + "}")
                    next(p for p in op.path_params if p.name == old).name = new
                    renames.append((op.name, old, new))
    return renames


def _shape(segments: list[str]) -> tuple[str, ...]:
    """A path with every whole-segment parameter as ``{}``: same-shaped paths are one path to OpenAPI."""
    return tuple("{}" if _is_param(s) else s for s in segments)


def _is_param(segment: str) -> bool:
    # A whole segment only: "{id}:tag" (a custom method on an item) is a different path.
    return segment.startswith("{") and segment.endswith("}") and segment.count("{") == 1


class DocumentBuilder:
    """Assemble the spec from the Go declarations and operations."""

    def __init__(self, decls: dict[str, Decl], ops: dict[str, Operation], tags: list[str]) -> None:
        self.decls, self.ops, self.tags = decls, ops, tags
        self.renamed = unify_path_params(ops)
        self.schemas = SchemaBuilder(decls, inline_names(decls, ops))

    def operation(self, op: Operation) -> tuple[str, str, dict[str, Any]]:
        """(path, method, operation object) of one Go operation."""
        tag, method_name = split_name(op.name, self.tags)
        out: dict[str, Any] = {
            "operationId": f"{tag}_{method_name}",
            "tags": [tag],
            "summary": summary(method_name),
        }
        params: list[dict[str, Any]] = [
            {"name": p.name, "in": "path", "required": True, "schema": self.schemas.schema(parse_type(p.go_type))}
            for p in op.path_params
        ]
        params += self.query_params(op)
        if params:
            out["parameters"] = params
        if op.body_type:
            body_decl = self.decls.get(op.body_type)
            if body_decl is None or op.body_media is None:
                raise ValueError(f"{op.name}: body type {op.body_type} is not declared")
            out["requestBody"] = {"required": True, "content": {op.body_media: {"schema": self.body(body_decl)}}}
        responses: dict[str, Any] = {}
        for status, (media, go_type) in sorted(op.responses.items()):
            schema = self.schemas.schema(parse_type(go_type))
            responses[status] = {
                "description": STATUS_TEXT.get(status, "OK"),
                "content": {MEDIA[media]: {"schema": schema}},
            }
        if not responses:
            # The Go client decodes no body here, so its media type is not recoverable: 200, no content.
            responses["200"] = {"description": "OK"}
        out["responses"] = responses
        method = op.method.lower()
        add_errors(method, out)
        return op.path, method, out

    def query_params(self, op: Operation) -> list[dict[str, Any]]:
        if not op.query:
            return []
        decl = self.decls.get(op.params_type or "")
        if decl is None:
            raise ValueError(f"{op.name}: query parameters {op.query} but no {op.name}Params struct")
        fields = {f.wire_name: f for f in decl.fields}
        out = []
        for name in op.query:
            f = fields.get(name)
            if f is None:
                raise ValueError(f"{decl.name} (api.gen.go line {decl.line}) has no field for query parameter {name}")
            schema, required = self.schemas.property(f)
            param: dict[str, Any] = {"name": name, "in": "query", "required": required, "schema": schema}
            if not op.explode.get(name, True):
                param["explode"] = False
            out.append(param)
        return out

    def body(self, decl: Decl) -> Schema:
        # <Op>JSONRequestBody is an alias of a component (a $ref) or of an inline <Op>JSONBody.
        return self.schemas.schema(parse_type(decl.name))

    def paths(self) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for op in sorted(self.ops.values(), key=lambda o: (o.path, METHODS.index(o.method.lower()))):
            path, method, body = self.operation(op)
            item = out.setdefault(path, {})
            if method in item:
                raise ValueError(f"{op.name}: {method.upper()} {path} is declared twice")
            item[method] = body
        return out


def add_errors(method: str, op: dict[str, Any]) -> None:
    """Add the error responses to ``op`` by the rules in NOTES.md.

    400 when it takes parameters or a body; 401 and 403 unless it needs no key; 404 when it
    names a resource in its path (or by an ``id`` query parameter); 409 on unsafe methods; 429,
    500 and 503 always.
    """
    params = op.get("parameters") or []
    names = []
    if params or "requestBody" in op:
        names.append("BadRequest")
    if op.get("security") != []:
        names += ["Unauthorized", "Forbidden"]
    if any(p["in"] == "path" or (p["in"], p["name"]) == ("query", "id") for p in params):
        names.append("NotFound")
    if method in UNSAFE:
        names.append("Conflict")
    names += ["TooManyRequests", "InternalError", "ServiceUnavailable"]
    for name in names:
        op["responses"][ERRORS[name].status] = {"$ref": f"#/components/responses/{name}"}


def error_components() -> tuple[dict[str, Any], Schema]:
    """``components.responses`` for the error statuses and the shared error body schema."""
    responses = {}
    for name, error in ERRORS.items():
        example = {"message": error.message, "fieldViolations": [error.violation] if error.violation else []}
        responses[name] = {
            "description": error.description,
            "content": {"application/json": {"schema": {"$ref": REF_PREFIX + "ErrorResponse"}, "example": example}},
        }
    schema: Schema = {
        "type": "object",
        "required": ["message"],
        "properties": {
            "message": {"type": "string"},
            "fieldViolations": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"field": {"type": "string"}, "description": {"type": "string"}},
                },
            },
        },
    }
    return responses, schema
