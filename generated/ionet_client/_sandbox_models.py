"""Pydantic models of the spec (datamodel-code-generator). Generated: do not edit."""

from __future__ import annotations

from typing import Annotated, Any
from pydantic import AwareDatetime, BaseModel, Field
from enum import Enum
from uuid import UUID


class ErrorResponse(BaseModel):
    detail: Annotated[
        str,
        Field(description="Human-readable reason.", examples=["Deployment not found"]),
    ]


class ValidationError(BaseModel):
    loc: Annotated[
        list[str | int],
        Field(
            description="Path to the offending input.",
            examples=[["query", "page_size"]],
        ),
    ]
    msg: Annotated[str, Field(examples=["Input should be less than or equal to 100"])]
    type: Annotated[str, Field(examples=["less_than_equal"])]


class CaaSResourceStatus(Enum):
    running = "running"
    completed = "completed"
    failed = "failed"
    deployment_requested = "deployment requested"
    termination_requested = "termination requested"
    destroyed = "destroyed"


class VMaaSResourceStatus(Enum):
    running = "running"
    completed = "completed"
    failed = "failed"
    deployment_requested = "deployment requested"
    termination_requested = "termination requested"
    destroyed = "destroyed"


class DeploymentStatus(Enum):
    unpaid = "unpaid"
    deployment_requested = "deployment requested"
    deploying = "deploying"
    running = "running"
    completed = "completed"
    failed = "failed"
    termination_requested = "termination requested"
    terminated = "terminated"
    destroyed = "destroyed"


class LogStream(Enum):
    stdout = "stdout"
    stderr = "stderr"


class ClusterCurrency(Enum):
    usdc = "usdc"
    iocoin = "iocoin"


class VmImageType(Enum):
    general = "general"
    datascience = "datascience"


class NetworkProtocol(Enum):
    tcp = "tcp"
    udp = "udp"


class SuccessResponse(BaseModel):
    status: Annotated[str, Field(examples=["success"])]
    deployment_id: Annotated[
        UUID, Field(examples=["8f2d6c1e-5b7a-4c3e-9a41-2f6e0d9b7c55"])
    ]


class LocationData(BaseModel):
    id: Annotated[int, Field(examples=[1])]
    iso2: Annotated[str, Field(examples=["US"])]
    name: Annotated[str, Field(examples=["United States"])]


class ReplicasPerLocation(BaseModel):
    id: Annotated[int, Field(examples=[1])]
    iso2: Annotated[str, Field(examples=["US"])]
    name: Annotated[str, Field(examples=["United States"])]
    available_replicas: Annotated[int, Field(examples=[4])]


class GetAvailableReplicasPerLocationResponse(BaseModel):
    data: list[ReplicasPerLocation]


class ExtendCluster(BaseModel):
    duration_hours: Annotated[
        int, Field(description="Hours to add.", examples=[12], ge=1)
    ]


class DeploymentData(BaseModel):
    id: Annotated[UUID, Field(examples=["8f2d6c1e-5b7a-4c3e-9a41-2f6e0d9b7c55"])]
    status: DeploymentStatus
    name: Annotated[str, Field(examples=["llm-inference"])]
    completed_percent: Annotated[float, Field(examples=[37.5])]
    hardware_quantity: Annotated[int, Field(examples=[8])]
    brand_name: Annotated[str, Field(examples=["NVIDIA"])]
    hardware_name: Annotated[str, Field(examples=["H100 80GB HBM3"])]
    compute_minutes_served: Annotated[int, Field(examples=[540])]
    compute_minutes_remaining: Annotated[int, Field(examples=[900])]


class DeploymentsData(BaseModel):
    deployments: list[DeploymentData]
    total: Annotated[
        int,
        Field(
            description="Number of deployments matching the filter, across all pages.",
            examples=[1],
        ),
    ]
    statuses: Annotated[
        list[str],
        Field(
            description="Statuses present among the caller's deployments, for building filters.",
            examples=[["running", "destroyed"]],
        ),
    ]


class GetDeploymentsResponse(BaseModel):
    data: DeploymentsData


