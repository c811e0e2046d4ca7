"""Spec-to-client pipeline: overlay, validate, generate, manifest.

Used by the nox sessions ``generate``, ``check_generated`` and ``specs``::

    python scripts/pipeline.py generate [--force] [PROVIDER ...]
    python scripts/pipeline.py check
    python scripts/pipeline.py specs

Every provider is built in a temporary directory; ``generated/`` is touched only after all of
them succeeded, so a broken spec never leaves it half-written.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import copy
import filecmp
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"


def discover_providers(specs: Path) -> tuple[str, ...]:
    """Every folder under specs/ that holds an openapi.yaml, sorted: a new provider needs no code."""
    return tuple(sorted(p.parent.name for p in specs.glob("*/openapi.yaml")))


PROVIDERS = discover_providers(SPECS)
TOOLS = ("openapi-python-client", "datamodel-code-generator", "ruff", "pyyaml", "python-jsonpath")
PAGINATION_STYLES = {"cursor", "page", "offset", "next_url", "none"}
PAGINATION_KEYS = {
    "style", "items", "cursor_param", "limit_param", "page_param", "size_param", "first_page",
    "offset_param", "next_cursor", "next_url", "total", "has_more", "max_page_size",
}  # fmt: skip
PARAM_KEYS = ("cursor_param", "limit_param", "page_param", "size_param", "offset_param")
RESPONSE_PATH_KEYS = ("items", "next_cursor", "next_url", "total", "has_more")
_PATH_PARAM = re.compile(r"\{[^}]*\}")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
GENERATED_README = """\
# generated/

Produced by `nox -s generate` from `specs/`. Do not edit: fix the spec, the overlay or the
generator config and regenerate. `nox -s check_generated` fails when this tree is stale.
"""
# openapi-python-client's default hooks would pick up whatever ruff config sits above the
# output directory and leave a .ruff_cache behind; these are isolated and cache-free.
POST_HOOKS = [
    "ruff check --isolated --no-cache --quiet --fix-only --select=I,F401 .",
    "ruff format --isolated --no-cache --quiet .",
]


class SpecError(Exception):
    """Bad input: names the file and the place in it (line or JSON pointer)."""

    def __init__(self, file: Path, place: str, message: str) -> None:
        self.file, self.place, self.message = file, place, message
        super().__init__(f"{_rel(file)}:{place}: {message}")


def _rel(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


# -- loading ------------------------------------------------------------------------------


# libyaml's parser is ~6x faster on a 3,000-line spec; resolving and constructing stay in Python,
# so both bases give the same data and the same error marks.
_SafeBase: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeBase):  # type: ignore[valid-type,misc]
    """YAML 1.1 loader that keeps dates as strings (specs are JSON-compatible data)."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _stringify_keys(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(k): _stringify_keys(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_stringify_keys(v) for v in node]
    return node


def load_yaml(path: Path) -> dict[str, Any]:
    """Load a YAML/JSON document; syntax errors name the file, line and column."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(path, "1", f"cannot read: {exc.strerror}") from None
    try:
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        place = f"{mark.line + 1}:{mark.column + 1}" if mark else "1"
        raise SpecError(path, place, f"invalid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise SpecError(path, "1", f"invalid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise SpecError(path, "1", "the document must be a mapping")
    result: dict[str, Any] = _stringify_keys(data)
    return result


def pointer(parts: Iterator[Any] | list[Any] | tuple[Any, ...]) -> str:
    """RFC 6901 JSON pointer for a sequence of keys."""
    return "#/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def line_of(path: Path, parts: list[Any]) -> str:
    """Best-effort 'line N' for a JSON pointer into a YAML file (for error messages)."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, yaml.YAMLError):
        return ""
    line = 0
    for part in parts:
        if isinstance(node, yaml.MappingNode):
            found = [(k, v) for k, v in node.value if str(k.value) == str(part)]
            if not found:
                break
            node = found[0][1]
        elif isinstance(node, yaml.SequenceNode) and str(part).isdigit() and int(part) < len(node.value):
            node = node.value[int(part)]
        else:
            break
        line = node.start_mark.line + 1
    return f"line {line}" if line else ""


def _place(path: Path, parts: list[Any]) -> str:
    where = line_of(path, parts) if path.suffix in {".yaml", ".yml"} else ""
    return f"{where} ({pointer(parts)})" if where else pointer(parts)


# -- overlay --------------------------------------------------------------------------------


def _merge(target: Any, update: Any) -> Any:
    """Overlay 1.0 update: objects merge recursively, arrays get the value appended."""
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            if key in target and isinstance(target[key], (dict, list)):
                target[key] = _merge(target[key], value)
            else:
                target[key] = copy.deepcopy(value)
        return target
    if isinstance(target, list):
        target.extend(copy.deepcopy(update) if isinstance(update, list) else [copy.deepcopy(update)])
        return target
    return copy.deepcopy(update)


