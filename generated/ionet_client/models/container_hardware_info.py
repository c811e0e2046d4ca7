from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContainerHardwareInfo")


@_attrs_define
class ContainerHardwareInfo:
    """
    Attributes:
        available (int):  Example: 24.
        brand_name (str):  Example: NVIDIA.
        hardware_id (int):  Example: 206.
        hardware_name (str):  Example: H100 80GB HBM3.
        max_gpus_per_container (int):  Example: 8.
    """

    available: int
    brand_name: str
    hardware_id: int
    hardware_name: str
    max_gpus_per_container: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available = self.available

        brand_name = self.brand_name

        hardware_id = self.hardware_id

        hardware_name = self.hardware_name

        max_gpus_per_container = self.max_gpus_per_container

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available": available,
                "brand_name": brand_name,
                "hardware_id": hardware_id,
                "hardware_name": hardware_name,
                "max_gpus_per_container": max_gpus_per_container,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        available = d.pop("available")

        brand_name = d.pop("brand_name")

        hardware_id = d.pop("hardware_id")

        hardware_name = d.pop("hardware_name")

        max_gpus_per_container = d.pop("max_gpus_per_container")

        container_hardware_info = cls(
            available=available,
            brand_name=brand_name,
            hardware_id=hardware_id,
            hardware_name=hardware_name,
            max_gpus_per_container=max_gpus_per_container,
        )

        container_hardware_info.additional_properties = d
        return container_hardware_info

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