class HardwareInfo(BaseModel):
    hardware_id: Annotated[
        int | str,
        Field(
            description="Hardware identifier to pass to price and deploy calls.",
            examples=[206],
        ),
    ]
    hardware_name: Annotated[str, Field(examples=["H100 80GB HBM3"])]
    brand_name: Annotated[str | None, Field(examples=["NVIDIA"])] = None
    location: Annotated[str | None, Field(examples=["United States"])] = None
    price: Annotated[
        float | None, Field(description="Price per GPU-hour, in USD.", examples=[2.19])
    ] = None
    available: Annotated[int | None, Field(examples=[24])] = None
    network: Annotated[
        int | None,
        Field(description="Network-connected replicas available.", examples=[3]),
    ] = None
    max_gpus_per_container: Annotated[int | None, Field(examples=[8])] = None
    min_gpus_per_container: Annotated[int | None, Field(examples=[1])] = None
    confidential_compute: Annotated[bool | None, Field(examples=[False])] = None


class GetHardwareResponse(BaseModel):
    data: list[HardwareInfo]


class ContainerHardwareInfo(BaseModel):
    max_gpus_per_container: Annotated[int, Field(examples=[8])]
    available: Annotated[int, Field(examples=[24])]
    hardware_id: Annotated[int, Field(examples=[206])]
    hardware_name: Annotated[str, Field(examples=["H100 80GB HBM3"])]
    brand_name: Annotated[str, Field(examples=["NVIDIA"])]


class MaxGpuPerContainerData(BaseModel):
    hardware: list[ContainerHardwareInfo]
    total: Annotated[int, Field(examples=[1])]


class GetMaxGpuCountPerContainerResponse(BaseModel):
    data: MaxGpuPerContainerData


class NodePoolData(BaseModel):
    id: Annotated[UUID, Field(examples=["0b6f9e4c-2d3a-4f1b-8c7e-5a9d1e2f3b4c"])]


class GetPrivateNodePoolsResponse(BaseModel):
    data: list[NodePoolData]


class GetCaasPriceData(BaseModel):
    replica_count: Annotated[int, Field(examples=[1])]
    gpus_per_container: Annotated[int, Field(examples=[8])]
    available_replica_count: Annotated[list[int], Field(examples=[[4]])]
    discount: Annotated[float, Field(examples=[0])]
    ionet_fee: Annotated[float, Field(examples=[10.51])]
    ionet_fee_percent: Annotated[float, Field(examples=[2.5])]
    currency_conversion_fee: Annotated[float, Field(examples=[0])]
    currency_conversion_fee_percent: Annotated[float, Field(examples=[0])]
    total_cost_usdc: Annotated[float, Field(examples=[430.99])]


class GetCaasPriceResponse(BaseModel):
    data: GetCaasPriceData


class ContainerConfig(BaseModel):
    replica_count: Annotated[int, Field(examples=[1], ge=1)]
    env_variables: Annotated[
        dict[str, str] | None,
        Field(examples=[{"MODEL_NAME": "meta-llama/Llama-3.1-8B-Instruct"}]),
    ] = None
    secret_env_variables: Annotated[
        dict[str, str] | None, Field(examples=[{"HF_TOKEN": "hf_xxxxxxxxxxxxxxxx"}])
    ] = None
    entrypoint: Annotated[
        list[str] | None,
        Field(
            examples=[["python", "-m", "vllm.entrypoints.openai.api_server"]],
            min_length=1,
        ),
    ] = None
    traffic_port: Annotated[int, Field(examples=[8000])]
    args: Annotated[
        list[str] | None, Field(examples=[["--port", "8000"]], min_length=1)
    ] = None
    command: Annotated[str | None, Field(examples=[None])] = None


class RegistryConfig(BaseModel):
    image_url: Annotated[str, Field(examples=["docker.io/vllm/vllm-openai:latest"])]
    registry_username: Annotated[str | None, Field(examples=[None])] = None
    registry_secret: Annotated[str | None, Field(examples=[None])] = None