def apply_overlay(spec: dict[str, Any], overlay: dict[str, Any], overlay_path: Path) -> dict[str, Any]:
    """Apply an OpenAPI Overlay 1.0 document; every action must match at least one node."""
    import jsonpath

    if not str(overlay.get("overlay", "")).startswith("1."):
        raise SpecError(overlay_path, _place(overlay_path, ["overlay"]), "not an Overlay 1.x document")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise SpecError(overlay_path, _place(overlay_path, ["actions"]), "'actions' must be a non-empty list")
    result = copy.deepcopy(spec)
    for i, action in enumerate(actions):
        where = ["actions", i]
        if not isinstance(action, dict) or "target" not in action:
            raise SpecError(overlay_path, _place(overlay_path, where), "an action needs a 'target'")
        target = action["target"]
        try:
            matches = jsonpath.finditer(target, result)
            nodes = list(matches)
        except jsonpath.JSONPathError as exc:
            raise SpecError(
                overlay_path, _place(overlay_path, [*where, "target"]), f"bad JSONPath {target!r}: {exc}"
            ) from None
        if not nodes:
            raise SpecError(
                overlay_path, _place(overlay_path, [*where, "target"]), f"target {target!r} matches nothing in the spec"
            )
        for node in nodes:
            if action.get("remove") is True:
                parent = node.parent.obj if node.parent else None
                if isinstance(parent, dict):
                    parent.pop(node.parts[-1], None)
                elif isinstance(parent, list):
                    parent.remove(node.obj)
            elif "update" in action:
                _merge(node.obj, action["update"])
            else:
                raise SpecError(overlay_path, _place(overlay_path, where), "an action needs 'update' or 'remove'")
    return result


# -- validation -------------------------------------------------------------------------------


def resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s until a non-reference node."""
    seen = 0
    while isinstance(node, dict) and "$ref" in node and seen < 64:
        ref = node["$ref"]
        cur: Any = spec
        for part in ref[2:].split("/"):
            cur = cur[part.replace("~1", "/").replace("~0", "~")]
        node, seen = cur, seen + 1
    return node


def _walk_refs(node: Any, parts: list[Any]) -> Iterator[tuple[list[Any], str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield parts, value
            else:
                yield from _walk_refs(value, [*parts, key])
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk_refs(value, [*parts, i])


def check_refs(spec: dict[str, Any], spec_path: Path) -> None:
    for parts, ref in _walk_refs(spec, []):
        if not ref.startswith("#/"):
            raise SpecError(spec_path, _place(spec_path, parts), f"only local $refs are supported, got {ref!r}")
        try:
            resolve(spec, {"$ref": ref})
        except (KeyError, IndexError, TypeError):
            raise SpecError(spec_path, _place(spec_path, parts), f"dangling $ref {ref!r}") from None


def operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) in document order."""
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                yield path, method, item[method]


def success_schema(spec: Mapping[str, Any], op: Mapping[str, Any]) -> Any:
    for status, response in sorted((op.get("responses") or {}).items()):
        if str(status).startswith("2"):
            content = resolve(spec, response).get("content") or {}
            for ctype, media in content.items():
                if "json" in ctype:
                    return resolve(spec, media.get("schema", {}))
    return None


def _schema_at(spec: Mapping[str, Any], schema: Any, segments: list[str]) -> Any:
    schema = resolve(spec, schema)
    if not segments:
        return schema
    if not isinstance(schema, dict):
        return None
    for sub in (schema.get("allOf") or []) + (schema.get("anyOf") or []) + (schema.get("oneOf") or []):
        found = _schema_at(spec, sub, segments)
        if found is not None:
            return found
    props = schema.get("properties") or {}
    if segments[0] in props:
        return _schema_at(spec, props[segments[0]], segments[1:])
    return None


def path_segments(expr: str) -> list[str]:
    """``$.data.items`` -> ['data', 'items']; ``$`` -> []."""
    if expr == "$":
        return []
    if not expr.startswith("$."):
        raise ValueError(f"expected a path like '$.data', got {expr!r}")
    return expr[2:].split(".")


