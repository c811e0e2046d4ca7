from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalclusterV1Resources")


@_attrs_define
class ExternalclusterV1Resources:
    """
    Attributes:
        bandwidth_capacity_mbps (int | Unset):
        cpu_allocatable_milli (int | Unset):
        cpu_capacity_milli (int | Unset):
        cpu_requests_milli (int | Unset):
        mem_allocatable_mib (int | Unset):
        mem_capacity_mib (int | Unset):
        mem_requests_mib (int | Unset):
    """

    bandwidth_capacity_mbps: int | Unset = UNSET
    cpu_allocatable_milli: int | Unset = UNSET
    cpu_capacity_milli: int | Unset = UNSET
    cpu_requests_milli: int | Unset = UNSET
    mem_allocatable_mib: int | Unset = UNSET
    mem_capacity_mib: int | Unset = UNSET
    mem_requests_mib: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bandwidth_capacity_mbps = self.bandwidth_capacity_mbps

        cpu_allocatable_milli = self.cpu_allocatable_milli

        cpu_capacity_milli = self.cpu_capacity_milli

        cpu_requests_milli = self.cpu_requests_milli

        mem_allocatable_mib = self.mem_allocatable_mib

        mem_capacity_mib = self.mem_capacity_mib

        mem_requests_mib = self.mem_requests_mib

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bandwidth_capacity_mbps is not UNSET:
            field_dict["bandwidthCapacityMbps"] = bandwidth_capacity_mbps
        if cpu_allocatable_milli is not UNSET:
            field_dict["cpuAllocatableMilli"] = cpu_allocatable_milli
        if cpu_capacity_milli is not UNSET:
            field_dict["cpuCapacityMilli"] = cpu_capacity_milli
        if cpu_requests_milli is not UNSET:
            field_dict["cpuRequestsMilli"] = cpu_requests_milli
        if mem_allocatable_mib is not UNSET:
            field_dict["memAllocatableMib"] = mem_allocatable_mib
        if mem_capacity_mib is not UNSET:
            field_dict["memCapacityMib"] = mem_capacity_mib
        if mem_requests_mib is not UNSET:
            field_dict["memRequestsMib"] = mem_requests_mib

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bandwidth_capacity_mbps = d.pop("bandwidthCapacityMbps", UNSET)

        cpu_allocatable_milli = d.pop("cpuAllocatableMilli", UNSET)

        cpu_capacity_milli = d.pop("cpuCapacityMilli", UNSET)

        cpu_requests_milli = d.pop("cpuRequestsMilli", UNSET)

        mem_allocatable_mib = d.pop("memAllocatableMib", UNSET)

        mem_capacity_mib = d.pop("memCapacityMib", UNSET)

        mem_requests_mib = d.pop("memRequestsMib", UNSET)

        externalcluster_v1_resources = cls(
            bandwidth_capacity_mbps=bandwidth_capacity_mbps,
            cpu_allocatable_milli=cpu_allocatable_milli,
            cpu_capacity_milli=cpu_capacity_milli,
            cpu_requests_milli=cpu_requests_milli,
            mem_allocatable_mib=mem_allocatable_mib,
            mem_capacity_mib=mem_capacity_mib,
            mem_requests_mib=mem_requests_mib,
        )

        externalcluster_v1_resources.additional_properties = d
        return externalcluster_v1_resources

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
