"""What the sandbox reads from a spec document: routes with text and parameters in one segment, 3.0 ``nullable``."""

from __future__ import annotations

from typing import Any

from facade.sandbox import Spec
from facade.sandbox._spec import path_params


def _op(op_id: str) -> dict[str, Any]:
    return {"operationId": op_id, "responses": {"200": {"description": "OK"}}}


def _doc(version: str = "3.1.0", **schemas: Any) -> dict[str, Any]:
    return {
        "openapi": version,
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/orgs/{org}/commitments/{id}": {"get": _op("get"), "delete": _op("delete")},
            "/orgs/{org}/commitments/summary": {"get": _op("summary")},
            "/orgs/{org}/commitments/{id}:usage": {"get": _op("usage")},
            "/orgs/{org}/commitments:batchDelete": {"post": _op("batchDelete")},
            "/orgs/{org}/commitments/{id}:move-to/{target}": {"post": _op("moveTo")},
            "/orgs/{org}/commitments/v{version}.json": {"get": _op("versioned")},
        },
        "components": {"schemas": schemas},
    }


def test_a_segment_mixing_a_parameter_and_text_routes_to_its_operation() -> None:
    spec = Spec(_doc())
    op, params, allowed = spec.route("GET", "/orgs/acme/commitments/c-1:usage")
    assert op is not None and op.op_id == "usage" and params == {"org": "acme", "id": "c-1"}
    assert allowed == ["GET"]
    op, params, _ = spec.route("GET", "/orgs/acme/commitments/c-1")  # the bare id is the item itself
    assert op is not None and op.op_id == "get" and params == {"org": "acme", "id": "c-1"}
    op, params, _ = spec.route("POST", "/orgs/acme/commitments:batchDelete")  # text only, after a name
    assert op is not None and op.op_id == "batchDelete" and params == {"org": "acme"}
    op, params, _ = spec.route("POST", "/orgs/acme/commitments/c%3A1:move-to/other")  # each part decoded alone
    assert op is not None and op.op_id == "moveTo" and params == {"org": "acme", "id": "c:1", "target": "other"}
    op, params, _ = spec.route("GET", "/orgs/acme/commitments/v2.json")
    assert op is not None and op.op_id == "versioned" and params == {"org": "acme", "version": "2"}
    op, params, allowed = spec.route("GET", "/orgs/acme/commitments/c-1:nope")  # other text: the id route takes it
    assert op is not None and op.op_id == "get" and params["id"] == "c-1:nope"
    op, _, _ = spec.route("GET", "/orgs/acme/commitments/:usage")
    assert op is not None and op.op_id == "get"


def test_the_most_concrete_matching_path_is_the_path() -> None:
    spec = Spec(_doc())
    op, _params, allowed = spec.route("GET", "/orgs/acme/commitments/summary")
    assert op is not None and op.op_id == "summary" and allowed == ["GET"]
    # As OpenAPI matches paths, /summary is not also /{id}: DELETE is not allowed there.
    assert spec.route("DELETE", "/orgs/acme/commitments/summary") == (None, {}, ["GET"])
    op, _params, allowed = spec.route("DELETE", "/orgs/acme/commitments/c-1")
    assert op is not None and op.op_id == "delete" and sorted(allowed) == ["DELETE", "GET"]


def test_path_params_reads_every_name_in_order() -> None:
    assert path_params(["", "orgs", "{org}", "commitments", "{id}:move-to", "{target}"]) == ["org", "id", "target"]


def test_openapi_3_0_nullable_is_read_as_the_null_type() -> None:
    schemas = {
        "Plan": {
            "type": "object",
            "properties": {
                "finishedAt": {"type": "string", "format": "date-time", "nullable": True},
                "status": {"type": "string", "enum": ["done"], "nullable": True},
                "name": {"type": "string"},
                "nullable": {"type": "boolean"},  # a property named so is not the keyword
            },
        }
    }
    served = Spec(_doc("3.0.3", **schemas))
    for spec, null_ok in ((served, True), (Spec(_doc("3.1.0", **schemas)), False)):
        validator = spec.validator(spec.schema("Plan"))
        assert validator.is_valid({"finishedAt": None, "status": None}) is null_ok
        assert not validator.is_valid({"name": None})
        assert not validator.is_valid({"finishedAt": "yesterday"})  # formats still checked
        assert validator.is_valid({"nullable": True})
    assert served.doc["components"]["schemas"]["Plan"]["properties"]["finishedAt"]["nullable"] is True  # served as is
