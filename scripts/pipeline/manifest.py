"""Stage 5: the manifest, ``generated/<p>_client/_manifest.json``: what the facade knows of a provider.

Plain JSON data (read by ``facade/_manifest.py`` without importing the generated package): base
URL, security schemes, error-body paths, and per operation its method, path, module, tag,
summary, parameters, body fields, security, pagination (with the generated attribute and argument
names), idempotency and success statuses; the waiters (x-waiters) by name. ``inputs_sha256`` is the
build's stamp.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from . import endpoints as ep
from . import schema as sch
from .shared import vocabulary


def _params(spec: Mapping[str, Any], spec_params: list[Any], endpoint: Any) -> list[dict[str, Any]]:
    """Each parameter as callers see it: wire name, Python name, location, required, type, enum."""
    python = {
        (where, ep.text(prop.name)): str(prop.python_name)
        for where in ep.LOCATIONS
        for prop in ep.parameters(endpoint, where)
    }
    out = []
    for raw in spec_params:
        param = sch.resolve(spec, raw)
        entry: dict[str, Any] = {
            "name": param["name"],
            "python": python.get((param["in"], param["name"]), param["name"]),
            "in": param["in"],
            "required": bool(param.get("required", param["in"] == "path")),
            "type": sch.type_name(spec, param.get("schema")),
        }
        enum = sch.enum(spec, param.get("schema"))
        if enum:
            entry["enum"] = enum
        out.append(entry)
    return out


def _body(spec: Mapping[str, Any], op: Mapping[str, Any], endpoint: Any) -> dict[str, Any] | None:
    """The request body: media type, required, and its top-level fields (wire and Python names)."""
    if "requestBody" not in op:
        return None
    body = sch.resolve(spec, op["requestBody"])
    content = body.get("content") or {}
    media = next((c for c in content if "json" in c), next(iter(content), None))
    schema = sch.resolve(spec, (content.get(media) or {}).get("schema") or {}) if media else {}
    props: dict[str, Any] = {}
    required: set[str] = set()
    for part in [schema, *[sch.resolve(spec, s) for s in (schema.get("allOf") or [])]]:
        if isinstance(part, dict):
            props.update(part.get("properties") or {})
            required.update(part.get("required") or [])
    prop = endpoint.bodies[0].prop if endpoint.bodies else None
    python = {p.name: str(p.python_name) for p in ep.children(prop)}
    fields = [
        {"name": name, "python": python.get(name, name), "required": name in required, "type": sch.type_name(spec, sub)}
        for name, sub in props.items()
    ]
    return {
        "media": media,
        "required": bool(body.get("required")),
        "type": sch.type_name(spec, schema),
        "fields": fields,
    }


def _pagination(op: Mapping[str, Any], endpoint: Any, parse: Callable[[str], tuple[Any, ...]]) -> dict[str, Any] | None:
    if "x-pagination" not in op:
        return None
    pagination = dict(op["x-pagination"])
    success = ep.success_props(endpoint)
    attrs: dict[str, list[str] | None] = {}
    for key in vocabulary.PAGINATION_RESPONSE_KEYS:
        if key in pagination:
            found = ep.prop_at(success[0], parse(pagination[key])) if success else None
            attrs[key] = found[0] if found else None
    pagination["attrs"] = attrs
    # The generated functions take Python names (page.limit -> page_limit), not wire names.
    wire_to_python = {ep.text(q.name): str(q.python_name) for q in ep.parameters(endpoint, "query")}
    pagination["args"] = {
        key: wire_to_python.get(pagination[key], pagination[key])
        for key in vocabulary.PAGINATION_PARAM_KEYS
        if key in pagination
    }
    return pagination


def _waiters(spec: Mapping[str, Any], ops: Mapping[str, Any]) -> dict[str, Any]:
    """Every x-waiters entry by waiter name, defaults filled in, params under their Python names."""
    waiters: dict[str, Any] = {}
    for _path, _method, op in sch.operations(spec):
        op_id = op["operationId"]
        python = {p["name"]: p["python"] for p in ops[op_id]["params"]}
        for name, raw in (op.get("x-waiters") or {}).items():
            acceptors = []
            for acceptor in raw["acceptors"]:
                entry = {k: acceptor[k] for k in ("state", "matcher", "argument") if k in acceptor}
                expected = acceptor["expected"]
                entry["expected"] = expected if isinstance(expected, list) else [expected]
                acceptors.append(entry)
            delay = raw.get("delay", vocabulary.WAITER_DEFAULTS["delay"])
            waiters[name] = {
                "operation": op_id,
                "description": raw.get("description", ""),
                "delay": delay,
                "max_delay": raw.get("max_delay", max(delay, vocabulary.WAITER_DEFAULTS["max_delay"])),
                "timeout": raw.get("timeout", vocabulary.WAITER_DEFAULTS["timeout"]),
                "params": {python.get(k, k): v for k, v in (raw.get("params") or {}).items()},
                "acceptors": acceptors,
            }
    return dict(sorted(waiters.items()))


def _schemes(spec: Mapping[str, Any]) -> dict[str, Any]:
    schemes = {}
    for name, scheme in sorted(((spec.get("components") or {}).get("securitySchemes") or {}).items()):
        kind = scheme.get("type")
        entry: dict[str, Any] = {"type": kind, "env": scheme.get("x-env-var")}
        if kind == "apiKey":
            entry.update({"in": scheme.get("in"), "name": scheme.get("name")})
        elif kind == "http":
            entry.update({"in": "header", "name": "Authorization", "scheme": str(scheme.get("scheme", "")).lower()})
        schemes[name] = entry
    return schemes


def build(
    provider: str,
    package: str,
    spec: dict[str, Any],
    endpoints: Mapping[str, tuple[str, Any]],
    module_of: Callable[[str, Any], str],
    parse: Callable[[str], tuple[Any, ...]],
) -> dict[str, Any]:
    """The manifest data (without the stamp fields, which the build adds)."""
    default_security = spec.get("security") or []
    ops: dict[str, Any] = {}
    for path, method, op in sch.operations(spec):
        tag, endpoint = endpoints[ep.key(method, path)]
        statuses = sorted(int(s) for s in (op.get("responses") or {}) if str(s).isdigit())
        ops[op["operationId"]] = {
            "method": method.upper(),
            "path": path,
            "module": f"{package}.api.{tag}.{module_of(tag, endpoint)}",
            "tag": tag,
            "summary": sch.summary(op),
            "params": _params(spec, sch.parameters(spec, path, op), endpoint),
            "body": _body(spec, op, endpoint),
            "security": [sorted(req) for req in op.get("security", default_security)],
            "pagination": _pagination(op, endpoint, parse),
            "idempotency": op.get("x-idempotency"),
            "success": [s for s in statuses if 200 <= s < 300],
        }
    servers = spec.get("servers") or [{"url": ""}]
    return {
        "provider": provider,
        "package": package,
        "title": spec["info"].get("title", provider),
        "api_version": str(spec["info"].get("version", "")),
        "base_url": servers[0]["url"].rstrip("/"),
        "security_schemes": _schemes(spec),
        "default_security": [sorted(req) for req in default_security],
        "errors": (spec.get("info") or {}).get("x-errors") or {},
        "operations": dict(sorted(ops.items())),
        "waiters": _waiters(spec, ops),
    }


def write(path: Path, data: Mapping[str, Any]) -> None:
    """JSON with a stable layout (the tree is committed, so it must be byte-identical run to run)."""
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
