from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team_membership_input import TeamMembershipInput


T = TypeVar("T", bound="TeamUpdate")


@_attrs_define
class TeamUpdate:
    """Team fields to change.

    Attributes:
        is_org_wide (bool | Unset):  Example: False.
        memberships (list[TeamMembershipInput] | Unset): The complete new member list. It replaces the current list, so
            include existing members you want to keep.
        name (str | Unset):  Example: Platform Team.
    """

    is_org_wide: bool | Unset = UNSET
    memberships: list[TeamMembershipInput] | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_org_wide = self.is_org_wide

        memberships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.memberships, Unset):
            memberships = []
            for memberships_item_data in self.memberships:
                memberships_item = memberships_item_data.to_dict()
                memberships.append(memberships_item)

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_org_wide is not UNSET:
            field_dict["is_org_wide"] = is_org_wide
        if memberships is not UNSET:
            field_dict["memberships"] = memberships
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.team_membership_input import TeamMembershipInput  # noqa: PLC0415

        d = dict(src_dict)
        is_org_wide = d.pop("is_org_wide", UNSET)

        _memberships = d.pop("memberships", UNSET)
        memberships: list[TeamMembershipInput] | Unset = UNSET
        if _memberships is not UNSET:
            memberships = []
            for memberships_item_data in _memberships:
                memberships_item = TeamMembershipInput.from_dict(memberships_item_data)

                memberships.append(memberships_item)

        name = d.pop("name", UNSET)

        team_update = cls(
            is_org_wide=is_org_wide,
            memberships=memberships,
            name=name,
        )

        team_update.additional_properties = d
        return team_update

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
