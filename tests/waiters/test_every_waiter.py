"""Every waiter of every provider, over real TCP against its sandbox (timed state machines, fail/stall controls).

For each waiter: it reaches success; a failure state raises WaiterFailed; a resource that never gets
there raises WaiterTimeout within the timeout plus one delay; 503s while polling are retried, not
fatal; the async twin answers the same; cancelling an async wait leaves no task and no busy
connection. The sandboxes run their clocks ten times faster than wall time, so a deployment that
takes 5 s to start takes 0.5 s here. The time each successful wait took is printed at the end of
the run (see conftest.py).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

import facade
import facade._manifest as manifest
from facade.sandbox import Sandbox
from tests._providers import provider_name

from .conftest import TIMES

SPEED = 10  # sandbox seconds per real second
PACE: dict[str, Any] = {"delay": 0.05, "max_delay": 0.2}
SSH_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKgJIjnDg1DjqOOxINs78oU3f7PJXIyq9uiNocNVhXNx waiters@test"
IMAGE = "https://cloud-images.ubuntu.com/releases/24.04/release/ubuntu-24.04-server-cloudimg-amd64.img"


@dataclass
class Made:
    """A resource a test made: the wait's parameters and how the sandbox names it (to fail or stall it)."""

    params: dict[str, Any]
    resource: str
    item_id: Any
    parent: Any = None
    ids: list[Any] = field(default_factory=list)  # every item, when one wait watches several


Maker = Callable[[facade.Client], Made]


# -- io.net ---------------------------------------------------------------------------------------------
def _deployment(vm: bool) -> Maker:
    def make(io: facade.Client) -> Made:
        hardware = int(io.paginate("listHardware").to_list()[0].hardware_id)
        sizing = {"duration_hours": 1, "hardware_id": hardware}
        if vm:
            made = io.call("deployVm", body={"resource_private_name": "w", "gpus_per_vm": 1, "vms_qty": 1, **sizing})
        else:
            body = {
                "resource_private_name": "waiter",
                "gpus_per_container": 1,
                "container_config": {"replica_count": 1, "traffic_port": 8000},
                "registry_config": {"image_url": "docker.io/library/nginx:latest"},
                **sizing,
            }
            made = io.call("deployContainer", body=body)
        resource = "vm_deployments" if vm else "deployments"
        return Made({"deployment_id": str(made.deployment_id)}, resource, str(made.deployment_id))

    return make


def _terminated(vm: bool) -> Maker:
    def make(io: facade.Client) -> Made:
        made = _deployment(vm)(io)
        io.call("terminateVmDeployment" if vm else "terminateDeployment", **made.params)
        return made

    return make


# -- Fluence --------------------------------------------------------------------------------------------
def _vms(flu: facade.Client) -> Made:
    smallest = flu.call("listBasicConfigurations")[0]
    body = {
        "instances": 2,
        "constraints": {"basicConfiguration": smallest},
        "vmConfiguration": {"name": "waiter", "osImage": IMAGE, "sshKeys": [SSH_KEY]},
    }
    ids = [vm.vm_id for vm in flu.call("createVms", body=body)]
    return Made({"ids": ",".join(ids)}, "vms", ids[-1], ids=ids)


def _stopped_vms(flu: facade.Client) -> Made:
    made = _vms(flu)
    flu.call("deleteVms", body={"vmIds": made.ids})
    return made


# -- StackPointCloud ------------------------------------------------------------------------------------
def _org_and_keyset(spc: facade.Client) -> tuple[int, int]:
    org = spc.paginate("listOrgs").to_list()[0].pk
    keysets = spc.paginate("listKeysets", org_id=org).to_list()
    return org, next(k.pk for k in keysets if str(k.category.value) == "provider" and k.entity == "aws")


