"""The real specs/: every spec + overlay validates and carries what the facade needs.

These call the pipeline's functions in-process on the real files and parametrize over whatever
providers exist under specs/ (some are still being written).
"""

from __future__ import annotations

import copy
import functools
import re
import subprocess
from typing import TYPE_CHECKING, Any

import jsonpath
import pytest

from .conftest import PIPELINE, PROVIDERS, REPO, pipeline_cmd, resolve_ref

if TYPE_CHECKING:
    from collections.abc import Iterator

each_provider = pytest.mark.parametrize("provider", PROVIDERS)

# operationIds like listUsers, ExternalClusterAPI_ListClusters, list_vms.
_LIST_NAME = re.compile(r"(^|_)list", re.IGNORECASE)


@functools.cache
def _effective_cached(provider: str) -> dict[str, Any]:
    spec: dict[str, Any] = PIPELINE.spec.effective_spec(provider)
    return spec


def _effective(provider: str) -> dict[str, Any]:
    """The overlaid, validated spec (validation is the slow part: once per provider)."""
    return copy.deepcopy(_effective_cached(provider))


def _success_schema(spec: dict[str, Any], op: dict[str, Any]) -> Any:
    for status in sorted(op.get("responses") or {}):
        if str(status).startswith("2"):
            content = resolve_ref(spec, op["responses"][status]).get("content") or {}
            for ctype, media in content.items():
                if "json" in ctype:
                    return resolve_ref(spec, media.get("schema") or {})
    return None


def _types(schema: Any) -> set[str]:
    kind = schema.get("type") if isinstance(schema, dict) else None
    return set(kind) if isinstance(kind, list) else {kind} if kind else set()


def _property_at(spec: dict[str, Any], schema: Any, segments: list[str]) -> Any:
    """The schema at a dotted path, looking through $ref and allOf/anyOf/oneOf (independent of the pipeline)."""
    schema = resolve_ref(spec, schema)
    if not segments:
        return schema
    candidates = [schema] + [
        resolve_ref(spec, sub) for key in ("allOf", "anyOf", "oneOf") for sub in (schema.get(key) or [])
    ]
    for candidate in candidates:
        props = candidate.get("properties") or {}
        if segments[0] in props:
            return _property_at(spec, props[segments[0]], segments[1:])
    return None


def _is_list_operation(spec: dict[str, Any], method: str, op: dict[str, Any]) -> bool:
    """A GET returning a bare array, or a GET named list*."""
    if method != "get":
        return False
    schema = _success_schema(spec, op)
    return "array" in _types(schema) or bool(_LIST_NAME.search(op.get("operationId", "")))


@each_provider
def test_spec_and_overlay_validate(provider: str) -> None:
    spec = _effective(provider)
    assert spec["openapi"].startswith("3.")
    assert list(PIPELINE.schema.operations(spec)), "a spec without operations"


@each_provider
def test_every_operation_has_operation_id_and_tag(provider: str) -> None:
    spec = _effective(provider)
    seen: set[str] = set()
    for path, method, op in PIPELINE.schema.operations(spec):
        op_id = op.get("operationId")
        assert op_id, f"{method.upper()} {path} has no operationId"
        assert op_id not in seen, f"duplicate operationId {op_id}"
        seen.add(op_id)
        assert op.get("tags"), f"{op_id} has no tag"


@each_provider
def test_every_list_operation_has_pagination_whose_paths_exist(provider: str) -> None:
    spec = _effective(provider)
    checked = 0
    for path, method, op in PIPELINE.schema.operations(spec):
        op_id = op["operationId"]
        pag = op.get("x-pagination")
        if _is_list_operation(spec, method, op):
            assert pag is not None, f"list operation {op_id} ({method.upper()} {path}) has no x-pagination"
        if pag is None:
            continue
        checked += 1
        assert pag["style"] in {"cursor", "page", "offset", "next_url", "none"}, op_id
        schema = _success_schema(spec, op)
        assert schema is not None, f"{op_id}: x-pagination on an operation without a JSON 2xx body"
        for key in ("items", "next_cursor", "next_url", "total", "has_more"):
            if key not in pag:
                continue
            expr = pag[key]
            assert expr == "$" or expr.startswith("$."), f"{op_id}: {key} {expr!r}"
            segments = [] if expr == "$" else expr[2:].split(".")
            found = _property_at(spec, schema, segments)
            assert found is not None, f"{op_id}: {key} {expr!r} is not in the response schema"
            if key == "items":
                assert "array" in _types(found), f"{op_id}: items {expr!r} is not an array"
        names = {
            resolve_ref(spec, p).get("name")
            for p in [*(spec["paths"][path].get("parameters") or []), *(op.get("parameters") or [])]
        }
        for key in ("cursor_param", "limit_param", "page_param", "size_param", "offset_param"):
            if key in pag:
                assert pag[key] in names, f"{op_id}: {key} {pag[key]!r} is not a parameter"
    if provider == "cloudapi":
        assert checked >= 4  # guards the list heuristic itself: cloudapi has four list endpoints


@each_provider
def test_every_overlay_action_matches_a_target(provider: str) -> None:
    spec_path = REPO / "specs" / provider / "openapi.yaml"
    overlay_path = REPO / "specs" / provider / "overlay.yaml"
    current = PIPELINE.load.load(spec_path)
    overlay = PIPELINE.load.load(overlay_path)
    assert str(overlay["overlay"]).startswith("1.")
    for i, action in enumerate(overlay["actions"]):
        matches = jsonpath.findall(action["target"], current)
        assert matches, f"overlay action {i} ({action['target']}) matches nothing"
        one = {"overlay": overlay["overlay"], "actions": [copy.deepcopy(action)]}
        current, _trace = PIPELINE.overlay.apply(current, one, overlay_path)


@each_provider
def test_spec_has_no_extensions_of_ours(provider: str) -> None:
    """openapi.yaml is the provider's API only; our x- additions belong in the overlay."""
    ours = {"x-pagination", "x-idempotency", "x-env-var", "x-errors"}
    text = (REPO / "specs" / provider / "openapi.yaml").read_text(encoding="utf-8")
    found = sorted(key for key in ours if re.search(rf"^\s*{re.escape(key)}\s*:", text, re.MULTILINE))
    assert not found, f"move {found} to overlay.yaml"


@pytest.fixture(scope="module", autouse=True)
def specs_command() -> Iterator[subprocess.Popen[str]]:
    """`pipeline specs` on the real repo, started first so it runs beside the in-process tests."""
    proc = subprocess.Popen(pipeline_cmd(REPO, "specs"), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.communicate()


def test_specs_command_prints_a_table_of_every_provider(specs_command: subprocess.Popen[str]) -> None:
    out, err = specs_command.communicate(timeout=120)
    assert specs_command.returncode == 0, err
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["provider", "ops"]
    rows = {line.split()[0]: line.split() for line in lines[1 : lines.index("")]}  # the table ends at a blank line
    for provider in PROVIDERS:
        spec = _effective(provider)
        assert int(rows[provider][1]) == sum(1 for _ in PIPELINE.schema.operations(spec))
        tags = {op["tags"][0] for _path, _method, op in PIPELINE.schema.operations(spec)}
        assert all(tag in " ".join(rows[provider][4:]) for tag in tags)
    assert int(rows["total"][1]) == sum(int(rows[p][1]) for p in PROVIDERS)
