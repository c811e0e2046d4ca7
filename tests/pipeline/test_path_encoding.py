"""Path parameters reach the server as one percent-encoded segment each (issue #11.1).

Through the facade and the generated client it wraps, against a stdlib HTTP server on 127.0.0.1
that records the raw request target: an id like ``..`` or ``a/b`` must never address another
resource (httpx would normalise ``/v1/keys/..`` to ``/v1/``).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import facade

from .conftest import REPO, LocalServer, sample

SPEC: dict[str, Any] = json.loads(
    (REPO / "generated" / "cloudapi_client" / "_openapi.json").read_text(encoding="utf-8")
)
REVOKED = sample(SPEC, SPEC["components"]["schemas"]["KeyRevocationResponse"])

CASES = {
    "a/b": "a%2Fb",
    "..": "%2E%2E",
    ".": "%2E",
    "../tokens/tok_x": "..%2Ftokens%2Ftok_x",
    "what?x=1": "what%3Fx%3D1",
    "key#frag": "key%23frag",
    "100%": "100%25",
    "two words": "two%20words",
    "clé-ü": "cl%C3%A9-%C3%BC",
}


@pytest.mark.parametrize(("key_id", "segment"), CASES.items())
def test_each_path_parameter_is_one_encoded_segment(local_server: LocalServer, key_id: str, segment: str) -> None:
    local_server.reply(200, REVOKED)
    with facade.connect("cloudapi", api_key="k-1", base_url=local_server.base_url, max_retries=0) as cloud:
        result = cloud.call("revokeKey", key_id=key_id)
    assert result.to_dict() == REVOKED
    [seen] = local_server.seen
    assert (seen.method, seen.path) == ("DELETE", f"/v1/keys/{segment}")


async def test_async_calls_and_base_paths_encode_the_same(local_server: LocalServer) -> None:
    """A base URL with a path of its own (an API gateway prefix) keeps it, and the segment stays one."""
    local_server.reply(200, REVOKED)
    base = f"{local_server.base_url}/gateway"
    async with facade.aconnect("cloudapi", api_key="k-1", base_url=base, max_retries=0) as cloud:
        await cloud.call("revokeKey", key_id="..")
    assert [s.path for s in local_server.seen] == ["/gateway/v1/keys/%2E%2E"]


def test_the_generated_client_alone_encodes_too(local_server: LocalServer) -> None:
    from cloudapi_client import AuthenticatedClient
    from cloudapi_client.api.keys import revoke_key

    local_server.reply(200, REVOKED)
    with AuthenticatedClient(base_url=local_server.base_url, token="k-1") as client:
        response = revoke_key.sync_detailed("..", client=client)
    assert response.status_code == 200
    assert [s.path for s in local_server.seen] == ["/v1/keys/%2E%2E"]
