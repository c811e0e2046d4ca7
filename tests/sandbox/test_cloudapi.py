"""CloudAPI over real TCP with the generated client: CRUD, auth failures, idempotency, envelopes."""

from __future__ import annotations

import contextlib

import httpx
from cloudapi_client import AuthenticatedClient
from cloudapi_client.api.keys import create_key, get_key, list_keys, revoke_key
from cloudapi_client.api.tokens import create_token
from cloudapi_client.api.users import list_users
from cloudapi_client.models import CreateKeyRequest, CreateTokenRequest, Scope

from facade.sandbox import serve


def test_key_crud_round_trip_with_the_generated_client() -> None:
    with serve("cloudapi", seed=1, check_responses=True) as sb, contextlib.ExitStack() as stack:
        session = AuthenticatedClient(base_url=sb.base_url, token=sb.credentials["DashboardSessionAuth"])
        client = AuthenticatedClient(base_url=sb.base_url, token=sb.api_key)
        stack.enter_context(session)
        stack.enter_context(client)
        created = create_key.sync_detailed(client=session, body=CreateKeyRequest(project_id="proj_8f2c4", name="ci"))
        assert created.status_code == 201
        key = created.parsed.data  # type: ignore[union-attr]
        assert key.secret.startswith("sk_live_") and key.name == "ci"
        listed = list_keys.sync(client=client, limit=100)
        assert key.id in [k.id for k in listed.data]  # type: ignore[union-attr]
        assert get_key.sync(client=client, key_id=key.id).data.status == "active"  # type: ignore[union-attr]
        # The new key is a working credential until it is revoked.
        own = stack.enter_context(AuthenticatedClient(base_url=sb.base_url, token=key.secret))
        assert list_users.sync_detailed(client=own, limit=1).status_code == 200
        assert revoke_key.sync_detailed(client=client, key_id=key.id).status_code == 200
        assert revoke_key.sync_detailed(client=client, key_id=key.id).status_code == 200  # idempotent
        assert get_key.sync(client=client, key_id=key.id).data.status == "revoked"  # type: ignore[union-attr]
        assert list_users.sync_detailed(client=own, limit=1).status_code == 401
        assert sb.violations == []


def test_auth_failures_have_cloudapi_status_and_body() -> None:
    with serve("cloudapi") as sb, httpx.Client(base_url=sb.base_url) as client:
        missing = client.get("/v1/users")
        wrong = client.get("/v1/users", headers={"Authorization": "Bearer sk_live_nope"})
        api_key_for_session = client.post(
            "/v1/keys", json={"project_id": "proj_8f2c4"}, headers={"Authorization": f"Bearer {sb.api_key}"}
        )
    assert (missing.status_code, wrong.status_code, api_key_for_session.status_code) == (401, 401, 403)
    assert missing.headers["WWW-Authenticate"] == "Bearer"
    body = wrong.json()
    assert body["error"]["type"] == "authentication_error" and body["error"]["code"] == "invalid_api_key"
    assert body["request_id"] == wrong.headers["X-Request-Id"]
    assert api_key_for_session.json()["error"]["type"] == "permission_error"
    assert all(sb.api_key not in repr(r) for r in sb.requests)


def test_repeated_idempotency_key_replays_and_creates_nothing() -> None:
    with serve("cloudapi", seed=2) as sb, AuthenticatedClient(base_url=sb.base_url, token=sb.api_key) as client:
        body = CreateTokenRequest(name="ci-token", scopes=[Scope.USERSREAD])
        before = len(sb.state.store.collection("tokens"))
        first = create_token.sync_detailed(client=client, body=body, idempotency_key="k-1")
        again = create_token.sync_detailed(client=client, body=body, idempotency_key="k-1")
        assert first.status_code == again.status_code == 201
        assert first.content == again.content
        assert len(sb.state.store.collection("tokens")) == before + 1
        other = create_token.sync_detailed(
            client=client, body=CreateTokenRequest(name="x", scopes=[Scope.USERSREAD]), idempotency_key="k-1"
        )
        assert other.status_code == 409
        assert [r.idempotency_key for r in sb.requests] == ["k-1", "k-1", "k-1"]


def test_scoped_token_is_limited_to_its_scopes() -> None:
    with serve("cloudapi", seed=2) as sb, httpx.Client(base_url=sb.base_url) as raw:
        made = raw.post(
            "/v1/tokens",
            json={"name": "t", "scopes": ["users:read"]},
            headers={"Authorization": f"Bearer {sb.api_key}"},
        ).json()
        token = {"Authorization": f"Bearer {made['data']['token']}"}
        assert raw.get("/v1/users", headers=token).status_code == 200
        denied = raw.get("/v1/usage", headers=token)
        assert denied.status_code == 403 and denied.json()["error"]["code"] == "missing_scope"


def test_users_paging_with_the_generated_client() -> None:
    with serve("cloudapi", seed=5) as sb, AuthenticatedClient(base_url=sb.base_url, token=sb.api_key) as client:
        seen, cursor, pages = [], None, 0
        while True:
            page = list_users.sync(client=client, limit=100, **({"cursor": cursor} if cursor else {}))
            seen += [u.id for u in page.data]  # type: ignore[union-attr]
            pages += 1
            cursor = page.next_cursor  # type: ignore[union-attr]
            if not cursor:
                break
        assert pages == 3 and len(seen) == len(set(seen)) == 250
