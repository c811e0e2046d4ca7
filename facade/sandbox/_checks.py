"""What a request must pass before the engine sees it: credentials, parameters, content type, body.

Each check raises the error the provider would answer with (statuses from its declaration), or
returns the request's values parsed and coerced to their schema types.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from ._credentials import Credentials
from ._errors import Abort, Invalid, Issue, NotFound, Problem, Refused, Statuses
from ._spec import Operation, Param, Spec

MAX_DEPTH = 64  # JSON bodies nested deeper are refused before validation (which recurses)


class AuthFailed(Exception):
    """No valid credential for the operation: ``reason`` is ``missing``, ``invalid`` or ``wrong_scheme``."""

    def __init__(self, reason: str, credential: tuple[str, str] | None) -> None:
        super().__init__(reason)
        self.reason, self.credential = reason, credential


def presented(scheme: Mapping[str, Any], headers: Mapping[str, str], query: Mapping[str, str]) -> str | None:
    """The credential the request presents for ``scheme`` ("" for a wrong kind, None for none)."""
    if scheme.get("type") == "http":
        value = headers.get("authorization")
        if value is None:
            return None
        kind, _, token = value.partition(" ")
        return token.strip() if kind.lower() == str(scheme.get("scheme", "bearer")).lower() else ""
    if scheme.get("type") == "apiKey":
        where, name = scheme.get("in"), str(scheme.get("name", ""))
        if where == "header":
            return headers.get(name)
        if where == "query":
            return query.get(name)
    return None


def authenticate(
    spec: Spec, op: Operation, credentials: Credentials, headers: Mapping[str, str], query: Mapping[str, str]
) -> tuple[str, str] | None:
    """The (scheme, credential) that satisfies one of the operation's requirements; AuthFailed if none."""
    if not op.security or any(not requirement for requirement in op.security):
        return None
    shown = {name: presented(spec.schemes.get(name, {}), headers, query) for name in spec.schemes}
    for requirement in op.security:
        chosen = None
        for name in requirement:
            value = shown.get(name)
            if value is None or credentials.meta(name, value) is None:
                break
            chosen = (name, value)
        else:
            return chosen
    if not any(value is not None for value in shown.values()):
        raise AuthFailed("missing", None)
    for name, value in shown.items():
        if value and credentials.meta(name, value) is not None:
            raise AuthFailed("wrong_scheme", (name, value))
    raise AuthFailed("invalid", None)


def parameters(
    spec: Spec, op: Operation, statuses: Statuses, path: dict[str, str], query: Any, headers: Mapping[str, str]
) -> tuple[dict[str, str], dict[str, Any]]:
    """Path and query parameters, coerced and validated (path values stay strings)."""
    issues: list[Issue] = []
    checked_path: dict[str, str] = {}
    values: dict[str, Any] = {}
    for param in op.params:
        if param.location == "path":
            raw = path.get(param.name, "")
            value: Any = _scalar(param.schema.get("type"), raw)
            errors = list(spec.validator(param.pointer).iter_errors(value))
            if errors:
                raise _bad_path(op, statuses, param, raw, _issues(errors, ("path", param.name)))
            checked_path[param.name] = raw
            continue
        if param.location == "query":
            raw_values = query.getlist(param.name)
            value = _coerce(param, raw_values) if raw_values else None
            values[param.name] = value
        elif param.location == "header":
            value = headers.get(param.name)
        else:
            continue
        if value is None:
            if param.required:
                issues.append(Issue((param.location, param.name), "Field required", "missing"))
            continue
        issues += _issues(spec.validator(param.pointer).iter_errors(value), (param.location, param.name))
    if issues:
        raise Invalid(*issues)
    return checked_path, values


