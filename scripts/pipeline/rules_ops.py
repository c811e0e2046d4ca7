"""Normalisation rules for operations: keys, responses, servers, parameters, auth headers, tags, ids."""

from __future__ import annotations

import re
from typing import Any

from .rulebase import IDENTIFIER, Context, Parts, operations, types

_STATUS = re.compile(r"^([1-5])([0-9]{2}|xx)$", re.IGNORECASE)
_TEMPLATE = re.compile(r"\{([^}]+)\}")
_VERSION = re.compile(r"^v\d+(\.\d+)*$|^api$", re.IGNORECASE)
# Header parameters that carry a credential (case-insensitive names).
_CREDENTIAL_HEADERS = {
    "authorization",
    "authentication",
    "x-api-key",
    "api-key",
    "apikey",
    "x-api-token",
    "x-auth-token",
    "x-access-token",
    "access-token",
    "token",
    "x-token",
}


# -- keys and responses ----------------------------------------------------------------------------


def keys(ctx: Context) -> None:
    """Any key that is not a string (YAML ``200:``, ``yes:``) outside responses becomes one."""
    stack: list[tuple[Parts, Any]] = [((), ctx.spec)]
    while stack:
        parts, node = stack.pop()
        if isinstance(node, dict):
            if parts and parts[-1] == "responses":
                stack.extend(((*parts, k), v) for k, v in node.items())
                continue
            for key in [k for k in node if not isinstance(k, str)]:
                text = str(key).lower() if isinstance(key, bool) else str(key)
                node[text] = node.pop(key)
                ctx.repair((*parts, text), f"key {key!r} is a {type(key).__name__}: now the string {text!r}")
            stack.extend(((*parts, k), v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend(((*parts, i), v) for i, v in enumerate(node))


def status_keys(ctx: Context) -> None:
    """Response keys are strings, ranges upper-case (``4XX``): the generator omits ``4xx`` and fails on ``200``."""
    for path, method, op in operations(ctx.spec):
        responses = op.get("responses")
        if not isinstance(responses, dict):
            continue
        fixed: dict[str, Any] = {}
        for key, value in responses.items():
            text = str(key)
            match = _STATUS.match(text)
            new = match[1] + match[2].upper() if match else text
            if new != key:
                what = f"an integer ({key})" if isinstance(key, int) else repr(key)
                ctx.repair(("paths", path, method, "responses", text), f"response key {what}: now {new!r}")
            fixed[new] = value
        op["responses"] = fixed


# -- servers ----------------------------------------------------------------------------------------


def servers(ctx: Context) -> None:
    """Fold path-/operation-level servers into the paths (same origin) or drop them (said so).

    The generated client sends every operation to one base URL. A server that extends the
    global one (``https://api.x.com/v2`` under ``https://api.x.com``) or is relative becomes a path
    prefix; one on another origin cannot be honoured and is dropped with a repair naming it.
    """
    spec = ctx.spec
    base = str(((spec.get("servers") or [{}])[0] or {}).get("url", "")).rstrip("/")
    paths = spec.get("paths") or {}
    moves: list[tuple[str, str, str]] = []
    for path, item in list(paths.items()):
        if not isinstance(item, dict):
            continue
        level = item.pop("servers", None)
        if level is not None:
            ctx.repair(("paths", path, "servers"), _server_note(level, base, "path"))
        for method, op in [(m, o) for p, m, o in operations({"paths": {path: item}}) if p == path]:
            own = op.pop("servers", None)
            if own is not None:
                ctx.repair(("paths", path, method, "servers"), _server_note(own, base, "operation"))
            prefix = _prefix(own if own is not None else level, base)
            if prefix:
                moves.append((path, method, prefix + path))
    for path, method, new_path in moves:
        item = paths[path]
        target = paths.setdefault(new_path, {k: v for k, v in item.items() if k in ("parameters", "summary")})
        target[method] = item.pop(method)
        if not any(isinstance(v, dict) and k not in ("parameters",) for k, v in item.items()):
            del paths[path]


def _prefix(listed: Any, base: str) -> str:
    url = str(((listed or [{}])[0] or {}).get("url", "")).rstrip("/") if isinstance(listed, list) else ""
    if not url or url == base:
        return ""
    if url.startswith("/"):
        return url
    if base and url.startswith(base + "/"):
        return url[len(base) :]
    return ""


def _server_note(listed: Any, base: str, level: str) -> str:
    url = str(((listed or [{}])[0] or {}).get("url", "")) if isinstance(listed, list) else ""
    prefix = _prefix(listed, base)
    if prefix:
        return f"{level}-level server {url!r}: its path {prefix!r} now prefixes the operation's path"
    if url.rstrip("/") == base:
        return f"{level}-level server {url!r} is the global one: removed"
    return f"{level}-level server {url!r} is on another origin: removed (the client sends every call to its base URL)"


# -- parameters -------------------------------------------------------------------------------------


def _param_lists(ctx: Context, path: str, op: dict[str, Any]) -> list[tuple[Parts, list[Any]]]:
    item = ctx.spec["paths"][path]
    method = next(m for m, o in item.items() if o is op)
    found: list[tuple[Parts, list[Any]]] = []
    if isinstance(item.get("parameters"), list):
        found.append((("paths", path, "parameters"), item["parameters"]))
    if isinstance(op.get("parameters"), list):
        found.append((("paths", path, method, "parameters"), op["parameters"]))
    return found


def path_params(ctx: Context) -> None:
    for path, method, op in operations(ctx.spec):
        used = _TEMPLATE.findall(path)
        declared: set[str] = set()
        for parts, listed in _param_lists(ctx, path, op):
            for i in reversed(range(len(listed))):
                param = ctx.resolve(listed[i])
                if not isinstance(param, dict) or param.get("in") != "path":
                    continue
                name = param.get("name")
                if name not in used:
                    del listed[i]
                    ctx.repair((*parts, i), f"path parameter {name!r} is not in the path {path!r}: removed")
                    continue
                declared.add(str(name))
                if param.get("required") is not True and "$ref" not in listed[i]:
                    param["required"] = True
                    ctx.repair((*parts, i), f"path parameter {name!r} is not marked required: now required")
        for name in used:
            if name not in declared:
                op.setdefault("parameters", []).append(
                    {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
                )
                declared.add(name)
                ctx.repair(
                    ("paths", path, method),
                    f"path parameter {name!r} is used in the path but not declared: added (string)",
                )


def _headers(ctx: Context) -> list[tuple[str, str, Parts, list[Any], int, dict[str, Any]]]:
    found = []
    for path, method, op in operations(ctx.spec):
        for parts, listed in _param_lists(ctx, path, op):
            for i, raw in enumerate(listed):
                param = ctx.resolve(raw)
                if isinstance(param, dict) and param.get("in") == "header":
                    found.append((path, method, parts, listed, i, param))
    return found


def key_headers(ctx: Context) -> None:
    """A credential header parameter becomes a security scheme the facade fills from the environment."""
    spec = ctx.spec
    schemes = spec.setdefault("components", {}).setdefault("securitySchemes", {})
    removals: list[tuple[list[Any], int]] = []
    for path, method, parts, listed, i, param in _headers(ctx):
        header = str(param.get("name", ""))
        if header.lower() not in _CREDENTIAL_HEADERS:
            continue
        bearer = header.lower() == "authorization" and "bearer" in str(param.get("description", "")).lower()
        name = _scheme_for(schemes, header, bearer)
        op = spec["paths"][path][method]
        inherited = spec.get("security") or []
        requirement: dict[str, list[str]] = {name: []}
        current = op.get("security", inherited)
        if requirement not in current:
            op["security"] = [*current, requirement] if current else [requirement]
        removals.append((listed, i))
        kind = "http bearer" if bearer else "apiKey"
        ctx.repair(
            (*parts, i), f"header parameter {header!r} carries a credential: now security scheme {name!r} ({kind})"
        )
    for listed, i in sorted(removals, key=lambda r: -r[1]):
        del listed[i]


def _scheme_for(schemes: dict[str, Any], header: str, bearer: bool) -> str:
    for name, scheme in schemes.items():
        if not isinstance(scheme, dict):
            continue
        if bearer and scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
            return str(name)
        if not bearer and scheme.get("in") == "header" and str(scheme.get("name", "")).lower() == header.lower():
            return str(name)
    name = re.sub(r"[^A-Za-z0-9]+", "_", header).strip("_").lower() or "header_key"
    schemes[name] = (
        {"type": "http", "scheme": "bearer"} if bearer else {"type": "apiKey", "in": "header", "name": header}
    )
    return name


def header_types(ctx: Context) -> None:
    for _path, _method, parts, listed, i, param in _headers(ctx):
        schema = ctx.resolve(param.get("schema") or {})
        options = [ctx.resolve(s) for s in (schema.get("anyOf") or schema.get("oneOf") or [schema])]
        kinds = set().union(*(types(o) for o in options if isinstance(o, dict))) - {"null"}
        if not kinds or kinds == {"string"}:
            continue
        new: dict[str, Any] = {"type": "string"}
        if isinstance(schema.get("description"), str):
            new["description"] = schema["description"]
        target = param if "$ref" not in listed[i] else listed[i]
        target["schema"] = new
        ctx.repair(
            (*parts, i, "schema"),
            f"header parameter {param.get('name')!r} is typed {'/'.join(sorted(kinds))}: now a string",
        )


# -- tags and operationIds --------------------------------------------------------------------------


def untagged(ctx: Context) -> None:
    for path, method, op in operations(ctx.spec):
        if op.get("tags"):
            continue
        words = [w for w in path.split("/") if w and not w.startswith("{") and not _VERSION.match(w)]
        tag = words[0] if words else "default"
        op["tags"] = [tag]
        ctx.repair(("paths", path, method), f"operation has no tag: tagged {tag!r} (its first path segment)")


def _words(text: str) -> list[str]:
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text)
    return [w for w in re.split(r"[^A-Za-z0-9]+", spaced) if w]


def _camel(words: list[str]) -> str:
    if not words:
        return ""
    head, *rest = words
    name = head[:1].lower() + head[1:] + "".join(w[:1].upper() + w[1:] for w in rest)
    return name if not name[:1].isdigit() else f"op{name[:1].upper()}{name[1:]}"


def missing_ids(ctx: Context) -> None:
    for path, method, op in operations(ctx.spec):
        if op.get("operationId"):
            continue
        words = [method]
        for segment in (s for s in path.split("/") if s):
            words += ["by", *_words(segment)] if segment.startswith("{") else _words(segment)
        op["operationId"] = _camel(words)
        ctx.repair(("paths", path, method), f"operation has no operationId: now {op['operationId']!r}")


def id_identifiers(ctx: Context) -> None:
    for path, method, op in operations(ctx.spec):
        op_id = op.get("operationId")
        if not isinstance(op_id, str) or IDENTIFIER.match(op_id):
            continue
        new = _camel(_words(op_id)) or f"{method}Operation"
        op["operationId"] = new
        ctx.repair(("paths", path, method, "operationId"), f"operationId {op_id!r} is not an identifier: now {new!r}")


def _python(op_id: str) -> str:
    return "_".join(w.lower() for w in _words(op_id))


def duplicate_ids(ctx: Context) -> None:
    """Later operations whose id (or its Python module name) repeats an earlier one get a number."""
    taken: set[str] = set()
    seen_python: dict[str, str] = {}
    ops = list(operations(ctx.spec))
    all_ids = {str(op.get("operationId")) for _p, _m, op in ops}
    for path, method, op in ops:
        op_id = str(op.get("operationId"))
        python = _python(op_id)
        if op_id not in taken and python not in seen_python:
            taken.add(op_id)
            seen_python[python] = op_id
            continue
        n = 2
        while f"{op_id}{n}" in all_ids or f"{op_id}{n}" in taken or _python(f"{op_id}{n}") in seen_python:
            n += 1
        new = f"{op_id}{n}"
        first = seen_python.get(python, op_id)
        op["operationId"] = new
        taken.add(new)
        seen_python[_python(new)] = new
        ctx.repair(("paths", path, method, "operationId"), f"operationId {op_id!r} repeats {first!r}: now {new!r}")
