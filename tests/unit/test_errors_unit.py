from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import httpx
import pytest

import facade

if TYPE_CHECKING:
    from facade import ProviderName

from .conftest import json_response, mock

CASES = [
    (400, facade.BadRequestError),
    (401, facade.AuthenticationError),
    (403, facade.PermissionDeniedError),
    (404, facade.NotFoundError),
    (409, facade.ConflictError),
    (422, facade.BadRequestError),
    (429, facade.RateLimitError),
    (500, facade.ServerError),
    (503, facade.ServerError),
    (418, facade.APIStatusError),
]


@pytest.mark.parametrize(("status", "cls"), CASES)
def test_status_maps_to_class(status: int, cls: type[facade.APIStatusError], sleeps: list[float]) -> None:
    body = {"error": {"type": "x", "code": "E_CODE", "message": "went wrong"}, "request_id": "req_42"}
    client = mock("cloudapi", lambda r: json_response(status, body), max_retries=0)
    with pytest.raises(cls) as info:
        client.call("getUsage")
    err = info.value
    assert type(err) is cls
    assert (err.provider, err.operation, err.status_code) == ("cloudapi", "getUsage", status)
    assert (err.message, err.code, err.request_id) == ("went wrong", "E_CODE", "req_42")
    assert err.response.status_code == status
    assert "cloudapi.getUsage: went wrong" in str(err)


def test_each_providers_declared_body_is_read() -> None:
    # stackpoint: {"detail": ...}; fluence: {"error": "..."}; castai: {"message": ...}
    cases: list[tuple[ProviderName, str, dict[str, str], dict[str, Any]]] = [
        ("stackpoint", "getUser", {"detail": "Invalid token."}, {}),
        ("fluence", "listSshKeys", {"error": "Auth failed. No such API Key"}, {}),
        ("castai", "ExternalClusterAPI_ListClusters", {"message": "unauthorized"}, {}),
        ("ionet", "listNodePools", {"detail": "Invalid API key"}, {}),
    ]
    for provider, op, body, params in cases:

        def refuse(request: httpx.Request, body: dict[str, str] = body) -> httpx.Response:
            return json_response(403, body)

        client = mock(provider, refuse)
        with pytest.raises(facade.PermissionDeniedError) as info:
            client.call(op, **params)
        assert info.value.message == next(iter(body.values()))


def test_request_id_from_header() -> None:
    client = mock("cloudapi", lambda r: httpx.Response(404, text="", headers={"X-Request-Id": "req_h"}))
    with pytest.raises(facade.NotFoundError) as info:
        client.call("getUser", user_id="usr_1")
    assert info.value.request_id == "req_h"


def test_html_error_page_is_summarised(sleeps: list[float]) -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1></body></html>"
    client = mock("cloudapi", lambda r: httpx.Response(502, text=page, headers={"content-type": "text/html"}))
    with pytest.raises(facade.ServerError) as info:
        client.call("getUsage")
    assert info.value.message == "502 Bad Gateway"
    assert len(sleeps) == 2  # retried twice before raising


@pytest.mark.parametrize(
    "content",
    [b'{"data": {"period_start": ', b"<html>oops</html>", b"not json", b'{"unexpected": true}'],
)
def test_malformed_2xx_is_a_decode_error(content: bytes) -> None:
    client = mock("cloudapi", lambda r: httpx.Response(200, content=content))
    with pytest.raises(facade.DecodeError) as info:
        client.call("getUsage")
    assert info.value.operation == "getUsage"
    assert info.value.status_code == 200


def test_truncated_body_is_a_connection_error(sleeps: list[float]) -> None:
    class Truncating(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield b'{"data": '
            raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")

    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(200, stream=Truncating(), headers={"content-length": "500"})

    client = mock("cloudapi", handler)
    with pytest.raises(facade.APIConnectionError, match="RemoteProtocolError"):
        client.call("getUsage")
    assert len(calls) == 3


def test_timeout_maps_to_api_timeout_error(sleeps: list[float]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    client = mock("cloudapi", handler)
    with pytest.raises(facade.APITimeoutError) as info:
        client.call("getUsage")
    assert info.value.operation == "getUsage"
    assert len(sleeps) == 2


def test_generated_client_gets_the_same_errors() -> None:
    from cloudapi_client.api.usage import get_usage

    client = mock("cloudapi", lambda r: json_response(401, {"error": {"message": "bad key"}}))
    with pytest.raises(facade.AuthenticationError, match="bad key"):
        get_usage.sync(client=client.generated)
