"""The providers' own published specs, dropped in unchanged with no overlay, work end to end.

CAST AI's (OpenAPI 3.0, integer response keys, a wrong default), io.net's full FastAPI dump (3.1, 271
operations, colliding titles, keys as header parameters, JSON) and Fluence's v0.10 (3.1, unions the
generator cannot render, one line of JSON) each become a provider folder in a temp ``specs/`` holding
just the file. They generate with every operation, and the facade calls a GET and pages a list
against a Prism mock of the same file over real TCP.
"""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

import facade
from tests._prism import prism_mocks

from .conftest import copy_pipeline, import_package, run_pipeline, status_lines

# The shared reference folder sits beside the clone (CI) or a few levels up (a worktree).
REFERENCE = next(
    (p / "shared" / "reference" for p in Path(__file__).resolve().parents if (p / "shared" / "reference").is_dir()),
    Path("shared") / "reference",
)
FLUENCE = REFERENCE / "fluence" / "upstream" / "api-evangelist-openapi" / "fluence-openapi-original.yml"
PUBLISHED = {
    "pub_castai": (REFERENCE / "castai" / "upstream" / "spec.yaml", "openapi.yaml"),
    "pub_ionet": (REFERENCE / "ionet" / "upstream" / "IO_Explorer__IO_CLouds.json", "openapi.json"),
    "pub_fluence": (FLUENCE, "openapi.yaml"),
}
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("npx") is None, reason="needs Node's npx to run Prism"),
    pytest.mark.skipif(not REFERENCE.is_dir(), reason="needs shared/reference beside the repository"),
]


def _operations(path: Path) -> int:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    methods = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    return sum(1 for item in doc["paths"].values() for m in item if m in methods)


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = copy_pipeline(tmp_path_factory.mktemp("published"))
    for provider, (source, name) in PUBLISHED.items():
        (root / "specs" / provider).mkdir(parents=True)
        shutil.copyfile(source, root / "specs" / provider / name)
    result = run_pipeline(root, "generate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert status_lines(result.stdout) == dict.fromkeys(PUBLISHED, "generated")
    generated = root / "generated"
    for provider in PUBLISHED:
        import_package(generated, f"{provider}_client")
    yield root
    sys.path.remove(str(generated))
    for name in [m for m, mod in sys.modules.items() if str(getattr(mod, "__file__", "")).startswith(str(generated))]:
        del sys.modules[name]


@pytest.mark.parametrize("provider", PUBLISHED)
def test_every_operation_is_generated_and_the_file_is_unchanged(provider: str, published: Path) -> None:
    source, name = PUBLISHED[provider]
    assert (published / "specs" / provider / name).read_bytes() == source.read_bytes()
    assert not (published / "specs" / provider / "overlay.yaml").exists()
    manifest = json.loads((published / "generated" / f"{provider}_client" / "_manifest.json").read_text())
    assert len(manifest["operations"]) == _operations(source)


def test_specs_lists_the_repairs_and_inferences(published: Path) -> None:
    result = run_pipeline(published, "specs")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "pub_castai: 10 repair(s) (response-status-keys 9, default-type 1)" in out or "response-status-keys 9" in out
    assert "[default-type] default false is not an integer: dropped" in out
    assert "[schema-title-collisions]" in out and "[api-key-header-params]" in out
    assert "pub_fluence: 17 repair(s) (operation-id-identifiers 6, example-type 6, unrenderable-unions 5)" in out
    assert 'inferred x-pagination {"style": "page", "items": "$.items", "page_param": "page"' in out


@pytest.fixture(scope="module")
def prisms(published: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """One Prism mock per published file (the file as published, not our effective spec)."""
    specs = {provider: published / "specs" / provider / name for provider, (_source, name) in PUBLISHED.items()}
    with prism_mocks(specs, tmp_path_factory.mktemp("prism")) as urls:
        yield urls


def _client(provider: str, base_url: str) -> facade.Client:
    import facade._manifest as manifest

    schemes = manifest.load(provider).security_schemes
    return facade.connect(
        provider,  # type: ignore[arg-type]  # a provider of this test's own generated/, not the registry's
        credentials={name: f"secret-{name}" for name in schemes},
        base_url=base_url,
        max_retries=0,
    )


# (provider, a GET to call, a list to page, its page and size parameters, the first page number)
CALLS = [
    ("pub_castai", "getCluster", {"cluster_id": "c-1"}, "listKubernetesClusters", None),
    (
        "pub_ionet",
        "get_deployment_details_enterprise_v1_io_cloud_caas_deployment__deployment_id__get",
        {"deployment_id": "5b9f4c3e-8d1a-4f0e-9c2b-7a6d5e4f3a21"},
        "get_all_deployments_enterprise_v1_io_cloud_caas_deployments_get",
        ("page", "page_size", "0"),
    ),
    ("pub_fluence", "getAvailableClusters", {}, "get_users_vms", ("page", "perPage", "1")),
]


@pytest.mark.parametrize(("provider", "get", "arguments", "listing", "paging"), CALLS)
def test_the_facade_calls_a_get_and_pages_a_list_against_prism(
    provider: str,
    get: str,
    arguments: dict[str, Any],
    listing: str,
    paging: tuple[str, str, str] | None,
    prisms: dict[str, str],
) -> None:
    with _client(provider, prisms[provider]) as client:
        answer = client.call(get, **arguments)
        assert answer is not None and type(answer).__module__.startswith(f"{provider}_client.models")
        pages = list(client.paginate(listing, limit=5).pages())
    assert pages and pages[0].items, "Prism answers a list with at least one example item"
    assert type(pages[0].items[0]).__module__.startswith(f"{provider}_client.models")
    query = parse_qs(urlsplit(str(pages[0].response.request.url)).query)
    if paging is not None:
        page_param, size_param, first = paging
        assert query[page_param] == [first] and query[size_param] == ["5"]
