"""Pydantic models of the spec (datamodel-code-generator). Generated: do not edit."""

from __future__ import annotations

from typing import Annotated
from pydantic import AnyUrl, AwareDatetime, BaseModel, ConfigDict, Field
from enum import Enum


class Error(BaseModel):
    detail: Annotated[
        str,
        Field(
            description="Human-readable explanation of what went wrong.",
            examples=["Authentication credentials were not provided."],
        ),
    ]


class FreeformObject(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class ClusterState(Enum):
    draft = "draft"
    building = "building"
    provisioned = "provisioned"
    running = "running"
    deleting = "deleting"
    deleted = "deleted"
    failed = "failed"


class NodeState(Enum):
    draft = "draft"
    building = "building"
    provisioned = "provisioned"
    running = "running"
    deleting = "deleting"
    deleted = "deleted"
    failed = "failed"
    missing = "missing"


class NodePoolState(Enum):
    draft = "draft"
    active = "active"
    failed = "failed"
    deleting = "deleting"
    deleted = "deleted"


class SolutionState(Enum):
    draft = "draft"
    installing = "installing"
    installed = "installed"
    failed = "failed"
    deleting = "deleting"
    deleted = "deleted"
    missing = "missing"


class FederationState(Enum):
    draft = "draft"
    building = "building"
    running = "running"
    failed = "failed"
    deleting = "deleting"
    deleted = "deleted"


class FederationRoleState(Enum):
    draft = "draft"
    joining = "joining"
    joined = "joined"
    failed = "failed"
    leaving = "leaving"


class FederationRoleName(Enum):
    host = "host"
    guest = "guest"


class NodeRole(Enum):
    master = "master"
    worker = "worker"


class MemberRole(Enum):
    owner = "owner"
    admin = "admin"
    member = "member"


class KeysetCategory(Enum):
    provider = "provider"
    solution = "solution"
    storage = "storage"
    vcs = "vcs"
    user_ssh = "user_ssh"


class KeyType(Enum):
    pub = "pub"
    pvt = "pvt"
    token = "token"
    other = "other"
    subscription = "subscription"
    tenant = "tenant"
    username = "username"
    password = "password"
    url = "url"
    scope = "scope"
    access_key = "access_key"


class SubscriptionState(Enum):
    trial = "trial"
    active = "active"
    inactive = "inactive"
    canceled = "canceled"
    suspended = "suspended"


class InvoiceState(Enum):
    draft = "draft"
    open = "open"
    paid = "paid"
    uncollectible = "uncollectible"
    void = "void"


class InviteState(Enum):
    pending = "pending"
    accepted = "accepted"
    expired = "expired"


class ClusterProvider(Enum):
    aks = "aks"
    aws = "aws"
    azure = "azure"
    eks = "eks"
    gce = "gce"
    gke = "gke"


class DnsProvider(Enum):
    google_clouddns = "google-clouddns"
    aws_route53 = "aws-route53"


class SolutionName(Enum):
    autoscaler = "autoscaler"
    calico = "calico"
    cloudflare_warp_ingress = "cloudflare-warp-ingress"
    efk = "efk"
    gitlab = "gitlab"
    gitlab_ee = "gitlab_ee"
    haproxy = "haproxy"
    helm_tiller = "helm_tiller"
    istio = "istio"
    kubeless = "kubeless"
    linkerd = "linkerd"
    prometheus = "prometheus"
    sysdig = "sysdig"
    turbonomic = "turbonomic"


class Org(BaseModel):
    pk: Annotated[int, Field(description="Organization ID.", examples=[381])]
    name: Annotated[
        str, Field(description="Organization name.", examples=["My Organization"])
    ]
    slug: Annotated[
        str,
        Field(
            description="URL-friendly unique identifier derived from the name.",
            examples=["my-organization"],
        ),
    ]
    logo: Annotated[
        AnyUrl | None,
        Field(
            description="URL of the custom logo, or null when none was uploaded.",
            examples=[None],
        ),
    ]
    created: Annotated[
        AwareDatetime,
        Field(
            description="When the organization was created.",
            examples=["2018-08-05T14:35:53.161852Z"],
        ),
    ]
    updated: Annotated[
        AwareDatetime,
        Field(
            description="When the organization was last changed.",
            examples=["2019-01-31T18:31:21.583756Z"],
        ),
    ]


class OrgCreate(BaseModel):
    name: Annotated[
        str,
        Field(
            description="Organization name.",
            examples=["My New Organization"],
            min_length=1,
        ),
    ]


class OrgUpdate(BaseModel):
    name: Annotated[
        str | None,
        Field(
            description="New organization name.",
            examples=["New Organization Name"],
            min_length=1,
        ),
    ] = None


class CoveredOrg(BaseModel):
    pk: Annotated[int, Field(description="Organization ID.", examples=[15856])]
    name: Annotated[
        str, Field(description="Organization name.", examples=["Shy Bonus"])
    ]
    slug: Annotated[
        str,
        Field(description="URL-friendly unique identifier.", examples=["shy-bonus-1"]),
    ]
    logo: Annotated[
        AnyUrl | None, Field(description="Logo URL or null.", examples=[None])
    ]
    enable_experimental_features: Annotated[
        bool,
        Field(
            description="Whether experimental features are switched on for the organization.",
            examples=[False],
        ),
    ]
    created: Annotated[AwareDatetime, Field(examples=["2019-03-05T22:43:54.602681Z"])]
    updated: Annotated[AwareDatetime, Field(examples=["2019-03-05T22:43:54.602700Z"])]


class UserSummary(BaseModel):
    pk: Annotated[int, Field(description="User ID.", examples=[3])]
    username: Annotated[str, Field(description="Login name.", examples=["jdoe"])]
    email: Annotated[
        str, Field(description="Email address.", examples=["jdoe@example.com"])
    ]
    first_name: Annotated[str, Field(description="Given name.", examples=["Jordan"])]
    last_name: Annotated[str, Field(description="Family name.", examples=["Doe"])]
    full_name: Annotated[
        str, Field(description="Display name.", examples=["Jordan Doe"])
    ]
    date_joined: Annotated[
        AwareDatetime,
        Field(
            description="When the account was registered.",
            examples=["2019-02-01T18:01:29.685916Z"],
        ),
    ]


class AccountBalance(BaseModel):
    total_due: Annotated[
        float, Field(description="Amount currently owed, in US dollars.", examples=[0])
    ]
    payment_required: Annotated[
        bool,
        Field(
            description="Whether a payment is needed before more resources can be created.",
            examples=[False],
        ),
    ]


class SubscriptionSummary(BaseModel):
    pk: Annotated[int, Field(description="Subscription ID.", examples=[3])]
    internal_id: Annotated[
        str,
        Field(
            description="Account identifier used by support and billing.",
            examples=["SPC-RO2IGW7GGL"],
        ),
    ]
    user: Annotated[
        int,
        Field(description="ID of the user who owns the subscription.", examples=[3]),
    ]
    state: SubscriptionState
    access_plan: Annotated[
        str,
        Field(
            description="Access plan code; empty when none.",
            examples=["stackpointio-standard-monthly"],
        ),
    ]
    support_plan: Annotated[
        str, Field(description="Support plan code; empty when none.", examples=[""])
    ]
    is_metered: Annotated[
        bool, Field(description="Whether usage is billed by metering.", examples=[True])
    ]
    is_active: Annotated[
        bool,
        Field(
            description="Whether the subscription currently grants access.",
            examples=[True],
        ),
    ]
    is_exempt: Annotated[
        bool,
        Field(
            description="Whether the account is exempt from billing.", examples=[False]
        ),
    ]
    account_balance: AccountBalance


class Member(BaseModel):
    pk: Annotated[int, Field(description="Member (membership) ID.", examples=[3])]
    user: UserSummary
    org: Annotated[int, Field(description="Organization ID.", examples=[381])]
    role: MemberRole
    is_owner: Annotated[
        bool,
        Field(description="Whether the member owns the organization.", examples=[True]),
    ]
    is_manager: Annotated[
        bool,
        Field(
            description="Whether the member manages the (OEM) organization.",
            examples=[True],
        ),
    ]
    is_billing_manager: Annotated[
        bool,
        Field(
            description="Whether the member handles billing for the (OEM) organization.",
            examples=[False],
        ),
    ]
    subscription: SubscriptionSummary
    is_default: Annotated[
        bool,
        Field(
            description="Whether this organization is the member's default one.",
            examples=[False],
        ),
    ]
    created: Annotated[
        AwareDatetime,
        Field(
            description="When the user joined the organization.",
            examples=["2019-02-12T20:11:53.463232Z"],
        ),
    ]


class OrgMembership(BaseModel):
    pk: Annotated[int, Field(description="Membership ID.", examples=[1])]
    user: Annotated[int, Field(description="User ID.", examples=[3])]
    org: Org
    role: MemberRole
    is_owner: Annotated[bool, Field(examples=[True])]
    is_manager: Annotated[bool, Field(examples=[True])]
    is_billing_manager: Annotated[bool, Field(examples=[False])]
    subscription: SubscriptionSummary
    is_default: Annotated[
        bool,
        Field(
            description="Whether this is the user's default organization.",
            examples=[True],
        ),
    ]
    created: Annotated[AwareDatetime, Field(examples=["2018-09-24T18:23:22.901163Z"])]


class UserProfileUpdate(BaseModel):
    email: Annotated[str | None, Field(examples=["jdoe@example.com"])] = None
    first_name: Annotated[str | None, Field(examples=["Jordan"])] = None
    last_name: Annotated[str | None, Field(examples=["Doe"])] = None
    full_name: Annotated[str | None, Field(examples=["Jordan Doe"])] = None


class TeamSummary(BaseModel):
    pk: Annotated[int, Field(description="Team ID.", examples=[3])]
    name: Annotated[str, Field(examples=["Everyone"])]
    slug: Annotated[str, Field(examples=["everyone"])]
    org: Annotated[int, Field(description="Organization ID.", examples=[381])]
    is_org_wide: Annotated[
        bool,
        Field(
            description="Whether the team spans the whole organization rather than selected workspaces.",
            examples=[True],
        ),
    ]
    created: Annotated[AwareDatetime, Field(examples=["2019-02-12T20:11:53.481354Z"])]


class TeamMembership(BaseModel):
    pk: Annotated[int, Field(description="Team membership ID.", examples=[4])]
    user: UserSummary
    team: Annotated[int, Field(description="Team ID.", examples=[3])]
    created: Annotated[AwareDatetime, Field(examples=["2019-03-01T20:32:15.325914Z"])]


class Team(BaseModel):
    pk: Annotated[int, Field(description="Team ID.", examples=[3])]
    name: Annotated[str, Field(description="Team name.", examples=["Everyone"])]
    slug: Annotated[
        str, Field(description="URL-friendly unique identifier.", examples=["everyone"])
    ]
    org: Annotated[int, Field(description="Organization ID.", examples=[381])]
    is_org_wide: Annotated[
        bool,
        Field(
            description="Whether the team spans the whole organization rather than selected workspaces.",
            examples=[True],
        ),
    ]
    created: Annotated[AwareDatetime, Field(examples=["2019-02-12T20:11:53.481354Z"])]
    memberships: Annotated[
        list[TeamMembership], Field(description="Users on the team.")
    ]


class TeamCreate(BaseModel):
    name: Annotated[
        str, Field(description="Team name.", examples=["My New Team"], min_length=1)
    ]
    is_org_wide: Annotated[
        bool | None,
        Field(
            description="Whether the team spans the whole organization.",
            examples=[False],
        ),
    ] = None


class TeamMembershipInput(BaseModel):
    user: Annotated[
        int,
        Field(
            description="ID of a user who is a member of the organization.",
            examples=[3],
        ),
    ]


class TeamUpdate(BaseModel):
    name: Annotated[str | None, Field(examples=["Platform Team"], min_length=1)] = None
    is_org_wide: Annotated[bool | None, Field(examples=[False])] = None
    memberships: Annotated[
        list[TeamMembershipInput] | None,
        Field(
            description="The complete new member list. It replaces the current list, so include existing members you want to keep."
        ),
    ] = None


class InviteRequest(BaseModel):
    name: Annotated[
        str | None, Field(description="Name of the person invited.", examples=["J Doe"])
    ] = None
    email: Annotated[
        str,
        Field(
            description="Address the invitation is mailed to.",
            examples=["jdoe@example.com"],
        ),
    ]
    role: MemberRole
    teams: Annotated[
        list[int] | None,
        Field(
            description="IDs of teams the person joins on acceptance.", examples=[[]]
        ),
    ] = None


class Invite(BaseModel):
    pk: Annotated[int, Field(description="Invitation ID.", examples=[2167])]
    name: Annotated[str, Field(examples=["J Doe"])]
    email: Annotated[str, Field(examples=["jdoe@example.com"])]
    org: Annotated[int, Field(description="Organization ID.", examples=[381])]
    role: MemberRole
    teams: Annotated[
        list[int], Field(description="Team IDs granted on acceptance.", examples=[[]])
    ]
    user: Annotated[
        int | None,
        Field(
            description="ID of the user who accepted; null until then.", examples=[None]
        ),
    ]
    state: InviteState
    invite_url: Annotated[
        str,
        Field(
            description="Relative URL the invitee opens to accept.",
            examples=["/organization/381/accept-invite/ABCD1234EFGH5678=="],
        ),
    ]
    expires: Annotated[
        AwareDatetime,
        Field(
            description="Invitations are valid for seven days.",
            examples=["2019-03-14T21:44:20.481589Z"],
        ),
    ]
    is_expired: Annotated[bool, Field(examples=[False])]
    is_accepted: Annotated[bool, Field(examples=[False])]
    created: Annotated[AwareDatetime, Field(examples=["2019-03-07T21:44:20.481950Z"])]
    updated: Annotated[AwareDatetime, Field(examples=["2019-03-07T21:44:20.481968Z"])]


class WorkspaceSummary(BaseModel):
    pk: Annotated[int, Field(description="Workspace ID.", examples=[3])]
    name: Annotated[str, Field(examples=["Default"])]
    slug: Annotated[str, Field(examples=["default"])]
    org: Annotated[int, Field(description="Organization ID.", examples=[381])]
    is_default: Annotated[
        bool,
        Field(
            description="Whether this is the organization's default workspace.",
            examples=[True],
        ),
    ]
    created: Annotated[AwareDatetime, Field(examples=["2019-02-12T20:11:53.479801Z"])]


class WorkspaceCluster(BaseModel):
    pk: Annotated[int, Field(description="Cluster ID.", examples=[45])]
    name: Annotated[str, Field(examples=["My Cluster"])]
    provider: Annotated[str, Field(examples=["aws"])]
    state: ClusterState


class TeamWorkspace(BaseModel):
    pk: Annotated[int, Field(description="Team-workspace link ID.", examples=[3])]
    team: TeamSummary
    workspace: Annotated[int, Field(description="Workspace ID.", examples=[3])]
    created: Annotated[AwareDatetime, Field(examples=["2019-02-12T20:11:53.583671Z"])]


class Workspace(BaseModel):
    pk: Annotated[int, Field(description="Workspace ID.", examples=[3])]
    name: Annotated[str, Field(description="Workspace name.", examples=["Default"])]
    slug: Annotated[
        str, Field(description="URL-friendly unique identifier.", examples=["default"])
    ]
    org: Annotated[int, Field(description="Organization ID.", examples=[381])]
    is_default: Annotated[
        bool,
        Field(
            description="Whether this is the organization's default workspace.",
            examples=[True],
        ),
    ]
    created: Annotated[AwareDatetime, Field(examples=["2019-02-12T20:11:53.479801Z"])]
    clusters: Annotated[
        list[WorkspaceCluster] | None,
        Field(description="Clusters in the workspace (read views only)."),
    ] = None
    federations: Annotated[
        list[FreeformObject] | None,
        Field(
            description="Federations in the workspace (read views only).", examples=[[]]
        ),
    ] = None
    user_solutions: Annotated[
        list[FreeformObject] | None,
        Field(
            description="User-defined solutions available in the workspace (read views only).",
            examples=[[]],
        ),
    ] = None
    team_workspaces: Annotated[
        list[TeamWorkspace], Field(description="Teams that can use the workspace.")
    ]


class WorkspaceCreate(BaseModel):
    name: Annotated[
        str,
        Field(
            description="Workspace name.", examples=["My New Workspace"], min_length=1
        ),
    ]


class WorkspaceUpdate(BaseModel):
    name: Annotated[
        str | None, Field(examples=["Slightly Different Workspace Name"], min_length=1)
    ] = None
    is_default: Annotated[
        bool | None,
        Field(
            description="Make this the organization's default workspace.",
            examples=[False],
        ),
    ] = None


class Key(BaseModel):
    pk: Annotated[int, Field(description="Key ID.", examples=[5])]
    keyset: Annotated[
        int, Field(description="ID of the keyset holding the key.", examples=[4])
    ]
    key_type: KeyType
    fingerprint: Annotated[
        str,
        Field(
            description="Fingerprint of an SSH public key; empty otherwise.",
            examples=["01:02:03:45:67:89:1a:2b:3c:4d"],
        ),
    ]
    user: Annotated[
        int, Field(description="ID of the user who added the key.", examples=[3])
    ]


class KeyInput(BaseModel):
    key_type: KeyType
    key: Annotated[
        str,
        Field(
            description="Secret value, base64-encoded. Stored encrypted; never returned.",
            examples=["QUtJQUlPU0ZPRE5ON0VYQU1QTEU="],
        ),
    ]


class Keyset(BaseModel):
    pk: Annotated[int, Field(description="Keyset ID.", examples=[4])]
    name: Annotated[
        str,
        Field(
            description="Keyset name, unique in the organization per category and entity.",
            examples=["My AWS Credentials"],
        ),
    ]
    category: KeysetCategory
    entity: Annotated[
        str,
        Field(
            description="Provider, solution or storage backend the keyset is for (e.g. aws, azure, do, gce, gke, sysdig, turbonomic, azure-storage); empty for SSH keysets.",
            examples=["aws"],
        ),
    ]
    org: Annotated[int, Field(description="Organization ID.", examples=[381])]
    workspaces: Annotated[
        list[int],
        Field(
            description="Workspaces allowed to use the keyset; empty means the whole organization.",
            examples=[[]],
        ),
    ]
    user: Annotated[
        int, Field(description="ID of the user the keyset belongs to.", examples=[3])
    ]
    is_default: Annotated[
        bool,
        Field(
            description="Whether this is the default keyset of its kind.",
            examples=[False],
        ),
    ]
    keys: Annotated[list[Key], Field(description="Keys in the keyset (metadata only).")]
    created: Annotated[AwareDatetime, Field(examples=["2018-11-14T22:03:02.892559Z"])]


class KeysetCreate(BaseModel):
    name: Annotated[str, Field(examples=["My AWS Keyset"], min_length=1)]
    category: Annotated[
        KeysetCategory,
        Field(
            description="Any category except `vcs`, which can only be created in the web UI."
        ),
    ]
    entity: Annotated[
        str | None,
        Field(
            description="Provider, solution or storage backend the keyset is for.",
            examples=["aws"],
        ),
    ] = None
    org: Annotated[
        int | None,
        Field(
            description="Organization ID; defaults to the organization in the path and must match it if sent.",
            examples=[381],
        ),
    ] = None
    workspaces: Annotated[
        list[int] | None,
        Field(
            description="Workspace IDs to restrict the keyset to; empty for organization-wide.",
            examples=[[]],
        ),
    ] = None
    user: Annotated[
        int | None,
        Field(
            description="User the keyset is assigned to; defaults to the caller.",
            examples=[3],
        ),
    ] = None
    is_default: Annotated[
        bool | None,
        Field(
            description="Make this the default keyset of its kind.", examples=[False]
        ),
    ] = None
    keys: Annotated[
        list[KeyInput],
        Field(
            description="All keys the entity needs (e.g. aws: pub + pvt; azure: subscription, tenant, pub, pvt; do: token; gce/gke: other).",
            min_length=1,
        ),
    ]


class KeysetUpdate(BaseModel):
    name: Annotated[
        str | None, Field(examples=["My Renamed AWS Keyset"], min_length=1)
    ] = None
    entity: Annotated[str | None, Field(examples=["aws"])] = None
    workspaces: Annotated[
        list[int] | None,
        Field(
            description="New workspace restriction; an empty list opens the keyset to the whole organization.",
            examples=[[]],
        ),
    ] = None
    user: Annotated[int | None, Field(examples=[3])] = None
    is_default: Annotated[bool | None, Field(examples=[False])] = None
    keys: Annotated[
        list[KeyInput] | None, Field(description="Replacement keys, base64-encoded.")
    ] = None


class Solution(BaseModel):
    pk: Annotated[int, Field(description="Solution ID.", examples=[4409])]
    name: Annotated[str, Field(description="Display name.", examples=["Helm Tiller"])]
    solution: Annotated[
        str, Field(description="Solution identifier.", examples=["helm_tiller"])
    ]
    state: SolutionState
    instance_id: Annotated[
        str | None,
        Field(description="Internal instance name.", examples=["solx82p20x"]),
    ] = None
    cluster: Annotated[int | None, Field(description="Cluster ID.", examples=[45])] = (
        None
    )
    installer: Annotated[
        str | None, Field(description="Installer used.", examples=["ansible_custom"])
    ] = None
    keyset: Annotated[
        int | None,
        Field(
            description="Solution keyset ID, if the solution needs one.",
            examples=[None],
        ),
    ] = None
    keyset_name: Annotated[str | None, Field(examples=[""])] = None
    version: Annotated[str | None, Field(examples=[""])] = None
    version_migrations: Annotated[list[str] | None, Field(examples=[[]])] = None
    url: Annotated[str | None, Field(examples=[""])] = None
    username: Annotated[str | None, Field(examples=[""])] = None
    password: Annotated[str | None, Field(examples=[""])] = None
    max_nodes: Annotated[
        int | None,
        Field(description="Autoscaler ceiling (autoscaler only).", examples=[None]),
    ] = None
    git_repo: Annotated[str | None, Field(examples=[""])] = None
    git_path: Annotated[str | None, Field(examples=[""])] = None
    initial: Annotated[
        bool | None,
        Field(
            description="Whether the solution was requested when the cluster was created.",
            examples=[True],
        ),
    ] = None
    config: FreeformObject | None = None
    extra_data: FreeformObject | None = None
    created: Annotated[
        AwareDatetime | None, Field(examples=["2019-02-13T16:44:20.243883Z"])
    ] = None
    updated: Annotated[
        AwareDatetime | None, Field(examples=["2019-02-13T16:44:20.244065Z"])
    ] = None
    is_deleteable: Annotated[
        bool | None,
        Field(
            description="Whether the solution may be removed from the cluster.",
            examples=[False],
        ),
    ] = None


class SolutionRequest(BaseModel):
    solution: SolutionName
    keyset: Annotated[
        int | None,
        Field(
            description="Solution keyset ID (sysdig and turbonomic only); must belong to the cluster's organization.",
            examples=[12],
        ),
    ] = None
    max_nodes: Annotated[
        int | None,
        Field(
            description="Largest node count the autoscaler may reach (autoscaler only).",
            examples=[10],
            ge=1,
        ),
    ] = None


class ClusterNodeSummary(BaseModel):
    pk: Annotated[int, Field(description="Node ID.", examples=[19659])]
    pool: Annotated[
        int | None,
        Field(description="Node pool ID; null for masters.", examples=[None]),
    ] = None
    pool_name: Annotated[str | None, Field(examples=[""])] = None
    instance_id: Annotated[str, Field(examples=["netpsu50lk-master-1"])]
    provider_node_id: Annotated[str | None, Field(examples=["GKE.104.196.240.169"])] = (
        None
    )
    role: NodeRole
    private_ip: Annotated[str | None, Field(examples=["10.138.0.24"])] = None
    public_ip: Annotated[str | None, Field(examples=["104.196.240.169"])] = None
    root_disk_size: Annotated[int | None, Field(examples=[None])] = None
    gpu_instance_size: Annotated[str | None, Field(examples=[""])] = None
    gpu_core_count: Annotated[int | None, Field(examples=[None])] = None
    zone: Annotated[str | None, Field(examples=[""])] = None
    size: Annotated[str | None, Field(examples=["n1-standard-1"])] = None
    state: NodeState
    is_failed: Annotated[bool, Field(examples=[False])]


class ClusterFollower(BaseModel):
    pk: Annotated[int | None, Field(examples=[3])] = None
    cluster: Annotated[int | None, Field(examples=[45])] = None
    user: Annotated[int | None, Field(examples=[3])] = None
    notify: Annotated[
        bool | None,
        Field(
            description="Whether the user is emailed about build progress.",
            examples=[True],
        ),
    ] = None
    tracked_log: Annotated[int | None, Field(examples=[None])] = None


class Cluster(BaseModel):
    pk: Annotated[int, Field(description="Cluster ID.", examples=[45])]
    instance_id: Annotated[
        str, Field(description="Internal instance name.", examples=["spcbsk7u4u"])
    ]
    name: Annotated[
        str,
        Field(
            description="Cluster name, unique in the organization.",
            examples=["My Cluster"],
        ),
    ]
    org: Annotated[int, Field(description="Organization ID.", examples=[381])]
    provider: Annotated[
        str,
        Field(
            description="Cloud provider (aks, aws, azure, do, eks, gce, gke, ...).",
            examples=["aws"],
        ),
    ]
    workspace: WorkspaceSummary
    k8s_version: Annotated[
        str, Field(description="Kubernetes version.", examples=["v1.13.2"])
    ]
    node_count: Annotated[
        int, Field(description="Number of nodes.", examples=[3], ge=0)
    ]
    etcd_type: Annotated[
        str, Field(description="How etcd is hosted.", examples=["self_hosted"])
    ]
    platform: Annotated[
        str, Field(description="Node operating system.", examples=["coreos"])
    ]
    channel: Annotated[
        str, Field(description="Operating system release channel.", examples=["stable"])
    ]
    region: Annotated[
        str,
        Field(
            description="Provider region (zone for GCE/GKE).", examples=["us-west-2"]
        ),
    ]
    zone: Annotated[
        str,
        Field(
            description="Provider zone (AWS); empty elsewhere.", examples=["us-west-2a"]
        ),
    ]
    state: ClusterState
    solutions: Annotated[list[Solution], Field(description="Solutions on the cluster.")]
    is_failed: Annotated[
        bool, Field(description="Whether the cluster has failed.", examples=[False])
    ]
    federation_role: Annotated[
        str | None,
        Field(
            description="`host` or `guest` when the cluster is federated, else null.",
            examples=[None],
        ),
    ]
    version_migrations: Annotated[
        list[str],
        Field(
            description="Kubernetes versions the cluster can be upgraded to.",
            examples=[[]],
        ),
    ]
    k8s_rbac_enabled: Annotated[bool, Field(examples=[True])]
    nodes: Annotated[
        list[ClusterNodeSummary] | None,
        Field(description="Nodes (only when embedded in a federation)."),
    ] = None
    site: Annotated[
        int | None,
        Field(
            description="ID of the site (NKS or an OEM site) the cluster was created from.",
            examples=[8],
        ),
    ] = None
    provider_keyset: Annotated[
        int | None, Field(description="Provider keyset ID.", examples=[4])
    ] = None
    provider_keyset_name: Annotated[
        str | None, Field(examples=["My AWS Credentials"])
    ] = None
    project_id: Annotated[
        str | None,
        Field(description="Provider project ID where one is needed.", examples=[""]),
    ] = None
    owner: Annotated[
        int | None,
        Field(description="ID of the user who created the cluster.", examples=[3]),
    ] = None
    owner_detail: Annotated[str | None, Field(examples=["jdoe@example.com"])] = None
    user_ssh_keyset: Annotated[
        int | None, Field(description="SSH keyset ID.", examples=[5])
    ] = None
    user_ssh_keyset_name: Annotated[
        str | None, Field(examples=["Default SPC SSH Keypair"])
    ] = None
    provider_network_id: Annotated[str | None, Field(examples=["vpc-c4a6f5a0"])] = None
    provider_network_cidr: Annotated[str | None, Field(examples=["172.22.0.0/16"])] = (
        None
    )
    provider_subnet_id: Annotated[str | None, Field(examples=["subnet-d19044b6"])] = (
        None
    )
    provider_subnet_cidr: Annotated[str | None, Field(examples=["172.22.4.0/24"])] = (
        None
    )
    provider_balancer_id: Annotated[str | None, Field(examples=[None])] = None
    provider_resource_group: Annotated[str | None, Field(examples=[None])] = None
    config: FreeformObject | None = None
    layout: FreeformObject | None = None
    features: Annotated[
        list[str] | None,
        Field(
            description="Optional features switched on for the cluster.", examples=[[]]
        ),
    ] = None
    follower: ClusterFollower | None = None
    notified: Annotated[bool | None, Field(examples=[False])] = None
    created: Annotated[
        AwareDatetime | None, Field(examples=["2019-02-13T16:44:19.437099Z"])
    ] = None
    updated: Annotated[
        AwareDatetime | None, Field(examples=["2019-02-13T16:44:20.103316Z"])
    ] = None
    k8s_dashboard_enabled: Annotated[bool | None, Field(examples=[True])] = None
    k8s_etcd_operator_installed: Annotated[bool | None, Field(examples=[False])] = None
    k8s_dashboard_installed: Annotated[bool | None, Field(examples=[False])] = None
    k8s_pod_cidr: Annotated[str | None, Field(examples=["10.2.0.0/16"])] = None
    k8s_service_cidr: Annotated[str | None, Field(examples=["10.3.0.0/24"])] = None
    is_kubeconfig_available: Annotated[
        bool | None,
        Field(
            description="Whether the kubeconfig can be downloaded yet.",
            examples=[False],
        ),
    ] = None
    kubeconfig_path: Annotated[
        str | None, Field(examples=["/orgs/381/clusters/45/kubeconfig"])
    ] = None
    master_count: Annotated[int | None, Field(examples=[1], ge=0)] = None
    master_size: Annotated[str | None, Field(examples=["t2.large"])] = None
    worker_count: Annotated[int | None, Field(examples=[2], ge=0)] = None
    worker_size: Annotated[str | None, Field(examples=["t2.large"])] = None
    image: Annotated[str | None, Field(examples=["ami-0b0f4f5f0c8c1a797"])] = None
    is_k8s_available: Annotated[bool | None, Field(examples=[False])] = None
    k8s_etcd_cluster: Annotated[int | None, Field(examples=[None])] = None
    is_etcd_host: Annotated[bool | None, Field(examples=[False])] = None
    istio_mesh_member: Annotated[int | None, Field(examples=[None])] = None


class EtcdType(Enum):
    self_hosted = "self_hosted"


class ClusterCreate(BaseModel):
    name: Annotated[
        str,
        Field(
            description="Unique in the organization.",
            examples=["My New Cluster"],
            min_length=1,
        ),
    ]
    provider: ClusterProvider
    provider_keyset: Annotated[
        int, Field(description="Provider keyset ID.", examples=[4])
    ]
    master_count: Annotated[
        int,
        Field(
            description="Number of masters; must be 1 at creation.",
            examples=[1],
            ge=1,
            le=1,
        ),
    ]
    master_size: Annotated[
        str,
        Field(
            description="Provider instance size for the master.", examples=["t2.large"]
        ),
    ]
    worker_count: Annotated[
        int,
        Field(
            description="Number of workers; at least 2, at most 4999 (a cluster holds at most 5000 nodes, its master included).",
            examples=[2],
            ge=2,
            le=4999,
        ),
    ]
    worker_size: Annotated[
        str,
        Field(
            description="Provider instance size for every worker.",
            examples=["t2.large"],
        ),
    ]
    region: Annotated[
        str,
        Field(
            description="Provider region; for GCE and GKE the Google zone.",
            examples=["us-west-2"],
        ),
    ]
    zone: Annotated[
        str | None,
        Field(description="Provider zone (AWS only).", examples=["us-west-2a"]),
    ] = None
    provider_network_id: Annotated[
        str | None,
        Field(description="Existing VPC ID (AWS only).", examples=["vpc-c4a6f5a0"]),
    ] = None
    provider_network_cidr: Annotated[
        str | None,
        Field(description="VPC CIDR (AWS only).", examples=["172.22.0.0/16"]),
    ] = None
    provider_subnet_id: Annotated[
        str | None,
        Field(
            description="Existing subnet ID (AWS only).", examples=["subnet-d19044b6"]
        ),
    ] = None
    provider_subnet_cidr: Annotated[
        str | None,
        Field(description="Subnet CIDR (AWS only).", examples=["172.22.4.0/24"]),
    ] = None
    k8s_version: Annotated[
        str,
        Field(
            description="Kubernetes version, e.g. v1.12.4 or v1.13.2.",
            examples=["v1.13.2"],
        ),
    ]
    k8s_rbac_enabled: Annotated[bool | None, Field(examples=[True])] = None
    k8s_dashboard_enabled: Annotated[bool | None, Field(examples=[True])] = None
    etcd_type: Annotated[
        EtcdType | None,
        Field(
            description="Where etcd runs; only self_hosted is accepted.",
            examples=["self_hosted"],
        ),
    ] = None
    platform: Annotated[
        str,
        Field(
            description="coreos or ubuntu (AWS, Azure, GCE); gci (GKE).",
            examples=["coreos"],
        ),
    ]
    channel: Annotated[
        str,
        Field(
            description="stable, beta or alpha (CoreOS); 16.04-lts (Ubuntu); stable (GCI).",
            examples=["stable"],
        ),
    ]
    user_ssh_keyset: Annotated[
        int | None,
        Field(
            description="SSH keyset whose public key is installed on the nodes.",
            examples=[5],
        ),
    ] = None
    solutions: Annotated[
        list[SolutionRequest] | None,
        Field(description="Solutions to install once the cluster is up."),
    ] = None


class Node(BaseModel):
    pk: Annotated[int, Field(description="Node ID.", examples=[1])]
    cluster: Annotated[int, Field(description="Cluster ID.", examples=[45])]
    pool: Annotated[
        int | None,
        Field(description="Node pool ID; null for masters.", examples=[None]),
    ]
    pool_name: Annotated[
        str, Field(description="Node pool name; empty for masters.", examples=[""])
    ]
    name: Annotated[
        str | None, Field(description="Node name, where set.", examples=[""])
    ] = None
    instance_id: Annotated[
        str,
        Field(description="Internal instance name.", examples=["spca44o3iw-master-1"]),
    ]
    provider_node_id: Annotated[
        str | None,
        Field(
            description="The provider's own ID for the machine.",
            examples=["i-0a1b2c3d4e5f67890"],
        ),
    ] = None
    role: NodeRole
    group_name: Annotated[str | None, Field(examples=[""])] = None
    private_ip: Annotated[str, Field(examples=["10.136.53.103"])]
    public_ip: Annotated[str, Field(examples=["67.205.148.185"])]
    platform: Annotated[str, Field(examples=["coreos"])]
    image: Annotated[str, Field(examples=["coreos-stable"])]
    channel: Annotated[str, Field(examples=["stable"])]
    etcd_state: Annotated[
        str | None,
        Field(description="etcd membership state of the node.", examples=["none"]),
    ] = None
    root_disk_size: Annotated[
        int | None, Field(description="Root disk size in GB.", examples=[50])
    ] = None
    gpu_instance_size: Annotated[str | None, Field(examples=[""])] = None
    gpu_core_count: Annotated[int | None, Field(examples=[None])] = None
    location: Annotated[
        str,
        Field(
            description="Provider location (region, or region:zone).", examples=["nyc1"]
        ),
    ]
    zone: Annotated[str | None, Field(examples=[""])] = None
    provider_subnet_id: Annotated[str | None, Field(examples=[""])] = None
    provider_subnet_cidr: Annotated[str | None, Field(examples=[""])] = None
    size: Annotated[str, Field(description="Provider instance size.", examples=["2gb"])]
    state: NodeState
    is_failed: Annotated[bool, Field(examples=[False])]
    created: Annotated[AwareDatetime, Field(examples=["2017-12-06T02:22:21.768702Z"])]
    updated: Annotated[AwareDatetime, Field(examples=["2017-12-07T02:20:57.216553Z"])]


class NodeAdd(BaseModel):
    role: NodeRole | None = None
    size: Annotated[str, Field(description="Provider instance size.", examples=["2gb"])]
    node_count: Annotated[
        int,
        Field(
            description="How many nodes to add, up to 5000 in the cluster. Add masters one at a time.",
            examples=[1],
            ge=1,
            le=4999,
        ),
    ]
    node_pool: Annotated[
        int | None,
        Field(
            description="Pool for new workers; the default pool when omitted. Ignored for masters.",
            examples=[2],
        ),
    ] = None
    group: Annotated[
        str | None, Field(description="Legacy node group name.", examples=[""])
    ] = None
    zone: Annotated[
        str | None,
        Field(description="Zone (AWS masters only).", examples=["us-west-2a"]),
    ] = None
    provider_subnet_id: Annotated[
        str | None,
        Field(
            description="Subnet ID (AWS masters only).", examples=["subnet-d19044b6"]
        ),
    ] = None
    provider_subnet_cidr: Annotated[
        str | None,
        Field(
            description="Subnet CIDR (AWS masters only).", examples=["172.22.4.0/24"]
        ),
    ] = None


class NodeDeleteEligibility(BaseModel):
    eligible: Annotated[
        bool,
        Field(
            description="Always true in a 200 response; an ineligible node gets a 400 with the reason.",
            examples=[True],
        ),
    ]


class NodePool(BaseModel):
    pk: Annotated[int, Field(description="Node pool ID.", examples=[2])]
    cluster: Annotated[int, Field(description="Cluster ID.", examples=[45])]
    name: Annotated[str, Field(examples=["Default Worker Pool"])]
    instance_id: Annotated[str, Field(examples=["spc8brwf3x-pool-1"])]
    instance_size: Annotated[
        str,
        Field(
            description="Provider instance size of the pool's nodes.",
            examples=["t2.large"],
        ),
    ]
    cpu: Annotated[
        str | None, Field(description="vCPUs per node, where known.", examples=["2"])
    ] = None
    memory: Annotated[
        str | None,
        Field(description="Memory per node in GB, where known.", examples=["8"]),
    ] = None
    platform: Annotated[str, Field(examples=["coreos"])]
    channel: Annotated[str, Field(examples=["stable"])]
    root_disk_size: Annotated[
        int | None, Field(description="Root disk size in GB.", examples=[50])
    ]
    zone: Annotated[str, Field(examples=["us-west-2a"])]
    provider_subnet_id: Annotated[str, Field(examples=["subnet-d19044b6"])]
    provider_subnet_cidr: Annotated[str, Field(examples=["172.22.4.0/24"])]
    node_count: Annotated[int, Field(examples=[2], ge=0)]
    autoscaled: Annotated[bool, Field(examples=[False])]
    min_count: Annotated[
        int,
        Field(
            description="Autoscaling floor; 0 when autoscaling is off.",
            examples=[0],
            ge=0,
        ),
    ]
    max_count: Annotated[
        int,
        Field(
            description="Autoscaling ceiling; 0 when autoscaling is off.",
            examples=[0],
            ge=0,
        ),
    ]
    network_components: Annotated[list[FreeformObject] | None, Field(examples=[[]])] = (
        None
    )
    gpu_instance_size: Annotated[str | None, Field(examples=[""])] = None
    gpu_core_count: Annotated[int | None, Field(examples=[None])] = None
    labels: Annotated[
        str,
        Field(
            description="Kubernetes labels applied to the pool's nodes, as a comma-separated key=value string.",
            examples=[""],
        ),
    ]
    role: NodeRole
    state: NodePoolState
    is_default: Annotated[
        bool,
        Field(
            description="Whether this is the cluster's default worker pool.",
            examples=[True],
        ),
    ]
    config: FreeformObject | None = None
    created: Annotated[AwareDatetime, Field(examples=["2019-02-15T16:28:01.307143Z"])]
    updated: Annotated[AwareDatetime, Field(examples=["2019-02-15T16:28:02.022251Z"])]


class NodePoolCreate(BaseModel):
    name: Annotated[str, Field(examples=["My New Node Pool"], min_length=1)]
    instance_size: Annotated[
        str, Field(description="Provider instance size.", examples=["n1-standard-2"])
    ]
    platform: Annotated[str | None, Field(examples=["coreos"])] = None
    channel: Annotated[str | None, Field(examples=["stable"])] = None
    root_disk_size: Annotated[
        int | None, Field(description="Root disk size in GB.", examples=[50], ge=1)
    ] = None
    zone: Annotated[
        str | None, Field(description="Zone (AWS only).", examples=["us-west-2a"])
    ] = None
    provider_subnet_id: Annotated[
        str | None,
        Field(description="Subnet ID (AWS only).", examples=["subnet-d19044b6"]),
    ] = None
    provider_subnet_cidr: Annotated[
        str | None,
        Field(description="Subnet CIDR (AWS only).", examples=["172.22.4.0/24"]),
    ] = None
    node_count: Annotated[
        int,
        Field(
            description="Number of nodes to start with, up to 5000 in the cluster.",
            examples=[4],
            ge=1,
            le=4999,
        ),
    ]
    labels: Annotated[
        str | None,
        Field(
            description="Kubernetes labels for the nodes, as a comma-separated key=value string.",
            examples=[""],
        ),
    ] = None


class NodePoolUpdate(BaseModel):
    autoscaled: Annotated[
        bool, Field(description="Turn autoscaling on or off.", examples=[True])
    ]
    min_count: Annotated[
        int | None, Field(description="Autoscaling floor.", examples=[1], ge=0)
    ] = None
    max_count: Annotated[
        int | None,
        Field(
            description="Autoscaling ceiling; not below min_count, at most 4999.",
            examples=[5],
            ge=0,
            le=4999,
        ),
    ] = None


class PersistentVolume(BaseModel):
    pk: Annotated[int, Field(description="Volume ID.", examples=[12])]
    name: Annotated[str, Field(examples=["pvc-3f2a9c1e"])]
    cluster: Annotated[int, Field(description="Cluster ID.", examples=[45])]
    volume_id: Annotated[
        str,
        Field(
            description="The provider's volume ID.", examples=["vol-0a1b2c3d4e5f67890"]
        ),
    ]
    volume_type: Annotated[str | None, Field(examples=["gp2"])] = None
    claim_name: Annotated[
        str | None,
        Field(
            description="Name of the PersistentVolumeClaim.",
            examples=["data-postgres-0"],
        ),
    ] = None
    namespace: Annotated[str | None, Field(examples=["default"])] = None
    size: Annotated[int, Field(description="Size in GB.", examples=[20], ge=0)]
    access_mode: Annotated[str | None, Field(examples=["ReadWriteOnce"])] = None
    state: Annotated[
        str,
        Field(
            description="State of the volume as last reported by the cluster.",
            examples=["bound"],
        ),
    ]
    recycling_policy: Annotated[str | None, Field(examples=["Delete"])] = None
    owner: Annotated[
        int | None,
        Field(description="ID of the user who owns the volume.", examples=[3]),
    ] = None
    deleted: Annotated[bool | None, Field(examples=[False])] = None
    backend: Annotated[str | None, Field(examples=["aws-ebs"])] = None
    created: Annotated[AwareDatetime, Field(examples=["2019-02-15T18:02:11.381022Z"])]


class BuildLogEntry(BaseModel):
    cluster: Annotated[int, Field(description="Cluster ID.", examples=[45])]
    event_category: Annotated[str, Field(examples=["kubernetes"])]
    event_type: Annotated[str, Field(examples=["provider_communication"])]
    event_state: Annotated[str, Field(examples=["failure"])]
    message: Annotated[str, Field(examples=["Unable to reach the provider API"])]
    details: Annotated[str | None, Field(examples=[""])] = None
    reference: Annotated[str | None, Field(examples=[""])] = None
    created: Annotated[
        AwareDatetime | None, Field(examples=["2019-02-15T18:02:11.381022Z"])
    ] = None


class BuildLogCreate(BaseModel):
    cluster: Annotated[
        int, Field(description="Cluster ID; must match the path.", examples=[45])
    ]
    event_category: Annotated[str, Field(examples=["kubernetes"], min_length=1)]
    event_type: Annotated[str, Field(examples=["provider_communication"], min_length=1)]
    event_state: Annotated[str, Field(examples=["failure"], min_length=1)]
    message: Annotated[str, Field(examples=["Unable to reach the provider API"])]
    details: Annotated[str | None, Field(examples=[""])] = None
    reference: Annotated[str | None, Field(examples=[""])] = None


class FederationRole(BaseModel):
    pk: Annotated[int, Field(description="Federation role ID.", examples=[178])]
    federation: Annotated[int, Field(description="Federation ID.", examples=[103])]
    cluster: Cluster
    role: FederationRoleName
    state: FederationRoleState
    created: Annotated[AwareDatetime, Field(examples=["2019-03-26T17:16:32.131167Z"])]
    updated: Annotated[AwareDatetime, Field(examples=["2019-03-26T17:20:31.833048Z"])]


class Federation(BaseModel):
    pk: Annotated[int, Field(description="Federation ID.", examples=[103])]
    identifier: Annotated[
        str, Field(description="Internal identifier.", examples=["spc-yunp9s0hn6"])
    ]
    name: Annotated[str, Field(examples=["Test Federation"])]
    org: Annotated[int, Field(description="Organization ID.", examples=[381])]
    workspace: WorkspaceSummary
    dns_zone: Annotated[
        str,
        Field(
            description="DNS zone the federation publishes services in.",
            examples=["example.com."],
        ),
    ]
    dns_provider: DnsProvider
    dns_provider_keyset: Annotated[
        int,
        Field(
            description="Keyset holding the DNS provider credentials.", examples=[4688]
        ),
    ]
    state: FederationState
    roles: Annotated[list[FederationRole], Field(description="Member clusters.")]
    is_kubeconfig_available: Annotated[bool, Field(examples=[True])]
    etcd_operator: Annotated[
        int | None, Field(description="etcd operator ID, or null.", examples=[None])
    ]
    deployments: Annotated[list[FreeformObject], Field(examples=[[]])]
    created: Annotated[AwareDatetime, Field(examples=["2019-03-26T17:16:32.120793Z"])]
    updated: Annotated[AwareDatetime, Field(examples=["2019-03-26T17:16:32.496470Z"])]


class FederationRoleRequest(BaseModel):
    cluster: Annotated[
        int,
        Field(description="ID of a cluster in the same organization.", examples=[12]),
    ]
    role: FederationRoleName


class FederationCreate(BaseModel):
    name: Annotated[
        str,
        Field(
            description="Unique in the workspace.",
            examples=["My New Federation"],
            min_length=1,
        ),
    ]
    workspace: Annotated[
        int | None,
        Field(
            description="Workspace ID; defaults to the workspace in the path and must match it if sent.",
            examples=[15],
        ),
    ] = None
    dns_zone: Annotated[str, Field(examples=["example.com."])]
    dns_provider: DnsProvider
    dns_provider_keyset: Annotated[
        int,
        Field(description="Keyset with the DNS provider credentials.", examples=[12]),
    ]
    roles: Annotated[
        list[FederationRoleRequest],
        Field(
            description="Member clusters; exactly one must be `host`, which cannot be changed later.",
            min_length=1,
        ),
    ]
    deployments: Annotated[list[FreeformObject] | None, Field(examples=[[]])] = None


class ChartMaintainer(BaseModel):
    name: Annotated[str, Field(examples=["Jane Maintainer"])]
    email: Annotated[str | None, Field(examples=["jane@example.com"])] = None


class ChartVersion(BaseModel):
    version: Annotated[str, Field(examples=["0.3.1"])]
    file_url: Annotated[
        AnyUrl,
        Field(examples=["http://trusted-charts.stackpoint.io/staging/nginx-0.3.1.tgz"]),
    ]
    created: Annotated[
        AwareDatetime | None, Field(examples=["2019-01-10T17:21:30.000000Z"])
    ] = None
    description: Annotated[str | None, Field(examples=["A Helm chart for nginx"])] = (
        None
    )
    appVersion: Annotated[str | None, Field(examples=["1.15.8"])] = None
    sources: Annotated[list[str] | None, Field(examples=[[]])] = None
    maintainers: list[ChartMaintainer] | None = None
    keywords: Annotated[list[str] | None, Field(examples=[["web", "proxy"]])] = None
    home: Annotated[str | None, Field(examples=["https://nginx.org"])] = None
    digest: Annotated[
        str | None,
        Field(
            examples=[
                "4d5b2b2c8f4b7c3a0e0f6a1f6c2b9f0d3e7a1c5b9d8e2f4a6b0c1d3e5f7a9b1c"
            ]
        ),
    ] = None
    icon: Annotated[str | None, Field(examples=["https://nginx.org/nginx.png"])] = None


class ChartIndexEntry(BaseModel):
    name: Annotated[str, Field(examples=["nginx"])]
    versions: list[ChartVersion]


class ChartRepo(BaseModel):
    pk: Annotated[int, Field(description="Chart repository ID.", examples=[1])]
    name: Annotated[str, Field(examples=["NKS Trusted Charts"])]
    source: Annotated[str, Field(examples=["system"])]
    source_display: Annotated[str, Field(examples=["System"])]
    org: Annotated[
        int | None,
        Field(
            description="Owning organization; null for system repositories.",
            examples=[None],
        ),
    ]
    path: Annotated[str, Field(examples=[""])]
    url: Annotated[
        AnyUrl, Field(examples=["http://trusted-charts.stackpoint.io/staging"])
    ]
    is_system: Annotated[bool, Field(examples=[True])]
    is_private: Annotated[bool, Field(examples=[False])]
    keyset: Annotated[int | None, Field(examples=[None])]
    chart_index: list[ChartIndexEntry]


class Subscription(BaseModel):
    pk: Annotated[int, Field(description="Subscription ID.", examples=[15561])]
    user: Annotated[int, Field(description="User ID.", examples=[18896])]
    internal_id: Annotated[str, Field(examples=["SPC-1234ABCDEF"])]
    customer_id: Annotated[str | None, Field(examples=[""])] = None
    subscription_id: Annotated[str | None, Field(examples=[""])] = None
    state: SubscriptionState
    source_id: Annotated[str | None, Field(examples=[""])] = None
    access_plan: Annotated[str, Field(examples=["metered-monthly"])]
    access_item_id: Annotated[str | None, Field(examples=[""])] = None
    support_plan: Annotated[str, Field(examples=[""])]
    support_item_id: Annotated[str | None, Field(examples=[""])] = None
    suspension_reason: Annotated[
        str | None,
        Field(
            description="Why the subscription is suspended; empty otherwise.",
            examples=[""],
        ),
    ] = None
    billing_contact: FreeformObject | None = None
    invoice_data: FreeformObject | None = None
    trial_end: Annotated[
        AwareDatetime | None, Field(examples=["2019-04-04T22:43:57.541971Z"])
    ] = None
    is_grand_fathered: Annotated[bool | None, Field(examples=[False])] = None
    is_metered: Annotated[bool, Field(examples=[True])]
    is_exempt: Annotated[bool, Field(examples=[False])]
    billing_method: Annotated[str, Field(examples=["send_invoice"])]
    created: Annotated[AwareDatetime, Field(examples=["2019-03-05T22:43:54.603887Z"])]
    updated: Annotated[AwareDatetime, Field(examples=["2019-04-04T22:48:21.249153Z"])]
    is_active: Annotated[bool, Field(examples=[True])]
    is_trial_active: Annotated[bool, Field(examples=[False])]
    cluster_count: Annotated[int, Field(examples=[0], ge=0)]
    node_count: Annotated[int, Field(examples=[0], ge=0)]
    trial_time_left: Annotated[
        str | None,
        Field(
            description="Remaining trial time, as display text.", examples=["0 minutes"]
        ),
    ] = None
    twitter_handle: Annotated[str | None, Field(examples=[""])] = None
    customer: FreeformObject | None = None
    covered_orgs: list[CoveredOrg]
    is_auto_charge: Annotated[bool, Field(examples=[False])]
    account_balance: AccountBalance


class Invoice(BaseModel):
    pk: Annotated[int, Field(description="Invoice ID.", examples=[25])]
    identifier: Annotated[str, Field(examples=["NKS-G418VQ3Z75"])]
    org: Annotated[int, Field(description="Organization ID.", examples=[352])]
    org_name: Annotated[str, Field(examples=["Divine Dawn"])]
    is_oem: Annotated[bool, Field(examples=[False])]
    billing_method: Annotated[str, Field(examples=["send_invoice"])]
    start_time: Annotated[AwareDatetime, Field(examples=["2019-03-01T00:00:00Z"])]
    end_time: Annotated[AwareDatetime, Field(examples=["2019-03-31T23:59:59.999999Z"])]
    state: InvoiceState
    status_display: Annotated[
        str, Field(description="State as shown in the web UI.", examples=["Open"])
    ]
    amount_due: Annotated[
        float, Field(description="Amount due in US dollars.", examples=[19.57])
    ]
    created: Annotated[AwareDatetime, Field(examples=["2019-04-01T01:00:00.256132Z"])]
    line_items: Annotated[list[FreeformObject], Field(examples=[[]])]
    billing_period: Annotated[str, Field(examples=["March 2019"])]
    is_payable: Annotated[bool, Field(examples=[True])]
    is_auto_charge: Annotated[bool, Field(examples=[False])]


class UserProfile(BaseModel):
    pk: Annotated[int, Field(description="User ID.", examples=[11416])]
    username: Annotated[
        str,
        Field(
            description="Login name; used in the profile update path.",
            examples=["jdoe"],
        ),
    ]
    email: Annotated[
        str, Field(description="Email address.", examples=["jdoe@example.com"])
    ]
    first_name: Annotated[str, Field(examples=["J"])]
    last_name: Annotated[str, Field(examples=["Doe"])]
    full_name: Annotated[str, Field(examples=["J Doe"])]
    org_memberships: Annotated[
        list[OrgMembership], Field(description="Organizations the user belongs to.")
    ]
    keysets: Annotated[list[Keyset], Field(description="Keysets the user can use.")]
    date_joined: Annotated[
        AwareDatetime | None, Field(examples=["2018-09-24T18:23:22.811764Z"])
    ] = None
    subscription: SubscriptionSummary | None = None
    is_oem_manager: Annotated[
        bool | None,
        Field(description="Whether the user manages an OEM site.", examples=[False]),
    ] = None
    lifetime_cluster_count: Annotated[
        int | None,
        Field(
            description="Number of clusters the user has ever created.",
            examples=[2],
            ge=0,
        ),
    ] = None