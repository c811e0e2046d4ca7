"""Auth from the spec, per provider: the right header, the provider's failure, key minting."""

from __future__ import annotations

from typing import Any

import pytest

import facade
from facade.sandbox import Sandbox, SandboxGroup, available
from tests._providers import provider_name

from ._local import recorder
from .conftest import PROBES, box, client


def test_valid_key_works(sb: Sandbox) -> None:
    probe = PROBES[sb.provider]
    with client(sb) as c:
        probe.check_read(c.call(probe.read))
    assert sb.requests[-1].status == 200


def test_wrong_key_raises_the_providers_error(sb: Sandbox) -> None:
    probe = PROBES[sb.provider]
    # The wrong key alone: another valid credential (Fluence Cloud's JWT) would be chosen over it.
    with (
        client(sb, api_key="wrong-key-123", credentials={}, max_retries=0) as c,
        pytest.raises(probe.auth_error) as info,
    ):
        c.call(probe.read)
    err = info.value
    assert (err.provider, err.operation) == (sb.provider, probe.read)
    assert err.message and "wrong-key-123" not in str(err)


def test_missing_key_names_the_variable(sb: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    scheme = facade.connect(provider_name(sb.provider), api_key="x")._provider.default_scheme
    env = facade.connect(provider_name(sb.provider), api_key="x")._provider.security_schemes[str(scheme)]["env"]
    monkeypatch.delenv(env, raising=False)
    with pytest.raises(facade.ConfigurationError, match=rf"\${env}"):
        facade.connect(provider_name(sb.provider))
    monkeypatch.setenv(env, sb.api_key)
    with facade.connect(provider_name(sb.provider), base_url=sb.base_url) as c:
        c.call(PROBES[sb.provider].read)


def test_every_sandbox_has_a_probe() -> None:
    assert sorted(PROBES) == sorted(available())


def test_fluence_cloud_sends_what_each_operation_takes(
    sandboxes: SandboxGroup, monkeypatch: pytest.MonkeyPatch
) -> None:
    flu = box(sandboxes, "fluence_cloud")
    for variable in ("FLUENCE_CLOUD_API_KEY", "FLUENCE_CLOUD_ACCESS_JWT_TOKEN"):
        monkeypatch.delenv(variable, raising=False)
    with facade.connect("fluence_cloud", api_key=flu.credentials["api_key"], base_url=flu.base_url) as keyed:
        assert len(keyed.paginate("get_users_vms").to_list()) == len(flu.items("vms"))  # X-API-KEY
        with pytest.raises(facade.ConfigurationError, match=r"\$FLUENCE_CLOUD_ACCESS_JWT_TOKEN"):
            keyed.call("get_users_ssh_keys")  # SSH keys take a session JWT only: nothing is sent
    jwt = {"FLUENCE_CLOUD_ACCESS_JWT_TOKEN": flu.credentials["access_jwt_token"]}
    with facade.connect("fluence_cloud", credentials=jwt, base_url=flu.base_url) as signed_in:
        keys = signed_in.paginate("get_users_ssh_keys").to_list()  # Authorization: Bearer
    assert [k.name for k in keys] == [k["name"] for k in flu.items("ssh_keys")]
    assert [r.status for r in flu.requests] == [200, 200]


def test_ionet_mints_a_key_from_a_jwt(sandboxes: SandboxGroup) -> None:
    io = box(sandboxes, "ionet")
    jwt = io.credentials["TokenAuth"]
    with facade.connect(
        "ionet", api_key="not-yet-a-key", credentials={"IOCLOUD_JWT": jwt}, base_url=io.base_url
    ) as minting:
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


# -- Fluence v3 takes its key as Authorization: Bearer (the seed) or X-API-KEY (Feb 2026 docs) ------------------
_FLUENCE_ENV = ("FLUENCE_API_KEY", "FLUENCE_X_API_KEY")


def _fluence_headers(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], **kwargs: Any) -> dict[str, str]:
    """The headers one Fluence call sends, with ``env`` as the only Fluence variables set."""
    for name in _FLUENCE_ENV:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with recorder(200, []) as server, facade.connect("fluence", base_url=server.url, **kwargs) as flu:
        assert flu.call("listSshKeys") == []
    return server.seen[0].headers


@pytest.mark.parametrize(
    ("env", "kwargs", "sent"),
    [
        ({}, {"api_key": "k1"}, ("authorization", "Bearer k1")),
        ({"FLUENCE_API_KEY": "k2"}, {}, ("authorization", "Bearer k2")),
        ({}, {"credentials": {"apiKeyHeader": "k3"}}, ("x-api-key", "k3")),
        ({}, {"credentials": {"FLUENCE_X_API_KEY": "k4"}}, ("x-api-key", "k4")),
        ({"FLUENCE_X_API_KEY": "k5"}, {}, ("x-api-key", "k5")),
        ({"FLUENCE_API_KEY": "k6", "FLUENCE_X_API_KEY": "k6"}, {}, ("authorization", "Bearer k6")),
        ({"FLUENCE_API_KEY": "env-key"}, {"credentials": {"apiKeyHeader": "k7"}}, ("x-api-key", "k7")),
        ({"FLUENCE_X_API_KEY": "env-key"}, {"api_key": "k8"}, ("authorization", "Bearer k8")),
    ],
)
def test_fluence_sends_the_header_configured_never_both(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], kwargs: dict[str, Any], sent: tuple[str, str]
) -> None:
    headers = _fluence_headers(monkeypatch, env, **kwargs)
    name, value = sent
    other = "x-api-key" if name == "authorization" else "authorization"
    assert headers[name] == value and other not in headers


def test_fluence_without_a_key_names_both_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _FLUENCE_ENV:
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(facade.ConfigurationError) as info:
        facade.connect("fluence")
    assert str(info.value) == (
        "fluence: no API key for bearerAuth; set $FLUENCE_API_KEY or pass api_key= "
        "(or $FLUENCE_X_API_KEY for apiKeyHeader)"
    )


def test_fluence_sandbox_accepts_x_api_key(sandboxes: SandboxGroup) -> None:
    flu = box(sandboxes, "fluence")
    key = flu.credentials.get("apiKeyHeader", flu.api_key)  # Fluence: one key, either header
    with facade.connect("fluence", credentials={"apiKeyHeader": key}, base_url=flu.base_url) as c:
        hardware = c.call("getHardware")
    PROBES["fluence"].check_read(hardware)
    assert [r.status for r in flu.requests] == [200]
