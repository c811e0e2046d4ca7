"""Every openapi-python-client API the pipeline calls, pinned: a new generator fails here, clearly.

scripts/pipeline/generate.py and endpoints.py use these module paths, classes, signatures and
attributes; templates/endpoint_module.py.jinja is a changed copy of the generator's own. When the
pinned generator (noxfile GENERATOR_TOOLS) changes shape, one of these fails with the name of what
moved, before a regeneration silently produces something else.
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
import re
from importlib import metadata
from pathlib import Path
from typing import Any

import jinja2
import pytest

from .conftest import PIPELINE, REPO

gen: Any = importlib.import_module(f"{PIPELINE.package.__name__}.generate")
ep: Any = importlib.import_module(f"{PIPELINE.package.__name__}.endpoints")

TINY = {
    "openapi": "3.1.0",
    "info": {"title": "Tiny", "version": "1"},
    "paths": {
        "/things/{thing_id}": {
            "parameters": [{"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "get": {
                "operationId": "getThing",
                "tags": ["things"],
                "parameters": [{"name": "page.size", "in": "query", "schema": {"type": "integer"}}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingList"}}},
                    }
                },
            },
            "post": {
                "operationId": "makeThing",
                "tags": ["things"],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                },
                "responses": {"204": {"description": "made"}},
            },
        }
    },
    "components": {
        "schemas": {
            "Thing": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
            "ThingList": {
                "type": "object",
                "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}},
            },
        }
    },
}


def _pinned_version() -> str:
    text = (REPO / "noxfile.py").read_text(encoding="utf-8")
    found = re.search(r'"openapi-python-client==([^"]+)"', text)
    assert found, "noxfile.py no longer pins openapi-python-client in GENERATOR_TOOLS"
    return found.group(1)


def test_the_installed_generator_is_the_pinned_one() -> None:
    assert metadata.version("openapi-python-client") == _pinned_version()


def test_config_api() -> None:
    from openapi_python_client.config import Config, ConfigFile, MetaType

    fields = set(ConfigFile.model_fields)
    used = ["project_name_override", "package_name_override", "post_hooks", "field_prefix", "generate_all_tags"]
    used += ["class_overrides", "content_type_overrides"]
    for name in used:
        assert name in fields, f"ConfigFile has no field {name!r}"
    params = list(inspect.signature(Config.from_sources).parameters)
    assert params == ["config_file", "meta_type", "document_source", "file_encoding", "overwrite", "output_path"]
    assert MetaType.NONE


def test_generator_objects_have_what_we_read(tmp_path: Path) -> None:
    from openapi_python_client.parser.properties.schemas import Class
    from openapi_python_client.strings import PythonIdentifier

    config = gen.config("tiny", tmp_path / "tiny_client", specs=_tiny_specs(tmp_path))
    openapi = gen.parse(TINY, config, tmp_path / "openapi.yaml")
    assert {str(m.class_info.name) for m in openapi.models} == {"Thing", "ThingList"}
    assert list(openapi.enums) == []
    assert list(openapi.errors) == []
    endpoints = ep.index(openapi)
    tag, get = endpoints[ep.key("get", "/things/{thing_id}")]
    assert tag == "things"
    assert str(PythonIdentifier(get.name, config.field_prefix)) == "get_thing"
    assert [str(p.python_name) for p in ep.parameters(get, "path")] == ["thing_id"]
    [query] = ep.parameters(get, "query")
    assert (ep.text(query.name), str(query.python_name), query.required, query.default) == (
        "page.size",
        "page_size",
        False,
        None,
    )
    assert ep.type_string(query) == "int | Unset"
    assert ep.type_string(query, optional=True) == "int"
    [success] = ep.success_props(get)
    assert ep.type_string(success) == "ThingList"
    names, items = ep.prop_at(success, ("items",))
    assert names == ["items"]
    assert ep.type_string(items.inner_property) == "Thing"
    assert "from ...models.thing import Thing" in ep.imports(items.inner_property)
    assert [r.status_code.range for r in get.responses.patterns] == [(200, 200)]
    _tag, post = endpoints[ep.key("post", "/things/{thing_id}")]
    [body] = post.bodies
    assert (str(body.body_type), body.prop.required, ep.type_string(body.prop, optional=True)) == (
        "json",
        True,
        "Thing",
    )
    assert str(body.prop.class_info.module_name) == "thing"
    assert [str(p.python_name) for p in ep.children(body.prop)] == ["name"]
    cls = Class.from_string(string="thing_list", config=config)
    assert (str(cls.name), str(cls.module_name)) == ("ThingList", "thing_list")


def test_parse_errors_are_reported_where_we_look(tmp_path: Path) -> None:
    xml_body = {"content": {"application/xml": {"schema": {"type": "string"}}}}
    operation = {
        "operationId": "x",
        "tags": ["t"],
        "requestBody": xml_body,
        "responses": {"200": {"description": "ok"}},
    }
    broken = {**TINY, "paths": {"/x": {"get": operation}}}
    config = gen.config("tiny", tmp_path / "tiny_client", specs=_tiny_specs(tmp_path))
    with pytest.raises(Exception, match=r"line|#") as caught:
        gen.parse(broken, config, tmp_path / "openapi.yaml")
    assert "GET /x" in str(caught.value)
    assert "Unsupported content type application/xml" in str(caught.value)


@pytest.mark.parametrize("name", sorted(gen.TEMPLATE_BASES))
def test_our_templates_are_based_on_the_pinned_upstream_ones(name: str) -> None:
    init = importlib.import_module("openapi_python_client").__file__
    assert init is not None
    upstream = Path(init).parent / "templates" / name
    assert upstream.is_file(), f"the generator no longer has templates/{name}: our override would be ignored"
    digest = hashlib.sha256(upstream.read_bytes()).hexdigest()
    assert digest == gen.TEMPLATE_BASES[name], (
        f"openapi-python-client's templates/{name} changed: re-apply our changes (see the comment at the top "
        f"of scripts/pipeline/templates/{name}) to the new one and update TEMPLATE_BASES in generate.py"
    )


def test_project_renders_our_template_with_the_hooks(tmp_path: Path) -> None:
    from openapi_python_client import Project

    assert list(inspect.signature(Project).parameters) == ["openapi", "config", "custom_template_path"]
    hooks: Any = importlib.import_module(f"{PIPELINE.package.__name__}.hooks")
    config = gen.config("tiny", tmp_path / "tiny_client", specs=_tiny_specs(tmp_path))
    config.post_hooks = []
    openapi = gen.parse(TINY, config, tmp_path / "openapi.yaml")
    typing = {id(e): hooks.hook(e, {}, lambda path: ()) for _tag, e in ep.index(openapi).values()}
    project = Project(
        openapi=openapi, config=config, custom_template_path=Path(PIPELINE.package.__path__[0]) / "templates"
    )
    assert isinstance(project.env, jinja2.Environment)
    assert isinstance(project.env.loader, jinja2.ChoiceLoader)  # ours first, then the generator's
    gen.render(openapi, config, typing, tmp_path / "openapi.yaml")
    module = (tmp_path / "tiny_client" / "api" / "things" / "get_thing.py").read_text(encoding="utf-8")
    assert "def _path_segment(value: Any) -> str:" in module
    assert "thing_id=_path_segment(thing_id)" in module
    assert "def facade_call(" in module
    assert ") -> ThingList:" in module


def _tiny_specs(tmp_path: Path) -> Path:
    specs = tmp_path / "specs"
    (specs / "tiny").mkdir(parents=True, exist_ok=True)
    return specs
