"""CAST AI: X-API-Key, {message, fieldViolations} errors, clusters that hibernate and resume, paged nodes.

Clusters, nodes, node configurations and templates, rebalancing jobs and plans live per cluster; seeded
children carry the index of their cluster (``_ci``) and are linked to the seeded cluster ids on first use.
Long-running actions (add, drain or delete a node, hibernate, resume) return an operation that is done on
its second read, and settles its target (the cluster or node) when it is.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from .._engine import Engine, ValidationFailed, now, public
from .._provider import Ctx, Issue, Item, Problem, Provider, Reply, Resource
from .._spec import uuid_from
from ._fake import BASE, hexstr, person, token

ORG_ID = "0c5d8e2a-7f43-4b19-a6d2-93e1f0b4c587"  # the spec's organization example: the caller's organization
SCHEDULE_ID = "1a2b3c4d-5e6f-4708-9a1b-2c3d4e5f6a7b"
TOKEN_ID = "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f"  # noqa: S105 - an id, not a secret
NODES_PER_CLUSTER = 40
CONFIGS_PER_CLUSTER = 3
TEMPLATES_PER_CLUSTER = 3
PLANS_PER_CLUSTER = 12

_BLOCKS = {"eks": "eks", "gke": "gke", "aks": "aks", "kops": "kops", "openshift": "openshift", "oke": "oke",
           "anywhere": "anywhere", "selfhosted": "selfHostedWithEc2Nodes"}  # fmt: skip
_CONFIG_BLOCKS = ("eks", "gke", "aks", "kops")
_CLUSTER_NEXT = {"connecting": "ready", "hibernating": "hibernated", "resuming": "ready", "deleting": "deleted"}
_NODE_NEXT = {"pending": "creating", "creating": "ready", "draining": "cordoned", "deleting": "deleted"}
_PLAN_NEXT = {"generating": "generated", "creating_nodes": "preparing_nodes", "preparing_nodes": "draining_nodes",
              "draining_nodes": "deleting_nodes", "deleting_nodes": "finished"}  # fmt: skip
_ACTIVE = ("ready", "warning")  # cluster states in which CAST AI acts on the cluster
_LEAVING = ("deleting", "deleted")

# (instance type, vCPU, memory MiB, on-demand USD/h, architecture, GPU (maker, model, count, MiB) or None)
_Instance = tuple[str, int, int, float, str, tuple[str, str, int, int] | None]
_CLOUDS: tuple[dict[str, Any], ...] = (
    {"type": "eks", "cloud": "aws", "region": "us-east-1", "display": "US East (N. Virginia)",
     "zones": (("use1-az1", "us-east-1a"), ("use1-az2", "us-east-1b"), ("use1-az4", "us-east-1c"),
               ("use1-az6", "us-east-1d")),
     "k8s": "1.30", "os": "Amazon Linux 2023", "kernel": "6.1.90-99.173.amzn2023", "kubelet": "v1.30.2-eks-1552ad0",
     "instances": (("m5.large", 2, 8192, 0.096, "amd64", None), ("m5.xlarge", 4, 16384, 0.192, "amd64", None),
                   ("c5.2xlarge", 8, 16384, 0.34, "amd64", None), ("r5.xlarge", 4, 32768, 0.252, "amd64", None),
                   ("m6g.xlarge", 4, 16384, 0.154, "arm64", None),
                   ("g4dn.xlarge", 4, 16384, 0.526, "amd64", ("NVIDIA", "T4", 1, 15360)))},
    {"type": "gke", "cloud": "gcp", "region": "europe-west1", "display": "Belgium",
     "zones": (("europe-west1-b", "europe-west1-b"), ("europe-west1-c", "europe-west1-c"),
               ("europe-west1-d", "europe-west1-d")),
     "k8s": "1.29", "os": "Container-Optimized OS from Google", "kernel": "6.1.85+",
     "kubelet": "v1.29.6-gke.1326000",
     "instances": (("e2-standard-4", 4, 16384, 0.134, "amd64", None), ("n2-standard-8", 8, 32768, 0.388, "amd64", None),
                   ("e2-medium", 2, 4096, 0.0335, "amd64", None), ("n2d-highmem-4", 4, 32768, 0.226, "amd64", None),
                   ("t2a-standard-4", 4, 16384, 0.154, "arm64", None),
                   ("g2-standard-4", 4, 16384, 0.707, "amd64", ("NVIDIA", "L4", 1, 23034)))},
    {"type": "aks", "cloud": "azure", "region": "westeurope", "display": "West Europe",
     "zones": (("westeurope-1", "westeurope-1"), ("westeurope-2", "westeurope-2"), ("westeurope-3", "westeurope-3")),
     "k8s": "1.30", "os": "Ubuntu 22.04.4 LTS", "kernel": "5.15.0-1064-azure", "kubelet": "v1.30.3",
     "instances": (("Standard_D2s_v5", 2, 8192, 0.096, "amd64", None),
                   ("Standard_D4s_v5", 4, 16384, 0.192, "amd64", None),
                   ("Standard_E4s_v5", 4, 32768, 0.252, "amd64", None),
                   ("Standard_F8s_v2", 8, 16384, 0.338, "amd64", None),
                   ("Standard_D4ps_v5", 4, 16384, 0.154, "arm64", None),
                   ("Standard_NC4as_T4_v3", 4, 28672, 0.526, "amd64", ("NVIDIA", "T4", 1, 15360)))},
)  # fmt: skip
_ENVS = ("prod", "staging", "dev", "analytics", "ml")
_CONFIG_NAMES = ("default", "spot-nodes", "arm64-nodes")
_TEMPLATE_NAMES = ("default-by-castai", "spot-batch", "arm-workloads")
_TEMPLATE_LABEL, _TEMPLATE_VERSION_LABEL = (
    "scheduling.cast.ai/node-template",
    "scheduling.cast.ai/node-template-version",
)
_FALLBACK_LABEL, _REMOVAL_DISABLED = "scheduling.cast.ai/spot-fallback", "autoscaling.cast.ai/removal-disabled"


# -- errors -------------------------------------------------------------------------------------
def _field(loc: tuple[str | int, ...]) -> str:
    parts = loc[1:] if loc and loc[0] in ("body", "query", "path", "header") else loc
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or (str(loc[0]) if loc else "")


def _error(problem: Problem) -> dict[str, Any]:
    violations = [{"field": _field(i.loc), "description": i.msg} for i in problem.issues]
    return {"message": "invalid request" if violations else problem.message, "fieldViolations": violations}


class _Abort(Exception):
    """Ends a handler with an error reply."""

    def __init__(self, reply: Reply) -> None:
        super().__init__(reply.status)
        self.reply = reply


def _guard(handler: Callable[[Ctx], Reply]) -> Callable[[Ctx], Reply]:
    def run(ctx: Ctx) -> Reply:
        try:
            return handler(ctx)
        except _Abort as exc:
            return exc.reply

    return run


def _fail(ctx: Ctx, status: int, message: str) -> _Abort:
    return _Abort(ctx.problem(status, {404: "not_found", 409: "conflict"}.get(status, "error"), message))


def _invalid(field: str, message: str) -> ValidationFailed:
    return ValidationFailed(Issue(("body", *field.split(".")), message))


# -- deterministic per-cluster values (seeded children can recompute them from the cluster index) ---------
def _cluster_name(i: int) -> str:
    base = f"{_ENVS[i % len(_ENVS)]}-{_CLOUDS[i % len(_CLOUDS)]['type']}"
    return base if i < len(_ENVS) else f"{base}-{i // len(_ENVS)}"


def _det(name: str, what: str) -> random.Random:
    return random.Random(f"castai:{name}:{what}")


def _account(name: str) -> str:
    return "123456789012" if name == "prod-eks" else str(_det(name, "account").randint(10**11, 10**12 - 1))


def _project(name: str) -> str:
    return f"acme-{name}-{_det(name, 'project').randint(1000, 9999)}"


def _subnets(cloud: dict[str, Any], name: str) -> list[Item]:
    rng = _det(name, "subnets")
    out = []
    for k, (_zid, zone) in enumerate(cloud["zones"][:3]):
        sid = {
            "aws": f"subnet-0{hexstr(rng, 16)}",
            "gcp": f"projects/{_project(name)}/regions/{cloud['region']}/subnetworks/{name}-{k}",
            "azure": f"/subscriptions/{uuid_from(_det(name, 'sub'))}/resourceGroups/{name}/providers/"
            f"Microsoft.Network/virtualNetworks/{name}-vnet/subnets/nodes-{k}",
        }[cloud["cloud"]]
        out.append({"id": sid, "name": f"private-{zone[-1]}", "cidr": f"10.0.{k * 32}.0/19", "zoneName": zone,
                    "public": False})  # fmt: skip
    return out


def _ts(moment: dt.datetime) -> str:
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _parse_time(value: Any) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


# -- seeds --------------------------------------------------------------------------------------
def _provider_block(cloud: dict[str, Any], name: str) -> Item:
    kind = cloud["type"]
    if kind == "eks":
        account = _account(name)
        return {"accountId": account, "region": cloud["region"], "clusterName": name,
                "assumeRoleArn": f"arn:aws:iam::{account}:role/castai-eks-{name}",
                "instanceProfileArn": f"arn:aws:iam::{account}:instance-profile/cast-{name}",
                "securityGroups": [f"sg-0{hexstr(_det(name, 'sg'), 16)}"],
                "subnets": [s["id"] for s in _subnets(cloud, name)], "dnsClusterIp": "10.100.0.10",
                "tags": {}}  # fmt: skip
    if kind == "gke":
        project = _project(name)
        return {"projectId": project, "location": cloud["region"], "region": cloud["region"], "clusterName": name,
                "maxPodsPerNode": 110, "castServiceAccount": f"castai-gke-{hexstr(_det(name, 'sa'), 6)}@{project}"
                ".iam.gserviceaccount.com", "clientServiceAccount": ""}  # fmt: skip
    return {"subscriptionId": uuid_from(_det(name, "sub")), "tenantId": uuid_from(_det(name, "tenant")),
            "region": cloud["region"], "nodeResourceGroup": f"MC_{name}_{name}_{cloud['region']}",
            "clusterResourceGroup": name, "maxPodsPerNode": 30, "networkPlugin": "azure", "podCidr": None}  # fmt: skip


def _zones(cloud: dict[str, Any], count: int) -> list[Item]:
    return [{"id": zid, "name": zone} for zid, zone in cloud["zones"][:count]]


def _seed_cluster(rng: random.Random, i: int) -> Item:
    cloud, name = _CLOUDS[i % len(_CLOUDS)], _cluster_name(i)
    created = BASE + dt.timedelta(days=3 * i)
    status = "warning" if i % 5 == 4 else "ready"
    return {
        "_i": i, "name": name, "organizationId": ORG_ID, "credentialsId": uuid_from(rng), "status": status,
        "agentStatus": "non-responding" if status == "warning" else "online",
        "agentSnapshotReceivedAt": _ts(BASE + dt.timedelta(days=200, seconds=15 * i)),
        "providerType": cloud["type"], "region": {"name": cloud["region"], "displayName": cloud["display"]},
        "zones": _zones(cloud, 3), "allRegionZones": _zones(cloud, 4), "subnets": _subnets(cloud, name),
        "createdAt": _ts(created), "deletedAt": None, "firstOperationAt": _ts(created + dt.timedelta(minutes=40)),
        "reconciledAt": _ts(BASE + dt.timedelta(days=200)), "reconcileError": None,
        "reconcileInfo": {"mode": "enabled", "error": None, "errorCount": 0,
                          "reconciledAt": _ts(BASE + dt.timedelta(days=200))},
        "kubernetesVersion": cloud["k8s"], "sshPublicKey": None, "providerNamespaceId": uuid_from(rng),
        "managedBy": rng.choice(("terraform", "terraform", "console")), "isPhase2": True,
        "castwareInstallMethod": "OPERATOR", "tags": {"team": rng.choice(("platform", "data", "web")),
                                                      "env": _ENVS[i % len(_ENVS)]},
        cloud["type"]: _provider_block(cloud, name),
    }  # fmt: skip


def _node_name(rng: random.Random, cloud: dict[str, Any], cluster: str, managed: bool, ip: str) -> str:
    if cloud["cloud"] == "aws":
        return f"ip-{ip.replace('.', '-')}.ec2.internal"
    pool = "castai" if managed else "default-pool"
    if cloud["cloud"] == "gcp":
        return f"gke-{cluster}-{pool}-{hexstr(rng, 8)}-{token(rng, 4)}"
    return f"aks-{'castai' if managed else 'system'}-{rng.randint(10**7, 10**8 - 1)}-vmss{token(rng, 6)}"


def _make_node(rng: random.Random, ci: int, j: int, cluster: str, when: dt.datetime, **over: Any) -> Item:
    cloud = _CLOUDS[ci % len(_CLOUDS)]
    instances: tuple[_Instance, ...] = cloud["instances"]
    itype, cpu, mem, price, arch, gpu = instances[5] if j % 13 == 7 else rng.choice(instances[:5])
    managed = j >= 3
    spot = managed and gpu is None and rng.random() < 0.45
    fallback = managed and not spot and j % 10 == 9
    _zid, zone = cloud["zones"][j % 3]
    ip = f"10.0.{(j % 3) * 32 + rng.randint(0, 31)}.{rng.randint(1, 254)}"
    name = _node_name(rng, cloud, cluster, managed, ip)
    phase = "ready" if j in (0, 1, 2) or j % 17 != 11 else "cordoned"
    phase = "not_ready" if j % 19 == 13 else phase
    template = _TEMPLATE_NAMES[2] if arch == "arm64" else _TEMPLATE_NAMES[1] if spot else _TEMPLATE_NAMES[0]
    labels = {"kubernetes.io/os": "linux", "kubernetes.io/arch": arch, "node.kubernetes.io/instance-type": itype,
              "topology.kubernetes.io/zone": zone, "topology.kubernetes.io/region": cloud["region"]}  # fmt: skip
    taints = []
    if managed:
        labels.update({"provisioner.cast.ai/managed-by": "cast.ai", _TEMPLATE_LABEL: template,
                       _TEMPLATE_VERSION_LABEL: str(1 + _TEMPLATE_NAMES.index(template))})  # fmt: skip
        if spot:
            labels["scheduling.cast.ai/spot"] = "true"
            if template == "spot-batch":
                taints.append({"key": "scheduling.cast.ai/spot", "value": "true", "effect": "NoSchedule"})
        if fallback:
            labels[_FALLBACK_LABEL] = "true"
        if j % 23 == 5:
            labels[_REMOVAL_DISABLED] = "true"
    if gpu:
        taints.append({"key": "nvidia.com/gpu", "value": "true", "effect": "NoSchedule"})
    instance_id = {"aws": f"i-0{hexstr(rng, 16)}", "gcp": name, "azure": f"{name}_{j}"}[cloud["cloud"]]
    provider_id = {"aws": f"aws:///{zone}/{instance_id}", "gcp": f"gce://{_project(cluster)}/{zone}/{name}",
                   "azure": f"azure:///subscriptions/{uuid_from(_det(cluster, 'sub'))}/resourceGroups/mc_{cluster}/"
                   f"providers/Microsoft.Compute/virtualMachineScaleSets/{name}"}[cloud["cloud"]]  # fmt: skip
    node_price = price * rng.uniform(0.28, 0.42) if spot else price
    alloc_cpu, alloc_mem = cpu * 1000 - 70 - 10 * cpu, int(mem * 0.88)
    node = {
        "_ci": ci, "_odPrice": price, "_fallback": fallback, "name": name, "instanceType": itype,
        "instanceId": instance_id, "instanceName": f"castai-{cluster}-{hexstr(rng, 6)}" if managed else None,
        "instancePrice": f"{node_price:.4f}", "instanceArchitecture": arch, "instanceLabels": {},
        "role": "worker", "state": {"phase": phase}, "spotConfig": {"isSpot": spot, "price": ""},
        "cloud": cloud["cloud"], "zone": zone, "subnetId": _subnets(cloud, cluster)[j % 3]["id"],
        "providerId": provider_id, "labels": labels, "annotations": {"node.alpha.kubernetes.io/ttl": "0"},
        "taints": taints, "unschedulable": phase == "cordoned", "createdAt": _ts(when),
        "joinedAt": _ts(when + dt.timedelta(seconds=150)),
        "resources": {"cpuCapacityMilli": cpu * 1000, "cpuAllocatableMilli": alloc_cpu,
                      "cpuRequestsMilli": int(alloc_cpu * rng.uniform(0.35, 0.9)), "memCapacityMib": mem,
                      "memAllocatableMib": alloc_mem, "memRequestsMib": int(alloc_mem * rng.uniform(0.3, 0.85)),
                      "bandwidthCapacityMbps": 10000 if cpu < 8 else 12500},
        "network": {"privateIp": ip, "publicIp": ""},
        "nodeInfo": {"architecture": arch, "operatingSystem": "linux", "osImage": cloud["os"],
                     "kernelVersion": cloud["kernel"] + (".aarch64" if arch == "arm64" else ".x86_64"),
                     "containerRuntimeVersion": "containerd://1.7.11", "kubeletVersion": cloud["kubelet"],
                     "kubeProxyVersion": cloud["kubelet"]},
        "gpuInfo": {"gpuDevices": [{"manufacturer": gpu[0], "name": gpu[1], "count": gpu[2], "memoryMib": gpu[3]}]
                    if gpu else []},
        "nodeConfigurationId": None, "addedBy": rng.choice(("autoscaler", "autoscaler", "rebalancer")) if managed
        else "user",
    }  # fmt: skip
    node.update(over)
    return node


def _seed_node(rng: random.Random, i: int) -> Item:
    ci, j = divmod(i, NODES_PER_CLUSTER)
    return _make_node(rng, ci, j, _cluster_name(ci), BASE + dt.timedelta(days=150, minutes=97 * j + 13 * ci))


def _config_block(cloud: dict[str, Any], name: str, k: int) -> Item:
    if cloud["type"] == "eks":
        return {"instanceProfileArn": f"arn:aws:iam::{_account(name)}:instance-profile/cast-{name}",
                "securityGroups": [f"sg-0{hexstr(_det(name, 'sg'), 16)}"], "keyPairId": None, "dnsClusterIp": None,
                "imageFamily": "FAMILY_AL2023" if k != 1 else "FAMILY_BOTTLEROCKET", "volumeType": "gp3",
                "volumeIops": 3000, "volumeThroughput": 125, "volumeKmsKeyArn": None, "imdsV1": False,
                "imdsHopLimit": 2, "maxPodsPerNodeFormula": None}  # fmt: skip
    if cloud["type"] == "gke":
        return {"diskType": "pd-balanced", "maxPodsPerNode": 110, "networkTags": [f"{name}-nodes"],
                "zones": [], "minCpuPlatform": None, "useEphemeralStorageLocalSsd": False}  # fmt: skip
    return {"maxPodsPerNode": 30, "podSubnetId": None, "networkSecurityGroupId": None, "enableEncryptionAtHost": False,
            "applicationSecurityGroupIds": []}  # fmt: skip


def _seed_config(rng: random.Random, i: int) -> Item:
    ci, k = divmod(i, CONFIGS_PER_CLUSTER)
    cloud, cluster = _CLOUDS[ci % len(_CLOUDS)], _cluster_name(ci)
    created = BASE + dt.timedelta(days=3 * ci, minutes=50 + 30 * k)
    return {"_ci": ci, "name": _CONFIG_NAMES[k % 3] + ("" if k < 3 else f"-{k}"), "version": rng.randint(1, 4),
            "default": k == 0, "createdAt": _ts(created), "updatedAt": _ts(created + dt.timedelta(days=40 + k)),
            "subnets": [s["id"] for s in _subnets(cloud, cluster)], "tags": {"team": "platform", "cluster": cluster},
            "image": None, "initScript": None, "sshPublicKey": None, "minDiskSize": 100, "diskCpuRatio": 5 * (k % 2),
            "drainTimeoutSec": 60 if k else None, "containerRuntime": "CONTAINERD",
            "kubeletConfig": {"eventRecordQPS": 10} if k == 0 else None, "dockerConfig": None,
            cloud["type"]: _config_block(cloud, cluster, k)}  # fmt: skip


def _seed_template(rng: random.Random, i: int) -> Item:
    ci, k = divmod(i, TEMPLATES_PER_CLUSTER)
    cloud = _CLOUDS[ci % len(_CLOUDS)]
    name = _TEMPLATE_NAMES[k % 3] + ("" if k < 3 else f"-{k}")
    spot, arm = k % 3 == 1, k % 3 == 2
    return {
        "_ci": ci, "_key": name if ci == 0 else f"{name}@{ci}", "_config": _CONFIG_NAMES[2 if arm else 0],
        "name": name, "version": str(k + 1), "configurationName": _CONFIG_NAMES[2 if arm else 0],
        "isDefault": k == 0, "isEnabled": True, "shouldTaint": spot, "customLabels": {} if k == 0 else {"pool": name},
        "customTaints": [{"key": "dedicated", "value": "batch", "effect": "NoSchedule"}] if spot else [],
        "constraints": {"spot": spot, "onDemand": not spot, "useSpotFallbacks": spot,
                        "fallbackRestoreRateSeconds": 1800 if spot else None, "minCpu": 2, "maxCpu": 32 if k else None,
                        "minMemory": None, "maxMemory": None, "architectures": ["arm64" if arm else "amd64"],
                        "os": ["linux"], "azs": [z[1] for z in cloud["zones"][:3]], "isGpuOnly": False,
                        "computeOptimized": None, "storageOptimized": None,
                        "enableSpotDiversity": spot and rng.random() < 0.5,
                        "spotDiversityPriceIncreaseLimitPercent": 20 if spot else None,
                        "spotInterruptionPredictionsEnabled": spot},
        "customInstancesEnabled": False, "customInstancesWithExtendedMemoryEnabled": False, "clmEnabled": False,
        "stopEnabled": False, "gpu": {"enableTimeSharing": False, "defaultSharedClientsPerGpu": None,
                                      "userManagedGpuDrivers": None},
        "edgeLocationIds": [],
    }  # fmt: skip


_SCHEDULES = (
    ("nightly-rebalance", "0 3 * * *", 15.0),
    ("weekend-deep", "0 4 * * 6", 5.0),
    ("business-hours-spot", "0 9 * * 1-5", 20.0),
)


def _seed_schedule(rng: random.Random, i: int) -> Item:
    name, cron, savings = _SCHEDULES[i % 3]
    extra = {"id": SCHEDULE_ID} if i == 0 else {}
    return {
        "_i": i, "name": name if i < 3 else f"{name}-{i}", "schedule": {"cron": cron},
        "triggerConditions": {"savingsPercentage": savings, "ignoreSavings": False},
        "launchConfiguration": {"nodeTtlSeconds": 3600 * (1 + i % 3), "numTargetedNodes": 10 * (1 + i % 2),
                                "rebalancingOptions": {"minNodes": 3, "executionConditions": {
                                    "enabled": True, "achievedSavingsPercentage": 10}, "keepDrainTimeoutNodes": False,
                                    "evictGracefully": i % 2 == 0, "aggressiveMode": False, "maxSimultaneousDrains": 5},
                                "selector": {"nodeSelectorTerms": [{"matchExpressions": [{
                                    "key": "scheduling.cast.ai/spot", "operator": "Exists", "values": []}]}]}
                                if i % 3 == 2 else {"nodeSelectorTerms": []},
                                "targetNodeSelectionAlgorithm": "TargetNodeSelectionAlgorithmNormalizedPrice"},
        "lastTriggerAt": _ts(BASE + dt.timedelta(days=199, hours=3)),
        "nextTriggerAt": _next_cron(cron, BASE + dt.timedelta(days=200)),
        "jobs": [], **extra,
    }  # fmt: skip


def _seed_job(rng: random.Random, i: int) -> Item:
    return {"_ci": i, "_si": i, "rebalancingPlanId": "", "enabled": i % 4 != 3,
            "status": "JobStatusFinished" if i % 2 == 0 else "JobStatusSkipped",
            "lastTriggerAt": _ts(BASE + dt.timedelta(days=199, hours=3)),
            "nextTriggerAt": _ts(BASE + dt.timedelta(days=200, hours=3))}  # fmt: skip


def _seed_plan(rng: random.Random, i: int) -> Item:
    ci, j = divmod(i, PLANS_PER_CLUSTER)
    created = BASE + dt.timedelta(days=200 - 2 * j, hours=ci)
    status = "generated" if j == 0 else rng.choice(("finished", "finished", "finished", "finished", "obsolete",
                                                     "partially_finished", "error"))  # fmt: skip
    ran = status not in ("generated", "obsolete")
    return {"_ci": ci, "status": status, "minNodes": 3, "createdAt": _ts(created),
            "generatedAt": _ts(created + dt.timedelta(seconds=20)),
            "triggeredAt": _ts(created + dt.timedelta(minutes=5)) if ran else None,
            "finishedAt": _ts(created + dt.timedelta(minutes=5 + rng.randint(8, 40))) if ran else None}  # fmt: skip


def _seed_operation(rng: random.Random, i: int) -> Item:
    created = BASE + dt.timedelta(days=190, hours=5 * i)
    failed = i % 7 == 3
    finished = created + dt.timedelta(seconds=rng.randint(40, 400))
    return {"done": True, "createdAt": _ts(created), "finishedAt": _ts(finished),
            "_failed": failed, "error": {"reason": "insufficient_capacity",
                                         "details": "no spot capacity for m5.large in us-east-1a"}}  # fmt: skip


_TOKENS = (("terraform-ci", False, True), ("grafana-readonly", True, True), ("github-actions", False, True),
           ("local-dev", False, False))  # fmt: skip


def _seed_token(rng: random.Random, i: int) -> Item:
    name, readonly, active = _TOKENS[i % len(_TOKENS)]
    _full, email = person(rng, i)
    created = BASE + dt.timedelta(days=20 * i)
    return {"id": TOKEN_ID if i == 0 else uuid_from(rng), "name": name if i < len(_TOKENS) else f"{name}-{i}",
            "readonly": readonly, "active": active, "createdAt": _ts(created), "createdBy": email,
            "expiresAt": _ts(created + dt.timedelta(days=365)) if i % 2 else None,
            "lastUsedAt": _ts(BASE + dt.timedelta(days=200, minutes=i)) if active else None,
            "organizationId": ORG_ID, "token": None, "tokenPrefix": hexstr(rng, 6)}  # fmt: skip


_ORGS = (("Acme Platform", "ORGANIZATION_TYPE_DEFAULT", "owner", "standard"),
         ("Acme Data Science", "ORGANIZATION_TYPE_CHILD", "member", "standard"),
         ("Globex Partners", "ORGANIZATION_TYPE_ENTERPRISE", "viewer", "enterprise"))  # fmt: skip


def _seed_org(rng: random.Random, i: int) -> Item:
    name, kind, role, billing = _ORGS[i % len(_ORGS)]
    parent = ORG_ID if kind == "ORGANIZATION_TYPE_CHILD" else None
    return {"id": ORG_ID if i == 0 else uuid_from(rng), "name": name if i < len(_ORGS) else f"{name} {i}",
            "createdAt": _ts(BASE - dt.timedelta(days=90 - 10 * i)), "parentId": parent, "type": kind,
            "billingType": billing, "metadata": {"parentOrganizationId": parent, "partnerTenantId": None},
            "_role": role}  # fmt: skip


def _next_cron(cron: str, after: dt.datetime) -> str:
    """The next time a ``M H * * D`` cron fires after ``after`` (minute and hour only; other forms: +1h)."""
    parts = cron.split()
    if len(parts) == 5 and parts[0].isdigit() and parts[1].isdigit():
        moment = after.replace(minute=int(parts[0]), hour=int(parts[1]), second=0, microsecond=0)
        if moment <= after:
            moment += dt.timedelta(days=1)
        return _ts(moment)
    return _ts(after.replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=1))


# -- linking seeded children to their clusters ----------------------------------------------------------------
def _coll(ctx: Ctx, name: str) -> Any:
    return ctx.state.store.collection(name)


def _trim(item: Item, keep: str | None, blocks: Any) -> None:
    for block in blocks:
        if block != keep:
            item.pop(block, None)


def _link(ctx: Ctx) -> None:
    store = ctx.state.store
    with store.lock:
        if store.extra.get("castai_linked"):
            return
        clusters = sorted((c for c in store.collection("clusters").values() if "_i" in c), key=lambda c: c["_i"])
        for c in clusters:
            _trim(c, _BLOCKS.get(c["providerType"]), _BLOCKS.values())
            c["clusterNameId"] = f"{c['name']}-{c['id'][:8]}"
        by_index = [c["id"] for c in clusters]
        for name in ("nodes", "node_configurations", "node_templates", "rebalancing_jobs", "rebalancing_plans"):
            for item in store.collection(name).values():
                if "_ci" in item and "_cluster" not in item and by_index:
                    item["_cluster"] = by_index[item["_ci"] % len(by_index)]
                    if name in ("rebalancing_jobs", "rebalancing_plans"):
                        item["clusterId"] = item["_cluster"]
        kinds = {c["id"]: c["providerType"] for c in clusters}
        configs: dict[tuple[str, str], Item] = {}
        for cfg in store.collection("node_configurations").values():
            if "_ci" in cfg:
                _trim(cfg, kinds.get(cfg.get("_cluster", "")), _CONFIG_BLOCKS)
            configs[(cfg.get("_cluster", ""), cfg["name"])] = cfg
        for tpl in store.collection("node_templates").values():
            found = configs.get((tpl.get("_cluster", ""), tpl.pop("_config", "")))
            if found is not None and "_ci" in tpl:
                tpl["configurationId"] = found["id"]
        for node in store.collection("nodes").values():
            if "_ci" in node and node["labels"].get("provisioner.cast.ai/managed-by"):
                wanted = "arm64-nodes" if node["instanceArchitecture"] == "arm64" else "default"
                found = configs.get((node.get("_cluster", ""), wanted))
                node["nodeConfigurationId"] = found["id"] if found else None
        schedules = sorted(store.collection("rebalancing_schedules").values(), key=lambda s: s.get("_i", 0))
        for job in store.collection("rebalancing_jobs").values():
            if "_si" in job and schedules:
                job["rebalancingScheduleId"] = schedules[job.pop("_si") % len(schedules)]["id"]
        for op in store.collection("operations").values():
            if not op.get("_failed"):
                op.pop("error", None)
        store.extra["castai_linked"] = True


# -- clusters -----------------------------------------------------------------------------------------------
def _cluster(ctx: Ctx, *, gone_ok: bool = False) -> Item:
    item: Item | None = _coll(ctx, "clusters").get(ctx.path_params.get("clusterId", ""))
    if item is None or (item["status"] == "deleted" and not gone_ok):
        raise _fail(ctx, 404, "cluster not found")
    return item


def _step(item: Item, state: str, moves: dict[str, str]) -> str | None:
    """The next state of an item on a read (None: stays); a fresh item shows its first state once."""
    if state not in moves:
        return None
    if item.pop("_fresh", False):
        return None
    return moves[state]


def _enter_cluster(ctx: Ctx, cluster: Item, status: str) -> None:
    previous = cluster["status"]
    cluster["status"] = status
    if status == "ready":
        cluster.update(agentStatus="online", agentSnapshotReceivedAt=now(), isPhase2=True)
        if previous == "connecting":
            cluster["firstOperationAt"] = now()
            ci = {c["type"]: n for n, c in enumerate(_CLOUDS)}.get(cluster["providerType"], 0)
            for j in range(3):  # the agent's first snapshot reports the cluster's existing nodes
                _add_node(ctx, cluster, _make_node(ctx.rng, ci, j, cluster["name"], dt.datetime.now(dt.UTC),
                                                   addedBy="user"))  # fmt: skip
    elif status == "hibernated":
        for node in _nodes_of(ctx, cluster["id"]):
            if node["role"] == "worker":
                node["state"]["phase"] = "deleted"
    elif status == "deleted":
        cluster.update(deletedAt=now(), agentStatus="disconnected")


def _advance_cluster(ctx: Ctx, cluster: Item) -> None:
    nxt = _step(cluster, cluster["status"], _CLUSTER_NEXT)
    if nxt:
        _enter_cluster(ctx, cluster, nxt)
    if cluster.get("agentStatus") == "disconnecting" and not cluster.pop("_agent_fresh", False):
        cluster["agentStatus"] = "disconnected"


def _render_cluster(cluster: Item) -> Item:
    return public(cluster)


def list_clusters(ctx: Ctx) -> Reply:
    wanted = set(ctx.query.get("credentialsId") or [])
    items = [_render_cluster(c) for c in _coll(ctx, "clusters").values()
             if c["status"] != "deleted" and (not wanted or c.get("credentialsId") in wanted)]  # fmt: skip
    return Reply(200, {"items": items})


def _one_block(body: Item) -> str:
    given = [k for k, block in _BLOCKS.items() if isinstance(body.get(block), dict)]
    if len(given) != 1:
        raise _invalid("eks" if not given else _BLOCKS[given[1]], "exactly one provider block must be set"
                       + (f", got {', '.join(_BLOCKS[g] for g in given)}" if given else ""))  # fmt: skip
    return given[0]


def register_cluster(ctx: Ctx) -> Reply:
    body: Item = ctx.body
    kind = _one_block(body)
    clusters = _coll(ctx, "clusters")
    cid = str(body.get("id") or uuid_from(ctx.rng))
    if clusters.get(cid) is not None:
        raise _fail(ctx, 409, f"cluster {cid} already exists")
    block = dict(body[_BLOCKS[kind]])
    cloud = next((c for c in _CLOUDS if c["type"] == kind), None)
    region = str(block.get("region") or block.get("location") or (cloud["region"] if cloud else ""))
    display = cloud["display"] if cloud and cloud["region"] == region else region
    zones = [{"id": z, "name": z} for z in ((f"{region}a", f"{region}b", f"{region}c") if kind == "eks" else
             (f"{region}-b", f"{region}-c", f"{region}-d") if kind == "gke" else
             (f"{region}-1", f"{region}-2", f"{region}-3"))] if region else []  # fmt: skip
    stamp = now()
    cluster = {
        "id": cid, "name": body["name"], "organizationId": str(body.get("organizationId") or ORG_ID),
        "credentialsId": uuid_from(ctx.rng), "status": "connecting", "agentStatus": "waiting-connection",
        "agentSnapshotReceivedAt": stamp, "providerType": kind, "region": {"name": region, "displayName": display},
        "zones": zones, "allRegionZones": zones, "subnets": [], "createdAt": stamp, "deletedAt": None,
        "firstOperationAt": stamp, "reconciledAt": None, "reconcileError": None,
        "reconcileInfo": {"mode": "enabled", "error": None, "errorCount": 0, "reconciledAt": None},
        "kubernetesVersion": None, "sshPublicKey": None, "clusterNameId": f"{body['name']}-{cid[:8]}",
        "providerNamespaceId": uuid_from(ctx.rng), "managedBy": "api", "isPhase2": False,
        "castwareInstallMethod": body.get("castwareInstallMethod") or "CASTWARE_INSTALL_METHOD_UNSPECIFIED",
        "tags": {}, _BLOCKS[kind]: block, "_fresh": True,
    }  # fmt: skip
    if cloud:
        cluster["kubernetesVersion"] = cloud["k8s"]
    clusters.put(cid, cluster)
    # Every cluster gets a default node configuration and template, as CAST AI creates them on registration.
    _new_config(ctx, cluster, {"name": "default"}, default=True)
    return Reply(200, _render_cluster(cluster))


def get_cluster(ctx: Ctx) -> Reply:
    cluster = _cluster(ctx, gone_ok=True)
    _advance_cluster(ctx, cluster)
    return Reply(200, _render_cluster(cluster))


def update_cluster(ctx: Ctx) -> Reply:
    cluster = _cluster(ctx)
    body: Item = ctx.body
    if body.get("credentials"):
        cluster["credentialsId"] = uuid_from(ctx.rng)
    # Only the block of the cluster's own provider applies; blocks for other providers are ignored.
    block = _BLOCKS.get(cluster["providerType"], "")
    if isinstance(body.get(block), dict):
        cluster.setdefault(block, {}).update(body[block])
    return Reply(200, _render_cluster(cluster))


def delete_cluster(ctx: Ctx) -> Reply:
    cluster = _cluster(ctx, gone_ok=True)
    if cluster["status"] not in _LEAVING:
        cluster.update(status="deleting", _fresh=True)
    return Reply(200, {})


def disconnect_cluster(ctx: Ctx) -> Reply:
    cluster = _cluster(ctx)
    if cluster["status"] in _LEAVING or cluster.get("agentStatus") in ("disconnecting", "disconnected"):
        raise _fail(ctx, 409, f"cluster is {cluster['status'] if cluster['status'] in _LEAVING else 'disconnected'}")
    body: Item = ctx.body or {}
    cluster.update(agentStatus="disconnecting", _agent_fresh=True, isPhase2=False)
    if body.get("deleteProvisionedNodes"):
        for node in _nodes_of(ctx, cluster["id"]):
            if node["labels"].get("provisioner.cast.ai/managed-by") and node["state"]["phase"] not in _LEAVING:
                node["state"]["phase"] = "deleting"
    return Reply(200, _render_cluster(cluster))


def reconcile_cluster(ctx: Ctx) -> Reply:
    cluster = _cluster(ctx)
    if cluster["status"] not in (*_ACTIVE, "connecting"):
        raise _fail(ctx, 409, f"cluster is {cluster['status']}")
    stamp = now()
    cluster.update(reconciledAt=stamp, reconcileError=None)
    cluster["reconcileInfo"] = {"mode": "enabled", "error": None, "errorCount": 0, "reconciledAt": stamp}
    return Reply(200, {})


def _new_operation(ctx: Ctx, target: tuple[str, str, str] | None, *, done: bool = False) -> str:
    op_id = uuid_from(ctx.rng)
    stamp = now()
    _coll(ctx, "operations").put(op_id, {"id": op_id, "done": done, "createdAt": stamp,
                                         "finishedAt": stamp if done else None, "_target": target,
                                         "_fresh": not done})  # fmt: skip
    return op_id


def hibernate_cluster(ctx: Ctx) -> Reply:
    cluster = _cluster(ctx)
    mode = ctx.query.get("mode") or "OPERATION_MODE_UNSPECIFIED"
    if cluster["status"] not in _ACTIVE:
        raise _fail(ctx, 409, f"cluster is {cluster['status']}")
    if mode == "OPERATION_MODE_DRY_RUN":
        op_id = _new_operation(ctx, None, done=True)
    else:
        cluster.update(status="hibernating", _fresh=True, _stopControlPlane=bool(ctx.query.get("stopControlPlane")))
        op_id = _new_operation(ctx, ("clusters", cluster["id"], "hibernated"))
    return Reply(200, {"clusterId": cluster["id"], "mode": mode, "operationId": op_id})


def resume_cluster(ctx: Ctx) -> Reply:
    cluster = _cluster(ctx)
    mode = ctx.query.get("mode") or "OPERATION_MODE_UNSPECIFIED"
    # Resuming a cluster that is still hibernating stops the hibernation where it is.
    if cluster["status"] not in ("hibernated", "hibernating"):
        raise _fail(ctx, 409, f"cluster is {cluster['status']}, not hibernated")
    if mode == "OPERATION_MODE_DRY_RUN":
        op_id = _new_operation(ctx, None, done=True)
    else:
        cluster.update(status="resuming", _fresh=True)
        _node_from_config(ctx, cluster, ctx.body)
        op_id = _new_operation(ctx, ("clusters", cluster["id"], "ready"))
    return Reply(200, {"clusterId": cluster["id"], "mode": mode, "operationId": op_id})


def update_cluster_tags(ctx: Ctx) -> Reply:
    cluster = _cluster(ctx)
    cluster["tags"] = dict(ctx.body["tags"])
    return Reply(200, {})


def create_cluster_token(ctx: Ctx) -> Reply:
    _cluster(ctx)
    return Reply(200, {"token": hexstr(ctx.rng, 32)})


# -- nodes and operations ------------------------------------------------------------------------------------
def _nodes_of(ctx: Ctx, cluster_id: str) -> list[Item]:
    return [n for n in _coll(ctx, "nodes").values() if n.get("_cluster") == cluster_id]


def _add_node(ctx: Ctx, cluster: Item, node: Item) -> Item:
    node.pop("_ci", None)
    node.update(id=uuid_from(ctx.rng), _cluster=cluster["id"])
    _coll(ctx, "nodes").put(node["id"], node)
    return node


def _node_from_config(ctx: Ctx, cluster: Item, body: Item) -> Item:
    cloud = next((c for c in _CLOUDS if c["type"] == cluster["providerType"]), _CLOUDS[0])
    ci = _CLOUDS.index(cloud)
    stamp = dt.datetime.now(dt.UTC)
    node = _make_node(ctx.rng, ci, 3, cluster["name"], stamp)
    itype = body["instanceType"]
    known = next((i for i in cloud["instances"] if i[0] == itype), None)
    spot = bool((body.get("spotConfig") or {}).get("isSpot"))
    zone = body.get("zone") or node["zone"]
    labels = {**node["labels"], **(body.get("kubernetesLabels") or {}), "node.kubernetes.io/instance-type": itype,
              "topology.kubernetes.io/zone": zone}  # fmt: skip
    labels.pop(_TEMPLATE_LABEL, None)
    labels.pop(_TEMPLATE_VERSION_LABEL, None)
    labels.pop(_FALLBACK_LABEL, None)
    labels.pop(_REMOVAL_DISABLED, None)
    labels.pop("scheduling.cast.ai/spot", None)
    if spot:
        labels["scheduling.cast.ai/spot"] = "true"
    configs = [c for c in _coll(ctx, "node_configurations").values() if c.get("_cluster") == cluster["id"]]
    config = (
        next((c for c in configs if c["id"] == body.get("configurationId")), None)
        or next((c for c in configs if c["name"] == body.get("configurationName")), None)
        or next((c for c in configs if c["default"]), None)
    )
    price = known[3] if known else 0.1
    node.update(
        instanceType=itype, instancePrice=f"{price * (0.35 if spot else 1):.4f}", _odPrice=price, _fallback=False,
        spotConfig={"isSpot": spot, "price": str((body.get("spotConfig") or {}).get("price") or "")}, zone=zone,
        subnetId=body.get("subnetId") or node["subnetId"], labels=labels, annotations={},
        taints=[dict(t) for t in body.get("kubernetesTaints") or []], unschedulable=False,
        state={"phase": "pending"}, createdAt=_ts(stamp), joinedAt=_ts(stamp), addedBy="api", _fresh=True,
        nodeConfigurationId=config["id"] if config else None,
    )  # fmt: skip
    if known:
        node["resources"].update(cpuCapacityMilli=known[1] * 1000, memCapacityMib=known[2], cpuRequestsMilli=0,
                                 memRequestsMib=0, cpuAllocatableMilli=known[1] * 1000 - 70 - 10 * known[1],
                                 memAllocatableMib=int(known[2] * 0.88))  # fmt: skip
        node["instanceArchitecture"] = known[4]
        labels["kubernetes.io/arch"] = known[4]
    gpu = body.get("gpuConfig") or {}
    if gpu.get("count"):
        node["gpuInfo"] = {"gpuDevices": [{"manufacturer": "NVIDIA", "name": str(gpu.get("type") or "gpu"),
                                           "count": int(gpu["count"]), "memoryMib": 15360}]}  # fmt: skip
    return _add_node(ctx, cluster, node)


def _enter_node(node: Item, phase: str) -> None:
    node["state"]["phase"] = phase
    if phase == "ready":
        node.update(joinedAt=now(), unschedulable=False)
    elif phase == "cordoned":
        node["unschedulable"] = True


def _node(ctx: Ctx) -> Item:
    cluster = _cluster(ctx)
    node: Item | None = _coll(ctx, "nodes").get(ctx.path_params.get("nodeId", ""))
    if node is None or node.get("_cluster") != cluster["id"]:
        raise _fail(ctx, 404, "node not found")
    return node


def _matches(ctx: Ctx, node: Item, configs: dict[str, Item]) -> bool:
    q = ctx.query
    phase = node["state"]["phase"]
    spot, fallback = node["spotConfig"]["isSpot"], node.get("_fallback", False)
    config = configs.get(node.get("nodeConfigurationId") or "")
    lifecycle = q.get("lifecycleType")
    checks = (
        phase != "deleted",
        not q.get("excludeDeleting") or phase != "deleting",
        q.get("nodeId") in (None, node["id"]),
        q.get("nodeStatus") in (None, "node_status_unspecified", phase),
        q.get("instanceType") in (None, node["instanceType"]),
        lifecycle in (None, "lifecycle_type_unspecified")
        or lifecycle == ("spot" if spot else "fallback" if fallback else "on_demand"),
        q.get("removalDisabled") is None or q["removalDisabled"] == (node["labels"].get(_REMOVAL_DISABLED) == "true"),
        q.get("unschedulable") is None or q["unschedulable"] == node["unschedulable"],
        q.get("zone") in (None, node["zone"]),
        q.get("nodeConfigurationName") in (None, config and config["name"]),
        q.get("nodeConfigurationVersion") in (None, config and str(config["version"])),
        q.get("nodeTemplateName") in (None, node["labels"].get(_TEMPLATE_LABEL)),
        q.get("nodeTemplateVersion") in (None, node["labels"].get(_TEMPLATE_VERSION_LABEL)),
        q.get("nodeName") in (None, node["name"]),
    )
    return all(checks)


def _page(ctx: Ctx, resource: str, body: Item, items: list[Item]) -> Reply:
    res = next(r for r in PROVIDER.resources if r.name == resource)
    paged = Engine(ctx, res, "list").page(body, items, public)
    if not paged.get("nextCursor"):
        paged["nextCursor"] = ""  # the spec's string: empty on the last page
    return Reply(200, paged)


def list_nodes(ctx: Ctx) -> Reply:
    cluster = _cluster(ctx)
    configs = {c["id"]: c for c in _coll(ctx, "node_configurations").values() if c.get("_cluster") == cluster["id"]}
    return _page(ctx, "nodes", {}, [n for n in _nodes_of(ctx, cluster["id"]) if _matches(ctx, n, configs)])


def add_node(ctx: Ctx) -> Reply:
    cluster = _cluster(ctx)
    if cluster["status"] not in _ACTIVE:
        raise _fail(ctx, 409, f"cluster is {cluster['status']}")
    node = _node_from_config(ctx, cluster, ctx.body)
    return Reply(200, {"nodeId": node["id"], "operationId": _new_operation(ctx, ("nodes", node["id"], "ready"))})


def get_node(ctx: Ctx) -> Reply:
    node = _node(ctx)
    nxt = _step(node, node["state"]["phase"], _NODE_NEXT)
    if nxt:
        _enter_node(node, nxt)
    return Reply(200, public(node))


def delete_node(ctx: Ctx) -> Reply:
    node = _node(ctx)
    if node["state"]["phase"] in _LEAVING:
        raise _fail(ctx, 409, f"node is {node['state']['phase']}")
    node["state"]["phase"] = "deleting"
    node["_fresh"] = True
    return Reply(200, {"operationId": _new_operation(ctx, ("nodes", node["id"], "deleted"))})


def drain_node(ctx: Ctx) -> Reply:
    node = _node(ctx)
    if node["state"]["phase"] in (*_LEAVING, "pending", "creating", "draining"):
        raise _fail(ctx, 409, f"node is {node['state']['phase']}")
    node.update(unschedulable=True, _fresh=True)
    node["state"]["phase"] = "draining"
    return Reply(200, {"operationId": _new_operation(ctx, ("nodes", node["id"], "cordoned"))})


def get_operation(ctx: Ctx) -> Reply:
    op: Item | None = _coll(ctx, "operations").get(ctx.path_params.get("id", ""))
    if op is None:
        raise _fail(ctx, 404, "operation not found")
    if not op["done"] and not op.pop("_fresh", False):
        op.update(done=True, finishedAt=now())
        _settle(ctx, op.get("_target"))
    return Reply(200, public(op))


def _settle(ctx: Ctx, target: tuple[str, str, str] | None) -> None:
    """Move an operation's target to the state the operation was to reach (if it is still on its way)."""
    if not target:
        return
    kind, item_id, final = target
    item: Item | None = _coll(ctx, kind).get(item_id)
    if item is None:
        return
    item.pop("_fresh", None)
    if kind == "clusters":
        while item["status"] != final and item["status"] in _CLUSTER_NEXT:
            _enter_cluster(ctx, item, _CLUSTER_NEXT[item["status"]])
    else:
        while item["state"]["phase"] != final and item["state"]["phase"] in _NODE_NEXT:
            _enter_node(item, _NODE_NEXT[item["state"]["phase"]])