def _cluster(spc: facade.Client) -> Made:
    org, keyset = _org_and_keyset(spc)
    sizes = {"master_count": 1, "master_size": "t2.large", "worker_count": 2, "worker_size": "t2.large"}
    body = {
        "name": "waiter",
        "provider": "aws",
        "provider_keyset": keyset,
        "region": "us-west-2",
        "k8s_version": "v1.13.2",
        "platform": "coreos",
        "channel": "stable",
        "etcd_type": "self_hosted",
        **sizes,
    }
    cluster = spc.call("createCluster", org_id=org, body=body)
    return Made({"org_id": org, "cluster_id": cluster.pk}, "clusters", cluster.pk)


def _deleted_cluster(spc: facade.Client) -> Made:
    made = _cluster(spc)
    spc.call("deleteCluster", **made.params)
    return made


def _running_cluster(spc: facade.Client) -> dict[str, Any]:
    """A cluster to add nodes and pools to: a seeded one that is running."""
    org, _keyset = _org_and_keyset(spc)
    cluster = next(c for c in spc.paginate("listClusters", org_id=org) if str(c.state.value) == "running")
    return {"org_id": org, "cluster_id": cluster.pk}


def _node(spc: facade.Client) -> Made:
    where = _running_cluster(spc)
    (node,) = spc.call("addNodes", **where, body={"role": "worker", "size": "t2.large", "node_count": 1})
    return Made({**where, "node_id": node.pk}, "nodes", node.pk)


def _deleted_node(spc: facade.Client) -> Made:
    made = _node(spc)
    spc.wait("nodeRunning", **made.params, **PACE)  # a node being built cannot be deleted yet
    spc.call("deleteNode", **made.params)
    return made


def _pool(spc: facade.Client) -> Made:
    where = _running_cluster(spc)
    pool = spc.call("createNodePool", **where, body={"name": "waiters", "instance_size": "t2.large", "node_count": 1})
    return Made({**where, "nodepool_id": pool.pk}, "nodepools", pool.pk)


# -- fluence_cloud ----------------------------------------------------------------------------------------
def _cloud_where(fc: facade.Client) -> tuple[str, str]:
    """A cluster and the smallest VM configuration, as the sandbox offers them."""
    cluster = fc.paginate("getAvailableClusters").to_list()[0]
    smallest = min(fc.paginate("get_vm_configurations").to_list(), key=lambda c: (c.vcpu, c.ram_gb))
    return str(cluster.id), str(smallest.id)


def _cloud_vm(fc: facade.Client) -> Made:
    cluster, configuration = _cloud_where(fc)
    disk = {"clusterId": cluster, "name": "waiter-boot", "storageType": "NVME", "volumeGb": 25, "replicated": False}
    disk["osImage"] = IMAGE
    body = {"clusterId": cluster, "name": "waiter", "configurationId": configuration, "bootDisk": disk}
    vm = fc.call("create_users_vm", body=body)
    return Made({"vm_id": str(vm.id)}, "vms", str(vm.id))


def _terminated_cloud_vm(fc: facade.Client) -> Made:
    made = _cloud_vm(fc)
    fc.call("terminate_users_vm", **made.params)
    return made


def _storage(fc: facade.Client) -> Made:
    cluster, _configuration = _cloud_where(fc)
    body = {"clusterId": cluster, "name": "waiter", "storageType": "NVME", "volumeGb": 10, "replicated": False}
    storage = fc.call("create_users_storage", body=body)
    return Made({"storage_id": str(storage.id)}, "storages", str(storage.id))


def _removed_storage(fc: facade.Client) -> Made:
    made = _storage(fc)
    fc.wait("storageReady", **made.params, **PACE)  # only a ready, unattached storage may be deleted
    fc.call("delete_users_storage", **made.params)
    return made


# -- CAST AI ------------------------------------------------------------------------------------------------
def _ready_cluster(cast: facade.Client) -> str:
    return str(next(c.id for c in cast.paginate("ExternalClusterAPI_ListClusters") if c.status == "ready"))


