from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_inventory_v1_beta_1_storage_info_device_type import (
    CastaiInventoryV1Beta1StorageInfoDeviceType,
    check_castai_inventory_v1_beta_1_storage_info_device_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiInventoryV1Beta1StorageInfoDevice")


@_attrs_define
class CastaiInventoryV1Beta1StorageInfoDevice:
    """
    Attributes:
        size_gib (int | Unset):
        type_ (CastaiInventoryV1Beta1StorageInfoDeviceType | Unset):
    """

    size_gib: int | Unset = UNSET
    type_: CastaiInventoryV1Beta1StorageInfoDeviceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        size_gib = self.size_gib

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if size_gib is not UNSET:
            field_dict["sizeGib"] = size_gib
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        size_gib = d.pop("sizeGib", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CastaiInventoryV1Beta1StorageInfoDeviceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_castai_inventory_v1_beta_1_storage_info_device_type(_type_)

        castai_inventory_v1_beta_1_storage_info_device = cls(
            size_gib=size_gib,
            type_=type_,
        )

        castai_inventory_v1_beta_1_storage_info_device.additional_properties = d
        return castai_inventory_v1_beta_1_storage_info_device

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
