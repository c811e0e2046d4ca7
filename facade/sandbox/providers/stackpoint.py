"""StackPointCloud / NKS: DRF-style {detail} errors, integer pks, orgs -> clusters -> nodes, Bearer tokens.

Everything lives under an organization; every path id is checked against its parent (a cluster of
another org is a 404, as DRF's scoped querysets answer). Seeded data is a tree built from the item
index (``org i`` owns ``clusters 4i..4i+3`` and so on), so parents and children agree at any scale.
Seeded item 0 of orgs, clusters, federations, invoices, volumes and chart repos keeps the spec's
example pk; members, teams, workspaces (15, the id the federation example sends), keysets, nodes and
node pools do not, because their examples (1-4) are the ids the contract tests use as missing ones.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Callable, Iterable
from typing import Any

from .._engine import Engine, NotFound, fit, now, public
from .._provider import Ctx, Item, Problem, Provider, Reply, Resource
from ._fake import hexstr, person, timestamp, token

# -- the shape of the seeded tree ------------------------------------------------------------------
MEMBERS, TEAMS, WORKSPACES, KEYSETS, CLUSTERS, FEDERATIONS = 5, 3, 2, 4, 4, 1  # per org
NODES, POOLS, LOGS, VOLUMES = 4, 2, 3, 2  # per cluster
ORGS = 3

CLUSTER_LIFECYCLE = ("draft", "building", "provisioned", "running")
GONE = ("deleting", "deleted")
ME: Item = {"pk": 3, "username": "jdoe", "email": "jdoe@example.com", "first_name": "J", "last_name": "Doe",
      "full_name": "J Doe", "date_joined": "2018-09-24T18:23:22.811764Z"}  # fmt: skip
_ORG_NAMES = ("My Organization", "Shy Bonus", "Divine Dawn", "Quiet Harbor", "Amber Falcon", "Silver Delta")
_PROVIDERS = (  # provider, region, zone, master/worker size, platform, channel, image
    ("aws", "us-west-2", "us-west-2a", "t2.large", "coreos", "stable", "ami-0b0f4f5f0c8c1a797"),
    ("gce", "us-central1-a", "", "n1-standard-2", "ubuntu", "16.04-lts", "ubuntu-1604-xenial-v20190212"),
    ("azure", "eastus", "", "standard_d2_v2", "ubuntu", "16.04-lts", "UbuntuServer-16.04-LTS"),
    ("do", "nyc1", "", "4gb", "coreos", "stable", "coreos-stable"),
)
_K8S = ("v1.13.2", "v1.12.4", "v1.13.2", "v1.11.6")
_SOLUTIONS = {"helm_tiller": "Helm Tiller", "calico": "Calico", "autoscaler": "Cluster Autoscaler",
              "prometheus": "Prometheus", "efk": "EFK Logging", "istio": "Istio", "linkerd": "Linkerd",
              "haproxy": "HAProxy Ingress", "sysdig": "Sysdig", "turbonomic": "Turbonomic", "gitlab": "GitLab",
              "gitlab_ee": "GitLab EE", "kubeless": "Kubeless",
              "cloudflare-warp-ingress": "Cloudflare Warp"}  # fmt: skip
_CHARTS = (("nginx", "1.15.8", "A Helm chart for nginx"), ("redis", "5.0.3", "Open source in-memory data store"),
           ("postgresql", "10.6.0", "Object-relational database"), ("prometheus", "2.7.1", "Monitoring system"),
           ("grafana", "5.4.3", "Dashboards for metrics"), ("jenkins", "2.150.3", "CI automation server"))  # fmt: skip


def _error(problem: Problem) -> dict[str, Any]:
    if problem.code in ("resource_not_found", "not_found"):
        return {"detail": "Not found."}
    if problem.code == "malformed_json":
        return {"detail": "JSON parse error - Expecting value: line 1 column 1 (char 0)"}
    if problem.issues:
        issue = problem.issues[0]
        field = next((str(p) for p in reversed(issue.loc) if isinstance(p, str) and p != "body"), "non_field_errors")
        text = "This field is required." if issue.type == "missing" else issue.msg
        return {"detail": f"{field}: {text}"}
    return {"detail": problem.message}


def _credentials(rng: random.Random) -> dict[str, str]:
    return {"ApiToken": hexstr(rng, 40)}  # a DRF token: 40 hex digits


def _auth_error(ctx: Ctx, reason: str) -> Reply:
    if reason == "missing":
        return ctx.problem(401, "not_authenticated", "Authentication credentials were not provided.")
    return ctx.problem(401, "authentication_failed", "Invalid token.")


# -- deterministic ids and names of the seeded tree -----------------------------------------------------
def _org_pk(o: int) -> int:
    return 381 if o == 0 else 381 + 826 * o


def _org_name(o: int) -> str:
    return _ORG_NAMES[o % len(_ORG_NAMES)] + ("" if o < len(_ORG_NAMES) else f" {o // len(_ORG_NAMES) + 1}")


def _slug(text: str, suffix: int | None = None) -> str:
    base = "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split()) or "org"
    return base if suffix is None else f"{base}-{suffix}"


def _cluster_pk(c: int) -> int:
    return {0: 45, 1: 12}.get(c, 45 + 3 * c)  # 12: the cluster the federation examples name


def _cluster_instance(c: int) -> str:
    return "spcbsk7u4u" if c == 0 else "spc" + token(random.Random(f"stackpoint-cluster-{c}"), 7)


def _cluster_state(c: int) -> str:
    return "failed" if c % 7 == 6 else "running"


def _ws_pk(w: int) -> int:
    return 15 + 4 * w


def _ws_summary(w: int) -> Item:
    o = w // WORKSPACES
    name = "Default" if w % WORKSPACES == 0 else "Staging"
    return {"pk": _ws_pk(w), "name": name, "slug": _slug(name), "org": _org_pk(o),
            "is_default": w % WORKSPACES == 0, "created": timestamp(o * 500 + w, 3)}  # fmt: skip


def _keyset_pk(k: int) -> int:
    return 4410 + k


def _team_summary(t: int) -> Item:
    o = t // TEAMS
    name = ("Everyone", "Platform", "Developers")[t % TEAMS]
    return {"pk": 700 + t, "name": name, "slug": _slug(name), "org": _org_pk(o), "is_org_wide": t % TEAMS == 0,
            "created": timestamp(o * 500 + t, 3)}  # fmt: skip


def _my_membership(pk: int, team: int, created: str) -> Item:
    return {"pk": pk, "team": team, "created": created, "user": dict(ME)}


# -- seeds ---------------------------------------------------------------------------------------------
def _org(rng: random.Random, i: int) -> Item:
    extra = {} if i == 0 else {"pk": _org_pk(i)}
    created = timestamp(i * 500, 60 * 24)
    return {**extra, "name": _org_name(i), "slug": _slug(_org_name(i), None if i == 0 else _org_pk(i)), "logo": None,
            "created": created, "updated": timestamp(i * 500 + 40, 60 * 24)}  # fmt: skip


def _subscription_summary(user: int, rng: random.Random) -> Item:
    return {"pk": user, "internal_id": f"SPC-{token(rng, 10).upper()}", "user": user, "state": "active",
            "access_plan": "stackpointio-standard-monthly", "support_plan": "", "is_metered": True,
            "is_active": True, "is_exempt": False,
            "account_balance": {"total_due": 0, "payment_required": False}}  # fmt: skip


def _member(rng: random.Random, i: int) -> Item:
    o, j = divmod(i, MEMBERS)
    if j == 0:
        user, role = dict(ME), "owner"
    else:
        full, email = person(rng, i)
        first, last = full.split(" ", 1)
        user = {"pk": 12000 + i, "username": email.split("@")[0].replace(".", ""), "email": email,
                "first_name": first, "last_name": last, "full_name": full,
                "date_joined": timestamp(i, 60 * 5)}  # fmt: skip
        role = rng.choice(("admin", "member", "member"))
    return {"pk": 5200 + i, "_org": str(_org_pk(o)), "org": _org_pk(o), "user": user, "role": role,
            "is_owner": role == "owner", "is_manager": role in ("owner", "admin"), "is_billing_manager": j == 0,
            "subscription": _subscription_summary(user["pk"], rng), "is_default": o == 0,
            "created": timestamp(o * 500 + j, 60 * 24)}  # fmt: skip


def _team(rng: random.Random, i: int) -> Item:
    summary = _team_summary(i)
    return {**summary, "_org": str(summary["org"]), "memberships": [_my_membership(800 + i, summary["pk"],
            summary["created"])]}  # fmt: skip


def _workspace(rng: random.Random, i: int) -> Item:
    summary = _ws_summary(i)
    o = i // WORKSPACES
    team = _team_summary(o * TEAMS)
    return {**summary, "_org": str(summary["org"]), "clusters": [], "federations": [], "user_solutions": [],
            "team_workspaces": [{"pk": 600 + i, "team": team, "workspace": summary["pk"],
                                 "created": summary["created"]}]}  # fmt: skip


def _fingerprint(rng: random.Random) -> str:
    return ":".join(hexstr(rng, 2) for _ in range(16))


def _keyset(rng: random.Random, i: int) -> Item:
    o, j = divmod(i, KEYSETS)
    pk = _keyset_pk(i)
    category, entity, name, kinds = (
        ("provider", "aws", "My AWS Credentials", ("pub", "pvt")),
        ("user_ssh", "", "Default SPC SSH Keypair", ("pub", "pvt")),
        ("solution", "sysdig", "Sysdig Access Key", ("token",)),
        ("vcs", "github", "GitHub", ("token",)),
    )[j]
    keys = [{"pk": 9000 + 4 * i + n, "keyset": pk, "key_type": kind, "user": ME["pk"],
             "fingerprint": _fingerprint(rng) if category == "user_ssh" and kind == "pub" else ""}
            for n, kind in enumerate(kinds)]  # fmt: skip
    return {"pk": pk, "_org": str(_org_pk(o)), "org": _org_pk(o), "name": name, "category": category, "entity": entity,
            "workspaces": [], "user": ME["pk"], "is_default": j < 2, "keys": keys,
            "created": timestamp(o * 500 + j + 1, 60 * 24)}  # fmt: skip


def _solution(pk: int, cluster: int, key: str, state: str, created: str, initial: bool = True) -> Item:
    return {"pk": pk, "cluster": cluster, "solution": key, "name": _SOLUTIONS.get(key, key), "state": state,
            "installer": "ansible_custom", "instance_id": f"sol{token(random.Random(pk), 7)}", "keyset": None,
            "keyset_name": "", "max_nodes": None, "is_deleteable": key != "helm_tiller", "initial": initial,
            "config": {}, "extra_data": {}, "git_path": "", "git_repo": "", "password": "", "url": "",
            "username": "", "version": "", "version_migrations": [], "created": created,
            "updated": created}  # fmt: skip


def _cluster(rng: random.Random, i: int) -> Item:
    o, j = divmod(i, CLUSTERS)
    pk, org = _cluster_pk(i), _org_pk(o)
    provider, region, zone, size, platform, channel, image = _PROVIDERS[(i + o) % len(_PROVIDERS)]
    state = _cluster_state(i)
    running = state == "running"
    w = o * WORKSPACES + (0 if j < CLUSTERS - 1 else 1)
    created = timestamp(o * 500 + 10 + j, 60 * 12)
    keysets = o * KEYSETS
    extra = {} if i == 0 else {"name": f"{rng.choice(('prod', 'staging', 'dev', 'ci', 'data'))}-{provider}-{j + 1}"}
    return {**extra, "pk": pk, "_org": str(org), "_ws": str(_ws_pk(w)), "org": org, "workspace": _ws_summary(w),
            "instance_id": _cluster_instance(i), "provider": provider, "region": region, "zone": zone,
            "master_size": size, "worker_size": size, "platform": platform, "channel": channel, "image": image,
            "k8s_version": _K8S[i % len(_K8S)], "etcd_type": "self_hosted", "state": state, "is_failed": not running,
            "master_count": 1, "worker_count": NODES - 1, "node_count": NODES, "owner": ME["pk"],
            "owner_detail": ME["email"], "provider_keyset": _keyset_pk(keysets),
            "provider_keyset_name": "My AWS Credentials", "user_ssh_keyset": _keyset_pk(keysets + 1),
            "user_ssh_keyset_name": "Default SPC SSH Keypair",
            "kubeconfig_path": f"/orgs/{org}/clusters/{pk}/kubeconfig",
            "is_kubeconfig_available": running, "is_k8s_available": running, "k8s_dashboard_installed": running,
            "federation_role": "host" if j == 0 else None, "nodes": [], "features": [], "version_migrations": [],
            "follower": {"pk": 300 + i, "cluster": pk, "user": ME["pk"], "notify": True, "tracked_log": None},
            "solutions": [_solution(4409 + 2 * i, pk, "helm_tiller", "installed" if running else "failed", created),
                          _solution(4410 + 2 * i, pk, "calico", "installed" if running else "failed", created)],
            "created": created, "updated": timestamp(o * 500 + 11 + j, 60 * 12)}  # fmt: skip


def _ip(rng: random.Random, private: bool) -> str:
    if private:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    return f"{rng.randint(13, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def _node(rng: random.Random, i: int) -> Item:
    c, j = divmod(i, NODES)
    provider, region, zone, size, platform, channel, image = _PROVIDERS[(c + c // CLUSTERS) % len(_PROVIDERS)]
    master = j == NODES - 1
    pool = None if master else c * POOLS + (0 if j == 0 else 1)
    state = _cluster_state(c)
    return {"pk": 19650 + i, "_cluster": str(_cluster_pk(c)), "_essential": master, "cluster": _cluster_pk(c),
            "pool": None if pool is None else 3100 + pool,
            "pool_name": "" if pool is None else ("Compute Pool" if j == 0 else "Default Worker Pool"),
            "instance_id": f"{_cluster_instance(c)}-{'master' if master else 'worker'}-{1 if master else j + 1}",
            "role": "master" if master else "worker", "private_ip": _ip(rng, True), "public_ip": _ip(rng, False),
            "platform": platform, "image": image, "channel": channel,
            "location": f"{region}:{zone}" if zone else region,
            "zone": zone, "size": size, "state": state, "is_failed": state == "failed", "name": "",
            "provider_node_id": f"i-{hexstr(rng, 17)}" if provider == "aws" else f"{provider}-{hexstr(rng, 10)}",
            "etcd_state": "member" if master else "none", "gpu_core_count": None, "gpu_instance_size": "",
            "group_name": "", "root_disk_size": 50, "provider_subnet_id": "", "provider_subnet_cidr": "",
            "created": timestamp(c * 50 + j, 60 * 6), "updated": timestamp(c * 50 + j + 1, 60 * 6)}  # fmt: skip


def _nodepool(rng: random.Random, i: int) -> Item:
    c, j = divmod(i, POOLS)
    _, _, zone, size, platform, channel, _ = _PROVIDERS[(c + c // CLUSTERS) % len(_PROVIDERS)]
    default = j == POOLS - 1
    return {"pk": 3100 + i, "_cluster": str(_cluster_pk(c)), "cluster": _cluster_pk(c),
            "name": "Default Worker Pool" if default else "Compute Pool",
            "instance_id": f"{_cluster_instance(c)}-pool-{j + 1}",
            "instance_size": size, "platform": platform, "channel": channel, "root_disk_size": 50, "zone": zone,
            "provider_subnet_id": "", "provider_subnet_cidr": "", "node_count": 2 if default else 1,
            "autoscaled": False, "min_count": 0, "max_count": 0, "labels": "" if default else "workload=compute",
            "role": "worker", "state": "failed" if _cluster_state(c) == "failed" else "active",
            "is_default": default,
            "cpu": "2", "memory": "8", "gpu_core_count": None, "gpu_instance_size": "", "config": {},
            "network_components": [], "created": timestamp(c * 50, 60 * 6),
            "updated": timestamp(c * 50 + 1, 60 * 6)}  # fmt: skip


def _federation(rng: random.Random, i: int) -> Item:
    o = i // FEDERATIONS
    extra = {} if i == 0 else {"pk": 103 + 40 * i, "name": f"Federation {i + 1}",
                               "identifier": f"spc-{token(rng, 10)}"}  # fmt: skip
    pk = 103 if i == 0 else 103 + 40 * i
    created = timestamp(o * 500 + 20, 60 * 12)
    host = _cluster_pk(o * CLUSTERS)
    return {**extra, "_org": str(_org_pk(o)), "org": _org_pk(o), "workspace": _ws_summary(o * WORKSPACES),
            "state": "running", "dns_zone": "example.com.", "dns_provider": "aws-route53",
            "dns_provider_keyset": _keyset_pk(o * KEYSETS), "etcd_operator": None, "is_kubeconfig_available": True,
            "deployments": [], "roles": [{"pk": 178 + 10 * i, "federation": pk, "cluster": host, "role": "host",
                                          "state": "joined", "created": created, "updated": created}],
            "created": created, "updated": created}  # fmt: skip


def _chart_repo(rng: random.Random, i: int) -> Item:
    channel = ("staging", "stable")[i % 2]
    base = f"http://trusted-charts.stackpoint.io/{channel}"
    index = [{"name": name, "versions": [
        {"version": f"0.{rng.randint(1, 9)}.{n}", "appVersion": app, "description": text,
         "file_url": f"{base}/{name}-0.{n}.0.tgz", "digest": hexstr(rng, 64), "created": timestamp(n, 60 * 24 * 9),
         "home": f"https://{name}.org", "icon": f"https://{name}.org/{name}.png", "keywords": [name],
         "sources": [], "maintainers": [{"name": "NKS Charts", "email": "charts@stackpoint.io"}]}
        for n in range(2)]} for name, app, text in _CHARTS]  # fmt: skip
    extra = {} if i == 0 else {"pk": 1 + i}
    return {**extra, "name": "NKS Trusted Charts" + ("" if i % 2 == 0 else " (stable)"), "source": "system",
            "source_display": "System", "org": None, "path": "", "url": base, "is_system": True,
            "is_private": False, "keyset": None, "chart_index": index}  # fmt: skip


def _volume(rng: random.Random, i: int) -> Item:
    c = i // VOLUMES
    claim = rng.choice(("data-postgres-0", "data-redis-0", "prometheus-db", "grafana-storage", "jenkins-home"))
    extra = {} if i == 0 else {"pk": 12 + i}
    return {**extra, "_cluster": str(_cluster_pk(c)), "cluster": _cluster_pk(c), "name": f"pvc-{hexstr(rng, 8)}",
            "claim_name": claim, "namespace": "default", "volume_id": f"vol-{hexstr(rng, 17)}",
            "size": rng.choice((8, 10, 20, 50, 100)), "state": "bound", "access_mode": "ReadWriteOnce",
            "backend": "aws-ebs", "volume_type": "gp2", "recycling_policy": "Delete", "deleted": False,
            "owner": ME["pk"], "created": timestamp(c * 50 + 5, 60 * 6)}  # fmt: skip


def _build_log(rng: random.Random, i: int) -> Item:
    c, j = divmod(i, LOGS)
    steps = (("provider_communication", "Provisioning instances"), ("kubernetes", "Kubernetes control plane up"),
             ("solution", "Installed solution helm_tiller"))  # fmt: skip
    event, message = steps[j % len(steps)]
    return {"cluster": _cluster_pk(c), "_cluster": str(_cluster_pk(c)), "event_category": "kubernetes",
            "event_type": event, "event_state": "success", "message": message, "details": "", "reference": "",
            "created": timestamp(c * 50 + j, 60 * 6)}  # fmt: skip


def _invoice(rng: random.Random, i: int) -> Item:
    o = i % ORGS
    month = dt.date(2019, 3, 1) - dt.timedelta(days=31 * i)
    start = month.replace(day=1)
    end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    state = "open" if i < 2 else "paid"
    extra = {} if i == 0 else {"pk": 25 + 6 * i, "identifier": f"NKS-{token(rng, 10).upper()}"}
    return {**extra, "org": _org_pk(o), "org_name": _org_name(o), "is_oem": False, "billing_method": "send_invoice",
            "start_time": f"{start.isoformat()}T00:00:00Z", "end_time": f"{end.isoformat()}T23:59:59.999999Z",
            "billing_period": start.strftime("%B %Y"), "state": state, "status_display": state.title(),
            "amount_due": round(rng.uniform(5, 400), 2) if state == "open" else 0.0, "is_payable": state == "open",
            "is_auto_charge": False, "line_items": [],
            "created": f"{end + dt.timedelta(days=1)}T01:00:00.256132Z"}  # fmt: skip


# -- helpers -----------------------------------------------------------------------------------------
def _coll(ctx: Ctx, name: str) -> Any:
    return ctx.state.store.collection(name)


def _next_pk(ctx: Ctx, name: str) -> int:
    return max((int(v["pk"]) for v in _coll(ctx, name).values() if "pk" in v), default=0) + 1


def _bad(ctx: Ctx, message: str) -> Reply:
    return ctx.problem(400, "invalid", message)


_SCOPES = {  # path parameter -> (collection, parent parameter, parent field)
    "org_id": ("orgs", None, None),
    "cluster_id": ("clusters", "org_id", "_org"),
    "node_id": ("nodes", "cluster_id", "_cluster"),
    "nodepool_id": ("nodepools", "cluster_id", "_cluster"),
    "federation_id": ("federations", "org_id", "_org"),
    "keyset_id": ("keysets", "org_id", "_org"),
    "member_id": ("members", "org_id", "_org"),
    "team_id": ("teams", "org_id", "_org"),
    "workspace_id": ("workspaces", "org_id", "_org"),
    "invoice_id": ("invoices", None, None),
}


def _scope(ctx: Ctx) -> dict[str, Item]:
    """Every path id's item, checked against its parent (a cluster of another org is not found)."""
    found: dict[str, Item] = {}
    for param, (name, parent, field) in _SCOPES.items():
        value = ctx.path_params.get(param)
        if value is None:
            continue
        item = _coll(ctx, name).get(value)
        if item is None or (parent and field and item.get(field) != ctx.path_params.get(parent)):
            raise NotFound(param, value)
        found[param] = item
    username = ctx.path_params.get("username")
    if username is not None and username != _me(ctx)["username"]:
        raise NotFound("username", username)
    return found


