"""What CAST AI documents outside the Go client: servers, auth, and eight documented operations.

- The API access guide (seeds/001): the ``X-API-Key`` header, ``https://api.cast.ai``, the
  ``GET /v1/kubernetes/clusters`` curl example and the spec at ``/v1/spec/openapi.json``.
- The 2020 spec of the same repository: the ``credentialsId`` filter of that cluster list.
- The EU host: CAST AI's EU region console and API (kept from the hand-written spec).
- CAST AI's API reference (docs.cast.ai/reference) for two tags outside the Go client's
  ``API_TAGS``: ``AutoscalerAPI`` rebalancing plans (list, get, generate, execute) and
  ``ClusterReportAPI`` cluster cost and savings reports. Their shapes: specs/castai/NOTES.md,
  "Documented extras".
"""

from __future__ import annotations

import copy
from typing import Any, NamedTuple

from ._document import summary

OPENAPI_VERSION = "3.0.3"  # what CAST AI publishes (oapi-codegen v2.4.1 reads only 3.0); NOTES.md
INFO: dict[str, Any] = {
    "title": "CAST AI API",
    "version": "1.0.0",
    "description": (
        "CAST AI public API: connected Kubernetes clusters and their nodes, node configurations and templates,\n"
        "autoscaler policies and evictor, rebalancing, workload optimization, cost allocation, commitments and\n"
        "inventory, database optimization, runtime security, organizations, users, SSO, RBAC, service accounts\n"
        "and API access keys. Authenticate every call with an API access key in the X-API-Key header. Errors\n"
        "come back with a non-2xx status and a JSON body holding a message and, for invalid input, a list of\n"
        "field violations.\n"
    ),
    "contact": {"name": "CAST AI", "url": "https://docs.cast.ai"},
}
SERVERS = [
    {"url": "https://api.cast.ai", "description": "Production (US)"},
    {"url": "https://api.eu.cast.ai", "description": "Production (EU)"},
]
SECURITY: list[dict[str, list[str]]] = [{"ApiKeyAuth": []}]
SECURITY_SCHEMES = {
    "ApiKeyAuth": {
        "type": "apiKey",
        "in": "header",
        "name": "X-API-Key",
        "description": "API access key created in the console under API access keys (or with "
        "AuthTokenAPI_CreateAuthToken).",
    }
}
SPEC_TAG = "SpecAPI"


_PLAN = "CastaiAutoscalerV1beta1"  # CAST AI's naming of its castai.<area>.v1beta1 packages, as for auth tokens
_REPORT = "CostreportV1beta1"  # the package docs.cast.ai names for the savings report's response
_REF = "#/components/schemas/"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": _REF + name}


def _strings(*names: str) -> dict[str, Any]:
    return {name: {"type": "string"} for name in names}


def _stamps(*names: str) -> dict[str, Any]:
    return {name: {"type": "string", "format": "date-time", "nullable": True} for name in names}


def _report_schemas(kind: str, bucket: list[str], totals: list[str]) -> dict[str, Any]:
    """A cluster report's response, bucket and summary: amounts as decimal strings (grpc-gateway)."""
    item, summary = f"{_REPORT}Cluster{kind}ReportItem", f"{_REPORT}Cluster{kind}ReportSummary"
    return {
        f"{_REPORT}GetCluster{kind}ReportResponse": {
            "type": "object",
            "required": ["clusterId", "items"],
            "properties": {
                "clusterId": {"type": "string"},
                "items": {"type": "array", "items": _ref(item)},
                "summary": _ref(summary),
            },
        },
        item: {
            "type": "object",
            "required": ["timestamp"],
            "properties": {"timestamp": {"type": "string", "format": "date-time"}, **_strings(*bucket)},
        },
        summary: {"type": "object", "properties": _strings(*totals)},
    }


