from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HardwareInfo")


@_attrs_define
class HardwareInfo:
    """One deployable hardware type at one location.

    Attributes:
        hardware_id (int | str): Hardware identifier to pass to price and deploy calls. Example: 206.
        hardware_name (str):  Example: H100 80GB HBM3.
        available (int | None | Unset):  Example: 24.
        brand_name (None | str | Unset):  Example: NVIDIA.
        confidential_compute (bool | None | Unset):  Example: False.
        location (None | str | Unset):  Example: United States.
        max_gpus_per_container (int | None | Unset):  Example: 8.
        min_gpus_per_container (int | None | Unset):  Example: 1.
        network (int | None | Unset): Network-connected replicas available. Example: 3.
        price (float | None | Unset): Price per GPU-hour, in USD. Example: 2.19.
    """

    hardware_id: int | str
    hardware_name: str
    available: int | None | Unset = UNSET
    brand_name: None | str | Unset = UNSET
    confidential_compute: bool | None | Unset = UNSET
    location: None | str | Unset = UNSET
    max_gpus_per_container: int | None | Unset = UNSET
    min_gpus_per_container: int | None | Unset = UNSET
    network: int | None | Unset = UNSET
    price: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hardware_id: int | str
        hardware_id = self.hardware_id

        hardware_name = self.hardware_name

        available: int | None | Unset
        if isinstance(self.available, Unset):
            available = UNSET
        else:
            available = self.available

        brand_name: None | str | Unset
        if isinstance(self.brand_name, Unset):
            brand_name = UNSET
        else:
            brand_name = self.brand_name

        confidential_compute: bool | None | Unset
        if isinstance(self.confidential_compute, Unset):
            confidential_compute = UNSET
        else:
            confidential_compute = self.confidential_compute

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        max_gpus_per_container: int | None | Unset
        if isinstance(self.max_gpus_per_container, Unset):
            max_gpus_per_container = UNSET
        else:
            max_gpus_per_container = self.max_gpus_per_container

        min_gpus_per_container: int | None | Unset
        if isinstance(self.min_gpus_per_container, Unset):
            min_gpus_per_container = UNSET
        else:
            min_gpus_per_container = self.min_gpus_per_container

        network: int | None | Unset
        if isinstance(self.network, Unset):
            network = UNSET
        else:
            network = self.network

        price: float | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hardware_id": hardware_id,
                "hardware_name": hardware_name,
            }
        )
        if available is not UNSET:
            field_dict["available"] = available
        if brand_name is not UNSET:
            field_dict["brand_name"] = brand_name
        if confidential_compute is not UNSET:
            field_dict["confidential_compute"] = confidential_compute
        if location is not UNSET:
            field_dict["location"] = location
        if max_gpus_per_container is not UNSET:
            field_dict["max_gpus_per_container"] = max_gpus_per_container
        if min_gpus_per_container is not UNSET:
            field_dict["min_gpus_per_container"] = min_gpus_per_container
        if network is not UNSET:
            field_dict["network"] = network
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_hardware_id(data: object) -> int | str:
            return cast(int | str, data)

        hardware_id = _parse_hardware_id(d.pop("hardware_id"))

        hardware_name = d.pop("hardware_name")

        def _parse_available(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        available = _parse_available(d.pop("available", UNSET))

        def _parse_brand_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_name = _parse_brand_name(d.pop("brand_name", UNSET))

        def _parse_confidential_compute(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        confidential_compute = _parse_confidential_compute(
            d.pop("confidential_compute", UNSET)
        )

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_max_gpus_per_container(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_gpus_per_container = _parse_max_gpus_per_container(
            d.pop("max_gpus_per_container", UNSET)
        )

        def _parse_min_gpus_per_container(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_gpus_per_container = _parse_min_gpus_per_container(
            d.pop("min_gpus_per_container", UNSET)
        )

        def _parse_network(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        network = _parse_network(d.pop("network", UNSET))

        def _parse_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        hardware_info = cls(
            hardware_id=hardware_id,
            hardware_name=hardware_name,
            available=available,
            brand_name=brand_name,
            confidential_compute=confidential_compute,
            location=location,
            max_gpus_per_container=max_gpus_per_container,
            min_gpus_per_container=min_gpus_per_container,
            network=network,
            price=price,
        )

        hardware_info.additional_properties = d
        return hardware_info

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
