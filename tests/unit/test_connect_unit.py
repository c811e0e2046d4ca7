from __future__ import annotations

import httpx
import pytest

import facade

from .conftest import CREATED_TOKEN, KEY, json_response, mock


def test_missing_key_names_the_env_var(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLOUDAPI_TOKEN", raising=False)
    with pytest.raises(facade.ConfigurationError, match=r"\$CLOUDAPI_TOKEN"):
        facade.connect("cloudapi")


def test_key_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLUENCE_API_KEY", KEY)
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return json_response(200, [])

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with facade.connect("fluence", base_url="https://api.test", http_client=http) as client:
        assert client.call("listSshKeys") == []
    assert seen == [f"Bearer {KEY}"]


def test_unknown_provider_lists_installed() -> None:
    with pytest.raises(facade.ConfigurationError, match="installed: castai, cloudapi"):
        facade.connect("nosuch", api_key="x")  # type: ignore[arg-type]  # an unknown name, on purpose


def test_unknown_operation_suggests() -> None:
    client = mock("cloudapi", lambda r: json_response(200, {}))
    with pytest.raises(facade.ConfigurationError, match="did you mean 'listUsers'"):
        client.call("listusers")


def test_repr_hides_key() -> None:
    client = mock("cloudapi", lambda r: json_response(200, {}))
    assert KEY not in repr(client)
    assert KEY not in repr(client.generated)
    assert KEY not in repr(client._credentials)


def test_base_url_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STACKPOINT_BASE_URL", "http://127.0.0.1:1234/api")
    client = facade.connect("stackpoint", api_key=KEY)
    assert str(client.base_url) == "http://127.0.0.1:1234/api/"
    client.close()


def test_default_base_url_is_the_specs_server() -> None:
    client = facade.connect("castai", api_key=KEY)
    assert str(client.base_url) == "https://api.cast.ai/"
    client.close()


def test_body_may_be_a_dict() -> None:
    bodies: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(request.content)
        return json_response(201, CREATED_TOKEN)

    client = mock("cloudapi", handler)
    result = client.call("createToken", body={"name": "ci", "scopes": ["users:read"]})
    assert b'"name": "ci"' in bodies[0] or b'"name":"ci"' in bodies[0]
    assert result.data.id == "tok_1"
