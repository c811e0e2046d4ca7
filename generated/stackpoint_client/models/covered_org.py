from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CoveredOrg")


@_attrs_define
class CoveredOrg:
    """An organization paid for by a subscription.

    Attributes:
        created (datetime.datetime):  Example: 2019-03-05T22:43:54.602681Z.
        enable_experimental_features (bool): Whether experimental features are switched on for the organization.
            Example: False.
        logo (None | str): Logo URL or null.
        name (str): Organization name. Example: Shy Bonus.
        pk (int): Organization ID. Example: 15856.
        slug (str): URL-friendly unique identifier. Example: shy-bonus-1.
        updated (datetime.datetime):  Example: 2019-03-05T22:43:54.602700Z.
    """

    created: datetime.datetime
    enable_experimental_features: bool
    logo: None | str
    name: str
    pk: int
    slug: str
    updated: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created.isoformat()

        enable_experimental_features = self.enable_experimental_features

        logo: None | str
        logo = self.logo

        name = self.name

        pk = self.pk

        slug = self.slug

        updated = self.updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "enable_experimental_features": enable_experimental_features,
                "logo": logo,
                "name": name,
                "pk": pk,
                "slug": slug,
                "updated": updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created = datetime.datetime.fromisoformat(d.pop("created"))

        enable_experimental_features = d.pop("enable_experimental_features")

        def _parse_logo(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        logo = _parse_logo(d.pop("logo"))

        name = d.pop("name")

        pk = d.pop("pk")

        slug = d.pop("slug")

        updated = datetime.datetime.fromisoformat(d.pop("updated"))

        covered_org = cls(
            created=created,
            enable_experimental_features=enable_experimental_features,
            logo=logo,
            name=name,
            pk=pk,
            slug=slug,
            updated=updated,
        )

        covered_org.additional_properties = d
        return covered_org

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
