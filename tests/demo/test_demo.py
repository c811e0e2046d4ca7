"""The main job: ``python -m facade.demo`` against the sandboxes, its JSON output checked step by step."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from facade.sandbox import Sandbox, available

REPO = Path(__file__).resolve().parents[2]
PROVIDERS = ["ionet", "castai", "fluence", "fluence_cloud", "cloudapi", "stackpoint"]  # the demo's order

# Per segment: the operations in order. Counts below follow from the seeded data (seed 1).
EXPECTED = {
    "ionet": [
        "createApiKey",
        "listHardware",
        "getAvailableReplicas",
        "getPriceEstimate",
        "deployContainer",
        "listDeployments",
        "getDeployment",
        "listDeploymentContainers",
        "extendDeployment",
        "terminateDeployment",
        "getDeployment",
        "deleteApiKey",
    ],
    "castai": [
        "ExternalClusterAPI_ListClusters",
        "ExternalClusterAPI_GetCluster",
        "ExternalClusterAPI_ListNodes",
        "NodeTemplatesAPI_ListNodeTemplates",
        "PoliciesAPI_GetClusterPolicies",
        "ClusterReportAPI_GetClusterCostReport",
        "AutoscalerAPI_GenerateRebalancingPlan",
        "AutoscalerAPI_GetRebalancingPlan",
    ],
    "fluence": [
        "listBasicConfigurations",
        "searchOffers",
        "addSshKey",
        "createVms",
        "listVmStatuses",
        "listVms",
        "deleteVms",
        "listVmStatuses",
        "removeSshKey",
    ],
    "fluence_cloud": [
        "getAvailableClusters",
        "get_vm_configurations",
        "create_users_vm",
        "get_users_vm",
        "terminate_users_vm",
        "get_users_vm",
        "get_users_storage",
        "delete_users_storage",
        "get_users_storage",
    ],
    "cloudapi": ["listProjects", "createKey", "listKeys", "listUsers", "getUsage", "revokeKey"],
    "stackpoint": [
        "listOrgs",
        "listKeysets",
        "createCluster",
        "getCluster",
        "listNodes",
        "listNodePools",
        "deleteCluster",
        "getCluster",
    ],
    "faults": ["getUsage", "createToken", "listUsers", "revokeToken"],
}


def run_demo(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "facade.demo", "--plain", *args],
        cwd=REPO,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    out = tmp_path_factory.mktemp("demo") / "out.json"
    proc = run_demo("--json", str(out))
    return proc, json.loads(out.read_text(encoding="utf-8"))


def steps(doc: dict[str, Any], segment: str) -> dict[str, dict[str, Any]]:
    found = [s for s in doc["steps"] if s["segment"] == segment]
    return {s["operation"]: s for s in found}


def waits(doc: dict[str, Any], segment: str) -> dict[str, dict[str, Any]]:
    """The segment's wait steps by waiter name."""
    return {s["facts"]["waiter"]: s for s in doc["steps"] if s["segment"] == segment and "waiter" in s["facts"]}


def test_exits_zero_with_every_step_ok(demo: tuple[subprocess.CompletedProcess[str], dict[str, Any]]) -> None:
    proc, doc = demo
    failed = [f"{s['segment']}.{s['operation']}: {s['error']}" for s in doc["steps"] if s["status"] != "ok"]
    assert failed == []
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert doc["ok"] is True and doc["totals"]["failed"] == 0
    assert "steps ok" in proc.stdout.splitlines()[-1]


def test_every_provider_has_a_sandbox_and_a_workflow(
    demo: tuple[subprocess.CompletedProcess[str], dict[str, Any]],
) -> None:
    _, doc = demo
    assert sorted(available()) == sorted(PROVIDERS)
    assert doc["skipped"] == [] and doc["segments"] == [*PROVIDERS, "faults"]


@pytest.mark.parametrize("segment", list(EXPECTED))
def test_segment_runs_its_operations_in_order(
    demo: tuple[subprocess.CompletedProcess[str], dict[str, Any]], segment: str
) -> None:
    _, doc = demo
    if segment in doc["skipped"]:
        pytest.skip(f"no {segment} sandbox in this build yet")
    ran = [s["operation"] for s in doc["steps"] if s["segment"] == segment]
    assert ran == EXPECTED[segment]


def test_attempts_match_what_the_sandbox_served(demo: tuple[subprocess.CompletedProcess[str], dict[str, Any]]) -> None:
    """The attempts counted in the client agree with the sandbox's request log, status for status."""
    _, doc = demo
    for s in doc["steps"]:
        where = f"{s['segment']}.{s['operation']}"
        assert s["attempts"] == len(s["statuses"]) == len(s["served"]), where
        assert s["attempts"] >= 1 or s["status"] == "failed", where
        assert [r["status"] for r in s["served"]] == s["statuses"], where
        assert {r["operation"] for r in s["served"]} <= {s["operation"]}, where
    assert doc["totals"]["requests"] == sum(s["attempts"] for s in doc["steps"])


