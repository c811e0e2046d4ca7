"""StackPointCloud / NKS: DRF-style {detail} errors, integer pks, orgs -> clusters -> nodes, Bearer tokens.

Everything lives under an organization and every path id is checked against its parent (a cluster
of another org is a 404, as DRF's scoped querysets answer). A new cluster's master and workers share
its lifecycle, so they come up with it; its default pool turns active when it runs. Fields the spec's
examples already give (most of them) are not repeated here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from typing import Any

from .._errors import NotFound, Problem, Refused, Statuses
from .._hooks import Call, Item, Reply, Seeding, pick, public
from .._model import Count, Create, Follow, Lifecycle, Provider, Resource, Sequential, steps
from ._fake import hexstr, person, timestamp, token

MEMBERS, TEAMS, WORKSPACES, KEYSETS, CLUSTERS, NODES, POOLS = 5, 3, 2, 4, 4, 4, 2  # per org / per cluster
MAX_NODES = 5_000  # per cluster: the Kubernetes limit (see specs/stackpoint/NOTES.md, "Node counts")
GONE, RUNNING = ("deleting", "deleted"), ("running",)  # nodes are added only to a running cluster
ME: Item = {"pk": 3, "username": "jdoe", "email": "jdoe@example.com", "first_name": "J", "last_name": "Doe"}
ORG_NAMES = ("My Organization", "Shy Bonus", "Divine Dawn", "Quiet Harbor", "Amber Falcon", "Silver Delta")
CLOUD_KEYS = ("provider", "region", "zone", "worker_size", "platform", "channel", "image")
CLOUDS = (
    "aws|us-west-2|us-west-2a|t2.large|coreos|stable|ami-0b0f4f5f0c8c1a797",
    "gce|us-central1-a||n1-standard-2|ubuntu|16.04-lts|ubuntu-1604-xenial-v20190212",
    "azure|eastus||standard_d2_v2|ubuntu|16.04-lts|UbuntuServer-16.04-LTS",
    "do|nyc1||4gb|coreos|stable|coreos-stable",
)
KEYSETS_SEEDED = (  # category, entity, name, key types
    "provider|aws|My AWS Credentials|pub pvt",
    "user_ssh||Default SPC SSH Keypair|pub pvt",
    "solution|sysdig|Sysdig Access Key|token",
    "vcs|github|GitHub|token",
)
GOING: dict[str, Any] = {"failed": "failed", "deleting": "deleting", "gone": "deleted"}
ENTER = {"provisioned": {"is_k8s_available": True}, "running": {"is_kubeconfig_available": True}}
CLUSTER_FLOWS = steps("draft > building > provisioned > running; deleting > deleted", 1.0)
CLUSTER = Lifecycle(CLUSTER_FLOWS, "state", **GOING, on_enter={**ENTER, "failed": {"is_failed": True}})
POOL = Lifecycle({"draft": ("active", 3.0), "deleting": ("deleted", 1.0)}, "state", **GOING)  # failed: NodePoolState
FEDERATION = Lifecycle(steps("draft > building > running; deleting > deleted", 1.0), "state", **GOING)


def _error(problem: Problem) -> dict[str, Any]:
    if problem.code in ("resource_not_found", "not_found"):
        return {"detail": "Not found."}
    if problem.code == "malformed_json":
        return {"detail": f"JSON parse error - {problem.message}"}
    if problem.issues:
        issue = problem.issues[0]
        field = next((str(p) for p in reversed(issue.loc) if isinstance(p, str) and p != "body"), "non_field_errors")
        message = {
            "missing": "This field is required.",
            "does_not_exist": f'Invalid pk "{issue.input}" - object does not exist.',
        }
        return {"detail": f"{field}: {message.get(issue.type, issue.msg)}"}
    return {"detail": problem.message}


def _bad(message: str) -> Refused:
    return Refused(400, message, "invalid")


def _slug(text: str, suffix: int | None = None) -> str:
    base = "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split()) or "org"
    return base if suffix is None else f"{base}-{suffix}"


# -- seeds: a tree built from each item's index (the examples give every other field) ------------------------------
def _org(s: Seeding) -> Item:
    name = ORG_NAMES[s.index % len(ORG_NAMES)] + f" {s.index + 1}" * (s.index >= len(ORG_NAMES))
    slug = _slug(name, (s.index and 381 + 826 * s.index) or None)
    return {"name": name, "slug": slug, "created": timestamp(500 * s.index)}


def _member(s: Seeding) -> Item:
    j, (full, email) = s.index % MEMBERS, person(s.rng, s.index)
    user = {**s.item["user"], **ME, "full_name": "J Doe"}
    if j:
        user.update(pk=12000 + s.index, username=email.split("@")[0], email=email, full_name=full)
    role = "owner" if j == 0 else s.rng.choice(("admin", "member", "member"))
    item = {"user": user, "role": role, "is_owner": j == 0, "is_manager": role != "member"}
    return item | {"is_default": s.index < MEMBERS}


def _team(s: Seeding) -> Item:
    name, membership = s.cycle(("Everyone", "Platform", "Developers")), s.item["memberships"][0]
    membership = {**membership, "pk": 800 + s.index, "team": s.item["pk"], "user": {**membership["user"], **ME}}
    return {"name": name, "slug": _slug(name), "is_org_wide": s.index % TEAMS == 0, "memberships": [membership]}


def _keyset(s: Seeding) -> Item:
    category, entity, name, kinds = s.cycle(KEYSETS_SEEDED).split("|")
    key = {**s.item["keys"][0], "keyset": s.item["pk"], "user": ME["pk"]}
    keys = [{**key, "pk": 9000 + 4 * s.index + n, "key_type": kind} for n, kind in enumerate(kinds.split())]
    for k in keys:
        k["fingerprint"] = _fingerprint(hexstr(s.rng, 8)) if k["key_type"] == "pub" else ""
    return {"name": name, "category": category, "entity": entity, "keys": keys, "is_default": s.index % KEYSETS < 2}


def _cluster(s: Seeding) -> Item:
    item: Item = dict(zip(CLOUD_KEYS, CLOUDS[(s.index + s.index // CLUSTERS) % len(CLOUDS)].split("|"), strict=True))
    j, state, pk, org = s.index % CLUSTERS, "failed" if s.index % 7 == 6 else "running", s.item["pk"], s.parent["pk"]  # type: ignore[index]
    ws, keysets, ready = s.siblings("workspaces")[j == CLUSTERS - 1], s.siblings("keysets"), state == "running"
    if s.index:  # item 0 keeps the example's name and instance id
        item["name"] = f"{s.rng.choice(('prod', 'staging', 'dev', 'ci'))}-{item['provider']}-{j + 1}"
        item["instance_id"] = f"spc{token(s.rng, 7)}"
    item.update(_ws=str(ws["pk"]), master_size=item["worker_size"], state=state, is_failed=not ready)
    item.update(is_kubeconfig_available=ready, is_k8s_available=ready)
    item.update(provider_keyset=keysets[0]["pk"], user_ssh_keyset=keysets[1]["pk"])
    item.update(federation_role=("host", None)[j > 0], follower={**s.item["follower"], "cluster": pk})
    item["kubeconfig_path"] = f"/orgs/{org}/clusters/{pk}/kubeconfig"
    solution = {**s.item["solutions"][0], "cluster": pk, "state": "installed" if ready else "failed"}
    item["solutions"] = [
        {**solution, "pk": 4409 + 2 * s.index + n, "solution": key, "name": name}
        for n, (key, name) in enumerate((("helm_tiller", "Helm Tiller"), ("calico", "Calico")))
    ]
    return item


def _ip(rng: random.Random, private: bool) -> str:
    first = 10 if private else rng.randint(13, 223)
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def _node(s: Seeding) -> Item:
    cluster, j = s.parent or {}, s.index % NODES
    pool, role = None if j == NODES - 1 else s.siblings("nodepools")[j != 0], ("worker", "master")[j == NODES - 1]
    item = {k: cluster[k] for k in ("platform", "image", "channel", "zone", "state", "is_failed")}
    item.update(pool=pool and pool["pk"], pool_name=pool["name"] if pool else "", role=role, location=cluster["region"])
    item["instance_id"] = f"{cluster['instance_id']}-{role}-{j + 1}"
    item.update(private_ip=_ip(s.rng, True), public_ip=_ip(s.rng, False), size=cluster["worker_size"])
    item.update(etcd_state=("none", "member")[role == "master"], _essential=role == "master")
    return item


def _pool(s: Seeding) -> Item:
    cluster, default = s.parent or {}, s.index % POOLS == POOLS - 1
    item = {"name": ("Compute Pool", "Default Worker Pool")[default], "instance_size": cluster["worker_size"]}
    item["instance_id"] = f"{cluster['instance_id']}-pool-{s.index % POOLS + 1}"
    return {
        **item,
        "zone": cluster["zone"],
        "state": "failed" if cluster["state"] == "failed" else "active",
        "is_default": default,
    }


def _federation(s: Seeding) -> Item:
    host, ws = s.siblings("clusters")[0], s.siblings("workspaces")[0]
    role = {**s.item["roles"][0], "pk": 178 + 10 * s.index, "federation": s.item["pk"], "cluster": host["pk"]}
    item = {"workspace": _ws_summary(ws), "roles": [{**role, "role": "host", "state": "joined"}], "state": "running"}
    return {**item, "name": f"Federation {s.index + 1}", "identifier": f"spc-{token(s.rng, 10)}"} if s.index else item


def _workspace(s: Seeding) -> Item:
    default = s.index % WORKSPACES == 0
    return {"name": ("Staging", "Default")[default], "slug": ("staging", "default")[default], "is_default": default}


def _volume(s: Seeding) -> Item:
    return {"name": f"pvc-{hexstr(s.rng, 8)}", "volume_id": f"vol-{hexstr(s.rng, 17)}"}


def _invoice(s: Seeding) -> Item:
    start = (dt.date(2019, 3, 1) - dt.timedelta(days=31 * s.index)).replace(day=1)
    end, state = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1), ("open", "paid")[s.index >= 2]
    item = {"org": 381 + 826 * (s.index % 3), "org_name": ORG_NAMES[s.index % 3], "state": state}
    item["status_display"] = state.title()
    item.update(start_time=f"{start}T00:00:00Z", end_time=f"{end}T23:59:59Z", billing_period=start.strftime("%B %Y"))
    item.update(amount_due=round(s.rng.uniform(5, 400), 2) if state == "open" else 0.0, is_payable=state == "open")
    return {**item, "identifier": f"NKS-{token(s.rng, 10).upper()}"} if s.index else item


# -- views: derived fields refreshed whenever an item is answered ---------------------------------------------------
def _ws_summary(ws: Item | None) -> Item:
    return pick(ws, "pk", "name", "slug", "org", "is_default", "created")


def _cluster_view(call: Call, cluster: Item) -> Item:
    return {**cluster, "workspace": _ws_summary(call.get("workspaces", cluster.get("_ws")))}


def _workspace_view(call: Call, ws: Item) -> Item:
    clusters = [c for c in call.items("clusters", ws["org"]) if c.get("_ws") == str(ws["pk"])]
    feds = [f for f in call.items("federations", ws["org"]) if f["workspace"]["pk"] == ws["pk"]]
    clusters, feds = [c for c in clusters if c["state"] != "deleted"], [f for f in feds if f["state"] != "deleted"]
    summaries = [pick(c, "pk", "name", "provider", "state") for c in clusters]
    return {**ws, "clusters": summaries, "federations": [pick(f, "pk", "name", "state") for f in feds]}


def _federation_view(call: Call, fed: Item) -> Item:
    roles: list[Item] = []
    keys = ("pk", "instance_id", "role", "state", "is_failed", "pool", "pool_name", "private_ip", "public_ip")
    for role in fed["roles"]:
        cluster = call.get("clusters", role["cluster"])
        if cluster is not None:
            nodes = [pick(n, *keys) for n in call.items("nodes", cluster) if n["state"] not in GONE]
            role = {**role, "cluster": {**public(call.shown("clusters", cluster)), "nodes": nodes}}
        roles.append(role)
    return {**fed, "roles": roles}


# -- organizations, teams, members, invites, workspaces, keysets ------------------------------------------------------
def _me(call: Call) -> Item:
    me: Item = call.shared("me", {**call.example("UserProfile"), **ME, "full_name": "J Doe"})
    return me


def create_org(call: Call) -> Any:
    org = call.create("orgs", {"name": call.body["name"], "logo": None})
    org["slug"] = _slug(org["name"], org["pk"])
    # A new organization comes with the Everyone team, its default workspace and its owner.
    me = pick(_me(call), *call.example("UserSummary"))
    team = call.create("teams", {"name": "Everyone", "slug": "everyone", "is_org_wide": True}, parent=org)
    team["memberships"] = [{"pk": team["pk"] + 5000, "team": team["pk"], "user": me, "created": call.timestamp()}]
    ws = call.create("workspaces", {"name": "Default", "slug": "default", "is_default": True}, parent=org)
    summary = pick(team, "pk", "name", "slug", "org", "is_org_wide", "created")
    ws["team_workspaces"] = [{"pk": ws["pk"] + 600, "team": summary, "workspace": ws["pk"], "created": ws["created"]}]
    call.create("members", {"user": me, "role": "owner", "is_owner": True, "is_manager": True}, parent=org)
    return Reply(201, [public(o) for o in reversed(call.items("orgs"))])  # every org of the user, newest first


def _team_saved(call: Call, team: Item, before: Item | None = None) -> None:
    team["slug"] = _slug(team["name"])
    if before is None:
        team["memberships"] = []
    elif "memberships" in call.body:  # the whole list is replaced
        members = {m["user"]["pk"]: m["user"] for m in call.items("members", team["org"])}
        kept, users = {m["user"]["pk"]: m for m in before["memberships"]}, [e["user"] for e in call.body["memberships"]]
        made = [{"pk": team["pk"] + 5000 + n, "team": team["pk"], "user": members[u]} for n, u in enumerate(users)]
        made = [{**m, "created": call.timestamp()} for m in made]
        team["memberships"] = [kept.get(user) or new for user, new in zip(users, made, strict=True)]


def _member_dropped(call: Call, member: Item) -> None:
    for team in call.items("teams", member["org"]):
        team["memberships"] = [m for m in team["memberships"] if m["user"]["pk"] != member["user"]["pk"]]


def invite_members(call: Call) -> Any:
    org = call.item("orgs")
    teams, invites, out = {t["pk"] for t in call.items("teams", org)}, call.shared("invites", []), []
    for n, request in enumerate(call.body):
        unknown = [t for t in request.get("teams", []) if t not in teams]
        if unknown:
            raise _bad(f'teams: Invalid pk "{unknown[0]}" - object does not exist.')
        invite = {**call.example("Invite"), "pk": 2167 + len(invites) + n, "org": org["pk"]}
        invite["name"] = request.get("name", "")
        invite.update(email=request["email"], role=request["role"], teams=request.get("teams", []), state="pending")
        out.append({**invite, "created": call.timestamp(), "expires": call.timestamp(call.now() + 7 * 86400)})
    invites.extend(out)
    return Reply(201, out)


def _workspace_saved(call: Call, ws: Item, before: Item | None = None) -> None:
    ws["slug"] = _slug(ws["name"])
    if before is None:
        everyone = next((t for t in call.items("teams", ws["org"]) if t["is_org_wide"]), None)
        team = pick(everyone, "pk", "name", "slug", "org", "is_org_wide", "created")
        link = {"pk": ws["pk"] + 600, "workspace": ws["pk"], "created": ws["created"], "team": team}
        ws.update(is_default=False, clusters=[], federations=[], user_solutions=[], team_workspaces=[link] * bool(team))


def _fingerprint(key: str) -> str:
    digest = hashlib.md5(key.encode(), usedforsecurity=False).hexdigest()
    return ":".join(digest[i : i + 2] for i in range(0, 32, 2))


def _keyset_saved(call: Call, keyset: Item, before: Item | None = None) -> None:
    """Key records (never their values) and one default keyset per category and entity."""
    body, org = call.body, keyset["org"]
    if before is not None and before["category"] == "vcs":
        raise Refused(405, 'Method "PATCH" not allowed.', "method_not_allowed")
    if before is None and body.get("org", org) != org:
        raise _bad("org: Must match the organization in the URL.")
    if before is None and body["category"] == "vcs":
        raise _bad("category: VCS keysets can only be created in the web UI.")
    base = max((k["pk"] for ks in call.items("keysets") for k in ks.get("keys", [])), default=8999) + 1
    given = enumerate(body.get("keys", []))
    keys = [{"pk": base + n, "keyset": keyset["pk"], "key_type": k["key_type"], "user": ME["pk"]} for n, k in given]
    for key, given in zip(keys, body.get("keys", []), strict=True):
        key["fingerprint"] = _fingerprint(given["key"]) if given["key_type"] == "pub" else ""
    keyset["keys"] = keys if "keys" in body else keyset["keys"]


# -- clusters, nodes, node pools, build logs ---------------------------------------------------------------------------
def _cluster_created(call: Call, cluster: Item) -> None:
    body, org, pk = call.body, call.item("orgs"), cluster["pk"]
    if body["provider"] in ("gke", "aks", "eks") and body.get("platform") not in (None, "gci", "ubuntu", "coreos"):
        raise _bad("platform: Not a valid choice for this provider.")
    wanted, workspaces = call.path.get("workspace_id"), call.items("workspaces", org)
    ws = call.find("workspaces", wanted, org) if wanted else next((w for w in workspaces if w["is_default"]), {})
    keysets = {k["pk"]: k["name"] for k in call.items("keysets", org)}
    cluster.update(owner=ME["pk"], owner_detail=ME["email"], instance_id=f"spc{token(call.rng, 7)}", image="")
    cluster.update(is_failed=False, is_kubeconfig_available=False, is_k8s_available=False, federation_role=None)
    cluster.update(kubeconfig_path=f"/orgs/{org['pk']}/clusters/{pk}/kubeconfig", _ws=str(ws.get("pk")), solutions=[])
    cluster.update(provider_keyset_name=keysets.get(body["provider_keyset"], ""), zone=body.get("zone", ""))
    cluster.update(user_ssh_keyset_name=keysets.get(body.get("user_ssh_keyset"), ""))
    cluster["follower"] = {"pk": pk + 300, "cluster": pk}
    for n, solution in enumerate(body.get("solutions", [])):
        made = {"pk": pk * 10 + n, "cluster": pk, "state": "draft", "created": cluster["created"]}
        made |= {"solution": solution["solution"], "name": solution["solution"]}
        cluster["solutions"].append({**call.example("Solution"), **made})
    pool = {"name": "Default Worker Pool", "instance_size": body["worker_size"], "is_default": True}
    pool["zone"] = cluster["zone"]
    pool.update(instance_id=f"{cluster['instance_id']}-pool-1", platform=body["platform"], channel=body["channel"])
    pool = call.create("nodepools", pool, parent=cluster)
    _add_nodes(call, cluster, None, "master", body["master_size"], body["master_count"], initial=True)
    _add_nodes(call, cluster, pool, "worker", body["worker_size"], body["worker_count"], initial=True)
    log = {"event_type": "cluster_build", "event_state": "started", "message": "Build queued"}
    call.create("build_logs", log, cluster)


def _add_nodes(
    call: Call, cluster: Item, pool: Item | None, role: str, size: str, count: int, initial: bool = False
) -> list[Item]:
    """``count`` new draft nodes: linear in ``count`` (no per-node scan), and a cluster holds at most MAX_NODES."""
    live = sum(n["state"] not in GONE for n in call.items("nodes", cluster))
    if live + count > MAX_NODES:
        raise _bad(f"node_count: A cluster has at most {MAX_NODES} nodes; it has {live}.")
    zone, made = cluster.get("zone", ""), []
    node = {"pool": pool and pool["pk"], "pool_name": pool["name"] if pool else "", "role": role, "size": size}
    node.update(location=f"{cluster['region']}:{zone}" if zone else cluster["region"], zone=zone)
    node["etcd_state"] = ("none", "member")[role == "master"]
    node.update(platform=cluster["platform"], channel=cluster["channel"], image=cluster.get("image", ""), state="draft")
    node.update(private_ip="", public_ip="", provider_node_id="")
    for n in range(count):
        essential = initial and role == "master" and n == 0  # the initial master: never deletable
        node |= {"instance_id": f"{cluster['instance_id']}-{role}-{live + n + 1}", "_essential": essential}
        made.append(call.create("nodes", dict(node), parent=cluster))
    return made


def _cluster_state(call: Call, cluster: Item, state: Any) -> None:
    cluster["k8s_dashboard_installed"] = state == "running" and cluster.get("k8s_dashboard_enabled", True)
    for solution in cluster.get("solutions", []) if state in ("provisioned", "running") else []:
        solution["state"] = "installed" if state == "running" else "installing"


def _node_state(call: Call, node: Item, state: Any) -> None:
    if state in ("provisioned", "running") and not node.get("private_ip"):
        node.update(private_ip=_ip(call.rng, True), public_ip=_ip(call.rng, False))
        node["provider_node_id"] = f"i-{hexstr(call.rng, 17)}"


def _cluster_deleted(call: Call, cluster: Item) -> None:
    for fed in call.items("federations", cluster["org"]):
        fed["roles"] = [r for r in fed["roles"] if r["cluster"] != cluster["pk"]]


def add_nodes(call: Call) -> Any:
    cluster, body, pool = call.item("clusters", RUNNING), call.body, None
    role = body.get("role", "worker")
    if role == "master" and body["node_count"] != 1:
        raise _bad("node_count: Masters must be added one at a time.")
    if role == "worker":  # an unknown node_pool falls back to the default pool, as for an omitted one
        pools = [p for p in call.items("nodepools", cluster) if p["state"] not in GONE]
        pool = ([p for p in pools if p["pk"] == body.get("node_pool")] or [p for p in pools if p["is_default"]])[0]
    return Reply(201, [public(n) for n in _add_nodes(call, cluster, pool, role, body["size"], body["node_count"])])


def add_pool_nodes(call: Call) -> Any:
    cluster, pool = call.item("clusters", RUNNING), call.item("nodepools")
    if call.body.get("role", "worker") != "worker":
        raise _bad("role: Node pools hold worker nodes only.")
    if pool["state"] in GONE:
        raise _bad(f"Node pool {pool['pk']} is {pool['state']}.")
    made = _add_nodes(call, cluster, pool, "worker", call.body["size"], call.body["node_count"])
    return Reply(201, [public(n) for n in made])


def _pool_created(call: Call, pool: Item) -> None:
    cluster = call.item("clusters", RUNNING)
    pool.update(instance_id=f"{cluster['instance_id']}-pool-{len(call.items('nodepools', cluster)) + 1}", node_count=0)
    pool.update(autoscaled=False, min_count=0, max_count=0, state="draft", is_default=False, role="worker")
    _add_nodes(call, cluster, pool, "worker", call.body["instance_size"], call.body["node_count"])


def _pool_changed(call: Call, pool: Item, before: Item) -> None:
    if not pool["autoscaled"]:
        pool.update(min_count=0, max_count=0)
    elif call.body.get("min_count") is None or call.body.get("max_count") is None:
        raise _bad("min_count and max_count are required when autoscaling is on.")
    elif pool["max_count"] < pool["min_count"]:
        raise _bad("max_count: Must not be below min_count.")


def _node_deletable(call: Call, node: Item) -> Item:  # deleteNode answers 204: this answer is checkNodeDeletable's
    if node.get("_essential"):
        raise _bad(f"Node {node['pk']} is the cluster's initial master and cannot be deleted.")
    return {"eligible": True}


def get_kubeconfig(call: Call) -> Any:
    cluster = call.item("clusters")
    if not cluster.get("is_kubeconfig_available"):
        raise NotFound("cluster_id", str(cluster["pk"]))
    name = cluster["instance_id"]
    ca, secret = hexstr(random.Random(name), 64), hexstr(random.Random(name + "token"), 32)
    server, admin = {"server": f"https://api.{name}.stackpoint.io", "certificate-authority-data": ca}, f"{name}-admin"
    parts = {"clusters": [{"name": name, "cluster": server}], "users": [{"name": admin, "user": {"token": secret}}]}
    parts["contexts"] = [{"name": name, "context": {"cluster": name, "user": admin}}]
    lists = "".join(f"{key}: {json.dumps(value)}\n" for key, value in parts.items())  # JSON is YAML (flow style)
    return Reply(text=f"apiVersion: v1\nkind: Config\ncurrent-context: {name}\n{lists}", media="application/yaml")


def _log_created(call: Call, log: Item) -> None:
    if call.body["cluster"] != int(call.path["cluster_id"]):
        raise _bad("cluster: Must match the cluster in the URL.")


# -- federations --------------------------------------------------------------------------------------------------
def _role(call: Call, fed: Item, org: Item, request: Item) -> Item:
    cluster = call.get("clusters", request["cluster"], org)
    if cluster is None or cluster["state"] in GONE:
        raise _bad(f'cluster: Invalid pk "{request["cluster"]}" - object does not exist.')
    cluster["federation_role"] = request["role"]
    pk = max((r["pk"] for f in call.items("federations") for r in f.get("roles", [])), default=177) + 1
    role = {"pk": pk, "federation": fed["pk"], "cluster": cluster["pk"], "role": request["role"], "state": "joining"}
    return {**role, "created": call.timestamp(), "updated": call.timestamp()}


def _federation_created(call: Call, fed: Item) -> None:
    org, body = call.item("orgs"), call.body
    ws = call.find("workspaces", call.path["workspace_id"], org)
    if body.get("workspace", ws["pk"]) != ws["pk"]:
        raise _bad("workspace: Must match the workspace in the URL.")
    if sum(r["role"] == "host" for r in body["roles"]) > 1:
        raise _bad("roles: Exactly one cluster must be the host.")
    if len({r["cluster"] for r in body["roles"]}) != len(body["roles"]):
        raise _bad("roles: A cluster can only be added once.")
    fed.update(identifier=f"spc-{token(call.rng, 10)}", workspace=_ws_summary(ws), is_kubeconfig_available=False)
    fed["roles"] = [_role(call, fed, org, r) for r in body["roles"]]


def _federation_state(call: Call, fed: Item, state: Any) -> None:
    fed["is_kubeconfig_available"] = state == "running"
    for role in fed["roles"] if state == "running" else []:
        role["state"] = "joined"


def add_role(call: Call) -> Any:
    fed, body = call.item("federations"), call.body
    if body["role"] != "guest":
        raise _bad("role: The host is fixed when the federation is created; add guests only.")
    if body["cluster"] in {r["cluster"] for r in fed["roles"]}:
        raise _bad("cluster: This cluster is already in the federation.")
    fed["roles"].append(_role(call, fed, call.item("orgs"), body))
    return Reply(201, _federation_view(call, {**fed, "roles": fed["roles"][-1:]})["roles"])


def _federation_deleted(call: Call, fed: Item) -> None:
    for cluster in filter(None, (call.get("clusters", role["cluster"]) for role in fed["roles"])):
        cluster["federation_role"] = None


# -- the user and billing ---------------------------------------------------------------------------------------------
def _profile(call: Call) -> Item:
    me, mine = _me(call), [m for m in call.items("members") if m["user"]["pk"] == ME["pk"]]
    keys = ("pk", "role", "is_owner", "is_manager", "is_billing_manager", "subscription", "is_default", "created")
    memberships = [{**pick(m, *keys), "user": me["pk"], "org": public(call.get("orgs", m["org"]) or {})} for m in mine]
    keysets = [public(k) for k in call.items("keysets") if k["org"] in {m["org"] for m in mine}]
    clusters = sum(c.get("owner") == me["pk"] for c in call.items("clusters"))
    return {**me, "org_memberships": memberships, "keysets": keysets, "lifetime_cluster_count": clusters}


def update_profile(call: Call) -> Any:
    me = _me(call)
    if call.path["username"] != me["username"]:
        raise NotFound("username", call.path["username"])
    me.update({k: v for k, v in call.body.items() if k in ("email", "first_name", "last_name", "full_name")})
    if ("first_name" in call.body or "last_name" in call.body) and "full_name" not in call.body:
        me["full_name"] = f"{me['first_name']} {me['last_name']}".strip()
    users = [m["user"] for m in call.items("members")]
    users += [t["user"] for team in call.items("teams") for t in team["memberships"]]
    for user in [u for u in users if u["pk"] == me["pk"]]:
        user.update({k: me[k] for k in user if k in me})
    return _profile(call)


def get_subscription(call: Call) -> Any:
    orgs = [call.get("orgs", m["org"]) for m in call.items("members") if m["user"]["pk"] == ME["pk"] and m["is_owner"]]
    clusters = [c for o in orgs for c in call.items("clusters", o) if c["state"] not in GONE]
    nodes = sum(n["state"] not in GONE for c in clusters for n in call.items("nodes", c))
    covered = [{**public(o), "enable_experimental_features": False} for o in orgs if o is not None]
    counts = {"cluster_count": len(clusters), "node_count": nodes, "covered_orgs": covered}
    return {**call.synthesise(), "user": ME["pk"], **counts}


_ORG, _CLUSTER = "/orgs/{org_id}", "/orgs/{org_id}/clusters/{cluster_id}"
RESOURCES = (  # name, schema, item path, first pk, pk step (cluster 12: the one the examples federate), seed, count
    ("orgs", "Org", _ORG, (381, 826), _org, 3),
    ("members", "Member", f"{_ORG}/members/{{member_id}}", (5200, 1), _member, MEMBERS),
    ("teams", "Team", f"{_ORG}/teams/{{team_id}}", (700, 1), _team, TEAMS),
    ("workspaces", "Workspace", f"{_ORG}/workspaces/{{workspace_id}}", (15, 4), _workspace, WORKSPACES),
    ("keysets", "Keyset", f"{_ORG}/keysets/{{keyset_id}}", (4410, 1), _keyset, KEYSETS),
    ("clusters", "Cluster", _CLUSTER, (45, 3, (45, 12)), _cluster, CLUSTERS),
    ("federations", "Federation", f"{_ORG}/federations/{{federation_id}}", (103, 40), _federation, 1),
    ("nodepools", "NodePool", f"{_CLUSTER}/nodepools/{{nodepool_id}}", (3100, 1), _pool, POOLS),
    ("nodes", "Node", f"{_CLUSTER}/nodes/{{node_id}}", (19650, 1), _node, NODES),
    ("build_logs", "BuildLogEntry", None, (1, 1), lambda s: {"message": "Cluster build step done"}, 3),
    ("volumes", "PersistentVolume", f"{_CLUSTER}/volumes/{{volume_id}}", (12, 1), _volume, 2),
    ("chart_repos", "ChartRepo", None, (1, 1), lambda s: {"name": "NKS Trusted Charts" + " (stable)" * s.index}, 2),
    ("invoices", "Invoice", "/user/invoices/{invoice_id}", (25, 6), _invoice, 6),
)
OPTIONS: dict[str, dict[str, Any]] = {  # beyond the conventional routes of each path
    "orgs": dict(updated=("updated",), ops={"createOrg": create_org}),
    "members": dict(on_delete=_member_dropped),
    "teams": dict(on_create=_team_saved, on_update=_team_saved, refs={"memberships[*].user": "members.user.pk"}),
    "workspaces": dict(view=_workspace_view, on_create=_workspace_saved, on_update=_workspace_saved),
    "keysets": dict(on_create=_keyset_saved, on_update=_keyset_saved, exclusive={"is_default": ("category", "entity")}),
    "clusters": dict(lifecycle=CLUSTER, view=_cluster_view, on_state=_cluster_state, on_delete=_cluster_deleted),
    "federations": dict(lifecycle=FEDERATION, view=_federation_view, on_state=_federation_state),
    "nodepools": dict(lifecycle=POOL, hide=GONE, on_create=_pool_created, on_update=_pool_changed),
    "nodes": dict(lifecycle=CLUSTER, hide=GONE, on_state=_node_state, on_delete=_node_deletable),
    "build_logs": dict(id_field="_pk", parent="clusters", ops={"listClusterLogs": "list"}),
    "chart_repos": dict(ops={"listTrustedChartRepos": "list"}),
    "invoices": dict(where=lambda call, invoice: invoice["state"] == "open"),
}
OPTIONS["clusters"] |= dict(on_create=_cluster_created, updated=("updated",))
OPTIONS["clusters"]["counts"] = {f"{role}_count": Count("nodes", where={"role": role}) for role in ("worker", "master")}
OPTIONS["clusters"]["counts"]["node_count"] = Count("nodes")
OPTIONS["clusters"]["ops"] = {"createWorkspaceCluster": Create(_cluster_created), "addNodes": add_nodes}
OPTIONS["clusters"]["ops"]["getClusterKubeconfig"] = get_kubeconfig
OPTIONS["workspaces"]["exclusive"] = {"is_default": ()}
OPTIONS["keysets"]["refs"] = {"user": "members.user.pk", "workspaces[*]": "workspaces"}
OPTIONS["federations"] |= dict(on_delete=_federation_deleted)
OPTIONS["federations"]["ops"] = {"createFederation": Create(_federation_created), "addFederationRole": add_role}
OPTIONS["nodepools"] |= dict(undeletable=("is_default",), ops={"addNodePoolNodes": add_pool_nodes})
OPTIONS["nodepools"] |= dict(updated=("updated",), counts={"node_count": Count("nodes", via="pool")})
OPTIONS["nodes"]["ops"] = {"checkNodeDeletable": lambda call: _node_deletable(call, call.item("nodes"))}
OPTIONS["nodes"]["updated"] = ("updated",)
# Deleting a cluster deletes its pools and nodes; deleting a pool, its nodes.
OPTIONS["nodepools"]["follow"] = (Follow({"deleting": "deleting"}),)
OPTIONS["nodes"]["follow"] = (Follow({"deleting": "deleting"}), Follow({"deleting": "deleting"}, "nodepools", "pool"))
OPTIONS["build_logs"]["ops"]["createClusterBuildLog"] = Create(_log_created)


def _resource(name: str, schema: str, path: str | None, ids: tuple[Any, ...], seed: Any, count: int) -> Resource:
    options = {"id_field": "pk", "created": ("created",), "seed": seed, "count": count, **OPTIONS.get(name, {})}
    return Resource(name, schema, path, ids=Sequential(*ids), **options)


HANDLERS = dict(getUser=_profile, updateUserProfile=update_profile, getSubscription=get_subscription)  # no resource's
HANDLERS["inviteMembers"] = invite_members
PROVIDER = Provider(
    name="stackpoint",
    error_body=_error,
    credentials=lambda rng: {"ApiToken": hexstr(rng, 40)},  # a DRF token: 40 hex digits
    statuses=Statuses(auth=401, validation=400, malformed=400, conflict=400, path=404, reference=400),
    auth_errors={
        "missing": Problem(401, "not_authenticated", "Authentication credentials were not provided."),
        "invalid": Problem(401, "authentication_failed", "Invalid token."),
    },
    headers={401: {"WWW-Authenticate": 'Bearer realm="api"'}},
    handlers=HANDLERS,
    resources=tuple(_resource(*row) for row in RESOURCES),
)
