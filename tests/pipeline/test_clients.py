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
import types
import typing
from importlib import import_module
from typing import TYPE_CHECKING, Any

import pytest

from .conftest import GENERATED_PROVIDERS, REPO, LocalServer, import_package, resolve_ref, sample

if TYPE_CHECKING:
    from types import ModuleType

GENERATED = REPO / "generated"
pytestmark = pytest.mark.usefixtures("no_bytecode")


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


def _manifest(provider: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((GENERATED / f"{provider}_client" / "_manifest.json").read_text(encoding="utf-8"))
    return data


def _conforms(value: Any, annotation: Any) -> bool:
    """Whether ``value`` is of a typing stub's declared type (classes, unions, list[...], Any)."""
    if annotation is Any:
        return True
    if isinstance(annotation, types.UnionType):
        return any(_conforms(value, option) for option in typing.get_args(annotation))
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation)
        return isinstance(value, list) and all(_conforms(v, item) for v in value)
    return isinstance(value, annotation)


def _declared(module: ModuleType, stub: str) -> Any:
    """The return annotation of a typing stub (the 2xx type of facade_call, the item of facade_paginate)."""
    return getattr(module, stub).__annotations__["return"]


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
    manifest = _manifest(provider)
    assert manifest["provider"] == provider
    for entry in manifest["operations"].values():
        module = import_module(entry["module"])
        assert callable(module.sync_detailed), entry["module"]
        assert callable(module.facade_call), entry["module"]
        assert hasattr(module, "facade_paginate") == (entry["pagination"] is not None), entry["module"]


@pytest.mark.parametrize("provider", GENERATED_PROVIDERS)
def test_one_call_over_http(provider: str, local_server: LocalServer) -> None:
    package: ModuleType = import_package(GENERATED, f"{provider}_client")
    manifest = _manifest(provider)
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
    assert _declared(module, "facade_call") is not Any, f"{op_id}: facade_call declares no 2xx type"
    assert _conforms(parsed, _declared(module, "facade_call")), op_id
    assert _plain(parsed) == body, op_id
    items_attrs = ((entry["pagination"] or {}).get("attrs") or {}).get("items")
    if items_attrs is not None:
        items = parsed
        for attr in items_attrs:
            items = getattr(items, attr)
        assert len(items) == 1
        assert _conforms(items[0], _declared(module, "facade_paginate")), op_id