# -- node configurations and templates -----------------------------------------------------------------------
def _configs(ctx: Ctx, cluster_id: str) -> list[Item]:
    return [c for c in _coll(ctx, "node_configurations").values() if c.get("_cluster") == cluster_id]


def _config(ctx: Ctx) -> Item:
    cluster = _cluster(ctx)
    cfg: Item | None = _coll(ctx, "node_configurations").get(ctx.path_params.get("id", ""))
    if cfg is None or cfg.get("_cluster") != cluster["id"]:
        raise _fail(ctx, 404, "node configuration not found")
    return cfg


def _apply_config(cfg: Item, body: Item, provider_type: str) -> None:
    for key in ("subnets", "tags", "image", "initScript", "sshPublicKey", "diskCpuRatio", "drainTimeoutSec",
                "containerRuntime", "kubeletConfig", "dockerConfig"):  # fmt: skip
        if key in body:
            cfg[key] = body[key]
    if body.get("minDiskSize") is not None:
        cfg["minDiskSize"] = body["minDiskSize"]
    # Only the block of the cluster's own provider applies; blocks for other providers are ignored.
    if provider_type in _CONFIG_BLOCKS and isinstance(body.get(provider_type), dict):
        cfg[provider_type] = {**cfg.get(provider_type, {}), **body[provider_type]}


