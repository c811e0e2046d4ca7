"""A provider whose spec has no examples (like CAST AI's): sparse items, ids named by path shape or alias,
string-typed paging numbers, nullable fields, answers from the spec that only borrow what fits.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import yaml

from facade.sandbox import Provider, Resource, Sandbox, Spec, Statuses

SPEC = """
openapi: 3.0.3
info: {title: Sparse, version: "1"}
security: [{Key: []}]
paths:
  /v1/orgs:
    get:
      operationId: listOrgs
      x-pagination: {style: none, items: $.items}
      responses:
        "200": {description: OK, content: {application/json: {schema: {$ref: "#/components/schemas/Orgs"}}}}
  /v1/orgs/{id}:
    get:
      operationId: getOrg
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200": {description: OK, content: {application/json: {schema: {$ref: "#/components/schemas/Org"}}}}
        "404": {description: no, content: {application/json: {schema: {$ref: "#/components/schemas/Error"}}}}
  /v1/orgs/{orgId}/widgets:
    parameters: [{name: orgId, in: path, required: true, schema: {type: string}}]
    get:
      operationId: listWidgets
      parameters:
        - {name: page.limit, in: query, schema: {type: string}}
        - {name: page.cursor, in: query, schema: {type: string}}
      x-pagination: {style: cursor, items: $.items, cursor_param: page.cursor, limit_param: page.limit,
                     next_cursor: $.nextCursor, total: $.totalCount}
      responses:
        "200": {description: OK, content: {application/json: {schema: {$ref: "#/components/schemas/Widgets"}}}}
        "400": {description: no, content: {application/json: {schema: {$ref: "#/components/schemas/Error"}}}}
        "404": {description: no, content: {application/json: {schema: {$ref: "#/components/schemas/Error"}}}}
    post:
      operationId: createWidget
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [name]
              properties: {name: {type: string}, color: {type: string}, size: {type: integer}}
      responses:
        "200": {description: OK, content: {application/json: {schema: {$ref: "#/components/schemas/Widget"}}}}
        "404": {description: no, content: {application/json: {schema: {$ref: "#/components/schemas/Error"}}}}
  /v1/orgs/{orgId}/widgets/{widgetId}:
    get:
      operationId: getWidget
      parameters:
        - {name: orgId, in: path, required: true, schema: {type: string}}
        - {name: widgetId, in: path, required: true, schema: {type: string}}
      responses:
        "200": {description: OK, content: {application/json: {schema: {$ref: "#/components/schemas/Widget"}}}}
        "404": {description: no, content: {application/json: {schema: {$ref: "#/components/schemas/Error"}}}}
  /v1/orgs/{orgId}/widgets/{widgetId}/report:
    get:
      operationId: getWidgetReport
      parameters:
        - {name: orgId, in: path, required: true, schema: {type: string}}
        - {name: widgetId, in: path, required: true, schema: {type: string}}
      responses:
        "200": {description: OK, content: {application/json: {schema: {$ref: "#/components/schemas/Report"}}}}
        "404": {description: no, content: {application/json: {schema: {$ref: "#/components/schemas/Error"}}}}
  /v1/orgs/{orgId}/gadgets/{id}:
    get:
      operationId: getGadget
      parameters:
        - {name: orgId, in: path, required: true, schema: {type: string}}
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200": {description: OK, content: {application/json: {schema: {$ref: "#/components/schemas/Report"}}}}
        "404": {description: no, content: {application/json: {schema: {$ref: "#/components/schemas/Error"}}}}
  /v2/tenants/{organizationId}/usage:
    get:
      operationId: getUsage
      parameters: [{name: organizationId, in: path, required: true, schema: {type: string}}]
      responses:
        "200": {description: OK, content: {application/json: {schema: {$ref: "#/components/schemas/Report"}}}}
        "404": {description: no, content: {application/json: {schema: {$ref: "#/components/schemas/Error"}}}}
components:
  securitySchemes:
    Key: {type: apiKey, in: header, name: X-Key}
  schemas:
    Error: {type: object, required: [message], properties: {message: {type: string}}}
    Org:
      type: object
      required: [name]
      properties: {id: {type: string}, name: {type: string}, note: {type: string}, site: {type: string}}
    Orgs: {type: object, properties: {items: {type: array, items: {$ref: "#/components/schemas/Org"}}}}
    Widget:
      type: object
      required: [id, name]
      properties:
        id: {type: string}
        name: {type: string}
        color: {type: string}
        size: {type: integer}
        status: {type: string}
        finishedAt: {type: string, format: date-time, nullable: true}
        tags: {type: array, items: {type: string}}
    Widgets:
      type: object
      properties:
        items: {type: array, items: {$ref: "#/components/schemas/Widget"}}
        nextCursor: {type: string}
        totalCount: {type: string}
    Report:
      type: object
      properties: {status: {type: string, enum: [ok, failed]}, name: {type: string}, id: {type: string}}
