from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadoptimizationV1GPUDeviceMetadata")


@_attrs_define
class WorkloadoptimizationV1GPUDeviceMetadata:
    """
    Attributes:
        count (int | Unset):
        memory_total_mib (float | Unset):
        model_name (str | Unset):
    """

    count: int | Unset = UNSET
    memory_total_mib: float | Unset = UNSET
    model_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        memory_total_mib = self.memory_total_mib

        model_name = self.model_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if memory_total_mib is not UNSET:
            field_dict["memoryTotalMib"] = memory_total_mib
        if model_name is not UNSET:
            field_dict["modelName"] = model_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        memory_total_mib = d.pop("memoryTotalMib", UNSET)

        model_name = d.pop("modelName", UNSET)

        workloadoptimization_v1gpu_device_metadata = cls(
            count=count,
            memory_total_mib=memory_total_mib,
            model_name=model_name,
        )

        workloadoptimization_v1gpu_device_metadata.additional_properties = d
        return workloadoptimization_v1gpu_device_metadata

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
