"""Contains all the data models used in inputs/outputs"""

from .add_node_response import AddNodeResponse
from .agent_status import AgentStatus
from .aks_cluster_params import AKSClusterParams
from .anywhere_cluster_params import AnywhereClusterParams
from .auth_token import AuthToken
from .auth_token_organizations_scope import AuthTokenOrganizationsScope
from .auth_token_update import AuthTokenUpdate
from .aws_node_config import AWSNodeConfig
from .castware_install_method import CastwareInstallMethod
from .cluster import Cluster
from .cluster_limits_cpu import ClusterLimitsCpu
from .cluster_limits_policy import ClusterLimitsPolicy
from .cluster_status import ClusterStatus
from .cluster_tags import ClusterTags
from .cluster_update import ClusterUpdate
from .container_runtime import ContainerRuntime
from .cost_report_item import CostReportItem
from .cost_report_summary import CostReportSummary
from .create_cluster_token_response import CreateClusterTokenResponse
from .current_user_profile_response import CurrentUserProfileResponse
from .delete_node_response import DeleteNodeResponse
from .disconnect_config import DisconnectConfig
from .drain_config import DrainConfig
from .drain_node_response import DrainNodeResponse
from .eks_cluster_params import EKSClusterParams
from .eks_cluster_params_tags import EKSClusterParamsTags
from .eks_image_family import EKSImageFamily
from .empty_response import EmptyResponse
from .error_response import ErrorResponse
from .evictor import Evictor
from .execution_conditions import ExecutionConditions
from .field_violation import FieldViolation
from .gcp_node_config import GCPNodeConfig
from .generate_rebalancing_plan_request import GenerateRebalancingPlanRequest
from .generate_rebalancing_plan_response import GenerateRebalancingPlanResponse
from .get_cluster_cost_report_response import GetClusterCostReportResponse
from .get_cluster_savings_report_response import GetClusterSavingsReportResponse
from .gke_cluster_params import GKEClusterParams
from .gpu_config import GPUConfig
from .gpu_device import GPUDevice
from .gpu_info import GPUInfo
from .headroom import Headroom
from .http_proxy_config import HttpProxyConfig
from .job_status import JobStatus
from .kops_cluster_params import KOPSClusterParams
from .launch_configuration import LaunchConfiguration
from .lifecycle_type_filter import LifecycleTypeFilter
from .list_auth_tokens_response import ListAuthTokensResponse
from .list_clusters_response import ListClustersResponse
from .list_configurations_response import ListConfigurationsResponse
from .list_node_templates_response import ListNodeTemplatesResponse
from .list_nodes_response import ListNodesResponse
from .list_organizations_response import ListOrganizationsResponse
from .list_rebalancing_jobs_response import ListRebalancingJobsResponse
from .list_rebalancing_plans_response import ListRebalancingPlansResponse
from .list_rebalancing_schedules_response import ListRebalancingSchedulesResponse
from .new_node_configuration import NewNodeConfiguration
from .new_node_configuration_docker_config import NewNodeConfigurationDockerConfig
from .new_node_configuration_kubelet_config import NewNodeConfigurationKubeletConfig
from .new_node_configuration_tags import NewNodeConfigurationTags
from .new_node_template import NewNodeTemplate
from .new_node_template_custom_labels import NewNodeTemplateCustomLabels
from .node import Node
from .node_annotations import NodeAnnotations
from .node_config import NodeConfig
from .node_config_kubernetes_labels import NodeConfigKubernetesLabels
from .node_configuration import NodeConfiguration
from .node_configuration_aks import NodeConfigurationAKS
from .node_configuration_docker_config_type_0 import NodeConfigurationDockerConfigType0
from .node_configuration_eks import NodeConfigurationEKS
from .node_configuration_gke import NodeConfigurationGKE
from .node_configuration_kops import NodeConfigurationKOPS
from .node_configuration_kubelet_config_type_0 import (
    NodeConfigurationKubeletConfigType0,
)
from .node_configuration_tags import NodeConfigurationTags
from .node_configuration_update import NodeConfigurationUpdate
from .node_configuration_update_docker_config import NodeConfigurationUpdateDockerConfig
from .node_configuration_update_kubelet_config import (
    NodeConfigurationUpdateKubeletConfig,
)
from .node_configuration_update_tags import NodeConfigurationUpdateTags
from .node_constraints import NodeConstraints
from .node_downscaler import NodeDownscaler
from .node_downscaler_empty_nodes import NodeDownscalerEmptyNodes
from .node_info import NodeInfo
from .node_instance_labels import NodeInstanceLabels
from .node_labels import NodeLabels
from .node_network import NodeNetwork
from .node_phase import NodePhase
from .node_resources import NodeResources
from .node_selector import NodeSelector
from .node_selector_requirement import NodeSelectorRequirement
from .node_selector_term import NodeSelectorTerm
from .node_spot_config import NodeSpotConfig
from .node_state import NodeState
from .node_status_filter import NodeStatusFilter
from .node_template import NodeTemplate
from .node_template_custom_labels import NodeTemplateCustomLabels
from .node_template_gpu import NodeTemplateGPU
from .node_template_list_item import NodeTemplateListItem
from .node_template_stats import NodeTemplateStats
from .node_template_taint import NodeTemplateTaint
from .node_type import NodeType
from .node_volume import NodeVolume
from .oke_cluster_params import OKEClusterParams
from .open_api_document import OpenAPIDocument
from .openshift_cluster_params import OpenshiftClusterParams
from .operation import Operation
from .operation_error import OperationError
from .operation_mode import OperationMode
from .organization import Organization
from .organization_metadata import OrganizationMetadata
from .organization_type import OrganizationType
from .pod_pinner import PodPinner
from .policies import Policies
from .rebalancing_job import RebalancingJob
from .rebalancing_node import RebalancingNode
from .rebalancing_options import RebalancingOptions
from .rebalancing_plan import RebalancingPlan
from .rebalancing_plan_status import RebalancingPlanStatus
from .rebalancing_schedule import RebalancingSchedule
from .rebalancing_schedule_update import RebalancingScheduleUpdate
from .reconcile_info import ReconcileInfo
from .reconcile_mode import ReconcileMode
from .region import Region
from .register_cluster_request import RegisterClusterRequest
from .savings_report_item import SavingsReportItem
from .savings_report_summary import SavingsReportSummary
from .schedule import Schedule
from .self_hosted_with_ec2_nodes_params import SelfHostedWithEC2NodesParams
from .spot_backups import SpotBackups
from .spot_instances_policy import SpotInstancesPolicy
from .subnet import Subnet
from .taint import Taint
from .taint_effect import TaintEffect
from .target_node_selection_algorithm import TargetNodeSelectionAlgorithm
from .template_constraints import TemplateConstraints
from .trigger_conditions import TriggerConditions
from .trigger_hibernate_cluster_response import TriggerHibernateClusterResponse
from .trigger_resume_cluster_response import TriggerResumeClusterResponse
from .unschedulable_pods_policy import UnschedulablePodsPolicy
from .update_aks_cluster_params import UpdateAKSClusterParams
from .update_cluster_tags_request import UpdateClusterTagsRequest
from .update_cluster_tags_request_tags import UpdateClusterTagsRequestTags
from .update_eks_cluster_params import UpdateEKSClusterParams
from .update_gke_cluster_params import UpdateGKEClusterParams
from .update_node_template import UpdateNodeTemplate
from .update_node_template_custom_labels import UpdateNodeTemplateCustomLabels
from .update_self_hosted_with_ec2_nodes_params import UpdateSelfHostedWithEC2NodesParams
from .user_organization import UserOrganization
from .zone import Zone

