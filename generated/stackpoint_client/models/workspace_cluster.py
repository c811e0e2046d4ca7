from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_state import ClusterState

T = TypeVar("T", bound="WorkspaceCluster")


@_attrs_define
class WorkspaceCluster:
    """A cluster listed inside a workspace.

    Attributes:
        name (str):  Example: My Cluster.
        pk (int): Cluster ID. Example: 45.
        provider (str):  Example: aws.
        state (ClusterState): Lifecycle state of a cluster. Creation is asynchronous: a new cluster starts as `draft`
            and moves through `building` and `provisioned` to `running`; deletion moves it through `deleting` to `deleted`.
            `failed` marks a build that stopped. Example: running.
    """

    name: str
    pk: int
    provider: str
    state: ClusterState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        pk = self.pk

        provider = self.provider

        state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "pk": pk,
                "provider": provider,
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        pk = d.pop("pk")

        provider = d.pop("provider")

        state = ClusterState(d.pop("state"))

        workspace_cluster = cls(
            name=name,
            pk=pk,
            provider=provider,
            state=state,
        )

        workspace_cluster.additional_properties = d
        return workspace_cluster

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
