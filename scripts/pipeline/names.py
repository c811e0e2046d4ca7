"""Generated names must not collide: two inputs that become one Python name are an error.

openapi-python-client derives a module per operation (``list_ssh_keys`` from both
``listSshKeys`` and ``list_ssh_keys``), a folder per tag and a class and module per schema; a
collision would silently make one overwrite the other. Each collision names both places.
"""

from __future__ import annotations

from typing import Any

from . import schema as sch
from .errors import SpecError
from .paths import rel
from .validate import Blame


def _claim(
    seen: dict[tuple[str, ...], tuple[str, list[Any]]],
    key: tuple[str, ...],
    source: str,
    parts: list[Any],
    what: str,
    blame: Blame,
) -> None:
    first = seen.setdefault(key, (source, parts))
    if first[0] != source:
        file, where = blame.locate(first[1])
        raise blame.error(
            parts, f"{what} {source!r} and {first[0]!r} ({rel(file)}:{where}) both become {'.'.join(key[1:])}"
        )


def check(spec: dict[str, Any], blame: Blame, config: Any) -> None:
    """Operation modules, tag folders and model classes/modules are one-to-one with their sources."""
    from openapi_python_client.parser.properties.schemas import Class
    from openapi_python_client.strings import PythonIdentifier

    prefix = config.field_prefix
    seen: dict[tuple[str, ...], tuple[str, list[Any]]] = {}
    for path, method, op in sch.operations(spec):
        parts: list[Any] = ["paths", path, method]
        tags = [str(t) for t in op.get("tags") or ["default"]]
        for i, tag in enumerate(tags if config.generate_all_tags else tags[:1]):
            folder = str(PythonIdentifier(tag, "tag"))
            _claim(seen, ("tag", f"api.{folder}"), tag, [*parts, "tags", i], "tag", blame)
            module = str(PythonIdentifier(str(op["operationId"]), prefix))
            source = str(op["operationId"])
            _claim(seen, ("op", f"api.{folder}", module), source, [*parts, "operationId"], "operationId", blame)
    for name in (spec.get("components") or {}).get("schemas") or {}:
        parts = ["components", "schemas", name]
        cls = Class.from_string(string=name, config=config)
        _claim(seen, ("class", f"models.{cls.name}"), name, parts, "schema", blame)
        _claim(seen, ("module", f"models.{cls.module_name}"), name, parts, "schema", blame)


def check_models(openapi: Any, spec_path: Any) -> None:
    """After parsing: no two generated classes (inline ones included) share a module."""
    modules: dict[str, str] = {}
    for model in [*openapi.models, *openapi.enums]:
        info = model.class_info
        first = modules.setdefault(str(info.module_name), str(info.name))
        if first != str(info.name):
            raise SpecError(
                spec_path,
                "#/components/schemas",
                f"classes {first} and {info.name} both become models.{info.module_name}",
            )
