from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.freeform_object import FreeformObject
    from ..models.team_workspace import TeamWorkspace
    from ..models.workspace_cluster import WorkspaceCluster


T = TypeVar("T", bound="Workspace")


@_attrs_define
class Workspace:
    """A workspace groups clusters, federations and keysets and controls which teams reach them.

    Attributes:
        created (datetime.datetime):  Example: 2019-02-12T20:11:53.479801Z.
        is_default (bool): Whether this is the organization's default workspace. Example: True.
        name (str): Workspace name. Example: Default.
        org (int): Organization ID. Example: 381.
        pk (int): Workspace ID. Example: 3.
        slug (str): URL-friendly unique identifier. Example: default.
        team_workspaces (list[TeamWorkspace]): Teams that can use the workspace.
        clusters (list[WorkspaceCluster] | Unset): Clusters in the workspace (read views only).
        federations (list[FreeformObject] | Unset): Federations in the workspace (read views only). Example: [].
        user_solutions (list[FreeformObject] | Unset): User-defined solutions available in the workspace (read views
            only). Example: [].
    """

    created: datetime.datetime
    is_default: bool
    name: str
    org: int
    pk: int
    slug: str
    team_workspaces: list[TeamWorkspace]
    clusters: list[WorkspaceCluster] | Unset = UNSET
    federations: list[FreeformObject] | Unset = UNSET
    user_solutions: list[FreeformObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created.isoformat()

        is_default = self.is_default

        name = self.name

        org = self.org

        pk = self.pk

        slug = self.slug

        team_workspaces = []
        for team_workspaces_item_data in self.team_workspaces:
            team_workspaces_item = team_workspaces_item_data.to_dict()
            team_workspaces.append(team_workspaces_item)

        clusters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.clusters, Unset):
            clusters = []
            for clusters_item_data in self.clusters:
                clusters_item = clusters_item_data.to_dict()
                clusters.append(clusters_item)

        federations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.federations, Unset):
            federations = []
            for federations_item_data in self.federations:
                federations_item = federations_item_data.to_dict()
                federations.append(federations_item)

        user_solutions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_solutions, Unset):
            user_solutions = []
            for user_solutions_item_data in self.user_solutions:
                user_solutions_item = user_solutions_item_data.to_dict()
                user_solutions.append(user_solutions_item)

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
                "team_workspaces": team_workspaces,
            }
        )
        if clusters is not UNSET:
            field_dict["clusters"] = clusters
        if federations is not UNSET:
            field_dict["federations"] = federations
        if user_solutions is not UNSET:
            field_dict["user_solutions"] = user_solutions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.freeform_object import FreeformObject  # noqa: PLC0415
        from ..models.team_workspace import TeamWorkspace  # noqa: PLC0415
        from ..models.workspace_cluster import WorkspaceCluster  # noqa: PLC0415

        d = dict(src_dict)
        created = datetime.datetime.fromisoformat(d.pop("created"))

        is_default = d.pop("is_default")

        name = d.pop("name")

        org = d.pop("org")

        pk = d.pop("pk")

        slug = d.pop("slug")

        team_workspaces = []
        _team_workspaces = d.pop("team_workspaces")
        for team_workspaces_item_data in _team_workspaces:
            team_workspaces_item = TeamWorkspace.from_dict(team_workspaces_item_data)

            team_workspaces.append(team_workspaces_item)

        _clusters = d.pop("clusters", UNSET)
        clusters: list[WorkspaceCluster] | Unset = UNSET
        if _clusters is not UNSET:
            clusters = []
            for clusters_item_data in _clusters:
                clusters_item = WorkspaceCluster.from_dict(clusters_item_data)

                clusters.append(clusters_item)

        _federations = d.pop("federations", UNSET)
        federations: list[FreeformObject] | Unset = UNSET
        if _federations is not UNSET:
            federations = []
            for federations_item_data in _federations:
                federations_item = FreeformObject.from_dict(federations_item_data)

                federations.append(federations_item)

        _user_solutions = d.pop("user_solutions", UNSET)
        user_solutions: list[FreeformObject] | Unset = UNSET
        if _user_solutions is not UNSET:
            user_solutions = []
            for user_solutions_item_data in _user_solutions:
                user_solutions_item = FreeformObject.from_dict(user_solutions_item_data)

                user_solutions.append(user_solutions_item)

        workspace = cls(
            created=created,
            is_default=is_default,
            name=name,
            org=org,
            pk=pk,
            slug=slug,
            team_workspaces=team_workspaces,
            clusters=clusters,
            federations=federations,
            user_solutions=user_solutions,
        )

        workspace.additional_properties = d
        return workspace

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