def _cast_cluster(cast: facade.Client) -> Made:
    cluster = cast.call("ExternalClusterAPI_RegisterCluster", body={"name": "waiter", "eks": {"region": "eu-west-1"}})
    return Made({"cluster_id": str(cluster.id)}, "clusters", str(cluster.id))


def _deleted_cast_cluster(cast: facade.Client) -> Made:
    made = _cast_cluster(cast)
    cast.wait("clusterReady", **made.params, **PACE)  # a cluster still connecting is not deleted
    cast.call("ExternalClusterAPI_DeleteCluster", **made.params)
    return made


def _cast_node(cast: facade.Client) -> Made:
    cluster = _ready_cluster(cast)
    added = cast.call("ExternalClusterAPI_AddNode", cluster_id=cluster, body={"instanceType": "m5.large"})
    return Made({"cluster_id": cluster, "node_id": str(added.node_id)}, "nodes", str(added.node_id))


def _deleted_cast_node(cast: facade.Client) -> Made:
    made = _cast_node(cast)
    cast.wait("nodeReady", **made.params, **PACE)
    cast.call("ExternalClusterAPI_DeleteNode", **made.params)
    return made


def _plan(cast: facade.Client) -> Made:
    cluster = _ready_cluster(cast)
    plan = cast.call("AutoscalerAPI_GenerateRebalancingPlan", cluster_id=cluster, body={"minNodes": 1})
    params = {"cluster_id": cluster, "rebalancing_plan_id": str(plan.rebalancing_plan_id)}
    return Made(params, "rebalancing_plans", str(plan.rebalancing_plan_id))


def _executed_plan(cast: facade.Client) -> Made:
    made = _plan(cast)
    cast.wait("rebalancingPlanGenerated", **made.params, **PACE)
    cast.call("AutoscalerAPI_ExecuteRebalancingPlan", **made.params)
    return made


MAKERS: dict[tuple[str, str], Maker] = {
    ("castai", "clusterReady"): _cast_cluster,
    ("castai", "clusterDeleted"): _deleted_cast_cluster,
    ("castai", "nodeReady"): _cast_node,
    ("castai", "nodeDeleted"): _deleted_cast_node,
    ("castai", "rebalancingPlanGenerated"): _plan,
    ("castai", "rebalancingPlanFinished"): _executed_plan,
    ("fluence_cloud", "vmLaunched"): _cloud_vm,
    ("fluence_cloud", "vmTerminated"): _terminated_cloud_vm,
    ("fluence_cloud", "storageReady"): _storage,
    ("fluence_cloud", "storageRemoved"): _removed_storage,
    ("ionet", "deploymentRunning"): _deployment(vm=False),
    ("ionet", "deploymentTerminated"): _terminated(vm=False),
    ("ionet", "vmDeploymentRunning"): _deployment(vm=True),
    ("ionet", "vmDeploymentTerminated"): _terminated(vm=True),
    ("fluence", "vmsActive"): _vms,
    ("fluence", "vmsStopped"): _stopped_vms,
    ("stackpoint", "clusterRunning"): _cluster,
    ("stackpoint", "clusterDeleted"): _deleted_cluster,
    ("stackpoint", "nodeRunning"): _node,
    ("stackpoint", "nodeDeleted"): _deleted_node,
    ("stackpoint", "nodePoolActive"): _pool,
}
# A resource the waiter is never satisfied with, once stalled: where deleting is immediate in the
# sandbox (a Fluence VM is Stopped at once, a Fluence Cloud storage is forgotten), one never deleted.
PENDING: dict[tuple[str, str], Maker] = {
    **MAKERS,
    ("fluence", "vmsStopped"): _vms,
    ("fluence_cloud", "storageRemoved"): _storage,
}
# A resource to send to its failure state: there too, one that was never deleted (it fails instead).
FAILING: dict[tuple[str, str], Maker] = {**MAKERS, ("fluence_cloud", "storageRemoved"): _storage}
# Waiters whose provider documents no failure state (see specs/<provider>/NOTES.md).
NO_FAILURE = {("castai", "nodeDeleted"), ("fluence", "vmsStopped"), ("fluence_cloud", "vmTerminated")}
WAITERS = sorted(MAKERS)