def validate(
    spec: dict[str, Any], spec_path: Path, overlay_path: Path, overlay: Mapping[str, Any] | None = None
) -> None:
    """Our own rules (operationIds, tags), OpenAPI schema validity, then x-pagination.

    Our rules run first: openapi-spec-validator also rejects a duplicate operationId, but
    without saying where, and a message must name the place.
    """
    from openapi_spec_validator import validate as validate_spec
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    check_refs(spec, spec_path)
    seen: dict[str, list[Any]] = {}
    for path, method, op in operations(spec):
        parts: list[Any] = ["paths", path, method]
        op_id = op.get("operationId")
        if not op_id:
            raise SpecError(spec_path, _place(spec_path, parts), f"{method.upper()} {path} has no operationId")
        if op_id in seen:
            raise SpecError(
                spec_path,
                _place(spec_path, [*parts, "operationId"]),
                f"duplicate operationId {op_id!r} (also at {pointer(seen[op_id])})",
            )
        seen[op_id] = parts
        if not op.get("tags"):
            raise SpecError(spec_path, _place(spec_path, parts), f"operation {op_id!r} has no tag")
    try:
        validate_spec(spec)
    except OpenAPIValidationError as exc:
        parts = list(exc.absolute_path)
        raise SpecError(spec_path, _place(spec_path, parts), f"invalid OpenAPI: {exc.message}") from None
    for path, method, op in operations(spec):
        if "x-pagination" in op:
            origin = _overlay_origin(spec, overlay, op, "x-pagination")
            params = [*(spec["paths"][path].get("parameters") or []), *(op.get("parameters") or [])]
            _check_pagination(spec, op, params, overlay_path, origin, pointer(["paths", path, method, "x-pagination"]))


def _overlay_origin(
    spec: Mapping[str, Any], overlay: Mapping[str, Any] | None, node: Any, key: str
) -> list[Any] | None:
    """Parts of the overlay action's ``update.<key>`` that set ``key`` on ``node``, if one did."""
    import jsonpath

    origin = None
    for i, action in enumerate((overlay or {}).get("actions") or []):
        update = action.get("update") if isinstance(action, dict) else None
        if not isinstance(update, dict) or key not in update:
            continue
        try:
            if any(match.obj is node for match in jsonpath.finditer(action["target"], spec)):
                origin = ["actions", i, "update", key]  # the last matching action wins, as it did
        except jsonpath.JSONPathError:
            continue
    return origin


def _check_pagination(
    spec: Mapping[str, Any],
    op: Mapping[str, Any],
    parameters: list[Any],
    overlay_path: Path,
    origin: list[Any] | None,
    spec_pointer: str,
) -> None:
    pag = op["x-pagination"]
    op_id = op["operationId"]

    def fail(key: str | None, message: str) -> SpecError:
        # Name the overlay line that set it; fall back to the pointer into the overlaid spec.
        if origin is not None:
            place = _place(overlay_path, origin + ([key] if key and isinstance(pag, dict) and key in pag else []))
        else:
            place = spec_pointer + (f"/{key}" if key else "")
        return SpecError(overlay_path, place, f"x-pagination of {op_id} ({spec_pointer}): {message}")

    if not isinstance(pag, dict):
        raise fail(None, "must be a mapping")
    unknown = set(pag) - PAGINATION_KEYS
    if unknown:
        raise fail(None, f"unknown keys: {', '.join(sorted(unknown))}")
    if pag.get("style") not in PAGINATION_STYLES:
        raise fail("style", f"style must be one of {sorted(PAGINATION_STYLES)}, got {pag.get('style')!r}")
    if "items" not in pag:
        raise fail(None, "'items' is required")
    schema = success_schema(spec, op)
    if schema is None:
        raise fail(None, "the operation has no JSON 2xx response to page through")
    for key in RESPONSE_PATH_KEYS:
        if key not in pag:
            continue
        try:
            found = _schema_at(spec, schema, path_segments(pag[key]))
        except (ValueError, AttributeError, TypeError) as exc:
            raise fail(key, str(exc)) from None
        if found is None:
            raise fail(key, f"{key} {pag[key]!r} is not in the 2xx response schema")
        if key == "items" and "array" not in _types(found):
            raise fail(key, f"items {pag[key]!r} is not an array in the 2xx response schema")
    names = {resolve(spec, p).get("name") for p in parameters}
    for key in PARAM_KEYS:
        if key in pag and pag[key] not in names:
            raise fail(key, f"{key} {pag[key]!r} is not a parameter of {op_id}")


def _types(schema: Any) -> set[str]:
    kind = schema.get("type") if isinstance(schema, dict) else None
    return set(kind) if isinstance(kind, list) else {kind} if kind else set()


# -- one provider ---------------------------------------------------------------------------


@dataclass
class Result:
    provider: str
    status: str  # generated | unchanged | failed
    operations: int = 0
    seconds: float = 0.0
    error: str = ""
    inputs_hash: str = ""
    by_tag: dict[str, int] = field(default_factory=dict)


def _tool_versions() -> dict[str, str]:
    versions = {}
    for tool in TOOLS:
        try:
            versions[tool] = metadata.version(tool)
        except metadata.PackageNotFoundError:
            versions[tool] = "missing"
    return versions


def inputs_hash(provider: str) -> str:
    """Content hash of everything that determines a provider's output."""
    digest = hashlib.sha256()
    for path in (SPECS / provider / name for name in ("openapi.yaml", "overlay.yaml", "generator.yaml")):
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes() if path.exists() else b"<missing>")
    digest.update(Path(__file__).read_bytes())
    digest.update(json.dumps(_tool_versions(), sort_keys=True).encode())
    return digest.hexdigest()