class CaaSDeployClusterRequest(BaseModel):
    resource_private_name: Annotated[
        str,
        Field(
            description="Name of the deployment, visible only to its owner.",
            examples=["llm-inference"],
        ),
    ]
    node_pool_id: Annotated[
        UUID | None,
        Field(
            description="Private node pool to deploy into. Not allowed together with `location_ids`.",
            examples=[None],
        ),
    ] = None
    duration_hours: Annotated[
        int | None,
        Field(
            description="Hours the deployment runs before it completes.",
            examples=[24],
            ge=1,
        ),
    ] = None
    gpus_per_container: Annotated[int, Field(examples=[8], ge=1, le=8)]
    hardware_id: Annotated[int, Field(examples=[206])]
    location_ids: Annotated[
        list[int] | None,
        Field(
            description="Location to deploy in. Exactly one location is supported.",
            examples=[[1]],
            max_length=1,
            min_length=1,
        ),
    ] = None
    container_config: ContainerConfig
    registry_config: RegistryConfig


class ContainerUpdateRequest(BaseModel):
    env_variables: Annotated[
        dict[str, Any] | None,
        Field(
            description="The complete desired set of plain environment variables; it replaces the current set.",
            examples=[{"MODEL_NAME": "meta-llama/Llama-3.1-8B-Instruct"}],
        ),
    ] = None
    secret_env_variables: Annotated[
        dict[str, Any] | None,
        Field(
            description="Secret variables to add or change; a null value removes that variable.",
            examples=[{"HF_TOKEN": "hf_yyyyyyyyyyyyyyyy"}],
        ),
    ] = None
    entrypoint: Annotated[list[str] | None, Field(examples=[None])] = None
    traffic_port: Annotated[int | None, Field(examples=[8000])] = None
    image_url: Annotated[
        str | None, Field(examples=["docker.io/vllm/vllm-openai:v0.6.3"])
    ] = None
    registry_username: Annotated[str | None, Field(examples=[None])] = None
    registry_secret: Annotated[str | None, Field(examples=[None])] = None
    args: Annotated[list[str] | None, Field(examples=[None])] = None
    command: Annotated[str | None, Field(examples=[None])] = None


class DeploymentContainerConfig(BaseModel):
    entrypoint: Annotated[
        list[str] | None,
        Field(examples=[["python", "-m", "vllm.entrypoints.openai.api_server"]]),
    ]
    env_variables: Annotated[
        dict[str, Any] | None,
        Field(examples=[{"MODEL_NAME": "meta-llama/Llama-3.1-8B-Instruct"}]),
    ]
    traffic_port: Annotated[int, Field(examples=[8000])]
    image_url: Annotated[str, Field(examples=["docker.io/vllm/vllm-openai:latest"])]
    secret_env_keys: Annotated[list[str], Field(examples=[["HF_TOKEN"]])]


class DeploymentDetails(BaseModel):
    id: Annotated[UUID, Field(examples=["8f2d6c1e-5b7a-4c3e-9a41-2f6e0d9b7c55"])]
    status: DeploymentStatus
    created_at: Annotated[AwareDatetime, Field(examples=["2025-06-02T09:14:05Z"])]
    started_at: Annotated[
        AwareDatetime | None, Field(examples=["2025-06-02T09:16:41Z"])
    ]
    finished_at: Annotated[AwareDatetime | None, Field(examples=[None])]
    amount_paid: Annotated[float, Field(examples=[430.99])]
    completed_percent: Annotated[float, Field(examples=[37.5])]
    total_gpus: Annotated[int, Field(examples=[8])]
    gpus_per_container: Annotated[int, Field(examples=[8])]
    total_containers: Annotated[int, Field(examples=[1])]
    hardware_name: Annotated[str, Field(examples=["H100 80GB HBM3"])]
    hardware_id: Annotated[int, Field(examples=[206])]
    locations: list[LocationData]
    brand_name: Annotated[str, Field(examples=["NVIDIA"])]
    compute_minutes_served: Annotated[int, Field(examples=[540])]
    compute_minutes_remaining: Annotated[int, Field(examples=[900])]
    container_config: DeploymentContainerConfig


class GetDeploymentDetailsResponse(BaseModel):
    data: DeploymentDetails