PLAN_STATUSES = [  # the plan stages docs.cast.ai describes, in order, then where a plan can end up
    "generating",
    "generated",
    "creating_nodes",
    "preparing_nodes",
    "draining_nodes",
    "deleting_nodes",
    "finished",
    "partially_finished",
    "error",
    "obsolete",
]
EXTRA_SCHEMAS: dict[str, Any] = {
    f"{_PLAN}RebalancingPlanResponse": {
        "type": "object",
        "properties": {
            "rebalancingPlanId": {"type": "string"},
            "clusterId": {"type": "string"},
            "status": _ref(f"{_PLAN}RebalancingPlanStatus"),
            "minNodes": {"type": "integer", "format": "int32"},
            "evictGracefully": {"type": "boolean"},
            "aggressiveMode": {"type": "boolean"},
            "rebalancingNodeIds": {"type": "array", "items": {"type": "string"}},
            "executionConditions": _ref(f"{_PLAN}ExecutionConditions"),
            "createdAt": {"type": "string", "format": "date-time"},
            **_stamps("updatedAt", "generatedAt", "triggeredAt", "createdNodesAt", "drainedNodesAt"),
            **_stamps("deletedNodesAt", "finishedAt"),
        },
    },
    f"{_PLAN}RebalancingPlanStatus": {"type": "string", "enum": PLAN_STATUSES},
    f"{_PLAN}ExecutionConditions": {
        "type": "object",
        "properties": {
            "enabled": {"type": "boolean"},
            "achievedSavingsPercentage": {"type": "integer", "format": "int32"},
        },
    },
    f"{_PLAN}RebalancingNode": {"type": "object", "required": ["nodeId"], "properties": _strings("nodeId")},
    f"{_PLAN}ListRebalancingPlansResponse": {
        "type": "object",
        "required": ["items"],
        "properties": {
            "items": {"type": "array", "items": _ref(f"{_PLAN}RebalancingPlanResponse")},
            "nextCursor": {"type": "string"},
        },
    },
    f"{_PLAN}GenerateRebalancingPlanResponse": {
        "type": "object",
        "required": ["rebalancingPlanId"],
        "properties": _strings("rebalancingPlanId"),
    },
    **_report_schemas(
        "Cost",
        [
            f"{kind}{lifecycle}"
            for kind in ("cost", "cpuCount", "ramGib")
            for lifecycle in ("OnDemand", "Spot", "SpotFallback")
        ],
        ["totalCost", "totalCostOnDemand", "totalCostSpot", "totalCostSpotFallback"],
    ),
    **_report_schemas("Savings", ["downscalingSavings", "spotSavings"], ["totalCost", "totalSavings"]),
}


def _path(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}


def _query(name: str, schema: dict[str, Any], required: bool = False) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "schema": schema}