def spec_hash(provider: str) -> str:
    return hashlib.sha256((SPECS / provider / "openapi.yaml").read_bytes()).hexdigest()


def effective_spec(provider: str) -> dict[str, Any]:
    """The provider's spec with our overlay applied, validated."""
    spec_path, overlay_path = SPECS / provider / "openapi.yaml", SPECS / provider / "overlay.yaml"
    spec = load_yaml(spec_path)
    check_refs(spec, spec_path)
    overlay = load_yaml(overlay_path)
    result = apply_overlay(spec, overlay, overlay_path)
    validate(result, spec_path, overlay_path, overlay)
    return result


def generator_config(provider: str) -> Any:
    """The provider's openapi-python-client config; ``generator.yaml`` is optional."""
    from openapi_python_client.config import ConfigFile
    from pydantic import ValidationError

    package = f"{provider}_client"
    gen_path = SPECS / provider / "generator.yaml"
    data: dict[str, Any] = {"project_name_override": f"{provider}-client", "package_name_override": package}
    if gen_path.exists():
        data = load_yaml(gen_path)
    try:
        config_file = ConfigFile.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        parts = list(error["loc"])
        raise SpecError(gen_path, _place(gen_path, parts), f"bad generator config: {error['msg']}") from None
    if config_file.package_name_override != package:
        raise SpecError(
            gen_path, _place(gen_path, ["package_name_override"]), f"package_name_override must be {package!r}"
        )
    config_file.post_hooks = POST_HOOKS  # ours: isolated from any ruff config, cache-free
    return config_file


_ENDPOINT_HEADER = re.compile(r"parsing (?P<method>[A-Z]+) (?P<path>\S+) within")
_REF_HEADER = re.compile(r"Unable to parse (?:schema|parameter) (?P<ref>#?/\S+)")


def generator_error(spec_path: Path, problems: list[Any]) -> SpecError:
    """One error for openapi-python-client's warnings, placed at the first one's endpoint or schema."""
    texts, places = [], []
    for problem in problems:
        header = " ".join(str(problem.header or "").split())
        text = f"{header}: {' '.join(str(problem.detail or '').split())}"[:400]
        if text not in texts:
            texts.append(text)
        endpoint, ref = _ENDPOINT_HEADER.search(header), _REF_HEADER.search(header)
        if endpoint:
            places.append(["paths", endpoint["path"], endpoint["method"].lower()])
        elif ref:
            places.append([p.replace("~1", "/").replace("~0", "~") for p in ref["ref"].lstrip("#/").split("/")])
    place = _place(spec_path, places[0]) if places else "#"
    return SpecError(spec_path, place, f"openapi-python-client warned (treated as errors): {'; '.join(texts)}")