class ContainerEvent(BaseModel):
    time: Annotated[AwareDatetime, Field(examples=["2025-06-02T09:16:41Z"])]
    message: Annotated[str, Field(examples=["Container started"])]


class WorkerData(BaseModel):
    device_id: Annotated[UUID, Field(examples=["5e1c2b7a-9d4f-4a6e-8b3c-1f0a2d7e6c98"])]
    container_id: Annotated[str, Field(examples=["caas-5b7a4c3e-0"])]
    hardware: Annotated[str, Field(examples=["H100 80GB HBM3"])]
    brand_name: Annotated[str, Field(examples=["NVIDIA"])]
    created_at: Annotated[AwareDatetime, Field(examples=["2025-06-02T09:15:10Z"])]
    uptime_percent: Annotated[float, Field(examples=[99.2])]
    gpus_per_container: Annotated[int, Field(examples=[8])]
    status: Annotated[
        str,
        Field(
            description="Container state as reported by the node (free-form, e.g. `running`).",
            examples=["running"],
        ),
    ]
    container_events: list[ContainerEvent] | None
    public_url: Annotated[
        str | None, Field(examples=["https://vmaas-5b7a4c3e.headnodes.io.systems"])
    ]


class ContainersJobsData(BaseModel):
    total: Annotated[int, Field(examples=[1])]
    workers: list[WorkerData]


class GetContainersJobData(BaseModel):
    data: ContainersJobsData


class VmHardwareItem(BaseModel):
    id: Annotated[
        str,
        Field(
            description="Unique id of this offer in the listing.",
            examples=["h100-8x-us-internal"],
        ),
    ]
    deploy_id: Annotated[
        int | str,
        Field(
            description="Hardware identifier to pass to price and deploy calls.",
            examples=[206],
        ),
    ]
    name: Annotated[str, Field(examples=["H100 80GB HBM3"])]
    num_cards: Annotated[int, Field(examples=[8])]
    supplier: Annotated[
        str,
        Field(
            description="`internal` (io.net) or `external` (partner).",
            examples=["internal"],
        ),
    ]
    price: Annotated[
        float, Field(description="Price per hour, in USD.", examples=[17.52])
    ]
    vram_per_card: Annotated[int | None, Field(examples=[80])] = None
    interconnect: Annotated[str | None, Field(examples=["InfiniBand"])] = None
    nvlink: Annotated[bool | None, Field(examples=[True])] = False
    storage: Annotated[int | None, Field(examples=[2048000])] = None
    vcpu: Annotated[int | None, Field(examples=[96])] = None
    memory: Annotated[
        int | None, Field(description="Memory, in GB.", examples=[1024])
    ] = None
    location: Annotated[str | None, Field(examples=["United States"])] = None


class VmHardwareListData(BaseModel):
    hardware: list[VmHardwareItem]


class GetVmHardwareListResponse(BaseModel):
    data: VmHardwareListData


class VmHardwareInfo(BaseModel):
    max_gpus_per_vm: Annotated[int, Field(examples=[8])]
    available: Annotated[int, Field(examples=[16])]
    hardware_id: Annotated[int, Field(examples=[206])]
    hardware_name: Annotated[str, Field(examples=["H100 80GB HBM3"])]
    brand_name: Annotated[str, Field(examples=["NVIDIA"])]


class MaxGpuPerVmData(BaseModel):
    hardware: list[VmHardwareInfo]
    total: Annotated[int, Field(examples=[1])]


class GetMaxGpuCountPerVmResponse(BaseModel):
    data: MaxGpuPerVmData


class GetVmaasPriceData(BaseModel):
    replica_count: Annotated[int, Field(examples=[1])]
    gpus_per_vm: Annotated[int, Field(examples=[8])]
    available_replica_count: Annotated[list[int], Field(examples=[[2]])]
    discount: Annotated[float, Field(examples=[0])]
    ionet_fee: Annotated[float, Field(examples=[10.51])]
    ionet_fee_percent: Annotated[float, Field(examples=[2.5])]
    currency_conversion_fee: Annotated[float, Field(examples=[0])]
    currency_conversion_fee_percent: Annotated[float, Field(examples=[0])]
    total_cost_usdc: Annotated[float, Field(examples=[430.99])]