def _scoped(handler: Callable[[Ctx], Reply | None] | None) -> Callable[[Ctx], Reply | None]:
    def run(ctx: Ctx) -> Reply | None:
        _scope(ctx)
        return handler(ctx) if handler else None

    return run


def _me(ctx: Ctx) -> Item:
    me: Item = ctx.state.store.extra.setdefault("me", dict(ME))
    return me


def _children(ctx: Ctx, name: str, field: str, value: Any) -> list[Item]:
    return [v for v in _coll(ctx, name).values() if v.get(field) == str(value)]


def _ws_summary_of(ws: Item) -> Item:
    return {k: ws[k] for k in ("pk", "name", "slug", "org", "is_default", "created")}


def _refresh_cluster(ctx: Ctx, cluster: Item) -> Item:
    cluster.pop("nodes", None)  # only federations embed nodes
    ws = _coll(ctx, "workspaces").get(cluster.get("_ws", ""))
    if ws is not None:
        cluster["workspace"] = _ws_summary_of(ws)
    return cluster


def _embedded_cluster(ctx: Ctx, cluster: Item) -> Item:
    out = public(_refresh_cluster(ctx, cluster))
    keys = ("pk", "instance_id", "role", "state", "is_failed", "pool", "pool_name", "private_ip", "public_ip",
            "provider_node_id", "size", "zone", "gpu_core_count", "gpu_instance_size", "root_disk_size")  # fmt: skip
    out["nodes"] = [{k: n[k] for k in keys if k in n} for n in _children(ctx, "nodes", "_cluster", cluster["pk"])
                    if n.get("state") not in GONE]  # fmt: skip
    return out