def _new_config(ctx: Ctx, cluster: Item, body: Item, *, default: bool = False) -> Item:
    if any(c["name"] == body["name"] for c in _configs(ctx, cluster["id"])):
        raise _fail(ctx, 409, f"node configuration {body['name']!r} already exists")
    stamp = now()
    cfg: Item = {"id": uuid_from(ctx.rng), "name": body["name"], "version": 1, "default": default,
                 "createdAt": stamp, "updatedAt": stamp, "subnets": [s["id"] for s in cluster.get("subnets") or []],
                 "tags": {}, "image": None, "initScript": None, "sshPublicKey": None, "minDiskSize": 100,
                 "diskCpuRatio": 0, "drainTimeoutSec": None, "containerRuntime": "CONTAINERD", "kubeletConfig": None,
                 "dockerConfig": None, "_cluster": cluster["id"]}  # fmt: skip
    _apply_config(cfg, body, cluster["providerType"])
    _coll(ctx, "node_configurations").put(cfg["id"], cfg)
    return cfg


def list_configs(ctx: Ctx) -> Reply:
    cluster = _cluster(ctx)
    return Reply(200, {"items": [public(c) for c in _configs(ctx, cluster["id"])]})


def create_config(ctx: Ctx) -> Reply:
    cluster = _cluster(ctx)
    first = not _configs(ctx, cluster["id"])
    return Reply(200, public(_new_config(ctx, cluster, ctx.body, default=first)))


