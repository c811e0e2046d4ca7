from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_summary import UserSummary


T = TypeVar("T", bound="TeamMembership")


@_attrs_define
class TeamMembership:
    """A user's place on a team.

    Attributes:
        created (datetime.datetime):  Example: 2019-03-01T20:32:15.325914Z.
        pk (int): Team membership ID. Example: 4.
        team (int): Team ID. Example: 3.
        user (UserSummary): Public profile of a user, as embedded in members and team memberships.
    """

    created: datetime.datetime
    pk: int
    team: int
    user: UserSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created.isoformat()

        pk = self.pk

        team = self.team

        user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "pk": pk,
                "team": team,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_summary import UserSummary  # noqa: PLC0415

        d = dict(src_dict)
        created = datetime.datetime.fromisoformat(d.pop("created"))

        pk = d.pop("pk")

        team = d.pop("team")

        user = UserSummary.from_dict(d.pop("user"))

        team_membership = cls(
            created=created,
            pk=pk,
            team=team,
            user=user,
        )

        team_membership.additional_properties = d
        return team_membership

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
