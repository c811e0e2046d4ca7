from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodetemplatesV1AvailableInstanceTypeGPUDevice")


@_attrs_define
class NodetemplatesV1AvailableInstanceTypeGPUDevice:
    """
    Attributes:
        count (int | Unset):
        fractional (bool | Unset):
        manufacturer (str | Unset):
        name (str | Unset):
    """

    count: int | Unset = UNSET
    fractional: bool | Unset = UNSET
    manufacturer: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        fractional = self.fractional

        manufacturer = self.manufacturer

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if fractional is not UNSET:
            field_dict["fractional"] = fractional
        if manufacturer is not UNSET:
            field_dict["manufacturer"] = manufacturer
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        fractional = d.pop("fractional", UNSET)

        manufacturer = d.pop("manufacturer", UNSET)

        name = d.pop("name", UNSET)

        nodetemplates_v1_available_instance_type_gpu_device = cls(
            count=count,
            fractional=fractional,
            manufacturer=manufacturer,
            name=name,
        )

        nodetemplates_v1_available_instance_type_gpu_device.additional_properties = d
        return nodetemplates_v1_available_instance_type_gpu_device

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