def get_config(ctx: Ctx) -> Reply:
    return Reply(200, public(_config(ctx)))


def update_config(ctx: Ctx) -> Reply:
    cfg = _config(ctx)
    _apply_config(cfg, ctx.body, _cluster(ctx)["providerType"])
    cfg.update(version=int(cfg["version"]) + 1, updatedAt=now())
    return Reply(200, public(cfg))


def delete_config(ctx: Ctx) -> Reply:
    cfg = _config(ctx)
    # The default configuration stays while the cluster does; a cluster being deleted takes it with it.
    if cfg["default"] and _cluster(ctx)["status"] not in _LEAVING:
        raise _fail(ctx, 409, "the default node configuration cannot be deleted")
    _coll(ctx, "node_configurations").pop(cfg["id"])
    return Reply(200, {})


def set_default_config(ctx: Ctx) -> Reply:
    cfg = _config(ctx)
    for other in _configs(ctx, cfg["_cluster"]):
        other["default"] = other is cfg
    return Reply(200, public(cfg))


def _templates(ctx: Ctx, cluster_id: str) -> list[Item]:
    return [t for t in _coll(ctx, "node_templates").values() if t.get("_cluster") == cluster_id]


def _template(ctx: Ctx) -> Item:
    cluster = _cluster(ctx)
    name = ctx.path_params.get("nodeTemplateName", "")
    found = next((t for t in _templates(ctx, cluster["id"]) if t["name"] == name), None)
    if found is None:
        raise _fail(ctx, 404, f"node template {name!r} not found")
    return found


