from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalclusterV1GPUDevice")


@_attrs_define
class ExternalclusterV1GPUDevice:
    """
    Attributes:
        count (int | Unset):
        manufacturer (str | Unset):
        memory_mib (int | Unset):
    """

    count: int | Unset = UNSET
    manufacturer: str | Unset = UNSET
    memory_mib: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        manufacturer = self.manufacturer

        memory_mib = self.memory_mib

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if manufacturer is not UNSET:
            field_dict["manufacturer"] = manufacturer
        if memory_mib is not UNSET:
            field_dict["memoryMib"] = memory_mib

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        manufacturer = d.pop("manufacturer", UNSET)

        memory_mib = d.pop("memoryMib", UNSET)

        externalcluster_v1gpu_device = cls(
            count=count,
            manufacturer=manufacturer,
            memory_mib=memory_mib,
        )

        externalcluster_v1gpu_device.additional_properties = d
        return externalcluster_v1gpu_device

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
