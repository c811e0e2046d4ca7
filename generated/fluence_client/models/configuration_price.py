from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConfigurationPrice")


@_attrs_define
class ConfigurationPrice:
    """
    Attributes:
        price (str): A USDC amount as a decimal string (up to 6 decimals). Example: 0.30698.
        slug (str): Slug of a basic configuration, `cpu-{vcpus}-ram-{gb}gb-storage-{gb}gb`. Example: cpu-4-ram-8gb-
            storage-25gb.
    """

    price: str
    slug: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price = self.price

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price": price,
                "slug": slug,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        price = d.pop("price")

        slug = d.pop("slug")

        configuration_price = cls(
            price=price,
            slug=slug,
        )

        configuration_price.additional_properties = d
        return configuration_price

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
