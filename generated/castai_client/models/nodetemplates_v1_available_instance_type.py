from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nodetemplates_v1_available_instance_type_os import (
    NodetemplatesV1AvailableInstanceTypeOs,
    check_nodetemplates_v1_available_instance_type_os,
)
from ..models.nodetemplates_v1_available_instance_type_storage_optimized_option import (
    NodetemplatesV1AvailableInstanceTypeStorageOptimizedOption,
    check_nodetemplates_v1_available_instance_type_storage_optimized_option,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nodetemplates_v1_available_instance_type_gpu_device import (
        NodetemplatesV1AvailableInstanceTypeGPUDevice,
    )


T = TypeVar("T", bound="NodetemplatesV1AvailableInstanceType")


@_attrs_define
class NodetemplatesV1AvailableInstanceType:
    """
    Attributes:
        architecture (str | Unset):
        available_gpu_devices (list[NodetemplatesV1AvailableInstanceTypeGPUDevice] | Unset):
        burstable (bool | Unset):
        cpu (str | Unset):
        cpu_cost (float | Unset):
        cpu_manufacturers (list[str] | Unset):
        csp (str | Unset):
        customer_specific (bool | Unset):
        family (str | Unset):
        is_bare_metal (bool | Unset):
        is_compute_optimized (bool | Unset):
        memory (str | Unset):
        name (str | Unset):
        os (NodetemplatesV1AvailableInstanceTypeOs | Unset):
        region (str | Unset):
        storage_optimized_option (NodetemplatesV1AvailableInstanceTypeStorageOptimizedOption | Unset):
        zone (str | Unset):
    """

    architecture: str | Unset = UNSET
    available_gpu_devices: (
        list[NodetemplatesV1AvailableInstanceTypeGPUDevice] | Unset
    ) = UNSET
    burstable: bool | Unset = UNSET
    cpu: str | Unset = UNSET
    cpu_cost: float | Unset = UNSET
    cpu_manufacturers: list[str] | Unset = UNSET
    csp: str | Unset = UNSET
    customer_specific: bool | Unset = UNSET
    family: str | Unset = UNSET
    is_bare_metal: bool | Unset = UNSET
    is_compute_optimized: bool | Unset = UNSET
    memory: str | Unset = UNSET
    name: str | Unset = UNSET
    os: NodetemplatesV1AvailableInstanceTypeOs | Unset = UNSET
    region: str | Unset = UNSET
    storage_optimized_option: (
        NodetemplatesV1AvailableInstanceTypeStorageOptimizedOption | Unset
    ) = UNSET
    zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        architecture = self.architecture

        available_gpu_devices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.available_gpu_devices, Unset):
            available_gpu_devices = []
            for available_gpu_devices_item_data in self.available_gpu_devices:
                available_gpu_devices_item = available_gpu_devices_item_data.to_dict()
                available_gpu_devices.append(available_gpu_devices_item)

        burstable = self.burstable

        cpu = self.cpu

        cpu_cost = self.cpu_cost

        cpu_manufacturers: list[str] | Unset = UNSET
        if not isinstance(self.cpu_manufacturers, Unset):
            cpu_manufacturers = self.cpu_manufacturers

        csp = self.csp

        customer_specific = self.customer_specific

        family = self.family

        is_bare_metal = self.is_bare_metal

        is_compute_optimized = self.is_compute_optimized

        memory = self.memory

        name = self.name

        os: str | Unset = UNSET
        if not isinstance(self.os, Unset):
            os = self.os

        region = self.region

        storage_optimized_option: str | Unset = UNSET
        if not isinstance(self.storage_optimized_option, Unset):
            storage_optimized_option = self.storage_optimized_option

        zone = self.zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if available_gpu_devices is not UNSET:
            field_dict["availableGpuDevices"] = available_gpu_devices
        if burstable is not UNSET:
            field_dict["burstable"] = burstable
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if cpu_cost is not UNSET:
            field_dict["cpuCost"] = cpu_cost
        if cpu_manufacturers is not UNSET:
            field_dict["cpuManufacturers"] = cpu_manufacturers
        if csp is not UNSET:
            field_dict["csp"] = csp
        if customer_specific is not UNSET:
            field_dict["customerSpecific"] = customer_specific
        if family is not UNSET:
            field_dict["family"] = family
        if is_bare_metal is not UNSET:
            field_dict["isBareMetal"] = is_bare_metal
        if is_compute_optimized is not UNSET:
            field_dict["isComputeOptimized"] = is_compute_optimized
        if memory is not UNSET:
            field_dict["memory"] = memory
        if name is not UNSET:
            field_dict["name"] = name
        if os is not UNSET:
            field_dict["os"] = os
        if region is not UNSET:
            field_dict["region"] = region
        if storage_optimized_option is not UNSET:
            field_dict["storageOptimizedOption"] = storage_optimized_option
        if zone is not UNSET:
            field_dict["zone"] = zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nodetemplates_v1_available_instance_type_gpu_device import (
            NodetemplatesV1AvailableInstanceTypeGPUDevice,  # noqa: PLC0415
        )

        d = dict(src_dict)
        architecture = d.pop("architecture", UNSET)

        _available_gpu_devices = d.pop("availableGpuDevices", UNSET)
        available_gpu_devices: (
            list[NodetemplatesV1AvailableInstanceTypeGPUDevice] | Unset
        ) = UNSET
        if _available_gpu_devices is not UNSET:
            available_gpu_devices = []
            for available_gpu_devices_item_data in _available_gpu_devices:
                available_gpu_devices_item = (
                    NodetemplatesV1AvailableInstanceTypeGPUDevice.from_dict(
                        available_gpu_devices_item_data
                    )
                )

                available_gpu_devices.append(available_gpu_devices_item)

        burstable = d.pop("burstable", UNSET)

        cpu = d.pop("cpu", UNSET)

        cpu_cost = d.pop("cpuCost", UNSET)

        cpu_manufacturers = cast(list[str], d.pop("cpuManufacturers", UNSET))

        csp = d.pop("csp", UNSET)

        customer_specific = d.pop("customerSpecific", UNSET)

        family = d.pop("family", UNSET)

        is_bare_metal = d.pop("isBareMetal", UNSET)

        is_compute_optimized = d.pop("isComputeOptimized", UNSET)

        memory = d.pop("memory", UNSET)

        name = d.pop("name", UNSET)

        _os = d.pop("os", UNSET)
        os: NodetemplatesV1AvailableInstanceTypeOs | Unset
        if isinstance(_os, Unset):
            os = UNSET
        else:
            os = check_nodetemplates_v1_available_instance_type_os(_os)

        region = d.pop("region", UNSET)

        _storage_optimized_option = d.pop("storageOptimizedOption", UNSET)
        storage_optimized_option: (
            NodetemplatesV1AvailableInstanceTypeStorageOptimizedOption | Unset
        )
        if isinstance(_storage_optimized_option, Unset):
            storage_optimized_option = UNSET
        else:
            storage_optimized_option = (
                check_nodetemplates_v1_available_instance_type_storage_optimized_option(
                    _storage_optimized_option
                )
            )

        zone = d.pop("zone", UNSET)

        nodetemplates_v1_available_instance_type = cls(
            architecture=architecture,
            available_gpu_devices=available_gpu_devices,
            burstable=burstable,
            cpu=cpu,
            cpu_cost=cpu_cost,
            cpu_manufacturers=cpu_manufacturers,
            csp=csp,
            customer_specific=customer_specific,
            family=family,
            is_bare_metal=is_bare_metal,
            is_compute_optimized=is_compute_optimized,
            memory=memory,
            name=name,
            os=os,
            region=region,
            storage_optimized_option=storage_optimized_option,
            zone=zone,
        )

        nodetemplates_v1_available_instance_type.additional_properties = d
        return nodetemplates_v1_available_instance_type

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
