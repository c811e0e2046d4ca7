from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Datacenter")


@_attrs_define
class Datacenter:
    """
    Attributes:
        certifications (list[str]):  Example: ['PCI DSS', 'ISO 9001:2015', 'ISO/IEC 27001:2022'].
        city_code (str): City part of the UN/LOCODE. Example: PAR.
        city_index (int): Tells apart several datacenters in one city. Example: 1.
        country_code (str): ISO 3166-1 alpha-2 country code. Example: FR.
        tier (int):  Example: 4.
    """

    certifications: list[str]
    city_code: str
    city_index: int
    country_code: str
    tier: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        certifications = self.certifications

        city_code = self.city_code

        city_index = self.city_index

        country_code = self.country_code

        tier = self.tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "certifications": certifications,
                "cityCode": city_code,
                "cityIndex": city_index,
                "countryCode": country_code,
                "tier": tier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        certifications = cast(list[str], d.pop("certifications"))

        city_code = d.pop("cityCode")

        city_index = d.pop("cityIndex")

        country_code = d.pop("countryCode")

        tier = d.pop("tier")

        datacenter = cls(
            certifications=certifications,
            city_code=city_code,
            city_index=city_index,
            country_code=country_code,
            tier=tier,
        )

        datacenter.additional_properties = d
        return datacenter

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