def _refresh_federation(ctx: Ctx, fed: Item) -> Item:
    for role in fed.get("roles", []):
        pk = role["cluster"]["pk"] if isinstance(role["cluster"], dict) else role["cluster"]
        cluster = _coll(ctx, "clusters").get(str(pk))
        if cluster is not None:
            role["cluster"] = _embedded_cluster(ctx, cluster)
    ws = _coll(ctx, "workspaces").get(str(fed["workspace"]["pk"]))
    if ws is not None:
        fed["workspace"] = _ws_summary_of(ws)
    return fed


def _refresh_workspace(ctx: Ctx, ws: Item) -> Item:
    ws["clusters"] = [{"pk": c["pk"], "name": c["name"], "provider": c["provider"], "state": c["state"]}
                      for c in _children(ctx, "clusters", "_ws", ws["pk"]) if c.get("state") != "deleted"]  # fmt: skip
    ws["federations"] = [{"pk": f["pk"], "name": f["name"], "state": f["state"]} for f in
                         _children(ctx, "federations", "_org", ws["org"])
                         if f["workspace"]["pk"] == ws["pk"] and f.get("state") != "deleted"]  # fmt: skip
    return ws


# -- generic handlers over a resource --------------------------------------------------------------------
def _lister(res: Resource, hide: tuple[str, ...] = (), view: Callable[[Ctx, Item], Item] | None = None) -> Any:
    def handler(ctx: Ctx) -> Reply:
        _scope(ctx)
        items: Iterable[Item] = _coll(ctx, res.name).values()
        if res.parent_param and res.parent_field:
            items = [v for v in items if v.get(res.parent_field) == ctx.path_params.get(res.parent_param)]
        shown = [public(view(ctx, v) if view else v) for v in items if v.get(res.state_field) not in hide]
        return Reply(200, shown[::-1] if res.newest_first else shown)

    return handler