class GetVmaasPriceResponse(BaseModel):
    data: GetVmaasPriceData


class NetworkService(BaseModel):
    port: Annotated[int, Field(examples=[22], ge=1, le=65535)]
    protocol: NetworkProtocol
    whitelist: Annotated[
        list[str],
        Field(
            description="Source networks allowed to connect, in CIDR form. `0.0.0.0/0` allows everyone.",
            examples=[["0.0.0.0/0"]],
            min_length=1,
        ),
    ]


class VMaasDeployRequest(BaseModel):
    resource_private_name: Annotated[
        str,
        Field(
            description="Name of the deployment, visible only to its owner.",
            examples=["training-box"],
        ),
    ]
    node_pool_id: Annotated[
        UUID | None,
        Field(
            description="Private node pool to deploy into. Not allowed together with `location_ids`.",
            examples=[None],
        ),
    ] = None
    duration_hours: Annotated[int | None, Field(examples=[24], ge=1)] = None
    gpus_per_vm: Annotated[int, Field(examples=[8], ge=1, le=8)]
    hardware_id: Annotated[int, Field(examples=[206])]
    location_ids: Annotated[
        list[int] | None,
        Field(
            description="Location to deploy in. Exactly one location is supported.",
            examples=[[1]],
            max_length=1,
            min_length=1,
        ),
    ] = None
    vms_qty: Annotated[int, Field(examples=[1], ge=1)]
    ssh_keys: Annotated[
        dict[str, Any] | None,
        Field(
            description="Public SSH keys to install, by key name.",
            examples=[
                {
                    "laptop": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKey user@laptop"
                }
            ],
        ),
    ] = None
    github_ids: Annotated[
        list[str] | None,
        Field(
            description="GitHub users whose public SSH keys are installed.",
            examples=[["octocat"]],
        ),
    ] = None
    vm_image_type: VmImageType | None = None
    network_services: Annotated[
        dict[str, NetworkService] | None,
        Field(
            description="Ports to expose, by service name.",
            examples=[
                {"ssh": {"port": 22, "protocol": "tcp", "whitelist": ["0.0.0.0/0"]}}
            ],
        ),
    ] = None


class VmDeploymentDetails(BaseModel):
    id: Annotated[UUID, Field(examples=["2a7c9e14-6b3d-4f58-a1e2-9c0d8b7f6e53"])]
    status: DeploymentStatus
    created_at: Annotated[AwareDatetime, Field(examples=["2025-06-03T11:02:00Z"])]
    started_at: Annotated[
        AwareDatetime | None, Field(examples=["2025-06-03T11:06:30Z"])
    ]
    finished_at: Annotated[AwareDatetime | None, Field(examples=[None])]
    amount_paid: Annotated[float, Field(examples=[430.99])]
    completed_percent: Annotated[float, Field(examples=[12.5])]
    total_gpus: Annotated[int, Field(examples=[8])]
    gpus_per_vm: Annotated[int, Field(examples=[8])]
    total_vms: Annotated[int, Field(examples=[1])]
    hardware_name: Annotated[str, Field(examples=["H100 80GB HBM3"])]
    hardware_id: Annotated[int, Field(examples=[206])]
    locations: list[LocationData]
    brand_name: Annotated[str, Field(examples=["NVIDIA"])]
    compute_minutes_served: Annotated[int, Field(examples=[180])]
    compute_minutes_remaining: Annotated[int, Field(examples=[1260])]
    ssh_keys: Annotated[
        dict[str, str],
        Field(
            examples=[
                {
                    "laptop": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKey user@laptop"
                }
            ]
        ),
    ]
    github_ids: Annotated[list[str], Field(examples=[["octocat"]])]


class GetVmDeploymentDetailsResponse(BaseModel):
    data: VmDeploymentDetails


class VmEvent(BaseModel):
    time: Annotated[AwareDatetime, Field(examples=["2025-06-03T11:06:30Z"])]
    message: Annotated[str, Field(examples=["VM is ready"])]


