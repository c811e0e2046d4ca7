"""What CAST AI documents outside the Go client: servers, auth, and two documented operations.

- The API access guide (seeds/001): the ``X-API-Key`` header, ``https://api.cast.ai``, the
  ``GET /v1/kubernetes/clusters`` curl example and the spec at ``/v1/spec/openapi.json``.
- The 2020 spec of the same repository: the ``credentialsId`` filter of that cluster list.
- The EU host: CAST AI's EU region console and API (kept from the hand-written spec).
"""

from __future__ import annotations

from typing import Any

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


def extra_operations(list_clusters_schema: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The documented operations the Go client leaves out, as ``{path: {method: operation}}`` (no errors yet)."""
    return {
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
