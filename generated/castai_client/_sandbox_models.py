"""Pydantic models of the spec (datamodel-code-generator). Generated: do not edit."""

from __future__ import annotations

from typing import Annotated, Any
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field
from enum import Enum
from uuid import UUID


class FieldViolation(BaseModel):
    field: Annotated[
        str, Field(description="Path of the offending field.", examples=["credentials"])
    ]
    description: Annotated[
        str,
        Field(
            description="What is wrong with it.",
            examples=["cloud credentials are invalid"],
        ),
    ]


class EmptyResponse(BaseModel):
    pass


class OpenAPIDocument(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class ClusterStatus(Enum):
    connecting = "connecting"
    ready = "ready"
    warning = "warning"
    failed = "failed"
    deleting = "deleting"
    deleted = "deleted"
    hibernating = "hibernating"
    hibernated = "hibernated"
    resuming = "resuming"
    archived = "archived"


class AgentStatus(Enum):
    waiting_connection = "waiting-connection"
    online = "online"
    non_responding = "non-responding"
    disconnected = "disconnected"
    disconnecting = "disconnecting"


class OperationMode(Enum):
    OPERATION_MODE_UNSPECIFIED = "OPERATION_MODE_UNSPECIFIED"
    OPERATION_MODE_DEFAULT = "OPERATION_MODE_DEFAULT"
    OPERATION_MODE_DRY_RUN = "OPERATION_MODE_DRY_RUN"


class ReconcileMode(Enum):
    unspecified = "unspecified"
    enabled = "enabled"
    disabled = "disabled"
    paused = "paused"


class CastwareInstallMethod(Enum):
    CASTWARE_INSTALL_METHOD_UNSPECIFIED = "CASTWARE_INSTALL_METHOD_UNSPECIFIED"
    OPERATOR = "OPERATOR"


class Region(BaseModel):
    name: Annotated[str | None, Field(examples=["us-east-1"])] = None
    displayName: Annotated[str | None, Field(examples=["US East (N. Virginia)"])] = None


class Zone(BaseModel):
    id: Annotated[str | None, Field(examples=["use1-az1"])] = None
    name: Annotated[str | None, Field(examples=["us-east-1a"])] = None


class Subnet(BaseModel):
    id: Annotated[str | None, Field(examples=["subnet-0a1b2c3d4e5f67890"])] = None
    name: Annotated[str | None, Field(examples=["private-a"])] = None
    cidr: Annotated[str | None, Field(examples=["10.0.0.0/19"])] = None
    zoneName: Annotated[str | None, Field(examples=["us-east-1a"])] = None
    public: Annotated[bool | None, Field(examples=[False])] = None


class ReconcileInfo(BaseModel):
    mode: ReconcileMode | None = None
    error: Annotated[str | None, Field(examples=[None])] = None
    errorCount: Annotated[int | None, Field(examples=[0])] = None
    reconciledAt: Annotated[
        AwareDatetime | None, Field(examples=["2026-08-01T12:00:00Z"])
    ] = None


class EKSClusterParams(BaseModel):
    accountId: Annotated[str | None, Field(examples=["123456789012"])] = None
    region: Annotated[str | None, Field(examples=["us-east-1"])] = None
    clusterName: Annotated[str | None, Field(examples=["prod-eks"])] = None
    assumeRoleArn: Annotated[
        str | None, Field(examples=["arn:aws:iam::123456789012:role/castai-eks-prod"])
    ] = None
    instanceProfileArn: Annotated[
        str | None,
        Field(examples=["arn:aws:iam::123456789012:instance-profile/castai-eks-prod"]),
    ] = None
    securityGroups: Annotated[
        list[str] | None, Field(examples=[["sg-0a1b2c3d4e5f67890"]])
    ] = None
    subnets: Annotated[
        list[str] | None, Field(examples=[["subnet-0a1b2c3d4e5f67890"]])
    ] = None
    dnsClusterIp: Annotated[str | None, Field(examples=["10.100.0.10"])] = None
    tags: dict[str, str] | None = None


class GKEClusterParams(BaseModel):
    projectId: Annotated[str | None, Field(examples=["my-gcp-project"])] = None
    location: Annotated[str | None, Field(examples=["europe-west1"])] = None
    region: Annotated[str | None, Field(examples=["europe-west1"])] = None
    clusterName: Annotated[str | None, Field(examples=["prod-gke"])] = None
    maxPodsPerNode: Annotated[int | None, Field(examples=[110])] = None
    castServiceAccount: str | None = None
    clientServiceAccount: str | None = None


class AKSClusterParams(BaseModel):
    subscriptionId: UUID | None = None
    tenantId: UUID | None = None
    region: Annotated[str | None, Field(examples=["westeurope"])] = None
    nodeResourceGroup: Annotated[
        str | None, Field(examples=["MC_prod_prod-aks_westeurope"])
    ] = None
    clusterResourceGroup: Annotated[str | None, Field(examples=["prod"])] = None
    maxPodsPerNode: Annotated[int | None, Field(examples=[30])] = None
    networkPlugin: Annotated[str | None, Field(examples=["azure"])] = None
    podCidr: Annotated[str | None, Field(examples=[None])] = None
    zoneNamePattern: str | None = None


class KOPSClusterParams(BaseModel):
    cloud: Annotated[str | None, Field(examples=["aws"])] = None
    region: Annotated[str | None, Field(examples=["us-east-1"])] = None
    clusterName: Annotated[str | None, Field(examples=["prod.k8s.local"])] = None
    stateStore: Annotated[str | None, Field(examples=["s3://kops-state"])] = None


class OpenshiftClusterParams(BaseModel):
    cloud: Annotated[str | None, Field(examples=["aws"])] = None
    region: Annotated[str | None, Field(examples=["us-east-1"])] = None
    clusterName: Annotated[str | None, Field(examples=["prod-ocp"])] = None
    internalId: str | None = None
    runAsUserId: str | None = None
    runAsGroupId: str | None = None
    fsGroupId: str | None = None


class OKEClusterParams(BaseModel):
    tenancyId: str | None = None
    compartmentId: str | None = None
    region: Annotated[str | None, Field(examples=["eu-frankfurt-1"])] = None
    clusterId: str | None = None


class AnywhereClusterParams(BaseModel):
    clusterName: Annotated[str | None, Field(examples=["on-prem-1"])] = None
    kubeSystemNamespaceId: UUID | None = None


class SelfHostedWithEC2NodesParams(BaseModel):
    accountId: Annotated[str | None, Field(examples=["123456789012"])] = None
    region: Annotated[str | None, Field(examples=["us-east-1"])] = None
    clusterName: Annotated[str | None, Field(examples=["self-hosted"])] = None


class Cluster(BaseModel):
    id: Annotated[UUID, Field(examples=["3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14"])]
    name: Annotated[str, Field(examples=["prod-eks"])]
    organizationId: Annotated[
        UUID, Field(examples=["0c5d8e2a-7f43-4b19-a6d2-93e1f0b4c587"])
    ]
    credentialsId: Annotated[
        str | None, Field(examples=["9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d"])
    ] = None
    status: ClusterStatus
    agentStatus: AgentStatus | None = None
    agentSnapshotReceivedAt: Annotated[
        AwareDatetime | None, Field(examples=["2026-08-01T12:00:00Z"])
    ] = None
    providerType: Annotated[
        str | None,
        Field(
            description="Kind of cluster: eks, gke, aks, kops, openshift, oke, anywhere or selfhosted.",
            examples=["eks"],
        ),
    ] = None
    region: Region | None = None
    zones: list[Zone] | None = None
    allRegionZones: list[Zone] | None = None
    subnets: list[Subnet] | None = None
    createdAt: Annotated[
        AwareDatetime | None, Field(examples=["2026-05-12T08:30:00Z"])
    ] = None
    deletedAt: Annotated[AwareDatetime | None, Field(examples=[None])] = None
    firstOperationAt: Annotated[
        AwareDatetime | None, Field(examples=["2026-05-12T09:10:00Z"])
    ] = None
    reconciledAt: Annotated[
        AwareDatetime | None, Field(examples=["2026-08-01T12:00:00Z"])
    ] = None
    reconcileError: Annotated[str | None, Field(examples=[None])] = None
    reconcileInfo: ReconcileInfo | None = None
    kubernetesVersion: Annotated[str | None, Field(examples=["1.30"])] = None
    sshPublicKey: Annotated[str | None, Field(examples=[None])] = None
    clusterNameId: Annotated[str | None, Field(examples=["prod-eks-3d7a1c52"])] = None
    providerNamespaceId: str | None = None
    managedBy: Annotated[str | None, Field(examples=["terraform"])] = None
    isPhase2: Annotated[
        bool | None,
        Field(
            description="True once CAST AI manages the cluster's nodes (not read-only).",
            examples=[True],
        ),
    ] = None
    castwareInstallMethod: CastwareInstallMethod | None = None
    tags: Annotated[dict[str, str] | None, Field(examples=[{"team": "platform"}])] = (
        None
    )
    eks: EKSClusterParams | None = None
    gke: GKEClusterParams | None = None
    aks: AKSClusterParams | None = None
    kops: KOPSClusterParams | None = None
    openshift: OpenshiftClusterParams | None = None
    oke: OKEClusterParams | None = None
    anywhere: AnywhereClusterParams | None = None
    selfHostedWithEc2Nodes: SelfHostedWithEC2NodesParams | None = None


class ListClustersResponse(BaseModel):
    items: list[Cluster]


class RegisterClusterRequest(BaseModel):
    id: Annotated[
        UUID | None, Field(description="Optional client-chosen cluster ID.")
    ] = None
    name: Annotated[str, Field(examples=["prod-eks"])]
    organizationId: UUID | None = None
    castwareInstallMethod: CastwareInstallMethod | None = None
    eks: EKSClusterParams | None = None
    gke: GKEClusterParams | None = None
    aks: AKSClusterParams | None = None
    kops: KOPSClusterParams | None = None
    openshift: OpenshiftClusterParams | None = None
    oke: OKEClusterParams | None = None
    anywhere: AnywhereClusterParams | None = None
    selfHostedWithEc2Nodes: SelfHostedWithEC2NodesParams | None = None


class UpdateEKSClusterParams(BaseModel):
    assumeRoleArn: Annotated[
        str | None, Field(examples=["arn:aws:iam::123456789012:role/castai-eks-prod"])
    ] = None


class UpdateGKEClusterParams(BaseModel):
    projectId: Annotated[str | None, Field(examples=["my-gcp-project"])] = None
    gkeSaImpersonate: str | None = None


class HttpProxyConfig(BaseModel):
    httpProxy: str | None = None
    httpsProxy: str | None = None
    noProxy: list[str] | None = None


class UpdateAKSClusterParams(BaseModel):
    httpProxyConfig: HttpProxyConfig | None = None


class UpdateSelfHostedWithEC2NodesParams(BaseModel):
    assumeRoleArn: str | None = None


class ClusterUpdate(BaseModel):
    credentials: Annotated[
        str | None,
        Field(
            description="New cloud credentials (provider-specific JSON encoded as a string)."
        ),
    ] = None
    eks: UpdateEKSClusterParams | None = None
    gke: UpdateGKEClusterParams | None = None
    aks: UpdateAKSClusterParams | None = None
    selfHostedWithEc2Nodes: UpdateSelfHostedWithEC2NodesParams | None = None


class DisconnectConfig(BaseModel):
    deleteProvisionedNodes: Annotated[
        bool | None,
        Field(description="Delete the nodes CAST AI created.", examples=[False]),
    ] = None
    keepKubernetesResources: Annotated[
        bool | None,
        Field(
            description="Leave CAST AI's in-cluster resources in place.",
            examples=[True],
        ),
    ] = None


class UpdateClusterTagsRequest(BaseModel):
    tags: Annotated[
        dict[str, str], Field(examples=[{"team": "platform", "env": "prod"}])
    ]


class CreateClusterTokenResponse(BaseModel):
    token: Annotated[str, Field(examples=["4f1c9e0a2b7d48c6a3e5f7091b2d3c4e"])]


class TriggerHibernateClusterResponse(BaseModel):
    clusterId: Annotated[UUID, Field(examples=["3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14"])]
    mode: OperationMode
    operationId: Annotated[
        UUID, Field(examples=["8b2e4f6a-1c3d-4e5f-9a0b-c1d2e3f4a5b6"])
    ]


class TriggerResumeClusterResponse(BaseModel):
    clusterId: Annotated[UUID, Field(examples=["3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14"])]
    mode: OperationMode
    operationId: Annotated[
        UUID, Field(examples=["8b2e4f6a-1c3d-4e5f-9a0b-c1d2e3f4a5b7"])
    ]


class NodeStatusFilter(Enum):
    node_status_unspecified = "node_status_unspecified"
    unknown = "unknown"
    pending = "pending"
    creating = "creating"
    ready = "ready"
    not_ready = "not_ready"
    draining = "draining"
    deleting = "deleting"
    deleted = "deleted"
    interrupted = "interrupted"
    cordoned = "cordoned"


class LifecycleTypeFilter(Enum):
    lifecycle_type_unspecified = "lifecycle_type_unspecified"
    on_demand = "on_demand"
    spot = "spot"
    fallback = "fallback"


class NodePhase(Enum):
    unknown = "unknown"
    pending = "pending"
    creating = "creating"
    ready = "ready"
    not_ready = "not_ready"
    draining = "draining"
    deleting = "deleting"
    deleted = "deleted"
    interrupted = "interrupted"
    cordoned = "cordoned"


class NodeState(BaseModel):
    phase: NodePhase


class NodeType(Enum):
    master = "master"
    worker = "worker"
    NODE_TYPE_INVALID = "NODE_TYPE_INVALID"
    NODE_TYPE_MASTER = "NODE_TYPE_MASTER"
    NODE_TYPE_WORKER = "NODE_TYPE_WORKER"


class NodeSpotConfig(BaseModel):
    isSpot: Annotated[bool | None, Field(examples=[True])] = None
    price: Annotated[
        str | None,
        Field(
            description="Maximum spot price in USD per hour; empty means the on-demand price.",
            examples=["0.05"],
        ),
    ] = None


class Taint(BaseModel):
    key: Annotated[str, Field(examples=["dedicated"])]
    value: Annotated[str, Field(examples=["gpu"])]
    effect: Annotated[str, Field(examples=["NoSchedule"])]


class NodeResources(BaseModel):
    cpuCapacityMilli: Annotated[int | None, Field(examples=[2000])] = None
    cpuAllocatableMilli: Annotated[int | None, Field(examples=[1930])] = None
    cpuRequestsMilli: Annotated[int | None, Field(examples=[850])] = None
    memCapacityMib: Annotated[int | None, Field(examples=[7982])] = None
    memAllocatableMib: Annotated[int | None, Field(examples=[7110])] = None
    memRequestsMib: Annotated[int | None, Field(examples=[2048])] = None
    bandwidthCapacityMbps: Annotated[int | None, Field(examples=[10000])] = None


class NodeNetwork(BaseModel):
    privateIp: Annotated[str | None, Field(examples=["10.0.12.34"])] = None
    publicIp: Annotated[str | None, Field(examples=[""])] = None


class NodeInfo(BaseModel):
    architecture: Annotated[str | None, Field(examples=["amd64"])] = None
    operatingSystem: Annotated[str | None, Field(examples=["linux"])] = None
    osImage: Annotated[str | None, Field(examples=["Amazon Linux 2023"])] = None
    kernelVersion: Annotated[
        str | None, Field(examples=["6.1.90-99.173.amzn2023.x86_64"])
    ] = None
    containerRuntimeVersion: Annotated[
        str | None, Field(examples=["containerd://1.7.11"])
    ] = None
    kubeletVersion: Annotated[str | None, Field(examples=["v1.30.2-eks-1552ad0"])] = (
        None
    )
    kubeProxyVersion: Annotated[str | None, Field(examples=["v1.30.2-eks-1552ad0"])] = (
        None
    )


class GPUDevice(BaseModel):
    manufacturer: Annotated[str | None, Field(examples=["NVIDIA"])] = None
    name: Annotated[str | None, Field(examples=["T4"])] = None
    count: Annotated[int | None, Field(examples=[1])] = None
    memoryMib: Annotated[int | None, Field(examples=[15360])] = None


class NodeVolume(BaseModel):
    size: Annotated[int | None, Field(description="Size in GiB.", examples=[100])] = (
        None
    )
    stopEnabled: bool | None = None


class AWSNodeConfig(BaseModel):
    securityGroups: list[str] | None = None
    instanceProfileArn: str | None = None
    dnsClusterIp: str | None = None


class GCPNodeConfig(BaseModel):
    networkTags: list[str] | None = None
    diskType: Annotated[str | None, Field(examples=["pd-balanced"])] = None


class GPUConfig(BaseModel):
    count: Annotated[int | None, Field(examples=[1])] = None
    type: Annotated[str | None, Field(examples=["nvidia-tesla-t4"])] = None


class NodeConfig(BaseModel):
    instanceType: Annotated[str, Field(examples=["m5.large"])]
    zone: Annotated[str | None, Field(examples=["us-east-1a"])] = None
    subnetId: Annotated[str | None, Field(examples=["subnet-0a1b2c3d4e5f67890"])] = None
    configurationId: Annotated[
        UUID | None,
        Field(
            description="Node configuration to build the node from; the default one if neither ID nor name is given."
        ),
    ] = None
    configurationName: Annotated[str | None, Field(examples=["default"])] = None
    kubernetesLabels: Annotated[
        dict[str, str] | None, Field(examples=[{"workload": "batch"}])
    ] = None
    kubernetesTaints: list[Taint] | None = None
    spotConfig: NodeSpotConfig | None = None
    volume: NodeVolume | None = None
    gpuConfig: GPUConfig | None = None
    aws: AWSNodeConfig | None = None
    gcp: GCPNodeConfig | None = None


class AddNodeResponse(BaseModel):
    nodeId: Annotated[UUID, Field(examples=["6f0c2b9e-41d7-4c83-9a55-1e2d3c4b5a69"])]
    operationId: Annotated[
        UUID, Field(examples=["8b2e4f6a-1c3d-4e5f-9a0b-c1d2e3f4a5b6"])
    ]


class DeleteNodeResponse(BaseModel):
    operationId: Annotated[
        UUID, Field(examples=["8b2e4f6a-1c3d-4e5f-9a0b-c1d2e3f4a5b8"])
    ]


class DrainConfig(BaseModel):
    force: Annotated[
        bool | None,
        Field(
            description="Delete pods that cannot be evicted gracefully.",
            examples=[False],
        ),
    ] = None
    timeoutSeconds: Annotated[
        int | None,
        Field(description="How long to wait for evictions.", examples=[600], ge=0),
    ] = None


class DrainNodeResponse(BaseModel):
    operationId: Annotated[
        UUID, Field(examples=["8b2e4f6a-1c3d-4e5f-9a0b-c1d2e3f4a5b9"])
    ]


class OperationError(BaseModel):
    reason: Annotated[str | None, Field(examples=["insufficient_capacity"])] = None
    details: Annotated[
        str | None, Field(examples=["no spot capacity for m5.large in us-east-1a"])
    ] = None


class Operation(BaseModel):
    id: Annotated[UUID, Field(examples=["8b2e4f6a-1c3d-4e5f-9a0b-c1d2e3f4a5b6"])]
    done: Annotated[bool, Field(examples=[False])]
    createdAt: Annotated[AwareDatetime, Field(examples=["2026-08-01T10:00:00Z"])]
    finishedAt: Annotated[AwareDatetime | None, Field(examples=[None])] = None
    error: OperationError | None = None


class ContainerRuntime(Enum):
    UNSPECIFIED = "UNSPECIFIED"
    CONTAINERD = "CONTAINERD"
    DOCKERD = "DOCKERD"


class EKSImageFamily(Enum):
    FAMILY_UNSPECIFIED = "FAMILY_UNSPECIFIED"
    FAMILY_AL2 = "FAMILY_AL2"
    FAMILY_AL2023 = "FAMILY_AL2023"
    FAMILY_BOTTLEROCKET = "FAMILY_BOTTLEROCKET"


class NodeConfigurationEKS(BaseModel):
    instanceProfileArn: Annotated[
        str,
        Field(examples=["arn:aws:iam::123456789012:instance-profile/castai-eks-prod"]),
    ]
    securityGroups: Annotated[
        list[str] | None, Field(examples=[["sg-0a1b2c3d4e5f67890"]])
    ] = None
    keyPairId: str | None = None
    dnsClusterIp: str | None = None
    imageFamily: EKSImageFamily | None = None
    volumeType: Annotated[str | None, Field(examples=["gp3"])] = None
    volumeIops: Annotated[int | None, Field(examples=[3000])] = None
    volumeThroughput: Annotated[int | None, Field(examples=[125])] = None
    volumeKmsKeyArn: str | None = None
    imdsV1: bool | None = None
    imdsHopLimit: Annotated[int | None, Field(examples=[2])] = None
    maxPodsPerNodeFormula: str | None = None


class NodeConfigurationGKE(BaseModel):
    diskType: Annotated[str | None, Field(examples=["pd-balanced"])] = None
    maxPodsPerNode: Annotated[int | None, Field(examples=[110])] = None
    networkTags: list[str] | None = None
    zones: list[str] | None = None
    minCpuPlatform: str | None = None
    useEphemeralStorageLocalSsd: bool | None = None


class NodeConfigurationAKS(BaseModel):
    maxPodsPerNode: Annotated[int | None, Field(examples=[30])] = None
    podSubnetId: str | None = None
    networkSecurityGroupId: str | None = None
    enableEncryptionAtHost: bool | None = None
    applicationSecurityGroupIds: list[str] | None = None


class NodeConfigurationKOPS(BaseModel):
    keyPairId: str | None = None


class NodeConfiguration(BaseModel):
    id: Annotated[UUID, Field(examples=["5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"])]
    name: Annotated[str, Field(examples=["default"])]
    version: Annotated[int, Field(examples=[3])]
    default: Annotated[bool, Field(examples=[True])]
    createdAt: Annotated[
        AwareDatetime | None, Field(examples=["2026-05-12T08:40:00Z"])
    ] = None
    updatedAt: Annotated[
        AwareDatetime | None, Field(examples=["2026-07-20T14:05:00Z"])
    ] = None
    subnets: Annotated[list[str], Field(examples=[["subnet-0a1b2c3d4e5f67890"]])]
    tags: Annotated[dict[str, str], Field(examples=[{"team": "platform"}])]
    image: Annotated[str | None, Field(examples=[None])] = None
    initScript: Annotated[
        str | None,
        Field(description="Base64-encoded script run at node start.", examples=[None]),
    ] = None
    sshPublicKey: Annotated[str | None, Field(examples=[None])] = None
    minDiskSize: Annotated[
        int, Field(description="Minimum root disk size in GiB.", examples=[100])
    ]
    diskCpuRatio: Annotated[
        int, Field(description="GiB of disk added per CPU core.", examples=[0])
    ]
    drainTimeoutSec: Annotated[int | None, Field(examples=[60])] = None
    containerRuntime: ContainerRuntime | None = None
    kubeletConfig: Annotated[
        dict[str, Any] | None, Field(examples=[{"eventRecordQPS": 10}])
    ] = None
    dockerConfig: dict[str, Any] | None = None
    eks: NodeConfigurationEKS | None = None
    gke: NodeConfigurationGKE | None = None
    aks: NodeConfigurationAKS | None = None
    kops: NodeConfigurationKOPS | None = None


class NewNodeConfiguration(BaseModel):
    name: Annotated[str, Field(examples=["gpu-nodes"])]
    subnets: list[str] | None = None
    tags: dict[str, str] | None = None
    image: str | None = None
    initScript: str | None = None
    sshPublicKey: str | None = None
    minDiskSize: Annotated[int | None, Field(examples=[100])] = None
    diskCpuRatio: Annotated[int | None, Field(examples=[0])] = None
    drainTimeoutSec: Annotated[int | None, Field(examples=[60])] = None
    containerRuntime: ContainerRuntime | None = None
    kubeletConfig: dict[str, Any] | None = None
    dockerConfig: dict[str, Any] | None = None
    eks: NodeConfigurationEKS | None = None
    gke: NodeConfigurationGKE | None = None
    aks: NodeConfigurationAKS | None = None
    kops: NodeConfigurationKOPS | None = None


class NodeConfigurationUpdate(BaseModel):
    subnets: list[str] | None = None
    tags: dict[str, str] | None = None
    image: str | None = None
    initScript: str | None = None
    sshPublicKey: str | None = None
    minDiskSize: Annotated[int | None, Field(examples=[120])] = None
    diskCpuRatio: Annotated[int | None, Field(examples=[0])] = None
    drainTimeoutSec: Annotated[int | None, Field(examples=[60])] = None
    containerRuntime: ContainerRuntime | None = None
    kubeletConfig: dict[str, Any] | None = None
    dockerConfig: dict[str, Any] | None = None
    eks: NodeConfigurationEKS | None = None
    gke: NodeConfigurationGKE | None = None
    aks: NodeConfigurationAKS | None = None
    kops: NodeConfigurationKOPS | None = None


class ListConfigurationsResponse(BaseModel):
    items: list[NodeConfiguration]


class TaintEffect(Enum):
    NoSchedule = "NoSchedule"
    NoExecute = "NoExecute"


class NodeTemplateTaint(BaseModel):
    key: Annotated[str, Field(examples=["dedicated"])]
    value: Annotated[str | None, Field(examples=["batch"])] = None
    effect: TaintEffect | None = None


class TemplateConstraints(BaseModel):
    spot: Annotated[bool | None, Field(examples=[True])] = None
    onDemand: Annotated[bool | None, Field(examples=[False])] = None
    useSpotFallbacks: Annotated[bool | None, Field(examples=[True])] = None
    fallbackRestoreRateSeconds: Annotated[int | None, Field(examples=[1800])] = None
    minCpu: Annotated[int | None, Field(examples=[2])] = None
    maxCpu: Annotated[int | None, Field(examples=[32])] = None
    minMemory: Annotated[int | None, Field(description="MiB.", examples=[4096])] = None
    maxMemory: Annotated[int | None, Field(description="MiB.", examples=[131072])] = (
        None
    )
    architectures: Annotated[list[str] | None, Field(examples=[["amd64"]])] = None
    os: Annotated[list[str] | None, Field(examples=[["linux"]])] = None
    azs: Annotated[list[str] | None, Field(examples=[["us-east-1a", "us-east-1b"]])] = (
        None
    )
    isGpuOnly: Annotated[bool | None, Field(examples=[False])] = None
    computeOptimized: bool | None = None
    storageOptimized: bool | None = None
    enableSpotDiversity: bool | None = None
    spotDiversityPriceIncreaseLimitPercent: int | None = None
    spotInterruptionPredictionsEnabled: bool | None = None


class NodeTemplateGPU(BaseModel):
    enableTimeSharing: Annotated[bool | None, Field(examples=[False])] = None
    defaultSharedClientsPerGpu: int | None = None
    userManagedGpuDrivers: bool | None = None


class NodeTemplate(BaseModel):
    name: Annotated[str, Field(examples=["spot-workers"])]
    version: Annotated[str | None, Field(examples=["4"])] = None
    configurationId: Annotated[
        UUID | None, Field(examples=["5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"])
    ] = None
    configurationName: Annotated[str | None, Field(examples=["default"])] = None
    isDefault: Annotated[bool | None, Field(examples=[False])] = None
    isEnabled: Annotated[bool | None, Field(examples=[True])] = None
    shouldTaint: Annotated[bool | None, Field(examples=[True])] = None
    customLabels: Annotated[
        dict[str, str] | None, Field(examples=[{"pool": "spot-workers"}])
    ] = None
    customTaints: list[NodeTemplateTaint] | None = None
    constraints: TemplateConstraints | None = None
    customInstancesEnabled: Annotated[bool | None, Field(examples=[False])] = None
    customInstancesWithExtendedMemoryEnabled: Annotated[
        bool | None, Field(examples=[False])
    ] = None
    clmEnabled: Annotated[bool | None, Field(examples=[False])] = None
    stopEnabled: Annotated[bool | None, Field(examples=[False])] = None
    gpu: NodeTemplateGPU | None = None
    edgeLocationIds: list[str] | None = None


class NewNodeTemplate(BaseModel):
    name: Annotated[str, Field(examples=["spot-workers"])]
    configurationId: UUID | None = None
    isDefault: Annotated[bool | None, Field(examples=[False])] = None
    isEnabled: Annotated[bool | None, Field(examples=[True])] = None
    shouldTaint: Annotated[bool | None, Field(examples=[True])] = None
    customLabels: dict[str, str] | None = None
    customTaints: list[NodeTemplateTaint] | None = None
    constraints: TemplateConstraints | None = None
    customInstancesEnabled: bool | None = None
    customInstancesWithExtendedMemoryEnabled: bool | None = None
    clmEnabled: bool | None = None
    stopEnabled: bool | None = None
    gpu: NodeTemplateGPU | None = None
    edgeLocationIds: list[str] | None = None


class UpdateNodeTemplate(BaseModel):
    configurationId: UUID | None = None
    isDefault: Annotated[bool | None, Field(examples=[False])] = None
    isEnabled: Annotated[bool | None, Field(examples=[True])] = None
    shouldTaint: Annotated[bool | None, Field(examples=[True])] = None
    customLabels: dict[str, str] | None = None
    customTaints: list[NodeTemplateTaint] | None = None
    constraints: TemplateConstraints | None = None
    customInstancesEnabled: bool | None = None
    customInstancesWithExtendedMemoryEnabled: bool | None = None
    clmEnabled: bool | None = None
    stopEnabled: bool | None = None
    gpu: NodeTemplateGPU | None = None
    edgeLocationIds: list[str] | None = None


class NodeTemplateStats(BaseModel):
    countOnDemand: Annotated[int, Field(examples=[2])]
    countSpot: Annotated[int, Field(examples=[5])]
    countFallback: Annotated[int, Field(examples=[0])]
    countSoleTenant: Annotated[int, Field(examples=[0])]


class NodeTemplateListItem(BaseModel):
    template: NodeTemplate
    stats: NodeTemplateStats


class ListNodeTemplatesResponse(BaseModel):
    items: list[NodeTemplateListItem]


class Headroom(BaseModel):
    enabled: Annotated[bool | None, Field(examples=[True])] = None
    cpuPercentage: Annotated[int | None, Field(examples=[10], ge=0, le=100)] = None
    memoryPercentage: Annotated[int | None, Field(examples=[10], ge=0, le=100)] = None


class NodeConstraints(BaseModel):
    enabled: Annotated[bool | None, Field(examples=[False])] = None
    minCpuCores: Annotated[int | None, Field(examples=[2])] = None
    maxCpuCores: Annotated[int | None, Field(examples=[32])] = None
    minRamMib: Annotated[int | None, Field(examples=[4096])] = None
    maxRamMib: Annotated[int | None, Field(examples=[262144])] = None


class PodPinner(BaseModel):
    enabled: Annotated[bool | None, Field(examples=[False])] = None


class UnschedulablePodsPolicy(BaseModel):
    enabled: Annotated[bool | None, Field(examples=[True])] = None
    headroom: Headroom | None = None
    headroomSpot: Headroom | None = None
    nodeConstraints: NodeConstraints | None = None
    podPinner: PodPinner | None = None
    diskGibToCpuRatio: Annotated[int | None, Field(examples=[0])] = None
    customInstancesEnabled: Annotated[bool | None, Field(examples=[False])] = None


class SpotBackups(BaseModel):
    enabled: Annotated[bool | None, Field(examples=[True])] = None
    spotBackupRestoreRateSeconds: Annotated[int | None, Field(examples=[1800])] = None


class SpotInstancesPolicy(BaseModel):
    enabled: Annotated[bool | None, Field(examples=[True])] = None
    maxReclaimRate: Annotated[int | None, Field(examples=[0])] = None
    spotBackups: SpotBackups | None = None
    spotDiversityEnabled: Annotated[bool | None, Field(examples=[False])] = None
    spotDiversityPriceIncreaseLimitPercent: Annotated[
        int | None, Field(examples=[20])
    ] = None


class NodeDownscalerEmptyNodes(BaseModel):
    enabled: Annotated[bool | None, Field(examples=[True])] = None
    delaySeconds: Annotated[int | None, Field(examples=[300])] = None


class Evictor(BaseModel):
    enabled: Annotated[bool | None, Field(examples=[True])] = None
    dryRun: Annotated[bool | None, Field(examples=[False])] = None
    aggressiveMode: Annotated[bool | None, Field(examples=[False])] = None
    scopedMode: Annotated[bool | None, Field(examples=[False])] = None
    cycleInterval: Annotated[str | None, Field(examples=["5m"])] = None
    nodeGracePeriodMinutes: Annotated[int | None, Field(examples=[5])] = None
    ignorePodDisruptionBudgets: Annotated[bool | None, Field(examples=[False])] = None


class NodeDownscaler(BaseModel):
    enabled: Annotated[bool | None, Field(examples=[True])] = None
    emptyNodes: NodeDownscalerEmptyNodes | None = None
    evictor: Evictor | None = None


class ClusterLimitsCpu(BaseModel):
    minCores: Annotated[int | None, Field(examples=[1])] = None
    maxCores: Annotated[int | None, Field(examples=[200])] = None


class ClusterLimitsPolicy(BaseModel):
    enabled: Annotated[bool | None, Field(examples=[False])] = None
    cpu: ClusterLimitsCpu | None = None


class Policies(BaseModel):
    enabled: Annotated[
        bool | None,
        Field(description="Master switch of the autoscaler.", examples=[True]),
    ] = None
    isScopedMode: Annotated[bool | None, Field(examples=[False])] = None
    nodeTemplatesPartialMatchingEnabled: Annotated[
        bool | None, Field(examples=[False])
    ] = None
    defaultNodeTemplateVersion: Annotated[str | None, Field(examples=["1"])] = None
    unschedulablePods: UnschedulablePodsPolicy | None = None
    spotInstances: SpotInstancesPolicy | None = None
    nodeDownscaler: NodeDownscaler | None = None
    clusterLimits: ClusterLimitsPolicy | None = None


class JobStatus(Enum):
    JobStatusPending = "JobStatusPending"
    JobStatusInProgress = "JobStatusInProgress"
    JobStatusFinished = "JobStatusFinished"
    JobStatusFailed = "JobStatusFailed"
    JobStatusSkipped = "JobStatusSkipped"


class RebalancingJob(BaseModel):
    id: Annotated[
        UUID | None, Field(examples=["2b3c4d5e-6f70-4812-93a4-b5c6d7e8f901"])
    ] = None
    clusterId: Annotated[
        UUID | None, Field(examples=["3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14"])
    ] = None
    rebalancingScheduleId: Annotated[
        UUID, Field(examples=["1a2b3c4d-5e6f-4708-9a1b-2c3d4e5f6a7b"])
    ]
    rebalancingPlanId: Annotated[
        str | None, Field(description="Plan created by the latest run.", examples=[""])
    ] = None
    enabled: Annotated[bool | None, Field(examples=[True])] = None
    status: JobStatus | None = None
    lastTriggerAt: Annotated[AwareDatetime | None, Field(examples=[None])] = None
    nextTriggerAt: Annotated[
        AwareDatetime | None, Field(examples=["2026-08-02T03:00:00Z"])
    ] = None


class ListRebalancingJobsResponse(BaseModel):
    jobs: list[RebalancingJob]


class Schedule(BaseModel):
    cron: Annotated[str, Field(examples=["0 3 * * *"])]


class TriggerConditions(BaseModel):
    savingsPercentage: Annotated[float | None, Field(examples=[15])] = None
    ignoreSavings: Annotated[bool | None, Field(examples=[False])] = None


class ExecutionConditions(BaseModel):
    enabled: Annotated[bool | None, Field(examples=[True])] = None
    achievedSavingsPercentage: Annotated[int | None, Field(examples=[10])] = None


class RebalancingOptions(BaseModel):
    minNodes: Annotated[int | None, Field(examples=[3])] = None
    executionConditions: ExecutionConditions | None = None
    keepDrainTimeoutNodes: Annotated[bool | None, Field(examples=[False])] = None
    evictGracefully: Annotated[bool | None, Field(examples=[False])] = None
    aggressiveMode: Annotated[bool | None, Field(examples=[False])] = None
    maxSimultaneousDrains: Annotated[int | None, Field(examples=[5])] = None


class NodeSelectorRequirement(BaseModel):
    key: Annotated[str | None, Field(examples=["kubernetes.io/arch"])] = None
    operator: Annotated[str | None, Field(examples=["In"])] = None
    values: Annotated[list[str] | None, Field(examples=[["amd64"]])] = None


class NodeSelectorTerm(BaseModel):
    matchExpressions: list[NodeSelectorRequirement] | None = None
    matchFields: list[NodeSelectorRequirement] | None = None


class NodeSelector(BaseModel):
    nodeSelectorTerms: list[NodeSelectorTerm] | None = None


class TargetNodeSelectionAlgorithm(Enum):
    TargetNodeSelectionAlgorithmNormalizedPrice = (
        "TargetNodeSelectionAlgorithmNormalizedPrice"
    )
    TargetNodeSelectionAlgorithmUtilizedPrice = (
        "TargetNodeSelectionAlgorithmUtilizedPrice"
    )
    TargetNodeSelectionAlgorithmUtilization = "TargetNodeSelectionAlgorithmUtilization"


class LaunchConfiguration(BaseModel):
    nodeTtlSeconds: Annotated[
        int | None, Field(description="Only nodes older than this.", examples=[3600])
    ] = None
    numTargetedNodes: Annotated[int | None, Field(examples=[10])] = None
    rebalancingOptions: RebalancingOptions | None = None
    selector: NodeSelector | None = None
    targetNodeSelectionAlgorithm: TargetNodeSelectionAlgorithm | None = None


class RebalancingSchedule(BaseModel):
    id: Annotated[
        UUID | None, Field(examples=["1a2b3c4d-5e6f-4708-9a1b-2c3d4e5f6a7b"])
    ] = None
    name: Annotated[str, Field(examples=["nightly"])]
    schedule: Schedule
    triggerConditions: TriggerConditions
    launchConfiguration: LaunchConfiguration
    lastTriggerAt: Annotated[AwareDatetime | None, Field(examples=[None])] = None
    nextTriggerAt: Annotated[
        AwareDatetime | None, Field(examples=["2026-08-02T03:00:00Z"])
    ] = None
    jobs: list[RebalancingJob] | None = None


class RebalancingScheduleUpdate(BaseModel):
    name: Annotated[str | None, Field(examples=["nightly"])] = None
    schedule: Schedule | None = None
    triggerConditions: TriggerConditions | None = None
    launchConfiguration: LaunchConfiguration | None = None


class ListRebalancingSchedulesResponse(BaseModel):
    schedules: list[RebalancingSchedule]


class RebalancingPlanStatus(Enum):
    generating = "generating"
    generated = "generated"
    obsolete = "obsolete"
    creating_nodes = "creating_nodes"
    preparing_nodes = "preparing_nodes"
    draining_nodes = "draining_nodes"
    deleting_nodes = "deleting_nodes"
    finished = "finished"
    partially_finished = "partially_finished"
    error = "error"


class RebalancingNode(BaseModel):
    nodeId: Annotated[UUID, Field(examples=["6f0c2b9e-41d7-4c83-9a55-1e2d3c4b5a69"])]


class GenerateRebalancingPlanRequest(BaseModel):
    minNodes: Annotated[
        int | None,
        Field(
            description="Fewest nodes the cluster may be left with.", examples=[3], ge=1
        ),
    ] = None
    rebalancingNodes: list[RebalancingNode] | None = None
    keepDrainTimeoutNodes: Annotated[bool | None, Field(examples=[False])] = None
    evictGracefully: Annotated[bool | None, Field(examples=[False])] = None
    aggressiveMode: Annotated[bool | None, Field(examples=[False])] = None


class GenerateRebalancingPlanResponse(BaseModel):
    rebalancingPlanId: Annotated[
        UUID, Field(examples=["7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f"])
    ]


class RebalancingPlan(BaseModel):
    rebalancingPlanId: Annotated[
        UUID, Field(examples=["7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f"])
    ]
    clusterId: Annotated[UUID, Field(examples=["3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14"])]
    status: RebalancingPlanStatus
    minNodes: Annotated[int | None, Field(examples=[3])] = None
    createdAt: Annotated[AwareDatetime, Field(examples=["2026-08-01T10:00:00Z"])]
    generatedAt: Annotated[
        AwareDatetime | None, Field(examples=["2026-08-01T10:00:20Z"])
    ] = None
    triggeredAt: Annotated[AwareDatetime | None, Field(examples=[None])] = None
    finishedAt: Annotated[AwareDatetime | None, Field(examples=[None])] = None


class ListRebalancingPlansResponse(BaseModel):
    items: list[RebalancingPlan]
    nextCursor: Annotated[
        str | None,
        Field(
            description="Cursor for the next page; empty or missing on the last page.",
            examples=[""],
        ),
    ] = None


class CostReportItem(BaseModel):
    timestamp: Annotated[AwareDatetime, Field(examples=["2026-07-01T00:00:00Z"])]
    costOnDemand: Annotated[
        str | None, Field(description="USD per hour.", examples=["1.2450"])
    ] = None
    costSpot: Annotated[
        str | None, Field(description="USD per hour.", examples=["0.6120"])
    ] = None
    costSpotFallback: Annotated[
        str | None, Field(description="USD per hour.", examples=["0"])
    ] = None
    cpuCountOnDemand: Annotated[str | None, Field(examples=["16"])] = None
    cpuCountSpot: Annotated[str | None, Field(examples=["24"])] = None
    cpuCountSpotFallback: Annotated[str | None, Field(examples=["0"])] = None
    ramGibOnDemand: Annotated[str | None, Field(examples=["64"])] = None
    ramGibSpot: Annotated[str | None, Field(examples=["96"])] = None
    ramGibSpotFallback: Annotated[str | None, Field(examples=["0"])] = None


class CostReportSummary(BaseModel):
    totalCost: Annotated[
        str | None, Field(description="USD over the window.", examples=["1381.68"])
    ] = None
    totalCostOnDemand: Annotated[str | None, Field(examples=["926.28"])] = None
    totalCostSpot: Annotated[str | None, Field(examples=["455.40"])] = None
    totalCostSpotFallback: Annotated[str | None, Field(examples=["0"])] = None


class GetClusterCostReportResponse(BaseModel):
    clusterId: Annotated[UUID, Field(examples=["3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14"])]
    items: list[CostReportItem]
    summary: CostReportSummary | None = None


class SavingsReportItem(BaseModel):
    timestamp: Annotated[AwareDatetime, Field(examples=["2026-07-01T00:00:00Z"])]
    downscalingSavings: Annotated[
        str | None,
        Field(
            description="USD saved by removing and right-sizing nodes.",
            examples=["12.40"],
        ),
    ] = None
    spotSavings: Annotated[
        str | None,
        Field(description="USD saved by running on spot.", examples=["8.75"]),
    ] = None


class SavingsReportSummary(BaseModel):
    totalCost: Annotated[
        str | None,
        Field(
            description="USD actually spent on compute over the window.",
            examples=["1381.68"],
        ),
    ] = None
    totalSavings: Annotated[
        str | None, Field(description="USD saved over the window.", examples=["655.65"])
    ] = None


class GetClusterSavingsReportResponse(BaseModel):
    clusterId: Annotated[UUID, Field(examples=["3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14"])]
    items: list[SavingsReportItem]
    summary: SavingsReportSummary | None = None


class AuthTokenOrganizationsScope(Enum):
    ORGANIZATIONS_UNSPECIFIED = "ORGANIZATIONS_UNSPECIFIED"
    ALL = "ALL"


class AuthToken(BaseModel):
    id: Annotated[
        UUID | None, Field(examples=["4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f"])
    ] = None
    name: Annotated[str, Field(examples=["terraform-ci"])]
    readonly: Annotated[
        bool,
        Field(description="A read-only key cannot change anything.", examples=[False]),
    ]
    active: Annotated[bool | None, Field(examples=[True])] = None
    createdAt: Annotated[
        AwareDatetime | None, Field(examples=["2026-06-01T09:00:00Z"])
    ] = None
    createdBy: Annotated[str | None, Field(examples=["jane@example.com"])] = None
    expiresAt: Annotated[AwareDatetime | None, Field(examples=[None])] = None
    lastUsedAt: Annotated[
        AwareDatetime | None, Field(examples=["2026-08-01T11:59:00Z"])
    ] = None
    organizationId: Annotated[
        UUID | None, Field(examples=["0c5d8e2a-7f43-4b19-a6d2-93e1f0b4c587"])
    ] = None
    token: Annotated[
        str | None,
        Field(
            description="The key value; only set in the create response.",
            examples=[None],
        ),
    ] = None
    tokenPrefix: Annotated[str | None, Field(examples=["a1b2c3"])] = None


class AuthTokenUpdate(BaseModel):
    active: Annotated[bool | None, Field(examples=[False])] = None


class ListAuthTokensResponse(BaseModel):
    items: list[AuthToken]


class OrganizationType(Enum):
    ORGANIZATION_TYPE_DEFAULT = "ORGANIZATION_TYPE_DEFAULT"
    ORGANIZATION_TYPE_ENTERPRISE = "ORGANIZATION_TYPE_ENTERPRISE"
    ORGANIZATION_TYPE_CHILD = "ORGANIZATION_TYPE_CHILD"


class OrganizationMetadata(BaseModel):
    parentOrganizationId: UUID | None = None
    partnerTenantId: str | None = None


class Organization(BaseModel):
    id: Annotated[
        UUID | None, Field(examples=["0c5d8e2a-7f43-4b19-a6d2-93e1f0b4c587"])
    ] = None
    name: Annotated[str, Field(examples=["Acme Platform"])]
    createdAt: Annotated[
        AwareDatetime | None, Field(examples=["2026-01-15T10:00:00Z"])
    ] = None
    parentId: Annotated[UUID | None, Field(examples=[None])] = None
    type: OrganizationType | None = None
    billingType: Annotated[str | None, Field(examples=["standard"])] = None
    metadata: OrganizationMetadata | None = None


class UserOrganization(BaseModel):
    id: Annotated[
        UUID | None, Field(examples=["0c5d8e2a-7f43-4b19-a6d2-93e1f0b4c587"])
    ] = None
    name: Annotated[str, Field(examples=["Acme Platform"])]
    createdAt: Annotated[
        AwareDatetime | None, Field(examples=["2026-01-15T10:00:00Z"])
    ] = None
    parentId: Annotated[UUID | None, Field(examples=[None])] = None
    type: OrganizationType | None = None
    childOrderId: Annotated[int | None, Field(examples=[None])] = None
    organizationMember: Annotated[bool | None, Field(examples=[True])] = None
    internal: Annotated[bool | None, Field(examples=[False])] = None
    blockEscalatedPrivilege: Annotated[bool | None, Field(examples=[False])] = None
    role: Annotated[
        str | None,
        Field(description="The caller's role in the organization.", examples=["owner"]),
    ] = None


class ListOrganizationsResponse(BaseModel):
    organizations: list[UserOrganization]


class CurrentUserProfileResponse(BaseModel):
    id: Annotated[str | None, Field(examples=["auth0|64f0c1d2e3a4b5c6d7e8f901"])] = None
    name: Annotated[str | None, Field(examples=["Jane Doe"])] = None
    email: Annotated[str | None, Field(examples=["jane@example.com"])] = None
    username: Annotated[str | None, Field(examples=["jane"])] = None
    firstLogin: Annotated[bool | None, Field(examples=[False])] = None


class ErrorResponse(BaseModel):
    message: Annotated[
        str, Field(description="Human-readable error message.", examples=["Forbidden"])
    ]
    fieldViolations: Annotated[
        list[FieldViolation] | None,
        Field(
            description="Fields of the request that failed validation or authorization."
        ),
    ] = None


class GPUInfo(BaseModel):
    gpuDevices: list[GPUDevice] | None = None


class Node(BaseModel):
    id: Annotated[UUID, Field(examples=["6f0c2b9e-41d7-4c83-9a55-1e2d3c4b5a69"])]
    name: Annotated[str, Field(examples=["ip-10-0-12-34.ec2.internal"])]
    instanceType: Annotated[str, Field(examples=["m5.large"])]
    instanceId: Annotated[str | None, Field(examples=["i-0abc123def4567890"])] = None
    instanceName: Annotated[str | None, Field(examples=["castai-prod-eks-1a2b3c"])] = (
        None
    )
    instancePrice: Annotated[
        str | None,
        Field(description="Price of the instance in USD per hour.", examples=["0.096"]),
    ] = None
    instanceArchitecture: Annotated[str | None, Field(examples=["amd64"])] = None
    instanceLabels: dict[str, str] | None = None
    role: NodeType
    state: NodeState
    spotConfig: NodeSpotConfig
    cloud: Annotated[str, Field(examples=["aws"])]
    zone: Annotated[str | None, Field(examples=["us-east-1a"])] = None
    subnetId: Annotated[str | None, Field(examples=["subnet-0a1b2c3d4e5f67890"])] = None
    providerId: Annotated[
        str | None, Field(examples=["aws:///us-east-1a/i-0abc123def4567890"])
    ] = None
    labels: Annotated[
        dict[str, str],
        Field(
            examples=[
                {
                    "kubernetes.io/os": "linux",
                    "topology.kubernetes.io/zone": "us-east-1a",
                }
            ]
        ),
    ]
    annotations: Annotated[dict[str, str], Field(examples=[{}])]
    taints: list[Taint]
    unschedulable: Annotated[bool, Field(examples=[False])]
    createdAt: Annotated[AwareDatetime, Field(examples=["2026-08-01T10:00:00Z"])]
    joinedAt: Annotated[
        AwareDatetime | None, Field(examples=["2026-08-01T10:02:30Z"])
    ] = None
    resources: NodeResources
    network: NodeNetwork | None = None
    nodeInfo: NodeInfo | None = None
    gpuInfo: GPUInfo | None = None
    nodeConfigurationId: Annotated[
        UUID | None, Field(examples=["5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"])
    ] = None
    addedBy: Annotated[str | None, Field(examples=["autoscaler"])] = None


class ListNodesResponse(BaseModel):
    items: list[Node]
    nextCursor: Annotated[
        str | None,
        Field(
            description="Cursor for the next page; empty or missing on the last page.",
            examples=[""],
        ),
    ] = None