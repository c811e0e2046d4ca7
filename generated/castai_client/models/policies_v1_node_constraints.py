from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoliciesV1NodeConstraints")


@_attrs_define
class PoliciesV1NodeConstraints:
    """
    Attributes:
        enabled (bool | None | Unset):
        max_cpu_cores (int | Unset):
        max_ram_mib (int | Unset):
        min_cpu_cores (int | Unset):
        min_ram_mib (int | Unset):
    """

    enabled: bool | None | Unset = UNSET
    max_cpu_cores: int | Unset = UNSET
    max_ram_mib: int | Unset = UNSET
    min_cpu_cores: int | Unset = UNSET
    min_ram_mib: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        max_cpu_cores = self.max_cpu_cores

        max_ram_mib = self.max_ram_mib

        min_cpu_cores = self.min_cpu_cores

        min_ram_mib = self.min_ram_mib

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if max_cpu_cores is not UNSET:
            field_dict["maxCpuCores"] = max_cpu_cores
        if max_ram_mib is not UNSET:
            field_dict["maxRamMib"] = max_ram_mib
        if min_cpu_cores is not UNSET:
            field_dict["minCpuCores"] = min_cpu_cores
        if min_ram_mib is not UNSET:
            field_dict["minRamMib"] = min_ram_mib

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        max_cpu_cores = d.pop("maxCpuCores", UNSET)

        max_ram_mib = d.pop("maxRamMib", UNSET)

        min_cpu_cores = d.pop("minCpuCores", UNSET)

        min_ram_mib = d.pop("minRamMib", UNSET)

        policies_v1_node_constraints = cls(
            enabled=enabled,
            max_cpu_cores=max_cpu_cores,
            max_ram_mib=max_ram_mib,
            min_cpu_cores=min_cpu_cores,
            min_ram_mib=min_ram_mib,
        )

        policies_v1_node_constraints.additional_properties = d
        return policies_v1_node_constraints

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
