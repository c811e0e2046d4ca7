from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GPUDevice")


@_attrs_define
class GPUDevice:
    """One GPU model and count on a node.

    Attributes:
        count (int | Unset):  Example: 1.
        manufacturer (str | Unset):  Example: NVIDIA.
        memory_mib (int | Unset):  Example: 15360.
        name (str | Unset):  Example: T4.
    """

    count: int | Unset = UNSET
    manufacturer: str | Unset = UNSET
    memory_mib: int | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        manufacturer = self.manufacturer

        memory_mib = self.memory_mib

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if manufacturer is not UNSET:
            field_dict["manufacturer"] = manufacturer
        if memory_mib is not UNSET:
            field_dict["memoryMib"] = memory_mib
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        manufacturer = d.pop("manufacturer", UNSET)

        memory_mib = d.pop("memoryMib", UNSET)

        name = d.pop("name", UNSET)

        gpu_device = cls(
            count=count,
            manufacturer=manufacturer,
            memory_mib=memory_mib,
            name=name,
        )

        gpu_device.additional_properties = d
        return gpu_device

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