def _advance_gone(item: Item) -> bool:
    """deleting -> deleted on the read after the delete; True when the item was being deleted."""
    if item.get("state") == "deleting":
        if not item.pop("_fresh", False):
            item["state"] = "deleted"
        return True
    return item.get("state") == "deleted"


def _getter(res: Resource, on_read: Callable[[Ctx, Item], Any] | None = None) -> Any:
    def handler(ctx: Ctx) -> Reply:
        _scope(ctx)
        engine = Engine(ctx, res, "get")
        item = engine._lookup()
        if not _advance_gone(item):
            engine.advance(item)
        if on_read:
            on_read(ctx, item)
        return engine._wrap(item)

    return handler


def _updater(res: Resource, after: Callable[[Ctx, Item], Reply | None] | None = None) -> Any:
    def handler(ctx: Ctx) -> Reply:
        _scope(ctx)
        engine = Engine(ctx, res, "update")
        item = engine._lookup()
        before = dict(item)
        body = ctx.body if isinstance(ctx.body, dict) else {}
        item.update(fit(ctx, f"#/components/schemas/{res.schema}", {}, body, None))
        if after:
            refused = after(ctx, item)
            if refused is not None:
                item.clear()
                item.update(before)
                return refused
        if "updated" in item:
            item["updated"] = now()
        return engine._wrap(item)

    return handler


def _deleter(res: Resource, check: Callable[[Ctx, Item], Reply | None] | None = None) -> Any:
    def handler(ctx: Ctx) -> Reply:
        _scope(ctx)
        engine = Engine(ctx, res, "delete")
        item = engine._lookup()
        if res.deleted_state and item.get(res.state_field) == "deleted":
            raise NotFound(res.id_param or "pk", str(item["pk"]))
        if check:
            refused = check(ctx, item)
            if refused is not None:
                return refused
        if res.on_delete:
            res.on_delete(ctx, item)
        if res.deleted_state:
            item[res.state_field] = res.deleted_state
            item["_fresh"] = True
            if "updated" in item:
                item["updated"] = now()
        else:
            _coll(ctx, res.name).pop(str(item[res.id_field]))
        return Reply(204)

    return handler


# -- orgs ----------------------------------------------------------------------------------------------
def _new_org(ctx: Ctx, item: Item) -> None:
    pk = item["pk"] = _next_pk(ctx, "orgs")
    item.update(slug=_slug(item["name"], pk), logo=None, created=now(), updated=now())
    # A new organization comes with its default workspace, the Everyone team and its owner.
    stamp = now()
    team: Item = {"pk": _next_pk(ctx, "teams"), "_org": str(pk), "name": "Everyone", "slug": "everyone", "org": pk,
            "is_org_wide": True, "created": stamp}  # fmt: skip
    team["memberships"] = [_my_membership(_next_pk(ctx, "teams") + 5000, team["pk"], stamp)]
    _coll(ctx, "teams").put(str(team["pk"]), team)
    ws: Item = {"pk": _next_pk(ctx, "workspaces"), "_org": str(pk), "name": "Default", "slug": "default", "org": pk,
          "is_default": True, "created": stamp, "clusters": [], "federations": [], "user_solutions": []}  # fmt: skip
    ws["team_workspaces"] = [{"pk": ws["pk"] + 600, "team": {k: v for k, v in team.items() if k not in (
        "_org", "memberships")}, "workspace": ws["pk"], "created": stamp}]  # fmt: skip
    _coll(ctx, "workspaces").put(str(ws["pk"]), ws)
    member = {"pk": _next_pk(ctx, "members"), "_org": str(pk), "org": pk, "user": dict(_me(ctx)), "role": "owner",
              "is_owner": True, "is_manager": True, "is_billing_manager": True, "is_default": False,
              "subscription": _subscription_summary(ME["pk"], ctx.rng), "created": stamp}  # fmt: skip
    _coll(ctx, "members").put(str(member["pk"]), member)


def create_org(ctx: Ctx) -> Reply:
    Engine(ctx, ORGS_RES, "create").create()
    orgs = [public(o) for o in _coll(ctx, "orgs").values()]
    return Reply(201, orgs[::-1])  # all of the user's organizations, newest first


# -- teams, members, invites ---------------------------------------------------------------------------
def _new_team(ctx: Ctx, item: Item) -> None:
    item.update(pk=_next_pk(ctx, "teams"), org=int(ctx.path_params["org_id"]), slug=_slug(item["name"]),
                is_org_wide=bool((ctx.body or {}).get("is_org_wide", False)), memberships=[])  # fmt: skip


def _team_members(ctx: Ctx, team: Item) -> Reply | None:
    body = ctx.body or {}
    if "name" in body:
        team["slug"] = _slug(team["name"])
    if "memberships" in body:
        members = {m["user"]["pk"]: m for m in _children(ctx, "members", "_org", team["org"])}
        kept = {m["user"]["pk"]: m for m in team.get("memberships", [])}
        out: list[Item] = []
        for entry in body["memberships"]:
            user = entry["user"]
            if user not in members:
                return _bad(ctx, f'memberships: Invalid pk "{user}" - object does not exist.')
            out.append(kept.get(user) or {"pk": _next_pk(ctx, "teams") + 5000 + len(out), "team": team["pk"],
                                          "user": members[user]["user"], "created": now()})  # fmt: skip
        team["memberships"] = out
    return None


def _drop_member(ctx: Ctx, member: Item) -> None:
    for team in _children(ctx, "teams", "_org", member["org"]):
        team["memberships"] = [m for m in team["memberships"] if m["user"]["pk"] != member["user"]["pk"]]


def invite_members(ctx: Ctx) -> Reply:
    scope = _scope(ctx)
    org = scope["org_id"]
    teams = {t["pk"] for t in _children(ctx, "teams", "_org", org["pk"])}
    invites = _coll(ctx, "invites")
    out = []
    for n, request in enumerate(ctx.body):
        unknown = [t for t in request.get("teams", []) if t not in teams]
        if unknown:
            return _bad(ctx, f'teams: Invalid pk "{unknown[0]}" - object does not exist.')
        stamp = now()
        expires = (dt.datetime.now(dt.UTC) + dt.timedelta(days=7)).replace(microsecond=0).isoformat()
        pk = 2167 + len(invites) + n
        invite = {"pk": pk, "name": request.get("name", ""), "email": request["email"], "org": org["pk"],
                  "role": request["role"], "teams": list(request.get("teams", [])), "user": None, "state": "pending",
                  "invite_url": f"/organization/{org['pk']}/accept-invite/{token(ctx.rng, 16).upper()}==",
                  "expires": expires.replace("+00:00", "Z"), "is_expired": False, "is_accepted": False,
                  "created": stamp, "updated": stamp}  # fmt: skip
        out.append(invite)
    for invite in out:
        invites.put(str(invite["pk"]), invite)
    return Reply(201, out)


# -- workspaces and keysets ----------------------------------------------------------------------------
def _new_workspace(ctx: Ctx, item: Item) -> None:
    org = int(ctx.path_params["org_id"])
    everyone = next((t for t in _children(ctx, "teams", "_org", org) if t["is_org_wide"]), None)
    item.update(pk=_next_pk(ctx, "workspaces"), org=org, slug=_slug(item["name"]), is_default=False, clusters=[],
                federations=[], user_solutions=[], team_workspaces=[])  # fmt: skip
    if everyone is not None:
        item["team_workspaces"] = [
            {
                "pk": item["pk"] + 600,
                "workspace": item["pk"],
                "created": item["created"],
                "team": {k: v for k, v in everyone.items() if k not in ("_org", "memberships")},
            }
        ]


def _workspace_default(ctx: Ctx, ws: Item) -> Reply | None:
    body = ctx.body or {}
    if "name" in body:
        ws["slug"] = _slug(ws["name"])
    if body.get("is_default"):
        for other in _children(ctx, "workspaces", "_org", ws["org"]):
            other["is_default"] = other is ws
    return None


def _md5_fingerprint(key: str) -> str:
    digest = hashlib.md5(key.encode(), usedforsecurity=False).hexdigest()
    return ":".join(digest[i : i + 2] for i in range(0, 32, 2))


def _keys(ctx: Ctx, keyset: int, body_keys: list[Item]) -> list[Item]:
    base = max((k["pk"] for ks in _coll(ctx, "keysets").values() for k in ks.get("keys", [])), default=8999) + 1
    return [{"pk": base + n, "keyset": keyset, "key_type": k["key_type"], "user": ME["pk"],
             "fingerprint": _md5_fingerprint(k["key"])
             if k["key_type"] == "pub" else ""} for n, k in enumerate(body_keys)]  # fmt: skip


