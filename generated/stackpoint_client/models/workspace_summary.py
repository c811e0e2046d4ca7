from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkspaceSummary")


@_attrs_define
class WorkspaceSummary:
    """A workspace as embedded in clusters and federations.

    Attributes:
        created (datetime.datetime):  Example: 2019-02-12T20:11:53.479801Z.
        is_default (bool): Whether this is the organization's default workspace. Example: True.
        name (str):  Example: Default.
        org (int): Organization ID. Example: 381.
        pk (int): Workspace ID. Example: 3.
        slug (str):  Example: default.
    """

    created: datetime.datetime
    is_default: bool
    name: str
    org: int
    pk: int
    slug: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created.isoformat()

        is_default = self.is_default

        name = self.name

        org = self.org

        pk = self.pk

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "is_default": is_default,
                "name": name,
                "org": org,
                "pk": pk,
                "slug": slug,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created = datetime.datetime.fromisoformat(d.pop("created"))

        is_default = d.pop("is_default")

        name = d.pop("name")

        org = d.pop("org")

        pk = d.pop("pk")

        slug = d.pop("slug")

        workspace_summary = cls(
            created=created,
            is_default=is_default,
            name=name,
            org=org,
            pk=pk,
            slug=slug,
        )

        workspace_summary.additional_properties = d
        return workspace_summary

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