def _apply_template(ctx: Ctx, tpl: Item, body: Item, cluster: Item) -> None:
    for key, value in body.items():
        if key in ("name",) or value is None:
            continue
        tpl[key] = value
    if body.get("configurationId"):
        configs = _configs(ctx, cluster["id"])
        # An id that is not one of the cluster's configurations counts as none given: the default one.
        cfg = next((c for c in configs if c["id"] == body["configurationId"]), None) or next(
            (c for c in configs if c["default"]), None
        )
        if cfg is None:
            tpl.pop("configurationId", None)
        else:
            tpl.update(configurationId=cfg["id"], configurationName=cfg["name"])
    if body.get("isDefault"):
        for other in _templates(ctx, cluster["id"]):
            if other is not tpl:
                other["isDefault"] = False


def _stats(ctx: Ctx, cluster_id: str, name: str, skip: bool) -> Item:
    counts = {"countOnDemand": 0, "countSpot": 0, "countFallback": 0, "countSoleTenant": 0}
    if skip:
        return counts
    for node in _nodes_of(ctx, cluster_id):
        if node["labels"].get(_TEMPLATE_LABEL) == name and node["state"]["phase"] not in _LEAVING:
            kind = "countSpot" if node["spotConfig"]["isSpot"] else "countFallback" if node.get("_fallback") else (
                "countOnDemand")  # fmt: skip
            counts[kind] += 1
    return counts