def test_every_declared_waiter_is_exercised() -> None:
    declared = {(p, w) for p in facade.providers() for w in manifest.load(p).waiters}
    assert declared == set(MAKERS), "a waiter without a maker here is an untested waiter"
    for provider, name in declared:
        failing = [a for a in manifest.load(provider).waiters[name].acceptors if a.state == "failure"]
        assert bool(failing) == ((provider, name) not in NO_FAILURE), (provider, name)


@pytest.fixture(scope="module")
def sandboxes() -> Iterator[dict[str, Sandbox]]:
    boxes = {p: Sandbox(p, seed=1, clock_speed=SPEED).start() for p in sorted({p for p, _w in WAITERS})}
    try:
        yield boxes
    finally:
        for sb in boxes.values():
            sb.close()


@pytest.fixture
def sb(sandboxes: dict[str, Sandbox], request: pytest.FixtureRequest) -> Sandbox:
    box = sandboxes[request.node.callspec.params["case"][0]]
    box.faults.clear()
    return box


@pytest.fixture
def client(sb: Sandbox) -> Iterator[facade.Client]:
    with facade.connect(provider_name(sb.provider), base_url=sb.base_url, api_key=sb.api_key) as c:
        yield c


def _watched(answer: Any, waiter: Any) -> Any:
    """The state the waiter watched, read back from the parsed answer (a model or a list of them)."""
    from facade import _jsonpath

    doc = [a.to_dict() for a in answer] if isinstance(answer, list) else answer.to_dict()
    return _jsonpath.find(doc, waiter.watched)


def _fail(sb: Sandbox, made: Made) -> None:
    for item in made.ids or [made.item_id]:
        sb.fail(made.resource, item, parent=made.parent)


def _stall(sb: Sandbox, made: Made) -> None:
    for item in made.ids or [made.item_id]:
        sb.stall(made.resource, item, parent=made.parent)


@pytest.mark.parametrize("case", WAITERS, ids=[f"{p}.{w}" for p, w in WAITERS])
def test_reaches_success(case: tuple[str, str], client: facade.Client, sb: Sandbox) -> None:
    provider, name = case
    waiter = manifest.load(provider).waiters[name]
    made = MAKERS[case](client)
    polls: list[facade.Poll] = []
    started = time.perf_counter()
    answer = client.wait(name, timeout=30, on_poll=polls.append, **PACE, **made.params)
    TIMES[f"{provider}.{name}"] = (time.perf_counter() - started, len(polls))
    assert polls[-1].outcome == "success"
    if answer is not None:  # None: success by status (a 404 once it is gone)
        wanted = {v for a in waiter.acceptors if a.state == "success" for v in a.expected}
        assert set(_watched(answer, waiter)) <= wanted, _watched(answer, waiter)


@pytest.mark.parametrize("case", [c for c in WAITERS if c not in NO_FAILURE], ids=lambda c: f"{c[0]}.{c[1]}")
def test_a_failure_state_raises_waiter_failed(case: tuple[str, str], client: facade.Client, sb: Sandbox) -> None:
    provider, name = case
    made = FAILING[case](client)
    _fail(sb, made)
    with pytest.raises(facade.WaiterFailed) as caught:
        client.wait(name, timeout=30, **PACE, **made.params)
    err = caught.value
    assert (err.provider, err.waiter) == (provider, name)
    assert err.operation == manifest.load(provider).waiters[name].operation
    assert err.acceptor.state == "failure" and err.last is not None and err.last.outcome == "failure"