def build_provider(provider: str, out_root: Path) -> Result:
    """Build ``out_root/<provider>_client``; raises SpecError on bad input."""
    started = time.perf_counter()
    spec_path = SPECS / provider / "openapi.yaml"
    if not provider.isidentifier():
        raise SpecError(spec_path.parent, "1", f"provider folder {provider!r} must be a Python identifier")
    spec = effective_spec(provider)
    package = f"{provider}_client"
    config_file = generator_config(provider)
    # Imported here, after validation: it costs a second, and bad input should fail fast.
    from openapi_python_client import _get_project_for_url_or_path
    from openapi_python_client.config import Config, MetaType

    work = out_root / f".{provider}-work"
    work.mkdir(parents=True)
    # Formatters look for a ruff config upwards from their working directory: pin an empty one
    # so the output does not depend on where the pipeline runs or on the project's settings.
    (work / "ruff.toml").write_text("# defaults only; see pipeline.build_provider\n", encoding="utf-8")
    spec_file = work / "openapi.json"
    spec_file.write_text(json.dumps(spec, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    target = out_root / package
    config = Config.from_sources(config_file, MetaType.NONE, spec_file, "utf-8", True, target)
    env_path = os.environ.get("PATH", "")
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env_path}"
    try:
        project = _get_project_for_url_or_path(config=config)
        if not hasattr(project, "build"):
            raise SpecError(spec_path, "#", f"generator refused the spec: {project.header}: {project.detail}")
        # build() returns every warning, including endpoints it skipped: each one is an error.
        problems = list(project.build())
    finally:
        os.environ["PATH"] = env_path
    if problems:
        raise generator_error(spec_path, problems)
    typing_blocks: dict[str, str] = {}
    manifest = build_manifest(provider, spec, project, typing_blocks)
    for module, block in typing_blocks.items():
        if block:
            module_file = out_root / (module.replace(".", "/") + ".py")
            module_file.write_text(module_file.read_text(encoding="utf-8") + block, encoding="utf-8")
    expected = sum(1 for _ in operations(spec))
    if len(manifest["operations"]) != expected:
        raise SpecError(
            SPECS / provider / "openapi.yaml",
            "#/paths",
            f"generator produced {len(manifest['operations'])} of {expected} operations",
        )
    (target / "_manifest.py").write_text(render_manifest(manifest), encoding="utf-8")
    (target / "_openapi.json").write_text(spec_file.read_text(encoding="utf-8"), encoding="utf-8")
    (target / "_sandbox_models.py").write_text(sandbox_models(spec, work), encoding="utf-8")
    (target / "py.typed").write_text("", encoding="utf-8")  # PEP 561: the generated code is typed
    shutil.rmtree(work)
    shutil.rmtree(target / ".ruff_cache", ignore_errors=True)
    by_tag: dict[str, int] = {}
    for op in manifest["operations"].values():
        by_tag[op["tag"]] = by_tag.get(op["tag"], 0) + 1
    return Result(
        provider, "generated", len(manifest["operations"]), time.perf_counter() - started,
        inputs_hash=manifest["inputs_sha256"], by_tag=by_tag,
    )  # fmt: skip


def sandbox_models(spec: dict[str, Any], settings_dir: Path) -> str:
    """Pydantic v2 models of the spec's schemas (for the sandboxes), via datamodel-code-generator.

    ``settings_dir`` is where the formatter runs (and looks for a ruff config from).
    """
    import datamodel_code_generator as dcg
    from datamodel_code_generator.enums import DataModelType

    plain = json.loads(json.dumps(spec))
    for _path, _method, op in operations(plain):
        op.pop("x-pagination", None)
    text = dcg.generate(
        plain,
        input_file_type=dcg.InputFileType.OpenAPI,
        output_model_type=DataModelType.PydanticV2BaseModel,
        disable_timestamp=True,
        # Explicit formatters: the default is deprecated and warns (FutureWarning).
        formatters=[dcg.Formatter.RUFF_FORMAT],
        settings_path=settings_dir,
        custom_file_header='"""Pydantic models of the spec (datamodel-code-generator). Generated: do not edit."""',
        use_annotated=True,
        field_constraints=True,
    )
    return str(text)


def _plain(value: Any) -> str:
    """The text of one of the generator's UntrustedString / PythonCode wrappers."""
    for unwrap in ("get_untrusted_value", "as_unembedded_code"):
        if hasattr(value, unwrap):
            return str(getattr(value, unwrap)())
    return str(value)


def _success_prop(endpoint: Any) -> Any:
    for response in endpoint.responses:
        code_range = response.status_code.range
        if code_range is not None and 200 <= code_range[0] < 300:
            return response.prop
    return None


def _prop_at(prop: Any, segments: list[str]) -> tuple[list[str], Any] | None:
    """Python attribute names of the generated models along a JSON path, and the property there."""
    names = []
    for segment in segments:
        props = (getattr(prop, "required_properties", None) or []) + (getattr(prop, "optional_properties", None) or [])
        match = [p for p in props if p.name == segment]
        if not match:
            return None
        names.append(str(match[0].python_name))
        prop = match[0]
    return names, prop


def _plain_type(prop: Any) -> str | None:
    """The property's type as a bare class name usable as a value (``User``, ``str``), else None."""
    if prop is None:
        return None
    text = _plain(prop.get_type_string(no_optional=True))
    return text if text.replace(".", "").isidentifier() and text != "None" else None


def _typing_block(endpoint: Any, item_prop: Any) -> str:
    """Module attributes the facade's typed call()/paginate() overloads read (see facade/_types.py)."""
    lines, imports = [], set()
    for name, prop in (("RESPONSE", _success_prop(endpoint)), ("PAGE_ITEM", item_prop)):
        type_name = _plain_type(prop)
        if type_name is None:
            continue
        info = getattr(prop, "class_info", None)
        if info is not None:
            imports.add(f"from ...models.{info.module_name} import {info.name}")
        elif "." in type_name:
            imports.add(f"import {type_name.split('.')[0]}")
        lines.append(f"{name} = {type_name}")
    if not lines:
        return ""
    header = "\n\n# Added by compute-clients' pipeline: the types facade.call()/paginate() return.\n"
    return header + "".join(f"{i}  # noqa: E402\n" for i in sorted(imports)) + "\n".join(lines) + "\n"


def _summary(op: Mapping[str, Any]) -> str:
    text = str(op.get("summary") or op.get("description") or "").strip()
    return text.splitlines()[0][:120] if text else ""


def _type_name(spec: Mapping[str, Any], schema: Any) -> str:
    """A short JSON type name for a schema: ``string``, ``integer``, ``array[string]``, ``object``."""
    node = resolve(spec, schema or {})
    if not isinstance(node, dict):
        return "any"
    for key in ("anyOf", "oneOf"):
        options = [resolve(spec, s) for s in node.get(key) or []]
        options = [o for o in options if isinstance(o, dict) and o.get("type") != "null"]
        if options:
            return _type_name(spec, options[0]) if len(options) == 1 else "any"
    kind = node.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    if kind == "array":
        return f"array[{_type_name(spec, node.get('items'))}]"
    if kind is None:
        return "object" if "properties" in node or "allOf" in node else "any"
    return str(kind)


def _enum(spec: Mapping[str, Any], schema: Any) -> list[Any] | None:
    node = resolve(spec, schema or {})
    if isinstance(node, dict) and node.get("type") == "array":
        node = resolve(spec, node.get("items") or {})
    values = node.get("enum") if isinstance(node, dict) else None
    return [v for v in values if v is not None] if values else None


def _params(spec: Mapping[str, Any], spec_params: list[Any], endpoint: Any) -> list[dict[str, Any]]:
    """Each parameter as callers see it: wire name, Python name, location, required, type, enum."""
    python = {}
    for where in ("path", "query", "header", "cookie"):
        for prop in getattr(endpoint, f"{where}_parameters"):
            python[(where, _plain(prop.name))] = str(prop.python_name)
    out = []
    for raw in spec_params:
        param = resolve(spec, raw)
        entry: dict[str, Any] = {
            "name": param["name"],
            "python": python.get((param["in"], param["name"]), param["name"]),
            "in": param["in"],
            "required": bool(param.get("required", param["in"] == "path")),
            "type": _type_name(spec, param.get("schema")),
        }
        enum = _enum(spec, param.get("schema"))
        if enum:
            entry["enum"] = enum
        out.append(entry)
    return out


def _body(spec: Mapping[str, Any], op: Mapping[str, Any], endpoint: Any) -> dict[str, Any] | None:
    """The request body: media type, required, and its top-level fields (wire and Python names)."""
    if "requestBody" not in op:
        return None
    body = resolve(spec, op["requestBody"])
    content = body.get("content") or {}
    media = next((c for c in content if "json" in c), next(iter(content), None))
    schema = resolve(spec, (content.get(media) or {}).get("schema") or {}) if media else {}
    props: dict[str, Any] = {}
    required: set[str] = set()
    for part in [schema, *[resolve(spec, s) for s in (schema.get("allOf") or [])]]:
        if isinstance(part, dict):
            props.update(part.get("properties") or {})
            required.update(part.get("required") or [])
    prop = endpoint.bodies[0].prop if endpoint.bodies else None
    python = {
        p.name: str(p.python_name)
        for p in (getattr(prop, "required_properties", None) or []) + (getattr(prop, "optional_properties", None) or [])
    }
    fields = [
        {"name": name, "python": python.get(name, name), "required": name in required, "type": _type_name(spec, sub)}
        for name, sub in props.items()
    ]
    return {"media": media, "required": bool(body.get("required")), "type": _type_name(spec, schema), "fields": fields}


def build_manifest(provider: str, spec: dict[str, Any], project: Any, typing_blocks: dict[str, str]) -> dict[str, Any]:
    """The manifest dict; fills ``typing_blocks`` (module name -> text to append to it)."""
    package = f"{provider}_client"
    endpoints = {}
    for tag, collection in project.openapi.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            # The generator renames path parameters (clusterId -> cluster_id): match on the shape.
            shape = _PATH_PARAM.sub("{}", _plain(endpoint.path))
            endpoints[(shape, str(endpoint.method).lower())] = (str(tag), endpoint)
    schemes = {}
    for name, scheme in sorted(((spec.get("components") or {}).get("securitySchemes") or {}).items()):
        kind = scheme.get("type")
        entry: dict[str, Any] = {"type": kind, "env": scheme.get("x-env-var")}
        if kind == "apiKey":
            entry.update({"in": scheme.get("in"), "name": scheme.get("name")})
        elif kind == "http":
            entry.update({"in": "header", "name": "Authorization", "scheme": str(scheme.get("scheme", "")).lower()})
        schemes[name] = entry
    default_security = spec.get("security") or []
    ops: dict[str, Any] = {}
    from openapi_python_client.strings import PythonIdentifier

    for path, method, op in operations(spec):
        op_id = op["operationId"]
        tag, endpoint = endpoints[(_PATH_PARAM.sub("{}", path), method)]
        module = f"{package}.api.{tag}.{PythonIdentifier(endpoint.name, project.config.field_prefix)}"
        security = op.get("security", default_security)
        pagination = op.get("x-pagination")
        item_prop = None
        if pagination is not None:
            pagination = dict(pagination)
            attrs: dict[str, list[str] | None] = {}
            for key in RESPONSE_PATH_KEYS:
                if key in pagination:
                    found = _prop_at(_success_prop(endpoint), path_segments(pagination[key]))
                    attrs[key] = found[0] if found else None
                    if key == "items" and found is not None:
                        item_prop = getattr(found[1], "inner_property", None)
            pagination["attrs"] = attrs
            # The generated functions take Python names (page.limit -> page_limit), not wire names.
            wire_to_python = {_plain(q.name): str(q.python_name) for q in endpoint.query_parameters}
            pagination["args"] = {
                key: wire_to_python.get(pagination[key], pagination[key]) for key in PARAM_KEYS if key in pagination
            }
        statuses = sorted(int(s) for s in (op.get("responses") or {}) if str(s).isdigit())
        typing_blocks[module] = _typing_block(endpoint, item_prop)
        spec_params = [*(spec["paths"][path].get("parameters") or []), *(op.get("parameters") or [])]
        ops[op_id] = {
            "method": method.upper(),
            "path": path,
            "module": module,
            "tag": tag,
            "summary": _summary(op),
            "params": _params(spec, spec_params, endpoint),
            "body": _body(spec, op, endpoint),
            "security": [sorted(req) for req in security],
            "pagination": pagination,
            "idempotency": op.get("x-idempotency"),
            "success": [s for s in statuses if 200 <= s < 300],
        }
    servers = spec.get("servers") or [{"url": ""}]
    return {
        "provider": provider,
        "package": package,
        "title": spec["info"].get("title", provider),
        "api_version": str(spec["info"].get("version", "")),
        "spec_sha256": spec_hash(provider),
        "inputs_sha256": inputs_hash(provider),
        "base_url": servers[0]["url"].rstrip("/"),
        "security_schemes": schemes,
        "default_security": [sorted(req) for req in default_security],
        "errors": (spec.get("info") or {}).get("x-errors") or {},
        "operations": dict(sorted(ops.items())),
    }


def render_manifest(manifest: dict[str, Any]) -> str:
    body = json.dumps(manifest, indent=4, sort_keys=False, ensure_ascii=True)
    body = body.replace(": null", ": None").replace(": true", ": True").replace(": false", ": False")
    return (
        '"""What the facade knows about this provider. Generated by nox -s generate: do not edit."""\n\n'
        "from __future__ import annotations\n\nfrom typing import Any, Final\n\n"
        f"MANIFEST: Final[dict[str, Any]] = {body}\n"
    )


def read_stamp(provider: str, root: Path = GENERATED) -> str | None:
    path = root / f"{provider}_client" / "_manifest.py"
    if not path.exists():
        return None
    found = re.search(r'"inputs_sha256": "([0-9a-f]{64})"', path.read_text(encoding="utf-8"))
    return found.group(1) if found else None


# -- the commands ----------------------------------------------------------------------------


def _build_in_worker(provider: str, out_root: str) -> Result:
    started = time.perf_counter()
    try:
        return build_provider(provider, Path(out_root))
    except SpecError as exc:
        error = str(exc)
    except Exception as exc:  # noqa: BLE001 - report, never leave generated/ half-written
        error = f"{type(exc).__name__}: {exc}"
    return Result(provider, "failed", seconds=time.perf_counter() - started, error=error)


def build_all(providers: list[str], out_root: Path, jobs: int) -> list[Result]:
    if jobs <= 1 or len(providers) == 1:
        return [_build_in_worker(p, str(out_root)) for p in providers]
    with concurrent.futures.ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(_build_in_worker, providers, [str(out_root)] * len(providers)))


