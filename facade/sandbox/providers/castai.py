"""CAST AI: X-API-Key, {message, fieldViolations} errors, clusters that hibernate and resume, paged nodes.

Clusters own their nodes, node configurations and templates, rebalancing jobs and plans. Long-running
actions (add, drain or delete a node, hibernate, resume) answer with an operation that is done when the
change has settled: both take SETTLE sandbox seconds. Operations no resource serves answer from the spec.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from .._errors import Conflict, Invalid, Issue, Problem, Refused, Statuses
from .._hooks import Call, Item, Seeding, public
from .._model import NOW, Lifecycle, Move, Natural, Provider, Resource, steps
from ._fake import BASE, hexstr, person, uuid_from

ORG_ID = "0c5d8e2a-7f43-4b19-a6d2-93e1f0b4c587"  # the spec's organization example: the caller's organization
SETTLE = 2.0  # sandbox seconds an operation (and the change it reports on) takes
BLOCKS = ("eks", "gke", "aks", "kops", "openshift", "oke", "anywhere", "selfHostedWithEc2Nodes")
ACTIVE, LEAVING = ("ready", "warning"), ("deleting", "deleted")
TEMPLATE, SPOT = "scheduling.cast.ai/node-template", "scheduling.cast.ai/spot"
MANAGED = "provisioner.cast.ai/managed-by"
SITES = {  # provider type: cloud|region|zones|Kubernetes version|instances ("type vCPU USD/h [arm64|GPU]", ...)
    "eks": "aws|us-east-1|us-east-1a us-east-1b us-east-1c|1.30"
    "|m5.large 2 0.096,m5.xlarge 4 0.192,c5.2xlarge 8 0.34,m6g.xlarge 4 0.154 arm64,g4dn.xlarge 4 0.526 T4",
    "gke": "gcp|europe-west1|europe-west1-b europe-west1-c europe-west1-d|1.29|e2-medium 2 0.034,"
    "e2-standard-4 4 0.134,n2-standard-8 8 0.388,t2a-standard-4 4 0.154 arm64,g2-standard-4 4 0.707 L4",
    "aks": "azure|westeurope|westeurope-1 westeurope-2 westeurope-3|1.30|Standard_D2s_v5 2 0.096,"
    "Standard_D4s_v5 4 0.192,Standard_F8s_v2 8 0.338,Standard_D4ps_v5 4 0.154 arm64,Standard_NC4as_T4_v3 4 0.526 T4",
}
CLOUDS = {kind: tuple(text.split("|")) for kind, text in SITES.items()}
GOING: dict[str, Any] = {"failed": "failed", "deleting": "deleting", "gone": "deleted"}
CLUSTER_FLOWS = steps("connecting > ready; hibernating > hibernated; resuming > ready; deleting > deleted", SETTLE)
CLUSTER = Lifecycle(CLUSTER_FLOWS, **GOING, on_enter={"deleted": {"deletedAt": NOW}})
NODE_FLOWS = steps("pending > creating > ready", SETTLE / 2) | steps("draining > cordoned; deleting > deleted", SETTLE)
NODE_ENTER: dict[str, Item] = {"ready": {"joinedAt": NOW, "unschedulable": False}, "cordoned": {"unschedulable": True}}
NODE = Lifecycle(NODE_FLOWS, "$.state.phase", **GOING, on_enter=NODE_ENTER)
OPERATION = Lifecycle({False: (True, SETTLE)}, "done", on_enter={True: {"finishedAt": NOW}})
PLAN_FLOWS = steps("creating_nodes > preparing_nodes > draining_nodes > deleting_nodes > finished", 1.0)
PLAN_ENTER = {"generated": {"generatedAt": NOW}, "finished": {"finishedAt": NOW}}
PLAN = Lifecycle(steps("generating > generated", SETTLE) | PLAN_FLOWS, failed="error", on_enter=PLAN_ENTER)
_NOUNS = {"clusterId": "cluster", "nodeId": "node", "nodeTemplateName": "node template", "rebalancingPlanId": "plan"}


def _error(problem: Problem) -> dict[str, Any]:
    def field(loc: tuple[str | int, ...]) -> str:
        parts = [f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc[1:]] if len(loc) > 1 else [f".{loc[0]}"]
        return "".join(parts).lstrip(".")

    message = f"{_NOUNS.get(problem.param or '', 'resource')} not found" if problem.code == "resource_not_found" else ""
    violations = [{"field": field(i.loc), "description": i.msg} for i in problem.issues]
    return {"message": "invalid request" if violations else message or problem.message, "fieldViolations": violations}


def _ts(moment: dt.datetime) -> str:
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _time(value: Any) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _instances(kind: str) -> list[list[str]]:
    return [entry.split() for entry in CLOUDS.get(kind, CLOUDS["eks"])[4].split(",")]


def _node_fields(kind: str, instance: list[str], spot: bool, zone: str) -> Item:
    """A node of ``instance`` (as CLOUDS writes it) in ``zone``: type, size, price, architecture, GPU, labels."""
    itype, cpu, price, extra = instance[0], int(instance[1]), float(instance[2]), (instance[3:] or [""])[0]
    arch, mem = "arm64" if extra == "arm64" else "amd64", int(instance[1]) * 4096
    gpu = [{"manufacturer": "NVIDIA", "name": extra, "count": 1, "memoryMib": 15360}] if extra.isupper() else []  # T4
    labels = {"kubernetes.io/arch": arch, "node.kubernetes.io/instance-type": itype}
    labels["topology.kubernetes.io/zone"] = zone
    resources = {"cpuCapacityMilli": cpu * 1000, "cpuAllocatableMilli": cpu * 990 - 70, "memCapacityMib": mem}
    resources |= {"cpuRequestsMilli": 0, "memRequestsMib": 0, "memAllocatableMib": int(mem * 0.88)}
    node: Item = {"instanceType": itype, "instanceArchitecture": arch, "cloud": CLOUDS.get(kind, CLOUDS["eks"])[0]}
    price_now = f"{price * (0.35 if spot else 1):.4f}"  # a spot instance costs about a third
    node |= {"zone": zone, "labels": labels, "resources": resources, "instancePrice": price_now}
    node |= {"spotConfig": {"isSpot": spot, "price": ""}, "gpuInfo": {"gpuDevices": gpu}, "taints": []}
    return node | {"_od": price}


# -- seeds: three clusters (one per cloud), each with nodes, configurations, templates, jobs and plans ------------
def _cluster(s: Seeding) -> Item:
    kind = ("eks", "gke", "aks")[s.index % 3]
    _, region, zones, k8s, _ = CLOUDS[kind]
    name = f"{('prod', 'staging', 'dev', 'analytics', 'ml')[s.index % 5]}-{kind}" + f"-{s.index // 5}" * (s.index >= 5)
    block = {**s.item[kind], "region": region, "clusterName": name}
    for other in BLOCKS:
        s.item.pop(other, None)  # a cluster has one provider block: its own
    status = "warning" if s.index % 5 == 4 else "ready"
    item = {kind: block, "name": name, "status": status, "providerType": kind, "kubernetesVersion": k8s}
    item |= {"agentStatus": "non-responding" if status == "warning" else "online", "credentialsId": uuid_from(s.rng)}
    item |= {"region": {"name": region, "displayName": region}, "zones": [{"id": z, "name": z} for z in zones.split()]}
    return item | {"createdAt": _ts(BASE + dt.timedelta(days=3 * s.index)), "clusterNameId": f"{name}-{s.index:08x}"}


def _node(s: Seeding) -> Item:
    cluster, j = s.parent or {}, s.index % 40
    instances = _instances(cluster["providerType"])
    instance = instances[4] if j % 13 == 7 else s.rng.choice(instances[:4])
    managed = j >= 3  # the first three came with the cluster; CAST AI added the rest
    spot = managed and len(instance) == 3 and s.rng.random() < 0.45
    node = _node_fields(cluster["providerType"], instance, spot, CLOUDS[cluster["providerType"]][2].split()[j % 3])
    configs = {c["name"]: c["id"] for c in s.items("node_configurations") if c["_parent"] == cluster["id"]}
    template = "arm-workloads" if instance[3:] == ["arm64"] else "spot-batch" if spot else "default-by-castai"
    if managed:
        node["labels"].update({TEMPLATE: template, MANAGED: "cast.ai", **({SPOT: "true"} if spot else {})})
    phase = "not_ready" if j % 19 == 13 else "cordoned" if j % 17 == 11 else "ready"
    node |= {"name": f"{cluster['name']}-node-{j}", "state": {"phase": phase}, "unschedulable": phase == "cordoned"}
    node["addedBy"] = s.rng.choice(("autoscaler", "rebalancer")) if managed else "user"
    config = configs["arm64-nodes" if "arm64" in instance else "default"] if managed else None
    return node | {"_fallback": managed and j % 10 == 9, "nodeConfigurationId": config}


def _config(s: Seeding) -> Item:
    k = s.index % 3
    for block in ("eks", "gke", "aks", "kops"):
        if block != (s.parent or {}).get("providerType"):
            s.item.pop(block, None)
    return {"name": ("default", "spot-nodes", "arm64-nodes")[k], "version": k + 1, "default": not k, "minDiskSize": 100}


def _template(s: Seeding) -> Item:
    k = s.index % 3
    configs = [c for c in s.items("node_configurations") if c["_parent"] == (s.parent or {}).get("id")]
    config, name = configs[2 if k == 2 else 0], ("default-by-castai", "spot-batch", "arm-workloads")[k]
    limits = {"spot": k == 1, "onDemand": k != 1, "architectures": [("amd64", "arm64")[k == 2]]}
    item = {"name": name, "version": str(k + 1), "isDefault": k == 0, "configurationId": config["id"]}
    item |= {"configurationName": config["name"], "constraints": {**s.item["constraints"], **limits}}
    return item | {"customLabels": {"pool": name}}


def _schedule(s: Seeding) -> Item:
    crons = ("nightly-rebalance 0 3 * * *", "weekend-deep 0 4 * * 6", "business-hours 0 9 * * 1-5")
    name, cron = crons[s.index % 3].split(" ", 1)
    return {"name": name, "schedule": {"cron": cron}, "nextTriggerAt": _next_cron(cron, BASE), "jobs": []}


def _job(s: Seeding) -> Item:
    schedule = s.items("rebalancing_schedules")[s.index % 3]["id"]
    return {"clusterId": (s.parent or {})["id"], "rebalancingScheduleId": schedule, "status": "JobStatusFinished"}


def _plan(s: Seeding) -> Item:
    j = s.index % 12  # oldest first: lists show the newest first
    created = _ts(BASE + dt.timedelta(days=178 + 2 * j, hours=s.index // 12))
    status = "generated" if j == 11 else s.rng.choice(("finished", "finished", "obsolete", "error"))
    ran = None if status in ("generated", "obsolete") else created
    return {"status": status, "createdAt": created, "triggeredAt": ran, "finishedAt": ran, "clusterId": s.parent["id"]}  # type: ignore[index]


def _token(s: Seeding) -> Item:
    kinds = (("terraform-ci", 0, 1), ("grafana-readonly", 1, 1), ("github-actions", 0, 1), ("local-dev", 0, 0))
    (name, readonly, active), created = kinds[s.index % 4], BASE + dt.timedelta(days=20 * s.index)
    item = {"name": name, "readonly": bool(readonly), "active": bool(active), "createdAt": _ts(created)}
    item |= {"createdBy": person(s.rng, s.index)[1], "lastUsedAt": _ts(created) if active else None}
    expires = _ts(created + dt.timedelta(days=365)) if s.index % 2 else None
    return item | {"expiresAt": expires, "tokenPrefix": hexstr(s.rng, 6)}


def _org(s: Seeding) -> Item:
    kinds = ("Acme Platform/DEFAULT/owner", "Acme Data Science/CHILD/member", "Globex Partners/ENTERPRISE/viewer")
    name, kind, role = kinds[s.index % 3].split("/")
    parent = ORG_ID if kind == "CHILD" else None
    metadata = {"parentOrganizationId": parent, "partnerTenantId": None}
    return {"name": name, "type": f"ORGANIZATION_TYPE_{kind}", "parentId": parent, "_role": role, "metadata": metadata}


def _seed_operation(s: Seeding) -> Item:
    if s.index % 7 != 3:  # one in seven failed
        s.item.pop("error", None)
    return {"done": True}


def _next_cron(cron: str, after: dt.datetime) -> str:
    """When a ``M H * * *`` cron next fires after ``after`` (other forms: the next hour)."""
    minute, hour = [*cron.split(), "", ""][:2]
    if minute.isdigit() and hour.isdigit():
        moment = after.replace(minute=int(minute), hour=int(hour), second=0, microsecond=0)
        return _ts(moment if moment > after else moment + dt.timedelta(days=1))
    return _ts(after.replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=1))


def _now(call: Call) -> dt.datetime:
    return dt.datetime.fromtimestamp(call.now(), dt.UTC)


# -- clusters ---------------------------------------------------------------------------------------------------
def _operation(call: Call, done: bool = False) -> str:
    """A long-running operation: done after SETTLE seconds, as the change it reports on (or at once: a dry run)."""
    op = call.create("operations", {"done": done, "finishedAt": call.timestamp() if done else None})
    op.pop("error", None)
    return str(op["id"])


def _register(call: Call, cluster: Item) -> None:
    given = [block for block in BLOCKS if isinstance(call.body.get(block), dict)]
    if len(given) != 1:
        got = f", got {', '.join(given)}" if given else ""
        raise Invalid(Issue(("body", given[1] if given else "eks"), "exactly one provider block must be set" + got))
    kind, block = given[0], call.body[given[0]]
    cloud = CLOUDS.get(kind)
    region = str(block.get("region") or block.get("location") or (cloud[1] if cloud else ""))
    zones = [{"id": z, "name": z} for z in (cloud[2].split() if cloud and cloud[1] == region else ())]
    for other in BLOCKS:
        cluster.pop(other, None)
    cluster.update({kind: block, "id": str(call.body.get("id") or cluster["id"]), "providerType": kind, "zones": zones})
    cluster.update(agentStatus="waiting-connection", credentialsId=uuid_from(call.rng), allRegionZones=zones, tags={})
    cluster.update(region={"name": region, "displayName": region}, kubernetesVersion=cloud[3] if cloud else None)
    cluster.update(clusterNameId=f"{cluster['name']}-{cluster['id'][:8]}", isPhase2=False, managedBy="api")
    # Every cluster gets a default node configuration, as CAST AI makes one on registration.
    call.create("node_configurations", {"name": "default", "default": True, "version": 1}, parent=cluster)


def _cluster_changed(call: Call, cluster: Item, before: Item) -> None:
    if call.body.get("credentials"):
        cluster["credentialsId"] = uuid_from(call.rng)
    for block in BLOCKS:  # only the block of the cluster's own provider applies
        if block != cluster["providerType"] and (block in cluster or block in before):
            cluster[block] = before.get(block)
            if cluster[block] is None:
                del cluster[block]


def _cluster_state(call: Call, cluster: Item, state: Any) -> None:
    if state == "ready" and cluster.get("agentStatus") == "waiting-connection":
        cluster.update(agentStatus="online", isPhase2=True, firstOperationAt=call.timestamp())
        kind, zones = cluster["providerType"], CLOUDS.get(cluster["providerType"], CLOUDS["eks"])[2].split()
        for j in range(3):  # the agent's first snapshot reports the cluster's existing nodes
            node = _node_fields(kind, _instances(kind)[j], False, zones[j])
            call.create("nodes", {**node, "addedBy": "user", "state": {"phase": "ready"}}, parent=cluster)
    elif state == "hibernated":
        for node in call.items("nodes", cluster):
            if node["role"] == "worker" and node["state"]["phase"] not in LEAVING:
                call.move("nodes", node, "deleted")
    elif state == "deleted":
        cluster["agentStatus"] = "disconnected"


def _cluster_view(call: Call, cluster: Item) -> Item:
    if cluster.get("agentStatus") == "disconnecting" and call.now() >= cluster["_disconnect_at"] + SETTLE:
        cluster["agentStatus"] = "disconnected"
    return cluster


CREDENTIALS = {"credentialsId": lambda item, wanted: item["credentialsId"] in wanted}  # a list filter


def disconnect(call: Call) -> Any:
    cluster = call.item("clusters")
    if cluster["status"] in LEAVING or cluster.get("agentStatus") in ("disconnecting", "disconnected"):
        raise Conflict(f"cluster is {cluster['status'] if cluster['status'] in LEAVING else 'disconnected'}")
    cluster.update(agentStatus="disconnecting", isPhase2=False, _disconnect_at=call.now())
    for node in call.items("nodes", cluster) if (call.body or {}).get("deleteProvisionedNodes") else []:
        if node["labels"].get(MANAGED) and node["state"]["phase"] not in LEAVING:
            call.move("nodes", node, "deleting")
    return call.render("clusters", cluster)


def reconcile(call: Call) -> Any:
    cluster = call.item("clusters")
    if cluster["status"] not in (*ACTIVE, "connecting"):
        raise Conflict(f"cluster is {cluster['status']}")
    stamp = call.timestamp()
    cluster.update(reconciledAt=stamp, reconcileError=None)
    cluster["reconcileInfo"] = {"mode": "enabled", "error": None, "errorCount": 0, "reconciledAt": stamp}
    return {}


def _toggle(to: str, when: tuple[str, ...], what: str = "") -> Any:
    """Hibernate or resume: move the cluster (unless a dry run) and answer with the operation."""

    def handler(call: Call) -> Any:
        cluster, mode = call.item("clusters"), call.query.get("mode") or "OPERATION_MODE_UNSPECIFIED"
        if cluster["status"] not in when:
            raise Conflict(f"cluster is {cluster['status']}{what}")
        dry_run = mode == "OPERATION_MODE_DRY_RUN"
        if not dry_run:
            call.move("clusters", cluster, to)
            if to == "resuming":
                _new_node(call, cluster, call.body or {})
        return {"clusterId": cluster["id"], "mode": mode, "operationId": _operation(call, dry_run)}

    return handler


# -- nodes ------------------------------------------------------------------------------------------------------
def _new_node(call: Call, cluster: Item, body: Item) -> Item:
    kind, spot = cluster["providerType"], bool((body.get("spotConfig") or {}).get("isSpot"))
    known = [i for i in _instances(kind) if i[0] == body.get("instanceType")]
    instance = known[0] if known else [str(body.get("instanceType")), "2", "0.1"]
    node = _node_fields(kind, instance, spot, body.get("zone") or CLOUDS.get(kind, CLOUDS["eks"])[2].split()[0])
    node["labels"].update({**(body.get("kubernetesLabels") or {}), **({SPOT: "true"} if spot else {})})
    configs = call.items("node_configurations", cluster)
    given = body.get("configurationId"), body.get("configurationName")
    wanted = [c for c in configs if c["id"] == given[0] or c["name"] == given[1]]
    config = (wanted or [c for c in configs if c["default"]] or [{"id": None}])[0]
    if (body.get("gpuConfig") or {}).get("count"):
        gpu = {"manufacturer": "NVIDIA", "name": str(body["gpuConfig"].get("type") or "gpu")}
        node["gpuInfo"] = {"gpuDevices": [{**gpu, "count": body["gpuConfig"]["count"]}]}
    taints = [dict(t) for t in body.get("kubernetesTaints") or []]
    fields = {"addedBy": "api", "taints": taints, "nodeConfigurationId": config["id"], "subnetId": body.get("subnetId")}
    return call.create("nodes", {**node, **fields, "unschedulable": False}, parent=cluster)


def add_node(call: Call) -> Any:
    cluster = call.item("clusters")
    if cluster["status"] not in ACTIVE:
        raise Conflict(f"cluster is {cluster['status']}")
    node = _new_node(call, cluster, call.body)
    return {"nodeId": node["id"], "operationId": _operation(call)}


def _node_deleted(call: Call, node: Item) -> Any:
    if node["state"]["phase"] in LEAVING:
        raise Conflict(f"node is {node['state']['phase']}")
    return {"operationId": _operation(call)}


def _node_listed(call: Call, node: Item) -> bool:
    q, phase = call.query, node["state"]["phase"]
    config = call.get("node_configurations", node.get("nodeConfigurationId")) or {}
    kind = "spot" if node["spotConfig"]["isSpot"] else "fallback" if node.get("_fallback") else "on_demand"
    wanted = {"nodeStatus": phase, "lifecycleType": kind, "nodeName": node["name"]}
    wanted |= {"nodeConfigurationName": config.get("name"), "nodeConfigurationVersion": str(config.get("version"))}
    wanted["nodeTemplateName"] = node["labels"].get(TEMPLATE)
    unspecified = [k for k, v in q.items() if str(v).endswith("_unspecified")]
    matches = all(q.get(k) in (None, v) for k, v in wanted.items() if k not in unspecified)
    return matches and not (q.get("excludeDeleting") and phase == "deleting")


# -- node configurations and templates ------------------------------------------------------------------------------
def _config_created(call: Call, config: Item) -> None:
    cluster = call.item("clusters")
    config.update(version=1, default=not call.items("node_configurations", cluster), updatedAt=config["createdAt"])
    for block in ("eks", "gke", "aks", "kops"):
        if block != cluster["providerType"]:
            config.pop(block, None)


def _config_deleted(call: Call, config: Item) -> None:
    # The default configuration stays while the cluster does; a cluster being deleted takes it with it.
    if config["default"] and call.item("clusters")["status"] not in LEAVING:
        raise Conflict("the default node configuration cannot be deleted")


def _config_changed(call: Call, config: Item, before: Item) -> None:
    config["version"] = int(before["version"]) + 1


def set_default(call: Call) -> Any:
    config = call.item("node_configurations")
    for other in call.items("node_configurations", config["_parent"]):
        other["default"] = other is config
    return call.render("node_configurations", config)


def list_templates(call: Call) -> Any:
    cluster, q = call.item("clusters"), call.query
    live = [n for n in call.items("nodes", cluster) if n["state"]["phase"] not in LEAVING and not q.get("excludeStats")]
    out = []
    for tpl in [t for t in call.items("node_templates", cluster) if q.get("includeDefault") or not t["isDefault"]]:
        mine = [n for n in live if n["labels"].get(TEMPLATE) == tpl["name"]]
        spot, fallback = sum(n["spotConfig"]["isSpot"] for n in mine), sum(bool(n.get("_fallback")) for n in mine)
        stats = {"countSpot": spot, "countFallback": fallback, "countOnDemand": len(mine) - spot - fallback}
        out.append({"template": public(tpl), "stats": {**stats, "countSoleTenant": 0}})
    return {"items": out}


def _template_saved(call: Call, tpl: Item, before: Item | None = None) -> None:
    cluster = call.item("clusters")
    configs = call.items("node_configurations", cluster)
    # An id that is not one of the cluster's configurations counts as none given: the default one.
    chosen = [c for c in configs if c["id"] == call.body.get("configurationId")] or [c for c in configs if c["default"]]
    if chosen and (before is None or call.body.get("configurationId")):
        tpl.update(configurationId=chosen[0]["id"], configurationName=chosen[0]["name"])
    tpl["version"] = str(int(before["version"]) + 1) if before else "1"
    for other in call.items("node_templates", cluster) if tpl.get("isDefault") else []:
        other["isDefault"] = other is tpl


# -- rebalancing --------------------------------------------------------------------------------------------------
def _schedule_view(call: Call, schedule: Item) -> Item:
    """A schedule with its jobs, leaving out those of clusters being deleted (their jobs go with them)."""
    alive = {c["id"] for c in call.items("clusters") if c["status"] not in LEAVING}
    jobs = [j for j in call.items("rebalancing_jobs") if j["rebalancingScheduleId"] == schedule["id"]]
    return {**schedule, "jobs": [public(j) for j in jobs if j["_parent"] in alive]}


def _schedule_saved(call: Call, schedule: Item, before: Item | None = None) -> None:
    schedule["nextTriggerAt"] = _next_cron(schedule["schedule"]["cron"], _now(call))


def update_schedule(call: Call) -> Any:
    schedule = call.find("rebalancing_schedules", call.query.get("id"))
    keys = ("name", "schedule", "triggerConditions", "launchConfiguration")
    schedule.update({k: v for k, v in call.body.items() if k in keys})
    _schedule_saved(call, schedule)
    return call.render("rebalancing_schedules", schedule)


def _schedule_deleted(call: Call, schedule: Item) -> None:
    if _schedule_view(call, schedule)["jobs"]:
        raise Conflict("rebalancing schedule still has jobs")


def _job_saved(call: Call, job: Item, before: Item | None = None) -> None:
    schedule = call.find("rebalancing_schedules", call.body["rebalancingScheduleId"])
    job.update(clusterId=call.item("clusters")["id"], enabled=call.body.get("enabled", job.get("enabled")) is not False)
    if before is None:
        next_at = _next_cron(schedule["schedule"]["cron"], _now(call))
        job.update(status="JobStatusPending", lastTriggerAt=None, rebalancingPlanId="", nextTriggerAt=next_at)


def _plan_created(call: Call, plan: Item) -> None:
    cluster = call.item("clusters")
    if cluster["status"] not in ACTIVE:
        raise Conflict(f"cluster is {cluster['status']}")
    nodes = {n["id"] for n in call.items("nodes", cluster)}
    for wanted in call.body.get("rebalancingNodes") or []:
        if wanted["nodeId"] not in nodes:
            raise Invalid.at("body", "rebalancingNodes.nodeId", f"node {wanted['nodeId']} is not in this cluster")
    for older in call.items("rebalancing_plans", cluster):
        if older["status"] in ("generating", "generated"):
            older["status"] = "obsolete"
    plan.update(clusterId=cluster["id"], minNodes=int(call.body.get("minNodes") or 1), generatedAt=None)
    plan.update(finishedAt=None, triggeredAt=None)


# -- cost and savings reports ----------------------------------------------------------------------------------------
def _report(call: Call) -> tuple[Item, list[tuple[str, float, dict[str, list[float]]]]]:
    """(cluster, [(bucket start, hours, {kind: [USD/h, vCPU, GiB]})]) over the requested window."""
    cluster, q = call.item("clusters"), call.query
    start, end = _time(q.get("startTime")), _time(q.get("endTime"))
    if start is None or end is None:
        raise Invalid.at("query", "startTime" if start is None else "endTime", "must be an RFC 3339 date-time")
    if end <= start:
        raise Invalid.at("query", "endTime", "must be after startTime")
    span = (end - start).total_seconds()
    step = int(q.get("stepSeconds") or 0) or (3600 if span <= 2 * 86400 else 86400)
    if span / step > 2000:
        raise Invalid.at("query", "stepSeconds", "too many buckets: use a larger step")
    factor = 1.0 if q.get("useListingPrices") else 0.92  # the organization's negotiated discount
    totals = {kind: [0.0, 0.0, 0.0] for kind in ("od", "spot", "fallback", "odSpot")}
    for n in call.items("nodes", cluster):
        if n["state"]["phase"] not in (*LEAVING, "pending"):
            kind = "spot" if n["spotConfig"]["isSpot"] else "fallback" if n.get("_fallback") else "od"
            cpu, gib = n["resources"]["cpuCapacityMilli"] // 1000, n["resources"]["memCapacityMib"] // 1024
            usd, was = float(n["instancePrice"]) * factor, totals[kind]
            totals[kind] = [was[0] + usd, was[1] + cpu, was[2] + gib]
            totals["odSpot"][0] += float(n["_od"]) * factor if kind == "spot" else 0.0
    out, moment = [], start
    while moment < end:
        jitter = random.Random(f"{cluster['id']}:{moment.isoformat()}").uniform(0.85, 1.15)
        hours = min(step, (end - moment).total_seconds()) / 3600
        out.append((_ts(moment), hours, {k: [v[0] * jitter, v[1], v[2]] for k, v in totals.items()}))
        moment += dt.timedelta(seconds=step)
    return cluster, out


def cost_report(call: Call) -> Any:
    cluster, buckets = _report(call)
    items, sums = [], {"od": 0.0, "spot": 0.0, "fallback": 0.0}
    for stamp, hours, b in buckets:
        item = {"timestamp": stamp}
        for key, label in (("od", "OnDemand"), ("spot", "Spot"), ("fallback", "SpotFallback")):
            usd, cpu, gib = b[key]
            item |= {f"cost{label}": f"{usd:.4f}", f"cpuCount{label}": f"{cpu:.0f}", f"ramGib{label}": f"{gib:.0f}"}
            sums[key] += b[key][0] * hours
        items.append(item)
    summary = {"totalCost": f"{sum(sums.values()):.2f}", "totalCostOnDemand": f"{sums['od']:.2f}"}
    summary |= {"totalCostSpot": f"{sums['spot']:.2f}", "totalCostSpotFallback": f"{sums['fallback']:.2f}"}
    return {"clusterId": cluster["id"], "items": items, "summary": summary}


def savings_report(call: Call) -> Any:
    cluster, buckets = _report(call)
    items, cost, saved = [], 0.0, 0.0
    for stamp, hours, b in buckets:
        downscaling, spot = b["od"][0] * 0.22 * hours, max(b["odSpot"][0] - b["spot"][0], 0.0) * hours
        items.append({"timestamp": stamp, "downscalingSavings": f"{downscaling:.2f}", "spotSavings": f"{spot:.2f}"})
        cost, saved = cost + (b["od"][0] + b["spot"][0] + b["fallback"][0]) * hours, saved + downscaling + spot
    summary = {"totalCost": f"{cost:.2f}", "totalSavings": f"{saved:.2f}"}
    return {"clusterId": cluster["id"], "items": items, "summary": summary}


# -- API access keys, organizations, the current user ----------------------------------------------------------------
def _token_created(call: Call, token: Item) -> Item:
    secret = hexstr(call.rng, 64)
    token.update(active=True, createdBy=_me(call)["email"], organizationId=ORG_ID, token=None, lastUsedAt=None)
    token.update(tokenPrefix=secret[:6], _secret=secret)
    call.grant("ApiKeyAuth", secret, token_id=token["id"])
    return {"token": secret}  # shown in this answer only


def _token_changed(call: Call, token: Item, before: Item) -> None:
    if "active" in call.body and token.get("_secret") and token["active"]:
        call.grant("ApiKeyAuth", token["_secret"], token_id=token["id"])
    elif "active" in call.body and token.get("_secret"):
        call.revoke("ApiKeyAuth", token["_secret"])


def _token_deleted(call: Call, token: Item) -> None:
    if token.get("_secret"):
        call.revoke("ApiKeyAuth", token["_secret"])


def _token_listed(call: Call, token: Item) -> bool:
    every = call.query.get("organizations") == "ALL"
    return (every or token["organizationId"] == ORG_ID) and call.query.get("userId") in (None, token.get("createdBy"))


def list_orgs(call: Call) -> Any:
    role = {"childOrderId": None, "organizationMember": True, "internal": False, "blockEscalatedPrivilege": False}
    return {"organizations": [{**public(o), **role, "role": o["_role"]} for o in call.items("organizations")]}


def _org_created(call: Call, org: Item) -> None:
    parent = call.body.get("parentId")
    if parent is not None and call.get("organizations", parent) is None:
        raise Invalid.at("body", "parentId", "parent organization not found")
    kind = call.body.get("type") or f"ORGANIZATION_TYPE_{'CHILD' if parent else 'DEFAULT'}"
    org.update(parentId=parent, type=kind, billingType=call.body.get("billingType") or "standard", _role="owner")
    org["metadata"] = {"parentOrganizationId": parent, "partnerTenantId": None, **(call.body.get("metadata") or {})}


def upsert_policies(call: Call) -> Any:
    call.shared("policies", {})[call.item("clusters")["id"]] = call.body
    return call.body


def _me(call: Call) -> Item:
    rng = random.Random(f"castai:{call.seed}:me")
    full, email = person(rng, 0)
    email = email.replace("0@", "@")
    me = {"id": f"auth0|{hexstr(rng, 24)}", "name": full, "email": email, "username": email.split("@")[0]}
    return me | {"firstLogin": False}


def _authorize(call: Call) -> None:
    """A created key works until deactivated, deleted or expired; a read-only one may only read."""
    token = call.get("auth_tokens", call.credential_meta().get("token_id")) if call.credential_meta() else None
    if token is None and not call.credential_meta():
        return
    expires = _time(token["expiresAt"]) if token and token.get("expiresAt") else None
    if token is None or not token["active"] or (expires is not None and expires.timestamp() <= call.now()):
        raise Refused(401, "Unauthorized", "unauthorized")
    token["lastUsedAt"] = call.timestamp()
    if token["readonly"] and call.method != "GET":
        issue = Issue(("header", "X-API-Key"), "this API access key is read-only")
        raise Refused(403, "Forbidden", "forbidden", issues=(issue,))


_EXT, _K8S = "/v1/kubernetes/external-clusters", "/v1/kubernetes/clusters/{clusterId}"
RESOURCES = (  # name, schema, item path, seed, count
    ("clusters", "Cluster", f"{_EXT}/{{clusterId}}", _cluster, 3),
    ("nodes", "Node", f"{_EXT}/{{clusterId}}/nodes/{{nodeId}}", _node, 40),
    ("operations", "Operation", f"{_EXT}/operations/{{id}}", _seed_operation, 10),
    ("node_configurations", "NodeConfiguration", f"{_K8S}/node-configurations/{{id}}", _config, 3),
    ("node_templates", "NodeTemplate", f"{_K8S}/node-templates/{{nodeTemplateName}}", _template, 3),
    ("rebalancing_schedules", "RebalancingSchedule", "/v1/rebalancing-schedules/{id}", _schedule, 3),
    ("rebalancing_jobs", "RebalancingJob", f"{_K8S}/rebalancing-jobs/{{id}}", _job, 1),
    ("rebalancing_plans", "RebalancingPlan", f"{_K8S}/rebalancing-plans/{{rebalancingPlanId}}", _plan, 12),
    ("auth_tokens", "AuthToken", "/v1/auth/tokens/{id}", _token, 4),
    ("organizations", "Organization", "/v1/organizations/{id}", _org, 3),
)
_RESUME = _toggle("resuming", ("hibernated", "hibernating"), ", not hibernated")
OPTIONS: dict[str, dict[str, Any]] = {  # beyond the conventional routes of each path
    "clusters": dict(lifecycle=CLUSTER, view=_cluster_view, on_state=_cluster_state, filters=CREDENTIALS),
    "nodes": dict(lifecycle=NODE, where=_node_listed, on_delete=_node_deleted),
    "operations": dict(lifecycle=OPERATION),
    "node_configurations": dict(unique=("name",), updated=("updatedAt",), on_delete=_config_deleted),
    "node_templates": dict(ids=Natural("name"), id_field="name", unique=("name",), on_update=_template_saved),
    "rebalancing_schedules": dict(unique=("name",), view=_schedule_view, on_delete=_schedule_deleted),
    "rebalancing_jobs": dict(on_create=_job_saved, on_update=_job_saved),
    "rebalancing_plans": dict(id_field="rebalancingPlanId", newest_first=True, lifecycle=PLAN),
    "auth_tokens": dict(where=_token_listed, on_update=_token_changed, on_delete=_token_deleted),
    "organizations": dict(on_create=_org_created, ops={"UsersAPI_ListOrganizations": list_orgs}),
}
OPTIONS["clusters"] |= dict(on_create=_register, on_update=_cluster_changed)
OPTIONS["clusters"]["ops"] = {
    "ExternalClusterAPI_ListKubernetesClusters": "list",
    "ExternalClusterAPI_DisconnectCluster": disconnect,
    "ExternalClusterAPI_ReconcileCluster": reconcile,
    "ExternalClusterAPI_TriggerHibernateCluster": _toggle("hibernating", ACTIVE),
    "ExternalClusterAPI_TriggerResumeCluster": _RESUME,
    "ExternalClusterAPI_UpdateClusterTags": lambda call: call.item("clusters").update(tags=call.body["tags"]) or {},
    "ExternalClusterAPI_CreateClusterToken": lambda call: {"token": hexstr(call.rng, 32)},
}
_DRAIN = Move("draining", ("ready", "cordoned", "not_ready"), lambda call, node: {"operationId": _operation(call)})
OPTIONS["nodes"]["ops"] = {"ExternalClusterAPI_AddNode": add_node, "ExternalClusterAPI_DrainNode": _DRAIN}
OPTIONS["node_configurations"] |= dict(on_create=_config_created, on_update=_config_changed)
OPTIONS["node_configurations"]["ops"] = {"NodeConfigurationAPI_SetDefault": set_default}
OPTIONS["node_templates"] |= dict(on_create=_template_saved, ops={"NodeTemplatesAPI_ListNodeTemplates": list_templates})
OPTIONS["rebalancing_schedules"] |= dict(on_create=_schedule_saved)
OPTIONS["rebalancing_schedules"]["ops"] = {"ScheduledRebalancingAPI_UpdateRebalancingSchedule": update_schedule}
_EXECUTE = Move("creating_nodes", ("generated",), lambda call, plan: plan.update(triggeredAt=call.timestamp()))
OPTIONS["rebalancing_plans"] |= dict(on_create=_plan_created, ops={"AutoscalerAPI_ExecuteRebalancingPlan": _EXECUTE})
OPTIONS["auth_tokens"] |= dict(on_create=_token_created)
HANDLERS = {  # operations no resource serves
    "ClusterReportAPI_GetClusterCostReport": cost_report,
    "ClusterReportAPI_GetClusterSavingsReport": savings_report,
    "PoliciesAPI_GetClusterPolicies": lambda call: (
        call.shared("policies", {}).get(call.item("clusters")["id"]) or call.synthesise()
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
    auth_error=lambda call, reason: Problem(401, "unauthorized", "Unauthorized"),
    authorize=_authorize,
    handlers=HANDLERS,
    resources=tuple(
        Resource(*row[:3], seed=row[3], count=row[4], created=("createdAt",), **OPTIONS[row[0]]) for row in RESOURCES
    ),
)