def list_templates(ctx: Ctx) -> Reply:
    cluster = _cluster(ctx)
    skip, default = bool(ctx.query.get("excludeStats")), bool(ctx.query.get("includeDefault"))
    items = [{"template": public(t), "stats": _stats(ctx, cluster["id"], t["name"], skip)}
             for t in _templates(ctx, cluster["id"]) if default or not t["isDefault"]]  # fmt: skip
    return Reply(200, {"items": items})


def create_template(ctx: Ctx) -> Reply:
    cluster = _cluster(ctx)
    body: Item = ctx.body
    coll = _coll(ctx, "node_templates")
    if any(t["name"] == body["name"] for t in _templates(ctx, cluster["id"])):
        raise _fail(ctx, 409, f"node template {body['name']!r} already exists")
    default = next((c for c in _configs(ctx, cluster["id"]) if c["default"]), None)
    tpl: Item = {"name": body["name"], "version": "1", "configurationId": default["id"] if default else None,
                 "configurationName": default["name"] if default else "default", "isDefault": False,
                 "isEnabled": True, "shouldTaint": True, "customLabels": {}, "customTaints": [],
                 "constraints": {"spot": False, "onDemand": True, "architectures": ["amd64"], "os": ["linux"]},
                 "customInstancesEnabled": False, "customInstancesWithExtendedMemoryEnabled": False,
                 "clmEnabled": False, "stopEnabled": False, "gpu": {"enableTimeSharing": False}, "edgeLocationIds": [],
                 "_cluster": cluster["id"]}  # fmt: skip
    if tpl["configurationId"] is None:
        tpl.pop("configurationId")
    _apply_template(ctx, tpl, body, cluster)
    key = body["name"] if coll.get(body["name"]) is None else f"{body['name']}@{cluster['id']}"
    tpl["_key"] = key
    coll.put(key, tpl)
    return Reply(200, public(tpl))


def update_template(ctx: Ctx) -> Reply:
    tpl = _template(ctx)
    _apply_template(ctx, tpl, ctx.body, _cluster(ctx))
    tpl["version"] = str(int(tpl.get("version") or 0) + 1)
    return Reply(200, public(tpl))


def delete_template(ctx: Ctx) -> Reply:
    tpl = _template(ctx)
    _coll(ctx, "node_templates").pop(tpl["_key"])
    return Reply(200, {})


# -- policies -----------------------------------------------------------------------------------------------
def _default_policies(ctx: Ctx, cluster_id: str) -> Item:
    rng = random.Random(f"castai:{ctx.state.seed}:policies:{cluster_id}")
    spot = rng.random() < 0.7
    return {
        "enabled": True, "isScopedMode": False, "nodeTemplatesPartialMatchingEnabled": False,
        "defaultNodeTemplateVersion": "1",
        "unschedulablePods": {"enabled": True,
                              "headroom": {"enabled": True, "cpuPercentage": 10, "memoryPercentage": 10},
                              "headroomSpot": {"enabled": spot, "cpuPercentage": 10, "memoryPercentage": 10},
                              "nodeConstraints": {"enabled": False, "minCpuCores": 2, "maxCpuCores": 32,
                                                  "minRamMib": 4096, "maxRamMib": 262144},
                              "podPinner": {"enabled": rng.random() < 0.5}, "diskGibToCpuRatio": 0,
                              "customInstancesEnabled": False},
        "spotInstances": {"enabled": spot, "maxReclaimRate": 0, "spotBackups": {"enabled": spot,
                          "spotBackupRestoreRateSeconds": 1800}, "spotDiversityEnabled": False,
                          "spotDiversityPriceIncreaseLimitPercent": 20},
        "nodeDownscaler": {"enabled": True, "emptyNodes": {"enabled": True, "delaySeconds": rng.choice((60, 300, 600))},
                           "evictor": {"enabled": True, "dryRun": False, "aggressiveMode": False, "scopedMode": False,
                                       "cycleInterval": "5m", "nodeGracePeriodMinutes": 5,
                                       "ignorePodDisruptionBudgets": False}},
        "clusterLimits": {"enabled": False, "cpu": {"minCores": 1, "maxCores": rng.choice((100, 200, 400))}},
    }  # fmt: skip


def get_policies(ctx: Ctx) -> Reply:
    cluster = _cluster(ctx)
    stored = ctx.state.store.extra.setdefault("castai_policies", {})
    if cluster["id"] not in stored:
        stored[cluster["id"]] = _default_policies(ctx, cluster["id"])
    return Reply(200, stored[cluster["id"]])


def upsert_policies(ctx: Ctx) -> Reply:
    cluster = _cluster(ctx)
    ctx.state.store.extra.setdefault("castai_policies", {})[cluster["id"]] = dict(ctx.body)
    return Reply(200, dict(ctx.body))


# -- rebalancing schedules, jobs and plans --------------------------------------------------------------------
def _schedule_by_id(ctx: Ctx, schedule_id: str) -> Item:
    found: Item | None = _coll(ctx, "rebalancing_schedules").get(schedule_id)
    if found is None:
        raise _fail(ctx, 404, "rebalancing schedule not found")
    return found


def _live_jobs(ctx: Ctx, schedule_id: str) -> list[Item]:
    """Jobs of a schedule, leaving out those of clusters being deleted (their jobs go with them)."""
    clusters = _coll(ctx, "clusters")
    return [j for j in _coll(ctx, "rebalancing_jobs").values() if j.get("rebalancingScheduleId") == schedule_id
            and (clusters.get(j.get("_cluster", "")) or {}).get("status") not in _LEAVING]  # fmt: skip


def _render_schedule(ctx: Ctx, schedule: Item) -> Item:
    return {**public(schedule), "jobs": [public(j) for j in _live_jobs(ctx, schedule["id"])]}


def list_schedules(ctx: Ctx) -> Reply:
    return Reply(200, {"schedules": [_render_schedule(ctx, s) for s in _coll(ctx, "rebalancing_schedules").values()]})


def _apply_schedule(schedule: Item, body: Item) -> None:
    for key in ("name", "schedule", "triggerConditions", "launchConfiguration"):
        if key in body:
            schedule[key] = body[key]
    schedule["nextTriggerAt"] = _next_cron(schedule["schedule"]["cron"], dt.datetime.now(dt.UTC))


def create_schedule(ctx: Ctx) -> Reply:
    body: Item = ctx.body
    if any(s["name"] == body["name"] for s in _coll(ctx, "rebalancing_schedules").values()):
        raise _fail(ctx, 409, f"rebalancing schedule {body['name']!r} already exists")
    schedule: Item = {"id": uuid_from(ctx.rng), "lastTriggerAt": None, "jobs": []}
    _apply_schedule(schedule, body)
    _coll(ctx, "rebalancing_schedules").put(schedule["id"], schedule)
    return Reply(200, _render_schedule(ctx, schedule))


def get_schedule(ctx: Ctx) -> Reply:
    return Reply(200, _render_schedule(ctx, _schedule_by_id(ctx, ctx.path_params.get("id", ""))))


def update_schedule(ctx: Ctx) -> Reply:
    schedule = _schedule_by_id(ctx, str(ctx.query.get("id") or ""))
    _apply_schedule(schedule, ctx.body)
    return Reply(200, _render_schedule(ctx, schedule))


def delete_schedule(ctx: Ctx) -> Reply:
    schedule = _schedule_by_id(ctx, ctx.path_params.get("id", ""))
    if _live_jobs(ctx, schedule["id"]):
        raise _fail(ctx, 409, "rebalancing schedule still has jobs")
    _coll(ctx, "rebalancing_schedules").pop(schedule["id"])
    return Reply(200, {})


def _job(ctx: Ctx) -> Item:
    cluster = _cluster(ctx)
    job: Item | None = _coll(ctx, "rebalancing_jobs").get(ctx.path_params.get("id", ""))
    if job is None or job.get("_cluster") != cluster["id"]:
        raise _fail(ctx, 404, "rebalancing job not found")
    return job


def list_jobs(ctx: Ctx) -> Reply:
    cluster = _cluster(ctx)
    wanted = ctx.query.get("rebalancingScheduleId")
    jobs = [public(j) for j in _coll(ctx, "rebalancing_jobs").values()
            if j.get("_cluster") == cluster["id"] and wanted in (None, j.get("rebalancingScheduleId"))]  # fmt: skip
    return Reply(200, {"jobs": jobs})


def create_job(ctx: Ctx) -> Reply:
    cluster = _cluster(ctx)
    schedule = _schedule_by_id(ctx, ctx.body["rebalancingScheduleId"])
    job: Item = {"id": uuid_from(ctx.rng), "clusterId": cluster["id"], "rebalancingScheduleId": schedule["id"],
                 "rebalancingPlanId": "", "enabled": ctx.body.get("enabled", True) is not False,
                 "status": "JobStatusPending", "lastTriggerAt": None,
                 "nextTriggerAt": _next_cron(schedule["schedule"]["cron"], dt.datetime.now(dt.UTC)),
                 "_cluster": cluster["id"]}  # fmt: skip
    _coll(ctx, "rebalancing_jobs").put(job["id"], job)
    return Reply(200, public(job))


def get_job(ctx: Ctx) -> Reply:
    return Reply(200, public(_job(ctx)))


def update_job(ctx: Ctx) -> Reply:
    job = _job(ctx)
    schedule = _schedule_by_id(ctx, ctx.body["rebalancingScheduleId"])
    job["rebalancingScheduleId"] = schedule["id"]
    if ctx.body.get("enabled") is not None:
        job["enabled"] = bool(ctx.body["enabled"])
    return Reply(200, public(job))


def delete_job(ctx: Ctx) -> Reply:
    job = _job(ctx)
    _coll(ctx, "rebalancing_jobs").pop(job["id"])
    return Reply(200, {})


def _plans(ctx: Ctx, cluster_id: str) -> list[Item]:
    found = [p for p in _coll(ctx, "rebalancing_plans").values() if p.get("_cluster") == cluster_id]
    return sorted(found, key=lambda p: p["createdAt"], reverse=True)


def _plan(ctx: Ctx) -> Item:
    cluster = _cluster(ctx)
    plan: Item | None = _coll(ctx, "rebalancing_plans").get(ctx.path_params.get("rebalancingPlanId", ""))
    if plan is None or plan.get("_cluster") != cluster["id"]:
        raise _fail(ctx, 404, "rebalancing plan not found")
    return plan


