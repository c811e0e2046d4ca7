"""Contains all the data models used in inputs/outputs"""

from .caa_s_deploy_cluster_request import CaaSDeployClusterRequest
from .caa_s_resource_status import CaaSResourceStatus
from .cluster_currency import ClusterCurrency
from .container_config import ContainerConfig
from .container_config_env_variables import ContainerConfigEnvVariables
from .container_config_secret_env_variables import ContainerConfigSecretEnvVariables
from .container_event import ContainerEvent
from .container_hardware_info import ContainerHardwareInfo
from .container_update_request import ContainerUpdateRequest
from .container_update_request_env_variables_type_0 import (
    ContainerUpdateRequestEnvVariablesType0,
)
from .container_update_request_secret_env_variables_type_0 import (
    ContainerUpdateRequestSecretEnvVariablesType0,
)
from .containers_jobs_data import ContainersJobsData
from .create_api_key import CreateApiKey
from .create_api_key_response import CreateApiKeyResponse
from .delete_api_key_response import DeleteApiKeyResponse
from .deployment_container_config import DeploymentContainerConfig
from .deployment_container_config_env_variables_type_0 import (
    DeploymentContainerConfigEnvVariablesType0,
)
from .deployment_data import DeploymentData
from .deployment_details import DeploymentDetails
from .deployment_status import DeploymentStatus
from .deployments_data import DeploymentsData
from .error_response import ErrorResponse
from .extend_cluster import ExtendCluster
from .get_available_replicas_per_location_response import (
    GetAvailableReplicasPerLocationResponse,
)
from .get_caas_price_data import GetCaasPriceData
from .get_caas_price_response import GetCaasPriceResponse
from .get_containers_job_data import GetContainersJobData
from .get_deployment_details_response import GetDeploymentDetailsResponse
from .get_deployments_response import GetDeploymentsResponse
from .get_hardware_response import GetHardwareResponse
from .get_max_gpu_count_per_container_response import GetMaxGpuCountPerContainerResponse
from .get_max_gpu_count_per_vm_response import GetMaxGpuCountPerVmResponse
from .get_private_node_pools_response import GetPrivateNodePoolsResponse
from .get_vm_deployment_details_response import GetVmDeploymentDetailsResponse
from .get_vm_hardware_list_response import GetVmHardwareListResponse
from .get_vm_job_data import GetVmJobData
from .get_vmaas_price_data import GetVmaasPriceData
from .get_vmaas_price_response import GetVmaasPriceResponse
from .hardware_info import HardwareInfo
from .http_validation_error import HTTPValidationError
from .list_keys_response import ListKeysResponse
from .location_data import LocationData
from .log_stream import LogStream
from .max_gpu_per_container_data import MaxGpuPerContainerData
from .max_gpu_per_vm_data import MaxGpuPerVmData
from .network_protocol import NetworkProtocol
from .network_service import NetworkService
from .network_service_response import NetworkServiceResponse
from .node_pool_data import NodePoolData
from .registry_config import RegistryConfig
from .replicas_per_location import ReplicasPerLocation
from .single_api_key import SingleApiKey
from .success_response import SuccessResponse
from .update_api_key import UpdateApiKey
from .v_maa_s_resource_status import VMaaSResourceStatus
from .v_maas_deploy_request import VMaasDeployRequest
from .v_maas_deploy_request_network_services import VMaasDeployRequestNetworkServices
from .v_maas_deploy_request_ssh_keys_type_0 import VMaasDeployRequestSshKeysType0
from .validation_error import ValidationError
from .vm_deployment_details import VmDeploymentDetails
from .vm_deployment_details_ssh_keys import VmDeploymentDetailsSshKeys
from .vm_event import VmEvent
from .vm_hardware_info import VmHardwareInfo
from .vm_hardware_item import VmHardwareItem
from .vm_hardware_list_data import VmHardwareListData
from .vm_image_type import VmImageType
from .vm_jobs_data import VmJobsData
from .vm_worker_data import VmWorkerData
from .vm_worker_data_network_services import VmWorkerDataNetworkServices
from .worker_data import WorkerData

__all__ = (
    "CaaSDeployClusterRequest",
    "CaaSResourceStatus",
    "ClusterCurrency",
    "ContainerConfig",
    "ContainerConfigEnvVariables",
    "ContainerConfigSecretEnvVariables",
    "ContainerEvent",
    "ContainerHardwareInfo",
    "ContainersJobsData",
    "ContainerUpdateRequest",
    "ContainerUpdateRequestEnvVariablesType0",
    "ContainerUpdateRequestSecretEnvVariablesType0",
    "CreateApiKey",
    "CreateApiKeyResponse",
    "DeleteApiKeyResponse",
    "DeploymentContainerConfig",
    "DeploymentContainerConfigEnvVariablesType0",
    "DeploymentData",
    "DeploymentDetails",
    "DeploymentsData",
    "DeploymentStatus",
    "ErrorResponse",
    "ExtendCluster",
    "GetAvailableReplicasPerLocationResponse",
    "GetCaasPriceData",
    "GetCaasPriceResponse",
    "GetContainersJobData",
    "GetDeploymentDetailsResponse",
    "GetDeploymentsResponse",
    "GetHardwareResponse",
    "GetMaxGpuCountPerContainerResponse",
    "GetMaxGpuCountPerVmResponse",
    "GetPrivateNodePoolsResponse",
    "GetVmaasPriceData",
    "GetVmaasPriceResponse",
    "GetVmDeploymentDetailsResponse",
    "GetVmHardwareListResponse",
    "GetVmJobData",
    "HardwareInfo",
    "HTTPValidationError",
    "ListKeysResponse",
    "LocationData",
    "LogStream",
    "MaxGpuPerContainerData",
    "MaxGpuPerVmData",
    "NetworkProtocol",
    "NetworkService",
    "NetworkServiceResponse",
    "NodePoolData",
    "RegistryConfig",
    "ReplicasPerLocation",
    "SingleApiKey",
    "SuccessResponse",
    "UpdateApiKey",
    "ValidationError",
    "VMaasDeployRequest",
    "VMaasDeployRequestNetworkServices",
    "VMaasDeployRequestSshKeysType0",
    "VMaaSResourceStatus",
    "VmDeploymentDetails",
    "VmDeploymentDetailsSshKeys",
    "VmEvent",
    "VmHardwareInfo",
    "VmHardwareItem",
    "VmHardwareListData",
    "VmImageType",
    "VmJobsData",
    "VmWorkerData",
    "VmWorkerDataNetworkServices",
    "WorkerData",
)
