"""Each normalisation rule: a minimal spec that needs it, the repair, and the report line ``nox -s specs`` prints.

Every case is a provider folder of its own (no overlay) in a temp ``specs/``; the effective spec is
built in-process (load -> normalise -> infer -> validate), so the repaired document is checked
directly, and the report line is checked for its file, line and JSON pointer. A second run with the
rule switched off (``x-normalise: {disable: [rule]}`` in an overlay) shows the rule is what repaired it.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests._scripts import submodule

from .conftest import PIPELINE

NORMALISE = submodule(PIPELINE.package, "normalise")
REPORT = submodule(PIPELINE.package, "report")
SPEC_ERROR = submodule(PIPELINE.package, "errors").SpecError

HEAD = """\
openapi: 3.0.3
info: {title: T, version: '1'}
servers: [{url: 'https://api.example.com'}]
"""


@dataclass(frozen=True)
class Case:
    body: str  # the spec after HEAD
    line: str  # a text on the line the report must name (first occurrence)
    pointer: str  # the JSON pointer the report names
    message: str  # a regex the report's message must match
    check: Any  # (effective spec) -> bool: the repair is in the document
    off_error: str | None = None  # with the rule off: a regex of the error that stage gives, if any


def _op(spec: dict[str, Any], path: str, method: str = "get") -> dict[str, Any]:
    op: dict[str, Any] = spec["paths"][path][method]
    return op


OK = "responses: {'200': {description: ok}}"
CASES: dict[str, Case] = {
    "response-status-keys": Case(
        """\
        paths:
          /a:
            get:
              operationId: getA
              tags: [a]
              responses:
                200: {description: ok}
                4xx: {description: bad}
        """,
        line="200: {description",
        pointer="#/paths/~1a/get/responses/200",
        message=r"response key an integer \(200\): now '200'",
        check=lambda s: set(_op(s, "/a")["responses"]) == {"200", "4XX"},
        off_error="",
    ),
    "non-string-keys": Case(
        f"""\
        paths:
          /a:
            get:
              operationId: getA
              tags: [a]
              {OK}
        components:
          schemas:
            Flags:
              type: object
              properties:
                yes: {{type: boolean}}
        """,
        line="properties:",
        pointer="#/components/schemas/Flags/properties/true",
        message=r"key True is a bool: now the string 'true'",
        check=lambda s: "true" in s["components"]["schemas"]["Flags"]["properties"],
    ),
    "operation-servers": Case(
        f"""\
        paths:
          /users:
            get:
              operationId: listUsers
              tags: [users]
              servers: [{{url: 'https://api.example.com/v2'}}]
              {OK}
        """,
        line="servers: [{url: 'https://api.example.com/v2'}]",
        pointer="#/paths/~1users/get/servers",
        message=r"operation-level server 'https://api.example.com/v2': its path '/v2' now prefixes",
        check=lambda s: "/v2/users" in s["paths"] and "/users" not in s["paths"],
    ),
    "path-parameters": Case(
        f"""\
        paths:
          /users/{{user_id}}:
            get:
              operationId: getUser
              tags: [users]
              parameters:
                - {{name: id, in: path, required: true, schema: {{type: string}}}}
              {OK}
        """,
        line="- {name: id, in: path",
        pointer="#/paths/~1users~1{user_id}/get/parameters/0",
        message=r"path parameter 'id' is not in the path '/users/\{user_id\}': removed",
        check=lambda s: [p["name"] for p in _op(s, "/users/{user_id}")["parameters"]] == ["user_id"],
        off_error="Incorrect path templating|user_id",
    ),
    "api-key-header-params": Case(
        f"""\
        paths:
          /me:
            get:
              operationId: getMe
              tags: [me]
              parameters:
                - {{name: X-API-KEY, in: header, required: true, schema: {{type: string}}}}
              {OK}
        """,
        line="- {name: X-API-KEY",
        pointer="#/paths/~1me/get/parameters/0",
        message=r"header parameter 'X-API-KEY' carries a credential: now security scheme 'x_api_key' \(apiKey\)",
        check=lambda s: (
            s["components"]["securitySchemes"]["x_api_key"]
            == {"type": "apiKey", "in": "header", "name": "X-API-KEY", "x-env-var": "CASE_X_API_KEY"}
            and _op(s, "/me")["security"] == [{"x_api_key": []}]
            and not _op(s, "/me")["parameters"]
        ),
    ),
    "header-param-types": Case(
        f"""\
        paths:
          /a:
            get:
              operationId: getA
              tags: [a]
              parameters:
                - name: X-Fields
                  in: header
                  schema: {{type: array, items: {{type: string}}}}
              {OK}
        """,
        line="schema: {type: array",
        pointer="#/paths/~1a/get/parameters/0/schema",
        message=r"header parameter 'X-Fields' is typed array: now a string",
        check=lambda s: _op(s, "/a")["parameters"][0]["schema"] == {"type": "string"},
        off_error="not allowed in header",
    ),
    "untagged-operations": Case(
        f"""\
        paths:
          /v1/io-explorer/stats:
            get:
              operationId: getStats
              {OK}
        """,
        line="get:",
        pointer="#/paths/~1v1~1io-explorer~1stats/get",
        message=r"operation has no tag: tagged 'io-explorer' \(its first path segment\)",
        check=lambda s: _op(s, "/v1/io-explorer/stats")["tags"] == ["io-explorer"],
        off_error="has no tag",
    ),
    "missing-operation-ids": Case(
        f"""\
        paths:
          /users/{{id}}/keys:
            get:
              tags: [users]
              parameters: [{{name: id, in: path, required: true, schema: {{type: string}}}}]
              {OK}
        """,
        line="get:",
        pointer="#/paths/~1users~1{id}~1keys/get",
        message=r"operation has no operationId: now 'getUsersByIdKeys'",
        check=lambda s: _op(s, "/users/{id}/keys")["operationId"] == "getUsersByIdKeys",
        off_error="has no operationId",
    ),
    "operation-id-identifiers": Case(
        f"""\
        paths:
          /top_up:
            post:
              operationId: Create top-up request
              tags: [billing]
              {OK}
        """,
        line="operationId: Create top-up request",
        pointer="#/paths/~1top_up/post/operationId",
        message=r"operationId 'Create top-up request' is not an identifier: now 'createTopUpRequest'",
        check=lambda s: _op(s, "/top_up", "post")["operationId"] == "createTopUpRequest",
    ),
    "duplicate-operation-ids": Case(
        f"""\
        paths:
          /a:
            get:
              operationId: listThings
              tags: [things]
              {OK}
          /b:
            get:
              operationId: list_things
              tags: [things]
              {OK}
        """,
        line="operationId: list_things",
        pointer="#/paths/~1b/get/operationId",
        message=r"operationId 'list_things' repeats 'listThings': now 'list_things2'",
        check=lambda s: _op(s, "/b")["operationId"] == "list_things2",
        off_error="both become api.things.list_things",
    ),
    "default-type": Case(
        f"""\
        paths:
          /a:
            get:
              operationId: getA
              tags: [a]
              parameters:
                - {{name: limit, in: query, schema: {{type: integer, default: false}}}}
                - {{name: size, in: query, schema: {{type: integer, default: '20'}}}}
              {OK}
        """,
        line="- {name: limit",
        pointer="#/paths/~1a/get/parameters/0/schema/default",
        message=r"default false is not an integer: dropped",
        check=lambda s: (
            "default" not in _op(s, "/a")["parameters"][0]["schema"]
            and _op(s, "/a")["parameters"][1]["schema"]["default"] == 20
        ),
        off_error="False is not of type 'integer'",
    ),
    "example-type": Case(
        f"""\
        paths:
          /a:
            get:
              operationId: getA
              tags: [a]
              {OK}
        components:
          schemas:
            Vm:
              type: object
              properties:
                vcpu: {{type: integer, example: '2'}}
        """,
        line="vcpu: {type: integer",
        pointer="#/components/schemas/Vm/properties/vcpu/example",
        message=r'example "2" is not an integer: now 2',
        check=lambda s: s["components"]["schemas"]["Vm"]["properties"]["vcpu"]["example"] == 2,
    ),
    "enum-type": Case(
        f"""\
        paths:
          /a:
            get:
              operationId: getA
              tags: [a]
              {OK}
        components:
          schemas:
            Level:
              type: string
              enum: [low, 2, null]
        """,
        line="enum: [low, 2, null]",
        pointer="#/components/schemas/Level/enum",
        message=r'enum value 2 is not a string: now "2"',
        check=lambda s: s["components"]["schemas"]["Level"]["enum"] == ["low", "2"],
    ),
    "schema-title-collisions": Case(
        """\
        paths:
          /a:
            get:
              operationId: getA
              tags: [a]
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          one: {$ref: '#/components/schemas/caas__ContainerConfig'}
                          two: {$ref: '#/components/schemas/vmaas__ContainerConfig'}
        components:
          schemas:
            caas__ContainerConfig:
              title: ContainerConfig
              type: object
              properties: {image: {type: string}}
            vmaas__ContainerConfig:
              title: ContainerConfig
              type: object
              properties: {disk: {type: integer}}
        """,
        line="title: ContainerConfig",
        pointer="#/components/schemas/caas__ContainerConfig/title",
        message=r"title 'ContainerConfig' makes class ContainerConfig for 2 schemas .*: now 'CaasContainerConfig'",
        check=lambda s: (
            [v["title"] for v in s["components"]["schemas"].values()] == ["CaasContainerConfig", "VmaasContainerConfig"]
        ),
    ),
    "unrenderable-unions": Case(
        """\
        paths:
          /a:
            get:
              operationId: getA
              tags: [a]
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Rule'}
        components:
          schemas:
            Base:
              type: object
              properties: {cidr: {type: string}}
            Rule:
              oneOf:
                - allOf:
                    - $ref: '#/components/schemas/Base'
                    - {type: object, properties: {kind: {type: string, enum: [ipv4]}}}
                - allOf:
                    - $ref: '#/components/schemas/Base'
                    - {type: object, properties: {kind: {type: string, enum: [ipv6]}}}
        """,
        line="    Rule:",
        pointer="#/components/schemas/Rule",
        message=r"cannot render this: a oneOf member is an allOf of 2 schemas; widened to object",
        check=lambda s: s["components"]["schemas"]["Rule"] == {"type": "object"},
    ),
}


def _folder(tmp_path: Path, rule: str, off: bool = False) -> Path:
    specs = tmp_path / "specs"
    folder = specs / "case"
    folder.mkdir(parents=True)
    (folder / "openapi.yaml").write_text(HEAD + textwrap.dedent(CASES[rule].body), encoding="utf-8")
    if off:
        overlay = f"overlay: 1.0.0\ninfo: {{title: t, version: '1'}}\nx-normalise: {{disable: [{rule}]}}\nactions: []\n"
        (folder / "overlay.yaml").write_text(overlay, encoding="utf-8")
    return specs


def test_every_rule_has_a_case() -> None:
    assert set(CASES) == set(NORMALISE.RULES)


@pytest.mark.parametrize("rule", CASES)
def test_the_rule_repairs_and_reports_the_place(rule: str, tmp_path: Path) -> None:
    case = CASES[rule]
    specs = _folder(tmp_path, rule)
    eff = PIPELINE.spec.effective("case", specs)

    assert case.check(eff.spec), eff.spec
    lines = [line for line in REPORT.repair_lines(eff) if f"[{rule}]" in line]
    text = (specs / "case" / "openapi.yaml").read_text(encoding="utf-8")
    line_no = next(i + 1 for i, line in enumerate(text.splitlines()) if case.line in line)
    where = f"{specs / 'case' / 'openapi.yaml'}:line {line_no} ({case.pointer}): [{rule}] "
    assert any(line.startswith(where) and re.search(case.message, line) for line in lines), "\n".join(lines)


@pytest.mark.parametrize("rule", [r for r, c in CASES.items() if c.off_error is not None])
def test_switched_off_the_defect_stays_and_fails_later(rule: str, tmp_path: Path) -> None:
    specs = _folder(tmp_path, rule, off=True)
    build = PIPELINE.build
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(SPEC_ERROR, match=CASES[rule].off_error or ".") as caught:
        build.build_provider("case", out, specs)
    assert "specs/case/openapi.yaml" in str(caught.value) or str(specs) in str(caught.value)


def test_an_unknown_rule_in_the_overlay_names_its_line(tmp_path: Path) -> None:
    specs = _folder(tmp_path, "enum-type")
    (specs / "case" / "overlay.yaml").write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nx-normalise:\n  disable: [enum-types]\nactions: []\n"
    )
    with pytest.raises(
        SPEC_ERROR, match=r"line 4 \(#/x-normalise/disable/0\): unknown normalisation rule 'enum-types'"
    ):
        PIPELINE.spec.effective("case", specs)
