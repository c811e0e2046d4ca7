from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadoptimizationV1MemoryPressureEvictionEventContainer")


@_attrs_define
class WorkloadoptimizationV1MemoryPressureEvictionEventContainer:
    """
    Attributes:
        memory_usage_gib (float | None | Unset):
        name (str | Unset):
    """

    memory_usage_gib: float | None | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        memory_usage_gib: float | None | Unset
        if isinstance(self.memory_usage_gib, Unset):
            memory_usage_gib = UNSET
        else:
            memory_usage_gib = self.memory_usage_gib

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if memory_usage_gib is not UNSET:
            field_dict["memoryUsageGib"] = memory_usage_gib
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_memory_usage_gib(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        memory_usage_gib = _parse_memory_usage_gib(d.pop("memoryUsageGib", UNSET))

        name = d.pop("name", UNSET)

        workloadoptimization_v1_memory_pressure_eviction_event_container = cls(
            memory_usage_gib=memory_usage_gib,
            name=name,
        )

        workloadoptimization_v1_memory_pressure_eviction_event_container.additional_properties = d
        return workloadoptimization_v1_memory_pressure_eviction_event_container

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