def generate(providers: list[str], force: bool, jobs: int) -> int:
    started = time.perf_counter()
    results: dict[str, Result] = {}
    todo = []
    for provider in providers:
        if not force and read_stamp(provider) == inputs_hash(provider):
            results[provider] = Result(provider, "unchanged", operations=_count_ops(provider))
        else:
            todo.append(provider)
    if todo:
        tmp = Path(tempfile.mkdtemp(prefix=".generate-", dir=ROOT))
        try:
            for result in build_all(todo, tmp, jobs):
                results[result.provider] = result
            if all(results[p].status == "generated" for p in todo):
                _swap_in(tmp, todo)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    failed = [r for r in results.values() if r.status == "failed"]
    for provider in providers:
        r = results[provider]
        # Built fine but not written: another provider failed and generated/ is all or nothing.
        status = "discarded" if failed and r.status == "generated" else r.status
        print(f"{provider:<11} {status:<10} {r.operations:>4} operations {r.seconds:6.2f} s")
    for r in failed:
        print(f"error: {r.error}", file=sys.stderr)
    if failed:
        print("generated/ left unchanged.", file=sys.stderr)
        return 1
    print(f"done in {time.perf_counter() - started:.2f} s")
    return 0


def _count_ops(provider: str) -> int:
    text = (GENERATED / f"{provider}_client" / "_manifest.py").read_text(encoding="utf-8")
    return text.count('"module":')