def _one_default(ctx: Ctx, keyset: Item) -> None:
    if keyset.get("is_default"):
        for other in _children(ctx, "keysets", "_org", keyset["org"]):
            if other is not keyset and (other["category"], other["entity"]) == (keyset["category"], keyset["entity"]):
                other["is_default"] = False


def create_keyset(ctx: Ctx) -> Reply:
    _scope(ctx)
    body = ctx.body
    org = int(ctx.path_params["org_id"])
    if body.get("org", org) != org:
        return _bad(ctx, "org: Must match the organization in the URL.")
    if body["category"] == "vcs":
        return _bad(ctx, "category: VCS keysets can only be created in the web UI.")
    if body.get("user", ME["pk"]) not in {m["user"]["pk"] for m in _children(ctx, "members", "_org", org)}:
        return _bad(ctx, f'user: Invalid pk "{body["user"]}" - object does not exist.')
    workspaces = {w["pk"] for w in _children(ctx, "workspaces", "_org", org)}
    unknown = [w for w in body.get("workspaces", []) if w not in workspaces]
    if unknown:
        return _bad(ctx, f'workspaces: Invalid pk "{unknown[0]}" - object does not exist.')
    return Engine(ctx, KEYSETS_RES, "create").create()


def _new_keyset(ctx: Ctx, item: Item) -> None:
    body = ctx.body
    pk = item["pk"] = _next_pk(ctx, "keysets")
    item.update(org=int(ctx.path_params["org_id"]), user=body.get("user", ME["pk"]), entity=body.get("entity", ""),
                workspaces=list(body.get("workspaces", [])), is_default=bool(body.get("is_default", False)),
                keys=_keys(ctx, pk, body["keys"]))  # fmt: skip
    _one_default(ctx, item)


def _keyset_update(ctx: Ctx, keyset: Item) -> Reply | None:
    body = ctx.body or {}
    if "keys" in body:
        keyset["keys"] = _keys(ctx, keyset["pk"], body["keys"])
    _one_default(ctx, keyset)
    return None


def update_keyset(ctx: Ctx) -> Reply:
    found = _scope(ctx)
    if found["keyset_id"]["category"] == "vcs":
        return ctx.problem(405, "method_not_allowed", 'Method "PATCH" not allowed.')
    reply: Reply = _updater(KEYSETS_RES, _keyset_update)(ctx)
    return reply


# -- clusters, nodes, node pools -----------------------------------------------------------------------
def _node_item(ctx: Ctx, cluster: Item, pool: Item | None, role: str, size: str, n: int, follow: bool) -> Item:
    stamp = now()
    zone = cluster.get("zone", "")
    count = len(_children(ctx, "nodes", "_cluster", cluster["pk"]))
    return {"pk": _next_pk(ctx, "nodes"), "_cluster": str(cluster["pk"]), "_follow": follow,
            "_essential": follow and role == "master" and n == 0, "_fresh": True, "cluster": cluster["pk"],
            "pool": pool["pk"] if pool else None, "pool_name": pool["name"] if pool else "",
            "instance_id": f"{cluster['instance_id']}-{role}-{count + 1}", "role": role, "private_ip": "",
            "public_ip": "", "platform": cluster["platform"], "image": cluster.get("image", ""),
            "channel": cluster["channel"], "location": f"{cluster['region']}:{zone}" if zone else cluster["region"],
            "zone": zone, "size": size, "state": "draft", "is_failed": False, "name": "", "provider_node_id": "",
            "etcd_state": "member" if role == "master" else "none", "gpu_core_count": None, "gpu_instance_size": "",
            "group_name": "", "root_disk_size": 50, "provider_subnet_id": "", "provider_subnet_cidr": "",
            "created": stamp, "updated": stamp}  # fmt: skip


def _add_nodes(
    ctx: Ctx, cluster: Item, pool: Item | None, role: str, size: str, count: int, follow: bool
) -> list[Item]:
    made = []
    for n in range(count):
        node = _node_item(ctx, cluster, pool, role, size, n, follow)
        _coll(ctx, "nodes").put(str(node["pk"]), node)
        made.append(node)
    if pool is not None:
        pool["node_count"] = pool.get("node_count", 0) + (0 if follow else count)
    if not follow:
        cluster["node_count"] = cluster.get("node_count", 0) + count
        key = "master_count" if role == "master" else "worker_count"
        cluster[key] = cluster.get(key, 0) + count
    return made


def _node_came_up(ctx: Ctx, node: Item) -> None:
    if node["state"] in ("provisioned", "running") and not node.get("private_ip"):
        node["private_ip"], node["public_ip"] = _ip(ctx.rng, True), _ip(ctx.rng, False)
        node["provider_node_id"] = f"i-{hexstr(ctx.rng, 17)}"


def _new_cluster(ctx: Ctx, item: Item) -> None:
    body = ctx.body
    org = int(ctx.path_params["org_id"])
    wanted = ctx.path_params.get("workspace_id")
    workspaces = _children(ctx, "workspaces", "_org", org)
    ws = next((w for w in workspaces if str(w["pk"]) == wanted), None) or next(
        (w for w in workspaces if w["is_default"]), workspaces[0] if workspaces else None
    )
    pk = item["pk"] = _next_pk(ctx, "clusters")
    keysets = {k["pk"]: k for k in _children(ctx, "keysets", "_org", org)}
    stamp = item["created"]
    item.update(org=org, owner=ME["pk"], owner_detail=_me(ctx)["email"], instance_id=f"spc{token(ctx.rng, 7)}",
                etcd_type=body.get("etcd_type", "self_hosted"), zone=body.get("zone", ""), is_failed=False,
                is_kubeconfig_available=False, is_k8s_available=False, k8s_dashboard_installed=False,
                federation_role=None, features=[], version_migrations=[], notified=False, image="",
                k8s_rbac_enabled=bool(body.get("k8s_rbac_enabled", True)),
                k8s_dashboard_enabled=bool(body.get("k8s_dashboard_enabled", True)),
                node_count=body["master_count"] + body["worker_count"],
                provider_keyset_name=keysets.get(body["provider_keyset"], {}).get("name", ""),
                user_ssh_keyset_name=keysets.get(body.get("user_ssh_keyset"), {}).get("name", ""),
                kubeconfig_path=f"/orgs/{org}/clusters/{pk}/kubeconfig", provider_balancer_id=None,
                follower={"pk": pk + 300, "cluster": pk, "user": ME["pk"], "notify": True, "tracked_log": None},
                solutions=[_solution(pk * 10 + n, pk, s["solution"], "draft", stamp)
                           for n, s in enumerate(body.get("solutions", []))])  # fmt: skip
    item.pop("nodes", None)
    if ws is not None:
        item["_ws"], item["workspace"] = str(ws["pk"]), _ws_summary_of(ws)
    pool = {"pk": _next_pk(ctx, "nodepools"), "_cluster": str(pk), "_follow": True, "cluster": pk,
            "name": "Default Worker Pool", "instance_id": f"{item['instance_id']}-pool-1",
            "instance_size": body["worker_size"], "platform": body["platform"], "channel": body["channel"],
            "root_disk_size": 50, "zone": item["zone"], "provider_subnet_id": body.get("provider_subnet_id", ""),
            "provider_subnet_cidr": body.get("provider_subnet_cidr", ""), "node_count": body["worker_count"],
            "autoscaled": False, "min_count": 0, "max_count": 0, "labels": "", "role": "worker", "state": "draft",
            "is_default": True, "cpu": "", "memory": "", "gpu_core_count": None, "gpu_instance_size": "",
            "config": {}, "network_components": [], "created": stamp, "updated": stamp}  # fmt: skip
    _coll(ctx, "nodepools").put(str(pool["pk"]), pool)
    _add_nodes(ctx, item, None, "master", body["master_size"], body["master_count"], True)
    _add_nodes(ctx, item, pool, "worker", body["worker_size"], body["worker_count"], True)
    log = {"_pk": f"log-{pk}-0", "_cluster": str(pk), "cluster": pk, "event_category": "kubernetes",
           "event_type": "cluster_build", "event_state": "started", "message": "Cluster build queued",
           "details": "", "reference": "", "created": stamp}  # fmt: skip
    _coll(ctx, "build_logs").put(log["_pk"], log)


