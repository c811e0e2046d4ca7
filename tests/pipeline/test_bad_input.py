"""Bad input fails loudly, names the file and the place, and leaves generated/ byte-identical.

Each case mutates a temp copy's cloudapi spec or overlay (the smallest provider) and runs
`generate cloudapi` in a subprocess, as `nox -s generate -- cloudapi` would.
"""

from __future__ import annotations

import concurrent.futures
import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from .conftest import SMALLEST, copy_repo, run_pipeline, status_lines, tree_hash


@dataclass(frozen=True)
class Case:
    file: str  # which file under specs/cloudapi/ to mutate
    old: str  # text to replace (first occurrence)
    new: str
    place: str  # regex for the place after "file:"; {line} is the line of `mark` in the mutated file
    mark: str = ""  # text whose (1-based) line the message must name
    message: str = ""  # regex the message must contain
    occurrence: int = 0  # which occurrence of `mark` (0 = first)


LIST_USERS_BODY = (
    "      operationId: listUsers\n"
    "      requestBody:\n"
    "        content:\n"
    "          application/xml:\n"
    "            schema: {type: string}\n"
)

CASES = {
    "invalid YAML in the spec": Case(
        "openapi.yaml",
        "      operationId: listUsers\n",
        "      operationId: [listUsers\n",
        place=r"\d+:\d+",
        message="invalid YAML",
    ),
    "invalid YAML in the overlay": Case(
        "overlay.yaml",
        "actions:\n",
        "actions:\n  - target: [\n",
        place=r"\d+:\d+",
        message="invalid YAML",
    ),
    "dangling $ref": Case(
        "openapi.yaml",
        "$ref: '#/components/schemas/ProjectListResponse'",
        "$ref: '#/components/schemas/NoSuchSchema'",
        place=r"line {line} \(#/paths/~1v1~1projects/get/responses/200/content/application~1json/schema\)",
        mark="NoSuchSchema",
        message="dangling \\$ref '#/components/schemas/NoSuchSchema'",
    ),
    "duplicate operationId": Case(
        "openapi.yaml",
        "operationId: listUsers",
        "operationId: listProjects",
        place=r"line {line} \(#/paths/~1v1~1users/get/operationId\)",
        mark="operationId: listProjects",
        occurrence=1,  # the first one is the original listProjects; the second is the duplicate
        message="duplicate operationId 'listProjects'",
    ),
    "missing operationId": Case(
        "openapi.yaml",
        "      operationId: listUsers\n",
        "",
        place=r"line \d+ \(#/paths/~1v1~1users/get\)",
        message="GET /v1/users has no operationId",
    ),
    "overlay target matches nothing": Case(
        "overlay.yaml",
        "$.paths['/v1/tokens'].post",
        "$.paths['/v1/no-such-path'].post",
        place=r"line {line} \(#/actions/\d+/target\)",
        mark="no-such-path",
        message="matches nothing",
    ),
    "x-pagination items not in the response schema": Case(
        "overlay.yaml",
        "items: $.data,",
        "items: $.no_such_field,",
        place=r"line {line} \(#/actions/\d+/update/x-pagination/items\)",
        mark="no_such_field",
        message=r"listProjects .*'\$\.no_such_field' is not in the 2xx response schema",
    ),
    "generator config names another package": Case(
        "generator.yaml",
        "package_name_override: cloudapi_client",
        "package_name_override: someone_else",
        place=r"line {line} \(#/package_name_override\)",
        mark="someone_else",
        message="package_name_override must be 'cloudapi_client'",
    ),
    "generator warning (an endpoint it would skip)": Case(
        "openapi.yaml",
        "      operationId: listUsers\n",
        LIST_USERS_BODY,
        place=r"line {line} \(#/paths/~1v1~1users/get\)",
        mark="operationId: listUsers",
        message="openapi-python-client warned .*GET /v1/users.*Unsupported content type application/xml",
    ),
}


def _line_of(text: str, mark: str, occurrence: int) -> int:
    return [i + 1 for i, line in enumerate(text.splitlines()) if mark in line][occurrence]


@dataclass
class Outcome:
    root: Path
    mutated: str
    before: str  # tree hash of generated/ before the run
    result: subprocess.CompletedProcess[str]


def _prepare(name: str, case: Case, base: Path) -> tuple[Path, str]:
    root = copy_repo(base / re.sub(r"\W+", "-", name))
    target = root / "specs" / SMALLEST / case.file
    text = target.read_text(encoding="utf-8")
    assert case.old in text, f"the fixture text moved in specs/{SMALLEST}/{case.file}: update the case"
    mutated = text.replace(case.old, case.new, 1)
    target.write_text(mutated, encoding="utf-8")
    return root, mutated


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    """Every case on its own full copy, run concurrently (each run is one short subprocess)."""
    base = tmp_path_factory.mktemp("bad-input")
    prepared = {name: _prepare(name, case, base) for name, case in CASES.items()}
    befores = {name: tree_hash(root / "generated") for name, (root, _text) in prepared.items()}
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        futures = {
            name: pool.submit(run_pipeline, root, "generate", SMALLEST) for name, (root, _text) in prepared.items()
        }
        return {
            name: Outcome(root, text, befores[name], futures[name].result()) for name, (root, text) in prepared.items()
        }


@pytest.mark.parametrize("name", CASES)
def test_bad_input_fails_with_file_and_place_and_leaves_generated_alone(
    name: str, outcomes: dict[str, Outcome]
) -> None:
    case, outcome = CASES[name], outcomes[name]
    result = outcome.result

    assert result.returncode == 1, result.stdout + result.stderr
    assert status_lines(result.stdout) == {SMALLEST: "failed"}
    place = case.place
    if case.mark:
        place = place.format(line=_line_of(outcome.mutated, case.mark, case.occurrence))
    pattern = rf"error: specs/{SMALLEST}/{re.escape(case.file)}:{place}: .*{case.message}"
    assert re.search(pattern, result.stderr), f"expected /{pattern}/ in:\n{result.stderr}"
    assert "generated/ left unchanged" in result.stderr
    assert tree_hash(outcome.root / "generated") == outcome.before
    assert not list(outcome.root.glob(".generate-*"))


def test_one_failing_provider_discards_the_others(tmp_path: Path) -> None:
    """All or nothing: cloudapi builds fine but is not written because fluence fails."""
    root = copy_repo(tmp_path / "repo")
    overlay = root / "specs" / "fluence" / "overlay.yaml"
    overlay.write_text(overlay.read_text(encoding="utf-8") + "  - target: $.paths['/nowhere'].get\n    update: {}\n")
    before = tree_hash(root / "generated")

    result = run_pipeline(root, "generate", "--force", SMALLEST, "fluence")

    assert result.returncode == 1
    assert status_lines(result.stdout) == {SMALLEST: "discarded", "fluence": "failed"}
    assert re.search(r"error: specs/fluence/overlay\.yaml:line \d+ \(#/actions/\d+/target\)", result.stderr)
    assert tree_hash(root / "generated") == before
