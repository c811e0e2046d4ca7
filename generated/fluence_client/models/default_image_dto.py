from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DefaultImageDTO")


@_attrs_define
class DefaultImageDTO:
    """
    Attributes:
        created_at (datetime.datetime):  Example: 2025-05-06T14:29:39.382562Z.
        distribution (str):  Example: Ubuntu.
        download_url (str):  Example: https://cloud-images.ubuntu.com/releases/22.04/release/ubuntu-22.04-server-
            cloudimg-amd64.img.
        id (str):  Example: df6e9992f8694635a67baafadf5a1905.
        name (str):  Example: 22.04 (LTS) x64.
        slug (str):  Example: ubuntu-22-04-x64.
        updated_at (datetime.datetime):  Example: 2025-05-06T14:29:39.382562Z.
        username (str): Default login user of the image. Example: ubuntu.
    """

    created_at: datetime.datetime
    distribution: str
    download_url: str
    id: str
    name: str
    slug: str
    updated_at: datetime.datetime
    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        distribution = self.distribution

        download_url = self.download_url

        id = self.id

        name = self.name

        slug = self.slug

        updated_at = self.updated_at.isoformat()

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "distribution": distribution,
                "downloadUrl": download_url,
                "id": id,
                "name": name,
                "slug": slug,
                "updatedAt": updated_at,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        distribution = d.pop("distribution")

        download_url = d.pop("downloadUrl")

        id = d.pop("id")

        name = d.pop("name")

        slug = d.pop("slug")

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        username = d.pop("username")

        default_image_dto = cls(
            created_at=created_at,
            distribution=distribution,
            download_url=download_url,
            id=id,
            name=name,
            slug=slug,
            updated_at=updated_at,
            username=username,
        )

        default_image_dto.additional_properties = d
        return default_image_dto

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
