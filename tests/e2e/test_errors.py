"""Every fault kind surfaces as the right facade error, naming provider and operation."""

from __future__ import annotations

from typing import Any

import pytest

import facade
from facade.sandbox import Sandbox

from .conftest import PROBES, client

KINDS = [
    ({"status": 500}, facade.ServerError),
    ({"status": 400}, facade.BadRequestError),
    ({"status": 404}, facade.NotFoundError),
    ({"status": 409}, facade.ConflictError),
    ({"status": 429}, facade.RateLimitError),
    ({"kind": "reset"}, facade.APIConnectionError),
    ({"kind": "truncate"}, facade.APIConnectionError),
    ({"kind": "malformed"}, facade.DecodeError),
    ({"kind": "html"}, facade.ServerError),
]


@pytest.mark.parametrize(("fault", "error"), KINDS, ids=[str(k[0]) for k in KINDS])
def test_fault_kind_maps_to_error(sb: Sandbox, fault: dict[str, Any], error: type[facade.APIError]) -> None:
    probe = PROBES[sb.provider]
    sb.faults.add(operation=probe.read, **fault)
    with client(sb, max_retries=0) as c, pytest.raises(error) as info:
        c.call(probe.read)
    assert type(info.value) is error
    assert (info.value.provider, info.value.operation) == (sb.provider, probe.read)
    assert f"{sb.provider}.{probe.read}" in str(info.value)


def test_status_error_carries_the_providers_message(sb: Sandbox) -> None:
    probe = PROBES[sb.provider]
    sb.faults.add(operation=probe.read, status=503)
    with client(sb, max_retries=0) as c, pytest.raises(facade.ServerError) as info:
        c.call(probe.read)
    assert info.value.status_code == 503 and info.value.message
    assert "<" not in info.value.message  # the provider's declared error body, not a page


def test_not_found_on_a_real_missing_resource(sb: Sandbox) -> None:
    missing_in: dict[str, tuple[str, dict[str, Any]]] = {
        "castai": ("ExternalClusterAPI_GetCluster", {"cluster_id": "00000000-0000-0000-0000-000000000000"}),
        "cloudapi": ("getUser", {"user_id": "usr_nope"}),
        "fluence": ("listVmStatuses", {"ids": "0x" + "0" * 40}),
        "fluence_cloud": ("get_users_vm", {"vm_id": "00000000-0000-4000-8000-000000000000"}),
        "ionet": ("getDeployment", {"deployment_id": "00000000-0000-0000-0000-000000000000"}),
        "stackpoint": ("getOrg", {"org_id": 999999}),
    }
    missing = missing_in[sb.provider]
    with client(sb) as c, pytest.raises(facade.NotFoundError) as info:
        c.call(missing[0], **missing[1])
    assert info.value.operation == missing[0]