def list_plans(ctx: Ctx) -> Reply:
    return _page(ctx, "rebalancing_plans", {}, _plans(ctx, _cluster(ctx)["id"]))


def generate_plan(ctx: Ctx) -> Reply:
    cluster = _cluster(ctx)
    if cluster["status"] not in _ACTIVE:
        raise _fail(ctx, 409, f"cluster is {cluster['status']}")
    nodes = {n["id"] for n in _nodes_of(ctx, cluster["id"])}
    for wanted in ctx.body.get("rebalancingNodes") or []:
        if wanted["nodeId"] not in nodes:
            raise _invalid("rebalancingNodes.nodeId", f"node {wanted['nodeId']} is not in this cluster")
    for older in _plans(ctx, cluster["id"]):
        if older["status"] in ("generating", "generated"):
            older["status"] = "obsolete"
    plan: Item = {"rebalancingPlanId": uuid_from(ctx.rng), "clusterId": cluster["id"], "status": "generating",
                  "minNodes": int(ctx.body.get("minNodes") or 1), "createdAt": now(), "generatedAt": None,
                  "triggeredAt": None, "finishedAt": None, "_cluster": cluster["id"], "_fresh": True}  # fmt: skip
    _coll(ctx, "rebalancing_plans").put(plan["rebalancingPlanId"], plan)
    return Reply(200, {"rebalancingPlanId": plan["rebalancingPlanId"]})


def get_plan(ctx: Ctx) -> Reply:
    plan = _plan(ctx)
    nxt = _step(plan, plan["status"], _PLAN_NEXT)
    if nxt:
        plan["status"] = nxt
        if nxt == "generated":
            plan["generatedAt"] = now()
        elif nxt == "finished":
            plan["finishedAt"] = now()
    return Reply(200, public(plan))


def execute_plan(ctx: Ctx) -> Reply:
    plan = _plan(ctx)
    if plan["status"] != "generated":
        raise _fail(ctx, 409, f"rebalancing plan is {plan['status']}, not generated")
    plan.update(status="creating_nodes", triggeredAt=now(), _fresh=True)
    return Reply(200, public(plan))


# -- cost and savings reports ---------------------------------------------------------------------------------
def _window(ctx: Ctx) -> tuple[dt.datetime, dt.datetime, int]:
    start, end = _parse_time(ctx.query.get("startTime")), _parse_time(ctx.query.get("endTime"))
    if start is None or end is None:
        field = "startTime" if start is None else "endTime"
        raise ValidationFailed(Issue(("query", field), "must be an RFC 3339 date-time"))
    if end <= start:
        raise ValidationFailed(Issue(("query", "endTime"), "must be after startTime"))
    span = (end - start).total_seconds()
    step = int(ctx.query.get("stepSeconds") or 0) or (3600 if span <= 2 * 86400 else 86400)
    if span / step > 2000:
        raise ValidationFailed(Issue(("query", "stepSeconds"), "too many buckets: use a larger step"))
    return start, end, step


def _buckets(ctx: Ctx) -> tuple[Item, list[tuple[dt.datetime, float, Item]]]:
    cluster = _cluster(ctx)
    start, end, step = _window(ctx)
    factor = 1.0 if ctx.query.get("useListingPrices") else 0.92  # the organization's negotiated discount
    live = [n for n in _nodes_of(ctx, cluster["id"]) if n["state"]["phase"] not in (*_LEAVING, "pending")]
    totals: Item = {"od": [0.0, 0, 0], "spot": [0.0, 0, 0], "fallback": [0.0, 0, 0], "odSpot": 0.0}
    for n in live:
        kind = "spot" if n["spotConfig"]["isSpot"] else "fallback" if n.get("_fallback") else "od"
        totals[kind][0] += float(n.get("instancePrice") or 0) * factor
        totals[kind][1] += n["resources"]["cpuCapacityMilli"] // 1000
        totals[kind][2] += n["resources"]["memCapacityMib"] // 1024
        if kind == "spot":
            totals["odSpot"] += float(n.get("_odPrice") or 0) * factor
    out = []
    moment = start
    while moment < end:
        jitter = random.Random(f"{cluster['id']}:{moment.isoformat()}").uniform(0.85, 1.15)
        hours = min(step, (end - moment).total_seconds()) / 3600
        out.append((moment, hours, {k: (v[0] * jitter, v[1], v[2]) if isinstance(v, list) else v * jitter
                                    for k, v in totals.items()}))  # fmt: skip
        moment += dt.timedelta(seconds=step)
    return cluster, out


def cost_report(ctx: Ctx) -> Reply:
    cluster, buckets = _buckets(ctx)
    items, sums = [], {"od": 0.0, "spot": 0.0, "fallback": 0.0}
    for moment, hours, b in buckets:
        items.append({"timestamp": _ts(moment), "costOnDemand": f"{b['od'][0]:.4f}", "costSpot": f"{b['spot'][0]:.4f}",
                      "costSpotFallback": f"{b['fallback'][0]:.4f}", "cpuCountOnDemand": str(b["od"][1]),
                      "cpuCountSpot": str(b["spot"][1]), "cpuCountSpotFallback": str(b["fallback"][1]),
                      "ramGibOnDemand": str(b["od"][2]), "ramGibSpot": str(b["spot"][2]),
                      "ramGibSpotFallback": str(b["fallback"][2])})  # fmt: skip
        for key in sums:
            sums[key] += b[key][0] * hours
    summary = {"totalCost": f"{sum(sums.values()):.2f}", "totalCostOnDemand": f"{sums['od']:.2f}",
               "totalCostSpot": f"{sums['spot']:.2f}", "totalCostSpotFallback": f"{sums['fallback']:.2f}"}  # fmt: skip
    return Reply(200, {"clusterId": cluster["id"], "items": items, "summary": summary})


def savings_report(ctx: Ctx) -> Reply:
    cluster, buckets = _buckets(ctx)
    items, cost, saved = [], 0.0, 0.0
    for moment, hours, b in buckets:
        spent = (b["od"][0] + b["spot"][0] + b["fallback"][0]) * hours
        downscaling = b["od"][0] * 0.22 * hours
        spot = max(b["odSpot"] - b["spot"][0], 0.0) * hours
        items.append(
            {"timestamp": _ts(moment), "downscalingSavings": f"{downscaling:.2f}", "spotSavings": f"{spot:.2f}"}
        )
        cost, saved = cost + spent, saved + downscaling + spot
    return Reply(200, {"clusterId": cluster["id"], "items": items,
                       "summary": {"totalCost": f"{cost:.2f}", "totalSavings": f"{saved:.2f}"}})  # fmt: skip


# -- API access keys, organizations, the current user --------------------------------------------------------
def _credential_meta(ctx: Ctx) -> Item:
    if ctx.credential is None:
        return {}
    meta: Item = ctx.state.valid.get(ctx.credential[0], {}).get(ctx.credential[1], {})
    return meta


def _token_item(ctx: Ctx) -> Item:
    found: Item | None = _coll(ctx, "auth_tokens").get(ctx.path_params.get("id", ""))
    if found is None:
        raise _fail(ctx, 404, "auth token not found")
    return found


def list_tokens(ctx: Ctx) -> Reply:
    user = ctx.query.get("userId")
    every = ctx.query.get("organizations") == "ALL"
    items = [public(t) for t in _coll(ctx, "auth_tokens").values()
             if (every or t["organizationId"] == ORG_ID) and user in (None, t.get("createdBy"))]  # fmt: skip
    return Reply(200, {"items": items})


def create_token(ctx: Ctx) -> Reply:
    body: Item = ctx.body
    secret = hexstr(ctx.rng, 64)
    expires = body.get("expiresAt")
    if expires is not None and _parse_time(expires) is None:
        raise _invalid("expiresAt", "must be an RFC 3339 date-time")
    item: Item = {"id": uuid_from(ctx.rng), "name": body["name"], "readonly": bool(body["readonly"]), "active": True,
                  "createdAt": now(), "createdBy": _me(ctx)["email"], "expiresAt": expires, "lastUsedAt": None,
                  "organizationId": ORG_ID, "token": None, "tokenPrefix": secret[:6], "_secret": secret}  # fmt: skip
    _coll(ctx, "auth_tokens").put(item["id"], item)
    ctx.state.add_credential("ApiKeyAuth", secret, token_id=item["id"])
    return Reply(200, {**public(item), "token": secret})


def get_token(ctx: Ctx) -> Reply:
    return Reply(200, public(_token_item(ctx)))


def update_token(ctx: Ctx) -> Reply:
    item = _token_item(ctx)
    if "active" in ctx.body:
        item["active"] = bool(ctx.body["active"])
        if item.get("_secret"):
            if item["active"]:
                ctx.state.add_credential("ApiKeyAuth", item["_secret"], token_id=item["id"])
            else:
                ctx.state.revoke_credential("ApiKeyAuth", item["_secret"])
    return Reply(200, public(item))


def delete_token(ctx: Ctx) -> Reply:
    item = _token_item(ctx)
    if item.get("_secret"):
        ctx.state.revoke_credential("ApiKeyAuth", item["_secret"])
    _coll(ctx, "auth_tokens").pop(item["id"])
    return Reply(200, {})


def _org(ctx: Ctx) -> Item:
    found: Item | None = _coll(ctx, "organizations").get(ctx.path_params.get("id", ""))
    if found is None:
        raise _fail(ctx, 404, "organization not found")
    return found


def list_orgs(ctx: Ctx) -> Reply:
    items = [{**public(o), "childOrderId": None, "organizationMember": True, "internal": False,
              "blockEscalatedPrivilege": False, "role": o.get("_role", "owner")}
             for o in _coll(ctx, "organizations").values()]  # fmt: skip
    return Reply(200, {"organizations": items})


def create_org(ctx: Ctx) -> Reply:
    body: Item = ctx.body
    parent = body.get("parentId")
    if parent is not None and _coll(ctx, "organizations").get(parent) is None:
        raise _invalid("parentId", "parent organization not found")
    kind = body.get("type") or ("ORGANIZATION_TYPE_CHILD" if parent else "ORGANIZATION_TYPE_DEFAULT")
    org: Item = {"id": uuid_from(ctx.rng), "name": body["name"], "createdAt": now(), "parentId": parent, "type": kind,
                 "billingType": body.get("billingType") or "standard",
                 "metadata": {"parentOrganizationId": parent, "partnerTenantId": None, **(body.get("metadata") or {})},
                 "_role": "owner"}  # fmt: skip
    _coll(ctx, "organizations").put(org["id"], org)
    return Reply(200, public(org))


def get_org(ctx: Ctx) -> Reply:
    return Reply(200, public(_org(ctx)))


def edit_org(ctx: Ctx) -> Reply:
    org = _org(ctx)
    org["name"] = ctx.body["name"]
    if ctx.body.get("metadata") is not None:
        org["metadata"] = {**org.get("metadata", {}), **ctx.body["metadata"]}
    return Reply(200, public(org))


