"""End-to-end: generated client + facade -> the sandboxes over real TCP on 127.0.0.1.

One sandbox per provider for the whole session; each test starts from its seeded state.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

import facade
from facade.sandbox import Sandbox, SandboxGroup, available, serve
from tests._providers import provider_name

PROVIDERS = available()  # every provider with a sandbox; PROBES must name each (test_probes_cover_every_sandbox)


@dataclass(frozen=True)
class Probe:
    """Per provider: a cheap read (and fields its 2xx body always has), a list, what a wrong key raises."""

    read: str
    read_fields: tuple[str, ...]
    listing: str
    auth_error: type[facade.APIStatusError]
    list_params: dict[str, Any] = field(default_factory=dict)

    def check_read(self, result: Any) -> None:
        """``result`` is the parsed 2xx body of ``read``: a model carrying the fields the spec promises."""
        body = result.to_dict()
        assert set(self.read_fields) <= set(body), (self.read, body)
        assert all(body[name] not in (None, "", [], {}) for name in self.read_fields), (self.read, body)


PROBES = {
    "castai": Probe(
        "UsersAPI_CurrentUserProfile", ("email", "id"), "ExternalClusterAPI_ListClusters", facade.AuthenticationError
    ),
    "cloudapi": Probe("getUsage", ("data", "request_id"), "listUsers", facade.AuthenticationError),
    "fluence": Probe("getHardware", ("cpu", "memory", "storage"), "listVms", facade.PermissionDeniedError),
    "fluence_cloud": Probe(
        "getCurrentUserInfo", ("id", "email", "permissions"), "get_users_vms", facade.AuthenticationError
    ),
    "ionet": Probe("listNodePools", ("data",), "listDeployments", facade.AuthenticationError),
    "stackpoint": Probe("getUser", ("email", "username"), "listOrgs", facade.AuthenticationError),
}


@pytest.fixture(scope="session")
def sandboxes() -> Iterator[SandboxGroup]:
    with serve("all", seed=11) as group:
        yield group


@pytest.fixture(params=PROVIDERS)
def provider(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def sb(sandboxes: SandboxGroup, provider: str) -> Iterator[Sandbox]:
    box = sandboxes[provider]
    box.reset()
    yield box
    box.reset()


def box(sandboxes: SandboxGroup, name: str) -> Sandbox:
    """A named sandbox, reset to its seed (for tests about one provider)."""
    found = sandboxes[name]
    found.reset()
    return found


def client(box: Sandbox, **kwargs: Any) -> facade.Client:
    kwargs.setdefault("api_key", box.api_key)
    kwargs.setdefault("credentials", {k: v for k, v in box.credentials.items()})
    return facade.connect(provider_name(box.provider), base_url=box.base_url, **kwargs)


def aclient(box: Sandbox, **kwargs: Any) -> facade.AsyncClient:
    kwargs.setdefault("api_key", box.api_key)
    kwargs.setdefault("credentials", {k: v for k, v in box.credentials.items()})
    return facade.aconnect(provider_name(box.provider), base_url=box.base_url, **kwargs)
