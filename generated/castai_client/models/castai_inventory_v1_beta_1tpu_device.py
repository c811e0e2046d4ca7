from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiInventoryV1Beta1TPUDevice")


@_attrs_define
class CastaiInventoryV1Beta1TPUDevice:
    """
    Attributes:
        chip_count (int | Unset):
        core_count (int | Unset):
        generation (str | Unset):
        id (str | Unset):
        memory_mib (int | Unset):
        name (str | Unset):
        price_hourly (str | Unset):
    """

    chip_count: int | Unset = UNSET
    core_count: int | Unset = UNSET
    generation: str | Unset = UNSET
    id: str | Unset = UNSET
    memory_mib: int | Unset = UNSET
    name: str | Unset = UNSET
    price_hourly: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chip_count = self.chip_count

        core_count = self.core_count

        generation = self.generation

        id = self.id

        memory_mib = self.memory_mib

        name = self.name

        price_hourly = self.price_hourly

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chip_count is not UNSET:
            field_dict["chipCount"] = chip_count
        if core_count is not UNSET:
            field_dict["coreCount"] = core_count
        if generation is not UNSET:
            field_dict["generation"] = generation
        if id is not UNSET:
            field_dict["id"] = id
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
        chip_count = d.pop("chipCount", UNSET)

        core_count = d.pop("coreCount", UNSET)

        generation = d.pop("generation", UNSET)

        id = d.pop("id", UNSET)

        memory_mib = d.pop("memoryMib", UNSET)

        name = d.pop("name", UNSET)

        price_hourly = d.pop("priceHourly", UNSET)

        castai_inventory_v1_beta_1tpu_device = cls(
            chip_count=chip_count,
            core_count=core_count,
            generation=generation,
            id=id,
            memory_mib=memory_mib,
            name=name,
            price_hourly=price_hourly,
        )

        castai_inventory_v1_beta_1tpu_device.additional_properties = d
        return castai_inventory_v1_beta_1tpu_device

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
