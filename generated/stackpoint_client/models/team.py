from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.team_membership import TeamMembership


T = TypeVar("T", bound="Team")


@_attrs_define
class Team:
    """A group of organization members used to grant workspace access.

    Attributes:
        created (datetime.datetime):  Example: 2019-02-12T20:11:53.481354Z.
        is_org_wide (bool): Whether the team spans the whole organization rather than selected workspaces. Example:
            True.
        memberships (list[TeamMembership]): Users on the team.
        name (str): Team name. Example: Everyone.
        org (int): Organization ID. Example: 381.
        pk (int): Team ID. Example: 3.
        slug (str): URL-friendly unique identifier. Example: everyone.
    """

    created: datetime.datetime
    is_org_wide: bool
    memberships: list[TeamMembership]
    name: str
    org: int
    pk: int
    slug: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created.isoformat()

        is_org_wide = self.is_org_wide

        memberships = []
        for memberships_item_data in self.memberships:
            memberships_item = memberships_item_data.to_dict()
            memberships.append(memberships_item)

        name = self.name

        org = self.org

        pk = self.pk

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "is_org_wide": is_org_wide,
                "memberships": memberships,
                "name": name,
                "org": org,
                "pk": pk,
                "slug": slug,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.team_membership import TeamMembership  # noqa: PLC0415

        d = dict(src_dict)
        created = datetime.datetime.fromisoformat(d.pop("created"))

        is_org_wide = d.pop("is_org_wide")

        memberships = []
        _memberships = d.pop("memberships")
        for memberships_item_data in _memberships:
            memberships_item = TeamMembership.from_dict(memberships_item_data)

            memberships.append(memberships_item)

        name = d.pop("name")

        org = d.pop("org")

        pk = d.pop("pk")

        slug = d.pop("slug")

        team = cls(
            created=created,
            is_org_wide=is_org_wide,
            memberships=memberships,
            name=name,
            org=org,
            pk=pk,
            slug=slug,
        )

        team.additional_properties = d
        return team

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
