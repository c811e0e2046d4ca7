from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_inventory_v1_beta_1gpu_count_unit import (
    CastaiInventoryV1Beta1GPUCountUnit,
    check_castai_inventory_v1_beta_1gpu_count_unit,
)
from ..models.castai_inventory_v1_beta_1gpu_device_manufacturer import (
    CastaiInventoryV1Beta1GPUDeviceManufacturer,
    check_castai_inventory_v1_beta_1gpu_device_manufacturer,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiInventoryV1Beta1GPUDevice")


@_attrs_define
class CastaiInventoryV1Beta1GPUDevice:
    """
    Attributes:
        blacklisted_at (datetime.datetime | Unset):
        count (int | Unset):
        count_unit (CastaiInventoryV1Beta1GPUCountUnit | Unset):
        id (str | Unset):
        manufacturer (CastaiInventoryV1Beta1GPUDeviceManufacturer | Unset):
        memory_mib (int | Unset):
        name (str | Unset):
        price_hourly (str | Unset):
    """

    blacklisted_at: datetime.datetime | Unset = UNSET
    count: int | Unset = UNSET
    count_unit: CastaiInventoryV1Beta1GPUCountUnit | Unset = UNSET
    id: str | Unset = UNSET
    manufacturer: CastaiInventoryV1Beta1GPUDeviceManufacturer | Unset = UNSET
    memory_mib: int | Unset = UNSET
    name: str | Unset = UNSET
    price_hourly: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        blacklisted_at: str | Unset = UNSET
        if not isinstance(self.blacklisted_at, Unset):
            blacklisted_at = self.blacklisted_at.isoformat()

        count = self.count

        count_unit: str | Unset = UNSET
        if not isinstance(self.count_unit, Unset):
            count_unit = self.count_unit

        id = self.id

        manufacturer: str | Unset = UNSET
        if not isinstance(self.manufacturer, Unset):
            manufacturer = self.manufacturer

        memory_mib = self.memory_mib

        name = self.name

        price_hourly = self.price_hourly

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if blacklisted_at is not UNSET:
            field_dict["blacklistedAt"] = blacklisted_at
        if count is not UNSET:
            field_dict["count"] = count
        if count_unit is not UNSET:
            field_dict["countUnit"] = count_unit
        if id is not UNSET:
            field_dict["id"] = id
        if manufacturer is not UNSET:
            field_dict["manufacturer"] = manufacturer
        if memory_mib is not UNSET:
            field_dict["memoryMib"] = memory_mib
        if name is not UNSET:
            field_dict["name"] = name
        if price_hourly is not UNSET:
            field_dict["priceHourly"] = price_hourly

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _blacklisted_at = d.pop("blacklistedAt", UNSET)
        blacklisted_at: datetime.datetime | Unset
        if isinstance(_blacklisted_at, Unset):
            blacklisted_at = UNSET
        else:
            blacklisted_at = datetime.datetime.fromisoformat(_blacklisted_at)

        count = d.pop("count", UNSET)

        _count_unit = d.pop("countUnit", UNSET)
        count_unit: CastaiInventoryV1Beta1GPUCountUnit | Unset
        if isinstance(_count_unit, Unset):
            count_unit = UNSET
        else:
            count_unit = check_castai_inventory_v1_beta_1gpu_count_unit(_count_unit)

        id = d.pop("id", UNSET)

        _manufacturer = d.pop("manufacturer", UNSET)
        manufacturer: CastaiInventoryV1Beta1GPUDeviceManufacturer | Unset
        if isinstance(_manufacturer, Unset):
            manufacturer = UNSET
        else:
            manufacturer = check_castai_inventory_v1_beta_1gpu_device_manufacturer(
                _manufacturer
            )

        memory_mib = d.pop("memoryMib", UNSET)

        name = d.pop("name", UNSET)

        price_hourly = d.pop("priceHourly", UNSET)

        castai_inventory_v1_beta_1gpu_device = cls(
            blacklisted_at=blacklisted_at,
            count=count,
            count_unit=count_unit,
            id=id,
            manufacturer=manufacturer,
            memory_mib=memory_mib,
            name=name,
            price_hourly=price_hourly,
        )

        castai_inventory_v1_beta_1gpu_device.additional_properties = d
        return castai_inventory_v1_beta_1gpu_device

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
