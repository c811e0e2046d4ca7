"""scripts/castai_spec undoes oapi-codegen's mapping: checked on a small Go client written here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from ._castai import REPO, load_builder

# A small Go client in oapi-codegen's shape: every mapping rule once, plus ListClusters (which the
# seed's extra cluster list reuses). The real files are CAST AI's; these are ours.
GO_CLIENT = Path(__file__).parent / "go_client"
API = (GO_CLIENT / "api.gen.go").read_text(encoding="utf-8")
CLIENT = (GO_CLIENT / "client.gen.go").read_text(encoding="utf-8")
MAKEFILE = (GO_CLIENT / "Makefile").read_text(encoding="utf-8")


def write_upstream(root: Path, api: str = API, client: str = CLIENT) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "api.gen.go").write_text(api, encoding="utf-8")
    (root / "client.gen.go").write_text(client, encoding="utf-8")
    (root / "Makefile").write_text(MAKEFILE, encoding="utf-8")
    return root


@pytest.fixture
def built(tmp_path: Path) -> dict[str, Any]:
    spec: dict[str, Any] = load_builder().build(write_upstream(tmp_path), "0" * 40).spec
    return spec


def test_fields_map_back_to_required_optional_and_nullable(built: dict[str, Any]) -> None:
    widget = built["components"]["schemas"]["WidgetV1Widget"]
    assert widget["required"] == ["id", "createdAt", "size"]  # values without omitempty
    props = widget["properties"]
    assert props["id"] == {"type": "string", "format": "uuid"}
    assert props["name"] == {"type": "string"}
    assert props["note"] == {"type": "string", "nullable": True}  # a pointer without omitempty
    assert props["createdAt"] == {"type": "string", "format": "date-time"}
    assert props["labels"] == {"type": "object", "additionalProperties": {"type": "string"}}
    assert props["parts"] == {"type": "array", "items": {"$ref": "#/components/schemas/WidgetV1Part"}}
    assert props["state"] == {"$ref": "#/components/schemas/WidgetV1State"}
    assert props["extra"] == {}
    assert props["size"] == {"type": "integer", "format": "int32"}
    assert props["ratio"] == {"type": "number", "format": "double"}


def test_enums_maps_and_unreached_types(built: dict[str, Any]) -> None:
    schemas = built["components"]["schemas"]
    assert schemas["WidgetV1State"] == {"type": "string", "enum": ["OFF", "off", "on"]}  # both spellings kept
    assert schemas["WidgetV1Part"] == {
        "type": "object",
        "properties": {"@kind": {"type": "string"}},
        "additionalProperties": True,
    }
    assert "WidgetV1Unused" not in schemas  # no operation reaches it
    assert not [name for name in schemas if name.startswith("DemoAPI")], "operation-specific types stay inline"


def test_operations_parameters_and_bodies(built: dict[str, Any]) -> None:
    listing = built["paths"]["/v1/widgets"]["get"]
    assert (listing["operationId"], listing["tags"], listing["summary"]) == (
        "DemoAPI_ListWidgets",
        ["DemoAPI"],
        "List widgets",
    )
    assert listing["parameters"] == [
        {"name": "page.limit", "in": "query", "required": False, "schema": {"type": "string"}},
        {"name": "kind", "in": "query", "required": False, "schema": {"type": "string", "enum": ["big"]}},
        {"name": "since", "in": "query", "required": True, "schema": {"type": "string", "format": "date-time"}},
    ]
    ok = listing["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok == {"type": "array", "items": {"$ref": "#/components/schemas/WidgetV1Widget"}}
    assert sorted(listing["responses"]) == ["200", "400", "401", "403", "429", "500", "503"]

    item = built["paths"]["/v1/widgets/{id}"]
    assert set(item) == {"get", "put"}  # {widget.id} took the name its sibling uses
    update = item["put"]
    assert update["parameters"] == [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
    body = update["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/WidgetV1Widget"}
    assert update["responses"]["200"] == {"description": "OK"}  # no JSON body decoded by the Go client
    assert {"404", "409"} <= set(update["responses"])

    tag = built["paths"]["/v1/widgets/{id}:tag"]["post"]
    assert tag["requestBody"]["content"]["application/json"]["schema"] == {
        "type": "object",
        "additionalProperties": {"type": "string"},
    }


def test_documented_extras_auth_and_errors(built: dict[str, Any]) -> None:
    assert built["openapi"] == "3.0.3"
    assert built["security"] == [{"ApiKeyAuth": []}]
    assert built["components"]["securitySchemes"]["ApiKeyAuth"]["name"] == "X-API-Key"
    assert built["components"]["schemas"]["ErrorResponse"]["required"] == ["message"]
    seed_list = built["paths"]["/v1/kubernetes/clusters"]["get"]
    listed = built["paths"]["/v1/kubernetes/external-clusters"]["get"]
    assert seed_list["responses"]["200"] == listed["responses"]["200"]
    document = built["paths"]["/v1/spec/openapi.json"]["get"]
    assert document["security"] == [] and "401" not in document["responses"]


def test_unknown_go_construct_is_an_error_naming_the_line(tmp_path: Path) -> None:
    api = API.replace('\tRatio     *float64           `json:"ratio,omitempty"`', "\tRatio     func() int")
    upstream = write_upstream(tmp_path / "up", api=api)
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "scripts/castai_spec", str(upstream), "--commit", "0" * 40, "--out", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    line = api.splitlines().index("\tRatio     func() int") + 1
    assert f"api.gen.go:{line}: unsupported struct field" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists(), "nothing is written when the input is bad"


def test_writes_and_checks_the_two_files(tmp_path: Path) -> None:
    upstream = write_upstream(tmp_path / "up")
    out = tmp_path / "out"
    command = [sys.executable, "scripts/castai_spec", str(upstream), "--commit", "1" * 40, "--out", str(out)]
    wrote = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    assert wrote.returncode == 0, wrote.stderr
    spec = yaml.safe_load((out / "openapi.yaml").read_text(encoding="utf-8"))
    assert len([op for item in spec["paths"].values() for op in item.values()]) == 5 + 8  # + the documented extras
    live = (out / "live-operations.txt").read_text(encoding="utf-8").splitlines()
    assert "commit " + "1" * 40 in "\n".join(live)
    assert "PUT /v1/widgets/{widget.id} DemoAPI_UpdateWidget" in live  # the Go client's own path
    assert subprocess.run([*command, "--check"], cwd=REPO, capture_output=True, check=False).returncode == 0
    (out / "openapi.yaml").write_text("stale\n", encoding="utf-8")
    stale = subprocess.run([*command, "--check"], cwd=REPO, capture_output=True, text=True, check=False)
    assert stale.returncode == 1 and "openapi.yaml" in stale.stderr


def test_same_shaped_paths_get_one_parameter_name_per_position() -> None:
    goclient, document = load_builder()._goclient, load_builder()._document

    def op(name: str, method: str, path: str) -> Any:
        params = [goclient.PathParam(s[1:-1], "string") for s in path.split("/") if s.startswith("{")]
        return goclient.Operation(name, 1, method, path, params)

    ops = {
        o.name: o
        for o in (
            op("A", "GET", "/v1/x/{parentId}/items/{databaseName}"),
            op("B", "PUT", "/v1/x/{parentId}/items/{id}"),
            op("C", "DELETE", "/v1/x/{parentId}/items/{id}"),
            op("D", "POST", "/v1/invites/{id}"),
            op("E", "POST", "/v1/invites/{invitationId}"),
            op("F", "PATCH", "/v1/x/{parentId}/items/{item.id}"),
            op("G", "PATCH", "/v1/groups/{group.id}"),
        )
    }
    renamed = document.unify_path_params(ops)
    assert {o.name: o.path for o in ops.values()} == {
        "A": "/v1/x/{parentId}/items/{id}",  # the name most of the shape's operations use
        "B": "/v1/x/{parentId}/items/{id}",
        "C": "/v1/x/{parentId}/items/{id}",
        "D": "/v1/invites/{invitationId}",  # a tie: the longer name
        "E": "/v1/invites/{invitationId}",
        "F": "/v1/x/{parentId}/items/{id}",  # never a dotted one
        "G": "/v1/groups/{groupId}",  # alone and dotted: camel case
    }
    assert ops["A"].path_params[1].name == "id" and ("G", "group.id", "groupId") in renamed
