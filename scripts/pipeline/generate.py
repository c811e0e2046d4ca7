"""Stage 4: drive openapi-python-client (in-process) over an effective spec.

We use the generator's public pieces: ``config.ConfigFile``/``Config.from_sources``,
``parser.GeneratorData.from_dict`` and ``Project`` with ``custom_template_path`` (our
``templates/``), plus ``Project.env`` to hand the typing hooks to our template. Every warning the
generator gives (an endpoint it would skip, a schema it cannot parse) is an error, placed at the
endpoint or schema it names. tests/pipeline/test_generator_contract.py pins all of this.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from . import lenient
from .errors import SpecError, place
from .load import load
from .paths import SPECS, TEMPLATES, package_of
from .source import root_file

# openapi-python-client's default hooks would pick up whatever ruff config sits above the
# output directory and leave a .ruff_cache behind; these are isolated and cache-free.
POST_HOOKS = [
    "ruff check --isolated --no-cache --quiet --fix-only --select=I,F401 .",
    "ruff format --isolated --no-cache --quiet .",
]
# The upstream templates our templates/ copy and change (sha256 of the pinned generator's file):
# tests/pipeline/test_generator_contract.py fails when a new generator ships a different one.
TEMPLATE_BASES = {
    "endpoint_module.py.jinja": "c1b2628053eb4875ba59566baa5ae907666f9cbfafa308d93f970a4404b7cd52",
    # The lenient models (scripts/pipeline/lenient.py):
    "model.py.jinja": "fd1c79680d51c06cfbb89809ad123750ba9add98b688036c04cabbf1f8ba40a0",
    "str_enum.py.jinja": "e4979a5e6b338351eda8bdac534017cfbeb51a809b494fd3c632db39414817fc",
    "int_enum.py.jinja": "cf8776855b1d826971501d5f6d5b38c3cb496aad9276684b8ece268db67918bc",
    "literal_enum.py.jinja": "04f2eb9334dd543ab7fa91a1fe3a73e7d5f2cf50e09d864429ddb58e506c8b68",
    "property_templates/uuid_property.py.jinja": "e56511359f8d3c68858c7f80718299ccc4bc9663b5ccb802b5fd472cc883d9a2",
    "property_templates/date_property.py.jinja": "927595c05d7caa8004dc3f0ec9d8f12d79dc6afb9d0ab2ad52bf1f8a84a45e17",
    "property_templates/datetime_property.py.jinja": "c789d11d8ea26cb5ab637470b1c11049652bf6438434e36325212e40304d7ff9",
    "property_templates/enum_property.py.jinja": "28f1074bdd5f0d7e66618c7e3e5b6e3b75467adf25a971922905df0bf3dcf126",
    "property_templates/model_property.py.jinja": "9f6efdbfb6212ee4cbaf25149c275d04b262cb03dc69c31bc301282a58167f68",
    "property_templates/list_property.py.jinja": "4390b5f673fdb10d1ae7f47fd2720a88dce53a4c64a6137549559566f9107a2c",
    "property_templates/union_property.py.jinja": "03790f2710deaeb219c18e518ae183ad4a41eda1f78cf625d139edff7546cd26",
    "property_templates/const_property.py.jinja": "d296884c11f3aafad6772d8cb71de0a3d08ad36c9ad197c0e727082f86f32659",
    "types.py.jinja": "93df9d75883a4eafac77dd21bc6907f3ef612e3f7841e08656618dcf6c4ce494",
}
_ENDPOINT_HEADER = re.compile(r"parsing (?P<method>[A-Z]+) (?P<path>\S+) within")
_REF_HEADER = re.compile(r"Unable to parse (?:schema|parameter) (?P<ref>#?/\S+)")


def config_file(provider: str, specs: Path = SPECS) -> Any:
    """The provider's openapi-python-client ``ConfigFile``; ``generator.yaml`` is optional."""
    from openapi_python_client.config import ConfigFile
    from pydantic import ValidationError

    package = package_of(provider)
    path = specs / provider / "generator.yaml"
    data: dict[str, Any] = {"project_name_override": f"{provider}-client", "package_name_override": package}
    if path.exists():
        data = load(path)
    try:
        config = ConfigFile.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        raise SpecError(path, place(path, list(error["loc"])), f"bad generator config: {error['msg']}") from None
    if config.package_name_override != package:
        raise SpecError(path, place(path, ["package_name_override"]), f"package_name_override must be {package!r}")
    config.post_hooks = POST_HOOKS  # ours: isolated from any ruff config, cache-free
    return config


