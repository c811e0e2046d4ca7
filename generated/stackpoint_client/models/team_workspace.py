from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.team_summary import TeamSummary


T = TypeVar("T", bound="TeamWorkspace")


@_attrs_define
class TeamWorkspace:
    """A team's access to a workspace.

    Attributes:
        created (datetime.datetime):  Example: 2019-02-12T20:11:53.583671Z.
        pk (int): Team-workspace link ID. Example: 3.
        team (TeamSummary): A team without its memberships.
        workspace (int): Workspace ID. Example: 3.
    """

    created: datetime.datetime
    pk: int
    team: TeamSummary
    workspace: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created.isoformat()

        pk = self.pk

        team = self.team.to_dict()

        workspace = self.workspace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "pk": pk,
                "team": team,
                "workspace": workspace,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.team_summary import TeamSummary  # noqa: PLC0415

        d = dict(src_dict)
        created = datetime.datetime.fromisoformat(d.pop("created"))

        pk = d.pop("pk")

        team = TeamSummary.from_dict(d.pop("team"))

        workspace = d.pop("workspace")

        team_workspace = cls(
            created=created,
            pk=pk,
            team=team,
            workspace=workspace,
        )

        team_workspace.additional_properties = d
        return team_workspace

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