class NetworkServiceResponse(BaseModel):
    port: Annotated[int, Field(examples=[22])]
    protocol: NetworkProtocol
    whitelist: Annotated[list[str], Field(examples=[["0.0.0.0/0"]])]
    public_port: Annotated[int, Field(examples=[30122])]
    public_ip: Annotated[str, Field(examples=["203.0.113.24"])]
    srv_record: Annotated[str, Field(examples=["_ssh._tcp.vm-7f3a9c21.io.systems"])]


class VmWorkerData(BaseModel):
    device_id: Annotated[UUID, Field(examples=["5e1c2b7a-9d4f-4a6e-8b3c-1f0a2d7e6c98"])]
    vm_id: Annotated[str, Field(examples=["vm-7f3a9c21"])]
    hardware: Annotated[str, Field(examples=["H100 80GB HBM3"])]
    brand_name: Annotated[str, Field(examples=["NVIDIA"])]
    created_at: Annotated[AwareDatetime, Field(examples=["2025-06-03T11:03:12Z"])]
    uptime_percent: Annotated[float, Field(examples=[100])]
    gpus_per_vm: Annotated[int, Field(examples=[8])]
    status: Annotated[
        str,
        Field(
            description="VM state as reported by the node (free-form, e.g. `running`).",
            examples=["running"],
        ),
    ]
    vm_events: list[VmEvent] | None
    network_services: dict[str, NetworkServiceResponse]
    ssh_access: Annotated[str, Field(examples=["ssh -p 30122 ubuntu@203.0.113.24"])]


class VmJobsData(BaseModel):
    total: Annotated[int, Field(examples=[1])]
    workers: list[VmWorkerData]


class GetVmJobData(BaseModel):
    data: VmJobsData


class CreateApiKey(BaseModel):
    description: Annotated[str, Field(examples=["CI pipeline"])]
    expires_at: Annotated[AwareDatetime, Field(examples=["2025-12-31T23:59:59Z"])]
    project: Annotated[
        str, Field(description="Project the key is valid for.", examples=["io-cloud"])
    ]
    scopes: Annotated[list[str], Field(examples=[["all"]])]


class UpdateApiKey(BaseModel):
    description: Annotated[str, Field(examples=["CI pipeline (rotated)"])]
    expires_at: Annotated[AwareDatetime, Field(examples=["2026-03-31T23:59:59Z"])]
    scopes: Annotated[list[str], Field(examples=[["all"]])]


class SingleApiKey(BaseModel):
    key_id: Annotated[UUID, Field(examples=["3c9e7a52-1f4b-4d8e-b6a0-7e2c5d9f1a34"])]
    user_id: Annotated[UUID, Field(examples=["9d0e4b7c-3a2f-4e18-8c65-b1a7f2d3e940"])]
    user_email: Annotated[str, Field(examples=["dev@example.com"])]
    description: Annotated[str | None, Field(examples=["CI pipeline"])]
    display: Annotated[
        str,
        Field(description="Masked form of the key.", examples=["io-v2-eyJh...Xk9Q"]),
    ]
    created_at: Annotated[AwareDatetime, Field(examples=["2025-06-01T08:00:00Z"])]
    expires_at: Annotated[AwareDatetime, Field(examples=["2025-12-31T23:59:59Z"])]
    project: Annotated[str, Field(examples=["io-cloud"])]
    scopes: Annotated[list[str], Field(examples=[["all"]])]
    is_expired: Annotated[bool, Field(examples=[False])]


class CreateApiKeyResponse(BaseModel):
    value: Annotated[
        str,
        Field(
            description="The secret API key. Store it now; it cannot be read again.",
            examples=["io-v2-eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.example.Xk9Q"],
        ),
    ]
    key: Annotated[SingleApiKey | None, Field(description="The stored key record.")]


class ListKeysResponse(BaseModel):
    keys: list[SingleApiKey]


class DeleteApiKeyResponse(BaseModel):
    status: Annotated[str, Field(examples=["success"])]
    key_id: Annotated[UUID, Field(examples=["3c9e7a52-1f4b-4d8e-b6a0-7e2c5d9f1a34"])]


class HTTPValidationError(BaseModel):
    detail: list[ValidationError] | None = None