@pytest.mark.parametrize("case", WAITERS, ids=[f"{p}.{w}" for p, w in WAITERS])
def test_never_getting_there_times_out_within_one_delay(
    case: tuple[str, str], client: facade.Client, sb: Sandbox
) -> None:
    _provider, name = case
    made = PENDING[case](client)
    _stall(sb, made)
    timeout, delay = 0.5, 0.15
    started = time.monotonic()
    with pytest.raises(facade.WaiterTimeout) as caught:
        client.wait(name, timeout=timeout, delay=delay, max_delay=delay, **made.params)
    elapsed = time.monotonic() - started
    assert timeout <= elapsed < timeout + delay + 0.5, elapsed  # + one delay (+ one poll's own time, under load)
    err = caught.value
    assert err.waiter == name and err.last is not None and err.last.outcome == "pending"


@pytest.mark.parametrize("case", WAITERS, ids=[f"{p}.{w}" for p, w in WAITERS])
def test_a_503_while_polling_is_retried_not_fatal(case: tuple[str, str], client: facade.Client, sb: Sandbox) -> None:
    provider, name = case
    operation = manifest.load(provider).waiters[name].operation
    made = MAKERS[case](client)
    served = len(sb.requests)
    # More 503s in a row than the client retries (2): a whole poll fails, and the wait goes on.
    sb.faults.add(operation=operation, status=503, times=4)
    polls: list[facade.Poll] = []
    client.wait(name, timeout=30, on_poll=polls.append, **PACE, **made.params)
    statuses = [r.status for r in sb.requests[served:] if r.operation == operation]
    assert statuses[:4] == [503] * 4 and statuses[-1] != 503
    assert polls[0].status == 503 and polls[0].outcome == "pending" and polls[-1].outcome == "success"


@pytest.mark.parametrize("case", WAITERS, ids=[f"{p}.{w}" for p, w in WAITERS])
async def test_the_async_twin_answers_the_same(case: tuple[str, str], client: facade.Client, sb: Sandbox) -> None:
    provider, name = case
    # One after the other: a resource made later may change an earlier one (a newer plan obsoletes older ones).
    synced = client.wait(name, timeout=30, **PACE, **MAKERS[case](client).params)
    async with facade.aconnect(provider_name(provider), base_url=sb.base_url, api_key=sb.api_key) as aclient:
        assert aclient.waiters == client.waiters
        answered = await aclient.wait(name, timeout=30, **PACE, **MAKERS[case](client).params)
        assert type(answered) is type(synced)
        if synced is not None:
            waiter = manifest.load(provider).waiters[name]
            assert _watched(answered, waiter) == _watched(synced, waiter)
        if case not in NO_FAILURE:
            failing = FAILING[case](client)
            _fail(sb, failing)
            with pytest.raises(facade.WaiterFailed) as caught:
                await aclient.wait(name, timeout=30, **PACE, **failing.params)
            assert caught.value.waiter == name
        stalled = PENDING[case](client)
        _stall(sb, stalled)
        with pytest.raises(facade.WaiterTimeout):
            await aclient.wait(name, timeout=0.3, delay=0.1, max_delay=0.1, **stalled.params)


@pytest.mark.parametrize("case", WAITERS, ids=[f"{p}.{w}" for p, w in WAITERS])
async def test_cancelling_the_async_wait_leaves_nothing_behind(
    case: tuple[str, str], client: facade.Client, sb: Sandbox
) -> None:
    provider, name = case
    made = PENDING[case](client)
    _stall(sb, made)
    polls: list[facade.Poll] = []
    async with facade.aconnect(provider_name(provider), base_url=sb.base_url, api_key=sb.api_key) as aclient:
        task = asyncio.create_task(aclient.wait(name, on_poll=polls.append, **PACE, **made.params))
        while len(polls) < 2:
            await asyncio.sleep(0.02)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        seen = len(polls)
        await asyncio.sleep(0.3)
        assert len(polls) == seen
        assert [t for t in asyncio.all_tasks() if t is not asyncio.current_task()] == []
        pool = aclient._http._transport._inner._pool  # type: ignore[attr-defined]
        assert pool._requests == [] and all(c.is_idle() or c.is_closed() for c in pool.connections)