__all__ = (
    "AddNodeResponse",
    "AgentStatus",
    "AKSClusterParams",
    "AnywhereClusterParams",
    "AuthToken",
    "AuthTokenOrganizationsScope",
    "AuthTokenUpdate",
    "AWSNodeConfig",
    "CastwareInstallMethod",
    "Cluster",
    "ClusterLimitsCpu",
    "ClusterLimitsPolicy",
    "ClusterStatus",
    "ClusterTags",
    "ClusterUpdate",
    "ContainerRuntime",
    "CostReportItem",
    "CostReportSummary",
    "CreateClusterTokenResponse",
    "CurrentUserProfileResponse",
    "DeleteNodeResponse",
    "DisconnectConfig",
    "DrainConfig",
    "DrainNodeResponse",
    "EKSClusterParams",
    "EKSClusterParamsTags",
    "EKSImageFamily",
    "EmptyResponse",
    "ErrorResponse",
    "Evictor",
    "ExecutionConditions",
    "FieldViolation",
    "GCPNodeConfig",
    "GenerateRebalancingPlanRequest",
    "GenerateRebalancingPlanResponse",
    "GetClusterCostReportResponse",
    "GetClusterSavingsReportResponse",
    "GKEClusterParams",
    "GPUConfig",
    "GPUDevice",
    "GPUInfo",
    "Headroom",
    "HttpProxyConfig",
    "JobStatus",
    "KOPSClusterParams",
    "LaunchConfiguration",
    "LifecycleTypeFilter",
    "ListAuthTokensResponse",
    "ListClustersResponse",
    "ListConfigurationsResponse",
    "ListNodesResponse",
    "ListNodeTemplatesResponse",
    "ListOrganizationsResponse",
    "ListRebalancingJobsResponse",
    "ListRebalancingPlansResponse",
    "ListRebalancingSchedulesResponse",
    "NewNodeConfiguration",
    "NewNodeConfigurationDockerConfig",
    "NewNodeConfigurationKubeletConfig",
    "NewNodeConfigurationTags",
    "NewNodeTemplate",
    "NewNodeTemplateCustomLabels",
    "Node",
    "NodeAnnotations",
    "NodeConfig",
    "NodeConfigKubernetesLabels",
    "NodeConfiguration",
    "NodeConfigurationAKS",
    "NodeConfigurationDockerConfigType0",
    "NodeConfigurationEKS",
    "NodeConfigurationGKE",
    "NodeConfigurationKOPS",
    "NodeConfigurationKubeletConfigType0",
    "NodeConfigurationTags",
    "NodeConfigurationUpdate",
    "NodeConfigurationUpdateDockerConfig",
    "NodeConfigurationUpdateKubeletConfig",
    "NodeConfigurationUpdateTags",
    "NodeConstraints",
    "NodeDownscaler",
    "NodeDownscalerEmptyNodes",
    "NodeInfo",
    "NodeInstanceLabels",
    "NodeLabels",
    "NodeNetwork",
    "NodePhase",
    "NodeResources",
    "NodeSelector",
    "NodeSelectorRequirement",
    "NodeSelectorTerm",
    "NodeSpotConfig",
    "NodeState",
    "NodeStatusFilter",
    "NodeTemplate",
    "NodeTemplateCustomLabels",
    "NodeTemplateGPU",
    "NodeTemplateListItem",
    "NodeTemplateStats",
    "NodeTemplateTaint",
    "NodeType",
    "NodeVolume",
    "OKEClusterParams",
    "OpenAPIDocument",
    "OpenshiftClusterParams",
    "Operation",
    "OperationError",
    "OperationMode",
    "Organization",
    "OrganizationMetadata",
    "OrganizationType",
    "PodPinner",
    "Policies",
    "RebalancingJob",
    "RebalancingNode",
    "RebalancingOptions",
    "RebalancingPlan",
    "RebalancingPlanStatus",
    "RebalancingSchedule",
    "RebalancingScheduleUpdate",
    "ReconcileInfo",
    "ReconcileMode",
    "Region",
    "RegisterClusterRequest",
    "SavingsReportItem",
    "SavingsReportSummary",
    "Schedule",
    "SelfHostedWithEC2NodesParams",
    "SpotBackups",
    "SpotInstancesPolicy",
    "Subnet",
    "Taint",
    "TaintEffect",
    "TargetNodeSelectionAlgorithm",
    "TemplateConstraints",
    "TriggerConditions",
    "TriggerHibernateClusterResponse",
    "TriggerResumeClusterResponse",
    "UnschedulablePodsPolicy",
    "UpdateAKSClusterParams",
    "UpdateClusterTagsRequest",
    "UpdateClusterTagsRequestTags",
    "UpdateEKSClusterParams",
    "UpdateGKEClusterParams",
    "UpdateNodeTemplate",
    "UpdateNodeTemplateCustomLabels",
    "UpdateSelfHostedWithEC2NodesParams",
    "UserOrganization",
    "Zone",
)
