from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoliciesV1GetClusterNodeConstraintsResponseCpuRam")


@_attrs_define
class PoliciesV1GetClusterNodeConstraintsResponseCpuRam:
    """
    Attributes:
        cpu_cores (int | Unset):
        ram_mib (int | Unset):
    """

    cpu_cores: int | Unset = UNSET
    ram_mib: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_cores = self.cpu_cores

        ram_mib = self.ram_mib

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_cores is not UNSET:
            field_dict["cpuCores"] = cpu_cores
        if ram_mib is not UNSET:
            field_dict["ramMib"] = ram_mib

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cpu_cores = d.pop("cpuCores", UNSET)

        ram_mib = d.pop("ramMib", UNSET)

        policies_v1_get_cluster_node_constraints_response_cpu_ram = cls(
            cpu_cores=cpu_cores,
            ram_mib=ram_mib,
        )

        policies_v1_get_cluster_node_constraints_response_cpu_ram.additional_properties = d
        return policies_v1_get_cluster_node_constraints_response_cpu_ram

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
