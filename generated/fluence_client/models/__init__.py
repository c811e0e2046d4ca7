"""Contains all the data models used in inputs/outputs"""

from .add_ssh_key import AddSshKey
from .added_ssh_key import AddedSshKey
from .additional_resources import AdditionalResources
from .additional_storage import AdditionalStorage
from .additional_supply import AdditionalSupply
from .available_hardware import AvailableHardware
from .configuration_price import ConfigurationPrice
from .cpu_hardware import CpuHardware
from .create_vm_v3 import CreateVmV3
from .created_vm import CreatedVm
from .datacenter import Datacenter
from .datacenter_constraint import DatacenterConstraint
from .datacenter_list import DatacenterList
from .default_image_dto import DefaultImageDTO
from .error_body import ErrorBody
from .estimate_deposit_request_v3 import EstimateDepositRequestV3
from .estimated_deposit_v3dto import EstimatedDepositV3DTO
from .hardware_constraints import HardwareConstraints
from .market_offering import MarketOffering
from .marketplace_datacenter import MarketplaceDatacenter
from .memory_hardware import MemoryHardware
from .offer_constraints import OfferConstraints
from .open_port import OpenPort
from .port_spec import PortSpec
from .protocol import Protocol
from .remove_ssh_key import RemoveSshKey
from .remove_vms import RemoveVms
from .resource import Resource
from .resource_details import ResourceDetails
from .resource_metadata import ResourceMetadata
from .resource_type import ResourceType
from .running_instance_v3 import RunningInstanceV3
from .server_offering import ServerOffering
from .ssh_key import SshKey
from .storage_hardware import StorageHardware
from .storage_type import StorageType
from .supply_units import SupplyUnits
from .update_vm import UpdateVm
from .update_vms import UpdateVms
from .vm_configuration import VmConfiguration
from .vm_resource import VmResource
from .vm_status import VmStatus
from .vm_status_info_dto import VmStatusInfoDTO
from .vms_removed import VmsRemoved

__all__ = (
    "AddedSshKey",
    "AdditionalResources",
    "AdditionalStorage",
    "AdditionalSupply",
    "AddSshKey",
    "AvailableHardware",
    "ConfigurationPrice",
    "CpuHardware",
    "CreatedVm",
    "CreateVmV3",
    "Datacenter",
    "DatacenterConstraint",
    "DatacenterList",
    "DefaultImageDTO",
    "ErrorBody",
    "EstimatedDepositV3DTO",
    "EstimateDepositRequestV3",
    "HardwareConstraints",
    "MarketOffering",
    "MarketplaceDatacenter",
    "MemoryHardware",
    "OfferConstraints",
    "OpenPort",
    "PortSpec",
    "Protocol",
    "RemoveSshKey",
    "RemoveVms",
    "Resource",
    "ResourceDetails",
    "ResourceMetadata",
    "ResourceType",
    "RunningInstanceV3",
    "ServerOffering",
    "SshKey",
    "StorageHardware",
    "StorageType",
    "SupplyUnits",
    "UpdateVm",
    "UpdateVms",
    "VmConfiguration",
    "VmResource",
    "VmsRemoved",
    "VmStatus",
    "VmStatusInfoDTO",
)
