from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Org")


@_attrs_define
class Org:
    """An organization, the top-level owner of workspaces, keysets, clusters and teams.

    Attributes:
        created (datetime.datetime): When the organization was created. Example: 2018-08-05T14:35:53.161852Z.
        logo (None | str): URL of the custom logo, or null when none was uploaded.
        name (str): Organization name. Example: My Organization.
        pk (int): Organization ID. Example: 381.
        slug (str): URL-friendly unique identifier derived from the name. Example: my-organization.
        updated (datetime.datetime): When the organization was last changed. Example: 2019-01-31T18:31:21.583756Z.
    """

    created: datetime.datetime
    logo: None | str
    name: str
    pk: int
    slug: str
    updated: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created.isoformat()

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

        def _parse_logo(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        logo = _parse_logo(d.pop("logo"))

        name = d.pop("name")

        pk = d.pop("pk")

        slug = d.pop("slug")

        updated = datetime.datetime.fromisoformat(d.pop("updated"))

        org = cls(
            created=created,
            logo=logo,
            name=name,
            pk=pk,
            slug=slug,
            updated=updated,
        )

        org.additional_properties = d
        return org

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