def _swap_in(tmp: Path, providers: list[str]) -> None:
    """Replace each generated/<p>_client with its new build; roll back if a rename fails."""
    GENERATED.mkdir(exist_ok=True)
    backups: list[tuple[Path, Path]] = []
    try:
        for provider in providers:
            dest = GENERATED / f"{provider}_client"
            if dest.exists():
                backup = tmp / f".old-{provider}"
                dest.rename(backup)
                backups.append((backup, dest))
            (tmp / f"{provider}_client").rename(dest)
    except OSError:
        for backup, dest in backups:
            if dest.exists():
                shutil.rmtree(dest)
            backup.rename(dest)
        raise
    readme = GENERATED / "README.md"
    if not readme.exists() or readme.read_text(encoding="utf-8") != GENERATED_README:
        readme.write_text(GENERATED_README, encoding="utf-8")


def _tree_diff(a: Path, b: Path, prefix: str = "") -> list[str]:
    cmp = filecmp.dircmp(a, b, ignore=["__pycache__"])
    out = [f"only in generated/: {prefix}{n}" for n in cmp.left_only]
    out += [f"missing from generated/: {prefix}{n}" for n in cmp.right_only]
    out += [f"differs: {prefix}{n}" for n in cmp.diff_files]
    out += [f"differs: {prefix}{n}" for n in cmp.common_files if not filecmp.cmp(a / n, b / n, shallow=False)
            and n not in cmp.diff_files]  # fmt: skip
    for sub in sorted(cmp.common_dirs):
        out += _tree_diff(a / sub, b / sub, f"{prefix}{sub}/")
    return out


