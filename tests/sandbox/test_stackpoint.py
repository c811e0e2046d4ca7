"""StackPointCloud over real TCP with the generated client: orgs -> clusters -> nodes, DRF errors, lifecycles."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from stackpoint_client import AuthenticatedClient
from stackpoint_client.api.clusters import create_cluster, delete_cluster, get_cluster, get_cluster_kubeconfig
from stackpoint_client.api.node_pools import create_node_pool, delete_node_pool, update_node_pool
from stackpoint_client.api.nodes import add_nodes, check_node_deletable, delete_node, list_nodes
from stackpoint_client.api.organizations import create_org, get_org, list_orgs, update_org
from stackpoint_client.api.teams import create_team, delete_team, get_team, update_team
from stackpoint_client.models import (
    Cluster,
    ClusterCreate,
    ClusterProvider,
    Error,
    NodeAdd,
    NodePoolCreate,
    NodePoolUpdate,
    NodeRole,
    OrgCreate,
    OrgUpdate,
    TeamCreate,
    TeamMembershipInput,
    TeamUpdate,
)

from facade.sandbox import Sandbox, available, serve

pytestmark = pytest.mark.skipif("stackpoint" not in available(), reason="no StackPointCloud spec")
ORG = 381  # the spec's example organization, seeded as the first org


@pytest.fixture
def spc() -> Iterator[Sandbox]:
    # A frozen clock: the tests move it, so every timed transition is observed in order.
    with serve("stackpoint", seed=5, check_responses=True, clock_speed=0) as sb:
        assert isinstance(sb, Sandbox)
        yield sb
        assert sb.violations == []


@pytest.fixture
def api(spc: Sandbox) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(base_url=spc.base_url, token=spc.api_key) as client:
        yield client


@pytest.fixture
def raw(spc: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=spc.base_url, headers={"Authorization": f"Bearer {spc.api_key}"}) as client:
        yield client


def _new_cluster(api: AuthenticatedClient, name: str = "web") -> Cluster:
    body = ClusterCreate(
        name=name,
        provider=ClusterProvider.AWS,
        provider_keyset=4410,
        master_count=1,
        master_size="t2.large",
        worker_count=2,
        worker_size="t2.large",
        region="us-west-2",
        k8s_version="v1.13.2",
        platform="coreos",
        channel="stable",
    )
    made = create_cluster.sync_detailed(ORG, client=api, body=body)
    assert made.status_code == 201, made.content
    assert isinstance(made.parsed, Cluster)
    return made.parsed


def _run(spc: Sandbox, api: AuthenticatedClient, cluster: int) -> list[str]:
    """Poll getCluster once per sandbox second (as a client would, in time): the states seen."""
    states = []
    for _ in range(6):
        found = get_cluster.sync(ORG, cluster, client=api)
        assert isinstance(found, Cluster)
        states.append(str(found.state))
        spc.clock.advance(1.0)
    return states


def test_org_and_team_crud_round_trip_with_the_generated_client(api: AuthenticatedClient) -> None:
    before = list_orgs.sync(client=api)
    assert isinstance(before, list) and before[0].pk == ORG
    made = create_org.sync_detailed(client=api, body=OrgCreate(name="Acme Widgets"))
    assert made.status_code == 201 and isinstance(made.parsed, list)
    # createOrg answers with every org of the user, the new one first.
    new = made.parsed[0]
    assert new.name == "Acme Widgets" and new.slug == f"acme-widgets-{new.pk}" and len(made.parsed) == len(before) + 1
    assert isinstance(new.pk, int) and new.pk not in {o.pk for o in before}
    renamed = update_org.sync(new.pk, client=api, body=OrgUpdate(name="Acme Gadgets"))
    assert renamed is not None and not isinstance(renamed, Error) and renamed.name == "Acme Gadgets"
    fetched = get_org.sync(new.pk, client=api)
    assert fetched is not None and not isinstance(fetched, Error) and fetched.name == "Acme Gadgets"

    team = create_team.sync_detailed(new.pk, client=api, body=TeamCreate(name="SRE On Call"))
    assert team.status_code == 201
    assert team.parsed is not None and not isinstance(team.parsed, Error)
    team_pk = team.parsed.pk
    assert team.parsed.slug == "sre-on-call" and team.parsed.memberships == []
    # The creator is a member of the new org (user 3), so can be put on the team; user 999 cannot.
    updated = update_team.sync(new.pk, team_pk, client=api, body=TeamUpdate(memberships=[TeamMembershipInput(user=3)]))
    assert updated is not None and not isinstance(updated, Error) and [m.user.pk for m in updated.memberships] == [3]
    refused = update_team.sync_detailed(
        new.pk, team_pk, client=api, body=TeamUpdate(memberships=[TeamMembershipInput(user=999)])
    )
    assert refused.status_code == 400 and isinstance(refused.parsed, Error) and "999" in refused.parsed.detail
    assert delete_team.sync_detailed(new.pk, team_pk, client=api).status_code == 204
    gone = get_team.sync_detailed(new.pk, team_pk, client=api)
    assert gone.status_code == 404 and isinstance(gone.parsed, Error) and gone.parsed.detail == "Not found."


def test_a_new_org_comes_with_a_default_workspace_team_and_owner(raw: httpx.Client) -> None:
    org = raw.post("/orgs", json={"name": "Fresh"}).json()[0]["pk"]
    workspaces = raw.get(f"/orgs/{org}/workspaces").json()
    assert [(w["name"], w["is_default"]) for w in workspaces] == [("Default", True)]
    assert [t["name"] for t in raw.get(f"/orgs/{org}/teams").json()] == ["Everyone"]
    members = raw.get(f"/orgs/{org}/members").json()
    assert [(m["user"]["username"], m["role"], m["is_owner"]) for m in members] == [("jdoe", "owner", True)]


def test_cluster_lifecycle_from_draft_to_running_and_deleted(
    spc: Sandbox, api: AuthenticatedClient, raw: httpx.Client
) -> None:
    cluster = _new_cluster(api)
    assert str(cluster.state) == "draft" and cluster.org == ORG and cluster.is_kubeconfig_available is False
    assert cluster.workspace.is_default and cluster.kubeconfig_path == f"/orgs/{ORG}/clusters/{cluster.pk}/kubeconfig"
    # No kubeconfig before the cluster runs.
    assert get_cluster_kubeconfig.sync_detailed(ORG, cluster.pk, client=api).status_code == 404
    assert _run(spc, api, cluster.pk) == ["draft", "building", "provisioned", "running", "running", "running"]
    kubeconfig = get_cluster_kubeconfig.sync(ORG, cluster.pk, client=api)
    assert isinstance(kubeconfig, str) and kubeconfig.startswith("apiVersion: v1\nkind: Config\n")
    # Its master and two workers came up with it, in the default pool.
    nodes = list_nodes.sync(ORG, cluster.pk, client=api)
    assert nodes is not None and not isinstance(nodes, Error)
    assert sorted(str(n.role) for n in nodes) == ["master", "worker", "worker"]
    assert {str(n.state) for n in nodes} == {"running"} and all(n.private_ip for n in nodes)
    pools = raw.get(f"/orgs/{ORG}/clusters/{cluster.pk}/nodepools").json()
    assert [(p["name"], p["is_default"], p["state"], p["node_count"]) for p in pools] == [
        ("Default Worker Pool", True, "active", 2)
    ]

    assert delete_cluster.sync_detailed(ORG, cluster.pk, client=api).status_code == 204
    assert _run(spc, api, cluster.pk)[:2] == ["deleting", "deleted"]
    assert cluster.pk not in [c["pk"] for c in raw.get(f"/orgs/{ORG}/clusters").json()]
    assert delete_cluster.sync_detailed(ORG, cluster.pk, client=api).status_code == 404


def test_nodes_and_node_pools(spc: Sandbox, api: AuthenticatedClient, raw: httpx.Client) -> None:
    cluster = _new_cluster(api, "pools")
    base = f"/orgs/{ORG}/clusters/{cluster.pk}"
    early = add_nodes.sync_detailed(ORG, cluster.pk, client=api, body=NodeAdd(node_count=1, size="t2.large"))
    assert early.status_code == 400  # still building
    _run(spc, api, cluster.pk)
    master = next(n for n in raw.get(f"{base}/nodes").json() if n["role"] == "master")

    added = add_nodes.sync_detailed(
        ORG, cluster.pk, client=api, body=NodeAdd(node_count=2, size="t2.xlarge", role=NodeRole.WORKER)
    )
    assert added.status_code == 201 and isinstance(added.parsed, list)
    assert [str(n.state) for n in added.parsed] == ["draft", "draft"]
    assert {n.pool_name for n in added.parsed} == {"Default Worker Pool"}
    masters = NodeAdd(node_count=2, size="t2.large", role=NodeRole.MASTER)
    two_masters = add_nodes.sync_detailed(ORG, cluster.pk, client=api, body=masters)
    assert two_masters.status_code == 400
    node = added.parsed[0].pk
    states = []
    for _ in range(5):  # one read per sandbox second
        states.append(raw.get(f"{base}/nodes/{node}").json()["state"])
        spc.clock.advance(1.0)
    assert states == ["draft", "building", "provisioned", "running", "running"]

    gpu = NodePoolCreate(name="gpu", instance_size="p2.xlarge", node_count=3)
    pool = create_node_pool.sync_detailed(ORG, cluster.pk, client=api, body=gpu)
    assert pool.status_code == 201 and pool.parsed is not None and not isinstance(pool.parsed, Error)
    pool_pk = pool.parsed.pk
    assert str(pool.parsed.state) == "draft" and pool.parsed.node_count == 3 and not pool.parsed.is_default
    bad = update_node_pool.sync_detailed(
        ORG, cluster.pk, pool_pk, client=api, body=NodePoolUpdate(autoscaled=True, min_count=4, max_count=2)
    )
    assert bad.status_code == 400
    scaled = update_node_pool.sync(
        ORG, cluster.pk, pool_pk, client=api, body=NodePoolUpdate(autoscaled=True, min_count=1, max_count=6)
    )
    assert scaled is not None and not isinstance(scaled, Error) and (scaled.min_count, scaled.max_count) == (1, 6)

    default = next(p["pk"] for p in raw.get(f"{base}/nodepools").json() if p["is_default"])
    refused = delete_node_pool.sync_detailed(ORG, cluster.pk, default, client=api)
    assert refused.status_code == 400 and refused.parsed is not None
    assert delete_node_pool.sync_detailed(ORG, cluster.pk, pool_pk, client=api).status_code == 204
    assert pool_pk not in [p["pk"] for p in raw.get(f"{base}/nodepools").json()]
    assert all(n["pool"] != pool_pk for n in raw.get(f"{base}/nodes").json())  # its nodes went with it

    assert check_node_deletable.sync_detailed(ORG, cluster.pk, master["pk"], client=api).status_code == 400
    assert delete_node.sync_detailed(ORG, cluster.pk, master["pk"], client=api).status_code == 400
    eligible = check_node_deletable.sync(ORG, cluster.pk, node, client=api)
    assert eligible is not None and not isinstance(eligible, Error) and eligible.eligible
    assert delete_node.sync_detailed(ORG, cluster.pk, node, client=api).status_code == 204
    assert node not in [n["pk"] for n in raw.get(f"{base}/nodes").json()]
    assert raw.get(f"{base}/nodes/{node}").json()["state"] == "deleting"


def test_auth_failures_are_drf_401s(spc: Sandbox) -> None:
    with httpx.Client(base_url=spc.base_url) as client:
        missing = client.get("/orgs")
        wrong = client.get("/orgs", headers={"Authorization": "Bearer 0123456789abcdef"})
    assert (missing.status_code, wrong.status_code) == (401, 401)
    assert missing.json() == {"detail": "Authentication credentials were not provided."}
    assert wrong.json() == {"detail": "Invalid token."}
    assert missing.headers["WWW-Authenticate"].startswith("Bearer")


def test_ids_are_scoped_to_their_parents(raw: httpx.Client) -> None:
    orgs = [o["pk"] for o in raw.get("/orgs").json()]
    assert orgs == [381, 1207, 2033]
    other = raw.get(f"/orgs/{orgs[1]}/clusters").json()[0]["pk"]
    assert raw.get(f"/orgs/{orgs[1]}/clusters/{other}").status_code == 200
    wrong_org = raw.get(f"/orgs/{ORG}/clusters/{other}")
    assert wrong_org.status_code == 404 and wrong_org.json() == {"detail": "Not found."}
    assert raw.get("/orgs/999999/teams").status_code == 404
    invalid = raw.post(f"/orgs/{ORG}/teams", json={})
    assert invalid.status_code == 400 and invalid.json() == {"detail": "name: This field is required."}
    assert raw.post(f"/orgs/{ORG}/teams", content=b"{nope").status_code == 400


def test_keysets_federations_and_invites(raw: httpx.Client) -> None:
    keysets = raw.get(f"/orgs/{ORG}/keysets").json()
    vcs = next(k for k in keysets if k["category"] == "vcs")
    refused = raw.patch(f"/orgs/{ORG}/keysets/{vcs['pk']}", json={"name": "x"})
    assert refused.status_code == 405 and refused.json() == {"detail": 'Method "PATCH" not allowed.'}
    made = raw.post(
        f"/orgs/{ORG}/keysets",
        json={
            "name": "Second AWS",
            "category": "provider",
            "entity": "aws",
            "is_default": True,
            "keys": [{"key_type": "pub", "key": "QUtJQQ=="}, {"key_type": "pvt", "key": "c2VjcmV0"}],
        },
    )
    assert made.status_code == 201 and [k["key_type"] for k in made.json()["keys"]] == ["pub", "pvt"]
    assert "key" not in made.json()["keys"][0]  # secret values are never returned
    defaults = [
        k["pk"]
        for k in raw.get(f"/orgs/{ORG}/keysets").json()
        if k["is_default"] and (k["category"], k["entity"]) == ("provider", "aws")
    ]
    assert defaults == [made.json()["pk"]]
    assert (
        raw.post(
            f"/orgs/{ORG}/keysets",
            json={"name": "g", "category": "vcs", "keys": [{"key_type": "token", "key": "eA=="}]},
        ).status_code
        == 400
    )

    fed = raw.get(f"/orgs/{ORG}/federations").json()[0]
    assert fed["pk"] == 103 and [r["role"] for r in fed["roles"]] == ["host"]
    assert fed["roles"][0]["cluster"]["pk"] == 45 and fed["roles"][0]["cluster"]["nodes"]
    host = raw.get(f"/orgs/{ORG}/clusters/45").json()  # the embedded cluster counts its nodes as the cluster does
    assert fed["roles"][0]["cluster"]["node_count"] == host["node_count"] == len(fed["roles"][0]["cluster"]["nodes"])
    guest = raw.get(f"/orgs/{ORG}/clusters").json()[1]["pk"]  # the org's second cluster, in no federation
    joined = raw.post(f"/orgs/{ORG}/federations/103/roles", json={"cluster": guest, "role": "guest"})
    assert joined.status_code == 201
    assert [(r["cluster"]["pk"], r["state"]) for r in joined.json()] == [(guest, "joining")]
    assert raw.post(f"/orgs/{ORG}/federations/103/roles", json={"cluster": guest, "role": "guest"}).status_code == 400
    assert raw.get(f"/orgs/{ORG}/clusters/{guest}").json()["federation_role"] == "guest"
    two_hosts = {
        "name": "f",
        "dns_zone": "a.com.",
        "dns_provider": "aws-route53",
        "dns_provider_keyset": 4410,
        "roles": [{"cluster": 45, "role": "host"}, {"cluster": guest, "role": "host"}],
    }
    assert raw.post(f"/orgs/{ORG}/workspaces/15/federations", json=two_hosts).status_code == 400

    invites = raw.post(
        f"/orgs/{ORG}/invites",
        json=[{"email": "a@example.com", "role": "member"}, {"email": "b@example.com", "role": "admin"}],
    )
    assert invites.status_code == 201 and [i["state"] for i in invites.json()] == ["pending", "pending"]


def test_user_subscription_and_invoices(raw: httpx.Client) -> None:
    user = raw.get("/rest-auth/user/").json()
    assert user["username"] == "jdoe" and [m["org"]["pk"] for m in user["org_memberships"]] == [381, 1207, 2033]
    changed = raw.patch("/userprofile/jdoe", json={"first_name": "Jordan"})
    assert changed.status_code == 200 and changed.json()["full_name"] == "Jordan Doe"
    assert raw.patch("/userprofile/someone", json={"first_name": "x"}).status_code == 404
    sub = raw.get("/user/subscription").json()
    assert [o["pk"] for o in sub["covered_orgs"]] == [381, 1207, 2033] and sub["cluster_count"] > 0
    invoices = raw.get("/user/invoices").json()
    assert invoices and {i["state"] for i in invoices} == {"open"}  # unpaid ones only
    one = raw.get("/user/invoices/25").json()
    assert isinstance(one, list) and len(one) == 1 and one[0]["pk"] == 25


def test_seed_reproducibility_and_scale() -> None:
    def snapshot(sb: Sandbox) -> list[Any]:
        return [sb.state.store.collection(name).values()[:5] for name in ("members", "clusters", "nodes")]

    with (
        Sandbox("stackpoint", seed=9) as one,
        Sandbox("stackpoint", seed=9) as two,
        Sandbox("stackpoint", seed=10) as other,
    ):
        assert snapshot(one) == snapshot(two) and one.api_key == two.api_key
        assert snapshot(one) != snapshot(other) and one.api_key != other.api_key
    with Sandbox("stackpoint", seed=9, scale=4) as big:
        orgs, clusters = big.state.store.collection("orgs"), big.state.store.collection("clusters")
        assert (len(orgs), len(clusters), len(big.state.store.collection("nodes"))) == (12, 48, 192)
        # Every seeded child points at a seeded parent.
        assert all(orgs.get(c["_parent"]) is not None for c in clusters.values())


def test_big_clusters_are_made_in_linear_time_up_to_the_cap(spc: Sandbox, raw: httpx.Client) -> None:
    body = {
        "name": "big",
        "provider": "aws",
        "provider_keyset": 4410,
        "master_count": 1,
        "master_size": "t2.large",
        "worker_size": "t2.large",
        "region": "us-west-2",
        "k8s_version": "v1.13.2",
        "platform": "coreos",
        "channel": "stable",
    }
    over = raw.post(f"/orgs/{ORG}/clusters", json={**body, "worker_count": 5000})
    assert over.status_code == 400 and "4999" in over.json()["detail"]  # 5000 nodes, master included
    big = raw.post(f"/orgs/{ORG}/clusters", json={**body, "worker_count": 4999}).json()
    assert (big["node_count"], big["worker_count"]) == (5000, 4999)
    nodes = raw.get(f"/orgs/{ORG}/clusters/{big['pk']}/nodes").json()
    assert len(nodes) == len({n["pk"] for n in nodes}) == 5000
    spc.clock.advance(3.0)
    more = raw.post(f"/orgs/{ORG}/clusters/{big['pk']}/add_node", json={"node_count": 1, "size": "t2.large"})
    assert more.status_code == 400 and "at most 5000" in more.json()["detail"]
    assert raw.get(f"/orgs/{ORG}/clusters/{big['pk']}").json()["state"] == "running"
    # JSON Schema counts 2.0 an integer: it is one (found by fuzzing: a 500 before).
    whole = raw.post(
        f"/orgs/{ORG}/clusters",
        content=json.dumps({**body, "worker_count": 2.0}),
        headers={"Content-Type": "application/json"},
    )
    assert whole.status_code == 201 and whole.json()["worker_count"] == 2
