"""Provider-specific behaviour: io.net key minting and timed states, Fluence batch VMs and 403s."""

from __future__ import annotations

import random

import httpx
import pytest

import facade
from facade.sandbox import Sandbox, available, serve
from facade.sandbox._synth import synth

BASE = "/enterprise/v1/io-cloud/caas"


@pytest.mark.skipif("ionet" not in available(), reason="no io.net spec")
def test_ionet_jwt_mints_a_key_that_works_as_x_api_key() -> None:
    with serve("ionet", seed=1, check_responses=True) as sb, httpx.Client(base_url=sb.base_url) as client:
        assert client.get(f"{BASE}/deployments", headers={"X-API-KEY": "nope"}).status_code == 401
        assert client.get(f"{BASE}/deployments").json() == {"detail": "Invalid or missing API key"}
        minted = client.post(
            "/v1/api-keys/",
            headers={"token": sb.credentials["TokenAuth"]},
            json={"description": "ci", "expires_at": "2027-01-01T00:00:00Z", "project": "io-cloud", "scopes": ["all"]},
        )
        assert minted.status_code == 201
        key = minted.json()["value"]
        assert client.get(f"{BASE}/deployments", headers={"X-API-KEY": key}).status_code == 200
        key_id = minted.json()["key"]["key_id"]
        assert (
            client.delete(f"/v1/api-keys/{key_id}", headers={"token": sb.credentials["TokenAuth"]}).status_code == 200
        )
        assert client.get(f"{BASE}/deployments", headers={"X-API-KEY": key}).status_code == 401
        assert sb.violations == []


@pytest.mark.skipif("ionet" not in available(), reason="no io.net spec")
def test_ionet_deployment_goes_from_requested_to_running_and_terminates() -> None:
    with (
        serve("ionet", seed=1, check_responses=True, clock_speed=0) as sb,
        httpx.Client(base_url=sb.base_url, headers={"X-API-KEY": sb.api_key}) as client,
    ):
        assert isinstance(sb, Sandbox)
        spec = sb.state.spec
        body = synth(spec, spec.at(spec.operations["deployContainer"].body_pointer or "#"), random.Random(0))
        body.update(resource_private_name="llm", gpus_per_container=2, duration_hours=2)
        made = client.post(f"{BASE}/deploy", json=body)
        assert made.status_code == 200, made.text
        dep_id = made.json()["deployment_id"]
        states = []
        for wait in (2.0, 3.0, 60.0, 0.0):  # requested for 2 s, deploying for 3 s, then running
            states.append(client.get(f"{BASE}/deployment/{dep_id}").json()["data"]["status"])
            sb.clock.advance(wait)
        assert states == ["deployment requested", "deploying", "running", "running"]
        listed = client.get(f"{BASE}/deployments", params={"page": 0, "page_size": 5}).json()["data"]
        assert listed["deployments"][0]["id"] == dep_id and listed["total"] == 301
        assert client.delete(f"{BASE}/deployment/{dep_id}").status_code == 200
        assert client.get(f"{BASE}/deployment/{dep_id}").json()["data"]["status"] == "termination requested"
        bad = client.get(f"{BASE}/deployments", params={"page_size": 1000})
        assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["query", "page_size"]
        assert sb.violations == []


@pytest.mark.skipif("fluence" not in available(), reason="no Fluence spec")
def test_fluence_vm_lifecycle_and_errors() -> None:
    with (
        serve("fluence", seed=1, check_responses=True, clock_speed=0) as sb,
        httpx.Client(base_url=sb.base_url, headers={"Authorization": f"Bearer {sb.api_key}"}) as client,
    ):
        assert client.get("/vms/v3", headers={"Authorization": "Bearer x"}).json() == {
            "error": "Auth failed. No such API Key"
        }
        made = client.post(
            "/vms/v3",
            json={
                "instances": 2,
                "vmConfiguration": {
                    "name": "web",
                    "osImage": "https://example.com/u.img",
                    "sshKeys": ["ssh-ed25519 AAAA"],
                },
            },
        )
        assert made.status_code == 200 and len(made.json()) == 2
        vm_id = made.json()[0]["vmId"]
        assert isinstance(sb, Sandbox)
        states = []
        for wait in (1.0, 2.0, 0.0):  # New for 1 s, Launching for 2 s, then Active
            states.append(client.get("/vms/v3/status", params={"ids": vm_id}).json()[0]["status"])
            sb.clock.advance(wait)
        assert states == ["New", "Launching", "Active"]
        assert client.patch("/vms/v3", json={"updates": [{"id": vm_id, "vmName": "web-1"}]}).status_code == 204
        assert client.request("DELETE", "/vms/v3", json={"vmIds": [vm_id]}).json()["removed_ids"] == [vm_id]
        missing = client.request("DELETE", "/vms/v3", json={"vmIds": ["0x" + "0" * 40]})
        assert missing.status_code == 404 and "error" in missing.json()
        assert client.post("/vms/v3", json={"instances": 0}).status_code == 400
        # An SSH key is an OpenSSH key line (the spec's pattern), FIDO keys (sk-...) included.
        key = {"name": "fido", "publicKey": "sk-ssh-ed25519@openssh.com AAAAGnNr me@example.com"}
        assert [client.post("/ssh_keys", json=key).status_code for _ in "ab"] == [201, 200]  # the same key again
        assert client.post("/ssh_keys", json={**key, "publicKey": "not a key"}).status_code == 400
        assert sb.violations == []


@pytest.mark.skipif("ionet" not in available(), reason="no io.net spec")
def test_ionet_pages_from_1_and_the_facade_yields_every_item_once() -> None:
    with serve("ionet", seed=3) as sb:
        assert isinstance(sb, Sandbox)
        with facade.connect("ionet", base_url=sb.base_url, api_key=sb.api_key, credentials=sb.credentials) as io:
            deployments = [str(d.id) for d in io.paginate("listDeployments", limit=25)]
            vms = [d.id for d in io.paginate("listVmDeployments", limit=7)]
            body = {
                "resource_private_name": "big",
                "duration_hours": 1,
                "gpus_per_container": 1,
                "hardware_id": 206,
                "container_config": {"replica_count": 45, "traffic_port": 8000},
                "registry_config": {"image_url": "docker.io/library/nginx:latest"},
            }
            made = str(io.call("deployContainer", body=body).deployment_id)
            containers = [c.container_id for c in io.paginate("listDeploymentContainers", deployment_id=made)]
            seeded = deployments[-1]
            few = [c.container_id for c in io.paginate("listDeploymentContainers", deployment_id=seeded, limit=1)]
        pages = [r for r in sb.requests if r.operation == "listDeployments"]
        with httpx.Client(base_url=sb.base_url, headers={"X-API-KEY": sb.api_key}) as client:
            zero, one = (client.get(f"{BASE}/deployments", params={"page": n, "page_size": 1}).json() for n in (0, 1))
    assert len(deployments) == len(set(deployments)) == 300 and len(pages) == 12  # pages 1..12, none twice
    assert len(vms) == len(set(vms)) == 60
    assert len(containers) == len(set(containers)) == 45  # 20 + 20 + 5
    expected = next(d for d in sb.items("deployments") if d["id"] == seeded)["total_containers"]
    assert len(few) == len(set(few)) == expected
    # The SDK's key check asks for page=1&page_size=1; FastAPI's default 0 is the same first page.
    assert zero == one and one["data"]["deployments"][0]["id"] == made and one["data"]["total"] == 301
