from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketplaceDatacenter")


@_attrs_define
class MarketplaceDatacenter:
    """
    Attributes:
        certifications (list[str]):  Example: ['ISO 27001:2022', 'SOC2', 'PCI DSS'].
        city_code (str):  Example: POZ.
        country_code (str):  Example: PL.
        id (UUID):  Example: 6f1c2a3e-9b7d-4e2f-8a51-0c4d3b2a1f90.
        index (int):  Example: 1.
        slug (str):  Example: pl-poz-1.
        tier (int):  Example: 4.
        city_name (str | Unset):  Example: Poznan.
    """

    certifications: list[str]
    city_code: str
    country_code: str
    id: UUID
    index: int
    slug: str
    tier: int
    city_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        certifications = self.certifications

        city_code = self.city_code

        country_code = self.country_code

        id = str(self.id)

        index = self.index

        slug = self.slug

        tier = self.tier

        city_name = self.city_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "certifications": certifications,
                "cityCode": city_code,
                "countryCode": country_code,
                "id": id,
                "index": index,
                "slug": slug,
                "tier": tier,
            }
        )
        if city_name is not UNSET:
            field_dict["cityName"] = city_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        certifications = cast(list[str], d.pop("certifications"))

        city_code = d.pop("cityCode")

        country_code = d.pop("countryCode")

        id = UUID(d.pop("id"))

        index = d.pop("index")

        slug = d.pop("slug")

        tier = d.pop("tier")

        city_name = d.pop("cityName", UNSET)

        marketplace_datacenter = cls(
            certifications=certifications,
            city_code=city_code,
            country_code=country_code,
            id=id,
            index=index,
            slug=slug,
            tier=tier,
            city_name=city_name,
        )

        marketplace_datacenter.additional_properties = d
        return marketplace_datacenter

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
