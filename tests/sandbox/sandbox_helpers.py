"""Shared by the sandbox tests: spec-driven request building and openapi-core validation."""

from __future__ import annotations

import json
import random
from functools import cache
from typing import Any

import httpx
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse

from facade.sandbox import Sandbox, available
from facade.sandbox._spec import Operation, load
from facade.sandbox._synth import synth

PROVIDERS = available()


@cache
def openapi(provider: str) -> OpenAPI:
    return OpenAPI.from_dict(load(provider).doc)


def check_response(provider: str, op: Operation, response: httpx.Response) -> None:
    """Validate a real response against the provider's spec with openapi-core (errors included)."""
    spec = load(provider)
    server = spec.doc.get("servers", [{"url": "http://localhost"}])[0]["url"].rstrip("/")
    request = MockRequest(
        server,
        op.method.lower(),
        response.request.url.path,
        path_pattern=op.path,
        args=dict(response.request.url.params),
        headers=dict(response.request.headers),
        data=response.request.content or None,
        content_type=response.request.headers.get("content-type", "application/json"),
    )
    ctype = response.headers.get("content-type", "").split(";")[0]
    data: Any = response.content if "json" in ctype or not ctype else response.text
    resp = MockResponse(
        data,
        status_code=response.status_code,
        headers=dict(response.headers),
        # No Content-Type (a bodiless answer) is None, which openapi-core checks for; its annotation says str.
        content_type=ctype or None,  # type: ignore[arg-type]
    )
    openapi(provider).validate_response(request, resp)


def auth_headers(sb: Sandbox, op: Operation, scheme_index: int = 0) -> dict[str, str]:
    """Headers carrying a valid credential for the operation's first security requirement."""
    headers: dict[str, str] = {}
    if not op.security:
        return headers
    for scheme_name in op.security[scheme_index]:
        scheme = sb.state.spec.schemes[scheme_name]
        value = sb.credentials[scheme_name]
        if scheme["type"] == "http":
            headers["Authorization"] = f"Bearer {value}"
        elif scheme.get("in") == "header":
            headers[scheme["name"]] = value
    return headers


def build_request(sb: Sandbox, op: Operation, rng: random.Random) -> dict[str, Any]:
    """A valid request for ``op``: ids of existing items, synthesised params and body."""
    spec = sb.state.spec
    ids = existing_path(sb, op)
    path = op.path
    query: dict[str, Any] = {}
    headers = auth_headers(sb, op)
    for param in op.params:
        if param.location == "path":
            value = ids.get(param.name)
            if value is None:
                value = synth(spec, param.schema, rng)
            path = path.replace("{" + param.name + "}", str(value))
        elif param.location == "query" and param.required:
            # A required query parameter can name an item too (castai: PUT /v1/rebalancing-schedules?id=).
            value = existing_id(sb, op, param.name)
            if value is None:
                value = param.example if param.example is not None else synth(spec, param.schema, rng)
            query[param.name] = ",".join(map(str, value)) if isinstance(value, list) else value
    # Required fields only where the spec gives no examples (castai): optional ones would be placeholders.
    sparse = sb.state.provider.sparse
    body = synth(spec, spec.at(op.body_pointer), rng, minimal=sparse) if op.body_pointer else None
    if body is not None:
        headers = {**headers, "Content-Type": "application/json"}
    return {
        "method": op.method,
        "url": path,
        "params": query,
        "headers": headers,
        "content": json.dumps(body) if body is not None else None,
    }


def existing_path(sb: Sandbox, op: Operation) -> dict[str, str]:
    """Ids of seeded items for the operation's path parameters: a parent, then one of its children."""
    engine = sb.state.engine
    found: dict[str, str] = {}
    parent: dict[str, Any] | None = None
    with sb.state.store.lock:
        call = engine.operator_call()
        for param, res in engine.chain(op.op_id):
            under = parent if parent is not None and res.parent and engine.id_params[res.parent] in found else None
            items = [i for i in call.items(res.name, under) if _alive(res, i)]
            items = items[::-1] if res.newest_first else items  # the first item its list shows
            if not items:
                return found
            parent = items[0]
            found[param] = str(parent[res.id_field])
    return found


def existing_id(sb: Sandbox, op: Operation, param: str) -> str | None:
    """A seeded id for a parameter named like a resource's id parameter (the resource nearest ``op``'s path)."""
    engine = sb.state.engine
    named = [r for r in engine.resources.values() if engine.id_params[r.name] == param]
    if not named:
        return None
    res = max(named, key=lambda r: engine._shared_prefix(r, op))
    items = [i for i in sb.items(res.name) if _alive(res, i)]
    return str(items[0][res.id_field]) if items else None


def _alive(res: Any, item: dict[str, Any]) -> bool:
    lifecycle = res.lifecycle
    return lifecycle is None or lifecycle.gone is None or item.get(lifecycle.field) != lifecycle.gone