def _cluster_read(ctx: Ctx, cluster: Item) -> None:
    """The cluster moved one step: its own nodes, default pool and solutions follow it."""
    state = cluster["state"]
    running = state == "running"
    cluster.update(is_kubeconfig_available=running, is_k8s_available=state in ("provisioned", "running"),
                   k8s_dashboard_installed=running and cluster.get("k8s_dashboard_enabled", True))  # fmt: skip
    for node in _children(ctx, "nodes", "_cluster", cluster["pk"]):
        if state in GONE and node["state"] not in GONE:
            node["state"] = state
        elif node.get("_follow") and node["state"] in CLUSTER_LIFECYCLE:
            node["state"] = state
            _node_came_up(ctx, node)
    for pool in _children(ctx, "nodepools", "_cluster", cluster["pk"]):
        if state in GONE and pool["state"] not in GONE:
            pool["state"] = state
        elif pool.get("_follow") and pool["state"] == "draft" and running:
            pool["state"] = "active"
    for solution in cluster.get("solutions", []):
        if state == "provisioned" and solution["state"] == "draft":
            solution["state"] = "installing"
        elif running and solution["state"] in ("draft", "installing"):
            solution["state"] = "installed"
    _refresh_cluster(ctx, cluster)


def create_cluster(ctx: Ctx) -> Reply:
    _scope(ctx)
    body = ctx.body
    if body["provider"] in ("gke", "aks", "eks") and body.get("platform") not in (None, "gci", "ubuntu", "coreos"):
        return _bad(ctx, "platform: Not a valid choice for this provider.")
    return Engine(ctx, CLUSTERS_RES, "create").create()


def _delete_cluster(ctx: Ctx, cluster: Item) -> None:
    for child in ("nodes", "nodepools"):
        for item in _children(ctx, child, "_cluster", cluster["pk"]):
            if item["state"] not in GONE:
                item["state"] = "deleting"
    for fed in _children(ctx, "federations", "_org", cluster["org"]):
        fed["roles"] = [r for r in fed["roles"] if _role_cluster(r) != cluster["pk"]]


def get_kubeconfig(ctx: Ctx) -> Reply:
    cluster = _scope(ctx)["cluster_id"]
    if not cluster.get("is_kubeconfig_available"):
        raise NotFound("cluster_id", str(cluster["pk"]))
    name = cluster["instance_id"]
    text = (f"apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: "
            f"{hexstr(random.Random(name), 64)}\n    server: https://api.{name}.stackpoint.io\n  name: {name}\n"
            f"contexts:\n- context:\n    cluster: {name}\n    user: {name}-admin\n  name: {name}\n"
            f"current-context: {name}\nusers:\n- name: {name}-admin\n  user:\n    token: "
            f"{hexstr(random.Random(name + 'token'), 32)}\n")  # fmt: skip
    return Reply(200, text=text, media="application/yaml")


def _running(ctx: Ctx, cluster: Item) -> Reply | None:
    if cluster["state"] != "running":
        return _bad(
            ctx, f"Cluster {cluster['pk']} is {cluster['state']}; nodes can only be changed while it is running."
        )
    return None


def add_nodes(ctx: Ctx) -> Reply:
    cluster = _scope(ctx)["cluster_id"]
    body = ctx.body
    refused = _running(ctx, cluster)
    if refused:
        return refused
    role = body.get("role", "worker")
    if role == "master" and body["node_count"] != 1:
        return _bad(ctx, "node_count: Masters must be added one at a time.")
    pool = None
    if role == "worker":
        pools = [p for p in _children(ctx, "nodepools", "_cluster", cluster["pk"]) if p["state"] not in GONE]
        # An unknown node_pool falls back to the default pool, as the docs describe for an omitted one.
        pool = next((p for p in pools if p["pk"] == body.get("node_pool")), None) or next(
            (p for p in pools if p["is_default"]), pools[0] if pools else None
        )
    made = _add_nodes(ctx, cluster, pool, role, body["size"], body["node_count"], False)
    return Reply(201, [public(n) for n in made])


def add_pool_nodes(ctx: Ctx) -> Reply:
    found = _scope(ctx)
    cluster, pool = found["cluster_id"], found["nodepool_id"]
    refused = _running(ctx, cluster)
    if refused:
        return refused
    if ctx.body.get("role", "worker") != "worker":
        return _bad(ctx, "role: Node pools hold worker nodes only.")
    if pool["state"] in GONE:
        return _bad(ctx, f"Node pool {pool['pk']} is {pool['state']}.")
    made = _add_nodes(ctx, cluster, pool, "worker", ctx.body["size"], ctx.body["node_count"], False)
    return Reply(201, [public(n) for n in made])


def create_node_pool(ctx: Ctx) -> Reply:
    cluster = _scope(ctx)["cluster_id"]
    refused = _running(ctx, cluster)
    return refused or Engine(ctx, POOLS_RES, "create").create()


def _new_pool(ctx: Ctx, item: Item) -> None:
    body = ctx.body
    cluster = _coll(ctx, "clusters").get(ctx.path_params["cluster_id"])
    count = len(_children(ctx, "nodepools", "_cluster", cluster["pk"]))
    item.update(pk=_next_pk(ctx, "nodepools"), cluster=cluster["pk"], instance_id=f"{cluster['instance_id']}-pool-"
                f"{count + 1}", platform=body.get("platform", cluster["platform"]),
                channel=body.get("channel", cluster["channel"]), zone=body.get("zone", cluster.get("zone", "")),
                root_disk_size=body.get("root_disk_size", 50), labels=body.get("labels", ""),
                provider_subnet_id=body.get("provider_subnet_id", ""),
                provider_subnet_cidr=body.get("provider_subnet_cidr", ""), autoscaled=False, min_count=0,
                max_count=0, role="worker", is_default=False, node_count=0, cpu="", memory="", gpu_core_count=None,
                gpu_instance_size="", config={}, network_components=[])  # fmt: skip
    _add_nodes(ctx, cluster, item, "worker", body["instance_size"], body["node_count"], False)


def update_node_pool(ctx: Ctx) -> Reply:
    pool = _scope(ctx)["nodepool_id"]
    body = ctx.body
    if body["autoscaled"]:
        low, high = body.get("min_count"), body.get("max_count")
        if low is None or high is None:
            return _bad(ctx, "min_count and max_count are required when autoscaling is on.")
        if high < low:
            return _bad(ctx, "max_count: Must not be below min_count.")
        pool.update(autoscaled=True, min_count=low, max_count=high)
    else:
        pool.update(autoscaled=False, min_count=0, max_count=0)
    pool["updated"] = now()
    return Engine(ctx, POOLS_RES, "get")._wrap(pool)


def _pool_deletable(ctx: Ctx, pool: Item) -> Reply | None:
    if pool.get("is_default"):
        return _bad(ctx, "The default node pool cannot be deleted.")
    return None


def _delete_pool(ctx: Ctx, pool: Item) -> None:
    for node in _children(ctx, "nodes", "_cluster", pool["cluster"]):
        if node.get("pool") == pool["pk"] and node["state"] not in GONE:
            node["state"] = "deleting"


def _node_deletable(ctx: Ctx, node: Item) -> Reply | None:
    if node.get("_essential"):
        return _bad(ctx, f"Node {node['pk']} is the cluster's initial master and cannot be deleted.")
    return None


def check_node(ctx: Ctx) -> Reply:
    node = _scope(ctx)["node_id"]
    return _node_deletable(ctx, node) or Reply(200, {"eligible": True})


def _delete_node(ctx: Ctx, node: Item) -> None:
    cluster = _coll(ctx, "clusters").get(node["_cluster"])
    pool = _coll(ctx, "nodepools").get(str(node.get("pool")))
    for holder in (cluster, pool):
        if holder is not None:
            holder["node_count"] = max(0, holder.get("node_count", 0) - 1)


def create_build_log(ctx: Ctx) -> Reply:
    _scope(ctx)
    if ctx.body["cluster"] != int(ctx.path_params["cluster_id"]):
        return _bad(ctx, "cluster: Must match the cluster in the URL.")
    return Engine(ctx, LOGS_RES, "create").create()


def _new_log(ctx: Ctx, item: Item) -> None:
    item["cluster"] = int(ctx.path_params["cluster_id"])
    item["created"] = now()


# -- federations ----------------------------------------------------------------------------------------
def _role_cluster(role: Item) -> int:
    return int(role["cluster"]["pk"] if isinstance(role["cluster"], dict) else role["cluster"])


def _checked_clusters(ctx: Ctx, org: int, requests: list[Item]) -> Reply | list[Item]:
    clusters = []
    for request in requests:
        cluster = _coll(ctx, "clusters").get(str(request["cluster"]))
        if cluster is None or cluster["org"] != org or cluster["state"] in GONE:
            return _bad(ctx, f'cluster: Invalid pk "{request["cluster"]}" - object does not exist.')
        clusters.append(cluster)
    return clusters


