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
    offset: int = 0  # the line named is this many lines after the mark's
    off: tuple[str, ...] = ()  # normalisation rules the overlay switches off (they would repair the defect)


# Nine levels of nine aliases: ~387 million nodes once expanded (the pipeline refuses it at level five).
BOMB = "".join(
    [f"x-lol0: &l0 [{', '.join(['lol'] * 9)}]\n"]
    + [f"x-lol{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]\n" for i in range(1, 9)]
)
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
        off=("duplicate-operation-ids",),
    ),
    "missing operationId": Case(
        "openapi.yaml",
        "      operationId: listUsers\n",
        "",
        place=r"line \d+ \(#/paths/~1v1~1users/get\)",
        message="GET /v1/users has no operationId",
        off=("missing-operation-ids",),
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
        offset=-1,  # the line of its "get:"
        message="openapi-python-client warned .*GET /v1/users.*Unsupported content type application/xml",
    ),
    "two operationIds become one module": Case(
        "openapi.yaml",
        "operationId: getUser",
        "operationId: list_users",
        place=r"line {line} \(#/paths/~1v1~1users~1{{user_id}}/get/operationId\)",
        mark="operationId: list_users",
        message=r"operationId 'list_users' and 'listUsers' \(specs/cloudapi/openapi\.yaml:line \d+ "
        r"\(#/paths/~1v1~1users/get/operationId\)\) both become api\.users\.list_users",
        off=("duplicate-operation-ids",),
    ),
    "two tags become one folder": Case(
        "openapi.yaml",
        "tags: [Users]",
        "tags: [users]",
        place=r"line {line} \(#/paths/~1v1~1users~1{{user_id}}/get/tags/0\)",
        mark="tags: [Users]",
        message=r"tag 'Users' and 'users' \(specs/cloudapi/openapi\.yaml:line \d+ \(#/paths/~1v1~1users/get/tags/0\)\) "
        r"both become api\.users",
    ),
    "two schemas become one class": Case(
        "openapi.yaml",
        "  schemas:\n",
        "  schemas:\n    project_list_response: {type: object}\n",
        place=r"line {line} \(#/components/schemas/ProjectListResponse\)",
        mark="    ProjectListResponse:",
        message=r"schema 'ProjectListResponse' and 'project_list_response' \(specs/cloudapi/openapi\.yaml:line \d+ "
        r"\(#/components/schemas/project_list_response\)\) both become models\.ProjectListResponse",
    ),
    "a YAML alias bomb": Case(
        "openapi.yaml",
        "openapi: 3.1.0\n",
        "openapi: 3.1.0\n" + BOMB,
        place=r"line {line}",
        mark="x-lol5:",
        message=r"YAML aliases expand this [\d,]+-byte document to more than 100,000 nodes \(alias \*l4 alone is "
        r"66,430\): refusing an alias bomb",
    ),
    "a YAML alias inside its own anchor": Case(
        "overlay.yaml",
        "actions:\n",
        "x-loop: &loop [*loop]\nactions:\n",
        place=r"line {line}",
        mark="x-loop",
        message=r"alias \*loop refers to its own anchor \(a cycle\)",
    ),
    "YAML nested too deep": Case(
        "openapi.yaml",
        "openapi: 3.1.0\n",
        "openapi: 3.1.0\nx-deep: " + "[" * 300 + "]" * 300 + "\n",
        place=r"line {line}",
        mark="x-deep",
        message="nested more than 200 levels deep",
    ),
    "a $ref cycle": Case(
        "openapi.yaml",
        "  schemas:\n",
        "  schemas:\n    LoopA: {$ref: '#/components/schemas/LoopB'}\n"
        "    LoopB: {$ref: '#/components/schemas/LoopA'}\n",
        place=r"line {line} \(#/components/schemas/LoopA\)",
        mark="LoopA: {",
        message=r"\$ref cycle: #/components/schemas/LoopA -> #/components/schemas/LoopB -> #/components/schemas/LoopA",
    ),
    "an allOf cycle": Case(
        "openapi.yaml",
        "  schemas:\n",
        "  schemas:\n    LoopA: {allOf: [{$ref: '#/components/schemas/LoopB'}]}\n"
        "    LoopB: {allOf: [{$ref: '#/components/schemas/LoopA'}]}\n",
        place=r"line {line} \(#/components/schemas/LoopA\)",
        mark="LoopA: {",
        message=r"allOf cycle: #/components/schemas/LoopA -> #/components/schemas/LoopB -> #/components/schemas/LoopA",
    ),
    "a dangling $ref the overlay adds is blamed on the overlay": Case(
        "overlay.yaml",
        "update: {x-env-var: CLOUDAPI_TOKEN}",
        "update: {x-env-var: CLOUDAPI_TOKEN, x-docs: {$ref: '#/components/schemas/Nope'}}",
        place=r"line {line} \(#/actions/1/update/x-docs\)",
        mark="Nope",
        message=r"dangling \$ref '#/components/schemas/Nope'",
    ),
    "the overlay removes a schema the spec refers to": Case(
        "overlay.yaml",
        "    update: {x-env-var: CLOUDAPI_SESSION_TOKEN}\n",
        "    update: {x-env-var: CLOUDAPI_SESSION_TOKEN}\n  - target: $.components.schemas.ProjectListResponse\n"
        "    remove: true\n",
        place=r"line {line} \(#/actions/3\)",
        mark="target: $.components.schemas.ProjectListResponse",
        message=r"this action removes the target of \$ref '#/components/schemas/ProjectListResponse' at "
        r"#/paths/~1v1~1projects/get/responses/200/content/application~1json/schema",
    ),
    "x-pagination style outside the vocabulary": Case(
        "overlay.yaml",
        "style: cursor",
        "style: cursr",
        place=r"line {line} \(#/actions/\d+/update/x-pagination/style\)",
        mark="cursr",
        message=r"x-pagination of listProjects \(#/paths/~1v1~1projects/get/x-pagination\): 'cursr' is not one of",
    ),
    "x-env-var that is not a variable name": Case(
        "overlay.yaml",
        "x-env-var: CLOUDAPI_TOKEN",
        "x-env-var: cloudapi-token",
        place=r"line {line} \(#/actions/1/update/x-env-var\)",
        mark="cloudapi-token",
        message=r"x-env-var of ApiKeyAuth .*'cloudapi-token' does not match",
    ),
    "x-idempotency with an unknown key": Case(
        "overlay.yaml",
        "{x-idempotency: {header: Idempotency-Key}}",
        "{x-idempotency: {header: Idempotency-Key, retries: 3}}",
        place=r"line {line} \(#/actions/\d+/update/x-idempotency\)",
        mark="retries: 3",
        message=r"x-idempotency of createKey .*\('retries' was unexpected\)",
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
    if case.off:
        overlay = root / "specs" / SMALLEST / "overlay.yaml"
        switch = f"x-normalise: {{disable: [{', '.join(case.off)}]}}\n"
        overlay.write_text(overlay.read_text(encoding="utf-8").replace("actions:\n", switch + "actions:\n", 1))
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
        place = place.format(line=_line_of(outcome.mutated, case.mark, case.occurrence) + case.offset)
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