def _bad_path(op: Operation, statuses: Statuses, param: Param, raw: str, issues: list[Issue]) -> Abort:
    """A malformed path parameter, answered with a status the operation documents.

    The provider's choice (``Statuses.path``) wins when the operation lists it; otherwise a 404
    (nothing can exist at a malformed id), then the validation status, 400, 422.
    """
    for status in (statuses.path, 404, statuses.validation, 400, 422):
        if op.declares(status):
            break
    else:
        status = statuses.path
    if status == 404:
        return NotFound(param.name, raw)
    if status == statuses.validation:
        return Invalid(*issues)
    return _Status(status, Invalid(*issues))


class _Status(Abort):
    """A validation failure answered with an explicit status."""

    def __init__(self, status: int, invalid: Invalid) -> None:
        super().__init__(str(invalid))
        self.status, self.invalid = status, invalid

    def problem(self, statuses: Statuses) -> Problem:
        found = self.invalid.problem(statuses)
        return Problem(self.status, found.code, found.message, found.param, found.issues)


def body(spec: Spec, op: Operation, statuses: Statuses, raw: bytes, content_type: str | None) -> Any:
    """The parsed, validated JSON body (None when there is none or the operation takes none)."""
    if op.body_pointer is None:
        return None
    if not raw.strip():
        if op.body_required:
            raise Invalid(Issue(("body",), "Field required", "missing"))
        return None
    media = (content_type or "").split(";")[0].strip().lower()
    if media and not (media == "application/json" or media.endswith("+json")):
        takes = ", ".join(op.body_media) or "application/json"
        raise Refused(
            statuses.unsupported_media, f"Unsupported media type {media!r}: send {takes}.", "unsupported_media"
        )
    try:
        value = json.loads(raw, parse_float=_number)
    except RecursionError:
        raise Refused(
            statuses.malformed, f"The JSON body nests deeper than {MAX_DEPTH} levels.", "malformed_json"
        ) from None
    except ValueError as exc:
        raise Refused(
            statuses.malformed, f"The request body could not be parsed as JSON: {exc}.", "malformed_json"
        ) from None
    if _too_deep(value):
        raise Refused(statuses.malformed, f"The JSON body nests deeper than {MAX_DEPTH} levels.", "malformed_json")
    issues = _issues(spec.validator(op.body_pointer).iter_errors(value), ("body",))
    if issues:
        raise Invalid(*issues)
    return value


def _number(text: str) -> int | float:
    """A JSON number with a fraction or exponent: an int when it is integral, as JSON Schema counts 464.0 an
    integer (so a handler may use it as one)."""
    value = float(text)
    return int(value) if value.is_integer() else value


def _too_deep(value: Any) -> bool:
    """True when ``value`` nests containers more than MAX_DEPTH levels deep (checked level by level)."""
    level: list[Any] = [value]
    for _ in range(MAX_DEPTH):
        nested: list[Any] = []
        for node in level:
            children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
            nested.extend(child for child in children if isinstance(child, dict | list))
        if not nested:
            return False
        level = nested
    return True


def _coerce(param: Param, raw: list[str]) -> Any:
    schema = param.schema
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind == "array":
        values = raw if param.explode else [p for v in raw for p in v.split(",")]
        item_kind = (schema.get("items") or {}).get("type")
        return [_scalar(item_kind, v) for v in values]
    return _scalar(kind, raw[-1])


def _scalar(kind: Any, value: str) -> Any:
    try:
        if kind == "integer":
            return int(value)
        if kind == "number":
            return float(value)
    except ValueError:
        return value
    if kind == "boolean" and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return value


def _issues(errors: Iterable[Any], prefix: tuple[str | int, ...]) -> list[Issue]:
    out = []
    for error in errors:
        loc: tuple[str | int, ...] = (*prefix, *error.absolute_path)
        kind = str(error.validator)
        if kind == "required" and isinstance(error.instance, dict):
            missing = [r for r in error.validator_value if r not in error.instance]
            loc = (*loc, *missing[:1])
            kind = "missing"
        out.append(Issue(loc, str(error.message), kind))
    return out