def create_federation(ctx: Ctx) -> Reply:
    found = _scope(ctx)
    body, ws = ctx.body, found["workspace_id"]
    if body.get("workspace", ws["pk"]) != ws["pk"]:
        return _bad(ctx, "workspace: Must match the workspace in the URL.")
    if sum(r["role"] == "host" for r in body["roles"]) > 1:
        return _bad(ctx, "roles: Exactly one cluster must be the host.")
    if len({r["cluster"] for r in body["roles"]}) != len(body["roles"]):
        return _bad(ctx, "roles: A cluster can only be added once.")
    clusters = _checked_clusters(ctx, ws["org"], body["roles"])
    if isinstance(clusters, Reply):
        return clusters
    reply = Engine(ctx, FEDS_RES, "create").create()
    fed = _coll(ctx, "federations").get(str(reply.body["pk"]))
    assert fed is not None
    for request, cluster in zip(body["roles"], clusters, strict=True):
        fed["roles"].append(_role(ctx, fed, cluster, request["role"]))
    return Engine(ctx, FEDS_RES, "get")._wrap(_refresh_federation(ctx, fed))


def _role(ctx: Ctx, fed: Item, cluster: Item, role: str) -> Item:
    cluster["federation_role"] = role
    stamp = now()
    pk = max((r["pk"] for f in _coll(ctx, "federations").values() for r in f.get("roles", [])), default=177) + 1
    return {"pk": pk, "federation": fed["pk"], "cluster": cluster["pk"], "role": role,
            "state": "draft" if fed["state"] == "draft" else "joining", "created": stamp, "updated": stamp}  # fmt: skip


def _new_federation(ctx: Ctx, item: Item) -> None:
    ws = _coll(ctx, "workspaces").get(ctx.path_params["workspace_id"])
    item.update(pk=_next_pk(ctx, "federations"), identifier=f"spc-{token(ctx.rng, 10)}", org=ws["org"],
                workspace=_ws_summary_of(ws), etcd_operator=None, is_kubeconfig_available=False, roles=[],
                deployments=list(ctx.body.get("deployments", [])))  # fmt: skip


def _federation_read(ctx: Ctx, fed: Item) -> None:
    phase = {"draft": "draft", "building": "joining", "running": "joined"}.get(fed["state"])
    for role in fed["roles"]:
        if phase and role["state"] in ("draft", "joining"):
            role["state"] = phase
    fed["is_kubeconfig_available"] = fed["state"] == "running"
    _refresh_federation(ctx, fed)


def add_federation_role(ctx: Ctx) -> Reply:
    fed = _scope(ctx)["federation_id"]
    if fed["state"] in GONE:
        return _bad(ctx, f"Federation {fed['pk']} is {fed['state']}.")
    body = ctx.body
    if body["role"] != "guest":
        return _bad(ctx, "role: The host is fixed when the federation is created; add guests only.")
    if body["cluster"] in {_role_cluster(r) for r in fed["roles"]}:
        return _bad(ctx, "cluster: This cluster is already in the federation.")
    clusters = _checked_clusters(ctx, fed["org"], [body])
    if isinstance(clusters, Reply):
        return clusters
    fed["roles"].append(_role(ctx, fed, clusters[0], "guest"))
    _refresh_federation(ctx, fed)
    return Reply(201, [public(r) for r in fed["roles"] if _role_cluster(r) == body["cluster"]])


def _delete_federation(ctx: Ctx, fed: Item) -> None:
    for role in fed["roles"]:
        cluster = _coll(ctx, "clusters").get(str(_role_cluster(role)))
        if cluster is not None:
            cluster["federation_role"] = None


# -- user and billing -------------------------------------------------------------------------------
def _my_orgs(ctx: Ctx) -> list[tuple[Item, Item]]:
    """(membership, org) for every org the user belongs to."""
    out = []
    for member in _coll(ctx, "members").values():
        if member["user"]["pk"] == ME["pk"]:
            org = _coll(ctx, "orgs").get(member["_org"])
            if org is not None:
                out.append((member, org))
    return out


def _profile(ctx: Ctx) -> Item:
    me = _me(ctx)
    orgs = _my_orgs(ctx)
    memberships = [{**{k: m[k] for k in ("pk", "role", "is_owner", "is_manager", "is_billing_manager",
                                         "subscription", "is_default", "created")}, "user": me["pk"],
                    "org": public(o)} for m, o in orgs]  # fmt: skip
    org_ids = {m["_org"] for m, _ in orgs}
    keysets = [public(k) for k in _coll(ctx, "keysets").values() if k["_org"] in org_ids]
    clusters = [c for c in _coll(ctx, "clusters").values() if c.get("owner") == me["pk"]]
    subscription = _subscription_summary(me["pk"], random.Random(f"{ctx.state.seed}:subscription"))
    return {**me, "is_oem_manager": False, "lifetime_cluster_count": len(clusters), "org_memberships": memberships,
            "keysets": keysets, "subscription": subscription}  # fmt: skip


def get_user(ctx: Ctx) -> Reply:
    return Reply(200, _profile(ctx))


def update_profile(ctx: Ctx) -> Reply:
    _scope(ctx)
    me = _me(ctx)
    me.update({k: v for k, v in ctx.body.items() if k in ("email", "first_name", "last_name", "full_name")})
    if ("first_name" in ctx.body or "last_name" in ctx.body) and "full_name" not in ctx.body:
        me["full_name"] = f"{me['first_name']} {me['last_name']}".strip()
    for member in _coll(ctx, "members").values():
        if member["user"]["pk"] == me["pk"]:
            member["user"] = dict(me)
    for team in _coll(ctx, "teams").values():
        for membership in team["memberships"]:
            if membership["user"]["pk"] == me["pk"]:
                membership["user"] = dict(me)
    return Reply(200, _profile(ctx))


def get_subscription(ctx: Ctx) -> Reply:
    me = _me(ctx)
    rng = random.Random(f"{ctx.state.seed}:subscription")
    summary = _subscription_summary(me["pk"], rng)
    owned = [o for m, o in _my_orgs(ctx) if m["is_owner"]]
    owned_ids = {str(o["pk"]) for o in owned}
    clusters = [c for c in _coll(ctx, "clusters").values() if c["_org"] in owned_ids and c["state"] not in GONE]
    nodes = sum(len([n for n in _children(ctx, "nodes", "_cluster", c["pk"]) if n["state"] not in GONE])
                for c in clusters)  # fmt: skip
    covered = [{**public(o), "enable_experimental_features": False} for o in owned]
    body = {**summary, "access_plan": "metered-monthly", "billing_method": "send_invoice", "access_item_id": "",
            "support_item_id": "", "customer_id": f"cus_{token(rng, 14)}", "source_id": "", "subscription_id":
            f"sub_{token(rng, 14)}", "is_auto_charge": False, "is_grand_fathered": False, "is_trial_active": False,
            "trial_end": None, "trial_time_left": "0 minutes", "suspension_reason": "", "twitter_handle": "",
            "cluster_count": len(clusters), "node_count": nodes, "covered_orgs": covered, "billing_contact": {},
            "customer": {}, "invoice_data": {}, "created": "2019-03-05T22:43:54.603887Z", "updated": now()}  # fmt: skip
    return Reply(200, body)


def list_invoices(ctx: Ctx) -> Reply:
    return Reply(200, [public(i) for i in _coll(ctx, "invoices").values() if i["state"] == "open"])


def get_invoice(ctx: Ctx) -> Reply:
    return Reply(200, [public(_scope(ctx)["invoice_id"])])  # one invoice, in a one-element array


def _cluster_summary(ctx: Ctx, cluster: Item) -> Item:
    required = ctx.state.spec.at("#/components/schemas/Cluster")["required"]
    _refresh_cluster(ctx, cluster)
    return {k: cluster[k] for k in required if k in cluster}


def _stamped(fill: Callable[[Ctx, Item], None]) -> Callable[[Ctx, Item], Item | None]:
    """An on_create hook: ``created``/``updated`` are now, then ``fill`` sets the provider's fields."""

    def hook(ctx: Ctx, item: Item) -> None:
        stamp = now()
        for key in ("created", "updated"):
            if key in item:
                item[key] = stamp
        fill(ctx, item)

    return hook


# -- the resources ---------------------------------------------------------------------------------------
def _id(rng: random.Random) -> str:
    return str(rng.randint(100_000, 999_999))  # replaced by the seed or on_create: pks are sequential integers


