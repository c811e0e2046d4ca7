"""Unit tests drive the facade through httpx.MockTransport: no sockets."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx
import pytest

import facade

if TYPE_CHECKING:
    from facade import ProviderName

KEY = "sk_live_unit_secret_0123456789"
# CloudAPI's answer to createToken (201), for the tests that create one.
CREATED_TOKEN = {
    "data": {
        "id": "tok_1",
        "name": "ci",
        "token": "cap_x",
        "scopes": ["users:read"],
        "status": "active",
        "created_at": "2026-01-01T00:00:00Z",
        "expires_at": None,
    },
    "request_id": "req_1",
}
Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record backoff sleeps instead of sleeping."""
    recorded: list[float] = []
    monkeypatch.setattr("facade._transport.time.sleep", recorded.append)
    return recorded


def mock(provider: ProviderName, handler: Handler, **kwargs: Any) -> facade.Client:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    kwargs.setdefault("api_key", KEY)
    return facade.connect(provider, base_url="https://api.test", http_client=http, **kwargs)


def json_response(status: int, body: Any, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)
