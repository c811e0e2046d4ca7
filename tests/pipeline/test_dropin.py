"""A provider's own published spec plus only an overlay becomes a working client.

The fixture specs in dropin/ are written as a provider publishes them (long prose, examples,
nested $refs, allOf), once as OpenAPI 3.0 (`nullable: true`) and once as 3.1
(`type: [string, 'null']`). Each becomes a new folder under specs/ in a temp copy of the repo:
no generator.yaml, no code change; the pipeline discovers it.
"""

from __future__ import annotations

import datetime
import json
import shutil
import sys
from collections.abc import Iterator
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from .conftest import LocalServer, copy_pipeline, import_package, run_pipeline, status_lines

if TYPE_CHECKING:
    from types import ModuleType

FIXTURES = Path(__file__).parent / "dropin"
VARIANTS = {"acme30": "openapi-3.0.yaml", "acme31": "openapi-3.1.yaml"}

WIDGET: dict[str, Any] = {
    "id": "wdg_1",
    "name": "Sprocket",
    "description": None,
    "status": "active",
    "price": {"amount": 12.5, "currency": "EUR"},
    "owner": {"id": "usr_1", "email": "ana@example.com", "address": {"city": "Lisbon", "country": "PT"}},
    "tags": ["metal"],
    "created_at": "2024-05-01T10:00:00+00:00",
}


@pytest.fixture(scope="module")
def dropin_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("dropin")
    copy_pipeline(root)
    for provider, spec in VARIANTS.items():
        folder = root / "specs" / provider
        folder.mkdir(parents=True)
        shutil.copy2(FIXTURES / spec, folder / "openapi.yaml")
        shutil.copy2(FIXTURES / "overlay.yaml", folder / "overlay.yaml")
    result = run_pipeline(root, "generate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert status_lines(result.stdout) == dict.fromkeys(VARIANTS, "generated")
    return root


@pytest.fixture(scope="module")
def clients(dropin_repo: Path) -> Iterator[dict[str, ModuleType]]:
    generated = str(dropin_repo / "generated")
    yield {p: import_package(dropin_repo / "generated", f"{p}_client") for p in VARIANTS}
    # Leave no trace for later tests (this generated/ has its own registry of the two providers).
    sys.path.remove(generated)
    for name in [m for m, mod in sys.modules.items() if str(getattr(mod, "__file__", "")).startswith(generated)]:
        del sys.modules[name]


def _client(package: ModuleType, server: LocalServer) -> Any:
    """The drop-in's generated client on the local server, with the API key in the overlay's header."""
    return package.AuthenticatedClient(
        base_url=server.base_url, token="acme-secret", prefix="", auth_header_name="X-Acme-Key"
    )


def test_the_new_folders_are_providers_and_get_a_readme(dropin_repo: Path) -> None:
    assert sorted(p.name for p in (dropin_repo / "generated").iterdir()) == [
        "README.md",
        "acme30_client",
        "acme31_client",
        "compute_clients_registry",
    ]
    registry = (dropin_repo / "generated" / "compute_clients_registry" / "__init__.py").read_text(encoding="utf-8")
    assert 'ProviderName = Literal["acme30", "acme31"]' in registry


@pytest.mark.parametrize("provider", VARIANTS)
def test_manifest_comes_from_the_spec_and_the_overlay(provider: str, clients: dict[str, ModuleType]) -> None:
    manifest = json.loads(Path(clients[provider].__path__[0], "_manifest.json").read_text(encoding="utf-8"))
    assert manifest["base_url"] == "https://api.acme.example/v2"
    assert manifest["api_version"] == "2024-06-01"
    assert manifest["security_schemes"] == {
        "AcmeKey": {"type": "apiKey", "env": "ACME_KEY", "in": "header", "name": "X-Acme-Key"}
    }
    assert manifest["errors"] == {"message": "$.error.message", "code": "$.error.code"}
    assert set(manifest["operations"]) == {"listWidgets", "getWidget"}
    listing = manifest["operations"]["listWidgets"]
    assert listing["module"] == f"{provider}_client.api.widgets.list_widgets"
    assert listing["pagination"]["style"] == "page"
    # items sits in the second allOf member, total behind a nested $ref: both are found.
    assert listing["pagination"]["attrs"] == {"items": ["widgets"], "total": ["meta", "total"]}
    assert manifest["operations"]["getWidget"]["path"] == "/widgets/{widgetId}"


@pytest.mark.parametrize("provider", VARIANTS)
def test_get_over_http_parses_nested_models_and_nulls(
    provider: str, clients: dict[str, ModuleType], local_server: LocalServer
) -> None:
    get_widget = import_module(f"{provider}_client.api.widgets.get_widget")
    local_server.reply(200, WIDGET)
    client = _client(clients[provider], local_server)
    with client:
        response = get_widget.sync_detailed("wdg_1", client=client)

    assert response.status_code == 200
    seen = local_server.seen[0]
    assert (seen.method, seen.path) == ("GET", "/widgets/wdg_1")
    assert seen.headers["x-acme-key"] == "acme-secret"
    widget = response.parsed
    assert isinstance(widget, get_widget.facade_call.__annotations__["return"])
    assert widget.id == "wdg_1"
    assert widget.name == "Sprocket"
    assert widget.description is None  # nullable (3.0) / type [string, null] (3.1)
    assert widget.status.value == "active"
    assert widget.price.amount == 12.5
    assert widget.owner.address.city == "Lisbon"
    assert widget.tags == ["metal"]
    assert widget.created_at == datetime.datetime(2024, 5, 1, 10, tzinfo=datetime.UTC)
    assert widget.to_dict() == WIDGET


@pytest.mark.parametrize("provider", VARIANTS)
def test_list_over_http_sends_paging_params_and_parses_allof_page(
    provider: str, clients: dict[str, ModuleType], local_server: LocalServer
) -> None:
    list_widgets = import_module(f"{provider}_client.api.widgets.list_widgets")
    described = {**WIDGET, "id": "wdg_2", "description": "A very fine sprocket."}
    del described["price"]
    local_server.reply(200, {"meta": {"page": 2, "per_page": 1, "total": 2}, "widgets": [described]})
    client = _client(clients[provider], local_server)
    with client:
        response = list_widgets.sync_detailed(client=client, page=2, per_page=1)

    assert local_server.seen[0].path == "/widgets?page=2&per_page=1&include_archived=false"
    page = response.parsed
    assert isinstance(page, list_widgets.facade_call.__annotations__["return"])
    assert page.meta.total == 2
    assert [w.id for w in page.widgets] == ["wdg_2"]
    assert isinstance(page.widgets[0], list_widgets.facade_paginate.__annotations__["return"])
    assert page.widgets[0].description == "A very fine sprocket."
    assert page.widgets[0].to_dict() == described
