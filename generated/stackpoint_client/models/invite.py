from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invite_state import InviteState
from ..models.member_role import MemberRole

T = TypeVar("T", bound="Invite")


@_attrs_define
class Invite:
    """An emailed invitation to join an organization.

    Attributes:
        created (datetime.datetime):  Example: 2019-03-07T21:44:20.481950Z.
        email (str):  Example: jdoe@example.com.
        expires (datetime.datetime): Invitations are valid for seven days. Example: 2019-03-14T21:44:20.481589Z.
        invite_url (str): Relative URL the invitee opens to accept. Example: /organization/381/accept-
            invite/ABCD1234EFGH5678==.
        is_accepted (bool):  Example: False.
        is_expired (bool):  Example: False.
        name (str):  Example: J Doe.
        org (int): Organization ID. Example: 381.
        pk (int): Invitation ID. Example: 2167.
        role (MemberRole): Role of a user inside an organization. Example: member.
        state (InviteState): State of an organization invitation. Example: pending.
        teams (list[int]): Team IDs granted on acceptance. Example: [].
        updated (datetime.datetime):  Example: 2019-03-07T21:44:20.481968Z.
        user (int | None): ID of the user who accepted; null until then.
    """

    created: datetime.datetime
    email: str
    expires: datetime.datetime
    invite_url: str
    is_accepted: bool
    is_expired: bool
    name: str
    org: int
    pk: int
    role: MemberRole
    state: InviteState
    teams: list[int]
    updated: datetime.datetime
    user: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created.isoformat()

        email = self.email

        expires = self.expires.isoformat()

        invite_url = self.invite_url

        is_accepted = self.is_accepted

        is_expired = self.is_expired

        name = self.name

        org = self.org

        pk = self.pk

        role = self.role.value

        state = self.state.value

        teams = self.teams

        updated = self.updated.isoformat()

        user: int | None
        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "email": email,
                "expires": expires,
                "invite_url": invite_url,
                "is_accepted": is_accepted,
                "is_expired": is_expired,
                "name": name,
                "org": org,
                "pk": pk,
                "role": role,
                "state": state,
                "teams": teams,
                "updated": updated,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created = datetime.datetime.fromisoformat(d.pop("created"))

        email = d.pop("email")

        expires = datetime.datetime.fromisoformat(d.pop("expires"))

        invite_url = d.pop("invite_url")

        is_accepted = d.pop("is_accepted")

        is_expired = d.pop("is_expired")

        name = d.pop("name")

        org = d.pop("org")

        pk = d.pop("pk")

        role = MemberRole(d.pop("role"))

        state = InviteState(d.pop("state"))

        teams = cast(list[int], d.pop("teams"))

        updated = datetime.datetime.fromisoformat(d.pop("updated"))

        def _parse_user(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        user = _parse_user(d.pop("user"))

        invite = cls(
            created=created,
            email=email,
            expires=expires,
            invite_url=invite_url,
            is_accepted=is_accepted,
            is_expired=is_expired,
            name=name,
            org=org,
            pk=pk,
            role=role,
            state=state,
            teams=teams,
            updated=updated,
            user=user,
        )

        invite.additional_properties = d
        return invite

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