def delete_org(ctx: Ctx) -> Reply:
    org = _org(ctx)
    _coll(ctx, "organizations").pop(org["id"])
    return Reply(200, {})


def _me(ctx: Ctx) -> Item:
    rng = random.Random(f"castai:{ctx.state.seed}:me")
    full, email = person(rng, 0)
    email = email.replace("0@", "@")
    return {"id": f"auth0|{hexstr(rng, 24)}", "name": full, "email": email, "username": email.split("@")[0],
            "firstLogin": False}  # fmt: skip


def current_user(ctx: Ctx) -> Reply:
    return Reply(200, _me(ctx))


def openapi_document(ctx: Ctx) -> Reply:
    return Reply(200, ctx.state.spec.doc)


# -- auth ---------------------------------------------------------------------------------------------------
def _auth_error(ctx: Ctx, reason: str) -> Reply:
    return ctx.problem(401, "unauthorized", "Unauthorized")


def _authorize(ctx: Ctx) -> Reply | None:
    _link(ctx)
    meta = _credential_meta(ctx)
    token_id = meta.get("token_id")
    if not token_id:
        return None
    with ctx.state.store.lock:
        item: Item | None = _coll(ctx, "auth_tokens").get(token_id)
        if item is None or not item.get("active"):
            return ctx.problem(401, "unauthorized", "Unauthorized")
        expires = _parse_time(item["expiresAt"]) if item.get("expiresAt") else None
        if expires is not None and expires <= dt.datetime.now(dt.UTC):
            return ctx.problem(401, "unauthorized", "Unauthorized")
        item["lastUsedAt"] = now()
        if item.get("readonly") and ctx.op.method != "GET":
            issue = Issue(("header", "X-API-Key"), "this API access key is read-only")
            return ctx.state.error_reply(Problem(403, "forbidden", "Forbidden", issues=(issue,)))
    return None


def _res(name: str, schema: str, ops: dict[str, str], **kw: Any) -> Resource:
    return Resource(name, schema, ops, uuid_from, **kw)


PROVIDER = Provider(
    name="castai",
    error_body=_error,
    credentials=lambda rng: {"ApiKeyAuth": hexstr(rng, 64)},
    auth_status=401,
    validation_status=400,
    malformed_status=400,
    conflict_status=409,
    auth_error=_auth_error,
    authorize=_authorize,
    resources=(
        _res("clusters", "Cluster", {
            "ExternalClusterAPI_ListClusters": "list", "ExternalClusterAPI_GetCluster": "get",
            "ExternalClusterAPI_RegisterCluster": "create", "ExternalClusterAPI_UpdateCluster": "update",
            "ExternalClusterAPI_DeleteCluster": "delete"},
            id_param="clusterId", seed=_seed_cluster, count=3, item_path="$.items"),
        _res("nodes", "Node", {
            "ExternalClusterAPI_ListNodes": "list", "ExternalClusterAPI_GetNode": "get",
            "ExternalClusterAPI_AddNode": "create", "ExternalClusterAPI_DeleteNode": "delete"},
            id_param="nodeId", seed=_seed_node, count=3 * NODES_PER_CLUSTER, item_path="$.items",
            parent_param="clusterId", parent_field="_cluster"),
        _res("operations", "Operation", {"OperationsAPI_GetOperation": "get"}, id_param="id",
             seed=_seed_operation, count=10),
        _res("node_configurations", "NodeConfiguration", {
            "NodeConfigurationAPI_ListConfigurations": "list", "NodeConfigurationAPI_GetConfiguration": "get",
            "NodeConfigurationAPI_CreateConfiguration": "create", "NodeConfigurationAPI_UpdateConfiguration": "update",
            "NodeConfigurationAPI_DeleteConfiguration": "delete"},
            id_param="id", seed=_seed_config, count=3 * CONFIGS_PER_CLUSTER, item_path="$.items",
            parent_param="clusterId", parent_field="_cluster"),
        Resource("node_templates", "NodeTemplate", {
            "NodeTemplatesAPI_ListNodeTemplates": "list", "NodeTemplatesAPI_CreateNodeTemplate": "create",
            "NodeTemplatesAPI_UpdateNodeTemplate": "update", "NodeTemplatesAPI_DeleteNodeTemplate": "delete"},
            lambda rng: "", id_field="_key", id_param="nodeTemplateName", seed=_seed_template,
            count=3 * TEMPLATES_PER_CLUSTER, item_path="$.items", parent_param="clusterId", parent_field="_cluster"),
        _res("rebalancing_schedules", "RebalancingSchedule", {
            "ScheduledRebalancingAPI_ListRebalancingSchedules": "list",
            "ScheduledRebalancingAPI_GetRebalancingSchedule": "get",
            "ScheduledRebalancingAPI_CreateRebalancingSchedule": "create",
            "ScheduledRebalancingAPI_DeleteRebalancingSchedule": "delete"},
            id_param="id", seed=_seed_schedule, count=3, item_path="$.schedules"),
        _res("rebalancing_jobs", "RebalancingJob", {
            "ScheduledRebalancingAPI_ListRebalancingJobs": "list", "ScheduledRebalancingAPI_GetRebalancingJob": "get",
            "ScheduledRebalancingAPI_CreateRebalancingJob": "create",
            "ScheduledRebalancingAPI_UpdateRebalancingJob": "update",
            "ScheduledRebalancingAPI_DeleteRebalancingJob": "delete"},
            id_param="id", seed=_seed_job, count=3, item_path="$.jobs", parent_param="clusterId",
            parent_field="_cluster"),
        _res("rebalancing_plans", "RebalancingPlan", {
            "AutoscalerAPI_ListRebalancingPlans": "list", "AutoscalerAPI_GetRebalancingPlan": "get",
            "AutoscalerAPI_GenerateRebalancingPlan": "create"},
            id_field="rebalancingPlanId", id_param="rebalancingPlanId", seed=_seed_plan, count=3 * PLANS_PER_CLUSTER,
            item_path="$.items", newest_first=True, parent_param="clusterId", parent_field="_cluster"),
        _res("auth_tokens", "AuthToken", {
            "AuthTokenAPI_ListAuthTokens": "list", "AuthTokenAPI_GetAuthToken": "get",
            "AuthTokenAPI_CreateAuthToken": "create", "AuthTokenAPI_UpdateAuthToken": "update",
            "AuthTokenAPI_DeleteAuthToken": "delete"},
            id_param="id", seed=_seed_token, count=4, item_path="$.items"),
        _res("organizations", "Organization", {
            "UsersAPI_ListOrganizations": "list", "UsersAPI_GetOrganization": "get",
            "UsersAPI_CreateOrganization": "create", "UsersAPI_EditOrganization": "update",
            "UsersAPI_DeleteOrganization": "delete"},
            id_param="id", seed=_seed_org, count=3, item_path="$.organizations"),
    ),
    handlers={op: _guard(fn) for op, fn in {
        "ExternalClusterAPI_ListClusters": list_clusters, "ExternalClusterAPI_ListKubernetesClusters": list_clusters,
        "ExternalClusterAPI_RegisterCluster": register_cluster, "ExternalClusterAPI_GetCluster": get_cluster,
        "ExternalClusterAPI_UpdateCluster": update_cluster, "ExternalClusterAPI_DeleteCluster": delete_cluster,
        "ExternalClusterAPI_DisconnectCluster": disconnect_cluster,
        "ExternalClusterAPI_ReconcileCluster": reconcile_cluster,
        "ExternalClusterAPI_TriggerHibernateCluster": hibernate_cluster,
        "ExternalClusterAPI_TriggerResumeCluster": resume_cluster,
        "ExternalClusterAPI_UpdateClusterTags": update_cluster_tags,
        "ExternalClusterAPI_CreateClusterToken": create_cluster_token,
        "ExternalClusterAPI_ListNodes": list_nodes, "ExternalClusterAPI_AddNode": add_node,
        "ExternalClusterAPI_GetNode": get_node, "ExternalClusterAPI_DeleteNode": delete_node,
        "ExternalClusterAPI_DrainNode": drain_node, "OperationsAPI_GetOperation": get_operation,
        "NodeConfigurationAPI_ListConfigurations": list_configs,
        "NodeConfigurationAPI_CreateConfiguration": create_config,
        "NodeConfigurationAPI_GetConfiguration": get_config,
        "NodeConfigurationAPI_UpdateConfiguration": update_config,
        "NodeConfigurationAPI_DeleteConfiguration": delete_config,
        "NodeConfigurationAPI_SetDefault": set_default_config,
        "NodeTemplatesAPI_ListNodeTemplates": list_templates, "NodeTemplatesAPI_CreateNodeTemplate": create_template,
        "NodeTemplatesAPI_UpdateNodeTemplate": update_template, "NodeTemplatesAPI_DeleteNodeTemplate": delete_template,
        "PoliciesAPI_GetClusterPolicies": get_policies, "PoliciesAPI_UpsertClusterPolicies": upsert_policies,
        "ScheduledRebalancingAPI_ListRebalancingSchedules": list_schedules,
        "ScheduledRebalancingAPI_CreateRebalancingSchedule": create_schedule,
        "ScheduledRebalancingAPI_GetRebalancingSchedule": get_schedule,
        "ScheduledRebalancingAPI_UpdateRebalancingSchedule": update_schedule,
        "ScheduledRebalancingAPI_DeleteRebalancingSchedule": delete_schedule,
        "ScheduledRebalancingAPI_ListRebalancingJobs": list_jobs,
        "ScheduledRebalancingAPI_CreateRebalancingJob": create_job,
        "ScheduledRebalancingAPI_GetRebalancingJob": get_job,
        "ScheduledRebalancingAPI_UpdateRebalancingJob": update_job,
        "ScheduledRebalancingAPI_DeleteRebalancingJob": delete_job,
        "AutoscalerAPI_ListRebalancingPlans": list_plans, "AutoscalerAPI_GenerateRebalancingPlan": generate_plan,
        "AutoscalerAPI_GetRebalancingPlan": get_plan, "AutoscalerAPI_ExecuteRebalancingPlan": execute_plan,
        "ClusterReportAPI_GetClusterCostReport": cost_report,
        "ClusterReportAPI_GetClusterSavingsReport": savings_report,
        "AuthTokenAPI_ListAuthTokens": list_tokens, "AuthTokenAPI_CreateAuthToken": create_token,
        "AuthTokenAPI_GetAuthToken": get_token, "AuthTokenAPI_UpdateAuthToken": update_token,
        "AuthTokenAPI_DeleteAuthToken": delete_token,
        "UsersAPI_ListOrganizations": list_orgs, "UsersAPI_CreateOrganization": create_org,
        "UsersAPI_GetOrganization": get_org, "UsersAPI_EditOrganization": edit_org,
        "UsersAPI_DeleteOrganization": delete_org, "UsersAPI_CurrentUserProfile": current_user,
        "SpecAPI_GetOpenAPISpec": openapi_document,
    }.items()},
)  # fmt: skip