def test_ionet(demo: tuple[subprocess.CompletedProcess[str], dict[str, Any]]) -> None:
    io = steps(demo[1], "ionet")
    assert io["createApiKey"]["statuses"] == [201]
    assert io["deployContainer"]["facts"]["state"] == "deployment requested"
    listing = io["listDeployments"]
    assert listing["items"] == 301 and listing["facts"] == {"pages": 4, "found": True}  # 300 seeded + ours
    assert listing["statuses"] == [200] * 4
    assert io["extendDeployment"]["facts"]["minutes_added"] == 60
    assert io["terminateDeployment"]["facts"]["state"] == "termination requested"
    assert all(s["attempts"] == 1 for op, s in io.items() if op not in ("listDeployments", "getDeployment"))
    # The waiters: polled until the state moved (the sandbox clock runs 20x), one request per poll.
    waited = waits(demo[1], "ionet")
    assert set(waited) == {"deploymentRunning", "deploymentTerminated"}
    assert waited["deploymentRunning"]["facts"]["seen"][0] == "deployment requested"
    assert waited["deploymentRunning"]["facts"]["seen"][-1] == "running"
    assert waited["deploymentTerminated"]["facts"]["seen"][0] == "termination requested"
    assert waited["deploymentTerminated"]["facts"]["seen"][-1] == "destroyed"
    for s in waited.values():
        assert s["attempts"] == s["facts"]["polls"] >= 2 and s["statuses"] == [200] * s["attempts"]


