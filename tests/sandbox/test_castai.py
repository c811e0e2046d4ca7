"""CAST AI over real TCP: clusters with the generated client, lifecycles, paged nodes, keys, reports, the whole API."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from castai_client import AuthenticatedClient
from castai_client.api.external_cluster_api import (
    external_cluster_api_delete_cluster,
    external_cluster_api_get_cluster,
    external_cluster_api_list_clusters,
    external_cluster_api_list_nodes,
    external_cluster_api_register_cluster,
    external_cluster_api_update_cluster,
)
from castai_client.models import (
    ErrorResponse,
    ExternalclusterV1ClusterUpdate,
    ExternalclusterV1ListClustersResponse,
    ExternalclusterV1RegisterClusterRequest,
)

import facade
from facade.sandbox import Sandbox, available

pytestmark = pytest.mark.skipif("castai" not in available(), reason="no CAST AI spec")
EKS = {"accountId": "210987654321", "region": "eu-central-1", "clusterName": "payments"}
CLUSTERS = "/v1/kubernetes/external-clusters"


def _poll(sb: Sandbox, read: Callable[[], Any], times: int, every: float) -> list[Any]:
    """Read ``times`` times, ``every`` sandbox seconds apart (the sandbox clock is frozen and moved by hand)."""
    seen = []
    for _ in range(times):
        seen.append(read())
        sb.clock.advance(every)
    return seen


@pytest.fixture
def cast() -> Iterator[tuple[Sandbox, httpx.Client]]:
    with (
        Sandbox("castai", seed=1, check_responses=True, clock_speed=0) as sb,
        httpx.Client(base_url=sb.base_url, headers={"X-API-Key": sb.api_key}) as client,
    ):
        yield sb, client
        assert sb.violations == []


def test_cluster_crud_round_trip_with_the_generated_client() -> None:
    with Sandbox("castai", seed=1, check_responses=True, clock_speed=0) as sb, contextlib.ExitStack() as stack:
        client = AuthenticatedClient(base_url=sb.base_url, token=sb.api_key, prefix="", auth_header_name="X-API-Key")
        stack.enter_context(client)
        made = external_cluster_api_register_cluster.sync(
            client=client, body=ExternalclusterV1RegisterClusterRequest.from_dict({"name": "payments", "eks": EKS})
        )
        assert not isinstance(made, ErrorResponse) and made is not None
        assert made.status == "connecting" and made.provider_type == "eks" and made.region.name == "eu-central-1"  # type: ignore[union-attr]
        assert made.agent_status == "waiting-connection" and made.organization_id == sb.items("organizations")[0]["id"]
        cluster_id = made.id
        assert isinstance(cluster_id, str)
        status = lambda: external_cluster_api_get_cluster.sync(cluster_id, client=client).status  # type: ignore[union-attr]  # noqa: E731
        assert _poll(sb, status, 3, every=2.0) == ["connecting", "ready", "ready"]
        listed = external_cluster_api_list_clusters.sync(client=client)
        assert cluster_id in [c.id for c in listed.items]  # type: ignore[union-attr]
        arn = "arn:aws:iam::210987654321:role/castai-new"
        updated = external_cluster_api_update_cluster.sync(
            cluster_id, client=client, body=ExternalclusterV1ClusterUpdate.from_dict({"eks": {"assumeRoleArn": arn}})
        )
        assert updated.eks.assume_role_arn == arn and updated.eks.account_id == EKS["accountId"]  # type: ignore[union-attr]
        # The agent's first snapshot reported the cluster's nodes; registration made a default node configuration.
        nodes = external_cluster_api_list_nodes.sync(cluster_id, client=client)
        assert [n.state.phase for n in nodes.items] == ["ready"] * 3  # type: ignore[union-attr]
        assert external_cluster_api_delete_cluster.sync_detailed(cluster_id, client=client).status_code == 200
        assert _poll(sb, status, 2, every=2.0) == ["deleting", "deleted"]
        assert cluster_id not in [c.id for c in external_cluster_api_list_clusters.sync(client=client).items]  # type: ignore[union-attr]
        gone = external_cluster_api_list_nodes.sync_detailed(cluster_id, client=client)
        assert gone.status_code == 404 and isinstance(gone.parsed, ErrorResponse)
        assert gone.parsed.message == "cluster not found"
        assert sb.violations == []


def test_register_needs_exactly_one_provider_block(cast: tuple[Sandbox, httpx.Client]) -> None:
    _sb, client = cast
    both = client.post(CLUSTERS, json={"name": "x", "eks": EKS, "gke": {"projectId": "p"}})
    assert both.status_code == 400
    assert both.json() == {
        "message": "invalid request",
        "fieldViolations": [{"field": "gke", "description": "exactly one provider block must be set, got eks, gke"}],
    }
    assert client.post(CLUSTERS, json={"name": "x"}).status_code == 400
    chosen = "11111111-2222-4333-8444-555555555555"
    assert client.post(CLUSTERS, json={"id": chosen, "name": "x", "eks": EKS}).json()["id"] == chosen
    assert client.post(CLUSTERS, json={"id": chosen, "name": "x", "eks": EKS}).status_code == 409  # retried


def test_hibernate_and_resume_with_operations(cast: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = cast
    cid = client.get(CLUSTERS).json()["items"][0]["id"]
    started = client.post(f"{CLUSTERS}/{cid}/hibernate").json()
    assert started["clusterId"] == cid and started["mode"] == "OPERATION_MODE_UNSPECIFIED"
    again = client.post(f"{CLUSTERS}/{cid}/hibernate")
    assert again.status_code == 409 and again.json() == {"message": "cluster is hibernating", "fieldViolations": []}
    op = f"{CLUSTERS}/operations/{started['operationId']}"
    assert _poll(sb, lambda: client.get(op).json()["done"], 2, every=2.0) == [False, True]
    assert "finishedAt" in client.get(op).json() and "error" not in client.get(op).json()
    assert client.get(f"{CLUSTERS}/{cid}").json()["status"] == "hibernated"  # the operation settled it
    assert client.get(f"{CLUSTERS}/{cid}/nodes").json() == {"items": [], "nextCursor": ""}  # workers removed
    assert client.post(f"{CLUSTERS}/{cid}/nodes", json={"instanceType": "m5.large"}).status_code == 409
    resumed = client.post(f"{CLUSTERS}/{cid}/resume", json={"instanceType": "m5.xlarge", "zone": "us-east-1a"})
    assert resumed.status_code == 200
    states = _poll(sb, lambda: client.get(f"{CLUSTERS}/{cid}").json()["status"], 3, every=2.0)
    assert states == ["resuming", "ready", "ready"]
    nodes = client.get(f"{CLUSTERS}/{cid}/nodes").json()["items"]
    assert [n["instanceType"] for n in nodes] == ["m5.xlarge"]
    assert client.post(f"{CLUSTERS}/{cid}/resume", json={"instanceType": "m5.large"}).status_code == 409
    dry = client.post(f"{CLUSTERS}/{cid}/hibernate", params={"mode": "OPERATION_MODE_DRY_RUN"}).json()
    assert dry["mode"] == "OPERATION_MODE_DRY_RUN" and client.get(f"{CLUSTERS}/{cid}").json()["status"] == "ready"
    assert client.get(f"{CLUSTERS}/operations/{dry['operationId']}").json()["done"] is True  # a dry run: at once


def test_cluster_actions(cast: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = cast
    cid = client.get(CLUSTERS).json()["items"][1]["id"]
    assert client.post(f"{CLUSTERS}/{cid}/tags", json={"team": "web"}).json() == {}  # the body is the tags
    assert client.get(f"{CLUSTERS}/{cid}").json()["tags"] == {"team": "web"}
    assert client.post(f"{CLUSTERS}/{cid}/reconcile").json() == {}
    assert client.get(f"{CLUSTERS}/{cid}").json()["reconcileInfo"]["status"] == "ok"
    assert len(client.post(f"{CLUSTERS}/{cid}/token").json()["token"]) == 32
    gone = client.post(f"{CLUSTERS}/{cid}/disconnect", json={"deleteProvisionedNodes": True}).json()
    assert gone["agentStatus"] == "disconnected" and gone["isPhase2"] is False
    assert client.post(f"{CLUSTERS}/{cid}/disconnect", json={}).status_code == 409
    sb.clock.advance(2.0)  # the nodes CAST AI provisioned are deleted
    left = client.get(f"{CLUSTERS}/{cid}/nodes", params={"excludeDeleting": "true", "page.limit": "50"}).json()
    assert left["items"] and all(n["addedBy"] == "user" for n in left["items"])
    creds = client.get(CLUSTERS).json()["items"][0]["credentialsId"]
    assert len(client.get("/v1/kubernetes/clusters", params={"credentialsId": creds}).json()["items"]) == 1


def test_nodes_page_by_cursor_and_filter(cast: tuple[Sandbox, httpx.Client]) -> None:
    sb, raw = cast
    with AuthenticatedClient(base_url=sb.base_url, token=sb.api_key, prefix="", auth_header_name="X-API-Key") as c:
        listed = external_cluster_api_list_clusters.sync(client=c)
        assert isinstance(listed, ExternalclusterV1ListClustersResponse) and isinstance(listed.items, list)
        cid = listed.items[0].id
        assert isinstance(cid, str)
        seen, cursor, pages = [], "", 0
        while True:
            page = external_cluster_api_list_nodes.sync(cid, client=c, page_limit="7", page_cursor=cursor)
            seen += [n.id for n in page.items]  # type: ignore[union-attr]
            pages += 1
            cursor = str(page.next_cursor or "")  # type: ignore[union-attr]
            if not cursor:
                break
        assert pages == 6 and len(seen) == len(set(seen)) == 40
        spot = external_cluster_api_list_nodes.sync(cid, client=c, lifecycle_type="spot")
        assert spot.items and all(n.spot_config.is_spot for n in spot.items)  # type: ignore[union-attr]
    base = f"{CLUSTERS}/{cid}/nodes"
    assert len(raw.get(base, params={"page.limit": "lots"}).json()["items"]) == 25  # no number: the default size
    assert raw.get(base, params={"page.cursor": "nope"}).status_code == 400
    # A cursor is a place in the whole collection (keyset): another cluster's node is one too.
    other = f"{CLUSTERS}/{sb.items('clusters')[1]['id']}/nodes"
    theirs = [n["id"] for n in raw.get(other, params={"page.limit": "500"}).json()["items"]]
    mine = raw.get(other, params={"page.cursor": seen[-1], "page.limit": "500"}).json()["items"]
    assert [n["id"] for n in mine] == theirs
    assert raw.get(base, params={"page.cursor": theirs[0]}).json()["items"] == []  # made after all of these
    arm = raw.get(base, params={"nodeConfigurationName": "arm64-nodes"}).json()["items"]
    assert arm and {n["instanceArchitecture"] for n in arm} == {"arm64"}
    one = raw.get(base, params={"nodeId": seen[3], "nodeStatus": "node_status_unspecified"}).json()["items"]
    assert [n["id"] for n in one] == [seen[3]]
    cordoned = raw.get(base, params={"nodeStatus": "cordoned", "page.limit": "50"}).json()["items"]
    assert cordoned and all(n["state"]["phase"] == "cordoned" and n["unschedulable"] for n in cordoned)


def test_add_drain_and_delete_a_node(cast: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = cast
    cid = client.get(CLUSTERS).json()["items"][0]["id"]
    made = client.post(f"{CLUSTERS}/{cid}/nodes", json={"instanceType": "c5.2xlarge", "spotConfig": {"isSpot": True}})
    assert set(made.json()) == {"nodeId", "operationId"}
    node = f"{CLUSTERS}/{cid}/nodes/{made.json()['nodeId']}"
    phases = _poll(sb, lambda: client.get(node).json()["state"]["phase"], 4, every=1.0)
    assert phases == ["pending", "creating", "ready", "ready"]
    fresh = client.get(node).json()
    assert fresh["resources"]["cpuCapacityMilli"] == 8000 and fresh["labels"]["scheduling.cast.ai/spot"] == "true"
    assert fresh["joinedAt"] and fresh["instancePrice"] == "0.1190"  # a spot instance costs about a third
    drained = client.post(f"{node}/drain", json={"timeoutSeconds": 60}).json()["operationId"]
    assert client.post(f"{node}/drain", json={}).status_code == 409
    assert _poll(sb, lambda: client.get(f"{CLUSTERS}/operations/{drained}").json()["done"], 2, 2.0) == [False, True]
    assert client.get(node).json()["state"]["phase"] == "cordoned" and client.get(node).json()["unschedulable"]
    deleted = client.delete(node)
    assert (
        deleted.status_code == 200 and set(deleted.json()) == {"operationId"} and client.delete(node).status_code == 409
    )
    assert _poll(sb, lambda: client.get(node).json()["state"]["phase"], 2, every=2.0) == ["deleting", "deleted"]
    other = client.get(CLUSTERS).json()["items"][1]["id"]
    assert client.get(f"{CLUSTERS}/{other}/nodes/{made.json()['nodeId']}").status_code == 404  # wrong cluster


def test_fail_and_stall_controls_reach_every_lifecycle(cast: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = cast
    cluster = client.post(CLUSTERS, json={"name": "flaky", "eks": EKS}).json()["id"]
    sb.fail("clusters", cluster)
    assert client.get(f"{CLUSTERS}/{cluster}").json()["status"] == "failed"
    cid = client.get(CLUSTERS).json()["items"][0]["id"]
    made = client.post(f"{CLUSTERS}/{cid}/nodes", json={"instanceType": "m5.large"}).json()
    sb.fail("nodes", made["nodeId"], parent=cid)
    assert client.get(f"{CLUSTERS}/{cid}/nodes/{made['nodeId']}").json()["state"]["phase"] == "not_ready"
    sb.fail("operations", made["operationId"])
    failed_op = client.get(f"{CLUSTERS}/operations/{made['operationId']}").json()
    assert failed_op["done"] is True and failed_op["error"]["reason"] == "OPERATION_FAILED"
    stuck = client.post(f"{CLUSTERS}/{cid}/nodes", json={"instanceType": "m5.large"}).json()["nodeId"]
    sb.stall("nodes", stuck, parent=cid)
    sb.clock.advance(60)
    assert client.get(f"{CLUSTERS}/{cid}/nodes/{stuck}").json()["state"]["phase"] == "pending"
    plans = f"/v1/kubernetes/clusters/{cid}/rebalancing-plans"
    plan = client.post(plans, json={"minNodes": 1}).json()["rebalancingPlanId"]
    sb.faults.add(kind="fail", operation="AutoscalerAPI_GetRebalancingPlan")
    assert client.get(f"{plans}/{plan}").json()["status"] == "generating"  # fails at its next step
    sb.clock.advance(2.0)
    failed = client.get(f"{plans}/{plan}").json()
    assert failed["status"] == "error" and failed["finishedAt"] and failed["updatedAt"]


def test_api_keys_work_and_respect_readonly_and_deactivation(cast: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = cast
    missing = httpx.get(f"{sb.base_url}{CLUSTERS}")
    assert missing.status_code == 401 and missing.json() == {"message": "Unauthorized", "fieldViolations": []}
    key = client.post("/v1/auth/tokens", json={"name": "grafana", "readonly": True}).json()
    assert len(key["token"]) == 64 and key["tokenPrefix"] == key["token"][:6] and key["active"] is True
    assert "token" not in client.get(f"/v1/auth/tokens/{key['id']}").json()  # shown once
    own = {"X-API-Key": key["token"]}
    assert client.get(CLUSTERS, headers=own).status_code == 200
    denied = client.post(f"{CLUSTERS}/{client.get(CLUSTERS).json()['items'][0]['id']}/reconcile", headers=own)
    assert denied.status_code == 403 and denied.json()["fieldViolations"][0]["field"] == "X-API-Key"
    assert client.get(f"/v1/auth/tokens/{key['id']}").json()["lastUsedAt"] is not None
    assert client.post(f"/v1/auth/tokens/{key['id']}", json={"active": False}).json()["active"] is False
    assert client.get(CLUSTERS, headers=own).status_code == 401
    client.post(f"/v1/auth/tokens/{key['id']}", json={"active": True})
    assert client.get(CLUSTERS, headers=own).status_code == 200
    assert client.delete(f"/v1/auth/tokens/{key['id']}").json() == {}
    assert client.get(CLUSTERS, headers=own).status_code == 401
    assert len(client.get("/v1/auth/tokens").json()["items"]) == 4


def test_node_configurations_templates_and_policies(cast: tuple[Sandbox, httpx.Client]) -> None:
    _sb, client = cast
    cid = client.get(CLUSTERS).json()["items"][0]["id"]
    base = f"/v1/kubernetes/clusters/{cid}"
    configs = client.get(f"{base}/node-configurations").json()["items"]
    assert [c["name"] for c in configs] == ["default", "spot-nodes", "arm64-nodes"]
    made = client.post(f"{base}/node-configurations", json={"name": "gpu", "minDiskSize": 200}).json()
    assert (made["version"], made["default"], made["minDiskSize"]) == (1, False, 200)
    assert client.post(f"{base}/node-configurations", json={"name": "gpu"}).status_code == 409
    assert client.post(f"{base}/node-configurations/{made['id']}", json={"minDiskSize": 250}).json()["version"] == 2
    default = client.delete(f"{base}/node-configurations/{configs[0]['id']}")
    assert default.status_code == 409
    assert client.post(f"{base}/node-configurations/{made['id']}/default").json()["default"] is True
    assert client.delete(f"{base}/node-configurations/{configs[0]['id']}").json() == {}
    templates = client.get(f"{base}/node-templates").json()["items"]
    assert [t["template"]["name"] for t in templates] == ["spot-batch", "arm-workloads"]
    assert sum(t["stats"]["countSpot"] for t in templates) > 0
    everything = client.get(f"{base}/node-templates", params={"includeDefault": "true"}).json()["items"]
    assert everything[0]["template"]["isDefault"] is True
    created = client.post(f"{base}/node-templates", json={"name": "batch", "configurationId": made["id"]}).json()
    assert created["configurationName"] == "gpu" and created["version"] == "1"
    assert client.post(f"{base}/node-templates", json={"isEnabled": True}).status_code == 400  # no name
    assert client.put(f"{base}/node-templates/batch", json={"isEnabled": False}).json()["version"] == "2"
    assert client.delete(f"{base}/node-templates/batch").json() == {}
    assert client.delete(f"{base}/node-templates/batch").status_code == 404
    policies = client.get(f"{base}/policies").json()
    assert policies["enabled"] is True and policies["nodeDownscaler"]["emptyNodes"]["delaySeconds"] == 300
    assert client.put(f"{base}/policies", json={"enabled": False}).json() == {"enabled": False}
    assert client.get(f"{base}/policies").json() == {"enabled": False}


def test_rebalancing_schedules_jobs_and_plans(cast: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = cast
    cid = client.get(CLUSTERS).json()["items"][0]["id"]
    schedule = client.post(
        "/v1/rebalancing-schedules",
        json={
            "name": "hourly",
            "schedule": {"cron": "30 * * * *"},
            "triggerConditions": {"savingsPercentage": 5},
            "launchConfiguration": {"numTargetedNodes": 3},
        },
    ).json()
    job = client.post(
        f"/v1/kubernetes/clusters/{cid}/rebalancing-jobs", json={"rebalancingScheduleId": schedule["id"]}
    ).json()
    assert job["status"] == "JobStatusPending" and job["clusterId"] == cid
    assert [j["id"] for j in client.get(f"/v1/rebalancing-schedules/{schedule['id']}").json()["jobs"]] == [job["id"]]
    assert client.delete(f"/v1/rebalancing-schedules/{schedule['id']}").status_code == 409
    renamed = client.put("/v1/rebalancing-schedules", params={"id": schedule["id"]}, json={"name": "hourly-2"})
    assert renamed.json()["name"] == "hourly-2"
    assert client.put("/v1/rebalancing-schedules", params={"id": cid}, json={"name": "x"}).status_code == 404
    assert client.delete(f"/v1/kubernetes/clusters/{cid}/rebalancing-jobs/{job['id']}").json() == {}
    assert client.delete(f"/v1/rebalancing-schedules/{schedule['id']}").json() == {}

    plans = f"/v1/kubernetes/clusters/{cid}/rebalancing-plans"
    first = client.get(plans, params={"limit": 10}).json()
    assert len(first["items"]) == 10 and first["nextCursor"]
    rest = client.get(plans, params={"cursor": first["nextCursor"], "limit": 10}).json()
    assert len(rest["items"]) == 2 and rest["nextCursor"] == ""
    stamps = [p["createdAt"] for p in first["items"] + rest["items"]]
    assert stamps == sorted(stamps, reverse=True)  # newest first
    waiting = first["items"][0]["rebalancingPlanId"]  # the newest seeded plan, generated and never run
    node = client.get(f"{CLUSTERS}/{cid}/nodes").json()["items"][0]["id"]
    unknown = client.post(plans, json={"rebalancingNodes": [{"nodeId": "nope"}]})
    assert unknown.status_code == 404 and unknown.json()["message"] == "node not found"
    made = client.post(plans, json={"minNodes": 2, "rebalancingNodes": [{"nodeId": node}]}).json()["rebalancingPlanId"]
    assert client.get(plans).json()["items"][0]["rebalancingPlanId"] == made
    assert client.get(f"{plans}/{waiting}").json()["status"] == "obsolete"  # a newer plan replaces it
    assert client.get(f"{plans}/{made}").json()["rebalancingNodeIds"] == [node]
    assert client.post(f"{plans}/{made}/execute").status_code == 409  # still generating
    assert _poll(sb, lambda: client.get(f"{plans}/{made}").json()["status"], 2, 2.0) == ["generating", "generated"]
    executed = client.post(f"{plans}/{made}/execute").json()
    assert executed["status"] == "creating_nodes" and executed["triggeredAt"] and executed["finishedAt"] is None
    stages = _poll(sb, lambda: client.get(f"{plans}/{made}").json()["status"], 6, every=1.0)
    assert stages == ["creating_nodes", "preparing_nodes", "draining_nodes", "deleting_nodes", "finished", "finished"]
    done = client.get(f"{plans}/{made}").json()
    assert done["createdNodesAt"] < done["drainedNodesAt"] < done["finishedAt"]


def test_cost_and_savings_reports(cast: tuple[Sandbox, httpx.Client]) -> None:
    _sb, client = cast
    cid = client.get(CLUSTERS).json()["items"][0]["id"]
    window = {"startTime": "2026-07-01T00:00:00Z", "endTime": "2026-07-02T00:00:00Z"}
    cost = client.get(f"/v1/cost-reports/clusters/{cid}/cost", params=window).json()
    assert cost["clusterId"] == cid and len(cost["items"]) == 24
    hourly = sum(float(i["costOnDemand"]) + float(i["costSpot"]) + float(i["costSpotFallback"]) for i in cost["items"])
    assert abs(hourly - float(cost["summary"]["totalCost"])) < 0.01
    assert client.get(f"/v1/cost-reports/clusters/{cid}/cost", params=window).json() == cost  # reproducible
    report = f"/v1/cost-reports/clusters/{cid}/cost"
    listing = client.get(report, params={**window, "useListingPrices": "true"}).json()
    assert float(listing["summary"]["totalCost"]) > float(cost["summary"]["totalCost"])
    month = {"startTime": "2026-07-01T00:00:00Z", "endTime": "2026-08-01T00:00:00Z"}
    daily = client.get(f"/v1/cost-reports/clusters/{cid}/savings", params=month).json()
    assert len(daily["items"]) == 31 and float(daily["summary"]["totalSavings"]) > 0
    empty = client.get(report, params={"startTime": window["startTime"], "endTime": window["startTime"]}).json()
    assert empty["items"] == [] and empty["summary"]["totalCost"] == "0.00"
    backwards = client.get(report, params={"startTime": window["endTime"], "endTime": window["startTime"]})
    assert backwards.status_code == 400
    assert backwards.json()["fieldViolations"] == [{"field": "endTime", "description": "must not be before startTime"}]
    missing = client.get("/v1/cost-reports/clusters/00000000-0000-4000-8000-000000000000/cost", params=window)
    assert missing.status_code == 404


def test_organizations_user_and_spec(cast: tuple[Sandbox, httpx.Client]) -> None:
    sb, client = cast
    orgs = client.get("/v1/organizations").json()["organizations"]
    assert [o["role"] for o in orgs] == ["owner", "member", "viewer"]
    assert orgs[0]["id"] == client.get(CLUSTERS).json()["items"][0]["organizationId"]
    made = client.post("/v1/organizations", json={"name": "Initech", "parentId": orgs[0]["id"]}).json()
    assert made["type"] == "ORGANIZATION_TYPE_CHILD"
    assert client.post(f"/v1/organizations/{made['id']}", json={"name": "Initech EU"}).json()["name"] == "Initech EU"
    assert client.get(f"/v1/organizations/{made['id']}").json()["name"] == "Initech EU"
    assert client.delete(f"/v1/organizations/{made['id']}").json() == {}
    assert client.get(f"/v1/organizations/{made['id']}").status_code == 404
    me = client.get("/v1/me").json()
    assert me["email"].endswith("@example.com") and me["id"].startswith("auth0|")
    assert httpx.get(f"{sb.base_url}/v1/spec/openapi.json").json()["info"]["title"] == "CAST AI API"


def test_the_rest_answers_from_the_spec_consistent_with_state(cast: tuple[Sandbox, httpx.Client]) -> None:
    _sb, client = cast
    org, cid = (
        client.get("/v1/organizations").json()["organizations"][0]["id"],
        client.get(CLUSTERS).json()["items"][0]["id"],
    )
    accounts = client.get(f"/v1/organizations/{org}/service-accounts")
    assert accounts.status_code == 200 and "serviceAccounts" in accounts.json()
    assert client.get("/v1/organizations/nope/service-accounts").json() == {
        "message": "organization not found",
        "fieldViolations": [],
    }
    assert client.get(f"/v1/workload-autoscaling/clusters/{cid}/workloads-summary").status_code == 200
    assert client.get("/v1/workload-autoscaling/clusters/nope/workloads-summary").status_code == 404
    # Text and a parameter in one path segment route (and the organization is checked there too).
    usage = f"/savings/v1beta/organizations/{org}/commitments/c-1:getUsageHistory"
    window = {"startTime": "2026-07-01T00:00:00Z", "endTime": "2026-07-02T00:00:00Z", "aggregationInterval": "DAY"}
    assert client.get(usage, params=window).status_code == 200
    assert client.get(usage.replace(org, "nope"), params=window).status_code == 404
    deleted = client.post(f"/savings/v1/organizations/{org}/commitments:batchDelete", json={"commitmentIds": ["c"]})
    assert deleted.status_code == 200


def test_the_facade_pages_plans_and_nodes(cast: tuple[Sandbox, httpx.Client]) -> None:
    sb, _client = cast
    with facade.connect("castai", api_key=sb.api_key, base_url=sb.base_url) as cast_ai:
        cid = cast_ai.call("ExternalClusterAPI_ListClusters").items[0].id
        plans = list(cast_ai.paginate("AutoscalerAPI_ListRebalancingPlans", cluster_id=cid, limit=5))
        assert len(plans) == len({p.rebalancing_plan_id for p in plans}) == 12
        nodes = list(cast_ai.paginate("ExternalClusterAPI_ListNodes", cluster_id=cid, page_limit="9"))
        assert len(nodes) == len({n.id for n in nodes}) == 40


def test_seed_and_scale() -> None:
    with Sandbox("castai", seed=3, scale=2) as big, Sandbox("castai", seed=3, scale=2) as twin:
        assert len(big.state.store.collection("clusters")) == 6
        assert len(big.state.store.collection("nodes")) == 240
        assert big.state.store.collection("nodes").values()[:50] == twin.state.store.collection("nodes").values()[:50]
        assert big.api_key == twin.api_key
        with httpx.Client(base_url=big.base_url, headers={"X-API-Key": big.api_key}) as client:
            clusters = client.get(CLUSTERS).json()["items"]
            assert {c["providerType"] for c in clusters} == {"eks", "gke", "aks"}
            for cluster in clusters:
                nodes = client.get(f"{CLUSTERS}/{cluster['id']}/nodes", params={"page.limit": "500"}).json()["items"]
                assert len(nodes) == 40
                assert {n["cloud"] for n in nodes} == {
                    {"eks": "aws", "gke": "gcp", "aks": "azure"}[cluster["providerType"]]
                }
    with Sandbox("castai", seed=4) as other:
        assert other.api_key != big.api_key