def _json(description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": description, "content": {"application/json": {"schema": schema}}}}


def _operation(op_id: str, summary: str, **parts: Any) -> dict[str, Any]:
    return {"operationId": op_id, "tags": [op_id.split("_")[0]], "summary": summary, **parts}


_REPORT_WINDOW = [
    _path("clusterId"),
    _query("startTime", {"type": "string", "format": "date-time"}, required=True),
    _query("endTime", {"type": "string", "format": "date-time"}, required=True),
    _query("stepSeconds", {"type": "integer", "format": "int32"}),
    _query("useListingPrices", {"type": "boolean"}),
]
_PLANS = "/v1/kubernetes/clusters/{clusterId}/rebalancing-plans"
_GENERATE_BODY = {
    "type": "object",
    "properties": {
        "minNodes": {"type": "integer", "format": "int32"},
        "rebalancingNodes": {"type": "array", "items": _ref(f"{_PLAN}RebalancingNode")},
        "evictGracefully": {"type": "boolean"},
        "aggressiveMode": {"type": "boolean"},
        "keepDrainTimeoutNodes": {"type": "boolean"},
        "executionConditions": _ref(f"{_PLAN}ExecutionConditions"),
    },
}
_IN_CLUSTER = [_path("clusterId")]
_IN_PLAN = [*_IN_CLUSTER, _path("rebalancingPlanId")]
_PAGE = [_query("limit", {"type": "integer", "format": "int32"}), _query("cursor", {"type": "string"})]


class _Documented(NamedTuple):
    """One operation CAST AI's API reference documents and the Go client leaves out, within one API (tag).

    Its operationId is ``<tag>_<name>`` and its summary the name in words, as for the Go client's operations.
    """

    method: str
    path: str  # below the API's base path
    name: str
    parameters: list[dict[str, Any]]
    answer: str  # the success schema, in the API's package
    body: dict[str, Any] | None = None  # the JSON request body's schema


_PLAN_OPERATIONS = [
    _Documented("get", "", "ListRebalancingPlans", [*_IN_CLUSTER, *_PAGE], "ListRebalancingPlansResponse"),
    _Documented("post", "", "GenerateRebalancingPlan", _IN_CLUSTER, "GenerateRebalancingPlanResponse", _GENERATE_BODY),
    _Documented("get", "/{rebalancingPlanId}", "GetRebalancingPlan", _IN_PLAN, "RebalancingPlanResponse"),
    _Documented("post", "/{rebalancingPlanId}/execute", "ExecuteRebalancingPlan", _IN_PLAN, "RebalancingPlanResponse"),
]
_REPORT_OPERATIONS = [
    _Documented("get", "/cost", "GetClusterCostReport", _REPORT_WINDOW, "GetClusterCostReportResponse"),
    _Documented("get", "/savings", "GetClusterSavingsReport", _REPORT_WINDOW, "GetClusterSavingsReportResponse"),
]
_EXTRAS = [  # (tag, schema package, base path, operations)
    ("AutoscalerAPI", _PLAN, _PLANS, _PLAN_OPERATIONS),
    ("ClusterReportAPI", _REPORT, "/v1/cost-reports/clusters/{clusterId}", _REPORT_OPERATIONS),
]
DOCUMENTED_OPERATIONS: dict[str, dict[str, Any]] = {}  # from CAST AI's API reference (module docstring)
for _tag, _package, _base, _operations in _EXTRAS:
    for _extra in _operations:
        _content = {"application/json": {"schema": _extra.body}}
        _body_part = {"requestBody": {"required": True, "content": _content}} if _extra.body else {}
        _op = _operation(
            f"{_tag}_{_extra.name}",
            summary(_extra.name),
            parameters=_extra.parameters,
            **_body_part,
            responses=_json("OK", _ref(_package + _extra.answer)),
        )
        DOCUMENTED_OPERATIONS.setdefault(_base + _extra.path, {})[_extra.method] = _op


def extra_operations(list_clusters_schema: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The documented operations the Go client leaves out, as ``{path: {method: operation}}`` (no errors yet)."""
    return {
        **copy.deepcopy(DOCUMENTED_OPERATIONS),
        "/v1/kubernetes/clusters": {
            "get": {
                "operationId": "ExternalClusterAPI_ListKubernetesClusters",
                "tags": ["ExternalClusterAPI"],
                "summary": "List kubernetes clusters",
                "parameters": [
                    {
                        "name": "credentialsId",
                        "in": "query",
                        "required": False,
                        "schema": {"type": "array", "items": {"type": "string"}},
                    }
                ],
                "responses": {
                    "200": {"description": "OK", "content": {"application/json": {"schema": list_clusters_schema}}},
                },
            }
        },
        "/v1/spec/openapi.json": {
            "get": {
                "operationId": f"{SPEC_TAG}_GetOpenAPISpec",
                "tags": [SPEC_TAG],
                "summary": "Get OpenAPI spec",
                "security": [],
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {"application/json": {"schema": {"type": "object"}}},
                    },
                },
            }
        },
    }
