from __future__ import annotations

import contextlib
import logging
from typing import Any

import httpx
import pytest

import facade

from .conftest import KEY, Handler, json_response, mock

JWT = "eyJhbGciOiJIUzI1NiJ9.unit-test-jwt.signature"


def recorder() -> tuple[list[httpx.Request], Handler]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(200, {"data": [], "keys": [], "items": []})

    return seen, handler


def redirect_once(status: int, location: str, body: Any) -> tuple[list[httpx.Request], Handler]:
    """Keeps every request; redirects the first one to ``location`` and answers the rest with ``body``."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            return httpx.Response(status, headers={"Location": location})
        return json_response(200, body)

    return seen, handler


def test_api_key_header_from_spec() -> None:
    seen, handler = recorder()
    mock("castai", handler).call("ExternalClusterAPI_ListClusters")
    assert seen[0].headers["X-API-Key"] == KEY
    assert "authorization" not in seen[0].headers


def test_operation_specific_scheme() -> None:
    """io.net's key operations take the JWT in `token`; everything else the X-API-KEY."""
    seen, handler = recorder()
    client = mock("ionet", handler, credentials={"IOCLOUD_JWT": JWT})
    client.call("listApiKeys")
    client.call("listNodePools")
    assert seen[0].headers["token"] == JWT and "x-api-key" not in seen[0].headers
    assert seen[1].headers["x-api-key"] == KEY and "token" not in seen[1].headers


def test_missing_secondary_credential_names_its_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IOCLOUD_JWT", raising=False)
    seen, handler = recorder()
    client = mock("ionet", handler)
    with pytest.raises(facade.ConfigurationError, match=r"listApiKeys needs TokenAuth \(set \$IOCLOUD_JWT"):
        client.call("listApiKeys")
    assert seen == []


def test_unknown_credential_name() -> None:
    with pytest.raises(facade.ConfigurationError, match="unknown credential 'NOPE'"):
        mock("ionet", lambda r: json_response(200, {}), credentials={"NOPE": "x"})


def test_generated_client_uses_spec_auth_too() -> None:
    from castai_client.api.external_cluster_api import external_cluster_api_list_clusters as op

    seen, handler = recorder()
    client = mock("castai", handler)
    op.sync_detailed(client=client.generated)
    assert seen[0].headers["x-api-key"] == KEY


def test_no_auth_operation_sends_no_key() -> None:
    seen, handler = recorder()
    client = mock("castai", handler)
    # The recorder's body is not an OpenAPI document; only the headers matter here.
    with contextlib.suppress(facade.DecodeError):
        client.call("SpecAPI_GetOpenAPISpec")
    assert "x-api-key" not in seen[0].headers


def test_cross_origin_redirect_drops_every_auth_header() -> None:
    seen, handler = redirect_once(302, "https://elsewhere.example/v1/nodes", {"items": []})
    mock("castai", handler).call("ExternalClusterAPI_ListClusters")
    assert seen[0].headers["x-api-key"] == KEY
    assert seen[1].url.host == "elsewhere.example"
    assert "x-api-key" not in seen[1].headers and "authorization" not in seen[1].headers


def test_same_origin_redirect_keeps_auth() -> None:
    seen, handler = redirect_once(301, "https://api.test/orgs/", [])
    mock("stackpoint", handler).call("listOrgs")
    assert seen[1].url.path == "/orgs/"
    assert seen[1].headers["authorization"] == f"Bearer {KEY}"


def test_debug_log_redacts_secrets(caplog: pytest.LogCaptureFixture) -> None:
    _, handler = recorder()
    client = mock("ionet", handler, credentials={"TokenAuth": JWT})
    with caplog.at_level(logging.DEBUG, logger="facade"):
        client.call("listApiKeys")
        client.call("listNodePools")
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "listApiKeys" in text and "attempt=1" in text and "[redacted]" in text
    assert KEY not in text and JWT not in text
