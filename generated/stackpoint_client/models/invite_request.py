from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.member_role import MemberRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="InviteRequest")


@_attrs_define
class InviteRequest:
    """One invitation to send.

    Attributes:
        email (str): Address the invitation is mailed to. Example: jdoe@example.com.
        role (MemberRole): Role of a user inside an organization. Example: member.
        name (str | Unset): Name of the person invited. Example: J Doe.
        teams (list[int] | Unset): IDs of teams the person joins on acceptance. Example: [].
    """

    email: str
    role: MemberRole
    name: str | Unset = UNSET
    teams: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        role = self.role.value

        name = self.name

        teams: list[int] | Unset = UNSET
        if not isinstance(self.teams, Unset):
            teams = self.teams

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "role": role,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if teams is not UNSET:
            field_dict["teams"] = teams

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        role = MemberRole(d.pop("role"))

        name = d.pop("name", UNSET)

        teams = cast(list[int], d.pop("teams", UNSET))

        invite_request = cls(
            email=email,
            role=role,
            name=name,
            teams=teams,
        )

        invite_request.additional_properties = d
        return invite_request

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