def check(jobs: int) -> int:
    """Regenerate everything into a temp dir and compare with generated/."""
    tmp = Path(tempfile.mkdtemp(prefix=".check-", dir=ROOT))
    try:
        results = build_all(list(PROVIDERS), tmp, jobs)
        failed = [r for r in results if r.status == "failed"]
        for r in failed:
            print(f"error: {r.error}", file=sys.stderr)
        if failed:
            return 1
        diffs = []
        for provider in PROVIDERS:
            current = GENERATED / f"{provider}_client"
            if not current.exists():
                diffs.append(f"missing from generated/: {provider}_client")
                continue
            diffs += _tree_diff(current, tmp / f"{provider}_client", f"{provider}_client/")
        if GENERATED.exists():
            expected = {f"{p}_client" for p in PROVIDERS}
            diffs += [
                f"only in generated/ (no specs/ folder): {d.name}"
                for d in sorted(GENERATED.glob("*_client"))
                if d.is_dir() and d.name not in expected
            ]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if diffs:
        print(f"generated/ is stale ({len(diffs)} differences); run `nox -s generate`:", file=sys.stderr)
        for line in diffs[:50]:
            print(f"  {line}", file=sys.stderr)
        return 1
    print("generated/ is up to date with specs/ for all providers")
    return 0


def specs_report() -> int:
    """Validate every spec + overlay and print operation counts per provider and tag."""
    rows = []
    status = 0
    for provider in PROVIDERS:
        try:
            spec = effective_spec(provider)
        except SpecError as exc:
            print(f"error: {exc}", file=sys.stderr)
            status = 1
            continue
        tags: dict[str, int] = {}
        listed = paged = 0
        for _path, _method, op in operations(spec):
            tags[op["tags"][0]] = tags.get(op["tags"][0], 0) + 1
            if "x-pagination" in op:
                listed += 1
                paged += op["x-pagination"]["style"] != "none"
        rows.append((provider, sum(tags.values()), listed, paged, tags))
    print(f"{'provider':<11} {'ops':>4} {'lists':>5} {'paged':>5}  tags")
    for provider, total, listed, paged, tags in rows:
        tag_text = ", ".join(f"{t} {n}" for t, n in sorted(tags.items()))
        print(f"{provider:<11} {total:>4} {listed:>5} {paged:>5}  {tag_text}")
    print(f"{'total':<11} {sum(r[1] for r in rows):>4}")
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="regenerate changed providers into generated/")
    gen.add_argument("providers", nargs="*", help=f"a subset of {', '.join(PROVIDERS)}")
    gen.add_argument("--force", action="store_true", help="regenerate even when inputs are unchanged")
    for p in (gen, sub.add_parser("check", help="fail if generated/ is stale")):
        p.add_argument("--jobs", type=int, default=min(len(PROVIDERS), os.cpu_count() or 1))
    sub.add_parser("specs", help="validate specs + overlays and print operation counts")
    args = parser.parse_args(argv)
    if args.command == "generate":
        unknown = [p for p in args.providers if p not in PROVIDERS]
        if unknown:
            parser.error(f"unknown provider(s) {', '.join(unknown)}; choose from {', '.join(PROVIDERS)}")
        return generate(args.providers or list(PROVIDERS), args.force, args.jobs)
    if args.command == "check":
        return check(args.jobs)
    return specs_report()


if __name__ == "__main__":
    sys.exit(main())
