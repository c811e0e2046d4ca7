"""Every generated client in generated/ imports, and one call per provider goes over real HTTP.

The call is chosen from the provider's manifest (a GET list operation where there is one), its
canned body is synthesised from the 2xx response schema in the client's ``_openapi.json`` (so it
fits the spec by construction), and the parsed model must give that body back.
"""

from __future__ import annotations

import datetime
import enum
import inspect
import json
import re
from importlib import import_module
from typing import TYPE_CHECKING, Any

import pytest

from .conftest import GENERATED_PROVIDERS, REPO, LocalServer, import_package, resolve_ref

if TYPE_CHECKING:
    from types import ModuleType

GENERATED = REPO / "generated"
pytestmark = pytest.mark.usefixtures("no_bytecode")


_STRINGS = {
    "date-time": "2024-05-01T10:00:00+00:00",
    "date": "2024-05-01",
    "uuid": "5b9f4c3e-8d1a-4f0e-9c2b-7a6d5e4f3a21",
    "email": "ana@example.com",
    "uri": "https://example.com/x",
}


def sample(spec: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """A value that fits ``schema``: every property filled, first enum member, first union branch."""
    schema = resolve_ref(spec, schema)
    if not isinstance(schema, dict) or depth > 8:
        return None
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return next((v for v in schema["enum"] if v is not None), None)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = sample(spec, part, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        extra = {k: v for k, v in schema.items() if k != "allOf"}
        if extra.get("properties"):
            merged.update(sample(spec, extra, depth + 1))
        return merged
    for key in ("oneOf", "anyOf"):
        if key in schema:
            branches = [b for b in schema[key] if resolve_ref(spec, b).get("type") != "null"]
            return sample(spec, branches[0], depth + 1) if branches else None
    kinds = schema.get("type")
    kind = next((k for k in kinds if k != "null"), None) if isinstance(kinds, list) else kinds
    if kind is None and "properties" in schema:
        kind = "object"
    if kind == "object":
        props = schema.get("properties") or {}
        return {name: sample(spec, prop, depth + 1) for name, prop in props.items()}
    if kind == "array":
        return [sample(spec, schema.get("items") or {}, depth + 1)]
    if kind == "string":
        return _STRINGS.get(schema.get("format", ""), "text")
    if kind == "integer":
        return max(int(schema.get("minimum", 0)), 1)
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    return None


def _success(spec: dict[str, Any], op: dict[str, Any]) -> tuple[int, Any] | None:
    for status in sorted(op.get("responses") or {}):
        if str(status).isdigit() and str(status).startswith("2"):
            content = resolve_ref(spec, op["responses"][status]).get("content") or {}
            media = content.get("application/json")
            return (int(status), resolve_ref(spec, media["schema"])) if media else None
    return None


def _choose(manifest: dict[str, Any], spec: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """A GET with a JSON body, preferring paged lists: its id and manifest entry."""
    candidates = []
    for op_id, entry in sorted(manifest["operations"].items()):
        op = spec["paths"][entry["path"]][entry["method"].lower()]
        if entry["method"] != "GET" or _success(spec, op) is None:
            continue
        candidates.append((entry["pagination"] is None, entry["path"].count("{"), op_id, entry))
    assert candidates, "no GET operation with a JSON 2xx body"
    _unpaged, _params, op_id, entry = min(candidates, key=lambda c: c[:3])
    return op_id, entry


def _value_for(annotation: Any) -> Any:
    if annotation is int:
        return 7
    if annotation is float:
        return 1.5
    if annotation is bool:
        return True
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return next(iter(annotation))
    if annotation is datetime.datetime:  # a required time window (CAST AI's cost reports)
        return datetime.datetime(2026, 7, 1, tzinfo=datetime.UTC)
    return "id-7"


def _arguments(function: Any) -> tuple[list[Any], dict[str, Any]]:
    """Values for the required parameters of a generated sync_detailed (path params positional)."""
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for param in inspect.signature(function).parameters.values():
        if param.name == "client" or param.default is not inspect.Parameter.empty:
            continue
        if param.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[param.name] = _value_for(param.annotation)
        else:
            args.append(_value_for(param.annotation))
    return args, kwargs


def _auth(manifest: dict[str, Any], entry: dict[str, Any]) -> tuple[dict[str, str], tuple[str, str] | None]:
    """AuthenticatedClient keywords for the operation's first security scheme, and the header to expect."""
    security = entry["security"]
    if not security or not security[0]:
        return {}, None
    scheme = manifest["security_schemes"][security[0][0]]
    if scheme["type"] == "apiKey" and scheme["in"] == "header":
        return {"prefix": "", "auth_header_name": scheme["name"]}, (scheme["name"].lower(), "tok-123")
    if scheme["type"] == "http" and scheme.get("scheme") == "basic":
        return {"prefix": "Basic"}, ("authorization", "Basic tok-123")
    return {}, ("authorization", "Bearer tok-123")


def _plain(value: Any) -> Any:
    """The parsed response as JSON data (models via to_dict, lists element-wise)."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value


@pytest.mark.parametrize("provider", GENERATED_PROVIDERS)
def test_generated_client_imports(provider: str) -> None:
    package = import_package(GENERATED, f"{provider}_client")
    assert package.AuthenticatedClient
    assert package.Client
    manifest = import_module(f"{provider}_client._manifest").MANIFEST
    assert manifest["provider"] == provider
    for entry in manifest["operations"].values():
        module = import_module(entry["module"])
        assert callable(module.sync_detailed), entry["module"]


@pytest.mark.parametrize("provider", GENERATED_PROVIDERS)
def test_one_call_over_http(provider: str, local_server: LocalServer) -> None:
    package: ModuleType = import_package(GENERATED, f"{provider}_client")
    manifest = import_module(f"{provider}_client._manifest").MANIFEST
    spec = json.loads((GENERATED / f"{provider}_client" / "_openapi.json").read_text(encoding="utf-8"))
    op_id, entry = _choose(manifest, spec)
    module = import_module(entry["module"])
    status, schema = _success(spec, spec["paths"][entry["path"]][entry["method"].lower()]) or (0, None)
    body = sample(spec, schema)
    args, kwargs = _arguments(module.sync_detailed)
    auth_kwargs, header = _auth(manifest, entry)
    local_server.reply(status, body)

    client = package.AuthenticatedClient(base_url=local_server.base_url, token="tok-123", **auth_kwargs)
    with client:
        response = module.sync_detailed(*args, client=client, **kwargs)

    assert response.status_code == status, op_id
    seen = local_server.seen[0]
    assert seen.method == entry["method"]
    expected_path = re.sub(r"\{[^}]*\}", lambda m: str(args.pop(0)), entry["path"])
    assert seen.path.split("?")[0] == expected_path
    if header is not None:
        assert seen.headers.get(header[0]) == header[1]
    parsed = response.parsed
    if hasattr(module, "RESPONSE"):
        assert isinstance(parsed, module.RESPONSE), op_id
    assert _plain(parsed) == body, op_id
    items_attrs = ((entry["pagination"] or {}).get("attrs") or {}).get("items")
    if items_attrs is not None:
        items = parsed
        for attr in items_attrs:
            items = getattr(items, attr)
        assert len(items) == 1
        if hasattr(module, "PAGE_ITEM"):
            assert isinstance(items[0], module.PAGE_ITEM)
