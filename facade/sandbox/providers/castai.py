"""CAST AI: X-API-Key, {message, fieldViolations} errors, clusters that connect, hibernate and resume, paged nodes.

Clusters own their nodes, node configurations and templates, policies, rebalancing jobs and plans.
Long-running actions (add, drain or delete a node, hibernate, resume) answer with an operation that is
done when the change has settled: both take SETTLE sandbox seconds. The other operations answer from the
spec, after a 404 for a cluster, node or organization their path names that does not exist. The spec has
no examples, so items hold what is seeded or sent and their required fields (``Provider.sparse``).
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from .._clock import iso, parse_iso
from .._errors import Conflict, Invalid, Issue, Problem, Statuses
from .._hooks import Call, Item, Seeding, public
from .._model import NOW, Follow, Lifecycle, Move, Natural, Provider, Resource, Secret, Update, steps
from ._fake import BASE, hexstr, person, timestamp, uuid_from

ORG_ID = "0c5d8e2a-7f43-4b19-a6d2-93e1f0b4c587"  # the caller's organization
ORGS = ("Acme/DEFAULT/owner", "Acme Data/CHILD/member", "Globex/ENTERPRISE/viewer")  # name/type/the caller's role
SETTLE = 2.0  # sandbox seconds an operation (and the change it reports on) takes
BLOCKS = ("eks", "gke", "aks", "kops", "openshift", "oke", "anywhere", "selfHostedWithEc2Nodes")
ACTIVE, LEAVING = ("ready", "warning"), ("deleting", "deleted")
TEMPLATE, SPOT, MANAGED = (
    "scheduling.cast.ai/node-template",
    "scheduling.cast.ai/spot",
    "provisioner.cast.ai/managed-by",
)
SITES = {  # provider type: cloud|region|zones|Kubernetes version|instances ("type vCPU USD/h [arm64|GPU]", ...)
    "eks": "aws|us-east-1|us-east-1a us-east-1b us-east-1c|1.30"
    "|m5.large 2 0.096,m5.xlarge 4 0.192,c5.2xlarge 8 0.34,m6g.xlarge 4 0.154 arm64,g4dn.xlarge 4 0.526 T4",
    "gke": "gcp|europe-west1|europe-west1-b europe-west1-c europe-west1-d|1.29|e2-medium 2 0.034,"
    "e2-standard-4 4 0.134,n2-standard-8 8 0.388,t2a-standard-4 4 0.154 arm64,g2-standard-4 4 0.707 L4",
    "aks": "azure|westeurope|westeurope-1 westeurope-2 westeurope-3|1.30|Standard_D2s_v5 2 0.096,"
    "Standard_D4s_v5 4 0.192,Standard_F8s_v2 8 0.338,Standard_D4ps_v5 4 0.154 arm64,Standard_NC4as_T4_v3 4 0.526 T4",
}
CLOUDS = {kind: tuple(text.split("|")) for kind, text in SITES.items()}
IDS = {"eks": ("accountId", "210987654321"), "gke": ("projectId", "acme-prod"), "aks": ("subscriptionId", ORG_ID)}
GOING: dict[str, Any] = {"failed": "failed", "deleting": "deleting", "gone": "deleted"}
CLUSTER_FLOWS = steps("connecting > ready; hibernating > hibernated; resuming > ready; deleting > deleted", SETTLE)
CLUSTER = Lifecycle(CLUSTER_FLOWS, **GOING, on_enter={"deleted": {"deletedAt": NOW}})
NODE_FLOWS = steps("pending > creating > ready", SETTLE / 2) | steps("draining > cordoned; deleting > deleted", SETTLE)
NODE_ENTER: dict[str, Item] = {"ready": {"joinedAt": NOW, "unschedulable": False}, "cordoned": {"unschedulable": True}}
NODE = Lifecycle(NODE_FLOWS, "$.state.phase", **{**GOING, "failed": "not_ready"}, on_enter=NODE_ENTER)
FAILURE = {"reason": "OPERATION_FAILED", "details": "the cloud provider refused the request"}
DONE: dict[str, Item] = {"done": {"done": True, "finishedAt": NOW}, "failed": {"done": True, "finishedAt": NOW}}
DONE["failed"]["error"] = FAILURE
OPERATION = Lifecycle({"running": ("done", SETTLE)}, "_phase", failed="failed", on_enter=DONE)
PLAN_FLOWS = steps("creating_nodes > preparing_nodes > draining_nodes > deleting_nodes > finished", 1.0)
PLAN_ENTER = {
    "generated": {"generatedAt": NOW},
    "preparing_nodes": {"createdNodesAt": NOW},
    "error": {"finishedAt": NOW},
}
PLAN_ENTER |= {"deleting_nodes": {"drainedNodesAt": NOW}, "finished": {"deletedNodesAt": NOW, "finishedAt": NOW}}
PLAN = Lifecycle(steps("generating > generated", SETTLE) | PLAN_FLOWS, failed="error", on_enter=PLAN_ENTER)
STAMPS = ("generatedAt", "triggeredAt", "createdNodesAt", "drainedNodesAt", "deletedNodesAt", "finishedAt")
POLICIES = {"enabled": True, "isScopedMode": False, "unschedulablePods": {"enabled": True}, "clusterLimits": {}}
POLICIES |= {"nodeDownscaler": {"enabled": True, "emptyNodes": {"enabled": True, "delaySeconds": 300}}}
_NOUNS = {"clusterId": "cluster", "nodeId": "node", "nodeTemplateName": "node template", "rebalancingPlanId": "plan"}
_NOUNS["organizationId"] = "organization"


def _error(problem: Problem) -> dict[str, Any]:
    def field(loc: tuple[str | int, ...]) -> str:
        parts = [f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc[1:]] if len(loc) > 1 else [f".{loc[0]}"]
        return "".join(parts).lstrip(".")

    message = f"{_NOUNS.get(problem.param or '', 'resource')} not found" if problem.code == "resource_not_found" else ""
    violations = [{"field": field(i.loc), "description": i.msg} for i in problem.issues]
    return {"message": "invalid request" if violations else message or problem.message, "fieldViolations": violations}


def _node_fields(kind: str, instance: str | None, spot: bool, zone: str | None) -> Item:
    """A node of ``instance`` (a type SITES lists, else a small one) in ``zone``: size, price, architecture, labels."""
    cloud, _, zones, _, catalogue = CLOUDS.get(kind, CLOUDS["eks"])
    known = [entry.split() for entry in catalogue.split(",") if entry.split()[0] == instance]
    itype, cpu, price, *extra = known[0] if known else [str(instance), "2", "0.1"]
    arch, mem, zone = "arm64" if extra == ["arm64"] else "amd64", int(cpu) * 4096, zone or zones.split()[0]
    gpu = [{"manufacturer": "NVIDIA", "count": 1, "memoryMib": 15360}] if extra and extra != ["arm64"] else []
    labels = {
        "kubernetes.io/arch": arch,
        "node.kubernetes.io/instance-type": itype,
        "topology.kubernetes.io/zone": zone,
    }
    size = {"cpuCapacityMilli": int(cpu) * 1000, "cpuAllocatableMilli": int(cpu) * 990 - 70, "memCapacityMib": mem}
    size |= {"cpuRequestsMilli": 0, "memRequestsMib": 0, "memAllocatableMib": int(mem * 0.88)}
    node: Item = {"instanceType": itype, "instanceArchitecture": arch, "cloud": cloud, "zone": zone, "labels": labels}
    node |= {"resources": size, "role": "worker", "annotations": {}, "taints": [], "unschedulable": False}
    node |= {
        "instancePrice": f"{float(price) * (0.35 if spot else 1):.4f}",
        "spotConfig": {"isSpot": spot, "price": ""},
    }
    return node | {"gpuInfo": {"gpuDevices": gpu}, "_od": float(price)}  # a spot instance costs about a third


# -- seeds: three clusters (one per cloud), each with nodes, configurations, templates, jobs and plans ------------
def _cluster(s: Seeding) -> Item:
    kind = s.cycle(("eks", "gke", "aks"))
    _, region, zones, k8s, _ = CLOUDS[kind]
    name = f"{('prod', 'staging', 'dev', 'analytics', 'ml')[s.index % 5]}-{kind}" + f"-{s.index // 5}" * (s.index >= 5)
    status, (key, value), created = "warning" if s.index % 5 == 4 else "ready", IDS[kind], timestamp(s.index, 4320)
    item: Item = {kind: {key: value, "region": region, "clusterName": name}, "name": name, "status": status}
    item |= {"providerType": kind, "kubernetesVersion": k8s, "organizationId": ORG_ID, "managedBy": "console"}
    item |= {"agentStatus": "non-responding" if status == "warning" else "online", "credentialsId": uuid_from(s.rng)}
    item |= {"region": {"name": region, "displayName": region}, "zones": [{"id": z, "name": z} for z in zones.split()]}
    return item | {"createdAt": created, "firstOperationAt": created, "clusterNameId": f"{name}-{s.index:08x}"}


def _node(s: Seeding) -> Item:
    cluster, j = s.parent or {}, s.index % 40
    kind = cluster["providerType"]
    instances = [entry.split() for entry in CLOUDS[kind][4].split(",")]
    instance = instances[4] if j % 13 == 7 else s.rng.choice(instances[:4])
    managed = j >= 3  # the first three came with the cluster; CAST AI added the rest
    spot = managed and len(instance) == 3 and s.rng.random() < 0.45
    node = _node_fields(kind, instance[0], spot, CLOUDS[kind][2].split()[j % 3])
    configs = {c["name"]: c["id"] for c in s.siblings("node_configurations")}
    template = "arm-workloads" if instance[3:] == ["arm64"] else "spot-batch" if spot else "default-by-castai"
    if managed:
        node["labels"].update({TEMPLATE: template, MANAGED: "cast.ai", **({SPOT: "true"} if spot else {})})
    phase = "not_ready" if j % 19 == 13 else "cordoned" if j % 17 == 11 else "ready"
    node |= {"name": f"{cluster['name']}-node-{j}", "state": {"phase": phase}, "unschedulable": phase == "cordoned"}
    node |= {"addedBy": s.rng.choice(("autoscaler", "rebalancer")) if managed else "user", "_fallback": j % 10 == 9}
    config = configs["arm64-nodes" if "arm64" in instance else "default"] if managed else None
    return node | {"nodeConfigurationId": config, "createdAt": cluster["createdAt"], "joinedAt": cluster["createdAt"]}


def _config(s: Seeding) -> Item:
    k, created = s.index % 3, (s.parent or {})["createdAt"]
    item = {"name": ("default", "spot-nodes", "arm64-nodes")[k], "version": k + 1, "default": not k, "minDiskSize": 100}
    return item | {"diskCpuRatio": 0, "containerRuntime": "CONTAINERD", "createdAt": created, "updatedAt": created}


def _template(s: Seeding) -> Item:
    k = s.index % 3
    configs = s.siblings("node_configurations")
    config, name = configs[2 if k == 2 else 0], ("default-by-castai", "spot-batch", "arm-workloads")[k]
    limits = {"spot": k == 1, "onDemand": k != 1, "architectures": [("amd64", "arm64")[k == 2]]}
    item = {"name": name, "version": str(k + 1), "isDefault": k == 0, "isEnabled": True, "constraints": limits}
    return item | {"configurationId": config["id"], "configurationName": config["name"], "customLabels": {"pool": name}}


def _schedule(s: Seeding) -> Item:
    name, cron = s.cycle(("nightly 0 3 * * *", "weekend-deep 0 4 * * 6", "business-hours 0 9 * * 1-5")).split(" ", 1)
    item = {"name": name, "schedule": {"cron": cron}, "nextTriggerAt": _next_cron(cron, BASE), "jobs": []}
    return item | {"triggerConditions": {"savingsPercentage": 10}, "launchConfiguration": {"numTargetedNodes": 5}}


def _plan(s: Seeding) -> Item:
    j = s.index % 12  # oldest first: lists show the newest first
    created = iso(BASE + dt.timedelta(days=178 + 2 * j, hours=s.index // 12))
    status = "generated" if j == 11 else s.rng.choice(("finished", "finished", "obsolete", "error"))
    ran = None if status in ("generated", "obsolete") else created
    item = {**dict.fromkeys(STAMPS, ran), "status": status, "createdAt": created, "generatedAt": created}
    return item | {"minNodes": 1 + j % 3, "updatedAt": ran or created}


def _token(s: Seeding) -> Item:
    name, readonly, active = s.cycle((("terraform-ci", 0, 1), ("grafana-ro", 1, 1), ("ci", 0, 1), ("local-dev", 0, 0)))
    item = {"name": name, "readonly": bool(readonly), "active": bool(active), "createdAt": timestamp(s.index, 28800)}
    item |= {"createdBy": person(s.rng, s.index)[1], "organizationId": ORG_ID, "tokenPrefix": hexstr(s.rng, 6)}
    return item | ({"expiresAt": timestamp(s.index + 18, 28800), "lastUsedAt": item["createdAt"]} if active else {})


def _org(s: Seeding) -> Item:
    name, kind, role = s.cycle(ORGS).split("/")
    parent = ORG_ID if kind == "CHILD" else None
    item: Item = {"name": name, "type": f"ORGANIZATION_TYPE_{kind}", "parentId": parent, "_role": role}
    item |= {"metadata": {"parentOrganizationId": parent}, "createdAt": timestamp(s.index), "billingType": "paid"}
    return item | ({"id": ORG_ID} if s.index == 0 else {})


def _job(s: Seeding) -> Item:
    schedule = s.items("rebalancing_schedules")[s.index % 3]["id"]
    return {"rebalancingScheduleId": schedule, "status": "JobStatusFinished"}


def _operation_seed(s: Seeding) -> Item:  # done long ago; one in seven failed
    return {"_phase": "done", "done": True, "createdAt": timestamp(s.index), "finishedAt": timestamp(s.index + 1)} | (
        {"error": FAILURE} if s.index % 7 == 3 else {}
    )


def _next_cron(cron: str, after: dt.datetime) -> str:
    """When a ``M H * * *`` cron next fires after ``after`` (other forms: the next hour)."""
    minute, hour = [*cron.split(), "", ""][:2]
    if minute.isdigit() and hour.isdigit():
        moment = after.replace(minute=int(minute), hour=int(hour), second=0, microsecond=0)
        return iso(moment if moment > after else moment + dt.timedelta(days=1))
    return iso(after.replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=1))


# -- clusters, operations and nodes ----------------------------------------------------------------------------
def _operation(call: Call, done: bool = False) -> Item:
    """A long-running operation: done after SETTLE seconds, as the change it reports on (or at once: a dry run)."""
    return {"operationId": call.create("operations", {"_phase": "done" if done else "running", "done": done})["id"]}


def _register(call: Call, cluster: Item) -> None:
    given = [block for block in BLOCKS if isinstance(call.body.get(block), dict)]
    if len(given) != 1:  # CAST AI's provider blocks are a proto oneof: NOTES.md
        got = f", got {', '.join(given)}" if given else ""
        raise Invalid(Issue(("body", given[1] if given else "eks"), "exactly one provider block must be set" + got))
    kind, block = given[0], call.body[given[0]]
    cloud: tuple[Any, ...] = CLOUDS.get(kind, ("", "", "", None))
    region = str(block.get("region") or block.get("location") or cloud[1])
    zones = [{"id": z, "name": z} for z in cloud[2].split()] if cloud[1] == region else []
    cluster.update(id=str(call.body.get("id") or cluster["id"]), providerType=kind, zones=zones, allRegionZones=zones)
    cluster.update(agentStatus="waiting-connection", credentialsId=uuid_from(call.rng), tags={}, isPhase2=False)
    cluster.update(region={"name": region, "displayName": region}, managedBy="api", organizationId=ORG_ID)
    cluster.update(clusterNameId=f"{cluster['name']}-{cluster['id'][:8]}", kubernetesVersion=cloud[3])
    # Every cluster gets a default node configuration, as CAST AI makes one on registration.
    call.create("node_configurations", {"name": "default", "default": True, "minDiskSize": 100}, parent=cluster)


def _cluster_changed(call: Call, cluster: Item, before: Item) -> None:
    cluster["credentialsId"] = uuid_from(call.rng) if call.body.get("credentials") else before["credentialsId"]
    for block in set(BLOCKS) - {cluster["providerType"]}:  # only the block of its own provider applies
        cluster.pop(block, None)


def _cluster_state(call: Call, cluster: Item, state: Any) -> None:
    if state == "ready" and cluster.get("agentStatus") == "waiting-connection":
        cluster.update(agentStatus="online", isPhase2=True, firstOperationAt=call.timestamp())
        kind = cluster["providerType"]
        for j, entry in enumerate(CLOUDS.get(kind, CLOUDS["eks"])[4].split(",")[:3]):  # the agent's first snapshot
            node = _node_fields(kind, entry.split()[0], False, CLOUDS.get(kind, CLOUDS["eks"])[2].split()[j])
            node |= {"name": f"{cluster['name']}-node-{j}", "addedBy": "user", "state": {"phase": "ready"}}
            call.create("nodes", {**node, "joinedAt": call.timestamp()}, parent=cluster)
    if state == "deleted":
        cluster["agentStatus"] = "disconnected"


def disconnect(call: Call) -> Any:
    cluster = call.item("clusters", (*ACTIVE, "connecting", "hibernated"))
    if cluster.get("agentStatus") == "disconnected":
        raise Conflict("cluster is disconnected")
    cluster.update(agentStatus="disconnected", isPhase2=False)
    for node in call.items("nodes", cluster) if (call.body or {}).get("deleteProvisionedNodes") else []:
        if node["labels"].get(MANAGED) and node["state"]["phase"] not in LEAVING:
            call.move("nodes", node, "deleting")
    return call.render("clusters", cluster)


def reconcile(call: Call) -> Any:
    cluster, stamp = call.item("clusters", (*ACTIVE, "connecting")), call.timestamp()
    info = {"mode": "enabled", "status": "ok", "errorCount": 0, "reconciledAt": stamp}
    return cluster.update(reconciledAt=stamp, reconcileError=None, reconcileInfo=info) or {}


def _toggle(to: str, when: tuple[str, ...]) -> Any:
    """Hibernate or resume: move the cluster (unless a dry run) and answer with the operation."""

    def handler(call: Call) -> Any:
        cluster, mode = call.item("clusters", when), call.query.get("mode") or "OPERATION_MODE_UNSPECIFIED"
        if mode != "OPERATION_MODE_DRY_RUN":
            call.move("clusters", cluster, to)
            if to == "resuming":  # with a first node of the body's configuration
                _named(call, call.create("nodes", _fields(call, cluster), parent=cluster))
        return {"clusterId": cluster["id"], "mode": mode, **_operation(call, mode == "OPERATION_MODE_DRY_RUN")}

    return handler


def _fields(call: Call, cluster: Item) -> Item:
    """A new node's fields from the request's ExternalclusterV1NodeConfig body."""
    body, spot = call.body, bool((call.body.get("spotConfig") or {}).get("isSpot"))
    node = _node_fields(cluster["providerType"], body.get("instanceType"), spot, body.get("zone"))
    node["labels"].update({**(body.get("kubernetesLabels") or {}), **({SPOT: "true"} if spot else {})})
    configs = call.items("node_configurations", cluster)
    wanted = [
        c for c in configs if body.get("configurationId") == c["id"] or body.get("configurationName") == c["name"]
    ]
    config = (wanted or [c for c in configs if c["default"]] or [{"id": None}])[0]
    if (body.get("gpuConfig") or {}).get("count"):
        node["gpuInfo"] = {"gpuDevices": [{"manufacturer": "NVIDIA", "count": body["gpuConfig"]["count"]}]}
    taints = [dict(t) for t in body.get("kubernetesTaints") or []]
    return node | {
        "addedBy": "api",
        "taints": taints,
        "nodeConfigurationId": config["id"],
        "state": {"phase": "pending"},
    }


def _named(call: Call, node: Item) -> None:
    node.update(name=f"{call.item('clusters')['name']}-{node['id'][:8]}", subnetId=call.body.get("subnetId"))


def _node_created(call: Call, node: Item) -> Item:
    node.update(_fields(call, call.item("clusters", ACTIVE)))
    _named(call, node)
    return _operation(call)  # the AddNodeResponse's other half


def _node_deleted(call: Call, node: Item) -> Any:
    if node["state"]["phase"] in LEAVING:
        raise Conflict(f"node is {node['state']['phase']}")
    return _operation(call)


def _lifecycle(node: Item) -> str:
    return "spot" if node["spotConfig"]["isSpot"] else "fallback" if node.get("_fallback") else "on_demand"


def _node_listed(call: Call, node: Item) -> bool:
    q, phase = call.query, node["state"]["phase"]
    config = call.get("node_configurations", node.get("nodeConfigurationId")) or {}
    wanted = {"nodeStatus": phase, "lifecycleType": _lifecycle(node), "nodeName": node["name"], "nodeId": node["id"]}
    wanted |= {"nodeConfigurationName": config.get("name"), "nodeConfigurationVersion": str(config.get("version"))}
    wanted["nodeTemplateName"] = node["labels"].get(TEMPLATE)
    unspecified = [k for k, v in q.items() if str(v).endswith("_unspecified")]
    matches = all(q.get(k) in (None, v) for k, v in wanted.items() if k not in unspecified)
    return matches and not (q.get("excludeDeleting") and phase == "deleting")


# -- node configurations and templates ------------------------------------------------------------------------------
def _config_created(call: Call, config: Item) -> None:
    cluster = call.item("clusters")
    config.update(version=1, default=not call.items("node_configurations", cluster), updatedAt=config["createdAt"])
    for block in set(BLOCKS) - {cluster["providerType"]}:  # only the block of its own provider applies
        config.pop(block, None)


def list_templates(call: Call) -> Any:
    cluster, q = call.item("clusters"), call.query
    live = [n for n in call.items("nodes", cluster) if n["state"]["phase"] not in LEAVING and not q.get("excludeStats")]
    out = []
    for tpl in [t for t in call.items("node_templates", cluster) if q.get("includeDefault") or not t["isDefault"]]:
        kinds = [_lifecycle(n) for n in live if n["labels"].get(TEMPLATE) == tpl["name"]]
        stats = {f"count{k}": kinds.count(v) for k, v in (("Spot", "spot"), ("Fallback", "fallback"))}
        stats |= {"countOnDemand": kinds.count("on_demand"), "countSoleTenant": 0}
        out.append({"template": public(tpl), "stats": stats})
    return {"items": out}


def _template_saved(call: Call, tpl: Item, before: Item | None = None) -> None:
    if not tpl.get("name"):
        raise Invalid.at("body", "name", "a node template needs a name")
    configs = call.items("node_configurations", call.item("clusters"))
    # An id that is not one of the cluster's configurations counts as none given: the default one.
    chosen = [c for c in configs if c["id"] == call.body.get("configurationId")] or [c for c in configs if c["default"]]
    if chosen and (before is None or call.body.get("configurationId")):
        tpl.update(configurationId=chosen[0]["id"], configurationName=chosen[0]["name"])
    tpl.update(version=str(int(before["version"]) + 1) if before else "1", isEnabled=tpl.get("isEnabled", True))


# -- rebalancing --------------------------------------------------------------------------------------------------
def _schedule_view(call: Call, schedule: Item) -> Item:
    """A schedule with its jobs, leaving out those of clusters being deleted (their jobs go with them)."""
    alive = {c["id"] for c in call.items("clusters") if c["status"] not in LEAVING}
    jobs = [j for j in call.items("rebalancing_jobs") if j["rebalancingScheduleId"] == schedule["id"]]
    return {**schedule, "jobs": [public(j) for j in jobs if j["_parent"] in alive]}


def _schedule_saved(call: Call, schedule: Item, before: Item | None = None) -> None:
    if _schedule_view(call, schedule)["jobs"] and call.method == "DELETE":
        raise Conflict("rebalancing schedule still has jobs")
    schedule["nextTriggerAt"] = _next_cron(schedule["schedule"]["cron"], parse_iso(call.timestamp()))


def update_schedule(call: Call) -> Any:
    schedule = call.find("rebalancing_schedules", call.query.get("id"))
    keys = ("name", "schedule", "triggerConditions", "launchConfiguration")
    _schedule_saved(call, schedule.update({k: v for k, v in call.body.items() if k in keys}) or schedule)
    return call.render("rebalancing_schedules", schedule)


def _job_saved(call: Call, job: Item, before: Item | None = None) -> None:
    schedule = call.find("rebalancing_schedules", call.body["rebalancingScheduleId"])
    job["enabled"] = call.body.get("enabled", job.get("enabled")) is not False
    if before is None:
        next_at = _next_cron(schedule["schedule"]["cron"], parse_iso(call.timestamp()))
        job.update(status="JobStatusPending", lastTriggerAt=None, rebalancingPlanId="", nextTriggerAt=next_at)


def _plan_created(call: Call, plan: Item) -> None:
    cluster, wanted = call.item("clusters", ACTIVE), [n["nodeId"] for n in call.body.get("rebalancingNodes") or []]
    for older in call.items("rebalancing_plans", cluster):
        if older["status"] in ("generating", "generated"):
            call.move("rebalancing_plans", older, "obsolete")
    plan.update(dict.fromkeys(STAMPS), minNodes=call.body.get("minNodes") or 1)
    plan.update(rebalancingNodeIds=wanted, updatedAt=plan["createdAt"])


# -- cost and savings reports ----------------------------------------------------------------------------------------
def _report(call: Call) -> tuple[Item, list[tuple[str, float, dict[str, list[float]]]]]:
    """(cluster, [(bucket start, hours, {kind: [USD/h, vCPU, GiB]})]) over the requested window."""
    cluster, q = call.item("clusters"), call.query
    start, end = parse_iso(q["startTime"]), parse_iso(q["endTime"])
    if end < start:
        raise Invalid.at("query", "endTime", "must not be before startTime")
    step = max(int(q.get("stepSeconds") or 0), 0) or (3600 if (end - start).days < 2 else 86400)
    if (end - start).total_seconds() / step > 2000:
        raise Invalid.at("query", "stepSeconds", "too many buckets: use a larger step")
    factor = 1.0 if q.get("useListingPrices") else 0.92  # the organization's negotiated discount
    totals = {kind: [0.0, 0.0, 0.0] for kind in ("on_demand", "spot", "fallback", "odSpot")}
    for n in call.items("nodes", cluster):
        if n["state"]["phase"] not in (*LEAVING, "pending"):
            kind, size = _lifecycle(n), n["resources"]
            add = (float(n["instancePrice"]) * factor, size["cpuCapacityMilli"] // 1000, size["memCapacityMib"] // 1024)
            totals[kind] = [a + b for a, b in zip(totals[kind], add, strict=True)]
            totals["odSpot"][0] += n["_od"] * factor if kind == "spot" else 0.0
    out, moment = [], start
    while moment < end:
        jitter = random.Random(f"{cluster['id']}:{moment.isoformat()}").uniform(0.85, 1.15)
        hours = min(step, (end - moment).total_seconds()) / 3600
        out.append((iso(moment), hours, {k: [v[0] * jitter, v[1], v[2]] for k, v in totals.items()}))
        moment += dt.timedelta(seconds=step)
    return cluster, out


def cost_report(call: Call) -> Any:
    cluster, buckets = _report(call)
    items, sums = [], {"on_demand": 0.0, "spot": 0.0, "fallback": 0.0}
    for stamp, hours, b in buckets:
        items.append({"timestamp": stamp})
        for key, label in (("on_demand", "OnDemand"), ("spot", "Spot"), ("fallback", "SpotFallback")):
            (usd, cpu, gib), sums[key] = b[key], sums[key] + b[key][0] * hours
            items[-1] |= {
                f"cost{label}": f"{usd:.4f}",
                f"cpuCount{label}": f"{cpu:.0f}",
                f"ramGib{label}": f"{gib:.0f}",
            }
    summary = {"totalCost": f"{sum(sums.values()):.2f}", "totalCostOnDemand": f"{sums['on_demand']:.2f}"}
    summary |= {"totalCostSpot": f"{sums['spot']:.2f}", "totalCostSpotFallback": f"{sums['fallback']:.2f}"}
    return {"clusterId": cluster["id"], "items": items, "summary": summary}


def savings_report(call: Call) -> Any:
    cluster, buckets = _report(call)
    items, cost, saved = [], 0.0, 0.0
    for stamp, hours, b in buckets:
        downscaling, spot = b["on_demand"][0] * 0.22 * hours, max(b["odSpot"][0] - b["spot"][0], 0.0) * hours
        items.append({"timestamp": stamp, "downscalingSavings": f"{downscaling:.2f}", "spotSavings": f"{spot:.2f}"})
        cost, saved = cost + sum(b[k][0] for k in ("on_demand", "spot", "fallback")) * hours, saved + downscaling + spot
    summary = {"totalCost": f"{cost:.2f}", "totalSavings": f"{saved:.2f}"}
    return {"clusterId": cluster["id"], "items": items, "summary": summary}


# -- API access keys, organizations, the current user ---------------------------------------------------------------
def _token_created(call: Call, token: Item) -> None:
    token.update(active=True, createdBy=_me(call)["email"], organizationId=ORG_ID, tokenPrefix=token["_secret"][:6])


def _token_listed(call: Call, token: Item) -> bool:
    every = call.query.get("organizations") == "ALL"
    return (every or token["organizationId"] == ORG_ID) and call.query.get("userId") in (None, token.get("createdBy"))


def list_orgs(call: Call) -> Any:
    role = {"organizationMember": True, "internal": False, "blockEscalatedPrivilege": False}
    keys = ("id", "name", "type", "parentId", "createdAt")
    return {
        "organizations": [{**{k: o[k] for k in keys}, **role, "role": o["_role"]} for o in call.items("organizations")]
    }


def _org_created(call: Call, org: Item) -> None:
    parent = call.body.get("parentId")
    kind = call.body.get("type") or f"ORGANIZATION_TYPE_{'CHILD' if parent else 'DEFAULT'}"
    org.update(parentId=parent, type=kind, billingType=call.body.get("billingType") or "paid", _role="owner")
    org["metadata"] = {"parentOrganizationId": parent, **(call.body.get("metadata") or {})}


def _me(call: Call) -> Item:
    full, email = person(random.Random(f"castai:{call.seed}:me"), 0)
    email = email.replace("0@", "@")
    me = {"id": f"auth0|{hexstr(random.Random(email), 24)}", "name": full, "email": email}
    return me | {"username": email.split("@")[0], "firstLogin": False}


def upsert_policies(call: Call) -> Any:
    call.shared("policies", {})[call.item("clusters")["id"]] = call.body
    return call.body


X, K8S, V1 = "/v1/kubernetes/external-clusters", "/v1/kubernetes/clusters/{clusterId}", "ScheduledrebalancingV1"
PLANS = f"{K8S}/rebalancing-plans/{{rebalancingPlanId}}"
# A created key works until deactivated, deleted or expired; a read-only one may only read.
KEY = Secret("ApiKeyAuth", lambda rng, token: hexstr(rng, 64), "token", "active", "expiresAt", "lastUsedAt", "readonly")
_DRAIN = Move("draining", ("ready", "cordoned", "not_ready"), lambda call, node: _operation(call))
_EXECUTE = Move("creating_nodes", ("generated",), lambda call, plan: plan.update(triggeredAt=call.timestamp()))
RESOURCES: tuple[tuple[str, str, str, Any, int, dict[str, Any]], ...] = (  # name, schema, item path, seed, count,
    # and options beyond the conventional routes of the path
    ("clusters", "ExternalclusterV1Cluster", f"{X}/{{clusterId}}", _cluster, 3, dict(lifecycle=CLUSTER)),
    ("nodes", "ExternalclusterV1Node", f"{X}/{{clusterId}}/nodes/{{nodeId}}", _node, 40, dict(lifecycle=NODE)),
    ("operations", "CastaiOperationsV1beta1Operation", f"{X}/operations/{{id}}", _operation_seed, 10, {}),
    ("node_configurations", "NodeconfigV1NodeConfiguration", f"{K8S}/node-configurations/{{id}}", _config, 3, {}),
    ("node_templates", "NodetemplatesV1NodeTemplate", f"{K8S}/node-templates/{{nodeTemplateName}}", _template, 3, {}),
    ("rebalancing_schedules", f"{V1}RebalancingSchedule", "/v1/rebalancing-schedules/{id}", _schedule, 3, {}),
    ("rebalancing_jobs", f"{V1}RebalancingJob", f"{K8S}/rebalancing-jobs/{{id}}", _job, 1, {}),
    ("rebalancing_plans", "CastaiAutoscalerV1beta1RebalancingPlanResponse", PLANS, _plan, 12, {}),
    ("auth_tokens", "CastaiAuthtokenV1beta1AuthToken", "/v1/auth/tokens/{id}", _token, 4, {}),
    ("organizations", "CastaiUsersV1beta1Organization", "/v1/organizations/{id}", _org, 3, {}),
)
OPTIONS: dict[str, dict[str, Any]] = {row[0]: row[5] for row in RESOURCES}
OPTIONS["clusters"] |= dict(on_state=_cluster_state, on_create=_register, on_update=_cluster_changed)
OPTIONS["operations"]["lifecycle"] = OPERATION
OPTIONS["clusters"]["filters"] = {"credentialsId": lambda item, ids: item["credentialsId"] in ids}
OPTIONS["clusters"]["ops"] = {
    "ExternalClusterAPI_ListKubernetesClusters": "list",
    "ExternalClusterAPI_DisconnectCluster": disconnect,
    "ExternalClusterAPI_ReconcileCluster": reconcile,
    "ExternalClusterAPI_TriggerHibernateCluster": _toggle("hibernating", ACTIVE),
    "ExternalClusterAPI_TriggerResumeCluster": _toggle("resuming", ("hibernated", "hibernating")),
    "ExternalClusterAPI_UpdateClusterTags": lambda call: call.item("clusters").update(tags=call.body) or {},
    "ExternalClusterAPI_CreateClusterToken": lambda call: {"token": hexstr(call.rng, 32)},
}
OPTIONS["nodes"] |= dict(where=_node_listed, on_create=_node_created, on_delete=_node_deleted)
OPTIONS["nodes"]["ops"] = {"ExternalClusterAPI_DrainNode": _DRAIN}
OPTIONS["nodes"]["follow"] = (Follow({"hibernated": "deleted"}),)  # workers go, the cluster sleeps
OPTIONS["node_configurations"] |= dict(unique=("name",), updated=("updatedAt",), on_create=_config_created)
OPTIONS["node_configurations"] |= dict(undeletable=("default",), exclusive={"default": ()})
OPTIONS["node_configurations"]["ops"] = {"NodeConfigurationAPI_SetDefault": Update(fields={"default": True})}
OPTIONS["node_configurations"]["on_update"] = lambda call, config, before: config.update(version=before["version"] + 1)
OPTIONS["node_templates"] |= dict(ids=Natural("name"), id_field="name", unique=("name",), on_create=_template_saved)
OPTIONS["node_templates"] |= dict(on_update=_template_saved, ops={"NodeTemplatesAPI_ListNodeTemplates": list_templates})
OPTIONS["node_templates"]["exclusive"] = {"isDefault": ()}
OPTIONS["rebalancing_schedules"] |= dict(unique=("name",), view=_schedule_view, on_create=_schedule_saved)
OPTIONS["rebalancing_schedules"] |= dict(on_delete=_schedule_saved)
OPTIONS["rebalancing_schedules"]["ops"] = {"ScheduledRebalancingAPI_UpdateRebalancingSchedule": update_schedule}
OPTIONS["rebalancing_jobs"] |= dict(on_create=_job_saved, on_update=_job_saved)
OPTIONS["rebalancing_plans"] |= dict(id_field="rebalancingPlanId", newest_first=True, lifecycle=PLAN)
OPTIONS["rebalancing_plans"] |= dict(on_create=_plan_created, ops={"AutoscalerAPI_ExecuteRebalancingPlan": _EXECUTE})
OPTIONS["rebalancing_plans"]["refs"] = {"rebalancingNodes[*].nodeId": "nodes"}
OPTIONS["rebalancing_jobs"]["refs"] = {"rebalancingScheduleId": "rebalancing_schedules"}
OPTIONS["auth_tokens"] |= dict(where=_token_listed, on_create=_token_created, secret=KEY)
OPTIONS["organizations"] |= dict(
    on_create=_org_created, aliases=("organizationId",), refs={"parentId": "organizations"}
)
OPTIONS["organizations"]["ops"] = {"UsersAPI_ListOrganizations": list_orgs}
HANDLERS = {  # operations no resource serves
    "ClusterReportAPI_GetClusterCostReport": cost_report,
    "ClusterReportAPI_GetClusterSavingsReport": savings_report,
    "PoliciesAPI_GetClusterPolicies": lambda call: call.shared("policies", {}).get(
        call.item("clusters")["id"], POLICIES
    ),
    "PoliciesAPI_UpsertClusterPolicies": upsert_policies,
    "UsersAPI_CurrentUserProfile": _me,
    "SpecAPI_GetOpenAPISpec": lambda call: call.document(),
}
PROVIDER = Provider(
    name="castai",
    error_body=_error,
    credentials=lambda rng: {"ApiKeyAuth": hexstr(rng, 64)},
    statuses=Statuses(auth=401, validation=400, malformed=400, conflict=409, path=400),
    auth_errors={"invalid": Problem(401, "unauthorized", "Unauthorized")},
    handlers=HANDLERS,
    sparse=True,
    resources=tuple(
        Resource(name, schema, path, seed=seed, count=count, created=("createdAt",), **OPTIONS[name])
        for name, schema, path, seed, count, _ in RESOURCES
    ),
)
