from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadoptimizationV1ResourceQuantity")


@_attrs_define
class WorkloadoptimizationV1ResourceQuantity:
    """
    Attributes:
        cpu_cores (float | None | Unset):
        memory_gib (float | None | Unset):
    """

    cpu_cores: float | None | Unset = UNSET
    memory_gib: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_cores: float | None | Unset
        if isinstance(self.cpu_cores, Unset):
            cpu_cores = UNSET
        else:
            cpu_cores = self.cpu_cores

        memory_gib: float | None | Unset
        if isinstance(self.memory_gib, Unset):
            memory_gib = UNSET
        else:
            memory_gib = self.memory_gib

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_cores is not UNSET:
            field_dict["cpuCores"] = cpu_cores
        if memory_gib is not UNSET:
            field_dict["memoryGib"] = memory_gib

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_cpu_cores(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cpu_cores = _parse_cpu_cores(d.pop("cpuCores", UNSET))

        def _parse_memory_gib(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        memory_gib = _parse_memory_gib(d.pop("memoryGib", UNSET))

        workloadoptimization_v1_resource_quantity = cls(
            cpu_cores=cpu_cores,
            memory_gib=memory_gib,
        )

        workloadoptimization_v1_resource_quantity.additional_properties = d
        return workloadoptimization_v1_resource_quantity

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