def test_castai(demo: tuple[subprocess.CompletedProcess[str], dict[str, Any]]) -> None:
    if "castai" in demo[1]["skipped"]:
        pytest.skip("no castai sandbox in this build yet")
    cast = steps(demo[1], "castai")
    assert cast["ExternalClusterAPI_ListClusters"]["items"] >= 1
    nodes = cast["ExternalClusterAPI_ListNodes"]
    assert nodes["items"] > 10 and nodes["facts"]["pages"] == nodes["attempts"] == -(-nodes["items"] // 10)
    cost = cast["ClusterReportAPI_GetClusterCostReport"]
    assert cost["items"] == 30 and float(cost["facts"]["total"]) > 0  # a day a bucket, the cluster's nodes priced
    waited = waits(demo[1], "castai")
    assert list(waited) == ["rebalancingPlanGenerated"]
    seen = waited["rebalancingPlanGenerated"]["facts"]["seen"]
    assert seen[-1] == "generated" and set(seen) <= {"generating", "generated"}  # never obsolete or in error


def test_fluence(demo: tuple[subprocess.CompletedProcess[str], dict[str, Any]]) -> None:
    flu = steps(demo[1], "fluence")
    assert flu["searchOffers"]["items"] >= 1
    assert flu["addSshKey"]["statuses"] == [201]
    assert flu["listVms"]["items"] == 41 and flu["listVms"]["facts"]["found"] is True  # 40 seeded + ours
    assert flu["deleteVms"]["items"] == 1
    waited = waits(demo[1], "fluence")
    assert [(name, s["facts"]["seen"][-1]) for name, s in waited.items()] == [
        ("vmsActive", ["Active"]),
        ("vmsStopped", ["Stopped"]),
    ]
    assert waited["vmsActive"]["facts"]["seen"][0] == ["New"]  # a new VM was polled until it was Active


def test_fluence_cloud_waits_for_the_vm_then_cleans_up(
    demo: tuple[subprocess.CompletedProcess[str], dict[str, Any]],
) -> None:
    flu = steps(demo[1], "fluence_cloud")
    assert flu["getAvailableClusters"]["items"] == 3 and flu["get_vm_configurations"]["items"] >= 1
    assert flu["create_users_vm"]["facts"]["state"] == "new"
    waited = waits(demo[1], "fluence_cloud")
    launched = waited["vmLaunched"]
    assert launched["facts"]["state"] == "launched" and launched["facts"]["polls"] == launched["attempts"] >= 2
    assert launched["ms"] >= 1900 / 20  # new for 0.5 s, then launching for 1.5 s, in sandbox time (clock x20)
    assert flu["terminate_users_vm"]["facts"]["state"] == "terminating"
    assert waited["vmTerminated"]["facts"]["seen"][-1] == "terminated"
    free = [s for s in demo[1]["steps"] if s["segment"] == "fluence_cloud" and s["operation"] == "get_users_storage"]
    assert free[0]["facts"]["attached"] == 0  # the disk outlives the VM, freed when it ended
    assert flu["delete_users_storage"]["facts"]["state"] == "removing"
    assert waited["storageRemoved"]["statuses"][-1] == 404  # the sandbox forgets a deleted storage


def test_cloudapi_idempotent_create_through_a_503(
    demo: tuple[subprocess.CompletedProcess[str], dict[str, Any]],
) -> None:
    cloud = steps(demo[1], "cloudapi")
    create = cloud["createKey"]
    assert create["statuses"] == [503, 201] and create["attempts"] == 2
    assert create["served"][0]["fault"] == "status"
    assert create["served"][-1]["idempotency_key"] == create["facts"]["idempotency_key"]
    assert cloud["listKeys"]["facts"]["made"] == 1  # the retry did not make a second key
    users = cloud["listUsers"]
    assert users["items"] == 250 and users["facts"]["pages"] == users["attempts"] == 3
    assert cloud["revokeKey"]["facts"]["revoked"] is True


def test_stackpoint(demo: tuple[subprocess.CompletedProcess[str], dict[str, Any]]) -> None:
    if "stackpoint" in demo[1]["skipped"]:
        pytest.skip("no stackpoint sandbox in this build yet")
    spc = steps(demo[1], "stackpoint")
    assert spc["listOrgs"]["items"] >= 1
    assert spc["createCluster"]["statuses"] == [201]
    waited = waits(demo[1], "stackpoint")
    assert [waited["clusterRunning"]["facts"]["seen"][i] for i in (0, -1)] == ["draft", "running"]
    assert [waited["clusterDeleted"]["facts"]["seen"][i] for i in (0, -1)] == ["deleting", "deleted"]
    assert all(s["attempts"] == s["facts"]["polls"] for s in waited.values())
    assert spc["listNodes"]["items"] >= 1 and spc["listNodePools"]["items"] >= 1


def test_fault_segment(demo: tuple[subprocess.CompletedProcess[str], dict[str, Any]]) -> None:
    faults = steps(demo[1], "faults")
    limited = faults["getUsage"]
    assert limited["statuses"] == [429, 200] and limited["ms"] >= 950  # Retry-After: 1 was waited out
    denied = faults["listUsers"]
    assert denied["status"] == "ok" and denied["statuses"] == [403] and denied["attempts"] == 1
    assert denied["facts"] == {"error": "PermissionDeniedError", "status_code": 403, "code": "missing_scope"}
    assert denied["result"].startswith("PermissionDeniedError 403")


def test_plain_output_has_a_table_per_provider(demo: tuple[subprocess.CompletedProcess[str], dict[str, Any]]) -> None:
    proc, doc = demo
    header = [
        line for line in proc.stdout.splitlines() if line.split() == ["operation", "result", "items", "ms", "attempts"]
    ]
    assert len(header) == len(doc["segments"])
    for s in doc["steps"]:
        assert any(line.split()[:2] == ["ok", s["operation"]] for line in proc.stdout.splitlines())


def test_a_failing_step_exits_non_zero(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    env = {"CLOUDAPI_TOKEN": "sk_live_x", "CLOUDAPI_SESSION_TOKEN": "dsess_x"}
    proc = run_demo("--provider", "cloudapi", "--base-url", "http://127.0.0.1:9", "--json", str(out), env=env)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert proc.returncode == 1 and doc["ok"] is False
    first = doc["steps"][0]
    assert first["status"] == "failed" and first["error"].startswith("APIConnectionError")
    assert first["attempts"] == 3 and first["statuses"] == [None, None, None]  # retried twice, no answer
    assert "FAILED" in proc.stdout


def test_against_an_account_reads_keys_from_the_environment(tmp_path: Path) -> None:
    """``--base-url`` is the real-account path: no sandbox log, no injected faults, keys from env vars."""
    out = tmp_path / "out.json"
    with Sandbox("cloudapi", seed=5) as sb:
        env = {"CLOUDAPI_TOKEN": sb.api_key, "CLOUDAPI_SESSION_TOKEN": sb.credentials["DashboardSessionAuth"]}
        proc = run_demo("--provider", "cloudapi", "--base-url", sb.base_url, "--json", str(out), env=env)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert proc.returncode == 0, proc.stdout
    assert doc["target"] == sb.base_url and [s["segment"] for s in doc["steps"]] == ["cloudapi"] * 6
    create = steps(doc, "cloudapi")["createKey"]
    assert create["statuses"] == [201] and create["served"] is None


def test_base_url_needs_one_provider() -> None:
    proc = run_demo("--base-url", "https://api.cloudapi.dev")
    assert proc.returncode == 2 and "exactly one --provider" in proc.stderr
