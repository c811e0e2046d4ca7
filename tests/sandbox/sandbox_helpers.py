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

PROVIDERS = available()


@cache
def openapi(provider: str) -> OpenAPI:
    return OpenAPI.from_dict(load(provider).doc)


def check_response(provider: str, op: Operation, response: httpx.Response) -> None:
    """Validate a real response against the provider's spec with openapi-core (errors included)."""
    spec = load(provider)
    server = spec.doc.get("servers", [{"url": "http://localhost"}])[0]["url"].rstrip("/")
    request = MockRequest(
        server, op.method.lower(), response.request.url.path, path_pattern=op.path,
        args=dict(response.request.url.params), headers=dict(response.request.headers),
        data=response.request.content or None,
        content_type=response.request.headers.get("content-type", "application/json"),
    )  # fmt: skip
    ctype = response.headers.get("content-type", "").split(";")[0]
    data: Any = response.content if "json" in ctype or not ctype else response.text
    resp = MockResponse(data, status_code=response.status_code, headers=dict(response.headers),
                        content_type=ctype or None)  # fmt: skip
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
    res_action = sb.state.routes.get(op.op_id)
    path = op.path
    query: dict[str, Any] = {}
    headers = auth_headers(sb, op)
    for param in op.params:
        value: Any = None
        if param.location == "path":
            value = existing_id(sb, op, param.name)
            if value is None:
                value = spec.synth(param.schema, rng)
            path = path.replace("{" + param.name + "}", str(value))
        elif param.location == "query" and param.required:
            # A required query parameter can name an item too (castai: PUT /v1/rebalancing-schedules?id=).
            value = existing_id(sb, op, param.name)
            if value is None:
                value = param.example if param.example is not None else spec.synth(param.schema, rng)
            query[param.name] = ",".join(map(str, value)) if isinstance(value, list) else value
    body = None
    if op.body_pointer:
        body = spec.synth(spec.at(op.body_pointer), rng)
    if res_action and res_action[1] == "create" and op.op_id in sb.state.provider.handlers:
        pass
    return {"method": op.method, "url": path, "params": query, "headers": headers,
            "content": json.dumps(body) if body is not None else None,
            **({"headers": {**headers, "Content-Type": "application/json"}} if body is not None else {})}  # fmt: skip


def existing_id(sb: Sandbox, op: Operation, param: str) -> str | None:
    """The id of a seeded item for a path parameter: from the resource whose routes look most like ``op``'s."""
    best, best_len = None, -1
    for res in sb.state.provider.resources:
        if param not in (res.id_param, res.parent_param):
            continue
        paths = [sb.state.spec.operations[o].path for o in res.operations if o in sb.state.spec.operations]
        common = max((_shared(p, op.path) for p in paths), default=0)
        if common > best_len:
            best, best_len = res, common
    if best is None:
        return None
    coll = sb.state.store.collection(best.name if param == best.id_param else _parent(sb, best))
    ids = coll.ids()
    return ids[0] if ids else None


def _parent(sb: Sandbox, res: Any) -> str:
    for other in sb.state.provider.resources:
        if other.id_param == res.parent_param:
            return str(other.name)
    return str(res.name)


def _shared(a: str, b: str) -> int:
    """How many leading path segments two path templates share."""
    count = 0
    for x, y in zip(a.split("/"), b.split("/"), strict=False):
        if x != y:
            break
        count += 1
    return count
