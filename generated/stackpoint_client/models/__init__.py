"""Contains all the data models used in inputs/outputs"""

from .account_balance import AccountBalance
from .build_log_create import BuildLogCreate
from .build_log_entry import BuildLogEntry
from .chart_index_entry import ChartIndexEntry
from .chart_maintainer import ChartMaintainer
from .chart_repo import ChartRepo
from .chart_version import ChartVersion
from .cluster import Cluster
from .cluster_create import ClusterCreate
from .cluster_create_etcd_type import ClusterCreateEtcdType
from .cluster_follower import ClusterFollower
from .cluster_node_summary import ClusterNodeSummary
from .cluster_provider import ClusterProvider
from .cluster_state import ClusterState
from .covered_org import CoveredOrg
from .dns_provider import DnsProvider
from .error import Error
from .federation import Federation
from .federation_create import FederationCreate
from .federation_role import FederationRole
from .federation_role_name import FederationRoleName
from .federation_role_request import FederationRoleRequest
from .federation_role_state import FederationRoleState
from .federation_state import FederationState
from .freeform_object import FreeformObject
from .invite import Invite
from .invite_request import InviteRequest
from .invite_state import InviteState
from .invoice import Invoice
from .invoice_state import InvoiceState
from .key import Key
from .key_input import KeyInput
from .key_type import KeyType
from .keyset import Keyset
from .keyset_category import KeysetCategory
from .keyset_create import KeysetCreate
from .keyset_update import KeysetUpdate
from .member import Member
from .member_role import MemberRole
from .node import Node
from .node_add import NodeAdd
from .node_delete_eligibility import NodeDeleteEligibility
from .node_pool import NodePool
from .node_pool_create import NodePoolCreate
from .node_pool_state import NodePoolState
from .node_pool_update import NodePoolUpdate
from .node_role import NodeRole
from .node_state import NodeState
from .org import Org
from .org_create import OrgCreate
from .org_membership import OrgMembership
from .org_update import OrgUpdate
from .persistent_volume import PersistentVolume
from .solution import Solution
from .solution_name import SolutionName
from .solution_request import SolutionRequest
from .solution_state import SolutionState
from .subscription import Subscription
from .subscription_state import SubscriptionState
from .subscription_summary import SubscriptionSummary
from .team import Team
from .team_create import TeamCreate
from .team_membership import TeamMembership
from .team_membership_input import TeamMembershipInput
from .team_summary import TeamSummary
from .team_update import TeamUpdate
from .team_workspace import TeamWorkspace
from .user_profile import UserProfile
from .user_profile_update import UserProfileUpdate
from .user_summary import UserSummary
from .workspace import Workspace
from .workspace_cluster import WorkspaceCluster
from .workspace_create import WorkspaceCreate
from .workspace_summary import WorkspaceSummary
from .workspace_update import WorkspaceUpdate

__all__ = (
    "AccountBalance",
    "BuildLogCreate",
    "BuildLogEntry",
    "ChartIndexEntry",
    "ChartMaintainer",
    "ChartRepo",
    "ChartVersion",
    "Cluster",
    "ClusterCreate",
    "ClusterCreateEtcdType",
    "ClusterFollower",
    "ClusterNodeSummary",
    "ClusterProvider",
    "ClusterState",
    "CoveredOrg",
    "DnsProvider",
    "Error",
    "Federation",
    "FederationCreate",
    "FederationRole",
    "FederationRoleName",
    "FederationRoleRequest",
    "FederationRoleState",
    "FederationState",
    "FreeformObject",
    "Invite",
    "InviteRequest",
    "InviteState",
    "Invoice",
    "InvoiceState",
    "Key",
    "KeyInput",
    "Keyset",
    "KeysetCategory",
    "KeysetCreate",
    "KeysetUpdate",
    "KeyType",
    "Member",
    "MemberRole",
    "Node",
    "NodeAdd",
    "NodeDeleteEligibility",
    "NodePool",
    "NodePoolCreate",
    "NodePoolState",
    "NodePoolUpdate",
    "NodeRole",
    "NodeState",
    "Org",
    "OrgCreate",
    "OrgMembership",
    "OrgUpdate",
    "PersistentVolume",
    "Solution",
    "SolutionName",
    "SolutionRequest",
    "SolutionState",
    "Subscription",
    "SubscriptionState",
    "SubscriptionSummary",
    "Team",
    "TeamCreate",
    "TeamMembership",
    "TeamMembershipInput",
    "TeamSummary",
    "TeamUpdate",
    "TeamWorkspace",
    "UserProfile",
    "UserProfileUpdate",
    "UserSummary",
    "Workspace",
    "WorkspaceCluster",
    "WorkspaceCreate",
    "WorkspaceSummary",
    "WorkspaceUpdate",
)
