"""One realistic workflow per provider, written the way an application would use the SDK.

Only ``facade.connect`` / ``call`` / ``paginate`` / ``wait`` and the generated endpoint modules appear here;
each ``with run.step(...)`` block is one line of the report. Whatever a workflow creates it also
removes, and if a step fails midway the runner removes it (see ``Run.undo_later``), which matters
when the demo is pointed at a real account.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import TypeVar

from castai_client.api.autoscaler_api import (
    autoscaler_api_generate_rebalancing_plan as cast_generate_plan,
)
from castai_client.api.cluster_report_api import (
    cluster_report_api_get_cluster_cost_report as cast_cost_report,
)
from castai_client.api.external_cluster_api import (
    external_cluster_api_get_cluster as cast_get_cluster,
)
from castai_client.api.external_cluster_api import (
    external_cluster_api_list_clusters as cast_list_clusters,
)
from castai_client.api.external_cluster_api import (
    external_cluster_api_list_nodes as cast_list_nodes,
)
from castai_client.api.node_templates_api import (
    node_templates_api_list_node_templates as cast_list_node_templates,
)
from castai_client.api.policies_api import (
    policies_api_get_cluster_policies as cast_get_policies,
)
from cloudapi_client.api.keys import create_key, list_keys, revoke_key
from cloudapi_client.api.projects import list_projects
from cloudapi_client.api.tokens import create_token, revoke_token
from cloudapi_client.api.usage import get_usage
from cloudapi_client.api.users import list_users
from fluence_client.api.marketplace import list_basic_configurations, search_offers
from fluence_client.api.ssh_keys import add_ssh_key, remove_ssh_key
from fluence_client.api.virtual_machines import create_vms, delete_vms, list_vms
from fluence_cloud_client.api.hardware import get_available_clusters, get_vm_configurations
from fluence_cloud_client.api.storage import delete_users_storage, get_users_storage
from fluence_cloud_client.api.v_ms import create_users_vm, terminate_users_vm
from ionet_client.api.api_keys import create_api_key, delete_api_key
from ionet_client.api.caas import (
    deploy_container,
    extend_deployment,
    get_available_replicas,
    get_price_estimate,
    list_deployment_containers,
    list_deployments,
    list_hardware,
)
from ionet_client.api.caas import (
    terminate_deployment as terminate_container_deployment,
)
from stackpoint_client.api.clusters import create_cluster, delete_cluster
from stackpoint_client.api.keysets import list_keysets
from stackpoint_client.api.node_pools import list_node_pools
from stackpoint_client.api.nodes import list_nodes
from stackpoint_client.api.organizations import list_orgs

import facade

from ._runner import Run

# A throwaway ed25519 public key: the demo authorizes it on a VM it deletes right after.
DEMO_SSH_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKgJIjnDg1DjqOOxINs78oU3f7PJXIyq9uiNocNVhXNx demo@compute-clients"
UBUNTU_IMAGE = "https://cloud-images.ubuntu.com/releases/24.04/release/ubuntu-24.04-server-cloudimg-amd64.img"


T = TypeVar("T")


def _suffix() -> str:
    return uuid.uuid4().hex[:6]


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _listed(found: bool) -> str:
    return "is listed" if found else "is NOT listed"


def _statuses(statuses: list[int | None]) -> str:
    return " -> ".join(str(code) if code is not None else "no answer" for code in statuses)


def ionet(run: Run) -> None:
    """io.net: mint a key from a JWT, price and deploy a container, page, read, extend, terminate."""
    minting = run.connect()  # the JWT (TokenAuth) comes from the sandbox or $IOCLOUD_JWT
    with run.step("createApiKey", "mint an API key from the JWT") as s:
        expires = (dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).replace(microsecond=0).isoformat()
        minted = minting.call(
            create_api_key,
            body={
                "description": "compute-clients demo",
                "expires_at": expires,
                "project": "io-cloud",
                "scopes": ["all"],
            },
        )
        if minted.key is None:
            raise ValueError("createApiKey answered without the key's details")
        key_id = minted.key.key_id
        run.undo_later("the minted API key", "deleteApiKey", lambda: minting.call(delete_api_key, key_id=key_id))
        s.done(f"key {minted.key.display}", key_id=str(key_id))

    io = run.connect(api_key=minted.value)  # everything below runs on the freshly minted key
    with run.step("listHardware", "pick a GPU type") as s:
        hardware = list(io.paginate(list_hardware))
        gpu = hardware[0]
        s.done(
            f"{_n(len(hardware), 'GPU type')}, using {gpu.hardware_name}",
            items=len(hardware),
            hardware_id=gpu.hardware_id,
        )

    with run.step("getAvailableReplicas", "check replicas available for 1 GPU") as s:
        locations = io.call(get_available_replicas, hardware_id=int(gpu.hardware_id), hardware_qty=1).data
        where = max(locations, key=lambda loc: loc.available_replicas)
        s.done(f"{where.available_replicas} replicas free in {where.name}", items=len(locations), location_id=where.id)

    with run.step("getPriceEstimate", "quote 1 replica x 1 GPU for 1 h") as s:
        quote = io.call(
            get_price_estimate,
            location_ids=str(where.id),
            hardware_id=int(gpu.hardware_id),
            duration_hours=1,
            gpus_per_container=1,
            replica_count=1,
        ).data
        s.done(f"{quote.total_cost_usdc} USDC", total_cost_usdc=quote.total_cost_usdc)

    with run.step("deployContainer", "deploy a vLLM container") as s:
        deployed = io.call(
            deploy_container,
            body={
                "resource_private_name": f"demo-{_suffix()}",
                "duration_hours": 1,
                "gpus_per_container": 1,
                "hardware_id": int(gpu.hardware_id),
                "location_ids": [where.id],
                "container_config": {"replica_count": 1, "traffic_port": 8000},
                "registry_config": {"image_url": "docker.io/vllm/vllm-openai:latest"},
            },
        )
        deployment_id = deployed.deployment_id
        run.undo_later(
            "the deployment",
            "terminateDeployment",
            lambda: io.call(terminate_container_deployment, deployment_id=deployment_id),
        )
        s.done(f"{deployment_id} {deployed.status}", deployment_id=str(deployment_id), state=str(deployed.status))

    with run.step("listDeployments", "page through every deployment") as s:
        pages = list(io.paginate(list_deployments, limit=100).pages())
        ids = [d.id for page in pages for d in page.items]
        s.done(
            f"{_n(len(ids), 'deployment')} in {_n(len(pages), 'page')}, the new one {_listed(deployment_id in ids)}",
            items=len(ids),
            pages=len(pages),
            found=deployment_id in ids,
        )

    with run.step("getDeployment", "wait until it runs (deploymentRunning)") as s:
        details = run.wait(io, s, "deploymentRunning", deployment_id=deployment_id).data
        s.done(
            f"{details.status} after {_n(s.record.facts['polls'], 'poll')}: {details.total_gpus} GPU, "
            f"{details.compute_minutes_remaining} min left",
            minutes_remaining=details.compute_minutes_remaining,
        )

    with run.step("listDeploymentContainers", "list its containers") as s:
        containers = list(io.paginate(list_deployment_containers, deployment_id=deployment_id))
        s.done(", ".join(f"{c.container_id} {c.status}" for c in containers) or "none yet", items=len(containers))

    with run.step("extendDeployment", "extend it by 1 h") as s:
        extended = io.call(extend_deployment, deployment_id=deployment_id, body={"duration_hours": 1}).data
        gained = extended.compute_minutes_remaining - details.compute_minutes_remaining
        s.done(f"{extended.compute_minutes_remaining} min left (+{gained})", minutes_added=gained)

    with run.step("terminateDeployment", "terminate it") as s:
        ended = io.call(terminate_container_deployment, deployment_id=deployment_id)
        run.undone("the deployment")
        s.done(str(ended.status), state=str(ended.status))

    with run.step("getDeployment", "wait until it is torn down (deploymentTerminated)") as s:
        gone = run.wait(io, s, "deploymentTerminated", deployment_id=deployment_id)
        state = gone.data.status if gone is not None else "gone"
        s.done(f"{state} after {_n(s.record.facts['polls'], 'poll')}", state=str(state))

    with run.step("deleteApiKey", "revoke the minted key") as s:
        minting.call(delete_api_key, key_id=key_id)
        run.undone("the minted API key")
        s.done("revoked")


def castai(run: Run) -> None:
    """CAST AI: page clusters, read one with its nodes, node templates and policies, its cost report, and a plan.

    The rebalancing plan is only generated (what CAST AI would change), never executed: nothing in the
    cluster moves, also against a real account.
    """
    cast = run.connect()
    with run.step("ExternalClusterAPI_ListClusters", "list clusters") as s:
        clusters = list(cast.paginate(cast_list_clusters))
        s.done(_n(len(clusters), "cluster"), items=len(clusters))

    with run.step("ExternalClusterAPI_GetCluster", "read the first cluster") as s:
        cluster = cast.call(cast_get_cluster, cluster_id=str(clusters[0].id))
        cluster_id = str(cluster.id)
        s.done(f"{cluster.name} ({cluster.status})", cluster_id=cluster_id)

    with run.step("ExternalClusterAPI_ListNodes", "page through its nodes") as s:
        pages = list(cast.paginate(cast_list_nodes, cluster_id=cluster_id, limit=10).pages())
        nodes = [n for page in pages for n in page.items]
        kinds = sorted({n.instance_type for n in nodes if isinstance(n.instance_type, str)})
        s.done(
            f"{_n(len(nodes), 'node')} in {_n(len(pages), 'page')}: {', '.join(kinds[:3])}",
            items=len(nodes),
            pages=len(pages),
        )

    with run.step("NodeTemplatesAPI_ListNodeTemplates", "list its node templates") as s:
        templates = list(cast.paginate(cast_list_node_templates, cluster_id=cluster_id))
        s.done(", ".join(str(t.template.name) for t in templates) or "none", items=len(templates))

    with run.step("PoliciesAPI_GetClusterPolicies", "read its autoscaler policies") as s:
        policies = cast.call(cast_get_policies, cluster_id=cluster_id)
        enabled = policies.enabled is True
        s.done(f"autoscaler {'on' if enabled else 'off'}", enabled=enabled)

    end = dt.datetime.now(dt.UTC).replace(minute=0, second=0, microsecond=0)
    start = end - dt.timedelta(days=30)
    with run.step("ClusterReportAPI_GetClusterCostReport", "its compute cost, 30 days") as s:
        report = cast.call(cast_cost_report, cluster_id=cluster_id, start_time=start, end_time=end, step_seconds=86400)
        total = report.summary.total_cost if report.summary else None
        s.done(f"{total} USD over {_n(len(report.items), 'day')}", items=len(report.items), total=total)

    with run.step("AutoscalerAPI_GenerateRebalancingPlan", "ask for a rebalancing plan (not executed)") as s:
        asked = cast.call(cast_generate_plan, cluster_id=cluster_id, body={"minNodes": 1})
        plan_id = str(asked.rebalancing_plan_id)
        s.done(f"plan {plan_id}", plan_id=plan_id)

    with run.step("AutoscalerAPI_GetRebalancingPlan", "wait until it is generated (rebalancingPlanGenerated)") as s:
        plan = run.wait(cast, s, "rebalancingPlanGenerated", cluster_id=cluster_id, rebalancing_plan_id=plan_id)
        s.done(f"{plan.status} after {_n(s.record.facts['polls'], 'poll')}", state=str(plan.status))


def fluence(run: Run) -> None:
    """Fluence: find offers for a basic configuration, add an SSH key, create, list, delete a VM."""
    flu = run.connect()
    with run.step("listBasicConfigurations", "pick the smallest configuration") as s:
        configurations = list(flu.paginate(list_basic_configurations))
        basic = configurations[0]
        s.done(basic, items=len(configurations), configuration=basic)

    with run.step("searchOffers", f"search offers for {basic}") as s:
        offers = list(flu.paginate(search_offers, body={"basicConfiguration": basic}))
        cheapest = min(offers, key=lambda o: float(o.configuration.price))
        where = cheapest.datacenter
        s.done(
            f"{_n(len(offers), 'offer')}, cheapest {cheapest.configuration.price} USD/epoch in {where.country_code}",
            items=len(offers),
        )

    with run.step("addSshKey", "add an SSH key") as s:
        key = flu.call(add_ssh_key, body={"name": f"demo-{_suffix()}", "publicKey": DEMO_SSH_KEY})
        run.undo_later(
            "the SSH key", "removeSshKey", lambda: flu.call(remove_ssh_key, body={"fingerprint": key.fingerprint})
        )
        s.done(key.fingerprint, fingerprint=key.fingerprint)

    with run.step("createVms", "create a VM") as s:
        made = flu.call(
            create_vms,
            body={
                "instances": 1,
                "constraints": {"basicConfiguration": basic},
                "vmConfiguration": {"name": f"demo-{_suffix()}", "osImage": UBUNTU_IMAGE, "sshKeys": [DEMO_SSH_KEY]},
            },
        )
        vm_id: str = made[0].vm_id
        run.undo_later("the VM", "deleteVms", lambda: flu.call(delete_vms, body={"vmIds": [vm_id]}))
        s.done(f"{made[0].vm_name} {vm_id}", items=len(made), vm_id=vm_id)

    with run.step("listVmStatuses", "wait until it is Active (vmsActive)") as s:
        (status,) = run.wait(flu, s, "vmsActive", ids=vm_id)
        s.done(f"{status.status.value} at {status.public_ip} after {_n(s.record.facts['polls'], 'poll')}")

    with run.step("listVms", "list VMs") as s:
        vms = list(flu.paginate(list_vms))
        mine = next((vm for vm in vms if vm.id == vm_id), None)
        state = mine.status.value if mine is not None else "missing"
        s.done(f"{_n(len(vms), 'VM')}, the new one is {state}", items=len(vms), found=mine is not None)

    with run.step("deleteVms", "delete the VM") as s:
        removed = flu.call(delete_vms, body={"vmIds": [vm_id]})
        run.undone("the VM")
        s.done(f"removed {', '.join(removed.removed_ids)}", items=len(removed.removed_ids))

    with run.step("listVmStatuses", "wait until it has stopped (vmsStopped)") as s:
        ended = run.wait(flu, s, "vmsStopped", ids=vm_id)
        s.done(ended[0].status.value if ended else "gone")

    with run.step("removeSshKey", "remove the SSH key") as s:
        flu.call(remove_ssh_key, body={"fingerprint": key.fingerprint})
        run.undone("the SSH key")
        s.done("removed")


def fluence_cloud(run: Run) -> None:
    """Fluence Cloud (API v0.10): launch a VM of the smallest configuration, terminate it, delete its disk."""
    flu = run.connect()
    with run.step("getAvailableClusters", "pick a cluster") as s:
        clusters = flu.paginate(get_available_clusters).to_list()
        cluster = clusters[0]
        s.done(f"{_n(len(clusters), 'cluster')}, using {cluster.name}", items=len(clusters), cluster_id=cluster.id)

    with run.step("get_vm_configurations", "pick the smallest configuration") as s:
        configurations = flu.paginate(get_vm_configurations).to_list()
        smallest = min(configurations, key=lambda c: (c.vcpu, c.ram_gb))
        slug = smallest.slug.value
        s.done(f"{slug}: {smallest.vcpu} vCPU, {smallest.ram_gb} GB", items=len(configurations), configuration=slug)

    name = f"demo-{_suffix()}"
    disk = {"clusterId": cluster.id, "name": f"{name}-boot", "storageType": "NVME", "volumeGb": 25, "replicated": False}
    with run.step("create_users_vm", "create a VM with a new Ubuntu boot disk") as s:
        body = {"clusterId": cluster.id, "name": name, "configurationId": str(smallest.id)}
        vm = flu.call(create_users_vm, body=body | {"bootDisk": disk | {"osImage": UBUNTU_IMAGE}})
        vm_id, disk_id = vm.id, vm.boot_disk
        run.undo_later("the VM", "terminate_users_vm", lambda: flu.call(terminate_users_vm, vm_id=vm_id))
        s.done(f"{vm.name} {vm.status.value} at {vm.price_hourly_usd} USD/h", vm_id=str(vm_id), state=vm.status.value)

    with run.step("get_users_vm", "wait until it is launched (vmLaunched)") as s:
        vm = run.wait(flu, s, "vmLaunched", vm_id=vm_id)
        polls = s.record.facts["polls"]
        s.done(f"{vm.status.value} after {_n(polls, 'poll')} in {s.elapsed:.1f} s", state=vm.status.value)

    with run.step("terminate_users_vm", "terminate it") as s:
        ended = flu.call(terminate_users_vm, vm_id=vm_id)
        run.undone("the VM")
        if not isinstance(disk_id, uuid.UUID):
            raise ValueError("the VM was answered without its boot disk")
        storage_id = disk_id
        run.undo_later(
            "its boot disk", "delete_users_storage", lambda: flu.call(delete_users_storage, storage_id=storage_id)
        )
        s.done(ended.status.value, state=ended.status.value)

    with run.step("get_users_vm", "wait until it is terminated (vmTerminated)") as s:
        over = run.wait(flu, s, "vmTerminated", vm_id=vm_id)
        state = over.status.value if over is not None else "gone"
        s.done(f"{state} after {_n(s.record.facts['polls'], 'poll')}", state=state)

    with run.step("get_users_storage", "its boot disk outlives it, free (terminate keeps it)") as s:
        boot = flu.call(get_users_storage, storage_id=storage_id)
        s.done(f"{boot.status.value}, attached to {_n(len(boot.attached_to), 'VM')}", attached=len(boot.attached_to))

    with run.step("delete_users_storage", "delete the boot disk") as s:
        removed = flu.call(delete_users_storage, storage_id=storage_id)
        run.undone("its boot disk")
        s.done(removed.status.value, state=removed.status.value)

    with run.step("get_users_storage", "wait until it is removed (storageRemoved)") as s:
        gone = run.wait(flu, s, "storageRemoved", storage_id=storage_id)
        s.done(gone.status.value if gone is not None else "gone (404)")


def cloudapi(run: Run) -> None:
    """CloudAPI: an idempotent create survives a 503, page users, read usage, revoke the key."""
    cloud = run.connect()  # createKey needs the dashboard session: sandbox or $CLOUDAPI_SESSION_TOKEN
    with run.step("listProjects", "pick a project") as s:
        projects = list(cloud.paginate(list_projects))
        project = projects[0]
        s.done(f"{_n(len(projects), 'project')}, using {project.name}", items=len(projects), project_id=project.id)

    name = f"demo-{_suffix()}"
    if run.sandbox is not None:  # the key is made, then the answer is lost in a 503: the retry must not make another
        run.sandbox.faults.add(operation="createKey", status=503, times=1, after=True)
    with run.step("createKey", "create a key (Idempotency-Key) through a 503") as s:
        idempotency_key = f"demo-{uuid.uuid4()}"  # optional: the facade makes one when none is given
        made = cloud.call(
            create_key, body={"name": name, "project_id": project.id}, idempotency_key=idempotency_key
        ).data
        run.undo_later("the key", "revokeKey", lambda: cloud.call(revoke_key, key_id=made.id))
        s.done(f"{made.id} after {_statuses(s.statuses)}", key_id=made.id, idempotency_key=idempotency_key)

    with run.step("listKeys", "check exactly one key was made") as s:
        keys = list(cloud.paginate(list_keys))
        same = [k for k in keys if k.name == name]
        s.done(f"{_n(len(keys), 'key')}, {len(same)} named {name}", items=len(keys), made=len(same))

    with run.step("listUsers", "page through every user") as s:
        pages = list(cloud.paginate(list_users, limit=100).pages())
        users = [u for page in pages for u in page.items]
        s.done(f"{_n(len(users), 'user')} in {_n(len(pages), 'page')}", items=len(users), pages=len(pages))

    with run.step("getUsage", "read this period's usage") as s:
        usage = cloud.call(get_usage).data
        s.done(f"{usage.requests} requests {usage.period_start}..{usage.period_end}", requests=usage.requests)

    with run.step("revokeKey", "revoke the key") as s:
        revoked = cloud.call(revoke_key, key_id=made.id).data
        run.undone("the key")
        s.done(f"revoked={revoked.revoked}", revoked=revoked.revoked)


def stackpoint(run: Run) -> None:
    """StackPointCloud: list orgs, create a cluster, list its nodes and node pools, delete it."""
    spc = run.connect()
    with run.step("listOrgs", "list organizations") as s:
        orgs = list(spc.paginate(list_orgs))
        org = orgs[0]
        s.done(f"{_n(len(orgs), 'org')}, using {org.name}", items=len(orgs), org_id=org.pk)

    with run.step("listKeysets", "find a cloud provider keyset") as s:
        keysets = list(spc.paginate(list_keysets, org_id=org.pk))
        cloud_keys = [k for k in keysets if str(k.category.value) == "provider" and k.entity in _CLUSTER_PROVIDERS]
        keyset = cloud_keys[0]
        s.done(f"{_n(len(keysets), 'keyset')}, using {keyset.name} ({keyset.entity})", items=len(keysets))

    with run.step("createCluster", f"create a cluster on {keyset.entity}") as s:
        cluster = spc.call(
            create_cluster, org_id=org.pk, body=_cluster_body(keyset.entity, keyset.pk, f"demo-{_suffix()}")
        )
        cluster_id = cluster.pk
        run.undo_later(
            "the cluster", "deleteCluster", lambda: spc.call(delete_cluster, org_id=org.pk, cluster_id=cluster_id)
        )
        s.done(f"{cluster.name} #{cluster_id} {cluster.state.value}", cluster_id=cluster_id)

    with run.step("getCluster", "wait until it runs (clusterRunning)") as s:
        running = run.wait(spc, s, "clusterRunning", org_id=org.pk, cluster_id=cluster_id)
        s.done(f"{running.state.value} after {_n(s.record.facts['polls'], 'poll')}", state=running.state.value)

    with run.step("listNodes", "list its nodes") as s:
        nodes = list(spc.paginate(list_nodes, org_id=org.pk, cluster_id=cluster_id))
        roles = sorted({n.role.value for n in nodes})
        s.done(f"{_n(len(nodes), 'node')} ({', '.join(roles)})", items=len(nodes))

    with run.step("listNodePools", "list its node pools") as s:
        pools = list(spc.paginate(list_node_pools, org_id=org.pk, cluster_id=cluster_id))
        s.done(", ".join(f"{p.name} x{p.node_count}" for p in pools) or "none", items=len(pools))

    with run.step("deleteCluster", "delete it") as s:
        spc.call(delete_cluster, org_id=org.pk, cluster_id=cluster_id)
        run.undone("the cluster")
        s.done("deletion accepted")

    with run.step("getCluster", "wait until it is deleted (clusterDeleted)") as s:
        deleted = run.wait(spc, s, "clusterDeleted", org_id=org.pk, cluster_id=cluster_id)
        state = deleted.state.value if deleted is not None else "gone"
        s.done(f"{state} after {_n(s.record.facts['polls'], 'poll')}", state=state)


_CLUSTER_PROVIDERS = ("aws", "azure", "gce", "gke", "aks", "eks")
_SIZES = {
    "aws": "t2.large",
    "eks": "t2.large",
    "azure": "Standard_D2_v2",
    "aks": "Standard_D2_v2",
    "gce": "n1-standard-2",
    "gke": "n1-standard-2",
}
_REGIONS = {
    "aws": "us-west-2",
    "eks": "us-west-2",
    "azure": "eastus",
    "aks": "eastus",
    "gce": "us-central1-a",
    "gke": "us-central1-a",
}


def _cluster_body(provider: str, keyset: int, name: str) -> dict[str, object]:
    gke = provider == "gke"
    return {
        "name": name,
        "provider": provider,
        "provider_keyset": keyset,
        "master_count": 1,
        "master_size": _SIZES[provider],
        "worker_count": 2,
        "worker_size": _SIZES[provider],
        "region": _REGIONS[provider],
        "k8s_version": "v1.13.2",
        "platform": "gci" if gke else "coreos",
        "channel": "stable",
        "etcd_type": "self_hosted",
    }


def faults(run: Run) -> None:
    """Against the CloudAPI sandbox: a 429 with Retry-After is waited out; a 403 is a typed error."""
    assert run.sandbox is not None, "the fault segment needs a sandbox"
    cloud = run.connect()
    run.sandbox.faults.add(operation="getUsage", status=429, retry_after=1, times=1)
    with run.step("getUsage", "429 with Retry-After: 1 is waited out") as s:
        cloud.call(get_usage)
        s.done(f"{_statuses(s.statuses)} in {s.elapsed:.1f} s", waited_s=round(s.elapsed, 2))

    with run.step("createToken", "make a token that may only read usage") as s:
        scoped = cloud.call(create_token, body={"name": f"demo-{_suffix()}", "scopes": ["usage:read"]}).data
        run.undo_later("the token", "revokeToken", lambda: cloud.call(revoke_token, token_id=scoped.id))
        s.done(f"{scoped.id} with scopes {', '.join(str(x.value) for x in scoped.scopes)}", token_id=scoped.id)

    narrow = run.connect(api_key=scoped.token)
    with run.step("listUsers", "list users with it: 403", expect=facade.PermissionDeniedError) as s:
        narrow.call(list_users)
    if s.error is not None:
        s.record.facts.update(status_code=getattr(s.error, "status_code", None), code=getattr(s.error, "code", None))

    with run.step("revokeToken", "revoke the token") as s:
        cloud.call(revoke_token, token_id=scoped.id)
        run.undone("the token")
        s.done("revoked")


WORKFLOWS: dict[str, Callable[[Run], None]] = {
    "ionet": ionet,
    "castai": castai,
    "fluence": fluence,
    "fluence_cloud": fluence_cloud,
    "cloudapi": cloudapi,
    "stackpoint": stackpoint,
    "faults": faults,
}