"""
PROVIDER = Provider(
    name="sparse",
    error_body=lambda problem: {"message": problem.message},
    credentials=lambda rng: {"Key": "sparse-key"},
    statuses=Statuses(validation=400),
    sparse=True,
    resources=(
        Resource("orgs", "Org", "/v1/orgs/{id}", aliases=("organizationId",), count=2, seed=lambda s: {"name": "o"}),
        Resource(
            "widgets",
            "Widget",
            "/v1/orgs/{orgId}/widgets/{widgetId}",
            parent="orgs",
            count=30,
            seed=lambda s: {"name": f"w-{s.index}", "status": "ready", "finishedAt": None},
        ),
    ),
)


@pytest.fixture
def sparse() -> Iterator[tuple[Sandbox, httpx.Client]]:
    spec = Spec(yaml.safe_load(SPEC))
    with Sandbox(PROVIDER, spec=spec, seed=1, check_responses=True, clock_speed=0) as sb:
        with httpx.Client(base_url=sb.base_url, headers={"X-Key": "sparse-key"}) as client:
            yield sb, client
        assert sb.violations == []


def _org(client: httpx.Client) -> str:
    orgs: list[dict[str, Any]] = client.get("/v1/orgs").json()["items"]
    return str(orgs[0]["id"])


def test_items_hold_what_is_seeded_or_sent_and_their_required_fields(sparse: tuple[Sandbox, httpx.Client]) -> None:
    _sb, client = sparse
    orgs = client.get("/v1/orgs").json()["items"]
    assert [set(o) for o in orgs] == [{"id", "name"}] * 2  # no placeholder note or site
    assert all(o["id"] not in ("x", "") and len(o["id"]) == 36 for o in orgs)  # an id made, not a placeholder
    made = client.post(f"/v1/orgs/{orgs[0]['id']}/widgets", json={"name": "gear", "size": 3}).json()
    assert set(made) == {"id", "name", "size"}
    assert client.get(f"/v1/orgs/{orgs[0]['id']}/widgets/{made['id']}").json() == made
    seeded = client.get(f"/v1/orgs/{orgs[0]['id']}/widgets", params={"page.limit": "1"}).json()["items"][0]
    assert seeded["finishedAt"] is None and seeded["status"] == "ready"  # nullable in 3.0: null is valid


def test_a_page_size_typed_as_a_string_and_a_string_total(sparse: tuple[Sandbox, httpx.Client]) -> None:
    _sb, client = sparse
    url, seen, cursor = f"/v1/orgs/{_org(client)}/widgets", [], ""
    while True:
        page = client.get(url, params={"page.limit": "7", "page.cursor": cursor}).json()
        assert page["totalCount"] == "30"  # the schema says string: grpc-gateway's int64
        seen += [w["id"] for w in page["items"]]
        cursor = page["nextCursor"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) == 30
    # Any string is a valid page.limit: one that is no number asks for no particular size (the default).
    assert len(client.get(url, params={"page.limit": "seven"}).json()["items"]) == 25


def test_path_ids_are_checked_by_shape_or_alias_and_only_then(sparse: tuple[Sandbox, httpx.Client]) -> None:
    _sb, client = sparse
    org = _org(client)
    assert client.get("/v1/orgs/nope/widgets").status_code == 404  # {orgId}: the shape of /v1/orgs/{id}
    assert client.get("/v2/tenants/nope/usage").status_code == 404  # {organizationId}: an alias of orgs
    assert client.get(f"/v2/tenants/{org}/usage").status_code == 200
    assert client.get(f"/v1/orgs/{org}/gadgets/anything").status_code == 200  # {id} of no modelled resource
    assert client.get(f"/v1/orgs/{org}/gadgets/anything").json()["id"] == "anything"


def test_an_answer_from_the_spec_borrows_only_fields_that_fit(sparse: tuple[Sandbox, httpx.Client]) -> None:
    _sb, client = sparse
    org = _org(client)
    widget = client.get(f"/v1/orgs/{org}/widgets", params={"page.limit": "1"}).json()["items"][0]
    report = client.get(f"/v1/orgs/{org}/widgets/{widget['id']}/report").json()
    assert report["name"] == widget["name"]  # the widget's name fits the report's
    assert report["status"] == "ok"  # its status "ready" is not one of the report's: the spec's value stays