def _org_child(
    name: str, schema: str, ops: dict[str, str], id_param: str, seed: Any, count: int, **kw: Any
) -> Resource:
    return Resource(name, schema, ops, _id, id_field="pk", id_param=id_param, seed=seed, count=count,
                    state_field="state", parent_param="org_id", parent_field="_org", **kw)  # fmt: skip


def _cluster_child(name: str, schema: str, ops: dict[str, str], id_param: str | None, seed: Any, count: int,
                   **kw: Any) -> Resource:  # fmt: skip
    return Resource(name, schema, ops, _id, id_field=kw.pop("id_field", "pk"), id_param=id_param, seed=seed,
                    count=count, state_field="state", parent_param="cluster_id", parent_field="_cluster",
                    **kw)  # fmt: skip


ORGS_RES = Resource("orgs", "Org", {"listOrgs": "list", "getOrg": "get", "updateOrg": "update", "createOrg": "create"},
                    _id, id_field="pk", id_param="org_id", seed=_org, count=ORGS,
                    on_create=_stamped(_new_org))  # fmt: skip
MEMBERS_RES = _org_child("members", "Member", {"listMembers": "list", "getMember": "get", "deleteMember": "delete"},
                         "member_id", _member, ORGS * MEMBERS, on_delete=_drop_member)  # fmt: skip
TEAMS_RES = _org_child("teams", "Team", {"listTeams": "list", "getTeam": "get", "createTeam": "create",
                       "updateTeam": "update", "deleteTeam": "delete"}, "team_id", _team, ORGS * TEAMS,
                       on_create=_stamped(_new_team))  # fmt: skip
WORKSPACES_RES = _org_child("workspaces", "Workspace", {"listWorkspaces": "list", "getWorkspace": "get",
                            "createWorkspace": "create", "updateWorkspace": "update", "deleteWorkspace": "delete"},
                            "workspace_id", _workspace, ORGS * WORKSPACES,
                            on_create=_stamped(_new_workspace))  # fmt: skip
KEYSETS_RES = _org_child("keysets", "Keyset", {"listKeysets": "list", "getKeyset": "get", "createKeyset": "create",
                         "updateKeyset": "update", "deleteKeyset": "delete"}, "keyset_id", _keyset, ORGS * KEYSETS,
                         on_create=_stamped(_new_keyset))  # fmt: skip
CLUSTERS_RES = _org_child("clusters", "Cluster", {"listClusters": "list", "getCluster": "get",
                          "createCluster": "create",
                          "createWorkspaceCluster": "create", "deleteCluster": "delete"}, "cluster_id", _cluster,
                          ORGS * CLUSTERS, lifecycle=CLUSTER_LIFECYCLE, deleted_state="deleting",
                          on_create=_stamped(_new_cluster), on_delete=_delete_cluster)  # fmt: skip
FEDS_RES = _org_child("federations", "Federation", {"listFederations": "list", "getFederation": "get",
                      "createFederation": "create", "deleteFederation": "delete"}, "federation_id", _federation,
                      ORGS * FEDERATIONS, lifecycle=("draft", "building", "running"), deleted_state="deleting",
                      on_create=_stamped(_new_federation), on_delete=_delete_federation)  # fmt: skip
NODES_RES = _cluster_child("nodes", "Node", {"listNodes": "list", "getNode": "get", "deleteNode": "delete"}, "node_id",
                           _node, ORGS * CLUSTERS * NODES, lifecycle=CLUSTER_LIFECYCLE, deleted_state="deleting",
                           on_delete=_delete_node)  # fmt: skip
POOLS_RES = _cluster_child("nodepools", "NodePool", {"listNodePools": "list", "getNodePool": "get",
                           "createNodePool": "create", "updateNodePool": "update", "deleteNodePool": "delete"},
                           "nodepool_id", _nodepool, ORGS * CLUSTERS * POOLS, lifecycle=("draft", "active"),
                           deleted_state="deleting", on_create=_stamped(_new_pool),
                           on_delete=_delete_pool)  # fmt: skip
LOGS_RES = _cluster_child("build_logs", "BuildLogEntry", {"listClusterLogs": "list", "createClusterBuildLog": "create"},
                          None, _build_log, ORGS * CLUSTERS * LOGS, id_field="_pk",
                          on_create=_stamped(_new_log))  # fmt: skip
VOLUMES_RES = _cluster_child("volumes", "PersistentVolume", {"listClusterVolumes": "list"}, None, _volume,
                             ORGS * CLUSTERS * VOLUMES)  # fmt: skip
CHARTS_RES = Resource("chart_repos", "ChartRepo", {"listTrustedChartRepos": "list"}, _id, id_field="pk",
                      seed=_chart_repo, count=2)  # fmt: skip
INVOICES_RES = Resource("invoices", "Invoice", {"listInvoices": "list", "getInvoice": "get"}, _id, id_field="pk",
                        id_param="invoice_id", seed=_invoice, count=6, state_field="state")  # fmt: skip


def _view(fn: Callable[[Ctx, Item], Any]) -> Callable[[Ctx, Item], Item]:
    def run(ctx: Ctx, item: Item) -> Item:
        fn(ctx, item)
        return item

    return run


_HANDLERS: dict[str, Callable[[Ctx], Reply | None]] = {
    "createOrg": create_org,
    "updateOrg": _updater(ORGS_RES),
    "listTeams": _lister(TEAMS_RES),
    "updateTeam": _updater(TEAMS_RES, _team_members),
    "deleteTeam": _deleter(TEAMS_RES),
    "deleteMember": _deleter(MEMBERS_RES),
    "inviteMembers": invite_members,
    "listWorkspaces": _lister(WORKSPACES_RES, view=_view(_refresh_workspace)),
    "getWorkspace": _getter(WORKSPACES_RES, _view(_refresh_workspace)),
    "updateWorkspace": _updater(WORKSPACES_RES, _workspace_default),
    "deleteWorkspace": _deleter(WORKSPACES_RES),
    "createKeyset": create_keyset,
    "updateKeyset": update_keyset,
    "deleteKeyset": _deleter(KEYSETS_RES),
    "listClusters": _lister(CLUSTERS_RES, hide=("deleted",), view=_cluster_summary),
    "getCluster": _getter(CLUSTERS_RES, _cluster_read),
    "createCluster": create_cluster,
    "createWorkspaceCluster": create_cluster,
    "deleteCluster": _deleter(CLUSTERS_RES),
    "getClusterKubeconfig": get_kubeconfig,
    "createClusterBuildLog": create_build_log,
    "listNodes": _lister(NODES_RES, hide=GONE),
    "getNode": _getter(NODES_RES, _node_came_up),
    "addNodes": add_nodes,
    "checkNodeDeletable": check_node,
    "deleteNode": _deleter(NODES_RES, _node_deletable),
    "listNodePools": _lister(POOLS_RES, hide=GONE),
    "getNodePool": _getter(POOLS_RES),
    "createNodePool": create_node_pool,
    "updateNodePool": update_node_pool,
    "deleteNodePool": _deleter(POOLS_RES, _pool_deletable),
    "addNodePoolNodes": add_pool_nodes,
    "listFederations": _lister(FEDS_RES, hide=("deleted",), view=_view(_refresh_federation)),
    "getFederation": _getter(FEDS_RES, _federation_read),
    "createFederation": create_federation,
    "deleteFederation": _deleter(FEDS_RES),
    "addFederationRole": add_federation_role,
    "getUser": get_user,
    "updateUserProfile": update_profile,
    "getSubscription": get_subscription,
    "listInvoices": list_invoices,
    "getInvoice": get_invoice,
}
# The rest is served by the engine once the path ids are checked against their parents.
_GENERIC = ("getOrg", "listMembers", "getMember", "getTeam", "createTeam", "createWorkspace", "listKeysets",
            "getKeyset", "listClusterLogs", "listClusterVolumes", "listTrustedChartRepos", "listOrgs")  # fmt: skip

PROVIDER = Provider(
    name="stackpoint",
    error_body=_error,
    credentials=_credentials,
    auth_status=401,
    validation_status=400,
    malformed_status=400,
    conflict_status=400,
    auth_error=_auth_error,
    extra_headers={401: {"WWW-Authenticate": 'Bearer realm="api"'}},
    resources=(
        ORGS_RES,
        MEMBERS_RES,
        TEAMS_RES,
        WORKSPACES_RES,
        KEYSETS_RES,
        CLUSTERS_RES,
        FEDS_RES,
        NODES_RES,
        POOLS_RES,
        LOGS_RES,
        VOLUMES_RES,
        CHARTS_RES,
        INVOICES_RES,
    ),
    handlers={**{op: _scoped(None) for op in _GENERIC}, **_HANDLERS},
)