def config(provider: str, target: Path, specs: Path = SPECS) -> Any:
    """The generator's ``Config`` writing ``provider``'s package to ``target`` (no project metadata)."""
    from openapi_python_client.config import Config, MetaType

    root = root_file(specs / provider) or specs / provider / "openapi.yaml"
    return Config.from_sources(config_file(provider, specs), MetaType.NONE, root, "utf-8", True, target)


def _problem_place(problem: Any) -> list[str] | None:
    header = " ".join(str(problem.header or "").split())
    endpoint, ref = _ENDPOINT_HEADER.search(header), _REF_HEADER.search(header)
    if endpoint:
        return ["paths", endpoint["path"], endpoint["method"].lower()]
    if ref:
        return [p.replace("~1", "/").replace("~0", "~") for p in ref["ref"].lstrip("#/").split("/")]
    return None


def generator_error(spec_path: Path, problems: Iterable[Any]) -> SpecError:
    """One error for openapi-python-client's warnings, placed at the first one's endpoint or schema."""
    texts: list[str] = []
    places = []
    for problem in problems:
        header = " ".join(str(problem.header or "").split())
        message = f"{header}: {' '.join(str(problem.detail or '').split())}"[:400]
        if message not in texts:
            texts.append(message)
        where = _problem_place(problem)
        if where is not None:
            places.append(where)
    where_text = place(spec_path, places[0]) if places else "#"
    return SpecError(spec_path, where_text, f"openapi-python-client warned (treated as errors): {'; '.join(texts)}")


def parse(spec: dict[str, Any], gen_config: Any, spec_path: Path) -> Any:
    """The generator's ``GeneratorData`` for the spec; any parse warning is a SpecError."""
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    # A JSON round trip: the generator sees exactly what _openapi.json will hold.
    openapi = GeneratorData.from_dict(json.loads(json.dumps(spec)), config=gen_config)
    if isinstance(openapi, GeneratorError):
        raise SpecError(spec_path, "#", f"generator refused the spec: {openapi.header}: {openapi.detail}")
    problems = [e for c in openapi.endpoint_collections_by_tag.values() for e in c.parse_errors]
    problems += list(openapi.errors)
    if problems:
        raise generator_error(spec_path, problems)
    return openapi


def module_namer(gen_config: Any) -> Callable[[str, Any], str]:
    """The module name the generator gives an endpoint inside its tag folder."""
    from openapi_python_client.strings import PythonIdentifier

    def module_of(_tag: str, endpoint: Any) -> str:
        return str(PythonIdentifier(endpoint.name, gen_config.field_prefix))

    return module_of


def render(openapi: Any, gen_config: Any, hooks: dict[int, Any], spec_path: Path) -> None:
    """Write the package with our templates and run the formatting hooks; warnings are errors."""
    from openapi_python_client import Project

    project = Project(openapi=openapi, config=gen_config, custom_template_path=TEMPLATES)
    project.env.globals["facade_hook"] = lambda endpoint: hooks[id(endpoint)]
    project.env.globals.update(lenient.template_globals())
    # The hooks run ruff by name: the one installed beside this interpreter.
    env_path = os.environ.get("PATH", "")
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env_path}"
    try:
        problems = list(project.build())
    finally:
        os.environ["PATH"] = env_path
    if problems:
        raise generator_error(spec_path, problems)
