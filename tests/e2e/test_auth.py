"""Auth from the spec, per provider: the right header, the provider's failure, key minting."""

from __future__ import annotations

import pytest

import facade
from facade.sandbox import Sandbox, SandboxGroup

from .conftest import PROBES, box, client


def test_valid_key_works(sb: Sandbox) -> None:
    probe = PROBES[sb.provider]
    with client(sb) as c:
        probe.check_read(c.call(probe.read))
    assert sb.requests[-1].status == 200


def test_wrong_key_raises_the_providers_error(sb: Sandbox) -> None:
    probe = PROBES[sb.provider]
    with client(sb, api_key="wrong-key-123", max_retries=0) as c, pytest.raises(probe.auth_error) as info:
        c.call(probe.read)
    err = info.value
    assert (err.provider, err.operation) == (sb.provider, probe.read)
    assert err.message and "wrong-key-123" not in str(err)


def test_missing_key_names_the_variable(sb: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    scheme = facade.connect(sb.provider, api_key="x")._provider.default_scheme
    env = facade.connect(sb.provider, api_key="x")._provider.security_schemes[str(scheme)]["env"]
    monkeypatch.delenv(env, raising=False)
    with pytest.raises(facade.ConfigurationError, match=rf"\${env}"):
        facade.connect(sb.provider)
    monkeypatch.setenv(env, sb.api_key)
    with facade.connect(sb.provider, base_url=sb.base_url) as c:
        c.call(PROBES[sb.provider].read)


def test_ionet_mints_a_key_from_a_jwt(sandboxes: SandboxGroup) -> None:
    io = box(sandboxes, "ionet")
    jwt = io.credentials["TokenAuth"]
    with facade.connect("ionet", api_key="not-yet-a-key", credentials={"IOCLOUD_JWT": jwt},
                        base_url=io.base_url) as minting:  # fmt: skip
        created = minting.call(
            "createApiKey",
            body={"description": "ci", "expires_at": "2030-01-01T00:00:00Z", "project": "io-cloud", "scopes": ["all"]},
        )
        with pytest.raises(facade.AuthenticationError):
            minting.call("listNodePools")  # the placeholder is not a key
    with facade.connect("ionet", api_key=created.value, base_url=io.base_url) as c:
        pools = c.call("listNodePools").data
    assert pools and all(p.id for p in pools)
    assert [r.operation for r in io.requests][-3:] == ["createApiKey", "listNodePools", "listNodePools"]


def test_ionet_key_operations_refuse_the_api_key(sandboxes: SandboxGroup) -> None:
    io = box(sandboxes, "ionet")
    c = facade.connect(
        "ionet", api_key=io.api_key, credentials={"TokenAuth": "bad.jwt.value"}, base_url=io.base_url, max_retries=0
    )
    with c, pytest.raises(facade.APIStatusError) as info:
        c.call("listApiKeys")
    assert info.value.status_code in (401, 403)


def test_cloudapi_create_key_uses_the_session_token(sandboxes: SandboxGroup) -> None:
    cloud = box(sandboxes, "cloudapi")
    with client(cloud) as c:
        project = c.call("listProjects").data[0].id
        created = c.call("createKey", body={"project_id": project})
    assert created.data.id.startswith("key_")
