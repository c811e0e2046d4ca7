"""Fluence Cloud (v0.10) over real TCP: VMs in sandbox time, what holds what, allowedActions, auth, billing."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from facade.sandbox import Sandbox, serve

CLUSTER = "92e6ed24-8bfa-4737-9409-a1aac994e1f5"
CONFIG = "0f7c3a52-6d1e-4b8a-9c2f-5e4d3b2a1c10"
KEY = "5b2e8c1d-4f3a-4e6b-8d9c-7a1b2c3d4e50"
SPARE_DISK, SPARE_IP = "a3c1e5f7-2b4d-4f6a-8c0e-1d3f5a7b9c20", "c7e9a1b3-5d7f-4a2c-9e4b-6f8a0c2e4a30"
UBUNTU = "https://cloud-images.ubuntu.com/releases/24.04/release/ubuntu-24.04-server-cloudimg-amd64.img"


@pytest.fixture
def flu() -> Iterator[tuple[Sandbox, httpx.Client]]:
    """A frozen-clock sandbox and a client authenticated with the JWT (every operation takes it)."""
    with serve("fluence_cloud", seed=3, check_responses=True, clock_speed=0) as sb:
        assert isinstance(sb, Sandbox)
        token = sb.credentials["access_jwt_token"]
        with httpx.Client(base_url=sb.base_url, headers={"Authorization": f"Bearer {token}"}) as client:
            yield sb, client
        assert sb.violations == []


def _vm(client: httpx.Client, name: str = "web-9", **extra: Any) -> dict[str, Any]:
    disk = {"clusterId": CLUSTER, "name": f"{name}-boot", "storageType": "NVME", "volumeGb": 25, "replicated": False}
    body = {"clusterId": CLUSTER, "name": name, "configurationId": CONFIG, "bootDisk": disk | {"osImage": UBUNTU}}
    made = client.post("/v2/vms", json=body | {"sshKeys": [KEY]} | extra)
    assert made.status_code == 200, made.text
    found: dict[str, Any] = made.json()
    return found


def test_a_vm_launches_reboots_and_terminates_in_sandbox_time(flu: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = flu
    vm = _vm(client)
    url = f"/v2/vms/{vm['id']}"
    states = []
    for wait in (0.5, 1.5, 0.0):  # new for 0.5 s, launching for 1.5 s, then launched
        states.append(client.get(url).json()["status"])
        sb.clock.advance(wait)
    assert states == ["new", "launching", "launched"]
    launched = client.get(url).json()
    assert launched["readySince"] and "restart" in launched["allowedActions"]
    assert client.post(f"{url}/restart").json()["status"] == "restarting"
    sb.clock.advance(1.5)
    assert client.get(url).json()["status"] == "launched"
    ended = client.post(f"{url}/terminate").json()
    assert ended["status"] == "terminating" and ended["allowedActions"] == []
    sb.clock.advance(1.0)
    gone = client.get(url).json()
    assert gone["status"] == "terminated" and gone["terminatedAt"]
    # Its inline boot disk outlives it (terminate does not delete storages) and is free to delete now.
    disk = client.get(f"/v1/storages/{vm['bootDisk']}").json()
    assert disk["attachedTo"] == [] and "delete" in disk["allowedActions"]
    assert client.delete(f"/v1/storages/{vm['bootDisk']}").json()["status"] == "removing"
    assert client.get(f"/v1/storages/{vm['bootDisk']}").status_code == 404


def test_a_vm_can_be_failed_or_stalled(flu: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = flu
    failing, stuck = _vm(client, "a"), _vm(client, "b")
    sb.fail("vms", failing["id"])
    sb.stall("vms", stuck["id"])
    sb.clock.advance(60)
    assert client.get(f"/v2/vms/{failing['id']}").json()["allowedActions"] == ["terminate"]
    assert [client.get(f"/v2/vms/{v['id']}").json()["status"] for v in (failing, stuck)] == ["failed", "new"]
    sb.faults.add(operation="create_users_vm", kind="fail")  # the next VM made fails when it would move on
    doomed = _vm(client, "c")
    sb.clock.advance(0.5)
    assert client.get(f"/v2/vms/{doomed['id']}").json()["status"] == "failed"


def test_an_action_outside_allowed_actions_is_a_406(flu: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = flu
    vm = _vm(client)
    refused = client.post(f"/v2/vms/{vm['id']}/restart")
    assert refused.status_code == 406
    assert refused.json() == {
        "code": "not_acceptable",
        "error": f"VM {vm['id']} is new: restart is not allowed now (allowed: terminate)",
    }
    sb.clock.advance(2.0)
    attached = client.post(f"/v2/vms/{vm['id']}/storages/add", json={"dataDisks": [SPARE_DISK]}).json()
    assert attached["dataDisks"] == [SPARE_DISK] and "removeStorages" in attached["allowedActions"]
    disk = client.get(f"/v1/storages/{SPARE_DISK}").json()
    assert disk["attachedTo"] == [vm["id"]] and disk["allowedActions"] == ["update"]
    assert client.delete(f"/v1/storages/{SPARE_DISK}").status_code == 406  # attached: delete is not allowed
    again = client.post(f"/v2/vms/{vm['id']}/storages/add", json={"dataDisks": [SPARE_DISK]})
    assert again.status_code == 406 and "attachToVm" in again.json()["error"]


def test_cloud_init_is_never_answered_and_at_most_16_kib(flu: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = flu
    secret = "#cloud-config\nruncmd:\n  - echo s3cret-token\n"
    vm = _vm(client, cloudInit={"userData": secret})
    listed = client.get("/v2/vms", params={"ids": vm["id"]})
    assert vm["cloudInit"] == {} and listed.json()["items"][0]["cloudInit"] == {}
    assert "s3cret-token" not in listed.text + client.get(f"/v2/vms/{vm['id']}").text
    stored = sb.state.store.collection("vms").get(vm["id"])
    assert stored is not None and stored["_userData"] == secret  # held for the VM backend until it leaves new
    sb.clock.advance(0.5)
    assert client.get(f"/v2/vms/{vm['id']}").json()["status"] == "launching"
    assert "_userData" not in stored and client.get(f"/v2/vms/{vm['id']}").json()["cloudInit"] == {}
    too_big = client.post(
        "/v2/vms",
        json={"clusterId": CLUSTER, "name": "x", "configurationId": CONFIG, "bootDisk": SPARE_DISK}
        | {"cloudInit": {"userData": "é" * 8193}},  # 8193 characters, 16386 bytes
    )
    assert too_big.status_code == 400 and too_big.json()["code"] == "bad_request"


def test_billed_creates_pay_the_first_hour_or_answer_402(flu: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = flu
    before = client.get("/v2/users/balances").json()[0]["balance"]
    vm = _vm(client)
    after = client.get("/v2/users/balances").json()[0]
    paid = float(before) - float(after["balance"])
    boot = client.get(f"/v1/storages/{vm['bootDisk']}").json()
    assert paid == pytest.approx(float(vm["priceHourlyUsd"]) + float(boot["priceHourlyUsd"]), abs=0.01)
    sb.state.store.shared["account"]["balance"] = "0.001"
    broke = client.post("/v1/public_ips", json={"clusterId": CLUSTER, "name": "ip", "addressType": "V4"})
    assert broke.status_code == 402 and broke.json()["code"] == "insufficient_balance"
    count = len(sb.items("vms"))
    body = {"clusterId": CLUSTER, "name": "y", "configurationId": CONFIG, "bootDisk": SPARE_DISK}
    assert client.post("/v2/vms", json=body).status_code == 402
    assert len(sb.items("vms")) == count  # nothing was made


def test_what_holds_what_is_read_from_the_vms(flu: tuple[Sandbox, httpx.Client]) -> None:
    _, client = flu
    vm = _vm(client, publicIp=SPARE_IP)
    ip = next(i for i in client.get("/v1/public_ips", params={"ids": SPARE_IP}).json()["items"])
    assert ip["attachedTo"] == {"id": vm["id"], "name": vm["name"]}
    free = client.get("/v1/public_ips", params={"excludeAttached": "true", "perPage": 100}).json()["items"]
    assert SPARE_IP not in [i["id"] for i in free]
    interface = client.get(f"/v2/vms/{vm['id']}/interfaces").json()[0]
    assert vm["networkInterfaces"] == [interface["id"]]
    groups = client.get("/v1/security_groups", params={"clusterId": CLUSTER}).json()["items"]
    assert interface["id"] in groups[0]["attachedTo"]
    expanded = client.get(f"/v2/vms/{vm['id']}", params={"expand": ["bootDisk", "publicIp", "sshKeys"]}).json()
    assert expanded["expanded"]["publicIp"]["address"] == ip["address"]
    assert expanded["expanded"]["bootDisk"]["role"] == "BOOT" and expanded["expanded"]["sshKeys"][0]["id"] == KEY
    # A VPC's subnets count follows its subnets; deleting it takes them and its groups along.
    vpc = client.get("/v1/vpcs", params={"clusterId": CLUSTER, "name": "default"}).json()["items"][0]
    made = client.post(f"/v1/vpcs/{vpc['id']}/subnets", json={"clusterId": CLUSTER, "name": "extra"}).json()
    assert (
        client.get("/v1/vpcs", params={"ids": vpc["id"]}).json()["items"][0]["subnetsCount"] == vpc["subnetsCount"] + 1
    )
    assert client.delete(f"/v1/vpcs/{vpc['id']}").json()["status"] == "removing"
    assert client.get("/v1/subnets", params={"ids": made["id"]}).json()["items"] == []
    assert client.get(f"/v2/vms/{vm['id']}/interfaces").json()[0]["securityGroup"] is None
    assert client.get(f"/v2/vms/{vm['id']}").json()["restartRequired"] is True


def test_lists_page_with_pagination_info(flu: tuple[Sandbox, httpx.Client]) -> None:
    _, client = flu
    body = client.get("/v2/vms", params={"perPage": 5, "page": 2, "status": ["launched"]}).json()
    launched = [v for v in client.get("/v2/vms", params={"perPage": 100}).json()["items"] if v["status"] == "launched"]
    pages = -(-len(launched) // 5)
    expected = dict(totalRecords=12, filteredRecords=len(launched), totalPages=pages, currentPage=2, perPage=5)
    assert body["pagination"] == expected
    assert [v["id"] for v in body["items"]] == [v["id"] for v in launched[5:10]]
    by_name = client.get("/v2/vms", params={"sort": "name", "order": "desc", "perPage": 100}).json()["items"]
    assert [v["name"] for v in by_name] == sorted((v["name"] for v in by_name), reverse=True)


def test_either_credential_works_and_errors_are_code_and_error(flu: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = flu
    with httpx.Client(base_url=sb.base_url, headers={"X-API-KEY": sb.credentials["api_key"]}) as keyed:
        assert keyed.get("/v2/vms").status_code == 200
        # SSH keys and subnets take a session JWT only.
        assert keyed.get("/v1/ssh_keys").json() == {
            "code": "forbidden",
            "error": "Not allowed to call this endpoint with an API key: sign in (Bearer JWT)",
        }
    assert client.get("/v1/ssh_keys").status_code == 200
    assert httpx.get(f"{sb.base_url}/v2/vms").json() == {
        "code": "unauthorized",
        "error": "Auth token invalid or missing",
    }
    missing = client.get("/v2/vms/00000000-0000-4000-8000-000000000000")
    assert missing.status_code == 404 and missing.json()["code"] == "not_found"
    assert client.get("/v2/vms/nope").json()["code"] == "bad_request"  # a path id that is no uuid
    assert client.get("/v2/vms", params={"perPage": "many"}).status_code == 400  # a query parameter: 400
    invalid = client.post("/v2/vms", json={"name": "x"})  # a body that does not match: 422
    assert invalid.status_code == 422 and invalid.json()["code"] == "unprocessable_entity"


def test_a_scoped_api_key_calls_only_what_its_scopes_cover(flu: tuple[Sandbox, httpx.Client]) -> None:
    sb, _ = flu
    sb.state.credentials.grant("api_key", "read-only-key", scopes=["vms:read", "clusters:read"])
    with httpx.Client(base_url=sb.base_url, headers={"X-API-KEY": "read-only-key"}) as reader:
        assert reader.get("/v2/vms").status_code == 200
        refused = reader.post(f"/v2/vms/{sb.items('vms')[0]['id']}/restart")
        assert (
            refused.status_code == 403 and refused.json()["error"] == "This API key does not have the vms:write scope"
        )
        assert reader.get("/v1/users/me").json()["permissions"] == ["clusters:read", "vms:read"]


def test_one_open_top_up_at_a_time(flu: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = flu
    assert client.get("/v2/top-ups/pending").json() == {"pendingTopUp": None}
    made = client.post("/v2/top-ups", json={"amountCents": 5000})
    assert made.status_code == 201 and made.json()["presentation"]["type"] == "redirect"
    intent = made.json()["intentId"]
    assert client.post("/v2/top-ups", json={"amountCents": 100}).status_code == 409
    assert client.get("/v2/top-ups").json()["items"][0]["id"] == intent  # newest first
    assert client.get("/v2/top-ups/pending").json()["pendingTopUp"]["id"] == intent
    assert client.delete(f"/v2/top-ups/{intent}").status_code == 204
    assert client.delete(f"/v2/top-ups/{intent}").status_code == 409  # already canceled
    assert client.post("/v2/top-ups", json={"amountCents": 100}).status_code == 201
    sb.clock.advance(1800)  # an open intent expires after 30 minutes
    assert client.get("/v2/top-ups").json()["items"][0]["status"] == "expired"


def test_prices_and_charges_name_the_seeded_resources(flu: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = flu
    configs = {c["id"] for c in client.get("/v1/configurations/virtual_machines").json()["items"]}
    prices = client.get("/v1/prices/vm", params={"clusterId": CLUSTER}).json()["items"]
    assert {p["vmTypeId"]["vmConfigurationId"] for p in prices} == configs
    vm = sb.items("vms")[0]
    price = next(p for p in prices if p["vmTypeId"]["vmConfigurationId"] == vm["configurationId"])
    assert price["priceInfo"]["pricePerHourPerQty"] == vm["priceHourlyUsd"]
    cost = client.post(
        "/v1/prices/cost", json={"resources": [{"vm": {"resource_id": price["vmTypeId"]}}], "secs": 7200}
    )
    assert float(cost.json()["totalCost"]) == pytest.approx(2 * float(vm["priceHourlyUsd"]), abs=1e-3)
    day = {"startDate": "2026-01-01", "endDate": "2026-01-01", "resourceId": vm["id"]}
    (row,) = client.get("/v1/billing/charges/aggregated", params=day).json()
    assert row["resourceName"] == vm["name"] and float(row["totalCost"]) == pytest.approx(
        24 * float(vm["priceHourlyUsd"])
    )
    as_csv = client.get("/v1/billing/charges/aggregated", params=day | {"format": "csv"})
    assert as_csv.headers["content-type"].startswith("text/csv") and vm["name"] in as_csv.text
    offer = client.get(f"/v1/clusters/{CLUSTER}/resources").json()
    assert {c["id"] for c in offer["availableConfigurations"]} == configs
