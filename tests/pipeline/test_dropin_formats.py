"""Specs of our own making, written as providers publish them, dropped in with no overlay.

- ``dropin/multifile/``: a tree of files with relative ``$ref``s (path items, parameters, responses
  and a recursive schema in other files), its root named ``shelf.yaml`` by ``source.yaml``;
- ``dropin/swagger2.yaml``: Swagger 2.0 (converted by the pinned swagger2openapi);
- ``dropin/swagger2-multifile/``: Swagger 2.0 whose definitions and parameters live in other files;
- ``dropin/openapi-3.1.yaml``: OpenAPI 3.1 (``type: [string, 'null']``).

Each generates with every operation, pages are inferred, every repair names the file it is in,
and the facade calls a GET and pages a list against a local server over real TCP.
"""

from __future__ import annotations

import importlib
import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import facade

from .conftest import LocalServer, copy_pipeline, import_package, run_pipeline, status_lines

FIXTURES = Path(__file__).parent / "dropin"
pytestmark = pytest.mark.skipif(shutil.which("npx") is None, reason="Swagger 2.0 is converted with npx")


@pytest.fixture(scope="module")
def formats(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = copy_pipeline(tmp_path_factory.mktemp("formats"))
    specs = root / "specs"
    shutil.copytree(FIXTURES / "multifile", specs / "shelf")
    (specs / "pets").mkdir()
    shutil.copy2(FIXTURES / "swagger2.yaml", specs / "pets" / "swagger.yaml")
    shutil.copytree(FIXTURES / "swagger2-multifile", specs / "kennel")
    (specs / "widgets").mkdir()
    shutil.copy2(FIXTURES / "openapi-3.1.yaml", specs / "widgets" / "openapi.yaml")
    result = run_pipeline(root, "generate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert status_lines(result.stdout) == dict.fromkeys(("kennel", "pets", "shelf", "widgets"), "generated")
    generated = root / "generated"
    for provider in ("kennel", "pets", "shelf", "widgets"):
        import_package(generated, f"{provider}_client")
    yield root
    sys.path.remove(str(generated))
    for name in [m for m, mod in sys.modules.items() if str(getattr(mod, "__file__", "")).startswith(str(generated))]:
        del sys.modules[name]


def _manifest(root: Path, provider: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((root / "generated" / f"{provider}_client" / "_manifest.json").read_text())
    return data


def test_the_multi_file_spec_is_bundled_with_its_schemas_named(formats: Path) -> None:
    manifest = _manifest(formats, "shelf")
    assert set(manifest["operations"]) == {"listBooks", "getBook"}
    assert manifest["base_url"] == "https://api.shelf.example/v1"
    listing = manifest["operations"]["listBooks"]
    assert [p["name"] for p in listing["params"]] == ["page", "per_page"]
    assert listing["pagination"] == {
        "style": "page",
        "items": "$.books",
        "page_param": "page",
        "size_param": "per_page",
        "first_page": 1,
        "total": "$.total",
        "max_page_size": 50,
        "attrs": {"items": ["books"], "total": ["total"]},
        "args": {"page_param": "page", "size_param": "per_page"},
    }
    effective = json.loads((formats / "generated" / "shelf_client" / "_openapi.json").read_text())
    schemas = effective["components"]["schemas"]
    assert {"Book", "author"} <= set(schemas)  # the slot's name, and a hoisted file named after itself
    assert schemas["Book"]["properties"]["related"]["items"] == {"$ref": "#/components/schemas/Book"}
    assert manifest["errors"] == {"message": "$.message", "code": "$.code"}
    assert manifest["security_schemes"]["ShelfKey"]["env"] == "SHELF_SHELF_KEY"
    Book = importlib.import_module("shelf_client.models").Book  # the recursive schema is one class

    assert Book.__name__ == "Book"


def test_a_repair_in_another_file_names_that_file(formats: Path) -> None:
    result = run_pipeline(formats, "specs")
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if "[example-type]" in x)
    assert "specs/shelf/schemas/author.yaml:line 4 (#/properties/born/example): [example-type]" in line, line


def test_swagger_2_is_converted(formats: Path) -> None:
    manifest = _manifest(formats, "pets")
    assert manifest["base_url"] == "https://api.pets.example/v1"
    listing = manifest["operations"]["listPets"]["pagination"]
    assert (
        listing["style"] == "cursor"
        and listing["cursor_param"] == "cursor"
        and listing["next_cursor"] == "$.next_cursor"
    )
    assert listing["limit_param"] == "limit" and listing["max_page_size"] == 100
    assert manifest["errors"] == {"message": "$.error.message", "code": "$.error.code"}


def test_a_multi_file_swagger_2_tree_is_converted_whole(formats: Path) -> None:
    # swagger2openapi converts only the file it is given; the tree's other files are Swagger 2.0 too.
    manifest = _manifest(formats, "kennel")
    assert manifest["base_url"] == "https://api.kennel.example/v2"
    params = {p["name"]: p for p in manifest["operations"]["getDog"]["params"]}
    assert params["dogId"]["in"] == "path" and params["dogId"]["type"] == "string" and params["dogId"]["required"]
    listing = manifest["operations"]["listDogs"]["pagination"]
    assert (listing["style"], listing["items"], listing["cursor_param"]) == ("cursor", "$.dogs", "cursor")
    # The root's definitions keep their names; a schema only another file names (DogPage) is inlined where it
    # is used, so its model is named after that place.
    models = {path.stem for path in (formats / "generated" / "kennel_client" / "models").glob("*.py")}
    assert {"dog", "dog_size", "list_dogs_response_200"} <= models and "dog_page" not in models


def test_openapi_3_1_pages_without_an_overlay(formats: Path) -> None:
    listing = _manifest(formats, "widgets")["operations"]["listWidgets"]["pagination"]
    assert (listing["style"], listing["items"], listing["total"]) == ("page", "$.widgets", "$.meta.total")


@pytest.mark.parametrize(
    ("provider", "get", "arguments", "body", "listing", "page"),
    [
        (
            "shelf",
            "getBook",
            {"book_id": "b1"},
            {"id": "b1", "title": "Dune"},
            "listBooks",
            {"books": [{"id": "b1", "title": "Dune"}], "total": 1},
        ),
        (
            "pets",
            "getPet",
            {"pet_id": "p1"},
            {"id": "p1", "kind": "cat"},
            "listPets",
            {"data": [{"id": "p1"}], "next_cursor": ""},
        ),
        (
            "kennel",
            "getDog",
            {"dog_id": "d1"},
            {"id": "d1", "size": "small"},
            "listDogs",
            {"dogs": [{"id": "d1"}], "next_cursor": ""},
        ),
        ("widgets", "getWidget", {"widget_id": "w1"}, None, "listWidgets", None),
    ],
)
def test_the_facade_calls_and_pages_them(
    provider: str,
    get: str,
    arguments: dict[str, Any],
    body: Any,
    listing: str,
    page: Any,
    formats: Path,
    local_server: LocalServer,
) -> None:
    from .test_dropin import WIDGET

    body = body or WIDGET
    page = page or {"meta": {"page": 1, "per_page": 5, "total": 1}, "widgets": [WIDGET]}
    import facade._manifest as manifest

    schemes = manifest.load(provider).security_schemes
    with facade.connect(
        provider,  # type: ignore[arg-type]  # a provider of this test's own generated/
        credentials={name: "secret" for name in schemes},
        base_url=local_server.base_url,
        max_retries=0,
    ) as client:
        local_server.reply(200, body)
        answer = client.call(get, **arguments)
        assert type(answer).__module__.startswith(f"{provider}_client.models")
        assert local_server.seen[0].headers.get(next(iter(schemes.values()))["name"].lower()) == "secret"
        local_server.reply(200, page)
        items = client.paginate(listing, limit=5).to_list()
    assert len(items) == 1 and type(items[0]).__module__.startswith(f"{provider}_client.models")
